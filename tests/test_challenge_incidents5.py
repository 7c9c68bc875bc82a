"""Fifth challenge set: reconciliation across articles. Invented US incidents of 2014-2023, each reported by one to
six invented articles (local TV station sites, city papers, a victim's hometown paper and AP regional copies),
written before the pipeline was run on them. The gold is what a careful coder records for the incident from all its
reports under docs/conventions.md (the Gun Violence Archive's way: a shooter who died is among the killed, whoever
shot him; children 0-11, teens 12-17; the day the incident happened, not the day a victim died; the latest credible
toll), and which articles report it. It uses the first set's harness (tests/challenge_harness.py, IncidentSet).

What the set covers, where the first four sets are thin: a mass shooting told by six reports over three days, the
toll growing from "at least three" dead and "several" hurt to four dead and six hurt and then five dead when a wounded
man dies, the victims named on the second day, one AP story reprinted by two papers with small edits (Beaumont); a
killing told by the scene city's station and by the victim's hometown paper two states away ("A Gadsden man was shot
and killed early Sunday in Nashville"); suburbs told with their big city ("in south suburban Harvey", "in Harvey, a
south suburb of Chicago"; "suburban Bloomington", where only the county, the mall and a St. Paul home say which
Bloomington); one weekend in Kansas City, Mo., Kansas City, Kan., and Independence, Mo., with a round-up naming all
three (ROUNDUPS, left out of the checks as in the first set); one apartment complex in Little Rock with a killing and,
three weeks later, two women wounded, the later report recalling the killing by its date; a deputy wounded and the
man who shot him killed, the state investigators' (SLED) release two days on and the solicitor's decision five months
later naming the date; two men "both expected to survive", one of whom dies three weeks later ("ruled a homicide");
follow-ups that name the incident only by a holiday ("the Fourth of July shooting", "on Christmas Eve") or by "last
week" and a weekday in a Monday report; a boy of 9 hit at a school bus stop on Mobile Highway; a toddler who found a
gun in a motel nightstand and shot his mother; a first report with the wrong street and neighbourhood (Kensington)
corrected the next day (Fairhill); a hunting accident told only by one AP story and its reprint; a murder-suicide
whose killer died the day after his victim, at the end of an overnight standoff; a drive-by at a funeral repast
revised down ("three men, not four"), whose report recalls the earlier killing the repast followed; a youth football
coach killed and a player of 11 grazed at practice; a homeowner who shot an intruder of 19 dead, the intruder's
accomplice of 17 charged; a carjacker shot by his victim whom the night's report does not know is hurt; a boy of 17
shot after a high school game and a boy of 16 arrested; a driver dead in a crash that an autopsy shows was a shooting.
People at the scene who were not hurt (children at a bus stop, a park, a practice and in a motel room; a birthday
woman; a neighbor) and suspects' ages (16, 17, 19, 20, 22, 27, 36, 38) are no victims.

Every sentence is invented; none is taken from the development data or from another challenge set.

First run, before any fix (helper, frozen worktree of 4d1a933, extractor 0.23.0), tests passing per field: together
24/24, apart 19/24, killed 20/24, injured 19/24, children killed 23/24, children injured 24/24, teens killed 22/24,
teens injured 21/24, date 21/24, independent sources 6/6, grade 6/6; B-cubed precision 0.905, recall 1.000, F1 0.950.
No gold was corrected after the run. Failures are marked strict xfail with their class (XFAIL). Some merged incidents'
figures pass only because they happen to equal one member's: Independence's killed (1) and the Little Rock killing's
killed (1) and the wounded women's injured (2).

After the 0.23.0 fixes (docs/conventions.md, "Incidents" and "Children"): a wounded victim's death told by the latest
report alone revises the deaths and the wounded (Lansing killed and injured, Beaumont injured); "The coach died" takes
no child's age (Fort Myers children killed); a possessor is no victim ("killed the teen's 19-year-old accomplice",
Augusta teens killed); a breakdown after a colon is a subset ("Three others were wounded: two boys, ages 15 and 16,
and a 19-year-old man", Harvey teens injured): killed 21/24, injured 21/24, children killed 24/24, teens killed 23/24,
teens injured 22/24; a death told by "He" that took the age of the minor told only as hurt gives it back
(Philadelphia teens killed): teens killed 24/24. The rest stay strict xfails with their class.
Since 0.24.0 a report that gives each of its figures an age wins a tie on teens: the merged Kansas City incident's
teens hurt go the other way (Westport's and Independence's pass, the park's fails, its strict xfail moved): teens
injured 23/24.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a mass shooting told by six reports over three days: 'at least three' dead, then four, then five when a
    # wounded man dies; the victims named on the second day; one AP story reprinted by two papers with small edits -----
    "beaumont_event_hall_party": incident("2022-06-12", 5, 5, {
        "bmt-1": article(
            "At least 3 dead, several hurt in shooting at Beaumont event hall", "2022-06-12",
            "BEAUMONT, Texas (KJTX) — At least three people were killed and several others were wounded when gunfire "
            "broke out at a birthday party at an event hall in north Beaumont early Sunday, police said.\n\nOfficers "
            "were called to the Magnolia Event Center on Eastex Freeway at about 12:45 a.m. after several 911 "
            "callers reported shots fired inside, police spokeswoman Sgt. Carla Benoit said. Benoit said more than "
            "100 people were at the party when an argument started near the dance floor.\n\nVictims were taken to "
            "Christus St. Elizabeth Hospital and Baptist Hospitals of Southeast Texas. Benoit would not say how many "
            "people were hurt or give their conditions.\n\nNo arrests have been made. Anyone with information is "
            "asked to call Beaumont police at 409-832-1234 or Southeast Texas Crime Stoppers at 409-833-TIPS.\n\n"
            "This is a developing story. Check back for updates."),
        "bmt-2": article(
            "Police: 4 killed, 6 wounded in shooting at Texas birthday party", "2022-06-12",
            "BEAUMONT, Texas (AP) — Four people were killed and six others were wounded early Sunday when a gunman "
            "opened fire at a crowded birthday party at an event hall in Southeast Texas, police said.\n\nThe "
            "shooting happened shortly before 1 a.m. at an event center in north Beaumont, about 85 miles (137 "
            "kilometers) east of Houston. Police Sgt. Carla Benoit said an argument between two groups of men near "
            "the dance floor ended with at least one person firing a handgun into the crowd.\n\nThree people died at "
            "the scene and a fourth died at a hospital, Benoit said. Among the dead was a 17-year-old girl. The six "
            "wounded, including a 16-year-old boy, were taken to hospitals; one was in critical condition.\n\nPolice "
            "had not released the names of the victims by Sunday afternoon and said no one was in custody. "
            "Investigators were going through video that partygoers recorded on their phones.\n\n“This was supposed "
            "to be a celebration,” Benoit said. “Instead, families are planning funerals.”"),
        "bmt-3": article(
            "4 killed, 6 wounded at birthday party in Beaumont", "2022-06-12",
            "BEAUMONT, Texas (AP) — Four people were killed and six were wounded early Sunday when gunfire erupted "
            "at a crowded birthday party at an event hall in Beaumont, police said.\n\nThe shooting happened shortly "
            "before 1 a.m. at an event center in the city's north end. Police Sgt. Carla Benoit said an argument "
            "between two groups of men near the dance floor ended with at least one person firing a handgun into the "
            "crowd.\n\nThree people died at the scene and a fourth died at a hospital, Benoit said. Among the dead "
            "was a 17-year-old girl. The six wounded, including a 16-year-old boy, were taken to hospitals; one was "
            "in critical condition.\n\nPolice had not released the names of the victims by Sunday afternoon and said "
            "no one was in custody.\n\nCopyright 2022 The Associated Press. All rights reserved."),
        "bmt-4": article(
            "Four dead, six hurt in Beaumont party shooting", "2022-06-13",
            "BEAUMONT, Texas (AP) — Four people were killed and six others were wounded early Sunday when a gunman "
            "opened fire at a crowded birthday party at an event hall in Southeast Texas, police said.\n\nThe "
            "shooting happened shortly before 1 a.m. at an event center in north Beaumont, about 85 miles east of "
            "Houston. Police Sgt. Carla Benoit said an argument between two groups of men near the dance floor ended "
            "with at least one person firing a handgun into the crowd.\n\nThree people died at the scene and a "
            "fourth died at a hospital, Benoit said. Among the dead was a 17-year-old girl. The six wounded, "
            "including a 16-year-old boy, were taken to hospitals; one was in critical condition.\n\nPolice had not "
            "released the names of the victims and said no one was in custody. Investigators were going through "
            "video that partygoers recorded on their phones."),
        "bmt-5": article(
            "Beaumont police name 4 killed at Eastex Freeway birthday party; 6 wounded", "2022-06-13",
            "Beaumont police on Monday identified the four people killed when gunfire tore through a birthday party "
            "at the Magnolia Event Center early Sunday.\n\nThey were Jamal Pritchett, 24, of Beaumont; Terrence "
            "Moody, 31, of Port Arthur; Alexis Fontenot, 22, of Vidor; and Kiara Dunn, 17, a junior at Beaumont "
            "United High School.\n\nSix other people were wounded, police said. A 29-year-old man remained in "
            "critical condition Monday at Christus St. Elizabeth Hospital. The others, including a 16-year-old boy "
            "who was shot in the foot, were in stable condition.\n\nPolice said they are looking for two men seen on "
            "video running from the hall. Sgt. Carla Benoit said detectives believe one of them fired at least 15 "
            "rounds from a handgun.\n\nThe party was for a woman turning 21, who was not hurt. Kiara Dunn was her "
            "cousin. “She keeps saying it's her fault,” said the women's aunt, Monique Dunn. “It's not her fault. "
            "Somebody brought a gun to a birthday party.”\n\nA vigil is planned for 7 p.m. Tuesday in the event "
            "center's parking lot."),
        "bmt-6": article(
            "Death toll rises to 5 in Beaumont birthday party shooting", "2022-06-14",
            "BEAUMONT, Texas (KSET) — A fifth person has died after Sunday's shooting at a birthday party in north "
            "Beaumont, police said Tuesday.\n\nDarnell Guidry, 29, of Beaumont, died Tuesday morning at Christus St. "
            "Elizabeth Hospital, where he had been in critical condition since the shooting, Sgt. Carla Benoit "
            "said.\n\nGuidry's death raises the toll to five. Five other people who were wounded, among them a "
            "16-year-old boy, are expected to recover.\n\nThe four others who died were Jamal Pritchett, 24; "
            "Terrence Moody, 31; Alexis Fontenot, 22; and Kiara Dunn, 17.\n\nPolice on Monday night arrested a "
            "20-year-old Beaumont man, Corey Lavergne, on a charge of capital murder. Benoit said investigators are "
            "still looking for a second man. Lavergne was being held in the Jefferson County jail on $1 million bond."),
    }, teens=(1, 1)),
    # --- a killing told by the scene city's station, by the victim's hometown paper in another state ('A Gadsden man
    # was shot and killed early Sunday in Nashville') and by an arrest report that names the date ----------------------
    "nashville_midtown_gadsden_man": incident("2019-03-03", 1, 1, {
        "nsh-1": article(
            "Man killed, woman hurt in shooting outside Midtown bar", "2019-03-03",
            "NASHVILLE, Tenn. (WNTV) — A man was shot and killed and a woman was wounded outside a bar in Midtown "
            "early Sunday, Metro Nashville police said.\n\nPolice said the shooting happened around 2:10 a.m. on "
            "Division Street near 19th Avenue South as crowds were leaving bars at closing time. A man in his 20s "
            "was pronounced dead at the scene. A 23-year-old woman was grazed in the arm and taken to Vanderbilt "
            "University Medical Center.\n\nWitnesses told officers the gunman fired from the passenger side of a "
            "dark SUV that sped off toward Interstate 440.\n\nAnyone with information is asked to call Crime "
            "Stoppers at 615-742-7463."),
        "nsh-2": article(
            "Gadsden man killed in Nashville shooting", "2019-03-04",
            "A Gadsden man was shot and killed early Sunday in Nashville, Tennessee, police there said.\n\nMetro "
            "Nashville police identified him as Xavier Cole, 26, a 2011 graduate of Gadsden City High School. Cole "
            "was shot outside a bar on Division Street around 2 a.m. as people were heading home for the night, "
            "police said. A woman who was with his group was also hit but was not seriously hurt.\n\nCole moved to "
            "Nashville two years ago to work as a sound engineer, said his mother, Patrice Cole, of Gadsden. “He "
            "called me Saturday afternoon to tell me about a show he was working,” she said. “That was the last time "
            "I heard his voice.”\n\nA Gadsden funeral home is handling arrangements. No arrests had been made as of "
            "Monday."),
        "nsh-3": article(
            "Arrest made in March 3 Midtown shooting that killed Alabama man", "2019-03-21",
            "Metro Nashville police have arrested a 22-year-old man in the March 3 shooting outside a Midtown bar "
            "that killed Xavier Cole and wounded a woman.\n\nDontae Riggins, of Antioch, was charged Wednesday with "
            "criminal homicide and attempted criminal homicide, police said. He was being held in the Davidson "
            "County jail on $500,000 bond.\n\nDetectives said Riggins fired from an SUV after an argument with "
            "Cole's group inside the bar on Division Street. Cole, 26, was from Gadsden, Alabama. The woman, 23, was "
            "grazed in the arm."),
    }),
    # --- a girl of 17 killed and two boys of 15 and 16 and a man hurt at a house party 'in south suburban Harvey',
    # 'in Harvey, a south suburb of Chicago'; a school's report two days on --------------------------------------------
    "harvey_loomis_avenue_party": incident("2023-04-22", 1, 3, {
        "hrv-1": article(
            "Teen girl killed, 3 wounded at party in Harvey", "2023-04-23",
            "HARVEY, Ill. (WCHX) — A 17-year-old girl was killed and three other people were wounded when someone "
            "fired into a crowded house party in south suburban Harvey late Saturday, police said.\n\nHarvey police "
            "said officers were called to a home in the 15200 block of Loomis Avenue around 11:20 p.m. More than 50 "
            "people, most of them teenagers, were at the party when shots were fired from the sidewalk.\n\nThe girl "
            "was shot in the chest and was pronounced dead at Advocate South Suburban Hospital in Hazel Crest. Two "
            "boys, 15 and 16, and a 19-year-old man were taken to hospitals with wounds that were not considered "
            "life-threatening.\n\nNo one is in custody. Harvey police are being assisted by the South Suburban Major "
            "Crimes Task Force."),
        "hrv-2": article(
            "Thornton junior, 17, killed at Harvey house party wanted to be a nurse", "2023-04-24",
            "A 17-year-old girl killed at a house party in Harvey, a south suburb of Chicago, on Saturday night was "
            "a junior at Thornton Township High School who planned to study nursing, her family said.\n\nThe Cook "
            "County medical examiner's office identified her as Jaliyah Brooks, of Harvey. She died of a gunshot "
            "wound to the chest, and her death was ruled a homicide.\n\nThree others were wounded: two boys, ages 15 "
            "and 16, and a 19-year-old man, police said. All were expected to survive.\n\n“She went to that party to "
            "dance with her friends,” said her grandmother, Lorraine Brooks. “She was home by midnight every "
            "weekend. Every weekend.”\n\nPolice said an argument between two groups of young men moved from the "
            "backyard to the street, and someone on the sidewalk fired toward the house."),
        "hrv-3": article(
            "Counselors at Thornton after junior killed at weekend party", "2023-04-25",
            "Grief counselors were at Thornton Township High School on Monday after a junior was shot and killed at "
            "a party over the weekend, District 205 officials said.\n\nJaliyah Brooks, 17, was one of four people "
            "shot at a house party on Loomis Avenue in Harvey late Saturday. Two of the three people who were "
            "wounded also attend the school, the district said.\n\nNo arrests have been made. Harvey police asked "
            "anyone with video from the party to contact detectives."),
    }, teens=(1, 2)),
    # --- a man killed selling a phone in a hotel lot, told under 'BLOOMINGTON, Minn.' and as 'suburban Bloomington'
    # by the Minneapolis paper two days on (the county, the mall and the victim's St. Paul home the only clues) --------
    "bloomington_mn_hotel_lot": incident("2015-10-10", 1, 0, {
        "blm-1": article(
            "Man shot and killed in Bloomington hotel parking lot", "2015-10-10",
            "BLOOMINGTON, Minn. (KMNV) — A man was shot and killed in the parking lot of a hotel near Interstate 494 "
            "in Bloomington on Saturday afternoon, police said.\n\nBloomington police were called to the hotel on "
            "American Boulevard East around 3:40 p.m. on a report of shots fired. Officers found a man with several "
            "gunshot wounds next to a parked car. He died at the scene.\n\nPolice said the man had arranged to meet "
            "someone in the lot to sell a phone. A second man who came with him ran into the hotel when the shooting "
            "started and was not hurt.\n\nPolice described the gunman as a man in his late teens or early 20s who "
            "left in a white sedan."),
        "blm-2": article(
            "Man killed in suburban Bloomington hotel lot was selling a phone, police say", "2015-10-12",
            "A 30-year-old St. Paul man shot to death Saturday in the parking lot of a suburban Bloomington hotel "
            "had gone there to sell a cellphone he had listed online, police said Monday.\n\nThe Hennepin County "
            "medical examiner identified the man as Marcus Ellison. He was shot several times shortly before 4 p.m. "
            "outside a hotel on American Boulevard, not far from the Mall of America.\n\nDeputy Chief Anne Lindqvist "
            "said investigators had identified the buyer from messages on Ellison's phone and were searching for "
            "him. A friend who drove to the hotel with Ellison was not hurt.\n\nPolice are asking people who buy or "
            "sell items online to meet in the lobby of the police station."),
    }),
    # --- Kansas City, Mo., late Saturday: a woman killed, a man hurt in Westport (a suspect of 19 held) ---------------
    "kansas_city_mo_westport": incident("2018-09-15", 1, 1, {
        "kcm-1": article(
            "Woman killed, man hurt in Westport shooting", "2018-09-16",
            "KANSAS CITY, Mo. (KKCN) — A 26-year-old woman was killed and a man was wounded in a shooting in "
            "Westport late Saturday night, Kansas City police said.\n\nOfficers working the Westport entertainment "
            "district heard gunfire around 11:45 p.m. near Westport Road and Mill Street and found the two victims "
            "on the sidewalk, police said. The woman died at a hospital. The man, 31, was in stable condition.\n\n"
            "Police said the shooting followed an argument between two groups outside a bar. Officers detained "
            "several people for questioning.\n\nAnyone with information is asked to call the TIPS Hotline at "
            "816-474-TIPS."),
        "kcm-2": article(
            "Raytown woman killed in Westport was a bystander, police say", "2018-09-17",
            "The woman killed in a shooting in Westport late Saturday was walking to her car after dinner with "
            "friends and had nothing to do with the argument that led to the gunfire, Kansas City police said "
            "Monday.\n\nPolice identified her as Brianna Holt, 26, of Raytown. A 31-year-old man who was also shot "
            "remains hospitalized.\n\nHolt worked as a dental hygienist and coached a girls' volleyball team at her "
            "church. “She was the one who made sure everybody got home safe,” said her friend Tasha Ramirez.\n\n"
            "Police said a 19-year-old man was taken into custody Sunday afternoon. Charges had not been filed "
            "Monday."),
    }),
    # --- Kansas City, Kan., the next afternoon: two boys of 14 and 15 shot at a park (must stay apart from Westport) --
    "kansas_city_ks_elmridge_park": incident("2018-09-16", 0, 2, {
        "kck-1": article(
            "Two teens shot at Kansas City, Kansas, park", "2018-09-16",
            "KANSAS CITY, Kan. (KKSN) — Two teenage boys were shot Sunday afternoon at a park in Kansas City, "
            "Kansas, police said.\n\nThe shooting was reported around 4:05 p.m. at Elmridge Park near North 18th "
            "Street and Parallel Parkway. A 14-year-old and a 15-year-old were taken to the University of Kansas "
            "Hospital with injuries that were not life-threatening, police said.\n\nPolice said the boys were "
            "playing basketball when a car pulled up and someone inside started shooting. Several other children at "
            "the park were not hurt."),
        "kck-2": article(
            "KCK police seek car in park shooting that wounded 2 boys", "2018-09-17",
            "Kansas City, Kansas, police on Monday released a photo of a silver Nissan Altima they believe was used "
            "in a Sunday shooting that wounded two boys, 14 and 15, at a park on the city's north side.\n\nThe boys "
            "were shooting baskets at Elmridge Park when someone in the car fired at least eight times, police said. "
            "One boy was shot in the leg and the other in the hand. Both were released from the hospital Sunday "
            "night.\n\n“Those are kids playing basketball on a Sunday afternoon,” said Officer Dana Whitlow, a "
            "police spokeswoman. Anyone who recognizes the car is asked to call the TIPS Hotline."),
    }, teens=(0, 2)),
    # --- Independence, Mo., the Friday before: a man killed by a neighbor; one report, and the round-up names it ------
    "independence_noland_road_neighbors": incident("2018-09-14", 1, 0, {
        "ind-1": article(
            "Man fatally shot at Independence apartment complex; neighbor arrested", "2018-09-15",
            "INDEPENDENCE, Mo. — A 44-year-old man was shot and killed at an apartment complex in Independence late "
            "Friday, and a neighbor was taken into custody, police said.\n\nOfficers were called to the Crestview "
            "Terrace Apartments in the 3400 block of South Noland Road around 10:30 p.m. after a caller reported a "
            "fight between neighbors. They found the man shot in a breezeway. He died at the scene.\n\nA 38-year-old "
            "man who lives in the complex was arrested without a struggle, police said. Neighbors told officers the "
            "two men had argued for weeks over a parking space."),
    }),
    # --- Little Rock: a man of 22 killed in an apartment complex's parking lot; a 19-year-old charged -----------------
    "little_rock_pinewood_court_killing": incident("2016-08-06", 1, 0, {
        "lra-1": article(
            "Man, 22, killed in shooting at southwest Little Rock apartment complex", "2016-08-07",
            "LITTLE ROCK, Ark. (KLRX) — A 22-year-old man was shot and killed Saturday night in the parking lot of "
            "an apartment complex in southwest Little Rock, police said.\n\nOfficers responded to the Pinewood Court "
            "Apartments in the 6100 block of Baseline Road around 9:40 p.m. and found the man lying next to a car "
            "with multiple gunshot wounds. He was pronounced dead at the scene.\n\nPolice have not released his "
            "name. Witnesses told officers they saw two men running toward Geyer Springs Road after the shots."),
        "lra-2": article(
            "Police identify man killed at Pinewood Court; 19-year-old arrested", "2016-08-09",
            "Little Rock police on Tuesday identified the man killed Saturday night at the Pinewood Court Apartments "
            "as Devonte Marsh, 22, and said a 19-year-old has been arrested on a charge of capital murder.\n\n"
            "Kendrick Wiley, of Little Rock, was taken into custody Monday at a relative's house in Sherwood, police "
            "said. Detectives believe Wiley and Marsh had argued over money.\n\nMarsh's killing was the city's 27th "
            "homicide of the year."),
    }),
    # --- the same complex three weeks later: two women wounded through a window; a residents' report recalls the
    # killing by its date (must stay apart from it) --------------------------------------------------------------------
    "little_rock_pinewood_court_wounded": incident("2016-08-27", 0, 2, {
        "lrb-1": article(
            "2 women wounded when shots fired into southwest Little Rock apartment", "2016-08-28",
            "LITTLE ROCK, Ark. (KLRX) — Two women were wounded late Saturday when someone fired into an apartment at "
            "a complex on Baseline Road in southwest Little Rock, police said.\n\nThe shooting happened around 10:20 "
            "p.m. at the Pinewood Court Apartments. Police said at least a dozen shots hit the front of a "
            "ground-floor unit. A 34-year-old woman was struck in the hip and a 41-year-old woman in the arm. Both "
            "were taken to UAMS Medical Center in stable condition.\n\nThree children who were in the apartment were "
            "not hurt, police said."),
        "lrb-2": article(
            "Pinewood Court residents ask for patrols after second shooting this month", "2016-08-29",
            "Residents of the Pinewood Court Apartments asked the city Monday for more police patrols after two "
            "women were wounded Saturday night when bullets tore through the front of a unit at the complex.\n\nIt "
            "was the second shooting at the complex on Baseline Road this month. On Aug. 6, a 22-year-old man was "
            "shot and killed in its parking lot; a 19-year-old has been charged in that case.\n\n“My kids sleep on "
            "the floor now,” said Tanisha Reed, who lives two doors from the apartment that was hit. The women who "
            "were shot, ages 34 and 41, were recovering, police said. Police said they do not believe the two "
            "shootings are related."),
    }),
    # --- a deputy wounded and the man who shot him killed by deputies; SLED's release two days on; the solicitor's
    # decision five months later naming the date -----------------------------------------------------------------------
    "spartanburg_deputy_shootout": incident("2019-02-19", 1, 1, {
        "spa-1": article(
            "Deputy wounded, suspect killed in shootout near Boiling Springs", "2019-02-20",
            "SPARTANBURG, S.C. (WSPN) — A Spartanburg County deputy was shot and wounded and the man deputies say "
            "shot him was killed Tuesday night in an exchange of gunfire near Boiling Springs, the sheriff's office "
            "said.\n\nDeputies were serving a warrant at a home on Old Furnace Road around 7:30 p.m. when a man "
            "inside opened fire, hitting a deputy in the shoulder, according to the sheriff's office. Other deputies "
            "returned fire and struck the man, who died at the scene.\n\nThe deputy was taken to Spartanburg Medical "
            "Center and is expected to recover. A woman who was in the home was not hurt.\n\nThe State Law "
            "Enforcement Division has been asked to investigate, as is standard when officers fire their weapons."),
        "spa-2": article(
            "SLED identifies man killed in shootout with Spartanburg County deputies", "2019-02-21",
            "The State Law Enforcement Division on Thursday identified the man killed in a shootout with Spartanburg "
            "County deputies on Tuesday night as Wade Lyle Pruitt, 47, of Boiling Springs.\n\nPruitt was shot by "
            "deputies after he fired at them from inside his home on Old Furnace Road, wounding Deputy First Class "
            "Ryan Hensley in the shoulder, SLED said in a news release. Hensley, 29, was released from Spartanburg "
            "Medical Center on Wednesday.\n\nDeputies had gone to the home to serve a warrant charging Pruitt with "
            "criminal domestic violence. The Spartanburg County coroner said Pruitt died of multiple gunshot wounds."),
        "spa-3": article(
            "Solicitor: Deputies justified in February shootout that killed Boiling Springs man", "2019-07-24",
            "Spartanburg County deputies who shot and killed a Boiling Springs man after he wounded one of them were "
            "legally justified, the 7th Circuit Solicitor's Office said Wednesday.\n\nIn a letter to SLED, the "
            "solicitor's office said Wade Lyle Pruitt, 47, fired a shotgun at deputies serving a warrant at his home "
            "on Old Furnace Road on Feb. 19, striking Deputy First Class Ryan Hensley. Three deputies fired back, "
            "hitting Pruitt several times.\n\n“The deputies were faced with an imminent threat of death,” the letter "
            "says. “Their use of deadly force was reasonable.”\n\nHensley returned to duty in April, the sheriff's "
            "office said. No charges will be filed."),
    }),
    # --- two men shot, 'both expected to survive'; video two days on; one dies three weeks later and a report names
    # the date ('ruled a homicide') ------------------------------------------------------------------------------------
    "lansing_cedar_street_party_store": incident("2020-01-11", 1, 1, {
        "lan-1": article(
            "2 men shot outside Lansing party store; both expected to survive", "2020-01-12",
            "LANSING, Mich. (WLMI) — Two men were shot Saturday night outside a party store on Lansing's south side, "
            "police said. Both are expected to survive.\n\nLansing police said officers were called to the store on "
            "South Cedar Street near Holmes Road around 8:15 p.m. and found a 37-year-old man shot in the abdomen "
            "and a 24-year-old man shot in the leg. Both were taken to Sparrow Hospital.\n\nPolice said a man walked "
            "up to the two in the parking lot and fired several times, then ran east on Holmes Road."),
        "lan-2": article(
            "Lansing police release video in Saturday's party store shooting", "2020-01-13",
            "Lansing police on Monday released surveillance video of a man they want to question about a shooting "
            "Saturday night that wounded two men outside a party store on South Cedar Street.\n\nThe video shows a "
            "man in a black hooded jacket walking across the parking lot with his right hand in his pocket. One of "
            "the wounded men, 37, remains in serious condition at Sparrow Hospital; the other, 24, was treated and "
            "released, police said.\n\nAnyone who recognizes the man is asked to call Lansing police or Crime "
            "Stoppers of Mid-Michigan."),
        "lan-3": article(
            "Death of man shot Jan. 11 outside south Lansing party store ruled a homicide", "2020-02-06",
            "A man who was shot outside a party store on Lansing's south side last month has died, and his death has "
            "been ruled a homicide, police said Thursday.\n\nAnthony Reyes, 37, died Monday at Sparrow Hospital, "
            "more than three weeks after he was shot in the abdomen in the parking lot of the store on South Cedar "
            "Street on Jan. 11, police said. The Ingham County medical examiner ruled his death a homicide.\n\nA "
            "second man, 24, who was shot in the leg in the same attack, has recovered. No arrests have been made."),
    }),
    # --- a girl of 10, her father and a man of 19 wounded among a crowd watching fireworks; an arrest (a boy of 17)
    # weeks later names it 'the Fourth of July shooting' only ----------------------------------------------------------
    "tacoma_fourth_of_july_park": incident("2019-07-04", 0, 3, {
        "tac-1": article(
            "Girl, 10, among 3 wounded in shooting at Tacoma fireworks gathering", "2019-07-05",
            "TACOMA, Wash. (KTWA) — A 10-year-old girl, her father and a 19-year-old man were wounded when gunfire "
            "broke out among a crowd watching fireworks at a park in East Tacoma on Thursday night, police said.\n\n"
            "Tacoma police said the shooting happened around 10:30 p.m. at Roosevelt Heights Park, where hundreds of "
            "people had gathered for the Fourth of July. Witnesses told officers two young men got into a fight and "
            "one of them pulled a gun.\n\nThe girl was shot in the leg and taken to Mary Bridge Children's Hospital. "
            "Her father, 38, was hit in the arm, and the 19-year-old was shot in the side. All three were expected "
            "to recover.\n\nPolice asked anyone who recorded video at the park to contact the Tacoma Police "
            "Department."),
        "tac-2": article(
            "Teen arrested in Fourth of July shooting at Tacoma park", "2019-07-23",
            "Tacoma police have arrested a 17-year-old boy in the Fourth of July shooting at an East Tacoma park "
            "that wounded three people, including a 10-year-old girl.\n\nThe teen, whose name was not released "
            "because of his age, was booked into the Pierce County juvenile detention center on three counts of "
            "first-degree assault, police said Tuesday. Investigators identified him from videos that people at the "
            "park posted online.\n\nThe girl, who was shot in the leg, is back home, her family said. Her father and "
            "a 19-year-old man who were also hit have recovered."),
    }, children=(0, 1)),
    # --- a man killed at a Christmas Eve gathering; the brother-in-law charged 16 days later 'in the shooting death
    # ... on Christmas Eve' --------------------------------------------------------------------------------------------
    "syracuse_christmas_eve_north_side": incident("2017-12-24", 1, 0, {
        "syr-1": article(
            "Man shot dead at Christmas Eve gathering on Syracuse's North Side", "2017-12-25",
            "SYRACUSE, N.Y. — A 33-year-old man was shot and killed at a Christmas Eve gathering at a home on "
            "Syracuse's North Side on Sunday night, police said.\n\nOfficers were called to the home on Carbon "
            "Street around 9:50 p.m. and found the man with a gunshot wound to the head. He was pronounced dead at "
            "Upstate University Hospital.\n\nPolice said about 20 relatives and friends were at the home when two "
            "men began to argue and one of them pulled a handgun. No one else was hurt."),
        "syr-2": article(
            "Brother-in-law charged in Christmas Eve killing", "2018-01-09",
            "A Syracuse man has been charged with second-degree murder in the shooting death of his brother-in-law "
            "at a family gathering on Christmas Eve, police said Tuesday.\n\nLuis Ocasio, 29, turned himself in "
            "Monday at the Public Safety Building with his lawyer, police said. Police said Ocasio shot Rafael "
            "Torres, 33, during an argument in the kitchen of a Carbon Street home on the North Side.\n\nOcasio was "
            "arraigned Tuesday and is being held without bail at the Onondaga County Justice Center."),
    }),
    # --- a boy of 9 hit by a stray bullet at a school bus stop on Mobile Highway; a charge the next Monday names it
    # 'last week' and 'on Thursday' ------------------------------------------------------------------------------------
    "montgomery_bus_stop_boy": incident("2022-10-13", 0, 1, {
        "mgm-1": article(
            "9-year-old hit by stray bullet while waiting for school bus in west Montgomery", "2022-10-13",
            "MONTGOMERY, Ala. (WMGX) — A 9-year-old boy waiting for his school bus was struck by a stray bullet "
            "Thursday morning in west Montgomery, police said.\n\nPolice said two men were shooting at each other "
            "across Mobile Highway around 6:50 a.m. when one of the bullets hit the boy in the leg. He was taken to "
            "a hospital with an injury that was not life-threatening.\n\nAbout a dozen children were at the bus "
            "stop, police said. None of the others were hurt. Montgomery Public Schools said counselors would be at "
            "the boy's elementary school."),
        "mgm-2": article(
            "20-year-old charged in shootout that hit boy, 9, at bus stop", "2022-10-17",
            "A 20-year-old man was charged Monday in a shootout that wounded a 9-year-old boy at a school bus stop "
            "in west Montgomery last week, police said.\n\nJarvis Tolbert, of Montgomery, faces charges of attempted "
            "murder and shooting into an occupied area, police said. Officers are still looking for the second man "
            "in the exchange of gunfire on Mobile Highway on Thursday.\n\nThe boy, a fourth-grader, was released "
            "from the hospital Friday, his mother said. “He keeps asking if he can still ride the bus,” she said."),
    }, children=(0, 1)),
    # --- a boy of 2 found a gun in a motel nightstand and shot his mother (he and his sister of 4 unhurt); the
    # boyfriend arrested two days on -----------------------------------------------------------------------------------
    "bakersfield_motel_toddler": incident("2021-03-09", 0, 1, {
        "bak-1": article(
            "Woman shot after toddler finds gun in Bakersfield motel room, police say", "2021-03-09",
            "BAKERSFIELD, Calif. (KBKF) — A 23-year-old woman was shot Tuesday morning when her 2-year-old son found "
            "a loaded handgun in a nightstand at a Bakersfield motel and it went off, police said.\n\nOfficers were "
            "called to the motel on Union Avenue around 11 a.m. The woman was shot in the abdomen and taken to Kern "
            "Medical in serious condition, police said. The boy and his 4-year-old sister were not hurt.\n\nPolice "
            "said the gun belonged to the woman's boyfriend, who was not in the room at the time. Child Protective "
            "Services was notified."),
        "bak-2": article(
            "Boyfriend arrested after toddler shoots mother with his gun", "2021-03-11",
            "Bakersfield police on Thursday arrested the boyfriend of a woman who was shot by her 2-year-old son "
            "with a handgun the man had left in a motel nightstand.\n\nDamon Whitfield, 27, was booked into the Kern "
            "County jail on suspicion of child endangerment and criminal storage of a firearm, police said. He is "
            "barred from owning guns because of a 2016 felony conviction.\n\nThe woman, 23, was in stable condition "
            "Thursday after surgery. Her two children have been placed with relatives. The shooting happened Tuesday "
            "at the motel on Union Avenue."),
    }),
    # --- a man killed and a boy of 16 hurt: the night's report puts it on North 5th Street in Kensington, the next
    # day's on North 4th Street in Fairhill, with a correction ---------------------------------------------------------
    "philadelphia_fairhill_correction": incident("2021-05-22", 1, 1, {
        "phl-1": article(
            "Man killed, teen wounded in Kensington shooting", "2021-05-22",
            "PHILADELPHIA (WPHX) — A man was killed and a 16-year-old boy was wounded in a shooting in Kensington on "
            "Saturday evening, police said.\n\nPolice said the shooting happened around 8:30 p.m. on the 2900 block "
            "of North 5th Street. The man, in his 20s, was shot multiple times and pronounced dead at Temple "
            "University Hospital. The teen was shot in the arm and was listed in stable condition.\n\nNo arrests "
            "have been made and no weapon was recovered, police said."),
        "phl-2": article(
            "Father of two killed, 16-year-old wounded in Fairhill shooting", "2021-05-23",
            "A 27-year-old father of two was killed and a 16-year-old boy was wounded Saturday night in a shooting "
            "on the 2900 block of North 4th Street in Fairhill, police said.\n\nPolice identified the man as Edwin "
            "Rosado. He was shot in the chest and back as he stood outside a corner store and died at Temple "
            "University Hospital about 30 minutes later. The boy, who was standing nearby, was shot in the "
            "forearm.\n\nInvestigators believe Rosado was the target, police said. Rosado's sister said he had "
            "stopped at the store to buy milk for his daughters.\n\nCorrection: An earlier version of this story, "
            "based on initial police information, said the shooting happened on North 5th Street in Kensington. It "
            "happened on North 4th Street in Fairhill."),
    }, teens=(0, 1)),
    # --- a boy of 13 shot by his cousin of 15 while deer hunting in rural Lamar County, Ala.; one AP story and a
    # reprint with small edits (one source); flown to a Birmingham hospital --------------------------------------------
    "lamar_county_hunting_accident": incident("2015-11-14", 0, 1, {
        "hun-1": article(
            "Boy, 13, wounded in Alabama hunting accident", "2015-11-15",
            "VERNON, Ala. (AP) — A 13-year-old boy was wounded in a hunting accident in rural Lamar County on "
            "Saturday morning, authorities said.\n\nThe Lamar County Sheriff's Office said the boy was hunting deer "
            "with relatives on private land near Sulligent when his 15-year-old cousin fired at what he thought was "
            "a deer moving through brush. The boy was hit in the shoulder and side.\n\nHe was flown to Children's of "
            "Alabama in Birmingham, where he was listed in serious condition Saturday night, the sheriff's office "
            "said.\n\nInvestigators said neither boy was wearing hunter orange. State law requires deer hunters to "
            "wear it during gun season."),
        "hun-2": article(
            "Lamar County boy hurt in hunting accident", "2015-11-15",
            "VERNON, Ala. (AP) — A 13-year-old boy was wounded Saturday morning in a hunting accident in rural Lamar "
            "County, authorities said.\n\nThe Lamar County Sheriff's Office said the boy was hunting deer with "
            "relatives on private land near Sulligent when his 15-year-old cousin fired at what he thought was a "
            "deer moving through brush. The boy was hit in the shoulder and side.\n\nHe was flown to Children's of "
            "Alabama in Birmingham, where he was in serious condition Saturday night, the sheriff's office said.\n\n"
            "Copyright 2015 The Associated Press. All rights reserved."),
    }, teens=(0, 1)),
    # --- a woman shot dead by her estranged husband on Tuesday afternoon; he is found dead after an overnight
    # standoff early Wednesday (the incident's day is Tuesday); a neighbor and their son of 8 not hurt -----------------
    "billings_heights_standoff": incident("2016-03-08", 2, 0, {
        "bil-1": article(
            "Woman killed, husband found dead after overnight standoff in Billings Heights", "2016-03-09",
            "BILLINGS, Mont. (KBLG) — A woman was shot and killed at her home in the Billings Heights on Tuesday "
            "afternoon, and her estranged husband was found dead inside the house early Wednesday after an overnight "
            "standoff, police said.\n\nOfficers were called to the home on Wicks Lane around 2:30 p.m. Tuesday by a "
            "neighbor who heard shots. They found the woman in the driveway and were fired on as they pulled her "
            "behind a patrol car. No officer was hit. She died at Billings Clinic.\n\nThe man stayed inside the "
            "house through the night. Officers sent a robot into the house shortly after 3 a.m. Wednesday and found "
            "him dead of a self-inflicted gunshot wound.\n\nThe neighbor who called police was not hurt."),
        "bil-2": article(
            "Police identify couple in Billings Heights murder-suicide", "2016-03-10",
            "Billings police on Thursday identified the woman shot and killed by her estranged husband at her "
            "Heights home Tuesday as Carrie Ostby, 41, and the husband as Glenn Ostby, 45.\n\nPolice said Glenn "
            "Ostby shot his wife several times in the driveway of the Wicks Lane home she had moved into in January, "
            "then held off officers for more than 12 hours before killing himself.\n\nThe couple's 8-year-old son "
            "was at school at the time. He is staying with relatives.\n\nCarrie Ostby had obtained a temporary order "
            "of protection against her husband in February, according to Yellowstone County court records."),
    }),
    # --- a drive-by at a funeral repast: 'four men' wounded the day of, 'three, not four' two days on (a fourth went
    # to the hospital unhurt); the earlier killing the repast followed is background -----------------------------------
    "macon_repast_drive_by": incident("2017-01-21", 0, 3, {
        "mac-1": article(
            "Four wounded in drive-by outside repast in east Macon", "2017-01-21",
            "MACON, Ga. (WMCN) — Four men were wounded Saturday afternoon when someone fired from a passing car at "
            "people gathered outside a repast in east Macon, the Bibb County Sheriff's Office said.\n\nThe shooting "
            "happened around 4:30 p.m. outside a church fellowship hall on Woolfolk Street, where family and friends "
            "had gathered after a funeral, the sheriff's office said. The wounded were taken to The Medical Center, "
            "Navicent Health. None of the injuries was believed to be life-threatening.\n\nDeputies are looking for "
            "a dark gray Dodge Charger."),
        "mac-2": article(
            "Sheriff: 3 men, not 4, wounded in shooting outside funeral repast", "2017-01-23",
            "Three men were wounded, not four as first reported, when shots were fired at mourners outside a repast "
            "in east Macon on Saturday, the Bibb County Sheriff's Office said Monday.\n\nA fourth man who was taken "
            "to the hospital had chest pains and had not been shot, a sheriff's spokeswoman said. The three men who "
            "were shot, ages 19, 23 and 36, were treated and released.\n\nThe repast followed the funeral of Dorian "
            "Pugh, 24, who was shot and killed Jan. 12 on Pio Nono Avenue. Investigators believe Saturday's shooting "
            "is connected to Pugh's killing, the spokeswoman said. No arrests have been made in either case."),
    }),
    # --- a volunteer coach killed and a player of 11 grazed at a youth football practice (40 children unhurt); a
    # suspect of 36 ----------------------------------------------------------------------------------------------------
    "fort_myers_youth_football_practice": incident("2019-08-20", 1, 1, {
        "fmy-1": article(
            "Youth football coach killed, player grazed in shooting at Fort Myers practice", "2019-08-20",
            "FORT MYERS, Fla. (WFMX) — A volunteer youth football coach was shot and killed and an 11-year-old "
            "player was grazed by a bullet during practice at a park in Fort Myers on Tuesday evening, police "
            "said.\n\nFort Myers police said a man walked onto the field at Carver Park around 7:15 p.m., argued "
            "with the coach and fired several shots. About 40 children were on the field. The coach died at Lee "
            "Memorial Hospital. The boy was grazed on the arm.\n\nThe gunman ran from the park. Police said he and "
            "the coach knew each other."),
        "fmy-2": article(
            "'He was a father to all of them': Coach killed at practice identified", "2019-08-21",
            "The volunteer coach shot and killed at a youth football practice in Fort Myers on Tuesday evening was "
            "Marcus Trent, 34, who had coached the Carver Park Cougars for six years, his family said Wednesday.\n\n"
            "An 11-year-old player who was grazed on the arm by a bullet was treated and released from Golisano "
            "Children's Hospital, police said. Dozens of other children ran for cover and were not hurt.\n\nPolice "
            "said they have identified a suspect, a 36-year-old man who had argued with Trent over a borrowed truck, "
            "and obtained a warrant for his arrest on a charge of second-degree murder."),
    }, children=(0, 1)),
    # --- a homeowner shot dead one of two intruders (19); the other, 17, charged two days on (a teen who is no
    # victim) ----------------------------------------------------------------------------------------------------------
    "augusta_windsor_spring_intruder": incident("2014-11-10", 1, 0, {
        "aug-1": article(
            "Homeowner shoots, kills intruder in south Augusta, deputies say", "2014-11-10",
            "AUGUSTA, Ga. (WAGX) — A homeowner shot and killed a man who broke into his south Augusta home early "
            "Monday, the Richmond County Sheriff's Office said.\n\nDeputies said two men kicked in the back door of "
            "the house on Windsor Spring Road around 3:15 a.m. The homeowner, 61, took a handgun from his bedroom "
            "and fired at them in the hallway, hitting one man in the chest. That man died at the scene. The second "
            "man ran off.\n\nThe homeowner and his wife were not hurt. The Richmond County coroner identified the "
            "man who died as Tyrese Banks, 19, of Augusta."),
        "aug-2": article(
            "17-year-old charged in burglary where accomplice was killed by homeowner", "2014-11-12",
            "A 17-year-old has been charged in a burglary early Monday in which a south Augusta homeowner shot and "
            "killed the teen's 19-year-old accomplice, the Richmond County Sheriff's Office said.\n\nDeputies "
            "arrested the teen Tuesday at a relative's home. He is charged with burglary and felony murder, because "
            "under Georgia law a person can be charged with murder when an accomplice is killed during a felony. He "
            "will be tried as an adult.\n\nInvestigators said the homeowner, who fired at the two intruders in his "
            "hallway on Windsor Spring Road, will not be charged. Tyrese Banks, 19, died at the scene."),
    }),
    # --- a driver fires at a would-be carjacker who runs off (the night's report: no one known hurt); the next day
    # the man, 20, who walked into a hospital shot in the hip is charged -----------------------------------------------
    "raleigh_capital_boulevard_carjacker": incident("2020-10-02", 0, 1, {
        "ral-1": article(
            "Driver fires at would-be carjacker at Capital Boulevard gas station", "2020-10-02",
            "RALEIGH, N.C. (WRLX) — A driver fired at a man who tried to take his car at a gas station on Capital "
            "Boulevard on Friday night, Raleigh police said.\n\nPolice said a man walked up to the driver as he was "
            "pumping gas around 10:10 p.m., showed a knife and demanded his keys. The driver, who has a concealed "
            "carry permit, fired his handgun at least twice, police said. The man ran toward Spring Forest Road.\n\n"
            "Officers found a trail of blood but did not find the man. The driver was not hurt."),
        "ral-2": article(
            "Man shot during attempted carjacking shows up at WakeMed, is charged", "2020-10-03",
            "A 20-year-old man who walked into WakeMed's emergency room with a gunshot wound late Friday has been "
            "charged in an attempted carjacking at a gas station on Capital Boulevard, Raleigh police said "
            "Saturday.\n\nPolice said Jaquan Simmons was shot in the hip by the driver he tried to rob about 10:10 "
            "p.m. Friday. He arrived at the hospital about 40 minutes later.\n\nSimmons was charged with attempted "
            "armed robbery after he was released from the hospital Saturday morning. The driver, 52, will not be "
            "charged, police said."),
    }),
    # --- a boy of 17 shot in a school parking lot after a basketball game; a boy of 16 detained, then arrested (a
    # teen who is no victim); the Monday report says 'Friday night' ----------------------------------------------------
    "sacramento_delta_vista_game": incident("2023-01-27", 0, 1, {
        "sac-1": article(
            "Teen shot in parking lot after high school basketball game in south Sacramento", "2023-01-28",
            "SACRAMENTO, Calif. (KSCX) — A 17-year-old boy was shot in the parking lot of a south Sacramento high "
            "school after a basketball game Friday night, police said.\n\nSacramento police said the shooting "
            "happened around 9:30 p.m. in the Meadowview neighborhood as fans were leaving a game between two rival "
            "schools. The teen was shot in the lower back and taken to UC Davis Medical Center, where he was in "
            "stable condition.\n\nOfficers detained a 16-year-old near the school and recovered a handgun, police "
            "said."),
        "sac-2": article(
            "16-year-old arrested in shooting after Delta Vista basketball game", "2023-01-30",
            "A 16-year-old boy has been arrested on suspicion of attempted murder in the shooting of a 17-year-old "
            "in a school parking lot after a basketball game Friday night in south Sacramento, police said "
            "Monday.\n\nThe two teens, who attend rival schools, had argued in the gym during the fourth quarter, "
            "police said. The 17-year-old was shot once as he walked to his mother's car outside Delta Vista High "
            "School. He was released from the hospital Sunday.\n\nSacramento City Unified School District said extra "
            "security would be at games for the rest of the season. Names were not released because both boys are "
            "minors."),
    }, teens=(0, 1)),
    # --- a driver dead after hitting a pole ('Police did not say what caused the crash'); two days later the autopsy
    # finds he had been shot -------------------------------------------------------------------------------------------
    "corpus_christi_ayers_street_crash": incident("2014-06-28", 1, 0, {
        "cc-1": article(
            "Driver dies after crashing into utility pole on Ayers Street", "2014-06-28",
            "CORPUS CHRISTI, Texas (KCCX) — A man died early Saturday after his car left Ayers Street and hit a "
            "utility pole, police said.\n\nThe crash happened around 2:40 a.m. near Ayers Street and Gollihar Road. "
            "The driver, the only person in the car, was pronounced dead at the scene. About 1,200 homes lost power "
            "for several hours, the utility said.\n\nPolice did not say what caused the crash."),
        "cc-2": article(
            "Police: Driver in Ayers Street crash had been shot", "2014-06-30",
            "A man who died after his car hit a utility pole on Ayers Street early Saturday had been shot, and his "
            "death is being investigated as a homicide, Corpus Christi police said Monday.\n\nAn autopsy found that "
            "Ruben Garza Jr., 31, had a gunshot wound to the neck, police said. Investigators believe he was shot "
            "while driving, possibly from another car, shortly before the crash near Gollihar Road.\n\nDetectives "
            "are asking anyone who was in the area around 2:40 a.m. Saturday, or who has dash camera video, to call "
            "Crime Stoppers at 361-888-TIPS."),
    }),
}

# A Monday round-up of the Kansas City area's weekend: its first figure is the weekend's total over three shootings
# (a summary); each shooting is told after it with its place, and its last sentence is a city's homicide count. Left
# out of the grouping and figure checks (see the first set's docstring); it stays in the warehouse, so the checks that
# the three shootings stay apart see whether it glues them together.
ROUNDUPS = {
    "kc-r": article(
        "Violent weekend in the metro: 2 killed, 3 wounded in three shootings", "2018-09-17",
        "Two people were killed and three others were wounded in three shootings across the Kansas City area from "
        "Friday night through Sunday afternoon.\n\nLate Friday, a 44-year-old man was shot and killed during an "
        "argument with a neighbor at an apartment complex on South Noland Road in Independence. A 38-year-old man "
        "was arrested.\n\nLate Saturday, a woman was killed and a 31-year-old man was wounded in Westport in Kansas "
        "City, Missouri. Police said the woman, Brianna Holt, 26, was walking to her car when the shooting began.\n\n"
        "On Sunday afternoon, two boys, 14 and 15, were shot while playing basketball at Elmridge Park in Kansas "
        "City, Kansas. Both have been released from the hospital.\n\nKansas City, Missouri, has recorded 102 "
        "homicides this year, compared with 111 at this time last year."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_KANSAS_CITYS = ("Kansas City, Mo., and Kansas City, Kan. are one place to the grouping (the gazetteer puts them 5 km "
                 "apart) and their reports a day apart share the words of the city's name ('Kansas', 'City') as rare "
                 "names: Westport's woman killed (26) and man hurt (31) and the park's two boys (14, 15) are one "
                 "incident, whose votes tie and go to the larger figures")
_ROUND_UP = ("the weekend round-up's one event holds all three shootings (its claims placed at Kansas City, its first "
             "figure dated Friday, the victims' ages 44, 26, 31, 14 and 15): it joins Independence's killing to the "
             "Kansas City incident, whose day becomes Friday's and whose injured and teens are the others'")
_SAME_COMPLEX = ("two shootings at one apartment complex three weeks apart share the complex's and the street's names "
                 "('Pinewood Court Apartments', 'Baseline Road'), rare names that are no gazetteer places, and link; "
                 "the residents' report, whose 'Saturday night' is read as the calendar date of the killing it "
                 "recalls ('On Aug. 6, a 22-year-old man was shot and killed', a Saturday three weeks before), dates "
                 "its wounded Aug. 6 and counts the recalled death as its own (not background)")
_KILLER_DEATH_APART = ("the killer's death at the end of an overnight standoff, told beside the woman's by 'and' "
                       "('her estranged husband was found dead inside the house early Wednesday') and in a sentence "
                       "of its own ('found him dead of a self-inflicted gunshot wound'), is taken for hers, not "
                       "added; in the follow-up 'then held off officers ... before killing himself' is dated by "
                       "'moved into in January' in its sentence and set aside as background: both reports count one "
                       "death")
XFAIL: dict[tuple[str, str], str] = {
    ("apart", "kansas_city_mo_westport"): _KANSAS_CITYS,
    ("apart", "kansas_city_ks_elmridge_park"): _KANSAS_CITYS,
    ("killed", "kansas_city_ks_elmridge_park"): _KANSAS_CITYS,
    ("injured", "kansas_city_mo_westport"): _KANSAS_CITYS,
    ("date", "kansas_city_ks_elmridge_park"): _KANSAS_CITYS,
    # (since 0.24.0, the merged incident's teens hurt tie 3 to 3, the park's two boys against Westport's and
    # Independence's reports, and a report giving every victim an age wins the tie: 0 for the park's 2)
    ("teens_injured", "kansas_city_ks_elmridge_park"): _KANSAS_CITYS,
    ("apart", "independence_noland_road_neighbors"): _ROUND_UP,
    ("injured", "independence_noland_road_neighbors"): _ROUND_UP,
    ("date", "kansas_city_mo_westport"): _ROUND_UP,
    ("apart", "little_rock_pinewood_court_killing"): _SAME_COMPLEX,
    ("apart", "little_rock_pinewood_court_wounded"): _SAME_COMPLEX,
    ("killed", "little_rock_pinewood_court_wounded"): _SAME_COMPLEX,
    ("injured", "little_rock_pinewood_court_killing"): _SAME_COMPLEX,
    ("date", "little_rock_pinewood_court_wounded"): _SAME_COMPLEX,
    ("killed", "billings_heights_standoff"): _KILLER_DEATH_APART,
}

# Wire copies count once: AP's Beaumont story and its two reprints with small edits are one source beside the first
# station's report, the paper naming the victims and the second station's report of the fifth death (four); AP's
# Lamar County story and its reprint are one. The Nashville station, the Gadsden paper and the arrest report are
# three; the Harvey station, the Chicago paper and the school's report three; the Spartanburg station, SLED's release
# and the solicitor's decision three; Lansing's three reports three.
INDEPENDENT_SOURCES = {"beaumont_event_hall_party": 4, "lamar_county_hunting_accident": 1,
                       "nashville_midtown_gadsden_man": 3, "harvey_loomis_avenue_party": 3,
                       "spartanburg_deputy_shootout": 3, "lansing_cedar_street_party_store": 3}
# Reports that agree or only revise (Beaumont's toll rising while its wounded fall by the man who died; Lansing's two
# men "expected to survive", then one dead and one recovered): corroborated with two or more independent sources;
# one AP story reprinted is a single source; Macon's "four men" wounded, then "three, not four": a later report below
# an earlier report's floor with no deaths to explain it, contested.
GRADES = {"beaumont_event_hall_party": "corroborated", "lamar_county_hunting_accident": "single-source",
          "macon_repast_drive_by": "contested", "lansing_cedar_street_party_store": "corroborated",
          "spartanburg_deputy_shootout": "corroborated", "tacoma_fourth_of_july_park": "corroborated"}

BCUBED_F1_FLOOR = 0.94  # the first run's 0.950, less a margin

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(22, 27), articles=range(50, 61))
    assert all(2014 <= gold["date"].year <= 2023 for gold in INCIDENTS.values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
