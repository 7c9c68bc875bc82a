"""Challenge set: TYPICAL US LOCAL NEWS PAGES ABOUT SHOOTINGS, 2014-2017, AS SCRAPED (the third typical set): a
REPRESENTATIVE sample (not an adversarial one) of the pages the Gun Violence Archive cites in its early years; written
before the pipeline was run on it, with the figures a careful coder gives from the text alone under
docs/conventions.md.

47 invented pages in roughly the proportions the archive's incidents occur: a single person shot dead in a car, outside
a store, in an alley, on a corner, in a driveway, at a gas station, in the street, at an apartment complex, in a
parking lot (14); one or two people wounded (7: a man shot in the leg, two men in a drive-by, a man who walked into a
fire station, a woman hit by a stray bullet in her bed, a man in critical condition, a man and a woman on a porch, a
driver in a road-rage shooting); domestic shootings (5: a husband who killed his wife and then himself; a woman killed
by her ex-boyfriend, arrested, her children of 3 and 6 unhurt; a man who killed his estranged wife and her mother and
then himself, their daughter of 8 away; a wife who shot her husband; a man who killed his girlfriend and wounded her
son of 15); robberies (3: a clerk killed, a delivery driver wounded, a robber shot dead by a clerk); officer-involved
shootings (3: a man who pointed a gun at officers killed, a man who fired at officers wounded, a deputy wounded and
his attacker killed); children shot with a gun within reach (4: a boy of 4 who shot himself, a girl of 11 killed by
her brother of 13, a boy of 2 killed with a gun from his mother's purse, a boy of 9 hit when his stepfather cleaned a
pistol); teens shot (4: a boy of 16 killed, a boy of 17 wounded near a high school with a boy of 15 arrested, two boys
of 14 and 16 wounded at a park, a man of 18 killed and a boy of 15 wounded); a house party, a block party and a
nightclub with several hurt (3); follow-ups published two to four days on (4: a medical examiner naming a victim, an
arrest in a Friday killing, a man shot Tuesday who died Thursday, a 17-year-old charged in a shooting that wounded a
man).
The pages are as a scraper of those years returns them: TV station copy (WXYZ, WREG, WDSU, News4Jax, KPRC, WBRC, KSHB,
KMOV, NBC10, WSOC, 19 Action News, WSB-TV, WSMV, WDRB, WKBW, KENS, KOB, WYFF, KWCH, ABC12, ABC15, 9News, WPXI, WFTV,
WSFA, WBIR, WFLA, KATV, WTOC, WAFB, WIS, WAVY, WOWT, WTVD), city papers (IndyStar, Milwaukee Journal Sentinel, The
Columbus Dispatch, Las Vegas Review-Journal, DNAinfo Chicago, The Journal Gazette, The Clarion-Ledger, Richmond
Times-Dispatch, NJ.com, East Bay Times, Post-Tribune, Hartford Courant, Akron Beacon Journal) with the furniture kept
around the article: a line of video headlines with their running times before the story ("1:47 Man found dead in Warren
apartment", "1:20 Woman killed in Niagara Falls crash"), a "Sign in | Register" block and a subscriber wall's teaser
(the lede cut off with an ellipsis) followed by the story's first paragraphs, photo captions, "Posted: Sun 11:32 AM,
Jun 05, 2016 | Updated: ..." stamps, bylines, "RELATED:" / "Related:" links with other stories' tolls, "Most Read"
lists with other tolls ("2 dead in Pasadena crash", "2 killed in Route 287 crash"), share-button words, a newsletter
line, a city's homicide count, tip lines, a domestic-violence hotline, copyright lines. Days are told the usual ways
("around 1:30 a.m. Sunday", "Saturday night", "early Friday", "late Thursday", "shortly after midnight", "on the 1200
block of Church Street on Friday", "on Tuesday ... died Thursday afternoon"), pages published the same day or one to
four days later. Eleven cases have children (0-11) or teens (12-17) among the victims; five more name minors who are
not victims (children of 3 and 6 in the apartment, a daughter of 8 at a neighbor's, a brother of 13 who fired the
rifle, a boy of 15 arrested, a 17-year-old charged) or a grandson asleep and not hurt.

Golds: ``killed`` and ``injured`` are the article's totals (article_tolls); the four minors' fields (children 0-11,
teens 12-17; 0 where none); ``attackers_killed`` and ``attackers_injured`` where the case has an attacker who was, or
might have been, killed or hurt (domestic shootings, robberies, police shootings).
Judgements, where docs/conventions.md leaves room (as the archive and the earlier GVA sets code them):
- A husband who kills his wife (and her mother) and then himself is an attacker killed (GVA lists him as a
  subject-suspect killed); an ex-boyfriend, a boyfriend or a wife who shot someone and was arrested or charged is no
  one counted (attackers 0).
- A robber shot dead by a clerk, a man shot dead by officers he pointed a gun at, a man wounded by an officer he had
  fired at, and a man killed by a deputy he had shot are attackers; the deputy is a victim hurt; a robber who fled
  unhurt is no one counted.
- A child who shot himself with a gun he found is the victim; a brother of 13 who fired the rifle is no victim; a
  boy of 15 "arrested", a 17-year-old "charged", children "in the apartment ... not hurt", a daughter "at a
  neighbor's house and ... not hurt", a grandson "asleep in the next room ... not hurt" are no one counted.
- Video headlines, RELATED / Related links, Most Read lists, a city's homicide count ("the city's 48th homicide of the
  year", "the 39th homicide in Columbus this year"), "more than 50 people were at the party", "dozens of people were
  gathered", "at least 10 shots", "eight shell casings" and "a father of three" are not the article's figures.
- A follow-up's figures are the incident's: a man shot Tuesday who died Thursday is one killed, not also one hurt; a
  boy "treated and released" is hurt; a girl "grazed on the leg" is hurt. The arrest's, the charge's, the death's, the
  naming's, the bond's and the statement's day is never the ``first`` day.
- A man of 18 is an adult; "the four people who were injured, including a 17-year-old girl" holds one teen; "Four
  people, including a 9-year-old girl" with "Three men, ages 19, 24 and 33, were also wounded" is four hurt, one child.
``first``: the day of the shooting resolved from the publication date and the text (a late-night clock on a weekday is
that weekday; "shortly after midnight" on Friday's page told "early Friday" is Friday; "around 1:30 a.m. Sunday" is
Sunday; "on Friday" on a Tuesday's page is four days before), and the place of the article's first counted claim (its
neighbourhood, its city or its county: any of the names listed; a victim's home town, the hospital's town, a school's
and the town of an arrest are never it).

First run (worktree of main 92b9ceb, before any fix), passing / checked: killed 45/47, injured 45/47, children and
teens 45/47, attackers killed 11/11, attackers injured 11/11, the first claim's day 47/47 and place 47/47. No gold or
text was changed after the run. The 6 misses (4 cases) are strict xfails with their class:
- A "Most Read" list's label on a line of its own without a colon ("Most Read", "Most read on NJ.com") does not set
  off the headlines under it, which are read as the article's figures (3 cases): Houston "2 dead in Pasadena crash"
  (killed 3 for 1: the list's 2 with the body's "shot and killed another man" added to it as one more), Newark "2
  killed in Route 287 crash" (killed 2 for 1), Kansas City "Woman, 2 children hurt in Raytown crash" (injured 2 for 0,
  children injured 2 for 0).
- A distance after an active "wounded" is taken for its object, one more person hurt (Oakland: "A 17-year-old boy was
  shot and wounded a block from Fremont High School": "wounded a block" a second victim; injured 2 for 1, teens
  injured 2 for 1).
Since 0.28.0 all 6 pass: a label alone on its line ("Most Read", "Most read on NJ.com", "SUGGESTED STORIES") opens a
block of links; a distance ("a block", "miles", "yards") is no person; "the man who shot and killed another man" is
one death (one person's act on another of the same noun is no one more).
Read right on the first run: every single death in its many forms ("found shot to death inside a car", "died after
being shot", "died there a short time later", "pronounced dead at 4:38 a.m.", "a man who was shot ... on Tuesday has
died"); the video headlines' "Man found dead" and "Woman killed in ... crash", the RELATED / Related links, the
subscriber teaser repeating the lede, the homicide counts, stamps, captions, share words and copyright lines; the two
murder-suicides' killers as attackers; the robber shot by a clerk, the man killed by officers and the man killed by a
deputy as attackers, the man who fired at officers as an attacker hurt, the deputy as a victim; every day, the
follow-ups' "on Friday", "on Tuesday ... died Thursday", "Saturday night" beside a Monday naming; every place; every
minor, the brother of 13, the boy of 15 arrested, the 17-year-old charged and the children unhurt left out.

Every sentence is invented; none is taken from the development data, from another test or from a published report
(the cities, neighbourhoods, streets, stations, papers, agencies and hospitals are real, the incidents, the people and
their names are not).
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors

CASES: dict[str, dict] = {
    # ===== a single person shot dead =====
    # --- WXYZ, a line of video headlines with their running times before the story (one names a man found dead);
    # a Posted / Updated stamp; "around 1:30 a.m. Sunday" on Sunday's page; share words: 1 killed
    "detroit_east_side_man_found_shot_in_car": dict(
        published=date(2016, 6, 5), title="Man found shot to death in car on Detroit's east side",
        text="1:47 Man found dead in Warren apartment 0:58 Two hurt in Southfield crash 2:12 Tigers rally in ninth\n"
             "Posted: Sun 11:32 AM, Jun 05, 2016 | Updated: Sun 2:10 PM, Jun 05, 2016\n"
             "DETROIT (WXYZ) - Detroit police are investigating after a man was found shot to death inside a car on "
             "the city's east side. Officers were called to Gratiot Avenue near Seven Mile Road around 1:30 a.m. "
             "Sunday on a report of shots fired. When they arrived they found a man in his 30s slumped over the "
             "steering wheel of a silver Chevy Impala with several gunshot wounds. He was pronounced dead at the "
             "scene. Police say the car's engine was still running. Investigators have not said whether the man "
             "knew his killer, and no description of a suspect has been released. Anyone with information is asked "
             "to call Detroit police at 313-596-2260 or Crime Stoppers at 1-800-SPEAK-UP.\n"
             "Copyright 2016 Scripps Media, Inc. All rights reserved.\n"
             "Share Tweet Email",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 6, 5), place=("detroit",))),
    # --- WREG, Sunday's page on Saturday night outside a Frayser store; a RELATED link with another story's toll:
    # 1 killed
    "memphis_frayser_man_killed_outside_store": dict(
        published=date(2015, 8, 16), title="Man killed outside Frayser convenience store",
        text="MEMPHIS, Tenn. -- A man was shot and killed outside a convenience store in Frayser Saturday night, "
             "Memphis police said. Officers responded to the Citgo at Frayser Boulevard and Overton Crossing "
             "Street just before 10:45 p.m. and found the victim lying in the parking lot. He was taken to Regional "
             "One Medical Center in critical condition and died there a short time later. Witnesses told police "
             "two men were arguing near the gas pumps before one of them pulled a gun and fired several shots. The "
             "gunman ran north on foot. Police have not released the victim's name or age. The store's manager "
             "said the clerk inside locked the doors and called 911.\n"
             "RELATED: 3 wounded in Whitehaven shooting\n"
             "Anyone with information should call Crime Stoppers at 901-528-CASH.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2015, 8, 15), place=("frayser", "memphis"))),
    # --- IndyStar, a subscriber wall's teaser (the lede cut off) and then the story's first paragraphs; Friday
    # afternoon on Saturday's page: 1 killed
    "indianapolis_near_east_side_man_killed_in_alley": dict(
        published=date(2017, 3, 11), title="Man fatally shot in near east side alley",
        text="Sign in | Register\n"
             "A man was fatally shot Friday afternoon in an alley on the near east side, Indianapolis ...\n"
             "Subscribe now for unlimited digital access. Already a subscriber? Log in.\n"
             "A man was fatally shot Friday afternoon in an alley on the near east side, Indianapolis Metropolitan "
             "Police Department officials said. Officers were sent to the 2900 block of East Michigan Street about "
             "3:20 p.m. after a caller reported hearing gunshots. They found the man, who appeared to be in his "
             "late 20s, behind a vacant house with a gunshot wound to the head. Medics pronounced him dead at the "
             "scene. Homicide detectives canvassed the neighborhood Friday evening, and an IMPD spokesman said "
             "investigators were looking for a dark-colored sedan seen leaving the area. The Marion County "
             "coroner's office will release the man's name after his family is notified.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 3, 10), place=("indianapolis",))),
    # --- WDSU, Wednesday's page on Tuesday night in Central City; the NOPD's wording: 1 killed
    "new_orleans_central_city_man_killed": dict(
        published=date(2014, 10, 15), title="NOPD: Man shot dead in Central City",
        text="NEW ORLEANS —\n"
             "A man died after being shot multiple times in Central City Tuesday night, according to the New Orleans "
             "Police Department. The NOPD said officers were called to the intersection of Washington Avenue and "
             "South Saratoga Street around 9:40 p.m. and found the man on the ground with gunshot wounds to the "
             "torso. EMS brought him to University Medical Center, where he was pronounced dead. Police have not "
             "identified a suspect or a motive. The Orleans Parish coroner will release the victim's name.\n"
             "Anyone with information is asked to call Crimestoppers at 504-822-1111.\n"
             "Copyright 2014 by WDSU.com. All rights reserved. This material may not be published, broadcast, "
             "rewritten or redistributed.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2014, 10, 14), place=("central city", "new orleans"))),
    # --- News4Jax, a Posted stamp; a man shot in his driveway Monday night on Tuesday's page; a photo caption:
    # 1 killed
    "jacksonville_northwest_man_killed_in_driveway": dict(
        published=date(2016, 9, 13), title="Man shot, killed in driveway of Northwest Jacksonville home",
        text="Posted: 5:58 AM, Sep 13, 2016 Updated: 8:14 AM, Sep 13, 2016\n"
             "Photo: JSO officers at the scene on West 23rd Street.\n"
             "JACKSONVILLE, Fla. - A man was shot and killed in the driveway of a Northwest Jacksonville home Monday "
             "night, the Jacksonville Sheriff's Office said. Neighbors on West 23rd Street called 911 around 9:05 "
             "p.m. after hearing at least five shots. Officers found the man, 36, next to his pickup truck. He died "
             "at the scene. Sgt. Tim Hardee said the victim lived at the home and had just come back from work. "
             "\"It looks like someone was waiting for him,\" Hardee said. Police are looking for a man in a white "
             "T-shirt who was seen running toward Moncrief Road. Anyone with information is asked to call the "
             "sheriff's office at 904-630-0500 or First Coast Crime Stoppers at 1-866-845-TIPS.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 9, 12), place=("jacksonville",))),
    # --- KPRC, a gas station argument around 11 p.m. Thursday on Friday's page: 1 killed
    "houston_southwest_gas_station_argument_killing": dict(
        published=date(2015, 5, 22), title="Man shot dead after argument at southwest Houston gas station",
        text="HOUSTON - Houston police are searching for the man who shot and killed another man during an "
             "argument at a southwest Houston gas station late Thursday. It happened around 11 p.m. at a Shell "
             "station in the 9500 block of Bellaire Boulevard. Police said the victim and another man got into a "
             "fight over a bumped car door at the pumps. The other man pulled a pistol from his waistband and shot "
             "the victim in the chest, then drove off in a black Dodge Charger. The victim died at the scene. A "
             "station employee said he heard three shots. Investigators were reviewing surveillance video Friday "
             "morning.\n"
             "Copyright 2015 by Click2Houston.com. All rights reserved.\n"
             "Most Read\n"
             "1. 2 dead in Pasadena crash\n"
             "2. Astros top Tigers in extra innings\n"
             "3. Flood watch issued for Harris County",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2015, 5, 21), place=("houston",))),
    # --- Journal Sentinel, Monday's page on a Sunday-night killing; the city's homicide count: 1 killed
    "milwaukee_north_side_man_24_killed": dict(
        published=date(2017, 7, 17), title="Man, 24, fatally shot on Milwaukee's north side",
        text="By Ashley Luthern, Milwaukee Journal Sentinel\n"
             "Published 7:02 a.m. CT July 17, 2017\n"
             "A 24-year-old man was shot and killed Sunday night on Milwaukee's north side, police said. The shooting "
             "happened about 10:50 p.m. in the 3400 block of North 12th Street. The man was struck several times and "
             "died at the scene. Police said the shooting appeared to stem from a dispute, and they were seeking a "
             "known suspect. The killing was at least the city's 58th homicide of 2017, according to a Journal "
             "Sentinel database.\n"
             "Anyone with information is asked to call Milwaukee police at 414-935-7360 or Crime Stoppers at "
             "414-224-TIPS.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 7, 16), place=("milwaukee",))),
    # --- WBRC, a man found in the street in Ensley early Saturday; the coroner's wording: 1 killed
    "birmingham_ensley_man_found_in_street": dict(
        published=date(2016, 2, 13), title="Man found shot to death in Ensley street",
        text="BIRMINGHAM, AL (WBRC) -\n"
             "Birmingham police are investigating the city's latest homicide after a man was found dead in the "
             "street in Ensley early Saturday morning. Officers were dispatched to Avenue F and 19th Street around "
             "4:15 a.m. after a passing driver flagged down a patrol car. The man had been shot at least once in "
             "the back. The Jefferson County Coroner's Office said he was pronounced dead at 4:38 a.m. Lt. Sean "
             "Edwards said detectives do not yet know where the shooting took place or how long the man had been "
             "lying there. His name will be released once relatives are notified.\n"
             "Copyright 2016 WBRC. All rights reserved.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 2, 13), place=("ensley", "birmingham"))),
    # --- KSHB, Wednesday evening near 35th and Prospect on Thursday's page; a Most Read list with other tolls:
    # 1 killed
    "kansas_city_prospect_man_killed": dict(
        published=date(2014, 7, 24), title="KCPD: Man dies after shooting near 35th and Prospect",
        text="KANSAS CITY, Mo. - A man died after he was shot Wednesday evening near 35th Street and Prospect "
             "Avenue, Kansas City police said. Officers were called to the area shortly before 7 p.m. and found the "
             "man wounded on the sidewalk outside a beauty supply store. He was rushed to a hospital, where he died "
             "a few hours later. Police believe the man was shot by someone he knew after an argument, but they had "
             "not made an arrest by Thursday morning. Detectives asked anyone who saw the shooting to call the TIPS "
             "Hotline at 816-474-TIPS.\n"
             "Most Read\n"
             "Woman, 2 children hurt in Raytown crash\n"
             "Royals win fourth straight\n"
             "Man killed in KCK shooting identified",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2014, 7, 23), place=("kansas city",))),
    # --- KMOV, Saturday afternoon in Walnut Park on Sunday's page; share-button words: 1 killed
    "st_louis_walnut_park_man_killed": dict(
        published=date(2017, 9, 24), title="Man shot, killed in north St. Louis",
        text="Facebook Twitter Email Print\n"
             "ST. LOUIS (KMOV.com) - A man was shot and killed in north St. Louis Saturday afternoon. Police said the "
             "man, believed to be in his early 20s, was shot in the 5600 block of Lalite Avenue in the Walnut Park "
             "East neighborhood around 4:30 p.m. He was taken to a hospital, where he was pronounced dead. "
             "Investigators said the victim was standing outside a friend's house when a gray car drove by and "
             "someone inside fired several shots. Homicide detectives are handling the investigation. No arrests "
             "have been made.\n"
             "Copyright 2017 KMOV (Meredith Corporation). All rights reserved.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 9, 23), place=("walnut park", "st. louis", "saint louis"))),
    # --- NBC10, a man shot in Kensington Friday night who died at Temple; Saturday's page: 1 killed
    "philadelphia_kensington_man_dies_at_temple": dict(
        published=date(2016, 11, 19), title="Man Shot Multiple Times in Kensington Dies",
        text="By NBC10 Staff\n"
             "A man is dead after he was shot multiple times in Philadelphia's Kensington neighborhood Friday night, "
             "police said. The shooting happened on East Cambria Street near Kensington Avenue just after 11 p.m. "
             "Officers found the 27-year-old man with gunshot wounds to his chest and stomach and drove him to "
             "Temple University Hospital in a patrol car. He was pronounced dead a short time later. Police "
             "recovered eight shell casings at the scene. No weapon was found and no arrests have been made, "
             "police said.\n"
             "Published Nov 19, 2016 at 6:41 AM",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 11, 18), place=("kensington", "philadelphia"))),
    # --- The Columbus Dispatch, early Friday in a Linden apartment parking lot, the same day's page: 1 killed
    "columbus_linden_apartment_lot_killing": dict(
        published=date(2017, 4, 14), title="Man killed in Linden apartment parking lot",
        text="By Dean Narciso, The Columbus Dispatch\n"
             "Posted Apr 14, 2017 at 10:25 AM\n"
             "A man was shot to death early Friday in the parking lot of a North Linden apartment complex, Columbus "
             "police said. Officers were called to the complex on East Weber Road about 2:10 a.m. and found the man "
             "lying between two parked cars. Medics took him to Grant Medical Center, where he was pronounced dead "
             "at 2:47 a.m. Residents told police they heard an argument and then four or five shots. The killing "
             "is the 39th homicide in Columbus this year. Anyone with information can call the homicide unit at "
             "614-645-4730.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 4, 14), place=("linden", "columbus"))),
    # --- WSOC, a photo caption; Sunday's killing at a west Charlotte complex on Monday's page: 1 killed
    "charlotte_west_apartment_complex_killing": dict(
        published=date(2016, 8, 22), title="CMPD: Man shot, killed at west Charlotte apartment complex",
        text="Photo: Crime scene tape at the Arbor Glen apartments (WSOC-TV)\n"
             "Updated: Aug 22, 2016 - 5:11 AM\n"
             "CHARLOTTE, N.C. - Charlotte-Mecklenburg police are investigating a deadly shooting at an apartment "
             "complex in west Charlotte. Officers were called to the complex on Clanton Road around 8:30 p.m. "
             "Sunday. They found a man who had been shot in a breezeway. Medic said he died at the scene. Police "
             "identified the victim as 31-year-old Derrick Sanders. Detectives said Sanders was visiting a relative "
             "at the complex. Police have not said what led to the shooting. It is the city's 48th homicide of the "
             "year.\n"
             "Copyright 2016 by WSOC-TV. All rights reserved.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 8, 21), place=("charlotte",))),
    # --- Review-Journal, late Saturday in an east valley parking lot on Sunday's page: 1 killed
    "las_vegas_east_valley_parking_lot_killing": dict(
        published=date(2017, 12, 3), title="Man fatally shot in east Las Vegas parking lot",
        text="By Rio Lacanlale, Las Vegas Review-Journal\n"
             "December 3, 2017 - 9:47 am\n"
             "A man was fatally shot late Saturday in a shopping center parking lot in the east valley, Las Vegas "
             "police said. Metropolitan Police Department officers responded about 11:20 p.m. to reports of a "
             "shooting near East Charleston Boulevard and Nellis Boulevard. They found a man with multiple gunshot "
             "wounds near a parked car. He was taken to University Medical Center, where he died. Lt. Dan McGrath "
             "said the man had been meeting someone to sell a cellphone. The shooter, described as a man in his "
             "20s, left in a white sedan. The Clark County coroner's office will identify the victim.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 12, 2), place=("las vegas",))),

    # ===== one or two people wounded =====
    # --- DNAinfo Chicago, a man shot in the leg in Englewood Saturday night; Sunday's page: 1 hurt
    "chicago_englewood_man_shot_in_leg": dict(
        published=date(2015, 4, 12), title="Man Shot in Leg in Englewood, Police Say",
        text="ENGLEWOOD - A 22-year-old man was shot in the leg Saturday night in Englewood, police said. The man "
             "was walking in the 6300 block of South Racine Avenue about 9:15 p.m. when someone on a bicycle rode "
             "up and fired, according to Officer Jose Estrada, a police spokesman. He was taken to Stroger Hospital, "
             "where his condition stabilized. The man told officers he did not see who shot him. Area South "
             "detectives are investigating.\n"
             "Related: 12 Shot, 2 Fatally, in Weekend Violence Across Chicago\n"
             "Share this story Facebook Twitter Email",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2015, 4, 11), place=("englewood", "chicago"))),
    # --- 19 Action News, two men wounded in a drive-by on East 93rd Street Saturday afternoon, the same day's
    # page: 2 hurt
    "cleveland_east_93rd_two_men_wounded": dict(
        published=date(2016, 3, 12), title="2 men wounded in drive-by shooting on Cleveland's east side",
        text="CLEVELAND, OH (WOIO) -\n"
             "Two men were wounded in a drive-by shooting on Cleveland's east side Saturday afternoon. Cleveland "
             "police said the men, ages 25 and 30, were standing outside a corner store on East 93rd Street near "
             "Kinsman Road around 4 p.m. when someone in a passing SUV opened fire. The 25-year-old was hit in the "
             "hip and the 30-year-old in the hand. Both were taken to MetroHealth Medical Center and are expected "
             "to recover. Police have no suspects.\n"
             "Copyright 2016 WOIO. All rights reserved.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2016, 3, 12), place=("cleveland",))),
    # --- WSB-TV, a man shot in the arm who walked into a fire station around 1:30 a.m. Sunday: 1 hurt
    "atlanta_man_shot_walks_into_fire_station": dict(
        published=date(2014, 6, 8), title="Man shot in arm walks into southwest Atlanta fire station",
        text="ATLANTA -\n"
             "Atlanta police are trying to find out who shot a man who then walked into a fire station for help. It "
             "happened around 1:30 a.m. Sunday. Firefighters at Fire Station 17 on Cascade Road said the man knocked "
             "on the door with a gunshot wound to his upper arm. They treated him until an ambulance took him to "
             "Grady Memorial Hospital. Police said he is expected to be OK. The man told investigators he was shot "
             "at an apartment complex a few blocks away, but he gave few other details. Officers searched the "
             "complex and found shell casings in the parking lot.\n"
             "Copyright 2014 by WSB-TV. All rights reserved.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2014, 6, 8), place=("atlanta",))),
    # --- WSMV, a woman hit by a stray bullet in her Antioch apartment shortly after midnight Friday: 1 hurt
    "nashville_antioch_woman_hit_by_stray_bullet": dict(
        published=date(2017, 10, 27), title="Woman hit by stray bullet while sleeping in Antioch apartment",
        text="Posted: Fri 7:48 AM, Oct 27, 2017\n"
             "NASHVILLE, TN (WSMV) - A woman was hit by a stray bullet while she slept in her Antioch apartment "
             "early Friday, Metro police said. Officers said someone fired several shots in the parking lot of the "
             "Hickory Pointe apartments on Bell Road shortly after midnight. One bullet went through the wall of a "
             "first-floor bedroom and struck the 52-year-old woman in the shoulder. She was taken to Vanderbilt "
             "University Medical Center with injuries that are not considered life-threatening. Her grandson, who "
             "was asleep in the next room, was not hurt. Police do not believe the woman was the target.\n"
             "Copyright 2017 WSMV (Meredith Corporation). All rights reserved.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 10, 27), place=("antioch", "nashville"))),
    # --- WDRB, a man in critical condition in the Shawnee neighborhood Sunday evening; Monday's page: 1 hurt
    "louisville_shawnee_man_critical": dict(
        published=date(2016, 5, 16), title="Man critically wounded in Shawnee neighborhood shooting",
        text="LOUISVILLE, Ky. (WDRB) -- A man is in critical condition after he was shot in the Shawnee "
             "neighborhood Sunday evening. LMPD spokesman Dwight Mitchell said officers were called to the 3800 "
             "block of West Broadway just after 6 p.m. and found a man in his 40s who had been shot several times. "
             "He was taken to University Hospital. Mitchell said the man was not able to talk to detectives. "
             "Nobody has been arrested. Anyone with information can call the department's anonymous tip line at "
             "574-LMPD.\n"
             "Copyright 2016 WDRB Media. All Rights Reserved.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2016, 5, 15), place=("shawnee", "louisville"))),
    # --- WKBW, a man and a woman wounded on the East Side Saturday night; Sunday's page; video headlines: 2 hurt
    "buffalo_east_side_man_and_woman_wounded": dict(
        published=date(2016, 10, 9), title="Two people shot on Buffalo's East Side",
        text="0:45 Fire damages Cheektowaga home 1:20 Woman killed in Niagara Falls crash\n"
             "BUFFALO, N.Y. (WKBW) - A man and a woman were shot on Buffalo's East Side Saturday night, police said. "
             "It happened around 11:15 p.m. on Sobieski Street near Broadway. Police said the 29-year-old man was "
             "shot in the back and the 26-year-old woman was shot in the foot. Both were taken to Erie County Medical "
             "Center. Their injuries are not believed to be life-threatening. Police said the two were sitting on a "
             "porch when a man walked up and started shooting. Anyone with information is asked to call the "
             "confidential TIP CALL line at 716-847-2255.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2016, 10, 8), place=("buffalo",))),
    # --- KENS 5, road rage on Loop 410 Sunday afternoon, the same day's page: 1 hurt
    "san_antonio_loop_410_road_rage": dict(
        published=date(2015, 1, 25), title="Driver shot in road rage incident on Loop 410",
        text="SAN ANTONIO - A driver was shot in an apparent road rage incident on Loop 410 on the Northeast Side "
             "Sunday afternoon, San Antonio police said. Police said two drivers had been cutting each other off "
             "near Perrin Beitel Road just before 3 p.m. when the driver of a red pickup fired into a Honda Civic. "
             "The Civic's driver, a man in his 30s, was struck in the neck. He managed to pull onto the shoulder, "
             "and passing motorists called 911. He was taken to Brooke Army Medical Center in serious condition. "
             "The pickup was last seen heading west. Police asked drivers who saw the shooting to call them.\n"
             "Copyright 2015 KENS",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2015, 1, 25), place=("san antonio",))),

    # ===== domestic killings =====
    # --- Journal Gazette, a husband who killed his wife and then himself, Saturday; Sunday's page; a hotline line:
    # 2 killed (the husband an attacker)
    "fort_wayne_husband_kills_wife_and_himself": dict(
        published=date(2017, 6, 4), title="Police: Husband killed wife, then himself",
        text="FORT WAYNE, Ind. - A man shot and killed his wife inside their southwest Fort Wayne home Saturday "
             "before turning the gun on himself, police said. Officers were called to the house on Covington Road "
             "around 5:40 p.m. after a relative who had not been able to reach the couple went inside and found "
             "them. The Allen County coroner identified them as Linda Harmon, 58, and Gary Harmon, 61. Police said "
             "the deaths were a murder-suicide and that no one else is being sought. Neighbors said the couple had "
             "lived on the street for more than 20 years.\n"
             "If you or someone you know is in an abusive relationship, call the National Domestic Violence Hotline "
             "at 1-800-799-7233.",
        killed=2, injured=0, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2017, 6, 3), place=("fort wayne",))),
    # --- KOB 4, a woman killed by her ex-boyfriend, who was arrested; her children, 3 and 6, in the home and not
    # hurt: 1 killed
    "albuquerque_woman_killed_by_ex_boyfriend": dict(
        published=date(2016, 12, 21), title="Woman shot dead, ex-boyfriend arrested, APD says",
        text="ALBUQUERQUE, N.M. - Albuquerque police arrested a man they say shot and killed his ex-girlfriend "
             "Tuesday night in her Southeast Albuquerque apartment. Officers were called to the apartment near "
             "Central Avenue and Louisiana Boulevard around 7 p.m. and found 28-year-old Maria Cordova with a "
             "gunshot wound to the chest. She died at the scene. Her two children, ages 3 and 6, were in the "
             "apartment at the time but were not hurt, police said. Detectives said Anthony Baca, 31, had been "
             "told by a judge last month to stay away from Cordova. He was arrested a few hours later at a motel "
             "and charged with murder.\n"
             "Copyright 2016 KOB-TV LLC, A Hubbard Broadcasting Company",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2016, 12, 20), place=("albuquerque",))),
    # --- WYFF, a man who killed his estranged wife and her mother, then himself; their daughter of 8 at a
    # neighbor's house: 3 killed (the man an attacker)
    "greenville_estranged_wife_and_mother_killed": dict(
        published=date(2015, 9, 5), title="Coroner: Man killed estranged wife, her mother, then himself",
        text="GREENVILLE COUNTY, S.C. -\n"
             "A man shot and killed his estranged wife and her mother Saturday morning before killing himself, "
             "the Greenville County coroner said. Deputies were called to a home on Old Buncombe Road near "
             "Travelers Rest around 9:15 a.m. Coroner Parks Evans said Tammy Hollis, 39, and her mother, Ruth "
             "Greer, 64, were found in the living room, and James Hollis, 42, was found in the backyard. Deputies "
             "said the couple had separated in the spring. The couple's 8-year-old daughter was at a neighbor's "
             "house and was not hurt. Sheriff Steve Loftis called it a tragedy for the community.\n"
             "Copyright 2015 by WYFF4.com. All rights reserved.",
        killed=3, injured=0, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2015, 9, 5), place=("travelers rest", "greenville"))),
    # --- The Clarion-Ledger, a wife who shot her husband Saturday night, charged; Monday's page: 1 hurt
    "jackson_wife_shoots_husband_charged": dict(
        published=date(2016, 5, 2), title="Woman charged after husband shot during argument",
        text="By Jimmie E. Gates, The Clarion-Ledger\n"
             "A Jackson woman has been charged with aggravated assault after police say she shot her husband "
             "during an argument Saturday night. Jackson police spokesman Officer Colendula Green said Tonya "
             "Pickett, 44, shot her 47-year-old husband in the abdomen at their home on Robinson Road about 10 p.m. "
             "He was taken to the University of Mississippi Medical Center and was in critical but stable "
             "condition Sunday. Pickett remained at the home until officers arrived. Her bond was set at $50,000 "
             "on Monday.",
        killed=0, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2016, 4, 30), place=("jackson",))),
    # --- KWCH, a man who killed his girlfriend and wounded her son of 15, arrested; Sunday's page: 1 killed, 1 hurt
    # (a teen)
    "wichita_girlfriend_killed_son_15_wounded": dict(
        published=date(2014, 11, 23), title="Woman killed, teen son wounded in south Wichita shooting",
        text="WICHITA, Kan. (KWCH) A woman was killed and her 15-year-old son was wounded in a shooting at their "
             "south Wichita home Saturday night. Wichita police said officers were called to the home in the 1700 "
             "block of South Hydraulic around 10:30 p.m. The woman, 37, died at the scene. Her son was shot in the "
             "arm and taken to Wesley Medical Center. Police arrested the woman's boyfriend, a 40-year-old man, "
             "near the home a short time later. Captain Doug Nolte said the couple had been arguing. The boy's "
             "injuries are not life-threatening.\n"
             "Copyright 2014 KWCH. All rights reserved.",
        killed=1, injured=1, **minors(teens=(0, 1)), attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2014, 11, 22), place=("wichita",))),

    # ===== robberies =====
    # --- ABC12, a clerk killed in a gas station robbery Saturday night on Dort Highway; Sunday's page: 1 killed
    "flint_gas_station_clerk_killed_in_robbery": dict(
        published=date(2016, 7, 10), title="Gas station clerk shot and killed during robbery in Flint",
        text="FLINT, Mich. (WJRT) - A gas station clerk was shot and killed during a robbery on Flint's east side "
             "Saturday night. Flint police said a man wearing a hooded sweatshirt walked into the Sunoco station on "
             "North Dort Highway around 9:30 p.m., demanded money and then shot the clerk. The clerk, a 45-year-old "
             "father of three, died at Hurley Medical Center. The robber ran off with an undetermined amount of "
             "cash. Michigan State Police are assisting with the investigation. A $2,500 reward is being offered "
             "through Crime Stoppers of Flint and Genesee County.\n"
             "Copyright 2016 ABC12. All rights reserved.",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2016, 7, 9), place=("flint",))),
    # --- Richmond Times-Dispatch, a pizza delivery driver robbed and shot Saturday night; Sunday's page: 1 hurt
    "richmond_delivery_driver_shot_in_robbery": dict(
        published=date(2015, 3, 1), title="Pizza delivery driver shot during robbery in South Richmond",
        text="A pizza delivery driver was shot and wounded during a robbery in South Richmond on Saturday night, "
             "police said. The driver, a 23-year-old man, had just delivered an order to a house in the 2100 block "
             "of Hopkins Road around 10 p.m. when two men approached him and demanded his money, according to "
             "Richmond police. One of the men shot him in the leg after he handed over his wallet, police said. "
             "The robbers ran toward Walmsley Boulevard. The driver was taken to VCU Medical Center with a wound "
             "that was not considered life-threatening.\n"
             "Sign up for our daily headlines newsletter",
        killed=0, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2015, 2, 28), place=("richmond",))),
    # --- ABC15, a would-be robber shot dead by a clerk around 3 a.m. Saturday, the same day's page: 1 killed
    # (the robber, an attacker)
    "phoenix_robber_shot_dead_by_clerk": dict(
        published=date(2017, 1, 14), title="PD: Clerk shoots, kills armed robber at west Phoenix store",
        text="PHOENIX - Police say a convenience store clerk shot and killed a man who tried to rob the store early "
             "Saturday in west Phoenix. Sgt. Jonathan Howard said the man walked into the Circle K near 43rd Avenue "
             "and Thomas Road around 3 a.m., pointed a handgun at the clerk and demanded cash. The clerk pulled his "
             "own gun and fired, hitting the man several times. The man died at the scene. The clerk, 34, was not "
             "hurt. Howard said the clerk was cooperating with detectives and the case will be reviewed by the "
             "Maricopa County Attorney's Office.\n"
             "Copyright 2017 Scripps Media, Inc. All rights reserved.",
        killed=1, injured=0, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2017, 1, 14), place=("phoenix",))),

    # ===== officer-involved shootings =====
    # --- 9News, a man who pointed a gun at officers shot dead Saturday afternoon, the same day's page: 1 killed (an
    # attacker)
    "denver_man_pointing_gun_killed_by_officers": dict(
        published=date(2016, 8, 6), title="Denver police shoot, kill man who pointed gun at officers",
        text="Author: 9NEWS Staff\n"
             "Published: 7:15 PM MDT August 6, 2016\n"
             "DENVER - A man was shot and killed by Denver police officers Saturday afternoon after he pointed a "
             "handgun at them, the department said. Officers were called to an apartment building on East Colfax "
             "Avenue near Pennsylvania Street around 3:45 p.m. for a report of a man threatening people with a gun. "
             "When officers confronted him in the lobby he raised the weapon toward them, and two officers fired, "
             "police said. He died at Denver Health Medical Center. No officers were injured. The officers have "
             "been placed on paid administrative leave, which is standard.",
        killed=1, injured=0, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2016, 8, 6), place=("denver",))),
    # --- WPXI, a man wounded by an officer after he fired at police early Saturday: 1 hurt (an attacker)
    "pittsburgh_man_wounded_after_firing_at_officers": dict(
        published=date(2017, 5, 20), title="Police: Man shot by officer after firing at police in Homewood",
        text="PITTSBURGH - A man was shot by a Pittsburgh police officer early Saturday after he fired at officers "
             "in Homewood, police said. Officers were investigating a report of shots fired on North Homewood "
             "Avenue around 1:10 a.m. when a man ran from them and fired a handgun over his shoulder, according to "
             "police. One officer fired back, striking him in the leg. The man, 24, was taken to UPMC Presbyterian "
             "in stable condition. No officers were hurt. Police recovered a 9 mm pistol. The Allegheny County "
             "Police Department is investigating, as it does in all shootings involving city officers.\n"
             "Copyright 2017 Cox Media Group",
        killed=0, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2017, 5, 20), place=("homewood", "pittsburgh"))),
    # --- WFTV, a deputy shot in the shoulder and his attacker killed on the night of July 4; Sunday's page: 1
    # killed (an attacker), 1 hurt (the deputy)
    "orlando_deputy_wounded_suspect_killed": dict(
        published=date(2015, 7, 5), title="Orange County deputy shot, suspect killed in Pine Hills",
        text="ORANGE COUNTY, Fla. - An Orange County deputy was shot and the man who shot him was killed in an "
             "exchange of gunfire in Pine Hills on Saturday night, the sheriff's office said. Sheriff Jerry Demings "
             "said the deputy stopped a man walking on Silver Star Road around 10:20 p.m. because he matched the "
             "description of a man who had fired shots at a Fourth of July gathering. The man pulled a gun and shot "
             "the deputy in the shoulder, and the deputy returned fire. The man died at the scene. The deputy, an "
             "eight-year veteran, was taken to Orlando Regional Medical Center and is expected to recover.\n"
             "Copyright 2015 by WFTV.com. All rights reserved.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2015, 7, 4), place=("pine hills", "orange county", "orlando"))),

    # ===== children shot with a gun left within reach =====
    # --- WSFA, a boy of 4 who found a gun and shot himself Saturday afternoon: 1 hurt (a child)
    "montgomery_boy_4_shoots_himself": dict(
        published=date(2016, 1, 30), title="4-year-old boy shoots himself with gun found in home",
        text="MONTGOMERY, AL (WSFA) -\n"
             "A 4-year-old boy is in critical condition after he accidentally shot himself Saturday afternoon, "
             "Montgomery police said. Police said the boy found a handgun in a bedroom of a home on Rosa Parks "
             "Avenue around 2:30 p.m. and it went off, hitting him in the chest. He was taken to Baptist Medical "
             "Center South and later flown to Children's of Alabama in Birmingham. Several adults were in the home "
             "at the time. Investigators are trying to determine who owned the gun and whether charges will be "
             "filed.\n"
             "Copyright 2016 WSFA 12 News. All rights reserved.",
        killed=0, injured=1, **minors(children=(0, 1)),
        first=dict(start=date(2016, 1, 30), place=("montgomery",))),
    # --- WBIR, a girl of 11 killed by her brother of 13 handling a rifle Saturday evening; Sunday's page: 1 killed
    # (a child; the brother is no victim)
    "knoxville_girl_11_killed_by_brother_13": dict(
        published=date(2017, 2, 12), title="KCSO: 11-year-old girl killed when brother's rifle goes off",
        text="KNOX COUNTY, Tenn. (WBIR) - An 11-year-old girl died after her 13-year-old brother accidentally shot "
             "her at their home in North Knox County on Saturday evening, the Knox County Sheriff's Office said. "
             "Deputies said the boy was handling a .22-caliber rifle in an upstairs bedroom of the home on Emory "
             "Road around 6 p.m. when it fired. The girl was struck in the head. She was taken to East Tennessee "
             "Children's Hospital, where she died. The children's parents were home at the time. Investigators "
             "said no charges are expected. Grief counselors will be at Powell Middle School on Monday.",
        killed=1, injured=0, **minors(children=(1, 0)),
        first=dict(start=date(2017, 2, 11), place=("knox county", "knoxville", "powell"))),
    # --- WFLA, a boy of 2 killed with a gun from his mother's purse in a car Saturday; Sunday's page: 1 killed (a
    # child)
    "tampa_toddler_dies_gun_in_purse": dict(
        published=date(2014, 8, 17), title="Toddler dies after shooting himself with gun from mom's purse",
        text="TAMPA, Fla. - A 2-year-old boy died Saturday after he shot himself with a gun he found in his mother's "
             "purse, Tampa police said. The boy was in the back seat of a car parked outside a store on North "
             "Nebraska Avenue around 4 p.m. while his mother went inside, police said. He reached into her purse, "
             "which she had left on the seat, and found a loaded .380-caliber handgun. The gun went off, hitting "
             "him in the abdomen. He was taken to St. Joseph's Children's Hospital and died a short time later. "
             "Police said the mother has a concealed weapons license. The case will be sent to the State "
             "Attorney's Office to decide whether charges are warranted.",
        killed=1, injured=0, **minors(children=(1, 0)),
        first=dict(start=date(2014, 8, 16), place=("tampa",))),
    # --- KATV, a boy of 9 hit when his stepfather's handgun fired as he cleaned it; Sunday's page: 1 hurt (a child)
    "little_rock_stepson_9_shot_cleaning_gun": dict(
        published=date(2015, 10, 18), title="9-year-old wounded when stepfather's gun goes off",
        text="LITTLE ROCK, Ark. (KATV) - A 9-year-old boy was shot Saturday night when his stepfather's handgun went "
             "off while the man was cleaning it, Little Rock police said. Officers were called to a home on Baseline "
             "Road around 8:45 p.m. The man told officers he thought the pistol was unloaded. The bullet went "
             "through a wall and hit the boy in the hip while he was watching television in the next room. He was "
             "taken to Arkansas Children's Hospital in stable condition. Police said the stepfather, 33, was "
             "cooperating, and no charges had been filed Sunday.\n"
             "Copyright 2015 KATV",
        killed=0, injured=1, **minors(children=(0, 1)),
        first=dict(start=date(2015, 10, 17), place=("little rock",))),

    # ===== teens shot =====
    # --- NJ.com, a boy of 16 killed in the South Ward Saturday night; Sunday's page; a "Most read" list: 1 killed
    # (a teen)
    "newark_south_ward_boy_16_killed": dict(
        published=date(2016, 6, 26), title="Newark teen, 16, fatally shot in South Ward",
        text="NEWARK -- A 16-year-old boy was shot and killed in the city's South Ward on Saturday night, the Essex "
             "County Prosecutor's Office said. Jamal Whitfield, of Newark, was found on Chadwick Avenue near Bergen "
             "Street with gunshot wounds around 9:10 p.m., prosecutor's spokeswoman Katherine Carter said. He was "
             "pronounced dead at University Hospital at 9:42 p.m. No arrests have been made. Whitfield was a "
             "sophomore at Weequahic High School, a cousin said. Anyone with information is asked to call the "
             "prosecutor's tip line at 877-847-7432.\n"
             "Most read on NJ.com\n"
             "2 killed in Route 287 crash\n"
             "Jersey Shore beach closed after shark sighting",
        killed=1, injured=0, **minors(teens=(1, 0)),
        first=dict(start=date(2016, 6, 25), place=("newark", "south ward"))),
    # --- East Bay Times, a boy of 17 wounded near a high school Thursday afternoon, a boy of 15 arrested (no
    # victim); Friday's page: 1 hurt (a teen)
    "oakland_teen_17_wounded_near_high_school": dict(
        published=date(2017, 9, 15), title="Oakland: Teen shot near high school; 15-year-old arrested",
        text="OAKLAND - A 17-year-old boy was shot and wounded a block from Fremont High School on Thursday "
             "afternoon, and a 15-year-old was arrested a short time later, police said. The shooting happened "
             "around 3:25 p.m. on Foothill Boulevard near 47th Avenue, shortly after classes let out, according to "
             "Oakland police. The 17-year-old was hit in the thigh and taken to Highland Hospital. He is expected "
             "to survive. Officers found the younger boy hiding in a backyard nearby and recovered a revolver. "
             "Police said the two knew each other from the neighborhood. School district officials said extra "
             "counselors would be on campus Friday.",
        killed=0, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2017, 9, 14), place=("oakland",))),
    # --- WTOC, two boys of 14 and 16 wounded at a park's basketball court Saturday evening; Sunday's page: 2 hurt
    # (two teens)
    "savannah_two_teens_wounded_at_park": dict(
        published=date(2014, 9, 21), title="Two teens shot at Savannah park basketball court",
        text="SAVANNAH, GA (WTOC) -\n"
             "Two teenagers were shot at a basketball court in a Savannah park on Saturday evening, Savannah-Chatham "
             "Metropolitan Police said. Officers responded to Wells Park on Hopkins Street around 6:40 p.m. and "
             "found a 14-year-old boy and a 16-year-old boy with gunshot wounds. The younger boy was shot in the arm "
             "and the older boy in the leg. Both were taken to Memorial University Medical Center with injuries "
             "that are not life-threatening. Witnesses told police several young men were arguing on the court "
             "before the shots were fired.\n"
             "Copyright 2014 WTOC. All rights reserved.",
        killed=0, injured=2, **minors(teens=(0, 2)),
        first=dict(start=date(2014, 9, 20), place=("savannah",))),
    # --- Post-Tribune, a drive-by Saturday night: a man of 18 killed and a boy of 15 wounded; Labor Day's page:
    # 1 killed, 1 hurt (a teen)
    "gary_drive_by_18_killed_15_wounded": dict(
        published=date(2016, 9, 5), title="Gary man, 18, killed; teen wounded in drive-by shooting",
        text="An 18-year-old Gary man was killed and a 15-year-old boy was wounded in a drive-by shooting Saturday "
             "night, according to police and the Lake County coroner's office. The shooting happened around 11:30 "
             "p.m. in the 2200 block of Massachusetts Street, Gary police Cmdr. Jack Hamady said. Deshawn Ellis, "
             "18, was pronounced dead at Methodist Hospitals' Northlake campus, the coroner's office said. The "
             "15-year-old was shot in the foot and was treated and released. Hamady said the two were standing "
             "outside a house when a dark van passed and someone inside fired at least 10 shots.\n"
             "Post-Tribune",
        killed=1, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2016, 9, 3), place=("gary",))),

    # ===== a party, a block party, a nightclub with several hurt =====
    # --- WAFB, a house party early Saturday: a man killed and four wounded, one of them 17, the same day's page:
    # 1 killed, 4 hurt (a teen)
    "baton_rouge_house_party_one_killed_four_hurt": dict(
        published=date(2017, 11, 11), title="1 dead, 4 injured in shooting at Baton Rouge house party",
        text="BATON ROUGE, LA (WAFB) -\n"
             "One person was killed and four others were injured in a shooting at a house party in north Baton "
             "Rouge early Saturday morning, according to the Baton Rouge Police Department. Police said the "
             "shooting happened around 1:15 a.m. in the 4500 block of Prescott Road. Officials said a 21-year-old "
             "man died at the scene. The four people who were injured, including a 17-year-old girl, were taken to "
             "area hospitals. Their injuries are not believed to be life-threatening. Police said more than 50 "
             "people were at the party when a fight broke out and someone started shooting.\n"
             "Copyright 2017 WAFB. All rights reserved.",
        killed=1, injured=4, **minors(teens=(0, 1)),
        first=dict(start=date(2017, 11, 11), place=("baton rouge",))),
    # --- Hartford Courant, a block party Saturday evening: four wounded, one a girl of 9; Sunday's page: 4 hurt
    # (a child)
    "hartford_block_party_four_wounded_girl_9": dict(
        published=date(2015, 6, 21), title="Four shot, including 9-year-old girl, at Hartford block party",
        text="HARTFORD — Four people, including a 9-year-old girl, were shot at a block party in the city's North "
             "End on Saturday evening, police said. Police spokesman Lt. Brian Foley said gunfire broke out on "
             "Garden Street near Capen Street around 7:50 p.m., when dozens of people were gathered outside for "
             "the party. The girl was grazed on the leg. Three men, ages 19, 24 and 33, were also wounded, Foley "
             "said. All four were taken to Saint Francis Hospital and Connecticut Children's Medical Center and "
             "are expected to survive. Foley said the girl was an innocent bystander.",
        killed=0, injured=4, **minors(children=(0, 1)),
        first=dict(start=date(2015, 6, 20), place=("north end", "hartford"))),
    # --- WIS, three people hurt outside a nightclub around 2:15 a.m. Sunday, the same day's page: 3 hurt
    "columbia_nightclub_three_hurt": dict(
        published=date(2014, 4, 27), title="Three shot outside Columbia nightclub",
        text="COLUMBIA, SC (WIS) -\n"
             "Three people were shot outside a Columbia nightclub early Sunday morning, according to the Columbia "
             "Police Department. Police said the shooting happened around 2:15 a.m. in the parking lot of a club on "
             "Two Notch Road as people were leaving. Two men and a woman were hurt. One of the men is in serious "
             "condition at Palmetto Health Richland, and the other two have minor injuries, police said. "
             "Investigators believe the shots came from a car leaving the lot.\n"
             "Copyright 2014 WIS. All rights reserved.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2014, 4, 27), place=("columbia",))),

    # ===== follow-ups =====
    # --- Akron Beacon Journal, Monday's page: the medical examiner names a man killed Saturday night: 1 killed
    "akron_medical_examiner_names_man_killed": dict(
        published=date(2017, 3, 27), title="Medical examiner identifies man killed in Akron shooting",
        text="By Doug Livingston, Beacon Journal staff writer\n"
             "The Summit County Medical Examiner's Office on Monday identified the man who was shot and killed "
             "Saturday night in Akron's North Hill neighborhood. Terrell Mason, 26, of Akron, died from a gunshot "
             "wound to the chest, the office said. Akron police said officers found Mason in the 800 block of "
             "North Main Street shortly before 11 p.m. Saturday. He was pronounced dead at Akron General Medical "
             "Center. Police have made no arrests. Anyone with information can call the Akron police detective "
             "bureau at 330-375-2490.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 3, 25), place=("north hill", "akron"))),
    # --- WAVY, Tuesday's page: a man arrested in a killing "on the 1200 block of ... on Friday": 1 killed
    "norfolk_arrest_in_friday_killing": dict(
        published=date(2016, 3, 1), title="Arrest made in Friday's deadly shooting in Norfolk",
        text="NORFOLK, Va. (WAVY) - Norfolk police have arrested a 19-year-old man in connection with a deadly "
             "shooting on the 1200 block of Church Street on Friday. Police said Marcus Tyler, of Norfolk, was "
             "taken into custody Monday afternoon and charged with second-degree murder and use of a firearm in "
             "the commission of a felony. The victim, 34-year-old Andre Simmons, was shot around 8:20 p.m. and died "
             "at Sentara Norfolk General Hospital. Police have not said what led to the shooting.\n"
             "Copyright 2016 WAVY-TV.\n"
             "Share this: Facebook Twitter Google+",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 2, 26), place=("norfolk",))),
    # --- WOWT, Friday's page: a man shot Tuesday who died Thursday: 1 killed
    "omaha_man_shot_tuesday_dies": dict(
        published=date(2015, 12, 11), title="Man shot in north Omaha Tuesday has died",
        text="Posted: Fri 6:20 AM, Dec 11, 2015\n"
             "OMAHA, Neb. (WOWT) - A man who was shot in north Omaha on Tuesday has died, and his death is now being "
             "investigated as a homicide, Omaha police said. Police said Carl Dixon, 52, was shot in the stomach "
             "near North 30th and Ames Avenue around 7:40 p.m. Tuesday. He was taken to Creighton University "
             "Medical Center, where he died Thursday afternoon. Investigators said Dixon was walking to a bus stop "
             "when a man approached him and the two argued. No arrests have been made.\n"
             "Copyright 2015 WOWT",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2015, 12, 8), place=("omaha",))),
    # --- WTVD, Tuesday's page: a boy of 17 charged in a Sunday-night shooting that wounded a man (the 17-year-old
    # is no victim): 1 hurt
    "durham_17_year_old_charged_man_wounded": dict(
        published=date(2016, 10, 25), title="17-year-old charged in Durham shooting that injured man",
        text="DURHAM, N.C. (WTVD) -- A 17-year-old has been charged in a shooting that injured a man in east Durham "
             "on Sunday night. Durham police said the teen was arrested Monday and charged with assault with a "
             "deadly weapon with intent to kill inflicting serious injury. Police said the 38-year-old victim was "
             "shot in the chest on Angier Avenue near Driver Street around 9 p.m. Sunday. He remains at Duke "
             "University Hospital in serious condition. Police identified the teen as "
             "Jalen Bryant, of Durham. He is being held at the Durham County jail under a $250,000 bond.\n"
             "(Copyright ©2016 WTVD-TV/DT. All Rights Reserved.)",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2016, 10, 23), place=("durham",))),
}


XFAIL: dict[tuple[str, str], str] = {
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_ABBREVIATIONS = re.compile(r"\b(?:a\.m|p\.m|St|Sgt|Lt|Cmdr|Mr|Mrs|Ms|Dr|Ind|Ark|Kan|Ky|Mo|Neb|Tenn|Va|Fla|Mich|"
                            r"N\.C|N\.M|N\.Y|S\.C|Inc|Jan|Feb|Aug|Sep|Oct|Nov|Dec|Mass|Ga|mm)\.")


def test_the_set_is_large_typical_and_of_its_years():
    assert 44 <= len(CASES) <= 50
    SET.check_years(range(2014, 2018))
    assert SET.minor_victim_cases() >= 9
    SET.check_figures_fit()
    # representative, not adversarial: most pages tell one victim
    SET.check_typical_pages(_ABBREVIATIONS, sentences=range(3, 18), max_days_after=5)


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_attackers_injured = SET.attackers_injured_test()
