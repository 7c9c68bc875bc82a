"""Tenth challenge set: reconciliation across US local reports of shootings of 2013-2019, in the way the Gun Violence
Archive codes them, with the emphasis on each incident's killed and injured figures as they move from report to
report. Twenty invented incidents, each told by two to five invented reports of local TV station sites, city papers,
AP stories and a paper's reprint of AP, over one to ten days; 57 reports and one weekend round-up in all, written
before the pipeline was run on them. Places, agencies, hospitals and outlets are real; every incident, person and
sentence is invented, none is taken from the development data or from another challenge set. It uses the
reconciliation sets' harness (tests/challenge_harness.py, IncidentSet).

The gold is what a careful GVA coder records for each incident from all its reports under docs/conventions.md: the day
the incident happened (a shooting at 1:40 a.m. Sunday is Sunday's, one "late Saturday" reported on Sunday is
Saturday's; not the day a victim died, a suspect was arrested or charged, a funeral held); the latest credible toll (a
wounded victim who died counts killed and no longer injured; a count corrected by the police is the corrected one); a
shooter who died or was hurt is among the killed or injured, whoever shot him (officers, himself); children 0-11,
teens 12-17.

What the set covers:
- tolls that grow: "Several people were shot" (Jackson) and "At least four people were shot" (Wilmington) in the
  first report, the full count (one dead and six wounded) the next day; four men shot at a basketball court, then a
  fifth victim, a boy of 10 driven to hospital by his mother (Philadelphia);
- a victim in critical condition who dies: a woman shot on a Saturday night who dies on Monday (Louisville), a man of
  27 shot on a Friday night who dies on Sunday, told on Monday as "died Sunday" (Shreveport): killed +1, injured -1;
- a count corrected downwards: "Five people were shot", then "police initially said five people were shot; they later
  said four" (Milwaukee; the fifth was hurt in a fall);
- shooters shot by police: a robber who killed a clerk and wounded a customer, shot by an officer, whom the station's
  and AP's stories count and the paper's does not (it says only that he was arrested) (Tulsa); a man who fired at
  officers at a traffic stop and was wounded, nobody else hurt (Charlotte); a man who killed his neighbour and wounded
  an officer, killed by officers (New Orleans); a husband who killed his estranged wife, wounded her daughter of 15,
  and killed himself (Cleveland);
- follow-ups that recall the figures: an arrest a week later, "the March 12 shooting that left one man dead and six
  other people wounded" (Jackson), "the June 3 shooting that left one man dead and two others wounded"
  (Indianapolis), a charge "in the April 9 road rage shooting that killed a father and wounded his 13-year-old son"
  (Houston), "the Sept. 14 shooting that killed 16-year-old Isaiah Montoya and wounded a 17-year-old boy" (Denver);
- reports that name only the dead: a funeral (Kansas City's girl of 7, Louisville's woman), a coroner's naming
  (Dayton, Shreveport), a gunman identified (New Orleans);
- figures only in the headline: "2 dead, 1 wounded in Ensley shooting" over a body with no figure (Birmingham), "1
  killed, 3 hurt in shooting outside Dayton bar" over a "check back for updates" body (Dayton);
- a nightclub and a party with a long list of the victims' ages: "a 17-year-old girl, two men ages 19 and 22, a
  24-year-old man, a 26-year-old woman and a 34-year-old man" (Jackson); "a 14-year-old boy, a 16-year-old girl, a
  second 17-year-old boy, men ages 19 and 21 and a 23-year-old woman", a boy of 17 dead (Wilmington);
- two shootings in Baton Rouge on neighbouring days (a man killed and one wounded on Plank Road on Saturday
  afternoon; a boy of 15 and a man of 20 wounded on North 38th Street on Sunday night), a report of each recalling
  the other with its figures, and the paper's Monday round-up of the weekend telling both and a third shooting
  (ROUNDUPS: built into the warehouse, left out of the checks, as in the first set);
- children and teens: a girl of 7 killed, two children in the back seat unhurt (Kansas City); a boy of 3 shot by his
  brother of 5 (Omaha); a boy of 11 wounded beside his cousin (St. Louis); a son of 13 wounded (Houston); teens of 16
  killed and 17 wounded (Denver); a girl of 15 wounded (Cleveland, "a teenage girl" in one report);
- page clutter: copyright lines, "This is a developing story", a domestic-violence hotline, tip lines, cities'
  homicide counts, a mayor, a club owner, suspects' ages (19, 20, 22, 23, 24, 27, 29), relatives' ages (a father of
  31, a mother of 51), people at the scene who were not hurt (a boy of 9, children of 4 and 9, officers).

Judgements where docs/conventions.md is silent, as a GVA coder records them: Tulsa's robber shot by the officer is
one of the incident's two injured although the paper's report leaves him out (GVA counts a suspect shot by police);
Charlotte's one injured is the man who fired at officers; New Orleans's gunman killed by officers and Cleveland's
husband who killed himself are among the killed; Milwaukee's toll is the police's corrected four (the man hurt in a
fall while the crowd ran was not shot) and the incident is graded contested, as the sixth and eighth sets grade a
correction (a later report below an earlier report's count with no death to explain it); Kansas City's, Dayton's and
Louisville's reports that name only the dead are no evidence that nobody was wounded (the injured stay 1, 3 and 1);
Jackson's girl of 17 in the club is a teen hurt; Wilmington's three wounded of 14, 16 and 17 are teens, its boy of
17 who died a teen killed ("three of them teenagers" in the last report agrees). Independent sources are the outlets
that reported (a station's, a paper's and AP's stories; a paper's reprint of AP's story counts as AP's); they are
given only for incidents whose outlets each told one story, as the text shows them. The grade is docs/warehouse.md's.

First run (worktree of main 4c2335f, before any fix), passing / checked: together 20/20, apart 18/20, killed 18/20,
injured 17/20, children killed 19/20, children injured 20/20, teens killed 19/20, teens injured 18/20, date 19/20,
independent sources 10/10, grade 6/6; B-cubed precision 0.965, recall 1.000, F1 0.982. No text or gold was changed
after the run (five over-long source lines were rewrapped, the strings unchanged); BCUBED_F1_FLOOR was committed with a
provisional 0.90 and set from the run less a margin. Some merged figures pass only because they equal one member's
(Baton Rouge: Plank Road's killed 1, North 38th Street's injured 2 and teen hurt 1). The 12 failures are strict xfails
with their class (XFAIL):
- a merge (6): the two Baton Rouge shootings of neighbouring days are one incident: the paper's Monday story of the
  Saturday killing closes with the Sunday shooting ("On Sunday night a 15-year-old boy and a 20-year-old man were
  wounded on North 38th Street"), read as its own figures a day later (a follow-up, not a second event), which links
  the two (apart x2, North 38th Street killed 1 for 0 and day Saturday for Sunday, Plank Road injured 2 for 1 and
  teen hurt 1 for 0);
- a report that names only the dead outvotes the wounded (1): the funeral story's "the 29-year-old mother of two who
  was fatally shot" (1 killed, no injured) is the latest of three reports that each stand alone on the injured (2, 1,
  0), so it wins (Louisville injured 0 for 1);
- a shooter shot by police unread (1): "When the man turned toward him, the officer fired, hitting him in the
  abdomen ... The suspect was taken to the same hospital in serious condition" gives no injured, and the station's
  and the paper's one hurt outvote AP's "an officer shot and wounded a man suspected of fatally shooting a ... clerk"
  (Tulsa injured 1 for 2);
- a killer's and his victim's deaths in one relative clause read as one (1): "A Gentilly man who shot and killed his
  next-door neighbor ..., then wounded a New Orleans police officer, was killed when officers fired back" gives one
  death, and the gunman-identified story's "He died at the scene" another report of one (New Orleans killed 1 for 2);
- a victim's age given to another (2): "An 11-year-old boy was wounded and his cousin was killed" gives the cousin
  (24) the boy's 11 (St. Louis children killed 1 for 0); "Leonard Cross shot Yvette Cross and her daughter ... before
  killing himself" gives the killer the girl's 15 where the daughter's wound is unread (Cleveland teens killed 1 for 0);
- a teen without an age read as a child (1): "a teenage girl is recovering" is unread and "The girl was in stable
  condition" / "girl wounded" make a child hurt, so two reports give no teen hurt against the first report's "her
  15-year-old daughter" (Cleveland teens injured 0 for 1).
Not failing but worth a look: the Louisville funeral's "fatally shot ... a week ago" (published Saturday, Aug. 27)
starts its window on Aug. 17, not Aug. 20; "the man police say pulled the trigger was shot by an officer" is unread
too; the North 38th Street paper's "Tyrell Guidry, was hit in the hand" takes the boy's 15 (its own teens hurt 2).
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a nightclub in south Jackson early on a Sunday: 'several people' shot in the first report, then one man dead
    # and six wounded with their ages (a girl of 17 among them); AP's story and a paper's reprint with AP's dateline;
    # an arrest a week later that recalls 'the March 12 shooting' and its figures ----------------------------------
    "jackson_club_elevate": incident("2017-03-12", 1, 6, {
        "jac-1": article(
            "Several people shot outside south Jackson nightclub", "2017-03-12",
            "JACKSON, Miss. (WLBT) - Several people were shot early Sunday morning outside a nightclub in south "
            "Jackson, according to Jackson police.\n\nThe shooting happened around 1:40 a.m. in the parking lot of "
            "Club Elevate on Terry Road. Police spokesman Sgt. Roy Ellis said officers working an off-duty detail "
            "nearby heard the shots.\n\nVictims were taken to the University of Mississippi Medical Center. Their "
            "conditions were not immediately known.\n\nWLBT has a crew at the scene and will update this story as "
            "we learn more.\n\nCopyright 2017 WLBT. All rights reserved."),
        "jac-2": article(
            "Man killed, 6 hurt in shooting at Club Elevate; youngest victim 17", "2017-03-13",
            "A 21-year-old Jackson man was killed and six other people were hurt when gunfire erupted in a crowded "
            "nightclub parking lot early Sunday, Jackson police said.\n\nCortez Haynes died at the University of "
            "Mississippi Medical Center a few hours after the 1:40 a.m. shooting outside Club Elevate on Terry Road, "
            "Hinds County Coroner Sharon Grisham-Stewart said.\n\nThe wounded ranged in age from 17 to 34. Police "
            "listed them as a 17-year-old girl, two men ages 19 and 22, a 24-year-old man, a 26-year-old woman and a "
            "34-year-old man. The girl and the 24-year-old were in serious condition Monday; the others had been "
            "treated and released.\n\nClub Elevate's owner, Marcus Tillman, said the girl should never have been "
            "admitted. \"We check IDs at the door. I don't know how she got in,\" he said.\n\nWitnesses said a fight "
            "that started inside spilled into the lot shortly before closing time. At least two people fired, police "
            "said.\n\nThe city has recorded 12 homicides this year."),
        "jac-3": article(
            "Police: 1 dead, 6 wounded outside Mississippi nightclub", "2017-03-13",
            "JACKSON, Miss. (AP) — Police in Mississippi's capital say one man was killed and six other people were "
            "wounded in a shooting outside a nightclub.\n\nJackson police say the shooting happened about 1:40 a.m. "
            "Sunday in the parking lot of Club Elevate. The Hinds County coroner identified the dead man as "
            "21-year-old Cortez Haynes.\n\nPolice say the wounded include a 17-year-old girl. Two victims remained "
            "hospitalized Monday.\n\nNo arrests have been made."),
        "jac-4": article(
            "Jackson nightclub shooting leaves 1 dead, 6 wounded", "2017-03-13",
            "JACKSON, Miss. (AP) — Police in Mississippi's capital say one man was killed and six other people were "
            "wounded in a shooting outside a nightclub.\n\nJackson police say the shooting happened about 1:40 a.m. "
            "Sunday in the parking lot of Club Elevate on Terry Road. The Hinds County coroner identified the dead man "
            "as 21-year-old Cortez Haynes.\n\nPolice say the wounded include a 17-year-old girl. Two victims remained "
            "hospitalized Monday.\n\nNo arrests have been made.\n\nCopyright 2017 The Associated Press. All rights "
            "reserved."),
        "jac-5": article(
            "Arrest made in deadly Club Elevate shooting", "2017-03-20",
            "Jackson police have arrested a 23-year-old man in the March 12 shooting that left one man dead and six "
            "other people wounded outside Club Elevate.\n\nKendrick Sims was taken into custody Saturday at an "
            "apartment on Raymond Road and charged with murder and six counts of aggravated assault, police "
            "spokesman Sgt. Roy Ellis said. He is being held in the Hinds County Detention Center without bond.\n\n"
            "Cortez Haynes, 21, died after being shot in the chest in the club's parking lot. Investigators said Sims "
            "had been thrown out of the club after a fight about half an hour before the shooting.\n\nPolice said "
            "they are still looking for a second shooter."),
    }, teens=(0, 1)),
    # --- a man and a woman shot on a Saturday night in Shawnee; the woman, critical, dies on Monday (killed +1,
    # injured -1); a funeral story that names only her -----------------------------------------------------------
    "louisville_shawnee_critical": incident("2016-08-20", 1, 1, {
        "lou-1": article(
            "Man, woman shot in Shawnee neighborhood; woman critical", "2016-08-21",
            "LOUISVILLE, Ky. (WDRB) -- Two people were shot Saturday night in Louisville's Shawnee neighborhood, and "
            "one of them is fighting for her life.\n\nLMPD spokesman Dwight Mitchell said officers were called to the "
            "intersection of West Market Street and North 41st Street around 9:15 p.m. They found a woman and a man "
            "who had both been shot.\n\nThe woman was taken to University of Louisville Hospital in critical "
            "condition. The man's injuries are not believed to be life-threatening, Mitchell said.\n\nNo one is in "
            "custody. Anyone with information can call the anonymous tip line at 574-LMPD."),
        "lou-2": article(
            "Woman shot Saturday in Shawnee dies; homicide detectives take over case", "2016-08-22",
            "A woman who was shot Saturday night in the Shawnee neighborhood died Monday morning at University of "
            "Louisville Hospital, the Jefferson County coroner's office said.\n\nKeisha Welch, 29, of Louisville, had "
            "been in critical condition since the shooting near West Market and North 41st streets. Her death has "
            "been ruled a homicide, and LMPD's homicide unit has taken over the investigation.\n\nA 23-year-old man "
            "who was shot in the same incident is recovering, police said. Investigators have not said whether the "
            "two knew each other or whether either was the intended target.\n\nWelch is at least the 78th homicide "
            "victim in Louisville this year, according to Courier-Journal records."),
        "lou-3": article(
            "'She lit up every room': Family, friends say goodbye to Keisha Welch", "2016-08-27",
            "LOUISVILLE, Ky. (WLKY) -- More than 200 people packed a west Louisville church on Saturday for the "
            "funeral "
            "of Keisha Welch, the 29-year-old mother of two who was fatally shot in the Shawnee neighborhood a week "
            "ago.\n\nWelch worked as a nursing assistant at a home for the elderly in the Portland neighborhood. Her "
            "sister, Dominique Welch, told mourners that Keisha had been walking to a friend's house when she was "
            "hit.\n\n\"She lit up every room she walked into,\" her sister said. \"Her babies are going to grow up "
            "knowing that.\"\n\nNo arrests have been made. Police ask anyone with information to call 574-LMPD."),
    }),
    # --- a clerk killed and a customer wounded in a robbery on a Saturday night; an officer shoots the fleeing robber:
    # the station's story counts him, the paper's says only that he was arrested, AP's leads with him ------------
    "tulsa_21st_garnett_store": incident("2015-10-03", 1, 2, {
        "tul-1": article(
            "Clerk killed, customer wounded in east Tulsa robbery; suspect shot by officer", "2015-10-04",
            "TULSA, Okla. (KJRH) - A convenience store clerk was killed and a customer was wounded during a robbery "
            "in east Tulsa late Saturday, and the man police say pulled the trigger was shot by an officer moments "
            "later.\n\nPolice were called to the Fast Stop at East 21st Street and South Garnett Road just after "
            "10:30 p.m. An officer arriving at the store saw a man running from the door with a handgun, Tulsa "
            "police Capt. Rick Smart said. When the man turned toward him, the officer fired, hitting him in the "
            "abdomen.\n\nThe clerk, a 52-year-old man, died at the scene. The customer, a 30-year-old woman, was "
            "shot in the shoulder and taken to St. Francis Hospital. The suspect was taken to the same hospital in "
            "serious condition.\n\nThe officer was not hurt. He has been placed on routine administrative leave."),
        "tul-2": article(
            "Store clerk fatally shot in east Tulsa holdup", "2015-10-04",
            "A store clerk was shot and killed and a customer was wounded during a holdup at an east Tulsa "
            "convenience store Saturday night, police said.\n\nVijay Patel, 52, had worked at the Fast Stop at 21st "
            "Street and Garnett Road for six years, a co-worker said. He was shot behind the counter shortly after "
            "10:30 p.m. and died at the scene.\n\nThe customer, Alisha Brown, 30, of Broken Arrow, was in fair "
            "condition Sunday at St. Francis Hospital.\n\nA 24-year-old man was arrested in the parking lot, police "
            "said. His name had not been released Sunday afternoon.\n\nPatel's death is Tulsa's 41st homicide of "
            "2015."),
        "tul-3": article(
            "Tulsa officer shoots suspect in deadly convenience store robbery", "2015-10-05",
            "TULSA, Okla. (AP) — Tulsa police say an officer shot and wounded a man suspected of fatally shooting a "
            "convenience store clerk and wounding a customer during a robbery.\n\nPolice identified the suspect "
            "Monday as 24-year-old Darnell Hooks. Capt. Rick Smart says Hooks remains hospitalized and will be booked "
            "into jail on a first-degree murder complaint when he is released.\n\nThe clerk, 52-year-old Vijay "
            "Patel, died at the scene Saturday night. A 30-year-old woman was wounded.\n\nThe officer who fired has "
            "been placed on paid leave, as is department policy."),
    }),
    # --- a block party on a Saturday night: 'five people shot', corrected the same day to four (a boy of 16 critical),
    # and the next day's story of the four (contested: a later count below the first, no death to explain it) ------
    "milwaukee_burleigh_block_party": incident("2019-07-06", 0, 4, {
        "mil-1": article(
            "5 shot at block party on Milwaukee's north side", "2019-07-07",
            "MILWAUKEE (WISN) — Five people were shot late Saturday at a block party on Milwaukee's north side, "
            "police said.\n\nThe shooting happened around 10:40 p.m. near North 41st Street and West Burleigh "
            "Street. Police said the victims, ranging in age from 16 to 34, were taken to area hospitals.\n\n"
            "Witnesses told 12 News that hundreds of people were at the party when several shots rang out. \"Everybody "
            "just ran,\" one woman said.\n\nPolice are looking for unknown suspects.\n\nStay with WISN 12 News for "
            "updates."),
        "mil-2": article(
            "Police revise number of victims in Burleigh Street block party shooting", "2019-07-07",
            "Milwaukee police initially said five people were shot at a north side block party late Saturday; they "
            "later said four.\n\nA 16-year-old boy was in critical condition Sunday at Children's Hospital of "
            "Wisconsin, police said. Three men, ages 22, 27 and 34, were treated at Froedtert Hospital for wounds "
            "that were not life-threatening.\n\nA police spokeswoman said the first count included a man who had "
            "been hurt in a fall as the crowd scattered.\n\nThe party, near North 41st and West Burleigh streets, had "
            "been organized by neighbors to mark the Fourth of July weekend, said Ald. Khalif Rainey, who represents "
            "the area. \"This was supposed to be about family,\" he said.\n\nNo arrests had been made as of Sunday "
            "evening."),
        "mil-3": article(
            "Teen wounded at block party improving, family says", "2019-07-08",
            "MILWAUKEE (WTMJ) — The 16-year-old boy who was critically wounded at a north side block party Saturday "
            "night is improving, his family said Monday.\n\nDeAndre Coleman was one of four people shot near North "
            "41st and West Burleigh streets. The other three victims, all adults, have been released from the "
            "hospital.\n\n\"He's talking. He asked for his phone,\" his aunt, Tanisha Coleman, said.\n\nMilwaukee "
            "police said Monday they are reviewing video from neighbors' cameras. The city has seen at least 420 "
            "people shot this year, according to police data."),
    }, teens=(0, 1)),
    # --- Ensley on a Sunday night: the first story gives its figures only in the headline; the next day's stories give
    # two men dead and a woman wounded, then their names -----------------------------------------------------------
    "birmingham_ensley": incident("2014-11-16", 2, 1, {
        "bhm-1": article(
            "2 dead, 1 wounded in Ensley shooting", "2014-11-16",
            "Birmingham police are investigating a shooting Sunday night in Ensley.\n\nOfficers were called to Avenue "
            "F and 20th Street shortly before 8 p.m. Crime scene tape blocked off much of the block, and detectives "
            "could be seen gathering evidence near a parked Chevrolet Impala.\n\nPolice have not released details on "
            "what led up to the gunfire.\n\nThis story will be updated.\n\nAL.com reporter Carol Robinson contributed "
            "to this report."),
        "bhm-2": article(
            "Double homicide in Ensley: Two men killed, woman wounded", "2014-11-17",
            "BIRMINGHAM, Ala. (WBRC) - Two men were killed and a woman was wounded in a shooting in Ensley on Sunday "
            "evening, Birmingham police said.\n\nLt. Sean Edwards said the three were sitting in a car at Avenue F and "
            "20th Street when another vehicle pulled alongside and someone inside opened fire. Both men died at the "
            "scene. The woman was taken to UAB Hospital with injuries that are not considered life-threatening.\n\n"
            "Edwards said investigators believe the victims were targeted. \"This was not random,\" he said.\n\n"
            "The killings bring Birmingham's homicide count to 58 this year."),
        "bhm-3": article(
            "Coroner identifies men killed in Ensley drive-by", "2014-11-17",
            "BIRMINGHAM, Ala. (WIAT) -- The Jefferson County coroner's office on Monday identified the two men "
            "who were "
            "shot to death Sunday night in Ensley as Marcus Hill, 31, and Dante Rowe, 27, both of Birmingham.\n\n"
            "Hill and Rowe were in a car at Avenue F and 20th Street when gunfire from a passing vehicle struck them "
            "shortly before 8 p.m., Deputy Coroner Bill Yates said.\n\nA 24-year-old woman who was in the back seat "
            "was hit in the leg. She remained at UAB Hospital on Monday.\n\nNo arrests have been made."),
    }),
    # --- two shootings in Baton Rouge on neighbouring days: a man killed and another wounded on Plank Road on Saturday
    # afternoon; a boy of 15 and a man of 20 wounded on North 38th Street on Sunday night, each report recalling the
    # other shooting with its figures -----------------------------------------------------------------------------
    "baton_rouge_plank_rd": incident("2018-05-19", 1, 1, {
        "btr-a1": article(
            "1 killed, 1 injured in Plank Road shooting", "2018-05-19",
            "BATON ROUGE, La. (WBRZ) - One man is dead and another was hurt after a shooting on Plank Road Saturday "
            "afternoon.\n\nBaton Rouge police said the shooting happened around 3:20 p.m. in the parking lot of a "
            "tire shop in the 4800 block of Plank Road. One victim died at the scene. The other was taken to Our Lady "
            "of the Lake Regional Medical Center with injuries that are not believed to be life-threatening.\n\n"
            "Police have not identified a suspect or a motive.\n\nWBRZ will update this story."),
        "btr-a2": article(
            "Police identify man killed in Plank Road tire shop shooting", "2018-05-21",
            "Baton Rouge police on Monday identified the man killed in a shooting outside a Plank Road tire shop "
            "Saturday afternoon as Jermaine Batiste, 32, of Baton Rouge.\n\nBatiste and a 28-year-old man were shot in "
            "the shop's parking lot shortly after 3 p.m., police spokesman Sgt. L'Jean McKneely said. Batiste died at "
            "the scene; the other man was treated at Our Lady of the Lake Regional Medical Center and released.\n\n"
            "Detectives believe the gunman knew Batiste, McKneely said.\n\nThe killing was one of two shootings in "
            "north Baton Rouge over the weekend. On Sunday night a 15-year-old boy and a 20-year-old man were wounded "
            "on North 38th Street."),
    }),
    "baton_rouge_north_38th": incident("2018-05-20", 0, 2, {
        "btr-b1": article(
            "Teen, man wounded in north Baton Rouge shooting", "2018-05-21",
            "BATON ROUGE, La. (WAFB) - A 15-year-old boy and a 20-year-old man were wounded in a shooting in north "
            "Baton Rouge on Sunday night, according to the Baton Rouge Police Department.\n\nThe two were standing "
            "outside a house in the 1100 block of North 38th Street around 9:45 p.m. when someone in a dark sedan "
            "fired several shots, police said. Both were taken to a hospital; the boy was listed in stable condition "
            "Monday.\n\nThe shooting came a day after a man was killed and another man wounded outside a tire shop on "
            "Plank Road, about two miles away. Police said they have found nothing to connect the two cases."),
        "btr-b2": article(
            "Drive-by on North 38th Street wounds 15-year-old, 20-year-old", "2018-05-22",
            "A 15-year-old who was shot in a drive-by on North 38th Street on Sunday night is expected to recover, "
            "Baton Rouge police said Tuesday.\n\nThe teen was hit in the hip and a 20-year-old man, Tyrell Guidry, was "
            "hit in the hand as they talked outside a relative's house, Sgt. L'Jean McKneely said.\n\nA neighbor, "
            "Loretta Jackson, said she counted six shots. \"Those boys were just out there laughing,\" she said.\n\n"
            "Police are asking anyone who saw a dark four-door car in the area around 9:45 p.m. to call Crime "
            "Stoppers at 225-344-7867."),
    }, teens=(0, 1)),
    # --- three men shot at an east side apartment complex late on a Saturday; an arrest a week later that recalls
    # 'the June 3 shooting that left one man dead and two others wounded' --------------------------------------------
    "indianapolis_east_38th": incident("2017-06-03", 1, 2, {
        "ind-1": article(
            "One man dead, two wounded in east side shooting", "2017-06-04",
            "One man was killed and two others were wounded late Saturday in a shooting at an apartment complex on "
            "Indianapolis' east side, police said.\n\nOfficers with Indianapolis Metropolitan Police Department were "
            "dispatched to the Eagle Creek Crossing apartments in the 4000 block of East 38th Street around 11:15 p.m. "
            "on a report of a person shot. They found three men with gunshot wounds in a breezeway.\n\nOne of the "
            "men was pronounced dead at Eskenazi Hospital. The other two were listed in stable condition, IMPD "
            "spokeswoman Aliya Wishner said.\n\nPolice did not release the names or ages of the victims."),
        "ind-2": article(
            "IMPD: 3 men shot at east side apartments, 1 dies", "2017-06-04",
            "INDIANAPOLIS (WTHR) - Three men were shot, one fatally, at an apartment complex on the east side late "
            "Saturday night.\n\nThe shooting happened just after 11 p.m. at Eagle Creek Crossing on East 38th Street. "
            "Neighbors told 13 News they heard at least 10 shots.\n\n\"I got my kids on the floor and waited,\" said "
            "a woman who lives in the building next door.\n\nThe Marion County Coroner's Office identified the man "
            "who died as Antonio Reese, 26. The two other men were in stable condition Sunday.\n\nAnyone with "
            "information is asked to call Crime Stoppers of Central Indiana at 317-262-8477."),
        "ind-3": article(
            "Police arrest 19-year-old in deadly east side apartment shooting", "2017-06-10",
            "INDIANAPOLIS (FOX59) — Police arrested a 19-year-old man Friday in the June 3 shooting that left one man "
            "dead and two others wounded at an east side apartment complex.\n\nJaylen Mabry was arrested at a home in "
            "Lawrence on preliminary charges of murder and two counts of attempted murder, IMPD said.\n\nAntonio "
            "Reese, 26, was killed in the shooting at the Eagle Creek Crossing apartments on East 38th Street. "
            "Detectives believe the shooting stemmed from a dispute over a car.\n\nMabry is being held in the Marion "
            "County Jail. The Marion County Prosecutor's Office will make the formal charging decision."),
    }),
    # --- a girl of 7 killed and her uncle wounded in a drive-by on a Saturday evening; the funeral story names only her
    "kansas_city_prospect_girl": incident("2017-08-12", 1, 1, {
        "kc-1": article(
            "7-year-old girl killed, man hurt in drive-by shooting", "2017-08-13",
            "KANSAS CITY, Mo. (KSHB) — A 7-year-old girl was killed and a man was wounded Saturday evening when "
            "someone opened fire on the car they were riding in, Kansas City police said.\n\nThe shooting happened "
            "around 8:10 p.m. near East 35th Street and Prospect Avenue. Police said a dark-colored SUV pulled up "
            "next to the car and someone inside fired multiple rounds.\n\nThe girl was rushed to Children's Mercy "
            "Hospital, where she died. The man, who was driving, was shot in the shoulder.\n\n\"There are no words,\" "
            "police Capt. Darin Snapp said at the scene. \"A child.\"\n\nPolice are asking anyone with information to "
            "call the TIPS Hotline at 816-474-TIPS."),
        "kc-2": article(
            "Girl killed in Prospect Avenue drive-by was riding with her uncle", "2017-08-14",
            "The 7-year-old girl killed in a drive-by shooting Saturday evening on Kansas City's East Side was "
            "riding home from a cousin's birthday party with her uncle, her family said Sunday.\n\nJa'Nyah Porter was "
            "struck in the head as the car passed East 35th Street and Prospect Avenue. Her uncle, Lamont Porter, 34, "
            "was shot in the shoulder but managed to drive on to a gas station and call for help.\n\nTwo other "
            "children, ages 4 and 9, were in the back seat and were not hurt, police said.\n\nJa'Nyah would have "
            "started second grade at Garfield Elementary next week. She was the third child killed by gunfire in "
            "Kansas City this year.\n\nThe Kansas City Star"),
        "kc-3": article(
            "Hundreds say goodbye to Ja'Nyah Porter, 7-year-old killed in drive-by", "2017-08-22",
            "KANSAS CITY, Mo. (KCTV) -- Hundreds of people in pink, Ja'Nyah Porter's favorite color, filled Paseo "
            "Baptist Church on Tuesday to say goodbye to the 7-year-old.\n\nJa'Nyah was shot and killed on Aug. 12 "
            "while riding in a car near East 35th Street and Prospect Avenue.\n\nHer teacher from first grade read "
            "a letter from her classmates. Mayor Sly James, who attended, called for anyone who knows something to "
            "come forward.\n\nA $25,000 reward is being offered for information leading to an arrest."),
    }, children=(1, 0)),
    # --- a house party late on a Saturday: 'at least four people' shot in the first report, then seven shot, a boy of
    # 17 dead and six wounded, ages 14 to 23 --------------------------------------------------------------------------
    "wilmington_house_party": incident("2019-06-15", 1, 6, {
        "wil-1": article(
            "At least 4 people shot at Wilmington house party", "2019-06-16",
            "At least four people were shot at a house party in Wilmington late Saturday night, city police said.\n\n"
            "Officers were called to the 700 block of West Fifth Street around 11:25 p.m. for a report of shots "
            "fired and found multiple people with gunshot wounds, a spokesman said. Victims were taken to "
            "Christiana Hospital and Wilmington Hospital.\n\nThe investigation is ongoing. Check back with "
            "WDEL.com for "
            "updates."),
        "wil-2": article(
            "Teen killed, 6 wounded at West Fifth Street party; victims as young as 14", "2019-06-16",
            "A 17-year-old boy was killed and six other people were wounded when gunfire tore through a crowded "
            "house party on Wilmington's West Side late Saturday, police said.\n\nThe victims ranged in age from 14 to "
            "23. The 17-year-old, whom police did not name, died early Sunday at Christiana Hospital.\n\nThe wounded "
            "were a 14-year-old boy, a 16-year-old girl, a second 17-year-old boy, men ages 19 and 21 and a "
            "23-year-old woman. Police said the 16-year-old girl was in critical but stable condition.\n\nThe party "
            "in the 700 block of West Fifth Street had been advertised on Instagram as a graduation celebration, "
            "according to several people at the scene. Police said as many as 80 people were inside.\n\nMayor Mike "
            "Purzycki called the shooting \"a nightmare for every parent in this city.\"\n\nDelaware Online"),
        "wil-3": article(
            "17-year-old killed, six wounded at Wilmington graduation party", "2019-06-17",
            "WILMINGTON, Del. (WHYY) — Wilmington police have identified the 17-year-old killed at a graduation "
            "party Saturday night as Isaiah Greene, a rising senior at Howard High School of Technology.\n\nSix other "
            "people were wounded in the shooting on West Fifth Street, three of them teenagers, police said Monday. "
            "All six are expected to survive.\n\nNo arrests have been made. Police said at least two guns were "
            "fired."),
    }, teens=(1, 3)),
    # --- a man kills his estranged wife and wounds her daughter of 15 before killing himself, on a Saturday morning
    # (the killer among the dead) ------------------------------------------------------------------------------------
    "cleveland_murder_suicide": incident("2013-09-21", 2, 1, {
        "cle-1": article(
            "Police: Man kills estranged wife, wounds teen, then himself on East Side", "2013-09-21",
            "CLEVELAND, Ohio -- A man shot and killed his estranged wife and wounded her 15-year-old daughter inside "
            "their East Side home Saturday morning before turning the gun on himself, police said.\n\nOfficers were "
            "called to the house on East 131st Street near Harvard Avenue about 9:30 a.m. by a neighbor who heard "
            "screaming and gunshots. Inside they found Yvette Cross, 41, and her husband, Leonard Cross, 44, dead in "
            "the kitchen, police spokeswoman Jennifer Ciaccia said.\n\nThe teen, who had been shot in the back, ran "
            "to the neighbor's house for help. She was taken to MetroHealth Medical Center in serious condition.\n\n"
            "Court records show Yvette Cross had filed for divorce in July and obtained a protection order against "
            "her husband in August.\n\nIf you or someone you know is affected by domestic violence, call the "
            "Domestic Violence & Child Advocacy Center's 24-hour hotline at 216-391-4357."),
        "cle-2": article(
            "2 dead, girl wounded in murder-suicide on Cleveland's East Side", "2013-09-22",
            "CLEVELAND (WEWS) - Two people are dead and a teenage girl is recovering after what police are calling a "
            "murder-suicide on Cleveland's East Side.\n\nPolice said Leonard Cross, 44, forced his way into the home "
            "on East 131st Street on Saturday morning and shot his wife and her daughter. He then shot himself.\n\n"
            "The girl was in stable condition at MetroHealth on Sunday, a hospital spokeswoman said. A 9-year-old "
            "boy who was upstairs was not hurt.\n\nNeighbors said police had been to the house several times this "
            "summer."),
        "cle-3": article(
            "Teen shot by stepfather in murder-suicide released from hospital", "2013-09-25",
            "CLEVELAND (WJW) -- The 15-year-old girl who was shot by her stepfather in a murder-suicide that killed "
            "her mother on Saturday has been released from MetroHealth Medical Center, her grandmother said.\n\n"
            "Leonard Cross shot Yvette Cross and her daughter in their East 131st Street home before killing "
            "himself, police said.\n\n\"She's strong. She saved her little brother's life by running for help,\" "
            "the grandmother, Gloria Banks, said.\n\nA GoFundMe page for the children had raised more than $8,000 "
            "by Wednesday."),
    }, teens=(0, 1)),
    # --- road rage on the North Freeway on a Saturday night: a father killed, his son of 13 wounded; a charge six days
    # later recalls 'the April 9 road rage shooting' -----------------------------------------------------------------
    "houston_north_freeway_road_rage": incident("2016-04-09", 1, 1, {
        "hou-1": article(
            "Man killed, boy wounded in road rage shooting on North Freeway", "2016-04-10",
            "HOUSTON (KHOU) – A man was killed and a 13-year-old boy was wounded in what police believe was a road "
            "rage shooting on the North Freeway late Saturday.\n\nHouston police said the man was driving south on "
            "Interstate 45 near Tidwell Road around 10:50 p.m. when the driver of a white pickup began tailgating "
            "him. When the two vehicles stopped at the feeder road light, someone in the pickup fired into the "
            "man's car.\n\nThe man was pronounced dead at the scene. The boy, his son, was taken to Texas "
            "Children's Hospital with a gunshot wound to the arm.\n\nThe pickup was last seen heading north on "
            "I-45."),
        "hou-2": article(
            "Father shot dead in front of son in I-45 road rage attack, police say", "2016-04-11",
            "A 38-year-old father was shot to death and his 13-year-old son wounded Saturday night after an argument "
            "between drivers on the North Freeway, Houston police said.\n\nOscar Villarreal of north Houston was "
            "driving his son home from a soccer tournament when the shooter pulled alongside them at the Tidwell Road "
            "light and fired at least five times, investigators said. Villarreal was struck in the head and neck. "
            "His son, Adrian, was hit in the forearm and was released from Texas Children's Hospital on Sunday.\n\n"
            "\"He kept saying, 'Papa, wake up,'\" said Villarreal's sister, Maria Ochoa.\n\nPolice released a sketch "
            "of the gunman Monday and asked anyone with information to call Crime Stoppers at 713-222-TIPS."),
        "hou-3": article(
            "Man charged in I-45 road rage killing", "2016-04-15",
            "HOUSTON (KTRK) -- A 29-year-old man has been charged with murder in the April 9 road rage shooting that "
            "killed a father and wounded his 13-year-old son on the North Freeway.\n\nKyle Brandt was arrested "
            "Thursday at his job in Spring after a tip to Crime Stoppers, Houston police said. He also faces a charge "
            "of aggravated assault with a deadly weapon.\n\nInvestigators said surveillance video from a gas station "
            "at Tidwell Road showed the white pickup that was involved.\n\nBrandt was being held in the Harris County "
            "Jail on Friday."),
    }, teens=(0, 1)),
    # --- a basketball court in Kingsessing on a Saturday evening: four shot in the first story, a fifth, a boy of 10
    # grazed, in the paper's; a charge two days on ------------------------------------------------------------------
    "philadelphia_kingsessing_court": incident("2015-07-25", 0, 5, {
        "phl-1": article(
            "4 shot at Southwest Philadelphia basketball court", "2015-07-25",
            "PHILADELPHIA (WPVI) -- Four people were shot at a basketball court in Southwest Philadelphia on Saturday "
            "evening, police said.\n\nIt happened around 7:30 p.m. at the courts at 52nd Street and Kingsessing "
            "Avenue, where dozens of people had gathered for a summer league game.\n\nPolice said the victims, all "
            "men, were taken to Penn Presbyterian Medical Center. Two were listed in critical condition.\n\n"
            "Chief Inspector Scott Small said more than 15 shots were fired. \"We were very lucky that more people "
            "weren't hit,\" Small said."),
        "phl-2": article(
            "Boy, 10, among five shot during summer league game in Kingsessing", "2015-07-26",
            "A 10-year-old boy was among five people shot when gunfire broke out during a summer league basketball "
            "game in Kingsessing on Saturday evening, police said.\n\nThe boy was grazed on the leg. His mother drove "
            "him to Children's Hospital of Philadelphia, which is why he was not included in the first count, "
            "police said. Four men, ages 18 to 25, were taken to Penn Presbyterian Medical Center; two of them were "
            "in critical condition Sunday.\n\nWitnesses said a man walked onto the court near 52nd Street and "
            "Kingsessing Avenue and began firing at a player.\n\n\"The kids were on the bleachers,\" said a coach, "
            "Rodney Watts. \"Everybody dove.\"\n\nPhiladelphia has recorded 148 homicides so far this year."),
        "phl-3": article(
            "Man, 22, charged in Kingsessing basketball court shooting", "2015-07-27",
            "PHILADELPHIA (KYW) -- Police have charged a 22-year-old man with attempted murder and related offenses "
            "in Saturday's shooting at a Kingsessing basketball court that wounded five people, including a "
            "10-year-old boy.\n\nTerrance Weeks of the 5400 block of Greenway Avenue turned himself in on "
            "Sunday night, "
            "police said.\n\nInvestigators believe Weeks was targeting one of the players over a dispute on social "
            "media. The two men who were critically wounded were upgraded to stable condition Monday."),
    }, children=(0, 1)),
    # --- three men shot outside a bar on a Friday night, one critical; on Monday 'a man shot Friday ... died Sunday'
    # (killed +1, injured -1), the coroner's story names him and recalls the two others --------------------------
    "shreveport_bar_critical": incident("2018-02-16", 1, 2, {
        "shv-1": article(
            "3 men shot outside Shreveport bar, 1 critical", "2018-02-17",
            "SHREVEPORT, La. (KSLA) - Three men were shot outside a bar in the Highland neighborhood late Friday "
            "night, Shreveport police said.\n\nOfficers responded to the Bayou Lounge in the 1200 block of Line "
            "Avenue around 11:40 p.m. One man was taken to University Health in critical condition; the other two "
            "had wounds to the legs and were expected to recover.\n\nWitnesses said an argument inside the bar moved "
            "to the parking lot before the shooting.\n\nPolice have not named a suspect."),
        "shv-2": article(
            "Man wounded in Line Avenue bar shooting dies", "2018-02-19",
            "A 27-year-old man who was shot outside a Line Avenue bar late Friday died Sunday at University Health, "
            "police said Monday.\n\nThe shooting is now being investigated as a homicide, Shreveport police Cpl. "
            "Angie Willhite said. Two other men wounded in the same shooting were released from the hospital over "
            "the weekend.\n\nIt is Shreveport's 6th homicide of 2018.\n\nThe Shreveport Times"),
        "shv-3": article(
            "Coroner identifies victim of Bayou Lounge shooting", "2018-02-20",
            "SHREVEPORT, La. (KTBS) - The Caddo Parish Coroner's Office has identified the man who died after a "
            "shooting outside the Bayou Lounge on Line Avenue as Jarvis Kemp, 27, of Shreveport.\n\nKemp was shot in "
            "the chest in the bar's parking lot shortly before midnight on Feb. 16 and died two days later at "
            "University Health. Two other men, 24 and 31, suffered leg wounds.\n\nPolice are asking anyone who was at "
            "the bar that night to call Caddo-Shreveport Crime Stoppers at 318-673-7373."),
    }),
    # --- a boy of 3 shot by his brother of 5 with their father's handgun on a Saturday; he survives ---------------
    "omaha_toddler_accidental": incident("2014-05-10", 0, 1, {
        "oma-1": article(
            "3-year-old hurt after 5-year-old brother finds gun, police say", "2014-05-10",
            "OMAHA, Neb. (WOWT) - A 3-year-old boy was seriously injured Saturday afternoon when his 5-year-old "
            "brother found a handgun in their parents' bedroom and it went off, Omaha police said.\n\nThe shooting "
            "happened around 2 p.m. at a home near North 52nd and Ames Avenue. The toddler was shot in the stomach "
            "and was taken to Children's Hospital & Medical Center, where he underwent surgery.\n\nThe boys' father "
            "was home at the time, police said. No one else was hurt.\n\nThis is a developing story."),
        "oma-2": article(
            "Father cited after 5-year-old shoots little brother with loaded pistol", "2014-05-12",
            "An Omaha man has been cited for child abuse after his 5-year-old son got hold of a loaded pistol and "
            "shot his 3-year-old brother on Saturday, police said.\n\nThe younger boy was upgraded to fair condition "
            "Monday at Children's Hospital & Medical Center, a spokeswoman said.\n\nPolice said the 31-year-old "
            "father, Damon Reeves, kept the .40-caliber handgun loaded in a nightstand drawer near Ames Avenue. "
            "\"It's every parent's worst nightmare, and it was preventable,\" police Lt. Darci Tierney said.\n\n"
            "Nebraska does not have a law that specifically requires guns to be locked away from children.\n\n"
            "Omaha World-Herald"),
    }, children=(0, 1)),
    # --- a man kills his neighbour and wounds an officer on a Saturday morning in Gentilly before officers shoot him
    # dead (the gunman among the killed) ------------------------------------------------------------------------------
    "new_orleans_gentilly_standoff": incident("2019-01-26", 2, 1, {
        "nola-1": article(
            "NOPD officer wounded, 2 dead in Gentilly shooting", "2019-01-26",
            "NEW ORLEANS (WWL) -- A New Orleans police officer was wounded and two people are dead after a shooting in "
            "Gentilly on Saturday morning, Superintendent Michael Harrison said.\n\nPolice were called to the 4900 "
            "block of Franklin Avenue around 8:45 a.m. after a man shot his next-door neighbor in the driveway, "
            "Harrison said. When officers arrived, the man fired at them from his porch, hitting one officer in the "
            "leg. Other officers returned fire and struck him.\n\nBoth the neighbor and the gunman died at the "
            "scene. The wounded officer, a six-year veteran, was taken to University Medical Center and is expected "
            "to recover.\n\nLouisiana State Police will investigate the officers' use of force, as is standard."),
        "nola-2": article(
            "Gentilly man killed neighbor over property line, then shot officer, NOPD says", "2019-01-27",
            "A Gentilly man who shot and killed his next-door neighbor Saturday morning, then wounded a New Orleans "
            "police officer, was killed when officers fired back, authorities said.\n\nThe Orleans Parish Coroner's "
            "Office identified the neighbor as Warren Batiste Jr., 61, a retired postal carrier. Neighbors said "
            "Batiste and the gunman had argued for months over a fence on the property line on Franklin Avenue.\n\n"
            "The officer, who was hit in the thigh, was released from University Medical Center on Saturday "
            "night.\n\n\"Our officer ran toward the gunfire to protect this neighborhood,\" Harrison said."),
        "nola-3": article(
            "Gunman in Gentilly shooting identified; had prior gun arrest", "2019-01-28",
            "NEW ORLEANS (WDSU) — The man who killed his neighbor and shot a police officer in Gentilly on Saturday "
            "has been identified as Curtis Landry, 57, the Orleans Parish coroner said Monday.\n\nLandry was shot "
            "several times by officers after he opened fire on them from his porch on Franklin Avenue. He died at "
            "the scene.\n\nCourt records show Landry was arrested in 2011 on a charge of aggravated assault with a "
            "firearm; the charge was later refused by prosecutors."),
    }),
    # --- outside a Wayne Avenue bar early on a Saturday: the first story gives its figures only in the headline; the
    # next gives one man dead and three wounded; the coroner's story names only the dead man ------------------------
    "dayton_wayne_ave_bar": incident("2015-12-05", 1, 3, {
        "day-1": article(
            "1 killed, 3 hurt in shooting outside Dayton bar", "2015-12-05",
            "Dayton police are investigating a shooting that happened outside a bar on Wayne Avenue early Saturday.\n\n"
            "Crews were sent to the Blue Moon Tavern in the 1100 block of Wayne Avenue at about 2:15 a.m., according "
            "to Montgomery County Regional Dispatch. Several cruisers and an evidence van remained at the scene "
            "after sunrise.\n\nCheck back with daytondailynews.com for updates on this developing story."),
        "day-2": article(
            "Man dies, 3 wounded after fight spills out of Wayne Avenue bar", "2015-12-05",
            "DAYTON, Ohio (WHIO) -- One man died and three others were wounded after a fight outside a Wayne Avenue "
            "bar turned into a shooting early Saturday, Dayton police said.\n\nSgt. Michael Pauley said a group was "
            "asked to leave the Blue Moon Tavern shortly before closing time. Minutes later someone in the group "
            "pulled a gun in the parking lot and fired into a crowd of people standing by the door.\n\nA man in his "
            "30s died at Miami Valley Hospital. Two men and a woman were treated for wounds that are not considered "
            "life-threatening, Pauley said.\n\nPolice are looking for a silver Pontiac seen leaving the lot."),
        "day-3": article(
            "Coroner IDs man killed in Wayne Avenue bar shooting", "2015-12-07",
            "DAYTON, Ohio (WDTN) - The Montgomery County Coroner's Office has identified the man killed in a shooting "
            "outside a bar on Wayne Avenue early Saturday as Brandon Fugate, 34, of Kettering.\n\nFugate was shot in "
            "the chest in the parking lot of the Blue Moon Tavern and died at Miami Valley Hospital, the coroner "
            "said.\n\nHis family described him as a devoted father of three who coached youth football in "
            "Kettering.\n\nNo arrests have been made."),
    }),
    # --- a boy of 16 killed and a boy of 17 critically wounded (who survives) at a park on a Saturday night; an arrest
    # nine days later names 'the Sept. 14 shooting' -------------------------------------------------------------------
    "denver_montbello_park_teens": incident("2019-09-14", 1, 1, {
        "den-1": article(
            "Teen killed, another critically hurt in Montbello park shooting", "2019-09-15",
            "DENVER (KUSA) — A 16-year-old boy was killed and a 17-year-old boy was critically wounded in a shooting "
            "at a park in Denver's Montbello neighborhood late Saturday, police said.\n\nOfficers found both teens "
            "at Montbello Central Park near Albrook Drive around 10:20 p.m. The younger boy died at Denver Health "
            "Medical Center.\n\nDenver police Cmdr. Barb Archer said investigators believe the teens were "
            "approached by at least two people before shots were fired.\n\nAnyone with information is asked to call "
            "Metro Denver Crime Stoppers at 720-913-7867."),
        "den-2": article(
            "Family mourns 16-year-old killed in Montbello; second teen expected to survive", "2019-09-16",
            "The family of a 16-year-old boy shot to death Saturday night in a Montbello park gathered at the spot "
            "Sunday to light candles and release balloons.\n\nIsaiah Montoya, a junior at Montbello High School, died "
            "after being shot in the back at Montbello Central Park. His friend, 17, who was shot in the chest and "
            "the arm, was upgraded from critical condition Monday and is expected to survive, police said.\n\n\"He "
            "was walking his friend home,\" said Isaiah's mother, Alicia Montoya.\n\nDenver has recorded 55 "
            "homicides this year.\n\nThe Denver Post"),
        "den-3": article(
            "Two arrested in Montbello park shooting that killed Isaiah Montoya", "2019-09-23",
            "DENVER (KDVR) — Denver police have arrested two men in the Sept. 14 shooting that killed 16-year-old "
            "Isaiah Montoya and wounded a 17-year-old boy at Montbello Central Park.\n\nAngel Cordova, 19, and Marco "
            "Ruiz, 20, were arrested Friday on investigation of first-degree murder and attempted first-degree "
            "murder, police said.\n\nInvestigators believe the shooting followed an argument over a stolen phone."),
    }, teens=(1, 1)),
    # --- a man of 24 killed and a boy of 11 wounded in a parked car on a Saturday afternoon in north St. Louis ------
    "st_louis_natural_bridge": incident("2019-03-30", 1, 1, {
        "stl-1": article(
            "Man killed, 11-year-old boy wounded in north St. Louis", "2019-03-30",
            "ST. LOUIS (KSDK) - A man was killed and an 11-year-old boy was wounded Saturday afternoon in north St. "
            "Louis, police said.\n\nThe two were sitting in a parked car in the 4400 block of Natural Bridge Avenue "
            "around 3:30 p.m. when someone walked up and fired into the vehicle. The man, 24, was pronounced dead "
            "at the scene. The boy was shot in the hip and taken to Cardinal Glennon Children's Hospital in stable "
            "condition.\n\nPolice did not say how the two were related."),
        "stl-2": article(
            "Boy, 11, wounded, cousin killed as they waited in car on Natural Bridge", "2019-04-01",
            "An 11-year-old boy was wounded and his cousin was killed Saturday as they waited in a car outside a "
            "market on Natural Bridge Avenue, St. Louis police said.\n\nDemetrius Hall, 24, of St. Louis, was shot "
            "several times. The boy, who police did not name, was hit once in the hip and is expected to recover.\n\n"
            "Hall had stopped to buy snacks for the boy's birthday party, a relative said. Hall's mother, Sharon "
            "Hall, 51, said her son had just started a job at a warehouse in Hazelwood.\n\nHall is the 49th homicide "
            "victim in St. Louis this year, according to police.\n\nSt. Louis Post-Dispatch"),
    }, children=(0, 1)),
    # --- a man who fired at officers during a traffic stop on a Saturday night, shot and wounded by them; nobody else
    # hurt (the attacker hurt is the incident's one injured) 
    "charlotte_traffic_stop_suspect": incident("2016-10-22", 0, 1, {
        "clt-1": article(
            "CMPD: Man shot by officers after firing at them during traffic stop", "2016-10-23",
            "CHARLOTTE, N.C. (WBTV) - A man who police say fired at officers during a traffic stop in east "
            "Charlotte on Saturday night was shot and wounded when officers returned fire.\n\nCharlotte-Mecklenburg "
            "Police said two officers stopped a car on Albemarle Road near Lawyers Road around 11:05 p.m. The "
            "passenger got out and began shooting at them, police said. Both officers fired back, striking him "
            "several times.\n\nThe man was taken to Carolinas Medical Center with injuries that were serious but not "
            "life-threatening. No officers were hurt. The driver was detained and later released.\n\nAs is standard, "
            "the State Bureau of Investigation will look into the shooting."),
        "clt-2": article(
            "Man charged with trying to kill 2 CMPD officers in Albemarle Road shootout", "2016-10-24",
            "A 27-year-old man shot by Charlotte-Mecklenburg police officers during a traffic stop Saturday night has "
            "been charged with two counts of attempted first-degree murder, police said Monday.\n\nRashad Pugh "
            "remained at Carolinas Medical Center under police guard. He will be taken to the Mecklenburg County jail "
            "when he is released, police said.\n\nInvestigators said Pugh fired at least four rounds at the officers "
            "on Albemarle Road. Neither officer was struck.\n\nThe officers, whose names were released Monday, have "
            "been placed on administrative leave.\n\nThe Charlotte Observer"),
    }),
}

# The Baton Rouge paper's Monday round-up of the weekend (Monday, May 21, 2018): a woman wounded on Florida Boulevard
# on Saturday night (outside the set), the Plank Road killing and the North 38th Street shooting, each with its time.
# Left out of the grouping and figure checks (see the first set's docstring); it stays in the warehouse, so the
# checks that the two Baton Rouge incidents stay apart see whether it glues them.
ROUNDUPS = {
    "btr-r": article(
        "Weekend violence: 1 dead, 4 wounded in three Baton Rouge shootings", "2018-05-21",
        "One man was killed and four people were wounded in three shootings in Baton Rouge over the weekend, police "
        "said Monday.\n\nSaturday, about 3:20 p.m.: Jermaine Batiste, 32, was shot and killed and a 28-year-old man "
        "was wounded outside a tire shop on Plank Road.\n\nSaturday, about 11 p.m.: A 41-year-old woman was shot in "
        "the arm on Florida Boulevard near Airline Highway. She was treated and released.\n\nSunday, about 9:45 p.m.: "
        "A 15-year-old boy and a 20-year-old man were wounded in a drive-by on North 38th Street.\n\nNo arrests had "
        "been made in any of the shootings as of Monday afternoon."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_BATON_ROUGE = (
    "two shootings in one city on neighbouring days are one incident: the paper's Monday story of Saturday's Plank "
    "Road killing closes with Sunday's shooting ('On Sunday night a 15-year-old boy and a 20-year-old man were wounded "
    "on North 38th Street'), read as its own figures a day later (a follow-up of its event, not another event), and "
    "the two events are linked: the merged incident takes 1 killed, 2 injured, 1 teen hurt, Saturday")
XFAIL: dict[tuple[str, str], str] = {
    ("apart", "baton_rouge_plank_rd"): _BATON_ROUGE,
    ("apart", "baton_rouge_north_38th"): _BATON_ROUGE,
    ("killed", "baton_rouge_north_38th"): _BATON_ROUGE + " (1 killed for 0)",
    ("date", "baton_rouge_north_38th"): _BATON_ROUGE + " (Saturday for Sunday)",
    ("injured", "baton_rouge_plank_rd"): _BATON_ROUGE + " (2 injured for 1)",
    ("teens_injured", "baton_rouge_plank_rd"): _BATON_ROUGE + " (1 teen hurt for 0)",
    ("injured", "louisville_shawnee_critical"): (
        "a report that names only the dead outvotes the wounded: the funeral story's 'the 29-year-old mother of two "
        "who was fatally shot' (1 killed, no injured) is the latest of three reports that each stand alone on the "
        "injured (2, then 1 after the woman's death, then 0), so it wins (0 for 1)"),
    ("injured", "tulsa_21st_garnett_store"): (
        "a shooter shot by police unread: 'When the man turned toward him, the officer fired, hitting him in the "
        "abdomen ... The suspect was taken to the same hospital in serious condition' gives no injured, and the "
        "station's and the paper's one hurt outvote AP's 'an officer shot and wounded a man suspected of fatally "
        "shooting a convenience store clerk and wounding a customer' (1 for 2)"),
    ("killed", "new_orleans_gentilly_standoff"): (
        "a killer's and his victim's deaths in one relative clause read as one: 'A Gentilly man who shot and killed "
        "his next-door neighbor Saturday morning, then wounded a New Orleans police officer, was killed when officers "
        "fired back' gives 1 killed, and the next report's 'He died at the scene' (the gunman named) another 1, "
        "outvoting the first report's 'two people are dead' (1 for 2)"),
    ("children_killed", "st_louis_natural_bridge"): (
        "a victim's age given to another: 'An 11-year-old boy was wounded and his cousin was killed' (and the title's "
        "'Boy, 11, wounded, cousin killed') gives the cousin, a man of 24, the boy's 11: a child killed (1 for 0)"),
    ("teens_killed", "cleveland_murder_suicide"): (
        "a victim's age given to the killer: 'Leonard Cross shot Yvette Cross and her daughter in their East 131st "
        "Street home before killing himself' gives his own death (singular_active/another) the girl of 15's age, "
        "whose wound in 'The 15-year-old girl who was shot by her stepfather' is unread: a teen killed (1 for 0)"),
    ("teens_injured", "cleveland_murder_suicide"): (
        "a teen without an age read as a child: 'a teenage girl is recovering' is unread and 'The girl was in stable "
        "condition' / the title's 'girl wounded' make a child hurt; with the last report's wound unread, two reports "
        "give no teen hurt against the first report's 'her 15-year-old daughter' (0 for 1)"),
}

# Independent sources, for the incidents whose outlets each told one story: Louisville (WDRB, the Courier-Journal,
# WLKY), Tulsa (KJRH, the Tulsa World, AP), Milwaukee (WISN, the Journal Sentinel, WTMJ), Birmingham (AL.com, WBRC,
# WIAT), Indianapolis (IndyStar, WTHR, FOX59), Kansas City (KSHB, the Star, KCTV), Wilmington (WDEL, Delaware Online,
# WHYY), Cleveland (the Plain Dealer, WEWS, WJW), Houston (KHOU, the Chronicle, KTRK), Denver (KUSA, the Post, KDVR).
INDEPENDENT_SOURCES = {"louisville_shawnee_critical": 3, "tulsa_21st_garnett_store": 3,
                       "milwaukee_burleigh_block_party": 3, "birmingham_ensley": 3, "indianapolis_east_38th": 3,
                       "kansas_city_prospect_girl": 3, "wilmington_house_party": 3, "cleveland_murder_suicide": 3,
                       "houston_north_freeway_road_rage": 3, "denver_montbello_park_teens": 3}
# Grades (docs/warehouse.md): contested where a later report falls below an earlier report's count with no death to
# explain it (Milwaukee: five shot, then four); corroborated where the reports agree or only revise upwards, the
# wounded falling by as many as died (Louisville, Shreveport) and the counts rising (Wilmington, Philadelphia), and
# where the headline's figures and the next day's agree (Birmingham).
GRADES = {"milwaukee_burleigh_block_party": "contested", "louisville_shawnee_critical": "corroborated",
          "shreveport_bar_critical": "corroborated", "wilmington_house_party": "corroborated",
          "philadelphia_kingsessing_court": "corroborated", "birmingham_ensley": "corroborated"}

BCUBED_F1_FLOOR = 0.97  # the first run's 0.982, less a margin (committed before the run with 0.90)

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(20, 21), articles=range(50, 71))
    assert all(2013 <= gold["date"].year <= 2019 for gold in INCIDENTS.values())
    assert all(2013 <= text["published"].year <= 2019 and text["published"] >= gold["date"]
               for gold in INCIDENTS.values() for text in gold["articles"].values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
