"""Fourth round of speed shortcuts: each gives what the plain form it replaces gives (invented sentences and
random strings).

A gate (a cheap test before a regex) must let through every string the regex matches; a rewritten helper must
return what the code it replaces returns (kept here as the reference). Each shortcut is also checked to be in
use (its fingerprint still matches the pattern it was derived from).
"""
import random

import pytest

from pipeline.extract import extractor as X
from pipeline.extract import ages
from pipeline.extract import article_dates
from pipeline.extract import article_totals
from pipeline.extract import mentions
from pipeline.extract import sentences
from pipeline.extract import summaries
from pipeline.extract import victims
from pipeline.extract import grammar as G

SENTENCES = [
    "The death toll rose to 14 on Sunday, officials said.",
    "Toll in the market blast climbs to 9",
    "Bringing the overall death toll to 31, the ministry said.",
    "The number of dead has risen to 7 and the number of injured rose to 20.",
    "The injury count stood at 12 by the evening.",
    "The casualty figure was 40.",
    "Five people were killed and 14 others wounded when gunmen opened fire.",
    "Three soldiers died; two civilians, including a girl, were hurt.",
    "Two men who had been detained have been executed, a monitor said.",
    "Nine villagers were burned to death and four were left injured.",
    "Four officers sustained minor injuries, and one was hospitalized.",
    "Six were struck in the legs; two others were hit by stray bullets.",
    "Eleven people were shot at a party, three of them fatally.",
    "Twelve pilgrims drowned and 30 are missing.",
    "Two workers were electrocuted; a third was pronounced dead at the scene.",
    "The officers, two of whom were grazed, were treated for cuts.",
    "Seven houses were burned and 40 cars were set alight.",
    "The dıstrict toll — dead: 5 — İnjured: 3, the NUMBER OF WOUNDED Rose to 8.",  # re.I matches "ı"/"İ" to "i"
    "“Three were wounded,” she said — an OLD man was shot in the leg.",
    "The gunman shot two neighbors and then turned the gun on himself.",
    "She took her own life; the wound was self-inflicted, and he died by suicide.",
    "Police identified the deceased man as Jo Roe, 31, and the slain officer was named as Al Poe.",
    "The two people who died in the shooting were identified Sunday as: Jo Roe; Al Poe.",
    "A driver who lost control and crashed was killed; another man died of a heart attack.",
    "A bullet that went through her arm struck the driver; a round tore into Jo Roe's chest.",
    "Police called it a double shooting, not a triple homicide or a double murder-suicide.",
    "Four people were shot, among them two boys, most of them teens, the majority of whom were hit by a 15-year-old boy.",
    "The suspect, 19, was arrested; a 10-year-old accidentally shot his brother, and the 6-year-old fired at Jo.",
    "A deputy fatally shot the suspect after police shot and killed the lone gunman and wounded the robber.",
    "Nothing happened here.",
]

_PIECES = ["the", "death", "toll", "Toll", "TOLL", "count", "figure", "number", "of", "dead", "injured", "injury",
           "rose", "to", "has", "risen", "at", "stood", "people", "others", "civilians", "were", "was", "have", "been",
           "killed", "KILLED", "kill", "died", "wounded", "shot", "hurt", "hit", "struck", "by", "stray", "bullets",
           "in", "his", "leg", "burned", "to death", "set", "alight", "left", "sustained", "minor", "injuries",
           "hospitalized", "treated", "for", "who", "had", "detained", ",", ".", ";", ":", "—", "(", ")", "and",
           "including", "a", "girl", "dıed", "İnjured", "ſhot", "Kılled", "\u212aILLED", "fatally", "later", "all",
           "\n", "  ", "3", "12", "twelve", "mown", "down", "pronounced", "deceased", "lost", "their", "lives",
           "himself", "herſelf", "HERSELF", "turned", "the gun", "rifle", "on", "took", "own", "life", "self-inflicted",
           "committed", "suicide", "by", "shooting", "kills", "using", "wound",
           "crash", "crashed", "heart attack", "heart", "drowning", "drowned", "lost control", "losing control", "illneſs",
           "identified", "named", "as", "the deceased", "slain", "who died", "instantly", "on the spot", "spot",
           "initially", "Immediately", "IDENTIFIED", "nameD",
           "bullet", "round", "that", "went", "passed", "tore", "through", "into", "her", "arm", "Jo Roe's", "chest",
           "double", "Triple", "quadruple", "homicide", "shooting", "double-shooting", "murder-suicide",
           "among them", "among the dead", "of whom", "most of them", "many of them", "which included", "including",
           "the majority", "the victims", "include", "were", "at least", "shot by", "suspect", "gunman", "arrested",
           "his", "fired", "accidentally", "a", "another", "brother", "Monday", "Jo", "then", "police",
           "shot and killed", "shot dead", "fatally shot", "gunned down", "the armed", "the lone", "shooter", "attacker",
           "assailant", "intruder", "robber", "carjacker", "SUSPECT", "ſuspect", "the suspect",
           "along with", "together with", "alongside", "with", "WITH", "wıth", "along"]


def _random_texts(pieces, n, seed, max_words=12):
    rnd = random.Random(seed)
    return [rnd.choice(["", " ", "  "]) + " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, max_words)))
            + rnd.choice(["", " ", "  ", "\n"]) for _ in range(n)]


def _same_match(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groupdict() == b.groupdict())


_TOLL_HEADS = ["the death toll", "Death toll", "toll", "The TOLL", "the casualty figure", "number of dead",
               "number of injured", "injury toll", "injured count", "bringing the toll", "raising the death toll",
               "number of wounded", "the count", "İnjury toll", "the dıstrict toll", "—"]
_TOLL_TAILS = ["has", "rose", "risen", "to", "at", "stood", "climbs", "reached", "now", "been", "of", "in", "from",
               "the", "city", "Paris", "was", "is"]


def _toll_texts(n, seed):
    """Texts shaped like the words before a toll's figure ("the death toll has risen to ")."""
    rnd = random.Random(seed)
    return [" ".join([rnd.choice(_PIECES) for _ in range(rnd.randint(0, 3))] + [rnd.choice(_TOLL_HEADS)]
                     + [rnd.choice(_TOLL_TAILS) for _ in range(rnd.randint(1, 4))]) + rnd.choice([" ", "  ", "", "\n"])
            for _ in range(n)]


def _texts(examples):
    texts = SENTENCES + _random_texts(_PIECES, 6000, 4) + _toll_texts(3000, 5) + list(examples)
    # every suffix and prefix of the invented sentences (the patterns are read after and before a figure)
    for s in SENTENCES:
        for i in range(0, len(s), 3):
            texts += [s[i:], s[:i], " " + s[i:]]
    return texts


_GATED = [
    ("TOLL_BEFORE", G.TOLL_BEFORE, mentions._TOLL_NEEDS, sentences._search_if),
    ("INJURY_TOLL_BEFORE", G.INJURY_TOLL_BEFORE, mentions._INJURY_TOLL_NEEDS, sentences._search_if),
    ("PASSIVE_AFTER", G.PASSIVE_AFTER, mentions._PASSIVE_AFTER_NEEDS, sentences._match_if),
    ("_SELF_DEATH", victims._SELF_DEATH, victims._SELF_DEATH_NEEDS, sentences._search_if),
    ("_RN_OTHER_CAUSE", article_totals._RN_OTHER_CAUSE, article_totals._RN_OTHER_CAUSE_NEEDS, sentences._search_if),
    ("_RN_IDENTIFIED", article_totals._RN_IDENTIFIED, article_totals._RN_IDENTIFIED_NEEDS, sentences._search_if),
    ("_AT_ONCE", article_totals._AT_ONCE, article_totals._AT_ONCE_NEEDS, sentences._search_if),
    ("SUBSET_BEFORE", G.SUBSET_BEFORE, mentions._SUBSET_NEEDS, sentences._search_if),
    ("TUPLE_SHOOTING", G.TUPLE_SHOOTING, mentions._TUPLE_NEEDS, sentences._search_if),
    ("AGENT_AGE_CONTEXT", G.AGENT_AGE_CONTEXT, mentions._AGENT_AGE_NEEDS, sentences._search_if),
    ("_SHOOTER_AFTER", ages._SHOOTER_AFTER, ages._SHOOTER_AFTER_NEEDS, sentences._match_if),
    ("_BULLET_PATH", victims._BULLET_PATH, victims._BULLET_PATH_NEEDS, sentences._search_if),
    ("ATTACKER_KILLED", G.ATTACKER_KILLED, X._ATTACKER_KILLED_NEEDS, sentences._search_if),
    ("_ALONG_WITH", mentions._ALONG_WITH, mentions._ALONG_WITH_NEEDS, sentences._search_if),
]


@pytest.mark.parametrize("name,rx,needs,gated", _GATED, ids=[g[0] for g in _GATED])
def test_literal_gate_gives_what_the_pattern_gives(name, rx, needs, gated):
    assert needs is not None, f"{name} changed: re-derive the words of its gate and its fingerprint"
    pattern = G.PATTERNS.get(name)
    plain = rx.search if gated is sentences._search_if else rx.match
    hits = 0
    for text in _texts(pattern.examples + pattern.counter_examples if pattern else ()):
        got, want = gated(rx, needs, text), plain(text)
        assert _same_match(got, want), (name, text)
        hits += want is not None
    assert hits > 20  # the texts exercise the pattern


def test_literal_gate_rejects_text_without_its_words():
    assert sentences._search_if(G.TOLL_BEFORE, mentions._TOLL_NEEDS, "the sheriff said at ") is None
    assert sentences._match_if(G.PASSIVE_AFTER, mentions._PASSIVE_AFTER_NEEDS, " people were evacuated") is None
    assert sentences._match_if(G.PASSIVE_AFTER, mentions._PASSIVE_AFTER_NEEDS, " people were killed") is not None


_DATE_PIECES = ["Jan.", "jan", "JANUARY", "Feb", "March", "mar.", "May", "june", "Sept.", "sep", "Oct", "nov", "Dec.",
                "December", "Decembers", "of", "on", "the", "3", "19", "2013", "4/9", "4 / 9", "2017-04-09", "17-04-9",
                "1-22-3", "Monday", "Jan.19", "5th", "jAN", "ſept.", "\u212a", "İan", "Mayor", "Marcus", "maybe", "dec",
                "-", "/", ",", ".", "\n", "  ", "\u2014", "\u201c", "x3", "٣", "Mar\u00b719"]


def test_calendar_date_test_as_the_pattern():
    assert article_dates._CALENDAR_DATE_PARTS is not None, "_CALENDAR_DATE changed: re-derive its parts and fingerprint"
    texts = SENTENCES + _random_texts(_DATE_PIECES, 8000, 6, max_words=6) + [
        "The girl was shot Jan. 19 and died March 2, 2013.", "On 4 of July", "on 12/3", "the 2017-04-09 report",
        "On Sunday, police said.", "It was in DECEMBER 2016", "the decem 5", "Ɱar 5"]
    hits = 0
    for text in texts:
        want = article_dates._CALENDAR_DATE.search(text) is not None
        assert article_dates._has_calendar_date(text) == want, text
        hits += want
    assert 1000 < hits < len(texts) - 1000


_ACTIVE_PIECES = ["beaten", "to", "death", "hacked", "stabbed", "burned", "burnt", "clubbed", "shooting", "and",
                  "beating", "deaths", "of", "the", "a", "total", "killing", "killed", "wounded", "leaving", "at", "least",
                  "mass", "executions", "bodies", "unkilled", "overstabbed", "deathly", "deathof", "upshot", "police",
                  "said", "sadly", "hunted", "_starved", "x", "4", ",", ".", "-", "  ", "\n", "Death", "TO", "DEATH",
                  "Tortured", "bludgeoning", "injuries", "to", "claimed", "lives", "him", "herself", "another",
                  "\u201c", "\u201d", "\u2014", "\u2019s", "café", "kılled", "ſhot", "Éxecuted", "dеath"]


def test_active_before_gives_the_leftmost_match():
    texts = SENTENCES + _random_texts(_ACTIVE_PIECES, 12000, 7, max_words=9) + [
        "a man was beaten to death and another hacked to death, leaving ",
        "the mob overstabbed to death ", "he said the gang tortured and starved to death ",
        "deaths of ", "were burnt to death, killing at least ", "sadly death ", "bludgeoning to death "]
    texts += [t + " " for t in texts]
    hits = deaths = 0
    for text in texts:
        want = G.ACTIVE_BEFORE.search(text)
        assert _same_match(sentences._active_before(text), want), text
        hits += want is not None
        deaths += want is not None and "death" in text.lower()
    assert deaths > 200 and hits < len(texts) - 1000


def test_summary_substring_tests_answer_as_the_gates():
    words = sorted({w for ws in summaries._SUMMARY_ALT_WORDS for w in ws})
    texts = [s.lower() for s in SENTENCES] + _random_texts(words + ["yea", "sinc", "s", "'", "acros", "war's"], 4000, 8,
                                                           max_words=4)
    assert len(summaries._SUMMARY_HAS) == len(summaries._SUMMARY_ALTS)
    for text in texts:
        assert [bool(has(text)) for has in summaries._SUMMARY_HAS] == [gate.search(text) is not None
                                                              for gate, _ in summaries._SUMMARY_ALTS], text


def test_substring_tests_answer_as_the_literal_scans():
    """The ``in`` tests that replace literal scans (scan.any_literal) give the same answers."""
    event_words = sorted({w for ws in G._EVENT_WORDS.values() for w in ws})
    assert all(h is not None for h in G._EVENT_HAS), "an event type changed: re-derive its words"
    for text in [s.lower() for s in SENTENCES] + _random_texts(event_words + ["bom", "x", "air-"], 3000, 11, max_words=3):
        assert [bool(h(text)) for h in G._EVENT_HAS] == [g.search(text) is not None for _, _, g in G._EVENT_GATED], text


def test_other_story_lines_hold_a_colon_or_related():
    assert X._OTHER_STORY_GATED, "_OTHER_STORY changed: re-derive its literal test and fingerprint"
    pieces = ["RELATED", "Related", "READ MORE", "MORE", "LIVE", "See Also", "stories", "Two", "killed", ":", " : ",
              "2:14", "|", "-", "—", "12", "Man", "charged", "in", "double", "murder", "related", "ARTICLES", "\n"]
    hits = 0
    for text in _random_texts(pieces, 6000, 12, max_words=8) + SENTENCES:
        m = X._OTHER_STORY.match(text)
        hits += m is not None
        assert m is None or ":" in text or "RELATED" in text or "Related" in text, text
    assert hits > 50


def test_not_casualty_before_as_the_pattern():
    assert sentences._NOT_CASUALTY_BEFORE_OK, "grammar.NOT_CASUALTY_BEFORE changed: re-derive its end words and fingerprint"
    pieces = ["aged", "age", "ages", "of", "the", "mother", "Mother", "grandfather", "$", "US$", "#", "No.", "no", "nos",
              "number", "Route", "in", "on", "at", "since", "January", "Jan.", "sept", "page", "block", "km", "version",
              "killing", "wounded", "people", "a", "xno", "son", "about", "(no", "\t", "\n", "  ", ".", "..", "€", "",
              "between", "flight", "Highway", "by", "from", "until", "count", "kno", "bYo"]
    texts = _random_texts(pieces, 20000, 13, max_words=6) + SENTENCES + ["mother \t of  ", "ages of", "of", " of ."]
    hits = 0
    for text in texts:
        want = G.NOT_CASUALTY_BEFORE.search(text) is not None
        assert sentences._not_casualty_before(text) == want, repr(text)
        hits += want
    assert 3000 < hits < len(texts) - 3000


def test_year_old_search_as_the_pattern():
    assert mentions._YEAR_OLD_GATED, "_YEAR_OLD changed: re-derive its gate and fingerprint"
    pieces = ["5", "15-year-old", "five-year-old", "a", "boy", "year", "years", "old", "OLD", "Old", "-", " ", "month",
              "6-month-old", "twenty-two", "years old", "oLd", "ołd", "gold", "bold", "weeks", "days-old", "\u201c", "ſ"]
    hits = 0
    for text in _random_texts(pieces, 8000, 14, max_words=6) + SENTENCES:
        got, want = mentions._year_old(text), mentions._YEAR_OLD.search(text)
        assert _same_match(got, want), text
        hits += want is not None
    assert hits > 1000


def test_quantity_scan_with_the_lookbehind_finds_what_finditer_finds():
    assert sentences._QUANTITY_GATE.pattern.startswith("(?<!["), "grammar.QUANTITY no longer opens with its lookbehind"
    pieces = ["1,000", "$5", "a5", "5th", "-3", "3", "12", "two", "twenty-two", "at least", "more than", "about", "a dozen",
              "dozens", "of", "people", "were", "killed", "1.5", "4/5", "10:30", "£20", "€3", "no", "one", "ten", "x2",
              "half", "a", "few", "nearly", "over", "\u2014", "\u201c", "(7)", "_8", "and", "between", "hundreds"]
    hits = 0
    for text in _random_texts(pieces, 8000, 15, max_words=8) + SENTENCES:
        want = [(m.span(), m.groupdict()) for m in G.QUANTITY.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in sentences._finditer(G.QUANTITY, sentences._QUANTITY_GATE, text)] == want, text
        hits += len(want)
    assert hits > 10000
