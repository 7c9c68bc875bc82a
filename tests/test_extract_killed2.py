"""Who is counted among the killed, second round (docs/conventions.md, "Who is counted", "Summaries"):
invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- the killer's own death, told in the sentence of the people he killed
@pytest.mark.parametrize("text, dead", [
    ("A rancher killed his brother-in-law and then himself on Tuesday, deputies said.", 2),
    ("Deputies say a retired trucker killed his stepdaughter before turning a rifle on himself.", 2),
    ("Quarry worker kills 9-year-old, then himself", 2),
    ("The gunman killed two cashiers and then himself inside the pawn shop.", 3),
    ("A 52-year-old man killed his wife and himself at a trailer park near Dunmore.", 2),
])
def test_the_killer_after_his_victims(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # told in a sentence of its own with nobody else killed before: the largest sentence total takes him once
    # (after someone he killed, he is added: tests/test_extract_selfdeath.py)
    ("A rancher was found dead on Tuesday. He then shot himself, deputies said.", 1),
    # he lived
    ("A trucker killed his cousin before shooting himself in the jaw; he is in critical condition.", 1),
    # no one else died in the sentence
    ("The man killed himself at a rest stop near Dunmore.", 1),
])
def test_the_killer_is_not_added_otherwise(text, dead):
    assert total(text, "killed") == dead


def test_the_killer_is_not_one_of_the_people_he_shot():
    text = ("A man shot five people at a cookout, killing three of them, before turning a pistol on himself, "
            "deputies said.")
    assert total(text, "killed") == 4
    assert total(text) == 2


# --- a plural group after 'and their / his / her' shares the active verb of the victim before it
def test_a_group_after_a_possessive_shares_the_verb():
    assert total("Deputies say a rancher killed his wife and their three sons at the farmhouse.", "killed") == 4


def test_a_verb_after_and_is_not_shared():
    text = "A gunman fired into the crowd, killing a groom and wounding his two cousins."
    assert total(text, "killed") == 1


# --- 'claimed / took the life of' one person; a shooting that 'kills three'
@pytest.mark.parametrize("text, dead", [
    ("Police say the crash on Elm Road that claimed the life of 15-year-old Tina Roe was not an accident.", 1),
    ("The gunfire took the life of a local barber, his family said.", 1),
    ("Sheriff says shooting kills four and wounds one at Dunmore bar", 4),
])
def test_active_deaths(text, dead):
    assert total(text, "killed") == dead


# --- a victim named in an apposition between the figure and its verb
@pytest.mark.parametrize("text, kind, n", [
    ("One customer, a 23-year-old courier, died in the parking lot.", "killed", 1),
    ("One victim, an elderly neighbor, died later at County General.", "killed", 1),
    ("Two workers, a welder and his helper, were wounded by the blast.", "injured", 2),
])
def test_an_apposition_before_the_verb(text, kind, n):
    assert total(text, kind) == n


# --- statistics and earlier incidents the article's incident is compared with are not its figures
@pytest.mark.parametrize("text", [
    "A boy was shot in the leg on Sunday. About 90 children die in gun accidents each year, the group says.",
    "A deputy was wounded on Friday. Records show 60 officers were slain nationwide in July.",
    "A clerk was wounded on Friday. The shooting came three weeks after a gunman killed 12 people at a mall.",
    "A man was wounded on Friday. Police believe it was in retaliation for a shooting that left two men dead.",
])
def test_background_figures_after_a_cue(text):
    assert total(text, "killed") == 0


def test_a_death_before_the_retaliation_cue_is_the_articles():
    text = "A man was killed on Friday in what police called retaliation for an earlier fight."
    assert total(text, "killed") == 1


# --- lives that were not lost; an age written 'y/o'
@pytest.mark.parametrize("text, dead", [
    ("The coach was a mentor who touched many lives in Dunmore.", 0),
    ("The deputy who stopped the gunman saved multiple lives, the sheriff said.", 0),
    ("The flood claimed 12 lives along the river.", 12),
    ("Police say a 31 y/o man was shot and killed outside the bar.", 1),
])
def test_lives_and_ages(text, dead):
    assert total(text, "killed") == dead


def test_an_apposition_with_a_minors_age_is_left_to_the_minor_readers():
    # the children's ages stay readable (victim_age), the figure is not read as an adult group
    from pipeline.extract.extractor import extract_claims
    claims = extract_claims("Two victims, a 7- and 10-year-old girl, died from their wounds.")
    assert any(c.casualty_type == "killed" and c.victim_age == 10 for c in claims)


# --- restatements and company read as more dead
@pytest.mark.parametrize("text, dead", [
    ("Shots rang out and a nurse and a plumber were found dead in the alley.", 2),
    ("Deputies say Tim Roe, 15, died while sitting on a porch with two other boys.", 1),
    ("A ranger was killed along with two others near the lake.", 3),
])
def test_clauses_and_company(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    ("Deputies found a man dead in the barn behind the house.", 1),
    ("Officers found a woman and her nephew dead in the kitchen.", 2),
    ("A man was shot dead and deputies found him dead in the barn.", 1),
])
def test_found_dead_as_the_object(text, dead):
    assert total(text, "killed") == dead
