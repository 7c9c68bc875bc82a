"""Fourth challenge set: reconciliation across articles. Invented incidents of 2015-2021, each reported by one to
four invented articles (US city papers, TV station sites and AP copies), written before the pipeline was run on
them. The gold is what a careful coder records for the incident from all its reports under docs/conventions.md (the
Gun Violence Archive's way: a shooter who died is among the killed, whoever shot him; children 0-11, teens 12-17; the
day the incident happened; the latest credible toll), and which articles report it. It uses the first set's harness
(tests/challenge_harness.py, IncidentSet).

What the set covers, where the first three sets are thin: one city with three shootings over one weekend that must
stay apart (Memphis: a drive-by in Orange Mound that wounded a 7-year-old girl and her uncle, a man killed outside a
Whitehaven nightclub hours later, a murder-suicide in Frayser the next morning; the nightclub report recalls the
drive-by, a follow-up counts the weekend's homicides), and two more of one night (New Orleans' 7th Ward and
Gentilly, no report naming the other); a killing told only in a background sentence of a report on another shooting
in the same city three days later (Dayton's Salem Avenue, one report of its own); reports published the night of
("late Saturday", "This story will be updated") and followed the next day or days later with the victim named and
the toll revised (a wounded man who died two days on; "at least four people were shot" becoming five, "not four as
first reported"; "1 dead, 3 hurt" becoming two dead after a second man died); an AP story reprinted by two outlets
with small edits beside a local paper's own report (Tulsa), and another reprinted once (Spokane Valley); a small
town reported by the big city's paper that names town and county (Fort Lupton, Weld County, by a Denver paper; a
rural home south of Mulvane, Sumner County, by a Wichita paper); three domestic murder-suicides (one with a
10-year-old girl among the dead, one with an adult stepson wounded, one with a 4-year-old unhurt in the apartment);
a drive-by that wounded a child and one that killed a 5-year-old asleep on a couch; a house party where a
16-year-old was killed and two other teens hurt; a traffic stop where an officer was shot and the driver killed; a
bar gunman shot dead by a customer; two men who shot each other; a road-rage killing on Interstate 40 near Conway;
a shooting that began in Clayton County and ended at a gas station across the line in Henry County; follow-ups
weeks later (arrests, an indictment, a prosecutor's decision not to charge, a march, a walk) that name the incident
by its date ("the July 15 drive-by", "on May 21", "on Sept. 12") or only by the victims' names and give the toll
again; people at the scene who were not hurt ("A 4-year-old child was in the apartment at the time but was not
hurt", "The boy, the couple's son, was not hurt") and suspects' ages ("Jalen Moore, 17") that are no victims.

Every sentence is invented; none is taken from the development data or from another challenge set.

First run, before any fix (helper, main 281bfdb with 741e351's code), tests passing per field: together 21/22,
apart 17/22, killed 18/22, injured 18/22, children killed 21/22, children injured 21/22, teens killed 22/22, teens
injured 21/22, date 21/22, independent sources 4/5, grade 5/6; B-cubed precision 0.878, recall 0.981, F1 0.927. No
gold was corrected after the run. Failures left are marked strict xfail with their class (XFAIL); the Whitehaven
nightclub's injured passed only because the merged Memphis incident's figure happened to be its 1.

After the 0.21.0 fixes (docs/conventions.md, "Incidents"): the three Memphis shootings stay apart, each with its own
figures, date and sources (words of a city's hospital and county, and street types, are no names an incident owns;
the places two neighbourhoods' reports share are those neighbourhoods compared again; a city may hold a neighbourhood
its report names); B-cubed F1 above the first run's. The rest stay strict xfail with their class.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- Memphis, one weekend, three shootings that stay apart ------------------------------------------------
    # a drive-by that wounded a girl, 7, and her uncle; an arrest weeks later names it by its date
    "memphis_orange_mound_drive_by": incident("2017-07-15", 0, 2, {
        "mem-a1": article(
            "7-year-old girl, man shot in Orange Mound drive-by", "2017-07-15",
            "MEMPHIS, TN (WMC) - A 7-year-old girl and a man were shot Saturday afternoon in a drive-by shooting in "
            "Orange Mound, according to Memphis police.\n\nOfficers were called to Carnes Avenue near Semmes Street "
            "just after 4:30 p.m. Police said someone in a white Chevrolet Impala fired several shots at a group "
            "of people sitting on a front porch.\n\nThe girl was taken to Le Bonheur Children's Hospital in "
            "critical condition. The man was taken to Regional One Health in non-critical condition.\n\nNo arrests "
            "have been made. Anyone with information is asked to call CrimeStoppers at 901-528-CASH.\n\nCopyright "
            "2017 WMC Action News 5. All rights reserved."),
        "mem-a2": article(
            "'She's seven. Who does that?' Family of girl shot on Orange Mound porch asks for answers", "2017-07-16",
            "The 7-year-old girl shot in a drive-by in Orange Mound on Saturday was out of surgery and in stable "
            "condition Sunday, her grandmother said.\n\nKimberly Boyce said her granddaughter, Amani, was eating a "
            "popsicle on the porch of the family's Carnes Avenue home when a car rolled by and someone inside "
            "opened fire. A bullet hit the girl in the shoulder. Her uncle, Cedric Boyce, 31, was shot in the "
            "thigh as he tried to pull her inside.\n\n“She was just sitting on the porch,” Boyce said. “She's "
            "seven. Who does that?”\n\nMemphis police have not said whether the uncle was the intended target. "
            "Officers are looking for a white Chevrolet Impala with tinted windows."),
        "mem-a3": article(
            "2 charged in July 15 drive-by that wounded girl, 7, and her uncle", "2017-08-03",
            "Two men have been charged in the July 15 drive-by shooting in Orange Mound that wounded a 7-year-old "
            "girl and her 31-year-old uncle, Memphis police said Thursday.\n\nDantrell Givens, 20, and Marcus Shaw, "
            "19, each face two counts of attempted first-degree murder and one count of employing a firearm during "
            "a dangerous felony. Both were being held at the Shelby County jail without bond.\n\nPolice said tips "
            "from the public led investigators to the white Chevrolet Impala, which had been left behind an "
            "abandoned house in South Memphis. According to an affidavit, Givens told detectives the shots were "
            "meant for the uncle, Cedric Boyce, over a dispute about money.\n\nThe girl has since been released "
            "from Le Bonheur Children's Hospital, her family said."),
    }, children=(0, 1)),
    # late the same Saturday, across town; the first report recalls the drive-by
    "memphis_whitehaven_nightclub": incident("2017-07-15", 1, 1, {
        "mem-b1": article(
            "1 killed, 1 hurt in shooting outside Whitehaven nightclub", "2017-07-16",
            "MEMPHIS, Tenn. – One man was killed and another was wounded in a shooting outside a Whitehaven "
            "nightclub late Saturday, Memphis police said.\n\nOfficers responded to the club on Elvis Presley "
            "Boulevard near Shelby Drive around 11:40 p.m. One man was pronounced dead at the scene. A second man "
            "was taken to Regional One Health in non-critical condition.\n\nWitnesses told police a fight started "
            "inside the club and spilled into the parking lot, where someone pulled out a gun.\n\nThe shooting came "
            "about seven hours after a 7-year-old girl and her uncle were wounded in a drive-by in Orange Mound. "
            "Police have not said whether the two shootings are connected."),
        "mem-b2": article(
            "Man killed outside Whitehaven club was father of three, family says", "2017-07-17",
            "The man shot and killed outside a Whitehaven nightclub late Saturday has been identified as Terrell "
            "Mabry, 27, of Southaven.\n\nMabry's cousin, Andrea Mabry, said he had gone to the club on Elvis "
            "Presley Boulevard to celebrate a friend's birthday. “He didn't even want to go out,” she said. “He "
            "had to work Sunday.”\n\nA 24-year-old man who was also shot was in stable condition Monday, police "
            "said. No arrests have been made."),
    }),
    # the next morning, a murder-suicide with a child unhurt in the apartment
    "memphis_frayser_murder_suicide": incident("2017-07-16", 2, 0, {
        "mem-c1": article(
            "Police: Man shot woman, then himself in Frayser apartment", "2017-07-16",
            "MEMPHIS, Tenn. — A man and a woman were found shot to death inside an apartment in Frayser on Sunday "
            "morning in what police are calling a murder-suicide.\n\nOfficers were called to the complex on "
            "Frayser Boulevard near Overton Crossing Street around 9:15 a.m. after a neighbor reported hearing "
            "gunshots. Police said the man shot the woman and then turned the gun on himself.\n\nA 4-year-old "
            "child was in the apartment at the time but was not hurt, police said. The child is with "
            "relatives.\n\nPolice have not released the names of the man and woman."),
        "mem-c2": article(
            "Frayser murder-suicide victim had sought protective order", "2017-07-18",
            "The woman killed in a Frayser apartment Sunday morning had asked a judge for an order of protection "
            "against the man who shot her, court records show.\n\nMemphis police identified the woman as LaToya "
            "Greer, 35, and the man as Reginald Pope, 38. Police said Pope shot Greer several times before killing "
            "himself.\n\nGreer filed for the order in Shelby County General Sessions Court in May, writing that "
            "Pope had threatened to kill her if she left him. A hearing had been set for next week.\n\nThe deaths "
            "were among four homicides in Memphis over the weekend."),
    }),
    # --- 'at least four' the night of, five the next day ('not four as first reported'); an indictment --------
    "cincinnati_over_the_rhine_vine": incident("2019-06-22", 0, 5, {
        "cin-1": article(
            "At least 4 people shot in Over-the-Rhine, police say", "2019-06-22",
            "CINCINNATI — At least four people were shot in Over-the-Rhine late Saturday, according to Cincinnati "
            "police.\n\nThe shooting happened just before 10:45 p.m. near Vine and East 14th streets, a block from "
            "Washington Park, police said. Officers found several victims on the sidewalk. All were taken to "
            "University of Cincinnati Medical Center.\n\nPolice have not released information about their "
            "conditions or a possible suspect. Vine Street was closed between 13th and 15th streets while "
            "investigators worked the scene.\n\nThis is a developing story. Stay with WLWT for updates."),
        "cin-2": article(
            "Police: 5 shot in Over-the-Rhine after argument on Vine Street", "2019-06-23",
            "Five people were shot in Over-the-Rhine late Saturday, not four as first reported, after an argument "
            "between two groups on Vine Street turned violent, Cincinnati police said Sunday.\n\nFour men and a "
            "woman, ages 19 to 34, were wounded. The fifth victim, a 22-year-old man, was driven to University of "
            "Cincinnati Medical Center by a friend and was not counted until later, police said. All five are "
            "expected to survive.\n\n“We had a lot of people out enjoying a warm night, and a few people decided "
            "to settle something with guns,” Lt. Col. Dana Whitmer said.\n\nPolice said at least two people fired. "
            "No arrests had been made Sunday afternoon."),
        "cin-3": article(
            "Grand jury indicts man in June 22 Over-the-Rhine shooting that wounded 5", "2019-07-16",
            "A Hamilton County grand jury on Tuesday indicted a 21-year-old man on five counts of felonious assault "
            "in the June 22 shooting on Vine Street that wounded five people.\n\nKevon Marshall, of Avondale, was "
            "arrested July 3 at an apartment in Bond Hill, Cincinnati police said. Prosecutors say he fired at "
            "least six shots into a crowd near Vine and East 14th streets after an argument with a man he "
            "knew.\n\nInvestigators are still looking for a second shooter, a spokeswoman for the Hamilton County "
            "Prosecutor's Office said."),
    }),
    # --- the night of: two men shot, one critically; three days later: he died --------------------------------
    "st_louis_dutchtown_meramec": incident("2016-10-07", 1, 1, {
        "stl-1": article(
            "2 men shot in Dutchtown, one critically", "2016-10-07",
            "ST. LOUIS – Two men were shot late Friday in the Dutchtown neighborhood of south St. Louis, police "
            "said.\n\nThe shooting was reported at about 10:15 p.m. on Meramec Street near Virginia Avenue. A man "
            "in his late 20s was shot in the chest and taken to a hospital in critical condition, police said. A "
            "second man, 33, was shot in the arm and was stable.\n\nPolice said the men were standing outside a "
            "corner market when someone walked up and began firing. There was no immediate word on a "
            "suspect.\n\nThis story will be updated."),
        "stl-2": article(
            "Man shot Friday in Dutchtown has died, police say", "2016-10-10",
            "ST. LOUIS • A man who was shot Friday night outside a corner market in the Dutchtown neighborhood died "
            "Sunday, police said Monday.\n\nHe was identified as Darius Whitlock, 28, of the 3900 block of "
            "Louisiana Avenue. Whitlock was shot in the chest on Meramec Street near Virginia Avenue about 10:15 "
            "p.m. Friday.\n\nA 33-year-old man who was shot in the arm in the same attack was treated and "
            "released, police said.\n\nThe homicide division is investigating. Whitlock's death was the 150th "
            "homicide in St. Louis this year."),
    }),
    # --- an officer wounded, the driver killed: AP's story, two reprints with small edits, the local paper -----
    "tulsa_traffic_stop_shootout": incident("2018-03-08", 1, 1, {
        "tul-1": article(
            "Tulsa officer wounded, man killed in shootout at traffic stop", "2018-03-09",
            "TULSA, Okla. (AP) — A Tulsa police officer was wounded and a man was killed in an exchange of gunfire "
            "during a traffic stop Thursday night, police said.\n\nPolice Sgt. Lena Ortiz said the officer pulled "
            "over a car near East 21st Street and South Garnett Road shortly after 9:15 p.m. She said the driver "
            "got out and fired at the officer, hitting him in the leg. The officer and a second officer who "
            "arrived returned fire, striking the man.\n\nThe man died at the scene. The wounded officer was taken "
            "to a hospital and is expected to recover, Ortiz said.\n\nThe names of the officer and the man who was "
            "killed have not been released. The department's homicide unit is investigating, as it does in all "
            "shootings involving officers."),
        "tul-2": article(
            "Police: Officer shot, suspect killed during Tulsa traffic stop", "2018-03-09",
            "TULSA, Okla. (AP) — A Tulsa police officer was shot and wounded and a man was killed in an exchange of "
            "gunfire during a traffic stop Thursday night, police said.\n\nSgt. Lena Ortiz said the officer pulled "
            "over a car near East 21st Street and South Garnett Road shortly after 9:15 p.m. and that the driver "
            "got out and fired at him, hitting him in the leg. The officer and a second officer returned fire.\n\n"
            "The man died at the scene. The officer is expected to recover.\n\nThe names of the officer and the man "
            "have not been released.\n\nCopyright 2018 The Associated Press. All rights reserved. This material "
            "may not be published, broadcast, rewritten or redistributed."),
        "tul-3": article(
            "Man killed, Tulsa officer wounded in gunfire exchange", "2018-03-09",
            "TULSA, Okla. (AP) — A Tulsa police officer was wounded and a man was killed in an exchange of gunfire "
            "during a traffic stop Thursday night, police said.\n\nPolice Sgt. Lena Ortiz said the officer pulled "
            "over a car near East 21st Street and South Garnett Road shortly after 9:15 p.m. She said the driver "
            "got out and fired at the officer, hitting him in the leg. The officer and a second officer who "
            "arrived returned fire, striking the man.\n\nThe man died at the scene. The wounded officer is "
            "expected to recover, Ortiz said.\n\nThe names of the officer and the man who was killed have not been "
            "released."),
        "tul-4": article(
            "Officer shot in leg during traffic stop recovering; police identify man officers killed",
            "2018-03-09",
            "A Tulsa police officer shot in the leg during a traffic stop Thursday night was recovering at a "
            "hospital Friday, and police identified the man officers shot and killed as Joshua Keel, 34, of "
            "Tulsa.\n\nOfficer Kyle Brennan, a five-year veteran assigned to the Mingo Valley Division, had stopped "
            "Keel's Pontiac for an expired tag near East 21st Street and South Garnett Road when Keel got out of "
            "the car with a pistol and began shooting, Sgt. Lena Ortiz said.\n\nBrennan was struck once in the "
            "thigh. He and Officer Megan Tully, who had arrived to back him up, returned fire. Keel was pronounced "
            "dead at the scene.\n\nKeel had an outstanding felony warrant for a parole violation, according to "
            "court records. Both officers have been placed on administrative leave, which is routine after a "
            "police shooting."),
    }),
    # --- a road-rage killing on Interstate 40 near Conway; an arrest weeks later names it by date and victim ----
    "conway_i40_road_rage": incident("2020-08-14", 1, 0, {
        "con-1": article(
            "Driver killed in apparent road-rage shooting on I-40 near Conway", "2020-08-14",
            "CONWAY, Ark. (KATV) — A man was shot and killed Friday evening in what Arkansas State Police are "
            "calling an apparent road-rage shooting on Interstate 40 near Conway.\n\nTroopers were called to the "
            "westbound lanes near mile marker 127 around 5:30 p.m. Witnesses told investigators that two vehicles "
            "had been tailgating and cutting each other off for several miles before someone in a silver pickup "
            "fired into a black sedan, state police said.\n\nThe driver of the sedan was pronounced dead at the "
            "scene. He was alone in the car.\n\nWestbound traffic was diverted at the Oak Street exit for nearly "
            "three hours. Anyone who saw a silver pickup with a toolbox in its bed is asked to call state police."),
        "con-2": article(
            "Morrilton man identified as victim in I-40 road-rage killing", "2020-08-15",
            "State police on Saturday identified the man shot and killed on Interstate 40 in Faulkner County on "
            "Friday as Brandon Tate, 41, of Morrilton.\n\nTate was driving west toward home from his job at a "
            "warehouse in North Little Rock when he was shot near Conway, a state police spokesman said. "
            "Investigators believe Tate and the driver of a silver pickup had been trading lane changes and hand "
            "gestures for several miles before the shooting. Tate's car came to rest in the median.\n\n“He'd call "
            "me every day when he left work,” said his mother, Linda Tate. “Friday he didn't call.”"),
        "con-3": article(
            "Arrest made in Aug. 14 road-rage killing on I-40", "2020-09-02",
            "A Pulaski County man was arrested Wednesday in the road-rage shooting that killed Brandon Tate on "
            "Interstate 40 near Conway on Aug. 14, Arkansas State Police said.\n\nCody Reinhart, 33, of "
            "Jacksonville, was being held in the Faulkner County jail on a charge of first-degree murder. Troopers "
            "found a silver pickup matching witnesses' description at his home, according to an affidavit.\n\n"
            "Tate, 41, of Morrilton, was shot once in the head while driving west. He died at the scene."),
    }),
    # --- a small town told by the Denver paper (town and county named); the coroner's names; a walk a month on --
    "fort_lupton_murder_suicide": incident("2019-01-19", 3, 0, {
        "flu-1": article(
            "3 dead, including 10-year-old girl, in Fort Lupton murder-suicide", "2019-01-20",
            "A man shot and killed his estranged wife and their 10-year-old daughter before killing himself "
            "Saturday night at a home in Fort Lupton, police said.\n\nOfficers were called to the home on the "
            "town's east side around 8:30 p.m. by a 14-year-old boy who had run to a neighbor's house, according "
            "to a Fort Lupton police statement. The boy, the couple's son, was not hurt.\n\nFort Lupton, a town of "
            "about 8,000 in southern Weld County, is about 25 miles northeast of Denver. The Weld County Sheriff's "
            "Office and the Colorado Bureau of Investigation are helping with the investigation.\n\nThe names of "
            "the three people who died were not released Sunday. Police said there was no danger to the public."),
        "flu-2": article(
            "Coroner identifies mother, daughter and father in Fort Lupton murder-suicide", "2019-01-21",
            "The Weld County Coroner's Office on Monday identified the three people who died in a murder-suicide "
            "Saturday in Fort Lupton as Rachel Sandoval, 39, her daughter, Lily Sandoval, 10, and Rachel "
            "Sandoval's estranged husband, Mark Sandoval, 44.\n\nInvestigators said Mark Sandoval forced his way "
            "into the home on Ninth Street and shot his wife and daughter before shooting himself. All three died "
            "at the scene.\n\nRachel Sandoval had filed for divorce in November, according to Weld County court "
            "records. Lily was a fourth-grader at Butler Elementary School, where counselors were available "
            "Monday.\n\nThe couple's 14-year-old son escaped through a back door and was not injured."),
        "flu-3": article(
            "Fort Lupton walks in memory of Rachel and Lily Sandoval", "2019-02-17",
            "About 300 people walked through downtown Fort Lupton on Saturday in memory of Rachel Sandoval and her "
            "daughter, Lily, who were shot and killed by Rachel's estranged husband in their home Jan. 19.\n\nMark "
            "Sandoval, 44, killed himself after shooting his wife, 39, and the 10-year-old girl. Their son, 14, "
            "escaped to a neighbor's house.\n\nWalkers carried purple balloons, the color of domestic violence "
            "awareness and Lily's favorite, said her aunt, Veronica Ruiz. “Rachel did everything right,” Ruiz "
            "said. “She left. She filed. She still couldn't get away from him.”\n\nOrganizers raised money for a "
            "Weld County shelter for women and children."),
    }, children=(1, 0)),
    # --- a house party: a 16-year-old killed, a girl of 15, a boy of 17 and a man hurt; a march a month later ---
    "rockford_school_street_party": incident("2016-05-21", 1, 3, {
        "rfd-1": article(
            "Teen killed, 3 hurt in shooting at Rockford house party", "2016-05-22",
            "ROCKFORD (WREX) — A 16-year-old boy was killed and three other people were hurt when someone opened "
            "fire at a house party on Rockford's west side shortly before midnight Saturday, police said.\n\n"
            "Officers were called to the 2000 block of School Street, where police said about 60 people, most of "
            "them teenagers, had gathered in a backyard. Several shots were fired from the street.\n\nThe "
            "16-year-old died at SwedishAmerican Hospital. A 15-year-old girl, a 17-year-old boy and a 20-year-old "
            "man were taken to area hospitals with injuries that were not life-threatening.\n\nPolice have not "
            "released the name of the boy who died."),
        "rfd-2": article(
            "Auburn sophomore identified as teen killed at west side party", "2016-05-23",
            "The 16-year-old killed at a west side house party late Saturday was DeAndre Wilkins, a sophomore at "
            "Auburn High School who played on the school's basketball team, the Winnebago County Coroner's Office "
            "said Monday.\n\nWilkins was shot in the back as partygoers ran from the backyard of a home on School "
            "Street, police said. Three others were wounded.\n\n“He was a kid who laughed at everything,” said his "
            "coach, Marcus Lindell. Auburn had grief counselors available Monday.\n\nRockford police said they are "
            "looking for two men who had been turned away from the party earlier in the night."),
        "rfd-3": article(
            "'Put the guns down': Mothers march a month after DeAndre Wilkins' killing", "2016-06-19",
            "Nearly 200 people marched along School Street on Saturday, a month after DeAndre Wilkins was shot and "
            "killed at a house party a few blocks away.\n\nDeAndre, 16, was one of four people shot at the party "
            "on May 21. The others, a 15-year-old girl, a 17-year-old boy and a 20-year-old man, survived.\n\nHis "
            "mother, Shonda Wilkins, led the march carrying a photo of her son in his basketball uniform. "
            "“Somebody out here knows who did this,” she said.\n\nNo arrests have been made. Rockford police say "
            "the investigation is active."),
    }, teens=(1, 2)),
    # --- shot at a light in Clayton County, stopped at a gas station across the line in Henry County ----------
    "clayton_henry_ga138": incident("2021-02-13", 1, 1, {
        "cla-1": article(
            "Man killed, woman hurt in shooting that began in Clayton County, ended in Henry County", "2021-02-14",
            "STOCKBRIDGE, Ga. — A man was killed and a woman was wounded in a shooting Saturday night that started "
            "on a road in Clayton County and ended at a gas station across the county line in Stockbridge, police "
            "said.\n\nHenry County police said officers were called to a QuikTrip on Ga. 138 near Interstate 675 "
            "around 9:20 p.m. and found a man and a woman in a car with gunshot wounds. The woman, who had been "
            "driving, told officers they were shot at a red light a few miles back, in Clayton County.\n\nThe man "
            "died at the scene. The woman was taken to Grady Memorial Hospital.\n\nBecause the shooting happened "
            "in Clayton County, Clayton County police are leading the investigation."),
        "cla-2": article(
            "Clayton police identify man killed on Ga. 138; girlfriend wounded", "2021-02-15",
            "Clayton County police on Monday identified the man fatally shot Saturday night on Ga. 138 as Jamal "
            "Whitaker, 29, of Riverdale.\n\nWhitaker and his girlfriend, 26, were stopped at a traffic light at Ga. "
            "138 and Tara Boulevard in Jonesboro when someone in an SUV pulled alongside and fired several shots, "
            "police said. The woman, who was hit in the arm, drove about six miles east into Henry County before "
            "stopping at a gas station in Stockbridge and calling 911.\n\nWhitaker was pronounced dead there. The "
            "woman was treated at Grady Memorial Hospital and released.\n\nPolice have not said what led to the "
            "shooting. Anyone with information is asked to call Clayton County police."),
    }),
    # --- Dayton: a killing on Tuesday (one report), recalled in a report on Friday's shooting two miles away ----
    "dayton_salem_avenue": incident("2018-09-11", 1, 0, {
        "day-a1": article(
            "Man, 45, shot and killed on Salem Avenue in Dayton", "2018-09-12",
            "DAYTON — A 45-year-old man was shot and killed Tuesday night on Salem Avenue, Dayton police said.\n\n"
            "Officers were called to the 1800 block of Salem Avenue near Cornell Drive about 8:40 p.m. on a report "
            "of a man down in a parking lot. Medics pronounced the man dead at the scene.\n\nPolice said the man "
            "had been shot several times. Detectives were canvassing the area Wednesday morning and asked anyone "
            "who was nearby to call.\n\nThe Montgomery County Coroner's Office will release the man's name after "
            "his family is notified."),
    }),
    "dayton_hoover_avenue": incident("2018-09-14", 0, 2, {
        "day-b1": article(
            "2 men wounded in Hoover Avenue shooting, second in northwest Dayton this week", "2018-09-14",
            "Two men were wounded in a shooting Friday afternoon on Hoover Avenue in northwest Dayton, police "
            "said.\n\nOfficers were called to Hoover Avenue near North Gettysburg Avenue around 3:10 p.m. and found "
            "a 22-year-old man shot in the stomach and a 24-year-old man shot in the foot. Both were taken to Miami "
            "Valley Hospital. The 22-year-old was in serious condition.\n\nPolice said the men had been sitting in "
            "a parked car when a man walked up and fired into the passenger side.\n\nIt was the second shooting in "
            "northwest Dayton this week. On Tuesday night, a 45-year-old man was shot and killed in a parking lot "
            "on Salem Avenue, about two miles away. Police said there is no indication the two shootings are "
            "related."),
        "day-b2": article(
            "Police: 2 men shot while sitting in car on Hoover Avenue", "2018-09-15",
            "DAYTON, Ohio (WDTN) — Dayton police are searching for a man who shot two men as they sat in a parked "
            "car on Hoover Avenue on Friday afternoon.\n\nThe victims, 22 and 24, were taken to Miami Valley "
            "Hospital. Police said Saturday that the 22-year-old, who was shot in the stomach, had undergone "
            "surgery and was in stable condition. The 24-year-old was treated and released.\n\nWitnesses described "
            "the gunman as a thin man in a gray hooded sweatshirt who ran toward Gettysburg Avenue after the "
            "shooting."),
    }),
    # --- New Orleans, one Saturday night: the 7th Ward and Gentilly, no report naming the other ---------------
    "new_orleans_seventh_ward": incident("2015-11-07", 1, 0, {
        "nola-a1": article(
            "Man shot, killed in 7th Ward Saturday night, NOPD says", "2015-11-07",
            "A man was shot and killed in the 7th Ward on Saturday night (Nov. 7), New Orleans police said.\n\n"
            "Officers were called to the 1900 block of North Galvez Street around 9:30 p.m. and found the man lying "
            "in the street with multiple gunshot wounds, according to preliminary NOPD information. He was "
            "pronounced dead at the scene.\n\nPolice did not immediately release the man's age or a possible "
            "motive. Anyone with information is asked to call Crimestoppers at 504-822-1111."),
        "nola-a2": article(
            "Coroner IDs man shot to death on North Galvez Street", "2015-11-09",
            "The Orleans Parish Coroner's Office on Monday identified the man who was shot to death Saturday night "
            "in the 7th Ward as Troy Lemieux, 31.\n\nLemieux was found in the 1900 block of North Galvez Street "
            "shortly after 9:30 p.m. with several gunshot wounds, police said. Relatives said he had been walking "
            "to a corner store near his mother's house.\n\nPolice have not named a suspect or a motive."),
    }),
    "new_orleans_gentilly_franklin": incident("2015-11-07", 0, 2, {
        "nola-b1": article(
            "2 men wounded in Gentilly shooting", "2015-11-08",
            "NEW ORLEANS — Two men were wounded in a shooting in Gentilly late Saturday, the NOPD said.\n\nThe "
            "shooting happened around 11:10 p.m. in the 4500 block of Franklin Avenue. Police said a 19-year-old "
            "man was shot in the back and a 22-year-old man was shot in the hand. Both were taken to University "
            "Medical Center by EMS.\n\nThe men told officers they were walking on Franklin Avenue when a "
            "dark-colored car pulled up and someone inside began shooting. Their injuries were not considered "
            "life-threatening."),
        "nola-b2": article(
            "Two men shot on Franklin Avenue in Gentilly, NOPD says", "2015-11-08",
            "Two men were shot while walking in Gentilly late Saturday night (Nov. 7), New Orleans police said.\n\n"
            "The men, 19 and 22, were hit in the 4500 block of Franklin Avenue around 11:10 p.m. and were taken to "
            "a hospital by EMS, according to preliminary NOPD information. Both were expected to survive.\n\nThe "
            "shooting was one of at least three in New Orleans on Saturday night, police records show."),
    }),
    # --- a murder-suicide with an adult stepson wounded: AP's story, one reprint, the local paper -------------
    "spokane_valley_murder_suicide": incident("2015-04-18", 2, 1, {
        "spo-1": article(
            "Spokane Valley man kills wife, wounds stepson, then kills himself", "2015-04-19",
            "SPOKANE VALLEY, Wash. (AP) — Authorities say a Spokane Valley man shot and killed his wife and "
            "wounded her adult son before killing himself Saturday evening.\n\nThe Spokane County Sheriff's Office "
            "says deputies were called to a home near East Sprague Avenue and South Pines Road around 6:30 p.m. "
            "after the 27-year-old son called 911 to say he had been shot. Deputies found the man and woman dead "
            "inside.\n\nSheriff's spokeswoman Deputy Amy Hall says the son was shot in the shoulder and was taken "
            "to a hospital with injuries that are not life-threatening.\n\nThe names of the man and woman, who were "
            "58 and 54, have not been released."),
        "spo-2": article(
            "Man kills wife, wounds her son before killing himself in Spokane Valley", "2015-04-19",
            "SPOKANE VALLEY, Wash. (AP) — Authorities say a Spokane Valley man shot and killed his wife and wounded "
            "her adult son before killing himself Saturday evening.\n\nThe Spokane County Sheriff's Office says "
            "deputies were called to the home around 6:30 p.m. after the 27-year-old son called 911 to say he had "
            "been shot. Deputies found the man and woman dead inside.\n\nDeputy Amy Hall says the son was shot in "
            "the shoulder and is expected to survive.\n\nThe names of the man and woman, who were 58 and 54, have "
            "not been released.\n\nCopyright 2015 The Associated Press. All rights reserved."),
        "spo-3": article(
            "Spokane Valley murder-suicide: Neighbors say couple had been arguing for weeks", "2015-04-20",
            "Neighbors of a Spokane Valley couple who died in a murder-suicide Saturday said they had heard "
            "shouting from the house for weeks.\n\nThe Spokane County Medical Examiner's Office on Sunday "
            "identified the couple as Gary Lindquist, 58, and Diane Lindquist, 54. Sheriff's investigators said "
            "Gary Lindquist shot his wife in the kitchen, then shot her son, Tyler Hammond, 27, when he came in "
            "from the garage, before turning the gun on himself.\n\nHammond was hit in the shoulder and was "
            "recovering at Sacred Heart Medical Center on Sunday.\n\n“You'd hear doors slamming at two in the "
            "morning,” said Pam Ostrowski, who lives across the street. “But nobody thought it would come to "
            "this.”"),
    }),
    # --- a 12-year-old and two men shot at a basketball court; the boy a teen by the archive's split -----------
    "richmond_gilpin_court": incident("2020-07-05", 0, 3, {
        "ric-1": article(
            "3 shot, including 12-year-old, at Gilpin Court basketball court", "2020-07-05",
            "RICHMOND, Va. (WWBT) - Three people, including a 12-year-old boy, were shot Sunday evening at a "
            "basketball court in Gilpin Court, Richmond police said.\n\nOfficers were called to the court in the "
            "500 block of St. Peter Street around 7:50 p.m. Police said the boy was shot in the leg and was taken "
            "to VCU Medical Center with injuries that are not life-threatening. Two men were also wounded.\n\n"
            "Police said a group was playing basketball when someone fired from a nearby parking lot.\n\n"
            "Copyright 2020 WWBT. All rights reserved."),
        "ric-2": article(
            "Boy, 12, and two men wounded at Gilpin Court; mother says son 'just wanted to play ball'",
            "2020-07-06",
            "A 12-year-old boy and two men were shot Sunday evening while playing basketball in Gilpin Court, "
            "police said Monday.\n\nThe men, 19 and 23, were being treated at VCU Medical Center; the 19-year-old "
            "was in serious condition Monday, police said. The boy, who was shot in the calf, was released from "
            "the hospital Monday morning.\n\n“He just wanted to play ball,” said his mother, who asked that her "
            "name not be used for her family's safety. “He's 12. He should be able to go to the court down the "
            "street.”\n\nIt was the fourth shooting in Richmond over the Fourth of July weekend, police said."),
    }, teens=(0, 1)),
    # --- a clerk killed in a robbery; teens charged weeks later, the incident named by the victim only ----------
    "toledo_dorr_street_clerk": incident("2017-12-02", 1, 0, {
        "tol-1": article(
            "Gas station clerk killed in robbery on Dorr Street", "2017-12-02",
            "A clerk at a central Toledo gas station was shot and killed early Saturday during a robbery, police "
            "said.\n\nOfficers were called to the Sunoco station in the 2200 block of Dorr Street at about 1:20 "
            "a.m. and found the man, 26, behind the counter with a gunshot wound to the chest. He died at the "
            "scene.\n\nPolice said two men in dark clothing came into the store, demanded money and shot the clerk "
            "after he handed over the cash from the register. They ran north on foot.\n\nPolice did not release "
            "the clerk's name Saturday. He had worked at the station for about a year, a co-worker said."),
        "tol-2": article(
            "Two teens charged with aggravated murder in death of clerk Amandeep Gill", "2017-12-28",
            "Two Toledo teenagers have been charged with aggravated murder and aggravated robbery in the death of "
            "Amandeep Gill, the 26-year-old clerk shot during a robbery at a Dorr Street gas station this "
            "month.\n\nJalen Moore, 17, and Tavion Rice, 18, were arrested Wednesday, Toledo police said. "
            "Prosecutors will ask that Moore's case be moved to adult court.\n\nGill, who came to Toledo from "
            "Punjab, India, four years ago, was shot once in the chest after handing over about $300, police said. "
            "Members of the Sikh community raised more than $40,000 to send his body home to his family."),
    }),
    # --- a drive-by into a home: a 5-year-old killed on the couch, his mother grazed; an arrest weeks later ------
    "jackson_boling_street_boy": incident("2021-06-12", 1, 1, {
        "jxn-1": article(
            "5-year-old killed, mother grazed as bullets hit west Jackson home", "2021-06-13",
            "JACKSON, Miss. (WLBT) - A 5-year-old boy was killed and his mother was grazed when someone fired into "
            "their west Jackson home late Saturday night, Jackson police said.\n\nThe shooting happened around "
            "10:40 p.m. on Boling Street. Police said at least 15 shots were fired into the house from a passing "
            "car. The boy, who was asleep on a couch, was hit in the head and died at the University of "
            "Mississippi Medical Center. His mother was grazed on the arm.\n\n“This was a baby,” a police "
            "spokesman said. “Whoever did this needs to turn themselves in.”\n\nPolice are searching for a dark "
            "blue Nissan Altima."),
        "jxn-2": article(
            "Family mourns Kameron Harris, 5, killed by gunfire while he slept", "2021-06-14",
            "Kameron Harris loved Spider-Man, his little sister and the ice cream truck that came down Boling "
            "Street every afternoon, his grandmother said Monday.\n\nThe 5-year-old was killed late Saturday when "
            "someone sprayed his family's west Jackson home with bullets. His mother, Keisha Harris, 27, was grazed "
            "on the arm and treated at UMMC.\n\n“He fell asleep watching cartoons,” said his grandmother, Loretta "
            "Harris. “He never woke up.”\n\nJackson police said Monday they have identified a person of interest "
            "but have made no arrests."),
        "jxn-3": article(
            "Man charged with murder in June 12 shooting that killed 5-year-old Kameron Harris", "2021-07-08",
            "A 23-year-old man has been charged with first-degree murder in the June 12 drive-by shooting that "
            "killed 5-year-old Kameron Harris and wounded his mother in west Jackson, police said Thursday.\n\n"
            "Derrick Tolliver was arrested Wednesday at a home in Byram, police said. He also faces a charge of "
            "aggravated assault.\n\nInvestigators believe the shots were meant for a relative who had been staying "
            "at the house, according to a police spokesman. Tolliver is being held at the Hinds County Detention "
            "Center without bond."),
    }, children=(1, 0)),
    # --- '1 dead, 3 hurt' on Saturday, 'a second man has died' on Monday ---------------------------------------
    "omaha_north_30th_bar": incident("2019-03-09", 2, 2, {
        "oma-1": article(
            "1 dead, 3 hurt in shooting outside north Omaha bar", "2019-03-09",
            "OMAHA, Neb. (WOWT) -- One man is dead and three other people were hurt after a shooting outside a "
            "north Omaha bar early Saturday, police said.\n\nOfficers were called to the bar near North 30th Street "
            "and Ames Avenue around 1:30 a.m. as it was closing. Police said a fight that started inside moved to "
            "the parking lot, where several shots were fired.\n\nOne man died at Nebraska Medical Center. Two other "
            "men and a woman were also taken to the hospital; one of the men was in critical condition.\n\nOmaha "
            "police are asking anyone with video of the parking lot to contact Omaha Crime Stoppers."),
        "oma-2": article(
            "Second man dies after shooting outside north Omaha bar", "2019-03-11",
            "A second man has died after a shooting outside a north Omaha bar early Saturday, Omaha police said "
            "Monday.\n\nLamont Jeffries, 29, died Sunday at Nebraska Medical Center. Police previously identified "
            "the man who died Saturday as Corey Banks, 31.\n\nThe two other people wounded, a 25-year-old man and a "
            "22-year-old woman, are expected to survive.\n\nPolice said they had identified the man who fired the "
            "shots and were seeking him on two counts of second-degree murder."),
    }),
    # --- the night of ('late Saturday night'), the name the next day, a charge a month later -------------------
    "pittsburgh_homewood_frankstown": incident("2018-07-21", 1, 0, {
        "pit-1": article(
            "Man shot, killed in Homewood late Saturday", "2018-07-21",
            "PITTSBURGH (KDKA) — A man was shot and killed in Homewood late Saturday night, Pittsburgh police "
            "said.\n\nPolice were called to Frankstown Avenue near North Homewood Avenue around 11:15 p.m. after "
            "ShotSpotter picked up several rounds. Officers found a man in his 20s on the sidewalk with gunshot "
            "wounds to the torso. He was pronounced dead at the scene.\n\nPolice said a crowd had gathered outside "
            "a nearby store. No one is in custody. Stay with KDKA for updates."),
        "pit-2": article(
            "Man killed in Homewood shooting identified as 24-year-old from Penn Hills", "2018-07-22",
            "The Allegheny County medical examiner's office on Sunday identified the man shot and killed in "
            "Homewood on Saturday night as Andre Colbert, 24, of Penn Hills.\n\nColbert was shot several times on "
            "Frankstown Avenue near North Homewood Avenue shortly after 11 p.m. and died at the scene, according "
            "to Pittsburgh police.\n\nPolice said Colbert had gotten into an argument with another man outside a "
            "convenience store. Detectives are reviewing surveillance video from businesses along Frankstown."),
        "pit-3": article(
            "Man charged in killing of Andre Colbert", "2018-08-24",
            "A 27-year-old Wilkinsburg man has been charged with criminal homicide in the shooting death of Andre "
            "Colbert, who was killed outside a Homewood convenience store last month, Pittsburgh police said "
            "Friday.\n\nRashad Givner was taken into custody Thursday during a traffic stop in East Liberty. "
            "According to a criminal complaint, surveillance video shows Givner shooting Colbert, 24, several times "
            "after the two argued on Frankstown Avenue.\n\nGivner is being held without bond in the Allegheny "
            "County Jail."),
    }),
    # --- a rural home south of Mulvane, Sumner County, told by the Wichita paper; two men who shot each other ----
    "mulvane_sumner_county": incident("2016-08-27", 1, 1, {
        "wic-1": article(
            "1 dead, 1 hurt in shooting near Mulvane; Sumner County deputies investigating", "2016-08-28",
            "A man was killed and another man was wounded in a shooting Saturday night at a rural home just south "
            "of Mulvane, the Sumner County Sheriff's Office said.\n\nDeputies were called to the home, about a mile "
            "south of the Sedgwick-Sumner county line, shortly after 10 p.m. The wounded man had driven himself "
            "north into Mulvane, which straddles the county line, and flagged down a Mulvane police officer at a "
            "convenience store, the sheriff's office said.\n\nDeputies found a 47-year-old man dead at the home. "
            "The wounded man, 52, was taken to Wesley Medical Center in Wichita, where he was in serious "
            "condition.\n\nInvestigators believe the two men shot each other during an argument and are not "
            "looking for anyone else. Mulvane is about 20 miles south of Wichita."),
        "wic-2": article(
            "Sheriff: 2 men shot each other in argument near Mulvane; one dead", "2016-08-29",
            "MULVANE, Kan. (KWCH) - Two men who had been drinking together shot each other during an argument "
            "Saturday night at a home south of Mulvane, leaving one of them dead, the Sumner County Sheriff's "
            "Office says.\n\nThe sheriff's office identified the man who died as Travis Eckert, 47. The other man, "
            "Dale Ostrander, 52, remains at Wesley Medical Center in Wichita.\n\nOstrander drove into town after "
            "the shooting and stopped at a convenience store on Main Street to ask for help. The case will be sent "
            "to the Sumner County attorney to decide whether charges should be filed."),
    }),
    # --- a bar gunman shot dead by a customer: the gunman among the killed; no charges weeks later --------------
    "charleston_west_side_bar": incident("2015-09-12", 2, 1, {
        "chs-1": article(
            "2 dead, 1 hurt in shooting at Charleston bar; gunman shot by customer", "2015-09-12",
            "CHARLESTON, W.Va. (WSAZ) -- Two people are dead, including the gunman, and a third person was hurt in "
            "a shooting late Saturday at a bar on Charleston's West Side, police said.\n\nOfficers were called to "
            "the bar on Washington Street West around 10:50 p.m. Police said a man who had been thrown out earlier "
            "in the night came back with a handgun and opened fire, killing a customer and wounding a bouncer. "
            "Another customer who had a concealed carry permit then shot the gunman, police said.\n\nThe gunman "
            "died at the scene. The bouncer was taken to Charleston Area Medical Center's General Hospital.\n\n"
            "This story will be updated."),
        "chs-2": article(
            "Police name man killed, gunman in West Side bar shooting", "2015-09-13",
            "Charleston police on Sunday identified the man killed in a shooting at a West Side bar Saturday night "
            "as Scott Hively, 36, of St. Albans, and the gunman, who was shot and killed by another customer, as "
            "Bobby Ray Curry, 41, of Charleston.\n\nThe bouncer, Jason Meadows, 33, was shot in the side and was in "
            "stable condition Sunday at CAMC General Hospital.\n\nPolice said Curry had been asked to leave the "
            "bar on Washington Street West about an hour before the shooting after he argued with Hively over a "
            "pool game. The customer who shot Curry stayed at the scene and is cooperating, police said."),
        "chs-3": article(
            "No charges for man who shot gunman in Sept. 12 West Side bar shooting", "2015-10-08",
            "The Kanawha County prosecutor will not charge the customer who shot and killed a gunman inside a West "
            "Side bar on Sept. 12, saying he acted to protect himself and others.\n\nBobby Ray Curry, 41, killed "
            "Scott Hively, 36, and wounded a bouncer before he was shot by the customer, police said. The "
            "prosecutor's office said the customer fired twice after Curry turned his gun toward the bar.\n\n"
            "“This is exactly the situation where the law allows a person to defend others,” the prosecutor's "
            "office said in a statement. The customer's name has not been released."),
    }),
}

# No round-up: the passing mentions of other shootings stand inside the reports of the set's own incidents.
ROUNDUPS: dict[str, dict] = {}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_POLICE_CITY = ("the police agency's city ('New Orleans police said') stands in for a neighbourhood the gazetteer lacks "
                "(the 7th Ward), and links on the same night with a report of another neighbourhood of that city "
                "(Gentilly) whose victims' ages the first report cannot contradict (it gives none): the merged "
                "incident's figures are both shootings'")
_FOLLOWUP_NO_PLACE = ("a follow-up weeks later that names the incident by the victim only ('in the death of Amandeep Gill "
                      "... this month'), the city only as the suspects' home ('Two Toledo teenagers'), has no place and no "
                      "day: its two rare names in common (the street, the city) are too few to join it")
_HEADLINE_PLACE = ("an agency named by its county's short name in a headline ('Clayton police identify man killed on Ga. "
                   "138; girlfriend wounded') is resolved to a town of that name in another state, and the headline, cut "
                   "at 'Ga.', becomes an event of its own far away: the report's main event holds no injured figure (the "
                   "body's 'The woman, who was hit in the arm' is not read) and votes 0 injured, the later report "
                   "breaking the tie")
_DEATHS_APART = ("deaths told one per sentence or clause (the victim named, 'and the gunman, who was shot and killed by "
                 "another customer, as ...'; the gunman 'shot and killed' by a customer in one sentence, the man he "
                 "killed in the next) are not added in a report's total: two follow-ups count one death and outvote the "
                 "first report's 'Two people are dead, including the gunman'")
_CHILD_KILLED_VOTE = ("a child among the dead is typed differently in each report: the first counts the 10-year-old twice "
                      "(as a victim and again beside the killer's own death), the coroner's list of names with ages ('as "
                      "Rachel Sandoval, 39, her daughter, Lily Sandoval, 10, and ...') types no child, and 'after "
                      "shooting his wife, 39, and the 10-year-old girl' is read as a child hurt: no report votes 1, and "
                      "0 wins")
_BACKGROUND_SOURCE = ("a recalled earlier killing in a background sentence of a report on another shooting ('On Tuesday "
                      "night, a 45-year-old man was shot and killed in a parking lot on Salem Avenue') is kept out of "
                      "the report's own incident but not marked background (is_summary): it joins the recalled "
                      "incident as a second independent report, and the one-report incident is graded corroborated")
XFAIL: dict[tuple[str, str], str] = {
    ("apart", "new_orleans_seventh_ward"): _POLICE_CITY,
    ("apart", "new_orleans_gentilly_franklin"): _POLICE_CITY,
    ("killed", "new_orleans_gentilly_franklin"): _POLICE_CITY,
    ("injured", "new_orleans_seventh_ward"): _POLICE_CITY,
    ("together", "toledo_dorr_street_clerk"): _FOLLOWUP_NO_PLACE,
    ("injured", "clayton_henry_ga138"): _HEADLINE_PLACE,
    ("killed", "charleston_west_side_bar"): _DEATHS_APART,
    ("children_killed", "fort_lupton_murder_suicide"): _CHILD_KILLED_VOTE,
}

# Wire copies count once: AP's Tulsa story and its two reprints with small edits are one source, the Tulsa paper's
# own report a second; AP's Spokane Valley story and its reprint one, the Spokane paper's report a second. Three
# outlets' own reports of the Orange Mound drive-by, the Over-the-Rhine shooting and the Fort Lupton deaths are three.
INDEPENDENT_SOURCES = {"tulsa_traffic_stop_shootout": 2, "spokane_valley_murder_suicide": 2,
                       "memphis_orange_mound_drive_by": 3, "cincinnati_over_the_rhine_vine": 3,
                       "fort_lupton_murder_suicide": 3}
# Reports that agree or only revise ('at least four' then five; two shot, then one of them dead; '1 dead, 3 hurt',
# then a second man dead and two hurt): corroborated with two or more independent sources; Dayton's Tuesday killing,
# told by one report of its own (the other report's background sentence belongs to another incident), single-source.
GRADES = {"tulsa_traffic_stop_shootout": "corroborated", "spokane_valley_murder_suicide": "corroborated",
          "cincinnati_over_the_rhine_vine": "corroborated", "st_louis_dutchtown_meramec": "corroborated",
          "omaha_north_30th_bar": "corroborated", "dayton_salem_avenue": "single-source"}

BCUBED_F1_FLOOR = 0.92  # the first run's 0.927, less a margin

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(20, 25), articles=range(50, 61))
    assert all(2015 <= gold["date"].year <= 2021 for gold in INCIDENTS.values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
