"""Acceptance test on the seed article (shared/seed, published Thursday 2016-09-08)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.ingest.readers import RawArticle, read_raw_file

# the seed as it ships in data/raw, with its front matter (published 2016-09-08)
SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_82b491c720f0e559.txt"


@pytest.fixture(scope="module")
def article() -> RawArticle:
    (article,) = read_raw_file(SEED, SEED.parent)
    assert isinstance(article, RawArticle)
    assert article.published_at.date() == date(2016, 9, 8)
    return article


@pytest.fixture(scope="module")
def claims(article):
    return extract_claims(article.text, published_at=article.published_at.date(), title=article.title)


def _one(claims, **kw):
    found = [c for c in claims if all(getattr(c, k) == v for k, v in kw.items())]
    assert len(found) == 1, (kw, claims)
    return found[0]


def test_exactly_five_claims(claims):
    assert len(claims) == 5
    assert [c.claim_key for c in claims] == list(range(5))


def test_aleppo_summary_700(claims):
    c = _one(claims, casualty_type="killed", reported_value=700)
    assert c.qualifier == "nearly" and c.victim_group == "civilians"
    assert c.is_summary is True
    assert (c.period_start, c.period_end) == (date(2016, 7, 30), date(2016, 9, 8))
    assert c.location == "Aleppo"
    assert c.attributed_source == "Syrian Observatory for Human Rights"


def test_160_children_subset(claims):
    parent = _one(claims, casualty_type="killed", reported_value=700)
    c = _one(claims, casualty_type="killed", reported_value=160)
    assert c.is_child and c.victim_group == "children"
    assert c.parent_key == parent.claim_key


def test_jarablus_killed_and_injured(claims):
    k = _one(claims, casualty_type="killed", reported_value=5)
    assert k.qualifier == "at_least" and k.count_low == 5 and k.count_high is None
    i = _one(claims, casualty_type="injured", reported_value=12)
    for c in (k, i):
        assert c.location == "Jarablus"
        assert (c.period_start, c.period_end) == (date(2016, 9, 8), date(2016, 9, 8))
        assert c.attributed_source and "Turkish security and hospital sources" in c.attributed_source
        assert c.parent_key is None and not c.is_summary


def test_dozens_suffocated_al_sukkari(claims):
    c = _one(claims, casualty_type="injured", qualifier="vague")
    assert c.reported_value is None and c.count_point == 24
    assert c.location == "al-Sukkari"
    assert c.period_start == date(2016, 9, 6)
    assert c.event_type == "gas attack"


def test_evidence_spans(claims, article):
    text = article.text
    for c in claims:
        assert c.evidence_text == text[c.sentence_start:c.sentence_end]
        assert c.sentence_start <= c.char_start < c.char_end <= c.sentence_end
        assert c.rule


def test_footage_is_not_a_toll(claims):
    for c in claims:
        assert "seen" not in c.evidence_text and "shown" not in c.evidence_text
