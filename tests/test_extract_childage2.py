"""Children found with their age, second round (invented sentences).

Forms read: lists of victims after "They were identified as" and "identified the victims <day> as",
a dash apposition and a named hospital after a minor, a minor after the other members of an
active verb's object, and "among N shot" (headlines and body). See docs/conventions.md, "Who is counted".
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims


def _people(text: str, title: str | None = None) -> list[tuple[str, int, int | None, bool]]:
    return [(c.casualty_type, c.count_point, c.victim_age, c.parent_key is not None)
            for c in extract_claims(text, None, title)]


def _young(text: str, title: str | None = None) -> list[int]:
    return sorted(c.victim_age for c in extract_claims(text, None, title)
                  if c.is_child and c.victim_age is not None and c.victim_age < 12)


# --------------------------------------------------------------------------- lists after "identified"
@pytest.mark.parametrize("text, ages", [
    # "They" after a sentence about the dead
    ("Deputies found a woman and her daughter dead in a parked truck. They were identified Friday as Rita Moss, "
     "33, and Lily Moss, 4.", [4]),
    ("Officers found the bodies of a boy and a girl in the basement. They have been identified as 8-year-old "
     "Theo Park and 6-year-old Ivy Park.", [6, 8]),
    # the victims, a day and then "as"; a semicolon between members
    ("The coroner identified the victims late Monday as Dan Frey, 45, and his sons Max Frey, 9; and Leo Frey, 3.",
     [3, 9]),
    # semicolons between the members
    ("The victims were identified as Ada Lin, 38, and her nephews Sam Lin, 10; and Ben Lin, 7.", [7, 10]),
])
def test_a_list_of_victims_after_identified_gives_the_minors_ages(text, ages):
    assert _young(text) == ages


def test_they_after_an_arrest_are_not_victims():
    text = "Two teenagers were arrested after a clerk was shot. They were identified as Ron Dale, 16, and Kip Dale, 15."
    assert [c for c in extract_claims(text, None, None) if c.victim_age is not None] == []


def test_they_without_a_victim_before_are_not_read():
    assert extract_claims("They were identified Tuesday as Nora Hill, 41, and Pia Hill, 7.", None, None) == []


def test_a_death_before_they_makes_the_list_killed():
    text = "A father and his daughter were found dead in the home. They were identified as Al Roy, 52, and Bea Roy, 5."
    assert ("killed", 1, 5, False) in _people(text)


# --------------------------------------------------------------------------- predicates after a minor
def test_a_dash_apposition_before_the_verb():
    text = "The two kids — a 5-year-old boy and a 2-year-old girl — were taken to Lakeside Medical Center with light injuries."
    assert _young(text) == [2, 5]


def test_a_named_medical_center_is_a_hospital():
    assert _young("Ida Ross, 31, and her son Cal, 4, were taken to St. Rita Medical Center with injuries.") == [4]


# --------------------------------------------------------------------------- the object of an active verb
def test_a_minor_after_the_other_members_of_the_object_is_a_victim_of_its_own():
    assert _people("The gunman killed his wife and wounded a clerk and another 6-year-old.") == [
        ("killed", 1, None, False), ("injured", 1, None, False), ("injured", 1, 6, False)]


def test_a_minor_at_the_end_of_a_list_after_deaths_of():
    people = _people("He is charged in the deaths of two of his uncles, his cousin and her 4-month-old son.")
    assert ("killed", 1, 0, False) in people
    assert sum(n for t, n, _, sub in people if t == "killed" and not sub) == 4


def test_a_list_object_takes_no_age_from_the_minor():
    people = _people("Witnesses said he shot a clerk and a 9-year-old boy inside the shop.")
    assert ("injured", 1, None, False) in people and ("injured", 1, 9, False) in people


# --------------------------------------------------------------------------- "among N shot"
@pytest.mark.parametrize("title, age, total", [
    ("Boy, 5, among 6 hurt in backyard shooting", 5, 6),
    ("10-year-old, 3 teens among 7 shot near pool hall", 10, 7),
])
def test_a_headline_minor_among_a_figure_is_one_of_it(title, age, total):
    claims = extract_claims("Read more on our site.", None, title)
    child = [c for c in claims if c.victim_age == age]
    assert len(child) == 1 and child[0].parent_key is not None and child[0].is_child
    assert [c.count_point for c in claims if c.parent_key is None] == [total]


def test_a_minor_among_people_shot_in_the_body_is_a_subset():
    people = _people("Police said a 4-year-old boy was among nine people who were shot at the block party.")
    assert people == [("injured", 9, None, False), ("injured", 1, 4, True)]


def test_a_minor_among_the_victims_without_a_verb_is_not_read():
    assert _people("A 3-year-old girl was among the victims of the crash on Main Street.") == []


# --------------------------------------------------------------------------- more forms of the same victim
def test_an_apposition_identified_as_a_name_before_the_verb():
    assert _people("Two of the victims, Ray Lutz, and a 9-year-old, identified as Kaya, were both killed.") == [
        ("killed", 1, 9, False)]


@pytest.mark.parametrize("text, expected", [
    ("Neighbors asked why anyone would gun down a 10-year-old, a critical question.", [("injured", 1, 10, False)]),
    ("Detectives reopened the slayings of a 6-year-old on Pine Road.", [("killed", 1, 6, False)]),
])
def test_gun_down_and_slayings_of_take_the_minor_as_victim(text, expected):
    assert _people(text) == expected


def test_a_teen_word_never_becomes_the_same_victim_as_a_child_under_12():
    # the teen left in critical condition is someone else than the 9-year-old: two victims, no age under 12 for the teen
    assert _people("Neighbors asked why anyone would gun down the 9-year-old, leaving the teen in serious condition.") == [
        ("injured", 1, 9, False), ("injured", 1, None, False)]


# --------------------------------------------------------------------------- a plural group without a numeral
@pytest.mark.parametrize("text, expected", [
    ("The gunman fired into the car, wounding her uncle and her girls, ages 4 and 6.",
     ("injured", 2, 6, False)),
    ("Their sons, ages 2 and 9, were shot in the backyard.", ("injured", 2, 9, False)),
])
def test_a_plural_group_with_its_ages_counts_one_victim_per_age(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize("text", [
    "The gunman shot at their children, ages 4 to 9, but missed.",   # a range: no count
    "Their sons, ages 2 and 9, were at home when the man was shot.",  # not the group's verb
])
def test_a_plural_group_with_a_range_or_without_its_verb_is_not_counted(text):
    assert not any(c.is_child for c in extract_claims(text, None, None))


# --------------------------------------------------------------------------- headlines: a possessive after the verb
def test_a_headline_victim_after_a_possessive_is_the_relative_and_takes_the_lead_age():
    claims = extract_claims("The 5-year-old was playing in the den when the gun went off.", None,
                            "Gun discharge kills trooper's son")
    assert [(c.casualty_type, c.is_child, c.victim_age) for c in claims] == [("killed", True, 5)]


def test_slain_before_a_possessive_is_the_owner():
    claims = extract_claims("Read more.", None, "Mayor writes to slain deputy's kids")
    assert [(c.casualty_type, c.victim_age, c.evidence_text[c.char_start:c.char_end]) for c in claims] == [
        ("killed", None, "deputy")]
