"""Fifth round of speed shortcuts (places and dates): each gives what the plain form it replaces gives (invented
sentences and random strings).

A gate (a cheap test before a step) must let through every string the step finds something in; a rewritten
helper must return what the code it replaces returns (kept here as the reference).
"""
import random

from pipeline.extract import places as P

SENTENCES = [
    "A man was shot in Toone, Tennessee, on Sunday night.",
    "The boy died near Lake Butler, Fla., police said.",
    "Deputies were called to a home outside Big Sandy Creek-Crossing, Texas.",
    "The victims, from Smallville Heights, Ohio, were taken to Mercy Hospital in Dayton, OH.",
    "Officers in North Fork, Kan. found the car at 4 a.m.",
    "His daughter, London, and his son were not hurt in Springfield, Mo.",
    "The shooting happened in rural Quiet Pines Hollow Road Township, Ky., late Friday.",
    "Police from Elm Grove and Oak Ridge, Tenn., searched the area.",
    "Residents of Pleasant Valley said the town of Greenfield, Ind. was quiet.",
    "In U.S.-backed Raqqa, a mine killed four, the SDF said.",
    "Nothing happened here.",
]

_PLACE_PIECES = ["in", "near", "outside", "at", "of", "from", "to", "rural", "Toone", "Lake", "Butler", "Big", "Sandy",
                 "North", "Fork", "Elm", "Grove", "Oak", "Ridge", "Smallville", "Heights", "Tennessee", "Tenn.", "Fla.",
                 "Texas", "Kan.", "Ohio", "OH", "Mo.", "Ky.", "Ind.", "U.S.", "the", "police", "said", "man", ",",
                 ", ", ".", " ", " ", " ", "-", "  ", "\n", "'s", "al-", "St.", "Mt", "O'Neil", "De", "la", "é"]


def _random_texts(pieces, n, seed):
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 14)))
            for _ in range(n)]


def _town_texts(n, seed):
    """Random "<preposition> <1-4 capitalized words> <comma?> <state>" strings, with odd gaps."""
    rng = random.Random(seed)
    words = ["Toone", "Lake", "Butler", "Big", "Sandy", "North", "Fork", "Elm", "Grove", "O'Neil", "Ridge", "St", "Mt",
             "the", "Abc", "U.S.", "Xyz-Town"]
    out = []
    for _ in range(n):
        name = rng.choice(words)
        for _ in range(rng.randint(0, 3)):
            name += rng.choice((" ", " ", "-", "  ", ". ", "\t")) + rng.choice(words)
        out.append(rng.choice(("A man in ", "near ", "from ", "Shot outside ", "at the ", "to ", "")) + name +
                   rng.choice((",", ", ", " ,", "", ",\n")) + rng.choice((" Tennessee", " Fla.", " Ohio", " OH", "Tex.",
                                                                       " Kan.", " Smith")) + rng.choice(("", ".", " said")))
    return out


def _token_starts(text):
    return [(m.start(), m.end(), m.group()) for m in P._TOKEN.finditer(text)]


def test_unknown_before_state_gate_lets_every_hit_through():
    """_scan reads _unknown_before_state only where the first comma after the token comes within 60 characters
    with at most two spaces before it; every town it finds passes that gate."""
    P._index()
    hits = 0
    for text in SENTENCES + _random_texts(_PLACE_PIECES, 3000, 5) + _town_texts(3000, 6):
        for tok in _token_starts(text):
            got = P._unknown_before_state(text, P._Tok(text, tok))
            if got is None:
                continue
            hits += 1
            ts = tok[0]
            comma = text.find(",", ts, ts + 60)
            assert comma >= 0 and text.count(" ", ts, comma) <= 2, (text, tok)
    assert hits > 50  # the test sees towns found this way


def test_unknown_before_state_found_in_scan():
    """The gated scan still finds the towns the gazetteer lacks ("in Toone, Tennessee")."""
    names = [p.name for p in P.find_places(SENTENCES[0])]
    assert "Toone" in names


_TREATED_PIECES = ["taken", "to", "the", "nearby", "Hospital", "hospital", "Medical Center", "medical centre",
                   "Trauma Center", "clinic", "Infirmary", "in", "at", "of", "city", "flown", "rushed", "airlifted",
                   "was", "Smithville", "Mercy", "Memorial Hospital", "Health System", "Children's", "Children’s",
                   "Medical Examiner", ",", ".", "\n", " ", "  ", "\t", "'s", "’s", "Oak Ridge", "NEARBY", "To",
                   "took", "a", "an", "local", "area", "him", "boy"]


def test_treated_is_treatment_place():
    """_LazyPlaces drops a hospital's town ("taken to Mercy Hospital in Smithville") with _treated, which gates
    _TREATED_BEFORE's search; it answers as _treatment_place for every stretch of invented and random strings."""
    from types import SimpleNamespace
    from pipeline.extract import context
    assert context._TREATED_BEFORE_LAST is not None  # the gate is in use (its pattern's fingerprint still matches)
    texts = ["He was taken to the nearby Smithville, where he died.",
             "She was flown to Mercy Hospital in Smithville.",
             "Victims were treated at the Medical Center of the city of Oak Ridge",
             "He was rushed to Oak Ridge Memorial Hospital, police said."] + _random_texts(_TREATED_PIECES, 1500, 7)
    treated = 0
    for text in texts:
        starts = [m.start() for m in P._TOKEN.finditer(text)]
        ends = [m.end() for m in P._TOKEN.finditer(text)]
        for s in starts:
            for e in ends:
                if e > s:
                    p = SimpleNamespace(start=s, end=e)
                    want = context._treatment_place(text, p)
                    assert context._treated(text, p) == want, (text, s, e)
                    treated += want
    assert treated > 100


def _gates_reference(text):
    """timewindow._gates as it was before the fifth round (each substring read where its test needs it)."""
    from pipeline.extract import timewindow as T
    low = text.lower()
    g = set()
    if T._G_MON.search(text):
        g.add("mon")
    if "day" in low and T._G_WD.search(text):
        g.add("wd")
    if any(k in low for k in T._REL_KEYS):
        g.add("rel")
    if any(k in low for k in T._DUR_KEYS):
        g.add("dur")
        g.add("per")
    elif "weekend" in low or (("this" in low or "of" in low) and any(k in low for k in T._UNIT_KEYS)):
        g.add("per")
    if "of" in low and ("day" in low or "year" in low or "week" in low or "month" in low or "hour" in low
                        or "night" in low) and T._G_OF.search(text):
        g.add("of")
    if "ago" in low:
        g.add("ago")
    if "20" in text or "19" in text or "18" in text:
        if T._G_YR.search(text):
            g.add("yr")
        if T._G_YR_EVENT.search(text):
            g.add("yrev")
        if "-" in text:
            g.add("iso")
    if "/" in text:
        g.add("slash")
    if "the" in low and T._G_NTH.search(text):
        g.add("nth")
    if any(k in low for k in T._G_HOLIDAY):
        g.add("holiday")
    return g


_TIME_PIECES = ["today", "Today", "TODAY", "tonight", "yesterday", "Yesterday", "night", "morning", "afternoon",
                "evening", "day", "Monday", "monday", "Friday", "past", "last", "previous", "preceding", "weekend",
                "this", "of", "week", "month", "year", "hours", "days", "ago", "2017", "1999", "18", "-", "/", "4/9",
                "on", "the", "5th", "Christmas", "Black Friday", "Father's Day", "Mother’s day", "Fourth of July",
                "New Year", "Easter", "MLK", "Valentine", "Jan.", "March", "Sept", "in", "during", "ſince", "İn",
                "\u212aing Day", "to", "da", "y", "of", "o", "f", " ", " ", "\n", ",", ".", "3", "12"]


def test_gates_answer_as_before():
    """_gates reads "day" and "of" once; it gives the gates it gave (invented sentences and random strings, where
    "da" + "y" and "o" + "f" make the words across pieces)."""
    from pipeline.extract import timewindow as T
    texts = ["He was shot Monday night and died yesterday.", "Over the past two weeks, 40 days of fighting.",
             "On the 5th of July 2016 (4/9/17) on Christmas Day, a week ago.", "Nothing happened here.",
             "The Today show aired this morning; Thanksgiving weekend; Good Friday.",
             "The attack came 15 years after al Qaeda's 1998 bombing of the embassy."]
    seen = set()
    for text in texts + _random_texts(_TIME_PIECES, 6000, 8):
        want = _gates_reference(text)
        assert T._gates(text) == want, text
        seen |= want
    assert seen == {"mon", "wd", "rel", "dur", "per", "of", "ago", "yr", "yrev", "iso", "slash", "nth", "holiday"}


_US_PIECES = ["(KMOV)", "(KXAN-TV)", "(WBTW.com)", "(Wx)", "(K", "(W", "400 block of", "12345 block of", "a2 block of",
              "block", "of", "County Coroner", "county coroner", "XCounty Coroner", "Smallville, OH", "Dayton, TX.",
              "Dayton, TXa", "Springfield, IL", "ab, CA", "Orleans Parish", "parish", "Sheriff", "sheriff", "Xsheriff",
              "deputy sheriffs", "Police Department", "police department", "(AP)", "AP", "Atlanta", "Atlantan",
              "Savannah", "Augusta", "Macon", "Columbus", "XColumbus", "Kabul", "Reuters", ",", ".", " ", "\n", "-",
              "é", "’"]


def test_us_signal_answers_as_the_pattern():
    """_us_signal tries _US_SIGNAL's alternatives one by one (each where a literal it needs is found): it answers
    as the whole pattern's search (invented sentences and random strings)."""
    assert P._US_SIGNAL_PARTS is not None  # in use: the pattern is still the one the parts were derived from
    texts = ["KABUL (Reuters) - A bomb killed 12 people in Kabul.", "MEMPHIS, Tenn. (AP) — Deputies said.",
             "Shots were fired in the 300 block of Main Street.", "The Orleans Parish coroner said.",
             "A woman was shot in Georgetown, SC on Friday.", "Atlanta police said; the Sheriff's Office said."]
    signals = 0
    for text in texts + _random_texts(_US_PIECES, 5000, 9):
        want = P._US_SIGNAL.search(text) is not None
        assert P._us_signal(text) == want, text
        signals += want
    assert 1000 < signals < 4900


def test_nth_gate_on_the_lowercased_text():
    """_gates looks for "on the <digit>" in the lowercased sentence (_G_NTH_LOW): the same answer as _G_NTH in the
    sentence, also with characters whose lowercase is odd ("İ" becomes two) and non-ASCII spaces and digits."""
    from pipeline.extract import timewindow as T
    assert T._G_NTH_LOW is not None  # in use
    pieces = ["on", "On", "ON", "oN", "o", "n", "the", "The", "THE", "tHe", "t", "he", " ", "  ", "\n", "\u2003", "\xa0",
              "5", "12", "٣", "th", "İ", "\u212a", "ſ", "ı", "x", "-", "onthe", "on the", "On The 1st"]
    rng = random.Random(10)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        want = T._G_NTH.search(text) is not None
        assert (T._G_NTH_LOW.search(text.lower()) is not None) == want, text
        found += want
    assert found > 500
