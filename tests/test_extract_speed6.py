"""Sixth round of speed shortcuts: each literal gate lets through every string its pattern matches, and a
rewritten helper gives what the plain form it replaces gives (invented sentences and random strings)."""
import random

from pipeline.extract import extractor as E
from pipeline.extract import mentions
from pipeline.extract import sentences
from pipeline.extract import summaries
from pipeline.extract import victims

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
            assert not any(sentences._lacks(s, n) for n in needs), s
    assert hits > 20  # the random strings reach the pattern


def test_named_span_gates():
    _let_through(summaries._NAMED_SPAN, summaries._NAMED_SPAN_UNIT_NEEDS, summaries._NAMED_SPAN_NOUN_NEEDS)
    summaries._NAMED_SPAN_LAST = (None, ())
    assert summaries._long_named_spans("Nine died in the 40-day siege of the city.") == ((17, 29),)
    assert summaries._long_named_spans("Nine died on the first day of the siege.") == ()


def test_police_killer_gate():
    _let_through(victims._POLICE_KILLER, victims._POLICE_KILLER_NEEDS)


LEFT_SENTENCES = [
    "The blast left a man dead and left the boy with serious injuries \u2014 police said.",
    "Deputies found Jo Roe dead in the barn; the \u201cbody\u201d of a woman was found later.",
    "The mob beat a 30-year-old man to death, leaving his wife critically injured.",
    "\u2018The slain officer was a father,\u2019 the chief said.",
    "Police pronounced him dead at the scene.",
    "It leaves the family with no answers\u2026",
]


def _left_texts():
    rng = random.Random(61)
    pieces = PIECES + ["left", "leaving", "leaves", "found", "pronounced", "declared", "dead", "wounded", "with",
                       "injuries", "body", "was", "beat", "stabbed", "a", "man", "Jo", "Roe", "him", "slain", "boy",
                       "\u2014", "\u2018", "\u2026", "\u00e9", "\u017f", "\u00a0", "K"]
    verbs = ["left", "Leaving", "leaves", "found", "Finds", "discovered", "located", "pronounced", "declared", "beat",
             "stabbing", "shot", "a", "the", "his"]
    objs = ["a man", "the boy", "Jo Roe", "him", "her", "a 30-year-old man", "the \u201cslain\u201d officer", "body",
            "a woman\u2019s body", "one", "his son, Jo\u2019s sister and her husband"]
    tails = ["dead", "brain dead", "wounded", "critically injured", "in critical condition", "with serious injuries",
             "with a gunshot wound", "to death", "was found", "had been recovered", "dead\u2014", "\u017fdead",
             "to\u00a0death"]
    made = [rng.choice(("", "Police ", "It ", "\u2014 ")) + rng.choice(verbs) + rng.choice((" ", "  ", " \u2018"))
            + rng.choice(objs) + rng.choice((" ", " ", ", ")) + rng.choice(tails) + rng.choice((".", "", " \u2026"))
            for _ in range(5000)]
    noise = ["".join(rng.choice(pieces) + rng.choice((" ", " ", "", "  ")) for _ in range(rng.randint(2, 12)))
             for _ in range(20000)]
    return LEFT_SENTENCES + made + noise


def test_left_or_body_gates_on_inert_punctuation():
    """_left_or_body gives the plain scans' matches, in their order, on ASCII text, text with curly quotes and
    dashes, and text with other non-ASCII characters (the plain scans)."""
    found = 0
    for s in _left_texts():
        plain = [(m.re.pattern, m.span()) for rx in (victims._LEFT_DEAD, victims._LEFT_HURT, victims._LEFT_WITH_HURT, victims._BODY_FOUND,
                                                    victims._TO_DEATH_SING) for m in rx.finditer(s)]
        assert [(m.re.pattern, m.span()) for m in victims._left_or_body(s)] == plain, s
        found += bool(plain)
    assert found > 100


def test_ordinal_tests_are_the_plain_ones():
    for s in TEXTS + ["a 2nd man", "the 4th", "fifthly", " sixth ", "sixth", "a tenth victim"]:
        low = s.lower()
        assert victims._HAS_ORDINAL(low) == any(w in low for w in E.G.ORDINAL_COUNT)
        assert bool(victims._HAS_SPACED_ORDINAL(low)) == any(f" {o} " in low for o in E.G.ORDINAL_COUNT)


def test_shot_objects_are_the_plain_scan():
    rng = random.Random(62)
    pieces = ["shot", "Shot", "shoot", "shots", "was", "were", "got", "he", "him", "her", "his", "wife", "a", "man",
              "Jo", "Roe", "in", "the", "hip", "twice", "and", "\u2019s", "own", "son", "-", ",", "\u00e9", "shotshot"]
    texts = TEXTS + ["He shot his wife in the hip, then shot Jo Roe twice in the leg.", "was shot him", "shot him"]
    texts += ["".join(rng.choice(pieces) + rng.choice((" ", " ", "", "  ", "\n")) for _ in range(rng.randint(1, 10)))
              for _ in range(20000)]
    found = 0
    assert victims._SHOT_OBJECT_AT
    for s in texts:
        plain = [m.span() for m in victims._SHOT_OBJECT.finditer(s)]
        assert [m.span() for m in victims._shot_objects(s)] == plain, s
        found += bool(plain)
    assert found > 100


def test_police_killer_search_is_the_plain_search():
    rng = random.Random(63)
    pieces = PIECES + ["gunned", "down", "shoot-out", "gunfight", "gun", "battle", "exchange", "of", "gunfire",
                       "firefight", "federal", "trooper", "deputy", "SWAT", "unit", "begun", "slain", "an", "\u00e9",
                       "\u017f", "K", "Shot", "Killed"]
    texts = TEXTS + ["".join(rng.choice(pieces) + rng.choice((" ", " ", "", "  ", "\n"))
                             for _ in range(rng.randint(2, 14))) for _ in range(20000)]
    assert victims._POLICE_KILLER_STARTS is not None
    found = 0
    for s in texts:
        plain = victims._POLICE_KILLER.search(s)
        got = victims._police_killer(s)
        assert (got and (got.span(), got.groups())) == (plain and (plain.span(), plain.groups())), s
        found += plain is not None
    assert found > 300


def test_cumulative_verb_test_is_the_plain_one():
    for s in TEXTS + ["bringing the toll", "raising it", "Took", "pushed", "lifted", "taken", "brought"]:
        low = s.lower()
        assert mentions._HAS_CUMULATIVE_VERB(low) == any(v in low for v in mentions._CUMULATIVE_VERBS)


def test_summary_words_scan_holds_every_alternative_word():
    """A sentence that the one scan finds no summary word in passes no alternative's own test."""
    rng = random.Random(64)
    words = [w for ws in summaries._SUMMARY_ALT_WORDS for w in ws]
    texts = TEXTS + [" ".join(rng.choice(words + PIECES) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    for s in texts:
        low = s.lower()
        assert bool(summaries._SUMMARY_ANY(low)) == any(has(low) for has in summaries._SUMMARY_HAS)
