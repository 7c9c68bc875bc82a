"""Challenge set: US LOCAL NEWS PAGES ABOUT SHOOTINGS, 2013-2019, third set on THE INJURED COUNT (the figure coders most
often disagree with a machine on); written before the pipeline was run on it, with the figures a careful coder gives
from the text alone under docs/conventions.md.

41 invented pages: TV station web copy (WBRC, WTOL, KWCH, KATV, WFLA, WTHR, WJXT, WHEC, WCPO, WLKY, WFSB, WJRT, KSLA,
WWL, WRCB, KOB, WKYT, WTVD, WISN, KCRA, KSTP, KCTV, WAFB, KGUN, WFMY, WSYR, WAVY, WTVR, WKRG, WANE, WILX, WREX, WMAZ,
WSMV, KSDK, KPRC, KY3), AP state wire copy (Columbia, Gary, Omaha) and a sheriff's release posted as a story
(Richland County), each with its headline and a body of 3-15 sentences, some with the clutter scraped pages carry (a
copyright line, a "RELATED:" link that gives another story's toll, Crime Stoppers numbers, a city's homicide count,
shell casings and bullet holes counted, an update stamp).
The forms, chosen for the injured figure:
- the hurt told one per sentence with no total, in many ways: "was hit in the hand", "suffered a graze wound",
  "showed up at UAB Hospital with a gunshot wound", "walked into Saint Mary's Hospital", "was dropped off at the
  emergency room", "arrived at Hurley in a private car, shot in the arm", "a bullet fragment struck a 9-year-old
  boy", "suffered non-life-threatening injuries", "was treated at the scene for a graze wound and released", "drove
  himself to the hospital with a gunshot wound", a sheriff's "located a 34-year-old male suffering from a gunshot
  wound ... A second victim ... with a graze wound";
- totals that the singles restate ("Three people were shot ... The first victim ... The second ... A third victim";
  "Two men were killed and three other people were wounded" then the three one by one; "A man and a woman were
  wounded ... The man, 30, ... The woman, 27, ..."; "All three were taken to ..."; "Both victims were transported");
- "Four people were shot, two of them fatally", "Five people were shot, one of whom died", "five victims, one of
  whom died";
- people hurt who later died (dead, not also hurt): a man shot Friday who died Sunday, a boy of 17 shot Thursday who
  died Saturday, "UPDATE: ... one of the men ... died at the hospital", a man dropped off at the ER who died there;
- people hurt but not by gunfire (see the judgements): a girl cut by the glass a bullet shattered, a store owner
  pistol-whipped, people knocked down in a fleeing crowd, a woman who broke her ankle jumping off a deck, a girl who
  cut her hand on a fence in the rush;
- attackers hurt or killed: a suspect wounded by deputies, a robber shot by a clerk and one by a husband, a driver
  killed by officers, a man who killed his wife and himself, a man who "showed up at Sparrow with a gunshot wound"
  believed hit by the officer he shot, an intruder killed by a homeowner;
- people shot at and missed ("fired one shot, which missed", "were not hit", "Neither man was hit", "The 25-year-old
  was not hit", "No one else was injured", relatives and children in the house unhurt);
- updates that raise the count ("UPDATE 9:40 p.m.: ... a fourth victim ...", "a fifth person ... went to Sentara
  Leigh Hospital overnight");
- vague counts beside a numeral ("Several people were hurt" beside "four people were shot"; "found several people with
  gunshot wounds"; "Multiple people were shot" then "five victims"; "correcting an earlier report that several people
  had been shot").
Twelve cases have children (0-11) or teens (12-17) among the victims.

Golds: ``killed`` and ``injured`` are the article's totals (article_tolls); the four minors' fields (children 0-11,
teens 12-17; 0 where none); ``attackers_killed`` and ``attackers_injured`` where the case has an attacker who might be
killed or hurt. Judgements, where docs/conventions.md leaves room:
- People hurt but not by gunfire are counted only when the Gun Violence Archive would list them among an incident's
  injured, that is when the gun or its shot hurt them: the girl cut by the window a bullet shattered (Cincinnati) and
  the store owner the robber struck with his pistol (Greensboro; the Archive lists pistol-whipping victims as
  injured) are hurt; people knocked down by the crowd (Louisville), the woman who broke her ankle jumping off a deck
  (Rockford) and the girl who cut her hand on a fence in the rush (Macon) are not, as the Archive's injured are the
  people the shooting hurt and not those hurt fleeing it (the second US local set made the same call).
- An attacker hurt or killed counts among the injured or the killed ("Attackers who died or were hurt are counted,
  and totalled apart"), whoever shot him (deputies, officers, a clerk, a husband, a homeowner); the man who "showed
  up at Sparrow with a gunshot wound" whom investigators believe shot the officer is one (Lansing); the Omaha man
  who killed his wife and then himself is an attacker killed.
- A victim who died later is one killed and not also one hurt; a figure the sentence itself corrects ("correcting an
  earlier report that several people had been shot") is no figure; an update's new victim adds to the count told
  before it, the people who "walked into" or "were dropped off at" a hospital in the same shooting are hurt.
- A teen who holds the gun that went off, relatives, children and intended targets who were not hit are no victims;
  the teen victim's age is the one the text gives (the boy of 17 who died is a teen killed).
``first``: the day of the event resolved from the publication date and the text (never a death's, an update's or an
arrest's day: the Gary man shot Friday and dead Sunday is Friday, the Kansas City boy shot Thursday is Thursday; "late
Saturday ... 11:45 p.m." is Saturday, "early Sunday ... 2:20 a.m." Sunday) and the place of the article's first
counted claim (its neighbourhood or its city: any of the names listed; a hospital's town is not the scene).

Every sentence is invented; none is taken from the development data or from a published report (the cities,
neighbourhoods, streets, stations, agencies and hospitals are real, the incidents, the people and their names are not).

First run (worktree of be22dba, the commit that added the set to main's 4c2335f, extractor as of 4c2335f, before any
fix), passing / checked: killed 39/41, injured 28/41, children and teens 40/41, attackers killed 7/7, attackers injured
5/7, the first claim's day 41/41 and place 41/41. No gold or text was changed after the run. The 18 misses are strict
xfails with their class (XFAIL):
- the injured figure (13):
  - victims told one per sentence are not added, the largest sentence total is kept (5): Birmingham's three (hand,
    graze, "showed up at UAB Hospital": 2), Chattanooga's two after the dead man (1), Houston's "Two men suffered
    non-life-threatening injuries" and the woman "treated at the scene for a graze wound" (2), Cincinnati's father
    and the girl "treated ... for cuts" (1; "was cut by flying glass" itself unread), Lansing's officer and the man
    who "showed up at Sparrow" (1);
  - an update's new victim is read but not added to the total told before it (2): Little Rock's "UPDATE 9:40 p.m.:
    ... a fourth victim, a 15-year-old boy, walked into ..." (3 for 4), Norfolk's "a fifth person ... went to Sentara
    Leigh Hospital overnight with a graze wound" (4 for 5);
  - arrivals and finds unread (2): "A man was dropped off at the Hurley Medical Center emergency room with a gunshot
    wound" and "a second man arrived at Hurley in a private car, shot in the arm" (Flint, 1 for 2); a sheriff's "A
    second victim, a 28-year-old female, was located inside a residence with a graze wound" and "Both victims were
    transported" (Richland County, 1 for 2);
  - people hurt fleeing the gunfire counted (2): "several people were hurt in the rush to get away" (Louisville, 3
    more), a title's "woman hurt fleeing" (Rockford, 1 more);
  - a woman shot told after a man's later death is dropped (1): "The woman was shot in the arm. She was treated and
    released." after "A man who was shot Friday night ... has died" (Gary, 0 for 1);
  - "a couple" inside an attacker's relative clause read as his figure (1): "A man who tried to rob a couple ... was
    shot by the husband" (Tucson, 2 for 1; also attackers injured 2 for 1).
- the killed figure (2): a charge of "attempted murder of a law enforcement officer" read as an officer killed
  (Lealman, 1 for 0); a second death told with a name after "also killed" ("The shooting also killed 20-year-old Andre
  Hollis, who died at the scene") not added to the teen's death told before (Kansas City, 1 for 2).
- minors (1): the ordinal's running toll takes its one victim's age, "A third victim, a 16-year-old boy, was grazed"
  after "Three people were shot" making three teens (Toledo, teens 3 for 1).
- attackers injured (2): Tucson's "a couple" (above); the man who "showed up at Sparrow with a gunshot wound", whom
  the next sentence makes "the man who shot the officer", is one of the people (Lansing, 0 for 1).
Read right on the first run: "N shot, M fatally" and "one of whom died" (Wichita, Columbia, Stockton); "Multiple
people were shot" and "several people with gunshot wounds" beside their numerals; "Several people were hurt" beside
"four people were shot" (Rochester) and the corrected "several" (Syracuse); the RELATED link, the homicide counts,
shell casings and bullet holes; "UPDATE: ... one of the men ... died" (Richmond) and the man dropped off who died (St.
Louis) counted once; restatements ("The first victim ... The second ... A third", "The man, 30, ... The woman, 27",
"the other two were hit in the legs"); "walked into Saint Mary's" and "dropped off at the emergency room" after "two
men were shot" (Waterbury); the bullet fragment, the stray bullets, the pistol-whipped owner (through "Both men were
taken"), the boy of 3 who shot himself; people missed, relatives and children unhurt, the boy of 14 holding the gun;
attackers killed by officers, a husband and a homeowner, the killer of his wife who then killed himself; every day
(a death two days later, "late Saturday ... 11:45 p.m.", a release's written date) and every place.
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors, sentences_in

CASES: dict[str, dict] = {
    # --- hurt one per sentence, no total anywhere: "was hit in the hand", "suffered a graze wound", "showed up at
    # UAB Hospital with a gunshot wound"; "The man and the woman were treated and released" restates two of them
    "birmingham_ensley_gas_station_three_one_by_one": dict(
        published=date(2016, 3, 9), title="Police: Gunfire erupts at Ensley gas station",
        text="BIRMINGHAM, Ala. (WBRC) - Birmingham police are searching for whoever opened fire at a gas station in "
             "Ensley on Tuesday night. A 31-year-old man was hit in the hand while he was pumping gas at the station "
             "on Avenue E, according to Sgt. Johnny Williams. A woman who was inside the store buying cigarettes "
             "suffered a graze wound to her leg when a round came through the front window. About 20 minutes later, "
             "a 22-year-old man showed up at UAB Hospital with a gunshot wound to the abdomen, and investigators "
             "believe he was also hit at the station. The man and the woman were treated and released. The "
             "22-year-old is in serious condition. Williams said the shots appear to have come from a dark-colored "
             "SUV that was leaving the lot. Anyone with information is asked to call Crime Stoppers at 205-254-7777. "
             "Copyright 2016 WBRC. All rights reserved.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2016, 3, 8), place=("ensley", "birmingham"))),
    # --- a total, then the first, the second and a third victim restating it: 3 hurt, a boy of 16 among them
    "toledo_dorr_street_three_shot_first_second_third": dict(
        published=date(2017, 7, 16), title="Three shot in central Toledo; teen among victims",
        text="TOLEDO, Ohio (WTOL) - Three people were shot Saturday night near the corner of Dorr Street and Detroit "
             "Avenue, Toledo police said. The first victim, a 27-year-old man, was shot in the chest and was in "
             "critical condition at ProMedica Toledo Hospital early Sunday. The second, a 19-year-old woman, was hit "
             "in the ankle as she ran toward a parked car. A third victim, a 16-year-old boy, was grazed on the back "
             "of the head and was treated at the scene by paramedics. Police said an argument in a parking lot came "
             "before the shots. Officers recovered more than a dozen shell casings. No one is in custody.",
        killed=0, injured=3, **minors(teens=(0, 1)),
        first=dict(start=date(2017, 7, 15), place=("toledo",))),
    # --- "Four people were shot, two of them fatally"; a vague "several people with gunshot wounds" beside it
    "wichita_house_party_four_shot_two_fatally": dict(
        published=date(2015, 6, 14), title="Four shot, two fatally, at south Wichita house party",
        text="WICHITA, Kan. (KWCH) - Four people were shot, two of them fatally, at a house party in south Wichita "
             "early Sunday. Officers were called to the 1500 block of South Washington around 1:30 a.m. and found "
             "several people with gunshot wounds in the front yard and the driveway, Wichita police Lt. Todd Ressler "
             "said. A 20-year-old man died at the scene. A 23-year-old man died later at Wesley Medical Center. The "
             "other two victims, a 17-year-old girl and a 21-year-old man, were listed in stable condition and are "
             "expected to survive. Ressler said about 60 people were at the party when an argument broke out over a "
             "spilled drink. Police do not have a suspect description.",
        killed=2, injured=2, **minors(teens=(0, 1)),
        first=dict(start=date(2015, 6, 14), place=("wichita",))),
    # --- AP wire: "Five people were shot, one of whom died"; "Three men and a 17-year-old girl were also taken"
    "columbia_five_points_five_shot_one_of_whom_died": dict(
        published=date(2018, 9, 15), title="Police: 5 shot outside Columbia nightclub, 1 dies",
        text="COLUMBIA, S.C. (AP) — Five people were shot, one of whom died, outside a Columbia nightclub early "
             "Saturday, police said. Columbia police Capt. Wendell Ashby said officers working nearby heard the shots "
             "around 2 a.m. on Harden Street in the Five Points area and found the victims on the sidewalk. A "
             "24-year-old man was pronounced dead at Palmetto Health Richland. Three men and a 17-year-old girl were "
             "also taken to the hospital; Ashby said their wounds were not life-threatening. Witnesses told "
             "investigators a man fired into a crowd that had just been told to leave the club. The club's owner "
             "said in a statement that the business was cooperating with police.",
        killed=1, injured=4, **minors(teens=(0, 1)),
        first=dict(start=date(2018, 9, 15), place=("five points", "columbia"))),
    # --- a man shot Friday who died Sunday (dead, not also hurt); the woman with him "treated and released"
    "gary_glen_park_wounded_man_dies": dict(
        published=date(2014, 11, 24), title="Man wounded in Glen Park shooting dies",
        text="GARY, Ind. (AP) — A man who was shot Friday night in Gary's Glen Park neighborhood has died, the Lake "
             "County coroner's office said. Marcus Tolliver, 29, of Gary, died Sunday afternoon at Methodist "
             "Hospitals' Northlake Campus, where he had been in critical condition since the shooting, the "
             "coroner's office said. Police said Tolliver and a 26-year-old woman were sitting in a car in the 4100 "
             "block of Broadway around 10:30 p.m. when someone walked up and fired into the vehicle. The woman was "
             "shot in the arm. She was treated and released. Gary police have not announced an arrest. Tolliver's "
             "death is Gary's 48th homicide of the year, according to the coroner's office.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2014, 11, 21), place=("glen park", "gary"))),
    # --- an update that raises the count: three wounded, then "a fourth victim, a 15-year-old boy, walked into ..."
    "little_rock_park_update_fourth_victim": dict(
        published=date(2019, 5, 19), title="3 hurt in shooting at southwest Little Rock park; UPDATE: 4th victim",
        text="LITTLE ROCK, Ark. (KATV) - Three people were wounded Sunday afternoon when gunfire broke out during a "
             "pickup basketball game at a park in southwest Little Rock, police said. Officers were called to the "
             "Southwest Community Center park on Geyer Springs Road around 3:45 p.m. A 22-year-old man was shot in "
             "the thigh, a 19-year-old man was hit in the hand and a 30-year-old man suffered a graze wound to the "
             "neck, according to a police report. All three were taken to UAMS Medical Center in stable condition. "
             "UPDATE 9:40 p.m.: Little Rock police now say a fourth victim, a 15-year-old boy, walked into Arkansas "
             "Children's Hospital with a gunshot wound to the foot about an hour after the shooting. Police "
             "spokesman Lt. Eric Barnhill said the boy was a spectator at the game. Investigators are still looking "
             "for two men seen running from the courts.",
        killed=0, injured=4, **minors(teens=(0, 1)),
        first=dict(start=date(2019, 5, 19), place=("little rock",))),
    # --- a deputy grazed and the suspect wounded by deputies' return fire (an attacker hurt); a child unhurt
    "lealman_deputy_grazed_suspect_wounded": dict(
        published=date(2016, 10, 24), title="Deputy grazed, suspect wounded in Lealman shootout",
        text="LEALMAN, Fla. (WFLA) - A Pinellas County deputy suffered a graze wound to his arm and the man he was "
             "trying to arrest was wounded when deputies returned fire Sunday evening, the sheriff's office said. "
             "According to the sheriff's office, deputies went to a home on 54th Avenue North around 6:15 p.m. to "
             "serve a warrant on 33-year-old Darnell Pruitt. Pruitt fired at least three rounds through the front "
             "door as the deputies knocked, the sheriff's office said. Two deputies returned fire, hitting Pruitt in "
             "the shoulder and the hip. Pruitt was taken to Bayfront Health St. Petersburg, where he underwent "
             "surgery. The deputy was treated at the scene and released. Pruitt's girlfriend and her 2-year-old "
             "daughter were inside the home and were not hurt. Pruitt faces a charge of attempted murder of a law "
             "enforcement officer.",
        killed=0, injured=2, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2016, 10, 23), place=("lealman", "pinellas"))),
    # --- a clerk shoots a robber whose own shot missed (an attacker hurt; the clerk not)
    "indianapolis_clerk_shoots_robber": dict(
        published=date(2013, 12, 7), title="Clerk shoots would-be robber at east side liquor store",
        text="INDIANAPOLIS (WTHR) - A liquor store clerk shot a man who tried to rob the store Friday night on the "
             "city's east side, Indianapolis Metropolitan Police said. Police said the man walked into the store in "
             "the 3800 block of East 10th Street around 9:20 p.m., pulled a handgun and demanded cash. When the clerk "
             "reached under the counter, the robber fired one shot, which missed him and hit a cooler door. The "
             "clerk, who police said has a permit to carry, fired back and struck the suspect in the leg. Officers "
             "found the wounded man a block away, hiding behind a garage. He was taken to Eskenazi Health in good "
             "condition and will be booked on robbery charges after his release. The clerk was not injured.",
        killed=0, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2013, 12, 6), place=("indianapolis",))),
    # --- shot at but missed: the driver struck, a woman and her son of 10 "were not hit"
    "jacksonville_northside_driver_hit_passengers_missed": dict(
        published=date(2017, 1, 28), title="Driver shot on Northside; woman and boy in car not hit",
        text="JACKSONVILLE, Fla. (WJXT) - Someone fired at least eight shots into a car carrying three people on "
             "Jacksonville's Northside on Friday night, the Jacksonville Sheriff's Office said. The driver, a "
             "41-year-old man, was struck in the shoulder. His two passengers, a 38-year-old woman and her "
             "10-year-old son, were not hit. The driver kept going and stopped at a gas station on Soutel Drive, "
             "where he called 911. He was taken to UF Health Jacksonville with injuries that are not considered "
             "life-threatening, JSO said. Detectives said the shots came from a white pickup that had followed the "
             "car from Moncrief Road. Anyone with information is asked to call First Coast Crime Stoppers.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 1, 27), place=("jacksonville", "northside"))),
    # --- a vague "Several people were hurt" beside "four people were shot"; a RELATED link with another toll
    "rochester_clifford_avenue_several_hurt_four_shot": dict(
        published=date(2018, 6, 24), title="Several hurt as shots ring out at Rochester block party",
        text="ROCHESTER, N.Y. (WHEC) - Several people were hurt Saturday night when someone opened fire at a block "
             "party on Rochester's northeast side. Rochester police said four people were shot on Clifford Avenue "
             "near Joseph Avenue around 10:50 p.m. None of the injuries are believed to be life-threatening, police "
             "said. The victims, three men and a woman between the ages of 20 and 34, were taken to Strong Memorial "
             "Hospital by ambulance and private car. Capt. Frank Delmonte said a crowd of about 200 people was at "
             "the party, which had a permit from the city. Delmonte said officers were still trying to determine "
             "whether more than one gun was fired.\n\nRELATED: Man killed, another hurt in shooting on Genesee "
             "Street",
        killed=0, injured=4, **NO_MINORS,
        first=dict(start=date(2018, 6, 23), place=("rochester",))),
    # --- a father shot in the leg and his girl of 6 cut by the glass a bullet shattered (hurt by the gunfire)
    "cincinnati_avondale_father_shot_girl_cut_by_glass": dict(
        published=date(2015, 8, 3), title="Father shot, daughter cut by glass as bullets hit Avondale home",
        text="CINCINNATI (WCPO) - A man was shot in the leg and his 6-year-old daughter was cut by flying glass when "
             "someone fired into their Avondale home Sunday night, Cincinnati police said. Officers were called to "
             "the house on Rockdale Avenue around 9 p.m. Police said at least 10 shots were fired from the street, "
             "and one of them shattered the living room window where the girl was watching television. The father, "
             "35, was taken to UC Medical Center with a wound that is not life-threatening. The girl was treated at "
             "Cincinnati Children's Hospital for cuts to her face and arms and released. Her mother and a 3-year-old "
             "brother were in a back bedroom and were not hurt. Police have not said whether the family was "
             "targeted.",
        killed=0, injured=2, **minors(children=(0, 1)),
        first=dict(start=date(2015, 8, 2), place=("avondale", "cincinnati"))),
    # --- one man shot; people knocked down in the crowd's rush are not counted (not hurt by the gunfire)
    "louisville_waterfront_one_shot_crowd_knocked_down": dict(
        published=date(2016, 7, 5), title="Man shot near Waterfront Park as fireworks crowd leaves",
        text="LOUISVILLE, Ky. (WLKY) - A man was shot and several people were hurt in the rush to get away Monday "
             "night as thousands of people left the fireworks show at Waterfront Park, Louisville Metro Police said. "
             "The 24-year-old was hit in the leg near Witherspoon Street and River Road shortly after 10 p.m., police "
             "spokesman Dwight Hensley said. He was taken to University of Louisville Hospital and is expected to "
             "recover. When the shots rang out, the crowd ran toward downtown. Louisville Metro EMS said at least "
             "three people were treated for scrapes and a sprained ankle after being knocked down in the stampede; "
             "none was taken to a hospital. Hensley said officers detained two men but no one had been charged as of "
             "Tuesday morning.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2016, 7, 4), place=("louisville", "waterfront"))),
    # --- "walked into Saint Mary's Hospital", "was dropped off at the emergency room" after "two men were shot"
    "waterbury_two_men_walk_into_hospitals": dict(
        published=date(2019, 2, 21), title="Waterbury police: Wounded men turn up at hospitals after gunfire",
        text="WATERBURY, Conn. (WFSB) - Police are trying to piece together where two men were shot early Thursday "
             "after each turned up at a Waterbury hospital. A 20-year-old Waterbury man walked into Saint Mary's "
             "Hospital around 1:15 a.m. with a gunshot wound to the leg, Lt. Ryan Costa said. About 15 minutes "
             "later, a 19-year-old from Naugatuck was dropped off at the emergency room at Waterbury Hospital with a "
             "graze wound to his side. Costa said investigators believe both were hit in the same shooting in the "
             "North End, where residents reported hearing about six shots near Cherry Street. Neither man's injuries "
             "are life-threatening. Police said both men have been uncooperative.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2019, 2, 21), place=("waterbury", "north end"))),
    # --- "was dropped off at the ... emergency room", then "a second man arrived ..., shot in the arm": no total
    "flint_men_dropped_off_at_hurley": dict(
        published=date(2014, 4, 13), title="Flint police investigate after wounded men arrive at Hurley",
        text="FLINT, Mich. (WJRT) - A man was dropped off at the Hurley Medical Center emergency room with a gunshot "
             "wound to his abdomen late Saturday, Flint police said. The 24-year-old was taken into surgery and was "
             "listed in critical condition Sunday. A short time later, a second man arrived at Hurley in a private "
             "car, shot in the arm. Police believe both men were wounded during a fight outside a party in the 2600 "
             "block of Mackin Road on the city's north side. The people who brought them to the hospital left "
             "before officers arrived. Detectives asked anyone who was at the party to come forward.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2014, 4, 12), place=("flint",))),
    # --- "A bullet fragment struck a 9-year-old boy"; four relatives in the house unhurt
    "shreveport_queensborough_fragment_hits_boy": dict(
        published=date(2017, 10, 15), title="9-year-old hurt by bullet fragment as shots hit Shreveport home",
        text="SHREVEPORT, La. (KSLA) - A bullet fragment struck a 9-year-old boy in the cheek as he slept on a couch "
             "early Sunday when someone sprayed a house in the Queensborough neighborhood with gunfire, Shreveport "
             "police said. Officers counted 12 bullet holes in the front of the home in the 2900 block of Milam "
             "Street. The boy was taken to University Health, where he was treated and released, police said. His "
             "mother, grandmother and two sisters were also in the home. None of them was hurt. Police said the "
             "shooting may be connected to a fight at a nearby convenience store Saturday night. It is the third "
             "time this month shots have been fired into a home in the neighborhood.",
        killed=0, injured=1, **minors(children=(0, 1)),
        first=dict(start=date(2017, 10, 15), place=("queensborough", "shreveport"))),
    # --- "Two men were killed and three other people were wounded", then the three told one by one (not added)
    "new_orleans_central_city_two_killed_three_wounded": dict(
        published=date(2018, 3, 4), title="2 killed, 3 wounded in Central City shooting",
        text="NEW ORLEANS (WWL) - Two men were killed and three other people were wounded Saturday night in a "
             "shooting in Central City, New Orleans police said. The men, 24 and 31, were found on the sidewalk in "
             "the 2200 block of Washington Avenue shortly after 8 p.m. and were pronounced dead at the scene. A "
             "19-year-old woman was shot in the leg and taken to University Medical Center by EMS. A 15-year-old boy "
             "was grazed on the arm. A 40-year-old man drove himself to the hospital with a gunshot wound to the "
             "hand. Police said at least two gunmen fired from a passing car. The killings bring the city's homicide "
             "count to 31 for the year.",
        killed=2, injured=3, **minors(teens=(0, 1)),
        first=dict(start=date(2018, 3, 3), place=("central city", "new orleans"))),
    # --- one man killed, then two hurt each in a sentence of its own after the dead man's, no total of the hurt
    "chattanooga_east_lake_one_killed_two_hurt_singles": dict(
        published=date(2015, 10, 11), title="Man killed in East Lake shooting",
        text="CHATTANOOGA, Tenn. (WRCB) - One man was killed in a shooting in East Lake on Saturday night, "
             "Chattanooga police said. Officers found the victim, identified as 27-year-old Terrance Holt, lying in a "
             "parking lot on East 35th Street around 11:10 p.m. He died at the scene. A 30-year-old woman suffered a "
             "gunshot wound to the hip and was taken to Erlanger hospital. A 19-year-old man was grazed in the neck; "
             "he was treated at Erlanger and released early Sunday. Police said the three were standing outside a "
             "car when a man on foot fired several shots. Investigators ask anyone with information to call the "
             "Chattanooga Police tip line at 423-698-2525.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2015, 10, 10), place=("east lake", "chattanooga"))),
    # --- an officer hit in the arm; the driver who shot him killed by return fire (an attacker killed)
    "albuquerque_officer_wounded_driver_killed": dict(
        published=date(2019, 8, 12), title="APD officer wounded, suspect killed in Southeast Heights shootout",
        text="ALBUQUERQUE, N.M. (KOB) - An Albuquerque police officer was wounded and the man who shot him was killed "
             "Sunday afternoon during a traffic stop in the Southeast Heights, police said. A department spokesman "
             "said the officer pulled over a pickup near Central Avenue and Louisiana Boulevard around 2:30 p.m. The "
             "driver got out and fired at the officer, hitting him in the arm. The officer and a second officer who "
             "had just arrived returned fire, killing the driver. The wounded officer, a four-year veteran, was taken "
             "to UNM Hospital and is expected to make a full recovery. The man's name has not been released. The "
             "shooting is the department's sixth officer-involved shooting this year.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2019, 8, 11), place=("southeast heights", "albuquerque"))),
    # --- a man kills his estranged wife, wounds her adult daughter, then kills himself (an attacker killed)
    "omaha_man_kills_wife_wounds_stepdaughter_then_himself": dict(
        published=date(2013, 6, 23), title="Police: Omaha man kills wife, wounds stepdaughter, then himself",
        text="OMAHA, Neb. (AP) — A man shot and killed his estranged wife and wounded her adult daughter before "
             "turning the gun on himself Saturday night in north Omaha, police said. Officers called to a home near "
             "42nd and Ames streets around 9 p.m. found 46-year-old Denise Carter dead in the kitchen, police "
             "spokeswoman Officer Dana Reyes said. Her daughter, 24, had been shot in the arm and was hiding in a "
             "neighbor's garage. She was taken to Nebraska Medical Center and is expected to survive. The man, "
             "51-year-old Wendell Carter, was found dead in the back yard of a self-inflicted gunshot wound. Reyes "
             "said officers had been called to the home twice in the past month for domestic disturbances.",
        killed=2, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2013, 6, 22), place=("omaha",))),
    # --- an accidental shooting: a boy of 13 shot in the hand; his friend of 14 holding the gun is no victim
    "lexington_boy_13_shot_in_hand_by_friend": dict(
        published=date(2016, 5, 1), title="Lexington boy, 13, shot in hand when friend's gun goes off",
        text="LEXINGTON, Ky. (WKYT) - A 13-year-old boy was shot in the hand Saturday afternoon when a handgun his "
             "14-year-old friend was handling went off inside a home on Centre Parkway, Lexington police said. The "
             "boy was taken to Kentucky Children's Hospital with an injury that police described as "
             "non-life-threatening. Sgt. Jennifer Doyle said the two boys were alone in the house and had found the "
             "gun in a closet. No charges had been filed as of Sunday morning. Police said the case would be reviewed "
             "by the Fayette County attorney's office.",
        killed=0, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2016, 4, 30), place=("lexington",))),
    # --- "hit in the foot"; bullets into two cars and a house; "No one else was injured"
    "durham_angier_avenue_woman_hit_in_foot": dict(
        published=date(2017, 4, 23), title="Woman hit in foot as gunfire sprays East Durham street",
        text="DURHAM, N.C. (WTVD) - A 22-year-old woman was hit in the foot while she sat on her front porch in East "
             "Durham on Saturday evening, police said. Officers responding to a report of shots fired in the 1100 "
             "block of Angier Avenue around 7:40 p.m. found her in the yard. She was taken to Duke University "
             "Hospital with what police called a minor injury. Bullets also struck two parked cars and the side of a "
             "neighbor's house. No one else was injured. Witnesses told police two groups of young men had been "
             "shooting at each other from opposite ends of the block.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 4, 22), place=("east durham", "durham"))),
    # --- no numeral of the hurt in the body: "The victims, a 23-year-old man and two women in their 20s, were
    # treated ... and released"; the title's "Three hurt"
    "milwaukee_villard_avenue_three_treated_and_released": dict(
        published=date(2018, 12, 2), title="Three hurt in shooting outside north side Milwaukee tavern",
        text="MILWAUKEE (WISN) - Someone fired into a group of people standing outside a tavern on Milwaukee's north "
             "side shortly after 1 a.m. Saturday, police said. The victims, a 23-year-old man and two women in their "
             "20s, were treated at Froedtert Hospital and released. Police said the shooting happened near North "
             "35th Street and West Villard Avenue after an argument inside the bar. The shooter left in a silver "
             "sedan. Milwaukee police are seeking unknown suspects. Anyone with information is asked to call "
             "Milwaukee Police at 414-935-7360.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2018, 12, 1), place=("milwaukee",))),
    # --- a vague "Multiple people were shot", then "five victims, one of whom died"
    "stockton_backyard_multiple_shot_five_victims": dict(
        published=date(2014, 9, 7), title="1 dead, 4 hurt after gunfire at south Stockton gathering",
        text="STOCKTON, Calif. (KCRA) - Multiple people were shot Saturday night at a backyard gathering in south "
             "Stockton, police said. Officers found victims in the yard and the street in the 1800 block of South "
             "Airport Way around 11:30 p.m. Police later confirmed five victims, one of whom died at San Joaquin "
             "General Hospital. The four others, all men between 19 and 35, are expected to survive, police "
             "spokesman Officer Nate Lopez said. Lopez said two men walked into the backyard and started shooting "
             "without saying anything. The man who died has not been identified.",
        killed=1, injured=4, **NO_MINORS,
        first=dict(start=date(2014, 9, 6), place=("stockton",))),
    # --- "A man died and two other people were hurt", then each told again ("A woman ...", "Another man ...")
    "minneapolis_cleveland_three_shot_one_fatally": dict(
        published=date(2019, 7, 28), title="3 shot, 1 fatally, in north Minneapolis",
        text="MINNEAPOLIS (KSTP) - A man died and two other people were hurt in a shooting Saturday night in north "
             "Minneapolis, police said. The shooting happened near Penn and Lowry avenues in the Cleveland "
             "neighborhood around 10:15 p.m., according to police spokesman Sgt. Paul Lindgren. The man, believed to "
             "be in his 30s, was pronounced dead at the scene. A woman was taken to HCMC with a gunshot wound to the "
             "shoulder. Another man was hit in the leg; his injuries are not considered life-threatening. Lindgren "
             "said officers had been called to the same block twice earlier in the evening for noise complaints. It "
             "was the city's 22nd homicide of 2019.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2019, 7, 27), place=("cleveland", "minneapolis"))),
    # --- a boy of 17 shot Thursday who died Saturday, a man killed at the scene, a woman hit in the arm
    "kansas_city_prospect_teen_dies_two_days_later": dict(
        published=date(2015, 3, 22), title="Teen wounded in Thursday shooting dies; second death in case",
        text="KANSAS CITY, Mo. (KCTV) - A 17-year-old boy who was shot Thursday evening outside a convenience store "
             "on Prospect Avenue died Saturday at Children's Mercy Hospital, Kansas City police said. The shooting "
             "also killed 20-year-old Andre Hollis, who died at the scene. A 34-year-old woman who was walking out "
             "of the store was hit in the arm; she was treated at Truman Medical Center and released. Police "
             "identified the teen as Jaylen Banks, a junior at Central Academy of Excellence. Detectives believe "
             "Hollis was the intended target. No arrests have been made.",
        killed=2, injured=1, **minors(teens=(1, 0)),
        first=dict(start=date(2015, 3, 19), place=("kansas city",))),
    # --- a stray bullet: a girl of 4 "suffered non-life-threatening injuries"; the two men shooting not hit
    "baton_rouge_osborne_avenue_girl_4_stray_bullet": dict(
        published=date(2016, 12, 18), title="4-year-old girl hit by stray bullet while playing in yard",
        text="BATON ROUGE, La. (WAFB) - A 4-year-old girl was struck by a stray bullet while she played in her "
             "grandmother's front yard Saturday afternoon, Baton Rouge police said. Police said two men were "
             "shooting at each other on Osborne Avenue near Plank Road around 4 p.m. Neither man was hit. The girl "
             "suffered non-life-threatening injuries and was taken to Our Lady of the Lake Regional Medical Center, "
             "according to police spokesman Sgt. Marcus Doucet. Her grandmother said the bullet went through the "
             "girl's thigh. Police have identified one of the men and are looking for the other.",
        killed=0, injured=1, **minors(children=(0, 1)),
        first=dict(start=date(2016, 12, 17), place=("baton rouge",))),
    # --- a sheriff's release posted as a story: "located a 34-year-old male suffering from a gunshot wound",
    # "A second victim ... with a graze wound", "Both victims were transported"
    "richland_county_sheriff_release_two_located": dict(
        published=date(2017, 8, 27), title="RCSD: Deputies investigating shooting on Farrow Road",
        text="The following was released by the Richland County Sheriff's Department: On Saturday, August 26, 2017, "
             "at approximately 11:52 p.m., deputies responded to the 7000 block of Farrow Road in northeast Richland "
             "County in reference to shots fired. Upon arrival, deputies located a 34-year-old male suffering from a "
             "gunshot wound to the lower leg. A second victim, a 28-year-old female, was located inside a residence "
             "with a graze wound to the forearm. Both victims were transported to Palmetto Health Richland and are "
             "listed in stable condition. Investigators learned that an unknown suspect fired several rounds into a "
             "group gathered in the front yard before fleeing on foot. This is an ongoing investigation. Anyone with "
             "information is asked to contact Crimestoppers at 1-888-CRIME-SC.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2017, 8, 26), place=("richland", "farrow"))),
    # --- a robber's shot missed; the husband shot him (an attacker hurt); "Neither the husband nor his wife was hurt"
    "tucson_husband_shoots_robber_in_parking_lot": dict(
        published=date(2018, 10, 7), title="Tucson man with concealed-carry permit shoots robber, police say",
        text="TUCSON, Ariz. (KGUN) - A man who tried to rob a couple in a midtown Tucson parking lot Saturday night "
             "was shot by the husband, who was carrying a handgun, Tucson police said. Sgt. Ana Valdez said the "
             "suspect approached the couple as they were loading groceries into their car near East Speedway "
             "Boulevard and North Alvernon Way around 8:30 p.m. and demanded the woman's purse. When the husband "
             "stepped in, the suspect fired one shot, which missed. The husband drew his own gun and shot the suspect "
             "in the abdomen. The suspect, 27, was taken to Banner-University Medical Center in serious condition. "
             "Neither the husband nor his wife was hurt. The case will be forwarded to the Pima County Attorney's "
             "Office for review.",
        killed=0, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2018, 10, 6), place=("tucson",))),
    # --- a store owner pistol-whipped (hurt: the gun used on him) and his nephew shot in the leg
    "greensboro_owner_pistol_whipped_nephew_shot": dict(
        published=date(2013, 9, 15), title="Store owner pistol-whipped, nephew shot in Greensboro robbery",
        text="GREENSBORO, N.C. (WFMY) - Two men were robbed at gunpoint inside a convenience store on East Market "
             "Street on Saturday afternoon, and one of them was shot, Greensboro police said. The robber struck the "
             "store's 62-year-old owner in the head with his pistol when he was slow to open the register, police "
             "said. The owner's nephew, 25, was shot in the leg as he came out of a back room. Both men were taken "
             "to Moses Cone Hospital; the owner needed stitches and was released Saturday night, and the nephew was "
             "listed in good condition. The robber ran off with an undisclosed amount of cash. Police described him "
             "as a man in his 20s wearing a gray hooded sweatshirt.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2013, 9, 14), place=("greensboro",))),
    # --- a vague figure the sentence corrects ("correcting an earlier report that several people had been shot"),
    # then the two told one by one
    "syracuse_colvin_street_two_shot_not_several": dict(
        published=date(2019, 10, 6), title="Two shot at Syracuse house party; police correct early report",
        text="SYRACUSE, N.Y. (WSYR) - Two people were shot at a house party on Syracuse's South Side early Sunday, "
             "police said, correcting an earlier report that several people had been shot. Officers were called to "
             "the 200 block of West Colvin Street at 2:20 a.m. A 21-year-old man was shot in the stomach and was in "
             "critical condition at Upstate University Hospital. A 20-year-old woman suffered a gunshot wound to her "
             "foot. Police spokesman Sgt. Ken Meyers said about 75 people were in the house when the shots were "
             "fired. No arrests have been made.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2019, 10, 6), place=("south side", "syracuse"))),
    # --- an update that raises the count: four wounded, then "a fifth person ... went to Sentara Leigh Hospital
    # overnight with a graze wound"; "A fourth victim" restates the first sentence's four
    "norfolk_park_place_update_fifth_victim": dict(
        published=date(2014, 7, 20), title="Four wounded in Park Place shooting; UPDATE: fifth victim",
        text="NORFOLK, Va. (WAVY) - Four people were wounded late Saturday in a shooting in Norfolk's Park Place "
             "neighborhood, police said. Officers were called to West 33rd Street near Church Street around 11:45 "
             "p.m. and found two men and a woman with gunshot wounds. A fourth victim, a 20-year-old man, was found a "
             "block away on Llewellyn Avenue with a wound to his back. All four were taken to Sentara Norfolk General "
             "Hospital with injuries police described as non-life-threatening. UPDATE, Sunday 10:15 a.m.: Norfolk "
             "police say a fifth person, a 34-year-old man, went to Sentara Leigh Hospital overnight with a graze "
             "wound to the arm he suffered in the same shooting. He was treated and released. Police have not "
             "released a description of the shooter.",
        killed=0, injured=5, **NO_MINORS,
        first=dict(start=date(2014, 7, 19), place=("park place", "norfolk"))),
    # --- three shot, then "UPDATE: ... one of the men ... died at the hospital" (dead, not also hurt)
    "richmond_gilpin_court_three_shot_update_one_died": dict(
        published=date(2015, 5, 17), title="Three shot in Richmond's Gilpin Court; one dies",
        text="RICHMOND, Va. (WTVR) - Three people were shot early Sunday in Gilpin Court, Richmond police said. "
             "Officers responded to the 800 block of St. Peter Street around 1:30 a.m. and found two men and a "
             "woman with gunshot wounds. All three were taken to VCU Medical Center. UPDATE: Police said Sunday "
             "afternoon that one of the men, 25-year-old Darius Lyle, died at the hospital. The other man, 30, and "
             "the woman, 22, are in stable condition. Detectives said the three were sitting on the steps of an "
             "apartment building when a man walked up and opened fire. Anyone with information is asked to call "
             "Crime Stoppers at 780-1000.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2015, 5, 17), place=("gilpin court", "richmond"))),
    # --- "A man and a woman were wounded", then "The man, 30, ..." and "The woman, 27, ..." (the same two); a
    # toddler unhurt
    "mobile_crichton_man_and_woman_wounded": dict(
        published=date(2016, 9, 11), title="Man, woman wounded in shooting in Mobile's Crichton neighborhood",
        text="MOBILE, Ala. (WKRG) - A man and a woman were wounded Saturday night when someone fired into the car "
             "they were sitting in outside a home in Crichton, Mobile police said. The man, 30, was shot in the "
             "leg. The woman, 27, was grazed on the back. Both were taken to University Hospital; police said neither "
             "injury is life-threatening. Investigators found at least 15 shell casings on Spring Hill Avenue near "
             "Pleasant Avenue. A toddler who was asleep in the home was not hurt. Police ask anyone with information "
             "to call Mobile Area Crime Stoppers at 208-7211.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2016, 9, 10), place=("crichton", "mobile"))),
    # --- a stray bullet hits a woman of 70 on her porch; the man of 25 who was the target "was not hit"
    "fort_wayne_woman_70_stray_bullet_on_porch": dict(
        published=date(2017, 11, 19), title="Fort Wayne woman, 70, hit by stray bullet on her porch",
        text="FORT WAYNE, Ind. (WANE) - A 70-year-old woman sitting on her front porch was hit in the shoulder by a "
             "stray bullet Saturday evening on Fort Wayne's southeast side, police said. Officers were called to the "
             "3100 block of Gay Street around 6:20 p.m. Police said a man standing across the street appeared to be "
             "the target of the shots, fired from a passing car. The 25-year-old was not hit and ran from the area "
             "before officers arrived, but was later found and questioned. The woman was taken to Lutheran Hospital "
             "and is in good condition. Her granddaughter said she had lived on the street for 41 years.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 11, 18), place=("fort wayne",))),
    # --- an officer shot in the thigh; the man who shot him "showed up at Sparrow with a gunshot wound" (an
    # attacker hurt by the officer's return fire)
    "lansing_officer_shot_suspect_shows_up_at_sparrow": dict(
        published=date(2018, 4, 29), title="Lansing officer shot in thigh; man who showed up at hospital arrested",
        text="LANSING, Mich. (WILX) - A Lansing police officer was shot in the thigh Saturday night while chasing a "
             "man on foot on the city's south side, police said. The officer had tried to stop the man near South "
             "Cedar Street and Holmes Road around 10:40 p.m. The man turned and fired, and the officer fired back. "
             "The officer was taken to Sparrow Hospital, where he was in stable condition Sunday. About an hour after "
             "the shooting, a 23-year-old man showed up at Sparrow with a gunshot wound to the arm. Capt. Daryl "
             "Greene said investigators believe he is the man who shot the officer and that he was hit when the "
             "officer returned fire. He was treated and released into police custody and is being held at the "
             "Ingham County Jail.",
        killed=0, injured=2, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2018, 4, 28), place=("lansing",))),
    # --- a man shot in the chest; a woman who broke her ankle jumping off a deck to flee is not counted
    "rockford_party_man_shot_woman_hurt_jumping": dict(
        published=date(2019, 6, 30), title="Man critically wounded at Rockford party; woman hurt fleeing",
        text="ROCKFORD, Ill. (WREX) - A 26-year-old man was critically wounded when someone opened fire at a house "
             "party on Rockford's west side late Saturday, police said. Officers found the man with a gunshot wound "
             "to the chest in the back yard of a home in the 1000 block of Ogilby Road around 11:30 p.m. He was "
             "taken to SwedishAmerican Hospital. A woman broke her ankle when she jumped off a back deck to get away "
             "from the gunfire; she was taken to OSF Saint Anthony Medical Center. Police said about 40 people were "
             "at the party. Investigators recovered shell casings from two different guns.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2019, 6, 29), place=("rockford",))),
    # --- three teens shot, their ages listed; a girl of 14 who cut her hand on a fence in the rush is not counted
    "macon_henderson_stadium_three_teens_shot": dict(
        published=date(2017, 9, 9), title="Three teens shot outside Macon stadium after football game",
        text="MACON, Ga. (WMAZ) - Three teenagers were shot outside Henderson Stadium on Friday night as fans were "
             "leaving a high school football game, the Bibb County Sheriff's Office said. The victims, ages 15, 16 "
             "and 17, were taken to The Medical Center, Navicent Health. The 15-year-old was shot in the back and is "
             "in serious condition; the other two were hit in the legs and are stable. A 14-year-old girl cut her "
             "hand on a fence as the crowd rushed for the exits and was treated at the scene. A sheriff's office "
             "spokeswoman said deputies believe the shooting stemmed from a fight in the stands during the fourth "
             "quarter. The Bibb County School District said extra deputies would be at next week's games.",
        killed=0, injured=3, **minors(teens=(0, 3)),
        first=dict(start=date(2017, 9, 8), place=("macon",))),
    # --- a boy of 3 "shot himself in the hand"; "the reach of children" is no figure
    "nashville_antioch_boy_3_shoots_himself_in_hand": dict(
        published=date(2014, 2, 16), title="3-year-old shoots himself in hand with gun found in nightstand",
        text="NASHVILLE, Tenn. (WSMV) - A 3-year-old boy shot himself in the hand Saturday afternoon with a handgun "
             "he found in a bedroom nightstand at his family's Antioch apartment, Metro police said. The boy's mother "
             "was in the kitchen when she heard the shot, police said. He was taken to Monroe Carell Jr. Children's "
             "Hospital at Vanderbilt and is expected to recover. The gun belonged to the mother's boyfriend, 29, who "
             "was charged with reckless endangerment. Metro police urged gun owners to keep weapons locked and out "
             "of the reach of children.",
        killed=0, injured=1, **minors(children=(0, 1)),
        first=dict(start=date(2014, 2, 15), place=("antioch", "nashville"))),
    # --- a man dropped off at the ER who died there; "Two other men": "One was hit in the hand; the other was
    # grazed on the hip"
    "st_louis_dropped_off_man_dies_two_others_hurt": dict(
        published=date(2015, 12, 27), title="Man dropped off at hospital dies; two others wounded",
        text="ST. LOUIS (KSDK) - A man who was dropped off at the emergency room of Barnes-Jewish Hospital with "
             "several gunshot wounds Saturday night died a short time later, St. Louis police said. Two other men "
             "arrived at the hospital in the same car. One was hit in the hand; the other was grazed on the hip. "
             "Police said the three told officers they had been shot while driving in the 4500 block of Natural "
             "Bridge Avenue in the city's College Hill neighborhood, but gave few details. The man who died was 32. "
             "The two wounded men, 28 and 35, are in stable condition. The death was the city's 186th homicide of "
             "the year.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2015, 12, 26), place=("st. louis", "st louis", "saint louis", "college hill"))),
    # --- "Two men suffered non-life-threatening injuries", and "A woman ... was treated at the scene for a graze
    # wound": 3 without a total
    "houston_southwest_freeway_club_two_men_and_woman": dict(
        published=date(2016, 6, 19), title="Gunfire outside southwest Houston club",
        text="HOUSTON (KPRC) - Houston police are looking for a gunman who fired into a crowd leaving a nightclub on "
             "the Southwest Freeway early Sunday. Two men suffered non-life-threatening injuries and were taken to "
             "Ben Taub Hospital, police said. A woman who was standing nearby was treated at the scene for a graze "
             "wound to the calf and released. Officers said the shooting happened around 2:15 a.m. in the parking lot "
             "of the club near Hillcroft Avenue. Witnesses described the gunman as a man in a black T-shirt who ran "
             "toward an apartment complex behind the club.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2016, 6, 19), place=("houston",))),
    # --- an intruder grazes a woman and is killed by her husband (an attacker killed)
    "springfield_intruder_grazes_wife_killed_by_husband": dict(
        published=date(2018, 7, 15), title="Homeowner shoots, kills intruder who grazed his wife",
        text="SPRINGFIELD, Mo. (KY3) - A man broke into a north Springfield home early Saturday and fired a shot that "
             "grazed a woman, and her husband shot and killed him, police said. Springfield police Lt. Greg Sowers "
             "said the intruder came through a back door around 3 a.m. The woman, 52, suffered a graze wound to her "
             "side. Her husband, 55, grabbed a shotgun from the bedroom and fired once, hitting the intruder in the "
             "chest. The intruder, a 36-year-old man, died at the scene. The woman was treated at Mercy Hospital "
             "Springfield and released. Police said the couple did not know the man. The case will be sent to the "
             "Greene County prosecutor.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2018, 7, 14), place=("springfield",))),
}

_ONE_BY_ONE = "victims told one per sentence are not added (the largest sentence total is kept)"
_FLEEING = "people hurt fleeing the gunfire, not by it, are counted"
XFAIL: dict[tuple[str, str], str] = {
    # the injured figure
    ("injured", "birmingham_ensley_gas_station_three_one_by_one"): _ONE_BY_ONE + ": 'was hit in the hand', 'suffered a "
        "graze wound', 'showed up at UAB Hospital with a gunshot wound' (2 for 3)",
    ("injured", "houston_southwest_freeway_club_two_men_and_woman"): _ONE_BY_ONE + ": 'Two men suffered "
        "non-life-threatening injuries' and 'A woman ... was treated at the scene for a graze wound' (2 for 3)",
    ("injured", "cincinnati_avondale_father_shot_girl_cut_by_glass"): _ONE_BY_ONE + ": 'A man was shot in the leg' and "
        "'The girl was treated ... for cuts' ('his 6-year-old daughter was cut by flying glass' unread; 1 for 2)",
    ("injured", "lansing_officer_shot_suspect_shows_up_at_sparrow"): _ONE_BY_ONE + ": the officer 'was shot in the "
        "thigh' and 'a 23-year-old man showed up at Sparrow with a gunshot wound' (1 for 2)",
    ("injured", "flint_men_dropped_off_at_hurley"): "arrivals at a hospital unread: 'A man was dropped off at the "
        "Hurley Medical Center emergency room with a gunshot wound' and 'a second man arrived at Hurley in a private "
        "car, shot in the arm' (only 'The 24-year-old ... listed in critical condition': 1 for 2)",
    ("injured", "richland_county_sheriff_release_two_located"): "a release's finds unread: 'A second victim, a "
        "28-year-old female, was located inside a residence with a graze wound' and 'Both victims were transported' "
        "(1 for 2)",
    ("injured", "louisville_waterfront_one_shot_crowd_knocked_down"): _FLEEING + ": 'several people were hurt in the "
        "rush to get away' read as 3 more (4 for 1)",
    ("injured", "rockford_party_man_shot_woman_hurt_jumping"): _FLEEING + ": the title's 'woman hurt fleeing' (the "
        "body's 'broke her ankle when she jumped off a back deck') read as one more (2 for 1)",
    ("injured", "gary_glen_park_wounded_man_dies"): "a woman shot told after a man's later death is dropped: 'The woman "
        "was shot in the arm. She was treated and released.' after 'A man who was shot Friday night ... has died' "
        "(0 for 1)",
    ("injured", "tucson_husband_shoots_robber_in_parking_lot"): "'a couple' inside an attacker's relative clause read "
        "as his figure: 'A man who tried to rob a couple ... was shot by the husband' (2 for 1)",
    # the killed figure
    ("killed", "kansas_city_prospect_teen_dies_two_days_later"): "a second death told with a name after 'also killed' "
        "('The shooting also killed 20-year-old Andre Hollis, who died at the scene') not added to the teen's death "
        "told before (1 for 2)",
    # minors
    # attackers
    ("attackers_injured", "tucson_husband_shoots_robber_in_parking_lot"): "'a couple' inside the attacker's relative "
        "clause read as his figure: 'A man who tried to rob a couple ... was shot' (2 for 1)",
    ("attackers_injured", "lansing_officer_shot_suspect_shows_up_at_sparrow"): "a man who 'showed up at Sparrow with a "
        "gunshot wound', whom the next sentence makes 'the man who shot the officer', is one of the people (0 for 1)",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_ABBREVIATIONS = re.compile(r"\b(?:a\.m|p\.m|St|ST|Sgt|Cpl|Capt|Lt|Det|Mt|Ft|Mr|Mrs|Ms|Dr|Jr|Calif|Kan|Ky|Ala|Fla|Ga|"
                            r"Mo|Miss|Ill|Ind|Ark|Okla|Neb|Tenn|Conn|Mich|Ariz|N\.C|N\.M|N\.Y|S\.C|Va|La|U\.S)\.")


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) == 41
    SET.check_years(range(2013, 2020))
    assert SET.minor_victim_cases() >= 12
    assert sum("attackers_injured" in spec for spec in CASES.values()) == 7
    SET.check_figures_fit()
    for case, spec in CASES.items():
        assert 50 <= len(re.findall(r"\S+", spec["text"])) <= 350, case
        assert 3 <= sentences_in(spec["text"], _ABBREVIATIONS) <= 15, (case, sentences_in(spec["text"], _ABBREVIATIONS))
        assert spec["killed"] + spec["injured"] > 0, case
        assert 0 <= (spec["published"] - spec["first"]["start"]).days <= 4, case


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_attackers_injured = SET.attackers_injured_test()
