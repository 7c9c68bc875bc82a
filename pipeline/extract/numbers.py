"""Numbers as written in news text: digits, words and vague quantity words.

Examples
--------
>>> parse_number("five"), parse_number("forty-two"), parse_number("1,200")
(5, 42, 1200)
>>> parse_number("two dozen"), parse_number("a dozen"), parse_number("1.2 million")
(24, 12, 1200000)
>>> parse_number("one hundred and twenty"), parse_number("Sixteen")
(120, 16)
>>> vague_key("dozens"), vague_key("a handful"), vague_key("scores of")
('dozens', 'a handful', 'scores')

``NUMBER_RE`` matches any of the written forms above; ``VAGUE_RE`` matches vague
words ("several", "dozens", "scores", "hundreds", "a handful", "many", "a number of").
The numeric values of vague words live in :mod:`pipeline.extract.conventions`.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
# "forty-two", "forty two", "seven", "twenty"
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))"
# "one hundred and twenty", "two thousand", "a hundred"
_WORDNUM = (
    rf"(?:(?:{_SMALL}|a|an)\s+(?:hundred|thousand|million)"
    rf"(?:(?:\s+and)?\s+{_SMALL})?|{_SMALL})"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|thousand))?"
_DOZEN = rf"(?:(?:a|one|two|three|four|five|half\s+a)\s+dozen)"

#: Any exact number as written: "5", "1,200", "1.2 million", "five", "forty-two", "two dozen".
NUMBER_PATTERN = rf"(?:{_DOZEN}|{_DIGITS}|{_WORDNUM})"
NUMBER_RE = re.compile(rf"\b{NUMBER_PATTERN}\b", re.IGNORECASE)

#: Vague quantity words; group ``vague`` holds the word. "scores of", "dozens of", "a handful of".
VAGUE_WORDS = {
    "several": "several", "a few": "a few", "few": "a few", "a handful": "a handful",
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds",
    "thousands": "thousands", "many": "many", "a number": "a number",
    "numerous": "many", "multiple": "several", "tens": "dozens", "some": "some",
    "a large number": "many", "a dozen or so": "a dozen",
    "tens of thousands": "tens of thousands", "hundreds of thousands": "hundreds of thousands",
    # "several dozen", "a few hundred": as many as the plural alone ("dozens", "hundreds")
    **{f"{few} {unit}{s}": f"{unit}s" for few in ("several", "a few", "many") for unit in ("dozen", "hundred", "thousand")
       for s in ("", "s")},
}
VAGUE_PATTERN = (
    r"(?:(?:several|a\s+few|many)\s+(?:dozens?|hundreds?|thousands?)|(?:tens|hundreds)\s+of\s+thousands|"
    r"a\s+large\s+number|a\s+number|a\s+handful|a\s+few|several|dozens|scores|"
    r"hundreds|thousands|tens|numerous|multiple|many)"
)
VAGUE_RE = re.compile(rf"\b{VAGUE_PATTERN}\b", re.IGNORECASE)


_DOZEN_RE = re.compile(r"(half a|a|one|two|three|four|five) dozen")
_DIGITS_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|thousand))?")
_SCALED_RE = re.compile(rf"({_SMALL}|a|an) (hundred|thousand|million)(?:(?: and)? ({_SMALL}))?")
_HYPHEN_OR_SPACE = re.compile(r"[- ]")


def _parse_small(s: str) -> int | None:
    s = s.strip().lower()
    if s in UNITS:
        return UNITS[s]
    if s in TENS:
        return TENS[s]
    parts = _HYPHEN_OR_SPACE.split(s)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


def parse_number(text: str) -> int | None:
    """Value of a written number; None when ``text`` is not one.

    "5" -> 5, "1,200" -> 1200, "1.2 million" -> 1200000, "forty-two" -> 42,
    "a dozen" -> 12, "two dozen" -> 24, "a hundred" -> 100, "one hundred and twenty" -> 120.
    """
    s = " ".join(text.strip().lower().split())
    if not s:
        return None
    if len(s) <= 15 and s.isascii() and s.isdigit():
        return int(s)  # what the digits pattern below gives (a float holds 15 digits exactly)
    m = _DOZEN_RE.fullmatch(s)
    if m:
        return {"half a": 6, "a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60}[m.group(1)]
    m = _DIGITS_RE.fullmatch(s)
    if m:
        num = float(m.group(1).replace(",", ""))
        if m.group(2):
            num *= SCALES[m.group(2)]
        elif "." in m.group(1):
            return None  # "1.5" alone is not a count
        return int(round(num))
    small = _parse_small(s)
    if small is not None:
        return small
    m = _SCALED_RE.fullmatch(s)
    if m:
        head = 1 if m.group(1) in ("a", "an") else _parse_small(m.group(1))
        if head is None:
            return None
        total = head * SCALES[m.group(2)]
        if m.group(3):
            tail = _parse_small(m.group(3))
            if tail is None:
                return None
            total += tail
        return total
    return None


def vague_key(text: str) -> str | None:
    """Normalized vague word: "Dozens" -> "dozens", "a handful" -> "a handful"; None otherwise."""
    s = " ".join(text.strip().lower().split())
    s = re.sub(r"\s+of$", "", s)
    return VAGUE_WORDS.get(s)
