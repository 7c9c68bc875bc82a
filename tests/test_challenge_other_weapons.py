"""Challenge set: ATTACKS WITHOUT GUNS as the wires and the local press report them, written before the pipeline was
run on it, with the figures a careful coder gives from the text alone under docs/conventions.md.

Knife, machete, sickle and axe attacks (a kindergarten, a commuter train, a market, a high school, a grocery, a flat,
a neighbours' dispute), arson (homes, a rowhouse, an apartment block's stairwell, a refugee shelter, a mosque, a city
bus, a karaoke bar: "set fire to", "torched", "set ablaze", "burned alive", "burning ... to death", "died of smoke
inhalation"), vehicle rammings ("drove a pickup truck into a crowd", "mowed down", "rammed his car into"), a grenade in
a bar, crude bombs at a party office, acid attacks, beatings, a football fans' brawl and mob lynchings ("beaten to
death", "beat him to death", "lynched", "set ablaze by a mob"), food laced with pesticide at a wedding feast, stones
thrown at a bus; from AP, Reuters, AFP, Xinhua, Kyodo, PTI, local stations and papers of the US, the UK, France,
Germany, India, Kenya, Nigeria, China, Japan, Israel and Brazil, 2012-2024. The forms vary: a total broken down
("including three children aged 4, 6 and 9", "Twelve of those admitted are children", "Two of the injured were
stabbed and two suffered head wounds"), victims told one by one with no total, "at least", "more than 40", "more than
a dozen" beside a later numeral, "dozens", a toll that rises in the same text, the attacker shot dead by police or a
soldier, shot and wounded, hurt and arrested, or who killed himself (by jumping, by pesticide); people treated for
shock, people rescued or evacuated unhurt, children and teens who are no victims (a 16-year-old arrested, teens
charged, a suspect of 15, teenage children away from home, eight children rescued unhurt), property damage only, and
a control with nobody hurt. Thirteen cases have children (0-11) or teens (12-17) among the victims.

Golds: ``killed`` and ``injured`` are the article's totals; the four minors' fields (children 0-11, teens 12-17; 0
where none); ``attackers_killed`` / ``attackers_injured`` where the case has an attacker who might be hurt (an
attacker killed or hurt counts among the dead or the hurt, as docs/conventions.md counts him, and a killer who killed
himself is an attacker killed, as the earlier sets give it). Two judgements of docs/conventions.md, "Who is counted":
people "treated for shock" are no one hurt (the rule that reads people being treated leaves out "shock, smoke, trauma,
panic or anxiety", and a running count of the treated is "not of those treated for shock"); people treated for smoke
inhalation after an arson ARE hurt (the page calls them "the fire's hurt" and lists them as a form "Not done", a known
gap, not a rule that they are nobody). The dead of a mob's lynching are its victims, not attackers, though they were
suspected of theft. A toll that rises because one of the injured died keeps the injured figure as reported ("Wounded
who died are deaths: ... the injured figure told before is left as it was reported", Subsets versus sums). ``first``:
the day of the event, resolved from the publication date and the text ("late on Saturday" in a Monday story, "early
on Wednesday" in a Thursday one, never a death's, an arrest's or a statement's day), and the place of the article's
first counted claim (its district or village, or its city). Cases with nobody hurt have no ``first``.

Every sentence is invented; none is taken from the development data or from a published report (the cities,
districts, agencies and hospitals are real, the incidents and the people are not).

First run (frozen worktree of 51c5645, the commit that added the set, before any fix), passing / checked: killed
31/36, injured 23/36, children and teens 30/36, attackers killed 9/11, attackers injured 6/11, day 28/33, place 23/33.
No gold or text was changed after the run. The 46 misses are strict xfails with their class (XFAIL), by the fields
they cost: people hurt by fire or acid told by their burns ("suffered severe burns", "escaped ... with burns to their
hands and faces", "who also suffered burns", "taken to hospital with severe burns", "left with life-changing
injuries": 9 fields, an acid attack with no claim at all); deaths by fire or by a mob told as the arsonist's deed
("burning the woman and three of the children to death", "were beaten and set ablaze by a mob ... Both died",
"burning at least 11 people alive, among them ...": 9 fields, two articles with no claim; and a "third suspect
escaped with injuries"); the attacker's own casualty (hurt in a sentence of his own, "shot him in the leg", "suffered
a cut to his hand"; killed "before police shot him dead"; wounded by police as "hitting him"; a killer's suicide by
pesticide in a sentence of its own; a victim's "stabbed ... to death" lost beside "before killing himself": 10
fields); people treated for smoke inhalation (5 fields, a refugee shelter with no claim); a PTI dateline's city over
"in Rajasthan's Bharatpur district" (3 places); the objects of "stabbed three classmates and a teacher" (2); a
county, a West Bank village and a football club's name for a town (3 places); "Twelve of those admitted are
children", a guard after "eight other children" taking a child's age, a poisoning dated by its dateline, victims one
per sentence (1 each).

After the 0.23.0 fixes (docs/conventions.md, "Who is counted" and "Other reporting styles"): "treated for smoke
inhalation", "suffered burns", "burning ... alive", "Both died at the scene", an attacker before an indefinite
apposition who "suffered a cut", a title-case PTI dateline that gives way to "in Rajasthan's Bharatpur district",
"stabbed three classmates and a teacher", "before police shot him dead", a group taken to a hospital named with a
capital, "have been left with life-changing injuries", a security guard who takes no child's age, "escaped with
injuries", "The accused ... where he died": killed 33/36, injured 28/36, children and teens 33/36, attackers killed
11/11, attackers injured 6/11 (the
suspected thief who "escaped with injuries" is now read, and typed an attacker by his noun: a new strict xfail), day
31/33, place 28/33. The rest stay strict xfails with their class.
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors

CASES: dict[str, dict] = {
    # --- a kindergarten: a boy of 5 killed, eight other children and the guard wounded (the children aged 3 to 6)
    "zhanjiang_kindergarten_knife_boy_killed": dict(
        published=date(2016, 5, 13), title="Knife attack at south China kindergarten kills boy, wounds nine",
        text="BEIJING (Reuters) - A man armed with a kitchen knife burst into a kindergarten in the southern Chinese "
             "city of Zhanjiang on Thursday morning, killing a 5-year-old boy and wounding eight other children and a "
             "security guard, state media reported. The attacker, a 45-year-old unemployed local man surnamed Liang, "
             "was overpowered by teachers and detained by police, the official Xinhua news agency said. The wounded "
             "children, aged between 3 and 6, were taken to hospitals in the city, and two of them were still in "
             "serious condition on Friday, Xinhua said. The guard, who had tried to stop the man at the gate, "
             "suffered deep cuts to his arms. Police were investigating the motive. China has seen a string of knife "
             "attacks on schools and kindergartens in recent years, often by people with grievances against society.",
        killed=1, injured=9, **minors(children=(1, 8)),
        first=dict(start=date(2016, 5, 12), place=("zhanjiang",))),
    # --- a commuter train: seven slashed (a girl of 16 among them), two treated for shock (no one hurt), the
    # attacker cut in the struggle and arrested (an attacker hurt)
    "osaka_hankyu_train_slashing": dict(
        published=date(2023, 10, 16), title="Man slashes passengers on Osaka commuter train, 7 hurt",
        text="OSAKA (Kyodo) -- A man slashed passengers with a knife on a crowded commuter train in Osaka on Sunday "
             "evening, injuring seven people, one of them seriously, before he was pinned down by passengers and "
             "arrested at Juso Station, police said. A 16-year-old high school girl was among the injured, police "
             "said. A 58-year-old office worker who was stabbed in the back was in serious condition, while the others "
             "suffered cuts to their arms and hands that are not life-threatening. Two other passengers were treated "
             "for shock at the station. The suspect, a 27-year-old unemployed man from Kobe, suffered a cut to his "
             "hand in the struggle and was taken to hospital under police guard. He told investigators he had wanted "
             "to kill anyone, according to police sources. The attack took place on a Kyoto Line express shortly "
             "after 7 p.m.",
        killed=0, injured=8, **minors(teens=(0, 1)), attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2023, 10, 15), place=("juso", "osaka"))),
    # --- a market: a woman killed, three wounded, the attacker shot dead by police (an attacker killed)
    "marseille_noailles_market_knife_attacker_shot_dead": dict(
        published=date(2019, 3, 17), title="Knife attacker kills woman at Marseille market before police shoot him dead",
        text="MARSEILLE, France (AFP) - A man armed with a knife attacked shoppers at an open-air market in "
             "Marseille's Noailles district on Saturday morning, killing a 68-year-old woman and wounding three other "
             "people before police shot him dead, prosecutors said. Witnesses said the man, in his thirties, lunged "
             "at people queuing at a fruit stall shortly after 10 am. The woman was stabbed in the chest and died at "
             "the scene despite efforts by paramedics to revive her. A stallholder and two customers were wounded, "
             "one of them seriously, and were taken to the Timone hospital. Officers on patrol nearby fired four "
             "shots when the attacker turned on them, prosecutor Isabelle Ferrand said. He was pronounced dead at "
             "the scene. Investigators were trying to establish his identity and whether he had a history of "
             "psychiatric illness.",
        killed=2, injured=3, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2019, 3, 16), place=("noailles", "marseille"))),
    # --- an axe: a neighbour killed, a woman and her son of 12 hurt, the attacker shot in the leg (an attacker hurt);
    # the dateline's Berlin is not the scene
    "bremen_groepelingen_axe_neighbours": dict(
        published=date(2019, 9, 25), title="Man kills neighbour with axe in Bremen, police shoot attacker",
        text="BERLIN (Reuters) - A man armed with an axe attacked his neighbours in an apartment building in the "
             "northern German city of Bremen late on Tuesday, killing a 52-year-old man and seriously injuring a "
             "woman and her 12-year-old son, police said on Wednesday. Officers who arrived at the building in the "
             "Groepelingen district found the attacker on the stairwell and shot him in the leg when he came at them "
             "with the axe, a police spokeswoman said. He was being treated in hospital under guard and was not in a "
             "life-threatening condition. The woman and the boy underwent surgery overnight. Neighbours told local "
             "broadcaster Radio Bremen that the 41-year-old suspect had argued with the family for months over "
             "noise. Prosecutors said they would seek a murder warrant.",
        killed=1, injured=3, **minors(teens=(0, 1)), attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2019, 9, 24), place=("groepelingen", "gröpelingen", "bremen"))),
    # --- a lynching: a farmer beaten to death, two companions critical; his home district is not the scene
    "bharatpur_cattle_lynching": dict(
        published=date(2018, 7, 23), title="Dairy farmer lynched by mob in Rajasthan's Bharatpur, two companions critical",
        text="Jaipur, Jul 23 (PTI) A 45-year-old dairy farmer was beaten to death and two of his companions were "
             "critically injured by a mob that suspected them of smuggling cattle in Rajasthan's Bharatpur district "
             "late on Saturday, police said on Monday. The three men were transporting two cows they had bought at a "
             "fair in a pick-up van when they were stopped by a group of about 20 villagers near Kaman, "
             "Superintendent of Police Vikram Singh said. The villagers dragged them out of the van and attacked "
             "them with sticks and iron rods. The farmer, identified as Aslam Qureshi, a resident of Haryana's Nuh "
             "district, died on the way to hospital. His companions, aged 30 and 26, have been admitted to a "
             "hospital in Jaipur with head injuries. Four people have been arrested and a case of murder has been "
             "registered, the SP said.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2018, 7, 21), place=("kaman", "bharatpur"))),
    # --- a machete raid: seven killed including three children aged 4, 6 and 9; five "escaped with machete wounds"
    "tana_river_machete_raid_seven_killed": dict(
        published=date(2013, 1, 10), title="Seven hacked to death in Tana River night raid",
        text="HOLA, Kenya - Seven people, including three children aged 4, 6 and 9, were hacked to death when a gang "
             "armed with machetes and clubs raided a village in Tana River County in the early hours of Wednesday, "
             "police said. Five other villagers escaped with machete wounds and were admitted at Hola County Referral "
             "Hospital, where two of them were said to be in critical condition. County police commander Peter "
             "Kariuki said the attackers, numbering about 30, set fire to 14 huts in Bandi village before fleeing "
             "into the bush. \"We have deployed officers to pursue the gang, and we believe this is linked to the "
             "long-running dispute over grazing land,\" he said. Residents said the attackers struck at about 3am "
             "while families were asleep.",
        killed=7, injured=5, **minors(children=(3, 0)),
        first=dict(start=date(2013, 1, 9), place=("bandi", "tana river", "hola"))),
    # --- homes set ablaze: at least 11 burned alive, among them a woman and her two young children; four burned;
    # 40 rescued unhurt; a year's statistic at the end
    "plateau_bassa_village_homes_torched": dict(
        published=date(2019, 9, 16), title="At least 11 burned alive as attackers torch Plateau village",
        text="JOS, Nigeria (AP) - Attackers armed with machetes set fire to homes in a village in central Nigeria's "
             "Plateau state late Sunday, burning at least 11 people alive, among them a woman and her two young "
             "children, police said Monday. The assailants stormed Ruku village in Bassa local government area at "
             "about 10 p.m., barring the doors of houses before setting them ablaze, police spokesman Musa Adamu "
             "said. Four other villagers were taken to Jos University Teaching Hospital with severe burns. Soldiers "
             "deployed to the area later rescued about 40 residents who had hidden in a school building unhurt. The "
             "attack is the latest in a cycle of violence between farmers and herders that has killed hundreds of "
             "people in the state this year.",
        killed=11, injured=4, **minors(children=(2, 0)),
        first=dict(start=date(2019, 9, 15), place=("ruku", "bassa", "plateau"))),
    # --- acid: a man and a woman burned; the 16-year-old arrested is a suspect, no victim
    "stratford_acid_attack_couple": dict(
        published=date(2017, 10, 22), title="Man and woman suffer life-changing injuries in Stratford acid attack",
        text="A man and a woman have been left with life-changing injuries after a corrosive substance was thrown at "
             "them in east London on Friday night. Officers were called to Broadway in Stratford shortly after "
             "11.15pm following reports that two people had been attacked as they left a restaurant, the Metropolitan "
             "Police said. The victims, a man aged 24 and a woman aged 22, were taken to hospital with burns to their "
             "faces and upper bodies. Members of the public poured bottled water over them before paramedics "
             "arrived. A 16-year-old boy was arrested on Saturday afternoon on suspicion of grievous bodily harm and "
             "remains in custody. Detective Inspector Mark Heywood said: \"This was a horrific attack that has left "
             "two young people with injuries they will carry for the rest of their lives.\"",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2017, 10, 20), place=("stratford", "london"))),
    # --- acid: a woman of 22 and her sister of 14 burned
    "lucknow_aliganj_acid_attack_sisters": dict(
        published=date(2015, 9, 2), title="Woman, sister injured in acid attack near college in Lucknow",
        text="Lucknow, Sep 2 (PTI) A 22-year-old woman suffered severe burns to her face and arms when two men on a "
             "motorcycle threw acid at her near her college in Lucknow's Aliganj area on Wednesday afternoon, police "
             "said. Her 14-year-old sister, who was walking home with her, suffered burns on her hands and neck, they "
             "said. Both were admitted to King George's Medical University, where doctors said the elder sister's "
             "condition was serious. Police said the woman had recently turned down a marriage proposal from a man "
             "in the neighbourhood, who has been detained for questioning along with a friend. A case has been "
             "registered under IPC section 326A, which deals with acid attacks.",
        killed=0, injured=2, **minors(teens=(0, 1)),
        first=dict(start=date(2015, 9, 2), place=("aliganj", "lucknow"))),
    # --- a ramming: 2 killed, 23 injured including eight children; the toll rose to three when one of the injured
    # died (the injured figure stays as reported, docs/conventions.md "Wounded who died are deaths")
    "lubbock_festival_pickup_toll_rises": dict(
        published=date(2019, 9, 30), title="Pickup plows into crowd leaving Lubbock street festival; toll rises to 3",
        text="LUBBOCK, Texas (AP) - A man drove a pickup truck into a crowd of people leaving a street festival in "
             "downtown Lubbock late Saturday, killing two people and injuring 23 others, including eight children, "
             "police said. The death toll rose to three on Sunday when a 71-year-old woman who had been among the "
             "injured died at University Medical Center, Police Chief Ray Garza said Monday. Witnesses said the truck "
             "mowed down people on Broadway shortly after 10 p.m., just as the festival's closing fireworks ended. "
             "The driver, a 34-year-old Lubbock man, was arrested at the scene after officers pulled him from the "
             "cab. He has been charged with capital murder. Garza said investigators believe the man aimed at the "
             "crowd deliberately after an argument with a security guard.",
        killed=3, injured=23, **minors(children=(0, 8)),
        first=dict(start=date(2019, 9, 28), place=("lubbock",))),
    # --- a ramming at a bus stop: five hurt (a woman of 19 and four men, told again), the driver shot dead by a
    # soldier (an attacker killed)
    "ariel_bus_stop_car_ramming": dict(
        published=date(2018, 3, 13), title="Five Israelis hurt in West Bank car-ramming; assailant shot dead",
        text="JERUSALEM (Reuters) - A Palestinian rammed his car into a group of Israelis waiting at a bus stop near "
             "the settlement of Ariel in the occupied West Bank on Tuesday, wounding five people, one of them "
             "seriously, the Israeli military said. A soldier at the scene opened fire and killed the driver, a "
             "23-year-old from a village near Nablus, the military said. Israel's Magen David Adom ambulance service "
             "said a 19-year-old woman suffered a serious head injury and four men had light to moderate injuries. "
             "The Palestinian health ministry confirmed the man's death. Hamas praised the attack but did not claim "
             "responsibility.",
        killed=1, injured=5, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2018, 3, 13), place=("ariel", "west bank"))),
    # --- a stabbing: two men lightly hurt, the attacker shot and wounded (an attacker hurt), a passer-by in shock
    "jerusalem_damascus_gate_stabbing_attacker_wounded": dict(
        published=date(2015, 11, 13), title="Two Israelis lightly hurt in Jerusalem stabbing, attacker wounded",
        text="JERUSALEM (AP) - A Palestinian stabbed two Israeli men near Damascus Gate in Jerusalem's Old City on "
             "Friday afternoon, lightly wounding them, before Border Police officers shot and wounded him, police "
             "said. Police spokeswoman Merav Lapid said the two men, aged 25 and 31, were treated by paramedics for "
             "stab wounds to the upper body and taken to Shaare Zedek Medical Center. The attacker, a 19-year-old "
             "from east Jerusalem, was taken to Hadassah hospital in moderate condition. A passer-by was treated for "
             "shock, the Magen David Adom rescue service said. The stabbing was the third in the city this week.",
        killed=0, injured=3, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2015, 11, 13), place=("old city", "damascus gate", "jerusalem"))),
    # --- a bus set on fire: two burned, the driver and 14 passengers unhurt; buses and banks are no people
    "fortaleza_bus_set_on_fire_two_burned": dict(
        published=date(2016, 4, 15), title="Gang torches bus in Fortaleza with passengers aboard; two burned",
        text="FORTALEZA, Brazil (Reuters) - Men carrying cans of gasoline ordered passengers off a city bus in "
             "Fortaleza and set it on fire on Thursday night, injuring two people who had not managed to get out, in "
             "the latest of a series of attacks on public transport that authorities blamed on a prison gang. A "
             "38-year-old woman and a man who was helping her down the steps suffered burns and were taken to the "
             "Instituto Doutor Jose Frota hospital, the Ceara state security department said. The driver and 14 "
             "other passengers escaped unhurt. At least 20 buses, three bank branches and a police post have been "
             "torched across Ceara state since Monday, officials said. No one has been killed in the attacks.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2016, 4, 14), place=("fortaleza",))),
    # --- a lynching: a man beaten to death by residents, a boy of 15 beaten but escaped (treated for a broken arm)
    "belem_residents_beat_man_to_death_teen_escaped": dict(
        published=date(2017, 8, 7), title="Man accused of robbery beaten to death by residents in Belem",
        text="SAO PAULO (AP) - Residents of a poor neighborhood in the northern Brazilian city of Belem caught a man "
             "accused of robbing a bakery and beat him to death in the street on Sunday, police said. The "
             "29-year-old was punched, kicked and struck with sticks and stones for nearly half an hour before "
             "officers arrived, Para state police said in a statement. He was pronounced dead at the scene. A "
             "15-year-old boy who had been with him was also beaten but managed to escape, and was later treated at "
             "a hospital for a broken arm and cuts. Police said they had identified several of the attackers from "
             "cellphone videos posted on social media. No arrests had been made by Monday afternoon.",
        killed=1, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2017, 8, 6), place=("belem", "belém"))),
    # --- arson of a rowhouse: a mother and her three children, ages 2, 5 and 8, killed; two firefighters burned and
    # a neighbor treated for smoke inhalation (three hurt: smoke inhalation counts, see the docstring)
    "baltimore_rowhouse_arson_mother_three_children": dict(
        published=date(2016, 2, 1), title="Mother, 3 children killed in Baltimore rowhouse fire; arson suspected",
        text="BALTIMORE (AP) - A fire that investigators say was deliberately set at a West Baltimore rowhouse early "
             "Sunday killed a mother and her three children, ages 2, 5 and 8, fire officials said. Firefighters found "
             "the four victims in a second-floor bedroom after crews forced their way into the burning home on North "
             "Fulton Avenue shortly after 3 a.m., fire department spokesman Terrence Moody said. Two firefighters "
             "suffered minor burns, and a neighbor was treated for smoke inhalation after he tried to get into the "
             "house. Investigators found that an accelerant had been poured on the front porch, Moody said. Police "
             "said they were looking for a man seen running from the block minutes before the fire. The woman was "
             "identified as Danielle Ford, 31.",
        killed=4, injured=3, **minors(children=(3, 0)),
        first=dict(start=date(2016, 1, 31), place=("baltimore",))),
    # --- control: a mosque's entrance set on fire, property damage only
    "bradford_mosque_arson_no_one_hurt": dict(
        published=date(2020, 2, 4), title="Arson attack at Bradford mosque investigated as hate crime",
        text="Police are investigating a suspected arson attack at a mosque in Bradford in which the building's "
             "entrance and part of its prayer hall were badly damaged. West Yorkshire Police said a fire was "
             "deliberately started at the front door of the mosque on Leeds Road at around 2.30am on Tuesday. Nobody "
             "was inside the building at the time and no one was injured. Firefighters brought the blaze under "
             "control within an hour. CCTV footage shows a man pouring liquid from a container at the door before "
             "running off. Chief Inspector Rizwana Ali said: \"We understand the fear this will cause in the "
             "community, and additional patrols will be in place over the coming days.\"",
        killed=0, injured=0, **NO_MINORS),
    # --- a beating: a man of 58 attacked Tuesday night, died Wednesday (the attack's day); three teens charged are
    # suspects, no victims
    "atlanta_bus_stop_beating_three_teens_charged": dict(
        published=date(2022, 5, 5), title="3 teens charged in beating death of man at southwest Atlanta bus stop",
        text="ATLANTA (WSB) - Three teenagers have been charged with murder in the beating death of a 58-year-old man "
             "at a bus stop in southwest Atlanta, police said Thursday. Officers found Reginald Hollis unconscious at "
             "the MARTA stop on Campbellton Road just before 9 p.m. Tuesday with severe injuries to his head and "
             "face, police said. He died at Grady Memorial Hospital early Wednesday. Investigators said the teens, "
             "ages 15, 16 and 17, punched and kicked Hollis after he refused to give them money, then took his "
             "wallet and phone. Surveillance video from a nearby store helped detectives identify them. They were "
             "booked into the Metro Regional Youth Detention Center.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2022, 5, 3), place=("atlanta",))),
    # --- a poisoning at a wedding feast: three dead including a girl of seven, more than 40 hospitalised, twelve of
    # those admitted children; "dozens of guests" fell ill (the numeral is the count)
    "balasore_wedding_feast_pesticide": dict(
        published=date(2017, 3, 2),
        title="Three die, over 40 hospitalised after wedding feast laced with pesticide in Odisha",
        text="Bhubaneswar, Mar 2 (PTI) Three people, including a seven-year-old girl, died and more than 40 others "
             "were hospitalised after eating food that had allegedly been laced with pesticide at a wedding feast in "
             "Odisha's Balasore district, police said on Thursday. Dozens of guests complained of vomiting and "
             "dizziness soon after the dinner at Nuagaon village on Tuesday night and were rushed to the district "
             "headquarters hospital, a police officer said. Twelve of those admitted are children, and four patients "
             "are in critical condition, he said. Police have detained a relative of the bride who had allegedly "
             "quarrelled with the groom's family over the dowry.",
        killed=3, injured=40, **minors(children=(1, 12)),
        first=dict(start=date(2017, 2, 28), place=("nuagaon", "balasore"))),
    # --- a bus set alight: two killed, 17 injured, the attacker burned and detained (an attacker hurt); dated dateline
    "lanzhou_bus_set_alight_attacker_burned": dict(
        published=date(2017, 7, 18), title="Man sets fire to bus in northwest China, killing two",
        text="LANZHOU, July 18 (Xinhua) -- A man set fire to a crowded city bus in Lanzhou, capital of northwest "
             "China's Gansu Province, on Monday evening, killing two passengers and injuring 17 others, local police "
             "said. The suspect, a 56-year-old man surnamed Ma, poured gasoline on the floor of the bus and set it "
             "alight as it stopped at a station in the city's Chengguan District at about 6:20 p.m., police said in "
             "a statement. Ma, who also suffered burns, was detained at the hospital. Three of the injured are in "
             "critical condition. Passers-by smashed windows to help passengers escape. The motive for the attack is "
             "under investigation.",
        killed=2, injured=18, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2017, 7, 17), place=("chengguan", "lanzhou"))),
    # --- a refugee shelter set on fire: three treated for smoke inhalation (hurt), 23 rescued unhurt, among them
    # eight children (no victims)
    "halberstadt_shelter_firebomb_smoke": dict(
        published=date(2016, 1, 23), title="Arson attack on refugee shelter in Saxony-Anhalt, three treated for smoke",
        text="HALLE, Germany (Reuters) - Unknown attackers threw a burning object through the window of a home for "
             "asylum seekers in the eastern German town of Halberstadt in the early hours of Saturday, setting fire to "
             "a ground-floor room, police said. Three residents, two men from Syria and a woman from Eritrea, were "
             "treated in hospital for smoke inhalation. Firefighters rescued 23 other residents, among them eight "
             "children, from the upper floors; none of them was hurt. Police said they were investigating a "
             "politically motivated attack and had found a swastika sprayed on a nearby wall. The state's interior "
             "minister condemned what he called a cowardly attack on people seeking protection.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2016, 1, 23), place=("halberstadt",))),
    # --- a machete fight: three men hurt, told one by one after the lede's total; the 17-year-old unhurt
    "leicester_belgrave_road_machete_fight": dict(
        published=date(2021, 6, 6), title="Three men hurt in machete fight in Leicester; two arrested",
        text="Three men were injured, one of them seriously, in a fight involving machetes in Leicester on Saturday "
             "evening. Leicestershire Police said officers were called to Belgrave Road at around 7.50pm to reports "
             "of a group of men fighting with bladed weapons outside a takeaway. A 27-year-old man suffered a "
             "serious wound to his head and was taken to the Leicester Royal Infirmary, where he remains in a stable "
             "condition. Two other men, aged 19 and 23, were treated for cuts to their arms. Two men, aged 20 and "
             "22, have been arrested on suspicion of affray and wounding with intent. A 17-year-old boy who was with "
             "the group was unhurt but was spoken to by officers.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2021, 6, 5), place=("belgrave", "leicester"))),
    # --- an apartment block's stairwell set on fire: four dead of smoke inhalation including two children aged 3
    # and 10; twelve treated for smoke inhalation (hurt), among them two firefighters; 30 evacuated unhurt
    "aubervilliers_stairwell_arson_four_dead": dict(
        published=date(2020, 11, 5),
        title="Four dead, including two children, in arson attack on Aubervilliers apartment block",
        text="PARIS (AFP) - Four people, including two children aged 3 and 10, died when a fire deliberately started "
             "in the stairwell of an apartment block in Aubervilliers, north of Paris, tore through the building "
             "early on Wednesday, prosecutors said. The victims died of smoke inhalation after the blaze cut off the "
             "only staircase, firefighters said. Twelve people were treated for smoke inhalation, among them two "
             "firefighters, and around 30 residents were evacuated unhurt. Investigators found traces of petrol at "
             "the foot of the stairs, and a 34-year-old man with a history of disputes with his neighbours was taken "
             "into custody on Wednesday afternoon, the Seine-Saint-Denis prosecutor's office said.",
        killed=4, injured=12, **minors(children=(2, 0)),
        first=dict(start=date(2020, 11, 4), place=("aubervilliers",))),
    # --- a domestic stabbing: his former wife killed, her partner hurt, the attacker jumped to his death (an
    # attacker killed); the couple's teenage children were away (no victims)
    "toulouse_mirail_ex_wife_stabbed_attacker_jumped": dict(
        published=date(2022, 2, 7), title="Toulouse: man stabs ex-wife to death, wounds her partner, then kills himself",
        text="TOULOUSE, France (AFP) - A man stabbed his former wife to death and seriously wounded her new partner "
             "in their apartment in Toulouse's Mirail district on Sunday evening before killing himself by jumping "
             "from the building, police said. The 41-year-old woman was found with multiple stab wounds in the living "
             "room and could not be revived. Her 44-year-old partner, who had tried to disarm the attacker, was "
             "stabbed in the abdomen and taken to Purpan hospital, where he underwent surgery. The attacker, 46, "
             "jumped from a sixth-floor balcony and died at the scene, a police source said. The couple's two "
             "teenage children were staying with relatives at the time.",
        killed=2, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2022, 2, 6), place=("mirail", "toulouse"))),
    # --- crude bombs at a party office: six workers injured, two critical (a subset)
    "basirhat_crude_bombs_party_office": dict(
        published=date(2019, 6, 10),
        title="Six TMC workers injured as crude bombs hurled at party office in North 24 Parganas",
        text="Kolkata, Jun 10 (PTI) Six Trinamool Congress workers were injured when unidentified miscreants hurled "
             "crude bombs at a party office in West Bengal's North 24 Parganas district on Sunday night, police said. "
             "The attack took place at Basirhat at around 9.30 pm when a meeting was underway, a senior police "
             "officer said. Two of the injured are in critical condition and have been referred to a hospital in "
             "Kolkata, he said. The TMC blamed the BJP for the attack, a charge denied by the saffron party. Three "
             "people have been detained for questioning, the officer said.",
        killed=0, injured=6, **NO_MINORS,
        first=dict(start=date(2019, 6, 9), place=("basirhat", "north 24 parganas"))),
    # --- a grenade in a bar: two killed, "more than a dozen" wounded, then "Fourteen of the wounded" (the numeral)
    "garissa_bar_grenade_more_than_a_dozen": dict(
        published=date(2012, 10, 7), title="Two killed, more than a dozen hurt in Garissa bar grenade attack",
        text="GARISSA, Kenya (Reuters) - Two people were killed and more than a dozen others wounded when attackers "
             "hurled a grenade into a crowded bar in the northeastern Kenyan town of Garissa late on Saturday, "
             "police said. The men threw the device through a window of the bar, where patrons were watching a "
             "football match, and fled on foot, regional police commander Charles Mwangi said. Fourteen of the "
             "wounded were taken to Garissa Provincial General Hospital, five of them with serious shrapnel "
             "injuries. No group claimed responsibility, but police said they suspected sympathisers of the Somali "
             "militant group al Shabaab.",
        killed=2, injured=14, **NO_MINORS,
        first=dict(start=date(2012, 10, 6), place=("garissa",))),
    # --- a mob: two suspected phone thieves set ablaze (the mob's victims, not attackers), a third escaped hurt
    "ikorodu_mob_sets_suspected_thieves_ablaze": dict(
        published=date(2021, 3, 4), title="Mob sets two suspected phone thieves ablaze in Lagos",
        text="LAGOS - Two young men suspected of snatching mobile phones were beaten and set ablaze by a mob in the "
             "Ikorodu area of Lagos on Wednesday morning, police said. Residents chased the suspects after a woman "
             "raised the alarm at a bus stop, then attacked them with sticks before placing tyres around their necks "
             "and setting them on fire, witnesses said. Both died at the scene. A third suspect escaped with injuries "
             "and is being sought, Lagos State Police Command spokesman Bala Ibrahim said. Police condemned the jungle "
             "justice and said some members of the mob had been identified. \"Nobody has the right to take the law "
             "into his own hands,\" he said.",
        killed=2, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2021, 3, 3), place=("ikorodu", "lagos"))),
    # --- a karaoke bar set alight: three employees died of smoke inhalation, two customers burned, the suspect burned
    "hamamatsu_karaoke_bar_gasoline": dict(
        published=date(2024, 2, 2), title="3 dead after man sets fire to karaoke bar in Hamamatsu",
        text="TOKYO (AP) - A man doused the entrance of a karaoke bar in the central Japanese city of Hamamatsu with "
             "gasoline and set it alight early Friday, killing three employees who were trapped inside, police said. "
             "The three, two women and a man, died of smoke inhalation, according to Shizuoka prefectural police. Two "
             "customers escaped through a back door with burns to their hands and faces. The suspect, a 52-year-old "
             "former customer, was arrested near the scene; he suffered burns to his arms and was treated at a "
             "hospital. He told police he had been angry about being barred from the bar, public broadcaster NHK "
             "reported.",
        killed=3, injured=3, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2024, 2, 2), place=("hamamatsu",))),
    # --- a high school: three classmates, ages 14, 15 and 15, and a teacher stabbed; the suspect of 15 is no victim
    "tacoma_high_school_stabbing_three_classmates_teacher": dict(
        published=date(2023, 4, 4), title="Student stabs 3 classmates, teacher at Tacoma high school",
        text="TACOMA, Wash. (KIRO) - A 15-year-old student stabbed three classmates and a teacher at a Tacoma high "
             "school Tuesday morning before a school resource officer tackled him in a hallway, police said. The "
             "students, ages 14, 15 and 15, were taken to Mary Bridge Children's Hospital; one of them, a 14-year-old "
             "girl, was in serious condition Tuesday afternoon. The teacher, a 51-year-old man who stepped between "
             "the attacker and a student, was stabbed in the shoulder and taken to Tacoma General Hospital in stable "
             "condition. The suspect was booked into the Remann Hall juvenile detention center on investigation of "
             "first-degree assault. Police said he brought a kitchen knife in his backpack. Classes were canceled "
             "for the rest of the week.",
        killed=0, injured=4, **minors(teens=(0, 3)),
        first=dict(start=date(2023, 4, 4), place=("tacoma",))),
    # --- a machete at a grocery: two wounded, the attacker shot by an officer and critical (an attacker hurt)
    "albuquerque_grocery_machete_suspect_shot": dict(
        published=date(2022, 8, 5), title="Man with machete wounds 2 at Albuquerque grocery, is shot by officer",
        text="ALBUQUERQUE, N.M. (KOAT) - A man swinging a machete attacked shoppers at a grocery store in "
             "Albuquerque's Southeast Heights on Thursday afternoon, wounding two people before an officer shot him, "
             "police said. A 72-year-old shopper suffered deep cuts to her arm, and a store employee was slashed "
             "across the back as he tried to help her, police spokeswoman Rachel Ortiz said. Officers arrived within "
             "minutes and found the man in the parking lot, still holding the machete. One officer fired when he "
             "advanced on them, hitting him in the torso. He was taken to University of New Mexico Hospital in "
             "critical condition. Both victims are expected to survive.",
        killed=0, injured=3, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2022, 8, 4), place=("southeast heights", "albuquerque"))),
    # --- control: a knife threat and a standoff, nobody hurt
    "spokane_knife_standoff_no_one_hurt": dict(
        published=date(2020, 10, 4), title="Man with knife arrested after 4-hour standoff in Spokane; no one hurt",
        text="SPOKANE, Wash. (KREM) - A man who threatened his roommate with a knife and then barricaded himself "
             "inside a north Spokane apartment was taken into custody Saturday night after a four-hour standoff, "
             "police said. Officers were called to the apartment on North Division Street around 5 p.m. after the "
             "roommate ran to a neighbor's home and called 911. She was not injured. SWAT officers used a drone and "
             "negotiators to persuade the 37-year-old man to come out, and he surrendered shortly after 9 p.m. "
             "without a struggle. No one was hurt. He was booked into the Spokane County Jail on suspicion of "
             "second-degree assault and harassment.",
        killed=0, injured=0, **NO_MINORS),
    # --- a sickle: three of a neighbour's family hacked to death, the son of 19 hurt; the attacker took pesticide
    # and died (an attacker killed); the victims are listed after a dash
    "mandya_sickle_boundary_dispute_attacker_pesticide": dict(
        published=date(2023, 11, 15),
        title="Farmer hacks three of neighbour's family to death in Mandya, dies after consuming pesticide",
        text="Mandya (Karnataka), Nov 15 (PTI) A 48-year-old farmer allegedly hacked three members of his "
             "neighbour's family to death with a sickle - the neighbour, his wife and his 70-year-old mother - "
             "following a dispute over a boundary wall at a village in Mandya district on Tuesday, police said. The "
             "neighbour's 19-year-old son, who tried to stop the attack, sustained injuries to his head and hands and "
             "is undergoing treatment, they said. The accused fled to his farm after the attack and consumed "
             "pesticide; he was found by villagers and rushed to the Mandya Institute of Medical Sciences, where he "
             "died late on Tuesday night. Police have been deployed in the village as a precaution.",
        killed=4, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2023, 11, 14), place=("mandya",))),
    # --- a house torched: a woman and three children aged 2, 5 and 7 burned to death, the eldest daughter, 12, burned
    "homa_bay_house_torched_wife_children": dict(
        published=date(2020, 7, 6), title="Man torches house, burning wife and three children to death in Homa Bay",
        text="HOMA BAY, Kenya - A man locked his wife and four children inside their house and set it on fire in Homa "
             "Bay County late on Saturday, burning the woman and three of the children to death, police said. The "
             "children who died were aged 2, 5 and 7. Neighbours who broke down the door rescued the couple's eldest "
             "daughter, 12, who suffered burns on her back and legs and was admitted at Homa Bay County Teaching and "
             "Referral Hospital. The suspect, who had quarrelled with his wife over a piece of land, fled and is "
             "being hunted by police, the county police commander said. Neighbours said the couple had fought for "
             "months.",
        killed=4, injured=1, **minors(children=(3, 0), teens=(0, 1)),
        first=dict(start=date(2020, 7, 4), place=("homa bay",))),
    # --- stones at a bus: three hurt by flying glass, the driver treated for shock (no one hurt)
    "route_443_stones_bus_three_hurt": dict(
        published=date(2014, 5, 5), title="Three hurt as stones smash windows of bus near Jerusalem",
        text="JERUSALEM (Times of Israel) - Three passengers were lightly injured when Palestinians hurled rocks at an "
             "Israeli bus on Route 443 near the West Bank village of Beit Ur al-Tahta on Monday evening, smashing "
             "several of its windows, the army said. The three, a man in his 50s and two women, were hit by flying "
             "glass and treated by Magen David Adom paramedics at the scene. The driver was treated for shock but was "
             "not physically hurt. Troops searched the area but made no arrests. Stone-throwing at vehicles on the "
             "road has increased in recent weeks, residents of nearby Modiin said.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2014, 5, 5), place=("beit ur", "west bank"))),
    # --- football fans: a supporter beaten to death (died the next day), four hurt, broken down (two stabbed, two
    # with head wounds)
    "sao_paulo_derby_fans_beaten": dict(
        published=date(2017, 4, 3), title="Palmeiras fan beaten to death in clash with rival supporters in Sao Paulo",
        text="SAO PAULO (Reuters) - A 19-year-old Palmeiras supporter was beaten to death with iron bars and four "
             "other fans were injured when rival supporters clashed before a derby in Sao Paulo on Sunday, police "
             "said. The fight broke out on an avenue in the city's north zone about three hours before kickoff and "
             "involved about 200 members of organized fan groups, the state security secretariat said. The victim "
             "was taken to hospital with head injuries but died on Monday morning. Two of the injured were stabbed "
             "and two suffered head wounds, police said. Nine people were arrested.",
        killed=1, injured=4, **NO_MINORS,
        first=dict(start=date(2017, 4, 2), place=("sao paulo", "são paulo"))),
    # --- victims told one by one, no total: a woman stabbed, her mother cut, a neighbour punched (a broken nose)
    "bristol_easton_flat_knife_victims_one_by_one": dict(
        published=date(2018, 9, 7), title="Man arrested after knife attack at Bristol flat",
        text="A man has been arrested on suspicion of attempted murder after a knife attack at a flat in Easton, "
             "Bristol, on Thursday evening. A 34-year-old woman was stabbed in the neck and taken to Southmead "
             "Hospital, where she is in a serious but stable condition. Her 61-year-old mother suffered cuts to her "
             "hands as she tried to take the knife from the attacker. A neighbour who heard screams and ran into the "
             "flat was punched in the face and suffered a broken nose. The 38-year-old suspect, who is known to the "
             "woman, was detained at the scene by officers who arrived within minutes. Avon and Somerset Police said "
             "they were not looking for anyone else in connection with the attack.",
        killed=0, injured=3, **NO_MINORS,
        first=dict(start=date(2018, 9, 6), place=("easton", "bristol"))),
    # --- control: a grenade at a police station, a vehicle damaged, no one hurt
    "imphal_police_station_grenade_no_casualties": dict(
        published=date(2022, 8, 7), title="Grenade hurled at police station in Imphal, no casualties",
        text="Imphal, Aug 7 (PTI) Unidentified miscreants lobbed a hand grenade into the compound of a police station "
             "in Manipur's Imphal West district late on Saturday night, damaging a parked vehicle, police said. No "
             "one was injured in the explosion, which occurred at around 11.15 pm at the Singjamei police station, a "
             "senior officer said. Security forces have launched a search operation in the area. No group has "
             "claimed responsibility for the attack, the officer said.",
        killed=0, injured=0, **NO_MINORS),
}

# Known failures, keyed (field, case), each with the class of its failure (read after the first run; golds unchanged).
_FIRE_DEATHS = (
    "deaths by fire told as what the arsonist did to the victims are unread: 'burning the woman and three of the "
    "children to death' (the object of 'burning ... to death' holds a part, 'three of the children'), 'were beaten and "
    "set ablaze by a mob' followed by 'Both died at the scene', 'burning at least 11 people alive, among them ...'")
_BURNS = (
    "people hurt by fire or acid told by their burns are unread: 'suffered severe burns', 'escaped ... with burns to "
    "their hands and faces', 'who also suffered burns', 'taken to hospital with burns / with severe burns', 'left "
    "with life-changing injuries'")
_SMOKE = (
    "people treated for smoke inhalation after an arson are no one hurt (docs/conventions.md lists them as the "
    "fire's hurt, a form not done)")
_ATTACKER_HURT_APART = (
    "the attacker hurt, told in a sentence of his own after his victims' figure ('The suspect ... suffered a cut to "
    "his hand in the struggle and was taken to hospital', 'shot him in the leg when he came at them with the axe'), "
    "is not added to it nor set apart as an attacker: the largest sentence total")
_PLACE_POSSESSIVE = (
    "a PTI dateline's city ('Jaipur, Jul 23 (PTI)', 'Kolkata, Jun 10 (PTI)', 'Bhubaneswar, Mar 2 (PTI)') is taken "
    "over the scene the lede names as a state's district in the possessive ('in Rajasthan's Bharatpur district', "
    "'in West Bengal's North 24 Parganas district', 'in Odisha's Balasore district')")
XFAIL: dict[tuple[str, str], str] = {
    # (since 0.23.0 the injured passes: "escaped with injuries" is read)
    ("attackers_injured", "ikorodu_mob_sets_suspected_thieves_ablaze"): "a mob's victim called a 'suspect' of theft ('A "
        "third suspect escaped with injuries') is typed an attacker by his noun, though the mob attacked him (1 for 0)",
    # deaths by fire or by a mob unread
    ("killed", "homa_bay_house_torched_wife_children"): _FIRE_DEATHS + " (no claim at all: 0 killed for 4)",
    ("injured", "homa_bay_house_torched_wife_children"): _FIRE_DEATHS + "; the daughter 'who suffered burns on her "
        "back and legs' is unread too (0 for 1)",
    ("minors", "homa_bay_house_torched_wife_children"): _FIRE_DEATHS + "; 'The children who died were aged 2, 5 and "
        "7' is unread (children 0 killed for 3, teens 0 hurt for 1)",
    ("injured", "hamamatsu_karaoke_bar_gasoline"): _BURNS + ": the two customers and the suspect who 'suffered burns "
        "to his arms' (0 for 3)",
    ("attackers_injured", "hamamatsu_karaoke_bar_gasoline"): _BURNS + ": the suspect's 'he suffered burns to his arms' "
        "(0 for 1)",
    ("injured", "lanzhou_bus_set_alight_attacker_burned"): _BURNS + ": 'Ma, who also suffered burns, was detained at "
        "the hospital', the attacker beside 'injuring 17 others' (17 for 18)",
    ("attackers_injured", "lanzhou_bus_set_alight_attacker_burned"): _BURNS + ": 'Ma, who also suffered burns' (0 for 1)",
    ("place", "halberstadt_shelter_firebomb_smoke"): (
        "since 0.25.0 the three are read through their apposition ('Three residents, two men from Syria and a woman from "
        "Eritrea, were treated in hospital ...'), whose 'from Syria' gives the claim's place (Syria for Halberstadt)"),
    ("injured", "baltimore_rowhouse_arson_mother_three_children"): _SMOKE + ": 'a neighbor was treated for smoke "
        "inhalation' beside 'Two firefighters suffered minor burns' (2 for 3)",
    # the attacker's own casualty
    ("injured", "bremen_groepelingen_axe_neighbours"): _ATTACKER_HURT_APART + " (2 for 3)",
    ("attackers_injured", "bremen_groepelingen_axe_neighbours"): _ATTACKER_HURT_APART + " (0 for 1)",
    ("attackers_injured", "albuquerque_grocery_machete_suspect_shot"): "the attacker wounded by police told by a "
        "pronoun ('One officer fired when he advanced on them, hitting him in the torso') is one more hurt person "
        "with the 72-year-old shopper's age, not an attacker (injured 3 right; attackers 0 for 1)",
    ("killed", "mandya_sickle_boundary_dispute_attacker_pesticide"): "the killer's suicide by poison told in a "
        "sentence of its own ('consumed pesticide; he was ... rushed to the Mandya Institute of Medical Sciences, "
        "where he died') is read as one death that the victims' 3 already hold, with the son's age 19 (3 for 4)",
    ("killed", "toulouse_mirail_ex_wife_stabbed_attacker_jumped"): "beside 'before killing himself by jumping from "
        "the building', the victim's 'stabbed his former wife to death' is read as one hurt (the same words without "
        "the self-death give her death), and 'was found with multiple stab wounds ... could not be revived' as hurt "
        "too: only the killer's death (1 for 2; injured 1 right by chance)",
    # victims told by other forms
    ("minors", "tacoma_high_school_stabbing_three_classmates_teacher"): "the three classmates stabbed, ages 14, 15 and "
        "15, are unread (teens 0 hurt for 3)",
    ("minors", "balasore_wedding_feast_pesticide"): "a subset in a sentence of its own after 'of those admitted' "
        "('Twelve of those admitted are children') is unread (children hurt 0 for 12)",
    ("dates", "balasore_wedding_feast_pesticide"): "a lede without a day of its own is dated by its PTI dateline "
        "'Mar 2' / 'police said on Thursday', not by the next sentence's 'after the dinner ... on Tuesday night' (a "
        "poisoning's meal is no attack word) (Mar 2 for Feb 28)",
    ("injured", "bristol_easton_flat_knife_victims_one_by_one"): "victims told one per sentence with no total are not "
        "added (the largest sentence total), and 'was punched in the face and suffered a broken nose' is unread (1 "
        "for 3)",
    # places
    ("place", "basirhat_crude_bombs_party_office"): _PLACE_POSSESSIVE + " (Kolkata)",
    ("place", "route_443_stones_bus_three_hurt"): "'on Route 443 near the West Bank village of Beit Ur al-Tahta' gives "
        "Israel (the bus's 'Israeli' or the source's name), not the West Bank or the village",
    ("place", "sao_paulo_derby_fans_beaten"): "a football club's name before the victim's noun ('A 19-year-old "
        "Palmeiras supporter') is taken for the town Palmeiras, over 'in Sao Paulo' in the same sentence",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) >= 36
    SET.check_years(range(2012, 2025))
    assert SET.minor_victim_cases() >= 12
    for case, spec in CASES.items():
        assert 60 <= len(re.findall(r"\S+", spec["text"])) <= 200, case
        assert ("first" in spec) == (spec["killed"] + spec["injured"] > 0), case


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_attackers_injured = SET.attackers_injured_test()
