"""Who is counted among the injured, fifth round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a shooting tuple beside fewer deaths is the people shot, the dead among them
@pytest.mark.parametrize("title, text, killed, hurt", [
    ("Clerk killed in triple shooting near Elm Park", "Detectives asked for tips on Monday.", 1, 2),
    ("Two die in quadruple shooting at Oak Street bar", "The bar stayed closed Friday.", 2, 2),
    (None, "A grocer was killed in a double shooting on Pine Road late Sunday, officers said.", 1, 1),
    (None, "One woman died after a quadruple shooting outside the arena.", 1, 3),
])
def test_a_shooting_tuple_beside_fewer_deaths_gives_the_rest_hurt(title, text, killed, hurt):
    assert total(text, "killed", title) == killed
    assert total(text, "injured", title) == hurt


@pytest.mark.parametrize("title, text, killed, hurt", [
    # as many dead as the tuple: nobody left hurt
    (None, "Two brothers were killed in a double shooting on Pine Road.", 2, 0),
    ("Two brothers killed in double shooting", "Neighbors heard an argument first.", 2, 0),
    # a homicide tuple counts the dead only
    (None, "A pastor died in the triple homicide, the coroner said.", 1, 0),
    # the tuple beside people shot is the same group
    (None, "Three men were shot in a triple shooting on Pine Road.", 0, 3),
])
def test_a_shooting_tuple_adds_no_one_beside_as_many_dead_or_the_people_shot(title, text, killed, hurt):
    assert total(text, "killed", title) == killed
    assert total(text, "injured", title) == hurt


# --- the gunman who shot himself dead in the sentence of the people he shot is not one of them
@pytest.mark.parametrize("text, killed, hurt", [
    ("Two clerks were found with gunshot wounds, and the robber fatally shot himself, deputies said.", 1, 2),
    ("Four hikers were shot on the ridge trail and the attacker then fatally shot himself.", 1, 4),
])
def test_a_gunman_dead_by_his_own_hand_is_not_taken_from_his_victims(text, killed, hurt):
    assert total(text, "killed") == killed
    assert total(text, "injured") == hurt


def test_a_child_who_shot_himself_is_still_the_one_dead():
    text = ("A report tells how a 4-year-old boy found a pistol in a drawer and fatally shot himself. "
            "His aunt screamed that the boy had shot himself.")
    assert total(text, "killed") == 1
    assert total(text, "injured") == 0


# --- a person named by their tie to someone else is not that someone (the one who died)
@pytest.mark.parametrize("text", [
    "Dana Moss, 19, was killed outside the diner. Her cousin said Moss's best friend was beside her and was shot twice.",
    "A cab driver died at the curb on Tuesday. Detectives said the victim's brother was shot in the hip.",
])
def test_the_friend_or_kin_of_the_dead_shot_is_someone_else(text):
    assert total(text, "killed") == 1
    assert total(text, "injured") == 1


def test_a_kin_word_alone_may_still_be_the_dead():
    text = "A cab driver died at the curb on Tuesday. Detectives said his brother was shot in the hip."
    assert total(text, "injured") == 0


# --- a group taken to a medical center (no word "hospital") is a sentence worth reading
@pytest.mark.parametrize("text, hurt", [
    ("Shots rang out near the rink. Two men were taken to Riverside Medical Center.", 2),
    ("Three teens were rushed to Lakeview Trauma Center, police said.", 3),
])
def test_a_group_taken_to_a_medical_center_is_hurt(text, hurt):
    assert total(text) == hurt


# --- "left X hospitalized" is a person hurt, like "left X wounded"
@pytest.mark.parametrize("text, killed, hurt", [
    ("A clerk was killed and a cook was wounded in a robbery that ended in a shootout, which left the robber "
     "hospitalized, deputies said.", 1, 2),
    ("The ambush left a 30-year-old trooper hospitalized.", 0, 1),
])
def test_left_hospitalized_is_hurt(text, killed, hurt):
    assert total(text, "killed") == killed
    assert total(text, "injured") == hurt
