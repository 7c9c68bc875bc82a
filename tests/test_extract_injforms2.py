"""Injured forms the grammar did not read, second round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a person taken to hospital by an active verb ("Paramedics took the man to a hospital")
@pytest.mark.parametrize("text, hurt", [
    ("Medics took the cyclist to a hospital after the shooting on Oak Lane.", 1),
    ("After the shooting a neighbor drove Sam Ortiz to the emergency room.", 1),
    ("Firefighters rushed the clerk, who was bleeding from the arm, to the county trauma center after the shooting.", 1),
])
def test_an_active_verb_taking_a_person_to_hospital_is_one_hurt(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text", [
    "After the shooting, the father did not take her to the hospital for two days.",
    "A man was shot in the foot at a bus stop. Paramedics took him to a hospital.",
    "A woman was fatally shot in her home; her brother drove her to the hospital, where she died.",
])
def test_taken_to_hospital_by_an_active_verb_is_not_a_new_victim(text):
    assert total(text) == (1 if "foot" in text else 0)


# --- "left X with serious injuries": a person left hurt, told by what they were left with
@pytest.mark.parametrize("text, hurt", [
    ("The holdup at the pawn shop left the cashier with serious injuries.", 1),
    ("A mishap with a hunting rifle left Tam Oyelaran with severe injuries to his hand.", 1),
    ("The drive-by shooting left her with a gunshot wound to the shoulder, her aunt said.", 1),
])
def test_left_with_injuries_is_one_hurt(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text, hurt", [
    ("The driver left the scene of the shooting with minor injuries.", 0),  # a place, not a person
    ("Two men were shot at the bar; the attack left the younger man with serious injuries.", 2),  # one of the two
])
def test_left_with_injuries_needs_a_person_and_adds_no_one_to_a_figure(text, hurt):
    assert total(text) == hurt


# --- a hurt victim named in apposition before "who suffered" / "suffered" / "was taken to a hospital"
@pytest.mark.parametrize("text, hurt", [
    ("The gunman fled, and his neighbor, 70-year-old Jo Lam, who suffered from minor injuries from flying glass, "
     "went home the same night.", 1),
    ("In the shooting his uncle, 64-year-old Al Cole, suffered a gunshot wound to the hip.", 1),
    ("The girl's father, Tom Reyes, who was taken to a hospital after the shooting, is expected to recover.", 1),
])
def test_a_subject_cut_by_its_apposition_is_one_hurt(text, hurt):
    assert total(text) == hurt


def test_an_apposition_after_an_object_already_shot_adds_no_one():
    assert total("He shot his wife, Jo Lam, who suffered a wound to the arm.") == 1


def test_an_event_is_no_subject_of_an_intransitive_hurt_verb():
    # "after the shooting, is expected to recover": the one taken to hospital is counted once
    assert total("Her son, Ty Moss, who was taken to a hospital after the shooting, is expected to recover.") == 1


# --- a name ending in -s is one person ("Sam Jones suffered ...", "Ada Rhodes was taken to a hospital")
@pytest.mark.parametrize("text, hurt", [
    ("Sam Jones suffered a gunshot wound in the shooting.", 1),
    ("After the shooting Ada Rhodes was taken to a hospital.", 1),
    ("Police said Jo Ames, 30, suffered a gunshot wound to the leg in the shooting.", 1),
])
def test_a_name_ending_in_s_is_one_person(text, hurt):
    assert total(text) == hurt


# --- "A, 41, and his victim were each shot": a coordinated subject whose first part has an apposition
@pytest.mark.parametrize("text, hurt", [
    ("The robber, 33-year-old Lee Moss, and the store owner were each shot in the leg.", 2),
    ("A cook and his brother were each shot in the hand during the holdup.", 2),
    ("The driver, Al Cole, and a passenger were both wounded by the gunfire.", 2),
])
def test_each_or_both_after_a_coordinated_subject(text, hurt):
    assert total(text) == hurt


# --- "a bullet hit both A and B": two people hurt by one shot, or wounded together
@pytest.mark.parametrize("text, hurt", [
    ("The pistol dropped and fired, and the round hit both Ray Tull and the 7-year-old in the foot.", 2),
    ("The gunman opened fire on the porch, wounding both the delivery driver and her son.", 2),
])
def test_both_a_and_b_hit_are_two(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text", [
    "He swung a bat and hit both the cook and his son.",  # no shot named before the verb
    "Two shots were fired but narrowly missed both Ray Tull and his son.",
])
def test_both_a_and_b_need_a_shot_that_hit(text):
    assert total(text) == 0


# --- a coordinated subject of singular and numbered parts taken to hospital: every part counts
@pytest.mark.parametrize("text, hurt", [
    ("One woman and two men were taken to a hospital after the shooting at the arcade.", 3),
    ("Gunfire broke out at the fair. Two people were shot. A teen and three adults were taken to a hospital.", 4),
])
def test_a_mixed_coordinated_group_taken_to_hospital(text, hurt):
    assert total(text) == hurt


def test_one_person_taken_to_hospital_twice_in_a_sentence_is_not_a_group():
    text = ("A guard was shot at the mall. He was taken to a hospital with serious injuries and is expected to "
            "make a full recovery.")
    assert total(text) == 1


# --- "N people were struck" in a sentence that tells a shooting: people shot
@pytest.mark.parametrize("text, hurt", [
    ("Nine people were struck and the shooting stopped only when the gunman's rifle jammed.", 9),
    ("Four people were hit, one of them fatally, after the gunman opened fire on the crowd.", 3),
])
def test_people_struck_in_a_shooting_are_shot(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text", [
    "Three people were struck by a car near the scene of the shooting.",
    "Five people were struck during the hailstorm on Tuesday.",
])
def test_people_struck_by_something_else_are_not_read(text):
    assert total(text) == 0


# --- "the wounding of three others": the act of wounding named as a noun
@pytest.mark.parametrize("text, hurt", [
    ("Detectives are looking into the fatal shooting of a cook and the wounding of two other workers at the diner.", 2),
    ("A teen was charged Monday in the wounding of three people outside the arena.", 3),
])
def test_the_wounding_of_a_figure(text, hurt):
    assert total(text) == hurt


# --- a second hurt subject after "and" in one sentence ("Lee was shot ... and Zigan was hit twice"), and a person
# "hit" a number of times
@pytest.mark.parametrize("text, hurt", [
    ("Deputy Ruiz was shot once in the arm and Okafor was hit multiple times.", 2),
    ("Ana Ruiz was shot in the hand and Ben Okafor was shot in the leg.", 2),
    ("The guard was struck twice during the robbery.", 1),
])
def test_a_second_subject_after_and_and_hit_several_times(text, hurt):
    assert total(text) == hurt


@pytest.mark.parametrize("text, hurt", [
    ("The clerk was hit several times with a bat during the robbery.", 0),  # a beating, not a shot
    ("A man was shot in the leg and was taken to a hospital.", 1),  # one subject, two verbs
])
def test_hit_with_a_weapon_or_one_subject_with_two_verbs(text, hurt):
    assert total(text) == hurt


# --- "taken by ambulance to a hospital"; "a fourth victim" taken to hospital after the dead is someone new
@pytest.mark.parametrize("text, hurt", [
    ("After the shooting the cashier was taken by ambulance to a hospital.", 1),
    ("Three men were shot and killed at the bar. A fourth victim was taken by private car to the medical center.", 1),
])
def test_taken_by_a_vehicle_to_hospital(text, hurt):
    assert total(text) == hurt


def test_the_fourth_as_part_of_a_name_is_no_new_victim():
    text = "A woman shot and killed another boy by accident. Police say 16-year-old Jon Pell the fourth was accidentally shot."
    assert total(text) == 0
