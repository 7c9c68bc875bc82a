"""Death figures told across sentences and nominal executions (docs/conventions.md, "Article totals"):
invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- "also" in a later sentence: more people killed
@pytest.mark.parametrize("text, dead", [
    ("A radio presenter was shot dead outside his studio on Friday. His producer was also killed in the attack.", 2),
    ("Drone strikes killed three farmers near Qaryat. Artillery also killed five shepherds in the hills to the east.", 8),
    ("Militiamen shot dead a headman in Lobo. Fighters also killed at least one teacher in the next village.", 2),
    ("Shelling killed two civilians in the market. Mortars also killed four fishermen at the port. "
     "Snipers also killed a nurse.", 7),
])
def test_also_killed_adds(text, dead):
    assert total(text, "killed") == dead


# --- "also" that restates people already counted
@pytest.mark.parametrize("text, dead", [
    # a breakdown of an earlier total: 9 + 4 is the 13 told first
    ("Thirteen people died in the riot at the depot. Nine inmates died when guards opened fire. "
     "Two guards and two cooks were also killed.", 13),
    # a victim named before
    ("Ana Ruiz and Tomas Vela were shot dead in a cafe on Sunday. Vela also died of his wounds, police said.", 2),
    # the same incident ("that also killed")
    ("Two traders were killed on the highway. It was the ambush that also killed a driver, officials said.", 2),
    # a reduced relative: the victim already counted
    ("Two men were shot dead at the gate. The 16-year-old boy also killed has not been named.", 2),
])
def test_also_killed_restates(text, dead):
    assert total(text, "killed") == dead


def test_also_under_a_title_total():
    text = ("Officers found a man dead in the kitchen. They found a woman who was also dead in the hallway, "
            "and a girl who had been shot.")
    assert total(text, "killed", title="3 dead after shooting at Elm Street home") == 3


# --- a later sentence that breaks an earlier total down ("and two more died later")
@pytest.mark.parametrize("text, dead", [
    ("Eleven pilgrims were killed when a bomb hit their bus. Eight were killed at the scene and three more died "
     "later in hospital.", 11),
    ("Raiders stormed the hamlet of Kore, killing eight people. Witnesses said they beheaded four villagers "
     "and shot dead another four.", 8),
])
def test_breakdown_is_not_added(text, dead):
    assert total(text, "killed") == dead


def test_another_that_does_not_add_up_is_added():
    text = "Four marchers were killed on Monday. Another marcher was killed on Tuesday."
    assert total(text, "killed") == 5


# --- nominal executions
@pytest.mark.parametrize("text, dead", [
    ("A rights group accused the army of the summary execution of some 40 herders in the north.", 40),
    ("Witnesses described the extrajudicial executions of nine detainees at the barracks.", 9),
])
def test_executions_of(text, dead):
    assert total(text, "killed") == dead


def test_a_court_execution_is_not_a_death():
    text = "Prosecutors said they would seek the executions of three defendants for the 2012 murders."
    assert total(text, "killed") == 0
