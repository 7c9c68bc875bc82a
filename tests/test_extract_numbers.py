"""Numbers as written and the conventions table."""
from __future__ import annotations

import pytest

from pipeline.extract.conventions import VAGUE, bounds
from pipeline.extract.numbers import NUMBER_RE, parse_number, vague_key


@pytest.mark.parametrize("text,value", [
    ("five", 5), ("Sixteen", 16), ("forty-two", 42), ("forty two", 42), ("1,200", 1200), ("27", 27),
    ("two dozen", 24), ("a dozen", 12), ("1.2 million", 1_200_000), ("a hundred", 100),
    ("one hundred and twenty", 120), ("two thousand", 2000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["several", "people", "1.5", ""])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_number_re_finds_written_forms():
    found = NUMBER_RE.findall("five, 1,200, forty-two and two dozen")
    assert found == ["five", "1,200", "forty-two", "two dozen"]


@pytest.mark.parametrize("text,key", [
    ("several", "several"), ("Dozens", "dozens"), ("scores of", "scores"), ("hundreds", "hundreds"),
    ("a handful", "a handful"), ("many", "many"), ("a number", "a number"), ("people", None),
])
def test_vague_key(text, key):
    assert vague_key(text) == key


@pytest.mark.parametrize("qual,value,high,expected", [
    ("exact", 5, None, (5, 5, 5)),
    ("at_least", 5, None, (5, None, 5)),
    ("more_than", 20, None, (20, None, 20)),
    ("nearly", 700, None, (630, 700, 700)),
    ("about", 40, None, (36, 44, 40)),
    ("about", 2800, None, (2520, 3080, 2800)),  # exact tenths: 1.1 * 2800 is 3080.0000000000005 in floats
    ("about", 100, None, (90, 110, 100)),  # and "about 100" had a high of 111
    ("up_to", 50, None, (1, 50, 50)),
    ("range", 10, 15, (10, 15, 10)),
])
def test_bounds(qual, value, high, expected):
    b = bounds(qual, value, high)
    assert (b.low, b.high, b.point) == expected


@pytest.mark.parametrize("word,point", [("several", 3), ("dozens", 24), ("scores", 40), ("hundreds", 200), ("a handful", 3)])
def test_vague_bounds(word, point):
    b = bounds("vague", vague_word=word)
    assert b.point == point and b.low == point
    assert word in VAGUE


def test_point_within_bounds():
    for q in ("exact", "at_least", "more_than", "nearly", "about", "up_to"):
        for n in (1, 5, 12, 700):
            b = bounds(q, n)
            assert b.low <= b.point and (b.high is None or b.point <= b.high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several dozen people were injured in the stampede.", 24, 99),
        ("A few hundred people were wounded in the clashes.", 200, 999),
        ("Several thousand people were killed in the famine.", 2000, 9999),
    ],
)
def test_several_dozen_is_dozens_not_several(text, low, high):
    from pipeline.extract.extractor import extract_claims

    claims = extract_claims(text, "2017-03-14")
    assert [(c.count_low, c.count_high, c.qualifier) for c in claims] == [(low, high, "vague")]
