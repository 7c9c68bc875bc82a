"""Forms that left a type of casualty unread in a whole article (helper `gvanone`, docs/conventions.md): the
object of a killing verb followed by a figure that shares the verb, "shooting to death" before its object, and a
victim shot who "was able to run" to safety.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- one victim and a figure after one killing verb (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, killed", [
    ("Detectives say the farmer killed his business partner and two of the hired hands.", 3),
    ("The drifter is suspected of killing his ex-partner and three others at a campsite.", 4),
    ("Prosecutors say she murdered her landlord and 2 tenants over a rent dispute.", 3),
])
def test_a_victim_and_a_figure_after_one_killing_verb(text, killed):
    assert total(text, "killed") == killed


def test_a_figure_with_a_verb_of_its_own_keeps_the_victim_before_it():
    text = "Deputies say the trucker killed his stepfather and two neighbors were wounded by stray rounds."
    assert total(text, "killed") == 1
    assert total(text, "injured") == 2


@pytest.mark.parametrize("text, killed", [
    ("Jurors heard he admitted shooting to death a pawnshop clerk during the holdup.", 1),
    ("The rancher is accused of shooting to death his business partner and two ranch hands.", 3),
    ("She was convicted of stabbing to death her roommate in the dormitory.", 1),
])
def test_shooting_to_death_before_its_object(text, killed):
    assert total(text, "killed") == killed


# --- a victim shot who got away is alive (docs/conventions.md, "Article totals")
def test_a_victim_able_to_flee_is_not_one_of_the_dead():
    text = ("Gunmen killed three vendors at the bazaar on Friday. "
            "A porter was hit in the hip but was able to flee to a nearby garage.")
    assert total(text, "killed") == 3
    assert total(text, "injured") == 1


# --- "the wounding of" someone is one person hurt, like "the killing of" one dead (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, killed, injured", [
    ("A grand jury indicted the cousin in the slaying of Jo Marsh, 19, and the shooting and wounding of Lu Fenn, 22.", 1, 1),
    ("Troopers are investigating the late-night wounding of a cyclist on the county road.", 0, 1),
    ("Deputies said the overnight shooting and wounding of a bartender remains under review.", 0, 1),
])
def test_the_wounding_of_someone(text, killed, injured):
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured



# --- a new person sent to hospital beside a death of the same sentence (docs/conventions.md, "Article totals")
@pytest.mark.parametrize("text", [
    "A courier died at the scene and a 15-year-old was flown to a trauma center in critical condition.",
    "One cyclist died on the spot, and a 20-year-old jogger was taken to a hospital.",
])
def test_a_new_person_sent_to_hospital_beside_the_dead(text):
    assert total(text, "killed") == 1
    assert total(text, "injured") == 1


@pytest.mark.parametrize("text", [
    # the one sent to hospital died there
    "A courier died at the scene and a jogger was taken to a hospital, where she died hours later.",
    # the dead man himself
    "A courier was shot dead after he was taken to a hospital.",
])
def test_the_dead_sent_to_hospital_are_not_hurt(text):
    assert total(text, "injured") == 0


@pytest.mark.parametrize("text, injured", [
    ("A fisherman is dead and his nephew is in critical condition after the dock shooting.", 1),
    ("One guard is dead and two others are in the hospital after the armored-car robbery.", 2),
    # the verb left out: "and his brother [is] in a hospital"
    ("A 6-year-old is dead and his 9-year-old cousin in a hospital after gunfire hit their trailer.", 1),
    ("A grocer was killed and her son in serious condition after the holdup.", 1),
])
def test_a_relative_or_others_in_hospital_beside_the_dead(text, injured):
    assert total(text, "killed") == 1
    assert total(text, "injured") == injured


def test_a_relative_in_hospital_who_died_there_is_not_hurt():
    text = "A fisherman is dead and his nephew in the hospital, where he died on Sunday."
    assert total(text, "injured") == 0


# --- people found dead and others taken to hospital by the same subject (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, killed, injured", [
    ("Firefighters found two hikers dead and airlifted a third to a regional hospital.", 2, 1),
    ("Marshals found one trapper dead and drove another to the county medical center.", 1, 1),
    ("Rescuers found four miners dead and rushed two others to a trauma center.", 4, 2),
])
def test_found_dead_and_took_others_to_hospital(text, killed, injured):
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


def test_taken_to_hospital_where_they_died_is_no_injury():
    text = "Rescuers found one miner dead and rushed another to a trauma center, where he was pronounced dead."
    assert total(text, "injured") == 0


# --- "someone" killed after a negation or a condition is no victim (docs/conventions.md, "Who is counted")
def test_someone_killed_after_a_negation_is_no_death():
    text = ("A 13-year-old was shot in the arm while the cousins handled a rifle. "
            "The sheriff said the family was lucky it didn't reach a point where someone was killed.")
    assert total(text, "killed") == 0
    assert total(text, "injured") == 1


def test_someone_shot_in_a_report_is_a_victim():
    assert total("A caller told dispatchers that someone had been shot near the levee.", "injured") == 1
