"""Second round of speed shortcuts: each gives what the plain form it replaces gives (invented sentences).

A gate (a literal test on the lowercased text before a regex) must let through every string the regex
matches; a rewritten helper must return what the pattern it replaces returns. Each shortcut is also
checked to be in use (its fingerprint still matches the pattern it was derived from).
"""
import random
import re

import pytest

from pipeline.extract import extractor as X
from pipeline.extract import ages
from pipeline.extract import article_totals
from pipeline.extract import mentions
from pipeline.extract import sentences
from pipeline.extract import summaries
from pipeline.extract import victims
from pipeline.extract import grammar as G
from pipeline.extract import places as P
from pipeline.extract.scan import any_literal, scan_lower, top_alternatives

SENTENCES = [
    "Three days of fighting in the hills has killed 40 people, officials said.",
    "Since the war began in 2011, more than 300,000 people have died.",
    "So far this year, 12 people have been shot in the county.",
    "The conflict, which has killed thousands, entered its fifth year.",
    "Four were hurt Friday in separate shootings across town.",
    "Six people were hurt in shootings around Smithville over the weekend.",
    "The attack came a month after a gunman killed 12 people at a club.",
    "A man was killed Sunday in retaliation for a shooting last week.",
    "Two years earlier, her brother was shot outside the same store.",
    "About 40 children die in accidental shootings each year, nationwide.",
    "Officials released the annual toll of 19 officers killed on duty.",
    "Recent shootings have left residents on edge.",
    "Police said two men were shot and killed late Sunday.",
    "“Three people were killed,” the mayor said — a fourth was wounded.",
    "The café owner was stabbed; ſince then others were injured.",  # a long s: no gate
    "SINCE THE WAR BEGAN, MANY HAVE DIED.",
    "It was the second shooting in the past   two weeks.",
    "Nobody was hurt in the crash on Elm Street.",
    "He was taken off life\nsupport on Tuesday after the deadly shooting.",
    "The man later died at the hospital; another succumbed to his wounds.",
    "A fatal shooting: one victim died from his injuries, a second was declared brain dead.",
    "Police called it a murder-suicide: he shot his wife, then turned the gun on himself.",
    "He killed two neighbors and then shot himself.",
    "An air strike and mortar fire hit the market; a suicide bomber blew himself up nearby.",
    "A gas attack, an IED blast and a knife attack were reported, and fighting went on.",
    "Villagers said raiders set fire to homes in an ambush; the massacre left 30 dead.",
]


def test_summary_scan_gives_the_matches_of_the_pattern():
    examples = G.PATTERNS["SUMMARY"].examples + G.PATTERNS["SUMMARY"].counter_examples
    for s in SENTENCES + list(examples):
        summaries._SUMMARY_LAST = (None, ())
        assert _summary_sig(summaries._summary_matches(s)) == _summary_sig(G.SUMMARY.finditer(s)), s
    # the words do skip: a sentence without any of them is not searched
    assert not any(gate.search("police said two men were shot and killed late sunday.") for gate, _ in summaries._SUMMARY_ALTS)


def _summary_sig(ms):
    return [(m.span(), m.group(0), m.group("fwd"), m.group("roundup")) for m in ms]


def test_summary_alternatives_merge_as_the_alternation():
    """Run alternative by alternative, the matches are those of the whole pattern: leftmost start first, on a tie
    the earlier alternative, the scan going on after each match (overlapping cues, strings of several)."""
    assert summaries._SUMMARY_ALTS is not None, "grammar.SUMMARY changed: re-derive _SUMMARY_ALT_WORDS and the fingerprint"
    pieces = ["three days of fighting", "since the war began", "so far this year", "this year", "two years earlier",
              "in the past two years", "the war has killed", "the crisis that has claimed", "since 2011", "annual tolls",
              "the year's toll", "across the city", "citywide", "in two separate shootings", "shootings across Dayton",
              "in city shootings", "months ago", "in a previous shooting", "recent shootings", "in the wake of",
              "each year", "annually", "nationwide", "across the country", "the shooting came", "retaliation for",
              "over the past 12 hours", "in incidents across", "the attack that followed", "years before that",
              "a", "the", "and", ",", "killed", "Years", "WAR", "in"]
    rnd = random.Random(5)
    texts = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9))) for _ in range(4000)]
    for s in texts + SENTENCES:
        assert _summary_sig(summaries._summary_finditer(s)) == _summary_sig(G.SUMMARY.finditer(s)), s
    assert sum(len(list(G.SUMMARY.finditer(s))) > 1 for s in texts) > 500  # many strings with several matches


@pytest.mark.parametrize("words", [("kill", "killed", "die"), ("a", "ab", "abc", "b"), ("x",), ("day", "days of")])
def test_any_literal_is_any_substring(words):
    rx = any_literal(words)
    rnd = random.Random(7)
    for _ in range(3000):
        s = "".join(rnd.choice("abcxdyklie sof") for _ in range(rnd.randint(0, 12)))
        assert (rx.search(s) is not None) == any(w in s for w in words), s


def test_casualty_scan_is_any_key_substring():
    for s in SENTENCES + [k for k in sentences._CASUALTY_KEYS] + ["nothing here", "bodys", "cut  down", "hit", "hit a"]:
        low = s.lower()
        assert (sentences._CASUALTY_RX.search(low) is not None) == any(k in low for k in sentences._CASUALTY_KEYS), s


def test_whole_text_scans_find_what_search_finds():
    assert victims._LATER_DIED_STARTS is not None and article_totals._FATAL_STARTS is not None, "pattern changed: re-derive its starts"
    texts = SENTENCES + [" ".join(SENTENCES), "non-fatal shooting", "a nonfatal shooting", "the fatal, accidental shooting",
                         "X" + SENTENCES[18], "(declared brain dead)", "He_succumbed", "died  later",
                         "the shootingshooting death", "redeclared brain dead", "a deadlyfatal shooting", "laterdied at a hospital",
                         "Non-fatal shooting, then a fatal one", "TAKEN OFF LIFE SUPPORT"]
    for s in texts:
        low = scan_lower(s)
        for rx, starts in ((mentions._LATER_DIED, victims._LATER_DIED_STARTS), (article_totals._FATAL_EVENT, article_totals._FATAL_STARTS)):
            got, want = sentences._search_at(rx, starts, s, low), rx.search(s)
            assert (got and got.span()) == (want and want.span()), s
        if victims._MURDER_SUICIDE.search(s) and low is not None:
            assert "suicide" in low or "self" in low, s
    # the sentences above do reach the patterns
    assert all(sum(bool(rx.search(s)) for s in SENTENCES) >= 2 for rx in (article_totals._FATAL_EVENT, mentions._LATER_DIED, victims._MURDER_SUICIDE))


def test_prev_word_as_the_pattern():
    def slow(text, s):
        m = P._PREV_WORD.search(text[max(0, s - 40):s])
        return m.group(1) if m else ""
    rnd = random.Random(11)
    alphabet = "ab Z9_.’'-,;\n\t()\"é٣—"
    cases = [("in the town of Smithville", 15), ("said Dr. Jo", 9), ("...", 3), ("", 0), ("of 'Ali-", 8),
             ("words, -- ", 10), ("x" * 60 + " in ", 64)]
    cases += [(t, rnd.randint(0, len(t))) for t in ("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 50)))
                                                    for _ in range(20000))]
    for text, s in cases:
        assert P._prev_word(text, s) == slow(text, s), (text, s)


def test_qualifier_of_as_each_alternative_in_full():
    def slow(words):
        if not words:
            return "exact"
        w = " ".join(words.lower().split())
        for code, alts in G.QUALIFIER_WORDS.items():
            for a in alts:
                if re.fullmatch(a, w):
                    return code
        return "exact"
    words = [a.replace(r"\s+", " ") for alts in G.QUALIFIER_WORDS.values() for a in alts]
    for w in words + ["At  Least", "up to about", "more", "less", "", None, "over over", "some more"]:
        assert G.qualifier_of(w) == slow(w), w


def test_event_type_gates_are_in_use_and_give_the_first_matching_type():
    assert all(g is not None for _, _, g in G._EVENT_GATED), "an event type changed: re-derive its words"

    def slow(s):
        return next((t for t, rx in G._EVENT_RES if rx.search(s)), None)
    for s in SENTENCES + ["Nerve  agents were used.", "A JET flew over.", "Landmines and IEDs", "a sniper",
                          "they were burnt alive", "the clashes", "", "The café was raided."]:
        assert G.event_type_of(s) == slow(s), s
    # each type's pattern holds one of its gate words in every match
    for (t, rx, gate), (_, words) in zip(G._EVENT_GATED, G._EVENT_WORDS.items()):
        for s in SENTENCES:
            for m in rx.finditer(s):
                assert gate.search(m.group(0).lower()), (t, m.group(0))


@pytest.mark.parametrize("pattern", [r"a|b", r"(a|b)|c", r"[|]|x", r"[]|]|y", r"[^]|]|z", r"\|a|b", r"(?P<x>a|[)|])|q",
                                     G.SUMMARY.pattern, G.QUANTITY.pattern])
def test_top_alternatives_split_only_outside_groups_and_classes(pattern):
    alts = top_alternatives(pattern)
    assert "|".join(alts) == pattern
    for a in alts:
        re.compile(a)  # each alternative is a whole pattern
    assert len(alts) == {"a|b": 2, "(a|b)|c": 2, "[|]|x": 2, "[]|]|y": 2, "[^]|]|z": 2, "\\|a|b": 2,
                         "(?P<x>a|[)|])|q": 2, G.SUMMARY.pattern: len(summaries._SUMMARY_ALT_WORDS), G.QUANTITY.pattern: 1}[pattern]


QUANTITY_FORMS = [
    "At a minimum of 5 people were hurt; at least 3 died and at most 4 fled.",
    "As many as 12 and as much as 40; in excess of 300 were displaced.",
    "A dozen, a handful of, a few, a large number and a number of residents; an estimated 40 and an approximate 9.",
    "Not less than 3, no fewer\nthan 4, no less than 5 and no more than 6 were shot.",
    "Close to 20, just under 30, just short of 31, less than 8, more than 9, well over 100 and upwards of 50.",
    "A hundred and twenty, an hundred, a thousand, a million; half a dozen and one dozen.",
    "at a minimum, a minimum of 7; at  a  minimum of 8 (double spaces); A  Dozen",
    "a man, an officer, as he said, in the car, not hurt, at home, no one, up the road, close by, just then.",
]


@pytest.mark.parametrize("name,rx,gate", [
    ("QUANTITY", G.QUANTITY, sentences._QUANTITY_GATE),
    ("ATTACKER_KILLED", G.ATTACKER_KILLED, X._ATTACKER_KILLED_GATE),
    ("ACTIVE_SHOT_OBJECT", G.ACTIVE_SHOT_OBJECT, X._ACTIVE_SHOT_OBJECT_GATE),
])
def test_more_fast_scans_find_what_finditer_finds(name, rx, gate):
    assert gate is not None, f"{name} changed: re-derive its gate and fingerprint"
    pattern = G.PATTERNS[name]
    for s in QUANTITY_FORMS + SENTENCES + list(pattern.examples) + list(pattern.counter_examples) + [
            "Police shot and killed the gunman; a deputy fatally shot the suspect", "Officers SHOT the armed robber.",
            "Retiree shoots neighbor", "who shot a woman", "Stray round hospitalizes teen", "reshot the suspect"]:
        assert [m.span() for m in sentences._finditer(rx, gate, s)] == [m.span() for m in rx.finditer(s)], s


def test_quantity_gate_skips_short_words_that_open_no_figure():
    # "a man", "at home" ... hold no figure: the gate does not stop there, but does before "a dozen", "at least"
    low = QUANTITY_FORMS[-1].lower()
    assert [g.group() for g in sentences._QUANTITY_GATE.finditer(low)] == ["no", "one"]
    assert sentences._QUANTITY_GATE.match("at least") and sentences._QUANTITY_GATE.match("a dozen") and sentences._QUANTITY_GATE.match("in  excess")


def test_age_matches_as_finditer_on_random_strings():
    """Ages are looked for only from anchors: a unit ("-year-old") is tried back across the number written before
    it, a ", 5" across the name before it; random strings of number words, names and punctuation around them."""
    pieces = ["5", "12", "1,200", "1.2", "twenty", "Twenty", "six", "-", " ", "  ", ".", ",", ", ", "and", "a", "an",
              "half", "dozen", "hundred", "one", "forty-two", "year", "years", "-year-old", " years old", "-month-old",
              " days old", "old", "boy", "Jo Roe", "Al", "aged 6", "ages 4", "death.", "x", "_", "’", "(", ")", ";",
              "\n", "of", "Sunday", "in", "٣"]
    rnd = random.Random(3)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(6000)]
    texts += ["Jo Roe, 5, and Al Poe, 6; death.Twenty-six-year-old man", "x,1,200-year-old", "one hundred and two-year-old",
              "half a dozen years old", "Sunday old", "12years old", "5 -year-old"]
    for s in texts:
        assert [m.span() for m in ages._age_matches(s)] == [m.span() for m in G.AGE_MENTION.finditer(s)], s
    assert sum(bool(G.AGE_MENTION.search(s)) for s in texts) > 500


def _all_matches(rx, s):
    return [(m.span(), m.groupdict(), m.groups()) for m in rx.finditer(s)]


@pytest.mark.parametrize("context", [r"\b", r"s?\b", r"", r"['’]s?", r"(?:\s+\w+)?\b", r"\s+(?:was|were)\b"])
@pytest.mark.parametrize("flags", [re.I, 0])
def test_factored_alternation_matches_as_the_plain_one(context, flags):
    """The same matches, and where several words fit at one position the same one preferred (its order)."""
    rnd = random.Random(hash((context, flags)) % 1000)
    letters = "abn"
    for _ in range(150):
        words = ["".join(rnd.choice(letters) for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(1, 8))]
        words += rnd.sample([r"a\s+b", "ab?n", "ba-?n", "(?:n|b)a", "A", "an{1,2}"], 2)
        rnd.shuffle(words)
        plain = "(?:" + "|".join(words) + ")"
        fast = G.factored(plain)
        rx_plain = re.compile(rf"(?P<w>{plain}){context}", flags)
        rx_fast = re.compile(rf"(?P<w>{fast}){context}", flags)
        for _ in range(40):
            s = "".join(rnd.choice(["a", "b", "n", "A", "B", " ", "  ", "-", "'s", "s", " was", "\n"])
                        for _ in range(rnd.randint(0, 12)))
            assert _all_matches(rx_fast, s) == _all_matches(rx_plain, s), (plain, fast, s)


def test_factored_victim_nouns_give_the_plain_matches():
    assert G.PERSON_SINGULAR != G._PERSON_SINGULAR_PLAIN and G.KIN != G._KIN_PLAIN  # the factored forms are in use
    nouns = [a.replace(r"\s+", " ").replace("-?", "-") for a in top_alternatives(G._PERSON_SINGULAR_PLAIN[3:-1])]
    rnd = random.Random(2)
    texts = SENTENCES + [" ".join(rnd.choice(["a", "the", "his", "her", "an", "old", "of", "a", "village", "was", "shot",
                                               "and", "wife", "man", "Manager", "fiancee", "fiance", "elderly", "elder",
                                               *rnd.sample(nouns, 6)])
                                    for _ in range(rnd.randint(2, 12))) for _ in range(3000)]
    for name in ("SINGULAR", "ACTIVE_SHOT_OBJECT", "VICTIM_OF_SHOOTING"):
        rx = G.PATTERNS[name].regex
        plain = re.compile(rx.pattern.replace(G.PERSON_SINGULAR, G._PERSON_SINGULAR_PLAIN).replace(G.KIN, G._KIN_PLAIN),
                           rx.flags)
        assert plain.pattern != rx.pattern
        for s in texts:
            assert _all_matches(rx, s) == _all_matches(plain, s), (name, s)
