"""Challenge set: TYPICAL NEWS PAGES ABOUT VIOLENT CRIME AND ATTACKS OUTSIDE THE UNITED STATES, 2013-2022, in
English, a second REPRESENTATIVE sample (not an adversarial one) of the way those outlets ordinarily write, from
outlets the first world set (tests/test_challenge_world_typical.py) does not use; written before the pipeline was run
on it, with the figures a careful coder gives from the text alone under docs/conventions.md.

45 invented pages, each a headline and a body of 4-12 sentences in its outlet's habits: Latin America and the
Caribbean (Mexico News Daily: a journalist in Tijuana, a pool hall in Zamora; MercoPress: a boy shot in Rosario, a
tourist stabbed in La Boca; Jamaica Observer: a man shot dead in Spanish Town, a street dance in Clarendon, a woman
chopped to death by a partner who then hanged himself; Trinidad Express: a cutlass killing in Laventille, two men
killed by police in Morvant; Caribbean News Global: a student stabbed in Bridgetown), Africa (Vanguard: armed robbers
kill a POS operator in Ota; Daily Trust: bandits in Zamfara, a mob in Kano; The Citizen of Tanzania: a wife hacked
to death in Mwanza; Daily Monitor: a boda boda rider killed in Wakiso; The Herald: a machete gang at Kwekwe, a father
who killed two children in Chitungwiza; GhanaWeb: a constable shot by robbers at Agona Swedru; The Standard: three
robbery suspects shot by police in Kayole, an IED in Mandera; Daily Maverick: a councillor candidate in Umlazi; The
Citizen of South Africa: a girl of seven hit by a stray bullet in Westbury), South and Southeast Asia (Dhaka Tribune:
a youth hacked to death in Chittagong, a mob beating in Savar; The Hindu: a wife stabbed in Villivakkam, an IED in
Bijapur; Express Tribune: a prayer leader and his son shot in North Nazimabad, a market bomb in Kohat; The Kathmandu
Post: a khukuri attack in Sindhupalchok; Manila Bulletin: a kagawad shot dead in Quezon City, a New Year's Eve stray
bullet in Malabon; Jakarta Post: workers shot in Puncak Jaya; Bangkok Post: a headman and his son in Narathiwat, a
motorcycle taxi rider in Lat Phrao), and Europe and elsewhere (Irish Times: a shooting in Drogheda, a stabbing on
O'Connell Street; The Local: a shooting in Rinkeby, a knife attack in Dortmund; France 24: three men shot in
Marseille; The Moscow Times: a man who shot his neighbours in the Tver region; Hurriyet Daily News: a feud in
Siverek; Arab News: a quarrel in Riyadh; The Jordan Times: a woman killed by her brother in Zarqa; CBC: a shooting
in Surrey; RNZ: an assault in Christchurch). The outlets' forms: ages in brackets ("Tinashe Moyo (28)", "Man (34)"),
"succumbed to his injuries", "rushed to", "sustained injuries", "confirmed dead", "declared brought dead", "certified
dead", "the deceased", "the now deceased", "gunmen", "armed robbers", "miscreants", "hoodlums", "mob justice", "It
was gathered that", "Reports from the ... police are that", "otherwise called", "kagawad", "jawans", "liming",
"gardaí", "the State Pathologist", "Mordkommission", "IHIT". The clutter real pages carry: a year's murder toll, a
month's targeted killings, a province's arrests, a state's homicides, a country's shootings, killings by police in a
year, "Related" and "RELATED" lines, a subscription line, a newsletter line, a membership line, an "Also read" line,
a "Source:" line, a "Published in The Express Tribune" line, a copyright line, a Crime Stoppers-type appeal. Ten
cases have children (0-11) or teens (12-17) among the victims; five more name minors who are NOT victims (a boy of
16 charged, two children of 8 and 10 who saw their mother stabbed, a boy of 15 arrested, a 17-year-old charged,
three children away at their grandmother's).

Golds: ``killed`` and ``injured`` are the article's totals (article_tolls); the four minors' fields (0 where none);
``attackers_killed`` in the thirteen cases with attackers who are, or might be taken for, casualties, and
``attackers_injured`` in three of them. ``first``: the day of the event resolved from the publication date (never a
death's, an arrest's, a court's or a statement's day: "on Sunday night" on a Tuesday page is the Sunday; a rider
killed on Sunday night whose body was found the next morning is the Sunday; a man assaulted at 2am on Saturday who
died on Sunday is the Saturday; a girl hit "shortly before midnight on New Year's Eve" is December 31), and the place
of the article's first counted claim (its neighbourhood, district, town, city or province: any of the names listed).
Judgements, where docs/conventions.md leaves room:
- Police officers and soldiers killed or hurt are victims like anyone (ACLED/GTD): the constable at Agona Swedru,
  the four officers in Mandera, the five DRG personnel in Bijapur; a bodyguard who returned fire and was wounded
  (Umlazi) is a victim hurt.
- Gunmen, robbers and bandits killed or hurt are attackers, counted in the totals and apart: the two men who "shot
  at the officers" in Morvant, the three robbery suspects shot in Kayole and the fourth who "escaped with gunshot
  wounds" (the police's statement, recorded as told: attackers injured 1), the two bandits "killed when local
  vigilantes mobilised" in Zamfara (killed 12 villagers + 2 bandits = 14).
- People beaten or burned by a mob (the phone snatcher in Kano, the two suspected robbers in Savar, one dead and one
  hurt) are the mob's victims, not attackers: attackers 0 (ACLED codes mob violence against a civilian; the
  violence counted is the mob's, not a theft).
- The Westmoreland husband who chopped his partner to death and was "later found hanging" is among the dead (killed
  2: the killer is among the dead, as everywhere in conventions.md); no attackers field is given, since the
  conventions do not type a self-death as the attacker's.
- In a clash between two families (Siverek) every one killed or hurt is a victim; no side is an attacker.
- People NOT hurt: friends "none of his friends was hurt" (Rosario), a partner "unhurt" (La Boca), two colleagues
  "escaped unhurt" (Agona Swedru), the intended target who "escaped unharmed" (Westbury), "No officers were injured"
  (Morvant).
- A toll told twice is one toll: "killing six men and wounding two others" then "Four of the victims died at the
  scene and two more died in hospital" (Zamora: 6); "shot dead three suspected robbers" then "killing three of them
  on the spot" (Kayole: 3); "A man, his wife and their adult son died at the scene" after "shot dead three of his
  neighbours" (Tver: 3).
- "over 30 others injured" is 30 (more_than); "At least 14 people, including two children" is 14 with two children.
- Minors: a two-year-old "strapped to her mother's back" among the dead is a child; "Tadiwa (7) and Ruvimbo (4)" are
  two children; "his 13-year-old son" hurt is a teen; "a 14-year-old girl, a Grade 8 student" is a teen; "one of them
  a 15-year-old boy" among the two hurt is a teen; "Lautaro G." of 14 is a teen.
- Background tolls (Tijuana's 2,500 homicides, nine journalists killed this year, Michoacán's 1,405, Rosario's 264,
  St Catherine North's murders, the country's murder toll of 352, 27 killed by police this year, hundreds killed
  by bandits, a dozen riders killed since January, 400 machete-gang arrests, 122 police killings in 2016, 20
  officers killed since January, 90 politicians killed, 127 mob-beating deaths, 35 security personnel lost this year,
  14 targeted killings this month, the fifth barangay official, the stray-bullet count, 6,000 dead since 2004, the
  third fatal shooting in a month, Sweden's 36 dead in shootings, Marseille's 11, blood feuds' dozens, Jordan's
  honour killings, Surrey's ninth homicide) are no part of the article's incident.

First run (worktree chal-worldtyp2 at 0a417f9, the commit that wrote the set on main's 0e91083, extractor 0.28.0,
before any fix), passing / checked: killed 41/45, injured 43/45, children and teens 44/45, attackers killed 10/13,
attackers injured 2/3, the first claim's day 45/45 and place 42/45. No gold or text was changed after the run. The
14 misses are strict xfails with their class (XFAIL), most frequent first:
- Attackers' fate told apart from the victims or with a plain noun (4 misses, 3 pages): "two of the bandits were
  killed when local vigilantes mobilised" typed militants and not added to the 12 villagers (Zamfara: killed 12 for
  14, attackers 0 for 2); "Two men were shot dead by police" who "shot at the officers" typed people (Morvant:
  attackers 0 for 2); "a fourth suspect escaped with gunshot wounds" unread (Kayole: injured and attackers injured 0
  for 1).
- Places (3): a district or suburb the gazetteer lacks, with no city beside it, gives no location ("in Morvant", "in
  Sindhupalchok"); "Buenos Aires' La Boca neighbourhood" gives "Boca".
- Background tolls not set apart as summaries (2): "At least 14 people have been killed in targeted attacks in the
  city this month" (killed 14 for 1); "More than 90 politicians were killed in KwaZulu-Natal between 2016 and 2020,
  according to researchers" (killed 90 for 1).
- A negated hurt read as a victim (2 misses, 1 page): "None of his friends was hurt" is one hurt, a teen by the dead
  boy's 14 (Rosario: injured and teens injured 1 for 0).
- The killer's own death unread (1): "chopped to death by her common-law husband who later took his own life" and
  "Grant was later found hanging from a tree" (Westmoreland: killed 1 for 2).
- A mob's victim typed an attacker by his noun (1): "A suspected robber was beaten to death by a mob" (Savar:
  attackers killed 1 for 0; the judgement above).
Since 0.28.0 (docs/conventions.md) 8 of the 14 pass: Umlazi's killed ("between 2016 and 2020" dates a statistic),
Rosario's injured and teens ("None of his friends was hurt" is negated), the places of Morvant and Sindhupalchok
(curated in the gazetteer), Westmoreland's killed (the husband "who later took his own life"), and Zamfara's killed
and attackers (bandits killed apart after their attack); the 6 left are the strict xfails below.
Read right on the first run: every day ("on Sunday night" on Monday and Tuesday pages, "yesterday", "last night",
"late on Saturday", "early Monday", "on April 13", "shortly before midnight on New Year's Eve", a body found the next
morning, a death the next day, arrests, court days and statements passed over); every other place, the
neighbourhood's or town's for most (Sánchez Taboada, Spanish Town, Little London, Laventille, Ijoko, Kadawa, Swedru,
Umlazi, Savar, Rueso, Lat Phrao, Rinkeby, Nordstadt, Siverek, Al-Suwaidi), the city's, district's or region's for
the rest (Nairobi for Kayole, Johannesburg for Westbury, Chattogram for Bakalia, Chennai for Villivakkam, Karachi for
North Nazimabad, Mwanza for Buhongwa, Clarendon for Gimme-me-bit, Tver for Zavidovo, Puncak Jaya for Mulia);
"succumbed", "confirmed dead",
"certified dead", "declared brought dead", "declared dead on arrival", "the now deceased", ages in brackets, the
Zamora, Kayole and Tver tolls told twice, "over 30 others injured", the two children of 8 and 10 who saw their mother
stabbed, the boys of 15 and 16 and the 17-year-old charged or arrested, the Kano mob's victim not typed an attacker,
people "unhurt", "unharmed", "No officers were injured", and every other background toll.

Every sentence is invented; none is taken from the development data or from a published report (the cities,
suburbs, townships, streets, agencies, outlets and hospitals are real, the incidents, the people and their names are
not).
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors

CASES: dict[str, dict] = {
    # ===== Latin America and the Caribbean =====
    # --- Mexico News Daily: a journalist shot dead; the city's homicides and the year's journalists are clutter
    "mnd_tijuana_journalist_shot_dead": dict(
        published=date(2019, 8, 13), title="Journalist shot dead outside his home in Tijuana",
        text="A journalist who covered crime for a local news website was shot dead outside his home in Tijuana, "
             "Baja California, on Sunday night. Ramiro Castañeda Ruiz, 46, was getting out of his car in the "
             "Sánchez Taboada neighborhood at about 10:30 p.m. when a gunman approached on foot and fired at least "
             "six times, according to the state Attorney General's Office. He died at the scene. Castañeda ran the "
             "Facebook news page Frontera Roja and had reported receiving threats after publishing a series of "
             "stories about drug dealing in the eastern part of the city. The state human rights commission "
             "condemned the killing and called on authorities to investigate his work as a possible motive. At least "
             "nine journalists have been killed in Mexico so far this year, according to the press freedom "
             "organization Article 19. Tijuana recorded more than 2,500 homicides in 2018, making it the most violent "
             "city in the country.\n"
             "Source: Zeta Tijuana (sp), El Universal (sp)\n"
             "Mexico News Daily relies on its subscribers. Subscribe today for unlimited access.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2019, 8, 11), place=("tijuana", "sánchez taboada", "sanchez taboada",
                                                   "baja california"))),
    # --- Mexico News Daily: six killed at a pool hall, a toll told twice
    "mnd_zamora_pool_hall_six_killed": dict(
        published=date(2021, 6, 7), title="Gunmen kill six at pool hall in Zamora, Michoacán",
        text="Armed men burst into a pool hall in Zamora, Michoacán, on Sunday night and opened fire on customers, "
             "killing six men and wounding two others. Four of the victims died at the scene and two more died in "
             "hospital, the state Attorney General's Office (FGE) said in a statement. The two wounded men were "
             "reported to be in stable condition. Investigators found more than 40 bullet casings of .223 and 7.62 "
             "caliber at the scene, the FGE said. Zamora, in the northwest of the state, has been the scene of a turf "
             "war between the Jalisco New Generation Cartel (CJNG) and the Cárteles Unidos alliance. Michoacán "
             "recorded 1,405 homicides in 2020, according to federal data.\n"
             "Source: Quadratín (sp), Milenio (sp)\n"
             "Mexico News Daily relies on its subscribers. Subscribe today for unlimited access.",
        killed=6, injured=2, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2021, 6, 6), place=("zamora", "michoacán", "michoacan"))),
    # --- MercoPress: a boy of 14 shot dead, his friends unhurt; the city's homicides are clutter
    "mercopress_rosario_boy_14_shot_dead": dict(
        published=date(2014, 5, 19), title="Boy, 14, killed in Rosario drive-by shooting as drug violence spirals",
        text="A 14-year-old boy was shot dead on Sunday evening in the Argentine city of Rosario, the latest victim "
             "of a wave of drug-related violence that has made the Santa Fe province port city the most dangerous in "
             "the country. The boy, identified as Lautaro G., was standing with friends on a corner of the Ludueña "
             "neighbourhood when two men on a motorcycle fired several shots at the group, according to provincial "
             "police. He was hit in the head and died on the way to the Heca emergency hospital. None of his friends "
             "was hurt. A spokesman for the provincial Security Ministry said detectives believed the shots were "
             "meant for an older brother of one of the boys. Rosario registered 264 homicides in 2013, a rate more "
             "than twice the national average. In April the national government sent 3,000 federal troops to the "
             "city in an effort to contain the gangs.\n"
             "MercoPress, South Atlantic News Agency",
        killed=1, injured=0, **minors(teens=(1, 0)),
        first=dict(start=date(2014, 5, 18), place=("rosario", "ludueña", "luduena", "santa fe"))),
    # --- MercoPress: a tourist stabbed in a robbery, his partner unhurt
    "mercopress_la_boca_tourist_stabbed": dict(
        published=date(2017, 1, 10), title="British tourist stabbed in attempted robbery in Buenos Aires' La Boca",
        text="A British tourist was stabbed in the leg during an attempted robbery in Buenos Aires' La Boca "
             "neighbourhood on Monday afternoon, police said. The man, 31, was walking with his partner near the "
             "Caminito street museum when two young men tried to snatch his camera. When he resisted, one of them "
             "pulled a knife and stabbed him in the thigh before both fled on foot. He was taken to the Argerich "
             "hospital, where doctors said his injuries were not life-threatening. His partner was unhurt. The City "
             "Police arrested one of the suspects, aged 19, a few blocks away. The British Embassy said it was in "
             "contact with the local authorities. La Boca, with its brightly painted houses, is one of the most "
             "visited areas of the Argentine capital.\n"
             "MercoPress, South Atlantic News Agency",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 1, 9), place=("la boca", "buenos aires"))),
    # --- Jamaica Observer: a man shot dead, "otherwise called", "Reports from the ... police are that"
    "observer_spanish_town_man_shot_dead": dict(
        published=date(2016, 2, 15), title="Man shot dead in Spanish Town",
        text="ST CATHERINE, Jamaica — A 27-year-old man was shot dead in Ensom City, Spanish Town, St Catherine "
             "yesterday. He has been identified as Kemar Brown, otherwise called 'Skatta', a labourer of Ensom City "
             "address. Reports from the Spanish Town police are that about 7:45 pm, Brown was standing at a gate in "
             "the community when he was pounced upon by two men armed with handguns, who opened gunfire hitting him "
             "multiple times. The police were alerted and he was taken to the Spanish Town Hospital where he was "
             "pronounced dead. Investigations are ongoing. The St Catherine North Police Division has recorded 17 "
             "murders since the start of the year.\n"
             "RELATED: Cops seize gun, ammo in Spanish Town raid",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 2, 14), place=("ensom", "spanish town", "st catherine", "saint catherine"))),
    # --- Jamaica Observer: two dead and three hurt at a dance, a girl of nine among the hurt, "last night"
    "observer_clarendon_dance_girl_9_hurt": dict(
        published=date(2018, 7, 2), title="Two men killed, three others including 9-y-o girl shot in Clarendon",
        text="CLARENDON, Jamaica — Two men were killed and three other people, including a nine-year-old girl, were "
             "injured when gunmen opened fire on a group at a street dance in Gimme-me-bit, Clarendon, last night. "
             "The deceased have been identified as 32-year-old Andre Smith, a taxi operator, and 25-year-old Ricardo "
             "Francis, a mason, both of Gimme-me-bit address. The police report that about 11:30 pm, a dance was in "
             "progress when a car drove up and men alighted and opened gunfire in the crowd before escaping. Smith "
             "and Francis died at the scene, while the injured were rushed to the May Pen Hospital where they were "
             "admitted. The girl, who had been standing with her mother near a food stall, was shot in the shoulder "
             "and is said to be in stable condition. The Clarendon police have since imposed a curfew in the "
             "community.\n"
             "RELATED: Clarendon cops hunt gunmen after double murder in Lionel Town",
        killed=2, injured=3, **minors(children=(0, 1)),
        first=dict(start=date(2018, 7, 1), place=("gimme-me-bit", "clarendon", "may pen"))),
    # --- Jamaica Observer: a woman chopped to death, her partner later found hanging
    "observer_westmoreland_woman_chopped_partner_hanged": dict(
        published=date(2020, 9, 22), title="Woman chopped to death, partner found hanging in Westmoreland",
        text="WESTMORELAND, Jamaica — A 38-year-old woman was chopped to death by her common-law husband who later "
             "took his own life in Little London, Westmoreland, on Sunday. Dead are Tamara Reid, a vendor, and her "
             "partner, 45-year-old Dalton Grant, a fisherman, both of Little London. Reports from the Little London "
             "police are that about 6:00 am, residents heard screams coming from the couple's home. On checking, "
             "Reid was found lying in a pool of blood with chop wounds to her head and neck. Grant was later found "
             "hanging from a tree in a nearby bushy area. Police say the couple had been having domestic disputes. "
             "Anyone with information about domestic violence is being urged to call the police at 119.",
        killed=2, injured=0, **NO_MINORS,
        first=dict(start=date(2020, 9, 20), place=("little london", "westmoreland"))),
    # --- Trinidad Express: a cutlass killing, "liming"; the country's murder toll is clutter
    "express_laventille_man_chopped": dict(
        published=date(2015, 11, 2), title="Man chopped to death in Laventille",
        text="A 34-year-old man was chopped to death during an argument in Laventille on Sunday night. He was "
             "identified as Marlon 'Bullet' Joseph, of Picton Road, Laventille. According to police reports, Joseph "
             "was liming with friends at a bar at the corner of Picton Road around 9.30 p.m. when he got into an "
             "argument with another man. The man left and returned a short time later armed with a cutlass and "
             "chopped Joseph several times about the body. Joseph was taken to the Port of Spain General Hospital, "
             "where he died while undergoing treatment. A suspect is in custody. Joseph's killing took the country's "
             "murder toll for the year to 352, compared to 348 for the same period last year. Homicide Bureau of "
             "Investigations Region II officers are continuing enquiries.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2015, 11, 1), place=("laventille", "port of spain"))),
    # --- Trinidad Express: two men killed by police after they fired; "No officers were injured"
    "express_morvant_two_killed_by_police": dict(
        published=date(2019, 4, 16), title="Two killed in shootout with police in Morvant",
        text="Two men were shot dead by police during a confrontation in Morvant yesterday afternoon. Police said that "
             "around 2 p.m., officers of the Inter-Agency Task Force were on patrol along Second Caledonia Road when "
             "they saw a group of men standing near a parlour. On seeing the police, two of the men allegedly pulled "
             "firearms and shot at the officers, who returned fire. The men, who have not yet been identified, were "
             "taken to the Port of Spain General Hospital, where they were pronounced dead. No officers were "
             "injured. Two pistols and 14 rounds of ammunition were recovered. The Police Complaints Authority (PCA) "
             "has been informed. So far this year, 27 people have been killed in police shootings.",
        killed=2, injured=0, **NO_MINORS, attackers_killed=2, attackers_injured=0,
        first=dict(start=date(2019, 4, 15), place=("morvant", "port of spain"))),
    # --- Caribbean News Global: a student stabbed, a boy of 16 charged (a minor who is no victim)
    "caribbean_bridgetown_student_stabbed_teen_charged": dict(
        published=date(2022, 10, 12), title="Teen charged after student stabbed in Bridgetown",
        text="BRIDGETOWN, Barbados — A 16-year-old boy has been charged with wounding after a 19-year-old student was "
             "stabbed in The City on Monday afternoon. Police said the incident happened around 3:45 p.m. on "
             "Fairchild Street, where the two got into an altercation near the bus terminal. The 19-year-old, a "
             "student of the Barbados Community College, received a stab wound to his back and was taken by "
             "ambulance to the Queen Elizabeth Hospital, where he is listed in stable condition. The accused, whose "
             "name cannot be published because he is a minor, is expected to appear before the Juvenile Court today. "
             "The Royal Barbados Police Force is urging parents to speak to their children about resolving disputes "
             "without violence.\n"
             "Caribbean News Global: news and views from the Caribbean",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2022, 10, 10), place=("bridgetown", "fairchild", "barbados"))),
    # ===== Africa =====
    # --- Vanguard: armed robbers kill a POS operator, "It was gathered that", "confirmed dead"
    "vanguard_ota_pos_operator_killed": dict(
        published=date(2021, 3, 9), title="Armed robbers kill POS operator in Ogun",
        text="Panic gripped residents of Ijoko area of Ota, Ogun State, on Sunday evening when armed robbers shot "
             "dead a Point of Sale (POS) operator and carted away an undisclosed amount of money. It was gathered "
             "that the deceased, simply identified as Tunde, 29, was attending to customers at his stand along "
             "Lemode road when the hoodlums, numbering four, arrived on two motorcycles. A resident, who spoke on "
             "condition of anonymity, said: \"They shot him twice in the chest when he tried to resist them. They "
             "took his bag and left him there.\" He was rushed to a nearby hospital where he was confirmed dead by "
             "doctors. When contacted, the spokesperson of the Ogun State Police Command, ASP Kolade Ajibola, "
             "confirmed the incident, saying efforts were on to arrest the fleeing suspects.\n"
             "Vanguard News Nigeria",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2021, 3, 7), place=("ijoko", "ota", "ogun"))),
    # --- Daily Trust: bandits kill 12 villagers, a child of two among them; two bandits killed by vigilantes
    "dailytrust_zamfara_bandits_kill_12": dict(
        published=date(2020, 7, 14), title="Bandits kill 12 in Zamfara village",
        text="Bandits have killed 12 people in an attack on Kadawa village in Maru Local Government Area of Zamfara "
             "State. Residents said the gunmen, numbering over 50 on motorcycles, stormed the community at about 5pm "
             "on Sunday and started shooting sporadically. A resident, Malam Sani Kadawa, told Daily Trust on phone "
             "that among those killed was a two-year-old child who was strapped to her mother's back. \"Five other "
             "people sustained gunshot injuries and are now receiving treatment at the General Hospital in Maru,\" "
             "he said. He added that two of the bandits were killed when local vigilantes mobilised and engaged "
             "them. The spokesman of the Zamfara State Police Command, SP Abubakar Danjuma, confirmed the attack, "
             "saying the command had deployed additional personnel to the area. Zamfara is one of the states in the "
             "North-West worst hit by banditry, with hundreds of people killed this year.\n"
             "© 2020 Media Trust Limited. All rights reserved.",
        killed=14, injured=5, **minors(children=(1, 0)), attackers_killed=2,
        first=dict(start=date(2020, 7, 12), place=("kadawa", "maru", "zamfara"))),
    # --- Daily Trust: mob justice, a suspected phone snatcher burned (the mob's victim, not an attacker)
    "dailytrust_kano_mob_burns_phone_snatcher": dict(
        published=date(2017, 8, 22), title="Mob sets suspected phone snatcher ablaze in Kano",
        text="A suspected phone snatcher was on Monday beaten and set ablaze by an angry mob at Kantin Kwari market in "
             "Kano. Daily Trust gathered that the young man, believed to be in his early 20s, was caught after he "
             "allegedly snatched a phone from a trader and tried to escape on foot. Traders who chased him down beat "
             "him with sticks before a tyre was placed around his neck and set on fire. He was confirmed dead on "
             "arrival at the Murtala Muhammad Specialist Hospital where he was taken by policemen who arrived at the "
             "scene. The Kano State Police Public Relations Officer, DSP Haruna Musa, said three persons had been "
             "arrested in connection with the incident. He warned members of the public against mob justice, "
             "saying suspects should be handed over to the police.\n"
             "© 2017 Media Trust Limited. All rights reserved.",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2017, 8, 21), place=("kantin kwari", "kano"))),
    # --- The Citizen (Tanzania): a wife hacked to death; three children away (no victims)
    "citizen_tz_mwanza_wife_hacked": dict(
        published=date(2019, 11, 26), title="Man hacks wife to death in Mwanza over family feud",
        text="Mwanza. A resident of Buhongwa Ward in Nyamagana District, Mwanza Region, is being hunted by police "
             "for allegedly hacking his wife to death with a machete on Sunday night. Mwanza Regional Police "
             "Commander Joseph Kaswahili told The Citizen yesterday that the woman, Neema Kulwa, 32, died on the spot "
             "after being cut on the head and neck following a quarrel over the sale of family land. \"The suspect "
             "fled immediately after the incident and we have launched a manhunt,\" he said. The couple's three "
             "children were at their grandmother's home when the incident occurred. Neighbours said the couple had "
             "been quarrelling for weeks.\n"
             "Also read: Police warn against mob justice in Lake Zone",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2019, 11, 24), place=("buhongwa", "nyamagana", "mwanza"))),
    # --- Daily Monitor: a boda boda rider killed by robbers, found the next morning
    "monitor_wakiso_boda_rider_killed": dict(
        published=date(2018, 6, 19), title="Boda boda rider killed by robbers in Wakiso",
        text="Police in Wakiso District have launched a hunt for unknown assailants who killed a boda boda rider "
             "and took off with his motorcycle on Sunday night. The deceased, identified as Ronald Ssemwanga, 26, a "
             "resident of Nansana Municipality, was found dead in a banana plantation in Kyebando village with deep "
             "cuts on the head. The Kampala Metropolitan police deputy spokesperson, Mr Emmanuel Kasirye, said "
             "preliminary investigations indicate that the rider was hired by two men at Nansana trading centre at "
             "about 10pm. \"His body was found the following morning by residents who alerted police,\" Mr Kasirye "
             "said. The body was taken to Mulago City Mortuary for a post-mortem. At least 12 boda boda riders have "
             "been killed in Wakiso and Kampala since January, according to police records.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 6, 17), place=("wakiso", "nansana", "kyebando"))),
    # --- The Herald: a machete gang, one dead, two hurt, ages in brackets; arrests in the province are clutter
    "herald_kwekwe_machete_gang_miner_killed": dict(
        published=date(2019, 2, 12), title="Machete gang kills artisanal miner in Kwekwe",
        text="One person was killed and two others seriously injured when a gang armed with machetes attacked "
             "artisanal miners at a disused mine in Gaika, Kwekwe, on Sunday. Midlands provincial police spokesperson "
             "Inspector Tendai Mupfumi confirmed the incident and said the gang, numbering about 15, pounced on the "
             "miners at around 8pm demanding gold ore. \"The now deceased, Tinashe Moyo (28), was struck on the head "
             "with a machete and died on the spot. His two colleagues, aged 24 and 31, sustained deep cuts on the "
             "arms and back and were taken to Kwekwe General Hospital where they were admitted,\" he said. No arrests "
             "have been made. Police have arrested more than 400 suspected machete gang members in the Midlands "
             "province since the start of the operation against illegal miners.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2019, 2, 10), place=("gaika", "kwekwe", "midlands"))),
    # --- The Herald: a father kills his two children and hurts his wife, ages in brackets
    "herald_chitungwiza_father_kills_two_children": dict(
        published=date(2021, 5, 18), title="Father kills two children, injures wife in Chitungwiza",
        text="A 36-year-old Chitungwiza man allegedly killed his two children and seriously injured his wife with an "
             "axe following a domestic dispute at their home in Unit K on Sunday night. Police national spokesperson "
             "Assistant Commissioner Blessing Chibanda confirmed the incident. The children, Tadiwa (7) and Ruvimbo "
             "(4), died at the scene while their mother, Fadzai Marufu (31), was rushed to Chitungwiza Central "
             "Hospital where she is admitted in a critical condition. The suspect, Tawanda Marufu, fled after the "
             "attack and was arrested on Monday morning hiding at a relative's house in Seke. It is alleged the "
             "couple had quarrelled over the man's suspicion that his wife was having an affair. Police urged "
             "members of the public to seek counselling and to report domestic disputes before they turn violent.",
        killed=2, injured=1, **minors(children=(2, 0)),
        first=dict(start=date(2021, 5, 16), place=("chitungwiza", "unit k"))),
    # --- GhanaWeb: a constable shot dead by armed robbers, two colleagues unhurt
    "ghanaweb_swedru_constable_shot_dead": dict(
        published=date(2016, 9, 6), title="Police officer shot dead by armed robbers at Agona Swedru",
        text="A police officer has been shot dead by armed robbers at Agona Swedru in the Central Region. The "
             "deceased, Constable Ebenezer Owusu, 27, was on night patrol with two colleagues around the Swedru "
             "lorry station on Sunday when the robbers, who were on a motorbike, opened fire on them. He was rushed "
             "to the Swedru Municipal Hospital but was pronounced dead on arrival. His two colleagues escaped "
             "unhurt. The Central Regional Police Public Relations Officer, ASP Akosua Mensah-Boateng, said a "
             "manhunt had been launched for the attackers. She appealed to residents with information to contact "
             "the nearest police station.\n"
             "Source: GhanaWeb",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2016, 9, 4), place=("swedru", "agona", "central region"))),
    # --- The Standard: three robbery suspects shot dead by police, a fourth escaped wounded
    "standard_kayole_three_suspects_shot": dict(
        published=date(2017, 3, 20), title="Police kill three robbery suspects in Kayole",
        text="Police in Nairobi shot dead three suspected robbers in Kayole on Sunday night in a shootout, while a "
             "fourth suspect escaped with gunshot wounds. Nairobi Police Commander Peter Kimani said officers on "
             "patrol were alerted by members of the public that a gang armed with pistols was robbing residents along "
             "Spine Road. \"When officers ordered them to surrender, they opened fire and our officers returned fire, "
             "killing three of them on the spot,\" he said. A pistol with three rounds of ammunition and two mobile "
             "phones suspected to have been stolen were recovered. The bodies were taken to the City Mortuary. "
             "Residents said the gang had terrorised the area for months. Human rights groups have accused police of "
             "extrajudicial killings in Eastlands, with the Independent Medico-Legal Unit recording 122 killings by "
             "police in 2016.",
        killed=3, injured=1, **NO_MINORS, attackers_killed=3, attackers_injured=1,
        first=dict(start=date(2017, 3, 19), place=("kayole", "nairobi"))),
    # --- The Standard: four officers killed by an IED, two hurt
    "standard_mandera_ied_four_officers": dict(
        published=date(2019, 6, 17), title="Four police officers killed in IED attack in Mandera",
        text="Four police officers were killed and two others injured when their vehicle ran over an improvised "
             "explosive device (IED) in Mandera County on Saturday. The officers, from the Arabia police post, were on "
             "patrol along the Arabia-Lafey road when the explosive went off at about 4pm, a senior police officer "
             "in Mandera said. The injured were airlifted to Nairobi for treatment. Police blamed Al-Shabaab "
             "militants, who have planted explosives along roads near the Somalia border. The vehicle was "
             "extensively damaged. The attack is the latest in a series of IED attacks targeting security personnel "
             "in Mandera, Wajir and Garissa counties, in which more than 20 officers have been killed since January.",
        killed=4, injured=2, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2019, 6, 15), place=("mandera", "arabia", "lafey"))),
    # --- Daily Maverick: a candidate shot dead, his bodyguard wounded; politicians killed over years are clutter
    "maverick_umlazi_candidate_shot_dead": dict(
        published=date(2021, 9, 8), title="ANC councillor candidate shot dead in Umlazi, bodyguard wounded",
        text="An ANC candidate for ward councillor in eThekwini was shot dead outside his home in Umlazi, south of "
             "Durban, on Monday night, the latest in a string of political killings in KwaZulu-Natal ahead of the 1 "
             "November local government elections. Sipho Mkhize, 44, was getting out of his car in U Section at "
             "about 8pm when two gunmen opened fire. His bodyguard, who returned fire, was wounded in the arm. Mkhize "
             "was declared dead at the scene. KZN police spokesperson Colonel Nomvula Dube said a case of murder and "
             "attempted murder was being investigated and no arrests had been made. The Political Killings Task Team "
             "has been roped in. More than 90 politicians were killed in KwaZulu-Natal between 2016 and 2020, "
             "according to researchers.\n"
             "Sign up to Daily Maverick's First Thing newsletter.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2021, 9, 6), place=("umlazi", "durban", "ethekwini"))),
    # --- The Citizen (South Africa): a girl of seven killed by a stray bullet, the target unharmed
    "citizen_sa_westbury_girl_7_stray_bullet": dict(
        published=date(2020, 11, 2), title="Girl, 7, killed by stray bullet in Westbury",
        text="A seven-year-old girl was killed by a stray bullet in Westbury, Johannesburg, on Sunday afternoon when "
             "gunmen opened fire on a rival gang member in the street. Police spokesperson Captain Lerato Mokoena "
             "said the girl was playing in the yard of her home in Steytler Street when she was hit in the chest. "
             "\"She was rushed to Helen Joseph Hospital by her family, where she was certified dead,\" Mokoena said. "
             "The intended target, a 24-year-old man, escaped unharmed. No arrests have been made. Westbury "
             "residents marched to the police station last year to demand action against gang violence in the area. "
             "Police have opened a case of murder.\n"
             "Subscribe to The Citizen's newsletter for the latest news.",
        killed=1, injured=0, **minors(children=(1, 0)),
        first=dict(start=date(2020, 11, 1), place=("westbury", "johannesburg"))),
    # ===== South and Southeast Asia =====
    # --- Dhaka Tribune: a youth hacked to death, "miscreants", "declared him dead"
    "dhaka_bakalia_youth_hacked": dict(
        published=date(2019, 10, 15), title="Youth hacked to death in Chittagong",
        text="A youth was hacked to death by miscreants in Chittagong city's Bakalia area on Monday night. The "
             "deceased, Md Rubel Hossain, 24, was a resident of Kalamiar Bazar in Bakalia. Bakalia police station "
             "Officer-in-Charge (OC) Md Abdur Rahim said a group of 8-10 youths swooped on Rubel with sharp weapons "
             "near Kalamiar Bazar around 10:30pm, leaving him critically injured. \"Locals rescued him and took him "
             "to Chittagong Medical College Hospital (CMCH), where the on-duty doctor declared him dead,\" he said. "
             "The OC said the killing might have been the result of a previous rivalry over local dominance. Police "
             "detained two people for questioning. The body was sent to the CMCH morgue for autopsy.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2019, 10, 14), place=("bakalia", "chittagong", "chattogram"))),
    # --- Dhaka Tribune: a mob beats two suspected robbers, one dies (the mob's victims, not attackers)
    "dhaka_savar_mob_beats_suspected_robbers": dict(
        published=date(2015, 3, 10), title="Suspected robber beaten to death in Savar",
        text="A suspected robber was beaten to death by a mob while another was critically injured in Savar, on "
             "the outskirts of Dhaka, early Monday. The deceased, identified as Md Jashim, 30, was from Bhakurta "
             "union of Savar. Savar Model police station OC Mohsin Kabir said locals caught the two while they were "
             "trying to break into a house at Bank Town area around 3am. \"The mob beat them mercilessly before "
             "police rushed to the spot and rescued them,\" he said. Jashim died on the way to Enam Medical College "
             "Hospital, while the other, Md Farid, 27, is undergoing treatment under police custody at the same "
             "hospital. A case was filed in this regard. Rights group Ain o Salish Kendra recorded 127 deaths in mob "
             "beatings in 2014.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2015, 3, 9), place=("savar", "bank town", "dhaka"))),
    # --- The Hindu: a wife stabbed by her husband in front of their two children (no victims)
    "hindu_villivakkam_wife_stabbed": dict(
        published=date(2018, 9, 11), title="Man stabs wife to death in Villivakkam",
        text="CHENNAI. A 34-year-old woman was stabbed to death allegedly by her husband at their house in "
             "Villivakkam on Monday. Police said the victim, R. Kavitha, worked as a tailor. Her husband, K. Ramesh, "
             "38, an autorickshaw driver, allegedly suspected her fidelity and frequently picked quarrels with her. On "
             "Monday morning, after an argument, he allegedly stabbed her with a kitchen knife in front of their two "
             "children, aged 8 and 10. Neighbours who heard the children's screams rushed in and took Kavitha to the "
             "Government Kilpauk Medical College Hospital, where doctors declared her brought dead. The Villivakkam "
             "police registered a case and arrested Ramesh. The children have been handed over to their maternal "
             "grandparents.\n"
             "Published - September 11, 2018 01:15 am IST",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 9, 10), place=("villivakkam", "chennai"))),
    # --- The Hindu: an IED kills five DRG personnel, three "jawans" hurt; the year's losses are clutter
    "hindu_bijapur_ied_five_drg": dict(
        published=date(2015, 9, 23), title="Five DRG personnel killed in Maoist IED blast in Bijapur",
        text="Five District Reserve Guard (DRG) personnel were killed and three others injured when Maoists "
             "triggered an improvised explosive device (IED) blast in Chhattisgarh's Bijapur district on Tuesday. "
             "The blast took place near Tarrem around 11 a.m. when a team of security personnel was returning from an "
             "anti-Maoist operation, a senior police officer said. \"The injured jawans were airlifted to Raipur and "
             "their condition is stated to be out of danger,\" he said. Reinforcements were rushed to the spot and a "
             "search operation was launched in the area. The Chief Minister condemned the attack and said the "
             "sacrifice of the jawans would not go in vain. The State has lost 35 security personnel to Maoist "
             "violence this year.",
        killed=5, injured=3, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2015, 9, 22), place=("bijapur", "tarrem", "chhattisgarh"))),
    # --- Express Tribune: a prayer leader shot dead, his son of 13 hurt, "succumbed"
    "tribune_north_nazimabad_cleric_son_hurt": dict(
        published=date(2013, 10, 8), title="Prayer leader shot dead, son injured in North Nazimabad",
        text="KARACHI: A prayer leader was shot dead and his teenage son injured in a targeted attack in North "
             "Nazimabad on Monday evening. Maulana Abdul Qadir, 52, was returning home on a motorcycle with his "
             "13-year-old son after Maghrib prayers when two men on a motorcycle opened fire on them near Block L, "
             "police said. Both were shifted to Abbasi Shaheed Hospital, where Qadir succumbed to his injuries while "
             "his son was stated to be out of danger. SSP Central Amir Farooqi said the attack appeared to be "
             "sectarian. Traders in the area shut their shops in protest. At least 14 people have been killed in "
             "targeted attacks in the city this month, according to police.\n"
             "Published in The Express Tribune, October 8th, 2013.",
        killed=1, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2013, 10, 7), place=("north nazimabad", "karachi"))),
    # --- Express Tribune: a bomb in a market, 14 dead including two children, "over 30" hurt
    "tribune_kohat_market_bomb": dict(
        published=date(2014, 11, 22), title="14 killed as bomb rips through Kohat market",
        text="KOHAT: At least 14 people, including two children, were killed and over 30 others injured when a "
             "bomb planted in a motorcycle exploded in a crowded vegetable market in Kohat on Friday afternoon. "
             "District Police Officer Javed Akhtar said the explosive device, weighing around five kilogrammes, was "
             "detonated by remote control at around 3pm. The injured were shifted to KDA Hospital and the Combined "
             "Military Hospital, where an emergency was declared. Hospital officials said the condition of several "
             "of the injured was critical. No group has claimed responsibility for the attack. The provincial "
             "government announced compensation of Rs500,000 for the families of the deceased.\n"
             "Published in The Express Tribune, November 22nd, 2014.\n"
             "Like Pakistan on Facebook, follow @ETPakistan on Twitter to stay informed and join in the conversation.",
        killed=14, injured=30, **minors(children=(2, 0)), attackers_killed=0,
        first=dict(start=date(2014, 11, 21), place=("kohat",))),
    # --- The Kathmandu Post: a khukuri attack over land, one dead, his brother hurt
    "kathmandu_sindhupalchok_khukuri_attack": dict(
        published=date(2017, 7, 18), title="Man killed, brother injured in khukuri attack over land dispute",
        text="A 45-year-old man was killed and his younger brother injured after a neighbour attacked them with a "
             "khukuri over a land dispute in Sindhupalchok on Sunday. The deceased has been identified as Dal Bahadur "
             "Tamang of Melamchi Municipality-7. His brother, Man Bahadur, 39, sustained injuries to his head and hand "
             "and is undergoing treatment at Dhulikhel Hospital, according to the District Police Office, "
             "Sindhupalchok. Police said the two brothers had been building a fence on a disputed plot when their "
             "neighbour, 50-year-old Krishna Bahadur Thapa, attacked them. Dal Bahadur died on the way to hospital. "
             "The accused has been arrested and police are investigating the case.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 7, 16), place=("melamchi", "sindhupalchok"))),
    # --- Manila Bulletin: a kagawad shot dead by motorcycle-riding gunmen, "declared dead on arrival"
    "mb_quezon_city_kagawad_shot_dead": dict(
        published=date(2018, 7, 3), title="Barangay kagawad shot dead in Quezon City",
        text="A barangay kagawad (councilman) was shot dead by motorcycle-riding gunmen in Quezon City on Monday "
             "morning, police said. Quezon City Police District (QCPD) director Chief Supt. Joselito Ramos "
             "identified the victim as Rolando Mercado, 51, a kagawad of Barangay Bagong Silangan. Initial "
             "investigation showed that Mercado was on his way to the barangay hall aboard his motorcycle when two "
             "men on another motorcycle tailed him and shot him several times along Sampaguita Street at around 7:40 "
             "a.m. He was rushed to the East Avenue Medical Center but was declared dead on arrival. The gunmen fled "
             "towards Payatas. Police are looking into his work as a barangay official as a possible motive. Mercado "
             "is the fifth barangay official killed in Metro Manila this year.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 7, 2), place=("quezon city", "bagong silangan"))),
    # --- Manila Bulletin: a girl of 14 hit by a stray bullet on New Year's Eve
    "mb_malabon_girl_14_stray_bullet": dict(
        published=date(2019, 1, 2), title="Teen hit by stray bullet during New Year revelry in Malabon",
        text="A 14-year-old girl was wounded by a stray bullet while watching fireworks with her family in Malabon "
             "City shortly before midnight on New Year's Eve, police said. The victim, a Grade 8 student, was "
             "standing outside their house in Barangay Tonsuya when she felt a sharp pain in her left shoulder at "
             "about 11:50 p.m. She was rushed to the Ospital ng Malabon, where doctors removed a slug from a "
             ".45-caliber pistol. She is now in stable condition. Northern Police District (NPD) director Chief Supt. "
             "Ronaldo Villareal said investigators were looking for residents who fired guns in the area. The "
             "Philippine National Police recorded 12 stray bullet incidents nationwide during the holiday season, "
             "down from 19 the previous year.",
        killed=0, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2018, 12, 31), place=("malabon", "tonsuya"))),
    # --- Jakarta Post: three workers killed, one hurt, by an armed group in Papua
    "jakartapost_puncak_jaya_workers_shot": dict(
        published=date(2016, 10, 25), title="Three construction workers killed in Papua attack",
        text="Three construction workers were killed and another injured when a group of armed men attacked a road "
             "project site in Puncak Jaya regency, Papua, on Sunday, police said. Papua Police spokesman Sr. Comr. "
             "Agus Wibowo said the attackers, believed to be members of an armed criminal group (KKB), fired at the "
             "workers as they rested at their camp in Mulia district at around 2 p.m. \"Three workers died at the "
             "scene. One survived with a gunshot wound to his leg and has been evacuated to Mulia General Hospital,\" "
             "he told The Jakarta Post on Monday. The victims, who came from South Sulawesi, had been working on a "
             "bridge for the Trans-Papua Highway. Security forces have been deployed to hunt down the attackers.\n"
             "Related: Papua violence threatens Trans-Papua road project",
        killed=3, injured=1, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2016, 10, 23), place=("mulia", "puncak jaya", "papua"))),
    # --- Bangkok Post: a village headman and his son of ten shot dead; the insurgency's toll is clutter
    "bangkokpost_narathiwat_headman_son_10": dict(
        published=date(2013, 6, 11), title="Village headman, son, 10, shot dead in Narathiwat",
        text="NARATHIWAT: A village headman and his 10-year-old son were shot dead by insurgents while riding a "
             "motorcycle home in Rueso district on Monday evening. Police said Abdullah Mamah, 48, headman of Ban "
             "Kuwa village, was returning from a mosque with his son when gunmen in a pickup truck opened fire with "
             "assault rifles. Both died at the scene. Police found 15 spent AK-47 cartridges at the scene. "
             "Authorities believe the headman was targeted because he had cooperated with security officials. More "
             "than 6,000 people have been killed in the deep South since the insurgency flared in January 2004, "
             "according to Deep South Watch.",
        killed=2, injured=0, **minors(children=(1, 0)),
        first=dict(start=date(2013, 6, 10), place=("rueso", "narathiwat"))),
    # --- Bangkok Post: a motorcycle taxi rider shot dead after a quarrel
    "bangkokpost_lat_phrao_motorcycle_taxi_rider": dict(
        published=date(2017, 5, 16), title="Motorcycle taxi rider shot dead in Lat Phrao",
        text="A motorcycle taxi rider was shot dead after a quarrel with a customer in Lat Phrao district of Bangkok "
             "on Monday night. Police were called to Soi Lat Phrao 101 at about 11pm and found Somchai Boonmee, 42, "
             "lying in a pool of blood next to his motorcycle with two gunshot wounds to his chest. He was pronounced "
             "dead at the scene by Ruamkatanyu Foundation rescue workers. Other motorcycle taxi riders told police "
             "the victim had argued with a man over the fare. The man walked away, returned a few minutes later with "
             "a handgun and fired at Mr Somchai before fleeing on foot. Police said they had identified the suspect "
             "from security camera footage and expected to arrest him soon.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 5, 15), place=("lat phrao", "bangkok"))),
    # ===== Europe and elsewhere =====
    # --- The Irish Times: "Man (34) shot dead", gardaí, the State Pathologist
    "irishtimes_drogheda_man_34_shot_dead": dict(
        published=date(2014, 10, 14), title="Man (34) shot dead in Drogheda",
        text="A man has been shot dead in Drogheda, Co Louth, in what gardaí believe was a targeted attack. The "
             "victim, aged 34, was shot several times as he sat in a car outside a house at Moneymore estate shortly "
             "after 9pm on Monday. He was treated at the scene by paramedics before being taken to Our Lady of "
             "Lourdes Hospital, where he was pronounced dead a short time later. Gardaí said the man was known to "
             "them and that they were investigating a possible link to a dispute between two criminal groups in the "
             "town. The scene was sealed off for a forensic examination and the State Pathologist has been notified. "
             "A car found burnt out in nearby Mell a short time later is being examined. It is the third fatal "
             "shooting in the State in the past month.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2014, 10, 13), place=("drogheda", "moneymore", "louth"))),
    # --- The Irish Times: a man of 19 stabbed, a boy of 15 arrested (a minor who is no victim)
    "irishtimes_oconnell_street_stabbing_boy_arrested": dict(
        published=date(2019, 2, 18), title="Teenager arrested after man stabbed on O'Connell Street",
        text="A 15-year-old boy has been arrested after a man was stabbed on O'Connell Street in Dublin city centre "
             "on Sunday evening. The man, who is aged 19, suffered stab wounds to his back and arm during an "
             "altercation near the GPO at about 6.30pm. He was taken to the Mater hospital, where his injuries are "
             "described as serious but not life-threatening. Gardaí at Store Street said the teenager was arrested "
             "at the scene and was being detained at a Dublin Garda station under section 4 of the Criminal Justice "
             "Act 1984. A knife was recovered. Gardaí are appealing for witnesses, particularly anyone with camera or "
             "dashcam footage.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2019, 2, 17), place=("o'connell", "dublin"))),
    # --- The Local (Sweden): one dead, two hurt, one of them a boy of 15; the country's shootings are clutter
    "local_se_rinkeby_one_dead_two_hurt": dict(
        published=date(2019, 10, 8), title="One dead and two injured in Rinkeby shooting",
        text="A 19-year-old man was killed and two other people, one of them a 15-year-old boy, were injured in a "
             "shooting in Rinkeby, northern Stockholm, on Monday night. Police were alerted to the shooting near "
             "Rinkebytorget square at around 10.15pm, police spokesperson Anna Westberg told the TT news agency. The "
             "19-year-old was taken to hospital with serious injuries and died during the night. The two injured "
             "were taken to Karolinska University Hospital; neither of their injuries is believed to be "
             "life-threatening. No one has been arrested and police have launched a murder investigation. Sweden "
             "has seen 257 shootings so far this year, in which 36 people have died, according to police "
             "statistics.\n"
             "Become a Member of The Local to support independent journalism in Sweden.",
        killed=1, injured=2, **minors(teens=(0, 1)),
        first=dict(start=date(2019, 10, 7), place=("rinkeby", "stockholm"))),
    # --- The Local (Germany): one dead, two hurt in a flat, "Mordkommission"
    "local_de_dortmund_knife_attack": dict(
        published=date(2018, 4, 10), title="One dead, two injured in Dortmund knife attack",
        text="A 27-year-old man has died and two people were injured after a knife attack in a flat in Dortmund's "
             "Nordstadt district, police said on Tuesday. Officers were called to the building on Münsterstraße at "
             "around 11pm on Monday after neighbours reported screams. They found the 27-year-old with multiple stab "
             "wounds; he died at the scene despite attempts to resuscitate him. A 31-year-old woman and a 45-year-old "
             "man were taken to hospital with serious injuries. A 36-year-old suspect was arrested nearby. Police "
             "said there was no indication of a terrorist motive and the people involved appeared to know one "
             "another. A homicide commission (Mordkommission) has been set up.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2018, 4, 9), place=("dortmund", "nordstadt"))),
    # --- France 24: three young men shot dead in a car; the year's drug killings are clutter
    "france24_marseille_three_shot_dead": dict(
        published=date(2016, 4, 5), title="Three young men shot dead in Marseille in latest drug-related killing",
        text="Three young men were shot dead in a car in Marseille's northern districts late Monday, police said, in "
             "what appeared to be the latest settling of scores between rival drug gangs. The victims, aged 19, 22 "
             "and 25, were sitting in a parked car in the 14th arrondissement when gunmen armed with Kalashnikov "
             "assault rifles opened fire at around 11:30pm. The car was then set on fire, a police source told AFP. "
             "Two of the victims were known to police for drug trafficking. The Marseille prosecutor's office has "
             "opened a murder investigation. The killings bring to 11 the number of people killed in drug-related "
             "shootings in the Marseille area since the start of the year.\n"
             "(FRANCE 24 with AFP)",
        killed=3, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 4, 4), place=("marseille",))),
    # --- The Moscow Times: a man shoots four neighbours, three die, a toll told twice
    "moscowtimes_tver_neighbours_shot": dict(
        published=date(2019, 8, 27), title="Man kills three neighbors with hunting rifle in Tver region",
        text="A man in the Tver region shot dead three of his neighbors and wounded a fourth with a hunting rifle "
             "after a dispute over a fence, investigators said Tuesday. The 54-year-old resident of the village of "
             "Zavidovo opened fire on the neighboring family late Monday, the regional branch of the Investigative "
             "Committee said in a statement. A man, his wife and their adult son died at the scene, while a second "
             "son, 23, was hospitalized with gunshot wounds. The suspect was detained at his home hours later "
             "without resistance and has been charged with murder. Russian media reported that he held a license for "
             "the rifle.\n"
             "The Moscow Times: independent news from Russia. Please support us.",
        killed=3, injured=1, **NO_MINORS,
        first=dict(start=date(2019, 8, 26), place=("zavidovo", "tver"))),
    # --- Hurriyet Daily News: a clash between two families, every one a victim
    "hurriyet_siverek_family_feud_clash": dict(
        published=date(2015, 4, 14), title="Five killed, eight wounded in blood feud clash in Şanlıurfa",
        text="Five people were killed and eight others were wounded in an armed clash between two families over a "
             "land dispute in the southeastern province of Şanlıurfa's Siverek district on April 13. The clash "
             "erupted when members of the two families, who have a long-running feud, met in a field and started "
             "quarreling, Doğan News Agency reported. The quarrel escalated as both sides used guns and sticks. "
             "Gendarmerie and health teams were dispatched to the scene. The wounded were taken to Siverek State "
             "Hospital, where two of them are in critical condition. Gendarmerie detained 12 people in connection "
             "with the incident. Blood feuds claim dozens of lives in Turkey's southeast every year.",
        killed=5, injured=8, **NO_MINORS,
        first=dict(start=date(2015, 4, 13), place=("siverek", "şanlıurfa", "sanliurfa", "urfa"))),
    # --- Arab News: a man shot dead in a quarrel in Riyadh
    "arabnews_riyadh_quarrel_shot_dead": dict(
        published=date(2018, 3, 12), title="Man shot dead after quarrel in Riyadh, suspect arrested",
        text="A Saudi man was shot dead by another following a quarrel in Riyadh's Al-Suwaidi district late on "
             "Saturday, police said. Riyadh police spokesman Lt. Col. Nasser Al-Qahtani said a dispute broke out "
             "between two men in their thirties outside a rest house, during which one of them drew a firearm and "
             "shot the other. The victim was taken to hospital, where he died of his wounds. The suspect was "
             "arrested within hours and referred to the Public Prosecution. Al-Qahtani did not give a motive for the "
             "dispute.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 3, 10), place=("riyadh", "suwaidi"))),
    # --- The Jordan Times: a woman killed by her brother; honour killings a year are clutter
    "jordantimes_zarqa_woman_killed_by_brother": dict(
        published=date(2017, 4, 16), title="Woman killed by brother in Zarqa",
        text="AMMAN — A 28-year-old woman was killed by her brother in Zarqa on Saturday, a senior official source "
             "said. The woman was hit with a sharp object multiple times at the family home in Zarqa Governorate, the "
             "source, who requested anonymity, told The Jordan Times. She was taken to Zarqa Governmental Hospital, "
             "where she was pronounced dead. The suspect, aged 32, turned himself in to police, the source said, "
             "adding that he claimed he killed his sister in \"defence of honour\". The Public Security Department "
             "said investigations were under way. Jordan records 15 to 20 so-called honour killings every year, "
             "according to human rights groups.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 4, 15), place=("zarqa",))),
    # --- CBC: a targeted shooting in Surrey, IHIT; the city's homicides are clutter
    "cbc_surrey_targeted_shooting": dict(
        published=date(2018, 6, 4), title="Man dies in targeted shooting in Surrey",
        text="One man is dead after a shooting in Surrey, B.C., on Sunday night, in what police describe as a "
             "targeted incident. Surrey RCMP say they were called to the 13400 block of 72 Avenue shortly after 9 "
             "p.m. after reports of shots fired. Officers found a man in his 20s with gunshot wounds. He was taken to "
             "hospital, where he died. The Integrated Homicide Investigation Team (IHIT) has taken over the "
             "investigation. A burning vehicle was found a short time later in nearby Delta, and police are "
             "investigating whether it is connected. It is Surrey's ninth homicide of the year.\n"
             "Anyone with information is asked to call the IHIT information line.\n"
             "CBC's Journalistic Standards and Practices | About CBC News",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 6, 3), place=("surrey", "british columbia"))),
    # --- RNZ: a man dies a day after an assault, a 17-year-old charged (a minor who is no victim)
    "rnz_christchurch_assault_teen_charged": dict(
        published=date(2021, 3, 22), title="Teenager charged with murder after Christchurch assault",
        text="A 17-year-old has been charged with murder after a man died following an assault in central "
             "Christchurch. Police were called to Cashel Street about 2am on Saturday after reports of a fight. A man "
             "in his 40s was found with critical injuries and was taken to Christchurch Hospital, where he died on "
             "Sunday. Detective Inspector Mark Reardon said the 17-year-old was arrested on Sunday afternoon and "
             "would appear in the Christchurch Youth Court today. \"We believe the man and the teenager were not "
             "known to each other,\" he said. Police want to hear from anyone who was in the area between 1.30am and "
             "2.30am.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2021, 3, 20), place=("christchurch", "cashel"))),
}

_BACKGROUND = "a background toll not set apart as a summary: its figure outweighs the incident's as the largest sentence"
_ATTACKERS_APART = ("attackers' fate told apart from the victims or with a plain noun is not an attackers' figure "
                    "(or not added)")
_PLACE_UNREAD = "a district or suburb the gazetteer lacks, with no city beside it, gives no location"
XFAIL: dict[tuple[str, str], str] = {
    # killed
    ("killed", "tribune_north_nazimabad_cleric_son_hurt"): _BACKGROUND + ": 'At least 14 people have been killed in "
        "targeted attacks in the city this month': killed 14 for 1",
    # injured
    ("injured", "standard_kayole_three_suspects_shot"): _ATTACKERS_APART + ": 'a fourth suspect escaped with gunshot "
        "wounds' after the three shot dead is unread: injured 0 for 1",
    # minors
    # attackers
    ("attackers", "express_morvant_two_killed_by_police"): _ATTACKERS_APART + ": 'Two men were shot dead by police' "
        "who, the next sentences say, 'pulled firearms and shot at the officers' typed people: attackers 0 for 2",
    ("attackers", "dhaka_savar_mob_beats_suspected_robbers"): "a mob's victim typed an attacker by his noun: 'A "
        "suspected robber was beaten to death by a mob': attackers killed 1 for 0",
    ("attackers_injured", "standard_kayole_three_suspects_shot"): _ATTACKERS_APART + ": 'a fourth suspect escaped "
        "with gunshot wounds' unread: attackers injured 0 for 1",
    # place of the first counted claim
    ("place", "mercopress_la_boca_tourist_stabbed"): "a neighbourhood's article dropped: 'in Buenos Aires' La Boca "
        "neighbourhood' gives 'Boca' (Argentina), neither La Boca nor Buenos Aires",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_ABBREVIATIONS = re.compile(r"\b(?:a\.m|p\.m|Supt|Sgt|Insp|Comr|Sr|Col|Lt|Mr|Mrs|Dr|St|Co|B\.C|[A-Z])\.")


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) == 45
    SET.check_years(range(2010, 2024))
    assert SET.minor_victim_cases() == 10
    assert sum("attackers_killed" in spec for spec in CASES.values()) == 13
    SET.check_figures_fit()
    SET.check_typical_pages(_ABBREVIATIONS, range(4, 13), max_days_after=3)


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_attackers_injured = SET.attackers_injured_test()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
