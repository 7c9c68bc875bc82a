"""Challenge set: WARS OF 2022-2025 as the wire services and the local press report them, written before the
extractor was run on it, with the figures a careful coder gives from the text alone under docs/conventions.md
(attackers counted and totalled apart, subsets never added, summaries left out of the article's totals, the
qualifier table's bounds, a perpetrator's claim set aside beside the authorities' figure).

The development data ends in 2020 and the other sets hold little of these conflicts' reporting:
- Russia's war in Ukraine: missile, drone and glide-bomb strikes on cities; regional governors reporting "on
  Telegram"; "Oblast", "the head of the regional military administration", the State Emergency Service; tolls
  revised as rescuers search the rubble; the UN's cumulative count of civilian deaths; a general staff's daily
  claim of the enemy's losses (killed or wounded together: no toll);
- Gaza, the West Bank, Lebanon and Israel: strikes on schools and tent camps, a health ministry's toll beside
  its cumulative war toll "since October 7", the army's disputing statement;
- Sudan, the Sahel, Nigeria, Somalia and Congo: paramilitary and jihadist raids on villages, camps, markets and
  hospitals, "neutralised" assailants, suicide bombers, a group's claim in its own statement;
- Myanmar, Pakistan, Kashmir, Haiti, Mexico and Ecuador: airstrikes, bombings, massacres, bar and prison killings.

Every article is checked for its ``killed`` and ``injured`` totals (the ``article_tolls`` view); where the text
gives them, its children (0-11; "children" without an age count there by convention), teens (12-17) and
attackers; the day (``period_start``) and the place (``location``) of its FIRST counted claim in text order
(the day the attack happened, never the day a toll was announced); and for some articles one claim chosen by
its type and point (bounds, window, source, age). Cases the extractor does not read yet are marked strict
``xfail`` with the class of the failure.

First run (main b70073a, before any fix), passing / checked: killed 28/34, injured 33/34, children and teens 10/13,
attackers 0/3, first claim's day 25/26, place 31/31, bounds 13/15 (one expectation corrected: two claims share the
point 200, the check picks the vague "hundreds", whose bounds are 200-999), source 7/8, window 1/1, age 1/1.
After the fixes (docs/conventions.md): killed 31/34, injured 34/34, minors 12/13, attackers 0/3, day 26/26, place 31/31,
bounds 15/15, source 8/8 (the rest strict xfail with its class, XFAIL). Fixed: qualifier bounds in exact tenths ("about
2,800" had a high of 3,081), a figure of the dead and the hurt together ("1,530 soldiers killed or wounded") is neither,
"Five children, including a baby, were among the dead", a headline's "drone strike toll rises to 10" and "eleven children
among injured", a toll whose event is named at length, the day a toll rose is not the event's, "wounded in the war" is a
summary, a death from illness ("fell ill and died") is none, a title's holder named in apposition is the source
("Lebanon's health minister, Firass Abiad, said") and no victim.

Second batch (ATTACKS, MORE_WARS: 26 articles written after those fixes, before the pipeline was run on them), first run
(main 203e2ce): killed 21/26, injured 25/26, minors 7/7, attackers 5/6, day 23/23, place 25/25, bounds 5/5, source 4/4,
age 1/1. After its fixes: killed 25/26, injured 26/26, attackers 6/6. Fixed: an age before a counted noun ("killed three
9-year-old children and three adults"), a police killer of two words ("by a Border Patrol agent"), a figure its source
"initially put" at another number, the killer named by his deed and then found dead ("The man suspected of killing 18
people ... was found dead of an apparent self-inflicted gunshot wound"), a relative clause's noun is not the group
("Two adults who tried to protect the children": adults), adults "also" hurt beside children hurt are added.

Every sentence is invented (the events are real, their wording and some figures are not); none is taken from
the development data.
"""
from __future__ import annotations

from datetime import date

import pytest

from challenge_harness import ChallengeSet, extract

UKRAINE: dict[str, dict] = {
    "dnipro_apartment_toll_rises_to_40": dict(
        published=date(2023, 1, 16), title="Dnipro death toll rises to 40 as rescuers end search of apartment block",
        text="DNIPRO, Ukraine (AP) — The death toll from a Russian missile strike on an apartment building in the "
             "central Ukrainian city of Dnipro rose to 40 on Monday, as rescuers ended their search of the rubble, "
             "regional officials said. The strike on Saturday afternoon also wounded 75 people, including 14 "
             "children, and 34 residents remain unaccounted for, Dnipropetrovsk Governor Valentyn Reznichenko said "
             "on Telegram. Among the dead were three children. The Kh-22 missile tore through the middle of the "
             "nine-storey block, which housed about 1,700 people.",
        killed=40, injured=75, children_killed=3, children_injured=14,
        first=dict(start=date(2023, 1, 14), place="dnipro"),
        claim=dict(kind="injured", point=75, low=75, high=75, source=("reznichenko", "governor"))),
    "kharkiv_hardware_store_glide_bombs": dict(
        published=date(2024, 5, 26), title="Russian glide bombs hit Kharkiv hardware store, killing at least 12",
        text="KHARKIV, Ukraine — Russian glide bombs struck a crowded hardware superstore in Kharkiv on Saturday "
             "afternoon, killing at least 12 people and injuring 43 others, regional governor Oleh Syniehubov said. "
             "About 200 people were believed to have been inside the Epicentr store when two bombs hit it, and 16 "
             "were still unaccounted for on Sunday morning. President Volodymyr Zelensky called the attack "
             "\"another manifestation of Russian madness\" and again appealed to allies for air defence systems.",
        killed=12, injured=43,
        first=dict(start=date(2024, 5, 25), place="kharkiv"),
        claim=dict(kind="killed", point=12, low=12, high=None, source=("syniehubov", "governor"))),
    "odesa_drone_toll_rises_baby_found": dict(
        published=date(2024, 3, 3), title="Odesa drone strike toll rises to 10, five of them children",
        text="ODESA, Ukraine (Reuters) - The death toll from a Russian drone strike that hit an apartment block in the "
             "Black Sea port of Odesa rose to 10 on Sunday after rescuers found the bodies of a mother and her "
             "three-month-old son under the rubble, officials said. Five children, including a four-month-old baby, "
             "were among the dead. Eight people were wounded. The Iranian-made Shahed drone hit the nine-storey "
             "building early on Saturday, destroying 18 apartments, the regional governor, Oleh Kiper, said.",
        killed=10, injured=8, children_killed=5,
        first=dict(start=date(2024, 3, 2), place=("odesa", "odessa"))),
    "kramatorsk_pizzeria_teen_twins": dict(
        published=date(2023, 6, 28), title="Kramatorsk pizzeria strike kills 11, including three children",
        text="A Russian missile strike on a busy pizza restaurant in the eastern Ukrainian city of Kramatorsk on "
             "Tuesday evening killed 11 people, including three children, and wounded 61, Ukraine's State "
             "Emergency Service said on Wednesday. Among the children killed were 14-year-old twin sisters and a "
             "17-year-old girl, officials said. The restaurant was popular with soldiers, journalists and aid "
             "workers. Ukraine's security service said it had detained a man suspected of guiding the strike.",
        killed=11, injured=61, children_killed=0, teens_killed=3,
        first=dict(start=date(2023, 6, 27), place="kramatorsk"),
        claim=dict(kind="killed", point=11, low=11, high=11, source="emergency")),
    "kyiv_morning_attack_un_cumulative": dict(
        published=date(2023, 7, 24), title="Two killed as Russia strikes Kyiv; UN says civilian toll tops 9,000",
        text="KYIV, July 24 (Reuters) - A Russian drone attack on Kyiv early on Monday killed two people and injured "
             "11, city officials said, as debris from a downed drone fell on a residential building in the "
             "Solomianskyi district. The capital's air defences shot down all the drones, the city's military "
             "administration said.\n\nThe United Nations human rights monitoring mission says it has verified more "
             "than 9,000 civilian deaths in Ukraine since Russia's full-scale invasion in February 2022, and "
             "believes the real figure is considerably higher.",
        killed=2, injured=11,
        first=dict(start=date(2023, 7, 24), place=("kyiv", "kiev")),
        claim=dict(kind="killed", point=9000, low=9000, high=None)),
    "zaporizhzhia_overnight_missiles": dict(
        published=date(2022, 10, 9), title="Russian missiles kill 13 in Zaporizhzhia, eleven children among injured",
        text="Russian missiles hit apartment buildings in the southern Ukrainian city of Zaporizhzhia overnight, "
             "killing at least 13 people and wounding 89, officials said on Sunday. Eleven of the injured were "
             "children, according to Oleksandr Starukh, the head of the regional military administration. "
             "Rescuers pulled survivors from a five-storey building that was partly destroyed.",
        killed=13, injured=89, children_injured=11,
        first=dict(place="zaporizh")),
    "kherson_supermarket_station_shelling": dict(
        published=date(2023, 5, 4), title="Russian shelling kills 21 in Kherson, hitting supermarket and rail station",
        text="KYIV, Ukraine (AP) — Russian shelling of a supermarket, a railway station and residential streets in "
             "the southern city of Kherson killed 21 people and wounded 48 on Wednesday, Ukraine's interior minister, "
             "Ihor Klymenko, said. A 12-year-old boy was among the wounded. People had been waiting for an evacuation "
             "train to Kyiv when the station came under fire, the minister said.",
        killed=21, injured=48, children_injured=0, teens_injured=1,
        first=dict(start=date(2023, 5, 3), place="kherson")),
    "general_staff_daily_losses_no_toll": dict(
        published=date(2024, 11, 20), title="Ukraine says Russia lost record 1,530 troops in a day",
        text="Russia lost 1,530 soldiers killed or wounded over the past day, the General Staff of Ukraine's armed "
             "forces said on Wednesday, the highest daily figure it has reported since the start of the full-scale "
             "invasion. The figures could not be independently verified. Moscow does not publish its losses, and "
             "Western estimates of Russian casualties vary widely.",
        killed=0, injured=0),
    "sumy_palm_sunday_missiles": dict(
        published=date(2025, 4, 13), title="Russian missiles kill 34 in Sumy on Palm Sunday",
        text="Two Russian ballistic missiles struck the centre of the northeastern Ukrainian city of Sumy on Sunday "
             "morning as residents gathered for Palm Sunday, killing at least 34 people, including two children, and "
             "wounding 117 others, among them 15 children, Ukraine's State Emergency Service said. One missile hit a "
             "trolleybus and the other a university building, officials said.",
        killed=34, injured=117, children_killed=2, children_injured=15,
        first=dict(start=date(2025, 4, 13), place="sumy"),
        claim=dict(kind="killed", point=34, low=34, high=None, source="emergency")),
    "belgorod_shelling_russian_officials": dict(
        published=date(2023, 12, 31), title="Shelling of Belgorod kills 24, Russia says",
        text="Ukrainian shelling of the Russian border city of Belgorod on Saturday killed 24 people, including "
             "three children, and injured 108, Russian officials said, in one of the deadliest attacks on Russian "
             "soil since the war began. Kyiv did not comment on the strike. Russia launched more than 120 missiles "
             "and dozens of drones at Ukrainian cities a day earlier.",
        killed=24, injured=108, children_killed=3,
        first=dict(start=date(2023, 12, 30), place="belgorod")),
    "kryvyi_rih_playground_ballistic": dict(
        published=date(2025, 4, 5), title="Missile strike near playground in Kryvyi Rih kills 18, including nine children",
        text="A Russian ballistic missile struck a residential area near a children's playground in Kryvyi Rih on "
             "Friday evening, killing 18 people, nine of them children, regional governor Serhiy Lysak said on "
             "Saturday. More than 60 people were injured, including 12 children; a three-month-old baby was among "
             "them, he said. Kryvyi Rih is President Volodymyr Zelensky's home town.",
        killed=18, injured=60, children_killed=9, children_injured=12,
        first=dict(start=date(2025, 4, 4), place=("kryvyi", "kryvyy", "krivoy"))),
}

MIDDLE_EAST: dict[str, dict] = {
    "gaza_city_school_shelter_disputed": dict(
        published=date(2024, 8, 10), title="Israeli strike on Gaza school shelter kills at least 90, civil defence says",
        text="An Israeli strike on a school sheltering displaced Palestinians in Gaza City killed at least 90 people "
             "during dawn prayers on Saturday, Gaza's civil defence agency said. The Israeli military disputed the "
             "toll, saying its \"precise munitions\" had killed 19 militants operating from a Hamas command centre "
             "inside the school. Civil defence spokesman Mahmud Bassal said rescuers were still pulling bodies from "
             "the rubble of the al-Tabi'in school.",
        killed=90, injured=0,
        first=dict(start=date(2024, 8, 10), place="gaza"),
        claim=dict(kind="killed", point=90, low=90, high=None, source=("civil defen",))),
    "khan_younis_overnight_cumulative_toll": dict(
        published=date(2024, 1, 21), title="Israeli strikes on Khan Younis kill 50 overnight, health ministry says",
        text="Israeli strikes on the southern Gaza city of Khan Younis killed at least 50 people overnight, the "
             "Hamas-run health ministry said on Sunday, bringing the Palestinian death toll since October 7 to "
             "25,105. More than 62,000 people have been wounded in the war, the ministry said. Israel says it is "
             "fighting Hamas fighters who use hospitals and shelters in the city as cover.",
        killed=50, injured=0,
        first=dict(place=("khan", "gaza")),
        claim=dict(kind="killed", point=25105, low=25105, high=25105, start=date(2023, 10, 7),
                   end=date(2024, 1, 21), summary=True)),
    "rafah_tent_camp_fire": dict(
        published=date(2024, 5, 27), title="Israeli strike on Rafah tent camp kills 45, Gaza officials say",
        text="At least 45 people were killed when an Israeli air strike set fire to a tent camp for displaced people "
             "in Rafah on Sunday night, Gaza health officials said. Among the dead were 12 women, eight children and "
             "three elderly people, the health ministry said. Another 249 people were wounded. Israel's military said "
             "it had targeted two senior Hamas officials and was reviewing reports that civilians had been harmed.",
        killed=45, injured=249, children_killed=8,
        first=dict(start=date(2024, 5, 26), place="rafah")),
    "lebanon_pagers_explode": dict(
        published=date(2024, 9, 18), title="Exploding pagers kill 12, wound 2,800 across Lebanon",
        text="BEIRUT (AP) — Thousands of pagers used by members of Hezbollah exploded almost simultaneously in "
             "Lebanon and Syria on Tuesday afternoon, killing at least 12 people, including two children, and "
             "wounding about 2,800, Lebanon's health minister, Firass Abiad, said on Wednesday. Hezbollah blamed "
             "Israel, which did not comment.",
        killed=12, injured=2800, children_killed=2,
        first=dict(start=date(2024, 9, 17)),
        claim=dict(kind="injured", point=2800, low=2520, high=3080, source=("health", "abiad"))),
    "tel_aviv_houthi_drone": dict(
        published=date(2024, 7, 19), title="Houthi drone hits Tel Aviv apartment, killing one",
        text="JERUSALEM (Reuters) - A drone launched by Yemen's Houthi rebels struck an apartment building in central "
             "Tel Aviv early on Friday, killing a 50-year-old man and wounding at least eight people, Israeli police "
             "and medics said. The drone was not intercepted, the military said, because of human error. The "
             "Houthis said they had targeted the city with a new drone.",
        killed=1, injured=8,
        first=dict(start=date(2024, 7, 19), place="tel aviv"),
        claim=dict(kind="killed", point=1, age=50)),
    "jenin_raid_nine_killed": dict(
        published=date(2023, 1, 26), title="Israeli raid in Jenin kills nine Palestinians",
        text="Israeli forces killed nine Palestinians, including a 61-year-old woman, during a raid on the Jenin "
             "refugee camp in the occupied West Bank on Thursday, the Palestinian health ministry said. Twenty people "
             "were wounded, four of them critically. The Israeli military said its troops had been trying to arrest "
             "Islamic Jihad militants planning attacks and came under fire.",
        killed=9, injured=20,
        first=dict(start=date(2023, 1, 26), place="jenin")),
}

AFRICA: dict[str, dict] = {
    "el_fasher_hospital_drone": dict(
        published=date(2025, 1, 26), title="Attack on El Fasher hospital kills 70, WHO chief says",
        text="An attack on the last functioning hospital in El Fasher, the capital of Sudan's North Darfur state, "
             "killed 70 people and wounded 19 others, the head of the World Health Organization said on Sunday. The "
             "Saudi Teaching Hospital was struck by a drone on Friday, according to a local official, who blamed the "
             "paramilitary Rapid Support Forces. The RSF has been besieging the city since May.",
        killed=70, injured=19,
        first=dict(place=("fasher", "darfur")),
        claim=dict(kind="killed", point=70, low=70, high=70, source=("world health", "who"))),
    "omdurman_market_shelling": dict(
        published=date(2025, 2, 1), title="RSF shelling of Omdurman market kills 54",
        text="Shelling by the paramilitary Rapid Support Forces on a busy vegetable market in Omdurman killed at "
             "least 54 people and wounded 158 on Saturday, Sudan's health ministry said, adding that most of the "
             "victims were women and children. The RSF did not respond to a request for comment.",
        killed=54, injured=158,
        first=dict(start=date(2025, 2, 1), place="omdurman")),
    "wad_al_noura_village_raid": dict(
        published=date(2024, 6, 6), title="Paramilitary attack on Sudan village kills more than 100",
        text="Fighters of the paramilitary Rapid Support Forces killed more than 100 people in an attack on the "
             "village of Wad al-Noura in Sudan's El Gezira state on Wednesday, activists said. At least 35 children "
             "were among the dead, according to the UN children's agency, UNICEF. The RSF said it had attacked army "
             "positions near the village.",
        killed=100, children_killed=35, injured=0,
        first=dict(start=date(2024, 6, 5), place=("noura", "gezira", "jazirah")),
        claim=dict(kind="killed", point=100, low=100, high=None)),
    "zamzam_camp_two_days": dict(
        published=date(2025, 4, 13), title="RSF attacks on Zamzam camp and El Fasher kill more than 400, UN says",
        text="Attacks by the Rapid Support Forces on the Zamzam displacement camp and the nearby city of El Fasher "
             "killed more than 400 people over two days, the United Nations said on Sunday, citing credible sources. "
             "Among the dead were nine staff of the aid group Relief International, who were running one of the last "
             "clinics in the camp. The RSF said it had taken control of Zamzam.",
        killed=400, injured=0,
        claim=dict(kind="killed", point=400, low=400, high=None)),
    "barsalogho_trench_diggers": dict(
        published=date(2024, 8, 28), title="Jihadist attack in Burkina Faso's Barsalogho kills at least 200",
        text="OUAGADOUGOU (AFP) - Jihadists linked to al-Qaeda killed hundreds of civilians and soldiers in an attack "
             "on the town of Barsalogho in north-central Burkina Faso on Saturday, according to security sources and "
             "residents. A security source told AFP that at least 200 people had been killed, many of them villagers "
             "who had been ordered to dig trenches around the town. The group JNIM said in a statement that its "
             "fighters had killed about 300 militiamen.",
        killed=200, injured=0,
        first=dict(start=date(2024, 8, 24), place="barsalogho"),
        # two claims have the point 200 ("killed hundreds", "at least 200"): the one picked is the first, the vague word's
        claim=dict(kind="killed", point=200, low=200, high=999)),
    "zamfara_bandit_raids": dict(
        published=date(2022, 1, 8), title="Gunmen kill at least 58 in raids on Zamfara villages",
        text="KANO, Nigeria (Reuters) - Gunmen on motorcycles killed at least 58 villagers in raids on several "
             "communities in the Anka and Bukkuyum areas of northwestern Zamfara state, residents and a local "
             "official said on Saturday. The bandits stormed eight villages on Tuesday and Wednesday, shooting "
             "residents and setting homes ablaze, residents said. Zamfara police did not respond to calls.",
        killed=58, injured=0,
        first=dict(place=("anka", "bukkuyum", "zamfara"))),
    "mali_boat_and_base_neutralised": dict(
        published=date(2023, 9, 8), title="Jihadist attacks on Mali boat and army base kill 64",
        text="BAMAKO (Reuters) - At least 49 civilians and 15 soldiers were killed in two separate attacks by "
             "jihadists on a passenger boat on the Niger River and on an army base in the Gao region of northern "
             "Mali on Thursday, the transitional government said. Around 50 assailants were neutralised, it said in a "
             "statement read on state television. Three days of national mourning were declared.",
        killed=114, injured=0, attackers_killed=50,
        first=dict(start=date(2023, 9, 7), place=("gao", "niger", "mali"))),
    "gwoza_female_suicide_bombers": dict(
        published=date(2024, 6, 30), title="Suicide bombers kill 18 at wedding, funeral and hospital in Nigeria's Gwoza",
        text="MAIDUGURI, Nigeria (AP) — Suspected female suicide bombers attacked a wedding, a funeral and a hospital "
             "in the northeastern Nigerian town of Gwoza on Saturday, killing at least 18 people and wounding 42 "
             "others, including children and pregnant women, the Borno State Emergency Management Agency said. No "
             "group claimed responsibility, but the attacks bore the hallmarks of Boko Haram.",
        killed=18, injured=42,
        first=dict(start=date(2024, 6, 29), place=("gwoza", "borno"))),
    "kasindi_church_bomb": dict(
        published=date(2023, 1, 16), title="Bomb at Congo church kills at least 14",
        text="KINSHASA, Jan 16 (Reuters) - A bomb blast at a Pentecostal church in the eastern Congolese town of "
             "Kasindi killed at least 14 people and wounded 63 during a Sunday service, the army said on Monday, "
             "blaming the Allied Democratic Forces. Islamic State claimed the attack, saying it had killed and "
             "wounded about 60 Christians.",
        killed=14, injured=63,
        first=dict(start=date(2023, 1, 15), place=("kasindi", "kivu", "congo"))),
    "mogadishu_lido_beach": dict(
        published=date(2024, 8, 3), title="Militant attack on Mogadishu beach kills 32",
        text="MOGADISHU (Reuters) - At least 32 civilians were killed and 63 wounded when al Shabaab militants "
             "attacked a popular beach in the Somali capital on Friday evening, police said on Saturday. A suicide "
             "bomber blew himself up at the entrance of a restaurant at Lido beach before gunmen stormed it, police "
             "spokesman Abdifatah Aden Hassan said. One of the gunmen was shot dead by security forces and another "
             "was captured.",
        killed=34, injured=63, attackers_killed=2,
        first=dict(start=date(2024, 8, 2), place="mogadishu")),
}

ASIA_AND_AMERICAS: dict[str, dict] = {
    "pazigyi_airstrike_as_many_as_100": dict(
        published=date(2023, 4, 12), title="Myanmar military airstrike kills as many as 100 villagers",
        text="A Myanmar military airstrike on a village in the Sagaing region killed as many as 100 people, "
             "including women and children, who had gathered for the opening of a local office of the opposition "
             "movement, witnesses and local media said on Wednesday. The attack on Pazigyi village in Kanbalu "
             "township took place on Tuesday morning. A junta spokesman confirmed the strike, saying it had targeted "
             "members of the resistance.",
        killed=100, injured=0,
        first=dict(place=("pazigyi", "kanbalu", "sagaing")),
        claim=dict(kind="killed", point=100, low=1, high=100)),
    "sagaing_school_helicopters": dict(
        published=date(2022, 9, 20), title="Myanmar helicopter attack on school kills 11 children, UNICEF says",
        text="At least 11 children were killed when military helicopters fired on a school in a village in central "
             "Myanmar's Sagaing region on Friday, the UN children's agency UNICEF said on Monday. Another 17 "
             "children were wounded in the attack on the village of Let Yet Kone, according to the school's "
             "administrator. The military said it had been targeting rebels hiding in the village.",
        killed=11, injured=17, children_killed=11, children_injured=17,
        first=dict(start=date(2022, 9, 16), place="sagaing")),
    "quetta_railway_station_bomber": dict(
        published=date(2024, 11, 9), title="Suicide bombing at Quetta railway station kills 26",
        text="QUETTA, Pakistan (AP) — A suicide bomber blew himself up at the main railway station in the "
             "southwestern Pakistani city of Quetta on Saturday morning, killing at least 26 people, including 14 "
             "soldiers, and wounding 62 others, police and hospital officials said. The separatist Balochistan "
             "Liberation Army claimed responsibility for the bombing.",
        killed=27, injured=62, attackers_killed=1,
        first=dict(start=date(2024, 11, 9), place="quetta")),
    "pahalgam_meadow_tourists": dict(
        published=date(2025, 4, 23), title="Gunmen kill 26 tourists in Kashmir meadow",
        text="SRINAGAR, India (Reuters) - Militants opened fire on tourists in a meadow near Pahalgam in "
             "Indian-administered Kashmir on Tuesday afternoon, killing 26 men and wounding at least 17 others, "
             "police said, in the deadliest attack on civilians in the region in a quarter of a century. The dead "
             "included 25 Indian tourists and a local pony handler.",
        killed=26, injured=17,
        first=dict(start=date(2025, 4, 22), place=("pahalgam", "kashmir"))),
    "cite_soleil_massacre": dict(
        published=date(2024, 12, 9), title="Haiti gang massacre kills at least 184, UN says",
        text="PORT-AU-PRINCE (AP) — At least 184 people were killed in a massacre orchestrated by the leader of a "
             "powerful gang in the Cite Soleil area of Haiti's capital over the weekend, the United Nations said on "
             "Monday. The gang leader targeted elderly residents and voodoo practitioners after his child fell ill "
             "and died, a local human rights group said. Most of the victims were over 60.",
        killed=184, injured=0, children_killed=0,
        first=dict(place=("soleil", "port-au-prince")),
        claim=dict(kind="killed", point=184, low=184, high=None, source=("united nations", "un"))),
    "queretaro_bar_gunmen": dict(
        published=date(2024, 11, 10), title="Gunmen kill 10 at bar in Mexico's Querétaro",
        text="MEXICO CITY (Reuters) - Gunmen opened fire at a bar in the central Mexican city of Querétaro on "
             "Saturday night, killing 10 people and wounding seven others, state authorities said on Sunday. The "
             "attackers arrived in a pickup truck and fled after the shooting, the state security ministry said.",
        killed=10, injured=7,
        first=dict(start=date(2024, 11, 9), place=("queretaro", "querétaro"))),
    "guayaquil_prison_riot": dict(
        published=date(2023, 7, 24), title="Riot at Ecuador prison leaves 31 inmates dead",
        text="QUITO (AFP) - At least 31 inmates were killed and 14 injured in a riot between rival gangs at the "
             "Litoral penitentiary in Guayaquil on Saturday, Ecuador's prison authority SNAI said on Monday. Soldiers "
             "and police regained control of the prison on Sunday. More than 400 inmates have been killed in "
             "Ecuador's prisons since 2021.",
        killed=31, injured=14,
        first=dict(start=date(2023, 7, 22), place="guayaquil"),
        claim=dict(kind="killed", point=31, low=31, high=None)),
}

# --- the second batch, written after the first batch's fixes: mass shootings and terror attacks of 2022-2025 in the
# United States and Europe (a later US press than the development data's), and more wars
ATTACKS: dict[str, dict] = {
    "uvalde_robb_elementary": dict(
        published=date(2022, 5, 25), title="Gunman kills 19 children, 2 teachers at Texas elementary school",
        text="UVALDE, Texas (AP) — An 18-year-old gunman opened fire at Robb Elementary School in Uvalde on Tuesday, "
             "killing 19 children and two teachers before he was fatally shot by a Border Patrol agent, authorities "
             "said. The children were in a fourth-grade classroom; most were 9 or 10 years old. At least 17 people "
             "were wounded, including two police officers, officials said Wednesday.",
        killed=22, injured=17, children_killed=19, attackers_killed=1,
        first=dict(start=date(2022, 5, 24), place="uvalde")),
    "buffalo_supermarket_surrendered": dict(
        published=date(2022, 5, 15), title="Gunman kills 10 at Buffalo supermarket in racist attack, police say",
        text="BUFFALO, N.Y. (AP) — An 18-year-old white man wearing military gear and livestreaming with a helmet "
             "camera opened fire with a rifle at a supermarket in Buffalo on Saturday, killing 10 people and wounding "
             "three others in what authorities described as racially motivated violent extremism. The gunman "
             "surrendered to police inside the store after putting the rifle to his own neck.",
        killed=10, injured=3, attackers_killed=0,
        first=dict(start=date(2022, 5, 14), place="buffalo")),
    "highland_park_parade_rooftop": dict(
        published=date(2022, 7, 5), title="Six killed, 30 wounded as gunman fires on Fourth of July parade",
        text="A gunman perched on a rooftop opened fire on a Fourth of July parade in the Chicago suburb of Highland "
             "Park on Monday, killing six people and wounding at least 30, police said. An 8-year-old boy was among "
             "the wounded and remains in critical condition, his family said. The suspected gunman, a 21-year-old "
             "man, was arrested after an eight-hour manhunt.",
        killed=6, injured=30, children_injured=1,
        first=dict(start=date(2022, 7, 4), place="highland park")),
    "nashville_covenant_school": dict(
        published=date(2023, 3, 28), title="Shooter kills three children, three adults at Nashville school",
        text="NASHVILLE, Tenn. — A 28-year-old shooter killed three 9-year-old children and three adults at The "
             "Covenant School, a private Christian elementary school in Nashville, on Monday before being shot dead by "
             "police officers, authorities said. Officers entered the building within minutes of the first call.",
        killed=7, injured=0, children_killed=3, attackers_killed=1,
        first=dict(start=date(2023, 3, 27), place="nashville")),
    "lewiston_suspect_found_dead": dict(
        published=date(2023, 10, 28), title="Suspect in Maine mass shooting found dead",
        text="LEWISTON, Maine (AP) — The man suspected of killing 18 people at a bowling alley and a bar in Lewiston "
             "on Wednesday night was found dead of an apparent self-inflicted gunshot wound on Friday evening, "
             "authorities said, ending a two-day manhunt. Thirteen other people were wounded in the shootings, the "
             "deadliest in Maine's history.",
        killed=19, injured=13,
        first=dict(start=date(2023, 10, 25), place="lewiston")),
    "prague_university_gunman": dict(
        published=date(2023, 12, 22), title="Student gunman kills 14 at Prague university",
        text="PRAGUE (Reuters) - A student gunman shot dead 14 people and wounded 25 at Prague's Charles University on "
             "Thursday before killing himself, in the Czech Republic's worst mass shooting, police said. The "
             "24-year-old had killed his father at home earlier in the day, police said.",
        killed=16, injured=25, attackers_killed=1,
        first=dict(start=date(2023, 12, 21), place="prague")),
    "new_orleans_bourbon_street_truck": dict(
        published=date(2025, 1, 2), title="Truck attack on New Orleans crowd kills 14",
        text="NEW ORLEANS (AP) — A U.S. Army veteran drove a pickup truck into a crowd celebrating New Year's on "
             "Bourbon Street early Wednesday, killing 14 people and injuring dozens before he was shot dead by police, "
             "officials said. The FBI said the driver, who had an Islamic State group flag in the truck, did not act "
             "alone. At least 35 people were hurt, according to the city's emergency director.",
        killed=15, injured=35, attackers_killed=1,
        first=dict(start=date(2025, 1, 1), place="new orleans")),
    "magdeburg_christmas_market_car": dict(
        published=date(2024, 12, 21), title="Car ploughs into German Christmas market, killing five",
        text="MAGDEBURG, Germany (AP) — A car drove into a crowded outdoor Christmas market in the eastern German city "
             "of Magdeburg on Friday evening, killing five people, including a 9-year-old boy, and injuring more than "
             "200, officials said on Saturday. Nearly 40 of the injured were in serious condition. Police arrested the "
             "driver, a 50-year-old doctor from Saudi Arabia, at the scene.",
        killed=5, injured=200, children_killed=1,
        first=dict(start=date(2024, 12, 20), place="magdeburg"),
        claim=dict(kind="killed", point=1, age=9)),
    "southport_dance_class": dict(
        published=date(2024, 7, 30), title="Two children killed in knife attack at Southport dance class",
        text="Two children were killed and nine other children injured in a knife attack at a Taylor Swift-themed "
             "dance class in Southport, north-west England, on Monday, Merseyside Police said. Six of the children are "
             "in a critical condition. Two adults who tried to protect the children were also seriously injured. A "
             "17-year-old boy from nearby Banks was arrested at the scene.",
        killed=2, injured=11, children_killed=2, children_injured=9, teens_killed=0, teens_injured=0,
        first=dict(start=date(2024, 7, 29), place="southport")),
    "solingen_festival_stabbing": dict(
        published=date(2024, 8, 24), title="Three killed in stabbing at German city festival",
        text="SOLINGEN, Germany (Reuters) - A man stabbed three people to death and wounded eight others at a festival "
             "in the western German city of Solingen on Friday evening, police said on Saturday, and the attacker was "
             "still at large. Four of the wounded were seriously hurt.",
        killed=3, injured=8,
        first=dict(start=date(2024, 8, 23), place="solingen")),
    "crocus_city_hall_toll_137": dict(
        published=date(2024, 3, 24), title="Moscow concert hall attack toll rises to 137",
        text="MOSCOW (Reuters) - The death toll from Friday's attack on the Crocus City Hall concert venue outside "
             "Moscow rose to 137 on Sunday, Russia's Investigative Committee said, as rescuers searched the burned-out "
             "building. Gunmen in camouflage fired on concertgoers and set the building ablaze. More than 180 people "
             "were wounded. Islamic State claimed responsibility.",
        killed=137, injured=180,
        first=dict(start=date(2024, 3, 22), place=("moscow", "krasnogorsk"))),
    "kerman_twin_blasts_revised": dict(
        published=date(2024, 1, 4), title="Twin blasts kill 84 at Soleimani memorial in Iran",
        text="Two explosions tore through a crowd commemorating the slain general Qassem Soleimani in the Iranian city "
             "of Kerman on Wednesday, killing at least 84 people and wounding 284, state media reported. Officials "
             "initially put the death toll at 103 before revising it down, saying some victims had been counted "
             "twice.",
        killed=84, injured=284,
        first=dict(start=date(2024, 1, 3), place="kerman")),
    "allen_outlet_mall": dict(
        published=date(2023, 5, 7), title="Gunman kills eight at Texas mall before officer kills him",
        text="ALLEN, Texas (AP) — A gunman opened fire at a crowded outdoor shopping mall in the Dallas suburb of "
             "Allen on Saturday afternoon, killing eight people, including children, before he was killed by a police "
             "officer who happened to be nearby on an unrelated call, authorities said. Seven people were wounded, "
             "three of them critically.",
        killed=9, injured=7, attackers_killed=1,
        first=dict(start=date(2023, 5, 6), place="allen")),
}

MORE_WARS: dict[str, dict] = {
    "finote_selam_drone": dict(
        published=date(2023, 8, 15), title="Drone strike kills 26 in Ethiopia's Amhara region",
        text="A drone strike on a town square in Finote Selam in Ethiopia's Amhara region killed at least 26 people on "
             "Sunday, a health official and residents said, as fighting between the army and the Fano militia spread. "
             "Fifty-five people were wounded, according to the official at the town's hospital, who asked not to be "
             "named.",
        killed=26, injured=55,
        first=dict(start=date(2023, 8, 13), place=("finote", "amhara"))),
    "syria_coast_two_days": dict(
        published=date(2025, 3, 9), title="More than 1,000 killed in two days of clashes on Syria's coast, monitor says",
        text="BEIRUT (Reuters) - More than 1,000 people, most of them Alawite civilians, have been killed in two days of "
             "clashes and revenge killings in Syria's coastal region, the Syrian Observatory for Human Rights said on "
             "Saturday. Whole families were killed in their homes in villages near Latakia and Jableh, residents "
             "said.",
        killed=1000, injured=0,
        claim=dict(kind="killed", point=1000, low=1000, high=None, source="observatory")),
    "saada_migrant_detention_strike": dict(
        published=date(2025, 4, 28), title="Strike on Yemen migrant detention centre kills 68, Houthis say",
        text="SANAA, Yemen (AP) — U.S. airstrikes hit a detention centre holding African migrants in Yemen's "
             "northwestern Saada province, killing at least 68 people and wounding 47 others, the Houthi-run Interior "
             "Ministry said on Monday. The strike took place late on Sunday. The U.S. military said it was looking "
             "into the claims.",
        killed=68, injured=47,
        first=dict(start=date(2025, 4, 27), place="saada")),
    "kabul_education_centre_bomber": dict(
        published=date(2022, 10, 1), title="Suicide bomber kills 19 at Kabul education centre",
        text="KABUL (Reuters) - A suicide bomber killed at least 19 people at an education centre in a mainly Shi'ite "
             "neighbourhood of Kabul on Friday, where hundreds of students were sitting a practice exam, police "
             "said. Twenty-seven others were wounded. Most of the victims were young women.",
        killed=19, injured=27,
        first=dict(start=date(2022, 9, 30), place="kabul")),
    "plateau_christmas_eve_raids": dict(
        published=date(2023, 12, 26), title="Gunmen kill at least 160 in attacks on Nigerian villages",
        text="JOS, Nigeria (AP) — Gunmen attacked several villages in central Nigeria's Plateau state over the "
             "Christmas Eve weekend, killing at least 160 people, local officials said on Tuesday. The attacks, which "
             "began on Saturday evening and continued into Monday, also left more than 300 people wounded, said "
             "Monday Kassah, chairman of the Bokkos local government area.",
        killed=160, injured=300,
        first=dict(place=("plateau", "bokkos", "jos")),
        claim=dict(kind="killed", point=160, low=160, high=None, source="officials")),
    "catatumbo_since_thursday": dict(
        published=date(2025, 1, 20), title="Clashes in Colombia's Catatumbo kill at least 80",
        text="At least 80 people have been killed in clashes between the ELN guerrilla group and former FARC rebels "
             "in Colombia's Catatumbo region since Thursday, the regional governor said on Sunday, and more than "
             "11,000 people have been displaced.",
        killed=80, injured=0,
        first=dict(start=date(2025, 1, 16), place=("catatumbo", "colombia", "santander"))),
    "poltava_military_institute": dict(
        published=date(2024, 9, 3), title="Russian missiles kill 41 at Poltava military institute",
        text="Two Russian ballistic missiles struck a military educational institute and a nearby hospital in the "
             "central Ukrainian city of Poltava on Tuesday, killing at least 41 people and wounding 180, President "
             "Volodymyr Zelensky said. The time between the air raid alert and the strike was so short that people "
             "were caught as they were moving to shelters, the defence ministry said.",
        killed=41, injured=180,
        first=dict(start=date(2024, 9, 3), place="poltava"),
        claim=dict(kind="killed", point=41, low=41, high=None, source=("zelensky", "president"))),
    "okhmatdyt_hospital_in_barrage": dict(
        published=date(2024, 7, 8), title="Russian missile hits Kyiv children's hospital",
        text="A Russian missile struck Ukraine's largest children's hospital in Kyiv on Monday, part of a barrage of "
             "missile attacks on cities across the country that killed at least 41 civilians, officials said. Two "
             "adults were killed at the Okhmatdyt hospital and 16 people, including seven children, were injured "
             "there, according to the city administration.",
        killed=2, injured=16, children_injured=7,
        first=dict(start=date(2024, 7, 8), place=("kyiv", "kiev"))),
    "majdal_shams_football_pitch": dict(
        published=date(2024, 7, 28), title="Rocket kills 12 children on Golan football pitch",
        text="A rocket strike on a football pitch in the Israeli-controlled Golan Heights killed 12 children and "
             "teenagers on Saturday, Israeli officials said, in the deadliest attack on Israeli-held territory since "
             "October 7. The victims, aged 10 to 16, were members of the Druze community in the town of Majdal "
             "Shams. More than 30 people were wounded.",
        killed=12, injured=30,
        first=dict(start=date(2024, 7, 27), place=("majdal", "golan"))),
    "goma_about_700": dict(
        published=date(2025, 1, 31), title="About 700 killed in fighting for Goma, UN says",
        text="About 700 people have been killed in fighting in and around Goma since Sunday, when M23 rebels backed by "
             "Rwanda entered the city, the United Nations said on Friday, citing the Congolese government. Some "
             "2,800 people were wounded.",
        killed=700, injured=2800,
        first=dict(place="goma"),
        claim=dict(kind="killed", point=700, low=630, high=770)),
    "peshawar_mosque_toll_100": dict(
        published=date(2023, 1, 31), title="Peshawar mosque bombing death toll rises to 100",
        text="PESHAWAR, Pakistan (AP) — The death toll from a suicide bombing at a mosque inside a police compound in "
             "the northwestern city of Peshawar rose to 100 on Tuesday as rescuers pulled more bodies from the "
             "rubble, officials said. The bomber struck during afternoon prayers on Monday, when hundreds of "
             "worshippers, most of them police officers, were in the mosque. At least 225 people were wounded.",
        killed=100, injured=225,
        first=dict(start=date(2023, 1, 30), place="peshawar")),
    "pont_sonde_gang_attack": dict(
        published=date(2024, 10, 4), title="Gang kills at least 70 in Haitian town, UN says",
        text="Members of the Gran Grif gang killed at least 70 people, including 10 women and three infants, in an "
             "attack on the town of Pont-Sondé in Haiti's Artibonite region on Thursday, the United Nations human "
             "rights office said on Friday. At least 16 other people were seriously injured.",
        killed=70, injured=16, children_killed=3,
        first=dict(start=date(2024, 10, 3), place=("pont-sond", "artibonite"))),
    "gaza_city_aid_queue": dict(
        published=date(2024, 2, 29), title="More than 100 killed as crowd waits for aid in Gaza City",
        text="More than 100 Palestinians were killed and 700 wounded as they waited for aid in Gaza City on Thursday, "
             "the Gaza health ministry said, accusing Israeli forces of opening fire on the crowd. The Israeli "
             "military said most of the victims died in a stampede and that troops fired at people who approached "
             "them.",
        killed=100, injured=700,
        first=dict(start=date(2024, 2, 29), place="gaza"),
        claim=dict(kind="killed", point=100, low=100, high=None, source="health")),
}

CASES: dict[str, dict] = {**UKRAINE, **MIDDLE_EAST, **AFRICA, **ASIA_AND_AMERICAS, **ATTACKS, **MORE_WARS}

_BOMBER_BLEW_UP = ("a suicide bomber who 'blew himself up' is not read as an attacker's death: the convention counts only a "
                   "death the text states in a casualty figure or a verb of dying ('killing himself and four', 'the bomber "
                   "was also killed'); reading the attack's verb as one would add the bomber to 7 WAD dev texts whose "
                   "coders count victims only")
_ONE_ATTACKER_APART = ("one attacker killed in a sentence of his own ('One of the gunmen was shot dead by security forces') "
                       "is not added to the victims' figure of another sentence: `_attackers_apart` adds groups of two "
                       "or more only (docs/conventions.md)")
_NEUTRALISED = ("'neutralised' is not read as killed (army communiqués use it for killed or captured; one WAD dev text "
                "has 'the army said it had neutralized 146 terrorists'), so the 50 assailants are not added")
XFAIL: dict[tuple[str, str], str] = {
    ("killed", "quetta_railway_station_bomber"): _BOMBER_BLEW_UP,
    ("attackers", "quetta_railway_station_bomber"): _BOMBER_BLEW_UP,
    ("killed", "mogadishu_lido_beach"): _BOMBER_BLEW_UP + "; and " + _ONE_ATTACKER_APART,
    ("attackers", "mogadishu_lido_beach"): _BOMBER_BLEW_UP + " (the gunman shot dead is read: 1 of 2)",
    ("killed", "mali_boat_and_base_neutralised"): _NEUTRALISED,
    ("attackers", "mali_boat_and_base_neutralised"): _NEUTRALISED,
    ("killed", "prague_university_gunman"): "a victim killed earlier the same day, told in a sentence of its own ('The "
                                            "24-year-old had killed his father at home earlier in the day'), is not "
                                            "added to the figure of another sentence (the largest sentence total is "
                                            "taken: adding single victims across sentences broke 28 GVA dev articles "
                                            "and fixed 4, docs/evaluation.md)",
    ("minors", "kramatorsk_pizzeria_teen_twins"): "the ages of a subset told in a later sentence ('Among the children "
                                                  "killed were 14-year-old twin sisters and a 17-year-old girl') do not "
                                                  "replace the earlier 'three children' (children 0-11 by their word): "
                                                  "3 children and 1 teen, not 3 teens ('twin sisters' is two)",
}


SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_large_and_covers_each_region():
    assert len(CASES) >= 60
    assert min(len(UKRAINE), len(MIDDLE_EAST), len(AFRICA), len(ASIA_AND_AMERICAS), len(ATTACKS), len(MORE_WARS)) >= 6
    SET.check_years(range(2022, 2026))


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_claim_bounds, test_claim_window, test_claim_source, test_claim_age = SET.claim_tests("low", "start", "source", "age")


# --- the limits of the fixes this set led to (invented sentences)
def _claims(text: str, published: date = date(2024, 3, 3)):
    return [(c.casualty_type, c.count_point) for c in extract(text, published)]


@pytest.mark.parametrize("text, claims", [
    ("Russia lost 1,530 soldiers killed or wounded over the past day, the General Staff said.", []),
    ("Ten civilians were killed and wounded by the shelling.", []),
    # a figure of its own after the second verb is not the combined form
    ("Four separate shootings left two men dead and injured seven others.", [("killed", 2), ("injured", 7)]),
    ("Two were killed and another wounded.", [("killed", 2), ("injured", 1)]),
])
def test_a_figure_of_the_dead_and_the_hurt_together_is_neither(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize("text, claims", [
    ("The toll rose to 10. Five children, including a four-month-old baby, were among the dead.",
     [("killed", 10), ("killed", 5)]),
    ("Missiles kill 13 in Zaporizhzhia, eleven children among injured", [("killed", 13), ("injured", 11)]),
    ("The blast killed 13 and wounded 40. Eleven children were among the injured.",
     [("killed", 13), ("injured", 40), ("injured", 11)]),
])
def test_a_subset_among_the_dead_or_the_hurt(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize("text, claims", [
    ("Odesa drone strike toll rises to 10", [("killed", 10)]),
    ("The death toll from a Russian drone strike that hit an apartment block in the Black Sea port of Odesa rose to 10 "
     "on Sunday, officials said.", [("killed", 10)]),
])
def test_an_attacks_toll(text, claims):
    assert _claims(text) == claims


def test_the_day_a_toll_rose_is_not_the_events_day():
    text = "The death toll from the missile strike rose to 40 on Monday. The strike on Saturday also wounded 75 people."
    assert [c.period_start for c in extract(text, date(2023, 1, 16))] == [date(2023, 1, 14)] * 2
    # a day inside the toll's own phrase is still the event's
    text = "The death toll from Saturday's strike rose to 40 on Monday."
    assert [c.period_start for c in extract(text, date(2023, 1, 16))] == [date(2023, 1, 14)]


@pytest.mark.parametrize("text, summary", [
    ("More than 62,000 people have been wounded in the war, the ministry said.", True),
    ("Two soldiers were killed in the war zone on Monday.", False),
    ("Five people were killed in the fighting on Monday.", False),
])
def test_a_wars_toll_is_a_summary(text, summary):
    assert [c.is_summary for c in extract(text, date(2024, 1, 21))] == [summary]


@pytest.mark.parametrize("text, claims", [
    ("The gang leader targeted elderly residents after his child fell ill and died, a rights group said.", []),
    ("His son died of cancer last year.", []),
    ("The man died of natural causes.", []),
    ("He died of his injuries.", [("killed", 1)]),
    ("Two men died from gunshot wounds.", [("killed", 2)]),
])
def test_a_death_from_illness_is_no_casualty(text, claims):
    assert _claims(text) == claims


@pytest.mark.parametrize("text, source", [
    ("The blast killed 12 people, Lebanon's health minister, Firass Abiad, said on Wednesday.", "Lebanon's health minister"),
    ("The blast killed 12 people, the health minister, Firass Abiad, said on Wednesday.", "health minister"),
])
def test_a_titles_holder_in_apposition_gives_the_source_and_is_no_victim(text, source):
    claims = extract(text, date(2024, 9, 18))
    assert [(c.casualty_type, c.count_point, c.attributed_source) for c in claims] == [("killed", 12, source)]


@pytest.mark.parametrize("text, added", [
    ("Militants killed 32 civilians at the beach on Friday. One of the gunmen was shot dead by security forces.", True),
    # one attacker named alone may be the one the first sentence holds: not added
    ("Militants killed 32 civilians at the beach on Friday. The gunman was shot dead by security forces.", False),
])
def test_one_of_the_attackers_killed_in_a_sentence_of_his_own_is_added(text, added):
    claims = extract(text, date(2024, 8, 3))
    assert [c.rule.endswith("/another") for c in claims if c.victim_group == "attackers"] == [added]


@pytest.mark.parametrize("text, claims", [
    ("A shooter killed three 9-year-old children and three adults on Monday.", [("killed", 3), ("killed", 3)]),
    ("A gunman killed 19 children and two teachers before he was fatally shot by a Border Patrol agent.",
     [("killed", 19), ("killed", 2), ("killed", 1)]),
    ("The man suspected of killing 18 people at a bowling alley was found dead of an apparent self-inflicted gunshot "
     "wound on Friday, police said.", [("killed", 18), ("killed", 1)]),
    # a suspect found dead without a self-inflicted wound is not read as his own death
    ("The man suspected of killing 18 people at a bowling alley was arrested on Friday.", [("killed", 18)]),
])
def test_the_second_batchs_forms(text, claims):
    assert _claims(text, date(2023, 10, 28)) == claims


def test_a_figure_its_source_initially_put_yields_to_the_others():
    claims = extract("Two blasts killed at least 84 people on Wednesday. Officials initially put the death toll "
                            "at 103 before revising it down.", date(2024, 1, 4))
    assert [(c.count_point, c.rule.endswith("/disputed")) for c in claims] == [(84, False), (103, True)]


@pytest.mark.parametrize("text, child", [
    ("Two adults who tried to protect the children were also seriously injured.", False),
    ("Two children who were playing outside were injured.", True),
])
def test_the_noun_before_a_relative_clause_is_the_group(text, child):
    assert [c.is_child for c in extract(text, date(2024, 7, 30))] == [child]


@pytest.mark.parametrize("text, added", [
    # adults also hurt beside children hurt are more people; beside other adults they may be the same ones
    ("Two children were killed and nine other children injured. Two adults who tried to protect them were also "
     "seriously injured.", True),
    ("Five people were shot. Two men were also wounded.", False),
])
def test_adults_also_hurt_are_added_beside_children_hurt(text, added):
    hurt = [c for c in extract(text, date(2024, 7, 30)) if c.casualty_type == "injured"]
    assert hurt[-1].rule.endswith("/another") == added
