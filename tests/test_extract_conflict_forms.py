"""Forms of conflict reporting found by probing with invented wire and monitor sentences (docs/conventions.md):
families counted as units are not people, and the members of one family are.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


@pytest.mark.parametrize("text, ctype, expected", [
    ("Four members of one family died when a shell hit their home.", "killed", 4),
    ("Gunmen killed six members of one household near the market.", "killed", 6),
    ("Nearly 12 members of two families were killed in the raids.", "killed", 12),
    # family members are people
    ("Five family members were killed in the raid.", "killed", 5),
    ("He was one of eight family members killed on Friday.", "killed", 8),
    ("Three members of the same family were wounded.", "injured", 3),
])
def test_members_of_a_family_are_counted_and_the_families_are_not(text, ctype, expected):
    assert total(text, ctype) == expected


def test_families_alone_are_not_a_count_of_people():
    assert total("The fighting drove two families from the village, and one man was killed.", "killed") == 1
