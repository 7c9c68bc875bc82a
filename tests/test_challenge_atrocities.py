"""Challenge set: ATROCITIES AGAINST CIVILIANS told as short event descriptions, in the style of the World Atrocities
Dataset's source texts, written before the pipeline was run on it, with the figures a careful coder gives from the
text alone under docs/conventions.md.

Forty texts of one to five sentences (30 to 150 words), 2016-2020, most in the manner of wire copy (AFP, Reuters, AP,
Xinhua, Anadolu, Lusa, a BBC Monitoring excerpt of Pajhwok), most without a dateline and none with a title: Boko
Haram, ISWAP, herders and bandits in Nigeria; separatists in Cameroon's Anglophone regions; jihadists in Burkina Faso,
Mali and Niger; the ADF in Beni and CODECO in Ituri; anti-balaka fighters in the Central African Republic; a cattle
raid in South Sudan; al-Shabaab in Mogadishu and Beledweyne; insurgents in Cabo Delgado; a massacre in Oromia; the
Taliban and Islamic State in Afghanistan; sectarian gunmen and a grenade in Pakistan; a lynching in Tripura and a
grenade in Sopore; shelling in Rakhine; a village chief shot in Cebu; air strikes and executions in Syria; Islamic
State in Anbar and Diyala; the coalition and the Houthis in Yemen; militants in North Sinai; cartel killings and
bodies on a bridge in Mexico; an indigenous leader in Cauca; landless farmers in Para. The forms: numbers in words and
digits, "at least", "more than", "nearly", "scores" beside the government's 29, "dozens" and "several" wounded; victims
without a numeral ("a traditional chief and his wife", "the chief of Dogofry village and one of his sons", "a tribal
sheikh and three of his sons"); deaths and injuries in different sentences; sums of groups ("a Catholic priest and four
customs officers", "14 civilians, including three children, and two policemen", "their mother and four neighbours");
subsets that are not the total ("including five children", "among them seven women and a baby", "six of them women",
"five of them children"); competing figures (police against residents in one sentence, a toll revised up from an
initial one, a toll that later rose, an insurgents' claim in a sentence of its own); attackers killed by the forces
that repelled them, a suicide bomber who "blew himself up", a second bomber shot dead, assailants "neutralised", an
attacker wounded and arrested; people abducted, missing, houses, granaries and a palace burned; texts with no injury
figure and with vague ones. Thirteen cases have children (0-11) or teens (12-17) among the victims.

Golds (docs/conventions.md): ``killed`` and ``injured`` are the article's totals; the four minors' fields (0 where
none); ``attackers_killed`` (and ``attackers_injured``) where the text tells attackers fighting, killed or hurt;
``first``: the day and the place of the article's first counted claim. Judgements:
- Everyone killed or hurt counts, soldiers, militiamen, peacekeepers, police and attackers too ("Who is counted"),
  and attackers are also totalled apart. WAD's coders, who count non-combatant victims only, would differ on
  mainok (1 civilian, not 22), tera (0), bangassou (0), beledweyne (17), uruzgan (2), heet (16) and bir_al_abd (2
  civilians hurt, 0 killed).
- Insurgents, militants and gunmen killed by the forces after they attacked ("killed 17 of the insurgents", "killed
  10 of them", "killed all four gunmen") are attackers. A suicide bomber who "blew himself up" is no stated death, and
  assailants "neutralised" are no deaths ("Who is counted" / conventions' wars set): both give 0 attackers killed.
- Vague words take the table's value: "several others were injured" is 3, "Dozens of people were wounded" 24; a
  sentence of "scores" dead yields to the 29 another sentence gives (Article totals 2).
- Two parties in one sentence ("police said, but residents put the death toll at 37"): the authorities' figure. A
  figure officials "had initially put" and a toll that "later rose" / "had risen": the later toll. An insurgents'
  claim ("its fighters had killed 30 militiamen") in a sentence of its own is set aside (Article totals 2a).
- Bodies found ("The bodies of nine men ... were found", "Another 10 dismembered bodies were found") are deaths, the
  "Another" ones added. People abducted, kidnapped, missing or rescued unhurt, and houses burned, are no casualties.
- "mostly women and children" gives no number of minors: the pibor case has no minors' fields. Children without an
  age ("including five children", "a baby") are children 0-11; "two boys aged 12 and 14" are teens; "a 16-year-old
  schoolgirl" and "his 16-year-old nephew" are teens.
- ``first`` day: the attack's day the text names, resolved from the publication date (a bare weekday is the latest on
  or before it; "late on Saturday" in a Sunday report is Saturday), never a statement's day; for the texts that name
  no day of the attack (only "said on Monday", an "overnight raid", or nothing) it is the start of the publication
  window [publication - 1 day, publication] that docs/conventions.md gives them ("No day named"). Place: the village,
  town or district of the scene, or the area holding it, never the dateline's city when the scene is elsewhere
  (Maiduguri for Mainok, Ramadi for Heet, Beirut for Maarat al-Numan, Mexico City for Celaya), nor a hospital's town.
  Cases with nobody killed or hurt have no ``first``.

Every sentence is invented; none is taken from the development data or from a published report (the towns, regions,
armed groups, agencies and hospitals are real, the incidents, figures and people are not).

First run (frozen worktree of 302e57e, the commit that added the set, before any fix), passing / checked: killed
34/40, injured 36/40, children and teens 38/39, attackers killed 7/9, attackers injured 5/5, day 37/38, place 34/38.
Corrected after the first run (no text or figure changed): bir_al_abd's accepted place names lacked the gazetteer's
spelling of the town, "Bi'r al 'Abd" (with a curly quote), which the first claim had read right; "bi'r al" was added,
so place is 35/38 counting it. The 17 misses are strict xfails with their class (XFAIL), by the fields they cost:
attackers killed or hurt told in a sentence of their own after their victims' figure are not added to it (the largest
sentence total), whether read as attackers ("Security forces killed all four gunmen", "A second bomber was shot dead
by police", "wounded one of the attackers") or typed militants or people ("killed 17 of the insurgents", "chased the
attackers and killed 10 of them", which also cost attackers killed): 7 fields; a lede whose subject holds an "among
them" apposition before "were hacked or shot to death" gives no claim at all (4 fields: killed, minors, day and place
of one text), and its "Nine people with machete wounds were taken to hospital" is unread (1); victims unread: the
second object after a place in apposition ("shot dead the chief of Dogofry village, in the Niono district ..., and
one of his sons"), people "rescued by police and admitted to <a named college> with injuries", and a group after an
including list taken for one more subset ("14 civilians, including three children, and two policemen"): 1 each;
places: a scene the gazetteer lacks named with its distance from a city ("in Mainok, 55 km west of Maiduguri") takes
the landmark city, and a part of a city in its possessive ("in Quetta's Jinnah Road area") leaves no place: 1 each.
Read right at first: competing figures (police against residents, an initial toll, a toll that rose, the Taliban's
claim), "scores" beside 29, "dozens" and "several" wounded, bodies found and "Another 10", "neutralised" and "blew
himself up" as no deaths, abductions and burned houses as no casualties, and every publication-window day.

After the 0.24.0 fixes (docs/conventions.md, "Who is counted"): "were hacked or shot to death" and its "among them"
apposition, "Nine people with machete wounds were taken to hospital", "rescued by police and admitted to ... Medical
College": killed 35/40, injured 38/40, minors 39/39, day 38/38, place 36/38; a town named by its distance
from a city (Mainok): place 37/38; "chased the attackers and killed 10 of them" (Bir al-Abd): attackers killed 8/9. The rest stay strict xfails with their
class (attackers told apart: measured and not adopted, docs/evaluation.md).
"""
from __future__ import annotations

import re
from datetime import date

from challenge_harness import NO_MINORS, ChallengeSet, minors

CASES: dict[str, dict] = {
    # --- Nigeria: Boko Haram; a subset of children; the wounded in a sentence of their own
    "dalori_boko_haram_raid_children": dict(
        published=date(2018, 4, 17),
        text="Boko Haram fighters killed at least 18 people, including five children, when they stormed the village "
             "of Dalori on the outskirts of Maiduguri on Sunday night, residents and a militia leader said. The "
             "gunmen shot at fleeing villagers and threw explosives into huts before escaping on motorcycles. Eleven "
             "other people were wounded and taken to the University of Maiduguri Teaching Hospital, a militia leader "
             "told AFP.",
        killed=18, injured=11, **minors(children=(5, 0)),
        first=dict(start=date(2018, 4, 15), place=("dalori", "maiduguri", "borno"))),
    # --- Nigeria: ISWAP at an army base; soldiers and a vigilante killed, 17 insurgents killed by the troops
    "mainok_iswap_base_insurgents_killed": dict(
        published=date(2019, 6, 14),
        text="MAIDUGURI, Nigeria (Reuters) - Fighters loyal to Islamic State West Africa Province attacked a military "
             "base in Mainok, 55 km west of Maiduguri, on Thursday evening, killing four soldiers and a civilian "
             "vigilante, two military officers said. Troops backed by an air force jet repelled the assault after a "
             "two-hour gun battle and killed 17 of the insurgents, an army spokesman said in a statement. Three "
             "soldiers were wounded.",
        killed=22, injured=3, **NO_MINORS, attackers_killed=17, attackers_injured=0,
        first=dict(start=date(2019, 6, 13), place=("mainok", "borno"))),
    # --- Nigeria: bandits in Zamfara; police against residents in one sentence; women abducted
    "kwatarkwashi_bandits_police_vs_residents": dict(
        published=date(2018, 7, 12),
        text="Armed bandits on motorcycles killed more than 20 people in Kwatarkwashi, in Zamfara state's Tsafe "
             "district, on Wednesday, police said, but residents put the death toll at 37. The gunmen also rustled "
             "hundreds of cattle and abducted several women, a local government official said.",
        killed=20, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 7, 11), place=("kwatarkwashi", "tsafe", "zamfara"))),
    # --- Nigeria: herders and farmers in Plateau; a pastor, his wife and 10 others; "several others were injured"
    "dong_plateau_pastor_wife_villagers": dict(
        published=date(2018, 3, 13),
        text="A pastor, his wife and 10 other villagers were slaughtered when suspected herdsmen raided Dong village "
             "in Jos North, Plateau state, overnight, a community leader said on Tuesday. Several others were "
             "injured and more than 40 houses were burnt, he said.",
        killed=12, injured=3, **NO_MINORS,
        first=dict(start=date(2018, 3, 12), place=("dong", "jos", "plateau"))),
    # --- Nigeria: worshippers kidnapped from a mosque; nobody killed or hurt
    "dankar_katsina_mosque_abduction_no_casualties": dict(
        published=date(2019, 11, 17),
        text="Gunmen abducted 12 worshippers, among them an imam, from a mosque in Dankar village in Katsina state's "
             "Batsari district during dawn prayers on Saturday, a police spokesman said. No one was killed or "
             "injured in the raid, he said, adding that a search for the abducted worshippers had been launched.",
        killed=0, injured=0, **NO_MINORS),
    # --- Cameroon (North-West): a chief and his wife, no numeral; the palace burned
    "batibo_separatists_chief_and_wife": dict(
        published=date(2019, 2, 11),
        text="A traditional chief and his wife were killed by suspected separatist fighters who stormed their home in "
             "Batibo, in Cameroon's North-West region, and set fire to the chief's palace, a local administrative "
             "official said on Monday. The gunmen accused the chief of collaborating with the army, the official "
             "said. No one else was hurt.",
        killed=2, injured=0, **NO_MINORS,
        first=dict(start=date(2019, 2, 10), place=("batibo", "north-west", "northwest"))),
    # --- Cameroon (South-West): a taxi fired on; three killed among them a teen, the driver wounded
    "buea_muyuka_taxi_schoolgirl": dict(
        published=date(2018, 10, 4),
        text="Gunmen opened fire on a shared taxi on the road between Buea and Muyuka in Cameroon's Southwest region "
             "on 3 October, killing three passengers, among them a 16-year-old schoolgirl, and wounding the driver, "
             "the regional governor said. The army blamed Anglophone separatists, who denied any involvement in a "
             "statement.",
        killed=3, injured=1, **minors(teens=(1, 0)),
        first=dict(start=date(2018, 10, 3), place=("buea", "muyuka", "southwest", "south-west"))),
    # --- Burkina Faso: a priest and four customs officers (a sum, one without a numeral)
    "djibo_priest_and_customs_officers": dict(
        published=date(2017, 9, 24),
        text="Suspected jihadists ambushed a vehicle near Djibo in northern Burkina Faso on Friday, killing a "
             "Catholic priest and four customs officers who were travelling with him, security sources said. The "
             "attackers set the vehicle on fire and fled towards the Malian border.",
        killed=5, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 9, 22), place=("djibo", "soum"))),
    # --- Burkina Faso: "scores" dead in the lede, the government's 29 in the next sentence; "several" wounded
    "gorom_gorom_market_scores_then_29": dict(
        published=date(2019, 10, 13),
        text="Gunmen on motorcycles opened fire on the weekly cattle market in Gorom-Gorom, in Burkina Faso's "
             "Oudalan province, leaving scores of people dead, local sources said. In a statement on Sunday the "
             "government said 29 civilians had been killed and several others wounded in Saturday's attack, and "
             "that security forces were combing the area.",
        killed=29, injured=3, **NO_MINORS,
        first=dict(start=date(2019, 10, 12), place=("gorom", "oudalan"))),
    # --- Mali: a Fulani hamlet; women and children among the 16; an initial toll of 12
    "bankass_fulani_hamlet_initial_toll": dict(
        published=date(2018, 5, 21),
        text="Armed men killed 16 Fulani villagers, among them four women and two children, in an attack on a hamlet "
             "near Bankass in central Mali's Mopti region on 19 May, the government said on Monday. Officials had "
             "initially put the toll at 12. The attackers, dressed as traditional Dozo hunters, also burned "
             "granaries and livestock pens.",
        killed=16, injured=0, **minors(children=(2, 0)),
        first=dict(start=date(2018, 5, 19), place=("bankass", "mopti"))),
    # --- Mali: a village chief and one of his sons shot dead, a second son wounded
    "dogofry_village_chief_and_son": dict(
        published=date(2020, 3, 4),
        text="Suspected jihadists shot dead the chief of Dogofry village, in the Niono district of central Mali, and "
             "one of his sons late on Tuesday, a local elected official said. A second son was wounded and "
             "evacuated to the health centre in Niono. The gunmen escaped on motorbikes.",
        killed=2, injured=1, **NO_MINORS,
        first=dict(start=date(2020, 3, 3), place=("dogofry", "niono", "segou", "ségou"))),
    # --- Niger: soldiers killed at a post; assailants "neutralised" (no stated deaths)
    "tera_army_post_assailants_neutralised": dict(
        published=date(2020, 3, 20),
        text="NIAMEY, March 20 (Xinhua) -- Attackers killed 12 soldiers at a military post near Tera, in Niger's "
             "Tillaberi region close to the Malian border, on Thursday, the defence ministry said in a statement "
             "read on state television. \"Several dozen\" assailants were neutralised during the fighting, and eight "
             "soldiers were wounded, the statement said.",
        killed=12, injured=8, **NO_MINORS, attackers_killed=0,
        first=dict(start=date(2020, 3, 19), place=("tera", "téra", "tillab"))),
    # --- DRC: ADF near Beni; a baby among the dead; the hurt taken to hospital in another town
    "mamove_adf_women_and_baby": dict(
        published=date(2019, 11, 14),
        text="At least 22 civilians, among them seven women and a baby, were hacked or shot to death when ADF rebels "
             "raided the village of Mamove, north of Beni, on Wednesday night, local officials said. Several houses "
             "were set ablaze. Nine people with machete wounds were taken to hospital in Oicha, the territory "
             "administrator said.",
        killed=22, injured=9, **minors(children=(1, 0)),
        first=dict(start=date(2019, 11, 13), place=("mamove", "beni"))),
    # --- DRC: CODECO in Djugu; "six of them women"; 200 houses burned
    "blukwa_codeco_djugu": dict(
        published=date(2020, 5, 11),
        text="CODECO militiamen armed with machetes and firearms attacked the village of Blukwa in Djugu territory, "
             "Ituri province, on Sunday, killing 17 people, six of them women, a local civil society leader said. "
             "Ten other people were wounded, and some 200 houses were burned, he said.",
        killed=17, injured=10, **NO_MINORS,
        first=dict(start=date(2020, 5, 10), place=("blukwa", "djugu", "ituri"))),
    # --- CAR: peacekeepers ambushed; four attackers killed when they returned fire
    "bangassou_peacekeepers_ambush": dict(
        published=date(2018, 4, 11),
        text="Anti-balaka militiamen ambushed a convoy of UN peacekeepers near Bangassou in the southeast of the "
             "Central African Republic on Tuesday, killing two Moroccan peacekeepers and wounding three others, the "
             "UN mission MINUSCA said. The peacekeepers returned fire and killed four of the attackers, the mission "
             "said in a statement.",
        killed=6, injured=3, **NO_MINORS, attackers_killed=4, attackers_injured=0,
        first=dict(start=date(2018, 4, 10), place=("bangassou", "mbomou"))),
    # --- South Sudan: a cattle raid; "nearly 30", "mostly women and children" (no number of minors); children abducted
    "pibor_cattle_camp_raid": dict(
        published=date(2017, 3, 13),
        text="Armed youths from a rival community raided cattle camps near Pibor in South Sudan's Jonglei state on "
             "Saturday, leaving nearly 30 people dead, mostly women and children, and abducting about 20 children, "
             "the county commissioner said. The raiders also made off with thousands of cattle, he said.",
        killed=30, injured=0,
        first=dict(start=date(2017, 3, 11), place=("pibor", "jonglei"))),
    # --- Somalia: a car bomb in Mogadishu; 15 then 23 dead; "dozens" wounded
    "mogadishu_car_bomb_toll_rose": dict(
        published=date(2019, 12, 15),
        text="MOGADISHU (Reuters) - A car bomb exploded outside a busy restaurant near the K4 junction in Mogadishu "
             "on Saturday, killing at least 15 people, police said. The death toll later rose to 23 as more of the "
             "wounded died in hospital, police captain Mohamed Hussein told Reuters. Dozens of people were wounded. "
             "Al Shabaab claimed responsibility in a statement on its Andalus radio station.",
        killed=23, injured=24, **NO_MINORS,
        first=dict(start=date(2019, 12, 14), place=("mogadishu", "banaadir", "benadir"))),
    # --- Somalia: a hotel siege in Beledweyne; the four gunmen killed by the forces; the suicide bomber's death untold
    "beledweyne_hotel_siege_gunmen_killed": dict(
        published=date(2018, 6, 30),
        text="Al Shabaab gunmen stormed a hotel in the central Somali town of Beledweyne on Friday evening after a "
             "suicide bomber rammed an explosives-laden car into its gate, killing at least 17 people, including a "
             "local journalist and a police officer, regional officials said. Security forces killed all four "
             "gunmen after a siege that lasted into the night. More than 40 people were wounded.",
        killed=21, injured=40, **NO_MINORS, attackers_killed=4, attackers_injured=0,
        first=dict(start=date(2018, 6, 29), place=("beledweyne", "beled weyne", "belet weyne", "hiiraan", "hiran"))),
    # --- Mozambique: seven beheaded, two boys of 12 and 14 among them; homes burned
    "chai_macomia_beheadings_boys": dict(
        published=date(2020, 6, 16),
        text="Suspected Islamist insurgents beheaded seven villagers, including two boys aged 12 and 14, in an attack "
             "on the village of Chai in Macomia district, Cabo Delgado province, on Sunday night, local sources told "
             "Lusa news agency. The attackers also burned down dozens of homes before retreating into the bush.",
        killed=7, injured=0, **minors(teens=(2, 0)),
        first=dict(start=date(2020, 6, 14), place=("chai", "macomia", "cabo delgado"))),
    # --- Mozambique: houses, a church and a health post burned; nobody hurt; three women missing
    "miangalewa_houses_burned_no_casualties": dict(
        published=date(2020, 7, 9),
        text="Insurgents raided the village of Miangalewa in Cabo Delgado's Muidumbe district on Wednesday, setting "
             "fire to more than 100 houses, a church and a health post, residents said. Most residents had fled into "
             "the bush when they heard gunfire and there were no reports of casualties, a local administrator told "
             "Lusa. Three women were reported missing.",
        killed=0, injured=0, **NO_MINORS),
    # --- Ethiopia: a massacre in West Wollega; "at least 32", then the rights commission's 54
    "guliso_wollega_amhara_massacre": dict(
        published=date(2019, 6, 18),
        text="Gunmen massacred at least 32 ethnic Amhara civilians in an attack on villages in the Guliso district of "
             "Oromia's West Wollega zone on Sunday, the regional government said. The Ethiopian Human Rights "
             "Commission said on Tuesday that the death toll had risen to 54, adding that survivors described being "
             "rounded up in a school compound before the shooting began.",
        killed=54, injured=0, **NO_MINORS,
        first=dict(start=date(2019, 6, 16), place=("guliso", "gulliso", "wollega", "welega", "oromia"))),
    # --- Afghanistan: a suicide bomber at a wedding hall; three children among 14 dead
    "kabul_wedding_hall_suicide_bomber": dict(
        published=date(2018, 11, 4),
        text="KABUL, Nov. 4 (Xinhua) -- A suicide bomber blew himself up among guests at a wedding hall in western "
             "Kabul late on Saturday, killing 14 people, including three children, and wounding 58 others, an "
             "interior ministry spokesman said on Sunday. The Islamic State's local affiliate claimed "
             "responsibility.",
        killed=14, injured=58, **minors(children=(3, 0)), attackers_killed=0,
        first=dict(start=date(2018, 11, 3), place=("kabul",))),
    # --- Afghanistan: a BBC Monitoring excerpt; militiamen and civilians killed, the Taliban's claim, four attackers
    "chora_uruzgan_checkpoint_taliban_claim": dict(
        published=date(2018, 8, 14),
        text="Excerpt from report by Afghan independent Pajhwok news agency website on 14 August: Taliban fighters "
             "attacked a checkpoint manned by pro-government militiamen in the Chora district of southern Uruzgan "
             "province on Monday night, killing nine militiamen and two civilians who lived nearby, the provincial "
             "governor's spokesman said. A Taliban spokesman said its fighters had killed 30 militiamen, a claim "
             "that could not be independently verified. Four of the attackers were also killed in the fighting, the "
             "governor's spokesman added.",
        killed=15, injured=0, **NO_MINORS, attackers_killed=4,
        first=dict(start=date(2018, 8, 13), place=("chora", "uruzgan", "oruzgan"))),
    # --- Pakistan: Hazara shopkeepers shot in Quetta; "wounding a fifth"; an attacker wounded and arrested
    "quetta_hazara_shop_attacker_wounded": dict(
        published=date(2017, 10, 12),
        text="Gunmen on a motorcycle sprayed a grocery shop in Quetta's Jinnah Road area with bullets on Thursday, "
             "killing four members of the Shia Hazara community and wounding a fifth, police said. A guard at a "
             "nearby bank fired back and wounded one of the attackers, who was arrested, while his accomplice "
             "escaped.",
        killed=4, injured=2, **NO_MINORS, attackers_killed=0, attackers_injured=1,
        first=dict(start=date(2017, 10, 12), place=("quetta",))),
    # --- Pakistan: one sentence; a boy of 15 killed, five hurt; no day named
    "dera_ismail_khan_grenade_cricket_boy": dict(
        published=date(2016, 9, 3),
        text="A 15-year-old boy was killed and five other people were injured when unidentified men hurled a hand "
             "grenade at a crowd watching a local cricket match in Dera Ismail Khan, police said.",
        killed=1, injured=5, **minors(teens=(1, 0)),
        first=dict(start=date(2016, 9, 2), place=("dera ismail khan",))),
    # --- India: a lynching in Tripura; two companions rescued with injuries; no attack day named
    "sepahijala_mob_lynching_child_lifter": dict(
        published=date(2018, 6, 29),
        text="A 36-year-old man was lynched by a mob in Tripura's Sepahijala district on suspicion of being a child "
             "lifter, police said on Friday. Two of his companions were rescued by police and admitted to the "
             "Agartala Government Medical College with injuries. Seven people have been arrested, a police officer "
             "said.",
        killed=1, injured=2, **NO_MINORS,
        first=dict(start=date(2018, 6, 28), place=("sepahijala", "tripura"))),
    # --- India: a grenade in Sopore; civilians (three children among them) and two policemen hurt, a sum
    "sopore_grenade_market_children_hurt": dict(
        published=date(2019, 5, 26),
        text="Militants hurled a grenade at a police patrol in the crowded main market of Sopore in north Kashmir's "
             "Baramulla district on Saturday, wounding 14 civilians, including three children, and two policemen, "
             "officials said. The grenade missed the vehicle and exploded on the road, a police officer said.",
        killed=0, injured=16, **minors(children=(0, 3)),
        first=dict(start=date(2019, 5, 25), place=("sopore", "baramulla"))),
    # --- Myanmar: shelling in Rakhine; a woman and her two children, aged three and seven
    "mrauk_u_shelling_mother_children": dict(
        published=date(2019, 2, 13),
        text="Artillery shells struck a village in Mrauk-U township of Myanmar's Rakhine state on Tuesday, killing a "
             "woman and her two children, aged three and seven, and wounding four other villagers, a local lawmaker "
             "said. The military and the Arakan Army blamed each other for the shelling.",
        killed=3, injured=4, **minors(children=(2, 0)),
        first=dict(start=date(2019, 2, 12), place=("mrauk", "rakhine"))),
    # --- Philippines: a village chief and his wife gunned down; the driver unhurt
    "bogo_cebu_village_chief_and_wife": dict(
        published=date(2017, 5, 8),
        text="Two unidentified gunmen on a motorcycle gunned down a village chief and his wife as they were driving "
             "home in Bogo City, Cebu province, on Sunday evening, police said. The couple's driver escaped "
             "unhurt. Police said they were investigating whether the killings were linked to the chief's alleged "
             "involvement in the illegal drug trade.",
        killed=2, injured=0, **NO_MINORS,
        first=dict(start=date(2017, 5, 7), place=("bogo", "cebu"))),
    # --- Syria: air strikes on a market; a Beirut dateline; "More than 40" wounded in a sentence of their own
    "maarat_al_numan_market_air_strikes": dict(
        published=date(2019, 7, 24),
        text="BEIRUT (AFP) - Air strikes on a crowded vegetable market in the town of Maarat al-Numan in Syria's "
             "Idlib province killed at least 19 civilians, including six women, the Syrian Observatory for Human "
             "Rights said. More than 40 people were wounded, some of them critically, according to rescuers from "
             "the White Helmets civil defence group. The Observatory said the strikes were carried out by Russian "
             "warplanes.",
        killed=19, injured=40, **NO_MINORS,
        first=dict(start=date(2019, 7, 23), place=("maarat", "ma'arrat", "maarrat", "idlib"))),
    # --- Syria: executions by Islamic State; a full date; one sentence
    "shaafa_islamic_state_executions": dict(
        published=date(2018, 9, 10),
        text="Islamic State militants executed 15 civilians, among them three women, in the village of al-Shaafa in "
             "eastern Deir ez-Zor province on 9 September, accusing them of collaborating with the US-backed Syrian "
             "Democratic Forces, the Syrian Observatory for Human Rights said.",
        killed=15, injured=0, **NO_MINORS,
        first=dict(start=date(2018, 9, 9), place=("shaafa", "sha'fah", "deir", "dayr"))),
    # --- Iraq: a bomber at a funeral tent blew himself up; a second bomber shot dead by police
    "heet_funeral_tent_second_bomber_shot": dict(
        published=date(2016, 10, 29),
        text="RAMADI, Iraq (AP) - A suicide bomber wearing an explosives belt blew himself up among mourners at a "
             "funeral tent in the town of Heet in western Anbar province on Friday, killing 16 people and wounding "
             "28, police and medical officials said. A second bomber was shot dead by police before he could reach "
             "the tent, the officials said.",
        killed=17, injured=28, **NO_MINORS, attackers_killed=1,
        first=dict(start=date(2016, 10, 28), place=("heet", "hīt", "anbar"))),
    # --- Iraq: a sheikh and three of his sons; a fourth son wounded
    "khanaqin_sheikh_and_three_sons": dict(
        published=date(2017, 11, 8),
        text="Islamic State gunmen killed a tribal sheikh and three of his sons at their farm in Diyala province's "
             "Khanaqin district late on Tuesday, a security source said. A fourth son was wounded and taken to "
             "hospital in Khanaqin, the source said.",
        killed=4, injured=1, **NO_MINORS,
        first=dict(start=date(2017, 11, 7), place=("khanaqin", "diyala"))),
    # --- Yemen: an air strike on a house; all seven of a family, five of them children; no day named
    "sahar_saada_air_strike_family": dict(
        published=date(2018, 2, 27),
        text="A Saudi-led coalition air strike destroyed a house in the Sahar district of Saada province, killing all "
             "seven members of a family, five of them children, the Houthi-run Al Masirah television reported. A "
             "spokesman for the coalition said it would look into the report.",
        killed=7, injured=0, **minors(children=(5, 0)),
        first=dict(start=date(2018, 2, 26), place=("sahar", "saada", "sa'dah", "sadah", "sa'da"))),
    # --- Yemen: shelling in Taiz; two children killed, their mother and four neighbours hurt (a sum)
    "taiz_shelling_two_children_mother": dict(
        published=date(2016, 8, 26),
        text="Two children were killed and their mother and four neighbours were wounded when Houthi shells hit their "
             "home in the Thaabat area of eastern Taiz on Thursday afternoon, a medic at al-Thawra hospital said.",
        killed=2, injured=5, **minors(children=(2, 0)),
        first=dict(start=date(2016, 8, 25), place=("thaabat", "taiz", "ta'izz", "taizz"))),
    # --- Egypt: a checkpoint in North Sinai; an officer and six conscripts, 10 attackers killed in pursuit
    "bir_al_abd_checkpoint_militants_killed": dict(
        published=date(2017, 1, 16),
        text="CAIRO (AA) - Militants attacked a security checkpoint near Bir al-Abd in Egypt's North Sinai province "
             "on Sunday, killing an officer and six conscripts, the army spokesman said in a statement. Security "
             "forces chased the attackers and killed 10 of them in an exchange of fire, he said. Two civilians who "
             "were passing by were wounded.",
        killed=17, injured=2, **NO_MINORS, attackers_killed=10, attackers_injured=0,
        first=dict(start=date(2017, 1, 15), place=("bir al-abd", "bir al abd", "bi'r al", "sinai"))),
    # --- Mexico: a birthday party in Celaya; a girl of 12 and a boy of four among nine dead
    "celaya_birthday_party_massacre": dict(
        published=date(2019, 3, 10),
        text="MEXICO CITY (AP) - Armed men burst into a birthday party at a house in Celaya, in the central state of "
             "Guanajuato, on Saturday night and opened fire, leaving nine people dead, among them a 12-year-old "
             "girl and a four-year-old boy, the state prosecutor's office said. Four other guests were wounded and "
             "taken to hospital.",
        killed=9, injured=4, **minors(children=(1, 0), teens=(1, 0)),
        first=dict(start=date(2019, 3, 9), place=("celaya", "guanajuato"))),
    # --- Mexico: bodies hanging from a bridge, another 10 by a road
    "zamora_bodies_bridge_and_road": dict(
        published=date(2016, 11, 24),
        text="The bodies of nine men, some bearing signs of torture, were found hanging from a bridge on the "
             "outskirts of Zamora, Michoacan, early on Thursday, state prosecutors said. Another 10 dismembered "
             "bodies were found in plastic bags by the side of a nearby road. A banner signed by a drug cartel was "
             "left at the scene.",
        killed=19, injured=0, **NO_MINORS,
        first=dict(start=date(2016, 11, 24), place=("zamora", "michoac"))),
    # --- Colombia: an indigenous leader and his nephew of 16
    "toribio_cauca_indigenous_leader_nephew": dict(
        published=date(2020, 1, 22),
        text="An indigenous leader and his 16-year-old nephew were shot dead on a rural road near Toribio in "
             "Colombia's Cauca department on Tuesday, the Indigenous Regional Council of Cauca said. The leader, a "
             "member of the community's unarmed guard, had received death threats from a dissident FARC faction, "
             "the council said.",
        killed=2, injured=0, **minors(teens=(1, 0)),
        first=dict(start=date(2020, 1, 21), place=("toribio", "toribío", "cauca"))),
    # --- Brazil: landless farmers in Para; a pregnant woman among five dead; two wounded
    "anapu_para_landless_encampment": dict(
        published=date(2017, 8, 8),
        text="Hooded gunmen opened fire on an encampment of landless farmers near Anapu in the northern state of Para "
             "on Monday, killing five people, including a pregnant woman, and wounding two, the Catholic Church's "
             "Pastoral Land Commission said. Police said one of the wounded was in critical condition.",
        killed=5, injured=2, **NO_MINORS,
        first=dict(start=date(2017, 8, 7), place=("anapu", "pará", "para"))),
}

# Known failures, keyed (field, case), each with the class of its failure (read after the first run; golds unchanged).
_ATTACKERS_APART = (
    "attackers killed or hurt in a sentence of their own, after their victims' figure, are not added to it (the "
    "largest sentence total)")
XFAIL: dict[tuple[str, str], str] = {
    # attackers killed or hurt told apart from their victims
    ("injured", "quetta_hazara_shop_attacker_wounded"): _ATTACKERS_APART + ": 'A guard ... wounded one of the "
        "attackers, who was arrested', read as an attacker hurt, beside 'wounding a fifth' (1 for 2)",
    # victims the grammar does not read
    ("killed", "dogofry_village_chief_and_son"): "the second object of a killing verb after the first's place in "
        "apposition ('shot dead the chief of Dogofry village, in the Niono district of central Mali, and one of his "
        "sons') is unread (1 for 2)",
    ("injured", "sopore_grenade_market_children_hurt"): "a group listed after an including clause ('wounding 14 "
        "civilians, including three children, and two policemen') is read as one more subset of the 14, not added "
        "to it (14 for 16)",
    # places
    ("place", "quetta_hazara_shop_attacker_wounded"): "a part of a city held in the city's possessive that the "
        "gazetteer lacks ('in Quetta's Jinnah Road area') leaves the claim with no place, not the holder's (none for "
        "Quetta)",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()

_SENTENCE_END = re.compile(r"[.!?][\"”]?(?:\s|$)")
_ABBREVIATION = re.compile(r"\b(?:Nov|Dec|Jan|Feb|Aug|Sept|Oct)\.\s")


def test_the_set_is_forty_short_texts_of_its_years():
    assert len(CASES) == 40
    SET.check_years(range(2016, 2021))
    assert sum(any(spec.get(field) for field in ("children_killed", "children_injured", "teens_killed",
                                                  "teens_injured"))
               for spec in CASES.values()) >= 12
    for case, spec in CASES.items():
        assert "title" not in spec, case
        assert 30 <= len(re.findall(r"\S+", spec["text"])) <= 150, case
        sentences = len(_SENTENCE_END.findall(spec["text"])) - len(_ABBREVIATION.findall(spec["text"]))
        assert 1 <= sentences <= 5, (case, sentences)
        assert ("first" in spec) == (spec["killed"] + spec["injured"] > 0), case
        assert spec.get("attackers_killed", 0) <= spec["killed"], case
        assert spec.get("attackers_injured", 0) <= spec["injured"], case


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_attackers_injured = SET.attackers_injured_test()
