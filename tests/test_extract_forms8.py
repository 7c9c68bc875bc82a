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


# --- people shot or hurt of whom one died, told after a death (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, dead, hurt", [
    ("A cashier was killed and three others were shot, one of them fatally.", 2, 2),
    ("A ranger was killed and four others were wounded, one of them fatally, in the ambush.", 2, 3),
    ("Two porters were killed and five others were wounded, two of them fatally.", 4, 3),
])
def test_a_death_before_others_hurt_of_whom_one_died_is_kept(text, dead, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (dead, hurt)


def test_others_shot_beside_a_death_with_none_of_them_dead_stay_as_reported():
    text = "A cashier was killed and three others were shot at the gas station."
    assert (total(text, "killed"), total(text, "injured")) == (1, 3)


# --- "another" with its own verb after a group of the dead (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, dead", [
    ("Four herders were killed near the well, while another died on the road to the clinic.", 5),
    ("Three constables were killed in the first blast, whereas another was shot dead at the checkpoint.", 4),
    ("Six traders were killed at the market, and another trader was killed at the bus depot.", 7),
])
def test_another_death_after_a_group_of_the_dead_is_one_more(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # the group broken down: "one ... another" are two of the two
    ("Two brothers were killed: one was shot and another was stabbed to death.", 2),
    # a toll that already holds the one who died
    ("The toll rose to nine after another villager died in hospital.", 9),
])
def test_another_death_inside_a_group_of_the_dead_is_not_added(text, dead):
    assert total(text, "killed") == dead


# --- people stabbed are hurt unless they died (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, dead, hurt", [
    ("Two cooks were stabbed behind the canteen late on Sunday.", 0, 2),
    ("A cyclist was stabbed near the ferry landing.", 0, 1),
    ("Three bouncers were stabbed outside the club, one of them fatally.", 1, 2),
    ("A porter was killed and two others were stabbed at the depot.", 1, 2),
    # the dead told apart from a stabbing in another sentence may be the people stabbed
    ("Four drovers were stabbed at the fair. Police later found two bodies near the stalls.", 2, 0),
    ("A clerk was stabbed on Friday. She later died at the county hospital.", 1, 0),
])
def test_people_stabbed_are_hurt_unless_they_died(text, dead, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (dead, hurt)


def test_people_stabbed_to_death_are_dead():
    text = "Two cooks were stabbed to death behind the canteen."
    assert (total(text, "killed"), total(text, "injured")) == (2, 0)
