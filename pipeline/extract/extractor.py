"""Casualty figures from article text: one :class:`Claim` per figure.

Pure Python and regex based (see :mod:`pipeline.extract.grammar` for the named
patterns and :mod:`pipeline.extract.conventions` for the qualifier table).
Every claim names the rule that produced it:

* ``passive_after``  – figure, victim noun, casualty verb ("five people were killed");
* ``nominal_after``  – figure, casualty noun ("12 dead", "20 bodies");
* ``active_before``  – casualty verb, figure ("killing 15 people", "wounded 50");
* ``toll``/``injury_toll`` – a running total ("the death toll rose to 30");
* ``coordinated``    – a figure sharing the verb of its neighbour ("three soldiers and two civilians were killed");
* ``subset``         – "including 160 children" (``parent_key`` set);
* ``singular_*``     – a victim without numeral ("a woman was fatally shot", "the head of a village was killed",
  "gunmen killed Nelson Garcia", "He died in hospital", "shot himself");
* ``along_with``     – "was killed along with his wife and 10 other people";
* ``fatally``        – "four were shot, one of them fatally";
* ``shot_minus_killed`` – people shot who did not die ("four people were shot, one fatally" -> 3 injured);
* ``hospitalized``   – "was taken to the hospital" when the article gives no other injury figure;
* ``hurt_after``     – people shot or hospitalized without a casualty verb ("two gunshot victims",
  "three men were found with gunshot wounds", "two men were taken to the hospital");
* ``toll`` also reads an ordinal death as the running toll ("a third person has died" -> 3);
* ``toll_named``/``injury_toll_named`` – distinct named victims told in separate sentences, as a running toll
  (``_named_victims``: "Jo Roe died at the scene. ... Al Poe, 22, was also killed" -> 2);
* ``singular_active`` also covers "left a man and woman dead", "leaving the teen in critical condition",
  "the shooting of a 7-year-old girl" (shot) and "the fatal shooting of ..." (killed);
* ``tuple_shooting`` – "a double shooting" (2 shot), "a triple homicide" (3 killed);
* ``fatal_event``    – "Police are investigating a fatal shooting" (one killed, only when nothing else gives a death);
* ``minor_victim``   – a victim under 18 named with an age ("a bullet struck his 4-year-old son", "The girl, 6, was grazed");
* ``headline_singular`` – titles without auxiliaries ("Woman killed on birthday"); title claims start with ``title/``.

A rule name ending in ``/another`` marks a figure in addition to those already
counted ("Another 12 were wounded", round-ups of differently dated incidents);
``sql/article_tolls.sql`` adds those. One ending in ``/disputed`` is another party's
figure for victims its sentence already counts ("police said 5 were killed, but the
opposition put the toll at 11": the 11), kept as a claim and not added. Decisions on who is counted and how an
article's figures combine are in ``docs/conventions.md``.

Pipeline per sentence (sentences without a casualty stem are skipped by a
substring pre-filter): find figures -> attach casualty words -> coordination ->
singular victims by their verb -> subsets -> ages stated elsewhere in the article
(``_inherited_age``) -> emit with time window, place, source and event type; then
per article: shot/hospital post-processing, round-ups, and the event's day for
claims whose sentence names none (``_date_from_article``). Intentions ("threatened
to kill"), counterfactuals ("could have died"), clock times ("around 11:30") and
wounds ("one gunshot wound") are not figures.
"""
from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from pipeline.extract import grammar as G
from pipeline.extract.conventions import bounds
from pipeline.extract.numbers import TENS, UNITS, parse_number, vague_key

from pipeline.extract.places import TextPlaces, dateline_place, lookup_place, named_as_home, named_as_scene, resolve_anaphor
from pipeline.extract.places import state_after, state_code as _state_code
from pipeline.extract.scan import (any_in as _any_in, any_literal as _any_literal, matches_at as _matches_at,
                                   same as _same_pattern, scan_lower, top_alternatives)
from pipeline.extract.sources import find_attributions, normalize_source, source_kind
from pipeline.extract.timewindow import CLOCK_TIME, find_time_windows

EXTRACTOR_VERSION = "0.13.0"


@dataclass
class Claim:
    claim_key: int
    casualty_type: str
    victim_group: str
    is_child: bool
    victim_age: int | None
    reported_value: int | None
    qualifier: str
    count_low: int | None
    count_high: int | None
    count_point: int | None
    parent_key: int | None
    is_summary: bool
    period_start: date | None
    period_end: date | None
    date_precision: str | None
    location: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    event_type: str | None
    attributed_source: str | None
    evidence_text: str
    sentence_start: int
    sentence_end: int
    char_start: int
    char_end: int
    rule: str
    # which article field the offsets refer to: "text", or "title" for figures read from a
    # headline when the body gives none
    evidence_field: str = "text"
    # where the location comes from: "sentence" (the figure's sentence, or the figure it
    # follows), "dateline", "before" (the last place named earlier in the body) or "after"
    # (the first place named later, a reader's guess that grouping does not use); None
    # when there is no location
    location_basis: str | None = None

    @property
    def counts(self) -> bool:
        """A figure of its own that the article total may count: not a subset of another claim's
        figure ("including two children"), not a summary of many incidents, and not another party's
        figure set aside for the one the sentence keeps ('/disputed')."""
        return self.parent_key is None and not self.is_summary and not self.rule.endswith("/disputed")


# --------------------------------------------------------------------------- sentences
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Capt|Gen|Col|Lt|Sgt|Maj|Cpl|Pte|Gov|Sen|Rep|Rev|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Corp|Jr|Sr|Brig|Cmdr|Supt|Insp|Det|Ald|Hon)"
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
)) if _same_pattern(_ABBREV, "8292665432fa065c") else None


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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences; newlines always end a sentence; abbreviations do not."""
    spans = []
    start = 0
    for m in _BOUNDARY_FAST.finditer(text):
        q = m.start()
        newline = text[q] == "\n"
        if not newline and _may_be_abbrev(text, q) and _ABBREV.search(text[max(start, q - 12):q + 1]):
            continue
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
def _same(rx: re.Pattern, sha: str) -> bool:
    """``rx`` is still the pattern a gate below was derived from (else the gate is not used)."""
    return hashlib.sha1(rx.pattern.encode()).hexdigest()[:16] == sha and rx.flags in (re.U, re.I | re.U)


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
    if not _same(G.QUANTITY, "837f85abae029bc6"):
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
                  if _same(G.SINGULAR, "9d022b82bc05d5da") else None)

# literal starts of grammar.ACTIVE_BEFORE's verbs (which may start inside a word); its "...ed/ing to
# death" verbs start at any letter: a prefix holding "death" is searched in full
_ACTIVE_BEFORE_GATE = re.compile("|".join(sorted({
    "fatally", "mortally", "shot", "shoot", "stabbed", "hacked", "beaten", "burn", "clubbed", "crushed", "macheted",
    "stoned", "tortured", "trampled", "bludgeoned", "starved", "frozen", "kill", "dead", "die", "dying", "slain",
    "slaughter", "murder", "massacr", "assassinat", "execut", "summary", "extrajudicial", "extra-judicial", "mass", "behead", "lynched", "gunned", "perished", "pronounced",
    "declared", "lost", "found", "confirmed", "drowned", "succumbed", "left", "leav", "hanged", "hung", "strangled",
    "decapitated", "buried", "crucified", "cut", "mowed", "mown", "blown", "set", "slew", "slay", "claim", "took",
    "taking", "death", "bodies", "remains", "corpses", "wound", "injur", "hurt", "maim", "hitting", "striking",
    "martyred", "embraced", "electrocuted", "brought"}))) if _same(G.ACTIVE_BEFORE, "e185c73f728b1122") else None


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


# --------------------------------------------------------------------------- mentions
@dataclass
class _Mention:
    start: int
    end: int
    kind: str                      # 'number', 'vague', 'singular'
    value: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    vague: str | None = None
    ctype: str | None = None       # killed / injured / shot
    rule: str | None = None
    np: str = ""
    span_start: int = 0
    span_end: int = 0
    subset: bool = False
    additive: bool = False
    age: int | None = None
    verb_is_passive: bool = False
    parent: "_Mention | None" = None
    extra: dict = field(default_factory=dict)


_YEAR_OLD = re.compile(rf"(?P<age>\d{{1,3}}|{G.NUMBER_PATTERN})[- ](?P<unit>years?|months?|weeks?|days?)[- ]old", re.I)
_YEAR_OLD_GATED = _same(_YEAR_OLD, "bd2dfbd99c2955c2")


def _year_old(s: str) -> re.Match | None:
    """``_YEAR_OLD.search(s)``: every match ends with "old" (found in ``scan.scan_lower(s)`` when there is one)."""
    if _YEAR_OLD_GATED:
        low = scan_lower(s)
        if low is not None and "old" not in low:
            return None
    return _YEAR_OLD.search(s)


def _age_value(am: re.Match) -> int | None:
    """Age in whole years of a "N-year-old" / "N-month-old" match: a 9-month-old is 0."""
    n = parse_number(am.group("age"))
    if n is None or not am.group("unit").lower().startswith("year"):
        return 0 if n is not None else None
    return n
_AGE_PAREN = re.compile(r"\A,?\s*(?:\(|,\s*)(?:aged\s+)?(?P<age>\d{1,3})\b")
_NON_PERSON_NP = re.compile(
    r"\b(?:attacks?|bomb(?:s|ings?)?|blasts?|explosions?|strikes?|airstrikes?|raids?|shells?|rockets?|missiles?|"
    r"incidents?|clashes|days|weeks|months|years|hours|villages?|towns?|houses?|homes?|buildings?|vehicles?|cars?|"
    r"garages?|trucks?|vans?|windows?|doors?|walls?|apartments?|residences?|businesses|stores|"
    r"mortars?|grenades?|shots|rounds|bullets|cases|times|places|locations|sites|areas|regions|provinces|states|"
    r"districts|countries|cities|camps|churches|mosques|schools|hospitals|percent|cattle|cows|animals|"
    r"killings|deaths|murders|shootings|suicide\s+bombers?|bombers?|gunmen|assailants|attackers|pigs|dogs|birds|"
    r"horses|donkeys|chickens|fish|elephants|lions|rhinos?|goats|sheep|camels|livestock|families|households|tribes|"
    r"communities|clans|groups|factions|parties)\b", re.I)
_PERSON_HEAD_AFTER = re.compile(
    rf"\s+(?:[\w'’-]+\s+)?(?:{G.PERSON_SINGULAR}s?|men|women|children|people|policemen|(?:police|security)\s+officers)\b", re.I)


def _non_person(head: str) -> bool:
    """The head of a figure's noun phrase is not a person ("two houses", "three attacks"); a non-person word that
    only modifies a person noun after it does not make it one ("two village chiefs", "a government house
    photographer", "three school teachers")."""
    nm = _NON_PERSON_NP.search(head)
    while nm is not None:
        if not _PERSON_HEAD_AFTER.match(head, nm.end()):
            return True
        nm = _NON_PERSON_NP.search(head, nm.end())
    return False


_PREP_CUT = re.compile(r"\s+(?:in|at|on|near|during|across|from|inside|outside|while|when|after|before|since|under|around|along|between|as)\b.*\Z", re.I | re.S)


def _head(np: str) -> str:
    """The noun phrase up to its first preposition: "people in an attack" -> "people"."""
    return _PREP_CUT.sub("", " " + (np or "")).strip()

_ATTACKER_NP = re.compile(r"\b(?:suicide\s+bombers?|bombers?|gunm[ae]n|assailants?|attackers?|shooters?)\b", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|being|got|get|left)\b", re.I)
_OBJECT_AFTER = re.compile(
    rf"\A\s+(?:(?:{G._QUAL_ALT})\s+)?(?:\d|(?-i:[A-Z][a-z])|(?:{G.NUMBER_PATTERN})\b|(?:a|an|the|his|her|their|its|him|them|us|me|"
    rf"dozens|scores|hundreds|several|many|people|civilians|soldiers|two|three)\b)", re.I)
_FOLLOW_NP = re.compile(rf"(?P<np>(?:\s+{G._NP_WORD}){{0,4}})", re.I)
_COORD_FWD = re.compile(rf"\A{G.NOUN_PHRASE}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)\Z", re.I)
_COORD_BACK = re.compile(rf"\A{G.NOUN_PHRASE}(?:\s*\([^)]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:(?:wounded|injured|wounding|injuring|killed|killing)\s+)?|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+|\s+alongside\s+|\s+and\s+(?:their|his|her)\s+)\Z", re.I)
_ATTRIB_AFTER = re.compile(r"\A\s*(?:[\w'’-]+\s+){0,3}?(?:said|says|say|told|tells|reported|reports|stated|confirmed|added|announced|according)\b", re.I)
_OF_THEM_FATALLY = re.compile(r"\A(?:\s+of\s+(?:them|whom|those))?\s*,?\s*(?:(?:were|was|is|are|had\s+been)\s+)?(?:fatally|mortally)\b(?!\s+(?:shot|wounded|injured|stabbed|hit|struck))"
                              r"|\A\s+of\s+(?:them|whom)\s+(?:(?:has|had|later|then|since|subsequently)\s+)?(?:died|was\s+killed)\b", re.I)
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with|alongside|with)\s+\Z", re.I)
_ALONG_WITH_NEEDS = _needs(_ALONG_WITH, "f2f852a1d50ed291", "with", "alongside")
_ALONG_WITH_AND = re.compile(r"\b(?P<with>(?:along\s+with|together\s+with|alongside)\s+)(?:his|her|their|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+and\s+\Z", re.I)
"""Before "N others": a companion victim then "and" ("killed along with his wife and ten other people")."""
_ANY_CASUALTY_VERB = re.compile(rf"\b(?:(?P<kill>{G.KILL_WORDS})|(?P<inj>{G.INJURE_WORDS}))\b", re.I)
_OTHERS = re.compile(G.OTHERS_AFTER, re.I)
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+and\s+(?:then\s+)?(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+s)\s+(?:\w+ly\s+)?(?:later\s+)?(?!(?:were|was|are|said|say|says|told|reported|believe[ds]?)\b)\w+", re.I)
"""', and his relatives later went ...': a new clause with a subject of its own (after a singular victim)."""
_FATALLY_AFTER = re.compile(r"\A\W{0,3}\s*(?:and\s+)?(?:(?P<n>\d+|[a-z]+)\s+(?:of\s+them\s+)?)?(?:fatally|died|dead|killed|to\s+death)\b", re.I)
_LATER_DIED = re.compile(r"\b(?:later\s+died|died\s+later|succumbed|died\s+(?:at|in|on\s+the\s+way\s+to)\s+(?:the\s+|a\s+)?hospital|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds))\b", re.I)


_WITH_INJURIES = re.compile(
    r"\A(?P<np>\s+(?:other\s+)?(?:others|people|persons|men|women|victims|children|boys|girls|teens|teenagers|students|"
    r"officers|passengers|bystanders|patrons|adults|individuals))\s+(?:(?:all|each|both)\s+)?with\s+"
    r"(?:(?:serious|minor|critical|severe|life-threatening|non-?life-threatening|non-?fatal|multiple|various|other|"
    r"moderate|significant|light|slight)\s+)*?injuries\b", re.I)
"""After a figure, the people it leaves hurt: "the blast of gunfire left a guard dead and four others with minor injuries" (not gunshot
wounds, which include the dead: see grammar.HURT_AFTER)."""
_LEFT_BEFORE_FIGURE = re.compile(
    r"\b(?:left|leaving|leaves)\s+(?:[^.;:]{1,80}?\b(?:dead|killed)\s*,?\s+and\s+)?"
    r"(?:(?:at\s+least|more\s+than|another|an?\s+other)\s+)?\Z", re.I)
_IN_HOSPITAL_AFTER = re.compile(
    r"\A(?P<np>(?:\s+(?!(?:in|and|or|with|who|after|from)\b)[\w'’-]+){0,3}?)\s+(?:(?:still|critically|seriously|badly)\s+)?"
    r"(?:(?P<hosp>in\s+(?:the\s+)?hospital(?!\s+(?:lobby|parking|car|staff|bed|room|gate|grounds|entrance)))|hospitali[sz]ed"
    r"|in\s+(?:a\s+)?(?:\w+ly\s+)?(?:critical|serious|grave|stable|life-threatening)(?:\s+but\s+stable)?\s+condition)\b", re.I)
"""After a figure an event left, the people it left in hospital: "left two dead and three others in hospital", "leaving
four people in critical condition", "left a guard dead and a driver in serious condition"."""
_BARE_AFTER = re.compile(r"\A\s+(?:(?:critically|seriously|badly|severely|gravely)\s+)?(?:(?P<inj>injured|wounded|hurt)|(?P<kill>dead))\b(?!\s+(?:by|in|at|on)\b)", re.I)


def _num_value(s: str | None) -> int | None:
    return parse_number(s) if s else None


_ACTIVE_HINT = re.compile(r"\b(?:kill|wound|injur|hurt|shoot|murder|execut|stab)(?:ed|ing|s)?\s+(?:a|an|the|his|her|their|one|another)\b"
                          r"|\balong\s+with\b|\balongside\b|\btogether\s+with\b"
                          # "left a man dead and a woman wounded": the victim after the dead
                          r"|\bdead\s*,?\s+and\s+(?:a|an|the|his|her|their|one|another)\b", re.I)


#: where a match of _ACTIVE_HINT can start (in the lowercased text: scan.scan_lower): see _search_at
_ACTIVE_HINT_STARTS = (re.compile("kill|wound|injur|hurt|shoot|murder|execut|stab|along|together|dead")
                       if _same(_ACTIVE_HINT, "dd439431600e0e33") else None)
_YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")


_COMMA_QUALIFIER = re.compile(r"\s*,\s*(?P<q>at\s+least|no\s+fewer\s+than|more\s+than)\s*,\s*\Z", re.I)


def _find_mentions(sent: str) -> list[_Mention]:
    ms: list[_Mention] = []
    for m in _finditer(G.QUANTITY, _QUANTITY_GATE, sent):
        q = G.qualifier_of(m.group("qual"))
        if m.group("vague"):
            vk = vague_key(m.group("vague"))
            if vk is None:
                continue
            ms.append(_Mention(m.start(), m.end(), "vague", qualifier="vague", vague=vk))
            continue
        if m.group("lo") or m.group("lo2") or m.group("lo3"):
            lo = _num_value(m.group("lo") or m.group("lo2") or m.group("lo3"))
            hi = _num_value(m.group("hi") or m.group("hi2") or m.group("hi3"))
            if lo is None or hi is None or hi < lo:
                continue
            ms.append(_Mention(m.start(), m.end(), "number", value=lo, high=hi,
                               qualifier="range" if q == "exact" else q))
            continue
        raw = m.group("num")
        v = _num_value(raw)
        if v is None:
            continue
        if _YEAR_NUMBER.fullmatch(raw) and q == "exact":
            continue  # a year
        start = m.start()
        if q == "exact" and sent[max(0, start - 2):start].rstrip().endswith(","):
            cq = _COMMA_QUALIFIER.search(sent, max(0, start - 30), start)
            if cq:  # "leading to the death of, at least, seven people": the qualifier set off by commas
                start, q = cq.start(), G.qualifier_of(cq.group("q"))
        ms.append(_Mention(start, m.end(), "number", value=v, qualifier=q))
    # singular noun phrases only matter next to a figure ("a priest and four customs officers")
    # or as the object of an active verb ("killing a policeman")
    for m in (_finditer(G.SINGULAR, _SINGULAR_GATE, sent)
              if ms or _search_at(_ACTIVE_HINT, _ACTIVE_HINT_STARTS, sent, scan_lower(sent)) else ()):
        s, e = m.start(), m.end()
        adj = m.group("adj") or ""
        age = None
        # every match of _YEAR_OLD holds "old" (in ASCII letters of any case: lower() gives "old")
        am = _YEAR_OLD.search(m.group(0)) if "old" in m.group(0).lower() else None
        if am:
            age = _age_value(am)
        # a numeral inside the singular NP ("a 27 year old leader") is the age, not a figure
        inner = [x for x in ms if x.start >= s and x.end <= e]
        if inner and not am:
            continue
        if not all(e <= a or s >= b for a, b in [(x.start, x.end) for x in ms if x not in inner]):
            continue
        for x in inner:
            ms.remove(x)
        noun = m.group("noun") or m.group("noun2") or m.group("kin") or ""
        if age is None:
            pm = _AGE_PAREN.match(sent[e:e + 12])
            if pm:
                age = int(pm.group("age"))
        mm = _Mention(s, e, "singular", value=1, np=m.group(0), age=age)
        mm.additive = bool(m.group("art") and m.group("art").lower() == "another")
        mm.extra["noun"] = noun
        ms.append(mm)
    ms.sort(key=lambda x: x.start)
    return ms


_GUNSHOT_WOUNDS = re.compile(r"\b(?:gun\s*shot|bullet)\s+wounds?\b", re.I)
"""'Suffered / sustained gunshot wounds' says people were shot, not how it ended: injured unless they died."""


def _type_of(md) -> str:
    if md.group("kill"):
        return "killed"
    if md.group("inj"):
        return "shot" if _GUNSHOT_WOUNDS.search(md.group("inj")) else "injured"
    return "shot"


_LABEL_BEFORE = re.compile(
    r"(?:\b(?:News|Channel|(?-i:[KW][A-Z]{2,3}(?:-TV)?))|\b(?:Image|Photo|Picture|Slide)(?:\s+\d+\s+of)?(?:\s*/)?"
    r"|\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?))\s*\Z", re.I)
"""Before a number that names something: a station ("Local News 8", "told Channel 3", "WXYZ 7"), a
photo's place in a gallery ("Image 2 of 16", "Image 1 of / 16") or a phone number called ("dialed 911
reporting that she had been shot")."""


_FIGURE_LABEL = re.compile(r"(?:\A|[.;)]\s*)(?P<label>(?:(?P<kill>fatalities|deaths|killed|dead)|injured|wounded|injuries)\s*:\s*)\Z",
                           re.I)
_FIGURE_LABEL_END = re.compile(r"\s*(?:[.;(]|\Z)")
"""A figure given as a labelled field, as conflict monitors end their event notes: "Fatalities: 3.", "Injured: 12"
(the field alone: "Deaths: 3 in 2019 ..." is left to the rest of the grammar)."""

_RESULTED_IN = re.compile(r"\bresult(?:ed|ing|s)?\s+in\s+\Z", re.I)
"""Before a figure, "in" that is no date when a casualty word follows the figure: "the clashes resulted in 14
fatalities" (not "resulted in at least 18 casualties and 20 injured": the casualties are no figure of their own)."""


_LIVES_NOT_LOST = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|touch(?:es|ed|ing)?|chang(?:e|es|ed|ing)|impact(?:s|ed|ing)?|affect(?:s|ed|ing)?|"
    r"enrich(?:es|ed|ing)?|transform(?:s|ed|ing)?|improv(?:e|es|ed|ing)|(?:put|putting|puts)|endanger(?:s|ed|ing)?|"
    r"risk(?:s|ed|ing)?|protect(?:s|ed|ing)?|spar(?:e|es|ed|ing)|bless(?:es|ed|ing)?)\s+(?:\w+\s+){0,2}\Z", re.I)
"""Before "N lives" that were not lost: "saved multiple lives", "touched many lives", "put 20 lives at risk"."""


_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither|no\s+one)\s+of\s+(?:the|these|those|their|its|his|her)\s+(?:other\s+)?\Z", re.I)


# every alternative: "(death|casualty|fatality|the) (toll|count|figure)", "toll", "number of ...", "... toll|number of"
_TOLL_NEEDS = _needs(G.TOLL_BEFORE, "eb51f24e22f3f1a7", "toll", "count", "figure", "number", "total")
# "number of (injured|...)", "injur(y|ed) (toll|count)"
_INJURY_TOLL_NEEDS = _needs(G.INJURY_TOLL_BEFORE, "7635ade448b46271", "number", "injur")
# the casualty verb of grammar.KILL_WORDS, INJURE_WORDS and SHOT_WORDS, one word each alternative must hold
_VERB_WORDS = (
    "fatally", "mortally", "shot", "stabbed", "death", "kill", "dead", "die", "dying", "slain", "slaughtered", "murdered",
    "massacred", "assassinated", "executed", "beheaded", "lynched", "gunned", "perished", "pronounced", "declared",
    "lost", "found", "confirmed", "drowned", "succumbed", "left", "hanged", "hung", "strangled", "decapitated", "burn",
    "buried", "tortured", "stoned", "crucified", "hacked", "cut", "mow", "blown", "set", "martyred", "embraced",
    "electrocuted", "brought",  # KILL_WORDS ("... to death", "burn(ed|t) alive", "mowed/mown down")
    "wound", "injur", "hurt", "maimed", "suffocat", "grazed", "burns", "hospitali",  # INJURE_WORDS
    "hit", "struck")  # SHOT_WORDS (and "shot", "grazed", "wounded", "stabbed")
_PASSIVE_AFTER_NEEDS = _needs(G.PASSIVE_AFTER, "9bff9f44e40b08a6", *_VERB_WORDS)
# "including", "among ...", "of whom/them", "most(ly)", "many of them", "the dead were", "which included", "the majority"
_SUBSET_NEEDS = _needs(G.SUBSET_BEFORE, "ec41c3c437015cb6", "includ", "among", "whom", "them", "most", "were", "majority")
# the number word of "a double shooting", "a triple homicide"
_TUPLE_NEEDS = _needs(G.TUPLE_SHOOTING, "e5649c2b88560684", "double", "triple", "quadruple", "quintuple")
# the words before a shooter's age ("shot by", "the suspect", "police arrested")
_AGENT_AGE_NEEDS = _needs(G.AGENT_AGE_CONTEXT, "aa3e4c1b5291ea2a", "by", "suspect", "shooter", "gunman", "arrested",
                          "charged", "accused", "booked", "identified")


# patterns of _classify read for most figures, compiled once (the same patterns and flags as written inline before)
_AGE_APPOS_BEFORE = re.compile(r"(?<!\d)(?<!\d[snrt][tdh])[A-Za-z]\s*,\s*\Z")
_CASUALTY_WORD_COMMA = re.compile(r"\b(?:shot|killed|dead|wounded|injured|hurt|died|people|persons|others|civilians|victims)\s*,\s*\Z", re.I)
_AGE_APPOS_AFTER = re.compile(r"\A\s*(?:,|\)|of\s+(?!them|whom|those)|from\b|and\s+\d|(?-i:[A-Z][a-z]))", re.I)
_OF_THEM_AFTER = re.compile(r"\A\s+of\s+(?:them|whom)\b", re.I)
_COMMA_END = re.compile(r",\s*\Z")
_MORE_AFTER = re.compile(r"\A\s+more\b", re.I)
_SENT_VERB_BEFORE = re.compile(r"(?i)\bsen(?:t|ds|ding)\s+\Z")


# a cumulative count's scope: a month, a year, "so far", "to date", a city's homicides (besides grammar.SUMMARY's
# "since January", "since the war began"); a week or less ("since Thursday", "this week") is one incident's
_CUMULATIVE_SCOPE = re.compile(
    r"\b(?:this|the|last)\s+(?:month|year)\b|\bso\s+far\b|\bto\s+date\b|\bfor\s+(?:the\s+year|(?:19|20)\d\d)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bhomicides?\b|\bmurders?\b|\bnationwide\b|\bin\s+the\s+(?:country|state|region|province)\b",
    re.I)
_CUMULATIVE_VERBS = ("bring", "brought", "rais", "push", "tak", "took", "lift")
_HAS_CUMULATIVE_VERB = _any_in(_CUMULATIVE_VERBS)  # ``any(v in low for v in _CUMULATIVE_VERBS)``, an `or` chain
_CUMULATIVE_TAIL = re.compile(r"[^.;:!?,]{0,60}")


def _cumulative_count(sent: str, m: _Mention, prefix: str, suffix: str) -> bool:
    """A running or cumulative count that an event brings up ("..., bringing the number of people killed in the
    state this month to 40", "raising to 45 the number of troops killed since the operation began"): a toll, which
    is a summary when its scope is a month, a year, a campaign or a span "since" a day (the event's own figure
    beside it is not).
    Sets the mention's type, rule and the clause's start; False when the figure is not such a count."""
    low = prefix.lower()  # (the 90 characters before the figure)
    if not _HAS_CUMULATIVE_VERB(low):
        return False
    base = max(0, m.start - 90)
    cm = G.CUMULATIVE_TOLL_BEFORE.search(prefix)
    if cm is not None:
        start, hurt = base + cm.start(), cm.group("hurt1") or cm.group("hurt2")
        scope = cm.group(0) + _CUMULATIVE_TAIL.match(suffix).group(0)
        end = m.end
    else:
        vm = G.CUMULATIVE_VERB_TO_BEFORE.search(prefix)
        am = G.CUMULATIVE_TOLL_AFTER.match(suffix) if vm is not None else None
        if am is None:
            return False
        start, hurt = base + vm.start(), am.group("hurt3") or am.group("hurt4")
        scope = am.group(0)
        end = m.end + am.end()
    m.ctype, m.rule = ("injured", "injury_toll") if hurt else ("killed", "toll")
    m.span_start, m.span_end = m.start, end
    m.extra["toll_start"] = start
    m.extra["cumulative"] = (start, end)
    # a count "since" a day spans more than the event that brought it up ("killed 23 in a new bout of violence,
    # bringing the death toll since Thursday to 35"); one event's own toll needs no "since"
    m.extra["summary"] = bool(_CUMULATIVE_SCOPE.search(scope)) or "since" in scope.lower() or _is_summary(scope)
    return True


_PART_OF_BEFORE = re.compile(rf"\b(?:\d{{1,3}}|{G.NUMBER_PATTERN})\s+of\s+(?:the\s+|these\s+|those\s+)?\Z", re.I)
"""A part of a group: "three of (the) four ...", the group's number after it is not the figure."""


_CASUALTIES_THEN_HURT = re.compile(
    r"\A(?P<c>\s+casualties)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:at\s+least|more\s+than|over|about|some|nearly)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:others?\s+|people\s+|persons\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b", re.I)
"""Casualties set beside a figure of the hurt: "results in at least 18 casualties and 20 injured" (the dead)."""


_FAMILIES_THEN = re.compile(rf"(?:{G.NUMBER_PATTERN}|\d+)\s+(?:families|households)\s*[—–:-]+\s*\Z", re.I)
"""Families named before the people they hold: "killing two families — four children and four parents"."""


def _classify(sent: str, m: _Mention) -> None:
    prefix = sent[max(0, m.start - 90):m.start]
    suffix = sent[m.end:m.end + 220]
    if m.kind != "singular" and G.NOT_CASUALTY_AFTER.match(suffix):
        m.rule = "not_casualty"
        return
    if (m.kind == "number" and m.qualifier == "exact" and (m.value or 0) < 120
            and _AGE_APPOS_BEFORE.search(prefix)
            and not _CASUALTY_WORD_COMMA.search(prefix)
            and (am := _AGE_APPOS_AFTER.match(suffix))
            and (am.group(0).strip()[:1].islower() or am.group(0).strip()[:1] in ",)"
                 or any(ch.isdigit() for ch in sent[m.start:m.end]))):
        # an age in apposition: "Kristian Piazza, 16, of Buffalo"; an age is written in digits before a
        # capitalised word, so "On the 22nd, two Palestinians were killed" is a figure
        m.rule = "not_casualty"
        return
    if (m.kind == "number" and m.value == 1 and re.search(r"(?i)\b(?:this|that)\s+\Z", prefix[-8:])
            and re.match(r"\s+hurts?\b", suffix)):
        m.rule = "not_casualty"  # "This one hurt, a lot" (the case hurt its teller): no one hurt
        return
    if m.kind != "singular" and _NONE_OF_BEFORE.search(prefix[-40:]):
        m.rule = "not_casualty"  # "None of the other six clerks in the shop were hurt"
        return
    m.subset = _search_if(G.SUBSET_BEFORE, _SUBSET_NEEDS, prefix[-50:]) is not None or (
        m.kind != "singular" and _OF_THEM_AFTER.match(suffix) is not None
        and _COMMA_END.search(prefix) is not None)
    if m.subset:
        gm = _SUBSET_OF_GROUP.search(prefix[-50:])
        if gm:  # "Among the dead were two children", "The victims included two children": whose subset it is
            m.extra["among"] = gm.group("t").lower()
    if m.kind != "singular" and (G.ANOTHER_BEFORE.search(prefix[-25:]) or _MORE_AFTER.match(suffix)):
        m.additive = True
    if m.kind != "singular":
        tm = _search_if(G.TOLL_BEFORE, _TOLL_NEEDS, prefix)
        if tm and not re.search(r"(?i)\bdeath\s+(?:toll|total)", tm.group(0)) and (hm := re.search(
                r"injur|wound|casualt", _CONTRAST_CLAUSE.split(prefix[max(0, tm.start() - 40):])[-1], re.I)) and not (
                hm.group(0).lower() == "casualt" and _BARE_FIGURE_END.match(suffix)
                and not re.search(r"(?i)injur|wound|hurt", sent)):
            # a toll of the injured (not across "..., while activists put the toll at"); a bare "casualty figure"
            # in a sentence that tells no one hurt is the dead: "The casualty figure later increased to nine."
            m.rule = "not_casualty"
            return
        if tm:
            m.ctype, m.rule = "killed", "toll"
            m.span_start, m.span_end = m.start, m.end
            # "The death toll from Tuesday's bombing rose to": its day is the event's (offset in the sentence)
            m.extra["toll_start"] = max(0, m.start - 90) + tm.start()
            return
        if _cumulative_count(sent, m, prefix, suffix):
            return
        if _search_if(G.INJURY_TOLL_BEFORE, _INJURY_TOLL_NEEDS, prefix[-70:]):
            m.ctype, m.rule = "injured", "injury_toll"
            m.span_start, m.span_end = m.start, m.end
            return
        cm = _CASUALTIES_THEN_HURT.match(suffix) if suffix[:12].lstrip().lower().startswith("casualties") else None
        if cm:  # "at least 18 casualties and 20 injured": casualties told apart from the hurt are the dead
            m.ctype, m.rule, m.np = "killed", "nominal_after", "casualties"
            m.span_start, m.span_end = m.start, m.end + cm.end("c")
            return
        lm = _FIGURE_LABEL.search(prefix[-40:])
        if lm and _FIGURE_LABEL_END.match(suffix):
            # a monitor's event note: "... killing 3 civilians. Fatalities: 3." (one more sentence stating the figure)
            m.ctype, m.rule = ("killed" if lm.group("kill") else "injured"), "label"
            m.span_start, m.span_end = m.start - (len(prefix[-40:]) - lm.start("label")), m.end
            return
        if ((_not_casualty_before(prefix[-30:]) and not (
                _RESULTED_IN.search(prefix[-30:]) and G.NOMINAL_AFTER.match(suffix))) or _LABEL_BEFORE.search(prefix[-40:])
                or re.search(r"\bage[sd]?\s+(?:of\s+)?\d{1,3}\s*(?:and|to|-|through)\s*\Z", prefix[-30:], re.I)):
            m.rule = "not_casualty"
            return
    if m.kind != "singular" and suffix[:10].lower().lstrip().startswith("of th"):
        wm = _HURT_LATER_DIED.match(suffix)
        if wm:  # "Two of the wounded later died": deaths (the toll that follows, if any, holds them)
            m.ctype, m.rule, m.np = "killed", "passive_after", "wounded"
            m.span_start, m.span_end = m.start, m.end + wm.end()
            return
    if m.kind != "singular" and not prefix.strip() and suffix[:9].lower().lstrip().startswith("of them"):
        tm = _OF_THEM_GROUP.match(suffix)
        if tm and _named_group(tm.group("pred")):
            # "Three of them were children." opening a sentence: the figure of the sentence before (see the subset
            # step of _extract_body); its group is the predicate
            m.subset, m.rule = True, "among"
            m.np, m.extra["among"], m.extra["pred"] = tm.group("pred"), "them", tm.group("pred")
            return
    if m.kind != "singular" and "of" in prefix[-60:].lower():
        pm = _OF_THE_GROUP_BEFORE.search(prefix[-60:])
        gm = _GROUP_PRED_AFTER.match(suffix) if pm else None
        if gm and _named_group(gm.group("pred")):
            # "Of the 30 dead, 14 were children": a subset of the dead (the figure before), of the predicate's group
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(pm.group("t").lower()), "among"
            m.np, m.extra["among"] = gm.group("pred"), pm.group("t").lower()
            m.span_start, m.span_end = m.start, m.end + gm.end()
            return
    if m.kind != "singular" and any(w in prefix[-40:].lower() for w in ("account", "made up", "make up")):
        gm = _GROUP_ACCOUNTED_BEFORE.search(prefix[-60:])
        om = _OF_THE_GROUP_AFTER.match(suffix) if gm and _named_group(gm.group("grp")) else None
        if om:
            # "Children accounted for nine of the 25 deaths": a subset of the figure its group holds
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(om.group("t").lower()), "among"
            m.np, m.extra["among"] = gm.group("grp"), om.group("t").lower()
            m.span_start, m.span_end = m.start - (len(prefix[-60:]) - gm.start()), m.end + om.end()
            return
    if m.kind != "singular" and ("among" in suffix[:80].lower() or suffix[:10].lower().lstrip().startswith("of th")):
        om = _OF_THE_DEAD.match(suffix)
        if om and _named_group(om.group("pred")):
            # "Three of the dead were children": a subset of the dead, of the predicate's group
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(om.group("t").lower()), "among"
            m.np, m.extra["among"] = om.group("pred"), om.group("t").lower()
            m.span_start, m.span_end = m.start, m.end + om.end()
            return
        am = _AMONG_DEAD_AFTER.match(suffix)
        if am and not _non_person(_head(am.group("np") or "")):
            # "Two children were among the dead": a subset of the dead
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(am.group("t").lower()), "among"
            m.np, m.extra["among"] = (am.group("np") or "").strip(), am.group("t").lower()
            m.span_start, m.span_end = m.start, m.end + am.end()
            return
    if m.kind != "singular":
        fm = _OF_THEM_FATALLY.match(suffix)
        if fm:
            m.ctype, m.rule = "killed", "fatally"
            m.subset = False  # "four were shot, one of them fatally": the dead are counted apart from the injured
            m.span_start, m.span_end = m.start, m.end + fm.end()
            return
    md = _match_if(G.PASSIVE_AFTER, _PASSIVE_AFTER_NEEDS, suffix) if m.kind != "singular" else None
    if md:
        np = md.group("np") or ""
        aux = suffix[md.end("np"):md.start(md.lastgroup)] if md.lastgroup else ""
        passive = bool(_PASSIVE_AUX.search(aux))
        verb_end = md.end()
        active = (not passive and md.group("kill") and re.match(r"(?i)killed|kill\b|slain|murdered|massacred|executed|beheaded|lynched|assassinated|slaughtered|shot dead|gunned down", md.group("kill"))
                  and _OBJECT_AFTER.match(suffix[verb_end:]))
        active = active or (not passive and (md.group("inj") or md.group("shot")) and _OBJECT_AFTER.match(suffix[verb_end:]))
        singular_aux = re.search(r"\b(?:was|has|is)\b", aux, re.I) and not re.search(r"\b(?:were|have|are)\b", aux, re.I)
        if singular_aux and (m.kind == "vague" or (m.value or 0) > 1) and not re.match(r"\A\s+of\b", np):
            m.rule = "number_disagreement"
            return
        if (not active and m.kind == "number" and _PART_OF_BEFORE.search(prefix[-30:])
                and re.search(r"\b(?:were|was|are|is|have|has|had)\b", aux, re.I)
                and not re.search(r"\b(?:who|that|which)\b", suffix[:md.start(md.lastgroup)], re.I)):
            m.rule = "not_casualty"  # "Three of four members of a family were killed": the verb is the three's
            return
        if not active and not _non_person(_head(np)):
            m.ctype = _type_of(md)
            if m.ctype == "shot" and md.group("inj") and re.search(r"\band\s+\Z", prefix):
                m.ctype = "injured"  # "one deceased man and one woman who suffered gunshot wounds": someone else
            m.rule = "passive_after"
            m.np = np.strip()
            m.verb_is_passive = True
            m.span_start, m.span_end = m.start, m.end + verb_end
            return
        if active and _ATTACKER_NP.search(np):
            m.rule = "attacker_subject"
            return
    if m.kind != "singular" and ("struck" in suffix[:120] or "hit" in suffix[:120]):
        sm = _STRUCK_AFTER.match(suffix)
        if sm and not _non_person(_head(sm.group("np") or "")) and _SHOOTING_HERE.search(sent):
            # "Eleven people were struck and the shooting only stopped ...": people shot
            m.ctype, m.rule, m.np = "shot", "passive_after", (sm.group("np") or "").strip()
            m.verb_is_passive = True
            m.span_start, m.span_end = m.start, m.end + sm.end()
            return
    if m.kind != "singular":
        md = G.NOMINAL_AFTER.match(suffix)
        if md and md.group("kill") == "lives" and _LIVES_NOT_LOST.search(prefix[-40:]):
            m.rule = "not_casualty"  # "saved multiple lives", "touched many lives": not deaths
            return
        if md and not _non_person(_head(md.group("np") or "")):
            m.ctype = "killed" if md.group("kill") else "injured"
            m.rule = "nominal_after"
            m.np = (md.group("np") or "").strip()
            m.span_start, m.span_end = m.start, m.end + md.end()
            return
    if m.kind != "singular" and " with " in suffix[:40]:
        md = _WITH_INJURIES.match(suffix)
        if md:
            m.ctype, m.rule = "injured", "nominal_after"
            m.np = md.group("np").strip()
            m.span_start, m.span_end = m.start, m.end + md.end()
            return
    if ("hospital" in suffix[:60].lower() or "condition" in suffix[:80].lower()) and _LEFT_BEFORE_FIGURE.search(prefix[-120:]):
        md = _IN_HOSPITAL_AFTER.match(suffix) if m.kind != "singular" else _IN_HOSPITAL_AFTER.match(" x" + suffix)
        if m.kind == "singular" and (not re.search(r"\b(?:dead|killed)\s*,?\s+and\s+\Z", prefix, re.I)
                                     or (md and md.group("np").strip() != "x")):
            md = None  # a single victim only right after the dead ("left a man dead and a woman in hospital")
        if md and md.group("hosp") and not re.search(r"(?i)\b(?:dead|killed|killing|died|wounded|wounding|injured|injuring)\b", prefix):
            md = None  # "in hospital" only beside a casualty ("left two children in the hospital" may be a place)
        if md and (m.kind == "singular" or not _non_person(_head(md.group("np") or ""))):
            m.ctype, m.rule = "injured", "nominal_after" if m.kind != "singular" else "coordinated"
            m.np = (md.group("np") or "").strip() if m.kind != "singular" else m.np
            m.span_start, m.span_end = m.start, m.end + md.end() - (0 if m.kind != "singular" else 2)
            return
    if m.kind != "singular" and ("victim" in suffix[:40] or "hospital" in suffix or "gunshot" in suffix
                                 or "Medical Center" in suffix or "Trauma Center" in suffix):
        md = G.HURT_AFTER.match(suffix)
        if md and not _non_person(_head(md.group("np") or "")):
            m.ctype = "hospital" if md.group("hosp") or md.group("hosp_in") else "shot"
            m.rule = "hurt_after"
            m.np = (md.group("np") or md.group("victims") or "").strip()
            m.span_start, m.span_end = m.start, m.end + md.end()
            return
    if m.kind == "singular" and prefix.endswith((" and", " and ", ",", ", ")):
        bm = _BARE_AFTER.match(suffix)
        if bm:  # "left three guards dead and a driver wounded", "one dead, a cook wounded"
            m.ctype, m.rule = ("killed" if bm.group("kill") else "injured"), "coordinated"
            m.span_start, m.span_end = m.start, m.end + bm.end()
            return
    aw = _search_if(_ALONG_WITH, _ALONG_WITH_NEEDS, prefix)
    if aw is None and m.kind != "singular" and _OTHERS.match(suffix):
        aw = _ALONG_WITH_AND.search(prefix, max(0, len(prefix) - 60))  # "killed along with his wife and ten other people"
        if aw is not None:
            aw = _ALONG_WITH.search(prefix, 0, aw.end("with"))
    if aw and ((m.kind == "singular" and not re.match(r"(?i)with", aw.group(0))) or _OTHERS.match(suffix)):
        vm = None
        for vm in _ANY_CASUALTY_VERB.finditer(prefix[:aw.start()]):
            pass
        if vm is not None and re.match(r"(?i)with", aw.group(0)) and (
                aw.start() - vm.end() > 30 or re.search(
                    r"(?i)\b(?:while|as|when|where|inside|outside|at|in|into|on|near|home|house|car)\b", prefix[vm.end():aw.start()])):
            vm = None  # "died while sitting on a porch with two other boys": company, not victims
        if vm is not None:
            m.ctype = "killed" if vm.group("kill") else "injured"
            m.rule = "along_with"
            m.span_start, m.span_end = m.start - (len(prefix) - aw.start()), m.end
            if m.kind != "singular":
                fm = _FOLLOW_NP.match(suffix)
                m.np = (fm.group("np") if fm else "").strip()
            return
    if m.kind != "singular" and "treat" in prefix[-40:].lower():
        tm = _TREATED_FOR_AFTER.match(suffix) if _TREATED_BEFORE_FIG.search(prefix[-40:]) else None
        if tm and not _NON_PERSON_NP.search(_head(tm.group("np") or "")):
            # "Emergency services treated 14 people for minor injuries": people hurt
            m.ctype, m.rule, m.np = "injured", "active_before", (tm.group("np") or "").strip()
            m.span_start, m.span_end = m.start, m.end + tm.end()
            return
    if m.kind != "singular" and "fighting" in suffix[:80].lower():
        fm = _FIGHTING_FOR_LIFE_AFTER.match(suffix)
        if fm and not _NON_PERSON_NP.search(_head(fm.group("np") or "")):
            # "Two people were left fighting for their lives": people hurt, critically
            m.ctype, m.rule, m.np = "injured", "passive_after", (fm.group("np") or "").strip()
            m.span_start, m.span_end = m.start, m.end + fm.end()
            return
    if m.kind != "singular" and _SENT_VERB_BEFORE.search(prefix):
        hm = _TO_HOSPITAL.match(suffix)
        if hm and not _non_person(_head(hm.group("np") or "")):
            # "The gunfire sent four people to the hospital": people hurt
            m.ctype, m.rule, m.np = "injured", "active_before", (hm.group("np") or "").strip()
            m.span_start, m.span_end = m.start - 5, m.end + hm.end()
            return
    if m.kind != "singular" and _WOUNDING_OF.search(prefix[-40:]):
        fm = _FOLLOW_NP.match(suffix)
        np = (fm.group("np") if fm else "").strip()
        if not _non_person(_head(np)):
            # "the fatal shooting of one man and the wounding of three others": people hurt
            m.ctype, m.rule, m.np = "injured", "active_before", np
            m.span_start, m.span_end = m.start - (len(prefix[-40:]) - _WOUNDING_OF.search(prefix[-40:]).start()), m.end
            return
    if m.kind != "singular" and "death" in suffix[:90].lower():
        vm = _TO_DEATH_VERB_BEFORE.search(prefix[-40:])
        dm = _TO_DEATH_AFTER.match(suffix) if vm else None
        if dm and not _NON_PERSON_NP.search(_head(dm.group("np") or "")):
            # "Attackers hacked three villagers to death", "burning five people to death"
            m.ctype, m.rule, m.np = "killed", "active_before", (dm.group("np") or "").strip()
            m.span_start, m.span_end = m.start - (len(prefix[-40:]) - vm.start()), m.end + dm.end()
            verb_at = len(prefix) - len(prefix[-40:]) + vm.start()
            if vm.group(0).split()[0].lower().endswith("ing") and _KILLED_BEFORE.search(prefix[:verb_at]):
                m.subset = True  # "killed six people, hacking one woman to death": how one of the six died
            return
    pa = prefix[-80:]
    if m.kind != "singular" and pa.rstrip().endswith(("—", "–", ":", "-")) and (fg := _FAMILIES_THEN.search(pa)):
        pa = pa[:fg.start()]  # "killing two families — four children and four parents": the people told after the dash
    ma = _active_before(pa)
    if ma:
        ma_start = len(prefix) - len(prefix[-80:]) + ma.start()
    if ma and _INTENT_BEFORE.search(prefix[:ma_start]) and re.match(r"(?i)(?:kill|murder|shoot|wound|injure|hurt|execute)\b", ma.group(0)):
        m.rule = "not_casualty"  # "threatened to kill his wife": an intention, not a death
        return
    if ma and re.search(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|dead)\s+(?:and/)?or\s+\Z", prefix[:ma_start]):
        m.rule = "not_casualty"  # "killed or injured 53": deaths and injuries mixed
        return
    if (ma and m.kind == "number" and re.search(
            r"(?i)\bshooting\s+(?:(?!(?:kill(?:s|ed)?|wound(?:s|ed)?|injur(?:es|ed)|hurts?|leaves|left|claim(?:s|ed))\b)\w+\s+)?\Z", prefix)
            and not _FOLLOW_NP.match(suffix).group("np").strip()):
        m.rule = "not_casualty"  # "the shooting around 11 Saturday": a time, not people
        return
    if ma and re.match(r"(?i)injur(?:y|ies)\s", ma.group(0)) and re.search(
            r"(?i)\b(?:charge[sd]?|counts?|misdemeanor|felony|guilty|convicted|indicted|accused|plea)\b", prefix[:ma_start]):
        m.rule = "not_casualty"  # "a charge of felony injury to a child": an offence named, not a figure
        return
    if ma and re.match(r"(?i)shot\b", ma.group(0)) and _NOUN_SHOT_BEFORE.search(prefix[max(0, ma_start - 20):ma_start]):
        m.rule = "not_casualty"  # "the weapon was a single shot 223": a shot, the noun, has no victims
        return
    if ma and not ma.group("left"):
        m.ctype = _type_of(ma)
        m.rule = "active_before"
        if m.kind != "singular":
            fm = _FOLLOW_NP.match(suffix)
            m.np = (fm.group("np") if fm else "").strip()
            if _non_person(_head(m.np)) and not _ATTACKER_NP.search(m.np):
                m.ctype, m.rule = None, "not_casualty"
                return
        m.span_start, m.span_end = m.start - (len(prefix) - ma_start), m.end
        if m.ctype == "shot":
            fa = _FATALLY_AFTER.match(sent[m.end:m.end + 60] if m.kind == "singular" else suffix[len(_FOLLOW_NP.match(suffix).group(0)):][:60])
            if fa and not fa.group("n"):
                m.ctype = "killed"
        return


_WOUNDING_OF = re.compile(r"\b(?:wounding|woundings|injuring)\s+of\s+(?:(?:another|an\s+additional|the)\s+)?\Z", re.I)
"""Before a figure: the act of wounding named as a noun ("the wounding of three other persons")."""
_STRUCK_AFTER = re.compile(
    rf"\A{G.NOUN_PHRASE}\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|reportedly)\s+)?(?:struck|hit)\b"
    r"(?!\s+(?:by|with|and\s+killed|in\s+the\s+(?:crash|collision|accident))\b)", re.I)
"""After a figure, people "struck" or "hit" with nothing after the verb ("Eleven people were struck"): read only in
a sentence that tells a shooting (``_SHOOTING_HERE``); "struck by a car" is left alone."""
_SHOOTING_HERE = re.compile(r"\b(?:shooting|shootings|shot|shots|gunfire|gunman|gunmen|shooter|bullets?|opened\s+fire|"
                            r"fired|rounds?)\b", re.I)


_DEAD_NP = re.compile(r"\b(?:deceased|dead|homicides?|fatalit(?:y|ies))\b", re.I)
"""In a noun phrase coordinated with the next figure: these people died, whatever the verb says."""


_OWN_VERB_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?!(?:killed|wounded|injured|shot|hurt|dead|left|aged|named|identified|listed|"
    r"hospitalized|treated|airlifted|transported|rushed|taken)\b)[a-z]+ed\s+(?:a|an|the|another|his|her|their|him|them|to)\b")
"""After a figure: its own verb and object ("one youth urged another to fire"), so it is the subject of a
clause of its own, not one more object of the casualty verb before it."""


_GAPPED_BETWEEN = re.compile(r"\s+(?:in|at|on|near|during|across)\s[^,;.:()]{1,60}?\s+and\s+(?:another\s+)?", re.I)
_GAPPED_AFTER = re.compile(r"\s+(?:(?:more|others?|people|civilians|soldiers)\s+)?(?:in|at|on|near|during|across)\s", re.I)
"""A figure whose verb is left out, after one that has it: "(Five people were killed) in the first attack and (three)
in the second"."""


def _shares_verb(sent: str, ms: list[_Mention]) -> None:
    """Coordination: untyped figures take the casualty verb of their neighbour."""
    # forward: "three soldiers and two civilians were killed" (right to left)
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        if a.ctype or a.rule in ("not_casualty", "attacker_subject") or not b.ctype:
            continue
        if b.rule not in ("passive_after", "coordinated", "nominal_after", "hurt_after"):
            continue
        if i > 0 and ms[i - 1].subset and not ms[i - 1].ctype and _SUBSET_LIST_GAP.match(sent[ms[i - 1].end:a.start]):
            continue  # "including four women and three children, and 20 were wounded": the last item of a subset
        gm = _COORD_FWD.match(sent[a.end:b.start])
        if gm and not _non_person(_head(gm.group("np") or "")):
            a.ctype, a.rule, a.np = b.ctype, "coordinated", (a.np + " " + (gm.group("np") or "")).strip()
            if _DEAD_NP.search(gm.group("np") or ""):
                a.ctype = "killed"  # "one deceased man and two injured victims", "one homicide, two injured"
            a.span_start, a.span_end = a.start, b.span_end
            a.subset = a.subset or False
    # a verb left out: "Five people were killed in the first attack and three in the second"
    for i in range(1, len(ms)):
        a, b = ms[i - 1], ms[i]
        if (not b.ctype and b.rule is None and b.kind != "singular" and a.ctype and a.rule == "passive_after" and not a.subset
                and _GAPPED_BETWEEN.fullmatch(sent, a.span_end, b.start) and _GAPPED_AFTER.match(sent, b.end)
                and not re.search(r"\b(?:were|was|are|is|have|has|had|been)\b", re.split(r"[,;.:]", sent[b.end:], 1)[0], re.I)):
            b.ctype, b.rule, b.np = a.ctype, "coordinated", a.np
            b.span_start, b.span_end = b.start, b.end
    # backward: "killed three soldiers and two civilians", "killing 5 and wounding 7"
    for i in range(1, len(ms)):
        a, b = ms[i - 1], ms[i]
        if b.ctype or b.rule in ("not_casualty", "attacker_subject") or not a.ctype:
            continue
        if a.rule not in ("active_before", "coordinated"):
            continue
        gap = sent[a.end:b.start]
        if (_ATTRIB_AFTER.match(sent[b.end:b.end + 60]) or _OWN_VERB_AFTER.match(sent, b.end, b.end + 60)
                or _OWN_PREDICATE.match(sent, b.end)):
            continue  # "killed his wife and a neighbor was wounded": the neighbor is the subject of a verb of his own
        gm = _COORD_BACK.match(gap)
        if gm and not _non_person(_head(gm.group("np") or "")):
            b.ctype, b.rule = a.ctype, "coordinated"
            fm = _FOLLOW_NP.match(sent[b.end:b.end + 120]) if b.kind != "singular" else None
            b.np = (fm.group("np") if fm else b.np).strip()
            if b.kind != "singular" and fm and _non_person(_head(b.np)):
                b.ctype, b.rule = None, "not_casualty"
                continue
            b.span_start, b.span_end = b.start, b.end
            b.subset = b.subset or a.subset


# --------------------------------------------------------------------------- singular victims by their verb
_SING_VERB = re.compile(
    rf"\b(?P<aux>was|has\s+been|had\s+been|is|got|have\s+been|were|are|found)\s+(?P<neg>not\s+|never\s+)?"
    rf"(?P<adv>(?:(?:(?!fatally|mortally)\w+ly|\w+ed\s+and|found|also|each|both|again|reportedly|later|allegedly|then|yesterday|today|subsequently|on\s+\w+(?:\s+(?:night|morning|evening|afternoon))?)\s+){{0,3}})"
    rf"(?:(?P<kill>{G.KILL_WORDS}|deceased)|(?P<inj>{G.INJURE_WORDS})|(?P<shot>{G.SHOT_WORDS}))\b"
    rf"|\b(?P<died>(?:has\s+|had\s+|later\s+|subsequently\s+|also\s+)?(?:died|succumbed|passed\s+away))\b"
    rf"|\b(?P<selfshot>(?:(?P<selffatal>fatally\s+|mortally\s+)|accidentally\s+|apparently\s+)?(?:shot|shoots|shooting)\s+(?:himself|herself|themselves|themself|self)\b)"
    rf"|\b(?P<suffered>(?:suffered|sustained|received|(?:is|was)\s+(?:\w+\s+)?recovering\s+from)\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds?|gunshot\s+wounds?)"
    rf"|(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)"
    rf"|(?:(?:was|were)\s+(?:found|taken\s+to|transported\s+to|rushed\s+to|brought\s+to|driven\s+to)|arrive[ds]?|show(?:ed|s)?\s+up|walk(?:ed|s)?\s+into|went\s+to)\s+(?:[\w'’.-]+\s+){{0,5}}?"
    rf"(?:with|for\s+treatment\s+of)\s+(?:a\s+|an\s+|multiple\s+)?(?:[\w-]+\s+){{0,2}}?gunshot\s+wounds?)\b"
    rf"|\b(?P<hosp>(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:later|then|also|first|quickly)\s+)?(?:taken|transported|rushed|sent|airlifted|flown|driven|brought|admitted)\s+"
    rf"(?:by\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:ambulance|medics|paramedics|car|vehicle|auto|helicopter)\s+)?to\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:hospital|medical\s+center|trauma\s+center)"
    rf"|(?:is|was|are|were|remains|remained)\s+(?:listed\s+|reported\s+)?in\s+(?:\w+ly\s+)?(?:critical|stable|serious|fair|good|grave|guarded)(?:\s+but\s+stable)?\s+condition"
    rf"|(?:was|is)\s+(?:being\s+)?treated\s+(?:at|in)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:hospital|medical\s+center|trauma\s+center)"
    rf"|(?:is|was|are|were)\s+(?:\w+ly\s+)?expected\s+to\s+(?:survive|recover|live|make\s+a\s+(?:full\s+)?recovery|be\s+(?:ok|okay|fine|all\s+right))"
    rf"|(?:remains?|remained)\s+hospitali[sz]ed)\b", re.I)
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[;:(\[\]]|\s[—–]\s|\s--\s|,|\b(?:when|after|while|because|but|where|whereas|although|though|as|before|since|"
    r"until|said|says|say|that|and\s+then|then|if|whether)\b)", re.I)
_LIST_PART_VERB = r"(?:was|were|is|are|been|have|has|had|died|killed|shot|wounded|injured|hurt|said|says)\b"
_LIST_ITEM = (
    r"(?:(?:a|an|the|his|her|their|one)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    # a numeral and its noun, with no verb: "Two women, a man and a child were killed"
    rf"|(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?!{_LIST_PART_VERB})[\w'’-]+\s+){{0,2}}?"
    rf"(?!{_LIST_PART_VERB})[\w'’-]+"
    # a name of two to four words, not a place or time phrase cut at its comma ("In Aleppo,", "Late Sunday,")
    r"|(?-i:(?!(?:In|On|At|Near|Outside|Inside|From|By|During|After|Before|Late|Early|Last|This|Police|Officials|"
    r"Authorities|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))"
)
_LIST_BEFORE = re.compile(
    rf"(?:\A|[;:(]|\s[—–]\s|,|\b(?:said|that|when|after|while)\b)\s*(?P<np>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*)\s*,\s*\Z",
    re.I)
"""Noun phrases (or names) separated by commas, ending just before a clause cut at a comma:
"An 8-year-old boy, a 9-year-old boy, " / "His 8-year-old son, Sam Doe, " / "Two women, "."""
_LIST_TAIL = re.compile(
    r"\A\s*(?:(?:a|an|the|his|her|their|one|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]))[^,]*\band\b", re.I)
"""The last part of such a list, before its verb: "a man and a child", "two women and a child"."""
_CHILD_ONLY = re.compile(r"\b(?:child|boy|girl|kid|toddler|baby|infant|newborn)\b", re.I)
"""Words for a child that never name an adult (unlike "son" or "daughter")."""
_NEGATED_SUBJ = re.compile(r"\b(?:no\s+one|nobody|none|no|neither|nor|not)(?:\s+[\w-]+){0,2}\s*\Z|\b(?:no\s+one|nobody)\s+else(?:\s+[\w-]+){0,4}\s*\Z|\bneither\s[^,.;]{1,60}\Z"
                           r"|\b(?:no\s+one|nobody|none)\s+of\s+(?:them|those|the\s+\w+)(?:\s+[\w-]+){0,3}\s*\Z", re.I)
_SURVIVED_AFTER = re.compile(
    r"\A(?:\s+\w+){0,4}?\s+(?:and\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)|but\s+(?:\w+\s+)?survived|and\s+survived)\b", re.I)
"""After "was shot": the person lived ("was shot and wounded", "was shot in the chest but survived")."""
_INTENT_BEFORE = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|tr(?:y|ied|ies|ying)|attempt(?:ed|ing|s)?|plan(?:ned|s|ning)?|plot(?:ted|ting|s)?|vow(?:ed|s|ing)?|"
    r"want(?:ed|s)?|intend(?:ed|s)?|going|sought|seek(?:ing|s)?|conspir(?:ed|ing|acy)|promis(?:ed|es)|wish(?:ed|es)?|"
    r"(?:hired|paid|asked|ordered)(?:\s+\w+){1,3}?)\s+to\s+\Z", re.I)
"""Before a base-form verb: an intention or threat, not an act ("threatened to kill his wife", "tried to kill 2")."""
_MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may|should|must)(?:\s+(?:not\s+)?have|n[o’']t\s+have|['’]ve)?(?:\s+\w+ly)?\s+(?:been\s+)?\Z"
                           r"|\b(?:almost|nearly)\s+\Z", re.I)
"""A death or injury that did not happen: "I could have died", "he could've been killed", "she almost died"."""
_SING_START = re.compile(r"\A(?:a|an|one|the|his|her|their|its|another|this|that|mr|mrs|ms|dr|he|she|who|[A-Z])", re.I)
_PLURAL_HEAD = re.compile(r"(?:[^s]s|people|men|women|children|police|they|them|those|these|others|many|some|all|both|several|few|militia|personnel)\Z", re.I)


# first words of _SING_VERB (auxiliaries, "died", "shot himself", "suffered", "remains in ... condition", "went to")
_SING_VERB_GATE = None if not _same(_SING_VERB, "4673926cede2ada3") else _gate("was", "has", "had", "is", "got", "have", "were", "are", "found", "later", "subsequently", "also",
                        "died", "succumbed", "passed", "accidentally", "apparently", "fatally", "mortally", "shot", "shoots", "shooting", "suffered",
                        "sustained", "received", "remains", "remained", "remain", "arrive*", "show*", "walk*", "went")


_DIED_NAME = re.compile(r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:\s*,\s*\d{1,2})?|(?i:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+")
"""A part of a coordinated subject of "died": a name ("Jo Roe", "Jo Roe, 22") or a possessed noun ("his wife")."""
_NAME_AGE_ITEM = re.compile(r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})),\s*(?P<age>\d{1,2})\s*,")
_NAMES_AGES = re.compile(r"(?-i:(?<![\w'’.-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*\d{1,2}\s*,\s*(?:(?:and\s+)?"
                         r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*\d{1,2}\s*,\s*){1,5}\Z")
"""Named victims, each with an age, listed just before a plural verb: "Jo Roe, 22, and Al Poe, 30, were killed"."""


_BOTH_AGES = re.compile(r",\s*(?:both|all|ages?|aged)\s+(?:\d{1,3}|[a-z]+)(?:[- ]years?[- ]old)?(?:\s*(?:,|and|to)\s*\d{1,3})*\s*,\s*\Z", re.I)
"""Ages in apposition after a list of victims: "John Doe and Jim Roe, both 23, were killed"."""


_BOTH_SUBJ = re.compile(
    r"(?:they\s+)?(?:both|all\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))"
    r"(?:\s+of\s+(?:them|those|the)(?:\s+[\w-]+){0,2}|\s+(?:[\w-]+\s+)?(?:victims|men|women|boys|girls|teens|teenagers|"
    r"officers|deputies|passengers|people|persons|students|children|brothers|sisters))?"
    r"|both\s+(?:(?-i:[A-Z])[\w'’-]+|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+and\s+(?:(?-i:[A-Z])[\w'’-]+|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.I)
"""A subject naming a hurt group without a numeral: "both", "both victims", "all three of them", "Both Lee and the driver"."""


_APPOS_SUBJ = re.compile(
    r"(?<![\w'’.-])"
    r"(?P<np>(?:a|an|the|his|her|their|one|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,3}))"
    r"(?P<app>\s*,\s*(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s*,\s*\d{1,3})?"
    r"|\s*,\s*\d{1,3})\s*,\s*(?:who\s+)?\Z", re.I)
"""A singular subject told with a name or an age in apposition, cut at its commas before an intransitive verb:
"A third victim, Al Burns, 44, suffered ...", "his aunt, 70-year-old Jo Ames, who suffered ...", "Jo Ames, 70, was
taken to a hospital"."""


_NAME_SUBJ = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}"
                        r"(?<!Officers)(?<!Deputies)(?<!Troopers)(?<!Agents)(?<!Victims)(?<!Residents)(?<!Students)(?<!Others)")
"""A person's name as a subject ("Sam Jones", "Mrs. Ada Rhodes"): singular, though it ends in -s."""
_EVENT_SUBJ = re.compile(r"\A(?:(?:a|an|the|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:shooting|incident|attack|robbery|fight|altercation|argument|dispute|crash|scene|hospital|"
                         r"center|centre|night|morning|evening|afternoon|weekend)\W*\Z", re.I)
"""A subject that is only an event, a place or a time, not a person: "after the shooting, [who] is expected to recover"."""


#: "the dead", "those killed", "the victims", "the wounded": a group of an earlier figure (group "t")
# "the dead", "those killed", "the 20 people killed", and a headline's "8 killed" (no article)
#: the size of a group of victims named before its noun: "(the) 20 (people) killed"
_GROUP_SIZE = r"(?:\d[\d,]*|" + G.NUMBER_PATTERN + r")\s+(?:(?:people|persons|civilians)\s+)?"
_AMONG_GROUP = (r"(?:(?:the|those)\s+(?:" + _GROUP_SIZE + r")?|\d[\d,]*\s+(?:(?:people|persons|civilians)\s+)?)"
                r"(?P<t>dead|killed|victims|wounded|injured|casualties|fatalities)\b")
_AMONG_TYPE = {"dead": "killed", "killed": "killed", "fatalities": "killed", "deaths": "killed", "wounded": "injured",
               "injured": "injured"}
#: Before a subset's figure, the group it is part of: "among the dead were ", "the victims included ".
_SUBSET_OF_GROUP = re.compile(
    rf"\b(?:among\s+)?{_AMONG_GROUP}"
    r"(?:\s+(?:were|are|was|is|include|included|includes))?\s*,?\s*(?:at\s+least\s+|the\s+)?\Z", re.I)
#: After a figure: "(Two) of the wounded later died", "of those injured have since died".
_HURT_LATER_DIED = re.compile(
    r"\A\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\s+(?:(?:have|has|had|later|since|subsequently|also)\s+){0,3}"
    r"(?:died|succumbed|passed\s+away)\b", re.I)
#: After a figure: "(Three) of the dead were children": the figure is a subset; its group is the predicate.
_GROUP_PRED = (r"(?P<pred>(?!(?:\w+ed|\w+ing|in|at|on|from|to|with|by|still|not|being|listed|taken|shot|hit|among)\b)"
               r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*(?:[,.;:()]|\Z|\s(?:and|who|from|aged|between|under)\b"
               # "Four of the dead were rebels killed in a long clash with the army"
               r"|\s(?:killed|slain|shot|executed)\s+(?:in|at|on|during|by|when|while)\b))")
_OF_THE_DEAD = re.compile(rf"\A\s+of\s+{_AMONG_GROUP}\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: Before a figure: "Of the 30 dead, (14) ...": the group the figure is part of.
_OF_THE_GROUP_BEFORE = re.compile(rf"\bof\s+{_AMONG_GROUP}\s*,\s*\Z", re.I)
#: After a figure: "(14) were children": the predicate naming the subset's group.
_GROUP_PRED_AFTER = re.compile(rf"\A\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: Before a figure: "Children accounted for (nine) ...", "Women made up (half) ...": the subset's group.
_GROUP_ACCOUNTED_BEFORE = re.compile(
    r"(?P<grp>\b[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:accounted|account|accounts|made\s+up|make\s+up)\s+(?:for\s+)?\Z", re.I)
#: After a figure: " of the 25 deaths", " of the dead": the group that holds it.
_OF_THE_GROUP_AFTER = re.compile(
    rf"\A\s+of\s+(?:the|those)\s+(?:{_GROUP_SIZE})?(?P<t>dead|deaths|killed|victims|wounded|injured|casualties|fatalities)\b",
    re.I)
#: A sentence that opens so ("Three of them were children.") is read though it holds no casualty word.
_OF_THEM_OPENS = re.compile(r"\s*(?:\d{1,3}|[A-Za-z]+)\s+of\s+them\s+(?:were|are)\b", re.I)
#: A sentence's first figure: "(Three) of them were children": a subset of the figure of the sentence before.
_OF_THEM_GROUP = re.compile(rf"\A\s+of\s+them\s+(?:were|are)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: After a figure: "(Two) children were among the dead": the figure is a subset of an earlier one.
_AMONG_DEAD_AFTER = re.compile(
    rf"\A\s+(?P<np>(?:(?!(?:were|are|was|is|among)\b)[\w'’-]+\s+){{0,4}}?)"
    # a headline leaves the verb out: "Three soldiers among 8 killed in ..."
    rf"(?:(?:were|are|was|is)\s+(?:also\s+|reportedly\s+|among\s+)?)?"
    rf"among\s+{_AMONG_GROUP}", re.I)
#: One person among the dead: "A local journalist was among the dead", "Among those killed was an 8-year-old girl".
_AMONG_SING = re.compile(
    r"(?P<subj>\b(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|(?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}))"
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+(?:was|is)\s+(?:also\s+|reportedly\s+)?among\s+" + _AMONG_GROUP, re.I)
_AMONG_FRONT = re.compile(
    rf"\bamong\s+{_AMONG_GROUP}\s*(?:,\s*)?(?:was|is|were|are)\s+(?:also\s+)?"
    r"(?P<list>(?:an?|the|his|her|their)\s+[^.;:()]{1,120}?)(?=\s*(?:[.;:()]|\Z|,\s*(?:who|police|officials|according|said)\b))", re.I)


def _take_following_np(sent: str, m: _Mention) -> int:
    """An untyped figure's noun phrase, read after its number ("four (women)"): sets ``m.np`` and returns how many
    characters it runs (0 for a singular victim, whose phrase is itself)."""
    fm = _FOLLOW_NP.match(sent[m.end:m.end + 120]) if m.kind != "singular" else None
    if not fm:
        return 0
    m.np = fm.group("np").strip()
    return fm.end()


def _named_group(np: str) -> bool:
    """A noun phrase that names who the victims were ("children", "two policemen"), not just "people"."""
    return G.victim_group_of(np) != ("people", False)


def _article_parent(claims: list[Claim], among: str | None, s0: int) -> Claim | None:
    """The figure of an earlier sentence that a subset told apart belongs to ("Among the dead were two
    children"): the last top-level, non-summary figure of the type the words name (any type for "the victims");
    for "them", only a figure of the sentence just before (at ``s0``)."""
    want = _AMONG_TYPE.get(among or "")
    for c in reversed(claims):
        if among == "them" and (c.evidence_field != "text" or s0 - c.sentence_end > 4):
            return None
        if c.parent_key is None and not c.is_summary and c.casualty_type in ("killed", "injured", "shot") and (
                want is None or c.casualty_type == want or want == "injured" and c.casualty_type == "shot"):
            return c
    return None


def _among_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """Named people among an earlier figure's victims, one each: "A local journalist was among the dead",
    "Among those killed were a teacher and her 6-year-old son". Each is a subset of that figure (see the subset
    step of :func:`_extract_body`), or a victim of its own when the article gives no figure of that type."""
    low = sent.lower()
    if "among" not in low:
        return []
    out = []
    taken = [(m.start, m.end) for m in ms if m.kind != "singular" or m.ctype or "among" in m.extra]
    for rx in (_AMONG_SING, _AMONG_FRONT):
        for v in rx.finditer(sent):
            t = v.group("t").lower()
            if rx is _AMONG_SING:
                items = [(v.start("subj"), v.end("subj"))]
            else:
                base = v.start("list")
                items = [(base + x.start(), base + x.end()) for x in re.finditer(
                    r"[^,]+?(?=\s*,\s*(?:and\s+)?|\s+and\s+|\Z)", v.group("list"))]
                items = [(a + len(sent[a:b]) - len(sent[a:b].lstrip()), b) for a, b in items if sent[a:b].strip()]
                items = [(a + 4, b) if sent[a:a + 4].lower() == "and " else (a, b) for a, b in items]
            for a, b in items:
                np = sent[a:b]
                if (not _SING_START.match(np) or _PLURAL_HEAD.search(np) or _non_person(_head(np))
                        or any(x < b and a < y for x, y in taken)):
                    continue
                if any(m.ctype and m.start >= b and re.search(r"\b(?:who|when|she|he)\b", sent[b:m.start], re.I)
                       for m in ms):
                    continue  # "Among the victims, a girl, 5, who ... when she was hit": her clause tells her already
                x = _Mention(a, b, "singular", value=1, np=np)
                x.ctype, x.rule, x.subset = _AMONG_TYPE.get(t), "among", True
                x.extra["noun"], x.extra["among"] = np, t
                am = _year_old(np)
                x.age = _age_value(am) if am else None
                x.span_start, x.span_end = min(a, v.start()), max(b, v.end())
                out.append(x)
                taken.append((a, b))
    return out


def _one_victim_per_part(sent: str, parts: list[str], pos: int, verb_end: int, ctype: str, rule: str,
                         **extra) -> list[_Mention]:
    """One singular victim for each part of a coordinated subject, in order, each with its own age."""
    out = []
    for p in parts:
        ps = sent.index(p, pos)
        x = _Mention(ps, ps + len(p), "singular", value=1, np=p)
        x.ctype, x.rule = ctype, rule
        x.extra["noun"] = p
        x.extra.update(extra)
        am = _year_old(p)
        x.age = _age_value(am) if am else None
        x.span_start, x.span_end = ps, verb_end
        out.append(x)
        pos = ps + len(p)
    return out


_DECEASED_SUBJ = re.compile(r"\bthe\s+deceased\b(?!\s*['’])(?![\w\s]{0,40}\b(?:family|relatives?|kin|home|house|body)\b)", re.I)
"""A subject named as the dead ("the deceased", as British, Indian and African reports call a victim), not the dead's
relatives or home."""

#: a second victim whose auxiliary and verb are left out, after a single victim's passive: "A woman was killed and
#: her husband critically injured", "A pedestrian was killed and a cyclist seriously hurt" (not an active clause:
#: "and a guard shot the robber")
_GAPPED_SING = re.compile(
    rf"\s*,?\s+and\s+(?P<np>(?i:a|an|the|his|her|their|another)\s+(?:(?!(?i:and|or|was|were|is|has|had)\b)[\w'’-]+\s+){{0,2}}?"
    rf"(?i:{G.PERSON_SINGULAR}|{G.KIN}))\s+(?:(?i:critically|seriously|badly|severely|gravely|slightly|lightly|also)\s+)?"
    r"(?P<v>(?i:injured|wounded|hurt|killed|dead))\b(?!\s+(?i:a|an|the|his|her|their|him|them|himself|herself|one|two|three)\b)")


def _gapped_singular_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'A woman was killed and her husband critically injured' -> the husband, one injured."""
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    for m in ms:
        if not (m.ctype and m.kind == "singular" and m.value == 1 and (m.rule or "").startswith("singular_")):
            continue
        g = _GAPPED_SING.match(sent, m.span_end)
        if g is None or any(a < g.end() and g.start("np") < b for a, b in covered):
            continue
        x = _Mention(g.start("np"), g.end("np"), "singular", value=1, np=g.group("np"))
        x.ctype = "killed" if g.group("v").lower() in ("killed", "dead") else "injured"
        x.rule = "coordinated"
        am = _year_old(x.np)
        x.age = _age_value(am) if am else None
        x.extra["noun"] = x.np
        x.span_start, x.span_end = x.start, g.end()
        out.append(x)
        covered.append((x.span_start, x.span_end))
    return out


# patterns of _singular_pass read for most verbs, compiled once (the same patterns and flags as written inline before)
_ALONG_WITH_END = re.compile(r"(?:along\s+with|together\s+with|alongside)\s*\Z", re.I)
_AND_WORD = re.compile(r"\band\s+")
_WHITESPACE = re.compile(r"\s+")
_BY_TAIL = re.compile(r"\s+by\s.*\Z", re.S)
_REL_PRONOUN = re.compile(r"\b(?:who|which|that)\b")
_BOTH_THEY_ALL = re.compile(r"\b(?:both|they|all)\b", re.I)
_NP_TOKEN = re.compile(r"[\w'’-]+")
_OF_SPLIT = re.compile(r"\s+of\s+")
_COORD_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _singular_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'A woman was fatally shot', 'Mr. Madaki was killed', 'He died in hospital' -> one victim each.

    A casualty verb not already attached to a figure gets the victims named in its
    subject: 1 for a singular verb, one per coordinated singular noun phrase for a
    plural verb ("A radio producer and an announcer have been fatally shot" -> 2).
    """
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype and m.rule != "along_with"
               and not _ALONG_WITH_END.search(sent[m.span_start:m.start])]
    prev_end = 0
    for v in _finditer(_SING_VERB, _SING_VERB_GATE, sent):
        vs, ve = v.start(), v.end()
        last_verb_end, prev_end = prev_end, ve
        if v.group("neg"):
            continue
        if any(a <= vs < b or a < ve <= b for a, b in covered):
            continue
        bound = 0
        for b in _CLAUSE_BOUNDARY.finditer(sent, 0, vs):
            bound = b.end()
        if last_verb_end > bound:
            # "Lee was shot in the arm and Zigan was hit twice": the subject follows the first "and" after the
            # previous verb
            am = _AND_WORD.search(sent[last_verb_end:vs])
            if am and sent[last_verb_end + am.end():vs].strip():  # not "was taken to a hospital and later died"
                bound = last_verb_end + am.end()
        if not sent[bound:vs].strip() or _LIST_TAIL.search(sent[bound:vs]):
            # a list or an apposition cut at its commas: "An 8-year-old boy, a 9-year-old boy and a girl were
            # shot", "His 8-year-old son, Sam Doe, was shot", "A man, two women and a child were killed"
            lm = _LIST_BEFORE.search(sent, 0, bound)
            if lm:
                bound = lm.start("np")
        region = sent[bound:vs]
        app = _BOTH_AGES.search(sent, 0, vs) if not region.strip() else None
        if app:  # "John Doe and Jim Roe, both 23, were killed": the subject is before the ages
            b0 = 0
            for b in _CLAUSE_BOUNDARY.finditer(sent, 0, app.start()):
                b0 = b.end()
            if not any(b0 <= m.start < app.start() and m.kind != "singular" for m in ms):
                bound, region = b0, sent[b0:app.start()]
        if _NEGATED_SUBJ.search(region) or _MODAL_BEFORE.search(sent[max(0, vs - 30):vs + (
                v.start("kill") - vs if v.group("kill") else v.start("died") - vs if v.group("died") else 0)]):
            continue
        if v.group("kill") or v.group("died") or v.group("selffatal"):
            ctype = "killed"
        elif v.group("suffered") and re.search(r"\bfatal", v.group("suffered"), re.I):
            ctype = "killed"
        elif v.group("suffered") and re.search(r"\bgun\s*shot|\bbullet", v.group("suffered"), re.I):
            ctype = "shot"
        elif v.group("inj") or v.group("suffered"):
            ctype = "injured"
        elif v.group("hosp"):
            ctype = "hospital"
        else:
            ctype = "shot"
        if ctype == "shot" and _SURVIVED_AFTER.match(sent[ve:ve + 60]):
            ctype = "injured"  # "was shot and wounded", "was shot but survived"
        if ctype in ("shot", "injured") and _DECEASED_SUBJ.search(region):
            ctype = "killed"  # "the deceased, a taxi driver, was shot in the head": the dead, whatever the verb says
        intrans = bool(v.group("died") or v.group("selfshot") or v.group("suffered") or v.group("hosp"))
        aux = _WHITESPACE.sub(" ", (v.group("aux") or "").lower())
        plural = aux in ("were", "have been", "are")
        if plural and re.search(r"\bto\s*\Z", region):  # "was reported to have been killed"
            lw = re.findall(r"\b(was|were|is|are)\b", region, re.I)
            plural = bool(lw) and lw[-1].lower() in ("were", "are")
            region = re.sub(r"(?:\s*\b(?:was|were|is|are)\b.*)\Z", "", region, flags=re.I | re.S)
        # (deaths only: people hurt or shot in such a list are left to the figures of the injured)
        nl = (_NAMES_AGES.search(sent, 0, vs) if ctype == "killed" and not region.strip() and (plural or v.group("died"))
              else None)
        if nl:
            # "Jo Roe, 22, and Al Poe, 30, were killed": one victim per name, each with the age after it
            for x in _NAME_AGE_ITEM.finditer(sent, nl.start(), nl.end()):
                mm = _Mention(x.start(), x.end("name"), "singular", value=1, np=x.group("name"), age=int(x.group("age")))
                mm.ctype, mm.rule = ctype, "coordinated"
                mm.extra["noun"] = x.group("name")
                mm.span_start, mm.span_end = x.start(), ve
                out.append(mm)
            for m in ms:
                if m.kind != "singular" and nl.start() <= m.start < nl.end():
                    m.ctype, m.rule = None, "not_casualty"  # the ages, not figures
            covered.append((nl.start(), ve))
            continue
        inner = [m for m in ms if m.start >= bound and m.end <= vs and m.kind != "singular" and m.rule != "not_casualty"]
        if inner:
            if not plural or any(m.ctype for m in inner):
                continue
            # "Nine men and a woman were killed": numerals and singular nouns sharing one plural verb
            parts = [(mt.start(), mt.end()) for mt in re.finditer(r"[^,]+?(?=\s*,\s*(?:and\s+)?|\s+and\s+|\Z)", region)]
            ok = True
            new = []
            for a, b in parts:
                ptxt = region[a:b].strip()
                if not ptxt or ptxt.lower() == "and":
                    continue
                pm = [m for m in inner if bound + a <= m.start < bound + b]
                if not pm and any(bound + a <= m.start < bound + b and m.rule == "not_casualty" for m in ms):
                    continue  # "four men between the ages of 19 and 44 were shot": an age, not a person
                if pm:
                    for m in pm:
                        m.ctype, m.rule = ctype, "coordinated"
                        m.np = sent[m.end:bound + b].strip()
                        m.span_start, m.span_end = m.start, ve
                elif _SING_START.match(ptxt.lstrip()) and not _PLURAL_HEAD.search(ptxt):
                    x = _Mention(bound + a, bound + b, "singular", value=1, np=ptxt)
                    x.ctype, x.rule = ctype, "coordinated"
                    x.extra["noun"] = ptxt
                    x.span_start, x.span_end = x.start, ve
                    new.append(x)
                else:
                    ok = False
            out.extend(new if ok else [])
            covered.append((bound, ve))
            continue
        subj = region.strip()
        subj = _BY_TAIL.sub("", subj)
        subj_head = _REL_PRONOUN.split(subj)[0].strip()
        if (intrans_ := bool(v.group("suffered") or v.group("hosp"))) and not subj_head and not plural and (
                region.strip().lower() in ("", "who")):
            apm = _APPOS_SUBJ.search(sent[:vs])
            if apm and (not _PLURAL_HEAD.search(apm.group("np")) or _NAME_SUBJ.fullmatch(apm.group("np"))):
                # "A third victim, Al Burns, 44, suffered a wound": the subject is before its apposition
                bound, region = apm.start("np"), sent[apm.start("np"):vs]
                subj, subj_head = (apm.group("np") + apm.group("app")).strip(), apm.group("np").strip()
        bm = _BOTH_SUBJ.fullmatch(subj_head) if ctype in _HURT else None
        if bm:
            # "Both suffered minor injuries", "Both victims were taken to a hospital", "All three are expected to
            # recover": the group hurt, two (or the number said) people; deaths keep the rule below
            mm = _Mention(bound + (len(region) - len(region.lstrip())), ve, "number",
                          value=parse_number(bm.group("n")) if bm.group("n") else 2)
            mm.ctype, mm.rule, mm.np = ctype, ("singular_hospital" if v.group("hosp") else "singular_passive"), subj
            mm.extra["noun"] = subj
            mm.span_start, mm.span_end = mm.start, ve
            out.append(mm)
            continue
        if intrans and ((not subj_head and not v.group("died")) or (_PLURAL_HEAD.search(subj_head) and not re.search(r"\b(?:he|she)\Z", subj_head, re.I)
                                                                      and not _NAME_SUBJ.fullmatch(subj_head)
                                                                      and not re.match(r"(?i)(?:was|is|has)\b", v.group(0)))
                        or _BOTH_THEY_ALL.search(subj_head)
                        or _EVENT_SUBJ.match(subj_head)):
            continue
        if plural and re.match(r"(?i)and\s", subj):
            apm = _APPOS_SUBJ.search(sent[:bound])
            if apm and not apm.group(0).rstrip().lower().endswith("who"):
                # "The driver, 41-year-old Al Cole, and his passenger were each shot": the first part is before
                # its apposition
                bound, region = apm.start("np"), sent[apm.start("np"):vs]
                subj = apm.group("np").strip() + " " + subj
        if plural:
            parts = [p.strip() for p in _COORD_SPLIT.split(subj) if p.strip()]
            clause = [i for i, p in enumerate(parts) if re.search(
                r"(?i)\b(?:was|were|is|are|has|have|had|been|rang|erupted|broke|began|started|opened|arrived|responded|"
                r"heard|called|fired|went)\b", p)]
            if clause:  # "Shots rang out and a nurse and a cook were found dead": the subject follows the clause
                parts = parts[clause[-1] + 1:]
            if re.match(r"(?i)both\b", subj) and len(parts) == 1:
                n = 2  # "Both passengers were injured"
            elif len(parts) < 2 or not all(_SING_START.match(p) and not _PLURAL_HEAD.search(p) for p in parts):
                continue
            else:
                n = len(parts)
                if any(_year_old(p) for p in parts) or (
                        any(_CHILD_ONLY.search(p) for p in parts) and any(G.ADULT_NOUN.search(p) for p in parts)):
                    # one victim per part, each with its age: "An 8-year-old boy, a 9-year-old boy and a girl";
                    # a child beside adults is one child, not a group of children: "a man and a child"
                    out += _one_victim_per_part(sent, parts, bound, ve, ctype, "coordinated")
                    continue
        else:
            if subj and _PLURAL_HEAD.search(subj.split()[-1]) and not re.search(r"(?:ss|us|is)\Z", subj.split()[-1]):
                # "the attackers was"? only plural subjects with a singular verb are odd: skip the obviously plural
                if re.fullmatch(r"(?:they|them|those|these|others|people|men|women|children)", subj.split()[-1], re.I):
                    continue
            last = [w for w in _NP_TOKEN.findall(_OF_SPLIT.split(_head(subj_head))[0]) if w.lower() not in ("also", "then")
                    and not w.lower().endswith("ly")]
            if (last and _NON_PERSON_NP.fullmatch(last[-1]) and not v.group("died")
                    and not (v.group("kill") and re.fullmatch(r"(?i)bomber", last[-1])
                             and not re.match(r"(?i)shot\s+down", v.group("kill")))):  # "The bomber was also killed"
                continue  # "a nearby garage was struck by gunfire", "the car was hit": not a person
            n = 2 if re.search(r"\bcouple\b", subj, re.I) else 1
            hparts = [p.strip() for p in _COORD_SPLIT.split(subj) if p.strip()]
            if (v.group("hosp") and " and " in subj and subj_head == subj and len(hparts) >= 2
                    and any((_age_value(a) or 99) < 18 for a in _YEAR_OLD.finditer(subj))
                    and all(re.match(r"(?i)an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\Z", p) and not _PLURAL_HEAD.search(p)
                            for p in hparts)):
                # "A 30-year-old man and a 4-year-old girl were taken to a hospital": one victim per part, each
                # with its own age (the minor's age is not the whole subject's)
                out += _one_victim_per_part(sent, hparts, bound, ve, ctype, "singular_hospital",
                                            own_age_only=True, list_part=True)
                continue
            if (v.group("died") or v.group("suffered") or (v.group("hosp") and not any(
                    (_age_value(a) or 0) < 18 for a in _YEAR_OLD.finditer(subj)))) and " and " in subj:
                # (a minor among them is read by the minor-victim rule, one claim each)
                # "A 61-year-old man and a 15-year-old boy died", "A man and a teen are fighting for their lives"
                parts = [p.strip() for p in _COORD_SPLIT.split(subj) if p.strip()]
                if subj_head == subj and all((re.match(r"(?i)an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\Z", p)
                                              or v.group("died") and _DIED_NAME.fullmatch(p))
                                             and not _PLURAL_HEAD.search(p) for p in parts):
                    n = len(parts)  # ... "Jo Roe and Al Poe died", "Jo Roe and his wife died"
        mm = _Mention(bound + (len(region) - len(region.lstrip())), ve, "singular", value=n)
        mm.ctype = ctype
        mm.rule = ("singular_died" if v.group("died") else "singular_self_shot" if v.group("selfshot")
                   else "singular_hospital" if v.group("hosp") else "singular_passive")
        mm.np = subj
        mm.extra["noun"] = subj
        am = _year_old(subj)
        if am:
            mm.age = _age_value(am)
        else:
            pm = re.search(r",\s*(\d{1,2})\s*,?\s*\Z", sent[:vs])
            if pm:
                mm.age = int(pm.group(1))
        mm.additive = bool(re.match(r"(?i)another\b", subj))
        mm.span_start, mm.span_end = mm.start, ve
        if n > 1:
            mm.kind = "number"
        out.append(mm)
    return out


_TITLE_NAME = (r"(?:(?-i:[A-Z][a-z]+)\s+)?(?i:" + G.PERSON_SINGULAR + r")(?:\s+and\s+(?i:" + G.PERSON_SINGULAR + r"))?"
               r"\s+(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3})")
"""A title before a name, without a determiner: "activist Jo Roe", "Kenyan lawyer Jo Roe", "engineer and professor Al Poe"."""
_TITLE_NAME_RX = re.compile(_TITLE_NAME)
_ACTIVE_SING = re.compile(
    r"\b(?i:killed|kill|kills|killing|murdered|murdering|assassinated|assassinating|executed|executing|beheaded|beheading|"
    r"shot\s+dead|shot\s+and\s+killed|gunned\s+down|stabbed\s+to\s+death|hacked\s+to\s+death|shot\s+to\s+death|"
    r"beat\s+to\s+death|strangled|lynched|abducted\s+and\s+killed|kidnapped\s+and\s+killed|"
    r"(?i:(?:shooting\s+|stabbing\s+)?death\s+of|(?:death|homicide)\s+investigation\s+of|murder\s+of|killing\s+of|slaying\s+of|(?:fatal|deadly)\s+shooting\s+of|"
    r"(?:claimed|claiming|claims|took|taking|takes)\s+the\s+life\s+of)|"
    r"(?P<inj>wounded|wounding|injured|injuring|hurt|hurting)|"
    r"(?P<shot>(?i:(?:accidental\s+|non-?fatal\s+)?shooting\s+of|hitting|striking|shoots)))\s+"
    r"(?P<yo>(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\s+)?"
    r"(?P<obj>(?(yo)(?i:" + G.PERSON_SINGULAR + "|" + G.KIN + r")\b|(?!))|(?i:another|himself|herself)\b|(?i:a|an|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|"
    # a title before a name, without a determiner: "killed activist Jo Roe", "the killing of Kenyan lawyer Jo Roe"
    + _TITLE_NAME + r"|(?:Mr\.?\s+|Mrs\.?\s+)?[A-Z](?:[a-z]|['’][A-Z])[\w'’.-]*(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3}|him|her)\b")


_LEFT_DEAD = re.compile(
    r"\b(?i:left|leaving|leaves|found|finds|find|discovered|discover|located|pronounced|declared)\s+(?P<obj>(?i:an?|one|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+|(?:\d{1,3}|[a-z]+)-year-old\s+[\w'’-]+|(?i:him|her))\s+(?i:(?:brain[- ])?dead)\b")
"""A victim left, found, pronounced or declared dead: "left a man dead", "found her dead", "doctors declared the boy
brain dead" (a victim declared brain dead is counted among the dead)."""


# a violent verb, its object, then "to death": "beat a man to death", "stoned the woman to death", "hacking Ali Musa
# to death" (the object between verb and "to death", which KILL_WORDS' "hacked to death" does not hold)
_TO_DEATH_VERBS = (r"beat|beats|beating|hack(?:ed|s|ing)|stab(?:bed|s|bing)|ston(?:ed|es|ing)|burn(?:ed|t|s|ing)|"
                   r"club(?:bed|s|bing)|bludgeon(?:ed|s|ing)|chop(?:ped|s|ping)|slash(?:ed|es|ing)|tortur(?:ed|es|ing)|"
                   r"crush(?:ed|es|ing)|starv(?:ed|es|ing)|strangl(?:ed|es|ing)|kick(?:ed|s|ing)|trampl(?:ed|es|ing)|"
                   r"batter(?:ed|s|ing)|shot|shoot(?:s|ing)|hammer(?:ed|s|ing)|whip(?:ped|s|ping)|flog(?:ged|s|ging)|"
                   r"chok(?:ed|es|ing)|knif(?:ed|es|ing)|machet(?:ed|es|ing)")
_TO_DEATH_SING = re.compile(
    rf"\b(?i:{_TO_DEATH_VERBS})\s+(?P<obj>(?i:an?|the|his|her|their|one)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+|(?:(?:\d{{1,3}}|[a-z]+)-year-old\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+|(?i:him|her))\s+(?i:to\s+death)\b")
"""A victim a violent verb killed, told with its object before "to death": "beat a man to death"."""
#: Before a figure: a violent verb whose object the figure is, "to death" following it ("hacked three villagers to
#: death", "burning five people to death").
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|murdered|murdering|massacred|massacring|slaughtered|slaughtering)\b"
                            r"[^.;]{0,120},\s*\Z", re.I)
_ANIMAL = re.compile(r"\b(?:dog|puppy|cat|kitten|horse|cow|goat|sheep|pig|animal|snake|bird|chicken|rat)\b", re.I)
_TO_DEATH_VERB_BEFORE = re.compile(
    rf"\b(?:{_TO_DEATH_VERBS})\s+(?:(?:at\s+least|more\s+than|about|some|nearly|another|the|all)\s+)?\Z", re.I)
_TO_DEATH_AFTER = re.compile(rf"\A{G.NOUN_PHRASE}\s+to\s+death\b", re.I)


_LEFT_HURT = re.compile(
    r"\b(?i:left|leaving|leaves)\s+(?P<obj>(?i:an?|one|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+|(?:\d{1,3}|[a-z]+)-year-old\s+[\w'’-]+)\s+"
    r"(?P<inj>(?i:(?:seriously\s+|critically\s+|badly\s+)?(?:wounded|injured|hurt)|in\s+(?:critical|serious|grave)\s+condition|paralyzed|hospitali[sz]ed))\b")
"""A victim left hurt: "leaving the teen in critical condition", "left a 9-year-old girl wounded", "left the gunman
hospitalized"."""

_LEFT_ONE = (rf"(?:(?i:an?|one|the|his|her|their)\s+(?:(?!(?i:with|and|or)\b)[\w'’-]+\s+){{0,3}}?"
             rf"(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile)|(?-i:[A-Z][a-z]+['’]s)\s+(?i:{G.KIN})"
             rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}})|(?i:him|her))")
_LEFT_WITH_HURT = re.compile(
    rf"\b(?i:left|leaving|leaves)\s+(?P<obj>{_LEFT_ONE}(?:(?:\s*,\s*{_LEFT_ONE})*\s*,?\s+(?i:and)\s+{_LEFT_ONE})?)\s+"
    rf"(?P<inj>(?i:with\s+(?:(?:a|an|multiple|several|two|three)\s+)?(?:(?!(?:fatal|mortal|deadly|no)\b)[\w-]+\s+){{0,3}}?"
    rf"(?:injuries|injury|wounds?)))\b")
"""A person left hurt, told with what they were left with: "left the clerk with serious injuries", "leaving Jo Roe with
a gunshot wound" (a person only: "left the scene with injuries" is no victim); a list ending in "and" is one victim per
item ("left his son, Jo's sister and her husband with gunshot wounds": three)."""
_LEFT_ITEMS = re.compile(rf"{_LEFT_ONE}")

_BODY_FOUND = re.compile(
    r"\b(?i:a|an|the|his|her)\s+(?P<obj>(?:[\w'’-]+\s+){0,2}?(?i:body))\b(?:\s+of\s+[^,.;]{1,60}?)?"
    r"\s+(?i:(?:was|has\s+been|had\s+been)\s+)?(?i:(?:later\s+)?(?:found|discovered|recovered|dumped|identified))\b")


_SLAIN_NP = re.compile(
    r"(?:\b(?i:the|a|an|his|her|their)\s+|\A)(?i:slain)\s+(?P<obj>(?:(?:\d{1,3}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?i:" + G.PERSON_SINGULAR + "|" + G.KIN + r"|teen|teenager|juvenile))\b(?!-)")
"""A victim named by "slain" before the noun: "the slain man was identified as", "Slain student was a singer",
"the slain officer's widow" (one killed; "the slain officers" is a plural and is left out)."""


# first words of _ACTIVE_SING ("non" also starts "nonfatal"; "claimed / took the life of")
_ACTIVE_SING_GATE = None if not _same(_ACTIVE_SING, "75a5d0e6114f0ca7") else _gate(
    "killed", "kill", "kills", "killing", "murdered", "murdering", "assassinated", "assassinating", "executed", "executing",
    "beheaded", "beheading", "shot", "gunned", "stabbed", "hacked", "beat", "strangled", "lynched", "abducted",
    "kidnapped", "shooting", "shoots", "stabbing", "death", "homicide", "murder", "slaying", "fatal", "deadly", "wounded", "wounding",
    "injured", "injuring", "hurt", "hurting", "accidental", "non*", "hitting", "striking",
    "claimed", "claiming", "claims", "took", "taking", "takes")


def _left_or_body(sent: str) -> list[re.Match]:
    """Matches of _LEFT_DEAD, _LEFT_HURT, _LEFT_WITH_HURT, _BODY_FOUND and _TO_DEATH_SING, in that order; on ASCII text a pattern
    whose required words are missing is not run (also on text whose other characters are inert punctuation, curly
    quotes and dashes: scan.scan_lower)."""
    low = scan_lower(sent)
    if low is None:
        return (list(_LEFT_DEAD.finditer(sent)) + list(_LEFT_HURT.finditer(sent)) + list(_LEFT_WITH_HURT.finditer(sent))
                + list(_BODY_FOUND.finditer(sent)) + list(_TO_DEATH_SING.finditer(sent)))
    out = []
    if "left" in low or "leav" in low:
        if "dead" in low:
            out += _LEFT_DEAD.finditer(sent)
        out += _LEFT_HURT.finditer(sent)
        if "with" in low:
            out += _LEFT_WITH_HURT.finditer(sent)
    elif "dead" in low and ("find" in low or "found" in low or "discover" in low or "locate" in low
                            or "pronounced" in low or "declared" in low):
        out += _LEFT_DEAD.finditer(sent)  # "deputies found a man dead in the barn"
    if "body" in low:
        out += _BODY_FOUND.finditer(sent)
    if "death" in low:
        out += _TO_DEATH_SING.finditer(sent)
    return out


_MURDER_BEFORE = re.compile(
    r"(?<!attempted\s)(?<!attempt\s)(?<!intent\sto\s)(?<!commit\s)(?<!solicitation\sof\s)"
    r"(?<!attempted\sfirst-degree\s)(?<!attempted\ssecond-degree\s)(?<!attempted\sfirst\sdegree\s)(?<!attempted\ssecond\sdegree\s)"
    r"\b(?:murder|homicide|manslaughter)s?(?:\s+(?:charges?|counts?|case|investigation|probe))?"
    r"\s+(?:(?:in|for|into|over)\s+(?:connection\s+with\s+)?)(?:the\s+)?\Z", re.I)
"""A charge or investigation of murder, homicide or manslaughter (never an attempted one) right before "the shooting
of": "charged with first-degree murder in the shooting of a teen", "a homicide investigation into the shooting of a
man", "manslaughter charges for the accidental shooting of his son" tell a death."""


_RESULT_IN = r"\b(?:result(?:ed|ing|s)?\s+in|le(?:d|ads|ading)\s+to|caus(?:ed|es|ing))\s+the\s+"
_RESULT_DEATH = re.compile(_RESULT_IN + rf"death\s+of\s+(?P<obj>the\s+(?:[\w'’-]+\s+){{0,2}}?{G.PERSON_SINGULAR})\b", re.I)
"""A death an attack results in, told with "the": "shelling hit the ambulance, resulting in the death of the doctor
on board" (the death of "the" victim is otherwise someone already told)."""
_RESULT_IN_BEFORE = re.compile(_RESULT_IN + r"\Z", re.I)
_OBJ_THEN_VERB = re.compile(r"\s+and\s+(?:wounded|wounding|injured|injuring|hurt|hurting)\b", re.I)
"""In a singular object, the start of a second verb phrase: "killed a Palestinian and wounded 59"."""


_PAIR_THEN_THEY = re.compile(
    r"\A(?:[\w'’.-]+\s+){1,8}?and\s+(?:his|her)\s+(?P<b>[\w'’-]+)\s+(?:were|had\s+been)\s+[^.;]{0,120}?\bwhen\s+they\s+were\s+"
    r"(?:(?:ambushed|attacked|shot|abducted)\s+and\s+killed|shot\s+dead|killed|gunned\s+down|murdered)\b")
"""A victim and his companion, then "they" killed: "The mayor of the town and his driver were riding home when they
were shot and killed" (two)."""


def _pair_then_they_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    if "when they were" not in sent or any(m.ctype == "killed" for m in ms):
        return []
    v = _PAIR_THEN_THEY.match(sent)
    if v is None or not re.fullmatch(rf"(?i:{G.PERSON_SINGULAR}|{G.KIN}|{_COMPANION})", v.group("b")):
        return []
    mm = _Mention(0, v.end(), "number", value=2, np=sent[:v.start("b") + len(v.group("b"))])
    mm.ctype, mm.rule = "killed", "passive_after"
    mm.span_start, mm.span_end = 0, v.end()
    return [mm]


_COMPANION = r"(?:passenger|cameraman|translator|interpreter|guide|servant|maid|housekeeper|nanny|tenant|landlord|host)"
_AND_COMPANION = re.compile(rf"\s+and\s+(?P<obj2>(?:his|her|their)\s+{_COMPANION})\b", re.I)


def _and_companion_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """A companion after a single victim of an active verb: "shot dead a rickshaw driver and his passenger" (two); the
    victim nouns of grammar.PERSON_SINGULAR are read by the coordination step already."""
    if " and " not in sent:
        return []
    out = []
    for m in ms:
        if m.kind != "singular" or m.ctype != "killed" or not m.rule.startswith(("active_before", "singular_active")):
            continue
        v = _AND_COMPANION.match(sent, max(m.end, m.span_end))
        if v is None or any(x.ctype and x is not m and x.start < v.end() and v.start("obj2") < x.end for x in ms):
            continue
        out.append(_coordinated_person(v, v.end("obj2"), "killed"))
    return out


def _active_singular_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'Gunmen killed Nelson García', 'executed him', 'IS militants kill a fortune-teller' -> 1 killed."""
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    for v in (_finditer(_ACTIVE_SING, _ACTIVE_SING_GATE, sent) + _left_or_body(sent)
              + (list(_RESULT_DEATH.finditer(sent)) if "death of the" in sent else [])
              + (list(_SLAIN_NP.finditer(sent)) if (low := scan_lower(sent)) is None or "slain" in low else [])):
        vend, obj = v.end(), v.group("obj")
        if v.re is _ACTIVE_SING and (cut := _OBJ_THEN_VERB.search(obj)):
            vend, obj = v.start("obj") + cut.start(), obj[:cut.start()]  # "killed a Palestinian and wounded 59"
        if any(a <= v.start() < b or a < vend <= b for a, b in covered):
            continue
        if any(m.start >= v.start("obj") and m.start < vend and m.kind != "singular" and m.rule != "not_casualty" for m in ms):
            continue
        if v.re is _LEFT_DEAD and not re.match(r"(?i)lea?[fv]", v.group(0)) and any(m.ctype == "killed" for m in ms):
            continue  # "found a woman dead" beside a death the sentence tells already: the same
        if v.re is _LEFT_WITH_HURT and any(m.ctype in _HURT and m.kind != "singular" for m in ms):
            continue  # "two men were shot; it left the younger man with serious injuries": one of them
        if re.match(r"(?i)an?\s+(?:total|number|dozen|few|handful|family|group|lot|score)\b", obj):
            continue
        if v.re is _TO_DEATH_SING and (_NON_PERSON_NP.search(_head(obj)) or _ANIMAL.search(_head(obj)) or (
                v.group(0).split()[0].lower().endswith("ing") and _KILLED_BEFORE.search(sent[:v.start()]))):
            continue  # "beat the dog to death"; "killed six people, hacking a woman to death" (one of the six)
        if _MODAL_BEFORE.search(sent[max(0, v.start() - 30):v.start()]):
            continue  # "he could possibly hurt himself": what might have been, not what was
        if (_INTENT_BEFORE.search(sent[:v.start()]) and re.match(r"(?i)(?:kill|murder|shoot|wound|injure|hurt|execute)\b", v.group(0))
                or re.search(r"(?i)\b(?:warrant|order|plan|search|policy|operation|raid|strategy|contract)\b", obj)):
            continue  # "threatened to kill his wife", "executing a search warrant"
        if ("shot" in v.re.groupindex and v.group("shot") and not _year_old(v.group(0)) and not obj[0].isupper()
                and not re.search(rf"\b{G.PERSON_SINGULAR}\b", obj, re.I)):
            continue  # "the shooting of a music video"
        mm = _Mention(v.start(), vend, "singular", value=1, np=obj)
        mm.ctype, mm.rule = ("injured" if "inj" in v.re.groupindex and v.group("inj")
                             else "shot" if "shot" in v.re.groupindex and v.group("shot") else "killed"), "singular_active"
        if mm.ctype != "killed" and re.search(r"(?i)\b(?:fatally|mortally)\s+\Z", sent[max(0, v.start() - 12):v.start()]):
            mm.ctype = "killed"  # "fatally wounding his brother"
        elif mm.ctype == "shot" and _MURDER_BEFORE.search(sent, max(0, v.start() - 160), v.start()):
            mm.ctype = "killed"  # "charged with murder in the shooting of a teen": a murder charge tells a death
        am = _year_old(v.group(0))
        if am:
            mm.age = _age_value(am)
        mm.extra["noun"] = obj
        if (v.re is _ACTIVE_SING and obj.lower() == "another" and v.group(0).lower().startswith("death")
                and _RESULT_IN_BEFORE.search(sent, max(0, v.start() - 40), v.start())):
            mm.additive = True  # "a second ambulance was hit, resulting in the death of another paramedic": one more
        mm.span_start, mm.span_end = v.start(), vend
        out.append(mm)
        if v.re is _LEFT_DEAD and re.search(r"\s+and\s+(?:an?\s+)?\w", obj):
            mm.value, mm.kind = 2, "number"  # "left a man and woman dead"
        items = list(_LEFT_ITEMS.finditer(sent, v.start("obj"), v.end("obj"))) if v.re is _LEFT_WITH_HURT else []
        if len(items) > 1:  # "left his son and his brother with injuries": one victim per item, each with its own age
            for i, x0 in enumerate(items):
                x = mm if i == 0 else _Mention(x0.start(), x0.end(), "singular", value=1, np=x0.group(0))
                x.np = x.extra["noun"] = x0.group(0)
                am = _year_old(x0.group(0))
                x.age = _age_value(am) if am else None
                x.extra["own_age_only"] = True  # an age named in the list belongs to its own item only
                if i:
                    x.ctype, x.rule = mm.ctype, "coordinated"
                    x.span_start, x.span_end = x.start, x.end
                    out.append(x)
        after = vend
        cut = re.search(r"\s+and\s+", obj) if v.re is _ACTIVE_SING and mm.ctype == "killed" else None
        if cut and _AND_PERSON.match(sent, v.start("obj") + cut.start()) and not _TITLE_NAME_RX.fullmatch(obj):
            # "shot and killed his ex-wife and her boyfriend": the object ends before "and", the next is another
            after = v.start("obj") + cut.start()
            mm.np = mm.extra["noun"] = obj[:cut.start()]
        chain = _PERSON_LIST.match(sent, after) if v.re is _ACTIVE_SING and mm.ctype == "killed" else None
        if chain:  # "fatally shot his wife, his stepdaughter and a neighbor": one more victim per listed person
            out += [_coordinated_person(x0, x0.end("obj2"), mm.ctype)
                    for x0 in _PERSON_ITEM.finditer(sent, after, chain.end("last"))]
            continue
        second = _AND_PERSON.match(sent, after) if v.re is _ACTIVE_SING else None
        if second and _OWN_PREDICATE.match(sent, second.end()):
            second = None  # "killed his wife and a neighbor was wounded": the neighbor has a verb of his own
        if second:  # "killed 41-year-old John Doe and 3-year-old Jim Doe"
            out.append(_coordinated_person(second, second.end(), mm.ctype))
    return out


def _coordinated_person(m: re.Match, end: int, ctype: str) -> _Mention:
    """One more victim of the same verb, named by group "obj2" of ``m`` (with the age it gives)."""
    x = _Mention(m.start("obj2"), end, "singular", value=1, np=m.group("obj2"))
    x.ctype, x.rule = ctype, "coordinated"
    am = _year_old(m.group("obj2"))
    x.age = _age_value(am) if am else None
    x.extra["noun"] = m.group("obj2")
    x.span_start, x.span_end = x.start, x.end
    return x


# the weapon a killer turns on himself ("turned the gun on himself", "turning a rifle on himself")
_FIREARM = r"(?:gun|weapon|rifle|shotgun|pistol|handgun|firearm|revolver)"
_SELF_AFTER = re.compile(
    r"(?:\b(?:before|then|after\s+which\s+(?:he|she))\s+|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)"
    r"(?:(?:fatally\s+)?(?:killing|killed|kills|kill|shooting|shot|shoots|shoot)\s+(?P<r1>(?:him|her)self)"
    rf"|(?:turning|turned|turns|turn|using|used|uses)\s+(?:the|a|his|her)\s+{_FIREARM}"
    r"\s+on\s+(?P<r2>(?:him|her)self)|taking\s+(?:his|her)\s+own\s+life|took\s+(?:his|her)\s+own\s+life"
    r"|(?P<r3>(?:him|her)self)(?=\s*(?:[,.;:]|$|\s+(?:on|in|inside|outside|at|near|behind|during|as|when|while|before|with|after|early|late|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)))",
    re.I)
"""The killer's own death after others he killed: "killed his wife and then himself", "killed his nephew
before turning a rifle on himself", "killed a neighbor, then took his own life" (rule ``self_after``)."""
_SELF_NOT_DEAD = re.compile(r"\b(?:survived|critical|serious|stable|hospitali[sz]ed|wounded|injured|hurt|expected\s+to\s+live|"
                            r"(?:tried|attempted|attempting|trying|threatened|threatening)\s+to)\b", re.I)


_OWN_DEATH_WORDS = re.compile(r"self\b|own\s+life", re.I)


def _self_mention(v: re.Match, rule: str) -> _Mention:
    """The killer's own death, one person, read at ``v`` (rule ``self_after`` or ``self_own``)."""
    return _self_victim(v.start(), v.end(), "killed", rule)


def _self_victim(start: int, end: int, ctype: str, rule: str, noun: str = "himself") -> _Mention:
    """One person who harmed himself, read at ``start:end``; ``noun`` says who he is ("the bomber")."""
    mm = _Mention(start, end, "singular", value=1, np="himself")
    mm.ctype, mm.rule = ctype, rule
    mm.span_start, mm.span_end = start, end
    mm.extra["noun"] = noun
    mm.extra["own_age_only"] = True
    return mm


_SELF_AND_BEFORE = re.compile(r"\b(?:him|her)self\s+and\s+(?:at\s+least\s+|another\s+)?\Z", re.I)


def _self_and_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'blew himself up, killing himself and four police officers': the killer's own death beside the figure of
    his victims, one more (rule ``self_after``); "shot and wounded himself and his son": one more hurt."""
    out = []
    for m in ms:
        hm = _SELF_AND_BEFORE.search(sent, max(0, m.start - 40), m.start) if m.ctype and m.rule == "active_before" else None
        if hm:
            am = _ATTACKER_NP.search(sent, max(0, hm.start() - 120), hm.start())  # "the bomber ... killing himself"
            out.append(_self_victim(hm.start(), hm.start() + len(hm.group(0).split()[0]), m.ctype,
                                    "self_after" if m.ctype == "killed" else "singular_active",
                                    am.group(0) if am else "himself"))
    return out


def _self_after_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """The killer who then killed himself, told in the sentence of his victims: one more death (``self_after``),
    read only after a death of the same sentence that names someone else. A sentence of its own without any
    other death ("He then turned the gun on himself") gives his death alone (``self_own``), which
    :func:`_self_death_apart` may add to his victims' figure (see docs/conventions.md, "Who is counted")."""
    low = sent.lower()
    if "self" not in low and "own life" not in low:
        return []
    out = []
    for v in _SELF_AFTER.finditer(sent):
        if _SELF_NOT_DEAD.search(sent, v.end(), min(len(sent), v.end() + 60)):
            continue  # "... before shooting himself; he is in critical condition"
        if any(m.ctype == "killed" and m.span_start < v.end() and v.start() < m.span_end
               and _OWN_DEATH_WORDS.search(sent[m.span_start:m.span_end]) for m in ms):
            continue  # already read as his own death
        dead = [m for m in ms if m.ctype == "killed" and m.span_start < v.start()
                and not _OWN_DEATH_WORDS.search((m.np or "") + " " + str(m.extra.get("noun") or ""))
                and not re.search(r"[.;]|\b(?:but|said|says|after|when|while)\b",
                                  sent[min(m.span_end, v.start()):v.start()], re.I)]
        if not dead or any(m.ctype == "killed" and m.span_start >= v.end() for m in ms):
            continue
        out.append(_self_mention(v, "self_after"))
        break
    if not out and not any(m.ctype == "killed" for m in ms):
        v = _SELF_OWN.search(sent)
        if v and not _SELF_NOT_DEAD.search(sent) and not _ACCIDENT.search(sent):
            out.append(_self_mention(v, "self_own"))
    return out


_SELF_OWN = re.compile(
    r"\b(?:(?:then|later|fatally)\s+(?:shot|shoots)\s+(?:him|her)self(?!\s+(?:in|through)\s+(?:the|his|her)\s+(?:left\s+|right\s+)?"
    r"(?:legs?|foot|feet|hands?|arms?|thigh|knee|shoulder|finger|hip|stomach|abdomen|side|buttocks?|wrist|ankle)\b)|(?:turned|turns)\s+(?:the|a|his|her)\s+"
    rf"{_FIREARM}\s+on\s+(?:him|her)self|(?:took|takes)\s+(?:his|her)\s+own\s+life"
    r"|committed\s+suicide|died\s+(?:of|from|by)\s+(?:an?\s+)?(?:apparent\s+)?(?:suicide|self-inflicted)"
    r"|dead\s+(?:[\w'’,-]+\s+){0,8}?(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self-inflicted)", re.I)
"""The killer's own death told in a sentence of its own, without a figure ("He then turned the gun on himself", "the
shooter took his own life"): one death (rule ``self_own``), added to his victims by :func:`_self_death_apart`."""


_SELF_DEATH = re.compile(
    r"\b(?:(?:killed|killing|kills|kill|shot|shooting|shoots|shoot)\s+(?:him|her)self|(?:turned|turning|turns|turn|used|using)\s+"
    rf"(?:the|a|his|her)\s+{_FIREARM}\s+on\s+(?:him|her)self"
    r"|(?:took|taking|takes|take)\s+(?:his|her)\s+own\s+life|self-inflicted|committed\s+suicide|died\s+(?:of|by)\s+suicide)", re.I)
"""A killer's own death: "killed himself", "turned the gun on himself", "took his own life", "a self-inflicted wound"."""
# "(him|her)self", "self-inflicted", "own life", "suicide": one of these words in every match
_SELF_DEATH_NEEDS = _needs(_SELF_DEATH, "507b9ec795f740d3", "self", "life", "suicide")
_HIM_WITH = re.compile(r"(?:him|her)self|own\s+life|self-inflicted|\b(?:including|among\s+them)\s+(?:the\s+)?"
                       r"(?:gunman|shooter|suspect|attacker|assailant|killer)\b", re.I)
"""A sentence whose figure may already hold the killer: "killed his wife and himself", "three people died, including
the gunman"; so may a figure of two or more in a murder-suicide ("two dead in a murder-suicide")."""


_MURDER_SUICIDE = re.compile(
    r"\bmurder[\s/-]*(?:and\s+|-\s*)?suicide\b|\b(?:kill(?:ed|ing|s)?|shot|shoots?|shooting)\s+(?:\S+\s+){1,6}?(?:and|before|then)\s+"
    r"(?:then\s+)?(?:(?:kill(?:ed|ing|s)?|shot|shoots?|shooting)\s+|turn(?:ed|ing|s)?\s+the\s+gun\s+on\s+)?(?:him|her)self\b", re.I)
"""An article that tells of a murder-suicide: the killer's own death is not the only one."""
_AFTER_OTHERS = re.compile(r"\b(?:(?:accused|suspected)\s+(?:of|in)|then|afterwards?|after\s+(?:the|that|this|shooting|killing|stabbing)|before)\b", re.I)
_MINOR_HERE = re.compile(r"\b\d{1,2}-year-old\b|\b(?:boy|girl|child|toddler|teen|teenager|juvenile|student)\b", re.I)
_ACCIDENT = re.compile(r"\baccident(?:al|ally)?\b|\bunintentional", re.I)


# the rules that read a figure from an active verb: someone killed or hurt someone ("killed five",
# "shot his wife", headline "Man kills neighbor")
_ACTIVE_VERB_RULES = frozenset({"active_before", "singular_active", "headline_active"})


def _by_active_verb(c: Claim) -> bool:
    return not _ACTIVE_VERB_RULES.isdisjoint(c.rule.split("/"))


def _self_death_apart(text: str, claims: list[Claim]) -> None:
    """The killer's own death told in a sentence of its own ("The gunman killed two neighbors. He then
    turned the gun on himself"): he is not one of the people he killed, so his death is added to the
    largest sentence total (rule suffix '/another'), once, when the article's other deaths are of other
    people and no sentence tells his death together with theirs (see docs/conventions.md, "Who is counted")."""
    def live(c: Claim) -> bool:
        return c.casualty_type == "killed" and c.counts and (c.count_point or 0) > 0
    by_sent: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if live(c):
            by_sent.setdefault((c.evidence_field, c.sentence_start), []).append(c)
    if any(c.rule.endswith("self_after") or c.rule.endswith("/another") for cs in by_sent.values() for c in cs):
        return  # told with his victims already, or the article adds figures of its own

    def own(cs: list[Claim]) -> bool:
        c = cs[0]
        sent = c.evidence_text
        return (len(cs) == 1 and c.count_point == 1 and c.evidence_field == "text"
                and not (c.is_child and _MINOR_HERE.search(sent))  # "the 10-year-old died by suicide": no killer
                and _search_if(_SELF_DEATH, _SELF_DEATH_NEEDS, sent) is not None
                and not _SELF_NOT_DEAD.search(sent) and not _ACCIDENT.search(sent)
                and (_AFTER_OTHERS.search(sent) is not None or told()))
    told_once: list[bool] = []

    def told() -> bool:  # the article tells a murder-suicide (read once, when asked)
        if not told_once:
            low = scan_lower(text)  # every alternative of _MURDER_SUICIDE holds "suicide" or "self"
            told_once.append((low is None or "suicide" in low or "self" in low)
                             and _MURDER_SUICIDE.search(text) is not None)
        return told_once[0]

    def self_only(cs: list[Claim]) -> bool:  # "killed himself", in the title too: told again, not someone else
        return len(cs) == 1 and cs[0].count_point == 1 and _search_if(
            _SELF_DEATH, _SELF_DEATH_NEEDS, cs[0].evidence_text) is not None
    mine = [k for k, cs in by_sent.items() if own(cs)]
    if not mine:
        return  # (the steps below end here too)
    others = [k for k, cs in by_sent.items() if k not in mine and not self_only(cs)]
    # without a murder-suicide told, "then" alone needs a killing of someone else ("killed two neighbors"), not a
    # death that may be his own ("A man was found dead ... he then shot himself")
    if not told() and not any(_by_active_verb(c) for k in others for c in by_sent[k]):
        return

    def may_hold_him(cs: list[Claim]) -> bool:  # a figure read from an active verb ("killed five") is his victims'
        sent = cs[0].evidence_text
        return not any(_by_active_verb(c) for c in cs) and (_HIM_WITH.search(sent) is not None or (
            _MURDER_SUICIDE.search(sent) is not None and sum(c.count_point or 0 for c in cs) >= 2))
    if not mine or not others or any(may_hold_him(by_sent[k]) for k in others):
        return
    c = by_sent[mine[0]][0]
    c.rule += "/another"



_POLICE = r"(?:police(?:\s+officers?)?|officers?|deput(?:y|ies)|troopers?|(?:federal\s+)?agents?|SWAT(?:\s+\w+)?)"
_POLICE_KILLER = re.compile(
    rf"\b(?:shot|killed|slain|gunned\s+down|shot\s+dead|wounded)\s+(?:\w+\s+){{0,3}}?by\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?{_POLICE}\b"
    rf"|\b(?:shootout|shoot-out|gunfight|gun\s+battle|exchange\s+of\s+gunfire|firefight)\s+with\s+(?:the\s+|a\s+)?(?:\w+\s+)?{_POLICE}\b"
    rf"|(?<!\bformer\s)(?<!\bex-)(?<!\bretired\s)(?<!\bpolice\s)(?<!\bfederal\s)\b{_POLICE}\s+(?:who\s+)?(?:then\s+)?"
    rf"(?:fired(?:\s+back)?|returned\s+fire|opened\s+fire|shot|shoots?|fatally\s+shot|killed|kills?)\b", re.I)
"""A death dealt by the police: "was shot and killed by officers", "during a shootout with deputies", "Police fired back,
killing him", "when a police officer shot him"."""
# every match names the police (one of _POLICE's words)
_POLICE_KILLER_NEEDS = _needs(_POLICE_KILLER, "20b3929afa6125a7",
                              "police", "officer", "deput", "trooper", "agent", "swat")
# the words every match starts with (its verbs, its fights, the police), for _search_at
_POLICE_KILLER_STARTS = (re.compile("shot|killed|slain|gunned|wounded|shoot|gun|exchange|firefight|police|officer|"
                                    "deput|trooper|federal|agent|swat")
                         if _same(_POLICE_KILLER, "20b3929afa6125a7") else None)


def _police_killer(s: str) -> re.Match | None:
    """``_POLICE_KILLER.search(s)``: only in a text naming the police, tried only where one of its first words is."""
    if _lacks(s, _POLICE_KILLER_NEEDS):
        return None
    return _search_at(_POLICE_KILLER, _POLICE_KILLER_STARTS, s, scan_lower(s))
_POLICE_EVENT = re.compile(r"\b(?:officer|police|deputy|trooper)[\s-]+(?:involved|related)\b|\bpolice\s+shooting\b", re.I)
_PRONOUN_END = re.compile(r"\b(?:him|her|them|himself|herself)\Z", re.I)


def _attacker_death_apart(claims: list[Claim]) -> None:
    """The attacker's death at the hands of the police, told in a sentence of its own ("The gunman killed two
    neighbors. ... Officers returned fire, killing him"): he is not one of the people he killed, so his death is
    added to the largest sentence total (rule suffix '/another'), once, like the killer's own death
    (:func:`_self_death_apart`; see docs/conventions.md, "Who is counted")."""
    by_sent: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.casualty_type == "killed" and c.counts and (c.count_point or 0) > 0:
            by_sent.setdefault((c.evidence_field, c.sentence_start), []).append(c)
    if any(c.rule.endswith(("self_after", "police_after", "/another")) for cs in by_sent.values() for c in cs):
        return  # told with his victims, or the article adds figures of its own

    def his(cs: list[Claim]) -> bool:  # a single death the police dealt
        c = cs[0]
        p = _police_killer(c.evidence_text)
        # the police are the killers of the one who died, not a later part of his story ("a gunman killed a
        # customer before being fatally shot by police": the customer)
        return (len(cs) == 1 and c.count_point == 1 and p is not None
                and (not _by_active_verb(c) or p.start() < c.char_start - c.sentence_start))
    mine = [k for k, cs in by_sent.items() if k[0] == "text" and his(cs)]
    if not mine:
        return
    others = [cs for k, cs in by_sent.items() if k not in mine]
    if any(_HIM_WITH.search(cs[0].evidence_text) or _police_killer(cs[0].evidence_text)
           or _POLICE_EVENT.search(cs[0].evidence_text) for cs in others):
        return  # a figure that may hold him ("three dead, including the gunman", "an officer-involved shooting left a man dead")

    def victims(cs: list[Claim]) -> bool:  # his victims: several dead, or someone killed by an active verb
        return cs[0].evidence_field == "text" and (sum(c.count_point or 0 for c in cs) >= 2 or any(
            _by_active_verb(c) and c.victim_group != "attackers"
            and not _PRONOUN_END.search(_span(c))
            for c in cs))
    if not any(victims(cs) for cs in others):
        return
    by_sent[mine[0]][0].rule += "/another"


_POLICE_AFTER = re.compile(
    rf"\bbefore\s+(?:(?:being|he\s+was|she\s+was)\s+(?:fatally\s+shot|shot\s+and\s+killed|shot\s+dead|killed|gunned\s+down)"
    rf"\s+by\s+(?:the\s+|an?\s+)?(?:\w+\s+)?{_POLICE}|(?:the\s+)?{_POLICE}\s+(?:fatally\s+shot|shot\s+and\s+killed|shot\s+dead|killed|"
    rf"gunned\s+down)\s+(?:him|her))\b", re.I)
"""The attacker killed by the police after his victims, told in their sentence: "shot and killed a clerk before being
fatally shot by police", "killed three people before officers shot and killed him"."""


def _police_after_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """The attacker's death at the hands of the police told after his victims' deaths in one sentence: one more death
    (rule ``police_after``, an attacker), like his own death told there (``self_after``)."""
    if "before" not in sent:
        return []
    for v in _POLICE_AFTER.finditer(sent):
        if not any(m.ctype == "killed" and m.end <= v.start() for m in ms):
            continue
        here = [m for m in ms if m.ctype == "killed" and m.start < v.end() and v.start() < m.end]
        for m in here:
            if m.value == 1 and (m.np or "").strip().lower() in ("him", "her"):
                m.rule, m.extra["noun"] = "police_after", "the gunman"  # "... before police killed him": not a victim
        if not here:
            return [_self_victim(v.start(), v.end(), "killed", "police_after", noun="the gunman")]
    return []

_AND_PERSON = re.compile(
    rf"\s+and\s+(?P<obj2>(?:(?i:a|an|his|her|their)\s+)?(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?"
    rf"(?:(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}})|(?i:{G.PERSON_SINGULAR}|{G.KIN}|{_COMPANION})))\b")
"""A second victim sharing an active verb: "killed his wife and a neighbor", "killed Jo Doe and 3-year-old Al Doe",
"shot dead a driver and his passenger"."""


_OWN_PREDICATE = re.compile(r"\s*,?\s+(?:(?:also\s+)?(?:was|were|is|are|has|have|had)\b|(?:later\s+)?(?:died|suffered|survived|escaped|fled)\b)",
                            re.I)
"""After a person coordinated with a victim: a verb of that person's own ("killed his wife and a neighbor was
wounded", "... and her son escaped"): another clause, not one more object of the killing verb."""


_PERSON_NP = (rf"(?i:a|an|his|her|their)\s+(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:(?!(?i:and|or)\s)[\w'’-]+\s+){{0,2}}?"
              rf"(?i:{G.PERSON_SINGULAR}|{G.KIN})\b(?!['’]s)")
_PERSON_ITEM = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<obj2>{_PERSON_NP})")
_PERSON_LIST = re.compile(rf"(?:\s*,\s*{_PERSON_NP}){{1,4}}\s*,?\s+and\s+(?P<last>{_PERSON_NP})")
"""More victims of a deadly active verb, listed after its object: "killed his wife, his son and a neighbor" (a comma
alone may open an apposition, "killed his neighbor, a retired teacher": the list must end with "and")."""


_ORDINAL_WORDS = tuple(G.ORDINAL_COUNT)
# ``any(w in low for w in _ORDINAL_WORDS)``, an `or` chain (scan.any_in); the same for each word between spaces, one
# scan for all (scan.any_literal: its words open with a space, which the engine looks for first)
_HAS_ORDINAL = _any_in(_ORDINAL_WORDS)
_HAS_SPACED_ORDINAL = _any_literal(f" {o} " for o in _ORDINAL_WORDS).search


_GUNFIRE_HIT = re.compile(
    rf"\b(?P<verb>struck|striking|strikes|hit|hitting|hits|grazed|grazing|grazes)\s+(?P<obj>(?i:him|her)(?!\s+(?:{G.KIN}|own)\b)"
    rf"|(?i:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile)"
    rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}))\b"
    rf"(?P<where>(?:\s+(?:once|twice|\w+\s+times))?\s+(?:in|on)\s+(?:the|his|her|their)\s+{G.BODY_PART}\b)?")
"""A person hit by a shot: "opened fire, hitting the man", "the bullet struck her in the head"."""
_SHOT_OBJECT = re.compile(
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bgot\s)(?<!\bget\s)(?<!\bbe\s)\b(?P<verb>shot)\s+"
    rf"(?P<obj>(?i:him|her)(?!\s+(?:{G.KIN}|own)\b)"
    rf"|(?i:a|an|his|her|their)\s+(?:(?!(?i:and|or|but|then)\b)[\w'’-]+\s+){{0,3}}?(?i:{G.PERSON_SINGULAR}|{G.KIN}|bride|groom|roommate|passenger|youngster|juvenile)"
    rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}))\b"
    rf"(?P<where>(?:\s+(?:once|twice|\w+\s+times))?\s+(?:in|on)\s+(?:the|his|her|their)\s+{G.BODY_PART}\b)?")
"""A person shot, told with an active verb: "he shot his wife in the hip", "a customer shot a man", "shot him in
the knee" (a pronoun or a name only with the wound)."""
# every match opens with the verb "shot", written in lower case (the pattern is case-sensitive there): it is tried
# only where str.find finds that word, not at every position (pinned by the pattern's fingerprint)
_SHOT_OBJECT_AT = _same(_SHOT_OBJECT, "2556a4f737f2c9ce")


def _shot_objects(sent: str) -> list[re.Match]:
    """``list(_SHOT_OBJECT.finditer(sent))``, tried only where "shot" is (a match tried at a position sees the whole
    string: lookbehinds, \\b)."""
    if not _SHOT_OBJECT_AT:
        return list(_SHOT_OBJECT.finditer(sent))
    starts = []
    i = sent.find("shot")
    while i >= 0:
        starts.append(i)
        i = sent.find("shot", i + 1)
    return _matches_at(_SHOT_OBJECT, sent, starts)


#: Before a figure: "treated (14 people) for ...".
_TREATED_BEFORE_FIG = re.compile(r"\btreat(?:ed|ing|s)\s+(?:(?:at\s+least|more\s+than|about|some|another)\s+)?\Z", re.I)
#: After it: "(14) people for minor injuries", "(two) others for gunshot wounds".
_TREATED_FOR_AFTER = re.compile(
    rf"\A{G.NOUN_PHRASE}\s+for\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds|burns|cuts|fractures|shrapnel|gunshot|stab|trauma)\b",
    re.I)
#: After a figure: "(Two people) were left fighting for their lives", "(three) are fighting for their lives".
_FIGHTING_FOR_LIFE_AFTER = re.compile(
    rf"\A{G.NOUN_PHRASE}\s+(?:(?:were|was|are|is|remain|remained|remains)\s+)?(?:(?:left|still|now)\s+)?"
    r"fighting\s+for\s+(?:their|his|her)\s+li(?:ves|fe)\b", re.I)
_TO_HOSPITAL = re.compile(
    r"\A(?P<np>(?:\s+(?!to\b)[\w'’-]+){0,4}?)\s+to\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|two\s+|three\s+|several\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?(?:hospitals?|medical\s+centers?|trauma\s+centers?|emergency\s+rooms?)\b(?!\s+to\s+\w)", re.I)
"""After "sent" and its object: "... (four people) to the hospital", "(a teenage girl) to an area hospital"."""
_SENT_OBJECT = re.compile(
    rf"\bsen(?:t|ds|ding)\s+(?P<obj>(?i:a|an|his|her|their|one)\s+(?:(?!(?i:to)\b)[\w'’-]+\s+){{0,3}}?(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile)"
    rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}))(?=\s+to\s)")
"""A person sent to hospital by the shooting: "left two men dead and sent a teenage boy to the hospital"."""
_BOTH_PERSON = (rf"(?:(?i:him|her)(?!\s+(?:{G.KIN}|own)\b)|(?i:the|a|an|his|her|their)\s+(?:(?!(?i:and|or|in|on)\b)[\w'’-]+\s+){{0,3}}?"
                rf"(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old)"
                rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}))")
_HIT_BOTH = re.compile(
    rf"\b(?P<verb>(?i:struck|striking|strikes|hit|hitting|hits|grazed|grazing|wounded|wounding|injured|injuring))\s+(?i:both)\s+"
    rf"(?P<obj>{_BOTH_PERSON})\s+(?i:and)\s+(?P<obj2>{_BOTH_PERSON})\b")
"""Two people hit by one shot or wounded together: "a bullet hit both Jo Lee and the 6-year-old", "wounding both
the driver and his wife"."""
_TOOK_OBJECT = re.compile(
    rf"\b(?i:took|takes|taking|rushed|rushes|rushing|transported|transports|transporting|drove|drives|driving|airlifted|"
    rf"airlifts|flew|carried|brought|brings)\s+"
    rf"(?P<obj>(?i:him|her)(?!\s+(?:{G.KIN}|own)\b)"
    rf"|(?i:the|a|an|his|her|their|one)\s+(?:(?!(?i:to|and|or|with)\b)[\w'’-]+\s+){{0,3}}?(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile)"
    rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}}))\b"
    rf"(?:\s*,\s*[^,;.]{{1,80}}?,)?(?=\s+to\s)")
"""A person taken to hospital, told with an active verb: "Paramedics took the man to a hospital", "a neighbor drove her
to the emergency room" (the place is checked with ``_TO_HOSPITAL``)."""
_BULLET_PATH = re.compile(
    rf"\b(?i:bullets?|rounds?|shots?|pellets?|slugs?)\s+(?:that\s+|which\s+)?(?i:went|passed|traveled|travelled|tore|ripped)"
    rf"\s+(?i:through|into)\s+(?P<obj>(?i:his|her)|(?:the\s+)?(?i:{G.PERSON_SINGULAR}|{G.KIN})['’]s?"
    rf"|(?-i:[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]+){{0,2}})['’]s?)\s+(?P<where>(?i:(?:(?:left|right|upper|lower)\s+)?{G.BODY_PART}))\b"
    rf"(?P<on>,?\s+(?:and|then|before)\s+(?:then\s+)?(?:(?:struck|hit|grazed|lodged\s+in)\s+(?!(?:a|the)\s+(?:wall|car|window|door|house|home|vehicle|tree|ground|floor|ceiling)\b)|into\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}['’]s?\s)|into\s+(?:his|her|the)\s+(?:\w+['’]s\s+)?(?:{G.KIN}|{G.PERSON_SINGULAR})))?", re.I)
"""A wound told as the bullet's path: "the bullet went through her leg", "a round passed through Jo Roe's left arm
and struck ..." -- the owner of the body part was shot; when the bullet went on to hit someone else ("and struck
the driver", "and into his son's chest") the one it passed through is hurt, not the one who died."""
# its verb (and "through" or "into", which the caller tests)
_BULLET_PATH_NEEDS = _needs(_BULLET_PATH, "99138e871f608acd", "went", "passed", "traveled", "travelled", "tore", "ripped")
_FOUND_WOUNDED = re.compile(
    rf"\b(?:found|located|discovered|encountered)\s+"
    rf"(?P<obj>(?:a|an|one|another)\s+(?:(?!(?:and|or|with|who|in|at|on|near|after)\s)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{G.PERSON_SINGULAR}|{G.KIN}|juvenile|teen|teenager|youngster|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old)|him|her)\b"
    rf"(?:,\s+(?:\d{{1,3}},\s+))?(?P<how>\s+(?:who\s+had\s+been\s+shot|(?:lying\s+\w+\s+(?:\w+\s+)?)?(?:suffering\s+(?:from\s+)?|with\s+)"
    rf"(?:a\s+|an\s+|multiple\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){{0,2}}?(?:gunshot|gun\s+shot|bullet)\s+wounds?"
    rf"|(?:shot|wounded)\b(?!\s+(?:dead|to\s+death|and\s+killed|at\b|by\b)|,\s+killed)))", re.I)
"""A person found hurt, told as the object of the finding: "troopers found a hiker who was suffering from a bullet wound",
"they located a 20-year-old with a bullet wound", "found a boy shot in the leg" (not "found a man shot dead")."""
_BODY_PART_END = re.compile(rf"\b{G.BODY_PART}\Z", re.I)
_GUNFIRE = re.compile(r"\b(?:bullets?|rounds?|shots?|gunfire|pellets?|buckshot|birdshot|fired|firing|fire|discharged|"
                      r"went\s+off|gun|rifle|shotgun|pistol|handgun)\b", re.I)


def _gunfire_hit_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """A person hit by gunfire, told with an active verb whose subject is the shot, not the shooter:
    "fired, striking the girl in the cheek", "the round struck her in the arm", "opened fire, hitting
    the driver". Read as one person shot (injured unless they died, see ``_shot_to_injured``), only
    when a shot or a gun is named before the verb in the sentence."""
    low = sent.lower()
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    hits = list(_GUNFIRE_HIT.finditer(sent)) if any(w in low for w in ("struck", "strik", "hit", "graz")) else []
    sent_to = [v for v in _SENT_OBJECT.finditer(sent) if _TO_HOSPITAL.match(sent[v.end():])] if "sen" in low else []
    took = ([v for v in _TOOK_OBJECT.finditer(sent) if _TO_HOSPITAL.match(sent[v.end():])
             and not _NON_PERSON_NP.search(_TO_HOSPITAL.match(sent[v.end():]).group("np"))]
            if "hospital" in low or "medical" in low or "trauma" in low or "emergency" in low else [])
    paths = (list(_BULLET_PATH.finditer(sent)) if ("through" in low or "into" in low)
             and not _lacks(sent, _BULLET_PATH_NEEDS) else [])
    found = list(_FOUND_WOUNDED.finditer(sent)) if any(w in low for w in ("found", "locate", "discover", "encounter")) else []
    both = list(_HIT_BOTH.finditer(sent)) if "both" in low else []
    for v in both + paths + hits + (_shot_objects(sent) if "shot " in low else []) + sent_to + found + took:
        # a path is told by its wound ("one shot that went through Jo's arm": 'one shot' is no figure; its 'and
        # struck ...' names the next victim)
        st, end = (v.start("obj"), v.end("where")) if v.re is _BULLET_PATH else (v.start(), v.end())
        if any(a <= st < b or a < end <= b for a, b in covered):
            continue
        if v.re is _SENT_OBJECT:
            if not re.search(r"(?i)\b(?:shooting|shootout|gunfire|gunshots?|bullets?|shots|attack|incident)\b",
                             sent[max(0, v.start() - 80):v.start()]):
                continue  # a shooting sends people to hospital; a judge's order does not make them victims
        elif v.re is _SHOT_OBJECT:
            if (_INTENT_BEFORE.search(sent[:v.start()]) or _MODAL_BEFORE.search(sent[:v.start()])
                    or _NOT_BEFORE.search(sent[max(0, v.start() - 20):v.start()])  # "he never shot his cousin"
                    or ((v.group("obj")[0].isupper() or v.group("obj").lower() in ("him", "her")) and not v.group("where"))):
                continue
        elif v.re is _HIT_BOTH:
            wound = re.match(r"(?i)wound|injur", v.group("verb"))
            if ((not wound and not _GUNFIRE.search(sent, 0, v.start()))
                    or re.search(r"(?i)\b(?:not|never|missed|narrowly|nearly|almost|barely)\s+\Z", sent[:v.start()])
                    or _MODAL_BEFORE.search(sent[:v.start()]) or _INTENT_BEFORE.search(sent[:v.start()])):
                continue
            # two people, one figure (as "left a man and a woman dead"): the second is never the first restated
            np = v.group("obj") + " and " + v.group("obj2")
            mm = _Mention(v.start("obj"), v.end(), "number", value=2, np=np)
            mm.ctype, mm.rule = ("injured" if wound else "shot"), "singular_active"
            mm.extra["noun"] = np
            mm.span_start, mm.span_end = v.start(), v.end()
            out.append(mm)
            covered.append((v.start(), v.end()))
            continue
        elif v.re is _TOOK_OBJECT:
            if (_INTENT_BEFORE.search(sent[:v.start()]) or _MODAL_BEFORE.search(sent[:v.start()])
                    or _NOT_BEFORE.search(sent[max(0, v.start() - 20):v.start()])):
                continue  # "did not take her to the hospital", "wanted to take him to a hospital"
        elif v.re is _FOUND_WOUNDED:
            if v.group("obj").lower() in ("him", "her") and "wound" not in v.group("how").lower():
                continue
            if any(m.ctype in _HURT and m.value == 1 and m.kind == "singular" for m in ms + out):
                continue  # "a child had shot himself ... officers found a boy with a gunshot wound": the same one
        elif v.re is _BULLET_PATH:
            if (_MODAL_BEFORE.search(sent[:v.start()]) or _NOT_BEFORE.search(sent[max(0, v.start() - 20):v.start()])
                    or re.search(r"(?i)\b(?:could|would|might)\s+have\b", sent[:v.start()])):
                continue
        elif (not _GUNFIRE.search(sent, 0, v.start())
                or re.search(r"(?i)\b(?:not|never|missed|narrowly|nearly|almost|barely)\s+\Z", sent[:v.start()])):
            continue
        obj = v.group("obj")
        if v.re is _TOOK_OBJECT:
            if any(m.ctype in _HURT + ("killed",) and m.value == 1 and m.kind == "singular" for m in ms + out):
                continue  # "a man was shot ... paramedics took him to a hospital": the same one
            mm = _Mention(v.start(), v.end(), "singular", value=1, np=obj)
            mm.ctype, mm.rule = "hospital", "singular_hospital"
            am = _year_old(obj)
            mm.age = _age_value(am) if am else None
            mm.extra["noun"] = obj
            mm.span_start, mm.span_end = v.start(), v.end()
            out.append(mm)
            covered.append((v.start(), v.end()))
            continue
        if v.re is not _BULLET_PATH and _BODY_PART_END.search(obj):
            continue  # "a bullet grazed his head, hitting his left eye": a wound, not a second person
        if obj.lower() in ("him", "her") and v.re not in (_BULLET_PATH, _FOUND_WOUNDED) and not v.group("where"):
            continue  # "hit her" alone may be a blow: a pronoun needs the wound ("hit her in the leg")
        extra: list[_Mention] = []
        mm = _Mention(v.start(), end, "singular", value=1, np=obj)
        mm.ctype, mm.rule = ("injured" if v.re is _SENT_OBJECT or (v.re is _BULLET_PATH and v.group("on"))
                             else "shot"), "singular_active"
        if v.re is _SHOT_OBJECT and re.search(r"(?i)\b(?:fatally|mortally)\s+\Z", sent[max(0, v.start() - 12):v.start()]):
            mm.ctype = "killed"  # "Roe fatally shot his wife"
            if not v.group("where"):  # "... his wife, his son and a neighbor" / "... his wife and a neighbor"
                chain = _PERSON_LIST.match(sent, end)
                items = (list(_PERSON_ITEM.finditer(sent, end, chain.end("last"))) if chain
                         else [x for x in [_AND_PERSON.match(sent, end)] if x])
                for x0 in items:
                    x = _Mention(x0.start("obj2"), x0.end("obj2"), "singular", value=1, np=x0.group("obj2"))
                    x.ctype, x.rule = "killed", "coordinated"
                    am = _year_old(x0.group("obj2"))
                    x.age = _age_value(am) if am else None
                    x.extra["noun"] = x0.group("obj2")
                    x.span_start, x.span_end = x.start, x.end
                    extra.append(x)
        am = _year_old(obj)
        if am:
            mm.age = _age_value(am)
        mm.extra["noun"] = obj
        if v.re is _BULLET_PATH:
            mm.extra["own_age_only"] = True  # the one a bullet passed through is rarely the child it then hit
        mm.span_start, mm.span_end = v.start(), end
        out.append(mm)
        covered.append((v.start(), end))
        out.extend(extra)  # the other victims of "fatally shot his wife and a neighbor"
        covered.extend((x.start, x.end) for x in extra)
    return out


_ANOTHER_HURT = re.compile(
    r"(?:\band|,|;)\s+(?:(?P<active>(?:\w+ly\s+)?(?:wounding|injuring|hurting))\s+(?P<aobj>another|the\s+other)\b(?!\s+\w+ly\b)"
    r"|(?:one\s+)?(?P<obj>(?:another|the\s+other|(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?:\s+(?!(?:was|were|is|being|has|got)\b)[\w'’-]+){0,2}?)"
    r"(?:,\s+[^,;]{3,70},)?\s+"
    r"(?:(?:was|is|has\s+been|had\s+been|being|got)\s+)?(?:\w+ly\s+)?(?P<verb>wounded|injured|hurt|shot|hospitali[sz]ed"
    r"|(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+life|in\s+(?:critical|serious|stable|good|fair)\s+condition"
    r"|in\s+(?:the\s+)?hospital(?!\s+(?:lobby|parking|staff|bed|room|car)))\b)", re.I)
"""After the dead, one more person hurt: "a cook was killed and another hurt", "left one deputy dead and
another injured", "Teen killed, another hurt", "found one man dead and another, a 30-year-old, wounded";
'the other' after a death only: "one officer died and the other was wounded", "killing one and wounding the other"."""


def _another_hurt_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'One man was killed and another wounded' -> one injured, someone other than the dead (rule ``coordinated``)."""
    low = sent.lower()
    if "another" not in low and "the other" not in low and not _HAS_SPACED_ORDINAL(low):
        return []
    out = []
    covered = [(min(m.start, m.span_start), max(m.end, m.span_end)) for m in ms if m.ctype]
    for v in _ANOTHER_HURT.finditer(sent):
        key = "aobj" if v.group("aobj") else "obj"
        s, e = (v.start("active"), v.end()) if key == "aobj" else (v.start("obj"), v.end())
        if any(a < e and s < b for a, b in covered):
            continue
        o = v.group(key).lower()
        death = (r"killed|killing|dead|died|slain|fatally|murdered" + ("" if o.startswith("the other") else "|shot")
                 + ("|wounded|injured|hurt" if o.split()[0] in ("a", "the") and o.split()[1] in G.ORDINAL_COUNT else ""))
        if not re.search(rf"(?i)\b(?:{death})\b", sent[:s]):
            continue  # only after a casualty it is coordinated with ('the other' only after a death)
        mm = _Mention(s, e, "singular", value=1, np=v.group(key))
        mm.ctype, mm.rule = "injured", "coordinated"
        mm.extra["noun"] = v.group(key)
        mm.span_start, mm.span_end = s, e
        out.append(mm)
    return out


def _ordinal_death_pass(sent: str, low: str) -> list[_Mention]:
    """'A third person has died' -> 3 killed in all, read as a running toll (rule ``toll``: the
    largest toll is taken, never added); only in sentences holding an ordinal word."""
    if not _HAS_ORDINAL(low):
        return []
    out = []
    for v in G.ORDINAL_DEATH.finditer(sent):
        mm = _Mention(v.start("ord"), v.end(), "number", value=G.ORDINAL_COUNT[v.group("ord").lower()])
        mm.ctype, mm.rule = "killed", "toll"
        mm.span_start, mm.span_end = v.start("ord"), v.end()
        out.append(mm)
    return out


def _tuple_shooting_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'a double shooting' -> 2 shot (injured unless killed), 'a triple homicide' -> 3 killed; only in a
    sentence that gives no other figure ("Two men were shot in a double shooting" is one figure, 2)."""
    out = []
    typed = [m for m in ms if m.ctype]
    # beside deaths only, fewer than its number, a shooting tuple is the people shot, the dead among them
    # ("Man killed in double shooting" -> 1 killed, 1 injured)
    dead_only = bool(typed) and all(m.ctype == "killed" and not m.subset for m in typed)
    if typed and not dead_only:
        return out
    for v in (G.TUPLE_SHOOTING.finditer(sent) if not _lacks(sent, _TUPLE_NEEDS) else ()):
        n = G.TUPLE_COUNT[v.group("n").lower()]
        if dead_only and (v.group("killed") or sum(m.value or 0 for m in typed) >= n):
            continue
        mm = _Mention(v.start(), v.end(), "number", value=n)
        mm.ctype, mm.rule = ("killed" if v.group("killed") else "shot"), "tuple_shooting"
        mm.span_start, mm.span_end = v.start(), v.end()
        out.append(mm)
    return out


_DURATION_OF = re.compile(rf"(?P<n>\d+|{G.NUMBER_PATTERN})\s+(?P<u>days?|weeks?|months?|years?)\s+of\b", re.I)

#: the longest span (days, from its first day to its last) a figure's window may have and still be one incident's:
#: "three days of clashes", "since Tuesday"; longer spans ("since 1 March", "over the past two weeks") are summaries
_ONE_INCIDENT_DAYS = 7


def _longer_than_an_incident(n: int, unit: str) -> bool:
    """``n`` days, weeks, months or years last longer than one incident ("40 days", "two months"; not "three days",
    "a week")."""
    unit = unit.lower()
    return not ((unit.startswith("day") and n <= _ONE_INCIDENT_DAYS) or (unit.startswith("week") and n <= 1))


_SUMMARY_LAST: tuple = (None, ())

# one literal that each alternative of grammar.SUMMARY needs (its time unit, "since", "far", the conflict
# noun, "across", "shootings", "came"/"follow", ...), in the order of its top-level alternatives: a sentence
# (lowercased, scan.scan_lower) holding none of an alternative's words has no match of it
_SUMMARY_ALT_WORDS = (
    ("days", "weeks", "months", "years"), ("since",), ("far",), ("hours",), ("year",), ("past", "last"),
    ("war", "conflict", "insurgency", "uprising", "crisis", "epidemic", "violence"),
    ("war", "conflict", "insurgency", "uprising", "crisis"), ("since",), ("annual",), ("year's",),
    ("across", "city", "shootings", "incidents"), ("month", "year"), ("previous", "prior", "earlier"), ("recent",),
    ("wake",), ("year",), ("annually",), ("nationwide",), ("across",), ("came", "comes", "follow", "retaliation", "retribution", "revenge", "reprisal", "aveng", "protest"),
)


def _summary_alternatives() -> list[tuple[re.Pattern, re.Pattern]] | None:
    """(gate, pattern) for each top-level alternative of grammar.SUMMARY, each pattern holding the named groups
    of all (those of the others never match); None when SUMMARY is no longer the pattern the words were read from."""
    alts = top_alternatives(G.SUMMARY.pattern)
    if not _same(G.SUMMARY, "744175f44c917a6d") or len(alts) != len(_SUMMARY_ALT_WORDS):
        return None
    names = list(G.SUMMARY.groupindex)
    out = []
    for alt, words in zip(alts, _SUMMARY_ALT_WORDS):
        rest = "".join(f"|(?P<{n}>(?!))" for n in names if f"(?P<{n}>" not in alt)
        out.append((_any_literal(words), re.compile(alt + rest, G.SUMMARY.flags)))
    return out


_SUMMARY_ALTS = _summary_alternatives()
#: each alternative's gate as substring tests (scan.any_in): the same answer as its ``_any_literal`` scan, and a
#: few plain ``in`` tests are far cheaper than a regex search per alternative
_SUMMARY_HAS = [_any_in(words) for words in _SUMMARY_ALT_WORDS]
# all the alternatives' words in one scan: a sentence holding none of them (most) needs no test per alternative
_SUMMARY_ANY = _any_literal(dict.fromkeys(w for words in _SUMMARY_ALT_WORDS for w in words)).search


def _summary_finditer(sent: str) -> tuple[re.Match, ...]:
    """``tuple(grammar.SUMMARY.finditer(sent))``, run only with the alternatives whose words the sentence holds.

    The alternation's matches are found as the engine finds them: from the current position, the leftmost start
    at which an alternative matches, and there the first such alternative; the scan goes on after its end (no
    alternative matches the empty string). Each alternative's next match is searched again only when the scan
    has passed its start (a match tried at a position sees the whole string, as in the full pattern)."""
    low = scan_lower(sent) if _SUMMARY_ALTS is not None else None
    if low is None:
        return tuple(G.SUMMARY.finditer(sent))
    if not _SUMMARY_ANY(low):
        return ()
    rxs = [rx for (_, rx), has in zip(_SUMMARY_ALTS, _SUMMARY_HAS) if has(low)]
    if not rxs:
        return ()
    nxt = [rx.search(sent) for rx in rxs]
    out = []
    while True:
        best = None
        for m in nxt:  # in pattern order: on a tie the first alternative wins
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return tuple(out)
        out.append(best)
        pos = best.end()
        for i, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                nxt[i] = rxs[i].search(sent, pos)


def _summary_matches(sent: str) -> tuple[re.Match, ...]:
    """grammar.SUMMARY matches of ``sent``; the last sentence's are kept (its claims ask in turn)."""
    global _SUMMARY_LAST
    last = _SUMMARY_LAST  # one tuple: safe to share between threads
    if last[0] != sent:
        last = _SUMMARY_LAST = (sent, _summary_finditer(sent))
    return last[1]


# a campaign named by its length: "the 40-day siege", "a two-month offensive", "the year-long war"
_NAMED_SPAN = re.compile(
    rf"\b(?P<n>\d+|{G.NUMBER_PATTERN}|a)[- ](?P<u>day|week|month|year)(?:s?-long)?\s+(?:[\w-]+\s+)?"
    r"(?:siege|war|offensive|campaign|conflict|fighting|battle|bombardment|blockade|insurgency|crisis|standoff|"
    r"operation|clashes|violence|uprising|occupation|unrest)\b", re.I)


_NAMED_SPAN_LAST: tuple = (None, ())
# every match holds one of the length's units and one of the campaign's nouns (two literal gates: both must pass)
_NAMED_SPAN_UNIT_NEEDS = _needs(_NAMED_SPAN, "a8c8e305680cabc3", "day", "week", "month", "year")
_NAMED_SPAN_NOUN_NEEDS = _needs(_NAMED_SPAN, "a8c8e305680cabc3", "siege", "war", "offensive", "campaign", "conflict",
                                "fighting", "battle", "bombardment", "blockade", "insurgency", "crisis", "standoff",
                                "operation", "clashes", "violence", "uprising", "occupation", "unrest")


def _long_named_spans(sent: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the campaigns named by a length of more than a week in ``sent`` ("the 40-day siege"); the last
    sentence's are kept (its figures ask in turn)."""
    global _NAMED_SPAN_LAST
    last = _NAMED_SPAN_LAST  # one tuple: safe to share between threads
    if last[0] == sent:
        return last[1]
    found = []
    if (("-" in sent or " day " in sent or " week " in sent or " month " in sent or " year " in sent)
            and not _lacks(sent, _NAMED_SPAN_UNIT_NEEDS) and not _lacks(sent, _NAMED_SPAN_NOUN_NEEDS)):
        for m in _NAMED_SPAN.finditer(sent):
            n = 1 if m.group("n").lower() == "a" else parse_number(m.group("n"))
            if n is not None and _longer_than_an_incident(n, m.group("u")):
                found.append((m.start(), m.end()))
    _NAMED_SPAN_LAST = (sent, tuple(found))
    return _NAMED_SPAN_LAST[1]


def _named_span_summary(sent: str, span: tuple[int, int] | None) -> bool:
    """A figure near a campaign named by a length of more than a week ("nine died in the 40-day siege")."""
    return any(span is None or (a < span[1] + 60 and b > span[0] - 90) for a, b in _long_named_spans(sent))


_HOURS_AFTER_OPEN = re.compile(r"(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+|about\s+|some\s+)?"
                               r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+"
                               r"(?:hours|days|weeks|months)\s+after\b", re.I)


def _is_summary(sent: str, span: tuple[int, int] | None = None) -> bool:
    """A cumulative figure (see grammar.SUMMARY) near the figure's span; 'three days of clashes'
    and 'since the beginning of this week' are still one incident."""
    if _named_span_summary(sent, span):
        return True
    if span is not None and " after " in sent[:40] and (hm := _HOURS_AFTER_OPEN.match(sent)):
        comma = sent.find(", ", hm.end())
        if comma > 0 and span[1] <= comma:
            return True  # "Less than 48 hours after 19 worshippers were killed at X, raiders killed 39": the earlier dead
    for m in _summary_matches(sent):
        if span is not None and m.group("fwd") and span[0] >= m.end():
            return True  # "the attack came a month after a gunman killed 12 ...": all that follows the cue
        if span is not None and not m.group("roundup") and not (m.start() < span[1] + 60 and m.end() > span[0] - 90):
            continue
        if re.search(r"\bweek\b", m.group(0), re.I):
            continue
        if m.group("fwd") and span is not None and span[0] < m.end():
            continue  # "A man was killed Sunday in retaliation for ...": the cue dates only what follows it
        d = _DURATION_OF.match(m.group(0))
        if d:
            n = parse_number(d.group("n"))
            if n is not None and not _longer_than_an_incident(n, d.group("u")):
                continue
        elif re.match(r"(?i)(?:subsequent|several|few|following|ensuing)\s+days\b", m.group(0)):
            continue  # "subsequent days of unrest saw the death total climb to 12": days, not weeks, of one incident
        return True
    return False


# --------------------------------------------------------------------------- context fields
_PLACE_RANK = {"neighbourhood": 0, "village": 1, "town": 2, "city": 3, "admin": 4, "other": 5, "country": 6}
#: how specific a place is, settlements of any size alike
_PLACE_LEVEL = {"neighbourhood": 0, "village": 1, "town": 1, "city": 1, "admin": 2, "other": 2, "country": 3}


_PLACE_MARGIN = 150  # > the 120 characters within which places._fill_countries looks for a neighbour


# where a victim was treated, not where he was shot: "taken to Mercy Hospital in Smithville",
# "Smithville Regional Medical Center", "St. Luke's Hospital", "rushed to Mount Sinai"
_TREATED_BEFORE = re.compile(
    r"(?:\b(?:[Hh]ospital|[Mm]edical [Cc]ent(?:er|re)|[Tt]rauma [Cc]ent(?:er|re)|[Cc]linic|[Ii]nfirmary)"
    r",?\s+(?:in|at|of)\s+(?:the\s+)?(?:city\s+of\s+)?"
    r"|\b(?:taken|transported|rushed|flown|airlifted|driven|brought|carried|sent|transferred)\s+to\s+"
    r"(?:the\s+)?(?:nearby\s+)?)$")
_TREATED_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:Hospital|Medical(?!\s+[Ee]xaminer)|Memorial Hospital|"
    r"Health\s+(?:System|Cent(?:er|re)|Sciences|Care)|Clinic|Infirmary|Trauma|Children's|Children’s)\b")


def _treatment_place(text: str, p) -> bool:
    """``p`` names where a victim was treated ("taken to Mercy Hospital in Smithville"), not an event's place."""
    return bool(_TREATED_BEFORE.search(text[max(0, p.start - 60):p.start]) or
                _TREATED_AFTER.match(text, p.end, p.end + 50))


# every match of _TREATED_BEFORE ends the window before the place ($) with whitespace after one of these words (the
# last word of each of its forms: "taken to (the) (nearby)", "Hospital in (the) (city of)"): a literal gate
_TREATED_BEFORE_LAST = ("in", "at", "of", "the", "to", "nearby") if _same(_TREATED_BEFORE, "026eb5eea69689d6") else None


def _treated(text: str, p) -> bool:
    """``_treatment_place(text, p)``, with _TREATED_BEFORE searched only in a window that ends with whitespace after
    one of the words its matches end with."""
    if _TREATED_BEFORE_LAST is None:
        return _treatment_place(text, p)
    before = text[max(0, p.start - 60):p.start]
    last = before.rstrip()
    if len(last) < len(before) and last.endswith(_TREATED_BEFORE_LAST) and _TREATED_BEFORE.search(before):
        return True
    return _TREATED_AFTER.match(text, p.end, p.end + 50) is not None


class _LazyPlaces:
    """Places of one text, looked for only where a claim needs them: the sentence that gives the
    figure (``within``), and the whole text for the rarer anaphors ("the city") that point back."""

    def __init__(self, text: str, article: "_LazyPlaces | None" = None):
        """``article``: the places of the article a headline belongs to (its countries hold in it)."""
        self.text = text
        self._finder = None
        self._items = None
        self._sentences: dict[tuple[int, int], list] = {}
        self._article = article
        self._dateline = False  # not read yet

    def _places(self) -> TextPlaces:
        if self._finder is None:
            self._finder = TextPlaces(self.text, self._article._places() if self._article is not None else None)
        return self._finder

    def within(self, s0: int, s1: int) -> list:
        got = self._sentences.get((s0, s1))
        if got is None:
            got = [p for p in self._places().within(s0, s1) if p.end <= s1]
            if any(p.country is None and p.kind != "country" for p in got):
                # a place just outside the sentence can give an unknown one its country: read a margin
                got = [p for p in self._places().within(max(0, s0 - _PLACE_MARGIN), s1 + _PLACE_MARGIN)
                       if p.start >= s0 and p.end <= s1]
            got = [p for p in got if not _treated(self.text, p)]
            self._sentences[(s0, s1)] = got
        return got

    def dateline(self):
        """The article's dateline place (``places.dateline_place``), read once; a headline has none."""
        if self._dateline is False:
            self._dateline = dateline_place(self.text) if self._article is None else None
        return self._dateline

    def __iter__(self):
        if self._items is None:
            self._items = [p for p in self._places().within() if not _treated(self.text, p)]
        return iter(self._items)


#: Between a place and a part of it named in its possessive: "Helmand's (Nad Ali district)", "Nangarhar province's".
_POSSESSIVE_OF_PLACE = re.compile(r"(?:\s+(?:province|state|region|district|county|governorate))?['’]s\s+\Z", re.I)


def _pick_place(places: _LazyPlaces, s0, s1, pos):
    inside = places.within(s0, s1)
    if not inside:
        return None

    def held_by(q, p) -> bool:  # "Helmand's Nad Ali district": Helmand holds the more specific Nad Ali
        return q.end <= p.start <= q.end + 30 and p.kind != "country" and \
            _POSSESSIVE_OF_PLACE.match(places.text, q.end, p.start) is not None

    if len(inside) > 1 and s0 < 200:
        # the dateline says where the story was filed ("KABUL (Reuters) - A suicide bomber killed 12 people in
        # eastern Nangarhar province"): the place the sentence itself names is the scene
        dateline = places.dateline()
        if dateline is not None:
            # when it names one as the scene ("in", "near", "across northern ..."; not a home: "a northern Ohio man");
            # the dateline's state or country goes with it ("BAY VILLAGE, Ohio"); a country says less than its city
            rest = [p for p in inside if p.start != dateline.start and not (
                dateline.end <= p.start <= dateline.end + 3 and places.text[dateline.end:p.start].strip() == ",")]
            if any(not named_as_home(places.text, p.end) and (
                    (p.kind != "country" and (named_as_scene(places.text, p.start) or any(held_by(q, p) for q in rest)))
                    # a country other than the dateline's ("BEIRUT (Reuters) - Air strikes killed 12 in Syria")
                    or (p.kind == "country" and p.country != dateline.country and p.name != dateline.name
                        and named_as_scene(places.text, p.start)))
                   for p in rest):
                inside = rest

    def holds_another(q) -> bool:
        return any(held_by(q, p) for p in inside if p is not q)
    # a place holding another is never the more specific, whatever their kinds ("Mogadishu's Hodan district")
    best = min(inside, key=lambda p: (holds_another(p), _PLACE_RANK.get(p.kind, 5), abs(p.start - pos)))
    if named_as_home(places.text, best.end):
        # a person's home ("a Shawnee teenager shot to death in Oklahoma City") gives way to another place as
        # specific that is not one ("a Houston man was killed in Mexico" stays in Houston: a country is less so)
        level = _PLACE_LEVEL.get(best.kind, 2)
        other = [p for p in inside if p is not best and not holds_another(p) and _PLACE_LEVEL.get(p.kind, 2) <= level
                 and not named_as_home(places.text, p.end) and not _state_code(p.name)]
        if other:
            best = min(other, key=lambda p: (_PLACE_RANK.get(p.kind, 5), abs(p.start - pos)))
    if best.latitude is None:
        # a place the gazetteer cannot locate takes the coordinates of the one that holds it
        holder = next((q for q in inside if q is not best and q.latitude is not None and held_by(q, best)), None)
        if holder is not None:
            best = replace(best, latitude=holder.latitude, longitude=holder.longitude)
    return best


def _pick_time(windows, pos, summary, toll_start=None):
    """The time expression of a figure at ``pos`` in its sentence: the nearest one of its kind
    (a duration for a summary figure, a point in time otherwise), the attack's day before a later
    death's or the aftermath's ("died Wednesday after being shot Monday" -> Monday). Expressions that date another
    event are never taken (``TimeWindow.dates_other_event``: "A man was charged Thursday in the
    shooting" gives None, and the claim takes its day from the article)."""
    windows = [w for w in windows if not w.dates_other_event]
    if not windows:
        return None
    if toll_start is not None:
        # a running toll dated in its own phrase ("the death toll from Tuesday's bombing rose to 31 on Wednesday"):
        # the day of the event it counts, not the day it rose
        inside = [w for w in windows if toll_start <= w.span[0] and w.span[1] <= pos]
        if inside:
            return inside[-1]

    def key(w):
        pref = 0 if (w.kind == "duration") == summary else 1
        return (pref, w.cue in ("death", "after"), abs(w.span[0] - pos))
    return min(windows, key=key)


def _to_date(d):
    """The publication date as a date: a datetime, a date, or an ISO string ("2016-09-08")."""
    if d is None:
        return None
    if isinstance(d, datetime):
        return d.date()
    if isinstance(d, str):
        return date.fromisoformat(d.strip()[:10]) if d.strip() else None
    return d


# --------------------------------------------------------------------------- ages from the article
@dataclass
class _Age:
    pos: int       # offset in the text; negative for the title
    age: int
    noun: str      # the word after "N-year-old" ("boy"), '' when none
    other: bool = False  # "another 4-year-old": never given to a victim named before it


_SHOOTER_AFTER = re.compile(
    r"\A(?:,?\s+(?!(?:was|were|is|are|had|has|been|when|while|after|before|as|and|but|because|then|until|where|said|says|"
    r"told|police|officers?|deputies)\b)[\w'’-]+){0,8}?\s+(?:allegedly\s+|accidentally\s+|apparently\s+)?"
    r"(?:shot|shoots|fired|killed|kills|wounded|struck)"
    r"\s+(?:and\s+(?:killed|wounded)\s+)?(?:his|her|their|a|an|the|him|them|another|(?-i:(?!(?:By|In|At|On|Near|During|After|"
    r"While|With|From|Into|Over|Outside|Inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+)|\d)\b",
    re.I)
"""After an age mention: the person is the one who shot ("a 10-year-old shot his sister", "the 6-year-old
who found the gun under a bed shot his brother"), up to eight words away within the clause."""
# its verb: "shot", "shoots", "fired", "killed", "kills", "wounded", "struck"
_SHOOTER_AFTER_NEEDS = _needs(_SHOOTER_AFTER, "53aa753f1b074aee", "shot", "shoots", "fired", "kill", "wounded", "struck")
_MALE = re.compile(r"\b(?:he|him|his|boy|son|man|father|brother|husband|grandson|nephew|uncle|stepson)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|girl|daughter|woman|mother|sister|wife|granddaughter|niece|aunt|stepdaughter)\b", re.I)
_INDEFINITE = re.compile(r"\A\s*(?:a|an|one|another|some)\b", re.I)
#: how far back (characters) an age mention may lie from the victim it is given to
_AGE_REACH = 600


# Speed: every grammar.AGE_MENTION match holds one of these anchors ("year(s) old" / "month-old" ...,
# "aged 6", ", 5" after a name) and starts at a word start at most ~8 whitespace-separated tokens
# before it; trying AGE_MENTION.match only at the word starts near anchors gives the same matches
# as AGE_MENTION.finditer (both see the whole string) at a fraction of the cost.
_AGE_ANCHOR = re.compile(r"(?:year|month|week|day)s?(?:[- ]|\s+)old|age[ds]?\s+\d|,\s+\d\d?[\s,).;]", re.I)
# the same on lowercased ASCII text, case-sensitive, every alternative opening with a literal (a fast scan)
_AGE_ANCHOR_LOW = re.compile(r"years?(?:[- ]|\s+)old|months?(?:[- ]|\s+)old|weeks?(?:[- ]|\s+)old|days?(?:[- ]|\s+)old"
                             r"|age[ds]?\s+\d|,\s+\d\d?[\s,).;]")
_AGE_WINDOW = 160   # twice the characters looked at before a ", 5" anchor (as long as they hold 5 tokens, else all)
# the fast path is valid for this exact pattern only (grammar.py may change): else plain finditer
_AGE_PATTERN_OK = _same(G.AGE_MENTION, "77c820572d5a5ae09383fbba2e97c1d9815f3a89"[:16])


# a token of a number as numbers.NUMBER_PATTERN writes it: digits (with "," and "."), number words, and the
# words between them ("one hundred and two", "half a dozen", "an hundred")
_NUMBER_TOKEN = re.compile(rf"(?:\d[\d,.]*|{'|'.join(UNITS)}|{'|'.join(TENS)}|hundred|thousand|million|and|an?|half|dozen)\Z",
                           re.I)


def _number_run_start(text: str, a0: int) -> int:
    """Where the run of number tokens (see _NUMBER_TOKEN) that ends right before ``a0`` starts, across spaces and
    hyphens ("forty-two", "one hundred and two"): an age before a unit at ``a0`` starts at a word inside it
    (grammar.AGE_MENTION: the number, then one space or hyphen, or spaces, then the unit)."""
    start = j = a0
    while True:
        k = j
        while k > 0 and (text[k - 1].isspace() or text[k - 1] == "-"):
            k -= 1
        t = k
        while t > 0 and (text[t - 1].isalnum() or text[t - 1] in ",._"):
            t -= 1
        if t == k:
            return start
        if not _NUMBER_TOKEN.match(text, t, k):
            # a number may still open after a "." or "," inside the token ("death.Twenty-six-year-old")
            cuts = [i for i in (text.find(".", t, k), text.find(",", t, k)) if i >= 0]
            return min(cuts) + 1 if cuts else start
        start = j = t


def _age_matches(text: str):
    """The matches of grammar.AGE_MENTION.finditer(text), found from cheap anchors."""
    if not _AGE_PATTERN_OK:
        yield from G.AGE_MENTION.finditer(text)
        return
    cands: set[int] = set()
    low = scan_lower(text)  # lowercased ASCII text, or text whose other characters are inert
    for a in (_AGE_ANCHOR_LOW.finditer(low) if low is not None else _AGE_ANCHOR.finditer(text)):
        a0 = a.start()
        c = a.group(0)[0]
        if c in "aA":  # "aged 6": the match starts at the anchor
            cands.add(a0)
            continue
        if c == ",":  # ", 5" after a name of at most 3 words
            w = a0 - _AGE_WINDOW // 2
            if w <= 0 or len(text[w:a0].split()) < 5:
                w = 0
        else:  # "5-year-old" / "forty two years old": the age is the number written right before the unit
            w = _number_run_start(text, a0)
        cands.update(m.start() for m in _WORD_START.finditer(text, w, a0 + 1))
    cur = 0
    match = G.AGE_MENTION.match
    for q in sorted(cands):
        if q < cur:
            continue
        m = match(text, q)
        if m:
            yield m
            cur = m.end()


def _age_mentions(text: str, offset: int = 0) -> list[_Age]:
    """Ages of people the article names (grammar.AGE_MENTION), leaving out the shooter's
    ("shot by his 5-year-old brother", "a 10-year-old shot his sister")."""
    out = []
    shooters: set = set()  # the age words of shooters ("15-year-old"): "the 15-year-old" later is one of them
    for m in _age_matches(text):
        if (_search_if(G.AGENT_AGE_CONTEXT, _AGENT_AGE_NEEDS, text[max(0, m.start() - 40):m.start()])
                or _match_if(_SHOOTER_AFTER, _SHOOTER_AFTER_NEEDS, text[m.end():m.end() + 60])):
            shooters.add(_age_word(m))
            continue
        if m.group("noun") and _AGE_VERB_NOUN.fullmatch(m.group("noun")) and _SHOOTER_AFTER.match(
                text[m.start("noun") - 1:m.start("noun") + 60]):
            shooters.add(_age_word(m))
            continue  # "the 6-year-old shot his brother": the word read as the noun is the shooter's verb
        if shooters and _age_word(m) in shooters and _DEFINITE_BEFORE.search(text[max(0, m.start() - 5):m.start()]) \
                and not any(a.age == _age_value(m) for a in out):
            continue  # "A 15-year-old boy shot a man ... The 15-year-old fled": the shooter again
        if _OWNER_AFTER.match(text[m.end():m.end() + 40]):
            continue  # "in a 90-year-old's home": the owner of the place, not a victim
        n = parse_number(m.group("age") or m.group("age2") or m.group("age3") or m.group("age4"))
        if n is None or n > 110:
            continue
        if m.group("unit") and not m.group("unit").lower().startswith("year"):
            n = 0
        if _UNHURT_AFTER.match(text[m.end():m.end() + 80]):
            continue  # "her 3-year-old brother was not hurt"
        other = _OTHER_BEFORE.search(text[max(0, m.start() - 20):m.start()]) is not None
        out.append(_Age(offset + m.start(), n, (m.group("noun") or "").lower(), other))
    return out


_DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+\Z")


def _age_word(m: re.Match) -> tuple | None:
    """A "N-year-old" mention's number and unit as written, lowercased (None for other forms)."""
    return (m.group("age").lower(), m.group("unit").lower()) if m.group("age") else None


_AGE_VERB_NOUN = re.compile(r"(?i)shot|shoots|fired|killed|kills|wounded|struck")
_OWNER_AFTER = re.compile(r"\A['’]s\s+(?:[\w-]+\s+){0,2}?(?:home|house|residence|apartment|yard|backyard|porch|driveway|"
                          r"garage|car|truck|vehicle|property|bedroom|room|store|shop|business)\b", re.I)
"""After an age: the possessive of a place's owner ("a 90-year-old's home", "the 70-year-old's front porch")."""
_UNHURT_AFTER = re.compile(r"\A[^.;]{0,40}?\b(?:was|were|is|are)\s+(?:not\s+(?:hurt|injured|harmed|struck|hit|shot)|unharmed|unhurt|"
                           r"uninjured)\b", re.I)
_OTHER_BEFORE = re.compile(r"\b(?:another|other|second|third|older|younger)\s+\Z", re.I)


def _inherited_age(subject: str, pos: int, ages: list[_Age]) -> int | None:
    """The age of a single victim named without one ("the boy", "he", "the victim", "Smith"): the
    nearest age mention before it that fits its noun and gender ("A 4-year-old boy was found
    in the yard. The boy was shot" -> 4). A new person ("a man", "another victim") gets none.

    A child named by a word ("a child", "the toddler", "a young boy") that finds no age before it takes
    the age the headline gives ("5-year-old girl dies ..." / "A child has died") or else the nearest one
    stated after it ("A young boy was shot ... the 5-year-old boy was taken to a hospital"), or the one age under
    18 the article gives."""
    if not subject.strip():
        return None
    if _NAME_ONLY.fullmatch(subject):  # "Jayden died": the age given with that name ("8-month-old Jayden Roe")
        names = {w.lower() for w in re.findall(r"[\w'’-]+", subject)}
        named = [a for a in ages if a.noun in names and not a.other]
        if named:
            return min(named, key=lambda a: (a.pos > pos, abs(a.pos - pos))).age
    child, adult = G.CHILD_NOUN.search(subject), G.ADULT_NOUN.search(subject)
    male, female = _MALE.search(subject), _FEMALE.search(subject)

    teen = _TEEN_WORD.search(subject)

    def fits(a: _Age) -> bool:
        if (child and not adult and a.age >= 18) or (adult and not child and a.age < 18) or (teen and a.age < 12):
            return False
        if G.ADULT_NOUN.search(a.noun) and not G.CHILD_NOUN.search(a.noun):
            return False
        return not ((male and not female and _FEMALE.search(a.noun)) or (female and not male and _MALE.search(a.noun)))

    indefinite = _INDEFINITE.match(subject)
    if not indefinite:
        for a in sorted((a for a in ages if a.pos < pos and (a.pos < 0 or pos - a.pos <= _AGE_REACH)),
                        key=lambda a: -a.pos):
            if fits(a):
                return a.age
    if not child or adult or _NEW_PERSON.match(subject) or re.search(r"(?i)\bunborn\b", subject):
        return None
    for a in sorted((a for a in ages if a.pos < 0 <= pos), key=lambda a: -a.pos):  # the headline's child
        if fits(a):
            return a.age
    for a in sorted((a for a in ages if pos < a.pos <= pos + _AGE_REACH and not a.other), key=lambda a: a.pos):
        if fits(a):
            return a.age
    # farther away: only when the article names a single age under 18 ("A young boy was shot ... [paragraphs
    # later] ... a 5-year-old boy who should be home in bed")
    minors = {a.age for a in ages if a.age < 18 and not a.other}
    if len(minors) == 1 and any(fits(a) for a in ages if a.age in minors):
        return minors.pop()
    return None


#: a subject that is a name and nothing else ("Jayden", "Lee Roe"): not "He", "The boy"
_NAME_ONLY = re.compile(r"\s*(?!(?:The|He|She|His|Her|They|Their|It|A|An|One|Police|Officers?|Authorities)\b)"
                        r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][a-z][\w'’-]*)){0,2}\s*")
#: a teen by word ("a teenage boy", "a juvenile") never takes a child's age (the totals read these words as teens)
_TEEN_WORD = re.compile(r"\b(?:teen|teens|teenager|teenagers|teenaged|teenage|adolescents?|juveniles?)\b", re.I)
_NEW_PERSON = re.compile(r"\A\s*(?:another|a\s+second|a\s+third|one\s+other|an\s+older|a\s+younger)\b", re.I)


# --------------------------------------------------------------------------- minors named with an age
# A victim under 18 named by an age ("a 6-year-old girl", "the 8-year-old", "Girl, 4,", "his sister, 8,") in
# a casualty construction the figure grammar does not read: the object of an active verb ("hitting a
# 6-year-old girl", "a bullet struck his 4-year-old son", "kills 4-month-old"), the noun of "shooting / death
# of" ("the fatal shooting of a 2-year-old"), or the subject of a casualty predicate after an apposition,
# a list or a relative clause ("The boy, 7, was shot", "a 21-year-old man, a 19-year-old woman and a 3-year-old
# boy were taken to hospitals with injuries", "a girl, 5, who was inside her home, was hit by a stray bullet",
# "a 9-year-old suffered a graze wound"). The shooter's age is never used (see _age_mentions).
_KIN_AGE = re.compile(
    r"\b(?P<noun>boy|girl|child|baby|infant|toddler|son|daughter|brother|sister|grandson|granddaughter|nephew|niece|"
    r"stepson|stepdaughter|cousin|kid)s?,\s+(?P<age>\d{1,2})\b(?=\s*,|\s*\)|\s*\.|\s+(?:was|is|has|had|dies|died|shot|hurt))",
    re.I)
_COMMA_DIGIT = re.compile(r",\s+\d")  # in every match of _KIN_AGE (scanned for its literal comma)
_MINOR_AUX = (r"(?:(?:was|were|is|are|has|have|had|been|being|got|gets|will|later|also|accidentally|reportedly|allegedly|"
              r"apparently|critically|seriously|fatally|mortally|both|all|each|then|survived?s?|who|after\s+being)\s+){0,4}")
_MINOR_PREDICATE = (
    r"(?P<kill>shot\s+(?:and\s+killed|dead|to\s+death)|shot,\s+killed|(?:fatally|mortally)\s+(?:shot|wounded|injured)|killed|dies|died|dead|"
    r"slain|murdered|found\s+(?:dead|slain|murdered|shot\s+(?:dead|to\s+death))|pronounced\s+dead|(?:suffered|sustained)\s+(?:a\s+)?fatal\s+(?:\w+\s+){0,2}?(?:wound|injury))"
    r"|(?P<inj>wounded|injured|hurt|(?:suffered|sustained)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?(?:wounds?|injury|injuries)"
    r"|underwent\s+(?:emergency\s+)?surgery)"
    r"|(?P<hosp>(?:taken|rushed|transported|airlifted|flown)\s+(?:by\s+\w+\s+)?to\s+(?:[\w'’.-]+\s+){0,5}?"
    r"(?:hospitals?|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))"
    r"|(?:listed\s+)?in\s+(?:critical|serious|stable)\s+condition"
    r"|(?:treated\s+and\s+)?released\s+from\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,4}?(?:hospital|medical\s+cent(?:er|re)))"
    r"|(?P<shot>(?:shot|shoots)\s+(?:himself|herself)|shot|hit|struck|grazed"
    r"|with\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:gunshot|bullet)\s+wounds?)")
#: what may stand between a minor named with an age and the predicate: more words of the name or noun
#: ("a 7-year-old South Dallas girl"), an age in apposition, other people of a list, a relative clause
_MINOR_GAP = (
    r"(?:\s+(?!(?:was|were|is|are|has|had|and|who|after|when|while|as|said|says|police|but)\b)[A-Za-z][\w'’-]*){0,3}?"
    r"(?:\s*,\s*\d{1,2}\s*,?|\s*\(\d{1,2}\))?"
    r"(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an|the|his|her|their|one|two|three|four|five|six)\s+|(?=(?-i:[A-Z0-9])))(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"(?:\s*,\s*\d{1,2})?){0,5}?"
    r"(?:\s*,\s*(?:who|whom)\b[^,.;!?]{1,90},|\s+\([^)]{1,60}\)|\s*,\s*(?:identified|named)\s+as\s+(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s*,)?(?:\s*,?\s+|\s*[—–]\s*|\s+--?\s+)")
_MINOR_AFTER = re.compile(rf"\A(?P<gap>{_MINOR_GAP})(?P<aux>{_MINOR_AUX})(?:{_MINOR_PREDICATE})\b", re.I)
#: "a 6-year-old was among eight people shot", headline "Girl, 3, among 8 hurt", "9-year-old, 2 teens among 5 shot": one of
#: the figure that follows (a subset of it), or a victim of its own when no figure is read there
#: a minor then "is / was one of ..." ("Jo Roe, 8, was one of the victims"): the minor is that "one"
_ONE_OF_AFTER = re.compile(r"\A(?:\s+(?!(?:was|is|and)\b)[A-Za-z][\w'’-]*){0,3}?\s*,?\s*(?:is|was)\s+(?:also\s+)?(?P<one>one)\s+of\b", re.I)
_AMONG_AFTER = re.compile(
    r"\A(?:\s+(?!(?:was|were|is|are|and|among)\b)[A-Za-z][\w'’-]*){0,3}?"
    r"(?:\s*,\s*(?:and\s+)?(?:\d{1,2}|two|three|four|five)\s+[\w'’-]+)?\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:also\s+)?"
    r"among\s+(?:the\s+)?(?P<fig>(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+"
    r"(?:(?:people|persons|others|victims|more)\s+)?(?:(?:who\s+)?(?:were|was)\s+)?)"
    r"(?:(?P<kill>killed|dead|slain)|(?P<inj>injured|wounded|hurt)|(?P<shot>shot))\b", re.I)
#: after a bare active verb: its object, so the minor is the one who shot ("the 6-year-old shot his brother")
_MINOR_OBJECT_AFTER = re.compile(
    r"\A\s+(?:his|her|their|its|a|an|the|him|them|one|another|two|three|(?-i:(?!(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec|By|In|At|On|Near|Outside|Inside|During|After|While|With|From|Into|Over)\b)[A-Z][a-z]+)|\d)\b",
    re.I)
#: a list of victims whose members are named with ages: "the victims were identified as ...", "the dead are ...",
#: "the bodies of ...", "The victims: ..." -- and, before the minor, only more members of the list
_ID_WHEN = r"(?:(?:late|early|on|last)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\s+"
_VICTIM_LIST_BEFORE = re.compile(
    r"\b(?:(?:(?P<dead>dead|deceased|bodies|slain|deaths|killings|murders|slayings|(?P<verb>killed|killing|murdered|murdering))"
    r"|victims|wounded|injured)"
    # "They have been identified as", "They were identified Thursday as" (the people the article has just told of)
    r"|(?P<they>they)(?=\s+(?:(?:have|had)\s+been|were|are)\s+identified\b))"
    rf"\s+(?:(?:have|had)\s+been\s+|were\s+|are\s+)?(?:found\s+)?(?:{_ID_WHEN})?"
    rf"(?(verb)(?!and\b)|(?:identified\s+(?:{_ID_WHEN})?as|named\s+as|as|were|are|of|include|included|:)\s+)"
    r"(?P<list>(?:(?:(?-i:[A-Z][\w'’.-]*)|\d{1,3}|[\w-]+-(?:year|month|week)s?-old(?:-(?:fe)?males?)?|a|an|the|his|her|their|and|"
    r"ages?|aged|of|one|two|three|four|five|six|seven|eight|nine|ten|[“\"][^”\",;]{1,20}[”\"]|(?:young|old)(?:er|est)|little|"
    rf"{G.KIN}s?|siblings?|children|kids|boys?|girls?|man|woman|men|women|(?:fe)?males?|family|(?-i:[a-z]+-[a-z]+))"
    r"(?:\s*[,;:]\s*|\s+[-–—]\s+|\s+|\Z))*)\Z", re.I)
#: a sentence without a casualty word that lists victims ("They have been identified as ...", "Police identified the
#: victims Sunday as ..."): read for its minors named with an age (see _VICTIM_LIST_BEFORE)
_IDENTIFIED_LIST = re.compile(
    r"\b(?:they|victims|bodies|dead)\s+(?:(?:have|had)\s+been\s+|were\s+|are\s+)?identified\b"
    r"|\bidentified\s+(?:the\s+)?(?:\w+\s+)?(?:victims|bodies|dead)\b", re.I)
#: what the text before "They were identified as" must tell of (victims), and must not (suspects)
_THEY_VICTIMS = re.compile(r"\b(?:victims?|dead|died|killed|bodies|shot|wounded|injured|slain|murdered)\b", re.I)
_THEY_SUSPECTS = re.compile(r"\b(?:arrest(?:ed|s)?|suspects?|charged|custody|accused|booked|jailed|gunm[ae]n|shooters?)\b", re.I)
_LIST_VERB = re.compile(r"\b(?:was|were|is|are|said|says|told|who|which|that|had|has|have|when|while|after|before|because)\b",
                        re.I)
_DEATH_WORD = re.compile(r"\b(?:dead|died|killed|slain|bodies|deceased|murder(?:ed|s)?|homicides?|fatal(?:ly)?)\b", re.I)
#: the separator between the members of a list ("girl and a ", ", the "); optional in _LIST_SEP
_SEPARATOR = r"\s*(?:,|;|,?\s+and|,?\s+as\s+well\s+as){}\s*(?:(?:a|an|the|his|her|their)\s+)?"
_LIST_SEP = re.compile(_SEPARATOR.format("?"), re.I)
#: a plural object, then "including" ("wounding two bystanders, including a 5-year-old"): the verb is looked for
#: before the object
_INCLUDING_BEFORE = re.compile(
    r"\s(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+"
    r"including\s+(?:(?:a|an|the|his|her|their|one)\s+)?\Z", re.I)
#: from the end of one minor of a list to the next: the rest of its noun, then the separator ("girl and a ")
_LIST_AND = re.compile(_SEPARATOR.format(""), re.I)
_LIST_NEXT = re.compile(r"(?:\s+(?!(?:was|were|is|are|has|had|have|and|who|when|while|after|said|says)\b)[A-Za-z][\w'’-]*){0,3}?"
                        + _LIST_AND.pattern, re.I)
_PASSIVE_AUX_WORD = re.compile(r"\b(?:was|were|is|are|been|being|got|gets)\b", re.I)
_MINOR_ACTIVE_BEFORE = re.compile(
    r"\b(?:(?P<kill>(?:shot|shoots|shooting)\s+and\s+kill(?:ed|ing|s)|(?:fatally|mortally)\s+(?:shot|shoots|shooting|wounded|wounding)|"
    r"killed|kills|killing|murdered|murders|murdering|death\s+of|deaths\s+of|murder\s+of|killing\s+of|slaying\s+of|homicide\s+of|"
    r"fatal\s+shooting\s+of|shooting\s+deaths?\s+of|slayings?\s+of|murders\s+of|killings\s+of)"
    r"|(?P<inj>wounded|wounds|wounding|injured|injures|injuring)"
    r"|(?P<shot>shot|shoots|shooting|shooting\s+of|struck|strikes|striking|hit|hits|hitting|grazed|grazes|grazing|"
    r"gun(?:ned|s)?\s+down))"
    r"\s+(?P<others>(?:(?:his|her|their|a|an|the|one|two|three|four)\s+(?:of\s+(?:his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s*,\s*\d{1,2})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,3}(?=(?:his|her|their|a|an|the|another)\s))?"
    r"(?:(?:his|her|their|a|an|the|one|own|another)\s+)*(?:[\w-]+['’]s\s+)?(?:(?:young|little|infant|baby|own)\s+)?\Z", re.I)


def _minor_mentions(sent: str) -> list[tuple[int, int, int, str]]:
    """(start, end, age, noun) of people under 18 named with an age in the sentence, the shooter's left out."""
    out = []
    for m in _age_matches(sent):
        age = m.group("age") or m.group("age2") or m.group("age4")
        if not age and m.group("age3") and re.match(r"(?i)aged?\b", m.group(0)) and re.search(
                r"(?:(?-i:[A-Z][\w'’-]+),?|,)\s+\Z", sent[max(0, m.start() - 40):m.start()]):
            age = m.group("age3")  # "Jon Doe, age 6," / "Jon Doe aged 6"
        if not age:
            continue
        n = parse_number(age)
        if n is None:
            continue
        if m.group("unit") and not m.group("unit").lower().startswith("year"):
            n = 0
        noun = (m.group("noun") or "").lower()
        end = m.start("noun") if m.group("noun") else m.end()
        while end > m.start() and sent[end - 1].isspace():
            end -= 1
        if m.group("age2"):
            noun = m.group(0).split(",")[0].lower()
        out.append((m.start(), end, n, noun))
    for m in (_KIN_AGE.finditer(sent) if _COMMA_DIGIT.search(sent) else ()):  # each match holds ", <digit>"
        if not any(a <= m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), int(m.group("age")), m.group("noun").lower()))
    keep = []
    for s, e, n, noun in sorted(out):
        if n >= 18 or G.ADULT_NOUN.search(noun):
            continue
        if (_search_if(G.AGENT_AGE_CONTEXT, _AGENT_AGE_NEEDS, sent[max(0, s - 40):s])
                or _match_if(_SHOOTER_AFTER, _SHOOTER_AFTER_NEEDS, sent[e:e + 60])):
            continue
        keep.append((s, e, n, noun))
    return keep


_AGES_LIST = re.compile(
    r"\b(?:ages?|aged)\s+(?:of\s+)?(?P<list>\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*(?:to|-|–)\s*)\d{1,2}\b)+)", re.I)
#: a group's ages listed before "years old": "two sons, 5 and 13 years old", "two children, 6 and 12-years-old"
_AGES_YEARS_LIST = re.compile(r",\s*(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+\d{1,2})[- ]years?[- ]old\b", re.I)
_GROUP_TO_AGES = re.compile(r"\A(?:\s+[\w'’-]+){0,3}?\s*[,(–—-]?\s*\Z")


#: right after a group's number, the age all its members share: "two 16-year-old boys", "three other 15-year-old girls"
_GROUP_AGE_AFTER = re.compile(rf"\s+(?:(?:other|more)\s+)?{_YEAR_OLD.pattern}s?\b(?!\s+and\b)(?![-\w])", re.I)


def _group_ages(sent: str, ms: list[_Mention]) -> None:
    """Ages given to a group ("Two girls, ages 4 and 9, and their father were found dead"): the numbers are ages,
    not figures; a group of children whose ages all fall under 12 (or all in 12-17) takes the oldest, so that
    its age group is known ("four children, ages 8, 10, 14 and 15" stay children by their word)."""
    new: list[_Mention] = []
    for m in ms:  # "Two 16-year-old boys were shot": every member of the group has that age
        if m.kind == "number" and (m.value or 0) >= 2 and m.age is None:
            am = _GROUP_AGE_AFTER.match(sent, m.end)
            if am is not None and (a := _age_value(am)) is not None and a < 18:
                m.age = a
    if "age" not in sent and "old" not in sent:
        return new
    for g in [*_AGES_LIST.finditer(sent), *_AGES_YEARS_LIST.finditer(sent)]:
        ages = [int(x) for x in re.findall(r"\d{1,2}", g.group("list"))]
        for m in ms:
            if m.kind == "number" and g.start("list") <= m.start < g.end("list"):
                m.ctype, m.rule = None, "not_casualty"  # "ages 7 and 10": ages, not a figure of ten
        groups = [m for m in ms if m.kind == "number" and (m.value or 0) >= 2 and m.end <= g.start()
                  and _GROUP_TO_AGES.match(sent[m.end:g.start()])]
        if not groups:
            new += _plural_group_with_ages(sent, ms, g, ages)
            continue
        m = groups[-1]
        if not m.ctype and not m.subset:  # "Two girls, ages 4 and 9, and their father were found dead": the group's own verb
            pm = _MINOR_AFTER.match(sent[g.end():g.end() + 260])
            if pm is None or pm.group("hosp"):
                np = sent[m.end:g.start()].strip(" ,(–—-")
                if len(ages) == m.value and not _is_age_range(g.group("list")) and re.fullmatch(
                        rf"(?i)(?:[\w'’-]+\s+)?(?:{G.KIN}s?|children|kids|boys|girls)", np):
                    m.extra["loose_ages"] = ages  # "the couple's 4 daughters, ages 3, 7, 11, and 14" (no verb)
                continue
            m.ctype = "killed" if pm.group("kill") else "injured" if pm.group("inj") else "shot"
            m.rule, m.np = "passive_after", m.np or sent[m.end:g.start()].strip(" ,(–—-")
            if _NON_PERSON_NP.search(m.np):
                m.ctype = None
                continue
            m.span_start, m.span_end = m.start, g.end() + pm.end()
        np = m.np or sent[m.end:g.start()]
        if (max(ages) < 12 or min(ages) >= 12 and max(ages) < 18) and (
                G.victim_group_of(np)[1] or re.search(rf"(?i)\b{G.KIN}s?\b", np)):
            m.age = max(ages)
        elif _mixed_ages(ages) and len(ages) <= (m.value or 0):
            m.extra["age_bands"] = (ages, _is_age_range(g.group("list")))
    return new


def _is_age_range(listed: str) -> bool:
    """Whether listed ages are a range ("11 to 15"), of which only the two ends are known."""
    return re.search(r"\bto\b|[-–]", listed) is not None


def _mixed_ages(ages: list[int]) -> bool:
    """Whether listed ages hold a minor and fall into more than one age group (0-11, 12-17, adults)."""
    return min(ages) < 18 and len({0 if a < 12 else 1 if a < 18 else 2 for a in ages}) > 1


def _age_band_subsets(m: _Mention) -> list[_Mention]:
    """A group whose listed ages span age groups ("four children, ages 8, 10, 14 and 15") as one subset per age
    group of minors, each with the oldest of its ages ("two children" 10, "two teens" 15); the group itself is left
    unmarked as children (``extra["age_bands"]``), so that its members are not counted twice. Of a range ("ages 11
    to 15") only the ends are known: at least one member of each end's age group."""
    ages, is_range = m.extra["age_bands"]
    if is_range:
        ends = sorted({min(ages), max(ages)})
        bands = [[a] for a in ends if a < 18 and not (a == max(ages) and len(ends) > 1 and (a < 12) == (min(ages) < 12))]
    else:
        bands = [[a for a in ages if a < 12], [a for a in ages if 12 <= a < 18]]
    out = []
    for band in (b for b in bands if b):
        sub = _Mention(m.start, m.end, "number", value=len(band), qualifier="at_least" if is_range else "exact",
                       ctype=m.ctype, rule="age_band", np=m.np, span_start=m.span_start, span_end=m.span_end,
                       subset=True, age=max(band), parent=m)
        out.append(sub)
    return out


#: a plural group of children named without a numeral just before its ages ("her boys, ages 7 and 8")
_PLURAL_KIDS = re.compile(r"\b(?:his|her|their|the)\s+(?:(?:young|little)\s+)?(?P<noun>boys|girls|sons|daughters|children|kids|"
                          r"grandchildren|grandsons|granddaughters|nephews|nieces)\s*,?\s*\(?\s*\Z", re.I)


def _plural_group_with_ages(sent: str, ms: list[_Mention], g: re.Match, ages: list[int]) -> list[_Mention]:
    """A plural group of children without a numeral whose ages are listed ("wounding her father and her boys, ages 7
    and 8"; "Their daughters, ages 3 and 5, were shot"): as many victims as ages listed (not a range, "ages 3 to 9"),
    with the verb before the group (active) or after the ages (passive); the oldest age when all are under 12 (or
    all 12-17). Nothing when a figure of the sentence already covers the group."""
    if len(ages) < 2 or re.search(r"\bto\b|[-–]", g.group("list")):
        return []
    w0 = max(0, g.start() - 60)
    pk = _PLURAL_KIDS.search(sent[w0:g.start()])
    if pk is None:
        return []
    n0, n1 = w0 + pk.start("noun"), w0 + pk.end("noun")
    if any(m.ctype and min(m.span_start, m.start) < g.end() and n0 < max(m.span_end, m.end) for m in ms):
        return []
    am = _MINOR_ACTIVE_BEFORE.search(sent[max(0, n0 - 80):n0])
    if am is not None:
        ctype = "killed" if am.group("kill") else "injured" if am.group("inj") else "shot"
        span0, span1, rule = max(0, n0 - 80) + am.start(), g.end(), "active_before"
    else:
        pm = _MINOR_AFTER.match(sent[g.end():g.end() + 260])
        if pm is None or pm.group("hosp"):
            return []
        ctype = "killed" if pm.group("kill") else "injured" if pm.group("inj") else "shot"
        span0, span1, rule = n0, g.end() + pm.end(), "passive_after"
    mm = _Mention(n0, n1, "number", value=len(ages), np=pk.group("noun"))
    mm.ctype, mm.rule, mm.span_start, mm.span_end = ctype, rule, span0, span1
    if max(ages) < 12 or min(ages) >= 12 and max(ages) < 18:
        mm.age = max(ages)
    elif _mixed_ages(ages):
        mm.extra["age_bands"] = (ages, False)  # "Their sons, ages 4 and 13": a child and a teen
    return [mm]


def _minor_victim_pass(sent: str, ms: list[_Mention], before_sent: str = "") -> list[_Mention]:
    """One victim per minor named with an age in a casualty construction (see _KIN_AGE above) that no figure of
    the sentence covers; a figure that covers it without an age takes it. A minor after "including" is a
    subset of the figure before. ``before_sent``: the text just before the sentence, which tells who "They"
    of "They were identified as ..." are (victims, not suspects)."""
    if not any(w in sent for w in ("old", ", ", "-")):
        return []
    out: list[_Mention] = _group_ages(sent, ms)
    typed = [m for m in ms if m.ctype]
    minors = _minor_mentions(sent)
    for i, (s, e, age, noun) in enumerate(minors):
        prev = minors[i - 1][:2] if i else None  # (start, end) of the minor before
        siblings: list[_Mention] = []  # figures after the minor in the same list
        ctype = None
        released = False
        before = sent[max(0, s - 80):s]
        am = _MINOR_ACTIVE_BEFORE.search(before)
        im = None if am else _INCLUDING_BEFORE.search(before)
        if im:  # "grazing three onlookers, including a 5-year-old": one of the verb's plural object
            am = _MINOR_ACTIVE_BEFORE.search(before[:im.start() + 1])
            if am is None:
                im = None
        lm = None if am else _VICTIM_LIST_BEFORE.search(sent[max(0, s - 240):s])
        if lm and _LIST_VERB.search(lm.group("list")):
            lm = None
        if lm and lm.group("they") and (not _THEY_VICTIMS.search(before_sent) or _THEY_SUSPECTS.search(before_sent)):
            lm = None  # "Two teens were arrested. They were identified as ...": not victims
        if am:
            ctype = "killed" if am.group("kill") else "injured" if am.group("inj") else "shot"
            pred0, pred1, end = max(0, s - 80) + am.start(), s, e
            if ctype == "shot" and _MURDER_BEFORE.search(sent, max(0, pred0 - 160), pred0):
                ctype = "killed"  # "charged with murder in the shooting of a 17-year-old"
            if am.group("others"):  # "wounding a clerk and another 7-year-old": a victim apart from the others
                pred0 = pred1 = s
            if im:  # a member of the figure the verb governs, not another victim of its own
                pred0 = pred1 = s
                b0 = max(0, s - 80)
                for m in ms:  # the object figure the figure grammar left untyped ("grazing three onlookers")
                    if (m.kind == "number" and not m.ctype and m.rule is None and (m.value or 0) >= 2
                            and b0 + im.start() < m.start < b0 + im.end()):
                        m.ctype, m.rule = ctype, "active_before"
                        m.span_start, m.span_end = b0 + am.start(), m.end
                        typed.append(m)
        elif lm:  # "the victims were identified as Ann Roe, 30, and her son Lee Roe, 6"
            ctype = ("killed" if lm.group("dead") or _DEATH_WORD.search(sent)
                     or lm.group("they") and _DEATH_WORD.search(before_sent) else "shot")
            pred0 = pred1 = end = e
        else:
            rest = sent[e:e + 260]
            gm = _AMONG_AFTER.match(rest)
            if gm:
                ctype = "killed" if gm.group("kill") else "injured" if gm.group("inj") else "shot"
                f0 = e + gm.start("fig")
                fig = next((m for m in typed if m.kind != "singular" and not m.subset and f0 <= m.start < e + gm.end()
                            and (m.value or 0) >= 2), None)
                mm = _Mention(s, e, "singular", value=1, np=sent[s:e], age=age)
                mm.ctype, mm.rule = (fig.ctype if fig else ctype), "minor_victim"
                mm.extra["noun"] = noun if G.CHILD_NOUN.search(noun) else "child"
                mm.span_start, mm.span_end = s, e + gm.end()
                if fig is not None:  # one of that figure: a subset, emitted after it
                    mm.subset, mm.parent = True, fig
                out.append(mm)
                continue
            om = _ONE_OF_AFTER.match(rest)
            one = next((m for m in typed if m.kind == "number" and m.value == 1 and m.age is None
                        and m.start == e + om.start("one")), None) if om else None
            if one is not None:  # "Jo Roe, 8, is one of the victims police say was killed": that one's age
                one.age = age
                continue
            fig = next((m for m in typed if m.kind != "singular" and not m.subset and (m.value or 0) >= 2
                        and re.fullmatch(r"\s+(?:the\s+)?", sent[e + om.end():m.start])), None) if om else None
            if fig is not None:  # "Jo Roe, 8, was one of the three people wounded": a subset of that figure
                mm = _Mention(s, e, "singular", value=1, np=sent[s:e], age=age)
                mm.ctype, mm.rule, mm.subset, mm.parent = fig.ctype, "minor_victim", True, fig
                mm.extra["noun"] = noun if G.CHILD_NOUN.search(noun) else "child"
                mm.span_start, mm.span_end = s, max(fig.end, fig.span_end)
                out.append(mm)
                continue
            pm = _MINOR_AFTER.match(rest)
            if pm is None or pm.end("gap") > 160:
                continue
            if (not pm.group("hosp") and not _PASSIVE_AUX_WORD.search(pm.group("aux"))
                    and not re.search(r"(?i)(?:himself|herself)\Z", pm.group(0))
                    and _MINOR_OBJECT_AFTER.match(rest[pm.end():])):
                continue  # an active verb with an object: the minor is the one who shot
            if pm.group("hosp") and re.search(r"(?i)\b(?:died|dead|succumbed|deceased)\b", sent):
                continue  # "was flown to a hospital, where she died"
            ctype = ("killed" if pm.group("kill") else "injured" if pm.group("inj") or pm.group("hosp")
                     else "shot")
            pred0, pred1, end = e + pm.start("aux"), e + pm.end(), e + pm.end()
            released = pm.group("hosp") is not None and "released" in pm.group("hosp").lower()
        # the same victim read by another rule: a figure over the minor's own words, or one sharing its predicate
        # (not another member of a list: "A 10-year-old and a 15-year-old were shot"); a figure that
        # reaches over the minor to an earlier subject is the minor's ("A driver died and a 6-year-old passenger
        # was wounded": the wounded one is the passenger)
        covering, reach = [], []
        # an untyped "including a 5-year-old boy" becomes a subset of the figure before it (see _extract_body)
        covering += [m for m in ms if not m.ctype and m.subset and m.kind == "singular" and m.start < e and s < m.end]
        for m in typed + out:
            if m.extra.get("list_part") and (m.end <= s or e <= m.start):
                continue  # another member of a list read one victim per member, with its own age (or none)
            m0, m1 = min(m.span_start, m.start), max(m.span_end, m.end)
            # another member of a list: a figure before the minor ("two men and a 7-year-old were shot"), one
            # after it ("a 7-year-old and two men were shot"), or a single victim whose span already holds an
            # earlier minor of the list ("a 9-year-old boy and a 13-year-old girl had both been shot": two victims)
            listed = (m.end <= s and _LIST_SEP.fullmatch(sent[m.end:s]) is not None
                      or e <= m.start and m.kind != "singular" and _LIST_AND.fullmatch(sent[e:m.start]) is not None
                      or prev is not None and m.kind == "singular" and m.start <= prev[0] and m.age is not None
                      and _LIST_NEXT.fullmatch(sent[prev[1]:s]) is not None)
            if listed and e <= m.start:
                siblings.append(m)
            if m0 < e and s < m1 and not listed or m0 < pred1 and pred0 < m1 and m.age in (None, age) and m not in siblings:
                covering.append(m)
            elif m0 < pred1 and pred0 < m1 and m.end <= s and not listed:
                reach.append(m)
        if covering or reach:
            for m in covering + reach:
                if m.kind == "singular" and m.value == 1 and (m.age is None or m in reach or m.start <= s < m.end):
                    m.age = age
            continue
        if any(m.age == age for m in typed + out):
            continue  # the same minor named twice ("16-year-old girl shot ... 16-year-old girl shot")
        # a single victim of the sentence without an age who may be this minor ("The 11-year-old was hit by
        # birdshot, which injured his face"; "A young boy was shot; the 6-year-old was hit in the leg")
        same = [m for m in typed + out if m.kind == "singular" and m.value == 1 and m.age is None
                and not m.extra.get("own_age_only") and not (am and am.group("others"))
                and (m.ctype == ctype or {m.ctype, ctype} <= {"shot", "injured", "hospital"})
                and not G.ADULT_NOUN.search(m.extra.get("noun") or m.np or "")
                and not (age < 12 and re.search(r"(?i)\bteen(?:s|agers?|age|aged)?\b", m.extra.get("noun") or m.np or ""))
                and not (_MALE.search(noun) and _FEMALE.search(m.extra.get("noun") or m.np or ""))
                and not (_FEMALE.search(noun) and _MALE.search(m.extra.get("noun") or m.np or ""))]
        if same:
            same[0].age = age
            continue
        mm = _Mention(s, e, "singular", value=1, np=sent[s:e], age=age)
        mm.ctype, mm.rule = ctype, "minor_victim"
        mm.extra["noun"] = noun if G.CHILD_NOUN.search(noun) else "child"
        mm.span_start, mm.span_end = s, max(e, end)
        if released:  # "was released from the hospital Tuesday": a day after the shooting, not its day
            mm.extra["undated"] = True
        # a figure of the same sentence already counts this victim ("Four people were shot, including an
        # 8-year-old boy who was hit in the leg"): a subset of it, never added to it
        figures = [m for m in typed if m.kind != "singular" and not m.subset and m.age is None and m not in siblings
                   and not (am and am.group("others"))
                   and (m.ctype == ctype or {m.ctype, ctype} <= {"shot", "injured", "hospital"})]
        if figures:
            if not any(m.end <= s for m in figures):
                continue
            mm.subset = True
        out.append(mm)
    return out



def _span(c: Claim) -> str:
    return c.evidence_text[c.char_start - c.sentence_start:c.char_end - c.sentence_start]


def _ages_to_the_dead(claims: list[Claim], drop: list[Claim]) -> None:
    """Minors named with an age among people shot who are taken as the dead (shot - killed, see
    _shot_to_injured) give their age to the death figure without one ("A 4-year-old girl was shot ... The
    child died"): the nearest single child that fits (same gender), or a figure of children whose dropped ages
    are all under 12 (or all teens), which takes the oldest. Counts do not change."""
    minors = [d for d in drop if d.victim_age is not None and d.victim_age < 18]
    if not minors:
        return
    dead = [c for c in claims if c.casualty_type == "killed" and c.victim_age is None and c.is_child
            and not c.is_summary and c not in drop and not G.ADULT_NOUN.search(_span(c))]
    for c in dead:
        span = _span(c)
        if (c.count_point or 0) == 1:
            fit = [d for d in minors if not (_MALE.search(span) and _FEMALE.search(_span(d)))
                   and not (_FEMALE.search(span) and _MALE.search(_span(d)))]
            if fit:
                d = min(fit, key=lambda d: abs(d.char_start - c.char_start))
                c.victim_age = d.victim_age
        elif c.is_child and (c.count_point or 0) > 1:
            ages = [d.victim_age for d in minors]
            if max(ages) < 12 or min(ages) >= 12:
                c.victim_age = max(ages)


# --------------------------------------------------------------------------- main
def extract_claims(text: str, published_at: date | None = None, title: str | None = None) -> list[Claim]:
    """One :class:`Claim` per casualty figure in ``text`` (see module docstring).

    ``title``: when given and not already part of ``text``, it is read too, with the headline
    grammar, as one more sentence of the article; a title that rounds up several incidents
    ("... in weekend shootings") is used only for a casualty type the body gives no figure for
    (bodies that are site boilerplate). Title claims have ``evidence_field = "title"`` (their offsets point into the
    title) and a rule starting with ``title/``.
    """
    published_at = _to_date(published_at)
    text = text or ""
    title_ages = _age_mentions(title.strip(), -len(title.strip()) - 1) if title and title.strip() not in text else []
    # a title repeated at the top of the body is read with the headline grammar too
    at = text.find(title.strip()) if title and title.strip() else -1
    title_span = (at, at + len(title.strip())) if at >= 0 else None
    sentences = split_sentences(text) if text else []
    tw_memo: dict = {}  # time windows of the body's sentences (published_at is fixed for this call)
    body_places = _LazyPlaces(text)  # shared with the place fallback below: the article's clues are read once
    claims = _extract_body(text, published_at, ages=title_ages, title_span=title_span, sentences=sentences,
                           tw_memo=tw_memo, places=body_places)
    context = text
    if title and title.strip() and title.strip() not in text:
        title = title.strip()
        context = title + "\n" + text

        def kind(c):  # people shot or hospitalized are injured unless they died
            return "injured" if c.casualty_type in ("shot", "hospital") else c.casualty_type
        have = {kind(c) for c in claims if c.counts}
        # a headline states the article's figures like any sentence (the largest sentence total wins), unless
        # it rounds up several incidents ("2 dead, 3 hurt in weekend shootings"): then only for a missing type
        roundup = _ROUNDUP_TITLE.search(title) is not None
        lead_ages = _age_mentions(text[:_AGE_REACH], len(title) + 1)  # "Child dies ..." + "A 3-year-old ..."
        title_places = _LazyPlaces(title, article=body_places)
        extra = [c for c in _extract_body(title, published_at, headline=True, ages=lead_ages, places=title_places)
                 if not roundup or kind(c) not in have]
        base = len(claims)
        newkey = {c.claim_key: base + i for i, c in enumerate(extra)}
        for c in extra:
            c.claim_key = newkey[c.claim_key]
            c.parent_key = newkey.get(c.parent_key) if c.parent_key is not None else None
            c.evidence_field = "title"
            c.rule = "title/" + c.rule
        claims.extend(extra)
        _title_restates_summary(claims)
    # a labelled field ("Fatalities: 11.") sums up the note's figures: read only for a type the prose gives none of
    prose = {c.casualty_type for c in claims if c.rule.split("/")[-1] != "label"}
    parents = {c.parent_key for c in claims}
    if any(c.rule == "label" and c.casualty_type in prose and c.claim_key not in parents for c in claims):
        claims = [c for c in claims if not (c.rule == "label" and c.casualty_type in prose and c.claim_key not in parents)]
    # a death told as background (an earlier incident, known only once the article is dated) is not one of the
    # people shot in this one: when _background marks a death that the people shot were reduced by, the
    # article-level steps are run again with that death set apart from the start
    found = claims
    past: set[int] = set()
    for _ in range(2):
        claims = _copy_claims(found) if any(c.casualty_type == "shot" for c in found) else found
        for c in claims:
            if c.claim_key in past or (c.parent_key is not None and c.parent_key in past):
                c.is_summary = True
        _another_in_group(claims)
        _shot_to_injured(context, claims)
        _another_beside_the_dead(claims)
        if context is not text:
            _fatal_title(title, claims, title_places)
        _fatal_body(text, sentences, claims, body_places)
        also = _also_killed(claims)
        _round_up(context, claims)
        _breakdown_restated(claims, also)
        _state_named_in_passing(text, claims, body_places)
        _place_from_context(text, claims, body_places)
        _date_from_article(text, claims, published_at, sentences, tw_memo, title=title if context is not text else None)
        before = {c.claim_key for c in claims if c.is_summary}
        _background(claims, published_at, tw_memo)
        newly = {c.claim_key for c in claims if c.is_summary and c.claim_key not in before
                 and c.casualty_type == "killed" and c.parent_key is None}
        if claims is found or not newly:
            break
        past |= newly
    _self_death_apart(context, claims)
    _attacker_death_apart(claims)
    _named_victims(claims)
    _rekey(claims)
    return claims


def _title_restates_summary(claims: list[Claim]) -> None:
    """A headline figure that only the body's summary of a period longer than a week gives ("UN: 230 civilians
    killed in first quarter" over "Between January and March, 230 civilians were killed") is that summary, with its
    period: not an incident."""
    body = [c for c in claims if c.evidence_field == "text" and c.parent_key is None]
    for c in claims:
        if c.evidence_field != "title" or c.parent_key is not None or c.is_summary:
            continue
        same = [d for d in body if d.casualty_type == c.casualty_type and d.count_point == c.count_point]
        # a period's toll (a round-up of one day's shootings still names the article's own incident)
        if same and all(d.is_summary and d.period_start is not None and d.period_end is not None
                        and (d.period_end - d.period_start).days > _ONE_INCIDENT_DAYS for d in same):
            c.is_summary = True
            c.period_start, c.period_end, c.date_precision = same[0].period_start, same[0].period_end, same[0].date_precision


def _copy_claims(claims: list[Claim]) -> list[Claim]:
    """``copy.deepcopy(claims)``, ten times cheaper: a Claim's fields are all immutable (numbers,
    strings, dates, None), so a shallow copy of each claim is a deep copy of the list."""
    memo: dict[int, Claim] = {}
    return [memo.get(id(c)) or memo.setdefault(id(c), copy.copy(c)) for c in claims]


def _event_days(text: str, published_at: date | None,
                sentences: list[tuple[int, int]] | None = None,
                tw_memo: dict | None = None) -> list[tuple[int, bool, object]]:
    """(offset, in a casualty sentence, window) for each day-level point in time the article
    names, in text order; days of other events (statements, arrests, court, funerals) and page
    stamps ("Updated: Feb 6, 2017") are left out (``TimeWindow.dates_other_event``)."""
    days = []
    for s0, s1 in (split_sentences(text) if sentences is None else sentences):
        sent = text[s0:s1]
        casualty = None  # read only for a sentence that names a day
        for w in _time_windows(sent, published_at, tw_memo):
            if w.precision == "day" and w.kind == "point" and not w.dates_other_event:
                if casualty is None:
                    casualty = _CASUALTY_RX.search(sent.lower()) is not None
                days.append((s0 + w.span[0], casualty, w))
    return days


#: A weekday alone ("Monday", "early Sunday", "that Tuesday afternoon"), not a calendar date ("Monday, Jan. 9").
_WEEKDAY_ONLY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_CALENDAR_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d/\d|\d-\d\d-\d", re.I)


def _calendar_date_parts() -> tuple[re.Pattern, re.Pattern] | None:
    """_CALENDAR_DATE in two: its first alternative (month name, then a day), to be run case-sensitively on the
    lowercased text (scan.scan_lower), and the others (each opening with a digit, which the engine scans for)."""
    if not _same(_CALENDAR_DATE, "853e610e479e7a1c"):
        return None
    alts = top_alternatives(_CALENDAR_DATE.pattern)
    return re.compile(alts[0]), re.compile("|".join(alts[1:]), _CALENDAR_DATE.flags)


_CALENDAR_DATE_PARTS = _calendar_date_parts()


def _has_calendar_date(s: str) -> bool:
    """``bool(_CALENDAR_DATE.search(s))``: one of its alternatives matches somewhere."""
    if _CALENDAR_DATE_PARTS is None:
        return _CALENDAR_DATE.search(s) is not None
    month_first, digit_first = _CALENDAR_DATE_PARTS
    if digit_first.search(s) is not None:
        return True
    low = scan_lower(s)
    return (month_first.search(low) if low is not None else _CALENDAR_DATE.search(s)) is not None


#: How far back a named calendar date may sit and still be the day a weekday of the article means (weeks).
_ANCHOR_WEEKS = 8
_ANCHOR_MIN_DAYS = 14


def _calendar_anchors(text: str, published_at: date | None, sentences, tw_memo) -> list[date]:
    """The calendar dates ("Jan. 19", "March 2, 2013") the article gives for the event itself (cue '',
    'death' or 'after'), the days its bare weekdays may refer to (``_weekday_on_anchor``)."""
    if not _has_calendar_date(text):
        return []
    out = []
    for s0, s1 in (split_sentences(text) if sentences is None else sentences):
        for w in _time_windows(text[s0:s1], published_at, tw_memo):
            if w.precision == "day" and w.kind == "point" and w.cue in ("", "death", "after") \
                    and _has_calendar_date(w.expression):
                out.append(w.start)
    return out


def _weekday_on_anchor(start: date, expression: str, anchors: list[date]) -> date | None:
    """A bare weekday names the most recent such day before publication (``timewindow``); in a follow-up
    written weeks later ("A baby was killed Monday ... Corbin's Jan. 19 death") it means the earlier calendar
    date the article gives on that weekday: the latest such date, two to ``_ANCHOR_WEEKS`` weeks before
    (None when there is none, or the expression is not a bare weekday). A date one week before is left
    alone: it is as often an earlier incident of a series ("the latest after a girl was shot on April 9";
    on the GVA development split 2 of the 3 such dates were another incident)."""
    if not anchors or not _WEEKDAY_ONLY.search(expression) or _has_calendar_date(expression):
        return None
    cands = [a for a in anchors if a.weekday() == start.weekday() and _ANCHOR_MIN_DAYS <= (start - a).days <= 7 * _ANCHOR_WEEKS]
    return max(cands) if cands else None


#: A year written in a date expression ("March 13, 2013", "3/13/2013").
_YEAR_IN_DATE = re.compile(r"(?:1[89]|20)\d\d\b")


def _yearless_on_anchor(start: date, expression: str, text: str, published_at: date | None, sentences,
                        tw_memo) -> date | None:
    """A calendar date without a year ("on Mar. 13") is the latest such date before publication
    (``timewindow``); when the article writes the same month and day with a year elsewhere ("on March 13,
    2013"), it means that year's (None when it does not, or the expression is not a yearless date)."""
    if not _has_calendar_date(expression) or _YEAR_IN_DATE.search(expression):
        return None
    years = {w.start for s0, s1 in (split_sentences(text) if sentences is None else sentences)
             for w in _time_windows(text[s0:s1], published_at, tw_memo)
             if w.precision == "day" and w.cue != "stamp" and _YEAR_IN_DATE.search(w.expression)
             and (w.start.month, w.start.day) == (start.month, start.day) and w.start != start}
    return years.pop() if len(years) == 1 else None


def _date_from_article(text: str, claims: list[Claim], published_at: date | None,
                       sentences: list[tuple[int, int]] | None = None, tw_memo: dict | None = None,
                       title: str | None = None) -> None:
    """The event's day for claims whose own sentence does not give it (docs/conventions.md, "Dates").

    The article's attack days are the days it names that date the event itself (``cue`` '': "shot
    Monday", "the shooting happened Sunday"); a later death's or aftermath's day ("died Tuesday",
    "hospitalized Tuesday") is used only when none is named. Then, per claim (summaries left alone):

    1. a claim dated by a death ("died on Saturday") whose attack is named on the same day or up
       to 31 days earlier takes the attack's day ("shot Friday night ... died at 12:48 a.m. on
       Saturday"; a day that an attack word dates, a casualty sentence names or a clock time marks);
    2. a claim with a coarser window ("over the weekend", "earlier this week", "in June") takes
       the first attack day named in the article that lies inside it (text order);
    3. a claim without a time takes: before the first claim with its own day, the first attack
       day named in a casualty sentence (one an attack word dates, "was shot Sunday", within 31 days
       before publication first: ``TimeWindow.named_event``), else that claim's day; otherwise the
       nearest day named before its sentence ("Police were called Sunday night. A man was shot"; one that
       an attack word dates or a casualty sentence names before any other);
       else the first attack day named in a casualty sentence (as above), else anywhere, else the
       first day named in a casualty sentence, else the first named at all.

    A bare weekday of a figure's own sentence in a follow-up takes the calendar date of that weekday
    the article gives two to eight weeks earlier (``_weekday_on_anchor``); a calendar date without a year
    takes the year the article writes for the same month and day (``_yearless_on_anchor``).

    Statements, arrests, court dates, funerals and page stamps are never used. A claim of an
    article whose body names no usable day takes the day of its ``title`` when an attack word dates it
    ("... in Thursday night shooting"); else it gets the window [publication - 1 day, publication]
    with ``date_precision = 'publication'`` (a guess from the publication date, never a 'day')."""
    def died_on_its_day(c):  # the claim's day comes only from a death or the aftermath ("died on Saturday")
        if c.date_precision != "day" or c.evidence_field != "text":
            return False
        own = [w for w in _time_windows(c.evidence_text, published_at, tw_memo) if w.start == c.period_start]
        return bool(own) and all(w.cue in ("death", "after") for w in own)

    # a weekday in a follow-up: the calendar date of that weekday the article gives
    weekdays = [(c, w) for c in claims if c.date_precision == "day" and c.period_start is not None
                for w in _time_windows(c.evidence_text, published_at, tw_memo)
                if w.start == c.period_start and w.precision == "day" and _WEEKDAY_ONLY.search(w.expression)]
    anchors = _calendar_anchors(text, published_at, sentences, tw_memo) if weekdays else []
    for c, w in weekdays if anchors else ():
        a = _weekday_on_anchor(w.start, w.expression, anchors)
        if a is not None and c.period_start == w.start:
            c.period_start = c.period_end = a
    # a date without a year: the year the article gives the same month and day ("Mar. 13" ... "March 13, 2013")
    if _YEAR_IN_DATE.search(text):
        for c, w in [(c, w) for c in claims if c.date_precision == "day" and c.period_start is not None
                     for w in _time_windows(c.evidence_text, published_at, tw_memo)
                     if w.start == c.period_start and w.precision == "day"]:
            a = _yearless_on_anchor(w.start, w.expression, text, published_at, sentences, tw_memo)
            if a is not None and c.period_start == w.start:
                c.period_start = c.period_end = a
    dated = [c for c in claims if not c.is_summary]
    if all(c.date_precision == "day" and not died_on_its_day(c) for c in dated):
        return  # every figure has its own attack day: the article's other days are not needed
    days = _event_days(text, published_at, sentences, tw_memo)
    attacks = [d for d in days if d[2].cue == ""]

    def nearest(cands, c):
        before = [d for d in cands if d[0] < c.sentence_start] if c.evidence_field == "text" else []
        return (before[-1] if before else next((d for d in cands if d[1]), cands[0]))[2]

    for c in claims:
        if c.is_summary or c.period_start is None:
            continue
        if c.date_precision == "day":
            # the attack's day: one an attack word dates, named in a casualty sentence or with a clock time
            # ("responded ... at about 5 p.m. Saturday"), not any day ("celebrated an anniversary throughout Friday")
            earlier = [d for d in attacks if 0 <= (c.period_start - d[2].start).days <= 31
                       and (d[1] or d[2].named_event
                            or CLOCK_TIME.search(text, max(0, d[0] - 25), d[0] + len(d[2].expression) + 25))]
            if earlier and died_on_its_day(c):
                w = nearest(earlier, c)
                c.period_start, c.period_end, c.date_precision = w.start, w.end, w.precision
        elif c.date_precision != "day":
            inside = [d for d in (attacks or days) if c.period_start <= d[2].start <= c.period_end]
            if inside:
                w = inside[0][2]
                c.period_start, c.period_end, c.date_precision = w.start, w.end, w.precision

    todo = [c for c in claims if c.period_start is None and not c.is_summary]
    if not todo:
        return
    if not days and not any(c.date_precision == "day" and not c.is_summary for c in claims):
        # a headline that an attack word dates ("Man hurt in Thursday night shooting"), when the body names no day
        headline = next((w for w in (_time_windows(title, published_at, None) if title else ())
                         if w.precision == "day" and w.kind == "point" and w.named_event
                         and (published_at is None or (published_at - w.start).days <= 31)), None)
        if headline is not None:
            for c in todo:
                c.period_start, c.period_end, c.date_precision = headline.start, headline.end, headline.precision
            return
        pub = _to_date(published_at)
        if pub is not None:
            for c in todo:
                c.period_start, c.period_end, c.date_precision = date.fromordinal(pub.toordinal() - 1), pub, "publication"
        return
    own = next((c for c in claims if c.date_precision == "day" and not c.is_summary), None)
    fallback = None
    named = next((w for _, cas, w in attacks if cas and w.named_event and (
        published_at is None or (published_at - w.start).days <= 31)), None)  # "was shot Sunday", "Sunday's shooting"
    first = (named or next((w for _, cas, w in attacks if cas), None) or next((w for _, _, w in attacks), None)
             or next((w for _, cas, w in days if cas), None) or next((w for _, _, w in days), None))
    if own is not None:
        lead = named or next((w for _, cas, w in attacks if cas), None)
        fallback = (lead.start, lead.end, lead.precision) if lead else (own.period_start, own.period_end, own.date_precision)
    elif first is not None:
        fallback = (first.start, first.end, first.precision)
    for c in todo:
        # the nearest day before the claim's sentence that dates the attack or a casualty ("Police were called
        # Sunday night. A man was shot"), before any other ("had been handed eviction papers on Wednesday")
        before = [(w, cas) for pos, cas, w in days if pos < c.sentence_start] if c.evidence_field == "text" else []
        before = [w for w, cas in before if cas or w.named_event] or [w for w, _ in before]
        if own is not None and c.claim_key < own.claim_key:
            c.period_start, c.period_end, c.date_precision = fallback
        elif before:
            c.period_start, c.period_end, c.date_precision = before[-1].start, before[-1].end, before[-1].precision
        elif fallback is not None:
            c.period_start, c.period_end, c.date_precision = fallback


_BACKGROUND_GAP = 14


def _background(claims: list[Claim], published_at: date | None, tw_memo: dict | None = None) -> None:
    """Figures about an earlier incident told as background ("Last month, a gunman killed three people
    at the base", "the 2009 attack that killed 13") are not the article's incident: a claim whose own
    sentence dates it more than two weeks before the article's incident is marked ``is_summary``.
    The article's incident is dated by its figures that are not that old (their final window, after
    the article's days were read); when every figure is old (a court report on a past shooting),
    nothing changes."""
    own: dict[int, object] = {}
    for c in claims:
        if c.is_summary or c.evidence_field != "text" or c.period_start is None:
            continue
        w = _pick_time(_time_windows(c.evidence_text, published_at, tw_memo), c.char_start - c.sentence_start, False)
        if w is not None and w.kind != "duration" and (w.start == c.period_start or w.cue in ("death", "after")):
            own[c.claim_key] = w
    if not own:
        return
    if published_at is None:  # the lead figure's day
        current = [min((c for c in claims if c.claim_key in own), key=lambda c: (c.sentence_start, c.char_start))]
    else:
        current = [c for c in claims if c.claim_key in own and (published_at - c.period_end).days <= _BACKGROUND_GAP]
    if not current:
        return
    ref = min(c.period_start for c in current)
    old = {k for k, w in own.items() if (ref - w.end).days > _BACKGROUND_GAP}
    for c in claims:
        if c.claim_key in old or (c.parent_key is not None and c.parent_key in old):
            c.is_summary = True


#: Cheap pre-filter (plain substring tests): a sentence without any of these stems cannot hold a casualty figure.
_CASUALTY_KEYS = (
    "kill", "dead", "death", "die", "dying", "wound", "injur", "hurt", "shot", "shoot", "slain", "slaughter", "murder",
    "body", "bodies", "corpse", "fatal", "hospital", "condition", "toll", "life", "lives", "execut", "behead", "lynch",
    "massacr", "assassin", "hang", "hung", "strangl", "suffocat", "decapitat", "drown", "perish", "gunned", "stab",
    "hack", "beat", "burn", "ablaze", "alight", "blown", "maim", "succumb", "mow", "cut down", "stone", "crucif",
    "tortur", "slay", "slew", "claim", "critical", "homicide", "bullet", "gunfire", "deceased", "struck", "hitting",
    "hit ", "grazed", "grazing", "victim", "surviv", "recover", "medical cent", "trauma cent",
    "on himself", "on herself", "own life", "suicide", "passed away", "martyr", "electrocut", "casualty")
#: Necessary words of grammar.FOOTAGE (every alternative holds one); for ASCII text, where
#: lowercasing matches re.I exactly.
_FOOTAGE_WORDS = ("seen", "show", "pictured", "filmed", "depicted", "heard")


def _may_be_footage(sent: str, low: str) -> bool:
    """False only when grammar.FOOTAGE cannot match ``sent`` (``low`` = ``sent.lower()``)."""
    return (not sent.isascii() and scan_lower(sent) is None) or any(w in low for w in _FOOTAGE_WORDS)


#: where a match of _LATER_DIED can start (in the lowercased text: scan.scan_lower): see _search_at
_LATER_DIED_STARTS = re.compile("later|died|succumbed") if _same(_LATER_DIED, "51a36313f6f1fa13") else None

#: the same test as one scan: ``_CASUALTY_RX.search(low)`` is true iff some key is a substring of ``low``
_CASUALTY_RX = _any_literal(_CASUALTY_KEYS)

_HEADLINE = re.compile(
    rf"(?:\A|[,;:]\s*|\band\s+)(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’.-]+\s+){{0,3}}?"
    rf"(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|motorist|man's|one|"
    rf"(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old))"
    rf"(?:\s+in\s+(?:[\w'’.-]+\s+){{0,4}}?(?:shooting|gunfire|attack|accident|crash)(?=\s+(?:dies|died)\b))?"
    rf"\s+(?:(?:is|was|has\s+been|found|left)\s+)?"
    rf"(?:(?:(?:beaten|stabbed|shot|wounded|robbed|kidnapped),?\s+(?:and\s+)?)?"
    rf"(?P<kill>killed|dies|died|dead|fatally\s+(?:shot|wounded|injured|struck|hit)|shot\s+(?:and\s+killed|dead|to\s+death)"
    rf"|slain|murdered|(?:\w+ed|beaten|burnt)\s+to\s+death|lynched|gunned\s+down|martyred|beheaded|electrocuted|drowned)"
    rf"|(?:(?!fatally|mortally)\w+ly\s+)?(?P<inj>shot|wounded|injured|hurt|hospitalized|hospitalised|critical|in\s+critical\s+condition))\b", re.I)
"""Headline subjects and verbs: "Woman killed on birthday", "Juvenile shot in arm", "One dead, one
hospitalized", "10-year-old boy critical after shooting", "Man seriously injured", "Farmer hacked to death",
"Cop martyred"."""


_ROUNDUP_TITLE = re.compile(
    r"\b(?:shootings|weekend|overnight|hours|span|separate|citywide|violent\s+(?:night|day|week))\b", re.I)
"""Title words of a round-up of several incidents: "2 dead, 2 hurt during violent 24 hours", "Four shot over weekend",
"Two teens shot in 24-hour span", "Five killed in overnight shootings"."""


_HEADLINE_OBJECT = re.compile(
    rf"\b(?:(?P<verb>kills|killing|(?<!\bto\s)kill|fatally\s+(?:shoots|shooting|stabs|stabbing)|shoots\s+and\s+kills|shooting\s+and\s+killing"
    rf"|(?<!attempted\s)(?<!attempt\s)(?<!intent\sto\s)(?:murder|homicide|manslaughter)\s+(?:charges?\s+)?(?:in|for)\s+(?:the\s+)?"
    rf"(?:(?:accidental|fatal|deadly)\s+)?shooting\s+(?:death\s+)?of)"
    rf"\s+(?:(?:a|an|the|his|her|their)\s+)?|(?P<adj>slain)\s+)"
    rf"(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:(?!(?:in|at|on|near|after|with|by|for|and|or)\s)(?:[\w’.-]+\s+|[\w.-]+['’]s\s+)){{0,3}}?"
    rf"(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|motorist|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old))\b(?(verb)(?!['’]s\s))", re.I)
"""A headline's single victim after an active verb or "slain": "Stray bullet kills police officer's son" (the son; but
"Gunmen kill policeman": a plural subject's verb, not "to kill";
"Slain officer's kids": the officer),
"Woman accused of fatally shooting toddler", "Slain teen identified", "Man charged with murder in shooting of
woman" (a murder charge tells a death; an attempted murder does not)."""


_TITLE_OBJ = (rf"(?:(?:his|her|their)\s+)?(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?"
              rf"(?:(?:young|little|teenage|teen|elderly|pregnant|estranged|former|adult|infant|baby|older|younger)\s+)?"
              rf"(?:ex-|step-?)?(?:{G.PERSON_SINGULAR}|{G.KIN}|juvenile|teen|teenager)")
_HEADLINE_OBJECTS = re.compile(
    rf"\b(?:kill(?:s|ed|ing)|murder(?:s|ed|ing)|(?:murders?|killings?|slayings?|(?:shooting\s+)?deaths?)\s+of)\s+"
    rf"(?P<a>{_TITLE_OBJ})\s*(?:,|&|\s+and)\s+(?P<b>{_TITLE_OBJ})\b"
    rf"(?=\s*(?:\Z|[,:;|(–—]|-\s|\s(?:in|at|on|near|outside|inside|during|after|before|over)\b))", re.I)
"""Two victims listed without articles after a killing verb in a title: "Man killed ex-wife, neighbor in Elm Street
shooting", "Arrest in murder of teen, father" (two killed; the title's subject is the killer). The list must end the
title or meet a preposition: "killed teen, officer says" is one victim."""


def _headline_claims(title: str) -> list[_Mention]:
    """Headlines drop auxiliaries: 'Woman killed on birthday', 'Teen dead after shooting', 'Boy, 11, shot'."""
    out = []
    spans = []
    pairs = [m for m in _HEADLINE_OBJECTS.finditer(title)]
    for m in pairs:
        for g in ("a", "b"):  # one victim each, each with its own noun (a teen is a child, a father is not)
            mm = _Mention(m.start(g), m.end(g), "singular", value=1, np=m.group(g))
            mm.ctype, mm.rule = "killed", "headline_object"
            am = _year_old(mm.np)
            mm.age = _age_value(am) if am else None
            mm.extra["noun"], mm.extra["pair"] = mm.np, True
            mm.span_start, mm.span_end = (m.start(), m.end(g)) if g == "a" else (m.start(g), m.end(g))
            out.append(mm)
        spans.append((m.start(), m.end()))
    for m in _HEADLINE.finditer(title):
        if any(a < m.end() and m.start() < b for a, b in spans[:len(pairs)]):
            continue  # "Man killed ex-wife, neighbor": the subject is the killer of the two listed
        spans.append((m.start(), m.end()))
        if (m.group("inj") or "").lower().endswith("shot") and re.match(
                r"\s+(?:(?:his|her|their|an?)\s|(?:\d{1,3}|[a-z]+)-(?:year|month)-old\b)", title[m.end():], re.I):
            continue  # "Cousin accidentally shot 9-year-old": the subject is the shooter, the victim follows
        mm = _Mention(m.start("subj"), m.end(), "singular", value=1, np=m.group("subj"))
        inj = (m.group("inj") or "").lower()
        # "shot" and "critical" follow the body's rules: shot minus killed; hospital only without other injuries
        mm.ctype = ("killed" if m.group("kill") else "shot" if inj == "shot"
                    else "hospital" if inj.startswith(("critical", "in critical", "hospitali")) else "injured")
        mm.rule = "headline_singular"
        am = _year_old(m.group("subj"))
        if am:
            mm.age = _age_value(am)
        mm.extra["noun"] = m.group("subj")
        mm.span_start, mm.span_end = mm.start, mm.end
        out.append(mm)
    for m in _HEADLINE_OBJECT.finditer(title):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        cut = [x.end() for x in re.finditer(r"['’]s\s+", m.group("subj"))]  # "an officer's son": the son
        start = m.start("subj") + (cut[-1] if cut else 0)
        mm = _Mention(start, m.end(), "singular", value=1, np=title[start:m.end()])
        mm.ctype, mm.rule = "killed", "headline_object"
        am = _year_old(mm.np)
        if am:
            mm.age = _age_value(am)
        mm.extra["noun"] = mm.np
        mm.span_start, mm.span_end = mm.start, mm.end
        out.append(mm)
    return out


_TITLE_NP = (rf"(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’.-]+\s+){{0,2}}?"
             rf"(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old)")
_HEADLINE_PAIR = re.compile(
    rf"(?:\A|[:;|]\s*)(?P<a>{_TITLE_NP})\s*(?:,|\s+and|\s*&)\s+(?P<b>{_TITLE_NP})(?:,\s*\d{{1,2}},)?\s+"
    rf"(?:(?:are|were|was|is|both)\s+)?(?:(?!fatally|mortally)\w+ly\s+)?"
    rf"(?:shot|wounded|injured|hurt|hospitali[sz]ed|critical|in\s+critical\s+condition|walk\s+into|grazed)\b", re.I)
"""Two people hurt in a title: "Man, teen critically injured", "Boy, girl walk into hospital with gunshot wounds",
"Woman and 8-year-old boy hurt in shooting"."""


def _headline_pair(title: str, offset: int, ms: list[_Mention]) -> list[_Mention]:
    """The first of two victims coordinated in a title, when the title's grammar read only the second."""
    out = []
    for m in _HEADLINE_PAIR.finditer(title):
        a0, a1 = m.start("a") + offset, m.end("a") + offset
        b0, b1 = m.start("b") + offset, m.end("b") + offset
        if any(x.ctype and min(x.start, x.span_start) < a1 and a0 < max(x.end, x.span_end) and x.start < b0 for x in ms):
            continue  # the first is read already
        second = [x for x in ms if x.ctype in _HURT and x.kind == "singular" and x.value == 1 and b0 <= x.start < b1 + 2]
        if not second:
            continue
        mm = _Mention(a0, a1, "singular", value=1, np=m.group("a"))
        mm.ctype, mm.rule = second[0].ctype, "headline_singular"
        am = _year_old(m.group("a"))
        mm.age = _age_value(am) if am else None
        mm.extra["noun"] = m.group("a")
        mm.span_start, mm.span_end = a0, a1
        out.append(mm)
    return out


# --------------------------------------------------------------------------- headline and lead forms
# (grammar.py, "headline and lead forms"): read in every sentence, after the other passes, and only where no
# figure of the sentence is already read; a victim without a determiner ("shoots neighbor") only in a title.
_NOUN_SHOT_BEFORE = re.compile(r"\b(?:a|an|the|one|that|this|fatal|single|warning|gun|first|second|last|another)\s+\Z", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?\Z", re.I)
_GERUND_BEFORE = re.compile(r"(?<![\w-])(?:after|for|of|while|with|by|from|before|in|admits|admitted|denies|denied|since)\s+(?:\w+ly\s+)?\Z", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?\Z", re.I)
_SHOOTER_NOUN = re.compile(r"\b(?:officers?|police(?:m[ae]n)?|deputy|deputies|trooper|agent|sheriff)\Z", re.I)
_TO_HOSPITAL_TYPES = {"airlifted": "hospital", "flown": "hospital", "hospitalized": "hospital", "hospitalised": "hospital",
                      "grazed": "shot", "shot": "shot", "hit": "shot", "struck": "shot"}


# the verbs that open every match of grammar.ATTACKER_KILLED and ACTIVE_SHOT_OBJECT: fast scans (_finditer)
_ATTACKER_KILLED_GATE = (_gate("shot", "fatally", "killed", "gunned", "wounded")
                         if _same(G.ATTACKER_KILLED, "b455995b064655fb") else None)
# its object's noun: a sentence naming no attacker is not scanned
_ATTACKER_KILLED_NEEDS = _needs(G.ATTACKER_KILLED, "b455995b064655fb", "gunman", "shooter", "suspect", "attacker",
                                "assailant", "intruder", "robber", "carjacker")
_ACTIVE_SHOT_OBJECT_GATE = (_gate("shoots", "shot", "shooting", "wounds", "wounding", "injures", "injuring", "hospitalizes",
                                  "hospitalises", "hospitalized", "hospitalised")
                            if _same(G.ACTIVE_SHOT_OBJECT, "54a730d6c887bd78") else None)
_POSSESSIVE_GATE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:shooting|death|killing|murder|slaying)", re.I)
_VICTIM_OF_GATE = re.compile(r"victim\s+of\b", re.I)


def _headline_forms_pass(sent: str, ms: list[_Mention], title: tuple[int, int] | None) -> list[_Mention]:
    """Headline forms the body grammar misses (``title``: the span of a title in ``sent``, else None):
    "Retiree shoots neighbor" / "who shot a man" (1 shot), "Teen's shooting" (1 shot), "his brother's death"
    (1 killed), "student victim of accidental gunshot" (1 shot), "Woman airlifted after shooting" (hospital),
    "Shooting lands four men in hospital" (4, hospital), "becomes fourth to die" (toll 4), "police shot and
    killed the gunman" (1 killed, attackers)."""
    low = sent.lower()
    if not any(w in low for w in ("shoot", "shot", "wound", "injur", "hospital", "death", "killing", "murder",
                                  "slaying", "victim", "airlift", "flown", "grazed", "to die", "trauma", "emergency")):
        return []
    out: list[_Mention] = []
    covered = [(min(m.start, m.span_start), max(m.end, m.span_end)) for m in ms if m.ctype]

    def free(s, e):
        return not any(a < e and s < b for a, b in covered + [(x.start, x.end) for x in out])

    def in_title(s):
        return title is not None and title[0] <= s < title[1]

    def add(s, e, np, ctype, rule, value=1, kind="singular", vague=None):
        mm = _Mention(s, e, kind, value=value, np=np, qualifier="vague" if vague else "exact", vague=vague)
        mm.ctype, mm.rule = ctype, rule
        am = _year_old(np)
        if am:
            mm.age = _age_value(am)
        elif kind == "singular":
            pm = _AGE_PAREN.match(sent[e:e + 12])
            mm.age = int(pm.group("age")) if pm else None
        mm.extra["noun"] = np
        mm.span_start, mm.span_end = s, e
        out.append(mm)
        return mm

    for v in (_finditer(G.ATTACKER_KILLED, _ATTACKER_KILLED_GATE, sent, low)
              if not _lacks(sent, _ATTACKER_KILLED_NEEDS) else ()):
        if not free(v.start(), v.end()) or _not_intended(sent, v.start()):
            continue
        verb = v.group("verb").lower()
        add(v.start(), v.end(), v.group("obj"), "shot" if verb in ("shot", "wounded") else "killed", "attacker_object")
    for v in _finditer(G.ACTIVE_SHOT_OBJECT, _ACTIVE_SHOT_OBJECT_GATE, sent, low):
        s, e, verb, before = v.start(), v.end(), v.group("verb").lower(), sent[:v.start()]
        if not free(s, e) or _not_intended(sent, s) or _PASSIVE_BEFORE.search(before[-20:]):
            continue
        det = (v.group("det") or "").lower()
        if (not det and not in_title(s)) or det == "the":
            continue  # a bare noun is a headline's; "the" is someone already named (an attacker: ATTACKER_KILLED)
        if verb == "shot" and _NOUN_SHOT_BEFORE.search(before[-15:]):
            continue  # "a shot hit a man": the noun
        if verb == "shooting" and not _GERUND_BEFORE.search(before[-20:]):
            continue  # "the shooting victim": a noun, not a verb
        ctype = ("hospital" if verb.startswith("hospital") else "injured" if verb.startswith(("wound", "injur"))
                 else "shot")
        if re.search(r"(?:fatally|mortally)\s+\Z", before[-12:], re.I):
            ctype = "killed"  # "fatally shoots wife"
        add(v.start("obj"), e, v.group("obj"), ctype, "headline_active")
    # POSSESSIVE_EVENT and VICTIM_OF_SHOOTING open with a victim noun phrase, tried at every word: run them only
    # when the literal that follows it is in the sentence (a necessary condition; 10 s on the dev texts without)
    possessive = _POSSESSIVE_GATE.search(sent) is not None
    for v in (G.POSSESSIVE_EVENT.finditer(sent) if possessive else ()):
        s, e = v.start(), v.end()
        what = v.group("what").lower()
        if not free(s, e) or (what == "shooting" and _SHOOTER_NOUN.search(v.group("subj"))):
            continue
        if not v.group("det") and not in_title(s) and not _year_old(v.group("subj")):
            continue
        ctype = "shot" if what == "shooting" and not re.search(r"fatal|deadly", v.group(0), re.I) else "killed"
        if (v.group("det") or "").lower() == "the" and any(_family(m.ctype) == _family(ctype) for m in ms if m.ctype):
            continue  # "a girl who died ... later, over the child's death": the same person again
        add(s, v.end("subj"), v.group("subj"), ctype, "possessive_event")
    for v in (G.VICTIM_OF_SHOOTING.finditer(sent) if _VICTIM_OF_GATE.search(sent) else ()):
        s, e = v.start(), v.end()
        if not free(s, e) or (not v.group("det") and not in_title(s) and not _year_old(v.group("subj"))):
            continue
        if (v.group("det") or "").lower() == "the" and any(m.ctype for m in ms):
            continue  # "the boy was the victim of a shooting" after he is counted in the sentence
        add(s, v.end("subj"), v.group("subj"), "killed" if re.search(r"fatal|deadly", v.group("adj") or "", re.I) else "shot",
            "victim_of")
    if title is not None:
        for v in G.TITLE_HURT.finditer(sent, title[0], title[1]):
            s, e, vv = v.start("subj"), v.end(), v.group("v").lower()
            if not free(s, e) or re.match(r"\s+(?:(?:his|her|their|an?)\s|(?:\d{1,3}|[a-z]+)-(?:year|month)-old\b)", sent[e:], re.I):
                continue  # "after officer shot a man": the subject shot someone
            if not v.group("part") and vv not in ("airlifted", "flown") and not re.match(r"(?:after|as|when|before)\b", v.group(0), re.I):
                continue  # the title grammar reads the plain forms ("Woman shot in arm")
            add(s, e, v.group("subj"), _TO_HOSPITAL_TYPES.get(vv, "injured"), "headline_singular")
    if "hospital" in low or "trauma" in low or "emergency" in low:
        for v in G.SENT_TO_HOSPITAL.finditer(sent):
            s, e = v.start("n"), v.end()
            if not free(s, e) or not re.search(r"\b(?:shooting|shootout|gunfire|gunshots?|bullets?|shots|gunman)\b", sent[:v.start()], re.I):
                continue  # a shooting sends people to hospital; a letter does not
            n = v.group("n")
            vk = vague_key(n)
            if vk:
                add(s, e, v.group("np"), "hospital", "sent_to_hospital", value=None, kind="vague", vague=vk)
            elif n.lower() in ("a", "an"):
                add(s, e, n + " " + v.group("np"), "hospital", "sent_to_hospital")
            elif parse_number(n):
                add(s, e, v.group("np"), "hospital", "sent_to_hospital", value=parse_number(n), kind="number")
    if "to die" in low:
        for v in G.ORDINAL_TO_DIE.finditer(sent):
            if free(v.start("ord"), v.end()):
                add(v.start("ord"), v.end(), "", "killed", "toll", value=G.ORDINAL_COUNT[v.group("ord").lower()], kind="number")
    return out


def _family(ctype: str | None) -> str:
    return "killed" if ctype == "killed" else "hurt"


def _not_intended(sent: str, at: int) -> bool:
    """An intention, a negation or a counterfactual before the verb at ``at``: "tried to shoot", "never shot",
    "could have shot"."""
    before = sent[max(0, at - 60):at]
    return bool(_INTENT_BEFORE.search(before) or _MODAL_BEFORE.search(before) or _NOT_BEFORE.search(before[-20:]))


_CLAUSE_CUT = re.compile(r"[.;!?]|,\s*(?:but|yet|though|although)\b|\bbut\b")


def _drop_counterfactuals(sent: str, ms: list[_Mention]) -> None:
    """Figures after a casualty that did not happen in the same clause are not figures: "the round could have
    struck him in the chest and killed him", "he could have been killed" (grammar.COUNTERFACTUAL)."""
    if not any(w in sent for w in ("could", "would", "might", "’ve", "'ve")):
        return
    for cm in G.COUNTERFACTUAL.finditer(sent):
        cut = _CLAUSE_CUT.search(sent, cm.end())
        end = cut.start() if cut else len(sent)
        for m in ms:
            if m.ctype and cm.start() <= max(m.span_end, m.end) and min(m.span_start, m.start) < end and max(
                    m.span_end, m.end) > cm.start():
                m.ctype, m.rule = None, "not_casualty"


_HURT = ("injured", "shot", "hospital")
_ONE_OF_A_GROUP = re.compile(
    r"\b(?:one|the\s+first)(?:\s+of\s+(?:them|whom|those|the\s+\w+))?(?:\s+(?:was|had|has|is|died|got|drowned)\b|\s*,)", re.I)


def _another_more(sent: str, m: _Mention, x: _Mention) -> bool:
    """Is the single death ``x`` told by "another" one more beside the group ``m`` told before it in the sentence:
    "Two soldiers were killed in the north, while another died in the south" (3)? Not when the group is a toll
    ("the toll rose to five after another died") or is broken down ("two were killed: one was shot and another
    drowned"), nor when "another" follows a subordinate word ("as another died")."""
    if m.kind == "singular" or m.subset or m.rule.startswith(("toll", "cumulative", "injury_toll")):
        return False
    at = [a.start() for a in re.finditer(r"(?i)\banother\b", sent[:x.end]) if a.start() >= m.end]
    if not at:
        return False
    before = sent[m.end:at[-1]]
    return bool(re.search(r"(?i)(?:,\s*(?:(?:and|while|whereas|but)\s+)?|\s(?:and|while|whereas|but)\s+)\Z", before)
                and not _ONE_OF_A_GROUP.search(before))
_PRONOUN_SUBJ = re.compile(r"\A\s*(?:he|she|the\s+victim)\s*\Z", re.I)


_LEAD_WORDS = re.compile(r"\A(?:(?:and|but|while|whereas|then|also|as|when|after)(?:\s+|\Z))+", re.I)
_ANAPHOR_NP = re.compile(r"\A(?:he|she|him|her|himself|herself|it|who|the\s+(?:victim|injured|wounded)(?:\s+\w+)?)\Z", re.I)
_GENERIC_NOUN = re.compile(r"\b(?:victim|person|child|kid|youngster|teen|teenager|juvenile|youth|minor|student|toddler|baby|infant)\b"
                           r"|(?:year|month)-old\b", re.I)
_NEW_PERSON_NP = re.compile(r"\A(?:an?|another|one|some)\b|\A(?-i:[A-Z][a-z])", re.I)


def _same_victim(sent: str, first: _Mention, x: _Mention) -> bool:
    """Is the single victim ``x`` hurt in this sentence the one of the earlier single victim ``first``?

    Convention (docs/conventions.md, "Who is counted"): within one sentence a later single victim
    named by a pronoun, a reflexive, no subject at all, "the victim", a definite noun phrase that
    agrees with the first (same noun, or a generic word such as "the child"), or a subject that
    holds the first victim's own clause ("The boy who was shot was injured by his brother") is the
    same person; a new indefinite noun phrase or a name ("a 42-year-old man", "another man") is
    someone else ("A man was shot in the arm, and a woman was grazed" -> 2).
    """
    np = (x.np or "").strip()
    tail = re.search(r"(?:,\s*|\s)and\s+(?P<np>(?:a|an|another|his|her|their|the)\s+[^,]*?)\Z", np, re.I)
    at = sent.find(tail.group("np"), x.start) if tail else -1
    if at >= 0 and max(first.end, first.span_end) <= at:
        np = tail.group("np")  # "A man was shot and killed and a woman was shot": the subject is "a woman"
    elif x.start <= first.start < x.end:
        return True  # the subject holds the first mention: "The girl who was shot Friday was hurt"
    np = _LEAD_WORDS.sub("", np)
    np = re.sub(r"\s*,.*\Z", "", np, flags=re.S).strip()
    if not np or _ANAPHOR_NP.match(np) or re.search(r"\b(?:he|she|who)\Z|\A(?:he|she)\b", np, re.I):
        return True  # "... after it seems he accidentally shot himself", "when he took the pistol and shot himself"
    if _NON_PERSON_NP.search(np):
        return True  # not a person ("a second house was struck by gunfire"): never a second victim
    a = first.extra.get("noun") or first.np or ""
    if np.lower() == _LEAD_WORDS.sub("", a.strip()).lower():
        return True  # the same words twice (a headline repeated in the body)
    if _NEW_PERSON_NP.match(np) or x.additive:
        return False
    end = re.search(r"\b(?:the|that)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\Z", np, re.I)
    if end and not re.match(r"(?i)the\b", np):
        np = end.group(0)  # "... on word that the 3-year-old had shot herself": the subject is at the end
    if re.match(r"(?i)(?:the|that)\b", np) and len(np.split()) <= 4 and not _NEW_VICTIM.search(np):
        if (_MALE.search(np) and _FEMALE.search(a)) or (_FEMALE.search(np) and _MALE.search(a)):
            return False
        head = np.split()[-1].lower()
        if _GENERIC_NOUN.search(np) is not None or head in a.lower():
            return True
        # "A 9-year-old was shot ..., leaving the girl in critical condition": a first victim named by an age or a
        # word of no sex ("a teenager", "a child") is the one a definite boy, girl or youngster names again
        return bool(_PLAIN_PERSON.fullmatch(head) and _GENERIC_NOUN.search(a) and not _AGE_NOT_CHILD.search(a)
                    if head in ("boy", "girl", "youngster", "kid") else
                    _PLAIN_PERSON.fullmatch(head) and re.search(r"\b(?:victim|person)\b", a, re.I))
    return False


_PLAIN_PERSON = re.compile(r"(?:boy|girl|youngster|kid|man|woman)", re.I)
_AGE_NOT_CHILD = re.compile(r"\b(?:1[89]|[2-9]\d|1\d\d)-year-old\b", re.I)


def _new_person(sent: str, first: _Mention, x: _Mention) -> bool:
    """Is ``x`` plainly someone other than ``first``: a new indefinite noun phrase or a name, or a relative of
    someone ("his 4-year-old son", "her mother"), as its own subject after the first victim's clause?"""
    if _same_victim(sent, first, x):
        return False
    np = (x.np or "").strip()
    tail = re.search(r"(?:,\s*|\s)and\s+(?P<np>(?:a|an|another|his|her|their|the)\s+[^,]*?)\Z", np, re.I)
    np = _LEAD_WORDS.sub("", tail.group("np") if tail else np)
    if not tail and x.start <= first.start:
        return False
    return bool(_NEW_PERSON_NP.match(np) and not re.match(r"(?i)one\b", np)
                or re.match(rf"(?i)(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}{G.KIN}\b", np))


_WHO = re.compile(r"\bwho\b", re.I)
_NEW_CLAUSE = re.compile(r"\band\b|\bbut\b|;", re.I)
_OTHER_STORY = re.compile(
    r"(?:RELATED(?:\s+(?:ARTICLES?|STORY|STORIES|LINKS|CONTENT|COVERAGE))?|READ\s+MORE|MORE|ALSO\s+READ|SEE\s+ALSO|LIVE"
    r"|Related(?:\s+(?:[Aa]rticles?|[Ss]tory|[Ss]tories|[Ll]inks|[Cc]ontent|[Cc]overage))?|Read\s+[Mm]ore|See\s+[Aa]lso)\s*:"
    r"|(?:RELATED|Related)\s+(?:ARTICLES?|STOR(?:Y|IES)|[Aa]rticles?|[Ss]tor(?:y|ies))\s*(?:[-–—]\s*|\s(?=[A-Z\d]))"
    r"|\d{1,2}:\d\d\s+(?![ap]\.?m\b)(?:[A-Z]|\d+\s)"
    r"|[^\n]{10,160}?\s\|\s*\d{1,2}:\d\d\s*$")
"""A line that links to another story: "RELATED: Two killed in crash", "Related: ...", "LIVE: 25 hurt in blast",
"RELATED ARTICLE - Two hurt in crash", "Related stories Two hurt in crash", a video list entry "2:14 Man charged in
double murder" (its running time, then a headline) or "Man charged in double murder | 2:14" (the headline, then its
running time)."""
# (case-sensitive) every match holds ":" or "RELATED" / "Related": a sentence without them is not tried
_OTHER_STORY_GATED = _same(_OTHER_STORY, "40aedb8716f56f16")
_LINKS_LABEL = re.compile(
    r"[ \t]*(?:related(?:\s+(?:articles?|story|stories|links|content|coverage|videos?))?|previous\s+stories|more\s+from\s+[\w.\- ]{1,40}"
    r"|(?:more|other|top|trending|popular)"
    r"\s+(?:stories|headlines|news|videos)(?:\s+[\w ]{0,40})?|trending(?:\s+now)?|most\s+(?:popular|read|viewed)"
    r"|you\s+may\s+also\s+like|recommended(?:\s+(?:stories|for\s+you))?|read\s+more|see\s+also|also\s+read)[ \t]*:?[ \t]*\Z",
    re.I)
_SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]]*[ \t]*\Z")


def _links_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a block of links to other stories: after a line that is only a label ("Related
    Stories:", "More stories you may like", "TRENDING STORIES:", "PREVIOUS STORIES", "MORE FROM KXYZ.COM"), each following line that is a headline or a
    cut-off teaser (no full stop at its end, or an ellipsis) or a labelled link ("LIVE: ...") belongs to the
    block; the first line that ends as a sentence ends it (the article goes on)."""
    if not text or (":" not in text and "tories" not in text.lower() and "more from" not in text.lower()):
        return []
    spans: list[tuple[int, int]] = []
    inside = False
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if _LINKS_LABEL.match(line):
                inside = True
            elif inside:
                if _OTHER_STORY.match(line.strip()) or not _SENTENCE_END.search(line):
                    spans.append((pos, end))
                else:
                    inside = False
        pos = end + 1
    return spans


def _extract_body(text: str, published_at: date | None, headline: bool = False,
                  ages: list[_Age] | None = None, title_span: tuple[int, int] | None = None,
                  sentences: list[tuple[int, int]] | None = None, tw_memo: dict | None = None,
                  places: "_LazyPlaces | None" = None) -> list[Claim]:
    if not text:
        return []
    ages = (ages or []) + _age_mentions(text)
    if sentences is None:
        sentences = split_sentences(text)
    if places is None:
        places = _LazyPlaces(text)
    claims: list[Claim] = []
    loose: list[list[int]] = []  # ages of a group of children told without a casualty verb (_loose_group_ages)
    links = [] if headline else _links_blocks(text)
    for s0, s1 in sentences:
        sent = text[s0:s1]
        low = sent.lower()
        if not (_CASUALTY_RX.search(low) or "identified" in low and _IDENTIFIED_LIST.search(sent)
                or "of them" in low and _OF_THEM_OPENS.match(sent)) or (
                _may_be_footage(sent, low) and G.FOOTAGE.search(sent)):
            if not headline and ("ages " in low or "aged " in low) and _AGES_LIST.search(sent):
                gms = _find_mentions(sent)  # "... and the couple's 4 daughters, ages 3, 7, 11, and 14" (no verb)
                _group_ages(sent, gms)
                loose += [m.extra["loose_ages"] for m in gms if "loose_ages" in m.extra]
            continue
        if not headline and ((not _OTHER_STORY_GATED or ":" in sent or "RELATED" in sent or "Related" in sent)
                             and _OTHER_STORY.match(sent) or any(a <= s0 < b for a, b in links)):
            continue
        ms = _find_mentions(sent)
        for m in ms:
            _classify(sent, m)
        _shares_verb(sent, ms)
        if "self and" in low:
            ms = sorted(ms + _self_and_pass(sent, ms), key=lambda x: x.start)
        ordinal = _ordinal_death_pass(sent, low)
        if ordinal:
            ms = sorted(ms + ordinal, key=lambda x: x.start)
        sing = _singular_pass(sent, ms)
        sing += _gapped_singular_pass(sent, ms + sing)
        sing += _active_singular_pass(sent, ms + sing)
        sing += _pair_then_they_pass(sent, ms + sing)
        sing += _and_companion_pass(sent, ms + sing)
        sing += _gunfire_hit_pass(sent, ms + sing)
        sing += _another_hurt_pass(sent, ms + sing)
        sing += _tuple_shooting_pass(sent, ms + sing)
        sing += _minor_victim_pass(sent, ms + sing, text[max(0, s0 - 300):s0])
        sing += _among_pass(sent, ms + sing)
        loose += [m.extra["loose_ages"] for m in ms if not m.ctype and "loose_ages" in m.extra]
        if headline or (title_span and s0 <= title_span[0] < s1):
            hs, he = (0, len(sent)) if headline else (title_span[0] - s0, min(title_span[1], s1) - s0)
            cov = [(m.span_start, m.span_end) for m in ms + sing if m.ctype]
            for h in _headline_claims(sent[hs:he]):
                h.start, h.end, h.span_start, h.span_end = h.start + hs, h.end + hs, h.span_start + hs, h.span_end + hs
                if h.rule == "headline_object" and any(x.ctype == "killed" and not (h.extra.get("pair") and x.extra.get("pair"))
                                                       for x in ms + sing):
                    continue  # a victim after an active verb only when the title gives no other death (but its pair's)
                if not any(a < h.end and h.start < b for a, b in cov):
                    sing.append(h)
            sing += _headline_pair(sent[hs:he], hs, ms + sing)
            others = [x for x in ms + sing if x.ctype and x.rule != "tuple_shooting"]
            if any(x.rule == "tuple_shooting" for x in sing) and others:
                # "Man killed in double shooting": the shooting tuple is the people shot, the dead among them, when
                # the title gives only fewer deaths; else the title's figures are its own
                dead = sum(x.value or 0 for x in others) if all(x.ctype == "killed" and not x.subset for x in others) else None
                sing = [x for x in sing if x.rule != "tuple_shooting"
                        or (x.ctype == "shot" and dead is not None and dead < (x.value or 0))]
        in_title = ((0, len(sent)) if headline else (title_span[0] - s0, min(title_span[1], s1) - s0)
                    if title_span and s0 <= title_span[0] < s1 else None)
        sing += _headline_forms_pass(sent, ms + sing, in_title)
        sing += _self_after_pass(sent, ms + sing)
        sing += _police_after_pass(sent, ms + sing)
        for x in sing:
            hurt_one = x.value == 1 and x.ctype in _HURT
            dead_another = x.ctype == "killed" and x.value == 1 and re.match(r"(?i)(?:and\s+)?another\b", (x.np or "").strip())
            if x.rule.startswith("singular_") and x.value == 1 and any(
                    m.ctype == x.ctype and m.rule != "along_with" and not re.search(
                        r"(?:along\s+with|together\s+with|alongside)\s*\Z", sent[m.span_start:m.start], re.I)
                    and not (hurt_one and m.kind == "singular" and m.value == 1 and m in sing)
                    and not (dead_another and m.kind == "singular" and m.value == 1 and m.start < x.start)
                    and not (dead_another and m.end <= x.start and _another_more(sent, m, x))
                    and not (m.rule == "fatally" and m.start > x.end and any(  # "a man was killed and three others
                        g.ctype in _HURT and x.end <= g.start < m.start for g in ms))  # were shot, one of them fatally"
                    and not (x.ctype == "killed" and m.rule == "active_before" and m.span_start > x.span_end
                             and _NEW_SUBJECT_CLAUSE.search(sent, x.span_end, m.start)) for m in ms):
                continue  # a restatement of a figure in the same sentence ("... and another guard was killed": one more)
            if (hurt_one and re.match(r"(?i)(?:including|among\s+(?:them|those|whom|the\s+\w+))\b", (x.np or "").strip())
                    and any(m.ctype in _HURT and m.start < x.start for m in ms)):
                continue  # "Three people were wounded, including a boy who was shot in the foot": one of the three
            if hurt_one and any(_same_victim(sent, m, x) for m in ms
                                if m in sing and m.value == 1 and m.ctype in _HURT):
                continue  # "The boy who was shot was injured by his brother", "he shot himself ..., injuring himself"
            if (x.value == 1 and x.ctype in ("injured", "hospital") and _WHO.search(sent, x.start, x.end) and any(
                    y.ctype == "killed" and y.kind == "singular" and y.end > x.end
                    and not _NEW_CLAUSE.search(sent, x.end, y.end) for y in sing)):
                continue  # "A child who suffered critical injuries in the shooting has died": the dead
            if (x.value == 1 and x.ctype in _HURT and _PRONOUN_SUBJ.match(x.np or "")
                    and any(m.ctype in _HURT and m.value == 1 and m.start < x.start for m in ms)):
                continue  # "A clerk was badly hurt after she was shot": the same person
            ms.append(x)
        ms.sort(key=lambda x: x.start)
        _drop_counterfactuals(sent, ms)
        typed = [m for m in ms if m.ctype]
        if not typed and not any(m.subset and "among" in m.extra for m in ms):
            continue
        for x in typed:
            # "A mother was killed and her 9-year-old son was shot": a single victim shot who is someone other
            # than the single victim killed in the sentence lived (injured, not one of the dead)
            if (x.ctype == "shot" and x.kind == "singular" and x.value == 1 and x.rule.startswith("singular_")
                    and any(y is not x and y.ctype == "killed" and y.kind == "singular" and y.value == 1
                            and y.start <= x.start and _new_person(sent, y, x) for y in typed)):
                x.ctype = "injured"
        for m in typed:
            if m.additive and m.ctype in _HURT and any(d.ctype == "killed" and d.start < m.start for d in typed):
                m.additive = False  # "killed one man and wounded six more": more than the dead, not more hurt
            if m.additive and m.ctype == "killed" and any(d.rule == "toll" and d.start > m.start for d in typed):
                m.additive = False  # "Two more bodies were found, raising the toll to 27": the toll holds them
        # subsets: parent = the last earlier non-subset figure of the same sentence (else of the article)
        last_top = None
        prev_typed = None
        for m in ms:
            # after a single victim, its age ("a woman, 30, and her son, 6") is no item of the list
            ap = (_AGE_PAREN.match(sent[prev_typed.end:prev_typed.end + 12])
                  if prev_typed is not None and prev_typed.kind == "singular" else None)
            if (not m.ctype and not m.subset and prev_typed is not None and prev_typed.subset
                    and m.rule not in ("not_casualty", "attacker_subject")
                    and (m.kind != "singular" or prev_typed.kind == "singular" and _SINGLE_ITEM_END.match(sent, m.end))
                    and (ap is None or m.start >= prev_typed.end + ap.end())
                    and _SUBSET_LIST_GAP.match(sent[prev_typed.end + (ap.end() if ap else 0):m.start])):
                # "including four women and three children", "a woman and her two children"; single victims too
                # ("including a 9-year-old girl and her 6-year-old brother"), when no verb of their own follows
                m.subset = True
                m.extra.update({k: v for k, v in prev_typed.extra.items() if k in ("among", "article_parent")})
            elif (not m.ctype and not m.subset and prev_typed is not None
                    and prev_typed.extra.get("own_among") and m.rule not in ("not_casualty", "attacker_subject")
                    and _SUBSET_LIST_GAP.match(sent[prev_typed.end:m.start])
                    and (m.kind != "singular" or (re.search(r"(?i)\band\s*\Z", sent[prev_typed.end:m.start])
                                                  and not _SAID_AFTER.match(sent, m.end)))):
                # "The dead included five minors and two women" with no figure of the dead: each group listed is
                # counted, and they are added (a floor for the toll), as the first one is
                taken = _take_following_np(sent, m)
                if _non_person(_head(m.np or "")):
                    continue
                m.ctype, m.rule = prev_typed.ctype, "among"
                m.extra["own_among"] = True
                m.span_start, m.span_end = m.start, m.end + taken
            if (not m.ctype and m.subset and last_top is not None and m.rule not in ("not_casualty", "attacker_subject")
                    and m.start - last_top.end <= 90):
                m.ctype = last_top.ctype
                taken = _take_following_np(sent, m)
                if _non_person(_head(m.np or "")) and not _ATTACKER_NP.fullmatch(_head(m.np or "")):
                    m.ctype = None  # (but "including three attackers" are people: attackers among the dead)
                    continue
                m.span_start, m.span_end = m.start, m.end + taken
            group = next((x for x in ms if x is not m and x.kind == "number" and m.end < x.start < m.span_end
                          and x.ctype), None) if m.subset and "among" in m.extra and m.rule == "among" else None
            if group is not None:
                # "Three schoolchildren were among the 20 people killed": a subset of the figure its group holds
                m.parent, m.rule = group, "subset"
                m.ctype = m.ctype or group.ctype
                prev_typed = m
                continue
            if m.subset and last_top is None and "among" in m.extra and m.rule not in ("not_casualty", "attacker_subject"):
                # "Among the dead were two children" after the figure of the dead: a subset of that figure; with no
                # such figure, these victims are a figure of their own
                parent = _article_parent(claims, m.extra["among"], s0)
                if not m.ctype:
                    m.ctype = _AMONG_TYPE.get(m.extra["among"]) or (parent.casualty_type if parent else None)
                    taken = _take_following_np(sent, m) if "pred" not in m.extra else 0
                    item_end = m.end + len(re.match(r"[^,;]*?(?=\s+and\b|[,;]|\Z)", sent[m.end:]).group(0))
                    if (not m.ctype or _non_person(_head(m.np or ""))
                            or any(x is not m and x.ctype and (m.start <= x.start < item_end or (
                                x.start >= item_end and re.search(r"\b(?:who|when|she|he)\b", sent[item_end:x.start], re.I)))
                                   for x in ms)):
                        # a victim inside it is read already ("two 15-year-old boys"), or in its own clause ("a girl,
                        # 5, who ... when she was hit")
                        m.ctype = None
                        continue
                    m.span_start, m.span_end = m.start, m.end + taken
                if parent is not None:
                    m.extra["article_parent"] = parent.claim_key
                elif m.extra["among"] == "them":
                    m.ctype = None  # "them" with no figure just before: not read
                    continue
                else:
                    m.subset, m.rule = False, "among"
                    m.extra["own_among"] = True
            if not m.ctype:
                continue
            if (not m.subset and prev_typed is not None and prev_typed.subset and m.ctype == prev_typed.ctype
                    and _COORD_FWD.match(sent[prev_typed.end:m.start])):
                m.subset = True
            prev_typed = m
            if (not m.subset and last_top is not None and m is not last_top
                    and "(" in sent[last_top.end:m.start] and ")" not in sent[sent.index("(", last_top.end):m.start]):
                m.subset = True
            if m.subset and last_top is not None and last_top.ctype == "shot" and m.ctype == "killed":
                m.subset = False  # "Four people were shot, one of them was killed": the dead are apart
            if m.subset and m.parent is not None and m.rule == "minor_victim":
                pass  # "a 6-year-old was among eight people shot": its figure follows it (_minor_victim_pass)
            elif m.subset and "article_parent" in m.extra:
                m.rule = "subset"
            elif m.subset and last_top is not None:
                m.parent = last_top
                if m.rule in ("active_before", "coordinated") or m.ctype != last_top.ctype:
                    m.ctype = last_top.ctype if m.rule != "passive_after" else m.ctype
                m.rule = "subset"
            elif not m.subset:
                last_top = m
        for m in ms:
            if m.ctype and m.kind == "singular" and m.value == 1 and m.age is None and not m.extra.get("own_age_only"):
                own = [a for a in ages if s0 + m.start <= a.pos < s0 + m.end]
                if own:  # named with an age inside the figure ("injured Jo Roe, 65, a guard"): that one, not an earlier
                    m.age = own[-1].age if own[-1].age < 18 else None
                    continue
                m.age = _inherited_age(m.extra.get("noun") or m.np or "", s0 + m.start, ages)
        emitted = [m for m in ms if m.ctype]
        inside = [m for m in emitted if m.subset and m.kind == "singular" and not any(y.parent is m for y in emitted)
                  and any(x is not m and x.subset and x.kind != "singular" and x.span_start <= m.start and m.end <= x.span_end
                          for x in emitted)]
        if inside:  # "Two were killed, one of them a child": the child is the "one", not one more subset
            emitted = [m for m in emitted if m not in inside]
        if any("age_bands" in m.extra for m in emitted):  # "four children, ages 8, 10, 14 and 15": by age group
            emitted = [x for m in emitted for x in ([m] + _age_band_subsets(m) if "age_bands" in m.extra else [m])]
        _emit(text, sent, s0, s1, _parents_first(emitted), claims, places, published_at, tw_memo)
    for c in claims:
        if isinstance(c.parent_key, tuple):
            c.parent_key = c.parent_key[1]
    if loose:
        _loose_group_ages(claims, loose)
    return claims


def _loose_group_ages(claims: list[Claim], loose: list[list[int]]) -> None:
    """Ages listed for a group of children in a sentence without a casualty verb ("police believe it is the wife and
    the couple's 4 daughters, ages 3, 7, 11, and 14") are the ages of the article's figure of children of that size
    ("killing his wife and their four children") when it gives none and it is the only such figure of its type: one
    age group takes the oldest age, several are subsets of it by age group (see _age_band_subsets)."""
    for ages in loose:
        figures = [c for c in claims if c.is_child and c.victim_age is None and c.count_point == len(ages)
                   and c.qualifier == "exact" and not c.is_summary and c.casualty_type in ("killed", "injured")
                   and not any(d.parent_key == c.claim_key for d in claims)]
        if len({c.casualty_type for c in figures}) != 1:
            continue
        for c in figures:
            if max(ages) < 12 or min(ages) >= 12 and max(ages) < 18:
                c.victim_age = max(ages)
                continue
            c.is_child = False  # its minors are its subsets by age group
            for band in ([a for a in ages if a < 12], [a for a in ages if 12 <= a < 18]):
                if band:
                    claims.append(replace(c, claim_key=len(claims), parent_key=c.claim_key, is_child=True,
                                          victim_age=max(band), reported_value=len(band), count_low=len(band),
                                          count_high=len(band), count_point=len(band), rule="age_band"))


_CONTEXT_PLACE_KINDS = ("city", "town", "village", "neighbourhood", "other", "admin")
#: A place named only after the figure is taken when it is a settlement: a state or county named
#: later is as often another place of the story (a suspect's home, a school) as the event's region.
_LATER_PLACE_KINDS = ("city", "town", "village", "neighbourhood")


def _place_from_context(text: str, claims: list[Claim], places: "_LazyPlaces") -> None:
    """A figure whose sentence names no place (nor the figure it follows) takes the article's
    dateline ("MEMPHIS, Tenn. (AP) —"), else, like a reader does, the last place below country
    level named earlier in the body ("Police were called to a house in Smithville. ... A man
    was found shot"); when neither exists, the first settlement named after the figure ("A man
    was shot. ... The shooting happened in Smithville"). Such a claim's location does not
    appear in its evidence_text; ``location_basis`` says where it came from."""
    todo = [c for c in claims if c.location is None]
    if not todo:
        return
    last_start = max(c.sentence_start for c in todo if c.evidence_field == "text") if any(
        c.evidence_field == "text" for c in todo) else 0
    dateline = places.dateline()
    earlier = None  # read only when there is no dateline: the places of a text do not depend on the order read
    later = None
    for c in todo:
        if dateline:
            place, basis = dateline, "dateline"
        else:
            if earlier is None:
                earlier = [p for p in places.within(0, last_start) if p.kind in _CONTEXT_PLACE_KINDS] if last_start else []
            before = [p for p in earlier if p.end <= c.sentence_start] if c.evidence_field == "text" else []
            place, basis = (before[-1], "before") if before else (None, None)
        if place is None:
            if later is None:
                later = [p for p in places.within(0, len(text)) if p.kind in _LATER_PLACE_KINDS]
            after = [p for p in later if p.start >= (c.sentence_start if c.evidence_field == "text" else 0)]
            place, basis = (after[0], "after") if after else (None, None)
        if place is not None:
            _set_place(c, place, basis)


def _set_place(c: Claim, place, basis: str) -> None:
    """The claim placed at ``place`` (a PlaceMention), ``location_basis`` saying where it came from."""
    c.location, c.country, c.latitude, c.longitude = place.name, place.country, place.latitude, place.longitude
    c.location_basis = basis


def _state_named_in_passing(text: str, claims: list[Claim], places: "_LazyPlaces") -> None:
    """A figure whose sentence names a US state only in passing (a person's home, an agency: "A Florida
    woman was killed", "Kentucky State Police say two people died") takes the dateline's town when it
    lies in that state ("PUNTA GORDA, Fla. (WBBH) -"): the more specific place of the two."""
    todo = [c for c in claims if c.location_basis == "sentence" and c.evidence_field == "text"
            and c.country == "United States" and c.latitude is None and _state_code(c.location)]
    if not todo:
        return
    dateline = places.dateline()
    if dateline is None or dateline.kind not in ("city", "town", "village", "other"):
        return
    for c in todo:
        mention = next((p for p in places.within(c.sentence_start, c.sentence_end) if p.name == c.location), None)
        if mention is None or named_as_scene(text, mention.start):
            continue
        state = _state_code(c.location)
        if state_after(text, dateline.end) not in (None, state):
            continue  # the dateline's town is in another state ("KANSAS CITY, Kan." beside "a Missouri man")
        town = lookup_place(dateline.name, us_state=state)
        if town is None:
            continue  # no town of that name in the state
        _set_place(c, replace(town, name=dateline.name, country="United States"), "dateline")


def _rekey(claims: list[Claim]) -> None:
    """Number claims 0..n-1 in order; parent keys follow, or become None when the parent was dropped."""
    new = {c.claim_key: i for i, c in enumerate(claims)}
    for i, c in enumerate(claims):
        c.claim_key = i
    for c in claims:
        c.parent_key = new.get(c.parent_key) if c.parent_key is not None else None


def _time_windows(sent: str, published_at: date | None, memo: dict | None):
    """find_time_windows(sent, published_at), computed once per sentence of an article (``memo``)."""
    if memo is None:
        return find_time_windows(sent, published_at)
    w = memo.get(sent)
    if w is None:
        w = memo[sent] = find_time_windows(sent, published_at)
    return w


#: after the last single victim of a subset list: the end of the list, not a verb of its own ("including a woman and a
#: child, who ..."; not "including a woman, and a man was arrested")
_SINGLE_ITEM_END = re.compile(r"\s*(?:[.,;:)—–]|\Z|(?:and|who|as|after|when|while|in|on|at|inside|outside|near)\b)", re.I)


def _parents_first(ms: list[_Mention]) -> list[_Mention]:
    """Mentions in text order, except that one whose parent comes after it ("a 6-year-old was among eight people
    shot") is moved to just after its parent, so that the parent's claim exists when it is emitted."""
    if not any(m.parent is not None and m.parent.start > m.start for m in ms):
        return ms
    late = [m for m in ms if m.parent is not None and m.parent.start > m.start and m.parent in ms]
    out = []
    for m in ms:
        if m in late:
            continue
        out.append(m)
        out += [x for x in late if x.parent is m]
    return out


#: Between two items of a subset: "(four) women and (three children)", "(a woman) and her (two children)".
_SAID_AFTER = re.compile(r"\s*,?\s*(?:\w+ly\s+)?(?:said|says|say|told|added|reported|confirmed|stated)\b", re.I)
"""After a name: its speech verb ("..., the governor said"): a source, not one more victim of a list."""
_SUBSET_LIST_GAP = re.compile(rf"\A{G.NOUN_PHRASE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?\Z", re.I)
#: Where a sentence turns to another party's account: "Medics said 3 were killed, while activists put the toll at
#: 5", "The army said 30 militants died; residents said most were civilians".
_BARE_FIGURE_END = re.compile(r"\s*(?:[.;]|\Z)")
_CONTRAST_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s(?:while|whereas|but)\s+(?=\S+(?:\s+\S+){0,4}\s+"
                              r"(?:said|says|say|told|reported|put|gave|claimed|counted|insisted)\b)", re.I)


#: Between a source and the figure it gives: its verb and a few words ("residents say more than ", "officials said
#: that at least ").
_SAYS_FIGURE = re.compile(r"\s*(?:said|says|say|told|reported|reports|claimed|claims|stated|estimated|estimates)\s+(?:that\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}\Z", re.I)


def _clause_source(attributions, cuts: list[int], pos: int, sent: str, context: str) -> str | None:
    """The source of a figure at ``pos`` in a sentence with several: the one whose verb gives the figure ("..., where
    residents say more than 100 were killed"), else the one named in the figure's own clause (between two
    ``_CONTRAST_CLAUSE`` cuts), else the sentence's first."""
    said = [a for a in attributions if a.end <= pos and _SAYS_FIGURE.match(sent, a.end, pos)]
    if said:
        return normalize_source(said[-1].raw, context_text=context)
    lo = max(c for c in cuts if c <= pos)
    hi = min((c for c in cuts if c > pos), default=cuts[-1])
    own = next((a for a in attributions if lo < a.end and a.start < hi), attributions[0])  # ("though police")
    return normalize_source(own.raw, context_text=context)


def _anaphor_place(am: re.Match | None, places: _LazyPlaces, s0: int):
    """The place an anaphor of the sentence at ``s0`` ("the town", "the same district") points back to."""
    if am is None:
        return None
    earlier = [p for p in places if p.end <= s0 + am.start()]
    return resolve_anaphor(am.group(0), earlier) or resolve_anaphor("the " + am.group("kind"), earlier)


def _summary_count_place(places: _LazyPlaces, sent: str, s0: int, s1: int, clause: tuple[int, int], pos: int):
    """The place of a count of a period ("..., bringing the number killed in Borno this year to 300"), which covers
    more than the event that brought it up: a place its own clause names, or points back to ("in the state"), else
    the country of the event's place (not the village of that event)."""
    clause_start, clause_end = clause
    place = _pick_place(places, s0 + clause_start, s0 + clause_end, s0 + pos)
    if place is None:
        place = _anaphor_place(G.ANAPHOR.search(sent, clause_start, clause_end), places, s0)
    if place is None:
        event_place = _pick_place(places, s0, s1, s0 + pos)
        if event_place is not None and event_place.country:
            # its country at least ("... in eastern Chad, bringing the death toll since Thursday to 35")
            place = event_place if event_place.kind == "country" else replace(
                event_place, name=event_place.country, kind="country", latitude=None, longitude=None)
    return place


def _blank(sent: str, spans) -> str:
    """``sent`` with the characters of ``spans`` replaced by spaces (offsets kept)."""
    for a, b in spans:
        sent = sent[:a] + " " * (b - a) + sent[b:]
    return sent


def _emit(text, sent, s0, s1, ms, claims, places, published_at, tw_memo=None):
    event = G.event_type_of(sent)
    windows = _time_windows(sent, published_at, tw_memo)
    source = None
    attributions = find_attributions(sent)
    if attributions:
        source = normalize_source(attributions[0].raw, context_text=text[:s1])
    cuts = [0] + [c.end() for c in _CONTRAST_CLAUSE.finditer(sent)] + [len(sent)] if len(attributions) > 1 else []
    keymap = {}
    cumulative = [m.extra["cumulative"] for m in ms if "cumulative" in m.extra]
    anaphor: re.Match | None | bool = False  # the sentence's G.ANAPHOR match, searched for on first need
    for m in ms:
        pos = m.start
        if cuts:
            source = _clause_source(attributions, cuts, pos, sent, text[:s1])
        if m.kind == "vague":
            b = bounds("vague", vague_word=m.vague)
            reported = None
        else:
            b = bounds(m.qualifier, m.value, m.high)
            reported = m.value
        group, child = G.victim_group_of(m.np if m.kind != "singular" else (m.extra.get("noun", "") + " " + m.np))
        age = m.age
        if age is not None:
            child = age < 18
        if "age_bands" in m.extra:
            child = False  # its minors are its subsets by age group (_age_band_subsets)
        if m.kind == "singular" and group == "people":
            group = "civilians" if m.extra.get("noun", "").lower() in ("civilian", "villager", "resident") else "people"
        if "cumulative" in m.extra:
            summary = m.extra["summary"]
            tw = _pick_time(windows, pos, summary, m.extra["toll_start"])
            if summary and tw is not None and tw.precision == "day":
                tw = None  # "Thursday's deaths bring the city's homicide total to 106": Thursday is not its period
        elif cumulative:
            # the cues inside "..., bringing the toll since January to 380" are that count's, not this figure's
            summary = _is_summary(_blank(sent, cumulative), (min(m.span_start, m.start), max(m.span_end, m.end)))
            tw = _pick_time([w for w in windows if not any(a <= w.span[0] < b for a, b in cumulative)],
                            pos, summary, m.extra.get("toll_start"))
        else:
            summary = _is_summary(sent, (min(m.span_start, m.start), max(m.span_end, m.end)))
            tw = _pick_time(windows, pos, summary, m.extra.get("toll_start"))
        if m.extra.get("undated"):
            tw = None  # its sentence's day is not the event's (see _minor_victim_pass)
        if (not summary and tw is not None and (tw.kind == "duration" or tw.precision == "range")
                and (tw.end - tw.start).days > _ONE_INCIDENT_DAYS):
            # its own span is longer than one incident lasts ("killed since 1 March", "in the last 10 days",
            # "between March 3 and March 25")
            summary = True
        summary_count = "cumulative" in m.extra and summary
        if summary_count:
            place = _summary_count_place(places, sent, s0, s1, m.extra["cumulative"], pos)
        else:
            place = _pick_place(places, s0, s1, s0 + pos)
        if place is None and not summary_count:
            if anaphor is False:
                anaphor = G.ANAPHOR.search(sent)
            place = _anaphor_place(anaphor, places, s0)
        parent_key = None
        if m.parent is not None and id(m.parent) in keymap:
            parent_key = keymap[id(m.parent)]
        elif m.extra.get("article_parent") is not None:
            parent_key = m.extra["article_parent"]  # a figure of an earlier sentence ("Among the dead were ...")
        rule = m.rule + ("/another" if m.additive and m.parent is None else "")
        key = len(claims)
        cs, ce = max(0, min(m.span_start, m.start)), min(len(sent), max(m.span_end, m.end))
        c = Claim(
            claim_key=key, casualty_type=m.ctype, victim_group=group, is_child=bool(child), victim_age=age,
            reported_value=reported, qualifier=m.qualifier, count_low=b.low, count_high=b.high, count_point=b.point,
            parent_key=("old", parent_key) if parent_key is not None else None,
            is_summary=summary,
            period_start=tw.start if tw else None, period_end=tw.end if tw else None,
            date_precision=tw.precision if tw else None,
            location=place.name if place else None, country=place.country if place else None,
            latitude=place.latitude if place else None, longitude=place.longitude if place else None,
            event_type=event, attributed_source=source, evidence_text=sent,
            sentence_start=s0, sentence_end=s1, char_start=s0 + cs, char_end=s0 + ce, rule=rule,
            location_basis="sentence" if place else None,
        )
        if parent_key is not None:
            p = claims[parent_key]
            c.is_summary = p.is_summary
            if tw is None:
                c.period_start, c.period_end, c.date_precision = p.period_start, p.period_end, p.date_precision
            if place is None:
                c.location, c.country, c.latitude, c.longitude = p.location, p.country, p.latitude, p.longitude
                c.location_basis = p.location_basis
        elif tw is None and claims and not c.is_summary:
            # no time expression in the sentence: the figure belongs to the incident just reported
            p = claims[-1]
            if not p.is_summary:
                c.period_start, c.period_end, c.date_precision = p.period_start, p.period_end, p.date_precision
        if m.parent is None and place is None and claims and not c.is_summary and not claims[-1].is_summary:
            p = claims[-1]
            c.location, c.country, c.latitude, c.longitude = p.location, p.country, p.latitude, p.longitude
            c.location_basis = p.location_basis
        keymap[id(m)] = key
        claims.append(c)
    if cuts:
        _set_aside_disputed(sent, claims[len(claims) - len(keymap):])
    if "another" in sent or "other" in sent:
        _set_aside_other_report(sent, claims[len(claims) - len(keymap):])


# who speaks for the authorities (sources.source_kind): their figure is the one coders take when another party
# disputes it in the same sentence
_AUTHORITY_KINDS = frozenset({"police", "ministry", "military", "official", "security", "medical", "civil_defence", "un"})
_GENERIC_GROUPS = frozenset({"people", "civilians"})


def _set_aside_disputed(sent: str, new: list[Claim]) -> None:
    """Two parties' figures for the same victims in one sentence, across a contrast ("5 people were killed, police
    said, but the opposition put the death toll at 11"; "the jihadists said eight were killed, but police were aware
    of only seven deaths"): one is the sentence's figure, the other is kept as that party's claim and marked
    '/disputed' (not added, sql/toll_totals.sql; it keeps the high bound open). The figure kept is the one the
    authorities give (police, officials, a ministry, the army, hospitals, the UN) when only one side is theirs,
    else the smaller (ACLED's conservative rule)."""
    by_type: dict[str, list[Claim]] = {}
    for c in new:
        if c.parent_key is None and not c.is_summary and c.attributed_source:
            by_type.setdefault(c.casualty_type, []).append(c)
    for pair in by_type.values():
        if len(pair) != 2:
            continue
        a, b = sorted(pair, key=lambda c: c.char_start)
        if (a.attributed_source.lower() == b.attributed_source.lower() or a.is_child != b.is_child
                or (a.victim_group != b.victim_group and not {a.victim_group, b.victim_group} & _GENERIC_GROUPS)
                or not _CONTRAST_CLAUSE.search(sent, a.char_end - a.sentence_start, b.char_start - b.sentence_start)):
            continue
        official_a = source_kind(a.attributed_source) in _AUTHORITY_KINDS
        official_b = source_kind(b.attributed_source) in _AUTHORITY_KINDS
        if official_a != official_b:
            kept = a if official_a else b
        else:
            kept = min((a, b), key=lambda c: (c.count_point or 0, c.char_start))
        other = b if kept is a else a
        if (other.count_point or 0) != (kept.count_point or 0):
            other.rule += "/disputed"


_ONE_REPORT = re.compile(r"\b(?:one|an?|another|other|some|early|earlier|initial)\s+(?:[\w-]+\s+)?"
                         r"(?:reports?|accounts?|sources?|estimates?|tall(?:y|ies)|count)\b", re.I)
_ANOTHER_REPORT = re.compile(
    r"(?:;|,?\s*\b(?:while|whereas|but|although|though)\b|,\s*and\b)\s+(?:another|others|the\s+other|a\s+second|a\s+later)"
    r"(?:\s+(?:[\w-]+\s+)?(?:reports?|reported|accounts?|sources?|estimates?|tall(?:y|ies)|count))?"
    r"\s+(?:said|says|put|puts|gave|gives|indicated|indicates|reported|reports|suggested|suggests|stated|states|placed|"
    r"counted|cited|claimed|noted|spoke\s+of|mentioned|had|has)\b", re.I)
"""Two reports, neither named, giving one toll: "One report said 20 people were killed, while another put the toll at
21"; "Another report indicated that 20 were killed, whereas another indicated at least 21"."""


def _set_aside_other_report(sent: str, new: list[Claim]) -> None:
    """Two unnamed reports' figures for the same victims in one sentence ("One report said 20 people were killed,
    while another put the toll at 21") are one toll told twice, like two parties disputing it (_set_aside_disputed):
    with no authority between them the smaller is kept and the other marked '/disputed' (the high bound)."""
    by_type: dict[str, list[Claim]] = {}
    for c in new:
        if c.parent_key is None and not c.is_summary and not c.rule.endswith(("/disputed", "/another")):
            by_type.setdefault(c.casualty_type, []).append(c)
    for pair in by_type.values():
        if len(pair) != 2:
            continue
        a, b = sorted(pair, key=lambda c: c.char_start)
        a0, a1, b0 = (a.char_start - a.sentence_start, a.char_end - a.sentence_start, b.char_start - b.sentence_start)
        if (a.is_child != b.is_child
                or (a.victim_group != b.victim_group and not {a.victim_group, b.victim_group} & _GENERIC_GROUPS)
                or any(c.attributed_source and source_kind(c.attributed_source) in _AUTHORITY_KINDS for c in (a, b))
                or not _ONE_REPORT.search(sent, 0, a0) or not _ANOTHER_REPORT.search(sent, a1, b0)):
            continue
        kept = min((a, b), key=lambda c: (c.count_point or 0, c.char_start))
        other = b if kept is a else a
        if (other.count_point or 0) != (kept.count_point or 0):
            other.rule += "/disputed"


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE_ANCHOR = re.compile(
    rf"\A(?:[\w,]+\s+){{0,3}}?(?:also\s+)?on\s+(?:the\s+)?(?P<d>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTHS})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.I)


_RELATIVE_ANCHOR = re.compile(
    r"\A(?:(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+(?:prior|earlier|later|before)"
    r"|the\s+(?:next|following|previous)\s+day)\s*,", re.I)
_DAY_OF_MONTH = re.compile(r"\bon\s+the\s+(\d{1,2}(?:st|nd|rd|th))\b", re.I)


def _round_up(text: str, claims: list[Claim]) -> None:
    """Round-ups of several dated incidents ("On the 4th, four civilians were killed ... On the 13th,
    militants shot dead three teachers"): when two or more sentences open with different dates,
    their figures are separate incidents and are added (rule suffix '/another')."""
    anchors = {}
    for c in claims:
        if c.sentence_start in anchors:
            continue
        m = _DATE_ANCHOR.match(c.evidence_text)
        if m is None and _RELATIVE_ANCHOR.match(c.evidence_text):
            anchors[c.sentence_start] = f"relative {c.sentence_start}"  # "One week prior, ...": a day of its own
            continue
        if m is None:  # "A teenager was killed in the south on the 5th": one day of the month in the sentence
            inner = _DAY_OF_MONTH.findall(c.evidence_text)
            anchors[c.sentence_start] = inner[0].lower() if len(set(inner)) == 1 else None
            continue
        anchors[c.sentence_start] = re.sub(r"\W+", " ", m.group("d").lower()) if m else None
    dated = {k: v for k, v in anchors.items() if v}
    if len(set(dated.values())) < 2:
        return
    for c in claims:
        if c.sentence_start in dated and c.parent_key is None and not c.rule.endswith("/another"):
            c.rule += "/another"


_ALSO_BEFORE = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\balso\s+(?:\w+ly\s+)?\Z", re.I)
_ALSO_IN = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:\b(?:was|were|been|is|are)\s+also\b|"
                      r"\balso\s+(?:\w+ly\s+)?(?:was|were|had\s+been|has\s+been|have\s+been|died|perished|lost)\b)", re.I)
_CAPITAL_WORD = re.compile(r"\b(?!(?:The|His|Her|Their|Its|One|Another|Police|Two|Three|Four|Five)\b)[A-Z][a-z]{2,}\b")


def _killed_counted(c: Claim) -> bool:
    return (c.casualty_type == "killed" and c.counts
            and c.evidence_field == "text")


def _also_killed(claims: list[Claim]) -> set[int]:
    """'A journalist was shot dead on Friday. His driver was also killed'; 'Air strikes killed four
    civilians in one village. Raids also killed two in the next': a death figure whose own sentence says
    'also' after the dead of an earlier sentence are told is more people killed (rule suffix '/another'),
    unless it is part of an earlier total being broken down (``_breakdown_restated``)."""
    first = min((c.sentence_start for c in claims if _killed_counted(c)), default=None)
    also: set[int] = set()
    if first is None:
        return also
    for c in claims:
        if not _killed_counted(c) or c.sentence_start == first or c.rule.endswith("/another") or c.rule.startswith("toll"):
            continue
        cs, ce = c.char_start - c.sentence_start, c.char_end - c.sentence_start
        if not (_ALSO_BEFORE.search(c.evidence_text[:cs]) or _ALSO_IN.search(c.evidence_text[cs:ce])):
            continue
        # a victim named before ("Jo Roe and Al Poe were killed ... Poe also died") is not another death
        names = set(_CAPITAL_WORD.findall(c.evidence_text[cs:ce])) if c.count_point == 1 else set()
        if not any(n in d.evidence_text for n in names for d in claims
                   if _killed_counted(d) and d.sentence_start < c.sentence_start):
            c.rule += "/another"
            also.add(c.claim_key)
    for c in claims:  # "A tribal elder was killed by a bomb. The blast killed four others": others than those told
        if (not _killed_counted(c) or c.sentence_start == first or c.rule.endswith("/another")
                or c.rule.startswith("toll") or (c.count_point or 0) < 1):
            continue
        cs, ce = c.char_start - c.sentence_start, c.char_end - c.sentence_start
        if (not (_OTHERS_AFTER_VERB.match(c.evidence_text, ce) if c.rule.startswith("active_before") else _OTHERS_NP.match(c.evidence_text, cs))
                or re.search(r"(?i)\b(?:the|these|those|all)\s+\Z", c.evidence_text[:cs])
                or _ANY_CASUALTY_VERB.search(c.evidence_text[:cs])
                or re.search(r"(?i)\b(?:dead|deaths?|died|shot|shooting|wounds?|victims?)\b", c.evidence_text[:cs])):
            continue  # "the four others" are the rest of a group; "a guard was killed ... and four others": the guard's
        sums: dict[int, int] = {}
        for d in claims:
            if _killed_counted(d) and d.sentence_start < c.sentence_start and not d.rule.startswith("toll"):
                sums[d.sentence_start] = sums.get(d.sentence_start, 0) + (d.count_point or 0)
        if max(sums.values(), default=0) >= c.count_point:
            continue  # "Ten people died ... gunmen killed four others", "Two died ... two others were found dead": perhaps the same
        c.rule += "/another"
        also.add(c.claim_key)
    at_once = [d.sentence_start for d in claims if _killed_counted(d) and _search_if(_AT_ONCE, _AT_ONCE_NEEDS, d.evidence_text)]
    for c in claims:  # "The market bomb initially killed five traders ... A guard later died of his wounds": one more
        if (not _killed_counted(c) or c.rule.endswith("/another") or c.rule.startswith("toll")
                or not any(k < c.sentence_start for k in at_once) or _search_if(_AT_ONCE, _AT_ONCE_NEEDS, c.evidence_text)
                or not (_LATER_DIED.search(c.evidence_text) or _DIED_WHERE.search(c.evidence_text))):
            continue
        c.rule += "/another"
        also.add(c.claim_key)
    return also


_AT_ONCE = re.compile(r"\b(?:initially|instantly|immediately|on\s+the\s+spot)\b", re.I)
_AT_ONCE_NEEDS = _needs(_AT_ONCE, "08662058f4646479", "initially", "instantly", "immediately", "spot")
"""In a sentence of deaths: those who died at once, so that a later death of the wounded is one more."""
_DIED_WHERE = re.compile(r"\b(?:hospital|clinic)\b[^.;]{0,40}?\bwhere\s+(?:[\w'’-]+\s+){0,3}?(?:later\s+)?died\b", re.I)
"""A death in hospital: "taken to the district hospital, where one victim died"."""


_OTHERS_AFTER_VERB = re.compile(r"\s+(?:others|other\s+(?:people|persons|civilians))\b", re.I)
_OTHERS_NP = re.compile(rf"(?:(?:at\s+least|more\s+than|about|some)\s+)?{G.NUMBER_PATTERN}{_OTHERS_AFTER_VERB.pattern}", re.I)
"""A death figure of "four others", "four other people" (people besides those already told): after an active verb
("killed four others") or at the figure ("Four others were killed")."""


def _breakdown_restated(claims: list[Claim], also: set[int]) -> None:
    """A death figure marked additional ('/another') that, with the figures told since the last sentence
    of figures not so marked, adds up to an earlier sentence's total breaks that total down: 'Nine men
    were executed at a party. Seven died at the scene and two more died later in hospital' (9, not 11);
    'killing six people ... beheaded three people and shot dead another three' (6). A figure marked for
    'also' is part of the earlier total when the sum does not exceed it ('Thirteen died in the jailbreak.
    ... Nine prisoners died ... Two officers and two fighters were also killed': 13). The suffix is
    dropped; sql/toll_totals.sql then takes the largest sentence total as before."""
    counted = [c for c in claims if _killed_counted(c)]
    if not any(c.rule.endswith("/another") for c in counted):
        return
    starts = sorted({c.sentence_start for c in counted})

    def base(k: int) -> int:  # a sentence's figures not marked additional, as sql/toll_totals.sql adds them
        cs = [c for c in counted if c.sentence_start == k and not c.rule.endswith("/another")]
        tolls = [c.count_point or 0 for c in cs if c.rule.startswith("toll")]
        return max(sum(c.count_point or 0 for c in cs if not c.rule.startswith("toll")), max(tolls, default=0))

    totals = {k: base(k) for k in starts}
    # a title states the article's total too ("3 dead in murder-suicide"): the body may break it down
    heads = [c for c in claims if c.casualty_type == "killed" and c.counts
             and c.evidence_field == "title" and not c.rule.startswith("toll")]
    titled = [sum(c.count_point or 0 for c in heads)] if heads else []
    drop = []
    for c in counted:
        if not c.rule.endswith("/another"):
            continue
        k = c.sentence_start
        prior = [j for j in starts if j <= k and totals[j] > 0]
        if not prior:
            continue
        j = prior[-1]
        earlier = [totals[i] for i in starts if i < j] + titled
        if not earlier:
            continue
        chain = totals[j] + sum(d.count_point or 0 for d in counted
                                if j <= d.sentence_start <= k and d.rule.endswith("/another"))
        if chain == max(earlier) or (c.claim_key in also and chain <= max(earlier)):
            drop.append(c)
    for c in drop:
        c.rule = c.rule[:-len("/another")]


_MEMBER_OF = re.compile(r"\W*(?:(?:police|officers|authorities)\s+said\s+)?(?:one|two|three|four|five|\d+)\s+of\s+(?:the|them|those)\b", re.I)
"""A sentence that opens with members of a group already told: "One of the victims, a 30-year-old, ..."."""


def _another_in_group(claims: list[Claim]) -> None:
    """'Four people were shot ... A 20-year-old was shot in the leg. Another man was shot in the arm':
    after a figure of two or more people hurt, a single 'another' person hurt is one of the group, not
    someone new (the suffix '/another' is dropped); after single victims it is added. So is a smaller group
    while the group is being broken down, right after a sentence that opens with members of it ("Five people were
    hurt ... One of the victims, a 30-year-old ... Two more men were also wounded": 5); not the same number or
    more, nor elsewhere ("Two killed, four wounded ... An additional two were hurt at a gas station": 6). Deaths keep it ("Four protesters were killed on Monday ... Another protester was
    killed on Tuesday")."""
    def kind(c):
        return "injured" if c.casualty_type in ("shot", "hospital") else c.casualty_type
    starts = sorted({(c.evidence_field, c.sentence_start) for c in claims})
    for c in claims:
        if (not c.rule.endswith("/another") or kind(c) != "injured" or c.parent_key is not None or c.is_summary
                or (c.count_point == 1 and not c.rule.split("/")[-2].startswith("singular_"))):
            continue
        where = (c.evidence_field, c.sentence_start)
        if (c.count_point or 0) > 1:
            # a smaller group: only while the group is being broken down ("One of the victims, ... Two more men")
            before = [w for w in starts if w < where and w[0] == where[0]]
            if not before or not any((d.evidence_field, d.sentence_start) == before[-1]
                                     and _MEMBER_OF.match(d.evidence_text) for d in claims):
                continue
        if any(kind(d) == kind(c) and d.counts
               and (d.count_point or 0) >= max(2, (c.count_point or 0) + 1)
               and (d.evidence_field, d.sentence_start) < where for d in claims):
            c.rule = c.rule[:-len("/another")]


def _another_beside_the_dead(claims: list[Claim]) -> None:
    """'Gunfire killed one man and wounded another. ... Another man who was hurt was driven to a clinic';
    'Two men were killed and five wounded. ... An additional five fans were hurt': beside a death, 'another',
    'additional' set the hurt apart from the dead, not from the hurt already counted. A figure of people hurt
    marked '/another' that equals a figure of people hurt told in another sentence restates it (the suffix is
    dropped) when a death is told beside one of the two: in its own sentence, or (for the 'another' figure) in the
    sentence with a figure just before it. "A man was wounded ... Another man was wounded" with no death near
    stays two."""
    dead = sorted({(c.evidence_field, c.sentence_start) for c in claims if c.casualty_type == "killed" and c.counts})
    if not dead:
        return
    starts = sorted({(c.evidence_field, c.sentence_start) for c in claims})
    for c in claims:
        if c.casualty_type != "injured" or not c.rule.endswith("/another") or not c.counts:
            continue
        where = (c.evidence_field, c.sentence_start)
        before = [w for w in starts if w < where and w[0] == where[0]]
        # the death is told beside the hurt: in their own sentence or the sentence with a figure just before
        near = where in dead or (before and before[-1] in dead)
        if any(d is not c and d.casualty_type == "injured" and d.counts and not d.rule.endswith("/another")
               and d.count_point == c.count_point and (d.evidence_field, d.sentence_start) != where
               and (near or (d.evidence_field, d.sentence_start) in dead) for d in claims):
            c.rule = c.rule[:-len("/another")]


_FATAL_TITLE = re.compile(
    r"(?<!non-)(?<!non)\b(?:fatal|deadly)\s+(?:[\w'’.-]+\s+){0,3}?(?:shooting|gunfire)\b|\bshooting\s+death\b|\bslaying\b|\bhomicide\b", re.I)


def _place_own(c: Claim, places: "_LazyPlaces") -> Claim:
    """The claim placed where its own sentence says (``_pick_place``), if it names a place."""
    place = _pick_place(places, c.sentence_start, c.sentence_end, c.char_start)
    if place is not None:
        _set_place(c, place, "sentence")
    return c


def _fatal_title(title: str, claims: list[Claim], places: "_LazyPlaces") -> None:
    """A title that names a deadly event ("Suspect sought in fatal Elm Park shooting", "Victim
    identified in shooting death") says that at least one person died: one killed (rule
    ``title/fatal_event``) when nothing in the article gives a death."""
    m = _FATAL_TITLE.search(title)
    if m is None or any(c.casualty_type == "killed" and not c.is_summary for c in claims):
        return
    claims.append(_place_own(Claim(
        claim_key=max((c.claim_key for c in claims), default=-1) + 1, casualty_type="killed", victim_group="people",
        is_child=False, victim_age=None, reported_value=1, qualifier="exact", count_low=1, count_high=1, count_point=1,
        parent_key=None, is_summary=False, period_start=None, period_end=None, date_precision=None, location=None,
        country=None, latitude=None, longitude=None, event_type=G.event_type_of(title), attributed_source=None,
        evidence_text=title, sentence_start=0, sentence_end=len(title), char_start=m.start(), char_end=m.end(),
        rule="title/fatal_event", evidence_field="title"), places))


_FATAL_BODY = re.compile(
    r"(?<!non-)(?<!non)\b(?:fatal|deadly)\s+(?:[\w'’.-]+\s+){0,3}?shooting\b(?!s|\s+range)", re.I)
_FATAL_BODY_OTHER = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|separate|similar|previous|"
    r"earlier|unrelated|last\s+(?:year|month|week)|this\s+year|so\s+far|since|anniversary|years?\s+ago|months\s+ago)\b", re.I)
"""A body sentence naming the article's deadly shooting ("Police are investigating a deadly shooting on Elm Street"),
and the words that make it another one ("the city's 30th fatal shooting this year", "a separate fatal shooting")."""


def _fatal_body(text: str, sentences: list[tuple[int, int]], claims: list[Claim], places: "_LazyPlaces") -> None:
    """A body that names its shooting deadly ("Police are investigating a fatal shooting") says that at least one
    person died: one killed (rule ``fatal_event``) when nothing in the article gives a death or anyone hurt. Counts, ordinals and
    other incidents ("the city's 30th fatal shooting this year", "a separate fatal shooting") do not."""
    low = text.lower()
    if ("fatal" not in low and "deadly" not in low) or any(
            c.casualty_type in ("killed", "shot", "injured", "hospital") and not c.is_summary for c in claims):
        return  # (people hurt without a death told: whether one of them died is left as it reads)
    for s, e in sentences:
        sent = text[s:e]
        m = _FATAL_BODY.search(sent)
        if m is None or _FATAL_BODY_OTHER.search(sent):
            continue
        claims.append(_place_own(Claim(
            claim_key=max((c.claim_key for c in claims), default=-1) + 1, casualty_type="killed", victim_group="people",
            is_child=False, victim_age=None, reported_value=1, qualifier="exact", count_low=1, count_high=1,
            count_point=1, parent_key=None, is_summary=False, period_start=None, period_end=None, date_precision=None,
            location=None, country=None, latitude=None, longitude=None, event_type=G.event_type_of(sent),
            attributed_source=None, evidence_text=sent, sentence_start=s, sentence_end=e, char_start=s + m.start(),
            char_end=s + m.end(), rule="fatal_event", evidence_field="text"), places))
        return


def _keep_title(old_rule: str, rule: str) -> str:
    return ("title/" + rule) if old_rule.startswith("title/") else rule


_FATAL_EVENT = re.compile(
    r"(?<!non-)(?<!non)\b(?:fatal|deadly)\s+(?:\w+\s+)?shooting|\bshooting\s+death|\b(?:taken|removed)\s+off\s+(?:of\s+)?life\s+support"
    r"|\bdeclared\s+brain\s+dead", re.I)
"""Words that say the shooting killed someone: "a deadly shooting", "the fatal accidental shooting", "his shooting
death", "was taken off life support"."""
#: where a match of _FATAL_EVENT can start (in the lowercased text: scan.scan_lower): see _search_at
_FATAL_STARTS = (re.compile("fatal|deadly|shooting|taken|removed|declared")
                 if _same(_FATAL_EVENT, "20943e768c11127b") else None)

_OTHERS_SHOT = re.compile(r"\b(?:other|others|another|more|additional)\b", re.I)
_ALIVE = re.compile(
    r"\b(?:in\s+(?:\w+\s+){0,2}?(?:serious|stable|good|fair|satisfactory|guarded)(?:\s+but\s+stable)?\s+condition"
    r"|expected\s+to\s+(?:survive|recover|live|be\s+(?:ok|okay|fine|all\s+right))|non-?\s*life[- ]threatening"
    r"|survived|(?:is|was)\s+recovering|treated\s+and\s+released|released\s+from\s+(?:the\s+|a\s+)?hospital)\b", re.I)
"""A sentence that says its single victim shot is alive ("is in stable condition", "is expected to survive")."""
_GENERIC_GROUP = {"people", "persons", "individuals", "victims", "of", "them", "those", "in", "at", "on", "during",
                  "who", "had", "have", "were", "are", "was", "been", "more", "suffered", "sustained"}


def _same_group(shot: Claim, c: Claim) -> bool:
    """May the figure ``c`` be a breakdown of the people ``shot``? Not when it names another group:
    "Two men were shot and two women were hurt"; yes for "Six were shot -- two killed and four wounded"."""
    words = re.findall(r"[a-z]+", _span(c).lower())[1:]
    noun = next((w for w in words if not w.endswith("ly")), "")
    return (not noun or noun in _GENERIC_GROUP or _ANY_CASUALTY_VERB.fullmatch(noun) is not None
            or noun in _span(shot).lower())
_HOW_BADLY = re.compile(r"\b(?:seriously|critically|severely|badly|gravely)\b"
                        r"|\bin\s+(?:\w+\s+)?(?:critical|serious|grave|stable|fair|good)(?:\s+but\s+stable)?\s+condition\b", re.I)
"""How badly people of a figure were hurt: "two seriously injured", "another is in critical condition" (beside a
figure of people shot in the same sentence, a subset of them)."""
_NEW_VICTIM = re.compile(r"\b(?:another|second|third|other|others|also|an?\s+(?:fourth|fifth|sixth|seventh|eighth))\b", re.I)
"""In a figure of people shot after a death is reported: someone other than the dead ("Another teen was shot in
the foot", "A second man was also shot")."""


_KIN_OF_ANOTHER = re.compile(
    r"(?:(?-i:[A-Z][a-z]+)|the\s+(?:victim|dead\s+(?:man|woman|boy|girl|teen)|deceased))['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + G.KIN + r"|friend|roommate|neighbor|girlfriend|boyfriend|companion|passenger|cousin)\b",
    re.I)
"""A person named by their tie to someone else ("Stacy's best friend", "the victim's brother"): not that someone."""
_NEW_SUBJECT = re.compile(
    r"(?:\A|\b(?:said|says|that)\s+)(?:another|a\s+(?:second|third|fourth|fifth)|one\s+other"
    r"|the\s+(?:second|third|fourth|fifth|other))\b(?![^,;]*\b(?:died|dead|killed)\b)", re.I)


def _new_subject(c: Claim) -> bool:
    """The subject of a single victim's verb, however long, names someone new ("A second victim, a woman in her
    20s, was hit in the leg"; "Police said another man, 20, was also shot"): not one of the dead of an earlier
    sentence. Only a subject that opens the sentence or follows 'said' / 'that', before any other casualty verb."""
    if c.count_point != 1:
        return False
    before = c.evidence_text[:max(0, c.char_start - c.sentence_start)]
    return len(before) <= 160 and not _ANY_CASUALTY_VERB.search(before) and _NEW_SUBJECT.search(before) is not None


def _other_age_than_the_dead(c: Claim, claims: list[Claim], article_killed: int) -> bool:
    """A single person shot whose own subject gives an age ("an 18-year-old was hit") when every one of the
    dead has a known age and none is that age: someone other than the dead."""
    am = _YEAR_OLD.match(re.sub(r"(?i)\A(?:an?|the|one|another)\s+", "", _span(c)))
    if am is None or article_killed < 1 or _DEATH_WORD.search(c.evidence_text) or not c.rule.endswith("singular_passive"):
        return False
    age = _age_value(am)
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts
            and d.evidence_field != "title"]  # a headline often leaves the age out
    return (age is not None and all(d.victim_age is not None for d in dead)
            and len({d.victim_age for d in dead}) >= article_killed and age not in {d.victim_age for d in dead})


def _minor_not_the_dead(c: Claim, claims: list[Claim], drop: list[Claim], article_killed: int) -> bool:
    """A minor with an age counted among a figure of people shot (a subset) when every one of the dead has a
    known age and none is that age, and the figure keeps someone once the dead are taken: one of the
    injured, not the one who died."""
    if (c.parent_key is None or c.count_point != 1 or c.victim_age is None or c.victim_age >= 18
            or article_killed < 1 or _DEATH_WORD.search(_span(c))):
        return False
    parent = next((p for p in claims if p.claim_key == c.parent_key), None)
    if parent is None or parent in drop or parent.casualty_type != "injured":
        return False
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts
            and d.evidence_field != "title"]
    ages = {d.victim_age for d in dead}
    return bool(dead) and None not in ages and len(ages) >= article_killed and c.victim_age not in ages


def _minors_last(claims: list[Claim]) -> list[Claim]:
    """The claims in order, except that when every one of the dead is known to be an adult ("Bullet kills man";
    "a 40-year-old died") and none a child, a single minor shot comes after the other figures of people shot of
    its sentence: "A 6-year-old and three people were shot ... He later died" takes the dead from the three."""
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts]
    if not dead or any(d.is_child or (d.victim_age is not None and d.victim_age < 18) for d in dead) or not any(
            (d.victim_age or 0) >= 18 or G.ADULT_NOUN.search(_span(d)) for d in dead):
        return claims

    def minor(c: Claim) -> bool:
        return c.casualty_type == "shot" and c.count_point == 1 and c.is_child

    where = {(c.evidence_field, c.sentence_start) for c in claims if c.casualty_type == "shot" and not minor(c)}
    return sorted(claims, key=lambda c: minor(c) and (c.evidence_field, c.sentence_start) in where)


_HURT_VERB = re.compile(r"(?P<aux>\b(?:was|is|had\s+been|has\s+been))\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.I)
_BACK_SUBJ = re.compile(
    r"(?:\A|[,;]\s*|\b(?:when|after|that|saw|said|says|and|but|where|until)\s+)"
    r"(?P<np>he|she|the\s+victim|the\s+(?:\d{1,3}|[a-z]+)-(?:year|month)-old(?:\s+victim)?"
    r"|(?P<name>(?-i:[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){0,3})))(?:\s*,\s*\d{1,3}\s*,)?\s*\Z", re.I)


def _hurt_may_be_the_dead(c: Claim) -> bool:
    """A single person 'wounded' / 'injured' who may be one of the dead told elsewhere: named by a pronoun,
    'the victim', 'the 7-year-old', or (told as a past before the death: 'had been wounded') by a name, in a
    sentence that tells no death, says nothing of their living and names nobody new ("The 16-year-old victim was
    in a shed when she was hurt"; "Jo Roe, 17, had been badly hurt in the attack"). In an article
    that tells a death, such a person is taken like a person shot: one of the dead (see _shot_to_injured, where a
    child under 12 is taken so only when a child died)."""
    if (c.casualty_type != "injured" or c.count_point != 1 or c.parent_key is not None or c.is_summary
            or not c.rule.endswith("singular_passive")):
        return False
    s0 = c.char_start - c.sentence_start
    v = _HURT_VERB.search(c.evidence_text, s0, c.char_end - c.sentence_start)
    if (v is None or _ALIVE.search(c.evidence_text) or _DEATH_WORD.search(c.evidence_text)
            or _NEW_VICTIM.search(c.evidence_text[:v.start()]) or _new_subject(c)):
        return False
    b = _BACK_SUBJ.search(c.evidence_text, max(0, v.start() - 80), v.start())
    if b is None or (b.group("name") and (not v.group("aux").lower().startswith("had")
                                          or re.match(r"(?i)(?:The|He|She|Police|Officers?|Authorities|It|They)\b", b.group("name")))):
        return False
    return True


_OWN_CLAUSE_GAP = re.compile(r"\A[^.;:()\d]{0,80}?,\s*(?:(?:where|and)\s+)?\Z", re.I)
"""Between a group and the dead among it told in the group's own clause: " with stab wounds, " (then "one of whom
later died")."""


def _hurt_of_whom_died(claims: list[Claim]) -> None:
    """People hurt or taken to hospital 'one of whom died' are like people shot 'one fatally': the group is the
    people hurt and the dead are taken from it ("Two men were taken to hospital with stab wounds, one of whom later
    died" -> 1 killed, 1 injured; "Three people were wounded, one of them fatally" -> 1 killed, 2 injured)."""
    for c in claims:
        if c.casualty_type != "killed" or not c.rule.endswith("fatally") or c.parent_key is not None:
            continue
        group = [p for p in claims if p.casualty_type in ("injured", "hospital") and p.parent_key is None
                 and (p.evidence_field, p.sentence_start) == (c.evidence_field, c.sentence_start)
                 and p.char_end <= c.char_start]
        if (group and (group[-1].count_point or 0) > (c.count_point or 0)
                and _OWN_CLAUSE_GAP.match(c.evidence_text[group[-1].char_end - c.sentence_start:c.char_start - c.sentence_start])):
            group[-1].casualty_type = "shot"  # the dead are taken from it below, as from people shot


_STABBED = re.compile(r"\bstabbed\b", re.I)


def _shot_to_injured(text: str, claims: list[Claim]) -> None:
    """People 'shot' are injured unless they are the ones killed: injured = shot - killed."""
    _hurt_of_whom_died(claims)
    killed_by_sent: dict[tuple[str, int], int] = {}  # (evidence field, sentence start) -> killed
    self_by_sent: dict[tuple[str, int], int] = {}  # of them, people who shot themselves dead ("the gunman fatally shot himself")
    for c in claims:
        if (c.casualty_type == "killed" and c.counts
                and not re.search(r"\bself_(?:after|own)\b", c.rule)):  # the killer is not one of the people he shot
            where = (c.evidence_field, c.sentence_start)
            killed_by_sent[where] = killed_by_sent.get(where, 0) + (c.count_point or 0)
            if c.rule.endswith("singular_self_shot"):
                self_by_sent[where] = self_by_sent.get(where, 0) + (c.count_point or 0)
    article_killed = max(killed_by_sent.values(), default=0)
    low = scan_lower(text)  # None: the scans below search the whole text
    later_died = _search_at(_LATER_DIED, _LATER_DIED_STARTS, text, low) is not None
    # "a deadly shooting" with one person shot and no death reported: the one shot died
    fatal = not later_died and _search_at(_FATAL_EVENT, _FATAL_STARTS, text, low) is not None
    # 'taken to hospital' / 'in critical condition': injured only when the article gives no other injury
    # figure and nobody in that sentence died
    if fatal and not killed_by_sent and sum(1 for c in claims if c.casualty_type == "shot" and c.parent_key is None) == 1:
        later_died = True
    if later_died and not killed_by_sent:
        for c in claims:
            if c.casualty_type == "shot" and c.parent_key is None:
                c.casualty_type, c.rule = "killed", _keep_title(c.rule, "shot_later_died")
                return _shot_to_injured(text, claims)
    # "5 people shot, 2 seriously injured": the badly hurt are among those shot (a subset); so are people found
    # with wounds next to an injury figure ("four people wounded ... found two men suffering from gunshot wounds")
    for c in claims:
        if c.parent_key is not None:
            continue
        if c.casualty_type == "injured" and _HOW_BADLY.search(
                c.evidence_text, c.char_start - c.sentence_start, c.char_end - c.sentence_start):
            kinds, bigger = ("shot",), 1
        elif c.rule.startswith(("hurt_after", "title/hurt_after")) and c.casualty_type in ("shot", "hospital"):
            kinds, bigger = ("shot", "injured"), 0
        elif (c.casualty_type == "injured" and c.rule.split("/")[-1] in ("passive_after", "nominal_after", "coordinated")
              and not _OTHERS_SHOT.search(c.evidence_text, max(0, c.char_start - c.sentence_start - 30),
                                          c.char_end - c.sentence_start)
              and c.casualty_type == "injured"):
            # "Six were shot -- two killed and four wounded", "six people were shot, four of them with minor
            # injuries": the wounded are a breakdown of the people shot in the same sentence, not more people
            # ("three others were wounded" stays apart)
            kinds, bigger = ("shot",), 0
        else:
            continue
        shot = [p for p in claims if p.casualty_type in kinds and p.parent_key is None and p is not c
                and not p.rule.startswith(("hurt_after", "title/hurt_after"))
                and (kinds != ("shot",) or bigger or _same_group(p, c))
                and (p.evidence_field, p.sentence_start) == (c.evidence_field, c.sentence_start)
                and (p.count_point or 0) >= (c.count_point or 0) + bigger]
        if shot:
            c.parent_key, c.rule = shot[-1].claim_key, _keep_title(c.rule, "subset")
            if c.casualty_type in ("shot", "hospital"):
                c.casualty_type = shot[-1].casualty_type
    if article_killed:
        child_dead = any(d.casualty_type == "killed" and d.is_child and not d.is_summary for d in claims)
        for c in claims:
            if _hurt_may_be_the_dead(c) and (child_dead or c.victim_age is None or c.victim_age >= 12):
                c.casualty_type = "shot"  # one of the dead unless the sentence says otherwise (below)
    drop = []
    # the dead are taken once per sentence from its figures of people shot, in order: "An 8-year-old boy,
    # a 9-year-old boy and a 16-year-old girl were shot" (three claims) with two dead -> 1 injured
    left: dict[tuple[str, int], int] = {}
    for c in _minors_last(claims):
        if c.casualty_type != "shot":
            continue
        k = killed_by_sent.get((c.evidence_field, c.sentence_start))
        if k and not c.rule.endswith("singular_self_shot"):
            # "Three women were found shot, and the gunman fatally shot himself": he is not one of them
            k -= self_by_sent.get((c.evidence_field, c.sentence_start), 0)
        span = c.evidence_text[max(0, c.char_start - c.sentence_start - 30):c.char_end - c.sentence_start]
        if k and _OTHERS_SHOT.search(span):
            # "one guard died and two other shooting victims went home": apart from the dead, but for the dead
            # told among them in their own clause ("a man was killed and three others were shot, one of them fatally")
            k = sum(d.count_point or 0 for d in claims if d.casualty_type == "killed" and d.rule.endswith("fatally")
                    and d.parent_key is None and (d.evidence_field, d.sentence_start) == (c.evidence_field, c.sentence_start)
                    and d.char_start >= c.char_end and _OWN_CLAUSE_GAP.match(
                        c.evidence_text[c.char_end - c.sentence_start:d.char_start - c.sentence_start]))
        if k is None and any((f, s) < (c.evidence_field, c.sentence_start) for f, s in killed_by_sent) and (
                _NEW_VICTIM.search(span) or _new_subject(c)):
            k = 0  # "One man died at the scene. Another man was also shot": not the one who died
        if (k is None and not later_died and c.count_point == 1 and _ALIVE.search(c.evidence_text)
                and not _DEATH_WORD.search(c.evidence_text)):
            k = 0  # "The clerk who was shot is in good condition": this one lived, whoever else died
        if (k is None and not later_died and c.count_point == 1 and c.evidence_field == "text"
                and _KIN_OF_ANOTHER.match(_span(c).strip()) and not _DEATH_WORD.search(c.evidence_text)):
            k = 0  # "Stacy's best friend was shot three times", "the victim's brother was hit": not the one who died
        if k is None and not later_died and c.count_point == 1 and _other_age_than_the_dead(c, claims, article_killed):
            k = 0  # "Jo Roe, 15, was killed. ... a 19-year-old was hit in his side": an age none of the dead has
        if k is None and not later_died and _minor_not_the_dead(c, claims, drop, article_killed):
            k = 0  # "Four people were shot, including a 6-year-old girl. ... a 30-year-old man was shot to death"
        if k is None and article_killed and _STABBED.search(_span(c)):
            k = c.count_point or 0  # "five people were stabbed. ... two bodies were found": they may be the dead
        if k is None:
            k = article_killed if (article_killed or later_died) else 0
            if later_died and not article_killed:
                k = c.count_point or 0
        if c.parent_key is None:
            where = (c.evidence_field, c.sentence_start)
            k = left.setdefault(where, k)
            left[where] = max(0, k - (c.count_point or 0))
        n = (c.count_point or 0) - k
        c.casualty_type = "injured"
        if k:
            c.rule = _keep_title(c.rule, "shot_minus_killed")
            if n <= 0:
                drop.append(c)
                continue
            c.reported_value = n if c.reported_value is not None else None
            c.count_point = n
            c.count_low = max(0, (c.count_low or 0) - k) if c.count_low is not None else None
            c.count_high = c.count_high - k if c.count_high is not None else None
    _ages_to_the_dead(claims, drop)
    for c in drop:
        claims.remove(c)
    # decided once the dead are taken from the people shot: a person shot who died is no injury figure
    # after a death, a person taken to hospital may be the one who died: counted only when the sentence says
    # they live ("is in stable condition") or names someone new ("An 8-year-old was airlifted", "Jo Roe was
    # flown to ...", "The second victim was taken to a hospital"), not "He was taken to a hospital"
    has_injury = any(c.casualty_type == "injured" for c in claims)
    # a sentence that sends a group to hospital keeps all its figures ("One woman and two men were taken to a
    # hospital": three), decided with the sentences that give an injury figure before any is converted
    hosp_group: dict[tuple[str, int], int] = {}
    for c in claims:
        if c.casualty_type == "hospital" and c.parent_key is None:
            k = (c.evidence_field, c.sentence_start)
            hosp_group[k] = max(hosp_group.get(k, 0), c.count_point or 0)
    injured_here = {(d.evidence_field, d.sentence_start) for d in claims if d.casualty_type == "injured"}
    for c in list(claims):
        if c.casualty_type != "hospital":
            continue
        span = _span(c)
        where = (c.evidence_field, c.sentence_start)
        alone = hosp_group.get(where, 0) >= 2 and where not in injured_here
        # "Two men are in the hospital": a group, kept beside single victims told elsewhere
        if (has_injury and not alone) or (c.evidence_field, c.sentence_start) in killed_by_sent or re.search(
                r"\b(?:died|dead|succumbed|deceased|passed\s+away|pronounced)\b", c.evidence_text, re.I) or (
                killed_by_sent and not _ALIVE.search(c.evidence_text) and not _NEW_VICTIM.search(span)
                and not re.match(r"(?i:an?|one)\b|(?!(?:The|He|She|His|Her|Their|A|An)\b)[A-Z][a-z]+\s+[A-Z][a-z]", span)):
            claims.remove(c)
        else:
            c.casualty_type, c.rule = "injured", _keep_title(c.rule, "hospitalized")
    _restated_injured(claims)
    _ordinal_victims(claims)


_ORDINAL_VICTIM = re.compile(
    r"(?:(?:a|the)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?:an?|the)\s+(?P<nth>(?:[2-9]|[1-9]\d)(?:st|nd|rd|th)))\s+"
    r"(?:(?:victim|person|man|woman|teen|teenager|boy|girl|male|female|individual|youth|juvenile)\b"
    r"|(?=(?:was|is|has|had|got|wounded|injured|hurt|shot|hospitali[sz]ed)\b))", re.I)


def _ordinal_victims(claims: list[Claim]) -> None:
    """'Two men were killed. A third victim was wounded': an ordinal victim numbers everyone hurt so far, so the
    people hurt are at least that number less the dead (rule ``injury_toll``: a running total, never added)."""
    killed = max((sum(c.count_point or 0 for c in claims if c.casualty_type == "killed" and c.parent_key is None
                      and not c.is_summary and (c.evidence_field, c.sentence_start) == k)
                  for k in {(d.evidence_field, d.sentence_start) for d in claims}), default=0)
    for c in claims:
        if c.casualty_type != "injured" or c.count_point != 1 or c.parent_key is not None or c.is_summary:
            continue
        m = _ORDINAL_VICTIM.match(_span(c))
        if m is None:
            continue
        o = (m.group("ord") or m.group("nth")).lower()
        # the people hurt named before it in its own sentence are counted there ("Three men shot, a fourth wounded")
        before = sum(d.count_point or 0 for d in claims if d.casualty_type == "injured" and d.parent_key is None
                     and not d.is_summary and d is not c and d.evidence_field == c.evidence_field
                     and d.sentence_start == c.sentence_start and d.char_end <= c.char_start)
        n = (int(o[:-2]) if o[0].isdigit() else G.ORDINAL_COUNT[o]) - killed - before
        if n > 1:
            c.reported_value = c.count_point = c.count_low = n
            c.count_high = n
            c.rule = _keep_title(c.rule, "injury_toll")


_JOINED = re.compile(r"\b(?:and|while|whereas|plus|as\s+well\s+as|other|others|another|more|also|additional)\b|[;(]", re.I)


def _restated_injured(claims: list[Claim]) -> None:
    """The same figure of people hurt said twice in one sentence is one group, not two: a headline run
    into its lead ("Five shot on Elm Street Police say a shooting left five people injured"), or a
    restatement ("four people were shot ... the four victims were wounded"). A later figure of the same
    number becomes a subset of the first unless the words between join two groups ("two men were shot
    and two women were hurt", "three others").
    """
    firsts: dict[tuple[str, int, int], Claim] = {}
    for c in claims:
        if (c.casualty_type != "injured" or c.parent_key is not None or c.is_summary or (c.count_point or 0) < 2
                or c.rule.endswith("/another") or c.rule.split("/")[-1] in ("injury_toll", "toll")):
            continue
        key = (c.evidence_field, c.sentence_start, c.count_point)
        first = firsts.get(key)
        if first is None:
            firsts[key] = c
            continue
        gap = c.evidence_text[first.char_end - c.sentence_start:c.char_start - c.sentence_start]
        if (c.char_start >= first.char_end and not _JOINED.search(gap) and not _JOINED.search(_span(c))
                and _same_group(first, c)):
            c.parent_key, c.rule = first.claim_key, _keep_title(c.rule, "subset")


# --------------------------------------------------------------------------- a roster of named victims
# Articles often tell separate victims in separate sentences ("Jo Roe, 34, died at the scene. ... Al Poe, 29,
# was also shot and killed"): the largest sentence total (sql/toll_totals.sql) then keeps one of them. Distinct
# personal names, each the subject (or, after an active verb, the object) of its own casualty predicate, are
# distinct people; when they outnumber every sentence total of their type, the article says at least that many
# (one running-toll claim, rule ``toll_named`` / ``injury_toll_named``). A restated victim is not added: names
# that share a word ("Roe", "Jo Roe") are one person unless both carry differing ages ("Jo Roe, 34", "Al Roe, 29").
# Measured on the GVA development split: see docs/conventions.md, "Article totals".
_ROSTER_NOT_NAME = frozenset("""The He She His Her They Their It A An One Police Officer Officers Authorities Deputies
Sheriff Investigators Officials Detectives But And When After Before While Both Another Two Three Four Five This That
Then Also Later Witnesses Family Friends According Neither No Nobody Some Each Mr Mrs Ms Miss Dr Sgt Lt Capt Det Cpl
Deputy Trooper Agent Pastor Rev Jr Sr II III Monday Tuesday Wednesday Thursday Friday Saturday Sunday PREVIOUS UPDATE
Update Advertisement Coroner Medical Examiner County City Hospital Center Street Avenue Road Court Drive Department
Office News Associated Press Story Highlights Related Copyright January February March April May June July August
September October November December Thanksgiving Christmas Easter Photo Video Watch Read Share Click Image First
Second Third Prosecutors Judge Attorney Chief Mayor Governor President Senator Gov Sen Rep Fire Rescue EMS State
National Park""".split())
#: a capitalised noun in a name-like run makes it a noun phrase or a place ("Chronicle Boy", "Waukegan High School")
_ROSTER_NOUNS = frozenset("""Man Woman Boy Girl Teen Child Baby Father Mother Son Daughter Brother Sister Husband Wife
Grandmother Grandfather Uncle Aunt Cousin Friend Student Teacher Victim Victims Suspect Shooter Gunman Toddler Infant
Teenager Resident Driver Men Women Police County City Hospital Center Street Avenue Road School High University Church
Park Mall Club Bar Store Department""".split())
_RN_WORD = r"(?-i:(?:Mc|Mac|O['’]|De|La|Le|Di|Van)?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.)"
_RN_NAME = rf"{_RN_WORD}(?:\s+{_RN_WORD}){{0,3}}"
_RN_APPOS = (r"(?:\s*,\s*(?:\d{1,3}|(?:a|an|the)\s+[^,]{1,40}|who\s[^,]{1,80}|of\s[^,]{1,40}"
             r"|(?:\d{1,3}|[a-z]+)-year-old[^,]{0,30})\s*,?)?")
_RN_LIST = rf"{_RN_NAME}{_RN_APPOS}(?:\s*(?:,|,?\s+and)\s+{_RN_NAME}{_RN_APPOS})*"
#: names right before the predicate: "Jo Roe, 25, of Troy, was killed", "Jo Roe and Al Poe, 20, died"
_RN_SUBJ_BEFORE = re.compile(rf"(?P<names>{_RN_LIST})\s*(?:(?:later|also|then|subsequently|both|each|have|has|had|were|was|is)\s+)*\Z")
#: names opening the span: "Jo Roe died", "Roe was killed"
_RN_SUBJ_IN = re.compile(rf"\A(?P<names>{_RN_LIST})\s+(?:(?:later|also|then|subsequently|both|each)\s+)?"
                         r"(?:died|dies|was|were|has|have|had|is|are|succumbed|suffered|remains|remained|got|underwent|passed)\b")
#: after an active verb, an object without determiner: "killing Jo Roe", "the killing of 14-year-old Jo Roe"
_RN_ACTIVE = re.compile(r"\A(?:shot|killed|killing|murdered|murdering|wounded|wounding|injured|injuring|death|shooting|murder)\b", re.I)
_RN_OBJECT = re.compile(rf"\A(?:(?!(?:a|an|the|this|that|his|her|their)\b)[\w-]+\s+){{1,3}}?(?:(?:\d{{1,3}}|[a-z]+)-year-old\s+)?"
                        rf"(?P<names>{_RN_NAME}(?:\s*(?:,|,?\s+and)\s+(?:(?:\d{{1,3}}|[a-z]+)-year-old\s+)?{_RN_NAME})*)")
_RN_OBJECT_END = re.compile(r"\s+[a-z]")
_RN_OBJECT_GO = re.compile(r"\s+(?:and|was|were|who|in|at|on|of|after|before|when|while|by|with|last|early|late|this)\b")
#: "Her brother Al Roe, 29, was driven to a clinic, where he died"
_RN_LEAD = re.compile(rf"\A(?:(?i:his|her|their)\s+(?:[a-z-]+\s+){{0,2}})?(?P<names>{_RN_NAME}{_RN_APPOS})\s+(?:was|were|had|has|is|got)\b")
_RN_PRONOUN = re.compile(r"\A(?:he|she)\b", re.I)
_RN_CLAUSE = re.compile(r"\b(?:where|before|after|and|but|until|when)\s*\Z")
_RN_CAPITAL = re.compile(r"\b[A-Z][a-z]")
_RN_FUNCTION = re.compile(r"\b(?:In|Of|At|On|For|To|By|With|And|From|After|As|Is|Be|Are)\b")
_RN_NAME_FULL = re.compile(_RN_NAME)
_RN_AGE_BEFORE = re.compile(r"\A(?:(?P<age>\d{1,3})|[a-z]+)-year-old\s+")
_RN_AGE = re.compile(r"\A(?:aged\s+)?(\d{1,3})\Z")
_RN_SPLIT = re.compile(r",|\band\b")
_RN_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_RN_ATTACKER = re.compile(r"\b(?:suspect|suspected|shooter|gunman|accused)\s+\Z", re.I)
#: deaths from another cause told beside the shooting ("died in a car crash an hour after the shooting")
_RN_OTHER_CAUSE = re.compile(r"\b(?:crash|crashed|collision|overdose|cancer|illness|heart\s+attack|drown(?:ed|ing)?|los(?:t|ing)\s+control)\b", re.I)
_RN_OTHER_CAUSE_NEEDS = _needs(_RN_OTHER_CAUSE, "e76411b25bb49441", "crash", "collision", "overdose", "cancer", "illness",
                               "heart", "drown", "lost", "losing")
#: a named person hurt counts only when the sentence says they live (people 'shot' may have died)
_RN_ALIVE = re.compile(r"\b(?:wounded|injured|injuries|hurt|hospitali[sz]ed|condition|survived?|recovering|expected\s+to|released|treated)\b", re.I)
_RN_DEAD = re.compile(r"\b(?:died|dead|death|killed|fatal(?:ly)?|did\s+not\s+survive|deceased|succumbed)\b", re.I)


#: the dead listed by name: "The deceased were identified as Jo Roe, 41, and her son, Al Roe", "the two men killed
#: have been identified as ..."; every name of such a list is another person
_RN_IDENTIFIED = re.compile(
    r"\b(?:identified\s+(?:the\s+)?(?:deceased|dead|slain)(?:\s+[a-z]+)?\s+as|(?:deceased|dead|slain|killed|who\s+died)\b"
    r"[^.;:]{0,40}?\b(?:identified|named)\s+as)\s*:?\s*(?P<list>.+)", re.I)
_RN_IDENTIFIED_NEEDS = _needs(_RN_IDENTIFIED, "63d437f19bef0be3", "identified", "named")
_RN_SUFFIX = re.compile(r"\s+(?:Jr|Sr)\.?(?=\s*(?:,|\Z))|\s+I{2,3}\b|[.\s]+\Z")


def _roster_names(names: str) -> list[tuple[tuple[str, ...], int | None]]:
    """(name words, age) for each name of a subject list: "Jo Roe, 34, and 29-year-old Al Poe"."""
    out: list[tuple[tuple[str, ...], int | None]] = []
    for part in _RN_SPLIT.split(names):
        part = _RN_SUFFIX.sub("", part.strip())
        am = _RN_AGE.match(part)
        if am and out and out[-1][1] is None:
            out[-1] = (out[-1][0], int(am.group(1)))
            continue
        pre = _RN_AGE_BEFORE.match(part)
        age = int(pre.group("age")) if pre and pre.group("age") else None
        part = part[pre.end():] if pre else part
        if not part or not _RN_NAME_FULL.fullmatch(part) or _RN_FUNCTION.search(part):
            continue
        words = part.split()
        if any(w in _ROSTER_NOUNS for w in words):
            continue
        words = tuple(w for w in words if len(w) > 1 and w.strip(".") not in _ROSTER_NOT_NAME and not w.endswith("."))
        if words:
            out.append((words, age))
    return out


def _named_in(c: Claim) -> list[tuple[tuple[str, ...], int | None]]:
    """The named people a claim's own predicate is about: its subject (or the object of an active verb)."""
    sent = c.evidence_text
    words = _RN_TITLE_WORD.findall(sent)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return []  # a headline or caption run into the body
    span = _span(c)
    at = c.char_start - c.sentence_start
    before = sent[:at]
    if c.rule.split("/")[-1] in ("singular_active", "active_before"):
        m = _RN_OBJECT.match(span) if _RN_ACTIVE.match(span) else None
        if m is None:
            return []
        rest = sent[at + m.end():]
        if _RN_OBJECT_END.match(rest) and not _RN_OBJECT_GO.match(rest):
            return []  # "the death of a Lexington teenager": a place, not a name
        return _roster_names(m.group("names"))
    m = _RN_SUBJ_IN.match(span)
    if m is None and _RN_PRONOUN.match(span):
        lead = _RN_LEAD.match(before)
        if lead and _RN_CLAUSE.search(before) and not _RN_CAPITAL.search(before, lead.end()):
            return _roster_names(lead.group("names"))
        return []
    if m is None:
        m = _RN_SUBJ_BEFORE.search(before)
        if m is None or _RN_ATTACKER.search(before[:m.start()]):
            return []
    return _roster_names(m.group("names"))


def _named_victims(claims: list[Claim]) -> None:
    """A roster of named victims (see the block comment above): one running-toll claim per casualty type
    when the distinct named people killed (or hurt and said to live) in two or more sentences, or in one list
    of the dead by name, outnumber the largest sentence total of that type."""
    dead_words: set[str] = set()
    for ctype, toll in (("killed", "toll_named"), ("injured", "injury_toll_named")):
        people = []
        listed = 0  # the longest list of the dead by name
        for c in claims:
            if (c.casualty_type != ctype or not c.count_point or c.parent_key is not None or c.is_summary
                    or c.evidence_field != "text" or c.rule.endswith("/another") or c.victim_group == "attackers"
                    or _search_if(_RN_OTHER_CAUSE, _RN_OTHER_CAUSE_NEEDS, c.evidence_text)):
                continue
            if ctype == "injured" and (_RN_DEAD.search(c.evidence_text) or not _RN_ALIVE.search(c.evidence_text)):
                continue
            ident = _search_if(_RN_IDENTIFIED, _RN_IDENTIFIED_NEEDS, c.evidence_text) if ctype == "killed" else None
            if ident:
                names = _roster_names(ident.group("list"))
                listed = max(listed, len(names))
                people += [(n, age, c) for n, age in names]
                continue
            names = _named_in(c)
            if c.count_point == len(names) or (c.count_point == 1 and names):
                people += [(n, age, c) for n, age in names]
        groups: list[dict] = []
        for words, age, c in sorted(people, key=lambda p: -len(p[0])):  # full names first
            for g in groups:
                if set(words) & g["words"] and not (age is not None and g["ages"] and age not in g["ages"]):
                    g["words"] |= set(words)
                    g["claims"].append(c)
                    if age is not None:
                        g["ages"].add(age)
                    break
            else:
                groups.append({"words": set(words), "claims": [c], "ages": set() if age is None else {age}})
        if ctype == "killed":
            dead_words = set().union(*(g["words"] for g in groups))
        else:
            groups = [g for g in groups if not g["words"] & dead_words]  # hurt, then died: one of the dead
        n = max(len(groups), listed)
        if n < 2 or (len({c.sentence_start for g in groups for c in g["claims"]}) < 2 and listed < 2):
            continue
        # the largest sentence total of this type, as sql/toll_totals.sql takes it
        sums: dict[tuple[str, int], int] = {}
        tolls: dict[tuple[str, int], int] = {}
        for c in claims:
            if c.casualty_type != ctype or c.parent_key is not None or c.is_summary or c.rule.endswith("/another"):
                continue
            key = (c.evidence_field, c.sentence_start)
            if c.rule.startswith(("toll", "injury_toll")):
                tolls[key] = max(tolls.get(key, 0), c.count_point or 0)
            else:
                sums[key] = sums.get(key, 0) + (c.count_point or 0)
        if n <= max([*sums.values(), *tolls.values(), 0]):
            continue
        # the claim stands on the last named victim's figure (its sentence, place and day)
        new = copy.copy(max((c for g in groups for c in g["claims"]), key=lambda c: (c.sentence_start, c.char_start)))
        new.claim_key, new.victim_group, new.is_child, new.victim_age = max(c.claim_key for c in claims) + 1, "people", False, None
        new.reported_value = new.count_low = new.count_high = new.count_point = n
        new.qualifier, new.parent_key, new.rule = "exact", None, toll
        claims.append(new)
