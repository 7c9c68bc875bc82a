"""Challenge set: TYPICAL NEWS PAGES ABOUT VIOLENT CRIME AND ATTACKS OUTSIDE THE UNITED STATES, 2014-2020, in
English, a REPRESENTATIVE sample (not an adversarial one) of the way those outlets ordinarily write; written before
the pipeline was run on it, with the figures a careful coder gives from the text alone under docs/conventions.md.

47 invented pages, each a headline and a body of 4-10 sentences in its outlet's habits: the United Kingdom (BBC,
Guardian, Evening Standard, Birmingham Mail, Liverpool Echo, Manchester Evening News, WalesOnline: stabbings, a
shooting in Moss Side and one in Everton, an acid attack in Beckton, a machete attack), Ireland (RTE, Irish
Independent: gangland shootings), Canada (CBC, Toronto Star, Winnipeg Free Press: Scarborough, North York and
Winnipeg), Australia (ABC, The Age) and New Zealand (NZ Herald, Stuff), South Africa (News24, IOL, TimesLIVE: a
tavern, taxi violence, gang crossfire on the Cape Flats, a house attack, a cash-in-transit heist), Nigeria (Punch,
Premium Times: bandits, cultists, gunmen at a checkpoint), Kenya (Daily Nation: militants, police shooting robbery
suspects, a lynching), India (Times of India, NDTV: a mob attack, a grenade in Srinagar, a parking quarrel, an acid
attack, a land clash), Pakistan (Dawn: a targeted killing, a market bomb, a policeman "martyred"), the Philippines
(Inquirer: a barangay captain, a buy-bust, Tondo), Brazil and Mexico (Reuters, AP) and Jamaica (Gleaner). The
outlets' forms: "a man in his 20s", "pronounced dead at the scene", "declared brought dead", "taken to hospital with
life-threatening injuries", "a 17-year-old boy has been charged", "police said", "the deceased", "It was gathered
that", "Reports from the ... police are that", "martyred", "succumbed to his injuries", "escaped with gunshot
injuries", "treated and released", ages as "(22)", "aged 21 and 24", "in his early 20s"; local places (suburbs,
townships, barangays, districts, sectors); days as "on Saturday night", "in the early hours of Sunday", "last
night", "yesterday", "today", with the page's publication date given. The clutter real pages carry: a city's or a
parish's murder count for the year, a month's toll of taxi violence, a past massacre in AP background, BBC "Related
Topics" and Guardian "Topics" lines, a News24 subscription line, a Punch copyright line, Reuters reporting credits,
Crime Stoppers numbers, a 1800RESPECT line. Twelve cases have children (0-11) or teens (12-17) among the victims;
six more name minors who are NOT victims (a boy of 17 charged, a boy of 15 arrested, a juvenile apprehended,
children in the house unhurt, a boy of 14 who hid).

Golds: ``killed`` and ``injured`` are the article's totals (article_tolls); the four minors' fields (0 where none);
``attackers_killed`` and ``attackers_injured`` in the eight cases with an attacker who is, or might be taken for, a
casualty. ``first``: the day of the event resolved from the publication date (never a death's, an arrest's, a court
appearance's or a statement's day: a man stabbed on Saturday who died on Sunday is Saturday; "last night" on a
Monday page is Sunday; NDTV's "today" is the publication day), and the place of the article's first counted claim
(its neighbourhood, township, barangay, district or city: any of the names listed). Judgements, where
docs/conventions.md leaves room:
- Police, soldiers and security guards killed or hurt are victims like anyone (ACLED/GTD count them): the two
  policemen at Nkpor, the "martyred" policeman at Quetta and his colleague, the three CRPF men at Lal Chowk, the
  guards at Protea Glen, the constable at Tivoli Gardens.
- Robbers and gunmen killed or hurt by police are attackers, counted in the totals and apart ("suspects, intruders,
  robbers ... are attackers"): two robbers killed and one wounded at Protea Glen; two killed and one who "escaped
  with a gunshot wound" at Eastleigh (the police's own statement, recorded as told); the "alleged gunman" of Tivoli
  Gardens. The two Caloocan drug suspects, by the only account the page gives, fired first and "shot it out with
  police": attackers killed 2 (human-rights monitors dispute such accounts; a coder of the text records the page).
- The man lynched at Kisii was suspected of theft, but the attack is the mob's and he is its victim: killed 1,
  attackers 0 (ACLED codes such events as mob violence against a civilian).
- In a clash between two groups (Bihta land dispute, Ikorodu cultists) everyone killed or hurt is a victim; no side
  is an attacker.
- People NOT hurt: a woman "treated at the scene for shock" (Beckton), a second man "uninjured" (Manurewa), an aide
  "unhurt" (Cebu), children "not physically harmed" (Salisbury North), "not injured" (Moyross). A second man
  "treated for a cut to his hand" after a machete attack (Grangetown) and a sister with "minor burns" from the acid
  (Aliganj) are hurt.
- A toll told twice is one toll: "Five people were shot dead and two others wounded" then "Four men died on the scene
  and a fifth man died on arrival at hospital. Two other men were taken to hospital" (Mfuleni: 5 and 2); "Ten
  people, including three CRPF personnel" then "injuring the jawans and seven civilians" (10); "The men, aged 41 and
  36, were found seriously injured ... where the 41-year-old died" (1 killed, 1 hurt).
- "No fewer than 11" is 11 (at_least); "At least two ... and 14 others" is 2 and 14.
- Minors: "the little daughter of my neighbour" restates the two-year-old; a girl of six "declared dead" is a child;
  "two boys aged 10 and 13" among the hurt are a child and a teen; a "Grade 9 student" of 15 is a teen. A younger
  sister without an age is no minor.
- Background tolls (a city's 38th homicide, "the third gun murder in Dublin this year", "more than 400 recorded",
  "250 ... murders in St James", "more than 30 policemen", "six ... killed in taxi violence ... this month", AP's
  July massacre of 27, "hundreds of people every year") are no part of the article's incident.

First run (worktree of b5268aa, the commit that wrote the set on main's 38f4c84, before any fix), passing / checked:
killed 45/47, injured 43/47, children and teens 45/47, attackers killed 8/8, attackers injured 7/8, the first
claim's day 47/47 and place 43/47. No gold or text was changed after the run. The 13 misses are strict xfails with
their class (XFAIL):
- Places (4): a township or district the gazetteer lacks, with no city beside it, gives no location ("in Manenberg",
  "in northwest Delhi's Jahangirpuri"); "North York" read as York; "Salt Spring, St James" (a Jamaican parish) read
  as Vung Tau (Cap Saint-Jacques).
- People hurt told in sentences of their own are not added (2): "Her sister suffered minor burns on her hands" after
  the woman's burns; the guard's wounded colleague and the third robber "wounded and arrested".
- A group of dead told with "hitting the two men, who died on the spot" (Caloocan): read as two shot of whom one
  died, the one added apart (killed 3, injured 1 for 2 and 0: 2 misses).
- Deaths restated in a quotation added as the police's deaths apart (Protea Glen: killed 5 for 3).
- Victims in a relative clause before a verb of care unread ("Two women who were hacked with machetes were taken to
  King Fahd Hospital": injured 0 for 2).
- Minors inside a group (2): "A 17-year-old boy and a 24-year-old man were taken to hospital after they were shot"
  gives no claim (the title's 2 holds no teen); "the injured, among them two boys aged 10 and 13" unread.
- An attacker hurt told after attackers killed ("Two suspects were fatally wounded and a third was wounded and
  arrested") typed people.
Read right on the first run: every day (weekdays, "in the early hours of Sunday", "last night", "yesterday", NDTV's
"today", deaths the next day, court days and arrests passed over); every other place, the city's name for about half
(London for Tottenham and Beckton, Manchester for Moss Side, Cape Town for Mfuleni, Karachi for Orangi Town, Manila
for Tondo, Kaduna State for Kajuru), the neighbourhood's for the rest (Everton, Finglas, Scarborough, Manurewa,
Ikorodu, Nkpor, Witu, Lal Chowk, Gumla, Bihta, Caloocan); "martyred", "declared brought dead", "succumbed", "escaped
with gunshot injuries", "treated and released", "No fewer than 11", the Mfuleni and Lal Chowk tolls told twice, a
woman "treated for shock", people "unhurt" and "not physically harmed", every minor who is no victim (a boy of 17
charged, a juvenile apprehended, a boy of 14 who hid), the lynched suspect not typed an attacker, police, guards and
CRPF men counted as victims, and every background toll (a city's homicide count, the parish's 250 murders, AP's 27 at
Irapuato, "hundreds ... every year").

Every sentence is invented; none is taken from the development data or from a published report (the cities,
suburbs, townships, streets, agencies, outlets and hospitals are real, the incidents, the people and their names are
not).
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors, sentences_in

CASES: dict[str, dict] = {
    # ===== United Kingdom =====
    # --- BBC: one man stabbed dead, "pronounced dead at the scene"; the capital's murder count is clutter
    "bbc_tottenham_man_stabbed_dead": dict(
        published=date(2018, 4, 8), title="Tottenham stabbing: Man dies after attack in north London street",
        text="A man has died after being stabbed in north London on Saturday night. Police were called to reports of "
             "a stabbing in Park Lane, Tottenham, at about 21:40 BST. The victim, believed to be in his 20s, was "
             "treated by paramedics from London Ambulance Service but was pronounced dead at the scene. His next of "
             "kin have been informed. No arrests have been made and a murder investigation has been launched, the "
             "Metropolitan Police said. Det Ch Insp Mark Lowden said: \"I am appealing to anyone who was in the area "
             "of Park Lane last night and saw what happened to come forward.\" It is the 47th suspected murder in "
             "the capital this year.\n"
             "Related Topics\nTottenham\nKnife crime\nLondon Ambulance Service",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 4, 7), place=("tottenham", "london"))),
    # --- Guardian: two men shot, neither fatally; one critical
    "guardian_moss_side_two_men_shot": dict(
        published=date(2016, 9, 25), title="Two men injured in Moss Side shooting",
        text="Two men have been taken to hospital after a shooting in Moss Side, Manchester, in the early hours of "
             "Sunday. Greater Manchester police said officers were called to Broadfield Road shortly after 1.30am "
             "following reports that shots had been fired from a car. A 23-year-old man suffered a gunshot wound to "
             "his leg and a 27-year-old man was hit in the stomach. The older man is in a critical but stable "
             "condition; the younger man's injuries are not thought to be life-threatening. A cordon remains in "
             "place and forensic officers are at the scene. Supt Chris Hallam said: \"This was a reckless act in a "
             "residential street where families were asleep.\" Anyone with information is asked to call police on "
             "101 or Crimestoppers anonymously on 0800 555 111.\n"
             "Topics\nManchester\nGun crime\nUK news",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2016, 9, 25), place=("moss side", "manchester"))),
    # --- Evening Standard: acid attack, two burned; a woman "treated at the scene for shock" is no one hurt
    "standard_beckton_acid_attack_two_burned": dict(
        published=date(2017, 6, 22),
        title="Beckton acid attack: Two men suffer serious burns after corrosive substance thrown into car",
        text="Two men suffered serious burns when a corrosive substance was thrown at them as they sat in a car in "
             "east London on Wednesday evening. Police were called at 7.05pm to Tollgate Road in Beckton, where the "
             "victims, aged 21 and 24, were found with injuries to their faces and arms. They were taken by "
             "ambulance to an east London hospital, where the 21-year-old remains in a serious condition. A woman "
             "who was in the back of the car was treated at the scene for shock. Scotland Yard said two men on a "
             "moped approached the car, threw the liquid through the open window and rode off towards Newham Way. "
             "No arrests have been made. It is the latest in a spate of acid attacks in the capital, with more than "
             "400 recorded in London last year.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2017, 6, 21), place=("beckton", "london"))),
    # --- Birmingham Mail: a boy of 16 stabbed to death; "a 17-year-old boy has been charged", a 15-year-old arrested
    "birmingham_mail_boy_16_stabbed_small_heath": dict(
        published=date(2019, 3, 3), title="Boy, 16, stabbed to death in Birmingham as 17-year-old charged with murder",
        text="A 17-year-old boy has been charged with murder after a 16-year-old was stabbed to death in Birmingham. "
             "The victim, named locally as Jaden Okoro, was attacked in Coventry Road, Small Heath, at about 4.15pm "
             "on Friday. Paramedics battled to save him but he was pronounced dead at the scene. West Midlands "
             "Police said the teenager, who cannot be named for legal reasons, was arrested on Saturday and will "
             "appear before Birmingham magistrates on Monday. A 15-year-old boy who was also arrested has been "
             "released under investigation. Det Insp Claire Corbett said: \"Jaden's family are devastated and we are "
             "supporting them at this incredibly difficult time.\" Floral tributes have been left at the scene. "
             "Jaden is the third teenager to be stabbed to death in the West Midlands this year.",
        killed=1, injured=0, **minors(teens=(1, 0)),
        first=dict(start=date(2019, 3, 1), place=("small heath", "birmingham"))),
    # --- Liverpool Echo: a man shot in the legs
    "echo_everton_man_shot_in_legs": dict(
        published=date(2015, 10, 12), title="Man, 34, shot in both legs in Everton",
        text="A man has been shot in both legs in Everton. Merseyside Police said officers were called to Heyworth "
             "Street shortly before 11pm on Sunday after reports of gunshots. A 34-year-old man was found with "
             "gunshot wounds to his legs and was taken to the Royal Liverpool University Hospital, where his injuries "
             "are described as serious but not life-threatening. Two men wearing dark clothing were seen running "
             "towards Everton Park. Detective Inspector Paul Speakman said: \"We believe this was a targeted attack "
             "and we are following a number of lines of enquiry.\" Anyone with information is asked to contact "
             "@MerPolCC or call Crimestoppers on 0800 555 111.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2015, 10, 11), place=("everton", "liverpool"))),
    # --- BBC Scotland: two men found stabbed; one died the next day in hospital
    "bbc_glasgow_dennistoun_double_stabbing": dict(
        published=date(2014, 11, 17), title="Man dies after Glasgow double stabbing",
        text="A man has died and another is in hospital after a double stabbing in the east end of Glasgow. The men, "
             "aged 41 and 36, were found seriously injured in a flat in Duke Street, Dennistoun, at about 23:30 on "
             "Saturday. Both were taken to Glasgow Royal Infirmary, where the 41-year-old died on Sunday afternoon. "
             "The 36-year-old is described as stable. Police Scotland said a 38-year-old man had been arrested and "
             "charged in connection with the incident and was expected to appear at Glasgow Sheriff Court on "
             "Monday. A report will be sent to the procurator fiscal.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2014, 11, 15), place=("dennistoun", "glasgow"))),
    # --- Manchester Evening News: three stabbed at a party, a girl of 15 among them; an 18-year-old arrested
    "men_salford_house_party_three_stabbed": dict(
        published=date(2018, 12, 30), title="Three people including 15-year-old girl stabbed at Salford house party",
        text="Three people, including a 15-year-old girl, were stabbed when a fight broke out at a house party in "
             "Salford. Police were called to a property on Langworthy Road, Seedley, at around 11.50pm on Saturday. "
             "The girl suffered a stab wound to her arm and was taken to the Royal Manchester Children's Hospital. "
             "Two men, aged 19 and 22, were taken to Salford Royal with injuries described as serious but not "
             "life-threatening. An 18-year-old man was arrested on suspicion of wounding with intent and remains in "
             "custody. Neighbours said more than 50 young people had been at the party, which had been advertised "
             "on social media. Detective Sergeant Amy Nolan, of GMP's Salford district, said: \"This was a "
             "frightening incident for everyone at the party.\"",
        killed=0, injured=3, **minors(teens=(0, 1)),
        first=dict(start=date(2018, 12, 29), place=("seedley", "salford"))),
    # --- WalesOnline: machete attack, one dead, a second man "treated for a cut to his hand"; two men arrested
    "walesonline_grangetown_machete_attack": dict(
        published=date(2019, 7, 14), title="Man dies after machete attack in Cardiff's Grangetown",
        text="A man has died following what police have described as a machete attack in Grangetown, Cardiff. South "
             "Wales Police were called to Clive Street at around 10.20pm on Friday night following reports of a "
             "disturbance. A 29-year-old man was found with serious injuries and was taken to the University "
             "Hospital of Wales, where he died a short time later. A second man, aged 33, was treated for a cut to "
             "his hand and has since been discharged. Two men, aged 25 and 31, have been arrested on suspicion of "
             "murder. Detective Chief Inspector Mark Llewellyn said: \"I would like to reassure the community that "
             "we believe this was an isolated incident.\" Officers will remain in the area over the weekend.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2019, 7, 12), place=("grangetown", "cardiff"))),
    # ===== Ireland =====
    # --- RTE: a gangland shooting, one dead; the city's gun-murder count is clutter
    "rte_finglas_man_shot_dead_in_car": dict(
        published=date(2016, 2, 7), title="Man shot dead in Finglas in suspected gangland attack",
        text="A man in his 30s has been shot dead in Finglas in north Dublin. Gardaí said the man was shot a number "
             "of times as he sat in a car outside a house on Cappagh Road at around 7.45pm on Saturday evening. He "
             "was pronounced dead at the scene by a doctor and his body remains there. A gunman was seen running "
             "from the scene towards a waiting car, which was later found burnt out in Ballymun. The scene has been "
             "preserved for a technical examination and the Office of the State Pathologist has been notified. "
             "Gardaí believe the killing is linked to an ongoing feud between criminal gangs in the area. It is the "
             "third gun murder in Dublin this year. Gardaí at Finglas are appealing for anyone who was on Cappagh "
             "Road between 7pm and 8pm to contact them on 01 666 7500.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 2, 6), place=("finglas", "dublin"))),
    # --- Irish Independent: a man shot in the legs; a woman and two children in the house unhurt
    "independent_moyross_man_shot_in_legs": dict(
        published=date(2017, 11, 2), title="Man injured in Limerick shooting",
        text="A man has been hospitalised after he was shot in the legs in Limerick city on Wednesday night. The "
             "man, aged in his early 20s, was shot at a house in the Moyross area shortly after 10pm. He was taken "
             "to University Hospital Limerick, where his injuries are understood to be non-life threatening. A woman "
             "and two children who were in the house at the time were not injured. Gardaí at Mayorstone Garda "
             "Station are investigating and have appealed for witnesses. No arrests have been made.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 11, 1), place=("moyross", "limerick"))),
    # ===== Canada =====
    # --- CBC Toronto: "One man is dead and two others are injured"; the city's homicide count is clutter
    "cbc_scarborough_house_party_one_dead_two_hurt": dict(
        published=date(2019, 8, 5), title="1 dead, 2 injured in Scarborough shooting at house party",
        text="One man is dead and two others are injured after a shooting at a house party in Scarborough early "
             "Sunday, Toronto police say. Officers were called to a home on Brimorton Drive, near Markham Road and "
             "Lawrence Avenue East, at around 2:30 a.m. after reports of gunfire. Toronto paramedics said a man in "
             "his 20s was pronounced dead at the scene. A second man was taken to a trauma centre with "
             "life-threatening injuries, and a woman in her 20s was taken to hospital with injuries that are not "
             "considered life-threatening. Police said more than 100 people were at the party when the shots were "
             "fired. Const. Caroline Dekker said investigators are looking for two suspects who fled in a "
             "dark-coloured vehicle. Homicide detectives have taken over the investigation. It is the city's 38th "
             "homicide of the year.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2019, 8, 4), place=("scarborough", "toronto"))),
    # --- Toronto Star: a girl of eight hit by a stray bullet, the man who was the target also shot
    "star_north_york_girl_8_stray_bullet": dict(
        published=date(2018, 6, 18), title="Girl, 8, hit by stray bullet in North York as man shot outside building",
        text="An eight-year-old girl was struck by a stray bullet as she played outside her North York apartment "
             "building on Sunday evening, police said. The shooting happened just after 7 p.m. near Jane Street and "
             "Finch Avenue West, where a man in his 30s was also shot. Police believe the man was the intended "
             "target. The girl was hit in the leg and was rushed to the Hospital for Sick Children; her injuries "
             "are not considered life-threatening, paramedics said. The man was taken to Sunnybrook Health Sciences "
             "Centre with serious injuries. Witnesses told the Star that a gunman walked up to the man and fired "
             "several shots before running north. \"There were kids everywhere,\" said a neighbour, who did not want "
             "to be named. Police have not released a description of the suspect.",
        killed=0, injured=2, **minors(children=(0, 1)),
        first=dict(start=date(2018, 6, 17), place=("north york", "jane", "finch", "toronto"))),
    # --- CBC Manitoba: a man stabbed Saturday dies Sunday; a woman charged
    "cbc_winnipeg_pritchard_stabbing_homicide": dict(
        published=date(2020, 1, 20), title="Man dies after stabbing in Winnipeg's North End",
        text="Winnipeg police are investigating the city's second homicide of 2020 after a man was stabbed in the "
             "North End on Saturday. Officers were called to a home in the 400 block of Pritchard Avenue at around "
             "9:15 p.m. and found a 38-year-old man suffering from stab wounds. He was taken to hospital in critical "
             "condition and died on Sunday. A 44-year-old woman has been charged with second-degree murder. Police "
             "said the man and the woman knew each other. The victim's name has not been released.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2020, 1, 18), place=("north end", "pritchard", "winnipeg"))),
    # --- Winnipeg Free Press: a boy of 17 and a man of 24 shot outside a store
    "wfp_west_end_teen_and_man_shot": dict(
        published=date(2016, 7, 11), title="Two wounded, including teen, in West End shooting",
        text="A 17-year-old boy and a 24-year-old man were taken to hospital after they were shot in the West End "
             "early Monday. Winnipeg police said officers were called to Sargent Avenue near Arlington Street around "
             "1 a.m. for a report of shots fired. The teen was listed in critical condition and later upgraded to "
             "stable, police said Monday afternoon. The man suffered non-life-threatening injuries. Police said the "
             "two were standing outside a convenience store when a man approached and fired a handgun. The suspect "
             "fled on foot. The major crimes unit is investigating.",
        killed=0, injured=2, **minors(teens=(0, 1)),
        first=dict(start=date(2016, 7, 11), place=("west end", "sargent", "winnipeg"))),
    # ===== Australia and New Zealand =====
    # --- ABC: a man shot dead "last night"
    "abc_greenacre_man_shot_dead": dict(
        published=date(2017, 3, 27), title="Man shot dead outside Greenacre home in Sydney's south-west",
        text="A man has been shot dead outside a home in Sydney's south-west. Emergency services were called to "
             "Waterloo Road, Greenacre, about 9:40pm last night after reports of shots being fired. Police said the "
             "32-year-old man was found with gunshot wounds to his chest and died at the scene despite the efforts "
             "of paramedics. A car seen speeding from the street was later found alight in nearby Punchbowl. A "
             "crime scene has been established and detectives from the State Crime Command's Homicide Squad are "
             "investigating. Police have urged anyone with dashcam footage to contact Crime Stoppers on "
             "1800 333 000.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 3, 26), place=("greenacre", "sydney"))),
    # --- The Age: a boy of 16 stabbed in a brawl; a boy of 15 and a man of 18 arrested
    "age_dandenong_plaza_teen_stabbed": dict(
        published=date(2019, 10, 13), title="Teenager stabbed in Dandenong shopping centre brawl",
        text="A 16-year-old boy is in hospital after being stabbed during a brawl at a Dandenong shopping centre on "
             "Saturday afternoon. Police say a group of young people began fighting near the food court of "
             "Dandenong Plaza about 3.30pm. The boy was stabbed in the back and was taken to The Alfred in a serious "
             "but stable condition. A 15-year-old boy and an 18-year-old man were arrested at the scene and are "
             "assisting police with their inquiries. Shoppers described seeing a knife being waved as people ran for "
             "the exits. Police are yet to establish a motive.",
        killed=0, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2019, 10, 12), place=("dandenong",))),
    # --- ABC: a woman stabbed to death at home, a man charged; two children at the house unharmed
    "abc_salisbury_north_woman_stabbed": dict(
        published=date(2018, 2, 25), title="Man charged with murder after woman dies in Salisbury North stabbing",
        text="A 42-year-old man has been charged with murder after a woman was fatally stabbed at a home in "
             "Adelaide's northern suburbs. Police were called to the house on Bagster Road, Salisbury North, about "
             "8:00am on Saturday after a neighbour reported hearing screaming. A 39-year-old woman was found with "
             "multiple stab wounds and died at the scene. The man, who police say was known to the woman, was "
             "arrested at the house. He appeared in the Elizabeth Magistrates Court today and was not required to "
             "enter a plea. Two children who were at the house were not physically harmed and are being cared for "
             "by relatives.\n"
             "If you or someone you know is impacted by sexual assault or domestic violence, call 1800RESPECT on "
             "1800 737 732.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 2, 24), place=("salisbury", "adelaide"))),
    # --- NZ Herald: a man shot dead "last night"; a second man at the address uninjured
    "nzherald_manurewa_man_shot_dead": dict(
        published=date(2015, 5, 4), title="Homicide investigation after man shot dead in Manurewa",
        text="Police have launched a homicide investigation after a man was shot dead in the South Auckland suburb "
             "of Manurewa last night. Emergency services were called to an address on Great South Rd about 10.30pm "
             "after reports of a firearm being discharged. A man was found with critical injuries and died at the "
             "scene despite the efforts of St John paramedics. A second man at the address was uninjured. Detective "
             "Inspector Scott Bevan said police were speaking to a number of people who were at the property. \"We "
             "are not seeking anyone else in relation to this matter at this stage.\" A scene guard will remain in "
             "place overnight and a post-mortem examination will be carried out tomorrow.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2015, 5, 3), place=("manurewa", "auckland"))),
    # --- Stuff: a man and a woman stabbed; "a man ... in a serious condition and a woman with moderate injuries"
    "stuff_sydenham_two_stabbed": dict(
        published=date(2020, 8, 16), title="Two people stabbed in Christchurch's Sydenham",
        text="Two people were stabbed in the Christchurch suburb of Sydenham on Saturday night. Police were called "
             "to a property on Brougham St about 11.15pm. A man was taken to Christchurch Hospital in a serious "
             "condition and a woman with moderate injuries, a St John spokeswoman said. A 27-year-old man was later "
             "arrested and is due to appear in the Christchurch District Court on Monday charged with wounding with "
             "intent to cause grievous bodily harm. Police said the people involved were known to each other and "
             "there was no wider risk to the public.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2020, 8, 15), place=("sydenham", "christchurch"))),
    # ===== South Africa =====
    # --- News24: tavern shooting, the toll restated in a quotation ("Four men died ... a fifth man died ...")
    "news24_mfuleni_tavern_five_dead": dict(
        published=date(2016, 12, 12), title="Five shot dead, two wounded in Mfuleni tavern shooting",
        text="Five people were shot dead and two others wounded when gunmen opened fire at a tavern in Mfuleni, Cape "
             "Town, on Sunday evening. Police spokesperson Captain Frederick van Wyngaard said two unknown suspects "
             "entered the tavern in Extension 6 at about 20:30 and started shooting at the patrons. \"Four men died "
             "on the scene and a fifth man died on arrival at hospital. Two other men were taken to hospital for "
             "treatment of gunshot wounds,\" Van Wyngaard said. The motive for the attack was unknown and no arrests "
             "had been made. Police have opened five cases of murder and two of attempted murder. Anyone with "
             "information is urged to call Crime Stop on 08600 10111.\n"
             "Did you know you can comment on this article? Subscribe to News24 and add your voice to the "
             "conversation.",
        killed=5, injured=2, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2016, 12, 11), place=("mfuleni", "cape town"))),
    # --- News24: taxi violence, the owner and the driver killed, a passenger wounded; a month's count is clutter
    "news24_mthatha_taxi_owner_and_driver_killed": dict(
        published=date(2019, 1, 28), title="Taxi owner, driver killed in suspected taxi violence in Mthatha",
        text="A taxi owner and his driver were shot dead, and a passenger was wounded, in what police believe is a "
             "taxi-related attack in Mthatha on Saturday morning. Eastern Cape police spokesperson Captain Dineo "
             "Kobe said the three were in a minibus taxi at an intersection on Nelson Mandela Drive when the "
             "occupants of a white sedan fired several shots at them at about 06:45. The owner, 52, and the driver, "
             "34, died at the scene. The passenger, a 28-year-old woman, was taken to Mthatha General Hospital with "
             "a gunshot wound to the shoulder. \"The motive is believed to be linked to an ongoing dispute between "
             "two taxi associations over routes,\" Kobe said. Cases of murder and attempted murder are being "
             "investigated. The killings bring to six the number of people killed in taxi violence in the OR Tambo "
             "district this month.",
        killed=2, injured=1, **NO_MINORS,
        first=dict(start=date(2019, 1, 26), place=("mthatha",))),
    # --- IOL: a boy of 13 killed in gang crossfire, a man wounded
    "iol_manenberg_boy_13_killed_in_crossfire": dict(
        published=date(2017, 9, 4), title="Boy, 13, killed in Manenberg gang crossfire",
        text="A 13-year-old boy was killed and a man wounded when they were caught in a gang shootout in Manenberg "
             "on Sunday afternoon. Western Cape police spokesperson Noloyiso Rwayi said the boy was walking to a "
             "shop in Sherwood Street when rival gang members began shooting at each other at about 15:00. He was "
             "shot in the head and died at the scene. A 41-year-old man who was standing outside his home was "
             "wounded in the leg and taken to hospital. No arrests have been made. Community leaders said it was the "
             "fourth child killed in gang violence on the Cape Flats in a month. \"Our children cannot even go to "
             "the shop,\" said a resident.",
        killed=1, injured=1, **minors(teens=(1, 0)),
        first=dict(start=date(2017, 9, 3), place=("manenberg", "cape town"))),
    # --- TimesLIVE: three killed in a house, a girl of six among them; a boy of 14 unhurt
    "timeslive_kwamashu_three_killed_girl_six": dict(
        published=date(2014, 8, 25), title="Three killed, including six-year-old, in KwaMashu house attack",
        text="Three people, including a six-year-old girl, were killed when gunmen stormed a house in KwaMashu, north "
             "of Durban, in the early hours of Saturday. KwaZulu-Natal police spokesperson Colonel Jay Nadasen said "
             "the attackers forced open the door of the house in K Section at about 01:00 and opened fire on the "
             "family as they slept. A 45-year-old man, a 38-year-old woman and the girl were declared dead at the "
             "scene. A 14-year-old boy hid under a bed and escaped unhurt. Police have opened three counts of "
             "murder. The motive is not yet known, but police are investigating whether the attack is linked to a "
             "family dispute. Anyone with information can contact Crime Stop on 08600 10111.",
        killed=3, injured=0, **minors(children=(1, 0)),
        first=dict(start=date(2014, 8, 23), place=("kwamashu", "durban"))),
    # --- News24: a cash-in-transit heist; a guard killed, a guard hurt, two robbers killed and a third wounded
    "news24_protea_glen_cit_heist_shootout": dict(
        published=date(2018, 10, 22), title="Guard, two robbers killed in Soweto cash-in-transit heist",
        text="A security guard and two suspected robbers were killed in a shootout during a cash-in-transit heist in "
             "Soweto on Monday morning. Gauteng police spokesperson Captain Kay Mahlangu said a gang of about eight "
             "armed men attacked a cash van as it collected money from a shopping centre in Protea Glen at about "
             "09:30. One guard was shot dead and his colleague was wounded. Police officers who were patrolling "
             "nearby responded and exchanged fire with the robbers. \"Two suspects were fatally wounded and a third "
             "was wounded and arrested. The others fled in two vehicles,\" Mahlangu said. The injured guard and the "
             "wounded suspect were taken to Chris Hani Baragwanath Hospital. An undisclosed amount of money was "
             "taken, and three firearms were recovered at the scene.",
        killed=3, injured=2, **NO_MINORS, attackers_killed=2, attackers_injured=1,
        first=dict(start=date(2018, 10, 22), place=("protea glen", "soweto"))),
    # ===== Nigeria =====
    # --- Punch: bandits kill seven and injure four in a village; "It was gathered that"
    "punch_zamfara_bandits_kill_seven": dict(
        published=date(2020, 2, 10), title="Bandits kill seven in Zamfara village attack",
        text="Gunmen suspected to be bandits have killed seven people and injured four others in an attack on a "
             "village in the Dansadau area of the Maru Local Government Area of Zamfara State. It was gathered that "
             "the gunmen, who arrived on motorcycles at about 9pm on Saturday, shot sporadically into the village and "
             "rustled cattle. A resident, who spoke to our correspondent on condition of anonymity, said, \"They went "
             "from house to house. We have buried seven people according to Islamic rites and the injured are "
             "receiving treatment at the General Hospital in Maru.\" The Police Public Relations Officer in the "
             "state, SP Sani Abdullahi, confirmed the attack. He said, \"The command has deployed its tactical teams "
             "to the area to restore normalcy and track down the hoodlums.\"\n"
             "Copyright PUNCH.\nAll rights reserved.",
        killed=7, injured=4, **NO_MINORS,
        first=dict(start=date(2020, 2, 8), place=("dansadau", "maru", "zamfara"))),
    # --- Premium Times: a cult clash, three killed (two hacked, one shot), two cut; 11 arrested
    "premiumtimes_ikorodu_cult_clash": dict(
        published=date(2015, 6, 29), title="Three killed as rival cult groups clash in Ikorodu",
        text="Three young men were killed on Sunday when members of rival cult groups clashed in Ikorodu, Lagos "
             "State. Witnesses said the violence began at about 4 p.m. in the Agric area of the town when members of "
             "the Eiye confraternity attacked a beer parlour frequented by members of the rival Aiye group. Two of "
             "the victims were hacked to death with machetes while the third was shot. Two other people sustained "
             "machete cuts and were taken to the General Hospital, Ikorodu. The Lagos State Police Command "
             "spokesperson, Olumide Adeyemo, confirmed the incident and said 11 suspects had been arrested. "
             "\"Normalcy has been restored to the area, and investigation is ongoing,\" he said.",
        killed=3, injured=2, **NO_MINORS,
        first=dict(start=date(2015, 6, 28), place=("ikorodu", "lagos"))),
    # --- Punch: "No fewer than 11 people, including a two-year-old girl"; five others injured
    "punch_kajuru_gunmen_kill_eleven": dict(
        published=date(2019, 11, 18), title="Gunmen kill 11 in southern Kaduna community",
        text="No fewer than 11 people, including a two-year-old girl, were killed when gunmen attacked a community in "
             "the Kajuru Local Government Area of Kaduna State on Sunday. Five others were injured and several "
             "houses were set ablaze during the attack, which residents said lasted for about two hours. A community "
             "leader, Mr Yakubu Dauda, said the attackers arrived at about 7pm and shot at anyone they saw. \"Among "
             "the dead are women and the little daughter of my neighbour,\" he said. The spokesman for the state "
             "police command, ASP Yusuf Garba, confirmed the attack, adding that the injured had been taken to the "
             "Barau Dikko Teaching Hospital in Kaduna. He said no arrest had been made.",
        killed=11, injured=5, **minors(children=(1, 0)),
        first=dict(start=date(2019, 11, 17), place=("kajuru", "kaduna"))),
    # --- Premium Times: two policemen killed at a checkpoint, a third "escaped with gunshot injuries"
    "premiumtimes_nkpor_checkpoint_two_police_killed": dict(
        published=date(2016, 4, 24), title="Gunmen kill two policemen at Anambra checkpoint",
        text="Two policemen were killed on Friday when gunmen attacked a police checkpoint at Nkpor, near Onitsha, in "
             "Anambra State. A third officer escaped with gunshot injuries and is receiving treatment at a hospital "
             "in Onitsha, the police said. The gunmen, who came in a Toyota Sienna bus, opened fire on the officers "
             "at about 8 p.m. and made away with two AK-47 rifles. The Police Public Relations Officer in Anambra, "
             "Ibrahim Musa, said the command had launched a manhunt for the attackers. \"We will not rest until "
             "these criminals are brought to book,\" he said. The attack is the second on police officers in the "
             "state in three weeks.",
        killed=2, injured=1, **NO_MINORS,
        first=dict(start=date(2016, 4, 22), place=("nkpor", "onitsha", "anambra"))),
    # ===== Kenya =====
    # --- Daily Nation: militants raid a village, three killed, two women hacked
    "nation_witu_militants_kill_three": dict(
        published=date(2017, 7, 31), title="Three killed as suspected Al-Shabaab militants raid Lamu village",
        text="Three people were killed on Sunday night when suspected Al-Shabaab militants raided a village near Witu "
             "in Lamu West. Lamu County Commissioner Peter Mwangi said the attackers, who were armed with guns and "
             "machetes, stormed the village at around 10pm and went from house to house. The victims, all men, were "
             "dragged from their houses and killed. Two women who were hacked with machetes were taken to King Fahd "
             "Hospital in Lamu town, where they were said to be in stable condition. Security officers have been "
             "deployed to the area and a dusk-to-dawn curfew remains in force. \"We will pursue these criminals "
             "until they are all brought to book,\" Mr Mwangi said.",
        killed=3, injured=2, **NO_MINORS,
        first=dict(start=date(2017, 7, 30), place=("witu", "lamu"))),
    # --- Daily Nation: police shoot dead two robbery suspects; a third "escaped with a gunshot wound"
    "nation_eastleigh_two_suspects_shot_dead": dict(
        published=date(2018, 5, 14), title="Police shoot dead two robbery suspects in Eastleigh",
        text="Police in Nairobi have shot dead two suspected robbers in Eastleigh after a shootout on Sunday evening. "
             "Starehe police commander Samuel Kipkorir said officers on patrol along First Avenue were alerted by "
             "members of the public that a gang of three men was robbing a shop at about 7pm. The suspects opened "
             "fire when they saw the officers, who returned fire, killing two of them on the spot. The third suspect "
             "escaped with a gunshot wound, the police said. A pistol with four rounds of ammunition was recovered. "
             "No officer was hurt in the exchange. The bodies were taken to the City Mortuary.",
        killed=2, injured=1, **NO_MINORS, attackers_killed=2, attackers_injured=1,
        first=dict(start=date(2018, 5, 13), place=("eastleigh", "nairobi"))),
    # --- Daily Nation: a man suspected of theft lynched by a mob (the mob attacked; he is its victim)
    "nation_kisii_suspected_thief_lynched": dict(
        published=date(2014, 10, 6), title="Man lynched by mob over alleged theft in Kisii",
        text="A man suspected of stealing a motorcycle was lynched by a mob at Daraja Mbili market in Kisii town on "
             "Sunday. Witnesses said the man, believed to be in his 30s, was caught by boda boda operators as he "
             "tried to push the motorcycle away from a parking bay. He was beaten with sticks and stones before "
             "being set on fire. Police officers who arrived at the scene found him dead. Kisii police commander "
             "James Onyango confirmed the incident and warned residents against taking the law into their own "
             "hands. The body was taken to the Kisii Level Five Hospital mortuary.",
        killed=1, injured=0, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2014, 10, 5), place=("kisii", "daraja mbili"))),
    # ===== India =====
    # --- Times of India: a mob attack, one beaten to death, his companion hurt; "declared brought dead"
    "toi_gumla_mob_cattle_theft": dict(
        published=date(2019, 5, 20),
        title="Man beaten to death, another injured by mob on suspicion of cattle theft in Jharkhand",
        text="A 35-year-old man was beaten to death and his companion was seriously injured by a mob in Jharkhand's "
             "Gumla district on suspicion of cattle theft on Saturday, police said. The two men, residents of a "
             "village in Sisai block, were taking two bullocks to a weekly market when a group of villagers stopped "
             "them near Bharno. The duo were thrashed with sticks and iron rods for nearly an hour. Cops reached the "
             "spot and rushed both to Gumla Sadar hospital, where doctors declared the 35-year-old brought dead. The "
             "injured man (28) has been referred to RIMS in Ranchi. The superintendent of police said four persons "
             "have been arrested and an FIR has been lodged against 20 unidentified villagers.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2019, 5, 18), place=("gumla", "bharno", "jharkhand"))),
    # --- NDTV: a grenade attack "today", ten hurt, three CRPF men and seven civilians
    "ndtv_lal_chowk_grenade_ten_injured": dict(
        published=date(2017, 1, 16), title="10 Injured In Grenade Attack In Srinagar, Terrorists Targeted CRPF: Police",
        text="Ten people, including three CRPF personnel, were injured when terrorists hurled a grenade at a security "
             "forces vehicle in Srinagar's Lal Chowk area today, police said. The grenade missed its target and "
             "exploded on the roadside near the busy market at around 11.30 am, injuring the jawans and seven "
             "civilians, officials said. All the injured were shifted to SMHS hospital, where the condition of two "
             "civilians is stated to be serious. The area was cordoned off and a search operation was launched to "
             "nab the attackers. No terror group has claimed responsibility for the attack. This is the third "
             "grenade attack in the city this month.",
        killed=0, injured=10, **NO_MINORS,
        first=dict(start=date(2017, 1, 16), place=("lal chowk", "srinagar"))),
    # --- Times of India: stabbed over parking; his brother hurt; a juvenile apprehended (no victim)
    "toi_jahangirpuri_parking_stabbing": dict(
        published=date(2020, 6, 29), title="Delhi: Man stabbed to death over parking dispute in Jahangirpuri",
        text="A 26-year-old man was stabbed to death allegedly by his neighbours following an argument over parking a "
             "scooter in northwest Delhi's Jahangirpuri on Sunday night, police said. The victim, identified as "
             "Rohit Kumar, was attacked outside his house in H Block around 10.30pm. His brother Ajay (22), who tried "
             "to intervene, also sustained stab injuries. Both were rushed to BJRM hospital, where Rohit was "
             "declared brought dead. Ajay's condition is stated to be stable. Three men, including a 17-year-old "
             "juvenile, have been apprehended, a senior police officer said. The family alleged that the accused had "
             "threatened them earlier too.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2020, 6, 28), place=("jahangirpuri", "delhi"))),
    # --- NDTV: an acid attack, the woman burned and her younger sister "suffered minor burns"
    "ndtv_aliganj_acid_attack": dict(
        published=date(2015, 9, 7), title="Woman Injured In Acid Attack In Lucknow, Accused Arrested",
        text="A 24-year-old woman suffered severe burns after a man threw acid on her near her house in Lucknow's "
             "Aliganj area on Sunday, police said. The woman was returning from a coaching centre with her younger "
             "sister when the accused, who had allegedly been harassing her for months, approached on a motorcycle "
             "and threw the liquid at her face. She was admitted to the burns unit of King George's Medical "
             "University, where doctors said she had suffered 30 per cent burns on her face and neck. Her sister "
             "suffered minor burns on her hands. The accused, a 27-year-old resident of the same locality, was "
             "arrested hours later, police said.",
        killed=0, injured=2, **NO_MINORS,
        first=dict(start=date(2015, 9, 6), place=("aliganj", "lucknow"))),
    # --- Times of India: a clash over land, three killed (one "succumbed" later) and five hurt
    "toi_bihta_land_dispute_clash": dict(
        published=date(2018, 9, 10), title="Three killed, 5 hurt in clash over land dispute in Patna's Bihta",
        text="Three people were killed and five others injured when two groups clashed over a land dispute at a "
             "village under Bihta police station area in Patna district on Sunday. Police said members of the two "
             "groups, who are related, attacked each other with sticks, sharp-edged weapons and country-made "
             "firearms. Two men died on the spot while another succumbed to his injuries at PMCH. The injured are "
             "undergoing treatment at a private hospital in Bihta. The SHO said six people had been arrested and "
             "additional forces deployed in the village to prevent further violence.",
        killed=3, injured=5, **NO_MINORS,
        first=dict(start=date(2018, 9, 9), place=("bihta", "patna"))),
    # ===== Pakistan =====
    # --- Dawn: two men shot dead "in what police described as a targeted attack"
    "dawn_orangi_two_men_shot_dead": dict(
        published=date(2016, 11, 21), title="Two men shot dead in Orangi Town",
        text="KARACHI: Two men were shot dead in what police described as a targeted attack in Orangi Town on "
             "Sunday. Orangi SHO Abdul Rasheed said the victims, identified as Imran, 32, and his cousin Faisal, 27, "
             "were sitting outside a shop in Sector 11-1/2 when two suspects riding a motorbike opened fire on them. "
             "They were taken to the Abbasi Shaheed Hospital, where doctors pronounced them dead on arrival. Police "
             "found eight empties of a 9mm pistol at the scene. The officer said the killing appeared to be the "
             "result of a personal enmity and a case was being registered.",
        killed=2, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 11, 20), place=("orangi", "karachi"))),
    # --- Dawn: a bomb in a market, "At least two ... killed and 14 others injured", two boys of 10 and 13 among them
    "dawn_board_bazaar_blast": dict(
        published=date(2019, 12, 9), title="Two killed, 14 injured in Peshawar market blast",
        text="PESHAWAR: At least two people were killed and 14 others injured when an explosive device went off in a "
             "crowded market in the city's Board Bazaar area on Monday, police and rescue officials said. According "
             "to police, the device had been planted on a motorcycle parked near a shop selling used clothes. Rescue "
             "1122 officials said the injured, among them two boys aged 10 and 13, were shifted to Khyber Teaching "
             "Hospital, where the condition of three was stated to be critical. A bomb disposal squad official said "
             "around four kilogrammes of explosives had been used. Police cordoned off the area and launched an "
             "investigation. No group has claimed responsibility for the attack.",
        killed=2, injured=14, **minors(children=(0, 1), teens=(0, 1)),
        first=dict(start=date(2019, 12, 9), place=("board bazaar", "peshawar"))),
    # --- Dawn: a policeman "martyred", another injured; the year's police deaths are clutter
    "dawn_sariab_policeman_martyred": dict(
        published=date(2014, 12, 15), title="Policeman martyred, another injured in Quetta attack",
        text="QUETTA: A policeman was martyred and another was injured when unidentified gunmen opened fire on a "
             "police patrol on Sariab Road on Sunday night. Police said the armed men, riding a motorcycle, targeted "
             "the patrol near a petrol pump and managed to escape. The injured policeman was taken to the Civil "
             "Hospital, where his condition was stated to be out of danger. The deceased was identified as constable "
             "Abdul Ghani. Police and Frontier Corps personnel cordoned off the area and launched a search "
             "operation. More than 30 policemen have been killed in targeted attacks in the provincial capital this "
             "year.",
        killed=1, injured=1, **NO_MINORS,
        first=dict(start=date(2014, 12, 14), place=("sariab", "quetta"))),
    # ===== Philippines =====
    # --- Inquirer: a barangay captain shot dead by "riding-in-tandem" gunmen; his driver unhurt
    "inquirer_basak_pardo_barangay_captain_shot": dict(
        published=date(2018, 3, 19), title="Barangay captain shot dead by motorcycle-riding gunmen in Cebu City",
        text="CEBU CITY — A barangay captain was shot dead by two men riding in tandem on a motorcycle in Barangay "
             "Basak Pardo here on Sunday morning. Ernesto Villaruel, 56, chairman of Basak Pardo, was walking home "
             "from a morning jog when the gunmen pulled up beside him and shot him at least five times at around "
             "6:30 a.m. He died on the spot, according to Senior Insp. Rommel Tan of the Mambaling Police Station. "
             "His aide, who was walking a few meters behind him, was unhurt. Police recovered seven empty shells from "
             "a .45-caliber pistol. Investigators are looking into politics and illegal drugs as possible motives.",
        killed=1, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 3, 18), place=("basak pardo", "cebu"))),
    # --- Inquirer: two drug suspects killed in a buy-bust after they "shot it out" with police (police account)
    "inquirer_caloocan_buybust_two_suspects_killed": dict(
        published=date(2017, 5, 8), title="2 drug suspects killed in Caloocan buy-bust",
        text="Two drug suspects were killed after they allegedly shot it out with police during a buy-bust operation "
             "in Barangay 188, Caloocan City, early Monday. Senior Supt. Arnel Dizon, Caloocan police chief, said "
             "the suspects, identified only by their aliases \"Jun-jun\" and \"Toto,\" fired at an undercover officer "
             "after sensing they were dealing with a policeman at around 2 a.m. Officers returned fire, hitting the "
             "two men, who died on the spot. No police officer was hurt. Recovered from the suspects were two "
             ".38-caliber revolvers and 10 sachets of suspected shabu.",
        killed=2, injured=0, **NO_MINORS, attackers_killed=2, attackers_injured=0,
        first=dict(start=date(2017, 5, 8), place=("caloocan", "barangay 188"))),
    # --- Inquirer: a Grade 9 student of 15 killed, two men wounded
    "inquirer_tondo_teen_killed_two_hurt": dict(
        published=date(2015, 2, 23), title="Teen killed, 2 hurt in Tondo shooting",
        text="MANILA, Philippines — A 15-year-old boy was killed and two others were wounded when an unidentified "
             "gunman opened fire on a group of people drinking outside a house in Tondo, Manila on Saturday night. "
             "Police said the boy, a Grade 9 student, was hit in the chest and died while being treated at Tondo "
             "Medical Center. Wounded were Ramon Dela Paz, 34, and Noel Santos, 29, who were hit in the arm and leg. "
             "The shooting happened at around 10:45 p.m. on Perla Street in Barangay 105. Investigators believe the "
             "gunman's target was Dela Paz, who was earlier involved in a fight with a neighbor.",
        killed=1, injured=2, **minors(teens=(1, 0)),
        first=dict(start=date(2015, 2, 21), place=("tondo", "manila"))),
    # ===== Brazil and Mexico (English-language wires) =====
    # --- Reuters: a girl of 10 killed by a stray bullet, a man wounded; "hundreds ... every year" is clutter
    "reuters_mare_girl_10_stray_bullet": dict(
        published=date(2016, 6, 6), title="Girl, 10, killed by stray bullet in Rio's Mare slum",
        text="RIO DE JANEIRO (Reuters) - A 10-year-old girl was killed by a stray bullet on Sunday during a gunfight "
             "between police and drug traffickers in the Mare complex of slums in northern Rio de Janeiro, "
             "authorities said. The girl was hit in the back while playing in front of her home and died on the way "
             "to hospital, Rio's military police said in a statement. A 23-year-old man who was walking nearby was "
             "also wounded and was in stable condition. Dozens of residents blocked a major avenue with burning tires "
             "in protest. It was not clear whether the bullet was fired by police or by gang members. The death comes "
             "two months before the city hosts the Olympic Games. Police in Rio state kill hundreds of people every "
             "year, according to human rights groups.\n"
             "(Reporting by Lucas Almeida; Editing by Jane Hardy)",
        killed=1, injured=1, **minors(children=(1, 0)),
        first=dict(start=date(2016, 6, 5), place=("mare", "maré", "rio"))),
    # --- AP: a bar attack, six killed and two wounded; a past massacre named in background
    "ap_celaya_bar_six_killed": dict(
        published=date(2020, 10, 26), title="Gunmen kill 6 at bar in central Mexico state of Guanajuato",
        text="MEXICO CITY (AP) — Gunmen burst into a bar in the central Mexico city of Celaya late Sunday and opened "
             "fire, killing six people and wounding two, authorities said. The Guanajuato state prosecutor's office "
             "said the attackers arrived in a pickup truck shortly before 11 p.m. and fired on customers and "
             "employees. Four men and two women died at the scene; the wounded were taken to hospitals. Guanajuato "
             "has become Mexico's most violent state amid a turf war between the Santa Rosa de Lima gang and the "
             "Jalisco cartel. In July, gunmen killed 27 people at a drug rehabilitation center in the nearby city of "
             "Irapuato.",
        killed=6, injured=2, **NO_MINORS, attackers_killed=0, attackers_injured=0,
        first=dict(start=date(2020, 10, 25), place=("celaya",))),
    # --- Reuters: four killed, three wounded at a party, a boy of 16 among the dead
    "reuters_fortaleza_party_four_killed": dict(
        published=date(2018, 7, 23), title="Gunmen kill four at party in Brazil's Fortaleza",
        text="SAO PAULO (Reuters) - Gunmen killed four people and wounded three others at a party in the "
             "northeastern Brazilian city of Fortaleza early on Sunday, police said, the latest in a wave of "
             "gang-related violence in Ceara state. The attackers arrived in two cars at about 1 a.m. and opened "
             "fire on people gathered outside a house in the Bom Jardim neighborhood, the state security department "
             "said in a statement. The dead included a 16-year-old boy. The wounded were taken to a local hospital. "
             "Police said they suspected a dispute between rival drug gangs. Ceara has one of the highest murder "
             "rates in Brazil.\n"
             "(Reporting by Pedro Lobo; Editing by Daniel Flynn)",
        killed=4, injured=3, **minors(teens=(1, 0)),
        first=dict(start=date(2018, 7, 22), place=("bom jardim", "fortaleza"))),
    # ===== Jamaica =====
    # --- Gleaner: three men shot dead, another injured, "last night"; the parish's murder count is clutter
    "gleaner_salt_spring_three_shot_dead": dict(
        published=date(2017, 10, 16), title="Three men shot dead, another injured in St James",
        text="Three men were shot dead and another was injured during a gun attack in Salt Spring, St James, last "
             "night. Reports from the Mount Salem police are that about 8:30 p.m., the men were playing dominoes at "
             "a shop in the community when gunmen travelling in a motor car drove up and opened gunfire. The police "
             "were summoned and the men were taken to the Cornwall Regional Hospital, where three were pronounced "
             "dead. The other man is admitted in serious condition. The police say the killings are believed to be "
             "gang-related. The killings bring to 250 the number of murders in St James since the start of the "
             "year.",
        killed=3, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 10, 15), place=("salt spring", "st james", "montego"))),
    # --- Gleaner: an alleged gunman killed by police, a constable hit in the hand, "yesterday"
    "gleaner_tivoli_gunman_killed_cop_hurt": dict(
        published=date(2015, 3, 11), title="Alleged gunman killed, cop injured in shootout in west Kingston",
        text="An alleged gunman was shot and killed and a policeman injured during a confrontation with the police "
             "in Tivoli Gardens, west Kingston, yesterday. The police report that about 3:15 p.m., a team was on "
             "patrol in the community when they were accosted by a group of men who opened fire at them. The fire "
             "was returned and, when it subsided, one man was found suffering from gunshot wounds. He was taken to "
             "the Kingston Public Hospital, where he was pronounced dead. A constable was shot in the hand during the "
             "exchange and was treated and released. A 9mm pistol with four rounds of ammunition was seized. The "
             "Independent Commission of Investigations has been notified.",
        killed=1, injured=1, **NO_MINORS, attackers_killed=1, attackers_injured=0,
        first=dict(start=date(2015, 3, 10), place=("tivoli", "kingston"))),
}

_APART = "people hurt told in sentences of their own are not added: the largest sentence total is kept"
_PLACE_UNREAD = "a township or district the gazetteer lacks, with no city named beside it, gives no location"
XFAIL: dict[tuple[str, str], str] = {
    # killed
    # injured
    # minors
    # attackers
    # place of the first counted claim
    ("place", "gleaner_salt_spring_three_shot_dead"): "a Jamaican parish after a community ('in Salt Spring, St "
        "James') resolved to Vung Tau, Vietnam (the alternate name Cap Saint-Jacques), not St James or Salt Spring",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_ABBREVIATIONS = re.compile(r"\b(?:a\.m|p\.m|Const|Insp|Supt|Sgt|Det|Mr|Mrs|Dr|St|Rd|Capt|Col|Lt)\.")


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) == 47
    SET.check_years(range(2014, 2021))
    assert SET.minor_victim_cases() >= 12
    assert sum("attackers_killed" in spec for spec in CASES.values()) == 8
    SET.check_figures_fit()
    for case, spec in CASES.items():
        assert 50 <= len(re.findall(r"\S+", spec["text"])) <= 250, case
        assert 3 <= sentences_in(spec["text"], _ABBREVIATIONS) <= 12, (case, sentences_in(spec["text"], _ABBREVIATIONS))
        assert spec["killed"] + spec["injured"] > 0, case
        assert 0 <= (spec["published"] - spec["first"]["start"]).days <= 3, case


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_attackers_injured = SET.attackers_injured_test()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
