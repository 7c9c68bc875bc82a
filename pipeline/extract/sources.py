"""Find who a casualty figure is attributed to, and normalize source names.

``find_attributions(sentence)`` recognises the common reporting frames of wire
copy: "X said", "X says", "said X", "according to X", "X reported",
"X told Reuters" (Reuters is the reporter; the source is X), "X quoted ..."
(the subject X is returned), "X confirmed", "citing X".

``normalize_source(raw)`` maps a raw source phrase to a canonical name with
the alias table ``data/source_aliases.csv`` (alias, canonical, kind).  Phrases
not in the table keep a cleaned form (leading article and trailing
punctuation stripped), e.g. "Turkish security and hospital sources".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.extract.scan import any_literal, finditer_at, same, scan_lower, strip_accents

__all__ = ["Attribution", "find_attributions", "normalize_source", "source_kind", "speaker_kind"]

_DATA = Path(__file__).with_name("data") / "source_aliases.csv"


@dataclass(frozen=True)
class Attribution:
    raw: str
    normalized: str
    start: int
    end: int


# Short aliases that are also ordinary words: match only when written in caps.
_CASE_SENSITIVE = {"who", "ap", "un", "u.n.", "ina", "efe", "dpa", "sana", "msf", "afp"}


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, tuple[str, str]], list[tuple[str, re.Pattern, str, str]]]:
    table: dict[str, tuple[str, str]] = {}
    with open(_DATA, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alias = row["alias"].strip().lower()
            if alias:
                table[alias] = (row["canonical"].strip(), row["kind"].strip())
    # distinctive names searched inside longer phrases ("the Britain-based
    # Syrian Observatory for Human Rights")
    inner = []
    for alias, (canon, kind) in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if kind in ("monitor", "un", "ngo", "wire", "armed_group_media", "civil_defence", "media") \
                and len(alias) >= 6 and alias not in ("observatory", "the observatory", "war monitor",
                                                       "monitoring group", "local media", "state media",
                                                       "civil defence", "civil defense", "red cross"):
            inner.append((alias, re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"), canon, kind))
    return table, inner


_LEAD_RX = re.compile(r"^(?:the|a|an|according\s+to)\s+", re.I)
_TRAIL_PUNCT = " \t\n\"'“”‘’.,;:!?()[]—–-"
_BASED_RX = re.compile(r"^(?:[\w.]+-based|pro-government|opposition|state-run|state-owned|"
                       r"activist|independent|local|regional|official|rights)\s+", re.I)
_SPOKES_RX = re.compile(
    r"^(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|official|officials|source|sources|"
    r"representative|statement)\s+(?:for|from|at|of|with|by)\s+(?:the\s+)?(?P<rest>.+)$",
    re.I,
)
# the body before its spokesman and his name: "army spokesman Colonel X", "Interior Ministry spokesman Y" is the army,
# the ministry (as "a spokesman for the army" is)
_BODY_SPOKES_RX = re.compile(r"^(?:an?\s+|the\s+)?(?P<rest>.+?)\s+spokes(?:man|woman|person)\b.*$", re.I)
_POLICE_RX = re.compile(
    r"^(?:(?:[A-Z][\w.'-]*|(?i:local|city|county|state|federal|provincial|district|traffic|"
    r"regional|municipal|metropolitan|metro))\s+){0,3}"
    r"(?i:police)(?i:\s+(?:department|dept\.?|force|service|headquarters|officials?|officers?|"
    r"spokes(?:man|woman|person)|sources?|chief|commander|authorities|investigators|"
    r"captain|lieutenant|sergeant|lt\.?|sgt\.?|capt\.?|detective|officer|inspector|"
    r"superintendent|commissioner|official|head))*"
    r"(?P<tail>(?:,?\s+[A-Z][\w.'-]*)*)$"
)
_SHERIFF_RX = re.compile(r"^(?:(?:[A-Z][\w.'-]*)\s+){0,3}(?:county\s+)?sheriff(?:'s)?"
                         r"(?:\s+(?:office|department|deputies|deputy|spokes(?:man|woman|person)|officials?))*"
                         r"(?:(?:,?\s+[A-Z][\w.'-]*)*)$", re.I)


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"'s$|’s$")
_POLICE_WORD = re.compile(r"\bpolice\b", re.I)
_SHERIFF_WORD = re.compile(r"\bsheriff", re.I)
_MINISTRY = re.compile(r"^(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:'s)?\s+(?P<min>health|interior|defen[cs]e)\s+"
                       r"ministry$")

#: a country's (or its people's) army, ministry or police: "Egypt's military", "Somali army", "Gaza Health Ministry"
#: (an army in capitals is often an armed group's name: "Arakan Army", "Free Syrian Army")
_NATIONAL = re.compile(r"^(?P<country>[A-Z][\w-]+)(?:'s)?\s+"
                       r"(?P<body>(?:[a-z]+\s+)?(?:army|military)|(?i:(?:[a-z]+\s+)?(?:ministry|police)))$")


def _clean(raw: str) -> str:
    s = _SPACES.sub(" ", raw.replace("’", "'")).strip(_TRAIL_PUNCT)
    while True:
        s2 = _LEAD_RX.sub("", s)
        if s2 == s:
            break
        s = s2
    s = _POSSESSIVE_END.sub("", s)
    return s.strip(_TRAIL_PUNCT)


def _lookup(s: str) -> tuple[str, str] | None:
    table, inner = _aliases()
    key = strip_accents(s).lower()  # the alias table is written without accents
    hit = table.get(key)
    if hit is not None:
        if key in _CASE_SENSITIVE and not (s.isupper() or s == "U.N."):
            return None
        return hit
    return None


def _normalize(raw: str, context_text: str | None) -> tuple[str, str | None]:
    s = _clean(raw)
    if not s:
        return "", None
    hit = _lookup(s)
    if hit is None:
        # "Britain-based monitor", "local police", "state-run SANA"
        s2 = s
        for _ in range(3):
            s3 = _BASED_RX.sub("", s2)
            if s3 == s2:
                break
            s2 = s3
            hit = _lookup(s2)
            if hit:
                break
    if hit is None:
        m = _SPOKES_RX.match(s) or _BODY_SPOKES_RX.match(s)
        if m:
            sub = _normalize(m.group("rest"), context_text)
            if sub[1] is not None:
                return sub
    if hit is None:
        table, inner = _aliases()
        low = s.lower()
        for alias, rx, canon, kind in inner:
            if alias in low and rx.search(low):  # the substring test first: far cheaper than the regex
                # a named organisation embedded in a description
                if len(low) <= len(rx.pattern) + 40:
                    hit = (canon, kind)
                    break
    if hit is None and _POLICE_WORD.search(s):
        if _POLICE_RX.match(s) or _POLICE_RX.match(s[0].upper() + s[1:] if s else s):
            hit = ("police", "police")
    if hit is None and _SHERIFF_WORD.search(s) and _SHERIFF_RX.match(s):
        hit = ("sheriff's office", "police")
    if hit is None:
        m = _MINISTRY.match(s)
        if m:
            base = _lookup(m.group("min") + " ministry")
            if base:
                return f"{m.group('country')} {base[0]}", base[1]
    if hit is None:
        m = _NATIONAL.match(s)
        if m:  # "Egypt's military", "the Somali army", "Mali's security ministry": a country's authorities
            body = m.group("body").lower()
            base = _lookup(body)
            if base and base[1] in ("military", "ministry", "police", "security"):
                return f"{m.group('country')} {base[0]}", base[1]
            if body.endswith("ministry"):
                return f"{m.group('country')} {body}", "ministry"
    if hit is None:
        return s, None
    canon, kind = hit
    if canon == "Syrian Observatory for Human Rights" and s.lower() in ("observatory",) and context_text:
        # "the Observatory" defaults to SOHR; keep it unless the context names
        # a different observatory and never SOHR.
        ctx = context_text.lower()
        if "syrian observatory" not in ctx and re.search(r"\b\w+ observatory\b", ctx):
            other = re.search(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,4}\s+Observatory(?:\s+(?:for|of)(?:\s+[A-Z][\w-]+){1,3})?)", context_text)
            if other and other.group(1).lower() not in ("the observatory",):
                return other.group(1), kind
    return canon, kind


def normalize_source(raw: str, context_text: str | None = None) -> str:
    """Canonical name of a source phrase (cleaned raw phrase when unknown)."""
    return _normalize(raw, context_text)[0]


@lru_cache(maxsize=1)
def wire_agency_words() -> frozenset[str]:
    """One-word names of news agencies in the alias table (kind ``wire``: "xinhua", "irna", "kuna"), lower case."""
    return frozenset(alias for alias, (_, kind) in _aliases()[0].items() if kind == "wire" and " " not in alias)


def source_kind(raw: str, context_text: str | None = None) -> str | None:
    """Kind from the alias table ('monitor', 'police', 'wire', ...) or None."""
    return _normalize(raw, context_text)[1]


#: the kind a source's own words give when the alias table has no entry for it ("the provincial governor's
#: spokesman", "a government doctor working in the area", "Britain's Ministry of Defence"): the last such word decides
_KIND_WORDS = (
    ("ministry", re.compile(r"\bministry\b", re.I)),
    ("medical", re.compile(r"\b(?:doctors?|medics?|hospitals?|nurses?|health\s+(?:officials?|workers?)|"
                           r"surgeons?|morgue|coroner)\b", re.I)),
    ("police", re.compile(r"\b(?:police(?:man|men|woman)?|constabulary)\b", re.I)),
    ("military", re.compile(r"\b(?:army|military|troops|soldiers?|armed\s+forces|defen[cs]e\s+forces)\b", re.I)),
    ("security", re.compile(r"\bsecurity\s+(?:forces|services|officials?|sources?|agencies)\b", re.I)),
    # aid workers speak for no side: an NGO's figure, weighed as one ("Aid workers at the camp said more than 2,000")
    ("ngo", re.compile(r"\b(?:aid|relief)\s+(?:workers?|agenc(?:y|ies)|groups?)\b", re.I)),
    ("un", re.compile(r"(?-i:\bU\.?N\b)|\bUnited\s+Nations\b|\bpeacekeep(?:ing|ers?)\b", re.I)),
    ("official", re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|governor|mayor|minister|authorities|government(?!-)|"
                            r"administrator|commissioner|district\s+chief|chief\s+of)\b", re.I)),
)


#: a party that is not the authorities, speaking for one side or none: residents and witnesses, activists, rebels and
#: the opposition, community leaders, relatives, rights groups, partisan websites
PARTY_NOUNS = (r"(?:(?:pro-)?rebels?|opposition|insurgents?|militants?|activists?|residents?|villagers?|witnesses|website|"
               r"tribal|community|leaders?|elders?|relatives|families|survivors|locals?|protesters?|organizers?|"
               r"campaigners?|rights\s+groups?|councill?ors?|civil\s+society|guerrillas?|Maoists?|Tigers|LTTE|Taliban|"
               r"(?:al-)?Shabaab|Boko\s+Haram|Houthis?)")
_PARTY_WORD = re.compile(rf"\b{PARTY_NOUNS}\b", re.I)


def speaker_kind(raw: str | None) -> str | None:
    """The kind of a figure's source for weighing figures against each other: the alias table's (``source_kind``), or
    'party' for one side or its people ("a rebel spokesman", "residents"), or the kind its own words name ("the
    provincial governor's spokesman": official; "a government doctor": medical)."""
    if not raw:
        return None
    kind = source_kind(raw)
    if kind is not None:
        return kind
    if _PARTY_WORD.search(raw):
        return "party"  # "a rebel spokesman in the city", "the pro-rebel TamilNet website", "opposition activists"
    found = [(m.start(), k) for k, rx in _KIND_WORDS if (m := rx.search(raw)) is not None]
    return max(found)[1] if found else None


# --------------------------------------------------------------------------
# attribution frames
# --------------------------------------------------------------------------
_VERBS = (r"said|says|say|reported|reports|told|tells|quoted|quotes|confirmed|confirms|"
          r"announced|announces|stated|added|estimated|estimates|counted|recorded|registered|"
          r"documented|put\s+the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims|casualties))|"
          # a party's claim: "the Taliban claimed to have killed 50" (not "the attack claimed 12 lives")
          r"claim(?:ed|s)(?=\s+(?:that|to\s+have|they|it|he|she|its|their)\b)")
# substrings that every match of the frame regexes contains
_SAID_X_KEYS = ("said", "says", "reported", "per")
_VERB_KEYS = ("said", "say", "report", "told", "tell", "quote", "confirm", "announc", "stated", "added",
              "estimate", "counted", "documented", "put", "claim", "recorded", "registered")
_RX_SUBJ_VERB = re.compile(
    rf"(?<![\w-])(?P<aux>(?:has|have|had|also|later|earlier|separately|initially|previously|"
    rf"not|never|yet|already|still|just|only|officially|publicly|originally|would|could|will|did|"
    rf"do|does|hasn[’']t|haven[’']t|hadn[’']t|didn[’']t|won[’']t|"
    rf"on\s+\w+day|in\s+a\s+statement)\s+){{0,4}}(?P<verb>{_VERBS}|say)(?![\w-])", re.I)
_RX_SAID_X = re.compile(
    r"(?<![\w-])(?:said|says|reported|according\s+to|citing|per)\s+(?P<src>"
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’&-]*|police|officials?|authorities|witnesses|residents|"
    r"medics|doctors|investigators|sources|security|local|state|hospital|military|rescuers|"
    r"activists|monitors?|health)"
    r"[^,;:\"“”()—–\[\]]*)", re.U)
# the words every match of _RX_SUBJ_VERB (in the lowercased text) and of _RX_SAID_X starts with: see scan.finditer_at
_SUBJ_VERB_STARTS = any_literal((
    "has", "have", "had", "also", "later", "earlier", "separately", "initially", "previously", "not", "never", "yet",
    "already", "still", "just", "only", "officially", "publicly", "originally", "would", "could", "will", "did", "do",
    "does", "hasn", "haven", "hadn", "didn", "won", "on", "in", "said", "says", "say", "reported", "reports", "told",
    "tells", "quoted", "quotes", "confirmed", "confirms", "announced", "announces", "stated", "added", "estimated",
    "estimates", "counted", "documented", "put", "claimed", "claims", "recorded", "registered")) if same(_RX_SUBJ_VERB, "558f09ad517e8686") else None
_SAID_X_STARTS = any_literal(("said", "says", "reported", "according", "citing", "per")) \
    if same(_RX_SAID_X, "0b497f99f561645c") else None
_RX_ACCORDING = re.compile(r"(?<![\w-])(?:according\s+to|citing)\s+(?P<src>[^,;:\"“”()—–\[\]]+)", re.I)
_STOP_SRC = re.compile(
    r"\s+(?:who|which|that|when|while|as|after|before|because|on\s+(?:\w+day|\w+\s+\d)|"
    r"in\s+a\s+(?:statement|report|tweet|post)|"
    r"in\s+(?:its|their|his|her)\b|on\s+(?:its|their|his|her)\b|late\s+\w+day|early\s+\w+day|"
    r"(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|today|tonight|and\s+(?:added|that|said)|to\s+\w+)\b.*$", re.I)
_BOUNDARY = set(',;:"“”()[]—–\n')
_PASSIVE_BEFORE_VERB = re.compile(r"(?i)\b(?:was|were|is|are|been|being)\s+(?:(?:last|first|\w+ly)\s+)?\Z")
_SUBJ_STOP = {
    "that", "which", "who", "when", "while", "as", "after", "before", "because", "but", "where",
    "were", "was", "is", "are", "be", "been", "being", "has", "have", "had", "it", "he", "she",
    "they", "we", "i", "you", "said", "says", "if", "so", "than", "then", "also", "reportedly",
    "killed", "wounded", "injured", "dead", "died",
}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which", "one", "another",
             "and", "or", "but", "not", "nor", "so", "called", "also", "then", "there", "here",
             "his", "her", "their", "its", "our", "my", "in", "on", "at", "of", "for", "with", "by",
             "from", "to", "during", "after", "before", "between", "among", "into", "than", "what",
             "there", "these", "those", "others", "some", "many", "what", "reports", "report"}
#: what is never a speaker on its own: a determiner ("a reported hunting accident", "the reports state") or a lowercase
#: verb form ("is investigating reports of", "does not want to be identified said")
_NOT_A_SPEAKER = re.compile(r"(?i:a|an|the|both|each|all)|[a-z]+(?:ing|ed)")
_TRIM_SUBJ = re.compile(
    r"(?:\s+(?:also|later|earlier|previously|initially|separately|have|has|had|had\s+earlier|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2}|late\s+on\s+\w+day|early\s+on\s+\w+day|"
    r"on\s+\w+day|in\s+a\s+statement|late\s+\w+day|early\s+\w+day|yesterday|today))+$", re.I)


_ACRONYM_BEFORE = re.compile(r"\s*(?:\([A-Z][A-Za-z.&-]{1,11}\)|,\s*[A-Z][A-Z.&-]{2,11}\s*,)\s*\Z")
_APPOSITIVE_BEFORE = re.compile(
    r"(?<!\d),\s+(?P<app>(?:a|an|the|his|her|their|its|who|which|whose|speaking|citing)\s[^,;:()\"“”]{2,60}?)\s*,\s*\Z",
    re.I)
# a title's holder named in apposition: "Lebanon's health minister, Firass Abiad, said"
_NAME_APPOSITION_BEFORE = re.compile(
    r"(?<=[a-z]),\s+(?P<app>(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|de|van|von)){1,3}))\s*,\s*\Z")
_TITLE_NOUN = re.compile(r"\b(?:minister|spokes(?:man|woman|person)|governor|mayor|official|chief|head|director|commander|"
                         r"secretary|president|adviser|advisor|coordinator|representative|envoy|officer|inspector)\Z", re.I)
_APPOSITIVE_VERB = re.compile(r"\b(?:said|says|say|told|reported|killed|died|wounded|injured|shot)\b", re.I)


def _subject_before(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase ending just before ``pos`` (the verb); an acronym in brackets or commas ("the UN
    mission in Afghanistan (UNAMA) said", "the U.N. aid office, OCHA, said") and an apposition ("A hospital official, speaking on condition of anonymity,
    said"; "Amaq, the group's news agency, said") between the two are stepped over."""
    before = text[max(0, pos - 80):pos]
    m = _ACRONYM_BEFORE.search(before)
    if m is None:
        m = _APPOSITIVE_BEFORE.search(before)
        if m is not None and _APPOSITIVE_VERB.search(m.group("app")):
            m = None
    if m is None:
        m = _NAME_APPOSITION_BEFORE.search(before)
        if m is not None and source_kind(before[:m.start()].rsplit(" ", 1)[-1]) is None and not _TITLE_NOUN.search(
                before[max(0, m.start() - 30):m.start()]):
            m = None  # only after an office's title ("the health minister, Firass Abiad,"), not after any word
    if m is not None:
        pos = pos - len(before) + m.start()
    i = pos
    # walk back over whitespace
    while i > 0 and text[i - 1].isspace():
        i -= 1
    end = i
    words: list[tuple[int, int]] = []
    j = end
    while j > 0 and len(words) < 10:
        # skip spaces
        k = j
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == 0:
            break
        if text[k - 1] in _BOUNDARY or text[k - 1] in ".!?" and (k < 3 or not text[k - 3:k - 1].istitle()):
            if text[k - 1] == "." and words and k >= 2 and re.search(r"\b(?:[A-Z]|St|Dr|Lt|Sgt|Col|Gen|Capt|Mr|Mrs|Ms|Jr|U\.[SN]|Maj|Cpl|Det|Insp)\.$", text[max(0, k - 6):k]):
                pass
            else:
                break
        ws = k
        while ws > 0 and not text[ws - 1].isspace() and text[ws - 1] not in _BOUNDARY:
            ws -= 1
        w = text[ws:k].strip(".")
        lw = w.lower()
        if lw in _SUBJ_STOP:
            break
        if lw == "and" and words:
            # "killed and police said" -> stop; "security and hospital sources" -> keep
            pk = ws
            while pk > 0 and text[pk - 1] == " ":
                pk -= 1
            ps = pk
            while ps > 0 and not text[ps - 1].isspace() and text[ps - 1] not in _BOUNDARY:
                ps -= 1
            prev = text[ps:pk].lower()
            if prev.endswith("ed") or prev in _SUBJ_STOP or re.fullmatch(r"\d[\d,]*", prev) or prev in (
                    "others", "people", "injuries", "wounds"):
                break
        words.append((ws, k))
        j = ws
    if not words:
        return None
    s = words[-1][0]
    phrase = text[s:end]
    m = _TRIM_SUBJ.search(phrase)
    if m:
        end = s + m.start()
        phrase = text[s:end]
    # leading conjunction/adverb noise
    m = re.match(r"^(?:(?:and|but|however|meanwhile|also|so|now|then|wherein|where|whereas|"
                 r"in\s+which|in\s+what|of\s+which|as)\s+)+", phrase, re.I)
    if m:
        s += m.end()
        phrase = text[s:end]
    if not phrase.strip():
        return None
    first = phrase.split()[0].lower()
    if first in _PRONOUNS or (len(phrase.split()) == 1 and phrase.lower() in _PRONOUNS):
        return None
    if len(phrase.split()) > 9:
        return None
    return s, end


def find_attributions(text: str) -> list[Attribution]:
    """Attributed sources in one sentence, in text order, without duplicates."""
    out: dict[tuple[int, int], Attribution] = {}
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        raw = text[s:e].strip(_TRAIL_PUNCT)
        if not raw:
            return
        s2 = text.find(raw, s)
        e2 = s2 + len(raw)
        if any(s2 < te and ts < e2 for ts, te in taken):
            return
        if len(raw.split()) > 12:
            return
        norm = normalize_source(raw, text)
        if not norm or norm.lower() in _PRONOUNS or _NOT_A_SPEAKER.fullmatch(raw):
            return
        taken.append((s2, e2))
        out[(s2, e2)] = Attribution(raw, norm, s2, e2)

    # cheap gates (substrings of the lowercased sentence) before each frame's regex
    low = text.lower()
    has_acc = "according" in low or "citing" in low
    # "according to X" / "citing X"
    for m in (_RX_ACCORDING.finditer(text) if has_acc else ()):
        s, e = m.span("src")
        seg = text[s:e]
        sm = _STOP_SRC.search(seg)
        if sm:
            e = s + sm.start()
        seg = text[s:e].rstrip(" .")
        # a sentence-final period
        e = s + len(seg)
        add(s, e)

    # "said X" (verb before the source): require the source to look like one
    for m in (finditer_at(_RX_SAID_X, _SAID_X_STARTS, text, text)
              if has_acc or any(k in text for k in _SAID_X_KEYS) else ()):
        if m.group(0).lower().startswith(("according", "citing")):
            continue
        s, e = m.span("src")
        seg = text[s:e]
        first = seg.split()[0].lower() if seg.split() else ""
        if first in ("that", "it", "he", "she", "they", "on", "in", "at", "the", "a", "an") and \
                first in ("that", "it", "he", "she", "they", "on", "in", "at"):
            continue
        # the "said X" frame is only valid at the end of a clause: "..., said police."
        before = text[:m.start()].rstrip()
        if not before or before[-1] not in ',"”\'’':
            continue
        sm = _STOP_SRC.search(seg)
        if sm:
            e = s + sm.start()
        seg = text[s:e].rstrip(" .")
        add(s, s + len(seg))

    # "X said" / "X told Reuters" / "X reported" / "X quoted ..."
    for m in (finditer_at(_RX_SUBJ_VERB, _SUBJ_VERB_STARTS, text, scan_lower(text))
              if any(k in low for k in _VERB_KEYS) else ()):
        verb_start = m.start()
        if _PASSIVE_BEFORE_VERB.search(text, max(0, verb_start - 30), verb_start):
            continue  # "was last reported to be in critical condition": a passive, no one who speaks
        sub = _subject_before(text, verb_start)
        if sub is None:
            continue
        s, e = sub
        am = _ACRONYM_BEFORE.search(text, max(0, verb_start - 80), verb_start)
        if am is not None and source_kind(text[s:e]) is None:
            acronym = re.search(r"[A-Z][\w.&-]+", text[am.start():am.end()])
            if acronym and _lookup(acronym.group(0)) is not None:
                s, e = am.start() + acronym.start(), am.start() + acronym.end()  # "the U.N. aid office, OCHA, said"
        add(s, e)

    return [out[k] for k in sorted(out)]
