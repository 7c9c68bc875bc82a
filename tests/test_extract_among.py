"""Victims told apart from an earlier figure (invented sentences): "Three of the dead were children", "Among the
dead was an 8-year-old girl", "Two children were among those wounded". Each is a subset of the figure of its
type told before (``parent_key``), so it never adds to the toll but gives the children; with no such figure it
is a figure of its own (rule ``among``)."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from tests.claims_helpers import counted

PUBLISHED = "2017-03-14"
BOMB = "A bomb killed six people at the bus station in the north of the city. "


def by_rule(claims, rule):
    return [c for c in claims if c.rule == rule]


@pytest.mark.parametrize(
    ("second", "n", "age"),
    [
        ("Three of the dead were children.", 3, None),
        ("Two children were among the dead.", 2, None),
        ("Among the dead were two children, the governor said.", 2, None),
        ("The dead included two children.", 2, None),
        ("Those killed included two children.", 2, None),
        ("Among the dead was an eight-year-old girl.", 1, 8),
        ("An eight-year-old girl was among those killed, her uncle said.", 1, 8),
    ],
)
def test_children_among_an_earlier_figure_are_its_subset(second, n, age):
    claims = extract_claims(BOMB + second, PUBLISHED)
    assert sum(counted(claims, "killed")) == 6  # never added to the six
    kids = [c for c in claims if c.is_child and c.casualty_type == "killed"]
    assert [c.count_point for c in kids] == [n]
    parent = claims[kids[0].parent_key]
    assert parent.count_point == 6 and parent.sentence_start == 0
    assert kids[0].victim_age == age


def test_subset_takes_the_figure_of_its_type():
    claims = extract_claims(
        "A bomb killed six people and wounded 20 at the bus station. Among the wounded were a teacher and her "
        "6-year-old son.", PUBLISHED)
    child = [c for c in claims if c.is_child]
    assert len(child) == 1 and child[0].victim_age == 6
    assert claims[child[0].parent_key].casualty_type == "injured"
    assert sum(counted(claims, "injured")) == 20


@pytest.mark.parametrize(
    ("text", "ctype", "n"),
    [
        ("A local journalist was among the dead, the station said.", "killed", 1),
        ("Two children were among those wounded in the blast.", "injured", 2),
        ("Among the dead were two children, the governor said.", "killed", 2),
    ],
)
def test_without_an_earlier_figure_they_are_a_figure_of_their_own(text, ctype, n):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, ctype)) == n
    assert all(c.parent_key is None for c in claims)


@pytest.mark.parametrize(
    "second",
    [
        "Three of the victims were taken to a hospital in the city.",  # no group named: not a subset of children
        "Among the dead were three houses and a shop.",  # not people
    ],
)
def test_no_child_subset_from_other_words(second):
    claims = extract_claims(BOMB + second, PUBLISHED)
    assert not any(c.is_child for c in claims)


def test_a_victim_told_in_its_own_clause_is_not_counted_twice():
    claims = extract_claims(
        "Two people were shot on the corner. Among the victims, a girl, 7, who was inside her home when she was "
        "hit by a stray bullet.", PUBLISHED)
    second = [c for c in claims if c.sentence_start > 0]
    assert sum(c.count_point for c in second) == 1


@pytest.mark.parametrize(
    ("text", "n_children"),
    [
        (BOMB + "Three of them were children.", 3),
        ("Four people were shot on Sunday. Two of them were teenagers.", 2),
        ("Police arrested five suspects. Three of them were children.", 0),  # no figure just before
        ("Four people were shot on Sunday. Police arrested three men. Two of them were teenagers.", 0),
    ],
)
def test_of_them_opening_a_sentence_is_a_subset_of_the_figure_just_before(text, n_children):
    claims = extract_claims(text, PUBLISHED)
    kids = [c for c in claims if c.is_child]
    assert sum(c.count_point for c in kids) == n_children
    assert all(c.parent_key is not None for c in kids)


def test_attackers_among_the_dead_are_a_subset_of_attackers():
    claims = extract_claims("Five people died in the attack on the hotel, including three attackers.", PUBLISHED)
    assert sum(counted(claims, "killed")) == 5
    assert [(c.count_point, c.victim_group) for c in claims if c.parent_key is not None] == [(3, "attackers")]


@pytest.mark.parametrize("second", [
    "Among the wounded were a 16-year-old girl and a 17-year-old boy, police said.",
    "Among the wounded were a 15-year-old boy and a 13-year-old girl.",
])
def test_each_minor_of_a_list_among_the_wounded_is_a_subset(second):
    # the second item, read on its own as a minor, is the list's item like the first: both kept, neither added
    claims = extract_claims("Two men were killed and five other people were wounded early Sunday. " + second, PUBLISHED)
    assert sum(counted(claims, "injured")) == 5
    minors = [c for c in claims if c.casualty_type == "injured" and c.victim_age is not None]
    assert len(minors) == 2 and all(claims[c.parent_key].count_point == 5 for c in minors)
