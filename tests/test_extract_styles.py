"""Reporting styles the development sources lack (docs/conventions.md, "Other reporting styles"): wire conflict
reports, conflict monitors' event notes, non-US English crime and disaster news, and their headlines. Invented
sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims


# --- killing verbs of South Asian and African English
@pytest.mark.parametrize("text, killed, hurt", [
    ("A border guard was martyred and three others were wounded when militants fired on the post in Kurram.", 1, 3),
    ("Two paramilitary personnel embraced martyrdom during the raid on the hideout near Turbat.", 2, 0),
    ("Nine labourers were electrocuted when a crane touched a live wire at the depot in Nashik.", 9, 0),
    ("The wounded were taken to the civil hospital, where four of them were declared brought dead.", 4, 0),
])
def test_martyred_electrocuted_and_brought_dead_are_deaths(text, killed, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (killed, hurt)


# --- headlines of those styles
@pytest.mark.parametrize("title, killed", [
    ("Shopkeeper hacked to death in Meru market row", 1),
    ("Student stabbed to death outside Leicester takeaway", 1),
    ("Trader lynched over phone theft rumour", 1),
    ("Constable martyred in Bannu checkpost attack", 1),
    ("Bandits kill village chief in Sokoto", 1),
    ("Pirates kill fisherman off Lamu coast", 1),
    ("Quarry blast: death toll rises to 31", 31),
    ("Toll in Hyderabad building collapse climbs to 18", 18),
])
def test_headline_deaths_in_other_styles(title, killed):
    assert total("", "killed", title=title) == killed


@pytest.mark.parametrize("victim, no_victim", [
    ("Rebels kill hostage pilot in Darfur", "Rebels vow to kill hostage pilot"),  # an intention: no death
    ("Herders kill farmer in Benue", "Farmers kill time at the market"),         # no person after the verb
])
def test_headline_kill_needs_a_victim_and_no_intention(victim, no_victim):
    assert (total("", "killed", title=victim), total("", "killed", title=no_victim)) == (1, 0)


def test_a_jawan_is_a_soldier():
    (c,) = [c for c in extract_claims("A jawan was killed in an exchange of fire along the border on Sunday.")
            if c.casualty_type == "killed"]
    assert (c.count_point, c.victim_group) == (1, "soldiers")


# --- conflict monitors' event notes
@pytest.mark.parametrize("text, killed", [
    ("Unknown gunmen attacked a cattle market in Tahoua region. Fatalities: 4.", 4),
    ("Fighting between two clans near Beledhawo resulted in 9 fatalities.", 9),
])
def test_a_labelled_figure_and_resulted_in_fatalities(text, killed):
    assert total(text, "killed") == killed


def test_a_labelled_field_is_read_only_when_the_prose_gives_no_figure():
    # the field sums the note's figures: never added to them, nor to those "also killed"
    assert [total(t, "killed") for t in (
        "Unknown gunmen attacked a cattle market in Tahoua region. Fatalities: 4.",
        "Gunmen killed 4 traders near a market in Tahoua region. Fatalities: 4.",
        "Raiders killed 6 herders near Dori. 3 raiders were also killed. Fatalities: 9.",
    )] == [4, 4, 9]


def test_a_labelled_figure_needs_the_field_alone():
    assert total("Fatalities: 5 in March and 7 in April were recorded by the monitor.", "killed") == 0
    assert total("Injured: 12.", "injured") == 12


def test_including_a_child_before_died_is_a_subset():
    claims = extract_claims("Four villagers including a boy died when a mortar hit a house in Daraa.")
    top = [c for c in claims if c.parent_key is None]
    sub = [c for c in claims if c.parent_key is not None]
    assert [(c.casualty_type, c.count_point) for c in top] == [("killed", 4)]
    assert [(c.count_point, c.is_child) for c in sub] == [(1, True)]


# --- the dead named "the deceased"; a second victim whose verb is left out
def test_the_deceased_is_dead_whatever_the_verb():
    text = "Officers said the deceased, a 40-year-old bus conductor, was shot twice in the chest."
    assert (total(text, "killed"), total(text, "injured")) == (1, 0)
    assert total("The deceased's cousin was shot in the leg during the robbery.", "injured") == 1


@pytest.mark.parametrize("text, killed, hurt", [
    ("A pedestrian was killed and a motorcyclist seriously injured when a lorry lost control in Nakuru.", 1, 1),
    ("A farmer was killed and his nephew wounded by raiders on Tuesday.", 1, 1),
])
def test_a_second_victim_without_auxiliary(text, killed, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (killed, hurt)


def test_a_second_victim_without_auxiliary_is_not_an_active_clause():
    # the guard shot someone: no victim of his own
    assert (total("A teller was killed and a cashier badly hurt.", "injured"),
            total("A teller was killed and a guard shot the robber.", "injured")) == (1, 0)


# --- "one of them a child": one subset, not two
def test_one_of_them_a_child_is_one_subset():
    claims = extract_claims("Two people were killed, one of them a child, when a shell struck a house near Saraqib.")
    subsets = [c for c in claims if c.parent_key is not None]
    assert [(c.count_point, c.is_child) for c in subsets] == [(1, True)]
