"""Challenge set: LONG invented articles (10-25 sentences), written before the extractor was run on them,
with the figures a careful coder gives for each article's MAIN incident under docs/conventions.md.

Half are international wire reports of armed conflict and terrorism (a lede, attribution, quotes from
officials and witnesses, background paragraphs recalling earlier attacks with their own tolls and dates,
a year-to-date statistic, a toll revised within the story, a second smaller incident the same day,
reactions); half are US local news of a shooting or a stabbing (a lede, a police statement, the victim's
condition updated, named victims and suspects with ages, neighbours' quotes, a vigil or a court date,
earlier shootings in the area, the city's homicide count this year, "Related:" links and page debris).
Background incidents, statistics and the day's other incidents are not the article's toll.

Every article is checked for its ``killed`` and ``injured`` totals (the ``article_tolls`` view); where the
text gives them, its children (0-11), teens (12-17) and attackers; the day (``period_start``) and the place
(``location``) of its FIRST claim in text order (passing, not a summary), which should be the main
incident's; and for some articles one claim chosen by its type and point (bounds, source, age).
Cases the extractor does not read yet are marked ``xfail`` with the class of the failure.
"""
from __future__ import annotations

from datetime import date

import pytest

from challenge_harness import ChallengeSet, check_long_set


def _p(*paragraphs: str) -> str:
    """An article body: paragraphs separated by a blank line, as a web page's text comes."""
    return "\n\n".join(paragraphs)


# name -> the article and what a coder records from it. "first": the main incident's day and place (lower-case
# words the first claim's normalized location holds; a tuple: any of them). "claim" picks one claim by its type
# and point and gives the fields to check: low / high (None = open), source (words), age.
CASES: dict[str, dict] = {
    # ================= international wire and conflict reporting =================
    "kabul_mosque_toll_rises": dict(
        published=date(2018, 6, 12), title="Toll from Kabul mosque bombing rises to 27",
        text=_p(
            "KABUL (Reuters) - An attacker wearing a suicide vest detonated it among worshippers leaving a mosque in "
            "western Kabul as the sun set on Monday, leaving at least 19 people dead and 40 wounded, officials said.",
            "Interior ministry spokesman Nasrat Rahimi said the attacker approached on foot and set off his vest "
            "near the main gate just as evening prayers ended.",
            "By Tuesday morning, health ministry spokesman Wahidullah Majroh said the death toll had risen to 27 "
            "and the number of wounded to 46.",
            "\"I heard a huge bang and then people were screaming everywhere,\" said Mohammad Aref, a shopkeeper "
            "whose stall stands across the street. \"I saw bodies lying near the gate.\"",
            "There was no immediate claim, but Islamic State's local affiliate has carried out "
            "several attacks on mosques in the capital.",
            "In March, a similar bombing at a shrine in the same district killed 31 people.",
            "U.N. figures show 1,692 civilians died in the Afghan conflict between January and June of last "
            "year.",
            "Separately, a roadside bomb wounded two policemen in Nangarhar, in the east, on Monday, according to "
            "the governor's office there.",
            "President Ashraf Ghani condemned the attack, calling it a crime against humanity. The Taliban denied "
            "involvement in a statement sent to reporters.",
            "Police sealed off the area, and ambulances ferried the wounded to the Emergency hospital, which said "
            "it had received 22 patients.",
            "(Reporting by Hamid Shalizi; Writing by Rupam Jain; Editing by Michael Perry)"),
        killed=27, injured=46,
        first=dict(start=date(2018, 6, 11), place="kabul"),
        claim=dict(kind="killed", point=27, source=("health", "ministry", "majroh"))),
    "mogadishu_hotel_siege_attackers": dict(
        published=date(2020, 3, 3), title="Somali forces end hotel siege; 15 dead",
        text=_p(
            "MOGADISHU, Somalia (AP) — Somali security forces on Monday ended a 12-hour siege at a hotel near the "
            "presidential palace in Mogadishu after al-Shabab gunmen stormed it, leaving 11 civilians and four "
            "soldiers dead, officials said.",
            "The attack began late on Sunday when a car bomb exploded at the hotel's gate, allowing at least four "
            "gunmen to enter the building, police Capt. Mohamed Hussein told The Associated Press.",
            "All four attackers were killed by special forces, he said.",
            "At least 23 people were wounded, many of them hotel staff, according to Dr. Abdulkadir Adam of the "
            "Aamin ambulance service.",
            "Among the dead was a former lawmaker, Abdi Farah, who had been staying at the hotel for a "
            "conference, his family said.",
            "\"We jumped from the second floor window,\" said Hodan Ali, a waitress who escaped with a broken leg. "
            "\"The gunmen were going room to room.\"",
            "Al-Shabab said on its Andalus radio station that it carried out the attack, saying its fighters had "
            "killed 30 people, a figure that could not be independently verified.",
            "The extremist group, which is allied with al-Qaida, often exaggerates the toll of its attacks.",
            "In October, a truck bomb at a busy intersection in the capital killed 81 people.",
            "The group has carried out more than 40 attacks in Mogadishu so far this year, according to a tally "
            "by a local think tank.",
            "Somalia's president, Mohamed Abdullahi Mohamed, visited the wounded at Medina hospital on Monday "
            "evening."),
        killed=19, injured=23, attackers_killed=4,
        first=dict(place="mogadishu")),
    "maiduguri_mosque_bombers": dict(
        published=date(2018, 7, 17), title="Suicide bombers kill 12 at mosque near Maiduguri",
        text=_p(
            "MAIDUGURI, Nigeria (Reuters) - Two suicide bombers struck a mosque on the outskirts of Maiduguri "
            "during dawn prayers on Monday, killing 12 worshippers and injuring 21, police and a rescue official "
            "said.",
            "The bombers, a man and a teenage girl, both died in the blasts, Borno state police spokesman Edet "
            "Okon said in a statement.",
            "Among the dead were three children, said Bello Dambatta, who heads the state emergency agency.",
            "\"The first one exploded inside, and the second waited outside for people running out,\" said Umar "
            "Kachalla, a trader who lives near the mosque.",
            "The death toll could rise because several of the injured were in critical condition, Dambatta said.",
            "No group claimed the attack, but it bore the hallmarks of Boko Haram and its offshoot, known as "
            "ISWAP.",
            "The jihadists have used children, often girls, as suicide bombers in crowded places.",
            "In January, a triple suicide attack at a market in Konduga killed 19 people.",
            "Amnesty International says more than 1,200 people have been killed in the northeast since the start "
            "of this year.",
            "The insurgency, now in its tenth year, has killed more than 30,000 people and forced two million "
            "from their homes.",
            "Separately, soldiers repelled an attack on a military base in Yobe state on Monday, killing five "
            "insurgents, the army said.",
            "President Muhammadu Buhari, who is seeking re-election next year, has repeatedly said Boko Haram is "
            "technically defeated."),
        killed=14, injured=21, children_killed=3, attackers_killed=2,
        first=dict(start=date(2018, 7, 16), place="maiduguri"),
        claim=dict(kind="killed", point=12, source=("police", "rescue", "official"))),
    "baghdad_market_toll_and_second_bomb": dict(
        published=date(2016, 5, 24), title="Car bomb in Baghdad's Sadr City kills at least 24",
        text=_p(
            "BAGHDAD (Reuters) - A car bomb tore through a packed market in the mainly Shi'ite district of Sadr "
            "City on Monday, killing 24 people and wounding at least 50, according to police and medics.",
            "The blast tore through stalls selling vegetables and clothes at around 10 a.m., when the market was "
            "at its busiest, a police colonel said.",
            "In an online statement, Islamic State said its fighter had aimed at "
            "Shi'ite militiamen shopping there.",
            "\"There was fire everywhere, and I could not find my brother,\" said Haider Jassim, 34, who sells "
            "mobile phone covers at the market.",
            "Hours later, a suicide bomber killed four people at an army checkpoint in Tarmiya, north of the "
            "capital, security sources said.",
            "Later on Monday, a medical source at the Imam Ali hospital said the toll from the market blast had "
            "risen to 31.",
            "Monday's bombing was the deadliest in Baghdad since March, when a suicide attack at a funeral south "
            "of the city killed 47 people.",
            "According to United Nations figures, at least 741 Iraqis were killed in acts of terrorism and "
            "violence in April.",
            "Prime Minister Haider al-Abadi ordered an investigation into security failures, his office said.",
            "Iraqi forces, backed by U.S.-led air strikes, have been pushing Islamic State out of territory it "
            "seized in 2014. Analysts say the militants have increasingly turned to bombings in Baghdad as they "
            "lose ground elsewhere."),
        killed=31, injured=50,
        first=dict(start=date(2016, 5, 23), place=("sadr", "baghdad")),
        claim=dict(kind="injured", point=50, low=50, high=None)),
    "quetta_toll_revised_down": dict(
        published=date(2017, 8, 16), title="Bomb targeting soldiers kills 13 in Quetta",
        text=_p(
            "QUETTA, Pakistan (AP) — A bomb planted on a motorcycle exploded near a truck carrying soldiers in the "
            "southwestern Pakistani city of Quetta on Tuesday night, killing 13 people, including eight soldiers, "
            "officials said.",
            "Provincial home minister Sarfraz Bugti said the blast also wounded 25 people, among them 10 soldiers "
            "and several passers-by.",
            "Officials had initially put the death toll at 15, but Bugti said two bodies had been counted twice "
            "at different hospitals.",
            "The explosion occurred at Pishin Stop, a busy road lined with fruit stalls, as residents were "
            "preparing for Independence Day celebrations.",
            "\"I was buying bananas when the blast threw me to the ground,\" said Naseebullah, a 40-year-old "
            "laborer who was treated for cuts at the Civil Hospital.",
            "A police official, Abdul Razzaq Cheema, said about 15 kilograms of explosives had been used.",
            "In a text message to reporters, a Pakistani Taliban spokesman said his fighters had planted the bomb.",
            "Quetta, the capital of Baluchistan province, has seen repeated attacks by militants and separatists. "
            "Last year, a suicide bombing at the city's main hospital killed more than 70 people, most of them "
            "lawyers.",
            "Earlier on Tuesday, gunmen on a motorcycle shot and wounded a policeman in the town of Turbat, "
            "police said.",
            "Prime Minister Shahid Khaqan Abbasi condemned the attack and vowed the perpetrators would be brought "
            "to justice."),
        killed=13, injured=25,
        first=dict(start=date(2017, 8, 15), place="quetta"),
        claim=dict(kind="killed", point=13, low=13, high=13, source="officials")),
    "idlib_market_two_monitors": dict(
        published=date(2019, 5, 21), title="Air strikes on Idlib market kill 14, including children",
        text=_p(
            "BEIRUT (AP) — Airstrikes on a crowded market in a town in Idlib province, in Syria's northwest, on "
            "Monday killed at least 14 civilians, five of them children, opposition activists and rescuers said.",
            "The Syrian Civil Defense, whose volunteers are known as the White Helmets, said the strikes hit the "
            "market in Maarat al-Numan shortly after noon, as people shopped for the Ramadan evening meal.",
            "The Syrian Observatory, a British-based war monitor with a network of activists on the ground, said "
            "30 people were wounded.",
            "Video posted online by the civil defense showed rescuers pulling a girl from the rubble of a "
            "collapsed shop.",
            "\"They struck twice, and the second strike hit the people who came to help,\" said Abu Ahmad, a "
            "vendor whose son was wounded.",
            "The Observatory said that since the government offensive began on April 30, more than 180 civilians "
            "have been killed in the region.",
            "The United Nations says at least 18 health facilities have been hit over the same period.",
            "There was no immediate comment from Damascus or Moscow, whose warplanes back the offensive.",
            "Also on Monday, a shell fired by insurgents killed a woman in the government-held town of "
            "Suqaylabiyah, state news agency SANA reported.",
            "Idlib is the last major rebel stronghold in Syria and is home to some three million people, many of "
            "them displaced from other parts of the country. Turkey, which backs some rebel groups, has called "
            "for an end to the bombing."),
        killed=14, injured=30, children_killed=5,
        first=dict(start=date(2019, 5, 20), place=("idlib", "maarat", "numan")),
        claim=dict(kind="killed", point=14, low=14, high=None)),
    "kunduz_checkpoints_competing_claims": dict(
        published=date(2020, 6, 23), title="Taliban attack checkpoints around Kunduz, nine troops killed",
        text=_p(
            "KUNDUZ, Afghanistan (Reuters) - Taliban fighters attacked a string of security checkpoints on the "
            "outskirts of the northern city of Kunduz overnight, killing nine members of the Afghan security "
            "forces and wounding six, provincial officials said on Tuesday.",
            "The fighting began around midnight and lasted for nearly four hours, said Esmatullah Muradi, who "
            "speaks for the governor of Kunduz province.",
            "Government forces killed 14 Taliban fighters in the clashes, the defence ministry said in a "
            "statement.",
            "Taliban spokesman Zabihullah Mujahid said on Twitter that the group's fighters had killed 25 "
            "soldiers and police and captured weapons, a claim officials rejected.",
            "The insurgents frequently exaggerate the casualties they inflict, while the government tends to play "
            "them down.",
            "A local resident, Ghulam Sakhi, said mortar rounds landed near his house during the night but no one "
            "in his family was hurt.",
            "The attack comes as peace talks between the Taliban and the Afghan government have stalled over a "
            "prisoner exchange.",
            "Last week, the interior ministry said 291 members of the security forces had been killed in Taliban "
            "attacks in the previous seven days, the deadliest week in 19 years.",
            "In a separate incident on Tuesday morning, a magnetic bomb attached to a car killed a district "
            "official in Nangarhar province, in the east, police said.",
            "Kunduz city briefly fell to the Taliban in 2015 and came under attack again in 2016."),
        killed=23, injured=6, attackers_killed=14,
        first=dict(place="kunduz")),
    "burkina_village_burials": dict(
        published=date(2020, 1, 14), title="Jihadists kill at least 22 in Burkina Faso village",
        text=_p(
            "OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadists on motorcycles raided a village in the north of "
            "Burkina Faso on Sunday, killing at least 22 civilians, the government said, in the latest assault in "
            "a region overrun by extremist violence.",
            "The attackers surrounded the village of Nagraogo in Sanmatenga province, separated the men from the "
            "women and shot the men, a local official who spoke on condition of anonymity told The Associated "
            "Press.",
            "Government spokesman Remis Dandjinou said in a statement on Monday that 22 people had died and "
            "several others had been wounded, and that a search for the attackers was under way.",
            "By Tuesday, residents who fled to the town of Kaya said they had buried 28 bodies.",
            "\"They came at the hour of prayer, and they shot everyone they found in the street,\" said Salif "
            "Ouedraogo, 52, who escaped by hiding in a granary.",
            "Four of the dead were teenage boys, according to a list compiled by a local aid group.",
            "Attacks linked to al-Qaida and the Islamic State group killed more than 1,800 people in Burkina Faso "
            "in 2019 and displaced nearly half a million, according to United Nations figures.",
            "Earlier this month, 14 people, mostly students, were killed when a bus ran over an explosive device "
            "in the west of the country.",
            "The same day as the village attack, an army patrol was ambushed near Djibo, and five soldiers were "
            "wounded, security sources said.",
            "Burkina Faso was once spared the violence that has plagued neighboring Mali, but attacks have "
            "increased sharply since 2016."),
        killed=28, injured=3, teens_killed=4,
        first=dict(start=date(2020, 1, 12), place=("sanmatenga", "nagraogo", "burkina")),
        claim=dict(kind="killed", point=22, low=22, high=None, source="government")),
    "jammu_grenade_wounded_dies": dict(
        published=date(2018, 3, 20), title="Grenade attack at Jammu bus station kills teenager, wounds 32",
        text=_p(
            "SRINAGAR, India (Reuters) - A grenade hurled at a crowded bus station in the city of Jammu on Monday "
            "killed a teenager and wounded 32 people, police said, in the second such attack at the station in "
            "less than a year.",
            "Inspector General of Police Manish Sinha said the grenade was thrown at a bus parked in the station "
            "at around noon.",
            "The dead boy, 17-year-old Mohammad Sharik from Uttarakhand, was waiting for a bus home, Sinha said.",
            "Eleven of the wounded were in serious condition at the Government Medical College hospital, doctors "
            "said.",
            "Late on Monday, one of them, a 60-year-old woman, died of her wounds, a hospital official said.",
            "Police arrested a suspect, whom Sinha identified as a 19-year-old student from Kulgam district, within "
            "hours of the attack.",
            "\"I saw smoke and then people running with blood on their clothes,\" said Rakesh Kumar, a ticket "
            "seller.",
            "In May last year, a grenade attack at the same station wounded 33 people.",
            "Militants have been fighting Indian rule in Kashmir since 1989, and tens of thousands of people, "
            "mostly civilians, have been killed in the conflict.",
            "Also on Monday, three suspected militants were killed in a gunfight with security forces in the "
            "southern district of Shopian, the army said.",
            "Pakistan, which India accuses of backing the militants, denied involvement."),
        killed=2, injured=32, teens_killed=1,
        first=dict(start=date(2018, 3, 19), place="jammu")),
    "anad_drone_toll_raised_next_day": dict(
        published=date(2019, 1, 15), title="Houthi drone hits Yemen army parade, killing six soldiers",
        text=_p(
            "ADEN, Yemen (AP) — A drone launched by Yemen's Houthi rebels exploded over a military parade at a base "
            "north of the southern city of Aden on Monday, killing six soldiers and wounding at least 20, including "
            "senior officers, officials said.",
            "The drone struck as commanders addressed troops at al-Anad air base in Lahj province, about 60 "
            "kilometers (37 miles) from Aden, security officials said.",
            "Among the wounded were the deputy chief of staff, Maj. Gen. Saleh al-Zindani, and the governor of "
            "Lahj, according to a medical official at the base hospital.",
            "The Houthis' al-Masirah television said the rebels had targeted \"invaders and mercenaries\" with a "
            "new model of drone.",
            "A soldier who was at the parade, who asked not to be named, said the drone exploded about 20 meters "
            "above the stage.",
            "On Tuesday, the head of military intelligence, Brig. Gen. Mohammed Saleh Tamah, died of wounds he "
            "sustained in the attack, the army said, raising the death toll to seven.",
            "The attack is the most serious breach of a ceasefire brokered by the United Nations in Sweden last "
            "month.",
            "The war in Yemen has killed tens of thousands of people since the Saudi-led coalition joined it in "
            "March 2015.",
            "Separately, coalition air raids killed three civilians in the Houthi-held province of Saada on "
            "Monday, the rebels' health ministry said.",
            "The United Nations envoy, Martin Griffiths, urged both sides to show restraint."),
        killed=7, injured=20,
        first=dict(start=date(2019, 1, 14), place=("anad", "lahj", "aden")),
        claim=dict(kind="injured", point=20, low=20, high=None)),
    "koronadal_bomb_child_and_earlier_blast": dict(
        published=date(2018, 9, 4), title="Bomb outside Philippine store kills 2, including boy",
        text=_p(
            "KORONADAL, Philippines (AP) — A bomb hidden in a bag exploded outside a crowded department store in "
            "this southern Philippine city on Monday, leaving two people dead and 34 others wounded, police said.",
            "The blast went off at about 8 p.m. as shoppers crowded the area near a jeepney terminal, regional "
            "police chief Marcelo Morales said.",
            "One of the dead was identified as Carmelita Santos, 58, a street vendor; the other was a 9-year-old "
            "boy whose name was withheld.",
            "A second, smaller device was found unexploded about 100 meters away and was defused by an army bomb "
            "squad, Morales said.",
            "\"The ground shook and the lights went out,\" said Jun Tabora, a tricycle driver who took three of "
            "the wounded to a hospital.",
            "By Tuesday, doctors at the South Cotabato Provincial Hospital said 29 of the wounded had been "
            "released.",
            "Investigators suspect the Bangsamoro Islamic Freedom Fighters, a small militant group that has "
            "pledged allegiance to the Islamic State group.",
            "Last week, a bombing at a night market in the nearby town of Isulan killed three people and injured "
            "36.",
            "Mindanao has been under martial law since May 2017, when militants laid siege to Marawi city for "
            "five months, a battle that left more than 1,100 people dead.",
            "President Rodrigo Duterte ordered security forces to hunt down those responsible."),
        killed=2, injured=34, children_killed=1,
        first=dict(start=date(2018, 9, 3), place="koronadal")),
    "celaya_bar_deaths_in_hospital": dict(
        published=date(2019, 10, 8), title="Gunmen kill eight in bar in Mexico's Guanajuato state",
        text=_p(
            "MEXICO CITY (Reuters) - Gunmen opened fire in a bar in the central Mexican city of Celaya late on "
            "Sunday, killing eight people and wounding five, state prosecutors said, the latest massacre in a "
            "state torn by fighting between drug cartels.",
            "The attackers arrived in two pickup trucks shortly before midnight, entered the bar and began "
            "shooting at customers, according to a written statement from prosecutors in Guanajuato state.",
            "Two of the wounded, a man and a woman, died early on Monday at a local hospital, bringing the death "
            "toll to 10, the office said.",
            "Police found more than 60 shell casings at the scene, mostly from assault rifles.",
            "\"My cousin went there to watch the soccer game,\" said a woman outside the morgue who gave only her "
            "first name, Lupita. \"He was not involved with anybody.\"",
            "Guanajuato, an industrial hub home to several car plants, has become Mexico's most violent state as "
            "the Santa Rosa de Lima cartel battles the Jalisco New Generation Cartel for control of fuel theft "
            "and drug trafficking.",
            "The state registered 2,536 murders in the first eight months of the year, according to government "
            "data.",
            "In August, gunmen killed 11 people at a party in the nearby city of Salamanca.",
            "Hours after the Celaya attack, a police officer was shot dead while on patrol in the city of "
            "Irapuato, local media reported.",
            "President Andres Manuel Lopez Obrador has promised to reduce violence by tackling poverty and "
            "corruption, but homicides hit a record last year."),
        killed=10, injured=5,
        first=dict(start=date(2019, 10, 6), place="celaya"),
        claim=dict(kind="killed", point=10, low=10, high=10)),
    "beni_machete_attack_bodies_found": dict(
        published=date(2019, 11, 19), title="Rebels kill at least 18 in overnight attack near Congo's Beni",
        text=_p(
            "BENI, Congo (AP) — Rebels armed with machetes and guns killed at least 18 people in an overnight "
            "attack on a village near the eastern Congolese city of Beni, local officials said Tuesday, as anger "
            "grows over the failure of the army and United Nations peacekeepers to stop the killings.",
            "The attackers, believed to be fighters of the ADF, a rebel group with roots in Uganda, entered the village of "
            "Mantumbi around 11 p.m. on Monday and went from house to house, said Donat Kibwana, administrator of "
            "Beni territory.",
            "Seven of the victims were women and three were children, he said.",
            "Red Cross workers recovered four more bodies in the bush on Tuesday afternoon, bringing the toll to "
            "22, according to Kizito Bin Hangi, a civil society leader in the area.",
            "Several people suffered wounds and were carried to a clinic in Oicha, he said, and others are missing.",
            "\"We heard screams from the other side of the village, and we ran into the forest with the "
            "children,\" said Kahindo Masika, a mother of five.",
            "The army launched an offensive against the ADF on Oct. 30, and the rebels have since retaliated by "
            "attacking civilians, killing more than 70 people in the past three weeks, according to a tally by "
            "the Kivu Security Tracker.",
            "On Monday, angry residents in Beni set fire to the town hall, accusing U.N. peacekeepers of doing "
            "nothing. One protester was shot dead during the demonstrations, police said.",
            "The violence has also hampered efforts to contain an Ebola outbreak that has killed more than 2,100 "
            "people in the region since August 2018."),
        killed=22, injured=3, children_killed=3,
        first=dict(start=date(2019, 11, 18), place=("beni", "mantumbi"))),
    "tripoli_rockets_children_one_family": dict(
        published=date(2020, 2, 11), title="Rockets kill five civilians in Libyan capital",
        text=_p(
            "TRIPOLI (Reuters) - Rockets crashed into a residential district of the Libyan capital on Monday, "
            "killing five civilians, three of them children from the same family, the health ministry of the "
            "internationally recognised government said.",
            "The rockets hit homes in the Abu Salim district in the early afternoon, wounding seven other people, "
            "ministry spokesman Amin al-Hashemi said.",
            "The children, two girls and a boy aged between four and nine, were playing in the courtyard of their "
            "home when a rocket struck, a neighbour told Reuters.",
            "\"Their mother was inside making lunch. She came out and found them,\" said the neighbour, who asked "
            "not to be named for fear of reprisals.",
            "The Tripoli government blamed forces loyal to eastern-based commander Khalifa Haftar, who have been "
            "trying to seize the capital since April.",
            "A spokesman for Haftar's Libyan National Army (LNA) could not be reached.",
            "The United Nations mission in Libya said last month that at least 284 civilians were killed and 363 "
            "wounded in the conflict in 2019.",
            "A truce brokered by Russia and Turkey in January has been repeatedly violated.",
            "Later on Monday, a shell hit a port warehouse in the city, wounding two workers, a port official "
            "said.",
            "In November, an air strike on a biscuit factory south of Tripoli killed 10 workers, including "
            "foreigners.",
            "European leaders met in Berlin last month and agreed to uphold a U.N. arms embargo, but weapons have "
            "continued to flow into the country."),
        killed=5, injured=7, children_killed=3,
        first=dict(start=date(2020, 2, 10), place=("tripoli", "abu salim")),
        claim=dict(kind="killed", point=5, source=("health", "ministry"))),
    "jalalabad_funeral_bomber_and_council": dict(
        published=date(2018, 12, 18), title="Suicide bomber kills 15 mourners at Afghan funeral",
        text=_p(
            "JALALABAD (Reuters) - A man wearing explosives blew apart a funeral gathering in "
            "Jalalabad, in eastern Afghanistan, on Sunday, killing 15 mourners and wounding 28, a spokesman for "
            "the Nangarhar governor said.",
            "Attaullah Khogyani said the attacker walked into a tent where hundreds of people had gathered for the "
            "funeral of a tribal elder and detonated his explosives.",
            "The bomber was killed in the blast.",
            "On Monday, Khogyani said three of the wounded had died overnight, bringing the death toll to 18.",
            "Sohrab Qaderi, a member of the provincial council, said the toll was higher, and that at least 25 "
            "people had been killed.",
            "\"There were body parts everywhere, even on the trees,\" said Shah Mahmood, who was serving tea at "
            "the gathering.",
            "No group claimed responsibility, but the Islamic State group's local affiliate has claimed several "
            "recent attacks in Nangarhar province, of which Jalalabad is the capital.",
            "Last month, a suicide bombing at a wrestling club in the city killed eight people.",
            "According to the U.N. mission in Afghanistan, 2,798 civilians were killed in the first nine months "
            "of the year.",
            "In another attack on Sunday, gunmen shot dead two female polio vaccinators in Khogyani, a district of "
            "Nangarhar, a health official said.",
            "Afghanistan's President Ashraf Ghani called the bombing a \"heinous crime\" against civilians."),
        killed=19, injured=28, attackers_killed=1,
        first=dict(start=date(2018, 12, 16), place="jalalabad"),
        claim=dict(kind="killed", point=18, source=("khogyani", "spokesman", "governor"))),

    # ================= US local news: shootings and stabbings =================
    "chicago_south_shore_man_and_teen": dict(
        published=date(2017, 6, 20), title="Man, 24, killed and teen wounded in South Shore shooting",
        text=_p(
            "CHICAGO — A 24-year-old man was killed and a 16-year-old boy was wounded in a shooting on Monday night "
            "in South Shore, police said.",
            "The two were standing on a sidewalk in the 7100 block of South Yates Boulevard about 9:40 p.m. when "
            "someone in a passing dark-colored sedan started shooting, Chicago police said.",
            "The man, hit in the chest and head, died at the University of Chicago hospital. The Cook County "
            "medical examiner named him as Darnell Hughes, of the 7000 block of South Chappel Avenue.",
            "The boy, hit in the leg, was in good condition at Comer Children's, a police "
            "statement said.",
            "Nobody had been arrested by Tuesday, and detectives from Area South were on the case.",
            "\"You can't even sit outside anymore,\" said a neighbor, Gloria Patterson, 67, who has lived on the "
            "block for 30 years. \"Every summer it's the same thing.\"",
            "Hughes' aunt said he had just started a job at a warehouse in Bedford Park and was saving for a car.",
            "The shooting was at least the 10th on the block this year, according to police data.",
            "Earlier Monday, a 31-year-old woman was shot in the arm in the Englewood neighborhood while walking "
            "to a bus stop, police said. She was listed in fair condition.",
            "At least 290 people have been killed in Chicago so far this year, according to data kept by the "
            "Tribune.",
            "RELATED: 3 killed, 12 wounded in weekend shootings across Chicago\n"
            "RELATED: Boy, 13, shot while riding bike in Chatham",
            "Copyright © 2017, Chicago Tribune"),
        killed=1, injured=1, teens_injured=1, teens_killed=0,
        first=dict(start=date(2017, 6, 19), place=("south shore", "chicago")),
        claim=dict(kind="killed", point=1, age=24)),
    "baltimore_bus_stop_stabbing_dies": dict(
        published=date(2018, 4, 24), title="Man dies after stabbing at East Baltimore bus stop; suspect, 19, charged",
        text=_p(
            "A man who was stabbed during an argument at an East Baltimore bus stop on Saturday evening has died, "
            "and police have charged a 19-year-old man with murder, authorities said Monday.",
            "Officers responding to a call for a cutting found 45-year-old Keith Lamont Barnes suffering from "
            "multiple stab wounds in the 2100 block of East Monument Street just after 6 p.m., Baltimore police "
            "said.",
            "Barnes was rushed to Johns Hopkins Hospital, where he died Sunday afternoon, police spokeswoman "
            "Gina Porter said.",
            "Detectives identified the suspect as Tavon Miller, 19, of the 600 block of North Montford Avenue, and "
            "arrested him Monday morning at a relative's home in Dundalk.",
            "Court records show Miller faces counts of first- and second-degree murder and carrying a dangerous "
            "weapon with intent to injure. He is being held without bail and is scheduled "
            "for a bail review hearing on Wednesday.",
            "Witnesses told police the two men had argued over a seat on the bench before Miller pulled a knife, "
            "the charging papers say.",
            "A woman who tried to separate them suffered a cut to her hand and was treated at the scene, the "
            "documents say.",
            "\"He was always at that stop, talking to everybody,\" said Denise Carter, who runs a corner store "
            "nearby. \"He didn't deserve that.\"",
            "Barnes' death was Baltimore's 78th homicide of 2018. The city recorded 342 homicides last year, the "
            "second-highest per-capita rate in its history.",
            "Last month, a 16-year-old was fatally stabbed outside a recreation center two blocks away.",
            "Tips can be left for homicide detectives at 410-396-2100 or with Metro Crime Stoppers.",
            "Related:\nBaltimore police: 4 shot, 1 fatally, in Park Heights\n"
            "Teen charged as adult in Northeast Baltimore killing\nSign up for our newsletter"),
        killed=1, injured=1, teens_killed=0,
        first=dict(start=date(2018, 4, 21), place="baltimore"),
        claim=dict(kind="killed", point=1, age=45)),
    "memphis_party_four_shot": dict(
        published=date(2019, 7, 30), title="4 shot, 1 fatally, outside Orange Mound party; teen among wounded",
        text=_p(
            "MEMPHIS, Tenn. — A man died and three other people, among them a 15-year-old "
            "girl, were hurt when gunfire erupted outside a birthday party in Orange Mound late Sunday, Memphis police said.",
            "Officers went to the 2600 block of Carnes Avenue around 11:20 p.m. and found four people with "
            "gunshot wounds, police said in a series of posts on Twitter.",
            "A man died where he fell. He was later named by police as Antonio Reese, 28.",
            "Two men, ages 19 and 23, were taken to Regional One Health in critical condition. The girl went "
            "to Le Bonheur Children's Hospital, and her wounds were not critical.",
            "On Monday afternoon, police said one of the men had been upgraded to stable condition.",
            "Witnesses told officers that an argument broke out in the front yard and that at least two people "
            "began firing, according to a police report.",
            "\"There were kids everywhere. It was supposed to be a birthday party for a 6-year-old,\" said a woman "
            "who lives across the street and asked that her name not be used.",
            "Investigators recovered more than 30 shell casings. No arrests had been made as of Tuesday morning.",
            "A vigil for Reese is planned for 7 p.m. Wednesday at the corner of Carnes and Park avenues.",
            "Reese's mother, Shirley Reese, said her son had two children of his own and worked at a FedEx hub. "
            "\"He went to that party to have a good time,\" she said.",
            "The shooting comes two weeks after gunfire at a gas station on Lamar Avenue, about a mile away, left "
            "one man dead and two hurt.",
            "Memphis has recorded 139 homicides so far this year, according to police.",
            "Call CrimeStoppers at 901-528-CASH with any tips.",
            "RELATED: Man killed in Whitehaven drive-by, police say",
            "Copyright 2019 WMC. All rights reserved."),
        killed=1, injured=3, teens_injured=1, children_injured=0,
        first=dict(start=date(2019, 7, 28), place=("orange mound", "memphis")),
        claim=dict(kind="killed", point=1, age=28)),
    "milwaukee_murder_suicide_sister_wounded": dict(
        published=date(2016, 12, 6), title="Police: Man killed estranged wife, wounded her sister before taking own life",
        text=_p(
            "MILWAUKEE — A 41-year-old man shot and killed his estranged wife and wounded her sister at a home on "
            "Milwaukee's north side Sunday morning before fatally shooting himself, police said.",
            "Officers went to the home in the 4800 block of North 39th Street shortly after 8 a.m. for a "
            "report of shots fired, Milwaukee Police Chief Edward Flynn told reporters later on "
            "Sunday.",
            "Inside, they found the woman, 37, dead in the kitchen and the man dead in an upstairs bedroom of what "
            "looked like a gunshot wound he inflicted on himself, Flynn said.",
            "The woman's sister, 33, had been shot in the shoulder and the hip but managed to run to a neighbor's "
            "house to call 911. She was in serious but stable condition at Froedtert Hospital.",
            "The couple's three children, ages 4, 8 and 12, were in the house but were not hurt, Flynn said.",
            "The medical examiner named the victim as Latoya Simmons and the shooter as Derrick Simmons.",
            "Court records show Latoya Simmons had filed for divorce in September and had sought a restraining "
            "order against her husband in October, which a judge granted.",
            "\"She did everything she was supposed to do,\" said Pastor Ronald Haynes of Greater Faith Baptist "
            "Church, where the family worshipped. \"The system failed her.\"",
            "Neighbors said officers had come to the house at least twice in the past year.",
            "The deaths were the city's 133rd and 134th homicides of the year, according to a Journal Sentinel "
            "database, compared with 140 at the same point last year.",
            "A prayer vigil was scheduled for 6 p.m. Monday at the church.",
            "If you or someone you know is experiencing domestic violence, call the National Domestic Violence "
            "Hotline at 1-800-799-7233.",
            "RELATED: Milwaukee homicides 2016: A map of every victim\n"
            "RELATED: 2 women found dead in Sherman Park apartment"),
        killed=2, injured=1, children_killed=0, children_injured=0,
        first=dict(start=date(2016, 12, 4), place="milwaukee")),
    "indianapolis_party_two_dead_teen_suspect": dict(
        published=date(2020, 8, 18), title="IMPD: 2 dead, 3 hurt in shooting at east side apartment complex; 17-year-old arrested",
        text=_p(
            "INDIANAPOLIS — Two men died and three people were hurt in a shooting early Sunday at an east side "
            "apartment complex, Indianapolis police said.",
            "Officers were dispatched to the Cedar Grove Apartments in the 3800 block of North Mitthoeffer Road "
            "around 2:15 a.m. on a report of a person shot.",
            "When they arrived, they found five people with gunshot wounds in a parking lot where dozens of people "
            "had gathered for a party, IMPD Sgt. Dana Whitfield said.",
            "Two men died in the lot. On Monday the Marion County coroner named them as Jaylen Brooks, 21, and "
            "Marcus Webb, 26.",
            "Of the three injured, a woman was in critical condition and two men were listed as stable, "
            "Whitfield said.",
            "On Monday evening, police announced the arrest of a 17-year-old boy on preliminary charges of murder "
            "and attempted murder. His name was not released because of his age.",
            "Detectives think the gunfire followed a fight that broke out inside one of the apartments "
            "and spilled into the parking lot, Whitfield said.",
            "\"I was asleep and woke up to what sounded like fireworks, like 20 or 30 shots,\" said Teresa "
            "Lindsey, who lives in the building across the lot.",
            "Brooks' sister, Kiara, said her brother had just graduated from Ivy Tech and wanted to be a barber.",
            "The shooting came hours after a 34-year-old man was found shot to death inside a car on the city's "
            "northwest side, a case police do not believe is related.",
            "Indianapolis has recorded 154 homicides this year. The city had 159 criminal homicides in all of "
            "2017, a record.",
            "Tips can be shared anonymously with Crime Stoppers of Central Indiana at 317-262-8477.",
            "More from IndyStar:\nWoman, 19, shot and killed on near east side\n"
            "Police: Man dies after shooting near Lafayette Square"),
        killed=2, injured=3, teens_killed=0, teens_injured=0,
        first=dict(start=date(2020, 8, 16), place="indianapolis")),
    "jacksonville_boy_four_accidental": dict(
        published=date(2017, 4, 11), title="Boy, 4, critically hurt by gunfire in Northwest Jacksonville home; family friend arrested",
        text=_p(
            "JACKSONVILLE, Fla. — A 4-year-old boy was struck in the stomach by a bullet Monday afternoon inside a Northwest "
            "Jacksonville home and was in critical condition, the Jacksonville Sheriff's Office said.",
            "Officers were called to the home on West 24th Street near Moncrief Road shortly before 4 p.m., "
            "Assistant Chief Brian Kee said at the scene.",
            "The boy was rushed to UF Health Jacksonville, where he underwent surgery. By Tuesday morning, his "
            "condition had improved to serious but stable, the Sheriff's Office said.",
            "Investigators said a 22-year-old family friend, identified as Dontavius Hill, was handling a handgun "
            "in the living room when it went off.",
            "Hill, a convicted felon who was not allowed to have a gun, was arrested on charges including "
            "culpable negligence. He is being held at the Duval County jail on $75,000 bond and is due in court April 27.",
            "Two other children, ages 2 and 7, and the boy's mother were in the home at the time but were not "
            "hurt.",
            "\"We're just praying for him,\" said a neighbor, Annette Wilkins. \"He's always out here riding his "
            "little bike.\"",
            "Kee said the gun had been left on a couch within reach of the children.",
            "It is at least the fifth time a child has been shot in Jacksonville this year, according to "
            "Times-Union records. In February, a 3-year-old girl died after finding her father's pistol in a "
            "bedroom on the Westside.",
            "Nationwide, about 1,300 children die from gunshot wounds each year, according to a study published "
            "in the journal Pediatrics.",
            "The Sheriff's Office offers free gun locks at any substation.",
            "Related Content\nJacksonville man charged in death of girlfriend's toddler\n"
            "Police: Teen shot in Arlington drive-by"),
        killed=0, injured=1, children_injured=1, children_killed=0,
        first=dict(start=date(2017, 4, 10), place="jacksonville"),
        claim=dict(kind="injured", point=1, age=4)),
    "st_louis_officer_wounded_suspect_killed": dict(
        published=date(2018, 2, 6), title="Officer wounded, suspect killed in north St. Louis shootout",
        text=_p(
            "ST. LOUIS — A St. Louis police officer was shot in the leg and a suspect was killed during an exchange "
            "of gunfire in the city's Walnut Park neighborhood Monday afternoon, police said.",
            "The officer, a 29-year-old man with four years on the force, was in stable condition at "
            "Barnes-Jewish Hospital, Police Chief John Hayden said.",
            "Hayden said officers tried to stop a stolen Chevrolet Impala near Riverview Boulevard and West "
            "Florissant Avenue shortly after 2 p.m. The driver got out and ran, then turned and fired at the "
            "officers, Hayden said.",
            "Two officers fired back and hit the man several times, and he died on the sidewalk.",
            "Police said the man was 20 but did not give his name. A handgun was recovered next to his body.",
            "A woman who was a passenger in the car was taken into custody but was not hurt.",
            "\"I heard at least 10 shots. I got on the floor with my grandkids,\" said Lorraine Tate, who lives on "
            "the block.",
            "It was the third time this year that a St. Louis officer has been shot. In January, two officers were "
            "wounded while serving a warrant in the Mark Twain neighborhood.",
            "The city's police union president, Jeff Roorda, said officers face \"an onslaught of violence.\"",
            "St. Louis had 205 homicides last year, one of the highest rates of any large U.S. city.",
            "The Force Investigation Unit is reviewing the shooting, as is standard, and the two officers are on "
            "paid leave while it does.",
            "Copyright 2018 KSDK. All rights reserved.",
            "Read more: Teen killed, 2 wounded in shooting near Fairground Park"),
        killed=1, injured=1, attackers_killed=1,
        first=dict(start=date(2018, 2, 5), place=("walnut park", "louis"))),
    "tulsa_bar_stabbing_three": dict(
        published=date(2016, 8, 30), title="Man charged after 3 stabbed, 1 fatally, at downtown Tulsa bar",
        text=_p(
            "TULSA, Okla. — A 34-year-old man faces a first-degree murder complaint after three people were "
            "stabbed, one fatally, at a downtown Tulsa bar early Sunday, police said.",
            "Officers arrived at the Blue Anchor Lounge on East Third Street about 1:30 a.m. after a fight "
            "broke out near the pool tables, Tulsa Police Sgt. Shane Tuell said.",
            "Jeremy Allen Cobb, 26, of Sand Springs, was stabbed in the neck and died at St. John Medical Center "
            "about an hour later.",
            "Two other men, 31 and 45, suffered cuts to their arms and backs. Both were treated and released "
            "Sunday.",
            "The suspect, Eric Dwayne Holt, was tackled by customers and held until officers arrived, Tuell said. "
            "Jail records show he was booked on a murder complaint and two complaints of assault and battery "
            "with a dangerous weapon.",
            "Witnesses told police Holt had been asked to leave after arguing with a bartender and came back a few "
            "minutes later with a folding knife.",
            "\"It all happened in maybe 30 seconds,\" said a bartender who declined to give her name. \"There was "
            "blood all over the floor.\"",
            "Cobb's family described him as a devoted father of two who worked as a welder.",
            "Holt is scheduled to appear in Tulsa County District Court on Sept. 8.",
            "It was the second stabbing downtown in less than a month. On Aug. 6, a man was stabbed and wounded "
            "outside a Brady District nightclub.",
            "Cobb's death was Tulsa's 54th homicide of 2016, according to Tulsa World records, already surpassing "
            "the city's total for all of last year.",
            "Related:\nPolice identify man killed in north Tulsa shooting\n"
            "Woman stabbed during argument at east Tulsa apartment"),
        killed=1, injured=2,
        first=dict(start=date(2016, 8, 28), place="tulsa"),
        claim=dict(kind="killed", point=1, age=26)),
    "new_orleans_block_party_count_updated": dict(
        published=date(2017, 11, 28), title="Police: 12 shot, including 2 children, near New Orleans block party; 1 dies",
        text=_p(
            "NEW ORLEANS — Twelve people, two of them children, were hit by gunfire Sunday evening when gunmen shot "
            "into a crowd gathered for a block party in the 7th Ward, New Orleans police said.",
            "Police initially reported that 10 people had been wounded, but Superintendent Michael Harrison said at "
            "a briefing Monday that two more victims had walked into hospitals on their own, bringing the number "
            "of people shot to 12.",
            "One of the victims, a 33-year-old man, died at University Medical Center late Sunday, the coroner "
            "said. He was identified Monday as Terrell Batiste.",
            "The children, a 9-year-old girl and a 12-year-old boy, were in stable condition at Children's "
            "Hospital, Harrison said.",
            "The other victims were men and women between the ages of 19 and 56. Three of them remained in "
            "critical condition Monday.",
            "Harrison said at least two gunmen fired into the crowd from the corner of St. Bernard Avenue and "
            "North Miro Street around 6:30 p.m.",
            "\"People were dancing, kids were playing, and then it was pop-pop-pop,\" said Cheryl Joseph, who was "
            "selling plates of food at the party. \"Everybody just ran.\"",
            "Mayor Mitch Landrieu called the shooting \"an act of terror on our own people\" and urged witnesses to "
            "come forward.",
            "Crimestoppers has put up a $10,000 reward.",
            "The shooting was the city's worst since May 2015, when 17 people were wounded during a Mother's Day "
            "parade in the same neighborhood.",
            "New Orleans has recorded 141 murders so far this year.",
            "RELATED: Man, 20, killed in Gentilly shooting Saturday\nRELATED: Teen wounded in Algiers drive-by"),
        killed=1, injured=11, children_injured=1, teens_injured=1,
        first=dict(start=date(2017, 11, 26), place="new orleans")),
    "cleveland_car_shooting_second_death": dict(
        published=date(2020, 10, 27), title="Man dies days after shooting that killed woman on Cleveland's east side",
        text=_p(
            "CLEVELAND — A man who was gravely hurt in a shooting that killed a woman on the city's east "
            "side late Saturday has died, police said Tuesday.",
            "Devonte Harris, 30, died Monday at University Hospitals Cleveland Medical Center, Cleveland police "
            "spokeswoman Jennifer Ciaccia said.",
            "Police said Harris and Keyana Moore, 27, were sitting in a parked car on East 125th Street near "
            "Superior Avenue around 11:45 p.m. Saturday when two people walked up and fired into the vehicle.",
            "Moore died in the car. Harris, hit several times in the torso, was driven by medics to the hospital, "
            "where doctors listed him as critical.",
            "A 3-year-old girl who was in the back seat of the car was not hurt, police said. She is Moore's "
            "daughter, relatives said.",
            "Nobody has been arrested. Detectives want to find two men spotted running north on East 125th "
            "Street after the shooting.",
            "\"That baby saw her mother die,\" said Moore's aunt, Patricia Moore. \"How does anyone do that with a "
            "child in the car?\"",
            "A vigil is planned for 6 p.m. Thursday near the scene.",
            "Cleveland has recorded 147 homicides this year, the most since 2016 and already more than the 126 in "
            "all of last year. About a quarter of the victims have been killed on the east side, according to "
            "police data.",
            "In September, three people were hurt when shots were fired from a car at a bus stop just a few blocks from "
            "where Moore and Harris were shot.",
            "Crime Stoppers takes anonymous tips at 216-252-7463, and tipsters may be eligible for a reward of up "
            "to $5,000.",
            "Copyright 2020 by WJW - All rights reserved",
            "Trending stories:\n3 hurt in crash on I-90 in Euclid\nPolice: Man shot at gas station in Slavic "
            "Village"),
        killed=2, injured=0, children_injured=0,
        first=dict(start=date(2020, 10, 24), place="cleveland")),
    "kensington_two_teens_grazed_woman": dict(
        published=date(2019, 8, 27), title="Two teens shot outside Kensington rec center; 18-year-old charged",
        text=_p(
            "PHILADELPHIA — Two teenagers were shot outside a recreation center in Kensington on Monday afternoon, "
            "and an 18-year-old man was arrested a short time later, police said.",
            "A 14-year-old boy was hit once in the back and a 16-year-old boy took a bullet in the thigh on the 3000 "
            "block of Hope Street at about 3:30 p.m., Chief Inspector Dale Perkins said.",
            "Both were taken by police to Temple University Hospital. The 14-year-old was in critical condition "
            "Monday night, and the 16-year-old was listed as stable.",
            "A third person, a 41-year-old woman who was walking past, had her arm grazed by a bullet and "
            "declined to be taken to a hospital, Perkins said.",
            "Officers who heard the shots chased a man who ran from the scene and caught him two blocks away, "
            "Perkins said. A 9mm handgun was found in a trash can along the route.",
            "The man, identified by the District Attorney's Office as Luis Ortiz, 18, of Frankford, faces "
            "counts of attempted murder and aggravated assault. He is due at a preliminary hearing on Sept. 10.",
            "Perkins said the shooting appeared to stem from an ongoing dispute between groups of young men from "
            "neighboring blocks.",
            "\"These are babies,\" said Maria Sanchez, a volunteer at the rec center who ran outside after the "
            "shots. \"The little ones were inside doing arts and crafts.\"",
            "About 20 children were inside the center at the time of the shooting, none of whom were hurt.",
            "As of Monday, 236 people had been killed in Philadelphia this year, a 6% increase over the same time "
            "last year, according to police statistics. More than 900 people have been shot.",
            "Earlier this month, a 10-year-old girl was wounded by a stray bullet while sitting on her front steps "
            "less than a mile away.",
            "Related Stories\n- 'Stop killing our kids': Kensington residents march after summer of shootings\n"
            "- Philly shooting victims 2019: The list"),
        killed=0, injured=3, teens_injured=2, children_injured=0,
        first=dict(start=date(2019, 8, 26), place=("kensington", "philadelphia"))),
    "birmingham_club_guard_kills_gunman": dict(
        published=date(2016, 3, 15), title="Gunman killed by security guard after opening fire in Birmingham nightclub, 3 wounded",
        text=_p(
            "BIRMINGHAM, Ala. — A man who started shooting inside a packed nightclub in Birmingham's Southside early "
            "Sunday was shot and killed by an armed security guard, police said. Three patrons were wounded.",
            "Birmingham police Lt. Sean Edwards said the gunman, who had been thrown out of the club earlier in "
            "the night, came back shortly before 2 a.m. and began shooting toward the dance floor.",
            "A security guard working at the door drew his own weapon and shot the man, who died at the scene, "
            "Edwards said.",
            "Two women and a man were struck by the gunman's bullets. All three went to UAB Hospital with "
            "wounds that did not threaten their lives.",
            "The Jefferson County coroner named the gunman as Cedric Lavon Pruitt, 25, of Bessemer.",
            "The guard, a 38-year-old off-duty sheriff's deputy, was questioned and released. His name was not "
            "made public. The Jefferson County district attorney will review the case, as is routine.",
            "\"If that guard wasn't there, we'd be talking about 10 or 20 dead people,\" Edwards said.",
            "Club patron Tiffany Grant, 24, said she hid behind the bar with a friend. \"We heard him say he was "
            "coming back. Nobody thought he meant it,\" she said.",
            "The club's owner said in a statement that the business would close for a week and would add metal "
            "detectors.",
            "Birmingham has had 21 homicides so far in 2016, according to AL.com records. This shooting will not "
            "count among them if the district attorney rules it justified.",
            "In December, a shooting outside another Southside club left one man dead and two others injured.",
            "Follow AL.com on Facebook and Twitter for breaking news.",
            "Related: Man shot to death in Ensley; police seek suspect"),
        killed=1, injured=3, attackers_killed=1,
        first=dict(start=date(2016, 3, 13), place="birmingham")),
    "fresno_stabbing_mother_children": dict(
        published=date(2017, 9, 26), title="Woman killed, 2 children wounded in Fresno stabbing; husband arrested",
        text=_p(
            "FRESNO, Calif. — A woman was stabbed to death and her two children were wounded inside their southeast "
            "Fresno apartment on Monday morning, and the woman's husband has been arrested, police said.",
            "Police arrived at about 7:10 a.m. to a 911 call from a neighbor who heard screaming at the Sierra "
            "Vista Apartments on East Butler Avenue, Fresno Police Chief Jerry Dyer said.",
            "They found Maria Elena Gutierrez, 36, with multiple stab wounds in the living room. She died "
            "before paramedics could take her away.",
            "Her son, 10, and daughter, 6, had been stabbed in the arms and back, Dyer said. They were taken to "
            "Valley Children's Hospital, where the girl was listed in critical condition and the boy in serious "
            "condition.",
            "By Monday evening, both children were expected to survive, Dyer said.",
            "Officers found the children's father, Ramon Gutierrez, 39, hiding in a carport behind the complex. He "
            "was jailed on suspicion of murder and of two attempted murders.",
            "A third child, a 2-year-old boy, was found unharmed in a bedroom, Dyer said.",
            "Neighbors said the couple had been arguing for weeks. \"You could hear them through the walls every "
            "night,\" said Guadalupe Reyes, who lives next door.",
            "Police had been called to the apartment twice this year for domestic disturbances, Dyer said.",
            "Ramon Gutierrez is scheduled to be arraigned Thursday in Fresno County Superior Court.",
            "It was Fresno's 39th homicide of the year.",
            "Related Content\nFresno man shot, killed in front of his home\n"
            "Community rallies for family of slain Fresno officer"),
        killed=1, injured=2, children_injured=2, children_killed=0,
        first=dict(start=date(2017, 9, 25), place="fresno"),
        claim=dict(kind="killed", point=1, age=36)),
    "kansas_city_house_party_three_dead": dict(
        published=date(2019, 4, 9), title="Three dead, two hurt as gunfire breaks out at Kansas City house party",
        text=_p(
            "KANSAS CITY, Mo. — Three people died and two others were wounded Sunday night when gunfire "
            "broke out at a house party in the Santa Fe neighborhood, Kansas City police said.",
            "Police went to a home in the 3000 block of Wabash Avenue at about 10:50 p.m., Sgt. Ray "
            "Kessler said. They found two men dead inside the home and a third man dead in the front yard.",
            "A woman and a teenage boy were taken to hospitals. The woman was listed in critical condition; the "
            "boy, 15, had a hand wound that posed no danger to his life.",
            "The victims who died were identified Monday as Marquis Lane, 22; DeAndre Hollis, 19; and Jerome "
            "Hollis, 24, who were cousins.",
            "Police initially said four people had been shot but later updated the number to five.",
            "Investigators believe two men who had been turned away at the door returned with guns and opened "
            "fire, Kessler said. No arrests have been made.",
            "\"They didn't have a chance,\" said Cynthia Hollis, the aunt of two of the men killed. \"They were "
            "just there to celebrate a birthday.\"",
            "About 40 people were at the party, most of them in their teens and early 20s, neighbors said.",
            "With the killings, Kansas City has now had 38 homicides this year, according to The Star's records.",
            "Last year, the city had 138 homicides, down from a record 155 in 2017.",
            "The shooting happened less than a mile from where two people were killed and five were injured at a "
            "nightclub in February.",
            "The TIPS Hotline takes anonymous calls at 816-474-8477.",
            "More on KansasCity.com\nMan found shot to death in car in south Kansas City\n"
            "Woman wounded in shooting at Westport bar"),
        killed=3, injured=2, teens_injured=1,
        first=dict(start=date(2019, 4, 7), place=("kansas city", "santa fe"))),
    "louisville_linked_shootings_separate_teen": dict(
        published=date(2017, 10, 17), title="Louisville man killed, another wounded in linked shootings in Shawnee",
        text=_p(
            "LOUISVILLE, Ky. — A man died and a second man was hurt in two shootings that police believe "
            "are connected in the Shawnee neighborhood on Monday night.",
            "Metro Police spokeswoman Erin Hardesty-Cole said officers were called to a gas station at West "
            "Broadway and 41st Street around 9:15 p.m. and found a man who had been shot multiple times. He died "
            "at the scene.",
            "About 15 minutes later, a second man with a gunshot wound to the leg walked into the "
            "university hospital downtown, Hardesty-Cole said. He told officers he had been shot near the same gas station.",
            "The wounded man, 23, was expected to recover. He is cooperating with detectives, Hardesty-Cole said.",
            "The coroner named the dead man as Tyrell Dunn, 31, of Louisville.",
            "A camera at the gas station recorded a dark SUV pulling into the lot and someone firing from "
            "the passenger window, according to a police source.",
            "\"I've told my kids, don't go to that store after dark,\" said Yolanda Briggs, who lives on nearby "
            "Greenwood Avenue.",
            "Dunn's sister, Monique, said her brother had three daughters and worked nights at a UPS warehouse.",
            "The homicide was Louisville's 92nd of the year. The city recorded 117 homicides in 2016, the most in "
            "decades.",
            "In a separate shooting earlier Monday, a bullet hit a 16-year-old boy in the arm in Park "
            "Hill. He is expected to recover, police said.",
            "The anonymous tip line is 574-LMPD.",
            "Related: 2 shot near Shawnee Park basketball courts",
            "Copyright 2017 Courier-Journal"),
        killed=1, injured=1, teens_injured=0,
        first=dict(start=date(2017, 10, 16), place=("shawnee", "louisville"))),
    "detroit_home_invasion_wounded_intruder": dict(
        published=date(2016, 10, 4), title="Grandfather killed, teen grandson wounded in Detroit home invasion",
        text=_p(
            "DETROIT — A 62-year-old man was shot and killed and his 17-year-old grandson was wounded when two men "
            "forced their way into their home on Detroit's west side early Sunday, police said.",
            "The teen shot one intruder, a 20-year-old man, during the struggle, and that man was arrested at "
            "a hospital where he had gone for treatment, Detroit Police Sgt. Alan Kowalski said.",
            "The second intruder escaped and was still being sought Monday.",
            "The shooting happened about 3 a.m. in the 14000 block of Greenfield Road near Lyndon Street, Kowalski "
            "said.",
            "The grandfather, identified by family as Willie James Turner, was shot in the chest as he confronted "
            "the men in the hallway and died at Sinai-Grace Hospital.",
            "His grandson was shot in the shoulder but managed to grab a pistol his grandfather kept in a bedroom "
            "and fire back, Kowalski said. He was in stable condition.",
            "The wounded suspect, not yet named, was under police guard at Henry Ford Hospital in serious but "
            "stable condition.",
            "\"Mr. Turner was the block,\" said neighbor Carl Dixon. \"He cut everybody's grass. He watched "
            "everybody's kids.\"",
            "Prosecutors are expected to review charges this week. The suspect could be charged with felony "
            "murder, home invasion and assault.",
            "Detroit police say home invasions on the west side have risen this year, and the department has "
            "added patrols in the Greenfield corridor.",
            "Detroit recorded 295 homicides last year, its fewest since 1967.",
            "In August, a 35-year-old woman was killed and her boyfriend wounded in a home invasion less than a "
            "mile away.",
            "RELATED: 2 men shot outside west side liquor store",
            "Copyright 2016 The Detroit News"),
        killed=1, injured=2, teens_injured=1,
        first=dict(start=date(2016, 10, 2), place="detroit")),
}

# (field, case) -> the class of the failure, for the cases the extractor does not read yet (the module that owns
# the form in brackets; victims.py, article_totals.py, ages.py, article_dates.py, context.py and places.py were another
# helper's this round).
_BOTH_DIED = ("attackers' deaths told with 'both' and no numeral ('The bombers, a man and a teenage girl, both died') are "
              "not read (mentions: 'both' is no figure); reading them as a figure of two makes the next sentence's "
              "'Among the dead were three children' a subset of the bombers (victims._article_parent takes any last "
              "figure of the dead), so the fix waits for that step to pass over attackers' figures")
_YEAR_STATISTIC = ("a country's statistic for the past year ('killed more than 1,800 people in Burkina Faso in 2019', "
                   "published two weeks into the next year) is neither a summary nor background (article_dates: a year "
                   "told as a point is background only when it ended more than two weeks before)")
_RELATIVE_SUBJECT_DIED = ("a lede's death whose subject holds a relative clause with another death ('A man who was gravely "
                          "hurt in a shooting that killed a woman ... has died') reads only the woman, and the two named "
                          "dead ('Devonte Harris, 30, died'; 'Moore died') are not a roster toll (victims, article_totals)")
_HURT_BY_CUT = ("a person hurt told by 'had her arm grazed by a bullet' (read since xfixa) whose subject is an apposition "
                "holding a relative clause ('A third person, a 41-year-old woman who was walking past, had ...') is not "
                "read: the subject before the commas is found only for a name or an age (victims._APPOS_SUBJ)")
_STATISTIC_GOES_ON = ("a year-to-date statistic continued in the next sentence without its own cue ('As of Monday, 236 "
                      "people had been killed in Philadelphia this year ... More than 900 people have been shot.') is "
                      "read as the toll (summaries read one sentence)")
_ATTACKER_HURT_APART = ("an attacker wounded by his victim, told in a sentence of his own ('The teen shot one intruder, a "
                        "20-year-old man') is not added to the victims' figure (article_totals)")
_OTHER_WAS_A_CHILD = ("a child among the dead told as 'One of the dead was ...; the other was a 9-year-old boy' is not a "
                      "child killed (ages)")
_TAKEN_TO_HOSPITALS = ("victims told by being taken to hospitals with no casualty verb ('A woman and a teenage boy were "
                       "taken to hospitals') are not read, so the teen is not counted (victims, ages; tried by xfixa: "
                       "'hospitals' read like 'a hospital' and a woman beside a boy one victim each: the sentence's two "
                       "are then dropped beside the lede's wounded, and one GVA dev child with its age is lost)")
_DATELINE_OVER_VILLAGE = ("the dateline's capital (Ouagadougou) is given to the lede's figure whose scene is 'a village in "
                          "the north of Burkina Faso', the village and its province named in the next sentence "
                          "(context, places)")

XFAIL: dict[tuple[str, str], str] = {
    ("killed", "burkina_village_burials"): _YEAR_STATISTIC,
    ("place", "burkina_village_burials"): _DATELINE_OVER_VILLAGE,
    ("minors", "koronadal_bomb_child_and_earlier_blast"): _OTHER_WAS_A_CHILD,
    ("killed", "cleveland_car_shooting_second_death"): _RELATIVE_SUBJECT_DIED,
    ("injured", "kensington_two_teens_grazed_woman"): _STATISTIC_GOES_ON + "; " + _HURT_BY_CUT,
    ("injured", "detroit_home_invasion_wounded_intruder"): _ATTACKER_HURT_APART,
    ("minors", "kansas_city_house_party_three_dead"): _TAKEN_TO_HOSPITALS,
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_long_and_half_of_each_kind():
    check_long_set(CASES, 30, range(10, 31))


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_claim_bounds, test_claim_source, test_claim_age = SET.claim_tests("low", "source", "age")


# --- the limits of the fixes this set led to (invented sentences)
def _read(text, published=date(2019, 3, 21)):
    from pipeline.extract.extractor import extract_claims

    return [(c.casualty_type, c.count_point, c.is_summary) for c in extract_claims(text, published)]


def test_a_speaker_set_off_by_a_comma_is_not_one_more_victim():
    assert _read("A car bomb hit the market on Monday, killing 9 traders and wounding 20, a spokeswoman for the district "
                 "council said.") == [("killed", 9, False), ("injured", 20, False)]
    # a list of victims after a comma is still read
    assert ("injured", 2, False) in _read("Gunmen killed four villagers and wounded 3, a teacher and two farmers.")


@pytest.mark.parametrize("text", [
    "\"If the guard had not been there, we'd be talking about 15 dead people,\" the chief said.",
    "Without the alarm, officials said, they would be counting 40 dead.",
])
def test_a_toll_that_did_not_happen_is_no_figure(text):
    assert [t for t in _read(text) if t[0] == "killed"] == []


def test_a_conflict_with_an_apposition_before_its_verb_is_a_summary():
    assert _read("The insurgency, now in its eighth year, has killed more than 20,000 people.") == [
        ("killed", 20000, True)]


def test_the_second_subset_of_a_group_is_read_with_its_group():
    from pipeline.extract.extractor import extract_claims

    claims = extract_claims("Raiders killed 16 people on Friday. Six of the victims were women and four were "
                            "children, a local official said.", date(2019, 3, 21))
    assert [(c.count_point, c.victim_group, c.is_child, c.parent_key is not None) for c in claims] == [
        (16, "people", False, False), (6, "women", False, True), (4, "children", True, True)]


def test_a_figure_the_sentence_corrects_is_no_figure():
    assert _read("Police had initially put the death toll at 12, but later said three bodies had been counted "
                 "twice.")[0][1] != 12
    assert _read("The call was initially logged as a quadruple shooting, but officers found that five people were "
                 "shot.") == [("injured", 5, False)]
    # the correction must give a figure of its own: here the man shot stays
    assert _read("Deputies originally said a 20-year-old man was wounded in the chest, but later said the bullet hit "
                 "his arm.") == [("injured", 1, False)]


def test_a_sentence_set_apart_as_another_incident_after_the_articles_own():
    text = ("A roadside bomb killed four soldiers near Kandahar on Monday, officials said. Separately, gunmen wounded "
            "seven policemen at a checkpoint in Herat on Monday. In a separate incident on Sunday, a grenade killed two "
            "boys in Kunduz.")
    assert _read(text) == [("killed", 4, False), ("injured", 7, True), ("killed", 2, True)]
    # with no figure before it, the incident told "separately" is the article's own
    assert _read("The council met on Monday to discuss the budget. In a separate incident, a 7-year-old girl was wounded "
                 "by gunfire on Sunday.") == [("injured", 1, False)]


def test_a_sentence_of_the_same_day_elsewhere_is_another_incident():
    text = ("A suicide bomber killed 6 people at a mosque in Quetta on Tuesday, officials said. Earlier on Tuesday, "
            "gunmen shot dead 9 policemen at a checkpoint in Turbat, police said.")
    assert _read(text, date(2017, 8, 16)) == [("killed", 6, False), ("killed", 9, True)]
    # the same day in the same city may be the same incident (a later toll, a follow-up): left as it reads
    text = ("A suicide bomber killed 6 people at a mosque in Quetta on Tuesday, officials said. Later on Tuesday, a "
            "doctor at the Civil Hospital in Quetta said 9 people had died.")
    assert [t[2] for t in _read(text, date(2017, 8, 16))] == [False, False]


@pytest.mark.parametrize("np, group", [
    ("A man who started shooting inside a packed nightclub", "attackers"),
    ("an armed man who opened fire at officers", "attackers"),
    ("a woman who was shot by a man who opened fire", "women"),  # the head is the victim
    ("a man who was walking his dog", "people"),
])
def test_an_attacker_named_by_what_he_did(np, group):
    from pipeline.extract.grammar import victim_group_of

    assert victim_group_of(np)[0] == group
