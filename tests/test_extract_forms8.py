"""Forms of casualty reporting found by probing with invented sentences (docs/conventions.md): a single victim
named again by a definite noun after "leaving", people shot of whom one died beside a death told first, one more
death told by "another" after "while", and people stabbed.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a single victim named again by a definite noun (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text", [
    "An 8-year-old was hit by a bullet on Tuesday night, leaving the girl in critical condition.",
    "A 10-year-old was shot near the bus stop, leaving the boy in serious condition.",
    "A teenager was shot outside a corner store, leaving the boy in critical condition.",
    "A 7-year-old was wounded by gunfire at the fair, leaving the youngster in serious condition.",
    "A victim was shot twice near the depot, leaving the woman in critical condition.",
])
def test_a_single_victim_named_again_after_leaving_is_one_person(text):
    assert total(text, "injured") == 1


@pytest.mark.parametrize("text", [
    # an adult's age is no boy's
    "A 45-year-old was shot near the pier, leaving the boy in critical condition.",
    # a man is not a girl
    "A man was shot near the pier, leaving the girl in critical condition.",
])
def test_a_definite_noun_that_cannot_be_the_first_victim_is_another(text):
    assert total(text, "injured") == 2
