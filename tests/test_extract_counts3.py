"""Round-ups, undated earlier incidents and background deaths (docs/conventions.md, "Summaries",
"Who is counted"): invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def tolls(text, published_at=None, title=None):
    """(type, count, is_summary) of every top-level claim; 'shot' and 'hospital' read as injured."""
    out = []
    for c in extract_claims(text, published_at, title):
        if c.parent_key is None:
            kind = "injured" if c.casualty_type in ("shot", "hospital") else c.casualty_type
            out.append((kind, c.count_point, c.is_summary))
    return out


def own(text, published_at=None, title=None):
    return [(k, n) for k, n, summary in tolls(text, published_at, title) if not summary]


@pytest.mark.parametrize("text", [
    "Three men were killed and nine others were wounded in shootings across the city since Friday night.",
    "A woman was killed and four people were hurt in citywide shootings on Monday.",
    "Two people were killed and six were wounded in three separate shootings late Saturday.",
])
def test_round_ups_of_several_shootings_are_summaries(text):
    assert tolls(text) and all(summary for _, _, summary in tolls(text))


def test_round_up_leaves_the_articles_own_incident():
    text = ("A 9-year-old girl was shot in the arm on Elm Street on Sunday, police said. "
            "Eleven people were shot across the city over the weekend, leaving three dead.")
    assert own(text) == [("injured", 1)]


@pytest.mark.parametrize("text", [
    "Months earlier, a gunman killed nine people at a bowling alley in the same county.",
    "Two years ago, a sniper killed five people near the stadium.",
    "The teens were mourning a friend who was killed in a previous shooting at the corner.",
    "Officers are on alert after recent shootings in two other cities that left six deputies dead.",
])
def test_undated_earlier_incidents_are_background(text):
    assert tolls(text) and all(summary for _, _, summary in tolls(text))


def test_weeks_ago_is_still_the_articles_victim():
    # a victim shot weeks before and dying now is the article's incident
    assert own("A man who was shot two weeks ago died on Sunday, police said.") == [("killed", 1)]


def test_single_shooting_is_not_a_round_up():
    assert sorted(own("Five people were shot, one fatally, outside a bar on Friday night.")) == [("injured", 4), ("killed", 1)]


def test_background_death_is_not_taken_from_the_people_shot():
    text = ("Three people, including a 10-year-old boy, were shot on Friday night on Maple Avenue. "
            "On Oct. 2, a teenager was fatally shot when a gunman fired into a porch on the same street.")
    claims = [c for c in extract_claims(text, date(2016, 11, 26)) if c.parent_key is None]
    injured = [c.count_point for c in claims if c.casualty_type == "injured" and not c.is_summary]
    assert injured == [3]
    assert all(c.is_summary for c in claims if c.casualty_type == "killed")
