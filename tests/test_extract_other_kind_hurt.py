"""A single person shot or hurt in a sentence of his own is someone other than the dead when his own words give
him the other sex or the other armed side than every death of the article (article_totals._other_kind_than_the_dead;
docs/conventions.md, "Who is counted")."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _figures(text):
    out = {}
    for c in extract_claims(text, date(2021, 3, 8)):
        if c.parent_key is None and not c.is_summary and c.casualty_type in ("killed", "injured"):
            out[c.casualty_type] = out.get(c.casualty_type, 0) + (c.count_point or 0)
    return out


@pytest.mark.parametrize("text, figures", [
    ("A man was killed in a shooting on Sunday. A woman was shot in the leg and taken to a hospital.",
     {"killed": 1, "injured": 1}),
    ("Two men were shot dead outside a store on Friday. A girl sustained a gunshot wound to the arm.",
     {"killed": 2, "injured": 1}),
    ("Four insurgents were killed in a gunfight with troops on Monday. A soldier sustained bullet injuries.",
     {"killed": 4, "injured": 1}),
    ("Three Maoists were gunned down in an encounter on Monday. A sub-inspector was shot in the arm.",
     {"killed": 3, "injured": 1}),
])
def test_a_person_of_another_kind_than_every_dead_is_hurt(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text, figures", [
    # the dead told without a sex: the woman shot may be the one who died
    ("One person was killed in a shooting on Sunday. A woman was shot in the chest.", {"killed": 1}),
    # the same sex: the man shot may be the dead told again
    ("A man was killed in a shooting on Sunday. A man was shot in the chest, police said.", {"killed": 1}),
    # the officer shot is of the dead's own side
    ("Two soldiers were killed in an ambush on Monday. A soldier was shot in the leg.", {"killed": 2}),
])
def test_a_person_who_may_be_the_dead_is_not_added(text, figures):
    assert _figures(text) == figures



@pytest.mark.parametrize("text, total, subsets", [
    ("Five people were shot, including two women and a 6-year-old boy.", 5, [(2, False, None), (1, True, 6)]),
    ("Gunfire killed four people, including two police officers and a 10-year-old girl.", 4,
     [(2, False, None), (1, True, 10)]),
])
def test_a_single_victim_after_a_numbered_item_of_an_including_list_is_a_subset(text, total, subsets):
    claims = extract_claims(text, date(2021, 3, 8))
    assert [(c.count_point, c.is_child, c.victim_age) for c in claims if c.parent_key is not None] == subsets
    assert sum(c.count_point for c in claims if c.parent_key is None) == total


def test_a_single_victim_with_a_verb_of_its_own_is_no_list_item():
    text = "Four people were killed, including two police officers, and a 10-year-old girl was wounded."
    hurt = [(c.count_point, c.parent_key) for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"]
    assert hurt == [(1, None)]


@pytest.mark.parametrize("text, hurt", [
    ("His friends, Andre Lane, 20, and Marcus Hale, 19, were wounded on Sunday.", [20, 19]),
    ("A man shot and wounded his estranged wife and her sister on Sunday.", [None, None]),
])
def test_people_hurt_named_in_a_list_are_one_each(text, hurt):
    assert [c.victim_age for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"] == hurt


def test_people_only_shot_in_a_named_list_are_left_to_the_figures():
    # they may be the dead told next ("Bates ... was pronounced dead"): no figure of people hurt from the list itself
    text = "Jo Lane, 24, and Al Hale, 25, were shot inside a car on Sunday."
    assert [c for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"] == []


@pytest.mark.parametrize("text, dead", [
    # his death told after people he wounded, as a death ("fatally", "killing himself")
    ("A man shot and wounded his wife before fatally shooting himself.", [("attackers", "self_after")]),
    # the attacker of the sentence's main clause, then "he" killed
    ("A man opened fire inside a bar, wounding two people, before he was shot and killed by police.",
     [("attackers", "singular_passive")]),
    ("KANSAS CITY, Mo. (KCTV) — A gunman opened fire at a party before he was shot dead by an officer.",
     [("attackers", "singular_passive")]),
])
def test_the_attackers_own_death_after_his_attack_is_an_attackers(text, dead):
    assert [(c.victim_group, c.rule) for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "killed"] == dead


@pytest.mark.parametrize("text", [
    "A man shot and wounded his wife before shooting himself.",  # not told as a death
    "A man was shot on Sunday before he was killed.",  # no attack of his own
])
def test_no_attackers_death_without_his_attack_and_his_death(text):
    assert [c.victim_group for c in extract_claims(text, date(2021, 3, 8))
            if c.casualty_type == "killed" and c.victim_group == "attackers"] == []


@pytest.mark.parametrize("text, figures", [
    ("A 3-year-old was among those hurt in the shooting.", [("injured", 1, True, 3, False)]),
    ("Five people were shot on Sunday. A 3-year-old was among those shot.",
     [("injured", 5, False, None, False), ("injured", 1, True, 3, True)]),
    # "those shot" may have lived: not a subset of the dead
    ("Two people were killed on Sunday. A 3-year-old was among those shot.", [("killed", 2, False, None, False)]),
])
def test_a_person_among_those_hurt_or_shot(text, figures):
    assert [(c.casualty_type, c.count_point, c.is_child, c.victim_age, c.parent_key is not None)
            for c in extract_claims(text, date(2021, 3, 8))] == figures


@pytest.mark.parametrize("text, place", [
    ("ALLENTOWN, Pa. — A man accused of killing two people in May waived his hearing Tuesday, sending the case to "
     "Lehigh County Court.", "Allentown"),
    ("COLUMBIA, S.C. — Jo Lane, 24, is on trial in Richland County in a shooting that killed three people.", "Columbia"),
])
def test_a_courts_seat_is_no_scene(text, place):
    assert [c.location for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "killed"][:1] == [place]


@pytest.mark.parametrize("text, figures", [
    # the people of a figure listed in its apposition, a minor among them: the figure and the minor's subset
    ("Two people, a man and a 15-year-old boy, were killed.", [("killed", 2, False, None), ("killed", 1, True, 15)]),
    ("Two people, a man and his 15-year-old son, were shot.", [("injured", 2, False, None), ("injured", 1, True, 15)]),
    # a number inside another figure's noun is none of its own
    ("Three members of one family were killed.", [("killed", 3, False, None)]),
])
def test_a_figure_with_its_people_in_apposition(text, figures):
    assert [(c.casualty_type, c.count_point, c.is_child, c.victim_age)
            for c in extract_claims(text, date(2021, 3, 8))] == figures


@pytest.mark.parametrize("text", [
    "13 children were among at least 28 people killed.",
    "Thirteen children, the youngest a 4-month-old baby, were among at least 28 people killed.",
])
def test_a_subset_among_a_qualified_figure(text):
    assert [(c.count_point, c.parent_key is not None) for c in extract_claims(text, date(2021, 3, 8))] == [
        (28, False), (13, True)]


@pytest.mark.parametrize("text, hurt", [
    ("Three other people escaped with machete wounds and were taken to the hospital.", [3]),
    ("Two others escaped with injuries.", [2]),
    ("Five people escaped with their lives.", []),  # unhurt
])
def test_people_who_got_away_hurt(text, hurt):
    assert [c.count_point for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"] == hurt


@pytest.mark.parametrize("text, hurt", [
    ("Surgical teams operated on 57 people wounded in the shelling.", [57]),
    ("The hospital operated on 12 May with a generator.", []),  # a date
])
def test_people_operated_on(text, hurt):
    assert [c.count_point for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"] == hurt


def test_a_double_datelines_cities_are_not_the_scene():
    text = ("DAMASCUS/GENEVA (ICRC) – Two volunteers were killed on Wednesday when their ambulance came under fire in "
            "rural Deir ez-Zor.")
    assert [c.location for c in extract_claims(text, date(2017, 11, 9))] == ["Deir ez-Zor"]


@pytest.mark.parametrize("text, hurt", [
    ("Rebels killed four people. Two other residents sustained deep cuts.", [2]),
    ("Three people suffered minor cuts in the attack.", [3]),
    ("The hospital suffered budget cuts.", []),
])
def test_people_hurt_told_by_their_cuts(text, hurt):
    assert [c.count_point for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"] == hurt


@pytest.mark.parametrize("text, subset", [
    ("A baby was among three people hurt in a drive-by.", (1, True)),
    ("Two children were among seven people killed.", (2, True)),
])
def test_a_subset_among_a_group_told_in_words(text, subset):
    assert [(c.count_point, c.is_child) for c in extract_claims(text, date(2021, 3, 8)) if c.parent_key is not None] == [
        subset]
