"""Death figures: grammar gaps of the third WAD round (docs/conventions.md, "Article totals"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- "N others" killed in a later sentence: people besides the victims told before
@pytest.mark.parametrize("text, dead", [
    ("A village elder was shot dead near his farm. The gunmen killed four others before fleeing.", 5),
    ("Two herders were killed in the first raid. Four other people were killed when the raiders returned.", 6),
])
def test_others_in_a_later_sentence_are_added(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # the rest of a group already counted
    ("Five people died. A guard was killed at the gate. The four others were killed inside the hall.", 5),
    # the one named beside them in the same sentence is not read apart: no addition
    ("Five people died. A guard was killed at the gate and the bomb killed four others.", 5),
    # an earlier total large enough to hold them
    ("Ten people died in the raid. A commander was hit. Gunmen killed four others near the well.", 10),
    # others than people hurt
    ("Two were found with stab wounds. Two others were dead.", 2),
])
def test_others_that_are_not_added(text, dead):
    assert total(text, "killed") == dead


# --- "along with <a companion> and N others": the N others are victims of the same verb
@pytest.mark.parametrize("text, ctype, n", [
    ("A headman died together with his nephew and seven other villagers when the boat was shelled.", "killed", 9),
    ("The envoy was wounded alongside an aide and three others in the blast.", "injured", 5),
])
def test_along_with_a_companion_and_others(text, ctype, n):
    assert total(text, ctype) == n


def test_along_with_a_companion_only():
    text = "A trader was killed along with a porter in the ambush, and two others were hurt."
    assert total(text, "killed") == 2
    assert total(text, "injured") == 2


# --- deaths told "at once" ("initially", "instantly"), then a wounded victim who died later: one more
@pytest.mark.parametrize("text, dead", [
    ("A car bomb instantly killed four soldiers at the gate and hurt nine others. Three of the wounded were "
     "flown to a hospital, where one of them died.", 5),
    ("The market bomb initially killed five traders. A guard was also hurt. He later died of his wounds.", 6),
])
def test_later_death_after_deaths_at_once(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # without a word for deaths at once, a later death may be one of those counted
    ("Four people were killed in the blast. One of them later died in hospital.", 4),
    ("Three guards were killed in the raid, police said. The oldest of them later died in hospital.", 3),
])
def test_later_death_without_deaths_at_once(text, dead):
    assert total(text, "killed") == dead


# --- "<one victim> was killed, and another <person> was killed" in one sentence: two people
@pytest.mark.parametrize("text, dead", [
    ("A guard was shot dead during a march, and another guard also was killed, officials said.", 2),
    ("A farmer was killed in the field, and another villager was killed at the well.", 2),
    ("A driver was shot dead at the checkpoint and another driver died later.", 2),
])
def test_another_victim_in_the_same_sentence(text, dead):
    assert total(text, "killed") == dead


def test_a_victim_restated_in_the_same_sentence():
    assert total("A guard was killed at the gate, and the guard was killed by a sniper, police said.", "killed") == 1


# --- a single victim, then ", and <a new subject> ... killed N": a second act, not a restatement
@pytest.mark.parametrize("text, dead", [
    ("A farmer was shot dead by raiders, and his sons later went to the raiders camp and shot dead three men.", 4),
])
def test_a_victim_then_a_new_clause_with_its_own_dead(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    ("A guard was killed when gunmen killed five people at the bank.", 5),
    ("A farmer was shot dead, and the officers said the gunmen killed one person.", 1),
])
def test_a_victim_restated_by_a_figure_after_it(text, dead):
    assert total(text, "killed") == dead
