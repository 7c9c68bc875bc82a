"""Second typical reconciliation set: a representative (not adversarial) sample of US shootings of 2018-2023 as the Gun
Violence Archive files them, each told by the local reports that usually cover such a shooting. Twenty-two invented
incidents and 55 invented reports (one to four an incident) of local TV station sites, city papers, Patch and the AP
state wire (one AP story and a second outlet's copy of it with small edits), written before the pipeline was run on
them. Places, agencies, hospitals and outlets are real; every incident, person, official and sentence is invented,
none is taken from the development data or from another challenge set. It uses the reconciliation sets' harness
(tests/challenge_harness.py, IncidentSet).

The mix is the archive's ordinary one: nine incidents of one death (a man at an apartment complex, a driver in a road
rage shooting, a man at a gas station, a man on a village street, a man found shot in a parked car, a man outside a
bar at closing time, a man shot by police; a boy of 17 in Philadelphia, a boy of 17 at a Wichita park), seven of one
or two wounded (a boy of 15 at a bus stop, a burglar shot by a homeowner, two men on a street, a girl of 6 hit by a
stray bullet in her home, two men outside a deli, a man outside a bar, two men on a porch), a boy of 3 who shot
himself with a gun found in a nightstand, one dead and one hurt (Jackson), a murder-suicide with a son wounded
(Tacoma), and the few with 3+ victims: a house party (San Antonio, one dead and three hurt, then a second death), a
mall (Baton Rouge, three hurt, a girl of 14 among them) and a block cookout (Pittsburgh, one dead and two hurt, then a
third wounded man who walked into a hospital).

The reports, as such pages run: the night's or next morning's station item (often "This is a developing story",
without names or ages: "a man believed to be in his late 20s", "two men and a woman"), the paper's follow-up naming
the victim a day or two later, an update with a revised count ("A second person has died", "A third person wounded
... arrived at a hospital on his own hours later, ... bringing the number of people shot to four"), an arrest story
days or weeks later that retells the shooting briefly ("on Aug. 16", "the May 4 death", "earlier this month", "last
month"), and AP's state-wire story with a second outlet's copy of it with small edits (Baton Rouge). Page clutter:
copyright lines, crime-stoppers numbers, a domestic-violence hotline, a city's homicide count ("Charlotte's 58th
homicide this year", "the city's third homicide of 2020"), a paper's tallies ("At least 14 people have been shot in
such encounters in Harris County this year", "at least the 19th teenager fatally shot in the city this year", "at
least nine people were shot between Friday evening and Sunday night"), Patch's newsletter line, and people at the
scene who were not hurt (the teen's friends, a grandmother on the couch, a sister of 5, three children of 4, 7 and
10 inside the house, the woman who called police). Suspects who are minors or teens (a boy of 16 charged, an
18-year-old arrested) are not victims. Two incidents have only one short report (Houston's burglar, Jackson).

Four pairs of different incidents in one city within two days must stay apart: Charlotte (a man killed at an east
Charlotte apartment complex on Friday night; a boy of 15 wounded at a west Charlotte bus stop on Sunday afternoon),
Houston (a road rage killing on the North Freeway on Tuesday; a burglar wounded by a homeowner in southwest Houston
early Thursday), Philadelphia (a boy of 17 killed in Kensington on Monday; two men wounded in North Philadelphia on
Wednesday night, same hospital), Detroit (a girl of 6 wounded on the east side on Thursday night; a man killed at a
west side gas station early Saturday). One pair in neighbouring Nassau County communities on the same Saturday night
must stay apart too: a man killed in Hempstead village about 11:40 p.m. and two men wounded in Roosevelt about 10:50
p.m., both with Nassau County police, Crime Stoppers' number, Nassau University Medical Center and Patch, and the
Hempstead follow-up recalling the Roosevelt shooting in a background sentence ("unrelated to one about an hour
earlier in neighboring Roosevelt in which two men were wounded").

The gold is what a careful GVA coder records for each incident from all its reports under docs/conventions.md: the day
the shooting happened (a shooting "about 1:10 a.m." Saturday or "around 1:15 a.m." Sunday is that day's; a man shot
"shortly before midnight" Saturday who was pronounced dead at 12:28 a.m. Sunday is Saturday's; a man found shot in a
car at 6:40 a.m. Sunday, with gunshots heard ten minutes earlier, is Sunday's; never the day of a death, an arrest, a
charge or an identification); the latest credible toll (San Antonio: 2 killed, 2 injured after "a second person has
died"; Pittsburgh: 1 killed, 3 injured after the third wounded man); children 0-11, teens 12-17. Judgements where
docs/conventions.md is silent, as a GVA coder records them: the Tacoma husband who shot his wife and son and then
himself is among the killed (2 killed, the son 1 injured; GVA counts a shooter's suicide); the Las Vegas man shot by
officers is one killed and the Houston burglar shot by a homeowner one injured (GVA counts suspects shot, by police or
by a resident); the Columbia boy of 3 who shot himself is a child killed (GVA files unintentional shootings); the
Detroit girl of 6 is a child hurt (the men the shots were aimed at were not hit). Independent sources are the
outlets that reported (AP's story and the copy of it count once, as AP's); every outlet of this set told one story of
its incident, so all 22 are given. The grade is docs/warehouse.md's: single-source for the two one-report incidents,
corroborated for the multi-report ones given (San Antonio's fewer wounded after the second death is a revision, not
a contradiction; Pittsburgh's count only rises).

First run (worktree of main 1c68fd0, before any fix), passing / checked: together 22/22, apart 18/22, killed 21/22,
injured 20/22, children killed 22/22, children injured 22/22, teens killed 22/22, teens injured 21/22, date 21/22,
independent sources 18/22, grade 10/12; B-cubed precision 0.913, recall 1.000, F1 0.954 (218 of 234 tests passed). No
text or gold was changed after the run; BCUBED_F1_FLOOR was committed with a provisional 0.90 and set from the run
less a margin. The merged incidents' other figures pass only because they equal one member's (Charlotte's apartment
killing: killed 1, date Aug. 16; Hempstead's killed 1 and date; Roosevelt's injured 2 and date). The 16 failures are
strict xfails with their class (XFAIL):
- a merge of one city's two shootings two days apart by a station's copyright line (8): WSOC's arrest story of the
  Friday apartment killing and its Sunday item on the boy hurt at the bus stop both end "(© 2019 Cox Media Group)",
  whose "Cox", "Media" and "Group" are the rare names linking them with "Charlotte" (apart x2; the bus stop's killed 1
  for 0, injured 0 for 1 and teens injured 0 for 1, because the three reports of the death vote for none hurt; its
  date Aug. 16 for Aug. 18; sources 5 for 3 and 5 for 2). Passes since 0.27.0: the words of a copyright notice are no
  longer the article's linking names;
- a merge of two shootings in neighbouring Nassau County communities 4 km apart on the same night (6): Hempstead
  village and Roosevelt are the same place and day for linking, and the victims' different ages (27; 22 and 25) do
  not keep them apart because the reports share names of the county police and of Patch ("Nassau", "Squad" of
  "Homicide Squad" / "First Squad", Patch's newsletter line "Sign up for Patch's ..."); the Hempstead follow-up's
  background sentence "The shooting was unrelated to one about an hour earlier in neighboring Roosevelt in which two
  men were wounded" is read as its own 3 injured (1 + 2) in Roosevelt, not as a background figure (apart x2;
  Roosevelt's killed 1 for 0; Hempstead's injured 2 for 0; sources 5 for 3 and 5 for 2);
- a follow-up whose wounded are told partly in a sentence of their own is read short, and its fewer wounded contest
  the first report (2): San Antonio's Monday story reads 1 injured ("... that also wounded a 16-year-old boy"; not "A
  20-year-old man and the 16-year-old were in stable condition"), a fall from the first report's 3 larger than its
  one new death; Pittsburgh's Sunday story reads 1 ("A third person wounded ... arrived at a hospital"; not "A woman,
  36, and a man, 29, were taken to UPMC Presbyterian in stable condition", nor "bringing the number of people shot to
  four") against the first report's 2 (grade contested for corroborated x2; both incidents' best figures pass, the
  latest report's).
Not failing but worth a look (article figures the incident checks do not see): the Albuquerque arrest story gives 2
killed for 1 ("accused of killing another man in a parked car" and "in the death of Gilbert Archuleta, 38" are one
death); the Hempstead follow-up's first figure is dated Sunday and placed in Mineola ("He was pronounced dead at Nassau
University Medical Center in East Meadow at 12:28 a.m. Sunday", after "said at a news conference at police
headquarters in Mineola"), a second event of that report; the Baton Rouge station item's place is the state
("Mall of Louisiana").
"""
from __future__ import annotations


from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- Charlotte, Friday night: a man of 33 killed at an east Charlotte apartment complex; the station next
    # morning, the paper naming him on Monday, an arrest two weeks later ----------------------------------------------
    "charlotte_farm_pond_lane": incident("2019-08-16", 1, 0, {
        "clt-1": article(
            "Man killed in east Charlotte apartment complex shooting", "2019-08-17",
            "CHARLOTTE, N.C. (WBTV) - Homicide detectives are investigating after a man was shot and killed at an "
            "apartment complex in east Charlotte late Friday night.\n\nCharlotte-Mecklenburg Police were called to "
            "the complex in the 5700 block of Farm Pond Lane around 11:15 p.m. for a report of a shooting. Officers "
            "found a man with a gunshot wound in the breezeway of one of the buildings. Medic pronounced him dead at "
            "the scene.\n\nPolice have not released the victim's name. No arrests have been made.\n\nThis is a "
            "developing story. Check back with WBTV for updates.\n\nAnyone with information is asked to call Crime "
            "Stoppers at 704-334-1600.\n\nCopyright 2019 WBTV. All rights reserved."),
        "clt-2": article(
            "Police identify man killed in east Charlotte, the city's 58th homicide of 2019", "2019-08-19",
            "Charlotte-Mecklenburg police on Monday identified the man killed in a shooting at an east Charlotte "
            "apartment complex Friday night as Terrell Anthony Gaines, 33.\n\nOfficers responding to a 911 call found "
            "Gaines shot in a breezeway of a building on Farm Pond Lane, near Albemarle Road, shortly after 11 p.m., "
            "according to a CMPD news release. He died at the scene.\n\nDetectives believe Gaines and the person who "
            "shot him knew each other, police said, and that the shooting was not random.\n\nGaines' death is "
            "Charlotte's 58th homicide this year, compared with 41 at this point in 2018, according to police data "
            "tracked by The Charlotte Observer.\n\nA neighbor who asked not to be named because she feared for her "
            "safety said she heard four or five shots and then a car speeding out of the parking lot. \"I just got "
            "down on the floor with my kids,\" she said.\n\nAnyone with information can call 704-432-TIPS and speak "
            "directly to a homicide detective, or Crime Stoppers at 704-334-1600."),
        "clt-3": article(
            "Arrest made in deadly shooting at east Charlotte apartments", "2019-08-30",
            "CHARLOTTE, N.C. — A 26-year-old man has been charged with murder in the shooting death of a man at an "
            "east Charlotte apartment complex earlier this month, police said Friday.\n\nDesmond Lamar Pryor was "
            "arrested Thursday afternoon in Gastonia with help from the U.S. Marshals Service, according to "
            "Charlotte-Mecklenburg police. He is charged with first-degree murder and possession of a firearm by a "
            "convicted felon.\n\nTerrell Gaines, 33, was found shot on Aug. 16 at the Farm Pond Lane complex off "
            "Albemarle Road and died at the scene. Detectives said the two men had been in an ongoing dispute over "
            "money.\n\nPryor was booked into the Mecklenburg County jail.\n\n(© 2019 Cox Media Group)"),
    }),
    # --- Charlotte, two days later: a boy of 15 wounded at a west Charlotte bus stop; the station that evening, the
    # paper's brief the next morning ----------------------------------------------------------------------------------
    "charlotte_freedom_drive_teen": incident("2019-08-18", 0, 1, {
        "clt-4": article(
            "Teen shot at west Charlotte bus stop, police say", "2019-08-18",
            "CHARLOTTE, N.C. — A 15-year-old boy was hurt Sunday afternoon when someone opened fire at a bus stop in "
            "west Charlotte, police said.\n\nIt happened just before 3 p.m. on Freedom Drive near Ashley Road. Police "
            "said the teen was waiting for a CATS bus with friends when a car pulled up and someone inside started "
            "shooting.\n\nThe boy was taken to Atrium Health's Carolinas Medical Center with injuries that are not "
            "considered life-threatening. None of his friends were hit.\n\nInvestigators have not said whether the "
            "teen was the intended target. Channel 9 saw detectives collecting shell casings along the sidewalk.\n\n"
            "(© 2019 Cox Media Group)"),
        "clt-5": article(
            "15-year-old wounded in drive-by shooting on Freedom Drive", "2019-08-19",
            "A 15-year-old was shot in the leg at a bus stop on Freedom Drive on Sunday, Charlotte-Mecklenburg police "
            "said.\n\nThe boy was standing with three other teens near Ashley Road about 2:50 p.m. when someone in a "
            "passing silver sedan fired several shots, police said. He was treated at Carolinas Medical Center and "
            "is expected to recover.\n\nNo arrests had been made as of Monday morning. Police asked anyone who saw "
            "the car to call Crime Stoppers at 704-334-1600."),
    }, teens=(0, 1)),
    # --- Houston, Tuesday evening: a driver of 29 killed in a road rage shooting on the North Freeway; the station
    # that night, the paper naming him, an arrest ten days later -------------------------------------------------------
    "houston_north_freeway_road_rage": incident("2021-05-11", 1, 0, {
        "hou-1": article(
            "Man shot, killed in apparent road rage on North Freeway, HPD says", "2021-05-11",
            "HOUSTON — A man was shot and killed in what police believe was a road rage incident on the North "
            "Freeway on Tuesday evening, according to the Houston Police Department.\n\nThe shooting happened around "
            "6:30 p.m. on the northbound lanes near Little York. Police said the driver of a white pickup and the "
            "driver of a gray Nissan Altima had been exchanging words while driving when someone in the pickup fired "
            "several shots into the Altima.\n\nThe driver of the Altima, a man believed to be in his late 20s, "
            "crashed into the center barrier. He was pronounced dead at the scene.\n\nThe pickup kept going. Police "
            "are asking anyone who saw the pickup or has dashcam video to contact HPD's Homicide Division at "
            "713-308-3600 or Crime Stoppers at 713-222-TIPS.\n\nThe northbound lanes were closed for several hours "
            "while investigators worked the scene.\n\nThis is a developing story. Refresh this page for updates."),
        "hou-2": article(
            "Family identifies man killed in North Freeway road rage shooting", "2021-05-13",
            "The man killed Tuesday in a road rage shooting on the North Freeway was a 29-year-old father of two on "
            "his way home from his shift at a Spring warehouse, his family said Wednesday.\n\nLuis Enrique Salinas "
            "was driving north on Interstate 45 near Little York Road when a gunman in a white pickup fired into his "
            "car, Houston police said. Salinas' car struck a barrier and he died at the scene.\n\n\"He didn't even "
            "have a temper. He was the calm one,\" said his sister, Marisol Salinas, 34. \"Whatever happened on that "
            "road, he didn't deserve to die for it.\"\n\nThe Harris County Institute of Forensic Sciences ruled his "
            "death a homicide caused by a gunshot wound to the neck.\n\nPolice have released a grainy image of the "
            "truck, a late-model white Chevrolet Silverado with a ladder rack, taken from a Texas Department of "
            "Transportation camera. No arrests have been made.\n\nRoad rage shootings have become increasingly "
            "common in the Houston area. At least 14 people have been shot in such encounters in Harris County this "
            "year, according to a Chronicle analysis."),
        "hou-3": article(
            "Man charged with murder in deadly road rage shooting on North Freeway", "2021-05-21",
            "HOUSTON – A 38-year-old man has been charged in the road rage shooting that killed a father of two on "
            "the North Freeway last week, according to court records.\n\nCurtis Wayne Dobbs was arrested Thursday at "
            "his home in Aldine after a tip led investigators to his white Chevrolet Silverado, Houston police said. "
            "He is charged with murder.\n\nInvestigators say Dobbs fired into the car of Luis Salinas, 29, on May 11 "
            "after the two drivers cut each other off near Little York Road. Salinas died at the scene.\n\nDobbs' "
            "bond was set at $250,000 during a probable cause hearing Friday morning. His attorney could not be "
            "reached for comment.\n\nCopyright 2021 by KPRC Click2Houston - All rights reserved."),
    }),
    # --- Houston, two days later: a burglar shot by a homeowner in southwest Houston; one short station item ----------
    "houston_bellerive_homeowner": incident("2021-05-13", 0, 1, {
        "hou-4": article(
            "Homeowner shoots man trying to break into southwest Houston home, police say", "2021-05-13",
            "HOUSTON – A man was hospitalized early Thursday after a homeowner shot him while he was trying to break "
            "into a house in southwest Houston, police said.\n\nIt happened around 3 a.m. in the 7900 block of "
            "Bellerive Drive. The homeowner told officers he heard glass breaking and fired at a man climbing through "
            "a back window. The man was shot in the shoulder and taken to Ben Taub Hospital in stable condition.\n\n"
            "Police said he will face a burglary charge once he is released. The homeowner is not expected to be "
            "charged."),
    }),
    # --- Philadelphia, Monday afternoon: a boy of 17 killed in Kensington; the station that day, the paper naming
    # him, the arrest of a boy of 16 two weeks later -------------------------------------------------------------------
    "philadelphia_kensington_teen": incident("2022-10-03", 1, 0, {
        "phl-1": article(
            "17-year-old shot and killed in Kensington, police say", "2022-10-03",
            "PHILADELPHIA (WPVI) -- A 17-year-old boy was shot and killed in the city's Kensington section Monday "
            "afternoon.\n\nIt happened around 3:40 p.m. on the 3000 block of Jasper Street.\n\nPolice say the teen "
            "was shot multiple times in the chest and back. Officers rushed him to Temple University Hospital, where "
            "he was pronounced dead at 4:02 p.m.\n\nInvestigators say the gunman fled on foot. A weapon has not been "
            "recovered.\n\nThe shooting happened about two blocks from a school as students were being dismissed, "
            "police said. No other injuries were reported.\n\nThe victim's name has not been released.\n\n"
            "Copyright © 2022 WPVI-TV. All Rights Reserved."),
        "phl-2": article(
            "Teen killed in Kensington was a Frankford High senior who wanted to be a barber", "2022-10-04",
            "The 17-year-old shot to death in Kensington on Monday afternoon was a senior at Frankford High School "
            "who cut hair for neighborhood kids for $10 a head and planned to go to barber school after graduation, "
            "his mother said Tuesday.\n\nPolice identified him as Nasir Coleman. He was shot six times on Jasper "
            "Street near East Clearfield Street around 3:40 p.m. and died at Temple University Hospital, police "
            "said.\n\n\"He was just walking to the store,\" said his mother, Tanya Coleman. \"He texted me he was "
            "going to get a hoagie. That was the last thing he ever said to me.\"\n\nPolice Capt. Frank Vanore said "
            "investigators were reviewing surveillance video and believed the shooter knew Coleman.\n\nColeman is at "
            "least the 19th teenager fatally shot in the city this year, according to police data.\n\nAnyone with "
            "information can call the Police Department's tip line at 215-686-TIPS."),
        "phl-3": article(
            "Teen, 16, charged with murder in Kensington shooting death of high school senior", "2022-10-19",
            "A 16-year-old boy has been arrested and charged with murder in the shooting death of a Frankford High "
            "School senior in Kensington earlier this month, Philadelphia police said Wednesday.\n\nThe teen, whose "
            "name was not released because of his age, surrendered at police headquarters Tuesday night with his "
            "attorney, police said. He will be charged as an adult with murder, conspiracy and weapons offenses.\n\n"
            "Investigators say he shot 17-year-old Nasir Coleman on Jasper Street on Oct. 3 following an argument on "
            "social media. Coleman died at Temple University Hospital.\n\nNo other arrests are expected, police "
            "said."),
    }, teens=(1, 0)),
    # --- Philadelphia, two days later: two men wounded on North 17th Street; the station and the paper's brief ------
    "philadelphia_north_17th_street": incident("2022-10-05", 0, 2, {
        "phl-4": article(
            "2 men injured in North Philadelphia shooting", "2022-10-06",
            "PHILADELPHIA (CBS) -- Two men were wounded in a shooting in North Philadelphia on Wednesday night, "
            "police said.\n\nThe shooting happened on the 2200 block of North 17th Street just after 9:15 p.m. A "
            "24-year-old man was shot once in the thigh and a 31-year-old man was shot in the arm, police said. Both "
            "were taken to Temple University Hospital and are listed in stable condition.\n\nPolice found at least 11 "
            "shell casings at the scene. No arrests have been made and no weapon was recovered."),
        "phl-5": article(
            "Two men shot on North 17th Street", "2022-10-06",
            "Two men were shot late Wednesday on North 17th Street near West Susquehanna Avenue, police said. The "
            "men, 24 and 31, were in stable condition at Temple University Hospital. Police did not release a "
            "motive. It was one of at least four shootings in the city Wednesday night, according to police."),
    }),
    # --- Detroit, Thursday night: a girl of 6 hit by a stray bullet on her couch on the east side; the station and
    # the paper the next day, a charge five days later ----------------------------------------------------------------
    "detroit_hayes_street_girl": incident("2020-07-23", 0, 1, {
        "det-1": article(
            "6-year-old girl hit by stray bullet inside her home on Detroit's east side", "2020-07-24",
            "DETROIT (WXYZ) — A 6-year-old girl is in the hospital after a stray bullet came through the wall of her "
            "home on Detroit's east side Thursday night.\n\nAccording to Detroit police, the girl was sitting on the "
            "couch watching TV with her grandmother when shots were fired outside the home on Hayes Street near "
            "Seven Mile around 10:20 p.m. One of the bullets went through the front wall and struck her in the hip."
            "\n\nHer family drove her to Children's Hospital of Michigan. Police say she is in temporary serious "
            "condition but is expected to survive.\n\nPolice believe the shots were fired by someone in a dark SUV "
            "aimed at a group of people standing in the street. Nobody else was hit.\n\n\"This is a baby. She's six "
            "years old,\" Detroit police Cmdr. Ian Holloway said. \"Whoever did this, turn yourself in.\"\n\nAnyone "
            "with information is asked to call Crime Stoppers at 1-800-SPEAK-UP.\n\nCopyright 2020 Scripps Media, "
            "Inc. All rights reserved."),
        "det-2": article(
            "'She was just watching cartoons': Girl, 6, wounded by stray bullet on Detroit's east side", "2020-07-24",
            "A 6-year-old Detroit girl was recovering Friday after a bullet fired outside her family's east side home "
            "tore through the front wall and hit her as she sat on the couch, police and relatives said.\n\nAmaya "
            "Reynolds was struck in the hip at about 10:20 p.m. Thursday in the house on Hayes Street near East "
            "Seven Mile Road, Detroit police said. Her grandmother, who was sitting next to her, was not hurt.\n\n"
            "\"She was just watching cartoons,\" said her aunt, Keisha Reynolds, 29. \"She asked me, 'Auntie, am I "
            "going to die?' What do you say to that?\"\n\nPolice said someone in a dark-colored Dodge Durango fired "
            "at least eight shots toward a group of men outside a neighboring house. None of them was struck.\n\nThe "
            "girl was listed in temporary serious condition at Children's Hospital of Michigan on Friday, police "
            "said.\n\nPolice asked anyone with information to call the department's 9th Precinct detective unit at "
            "313-596-5940 or Crime Stoppers at 1-800-SPEAK-UP."),
        "det-3": article(
            "Man, 22, charged after stray bullet wounds 6-year-old girl on Detroit's east side", "2020-07-28",
            "A 22-year-old Detroit man has been charged with assault with intent to murder and weapons offenses in a "
            "drive-by shooting last week that left a 6-year-old girl wounded inside her home, the Wayne County "
            "Prosecutor's Office said Tuesday.\n\nProsecutors say Darnell Q. Hutchins fired from a Dodge Durango at "
            "a group of men on Hayes Street shortly after 10 p.m. July 23. One of the bullets went through the wall "
            "of a nearby home and hit the girl, who was watching television.\n\nThe girl has been released from the "
            "hospital, her family said.\n\nHutchins was arraigned Monday in 36th District Court and was held on a "
            "$500,000 cash bond. He is charged with five counts of assault with intent to murder and felony firearm."),
    }, children=(0, 1)),
    # --- Detroit, two days later: a man of 34 killed outside a west side gas station early Saturday; the station
    # that day, the paper naming him on Monday ------------------------------------------------------------------------
    "detroit_grand_river_gas_station": incident("2020-07-25", 1, 0, {
        "det-4": article(
            "Man fatally shot at gas station on Detroit's west side", "2020-07-25",
            "DETROIT – Police are searching for the gunman who shot and killed a man at a gas station on Detroit's "
            "west side early Saturday.\n\nThe shooting was reported at about 2:30 a.m. at the Marathon station at "
            "Grand River Avenue and Greenfield Road. Police said the victim, a 34-year-old man, got into an argument "
            "with another man inside the store. When he walked back to his car, the other man followed him outside "
            "and opened fire.\n\nThe victim died at the scene. The shooter left in a black Chevrolet Impala heading "
            "east on Grand River.\n\nPolice released surveillance images of the suspect Saturday afternoon. Anyone "
            "who recognizes him is asked to call Detroit police at 313-596-2260.\n\nCopyright 2020 by WDIV "
            "ClickOnDetroit - All rights reserved."),
        "det-5": article(
            "Slain man at west side gas station was a 'gentle giant,' family says", "2020-07-27",
            "The man gunned down at a west side Detroit gas station early Saturday has been identified as Marcus "
            "DeShawn Leary, 34, a father of three who drove for a medical supply company, his family said Monday.\n\n"
            "Leary was shot several times outside the Marathon station at Grand River and Greenfield after a dispute "
            "inside the store, police said. The Wayne County Medical Examiner's Office ruled his death a homicide.\n\n"
            "\"He was 6-foot-5 and the gentlest person you'd ever meet,\" his cousin, Andre Leary, said. \"He'd give "
            "you the shirt off his back.\"\n\nPolice had made no arrests as of Monday. The killing came during a "
            "violent weekend in Detroit, where at least nine people were shot between Friday evening and Sunday "
            "night, police said."),
    }),
    # --- Hempstead village, Saturday shortly before midnight: a man of 27 killed on Jackson Street; the station and
    # Patch the next day, the paper naming him on Monday -------------------------------------------------------------
    "hempstead_jackson_street": incident("2023-03-18", 1, 0, {
        "hem-1": article(
            "Police: Man shot and killed in Hempstead", "2023-03-19",
            "A man was shot and killed in Hempstead late Saturday night, according to Nassau County police.\n\nPolice "
            "say the 27-year-old was found lying on the sidewalk on Jackson Street near Front Street with a gunshot "
            "wound to the torso at about 11:40 p.m. He was taken to Nassau University Medical Center, where he was "
            "pronounced dead.\n\nDetectives from the Nassau County Homicide Squad are investigating. There is no word "
            "on a suspect.\n\nPolice are asking anyone with information to call Crime Stoppers at 1-800-244-TIPS. All "
            "calls will remain anonymous."),
        "hem-2": article(
            "Man Shot Dead In Hempstead Village: Police", "2023-03-19",
            "HEMPSTEAD, NY — A 27-year-old man was killed in a shooting in Hempstead Village late Saturday, Nassau "
            "County police said.\n\nOfficers responding to a 911 call found the man on Jackson Street at about 11:40 "
            "p.m., police said. He had been shot in the torso and was pronounced dead at a hospital.\n\nHis name was "
            "not immediately released.\n\nDetectives ask anyone with information to call Nassau County Crime "
            "Stoppers at 1-800-244-TIPS.\n\nSign up for Patch's free daily newsletter and get local news in your "
            "inbox."),
        "hem-3": article(
            "Hempstead man, 27, killed in village shooting was aspiring rapper, family says", "2023-03-20",
            "A Hempstead man fatally shot late Saturday on a village street was identified Sunday by Nassau County "
            "police as Jamal K. Everett, 27.\n\nEverett was shot once in the torso on Jackson Street near Front "
            "Street shortly before midnight, Det. Lt. Raymond Koenig of the Homicide Squad said at a news conference "
            "at police headquarters in Mineola. He was pronounced dead at Nassau University Medical Center in East "
            "Meadow at 12:28 a.m. Sunday.\n\nKoenig said investigators believe Everett was targeted and that he had "
            "been involved in a dispute with another man earlier in the evening at a nearby bar. He did not identify "
            "the man.\n\nEverett, who recorded music under the name \"J Ev,\" had just released his first mixtape. "
            "\"He was trying to make it the right way,\" said his mother, Denise Everett.\n\nThe shooting was "
            "unrelated to one about an hour earlier in neighboring Roosevelt in which two men were wounded, Koenig "
            "said."),
    }),
    # --- Roosevelt, the same Saturday night: two men of 22 and 25 wounded outside a Nassau Road deli; the station's
    # short item and Patch ---------------------------------------------------------------------------------------------
    "roosevelt_nassau_road_deli": incident("2023-03-18", 0, 2, {
        "rsv-1": article(
            "2 men hurt in Roosevelt shooting", "2023-03-19",
            "Two men were injured in a shooting in Roosevelt Saturday night, police say.\n\nNassau County police say "
            "the men, ages 22 and 25, were shot outside a deli on Nassau Road at about 10:50 p.m. Both were taken to "
            "a local hospital with non-life-threatening injuries.\n\nThe investigation is ongoing."),
        "rsv-2": article(
            "2 Wounded In Roosevelt Shooting Outside Deli: Police", "2023-03-19",
            "ROOSEVELT, NY — Two men were shot outside a Nassau Road deli in Roosevelt on Saturday night, Nassau "
            "County police said.\n\nFirst Squad detectives said the victims, 22 and 25, were standing in front of the "
            "store near Centennial Avenue at about 10:50 p.m. when a man in a dark hooded sweatshirt walked up and "
            "fired several shots, then ran south on Nassau Road.\n\nThe 22-year-old was shot in the leg and the "
            "25-year-old in the hand, police said. Both were treated at Nassau University Medical Center and were "
            "expected to survive.\n\nAnyone with information can call Crime Stoppers at 1-800-244-TIPS.\n\nSign up "
            "for Patch's free daily newsletter and get local news in your inbox."),
    }),
    # --- San Antonio, Saturday night: a West Side house party, a man of 19 killed, three hurt; a woman of 18 dies the
    # next day; the station that night, the paper on Monday, an arrest story weeks later ------------------------------
    "san_antonio_saltillo_party": incident("2022-06-04", 2, 2, {
        "sat-1": article(
            "1 dead, 3 injured after shooting at West Side house party, SAPD says", "2022-06-05",
            "SAN ANTONIO – One person is dead and three others are hospitalized after gunfire erupted at a house "
            "party on the West Side late Saturday, according to San Antonio police.\n\nOfficers were called to a "
            "home in the 1400 block of Saltillo Street around 11:30 p.m. Police said dozens of people, many of them "
            "teens and young adults, were at the party when an argument broke out in the backyard and at least two "
            "people began shooting.\n\nA 19-year-old man died at the scene. Two men and a woman were taken to "
            "University Hospital, one of them in critical condition, police said.\n\nNo arrests have been made. A "
            "police spokesperson said officers were still interviewing witnesses early Sunday.\n\nThis is a "
            "developing story and will be updated.\n\nCopyright 2022 by KSAT - All rights reserved."),
        "sat-2": article(
            "Second victim dies after West Side house party shooting; teen among wounded", "2022-06-06",
            "A second person has died after a shooting at a house party on San Antonio's West Side that also wounded "
            "a 16-year-old boy, police said Monday.\n\nBriana Solis, 18, died Sunday afternoon at University "
            "Hospital, a day after she was shot in the back as she tried to run from the backyard of a home on "
            "Saltillo Street, according to police and the Bexar County Medical Examiner's Office.\n\nThe man killed "
            "at the scene late Saturday was identified as Adrian Ruiz, 19. A 20-year-old man and the 16-year-old "
            "were in stable condition, police said.\n\nPolice said the party had been advertised on social media and "
            "drew more than 100 people. Detectives believe the shooting started with a fight between two groups of "
            "young men.\n\n\"We're talking about kids,\" Solis' aunt, Veronica Ybarra, said. \"Why did anybody need "
            "to bring a gun to a party?\"\n\nAnyone with information is asked to call the SAPD homicide unit at "
            "210-207-7635."),
        "sat-3": article(
            "Two arrested in deadly West Side house party shooting", "2022-06-22",
            "SAN ANTONIO — Two men have been arrested in connection with a shooting at a West Side house party "
            "earlier this month that left two young people dead and two others wounded, San Antonio police announced "
            "Wednesday.\n\nJacob Mendez, 21, and Isaiah Garza, 19, are each charged with two counts of murder and two "
            "counts of aggravated assault with a deadly weapon, police said.\n\nPolice say the two men fired into a "
            "crowd in the backyard of the home on Saltillo Street on June 4 after being asked to leave. Adrian Ruiz, "
            "19, died at the scene, and Briana Solis, 18, died the next day. A 20-year-old man and a 16-year-old boy "
            "were also hit.\n\nBoth suspects were booked into the Bexar County jail."),
    }, teens=(0, 1)),
    # --- Baton Rouge, Saturday afternoon: three hurt near the Mall of Louisiana's food court, a girl of 14 among them;
    # the station that day, the paper, AP's story and a second outlet's copy of it ------------------------------------
    "baton_rouge_mall_of_louisiana": incident("2019-12-21", 0, 3, {
        "btr-1": article(
            "Three hurt in shooting at Mall of Louisiana; shoppers sent running", "2019-12-21",
            "BATON ROUGE - Three people were shot inside the Mall of Louisiana on Saturday afternoon, sending holiday "
            "shoppers running for the exits.\n\nBaton Rouge police said the shooting happened shortly after 2 p.m. "
            "near the food court, where two groups of young men got into a fight. At least one person pulled out a "
            "gun and fired several rounds.\n\nAll three victims were taken to a hospital. Police have not released "
            "their conditions.\n\nThe mall was placed on lockdown for about an hour as officers searched store by "
            "store. Several shoppers told WBRZ they hid in stockrooms.\n\nThis is a developing story. Stay with WBRZ "
            "for updates."),
        "btr-2": article(
            "Girl, 14, among 3 wounded in Mall of Louisiana shooting; police seek 2 men", "2019-12-22",
            "A 14-year-old girl shopping with her mother was among three people wounded Saturday when gunfire broke "
            "out near the food court of the Mall of Louisiana, Baton Rouge police said.\n\nThe girl was struck in the "
            "foot by a stray bullet, police spokesman Cpl. Derek Fontenot said. The two other victims, men ages 19 "
            "and 22, were involved in the fight that led to the shooting, he said. All three were taken to Our Lady "
            "of the Lake Regional Medical Center with injuries that were not life-threatening.\n\nPolice are looking "
            "for two men seen running from the mall's east entrance toward the parking lot near Dillard's. "
            "Surveillance video shows one of them firing at least five times, Fontenot said.\n\n\"It was chaos. "
            "People were throwing down their bags and just running,\" said Tameka Joseph, who was working at a shoe "
            "store near the food court.\n\nThe mall reopened Sunday with additional officers on patrol, a mall "
            "spokeswoman said.\n\nAnyone with information can call Crime Stoppers at 225-344-7867."),
        "btr-3": article(
            "3 wounded, including teen girl, in Baton Rouge mall shooting", "2019-12-22",
            "BATON ROUGE, La. (AP) — Police say three people, including a 14-year-old girl, were wounded when a fight "
            "between two groups escalated into gunfire at a Baton Rouge shopping mall.\n\nThe shooting happened "
            "Saturday afternoon near the food court of the Mall of Louisiana, on one of the busiest shopping weekends "
            "of the year.\n\nBaton Rouge police say the girl was hit by a stray bullet while shopping with her mother. "
            "Two men ages 19 and 22 were also wounded. None of the injuries is considered life-threatening.\n\nPolice "
            "are searching for two suspects. No arrests have been reported.\n\nCopyright 2019 The Associated Press. "
            "All rights reserved. This material may not be published, broadcast, rewritten or redistributed."),
        "btr-4": article(
            "3 Wounded, Including Teen Girl, in Baton Rouge Mall Shooting", "2019-12-22",
            "BATON ROUGE, La. (AP) — Three people, including a 14-year-old girl, were wounded when a fight between two "
            "groups turned into gunfire at a Baton Rouge shopping mall, police said.\n\nThe shooting happened "
            "Saturday afternoon near the food court of the Mall of Louisiana on one of the busiest shopping weekends "
            "of the year.\n\nPolice say the girl was hit by a stray bullet while shopping with her mother. Two men, "
            "ages 19 and 22, were also wounded. None of the injuries is considered life-threatening.\n\nPolice are "
            "looking for two suspects. No arrests have been reported.\n\nCopyright 2019 The Associated Press. All "
            "rights reserved. This material may not be published, broadcast, rewritten or redistributed."),
    }, teens=(0, 1)),
    # --- Pittsburgh, Saturday night: shots into a Homewood block's cookout, a man of 24 killed, two hurt, a third
    # hurt man who walked into a hospital hours later; the station that night, the paper, the station naming him -----
    "pittsburgh_homewood_cookout": incident("2021-08-14", 1, 3, {
        "pit-1": article(
            "1 dead, 2 hurt after shots fired into crowd in Homewood", "2021-08-14",
            "PITTSBURGH — One man is dead and two other people are hurt after shots were fired into a crowd in "
            "Pittsburgh's Homewood neighborhood Saturday night.\n\nAccording to Allegheny County 911, the call came "
            "in around 9:45 p.m. for multiple people shot in the 7200 block of Frankstown Avenue.\n\nPittsburgh "
            "Public Safety said a man was found on the sidewalk with multiple gunshot wounds and was pronounced dead "
            "at the scene. A woman and another man were taken to the hospital in stable condition.\n\nChannel 11 has "
            "a crew on the way to the scene and we will update this story as we learn more.\n\nThis is a developing "
            "story. Check back to WPXI.com and Channel 11 News at 11 for updates."),
        "pit-2": article(
            "Third person wounded in Homewood shooting that killed 1; neighbors say crowd had gathered for cookout",
            "2021-08-15",
            "A third person wounded in a shooting that killed a man on a Homewood block Saturday night arrived at a "
            "hospital on his own hours later, Pittsburgh police said Sunday, bringing the number of people shot to "
            "four.\n\nAbout 40 people had gathered for a neighborhood cookout in the 7200 block of Frankstown Avenue "
            "when at least two gunmen opened fire from a vacant lot across the street shortly before 10 p.m., police "
            "said. Investigators recovered more than 30 shell casings.\n\nA man was pronounced dead on the sidewalk. "
            "A woman, 36, and a man, 29, were taken to UPMC Presbyterian in stable condition. A 41-year-old man "
            "walked into UPMC Mercy with a gunshot wound to the arm around 1 a.m. Sunday, and police later determined "
            "he had been shot on Frankstown Avenue.\n\n\"Kids were out there, people were grilling, music was "
            "playing,\" said a resident who asked that her name not be used. \"Then it sounded like fireworks, and "
            "everybody was on the ground.\"\n\nThe Allegheny County Medical Examiner's Office had not released the "
            "man's name as of Sunday afternoon."),
        "pit-3": article(
            "Medical examiner identifies man killed in Homewood mass shooting", "2021-08-16",
            "PITTSBURGH (KDKA) — The Allegheny County Medical Examiner has identified the man who was killed in a "
            "shooting in Homewood on Saturday night.\n\nHe was 24-year-old Dorian Maddox of Penn Hills.\n\nMaddox "
            "was shot multiple times in the 7200 block of Frankstown Avenue at about 9:45 p.m., where dozens of "
            "people had gathered for a cookout. Three other adults were wounded and are expected to recover.\n\n"
            "Pittsburgh police said no arrests have been made. Detectives are asking anyone who has video from the "
            "area to contact the Violent Crime Unit."),
    }),
    # --- Richland County (Columbia), Tuesday afternoon: a boy of 3 shot himself with a gun found in a nightstand; the
    # station that day, the paper with the coroner's name, a charge two weeks later ----------------------------------
    "columbia_percival_road_boy": incident("2018-04-17", 1, 0, {
        "cae-1": article(
            "3-year-old dies after accidental shooting in Richland County home, deputies say", "2018-04-17",
            "RICHLAND COUNTY, SC (WIS) - A 3-year-old boy has died after shooting himself with a handgun he found "
            "inside a home in northeast Richland County, according to the Richland County Sheriff's Department.\n\n"
            "Deputies were called to the home on Percival Road around 4:30 p.m. Tuesday. Investigators said the boy "
            "found the gun in a bedroom nightstand while adults were in another part of the house.\n\nThe child was "
            "taken to Palmetto Health Richland, where he died a short time later.\n\nDeputies say they are "
            "investigating and will consult with the solicitor's office about possible charges.\n\nCopyright 2018 "
            "WIS. All rights reserved."),
        "cae-2": article(
            "Coroner identifies 3-year-old who shot himself with gun found in nightstand", "2018-04-18",
            "The Richland County Coroner's Office on Wednesday identified the 3-year-old boy who died after "
            "accidentally shooting himself Tuesday afternoon as Josiah Martin.\n\nJosiah died at Palmetto Health "
            "Richland about 5:15 p.m. from a single gunshot wound to the chest, the coroner's office said.\n\nThe boy "
            "was at a relative's home on Percival Road with his mother, his 5-year-old sister and two other adults "
            "when he found a loaded 9mm handgun in a bedroom, the Richland County Sheriff's Department said. His "
            "sister was in the room but was not hurt.\n\nSheriff's officials urged gun owners to lock up their "
            "weapons. \"This is every parent's nightmare,\" the department said in a statement."),
        "cae-3": article(
            "Man charged after 3-year-old fatally shot himself with unsecured gun", "2018-05-02",
            "COLUMBIA, S.C. (WLTX) - A Columbia man has been charged in connection with the death of a 3-year-old boy "
            "who shot himself with a gun found in a nightstand last month, the Richland County Sheriff's Department "
            "said Wednesday.\n\nTerrence Baylor, 31, is charged with involuntary manslaughter and unlawful neglect of "
            "a child, deputies said. Investigators say Baylor owned the 9mm handgun and left it loaded and unsecured "
            "in the bedroom of the Percival Road home where the boy was visiting on April 17.\n\nJosiah Martin was "
            "pronounced dead at the hospital that evening.\n\nBaylor was booked into the Alvin S. Glenn Detention "
            "Center."),
    }, children=(1, 0)),
    # --- Omaha, early Saturday: a man of 41 wounded outside a South Omaha bar; the station, the paper's arrest story --
    "omaha_24th_and_l_bar": incident("2018-09-08", 0, 1, {
        "oma-1": article(
            "Man shot outside South Omaha bar", "2018-09-08",
            "OMAHA, Neb. (WOWT) - A man was shot outside a South Omaha bar early Saturday morning.\n\nOmaha Police "
            "say officers were sent to the area of 24th and L streets around 1:10 a.m. on a ShotSpotter alert. They "
            "found a 41-year-old man with a gunshot wound to his stomach in the parking lot.\n\nHe was taken to "
            "Nebraska Medicine with what police described as serious but not life-threatening injuries.\n\nPolice "
            "say the man had been involved in a fight inside the bar shortly before.\n\nStay with 6 News for updates "
            "on this developing story."),
        "oma-2": article(
            "Man arrested in shooting outside South Omaha bar", "2018-09-09",
            "Omaha police arrested a 28-year-old man Saturday night in connection with a shooting outside a South "
            "Omaha bar earlier in the day.\n\nRicardo Villegas was booked into the Douglas County Jail on suspicion of "
            "first-degree assault and use of a weapon to commit a felony.\n\nPolice said Villegas shot Michael "
            "Dunning, 41, in the abdomen in the parking lot near 24th and L Streets about 1:10 a.m. after the two men "
            "had been thrown out of the bar for fighting. Dunning was in serious condition Sunday at Nebraska "
            "Medical Center.\n\nVillegas was arrested at a home near 36th and Q Streets after an officer recognized "
            "his car, police said."),
    }),
    # --- Albuquerque, Sunday morning: a man of 38 found shot dead in a parked car in the International District; the
    # station that day, the paper naming him, an arrest weeks later ---------------------------------------------------
    "albuquerque_louisiana_central_car": incident("2020-01-12", 1, 0, {
        "abq-1": article(
            "APD investigating homicide in International District", "2020-01-12",
            "ALBUQUERQUE, N.M. — Albuquerque police are investigating a homicide in the International District.\n\n"
            "Officers were called to an apartment complex near Central and Louisiana around 6:40 a.m. Sunday after "
            "someone reported a man slumped over in a car in the parking lot. Police said the man had been shot and "
            "was dead when officers arrived.\n\nHomicide detectives were called to the scene. Police have not said "
            "how long the man had been there.\n\nThis is the city's third homicide of 2020.\n\nKOB 4 will update this "
            "story as more information becomes available."),
        "abq-2": article(
            "Man found shot to death in car identified", "2020-01-14",
            "Albuquerque police on Monday identified the man found shot to death in a car in the International "
            "District early Sunday as Gilbert Archuleta, 38.\n\nOfficers found Archuleta in the driver's seat of a "
            "Pontiac Grand Prix in the parking lot of an apartment complex on Louisiana SE near Central about 6:40 "
            "a.m., a police spokesman said. Residents told detectives they heard several gunshots about 10 minutes "
            "earlier.\n\nArchuleta had been shot in the head and chest, according to a search warrant affidavit "
            "filed in Metropolitan Court.\n\nArchuleta's death was the city's third homicide of the year."),
        "abq-3": article(
            "Arrest made in January homicide in International District", "2020-02-06",
            "ALBUQUERQUE, N.M. (KRQE) – Albuquerque police have arrested a man accused of killing another man in a "
            "parked car in the International District last month.\n\nPolice say 24-year-old Anthony Baca was "
            "arrested Wednesday on a warrant for an open count of murder in the death of Gilbert Archuleta, 38, who "
            "was found shot in a parking lot off Louisiana and Central on January 12.\n\nAccording to a criminal "
            "complaint, detectives identified Baca through cellphone records and surveillance video from a nearby "
            "business. The complaint says Baca told a witness he shot Archuleta over a drug debt.\n\nBaca is being "
            "held at the Metropolitan Detention Center."),
    }),
    # --- Tacoma, Wednesday morning: a man of 56 killed his wife, wounded their son of 24 and killed himself; the
    # station that day, the paper with the medical examiner's names ----------------------------------------------------
    "tacoma_south_puget_sound_ave": incident("2023-01-18", 2, 1, {
        "tac-1": article(
            "2 dead, 1 hurt in shooting at South Tacoma home; police call it domestic violence", "2023-01-18",
            "TACOMA, Wash. — Two people are dead and a third person is hurt after a shooting at a home in South "
            "Tacoma on Wednesday morning, police said.\n\nTacoma police were called to the home near South 56th "
            "Street and South Puget Sound Avenue at about 7:50 a.m. When officers arrived, they found a man and a "
            "woman dead inside the home. A young man who had been shot was able to run to a neighbor's house and "
            "call 911.\n\nHe was taken to Tacoma General Hospital in serious condition.\n\nPolice said the shooting "
            "appears to be domestic violence-related and that there is no threat to the public. Investigators believe "
            "the man shot the others and then himself.\n\nIf you or someone you know is experiencing domestic "
            "violence, call the National Domestic Violence Hotline at 1-800-799-7233."),
        "tac-2": article(
            "Man killed wife, wounded son before killing himself in South Tacoma home, police say", "2023-01-20",
            "A 56-year-old man fatally shot his wife and wounded their adult son before turning the gun on himself "
            "inside their South Tacoma home Wednesday morning, police said Thursday.\n\nThe Pierce County Medical "
            "Examiner's Office identified the couple as Gregory Hallstrom, 56, and Linda Hallstrom, 52. The medical "
            "examiner ruled Linda Hallstrom's death a homicide and her husband's a suicide.\n\nThe couple's "
            "24-year-old son, who was shot in the shoulder, ran to a neighbor's house for help, police spokesperson "
            "Officer Dana Whitlock said. He was listed in satisfactory condition Thursday at Tacoma General Hospital."
            "\n\nNeighbors said police had been called to the home on South Puget Sound Avenue at least twice last "
            "year for arguments, and Linda Hallstrom had recently told friends she planned to leave the marriage.\n\n"
            "Resources for people experiencing domestic violence are available through the Pierce County Crystal "
            "Judson Family Justice Center at 253-798-4166."),
    }),
    # --- Norwalk, early Sunday: a man of 31 killed outside a South Norwalk bar at closing time; the station that day,
    # the paper naming him, Patch's arrest story -----------------------------------------------------------------------
    "norwalk_washington_street_bar": incident("2021-03-07", 1, 0, {
        "nwk-1": article(
            "Police: Man fatally shot outside SoNo bar", "2021-03-07",
            "A man is dead after a shooting outside a bar in South Norwalk early Sunday morning, police say.\n\n"
            "Norwalk police say officers were called to Washington Street at around 1:15 a.m. for reports of shots "
            "fired. They found a 31-year-old man with a gunshot wound. He was taken to Norwalk Hospital, where he "
            "died.\n\nPolice say the shooting happened after a fight spilled out of the bar at closing time. No "
            "arrests have been made.\n\nAnyone with information is asked to call the Norwalk Police Department tip "
            "line at 203-854-3111."),
        "nwk-2": article(
            "Norwalk's first homicide of 2021: Man killed in SoNo was father of 2, family says", "2021-03-08",
            "The man shot to death outside a South Norwalk bar early Sunday was identified Monday as Kevin Osei, 31, "
            "of Bridgeport, a father of two who worked as a physical therapy assistant.\n\nOsei was shot once in the "
            "chest on Washington Street at about 1:15 a.m., Norwalk police said. He was pronounced dead at Norwalk "
            "Hospital.\n\nThe shooting was the city's first homicide of the year, police said.\n\n\"This was a "
            "senseless act of violence that began as a dispute over nothing,\" Lt. Terrence Moore said. Police have "
            "identified a person of interest, he said.\n\nFriends gathered outside the bar Sunday evening to leave "
            "candles and flowers."),
        "nwk-3": article(
            "Stamford Man Charged With Murder In SoNo Bar Shooting", "2021-03-25",
            "NORWALK, CT — A Stamford man has been arrested and charged with murder in the shooting death of a "
            "Bridgeport man outside a South Norwalk bar earlier this month, police said.\n\nDarius Kendrick, 27, was "
            "taken into custody Wednesday in Stamford with the help of the U.S. Marshals Service, Norwalk police "
            "said. He is charged with murder and criminal possession of a firearm, and is being held on $2 million "
            "bond.\n\nPolice say Kendrick shot Kevin Osei, 31, on Washington Street on March 7 after the two men "
            "argued inside the bar shortly before closing.\n\nKendrick was arraigned Thursday in Stamford Superior "
            "Court.\n\nSign up for Norwalk Patch's daily newsletter and get local news in your inbox."),
    }),
    # --- Wichita, Saturday evening: a boy of 17 killed at Fairmount Park; the station, the paper naming him, an
    # 18-year-old's arrest three weeks later --------------------------------------------------------------------------
    "wichita_fairmount_park_teen": incident("2019-05-04", 1, 0, {
        "ict-1": article(
            "Teen dies after shooting at north Wichita park", "2019-05-05",
            "WICHITA, Kan. (KWCH) - A teenager has died after he was shot at a park in north Wichita Saturday night."
            "\n\nWichita police say they were called to Fairmount Park near 17th Street North and Hillside around "
            "8:30 p.m. for a shooting. Officers found a 17-year-old boy who had been shot in the chest. He was taken "
            "to Wesley Medical Center, where he died.\n\nPolice say a group of young people were at the park when an "
            "argument started. Several people ran from the park after the shots.\n\nPolice have not released the "
            "teen's name.\n\nAnyone with information is asked to call Crime Stoppers at 316-267-2111."),
        "ict-2": article(
            "Wichita teen killed at park was an East High junior, family says", "2019-05-06",
            "A 17-year-old killed in a shooting at Fairmount Park on Saturday night has been identified as Jaden "
            "Tyrese Cole, a junior at Wichita East High School, police said Monday.\n\nCole was shot during an "
            "argument among a group of teenagers at the park near 17th and Hillside at about 8:30 p.m., police "
            "spokesman Officer Paul Hager said. He died at Wesley Medical Center.\n\nPolice believe the shooter and "
            "Cole knew each other. Hager said detectives have interviewed several teens who were at the park, but no "
            "one had been arrested.\n\nCole's was Wichita's 11th homicide of the year.\n\n\"He loved football and "
            "his little brothers,\" his grandmother, Gloria Cole, said. \"He was supposed to be home by 9.\""),
        "ict-3": article(
            "18-year-old arrested in Fairmount Park shooting death of teen", "2019-05-24",
            "WICHITA, Kan. (KAKE) - Wichita police have arrested an 18-year-old in the shooting death of a "
            "17-year-old at Fairmount Park earlier this month.\n\nPolice say Marquise Allen was booked into the "
            "Sedgwick County Jail Thursday on suspicion of first-degree murder in the May 4 death of Jaden Cole.\n\n"
            "Investigators say the two had been arguing over a girl when Allen pulled out a handgun and fired twice. "
            "Cole was struck once in the chest.\n\nPolice say the gun used in the shooting has not been found."),
    }, teens=(1, 0)),
    # --- Las Vegas, Tuesday night: a man of 44 shot dead by Metro officers after raising a gun at them; the paper the
    # next morning, the station with the coroner's name ---------------------------------------------------------------
    "las_vegas_sahara_police_shooting": incident("2022-02-15", 1, 0, {
        "lv-1": article(
            "Man killed by Las Vegas police after pointing gun at officers, Metro says", "2022-02-16",
            "A man was shot and killed by Las Vegas police officers Tuesday night after he pointed a handgun at them "
            "in a central valley apartment complex, the Metropolitan Police Department said.\n\nOfficers were called "
            "about 10:40 p.m. to the apartments on East Sahara Avenue near Maryland Parkway after a woman reported "
            "that her boyfriend had threatened her with a gun, Assistant Sheriff Dale Varner said at a briefing early "
            "Wednesday.\n\nWhen officers arrived, the man came out of an apartment holding a gun and raised it toward "
            "them, Varner said. Two officers fired, hitting him several times. He was pronounced dead at University "
            "Medical Center.\n\nNo officers were hurt. The woman was not injured.\n\nIt was the third shooting by "
            "Metro officers this year, according to Review-Journal records. The officers involved were placed on "
            "routine paid administrative leave."),
        "lv-2": article(
            "Man killed in Tuesday police shooting identified; body camera footage to be released", "2022-02-17",
            "LAS VEGAS (KTNV) — The Clark County Coroner's Office has identified the man shot and killed by Las Vegas "
            "police officers on Tuesday night as 44-year-old Raymond Ellison.\n\nEllison died at UMC after officers "
            "shot him outside an apartment on East Sahara Avenue, police said. According to Metro, Ellison raised a "
            "handgun at two officers who had responded to a domestic violence call.\n\nMetro says the officers' body "
            "camera footage will be released within 10 days, in line with department policy.\n\nThe Clark County "
            "District Attorney's Office will review the shooting."),
    }),
    # --- Jackson, Friday night: one man killed and one hurt outside a south Jackson store; one short station item -----
    "jackson_raymond_road_store": incident("2020-10-09", 1, 1, {
        "jan-1": article(
            "1 killed, 1 injured in shooting outside Jackson convenience store", "2020-10-10",
            "JACKSON, Miss. (WLBT) - One man is dead and another is injured after a shooting Friday night in south "
            "Jackson.\n\nJackson police say it happened around 9 p.m. outside a convenience store on Raymond Road. "
            "The injured man was taken to the hospital. His condition is unknown.\n\nNo other details have been "
            "released."),
    }),
    # --- Toledo, Monday night: two men of 37 and 45 wounded on a Belmont Avenue porch by shots from a passing car;
    # the station and the paper ---------------------------------------------------------------------------------------
    "toledo_belmont_avenue_porch": incident("2023-07-03", 0, 2, {
        "tol-1": article(
            "2 men shot while sitting on porch in central Toledo", "2023-07-04",
            "TOLEDO, Ohio — Two men were shot while sitting on a front porch in central Toledo on Monday night, "
            "according to Toledo police.\n\nPolice said the shooting happened around 10:30 p.m. in the 600 block of "
            "Belmont Avenue. Someone in a passing car fired multiple shots toward the house, striking a 37-year-old "
            "man in the leg and a 45-year-old man in the back.\n\nBoth men were taken to ProMedica Toledo Hospital. "
            "The 45-year-old is in serious condition.\n\nChildren were inside the house at the time but were not "
            "hurt, police said.\n\nThere is no suspect information at this time."),
        "tol-2": article(
            "Drive-by wounds 2 men on Belmont Avenue porch", "2023-07-05",
            "Two men were wounded late Monday when someone in a passing vehicle fired into a porch on Belmont Avenue, "
            "Toledo police said.\n\nOfficers found the men, 37 and 45, with gunshot wounds outside a house in the 600 "
            "block of Belmont at about 10:30 p.m., according to a police report. The 37-year-old was shot in the leg; "
            "the 45-year-old was shot in the back and underwent surgery at ProMedica Toledo Hospital, police said.\n\n"
            "Three children, ages 4, 7, and 10, were inside the house and were not injured.\n\nThe shooting was among "
            "several in Toledo during the Fourth of July holiday, police said."),
    }),
}

ROUNDUPS: dict = {}

_NASSAU = (
    "two shootings in neighbouring communities 4 km apart on the same night (Hempstead village, Roosevelt) are one "
    "place and day, kept together despite the victims' different ages by the county police's and Patch's words "
    "('Nassau', 'Squad', 'Sign up for Patch's ...'), and the Hempstead follow-up's background sentence 'unrelated to "
    "one about an hour earlier in neighboring Roosevelt in which two men were wounded' is read as its own 3 injured")
_SHORT_WOUNDED = (
    "a follow-up's wounded told partly in a sentence of their own are read short and contest the first report's "
    "count")

XFAIL: dict[tuple[str, str], str] = {
    ("apart", "hempstead_jackson_street"): _NASSAU,
    ("apart", "roosevelt_nassau_road_deli"): _NASSAU,
    ("killed", "roosevelt_nassau_road_deli"): _NASSAU + " (Hempstead's death: 1 killed for 0)",
    # (since 0.27.0 the follow-up's "unrelated to one ... in which two men were wounded" is set apart: Hempstead's
    # injured passes, and the merged incident's vote now gives Roosevelt none hurt)
    ("injured", "roosevelt_nassau_road_deli"): _NASSAU + " (Hempstead's reports vote none hurt: 0 injured for 2)",
    ("sources", "hempstead_jackson_street"): _NASSAU + " (both shootings' outlets: 5 for 3)",
    ("sources", "roosevelt_nassau_road_deli"): _NASSAU + " (both shootings' outlets: 5 for 2)",
    ("grade", "san_antonio_saltillo_party"): (
        _SHORT_WOUNDED + ": 'that also wounded a 16-year-old boy' read, 'A 20-year-old man and the 16-year-old were "
        "in stable condition' not: 1 injured after the first report's 3 and one more death (contested for "
        "corroborated)"),
    ("grade", "pittsburgh_homewood_cookout"): (
        _SHORT_WOUNDED + ": 'A third person wounded ... arrived at a hospital' read as 1, 'A woman, 36, and a man, "
        "29, were taken to UPMC Presbyterian in stable condition' and 'bringing the number of people shot to four' "
        "not: 1 injured after the first report's 2 (contested for corroborated)"),
}

# Independent sources: every outlet of the set told one story of its incident; AP's story and the second outlet's copy
# of it count once. Charlotte east (WBTV, the Observer, WSOC), Freedom Drive (WSOC, the Observer), Houston road rage
# (KHOU, the Chronicle, KPRC), Bellerive (KPRC), Kensington (6abc, the Inquirer, NBC10), North 17th Street (CBS
# Philadelphia, the Inquirer), Hayes Street (WXYZ, the Free Press, the News), Grand River (WDIV, the News), Hempstead
# (News 12, Patch, Newsday), Roosevelt (News 12, Patch), San Antonio (KSAT, the Express-News, KENS), Baton Rouge (WBRZ,
# the Advocate, AP), Pittsburgh (WPXI, the Post-Gazette, KDKA), Columbia (WIS, The State, WLTX), Omaha (WOWT, the
# World-Herald), Albuquerque (KOB, the Journal, KRQE), Tacoma (KIRO, the News Tribune), Norwalk (News 12, The Hour,
# Patch), Wichita (KWCH, the Eagle, KAKE), Las Vegas (the Review-Journal, KTNV), Jackson (WLBT), Toledo (WTOL, the
# Blade).
INDEPENDENT_SOURCES = {"charlotte_farm_pond_lane": 3, "charlotte_freedom_drive_teen": 2,
                       "houston_north_freeway_road_rage": 3, "houston_bellerive_homeowner": 1,
                       "philadelphia_kensington_teen": 3, "philadelphia_north_17th_street": 2,
                       "detroit_hayes_street_girl": 3, "detroit_grand_river_gas_station": 2,
                       "hempstead_jackson_street": 3, "roosevelt_nassau_road_deli": 2, "san_antonio_saltillo_party": 3,
                       "baton_rouge_mall_of_louisiana": 3, "pittsburgh_homewood_cookout": 3,
                       "columbia_percival_road_boy": 3, "omaha_24th_and_l_bar": 2,
                       "albuquerque_louisiana_central_car": 3, "tacoma_south_puget_sound_ave": 2,
                       "norwalk_washington_street_bar": 3, "wichita_fairmount_park_teen": 3,
                       "las_vegas_sahara_police_shooting": 2, "jackson_raymond_road_store": 1,
                       "toledo_belmont_avenue_porch": 2}
# Grades (docs/warehouse.md): single-source for the one-report incidents; corroborated where two or more stories agree
# (San Antonio's fewer wounded after the second death is a revision; Pittsburgh's wounded only rise).
GRADES = {"houston_bellerive_homeowner": "single-source", "jackson_raymond_road_store": "single-source",
          "san_antonio_saltillo_party": "corroborated", "pittsburgh_homewood_cookout": "corroborated",
          "baton_rouge_mall_of_louisiana": "corroborated", "tacoma_south_puget_sound_ave": "corroborated",
          "hempstead_jackson_street": "corroborated", "roosevelt_nassau_road_deli": "corroborated",
          "philadelphia_north_17th_street": "corroborated", "toledo_belmont_avenue_porch": "corroborated",
          "detroit_hayes_street_girl": "corroborated", "columbia_percival_road_boy": "corroborated"}

BCUBED_F1_FLOOR = 0.93  # the first run's 0.954, less a margin (committed before the run with 0.90)

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)

warehouse = SET.fixture()


def test_set_shape():
    SET.check_shape(incidents=range(22, 23), articles=range(55, 56))
    SET.check_years(range(2018, 2024))
    assert set(INDEPENDENT_SOURCES) <= set(INCIDENTS) and set(GRADES) <= set(INCIDENTS)


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
