"""Challenge set: invented FOLLOW-UP articles about shootings and stabbings (US local news 2013-2017, some UK and
Canadian): an arrest, charges, an arraignment or a bail hearing, a trial, a verdict, a plea, a sentencing, a funeral,
a vigil, a GoFundMe, a lawsuit, a police video's release, a victim identified, a victim who died days later, grief
counselors at a school, an anniversary. Written before the extractor was run on them. Each article has the figures a
careful coder gives the incident it is about from the text alone (docs/conventions.md): killed, injured, children
0-11 and teens 12-17 (killed, injured) from the `article_tolls` view, and for many one claim's victim age, the
incident's day (the shooting's, never the arrest's, the court's or the death's days later) and place; for some, a
day the claim must NOT take (the arrest's or the hearing's).

Every sentence is invented; none is taken from the development data.

First run, before any fix (extractor of main 419f963): killed 61/66, injured 63/66, children 65/66, teens 65/66, victim
age 17/21, incident day 38/48, not the later day 25/32, place 58/66 (59/66 once one expectation was corrected: the
gazetteer names the city "Saint Petersburg"). After this round's fixes: killed 63/66, injured 64/66, children and teens
65/66, age 19/21, day 42/48, not the later day 29/32, place 60/66. Failures left are marked xfail with their class (XFAIL)."""
from __future__ import annotations

import pytest

from challenge_harness import claim_field_tests, read_toll_cases, toll_case, toll_tests, xfail_params


CASES = {
    # --- charges, arrests, bail ------------------------------------------------------------------------------
    "charged_last_thursday": toll_case(
        "Gary man charged with murder in tavern shooting", "2016-03-14",
        "GARY, Ind. — A 20-year-old Gary man has been charged with first-degree murder in the death of a "
        "24-year-old man who was shot last Thursday outside a tavern on Broadway, Lake County prosecutors said "
        "Monday. Deandre Wallace was booked into the Lake County Jail on Saturday and is being held without bond. "
        "Police said the victim, Terrell Hines, was shot twice in the chest during an argument in the tavern's "
        "parking lot and died at Methodist Hospital. Wallace is due in court March 22.",
        1, 0, claim={"kind": "killed", "age": 24, "day": "2016-03-10", "place": "Gary", "not_day": "2016-03-12"}),
    "seventeen_counts_one_per_wounded": toll_case(
        "Ewing man faces 17 attempted murder counts in block party shooting", "2015-08-20",
        "TRENTON, N.J. — A 19-year-old man faces 17 counts of attempted murder — one for each person wounded — in "
        "the gunfire that broke out at a block party on Aug. 9, Mercer County prosecutors announced Wednesday.\n\n"
        "Kareem Ellis of Ewing was arrested Tuesday at a relative's home in Philadelphia and waived extradition. "
        "No one was killed in the shooting on Hoffman Avenue, though three of the wounded, including a 14-year-old "
        "girl, spent days in critical condition.\n\nEllis is also charged with unlawful possession of a weapon and "
        "is being held on $1.5 million bail. His lawyer could not be reached.",
        0, 17, teens=(0, 1), claim={"kind": "injured", "day": "2015-08-09", "place": "Trenton",
                                    "not_day": "2015-08-18"}),
    "bail_teen_shot_leg_sunday": toll_case(
        "Bail set at $250K for man accused of shooting teen", "2016-10-19",
        "BRIDGEPORT, Conn. — A Superior Court judge set bail at $250,000 on Tuesday for a 20-year-old man accused "
        "of shooting a 17-year-old in the leg Sunday on Stratford Avenue. Police said Jamal Ortiz fired three "
        "shots at the teen after an argument over a girl; one struck him in the thigh. The 17-year-old was treated "
        "at Bridgeport Hospital and released. Ortiz is charged with first-degree assault, criminal possession of a "
        "pistol and reckless endangerment. He is due back in court Nov. 2.",
        0, 1, teens=(0, 1), claim={"kind": "injured", "age": 17, "day": "2016-10-16", "place": "Bridgeport"}),
    "teen_charged_adult_shot_man": toll_case(
        "16-year-old charged as adult in Orange Mound shooting", "2016-12-07",
        "MEMPHIS, Tenn. (WREG) — A 16-year-old has been charged as an adult in the shooting of a 32-year-old man "
        "on Friday, Memphis police said.\n\nInvestigators say the teen walked up to the man as he sat in his car "
        "on Park Avenue and fired several times, hitting him in the shoulder and side. The victim drove himself "
        "to Regional One, where he is in stable condition.\n\nThe teen, whose name was not released, is charged "
        "with attempted second-degree murder and employing a firearm during a dangerous felony. He was "
        "transferred to adult court Tuesday.",
        0, 1, claim={"kind": "injured", "day": "2016-12-02", "place": "Memphis"}),
    "three_counts_one_wounded": toll_case(
        "Mesa man accused of firing into car", "2015-11-25",
        "MESA, Ariz. — A 27-year-old Mesa man is charged with three counts of aggravated assault with a deadly "
        "weapon and one count of discharge of a firearm within city limits after a man was shot in the arm "
        "Sunday, police said. Police say Luis Ruiz fired four shots at a car carrying three people near Main "
        "Street and Dobson Road, hitting the driver, 33, in the arm. The two passengers were not hurt. Ruiz was "
        "arrested Monday at his apartment and is being held on a $100,000 bond.",
        0, 1, claim={"kind": "injured", "day": "2015-11-22", "place": "Mesa"}),
    "million_bond_two_weeks_ago": toll_case(
        "$1 million bond for man charged in apartment complex killing", "2016-06-15",
        "LANSING, Mich. — A judge on Tuesday set bond at $1 million for a 26-year-old man charged with open murder "
        "in the shooting death of a 40-year-old man two weeks ago. Police say Curtis Lamb shot Darnell Moss three "
        "times after an argument in the parking lot of an apartment complex on South Cedar Street. Moss died at "
        "Sparrow Hospital. Lamb was arrested Friday in Detroit. If convicted, he faces life in prison.",
        1, 0, claim={"kind": "killed", "day": "2016-06-01", "place": "Lansing"}),
    "arrest_friday_only": toll_case(
        "Arrest made in Huffman Avenue death", "2017-03-21",
        "DAYTON, Ohio — Dayton police arrested a 35-year-old man Friday in connection with the shooting death of a "
        "woman whose body was found in a home on Huffman Avenue. The woman, 29, had been shot once in the head, "
        "according to the Montgomery County coroner's office. Investigators have not said when she died or how "
        "the man knew her. He is being held in the Montgomery County Jail on a preliminary murder charge. Formal "
        "charges are expected this week.",
        1, 0, claim={"kind": "killed", "place": "Dayton", "not_day": "2017-03-17"}),
    "arrested_day_after": toll_case(
        "Man arrested in woman's shooting death", "2014-12-30",
        "AKRON, Ohio — Police arrested a man Monday, a day after a woman was shot dead in her apartment on East "
        "Avenue. Officers found Keisha Dunn, 36, on the living room floor with a gunshot wound to the chest "
        "shortly after 9 p.m. Sunday. She was pronounced dead at the scene. Marcus Bell, 39, her former "
        "boyfriend, was arrested without incident at a relative's house in Barberton and charged with murder. "
        "He is scheduled to be arraigned Wednesday in Akron Municipal Court.",
        1, 0, claim={"kind": "killed", "age": 36, "day": "2014-12-28", "place": "Akron", "not_day": "2014-12-29"}),
    "bond_denied_neighbor_67": toll_case(
        "No bond for man accused of shooting neighbor", "2014-09-30",
        "VALDOSTA, Ga. — A Lowndes County judge denied bond Monday for a man accused of shooting his neighbor, 67, "
        "in the chest on Sept. 18 during a dispute over a fence. The neighbor survived and was released from South "
        "Georgia Medical Center last week. Prosecutors said Wendell Price, 52, walked across the yard with a "
        "revolver and fired twice. Price is charged with aggravated assault and possession of a firearm during the "
        "commission of a felony.",
        0, 1, claim={"kind": "injured", "day": "2014-09-18", "place": "Valdosta", "not_day": "2014-09-29"}),
    "five_counts_child_endangerment": toll_case(
        "Man charged after woman shot while driving with kids", "2017-06-07",
        "INDIANAPOLIS — A 31-year-old man faces one count of attempted murder and five counts of child endangerment "
        "after a woman was shot in the shoulder while driving with her five children on Sunday, IMPD said. The "
        "woman, 30, was driving on East 38th Street when a man in a silver sedan pulled alongside and fired into "
        "her minivan. None of the children, ages 2 to 11, was hurt. She was taken to Eskenazi Hospital in good "
        "condition. Police arrested Terrance Hill on Tuesday after a witness recognized the car.",
        0, 1, claim={"kind": "injured", "day": "2017-06-04", "place": "Indianapolis"}),
    "short_brief_saturday_injured": toll_case(
        "Man charged in Saturday shooting", "2015-06-16",
        "ERIE, Pa. — A man has been charged in a Saturday shooting that left a 20-year-old injured. Erie police say "
        "Andre Hayes, 23, shot the victim in the foot on West 18th Street. Hayes was arraigned Monday and jailed on "
        "$50,000 bail.",
        0, 1, claim={"kind": "injured", "day": "2015-06-13", "place": "Erie"}),
    "uk_charged_murder_croydon": toll_case(
        "Man, 19, charged with murder of Croydon teenager", "2015-03-17",
        "A 19-year-old man has been charged with murder after a teenager was stabbed to death in Croydon on "
        "Saturday evening.\n\nKyle Adebayo, 17, was found with stab wounds in Church Street shortly after 7pm and "
        "died at the scene despite the efforts of paramedics. A second boy, aged 16, suffered stab wounds to his "
        "back and was treated in hospital; his injuries are not life-threatening.\n\nThe Metropolitan Police said "
        "Daniel Mensah, of Thornton Heath, was charged late on Monday and will appear at Croydon Magistrates' Court "
        "on Tuesday. A 17-year-old boy arrested on Sunday has been released on bail.\n\nDetective Chief Inspector "
        "Helen Barnes said: \"Kyle's family are devastated. I would urge anyone who was in Church Street on "
        "Saturday evening to come forward.\"",
        1, 1, teens=(1, 1), claim={"kind": "killed", "age": 17, "day": "2015-03-14", "place": "Croydon"}),
    "canada_scarborough_second_degree": toll_case(
        "Man, 22, charged with second-degree murder in Scarborough shooting", "2016-05-24",
        "Toronto police have charged a 22-year-old man with second-degree murder in the death of a 31-year-old man "
        "who was shot on May 14 in Scarborough.\n\nOfficers were called to a townhouse complex near Markham Road "
        "and Eglinton Avenue East shortly after 1 a.m. and found Jerome Campbell suffering from gunshot wounds. He "
        "was rushed to hospital, where he died.\n\nPolice said Monday that Andre Williams of Toronto was arrested "
        "on Saturday. He appeared in court in Scarborough on Sunday.",
        1, 0, claim={"kind": "killed", "day": "2016-05-14", "place": ("Scarborough", "Toronto"),
                     "not_day": "2016-05-21"}),
    "uk_court_salford_shotgun": toll_case(
        "Man in court over Salford shotgun attack", "2016-11-14",
        "A man has appeared in court charged with attempted murder after two men were injured in a shotgun attack "
        "in Salford on Friday night.\n\nThe victims, aged 24 and 27, were shot in the legs outside a house in "
        "Langworthy Road at about 10.30pm. Both were taken to Salford Royal Hospital, where they remain in a "
        "stable condition.\n\nLiam Doyle, 30, of no fixed address, appeared before Manchester and Salford "
        "Magistrates' Court on Monday and was remanded in custody. He is also charged with possession of a "
        "firearm with intent to endanger life.",
        0, 2, claim={"kind": "injured", "day": "2016-11-11", "place": "Salford", "not_day": "2016-11-14"}),
    # --- court: trials, verdicts, pleas, sentencings -----------------------------------------------------
    "pleaded_guilty_cousin_2015": toll_case(
        "Man pleads guilty to manslaughter in cousin's death", "2016-11-02",
        "SHREVEPORT, La. — A Shreveport man pleaded guilty Tuesday to manslaughter in the 2015 shooting death of "
        "his cousin, Caddo Parish prosecutors said. Marcus Tolliver, 29, admitted he fired the shot that killed "
        "26-year-old Andre Tolliver during a dispute over a car at a home on Hollywood Avenue in October 2015. "
        "District Judge Ramon Lafitte set sentencing for Jan. 12; Tolliver faces up to 40 years in prison. He had "
        "been charged with second-degree murder.",
        1, 0, claim={"kind": "killed", "age": 26, "place": "Shreveport"}),
    "sentenced_life_two_men_bar_march": toll_case(
        "Life without parole for man who killed two outside Flint bar", "2017-09-15",
        "FLINT, Mich. — A Genesee County judge on Thursday sentenced a 34-year-old man to life in prison without "
        "parole for killing two men and wounding a third outside a bar in March.\n\nA jury convicted Darius Hayes "
        "last month of two counts of first-degree murder, assault with intent to murder and four firearms "
        "counts. Prosecutors said Hayes opened fire outside the Copa Lounge on Dort Highway on March 4, minutes "
        "after he was thrown out of the bar.\n\nKilled were Jamal Reed, 27, and Curtis Bell, 31. A 25-year-old "
        "man was shot in the hip and survived; he testified at the trial.\n\n\"You took two fathers from their "
        "children,\" Judge Ellen Marsh told Hayes.",
        2, 1, claim={"kind": "killed", "day": "2017-03-04", "place": "Flint", "not_day": "2017-09-14"}),
    "trial_testimony_house_party": toll_case(
        "Survivor testifies in house party shooting trial", "2017-07-12",
        "COLUMBIA, S.C. — A woman who was shot in the back at a house party last year told jurors Tuesday that she "
        "saw the defendant pull a gun from his waistband moments before the shooting began.\n\nTremaine Gaskins, "
        "24, is on trial in Richland County on three counts of murder and two counts of attempted murder in the "
        "February 2016 shooting that killed three people and wounded two at a rented house off Two Notch Road.\n\n"
        "\"I heard maybe ten shots, and then I couldn't feel my legs,\" said the woman, now 22, who uses a "
        "wheelchair. The other wounded guest, a 19-year-old man, is expected to testify Wednesday.\n\nThe defense "
        "argues Gaskins was not at the party. The trial is expected to last two weeks.",
        3, 2, claim={"kind": "killed", "place": "Columbia"}),
    "verdict_murder_and_attempted": toll_case(
        "Jury convicts man in ex-girlfriend's killing", "2013-10-08",
        "MILWAUKEE — A jury on Monday found a Milwaukee man guilty of first-degree intentional homicide in the "
        "shooting death of his ex-girlfriend and attempted first-degree intentional homicide for wounding her "
        "sister. Prosecutors said Anthony Reese, 33, forced his way into the women's home on North 35th Street on "
        "March 3 and shot Latoya Green, 28, four times. Her sister, 31, was shot in the arm as she ran for the "
        "door. Reese faces a mandatory life sentence when he is sentenced Nov. 20.",
        1, 1, claim={"kind": "killed", "day": "2013-03-03", "place": "Milwaukee", "not_day": "2013-10-07"}),
    "plea_two_counts_agg_assault_two_men": toll_case(
        "Plea in nightclub shooting", "2014-02-05",
        "TULSA, Okla. — A 25-year-old Tulsa man pleaded guilty Tuesday to two counts of aggravated assault and "
        "battery for shooting two men outside a Tulsa nightclub last summer. Both men survived. Under a plea "
        "agreement, prosecutors will recommend a 15-year sentence for Jerrell Watts when he is sentenced in "
        "April. Watts told the judge he fired because he thought one of the men was reaching for a gun.",
        0, 2, claim={"kind": "injured", "place": "Tulsa"}),
    "mistrial_halloween_party_2013": toll_case(
        "Mistrial declared in Halloween party shooting case", "2014-10-14",
        "TOLEDO, Ohio — A Lucas County judge declared a mistrial Monday after jurors said they could not reach a "
        "verdict in the case of a man accused in the 2013 shooting that left one dead and four wounded at a "
        "Halloween party. Jurors deliberated for three days. Prosecutors said they would try Devin Coles, 21, "
        "again. Coles is charged with murder and four counts of felonious assault.",
        1, 4, claim={"kind": "killed", "place": "Toledo"}),
    "sentenced_15_years_teen_victim": toll_case(
        "15 years for teen who killed classmate", "2015-04-21",
        "MACON, Ga. — A Macon man was sentenced Monday to 15 years in prison for the shooting death of 14-year-old "
        "Jaylen Brooks in 2013. Corey Mims, who was 16 at the time, pleaded guilty to voluntary manslaughter in "
        "February. Prosecutors said Mims shot Jaylen once in the chest during an argument at a bus stop on Pio "
        "Nono Avenue. \"He was a child, and he is never coming home,\" Jaylen's mother told the court.",
        1, 0, teens=(1, 0), claim={"kind": "killed", "age": 14, "place": "Macon"}),
    "sentenced_wounded_three_incl_10yo": toll_case(
        "22 years for man in July Fourth cookout shooting", "2017-04-26",
        "ROCHESTER, N.Y. — A Rochester man was sentenced Tuesday to 22 years in prison for his role in a shooting "
        "that wounded three people, including a 10-year-old boy, at a Fourth of July cookout in 2016.\n\nMonroe "
        "County Court Judge Vincent Dinolfo imposed the sentence on Raheem Woods, 26, who was convicted in March "
        "of three counts of first-degree assault. Woods fired into a crowd on Hudson Avenue after an earlier "
        "fight, prosecutors said. The boy was struck in the leg; two men, 19 and 35, were also hit.\n\nA second "
        "man charged in the case is awaiting trial.",
        0, 3, children=(0, 1), claim={"kind": "injured", "place": "Rochester"}),
    "plea_deal_drive_by_two_teens": toll_case(
        "Plea deal in drive-by that wounded two teens", "2016-01-12",
        "HARRISBURG, Pa. — A Harrisburg man will serve 12 to 25 years in state prison under a plea deal for a 2014 "
        "drive-by shooting in which two teenagers, 14 and 16, were wounded. Kevin Lyles, 24, pleaded guilty Monday "
        "to two counts of aggravated assault and one count of conspiracy. Police said Lyles was driving the car "
        "from which shots were fired at a group of teens on Derry Street. The 14-year-old was hit in the hand and "
        "the 16-year-old in the back; both recovered. The man police say fired the shots, 23, goes on trial in "
        "March.",
        0, 2, teens=(0, 2), claim={"kind": "injured", "place": "Harrisburg"}),
    "no_contest_son_found_pistol_april": toll_case(
        "Father pleads no contest in son's death", "2017-08-16",
        "GREEN BAY, Wis. — A Green Bay man pleaded no contest Tuesday to second-degree reckless homicide in the "
        "death of his 3-year-old son, who found a loaded pistol in the family's car in April. The boy shot "
        "himself in the chest while his father, Travis Nygaard, 28, was inside a gas station on Main Street, "
        "police said. Nygaard faces up to 25 years in prison when he is sentenced in October. His attorney said "
        "his client \"will carry this for the rest of his life.\"",
        1, 0, children=(1, 0), claim={"kind": "killed", "age": 3, "place": "Green Bay"}),
    "preliminary_hearing_shot_three_times": toll_case(
        "Woman testifies ex-boyfriend shot her in Kroger lot", "2014-03-07",
        "HUNTSVILLE, Ala. — A woman testified Thursday that she was shot three times by her ex-boyfriend in the "
        "parking lot of a Kroger store on Jan. 20.\n\nThe 34-year-old woman, who spent two weeks at Huntsville "
        "Hospital, described the shooting at a preliminary hearing for Reginald Fields, 37, who is charged with "
        "attempted murder. She said Fields walked up to her car as she loaded groceries and fired through the "
        "window. A Madison County district judge sent the case to a grand jury. Fields remains jailed on a "
        "$200,000 bond.",
        0, 1, claim={"kind": "injured", "day": "2014-01-20", "place": "Huntsville", "not_day": "2014-03-06"}),
    "indicted_grand_jury_june_3": toll_case(
        "Two men indicted in 7-year-old's shooting death", "2016-08-17",
        "CLEVELAND — A Cuyahoga County grand jury indicted two men on Tuesday in the June 3 shooting that killed a "
        "7-year-old girl and wounded her grandfather as they sat on their porch on East 93rd Street.\n\nDemetrius "
        "Hall, 21, and Leon Carter, 19, are charged with aggravated murder, attempted murder and felonious "
        "assault. Prosecutors say the two men were shooting at a rival when bullets struck the porch. The girl, "
        "Amaya Reed, died at University Hospitals Rainbow Babies & Children's Hospital. Her grandfather, 58, was "
        "shot in the arm.",
        1, 1, children=(1, 0), claim={"kind": "killed", "day": "2016-06-03", "place": "Cleveland",
                                      "not_day": "2016-08-16"}),
    "extradited_brothers_2013": toll_case(
        "Suspect extradited from Mexico in 2013 slaying of brothers", "2015-10-27",
        "SANTA ANA, Calif. — A man wanted in the 2013 slaying of two brothers in Santa Ana has been extradited from "
        "Mexico, the Orange County district attorney's office said Monday. Alfredo Ramos, 33, is charged with two "
        "counts of murder in the deaths of Miguel Soto, 22, and Daniel Soto, 25, who were shot outside their "
        "home on West Third Street in August 2013. Ramos fled to Mexico days after the shooting, prosecutors said. "
        "He is being held without bail.",
        2, 0, claim={"kind": "killed", "place": "Santa Ana"}),
    # --- deaths days later, identification, updates -------------------------------------------------------
    "died_tuesday_four_days_after": toll_case(
        "Man shot at July Fourth gathering dies", "2014-07-09",
        "ROCKFORD, Ill. — A Rockford man died Tuesday, four days after he was shot in the head during a gathering "
        "on the city's west side, police said. Dontrell Jackson, 31, had been on life support at OSF Saint Anthony "
        "Medical Center since the shooting, which happened just before midnight in the 900 block of Montague "
        "Street. Police said a 22-year-old man was also wounded in the shooting; he was treated and released. No "
        "arrests have been made. The Winnebago County coroner ruled Jackson's death a homicide.",
        1, 1, claim={"kind": "killed", "day": "2014-07-04", "place": "Rockford", "not_day": "2014-07-08"}),
    "victim_identified_saturday_night": toll_case(
        "Police identify man killed in Saturday shooting", "2016-08-08",
        "DURHAM, N.C. — The man killed in a shooting Saturday night in Durham has been identified as Jamal "
        "Pettiford, 28, police said Monday. Officers responding to a report of shots fired on Fayetteville Street "
        "found Pettiford and a second man with gunshot wounds. Pettiford died at Duke University Hospital. The "
        "second man, 30, is expected to survive. Anyone with information is asked to call Durham CrimeStoppers "
        "at 919-683-1200.",
        1, 1, claim={"kind": "killed", "age": 28, "day": "2016-08-06", "place": "Durham"}),
    "died_oct_after_shot_oct12": toll_case(
        "Teen shot last week dies", "2013-10-21",
        "BALTIMORE — A 19-year-old man who was shot on Oct. 12 in East Baltimore died Sunday at Johns Hopkins "
        "Hospital, police said. Dante Coleman was shot in the head in the 2400 block of East Preston Street around "
        "8 p.m. and had been in critical condition since. His death was the city's 182nd homicide of the year. "
        "Police have not identified a suspect.",
        1, 0, claim={"kind": "killed", "age": 19, "day": "2013-10-12", "place": "Baltimore",
                     "not_day": "2013-10-20"}),
    "second_victim_died_toll_two": toll_case(
        "Second man dies after nightclub shooting", "2014-05-20",
        "LOUISVILLE, Ky. — A second man has died from wounds suffered in a shooting outside a nightclub early "
        "Saturday, bringing the death toll to two, Louisville Metro Police said Monday. Three others were wounded "
        "in the shooting outside Club Envy on Bardstown Road. The Jefferson County coroner identified the second "
        "man as Kendrick Lyons, 24, who died Sunday at University Hospital. Brandon Tate, 22, died at the scene. "
        "No arrests have been made.",
        2, 3, claim={"kind": "killed", "day": "2014-05-17", "place": "Louisville"}),
    "update_man_shot_friday_has_died": toll_case(
        "UPDATE: Man shot on Elm Street dies", "2016-12-10",
        "PEORIA, Ill. — UPDATE (11:20 a.m. Saturday): The man shot Friday night on Elm Street has died, police said "
        "Saturday. Peoria County Coroner Jamie Harwood identified him as Marcus Tate, 44. An autopsy is scheduled "
        "for Monday.\n\nEARLIER: A man was shot several times Friday night in the 1100 block of West Elm Street. "
        "Officers found him on the sidewalk shortly after 9 p.m. He was taken to OSF Saint Francis Medical Center "
        "in critical condition.",
        1, 0, claim={"kind": "killed", "day": "2016-12-09", "place": "Peoria"}),
    "charges_upgraded_after_death": toll_case(
        "Murder charge after shooting victim dies", "2015-12-11",
        "SPRINGFIELD, Mo. — Prosecutors upgraded the charge against a 27-year-old Springfield man to second-degree "
        "murder after the man he is accused of shooting on Nov. 28 died Thursday. Corey Banks, 35, had been at "
        "Mercy Hospital since he was shot in the abdomen outside a home on North Benton Avenue. Jason Pruitt was "
        "initially charged with first-degree assault. He remains in the Greene County Jail.",
        1, 0, claim={"kind": "killed", "day": "2015-11-28", "place": "Springfield", "not_day": "2015-12-10"}),
    "life_support_week_after": toll_case(
        "Woman shot in domestic dispute dies", "2015-03-06",
        "PUEBLO, Colo. — A 38-year-old Pueblo woman was taken off life support Thursday, a week after she was shot "
        "in the head in a domestic dispute, police said. Renee Vigil had been at Parkview Medical Center since the "
        "Feb. 26 shooting at her home on East Orman Avenue. Her ex-boyfriend, 41, is jailed on an attempted murder "
        "charge that prosecutors said would be upgraded.",
        1, 0, claim={"kind": "killed", "age": 38, "day": "2015-02-26", "place": "Pueblo", "not_day": "2015-03-05"}),
    "teen_died_shot_july_4": toll_case(
        "Teen wounded on Fourth of July dies", "2015-07-10",
        "OMAHA, Neb. — A 15-year-old boy shot July 4 in north Omaha died Thursday at Children's Hospital & Medical "
        "Center, police said. Isaiah Dawson was hit in the neck while watching fireworks near North 30th and Ames "
        "Avenue. A 20-year-old man was arrested Monday and is now expected to face a murder charge.",
        1, 0, teens=(1, 0), claim={"kind": "killed", "age": 15, "day": "2015-07-04", "place": "Omaha",
                                   "not_day": "2015-07-09"}),
    "canada_winnipeg_last_month_died": toll_case(
        "Man shot in North End last month dies", "2017-02-08",
        "WINNIPEG — A Winnipeg man who was shot in the city's North End last month has died in hospital, police "
        "said Tuesday.\n\nThe 27-year-old was found with a gunshot wound on Selkirk Avenue and had been in "
        "critical condition since. His death is the city's fourth homicide of 2017.\n\nNo arrests have been made.",
        1, 0, claim={"kind": "killed", "place": "Winnipeg"}),
    "correction_age_18_not_15": toll_case(
        "Woman wounded in Sunday shooting", "2016-07-19",
        "SAVANNAH, Ga. — An 18-year-old woman was wounded Sunday night when someone fired into a car on West "
        "Gwinnett Street, Savannah-Chatham police said. She was hit in the shoulder and taken to Memorial Health "
        "University Medical Center. Police arrested a 21-year-old man on Monday.\n\nCorrection: An earlier version "
        "of this story misstated the age of the victim. She is 18, not 15.",
        0, 1, claim={"kind": "injured", "age": 18, "day": "2016-07-17", "place": "Savannah"}),
    "restated_four_shot_one_fatally": toll_case(
        "Arrest in deadly Sunday shooting", "2013-06-11",
        "JACKSONVILLE, Fla. — Jacksonville sheriff's officers arrested a 22-year-old man Monday in the shooting that "
        "left one man dead and three people wounded early Sunday outside a Moncrief Road convenience store.\n\n"
        "As first reported Sunday, four people were shot, one fatally, after a fight in the parking lot. The man "
        "who died was identified as Travis Lowe, 26. The three wounded, two men and a woman, are expected to "
        "recover.\n\nKeyon Bryant is charged with second-degree murder and three counts of attempted murder.",
        1, 3, claim={"kind": "killed", "day": "2013-06-09", "place": "Jacksonville", "not_day": "2013-06-10"}),
    "initially_two_now_three": toll_case(
        "Police: 3, not 2, shot outside nightclub", "2015-05-29",
        "BIRMINGHAM, Ala. — Police initially reported that two people were shot early Thursday outside a nightclub "
        "on 2nd Avenue North, but on Friday they said three people were struck.\n\nThe third victim, a 23-year-old "
        "woman, drove herself to UAB Hospital with a graze wound to her arm and was not counted in the first "
        "reports, Sgt. Johnny Williams said. The two men, 25 and 28, remain hospitalized in stable condition.\n\n"
        "Investigators believe the shots came from a passing car.",
        0, 3, claim={"kind": "injured", "day": "2015-05-28", "place": "Birmingham"}),
    "police_raise_count_five_shot": toll_case(
        "Police: Five shot at Saturday party, one died", "2017-10-16",
        "MONTGOMERY, Ala. — Five people were shot at a birthday party early Saturday on Oak Street, not three as "
        "first reported, Montgomery police said Monday. One of them, 19-year-old Corey Hunt, died Sunday at Baptist "
        "Medical Center South. The four others are expected to recover. Police said two of the victims went to a "
        "hospital on their own, which is why they were not counted at first. No one has been charged.",
        1, 4, claim={"kind": "killed", "day": "2017-10-14", "place": "Montgomery", "not_day": "2017-10-15"}),
    # --- funerals, vigils, schools, fundraisers --------------------------------------------------------
    "funeral_mother_shot_children_fire": toll_case(
        "Mourners say goodbye to three Maple Heights children", "2016-02-13",
        "MAPLE HEIGHTS, Ohio — Hundreds of mourners filled a Maple Heights church on Saturday for the funeral of "
        "the three children killed in the fire their father set after shooting their mother.\n\nKayla Brooks, 9, "
        "Mason Brooks, 6, and Lily Brooks, 3, died of smoke inhalation in the Feb. 6 blaze at the family's home on "
        "Dunham Road, the Cuyahoga County medical examiner ruled. Their mother, Tasha Brooks, 34, was shot twice "
        "and was found dead in the kitchen.\n\nPolice say Derrick Brooks, 37, shot his wife during an argument, "
        "poured gasoline in the hallway and set it alight, then drove to a relative's house, where he was arrested "
        "hours later. He is charged with four counts of aggravated murder and aggravated arson.\n\n\"They were "
        "sweet, happy kids,\" their great-aunt, Doris Hill, said outside the church. Tasha Brooks was buried last "
        "week.",
        4, 0, children=(3, 0), claim={"kind": "killed", "day": "2016-02-06", "place": "Maple Heights",
                                      "not_day": "2016-02-13"}),
    "grief_counselors_middle_school": toll_case(
        "Counselors at school after 13-year-old killed", "2017-01-16",
        "FORT WAYNE, Ind. — Grief counselors were at Lincoln Middle School on Monday after a 13-year-old student was "
        "shot and killed Saturday afternoon at a friend's home.\n\nPolice said the boy, Ethan Marsh, was shot by a "
        "14-year-old friend who was handling his father's handgun in a bedroom on Oxford Street. The 14-year-old "
        "has been detained on a charge of reckless homicide.\n\n\"Our hearts are broken,\" the principal wrote in "
        "a letter sent home with students.",
        1, 0, teens=(1, 0), claim={"kind": "killed", "age": 13, "day": "2017-01-14", "place": "Fort Wayne",
                                   "not_day": "2017-01-16"}),
    "vigil_two_teens_friday": toll_case(
        "Vigil for two teens killed in drive-by", "2014-09-29",
        "KANSAS CITY, Mo. — Dozens of people gathered Sunday evening for a vigil on Prospect Avenue for the two "
        "teenagers killed in a drive-by shooting Friday night.\n\nDevonte Harris, 16, and Malik Jones, 15, were "
        "standing outside a corner store when someone in a passing SUV opened fire. A third teen, 17, was wounded "
        "and is in stable condition.\n\nBalloons and candles lined the sidewalk. \"These were kids,\" said "
        "Malik's aunt. Police have made no arrests.",
        2, 1, teens=(2, 1), claim={"kind": "killed", "day": "2014-09-26", "place": "Kansas City",
                                   "not_day": "2014-09-28"}),
    "officer_funeral_gunman_killed": toll_case(
        "Thousands attend funeral for fallen Decatur officer", "2015-09-09",
        "DECATUR, Ill. — Thousands of police officers from across the Midwest lined the streets of Decatur on "
        "Tuesday for the funeral of Officer Brian Kessler, who was shot and killed during a traffic stop on Aug. 30."
        "\n\nKessler, 36, a 10-year veteran, had pulled over a car on East Eldorado Street when the driver got "
        "out and fired at him. The gunman, 30, was shot and killed by a second officer who arrived moments later."
        "\n\nKessler leaves a wife and two daughters. He was the first Decatur officer killed in the line of duty "
        "since 1988.",
        2, 0, claim={"kind": "killed", "day": "2015-08-30", "place": "Decatur", "not_day": "2015-09-08"}),
    "vigil_week_after_mass_shooting": toll_case(
        "A week later, Fresno mourns five killed at auto shop", "2016-01-12",
        "FRESNO, Calif. — A week after a gunman killed five people and wounded eight at an auto repair shop in "
        "southeast Fresno, hundreds of people gathered Monday night for a candlelight vigil.\n\nThe Jan. 4 "
        "shooting was the deadliest in the city's history. The gunman, a 44-year-old former employee, was "
        "arrested at the scene and is charged with five counts of murder and eight counts of attempted murder.\n\n"
        "Three of the wounded remain hospitalized, Police Chief Jerry Dyer said. The city recorded 39 homicides "
        "in 2015.",
        5, 8, claim={"kind": "killed", "day": "2016-01-04", "place": "Fresno", "not_day": "2016-01-11"}),
    "gofundme_girl_stray_bullet": toll_case(
        "GoFundMe for girl hit by stray bullet tops $12K", "2017-05-24",
        "STOCKTON, Calif. — A GoFundMe page set up for a 6-year-old girl who was wounded by a stray bullet on May 14 "
        "has raised more than $12,000.\n\nAaliyah Torres was hit in the shoulder while watching television in her "
        "family's apartment on East Main Street when someone fired at least 10 rounds outside. She has had two "
        "surgeries at San Joaquin General Hospital.\n\n\"She keeps asking why somebody would shoot at her house,\" "
        "her mother, 27, wrote on the page. Stockton police have not made an arrest.",
        0, 1, children=(0, 1), claim={"kind": "injured", "age": 6, "day": "2017-05-14", "place": "Stockton"}),
    "funeral_grandmother_stray_bullet": toll_case(
        "Family says goodbye to grandmother killed on her porch", "2014-08-30",
        "JACKSON, Miss. — Family and friends said goodbye Saturday to a 72-year-old grandmother killed by a stray "
        "bullet while she sat on her porch on Aug. 23.\n\nMary Lou Hampton was struck in the chest when two men "
        "exchanged gunfire on Robinson Road, Jackson police said. One of the men, 20, was arrested Wednesday and "
        "charged with murder.\n\n\"She raised half this neighborhood,\" her pastor said at the service.",
        1, 0, claim={"kind": "killed", "age": 72, "day": "2014-08-23", "place": "Jackson", "not_day": "2014-08-27"}),
    "uk_teen_vigil_leyton": toll_case(
        "Hundreds at vigil for stabbed Leyton schoolboy", "2017-06-20",
        "Hundreds of people attended a vigil on Monday for a 15-year-old boy who was stabbed to death in Leyton "
        "on Thursday last week.\n\nJoshua Ofori was attacked by a group of youths near a bus stop in High Road "
        "Leyton after school. He died in hospital later that evening.\n\nTwo boys, aged 16 and 17, have been "
        "charged with his murder and remanded to youth detention accommodation. Scotland Yard said no one else was "
        "hurt.",
        1, 0, teens=(1, 0), claim={"kind": "killed", "age": 15, "day": "2017-06-15", "place": ("Leyton", "London")}),
    "uk_named_moss_side": toll_case(
        "Man shot dead in Moss Side named", "2016-04-12",
        "Police have named the man who was shot dead in Moss Side on Sunday night as Andre Lewis, 23.\n\nGreater "
        "Manchester Police said Mr Lewis was found with gunshot wounds on Claremont Road at about 11pm and was "
        "pronounced dead at the scene. Two men, aged 20 and 24, have been arrested on suspicion of murder and "
        "remain in custody.\n\nDetective Superintendent Jamie Daniels said: \"This was a targeted attack.\"",
        1, 0, claim={"kind": "killed", "age": 23, "day": "2016-04-10", "place": ("Moss Side", "Manchester")}),
    # --- lawsuits, police videos, inquests, anniversaries --------------------------------------------------
    "lawsuit_police_shooting_2015": toll_case(
        "Family sues city over police shooting", "2017-04-26",
        "ALBUQUERQUE, N.M. — The family of a 38-year-old man shot and killed by Albuquerque police in December 2015 "
        "filed a wrongful-death lawsuit Tuesday seeking $5 million. The suit says three officers fired 14 rounds "
        "at Ramon Ortiz after he stepped out of a stalled pickup holding a cellphone. Ortiz died at the scene. The "
        "officers were cleared by the district attorney last year. A city spokeswoman declined to comment on "
        "pending litigation.",
        1, 0, claim={"kind": "killed", "age": 38, "place": "Albuquerque"}),
    "bodycam_video_knife_wounded": toll_case(
        "Police release video of officer shooting man with knife", "2015-06-03",
        "SPOKANE, Wash. — Spokane police on Tuesday released body camera video of the May 21 shooting in which an "
        "officer shot and wounded a 42-year-old man who charged at him with a knife.\n\nThe video, about four "
        "minutes long, shows Officer Dan Wells backing away and shouting \"Drop the knife!\" several times before "
        "firing three shots, striking Gary Hall twice in the abdomen. Hall was hospitalized for a week and has "
        "been charged with first-degree assault.\n\nThe Spokane County Sheriff's Office is investigating the "
        "shooting, as is routine.",
        0, 1, claim={"kind": "injured", "day": "2015-05-21", "place": "Spokane", "not_day": "2015-06-02"}),
    "prosecutor_clears_officer": toll_case(
        "Prosecutor: Officer justified in fatal November shooting", "2017-01-18",
        "TACOMA, Wash. — The Pierce County prosecutor ruled Tuesday that a Tacoma police officer was justified in "
        "the fatal shooting of a 23-year-old man on Nov. 2. Prosecutors said Jordan Reyes pointed a handgun at "
        "officers after a pursuit that ended in an alley off South Tacoma Way. The officer fired four times. No "
        "officers were hurt.",
        1, 0, claim={"kind": "killed", "day": "2016-11-02", "place": "Tacoma", "not_day": "2017-01-17"}),
    "canada_coroner_inquest_2014": toll_case(
        "Inquest opens into fatal RCMP shooting", "2017-11-06",
        "SURREY, B.C. — A coroner's inquest began Monday into the death of Daniel Chu, 34, who was shot by RCMP "
        "officers in Surrey in March 2014. The five-person jury will hear from about 20 witnesses, including the "
        "two officers who fired. The inquest cannot assign blame but may make recommendations to prevent similar "
        "deaths.",
        1, 0, claim={"kind": "killed", "place": "Surrey"}),
    "anniversary_car_wash": toll_case(
        "One year later, Wichita remembers car wash shooting", "2016-08-05",
        "WICHITA, Kan. — One year after a gunman killed three people and wounded a fourth at a car wash on South "
        "Broadway before he was shot dead by police, about 100 people gathered Thursday evening to remember the "
        "victims.\n\nThe Aug. 5, 2015, shooting began when the gunman, 29, opened fire on employees he had worked "
        "with. The wounded man, then 19, now works at the car wash again.\n\nWichita recorded 21 homicides in 2015, "
        "police said.",
        4, 1, claim={"kind": "killed", "day": "2015-08-05", "place": "Wichita"}),
    "officer_returns_to_duty": toll_case(
        "Topeka officer back on duty three months after standoff shooting", "2016-10-19",
        "TOPEKA, Kan. — A Topeka police officer who was shot during a standoff on July 12 returned to work Tuesday, "
        "three months after he was wounded.\n\nOfficer Mike Dunn, 41, was hit in the hip by a shot fired from "
        "inside a house on Southeast Lake Street. The man who shot him, 52, was killed by SWAT officers later that "
        "night after he came out firing.\n\nDunn's colleagues lined the hallway of police headquarters and "
        "applauded as he walked in.",
        1, 1, claim={"kind": "injured", "day": "2016-07-12", "place": "Topeka", "not_day": "2016-10-18"}),
    # --- more court and aftermath forms ----------------------------------------------------------------------
    "four_counts_wife_stepchildren": toll_case(
        "Lawton man charged with killing wife, three stepchildren", "2013-08-14",
        "LAWTON, Okla. — A Lawton man was charged Tuesday with four counts of first-degree murder in the deaths "
        "of his wife and three stepchildren, ages 8, 11 and 14, who were found shot in their home on Aug. 10.\n\n"
        "Comanche County prosecutors said Roy Tiller, 45, shot his wife, Sandra, 39, in the couple's bedroom and "
        "then shot the children as they slept. He was arrested the next morning at a motel in Duncan.\n\nA "
        "memorial fund has been set up at a local bank.",
        4, 0, children=(2, 0), teens=(1, 0), claim={"kind": "killed", "day": "2013-08-10", "place": "Lawton",
                                                    "not_day": "2013-08-13"}),
    "mother_charged_toddler_last_week": toll_case(
        "Mother charged after toddler finds gun, dies", "2017-02-08",
        "HOUSTON — A Houston mother has been charged with child endangerment after her 2-year-old son found a "
        "loaded pistol in her purse and fatally shot himself last week, the Harris County district attorney's "
        "office said Tuesday. The boy was pronounced dead at Texas Children's Hospital. The mother, 24, was "
        "released on a $10,000 bond.",
        1, 0, children=(1, 0), claim={"kind": "killed", "age": 2, "place": "Houston"}),
    "sentencing_triple_shooting_victim_statements": toll_case(
        "Man gets 60 years for triple shooting", "2016-09-06",
        "KNOXVILLE, Tenn. — A Knox County judge sentenced a 27-year-old man to 60 years in prison Friday for a 2015 "
        "shooting that killed one man and wounded two women outside an apartment complex on Western Avenue.\n\n"
        "Dwayne Pressley was convicted in June of second-degree murder and two counts of attempted second-degree "
        "murder. One of the women, who was shot in the stomach, read a statement in court. \"I have four scars and "
        "two surgeries because of you,\" she said.\n\nThe man who died, Terrance Bly, was 30. Pressley's lawyer "
        "said he will appeal.",
        1, 2, claim={"kind": "killed", "place": "Knoxville"}),
    "arraignment_toddler_uncle_gun_detroit": toll_case(
        "Uncle arraigned after 4-year-old wounded", "2014-10-14",
        "DETROIT — A 29-year-old man was arraigned Monday on charges of second-degree child abuse and careless "
        "discharge of a firearm causing injury after his 4-year-old nephew was shot in the foot Friday on the "
        "city's east side.\n\nPolice said the man was cleaning a handgun in the living room of a home on Gratiot "
        "Avenue when it went off. The boy is expected to recover. Bond was set at $25,000.",
        0, 1, children=(0, 1), claim={"kind": "injured", "age": 4, "day": "2014-10-10", "place": "Detroit",
                                      "not_day": "2014-10-13"}),
    "canada_edmonton_manslaughter_plea": toll_case(
        "Edmonton man pleads guilty in 2015 shooting death", "2017-03-21",
        "EDMONTON — An Edmonton man has pleaded guilty to manslaughter in the 2015 shooting death of a 19-year-old "
        "at a house party in the city's west end.\n\nCourt heard Monday that Tyler Kowalski, now 23, fired a "
        "sawed-off shotgun into a crowded basement after being asked to leave, killing Brandon Sinclair and "
        "wounding two other partygoers.\n\nThe Crown and defence have jointly proposed a sentence of nine years. "
        "Kowalski was originally charged with second-degree murder.",
        1, 2, claim={"kind": "killed", "place": "Edmonton"}),
    "acquitted_self_defense_bar": toll_case(
        "Jury acquits man who said he fired in self-defense", "2016-05-24",
        "ST. PETERSBURG, Fla. — A Pinellas County jury on Monday acquitted a 45-year-old man of second-degree murder "
        "in the shooting death of a man outside a St. Petersburg bar, accepting his claim that he fired in "
        "self-defense.\n\nJurors deliberated about four hours before finding Gary Lutz not guilty in the Sept. 19 "
        "death of Christopher Dean, 33. Lutz testified that Dean punched him twice and reached for his waistband "
        "before Lutz drew his licensed pistol and fired once.\n\nDean's family left the courtroom in tears.",
        1, 0, claim={"kind": "killed", "age": 33, "day": "2015-09-19", "place": ("St. Petersburg", "Saint Petersburg"),
                     "not_day": "2016-05-23"}),
    "victim_released_hospital_arrest": toll_case(
        "Arrest made after man shot at gas station", "2015-12-11",
        "CHATTANOOGA, Tenn. — A 24-year-old man shot at a Brainerd Road gas station last weekend was released "
        "from Erlanger hospital on Thursday, the same day police arrested a suspect. Chattanooga police said "
        "Marcus Dean, 19, shot the man twice during an attempted robbery Saturday night. Dean is charged with "
        "especially aggravated robbery and attempted first-degree murder.",
        0, 1, claim={"kind": "injured", "day": "2015-12-05", "place": "Chattanooga", "not_day": "2015-12-10"}),
    "hearing_two_dead_one_hurt_may": toll_case(
        "Suspect in double homicide waives hearing", "2016-08-10",
        "ALLENTOWN, Pa. — A man accused of killing two people and wounding a third in a May shooting on North Sixth "
        "Street waived his preliminary hearing Tuesday, sending the case to Lehigh County Court.\n\nLuis Feliciano, "
        "21, is charged with two counts of criminal homicide and one count of attempted homicide. Police said "
        "Feliciano opened fire on a group sitting on a porch on May 22, killing Angel Rivera, 20, and Jose Cruz, 23, "
        "and wounding a 17-year-old girl.\n\nFeliciano is being held without bail.",
        2, 1, teens=(0, 1), claim={"kind": "killed", "day": "2016-05-22", "place": "Allentown",
                                   "not_day": "2016-08-09"}),
    "sentenced_road_rage_march_2014": toll_case(
        "Road rage shooter sentenced", "2015-09-09",
        "CHARLOTTE, N.C. — A man who shot a driver during a road rage confrontation on Interstate 77 in March 2014 "
        "was sentenced Tuesday to eight to 11 years in prison. Phillip Barr, 48, pleaded guilty to assault with a "
        "deadly weapon with intent to kill inflicting serious injury. The victim, a 36-year-old father of three, "
        "was shot in the neck and spent a month in Carolinas Medical Center. He still has trouble speaking, he "
        "told the judge.",
        0, 1, claim={"kind": "injured", "place": "Charlotte"}),
    "uk_inquest_farmer_shotgun": toll_case(
        "Inquest hears farmer shot neighbour after boundary row", "2014-05-20",
        "An inquest has heard how a farmer shot his neighbour dead with a shotgun after a long-running dispute over "
        "a boundary hedge in Devon, before turning the gun on himself.\n\nExeter Coroner's Court heard on Monday "
        "that Geoffrey Palmer, 67, killed Richard Hale, 58, in a lane near Crediton on 14 November last year. "
        "Palmer was found dead in a barn on his farm two hours later.\n\nThe coroner recorded that Mr Hale was "
        "unlawfully killed.",
        2, 0, claim={"kind": "killed", "day": "2013-11-14", "place": "Crediton"}),
    "cold_case_arrest_2013_double": toll_case(
        "Arrest in 2013 double shooting", "2016-12-07",
        "NEW HAVEN, Conn. — Police have arrested a 30-year-old man in a 2013 shooting that killed one man and "
        "paralyzed another on Dixwell Avenue, Chief Anthony Campbell announced Tuesday.\n\nRaymond Oakes was "
        "charged with murder, assault in the first degree and criminal possession of a firearm. He was already in "
        "prison on an unrelated drug conviction.\n\nThe surviving victim, now 29, uses a wheelchair. \"He never "
        "gave up hope,\" his mother said.",
        1, 1, claim={"kind": "killed", "place": "New Haven"}),
}

# (case, field) -> the class of failure left unread after this round (marked xfail, strict)
_OFFICER_AND_GUNMAN = ("an officer killed and the gunman killed by another officer, each told by a passive in a sentence of "
                       "its own, are taken for one death (the attacker's death apart needs an active verb or several dead "
                       "beside it)")
XFAIL: dict[tuple[str, str], str] = {
    ("officer_funeral_gunman_killed", "killed"): _OFFICER_AND_GUNMAN,
    ("officer_returns_to_duty", "injured"): ("an officer 'shot during a standoff' (a relative clause) and 'hit in the hip by a "
                                             "shot fired from inside a house' is not read beside the gunman's death: no "
                                             "injured claim"),
    ("officer_returns_to_duty", "day"): "no injured claim (see injured)",
    ("officer_returns_to_duty", "not_day"): "no injured claim (see injured)",
    ("officer_returns_to_duty", "place"): "no injured claim (see injured)",
    ("seventeen_counts_one_per_wounded", "injured"): ("counts of a charge told as one per victim ('faces 17 counts of "
                                                      "attempted murder — one for each person wounded') are not a figure"),
    ("million_bond_two_weeks_ago", "day"): "'two weeks ago' is read as a week's window, not the day fourteen days before",
    ("initially_two_now_three", "day"): ("'but on Friday they said three people were struck': a day opening a clause before "
                                         "a pronoun and a statement verb dates the figure (the statement's day)"),
}


@pytest.fixture(scope="module")
def warehouse():
    yield from read_toll_cases(
        CASES, "article_id, claim_key, casualty_type, victim_age, period_start, location, evidence_text", text_only=True)


def _params(field, names):
    return xfail_params(XFAIL, field, names, name_first=True)


def test_xfail_keys_are_known():
    assert {f for _, f in XFAIL} <= {"killed", "injured", "children", "teens", "age", "day", "not_day", "place"}
    assert {n for n, _ in XFAIL} <= set(CASES)


test_killed, test_injured, test_children, test_teens = toll_tests(CASES, XFAIL)


def _claims(warehouse, name):
    spec = CASES[name]["claim"]
    claims = warehouse[1]
    return claims[(claims.article_id == name) & (claims.casualty_type == spec["kind"])]


def _with(field, key):
    return _params(field, [name for name, c in CASES.items() if key in c["claim"]])


test_victim_age, test_incident_day, test_place = claim_field_tests(CASES, XFAIL, _claims)


@pytest.mark.parametrize("name", _with("not_day", "not_day"))
def test_not_the_later_day(warehouse, name):
    """The arrest's, the hearing's, the funeral's or the death's later day is not the incident's."""
    rows = _claims(warehouse, name)
    assert len(rows)
    days = {str(d)[:10] for d in rows.period_start.dropna()}
    assert CASES[name]["claim"]["not_day"] not in days


