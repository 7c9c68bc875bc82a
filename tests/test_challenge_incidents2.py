"""Second challenge set: reconciliation across articles. Invented incidents, each reported by two to four
invented articles (US local TV station sites and city papers 2013-2018, AP reprints with small edits, a
British and a Canadian story), written before the pipeline was run on them. The gold is what a careful coder
records for the incident from all its reports under docs/conventions.md (the Gun Violence Archive's way: a
shooter who died is among the killed; children 0-11, teens 12-17; the day the incident happened), and which
articles report it. It uses the first set's harness (tests/test_challenge_incidents.py).

What the set covers, where the first set is thin: tolls revised up and down across days (the deaths rise as
the injured fall because a wounded victim died: a revision, not a contradiction; an early "three killed"
corrected to two); follow-ups weeks or months later that name the event by its date ("in the June 14, 2014,
shooting death of ..."); relatives and follow-ups that date it by weekday ("on Saturday" in a Monday article,
"Friday" in the next Wednesday's); a headline naming a small town whose state is only in the body; AP copies
with small edits beside a local paper's own report; outlets that count the shooter differently ("one killed"
vs "two dead, including the gunman"); two incidents in one city on one day; one town name in two states on
one day; a weekly round-up (ROUNDUPS, left out of the checks as in the first set); shootings that span
midnight; children and teens named by age in one report and by a word ("a preschooler", "two high school
sophomores", "a baby") in another.

Every sentence is invented; none is taken from the development data or from another challenge set.

First run, before any fix (inc3 at main e0b9eaa), tests passing per field: together 23/25, apart 21/25,
killed 22/25, injured 22/25, children killed 23/25, children injured 25/25, teens killed 24/25, teens injured
24/25, date 25/25, independent sources 3/4, grade 1/4; B-cubed precision 0.931, recall 0.960, F1 0.945. After the
fixes of branch inc3: together 25/25, apart 25/25, killed 24/25, injured 24/25, children killed 24/25, children
injured 25/25, teens killed 24/25, teens injured 25/25, date 25/25, sources 3/4, grade 2/4; B-cubed precision
1.000, recall 1.000, F1 1.000. Failures left are marked xfail with their class (XFAIL).
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a toll revised upward: a wounded victim dies (killed +1, injured -1) ------------------------
    "savannah_west_gwinnett": incident("2015-08-08", 2, 2, {
        "sav-1": article(
            "1 dead, 3 wounded in west Savannah shooting", "2015-08-08",
            "SAVANNAH, Ga. (WTOC) - One person is dead and three others were wounded in a shooting Saturday evening "
            "in west Savannah, police said.\n\nSavannah-Chatham Metro Police were called to the 1400 block of West "
            "Gwinnett Street around 7:10 p.m. One man died at the scene. Three other men were taken to Memorial "
            "University Medical Center, one of them in critical condition.\n\nDetectives were canvassing the "
            "neighborhood Saturday night."),
        "sav-2": article(
            "Death toll rises to 2 in West Gwinnett Street shooting", "2015-08-09",
            "A second man has died after Saturday's shooting on West Gwinnett Street, Savannah-Chatham police said "
            "Sunday.\n\nDeontae Rivers, 23, died overnight at Memorial University Medical Center. Calvin Brisbane, "
            "30, was killed at the scene. Two other men, 19 and 27, are recovering from their wounds.\n\nPolice said "
            "the four men were sitting on a porch when two men came around the side of the house and fired."),
        "sav-3": article(
            "Neighbors gather to mourn two men killed on West Gwinnett", "2015-08-11",
            "Several dozen people gathered Monday night on the porch where Calvin Brisbane and Deontae Rivers were "
            "shot Saturday.\n\n“They were just sitting out here like we always do,” said Brisbane's cousin, Andre "
            "Brisbane. Two other men wounded in the shooting were released from the hospital Monday, police "
            "said.\n\nNo arrests have been made."),
    }),
    # --- a toll revised downward: an early 'three killed' corrected -------------------------------------
    "wichita_hillside_duplex": incident("2016-01-16", 2, 1, {
        "ict-1": article(
            "Police: 3 killed in shooting at Wichita duplex", "2016-01-16",
            "WICHITA, Kan. (KWCH) - Three people were killed in a shooting at a duplex in south Wichita on Saturday "
            "afternoon, according to early information from police at the scene.\n\nOfficers were called to the "
            "2300 block of South Hillside around 3:45 p.m. The street was closed for several hours.\n\nEyewitness "
            "News has a crew at the scene and will update this story."),
        "ict-2": article(
            "Police correct toll: 2 dead, 1 critical after duplex shooting", "2016-01-16",
            "Two people were killed and a third was critically wounded in a shooting at a south Wichita duplex "
            "Saturday, police said, correcting an earlier report that three people had died.\n\nCapt. Doug Nolte "
            "said a man and a woman were found dead inside the duplex in the 2300 block of South Hillside. A second "
            "man, shot in the neck, was taken to Wesley Medical Center in critical condition.\n\nPolice believe the "
            "shooting stemmed from a dispute over rent."),
        "ict-3": article(
            "Names released in south Hillside double homicide", "2016-01-18",
            "Wichita police on Monday identified the two people killed Saturday at a duplex on South Hillside as "
            "Marvin Tegeler, 52, and Rosa Amezcua, 44. A 38-year-old man who was wounded remains in critical "
            "condition.\n\nA 29-year-old man was booked into the Sedgwick County Jail on two counts of first-degree "
            "murder and one count of attempted murder."),
    }),
    # --- follow-ups weeks later that name the event by its date --------------------------------------
    "knoxville_magnolia_avenue": incident("2014-06-14", 1, 0, {
        "knx-1": article(
            "Man shot to death outside East Knoxville market", "2014-06-14",
            "KNOXVILLE, Tenn. (WBIR) - A man was shot to death outside a market on Magnolia Avenue on Saturday "
            "afternoon, Knoxville police said.\n\nOfficers found the man in the parking lot of the Magnolia Food "
            "Mart around 4:30 p.m. He was pronounced dead at the University of Tennessee Medical Center.\n\nPolice "
            "said witnesses saw a man in a white T-shirt run toward Bertrand Street."),
        "knx-2": article(
            "KPD identifies man killed on Magnolia Avenue", "2014-06-15",
            "Knoxville police on Sunday identified the man fatally shot outside a Magnolia Avenue market as Lamont "
            "Whitaker, 31, of Knoxville.\n\nWhitaker had stopped at the store to buy gas when he got into an "
            "argument with another man, investigators said. The other man pulled a gun and fired several times."),
        "knx-3": article(
            "Suspect arrested in Magnolia Avenue killing", "2014-07-29",
            "A 24-year-old man was arrested Monday and charged with first-degree murder in the June 14, 2014, shooting "
            "death of Lamont Whitaker outside a Magnolia Avenue market.\n\nJavon Tate was taken into custody in "
            "Chattanooga by the U.S. Marshals Service, Knoxville police said. He is expected to be returned to Knox "
            "County this week.\n\nInvestigators said tips from the public led them to Tate."),
    }),
    "flint_dupont_street": incident("2013-03-03", 1, 1, {
        "fln-1": article(
            "One killed, one hurt in north Flint shooting", "2013-03-04",
            "FLINT, Mich. (WJRT) - One man was killed and another wounded in a shooting early Sunday on the city's "
            "north side.\n\nFlint police said the men were shot around 1:30 a.m. outside a house in the 3200 block "
            "of Dupont Street. A 27-year-old man died at Hurley Medical Center. A 33-year-old man was treated for "
            "a gunshot wound to the leg.\n\nPolice said the shooting followed a fight at a house party."),
        "fln-2": article(
            "Flint man gets 25 years in Dupont Street killing", "2013-11-12",
            "A Flint man was sentenced Tuesday to 25 to 50 years in prison for the March 3 shooting on Dupont Street "
            "that killed Terrance Oliver and wounded another man.\n\nDarnell Hickson, 22, pleaded guilty last month "
            "to second-degree murder and assault with intent to murder. Genesee Circuit Judge Joseph Farah called "
            "the shooting senseless.\n\nOliver's mother told the court her son had gone to the party to pick up his "
            "cousin."),
    }),
    # --- relatives and follow-ups dating it by weekday ------------------------------------------------
    "tulsa_north_peoria": incident("2016-04-23", 1, 1, {
        "tul-1": article(
            "One dead, one injured in north Tulsa shooting", "2016-04-24",
            "TULSA, Okla. (KJRH) - One man is dead and a woman is hurt after a shooting late Saturday in north "
            "Tulsa, police said.\n\nOfficers were called to an apartment complex near North Peoria Avenue and East "
            "46th Street North around 11 p.m. A man was found dead in a stairwell. A woman was shot in the arm and "
            "taken to a hospital.\n\nPolice have not named a suspect."),
        "tul-2": article(
            "'He was a gentle giant': family mourns man killed in north Tulsa", "2016-04-25",
            "The family of a man killed at a north Tulsa apartment complex on Saturday says he was trying to break "
            "up an argument when he was shot.\n\nMarquis Toney, 29, was shot in a stairwell of the complex near "
            "North Peoria Avenue, police said. His girlfriend was wounded in the arm.\n\n“He was a gentle giant,” "
            "his mother, Gloria Toney, said Monday. “He'd give you the shirt off his back.”"),
    }),
    "rochester_joseph_avenue": incident("2017-10-13", 1, 0, {
        "roc-1": article(
            "Man killed in Joseph Avenue shooting", "2017-10-14",
            "ROCHESTER, N.Y. (WHAM) - A 35-year-old man died after he was shot Friday night on Joseph Avenue, "
            "Rochester police said.\n\nOfficers found the man on the sidewalk near Clifford Avenue around 9:30 p.m. "
            "He was taken to Strong Memorial Hospital, where he died a short time later.\n\nPolice said there is "
            "no danger to the public."),
        "roc-2": article(
            "Funeral set for father of three killed on Joseph Ave.", "2017-10-18",
            "A funeral will be held Saturday for Hector Villanueva, the 35-year-old father of three who was shot "
            "and killed Friday on Joseph Avenue.\n\nVillanueva's sister, Marisol Villanueva, said Wednesday that he "
            "had been walking home from his job at a bakery. “He never bothered anybody,” she said.\n\nRochester "
            "police are asking anyone with information to call 911."),
    }),
    # --- a headline naming a small town; the state only in the body ----------------------------------
    "pahokee_bacom_point": incident("2017-09-02", 1, 0, {
        "pah-1": article(
            "Man found shot to death in Pahokee", "2017-09-02",
            "A man was found shot to death early Saturday in Pahokee, the Palm Beach County Sheriff's Office "
            "said.\n\nDeputies were called to Bacom Point Road near the Lake Okeechobee marina around 2 a.m. after "
            "a caller reported hearing gunshots. The man was pronounced dead at the scene.\n\nPahokee, a city of "
            "about 6,000 on the lake's eastern shore in western Palm Beach County, Florida, has had three "
            "homicides this year."),
        "pah-2": article(
            "Pahokee shooting victim identified", "2017-09-04",
            "The man found shot near the Pahokee marina early Saturday was Lionel Batiste Jr., 40, of Belle Glade, "
            "the Sheriff's Office said Monday.\n\nBatiste was found on Bacom Point Road with a gunshot wound to the "
            "head. Detectives have not released a motive.\n\nAnyone with information may call Crime Stoppers of "
            "Palm Beach County."),
    }),
    # --- AP copies with small edits, and the local paper's own report; shooter counted differently ----
    "lexington_ne_plant": incident("2014-10-14", 3, 0, {
        "lex-1": article(
            "Worker kills 2 at Nebraska meatpacking plant, then himself", "2014-10-14",
            "LEXINGTON, Neb. (AP) — A worker at a meatpacking plant in central Nebraska shot and killed two "
            "supervisors on Tuesday and then killed himself, authorities said.\n\nDawson County Sheriff Gary "
            "Reiber said the shooting happened around 6 a.m. in a break room at the plant on the east edge of "
            "Lexington, shortly after the start of the morning shift.\n\nThe sheriff identified the gunman as "
            "Ernesto Garza, 38. The victims were Dale Kroeker, 56, and Luis Ochoa, 41.\n\nReiber said Garza had "
            "been suspended last week. About 300 workers were in the plant at the time."),
        "lex-2": article(
            "Nebraska plant worker kills 2 supervisors, self", "2014-10-14",
            "LEXINGTON, Neb. (AP) — A worker at a meatpacking plant in central Nebraska shot and killed two "
            "supervisors on Tuesday morning and then killed himself, authorities said.\n\nDawson County Sheriff "
            "Gary Reiber said the shooting happened around 6 a.m. in a break room at the plant on the east edge of "
            "Lexington.\n\nThe sheriff identified the gunman as Ernesto Garza, 38. The victims were Dale Kroeker, "
            "56, and Luis Ochoa, 41."),
        "lex-3": article(
            "Sheriff: Suspended worker killed 2 bosses, himself", "2014-10-15",
            "LEXINGTON, Neb. (AP) — A worker at a meatpacking plant in central Nebraska shot and killed two "
            "supervisors on Tuesday and then killed himself, authorities said.\n\nDawson County Sheriff Gary "
            "Reiber said the shooting happened around 6 a.m. in a break room at the plant on the east edge of "
            "Lexington, shortly after the start of the morning shift.\n\nThe sheriff identified the gunman as "
            "Ernesto Garza, 38. The victims were Dale Kroeker, 56, and Luis Ochoa, 41.\n\nReiber said Garza had "
            "been suspended last week. About 300 workers were in the plant at the time.\n\nCopyright 2014 The "
            "Associated Press. All rights reserved."),
        "lex-4": article(
            "Three dead in Lexington plant shooting", "2014-10-15",
            "Three men are dead after a shooting Tuesday morning at the meatpacking plant in Lexington, the "
            "Dawson County Sheriff's Office said.\n\nErnesto Garza walked into a break room shortly after 6 a.m. "
            "and shot supervisors Dale Kroeker and Luis Ochoa before turning the gun on himself, Sheriff Gary "
            "Reiber said. Co-workers said Garza had been disciplined for missing shifts.\n\nThe plant reopened "
            "Wednesday with counselors on hand."),
    }),
    "kenosha_tavern": incident("2018-03-10", 2, 2, {
        "ken-1": article(
            "1 killed, 2 hurt in Kenosha tavern shooting", "2018-03-10",
            "KENOSHA, Wis. (WISN) - One person was killed and two others were wounded when a man opened fire inside "
            "a Kenosha tavern early Saturday, police said.\n\nOfficers were called to the Sheridan Road tavern "
            "around 1:40 a.m. Responding officers shot the gunman when he pointed a handgun at them outside the "
            "bar, police said.\n\nThe wounded were taken to Kenosha Medical Center."),
        "ken-2": article(
            "Two dead, including gunman, in Kenosha bar shooting", "2018-03-10",
            "Two people, including the gunman, are dead after a shooting at a bar on Sheridan Road early Saturday, "
            "Kenosha police said.\n\nThe gunman, a 34-year-old Kenosha man, killed a 45-year-old bartender and "
            "wounded two customers before officers shot him outside the tavern. He died at the scene.\n\nThe two "
            "customers, a man and a woman, were in stable condition."),
        "ken-3": article(
            "Kenosha police identify tavern shooter, victim", "2018-03-12",
            "Kenosha police on Monday identified the man who shot three people in a Sheridan Road tavern Saturday "
            "as Corey Lindqvist, 34. Lindqvist was shot and killed by two officers outside the bar.\n\nThe "
            "bartender, Sheila Marchetti, 45, died at the scene. A man and a woman who were wounded were released "
            "from the hospital Sunday.\n\nThe officers are on administrative leave while the state reviews the "
            "shooting."),
    }),
    # --- two shootings in one city on one day ---------------------------------------------------------
    "memphis_elvis_presley": incident("2015-10-17", 1, 0, {
        "mem-a1": article(
            "Man killed at Whitehaven car wash", "2015-10-17",
            "MEMPHIS, Tenn. (WREG) - A man was shot and killed at a car wash in Whitehaven on Saturday afternoon, "
            "Memphis police said.\n\nOfficers responded to the car wash on Elvis Presley Boulevard near Raines Road "
            "around 2:15 p.m. The man, believed to be in his 30s, died at the scene.\n\nPolice are looking for a "
            "silver Nissan Altima."),
        "mem-a2": article(
            "Victim in Whitehaven car wash killing identified", "2015-10-18",
            "Memphis police have identified the man shot to death Saturday at a Whitehaven car wash as Cedric "
            "Bolden, 36.\n\nBolden was vacuuming his car at the car wash on Elvis Presley Boulevard when another "
            "man walked up and shot him, police said. Witnesses told officers the shooter left in a silver "
            "sedan."),
    }),
    "memphis_jackson_avenue": incident("2015-10-17", 0, 1, {
        "mem-b1": article(
            "14-year-old shot while walking home in Memphis", "2015-10-18",
            "MEMPHIS, Tenn. - A 14-year-old boy was shot Saturday night while walking home from a friend's house "
            "in North Memphis, police said.\n\nThe boy was shot in the side near Jackson Avenue and Watkins "
            "Street around 9:40 p.m. He was taken to Le Bonheur Children's Hospital in non-critical "
            "condition.\n\nPolice said someone fired from a dark-colored car."),
        "mem-b2": article(
            "Mother of teen shot on Jackson Avenue: 'He was coming home'", "2015-10-19",
            "The mother of a teenager shot Saturday night on Jackson Avenue says her son was just a block from "
            "home when a car pulled up beside him.\n\n“He was coming home, like I told him to,” said Yolanda "
            "Pruitt. Her son, an eighth-grader at Grandview Heights Middle School, was shot in the side and is "
            "expected to recover.\n\nMemphis police have not made an arrest."),
    }, teens=(0, 1)),
    # --- one town name in two states, one day ---------------------------------------------------------
    "columbia_mo_broadway": incident("2016-11-05", 0, 2, {
        "com-1": article(
            "2 injured in downtown Columbia shooting", "2016-11-05",
            "COLUMBIA, Mo. (KOMU) - Two people were injured in a shooting in downtown Columbia early Saturday, "
            "police said.\n\nColumbia police responded to East Broadway near Tenth Street around 1:50 a.m. as bars "
            "were closing. A man was shot in the leg and a woman in the hand. Both were taken to University "
            "Hospital with injuries that were not life-threatening.\n\nOfficers were looking for a man in a red "
            "hooded sweatshirt."),
        "com-2": article(
            "Columbia police arrest man in Broadway shooting", "2016-11-06",
            "Columbia police on Sunday arrested a 21-year-old man in connection with a shooting on East Broadway "
            "early Saturday that wounded two people.\n\nKeshawn Dillard was booked into the Boone County Jail on "
            "suspicion of first-degree assault and armed criminal action.\n\nPolice said Dillard had been in an "
            "argument with a group outside a bar."),
    }),
    "columbia_sc_two_notch": incident("2016-11-05", 1, 0, {
        "cos-1": article(
            "Man killed in Two Notch Road shooting", "2016-11-05",
            "COLUMBIA, S.C. (WIS) - A man was shot and killed Saturday night on Two Notch Road, Columbia police "
            "said.\n\nOfficers found the man outside a convenience store near Beltline Boulevard around 8:20 p.m. "
            "He died at Palmetto Health Richland.\n\nChief Skip Holbrook said investigators were reviewing "
            "surveillance video from the store."),
        "cos-2": article(
            "Coroner names man shot on Two Notch Road", "2016-11-07",
            "Richland County Coroner Gary Watts on Monday identified the man shot and killed Saturday night on Two "
            "Notch Road as Reginald Fludd, 42, of Columbia.\n\nFludd died of a single gunshot wound to the chest, "
            "Watts said. Columbia police have not announced an arrest."),
    }),
    # --- two shootings in one city in one week, and a weekly round-up (ROUNDUPS) -----------------------
    "indianapolis_east_38th": incident("2017-05-08", 1, 0, {
        "ind-a1": article(
            "Man shot, killed on Indy's northeast side", "2017-05-08",
            "INDIANAPOLIS (WTHR) - A man was shot and killed Monday afternoon on the northeast side, IMPD said.\n\n"
            "Officers were called to a strip mall in the 3500 block of East 38th Street around 12:30 p.m. and found "
            "the man shot in the parking lot. He died at Eskenazi Hospital.\n\nPolice said the shooting may have "
            "followed a minor car crash in the lot."),
        "ind-a2": article(
            "IMPD: Fender-bender led to fatal East 38th Street shooting", "2017-05-09",
            "A fender-bender in a strip mall parking lot led to Monday's fatal shooting on East 38th Street, "
            "Indianapolis police said Tuesday.\n\nThe Marion County Coroner's Office identified the man killed as "
            "Brandon Yeager, 26. Police said the other driver got out of his car, argued with Yeager and shot him "
            "twice.\n\nDetectives have a description of the other car, a blue Chevrolet Impala."),
    }),
    "indianapolis_watkins_park": incident("2017-05-11", 0, 2, {
        "ind-b1": article(
            "2 teens wounded near Watkins Park", "2017-05-11",
            "INDIANAPOLIS - Two teenagers were wounded in a shooting near Watkins Park on the north side Thursday "
            "evening, police said.\n\nIMPD officers found a 15-year-old boy and a 16-year-old boy with gunshot "
            "wounds near the park's basketball courts around 7:15 p.m. Both were in stable condition at Riley "
            "Hospital for Children.\n\nPolice said the boys were shot by someone they knew."),
        "ind-b2": article(
            "Watkins Park shooting: neighbors want more patrols", "2017-05-12",
            "Neighbors of Watkins Park said Friday they want more police patrols after two boys, 15 and 16, were "
            "shot near the basketball courts Thursday evening.\n\n“Kids should be able to play ball here,” said "
            "Darlene Hughes, who lives across the street.\n\nIMPD said both boys are expected to recover."),
    }, teens=(0, 2)),
    # --- shootings that span midnight ------------------------------------------------------------------
    "charlotte_beatties_ford": incident("2016-07-03", 0, 3, {
        "clt-1": article(
            "3 shot after July 4th weekend party in west Charlotte", "2016-07-03",
            "CHARLOTTE, N.C. (WBTV) - Three people were shot early Sunday after a fight broke out at a party in "
            "west Charlotte, police said.\n\nCharlotte-Mecklenburg police said the shooting was reported at 12:10 "
            "a.m. Sunday in the 2400 block of Beatties Ford Road. Three men were taken to Carolinas Medical Center "
            "with injuries that were not life-threatening."),
        "clt-2": article(
            "CMPD: Party shooting on Beatties Ford Road began with fight over music", "2016-07-04",
            "A fight over music at a crowded house party ended with three men shot on Beatties Ford Road just "
            "after midnight Sunday, Charlotte-Mecklenburg police said.\n\nThe party had started Saturday evening "
            "and drew more than 100 people, police said. The three men, ages 20, 22 and 25, were treated at "
            "Carolinas Medical Center.\n\nNo arrests have been made."),
    }),
    "jackson_ms_graduation_party": incident("2015-06-12", 1, 2, {
        "jxn-1": article(
            "One dead, two hurt in shooting at Jackson graduation party", "2015-06-13",
            "JACKSON, Miss. (WLBT) - A man died early Saturday after he was shot late Friday at a graduation party "
            "in south Jackson, police said.\n\nJackson police spokesman Colendula Green said gunfire broke out "
            "around 11:45 p.m. Friday outside a home on Raymond Road. Three people were hit. A 20-year-old man died "
            "at Merit Health Central early Saturday; a man and a woman were treated for wounds that were not "
            "life-threatening."),
        "jxn-2": article(
            "Family: Jackson graduation party shooting victim was headed to college", "2015-06-14",
            "Relatives of Trevon Mabry, who died after being shot at a graduation party on Raymond Road late "
            "Friday, said he had planned to start at Hinds Community College in the fall.\n\nMabry, 20, was one of "
            "three people shot outside the home. The other two are recovering, police said.\n\nNo one has been "
            "charged."),
    }),
    # --- children and teens by age in one report and by a word in another -------------------------------
    "omaha_preschooler": incident("2013-09-21", 1, 1, {
        "oma-1": article(
            "Woman killed, 4-year-old son wounded in north Omaha", "2013-09-21",
            "OMAHA, Neb. (KETV) - A woman was killed and her 4-year-old son was wounded Saturday morning when "
            "someone fired into their car in north Omaha, police said.\n\nThe shooting happened around 10:30 a.m. "
            "near North 30th and Ames Avenue. The woman, 27, died at Creighton University Medical Center. The boy "
            "was shot in the shoulder and was in serious condition at Children's Hospital.\n\nPolice are searching "
            "for a white pickup truck."),
        "oma-2": article(
            "Preschooler recovering after mother shot dead", "2013-09-23",
            "A preschooler who was shot while riding in his mother's car in north Omaha on Saturday is recovering "
            "at Children's Hospital, relatives said Monday.\n\nThe boy's mother, Keandra Little, 27, was killed in "
            "the shooting near 30th and Ames. Relatives said Little was driving her son to a birthday party.\n\n"
            "Omaha police said they have identified a person of interest."),
    }, children=(0, 1)),
    "shreveport_sophomores": incident("2017-01-20", 2, 0, {
        "shv-1": article(
            "2 teens shot dead in Shreveport's Cedar Grove neighborhood", "2017-01-20",
            "SHREVEPORT, La. (KSLA) - Two teenagers were shot and killed Friday night in the Cedar Grove "
            "neighborhood, Shreveport police said.\n\nThe teens, ages 15 and 16, were found in the street in the "
            "8200 block of Line Avenue around 8:45 p.m. Both died at the scene.\n\nInvestigators said several "
            "people ran from the area before officers arrived."),
        "shv-2": article(
            "Two high school sophomores killed in Cedar Grove shooting", "2017-01-21",
            "Two high school sophomores were gunned down Friday night on Line Avenue in Cedar Grove, police "
            "said.\n\nCaddo Parish Coroner's Office investigators identified them as Jamarcus Henley and Dorian "
            "Scott, both students at Southwood High School.\n\nClassmates wore purple to school Monday, "
            "administrators said."),
        "shv-3": article(
            "Arrest made in Line Avenue double homicide", "2017-01-25",
            "A 19-year-old man was arrested Wednesday in the Jan. 20 killings of two teenagers on Line Avenue, "
            "Shreveport police said.\n\nDemarco Pugh is charged with two counts of second-degree murder in the "
            "deaths of Jamarcus Henley, 15, and Dorian Scott, 16.\n\nPolice said the shooting followed a dispute "
            "on social media."),
    }, teens=(2, 0)),
    "stockton_baby_and_father": incident("2018-08-05", 0, 2, {
        "stk-1": article(
            "11-month-old girl, father wounded in Stockton drive-by", "2018-08-05",
            "STOCKTON, Calif. (KCRA) - An 11-month-old girl and her father were wounded Sunday afternoon when "
            "someone fired at their home in south Stockton, police said.\n\nThe shooting happened around 3 p.m. "
            "on East Eighth Street. The baby was grazed in the leg and the 30-year-old man was shot in the "
            "stomach. Both were taken to San Joaquin General Hospital.\n\nPolice believe the home was targeted."),
        "stk-2": article(
            "Baby hit by gunfire in Stockton is home, family says", "2018-08-07",
            "A baby struck by gunfire at her family's Eighth Street home on Sunday is back home, her grandmother "
            "said Tuesday.\n\nThe infant's father remains in the hospital after surgery, Stockton police said. "
            "Officers have not made an arrest.\n\n“Who shoots at a house with a baby in it?” said the girl's "
            "grandmother, Rosa Vargas."),
    }, children=(0, 1)),
    # --- Britain and Canada -------------------------------------------------------------------------------
    "manchester_moss_side": incident("2016-08-20", 0, 2, {
        "mcr-1": article(
            "Two men shot in Moss Side", "2016-08-21",
            "Two men have been taken to hospital after being shot in Moss Side, Manchester, late on Saturday "
            "night.\n\nGreater Manchester Police said officers were called to Great Western Street shortly before "
            "11pm after reports of shots being fired. A man in his 20s suffered a gunshot wound to his leg and a "
            "man in his 30s was shot in the arm. Neither injury is thought to be life-threatening.\n\nA cordon "
            "remains in place."),
        "mcr-2": article(
            "Man charged after Moss Side double shooting", "2016-08-24",
            "A 26-year-old man has been charged after two men were shot in Moss Side on Saturday night.\n\nJordan "
            "Ashworth, of Hulme, has been charged with two counts of wounding with intent and possession of a "
            "firearm, Greater Manchester Police said. He will appear at Manchester Magistrates' Court on "
            "Thursday."),
    }),
    "toronto_jane_finch": incident("2018-06-09", 1, 1, {
        "tor-1": article(
            "Teen killed, man wounded in Jane and Finch shooting", "2018-06-10",
            "TORONTO — A 17-year-old boy is dead and a 19-year-old man is in hospital after a shooting near Jane "
            "Street and Finch Avenue late Saturday, Toronto police say.\n\nPolice said officers were called to a "
            "townhouse complex just after 10 p.m. The boy was pronounced dead at the scene. The man was taken to "
            "a trauma centre with serious but non-life-threatening injuries.\n\n— The Canadian Press"),
        "tor-2": article(
            "Toronto police: 17-year-old killed in Jane-Finch shooting", "2018-06-10",
            "TORONTO — A 17-year-old boy is dead and a 19-year-old man is in hospital after a shooting near Jane "
            "Street and Finch Avenue on Saturday night, Toronto police say.\n\nOfficers were called to a townhouse "
            "complex just after 10 p.m. The boy was pronounced dead at the scene. The man was taken to a trauma "
            "centre with serious injuries.\n\nIt was the city's 24th gun homicide of the year."),
    }, teens=(1, 0)),
    # --- a wounded man who died weeks later ---------------------------------------------------------------
    "dayton_salem_avenue": incident("2013-11-23", 1, 0, {
        "day-1": article(
            "Man critically hurt in Salem Avenue shooting", "2013-11-24",
            "DAYTON, Ohio (WHIO) - A man was critically injured in a shooting late Saturday on Salem Avenue, "
            "Dayton police said.\n\nThe man was shot several times outside a nightclub in the 3800 block of Salem "
            "Avenue around 11:30 p.m. He was taken to Miami Valley Hospital in critical condition.\n\nPolice said "
            "the shooter ran from the scene."),
        "day-2": article(
            "Man shot outside Salem Avenue club dies; death ruled homicide", "2013-12-16",
            "A man shot outside a Salem Avenue nightclub last month has died, the Montgomery County Coroner's "
            "Office said Monday.\n\nAntwan Biggs, 32, died Sunday at Miami Valley Hospital, more than three weeks "
            "after the Nov. 23 shooting. The coroner ruled the death a homicide.\n\nDayton police "
            "said the case remains open."),
    }),
    # --- an AP story reprinted, and the local report: a father kills his children -------------------------
    "oklahoma_murder_suicide": incident("2015-03-24", 4, 0, {
        "ok-1": article(
            "Oklahoma father kills 3 children, then himself", "2015-03-24",
            "LAWTON, Okla. (AP) — A man fatally shot his three children and then himself inside their Lawton home "
            "on Tuesday, police said.\n\nLawton police spokesman Sgt. Tim Jenkins said officers found the four "
            "bodies after the children's mother called 911 from a neighbor's house around 7 a.m. The children "
            "were 7, 9 and 13.\n\nJenkins said the couple had been going through a divorce."),
        "ok-2": article(
            "Police: Lawton man kills 3 kids, self", "2015-03-25",
            "LAWTON, Okla. (AP) — A man fatally shot his three children and then himself inside their Lawton home "
            "on Tuesday, police said.\n\nLawton police spokesman Sgt. Tim Jenkins said officers found the four "
            "bodies after the children's mother called 911 from a neighbor's house. The children were 7, 9 and "
            "13."),
        "ok-3": article(
            "Lawton mourns three children killed by their father", "2015-03-26",
            "Classmates and teachers in Lawton are mourning three children shot and killed by their father on "
            "Tuesday.\n\nPolice said Wade Kessler, 41, shot his sons, Caleb, 13, and Owen, 9, and his daughter, "
            "Lily, 7, before killing himself. Their mother escaped and ran to a neighbor's home.\n\nGrief "
            "counselors were at Eisenhower Middle School and Pioneer Park Elementary on Wednesday."),
    }, children=(2, 0), teens=(1, 0)),
    # --- an officer wounded, the man who shot him killed by police ------------------------------------------
    "shreveport_officer_wounded": incident("2017-12-02", 1, 1, {
        "sho-1": article(
            "Officer shot, suspect killed in Shreveport", "2017-12-02",
            "SHREVEPORT, La. (KTBS) - A Shreveport police officer was wounded and the man who shot him was killed "
            "Saturday afternoon during a traffic stop in the Queensborough neighborhood, police said.\n\nThe officer "
            "was hit in the leg after stopping a car on Jewella Avenue around 3:30 p.m. Another officer returned "
            "fire, striking the driver, who died at the scene.\n\nThe wounded officer is expected to recover."),
        "sho-2": article(
            "State Police identify man killed after shooting Shreveport officer", "2017-12-04",
            "Louisiana State Police on Monday identified the man killed Saturday after he shot a Shreveport police "
            "officer on Jewella Avenue as Terrell Washburn, 28.\n\nOfficer Kyle Dutton, a four-year veteran, was "
            "shot in the thigh and was released from the hospital Sunday.\n\nState Police are investigating the "
            "shooting, as is routine when officers use deadly force."),
    }),
}

# A week in Indianapolis: its first figure is the week's total over several shootings (a summary); two of its
# incidents are in the set. Left out of the grouping and figure checks (see the first set's docstring).
ROUNDUPS = {
    "ind-r": article(
        "A violent week in Indianapolis: 9 shot, 3 fatally", "2017-05-14",
        "Nine people were shot, three of them fatally, in Indianapolis from Monday through Saturday, according to "
        "IMPD records.\n\nOn Monday, Brandon Yeager, 26, was shot and killed in a strip mall parking lot in the 3500 "
        "block of East 38th Street after a fender-bender.\n\nOn Wednesday, a 41-year-old man was killed in the 2900 "
        "block of North Sherman Drive.\n\nOn Thursday, two boys, 15 and 16, were wounded near the basketball courts "
        "of Watkins Park.\n\nOn Saturday, four people were shot outside a bar on West 16th Street; one of them, a "
        "33-year-old woman, died."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_DEATH_TOLD_AS_SHOT = ("a later report tells the dead victim only as found shot ('The man found shot ... was X'; 'found "
                       "... with a gunshot wound to the head'): it reads one injured and no death, the two reports tie "
                       "and the latest wins")
_AGES_APART = ("the children's ages are told apart from their figure ('his three children' ... 'The children were 7, 9 "
               "and 13'; 'shot his sons, Caleb, 13, and Owen, 9, and his daughter, Lily, 7'): the teen among them is "
               "not found and all three count as children")
_SELF_AFTER_LIST = ("'shot his sons, Caleb, 13, and Owen, 9, and his daughter, Lily, 7, before killing himself': the "
                    "father's own death after a list of named victims is not read, the report's 3 killed falls under "
                    "the wire story's 4 and marks the incident contested")
_EDITED_REPRINT = ("a wire story reprinted with its credit line and a few words dropped ('— The Canadian Press'; 'on "
                   "Saturday night' for 'late Saturday'): too few capitalized names for the near-copy test, and a "
                   "credit at the end is not read as the agency's")
XFAIL: dict[tuple[str, str], str] = {
    ("killed", "pahokee_bacom_point"): _DEATH_TOLD_AS_SHOT,
    ("injured", "pahokee_bacom_point"): _DEATH_TOLD_AS_SHOT,
    ("children_killed", "oklahoma_murder_suicide"): _AGES_APART,
    ("teens_killed", "oklahoma_murder_suicide"): _AGES_APART,
    ("grade", "oklahoma_murder_suicide"): _SELF_AFTER_LIST,
    ("sources", "toronto_jane_finch"): _EDITED_REPRINT,
    ("grade", "toronto_jane_finch"): _EDITED_REPRINT,
}

# Wire copies count once: three AP copies and the local paper's own report are two independent sources; two
# AP copies and the local paper's report are two; two copies of one Canadian Press story are one.
INDEPENDENT_SOURCES = {"lexington_ne_plant": 2, "oklahoma_murder_suicide": 2, "toronto_jane_finch": 1,
                       "kenosha_tavern": 3}
# Reports that agree or only revise: corroborated with two or more independent sources; one wire story
# reprinted is a single source.
GRADES = {"lexington_ne_plant": "corroborated", "toronto_jane_finch": "single-source",
          "oklahoma_murder_suicide": "corroborated", "savannah_west_gwinnett": "corroborated"}

BCUBED_F1_FLOOR = 1.0  # set after the fixes (0.945 at the first run; 1.000 after them)

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(22, 31), articles=range(50, 71))


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
