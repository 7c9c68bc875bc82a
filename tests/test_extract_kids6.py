"""Children's ages told for groups and lists (docs/conventions.md, "A group with its ages"): a group whose listed
ages span children (0-11) and teens (12-17) is split into one subset per age group, each with the oldest of its
ages, so that children and teens are counted apart; the group's own total is unchanged.

``minors`` reads an article's children and teens the way ``sql/toll_totals.sql`` and ``sql/claims_reviewed.sql``
do (the largest sentence total of child claims, subsets included). All sentences are invented.
"""
from __future__ import annotations

import re
from datetime import date
from collections import defaultdict

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims

_TEEN_WORD = re.compile(r"(?i)\b(teens?|teenagers?|teenaged?|adolescents?|juveniles?|minors?)\b")


def minors(text: str, kind: str = "injured") -> tuple[int, int]:
    """(children 0-11, teens 12-17) of one casualty type, as the warehouse counts them."""
    sentences: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    for c in extract_claims(text, None, None):
        if c.casualty_type != kind or not c.is_child:
            continue
        if c.victim_age is not None:
            teen = c.victim_age >= 12
        else:
            teen = bool(_TEEN_WORD.search(c.evidence_text[c.char_start - c.sentence_start:c.char_end - c.sentence_start]))
        sentences[(c.evidence_field, c.sentence_start)][int(teen)] += c.count_point or 0
    return (max((s[0] for s in sentences.values()), default=0), max((s[1] for s in sentences.values()), default=0))


def young_ages(text: str) -> list[int]:
    return sorted(c.victim_age for c in extract_claims(text, None, None)
                  if c.is_child and c.victim_age is not None and c.victim_age < 12)


@pytest.mark.parametrize("text, kind, total_, children, teens", [
    # a group's listed ages across children and teens
    ("A stray round wounded five people on Maple Avenue, including three kids ages 5, 9 and 13.", "injured", 5, 2, 1),
    ("Investigators said the gunman killed two girls, ages 6 and 14, in the farmhouse.", "killed", 2, 1, 1),
    ("Three cousins, ages 10, 15 and 16, were wounded as they sat on a porch.", "injured", 3, 1, 2),
    # "years old" after the listed ages
    ("Her two sons, 7 and 13 years old, were hurt when bullets pierced the wall.", "injured", 2, 1, 1),
    ("Two youngsters, 4 and 12-years-old, were also grazed by gunfire near the park.", "injured", 2, 1, 1),
    # a plural group without a numeral: one victim per age listed
    ("Police said their sons, ages 4 and 13, were hit by gunfire in the kitchen.", "injured", 2, 1, 1),
    # a group of adults with one minor among its ages
    ("Four people, ages 16, 22, 30 and 41, were wounded outside a bowling alley.", "injured", 4, 0, 1),
])
def test_a_group_whose_ages_span_age_groups_is_split_by_age_group(text, kind, total_, children, teens):
    assert total(text, kind) == total_
    assert minors(text, kind) == (children, teens)


@pytest.mark.parametrize("text, kind, total_, children, teens", [
    # only the ends of a range are known: at least one member of each end's age group
    ("Six children, ages 8 to 15, were wounded when a car opened fire on a cookout.", "injured", 6, 1, 1),
    ("Five people, ages 9 to 40, were shot at a block party late Saturday.", "injured", 5, 1, 0),
])
def test_a_range_of_ages_gives_one_member_of_each_end(text, kind, total_, children, teens):
    assert minors(text, kind) == (children, teens)
    assert total(text, kind) == total_


@pytest.mark.parametrize("text, kind, total_, children, age", [
    # ages all in one age group after "among them": the subset takes the oldest
    ("A drive-by left seven people hurt, among them two toddlers, ages 1 and 2.", "injured", 7, 2, 2),
])
def test_a_subset_whose_ages_are_all_children_takes_the_oldest(text, kind, total_, children, age):
    assert total(text, kind) == total_
    assert minors(text, kind) == (children, 0)
    assert young_ages(text) == [age]



# --- single victims listed after "including": every one is a subset of the figure (docs/conventions.md, "Every item
# of a subset list is a subset")
@pytest.mark.parametrize("text, kind, total_, subsets", [
    ("Two people were wounded on the porch, including a 9-year-old girl and her 5-year-old brother.", "injured", 2,
     [(True, 9), (True, 5)]),
    ("Gunfire at the laundromat killed three people, including a nurse, 31, and her son, 4.", "killed", 3, [(False, 31), (True, 4)]),
    ("Four people were shot, including a cashier, a driver and a 7-year-old boy, on Friday.", "injured", 4,
     [(False, None), (False, None), (True, 7)]),
])
def test_every_single_victim_of_a_subset_list_is_a_subset(text, kind, total_, subsets):
    assert total(text, kind) == total_
    assert [(c.is_child, c.victim_age) for c in extract_claims(text, None, None) if c.parent_key is not None] == subsets


def test_a_single_victim_with_a_verb_of_its_own_is_no_item_of_the_subset_list():
    text = "Three people were wounded, including a teacher and her 6-year-old son, and a neighbor was detained."
    claims = extract_claims(text, None, None)
    assert [(c.count_point, c.victim_age) for c in claims if c.parent_key is not None] == [(1, None), (1, 6)]
    assert total(text, "injured") == 3


# --- a named minor who "is one of" the victims: that one's age, or a subset of the figure after "one of"
@pytest.mark.parametrize("text, kind, expected", [
    ("Lia Moss, 6, is one of the victims deputies say was fatally shot by a relative.", "killed", [(1, True, 6, False)]),
    ("A 10-year-old boy was one of five people wounded near the skating rink.", "injured",
     [(5, False, None, False), (1, True, 10, True)]),
    ("Ty Park, 9, was one of the three people hurt in the crossfire.", "injured",
     [(3, False, None, False), (1, True, 9, True)]),
])
def test_a_minor_who_is_one_of_the_victims(text, kind, expected):
    claims = [c for c in extract_claims(text, None, None) if c.casualty_type == kind]
    assert [(c.count_point, c.is_child, c.victim_age, c.parent_key is not None) for c in claims] == expected


# --- minors listed with ages after "the deaths of" / "killed" (a list of victims, docs/conventions.md)
@pytest.mark.parametrize("text, ages", [
    ("A grand jury indicted him in the deaths of two of his cousins: 8-year-old Mia Lund and Noah Lund, 5.", [5, 8]),
    ("Prosecutors say she killed her 6-year-old nephew, Owen, and 10-year-old niece, Ruby, last spring.", [6, 10]),
    ("He now faces trial in the slayings of Pia Kent, 9, and Max Kent, 3, at a campsite.", [3, 9]),
])
def test_minors_listed_after_the_deaths_of_are_victims(text, ages):
    claims = extract_claims(text, None, None)
    assert sorted(c.victim_age for c in claims if c.casualty_type == "killed" and c.is_child and c.count_point == 1) == ages


def test_a_minor_with_a_verb_of_its_own_after_the_list_is_not_one_of_the_dead():
    text = "Officers said the man killed his 4-year-old son, Abe, and 8-year-old daughter, Ivy, and a 13-year-old boy was wounded."
    claims = extract_claims(text, None, None)
    assert [(c.casualty_type, c.victim_age) for c in claims if c.is_child] == [("killed", 4), ("killed", 8), ("injured", 13)]


# --- a minor "released from the hospital" was hurt; the day of the release is not the day of the shooting
def test_a_minor_released_from_the_hospital_was_hurt_and_takes_the_shooting_day():
    text = ("A man was shot dead on Saturday night outside a Dayton bakery. "
            "Deputies said Eli Ford, age 9, got treated and released from a county hospital on Monday.")
    claims = extract_claims(text, date(2016, 5, 10), None)
    child = [c for c in claims if c.is_child]
    assert [(c.casualty_type, c.victim_age) for c in child] == [("injured", 9)]
    assert child[0].period_start == date(2016, 5, 7)


# --- a group's ages told in a sentence without a casualty verb belong to the figure of children of that size
def test_ages_told_apart_from_the_figure_split_it_by_age_group():
    text = ("Deputies say the man shot and killed his sister and her three children on Friday. "
            "Relatives believe it is the sister, age 41, and her 3 sons, ages 5, 9 and 16.")
    assert total(text, "killed") == 4
    assert minors(text, "killed") == (2, 1)


def test_ages_told_apart_from_the_figure_of_one_age_group_give_it_the_oldest():
    text = ("Deputies say the man shot and killed his sister and her two children on Friday. "
            "Relatives believe it is the sister and her 2 sons, ages 5 and 9.")
    assert young_ages(text) == [9]
