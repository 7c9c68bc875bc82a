"""The one table of qualifier and vague-word conventions.

Every casualty figure is recorded three ways:

* ``count_low``  – the smallest number the wording supports (conservative bound);
* ``count_high`` – the largest number it supports; ``None`` means open-ended;
* ``count_point`` – the single value a careful coder records for the article.

This mirrors UCDP, which publishes a *low*, a *best* and a *high* estimate per event:
the low estimate is the conservative sum of reliable reports, the best the most
reliable figure, the high the sum of the highest credible reports. Our
``count_point`` plays the role of UCDP's *best*.

Vague words (no numeral). ACLED's codebook (as we remember it; check the current
edition before quoting it) records a fixed stand-in when a report gives no number:
"several"/"many"/"a few" fatalities -> 10, "dozens" -> 12, "hundreds" -> 100.
Those stand-ins are chosen to make event totals usable, not to be lower bounds.
We instead take the *smallest value the word literally implies*
("dozens" means at least two dozen -> 24; "several" at least 3; "scores" at least
two score -> 40; "hundreds" at least 200) and record it as both low and point, so a
vague report never inflates a total; the high bound is the next order of magnitude
minus one (open-ended words such as "many" have no high bound).

Qualifiers, decided with the WAD development split (coders' figures):

* exact ("five people were killed"): low = high = point = n.
* at_least ("at least 5"): low 5, high open, point 5.
* more_than ("more than 20", "over 20"): strictly this means >= 21, but in news
  usage "more than N" marks a rounded floor, and coders record N: on the WAD dev
  split every "more than/over N" figure that equals the gold figure equals N, none
  N + 1 (e.g. "Over 20 people were killed" -> 20; "over 78 others injured" -> 78).
  We therefore record low = N, high open, point = N (the floor as written).
* nearly ("nearly 700", "almost 700"): the true value is just under the round
  figure. Point = N (coders record the figure as reported; UCDP's best follows the
  report), high = N, low = floor(0.9 N) (one rounding step below).
* about ("about", "around", "some", "approximately", "roughly", "an estimated"):
  point = N, low = floor(0.9 N), high = ceil(1.1 N).
* up_to ("up to", "as many as"): a ceiling. Point = N (coders record the reported
  ceiling; "as many as 50" -> 50 on WAD), high = N, low = 1 (only that someone was hit).
* range ("between 10 and 15", "10-15"): low = X, high = Y, point = X (the
  conservative end, UCDP's low; a coder who must choose one number records X).
* vague: see ``VAGUE`` below; reported_value is None.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

QUALIFIERS = ("exact", "at_least", "more_than", "nearly", "about", "up_to", "range", "vague")


@dataclass(frozen=True)
class Bounds:
    low: int | None
    high: int | None
    point: int | None


#: vague word -> (low, high, point). high None = open-ended.
VAGUE: dict[str, tuple[int, int | None, int]] = {
    "a few": (2, 5, 2),
    "some": (2, None, 2),
    "a handful": (3, 5, 3),
    "several": (3, 9, 3),
    "a number": (2, None, 2),
    "many": (2, None, 2),
    "a dozen": (10, 14, 12),
    "dozens": (24, 99, 24),
    "scores": (40, 199, 40),
    "hundreds": (200, 999, 200),
    "thousands": (2000, 9999, 2000),
    "tens of thousands": (20000, 99999, 20000),
    "hundreds of thousands": (200000, 999999, 200000),
}

# exact tenths: with floats, 1.1 * 2800 is 3080.0000000000005 and its ceiling 3081
_TENTHS_9, _TENTHS_11 = Fraction(9, 10), Fraction(11, 10)


def bounds(qualifier: str, value: int | None = None, high_value: int | None = None,
           vague_word: str | None = None) -> Bounds:
    """Bounds for a figure. ``value`` is the number as written (None for vague words).

    >>> bounds("at_least", 5)
    Bounds(low=5, high=None, point=5)
    >>> bounds("nearly", 700)
    Bounds(low=630, high=700, point=700)
    >>> bounds("range", 10, 15)
    Bounds(low=10, high=15, point=10)
    >>> bounds("vague", vague_word="dozens")
    Bounds(low=24, high=99, point=24)
    """
    if qualifier == "vague":
        lo, hi, pt = VAGUE.get(vague_word or "", (2, None, 2))
        return Bounds(lo, hi, pt)
    if value is None:
        return Bounds(None, None, None)
    n = value
    if qualifier == "exact":
        return Bounds(n, n, n)
    if qualifier in ("at_least", "more_than"):
        return Bounds(n, None, n)
    if qualifier == "nearly":
        return Bounds(max(1, math.floor(_TENTHS_9 * n)) if n else 0, n, n)
    if qualifier == "about":
        return Bounds(math.floor(_TENTHS_9 * n), math.ceil(_TENTHS_11 * n), n)
    if qualifier == "up_to":
        return Bounds(min(1, n), n, n)
    if qualifier == "range":
        hi = high_value if high_value is not None else n
        return Bounds(min(n, hi), max(n, hi), min(n, hi))
    raise ValueError(f"unknown qualifier {qualifier!r}")
