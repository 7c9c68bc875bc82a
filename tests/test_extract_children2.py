"""Children named with their age in lists and after a plural figure (invented sentences).

See tests/test_extract_children.py for the basic forms; docs/conventions.md, "Who is counted".
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims


def _people(text: str, title: str | None = None) -> list[tuple[str, int, int | None, bool]]:
    return [(c.casualty_type, c.count_point, c.victim_age, c.parent_key is not None)
            for c in extract_claims(text, None, title)]


@pytest.mark.parametrize("text, expected", [
    # a minor before a plural figure in the same list of subjects: one more victim, not one of the figure
    ("A 7-year-old and two men were shot near the bus stop on Friday.",
     [("injured", 1, 7, False), ("injured", 2, None, False)]),
    # two minors read as one subject: the second is a victim of its own
    ("Medics reached a 9-year-old boy and a 13-year-old girl who had both been shot.",
     [("injured", 1, 9, False), ("injured", 1, 13, False)]),
])
def test_a_minor_in_a_list_of_subjects_is_a_victim_of_its_own(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "including" after the plural object of an active verb: a member of that figure
    ("Her shots went wide and ended up grazing three onlookers, including a 5-year-old.",
     [("injured", 3, None, False), ("injured", 1, 5, True)]),
    ("The gunman fired from a car, wounding three people, including a 6-year-old girl.",
     [("injured", 3, None, False), ("injured", 1, 6, True)]),
])
def test_a_minor_including_after_an_active_verb_is_a_subset(text, expected):
    assert _people(text) == expected


def test_an_arrest_including_a_minor_is_no_victim():
    assert _people("Officers arrested two suspects, including a 9-year-old boy.") == []


@pytest.mark.parametrize("text, age", [
    # number words and "of" in a list of victims, a quoted nickname, "male" / "female" after an age
    ("The dead were identified as Tom Roe, 45, his wife Ann Roe, 41, and two of their children: "
     "a 7-year-old boy, Sam Roe, and daughter Kim Roe, 4.", 4),
    ("The bodies of Ann Roe, 30, Samuel “Sammy” Roe, 6, and Tom Roe, 40, were found Friday.", 6),
    ("The ages of the deceased are a 41-year-old male, a 38-year-old-female and a six-year-old female.", 6),
])
def test_a_minor_in_a_victim_list_keeps_the_age(text, age):
    claims = extract_claims(text)
    assert any(c.casualty_type == "killed" and c.victim_age == age and c.is_child for c in claims)


def test_a_minor_among_people_shot_is_not_taken_as_the_dead_of_another_age():
    text = ("Five people were shot in separate attacks during the holiday, among them a 6-year-old girl hit in the foot. "
            "A 31-year-old man was shot to death on Saturday night.")
    assert _people(text) == [("injured", 4, None, False), ("injured", 1, 6, True), ("killed", 1, 31, False)]


def test_a_minor_among_people_shot_may_be_the_dead_of_that_age():
    text = "Two people were shot, including a 6-year-old girl. The 6-year-old girl died at the hospital."
    assert [(t, n, a) for t, n, a, _ in _people(text)] == [("injured", 1, None), ("killed", 1, 6)]


def test_a_victim_named_by_first_name_takes_the_age_given_with_that_name():
    text = ("Nine-month-old Mia Ann Roe and 23-year-old Carl Dean Fox were shot in a parked truck. "
            "Fox died Sunday. Mia died on Tuesday.")
    # (the two named dead also give a running toll of 2, rule toll_named: see tests/test_extract_roster.py)
    assert [(c.casualty_type, c.victim_age) for c in extract_claims(text)
            if c.rule != "toll_named"] == [("killed", 23), ("killed", 0)]
