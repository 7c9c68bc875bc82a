"""Eighth challenge set: reconciliation across US local reports of shootings, in the way the Gun Violence Archive
codes them (2014-2019). Twenty invented incidents, each told by two to four invented reports of local TV station
sites, city papers, AP state wire stories and papers reprinting AP, over one to two weeks; 61 reports and one weekend
round-up in all, written before the pipeline was run on them. Places, agencies, hospitals and outlets are real; every
incident, person and sentence is invented, none is taken from the development data or from another challenge set. It
uses the first reconciliation set's harness (tests/challenge_harness.py, IncidentSet).

The gold is what a careful GVA coder records for each incident from all its reports under docs/conventions.md: the day
the incident happened (not the day a victim died, a suspect was arrested or charged, a vigil was held; a party shot up
"around 11:45 p.m." Saturday and reported on Sunday is Saturday's); the latest credible toll (a wounded victim who died
counts killed and no longer injured; a victim first reported dead who is alive counts injured); a shooter who died is
among the killed, whoever killed him (officers, a homeowner, himself); children 0-11, teens 12-17.

What the set covers:
- the day across reports: follow-ups that name it only as "Saturday's shooting" (Chattanooga, two days on),
  "Thursday's shooting" (a Fort Wayne vigil story whose first dated figure is the girl's death on Friday), "Sunday's
  shooting" (Youngstown, two days on), "Friday's deadly home invasion" (Durham, four days on), "Saturday night's
  shooting" (Springfield), an arrest a week later that names "the Aug. 3 shooting" (Knoxville), a charge twelve days
  later naming "the Jan. 12 shooting" (Corpus Christi), a charge a week later naming "the Sept. 8 shooting" and the
  arraignment's own date (Flint); shootings late at night told the next day ("late Saturday", "late Friday");
- children and teens across reports: a girl of 4 hurt on Thursday who dies on Friday (Fort Wayne: one child killed,
  none hurt); a boy of 16 killed whom the night's report calls "a male victim" (Chattanooga); "a juvenile" named the
  next day as a boy of 14 (Springfield); "two teenagers" found dead, named the next day as a girl of 15 and the boy of
  17 who shot her and himself (Greensboro); "two juveniles" shot, named as brothers of 13 (killed) and 17 (wounded)
  (Montgomery); siblings of 6 and 9 wounded as they slept (Flint); siblings of 11 and 12 on a porch, "two children" in
  the first report (Youngstown: one child and one teen hurt); a boy of 10 hurt at a birthday cookout for a girl of 6
  (Rockford); a boy of 2 who shot himself with his father's gun (Corpus Christi); a girl of 15 and a boy of 16 among
  seven shot at a party (Toledo); a murdered woman's son of 14, "her teenage son" in the first report (Peoria);
- tolls that rise and tolls corrected: a party with "at least six people" shot late at night, seven shot and one dead
  the next day (Toledo); "1 dead, 2 wounded", then "a second man has died" two days on (Gary); "two men were killed",
  corrected the next day to one dead and one critically wounded (Savannah);
- attackers who died: a gunman shot dead by officers after killing a clerk (Albuquerque); a driver who shot an officer
  and was killed when officers returned fire (Tacoma); a husband who killed his wife and himself (Peoria); a fired
  worker who killed two co-workers and himself (Columbia); a boy of 17 who killed his former girlfriend and himself
  (Greensboro); an intruder shot dead by a homeowner after he shot the homeowner's son (Durham);
- two shootings in Stockton on one Sunday kept apart (a man killed on East Eighth Street at dawn, a man and a boy of 17
  wounded at Louis Park that evening): a report of each recalls the other with its figures, and the paper's Monday
  round-up of the weekend tells both and a third shooting (ROUNDUPS: built into the warehouse, left out of the
  checks, as in the first set);
- page clutter: "This is a developing story", copyright lines, crisis hotlines, a city's homicide count, another
  shooting the same night in the same city (Flint), a region's holiday-weekend tally (Gary, Youngstown), an earlier
  child's shooting in the county (Corpus Christi); people at the scene who were not hurt (three other children, a
  sister of 8, a brother of 12, a birthday girl of 6, the father and two adults) and suspects' ages (17, 20, 21, 25)
  are no victims.

Judgements where docs/conventions.md is silent, as a GVA coder records them: Fort Wayne's girl is a child killed and
not also a child hurt (her grandmother the one hurt); Youngstown's boy of 12 is a teen though the first report says
"two children"; Toledo's man of 19 is an adult (the title of no report calls him a teen) and its "at least six" is
superseded by the paper's count of seven shot; Durham's intruder killed by the homeowner is among the killed (GVA
counts a suspect killed by a victim); Greensboro's shooter of 17 is a teen killed, as the sixth set's gunman of 16;
Savannah is graded contested, as the sixth set grades Rochester's correction (a later report below an earlier report's
floor with no death to explain it), its best the corrected one dead and one wounded. Independent sources are the
outlets that reported (a station's, a paper's and AP's stories; a paper's reprint of AP's story, with or without
AP's dateline credit, counts as AP's); they are given only for incidents whose outlets each told one story, AP aside.
The grade is docs/warehouse.md's.

First run (worktree of main 909faed, before any fix), passing / checked: together 20/20, apart 18/20, killed 18/20,
injured 16/20, children killed 20/20, children injured 20/20, teens killed 19/20, teens injured 17/20, date 20/20,
independent sources 7/10, grade 6/8; B-cubed precision 0.967, recall 1.000, F1 0.983. No text or gold was changed
after the run; BCUBED_F1_FLOOR was committed with a provisional 0.90 and set from the run less a margin. Some merged
figures pass only because they equal one member's (Stockton's killed 1, injured 2 and teen hurt 1; both dates). The
17 failures are strict xfails with their class (XFAIL):
- a merge (5): the two Stockton shootings of one Sunday are one incident, each report's background sentence on the
  other read as its own figures ("Hours later, a 17-year-old and a 22-year-old were wounded in a separate shooting at
  Louis Park"), with or without the round-up (apart x2, Louis Park killed, East Eighth Street injured and teens);
- wire copies (3): a paper's reprint of AP's story without the "(AP)" credit, signed "The Associated Press", counts
  as an outlet of its own (Toledo, Montgomery, Columbia sources);
- siblings and a regional tally (3): "The girl was grazed ... and the boy was shot in the calf" read as one hurt (the
  girl's 11), "hit them both" unread, and "with four people shot in Youngstown and Warren between Friday night and
  Monday" read as the report's toll (Youngstown injured, teens injured, grade);
- a wounded victim in a sentence of their own beside a death (2): "Her grandmother, Bernice Hollis, 56, was shot in
  the arm", "Little fired one shot that struck the 19-year-old in the forearm" unread, and the later reports that
  give the death and no wounded outvote the first report's wounded (Fort Wayne, Durham injured: 0 for 1);
- an earlier figure recalled (2): a correction's "an earlier statement that both men had been killed" and "Police
  had first said both men died" read as deaths (Savannah killed 2 for 1); "Police initially said at least six people
  had been shot; a seventh victim walked into ..." read as another party's disputed figure (Toledo contested);
- two ages in one phrase (1): "Two of the wounded are 15 and 16 years old" gives one minor (Toledo teens hurt 1 for 2);
- a teen shooter's own death without his age (1): "A 17-year-old shot and killed his 15-year-old former girlfriend
  ... and then turned the gun on himself" (Greensboro teens killed 1 for 2).
Not failing but worth a look: four side incidents of the reports' own sentences that the checks do not see: "In
Chicago, at least 47 people were shot over the Fourth of July weekend, seven of them fatally" (a Gary report) is no
summary but an incident of 7 killed and 40 hurt; "treated at Erlanger hospital" (Chattanooga) is placed at Erlanger,
Ky.; the Tacoma driver "of Lakewood" makes a Lakewood incident of his death; "released ... last week" (Corpus Christi)
a second incident of the boy. The Fort Wayne vigil's "Amani died Friday" is placed at Amman.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a house party late on a Saturday: 'at least six' shot on Sunday morning, seven shot and a man of 19 dead by
    # Monday, two of the wounded 15 and 16; AP's story and a paper's reprint of it signed 'The Associated Press' ------
    "toledo_nebraska_ave_party": incident("2018-06-16", 1, 6, {
        "tol-1": article(
            "At least 6 shot at house party in central Toledo", "2018-06-17",
            "TOLEDO, Ohio (WTOL) - At least six people were shot late Saturday night at a crowded house party in "
            "central Toledo, according to Toledo police.\n\nOfficers were called to the 800 block of Nebraska Avenue "
            "around 11:45 p.m. on reports of multiple shots fired. When they arrived, they found a large crowd "
            "running from the area and several victims in the yard and the street.\n\nPolice said the victims were "
            "taken to ProMedica Toledo Hospital and St. Vincent Medical Center by ambulance and in private vehicles. "
            "At least one of them was in critical condition early Sunday, a police spokesman said.\n\nWitnesses told "
            "WTOL 11 that more than 150 people were at the party, which had been advertised on social media, when "
            "an argument broke out near the driveway.\n\nNo arrests have been made. Anyone with information is asked "
            "to call Crime Stoppers.\n\nThis is a developing story. Stay with WTOL 11 for updates.\n\nCopyright 2018 "
            "WTOL. All rights reserved."),
        "tol-2": article(
            "19-year-old dies after gunfire erupts at packed Nebraska Avenue party", "2018-06-18",
            "A 19-year-old man died and six other people, two of them high school students, were wounded when someone "
            "fired into a crowd at a house party in central Toledo late Saturday, police said.\n\nTerrell Mabry of "
            "Toledo was shot in the chest in the front yard of the house in the 800 block of Nebraska Avenue shortly "
            "before midnight. He died at ProMedica Toledo Hospital about 2 p.m. Sunday, the Lucas County coroner's "
            "office said.\n\nThe wounded included a 15-year-old girl who was grazed on the arm and a 16-year-old boy "
            "who was shot in the foot; both were treated and released Sunday. Four men between the ages of 18 and 27 "
            "were also hit. One of them remained in serious condition Monday, police Lt. Karen Wojcik said.\n\n"
            "Police initially said at least six people had been shot; a seventh victim walked into St. Vincent "
            "Medical Center about an hour after the shooting, Lieutenant Wojcik said.\n\nInvestigators believe at "
            "least two people fired handguns. Detectives recovered more than 30 shell casings from the yard, the "
            "driveway and the street.\n\nMr. Mabry's mother, Angela Mabry, said her son had graduated from Scott High "
            "School last year and worked at a warehouse in Maumee. \"He went to that party to see his friends. He "
            "didn't have a problem with anybody,\" she said.\n\nIt was Toledo's 17th homicide of the year."),
        "tol-3": article(
            "Police: 1 dead, 6 wounded at Toledo house party", "2018-06-18",
            "TOLEDO, Ohio (AP) — A 19-year-old man has died and six other people were wounded after gunfire broke out "
            "at a house party in Ohio attended by about 200 people, police said.\n\nThe shooting happened just before "
            "midnight Saturday in central Toledo. Police said Terrell Mabry died Sunday afternoon at a hospital.\n\n"
            "Two of the wounded are 15 and 16 years old. Police said one adult remained in serious condition "
            "Monday.\n\nNo arrests have been reported. Investigators said they believe an argument in the driveway "
            "led to the shooting."),
        "tol-4": article(
            "1 dead, 6 hurt in Toledo party shooting", "2018-06-18",
            "TOLEDO — A 19-year-old man has died and six other people were wounded after gunfire broke out at a "
            "Toledo house party attended by about 200 people, police said.\n\nThe shooting happened just before "
            "midnight Saturday in central Toledo. Police said Terrell Mabry died Sunday afternoon at a hospital.\n\n"
            "Two of the wounded are 15 and 16 years old. One adult remained in serious condition Monday, police "
            "said.\n\nNo arrests have been reported.\n\n— The Associated Press"),
    }, teens=(0, 2)),
    # --- siblings of 6 and 9 and their mother hit by shots fired into their home on a Thursday night; a charge a
    # week later names 'the Sept. 8 shooting' and the arraignment's own day ------------------------------------------
    "flint_bennett_ave_drive_by": incident("2016-09-08", 0, 3, {
        "fli-1": article(
            "Mother, 2 children wounded in drive-by on Flint's north side", "2016-09-09",
            "FLINT, Mich. (WJRT) - A mother and two of her young children are recovering after someone fired into "
            "their home on Flint's north side Thursday night.\n\nFlint police said several shots were fired from a "
            "passing car around 10:20 p.m. in the 1900 block of Bennett Avenue. Bullets came through the front "
            "window and a bedroom wall.\n\nThe children, a 6-year-old boy and a 9-year-old girl, were taken to Hurley "
            "Medical Center. Police said the girl needed surgery but was listed in stable condition Friday morning. "
            "The boy's wound was described as minor.\n\nTheir 31-year-old mother was shot in the leg.\n\nThree other "
            "children who were in the house were not hurt.\n\n\"Whoever did this knew there were kids in there. "
            "There's bikes all over the yard,\" a neighbor told ABC12.\n\nPolice have not released a description of "
            "the car. Anyone with information can call Crime Stoppers of Flint & Genesee County."),
        "fli-2": article(
            "Brother and sister, 6 and 9, shot as they slept in Flint home", "2016-09-09",
            "FLINT, MI -- A brother and sister were asleep in their beds when bullets tore through the walls of "
            "their family's north side home Thursday night, their grandmother said.\n\nThe 6-year-old boy was grazed "
            "on the shoulder and the 9-year-old girl was struck in the hip, Flint police Sgt. Marcus Bell said. Their "
            "mother, Latasha Greer, 31, was hit in the thigh as she ran to the children's room.\n\nAll three were "
            "taken to Hurley Medical Center. The girl underwent surgery overnight and was in stable condition "
            "Friday, Bell said.\n\n\"They're babies. They were sleeping,\" said their grandmother, Doris Greer, who "
            "lives two blocks away. \"I don't understand who would do this.\"\n\nPolice said they did not know why "
            "the house on Bennett Avenue was targeted.\n\nEarlier Thursday, a 40-year-old man was shot in the arm on "
            "Flint's east side. Police do not believe the two shootings are related."),
        "fli-3": article(
            "Man charged in Flint drive-by that wounded mother, 2 kids", "2016-09-16",
            "FLINT, MI -- A 20-year-old Flint man has been charged with three counts of assault with intent to "
            "murder in the Sept. 8 shooting that wounded a mother and two of her children in their home on Bennett "
            "Avenue.\n\nDevonte Larkin was arraigned Thursday, Sept. 15, in 67th District Court on the assault "
            "charges and on counts of discharging a firearm into a building and felony firearm, according to court "
            "records. He is being held in the Genesee County Jail on a $500,000 bond.\n\nLarkin was arrested Tuesday "
            "after a traffic stop on Pierson Road, police said. Investigators believe the shots were meant for a "
            "relative of the family who had argued with Larkin earlier in the week.\n\nThe 9-year-old girl who was "
            "shot in the hip has been released from Hurley Medical Center, her family said. Her 6-year-old brother "
            "and their mother, 31, were treated and released the day after the shooting."),
    }, children=(0, 2)),
    # --- a girl of 4 critically hurt on Thursday night who dies on Friday (a child killed, not hurt), her grandmother
    # hurt; the vigil story's first day is the death's, its 'Thursday's shooting' the incident's ---------------------
    "fort_wayne_oxford_st_girl": incident("2017-05-11", 1, 1, {
        "fwa-1": article(
            "4-year-old girl critical after shots fired into southeast Fort Wayne home", "2017-05-12",
            "FORT WAYNE, Ind. (WANE) – A 4-year-old girl is in critical condition after bullets were fired into a "
            "home on the city's southeast side Thursday night.\n\nFort Wayne police were called to the 3400 block of "
            "Oxford Street just before 9:30 p.m. Officers found the girl and a 56-year-old woman with gunshot wounds "
            "inside the home. Both were taken to Lutheran Hospital; the woman's injuries were not life-threatening, "
            "police said.\n\nInvestigators said someone fired at least eight rounds at the house from the street. "
            "Nobody else inside was hurt.\n\nPolice have not released any information about a suspect.\n\nWANE 15 "
            "will update this story as more information becomes available."),
        "fwa-2": article(
            "Girl, 4, dies after being shot inside grandmother's home", "2017-05-13",
            "A 4-year-old girl struck by gunfire inside her grandmother's southeast Fort Wayne home Thursday night "
            "died Friday afternoon, the Allen County coroner's office said.\n\nAmani Hollis was pronounced dead at "
            "4:12 p.m. at Lutheran Hospital. An autopsy found she died of a gunshot wound to the head, and her death "
            "was ruled a homicide. She is the city's 11th homicide victim this year.\n\nHer grandmother, Bernice "
            "Hollis, 56, was shot in the arm. She was treated and released.\n\n\"She was sitting on the couch "
            "watching cartoons with her grandma,\" said Amani's aunt, Tasha Reed. \"She was 4 years old. She should "
            "have been in bed, dreaming.\"\n\nPolice said at least eight shots were fired into the house on Oxford "
            "Street from a vehicle or from the sidewalk. Detectives do not believe anyone inside the home was the "
            "intended target.\n\nAnyone with information is asked to call the Fort Wayne Police Department or Crime "
            "Stoppers."),
        "fwa-3": article(
            "Purple balloons, prayers at vigil for Amani Hollis", "2017-05-15",
            "FORT WAYNE, Ind. (WPTA) - Purple was Amani Hollis's favorite color, so dozens of neighbors, relatives "
            "and pastors released purple balloons Sunday evening outside the Oxford Street house where the "
            "4-year-old was shot.\n\nAmani died Friday, a day after bullets fired from the street struck her and her "
            "56-year-old grandmother inside the home. Her grandmother, who was hit in the arm, spoke briefly at the "
            "vigil.\n\n\"Somebody out there knows who did this,\" said the Rev. Ronald Hicks. \"Don't let this "
            "baby's death be one more we forget.\"\n\nFort Wayne police said Monday that no arrests have been made in "
            "Thursday's shooting. Detectives are asking people who live along Oxford Street and Hessen Cassel Road "
            "to check their home surveillance cameras."),
    }, children=(1, 0)),
    # --- 'a male victim' killed late on a Saturday, named on Monday as a sophomore of 16 ('Saturday's shooting'); a
    # man of 20 hurt; a suspect of 17 charged on the Thursday ('Saturday night') ---------------------------------------
    "chattanooga_east_lake": incident("2015-10-03", 1, 1, {
        "cha-1": article(
            "1 dead, 1 injured in East Lake shooting", "2015-10-04",
            "CHATTANOOGA, Tenn. (WRCB) - One person is dead and another is injured after a shooting in East Lake late "
            "Saturday night.\n\nChattanooga police responded to the 3700 block of 13th Avenue around 10:50 p.m. on a "
            "report of shots fired. Officers found a male victim lying in the street with multiple gunshot wounds. "
            "He died at the scene.\n\nA short time later, a second victim, a 20-year-old man, arrived at Erlanger "
            "hospital in a private vehicle. His injury, a gunshot wound to the foot, is not considered "
            "life-threatening.\n\nPolice have not released the name or age of the person who died pending "
            "notification of family.\n\nAnyone with information is asked to call the Chattanooga Police Department's "
            "tip line.\n\nCopyright 2015 WRCB. All rights reserved."),
        "cha-2": article(
            "Police: Victim in Saturday's East Lake shooting was 16-year-old Howard sophomore", "2015-10-05",
            "The person killed in Saturday's shooting in East Lake was a 16-year-old sophomore at Howard School, "
            "Chattanooga police said Monday.\n\nJa'Quez Brannon was shot several times in the 3700 block of 13th "
            "Avenue shortly before 11 p.m. and died at the scene. Marcus Toney, 20, was wounded in the foot and "
            "treated at Erlanger hospital.\n\nGrief counselors were at Howard on Monday, a Hamilton County Schools "
            "spokeswoman said. \"He was a quiet kid who loved to draw,\" said a teacher who asked not to be named "
            "because she was not authorized to speak for the school.\n\nBrannon's death is the city's 25th homicide "
            "of 2015 and the third killing of a teenager in East Lake since July, according to police records.\n\n"
            "Investigators are still trying to determine what led to the shooting, police said."),
        "cha-3": article(
            "17-year-old charged in death of Howard School student", "2015-10-08",
            "CHATTANOOGA, Tenn. (WDEF) - A 17-year-old has been charged with criminal homicide in the shooting death "
            "of 16-year-old Ja'Quez Brannon, Chattanooga police said Thursday.\n\nThe teen, whose name is not being "
            "released because he is a juvenile, was taken into custody Wednesday afternoon at a home on Dodds "
            "Avenue. He also faces a charge of aggravated assault for wounding a 20-year-old man in the same shooting "
            "Saturday night on 13th Avenue.\n\nInvestigators said the shooting followed a fight earlier that day at a "
            "basketball court in East Lake Park.\n\nThe case will be heard in Hamilton County Juvenile Court. "
            "Prosecutors have not said whether they will ask to have the teen tried as an adult."),
    }, teens=(1, 0)),
    # --- 'two men were killed', corrected the next day: one dead, the other critically wounded (contested) ---------
    "savannah_west_gwinnett": incident("2019-02-23", 1, 1, {
        "sav-1": article(
            "2 men killed in west Savannah shooting, police say", "2019-02-23",
            "SAVANNAH, Ga. (WTOC) - Two men were killed in a shooting on Savannah's west side Saturday afternoon, "
            "according to the Savannah Police Department.\n\nOfficers responded to the area of West Gwinnett Street "
            "and Ogeechee Road just after 3 p.m. and found two men with gunshot wounds in the parking lot of a tire "
            "shop.\n\nPolice have not released the names of the victims.\n\nDetectives with SPD's Violent Crimes Unit "
            "are investigating. Police said there is no threat to the public.\n\nThis story will be updated."),
        "sav-2": article(
            "Police correct toll: 1 dead, 1 critically wounded in West Gwinnett Street shooting", "2019-02-24",
            "One man died and a second man was critically wounded in a shooting Saturday afternoon at a tire shop on "
            "West Gwinnett Street, Savannah police said Sunday, correcting an earlier statement that both men had "
            "been killed.\n\n\"The information initially provided to the media was incorrect. The second victim is "
            "alive and being treated,\" police spokeswoman Keisha Wiley said in a statement.\n\nThe surviving man, "
            "27, was taken to Memorial Health University Medical Center, where he remained in critical but stable "
            "condition Sunday.\n\nWitnesses said a man in a gray sedan pulled into the lot, argued with the two men "
            "and fired several shots before driving off on Ogeechee Road.\n\nThe killing was Savannah's fifth "
            "homicide of 2019."),
        "sav-3": article(
            "SPD identifies man killed in Saturday's west side shooting", "2019-02-25",
            "SAVANNAH, Ga. (WSAV) - Savannah Police have identified the man killed in Saturday's shooting at a West "
            "Gwinnett Street tire shop as Andre Gadsden, 34, of Savannah.\n\nA 27-year-old man who was shot in the "
            "same incident is in stable condition at Memorial Health, police said Monday. Police had first said both "
            "men died.\n\nInvestigators are looking for a gray four-door sedan seen leaving the tire shop. Anyone "
            "with information is asked to call CrimeStoppers."),
    }),
    # --- a gunman who killed a clerk and wounded a customer, shot dead by two officers in the parking lot ------------
    "albuquerque_central_ave_store": incident("2016-04-14", 2, 1, {
        "abq-1": article(
            "Police: Gunman killed by officers after shooting 2 at SE Albuquerque store", "2016-04-14",
            "ALBUQUERQUE, N.M. (KOB) - A man who opened fire inside a convenience store in Southeast Albuquerque "
            "Thursday morning, killing the clerk and wounding a customer, was shot and killed by police minutes "
            "later, APD said.\n\nThe shooting happened around 8:40 a.m. at a store near Central Avenue and San Mateo "
            "Boulevard. Officers who arrived found the suspect in the parking lot, still armed, police said. Two "
            "officers fired at him when he raised his gun toward them.\n\nThe customer was taken to UNM Hospital "
            "with injuries that are not believed to be life-threatening.\n\nCentral Avenue was closed between San "
            "Mateo and Louisiana for several hours.\n\nIt is the third shooting involving APD officers this year."),
        "abq-2": article(
            "Clerk, gunman dead after shootings at SE Heights store", "2016-04-15",
            "A convenience store clerk who had worked the morning shift at the same Southeast Heights store for nine "
            "years was shot to death Thursday by a man who walked in, argued with him over a pack of cigarettes and "
            "pulled out a handgun, police said.\n\nMinutes later the gunman, identified as Lorenzo Archuleta, 29, was "
            "dead too, shot by two Albuquerque police officers in the store's parking lot after he pointed his "
            "pistol at them, APD spokesman Officer Tanya Baca said Friday.\n\nThe clerk, Hamid Rezaei, 43, died at "
            "the scene. A customer, a 61-year-old man who was hit in the leg as he tried to leave the store, was in "
            "satisfactory condition at UNM Hospital on Friday.\n\nThe two officers, who have been with the "
            "department for four and seven years, have been placed on standard administrative leave while the "
            "Multi-Agency Task Force investigates.\n\nRezaei's brother said the family had owned the store since "
            "2004. \"He knew every customer by name,\" he said."),
        "abq-3": article(
            "Albuquerque officers kill man who shot store clerk, customer", "2016-04-15",
            "ALBUQUERQUE, N.M. (AP) — Albuquerque police say officers shot and killed a man who had just fatally shot "
            "a convenience store clerk and wounded a customer.\n\nPolice say 29-year-old Lorenzo Archuleta opened "
            "fire inside the store on Central Avenue on Thursday morning after an argument with the clerk. Police say "
            "he pointed his gun at officers in the parking lot and two officers fired.\n\nThe clerk, 43-year-old "
            "Hamid Rezaei, died at the scene. A 61-year-old customer was wounded in the leg.\n\nThe shooting is being "
            "investigated by a multi-agency task force. The officers are on leave."),
    }),
    # --- a husband who killed his estranged wife, wounded her son ('her teenage son', then 14) and killed himself;
    # her daughter of 8 unhurt --------------------------------------------------------------------------------------
    "peoria_east_bluff_murder_suicide": incident("2014-11-21", 2, 1, {
        "peo-1": article(
            "Two dead, teen hurt in East Bluff murder-suicide", "2014-11-22",
            "PEORIA, Ill. (WMBD) - Peoria police say a man shot and killed his estranged wife and wounded her teenage "
            "son late Friday before turning the gun on himself.\n\nOfficers were called to a home in the 1100 block "
            "of East Republic Street around 10:30 p.m. after the boy ran to a neighbor's house for help. Inside, they "
            "found the man and the woman dead.\n\nThe teen was taken to OSF Saint Francis Medical Center with a "
            "gunshot wound to the shoulder. Police said he is expected to recover.\n\nThe woman had filed for an "
            "order of protection earlier this month, according to court records.\n\nIf you or someone you know is "
            "experiencing domestic violence, call the National Domestic Violence Hotline."),
        "peo-2": article(
            "Coroner identifies couple in East Bluff murder-suicide; boy, 14, recovering", "2014-11-23",
            "The Peoria County coroner on Saturday identified the woman killed in a murder-suicide on the East Bluff "
            "late Friday as Renee Caldwell, 38, and the man who shot her as her estranged husband, Gregory Caldwell, "
            "42.\n\nAutopsies showed Renee Caldwell died of multiple gunshot wounds and Gregory Caldwell of a single "
            "self-inflicted gunshot wound to the head, the coroner said.\n\nRenee Caldwell's son, 14, was shot in the "
            "shoulder as he tried to pull Gregory Caldwell away from his mother, according to a family friend. He "
            "was in good condition at OSF Saint Francis Medical Center on Saturday.\n\n\"He got his little sister out "
            "the back door first. Then he went back in for his mom,\" the friend said. The girl, 8, was not hurt.\n\n"
            "Renee Caldwell had been granted an emergency order of protection against her husband on Nov. 6, court "
            "records show. A hearing on a permanent order had been set for next week."),
        "peo-3": article(
            "Police: Peoria man kills wife, wounds her son, then himself", "2014-11-23",
            "PEORIA, Ill. (AP) — Authorities say a central Illinois man fatally shot his estranged wife and wounded "
            "her 14-year-old son before killing himself.\n\nPeoria police say the shooting happened late Friday at a "
            "home on the city's East Bluff. The Peoria County coroner identified the two people who died as "
            "38-year-old Renee Caldwell and 42-year-old Gregory Caldwell.\n\nThe boy was hospitalized in good "
            "condition. Police say the woman had obtained an order of protection earlier this month."),
    }, teens=(0, 1)),
    # --- Stockton, one Sunday, two shootings kept apart: a man killed on East Eighth Street at dawn ... -------------
    "stockton_east_eighth_st": incident("2017-07-09", 1, 0, {
        "stk-a1": article(
            "Man shot, killed in south Stockton, police say", "2017-07-09",
            "STOCKTON, Calif. (KCRA) - A man was shot and killed early Sunday in south Stockton, police said.\n\n"
            "Officers responding to a ShotSpotter alert about 6:15 a.m. found the man, who appeared to be in his 30s, "
            "lying on the sidewalk on East Eighth Street near South Airport Way. He was pronounced dead at the "
            "scene.\n\nPolice said investigators had no information about a suspect or a motive.\n\nKCRA 3 is working "
            "to learn more."),
        "stk-a2": article(
            "Police identify man killed on East Eighth Street", "2017-07-10",
            "STOCKTON — The man shot to death early Sunday on East Eighth Street was Robert Salcido, 38, of "
            "Stockton, the San Joaquin County Sheriff's Office Coroner's Division said Monday.\n\nSalcido was found on "
            "the sidewalk near South Airport Way about 6:15 a.m. after the city's ShotSpotter system picked up five "
            "rounds, police spokesman Officer Joe Silva said. Relatives said he had been walking home from a "
            "friend's house.\n\nHis death is the 27th homicide in Stockton this year, compared with 31 at this time "
            "last year.\n\nHours later, a 17-year-old and a 22-year-old were wounded in a separate shooting at Louis "
            "Park. Police said they do not believe the two shootings are connected.\n\nAnyone with information about "
            "Salcido's killing can call Stockton Crime Stoppers; tips can be anonymous."),
    }),
    # --- ... and a man of 22 and a boy of 17 wounded at Louis Park that evening --------------------------------------
    "stockton_louis_park": incident("2017-07-09", 0, 2, {
        "stk-b1": article(
            "Teen, man wounded in shooting at Stockton's Louis Park", "2017-07-10",
            "STOCKTON (CBS13) — A 17-year-old boy and a 22-year-old man were hurt Sunday evening when someone opened "
            "fire near the boat launch at Louis Park, Stockton police said.\n\nThe shooting happened about 7:40 p.m. "
            "as families were packing up after a day at the park along the Stockton Deep Water Channel. Police said "
            "a man walked up to a group, fired several shots and ran toward Monte Diablo Avenue.\n\nBoth victims were "
            "taken to San Joaquin General Hospital. The man was shot in the back and was listed in serious "
            "condition; the teen was hit in the hand.\n\nIt was the second shooting in Stockton on Sunday. Earlier in "
            "the day, a 38-year-old man was shot and killed on East Eighth Street in south Stockton.\n\nPolice "
            "described the shooter as a man in his 20s wearing a black hooded sweatshirt."),
        "stk-b2": article(
            "Louis Park shooting: Police seek gunman who wounded 2 near boat launch", "2017-07-11",
            "STOCKTON — Detectives on Tuesday asked people who were at Louis Park on Sunday evening to share "
            "cellphone video as they search for the gunman who wounded two people near the boat launch.\n\nThe "
            "victims, Julian Ortega, 22, and a 17-year-old boy whose name was not released, were standing by a parked "
            "car with friends when a man approached and fired at least four shots about 7:40 p.m., police said. "
            "Ortega remained hospitalized Tuesday; the teenager was treated for a hand wound and released.\n\nThe "
            "city's parks department said it would add lighting and a security patrol at the boat launch for the "
            "rest of the summer.\n\nSunday's shooting at Louis Park was the city's 14th shooting in a park this year, "
            "according to police data."),
    }, teens=(0, 1)),
    # --- a man of 22 killed on a Saturday night; named on Monday; an arrest a week later names 'the Aug. 3
    # shooting' ------------------------------------------------------------------------------------------------------
    "knoxville_linden_ave": incident("2019-08-03", 1, 0, {
        "knx-1": article(
            "KPD: Man dies after shooting in East Knoxville", "2019-08-04",
            "KNOXVILLE, Tenn. (WBIR) — A man died after he was shot Saturday night in East Knoxville, the Knoxville "
            "Police Department said.\n\nOfficers were called to the 2400 block of Linden Avenue around 9:30 p.m. and "
            "found a man with a gunshot wound to the chest. He was taken to the University of Tennessee Medical "
            "Center, where he died a short time later.\n\nKPD said the victim was 22. His name has not been "
            "released.\n\nInvestigators with the KPD Violent Crimes Unit are asking anyone who saw the shooting to "
            "call the department.\n\nRELATED: KPD investigating string of car break-ins in Fourth and Gill"),
        "knx-2": article(
            "Man killed on Linden Avenue was 'the one who held the family together'", "2019-08-05",
            "Jaylen Whitfield spent Saturday afternoon at a cookout with his grandmother and two younger cousins. A "
            "few hours later, the 22-year-old Austin-East Magnet High School graduate was dead, shot on Linden "
            "Avenue a few blocks from the house where he grew up.\n\nKnoxville police identified Whitfield on Monday "
            "as the man who was shot about 9:30 p.m. Saturday in the 2400 block of Linden Avenue. He died at "
            "University of Tennessee Medical Center.\n\n\"He was the one who held the family together,\" said his "
            "aunt, Sharon Whitfield. \"Whatever anybody needed, he found a way.\"\n\nPolice have not named a suspect. "
            "Whitfield's death is the 21st homicide in Knoxville this year."),
        "knx-3": article(
            "Arrest made in Aug. 3 shooting death on Linden Avenue", "2019-08-10",
            "KNOXVILLE, Tenn. (WVLT) - Knoxville police have arrested a 25-year-old man in the Aug. 3 shooting that "
            "killed Jaylen Whitfield on Linden Avenue.\n\nTerrance Odom was taken into custody Friday at an apartment "
            "in Fountain City with help from the U.S. Marshals Service task force, KPD said. He is charged with "
            "first-degree murder and is being held in the Knox County jail without bond.\n\nInvestigators believe "
            "Odom and Whitfield argued over money earlier that day, according to an arrest warrant.\n\nWhitfield, 22, "
            "died at University of Tennessee Medical Center."),
    }),
    # --- '1 dead, 2 wounded' at a gas station early on a Sunday; 'a second man has died' on the Tuesday --------------
    "gary_broadway_gas_station": incident("2015-07-05", 2, 1, {
        "gry-1": article(
            "1 dead, 2 wounded in shooting at Gary gas station", "2015-07-05",
            "GARY — One man was killed and two others were wounded in a shooting early Sunday at a gas station on "
            "Broadway, police said.\n\nOfficers were called about 2:30 a.m. to the station in the 4500 block of "
            "Broadway, where they found three men with gunshot wounds near the pumps, Gary police Cmdr. Ray Hollins "
            "said.\n\nA 28-year-old Gary man was pronounced dead at the scene by the Lake County coroner's office. "
            "The other two men, 24 and 30, were taken to Methodist Hospitals' Northlake campus. The 30-year-old was "
            "in critical condition, Hollins said.\n\nWitnesses told police a large crowd had gathered at the station "
            "after a Fourth of July party at a nearby park broke up.\n\nAnyone with information is asked to call the "
            "Lake County Metro Homicide Unit."),
        "gry-2": article(
            "3 shot, 1 fatally, at Gary gas station after holiday party", "2015-07-06",
            "GARY, Ind. — A 28-year-old man was killed and two men were hurt when gunfire broke out at a Gary gas "
            "station early Sunday, authorities said.\n\nThe Lake County coroner identified the man who died as "
            "Marquis Delaney of Gary. He was shot in the head.\n\nThe shooting happened around 2:30 a.m. in the 4500 "
            "block of Broadway as a crowd gathered after a Fourth of July celebration.\n\nThe two wounded men, ages "
            "24 and 30, were hospitalized, one in critical condition.\n\nThe shooting capped a violent holiday "
            "weekend across the region. In Chicago, at least 47 people were shot over the Fourth of July weekend, "
            "seven of them fatally, according to police."),
        "gry-3": article(
            "Second man dies after Gary gas station shooting", "2015-07-07",
            "GARY — A second man has died from wounds he suffered in a shooting early Sunday at a Gary gas station, "
            "the Lake County coroner's office said Tuesday.\n\nDarnell Eason, 30, of Merrillville, died about 9 p.m. "
            "Monday at Methodist Hospitals' Northlake campus, the coroner's office said. His death was ruled a "
            "homicide.\n\nMarquis Delaney, 28, of Gary, died at the scene of the shooting in the 4500 block of "
            "Broadway.\n\nA third man, 24, who was shot in the arm, was treated and released, police said.\n\nThe "
            "Lake County Metro Homicide Unit is investigating. No arrests have been made."),
    }),
    # --- an officer shot at a traffic stop, the driver killed when officers returned fire --------------------------
    "tacoma_hilltop_traffic_stop": incident("2018-01-27", 1, 1, {
        "tac-1": article(
            "Tacoma officer shot, suspect killed on Hilltop", "2018-01-27",
            "TACOMA, Wash. — A Tacoma police officer was shot and wounded and the man who shot him was killed in an "
            "exchange of gunfire on Tacoma's Hilltop on Saturday afternoon, police said.\n\nThe officer had stopped "
            "a car near South 19th Street and Martin Luther King Jr. Way around 2:15 p.m. when the driver got out and "
            "began shooting, according to Tacoma police. The officer and a second officer who had just arrived "
            "returned fire.\n\nThe driver died at the scene. The wounded officer was taken to Tacoma General "
            "Hospital.\n\n\"He's talking, he's alert, and we expect him to recover,\" police spokeswoman Officer Dana "
            "Whitlock said.\n\nStay with KIRO 7 for updates on this developing story."),
        "tac-2": article(
            "Officer shot in shoulder during Hilltop traffic stop; gunman dead", "2018-01-28",
            "A Tacoma police officer who was shot in the shoulder during a traffic stop on Hilltop on Saturday was "
            "recovering at Tacoma General Hospital on Sunday, and the man who shot him was dead, police said.\n\nThe "
            "officer, a nine-year veteran of the department, was hit by one of at least five rounds fired by the "
            "driver of a silver Honda Accord, police spokeswoman Officer Dana Whitlock said.\n\nThe driver, "
            "identified by the Pierce County Medical Examiner's Office as Kevin Lyle Morrow, 34, of Lakewood, was hit "
            "several times when the officer and a backup officer returned fire. He died at the scene.\n\nThe Pierce "
            "County Force Investigation Team is handling the investigation, as is standard when officers use deadly "
            "force. Both officers are on paid administrative leave.\n\nMorrow had an outstanding felony warrant from "
            "Pierce County Superior Court for failing to appear on a burglary charge, court records show."),
        "tac-3": article(
            "Man who shot Tacoma officer killed by police", "2018-01-28",
            "TACOMA, Wash. (AP) — Authorities say a man who shot a Tacoma police officer during a traffic stop was "
            "killed when officers returned fire.\n\nPolice say the officer was shot in the shoulder Saturday afternoon "
            "in the city's Hilltop neighborhood and is expected to recover.\n\nThe Pierce County Medical Examiner's "
            "Office identified the man who was killed as 34-year-old Kevin Lyle Morrow of Lakewood.\n\nThe shooting "
            "is being investigated by the Pierce County Force Investigation Team."),
    }),
    # --- 'two teenagers' found dead on a Friday night, named on Saturday (a girl of 15 and the boy of 17 who shot her
    # and himself); her brother of 12 unhurt; the vigil on Sunday ('Friday's shooting') -------------------------------
    "greensboro_larchmont_dr": incident("2019-10-18", 2, 0, {
        "gso-1": article(
            "Police: 2 teens found dead in apparent murder-suicide", "2019-10-19",
            "GREENSBORO, N.C. — Two teenagers were found dead inside a home in east Greensboro Friday night in what "
            "police are calling an apparent murder-suicide.\n\nGreensboro police said officers were called to a home "
            "on Larchmont Drive around 8:15 p.m. after a neighbor called 911. Both teens had been shot.\n\nPolice "
            "said there is no danger to the community. The names of the teens have not been released.\n\nIf you or "
            "someone you know is struggling, call the National Suicide Prevention Lifeline at 1-800-273-8255."),
        "gso-2": article(
            "Police: 17-year-old killed ex-girlfriend, 15, then himself", "2019-10-20",
            "A 17-year-old shot and killed his 15-year-old former girlfriend at her family's east Greensboro home "
            "Friday night and then turned the gun on himself, Greensboro police said Saturday.\n\nKiara Batts, a "
            "sophomore at Grimsley High School, was found dead in a bedroom of the house on Larchmont Drive. Deshawn "
            "Tillery, 17, who had left Smith High School last spring, was found dead in the hallway.\n\nPolice said "
            "Tillery went to the house while Batts' mother was at work. Her 12-year-old brother, who was in the "
            "house, ran to a neighbor's home and was not hurt.\n\nThe handgun belonged to a relative of Tillery's, "
            "police said.\n\nGuilford County Schools said counselors would be at Grimsley and Smith on Monday."),
        "gso-3": article(
            "Hundreds remember Grimsley sophomore at candlelight vigil", "2019-10-21",
            "GREENSBORO, N.C. (WXII) — Hundreds of students and parents lined the front steps of Grimsley High School "
            "on Sunday night for a candlelight vigil for Kiara Batts, the 15-year-old sophomore killed in Friday's "
            "shooting.\n\nTeammates from the junior varsity volleyball team wore purple ribbons in their hair.\n\n"
            "Police say Deshawn Tillery, 17, shot Kiara at her home on Larchmont Drive and then killed himself. "
            "Tillery's family said in a statement that they were \"heartbroken for Kiara's family and for our "
            "own.\"\n\n\"She was the first one to hug you when you walked into the gym,\" said her coach, Alicia "
            "Monroe."),
    }, teens=(2, 0)),
    # --- 'two juveniles' shot in a front yard, named as brothers of 13 (killed) and 17 (wounded); AP's story and a
    # paper's reprint of it ------------------------------------------------------------------------------------------
    "montgomery_mobile_rd_brothers": incident("2016-06-11", 1, 1, {
        "mgm-1": article(
            "Teen killed, another injured in west Montgomery drive-by", "2016-06-12",
            "MONTGOMERY, AL (WSFA) - One teenager is dead and another is injured after a drive-by shooting in west "
            "Montgomery Saturday night, police say.\n\nMontgomery police and fire medics responded to the 3200 block "
            "of Mobile Road around 9:10 p.m. and found two juveniles with gunshot wounds in the front yard of a home. "
            "One of them was pronounced dead at the scene. The other was taken to Baptist Medical Center South with "
            "injuries considered non-life-threatening.\n\nWitnesses said the shots came from a dark-colored SUV.\n\n"
            "This is the city's 26th homicide of the year.\n\nCopyright 2016 WSFA 12 News. All rights reserved."),
        "mgm-2": article(
            "Brothers, 13 and 17, shot in front yard; younger boy dies", "2016-06-13",
            "A 13-year-old boy was killed and his 17-year-old brother was wounded Saturday night when someone in a "
            "passing SUV fired into the front yard of their family's home on Mobile Road, Montgomery police said.\n\n"
            "Jaylon Pettway, who had just finished the seventh grade, was pronounced dead at the scene. His brother, "
            "Cedric Pettway, was shot in the leg and was listed in stable condition Sunday at Baptist Medical Center "
            "South.\n\nThe boys were playing basketball with two cousins when the shots were fired about 9 p.m., "
            "their mother, Latonya Pettway, said. \"They weren't bothering nobody. They were shooting hoops,\" she "
            "said.\n\nNo one else was hit. Police have not identified a suspect or a motive."),
        "mgm-3": article(
            "Police: 13-year-old killed, brother wounded in Alabama drive-by", "2016-06-13",
            "MONTGOMERY, Ala. (AP) — Police in Montgomery say a 13-year-old boy was killed and his 17-year-old "
            "brother wounded in a drive-by shooting outside their home.\n\nThe shooting happened Saturday night in "
            "west Montgomery. Police say someone in a passing SUV fired into the yard where the boys were playing "
            "basketball.\n\nThe younger boy died at the scene. His brother was treated for a leg wound.\n\nNo arrests "
            "have been made."),
        "mgm-4": article(
            "13-year-old killed in Montgomery drive-by", "2016-06-13",
            "MONTGOMERY — Police in Montgomery say a 13-year-old boy was killed and his 17-year-old brother was "
            "wounded in a drive-by shooting outside their home Saturday night.\n\nPolice say someone in a passing SUV "
            "fired into the yard in west Montgomery where the boys were playing basketball. The younger boy died at "
            "the scene; his brother was treated for a leg wound.\n\nNo arrests have been made.\n\nThe Associated "
            "Press"),
    }, teens=(1, 1)),
    # --- a man killed and a boy of 10 and a woman hurt at a birthday cookout (for a girl of 6, unhurt); the family's
    # story on the Tuesday ('Saturday's shooting') -------------------------------------------------------------------
    "rockford_kishwaukee_cookout": incident("2017-08-26", 1, 2, {
        "rfd-1": article(
            "1 dead, 2 hurt including child in shooting at southeast Rockford cookout", "2017-08-27",
            "ROCKFORD, Ill. (WREX) — One person is dead and two others, including a child, are hurt after shots were "
            "fired at a backyard cookout in southeast Rockford on Saturday night.\n\nRockford police say officers "
            "were called to the 1900 block of Kishwaukee Street around 8:45 p.m. A man was pronounced dead at the "
            "scene. A woman and a child were taken to a hospital with injuries that are not life-threatening.\n\n"
            "Police say several people were at a birthday cookout when a car pulled into the alley and someone "
            "inside started shooting.\n\nNo one is in custody. Police ask anyone with information to contact Rockford "
            "Area Crime Stoppers."),
        "rfd-2": article(
            "Man killed, boy and woman wounded at Rockford birthday cookout", "2017-08-27",
            "ROCKFORD — A 27-year-old man was killed and a 10-year-old boy and a 45-year-old woman were wounded "
            "Saturday evening when gunfire sprayed a backyard birthday party on the city's southeast side, police "
            "said.\n\nThe boy was shot in the leg and the woman in the hip. Both were taken to OSF Saint Anthony "
            "Medical Center and were expected to survive, police said.\n\nAbout 30 people, many of them children, "
            "were at the party on Kishwaukee Street to celebrate a 6-year-old girl's birthday when a car pulled into "
            "the alley about 8:45 p.m. and at least two people fired from inside it, witnesses said.\n\n\"The kids "
            "were jumping in the bounce house. Then everybody was screaming and running,\" said a neighbor, Carla "
            "Munoz.\n\nThe Winnebago County coroner's office is expected to release the man's name after his family "
            "is notified. It is Rockford's 19th homicide of 2017."),
        "rfd-3": article(
            "Family of 10-year-old hit at cookout: 'He keeps asking why'", "2017-08-29",
            "ROCKFORD, Ill. (WIFR) — The family of a 10-year-old boy who was shot in the leg at a birthday cookout "
            "Saturday says he is home from the hospital but afraid to go outside.\n\n\"He keeps asking why somebody "
            "would shoot at a party,\" said the boy's grandmother, Gloria Spates. \"I don't have an answer for "
            "him.\"\n\nThe Winnebago County coroner identified the man killed in Saturday's shooting as DeAndre Woods, "
            "27, of Rockford. An autopsy Monday found he died of multiple gunshot wounds.\n\nA 45-year-old woman who "
            "was also hit remains at OSF Saint Anthony Medical Center in fair condition.\n\nRockford police have not "
            "made any arrests."),
    }, children=(0, 1)),
    # --- an intruder who shot the homeowner's son of 19 and was shot dead by the homeowner late on a Friday; a second
    # intruder arrested on the Monday ('Friday's deadly home invasion') ----------------------------------------------
    "durham_cornwallis_rd_intruder": incident("2015-04-10", 1, 1, {
        "dur-1": article(
            "Durham homeowner shoots, kills intruder who wounded son", "2015-04-11",
            "DURHAM, N.C. — A Durham homeowner shot and killed a man who broke into his house late Friday and shot "
            "his 19-year-old son, police said.\n\nOfficers were called to the home in the 1100 block of Cornwallis "
            "Road just after 11:30 p.m. Police said two men forced their way in through a back door, and one of them "
            "shot the homeowner's son in the arm during a struggle in the kitchen.\n\nThe homeowner, 52, got a "
            "handgun from his bedroom and fired at the intruders, hitting one of them, police said. That man died at "
            "the scene. The second man ran off.\n\nThe son was taken to Duke University Hospital with injuries that "
            "were not life-threatening.\n\nNo charges have been filed against the homeowner. The Durham County "
            "district attorney's office will review the case, as it does with all fatal shootings."),
        "dur-2": article(
            "Man killed during Cornwallis Road home invasion identified", "2015-04-12",
            "DURHAM — The man shot to death by a homeowner during a break-in on Cornwallis Road late Friday was "
            "Travon Little, 23, of Durham, police said Saturday.\n\nLittle and a second man kicked in the back door of "
            "the home shortly before 11:40 p.m. and confronted the homeowner's son in the kitchen, according to a "
            "police statement. Little fired one shot that struck the 19-year-old in the forearm, police said.\n\nThe "
            "homeowner then shot Little twice in the chest with a 9 mm pistol.\n\nThe son was treated at Duke "
            "University Hospital and released Saturday morning.\n\nPolice are still looking for the second man, "
            "described as about 6 feet tall and wearing a red hooded sweatshirt."),
        "dur-3": article(
            "Second suspect arrested in Friday's deadly Durham home invasion", "2015-04-14",
            "DURHAM, N.C. (WTVD) -- Durham police have arrested a second man in Friday's deadly home invasion on "
            "Cornwallis Road, in which a homeowner shot and killed one of the intruders.\n\nMalik Jeffers, 21, was "
            "arrested Monday and charged with first-degree burglary and accessory after the fact to assault with a "
            "deadly weapon with intent to kill inflicting serious injury, police said.\n\nInvestigators say Jeffers "
            "and Travon Little, 23, broke into the home through a back door. Little shot the homeowner's 19-year-old "
            "son in the arm before the homeowner shot and killed Little.\n\nThe Durham County district attorney has "
            "not announced whether the homeowner will face charges."),
    }),
    # --- a boy of 2 who shot himself with his father's pistol; the father charged twelve days later ('the Jan. 12
    # shooting'); the paper recalls a girl of 4 hurt in Robstown in May ---------------------------------------------
    "corpus_christi_weber_rd_toddler": incident("2018-01-12", 0, 1, {
        "ccx-1": article(
            "2-year-old shoots himself with gun found in Corpus Christi apartment", "2018-01-12",
            "CORPUS CHRISTI, Texas (KRIS) - A 2-year-old boy is in the hospital after police say he shot himself with "
            "a handgun he found inside his family's apartment Friday afternoon.\n\nCorpus Christi police were called "
            "to an apartment complex in the 4600 block of Weber Road around 3:30 p.m. Officers said the boy found the "
            "gun under a couch cushion and it went off, hitting him in the abdomen.\n\nThe boy was rushed to "
            "Driscoll Children's Hospital. Police said he was in stable condition Friday evening.\n\nThe boy's father "
            "and two other adults were in the apartment at the time. Investigators are trying to determine who owned "
            "the gun.\n\nPolice remind parents to keep firearms locked up and out of the reach of children."),
        "ccx-2": article(
            "Toddler who shot himself with father's gun in stable condition", "2018-01-13",
            "A 2-year-old boy who shot himself in the abdomen with a handgun he found under a couch cushion Friday "
            "was in stable condition Saturday at Driscoll Children's Hospital, Corpus Christi police said.\n\nThe "
            "gun, a .380-caliber pistol, belonged to the boy's father, 24, who was in the Weber Road apartment at the "
            "time, police Lt. Ramiro Garza said. Detectives will present the case to the Nueces County district "
            "attorney's office.\n\nIt is at least the third time since 2016 that a young child in Nueces County has "
            "been hurt with an unsecured gun, according to Caller-Times records. In May, a 4-year-old girl in "
            "Robstown was wounded when her brother, 6, fired a rifle he found in a closet.\n\nTexas law makes it a "
            "crime to leave a loaded firearm where a child younger than 17 can get to it."),
        "ccx-3": article(
            "Father charged after toddler shot himself with unsecured gun", "2018-01-24",
            "CORPUS CHRISTI, Texas (KIII) — The father of a 2-year-old boy who shot himself with a handgun inside a "
            "Weber Road apartment has been charged, police said Wednesday.\n\nJoshua Trevino, 24, was charged with "
            "making a firearm accessible to a child, a Class A misdemeanor, in the Jan. 12 shooting, according to "
            "Nueces County court records. He was released on bond.\n\nThe boy, who was shot in the abdomen, was "
            "released from Driscoll Children's Hospital last week, his family said."),
    }, children=(0, 1)),
    # --- 'a juvenile' hurt and a man killed outside a corner market, the juvenile named the next day as a boy of 14 --
    "springfield_mason_square": incident("2019-03-16", 1, 1, {
        "spr-1": article(
            "1 dead, juvenile injured in Springfield shooting", "2019-03-16",
            "SPRINGFIELD, Mass. (WWLP) – One man is dead and a juvenile was injured in a shooting in Springfield's "
            "Mason Square neighborhood Saturday night, police said.\n\nOfficers were called to Wilbraham Road near "
            "State Street around 7:20 p.m. and found a man suffering from multiple gunshot wounds outside a corner "
            "market, police spokesman Sgt. John Delaney said. He was taken to Baystate Medical Center, where he was "
            "pronounced dead.\n\nThe juvenile, who was also shot, was taken to Baystate with a wound that is not "
            "considered life-threatening.\n\nThe Hampden District Attorney's Office is investigating.\n\n22News is "
            "working to learn more and will update this story as information becomes available."),
        "spr-2": article(
            "Boy, 14, wounded, man killed outside Mason Square market", "2019-03-17",
            "SPRINGFIELD -- A 14-year-old boy was wounded and a man was killed in a shooting outside a corner market "
            "in Mason Square on Saturday night, Springfield police said.\n\nThe boy was shot once in the leg as he "
            "walked out of the store with a friend, police spokesman Sgt. John Delaney said. He was in stable "
            "condition at Baystate Medical Center on Sunday.\n\nPolice believe the man, who was shot several times, "
            "was the intended target. The boy and his friend \"were just in the wrong place,\" Delaney said.\n\nThe "
            "killing is the city's fourth homicide of 2019."),
        "spr-3": article(
            "DA identifies man killed in Saturday night shooting in Springfield", "2019-03-18",
            "SPRINGFIELD, Mass. (WGGB/WSHM) -- The Hampden District Attorney's Office has identified the man killed in "
            "Saturday night's shooting on Wilbraham Road as Luis Feliciano, 31, of Springfield.\n\nA 14-year-old boy "
            "who was also shot is expected to survive, officials said.\n\nNo arrests have been made. Anyone with "
            "information is asked to call the Springfield Police Detective Bureau."),
    }, teens=(0, 1)),
    # --- a fired worker who killed two co-workers, wounded a supervisor and killed himself; AP's story and a paper's
    # reprint of it -------------------------------------------------------------------------------------------------
    "columbia_farrow_rd_warehouse": incident("2016-11-04", 3, 1, {
        "cae-1": article(
            "Coroner: 3 dead, including gunman, after shooting at Columbia warehouse", "2016-11-04",
            "COLUMBIA, SC (WIS) - Three people are dead, including the gunman, and another person is injured after a "
            "shooting at a distribution warehouse in northeast Columbia Friday morning, according to the Richland "
            "County coroner.\n\nColumbia police say officers were called to the warehouse on Farrow Road around 7:05 "
            "a.m., shortly after the start of the morning shift. Employees were seen running from the building.\n\n"
            "The injured person was taken to Palmetto Health Richland. Their condition is not known.\n\nWIS has a "
            "crew on the way and will update this story."),
        "cae-2": article(
            "Fired worker killed 2, wounded supervisor before killing himself, police say", "2016-11-05",
            "A man who had been fired from his job at a northeast Columbia distribution warehouse two days earlier "
            "walked back in at the start of the Friday morning shift, shot and killed two former co-workers and "
            "wounded a supervisor, then killed himself, Columbia police said.\n\nThe gunman was Curtis Wayne Heyward, "
            "46, of Columbia, police said. The Richland County coroner identified the two workers killed as Monica "
            "Sims, 39, and Rodney Gaither, 52.\n\nThe supervisor, 48, was shot in the abdomen. She was in serious but "
            "stable condition at Palmetto Health Richland on Friday night, police Capt. Marcus Reese said.\n\nAbout "
            "60 employees were in the building at the time. Heyward fired at least 12 shots in a packing area before "
            "he shot himself near a loading dock, Reese said.\n\nThe company closed the warehouse Friday and offered "
            "counseling to employees."),
        "cae-3": article(
            "Police: Fired worker kills 2, wounds 1, then himself at South Carolina warehouse", "2016-11-05",
            "COLUMBIA, S.C. (AP) — Police in South Carolina's capital say a man who had been fired from a warehouse "
            "job returned and fatally shot two former co-workers and wounded a third before killing himself.\n\n"
            "Columbia police say 46-year-old Curtis Wayne Heyward opened fire Friday morning at a distribution "
            "warehouse on Farrow Road. The Richland County coroner identified those killed as 39-year-old Monica Sims "
            "and 52-year-old Rodney Gaither.\n\nA 48-year-old supervisor was in serious condition.\n\nPolice say "
            "Heyward had been fired two days earlier."),
        "cae-4": article(
            "Fired worker kills 2, then himself, at Columbia warehouse", "2016-11-05",
            "COLUMBIA — Police say a man who had been fired from a warehouse job returned and fatally shot two former "
            "co-workers and wounded a third before killing himself.\n\nColumbia police say 46-year-old Curtis Wayne "
            "Heyward opened fire Friday morning at a distribution warehouse on Farrow Road. The Richland County "
            "coroner identified those killed as 39-year-old Monica Sims and 52-year-old Rodney Gaither.\n\nA "
            "48-year-old supervisor was in serious condition. Heyward had been fired two days earlier, police said."
            "\n\nThe Associated Press"),
    }),
    # --- a man killed in a gunfight and siblings of 11 and 12 hit on a porch ('two children' in the first report: one
    # child and one teen hurt); a Labor Day weekend tally ----------------------------------------------------------
    "youngstown_indianola_porch": incident("2014-08-31", 1, 2, {
        "yng-1": article(
            "Man killed, 2 children hurt in south side Youngstown shooting", "2014-08-31",
            "YOUNGSTOWN, Ohio (WKBN) – A man was killed and two children were wounded in a shooting on Youngstown's "
            "south side Sunday afternoon.\n\nPolice said the shooting happened around 4 p.m. on East Indianola "
            "Avenue. The man was shot several times in the street and died at St. Elizabeth Youngstown Hospital. The "
            "children were hit while sitting on a nearby porch, police said.\n\nThe children were taken to Akron "
            "Children's Hospital Mahoning Valley. Their injuries are not believed to be life-threatening.\n\nPolice "
            "said several people were shooting at each other. No one is in custody.\n\nCopyright 2014 WKBN. All "
            "rights reserved."),
        "yng-2": article(
            "Siblings, 11 and 12, hit by stray bullets in gunfight that killed man", "2014-09-01",
            "YOUNGSTOWN — An 11-year-old girl and her 12-year-old brother were sitting on their grandmother's porch "
            "eating freeze pops when a gunfight broke out on East Indianola Avenue on Sunday afternoon, and bullets "
            "meant for someone else hit them both.\n\nThe girl was grazed on the back of her neck and the boy was "
            "shot in the calf, police said. Both were treated at Akron Children's Hospital Mahoning Valley in "
            "Boardman and sent home Sunday night.\n\nThe gunfight, which police said involved at least three "
            "shooters, killed Dominic Perry, 24, of Youngstown. He was hit four times and died at St. Elizabeth "
            "Youngstown Hospital.\n\n\"I heard pop-pop-pop and the kids were screaming,\" said the children's "
            "grandmother, who asked that her name not be used.\n\nPerry's death is the city's 16th homicide this year. "
            "Detectives are looking for two men seen running toward Hillman Street."),
        "yng-3": article(
            "Police name man killed in Sunday's south side shooting", "2014-09-02",
            "YOUNGSTOWN, Ohio (WFMJ) - Youngstown police have released the name of the man killed in Sunday's "
            "shooting on the city's south side.\n\nDominic Perry, 24, died at St. Elizabeth Youngstown Hospital after "
            "being shot four times on East Indianola Avenue, police said.\n\nTwo children, a girl, 11, and her "
            "brother, 12, who were sitting on a porch nearby, were also wounded. They were treated and released.\n\n"
            "Police said Tuesday that they have identified persons of interest but have made no arrests. The "
            "shooting capped a violent Labor Day weekend in the Mahoning Valley, with four people shot in Youngstown "
            "and Warren between Friday night and Monday."),
    }, children=(0, 1), teens=(0, 1)),
}

# The Stockton paper's Monday round-up of the weekend (Monday, July 10, 2017): a man wounded on Pacific Avenue on
# Saturday night (outside the set), the East Eighth Street killing and the Louis Park shooting, each with its time.
# Left out of the grouping and figure checks (see the first set's docstring); it stays in the warehouse, so the
# checks that the two Stockton incidents stay apart see whether it glues them.
ROUNDUPS = {
    "stk-r": article(
        "Violent weekend: 1 killed, 3 wounded in Stockton shootings", "2017-07-10",
        "STOCKTON — One man was killed and three people were wounded in three shootings across Stockton between "
        "Saturday night and Sunday evening, police said Monday.\n\nSaturday, about 11:30 p.m.: A 25-year-old man was "
        "shot in the leg outside a bar on Pacific Avenue near March Lane. He was treated and released.\n\nSunday, "
        "about 6:15 a.m.: Robert Salcido, 38, was shot and killed on East Eighth Street near South Airport Way.\n\n"
        "Sunday, about 7:40 p.m.: A 22-year-old man and a 17-year-old boy were wounded near the boat launch at Louis "
        "Park.\n\nNo arrests have been made in any of the shootings."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_STOCKTON = ("two shootings in one city on one day are one incident: each report's background sentence on the other "
             "shooting ('Hours later, a 17-year-old and a 22-year-old were wounded in a separate shooting at Louis "
             "Park'; 'Earlier in the day, a 38-year-old man was shot and killed on East Eighth Street') is read as "
             "its own figures, and the two events, both placed at 'Stockton' on Sunday, are linked (with or without "
             "the round-up): the merged incident takes 1 killed, 2 injured, 1 teen hurt, five sources, contested")
_YOUNGSTOWN_SIBLINGS = (
    "the siblings of 11 and 12 told in the paper as 'The girl was grazed on the back of her neck and the boy was shot "
    "in the calf' are one hurt (the girl's 11; '... bullets meant for someone else hit them both' is unread), and the "
    "latest report's closing tally of the region ('with four people shot in Youngstown and Warren between Friday night "
    "and Monday') is read as its own toll (injured 3 after the man's death)")
XFAIL: dict[tuple[str, str], str] = {
    ("apart", "stockton_east_eighth_st"): _STOCKTON,
    ("apart", "stockton_louis_park"): _STOCKTON,
    ("killed", "stockton_louis_park"): _STOCKTON + " (1 killed for 0)",
    ("injured", "stockton_east_eighth_st"): _STOCKTON + " (2 injured for 0)",
    ("teens_injured", "stockton_east_eighth_st"): _STOCKTON + " (1 teen hurt for 0)",
    ("injured", "youngstown_indianola_porch"): (
        _YOUNGSTOWN_SIBLINGS + ": the three reports give 2, 1 and 3 injured and the latest wins (3 for 2)"),
    ("teens_injured", "youngstown_indianola_porch"): (
        _YOUNGSTOWN_SIBLINGS + ": the station's 'two children' (no ages: two children) and the paper's girl of 11 "
        "give no teen against the last report's boy of 12 (0 for 1)"),
    ("grade", "youngstown_indianola_porch"): (
        _YOUNGSTOWN_SIBLINGS + ": the paper's one hurt falls below the station's 'two children were wounded', "
        "contested for corroborated"),
    ("injured", "fort_wayne_oxford_st_girl"): (
        "a wounded adult told in a sentence of her own beside a child's death is unread ('Her grandmother, Bernice "
        "Hollis, 56, was shot in the arm. She was treated and released.'; 'bullets fired from the street struck her "
        "and her 56-year-old grandmother'), and the two later reports, which give the girl's death and no wounded, "
        "outvote the first report's two hurt (0 for 1)"),
    ("injured", "durham_cornwallis_rd_intruder"): (
        "the son's wound told beside the intruder's name is unread ('Little fired one shot that struck the "
        "19-year-old in the forearm'; 'Little shot the homeowner's 19-year-old son in the arm before the homeowner "
        "shot and killed Little'), and the two later reports, which give the intruder's death and no wounded, outvote "
        "the first report's one hurt (0 for 1)"),
    ("grade", "toledo_nebraska_ave_party"): (
        "a report's recall of the police's own first count beside the revised one ('Police initially said at least "
        "six people had been shot; a seventh victim walked into St. Vincent Medical Center ...') is read as another "
        "party's figure set aside (shot_minus_killed/disputed), which marks the incident contested for corroborated"),
    ("teens_killed", "greensboro_larchmont_dr"): (
        "the shooter of 17 who killed himself has no age where his death is counted: 'A 17-year-old shot and killed "
        "his 15-year-old former girlfriend ... and then turned the gun on himself' gives the girl of 15 and an "
        "attacker without age ('Deshawn Tillery, 17, ... was found dead in the hallway' is read but not added), and "
        "the vigil's '... shot Kiara at her home ... and then killed himself' is one death of 15; two reports with "
        "one teen outvote 'Two teenagers were found dead' (1 for 2)"),
}

# Independent sources, for the incidents whose outlets each told one story (AP aside): Toledo (WTOL, the Blade, AP with
# a paper's reprint signed '— The Associated Press'), Montgomery (WSFA, the Advertiser, AP with a paper's reprint
# signed 'The Associated Press'), Columbia (WIS, The State, AP with its reprint), Albuquerque (KOB, the Journal, AP),
# Peoria (WMBD, the Journal Star, AP), Tacoma (KIRO 7, the News Tribune, AP), and stations' and papers' stories
# elsewhere: Savannah (WTOC, the Morning News, WSAV), Greensboro (WFMY, the News & Record, WXII), Springfield (WWLP,
# MassLive, WGGB), Youngstown (WKBN, the Vindicator, WFMJ).
INDEPENDENT_SOURCES = {"toledo_nebraska_ave_party": 3, "montgomery_mobile_rd_brothers": 3,
                       "columbia_farrow_rd_warehouse": 3, "albuquerque_central_ave_store": 3,
                       "peoria_east_bluff_murder_suicide": 3, "tacoma_hilltop_traffic_stop": 3,
                       "savannah_west_gwinnett": 3, "greensboro_larchmont_dr": 3, "springfield_mason_square": 3,
                       "youngstown_indianola_porch": 3}
# Grades (docs/warehouse.md): contested where a later report falls below an earlier report's floor with no death to
# explain it (Savannah: two killed, then one); corroborated where the reports agree or only revise upwards, the wounded
# falling by as many as died (Toledo, Fort Wayne, Gary) and the rest.
GRADES = {"savannah_west_gwinnett": "contested", "toledo_nebraska_ave_party": "corroborated",
          "fort_wayne_oxford_st_girl": "corroborated", "gary_broadway_gas_station": "corroborated",
          "montgomery_mobile_rd_brothers": "corroborated", "columbia_farrow_rd_warehouse": "corroborated",
          "peoria_east_bluff_murder_suicide": "corroborated", "youngstown_indianola_porch": "corroborated"}

BCUBED_F1_FLOOR = 0.97  # the first run's 0.983, less a margin (committed before the run with 0.90)

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(20, 21), articles=range(55, 66))
    assert all(2014 <= gold["date"].year <= 2019 for gold in INCIDENTS.values())
    assert all(2014 <= text["published"].year <= 2019 and text["published"] >= gold["date"]
               for gold in INCIDENTS.values() for text in gold["articles"].values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
