"""Sentence splitting and the fast scans the grammar passes share.

Every regex the extractor runs is tried at every position of a sentence; the literal gates here
(words one of which every match of a pattern holds, pinned to the pattern by a fingerprint) let a
pass skip sentences, or start positions, where its pattern cannot match.
"""
from __future__ import annotations

import re

from pipeline.extract import grammar as G
from pipeline.extract.numbers import TENS, UNITS
from pipeline.extract.scan import (any_in as _any_in, any_literal as _any_literal, matches_at as _matches_at,
                                   same as _same, scan_lower)


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Capt|Gen|Col|Lt|Sgt|Maj|Cpl|Pte|Gov|Sen|Rep|Rev|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Corp|Jr|Sr|Brig|Cmdr|Supt|Insp|Det|Ald|Hon|"
    # a dateline's town in capitals: "MT. JULIET, Tenn.", "ST. LOUIS", "FT. MYERS"
    r"MT|ST|FT)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.\Z"
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+|(?<=[a-z][a-z])\.[\"”’)]?(?=[A-Z][a-z])")
# the same, each alternative opening with a literal so that the engine scans for its first characters
_BOUNDARY_FAST = re.compile(r"\.[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|![.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
                            r"|\?[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+"
                            # a full stop with the space lost ("... on Sunday.Police said"): after a word of two
                            # lowercase letters or more, before a capitalised word
                            r"|\.(?<=[a-z][a-z]\.)[\"”’)]?(?=[A-Z][a-z])")


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# the words of _ABBREV's first alternative
_ABBREV_WORDS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Capt", "Gen", "Col", "Lt", "Sgt", "Maj", "Cpl", "Pte", "Gov", "Sen", "Rep", "Rev",
    "St", "Mt", "Ft", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Brig", "Cmdr", "Supt", "Insp", "Det", "Ald", "Hon",
    "MT", "ST", "FT",
)) if _same(_ABBREV, "8b6582d68ec23239") else None


def _may_be_abbrev(text: str, i: int) -> bool:
    """False when the full stop at ``i`` cannot end an _ABBREV match: each alternative ends with an ASCII
    letter and a full stop, in a word of at most six letters ("approx"). A word of two letters or more is one of
    the abbreviations: the other alternatives end with a letter alone ("J.", "U.S."), and the text that
    split_sentences gives _ABBREV starts after punctuation or a newline, never inside a word."""
    if text[i] != ".":
        return False
    j = i
    while j > 0 and i - j <= 6 and text[j - 1] in _ASCII_LETTERS:
        j -= 1
    n = i - j
    return n == 1 or (1 < n <= 6 and (_ABBREV_WORDS is None or text[j:i] in _ABBREV_WORDS))


#: a dateline's credit after its place ("MACON, Ga. (AP) —", "PUNTA GORDA, Fla. (WBBH) -"): no sentence starts with it
_CREDIT_AFTER = re.compile(r"\s+\((?:AP|Reuters|AFP|UPI|CNN|Xinhua|[A-Z]{3,5}(?:-?TV)?)\)\s*(?:[-—–]|--)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences; newlines always end a sentence; abbreviations do not."""
    spans = []
    start = 0
    for m in _BOUNDARY_FAST.finditer(text):
        q = m.start()
        newline = text[q] == "\n"
        if not newline and _may_be_abbrev(text, q) and _ABBREV.search(text[max(start, q - 12):q + 1]):
            continue
        if text.startswith(" (", q + 1) and _CREDIT_AFTER.match(text, q + 1):
            continue  # "WARNER ROBINS, Ga. (AP) - ...": a state's abbreviation, then the dateline's credit
        end = m.end() if not newline else q
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    isspace = str.isspace
    for s, e in spans:
        if e > s and (isspace(text[s]) or isspace(text[e - 1])):
            seg = text[s:e]
            s, e = s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())  # str.isspace() characters trimmed
        if e > s:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- fast scans
# Python's regex engine tries a case-insensitive pattern at every position of the string. For
# the patterns below every match starts at one of a few words, so on ASCII text (where lower()
# keeps offsets and matches re.IGNORECASE exactly; also with curly quotes, dashes and other inert
# punctuation: scan.scan_lower) a case-sensitive scan of the lowercased text for those words (a fast literal scan) gives the candidate starts, and ``rx.match`` is
# tried only there: the same matches as ``rx.finditer`` (both see the whole string).


# Literal gates: words one of which every match of a pattern holds (its casualty verb, its "toll"), scanned for in
# the lowercased text (scan.scan_lower: where lowercasing keeps offsets and matches re.I exactly) before the pattern
# is tried; each pinned by its pattern's fingerprint (an edited pattern runs without its gate).
# (A few words: plain substring tests, scan.any_in, far cheaper on a sentence than a regex scan; many: one scan for
# all, scan.any_literal, cheaper than as many ``in`` tests. Either answers whether one of the words is in the text.)
def _needs(rx: re.Pattern, sha: str, *words: str):
    if not _same(rx, sha):
        return None
    return _any_in(words) if len(words) <= 12 else _any_literal(words).search


def _lacks(s: str, needs) -> bool:
    """``s`` holds none of the words ``needs`` tests for (False when there is no test, or for text that
    lowercasing does not read as re.I does: scan.scan_lower)."""
    if needs is None:
        return False
    low = scan_lower(s)
    return low is not None and not needs(low)


def _search_if(rx: re.Pattern, needs, s: str) -> re.Match | None:
    """``rx.search(s)``, None at once when ``s`` holds none of the words ``needs`` tests for."""
    return None if _lacks(s, needs) else rx.search(s)


def _match_if(rx: re.Pattern, needs, s: str) -> re.Match | None:
    """``rx.match(s)``, None at once when ``s`` holds none of the words ``needs`` tests for."""
    return None if _lacks(s, needs) else rx.match(s)


def _gate(*words: str, ends: dict[str, str] | None = None) -> re.Pattern:
    """Scan for the first words of a pattern's matches; a word ending in "*" may go on with word characters.
    ``ends`` gives more words, each with what must follow it in place of \\b (a lookahead that implies a word end);
    a word that ends at one node in several ways keeps the weakest test."""
    trie: dict = {}
    for w, end in (*((w, not w.endswith("*") and w[-1].isalpha()) for w in words), *(ends or {}).items()):
        node = trie
        for ch in w.rstrip("*"):
            node = node.setdefault(ch, {})
        old = node.get("")  # the word ends here: True (\\b), False (nothing more), or a lookahead
        node[""] = end if old is None or old == end else False if False in (old, end) else True

    def alt(node: dict) -> str:  # a trie-shaped alternation: one test per character
        alts = [re.escape(ch) + alt(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append(r"\b" if node[""] is True else "" if node[""] is False else node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(alt(trie))


def _finditer(rx: re.Pattern, gate: re.Pattern, s: str, low: str | None = None) -> list[re.Match]:
    """``list(rx.finditer(s))``, found at the starts of ``gate`` in ``s.lower()`` (``low``) when ``s`` is ASCII,
    or when its other characters are all inert punctuation (curly quotes, dashes: ``scan.scan_lower``)."""
    if gate is None:
        return list(rx.finditer(s))
    if low is None or not s.isascii():
        low = scan_lower(s)
        if low is None:
            return list(rx.finditer(s))
    return _matches_at(rx, s, (g.start() for g in gate.finditer(low)))


def _search_at(rx: re.Pattern, starts: re.Pattern | None, s: str, low: str | None) -> re.Match | None:
    """``rx.search(s)``, tried only where ``starts`` finds in ``low`` (``scan_lower(s)``; None, or no ``starts``: the
    plain search) one of the words every match of ``rx`` starts with, after a word boundary (so that a word found
    inside another one, which the scan would step over, is never a start). A match tried at a position sees the
    whole string (lookbehinds, \\b), so the first success is the leftmost match."""
    if low is None or starts is None:
        return rx.search(s)
    match = rx.match
    words = _plain_words(starts)
    if words is not None:
        # plain words: every place each one is found (str.find, far faster than the alternation tried at every
        # position), in text order; these are the places the scan finds and maybe more, where no match starts
        found = set()
        for w in words:
            i = low.find(w)
            while i >= 0:
                found.add(i)
                i = low.find(w, i + 1)
        for q in sorted(found):
            m = match(s, q)
            if m is not None:
                return m
        return None
    for g in starts.finditer(low):
        m = match(s, g.start())
        if m is not None:
            return m
    return None


_PLAIN_ALTERNATION = re.compile(r"[a-z]+(?:\|[a-z]+)*")
_PLAIN_WORDS: dict = {}


def _plain_words(starts: re.Pattern) -> tuple[str, ...] | None:
    """The words of a pattern that is an alternation of lowercase words alone ("later|died"), else None."""
    got = _PLAIN_WORDS.get(starts, False)
    if got is False:
        got = _PLAIN_WORDS[starts] = (tuple(starts.pattern.split("|")) if starts.flags == re.U
                                      and _PLAIN_ALTERNATION.fullmatch(starts.pattern) else None)
    return got


def _quantity_gate() -> re.Pattern | None:
    """First words of grammar.QUANTITY: qualifiers, "between", number words, vague words, digits. A short word
    that only opens longer forms ("a" of "a dozen" / "a minimum of", "at" of "at least", "in" of "in excess of")
    is a start only before one of their second words: a lookahead, so that the scan takes the first word alone
    and a start inside the form ("a minimum of" in "at a minimum of") is still found."""
    if not _same(G.QUANTITY, "cd97326e1d86dbb5"):
        return None
    seconds: dict[str, set[str] | None] = {}  # first word -> the words that may follow it (None: any, or none)

    def add(first: str, second: str | None) -> None:
        if second is None or not re.fullmatch(r"[a-z]+", second):
            seconds[first] = None
        elif seconds.get(first, set()) is not None:
            seconds.setdefault(first, set()).add(second)
    for alt in G._QUAL_ALT.split("|"):
        words = alt.split(r"\s+")
        if re.fullmatch(r"[a-z]+", words[0]):
            add(words[0], words[1] if len(words) > 1 else None)
    # the number and vague forms that open with "a" / "an" (numbers.NUMBER_PATTERN, VAGUE_PATTERN)
    for w in ("hundred", "thousand", "million", "dozen", "large", "number", "handful", "few"):
        add("a", w)
    for w in ("hundred", "thousand", "million"):
        add("an", w)
    for w in (*UNITS, *TENS, "half", "between", "several", "dozens", "scores", "hundreds", "thousands", "tens",
              "numerous", "multiple", "many", *"0123456789"):
        add(w, None)
    return _gate(*(w for w, sec in seconds.items() if sec is None),
                 ends={w: rf"(?=\s+(?:{'|'.join(sorted(sec))})\b)" for w, sec in seconds.items() if sec is not None})


def _with_lookbehind(gate: re.Pattern | None, rx: re.Pattern) -> re.Pattern | None:
    """``gate`` opening with the lookbehind ``rx`` opens with, when there is one of the form "(?<![...])": a start of
    ``rx`` has it, and a gate's match (letters or one digit) never covers the non-word character before a start,
    so the scan still finds every start and skips the places inside words and numbers (far fewer tries)."""
    lb = re.match(r"\(\?<!\[(?:\\.|[^\]\\])*\]\)", rx.pattern)
    return gate if gate is None or lb is None else re.compile(lb.group(0) + gate.pattern)


_QUANTITY_GATE = _with_lookbehind(_quantity_gate(), G.QUANTITY)
_SINGULAR_GATE = (_gate("a", "an", "one", "another", "the", "his", "her", "their")
                  if _same(G.SINGULAR, "47fea588bc72be04") else None)

# literal starts of grammar.ACTIVE_BEFORE's verbs (which may start inside a word); its "...ed/ing to
# death" verbs start at any letter: a prefix holding "death" is searched in full
_ACTIVE_BEFORE_GATE = re.compile("|".join(sorted({
    "fatally", "mortally", "shot", "shoot", "stabbed", "hacked", "beaten", "burn", "clubbed", "crushed", "macheted",
    "stoned", "tortured", "trampled", "bludgeoned", "starved", "frozen", "kill", "dead", "die", "dying", "slain",
    "slaughter", "murder", "massacr", "assassinat", "execut", "summary", "extrajudicial", "extra-judicial", "mass", "behead", "lynched", "gunned", "perished", "pronounced",
    "declared", "lost", "found", "confirmed", "drowned", "succumbed", "left", "leav", "hanged", "hung", "strangled",
    "decapitated", "buried", "burying", "crucified", "cut", "mowed", "mown", "blown", "set", "slew", "slay", "claim", "took",
    "taking", "death", "bodies", "remains", "corpses", "wound", "injur", "hurt", "maim", "hitting", "striking",
    "martyred", "martyrdom", "embraced", "electrocuted", "brought", "paid", "made", "fell", "attained", "laid",
    "throat", "slit", "slash"}))) if _same(G.ACTIVE_BEFORE, "a72699b746d184c3") else None


_WORD_START = re.compile(r"\b\w")


def _active_before(pa: str) -> re.Match | None:
    """``grammar.ACTIVE_BEFORE.search(pa)``: the leftmost start among the verbs' literal starts. In a prefix holding
    "death", the "...ed/ing to death" verbs (``\\w+`` first) are tried too at each word's start: a match of theirs
    that starts inside a word starts at the word's start as well (``\\w+`` takes the letters before it), so the
    leftmost match starts at a word's start or at a literal start. Text with other characters than ASCII ones
    and inert punctuation (curly quotes, dashes: scan.scan_lower) is searched in full."""
    low = scan_lower(pa) if _ACTIVE_BEFORE_GATE is not None else None
    if low is None:
        return G.ACTIVE_BEFORE.search(pa)
    match = G.ACTIVE_BEFORE.match
    search = _ACTIVE_BEFORE_GATE.search
    if "death" in low:
        starts = {w.start() for w in _WORD_START.finditer(pa)}
        g = search(low)
        while g is not None:
            starts.add(g.start())
            g = search(low, g.start() + 1)
        for q in sorted(starts):
            m = match(pa, q)
            if m is not None:
                return m
        return None
    g = search(low)
    while g is not None:
        q = g.start()
        m = match(pa, q)
        if m is not None:
            return m
        g = search(low, q + 1)
    return None


# final words of grammar.NOT_CASUALTY_BEFORE's alternatives (its match ends the string, before "." and spaces)
_NOT_CASUALTY_BEFORE_ENDS = ("$", "#", "no", "of", "age", "aged", "ages", "number", "route", "highway", "flight", "at",
                             "since", "in", "on", "until", "by", "from", "january", "february", "march", "april", "may",
                             "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
                             "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "page", "count",
                             "block", "km", "version", "brigade", "division", "battalion", "regiment", "squadron",
                             "platoon", "corps", "camp", "sector", "zone", "resolution", "article", "section", "precinct",
                             "ward", "kilo", "gate")
_NOT_CASUALTY_BEFORE_OK = _same(G.NOT_CASUALTY_BEFORE, "1f7acb170c9f40ba")


def _not_casualty_before(s: str) -> bool:
    """``bool(grammar.NOT_CASUALTY_BEFORE.search(s))``, skipped when ``s`` cannot end with one of its words. A match
    ends the string and holds no whitespace but that of "(mother|...|ages) of": it starts within the last two
    whitespace-separated tokens, so the search starts at the second-to-last one (``search(s, pos)`` still reads
    the character before ``pos`` for ``\\b``)."""
    if _NOT_CASUALTY_BEFORE_OK and s.isascii():
        t = s.rstrip()
        u = t.lower()
        if u.endswith("."):
            u = u[:-1]
            if u.endswith("."):
                u = u[:-1]
        if not u.endswith(_NOT_CASUALTY_BEFORE_ENDS):
            return False
        toks = t.split()
        # the second-to-last token's start (its last place before the last token: no later place fits)
        pos = t.rfind(toks[-2], 0, len(t) - len(toks[-1])) if len(toks) > 1 else 0
        return G.NOT_CASUALTY_BEFORE.search(s, pos) is not None
    return G.NOT_CASUALTY_BEFORE.search(s) is not None


# --------------------------------------------------------------------------- sentence gates
#: Cheap pre-filter (plain substring tests): a sentence without any of these stems cannot hold a casualty figure.
_CASUALTY_KEYS = (
    "kill", "dead", "death", "die", "dying", "wound", "injur", "hurt", "shot", "shoot", "slain", "slaughter", "murder",
    "body", "bodies", "corpse", "fatal", "hospital", "condition", "toll", "life", "lives", "execut", "behead", "lynch",
    "massacr", "assassin", "hang", "hung", "strangl", "suffocat", "decapitat", "drown", "perish", "gunned", "stab",
    "hack", "beat", "burn", "ablaze", "alight", "blown", "maim", "succumb", "mow", "cut down", "stone", "crucif",
    "tortur", "slay", "slew", "claim", "critical", "homicide", "bullet", "gunfire", "deceased", "struck", "striking", "hitting",
    "hit ", "grazed", "grazing", "victim", "surviv", "recover", "medical cent", "trauma cent", "lacerat", "cut to",
    "cuts to", "cuts and", "cut on", "cuts on", "ed deep cuts", "ed minor cuts", "ed serious cuts", "ed severe cuts",
    "ed multiple cuts", "ed several cuts", "ed bad cuts", "ed superficial cuts", "ed knife cuts", "ed machete cuts",
    "ed cuts", "ed a broken ", "ed broken ", "ed a fractured ", "ed fractured ",
    "on himself", "on herself", "own life", "suicide", "passed away", "martyr", "electrocut", "casualty", "treated",
    "buried", "throat")

#: the same test as one scan: ``_CASUALTY_RX.search(low)`` is true iff some key is a substring of ``low``
_CASUALTY_RX = _any_literal(_CASUALTY_KEYS)
