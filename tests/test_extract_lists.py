"""Victim lists that mix numerals, singular nouns and children (invented sentences).

"Two women, a man and a child were killed" is four dead, one of them a child: the list is read back past its
commas, each part counts once, and a child beside adults is one child, not a group of children.
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from tests.claims_helpers import counted

PUBLISHED = "2017-03-14"


def children_killed(claims):
    return sum(c.count_point for c in claims if c.casualty_type == "killed" and c.is_child and c.counts)


@pytest.mark.parametrize(
    ("text", "killed", "children"),
    [
        ("Two women, a man and a child were killed when the shell hit their home.", 4, 1),
        ("A man, two women and a child were killed in the raid on the market.", 4, 1),
        ("A woman, a man and a child were killed in the raid on the market.", 3, 1),
        ("Three farmers, a teacher and a boy were killed when the convoy was ambushed.", 5, 1),
    ],
)
def test_list_with_numeral_and_child(text, killed, children):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == killed
    assert children_killed(claims) == children


@pytest.mark.parametrize(
    "text",
    [
        "Police said Sunday, a man and a child were killed in the raid on the market.",
        "In Aleppo, a man and a child were killed in the raid on the market.",
        "Late on Friday, a man and a child were killed in the raid on the market.",
    ],
)
def test_place_or_time_before_comma_is_not_a_victim(text):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == 2
    assert children_killed(claims) == 1


def test_two_children_stay_one_group():
    claims = extract_claims("A boy and a girl were killed when the rocket struck the school.", PUBLISHED)
    assert sum(counted(claims, "killed")) == 2
    assert children_killed(claims) == 2


def test_numeral_with_its_own_verb_is_not_a_list_part():
    claims = extract_claims("Two people were shot, a man and a woman were killed in the car.", PUBLISHED)
    assert sum(counted(claims, "killed")) == 2


def subsets(claims):
    return sorted((c.count_point, c.victim_group) for c in claims if c.parent_key is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten people were killed, including four women and three children.", [(3, "children"), (4, "women")]),
        ("Nine people, including a woman and her two children, were killed in the raid.", [(1, "women"), (2, "children")]),
        ("Ten people were killed, including four women, two children and three soldiers.",
         [(2, "children"), (3, "soldiers"), (4, "women")]),
    ],
)
def test_every_item_of_a_subset_list_is_a_subset(text, expected):
    claims = extract_claims(text, PUBLISHED)
    assert subsets(claims) == expected
    assert sum(counted(claims, "killed")) == (10 if text.startswith("Ten") else 9)


def test_the_last_subset_item_does_not_take_the_next_clause_verb():
    claims = extract_claims(
        "Ten people were killed, including four women and three children, and 20 were wounded.", PUBLISHED)
    assert subsets(claims) == [(3, "children"), (4, "women")]
    assert counted(claims, "injured") == [20]


def test_a_figure_of_another_type_after_a_subset_is_not_a_subset():
    claims = extract_claims(
        "At least 12 people were killed, among them a journalist, and 30 others were injured.", PUBLISHED)
    assert counted(claims, "injured") == [30]


def test_more_bodies_raising_the_toll_are_inside_the_toll():
    claims = extract_claims(
        "Nine people died on Thursday. Two more bodies were recovered on Friday, raising the toll to 11.", PUBLISHED)
    assert not [c for c in claims if c.rule.endswith("/another")]
    assert [c.count_point for c in claims if c.rule == "toll"] == [11]


def test_the_bomber_killed_is_an_attacker_and_a_bomber_shot_down_is_not_a_person():
    claims = extract_claims(
        "At least five people were killed when a suicide bomber detonated his vest at the gate. The bomber was also "
        "killed.", PUBLISHED)
    assert [(c.count_point, c.victim_group) for c in claims if c.sentence_start > 0] == [(1, "attackers")]
    assert not extract_claims("A bomber was shot down over the city.", PUBLISHED)


def test_wounded_who_died_are_deaths_and_the_toll_after_them_is_read():
    claims = extract_claims(
        "Five people were wounded in the blast on Monday. Two of the wounded later died in hospital, raising the "
        "death toll to seven.", PUBLISHED)
    assert [c.count_point for c in claims if c.rule == "toll"] == [7]
    assert all(c.casualty_type == "killed" for c in claims if c.sentence_start > 0)


def test_a_toll_of_deaths_and_injuries_is_not_a_death_toll():
    claims = extract_claims("The toll of deaths and injuries from the protests has reached 120.", PUBLISHED)
    assert not [c for c in claims if c.casualty_type == "killed"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Five people were killed in the first attack and three in the second.", [3, 5]),
        ("Four soldiers were killed in Kunduz and another six in Baghlan.", [4, 6]),
        ("Five people were killed in the attack and 12 in the hospital were treated for shock.", [5]),
    ],
)
def test_a_figure_whose_verb_is_left_out(text, killed):
    assert counted(extract_claims(text, PUBLISHED), "killed") == killed


def test_killing_himself_and_his_victims():
    claims = extract_claims("The bomber blew himself up at the gate, killing himself and four police officers.", PUBLISHED)
    assert sorted((c.count_point, c.victim_group) for c in claims) == [(1, "attackers"), (4, "police")]


def test_wounding_himself_and_his_son():
    claims = extract_claims("A man accidentally shot and wounded himself and his 10-year-old son at home.", PUBLISHED)
    assert sum(counted(claims, "injured")) == 2
    assert [c.victim_age for c in claims if c.is_child] == [10]


@pytest.mark.parametrize(("text", "killed"), [
    # a list of single people left or found dead: one each
    ("The shooting spree left the man, his former boss and a former coworker dead and two others wounded.", 3),
    ("Deputies found a woman, her son and a neighbor dead inside the farmhouse.", 3),
    ("The ambush left a driver, a guard, a nurse and a doctor dead.", 4),
    ("The shooting left a man and his son dead.", 2),
    # a group among them is no count of people: not read as single people
    ("The fire left a man, his wife and their children dead.", 0),
])
def test_a_list_left_dead(text, killed):
    assert sum(counted(extract_claims(text, PUBLISHED), "killed")) == killed


@pytest.mark.parametrize(("text", "injured"), [
    # one article serves the whole list of bare nouns
    ("A man, woman and boy were wounded late Tuesday in a shooting on Elm Street.", 3),
    ("Police said the man, woman and child were hurt when the bullets hit their car.", 3),
    ("A man, a woman and a boy were wounded late Tuesday in a shooting on Elm Street.", 3),
])
def test_an_article_shared_by_a_list(text, injured):
    assert sum(counted(extract_claims(text, PUBLISHED), "injured")) == injured
