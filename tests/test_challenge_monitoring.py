"""Challenge set: TRANSLATED AND OFFICIAL TEXT, 2014-2023, the kind conflict coders read that was not written by
native English reporters; written before the pipeline was run on it, with the figures a careful coder gives from the
text alone under docs/conventions.md.

39 invented texts: BBC Monitoring-style translations of local media with their header ("Text of report by Afghan Tolo
News TV on 11 May", "Kabul, 11 May: ...") and closing source line ("(Source: ..., in Dari 1330 gmt 11 May 14)"),
statements of ministries, armed forces and emergency services (Ukraine's State Emergency Service, a Russian governor
through TASS and Interfax, the DPR's headquarters, Azerbaijan's MoD, Nigeria's army and police, Pakistan's ISPR and
Rescue 1122, Burkina Faso's General Staff, Mozambique's FDS through Noticias, Egypt's and the Palestinian health
ministries, Israel Police and Magen David Adom, Syria's SANA, the Houthis' Saba, Sudan's doctors' committee), police
press notes from South Asia and Africa (Punjab, Jammu and Kashmir, Bastar, Manipur, Sri Lanka, Kenya, Kaduna) and
UN notes (OCHA's flash update, a UNAMA statement), each a title and 3-12 sentences. The forms: "As a result of the
shelling, three people were killed ... and eight people received injuries of varying severity"; "One person died on
the spot, two others were hospitalized with injuries"; "the number of victims ... has reached 14"; "8 policemen and 6
civilians lost their lives and 23 were injured"; "a serviceman ... was killed and two were wounded"; ages told by
birth year ("a child born in 2013", "two minors born in 2007 and 2012", "a man born in 1961") and in brackets ("(age
15 years)"); "neutralised 12 of the terrorists"; "embraced shahadat", "attained martyrdom", "were martyred", "fell on
the field of honour", "lost his life"; "the bodies of five persons were recovered"; "shifted to DHQ Hospital"; figures
in words and digits ("eleven (11) persons"); casualties by category in a title ("2 soldiers martyred, 3 civilians
injured"); dates as "14.08.2019", "24.03.2021", "17/06/2021", "this morning (18)", "[10 May]", times as "21:30 hrs",
"2300hrs", "07:20 [Moscow time]"; clutter of the genre: designations with numbers ("CoBRA 210 Battalion", "34 RR",
"92 Base Hospital", "sections 302, 324 and 34 PPC", "120-mm mortars", "24th Brigade"), counts of rescuers, engines,
shells, ambulances, weapons and displaced people, period tallies that are no incident's ("over the past 24 hours",
"since 30 March", "since the coup", "in the first nine months of the year", the General Staff's running losses, a
year's count of shootings), an armed group's own inflated claim, drones shot down, and the source line's GMT stamp.
Controls with nobody hurt: four (a fire after shelling, fire on a check post repulsed, a cattle raid, drones shot
down). Attackers counted apart in eight cases (terrorists who attacked a base, a check post or a detachment, Maoists
who ambushed a patrol, insurgents who attacked a village, a suicide bomber, a knife attacker wounded, the attackers of
a checkpoint).

Golds: ``killed`` and ``injured`` are the article's totals (article_tolls); the four minors' fields (children 0-11,
teens 12-17); ``attackers_killed`` (and ``attackers_injured``) where an attacker may be killed or hurt. Judgements,
where docs/conventions.md leaves room:
- "Neutralised" in a Nigerian or Burkinabe army communique is coded killed, as ACLED's coders and the wars set's gold
  do (conventions.md notes the extractor leaves it unread: communiques also use it for captured); Mozambique's text
  names the bodies, so its "neutralised" is a death in any reading.
- The armed men who attacked (terrorists, bandits, insurgents, Maoists, a suicide bomber, a knife attacker) and were
  killed or hurt count in the totals and apart as attackers (GTD's ``nkillter``), also when the text names them only
  "terrorists" or "Maoists". Militants killed in an encounter that the forces' own search began (Shopian) and a
  young man killed in a raid whom the army calls a gunman (Jenin) carry no attackers gold: who attacked is what the
  parties dispute. A wounded group without a number ("others fled with gunshot wounds", "hits were identified") is no
  figure.
- Ages from birth years: the report's year minus the birth year, or one less (the birthday may not have come); only
  years both of whose readings fall in one age group are used (born 2013 in June 2022: 8 or 9, a child; born 2001 in
  2015: 13 or 14, a teen).
- A child word without an age ("6 children", "a woman and her child", "a child" among the injured, "two other
  children") is a child 0-11, as conventions.md codes it; "five children ..., the oldest of them aged nine" are five
  children.
- "About a dozen wounded" is 12 (conventions.md's "a dozen"); "dozens of injuries" beside a later "reached 43" is 43.
- Period tallies (24 hours of operations in three provinces, a campaign since a date, a quarter's or a year's count,
  the General Staff's losses since 24 February 2022) are summaries, no incident's; an armed group's own claim of 20
  killed beside the authorities' nine (Mogadishu) is set aside (conventions.md, "Article totals" 2a).
- A suicide bomber is counted dead only because the text says so ("The suicide bomber ... was also killed").
``first``: the day of the event (the day the text names, resolved from the publication date; never a statement's or
the report's day) and the place of the article's first counted claim (any of the names listed: the village, the
district, the city or the province the text gives as the scene). The controls have no ``first``.

Every sentence is invented; none is taken from the development data, a published report or another test (the
countries, provinces, districts, villages, hospitals, agencies, outlets and units are real, the incidents, the people
and their names are not).

First run (worktree branch chal-monitoring at 3f8f75b, the commit that added the set to main's 0ee6619, before any
fix), passing / checked: killed 31/39, injured 34/39, children and teens 29/39, attackers killed 3/8, attackers
injured 0/1, the first claim's day 33/35 and place 26/35. No gold or text was changed after the run. The 40 misses are
strict xfails with their class (XFAIL):
- Attackers (8): armed men who attacked and were killed are typed militants, not attackers ("terrorists attacked a
  security forces' check post ... 4 terrorists were killed", Maoists who ambushed a patrol, insurgents who attacked a
  village); "neutralised" (Damboa, Arbinda: the attackers' 12 and 40); the attackers' dead in a sentence of their own
  not added to the forces' ("the bodies of the seven insurgents were left in the bush" beside "one member of the FDS
  lost his life": 7 for 8); a knife attacker "shot ..., who was wounded and taken into custody" typed people and not
  added to "stabbed two people" (injured 2 for 3, attackers injured 0 for 1).
- Places (9): the dateline's city over the scene in the figure's sentence ("Gaza, 13 July: ... east of the city of Khan
  Younis", "Baku, 20 August: ... in the direction of the Kalbajar district"); the speaker's region ("the head of the
  Dnipropetrovsk regional military administration" gives Dnipro for Nikopol, "the Donetsk regional military
  administration" the city of Donetsk for Kostiantynivka); a distance landmark ("north-east of Baqubah"); "07:20
  [Moscow time, 0420 gmt]" read as Moscow; a name with a bracketed age read as a place ("Usman'"); a title's figure
  without a place; the 24-hour tally's Kandahar.
- Deaths in official idiom (6): "neutralised", "paid the supreme price", "fell on the field of honour", "embraced
  shahadat", "attained martyrdom" (read as injured through the next figure's verb: killed 5 for 7, injured 17 for 12),
  "the martyrdom of a child aged 15" (Nigeria killed 0 for 13, Burkina 0 for 46, ISPR 4 for 6).
- Minors with "aged N" / "(age N)" after the noun or inside a subject left unread (6): "among the martyrs is a child
  aged 13", "Among the deceased are two children aged 4 and 7 years" ("Among the dead are ..." is read), "identified as
  Faisal (age 28) and Kamran (age 16)", "a youth aged 16 who was lightly injured", "3 civilians, including a child, who
  were passing by the post were injured", "two CRPF personnel and three civilians including a 10-year-old girl received
  splinter injuries"; and a bracketed "(age 15 years)" given to the man who died (Sheikhupura: teens killed 1 for 0).
- Birth years (5): "born in 2013" is read as the figure's time, a year window, and gives no age: two first days in
  1958 and 2013; Kostiantynivka's "seven were injured" a summary (0 for 7); the minors of "two minors born in 2007 and
  2012" and "a boy born in 2013 and a girl born in 2008" summaries, so that the titles' "two children" stand (children
  2 for 1, teens 0 for 1).
- A period tally kept and the article's incident set apart (3): "over the past 24 hours" in three provinces counted,
  "Separately, two children were killed ..." made a summary (killed 37 for 2, injured 14 for 3, place Kandahar).
- One each: "shot down eight Ukrainian drones" read as 8 killed (a control); "Two employees of the Ministry of Mines
  and Petroleum were killed" as 2 + 1; "the number of injuries ... had reached 43" unread beside "dozens of injuries"
  (24 for 43).
Read right on the first run: the emergency service's "received injuries of varying severity" and its counts of
rescuers and engines, "One person died on the spot, two others were hospitalized", "8 policemen and 6 civilians lost
their lives and 23 were injured" with the Interior Ministry's "killed four of the attackers" added as attackers,
"the bodies of five persons were recovered" and "19 injured persons were shifted", "eleven (11) persons", "a serviceman
... was killed and two were wounded", "a woman and her child" and "a woman and her three children" as subsets and
groups, "five children were injured, the oldest of them aged nine", the suicide bomber "also killed" added and
Al-Shabaab's own 20 set aside, every period tally but the 24-hour one (since 30 March, since December, the year's
shootings, the quarter's casualties), "One army soldier ... evacuated to 92 Base Hospital", "34 RR", "24th Brigade",
three controls, and 33 of 35 first days ("[10 May]", "17/06/2021", "this morning (18)", "late on Sunday night", "on
the afternoon of 5 October"). Right days that hide a reading worth knowing: "On 14.08.2019", "On 24.03.2021" and "On
16.06.2023" are not read as days; their claims take the publication window, whose first day happens to be the
event's (the note was published the next day).
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors, sentences_in

CASES: dict[str, dict] = {
    # --- BBCM translation of Afghan TV; a bracketed date in the text; a closing source line: 2 killed, 4 hurt
    "tolo_kabul_magnetic_bomb_ministry_staff": dict(
        published=date(2014, 5, 11), title="Afghan TV says magnetic bomb kills two ministry employees in Kabul",
        text="Text of report by Afghan Tolo News TV on 11 May\n"
             "Kabul, 11 May: Two employees of the Ministry of Mines and Petroleum were killed and four others were "
             "wounded when a magnetic bomb attached to their vehicle exploded in Kabul city on Saturday evening [10 "
             "May], a spokesman for Kabul police said. The explosion took place at around 17:30 local time in the "
             "Karte Naw area of Police District 8 as the employees were returning home from work. Police spokesman "
             "Abdul Wahid Sediqi said that the wounded had been taken to a nearby hospital and that the condition "
             "of one of them was critical. No group has so far claimed responsibility for the blast. Security "
             "officials said investigations had been launched.\n"
             "(Source: Tolo News TV, Kabul, in Dari 1330 gmt 11 May 14)",
        killed=2, injured=4, **NO_MINORS,
        first=dict(start=date(2014, 5, 10), place=("kabul", "karte naw"))),
    # --- Ukraine's emergency service: "received injuries of varying severity"; a child born in 2013 (8 or 9)
    "dsns_kharkiv_shelling_child_born_2013": dict(
        published=date(2022, 6, 15), title="Three killed, eight injured in shelling of Kharkiv - emergency service",
        text="Text of statement by the State Emergency Service of Ukraine on 15 June\n"
             "On 14 June 2022 at 16:40, as a result of enemy shelling of the Saltivskyi district of Kharkiv, a fire "
             "broke out in a five-storey residential building and in adjacent garages. Rescuers extinguished the "
             "fire on an area of 250 square metres by 19:05. As a result of the shelling, three people were killed, "
             "among them a child born in 2013, and eight people received injuries of varying severity. The injured "
             "were handed over to medics. 45 people and 9 units of equipment were involved in eliminating the "
             "consequences. Pyrotechnic work at the site is continuing.\n"
             "(Source: State Emergency Service of Ukraine website, Kyiv, in Ukrainian 0715 gmt 15 Jun 22)",
        killed=3, injured=8, **minors(children=(1, 0)),
        first=dict(start=date(2022, 6, 14), place=("kharkiv", "saltivsk"))),
    # --- a Russian governor through TASS: "A man born in 1961 died on the spot. Two women received shrapnel wounds"
    "tass_belgorod_shebekino_man_born_1961": dict(
        published=date(2023, 5, 19), title="One killed, two injured in shelling of Belgorod Region town (in Russian)",
        text="Text of report by Russian state news agency TASS\n"
             "Belgorod, 19 May: One civilian has been killed and two others injured as a result of shelling of the "
             "town of Shebekino by the Ukrainian armed forces, the governor of Belgorod Region has said on his "
             "Telegram channel. \"A man born in 1961 died on the spot from his wounds. Two women received shrapnel "
             "wounds; they have been taken to the Shebekino central district hospital,\" the governor wrote. "
             "According to him, three private houses, a power line and two cars were also damaged. Emergency "
             "services are working at the scene.\n"
             "(Source: TASS news agency, Moscow, in Russian 1612 gmt 19 May 23)",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2023, 5, 19), place=("shebekino", "belgorod"))),
    # --- Nigerian army: "neutralised 12 of the terrorists", "one soldier paid the supreme price": 13 killed, 12
    # attackers
    "nigerian_army_damboa_attack_repelled": dict(
        published=date(2021, 3, 15), title="Troops repel Boko Haram/ISWAP attack on Damboa, neutralise 12 terrorists",
        text="PRESS RELEASE\n"
             "Troops of Operation Hadin Kai on Sunday 14 March 2021 repelled an attack by Boko Haram/ISWAP "
             "terrorists on their location at Damboa in Borno State. The terrorists, who came in gun trucks at about "
             "1830hrs, were engaged with superior firepower, and the gallant troops neutralised 12 of the terrorists "
             "while others fled with gunshot wounds. Regrettably, one soldier paid the supreme price while three "
             "others sustained injuries and have been evacuated to a medical facility for treatment. Items recovered "
             "include 2 gun trucks, 8 AK-47 rifles, one rocket-propelled grenade tube and 1,150 rounds of 7.62mm "
             "special ammunition. The Chief of Army Staff commended the troops for their resilience and urged them "
             "to sustain the momentum.\n"
             "Brigadier General Ikenna Obiora\n"
             "Director Army Public Relations",
        killed=13, injured=3, **NO_MINORS, attackers_killed=12,
        first=dict(start=date(2021, 3, 14), place=("damboa", "borno"))),
    # --- ISPR: casualties by category in the title; "embraced shahadat"; ages in brackets: 6 killed, 3 hurt
    "ispr_mir_ali_check_post_attack": dict(
        published=date(2022, 8, 18),
        title="2 soldiers martyred, 3 civilians injured in terrorists' attack in North Waziristan: ISPR",
        text="No PR-143/2022-ISPR\n"
             "Rawalpindi - 18 August 2022: On 17 August 2022, terrorists attacked a security forces' check post in "
             "general area Mir Ali, North Waziristan District. Own troops responded effectively and during the "
             "intense exchange of fire, 4 terrorists were killed. However, 2 soldiers, Naik Zahid Gul (age 31 years, "
             "resident of District Karak) and Sepoy Arif Khan (age 23 years, resident of District Bannu), having "
             "fought gallantly, embraced shahadat. 3 civilians, including a child, who were passing by the post "
             "were injured and have been shifted to CMH Bannu. Weapons and ammunition were also recovered from the "
             "killed terrorists. Sanitisation of the area is being carried out to eliminate any other terrorist "
             "found in the area.",
        killed=6, injured=3, **minors(children=(0, 1)), attackers_killed=4,
        first=dict(start=date(2022, 8, 17), place=("mir ali", "north waziristan"))),
    # --- WAFA: "were martyred ... by occupation bullets"; a child aged 13; a campaign's tally: 3 killed, 17 hurt
    "wafa_khan_younis_march_boy_13": dict(
        published=date(2018, 7, 13), title="Three martyred, 17 injured east of Khan Younis - ministry",
        text="Text of report by Palestinian news agency WAFA\n"
             "Gaza, 13 July: Three citizens were martyred and 17 others were injured by the bullets of the Israeli "
             "occupation forces east of the city of Khan Younis in the southern Gaza Strip on Friday, the Ministry "
             "of Health said. The ministry's spokesman said that among the martyrs is a child aged 13, who was shot "
             "in the chest near the border fence east of Khuza'a. He added that the injured were transferred to the "
             "European Gaza Hospital and Nasser Medical Complex, and that the wounds of two of them are described as "
             "serious. Since 30 March, 149 citizens have been martyred and more than 16,000 injured during the "
             "Great March of Return protests, according to the ministry.\n"
             "(Source: WAFA news agency, Ramallah, in Arabic 1745 gmt 13 Jul 18)",
        killed=3, injured=17, **minors(teens=(1, 0)),
        first=dict(start=date(2018, 7, 13), place=("khan younis", "khan yunis", "khuza"))),
    # --- Israel Police and MDA: two stabbed (one a youth of 16), the attacker shot and wounded: 3 hurt, 1 attacker
    "israel_police_lions_gate_stabbing": dict(
        published=date(2015, 10, 21), title="Two wounded in stabbing attack in Jerusalem's Old City; terrorist shot",
        text="Text of statement by Israel Police spokesman on 21 October (in Hebrew)\n"
             "At about 13:10 today, a terrorist armed with a knife stabbed two people near the Lions' Gate in the "
             "Old City of Jerusalem. Border Police officers who were at the scene responded immediately and shot the "
             "terrorist, who was wounded and taken into custody. According to Magen David Adom, its paramedics "
             "treated a 41-year-old man who sustained stab wounds to his upper body and is in moderate condition, "
             "and a youth aged 16 who was lightly injured in his hand. Both were evacuated to Shaare Zedek Medical "
             "Center. The terrorist, a 19-year-old resident of the Hebron area, was evacuated to Hadassah Ein Kerem "
             "hospital in serious condition. The circumstances of the incident are under investigation.",
        killed=0, injured=3, **minors(teens=(0, 1)), attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2015, 10, 21), place=("jerusalem", "old city"))),
    # --- J&K police press note: "received splinter injuries", a 10-year-old girl; "Today at about 1115 hrs": 5 hurt
    "jk_police_sopore_grenade_naka": dict(
        published=date(2019, 9, 28), title="Five injured in grenade attack in Sopore",
        text="PRESS NOTE, J&K POLICE\n"
             "Today at about 1115 hrs, terrorists lobbed a grenade towards a CRPF naka party at Main Chowk Sopore. "
             "The grenade exploded on the road, as a result of which two CRPF personnel and three civilians "
             "including a 10-year-old girl received splinter injuries. The injured were shifted to SDH Sopore for "
             "treatment, from where one civilian has been referred to SMHS Hospital Srinagar. The condition of all "
             "the injured is stated to be stable. The area has been cordoned off and a search operation launched to "
             "nab the terrorists involved. A case under relevant sections of law has been registered at Police "
             "Station Sopore and investigation has been taken up.",
        killed=0, injured=5, **minors(children=(0, 1)),
        first=dict(start=date(2019, 9, 28), place=("sopore",))),
    # --- Punjab police press note: "On 14.08.2019 at about 21:30 hrs"; "(age 15 years)"; "shifted to DHQ Hospital"
    "punjab_police_sheikhupura_enmity_firing": dict(
        published=date(2019, 8, 15), title="One killed, two injured over old enmity in Ferozewala",
        text="Press release, District Police Sheikhupura\n"
             "On 14.08.2019 at about 21:30 hrs, complainant Muhammad Aslam reported to Police Station Ferozewala "
             "that his brother Muhammad Tariq (age 35 years) was sitting outside his house in village Kot Abdul "
             "Malik along with his son Usman (age 15 years) and cousin Imran when accused Shahid alias Shedi and "
             "his two accomplices, armed with Kalashnikovs, arrived on a motorcycle and opened straight fire on them "
             "on account of an old enmity. As a result of the firing, Muhammad Tariq died on the spot while Usman "
             "and Imran received firearm injuries and were shifted to DHQ Hospital Sheikhupura, where their "
             "condition is stated to be out of danger. Upon information, SHO Ferozewala along with police force "
             "reached the spot. The District Police Officer has taken notice of the incident and constituted special "
             "teams for the arrest of the accused. A case has been registered under sections 302, 324 and 34 PPC.",
        killed=1, injured=2, **minors(teens=(0, 1)),
        first=dict(start=date(2019, 8, 14), place=("kot abdul malik", "ferozewala", "sheikhupura"))),
    # --- Kenya's police: reservists on patrol hit an IED on a Tuesday morning: 3 killed, 2 hurt
    "kenya_police_mandera_ied_reservists": dict(
        published=date(2020, 10, 6), title="Three police reservists killed in Mandera IED blast",
        text="STATEMENT BY THE NATIONAL POLICE SERVICE\n"
             "Three National Police Reservists were killed and two others injured when the vehicle they were "
             "travelling in ran over an improvised explosive device (IED) suspected to have been planted by "
             "Al-Shabaab militants at Omar Jillo area in Mandera East on Tuesday morning. The officers were on "
             "routine patrol along the Mandera-Elwak road at around 0700hrs when the incident occurred. The injured "
             "officers were airlifted to Nairobi for specialised treatment. A multi-agency team has been dispatched "
             "to the area to pursue the perpetrators. The National Police Service condemns this cowardly act and "
             "assures the public that those responsible will be brought to book.",
        killed=3, injured=2, **NO_MINORS,
        first=dict(start=date(2020, 10, 6), place=("mandera", "omar jillo"))),
    # --- OCHA flash update: highlights, "including 6 children", displaced people, a tally since December
    "ocha_ituri_bule_village_attack": dict(
        published=date(2020, 4, 23),
        title="DRC: Ituri Flash Update No. 3 - Attack on Bule village, Djugu territory (23 April 2020)",
        text="HIGHLIGHTS\n"
             "- At least 22 civilians killed and 9 injured in an attack on Bule village\n"
             "- Some 2,500 people displaced towards Fataki and Nizi\n"
             "SITUATION OVERVIEW\n"
             "On 21 April 2020 at around 22:00, unidentified armed men attacked Bule village in Djugu territory, "
             "Ituri province, killing at least 22 civilians, including 6 children, and injuring 9 others. According "
             "to local sources, several houses were burned and livestock looted. The injured were evacuated to the "
             "Bule general referral hospital. Following the attack, some 2,500 people fled to the localities of "
             "Fataki and Nizi, where they are sheltering in host families and public buildings. Since December "
             "2019, more than 300 civilians have been killed in Djugu territory, according to MONUSCO.",
        killed=22, injured=9, **minors(children=(6, 0)),
        first=dict(start=date(2020, 4, 21), place=("bule", "djugu", "ituri"))),
    # --- control: Ukraine's emergency service, a fire after shelling, "There were no casualties"
    "dsns_zaporizhzhia_shelling_fire_no_casualties": dict(
        published=date(2022, 9, 3), title="Shelling sets house on fire in Zaporizhzhia Region, no casualties",
        text="Text of statement by the State Emergency Service of Ukraine on 3 September\n"
             "On 3 September 2022 at 05:10, the enemy shelled the village of Kushuhum in Zaporizhzhia district. As "
             "a result, a private house and an outbuilding caught fire. The fire was extinguished by units of the "
             "State Emergency Service at 06:20 on an area of 120 square metres. There were no casualties. 12 "
             "rescuers and 3 units of equipment were involved.\n"
             "(Source: State Emergency Service of Ukraine website, Kyiv, in Ukrainian 0540 gmt 3 Sep 22)",
        killed=0, injured=0, **NO_MINORS),
    # --- control: ISPR, fire from across the border repulsed, "No loss of life or injury"
    "ispr_bajaur_cross_border_fire_no_loss": dict(
        published=date(2017, 4, 16), title="Terrorists fire on Pakistan Army post in Bajaur, troops respond: ISPR",
        text="No PR-188/2017-ISPR\n"
             "Rawalpindi - 16 April 2017: Terrorists from across the border fired on a Pakistan Army post in "
             "Bajaur Agency last night. Own troops responded effectively and the terrorists fled. No loss of life "
             "or injury to own troops or the local population was reported. Pakistan has repeatedly asked "
             "Afghanistan to take effective measures to check the movement of terrorists along the border.",
        killed=0, injured=0, **NO_MINORS),
    # --- Afghan TV: an MoD tally of 24 hours in three provinces (a summary), then a mine: 2 children killed, 3 hurt
    "ariana_helmand_mine_two_children_plus_mod_tally": dict(
        published=date(2020, 2, 18), title="Roadside mine kills two children in Helmand",
        text="Text of report by Afghan Ariana News TV on 18 February\n"
             "The Ministry of Defence said in a statement that 37 Taliban terrorists were killed and 14 others "
             "wounded in operations of the Afghan National Defence and Security Forces in Helmand, Kandahar and "
             "Uruzgan provinces over the past 24 hours. Separately, two children were killed and three other "
             "civilians wounded when a roadside mine planted by the Taliban exploded in Nad-e Ali district of "
             "Helmand province on Tuesday morning, the provincial governor's spokesman, Omar Zwak Ahmadzai, said. He "
             "said the children, aged 8 and 11, were on their way to school when the mine went off. The Taliban have "
             "not commented on the incident.\n"
             "(Source: Ariana News TV, Kabul, in Dari 1500 gmt 18 Feb 20)",
        killed=2, injured=3, **minors(children=(2, 0)),
        first=dict(start=date(2020, 2, 18), place=("nad-e ali", "nad e ali", "nad ali", "helmand"))),
    # --- the DPR's headquarters: "07:20 [Moscow time]", "120-mm mortars", a teenager born in 2001 (13 or 14)
    "dan_donetsk_kyivskyi_teen_born_2001": dict(
        published=date(2015, 6, 9), title="DPR says civilian killed, teenager wounded in Donetsk shelling (in Russian)",
        text="Text of report by Donetsk News Agency\n"
             "Donetsk, 9 June: Ukrainian forces shelled the Kyivskyi district of Donetsk at 07:20 [Moscow time, "
             "0420 gmt] today using 120-mm mortars, the DPR defence headquarters said. As a result of the shelling, "
             "a civilian, a man born in 1958, was killed, and a teenager born in 2001 was wounded. The teenager has "
             "been taken to the regional children's clinical hospital with a shrapnel wound to the leg. Three houses "
             "and a gas pipeline were damaged.\n"
             "(Source: Donetsk News Agency, Donetsk, in Russian 0905 gmt 9 Jun 15)",
        killed=1, injured=1, **minors(teens=(0, 1)),
        first=dict(start=date(2015, 6, 9), place=("donetsk", "kyivskyi"))),
    # --- Kaduna police: "17/06/2021 at about 2300hrs", "eleven (11) persons", two children aged 4 and 7
    "kaduna_police_gidan_zaki_bandits": dict(
        published=date(2021, 6, 18), title="Bandits kill 11 in Zangon Kataf village - police",
        text="PRESS RELEASE\n"
             "KADUNA STATE POLICE COMMAND\n"
             "On 17/06/2021 at about 2300hrs, armed bandits in large numbers invaded Gidan Zaki village in Zangon "
             "Kataf Local Government Area of Kaduna State and shot sporadically, killing eleven (11) persons, while "
             "six (6) others sustained various degrees of gunshot injuries. On receipt of the information, the "
             "Divisional Police Officer (DPO) Zonkwa Division led a team of police operatives in conjunction with the "
             "military to the scene and the hoodlums were repelled. The injured victims were rushed to the hospital "
             "for treatment, while the corpses were deposited at the hospital morgue. Among the deceased are two "
             "children aged 4 and 7 years. The Commissioner of Police has ordered a discreet investigation into the "
             "incident.\n"
             "ASP Yahaya Garba\n"
             "Police Public Relations Officer",
        killed=11, injured=6, **minors(children=(2, 0)),
        first=dict(start=date(2021, 6, 17), place=("gidan zaki", "zangon kataf", "kaduna"))),
    # --- Burkina Faso's General Staff (in French): "about forty of them" neutralised, "fell on the field of honour"
    "burkina_general_staff_arbinda_attack": dict(
        published=date(2022, 2, 8), title="Burkina army says about 40 terrorists neutralised in Arbinda attack",
        text="Text of statement by the General Staff of the Armed Forces of Burkina Faso (in French)\n"
             "On Monday 7 February 2022 at around 06:00, the military detachment of Arbinda in Soum province was the "
             "target of a complex attack by a large number of terrorists. The vigorous reaction of the soldiers, "
             "supported by the air force, made it possible to repel the assailants and to neutralise about forty of "
             "them. Unfortunately, four soldiers and two Volunteers for the Defence of the Homeland (VDP) fell on the "
             "field of honour. About a dozen wounded were evacuated and are being taken care of. Several "
             "motorcycles, weapons and ammunition were recovered. Search operations are continuing in the area.",
        killed=46, injured=12, **NO_MINORS, attackers_killed=40,
        first=dict(start=date(2022, 2, 7), place=("arbinda", "soum"))),
    # --- Bastar police press note: "attained martyrdom", "CoBRA 210 Battalion", bodies of two Maoists recovered
    "bastar_police_gangaloor_ambush": dict(
        published=date(2021, 3, 25), title="Five jawans martyred, 12 injured in Maoist ambush in Bijapur",
        text="Press note by Bastar Range Police (translated from Hindi)\n"
             "On 24.03.2021 at around 11:30 hrs, a joint team of DRG, STF and CoBRA 210 Battalion which had set out "
             "on an anti-Naxal search operation was ambushed by armed Maoists in the forest near Gangaloor village "
             "of Bijapur district. In the encounter that lasted about three hours, five jawans attained martyrdom "
             "and 12 others were injured. The bodies of two Maoists, including a woman cadre, were recovered from "
             "the spot after the exchange of fire. The injured jawans were airlifted to Raipur, where the condition "
             "of two is said to be critical. Reinforcements have been sent and a search operation is on in the "
             "area, the Inspector General of Police (Bastar Range) said.",
        killed=7, injured=12, **NO_MINORS, attackers_killed=2,
        first=dict(start=date(2021, 3, 24), place=("gangaloor", "bijapur"))),
    # --- SANA: "Four civilians, among them a woman and her child, were martyred and 11 others were injured"
    "sana_aleppo_rocket_shells": dict(
        published=date(2019, 11, 4), title="Four civilians martyred in terrorists' rocket attack on Aleppo - SANA",
        text="Text of report by Syrian news agency SANA\n"
             "Aleppo, 4 November: Four civilians, among them a woman and her child, were martyred and 11 others were "
             "injured as terrorist organizations positioned in the western countryside of Aleppo fired rocket "
             "shells on residential neighbourhoods in Aleppo city. A source at Aleppo Police Command told SANA's "
             "reporter that the rocket shells fell on al-Hamdaniya and New Aleppo neighbourhoods, causing material "
             "damage to citizens' houses and properties. The injured were taken to al-Razi hospital, where some of "
             "them are in critical condition, the source added.\n"
             "(Source: SANA news agency, Damascus, in English 1120 gmt 4 Nov 19)",
        killed=4, injured=11, **minors(children=(1, 0)),
        first=dict(start=date(2019, 11, 4), place=("aleppo", "hamdaniya"))),
    # --- Radio Muqdisho: nine civilians and the bomber dead; the group's own claim of 20: 10 killed, 1 attacker
    "muqdisho_hodan_restaurant_suicide_attack": dict(
        published=date(2017, 6, 11), title="Nine civilians killed in suicide attack on Mogadishu restaurant",
        text="Text of report by Somali state-owned Radio Muqdisho on 11 June\n"
             "Nine civilians died in the suicide attack on a restaurant in Mogadishu's Hodan district on Saturday "
             "evening, the mayor's office has said. The suicide bomber, who was wearing an explosive vest, was also "
             "killed. Fifteen others were injured and are receiving treatment at Madina and Erdogan hospitals. The "
             "attack took place at around 19:45 local time, when the restaurant was full of customers breaking their "
             "fast. Al-Shabaab said on its Andalus radio that its fighters had killed 20 people, a figure that could "
             "not be verified.\n"
             "(Source: Radio Muqdisho, Mogadishu, in Somali 1000 gmt 11 Jun 17)",
        killed=10, injured=15, **NO_MINORS, attackers_killed=1,
        first=dict(start=date(2017, 6, 10), place=("mogadishu", "hodan"))),
    # --- Rescue 1122 through Geo TV: "the bodies of five persons were recovered", "Among the injured are ... a child"
    "geo_quetta_motorcycle_bomb_rescue_1122": dict(
        published=date(2019, 1, 9), title="Five killed, 19 injured in Quetta blast (in Urdu)",
        text="Text of report by Pakistani Geo News TV\n"
             "Quetta, 9 January: A blast took place near a Frontier Corps vehicle on Sariab Road in Quetta on "
             "Wednesday afternoon. According to Rescue 1122, the bodies of five persons were recovered from the site "
             "while 19 injured persons were shifted to Civil Hospital Quetta, where an emergency has been declared. "
             "Among the injured are four FC personnel and a child. Police said the explosive material had been "
             "fitted to a motorcycle parked beside the road. The bomb disposal squad said about 8 kg of explosives "
             "were used.\n"
             "(Source: Geo News TV, Karachi, in Urdu 1200 gmt 9 Jan 19)",
        killed=5, injured=19, **minors(children=(0, 1)),
        first=dict(start=date(2019, 1, 9), place=("quetta", "sariab"))),
    # --- Pajhwok: a mortar shell on a house: a woman and three children (3, 6, 9) killed, two other children hurt
    "pajhwok_andar_mortar_woman_three_children": dict(
        published=date(2020, 8, 30), title="Woman, 3 children killed as mortar shell hits house in Ghazni",
        text="GHAZNI CITY (Pajhwok): A woman and her three children were killed and two other children were wounded "
             "when a mortar shell landed on their house in the Andar district of southeastern Ghazni province, an "
             "official said on Sunday. Provincial police spokesman Mohammad Nasim Rahimi told Pajhwok Afghan News "
             "the mortar shell had been fired during clashes between security forces and Taliban militants on "
             "Saturday afternoon. The children who were killed were aged 3, 6 and 9 years, he said, adding that the "
             "wounded children had been shifted to the Ghazni provincial hospital. A Taliban spokesman blamed "
             "security forces for the incident.",
        killed=4, injured=2, **minors(children=(3, 2)),
        first=dict(start=date(2020, 8, 29), place=("andar", "ghazni"))),
    # --- UNAMA statement: "killed six civilians, including two children, and injured 20 others, among them seven
    # children"; a tally of nine months
    "unama_jalalabad_bazaar_ied": dict(
        published=date(2019, 10, 6), title="UNAMA condemns IED attack in Jalalabad bazaar",
        text="KABUL, 6 October 2019 - The United Nations Assistance Mission in Afghanistan (UNAMA) condemns the "
             "detonation of an improvised explosive device in a crowded bazaar in Jalalabad city, Nangarhar "
             "province, on the afternoon of 5 October. Preliminary findings indicate that the blast killed six "
             "civilians, including two children, and injured 20 others, among them seven children. \"Attacks "
             "deliberately targeting civilians are serious violations of international humanitarian law,\" the "
             "mission said. In its latest quarterly report, UNAMA documented 7,950 civilian casualties (2,410 killed "
             "and 5,540 injured) in the first nine months of the year. UNAMA continues to follow up on the incident.",
        killed=6, injured=20, **minors(children=(2, 7)),
        first=dict(start=date(2019, 10, 5), place=("jalalabad", "nangarhar"))),
    # --- Noticias (in Portuguese): FDS "neutralised seven insurgents" whose bodies were left; 1 FDS member killed
    "noticias_macomia_chai_insurgents": dict(
        published=date(2020, 5, 28), title="FDS neutralise seven insurgents in Macomia",
        text="Text of report by Mozambican state-owned newspaper Noticias\n"
             "The Defence and Security Forces (FDS) neutralised seven insurgents on Wednesday during a clash in the "
             "village of Chai, in Macomia district, Cabo Delgado province. According to a source in the FDS "
             "command, the insurgents had attacked the village in the early hours and set fire to several huts "
             "before the FDS arrived. In the clash, one member of the FDS lost his life and two others suffered "
             "injuries, one of them serious. The source said the bodies of the seven insurgents were left in the "
             "bush and that two AK-47 rifles and a machete were seized.\n"
             "(Source: Noticias, Maputo, in Portuguese 28 May 20)",
        killed=8, injured=2, **NO_MINORS, attackers_killed=7,
        first=dict(start=date(2020, 5, 27), place=("chai", "macomia", "cabo delgado"))),
    # --- Ukrinform: "One person died on the spot, two others were hospitalized with injuries"; more than 40 shells
    "ukrinform_nikopol_artillery": dict(
        published=date(2022, 8, 7), title="One killed, two wounded in Russian shelling of Nikopol",
        text="Text of report by Ukrainian news agency Ukrinform\n"
             "On 7 August at about 10:15, Russian troops shelled Nikopol with heavy artillery, the head of the "
             "Dnipropetrovsk regional military administration wrote on Telegram. \"One person died on the spot, two "
             "others were hospitalized with injuries of moderate severity. They are a woman born in 1954 and a man "
             "born in 1975,\" he said. More than 40 shells hit the town. Five high-rise buildings, a kindergarten "
             "and a gas pipeline were damaged.\n"
             "(Source: Ukrinform news agency, Kyiv, in Ukrainian 1130 gmt 7 Aug 22)",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2022, 8, 7), place=("nikopol",))),
    # --- Interfax: a woman killed; "two minors were injured: a boy born in 2013 and a girl born in 2008"
    "interfax_crimea_mirnoye_drone": dict(
        published=date(2023, 3, 22), title="Woman killed, two children injured in drone attack in Crimea (in Russian)",
        text="Text of report by Russian news agency Interfax\n"
             "Simferopol, 22 March: As a result of an attack by Ukrainian unmanned aerial vehicles on the village of "
             "Mirnoye in Simferopol district this morning, a 50-year-old woman died, the head of the Republic of "
             "Crimea said. Two minors were injured: a boy born in 2013 and a girl born in 2008. They have been "
             "hospitalized in the republican children's hospital, and their lives are not in danger. Three private "
             "houses were damaged.\n"
             "(Source: Interfax news agency, Moscow, in Russian 0740 gmt 22 Mar 23)",
        killed=1, injured=2, **minors(children=(0, 1), teens=(0, 1)),
        first=dict(start=date(2023, 3, 22), place=("mirnoye", "simferopol", "crimea"))),
    # --- Manipur police: "16.06.2023 at about 0500 hrs", "lost their lives on the spot", "shifted to RIMS, Imphal"
    "manipur_police_phayeng_village_volunteers": dict(
        published=date(2023, 6, 17), title="Three village volunteers killed, five injured in firing in Imphal West",
        text="PRESS NOTE, MANIPUR POLICE\n"
             "On 16.06.2023 at about 0500 hrs, heavily armed miscreants opened indiscriminate fire at village "
             "volunteers guarding the periphery of Phayeng village in Imphal West District. In the incident, three "
             "village volunteers lost their lives on the spot and five others sustained bullet injuries. The "
             "injured persons have been shifted to RIMS, Imphal for treatment. Security forces rushed to the spot "
             "and the miscreants fled towards the hills. 2 (two) houses were also burnt. Search operations are in "
             "progress.",
        killed=3, injured=5, **NO_MINORS,
        first=dict(start=date(2023, 6, 16), place=("phayeng", "imphal"))),
    # --- Sri Lanka police: "this morning (18)"; a year's count of shootings (a summary): 1 hurt
    "sri_lanka_police_ambalangoda_shooting": dict(
        published=date(2023, 2, 18), title="Man injured in Ambalangoda shooting",
        text="A 42-year-old man was injured in a shooting incident at Hirewatta in Ambalangoda this morning (18), "
             "the Police Media Spokesman said. The shooting was carried out by two unidentified persons who arrived "
             "on a motorcycle at about 7.45 a.m. The injured person has been admitted to the Balapitiya Base "
             "Hospital. This is the 27th shooting incident reported in the country this year, in which 19 people "
             "have been killed and 11 injured, the spokesman added. Ambalangoda Police are conducting further "
             "investigations.",
        killed=0, injured=1, **NO_MINORS,
        first=dict(start=date(2023, 2, 18), place=("ambalangoda", "hirewatta"))),
    # --- control: a cattle raid, "No casualties were reported"
    "kenya_police_turkana_cattle_raid_no_casualties": dict(
        published=date(2016, 11, 14), title="Bandits steal 300 cattle in Turkana East",
        text="STATEMENT BY THE NATIONAL POLICE SERVICE\n"
             "Suspected bandits on Sunday night raided Lokori village in Turkana East Sub-County and drove away "
             "about 300 head of cattle and 150 goats. Police officers and National Police Reservists pursued the "
             "raiders and recovered 120 head of cattle. No casualties were reported. Police have intensified "
             "patrols in the area.",
        killed=0, injured=0, **NO_MINORS),
    # --- control: RIA Novosti, eight drones shot down, "no casualties or damage"
    "ria_bryansk_drones_shot_down_no_casualties": dict(
        published=date(2023, 7, 4), title="Eight Ukrainian drones shot down over Bryansk Region (in Russian)",
        text="Text of report by Russian state news agency RIA Novosti\n"
             "Bryansk, 4 July: Air defence systems shot down eight Ukrainian drones over Bryansk Region overnight, "
             "the regional governor said on Telegram. Two of the drones were downed near the town of Klintsy. "
             "There were no casualties or damage, he said.\n"
             "(Source: RIA Novosti news agency, Moscow, in Russian 0515 gmt 4 Jul 23)",
        killed=0, injured=0, **NO_MINORS),
    # --- Sudan's doctors' committee (in Arabic): a running toll of 5 with a child aged 15; "dozens", then 43
    "sudan_doctors_committee_omdurman_processions": dict(
        published=date(2022, 3, 14), title="Sudan doctors say five protesters killed in Khartoum processions",
        text="Text of statement by the Central Committee of Sudan Doctors on 14 March (in Arabic)\n"
             "The Central Committee of Sudan Doctors announced the rise in the number of martyrs of today's "
             "processions, Monday 14 March, in Khartoum State to 5, after the martyrdom of a child aged 15 years who "
             "was hit by a live bullet in the head in Omdurman. The committee said the putschist forces used live "
             "bullets, tear gas and stun grenades against the peaceful processions, causing dozens of injuries, some "
             "of them serious. In a later statement, the committee said that the number of injuries counted in "
             "the hospitals of the capital had reached 43. With today's martyrs, the number of martyrs since the "
             "coup of 25 October rises to 89.",
        killed=5, injured=43, **minors(teens=(1, 0)),
        first=dict(start=date(2022, 3, 14), place=("khartoum", "omdurman"))),
    # --- WAFA and the Israeli army: a young man (22) killed and four hurt in a raid; "hits were identified"
    "wafa_jenin_camp_raid": dict(
        published=date(2023, 1, 19), title="Young man martyred, four injured in occupation raid on Jenin camp",
        text="Text of report by Palestinian news agency WAFA\n"
             "Jenin, 19 January: A young man was martyred and four others were injured, one of them critically, by "
             "occupation bullets during a raid by Israeli forces on Jenin refugee camp at dawn today, the Ministry "
             "of Health said. The ministry said the martyr, aged 22, was hit by a live bullet in the chest and was "
             "pronounced dead at Jenin government hospital. The Israeli army said in a statement that its forces had "
             "come under fire during an operation to arrest wanted persons in the camp and had responded with fire, "
             "and that hits were identified. No Israeli soldiers were hurt.\n"
             "(Source: WAFA news agency, Ramallah, in Arabic 0930 gmt 19 Jan 23)",
        killed=1, injured=4, **NO_MINORS,
        first=dict(start=date(2023, 1, 19), place=("jenin",))),
    # --- Saba (Houthi): "five children were injured, the oldest of them aged nine"; raids on other districts
    "saba_saqayn_air_raid_house": dict(
        published=date(2018, 8, 2), title="Citizen, wife killed in aggression air raid on Saada",
        text="Text of report by Houthi-controlled Yemeni news agency Saba\n"
             "Saada, 2 August: A citizen and his wife were killed and five children were injured, the oldest of "
             "them aged nine, in an air raid by the US-Saudi aggression warplanes on their house in Saqayn district "
             "of Saada province today, a security official said. The raid completely destroyed the house. The "
             "aggression's warplanes also launched three "
             "raids on Haydan district and two raids on Baqim district, the official added, without giving further "
             "details.\n"
             "(Source: Saba news agency, Sanaa, in Arabic 1415 gmt 2 Aug 18)",
        killed=2, injured=5, **minors(children=(0, 5)),
        first=dict(start=date(2018, 8, 2), place=("saqayn", "saada", "sa'dah", "sadah"))),
    # --- Egyptian health and interior ministries: "the number of victims ... has reached 14"; "8 policemen and 6
    # civilians lost their lives and 23 were injured"; four attackers killed: 18 killed, 4 attackers
    "ahram_sheikh_zuweid_checkpoint_attack": dict(
        published=date(2016, 3, 28), title="Egypt: 14 killed in terrorist attack on Sheikh Zuweid checkpoint",
        text="Text of report by Egyptian state-owned Al-Ahram Gate website\n"
             "Cairo, 28 March: The number of victims of the terrorist attack that targeted a security checkpoint "
             "south of Sheikh Zuweid in North Sinai on Monday morning has reached 14, the Ministry of Health said. "
             "In a statement, the ministry said that 8 policemen and 6 civilians lost their lives and 23 were "
             "injured, among them a child aged 4. The ministry's spokesman said that 31 ambulances had transported "
             "the injured to El-Arish General Hospital. The Interior Ministry said security forces killed four of "
             "the attackers, who had used a car bomb and machine guns, and that the search for the remaining "
             "assailants continues.\n"
             "(Source: Al-Ahram Gate website, Cairo, in Arabic 1620 gmt 28 Mar 16)",
        killed=18, injured=23, **minors(children=(0, 1)), attackers_killed=4,
        first=dict(start=date(2016, 3, 28), place=("sheikh zuweid", "north sinai", "sinai"))),
    # --- Al-Sumariyah: "a fighter of the Popular Mobilization was killed and two others were wounded", told twice
    "sumariya_muqdadiyah_ied_pmf": dict(
        published=date(2021, 4, 3), title="PMF fighter killed, two wounded in Diyala blast (in Arabic)",
        text="Text of report by Iraqi Al-Sumariyah TV website\n"
             "Diyala, 3 April: A security source in Diyala province announced today that a fighter of the Popular "
             "Mobilization was killed and two others were wounded in an explosive device blast in Muqdadiyah "
             "district, north-east of Baqubah. The source told Al-Sumariyah News that an explosive device planted by "
             "ISIS remnants exploded at 15:00 today targeting a vehicle of the 24th Brigade of the Popular "
             "Mobilization during a patrol near the village of Abu Karma, killing one fighter and wounding two "
             "others, who were taken to hospital. Security forces cordoned off the area and launched a search for the "
             "perpetrators.\n"
             "(Source: Al-Sumariyah TV website, Baghdad, in Arabic 1340 gmt 3 Apr 21)",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2021, 4, 3), place=("muqdadiyah", "diyala", "abu karma"))),
    # --- Ukrinform: "three people were killed, among them two minors born in 2007 and 2012"; the General Staff's
    # running losses since 24 February 2022 (a summary)
    "ukrinform_kostiantynivka_missile_two_minors": dict(
        published=date(2023, 3, 2), title="Three killed, including two children, in missile strike on Kostiantynivka",
        text="Text of report by Ukrainian news agency Ukrinform\n"
             "As a result of a Russian missile strike on Kostiantynivka on Thursday morning, three people were "
             "killed, among them two minors born in 2007 and 2012, and seven were injured, the head of the Donetsk "
             "regional military administration said. The missile hit a five-storey residential building at around "
             "08:40. Rescuers are still working at the site. Meanwhile, according to the General Staff of the Armed "
             "Forces of Ukraine, the total combat losses of the enemy from 24 February 2022 to 2 March 2023 amounted "
             "to about 151,610 personnel (+760 over the past day) liquidated, 3,430 tanks and 6,750 armoured combat "
             "vehicles.\n"
             "(Source: Ukrinform news agency, Kyiv, in Ukrainian 1005 gmt 2 Mar 23)",
        killed=3, injured=7, **minors(children=(1, 0), teens=(1, 0)),
        first=dict(start=date(2023, 3, 2), place=("kostiantynivka", "kostyantynivka", "konstantinovka"))),
    # --- J&K police: an encounter in Shopian; "34 RR", "92 Base Hospital": 2 killed, 1 hurt (no attackers gold)
    "jk_police_shopian_encounter": dict(
        published=date(2017, 11, 12), title="Two terrorists killed, soldier injured in Shopian encounter",
        text="PRESS NOTE, J&K POLICE\n"
             "Acting on specific input regarding the presence of terrorists in village Awneera of Shopian, a cordon "
             "and search operation was launched by Police, Army's 34 RR and CRPF in the area today. As the search "
             "party approached the suspected spot, the hiding terrorists fired upon them, which was retaliated, "
             "leading to an encounter. In the ensuing encounter, two terrorists were killed and their bodies "
             "retrieved from the site of the encounter. One army soldier received a bullet injury and has been "
             "evacuated to 92 Base Hospital. Incriminating materials including arms and ammunition were recovered "
             "from the site.",
        killed=2, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 11, 12), place=("awneera", "shopian"))),
    # --- Express News (in Urdu): "Two persons were shot dead and another was wounded"; the dead aged 28 and 16
    "express_karachi_orangi_firing": dict(
        published=date(2014, 11, 24), title="Two shot dead, one injured in Orangi Town firing (in Urdu)",
        text="Text of report by Pakistani Express News TV\n"
             "Karachi, 24 November: Two persons were shot dead and another was wounded in an incident of firing in "
             "the Orangi Town area late on Sunday night. According to police, unidentified motorcyclists opened "
             "fire on the three men, who were standing outside a shop near Banaras Chowk, and fled. Edhi volunteers "
             "shifted the bodies and the injured to Abbasi Shaheed Hospital. The deceased were identified as Faisal "
             "(age 28) and Kamran (age 16), while the injured is stated to be in critical condition. Police said the "
             "incident appeared to be a case of targeted killing.\n"
             "(Source: Express News TV, Karachi, in Urdu 0600 gmt 24 Nov 14)",
        killed=2, injured=1, **minors(teens=(1, 0)),
        first=dict(start=date(2014, 11, 23), place=("orangi", "karachi"))),
    # --- APA through Azerbaijan's MoD: "a serviceman ... was killed and two were wounded"
    "apa_kalbajar_serviceman_killed": dict(
        published=date(2021, 8, 20), title="Azerbaijani serviceman killed, two wounded in Kalbajar direction",
        text="Text of report by Azerbaijani news agency APA\n"
             "Baku, 20 August: The Ministry of Defence reports that at 15:30 today, as a result of a provocation by "
             "units of the Armenian armed forces from positions in the direction of the Kalbajar district, a "
             "serviceman of the Azerbaijan Army was killed and two were wounded. The wounded servicemen were "
             "evacuated to a military hospital and their condition is assessed as stable. Units of the Azerbaijan "
             "Army took adequate retaliatory measures, the ministry said.\n"
             "(Source: APA news agency, Baku, in Azeri 1315 gmt 20 Aug 21)",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2021, 8, 20), place=("kalbajar", "kelbajar"))),
}

_IDIOM = "a death told in an army's or a committee's idiom is unread"
_MILITANTS = ("armed men who attacked (terrorists, Maoists, insurgents) and were killed are typed militants, not "
              "attackers")
_BIRTH_YEAR = "a birth year ('born in 2013') is read as the figure's time (a year window) and gives no age"
_AGED = ("a minor told with 'aged N' / '(age N)' after the noun, or inside a subject the grammar does not read, is "
         "unread")
_PLACE = "the scene loses to another place the text names"
XFAIL: dict[tuple[str, str], str] = {
    # attackers: typed militants, or an attacker's casualty in a sentence of its own not added
    ("attackers", "nigerian_army_damboa_attack_repelled"): _IDIOM + ": 'the gallant troops neutralised 12 of the "
        "terrorists' (the attackers) is no death (attackers 0 for 12)",
    ("attackers", "burkina_general_staff_arbinda_attack"): _IDIOM + ": 'to repel the assailants and to neutralise "
        "about forty of them' is no death (attackers 0 for 40)",
    ("attackers", "ispr_mir_ali_check_post_attack"): _MILITANTS + ": 'terrorists attacked a security forces' check "
        "post ... 4 terrorists were killed' (attackers 0 for 4; killed 4 counted)",
    ("attackers", "bastar_police_gangaloor_ambush"): _MILITANTS + ": '... was ambushed by armed Maoists ... The bodies "
        "of two Maoists, including a woman cadre, were recovered' (attackers 0 for 2)",
    ("attackers", "noticias_macomia_chai_insurgents"): _MILITANTS + ": 'the insurgents had attacked the village ... "
        "the bodies of the seven insurgents were left in the bush' (attackers 0 for 7)",
    ("killed", "noticias_macomia_chai_insurgents"): "the attackers' dead told in a sentence of their own ('the bodies "
        "of the seven insurgents were left in the bush') are not added to the forces' dead of another sentence ('one "
        "member of the FDS lost his life'): the largest sentence total (killed 7 for 8)",
    ("injured", "israel_police_lions_gate_stabbing"): "the attacker wounded in a sentence of his own ('Border Police "
        "officers ... shot the terrorist, who was wounded and taken into custody') is one of the people, not added to "
        "'stabbed two people' (injured 2 for 3)",
    ("attackers_injured", "israel_police_lions_gate_stabbing"): "'shot the terrorist, who was wounded and taken into "
        "custody' is typed people, and not added (attackers injured 0 for 1)",
    # deaths in official idiom
    ("killed", "nigerian_army_damboa_attack_repelled"): _IDIOM + ": 'neutralised 12 of the terrorists' and 'one "
        "soldier paid the supreme price' (killed 0 for 13; only 'three others sustained injuries' is read)",
    ("killed", "burkina_general_staff_arbinda_attack"): _IDIOM + ": 'to neutralise about forty of them' and 'four "
        "soldiers and two Volunteers for the Defence of the Homeland (VDP) fell on the field of honour' (killed 0 for "
        "46)",
    ("killed", "ispr_mir_ali_check_post_attack"): _IDIOM + ": '2 soldiers, Naik Zahid Gul (age 31 years, ...) and "
        "Sepoy ..., having fought gallantly, embraced shahadat' (also the bare '2 soldiers embraced shahadat'); the "
        "title's '2 soldiers martyred' is a sentence of its own, the body's 4 terrorists the largest (killed 4 for 6)",
    ("killed", "bastar_police_gangaloor_ambush"): _IDIOM + ": 'five jawans attained martyrdom and 12 others were "
        "injured' takes the injured verb for the five; the title's 5 is the largest sentence total (killed 5 for 7)",
    # minors
    ("minors", "express_karachi_orangi_firing"): _AGED + ": 'The deceased were identified as Faisal (age 28) and "
        "Kamran (age 16)' (teens killed 0 for 1)",
    ("minors", "israel_police_lions_gate_stabbing"): _AGED + ": 'paramedics treated a 41-year-old man who ... and a "
        "youth aged 16 who was lightly injured in his hand' (teens injured 0 for 1)",
    ("minors", "ispr_mir_ali_check_post_attack"): _AGED + ": '3 civilians, including a child, who were passing by the "
        "post were injured' (a relative clause between subject and verb; children injured 0 for 1)",
    ("minors", "jk_police_sopore_grenade_naka"): _AGED + ": 'two CRPF personnel and three civilians including a "
        "10-year-old girl received splinter injuries' is unread; the title's 'Five injured' gives the 5 (children "
        "injured 0 for 1)",
    ("minors", "punjab_police_sheikhupura_enmity_firing"): "an age in brackets after a name ('his son Usman (age 15 "
        "years)') is given to the man who 'died on the spot' (teens killed 1 for 0)",
    # birth years
    ("minors", "ukrinform_kostiantynivka_missile_two_minors"): _BIRTH_YEAR + ": the two minors born in 2007 and 2012 "
        "are a summary without ages; the title's 'including two children' stands (children killed 2 for 1, teens 0 "
        "for 1)",
    ("minors", "interfax_crimea_mirnoye_drone"): _BIRTH_YEAR + ": 'Two minors were injured: a boy born in 2013 and a "
        "girl born in 2008' is a summary without ages; the title's 'two children injured' stands (children injured 2 "
        "for 1, teens 0 for 1)",
    # a period tally kept, the article's own incident set apart
    ("killed", "ariana_helmand_mine_two_children_plus_mod_tally"): "a ministry's tally 'in operations ... in Helmand, "
        "Kandahar and Uruzgan provinces over the past 24 hours' is kept, and the incident told after 'Separately,' "
        "is set apart as a summary (killed 37 for 2)",
    ("injured", "ariana_helmand_mine_two_children_plus_mod_tally"): "the 24-hour tally's '14 others wounded' kept, "
        "'Separately, ... three other civilians wounded' set apart (injured 14 for 3)",
    ("place", "ariana_helmand_mine_two_children_plus_mod_tally"): "the first counted claim is the 24-hour tally's, "
        "placed in Kandahar",
    # things and organisations read as people; a vague word over a later numeral
    ("killed", "tolo_kabul_magnetic_bomb_ministry_staff"): "an organisation's name with 'and' in the victims' noun "
        "phrase ('Two employees of the Ministry of Mines and Petroleum were killed') gives a second victim (killed 3 "
        "for 2)",
    ("injured", "sudan_doctors_committee_omdurman_processions"): "'the number of injuries counted in the hospitals of "
        "the capital had reached 43' is unread, so the vague 'causing dozens of injuries' (24) stands (injured 24 for "
        "43)",
    # places
    ("place", "wafa_khan_younis_march_boy_13"): _PLACE + ": the dateline's 'Gaza, 13 July:' over 'east of the city of "
        "Khan Younis in the southern Gaza Strip' in the figure's sentence (Gaza)",
    ("place", "apa_kalbajar_serviceman_killed"): _PLACE + ": the dateline's 'Baku, 20 August:' over 'in the direction "
        "of the Kalbajar district' (Baku)",
    ("place", "ukrinform_nikopol_artillery"): _PLACE + ": a quotation's figure takes the last place before it, the "
        "speaker's 'Dnipropetrovsk regional military administration', not 'shelled Nikopol' (Dnipro)",
    ("place", "ukrinform_kostiantynivka_missile_two_minors"): _PLACE + ": the speaker's 'Donetsk regional military "
        "administration' in the figure's sentence over 'a Russian missile strike on Kostiantynivka' (the city of "
        "Donetsk)",
    ("place", "sumariya_muqdadiyah_ied_pmf"): _PLACE + ": the distance landmark of 'in Muqdadiyah district, "
        "north-east of Baqubah' (Baqubah)",
    ("place", "dan_donetsk_kyivskyi_teen_born_2001"): _PLACE + ": the bracket '07:20 [Moscow time, 0420 gmt]' read as "
        "a place (Moscow)",
    ("place", "jk_police_sopore_grenade_naka"): "the body's figure unread (see minors), the title's 'Five injured in "
        "grenade attack in Sopore' has no place",
    ("place", "punjab_police_sheikhupura_enmity_firing"): "a name with a bracketed age ('Usman (age 15 years) and "
        "cousin Imran') read as the place (\"Usman'\")",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_ABBREVIATIONS = re.compile(r"\b(?:a\.m|p\.m|No|St|Dr|Mr|U\.S)\.")
_CONTROLS = {"dsns_zaporizhzhia_shelling_fire_no_casualties", "ispr_bajaur_cross_border_fire_no_loss",
             "kenya_police_turkana_cattle_raid_no_casualties", "ria_bryansk_drones_shot_down_no_casualties"}


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) == 39
    SET.check_years(range(2014, 2024))
    assert {field for field, _ in XFAIL} <= {"killed", "injured", "minors", "attackers", "attackers_injured", "dates",
                                             "place"}
    assert {case for _, case in XFAIL} <= set(CASES)
    assert SET.minor_victim_cases() >= 15
    assert sum("attackers_killed" in spec for spec in CASES.values()) >= 8
    SET.check_figures_fit()
    for case, spec in CASES.items():
        assert 3 <= sentences_in(spec["text"], _ABBREVIATIONS) <= 12, (case, sentences_in(spec["text"], _ABBREVIATIONS))
        assert ("first" in spec) == (case not in _CONTROLS), case
        assert (spec["killed"] + spec["injured"] > 0) == (case not in _CONTROLS), case
        if "start" in spec.get("first", {}):
            assert 0 <= (spec["published"] - spec["first"]["start"]).days <= 4, case


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_attackers_injured = SET.attackers_injured_test()
