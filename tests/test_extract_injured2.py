"""Who is counted among the injured, second round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a wound told as the bullet's path
@pytest.mark.parametrize("text", [
    "The round went through the grandfather's left hand and struck the boy in the chest. The boy died at the scene.",
    "Deputies said one shot passed through Tom Quill's upper arm and into Ada Quill's neck, killing her.",
    "The officer's bullet tore through her thigh, then hit her brother in the temple. The brother died.",
])
def test_a_bullet_that_passed_through_one_person_and_hit_another_hurt_the_first(text):
    assert total(text) == 1
    assert total(text, "killed") == 1


def test_a_bullet_path_alone_is_one_person_shot():
    assert total("A deer hunter said a stray bullet went through his calf on Sunday morning.") == 1


@pytest.mark.parametrize("text", [
    "The bullet went through the kitchen window and struck a cabinet.",
    "A round passed through the door of the van.",
    "The bullet could have gone through her arm, the detective said.",
])
def test_a_bullet_through_a_thing_or_a_counterfactual_is_no_victim(text):
    assert total(text) == 0


# --- a new person named in the subject, after a death in an earlier sentence
@pytest.mark.parametrize("text", [
    "A cashier, 31, was struck several times and died at the clinic. A second victim, described only as a "
    "teenage girl from the next town, was hit in the ankle, the sheriff said.",
    "One driver was shot and killed near the depot. Officers said another man, a 44-year-old mechanic, was "
    "wounded in the shoulder.",
])
def test_a_new_person_shot_after_a_death_is_not_the_dead(text):
    assert total(text) == 1
    assert total(text, "killed") == 1


def test_the_one_shot_after_a_death_may_still_be_the_dead():
    text = "A grocer died on Sunday night. The grocer had been shot in the neck outside his shop."
    assert total(text) == 0


# --- people found hurt, told as the object
@pytest.mark.parametrize("text", [
    "Arriving deputies found a 52-year-old fisherman who had been shot near the pier.",
    "Troopers located a young woman with a bullet wound near the bus stop.",
    "Officers discovered a girl shot in the knee with an air rifle.",
    "Responding officers found a man shot in the foot behind the laundromat.",
])
def test_a_person_found_hurt_is_one_injured(text):
    assert total(text) == 1


@pytest.mark.parametrize("text", [
    "Officers found a man shot dead behind the laundromat.",
    "Deputies found a widow with a bullet wound, and she died at the ranch an hour later.",
    "Police found a loaded rifle in the trunk.",
])
def test_found_dead_or_found_a_thing_is_no_injury(text):
    assert total(text) == 0


def test_a_person_found_hurt_after_the_same_victim_is_not_added():
    text = ("Dispatchers heard that a child had shot himself in the thigh at an apartment on Oak Row and deputies "
            "discovered a five-year-old with a gunshot wound.")
    assert total(text) == 1


# --- N others with injuries
@pytest.mark.parametrize("text, n", [
    ("The crash of gunfire left one guard dead and four others with serious injuries.", 4),
    ("The brawl left two people with minor injuries.", 2),
])
def test_others_left_with_injuries(text, n):
    assert total(text) == n


def test_people_with_gunshot_wounds_are_shot_not_injured_beside_the_dead():
    # 'with gunshot wounds' includes the dead (grammar.HURT_AFTER): 3 shot, 1 of them died
    text = "Medics found three men with gunshot wounds in the alley. One of the men died later."
    assert total(text) == 2


def test_a_breakdown_with_injuries_is_not_added():
    text = "Five patrons were hospitalized, three in critical condition and two with minor injuries."
    assert total(text) == 5


# --- ordinal victims written with digits
@pytest.mark.parametrize("text, n", [
    ("Investigators now say a 9th person was hurt in the party shooting.", 9),
    ("Two men were shot. A 3rd man was grazed in the arm.", 3),
])
def test_an_ordinal_in_digits_numbers_the_people_hurt(text, n):
    assert total(text) == n
