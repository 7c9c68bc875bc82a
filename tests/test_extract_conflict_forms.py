"""Forms of conflict reporting found by probing with invented wire and monitor sentences (docs/conventions.md):
families counted as units are not people, and the members of one family are; two parties disputing a toll in one
sentence give one figure, not the sum of both.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

from datetime import date

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2019, 3, 17)


@pytest.mark.parametrize("text, ctype, expected", [
    ("Four members of one family died when a shell hit their home.", "killed", 4),
    ("Gunmen killed six members of one household near the market.", "killed", 6),
    ("Nearly 12 members of two families were killed in the raids.", "killed", 12),
    # family members are people
    ("Five family members were killed in the raid.", "killed", 5),
    ("He was one of eight family members killed on Friday.", "killed", 8),
    ("Three members of the same family were wounded.", "injured", 3),
])
def test_members_of_a_family_are_counted_and_the_families_are_not(text, ctype, expected):
    assert total(text, ctype) == expected


def test_families_alone_are_not_a_count_of_people():
    assert total("The fighting drove two families from the village, and one man was killed.", "killed") == 1


# --- two parties' figures for the same victims in one sentence (docs/conventions.md, "Article totals")
@pytest.mark.parametrize("text, dead, disputed", [
    # the authorities' figure is kept when only one side is theirs
    ("Five people were killed, police said, but the opposition put the death toll at 11.", 5, 11),
    ("The rebels said they had killed 40 soldiers, while the army said three soldiers died.", 3, 40),
    ("The Taliban claimed to have killed 50 soldiers, but the defence ministry said eight soldiers died.", 8, 50),
    ("Residents said 19 people died, while officials put the toll at 12.", 12, 19),
    ("Local groups said nine villagers were killed, while an official put the toll at 14.", 14, 9),
    # neither side is the authorities': the smaller (conservative) figure
    ("Activists said 20 people were killed; the monitor put the toll at 25.", 20, 25),
])
def test_another_partys_figure_for_the_same_victims_is_set_aside(text, dead, disputed):
    claims = extract_claims(text, PUBLISHED)
    assert total(text, "killed") == dead
    assert [c.count_point for c in claims if c.rule.endswith("/disputed")] == [disputed]


@pytest.mark.parametrize("text, dead", [
    # different victims: both count
    ("Two soldiers were killed, while residents said three civilians died.", 5),
    # one party, or no contrast between them
    ("Police said two people were killed and three others died later.", 5),
])
def test_figures_that_are_not_two_parties_disputing_are_added(text, dead):
    assert total(text, "killed") == dead
    assert not any(c.rule.endswith("/disputed") for c in extract_claims(text, PUBLISHED))


# --- children and other groups told as part of a figure
def child_subsets(text):
    return [(c.count_point, c.parent_key is not None) for c in extract_claims(text, PUBLISHED) if c.is_child]


@pytest.mark.parametrize("text, dead, children", [
    ("Three schoolchildren were among the 20 people killed in the bombing.", 20, [(3, True)]),
    ("Of the 30 dead, 14 were children under the age of 12.", 30, [(14, True)]),
    ("Children accounted for nine of the 25 deaths.", 25, [(9, True)]),
    ("Twelve people, two of them children, were killed.", 12, [(2, True)]),
    ("Twelve people, half of them children, were killed.", 12, []),
    ("A shell hit a school, killing four pupils.", 4, [(4, False)]),
])
def test_children_told_as_part_of_a_figure(text, dead, children):
    assert total(text, "killed") == dead
    assert child_subsets(text) == children


def test_a_group_of_the_dead_told_after_their_figure_is_a_subset():
    text = "Five people were killed. Of the dead, two were police officers."
    claims = extract_claims(text, PUBLISHED)
    assert total(text, "killed") == 5
    assert [(c.count_point, c.victim_group, c.parent_key is not None) for c in claims if c.count_point == 2] == [
        (2, "police", True)]


# --- a violent verb, its object, then "to death"
@pytest.mark.parametrize("text, dead", [
    ("Attackers hacked three villagers to death near the well.", 3),
    ("Rebels set fire to homes, burning five people to death.", 5),
    ("The mob beat two men to death on Sunday.", 2),
    ("A mob stoned a woman to death in the square.", 1),
    ("Villagers beat the thief to death.", 1),
    # how some of a figure already told died: not more deaths
    ("Rebels killed six people, hacking one woman to death, and kidnapped five others.", 6),
    ("Rebels killed six people, hacking a woman to death.", 6),
    # not a person, or not done
    ("He beat the dog to death.", 0),
    ("The crowd nearly beat him to death.", 0),
])
def test_a_violent_verb_with_its_object_before_to_death(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, event", [
    ("Police fired tear gas and live rounds, killing three protesters.", "shooting"),
    ("A mob lynched two men accused of theft.", "beating"),
    ("The mob beat two men to death on Sunday.", "beating"),
])
def test_event_types_of_crowd_violence(text, event):
    from pipeline.extract.grammar import event_type_of
    assert event_type_of(text) == event


@pytest.mark.parametrize("text, dead", [
    ("Brigade 93 soldiers were killed in an ambush.", 0),  # a unit's number, not a count
    ("Under Resolution 2254 talks, 12 people were killed in the truce.", 12),
    ("Ward 7 residents said two people were killed.", 2),
])
def test_a_designation_number_is_not_a_count(text, dead):
    assert total(text, "killed") == dead


# --- people hurt told by their treatment or their struggle
@pytest.mark.parametrize("text, hurt", [
    ("Emergency services treated 14 people for minor injuries.", 14),
    ("Paramedics treated two men for gunshot wounds at the scene.", 2),
    ("Two people were left fighting for their lives.", 2),
    ("Doctors treated 40 patients on Friday.", 0),  # no injury named
])
def test_people_treated_for_injuries_or_fighting_for_their_lives(text, hurt):
    assert total(text, "injured") == hurt


@pytest.mark.parametrize("title, ctype, group", [
    ("Three soldiers among 8 killed in Somalia", "killed", "soldiers"),
    ("Two children among 5 wounded in Kabul blast", "injured", "children"),
])
def test_a_headline_subset_without_its_verb(title, ctype, group):
    claims = extract_claims("", PUBLISHED, title)
    assert [(c.casualty_type, c.victim_group, c.parent_key is not None) for c in claims if c.parent_key is not None] == [
        (ctype, group, True)]
    assert total("", ctype, title=title) == (8 if ctype == "killed" else 5)


def test_among_a_figure_without_the_article():
    text = "Two children were among 12 people killed on Friday."
    assert total(text, "killed") == 12
    assert child_subsets(text) == [(2, True)]
