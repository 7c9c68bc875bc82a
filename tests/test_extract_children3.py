"""Minors' ages and words (invented sentences): "juvenile" victims, a victim's own age inside the figure,
the age a whole group shares. See docs/conventions.md, "Who is counted" (Children)."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims


def _people(text: str, title: str | None = None) -> list[tuple[str, int, bool, int | None]]:
    return [(c.casualty_type, c.count_point, c.is_child, c.victim_age) for c in extract_claims(text, None, title)]


@pytest.mark.parametrize("text, expected", [
    ("Officers said a juvenile was struck in the ankle near the skate park.", [("injured", 1, True, None)]),
    ("A juvenile female was taken to a hospital with a gunshot wound.", [("injured", 1, True, None)]),
    ("Three juveniles were wounded outside the bowling alley.", [("injured", 3, True, None)]),
])
def test_a_juvenile_victim_is_a_minor(text, expected):
    assert _people(text) == expected


def test_juvenile_suspects_are_not_minor_victims():
    assert _people("Two juvenile suspects were wounded by a store owner.") == [("injured", 2, False, None)]


@pytest.mark.parametrize("text, expected", [
    # her own age is in the figure: not the age of the boy named before
    ("A 15-year-old boy ran from the porch. The gunfire also wounded Mabel Quist, 71, a retired nurse.",
     [("injured", 1, False, None)]),
    # a minor named with her own age in the figure keeps it
    ("A 15-year-old boy ran from the porch. The gunfire also wounded Daisy Quist, 9, who was in the yard.",
     [("injured", 1, True, 9)]),
])
def test_a_victim_named_with_an_age_in_the_figure_takes_no_earlier_age(text, expected):
    assert _people(text) == expected


def test_a_victim_without_an_age_still_takes_the_earlier_one():
    assert _people("A 5-year-old girl was playing on the lawn. The girl was grazed.") == [("injured", 1, True, 5)]


@pytest.mark.parametrize("text, expected", [
    ("Two 14-year-old girls were wounded at the bus stop.", [("injured", 2, True, 14)]),
    ("Police said three 16-year-olds were hurt in the shooting.", [("injured", 3, True, 16)]),
    ("Two 8-year-old boys were killed in the fire of bullets.", [("killed", 2, True, 8)]),
])
def test_a_group_takes_the_age_all_its_members_share(text, expected):
    assert _people(text) == expected


def test_a_group_of_adults_with_a_shared_age_is_not_minors():
    assert _people("Two 19-year-old men were wounded at the bus stop.") == [("injured", 2, False, None)]


@pytest.mark.parametrize("text, expected", [
    # a minor's adult is the adult: no child, no child's age
    ("A 7-year-old girl was shot in the head. The girl's mother was also hit in the arm, police said.",
     [(True, 7), (False, None)]),
    ("That attack followed a shooting at a home in which the teen's father was killed.", [(False, None)]),
    # a minor's body is the minor
    ("The boy's body was found in a field on Sunday.", [(True, None)]),
])
def test_a_minors_mother_or_father_is_an_adult(text, expected):
    from pipeline.extract.extractor import extract_claims
    assert [(c.is_child, c.victim_age) for c in extract_claims(text, "2017-03-21")] == expected


def test_a_clause_after_left_is_no_victim_left_hurt():
    from pipeline.extract.extractor import extract_claims
    text = ("An 11-year-old boy, the son of the couple, was also at the residence but left the scene and was not "
            "injured.")
    assert extract_claims(text, "2017-03-21") == []
