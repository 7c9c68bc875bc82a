"""Figures that must not raise the article's count: blocks of links to other stories run into the body and
round-ups of a named city's shootings (invented sentences)."""
from __future__ import annotations

from datetime import date

from pipeline.extract.extractor import _links_blocks, extract_claims

PUB = date(2016, 5, 10)  # a Tuesday


def _counted(claims, ctype):
    """Point values of top-level claims of one type that count towards the article's total."""
    return sorted(c.count_point for c in claims
                  if c.casualty_type == ctype and not c.is_summary and c.parent_key is None)


def test_headlines_after_a_related_stories_label_give_no_figure():
    text = ("A woman was shot and killed Monday night on Birch Lane in Fairview, police said.\n\n"
            "Detectives have not named a suspect.\n\n"
            "Related Stories:\n\n"
            "Three men killed in overnight crash on Route 9\n\n"
            "Copyright 2016 by Station Nine. All rights reserved.")
    assert _counted(extract_claims(text, PUB), "killed") == [1]


def test_teasers_under_a_more_stories_label_give_no_figure():
    text = ("Two people were wounded in a shooting Sunday at a gas station in Millbrook.\n\n"
            "More stories you may like on Channel Nine\n\n"
            "LIVE: 30 hurt in train derailment upstate Crews are at the scene, and officials say 30 riders were hurt.\n\n"
            "5 dead, many hurt as ferry capsizes on lake A ferry accident killed five people and hurt dozens of tourists…")
    claims = extract_claims(text, PUB)
    assert _counted(claims, "killed") == []
    assert max(_counted(claims, "injured") + _counted(claims, "shot")) == 2


def test_a_links_block_ends_at_the_first_line_told_as_a_sentence():
    text = ("A teenager was killed Friday in Eastgate.\n\nTRENDING STORIES:\n\n"
            "Mayor opens new library branch\n\n"
            "Three bystanders were hurt by gunfire at that corner, police said.")
    spans = [text[a:b] for a, b in _links_blocks(text)]
    assert spans == ["Mayor opens new library branch"]
    claims = extract_claims(text, PUB)
    assert 3 in _counted(claims, "injured")


def test_a_label_in_running_prose_is_not_a_links_block():
    text = "Police said more stories about the shooting would emerge.\n\nFour men were wounded Saturday in Eastgate"
    assert _links_blocks(text) == []
    assert _counted(extract_claims(text, PUB), "injured") == [4]


def test_a_mixed_case_related_link_gives_no_figure():
    text = ("A man was shot dead Sunday in Oakdale, police said.\n\n"
            "Related: Six people killed in weekend shootings across the region\n\n"
            "No arrests have been made.")
    assert _counted(extract_claims(text, PUB), "killed") == [1]


def test_shootings_across_a_named_city_are_a_round_up():
    text = ("A 19-year-old man was wounded Saturday on Elm Street in Dayton, police said. "
            "Nine people have been hurt in weekend shootings across Dayton, officials said.")
    claims = extract_claims(text, PUB)
    nine = [c for c in claims if c.count_point == 9]
    assert nine and all(c.is_summary for c in nine)
    assert max(_counted(claims, "injured") + _counted(claims, "shot")) == 1


def test_a_single_shooting_across_from_a_place_is_not_a_round_up():
    text = "Four people were wounded in a shooting across from Central Park on Saturday."
    claims = extract_claims(text, PUB)
    assert not any(c.is_summary for c in claims)
