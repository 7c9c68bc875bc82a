"""Figures that must not raise the article's count: blocks of links to other stories run into the body and
round-ups of a named city's shootings (invented sentences)."""
from __future__ import annotations

from datetime import date

from pipeline.extract.extractor import _links_blocks, extract_claims

from claims_helpers import counted

PUB = date(2016, 5, 10)  # a Tuesday


def test_headlines_after_a_related_stories_label_give_no_figure():
    text = ("A woman was shot and killed Monday night on Birch Lane in Fairview, police said.\n\n"
            "Detectives have not named a suspect.\n\n"
            "Related Stories:\n\n"
            "Three men killed in overnight crash on Route 9\n\n"
            "Copyright 2016 by Station Nine. All rights reserved.")
    assert counted(extract_claims(text, PUB), "killed") == [1]


def test_teasers_under_a_more_stories_label_give_no_figure():
    text = ("Two people were wounded in a shooting Sunday at a gas station in Millbrook.\n\n"
            "More stories you may like on Channel Nine\n\n"
            "LIVE: 30 hurt in train derailment upstate Crews are at the scene, and officials say 30 riders were hurt.\n\n"
            "5 dead, many hurt as ferry capsizes on lake A ferry accident killed five people and hurt dozens of tourists…")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == []
    assert max(counted(claims, "injured") + counted(claims, "shot")) == 2


def test_a_links_block_ends_at_the_first_line_told_as_a_sentence():
    text = ("A teenager was killed Friday in Eastgate.\n\nTRENDING STORIES:\n\n"
            "Mayor opens new library branch\n\n"
            "Three bystanders were hurt by gunfire at that corner, police said.")
    spans = [text[a:b] for a, b in _links_blocks(text)]
    assert spans == ["Mayor opens new library branch"]
    claims = extract_claims(text, PUB)
    assert 3 in counted(claims, "injured")


def test_a_label_in_running_prose_is_not_a_links_block():
    text = "Police said more stories about the shooting would emerge.\n\nFour men were wounded Saturday in Eastgate"
    assert _links_blocks(text) == []
    assert counted(extract_claims(text, PUB), "injured") == [4]


def test_a_mixed_case_related_link_gives_no_figure():
    text = ("A man was shot dead Sunday in Oakdale, police said.\n\n"
            "Related: Six people killed in weekend shootings across the region\n\n"
            "No arrests have been made.")
    assert counted(extract_claims(text, PUB), "killed") == [1]


def test_shootings_across_a_named_city_are_a_round_up():
    text = ("A 19-year-old man was wounded Saturday on Elm Street in Dayton, police said. "
            "Nine people have been hurt in weekend shootings across Dayton, officials said.")
    claims = extract_claims(text, PUB)
    nine = [c for c in claims if c.count_point == 9]
    assert nine and all(c.is_summary for c in nine)
    assert max(counted(claims, "injured") + counted(claims, "shot")) == 1


def test_a_single_shooting_across_from_a_place_is_not_a_round_up():
    text = "Four people were wounded in a shooting across from Central Park on Saturday."
    claims = extract_claims(text, PUB)
    assert not any(c.is_summary for c in claims)


def test_several_separate_shootings_are_a_round_up():
    text = ("Two men are dead and three other victims remain hospitalized after several separate shootings on "
            "Friday night in Riverton, deputies reported. A man, 24, was killed on Maple Avenue.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == [1]


def test_city_shootings_are_a_round_up():
    text = ("Five men killed, nine hurt in city shootings Monday. "
            "A 31-year-old man was shot and killed on Hill Road in Lakeside, police said.")
    claims = extract_claims(text, PUB)
    five = [c for c in claims if c.count_point == 5]
    assert five and all(c.is_summary for c in five)
    assert counted(claims, "killed") == [1]


def test_incidents_spread_over_a_city_are_a_round_up():
    text = ("At least 14 people were wounded in incidents spread across the county over two nights, deputies said. "
            "One of them, a 40-year-old woman, was shot in the arm on Friday.")
    claims = extract_claims(text, PUB)
    fourteen = [c for c in claims if c.count_point == 14]
    assert fourteen and all(c.is_summary for c in fourteen)


def test_one_shooting_with_separate_victims_is_not_a_round_up():
    text = "Two separate victims were wounded in the shooting on Main Street on Saturday, police said."
    claims = extract_claims(text, PUB)
    assert not any(c.is_summary for c in claims)
    assert counted(claims, "injured") == [2]
