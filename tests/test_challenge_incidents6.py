"""Sixth challenge set: reconciliation across articles, with the emphasis on children and teens and on the day of the
incident. 24 invented US incidents of 2013-2017, each told by two or three invented articles (local TV station sites,
city papers, AP state wire copies and a paper's reprints of them), in the style of the pages the Gun Violence Archive
cites, and one weekend round-up; written before the pipeline was run on them. The gold is what a careful GVA coder
records for the incident from all its reports under docs/conventions.md ("Incidents": the latest credible toll; a
wounded victim who died counts killed and no longer injured; a shooter who died is among the killed; children 0-11,
teens 12-17; the day the incident happened, not the day a victim died, a suspect was arrested or a vigil was held).
It uses the harness of the first reconciliation set (tests/challenge_harness.py, IncidentSet).

Children and teens: a boy on a Memphis porch whom the night's report calls 11 and the next day's 12 (his grandmother:
he turned 12 two weeks before; the arrest report says 12 too); a Milwaukee "teen" named by the medical examiner as 18;
a girl of 6 "fighting for her life" after a road-rage shooting in Houston who died two days later (her father wounded);
two people hurt in Louisville, no ages in a station's report and an AP brief, a boy of 15 and his cousin of 19 in the
paper's; a boy hit by a stray bullet in Baton Rouge, "13" in the first report, corrected to 11 by the police; a
brother of 8 and a sister of 14 hit in their Birmingham home; a boy of 3 in Dayton who shot himself with his father's
pistol; a gunman of 16 shot dead by an off-duty officer in Indianapolis after wounding a girl of 17 and a man of 20; a
girl of 16 hit near an Omaha park; a father in Bakersfield who killed his daughter of 13 and his son of 7, wounded
their mother and killed himself; a boy of 15 hit at a Tulsa complex; "a child" grazed at a Mobile cookout, named the
next day as a girl of 4; a Rochester block party whose wounded, given first without ages, are named on Monday as a
boy of 13, a girl of 16 and two adults; a boy of 14 killed in a Missouri hunting accident, told by one AP story
reprinted twice. People at the scenes who were not hurt (a brother of 9, younger siblings, an infant daughter, two
dozen people at a cookout) and suspects' ages (16, 19, 20, 22, 23, 24, 26, 27, 44) are no victims.

The day: a St. Louis shooting "just before midnight Saturday" (a Sunday station report), "shortly after midnight
Sunday" when officers arrived (another Sunday report) and "about 11:50 p.m. Saturday" (Monday's paper): Saturday; a
Jacksonville arrest two weeks on naming the day only as "the March 5 shooting"; an Omaha charge naming it only as "the
Saturday shooting"; a Cleveland arrest report whose only weekday is the arrest's ("arrested Thursday", "last
weekend"); a Bakersfield vigil whose only weekday is the vigil's; a Newark victim of 22 who died a week after he was
shot, told by a report whose only day is the death's ("died Saturday", the weekday of the shooting a week before);
Shreveport reports the day after and three days after naming Thursday (the shooting), Friday (the death) and Saturday
(the arrest); a Dayton charge report naming "Jan. 29".

Decoys that must stay apart: two killings in Jackson, Miss., a day apart (late Friday outside a Robinson Road
nightclub, Saturday evening on Bailey Avenue; the second's first report recalls the first), with a Monday round-up
of the weekend telling both and a third shooting (ROUNDUPS: built into the warehouse, left out of the checks, as in
the first set); a man killed on East Broad Street in Columbus, Ohio, and two men wounded on West Broad Street in
Richmond, Va., the same Saturday night; one Tulsa apartment complex with a man killed in March and a boy hurt in
October, the later report recalling the killing.

Where docs/conventions.md is silent, the gold follows what a careful GVA coder would record: the Memphis boy is 12
(two reports and the family's birthday against the night's first figure); the Milwaukee victim is an adult (the
medical examiner's 18 over the police's "teenage boy"); the Baton Rouge boy is 11 (the police's own correction); the
Rochester man cut by glass is no victim (four wounded, not five), and the incident is graded contested as the fifth
set grades Macon's "three, not four" (a later report below an earlier report's floor with no death to explain it);
the Indianapolis gunman of 16 is a teen killed; an unintentional shooting (Dayton, Missouri) is an incident like any
other. Independent sources: AP's Missouri story and its two reprints are one source; the Indianapolis station and
AP's story (with its reprint) two; the Houston, Louisville, Newark and Cleveland reports three each (a station, a
paper, and an AP brief or another paper).

Every sentence is invented; none is taken from the development data or from another challenge set. BCUBED_F1_FLOOR is
set from the first run less a margin, as in the fifth set (the file was committed with a provisional 0.90).

First run (frozen worktree of 2de0b11, extractor of main 09ce478, before any fix), passing / checked: together 23/24,
apart 20/24, killed 19/24, injured 20/24, children killed 22/24, children injured 22/24, teens killed 22/24, teens
injured 22/24, date 21/24, independent sources 6/6, grade 4/6; B-cubed precision 0.931, recall 0.977, F1 0.953. No
text or gold was corrected after the run. The 27 failures are strict xfails with their class (XFAIL):
- a victim critically hurt who died days later, told only by the latest report with the death's day (Houston's girl
  of 6, Newark's man of 22), beside earlier reports whose wounded disagree because two victims told in two sentences
  are read as one: the incident's best falls to 0 killed and 0 injured, graded contested (killed, injured, children
  killed, grade);
- a minor's age taken from the wrong person or not revised: a grandmother's death takes her granddaughter's 4
  (Mobile), a boy's corrected age ("he is 11, not 13") is unread and the boy takes a suspect's 23 (Baton Rouge), the
  coroner's report names the children with their ages in a sentence without a casualty verb and its "Both died" has
  none (Bakersfield, the teen of 13 outvoted), a "teenage boy" named as 18 the next day stays a teen on the tie
  (Milwaukee); two siblings named in two sentences counted as one hurt (Birmingham);
- a background sentence that recalls another incident counted and dated as the report's own: the Saturday Jackson
  killing's report recalls the Friday one (with the round-up, the two are one incident of 3 killed), the October
  Tulsa report recalls the complex's March killing in its title and body (one incident dated March 18);
- a day that is not the incident's: the girl's condition "Saturday" (Houston, the day after), the march's "Tuesday"
  (Rochester's march report kept apart from the block party's).
Some figures pass only because a misread agrees: Bakersfield's children killed (the father's "Castillo died of a
self-inflicted gunshot wound" takes his son's 7), the merged Tulsa incident's killed (March) and injured and teens
injured (October). Dayton's boy of 3 who shot himself is also counted among the attackers killed (not checked here).

After the 0.24.0 fixes (docs/conventions.md, "Incidents" and "Dates"): a name told with two verbs takes its own age
(Mobile), a report aging every victim wins a tie on teens (Milwaukee), a condition's day dates the aftermath (Houston
date), a later death takes its wounded from the most an earlier report told (Houston and Newark killed and injured):
killed 21/24, injured 22/24, children killed 23/24, teens killed 23/24, date 22/24; Houston's girl, now dead, stays
among the children hurt (children injured 21/24, a new strict xfail). The rest stay strict xfails with their class.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a boy shot on a porch in Frayser: the night's report says 11, the next day's says he had turned 12 two weeks
    # before (his grandmother) and the arrest report says 12 (a suspect of 19 who is no victim) ------------------------
    "memphis_frayser_porch_boy": incident("2015-06-16", 0, 1, {
        "mem-1": article(
            "Boy, 11, shot while sitting on porch in Frayser", "2015-06-16",
            "MEMPHIS, Tenn. (WMKT) — An 11-year-old boy was shot Tuesday evening while he sat on the front porch of a "
            "home in Frayser, Memphis police said.\n\nOfficers were called to the 3200 block of Overton Crossing "
            "Street at about 7:40 p.m. Police said someone in a dark-colored car drove by and fired several shots "
            "toward the house. The boy was hit in the thigh.\n\nHe was taken to Le Bonheur Children's Hospital in "
            "non-critical condition, police said. No one else was hurt.\n\nNo arrests have been made. Anyone with "
            "information can call Crime Stoppers at 901-528-CASH."),
        "mem-2": article(
            "'He was waiting on the ice cream truck': Frayser boy, 12, recovering after porch shooting", "2015-06-17",
            "Devontae Shaw had been 12 years old for exactly two weeks when a bullet tore into his leg Tuesday "
            "evening as he sat on his grandmother's porch in Frayser.\n\n“He heard the music from the ice cream truck "
            "and went out front to wait for it,” Loretta Shaw said Wednesday outside Le Bonheur Children's Hospital, "
            "where her grandson was recovering from surgery. “Next thing I heard was pop, pop, pop.”\n\nMemphis "
            "police at first gave the boy's age as 11. His grandmother said he turned 12 on June 2 and had just "
            "finished sixth grade.\n\nInvestigators believe the shots, fired from a passing car on Overton Crossing "
            "Street, were meant for a group of young men standing near the corner. None of them was hit.\n\nDevontae "
            "is expected to make a full recovery, his grandmother said."),
        "mem-3": article(
            "Man charged in drive-by that wounded 12-year-old on Frayser porch", "2015-06-19",
            "MEMPHIS, Tenn. (WMKT) — A 19-year-old man has been charged with attempted second-degree murder in "
            "Tuesday's drive-by shooting that wounded a 12-year-old boy on a porch in Frayser, Memphis police "
            "said.\n\nJaylon Boyd was arrested Thursday at an apartment in Raleigh. He also faces charges of reckless "
            "endangerment and employing a firearm during a dangerous felony, according to an affidavit.\n\nPolice "
            "said Boyd was shooting at a man he had fought with the week before. The boy, Devontae Shaw, was released "
            "from Le Bonheur Children's Hospital on Thursday."),
    }, teens=(0, 1)),
    # --- a 'teen' shot dead on Milwaukee's north side, named the next day by the medical examiner as 18 (an adult) ----
    "milwaukee_35th_and_center": incident("2016-07-10", 1, 0, {
        "mke-1": article(
            "Teen shot and killed on Milwaukee's north side", "2016-07-10",
            "MILWAUKEE (WMKE) — A teenage boy was shot and killed early Sunday near North 35th and West Center "
            "streets, Milwaukee police said.\n\nPolice said the shooting happened around 1:30 a.m. Officers found "
            "the teen on the sidewalk with several gunshot wounds. He died at the scene.\n\nInvestigators believe "
            "the shooting followed an argument at a house party nearby. Police said they were looking for a known "
            "suspect."),
        "mke-2": article(
            "Medical examiner names 18-year-old killed near 35th and Center", "2016-07-11",
            "The man shot and killed early Sunday near North 35th and West Center streets was Andre Mitchell, 18, of "
            "Milwaukee, the Milwaukee County Medical Examiner's Office said Monday.\n\nPolice had first described the "
            "victim as a teenage boy. An autopsy found he was shot four times.\n\nMitchell graduated from Washington "
            "High School in June, said his aunt, Sharon Mitchell. “He was supposed to start at MATC in the fall,” she "
            "said. “He already bought his books.”\n\nNo arrests have been made."),
    }),
    # --- a girl of 6 'fighting for her life' after a road-rage shooting that also wounded her father, told the next day
    # by a station and a paper; she died two days later (her brother of 9 in the car, unhurt, is no victim) ------------
    "houston_southwest_freeway_girl": incident("2017-02-10", 1, 1, {
        "hou-1": article(
            "6-year-old girl critically hurt, father wounded in road-rage shooting on Southwest Freeway", "2017-02-11",
            "HOUSTON (KHTX) — A 6-year-old girl was fighting for her life Saturday after someone opened fire on her "
            "family's pickup on the Southwest Freeway, Houston police said.\n\nThe shooting happened around 9:15 p.m. "
            "Friday in the inbound lanes near Bellaire Boulevard. Police said the girl's father, who was driving, had "
            "changed lanes in front of a silver sedan shortly before the sedan pulled alongside and someone inside "
            "fired at least five times.\n\nThe girl, who was in the back seat, was struck in the head. She was flown "
            "to Memorial Hermann-Texas Medical Center in critical condition. Her father, 34, was shot in the shoulder "
            "and taken to Ben Taub Hospital. Her mother and 9-year-old brother were not hurt.\n\nPolice asked anyone "
            "who saw a silver four-door sedan with tinted windows on the freeway Friday night to call Crime Stoppers."),
        "hou-2": article(
            "Police hunt for silver sedan after first-grader shot on Southwest Freeway", "2017-02-11",
            "Houston police on Saturday were searching for a silver sedan whose passenger fired into a pickup "
            "carrying a family of four on the Southwest Freeway, critically wounding a first-grader and hitting her "
            "father.\n\nThe family was headed home from a birthday dinner Friday night when the driver of the sedan "
            "began tailgating them, said Sgt. Marco Villalobos of the department's major assaults division.\n\nThe "
            "girl, 6, had surgery overnight and remained in critical condition Saturday afternoon, he said. Her "
            "father, 34, was treated for a gunshot wound to the shoulder.\n\n“There is no reason on this earth to "
            "shoot into a truck with children in it,” Villalobos said."),
        "hou-3": article(
            "Girl, 6, shot in Southwest Freeway road-rage attack has died", "2017-02-13",
            "A 6-year-old girl who was shot in the head in an apparent road-rage attack on the Southwest Freeway on "
            "Friday night died Sunday, Houston police said Monday.\n\nThe Harris County Institute of Forensic "
            "Sciences identified her as Kaylee Ortiz. Her father, Daniel Ortiz, 34, who was also shot, was released "
            "from the hospital over the weekend.\n\nHomicide investigators have taken over the case, police said, and "
            "released a surveillance image of the silver Nissan Altima they believe the shooter was riding in.\n\nAn "
            "online fundraiser set up by relatives had raised more than $40,000 by Monday afternoon."),
    }, children=(1, 0)),
    # --- two people wounded in Shawnee: the night's station report and an AP brief give no ages, the paper names a boy
    # of 15 and his cousin of 19 ---------------------------------------------------------------------------------------
    "louisville_shawnee_car_wash": incident("2014-07-23", 0, 2, {
        "lou-1": article(
            "2 people shot in Shawnee neighborhood", "2014-07-23",
            "LOUISVILLE, Ky. (WLKV) — Two people were shot Wednesday evening in the Shawnee neighborhood, Louisville "
            "Metro Police said.\n\nOfficers responded to the 3900 block of West Market Street around 8 p.m. and found "
            "two people with gunshot wounds. Both were taken to hospitals with injuries that are not believed to be "
            "life-threatening, police spokeswoman Officer Dana Reeves said.\n\nPolice did not immediately have a "
            "description of the shooter."),
        "lou-2": article(
            "Teen and his cousin wounded while washing car in Shawnee", "2014-07-24",
            "A 15-year-old boy and his cousin were washing a car in front of their grandmother's house in the Shawnee "
            "neighborhood Wednesday evening when a man walked up and started shooting, relatives said.\n\nThe boy was "
            "hit in the leg and taken to Kosair Children's Hospital. His cousin, Antonio Price, 19, was shot in the "
            "hand and treated at University of Louisville Hospital. Both are expected to recover.\n\n“They weren't "
            "bothering anybody,” said their grandmother, Ernestine Price. “They had the radio on and the hose "
            "going.”\n\nLouisville Metro Police are investigating. No arrests have been made."),
        "lou-3": article(
            "Police investigating Louisville shooting that hurt 2", "2014-07-24",
            "LOUISVILLE, Ky. (AP) — Louisville police are investigating a shooting that wounded two people in the "
            "city's West End.\n\nLouisville Metro Police said the shooting happened Wednesday evening in the Shawnee "
            "neighborhood. Police said the injuries were not believed to be life-threatening.\n\nNo arrests have been "
            "reported."),
    }, teens=(0, 1)),
    # --- a boy hit in bed by a stray bullet, 'a 13-year-old' in the first report; two days on police correct his age to
    # 11 (two men of 20 and 23 booked, no victims) ---------------------------------------------------------------------
    "baton_rouge_plank_road_stray_bullet": incident("2017-05-01", 0, 1, {
        "btr-1": article(
            "13-year-old hit by stray bullet inside north Baton Rouge home", "2017-05-02",
            "BATON ROUGE, La. (WBRL) — A 13-year-old boy was wounded late Monday when a bullet came through the wall "
            "of his family's home in north Baton Rouge, police said.\n\nThe shooting happened around 11:20 p.m. on a "
            "street off Plank Road. Officers were told that two groups of men had been arguing outside before someone "
            "fired several shots. One of the bullets went through the front of the house and struck the boy in the "
            "side as he lay in bed.\n\nThe boy was taken to Our Lady of the Lake Regional Medical Center. Police said "
            "his injury was not considered life-threatening."),
        "btr-2": article(
            "Police: Boy hit by stray bullet is 11, not 13; two men booked", "2017-05-03",
            "Baton Rouge police on Wednesday booked two men in the shooting that sent a stray bullet into a north "
            "Baton Rouge home late Monday, and corrected the age of the boy who was hit: he is 11, not 13 as they "
            "first reported.\n\nJamarcus Allen, 20, and Derrick Jones, 23, were booked into East Baton Rouge Parish "
            "Prison on counts of attempted second-degree murder, illegal use of a weapon and aggravated criminal "
            "damage to property, police spokeswoman Cpl. Denise Landry said.\n\nThe boy, a fifth-grader, was asleep "
            "when the bullet went through his bedroom wall and struck him in the side, Landry said. He was released "
            "from the hospital Tuesday.\n\nInvestigators believe Allen and Jones were shooting at each other during a "
            "dispute over a car."),
    }, children=(0, 1)),
    # --- a brother of 8 and a sister of 14 hit when gunfire rips into their Ensley home; the mother's account two days
    # on names them ----------------------------------------------------------------------------------------------------
    "birmingham_ensley_siblings": incident("2016-09-24", 0, 2, {
        "bhm-1": article(
            "Brother, sister shot when gunfire rips into Ensley home", "2016-09-25",
            "BIRMINGHAM, Ala. (WBHX) — An 8-year-old boy and his 14-year-old sister were shot Saturday night when "
            "someone sprayed their family's Ensley home with gunfire, Birmingham police said.\n\nOfficers were "
            "called to the 2500 block of Avenue F at about 10:45 p.m. and found more than 20 shell casings in the "
            "street, Sgt. Marcus Dobbs said. The boy was hit in the arm and the girl in the lower back. Both were "
            "taken to Children's of Alabama and were listed in stable condition Sunday.\n\nTheir mother and two "
            "younger siblings were also inside but were not hurt.\n\nPolice do not believe the family was the "
            "intended target."),
        "bhm-2": article(
            "Mother of siblings shot in Ensley: 'They were watching a movie'", "2016-09-27",
            "Kenyatta Lewis had just tucked a blanket around her two oldest children on the living room couch "
            "Saturday night when the front window exploded.\n\nJalen, 8, was hit in the arm. His sister, Amari, 14, "
            "was struck in the back. “I didn't know who to grab first,” Lewis said Monday.\n\nJalen was released from "
            "Children's of Alabama on Sunday. Amari remained in the hospital Monday but was walking with help, her "
            "mother said.\n\nBirmingham police believe the gunman meant to shoot at a house two doors down. No "
            "arrests have been made. Crime Stoppers is offering a reward of up to $5,000 for information that leads "
            "to an arrest."),
    }, children=(0, 1), teens=(0, 1)),
    # --- a boy of 3 who shot himself with his father's pistol; the father charged six days on, the report naming the
    # day only as 'Jan. 29' (the father, 27, is no victim) -------------------------------------------------------------
    "dayton_salem_avenue_toddler": incident("2015-01-29", 1, 0, {
        "day-1": article(
            "Dayton boy, 3, dies after shooting himself with father's gun, police say", "2015-01-29",
            "DAYTON, Ohio (WDTX) — A 3-year-old boy died Thursday afternoon after he found a loaded handgun in his "
            "parents' bedroom and shot himself, Dayton police said.\n\nThe boy's mother called 911 at about 2:30 "
            "p.m. from the family's home on Salem Avenue, police said. She told dispatchers she was in the kitchen "
            "when she heard a single shot.\n\nThe child was rushed to Dayton Children's Hospital, where he was "
            "pronounced dead a short time later.\n\nPolice said the gun belonged to the boy's father, who was at "
            "work at the time. Detectives and the Montgomery County Prosecutor's Office will review whether charges "
            "are warranted."),
        "day-2": article(
            "Father charged after son, 3, fatally shot himself with unsecured pistol", "2015-02-04",
            "A Dayton father whose 3-year-old son found his pistol on a nightstand and fatally shot himself Jan. 29 "
            "was charged Tuesday with involuntary manslaughter and endangering children.\n\nMarcus Hale, 27, told "
            "detectives he had left the loaded .40-caliber handgun beside the bed after coming home from a night "
            "shift, according to a police report. His son, Elijah, was playing in the bedroom while his mother made "
            "lunch.\n\n“This was a preventable tragedy,” a spokesman for the Montgomery County Prosecutor's Office "
            "said. Hale is scheduled to be arraigned next week in Dayton Municipal Court."),
    }, children=(1, 0)),
    # --- a gunman of 16 who fired into a party, wounding a girl of 17 and a man of 20, shot dead by an off-duty
    # officer; the station's report, AP's story and a paper's reprint of it with small edits ---------------------------
    "indianapolis_east_38th_party": incident("2016-04-16", 1, 2, {
        "ind-1": article(
            "Off-duty officer kills 16-year-old who fired into party crowd, IMPD says", "2016-04-17",
            "INDIANAPOLIS (WINX) — A 16-year-old boy who opened fire inside a crowded party on the east side late "
            "Saturday was shot and killed by an off-duty police officer working security there, Indianapolis "
            "Metropolitan Police said.\n\nThe teen's gunfire wounded two people: a 17-year-old girl, who was in "
            "serious condition at Riley Hospital for Children, and a 20-year-old man, who was in stable condition at "
            "Eskenazi Hospital, police said.\n\nThe shooting happened about 11:30 p.m. at a rented banquet hall on "
            "East 38th Street, where more than 200 people had gathered for a birthday party. Police said the teen had "
            "been asked to leave after a fight and came back with a handgun.\n\nThe officer, whose name was not "
            "released, was not hurt. He has been placed on administrative leave, which is standard after a police "
            "shooting."),
        "ind-2": article(
            "Police: Officer kills teen who shot 2 at Indianapolis party", "2016-04-17",
            "INDIANAPOLIS (AP) — An off-duty Indianapolis police officer shot and killed a teenager who fired into a "
            "crowd at a birthday party, wounding two people, authorities said.\n\nIndianapolis Metropolitan Police "
            "said the 16-year-old was asked to leave the party at an east side banquet hall late Saturday after a "
            "fight and returned with a gun.\n\nThe Marion County coroner's office identified him Sunday as Tavion "
            "Marsh of Indianapolis.\n\nA 17-year-old girl and a 20-year-old man were wounded. Police said the girl "
            "was in serious condition.\n\nThe officer, an 11-year veteran of the department, has been placed on "
            "administrative leave."),
        "ind-3": article(
            "Off-duty officer kills teen who shot 2 at party", "2016-04-18",
            "INDIANAPOLIS (AP) — An off-duty Indianapolis police officer shot and killed a teenager who fired into a "
            "crowd at a birthday party late Saturday, wounding two people, authorities said.\n\nPolice said the "
            "16-year-old was asked to leave the party at an east side banquet hall after a fight and came back with a "
            "gun.\n\nThe Marion County coroner's office identified him as Tavion Marsh of Indianapolis.\n\nA "
            "17-year-old girl and a 20-year-old man were wounded. The girl was in serious condition, police "
            "said.\n\nThe officer, an 11-year veteran of the department, has been placed on administrative "
            "leave.\n\nCopyright 2016 The Associated Press. All rights reserved."),
    }, teens=(1, 1)),
    # --- a man killed and a woman hurt in a parked car 'just before midnight Saturday' (Sunday's station report),
    # 'shortly after midnight Sunday' when officers came (a second Sunday report) and 'about 11:50 p.m. Saturday'
    # (Monday's paper) -------------------------------------------------------------------------------------------------
    "st_louis_riverview_boulevard": incident("2014-10-18", 1, 1, {
        "stl-1": article(
            "Man killed, woman hurt in north St. Louis shooting", "2014-10-19",
            "ST. LOUIS (KSLX) — A man was killed and a woman was wounded in a shooting just before midnight Saturday "
            "in the Walnut Park East neighborhood, St. Louis police said.\n\nPolice said the two were sitting in a "
            "parked car in the 5600 block of Riverview Boulevard when someone walked up and fired into the car. The "
            "man, believed to be in his 30s, was pronounced dead at the scene. The woman was shot in the leg and "
            "taken to a hospital in stable condition.\n\nHomicide detectives are investigating."),
        "stl-2": article(
            "Police: 1 dead, 1 wounded on Riverview Boulevard", "2014-10-19",
            "Officers called to the 5600 block of Riverview Boulevard shortly after midnight Sunday found a man "
            "slumped dead behind the wheel of a car and a woman with a gunshot wound to her leg, St. Louis police "
            "said.\n\nWitnesses told police a man in a dark hooded sweatshirt fired several shots into the car and "
            "ran toward West Florissant Avenue. The woman was taken to Barnes-Jewish Hospital.\n\nPolice have not "
            "released the name of the man who died."),
        "stl-3": article(
            "Police identify man killed in Walnut Park East", "2014-10-20",
            "Police on Monday identified the man fatally shot while sitting in a car in the Walnut Park East "
            "neighborhood about 11:50 p.m. Saturday as Lamont Givens, 34, of St. Louis.\n\nA 27-year-old woman in the "
            "passenger seat was shot in the leg. She was treated at a hospital and released, police said.\n\nPolice "
            "have not described a motive. Anyone with information is asked to call CrimeStoppers at 866-371-8477."),
    }),
    # --- a man killed and another hurt outside a Moncrief Road store on a Saturday night; the arrest two weeks on names
    # the day only as 'the March 5 shooting' ---------------------------------------------------------------------------
    "jacksonville_moncrief_road_store": incident("2016-03-05", 1, 1, {
        "jax-1": article(
            "1 killed, 1 hurt in shooting outside Moncrief Road store", "2016-03-06",
            "JACKSONVILLE, Fla. (WJXF) — One man was killed and another was wounded Saturday night outside a "
            "convenience store on Moncrief Road, the Jacksonville Sheriff's Office said.\n\nSheriff's Office Lt. "
            "Rhonda Pruitt said the two men were standing in the store's parking lot around 9:40 p.m. when a man "
            "walked up and fired several rounds. Both were taken to UF Health Jacksonville, where one of them died. "
            "The second man, 25, is expected to survive.\n\nInvestigators were reviewing the store's surveillance "
            "video Sunday. No arrests have been made."),
        "jax-2": article(
            "Man, 20, charged with murder in Moncrief Road store shooting", "2016-03-19",
            "A 20-year-old Jacksonville man has been charged with second-degree murder and attempted murder in the "
            "March 5 shooting outside a Moncrief Road convenience store that killed Terrell Baker, 23, and wounded "
            "another man, the Jacksonville Sheriff's Office said.\n\nKeandre Wallace was taken into custody without "
            "incident at a Westside apartment, Lt. Rhonda Pruitt said. Detectives identified him from the store's "
            "surveillance video and tips from the public, she said.\n\nPolice said Wallace and Baker had been feuding "
            "over a woman. The wounded man, 25, has been released from the hospital.\n\nWallace was being held "
            "without bond in the Duval County jail."),
    }),
    # --- a girl of 16 shot near Fontenelle Park on a Saturday afternoon; the charge four days on names the day only as
    # 'the Saturday shooting' (the man charged, 19, is no victim) ------------------------------------------------------
    "omaha_fontenelle_park_girl": incident("2015-08-22", 0, 1, {
        "oma-1": article(
            "16-year-old girl shot near Fontenelle Park", "2015-08-23",
            "OMAHA, Neb. (KOMX) — A 16-year-old girl was shot Saturday afternoon near Fontenelle Park in north Omaha, "
            "police said.\n\nOfficers were called to the area of Ames Avenue and Fontenelle Boulevard at about 4:15 "
            "p.m. on a report of shots fired. They found the girl with a gunshot wound to her leg. She was taken to "
            "Nebraska Medical Center with an injury that was not considered life-threatening.\n\nWitnesses told "
            "police several people had been arguing near the park's basketball courts before the shots were fired."),
        "oma-2": article(
            "Omaha man charged in Fontenelle Park shooting that wounded teen girl", "2015-08-26",
            "An Omaha man has been charged with first-degree assault and use of a deadly weapon to commit a felony in "
            "the Saturday shooting near Fontenelle Park that wounded a teenage girl.\n\nDouglas County prosecutors "
            "said Jerome Tate, 19, fired at a man he had argued with on the basketball courts, missed him and hit the "
            "16-year-old, who was walking along Ames Avenue with friends.\n\nTate turned himself in at Omaha police "
            "headquarters. His bail was set at $250,000."),
    }, teens=(0, 1)),
    # --- a woman of 41 shot dead early Sunday by her former boyfriend; his arrest told five days on, whose only weekday
    # is the arrest's ('arrested Thursday', 'last weekend') ------------------------------------------------------------
    "cleveland_east_131st_street": incident("2013-11-10", 1, 0, {
        "cle-1": article(
            "Woman shot to death outside Mount Pleasant home", "2013-11-10",
            "CLEVELAND (WCLX) — A woman was shot and killed early Sunday outside a home on East 131st Street in "
            "Cleveland's Mount Pleasant neighborhood, police said.\n\nPolice said officers were called around 3 a.m. "
            "after neighbors heard an argument and then several gunshots. The woman, 41, was taken to University "
            "Hospitals Case Medical Center, where she died.\n\nInvestigators believe she knew the man who shot her. "
            "He drove off before officers arrived."),
        "cle-2": article(
            "Woman killed on East 131st Street was a mother of four", "2013-11-11",
            "Tanya Whitlock worked the overnight shift at a nursing home for 11 years and never missed one of her "
            "children's football games, her sister said Monday.\n\nWhitlock, 41, was shot several times outside her "
            "home on East 131st Street early Sunday. The Cuyahoga County Medical Examiner's Office ruled her death a "
            "homicide.\n\n“She had just told him it was over,” said her sister, Renee Whitlock. “She was done with "
            "him.”\n\nCleveland police are searching for Whitlock's former boyfriend, who they say is a suspect. They "
            "have not released his name."),
        "cle-3": article(
            "Ex-boyfriend arrested in Akron in Mount Pleasant killing", "2013-11-15",
            "A man accused of shooting his former girlfriend to death outside her Mount Pleasant home last weekend "
            "was arrested Thursday in Akron, Cleveland police said.\n\nCurtis Dade, 44, was found hiding in the "
            "basement of a relative's house by members of the Northern Ohio Violent Fugitive Task Force, police said. "
            "He was returned to Cleveland and charged with murder in the death of Tanya Whitlock, 41.\n\nDade is "
            "being held in the Cuyahoga County Jail. His arraignment is set for next week in Cleveland Municipal "
            "Court."),
    }),
    # --- a father who shot dead his daughter of 13 and his son of 7, wounded their mother and killed himself; the
    # coroner's names the next day and a vigil report whose only weekday is the vigil's --------------------------------
    "bakersfield_ming_avenue_murder_suicide": incident("2017-10-11", 3, 1, {
        "bak-1": article(
            "Police: Father killed 2 children, wounded their mother, then shot himself", "2017-10-12",
            "BAKERSFIELD, Calif. (KBKX) — A man shot and killed his 13-year-old daughter and 7-year-old son and "
            "wounded their mother Wednesday night before turning the gun on himself inside a southwest Bakersfield "
            "home, police said.\n\nOfficers were called to the house on a cul-de-sac off Ming Avenue at about 8:50 "
            "p.m. after the woman ran to a neighbor's home with a gunshot wound to her arm, Bakersfield police Sgt. "
            "Lisa Moreno said.\n\nInside, officers found the two children and the man dead. The woman, 36, was taken "
            "to Kern Medical and is expected to survive.\n\nPolice said the couple had separated over the summer, and "
            "the woman had obtained a restraining order against her husband in August."),
        "bak-2": article(
            "Coroner names father, children in Bakersfield murder-suicide", "2017-10-12",
            "The Kern County coroner's office on Thursday identified the man police say killed his two children at "
            "their southwest Bakersfield home before taking his own life as Raymond Castillo, 40.\n\nThe children "
            "were Isabella Castillo, 13, and Mateo Castillo, 7. Both died of gunshot wounds, the coroner's office "
            "said. Castillo died of a self-inflicted gunshot wound.\n\nTheir mother, Andrea Castillo, 36, was shot in "
            "the arm as she fled the house Wednesday night. She remained at Kern Medical on Thursday in stable "
            "condition."),
        "bak-3": article(
            "Hundreds gather to remember Bakersfield brother and sister", "2017-10-14",
            "Hundreds of people, many holding candles and pink and blue balloons, gathered Friday night at a park "
            "near Ming Avenue to remember Isabella and Mateo Castillo, the sister and brother who were shot to death "
            "by their father this week.\n\nIsabella, 13, was an eighth-grader who played volleyball and wanted to be "
            "a veterinarian. Mateo, 7, loved dinosaurs and had just lost his first tooth, a family friend told the "
            "crowd.\n\nTheir mother, Andrea Castillo, who was wounded in the shooting, was released from the hospital "
            "Friday and came to the vigil with her arm in a sling. She did not speak.\n\nPolice said Raymond "
            "Castillo, 40, killed the children at the family's home before shooting himself. A funeral Mass is "
            "planned for next weekend."),
    }, children=(1, 0), teens=(1, 0)),
    # --- two men shot outside a corner store on a Saturday evening, one of 22 critical; he died a week later, told by a
    # Monday report whose only day is the death's ('died Saturday') ----------------------------------------------------
    "newark_south_orange_avenue": incident("2014-01-11", 1, 1, {
        "nwk-1": article(
            "2 men shot on South Orange Avenue; 1 critical", "2014-01-12",
            "NEWARK, N.J. (WNJX) — Two men were shot Saturday evening on South Orange Avenue in Newark's West Ward, "
            "police said.\n\nThe shooting happened around 6:20 p.m. outside a corner store near Sanford Avenue. A "
            "22-year-old man was shot in the chest and was in critical condition at University Hospital. The second "
            "man, 30, was shot in the foot and was in stable condition.\n\nThe Essex County Prosecutor's Office is "
            "assisting with the investigation."),
        "nwk-2": article(
            "Man shot outside South Orange Avenue store clings to life", "2014-01-13",
            "A 22-year-old Newark man shot outside a South Orange Avenue corner store Saturday evening remained in "
            "critical condition Monday, according to the Essex County Prosecutor's Office.\n\nKhalil Reed was shot in "
            "the chest as he and another man stood outside the store near Sanford Avenue. The other man, 30, was hit "
            "in the foot and treated at University Hospital.\n\nReed's mother, Denise Reed, said her son had stopped "
            "at the store to buy diapers for his infant daughter. “He's a father. He's not in the streets,” she "
            "said.\n\nNo arrests have been made."),
        "nwk-3": article(
            "Man shot outside Newark corner store dies", "2014-01-20",
            "A 22-year-old man who was shot outside a corner store on South Orange Avenue died Saturday at University "
            "Hospital, the Essex County Prosecutor's Office said Monday.\n\nKhalil Reed, of Newark, had been in "
            "critical condition since he was shot in the chest while standing outside the store with another man, who "
            "was wounded in the foot and has recovered.\n\nThe prosecutor's Homicide Task Force is investigating. No "
            "arrests have been made."),
    }),
    # --- a man shot Thursday night who died early Friday, told the day after; the arrest report three days after names
    # Saturday (the arrest), Thursday (the shooting) and Friday (the death) --------------------------------------------
    "shreveport_cedar_grove_driveway": incident("2016-12-01", 1, 0, {
        "shv-1": article(
            "Man dies after being shot in Cedar Grove driveway", "2016-12-02",
            "SHREVEPORT, La. (KSHX) — A man shot Thursday night in the Cedar Grove neighborhood died early Friday at "
            "University Health, Shreveport police said.\n\nOfficers found the 28-year-old lying in a driveway on West "
            "73rd Street around 9:30 p.m. with several gunshot wounds. He was rushed to the hospital and died shortly "
            "after 4 a.m., police said.\n\nWitnesses told investigators they saw a man in a red hooded jacket running "
            "toward Line Avenue after the shots. Police have not released the victim's name."),
        "shv-2": article(
            "Arrest made in fatal Cedar Grove shooting", "2016-12-04",
            "Shreveport police on Saturday arrested a 24-year-old man in the shooting death of a man in the Cedar "
            "Grove neighborhood.\n\nBrandon Scott was booked into Shreveport City Jail on a charge of second-degree "
            "murder, police said. He is accused of shooting Quinton Harris, 28, in a driveway on West 73rd Street on "
            "Thursday night. Harris died Friday morning at University Health.\n\nDetectives said a tip led them to "
            "Scott, who was found at a relative's home in Bossier City. Police believe the two men had argued over "
            "money."),
    }),
    # --- Jackson, Miss., late Friday: a man of 27 killed outside a Robinson Road nightclub (the next night's killing on
    # Bailey Avenue is another incident) -------------------------------------------------------------------------------
    "jackson_robinson_road_nightclub": incident("2015-05-08", 1, 0, {
        "jxa-1": article(
            "Man shot to death outside Robinson Road nightclub", "2015-05-09",
            "JACKSON, Miss. (WJMX) — A man was shot to death late Friday in the parking lot of a nightclub on "
            "Robinson Road, Jackson police said.\n\nPolice spokesman Officer Tyrone Hicks said the man, 27, was shot "
            "around 11:40 p.m. after a fight that started inside the club spilled outside. He was taken to the "
            "University of Mississippi Medical Center, where he died.\n\nPolice are looking for a man who left in a "
            "white Chevrolet Tahoe."),
        "jxa-2": article(
            "Jackson man, 27, identified as nightclub shooting victim", "2015-05-09",
            "The Hinds County coroner on Saturday identified the man killed outside a Robinson Road nightclub late "
            "Friday as Corey Bell, 27, of Jackson.\n\nBell was shot several times after an argument inside the club, "
            "police said. Friends said he had gone out to celebrate a new job at an auto plant in Canton.\n\nNo "
            "arrests had been made by Saturday afternoon."),
    }),
    # --- Jackson, Miss., Saturday evening: a man of 45 killed at a home on Bailey Avenue, his nephew of 22 charged; the
    # first report recalls the Friday killing --------------------------------------------------------------------------
    "jackson_bailey_avenue_uncle": incident("2015-05-09", 1, 0, {
        "jxb-1": article(
            "Man killed at Bailey Avenue home in Jackson's second homicide in 24 hours", "2015-05-10",
            "JACKSON, Miss. (WJMX) — A 45-year-old man was shot and killed Saturday evening at a home on Bailey "
            "Avenue, Jackson police said, the city's second fatal shooting in less than a day.\n\nOfficers were "
            "called to the house around 6:15 p.m. and found the man on the front porch. He died at the scene. Police "
            "said he had been arguing with a relative, who was taken into custody.\n\nLate Friday, a 27-year-old man "
            "was killed outside a nightclub on Robinson Road."),
        "jxb-2": article(
            "Nephew charged in Bailey Avenue killing", "2015-05-11",
            "A 22-year-old man has been charged with murder in the shooting death of his uncle at a home on Bailey "
            "Avenue on Saturday, Jackson police said.\n\nWillie Turner, 45, was shot twice during an argument over a "
            "car, police said. His nephew, Darius Turner, was arrested at the house.\n\nDarius Turner made his first "
            "appearance in Jackson Municipal Court on Monday. His bond was set at $500,000."),
    }),
    # --- Columbus, Ohio, late Saturday: a man of 34 killed on East Broad Street (the same night's shooting on West
    # Broad Street in Richmond, Va., is another incident) --------------------------------------------------------------
    "columbus_east_broad_street": incident("2013-07-20", 1, 0, {
        "cmh-1": article(
            "Man shot, killed on East Broad Street", "2013-07-21",
            "COLUMBUS, Ohio (WCMX) — A man was shot and killed late Saturday on East Broad Street on the Near East "
            "Side, Columbus police said.\n\nOfficers found the man lying on the sidewalk near East Broad Street and "
            "Ohio Avenue at about 10:40 p.m. He was taken to Grant Medical Center, where he was pronounced dead at "
            "11:05 p.m.\n\nPolice said the man was walking with a friend when a car pulled up and someone inside "
            "fired several shots. The friend was not hurt."),
        "cmh-2": article(
            "Police name man killed on Near East Side", "2013-07-22",
            "Columbus police on Monday identified the man shot to death on East Broad Street on Saturday night as "
            "Dwayne Foster, 34, of the Near East Side.\n\nFoster was walking home from the barbershop where he worked "
            "when he was shot, his cousin said.\n\nHomicide detectives asked anyone who was near Ohio Avenue at the "
            "time to call them."),
    }),
    # --- Richmond, Va., late Saturday: two men of 21 and 24 wounded outside a West Broad Street restaurant ------------
    "richmond_west_broad_street": incident("2013-07-20", 0, 2, {
        "ric-1": article(
            "2 men wounded in shooting on West Broad Street", "2013-07-21",
            "RICHMOND, Va. (WRVX) — Two men were wounded late Saturday in a shooting outside a restaurant on West "
            "Broad Street, Richmond police said.\n\nPolice said the men were standing outside the restaurant in the "
            "1500 block around 11 p.m. when someone fired at them from across the street. Both were taken to VCU "
            "Medical Center with injuries that were not life-threatening.\n\nPolice did not have a description of the "
            "shooter."),
        "ric-2": article(
            "Police seek gunman after 2 shot outside Broad Street restaurant", "2013-07-22",
            "Richmond police are looking for a man who fired at least six shots at two men outside a West Broad "
            "Street restaurant late Saturday, wounding both.\n\nThe men, 21 and 24, were treated at VCU Medical "
            "Center and released Sunday, police said. One was hit in the hip and the other in the hand.\n\nA "
            "restaurant employee said the men had been asked to leave after an argument with another customer. “It "
            "was over in about ten seconds,” said the employee, who asked not to be named."),
    }),
    # --- Tulsa, a Saturday night in March: a man of 29 killed in the parking lot of the Vista Pointe Apartments (the
    # complex's October shooting is another incident) ------------------------------------------------------------------
    "tulsa_vista_pointe_march_killing": incident("2017-03-18", 1, 0, {
        "tla-1": article(
            "Man killed in shooting at south Tulsa apartment complex", "2017-03-19",
            "TULSA, Okla. (KTUX) — A man was shot and killed Saturday night in the parking lot of the Vista Pointe "
            "Apartments on East 61st Street, Tulsa police said.\n\nOfficers were called around 10:30 p.m. and found "
            "the man, 29, next to his car with a gunshot wound to the head. He died at the scene.\n\nPolice said a "
            "witness saw two men run from the parking lot toward South Memorial Drive."),
        "tla-2": article(
            "Police identify man killed at Vista Pointe Apartments; warrant issued", "2017-03-21",
            "Tulsa police on Tuesday identified the man shot to death at the Vista Pointe Apartments on Saturday "
            "night as Marcus Greene, 29, who lived at the complex.\n\nDetectives have obtained a warrant for the "
            "arrest of Lorenzo Vick, 26, on a complaint of first-degree murder, Sgt. Curtis Wynn said. Police believe "
            "Greene was killed during a robbery."),
    }),
    # --- Tulsa, a Tuesday in October: a boy of 15 wounded at the same complex by a boy of 16 (no victim); one report
    # recalls the March killing ----------------------------------------------------------------------------------------
    "tulsa_vista_pointe_october_teen": incident("2017-10-03", 0, 1, {
        "tlb-1": article(
            "Teen wounded at south Tulsa complex where man was killed in March", "2017-10-04",
            "TULSA, Okla. (KTUX) — A 15-year-old boy was shot Tuesday evening at the Vista Pointe Apartments on East "
            "61st Street, Tulsa police said.\n\nThe boy was shot in the shoulder around 7 p.m. near the complex's "
            "playground and was taken to Saint Francis Hospital. Police said his injuries were not "
            "life-threatening.\n\nIt was the second shooting at the complex this year. In March, a 29-year-old man "
            "was shot and killed in its parking lot.\n\nResidents said they had asked the complex's managers for "
            "better lighting and security gates."),
        "tlb-2": article(
            "Police: 15-year-old shot by another teen at apartment complex", "2017-10-04",
            "A 15-year-old boy was wounded Tuesday night when another teenager fired at him during a fight at a south "
            "Tulsa apartment complex, police said.\n\nOfficers said the two had argued near the playground at the "
            "Vista Pointe Apartments, near East 61st Street and South Memorial Drive. The other boy, 16, ran off but "
            "was found by officers a few blocks away and taken to the Tulsa County juvenile detention center, police "
            "said.\n\nThe wounded boy was in good condition Wednesday at Saint Francis Hospital."),
    }, teens=(0, 1)),
    # --- a Memorial Day cookout drive-by: a woman killed and 'a child' grazed (no age) in the station's report; the
    # paper names the grandmother, 58, and her granddaughter of 4 ------------------------------------------------------
    "mobile_trinity_gardens_cookout": incident("2014-05-26", 1, 1, {
        "mob-1": article(
            "Woman killed, child grazed in drive-by at Memorial Day cookout", "2014-05-26",
            "MOBILE, Ala. (WMBX) — A woman was killed and a child was grazed by a bullet Monday afternoon when "
            "someone in a passing car fired into a Memorial Day cookout in Mobile's Trinity Gardens community, police "
            "said.\n\nPolice said the shots were fired around 4:30 p.m. as about two dozen people gathered in a front "
            "yard. The woman was hit in the chest and died at USA Medical Center. The child's injury was "
            "minor.\n\nPolice are looking for a dark gray Dodge Charger."),
        "mob-2": article(
            "'She covered that baby': Grandmother killed at cookout shielded 4-year-old, family says", "2014-05-27",
            "Gloria Pettway, 58, threw herself over her 4-year-old granddaughter when the shooting started at the "
            "family's Memorial Day cookout, her son said Tuesday.\n\nPettway was struck twice and died at USA Medical "
            "Center. The little girl was grazed on the shoulder and was treated and released at USA Children's & "
            "Women's Hospital.\n\n“She covered that baby,” said Larry Pettway. “That's who she was.”\n\nMobile police "
            "said the gunfire was probably meant for a man who had been at the cookout and left minutes earlier. No "
            "arrests have been made."),
    }, children=(0, 1)),
    # --- a block party: 'one killed, five wounded' (no ages) late Saturday; Monday police revise to four wounded (a man
    # cut by glass was not shot) and give the ages, two of them teens; a march report on Tuesday -----------------------
    "rochester_clifford_avenue_block_party": incident("2017-07-29", 1, 4, {
        "roc-1": article(
            "1 dead, 5 hurt after gunfire erupts at Clifford Avenue block party", "2017-07-30",
            "ROCHESTER, N.Y. (WROX) — One person was killed and five others were wounded when gunfire broke out at a "
            "block party on Clifford Avenue late Saturday, Rochester police said.\n\nOfficers were already on their "
            "way to the party around 11:15 p.m. for a noise complaint when the first 911 calls about shots fired came "
            "in, police said. They found several people shot on the sidewalk and in a driveway.\n\nThe victims were "
            "taken to Rochester General Hospital and Strong Memorial Hospital. Police did not release their ages or "
            "conditions, but said one person died at the hospital.\n\nInvestigators believe more than one gun was "
            "fired."),
        "roc-2": article(
            "Police revise count in Clifford Avenue shooting: 5 hit, 1 fatally", "2017-07-31",
            "Five people were shot, one of them fatally, at a block party on Clifford Avenue late Saturday, Rochester "
            "police said Monday, revising an earlier count of six.\n\nA man who went to Rochester General Hospital "
            "after the shooting had been cut by broken glass as the crowd ran and had not been shot, Lt. Gregory Moss "
            "said.\n\nThe man who died was Jamal Wright, 19, of Rochester. The wounded were a 13-year-old boy, a "
            "16-year-old girl, a 22-year-old man and a 41-year-old woman. All four are expected to recover.\n\nNo "
            "arrests have been made."),
        "roc-3": article(
            "Neighbors march for peace after deadly block party shooting", "2017-08-01",
            "ROCHESTER, N.Y. (WROX) — About 100 people marched along Clifford Avenue on Tuesday evening, three days "
            "after a shooting at a block party there killed a 19-year-old man and wounded four other people, two of "
            "them teenagers.\n\n“We cannot keep burying our young people,” said the Rev. Darnell Hayes, who organized "
            "the march.\n\nPolice said Tuesday they had identified people of interest but had made no arrests."),
    }, teens=(0, 2)),
    # --- a boy of 14 killed by his uncle's rifle on the opening day of deer season: one AP story, reprinted by two
    # papers with small edits ------------------------------------------------------------------------------------------
    "dallas_county_mo_deer_season": incident("2013-11-16", 1, 0, {
        "mo-1": article(
            "Boy, 14, killed in deer hunting accident in southwest Missouri", "2013-11-17",
            "BUFFALO, Mo. (AP) — A 14-year-old boy was fatally shot on the opening day of Missouri's firearms deer "
            "season when a relative mistook him for a deer, authorities said.\n\nThe Missouri Department of "
            "Conservation said the shooting happened about 4:45 p.m. Saturday on private land in Dallas County, north "
            "of Buffalo. The boy was about 100 yards from his uncle, who fired a rifle at what he believed was a deer "
            "moving through brush, conservation agents said.\n\nThe boy was taken to Citizens Memorial Hospital in "
            "Bolivar, where he was pronounced dead. His name was not released.\n\nThe boy was wearing hunter orange "
            "on his cap but not on his vest, agents said. The shooting remains under investigation by the department "
            "and the Dallas County Sheriff's Office."),
        "mo-2": article(
            "Teen killed in Dallas County hunting accident", "2013-11-17",
            "BUFFALO, Mo. (AP) — A 14-year-old boy was fatally shot on the opening day of Missouri's firearms deer "
            "season when a relative mistook him for a deer, authorities said.\n\nThe Missouri Department of "
            "Conservation said the shooting happened about 4:45 p.m. Saturday on private land north of Buffalo in "
            "Dallas County. The boy was about 100 yards from his uncle, who fired at what he believed was a deer "
            "moving through brush.\n\nThe boy was pronounced dead at Citizens Memorial Hospital in Bolivar. His name "
            "was not released.\n\nThe shooting remains under investigation."),
        "mo-3": article(
            "Boy mistaken for deer is killed on opening day", "2013-11-18",
            "BUFFALO, Mo. (AP) — A 14-year-old southwest Missouri boy was fatally shot Saturday, the opening day of "
            "the state's firearms deer season, when a relative mistook him for a deer, authorities said.\n\nThe "
            "Missouri Department of Conservation said the boy was about 100 yards from his uncle on private land in "
            "Dallas County when the uncle fired a rifle at what he believed was a deer moving through brush.\n\nThe "
            "boy was taken to Citizens Memorial Hospital in Bolivar, where he was pronounced dead.\n\nThe boy was "
            "wearing hunter orange on his cap but not on his vest, agents said.\n\nCopyright 2013 The Associated "
            "Press. All rights reserved."),
    }, teens=(1, 0)),
}

# A Monday round-up of Jackson's weekend: its first figure is the weekend's total over three shootings (a summary);
# each shooting is told after it, and its last sentence is the city's homicide count. Left out of the grouping and
# figure checks; it stays in the warehouse, so the checks that the Friday and Saturday killings stay apart see whether
# it glues them together.
ROUNDUPS = {
    "jxn-r": article(
        "Weekend violence: 2 killed, 3 wounded in Jackson shootings", "2015-05-11",
        "Three shootings across Jackson over the weekend left two men dead and three people wounded, police "
        "said.\n\nLate Friday, Corey Bell, 27, was shot to death in the parking lot of a nightclub on Robinson Road. "
        "Police are still looking for the shooter.\n\nOn Saturday evening, Willie Turner, 45, was killed during an "
        "argument at a home on Bailey Avenue. His nephew, 22, has been charged with murder.\n\nEarly Sunday, two men "
        "and a woman were wounded when someone fired into a crowd outside a convenience store on Medgar Evers "
        "Boulevard. None of the injuries was life-threatening.\n\nJackson has recorded 24 homicides this year, police "
        "said."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_DIED_LATER = ("a victim first told as critically hurt who died days later, told only by the latest report with the "
               "death's day ('died Sunday', 'died Saturday at University Hospital'), beside earlier reports whose "
               "wounded disagree (2, then 1: two victims told in two sentences, 'The girl, 6, ... remained in critical "
               "condition' / 'Her father, 34, was treated for a gunshot wound', 'Khalil Reed was shot in the chest' / "
               "'The other man, 30, was hit in the foot', read as one): the incident's best falls to 0 killed and 0 "
               "injured (high 1 and 2) and it is graded contested")
_CORRECTED_AGE = ("a police correction of a boy's age ('he is 11, not 13 as they first reported') is unread, and the "
                  "later report's 'The boy, a fifth-grader, was asleep when the bullet ... struck him' takes a "
                  "suspect's 23 (Derrick Jones, 23): the first report's 13 stands (teens injured 1 for 0, children "
                  "injured 0 for 1)")
_CHILDREN_ROSTER = ("the coroner's report names the children with their ages in a sentence without a casualty verb "
                    "('The children were Isabella Castillo, 13, and Mateo Castillo, 7.'), tells their deaths by 'Both "
                    "died' (no ages) and gives the son's 7 to the father ('Castillo died of a self-inflicted gunshot "
                    "wound'); the vigil report's 'the sister and brother who were shot to death' names no age: two "
                    "reports vote 0 teens against the first report's girl of 13 (teens killed 0 for 1)")
_RECALLED_KILLING = ("the Saturday killing's first report recalls the Friday one in a background sentence of its own "
                     "('Late Friday, a 27-year-old man was killed outside a nightclub on Robinson Road'), counted and "
                     "dated Friday with the street's rare names; with the Monday round-up (both victims named), the "
                     "two killings are one incident dated Friday with 3 killed (the round-up's)")
_SAME_COMPLEX = ("the October report's title ('Teen wounded at south Tulsa complex where man was killed in March') and "
                 "background sentence ('In March, a 29-year-old man was shot and killed in its parking lot') date its "
                 "event to March and count the recalled death, and the complex's rare names ('Vista Pointe "
                 "Apartments') join it to the March killing: one incident dated March 18 holding the man killed and "
                 "the boy of 15 hurt")
_MARCH_DAY = ("a march report whose only weekday is the march's ('marched along Clifford Avenue on Tuesday evening, "
              "three days after a shooting at a block party there killed a 19-year-old man and wounded four other "
              "people') is dated Tuesday and kept apart from the block party's two reports (its figures are right)")
XFAIL: dict[tuple[str, str], str] = {
    ("children_killed", "houston_southwest_freeway_girl"): _DIED_LATER,
    # (since 0.24.0 the latest report's death stands and the wounded lose one, from the most wounded an earlier report
    # told; the child's age group does not move with her: children hurt 1 for 0, children killed 0 for 1)
    ("children_injured", "houston_southwest_freeway_girl"): _DIED_LATER,
    ("grade", "houston_southwest_freeway_girl"): _DIED_LATER,
    ("grade", "newark_south_orange_avenue"): _DIED_LATER,
    ("children_injured", "baton_rouge_plank_road_stray_bullet"): _CORRECTED_AGE,
    ("teens_injured", "baton_rouge_plank_road_stray_bullet"): _CORRECTED_AGE,
    ("teens_killed", "bakersfield_ming_avenue_murder_suicide"): _CHILDREN_ROSTER,
    ("apart", "jackson_robinson_road_nightclub"): _RECALLED_KILLING,
    ("apart", "jackson_bailey_avenue_uncle"): _RECALLED_KILLING,
    ("killed", "jackson_robinson_road_nightclub"): _RECALLED_KILLING,
    ("killed", "jackson_bailey_avenue_uncle"): _RECALLED_KILLING,
    ("date", "jackson_bailey_avenue_uncle"): _RECALLED_KILLING,
    ("apart", "tulsa_vista_pointe_march_killing"): _SAME_COMPLEX,
    ("apart", "tulsa_vista_pointe_october_teen"): _SAME_COMPLEX,
    ("injured", "tulsa_vista_pointe_march_killing"): _SAME_COMPLEX,
    ("teens_injured", "tulsa_vista_pointe_march_killing"): _SAME_COMPLEX,
    ("killed", "tulsa_vista_pointe_october_teen"): _SAME_COMPLEX,
    ("date", "tulsa_vista_pointe_october_teen"): _SAME_COMPLEX,
    ("together", "rochester_clifford_avenue_block_party"): _MARCH_DAY,
}

# Wire copies count once: AP's Missouri story and its two reprints are one source; the Indianapolis station's report
# and AP's story with its reprint are two; Houston's station, paper and later report three; Louisville's station,
# paper and AP brief three; Newark's three reports three; Cleveland's three reports three.
INDEPENDENT_SOURCES = {"dallas_county_mo_deer_season": 1, "indianapolis_east_38th_party": 2,
                       "houston_southwest_freeway_girl": 3, "louisville_shawnee_car_wash": 3,
                       "newark_south_orange_avenue": 3, "cleveland_east_131st_street": 3}
# Reports that agree or only revise (Houston's and Newark's wounded falling by the victim who died): corroborated with
# two or more independent sources; one AP story reprinted is a single source; Rochester's "five others were wounded",
# then four with no death to explain it: contested.
GRADES = {"dallas_county_mo_deer_season": "single-source", "indianapolis_east_38th_party": "corroborated",
          "houston_southwest_freeway_girl": "corroborated", "louisville_shawnee_car_wash": "corroborated",
          "newark_south_orange_avenue": "corroborated", "rochester_clifford_avenue_block_party": "contested"}

BCUBED_F1_FLOOR = 0.94  # the first run's 0.953, less a margin

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(22, 27), articles=range(55, 66))
    assert all(2013 <= gold["date"].year <= 2017 for gold in INCIDENTS.values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
