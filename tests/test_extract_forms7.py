"""Forms of casualty reporting found by probing with invented conflict and crime sentences (docs/conventions.md):
groups listed after "the dead included" with no toll, people left in hospital beside the dead, people taken to
hospital of whom some died, and two unnamed reports giving one toll.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims


# --- groups listed as "the dead included ..." (docs/conventions.md, "Subsets versus sums")
@pytest.mark.parametrize("text, ctype, expected", [
    ("The dead included four teenagers and three nurses.", "killed", 7),
    ("Among the dead were six farmers and two herders, elders said.", "killed", 8),
    ("Those killed included three guards, two drivers and one cook.", "killed", 6),
    ("The wounded included five pupils and two teachers.", "injured", 7),
])
def test_groups_listed_among_the_dead_with_no_toll_are_added(text, ctype, expected):
    assert total(text, ctype) == expected


def test_groups_listed_among_the_dead_after_a_toll_stay_its_subsets():
    text = "Fourteen people died in the raid on the market. The dead included four teenagers and three nurses."
    claims = extract_claims(text)
    assert total(text, "killed") == 14
    assert sorted(c.count_point for c in claims if c.parent_key is not None) == [3, 4]
