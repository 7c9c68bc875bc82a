"""Ninth challenge set: reconciliation of the daily violence of Iraq (2005-2009) and Afghanistan (2010-2013) as Iraq
Body Count coded it from the wires: Reuters "FACTBOX - Security developments in Iraq" lists and AP, AFP and Xinhua
round-ups ("Violence kills 33 in Iraq"), each telling several incidents in several cities, beside single-incident
stories by AP, Reuters, AFP, Xinhua, KUNA, the Associated Press of Pakistan (APP) and a Kabul paper. Twenty invented
incidents told by 43 reports, and eight round-ups built into the warehouse but left out of the checks (ROUNDUPS, as in
the first set), written before the pipeline was run on them. Places, agencies and hospitals are real; every incident,
person and sentence is invented, none is taken from the development data or from another challenge set. It uses the
first set's harness (tests/challenge_harness.py, IncidentSet).

The gold is what a careful coder records for each incident from all its reports (round-ups included) under
docs/conventions.md: the day it happened (a checkpoint bombing "late on Wednesday" reported on Thursday is Wednesday's);
the latest credible toll as best (a toll that rises the next day, the wounded losing as many as died: Shorja's 19 and
34, Kabul's 13 and 21, Khost's 9 and 16); children 0-11 and teens 12-17 as the reports that give ages name them
("children" without an age are children, as docs/warehouse.md reads them). My judgements where conventions.md is
silent or leaves room:
- Round-ups. A round-up whose lead is the day's total over several incidents (Xinhua's "A total of 31 people were
  killed ... in separate attacks across Iraq", AFP's "Afghan bombs kill 15 civilians") or a list with no lead (the
  Reuters factboxes) is filed under no single incident: it is in ROUNDUPS, left out of the grouping and figure checks,
  as in the first set. A round-up that opens on one incident told at length and turns to the others with
  "Elsewhere" / "In other violence" (AP's Karrada checkpoint, AFP's Tal Afar market, AP's Kandahar bicycle bomb,
  AFP's Kabul convoy) is an article of its lead incident, as a coder files the story its headline names. Either way
  the round-up's items are reports of their incidents: their figures vote (Iraq Body Count lists every report that
  names an incident among its sources), and the outlet counts among the incident's independent sources
  (INDEPENDENT_SOURCES checks that a round-up's item joins the single stories of its incident: Mosul's teacher, Dora,
  Kirkuk, Khalis, Arghandab, Ghazni, Latifiya, Adhamiya, Nad Ali, Mosul's patrol, Baquba and Kandahar). The same
  holds for an "In other violence" paragraph of a single story.
- Police and hospital disagreeing in one report ("killing 12 people, police said, while hospital officials put the toll
  at 15"): the report's figure is the first party's and the other is set aside, as "Article totals" 2a does for two
  named parties; at Tal Afar three reports give the police's 12, two of them with the hospital's 15 beside it, so the
  best is 12 and the incident is contested. Where a later report's running toll passes both (Shorja: police 12,
  hospital 15, then "rose to 19"; Baquba: police 18, a doctor 22, then "rose to 28"; Khost: police seven, a hospital
  official eight, then "rose to nine") the running toll is the best.
- The Taliban's own claim (Nad Ali's "12 police") is set aside as an armed group's claim and marks the incident
  contested, as the seventh set does for al-Shabaab. No attacker's death is stated anywhere, so none is counted
  ("a suicide bomber killed 13 people" is 13).
- Independent sources are the outlets whose reports tell the incident with a figure (a single story, a round-up item,
  an "In other violence" paragraph), an agency's several stories counting once (Reuters' factbox and its single
  story); the grade is docs/warehouse.md's.

What the set covers:
- Baghdad, Wednesday May 16, 2007: a car bomb at the Shorja market in the morning (police 12, hospital 15 in Reuters'
  first story; AP's 15 with two boys of 9 and 11 among the dead; Xinhua's "rose to 19" the next day, 34 still in
  hospital), a suicide car bomb at a police checkpoint in Karrada late at night (AFP's story recalls the market's 15;
  AP's round-up opens on it and tells the market, Mosul and Kirkuk after it), and a roadside bomb in Dora told by a
  Xinhua story whose "In other violence" paragraph tells the Mosul teacher: three incidents of one city and day that
  must stay apart; Mosul's teacher shot dead and his son of 14 wounded; a Kirkuk car bomb whose toll rises from four
  to six the next day in a Reuters story datelined Sulaimaniya. The day's Reuters factbox tells four of them.
- Diyala, Tuesday July 15, 2008: a suicide bomber among police recruits in Baquba (AFP's 20; Reuters from Baghdad with
  the police's 18 and a doctor's 22 bodies; AP's "rose to 28" the next day with a tea seller of 16 among the dead and
  an "In other violence" paragraph) and a family of five shot dead the same night in Khalis, some 15 km away (a man,
  his wife and three children of 3, 6 and 9): a bombing and a shooting near each other, apart; Xinhua's round-up.
- Northern Iraq, Monday June 22, 2009: a car bomb at Tal Afar's livestock market (police against hospital, two
  shepherd boys of 12 and 13 among the dead in AFP's round-up the next day, reported from Mosul), a roadside bomb on an
  army patrol in Mosul, a sticky bomb in Baghdad's Adhamiya; the day's Reuters factbox.
- Kandahar, Tuesday Sept. 14, 2010: a bicycle bomb in a Kandahar city bazaar in the morning (Xinhua's early five, then
  six with two boys of 7 and 10) and a roadside bomb on a minivan in Arghandab district in the afternoon (nine
  civilians, four of them children): two bombings of one province and day, one reported from Kabul, one by AP's
  round-up that opens on the other, one by a Kabul paper; Xinhua's and AFP's round-ups.
- Wednesday Aug. 3, 2011: a suicide car bomb on a NATO convoy in eastern Kabul (AP's eight, Reuters' 10 with three
  children, AFP's round-up, Xinhua's "rose to 13" the next day) and a bus bomb in Ghazni's Andar district (11 dead,
  five children under 10), told by Xinhua, by AFP's round-up item and by APP's report of Pakistan's condemnation,
  datelined Islamabad.
- Helmand, Tuesday June 18, 2013: a motorbike bomb in Lashkar Gah's main bazaar (a shoe-shine boy of 13 among four
  dead) and a suicide attack on a police checkpoint in Nad Ali district (five police; the Taliban's 12), the second
  told by Reuters and in an "In other violence" paragraph of AFP's Lashkar Gah story; Xinhua's round-up.
- Ramadi, Monday Nov. 20, 2006: mortar rounds on a football pitch killing five boys aged 8, 11, 12, 13 and 15 (two
  children, three teens), AP's story, AFP's funeral story the next day, the day's factbox.
- South of Baghdad, Tuesday April 12, 2005: a roadside bomb on a minibus near Iskandariya (a woman, her daughters of 4
  and 7 and the driver) and four Shiite pilgrims shot dead near Latifiya, some 15 km away, told by Xinhua, KUNA,
  Reuters and AP's round-up.
- Khost, Tuesday March 27, 2012: a suicide bomber at a police post by the main bazaar (police seven, a hospital
  official eight, APP's "rose to nine" the next day; a boy of 10 among the dead).

First run (worktree of main 0ee6619, before any fix), passing / checked: together 20/20, apart 3/20, killed 8/20,
injured 5/20, children killed 14/20, children injured 20/20, teens killed 16/20, teens injured 16/20, date 20/20,
independent sources 3/14, grade 3/10; B-cubed precision 0.531, recall 1.000, F1 0.693. No text or gold was changed
after the run (long string literals and comments were only re-wrapped at 120 columns; the module's values are
identical). The 76 failures are strict xfails with their class (XFAIL):
- merges (71 of them, two also showing a class below): seven of the set's eight days collapse, each into one incident:
  items of a round-up or of an "In other violence" paragraph told in another town stay in their article's main event
  (Dora's Mosul paragraph, the factbox's '* MOSUL - ...', AP's 'In Kirkuk, ...', AFP's 'In Baghdad, a bomb stuck to a
  car ...' in a Tal Afar story, AFP's Ghazni bus in a Kabul story, AP's Khalis paragraph in a Baquba story), and
  bombings of one city or province and day join through such items or their common place (Baghdad's market, checkpoint
  and roadside bomb; Kandahar and Arghandab; Lashkar Gah and Nad Ali; Iskandariya's bomb and Latifiya's shooting);
  each merged incident takes one member's figures, the sources of all and the grade contested; only Ramadi, Khost and
  Mosul's patrol stay apart (Tal Afar keeps its own figures, with Adhamiya in it);
- the agency's name read as a place: "..., the official told Xinhua" places the sentence's figures at 'Xinhua', an
  event and an incident of their own (Kabul's 21 wounded, Khost's 18);
- round-up items that do not join their incident: the factbox's dayless Mosul item (its window starts the day before)
  and AFP's item placed at the district 'Yarmouk' (Mosul's patrol: one source for three);
- unread forms: a figure and its verb split by an apposition ('three people, two soldiers and a civilian, were
  wounded'), ages told as a list after the dead ('The dead boys were 8, 11, 12, 13 and 15 years old'), two daughters
  'aged four and seven' without a child's flag, 'Sixteen people are still under treatment' and 'as two of the injured
  died' (read as two more deaths) in a running toll.
"""
from __future__ import annotations

import pytest

from challenge_harness import IncidentSet, article, incident


INCIDENTS = {
    # === Baghdad, Wednesday May 16, 2007: three incidents of one city and day ========================================
    # --- a car bomb at the Shorja market in the morning: police 12 and hospital 15 in Reuters' first story,
    # AP's 15 with
    # two boys among the dead, Xinhua's 19 the next day (four of the wounded died, 34 still in hospital) --------------
    "baghdad_shorja_market": incident("2007-05-16", 19, 34, {
        "sho-1": article(
            "Car bomb kills 12 in Baghdad's Shorja market", "2007-05-16",
            "BAGHDAD (Reuters) - A car bomb exploded in Baghdad's main wholesale market on Wednesday morning, killing "
            "12 people and wounding 35, police said.\n\nHospital officials at al-Kindi hospital said 15 people "
            "had been "
            "killed in the blast, which set fire to stalls selling cloth and plastic goods in the Shorja market, a "
            "maze of narrow alleys near the Tigris river.\n\nThe bomb was hidden in a parked minibus and went off "
            "shortly after 9 a.m. (0500 GMT), when the market is at its busiest, a police source said.\n\nShorja has "
            "been bombed several times since the start of the war, despite concrete barriers and checkpoints put up "
            "around it under a U.S.-Iraqi security plan launched in February.\n\n(Reporting by Aseel Kami; Editing by "
            "Charles Dick)"),
        "sho-2": article(
            "Bomb in crowded Baghdad market kills 15", "2007-05-16",
            "BAGHDAD (AP) - A parked minibus packed with explosives blew up Wednesday in the crowded Shorja market in "
            "central Baghdad, killing 15 people and wounding 38, police and hospital officials said.\n\nTwo children "
            "were among the dead, brothers aged 9 and 11 who sold plastic bags to shoppers, according to a police "
            "officer who spoke on condition of anonymity because he was not authorized to release the "
            "information.\n\nThe blast sent black smoke over the city center and left the alleys strewn with shoes, "
            "bolts of cloth and pools of blood. Shopkeepers used carts to carry the wounded to ambulances waiting on "
            "Rashid Street.\n\n\"We were opening the shop and then there was fire everywhere,\" said Abu Mustafa, a "
            "spice merchant whose stall was destroyed.\n\nThe U.S. military said the attack bore the hallmarks "
            "of al-Qaida "
            "in Iraq."),
        "sho-3": article(
            "Death toll from Baghdad market bombing rises to 19", "2007-05-17",
            "BAGHDAD, May 17 (Xinhua) -- The death toll from Wednesday's car bomb attack at the Shorja market "
            "in central "
            "Baghdad rose to 19 on Thursday after four of the wounded died overnight, an Iraqi police source said.\n\n"
            "Another 34 people wounded in the attack were still being treated at al-Kindi and Medical City hospitals, "
            "some of them in serious condition, the source told Xinhua on condition of anonymity.\n\nThe explosives-"
            "laden minibus was parked near the entrance of the market and detonated at about 9:00 a.m. local time "
            "(0500 GMT) on Wednesday.\n\nShorja is Baghdad's biggest wholesale market and has been repeatedly targeted "
            "by bombers."),
    }, children=(2, 0)),
    # --- a suicide car bomb at a police checkpoint in Karrada late the same night: AFP's story recalls the market;
    # AP's round-up opens on it (an article of this incident) and tells the market, Mosul and Kirkuk after it ----------
    "baghdad_karrada_checkpoint": incident("2007-05-16", 8, 17, {
        "kar-1": article(
            "Suicide car bomb kills eight at Baghdad police checkpoint", "2007-05-17",
            "BAGHDAD (AFP) - A suicide bomber blew up his car at a police checkpoint in Baghdad's Karrada "
            "district late "
            "on Wednesday, killing six policemen and two civilians and wounding 17 people, an interior ministry "
            "official said.\n\nThe bomber drove at the checkpoint on Karrada Dakhil street shortly before 10:00 pm "
            "(1800 GMT) and detonated his vehicle when police tried to stop him, the official told AFP.\n\nThe attack "
            "came about 12 hours after a car bomb ripped through the Shorja market in the centre of the capital, "
            "killing 15 people.\n\nKarrada, a mixed commercial district on a bend of the Tigris, is home to several "
            "government offices and party headquarters."),
        "kar-2": article(
            "8 killed, 17 wounded in suicide attack on Baghdad checkpoint", "2007-05-17",
            "BAGHDAD, May 17 (KUNA) -- Eight people, six of them policemen, were killed and 17 others wounded when a "
            "suicide bomber driving an explosives-laden car struck a police checkpoint in central Baghdad late "
            "Wednesday, an Iraqi security source said.\n\nThe source told KUNA that the car exploded in the Karrada "
            "district as policemen were searching vehicles at the checkpoint, and that the wounded were taken to "
            "Ibn al-Nafees hospital.\n\nIraqi and US forces sealed off the area after the blast."),
        "kar-3": article(
            "Suicide bomber kills 8 at Baghdad checkpoint; 33 die in Iraq violence", "2007-05-17",
            "BAGHDAD (AP) - A suicide car bomber struck a police checkpoint in Baghdad's Karrada district late "
            "Wednesday, killing six policemen and two bystanders, hours after a bomb tore through a crowded market in "
            "the capital, police said.\n\nSeventeen people were wounded in the checkpoint attack, including a "
            "police colonel, according to an officer at the scene.\n\nThe market bombing Wednesday morning killed at "
            "least 15 people and wounded 38 at the Shorja wholesale market.\n\nAt least 33 people were killed or "
            "found dead across Iraq on Wednesday.\n\nElsewhere, gunmen in the northern city of Mosul shot and killed "
            "a secondary school teacher as he left his home, police said.\n\nIn Kirkuk, a car bomb exploded outside "
            "a police station in the Rahimawa neighborhood, killing four people and wounding 11, police Brig. Anwar "
            "Hamid said.\n\nPolice in Baghdad also found the bodies of seven men who had been bound and shot, a "
            "common sign of sectarian killings."),
    }),
    # --- a roadside bomb on a police patrol in Dora; the Xinhua story's 'In other violence' paragraph tells Mosul -----
    "baghdad_dora_roadside_bomb": incident("2007-05-16", 2, 3, {
        "dor-1": article(
            "Two policemen killed in Baghdad roadside bomb", "2007-05-16",
            "BAGHDAD, May 16 (Xinhua) -- Two Iraqi policemen were killed on Wednesday when a roadside bomb struck "
            "their patrol in Baghdad's southern district of Dora, a police source said.\n\nThree people, a policeman "
            "and two passers-by, were wounded in the explosion, which took place at about 11:30 a.m. (0730 GMT) near "
            "the Dora oil refinery, the source said.\n\nIn other violence, gunmen shot dead a school teacher and "
            "wounded his son in the northern city of Mosul, some 400 km north of Baghdad, a local police source "
            "said."),
    }),
    # --- Mosul: a teacher shot dead and his son of 14 wounded; a KUNA story, AFP's story the next day, and three
    # other outlets' round-up items or paragraphs (some without the son) ----------------------------------------------
    "mosul_teacher_shot": incident("2007-05-16", 1, 1, {
        "mos-1": article(
            "Gunmen kill teacher in Iraq's Mosul", "2007-05-16",
            "MOSUL, Iraq, May 16 (KUNA) -- Unknown gunmen shot dead a secondary school teacher and wounded his "
            "14-year-old son on Wednesday in the northern Iraqi city of Mosul, a police source said.\n\nThe teacher, "
            "Ahmed Younis Sultan, was leaving his home in the al-Zuhour neighbourhood with his son when gunmen in a "
            "car opened fire on them, the source told KUNA.\n\nThe boy was taken to Mosul General Hospital with a "
            "wound to the shoulder."),
        "mos-2": article(
            "Teachers shut schools in Mosul after colleague's killing", "2007-05-17",
            "MOSUL, Iraq (AFP) - Teachers in the northern Iraqi city of Mosul stayed away from classes on Thursday in "
            "protest at the killing of a colleague who was gunned down outside his home the day before.\n\nAhmed "
            "Younis Sultan, 46, who taught Arabic at al-Zuhour secondary school, was shot dead on Wednesday morning as "
            "he set off for work, and his son Omar, 14, was wounded in the shoulder, police said.\n\n\"We are "
            "targeted because we refuse to teach what the armed groups want,\" said a fellow teacher who gave only "
            "his first name, Khaled.\n\nThe education directorate of Nineveh province said more than 30 teachers had "
            "been killed in the province since the beginning of the year."),
    }, teens=(0, 1)),
    # --- Kirkuk: a car bomb outside a police station, four dead on the day, six the next day as two wounded policemen
    # die (nine still wounded), in a Reuters story datelined Sulaimaniya
    "kirkuk_rahimawa_police_station": incident("2007-05-16", 6, 9, {
        "kir-1": article(
            "Car bomb kills 4 near police station in Iraq's Kirkuk", "2007-05-16",
            "KIRKUK, Iraq, May 16 (Xinhua) -- Four people, including two policemen, were killed and 11 others were "
            "wounded on Wednesday when a car bomb went off near a police station in the northern Iraqi city of "
            "Kirkuk, a local police officer said.\n\nThe car, parked outside the Rahimawa police station, blew up at "
            "around noon, damaging the building and several nearby houses, Brigadier Anwar Hamid told Xinhua.\n\n"
            "Kirkuk, 250 km north of Baghdad, is claimed by Kurds, Arabs and Turkomans, and has seen frequent "
            "attacks on police."),
        "kir-2": article(
            "Kirkuk car bomb toll rises to six", "2007-05-17",
            "SULAIMANIYA, Iraq (Reuters) - Two policemen wounded in a car bombing outside a police station in the "
            "northern city of Kirkuk on Wednesday died in hospital on Thursday, raising the death toll to six, police "
            "said.\n\nNine other people wounded in the blast remain in Kirkuk's Azadi hospital, a police official "
            "said.\n\nKirkuk is at the heart of a dispute between Kurds, who want to fold the oil city into their "
            "autonomous region, and the Arabs and Turkmen who live there."),
    }),
    # === Diyala, Tuesday July 15, 2008: a bombing in Baquba and a family shot dead in Khalis, some 15 km apart ========
    # --- a suicide bomber among police recruits: AFP's 20, Reuters' police 18 and a doctor's 22 (from Baghdad), AP's
    # 'rose to 28' the next day with a tea seller of 16 among the dead and an 'In other violence' paragraph ------------
    "baquba_police_recruits": incident("2008-07-15", 28, 42, {
        "baq-1": article(
            "Suicide bomber kills 20 police recruits in Iraq's Baquba", "2008-07-15",
            "BAQUBA, Iraq (AFP) - A suicide bomber wearing an explosives vest blew himself up among a crowd of men "
            "queuing outside a police recruitment centre in the Iraqi city of Baquba on Tuesday, killing at least 20 "
            "people and wounding 35, police said.\n\nThe attacker slipped into the line of about 200 applicants "
            "outside the centre on the northern edge of the city shortly after 8:00 am (0500 GMT), a police officer "
            "told AFP.\n\nBaquba is the capital of Diyala province, where US and Iraqi forces have been waging an "
            "offensive against Al-Qaeda in Iraq since the beginning of the month."),
        "baq-2": article(
            "Bomber hits Iraqi police recruits, 18 killed", "2008-07-15",
            "BAGHDAD (Reuters) - A suicide bomber killed 18 people and wounded 35 on Tuesday when he blew himself up "
            "among men waiting to apply for jobs at a police recruiting centre in Baquba, north of Baghdad, police "
            "said.\n\nA doctor at Baquba General Hospital said 22 bodies had been brought in.\n\nDiyala province, "
            "of which Baquba is the capital, remains one of Iraq's most violent areas despite a sharp fall in "
            "violence across the country over the past year.\n\n(Reporting by Salah Jabbar; Writing by Martin Hale)"),
        "baq-3": article(
            "Toll in Iraq recruit bombing rises to 28", "2008-07-16",
            "BAQUBA, Iraq (AP) - The death toll from a suicide bombing at a police recruiting center in Baquba rose to "
            "28 on Wednesday, police said, as relatives gathered at the city morgue to collect the bodies.\n\nPolice "
            "said 42 people were wounded in Tuesday's attack. Among the dead was a 16-year-old boy who had been "
            "selling tea to the men waiting in line, a police officer said.\n\nThe U.S. military blamed al-Qaida in "
            "Iraq, which has been pushed out of much of Diyala but still carries out suicide attacks.\n\nIn other "
            "violence, gunmen burst into a house in Khalis, north of Baquba, late Tuesday and killed a man, his wife "
            "and their three children, police said.\n\nIn Baghdad, a roadside bomb wounded two Iraqi soldiers in the "
            "Zayouna neighborhood."),
    }, teens=(1, 0)),
    # --- Khalis: a farmer, his wife and their children of 3, 6 and 9 shot dead at home the same night -----------------
    "khalis_family_shot": incident("2008-07-15", 5, 0, {
        "kha-1": article(
            "Gunmen kill family of five in Iraq's Diyala", "2008-07-16",
            "KHALIS, Iraq, July 16 (KUNA) -- Gunmen killed five members of one family, among them three children, "
            "in an attack on their home in the town of Khalis in Iraq's Diyala province late on Tuesday, a security "
            "source said.\n\nThe source told KUNA that the gunmen broke into the house of a farmer shortly before "
            "midnight and shot him, his wife and their three children, aged three, six and nine.\n\nThe motive for "
            "the attack was not known. Khalis lies about 15 km north of Baquba."),
        "kha-2": article(
            "Iraqi town buries family shot dead in their beds", "2008-07-16",
            "KHALIS, Iraq (AFP) - Hundreds of mourners followed five coffins through the streets of Khalis on "
            "Wednesday, a day after gunmen shot dead a farmer, his wife and their three young children as they slept "
            "in their home.\n\nThe youngest of the children, a girl, was three years old, and her brothers were six "
            "and nine, relatives said.\n\n\"They were simple people. They had no enemies,\" said the farmer's "
            "brother, Jassim Hamid.\n\nPolice said the gunmen had arrived in two cars shortly before midnight on "
            "Tuesday and fled towards the orchards east of the town."),
    }, children=(3, 0)),
    # === Northern Iraq, Monday June 22, 2009
    # --- Tal Afar: a car bomb at the livestock market; police 12 against hospital 15 in two reports; AFP's round-up
    # the next day opens on it (an article of this incident) and names two shepherd boys of 12 and 13 ---------------
    "tal_afar_livestock_market": incident("2009-06-22", 12, 30, {
        "taf-1": article(
            "Car bomb kills 12 at Iraq livestock market", "2009-06-22",
            "MOSUL, Iraq (Reuters) - A car bomb exploded in a crowded livestock market in the northern Iraqi town of "
            "Tal Afar on Monday, killing 12 people, police said, while hospital officials put the toll at "
            "15.\n\nThirty "
            "people were wounded in the blast, which went off as farmers were selling sheep and cattle in the market "
            "on the edge of the mainly Turkmen town, police said.\n\nTal Afar, 420 km (260 miles) northwest of "
            "Baghdad, "
            "has suffered some of the deadliest bombings of the war.\n\n(Reporting by Jamal al-Badrani; Editing by "
            "Michael Roddy)"),
        "taf-2": article(
            "12 killed, 30 injured in car bomb blast in northern Iraq", "2009-06-22",
            "BAGHDAD, June 22 (Xinhua) -- At least 12 people were killed and 30 others wounded on Monday when a car "
            "bomb exploded at a livestock market in the town of Tal Afar in Iraq's northern province of Nineveh, a "
            "local police source said.\n\nThe booby-trapped car was parked among trucks loaded with sheep near the "
            "market entrance, the source told Xinhua.\n\nThe wounded were taken to Tal Afar hospital, and some were "
            "later moved to hospitals in Mosul, some 70 km to the east."),
        "taf-3": article(
            "Car bomb kills 12 at Iraq cattle market, violence elsewhere kills 6", "2009-06-23",
            "MOSUL, Iraq (AFP) - A car bomb tore through a livestock market in the northern Iraqi town of Tal Afar on "
            "Monday, killing 12 people, among them two shepherd boys aged 12 and 13, and wounding 30, police "
            "said.\n\nHospital officials said 15 were killed, but police said some bodies had been counted twice.\n\n"
            "Elsewhere in Nineveh province, a roadside bomb struck an Iraqi army patrol in the Yarmouk district of "
            "Mosul, killing three soldiers, an army officer said.\n\nIn Baghdad, a bomb stuck to a car killed a "
            "Trade Ministry employee in the northern district of Adhamiya and wounded two passers-by, an interior "
            "ministry official said.\n\nViolence has fallen sharply across Iraq since 2007, but the north remains "
            "restive ahead of the June 30 deadline for US combat troops to leave Iraqi cities."),
    }, teens=(2, 0)),
    # --- Mosul: a roadside bomb on an army patrol in Yarmouk, three soldiers dead, two soldiers and a civilian hurt
    "mosul_yarmouk_army_patrol": incident("2009-06-22", 3, 3, {
        "mop-1": article(
            "3 Iraqi soldiers killed in Mosul roadside bombing", "2009-06-22",
            "MOSUL, Iraq, June 22 (KUNA) -- Three Iraqi soldiers were killed and three people, two soldiers and a "
            "civilian, were wounded on Monday when a roadside bomb hit an army patrol in western Mosul, a security "
            "source said.\n\nThe bomb went off as the patrol drove through the Yarmouk district, the source told "
            "KUNA, adding that troops cordoned off the area and arrested two suspects."),
    }),
    # --- Baghdad: a sticky bomb on a Trade Ministry employee's car in Adhamiya
    "baghdad_adhamiya_sticky_bomb": incident("2009-06-22", 1, 2, {
        "adh-1": article(
            "Sticky bomb kills government employee in Baghdad", "2009-06-22",
            "BAGHDAD, June 22 (Xinhua) -- A government employee was killed and two passers-by wounded on Monday when "
            "a magnetic bomb attached to his car exploded in Baghdad's northern district of Adhamiya, an Interior "
            "Ministry source said.\n\nThe victim, an employee of the Trade Ministry, was driving to work when the "
            "bomb went off at about 8:00 a.m. (0500 GMT), the source said.\n\nSo-called sticky bombs have become a "
            "favoured weapon of insurgents against Iraqi officials and security personnel."),
    }),
    # === Kandahar province, Tuesday Sept. 14, 2010: two bombings of one province and day ==============================
    # --- a bicycle bomb in a Kandahar city bazaar in the morning: Xinhua's early five, AP's round-up (opens on it: an
    # article of this incident) and APP the next day with six, two boys of 7 and 10 among them -------------------------
    "kandahar_bicycle_bomb": incident("2010-09-14", 6, 17, {
        "kbb-1": article(
            "5 killed, 15 injured in bicycle bomb blast in S Afghanistan", "2010-09-14",
            "KANDAHAR, Afghanistan, Sept. 14 (Xinhua) -- At least five civilians were killed and 15 others injured "
            "when a bomb planted on a bicycle went off in a busy bazaar in Kandahar city, capital of southern Afghan "
            "province of Kandahar, on Tuesday morning, a local official said.\n\n\"The bomb, fixed to a bicycle parked "
            "near a money changers' market close to Shahidan Chowk, exploded at around 9:30 a.m. local time,\" "
            "provincial government spokesman Zalmai Noorzai told Xinhua.\n\nNo group has claimed responsibility so "
            "far. Taliban militants, who were ousted from power in late 2001, have been blamed for similar attacks in "
            "the city."),
        "kbb-2": article(
            "Bicycle bomb kills 6 in Afghan city; roadside bomb kills 9 in Arghandab", "2010-09-14",
            "KANDAHAR, Afghanistan (AP) - A bomb hidden on a bicycle exploded in a crowded market in Kandahar on "
            "Tuesday, killing six people, including two boys aged 7 and 10 who sold chewing gum to shoppers, "
            "officials said. Seventeen people were wounded.\n\nThe blast shattered shop windows near Shahidan Chowk, "
            "one of the main squares of the city, which NATO and Afghan forces are trying to secure ahead of a push "
            "into the surrounding districts.\n\nHours later, a roadside bomb tore through a minivan in the Arghandab "
            "district northwest of the city, killing nine civilians, among them women and children, said district "
            "chief Haji Shah Wali Agha.\n\nIn neighboring Helmand province, a NATO service member was killed in a "
            "bombing on Tuesday, the alliance said without giving the soldier's nationality."),
        "kbb-3": article(
            "Pakistan condemns Kandahar bomb blast", "2010-09-15",
            "ISLAMABAD, Sept 15 (APP): Pakistan has strongly condemned the bomb blast in the southern Afghan city of "
            "Kandahar on Tuesday in which six people, including two children, were killed and 17 others were "
            "injured.\n\nIn a statement issued here on Wednesday, the Foreign Office spokesman said the Government "
            "and people of Pakistan conveyed their deep sympathies to the bereaved families and wished early recovery "
            "to the injured.\n\n\"Pakistan stands with the brotherly people of Afghanistan in their fight against "
            "terrorism,\" the spokesman said."),
    }, children=(2, 0)),
    # --- Arghandab: a roadside bomb on a minivan in the afternoon, nine civilians dead, four of them children; Reuters
    # from Kabul and a Kabul paper the next day ---------------------------------------------------------------------
    "arghandab_minivan_bomb": incident("2010-09-14", 9, 3, {
        "arg-1": article(
            "Afghan roadside bomb kills nine civilians in south", "2010-09-14",
            "KABUL (Reuters) - A roadside bomb struck a minivan carrying civilians in Arghandab district of southern "
            "Kandahar province on Tuesday, killing nine people, including four children, and wounding three, a "
            "provincial government spokesman said.\n\nThe family was travelling to a wedding in a village on the "
            "Arghandab river when the van hit the bomb in the afternoon, spokesman Zalmai Noorzai said.\n\nRoadside "
            "bombs are the biggest killer of civilians in Afghanistan, according to the United Nations, which says "
            "more than 1,200 civilians were killed in the first half of the year.\n\n(Reporting by Ismail Sameem; "
            "Writing by Paul Tait)"),
        "arg-2": article(
            "Nine of a wedding party killed in Arghandab blast", "2010-09-15",
            "Nine civilians, among them four children and three women, lost their lives when the vehicle they were "
            "travelling in struck a roadside mine in Arghandab district of Kandahar province on Tuesday afternoon, "
            "officials said.\n\nThree other passengers were injured and taken to Mirwais hospital in Kandahar city.\n\n"
            "The district chief, Haji Shah Wali Agha, said the family had been on its way from Kandahar city to a "
            "wedding in the Chaharqulba area. He blamed the Taliban for planting the mine on a road used by "
            "villagers.\n\nThe blast came hours after a bicycle bomb killed six people in Kandahar city.\n\n"
            "Daily Outlook Afghanistan"),
    }, children=(4, 0)),
    # === Wednesday Aug. 3, 2011: Kabul and Ghazni
    # --- a suicide car bomb on a NATO convoy in eastern Kabul: AP's eight, Reuters' 10 with three children, AFP's
    # round-up (opens on it: an article of this incident), Xinhua's 13 the next day (21 still wounded) -----------------
    "kabul_nato_convoy_bomb": incident("2011-08-03", 13, 21, {
        "kcv-1": article(
            "Suicide car bomb targets NATO convoy in Kabul, 8 dead", "2011-08-03",
            "KABUL, Afghanistan (AP) - A suicide bomber rammed a car packed with explosives into a NATO convoy on the "
            "eastern outskirts of Kabul on Wednesday, killing at least eight Afghan civilians and wounding 20, "
            "Kabul police said.\n\nThe blast on the Kabul-Jalalabad road, near the Pul-e-Charkhi prison, shattered "
            "windows of shops along the highway and left a crater in the asphalt, witnesses said.\n\nNATO said none "
            "of its troops were killed. The Taliban claimed responsibility in a text message to reporters."),
        "kcv-2": article(
            "Kabul suicide bomb kills 10 civilians, including children", "2011-08-03",
            "KABUL (Reuters) - A suicide car bomber attacked a NATO convoy in the Afghan capital on Wednesday, killing "
            "10 civilians, including three children, and wounding 24, the Interior Ministry said.\n\nThe attacker "
            "struck as the armoured vehicles passed a row of mechanics' workshops on the road east towards "
            "Jalalabad, ministry spokesman Ahmad Shah Hemat said.\n\nThe attack came as NATO-led forces began handing "
            "over security in parts of the country to Afghan forces, a process due to be completed by the end of "
            "2014.\n\n(Reporting by Mirwais Haidari; Editing by Simon Brook)"),
        "kcv-3": article(
            "Death toll from Kabul suicide attack rises to 13", "2011-08-04",
            "KABUL, Aug. 4 (Xinhua) -- The death toll from Wednesday's suicide car bombing against a NATO convoy in "
            "eastern Kabul has risen to 13 after three of the wounded died in hospital, an official said on "
            "Thursday.\n\n\"Thirteen civilians including three children aged between six and 11 have been martyred "
            "and 21 others are still being treated in hospitals,\" Kabul police criminal investigation chief "
            "Abdul Rahman Salimi told Xinhua.\n\nThe Taliban claimed responsibility for the attack."),
        "kcv-4": article(
            "Kabul suicide bomb kills 10 as roadside blast hits Afghan bus", "2011-08-03",
            "KABUL (AFP) - A suicide bomber blew up a car next to a NATO convoy in Kabul on Wednesday, killing 10 "
            "civilians, three of them children, and wounding 24 people, the interior ministry said.\n\nThe attack on "
            "the road to Jalalabad came hours after a roadside bomb ripped through a packed bus in the southeastern "
            "province of Ghazni, killing 11 civilians, including five children, the provincial governor's office "
            "said.\n\nThe bus was travelling on the main highway between Kabul and Kandahar when it hit the bomb in "
            "Andar district, the office said in a statement.\n\nCivilian deaths rose 15 percent in the first half of "
            "2011 to 1,462, according to the United Nations."),
    }, children=(3, 0)),
    # --- Ghazni: a bus bomb in Andar district, 11 dead, five children under 10 and three women among them -----------
    "ghazni_andar_bus_bomb": incident("2011-08-03", 11, 8, {
        "gbz-1": article(
            "11 civilians killed as roadside bomb hits bus in E Afghanistan", "2011-08-03",
            "GHAZNI, Afghanistan, Aug. 3 (Xinhua) -- Eleven civilians, including five children under the age of ten "
            "and three women, were killed and eight others injured when a roadside bomb hit a passenger bus in "
            "Andar district of eastern Ghazni province on Wednesday morning, a police official said.\n\n\"The bus "
            "was on its way from Ghazni city to Kabul when it struck the mine on the highway,\" provincial police "
            "chief Gul Ahmad Sherzad told Xinhua.\n\nThe injured were taken to Ghazni provincial hospital. No "
            "group has "
            "claimed responsibility."),
        "gbz-2": article(
            "Pakistan condemns bus bombing in Ghazni", "2011-08-04",
            "ISLAMABAD, Aug 4 (APP): Pakistan on Thursday condemned the terrorist attack on a passenger bus in "
            "Afghanistan's Ghazni province which killed 11 innocent civilians including five children.\n\nA roadside "
            "bomb struck the bus on the Kabul-Kandahar highway in Andar district on Wednesday, injuring eight other "
            "passengers.\n\n\"The Government and people of Pakistan share the grief of the families of the "
            "victims,\" the Foreign Office spokesperson said in a statement."),
    }, children=(5, 0)),
    # === Helmand, Tuesday June 18, 2013: Lashkar Gah and Nad Ali, some 15 km apart ====================================
    # --- a motorbike bomb in Lashkar Gah's main bazaar: a policeman and three civilians, a shoe-shine boy of 13 among
    # them; AFP's story has an 'In other violence' paragraph telling Nad Ali ------------------------------------------
    "lashkar_gah_bazaar_motorbike": incident("2013-06-18", 4, 12, {
        "lsh-1": article(
            "4 killed, 12 injured in motorbike bomb blast in S Afghanistan", "2013-06-18",
            "LASHKAR GAH, Afghanistan, June 18 (Xinhua) -- Four people including a policeman were killed and 12 "
            "others injured as a bomb fitted to a motorbike went off in the main bazaar of Lashkar Gah, the capital "
            "of southern Helmand province, on Tuesday, a local official said.\n\n\"The blast occurred at around 10:00 "
            "a.m. local time near a police vehicle parked in the bazaar,\" provincial government spokesman Ahmad "
            "Zaki Hamdard told Xinhua.\n\nTaliban militants have yet to comment."),
        "lsh-2": article(
            "Bomb in Afghan market kills four, including boy", "2013-06-18",
            "KABUL (AFP) - A bomb on a motorcycle exploded in a crowded market in the southern Afghan city of Lashkar "
            "Gah on Tuesday, killing a policeman and three civilians, one of them a 13-year-old boy who shined shoes "
            "in the bazaar, officials said.\n\nTwelve people were wounded, provincial spokesman Ahmad Zaki "
            "Hamdard said.\n\n"
            "In other violence in Helmand, a suicide bomber on foot attacked a police checkpoint in Nad Ali district, "
            "killing five policemen, the district police chief said.\n\nAfghan forces took over security from NATO "
            "across the country on Tuesday, as the US-led coalition prepares to withdraw most of its combat troops "
            "by the end of 2014."),
    }, teens=(1, 0)),
    # --- Nad Ali: a suicide bomber on foot at a police checkpoint; the Taliban's own claim of 12 set aside
    "nad_ali_police_checkpoint": incident("2013-06-18", 5, 2, {
        "nad-1": article(
            "Suicide bomber kills five Afghan police in Helmand", "2013-06-18",
            "LASHKAR GAH, Afghanistan (Reuters) - A suicide bomber on foot blew himself up at a police checkpoint in "
            "Nad Ali district of southern Helmand province on Tuesday, killing five policemen and wounding two, a "
            "provincial government spokesman said.\n\nA Taliban spokesman, Mullah Hamidullah Karimi, said in a "
            "statement "
            "that 12 police had been killed in the attack.\n\nThe attack came on the day Afghan forces formally took "
            "over security for the whole country from NATO-led troops.\n\n(Reporting by Abdul Malik; Editing by "
            "Nick Macfie)"),
    }),
    # === Ramadi, Monday Nov. 20, 2006: mortar rounds on a football pitch, five boys of 8, 11, 12, 13 and 15 ==========
    "ramadi_football_pitch_mortar": incident("2006-11-20", 5, 9, {
        "rmd-1": article(
            "Mortar rounds kill 5 boys playing soccer in Ramadi", "2006-11-20",
            "RAMADI, Iraq (AP) - Mortar rounds slammed into a dirt soccer field in the western city of Ramadi on "
            "Monday afternoon, killing five boys and wounding nine other people who were watching the game, police "
            "and a hospital official said.\n\nThe dead boys were 8, 11, 12, 13 and 15 years old, said Dr. Omar "
            "Abdul-Sattar of Ramadi General Hospital.\n\nIt was not clear who fired the mortars. Police blamed "
            "insurgents who often fire at a nearby U.S. base, while residents accused U.S. troops of shelling the "
            "neighborhood.\n\nThe U.S. military said in a statement that its forces had not fired any mortars in "
            "Ramadi on Monday.\n\nRamadi, the capital of Anbar province, is one of the most dangerous cities in "
            "Iraq."),
        "rmd-2": article(
            "Ramadi buries boys killed on football pitch", "2006-11-21",
            "RAMADI, Iraq (AFP) - Grieving relatives in the Iraqi city of Ramadi on Tuesday buried five boys killed "
            "when mortar rounds crashed onto a football pitch where they were playing the day before.\n\nThe "
            "youngest of the victims was eight years old and the oldest 15, a doctor at the city's main hospital "
            "told AFP, adding that nine spectators were also wounded on Monday.\n\n\"My son went out with a ball "
            "and came back in a blanket,\" said Khalil Ibrahim, whose 12-year-old son Ali was among the dead.\n\n"
            "Ramadi has been the scene of heavy fighting between US forces and Sunni insurgents for more than a "
            "year."),
    }, children=(2, 0), teens=(3, 0)),
    # === South of Baghdad, Tuesday April 12, 2005: a minibus bomb near Iskandariya and pilgrims shot near Latifiya
    "iskandariya_minibus_bomb": incident("2005-04-12", 4, 6, {
        "isk-1": article(
            "Roadside bomb kills 4 including 2 children south of Baghdad", "2005-04-12",
            "BAGHDAD, April 12 (Xinhua) -- Four Iraqis, a woman and her two daughters among them, were killed and "
            "six others wounded on Tuesday when a roadside bomb hit a minibus near the town of Iskandariya, some 50 "
            "km south of Baghdad, police said.\n\nThe bomb, apparently meant for a passing US convoy, went off as "
            "the minibus was travelling on the main highway to Hilla, police Captain Muthanna Khalid said.\n\nThe "
            "driver of the minibus was also killed, he said."),
        "isk-2": article(
            "Girls aged 4 and 7 among dead in Iraq minibus blast", "2005-04-12",
            "BAGHDAD, April 12 (KUNA) -- A roadside bomb tore through a civilian minibus near Iskandariya, south of "
            "Baghdad, on Tuesday, killing the driver, a woman and her two daughters, aged four and seven, and "
            "wounding six passengers, an Iraqi police source said.\n\nThe source told KUNA the wounded were taken "
            "to the hospital in Iskandariya and that two of them were in critical condition."),
    }, children=(2, 0)),
    "latifiya_pilgrims_shot": incident("2005-04-12", 4, 2, {
        "lat-1": article(
            "Gunmen kill four Shi'ite pilgrims south of Baghdad", "2005-04-12",
            "BAGHDAD (Reuters) - Gunmen opened fire on a car carrying Shi'ite pilgrims to the holy city of Kerbala "
            "near the town of Latifiya on Tuesday, killing four of them and wounding two, police said.\n\nThe area "
            "south of Baghdad, known as the \"triangle of death\", has been the scene of frequent attacks on Shi'ites "
            "travelling to the shrine cities of Kerbala and Najaf.\n\n(Reporting by Fadhil Abbas)"),
    }),
    # === Khost, Tuesday March 27, 2012: a suicide bomber at a police post by the main bazaar; police seven, a hospital
    # official eight, APP's 'rose to nine' the next day (16 still wounded); a boy of 10 among the dead ================
    "khost_bazaar_police_post": incident("2012-03-27", 9, 16, {
        "kho-1": article(
            "7 killed, 18 injured in suicide attack in E Afghanistan", "2012-03-27",
            "KHOST, Afghanistan, March 27 (Xinhua) -- A suicide bomber riding a motorcycle blew himself up near a "
            "police post at the main bazaar of Khost city, capital of eastern Khost province, on Tuesday, killing "
            "seven people including three policemen and a 10-year-old boy, a local official said.\n\nEighteen others "
            "were injured in the attack, the official told Xinhua on condition of anonymity.\n\nKhost borders "
            "Pakistan's North Waziristan tribal region, a stronghold of the Haqqani network."),
        "kho-2": article(
            "Suicide bomber kills seven in eastern Afghan city", "2012-03-27",
            "KABUL (Reuters) - A suicide bomber on a motorcycle killed seven people, including three policemen, in "
            "the eastern Afghan city of Khost on Tuesday, police said.\n\nA hospital official in Khost said eight "
            "people had died and 18 were being treated for wounds.\n\nThe bomber struck a police post at the "
            "entrance to the city's main bazaar at midday, when it was crowded with shoppers, provincial police "
            "spokesman Gul Mohammad Sharifi said.\n\n(Reporting by Samar Qadiri; Editing by Daniel Harlan)"),
        "kho-3": article(
            "Khost suicide attack toll rises to nine", "2012-03-28",
            "KABUL, March 28 (APP): The death toll from Tuesday's suicide attack in the eastern Afghan city of Khost "
            "has risen to nine, as two of the injured died in hospital on Wednesday, Afghan officials said.\n\n"
            "Sixteen people are still under treatment in Khost and Kabul, the officials said.\n\nA 10-year-old boy "
            "and three policemen are among the dead. The bomber detonated his explosives near a police post at the "
            "city's main bazaar."),
    }, children=(1, 0)),
}

# Round-ups whose lead is the day's total over several incidents, or a list with no lead (the Reuters factboxes):
# filed under no single incident, left out of the grouping and figure checks (see the docstring); they stay in the
# warehouse, so their items vote on their incidents' figures, count among their sources, and may glue incidents.
ROUNDUPS = {
    "r-iraq-070516": article(
        "FACTBOX-Security developments in Iraq, May 16", "2007-05-16",
        "May 16 (Reuters) - Following are security developments in Iraq on Wednesday as of 1600 GMT.\n\n"
        "* BAGHDAD - A car bomb killed 12 people and wounded 35 in the Shorja market in central Baghdad, police said. "
        "Hospital sources said 15 people were killed.\n\n"
        "* BAGHDAD - A roadside bomb killed two policemen and wounded three people in the southern Dora district, "
        "police said.\n\n"
        "* MOSUL - Gunmen killed a secondary school teacher in the al-Zuhour district of eastern Mosul, 390 km (240 "
        "miles) north of Baghdad, police said.\n\n"
        "* KIRKUK - A car bomb exploded near a police station in the Rahimawa district of Kirkuk, 250 km (155 miles) "
        "north of Baghdad, killing four people, including two policemen, and wounding 11, police said.\n\n"
        "* BAQUBA - Police found the bodies of six men, blindfolded and shot in the head, in a orchard in the village "
        "of Buhriz, just south of Baquba, 65 km (40 miles) north of Baghdad, police said.\n\n"
        "* FALLUJA - U.S. forces killed two suspected insurgents and detained 14 in operations near Falluja, 50 km "
        "(32 miles) west of Baghdad, the U.S. military said in a statement."),
    "r-iraq-080716": article(
        "Roundup: 31 killed, 44 wounded in attacks across Iraq", "2008-07-16",
        "BAGHDAD, July 16 (Xinhua) -- A total of 31 people were killed and 44 others wounded in separate attacks "
        "across Iraq on Tuesday, including a suicide bombing at a police recruitment center in Diyala province, "
        "police said.\n\nIn Diyala's provincial capital Baquba, some 65 km northeast of Baghdad, a suicide bomber "
        "wearing an explosive belt blew himself up among volunteers lining up outside a police recruitment center "
        "in the morning, killing 21 people and wounding 35 others, a provincial police source said.\n\nLate in the "
        "night, gunmen stormed a house in the town of Khalis, some 15 km north of Baquba, and killed five members of "
        "a family, including three children, the source said.\n\nIn the northern city of Mosul, gunmen shot dead "
        "two policemen at a checkpoint in the city's southern part, a local police source said, adding that three "
        "passers-by were wounded in the attack.\n\nIn Baghdad, three people were killed and six others wounded when "
        "a roadside bomb went off near a minibus in the eastern district of Baghdad al-Jadidah, an Interior Ministry "
        "source said."),
    "r-iraq-090622": article(
        "FACTBOX-Security developments in Iraq, June 22", "2009-06-22",
        "June 22 (Reuters) - Following are security developments in Iraq reported on Monday as of 1530 GMT.\n\n"
        "* TAL AFAR - A car bomb exploded in a livestock market in Tal Afar, 420 km (260 miles) northwest of Baghdad, "
        "killing 12 people and wounding 30, police said. Hospital officials said 15 people were killed.\n\n"
        "* MOSUL - A roadside bomb struck an Iraqi army patrol in western Mosul, killing three soldiers and wounding "
        "three people, police said.\n\n"
        "* BAGHDAD - A sticky bomb attached to a car killed a Trade Ministry employee and wounded two bystanders in "
        "Adhamiya, northern Baghdad, police said.\n\n"
        "* KIRKUK - Police defused a car bomb parked near a market in southern Kirkuk, 250 km (155 miles) north of "
        "Baghdad, police said."),
    "r-afg-100914-xinhua": article(
        "Roundup: 2 bomb blasts kill 15 in S Afghanistan", "2010-09-14",
        "KANDAHAR, Afghanistan, Sept. 14 (Xinhua) -- Fifteen people including six children were killed and 20 "
        "others wounded in two bomb blasts in southern Afghan province of Kandahar on Tuesday, officials said.\n\n"
        "In the first incident, a bomb attached to a bicycle went off in a crowded bazaar in Kandahar city in the "
        "morning, killing six civilians including two children and wounding 17 others, provincial government "
        "spokesman Zalmai Noorzai said.\n\nIn the afternoon, a roadside bomb struck a minivan in Arghandab district, "
        "killing nine passengers including four children and wounding three others, he said.\n\nThe Taliban "
        "militants, who often use roadside bombs against Afghan and NATO-led troops, have not made any comment."),
    "r-afg-100914-afp": article(
        "Afghan bombs kill 15 civilians, NATO soldier", "2010-09-14",
        "KABUL (AFP) - Two bombs killed 15 civilians in Afghanistan's southern province of Kandahar on Tuesday, "
        "officials said, while NATO announced the death of one of its soldiers in the neighbouring province of "
        "Helmand.\n\nA bomb hidden on a bicycle exploded near a busy square in Kandahar city, killing six civilians, "
        "two of them children, the provincial government said.\n\nLater in the day nine members of one family were "
        "killed when their minivan hit a roadside bomb in Arghandab district, northwest of the city, the statement "
        "said.\n\nThe International Security Assistance Force said one of its soldiers died in a bombing in "
        "southern Afghanistan, without giving details.\n\nAbout 150,000 US and NATO troops are fighting a Taliban-led "
        "insurgency that is now in its ninth year."),
    "r-afg-130618": article(
        "Roundup: 11 killed in Afghan violence", "2013-06-18",
        "KABUL, June 18 (Xinhua) -- At least 11 people including five policemen were killed in separate incidents "
        "of violence in Afghanistan on Tuesday, officials said.\n\nIn southern Helmand province, a bomb fixed to a "
        "motorbike went off in the main bazaar of the provincial capital Lashkar Gah, killing four people and "
        "wounding 12 others, provincial government spokesman Ahmad Zaki Hamdard said.\n\nIn the same province, "
        "a suicide "
        "bomber blew himself up at a police checkpoint in Nad Ali district, killing five policemen and injuring two "
        "others, he said.\n\nIn northern Kunduz province, two militants were killed when a bomb they were planting "
        "on a road in Char Dara district went off prematurely, the provincial police said."),
    "r-iraq-050412": article(
        "Violence kills 19 in Iraq", "2005-04-12",
        "BAGHDAD, Iraq (AP) - Insurgents killed at least 19 people across Iraq on Tuesday, including four Shiite "
        "pilgrims shot dead on their way to Karbala and a family blown up in a minibus south of the capital, police "
        "said.\n\nGunmen in a car opened fire on the pilgrims near Latifiya, 20 miles south of Baghdad, killing four "
        "and wounding two, said police Capt. Hussein Ali.\n\nA few miles away, near Iskandariya, a roadside bomb "
        "killed a woman, her two young daughters and the driver of the minibus they were riding in, police said.\n\n"
        "In Baghdad, a car bomb exploded near a police patrol in the western Mansour district, killing six people, "
        "including three policemen, and wounding 10.\n\nIn the northern city of Kirkuk, gunmen killed two Kurdish "
        "security officers and a civilian, and in Baqouba three Iraqi soldiers died when a bomb hit their "
        "vehicle."),
    "r-iraq-061120": article(
        "FACTBOX-Security developments in Iraq, Nov 20", "2006-11-20",
        "Nov 20 (Reuters) - Following are security developments in Iraq on Monday as of 1700 GMT.\n\n"
        "* RAMADI - Mortar rounds killed five children and wounded nine people at a football pitch in Ramadi, 110 km "
        "(70 miles) west of Baghdad, police and hospital officials said.\n\n"
        "* BAGHDAD - Police found 22 bodies, most of them bound and shot, in different parts of Baghdad in the past "
        "24 hours, an Interior Ministry source said.\n\n"
        "* BAQUBA - Gunmen killed two brothers who worked at a bakery in central Baquba, 65 km (40 miles) north of "
        "Baghdad, police said.\n\n"
        "* TIKRIT - A roadside bomb wounded three policemen in Tikrit, 175 km (110 miles) north of Baghdad, police "
        "said."),
}

# Known failures, keyed (field, incident), with the class of each (strict xfail).
_BAGHDAD = ("merge, one city and day: Baghdad's three incidents of May 16, 2007 (Shorja's market, Karrada's "
            "checkpoint, Dora's roadside bomb: all placed at 'Baghdad' or its district on one day) and the day's Mosul "
            "and Kirkuk incidents are one incident of 12 reports: items in other towns stay in their article's main "
            "event (Dora's 'In other violence, gunmen shot dead a school teacher ... in ... Mosul', the factbox's "
            "'* MOSUL - Gunmen killed ...', AP's 'In Kirkuk, a car bomb exploded outside a police station in the "
            "Rahimawa neighborhood'); the merged incident has 15 killed, 38 injured, 1 teen hurt (Mosul's son), six "
            "sources, contested")
_DIYALA = ("merge, a round-up item near the lead: Baquba's recruit bombing and the Khalis family shot that "
           "night, 15 km "
           "away, are one incident (AP's 'In other violence, gunmen burst into a house in Khalis ...' and Xinhua's "
           "round-up item stay in their Baquba event; a bombing and a shooting): the merged incident has 5 killed (the "
           "family's), 35 injured, 3 children killed, five sources, contested")
_TAL_AFAR = ("merge, a round-up item in another city: AFP's Tal Afar round-up keeps its 'In Baghdad, a bomb stuck to a "
             "car killed a Trade Ministry employee in ... Adhamiya' in its Tal Afar event, so Xinhua's Adhamiya story "
             "joins the Tal Afar market bombing (400 km away): Adhamiya's incident is Tal Afar's, 12 killed, 30 "
             "injured, 2 teens killed")
_KANDAHAR = ("merge, two bombings of one province and day: Kandahar city's bicycle bomb and Arghandab's minivan bomb "
             "(some 15 km apart) are one incident: AP's round-up ('Hours later, a roadside bomb tore through a minivan "
             "in the Arghandab district ...') and Xinhua's and AFP's round-ups keep both in one event; the merged "
             "incident has the round-ups' 15 killed, the bicycle bomb's 17 injured and 2 children, six sources, "
             "contested")
_KABUL = ("merge, a round-up item in another province: AFP's Kabul round-up keeps 'a roadside bomb ripped "
          "through a packed "
          "bus in ... Ghazni, killing 11 civilians, including five children' in its Kabul event, so Ghazni's two "
          "reports join the Kabul convoy bombing (130 km away): the merged incident has 13 killed, 24 injured, 5 "
          "children killed, five sources, contested")
_HELMAND = ("merge, two attacks of one province and day: Lashkar Gah's bazaar bomb and the Nad Ali checkpoint bombing "
            "(some 15 km apart; Reuters' Nad Ali figures placed at 'Helmand') are one incident, through AFP's "
            "'In other "
            "violence in Helmand, a suicide bomber ... in Nad Ali district, killing five policemen' and Xinhua's "
            "round-up; the merged incident has 12 killed (the Taliban's claim of 12 police, not set aside when told in "
            "a sentence of its own) and 12 injured (Lashkar Gah's)")
_SOUTH_BAGHDAD = ("merge, a round-up of two nearby incidents of different kinds: the Iskandariya minibus bomb and the "
                  "Latifiya pilgrims shot dead (some 15 km apart) are one incident through AP's round-up ('Gunmen ... "
                  "near Latifiya ...', 'A few miles away, near Iskandariya, a roadside bomb killed ...', one event): "
                  "the merged incident has Iskandariya's 6 injured, four sources, contested")
XFAIL: dict[tuple[str, str], str] = {
    **{("apart", name): reason for name, reason in [
        ("baghdad_shorja_market", _BAGHDAD), ("baghdad_karrada_checkpoint", _BAGHDAD),
        ("baghdad_dora_roadside_bomb", _BAGHDAD), ("mosul_teacher_shot", _BAGHDAD),
        ("kirkuk_rahimawa_police_station", _BAGHDAD), ("baquba_police_recruits", _DIYALA),
        ("khalis_family_shot", _DIYALA), ("tal_afar_livestock_market", _TAL_AFAR),
        ("baghdad_adhamiya_sticky_bomb", _TAL_AFAR),
        ("kandahar_bicycle_bomb", _KANDAHAR), ("arghandab_minivan_bomb", _KANDAHAR), ("kabul_nato_convoy_bomb", _KABUL),
        ("ghazni_andar_bus_bomb", _KABUL), ("lashkar_gah_bazaar_motorbike", _HELMAND),
        ("nad_ali_police_checkpoint", _HELMAND), ("iskandariya_minibus_bomb", _SOUTH_BAGHDAD),
        ("latifiya_pilgrims_shot", _SOUTH_BAGHDAD)]},
    # Baghdad, May 16, 2007
    ("killed", "baghdad_shorja_market"): (
        _BAGHDAD + "; the merged incident's vote also misses Xinhua's running toll of 19 (15 for 19)"),
    ("injured", "baghdad_shorja_market"): _BAGHDAD + " (38 for 34)",
    ("children_killed", "baghdad_shorja_market"): (
        _BAGHDAD + "; AP's 'Two children were among the dead, brothers aged 9 and 11' does not carry the merged "
        "incident's vote (0 for 2)"),
    ("teens_injured", "baghdad_shorja_market"): _BAGHDAD + " (1 for 0)",
    ("killed", "baghdad_karrada_checkpoint"): _BAGHDAD + " (15 for 8)",
    ("injured", "baghdad_karrada_checkpoint"): _BAGHDAD + " (38 for 17)",
    ("teens_injured", "baghdad_karrada_checkpoint"): _BAGHDAD + " (1 for 0)",
    ("sources", "baghdad_karrada_checkpoint"): _BAGHDAD + " (6 for 3)",
    ("killed", "baghdad_dora_roadside_bomb"): _BAGHDAD + " (15 for 2)",
    ("injured", "baghdad_dora_roadside_bomb"): _BAGHDAD + " (38 for 3)",
    ("teens_injured", "baghdad_dora_roadside_bomb"): _BAGHDAD + " (1 for 0)",
    ("sources", "baghdad_dora_roadside_bomb"): _BAGHDAD + " (6 for 2)",
    ("grade", "baghdad_dora_roadside_bomb"): _BAGHDAD + " (contested for corroborated)",
    ("killed", "mosul_teacher_shot"): _BAGHDAD + " (15 for 1)",
    ("injured", "mosul_teacher_shot"): _BAGHDAD + " (38 for 1)",
    ("sources", "mosul_teacher_shot"): _BAGHDAD + " (6 for 5)",
    ("killed", "kirkuk_rahimawa_police_station"): _BAGHDAD + " (15 for 6)",
    ("injured", "kirkuk_rahimawa_police_station"): _BAGHDAD + " (38 for 9)",
    ("teens_injured", "kirkuk_rahimawa_police_station"): _BAGHDAD + " (1 for 0)",
    ("sources", "kirkuk_rahimawa_police_station"): _BAGHDAD + " (6 for 3)",
    ("grade", "kirkuk_rahimawa_police_station"): _BAGHDAD + " (contested for corroborated)",
    # Diyala, July 15, 2008
    ("killed", "baquba_police_recruits"): _DIYALA + " (5 for 28)",
    ("injured", "baquba_police_recruits"): _DIYALA + " (35 for 42)",
    ("children_killed", "baquba_police_recruits"): _DIYALA + " (3 for 0)",
    ("teens_killed", "baquba_police_recruits"): (
        _DIYALA + "; AP's 'Among the dead was a 16-year-old boy' does not carry the merged incident's vote (0 for 1)"),
    ("sources", "baquba_police_recruits"): _DIYALA + " (5 for 4)",
    ("injured", "khalis_family_shot"): _DIYALA + " (35 for 0)",
    ("sources", "khalis_family_shot"): _DIYALA + " (5 for 4)",
    ("grade", "khalis_family_shot"): _DIYALA + " (contested for corroborated)",
    # northern Iraq, June 22, 2009
    ("killed", "baghdad_adhamiya_sticky_bomb"): _TAL_AFAR + " (12 for 1)",
    ("injured", "baghdad_adhamiya_sticky_bomb"): _TAL_AFAR + " (30 for 2)",
    ("teens_killed", "baghdad_adhamiya_sticky_bomb"): _TAL_AFAR + " (2 for 0)",
    ("sources", "mosul_yarmouk_army_patrol"): (
        "round-up items that do not join their incident: the factbox's '* MOSUL - A roadside bomb struck an Iraqi army "
        "patrol in western Mosul, killing three soldiers' names no day (its window starts the day before) and AFP's "
        "'Elsewhere in Nineveh province, a roadside bomb ... in the Yarmouk district of Mosul' is placed at 'Yarmouk': "
        "each is an incident of its own (1 for 3)"),
    # Kandahar, Sept. 14, 2010
    ("killed", "kandahar_bicycle_bomb"): _KANDAHAR + " (15 for 6)",
    ("sources", "kandahar_bicycle_bomb"): _KANDAHAR + " (6 for 4)",
    ("grade", "kandahar_bicycle_bomb"): _KANDAHAR + " (contested for corroborated)",
    ("killed", "arghandab_minivan_bomb"): _KANDAHAR + " (15 for 9)",
    ("injured", "arghandab_minivan_bomb"): _KANDAHAR + " (17 for 3)",
    ("children_killed", "arghandab_minivan_bomb"): _KANDAHAR + " (2 for 4)",
    ("sources", "arghandab_minivan_bomb"): _KANDAHAR + " (6 for 5)",
    # Kabul and Ghazni, Aug. 3, 2011
    ("injured", "kabul_nato_convoy_bomb"): (
        _KABUL + "; and the agency's name read as a place: Xinhua's '\"Thirteen civilians including three children "
        "... and 21 others are still being treated in hospitals,\" Kabul police criminal investigation chief ... told "
        "Xinhua' is placed at 'Xinhua', an event and incident of its own, so its 21 does not vote (24 for 21)"),
    # (since 0.27.0, which reads Xinhua's "GHAZNI, Afghanistan, Aug. 3 (Xinhua) --" as a dateline and places its figure
    # at Andar district, the merged incident's vote gives Kabul's 3 children, no longer Ghazni's 5)
    ("children_killed", "ghazni_andar_bus_bomb"): _KABUL + " (3 for 5)",
    ("killed", "ghazni_andar_bus_bomb"): _KABUL + " (13 for 11)",
    ("injured", "ghazni_andar_bus_bomb"): _KABUL + " (24 for 8)",
    ("sources", "ghazni_andar_bus_bomb"): _KABUL + " (5 for 3)",
    ("grade", "ghazni_andar_bus_bomb"): _KABUL + " (contested for corroborated)",
    # Helmand, June 18, 2013
    ("teens_killed", "lashkar_gah_bazaar_motorbike"): (
        _HELMAND + "; AFP's 'killing a policeman and three civilians, one of them a 13-year-old boy' does not carry "
        "the merged incident's vote (0 for 1)"),
    ("killed", "nad_ali_police_checkpoint"): _HELMAND + " (12 for 5)",
    ("injured", "nad_ali_police_checkpoint"): _HELMAND + " (12 for 2)",
    # Ramadi, Nov. 20, 2006
    ("children_killed", "ramadi_football_pitch_mortar"): (
        "ages told as a list after the dead: 'The dead boys were 8, 11, 12, 13 and 15 years old' is unread, and 'five "
        "boys' (AP, AFP) and the factbox's 'five children' make all five children (5 for 2)"),
    ("teens_killed", "ramadi_football_pitch_mortar"): (
        "ages told as a list after the dead ('The dead boys were 8, 11, 12, 13 and 15 years old', AFP's 'The youngest "
        "... was eight years old and the oldest 15') are unread: no teen among the five boys (0 for 3)"),
    # south of Baghdad, April 12, 2005
    ("children_killed", "iskandariya_minibus_bomb"): (
        _SOUTH_BAGHDAD + "; and KUNA's 'killing the driver, a woman and her two daughters, aged four and seven' gives "
        "the two daughters no child's flag (0 for 2)"),
    ("grade", "iskandariya_minibus_bomb"): _SOUTH_BAGHDAD + " (contested for corroborated)",
    ("injured", "latifiya_pilgrims_shot"): _SOUTH_BAGHDAD + " (6 for 2)",
    ("sources", "latifiya_pilgrims_shot"): _SOUTH_BAGHDAD + " (4 for 2)",
    ("grade", "latifiya_pilgrims_shot"): _SOUTH_BAGHDAD + " (contested for corroborated)",
    # Khost, March 27, 2012
    ("injured", "khost_bazaar_police_post"): (
        "the wounded of a running toll: APP's 'Sixteen people are still under treatment' gives no injured claim "
        "and its "
        "'as two of the injured died' is read as two deaths; Xinhua's 'Eighteen others were injured in the attack, the "
        "official told Xinhua' is placed at 'Xinhua' (an incident of its own); Reuters' 18 wounded lose only the one "
        "death beyond its hospital official's eight (17 for 16)"),
}

# Independent sources: the outlets whose reports tell the incident with a figure (a single story, a round-up item, an
# 'In other violence' paragraph), an agency's several stories once. Mosul's teacher: KUNA, AFP, Xinhua (Dora's
# paragraph), Reuters (the factbox), AP (the Karrada round-up); Dora: Xinhua, Reuters; Kirkuk: Xinhua, Reuters (its
# story and the factbox), AP; Karrada: AFP, KUNA, AP; Baquba: AFP, Reuters, AP, Xinhua (round-up); Khalis: KUNA, AFP,
# AP (Baquba's paragraph), Xinhua (round-up); Tal Afar: Reuters (story and factbox), Xinhua, AFP; Mosul's patrol:
# KUNA, Reuters (factbox), AFP (Tal Afar's round-up); Adhamiya: Xinhua, Reuters, AFP; Kandahar: Xinhua (story and
# round-up), AP, APP, AFP (round-up); Arghandab: Reuters, Daily Outlook, AP, Xinhua, AFP (round-ups); Ghazni: Xinhua,
# APP, AFP; Nad Ali: Reuters, AFP (Lashkar Gah's paragraph), Xinhua (round-up); Latifiya: Reuters, AP (round-up).
INDEPENDENT_SOURCES = {"mosul_teacher_shot": 5, "baghdad_dora_roadside_bomb": 2, "kirkuk_rahimawa_police_station": 3,
                       "baghdad_karrada_checkpoint": 3, "baquba_police_recruits": 4, "khalis_family_shot": 4,
                       "tal_afar_livestock_market": 3, "mosul_yarmouk_army_patrol": 3,
                       "baghdad_adhamiya_sticky_bomb": 3, "kandahar_bicycle_bomb": 4, "arghandab_minivan_bomb": 5,
                       "ghazni_andar_bus_bomb": 3, "nad_ali_police_checkpoint": 3, "latifiya_pilgrims_shot": 2}
# Grades (docs/warehouse.md): contested where a report sets another party's figure for the same dead aside and the
# best stays below it (Tal Afar's hospital 15 beside the police's 12; the Taliban's 12 police at Nad Ali);
# corroborated where the reports agree or only revise upwards, the wounded falling by as many as died; single-source
# where one outlet is all there is.
GRADES = {"tal_afar_livestock_market": "contested", "nad_ali_police_checkpoint": "contested",
          "kandahar_bicycle_bomb": "corroborated", "kirkuk_rahimawa_police_station": "corroborated",
          "khalis_family_shot": "corroborated", "ghazni_andar_bus_bomb": "corroborated",
          "ramadi_football_pitch_mortar": "corroborated", "latifiya_pilgrims_shot": "corroborated",
          "baghdad_dora_roadside_bomb": "corroborated", "iskandariya_minibus_bomb": "corroborated"}

BCUBED_F1_FLOOR = 0.68  # the first run's 0.693, less a margin

SET = IncidentSet(INCIDENTS, ROUNDUPS, XFAIL, INDEPENDENT_SOURCES, GRADES, BCUBED_F1_FLOOR)


@pytest.fixture(scope="module")
def warehouse():
    yield from SET.read()


def test_set_shape():
    SET.check_shape(incidents=range(20, 21), articles=range(45, 66))
    assert len(ROUNDUPS) == 8
    assert all(2004 <= gold["date"].year <= 2014 for gold in INCIDENTS.values())
    assert all(2004 <= text["published"].year <= 2014 and text["published"] >= gold["date"]
               for gold in INCIDENTS.values() for text in gold["articles"].values())


test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1 = \
    SET.grouping_tests()
test_incident_figure, test_incident_date = SET.figure_tests()
test_independent_sources, test_grade = SET.source_tests()
