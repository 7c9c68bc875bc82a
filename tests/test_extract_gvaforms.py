"""GVA killed / injured forms the grammar did not read (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a victim pronounced or declared dead by an active verb ("doctors declared her brain dead")
@pytest.mark.parametrize("text, dead, hurt", [
    ("Surgeons at the county hospital declared the cyclist brain dead late on Monday.", 1, 0),
    ("The clerk was shot in the neck. Two days later physicians declared her brain dead.", 1, 0),
    ("Paramedics pronounced him dead in the parking lot behind the diner.", 1, 0),
])
def test_pronounced_or_declared_dead_is_one_killed(text, dead, hurt):
    assert (total(text, "killed"), total(text)) == (dead, hurt)


def test_pronounced_dead_after_a_death_in_the_sentence_adds_no_one():
    text = "A courier was killed on Elm Street and medics pronounced him dead where he fell."
    assert total(text, "killed") == 1


# --- a person reaching a place for a gunshot wound: "went to a clinic for treatment of wounds from gunfire",
# "was taken to <a named clinic> with a gunshot wound" (a place that is not called a hospital)
@pytest.mark.parametrize("text, hurt", [
    ("Later that night a young woman went to a clinic downtown for treatment of two gunshot wounds in her hip.", 1),
    ("A delivery driver was taken to Mercy West with a gunshot wound to his forearm.", 1),
    ("An 18-year-old was rushed to St. Luke's with gunshot wounds after the fight.", 1),
])
def test_taken_or_gone_somewhere_with_a_gunshot_wound_is_one_hurt(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text, hurt", [
    ("He went to the gym with a friend after work.", 0),
    ("A man was shot in the hand on Pine Road. He was taken to Mercy West with a gunshot wound.", 1),  # the same man
])
def test_gone_somewhere_without_a_wound_or_the_same_victim_adds_no_one(text, hurt):
    assert total(text) == hurt


# --- a title listing two victims without articles after a killing verb ("killed ex-wife, neighbor")
@pytest.mark.parametrize("title, dead", [
    ("Retired guard killed ex-wife, neighbor in Elm Street shooting", 2),
    ("Two held in murder of teen, grandfather", 2),
    ("Woman charged in killing of husband, stepson near lake", 2),
])
def test_a_title_listing_two_victims_after_a_killing_verb_is_two_killed(title, dead):
    assert total("Deputies made an arrest on Monday.", "killed", title=title) == dead


@pytest.mark.parametrize("title, dead", [
    ("Farmer killed teen, officer says", 1),  # a speaker after the comma
    ("Stray bullet kills man, grazes child in kitchen", 1),  # a second verb, not a second victim
    ("Teen killed, man wounded in shooting", 1),
])
def test_a_title_list_needs_two_nouns_ending_the_list(title, dead):
    assert total("Deputies made an arrest on Monday.", "killed", title=title) == dead


def test_a_title_list_of_a_teen_and_a_father_counts_one_child():
    from pipeline.extract.extractor import extract_claims

    claims = [c for c in extract_claims("Deputies made an arrest on Monday.", None, "Two held in murder of teen, father")
              if c.casualty_type == "killed"]
    assert sorted(c.is_child for c in claims) == [False, True]


# --- "left X, Y and Z with gunshot wounds": one hurt per listed person
@pytest.mark.parametrize("text, hurt", [
    ("The ambush left his cousin and a store clerk with gunshot wounds.", 2),
    ("The rampage left her 9-year-old son, Kim's brother and their neighbor with serious injuries.", 3),
    ("The robbery left him and his wife with minor injuries.", 2),
])
def test_left_a_list_with_injuries_is_one_hurt_per_person(text, hurt):
    assert total(text) == hurt


def test_left_with_injuries_without_a_list_stays_one_and_ages_stay_with_their_item():
    from pipeline.extract.extractor import extract_claims

    assert total("The holdup left the night clerk, a retired teacher, with serious injuries.") <= 1  # an apposition
    claims = [c for c in extract_claims("The rampage left her 9-year-old son, Kim's brother and their neighbor "
                                        "with serious injuries.") if c.casualty_type == "injured"]
    assert sorted(c.victim_age or 0 for c in claims) == [0, 0, 9]
