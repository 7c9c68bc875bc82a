"""Victim lists that mix numerals, singular nouns and children (invented sentences).

"Two women, a man and a child were killed" is four dead, one of them a child: the list is read back past its
commas, each part counts once, and a child beside adults is one child, not a group of children.
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from tests.claims_helpers import counted

PUBLISHED = "2017-03-14"


def children_killed(claims):
    return sum(c.count_point for c in claims if c.casualty_type == "killed" and c.is_child and c.counts)


@pytest.mark.parametrize(
    ("text", "killed", "children"),
    [
        ("Two women, a man and a child were killed when the shell hit their home.", 4, 1),
        ("A man, two women and a child were killed in the raid on the market.", 4, 1),
        ("A woman, a man and a child were killed in the raid on the market.", 3, 1),
        ("Three farmers, a teacher and a boy were killed when the convoy was ambushed.", 5, 1),
    ],
)
def test_list_with_numeral_and_child(text, killed, children):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == killed
    assert children_killed(claims) == children


@pytest.mark.parametrize(
    "text",
    [
        "Police said Sunday, a man and a child were killed in the raid on the market.",
        "In Aleppo, a man and a child were killed in the raid on the market.",
        "Late on Friday, a man and a child were killed in the raid on the market.",
    ],
)
def test_place_or_time_before_comma_is_not_a_victim(text):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == 2
    assert children_killed(claims) == 1


def test_two_children_stay_one_group():
    claims = extract_claims("A boy and a girl were killed when the rocket struck the school.", PUBLISHED)
    assert sum(counted(claims, "killed")) == 2
    assert children_killed(claims) == 2


def test_numeral_with_its_own_verb_is_not_a_list_part():
    claims = extract_claims("Two people were shot, a man and a woman were killed in the car.", PUBLISHED)
    assert sum(counted(claims, "killed")) == 2
