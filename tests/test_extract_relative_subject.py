"""A non-restrictive relative clause between a victim and the verbs ("The boy, who was shot in the leg, was
treated"; "The teenager, who was shot twice, died") keeps the noun before its comma as the person of both verbs
(victims._NP_BEFORE_WHO, victims._NP_BEFORE_RELATIVE; docs/conventions.md, "Children")."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _top(text):
    return [c for c in extract_claims(text, date(2021, 3, 8))
            if c.parent_key is None and not c.is_summary and c.casualty_type in ("killed", "injured")]


@pytest.mark.parametrize("text, casualty_type, age", [
    ("The child, who was injured in the lower body, was treated and released.", "injured", None),
    ("A toddler, who was wounded in the arm, is expected to survive.", "injured", None),
    ("Police said the 7-year-old girl, who was shot in the chest, is in stable condition.", "injured", 7),
    ("The teenager, who was shot twice, died at the hospital.", "killed", None),
    ("The 15-year-old, who had been shot in the back, died Sunday.", "killed", 15),
])
def test_the_noun_before_the_relative_clause_is_the_victim(text, casualty_type, age):
    claims = _top(text)
    assert [(c.casualty_type, c.count_point, c.is_child, c.victim_age) for c in claims] == [
        (casualty_type, 1, True, age)]


@pytest.mark.parametrize("text, group", [
    # an adult stays an adult, and a woman keeps her group
    ("His 60-year-old wife, who was shot in the face, was taken to a hospital.", "women"),
    # a shooter hospitalized after the clause of his wound is one attacker hurt, not a victim beside the dead
    ("Three people were killed. The gunman, who suffered a gunshot wound, was hospitalized at a medical center.",
     "attackers"),
])
def test_the_noun_keeps_its_group(text, group):
    hurt = [c for c in _top(text) if c.casualty_type == "injured"]
    assert [(c.count_point, c.victim_group, c.is_child) for c in hurt] == [(1, group, False)]


def test_a_plural_noun_before_the_clause_is_not_one_person():
    # "The victims, who were shot": a plural verb, no single person
    assert all(c.count_point != 1 or c.victim_group != "children"
               for c in _top("The victims, who were shot in the head, died."))


@pytest.mark.parametrize("text, hurt", [
    # a street struck is no person (the teen of the round-up's next incident had been given to it)
    ("The weekend gun violence struck Chalmers Street twice: the first time at 1 a.m. Saturday, when a man was shot "
     "at a gas station.", 1),
    ("Gunfire struck Maple Avenue homes overnight, police said.", 0),
    # a street's name before a person's word modifies the person
    ("Bullets struck Main Street resident Jo Roe in the arm, police said.", 1),
])
def test_a_street_struck_is_no_person(text, hurt):
    assert sum(c.count_point for c in _top(text) if c.casualty_type == "injured") == hurt
