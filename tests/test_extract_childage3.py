"""Children found with their age, third round (invented sentences).

A shooter's age read as "the 6-year-old shot ..." and the age of a place's owner ("a 90-year-old's home") are
no victim's age; a single minor shot is not taken as the dead when the dead are adults; a man and a child
taken to a hospital are two victims, each with their own age. See docs/conventions.md, "Who is counted".
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims


def _people(text: str, title: str | None = None) -> list[tuple[str, int, int | None]]:
    return sorted(((c.casualty_type, c.count_point, c.victim_age)
                   for c in extract_claims(text, None, title) if not c.is_summary), key=lambda p: (p[0], p[1], p[2] or -1))


@pytest.mark.parametrize("text", [
    "The 6-year-old shot his cousin with a pistol he found under a mattress.",
    "Deputies said the 7-year-old shot his sister and a neighbor while they played in the barn.",
])
def test_the_shooters_age_read_before_shot_is_no_victims_age(text):
    assert all(c.victim_age is None for c in extract_claims(text, None, None))


def test_a_place_owners_possessive_age_is_not_given_to_the_dead():
    text = ("A man was shot on the front steps of an 85-year-old's house on Birch Lane late Friday. "
            "He later died at a hospital.")
    ages = [c.victim_age for c in extract_claims(text, None, None) if c.casualty_type == "killed"]
    assert ages and all(a is None for a in ages)


@pytest.mark.parametrize("text", [
    "A nine-year-old and two men were shot near a bus stop on Friday. One man later died at a hospital.",
    "A nine-year-old and two men were shot near a bus stop on Friday. The 41-year-old died at a hospital.",
])
def test_a_minor_shot_is_not_taken_as_the_dead_when_the_dead_are_adults(text):
    people = _people(text)
    assert ("injured", 1, 9) in people
    assert not any(t == "killed" and a == 9 for t, _, a in people)


def test_an_adult_and_a_child_taken_to_hospital_are_two_victims():
    people = _people("A 52-year-old woman and a 3-year-old boy were taken to a hospital after the gunfire on Oak Road.")
    assert people == [("injured", 1, 3), ("injured", 1, 52)]


def test_a_man_without_an_age_does_not_take_the_childs():
    people = _people("A man and a 5-year-old girl were rushed to a hospital after the gunfire on Oak Road.")
    assert people == [("injured", 1, None), ("injured", 1, 5)]


def test_the_shooter_named_again_by_his_age_lends_no_age_to_a_victim():
    # "the 14-year-old" later is the shooter of the first sentence, not the man who died
    text = ("A 14-year-old boy shot and killed a 19-year-old man early Friday at an apartment, police said. "
            "Police said the 14-year-old was visiting friends and fled with the gun. "
            "Medics tried to save Ramon Diaz at the scene, but he was pronounced dead.")
    assert all(c.victim_age != 14 and not c.is_child for c in extract_claims(text, None, None))


def test_a_victim_of_the_shooters_age_keeps_it():
    text = "A 14-year-old boy shot his 14-year-old cousin on Friday. The 14-year-old was taken to a hospital, where he died."
    assert ("killed", 1, 14) in _people(text)
