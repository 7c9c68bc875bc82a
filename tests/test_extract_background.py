"""Figures that are not the article's incident: earlier incidents told as background, links to
other stories, and numbers that name a station or a gallery photo (invented sentences)."""
from __future__ import annotations

from datetime import date

from pipeline.extract.extractor import extract_claims

from claims_helpers import counted

PUB = date(2016, 5, 10)  # a Tuesday


def test_an_earlier_incident_dated_in_its_sentence_is_background():
    text = ("A man was shot and killed on Sunday outside a bakery in Elmwood. "
            "In March 2015, a gunman killed four people at a diner on Oak Street.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == [1]
    four = [c for c in claims if c.count_point == 4]
    assert four and all(c.is_summary for c in four)


def test_an_article_about_a_past_incident_only_keeps_its_figures():
    # a court report: every figure is old, so none is background
    text = "Two teens were shot dead at Lakeview Park on March 3, 2014. The trial of the suspect began on Monday."
    claims = extract_claims(text, date(2015, 2, 3))
    assert counted(claims, "killed") == [2]


def test_a_follow_up_within_two_weeks_is_the_same_incident():
    text = "A woman shot on April 30 on Pine Street has died. Police said two men were shot on Monday nearby."
    claims = extract_claims(text, PUB)
    assert not any(c.is_summary for c in claims)


def test_links_to_other_stories_give_no_figure():
    text = ("A teenager was wounded Friday night on Birch Avenue.\n"
            "RELATED: Three killed in highway crash near the county line\n"
            "1:42 Man charged in triple killing at a motel\n"
            "Police are asking for tips.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == []
    assert counted(claims, "injured") == [1]


def test_a_station_or_gallery_number_is_no_figure():
    claims = extract_claims("A neighbor told Channel 5 the man died at the scene.", PUB)
    assert counted(claims, "killed") == [1]
    claims = extract_claims("Image 3 of 12 A cousin of the victim said the boy died on Monday.", PUB)
    assert counted(claims, "killed") == [1]


def test_fatally_wounding_is_a_death():
    claims = extract_claims("The rifle went off, fatally wounding his cousin in the kitchen.", PUB)
    assert counted(claims, "killed") == [1]
    assert counted(claims, "injured") == []


def test_a_victim_who_was_hurt_and_then_died_is_only_dead():
    claims = extract_claims("A girl who suffered serious injuries in a shooting last week has died.", PUB)
    assert counted(claims, "killed") == [1]
    assert counted(claims, "injured") == []
    # two people: the one hurt is not the one who died
    claims = extract_claims("A man who suffered minor injuries was released, and his brother has died.", PUB)
    assert counted(claims, "injured") == [1]
