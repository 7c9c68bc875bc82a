"""GVA killed forms, second round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- the attacker killed by the police, told in a sentence of its own, after his victims' deaths: one more death
@pytest.mark.parametrize("text, dead", [
    ("A rifleman shot and killed two farmhands near the silo on Tuesday. Deputies returned fire, killing Al Voss "
     "behind the barn.", 3),
    ("The intruder killed a night clerk and a guest at the motel. Minutes later, Voss was shot and killed during a "
     "shootout with troopers on Route 9.", 3),
    ("Investigators said the man shot and killed his landlord in the hallway. He was later shot dead by police "
     "officers outside a pharmacy.", 2),
])
def test_the_attacker_killed_by_police_in_a_sentence_of_its_own_is_added(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # a police shooting with one death told twice: the same man
    ("A man who fired at patrol cars was fatally shot by police on Oak Lane. The officer struck him twice, "
     "killing him, a spokesman said.", 1),
    ("Officers shot and killed a man who had pointed a shotgun at them. A man was killed in an officer-involved "
     "shooting on Pine Street, the chief said.", 1),
    # a figure that may hold him
    ("Three people died, including the gunman, at the depot. Police shot and killed the gunman near the gate.", 3),
    # a former officer is no police killer
    ("A former police officer shot his neighbor and his neighbor's son on Sunday before he died, agents said. "
     "The neighbor and his son were killed, the coroner said.", 2),
    # only one death, read from an active verb with a pronoun object: the attacker himself, not a victim
    ("A deputy fired back, killing him. The sheriff said the deputy killed him in self-defense.", 1),
])
def test_no_attacker_added_when_the_deaths_may_be_his_own(text, dead):
    assert total(text, "killed") == dead


# --- the attacker killed by the police, told in his victims' sentence: one more death, an attacker
@pytest.mark.parametrize("text, dead", [
    ("A masked man shot and killed a cashier at the pawn shop, then fired at two customers before being fatally "
     "shot by police.", 2),
    ("Voss, who allegedly killed four coworkers and wounded nine more on Friday before officers shot and killed "
     "him, had been fired that morning.", 5),
])
def test_the_attacker_killed_by_police_after_his_victims_in_one_sentence(text, dead):
    assert total(text, "killed") == dead


def test_the_attacker_killed_by_police_in_one_sentence_is_an_attacker():
    from pipeline.extract.extractor import extract_claims
    text = "A masked man killed a cashier at the pawn shop before being shot dead by deputies."
    rules = {(c.rule, c.victim_group) for c in extract_claims(text, None, None) if c.casualty_type == "killed"}
    assert ("police_after", "attackers") in rules


@pytest.mark.parametrize("text, dead", [
    ("Police fatally shot a man on Elm Street on Friday.", 1),
])
def test_no_police_after_death_without_a_victim_death_before_it(text, dead):
    assert total(text, "killed") == dead


# --- "N of M people were killed": the figure is N, the group of M is not a figure
@pytest.mark.parametrize("text, kind, n", [
    ("Authorities say two of five members of a hunting party were shot and killed near the lake.", "killed", 2),
    ("Two of the six riders were wounded by pellets from the passing truck.", "injured", 2),
])
def test_a_part_of_a_group_is_the_figure(text, kind, n):
    assert total(text, kind) == n


def test_a_group_with_its_own_relative_clause_keeps_its_figure():
    text = "Jo Lark, 19, was one of three students who were struck by gunfire outside the gym."
    assert total(text) == 3
