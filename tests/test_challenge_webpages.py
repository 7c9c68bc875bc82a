"""Challenge set: US LOCAL NEWS AS SCRAPED WEB PAGES, written before the pipeline was run on it, with the figures
a careful coder gives from the text alone under docs/conventions.md (the Gun Violence Archive's way: a shooter
who died is among the killed and counted apart as an attacker; children 0-11, teens 12-17; the latest toll of
the page when it is updated).

The held-out Gun Violence Archive articles are pages of TV stations and city papers as a scraper keeps them: a
story of five to fifteen sentences inside page furniture. Each page here holds some of it: update stamps over
an older text ("UPDATE 6:45 p.m.:"), photo captions and credits, "RELATED:" and "MORE:" links naming other
stories' tolls, share buttons, copyright lines, Crime Stoppers appeals with reward sums and phone numbers,
newsletter prompts, a video list with running times, a reporter's byline with its time stamp; and in the
stories: revised tolls, ages told after the first mention, victims hit by stray bullets, an accidental
shooting, a murder-suicide, a suspect shot by police, a triple shooting nobody died in, a city's homicide count.

Every sentence is invented; none is taken from the development data.

First run, before any fix (main 14a5a08), tests passing per field: killed 17/18, injured 17/18, children and teens
6/7, attackers 0/2, day 18/18, place 16/18 (one of the two a Shreveport neighbourhood the first expectation left
out, corrected: the convention takes the neighbourhood before its city), age 4/7. Its classes fixed since: a
town's possessive part that the gazetteer took for a far city ("Lansing's Old Town" was Las Vegas), shots fired
read as people shot ("fired one shot"), an attacker named by a relative clause ("an armed man who had wounded a
clerk") as a police shooting's object, an update's ordinal death over the original story ("UPDATE: A second man
shot Friday ... has died": 2 dead, and "The other was taken to a hospital" among them), one person's age in
apposition ("One of the victims, a 22-year-old man, died"), which tells that the teen among the people shot lived,
the killer's own death after his victims as an attacker ("then himself": found in the Macon page's title; its body's
"shot his estranged wife and her mother before turning the gun on himself. All three died" is still read as 3 dead
with no attacker), a headline's figure no longer dropping the body's lead ("A man is expected to survive after he
was shot", which then takes "The 34-year-old victim"'s age). Now: killed 18/18, injured 18/18, minors 7/7,
attackers 2/2, day 18/18, place 18/18, age 5/7.

Second batch (SECOND, 13 pages, main b1347b2), first run: killed 13/13, injured 12/13, minors 4/5, attackers
1/2, day 13/13, place 12/13, age 4/6. Classes fixed since: an apposition and a second predicate told as a second
person taken to hospital ("The officer, a five-year veteran, was taken to ... and is expected to recover": 2 hurt);
a person shot before the attacker killed in one sentence ("An officer was shot ... and the man who shot him was
killed": the officer was lost); a dead man's age told with him shot in another sentence ("Anthony Lee, 31, was shot
several times"); a group's listed ages under any noun ("shot two classmates, ages 14 and 15"); a place that begins a
school's name ("North Side High School"); an attacker by a break-in ("one of three men who broke into his house").
Now: killed 13/13, injured 13/13, minors 5/5, attackers 2/2, day 13/13, place 13/13, age 5/6.

Third batch (THIRD, 10 pages, main 07daa97), first run: killed 9/10, injured 9/10, minors 2/2, day 10/10, place
10/10, age 1/1. Classes fixed since: a headline's clause that names its own earlier year ("...; her brother was killed
in 2016") restating the body's background; a partitive after a figure with a verb of its own ("Two men exchanged
gunfire ..., and one of them was wounded": 1, was 3). Now 10/10 on every field.

Fourth batch (FOURTH, 10 pages, main 0e3549c), first run: killed 9/10, injured 9/10, minors 4/4, day 10/10, place
10/10, age 3/3. Classes fixed since: another victim told just before ("gunned down Sunday night, hours after another
man was found slain": that one is background), a count of deaths the article calls unrelated ("the two deaths did not
appear to be related": a summary), an age none of the dead has when a death came later ("has succumbed ... A
19-year-old man who was shot ... was treated and released"). Now 10/10 on every field.

Fifth batch (FIFTH, 10 pages, main after the merge of xfix), first run: killed 10/10, injured 10/10, minors 2/2,
attackers 1/1, day 10/10, place 8/10, age 2/2. Classes fixed since: a feast named for a saint ("a St. Patrick's Day
party" was St. Marys, Georgia), a part of the story's town ("the city's East Side" was a village in Australia). Now
10/10 on every field.

Sixth batch (SIXTH, 10 pages, main 52f44d5), first run: killed 10/10, injured 10/10, minors 4/4, attackers 1/1, day
9/10, place 10/10, age 2/3. Classes fixed since: a calendar date of another incident as a weekday's anchor ("Three
men were wounded Sunday ... On Jan. 11, a 20-year-old man was wounded near a parade": its figure is another count), an
age in the apposition between a victim's noun and his verb ("The bouncer, 29-year-old Derrick Miles, died"). Now
10/10 on every field.

Seventh batch (SEVENTH, 10 pages, main 4571fe7), first run: killed 10/10, injured 10/10, minors 4/4, day 10/10, place
9/10 (GeoNames' "Saint Paul" for "st. paul", an expectation corrected), age 4/4. Found in passing: a shooter's age in
apposition ("The shooter, a 41-year-old man, stayed at the scene") went to the headline's victim; it is the shooter's
now.

Eighth batch (EIGHTH, 10 pages, main 76ce23c), first run: killed 9/10, injured 8/10, minors 2/4, day 10/10, place
10/10, age 1/2. Fixed since: a place's name before a building taken for a person hit ("gunfire hits Birmingham home").
Now: killed 9/10, injured 9/10, minors 2/4, age 1/2; left as xfail: a spree told as "a series of random shootings
across Kalamazoo County" (read as a round-up, by the convention), a minor in an "including" clause of a group with no
casualty verb, an age in apposition after a plain noun. What is left in the eight batches is marked xfail with its
class (XFAIL).
"""
from __future__ import annotations

from datetime import date

import pytest

from challenge_harness import ChallengeSet

# name -> the page and what a coder records from it ("first": the day and place of the first counted claim;
# "claim": one claim picked by its type and point, with the fields to check)
FIRST: dict[str, dict] = {
    "dayton_update_second_victim_died": dict(
        published=date(2015, 6, 13), title="UPDATE: Second victim dies after Dayton shooting",
        text="UPDATE 6:45 p.m.: A second man shot Friday on Dayton's west side has died, the Montgomery County "
             "Coroner's Office said Saturday evening.\n\n"
             "ORIGINAL STORY: Two men were shot Friday afternoon outside a barbershop on West Third Street, "
             "Dayton police said. One of the men was pronounced dead at the scene. The other was taken to Miami "
             "Valley Hospital in critical condition.\n\n"
             "Police said an argument inside the barbershop spilled onto the sidewalk shortly before 4 p.m. "
             "Witnesses told officers they heard at least six shots.\n\n"
             "RELATED: 3 killed, 2 hurt in Trotwood shooting last month\n\n"
             "No arrests have been made. Anyone with information is asked to call Miami Valley Crime Stoppers at "
             "937-222-7867. Tips can be anonymous and may qualify for a reward of up to $5,000.\n\n"
             "Copyright 2015 WHIO. All rights reserved.",
        killed=2, injured=0,
        first=dict(start=date(2015, 6, 12), place="dayton"),
    ),
    "tulsa_related_link_three_killed": dict(
        published=date(2016, 3, 9), title="Man shot in leg near north Tulsa convenience store",
        text="Photo: Tulsa police investigate a shooting near Pine Street and Peoria Avenue. (Photo: KJRH)\n\n"
             "TULSA, Okla. - A man is expected to survive after he was shot in the leg Tuesday night near a north "
             "Tulsa convenience store, police said.\n\n"
             "Officers were called to the store near Pine Street and Peoria Avenue around 9:30 p.m. The 34-year-old "
             "victim told police he was walking to his car when a man in a hooded sweatshirt demanded his wallet "
             "and fired one shot.\n\n"
             "MORE: Three killed in east Tulsa apartment fire, police investigating\n\n"
             "The victim was taken to St. John Medical Center. Police are looking at surveillance video from the "
             "store.\n\n"
             "Share this story: Facebook | Twitter | Email",
        killed=0, injured=1,
        first=dict(start=date(2016, 3, 8), place="tulsa"),
        claim=dict(kind="injured", point=1, age=34),
    ),
    "little_rock_girl_7_and_brother_15": dict(
        published=date(2014, 10, 20), title="2 children wounded when shots fired into Little Rock home",
        text="LITTLE ROCK, Ark. (KATV) -- A 7-year-old girl and her 15-year-old brother were wounded when someone "
             "fired several shots into their family's home early Sunday, Little Rock police said.\n\n"
             "The children were asleep in a front bedroom of the house in the 3600 block of West 14th Street when "
             "the shots were fired about 1:15 a.m., according to a police report. The girl was struck in the "
             "shoulder and the boy in the hand. Both were taken to Arkansas Children's Hospital with injuries "
             "that were not considered life-threatening.\n\n"
             "Their mother and two other children in the home were not hurt.\n\n"
             "\"Somebody could have killed my babies,\" the mother told KATV.\n\n"
             "Police have not identified a suspect. (Copyright 2014 KATV)",
        killed=0, injured=2, children_injured=1, teens_injured=1, children_killed=0, teens_killed=0,
        first=dict(start=date(2014, 10, 19), place="little rock"),
    ),
    "macon_murder_suicide_wife_and_mother": dict(
        published=date(2017, 8, 5), title="Deputies: Man killed estranged wife, her mother, then himself",
        text="By Staff reports | Posted Aug 5, 2017 at 11:02 AM\n\n"
             "MACON, Ga. - Bibb County deputies say a man shot his estranged wife and her mother before turning the "
             "gun on himself Friday night at a home in south Macon. All three died at the scene.\n\n"
             "Deputies were called to the home on Houston Avenue around 10:20 p.m. after a neighbor reported "
             "hearing gunshots. The coroner identified the victims as Tameka Wells, 38, and her mother, Gloria "
             "Wells, 61. The shooter was identified as Darnell Hughes, 41.\n\n"
             "Wells had filed for a protective order against Hughes last month, according to court records.\n\n"
             "If you or someone you know is a victim of domestic violence, call the National Domestic Violence "
             "Hotline at 1-800-799-7233.\n\n"
             "Sign up for our daily newsletter.",
        killed=3, injured=0, attackers_killed=1,
        first=dict(start=date(2017, 8, 4), place="macon"),
    ),
    "shreveport_party_four_shot_teen": dict(
        published=date(2016, 12, 26), title="1 dead, 3 wounded in Christmas night shooting at Shreveport party",
        text="SHREVEPORT, La. - One person is dead and three others are recovering after shots were fired at a "
             "Christmas party in the Cedar Grove neighborhood, police say.\n\n"
             "Four people were shot, including a 16-year-old boy, shortly before midnight Sunday at a house in "
             "the 200 block of West 70th Street. One of the victims, a 22-year-old man, died at University Health. "
             "The teenager and the two other victims, both in their 20s, are expected to survive.\n\n"
             "Shreveport police spokesman Cpl. Marcus Hines said the party had drawn about 50 people. \"Somebody "
             "pulled out a gun and started shooting into the crowd,\" Hines said.\n\n"
             "It was the city's 35th homicide of 2016.\n\n"
             "KSLA News 12 will update this story as more information becomes available.",
        killed=1, injured=3, teens_injured=1, teens_killed=0, children_injured=0, children_killed=0,
        # the neighbourhood before its city (docs/conventions.md, "Places"): "cedar grove" added after the first run
        first=dict(start=date(2016, 12, 25), place=("shreveport", "cedar grove")),
    ),
    "omaha_police_kill_robber_clerk_wounded": dict(
        published=date(2018, 4, 17), title="Omaha police fatally shoot robbery suspect who wounded clerk",
        text="OMAHA, Neb. (WOWT) - Omaha police shot and killed an armed man who had wounded a gas station clerk "
             "during a robbery Monday night, the department said Tuesday.\n\n"
             "The clerk, a 27-year-old woman, was shot in the arm at the Kwik Shop near 72nd and Blondo streets "
             "about 10:40 p.m. Officers found the suspect two blocks away. Police say he pointed a handgun at "
             "them and two officers fired. He died at Nebraska Medical Center.\n\n"
             "The clerk was treated and released.\n\n"
             "The officers, who have 6 and 11 years with the department, are on paid administrative leave, as is "
             "standard. A grand jury will review the shooting, as Nebraska law requires whenever a person dies in "
             "police custody or during an arrest.\n\n"
             "Watch: Police chief speaks about the shooting 2:14",
        killed=1, injured=1, attackers_killed=1,
        first=dict(start=date(2018, 4, 16), place="omaha"),
    ),
    "rockford_toddler_grazed": dict(
        published=date(2015, 9, 2), title="Toddler grazed by stray bullet in Rockford",
        text="ROCKFORD - A 2-year-old boy was grazed by a stray bullet Tuesday evening while playing in his "
             "grandmother's yard on the city's southwest side, Rockford police said.\n\n"
             "Officers responded to the 1100 block of Montague Street about 6:50 p.m. for a report of shots fired. "
             "The boy was taken to SwedishAmerican Hospital with a wound to his back that was not "
             "life-threatening, police said.\n\n"
             "Witnesses told police that two groups of men were shooting at each other in an alley behind the "
             "house. No one else was hurt.\n\n"
             "Rockford has recorded 14 homicides so far this year, compared with 11 at this time last year.\n\n"
             "Anyone with information can call Rockford Area Crime Stoppers at 815-963-7867.",
        killed=0, injured=1, children_injured=1, children_killed=0, teens_injured=0,
        first=dict(start=date(2015, 9, 1), place="rockford"),
        claim=dict(kind="injured", point=1, age=2),
    ),
    "tacoma_boy_4_accidental": dict(
        published=date(2017, 1, 30), title="Tacoma boy, 4, dies after shooting himself with father's gun",
        text="A 4-year-old Tacoma boy died Sunday after he found his father's handgun in a bedroom and "
             "accidentally shot himself, police said.\n\n"
             "The boy's mother called 911 just after 2 p.m. from the family's apartment in the 5600 block of South "
             "Tacoma Way. Paramedics took the child to Mary Bridge Children's Hospital, where he died a short time "
             "later.\n\n"
             "Detectives are investigating whether the father will face charges under the state's new safe storage "
             "law, Tacoma Police Department spokeswoman Loretta Cool said.\n\n"
             "Children's deaths from unintentional shootings are rare in Washington; the state recorded six "
             "between 2012 and 2016.\n\n"
             "© 2017 The News Tribune",
        killed=1, injured=0, children_killed=1, teens_killed=0,
        first=dict(start=date(2017, 1, 29), place="tacoma"),
        claim=dict(kind="killed", point=1, age=4),
    ),
    "knoxville_homicide_count_reward": dict(
        published=date(2016, 7, 11), title="Man found shot to death in East Knoxville",
        text="KNOXVILLE (WATE) - Knoxville police are investigating the city's 18th homicide of the year after a "
             "man was found shot to death early Sunday in East Knoxville.\n\n"
             "Officers responding to a report of gunfire found the man lying in a driveway on Dandridge Avenue "
             "around 3 a.m. He had been shot several times and was pronounced dead at the scene. Police identified "
             "him as Terrell Boyd, 29.\n\n"
             "Investigators are asking anyone who was in the area to call the Crime Stoppers tip line at "
             "865-215-7165. A reward of up to $1,000 is offered.\n\n"
             "Knoxville had 14 homicides in all of 2015.\n\n"
             "Copyright 2016 WATE. All rights reserved. This material may not be published, broadcast, rewritten or "
             "redistributed.",
        killed=1, injured=0,
        first=dict(start=date(2016, 7, 10), place="knoxville"),
        claim=dict(kind="killed", point=1, age=29),
    ),
    "lansing_bar_toll_revised_five": dict(
        published=date(2018, 10, 22), title="Police: 5 wounded in shooting outside Lansing bar",
        text="LANSING, Mich. - Five people were wounded early Sunday when a man opened fire outside a bar in "
             "Lansing's Old Town, police said. Police had first said three people were hurt.\n\n"
             "The shooting happened shortly after 2 a.m. as patrons left the bar on East Grand River Avenue. Two of "
             "the victims were in serious condition Sunday afternoon at Sparrow Hospital; the others had minor "
             "injuries.\n\n"
             "Lansing Police Chief Mike Yankowski said the gunman had been thrown out of the bar earlier in the "
             "night. A 24-year-old man was arrested later Sunday.\n\n"
             "Photos: Police investigate Old Town shooting (12 photos)\n\n"
             "Contact reporter at 517-377-1000. Follow on Twitter.",
        killed=0, injured=5,
        first=dict(start=date(2018, 10, 21), place="lansing"),
    ),
    "wichita_road_rage_arm": dict(
        published=date(2014, 5, 27), title="Driver shot in arm in apparent road rage incident",
        text="WICHITA, Kan. - A driver was shot in the arm Monday afternoon in what police are calling an apparent "
             "road rage incident on Kellogg.\n\n"
             "Police say the 45-year-old man was driving west on Kellogg near Rock Road about 3:15 p.m. when a "
             "pickup truck cut him off. The two drivers exchanged words at a stoplight, and the driver of the "
             "pickup fired one shot through the man's open window, Lt. James Espinoza said.\n\n"
             "The man drove himself to Wesley Medical Center. His injury is not life-threatening.\n\n"
             "Police are looking for a white Ford F-150 with a ladder rack.\n\n"
             "Related Video: Wichita police release 2013 crime statistics 1:45",
        killed=0, injured=1,
        first=dict(start=date(2014, 5, 26), place="wichita"),
        claim=dict(kind="injured", point=1, age=45),
    ),
    "evansville_triple_all_survive": dict(
        published=date(2017, 11, 14), title="3 hurt in Evansville triple shooting",
        text="EVANSVILLE, Ind. (WFIE) - Police are investigating a triple shooting that happened late Monday on "
             "Evansville's south side.\n\n"
             "Officers were called to Bellemeade Avenue near Garvin Street around 11 p.m. They found three men "
             "with gunshot wounds. All three victims were taken to Deaconess Hospital and are expected to survive, "
             "police said.\n\n"
             "Sgt. Jason Cullum said investigators believe the shooting happened during a dice game. The men are "
             "18, 19 and 23 years old.\n\n"
             "Copyright 2017 WFIE. All rights reserved.",
        killed=0, injured=3, teens_injured=0, children_injured=0,
        first=dict(start=date(2017, 11, 13), place="evansville"),
    ),
    "peoria_two_found_in_car": dict(
        published=date(2015, 2, 23), title="Two men found shot to death inside car in Peoria",
        text="PEORIA, Ill. - Two men were found shot to death inside a car parked on a South Side street Sunday "
             "morning, Peoria police said.\n\n"
             "A passer-by called 911 about 7:45 a.m. after seeing the men slumped in the front seats of a Chevrolet "
             "Impala in the 2400 block of West Lincoln Avenue. Both had been shot in the head, Peoria County "
             "Coroner Johnna Ingersoll said. She said the men appeared to have died several hours earlier.\n\n"
             "The men were identified as Antonio Hicks, 31, and Jermaine Carter, 27, both of Peoria.\n\n"
             "The deaths were the city's third and fourth homicides of 2015.\n\n"
             "Advertisement",
        killed=2, injured=0,
        first=dict(start=date(2015, 2, 22), place="peoria"),
    ),
    "stockton_drive_by_boy_10_foot": dict(
        published=date(2016, 9, 19), title="Child hit in foot during Stockton drive-by",
        text="STOCKTON, Calif. (KCRA) - A child was hit in the foot during a drive-by shooting Saturday night in "
             "south Stockton, police said.\n\n"
             "The 10-year-old was standing in front of a home on East Eighth Street with several relatives when a "
             "dark sedan drove by and someone inside fired about eight shots, officer Joe Silva said. The boy was "
             "treated at San Joaquin General Hospital and released.\n\n"
             "Silva said the house had been targeted before. No one else was hit.\n\n"
             "KCRA 3 reporter Mike TeSelle contributed to this report.",
        killed=0, injured=1, children_injured=1, children_killed=0,
        first=dict(start=date(2016, 9, 17), place="stockton"),
        claim=dict(kind="injured", point=1, age=10),
    ),
    "chattanooga_court_teen_killed_two_wounded": dict(
        published=date(2018, 6, 4), title="Teen killed, 2 men wounded in shooting at Chattanooga basketball court",
        text="CHATTANOOGA, Tenn. - A 17-year-old was killed and two men were wounded Sunday evening in a shooting "
             "at a basketball court in East Lake, Chattanooga police said.\n\n"
             "Police identified the teen as Jaylen Price. The wounded men, 19 and 20, were taken to Erlanger "
             "hospital with injuries that were not life-threatening.\n\n"
             "Several people were playing basketball at the court on East 35th Street when a man walked up and "
             "began firing about 7:30 p.m., witnesses told police.\n\n"
             "Price was a rising senior at Howard School, where he played on the football team. \"He was a kid "
             "who loved everybody,\" his coach said.\n\n"
             "Chattanooga has had 21 shootings since May 1, according to police data.\n\n"
             "Share | Tweet | Email",
        killed=1, injured=2, teens_killed=1, teens_injured=0, children_killed=0,
        # (East Lake, the neighbourhood the sentence names as the scene, is the more specific place: 0.20.0)
        first=dict(start=date(2018, 6, 3), place=("chattanooga", "east lake")),
    ),
    "greensboro_named_victim_later_sentence_age": dict(
        published=date(2017, 5, 8), title="Woman dies after Saturday shooting in Greensboro",
        text="GREENSBORO - A woman shot Saturday night at an apartment complex off Spring Garden Street has died, "
             "Greensboro police said Monday.\n\n"
             "Police said officers found Keisha Morrow with a gunshot wound in the parking lot of the complex about "
             "11:20 p.m. Saturday. She died Sunday at Moses Cone Hospital. Morrow was 26.\n\n"
             "Police charged a 30-year-old man with murder on Monday. He is being held without bond in the "
             "Guilford County Jail.\n\n"
             "This story will be updated.\n\n"
             "Staff writer Danielle Battaglia can be reached at 336-373-7000.",
        killed=1, injured=0,
        first=dict(start=date(2017, 5, 6), place="greensboro"),
        claim=dict(kind="killed", point=1, age=26),
    ),
    "akron_shooting_two_incidents_separately": dict(
        published=date(2015, 12, 1), title="Man killed in Akron shooting; woman hurt in separate incident",
        text="AKRON, Ohio - A man was shot and killed Monday night on Akron's west side, police said.\n\n"
             "Officers found the 33-year-old man on the porch of a home on Copley Road around 9 p.m. He was "
             "pronounced dead at Summa Akron City Hospital.\n\n"
             "Police said the man had been arguing with someone in a car before he was shot.\n\n"
             "Separately, a woman was shot in the hand early Tuesday in North Hill. Her injury is not "
             "life-threatening, police said.\n\n"
             "Both shootings remain under investigation.",
        killed=1, injured=0,
        first=dict(start=date(2015, 11, 30), place="akron"),
    ),
    "birmingham_video_list_and_story": dict(
        published=date(2016, 4, 25), title="Man critically wounded in Ensley shooting",
        text="Now Playing\n\n"
             "2:03 Two dead in Bessemer double homicide\n\n"
             "1:47 Birmingham mayor on rising violence\n\n"
             "0:58 Teen shot at Five Points South\n\n"
             "BIRMINGHAM, Ala. - A man was critically wounded in a shooting Sunday afternoon in Ensley, "
             "Birmingham police said.\n\n"
             "The man, who is in his 30s, was shot in the chest outside a store on Avenue E about 4 p.m., Sgt. "
             "Bryan Shelton said. He was taken to UAB Hospital in critical condition.\n\n"
             "Shelton said the shooter fled on foot.",
        killed=0, injured=1,
        # (Ensley, the neighbourhood the sentence names as the scene, is the more specific place: 0.20.0)
        first=dict(start=date(2016, 4, 24), place=("birmingham", "ensley")),
    ),
}

# The second batch, written after the first batch's fixes and before the pipeline was run on it (its first run is
# recorded in the module docstring).
SECOND: dict[str, dict] = {
    "louisville_victim_identified_later": dict(
        published=date(2016, 5, 17), title="Man killed in Portland neighborhood shooting identified",
        text="LOUISVILLE, Ky. (WDRB) -- A man was shot and killed late Sunday in the Portland neighborhood, Louisville "
             "Metro Police said.\n\n"
             "Officers found the man in an alley near North 26th Street and Portland Avenue just before 11 p.m. He was "
             "pronounced dead at the scene.\n\n"
             "The Jefferson County Coroner's Office on Monday identified the victim as Marcus Hill, 19, of Louisville.\n\n"
             "It was the city's 41st homicide of the year. There were 81 in all of 2015.\n\n"
             "Anyone with information is asked to call the anonymous tip line at 574-LMPD.\n\n"
             "Copyright 2016 WDRB Media. All Rights Reserved.",
        killed=1, injured=0,
        first=dict(start=date(2016, 5, 15), place=("louisville", "portland")),
        claim=dict(kind="killed", point=1, age=19),
    ),
    "spokane_two_stabbed_woman_died": dict(
        published=date(2014, 8, 12), title="Woman dies, man hurt in Spokane stabbing",
        text="SPOKANE, Wash. - Two people were stabbed Sunday night at a house in the Hillyard neighborhood, and one of "
             "them, a 37-year-old woman, died Monday at Sacred Heart Medical Center, police said.\n\n"
             "The second victim, a 41-year-old man, suffered wounds to his arms and was released from the hospital "
             "Monday.\n\n"
             "Police arrested a 29-year-old man at the scene. He is being held on suspicion of second-degree murder and "
             "first-degree assault.\n\n"
             "Neighbors said they heard screaming around 10 p.m.",
        killed=1, injured=1,
        first=dict(start=date(2014, 8, 10), place=("spokane", "hillyard")),
    ),
    "jackson_pregnant_woman_drive_by": dict(
        published=date(2018, 2, 27), title="Pregnant woman shot in Jackson drive-by; baby delivered",
        text="JACKSON, Miss. (WLBT) - A pregnant woman was shot in the abdomen during a drive-by shooting Monday night, "
             "and doctors delivered her baby by emergency C-section, Jackson police said.\n\n"
             "The 24-year-old woman was sitting on a porch on Robinson Road when a car drove by and someone fired "
             "several shots. She was taken to the University of Mississippi Medical Center in critical condition.\n\n"
             "A hospital spokeswoman said the baby was born prematurely but was not struck and is in stable condition "
             "in the neonatal unit.\n\n"
             "Police have not released a description of the car.\n\n"
             "RELATED: Jackson homicides in 2018: 11 killed so far",
        killed=0, injured=1, children_injured=0, children_killed=0,
        first=dict(start=date(2018, 2, 26), place="jackson"),
        claim=dict(kind="injured", point=1, age=24),
    ),
    "albuquerque_officer_hit_suspect_killed": dict(
        published=date(2017, 3, 21), title="APD officer wounded, suspect killed in shootout",
        text="ALBUQUERQUE, N.M. - An Albuquerque police officer was shot in the shoulder Monday afternoon and the "
             "man who shot him was killed when other officers returned fire, police said.\n\n"
             "The officer, a five-year veteran, was taken to University of New Mexico Hospital and is expected to "
             "recover, Chief Gorden Eden said at a news conference.\n\n"
             "It began when officers tried to stop a stolen pickup near Central Avenue and San Mateo Boulevard around "
             "2:30 p.m. The driver got out and fired at the officers, Eden said.\n\n"
             "The suspect was identified as Ray Baca, 33. He had an active warrant for aggravated battery.\n\n"
             "The State Police will investigate the shooting.",
        killed=1, injured=1, attackers_killed=1,
        first=dict(start=date(2017, 3, 20), place="albuquerque"),
    ),
    "fort_wayne_school_classmates": dict(
        published=date(2015, 10, 6), title="Student shoots 2 classmates at Fort Wayne high school",
        text="FORT WAYNE, Ind. - A 15-year-old student shot two classmates, ages 14 and 15, in a hallway at North Side "
             "High School on Monday morning before a teacher tackled him, police said.\n\n"
             "Both wounded students were taken to Lutheran Hospital. One was in serious condition Monday night; the "
             "other was treated and released.\n\n"
             "The school was locked down for about three hours as officers searched the building. Classes were "
             "canceled Tuesday.\n\n"
             "Superintendent Wendy Robinson said counselors would be available all week.\n\n"
             "The shooter was arrested and is being held at the Allen County Juvenile Center.",
        killed=0, injured=2, teens_injured=2, teens_killed=0, children_injured=0,
        first=dict(start=date(2015, 10, 5), place="fort wayne"),
    ),
    "san_antonio_homeowner_kills_intruder": dict(
        published=date(2016, 11, 29), title="Homeowner shoots, kills intruder on Northeast Side",
        text="SAN ANTONIO - A homeowner shot and killed one of three men who broke into his house early Monday on the "
             "Northeast Side, San Antonio police said.\n\n"
             "The homeowner, 62, told police he woke up around 3 a.m. to the sound of glass breaking and confronted "
             "the men in his kitchen. He fired several times, striking one of them in the chest. The other two ran "
             "away.\n\n"
             "The man who was shot died at the scene. His name was not released.\n\n"
             "Police said the homeowner is not expected to face charges.\n\n"
             "Stay with KSAT 12 for updates.",
        killed=1, injured=0, attackers_killed=1,
        first=dict(start=date(2016, 11, 28), place="san antonio"),
    ),
    "columbus_nightclub_revised_nine": dict(
        published=date(2018, 9, 11), title="9 hurt in shooting outside Columbus nightclub",
        text="COLUMBUS, Ohio - At least seven people were shot outside a nightclub in the Short North early Sunday, "
             "Columbus police said.\n\n"
             "UPDATE: Police later said nine people were wounded, two of them critically. The others had injuries that "
             "were not life-threatening.\n\n"
             "The shooting began shortly after 2:30 a.m. as the club was closing. Witnesses said two groups had argued "
             "inside.\n\n"
             "All nine victims were adults between 21 and 34, police said.\n\n"
             "No arrests have been made.",
        killed=0, injured=9,
        first=dict(start=date(2018, 9, 9), place=("columbus", "short north")),
    ),
    "houston_complex_earlier_shootings": dict(
        published=date(2014, 12, 16), title="Woman killed at southwest Houston apartment complex",
        text="HOUSTON - A 20-year-old woman was shot and killed Monday evening at an apartment complex in southwest "
             "Houston, police said.\n\n"
             "Officers found her in a breezeway of the complex on Fondren Road around 7 p.m. She died at the scene.\n\n"
             "Residents said it was the third shooting at the complex this year. In March, two men were wounded in the "
             "parking lot, and in August a teenager was shot in the leg near the pool.\n\n"
             "\"We're scared to let our kids go outside,\" one resident said.\n\n"
             "Police did not have a description of the shooter.",
        killed=1, injured=0,
        first=dict(start=date(2014, 12, 15), place="houston"),
        claim=dict(kind="killed", point=1, age=20),
    ),
    "rural_ditch_found_dead": dict(
        published=date(2017, 7, 25), title="Man found shot to death in ditch near Marshall",
        text="MARSHALL, Texas - A man was found dead with a gunshot wound in a ditch off Farm Road 1998 on Monday "
             "morning, the Harrison County Sheriff's Office said.\n\n"
             "A county road crew spotted the body around 8:15 a.m. Sheriff Tim Fletcher said the man had been dead "
             "for at least a day.\n\n"
             "The body was sent to Dallas for an autopsy. Investigators are treating the death as a homicide.",
        killed=1, injured=0,
        first=dict(start=date(2017, 7, 24), place="marshall"),
    ),
    "memphis_girl_3_grandmothers_purse": dict(
        published=date(2015, 4, 14), title="Girl, 3, critically wounded after finding gun in purse",
        text="MEMPHIS, Tenn. - A 3-year-old girl was critically wounded Monday afternoon after she found a loaded "
             "handgun in her grandmother's purse and it went off, Memphis police said.\n\n"
             "The girl was shot in the chest at a home in the 4200 block of Millbranch Road. She was taken to Le "
             "Bonheur Children's Hospital in critical condition.\n\n"
             "Police said no charges had been filed. The case will be reviewed by the district attorney's office.",
        killed=0, injured=1, children_injured=1, children_killed=0,
        first=dict(start=date(2015, 4, 13), place="memphis"),
        claim=dict(kind="injured", point=1, age=3),
    ),
    "milwaukee_three_wounded_boy_12": dict(
        published=date(2018, 1, 9), title="3 wounded, including boy, 12, in Milwaukee shooting",
        text="MILWAUKEE - Three people, including a 12-year-old boy, were wounded Monday night when someone fired into "
             "a car on the city's north side, Milwaukee police said.\n\n"
             "The boy and two men, 23 and 30, were taken to hospitals with injuries that were not life-threatening.\n\n"
             "Police are looking for a dark-colored SUV.",
        killed=0, injured=3, teens_injured=1, children_injured=0,
        first=dict(start=date(2018, 1, 8), place="milwaukee"),
    ),
    "kansas_city_teen_arrested_not_victim": dict(
        published=date(2016, 6, 28), title="Man killed in KCK shooting; 17-year-old arrested",
        text="KANSAS CITY, Kan. - A 22-year-old man was shot and killed Sunday night outside a convenience store in "
             "Kansas City, Kansas, police said.\n\n"
             "Officers found Deshawn Price with several gunshot wounds in the parking lot of the store on State Avenue "
             "about 9:45 p.m. He died at the University of Kansas Hospital.\n\n"
             "Police arrested a 17-year-old on Monday in connection with the shooting. His name was not released "
             "because he is a juvenile.",
        killed=1, injured=0, teens_killed=0, teens_injured=0,
        first=dict(start=date(2016, 6, 26), place="kansas city"),
        claim=dict(kind="killed", point=1, age=22),
    ),
    "sacramento_shot_saturday_died_monday": dict(
        published=date(2017, 10, 17), title="Man shot Saturday in Oak Park dies",
        text="SACRAMENTO - A man who was shot Saturday night in Oak Park died of his wounds Monday, the Sacramento "
             "County Coroner's Office said.\n\n"
             "Anthony Lee, 31, was shot several times on 4th Avenue near Broadway around 10 p.m. Saturday, police "
             "said. He had been in critical condition at UC Davis Medical Center.\n\n"
             "His death is the city's 28th homicide of the year.\n\n"
             "Detectives have not made any arrests.",
        killed=1, injured=0,
        first=dict(start=date(2017, 10, 14), place=("sacramento", "oak park")),
        claim=dict(kind="killed", point=1, age=31),
    ),
}

# The third batch, written after the second batch's fixes and before the pipeline was run on it.
THIRD: dict[str, dict] = {
    "cleveland_mother_two_children_wounded": dict(
        published=date(2016, 2, 8), title="Woman, 2 children wounded in Cleveland drive-by",
        text="CLEVELAND, Ohio -- A woman and her two children were wounded Sunday afternoon when someone in a passing "
             "car fired into their home on East 123rd Street, Cleveland police said.\n\n"
             "The woman, 29, was hit in the leg. Her son, 6, was struck in the arm, and her daughter, 9, was grazed on "
             "the back, according to a police report. All three were taken to University Hospitals Rainbow Babies & "
             "Children's Hospital and MetroHealth Medical Center and were expected to recover.\n\n"
             "Police said the shooting may have been meant for a relative who had been involved in a dispute the "
             "night before.\n\n"
             "Anyone with information can call Crime Stoppers at 216-252-7463. Callers can remain anonymous and may "
             "be eligible for a reward of up to $5,000.",
        killed=0, injured=3, children_injured=2, children_killed=0, teens_injured=0,
        first=dict(start=date(2016, 2, 7), place="cleveland"),
    ),
    "detroit_critical_then_died": dict(
        published=date(2017, 6, 19), title="Man dies after weekend shooting on Detroit's east side",
        text="DETROIT (WXYZ) - A man who was shot early Saturday on Detroit's east side has died, police said "
             "Monday.\n\n"
             "The 27-year-old had been listed in critical condition at St. John Hospital since the shooting, which "
             "happened around 1:30 a.m. on Gratiot Avenue near Seven Mile Road. A second man, 24, was shot in the hand "
             "and was treated and released.\n\n"
             "Police said the two men were standing outside a party store when a man walked up and opened fire.\n\n"
             "No arrests have been made.",
        killed=1, injured=1,
        first=dict(start=date(2017, 6, 17), place="detroit"),
    ),
    "baton_rouge_left_one_dead_two_hurt": dict(
        published=date(2015, 11, 23), title="1 dead, 2 hurt in Baton Rouge shooting",
        text="BATON ROUGE, La. - A shooting near a Baton Rouge nightclub early Sunday left one man dead and two others "
             "hurt, police said.\n\n"
             "Police identified the man who died as Terrence Jackson, 25. The two wounded men, ages 22 and 26, were "
             "taken to Our Lady of the Lake Regional Medical Center. Their injuries were not considered "
             "life-threatening.\n\n"
             "Baton Rouge police spokesman Cpl. L'Jean McKneely said detectives believe the shooting followed a fight "
             "inside the club on Plank Road.\n\n"
             "This is the 52nd homicide in East Baton Rouge Parish this year.\n\n"
             "Copyright 2015 WAFB. All rights reserved.",
        killed=1, injured=2,
        first=dict(start=date(2015, 11, 22), place="baton rouge"),
    ),
    "indianapolis_two_others_grazed": dict(
        published=date(2018, 3, 12), title="Man critically hurt, 2 grazed in northeast-side shooting",
        text="INDIANAPOLIS -- A man was critically wounded and two others were grazed by bullets in a shooting on the "
             "city's northeast side Sunday night, Indianapolis Metropolitan Police Department officers said.\n\n"
             "The shooting was reported around 9:15 p.m. in the 3800 block of North Post Road.\n\n"
             "The man who was critically wounded was taken to Eskenazi Health. The two people who were grazed declined "
             "treatment at the scene.\n\n"
             "IMPD said a person of interest was being questioned.\n\n"
             "RELATED | Indianapolis homicides: 2018 on pace to surpass last year's record",
        killed=0, injured=3,
        first=dict(start=date(2018, 3, 11), place="indianapolis"),
    ),
    "tampa_in_his_20s_no_name": dict(
        published=date(2014, 9, 29), title="Police: Man in his 20s shot dead in East Tampa",
        text="TAMPA - A man believed to be in his 20s was shot and killed Sunday morning in East Tampa, police said.\n\n"
             "Officers responding to calls about gunfire found the man lying in the street near North 22nd Street and "
             "East Lake Avenue around 4:30 a.m. He was pronounced dead at the scene.\n\n"
             "Police have not identified him. Detectives were canvassing the neighborhood Sunday.\n\n"
             "It was Tampa's 21st homicide of the year, police said. The city had 31 homicides in all of 2013.",
        killed=1, injured=0,
        first=dict(start=date(2014, 9, 28), place="tampa"),
    ),
    "oakland_two_killed_separate_sentences": dict(
        published=date(2016, 8, 22), title="2 men killed in East Oakland shooting",
        text="OAKLAND -- Two men were shot and killed Sunday evening in East Oakland, police said.\n\n"
             "The first victim, a 19-year-old, died at the scene on 82nd Avenue near International Boulevard. The "
             "second, a 23-year-old man, was taken to Highland Hospital, where he died about an hour later.\n\n"
             "Police said the men were sitting in a parked car when a gunman approached on foot.\n\n"
             "The killings brought Oakland's homicide count for the year to 54, according to police data.\n\n"
             "Anyone with information is asked to call the homicide section at 510-238-3821.",
        killed=2, injured=0,
        first=dict(start=date(2016, 8, 21), place="oakland"),
    ),
    "pittsburgh_teen_and_child_bystander": dict(
        published=date(2017, 12, 4), title="Teen killed, girl, 8, wounded by stray bullet in Homewood",
        text="PITTSBURGH - A 17-year-old boy was killed and an 8-year-old girl was wounded by a stray bullet in a "
             "shooting in Homewood on Sunday afternoon, Pittsburgh police said.\n\n"
             "The boy was shot several times on North Homewood Avenue and died at UPMC Presbyterian. The girl, who was "
             "walking with her grandmother about a block away, was hit in the shoulder. She was taken to UPMC "
             "Children's Hospital of Pittsburgh in stable condition.\n\n"
             "\"She was just walking to the store,\" her grandmother said.\n\n"
             "Police are searching for two suspects.",
        killed=1, injured=1, teens_killed=1, children_injured=1, children_killed=0, teens_injured=0,
        first=dict(start=date(2017, 12, 3), place=("pittsburgh", "homewood")),
    ),
    "nashville_victim_said_to_be_suspect": dict(
        published=date(2015, 5, 18), title="Man wounded in shootout outside Nashville market",
        text="NASHVILLE, Tenn. - Two men exchanged gunfire outside a market in North Nashville on Sunday night, and one "
             "of them was wounded, Metro police said.\n\n"
             "The wounded man, 34, was taken to Vanderbilt University Medical Center with a gunshot wound to the "
             "stomach. Police said he is expected to survive and will be charged with aggravated assault once he is "
             "released.\n\n"
             "The other man ran from the scene and has not been found.\n\n"
             "Detectives are reviewing video from the market's cameras.",
        killed=0, injured=1,
        first=dict(start=date(2015, 5, 17), place="nashville"),
    ),
    "charlotte_earlier_year_same_family": dict(
        published=date(2018, 7, 30), title="Woman shot dead in east Charlotte; her brother was killed in 2016",
        text="CHARLOTTE, N.C. -- A 41-year-old woman was shot and killed Sunday night outside her home in east "
             "Charlotte, Charlotte-Mecklenburg police said.\n\n"
             "Officers found Angela Boyd with a gunshot wound in the driveway of the home on Albemarle Road around 10 "
             "p.m. She died at the scene.\n\n"
             "Her brother, Curtis Boyd, was shot and killed in 2016 a few miles away. No one was ever charged in his "
             "death.\n\n"
             "\"Our family has buried two people to guns in two years,\" a cousin said.\n\n"
             "Police had not made an arrest as of Monday morning.",
        killed=1, injured=0,
        first=dict(start=date(2018, 7, 29), place="charlotte"),
        claim=dict(kind="killed", point=1, age=41),
    ),
    "st_louis_four_shot_one_died_later": dict(
        published=date(2016, 10, 3), title="4 shot in north St. Louis; 1 dies",
        text="ST. LOUIS -- Four people were shot Saturday night in north St. Louis, and one of them died Sunday "
             "morning, police said.\n\n"
             "The victims, three men and a woman, were standing in a yard in the 4000 block of Lee Avenue when "
             "someone fired from a passing car. A man in his 30s died at a hospital. The woman and the other two men "
             "were in stable condition.\n\n"
             "Police had no suspects.",
        killed=1, injured=3,
        first=dict(start=date(2016, 10, 1), place="st. louis"),
    ),
}

# The fourth batch, written after the third batch's fixes and before the pipeline was run on it.
FOURTH: dict[str, dict] = {
    "newark_gunned_down_corner": dict(
        published=date(2015, 3, 2), title="Man gunned down on Newark corner, 2nd killing in 24 hours",
        text="NEWARK -- A 33-year-old man was gunned down on a South Ward street corner Sunday night, hours after another "
             "man was found slain in the city's West Ward, authorities said.\n\n"
             "Rashid Gaines was found with multiple gunshot wounds at the corner of Clinton Place and Hansbury Avenue "
             "around 9:40 p.m. and was pronounced dead at University Hospital, Essex County Prosecutor's Office "
             "spokeswoman Katherine Carter said.\n\n"
             "Earlier Sunday, the body of a man in his 40s was found on South 12th Street. Carter said the two deaths "
             "did not appear to be related.\n\n"
             "Newark has recorded 15 homicides this year.",
        killed=1, injured=0,
        first=dict(start=date(2015, 3, 1), place="newark"),
        claim=dict(kind="killed", point=1, age=33),
    ),
    "jacksonville_unresponsive_gunshot": dict(
        published=date(2016, 1, 11), title="Woman found unresponsive with gunshot wounds in Arlington home",
        text="JACKSONVILLE, Fla. -- A woman was found unresponsive with gunshot wounds inside a home in Arlington on "
             "Sunday morning, the Jacksonville Sheriff's Office said.\n\n"
             "Officers went to the home on Rogero Road around 10 a.m. for a welfare check requested by a relative. "
             "The woman, who was in her 50s, was pronounced dead at the scene.\n\n"
             "A man who lived at the home was taken in for questioning. Police said there was no danger to the "
             "public.",
        killed=1, injured=0,
        first=dict(start=date(2016, 1, 10), place=("jacksonville", "arlington")),
    ),
    "birmingham_succumbed_days_later": dict(
        published=date(2017, 9, 25), title="Teen succumbs to wounds days after Ensley shooting",
        text="BIRMINGHAM, Ala. - A 16-year-old boy who was shot last week in Ensley has succumbed to his wounds, the "
             "Jefferson County Coroner's Office said Monday.\n\n"
             "Jaquez Reed was shot Wednesday afternoon near a convenience store on Avenue F. He died Sunday at "
             "Children's of Alabama, the coroner said.\n\n"
             "A 19-year-old man who was shot in the same incident was treated and released.\n\n"
             "Birmingham police have charged an 18-year-old with murder.",
        killed=1, injured=1, teens_killed=1, teens_injured=0, children_killed=0,
        first=dict(start=date(2017, 9, 20), place=("birmingham", "ensley")),
        claim=dict(kind="killed", point=1, age=16),
    ),
    "greenville_sustained_gunshot_wound": dict(
        published=date(2018, 5, 14), title="Man sustains gunshot wound in Greenville apartment shooting",
        text="GREENVILLE, S.C. (WYFF) - A man sustained a gunshot wound to the leg in a shooting at an apartment "
             "complex Saturday night, Greenville police said.\n\n"
             "Officers were called to the Woodland Apartments on Woodruff Road around 11:50 p.m. The man was taken to "
             "Greenville Memorial Hospital; his injury was not considered life-threatening.\n\n"
             "Police said a second man was pistol-whipped during the confrontation but refused medical treatment.\n\n"
             "No arrests have been made.",
        killed=0, injured=1,
        first=dict(start=date(2018, 5, 12), place="greenville"),
    ),
    "fresno_fourth_of_july_critically_injured": dict(
        published=date(2014, 7, 7), title="2 critically injured in Fourth of July party shooting",
        text="FRESNO, Calif. - Two people were critically injured when gunfire erupted at a Fourth of July party in "
             "southeast Fresno, police said.\n\n"
             "The shooting happened about 11:30 p.m. Friday on East Lane Avenue. A 20-year-old man was shot in the "
             "chest and a 17-year-old girl was shot in the abdomen, Lt. Joe Gomez said. Both were in critical "
             "condition Sunday at Community Regional Medical Center.\n\n"
             "About 100 people were at the party, Gomez said, but few were willing to talk to officers.",
        killed=0, injured=2, teens_injured=1, children_injured=0,
        first=dict(start=date(2014, 7, 4), place="fresno"),
    ),
    "richmond_shot_multiple_times_survived": dict(
        published=date(2016, 3, 28), title="Man shot multiple times in South Richmond survives",
        text="RICHMOND, Va. (WTVR) -- A man was shot multiple times early Easter Sunday in South Richmond, but he is "
             "expected to survive, police said.\n\n"
             "Officers found the victim, a man in his 30s, on Hull Street near East 25th Street shortly after 2 a.m. "
             "He was taken to VCU Medical Center with injuries police described as serious but not "
             "life-threatening.\n\n"
             "Richmond police said two other people were in the car with the victim but were not hurt.\n\n"
             "Anyone with information should call Crime Stoppers at 780-1000.",
        killed=0, injured=1,
        first=dict(start=date(2016, 3, 27), place="richmond"),
    ),
    "wilmington_slain_brothers": dict(
        published=date(2017, 4, 10), title="Brothers slain in Wilmington; police seek gunman",
        text="WILMINGTON, Del. -- Two brothers were slain Saturday night in the city's East Side, Wilmington police "
             "said.\n\n"
             "Darnell Hayes, 22, and Kevin Hayes, 19, were found shot in the 1000 block of East 10th Street around "
             "10:15 p.m. Both were pronounced dead at Christiana Hospital.\n\n"
             "Their mother said the brothers had been walking home from a friend's house.\n\n"
             "The killings were the city's eighth and ninth of 2017.",
        killed=2, injured=0,
        first=dict(start=date(2017, 4, 8), place="wilmington"),
    ),
    "gary_officer_involved_suspect_wounded": dict(
        published=date(2015, 7, 20), title="Gary police shoot, wound armed robbery suspect",
        text="GARY, Ind. -- A Gary police officer shot and wounded an armed robbery suspect Sunday afternoon after the "
             "man pointed a gun at officers, police said.\n\n"
             "The suspect, 26, was taken to Methodist Hospitals Northlake Campus in stable condition. He is expected to "
             "face charges of armed robbery and pointing a firearm.\n\n"
             "No officers were hurt. The Indiana State Police are investigating, as is routine when a Gary officer "
             "fires his weapon.",
        killed=0, injured=1,
        first=dict(start=date(2015, 7, 19), place="gary"),
    ),
    "tulsa_toddler_found_gun_killed_brother": dict(
        published=date(2018, 11, 19), title="Tulsa boy, 3, fatally shoots 5-year-old brother, police say",
        text="TULSA, Okla. -- A 5-year-old boy died Sunday after his 3-year-old brother found a handgun in their "
             "parents' bedroom and shot him, Tulsa police said.\n\n"
             "The children's mother was in the kitchen when she heard the shot, police said. The older boy was taken "
             "to Saint Francis Hospital, where he died.\n\n"
             "Police said the case will be sent to the district attorney to decide whether charges will be filed.",
        killed=1, injured=0, children_killed=1, children_injured=0,
        first=dict(start=date(2018, 11, 18), place="tulsa"),
        claim=dict(kind="killed", point=1, age=5),
    ),
    "durham_halloween_three_shot": dict(
        published=date(2014, 11, 3), title="3 shot at Halloween party in Durham",
        text="DURHAM, N.C. -- Three people were shot at a Halloween party early Saturday, Durham police said. None of "
             "the injuries were life-threatening.\n\n"
             "The shooting happened around 1 a.m. at a house on Fayetteville Street. Police said a man who had been "
             "asked to leave the party came back with a gun and fired into the crowd. The victims, two men and a "
             "woman, were 19, 21 and 24.\n\n"
             "Police charged a 20-year-old man with three counts of assault with a deadly weapon.",
        killed=0, injured=3, teens_injured=0, children_injured=0,
        first=dict(start=date(2014, 11, 1), place="durham"),
    ),
}

# The fifth batch, written after the fourth batch's fixes and before the pipeline was run on it.
FIFTH: dict[str, dict] = {
    "ap_reprint_motel_shooting": dict(
        published=date(2016, 6, 6), title="Police: 3 shot, 1 fatally, at Amarillo motel",
        text="AMARILLO, Texas (AP) — Police say one man was killed and two other people were wounded in a shooting at "
             "an Amarillo motel.\n\n"
             "Officers responded to the Budget Inn on Interstate 40 around 11 p.m. Sunday and found three people with "
             "gunshot wounds. Police say a 30-year-old man died at the scene. A man and a woman were taken to a "
             "hospital with wounds that were not life-threatening.\n\n"
             "Police haven't released the names of the victims or said what led to the shooting.\n\n"
             "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed.",
        killed=1, injured=2,
        first=dict(start=date(2016, 6, 5), place="amarillo"),
    ),
    "phoenix_breaking_short": dict(
        published=date(2017, 2, 13), title="BREAKING: Man shot, killed near 35th Avenue and Indian School",
        text="BREAKING NEWS\n\n"
             "PHOENIX - A man was shot and killed late Sunday near 35th Avenue and Indian School Road, Phoenix police "
             "said.\n\n"
             "No other information was immediately available.\n\n"
             "This is a developing story. Check back for updates.\n\n"
             "Download the 12 News app for breaking news alerts.",
        killed=1, injured=0,
        first=dict(start=date(2017, 2, 12), place="phoenix"),
    ),
    "orlando_christmas_night_family": dict(
        published=date(2015, 12, 28), title="Father, son wounded in Christmas night shooting in Pine Hills",
        text="ORLANDO, Fla. -- A father and his teenage son were wounded when someone opened fire on their home in "
             "Pine Hills on Christmas night, the Orange County Sheriff's Office said.\n\n"
             "Deputies said the man, 44, was hit in the shoulder and his 15-year-old son was hit in the leg. Both "
             "were taken to Orlando Regional Medical Center.\n\n"
             "The boy's mother and two younger sisters were inside the home but were not hurt.\n\n"
             "Deputies said they believe the home was targeted.",
        killed=0, injured=2, teens_injured=1, children_injured=0,
        first=dict(start=date(2015, 12, 25), place=("orlando", "pine hills")),
    ),
    "minneapolis_summer_weekend_one_incident": dict(
        published=date(2018, 8, 20), title="Woman killed, man hurt in north Minneapolis shooting",
        text="MINNEAPOLIS -- A woman was killed and a man was wounded in a shooting in north Minneapolis early "
             "Sunday, police said.\n\n"
             "Officers were called to the 2600 block of Penn Avenue North around 1:45 a.m. The woman, 31, died at "
             "North Memorial Medical Center. The man, 35, is expected to survive.\n\n"
             "It was the city's 23rd homicide of 2018. Police said a separate shooting Saturday evening in the "
             "Phillips neighborhood left a 19-year-old man with minor injuries.\n\n"
             "No arrests have been made in either shooting.",
        killed=1, injured=1,
        first=dict(start=date(2018, 8, 19), place="minneapolis"),
    ),
    "omaha_pellet_gun_not_gunfire": dict(
        published=date(2014, 10, 13), title="Omaha man shot in chest during robbery",
        text="OMAHA, Neb. - A 21-year-old man was shot in the chest during a robbery Sunday night near 40th and "
             "Hamilton streets, Omaha police said.\n\n"
             "The man told officers two men approached him as he got out of his car and demanded his phone. When he "
             "refused, one of them fired. He was taken to Creighton University Medical Center with injuries that "
             "were not considered life-threatening.\n\n"
             "Police are looking for two men in their late teens or early 20s.",
        killed=0, injured=1,
        first=dict(start=date(2014, 10, 12), place="omaha"),
        claim=dict(kind="injured", point=1, age=21),
    ),
    "cincinnati_labor_day_four_wounded": dict(
        published=date(2016, 9, 5), title="4 wounded in Labor Day weekend shooting in Avondale",
        text="CINCINNATI -- Four people were wounded in a shooting in Avondale late Sunday, Cincinnati police said.\n\n"
             "The victims, three men and a 16-year-old girl, were taken to University of Cincinnati Medical Center. "
             "One of the men was in critical condition Monday; the others had injuries that were not "
             "life-threatening.\n\n"
             "Police said the shooting happened around 11:20 p.m. outside a home on Reading Road where a party was "
             "winding down.\n\n"
             "Anyone with information can call Crime Stoppers at 513-352-3040.",
        killed=0, injured=4, teens_injured=1, children_injured=0,
        first=dict(start=date(2016, 9, 4), place=("cincinnati", "avondale")),
    ),
    "buffalo_man_charged_victim_recovering": dict(
        published=date(2017, 11, 27), title="Man charged after woman shot on Buffalo's East Side",
        text="BUFFALO, N.Y. -- A 27-year-old Buffalo man has been charged with attempted murder after a woman was shot "
             "on the city's East Side on Saturday night, police said.\n\n"
             "The 24-year-old victim was shot in the arm outside a home on Bailey Avenue around 9 p.m. She was taken "
             "to Erie County Medical Center and is in stable condition.\n\n"
             "Police arrested the man Sunday. He is being held at the Erie County Holding Center.",
        killed=0, injured=1,
        first=dict(start=date(2017, 11, 25), place="buffalo"),
        claim=dict(kind="injured", point=1, age=24),
    ),
    "stlouis_county_deputy_killed_suspect_wounded": dict(
        published=date(2015, 6, 22), title="Sheriff's deputy killed, suspect wounded in shootout",
        text="CLAYTON, Mo. -- A St. Louis County sheriff's deputy was shot and killed Sunday while serving a warrant, "
             "and the suspect was wounded when another deputy returned fire, officials said.\n\n"
             "Deputy Mark Reynolds, 38, a 12-year veteran, died at Mercy Hospital. The suspect, 29, was in critical "
             "condition.\n\n"
             "Reynolds was the first county deputy killed in the line of duty since 1998, the sheriff said.",
        killed=1, injured=1,
        first=dict(start=date(2015, 6, 21), place=("clayton", "st. louis")),
    ),
    "tucson_easter_two_dead_murder_suicide": dict(
        published=date(2018, 4, 2), title="Tucson police: Man killed ex-girlfriend, then himself",
        text="TUCSON, Ariz. - A man fatally shot his former girlfriend and then killed himself at her home on the "
             "city's south side on Easter Sunday, Tucson police said.\n\n"
             "Officers found the bodies of Maria Lopez, 34, and Daniel Ortiz, 37, after a relative called 911 around "
             "2 p.m.\n\n"
             "Lopez had obtained an order of protection against Ortiz in February, according to court records.",
        killed=2, injured=0, attackers_killed=1,
        first=dict(start=date(2018, 4, 1), place="tucson"),
    ),
    "indianapolis_st_patricks_stabbing_and_shooting": dict(
        published=date(2014, 3, 17), title="1 stabbed, 1 shot in downtown fight after St. Patrick's party",
        text="INDIANAPOLIS -- One man was stabbed and another was shot when a fight broke out downtown early Sunday "
             "after a St. Patrick's Day party, police said.\n\n"
             "Both men, 23 and 25, were taken to Eskenazi Health in stable condition.\n\n"
             "Police said several people were involved in the fight on South Meridian Street around 2:30 a.m. No "
             "arrests had been made.",
        killed=0, injured=2,
        first=dict(start=date(2014, 3, 16), place="indianapolis"),
    ),
}

# The sixth batch, written after the fifth batch's fixes and before the pipeline was run on it.
SIXTH: dict[str, dict] = {
    "chicago_july_fourth_block_party": dict(
        published=date(2016, 7, 5), title="5 shot, including 2 teens, at South Side block party",
        text="CHICAGO (CBS) -- Five people, including two teenagers, were shot when a gunman opened fire on a block "
             "party in the Chatham neighborhood on the Fourth of July, police said.\n\n"
             "The victims -- a 15-year-old boy, a 17-year-old girl and three men, ages 20, 24 and 31 -- were "
             "standing on the sidewalk in the 8100 block of South Evans Avenue about 8:15 p.m. Monday when a man "
             "got out of a gray sedan and started shooting, police said.\n\n"
             "The 31-year-old man was in critical condition at Advocate Christ Medical Center. The others were in "
             "good condition.\n\n"
             "No one was in custody.",
        killed=0, injured=5, teens_injured=2, children_injured=0,
        first=dict(start=date(2016, 7, 4), place=("chicago", "chatham")),
    ),
    "atlanta_mother_protecting_children": dict(
        published=date(2017, 3, 7), title="Mother killed shielding her children from gunfire, police say",
        text="ATLANTA -- A mother was shot and killed Monday night as she shielded her two young children from gunfire "
             "outside their southwest Atlanta apartment, police said.\n\n"
             "Keandra Ellis, 27, was hit several times. Her children, a 4-year-old boy and a 2-year-old girl, were "
             "not hurt, police said.\n\n"
             "Investigators believe the shots were meant for a man standing nearby, who ran off when the shooting "
             "started.\n\n"
             "\"She died protecting her babies,\" a neighbor said.",
        killed=1, injured=0, children_killed=0, children_injured=0,
        first=dict(start=date(2017, 3, 6), place="atlanta"),
        claim=dict(kind="killed", point=1, age=27),
    ),
    "memphis_victims_listed_by_name": dict(
        published=date(2015, 9, 15), title="Three killed in Frayser shooting identified",
        text="MEMPHIS, Tenn. - Police on Monday identified the three people killed in a shooting at a Frayser home "
             "on Sunday night.\n\n"
             "They are Dorothy Banks, 52; her son, Marcus Banks, 30; and a family friend, Leon Tate, 45. A fourth "
             "person, a 19-year-old woman, was wounded and is expected to survive.\n\n"
             "Police said the shooter forced his way into the home on Overton Crossing Street around 9 p.m.\n\n"
             "Memphis police have charged a 33-year-old man with three counts of first-degree murder.",
        killed=3, injured=1,
        first=dict(start=date(2015, 9, 13), place=("memphis", "frayser")),
    ),
    "denver_shot_by_stray_while_driving": dict(
        published=date(2018, 12, 11), title="Driver hit by stray bullet on I-70 in Denver",
        text="DENVER -- A woman driving on Interstate 70 was hit by a stray bullet Monday evening, Denver police "
             "said.\n\n"
             "The bullet came through the driver's side window and struck the 38-year-old woman in the shoulder as "
             "she drove east near Colorado Boulevard around 6 p.m. She pulled over and called 911.\n\n"
             "She was taken to Denver Health Medical Center with an injury that was not life-threatening.\n\n"
             "Police believe the shot was fired from a neighborhood north of the highway.",
        killed=0, injured=1,
        first=dict(start=date(2018, 12, 10), place="denver"),
        claim=dict(kind="injured", point=1, age=38),
    ),
    "kansas_city_child_and_father_killed": dict(
        published=date(2014, 6, 10), title="Father, 7-year-old son killed in Kansas City shooting",
        text="KANSAS CITY, Mo. -- A man and his 7-year-old son were shot and killed Monday afternoon in their home in "
             "east Kansas City, police said.\n\n"
             "Officers found the bodies of Anthony Reed, 35, and his son, Jaden, after neighbors reported hearing "
             "gunshots in the 3300 block of Indiana Avenue.\n\n"
             "The boy's mother, who was at work, arrived as officers were securing the scene.\n\n"
             "Police have not identified a suspect.",
        killed=2, injured=0, children_killed=1, teens_killed=0,
        first=dict(start=date(2014, 6, 9), place="kansas city"),
    ),
    "louisville_shot_at_not_hit": dict(
        published=date(2016, 4, 12), title="Man wounded, woman unhurt after shots fired into car",
        text="LOUISVILLE, Ky. (WHAS11) -- A man was wounded and a woman escaped injury when someone fired into their car "
             "Monday night in the Shawnee neighborhood, LMPD said.\n\n"
             "The man, who was driving, was hit in the side and drove to University Hospital. The woman, his "
             "passenger, was not hit.\n\n"
             "Police said at least 10 shots were fired.",
        killed=0, injured=1,
        first=dict(start=date(2016, 4, 11), place=("louisville", "shawnee")),
    ),
    "houston_bar_shooting_bouncer_killed": dict(
        published=date(2017, 8, 22), title="Bouncer killed, 2 wounded in shooting outside Houston bar",
        text="HOUSTON -- A bouncer was killed and two patrons were wounded early Sunday when a man who had been thrown "
             "out of a bar on Westheimer Road came back with a gun, Houston police said.\n\n"
             "The bouncer, 29-year-old Derrick Miles, died at the scene. The wounded patrons, a man and a woman in "
             "their 20s, were taken to Ben Taub Hospital.\n\n"
             "The shooter drove away in a white pickup truck. Police asked anyone with information to call Crime "
             "Stoppers at 713-222-TIPS.",
        killed=1, injured=2,
        first=dict(start=date(2017, 8, 20), place="houston"),
        claim=dict(kind="killed", point=1, age=29),
    ),
    "new_orleans_second_line_shooting": dict(
        published=date(2015, 1, 27), title="3 wounded in shooting near Central City second line",
        text="NEW ORLEANS -- Three men were wounded Sunday afternoon in a shooting near a second line parade in Central "
             "City, New Orleans police said.\n\n"
             "The men, ages 18, 22 and 24, were shot near the corner of Martin Luther King Jr. Boulevard and Dryades "
             "Street around 3:45 p.m. All three were taken to University Medical Center.\n\n"
             "The parade continued after a brief pause, witnesses said.\n\n"
             "It was the second shooting near a second line this month. On Jan. 11, a 20-year-old man was wounded "
             "near a parade in the 7th Ward.",
        killed=0, injured=3, teens_injured=0,
        first=dict(start=date(2015, 1, 25), place=("new orleans", "central city")),
    ),
    "tacoma_two_hurt_one_later_died": dict(
        published=date(2018, 10, 2), title="Second victim of Hilltop shooting dies",
        text="TACOMA, Wash. -- A second man shot Saturday in Tacoma's Hilltop neighborhood has died, police said "
             "Monday.\n\n"
             "Three men were shot outside a convenience store on Martin Luther King Jr. Way around 10:30 p.m. "
             "Saturday. One died at the scene and another died Monday at Tacoma General Hospital. The third man is "
             "expected to recover.\n\n"
             "Police arrested a 22-year-old Tacoma man Sunday in connection with the shooting.",
        killed=2, injured=1,
        first=dict(start=date(2018, 9, 29), place=("tacoma", "hilltop")),
    ),
    "oklahoma_city_standoff_suspect_killed": dict(
        published=date(2014, 4, 29), title="Suspect killed after standoff with OKC police",
        text="OKLAHOMA CITY -- A man who shot at officers from his house during a four-hour standoff Monday was killed "
             "when a SWAT team entered the home, Oklahoma City police said.\n\n"
             "The standoff began around 1 p.m. when officers went to the house on Southeast 44th Street to serve a "
             "warrant. The man fired several shots through the front door, police said. No officers were hit.\n\n"
             "The man was identified as Roger Dale Pruitt, 48.\n\n"
             "The Oklahoma State Bureau of Investigation will review the shooting.",
        killed=1, injured=0, attackers_killed=1,
        first=dict(start=date(2014, 4, 28), place="oklahoma city"),
    ),
}

# The seventh batch, written after the sixth batch's fixes and before the pipeline was run on it.
SEVENTH: dict[str, dict] = {
    "columbus_ga_veterans_day_double": dict(
        published=date(2016, 11, 14), title="2 dead after shooting at Columbus apartment complex",
        text="COLUMBUS, Ga. (WTVM) - Two people are dead after a shooting at an apartment complex on Victory Drive late "
             "Saturday, the Muscogee County Coroner said.\n\n"
             "Coroner Buddy Bryan identified the victims as Tyrese Walker, 20, and Jasmine Hill, 18. Walker died at "
             "the scene; Hill died early Sunday at Midtown Medical Center.\n\n"
             "Columbus police have not released information about a suspect or a motive.\n\n"
             "Copyright 2016 WTVM. All rights reserved.",
        killed=2, injured=0, teens_killed=0,
        first=dict(start=date(2016, 11, 12), place="columbus"),
    ),
    "rochester_teen_shot_walking_home": dict(
        published=date(2017, 5, 1), title="Teen shot while walking home in northeast Rochester",
        text="ROCHESTER, N.Y. -- A 14-year-old boy was shot in the leg while walking home from a friend's house Sunday "
             "evening, Rochester police said.\n\n"
             "The teen was on Clifford Avenue near Joseph Avenue around 7:30 p.m. when he heard several gunshots and "
             "felt pain in his leg, police said. He ran home, and his mother drove him to Rochester General "
             "Hospital.\n\n"
             "His injury is not considered life-threatening. Police do not believe he was the intended target.",
        killed=0, injured=1, teens_injured=1, children_injured=0,
        first=dict(start=date(2017, 4, 30), place="rochester"),
        claim=dict(kind="injured", point=1, age=14),
    ),
    "las_vegas_strip_argument": dict(
        published=date(2015, 3, 30), title="Man critically wounded near Las Vegas Strip after argument",
        text="LAS VEGAS -- A man was critically wounded early Sunday when an argument outside a convenience store just "
             "off the Strip turned into a shooting, Las Vegas police said.\n\n"
             "The 26-year-old victim was taken to University Medical Center. Police arrested a 23-year-old man who "
             "was found hiding in a nearby parking garage.\n\n"
             "Lt. Dan McGrath said the two men had argued over a parking space.",
        killed=0, injured=1,
        first=dict(start=date(2015, 3, 29), place="las vegas"),
        claim=dict(kind="injured", point=1, age=26),
    ),
    "milwaukee_house_fire_and_shooting": dict(
        published=date(2018, 1, 29), title="Woman found shot inside burning Milwaukee home",
        text="MILWAUKEE -- Firefighters who responded to a house fire on the city's north side Sunday morning found a "
             "woman inside who had been shot, police said.\n\n"
             "The woman, 44, was pronounced dead at the scene. Fire officials said the blaze appeared to have been set "
             "deliberately.\n\n"
             "No one else was in the house. Police are treating the death as a homicide.",
        killed=1, injured=0,
        first=dict(start=date(2018, 1, 28), place="milwaukee"),
        claim=dict(kind="killed", point=1, age=44),
    ),
    "shreveport_two_teens_and_man": dict(
        published=date(2014, 8, 25), title="3 wounded in Shreveport drive-by",
        text="SHREVEPORT, La. -- Two teenagers and a man were wounded Sunday night in a drive-by shooting in the Mooretown "
             "neighborhood, police said.\n\n"
             "The victims, ages 15, 17 and 34, were standing in a front yard on Hollywood Avenue when someone in a "
             "passing car opened fire. All three were taken to University Health. The 15-year-old was listed in "
             "critical condition.\n\n"
             "KSLA News 12 will update this story.",
        killed=0, injured=3, teens_injured=2, children_injured=0,
        first=dict(start=date(2014, 8, 24), place=("shreveport", "mooretown")),
    ),
    "charleston_church_parking_lot": dict(
        published=date(2016, 12, 12), title="Man shot in church parking lot after Sunday service",
        text="NORTH CHARLESTON, S.C. -- A man was shot in a church parking lot shortly after a Sunday morning service, "
             "North Charleston police said.\n\n"
             "The 52-year-old man was walking to his car at Greater Hope Baptist Church on Rivers Avenue when another "
             "man approached him and fired several times. He was hit twice in the abdomen and was taken to Medical "
             "University Hospital, where he underwent surgery.\n\n"
             "Police said the two men knew each other.",
        killed=0, injured=1,
        first=dict(start=date(2016, 12, 11), place="north charleston"),
    ),
    "jacksonville_hurricane_curfew_shooting": dict(
        published=date(2017, 9, 11), title="Man killed during Hurricane Irma curfew in Jacksonville",
        text="JACKSONVILLE, Fla. -- A man was shot and killed Sunday night in Jacksonville's Northside during the "
             "citywide curfew imposed for Hurricane Irma, the sheriff's office said.\n\n"
             "Officers on storm patrol found the man, who was in his 40s, lying in a parking lot on Moncrief Road "
             "around 9 p.m. He was pronounced dead at the scene.\n\n"
             "Sheriff Mike Williams said at a storm briefing Monday that the killing was not related to the "
             "hurricane.",
        killed=1, injured=0,
        first=dict(start=date(2017, 9, 10), place="jacksonville"),
    ),
    "pittsburgh_homecoming_party": dict(
        published=date(2015, 10, 19), title="2 teens wounded at homecoming after-party in Penn Hills",
        text="PENN HILLS, Pa. -- Two teenagers were shot at a homecoming after-party early Sunday, Penn Hills police "
             "said.\n\n"
             "A 16-year-old boy was shot in the arm and a 17-year-old boy was shot in the hip at a house on Frankstown "
             "Road around 12:45 a.m., police said. Both were taken to UPMC Presbyterian and are expected to "
             "recover.\n\n"
             "Police said about 80 teenagers were at the party when an uninvited guest began shooting.",
        killed=0, injured=2, teens_injured=2, children_injured=0,
        first=dict(start=date(2015, 10, 18), place="penn hills"),
    ),
    "baltimore_three_killed_rowhouse": dict(
        published=date(2018, 6, 25), title="3 killed in West Baltimore rowhouse shooting",
        text="BALTIMORE -- Three men were killed inside a West Baltimore rowhouse Sunday afternoon, police said.\n\n"
             "Officers found the men, ages 24, 27 and 31, with gunshot wounds in the 1800 block of West Lafayette "
             "Avenue around 2:20 p.m. Two died at the scene and the third died at Shock Trauma.\n\n"
             "The killings pushed the city's homicide count to 137 this year, according to police data.\n\n"
             "Police Commissioner Gary Tuggle said detectives believe the men were targeted.",
        killed=3, injured=0,
        first=dict(start=date(2018, 6, 24), place="baltimore"),
    ),
    "st_paul_ice_fishing_dispute": dict(
        published=date(2014, 1, 20), title="Man shot in dispute at St. Paul bar",
        text="ST. PAUL, Minn. -- A man was shot in the chest during a dispute at a bar on St. Paul's East Side late "
             "Saturday, police said.\n\n"
             "The 37-year-old victim was taken to Regions Hospital in serious condition. The shooter, a 41-year-old "
             "man, stayed at the scene and was arrested.\n\n"
             "Witnesses told police the two men had been arguing about a football game.",
        killed=0, injured=1,
        # GeoNames spells the city "Saint Paul": "saint paul" added after the first run
        first=dict(start=date(2014, 1, 18), place=("st. paul", "saint paul")),
        claim=dict(kind="injured", point=1, age=37),
    ),
}

# The eighth batch, written after the seventh batch's fixes and before the pipeline was run on it.
EIGHTH: dict[str, dict] = {
    "kalamazoo_uber_driver_rampage_style": dict(
        published=date(2016, 2, 22), title="Police: Gunman killed 6 in random shootings across Kalamazoo County",
        text="KALAMAZOO, Mich. (AP) -- A gunman killed six people and critically wounded two others in a series of "
             "random shootings across Kalamazoo County on Saturday night, police said.\n\n"
             "The shootings happened at three locations over about five hours: an apartment complex, a car dealership "
             "and a restaurant parking lot. Among the dead were a father and his 17-year-old son. A 14-year-old girl "
             "was among the wounded.\n\n"
             "A 45-year-old man was arrested early Sunday and is expected to be charged with murder.",
        killed=6, injured=2, teens_killed=1, teens_injured=1, children_killed=0,
        first=dict(start=date(2016, 2, 20), place="kalamazoo"),
    ),
    "raleigh_cookout_four_shot_one_dies": dict(
        published=date(2017, 7, 10), title="1 dead, 3 hurt after shots fired at Raleigh cookout",
        text="RALEIGH, N.C. (WRAL) -- One person died and three others were hurt when gunfire broke out at a cookout in "
             "southeast Raleigh on Sunday evening, police said.\n\n"
             "Officers found four people with gunshot wounds at a home on Poole Road around 7 p.m. A 25-year-old man "
             "died at WakeMed. The other three, including a 12-year-old boy, are expected to survive.\n\n"
             "Police said several people fired weapons.",
        killed=1, injured=3, teens_injured=1, children_injured=0,
        first=dict(start=date(2017, 7, 9), place="raleigh"),
    ),
    "tulsa_gas_station_clerk_survives": dict(
        published=date(2015, 8, 3), title="Clerk shot during Tulsa robbery expected to survive",
        text="TULSA, Okla. -- A convenience store clerk is expected to survive after being shot during a robbery early "
             "Sunday, Tulsa police said.\n\n"
             "Two men walked into the QuikTrip on East 21st Street around 3 a.m., one of them holding a handgun. The "
             "clerk, 22, handed over cash, but one of the robbers fired anyway, hitting him in the hip.\n\n"
             "The robbers fled in a silver car. A customer who was in the store was not hurt.",
        killed=0, injured=1,
        first=dict(start=date(2015, 8, 2), place="tulsa"),
        claim=dict(kind="injured", point=1, age=22),
    ),
    "cleveland_grandmother_killed_in_crossfire": dict(
        published=date(2018, 3, 26), title="Grandmother killed by stray bullet while sitting on porch",
        text="CLEVELAND -- A 67-year-old grandmother was killed by a stray bullet while sitting on her porch Sunday "
             "afternoon in the Glenville neighborhood, Cleveland police said.\n\n"
             "Two men were shooting at each other across the street when one of the bullets hit Mary Johnson in the "
             "chest, police said. She died at University Hospitals.\n\n"
             "\"She was just enjoying the first warm day,\" her granddaughter said.",
        killed=1, injured=0,
        first=dict(start=date(2018, 3, 25), place=("cleveland", "glenville")),
        claim=dict(kind="killed", point=1, age=67),
    ),
    "detroit_thanksgiving_weekend_double": dict(
        published=date(2014, 12, 1), title="2 killed in Detroit home over holiday weekend",
        text="DETROIT -- Two men were found shot to death in a home on the city's west side Saturday, police said.\n\n"
             "A relative found the men, who were 28 and 33, in the living room of the house on Grand River Avenue "
             "about noon. Police believe they had been dead for several hours.\n\n"
             "Police did not release a motive.",
        killed=2, injured=0,
        first=dict(start=date(2014, 11, 29), place="detroit"),
    ),
    "savannah_memorial_day_party": dict(
        published=date(2016, 5, 31), title="5 shot at Memorial Day party in Savannah",
        text="SAVANNAH, Ga. -- Five people were shot, one fatally, at a Memorial Day party in west Savannah on Monday "
             "night, police said.\n\n"
             "A 19-year-old man died at Memorial University Medical Center. The four wounded, including a 16-year-old "
             "girl, had injuries that were not life-threatening.\n\n"
             "Police said an argument at the party led to the shooting.",
        killed=1, injured=4, teens_injured=1, teens_killed=0,
        first=dict(start=date(2016, 5, 30), place="savannah"),
    ),
    "milwaukee_mlk_day_shooting": dict(
        published=date(2017, 1, 16), title="Man, woman wounded in north side shooting",
        text="MILWAUKEE -- A man and a woman were wounded in a shooting on the city's north side Sunday night, "
             "Milwaukee police said.\n\n"
             "The man, 31, was shot in the arm and the woman, 27, was shot in the leg near North 35th Street and West "
             "Capitol Drive about 10:30 p.m. Both were taken to a hospital and are expected to recover.\n\n"
             "Police are seeking unknown suspects.",
        killed=0, injured=2,
        first=dict(start=date(2017, 1, 15), place="milwaukee"),
    ),
    "fresno_officer_kills_knife_man": dict(
        published=date(2015, 11, 9), title="Fresno officer fatally shoots man who charged with knife",
        text="FRESNO, Calif. -- A Fresno police officer shot and killed a man who charged at officers with a knife "
             "Sunday afternoon, police said.\n\n"
             "Officers were called to an apartment on East Shields Avenue for a report of a man threatening his "
             "family. When officers arrived, the man, 36, came at them with a kitchen knife, Chief Jerry Dyer said. "
             "One officer fired twice.\n\n"
             "The man died at Community Regional Medical Center. No one else was hurt.",
        killed=1, injured=0,
        first=dict(start=date(2015, 11, 8), place="fresno"),
    ),
    "birmingham_al_three_children_hurt": dict(
        published=date(2018, 9, 24), title="3 children hurt when gunfire hits Birmingham home",
        text="BIRMINGHAM, Ala. -- Three children were hurt Sunday night when someone fired into a home in the Ensley "
             "community, Birmingham police said.\n\n"
             "A 6-year-old boy was shot in the leg, and his sisters, ages 8 and 10, were cut by flying glass, Sgt. "
             "Johnny Williams said. All three were taken to Children's of Alabama.\n\n"
             "Police said the home had been shot at before.",
        killed=0, injured=3, children_injured=3, children_killed=0,
        first=dict(start=date(2018, 9, 23), place=("birmingham", "ensley")),
    ),
    "sacramento_two_wounded_river_park": dict(
        published=date(2014, 7, 21), title="2 wounded in shooting at Sacramento park",
        text="SACRAMENTO -- Two people were wounded Sunday afternoon when a man opened fire during a fight at Miller "
             "Park, Sacramento police said.\n\n"
             "A 20-year-old man was shot in the stomach and a 24-year-old man was shot in the foot. The 20-year-old "
             "was in serious condition.\n\n"
             "The shooter ran from the park. Police were looking for a man in his late teens.",
        killed=0, injured=2,
        first=dict(start=date(2014, 7, 20), place="sacramento"),
    ),
}

CASES: dict[str, dict] = {**FIRST, **SECOND, **THIRD, **FOURTH, **FIFTH, **SIXTH, **SEVENTH,
                           **EIGHTH}

# (field, case) -> the class of failure the extractor still shows
_AGE_OF_THE_VICTIM_LATER = ("a single victim's age told later by his name and 'was N' ('Morrow was 26.') is not given "
                            "to the victim (a definite noun with its age is, since 0.19.0, when a wound follows)")
_SPREE_AS_ROUND_UP = ("one gunman's spree at three places, told as 'a series of random shootings across Kalamazoo "
                      "County', is read as a round-up of separate shootings (a summary, docs/conventions.md): the "
                      "Gun Violence Archive files each place as an incident, a reader of this page counts the spree")
XFAIL: dict[tuple[str, str], str] = {
    ("killed", "kalamazoo_uber_driver_rampage_style"): _SPREE_AS_ROUND_UP,
    ("injured", "kalamazoo_uber_driver_rampage_style"): _SPREE_AS_ROUND_UP,
    ("minors", "kalamazoo_uber_driver_rampage_style"): _SPREE_AS_ROUND_UP,
    ("minors", "raleigh_cookout_four_shot_one_dies"): "a minor in an 'including' clause of a group with no casualty "
                                                      "verb of its own ('The other three, including a 12-year-old "
                                                      "boy, are expected to survive') is not read",
    ("age", "greensboro_named_victim_later_sentence_age"): _AGE_OF_THE_VICTIM_LATER,
}


SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_of_web_pages():
    assert len(FIRST) >= 18 and len(SECOND) >= 12 and len(THIRD) >= 10 and len(FOURTH) >= 10 and len(FIFTH) >= 10
    assert len(SIXTH) >= 10 and len(SEVENTH) >= 10 and len(EIGHTH) >= 10
    assert all(spec["published"].year in range(2014, 2019) for spec in CASES.values())


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
(test_claim_age,) = SET.claim_tests("age")


# --- the limits of the fixes this set led to (invented sentences)
def _read(text, published=date(2018, 4, 17)):
    from pipeline.extract.extractor import extract_claims

    return [(c.casualty_type, c.count_point, c.victim_group, c.location) for c in extract_claims(text, published)]


@pytest.mark.parametrize("text, place", [
    ("Five people were wounded early Sunday outside a bar in Lansing's Old Town, police said.", "Lansing"),
    # a part the gazetteer places inside its town, or a district of a province, stays the more specific
    ("Two men were shot Sunday in Chicago's Englewood neighborhood.", "Englewood"),
    ("A suicide bomber killed 12 people on Sunday in Helmand's Nad Ali district.", "Nad Ali"),
])
def test_a_part_of_a_town_named_in_its_possessive_is_in_that_town(text, place):
    assert {claim[3] for claim in _read(text)} == {place}


@pytest.mark.parametrize("text", [
    "The driver of the pickup fired one shot through the man's open window.",
    "Witnesses heard one shot.", "Police said one shot was fired.", "One shot hit the window.",
])
def test_a_shot_fired_is_no_person_shot(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, claims", [
    ("One was shot in the leg.", [("injured", 1)]),
    ("Police fired one shot, killing the man.", [("killed", 1)]),
])
def test_people_shot_stay_people(text, claims):
    assert [claim[:2] for claim in _read(text)] == claims


@pytest.mark.parametrize("text, group", [
    ("Police shot and killed an armed man who had wounded a gas station clerk on Monday.", "attackers"),
    ("Officers shot and killed a man who shot his wife on Sunday.", "attackers"),
    ("Police killed a man who opened fire at a bar on Sunday.", "attackers"),
    # a suicide, and a man who was shot, are no attackers by the clause
    ("A man who killed himself on Sunday was identified.", "people"),
    ("A man who was shot Sunday died.", "people"),
])
def test_a_person_named_by_an_attack_in_a_relative_clause_is_an_attacker(text, group):
    assert [claim[2] for claim in _read(text) if claim[0] == "killed"] == [group]


@pytest.mark.parametrize("text, dead", [
    ("A second man shot Friday on the city's west side has died, the coroner said.", 2),
    ("A third victim wounded in Saturday's attack has died.", 3),
    # the ordinal numbers the people shot, not the dead, after "who was shot" (an officer wounded told before)
    ("A second officer who was shot has died.", 1),
])
def test_an_ordinal_death_with_its_wound_in_a_reduced_relative_is_the_running_toll(text, dead):
    assert [claim[1] for claim in _read(text) if claim[0] == "killed"] == [dead]


def _totals(text, published=date(2015, 6, 13)):
    from conftest import build_in_memory_warehouse

    connection = build_in_memory_warehouse({"a": {"title": "Shooting", "published": published, "text": text}})
    return connection.execute("select killed, injured from article_tolls").fetchone()


_TWO_SHOT = ("Two men were shot Friday afternoon outside a barbershop, police said. One of the men was pronounced dead "
             "at the scene. {other} was taken to Miami Valley Hospital in critical condition.")


@pytest.mark.parametrize("other, update, totals", [
    # the update's toll uses up the people shot: the one taken to hospital is the second death
    ("The other", "UPDATE: A second man shot Friday has died, the coroner said Saturday.\n\n", (2, 0)),
    ("The other", "", (1, 1)),
    # someone new taken to hospital is not among the people shot
    ("A woman who was walking by", "UPDATE: A second man shot Friday has died, the coroner said Saturday.\n\n", (2, 1)),
])
def test_people_shot_used_up_by_a_running_toll_leave_nobody_hurt(other, update, totals):
    assert _totals(update + _TWO_SHOT.format(other=other)) == totals


@pytest.mark.parametrize("text, age", [
    ("One of the victims, a 22-year-old man, died at the hospital.", 22),
    ("One victim, a 40-year-old male, died at the scene.", 40),
    ("One of the men, a father of three, died.", None),
])
def test_one_persons_age_in_apposition(text, age):
    from pipeline.extract.extractor import extract_claims

    assert [c.victim_age for c in extract_claims(text, date(2016, 12, 26))] == [age]


@pytest.mark.parametrize("lead, teens_injured", [
    # the dead told twice, once with an adult's age: the teen among the people shot lived
    ("One person is dead and three others are recovering after a shooting at a party, police say.", 1),
    ("", 1),
])
def test_a_teen_among_people_shot_lives_when_the_dead_is_a_known_adult(lead, teens_injured):
    from conftest import build_in_memory_warehouse

    text = (lead + " Four people were shot, including a 16-year-old boy, shortly before midnight Sunday. One of the "
            "victims, a 22-year-old man, died at University Health.").strip()
    connection = build_in_memory_warehouse({"a": {"title": "Party shooting", "published": date(2016, 12, 26),
                                                  "text": text}})
    assert connection.execute("select killed, injured, teens_injured from article_tolls").fetchone() == (
        1, 3, teens_injured)


@pytest.mark.parametrize("text, dead", [
    # the killer's own death after his victims' is one more death, an attacker
    ("A man killed four people before killing himself.", [(4, "people"), (1, "attackers")]),
    ("A man killed his wife before turning the gun on himself.", [(1, "women"), (1, "attackers")]),
    ("A gunman killed four people and then himself.", [(4, "people"), (1, "attackers")]),
    # a death of one's own alone is no attacker's
    ("He killed himself.", [(1, "people")]),
])
def test_the_killers_own_death_after_his_victims_is_an_attacker(text, dead):
    from pipeline.extract.extractor import extract_claims

    assert [(c.count_point, c.victim_group) for c in extract_claims(text, date(2017, 8, 5))
            if c.casualty_type == "killed"] == dead


def test_a_headline_figure_does_not_drop_the_bodys_lead():
    from conftest import build_in_memory_warehouse

    text = ("A man is expected to survive after he was shot in the leg Tuesday night near a store, police said. The "
            "34-year-old victim told police he was walking to his car.")
    connection = build_in_memory_warehouse({"a": {"title": "Man shot in leg near store", "published": date(2016, 3, 9),
                                                  "text": text}})
    rows = connection.execute("select evidence_field, count_point, victim_age from claims where casualty_type = "
                              "'injured' order by evidence_field").fetchall()
    assert rows == [("text", 1, 34), ("title", 1, 34)]


@pytest.mark.parametrize("text, hurt", [
    # an apposition and a second predicate are the same person
    ("The officer, a five-year veteran, was taken to a hospital and is expected to recover, the chief said.", 1),
    ("A man was taken to a hospital and a woman is expected to recover.", 2),
])
def test_a_second_predicate_is_no_second_person(text, hurt):
    assert sum(claim[1] for claim in _read(text) if claim[0] == "injured") == hurt


@pytest.mark.parametrize("text, claims", [
    ("An officer was shot Monday and the man who shot him was killed.", [("injured", "police"), ("killed", "attackers")]),
    ("An officer was shot Monday and the suspect was killed by other officers.",
     [("injured", "police"), ("killed", "attackers")]),
    # one person shot and killed, or shot then named again
    ("A man was shot and killed Monday.", [("killed", "people")]),
    ("A man was shot Monday and he was killed.", [("killed", "people")]),
])
def test_a_person_shot_before_the_attacker_killed_is_hurt(text, claims):
    assert [(claim[0], claim[2]) for claim in _read(text)] == claims


@pytest.mark.parametrize("text, age", [
    ("A man who was shot Saturday night died Monday, the coroner said. Anthony Lee, 31, was shot several times on 4th "
     "Avenue, police said.", 31),
    # someone hurt is left: the one shot may be another than the dead
    ("A man who was shot Saturday night died Monday. Anthony Lee, 31, was shot several times. A woman was wounded.",
     None),
])
def test_the_dead_takes_the_age_of_the_one_shot_told_elsewhere(text, age):
    from pipeline.extract.extractor import extract_claims

    assert [c.victim_age for c in extract_claims(text, date(2017, 10, 17)) if c.casualty_type == "killed"] == [age]


@pytest.mark.parametrize("text, age", [
    ("A 15-year-old student shot two classmates, ages 14 and 15, on Monday.", 15),
    ("Two people, ages 15 and 16, were shot Sunday.", 16),
    ("Two men, ages 25 and 30, were shot Sunday.", None),
])
def test_a_groups_listed_ages(text, age):
    from pipeline.extract.extractor import extract_claims

    assert [c.victim_age for c in extract_claims(text, date(2015, 10, 6)) if c.parent_key is None] == [age]


@pytest.mark.parametrize("text, place", [
    ("FORT WAYNE, Ind. - A student shot two classmates at North Side High School on Monday, police said.", "Fort Wayne"),
    ("Two men were shot in Englewood on Sunday, Chicago police said.", "Englewood"),
])
def test_a_place_that_begins_a_schools_name_is_no_scene(text, place):
    assert {claim[3] for claim in _read(text)} == {place}


@pytest.mark.parametrize("text, group", [
    ("A homeowner shot and killed one of three men who broke into his house early Monday.", "attackers"),
    ("A clerk shot and killed a man who tried to rob the store on Monday.", "attackers"),
    ("One of the men killed on Monday was a father of three.", "people"),
])
def test_a_break_in_makes_an_attacker(text, group):
    assert [claim[2] for claim in _read(text) if claim[0] == "killed"] == [group]


@pytest.mark.parametrize("text, hurt", [
    ("Two men exchanged gunfire outside a market on Sunday night, and one of them was wounded.", 1),
    ("Two men argued, and one of them was wounded.", 1),
    # coordinated figures still share their verb
    ("Three soldiers and two civilians were wounded.", 5),
])
def test_one_of_them_is_a_part_of_the_figure_not_more(text, hurt):
    from conftest import build_in_memory_warehouse

    connection = build_in_memory_warehouse({"a": {"title": "Shooting", "published": date(2015, 5, 18), "text": text}})
    assert connection.execute("select injured from article_tolls").fetchone() == (hurt,)


@pytest.mark.parametrize("title, killed", [
    ("Woman shot dead in east Charlotte; her brother was killed in 2016", 1),
    # a headline whose clause names no year stays the article's
    ("Woman shot dead in east Charlotte; her brother was killed", 2),
])
def test_a_headlines_clause_of_an_earlier_year_restates_the_bodys_background(title, killed):
    from conftest import build_in_memory_warehouse

    text = ("A 41-year-old woman was shot and killed Sunday night outside her home in east Charlotte, police said. Her "
            "brother, Curtis Boyd, was shot and killed in 2016 a few miles away.")
    connection = build_in_memory_warehouse({"a": {"title": title, "published": date(2018, 7, 30), "text": text}})
    assert connection.execute("select killed from article_tolls").fetchone() == (killed,)


@pytest.mark.parametrize("text, killed", [
    ("A 33-year-old man was gunned down on a street corner Sunday night, hours after another man was found slain in the "
     "city's West Ward, authorities said.", 1),
    ("Two men were shot dead Sunday. Police said the two deaths did not appear to be related.", 2),
    # "hours after" something other than another victim is no background
    ("Two men were shot dead Sunday night, hours after a rally in the park.", 2),
])
def test_another_victim_told_before_or_unrelated_is_background(text, killed):
    from conftest import build_in_memory_warehouse

    connection = build_in_memory_warehouse({"a": {"title": "Shooting", "published": date(2015, 3, 2), "text": text}})
    assert connection.execute("select killed from article_tolls").fetchone() == (killed,)


def test_an_age_none_of_the_dead_has_is_hurt_after_a_later_death():
    from conftest import build_in_memory_warehouse

    text = ("A 16-year-old boy who was shot last week has succumbed to his wounds, the coroner said. A 19-year-old man "
            "who was shot in the same incident was treated and released.")
    connection = build_in_memory_warehouse({"a": {"title": "Teen dies", "published": date(2017, 9, 25), "text": text}})
    assert connection.execute("select killed, injured from article_tolls").fetchone() == (1, 1)


@pytest.mark.parametrize("text, places", [
    ("INDIANAPOLIS -- A man was shot after a St. Patrick's Day party early Sunday, police said.", ["Indianapolis"]),
    ("BUFFALO, N.Y. -- A woman was shot on the city's East Side on Saturday night, police said.", ["Buffalo"]),
    # a listed neighbourhood of the town, and a saint's town, stay places
    ("A girl was shot Sunday in the city's Wells-Goodfellow neighborhood, St. Louis police said.",
     ["Wells-Goodfellow", "St. Louis"]),
    ("A man was shot in St. Louis on Sunday.", ["St. Louis"]),
])
def test_a_feast_or_a_part_of_the_town_is_no_far_place(text, places):
    from pipeline.extract.places import find_places

    assert [p.name for p in find_places(text)] == places


def test_a_date_whose_sentence_tells_another_count_is_no_weekdays_anchor():
    from pipeline.extract.extractor import extract_claims

    text = ("Three men were wounded Sunday afternoon in a shooting near a parade, police said. It was the second "
            "shooting near a parade this month. On Jan. 11, a 20-year-old man was wounded near a parade.")
    claims = extract_claims(text, date(2015, 1, 27))
    assert [c.period_start for c in claims if c.count_point == 3] == [date(2015, 1, 25)]


@pytest.mark.parametrize("text, age", [
    ("The bouncer, 29-year-old Derrick Miles, died at the scene.", 29),
    ("The victim, 45-year-old Jo Lam, was shot in the leg.", 45),
    ("The bouncer died at the scene.", None),
])
def test_an_age_in_the_apposition_before_the_verb(text, age):
    from pipeline.extract.extractor import extract_claims

    assert [c.victim_age for c in extract_claims(text, date(2017, 8, 22))] == [age]


@pytest.mark.parametrize("text, ages", [
    ("A man was shot in the chest at a bar late Saturday. The 37-year-old victim was taken to a hospital. The shooter, a "
     "41-year-old man, stayed at the scene and was arrested.", {37}),
    ("Police said the accused shooter, 30-year-old Al Poe, fled. A man was shot in the leg.", {None}),
])
def test_a_shooters_age_in_apposition_is_no_victims(text, ages):
    from pipeline.extract.extractor import extract_claims

    assert {c.victim_age for c in extract_claims(text, date(2014, 1, 20), title="Man shot in dispute at bar")} == ages


@pytest.mark.parametrize("title, hurt", [
    ("3 children hurt when gunfire hits Birmingham home", 3),
    ("Gunfire hits Birmingham home", 0),
    ("Stray bullet hits Jo Roe in the leg", 1),
])
def test_a_place_before_a_building_is_no_person_hit(title, hurt):
    from pipeline.extract.extractor import extract_claims

    assert sum(c.count_point for c in extract_claims("", date(2018, 9, 24), title=title)
               if c.casualty_type == "injured" and c.parent_key is None) == hurt
