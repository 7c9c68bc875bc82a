"""Forms of the 0.27.0 round (docs/conventions.md): one more of a group of attackers told without a noun ("Two
suspects were fatally wounded and a third was wounded and arrested") is an attacker, and, hurt beside the others'
deaths, one more person hurt."""
from datetime import date

import pytest

from conftest import article_total
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2018, 4, 16)  # a Monday


def _claims(text):
    return extract_claims(text, PUBLISHED)


@pytest.mark.parametrize("sentence", [
    "Two suspects were fatally wounded and a third was wounded and arrested.",
    "Three robbers were shot dead by officers, and another was injured.",
])
def test_one_more_of_the_attackers_is_an_attacker_hurt_apart(sentence):
    text = "A guard was shot dead and his colleague was wounded on Monday. " + sentence
    hurt = [c for c in _claims(text) if c.casualty_type == "injured" and c.victim_group == "attackers"]
    assert [(c.count_point, c.rule.endswith("/another")) for c in hurt] == [(1, True)]
    assert article_total(text, "injured") == 2


def test_one_more_with_a_noun_of_its_own_is_not_the_attackers():
    text = "Two suspects were fatally wounded and a third man, a passer-by, was wounded."
    hurt = [c for c in _claims(text) if c.casualty_type == "injured"]
    assert hurt and all(c.victim_group != "attackers" for c in hurt)


def test_the_shooters_subject_is_no_new_victim():
    # "The other man" is who fired, not someone hurt apart from the one who died
    text = ("A 31-year-old man was shot and killed outside a store Friday night, police said. The other man fired "
            "several times, striking the victim. The victim died at the scene.")
    assert article_total(text, "injured") == 0
    assert article_total(text, "killed") == 1
    # a new victim as the subject of a passive verb is still someone else
    text = "A 31-year-old man was shot and killed outside a store Friday night. Another man was shot in the leg."
    assert article_total(text, "injured") == 1


def test_every_group_of_a_list_among_the_dead_is_a_subset():
    claims = _claims("A blast killed 20 people on Sunday. Seven children, three women and two policemen were among "
                     "the dead.")
    subsets = sorted((c.count_point, c.is_child) for c in claims if c.parent_key is not None)
    assert subsets == [(2, False), (3, False), (7, True)]
    # a figure's place before the next figure is no group of a list
    claims = _claims("Shelling killed 9 in the city on Monday, four children among the injured.")
    assert [(c.casualty_type, c.count_point, c.parent_key is None) for c in claims] == [
        ("killed", 9, True), ("injured", 4, True)]


@pytest.mark.parametrize("sentence, ages", [
    ("The injured, including five children, were taken to the provincial hospital.", [None]),
    ("The injured, among them two boys aged 10 and 13, were shifted to Civil Hospital.", [10, 13]),
])
def test_minors_in_apposition_to_the_hurt_are_a_subset_of_them(sentence, ages):
    claims = _claims("A bomb killed three people and wounded 12 on Sunday. " + sentence)
    minors = [c for c in claims if c.is_child and c.casualty_type == "injured"]
    assert minors and all(c.parent_key is not None for c in minors)
    assert sorted((c.victim_age for c in minors if c.count_point == 1 or c.victim_age is None),
                  key=lambda a: a or 0) == ages
    assert article_total("A bomb killed three people and wounded 12 on Sunday. " + sentence, "injured") == 12


@pytest.mark.parametrize("text, low, high", [
    ("The war has killed tens of thousands of people.", 20000, 99999),
    ("Hundreds of thousands of people have been killed in the war.", 200000, 999999),
])
def test_tens_or_hundreds_of_thousands_is_one_vague_figure(text, low, high):
    claims = [c for c in _claims(text) if c.casualty_type == "killed"]
    assert [(c.count_low, c.count_point, c.count_high) for c in claims] == [(low, low, high)]


def test_the_militants_of_a_groups_attack_killed_apart_are_its_attackers():
    text = ("Taliban fighters attacked two army checkpoints late Monday, killing 14 soldiers, an official said. "
            "Eight Taliban fighters were killed in the fighting, he said.")
    assert article_total(text, "killed") == 22
    fighters = [c for c in _claims(text) if c.count_point == 8]
    assert [(c.victim_group, c.rule.endswith("/another")) for c in fighters] == [("attackers", True)]
    # not when the people killed are not told as the armed group's victims
    text = "Clashes killed 14 soldiers on Monday, an official said. Eight Taliban fighters were killed, he said."
    assert article_total(text, "killed") == 14


def test_a_dated_dateline_with_its_country_is_the_dateline():
    from pipeline.extract.places import dateline_place
    place = dateline_place("ADEN, Yemen, March 7 (Xinhua) -- At least six people were killed on Sunday.")
    assert (place.name, place.country) == ("Aden", "Yemen")


def test_the_province_a_country_holds_is_the_scene_over_the_dateline():
    text = ("ADEN, Yemen, March 7 (Xinhua) -- At least six people were killed on Sunday when a missile hit a camp in "
            "Yemen's central province of Marib, an official said.")
    assert {c.location for c in extract_claims(text, date(2021, 3, 7))} == {"Marib"}


@pytest.mark.parametrize("text, killed", [
    ("The air force said it shot down 13 of the 17 Iranian-made Shahed drones launched overnight.", []),
    ("Soldiers killed 17 of the 40 attackers.", [17]),
    ("The gunman killed 3 of the 5 family members.", [3]),
])
def test_a_part_of_a_numbered_whole_takes_the_wholes_noun(text, killed):
    assert [c.count_point for c in _claims(text) if c.casualty_type == "killed"] == killed


@pytest.mark.parametrize("text", [
    "A car bomb killed at least 64 people on Wednesday and wounded 87 in the deadliest attack in the Iraqi capital "
    "this year, police said.",
    "Gunmen killed 12 villagers on Wednesday, the worst attack in the region since 2017.",
])
def test_a_superlatives_frame_is_no_period_of_the_figure(text):
    claims = [c for c in _claims(text) if c.parent_key is None]
    assert claims and not any(c.is_summary for c in claims)
    assert {c.period_start for c in claims} == {date(2018, 4, 11)}


def test_a_count_of_the_year_is_still_a_summary():
    claims = _claims("Gunmen killed a man on Wednesday, the 50th killing in the city this year.")
    assert [c.is_summary for c in claims if c.casualty_type == "killed"] == [False]
    claims = _claims("More than 300 people have been killed in the city this year.")
    assert [c.is_summary for c in claims if c.casualty_type == "killed"] == [True]


def test_a_number_in_the_subjects_relative_clause_is_no_list_of_victims():
    text = "A man who led state troopers on a chase through two counties was shot and wounded after he fired at them."
    hurt = [c for c in _claims(text) if c.casualty_type == "injured"]
    # one man hurt; the troopers of his relative clause are neither the victims' group nor their number
    assert [(c.count_point, c.victim_group) for c in hurt] == [(1, "attackers")]


@pytest.mark.parametrize("text, group", [
    ("A man was wounded Sunday when he fired at officers.", "attackers"),
    ("A man was wounded Sunday when a gunman fired at him.", "people"),
    # "them" is the police only when the sentence named them
    ("A man was wounded Sunday after he fired at them.", "people"),
])
def test_a_person_shot_after_firing_at_the_police_is_an_attacker(text, group):
    assert {c.victim_group for c in _claims(text) if c.casualty_type == "injured"} == {group}


def test_a_persons_relative_clause_does_not_give_its_group():
    from pipeline.extract import grammar as G
    assert G.victim_group_of("a journalist who covered police affairs") == ("people", False)
    assert G.victim_group_of("Two adults who tried to protect the children") == ("people", False)
    assert G.victim_group_of("the suspect who shot two officers") == ("attackers", False)


def test_the_people_hurt_listed_in_apposition_are_a_breakdown_of_them():
    text = ("One person was killed and five others were wounded at a house party early Sunday. The wounded, four men "
            "and a 17-year-old girl, were taken to area hospitals.")
    parts = sorted((c.count_point, c.victim_age) for c in _claims(text) if c.parent_key is not None)
    assert parts == [(1, 17), (4, None)]
    assert article_total(text, "injured") == 5


def test_a_place_that_begins_a_malls_name_gives_way_to_the_city():
    text = ("GREENSBORO, N.C. — A teenager was wounded in a shooting inside Four Seasons Town Centre on Saturday "
            "afternoon, Greensboro police said.")
    assert {c.location for c in _claims(text)} == {"Greensboro"}


def test_a_figure_placed_in_a_country_takes_the_next_sentences_scene():
    text = ("Suspected jihadists killed 15 civilians in an attack on a cattle market in northern Burkina Faso on "
            "Thursday, security sources said. The gunmen arrived on motorbikes at the market in Pobe-Mengao, in Soum "
            "province, shortly before midday.")
    assert [c.location for c in _claims(text) if c.casualty_type == "killed"] == ["Soum"]
    # not a town named as a home or where the victims were treated, nor one told two sentences later
    text = ("Gunmen killed 15 civilians in northern Burkina Faso on Thursday. The wounded were taken to the hospital in "
            "Djibo. The army later sent troops to Pobe-Mengao.")
    assert [c.location for c in _claims(text) if c.casualty_type == "killed"] == ["Burkina Faso"]


def test_a_figure_of_an_incident_told_unrelated_is_set_apart():
    text = ("A man was fatally shot late Saturday in Hempstead, police said. The shooting was unrelated to one about an "
            "hour earlier in neighboring Roosevelt in which two men were wounded, a detective said.")
    assert article_total(text, "injured") == 0
    assert article_total(text, "killed") == 1


@pytest.mark.parametrize("text", [
    "Missiles killed nine people and wounded 31 on Sunday. Among the dead was a 12-year-old girl, and four children "
    "were among the wounded, the governor said.",
    "A man was shot dead on Sunday, and the victim's brother later told reporters he had been threatened.",
])
def test_a_person_who_speaks_is_no_victim(text):
    people = [c for c in _claims(text) if c.count_point == 1 and c.casualty_type == "injured"]
    assert people == []
