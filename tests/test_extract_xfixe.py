"""Forms found reading GVA misses in session 17 (invented sentences, not the articles'): a death told as
"did not survive", a live blog's clock-time stamp that is not a video list entry, and "how many" questions."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims

from claims_helpers import counted

PUB = date(2016, 5, 10)  # a Tuesday


@pytest.mark.parametrize("later", [
    "Police said the victim did not survive.",
    "He didn’t survive his injuries.",
    "The woman did not survive the shooting, her family said.",
])
def test_a_victim_who_did_not_survive_is_dead(later):
    claims = extract_claims(f"A teenager was shot on Maple Street on Monday night. {later}", PUB)
    assert counted(claims, "killed") == [1]


def test_a_victim_who_survived_stays_hurt():
    claims = extract_claims("A teenager was shot on Maple Street on Monday night. He survived.", PUB)
    assert counted(claims, "killed") == []


def test_a_live_blog_clock_stamp_is_not_a_video_list_entry():
    text = ("7:21 PM: Officers are headed to the 600 block of Elm Road for a shooting call.\n\n"
            "7:42 PM: Lt. Dana Ruiz confirms that one man was shot, and says the victim did not survive.")
    assert counted(extract_claims(text, PUB), "killed") == [1]


def test_a_video_running_time_before_a_headline_is_still_another_story():
    text = ("A man was wounded on Birch Lane on Monday, police said.\n\n"
            "2:14 Three killed in crash on Route 9\n\n")
    assert counted(extract_claims(text, PUB), "killed") == []


@pytest.mark.parametrize("sentence", [
    '"How many more deaths do we need before this city acts?" the mayor asked.',
    "How many more children must die?",
    "It is unclear how many people were injured.",
])
def test_how_many_asks_and_gives_no_figure(sentence):
    claims = extract_claims(f"A man was shot dead on Monday on Oak Avenue. {sentence}", PUB)
    assert counted(claims, "killed") == [1]
    assert counted(claims, "injured") == []


def test_a_live_blog_entry_stamp_with_a_weekday_is_the_update_day_not_the_event_day():
    published = date(2016, 5, 25)  # a Wednesday; the Thursday entry was added the next morning
    text = ("7:42 PM: Lt. Dana Ruiz says the victim did not survive.\n\n"
            "8:27 AM THURSDAY: Detectives believe the shot was fired by accident.")
    (claim,) = [c for c in extract_claims(text, published) if c.casualty_type == "killed"]
    assert claim.date_precision == "publication"  # no event day named: not last week's Thursday


def test_a_day_named_inside_a_live_blog_entry_still_dates_the_event():
    published = date(2016, 5, 25)
    text = "Update 9 a.m. Friday: Police say a man was shot dead on Thursday night on Elm Road."
    (claim,) = [c for c in extract_claims(text, published) if c.casualty_type == "killed"]
    assert (claim.period_start, claim.date_precision) == (date(2016, 5, 19), "day")
