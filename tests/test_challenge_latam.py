"""Challenge set: LATIN AMERICA AND THE CARIBBEAN in the English-language press (Mexico News Daily, Reuters and AP
from Mexico City, Bogotá, São Paulo and Port-au-Prince, the Jamaica Gleaner, the Trinidad Guardian, Insight Crime-style
briefs), 2018-2025, written before the pipeline was run on it, with the figures a careful coder gives from the text alone
under docs/conventions.md (attackers counted and totalled apart, subsets never added, summaries left out).

What the region's crime and conflict reporting holds that the other sets have little of: bodies found rather than people
killed ("the bodies of seven men were found"), "armed men" and "sicarios", massacres counted by the rights groups
("the 45th massacre of the year, according to Indepaz"), police operations in favelas that kill "suspects", prison riots,
a state's or a year's homicide counts beside the incident, "executed", "lifeless", "riddled with bullets", and Spanish
and Portuguese place names with their accents (Guanajuato, Michoacán, Jacarezinho, Cité Soleil, Spanish Town).

Every article is checked for its ``killed`` and ``injured`` totals (``article_tolls``); where the text gives them, its
children (0-11), teens (12-17) and attackers; the day (``period_start``) and the place (``location``) of its FIRST
counted claim in text order. Cases the extractor does not read yet are marked strict ``xfail`` with the class of the
failure.

Every sentence is invented; none is taken from the development data.

First run (main c0df05b, before any fix), passing / checked: killed 12/14, injured 13/14, minors 3/3, day 12/13,
place 13/14. After the fixes (docs/conventions.md): killed 14/14, injured 14/14, minors 3/3, day 13/13, place 13/14
(the rest strict xfail with its class, XFAIL). Fixed: a vague subset read with its "of" ("..., many of them burned to
death" had been added as 2 more dead), people taken to hospital "with gunshot and knife wounds" beside the dead of
another sentence are hurt (they had been taken for the dead), and "since fighting broke out" (no determiner) is a
campaign's count, a summary.
"""
from __future__ import annotations

from datetime import date

import pytest

from challenge_harness import ChallengeSet, extract

CASES: dict[str, dict] = {
    "celaya_bar_armed_men": dict(
        published=date(2024, 3, 11), title="Armed men kill 6 at bar in Celaya, Guanajuato",
        text="Armed men burst into a bar in Celaya, Guanajuato, late on Saturday night and opened fire on customers, "
             "killing six people and wounding three others, the state prosecutor's office said on Sunday. Guanajuato "
             "has led Mexico in homicides for six years; the state recorded more than 3,000 murders in 2023.",
        killed=6, injured=3,
        first=dict(start=date(2024, 3, 9), place="celaya")),
    "michoacan_bodies_found_bags": dict(
        published=date(2022, 8, 23), title="Bodies of 7 men found in Michoacán",
        text="MEXICO CITY (AP) — The bodies of seven men were found dumped along a highway near the town of Zamora in "
             "the western state of Michoacán on Monday, state prosecutors said. The men had been shot and their hands "
             "were bound. Two of the victims were teenagers, aged 16 and 17, prosecutors said.",
        killed=7, injured=0, teens_killed=2,
        first=dict(start=date(2022, 8, 22), place=("zamora", "michoacán", "michoacan"))),
    "jacarezinho_police_raid": dict(
        published=date(2019, 5, 7),
        title="Police raid in Rio favela leaves 25 dead",
        text="RIO DE JANEIRO (Reuters) - A police operation against drug traffickers in the Jacarezinho favela in "
             "northern Rio de Janeiro on Monday left 25 people dead, including one police officer, authorities said. "
             "Police said the 24 others killed were suspects who had opened fire on officers. Two passengers on a "
             "metro train were wounded by stray bullets.",
        killed=25, injured=2,
        first=dict(start=date(2019, 5, 6), place=("jacarezinho", "rio de janeiro"))),
    "cauca_massacre_indepaz": dict(
        published=date(2020, 8, 24), title="Five young people killed in Colombia's latest massacre",
        text="BOGOTA (Reuters) - Gunmen killed five young people in the southwestern Colombian province of Cauca on "
             "Saturday, local officials said, the third such massacre in a week. According to the Indepaz think tank, "
             "it was the 43rd massacre in Colombia so far this year, leaving more than 180 people dead.",
        killed=5, injured=0,
        first=dict(start=date(2020, 8, 22), place="cauca")),
    "cite_soleil_gang_clashes_week": dict(
        published=date(2022, 7, 15), title="Gang clashes in Haiti's Cité Soleil kill at least 89",
        text="PORT-AU-PRINCE, Haiti (AP) — At least 89 people have been killed and 74 injured in a week of clashes "
             "between rival gangs in the Cité Soleil slum of Haiti's capital, a human rights group said on Friday. "
             "Bodies were left lying in the streets, and some were burned, residents said.",
        killed=89, injured=74,
        first=dict(place=("soleil", "port-au-prince"))),
    "spanish_town_gleaner": dict(
        published=date(2023, 1, 16), title="Three killed in Spanish Town shooting",
        text="Three men were shot dead and a woman was injured when gunmen opened fire on a group standing at a shop in "
             "Spanish Town, St Catherine, on Sunday night, the police said. The dead were identified as 27-year-old "
             "Andre Brown, 31-year-old Kemar Smith and 19-year-old Dwayne Clarke. The woman is in hospital in stable "
             "condition.",
        killed=3, injured=1,
        first=dict(start=date(2023, 1, 15), place=("spanish town", "st catherine"))),
    "laventille_trinidad_guardian": dict(
        published=date(2019, 9, 30), title="Man killed, teen wounded in Laventille",
        text="A 24-year-old man was shot dead and a 15-year-old boy was wounded in Laventille on Saturday night, "
             "police said. The teenager was taken to the Port of Spain General Hospital, where he was listed in stable "
             "condition. The killing took the country's murder toll for the year to 410.",
        killed=1, injured=1, teens_injured=1,
        first=dict(start=date(2019, 9, 28), place=("laventille", "port of spain"))),
    "sinaloa_culiacan_clashes": dict(
        published=date(2024, 9, 16), title="Violence in Culiacán leaves dozens dead since cartel split",
        text="CULIACAN, Mexico (AP) — At least 30 people have been killed in Culiacán since fighting broke out between "
             "two factions of the Sinaloa cartel on Sept. 9, according to state officials. On Sunday alone, five "
             "bodies were found on a road on the city's outskirts, the state prosecutor said.",
        killed=5, injured=0,
        first=dict(start=date(2024, 9, 15), place="culiac")),
    "guayaquil_prison_bodies": dict(
        published=date(2022, 11, 7),
        title="Ecuador prison riot leaves 10 inmates dead",
        text="QUITO, Ecuador (AP) — At least 10 inmates were killed during a riot at a prison in the city of Esmeraldas "
             "on Sunday, Ecuador's prison agency said on Monday. Three guards were among those taken hostage. Two "
             "inmates were wounded.",
        killed=10, injured=2,
        first=dict(start=date(2022, 11, 6), place="esmeraldas")),
    "honduras_womens_prison_fire": dict(
        published=date(2023, 6, 21), title="46 women killed in Honduras prison riot",
        text="TEGUCIGALPA, Honduras (AP) — At least 46 women were killed on Tuesday in a riot at a women's prison near "
             "the Honduran capital, many of them burned to death, officials said. Seven inmates were taken to a "
             "hospital in Tegucigalpa with gunshot and knife wounds.",
        killed=46, injured=7,
        first=dict(start=date(2023, 6, 20), place=("tegucigalpa", "honduras"))),
    "zacatecas_bodies_hung": dict(
        published=date(2022, 1, 7),
        title="10 bodies left in SUV outside Zacatecas government palace",
        text="MEXICO CITY (AP) — Ten bodies were found stuffed into a vehicle left in front of the state government "
             "palace in the north-central city of Zacatecas on Thursday, officials said. The state has seen a wave of "
             "violence as two cartels fight for control.",
        killed=10, injured=0,
        first=dict(start=date(2022, 1, 6), place="zacatecas")),
    "putumayo_soldiers_ambush": dict(
        published=date(2023, 3, 31), title="Nine Colombian soldiers killed in ELN attack",
        text="BOGOTA (Reuters) - Nine soldiers were killed and nine others wounded on Wednesday when fighters of the ELN "
             "rebel group attacked a military post in the municipality of El Carmen in Norte de Santander province, "
             "the army said. President Gustavo Petro called the attack a blow to peace talks.",
        killed=9, injured=9,
        first=dict(start=date(2023, 3, 29), place=("el carmen", "norte de santander"))),
    "sao_paulo_school_attack_teen": dict(
        published=date(2023, 3, 28), title="Teacher killed in knife attack at Sao Paulo school",
        text="SAO PAULO (Reuters) - A 13-year-old student stabbed a 71-year-old teacher to death and wounded four other "
             "people at a public school in Sao Paulo on Monday, police said. The student was detained by a teacher and "
             "police. Three of the wounded were teachers and one was a student.",
        killed=1, injured=4, teens_killed=0,
        first=dict(start=date(2023, 3, 27), place=("sao paulo", "são paulo"))),
    "medellin_lifeless_bodies": dict(
        published=date(2020, 2, 3), title="Two men found dead in Medellín",
        text="The lifeless bodies of two men, riddled with bullets, were found in a ravine in the Robledo neighborhood "
             "of Medellín on Sunday morning, police said. Neither had been identified.",
        killed=2, injured=0,
        first=dict(start=date(2020, 2, 2), place=("robledo", "medell"))),
}

XFAIL: dict[tuple[str, str], str] = {
    ("place", "celaya_bar_armed_men"): "a state after its town ('in Celaya, Guanajuato,') whose name is also a city's is "
                                       "read as that city and taken over the town: the US 'City, State' reading is not "
                                       "made for other countries' states",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) >= 14
    SET.check_years(range(2018, 2026))


test_killed, test_injured, test_children_and_teens, _ = SET.figure_tests()  # (no case gives attackers)
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()


# --- the limits of the fixes this set led to (invented sentences)
def _claims(text: str, published: date = date(2023, 6, 21)):
    return extract(text, published)


def test_a_vague_subset_read_with_its_of_is_a_subset():
    claims = _claims("At least 46 women were killed on Tuesday, many of them burned to death.")
    assert [(c.count_point, c.rule) for c in claims] == [(46, "passive_after"), (2, "subset")]


@pytest.mark.parametrize("text, injured", [
    ("At least 46 women were killed in the riot. Seven inmates were taken to a hospital with gunshot wounds.", [7]),
    # beside people shot, those taken to hospital are the people shot again
    ("Four people were shot and one died. Four victims were taken to a hospital with gunshot wounds.", [3]),
])
def test_people_taken_to_hospital_with_their_wounds_beside_the_dead(text, injured):
    assert [c.count_point for c in _claims(text) if c.casualty_type == "injured"] == injured


@pytest.mark.parametrize("text, summary", [
    ("At least 30 people have been killed in Culiacan since fighting broke out between two factions.", True),
    ("Five people were killed when fighting broke out on Sunday.", False),
])
def test_a_count_since_fighting_broke_out_is_a_summary(text, summary):
    assert {c.is_summary for c in _claims(text)} == {summary}
