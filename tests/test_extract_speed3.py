"""Third round of speed shortcuts: each gives what the plain form it replaces gives (invented sentences and
random strings).

A gate (a cheap test before a regex) must let through every string the regex matches; a rewritten helper must
return what the code it replaces returns (kept here as the reference). Each shortcut is also checked to be in
use (its fingerprint still matches the pattern it was derived from).
"""
import random
import re

import pytest
from pipeline.extract import article_totals
from pipeline.extract import mentions
from pipeline.extract import sentences
from pipeline.extract import victims
from pipeline.extract import places as P
from pipeline.extract import scan

SENTENCES = [
    "Gunmen attacked the village of Tamsa in the north, killing 12 people.",
    "The town of Smithville was quiet on Sunday after the shooting.",
    "Residents of the Syrian border town of Kobani fled the fighting.",
    "A dozen homes in the al-Hamra neighbourhood of Aleppo were hit.",
    "He is a member of the city council and a father of three.",
    "Troops entered the province of  \n Idlib, the army said.",
    "The DİSTRICT OF Foo and the dıstrict of Bar are new.",  # re.I matches "İ"/"ı" to "i": no gate
    "One of the victims, a man from the SUBURB OF Elm Grove, died.",
    "Police said the shooting on Main Street in the area of Oak Park left two hurt.",
    "A 34-year-old man and a 3-month-old baby were among the dead.",
    "Forty two years old, the officer was killed along with his partner.",
    "Militants killed the mayor; together with his guard he was buried today.",
    "“Three were wounded,” she said — an OLD man was shot in the leg.",
    "Killing a man is a crime, the judge told the court.",
    "Nothing happened here.",
]

_PIECES = ["the", "town", "of", "of ", " of", "city", "village", "downtown", "neighbourhood", "District", "OF", "Of",
           "ı", "İ", "dıstrict", "capital", "area", "subarea", "Aleppo", "the Syrian border", "a", "member", "\n", "  ",
           ",", ".", "-", "camp", "governorate", "settlement", "Smithville", "ſettlement"]


def _random_texts(pieces, n, seed, max_words=10):
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, max_words))) + rnd.choice(["", " ", "  ", "\n"])
            for _ in range(n)]


def _plain_kind_cue_before(text, s):
    win = text[max(0, s - 60):s]
    t = win.rstrip()
    if len(t) == len(win) or len(t) < 3 or t[-2:].lower() != "of" or not t[-3].isspace():
        return None
    m = P._KIND_CUES_BEFORE.search(win)
    if not m:
        return None
    pre = win[:m.start("kw")].rstrip()
    w = re.search(r"([\w’'-]+)$", pre)
    if w:
        tok = w.group(1)
        if P._is_cap_token(tok) and tok.lower() not in P._DEMONYMS and tok.lower() not in ("the", "a", "an") \
                and tok.lower() not in P._ALLOWED_BEFORE:
            return None
    return m


def _sig(m):
    return None if m is None else (m.span(), m.group("kw"))


def test_kind_cue_gate_is_in_use():
    assert P._KIND_CUE_WORDS is not None, "places._KIND_CUES_BEFORE changed: re-derive _KIND_CUE_WORDS and the fingerprint"


def test_kind_cue_before_is_the_plain_search():
    texts = _random_texts(_PIECES, 6000, 3) + [s[:i] for s in SENTENCES for i in range(len(s) + 1)]
    found = 0
    for t in texts:
        for s in (len(t), max(0, len(t) - 1)):
            got = P._kind_cue_before(t, s)
            assert _sig(got) == _sig(_plain_kind_cue_before(t, s)), (t, s)
            found += got is not None
    assert found > 300  # the cue is found, not only rejected


def _plain_cue_before(cues, s):
    tail = cues.text[max(0, s - 12):s]
    t = tail.rstrip()
    if len(t) == len(tail) or (len(t) >= 3 and (t[-2:].lower() != "of" or not t[-3].isspace())) or (
            len(t) < 3 and cues.ascii):
        return None
    return P._kind_cue_before(cues.text, s)


def _plain_maybe_unknown(cues, s0):
    if _plain_cue_before(cues, s0) is not None:
        return True
    pos = cues.pos
    from bisect import bisect_left
    k = bisect_left(pos, s0)
    return k < len(pos) and pos[k] < P._RUN.match(cues.text, s0).end() + 30


def test_cue_positions_and_gates_are_the_plain_ones():
    pieces = _PIECES + ["province", "Province", "state", "region", "refugee camp", "quarter", "county", "prefecture",
                        "neighborhood", "neighbo", "statearea", "Foo", "Bar", "(", ")", ";", "’", "Él"]
    texts = _random_texts(pieces, 3000, 5, max_words=30) + SENTENCES
    for t in texts:
        cues = P._Cues(t)
        low = scan.scan_lower(t)
        rx, u = (P._CUE_AFTER_WORD_LC, low) if low is not None else (P._CUE_AFTER_WORD, t)
        assert cues.pos == [m.start() for m in rx.finditer(u)], t
        for s in range(len(t) + 1):
            assert _sig(cues.cue_before(s)) == _sig(_plain_cue_before(cues, s)), (t, s)
            assert cues.maybe_unknown(s) == _plain_maybe_unknown(cues, s), (t, s)


def _plain_seq_countries(seq):
    idx = P._INDEX or {}
    ccs = []
    words = seq.split()
    n = len(words)
    i = 0
    while i < n:
        step = 1
        if not P._ctx_may_start(words[i]):
            i += 1
            continue
        for j in range(P._seq_reach(words, i, n), i, -1):
            ph = P._strip_poss(" ".join(words[i:j]).rstrip(".,"))
            k = ph.lower()
            cc = P._DEMONYMS.get(k)
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
            if hit is not None and hit.cc:
                if not (hit.kind == "country" and any(e.kind == "admin" and e.cc == "US" and e.pop > 0 for e in ents)):
                    ccs.append(hit.cc)
            break
        i += step
    return tuple(ccs)


def test_seq_countries_is_the_plain_loop():
    P._index()
    words = ["New", "York", "Syrian", "South", "Sudanese", "Georgia", "Aleppo's", "Kabul.", "Texas,", "Police", "Chief",
             "John", "Smith", "Central", "African", "Republic", "United", "States", "The", "Gambia", "Idlib", "Mosul",
             "Paris", "Jordan", "Lagos", "Kurdish", "Democratic", "of", "Congo", "Harris", "County", "Houston", "Él"]
    seqs = _random_texts(words, 5000, 11, max_words=6)
    hits = 0
    for seq in seqs:
        P._seq_countries.cache_clear()
        got = P._seq_countries(seq)
        assert got == _plain_seq_countries(seq), seq
        hits += bool(got)
    assert hits > 1000


def test_scan_lower_keeps_its_answers():
    strings = ["Police Said", "café", "“Quoted” — dash", "ſome", "", "K is Kelvin"]
    for s in strings + list(reversed(strings)) + [s for s in strings for _ in range(2)]:
        want = s.lower() if s.isascii() or all(scan._inert(ch) for ch in set(scan._NON_ASCII.findall(s))) else None
        assert scan.scan_lower(s) == want, s


def test_active_hint_scan_is_the_search():
    assert mentions._ACTIVE_HINT_STARTS is not None, "_ACTIVE_HINT changed: re-derive _ACTIVE_HINT_STARTS and its fingerprint"
    pieces = ["killed", "kill", "skill", "wounding", "injured", "hurt", "shoots", "murdered", "executing", "stabs",
              "along with", "alongside", "together with", "a", "an", "the", "his", "their", "one", "another", "KILLED",
              "Killing", "outkill", "x", ",", "with", "along", "togetherwith", "K", "ſtab", "stab"]
    for s in _random_texts(pieces, 5000, 7) + SENTENCES:
        got = sentences._search_at(mentions._ACTIVE_HINT, mentions._ACTIVE_HINT_STARTS, s, scan.scan_lower(s))
        want = mentions._ACTIVE_HINT.search(s)
        assert (got and got.span()) == (want and want.span()), s


@pytest.mark.parametrize("s", SENTENCES + ["a 5-YEAR-OLD boy", "the forty-two years OLD man", "an 8 month old", "a man"])
def test_year_old_matches_hold_old(s):
    for m in mentions._YEAR_OLD.finditer(s):
        assert "old" in m.group(0).lower()


@pytest.mark.parametrize("words", [("today", "tonight", "night"), ("a", "ab", "b", "a"), ("x",), ("day", "mother's day")])
def test_any_in_is_any_substring(words):
    has = scan.any_in(words)
    rnd = random.Random(2)
    alphabet = "".join(sorted(set("".join(words)))) + " ’"
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert has(s) is any(w in s for w in words), s


def test_time_window_gates_are_the_substring_tests():
    from pipeline.extract import timewindow as T
    pieces = list(T._G_HOLIDAY) + list(T._REL_KEYS) + list(T._DUR_KEYS) + list(T._UNIT_KEYS) + [
        "day", "da", "y", "mother", "’s", "'s", "king", "jr", "friday", "new", "year", "of", "the", "x"]
    for s in _random_texts(pieces, 4000, 13, max_words=4) + [s.lower() for s in SENTENCES]:
        assert T._has_holiday(s) == any(k in s for k in T._G_HOLIDAY), s
        assert T._HAS_REL(s) == any(k in s for k in T._REL_KEYS), s
        assert T._HAS_DUR(s) == any(k in s for k in T._DUR_KEYS), s
        assert T._HAS_UNIT(s) == any(k in s for k in T._UNIT_KEYS), s


def _plain_split(text):
    spans, start = [], 0
    for m in sentences._BOUNDARY_FAST.finditer(text):
        if m.group(0)[0] != "\n" and sentences._ABBREV.search(text[max(start, m.start() - 12):m.start() + 1]):
            continue
        spans.append((start, m.end() if m.group(0)[0] != "\n" else m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s, e = s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())
        if e > s:
            out.append((s, e))
    return out


def test_sentence_split_is_the_plain_one():
    assert sentences._ABBREV_WORDS is not None, "_ABBREV changed: re-derive _ABBREV_WORDS and its fingerprint"
    pieces = ["Mr.", "Mrs.", "Dr.", "approx.", "Approx.", "No.", "no.", "St.", "U.S.", "D.C.", "a.m.", "A.", "x.", "Xy.",
              "said.", "Police", "He", "was", "shot", "5.", "12", "\n", "!", "?", "”", "’", "Gen.Lee", "Sunday.Police",
              "vs.", "etc.", "Sept.", "Septx.", "aMr.", "_Mr.", "éMr.", "1Mr.", "(Dr.", "J.R.R.", "Ltd.", "Co.", "co."]
    rnd = random.Random(17)
    texts = ["".join(rnd.choice(pieces) + rnd.choice([" ", " ", "", "  ", "\n"]) for _ in range(rnd.randint(1, 14)))
             for _ in range(5000)]
    for t in texts + SENTENCES:
        assert sentences.split_sentences(t) == _plain_split(t), t


def test_attribution_scans_are_the_plain_ones():
    from pipeline.extract import sources as S
    assert S._SUBJ_VERB_STARTS is not None and S._SAID_X_STARTS is not None, \
        "sources._RX_SUBJ_VERB or _RX_SAID_X changed: re-derive their start words and fingerprints"
    pieces = ["police", "Police", "said", "SAID", "says", "say", "has", "hasn’t", "hadn't", "also", "later", "on Monday",
              "in a statement", "reported", "told", "Reuters", "officials", "put the death toll", "put", "per",
              "according to", "citing", "witnesses", "the", "a", "sources", ",", ".", "“", "—", "-said", "unsaid",
              "reportedly", "only", "do", "does", "won't", "not", "Officials", "x", "ſaid", "K", "estimated", "and"]
    for s in _random_texts(pieces, 5000, 23, max_words=14) + SENTENCES:
        for rx, starts, low in ((S._RX_SUBJ_VERB, S._SUBJ_VERB_STARTS, scan.scan_lower(s)),
                                (S._RX_SAID_X, S._SAID_X_STARTS, s)):
            got = [(m.span(), m.groupdict()) for m in scan.finditer_at(rx, starts, s, low)]
            assert got == [(m.span(), m.groupdict()) for m in rx.finditer(s)], s


@pytest.mark.parametrize("words", [P._CUE_AFTER_WORDS_LC or ("x",), ("ab", "abc", "b", "bca"), ("aa", "a"), ("abc", "ab")])
def test_literal_starts_are_the_alternation_starts(words):
    rx = re.compile("|".join(re.escape(w) for w in words))
    alphabet = sorted(set("".join(words))) + [" "]
    rnd = random.Random(29)
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) if rnd.random() < 0.5 else rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        assert P._literal_starts(s, tuple(words)) == [m.start() for m in rx.finditer(s)], s


def test_us_signal_fast_pattern_is_the_pattern():
    assert P._US_SIGNAL_FAST is not P._US_SIGNAL, "places._US_SIGNAL changed: re-derive _US_SIGNAL_FAST and its fingerprint"
    pieces = ["(KXYZ)", "(WABC-TV)", "(KAB.com)", "(K", "(W", "123 block of", "1234567 block of", "x12 block of",
              "12 block ofx", "County Coroner", "aCounty Coroner", "Smithville, TX", "Smithville, TXs", "Smithville, TX.",
              "Orleans Parish", "sheriff", "Sheriff's", "asheriff", "Police Department", "(AP)", "Atlanta", "Atlantan",
              "Macon", "xMacon", "Columbus", "Savannah", "Augusta", "_Augusta", "éAtlanta", "a", "the", ",", " ", "\n"]
    for s in _random_texts(pieces, 5000, 31, max_words=5) + SENTENCES:
        a, b = P._US_SIGNAL.search(s), P._US_SIGNAL_FAST.search(s)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), s
        assert P._HAS_US_SIGNAL_LITERAL(s) == any(w in s for w in P._US_SIGNAL_LITERALS)


_TIME_PIECES = ["on", "On", "the", "The", "Monday", "SUNDAY", "friday", "Monday's", "January", "Jan.", "jan", "Sept.",
                "Sep", "September", "May", "may", "March", "mar", "12", "3rd", "31st", "2016", "1999", "05", "0", "of", ",",
                "-", "–", "to", "and", "early", "late", "mid", "mid-", "end", "beginning", "start", "middle", "earlier",
                "in", "during", "since", "until", "till", "by", "from", "throughout", "through", "last", "this", "past",
                "next", "coming", "morning", "night", "overnight", "over", "today", "tonight", "yesterday", "day",
                "before", "week", "month", "year", "weekend", "previous", "preceding", "within", "for", "two", "hours",
                "xmonday", "onto", "ſeptember", "Aug", "AUGUST", "\n", "(", "’s"]


def test_time_patterns_at_their_start_words_are_the_plain_scans():
    from pipeline.extract import timewindow as T
    pairs = [(T._RX_DATE_MDY, T._MDY_STARTS), (T._RX_DATE_DMY, T._DMY_STARTS), (T._RX_MONTH_YEAR, T._MONTH_YEAR_STARTS),
             (T._RX_MONTH_CUE, T._MONTH_CUE_STARTS), (T._RX_WEEKDAY, T._WEEKDAY_STARTS),
             (T._RX_RELDAY, T._RELDAY_STARTS), (T._RX_DURATION, T._DURATION_STARTS)]
    assert all(starts is not None for _, starts in pairs), "a time pattern changed: re-derive its start words"
    found = 0
    for s in _random_texts(_TIME_PIECES, 6000, 37, max_words=8) + SENTENCES:
        low = scan.scan_lower(s)
        for rx, starts in pairs:
            want = [(m.span(), m.groupdict()) for m in rx.finditer(s)]
            assert [(m.span(), m.groupdict()) for m in scan.finditer_at(rx, starts, s, low)] == want, (rx.pattern[:30], s)
            found += len(want)
    assert found > 3000


def test_fold_of_letters_and_digits_is_the_translation():
    rnd = random.Random(41)
    alphabet = "aZ09 x-'.’éB"
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        P._fold.cache_clear()
        want = " ".join(s.lower().translate(P._ASCII_FOLD).split()) if s.isascii() else P._fold.__wrapped__(s)
        assert P._fold(s) == want, s


def test_a_common_word_is_a_place_only_with_a_state_after_it():
    """_match_at skips _accept for a one-word key in places._STOP without a US state after it: _accept gives None."""
    idx = P._index()
    pieces = ["Police", "Mobile", "March", "May", "Bush", "China", "Nice", "Reading", "Victoria", "Lincoln", "Jackson",
              ", Ala.", ", Alabama", ", Texas", ", Tex.", ", TX", ", Calif.", "in", "the", "near", "village of", "Street",
              "Avenue", "said", "Mr.", "his daughter,", "and", "province", "county", ",", ".", "of", "Hospital", "Mobile's",
              "Mobile, Ala.", "Jackson, Miss.", "Lincoln, Neb.", "Reading, Pa.", "Victoria, Texas", "Mobile, AL"]
    checked = with_state = 0
    for t in _random_texts(pieces, 3000, 43, max_words=8) + SENTENCES:
        cues = P._Cues(t)
        ccs = P._context_countries(t, idx)
        for m in P._TOKEN.finditer(t):
            ph = P._strip_poss(m.group())
            key = P._fold(ph)
            ents = idx.get(key)
            if not ents or key not in P._STOP:
                continue
            e = m.start() + len(ph)
            got = P._accept(t, m.start(), e, ph, key, ents, ccs, 1, cues)
            if P._state_after(t, e) is None:
                assert got is None, (t, ph)
                checked += 1
            else:
                with_state += got is not None
    assert checked > 1000 and with_state > 50


def test_search_at_plain_words_is_the_search():
    assert sentences._plain_words(victims._LATER_DIED_STARTS) == ("later", "died", "succumbed")
    assert sentences._plain_words(article_totals._FATAL_STARTS) is not None and sentences._plain_words(mentions._ACTIVE_HINT_STARTS) is not None
    assert sentences._plain_words(re.compile("a|(?:b)")) is None and sentences._plain_words(re.compile("ab", re.I)) is None
    pieces = ["later", "died", "later died", "died later", "succumbed", "died at", "died in", "the", "a", "hospital",
              "died of his", "injuries", "wounds", "on the way to", "fatal", "deadly", "non-fatal", "nonfatal",
              "shooting", "shooting death", "taken off", "removed off of", "life support", "declared brain dead",
              "Died", "LATER", "x", ",", "diedlater", "redied", "undeclared", "ſuccumbed"]
    for s in _random_texts(pieces, 5000, 47, max_words=8) + SENTENCES:
        low = scan.scan_lower(s)
        for rx, starts in ((mentions._LATER_DIED, victims._LATER_DIED_STARTS), (article_totals._FATAL_EVENT, article_totals._FATAL_STARTS)):
            got, want = sentences._search_at(rx, starts, s, low), rx.search(s)
            assert (got and got.span()) == (want and want.span()), s


# the chunk pattern places._scan used before it scanned for a chunk's capital (kept here as the reference)
_CAPCHUNK = re.compile("(?<!\\S)[^\\sA-Z\x80-\U0010ffff]*[A-Z\x80-\U0010ffff]\\S*")


def _plain_scan(text, s0, s1, idx, ccs, surnames, cues, tried):
    """places._scan as it was: chunks by _CAPCHUNK, tokens by finditer, the token window made at once."""
    out = []
    consumed = s0
    for cm in _CAPCHUNK.finditer(text, s0, s1):
        ce = cm.end()
        if ce <= consumed:
            continue
        for tm in P._TOKEN.finditer(text, cm.start(), ce):
            ts = tm.start()
            if ts < consumed:
                continue
            key = (ts, tm.end())
            got = tried.get(key, False)
            if got is False:
                got = None
                t0 = tm.group()
                if P._is_cap_token(t0):
                    toks = P._Tok(text, (ts, tm.end(), t0))
                    r = None
                    if P._may_start_key(t0, idx):
                        r = P._match_at(text, toks, idx, ccs, surnames, cues)
                    if r is None and cues.maybe_unknown(ts):
                        r = P._unknown_with_cue(text, toks, 0, ccs, cues)
                    if r is None and "," in text[ts:ts + 60]:
                        r = P._unknown_before_state(text, toks)
                    if r is not None:
                        got = (r[0], toks.get(r[1] - 1)[1])
                tried[key] = got
            if got is not None:
                out.append(got[0])
                consumed = got[1]
    return out


def test_place_scan_is_the_plain_scan():
    idx = P._index()
    pieces = ["Aleppo", "al-Sukkari", "(Reuters)", "“The", "Smithville, Tenn.", "in", "the", "village", "of", "Tamsa",
              "New", "York", "City", "Mobile, Ala.", "St.", "Louis", "Rio Grande City", "police", "said", "Élan", "’s",
              "Idlib province", "U.S.-backed", "near", "Kabul.", "Washington", "Mr.", "Jackson", "x", ",", "—", "\n",
              "São Paulo", "Toone, Tennessee", "Pt. Pleasant", "Harris County", "downtown", "Homs", "Syria", "Texas"]
    rnd = random.Random(53)
    compared = found = 0
    for t in _random_texts(pieces, 1500, 59, max_words=25) + SENTENCES:
        tp = P.TextPlaces(t)
        spans = [(0, len(t))] + [tuple(sorted((rnd.randint(0, len(t)), rnd.randint(0, len(t))))) for _ in range(4)]
        for s0, s1 in spans:
            got = P._scan(t, s0, s1, idx, tp.ccs, tp.surnames, tp.cues, {})
            want = _plain_scan(t, s0, s1, idx, tp.ccs, tp.surnames, tp.cues, {})
            assert got == want, (t, s0, s1)
            compared += 1
            found += len(got)
        # and with the memo of what each token gave, shared by later scans of the text as in TextPlaces
        tried_a, tried_b = {}, {}
        for s0, s1 in spans[1:] + spans[:1]:
            assert P._scan(t, s0, s1, idx, tp.ccs, tp.surnames, tp.cues, tried_a) == \
                _plain_scan(t, s0, s1, idx, tp.ccs, tp.surnames, tp.cues, tried_b), (t, s0, s1)
        assert tried_a == tried_b
    assert compared > 7000 and found > 5000


def test_period_matches_are_the_plain_scan():
    from pipeline.extract import timewindow as T
    assert T._PERIOD_WORDS is not None, "timewindow._RX_PERIOD changed: re-derive _PERIOD_WORDS and its fingerprint"
    pieces = ["weekend", "Weekend", "holiday", "the", "past", "last", "this", "over", "during", "at", "on", "for",
              "through", "throughout", "since", "earlier", "later", "late", "early", "start", "beginning", "of",
              "previous", "week", "month", "year", "a", "that", "x", "xweekend", "weekends", "\t", "\n", "  ", ",",
              "—", "“", "ſince", "K"]
    rnd = random.Random(61)
    texts = ["".join(rnd.choice(pieces) + rnd.choice([" ", " ", "", "  ", "\n", "\t"]) for _ in range(rnd.randint(1, 10)))
             for _ in range(6000)]
    found = 0
    for s in texts + SENTENCES:
        want = [(m.span(), m.group()) for m in T._RX_PERIOD.finditer(s)]
        assert [(m.span(), m.group()) for m in T._period_matches(s, scan.scan_lower(s))] == want, s
        found += len(want)
    assert found > 1000
