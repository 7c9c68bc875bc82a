"""The extractor's shortcuts give what the plain code gives (invented sentences).

Each speed-up (fast literal scans, gates before regexes, the claims copy) is compared with the
slow form it replaces, on inputs chosen to sit at the edges of the shortcut.
"""
import dataclasses
import re
import typing
from datetime import date

import pytest

from pipeline.extract import extractor as X
from pipeline.extract import claim
from pipeline.extract import sentences
from pipeline.extract import victims
from pipeline.extract import places as P
from pipeline.extract.numbers import parse_number
from pipeline.extract.scan import scan_lower

SENTENCES = [
    "Police said two men were shot and killed late Sunday.",
    "“Three people were killed,” the mayor said — a fourth was wounded.",
    "A 17-year-old boy was found shot to death; another man was hurt.",
    "Gunmen killed a village chief and his wife, officials said’s report noted.",
    "At least 12 were wounded – some of them critically – in the blast.",
    "The café owner was stabbed; ſeveral others were injured.",  # a long s: no fast scan
    "KILLED: a man was shot by an officer, who was not hurt.",
    "Dozens of civilians were killed and ٣ soldiers wounded.",  # an Arabic-Indic digit
    "He died in hospital. Nobody else was hurt…",
]
GATED = [("QUANTITY", X.G.QUANTITY, sentences._QUANTITY_GATE), ("SINGULAR", X.G.SINGULAR, sentences._SINGULAR_GATE),
         ("_SING_VERB", victims._SING_VERB, victims._SING_VERB_GATE), ("_ACTIVE_SING", victims._ACTIVE_SING, victims._ACTIVE_SING_GATE)]


@pytest.mark.parametrize("name,rx,gate", GATED, ids=[g[0] for g in GATED])
def test_fast_scan_finds_what_finditer_finds(name, rx, gate):
    for s in SENTENCES:
        assert [m.span() for m in sentences._finditer(rx, gate, s)] == [m.span() for m in rx.finditer(s)], s


def test_scan_lower_only_where_lowercasing_keeps_offsets_and_case_matches():
    assert scan_lower("He said “Two” — it’s over…") == "he said “two” — it’s over…"
    assert scan_lower("ASCII only") == "ascii only"
    # a long s and the Kelvin sign match "s"/"k" under re.IGNORECASE; "İ" lowercases to two characters;
    # letters and digits outside ASCII are left to the plain scan
    for s in ("ſhot", "\u212aill", "\u0130stanbul", "café", "٣ killed", "a\u00a0b"):
        assert scan_lower(s) is None, s


def test_claims_copy_is_a_deep_copy():
    claims = X.extract_claims("Four people were shot on Friday, one of them fatally, police said.",
                              published_at=date(2017, 3, 4))
    assert claims
    copied = X._copy_claims(claims)
    assert copied == claims and all(a is not b for a, b in zip(copied, claims))
    # the copy is deep only while every field holds an immutable value
    immutable = {int, float, bool, str, date, type(None)}
    for f in dataclasses.fields(claim.Claim):
        hint = typing.get_type_hints(claim.Claim)[f.name]
        args = set(typing.get_args(hint)) or {hint}
        assert args <= immutable, f"Claim.{f.name} may hold a mutable value: _copy_claims must copy it"


@pytest.mark.parametrize("text", [
    "Shots in Ohio and New York; NewJersey is one word, XWest Virginia too, West Virginia twice: West Virginia.",
    "North Carolina and South Carolina, Kansas City, Kansas, and Ohioan voters.",
    "_Texas and Texas",
])
def test_state_names_as_the_word_bounded_pattern(text):
    P._text_states("")  # compiles the patterns
    assert P._state_names(text) == [m.group() for m in P._STATE_NAMES.finditer(text)]


@pytest.mark.parametrize("text", [
    "Officers from the (KXYZ-TV) newsroom.", "in the 300 block of Elm", "said the County Coroner",
    "in Smithville, TN on Monday", "Smithville, TN.", "in Orleans Parish", "a Sheriff's deputy", "the sheriff",
    "Metro Police Department", "(AP) —", "near Macon", "nothing American here", "Paris, France",
])
def test_us_signal_as_the_pattern(text):
    assert P._us_signal(text) == bool(P._US_SIGNAL.search(text))


def _seq_countries_reference(seq):
    """_seq_countries as it was, trying every phrase of up to four words."""
    idx = P._index()
    ccs, words, i = [], seq.split(), 0
    while i < len(words):
        step = 1
        if not P._ctx_may_start(words[i]):
            i += 1
            continue
        for j in range(min(len(words), i + 4), i, -1):
            ph = P._strip_poss(" ".join(words[i:j]).rstrip(".,"))
            cc = P._DEMONYMS.get(ph.lower())
            if cc:
                ccs.append(cc)
                step = j - i
                break
            ents = idx.get(P._fold(ph))
            if not ents:
                continue
            step = j - i
            hit = None
            for e in ents:
                if e.kind == "country" or (e.kind == "admin" and e.cc == "US" and e.pop > 0) or \
                        (e.pop == 10**7 and e.cc) or (e.primary and e.pop >= 1_000_000 and P._fold(ph) not in P._STOP):
                    if hit is None or e.kind == "country":
                        hit = e
            if hit is not None and hit.cc and not (hit.kind == "country" and any(
                    e.kind == "admin" and e.cc == "US" and e.pop > 0 for e in ents)):
                ccs.append(hit.cc)
            break
        i += step
    return tuple(ccs)


@pytest.mark.parametrize("seq", [
    "South Sudanese", "South Sudan's", "Democratic Republic of the Congo", "New York City", "Al-Qaeda",
    "Saint Louis", "St. Louis", "United States Army", "Central African Republic", "Georgia",
    "Sri Lankan Tamil", "Kurdish Syrian", "Ivory Coast.", "Mr Smith of Kabul",
])
def test_context_countries_skip_only_phrases_that_cannot_match(seq):
    P._seq_countries.cache_clear()
    assert P._seq_countries(seq) == _seq_countries_reference(seq)


@pytest.mark.parametrize("text", ["12", "007", "999999999999999", "12345678901234567890", "1,200", "1.5"])
def test_digits_parse_as_the_digits_pattern(text):
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", text)
    expected = None if "." in text else int(round(float(m.group(1).replace(",", ""))))
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "Gen. Lee spoke. Approx. 5 died.", "The U.S. Army said. Then A.B.C. left.", "He was killed.Police came.",
    "It ended! Why? Mr. Doe knows.", "A man was shot in Washington, D.C. on Friday.",
])
def test_sentences_split_as_with_the_abbreviation_pattern_everywhere(text):
    spans, start = [], 0
    for m in sentences._BOUNDARY_FAST.finditer(text):
        if m.group(0)[0] != "\n" and sentences._ABBREV.search(text[max(start, m.start() - 12):m.start() + 1]):
            continue
        spans.append((start, m.end() if m.group(0)[0] != "\n" else m.start()))
        start = m.end()
    spans.append((start, len(text)))
    expected = []
    for s, e in spans:
        seg = text[s:e]
        s, e = s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())
        if e > s:
            expected.append((s, e))
    assert sentences.split_sentences(text) == expected
