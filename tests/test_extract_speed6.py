"""Sixth round of speed shortcuts: each literal gate lets through every string its pattern matches, and a
rewritten helper gives what the plain form it replaces gives (invented sentences and random strings)."""
import random

from pipeline.extract import extractor as E

SENTENCES = [
    "The 40-day siege of the town left nine people dead, the army said.",
    "Two died in a two-month offensive; a year-long war followed.",
    "A man was killed on Sunday, a day after a week of clashes.",
    "Three weeks of fighting killed 12 in the district.",
    "The three-day operation ended on Friday with no deaths.",
    "A gunman killed two before officers returned fire, killing him.",
    "The suspect was shot and killed by sheriff's deputies after a chase.",
    "A shootout with police left one man dead.",
    "Police fired back, striking the driver in the arm.",
    "Federal agents shot him near the station.",
    "One worker was killed and another hurt; a third person has died.",
    "The other victim was wounded, a second man was shot.",
    "Nothing happened here on Tuesday.",
    "A SWAT team fatally shot the man, police said.",
    "He was beaten to death by a mob, the official said \u2014 \u201cdead\u201d.",
]

PIECES = ["the", "a", "40-day", "two", "month", "-long", "year", "day", "week", "s", "siege", "war", "fighting",
          "clashes", "unrest", "killed", "shot", "by", "police", "officers", "deputies", "SWAT", "agents", "team",
          "who", "then", "fired", "back", "returned", "fire", "shootout", "with", "former", "ex-", "retired",
          "another", "other", "third", "second", "hurt", "wounded", "died", "has", "person", "one", "and", ",",
          ".", "-", " ", "\n", "\u2019", "\u201c", "Day", "WAR", "Police", "Officer", "dead", "death", "to"]


def _random_texts(n, seed):
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", " ", "  ", "-")) for _ in range(rng.randint(1, 16)))
            for _ in range(n)]


TEXTS = SENTENCES + _random_texts(20000, 6)


def _let_through(rx, *needs):
    """Every string ``rx`` finds something in passes each gate in ``needs``; the gates are on (fingerprints)."""
    assert all(n is not None for n in needs)
    hits = 0
    for s in TEXTS:
        if rx.search(s):
            hits += 1
            assert not any(E._lacks(s, n) for n in needs), s
    assert hits > 20  # the random strings reach the pattern


def test_named_span_gates():
    _let_through(E._NAMED_SPAN, E._NAMED_SPAN_UNIT_NEEDS, E._NAMED_SPAN_NOUN_NEEDS)
    E._NAMED_SPAN_LAST = (None, ())
    assert E._long_named_spans("Nine died in the 40-day siege of the city.") == ((17, 29),)
    assert E._long_named_spans("Nine died on the first day of the siege.") == ()


def test_police_killer_gate():
    _let_through(E._POLICE_KILLER, E._POLICE_KILLER_NEEDS)
