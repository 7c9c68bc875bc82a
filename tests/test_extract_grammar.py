"""Every named grammar pattern matches its documented examples and rejects its counter-examples."""
from __future__ import annotations

import pytest

from pipeline.extract.grammar import PATTERNS, event_type_of, qualifier_of, victim_group_of

POSITIVE = [(name, ex) for name, p in PATTERNS.items() for ex in p.examples]
NEGATIVE = [(name, ex) for name, p in PATTERNS.items() for ex in p.counter_examples]


@pytest.mark.parametrize("name,example", POSITIVE, ids=[f"{n}:{e}" for n, e in POSITIVE])
def test_pattern_matches_example(name, example):
    assert PATTERNS[name].test(example)


@pytest.mark.parametrize("name,example", NEGATIVE, ids=[f"{n}:{e}" for n, e in NEGATIVE])
def test_pattern_rejects_counter_example(name, example):
    assert not PATTERNS[name].test(example)


def test_every_pattern_has_examples():
    for p in PATTERNS.values():
        assert p.examples and p.doc


@pytest.mark.parametrize("words,code", [
    ("at least", "at_least"), ("more than", "more_than"), ("over", "more_than"), ("nearly", "nearly"),
    ("almost", "nearly"), ("about", "about"), ("around", "about"), ("some", "about"), ("up to", "up_to"),
    ("as many as", "up_to"), (None, "exact"),
])
def test_qualifier_of(words, code):
    assert qualifier_of(words) == code


@pytest.mark.parametrize("np,group,child", [
    ("civilians", "civilians", False), ("children", "children", True), ("policemen", "police", False),
    ("soldiers", "soldiers", False), ("people", "people", False), ("women", "women", False),
    ("inmates", "prisoners", False), ("suicide bomber", "attackers", False), ("militants", "militants", False),
])
def test_victim_group_of(np, group, child):
    assert victim_group_of(np) == (group, child)


@pytest.mark.parametrize("sentence,etype", [
    ("A suspected chlorine gas attack hit the neighbourhood", "gas attack"),
    ("a suicide bomber struck a mosque", "suicide bombing"),
    ("Russian warplanes pounded the town", "airstrike"),
    ("a roadside bomb exploded", "bombing"),
    ("gunmen opened fire on worshippers", "shooting"),
    ("nothing happened", None),
])
def test_event_type_of(sentence, etype):
    assert event_type_of(sentence) == etype


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 fighters have been killed since the offensive began on January 15.",
        "More than 40 people have died since the protests started in October.",
        "At least 1,200 people have been killed since the ceasefire took effect.",
    ],
)
def test_since_a_campaign_began_is_a_summary(text):
    from pipeline.extract.extractor import extract_claims

    claims = extract_claims(text, "2017-03-14")
    assert claims and all(c.is_summary for c in claims)


def test_since_its_insurgency_began_is_a_summary_from_that_year():
    from pipeline.extract.extractor import extract_claims

    claims = extract_claims("The group has killed more than 20,000 people since its insurgency began in 2009.",
                            "2017-07-11")
    assert [(c.is_summary, str(c.period_start), str(c.period_end)) for c in claims] == [
        (True, "2009-01-01", "2017-07-11")]
