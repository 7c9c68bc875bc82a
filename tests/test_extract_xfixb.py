"""Sentence forms of the challenge sets' xfails, in invented sentences: a single victim coordinated with a
possessed figure ("A man and his three sons were found shot dead"), subsets, "both" with no numeral, an age given
later by an apposition of a common noun, a list after a wire dateline and a round-up lead."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from tests.claims_helpers import counted

PUBLISHED = "2019-05-14"


@pytest.mark.parametrize(
    ("text", "ctype", "total"),
    [
        ("A man and his three sons were found shot dead in their farmhouse on Sunday, police said.", "killed", 4),
        ("A grandmother and her two grandsons were wounded when a gunman fired into their car late Friday.",
         "injured", 3),
        ("A pastor and their four guests were killed when gunmen stormed the church compound overnight.", "killed", 5),
    ],
)
def test_a_single_victim_coordinated_with_a_possessed_figure_is_added(text, ctype, total):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, ctype)) == total


def test_a_single_victim_before_a_figure_typed_by_its_ages_is_added():
    text = "A farmer and his two sons, 6 and 15, were found shot dead in a barn outside the village on Monday."
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == 3


def test_the_verb_of_a_relative_clause_is_the_possessed_figures_only():
    text = ("Mourners gathered for the funerals of a shopkeeper, his wife and their two sons who were shot by "
            "robbers last week.")
    claims = extract_claims(text, PUBLISHED)
    assert not any(c.rule == "coordinated" and c.casualty_type != "killed" for c in claims)


@pytest.mark.parametrize("nation", ["Afghans", "Syrians", "Iraqis"])
def test_minors_among_a_figure_of_a_nationality_are_its_subset(nation):
    text = f"Two teenagers were among 25 {nation} wounded when a bomb went off near a bus depot, officials said."
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "injured")) == 25
    kids = [c for c in claims if c.is_child]
    assert [c.count_point for c in kids] == [2] and kids[0].parent_key is not None


@pytest.mark.parametrize(
    "text",
    [
        "Six of the 14 people killed in the ambush on the convoy were women, a local official said.",
        "Six of the 14 people killed when gunmen opened fire on a wedding party in a hill village on Saturday were "
        "women, a local official said.",
    ],
)
def test_a_subset_told_around_its_figure_across_a_phrase_or_clause(text):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == 14
    women = [c for c in claims if c.victim_group == "women" and c.casualty_type == "killed"]
    assert [c.count_point for c in women] == [6] and women[0].parent_key is not None


def test_an_including_phrase_may_hold_a_list_of_ages_with_commas():
    text = "A family of six, including four children aged 3, 5, 9 and 16, were killed when a shell hit their house."
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == 6
    kids = [c for c in claims if c.is_child and c.casualty_type == "killed"]
    assert sorted((c.count_point, c.victim_age) for c in kids) == [(1, 16), (3, 9)]


@pytest.mark.parametrize(
    "text",
    [
        "The other shootings left five people with non-fatal wounds, police said.",
        "Officers found three men with nonfatal gunshot wounds outside the bar.",
    ],
)
def test_people_with_non_fatal_wounds_are_hurt(text):
    claims = extract_claims(text, PUBLISHED)
    assert [c.casualty_type for c in claims if c.counts] == ["injured"]
    assert not counted(claims, "killed")


def test_a_list_after_a_dateline_hyphen_is_read_as_a_list():
    text = "KABUL (Reuters) - Two policemen, a driver and a shopkeeper were killed in a blast on Monday, police said."
    claims = [c for c in extract_claims(text, "2019-03-04") if c.casualty_type == "killed" and c.counts]
    assert sum(c.count_point for c in claims) == 4 and {c.count_point for c in claims} >= {2}


def test_two_attackers_named_in_apposition_who_both_died_are_two():
    text = ("Two suicide bombers attacked a market on Friday, killing five people. The attackers, a man and a young "
            "woman, both died in the blasts.")
    claims = extract_claims(text, "2019-03-04")
    attackers = [c for c in claims if c.casualty_type == "killed" and c.victim_group == "attackers"]
    assert [c.count_point for c in attackers] == [2]
