"""Third typical reconciliation set: a representative (not adversarial) sample of US shootings of 2014-2017 as the Gun
Violence Archive files them, each told by the local pages that reported it, as a scraper returns those pages. Twenty-two
invented incidents and 55 invented reports (one to four an incident) of local TV station sites, city papers and the AP
state wire (one AP story and a second outlet's copy of it with small edits), written before the pipeline was run on
them. Places, agencies, hospitals and outlets are real; every incident, person, official and sentence is invented, none
is taken from the development data or from another challenge set. It uses the reconciliation sets' harness
(tests/challenge_harness.py, IncidentSet).

The mix is the archive's ordinary one: eight incidents of one death (a man in an Indianapolis apartment parking lot, a
man in a parked car in Milwaukee, a man on a West Baltimore avenue, a man in a Tucson parking lot, a woman shot by her
boyfriend in Louisville, a man shot by his neighbour near Travelers Rest; a boy of 16 at a Memphis store, a boy of 17 in
Kansas City), nine of one or two wounded (two men on an Indianapolis basketball court, a man and a woman in a Memphis
drive-by, a girl of 9 hit by a stray bullet on a Milwaukee porch, a man in Northeast Baltimore, a boy of 4 who shot
himself with his father's pistol in Tulsa, a man in Albany, a robbery suspect shot by a Columbus officer, a boy of 14 in
Richmond, a driver in a Mesa road rage shooting), a murder-suicide (Canton), one dead and one hurt outside a Great Falls
bar, and the few with 3+ victims: an Ensley house party in Birmingham (one dead, three hurt, then a fourth wounded man
who reached a hospital on his own, a girl of 15 among the wounded), a West Garfield Park porch in Chicago (three hurt, a
boy of 13 among them) and a Shreveport nightclub lot (three hurt, one of whom died two days later).

The reports, as such pages run: the station's item the same night or next morning (often without names or ages: "a
teenager", "a woman in her 30s"), the paper's follow-up naming the victim, an update with a revised count ("A fourth
person wounded ... showed up at a hospital hours later", "One of three men shot ... has died"), an arrest or charge
story days or weeks later retelling the shooting briefly ("on June 12", "on Sept. 17", "earlier this month", "last
month", "over the weekend"), and AP's Montana wire story with the Billings Gazette's copy of it with small edits (Great
Falls). Page furniture, as scraped: "Posted: ... | Updated: ..." stamps (three posted the evening before the publication
day the scraper gives), a sign-in block, video headlines with durations, "RELATED:" / "Related Content" / "SUGGESTED
STORIES" / "Most Popular" / "Latest Chicago shooting news" links carrying other stories' tolls ("Two hurt in crash on
I-465", "Man, 20, shot dead in Englewood", "Teen hurt in Park Heights shooting (1:05)"), copyright lines, Crime Stoppers
numbers, a domestic-violence hotline; three pages are mostly furniture around a headline and one to three sentences of
story (the Albany page, the only report of its shooting; the Mesa page, likewise; the Tribune's brief on the Chicago
porch). Clutter inside the stories: city homicide counts ("the 61st criminal homicide in Indianapolis this year",
"Shreveport's 31st homicide of 2017"), a paper's tallies ("at least the 10th person under 18 killed in Memphis this
year", "at least 60 children and teens shot in Milwaukee so far this year", "At least 2,600 people have been shot in
Chicago this year"), people at the scene who were not hurt (children at a playground, a grandmother, a woman's two
children of 6 and 10 asleep in another room, a store clerk), minors and adults charged who are not victims (a boy of 16
in Kansas City, a man of 18 in Memphis), and two background sentences about the other shooting of a pair (the
Indianapolis basketball-court story's "less than two days after a man was fatally shot at an east side apartment
complex"; the Sun's Edmondson Avenue follow-up's "In another, a 24-year-old man was shot in the leg about 40 minutes
later in the Belair-Edison neighborhood").

Pairs that must stay apart: three of different incidents in one city within a few days, Indianapolis (a man killed on
North Post Road on Friday night; two men wounded at Watkins Park on Sunday afternoon; the IndyStar covers both, on the
same Monday, and the first's follow-up links to the second under "RELATED:"), Memphis (a boy of 16 killed at a
Whitehaven store on Saturday night; a man and a woman wounded on Jackson Avenue in North Memphis on Monday afternoon;
WREG covers both, with a "RELATED:" link to the first on the second's page), Milwaukee (a girl of 9 wounded on a North
35th Street porch on Saturday night; a man killed in a car on West Center Street early Monday; FOX6 and the Journal
Sentinel cover both, with the same Crime Stoppers line and stamp form); and one pair of shootings in Baltimore on the
same Saturday night about 40 minutes and some 10 km apart (a man killed on Edmondson Avenue in West Baltimore about
10:10 p.m.; a man wounded on Belair Road in Northeast Baltimore about 10:50 p.m.), the first's station page linking the
second under "Related Content" and the Sun's follow-up of the first recalling the second.

The gold is what a careful GVA coder records for each incident from all its reports under docs/conventions.md: the day
the shooting happened (a shooting "at about 1:45 a.m." Saturday, "around 1:15 a.m." Monday, "around 2 a.m." Sunday,
"around 3:15 a.m." Sunday or "around 1:30 a.m." Sunday is that day's; never the day of a death, an arrest, a charge, an
identification or a page stamp); the latest credible toll (Birmingham: 1 killed, 4 injured after the fourth wounded man;
Shreveport: 1 killed, 2 injured after "has died"); children 0-11, teens 12-17 (the Memphis "teenager" of the first
report is the boy of 16 of the later ones: one teen killed). Judgements where docs/conventions.md is silent, as a GVA
coder records them: the Canton husband who shot his wife and then himself is among the killed (2 killed; GVA counts a
shooter's suicide); the Columbus robbery suspect shot by an officer is one injured (GVA counts suspects shot by police);
the Tulsa boy of 4 who shot himself with a pistol found in a nightstand is a child injured (GVA files unintentional
shootings); the Great Falls man detained and the Louisville boyfriend arrested are not victims; the Kansas City boy of
16 charged is no teen victim. Independent sources are the outlets that reported (AP's story and the Gazette's copy of it
count once, as AP's); every outlet of this set told one story of its incident, so the count is the incident's reports
less the copy, and all 22 are given. The grade is docs/warehouse.md's: single-source for the two one-report incidents
(Albany, Mesa), corroborated for the multi-report ones given (Shreveport's fewer wounded after the death is a revision,
not a contradiction; Birmingham's wounded only rise).

First run (worktree of main 92b9ceb, extractor 0.27.0, before any fix), passing / checked: together 21/22, apart 16/22,
killed 19/22, injured 19/22, children killed 22/22, children injured 22/22, teens killed 21/22, teens injured 22/22,
date 20/22, independent sources 15/22, grade 10/12; B-cubed precision 0.876, recall 0.982, F1 0.926 (209 of 234 tests
passed). No text or gold was changed after the run; BCUBED_F1_FLOOR was committed with a provisional 0.90 and kept (the
run's 0.926 less a margin). Every failure belongs to three pairs and one incident, each told in a strict xfail (XFAIL)
with its class:
- a merge of one city's two shootings two days apart by a capitalized numeral taken for a rare name (16, two pairs):
  "Two" opens furniture lines and ledes ("VIDEO: Two hurt in crash on I-465 at Allisonville Road (1:12)", "RELATED: Two
  men wounded in shooting at northwest side basketball court", "Two men were wounded Sunday afternoon"; "Two dead after
  crash on Interstate 240" under SUGGESTED STORIES, "Police: Two shot while standing outside North Memphis home") and is
  counted a rare name of the feed (7 articles) shared with the city's name; in Memphis the second story's "RELATED:
  16-year-old shot to death outside Whitehaven store" adds "Whitehaven". Indianapolis (7): apart x2, Watkins Park's
  killed 1 for 0 and date June 12 for June 14, Post Road's injured 2 for 0 (the Watkins Park wounded, and the WTHR
  page's video headline "Two hurt in crash" read as its 2 injured), sources 5 for 3 and 5 for 2. Memphis (9): apart x2,
  Jackson Avenue's killed 1 for 0, injured 0 for 2 (the three reports of the killing vote none hurt), teens killed 1 for
  0, date Sept. 17 for Sept. 19 and grade contested for corroborated (WREG's page reads 2 killed from its "Two dead
  after crash" link), sources 5 for 3 and 5 for 2;
- a merge of one city's two shootings of the same night 10 km apart (6): both station items place their figure at the
  city ("Baltimore": "West Baltimore" and "Northeast Baltimore" are read as the city, Edmondson Village is named only in
  WBAL's title), the same day, and the WBAL item gives no age to keep them apart by; its "Related Content" link "Police:
  Man shot in Northeast Baltimore" shares "Northeast" with WJZ's item, and the Sun's follow-up background sentence "In
  another, a 24-year-old man was shot in the leg about 40 minutes later in the Belair-Edison neighborhood of Northeast
  Baltimore" is read as its own 1 injured and shares "Belair-Edison" with WMAR's item (apart x2; Edmondson Avenue's
  injured 1 for 0, Belair Road's killed 1 for 0, sources 4 for 2 x2);
- a paper's own city named without its state placed at a larger namesake (3): the Repository's "a Canton couple" and
  "Coroner: Canton man killed wife, self" are put in Canton, Michigan, 242 km from FOX 8's "CANTON, Ohio" item, so the
  two reports of the Canton murder-suicide, the same day and figures, are not linked (together; sources 1 for 2; grade
  single-source for corroborated).
Since 0.28.0 the numeral pairs pass (16): number words ("Two", "Three", ... "Dozens", "Several", "Another") are no
linking names (sql/stg_article_terms.sql); and the Canton pair (3): "The Stark County Coroner's Office" names a county
Ohio has, so "a Canton couple" is Canton, Ohio (a county's states now read past a sentence's "The"; a namesake half as
large in them wins). The Baltimore xfails are left.
Not failing but worth a look (article figures the incident checks do not see): AL.com's Birmingham update reads 0
injured and no teen ("A fourth person wounded ... showed up at a hospital hours later", "Three others, including a
15-year-old girl, were taken to UAB"; the other three reports carry the incident); WREG's Whitehaven page reads 2 killed
from its "SUGGESTED STORIES" link "Two dead after crash on Interstate 240" (the incident's best stays 1 by the other
reports' votes).
"""
from __future__ import annotations


from challenge_harness import IncidentSet, article, incident


def _page(*paragraphs: str) -> str:
    """A scraped page: its paragraphs (story and furniture) one blank line apart."""
    return "\n\n".join(paragraphs)


INCIDENTS = {
    # --- Indianapolis, Friday night: a man of 27 killed in an east side apartment parking lot; the station next
    # morning (video headlines), the paper naming him on Monday (a RELATED link to the Sunday shooting), an arrest
    # three weeks later ----------------------------------------------------------------------------------------------
    "indianapolis_post_road": incident("2015-06-12", 1, 0, {
        "ind-1": article(
            "Man shot, killed on Indianapolis' east side", "2015-06-13",
            _page(
                "Posted: Jun 13, 2015 6:02 AM EDT | Updated: Jun 13, 2015 7:45 AM EDT",
                "INDIANAPOLIS (WTHR) - A man died after he was shot on the city's east side late Friday.",
                "Officers with the Indianapolis Metropolitan Police Department were dispatched to an apartment complex "
                "in the 2100 block of North Post Road just before 10:45 p.m. on a report of a person shot. They found "
                "the man lying in the parking lot with at least one gunshot wound. He was taken to Eskenazi Hospital "
                "in critical condition and died a short time later.",
                "Police did not release his name or age. Homicide detectives spent several hours at the scene talking "
                "to residents, but no arrests had been made as of Saturday morning.",
                "Anyone with information can call Crime Stoppers of Central Indiana at 317-262-8477.",
                "VIDEO: Fire damages vacant home on near north side (0:48)\n"
                "VIDEO: Two hurt in crash on I-465 at Allisonville Road (1:12)\n"
                "VIDEO: Weekend forecast: storms return Sunday (2:05)",
                "Copyright 2015 WTHR. All rights reserved.")),
        "ind-2": article(
            "Man killed in east side apartment shooting identified", "2015-06-15",
            _page(
                "The Marion County Coroner's Office on Monday identified the man fatally shot Friday night at an east "
                "side apartment complex as Darnell K. Whitfield, 27, of Indianapolis.",
                "Whitfield was found shot in the parking lot of the Post Road complex, near East 21st Street, shortly "
                "before 10:45 p.m., police said. He died at Eskenazi Hospital. An autopsy ruled his death a homicide "
                "caused by a gunshot wound to the chest.",
                "Relatives gathered at the complex Sunday evening to release balloons. His aunt, Loretta Whitfield, "
                "said he had two young daughters and had recently started a job at a warehouse in Plainfield.",
                "\"He wasn't out there looking for trouble,\" she said.",
                "Police have not named a suspect or a motive. Whitfield's death was the 61st criminal homicide in "
                "Indianapolis this year, according to an IndyStar count.",
                "RELATED: Two men wounded in shooting at northwest side basketball court",
                "Call Crime Stoppers at 317-262-8477 with information.")),
        "ind-3": article(
            "Arrest made in June shooting death on east side", "2015-07-02",
            _page(
                "INDIANAPOLIS (WISH) — A 22-year-old man has been arrested in the shooting death of a man at an east "
                "side apartment complex last month, police said Thursday.",
                "Marcus D. Tellis was taken into custody Wednesday afternoon at a home on the city's northeast side "
                "without incident, according to IMPD. He was booked into the Marion County Jail on a preliminary "
                "charge of murder.",
                "Investigators say Tellis shot 27-year-old Darnell Whitfield in the parking lot of an apartment "
                "complex on North Post Road on June 12 after an argument over money. Whitfield died at Eskenazi "
                "Hospital.",
                "Detectives identified Tellis through witness interviews and surveillance video from a nearby "
                "business, according to a probable cause affidavit.",
                "The Marion County Prosecutor's Office will make a final charging decision.",
                "Copyright 2015 WISH-TV")),
    }),
    # --- Indianapolis, two days later: two men of 20 and 23 wounded on a basketball court at Watkins Park; the station
    # that evening (a sign-in line), the paper on Monday recalling Friday's killing --------------------------------
    "indianapolis_watkins_park": incident("2015-06-14", 0, 2, {
        "ind-4": article(
            "2 men shot at basketball court on near northwest side", "2015-06-14",
            _page(
                "INDIANAPOLIS -- Two men were wounded Sunday afternoon when someone opened fire on a basketball court "
                "on the city's near northwest side.",
                "IMPD officers responded around 4:20 p.m. to Watkins Park, near 22nd Street and Martin Luther King Jr. "
                "Street, where they found both men with gunshot wounds. One was shot in the leg and the other in the "
                "shoulder. Both were taken to Eskenazi Hospital and were expected to survive, police said.",
                "Witnesses told officers that a man walked up to the court during a pickup game, fired several shots "
                "and ran west.",
                "Police are looking for a man in his early 20s wearing a white tank top and red shorts.",
                "Sign in to comment | Share on Facebook | Tweet",
                "Copyright 2015 Scripps Media, Inc. All rights reserved.")),
        "ind-5": article(
            "Gunman fires on pickup game, wounding two", "2015-06-15",
            _page(
                "Two men who were playing basketball at a near northwest side park Sunday afternoon were shot by a man "
                "who walked onto the court and started firing, Indianapolis police said.",
                "Devonte Ricks, 20, and Jamal Hensley, 23, were hit as they ran from the court at Watkins Park shortly "
                "after 4 p.m., according to an IMPD incident report. Ricks was shot in the leg; Hensley was struck in "
                "the shoulder. Both were listed in stable condition at Eskenazi Hospital on Monday.",
                "About a dozen people were at the park at the time, including several children at the nearby "
                "playground. None of them were hurt.",
                "Police did not say whether they believed the men were targeted. No arrests have been made.",
                "The shooting came less than two days after a man was fatally shot at an east side apartment complex, "
                "one of three homicides in the city over the weekend.",
                "Anyone with information is asked to call Crime Stoppers at 317-262-8477.")),
    }),
    # --- Memphis, Saturday night: a boy of 16 killed outside a Whitehaven store; the station (stamp of the night
    # before, suggested stories), the paper naming him, a man of 18 charged nine days later --------------------------
    "memphis_whitehaven_teen": incident("2016-09-17", 1, 0, {
        "mem-1": article(
            "Teen killed outside Whitehaven convenience store", "2016-09-18",
            _page(
                "Posted 10:58 PM, September 17, 2016, by WREG Web Staff, Updated at 06:15AM, September 18, 2016",
                "MEMPHIS, Tenn. — A teenager was shot to death outside a Whitehaven convenience store Saturday night, "
                "police said.",
                "Officers were called to the Circle K in the 4100 block of Elvis Presley Boulevard around 9:30 p.m. "
                "The teen was found in the parking lot and was pronounced dead at the scene.",
                "Police said the shooter left in a dark-colored sedan.",
                "If you have any information, call CrimeStoppers at 528-CASH.",
                "Filed in: News\nTopics: Crime, Memphis, Shooting, Whitehaven",
                "SUGGESTED STORIES\nMan critically injured in Frayser shooting\nTwo dead after crash on Interstate "
                "240")),
        "mem-2": article(
            "Family mourns 16-year-old shot at Whitehaven store", "2016-09-19",
            _page(
                "Jaylen Brooks had walked to the store to buy a soda.",
                "The 16-year-old Whitehaven High School sophomore was shot several times in the parking lot of a "
                "Circle K on Elvis Presley Boulevard about 9:30 p.m. Saturday, Memphis police said. He died at the "
                "scene.",
                "\"He called me at 9:15 and said he'd be right back,\" his mother, Tamika Brooks, said Sunday outside "
                "the family's home a few blocks away. \"That was the last time I heard his voice.\"",
                "Police said Jaylen may have been approached by a group of young men who had been standing near the "
                "gas pumps. Investigators were reviewing video from the store's cameras.",
                "Jaylen is at least the 10th person under 18 killed in Memphis this year.",
                "Grief counselors will be at Whitehaven High on Monday, a Shelby County Schools spokeswoman said.")),
        "mem-3": article(
            "18-year-old charged in killing of Whitehaven teen", "2016-09-26",
            _page(
                "MEMPHIS, TN (WMC) - Memphis police have charged an 18-year-old man with first-degree murder in the "
                "death of a 16-year-old boy outside a Whitehaven convenience store earlier this month.",
                "Kendrick Mabry was arrested Sunday at an apartment in Hickory Hill, MPD said Monday.",
                "Jaylen Brooks was shot multiple times in the parking lot of the Circle K on Elvis Presley Boulevard "
                "on Sept. 17. According to an affidavit, Mabry told investigators he shot Brooks during an argument "
                "over a stolen phone.",
                "Mabry is being held in the Shelby County Jail without bond. He is due in court Tuesday.",
                "Copyright 2016 WMC Action News 5. All rights reserved.")),
    }, teens=(1, 0)),
    # --- Memphis, two days later: a man of 41 and a woman of 38 wounded in a drive-by on Jackson Avenue; FOX13 that
    # afternoon, WREG the next day (a RELATED link to the Whitehaven killing) ----------------------------------------
    "memphis_jackson_avenue": incident("2016-09-19", 0, 2, {
        "mem-4": article(
            "Man, woman shot in drive-by on Jackson Avenue", "2016-09-19",
            _page(
                "MEMPHIS, Tenn. (WHBQ) - A man and a woman were hurt in a drive-by shooting Monday afternoon in North "
                "Memphis.",
                "It happened just after 2 p.m. in the 2400 block of Jackson Avenue, near Hollywood Street. Police said "
                "someone inside a white SUV fired into a group of people standing outside a house.",
                "The man was taken to Regional One in critical condition. The woman was grazed and taken to Methodist "
                "North in non-critical condition.",
                "No arrests have been made. Officers were still at the scene Monday evening.",
                "Stay with FOX13 for updates on this developing story.",
                "© 2016 Cox Media Group.")),
        "mem-5": article(
            "Police: Two shot while standing outside North Memphis home", "2016-09-20",
            _page(
                "MEMPHIS, Tenn. — Police are searching for the people who opened fire on a group outside a North "
                "Memphis home Monday, wounding two.",
                "A 41-year-old man was shot in the stomach and remained in critical condition Tuesday at Regional One "
                "Health, police said. A 38-year-old woman suffered a graze wound to the arm and was treated and "
                "released.",
                "Neighbors on Jackson Avenue said a white Chevrolet Tahoe drove by slowly before someone inside began "
                "shooting. At least eight shell casings were found in the street.",
                "\"There were kids out here riding bikes,\" said a neighbor who did not want to be named. \"It's a "
                "miracle nobody else got hit.\"",
                "Anyone with information is asked to call CrimeStoppers at 901-528-CASH.",
                "RELATED: 16-year-old shot to death outside Whitehaven store")),
    }),
    # --- Milwaukee, Saturday night: a girl of 9 hit in the leg by a stray bullet on her grandmother's porch; WISN that
    # night, the Journal Sentinel naming her, TMJ4 when she went home, FOX6 when a man was charged ---------------------
    "milwaukee_35th_street_girl": incident("2017-07-08", 0, 1, {
        "mke-1": article(
            "Girl, 9, hit by stray bullet on Milwaukee porch", "2017-07-09",
            _page(
                "MILWAUKEE — A 9-year-old girl was struck by a stray bullet while she sat on her family's front porch "
                "on Milwaukee's north side Saturday night, police said.",
                "The shooting happened around 8:30 p.m. near North 35th Street and West Burleigh Street. Police said "
                "shots were fired during an argument between two groups of people on the street, and a bullet hit the "
                "girl in the leg.",
                "She was taken to Children's Hospital of Wisconsin with an injury that is not believed to be "
                "life-threatening.",
                "Milwaukee police are looking for the shooters.",
                "Advertisement",
                "Get the WISN 12 News app for breaking news alerts.",
                "Copyright 2017 by WISN. All rights reserved.")),
        "mke-2": article(
            "'She was just sitting there': Girl, 9, recovering after stray bullet hits her on porch", "2017-07-10",
            _page(
                "Nyla Simmons was eating a popsicle on her grandmother's porch when the shooting started.",
                "The 9-year-old was hit in the left thigh Saturday night by one of at least a dozen shots fired during "
                "a dispute in the 3200 block of North 35th Street, according to Milwaukee police. Her grandmother, "
                "Gloria Simmons, 61, pulled her inside and called 911.",
                "\"She was just sitting there,\" Gloria Simmons said Sunday. \"She didn't even know what happened "
                "until she saw the blood.\"",
                "Nyla underwent surgery at Children's Hospital of Wisconsin and was in stable condition, the family "
                "said.",
                "Police said the gunfire involved two groups of men who had been arguing. No one else was struck. "
                "Investigators are seeking several men who fled on foot.",
                "Nyla is one of at least 60 children and teens shot in Milwaukee so far this year, according to a "
                "Journal Sentinel analysis.")),
        "mke-3": article(
            "9-year-old girl shot on porch home from hospital", "2017-07-11",
            _page(
                "MILWAUKEE -- A 9-year-old girl who was shot on her grandmother's front porch over the weekend is back "
                "home.",
                "Nyla Simmons was released from Children's Hospital of Wisconsin on Tuesday, her family told TODAY'S "
                "TMJ4. She was wounded in the leg Saturday night when gunfire broke out near North 35th and Burleigh "
                "streets.",
                "Her family is now asking whoever fired the shots to turn themselves in.",
                "\"Put the guns down,\" her mother, Keisha Simmons, said. \"It could have been your baby.\"",
                "Police have not made any arrests.",
                "Watch TODAY'S TMJ4 at 6 p.m. for more on this story.",
                "Copyright 2017 Scripps Media, Inc. All rights reserved.")),
        "mke-4": article(
            "Man charged after 9-year-old girl struck by stray bullet on porch", "2017-07-27",
            _page(
                "MILWAUKEE -- A 24-year-old Milwaukee man has been charged in connection with a shooting that left a "
                "9-year-old girl wounded on her family's porch earlier this month.",
                "Terrence L. Day faces one count of first-degree recklessly endangering safety and one count of "
                "possession of a firearm by a felon, according to a criminal complaint filed Thursday.",
                "The complaint says Day was one of several men who fired shots during an argument near 35th and "
                "Burleigh on the night of July 8. A bullet struck the girl in the thigh.",
                "Day was arrested on July 21. If convicted, he faces up to 22 years in prison.",
                "POSTED 3:41 PM, JULY 27, 2017, BY FOX6 NEWS DIGITAL TEAM")),
    }, children=(0, 1)),
    # --- Milwaukee, early Monday: a man of 29 killed in a parked car on West Center Street; FOX6 that morning (its
    # stamp), the Journal Sentinel naming him --------------------------------------------------------------------------
    "milwaukee_center_street_car": incident("2017-07-10", 1, 0, {
        "mke-5": article(
            "Man dies after shooting near 27th and Center", "2017-07-10",
            _page(
                "MILWAUKEE -- A man was shot and killed early Monday morning, July 10 near 27th and Center streets, "
                "Milwaukee police said.",
                "The shooting happened around 1:15 a.m. Police said the victim, a 29-year-old Milwaukee man, was found "
                "inside a vehicle with multiple gunshot wounds. He died at the scene.",
                "Police are seeking unknown suspects. The circumstances leading up to the shooting remain under "
                "investigation.",
                "If you have any information, please call Milwaukee police at 414-935-7360 or Crime Stoppers at "
                "414-224-TIPS.",
                "POSTED 4:12 AM, JULY 10, 2017, BY FOX6 NEWS DIGITAL TEAM, UPDATED AT 08:30AM, JULY 10, 2017")),
        "mke-6": article(
            "Medical examiner identifies man killed in parked car on north side", "2017-07-11",
            _page(
                "The Milwaukee County medical examiner's office on Tuesday identified a man found shot to death inside "
                "a car on the city's north side early Monday as Antoine M. Rollins, 29.",
                "Rollins was sitting in the driver's seat of a Pontiac Grand Prix parked in the 2700 block of West "
                "Center Street when he was shot several times shortly after 1 a.m., according to the medical "
                "examiner's report. Officers found him after a passerby flagged down a squad car.",
                "Rollins' killing was the city's 63rd homicide of 2017. At this time last year, Milwaukee had recorded "
                "71 homicides.",
                "Police did not announce any arrests Tuesday.")),
    }),
    # --- Baltimore, Saturday about 10:10 p.m.: a man of 31 killed on Edmondson Avenue in West Baltimore; WBAL the next
    # morning (Related Content links, one to the Belair Road shooting), the Sun naming him and recalling Belair Road ---
    "baltimore_edmondson_avenue": incident("2016-04-23", 1, 0, {
        "bal-1": article(
            "Man fatally shot in West Baltimore's Edmondson Village", "2016-04-24",
            _page(
                "BALTIMORE —A man was killed in a shooting Saturday night in West Baltimore, city police said.",
                "Officers were called to the 4400 block of Edmondson Avenue shortly after 10 p.m. and found a man "
                "suffering from a gunshot wound to the head. He was pronounced dead at Shock Trauma a short time "
                "later.",
                "Homicide detectives are investigating. Police did not release the man's name or a possible motive.",
                "Anyone with information is asked to call Metro Crime Stoppers at 1-866-7LOCKUP.",
                "Advertisement",
                "Related Content\nPolice: Man shot in Northeast Baltimore\nTeen hurt in Park Heights shooting (1:05)",
                "Copyright 2016 by WBAL. All rights reserved.")),
        "bal-2": article(
            "Police identify man killed Saturday on Edmondson Avenue", "2016-04-25",
            _page(
                "Baltimore police on Monday identified the man shot and killed Saturday night in Edmondson Village as "
                "31-year-old Kevin Latrell Moore of the 600 block of North Hilton Street.",
                "Moore was found by officers in the 4400 block of Edmondson Ave. around 10:10 p.m. with a gunshot "
                "wound to the head, police said. He was taken to R Adams Cowley Shock Trauma Center, where he died.",
                "Moore's killing was one of at least five shootings in the city over the weekend, police said. In "
                "another, a 24-year-old man was shot in the leg about 40 minutes later in the Belair-Edison "
                "neighborhood of Northeast Baltimore; he was expected to survive.",
                "Detectives ask anyone with information to call 410-396-2100.",
                "Baltimore has recorded 76 homicides this year, police said.")),
    }),
    # --- Baltimore, the same Saturday about 10:50 p.m.: a man of 24 shot in the leg on Belair Road, who went to
    # Johns Hopkins; WJZ and WMAR the next day ------------------------------------------------------------------------
    "baltimore_belair_road": incident("2016-04-23", 0, 1, {
        "bal-3": article(
            "Man Shot In Leg In Northeast Baltimore", "2016-04-24",
            _page(
                "BALTIMORE (WJZ) — Police are investigating a shooting in Northeast Baltimore that left a man wounded "
                "late Saturday.",
                "Officers were called to Johns Hopkins Hospital around 11:15 p.m. after a 24-year-old man arrived "
                "there with a gunshot wound to his leg. Investigators believe he was shot around 10:50 p.m. in the "
                "3400 block of Belair Road.",
                "His injuries are not considered life-threatening. Police have not identified a suspect or motive.",
                "Anyone with information is asked to call Northeast District detectives at 410-396-2444.",
                "Follow @wjz on Twitter.",
                "© Copyright 2016 CBS Broadcasting Inc. All Rights Reserved.")),
        "bal-4": article(
            "Man, 24, wounded in Belair-Edison shooting", "2016-04-24",
            _page(
                "BALTIMORE - A 24-year-old man is recovering after he was shot late Saturday night in the "
                "Belair-Edison neighborhood, Baltimore police said.",
                "The man told officers he was walking near Belair Road and Erdman Avenue when he heard several shots "
                "and felt a pain in his leg. He got a ride to Johns Hopkins Hospital for treatment, police said.",
                "Investigators believe the shooting happened around 10:50 p.m. in the 3400 block of Belair Road.",
                "Police did not say whether the man was the intended target.",
                "Copyright 2016 Scripps Media, Inc.")),
    }),
    # --- Great Falls, early Saturday: a man of 27 killed and a man of 30 wounded outside a downtown bar; the Tribune
    # that afternoon, AP's state-wire story the next day and the Billings Gazette's copy of it with small edits -------
    "great_falls_central_avenue_bar": incident("2016-02-20", 1, 1, {
        "gtf-1": article(
            "1 dead, 1 hurt in shooting outside downtown bar", "2016-02-20",
            _page(
                "One man died and another was wounded in a shooting outside a downtown Great Falls bar early Saturday, "
                "police said.",
                "Officers were called to the 300 block of Central Avenue at about 1:45 a.m. after a fight that started "
                "inside the bar spilled onto the sidewalk, Great Falls Police Sgt. Doug Haggerty said. Two men had "
                "been shot.",
                "One of them died at Benefis Health System a short time later. The second man was in serious "
                "condition Saturday afternoon.",
                "Haggerty said police detained a man at the scene and were questioning him. He said there was no "
                "danger to the public.",
                "The names of the men have not been released pending notification of family.",
                "The Tribune will update this story as more information becomes available.")),
        "gtf-2": article(
            "Man killed, another wounded outside Great Falls bar", "2016-02-21",
            _page(
                "GREAT FALLS, Mont. (AP) — Authorities say a 27-year-old man was killed and a 30-year-old man was "
                "wounded in a shooting outside a bar in downtown Great Falls.",
                "Police say the shooting happened at about 1:45 a.m. Saturday after an argument inside the bar moved "
                "outside.",
                "Cascade County Deputy Coroner Pam Ellery identified the man who died as Tyler J. Ostrander of Great "
                "Falls.",
                "The wounded man was listed in serious condition at Benefis Health System on Saturday night.",
                "Police arrested 34-year-old Derek Lyle Pasco at the scene. He was being held in the Cascade County "
                "Detention Center on suspicion of deliberate homicide and attempted deliberate homicide.",
                "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
                "broadcast, rewritten or redistributed.")),
        "gtf-3": article(
            "Man killed, another wounded in shooting outside Great Falls bar", "2016-02-21",
            _page(
                "GREAT FALLS, Mont. (AP) — Authorities say a 27-year-old man was killed and a 30-year-old man was "
                "wounded in a shooting outside a downtown Great Falls bar.",
                "Police say the shooting happened about 1:45 a.m. Saturday after an argument inside the bar moved "
                "outside.",
                "Cascade County Deputy Coroner Pam Ellery identified the man who died as Tyler J. Ostrander of Great "
                "Falls.",
                "The wounded man was in serious condition at Benefis Health System on Saturday night.",
                "Police arrested 34-year-old Derek Lyle Pasco at the scene. He is being held in the Cascade County "
                "jail on suspicion of deliberate homicide and attempted deliberate homicide.",
                "Copyright 2016 The Associated Press. All rights reserved.")),
    }),
    # --- Canton, Tuesday evening: a man of 58 shot his wife of 55 and then himself; FOX 8 the next day (a hotline),
    # the Repository naming them --------------------------------------------------------------------------------------
    "canton_17th_street_murder_suicide": incident("2015-11-03", 2, 0, {
        "can-1": article(
            "Police: Husband shot wife, then himself in Canton home", "2015-11-04",
            _page(
                "CANTON, Ohio -- Police say a man shot and killed his wife before turning the gun on himself inside "
                "their northwest Canton home Tuesday evening.",
                "Officers were called to the home on 17th Street NW around 8:40 p.m. after a neighbor reported hearing "
                "gunshots. They found the couple inside.",
                "Both were pronounced dead at the scene. Their names have not been released.",
                "Investigators said a handgun was recovered inside the home. There were no signs of forced entry.",
                "If you or someone you know is a victim of domestic violence, call the National Domestic Violence "
                "Hotline at 1-800-799-7233.",
                "Copyright 2015 FOX 8. All rights reserved.")),
        "can-2": article(
            "Coroner: Canton man killed wife, self", "2015-11-05",
            _page(
                "The Stark County Coroner's Office on Wednesday identified a Canton couple found dead in their home "
                "Tuesday night as Gerald R. Haines, 58, and Denise M. Haines, 55.",
                "Gerald Haines shot his wife once in the head in the kitchen of their home in the 1200 block of 17th "
                "Street NW and then shot himself, Canton police Lt. Mark Ferrante said. A neighbor called 911 at 8:37 "
                "p.m. after hearing two gunshots.",
                "The couple had been married 31 years. Police had been called to the home once before, in 2013, for a "
                "domestic dispute, Ferrante said, but no charges were filed.",
                "Denise Haines worked as a teller at a bank branch in Jackson Township, according to her co-workers.",
                "The deaths were ruled a murder-suicide.")),
    }),
    # --- Birmingham, Saturday 11:30 p.m. (Memorial Day weekend): a house party in Ensley, a man of 24 killed, three
    # hurt and then a fourth who reached UAB on his own, a girl of 15 among the wounded; WBRC that night, AL.com's
    # update the next day, WIAT naming the dead man, WVTM's arrest story two weeks later -----------------------------
    "birmingham_ensley_party": incident("2017-05-27", 1, 4, {
        "bhm-1": article(
            "1 dead, 3 injured in Ensley shooting", "2017-05-28",
            _page(
                "BIRMINGHAM, AL (WBRC) - One person is dead and three others were injured after a shooting at a house "
                "party in Ensley late Saturday.",
                "Birmingham police said officers were called to the 2100 block of Avenue F around 11:30 p.m. on a "
                "report of shots fired. When they arrived, they found four people who had been shot.",
                "One man was pronounced dead at the scene. The three others were taken to UAB Hospital. Their "
                "conditions were not immediately known.",
                "Police said a dispute broke out at the party and someone pulled out a gun and fired into the crowd. "
                "Dozens of people ran from the house.",
                "No one is in custody.",
                "Copyright 2017 WBRC. All rights reserved.")),
        "bhm-2": article(
            "Fourth victim found in deadly Ensley house party shooting", "2017-05-28",
            _page(
                "A fourth person wounded in a shooting at an Ensley house party late Saturday showed up at a hospital "
                "hours later, Birmingham police said Sunday, bringing the number of people shot to five.",
                "The man, whose age was not released, arrived at UAB Hospital in a private vehicle with a gunshot "
                "wound to the arm shortly before 2 a.m. Sunday, Sgt. Marcus Dillard said.",
                "The shooting happened around 11:30 p.m. at a home on Avenue F, where about 100 people had gathered "
                "for a party. One man was killed at the scene. Three others, including a 15-year-old girl, were taken "
                "to UAB with injuries that were not believed to be life-threatening.",
                "\"At this point we believe there was an argument between two groups, and one person produced a "
                "firearm and started shooting,\" Dillard said.",
                "The slaying was Birmingham's 42nd homicide of 2017.",
                "Anyone with information is asked to call Crime Stoppers at 205-254-7777.",
                "Sign up for the AL.com newsletter")),
        "bhm-3": article(
            "Man killed at Ensley party identified", "2017-05-29",
            _page(
                "BIRMINGHAM, Ala. (WIAT) — The Jefferson County Coroner's Office has identified the man killed at a "
                "house party in Ensley Saturday night.",
                "Coroner's officials say Cedric Lamar Hollins, 24, of Fairfield, was shot multiple times at a "
                "residence on Avenue F. He was pronounced dead at 11:52 p.m.",
                "Four other people were wounded in the shooting, police said, among them a 15-year-old girl. All four "
                "are expected to recover.",
                "Hollins' mother told CBS 42 her son had gone to the party to celebrate a friend's birthday.",
                "Birmingham police have not released information about a suspect.",
                "Copyright 2017 Nexstar Broadcasting, Inc. All rights reserved.")),
        "bhm-4": article(
            "Arrest made in Memorial Day weekend party shooting in Ensley", "2017-06-09",
            _page(
                "BIRMINGHAM, Ala. —Birmingham police have arrested a 20-year-old man in a Memorial Day weekend "
                "shooting at an Ensley house party that killed one man and wounded four other people.",
                "Javonte Pruitt was charged Friday with murder and four counts of attempted murder, according to "
                "Jefferson County jail records. He is being held without bond.",
                "Cedric Hollins, 24, was killed and four others, including a 15-year-old girl, were wounded when "
                "gunfire erupted at the party on Avenue F on May 27.",
                "Investigators said tips from the public helped identify Pruitt as the shooter.",
                "Copyright 2017 Hearst Television Inc.")),
    }, teens=(0, 1)),
    # --- Chicago, Thursday about 7:20 p.m.: a boy of 13 and men of 19 and 22 wounded on a West Garfield Park porch;
    # DNAinfo (RELATED links with tolls), the Tribune's brief (mostly furniture), the Sun-Times -----------------------
    "chicago_wilcox_street_porch": incident("2016-08-11", 0, 3, {
        "chi-1": article(
            "3 Shot, Including 13-Year-Old Boy, On West Garfield Park Porch", "2016-08-12",
            _page(
                "WEST GARFIELD PARK — Three people, including a 13-year-old boy, were shot while sitting on a porch in "
                "West Garfield Park Thursday evening, police said.",
                "The boy, a 19-year-old man and a 22-year-old man were on the porch in the 4100 block of West Wilcox "
                "Street about 7:20 p.m. when someone walked up and started shooting, according to Chicago Police.",
                "The boy was shot in the hip and taken to Stroger Hospital, where his condition was stabilized. The "
                "19-year-old was shot in the arm and the 22-year-old in the back; both were taken to Mount Sinai "
                "Hospital, where the 22-year-old was listed in serious condition.",
                "No one was in custody.",
                "At least 2,600 people have been shot in Chicago this year, according to DNAinfo data.",
                "RELATED:\n• Man Killed, 4 Wounded In Weekend Shootings On West Side\n• 2 Teens Shot In Austin, "
                "Police Say")),
        "chi-2": article(
            "3 wounded, including boy, 13, in West Garfield Park shooting", "2016-08-12",
            _page(
                "Sign In | Subscribe | Site Map",
                "Breaking News | Chicago Tribune",
                "Share | Email | Print",
                "Three people including a 13-year-old boy were wounded Thursday evening on the West Side, police said.",
                "The shooting happened about 7:20 p.m. in the 4100 block of West Wilcox Street in the West Garfield "
                "Park neighborhood.",
                "Chicago Tribune's Breaking News Desk reports on crime in Chicago.",
                "Latest Chicago shooting news\nMan, 20, shot dead in Englewood\nWoman wounded in Rogers Park "
                "drive-by\nTeen, 16, among 3 shot in Little Village",
                "Copyright © 2016, Chicago Tribune")),
        "chi-3": article(
            "Boy, 13, among 3 shot on West Side porch", "2016-08-12",
            _page(
                "A 13-year-old boy was among three people wounded Thursday evening when someone opened fire on a porch "
                "in the West Garfield Park neighborhood on the West Side.",
                "About 7:20 p.m., the boy, a 19-year-old man and a 22-year-old man were on a porch in the 4100 block "
                "of West Wilcox when a male walked up and fired shots, according to Chicago Police.",
                "The boy suffered a gunshot wound to the hip and was taken in good condition to Stroger Hospital, "
                "police said. The 22-year-old was shot in the back and the 19-year-old in the arm; they were taken to "
                "Mount Sinai Hospital, where the older man's condition was listed as serious.",
                "The shooter ran off, police said. Area North detectives are investigating.")),
    }, teens=(0, 1)),
    # --- Tulsa, Wednesday afternoon: a boy of 4 shot himself in the hand and thigh with his father's pistol found in a
    # nightstand; KJRH that day, the Tulsa World when the father was charged a week later ----------------------------
    "tulsa_east_21st_street_boy": incident("2015-03-18", 0, 1, {
        "tul-1": article(
            "4-year-old shoots himself with gun found in east Tulsa apartment", "2015-03-18",
            _page(
                "TULSA - A 4-year-old boy is in the hospital after police say he accidentally shot himself Wednesday "
                "afternoon at an apartment in east Tulsa.",
                "Officers were called to an apartment complex near East 21st Street and South Garnett Road just before "
                "3 p.m. Police said the boy found a loaded handgun in a bedroom nightstand and it went off, striking "
                "him in the hand and the thigh.",
                "The child was rushed to Saint Francis Hospital. Police said his injuries are not life-threatening.",
                "Several adults were inside the apartment at the time. Police said they are investigating how the boy "
                "got access to the gun and whether charges will be filed.",
                "Copyright 2015 Scripps Media, Inc. All rights reserved. This material may not be published, "
                "broadcast, rewritten, or redistributed.")),
        "tul-2": article(
            "Father charged after 4-year-old shot himself with loaded gun", "2015-03-25",
            _page(
                "A Tulsa man whose 4-year-old son shot himself with a loaded handgun last week has been charged with "
                "child neglect, court records show.",
                "Brandon Lee Whitt, 26, was charged Tuesday in Tulsa County District Court with one count of child "
                "neglect, a felony punishable by up to life in prison.",
                "According to an affidavit, Whitt told officers he had left the .40-caliber pistol in an unlocked "
                "nightstand drawer in his bedroom. His son found the gun about 2:50 p.m. March 18 while Whitt was "
                "asleep on the couch, the affidavit states. The boy shot himself in the hand, and the bullet also "
                "struck his thigh.",
                "The boy was treated at Saint Francis Hospital and released two days later.",
                "Whitt was released from the Tulsa County Jail after posting a $15,000 bond. He is scheduled to appear "
                "in court April 14.")),
    }, children=(0, 1)),
    # --- Kansas City, Saturday about 11 p.m.: a boy of 17 killed near 35th and Prospect; KSHB the next morning (a
    # teenager, video headlines), the Star naming him, KCTV when a boy of 16 was charged -----------------------------
    "kansas_city_prospect_teen": incident("2014-10-18", 1, 0, {
        "kc-1": article(
            "Teen shot, killed near 35th and Prospect", "2014-10-19",
            _page(
                "KANSAS CITY, Mo. - A teenager died after being shot Saturday night near East 35th Street and Prospect "
                "Avenue, Kansas City police said.",
                "Officers found the victim lying in a yard around 11:05 p.m. He was taken to an area hospital, where "
                "he died.",
                "Investigators believe the shooting happened after a confrontation between the teen and someone he "
                "knew. Police have not released his name.",
                "It is the city's 64th homicide of the year.",
                "Anyone with information can call the TIPS Hotline at 816-474-TIPS.",
                "MORE FROM 41 ACTION NEWS:\nVIDEO: 3 hurt in crash on I-70 (1:33)\nVIDEO: Royals fans line up for "
                "World Series tickets (1:45)",
                "Copyright 2014 Scripps Media, Inc.")),
        "kc-2": article(
            "Central High junior, 17, identified as weekend homicide victim", "2014-10-20",
            _page(
                "A 17-year-old killed Saturday night near East 35th Street and Prospect Avenue was a junior at Central "
                "Academy of Excellence who played trumpet in the marching band, his family said Sunday.",
                "DeShawn Ellis was shot once in the chest shortly before 11 p.m., police said. He was pronounced dead "
                "at Research Medical Center.",
                "\"He was a good kid who stayed out of trouble,\" said his grandmother, Mary Ellis. \"He was walking "
                "back from his friend's house.\"",
                "Police said DeShawn may have known the person who shot him. No arrests had been made Sunday.",
                "His death was the 64th homicide in Kansas City this year. Last year at this time the city had 79.",
                "The band will play in his memory at Friday's game, a school district spokesman said.")),
        "kc-3": article(
            "16-year-old charged in October killing of Kansas City teen", "2014-11-05",
            _page(
                "KANSAS CITY, MO (KCTV) - A 16-year-old boy has been charged in juvenile court in connection with the "
                "death of a Kansas City teenager last month.",
                "The Jackson County Prosecutor's Office said Wednesday it will seek to have the boy certified to stand "
                "trial as an adult for second-degree murder and armed criminal action in the shooting of 17-year-old "
                "DeShawn Ellis.",
                "Ellis was shot Oct. 18 near East 35th Street and Prospect Avenue after an argument over a girl, "
                "according to court documents. He died at a hospital.",
                "KCTV5 News does not typically identify juveniles charged with crimes.",
                "Copyright 2014 KCTV (Meredith Corp.) All rights reserved.")),
    }, teens=(1, 0)),
    # --- Albany, Wednesday night: a man of 26 shot in the shoulder in Arbor Hill; one Times Union page, mostly
    # furniture (sign-in block, stamp, Most Popular list with other tolls) ---------------------------------------------
    "albany_clinton_avenue": incident("2017-01-18", 0, 1, {
        "alb-1": article(
            "Man wounded in Arbor Hill shooting", "2017-01-19",
            _page(
                "Sign in | Subscribe | Today's e-Edition",
                "Times Union",
                "Local | Crime | Albany",
                "Man wounded in Arbor Hill shooting",
                "Published 10:12 pm EST, Wednesday, January 18, 2017 | Updated 6:30 am EST, Thursday, January 19, "
                "2017",
                "ALBANY — A 26-year-old man was shot in the shoulder Wednesday night on Clinton Avenue in Arbor Hill, "
                "police said. He was taken to Albany Medical Center with injuries that were not life-threatening.",
                "Photo: Times Union file",
                "Most Popular\n1. Schenectady man killed in Route 7 crash\n2. Troy police: Woman, 31, stabbed on "
                "River Street\n3. Siena falls to Iona in overtime\n4. Snow squall warning for Capital Region",
                "© Copyright 2017 Hearst Communications, Inc.")),
    }),
    # --- Tucson, Sunday about 2 a.m.: a man of 35 killed beside a pickup in a midtown apartment lot; KGUN that morning,
    # the Star naming him, KOLD when a man was booked 12 days later ----------------------------------------------------
    "tucson_grant_road_parking_lot": incident("2015-08-09", 1, 0, {
        "tus-1": article(
            "Man found shot to death in midtown apartment parking lot", "2015-08-09",
            _page(
                "TUCSON, Ariz. - Tucson police are investigating after a man was found shot to death early Sunday in "
                "the parking lot of a midtown apartment complex.",
                "Officers were called to the complex in the 2500 block of East Grant Road around 2 a.m. after "
                "residents reported hearing several gunshots. They found a man lying beside a pickup truck. He had "
                "died of his wounds.",
                "Police have not released the man's identity. Detectives were interviewing witnesses Sunday morning.",
                "KGUN 9 will update this story as we learn more.",
                "Copyright 2015 Scripps Media, Inc.")),
        "tus-2": article(
            "Police identify man slain in midtown parking lot", "2015-08-10",
            _page(
                "Tucson police have identified a man who was shot and killed early Sunday outside a midtown apartment "
                "complex.",
                "Ruben Acosta Valenzuela, 35, was found lying next to a pickup in the parking lot of the complex at "
                "2525 E. Grant Road shortly after 2 a.m., said Officer Dana Halloran, a police spokeswoman. He was "
                "pronounced dead at the scene.",
                "Detectives believe Valenzuela got into an argument with another man in the parking lot before he was "
                "shot, Halloran said.",
                "It was the city's 23rd homicide of the year.",
                "Anyone with information is asked to call 88-CRIME.")),
        "tus-3": article(
            "Arrest made in deadly Grant Road shooting", "2015-08-21",
            _page(
                "TUCSON, AZ (KOLD News 13) - Tucson police have arrested a man in connection with a deadly shooting "
                "earlier this month in midtown.",
                "Gilbert Ray Sandoval, 29, was booked into the Pima County jail Thursday on a charge of second-degree "
                "murder, according to police.",
                "Sandoval is accused of shooting 35-year-old Ruben Acosta Valenzuela on Aug. 9 in the parking lot of "
                "an apartment complex in the 2500 block of East Grant Road following an argument. Valenzuela died at "
                "the scene.",
                "Police said Sandoval was located at a relative's home in Marana with the help of the U.S. Marshals "
                "Service.",
                "Copyright 2015 KOLD. All rights reserved.")),
    }),
    # --- Columbus, Thursday about 3 p.m.: a robbery suspect of 23 shot once by an officer on the Hilltop; 10TV that
    # afternoon (its stamp after the story), the Dispatch naming him ---------------------------------------------------
    "columbus_hilltop_police_shooting": incident("2016-12-08", 0, 1, {
        "cmh-1": article(
            "Police shoot armed robbery suspect on Hilltop", "2016-12-08",
            _page(
                "COLUMBUS, Ohio - A man suspected of robbing a Hilltop convenience store was shot by a Columbus police "
                "officer Thursday afternoon.",
                "It happened around 3 p.m. on Sullivant Avenue near South Wayne Avenue. Police said officers were "
                "responding to a report of an armed robbery at a nearby store when they spotted a man matching the "
                "suspect's description.",
                "According to police, the man ran from officers and turned toward them with a handgun. One officer "
                "fired, hitting him in the torso.",
                "The suspect was taken to Grant Medical Center in critical condition. No officers were hurt.",
                "Posted: Thu 3:48 PM, Dec 08, 2016 | Updated: Thu 6:22 PM, Dec 08, 2016",
                "Copyright 2016 WBNS-TV, Inc. All rights reserved.")),
        "cmh-2": article(
            "Robbery suspect shot by Columbus officer remains hospitalized", "2016-12-09",
            _page(
                "A 23-year-old man shot by a Columbus police officer after a robbery on the Hilltop on Thursday was in "
                "stable condition Friday, police said.",
                "Jamal R. Dorsey was shot once by Officer Kyle Brandt, a 6-year veteran, after Dorsey pointed a "
                "handgun at officers during a foot chase near Sullivant and South Wayne avenues, according to a police "
                "statement. A pistol was recovered at the scene.",
                "Minutes earlier, police say, Dorsey had robbed a clerk at a carryout on Sullivant Avenue at gunpoint. "
                "No one in the store was hurt.",
                "Dorsey will be charged with aggravated robbery once he is released from Grant Medical Center, police "
                "said.",
                "Brandt has been placed on paid administrative leave, which is routine after police shootings. The "
                "Columbus Division of Police's Critical Incident Response Team is investigating.",
                "It was the 13th time Columbus officers have fired at someone this year.")),
    }),
    # --- Louisville, early Sunday: a woman of 32 shot by her boyfriend in her Newburg home; WDRB that morning, the
    # Courier-Journal when he was charged (her two children not hurt), WLKY at his arraignment -------------------------
    "louisville_exeter_avenue": incident("2017-02-05", 1, 0, {
        "sdf-1": article(
            "LMPD: Woman shot and killed inside Newburg home", "2017-02-05",
            _page(
                "LOUISVILLE, Ky. (WDRB) -- Louisville Metro Police are investigating after a woman was shot and killed "
                "inside a home early Sunday morning.",
                "According to LMPD spokeswoman Sgt. Renee Oakley, officers were called to a home in the 4800 block of "
                "Exeter Avenue, in the Newburg neighborhood, around 3:15 a.m. They found a woman in her 30s who had "
                "been shot. She died at the scene.",
                "A man who was at the home was taken into custody for questioning, Oakley said.",
                "Police have not released any other details.",
                "Copyright 2017 WDRB Media. All rights reserved.")),
        "sdf-2": article(
            "Boyfriend charged with murder in Newburg woman's shooting death", "2017-02-06",
            _page(
                "A Louisville man has been charged with murder in the shooting death of his girlfriend, who was found "
                "dead early Sunday inside her Newburg home.",
                "Anthony Ray Coffey, 36, was arrested at the scene and is being held at Louisville Metro Corrections "
                "on a $500,000 cash bond.",
                "The Jefferson County Coroner's Office identified the victim as Latoya M. Briggs, 32.",
                "According to an arrest citation, Coffey and Briggs had been arguing when he shot her once in the "
                "chest with a handgun around 3 a.m. Sunday. Her two children, ages 6 and 10, were asleep in another "
                "room and were not hurt, police said.",
                "Briggs had filed for an emergency protective order against Coffey in December, court records show, "
                "but it was dismissed when she did not appear at a hearing.",
                "If you or someone you know needs help, call the Center for Women and Families' 24-hour crisis line at "
                "1-844-237-2331.")),
        "sdf-3": article(
            "Man accused of killing girlfriend pleads not guilty", "2017-02-07",
            _page(
                "LOUISVILLE, Ky. —A man accused of fatally shooting his girlfriend in her Newburg home over the "
                "weekend pleaded not guilty Tuesday.",
                "Anthony Coffey, 36, appeared in Jefferson District Court on a murder charge in the death of "
                "32-year-old Latoya Briggs. A judge kept his bond at $500,000.",
                "Police said Coffey shot Briggs early Sunday during an argument at her home on Exeter Avenue.",
                "Briggs' family filled two rows of the courtroom. Her sister said outside court that Briggs was a "
                "devoted mother who worked as a certified nursing assistant.",
                "Coffey's next court date is Feb. 16.",
                "Copyright 2017 by WLKY. All rights reserved.")),
    }),
    # --- Richmond, Friday about 8:30 p.m.: a boy of 14 shot in the leg walking home in Gilpin Court; NBC12 the next
    # morning, the Times-Dispatch on Sunday --------------------------------------------------------------------------
    "richmond_gilpin_court_teen": incident("2016-10-14", 0, 1, {
        "ric-1": article(
            "14-year-old shot while walking home in Gilpin Court", "2016-10-15",
            _page(
                "RICHMOND, VA (WWBT) - A 14-year-old boy was shot Friday night in Richmond's Gilpin Court, police "
                "said.",
                "Officers responded to the area of St. Peter Street and Charity Street around 8:30 p.m. for a report "
                "of a shooting. They found the teen with a gunshot wound to the leg.",
                "He was taken to VCU Medical Center with a non-life-threatening injury.",
                "Police said the boy was walking home from a friend's apartment when someone fired shots from a nearby "
                "alley.",
                "Anyone with information is asked to call Crime Stoppers at 780-1000.",
                "Copyright 2016 WWBT NBC12. All rights reserved.")),
        "ric-2": article(
            "Police seek shooter after teen wounded in Gilpin Court", "2016-10-16",
            _page(
                "Richmond police are searching for whoever shot a 14-year-old boy in the leg as he walked home in "
                "Gilpin Court on Friday night.",
                "The boy, whose name was not released because of his age, was treated at VCU Medical Center and "
                "released Saturday, police said.",
                "The shooting happened about 8:30 p.m. near St. Peter and Charity streets. Witnesses told police "
                "several shots came from an alley behind the 600 block of St. Peter Street.",
                "\"It's the third time this year I've had to run inside with my kids because of gunfire,\" said a "
                "woman who lives nearby and asked not to be named.",
                "The shooting remains under investigation. Police ask anyone with information to call Crime Stoppers "
                "at (804) 780-1000.")),
    }, teens=(0, 1)),
    # --- Mesa, Tuesday evening: a driver of 44 shot in the arm in a road rage shooting on US 60; one ABC15 page, mostly
    # furniture (stamp, sign-in line, video headlines with other tolls) ------------------------------------------------
    "mesa_us_60_road_rage": incident("2014-05-20", 0, 1, {
        "mes-1": article(
            "Man shot in apparent road rage incident on US 60 in Mesa", "2014-05-21",
            _page(
                "Posted: 5:58 PM, May 20, 2014 | Updated: 9:05 AM, May 21, 2014",
                "ABC15 Arizona | Sign in | Register | Newsletters",
                "Man shot in apparent road rage incident on US 60 in Mesa",
                "MESA, AZ - A 44-year-old man was shot in the arm Tuesday evening in what Arizona Department of Public "
                "Safety troopers are calling a road rage incident on US 60 near Gilbert Road. He drove himself to a "
                "hospital and is expected to survive.",
                "TOP STORIES\nVIDEO: 2 dead in Glendale house fire (1:47)\nVIDEO: Phoenix police: Teen shot near "
                "school (0:55)\nVIDEO: Triple-digit heat returns this week (2:12)",
                "Copyright 2014 Scripps Media, Inc. All rights reserved.")),
    }),
    # --- Greenville County, Thursday about 9:45 p.m.: a man of 52 shot by his neighbour over a property line near
    # Travelers Rest; WYFF and the Greenville News the next day, WSPA when the neighbour was denied bond --------------
    "greenville_county_old_buncombe_road": incident("2015-04-23", 1, 0, {
        "gsp-1": article(
            "Deputies: Man shot, killed during argument with neighbor", "2015-04-24",
            _page(
                "GREENVILLE COUNTY, S.C. —A man was shot and killed during an argument with his neighbor Thursday "
                "night near Travelers Rest, the Greenville County Sheriff's Office said.",
                "Deputies were called to a home on Old Buncombe Road around 9:45 p.m. Master Deputy Jennifer Ruiz said "
                "the two men had been arguing over a property line when one of them pulled a gun and fired.",
                "The victim died at the scene, according to the coroner's office. The neighbor was detained by "
                "deputies.",
                "Watch WYFF News 4 at 5:30 a.m. for the latest.",
                "Copyright 2015 by WYFF. All rights reserved.")),
        "gsp-2": article(
            "Coroner identifies man killed in Travelers Rest-area shooting", "2015-04-24",
            _page(
                "The Greenville County coroner has identified a 52-year-old man shot to death Thursday night outside "
                "his home near Travelers Rest.",
                "Ronald Eugene Pittman died of a gunshot wound to the abdomen at about 10 p.m., Deputy Coroner Sam "
                "Ledford said Friday. An autopsy is scheduled for Friday afternoon.",
                "Deputies say Pittman and his neighbor had been arguing over a fence line in their yards on Old "
                "Buncombe Road when the neighbor shot him.",
                "The sheriff's office said charges were expected.")),
        "gsp-3": article(
            "Neighbor charged with murder in deadly property dispute", "2015-04-27",
            _page(
                "GREENVILLE COUNTY, S.C. (WSPA) - A 61-year-old man is charged with murder after deputies say he shot "
                "and killed his neighbor during an argument over a property line last week.",
                "Wallace Dean Cobb was booked into the Greenville County Detention Center over the weekend, according "
                "to online jail records. He was denied bond Monday.",
                "Deputies say Cobb shot 52-year-old Ronald Pittman on Thursday, April 23, outside Pittman's home on "
                "Old Buncombe Road near Travelers Rest.",
                "Pittman's family said the two men had feuded over the fence for more than a year.",
                "Copyright 2015 Media General Communications Holdings, LLC. All rights reserved.")),
    }),
    # --- Shreveport, Sunday about 1:30 a.m.: three men shot in a Greenwood Road nightclub lot, one of whom (28) died
    # on Tuesday; KSLA that morning, the Times naming them, KTBS on the death -----------------------------------------
    "shreveport_greenwood_road_club": incident("2017-10-15", 1, 2, {
        "shv-1": article(
            "3 shot outside Shreveport nightclub", "2017-10-15",
            _page(
                "SHREVEPORT, LA (KSLA) - Three men were shot early Sunday outside a nightclub in the 6500 block of "
                "Greenwood Road, Shreveport police said.",
                "The shooting was reported around 1:30 a.m. as the club was closing. Police said someone fired into a "
                "crowd in the parking lot.",
                "All three men were taken to University Health. One is in critical condition; the other two have "
                "injuries that are not considered life-threatening.",
                "Investigators are looking at surveillance video from the business. No arrests have been made.",
                "Copyright 2017 KSLA. All rights reserved.")),
        "shv-2": article(
            "Police identify 3 men shot in Greenwood Road nightclub parking lot", "2017-10-16",
            _page(
                "Shreveport police on Monday released the names of three men shot in a nightclub parking lot on "
                "Greenwood Road early Sunday.",
                "Marquis Dewayne Lott, 28, was in critical condition at University Health, police said. Andre Simmons, "
                "22, and Cortez Harris, 25, were treated for wounds to the legs.",
                "According to police, an argument inside the club continued into the parking lot shortly before 1:30 "
                "a.m., and at least one person began shooting as patrons were leaving.",
                "Officers recovered more than 20 shell casings from the lot.",
                "Police asked anyone with information to call Caddo Parish Crime Stoppers at 318-673-7373.")),
        "shv-3": article(
            "Man shot outside Greenwood Road nightclub dies", "2017-10-17",
            _page(
                "SHREVEPORT, La. -- One of three men shot outside a Shreveport nightclub over the weekend has died.",
                "Marquis Lott, 28, died Tuesday morning at University Health, the Caddo Parish Coroner's Office said. "
                "He had been in critical condition since the shooting early Sunday in the parking lot of a club in the "
                "6500 block of Greenwood Road.",
                "The two other men who were shot are recovering.",
                "Lott's death is Shreveport's 31st homicide of 2017.",
                "Police have not made an arrest.",
                "Copyright 2017 KTBS. All rights reserved.")),
    }),
}

ROUNDUPS: dict = {}

_BALTIMORE = (
    "a merge of one city's two shootings of the same night 10 km apart: both station items place their figure at "
    "'Baltimore' on the same day with no age in WBAL's to keep them apart, WBAL's 'Related Content' link 'Police: Man "
    "shot in Northeast Baltimore' shares 'Northeast', and the Sun's background sentence 'In another, a 24-year-old man "
    "was shot in the leg ... in the Belair-Edison neighborhood' is read as its own 1 injured and shares "
    "'Belair-Edison'")

XFAIL: dict[tuple[str, str], str] = {
    ("apart", "baltimore_edmondson_avenue"): _BALTIMORE,
    ("apart", "baltimore_belair_road"): _BALTIMORE,
    ("injured", "baltimore_edmondson_avenue"): _BALTIMORE + " (Belair Road's wounded man: 1 injured for 0)",
    ("killed", "baltimore_belair_road"): _BALTIMORE + " (Edmondson Avenue's death: 1 killed for 0)",
    ("sources", "baltimore_edmondson_avenue"): _BALTIMORE + " (both shootings' outlets: 4 for 2)",
    ("sources", "baltimore_belair_road"): _BALTIMORE + " (both shootings' outlets: 4 for 2)",
}

# Independent sources: every outlet of the set told one story of its incident; AP's story and the Billings Gazette's
# copy of it count once. Post Road (WTHR, the IndyStar, WISH), Watkins Park (RTV6, the IndyStar), Whitehaven (WREG, the
# Commercial Appeal, WMC), Jackson Avenue (FOX13, WREG), North 35th Street (WISN, the Journal Sentinel, TMJ4, FOX6),
# West Center Street (FOX6, the Journal Sentinel), Edmondson Avenue (WBAL, the Sun), Belair Road (WJZ, WMAR), Great
# Falls (the Tribune, AP), Canton (FOX 8, the Repository), Ensley (WBRC, AL.com, WIAT, WVTM), West Garfield Park
# (DNAinfo, the Tribune, the Sun-Times), Tulsa (KJRH, the World), Kansas City (KSHB, the Star, KCTV), Albany (the Times
# Union), Tucson (KGUN, the Star, KOLD), Columbus (10TV, the Dispatch), Louisville (WDRB, the Courier-Journal, WLKY),
# Richmond (NBC12, the Times-Dispatch), Mesa (ABC15), Greenville County (WYFF, the News, WSPA), Shreveport (KSLA, the
# Times, KTBS).
INDEPENDENT_SOURCES = {"indianapolis_post_road": 3, "indianapolis_watkins_park": 2, "memphis_whitehaven_teen": 3,
                       "memphis_jackson_avenue": 2, "milwaukee_35th_street_girl": 4, "milwaukee_center_street_car": 2,
                       "baltimore_edmondson_avenue": 2, "baltimore_belair_road": 2,
                       "great_falls_central_avenue_bar": 2, "canton_17th_street_murder_suicide": 2,
                       "birmingham_ensley_party": 4, "chicago_wilcox_street_porch": 3, "tulsa_east_21st_street_boy": 2,
                       "kansas_city_prospect_teen": 3, "albany_clinton_avenue": 1, "tucson_grant_road_parking_lot": 3,
                       "columbus_hilltop_police_shooting": 2, "louisville_exeter_avenue": 3,
                       "richmond_gilpin_court_teen": 2, "mesa_us_60_road_rage": 1,
                       "greenville_county_old_buncombe_road": 3, "shreveport_greenwood_road_club": 3}
# Grades (docs/warehouse.md): single-source for the one-report incidents; corroborated where two or more stories agree
# (Shreveport's fewer wounded after the death is a revision; Birmingham's wounded only rise).
GRADES = {"albany_clinton_avenue": "single-source", "mesa_us_60_road_rage": "single-source",
          "shreveport_greenwood_road_club": "corroborated", "birmingham_ensley_party": "corroborated",
          "great_falls_central_avenue_bar": "corroborated", "canton_17th_street_murder_suicide": "corroborated",
          "chicago_wilcox_street_porch": "corroborated", "indianapolis_watkins_park": "corroborated",
          "memphis_jackson_avenue": "corroborated", "baltimore_belair_road": "corroborated",
          "milwaukee_35th_street_girl": "corroborated", "tulsa_east_21st_street_boy": "corroborated"}

BCUBED_F1_FLOOR = 0.90  # committed before the first run as provisional; kept: the first run gave 0.926

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)

warehouse = SET.fixture()


def test_set_shape():
    SET.check_shape(incidents=range(22, 23), articles=range(55, 56))
    SET.check_years(range(2014, 2018))
    assert set(INDEPENDENT_SOURCES) <= set(INCIDENTS) and set(GRADES) <= set(INCIDENTS)


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
