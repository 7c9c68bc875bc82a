"""Headline forms added for the headlines challenge set's classes (docs/conventions.md, "Headlines"): invented titles
over a body of site boilerplate, each form with a case it must not read."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims

BOILERPLATE = "Create a free account to keep reading local coverage."


def title_figures(title, text=BOILERPLATE):
    """(type, count) of every top-level, non-summary claim of the article; the body gives none."""
    return sorted((c.casualty_type, c.count_point) for c in extract_claims(text, None, title)
                  if c.parent_key is None and not c.is_summary)


def title_ages(title):
    return sorted(((c.casualty_type, c.victim_age) for c in extract_claims(BOILERPLATE, None, title)
                   if c.parent_key is None and not c.is_summary), key=lambda x: (x[0], x[1] or 0))


@pytest.mark.parametrize("title, expected", [
    # two or three victims listed before one death verb: each is one killed
    ("Trooper, suspect killed in exchange of fire on Route 4", [("killed", 1), ("killed", 1)]),
    ("Grandmother and grandson dead after house fire shooting", [("killed", 1), ("killed", 1)]),
    ("Dad, son, 7, killed in Elm Street shooting", [("killed", 1), ("killed", 1)]),
    ("12-year-old boy, uncle shot to death outside Ridgeville market", [("killed", 1), ("killed", 1)]),
    ("Farmer, wife, nephew found dead in Lakeside home", [("killed", 1), ("killed", 1), ("killed", 1)]),
    # ... and hurt
    ("Cashier, customer and clerk wounded in holdup", [("injured", 1), ("injured", 1), ("injured", 1)]),
    ("Nurse and doctor hurt in clinic shooting", [("injured", 1), ("injured", 1)]),
    # not a list of victims: the people are the subject of another verb, the victim follows it
    ("Aunt, neighbor mourn teen killed in Elm Park", [("killed", 1)]),
    ("Coach, player remember student shot at practice", [("injured", 1)]),
])
def test_victims_listed_before_one_verb(title, expected):
    assert title_figures(title) == expected


def test_each_listed_victim_keeps_its_own_age():
    assert title_ages("Dad, son, 7, killed in Elm Street shooting") == [("killed", None), ("killed", 7)]
    assert title_ages("12-year-old boy, uncle shot to death at market") == [("killed", None), ("killed", 12)]


@pytest.mark.parametrize("title, expected", [
    # an ordinal death after a headline's label is a running toll, as at the start of a title
    ("UPDATE: Third victim dies after Ridgeville bar shooting", [("killed", 3)]),
    ("Police: Second man dies after Elm Park shooting", [("killed", 2)]),
    ("Sheriff: Second suspect arrested after Elm Park shooting", []),  # an ordinal that counts no death
    # a digit one dying, like "one dies"
    ("4 shot outside Elm Park cookout; 1 dies", [("injured", 3), ("killed", 1)]),
    ("1 dies after crash on Route 1", [("killed", 1)]),
    ("Crash closes Route 1 near Ridgeville", []),
    # the victim of an event, dying
    ("Victim of Friday stabbing attack dies at hospital", [("killed", 1)]),
    ("Man accused of Friday shooting dies in jail", []),  # not "the victim of"
])
def test_one_more_death_in_a_title(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # a title's figure shot at a place or an event: people shot (the auxiliary dropped, as in "4 shot outside club")
    ("3 shot at Ridgeville block party", [("injured", 3)]),
    ("Sheriff: Six teens shot at Elm Park skate rink", [("injured", 6)]),
    ("Seven Shot at Lakeside Graduation Party; 1 Dies", [("injured", 6), ("killed", 1)]),
    # fired upon, or no people
    ("2 troopers shot at during chase on Route 9", []),
    ("4 shot at by gunman in passing car, none hit", []),
    ("12 rounds shot at Ridgeville home", []),
])
def test_a_figure_shot_at_a_place(title, expected):
    assert title_figures(title) == expected


def test_the_hurt_among_people_shot_are_some_of_them():
    # "among (the) wounded" after a figure shot is a subset of it, not a figure of its own
    claims = extract_claims("Six people were shot outside a bar on Friday, three women among the wounded.")
    assert [(c.casualty_type, c.count_point, c.parent_key is None) for c in claims] == [
        ("injured", 6, True), ("injured", 3, False)]
    # after a figure of the dead, the hurt are a figure of their own
    claims = extract_claims("Shelling killed 9 in the city on Monday, four children among the injured.")
    assert [(c.casualty_type, c.count_point, c.parent_key is None) for c in claims] == [
        ("killed", 9, True), ("injured", 4, True)]


@pytest.mark.parametrize("title, expected", [
    # a figure listed with a single victim before one verb: both are read
    ("Grandmother, 2 grandsons wounded in Elm Park drive-by", [("injured", 1), ("injured", 2)]),
    ("3 girls, man shot outside Ridgeville pool", [("injured", 1), ("injured", 3)]),
    ("Border clash: 6 rebels, soldier killed", [("killed", 1), ("killed", 6)]),
    # a figure that is not of people is no victim
    ("4 houses, man shot in Elm Street gunfire", [("injured", 1)]),
])
def test_a_figure_listed_with_a_single_victim(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # a title's victim left dead or hurt without a determiner
    ("Gunfire in Ridgeville leaves teenager dead", [("killed", 1)]),
    ("Elm Park Crash Leaves Woman Dead, 2 Others Hurt", [("injured", 2), ("killed", 1)]),
    ("Stray bullet leaves toddler seriously injured", [("injured", 1)]),
    # no victim left
    ("Storm leaves Ridgeville dead quiet", []),
])
def test_a_victim_left_dead_or_hurt(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # an adverb before a title's death, as before its hurt
    ("Hunter accidentally shot and killed by cousin near Ridgeville", [("killed", 1)]),
    ("Boy, 8, accidentally shot, killed at Elm Park home", [("killed", 1)]),
    # the adverb before a hurt still reads one hurt
    ("Hunter accidentally shot by cousin near Ridgeville", [("injured", 1)]),
])
def test_an_adverb_before_a_death(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # an attacker as the subject of a later clause of a title: one killed
    ("Clerk wounded, robber killed in Elm Street holdup", [("injured", 1), ("killed", 1)]),
    ("3 hurt, gunman dead after Ridgeville mall shooting", [("injured", 3), ("killed", 1)]),
    # at the title's start an attacker's "killed" may be his deed: not read there
    ("Gunman killed 3 at Ridgeville mall, police say", [("killed", 3)]),
])
def test_an_attacker_in_a_later_clause(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # an attacker's death in a title's clause of its own is not one of the people shot
    ("3 deputies shot, gunman killed in Ridgeville standoff", [("injured", 3), ("killed", 1)]),
    ("Trooper shot; suspect dies after chase on Route 9", [("injured", 1), ("killed", 1)]),
    # a victim's death among the people shot still is
    ("4 shot outside Elm Park bar; 1 dies", [("injured", 3), ("killed", 1)]),
])
def test_an_attackers_death_beside_people_shot(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # a title's deadly event of a number of people
    ("Man held in fatal shooting of 3 at Ridgeville bar", [("killed", 3)]),
    ("Arrest made in deadly stabbings of two", [("killed", 2)]),
    # an age is no figure: one killed, the child
    ("Man held in fatal shooting of 3-year-old", [("killed", 1)]),
])
def test_a_deadly_event_of_a_number(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # a title's subject whose second verb, after a comma, is "shoots self"
    ("Boy, 6, grabs pistol, shoots self in hand", [("injured", 1)]),
    ("Hunter drops rifle, fatally shoots himself", [("killed", 1)]),
    # the plain form is read as before (one victim, not two); a second verb that is no self-shot reads nobody
    ("Police: Gunman shot self after standoff", [("injured", 1)]),
    ("Toddler finds gun, hides it in closet", []),
])
def test_a_second_verb_shoots_self(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, expected", [
    # one victim named by a nationality after a killing verb
    ("Soldiers kill Syrian near border crossing", [("killed", 1)]),
    ("Police fatally shoot Somali at market, witnesses say", [("killed", 1)]),
    # a nationality that is an adjective of a plural: no single victim
    ("Soldiers kill Syrian fighters near border crossing", []),
])
def test_a_nationality_killed(title, expected):
    assert title_figures(title) == expected


@pytest.mark.parametrize("title, dead", [
    ("At Mead Valley Home, 2 Found Dead, 2 Hospitalized With Gunshot Wounds", 2),
    ("Near Rock Creek Trailhead, 3 Found Dead In Parked Car", 3),
])
def test_a_bare_figure_before_a_capitalized_verb_is_the_count_not_an_age(title, dead):
    # ", 2 Found Dead" had been one person aged 2 ("the Home, 2,")
    assert [(c.count_point, c.victim_age) for c in extract_claims(BOILERPLATE, None, title)
            if c.casualty_type == "killed" and c.parent_key is None] == [(dead, None)]
