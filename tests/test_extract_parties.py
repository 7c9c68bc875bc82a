"""Two parties' figures in one sentence (invented sentences): each figure keeps the source named in its own
clause, and a toll put by the second party is read even after an injured figure of the first."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims

PUBLISHED = "2017-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said 30 militants were killed, but residents said 12 civilians died in the shelling.",
         {30: "military", 12: "residents"}),
        ("The army said 30 militants were killed; residents said 12 civilians died in the shelling.",
         {30: "military", 12: "residents"}),
        ("Medics said 3 people were killed, while activists put the death toll at 5.",
         {3: "medical sources", 5: "activists"}),
    ],
)
def test_each_figure_keeps_the_source_of_its_clause(text, expected):
    claims = extract_claims(text, PUBLISHED)
    got = {c.count_point: (c.attributed_source or "").lower() for c in claims if c.casualty_type == "killed"}
    assert got == {n: s.lower() for n, s in expected.items()}


def test_one_source_for_the_whole_sentence_is_kept():
    claims = extract_claims("Five people were killed and nine wounded, police said, citing witnesses.", PUBLISHED)
    assert {c.attributed_source for c in claims} == {"police"}


def test_toll_of_a_second_party_after_an_injured_figure():
    claims = extract_claims(
        "Medics said 3 people were killed and 7 wounded, while activists put the toll at 5 dead.", PUBLISHED)
    tolls = [c for c in claims if c.rule.startswith("toll")]
    assert [(c.count_point, c.attributed_source) for c in tolls] == [(5, "activists")]
    # the medics' 3 is the sentence's figure; the activists' 5 is their disputing claim
    assert [c.count_point for c in claims if c.casualty_type == "killed" and c.counts] == [3]


def test_a_toll_of_the_injured_is_still_not_a_death_toll():
    claims = extract_claims("Hospital officials said the toll of wounded had reached 40.", PUBLISHED)
    assert not [c for c in claims if c.casualty_type == "killed"]


def test_a_source_whose_words_begin_at_the_turn_of_the_clause():
    claims = extract_claims(
        "Residents said at least 30 people were killed, though police put the toll at 18.", PUBLISHED)
    assert sorted((c.count_point, c.attributed_source) for c in claims) == [(18, "police"), (30, "residents")]


def test_the_source_whose_verb_gives_the_figure():
    claims = extract_claims(
        "The coalition confirmed on Saturday that it carried out an air strike in the area, where residents say more "
        "than 100 civilians were killed.", PUBLISHED)
    assert [(c.count_point, c.attributed_source) for c in claims] == [(100, "residents")]
