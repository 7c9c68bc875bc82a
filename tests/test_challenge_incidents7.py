"""Seventh challenge set: reconciliation across international wire and press reports. Twenty invented incidents of
2014-2020 outside the US (bombings, shellings, air strikes, village massacres and two mass shootings), each told by
one to five invented reports of AFP, Reuters, AP, Xinhua, Anadolu, dpa, papers that reprint them, and local outlets
(Dawn, the Kabul Times, Premium Times, Al Jazeera English), written before the pipeline was run on them. Places,
agencies, hospitals and armed groups are real; every incident, person and sentence is invented, none is taken from the
development data or from another challenge set. It uses the first set's harness (tests/challenge_harness.py,
IncidentSet).

The gold is what a careful coder records for each incident from all its reports under docs/conventions.md: the day
the incident happened (a raid "late on Saturday" reported on Sunday is Saturday's); the latest credible toll as best
(a toll that rises over three days, a wounded victim who died later, with the wounded losing as many); attackers
whose deaths the text states are among the dead (two suicide bombers who "also died", two ambushers shot dead), as
ACLED, UCDP and the GTD count them; children 0-11, teens 12-17. Where two named parties give figures for the same dead
in one report ("Article totals" 2a: the defence ministry's 30 Taliban and the villagers' 17 civilians; the health
ministry's nine and the Syrian Observatory's 14) the authorities' figure is the best and the incident is contested;
an armed group's claim of its own kill (al-Shabaab's 12) is set aside the same way and marks the incident contested;
a government toll revised down below an earlier report's floor (40, then 28) is the best and the incident contested
("Incidents": a later report below an earlier floor with no deaths to explain it). Where conventions.md is silent I
followed what a careful human coder of such a dataset records: independent sources are the outlets that reported
(docs/warehouse.md's n_independent_sources), an agency's copy reprinted verbatim or lightly edited by a paper counting
as the agency's, and an agency's stories of several days counting once; the grade is docs/warehouse.md's (contested,
else corroborated with two or more independent sources, else single-source). The children of a toll are the
children the reports name in it (Kabul's "four children under the age of ten and two boys aged 14 and 15"; Quetta's
"at least three children", told only by the last report); minors told only vaguely ("children ... were among the
dead", "six minors") are given their numbers by the reports that count them.

What the set covers: a market bombing in Quetta whose toll rises from "at least 12" (AFP, reprinted by two papers) to
19 (Dawn, the wounded dying) and 31 (Reuters, bodies pulled from a collapsed building); a Mogadishu car bomb put at
"at least 40" by a police officer and at 28 by the government and the health ministry the next day ("some bodies had
been counted twice"); an air strike in Kunduz with the defence ministry's 30 Taliban and the villagers' 17 civilians
in one Reuters sentence, and the villagers' protest with the bodies two days on; rebel mortars on Damascus with the
health ministry's nine and the Syrian Observatory's 14, reported from Beirut; two bombings in Baghdad on one day, a
market in Sadr City in the morning and an army checkpoint in Dora at night, each report of one recalling the other;
the town of Monguno hit twice three weeks apart (two women bombers at a mosque, then mortars on a camp of displaced
people), the later report recalling the first by its date and its ward; a car bomb in Diyarbakir named a week later
only as "the Sept. 22 car bomb attack in Diyarbakir", with a shopkeeper's death in hospital; a Kabul mosque bombing
on a Friday whose toll rises the next day with four of the wounded dying, and an Afghan week's round-up (ROUNDUPS,
left out of the checks as in the first set) that tells it beside the Kunduz strike, a minibus bomb in Jalalabad and a
Helmand attack outside the set; reports filed from another city (Kano, Maiduguri, Beirut, Dubai, Goma, Abidjan,
Nairobi, Peshawar, Istanbul, Kiev, Rio de Janeiro); a coalition air strike in Hajjah that the coalition says hit
fighters (no figure against the medics'); a shelled Donetsk district; a village massacre near Beni whose toll rises
as bodies are found in the fields; a livestock market in Soum province; a bandit raid in Zamfara; a street party in
Salvador told only by one Reuters story and its reprint; a bar in Salamanca, Guanajuato, attacked late on a
Saturday, AP's story reprinted with small edits and a tenth death two days on; a bus bomb in Kohat with three
children among the wounded; an al-Shabaab ambush near Elwak.

First run (frozen worktree of c8d4801, before any fix; extractor 0.24.0), passing / checked: together 20/20, apart
14/20, killed 14/20, injured 15/20, children killed 18/20, children injured 19/20, teens killed 19/20, teens injured
20/20, date 18/20, independent sources 6/12, grade 9/12; B-cubed precision 0.871, recall 1.000, F1 0.931. No text or
gold was changed after the run. The 32 failures are strict xfails with their class (XFAIL):
- merges (17 of them): the two Baghdad bombings of one day (each report telling or recalling the other), Monguno's
  two attacks three weeks apart (the camp report's background sentence dating its title Feb. 12 and sharing the
  ward's and the hospital's names), and the Afghan round-up gluing the Kabul mosque to the Jalalabad minibus; each
  merged incident takes one member's day, figures and sources;
- running tolls: the cause of the rise added to it ("has risen to 31 ... after rescuers pulled 12 more bodies": 43),
  the earlier figure of a revision downward read as the toll ("at 28, well below the figure of at least 40": 40);
- parties: the monitor's figure told in a sentence of its own or recalled ("had put the death toll at 14") taken as
  the report's toll beside the ministry's nine; the villagers' "put their number at 17" unread (no dispute);
  a background line of the agency ("more than 600 security personnel have been martyred") read as the attack's dead;
- wire copies: a paper's copy of AFP's or AP's story without the agency's dateline credit (signed "- AFP", "The
  Associated Press") counted as an outlet of its own, and their votes outnumbering the later reports' wounded; one
  agency's two stories a week apart counted twice;
- minors: "Four children under the age of ten and two boys aged 14 and 15 are among the dead", "The injured, among
  them three children and two women, were taken to ..." unread, Xinhua's "Three children ... were among the injured"
  dropped by the row rules; a late death that leaves the wounded at their earlier count (43 for 42).

After the 0.24.0 fixes (docs/conventions.md, "Sources" and "Incidents"): more bodies after a risen toll are inside it
(Quetta killed), an agency's copies count once however credited (Quetta's copies signed "- AFP", Anadolu's two
stories): killed 15/20, independent sources 8/12; Kabul's "two boys aged 14 and 15 are among the dead" is read (the
merged incident's vote still gives 0). The rest stay strict xfails with their class.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # --- a market bombing whose toll rises over three days: 'at least 12' (AFP, and two papers reprinting its story),
    # 19 the next day as the wounded die (Dawn), 31 as bodies are pulled from a collapsed building (Reuters); the
    # children told only by the last report ---------------------------------------------------------------------------
    "quetta_hazarganji_market": incident("2018-10-09", 31, 47, {
        "qta-1": article(
            "Bomb tears through Quetta market, killing 12", "2018-10-09",
            "QUETTA, Pakistan (AFP) - A bomb hidden on a motorcycle tore through a crowded fruit and vegetable market "
            "in the southwestern Pakistani city of Quetta on Tuesday, killing at least 12 people and wounding 30 "
            "others, officials said.\n\nThe blast struck the Hazarganji market on the city's southern edge shortly "
            "after 7:30 am, as labourers were unloading produce from trucks that had arrived overnight from Sindh, "
            "senior police officer Ghulam Sarwar Jamali told AFP.\n\n\"The explosives were fitted to a motorcycle "
            "parked beside the apple stalls,\" Jamali said, adding that initial investigations suggested around six "
            "kilogrammes of explosives had been used.\n\nWasim Khan Baloch, a spokesman for the provincial health "
            "department, said the wounded had been taken to the Civil Hospital and the Bolan Medical Complex, and that "
            "several were in critical condition.\n\nNo group immediately claimed responsibility for the attack. Many "
            "of the market's traders belong to the Shiite Hazara minority, which has been targeted repeatedly by "
            "Sunni militants.\n\nBalochistan, Pakistan's largest and poorest province, is rich in gas and minerals "
            "and has been hit for years by a separatist insurgency as well as Islamist violence."),
        "qta-2": article(
            "12 killed as blast rips through Quetta's Hazarganji market", "2018-10-09",
            "QUETTA: A bomb hidden on a motorcycle tore through a crowded fruit and vegetable market in the "
            "southwestern Pakistani city of Quetta on Tuesday, killing at least 12 people and wounding 30 others, "
            "officials said.\n\nThe blast struck the Hazarganji market on the city's southern edge shortly after 7:30 "
            "am, as labourers were unloading produce from trucks that had arrived overnight from Sindh, senior police "
            "officer Ghulam Sarwar Jamali told AFP.\n\n\"The explosives were fitted to a motorcycle parked beside the "
            "apple stalls,\" Jamali said, adding that initial investigations suggested around six kilogrammes of "
            "explosives had been used.\n\nWasim Khan Baloch, a spokesman for the provincial health department, said "
            "the wounded had been taken to the Civil Hospital and the Bolan Medical Complex, and that several were in "
            "critical condition.\n\nNo group immediately claimed responsibility for the attack. Many of the market's "
            "traders belong to the Shiite Hazara minority, which has been targeted repeatedly by Sunni militants.\n\n"
            "- AFP"),
        "qta-3": article(
            "Pakistan: Motorcycle bomb kills 12 at Quetta market", "2018-10-10",
            "Quetta: At least 12 people were killed and 30 others wounded on Tuesday when a bomb hidden on a "
            "motorcycle tore through a crowded fruit and vegetable market in the southwestern Pakistani city of "
            "Quetta, officials said.\n\nThe blast struck the Hazarganji market shortly after 7.30am, as labourers were "
            "unloading produce from trucks that had arrived overnight from Sindh, senior police officer Ghulam Sarwar "
            "Jamali said.\n\n\"The explosives were fitted to a motorcycle parked beside the apple stalls,\" Jamali "
            "said.\n\nThe wounded were taken to the Civil Hospital and the Bolan Medical Complex, where several were "
            "in critical condition, a provincial health department spokesman said.\n\nNo group immediately claimed "
            "responsibility. Many of the market's traders belong to the Shiite Hazara minority, which has been "
            "targeted repeatedly by Sunni militants.\n\n- AFP"),
        "qta-4": article(
            "Hazarganji blast death toll rises to 19", "2018-10-11",
            "QUETTA: The death toll from Tuesday's bomb blast in the Hazarganji fruit and vegetable market rose to 19 "
            "on Wednesday as seven of the critically injured succumbed to their wounds at the Bolan Medical Complex "
            "and the Combined Military Hospital.\n\nHealth department officials said 41 injured people were still "
            "under treatment at different hospitals of the city, and that the condition of at least nine of them was "
            "serious.\n\nThe bodies of most of the victims were handed over to their families after legal "
            "formalities. Traders kept the market closed on Wednesday to mourn the dead and to protest against what "
            "they called the government's failure to protect them.\n\nA senior official of the provincial home "
            "department told reporters at the site that a case had been registered against unidentified militants at "
            "the Hazarganji police station and that the Counter-Terrorism Department had taken over the "
            "investigation.\n\n\"We have found important clues in the CCTV footage of a nearby petrol pump,\" the "
            "official said, requesting anonymity.\n\nPublished in Dawn, October 11th, 2018"),
        "qta-5": article(
            "Toll from Pakistan market bombing climbs to 31 as bodies pulled from rubble", "2018-10-12",
            "QUETTA, Pakistan (Reuters) - The death toll from a bombing at a wholesale market in the Pakistani city of "
            "Quetta has risen to 31, a provincial government spokesman said on Friday, after rescuers pulled 12 more "
            "bodies from the rubble of a storage building that collapsed in the blast.\n\nTuesday's explosion at the "
            "Hazarganji market also wounded 47 people, spokesman Anwar Kakar said.\n\nAt least three children were "
            "among the dead, a doctor at the Bolan Medical Complex said, including a five-year-old boy who had come "
            "to the market with his father.\n\nRescue workers had been digging since Tuesday through the wreckage of "
            "the two-storey building, which housed cold storage units, and on Thursday night found the bodies of "
            "porters who had been sleeping inside, officials said.\n\nThe Islamic State group claimed the attack in a "
            "statement carried by its Amaq news agency, but provided no evidence. Police said they were also "
            "investigating whether a local sectarian group was behind it.\n\nQuetta, the capital of Baluchistan "
            "province, has seen scores of attacks on its Shi'ite Hazara community over the past decade."),
    }, children=(3, 0)),
    # --- a car bomb put at 'at least 40' dead by a police officer on the day, at 28 by the government and the health
    # ministry the next day ('some bodies had been counted twice'): revised down, contested ----------------------------
    "mogadishu_afgoye_checkpoint": incident("2019-09-25", 28, 51, {
        "mog-1": article(
            "At least 40 killed in Mogadishu car bomb blast", "2019-09-25",
            "MOGADISHU, Sept. 25 (Xinhua) -- At least 40 people were killed and 52 others injured on Wednesday when a "
            "car laden with explosives went off near a busy security checkpoint on the outskirts of the Somali "
            "capital, Mogadishu, a police officer said.\n\nAbdullahi Nur, a police officer at the scene, told Xinhua "
            "that the vehicle exploded at around 11:00 a.m. local time near the Ex-Control Afgoye checkpoint, where "
            "minibuses and trucks queue to be searched before entering the city.\n\n\"Most of the dead are "
            "passengers of minibuses and traders who sell tea and food to the drivers. The number may go up,\" Nur "
            "said.\n\nWitnesses said the blast destroyed several vehicles and set fire to shops along the road.\n\n"
            "The al-Qaida-allied al-Shabab militant group, which has been fighting the Somali government for over a "
            "decade, claimed responsibility for the attack through its Andalus radio station."),
        "mog-2": article(
            "Somalia revises Mogadishu car bomb toll down to 28", "2019-09-26",
            "MOGADISHU (Reuters) - Somalia's government said on Thursday that 28 people were killed in Wednesday's car "
            "bombing at a checkpoint on the western edge of Mogadishu, revising down a toll of 40 given by a police "
            "officer shortly after the blast.\n\nDeputy Information Minister Farhan Ali Warsame told reporters that "
            "some bodies had been counted twice after they were moved between the city's Madina and Erdogan "
            "hospitals.\n\n\"We have confirmed 28 dead and 51 wounded. We have given the families the names of every "
            "one of them,\" Warsame said.\n\nThe bomb exploded next to a line of minibuses waiting at the Ex-Control "
            "Afgoye checkpoint in the late morning. Al Shabaab, which wants to overthrow Somalia's Western-backed "
            "central government and impose its own strict interpretation of Islamic law, said it was behind the "
            "attack.\n\nThe group frequently carries out bombings in Mogadishu and elsewhere in Somalia."),
        "mog-3": article(
            "Somalia: Mogadishu car bomb toll revised to 28", "2019-09-26",
            "Somalia's health ministry has put the number of people killed in Wednesday's car bomb attack in the "
            "capital, Mogadishu, at 28, well below the figure of at least 40 dead given by police hours after the "
            "explosion.\n\nA ministry statement on Thursday said 51 people were wounded in the blast near the "
            "Ex-Control Afgoye checkpoint, 11 of whom were in a critical condition at Madina hospital.\n\nAbdirashid "
            "Mohamed, whose brother drove one of the minibuses hit by the blast, said he had searched three hospitals "
            "before he found his brother's body. \"The smoke was black. People were screaming for help and nobody "
            "could reach them,\" he told Al Jazeera.\n\nAl-Shabab, which was driven out of Mogadishu in 2011 but "
            "still controls parts of rural southern and central Somalia, claimed responsibility.\n\nThe armed group "
            "has carried out dozens of attacks in the capital, including a truck bombing in October 2017 that killed "
            "more than 500 people."),
    }),
    # --- an air strike: the defence ministry's 30 Taliban against the villagers' 17 civilians in one sentence (the
    # authorities' figure kept, contested); the state paper gives the ministry's alone; the protest two days on ------
    "kunduz_chahar_dara_airstrike": incident("2019-11-10", 30, 0, {
        "kdz-1": article(
            "30 Taliban killed in Kunduz air strikes: MoD", "2019-11-11",
            "KABUL: At least 30 Taliban insurgents were killed when Afghan Air Force aircraft struck their hideouts in "
            "Chahar Dara district of northern Kunduz province on Sunday, the Ministry of Defense (MoD) said.\n\nA "
            "Taliban shadow district governor and two of the group's local commanders were among those killed, the "
            "MoD said in a statement, adding that a large cache of weapons and ammunition was also destroyed in the "
            "strikes.\n\n\"No civilians were harmed in the operation,\" the statement said.\n\nSecurity officials "
            "said the insurgents had gathered in the Gul Tepa area to plan attacks on security checkposts along the "
            "Kunduz-Baghlan highway.\n\nThe Taliban have not commented on the report.\n\nKunduz has seen heavy "
            "fighting in recent months, and the insurgents twice overran the provincial capital in 2015 and 2016."),
        "kdz-2": article(
            "Afghan air strike killed 30 Taliban, ministry says; villagers say dead were civilians", "2019-11-11",
            "KABUL (Reuters) - An Afghan air force strike in the northern province of Kunduz killed 30 Taliban "
            "fighters on Sunday, the defence ministry said, but residents and a provincial council member said the "
            "dead were civilians who had gathered at a house for funeral prayers, and put their number at 17.\n\n"
            "\"The planes hit the house while the mourners were sitting on the floor. I pulled out the bodies of two "
            "of my cousins,\" said Abdul Qadir, a farmer from the Gul Tepa area of Chahar Dara district, reached by "
            "telephone.\n\nGhulam Rabbani Hashimi, a member of the Kunduz provincial council, said the victims were "
            "relatives and neighbours of a village elder who had died the day before. \"There were no Taliban in "
            "that house,\" he said.\n\nThe defence ministry said in a statement that a Taliban shadow district "
            "governor was among those killed and that no civilians had been harmed.\n\nThe United Nations Assistance "
            "Mission in Afghanistan (UNAMA) said it was aware of the reports and was gathering information.\n\n"
            "Civilian casualties caused by air strikes have risen sharply this year as U.S. and Afghan forces step up "
            "operations against the Taliban."),
        "kdz-3": article(
            "Afghan villagers carry bodies to governor's office, say airstrike killed civilians", "2019-11-12",
            "KUNDUZ, Afghanistan (AP) — Dozens of villagers from northern Kunduz province carried the bodies of their "
            "relatives to the provincial governor's office on Tuesday, saying they were civilians killed in an "
            "airstrike that the Afghan government says killed 30 Taliban insurgents.\n\nThe protesters laid 17 "
            "bodies wrapped in blankets outside the gate of the compound in Kunduz city and demanded an investigation "
            "into Sunday's strike in the Chahar Dara district.\n\n\"These are farmers and laborers. Look at their "
            "hands,\" said Mohammad Nabi, who said he had lost his brother and a nephew.\n\nA spokesman for the "
            "provincial governor, Nasrat Haqmal, said a delegation had been sent to the area and that anyone found "
            "responsible for harming civilians would be held to account.\n\nThe Defense Ministry stood by its account "
            "on Tuesday, saying those killed were Taliban fighters who had been planning attacks in the province. The "
            "Taliban, who rarely acknowledge their losses, said in a statement that the dead were civilians."),
    }),
    # --- rebel mortars on two Damascus districts: the health ministry's nine against the Syrian Observatory's 14 in
    # one AFP report filed from Beirut (the ministry's kept, contested); the monitor's figure recalled by dpa ---------
    "damascus_qassaa_mortars": incident("2017-11-07", 9, 31, {
        "dam-1": article(
            "9 killed, 31 wounded in rebel shelling on Damascus", "2017-11-07",
            "DAMASCUS, Nov. 7 (Xinhua) -- Nine people were killed and 31 others wounded on Tuesday as rebels fired a "
            "barrage of mortar shells on residential neighborhoods in the Syrian capital Damascus, state news agency "
            "SANA reported.\n\nThe shells slammed into the al-Qassaa and Bab Touma neighborhoods in the east of the "
            "capital during the morning rush hour, SANA said, citing a statement by the Health Ministry.\n\nA Xinhua "
            "reporter in al-Qassaa saw shattered car windows and blood stains on the pavement outside a bakery.\n\n"
            "SANA said the shells were fired by rebels holed up in the nearby Eastern Ghouta countryside, which has "
            "been under a government siege since 2013.\n\nDamascus has been spared much of the destruction seen "
            "elsewhere in Syria, but its eastern districts often come under mortar fire."),
        "dam-2": article(
            "Rebel fire kills nine in Syrian capital: ministry", "2017-11-07",
            "BEIRUT (AFP) - Rebel rocket and mortar fire on the Syrian capital killed nine civilians on Tuesday, the "
            "health ministry said, while a war monitor put the toll at 14.\n\nThe ministry said 31 people were wounded "
            "when shells hit the Christian-majority districts of al-Qassaa and Bab Touma.\n\nThe Syrian Observatory "
            "for Human Rights, a Britain-based monitor with a network of sources inside Syria, said 14 civilians had "
            "been killed and that the toll could rise because several of the wounded were in serious condition.\n\n"
            "The fire came from Eastern Ghouta, the last major opposition bastion near Damascus, where regime air "
            "strikes killed four civilians on Tuesday, according to the Observatory.\n\nSome 400,000 people live "
            "under a crippling government siege in Eastern Ghouta, where the UN says food and medicine are running "
            "out.\n\nMore than 340,000 people have been killed since Syria's conflict erupted in 2011 with the "
            "brutal repression of anti-government protests."),
        "dam-3": article(
            "Mourners in Damascus bury victims of rebel shelling", "2017-11-08",
            "Damascus (dpa) - Hundreds of mourners gathered at a church in the old city of Damascus on Wednesday for "
            "the funerals of five of the nine people killed a day earlier when rebel mortar shells struck two eastern "
            "districts of the Syrian capital.\n\nPallbearers carried the coffins through the narrow streets of Bab "
            "Touma as church bells rang and women threw rice from balconies.\n\nAccording to the Syrian Health "
            "Ministry, 31 people were also wounded in Tuesday's shelling of al-Qassaa and Bab Touma, among them a "
            "priest.\n\nSyrian state television blamed \"terrorists\" in Eastern Ghouta, the term the government "
            "uses for all armed rebel groups.\n\nThe Britain-based Syrian Observatory for Human Rights had put the "
            "death toll at 14."),
    }),
    # --- two bombings in Baghdad on one day, apart: a car bomb at a Sadr City market in the morning (23, AP's 'at
    # least 23', 26 the next day as three of the wounded die) and a suicide car bomber at a Dora checkpoint at night;
    # AP's market story tells the checkpoint in its last paragraphs, AFP's checkpoint story recalls the market -------
    "baghdad_sadr_city_market": incident("2015-10-20", 26, 48, {
        "bsc-1": article(
            "Car bomb kills 23 in Baghdad's Sadr City market", "2015-10-20",
            "BAGHDAD (Reuters) - A car bomb exploded in a crowded market in Baghdad's mainly Shi'ite Sadr City "
            "district on Tuesday morning, killing 23 people and wounding 51, police and medical sources said.\n\nThe "
            "explosives-laden car was parked among vegetable stalls at the entrance to the Jameela wholesale market, "
            "where traders from across eastern Baghdad buy produce, a police officer at the scene said.\n\nIslamic "
            "State claimed responsibility in a statement posted online by its supporters, saying it had targeted a "
            "gathering of \"rejectionists\", a derogatory term the Sunni militants use for Shi'ites. The statement's "
            "authenticity could not be verified.\n\nSecurity forces sealed off the area as ambulances ferried the "
            "wounded to the Imam Ali hospital and other hospitals in the district.\n\nSadr City, a sprawling "
            "district of around two million people, has been hit repeatedly by bombings since 2003."),
        "bsc-2": article(
            "Iraq: Car bomb at Baghdad market kills at least 23", "2015-10-20",
            "BAGHDAD (AP) — A parked car bomb tore through an outdoor market in a Shiite district of Baghdad on "
            "Tuesday, killing at least 23 people and wounding more than 40, Iraqi officials said.\n\nThe blast in "
            "Sadr City went off at about 9 a.m. as shoppers and traders crowded the Jameela market, a police officer "
            "said. Two medical officials confirmed the casualty figures. All spoke on condition of anonymity because "
            "they were not authorized to brief journalists.\n\nThe Islamic State group claimed the attack in an "
            "online statement.\n\nLater Tuesday, a suicide car bomber struck an army checkpoint in the southern Dora "
            "neighborhood, killing seven people, including five soldiers, police said.\n\nIraqi forces, backed by "
            "U.S.-led airstrikes, are fighting to retake territory the extremists captured in the country's north and "
            "west last year. The militants have also carried out frequent bombings in Baghdad."),
        "bsc-3": article(
            "Death toll from Baghdad market car bombing rises to 26", "2015-10-21",
            "BAGHDAD, Oct. 21 (Xinhua) -- The death toll from Tuesday's car bomb attack on a busy market in Baghdad's "
            "Sadr City rose to 26, as three of the wounded died of their injuries overnight, a police source said on "
            "Wednesday.\n\nThe other 48 wounded were still being treated at hospitals in the district, some of them "
            "in serious condition, the source told Xinhua on condition of anonymity.\n\nThe explosion ripped through "
            "the Jameela market at the peak of the morning trade on Tuesday, destroying dozens of stalls and setting "
            "several vehicles on fire.\n\nIraq has been witnessing a wave of violence since the Islamic State (IS) "
            "militants overran parts of the country's north and west in June 2014."),
    }),
    "baghdad_dora_checkpoint": incident("2015-10-20", 7, 14, {
        "bdo-1": article(
            "Suicide car bomb kills 7 at Baghdad army checkpoint", "2015-10-20",
            "BAGHDAD (AA) – Seven people, including five Iraqi soldiers, were killed and 14 others injured on Tuesday "
            "evening when a suicide bomber drove a car packed with explosives into an army checkpoint in southern "
            "Baghdad, a police officer said.\n\nThe attack took place at around 7 p.m. local time (1600GMT) on the "
            "road leading to the Dora oil refinery, a police captain told Anadolu Agency, asking not to be named due "
            "to restrictions on speaking to the media.\n\nTwo civilians who were waiting in their cars to pass "
            "through the checkpoint were among the dead, he added.\n\nNo group has so far claimed responsibility for "
            "the attack, but the Daesh terrorist group has carried out similar attacks in the capital."),
        "bdo-2": article(
            "Suicide bomber kills five soldiers, two civilians in Baghdad", "2015-10-21",
            "BAGHDAD (AFP) - A suicide bomber driving an explosives-packed car struck an army checkpoint in south "
            "Baghdad late on Tuesday, killing five soldiers and two civilians, security and medical officials said on "
            "Wednesday.\n\nFourteen people were wounded in the attack in the Dora district, an army colonel and a "
            "doctor at the nearby Yarmuk hospital said.\n\nThe bombing came hours after a car bomb ripped through a "
            "market in the Shiite district of Sadr City in northeast Baghdad, killing more than 20 people in an "
            "attack claimed by the Islamic State jihadist group.\n\nIS, which controls large parts of western and "
            "northern Iraq, regularly claims bombings against security forces and Shiite civilians in the capital."),
    }),
    # --- Monguno attacked twice three weeks apart: two women bombers at a mosque (11 worshippers, and the bombers,
    # whose deaths the reports state), then mortars on a camp of displaced people, whose later report recalls the
    # mosque by its date and its ward ----------------------------------------------------------------------------------
    "monguno_mosque_bombing": incident("2019-02-12", 13, 17, {
        "mgm-1": article(
            "Female suicide bombers kill 11 in Nigeria mosque", "2019-02-12",
            "KANO, Nigeria (AFP) - Two female suicide bombers blew themselves up in a mosque during dawn prayers in "
            "the restive northeast Nigerian town of Monguno on Tuesday, killing 11 worshippers, a militia leader and "
            "residents said.\n\n\"The two women walked into the mosque shortly after the prayer started and "
            "detonated their explosives almost at the same time,\" Umar Kachalla, a leader of the civilian militia "
            "fighting alongside the military, told AFP.\n\n\"We recovered 11 bodies, not including the two bombers, "
            "and 17 people were injured,\" he said.\n\nResident Ali Modu, who lives near the mosque in the town's "
            "Gana Ward, said he had helped to carry the wounded to the general hospital.\n\nNo group has claimed "
            "responsibility, but the attack bore the hallmarks of the Boko Haram jihadist group, which has frequently "
            "used women and young girls as suicide bombers.\n\nMonguno, 135 kilometres (85 miles) from the Borno "
            "state capital Maiduguri, hosts a large military base and tens of thousands of people displaced by the "
            "decade-long insurgency."),
        "mgm-2": article(
            "Boko Haram: 13 dead as suicide bombers hit Monguno mosque", "2019-02-13",
            "Eleven worshippers and the two suicide bombers died when explosions ripped through a mosque in Monguno, "
            "Borno State, on Tuesday morning.\n\nThe bombers, both women, entered the mosque in Gana Ward as "
            "worshippers were observing the Subhi (dawn) prayer, a member of the Civilian Joint Task Force (CJTF) told "
            "PREMIUM TIMES by telephone.\n\n\"The first one detonated inside, near the front row. The second one "
            "waited by the door and exploded when people were running out,\" said the CJTF member, who asked not to "
            "be named because he was not authorised to speak to the press.\n\nThe Borno State Emergency Management "
            "Agency (SEMA) said 17 injured persons were taken to the Monguno General Hospital, and that four of them "
            "had been airlifted to Maiduguri for further treatment.\n\nThe army has not commented on the attack.\n\n"
            "Monguno has been a target of repeated attacks by Boko Haram and its breakaway faction, the Islamic State "
            "West Africa Province (ISWAP)."),
        "mgm-3": article(
            "11 killed in suicide bombings at mosque in NE Nigeria", "2019-02-12",
            "MAIDUGURI, Nigeria, Feb. 12 (Xinhua) -- At least 11 people were killed and 17 others injured on Tuesday "
            "when two suicide bombers attacked a mosque in Monguno, a town in Nigeria's northeastern state of Borno, "
            "police said.\n\nJoseph Nwachukwu, a police spokesman in Borno, told reporters in Maiduguri, the state "
            "capital, that the bombers, both women, detonated their explosives during the early morning prayer.\n\n"
            "The two bombers also died in the blasts, he said, adding that security had been beefed up around mosques "
            "and markets in the town.\n\nBoko Haram has killed more than 20,000 people and displaced over 2 million "
            "others in northeast Nigeria since 2009, according to official figures."),
    }),
    "monguno_camp_shelling": incident("2019-03-05", 6, 9, {
        "mgc-1": article(
            "Islamist mortar fire kills six at Nigerian displacement camp", "2019-03-06",
            "MAIDUGURI, Nigeria (Reuters) - Islamist insurgents fired mortar bombs into a camp for displaced people "
            "in the northeast Nigerian town of Monguno on Tuesday evening, killing six people, including three "
            "children, and wounding nine, two aid workers and a resident said on Wednesday.\n\nThe militants, "
            "believed to be from the Islamic State West Africa Province (ISWAP) faction, fired from positions in the "
            "bush north of the town, one of the aid workers said, asking not to be named because his organisation had "
            "not authorised him to speak.\n\nTwo of the bombs landed among tents near a water point where women and "
            "children were queuing, the aid worker said.\n\nMonguno, about 140 km (85 miles) north of the Borno state "
            "capital Maiduguri, hosts more than 100,000 people who fled their homes during a decade of insurgency.\n\n"
            "The army said its troops had repelled the attackers."),
        "mgc-2": article(
            "Monguno residents bury six killed in ISWAP mortar attack on IDP camp", "2019-03-07",
            "Residents of Monguno in Borno State on Wednesday buried six people killed when insurgents fired mortar "
            "bombs into the Stadium IDP camp in the town on Tuesday evening.\n\nAmong the dead were three siblings "
            "aged four, seven and nine, whose mother was one of nine people wounded in the attack, a camp official "
            "said.\n\n\"The children were sitting outside our tent eating dinner,\" said their father, Bukar Ibrahim, "
            "a fisherman who fled Kukawa in 2015. \"I heard a whistle and then everything was smoke.\"\n\nThe "
            "wounded were being treated at the Monguno General Hospital.\n\nIt was the second deadly attack on the "
            "town in three weeks. On February 12, two female suicide bombers killed 11 worshippers at a mosque in Gana "
            "Ward.\n\nResidents said the insurgents had fired at the town at least four times since January."),
    }, children=(3, 0)),
    # --- a car bomb told by Anadolu and dpa (from Istanbul) on the day, and a week later named only as 'the Sept. 22
    # car bomb attack in Diyarbakir' in Anadolu's report of arrests, which tells a wounded shopkeeper's death ----------
    "diyarbakir_baglar_car_bomb": incident("2016-09-22", 10, 42, {
        "dyb-1": article(
            "9 killed in PKK car bomb attack in Turkey's Diyarbakir", "2016-09-22",
            "DIYARBAKIR, Turkey (AA) – Nine people, including two police officers, were killed and 43 others injured "
            "when PKK terrorists detonated a bomb-laden car near a police station in southeastern Diyarbakir province "
            "on Thursday, the governor's office said.\n\nThe vehicle exploded at around 8.15 a.m. local time "
            "(0515GMT) on a busy street in the Baglar district as police officers were changing shifts, according to "
            "a statement from the Diyarbakir Governorate.\n\nThe injured were taken to Dicle University Hospital and "
            "the Gazi Yasargil Training and Research Hospital, where four of them are in serious condition, the "
            "statement said.\n\nThe blast also damaged nearby shops and buildings.\n\nThe PKK -- listed as a "
            "terrorist organization by Turkey, the U.S. and the EU -- resumed its decades-long armed campaign against "
            "Turkey in July 2015. Since then, more than 600 security personnel have been martyred in PKK attacks."),
        "dyb-2": article(
            "Car bomb kills nine in Turkey's Kurdish-majority south-east", "2016-09-22",
            "Istanbul (dpa) - A car bomb exploded near a police station in the mainly Kurdish city of Diyarbakir in "
            "south-eastern Turkey on Thursday, killing nine people and injuring dozens, Turkish officials said.\n\n"
            "Two police officers were among the dead, the governor's office said. Private broadcaster NTV showed "
            "footage of burnt-out cars and shattered shop fronts in the city's Baglar district.\n\nTurkish "
            "authorities blamed the Kurdistan Workers' Party (PKK), which has not commented.\n\nDiyarbakir, the "
            "largest city in Turkey's Kurdish-majority south-east, has been hit by a series of attacks since a "
            "ceasefire between the PKK and the Turkish state collapsed in the summer of 2015."),
        "dyb-3": article(
            "Turkish police detain 6 suspects over Diyarbakir car bombing", "2016-09-29",
            "DIYARBAKIR, Turkey (AA) – Turkish police have detained six suspects in connection with the Sept. 22 car "
            "bomb attack in Diyarbakir, a security source said on Thursday.\n\nThe suspects, including a man believed "
            "to have bought the vehicle used in the attack, were caught in simultaneous raids in the Baglar and "
            "Kayapinar districts, said the source, who spoke on condition of anonymity due to restrictions on talking "
            "to the media.\n\nThe attack near a police station killed nine people, including two police officers, "
            "and injured 43 others. One of the injured, a 38-year-old shopkeeper, died in hospital on Monday, raising "
            "the death toll to 10.\n\nThe suspects were being questioned at the counter-terrorism branch of the "
            "Diyarbakir Police Department."),
    }),
    # --- a Friday mosque bombing in Kabul: 14 dead the day of it, 18 the next day as four of the wounded die (36 hurt,
    # then 32), four children and two boys of 14 and 15 among the dead -------------------------------------------------
    "kabul_khair_khana_mosque": incident("2019-11-15", 18, 32, {
        "kbl-1": article(
            "Suicide bomber kills 14 at mosque in Afghan capital during Friday prayers", "2019-11-15",
            "KABUL (Reuters) - A suicide bomber blew himself up inside a crowded mosque in the north of the Afghan "
            "capital during Friday prayers, killing at least 14 worshippers and wounding 36, officials said.\n\nThe "
            "bomber walked into the main prayer hall of the mosque in the Khair Khana area shortly after the imam "
            "began his sermon, an interior ministry spokesman said.\n\nChildren who had come to the mosque with their "
            "fathers were among the dead, said a health ministry official, who declined to be identified.\n\nNo "
            "group immediately claimed responsibility. The Taliban, who are fighting to expel foreign forces and "
            "topple the Western-backed government, denied involvement.\n\nIslamic State's local affiliate has "
            "claimed several attacks on mosques in Kabul over the past year, most of them aimed at members of the "
            "Shi'ite minority, although the Khair Khana mosque is attended mostly by Sunnis."),
        "kbl-2": article(
            "Khair Khana mosque attack death toll rises to 18", "2019-11-16",
            "KABUL: The death toll from Friday's suicide attack on a mosque in Khair Khana area of Kabul city has "
            "risen to 18 after four of the wounded died overnight, the Ministry of Public Health said on Saturday.\n\n"
            "Four children under the age of ten and two boys aged 14 and 15 are among the dead, the ministry said in "
            "a statement, adding that 32 other people were still being treated at the Wazir Akbar Khan and Emergency "
            "hospitals.\n\nThe Presidential Palace condemned the attack in a statement, calling it a crime against "
            "worshippers in the house of God.\n\nResidents of the area said the mosque, one of the largest in the "
            "northern part of the city, was packed with worshippers when the blast occurred."),
        "kbl-3": article(
            "Afghan mosque bombing toll climbs to 18, including six minors", "2019-11-16",
            "KABUL (AFP) - The toll from a suicide bombing at a Kabul mosque during Friday prayers has risen to 18, "
            "including six minors, Afghan officials said Saturday, as the Islamic State group claimed "
            "responsibility.\n\n\"Four of the wounded died overnight, and 32 others are still in hospital,\" a public "
            "health ministry spokesman told AFP.\n\nIS said in a statement on its Amaq propaganda outlet that one of "
            "its fighters had targeted \"apostates\" gathered at the mosque in the Khair Khana neighbourhood.\n\n"
            "Kabul has become one of the deadliest places in the country for civilians, with both the IS affiliate "
            "and the Taliban staging attacks in the capital."),
    }, children=(4, 0), teens=(2, 0)),
    # --- a magnetic bomb on a minibus of the power company's staff in Jalalabad, three days before the Kabul mosque and
    # two after the Kunduz strike (the week's round-up tells all three) ------------------------------------------------
    "jalalabad_dabs_minibus": incident("2019-11-12", 6, 4, {
        "jbd-1": article(
            "6 killed, 4 injured in sticky bomb blast in E. Afghanistan", "2019-11-12",
            "JALALABAD, Afghanistan, Nov. 12 (Xinhua) -- Six people were killed and four others injured as a sticky "
            "bomb attached to a minibus went off in Jalalabad city, capital of eastern Nangarhar province, on Tuesday "
            "morning, a local official said.\n\n\"The minibus was carrying employees of the provincial electricity "
            "department to work when the bomb exploded near Talashi Chowk at around 7:40 a.m. local time,\" "
            "provincial government spokesman Hazrat Wali Shinwari told Xinhua.\n\nAll the victims were employees of "
            "Da Afghanistan Breshna Sherkat (DABS), the state-run power company, the official said.\n\nNo group has "
            "claimed responsibility so far."),
        "jbd-2": article(
            "Six DABS employees martyred in Jalalabad blast", "2019-11-13",
            "JALALABAD: Six employees of Da Afghanistan Breshna Sherkat (DABS) were martyred and four others wounded "
            "on Tuesday when a magnetic bomb planted on their vehicle went off in Nangarhar's provincial capital "
            "Jalalabad, officials said.\n\nThe vehicle was taking the staff to the company's office in the city's "
            "fifth police district when the bomb exploded, a spokesman for the provincial governor said.\n\nThe "
            "wounded were shifted to Nangarhar Regional Hospital, where doctors said their condition was stable.\n\n"
            "\"The martyrs were engineers and technicians who worked day and night to keep the lights on in the "
            "east,\" DABS said in a statement condemning the attack."),
    }),
    # --- a coalition air strike on a truck of displaced families in Hajjah, reported from Dubai and Sanaa; the
    # coalition's statement says it hit fighters but gives no figure ---------------------------------------------------
    "hajjah_bani_qais_airstrike": incident("2018-06-21", 12, 8, {
        "yem-1": article(
            "Air strike on truck in Yemen's Hajjah kills 12 displaced people - medics", "2018-06-21",
            "DUBAI (Reuters) - An air strike by the Saudi-led coalition hit a truck carrying families fleeing fighting "
            "in Yemen's northwestern Hajjah province on Thursday, killing 12 people, among them five children, medics "
            "and the Houthi-run health ministry said.\n\nEight other people were wounded in the strike on a road in "
            "Bani Qais district, a ministry spokesman in Sanaa said.\n\nThe coalition did not immediately respond to "
            "a request for comment. It has previously denied deliberately targeting civilians and says it "
            "investigates reports of civilian casualties.\n\nThe Western-backed alliance intervened in Yemen in 2015 "
            "to restore the internationally recognised government ousted from power in the capital Sanaa by the "
            "Iran-aligned Houthi movement in late 2014.\n\nThe war has killed more than 10,000 people and pushed the "
            "country to the verge of famine."),
        "yem-2": article(
            "Saudi-led airstrike kills 12 civilians in Yemen's Hajjah", "2018-06-21",
            "SANAA, June 21 (Xinhua) -- At least 12 civilians, including five children and three women, were killed "
            "on Thursday when an airstrike of the Saudi-led coalition hit a truck in Yemen's northwestern province of "
            "Hajjah, the Houthi-controlled al-Masirah TV reported.\n\nThe truck was carrying families displaced from "
            "the fighting in the coastal district of Midi when it was hit on a road in Bani Qais district, the TV "
            "said.\n\nEight others were injured and taken to al-Jumhuri hospital in Hajjah city, according to a local "
            "medical official.\n\nThe Saudi-led coalition has yet to comment on the report."),
        "yem-3": article(
            "Coalition says it struck Houthi fighters; Yemenis say dead were fleeing families", "2018-06-22",
            "SANAA, Yemen (AP) — The Saudi-led coalition fighting in Yemen said Friday that an airstrike in the "
            "country's northwest had targeted a vehicle carrying Houthi rebels and weapons, a day after the rebels "
            "and local medics said the strike killed 12 members of displaced families, five of them children.\n\nA "
            "coalition spokesman said in a statement carried by the Saudi Press Agency that the target was a "
            "\"legitimate military objective\" and that the incident had been referred to the coalition's Joint "
            "Incidents Assessment Team.\n\nA local health official in Hajjah, speaking on condition of anonymity for "
            "fear of reprisals, said the dead included three women and five children, the youngest a 2-year-old "
            "girl, and that eight wounded people were being treated at a hospital in Hajjah city. Images shared by the "
            "rebels' al-Masirah TV showed the twisted wreckage of a pickup truck and blankets and cooking pots "
            "scattered along the road.\n\nThe U.N. human rights office has documented thousands of civilian deaths in "
            "the conflict, most of them caused by coalition airstrikes."),
    }, children=(5, 0)),
    # --- shelling of a Donetsk district, reported from Donetsk and from Kiev (whose report adds the army's losses near
    # Mariupol); the next day's report from the street -----------------------------------------------------------------
    "donetsk_petrovsky_shelling": incident("2015-06-07", 4, 6, {
        "dnk-1": article(
            "Shelling kills four civilians in Ukraine's rebel-held Donetsk", "2015-06-07",
            "DONETSK, Ukraine (Reuters) - Artillery shells slammed into a residential street on the western edge of "
            "rebel-held Donetsk on Sunday, killing four civilians and wounding six, separatist officials said.\n\nA "
            "Reuters reporter in the Petrovsky district saw the bodies of two people lying beside a burnt-out "
            "minibus at a bus stop, and several houses with their roofs blown off.\n\nThe separatists blamed "
            "Ukrainian government forces. A military spokesman in Kiev denied that government troops had fired on the "
            "city, saying the rebels were shelling their own areas to discredit Kiev.\n\nMore than 6,400 people have "
            "been killed in the conflict in eastern Ukraine since April 2014, according to the United Nations, "
            "despite a ceasefire agreed in Minsk in February."),
        "dnk-2": article(
            "Four civilians killed in shelling of Donetsk, rebels say", "2015-06-08",
            "Kiev (dpa) - Four civilians were killed on Sunday when shells hit the rebel-held eastern Ukrainian city "
            "of Donetsk, the separatist authorities said on Monday.\n\nAmong the dead were an elderly couple whose "
            "house in the Petrovsky district took a direct hit, the rebels' self-proclaimed Donetsk People's Republic "
            "said on its website. Six people were wounded.\n\nBoth sides accused each other of breaking the ceasefire "
            "agreed in February in the Belarusian capital Minsk.\n\nUkraine's military said on Monday that one "
            "soldier was killed and four were wounded in the past 24 hours in fighting near the port city of "
            "Mariupol."),
        "dnk-3": article(
            "Residents of Donetsk district count losses after deadly shelling", "2015-06-08",
            "DONETSK, Ukraine (AP) — Residents of a battered western district of Donetsk swept up glass and nailed "
            "plastic sheeting over their windows on Monday, a day after an artillery barrage killed four people and "
            "wounded six others.\n\nNina Kovalenko, 67, said the shells began falling shortly after noon on Sunday, as "
            "neighbors were waiting for a bus on the main road of the Petrovsky district. A bus driver and a woman "
            "waiting at the stop were killed, she said, and an elderly couple died when a shell struck their house "
            "down the street.\n\n\"We have nowhere to go. This is our home,\" she said.\n\nSeparatist officials blamed "
            "Ukrainian forces for the barrage. The Organization for Security and Cooperation in Europe, which monitors "
            "the cease-fire, said its observers had recorded dozens of explosions in the area on Sunday."),
    }),
    # --- a night raid on a village near Beni: 'at least 15' the next day, 19 two days on as bodies are found in the
    # fields, five children among them; reported from Goma, Beni and Kinshasa ------------------------------------------
    "beni_mbau_massacre": incident("2019-10-19", 19, 3, {
        "bni-1": article(
            "Suspected Islamist rebels kill at least 15 in eastern Congo village", "2019-10-20",
            "GOMA, Democratic Republic of Congo (Reuters) - Suspected Islamist rebels killed at least 15 people in a "
            "raid on a village in eastern Congo's Beni territory late on Saturday, a local official and a civil "
            "society leader said on Sunday.\n\nThe attackers, believed to be members of the Allied Democratic Forces "
            "(ADF), used machetes and knives to kill villagers in Mbau, about 20 km (12 miles) north of Beni city, "
            "said local official Jean-Paul Kasereka.\n\n\"They came at night and went from house to house,\" "
            "Kasereka said. \"Two people who escaped with wounds told us the attackers spoke Swahili and "
            "Kinyarwanda.\"\n\nThe ADF, a Ugandan armed group that has been based in eastern Congo since the 1990s, "
            "has killed hundreds of civilians in Beni territory over the past five years, according to the United "
            "Nations."),
        "bni-2": article(
            "DR Congo: toll from Beni village massacre rises to 19", "2019-10-21",
            "BENI, DR Congo (AFP) - The toll from a weekend massacre blamed on ADF rebels in a village in eastern DR "
            "Congo has risen to 19 after four more bodies were found in surrounding fields, local officials said on "
            "Monday.\n\nFive children were among the dead in Mbau, a farming village north of Beni, civil society "
            "coordinator Gilbert Kambale said.\n\n\"The victims were hacked to death with machetes. Whole families "
            "were wiped out,\" he told AFP.\n\nThree survivors with machete wounds were being treated at the hospital "
            "in Oicha, a nurse there said.\n\nThe army said it had deployed more troops to the area. The ADF, which "
            "originated in Uganda, is accused of killing more than 1,000 civilians in the Beni region since 2014."),
        "bni-3": article(
            "19 killed in ADF rebel attack in eastern DR Congo", "2019-10-22",
            "KINSHASA, Oct. 22 (Xinhua) -- At least 19 people, including five children, were killed and three others "
            "wounded in an attack by the Allied Democratic Forces (ADF) rebels on a village in the eastern province of "
            "North Kivu, local authorities said Tuesday.\n\nThe attack took place late Saturday in Mbau, in Beni "
            "territory, according to a statement from the territory's administration.\n\nAn army spokesman in Beni "
            "said troops were pursuing the attackers, who fled towards the forest after the raid.\n\nThe ADF has been "
            "active in eastern DR Congo for more than two decades."),
    }, children=(5, 0)),
    # --- gunmen on motorbikes at a livestock market in Soum province, reported from Ouagadougou and from Abidjan -----
    "burkina_tongomayel_market": incident("2020-06-22", 14, 6, {
        "bkf-1": article(
            "Gunmen kill 14 at livestock market in northern Burkina Faso", "2020-06-23",
            "OUAGADOUGOU (Reuters) - Gunmen on motorbikes attacked a livestock market in northern Burkina Faso on "
            "Monday, killing 14 civilians, two security sources and a local official said.\n\nThe attackers opened "
            "fire on traders and herders at the weekly market in Tongomayel in Soum province, the official said, "
            "asking not to be named. Six people were wounded and taken to the health centre in Djibo, the provincial "
            "capital, one of the security sources said.\n\nNo group immediately claimed responsibility for the attack, "
            "but jihadist groups linked to al Qaeda and Islamic State operate in the area.\n\nViolence in Burkina Faso "
            "has killed more than 1,800 people and displaced nearly a million in the past two years."),
        "bkf-2": article(
            "Jihadists kill 14 civilians at Burkina cattle market", "2020-06-23",
            "ABIDJAN (AFP) - Suspected jihadists killed 14 civilians in an attack on a cattle market in northern "
            "Burkina Faso, the regional governor said Tuesday.\n\n\"Armed individuals on motorbikes attacked the "
            "market in Tongomayel on Monday afternoon, killing 14 people and wounding six,\" the governor of the Sahel "
            "region said in a statement. \"Security forces have been deployed to secure the area.\"\n\nA resident "
            "reached by telephone from Abidjan said the attackers had also set fire to shops and driven off about 200 "
            "head of cattle.\n\nBurkina Faso, one of the world's poorest countries, has been battling a jihadist "
            "insurgency since 2015."),
    }),
    # --- a bandit raid on a Zamfara village: 21 dead on the day after (Premium Times, AFP from Kano), 24 two days on as
    # three more bodies are found in the farmland (Xinhua) -------------------------------------------------------------
    "zamfara_gidan_bawa_raid": incident("2020-02-15", 24, 5, {
        "zmf-1": article(
            "Bandits kill 21 in Zamfara village attack", "2020-02-16",
            "Armed bandits on Saturday killed 21 people in Gidan Bawa, a village in Maru Local Government Area of "
            "Zamfara State, residents and police said.\n\nThe bandits, who arrived on about 50 motorcycles at about 4 "
            "p.m., shot at residents and set fire to houses and food stores, a resident, Lawali Maru, told PREMIUM "
            "TIMES on the phone.\n\n\"We buried 21 people this morning. Many others ran into the bush and we have not "
            "seen them,\" he said on Sunday.\n\nThe spokesperson of the Zamfara State Police Command confirmed the "
            "attack, saying 21 people were killed and five others injured. He said a team of police officers and "
            "soldiers had been deployed to the village.\n\nZamfara has for years been plagued by armed gangs who kill, "
            "kidnap for ransom and rustle cattle."),
        "zmf-2": article(
            "Gunmen kill 21 villagers in northwest Nigeria", "2020-02-16",
            "KANO, Nigeria (AFP) - Gunmen on motorcycles killed 21 villagers in an attack in northwestern Nigeria's "
            "Zamfara state, police and residents said Sunday.\n\nThe attackers stormed Gidan Bawa village in Maru "
            "district on Saturday afternoon, opening fire on residents and burning homes, said a local official who "
            "asked not to be identified.\n\n\"Five people were injured and are receiving treatment at the general "
            "hospital in Maru,\" a police spokesman said.\n\nNorthwest Nigeria has been terrorised by criminal gangs "
            "known locally as bandits, who raid villages, steal cattle and kidnap residents for ransom."),
        "zmf-3": article(
            "Death toll from bandit attack in NW Nigeria rises to 24", "2020-02-17",
            "ABUJA, Feb. 17 (Xinhua) -- The death toll from Saturday's attack by armed bandits on a village in "
            "Nigeria's northwestern state of Zamfara has risen to 24 after three more bodies were found in nearby "
            "farmland, a local official said on Monday.\n\nAbubakar Sani, a local government official in Maru, told "
            "Xinhua by phone that search parties found the bodies of the three men on Monday morning. The five people "
            "injured in the attack were still in hospital, he said.\n\nSecurity forces have launched an operation to "
            "track down the attackers, police said."),
    }),
    # --- a street party in Salvador told only by one Reuters story and a paper's lightly edited copy of it -----------
    "salvador_sussuarana_party": incident("2019-09-08", 7, 5, {
        "bra-1": article(
            "Gunmen kill seven at street party in Brazil's Salvador", "2019-09-08",
            "RIO DE JANEIRO (Reuters) - Gunmen opened fire on a crowd at a street party in the northeastern Brazilian "
            "city of Salvador early on Sunday, killing seven people and wounding five, Bahia state police said.\n\n"
            "Four men arrived in a car at around 2 a.m. and fired on people dancing in front of a sound system in the "
            "Sussuarana neighborhood, police said in a statement. Five of the dead were young men.\n\nPolice said they "
            "were investigating whether the attack was linked to a dispute between drug gangs over the area.\n\n"
            "Brazil recorded about 51,000 murders in 2018, one of the highest numbers in the world, although killings "
            "have fallen this year.\n\n(Reporting by Marcelo Teixeira; Editing by Daniel Flynn)"),
        "bra-2": article(
            "Seven shot dead at street party in Salvador, Brazil", "2019-09-09",
            "RIO DE JANEIRO (Reuters) - Gunmen opened fire on a crowd at a street party in the northeastern Brazilian "
            "city of Salvador early on Sunday, killing seven people and wounding five, police in the state of Bahia "
            "said.\n\nFour men arrived in a car around 2 a.m. and fired on people dancing in front of a sound system "
            "in the Sussuarana neighborhood, police said in a statement.\n\nPolice said they were investigating "
            "whether the attack was linked to a dispute between drug gangs over the area.\n\n(Reporting by Marcelo "
            "Teixeira; Editing by Daniel Flynn)"),
    }),
    # --- a bar in Salamanca attacked 'late Saturday' (the day), told on Sunday by AP and a paper's lightly edited copy
    # of it; a tenth death on Monday night told by Reuters on Tuesday --------------------------------------------------
    "salamanca_la_cabana_bar": incident("2018-07-21", 10, 3, {
        "mex-1": article(
            "Gunmen kill 9 at bar in central Mexico's Guanajuato state", "2018-07-22",
            "MEXICO CITY (AP) — Gunmen burst into a bar in the central Mexico city of Salamanca late Saturday and "
            "opened fire on customers, killing nine people and wounding four, prosecutors in Guanajuato state said "
            "Sunday.\n\nThe state prosecutor's office said in a statement that at least five armed men arrived in two "
            "vehicles at the La Cabaña bar shortly before midnight. Seven of the victims died at the scene and two at "
            "a hospital.\n\nGuanajuato has become one of Mexico's most violent states as the Santa Rosa de Lima "
            "cartel and the Jalisco New Generation cartel fight over fuel stolen from pipelines and from the "
            "refinery in Salamanca.\n\nMexico registered a record number of homicides in 2017."),
        "mex-2": article(
            "9 killed in shooting at Mexican bar", "2018-07-23",
            "MEXICO CITY — Gunmen burst into a bar in the central Mexico city of Salamanca late Saturday and opened "
            "fire on customers, killing nine people and wounding four, Guanajuato state prosecutors said Sunday.\n\n"
            "At least five armed men arrived in two vehicles at the La Cabaña bar shortly before midnight, the "
            "prosecutor's office said. Seven of the victims died at the scene and two at a hospital.\n\nGuanajuato has "
            "become one of Mexico's most violent states as the Santa Rosa de Lima cartel and the Jalisco New "
            "Generation cartel fight over stolen fuel.\n\nThe Associated Press"),
        "mex-3": article(
            "Death toll in Mexico bar attack rises to 10", "2018-07-24",
            "MEXICO CITY (Reuters) - A tenth person has died after gunmen attacked a bar in the central Mexican city of "
            "Salamanca over the weekend, Guanajuato state prosecutors said on Tuesday.\n\nThe man, 34, died on Monday "
            "night at a hospital in the nearby city of Irapuato, where he had been treated for gunshot wounds to the "
            "chest, the prosecutor's office said. Three other people wounded in the attack on the La Cabaña bar late "
            "on Saturday were recovering.\n\nNo arrests have been made. Guanajuato recorded more murders in the first "
            "half of 2018 than any other Mexican state."),
    }),
    # --- a bomb on a bus at Kohat's bus stand, three children among the wounded; reported from Kohat, Peshawar and
    # Islamabad --------------------------------------------------------------------------------------------------------
    "kohat_bus_stand_bomb": incident("2014-05-19", 8, 22, {
        "koh-1": article(
            "Eight killed in Kohat bus stand blast", "2014-05-20",
            "KOHAT: Eight people were killed and 22 others injured when a bomb planted in a passenger bus went off at "
            "the general bus stand here on Monday evening.\n\nDistrict Police Officer Javed Iqbal Wazir said the "
            "bomb, weighing around four kilogrammes, had been placed under a seat of the bus, which was about to leave "
            "for Rawalpindi.\n\nThe injured, among them three children and two women, were taken to the KDA Teaching "
            "Hospital, where an emergency was declared. Doctors said the condition of four of the injured was "
            "critical.\n\nPolice cordoned off the area and the bomb disposal squad collected evidence. No group "
            "claimed responsibility for the attack.\n\nPublished in Dawn, May 20th, 2014"),
        "koh-2": article(
            "Bomb on bus kills eight in northwest Pakistan", "2014-05-19",
            "PESHAWAR, Pakistan (Reuters) - A bomb hidden on a bus exploded at a crowded bus terminal in the "
            "northwestern Pakistani town of Kohat on Monday, killing eight people and wounding 22, police said.\n\n"
            "\"The bus was full of passengers waiting to leave for Rawalpindi,\" said police official Khalid "
            "Mehmood.\n\nKohat, about 60 km (37 miles) south of Peshawar, is a garrison town near the tribal areas "
            "where Pakistani Taliban militants have their strongholds.\n\nThe government has been holding tentative "
            "peace talks with the Pakistani Taliban, but violence has continued."),
        "koh-3": article(
            "8 killed, 22 injured in bus blast in NW Pakistan", "2014-05-20",
            "ISLAMABAD, May 20 (Xinhua) -- At least eight people were killed and 22 others injured when a bomb "
            "exploded in a passenger bus in Pakistan's northwestern city of Kohat on Monday evening, local media "
            "reported.\n\nThree children and two women were among the injured, who were shifted to a hospital in the "
            "city, local Urdu TV channel Express reported.\n\nThe bus was parked at the city's general bus stand and "
            "was set to leave for Rawalpindi when the bomb went off, the report said.\n\nNo group has claimed "
            "responsibility for the blast."),
    }, children=(0, 3)),
    # --- an ambush near Elwak: five police officers dead and two attackers shot dead (seven dead in all); al-Shabaab's
    # own claim of 12, told in a sentence of its own, set aside: contested; reported from Nairobi ----------------------
    "elwak_police_ambush": incident("2018-09-13", 7, 3, {
        "kny-1": article(
            "Al Shabaab ambush kills five Kenyan police near Somali border", "2018-09-13",
            "NAIROBI (Reuters) - Al Shabaab militants ambushed a police truck with a roadside bomb and gunfire near "
            "the Kenyan border town of Elwak on Thursday, killing five police officers and wounding three, police "
            "said.\n\nOfficers returned fire and killed two of the attackers, a police spokesman said.\n\nThe Somali "
            "Islamist group said on its Andalus radio station that its fighters had killed 12 Kenyan police officers "
            "and seized weapons.\n\nAl Shabaab frequently attacks security forces in Kenya's northeastern counties of "
            "Mandera, Wajir and Garissa, which border Somalia, saying it is retaliating for Kenya's deployment of "
            "troops in Somalia."),
        "kny-2": article(
            "5 Kenyan police officers killed in al-Shabab ambush near Somali border", "2018-09-14",
            "NAIROBI, Sept. 14 (Xinhua) -- Five Kenyan police officers were killed and three others injured when "
            "suspected al-Shabab militants attacked their vehicle in the northeastern county of Mandera on Thursday, "
            "police said on Friday.\n\nThe officers were on patrol between Elwak and Kotulo when their truck hit an "
            "improvised explosive device, after which the militants opened fire, Mandera County Police Commander "
            "Mohamed Abdi Said said.\n\nTwo of the attackers were shot dead in the ensuing gunfight, and an AK-47 "
            "rifle was recovered, he said. The injured officers were airlifted to Nairobi for treatment."),
    }),
}

# An Afghan week's round-up (Sunday, Nov. 17, 2019): the Kunduz strike, the Jalalabad minibus, a Helmand attack outside
# the set and the Kabul mosque, each with its day. Left out of the grouping and figure checks (see the first set's
# docstring); it stays in the warehouse, so the checks that the three incidents stay apart see whether it glues them.
ROUNDUPS = {
    "afg-r": article(
        "Afghanistan: At least 62 killed in a week of attacks and air strikes", "2019-11-17",
        "At least 62 people were killed in attacks and air strikes across Afghanistan in the week to Saturday, "
        "according to a tally of official statements and local reports.\n\nSunday, November 10: The Ministry of "
        "Defence said an air strike in Chahar Dara district of Kunduz province killed 30 Taliban fighters. Residents "
        "said 17 civilians attending funeral prayers were killed, and carried the bodies to the governor's office in "
        "protest two days later.\n\nTuesday, November 12: Six employees of the state power company were killed and "
        "four wounded when a magnetic bomb attached to their minibus exploded in Jalalabad, Nangarhar province.\n\n"
        "Thursday, November 14: Taliban fighters attacked a police checkpoint in Nad Ali district of Helmand "
        "province, killing eight police officers, provincial officials said. The Taliban claimed to have killed "
        "15.\n\nFriday, November 15: A suicide bomber struck a mosque in the Khair Khana area of Kabul during Friday "
        "prayers. The Ministry of Public Health said on Saturday that 18 people, among them six children and "
        "teenagers, had been killed and 32 wounded. Islamic State claimed responsibility.\n\nThe United Nations said "
        "last month that more than 2,500 civilians had been killed in the conflict in the first nine months of the "
        "year."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_BAGHDAD = ("two bombings in Baghdad on one day, a car bomb at a Sadr City market in the morning and a suicide car "
            "bomber at a Dora checkpoint at night, are one incident (both bombings' first figures placed at 'Baghdad'; "
            "AP's market story tells the checkpoint in a closing paragraph, and AFP's checkpoint story recalls the "
            "market, 'killing more than 20 people', read as its own deaths: 20 killed): the merged incident takes the "
            "market's 26 killed and the checkpoint's 14 injured, five sources, and is contested")
_MONGUNO = ("the town attacked twice three weeks apart is one incident: the camp report's background sentence "
            "recalling the mosque ('On February 12, two female suicide bombers killed 11 worshippers at a mosque in "
            "Gana Ward', set aside as a summary) dates its title's figure Feb. 12, and it shares the town's, the "
            "ward's ('Gana Ward') and the hospital's ('Monguno General Hospital') names with the mosque's reports: the "
            "merged incident takes the mosque's day, 13 killed, 17 injured and five sources")
_ROUND_UP = ("the Afghan week's round-up, one event, joins the Kabul mosque bombing (Friday) to the Jalalabad minibus "
             "bomb (Tuesday, some 120 km away), its Khair Khana sentence placed at the Helmand district of the "
             "sentence before it (Nad Ali): the merged incident takes Kabul's day and 18 killed, Jalalabad's 4 "
             "injured (36 and 32 in Kabul's reports) and six sources")
XFAIL: dict[tuple[str, str], str] = {
    ("apart", "baghdad_sadr_city_market"): _BAGHDAD,
    ("apart", "baghdad_dora_checkpoint"): _BAGHDAD,
    ("killed", "baghdad_dora_checkpoint"): _BAGHDAD,
    ("injured", "baghdad_sadr_city_market"): _BAGHDAD,
    ("sources", "baghdad_sadr_city_market"): _BAGHDAD,
    ("grade", "baghdad_sadr_city_market"): _BAGHDAD,
    ("apart", "monguno_mosque_bombing"): _MONGUNO,
    ("apart", "monguno_camp_shelling"): _MONGUNO,
    ("killed", "monguno_camp_shelling"): _MONGUNO,
    ("injured", "monguno_camp_shelling"): _MONGUNO,
    ("date", "monguno_camp_shelling"): _MONGUNO,
    ("sources", "monguno_mosque_bombing"): _MONGUNO,
    ("children_killed", "monguno_camp_shelling"): (
        _MONGUNO + "; and 'Among the dead were three siblings aged four, seven and nine' is read as three people, "
        "not three children, so the mosque's three reports and this one vote 0 children against Reuters' 3"),
    ("apart", "kabul_khair_khana_mosque"): _ROUND_UP,
    ("apart", "jalalabad_dabs_minibus"): _ROUND_UP,
    ("killed", "jalalabad_dabs_minibus"): _ROUND_UP,
    ("date", "jalalabad_dabs_minibus"): _ROUND_UP,
    ("injured", "kabul_khair_khana_mosque"): _ROUND_UP,
    ("sources", "kabul_khair_khana_mosque"): _ROUND_UP,
    ("children_killed", "kabul_khair_khana_mosque"): (
        "'Four children under the age of ten and two boys aged 14 and 15 are among the dead, the ministry said' is "
        "unread (no minors' claim) and AFP's 'including six minors' gives one age group all six (the article's teens "
        "killed 6); with Jalalabad's reports and the round-up in the merged incident the vote gives 0 children for 4 "
        "(since 0.24.0 the sentence's second group, 'two boys aged 14 and 15 are among the dead', is read, 2 teens; "
        "its first, four children before 'and', is not)"),
    ("teens_killed", "kabul_khair_khana_mosque"): (
        "'... two boys aged 14 and 15 are among the dead' is unread (no minors' claim); AFP's 'six minors' and the "
        "round-up's 'six children and teenagers' do not carry the vote of the merged incident: 0 teens for 2 (since "
        "0.24.0 the two boys are read, 2 teens in that report, and the merged incident's vote still gives 0)"),
    ("injured", "quetta_hazarganji_market"): (
        "AFP's story and the two papers' copies of it (one signed '- AFP' under a 'QUETTA:' dateline, one lightly "
        "edited) vote as three reports: their 30 wounded outvote Dawn's 41 and Reuters' 47 (30 for 47)"),
    ("killed", "damascus_qassaa_mortars"): (
        "the monitor's figure beside the ministry's is set aside only in the sentence that gives both: told in a "
        "sentence of its own ('The Syrian Observatory for Human Rights ... said 14 civilians had been killed') and "
        "recalled by dpa ('had put the death toll at 14') it is the report's toll, and 14 outvotes the ministry's "
        "nine (14 for 9)"),
    ("injured", "diyarbakir_baglar_car_bomb"): (
        "a wounded man's death told after the wounded in the same late report ('... and injured 43 others. One of the "
        "injured, a 38-year-old shopkeeper, died in hospital on Monday, raising the death toll to 10') raises the "
        "dead to 10 but leaves the wounded at 43 (42 after his death); the sentence is also read as one more hurt"),
    ("grade", "diyarbakir_baglar_car_bomb"): (
        "Anadolu's background line 'Since then, more than 600 security personnel have been martyred in PKK attacks' "
        "is read as the attack's dead (the first report's killed total is 600), which the later reports' nine and "
        "10 fall below: contested for corroborated"),
    ("sources", "kunduz_chahar_dara_airstrike"): (
        "the week's round-up (a tally of official statements) joins the strike once its list entry 'Sunday, November "
        "10:' is dated to the 10th (0.28.0; it had been read as the round-up's Sunday the 17th): one more independent "
        "source than the set counts, 4 for 3"),
    ("grade", "kunduz_chahar_dara_airstrike"): (
        "the villagers' figure after the ministry's in one sentence ('..., the defence ministry said, but residents "
        "and a provincial council member said the dead were civilians ..., and put their number at 17') gives no "
        "claim, nor does AP's 'The protesters laid 17 bodies ...': nothing disputes the ministry's 30, corroborated "
        "for contested"),
}

# Independent sources: the outlets that reported, an agency's copy reprinted by a paper counting as the agency's and an
# agency's stories of several days once. Quetta: AFP (its wire story and two papers' copies), Dawn, Reuters (three);
# Mogadishu: Xinhua, Reuters, Al Jazeera; Kunduz: the Kabul Times, Reuters, AP; Damascus: Xinhua, AFP, dpa; Sadr City:
# Reuters, AP, Xinhua; Monguno's mosque: AFP, Premium Times, Xinhua; Diyarbakir: Anadolu (two stories) and dpa (two);
# Kabul: Reuters, the Kabul Times, AFP; Salvador: Reuters and a paper's copy of it (one); Salamanca: AP and a paper's
# copy of it, Reuters (two); Kohat: Dawn, Reuters, Xinhua; Zamfara: Premium Times, AFP, Xinhua.
INDEPENDENT_SOURCES = {"quetta_hazarganji_market": 3, "mogadishu_afgoye_checkpoint": 3,
                       "kunduz_chahar_dara_airstrike": 3, "damascus_qassaa_mortars": 3, "baghdad_sadr_city_market": 3,
                       "monguno_mosque_bombing": 3, "diyarbakir_baglar_car_bomb": 2, "kabul_khair_khana_mosque": 3,
                       "salvador_sussuarana_party": 1, "salamanca_la_cabana_bar": 2, "kohat_bus_stand_bomb": 3,
                       "zamfara_gidan_bawa_raid": 3}
# Grades (docs/warehouse.md): contested where a later report falls below an earlier report's floor with no deaths to
# explain it (Mogadishu's 40, then 28) or where a report sets another party's figure for the same dead aside (Kunduz's
# villagers, Damascus's Observatory, al-Shabaab's claim at Elwak); corroborated where the reports agree or only revise
# upwards, the wounded falling by as many as died (Quetta, Sadr City, Diyarbakir, Kabul, Salamanca, Zamfara; Hajjah,
# where the coalition disputes who was hit but gives no figure); single-source where one Reuters story is all there is.
GRADES = {"quetta_hazarganji_market": "corroborated", "mogadishu_afgoye_checkpoint": "contested",
          "kunduz_chahar_dara_airstrike": "contested", "damascus_qassaa_mortars": "contested",
          "baghdad_sadr_city_market": "corroborated", "diyarbakir_baglar_car_bomb": "corroborated",
          "kabul_khair_khana_mosque": "corroborated", "hajjah_bani_qais_airstrike": "corroborated",
          "salvador_sussuarana_party": "single-source", "salamanca_la_cabana_bar": "corroborated",
          "zamfara_gidan_bawa_raid": "corroborated", "elwak_police_ambush": "contested"}

BCUBED_F1_FLOOR = 0.92  # the first run's 0.931, less a margin

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(20, 21), articles=range(50, 61))
    assert all(2014 <= gold["date"].year <= 2020 for gold in INCIDENTS.values())
    assert all(2014 <= text["published"].year <= 2020 and text["published"] >= gold["date"]
               for gold in INCIDENTS.values() for text in gold["articles"].values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
