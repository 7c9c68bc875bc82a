"""Running and cumulative counts that an event brings up ("..., bringing the number of people killed in the state
this month to 40"): read as tolls, summaries when their scope is a month, a year, a campaign or a span "since" a
day (docs/conventions.md, "Summaries"). Invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

from datetime import date

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2019, 3, 17)  # a Sunday


def figures(text):
    return [(c.casualty_type, c.count_point, c.is_summary, c.period_start, c.date_precision)
            for c in extract_claims(text, PUBLISHED)]


@pytest.mark.parametrize("text, count, start, precision", [
    ("Gunmen killed four people in Kano on Friday, bringing the total killed this month to 40.",
     40, date(2019, 3, 1), "month"),
    ("Gunmen killed four people in Kano on Friday. The attack brings the number of people killed in the state "
     "this month to 40.", 40, date(2019, 3, 1), "month"),
    ("Four people died in the fighting on Friday, bringing the death toll since January to 380.",
     380, date(2019, 1, 1), "range"),
    # a count since a day spans more than the event that brought it up
    ("Gunmen killed four people in a raid on Friday, bringing the death toll since Tuesday to 19.",
     19, None, None),
])
def test_a_cumulative_count_is_a_summary_and_the_events_own_figure_is_not(text, count, start, precision):
    claims = figures(text)
    assert ("killed", 4, False, date(2019, 3, 15), "day") in claims
    summary = [c for c in claims if c[1] == count]
    assert len(summary) == 1 and summary[0][2] is True
    if start is not None:
        assert summary[0][3:] == (start, precision)
    assert total(text, "killed") == 4


@pytest.mark.parametrize("text, count", [
    # the count follows the figure
    ("Two soldiers were killed on Friday, raising to 45 the number of troops killed since the operation began.", 45),
    # a city's homicide total; the day of the deaths that brought it up is not its period
    ("The two killings on Thursday bring the city's homicide total for the year to 31.", 31),
    ("It raises the number of reporters killed in the country this year to 12.", 12),
])
def test_other_forms_of_cumulative_counts(text, count):
    summary = [c for c in extract_claims(text, PUBLISHED) if c.count_point == count]
    assert len(summary) == 1 and summary[0].is_summary and summary[0].casualty_type == "killed"
    assert summary[0].date_precision != "day"


def test_a_cumulative_count_of_the_wounded_is_an_injured_summary():
    text = "A bomb wounded six people on Friday, bringing the number of people wounded in the city this year to 300."
    claims = [c for c in extract_claims(text, PUBLISHED) if c.count_point == 300]
    assert [(c.casualty_type, c.is_summary) for c in claims] == [("injured", True)]
    assert total(text, "injured") == 6


@pytest.mark.parametrize("text, dead", [
    # one event's own count, brought up by a later death: the toll of the event
    ("A woman hurt in a shooting on Friday has died, bringing the number of people killed in the attack to three.", 3),
    ("Two more victims died in hospital, bringing the total number of dead to nine.", 9),
    ("Another body was found on Saturday, raising the toll to 14.", 14),
])
def test_an_events_own_running_count_is_its_toll(text, dead):
    claims = extract_claims(text, PUBLISHED)
    assert any(c.rule == "toll" and c.count_point == dead and not c.is_summary for c in claims)
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text", [
    "Neighbours brought the victim to the clinic before two people were killed in the second attack.",
    "The men took the bodies of the dead to the morgue; two people were killed.",
])
def test_bringing_someone_somewhere_is_not_a_count(text):
    assert not any(c.rule == "toll" for c in extract_claims(text, PUBLISHED))


# --- a figure whose own window spans more than one incident lasts (docs/conventions.md, "Summaries")
@pytest.mark.parametrize("text, summary", [
    ("At least 212 civilians have been killed since 1 March, the ministry said.", True),
    ("At least 212 civilians have been killed since Feb. 24, the ministry said.", True),
    ("Over the past two weeks, 56 people have been killed in the region.", True),
    ("In the last 10 days, air strikes have killed 120 civilians.", True),
    ("More than 400 people have died since the hostilities began.", True),
    # a week or less is one incident's span
    ("Fighting since Tuesday has killed 14 people, officials said.", False),
    ("Three days of clashes killed 14 people, officials said.", False),
])
def test_a_figure_spanning_more_than_a_week_is_a_summary(text, summary):
    claims = extract_claims(text, PUBLISHED)
    assert len(claims) == 1 and claims[0].is_summary is summary


@pytest.mark.parametrize("text, summary", [
    ("Between January and March, 230 civilians were killed.", True),
    ("Nine people died in the 40-day siege of the town.", True),
    ("The year-long war has killed 3,000 people.", True),
    # a campaign of a week or less, a day of one, an age
    ("Four people were killed in a two-day offensive.", False),
    ("Two died on the fourth day of the siege.", False),
    ("A 10-day-old baby was killed.", False),
])
def test_month_spans_and_campaigns_named_by_their_length(text, summary):
    claims = extract_claims(text, PUBLISHED)
    assert len(claims) == 1 and claims[0].is_summary is summary


def test_a_headline_restating_its_bodys_period_toll_is_that_summary():
    body = "GENEVA (Reuters) - Between January and March, 230 civilians were killed in the north, the UN said."
    claims = extract_claims(body, date(2019, 4, 2), "UN: 230 civilians killed in first quarter")
    title = [c for c in claims if c.evidence_field == "title"]
    assert [(c.count_point, c.is_summary, c.period_start) for c in title] == [(230, True, date(2019, 1, 1))]


@pytest.mark.parametrize("text, place", [
    # the place its own clause names
    ("Gunmen killed four people in Kano on Friday, bringing the number of people killed in Borno this year to 300.",
     "Borno"),
    # else the country of the event's place, not the village where the event that brought it up happened
    ("Gunmen killed four people in Kano on Friday, bringing the total killed this month to 40.", "Nigeria"),
])
def test_a_cumulative_count_takes_the_place_of_its_own_clause(text, place):
    summary = [c for c in extract_claims(text, PUBLISHED) if c.is_summary]
    assert [c.location for c in summary] == [place]


def test_an_events_own_running_count_resolves_an_anaphor_like_any_figure():
    text = ("Gunmen attacked Kano on Friday. A woman hurt in the town has died, bringing the number of people killed "
            "in the attack to three.")
    toll = [c for c in extract_claims(text, PUBLISHED) if c.rule == "toll"]
    assert [(c.location, c.location_basis) for c in toll] == [("Kano", "sentence")]


def test_statistics_that_show_a_figure_are_a_summary():
    from pipeline.extract.extractor import extract_claims
    claims = extract_claims("Five people were shot Thursday night on Elm Street. Crime stats for 2015, in the city "
                            "of Riverside, show 165 people were murdered.", "2016-01-01")
    assert [(c.casualty_type, c.count_point, c.is_summary) for c in claims] == [
        ("injured", 5, False), ("killed", 165, True)]
