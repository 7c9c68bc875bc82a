"""Figures in a sentence and the casualty words they attach to: numbers, vague quantities and
victim nouns (:class:`_Mention`), their casualty type from the verb or noun around them,
coordination ("three soldiers and two civilians were killed") and subsets ("including two children").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract import grammar as G
from pipeline.extract.numbers import NUMBER_PATTERN, UNITS, parse_number, vague_key
from pipeline.extract.scan import any_in as _any_in, scan_lower
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import (_QUANTITY_GATE, _SINGULAR_GATE, _active_before, _finditer, _match_if, _needs,
                                        _not_casualty_before, _same, _search_at, _search_if)
from pipeline.extract.summaries import _is_summary


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

_AGE_WORDS = "|".join(word for word, value in UNITS.items() if 1 <= value <= 17)  # a minor's age in words
# every _NOUN_OF_AGE match holds "of", spaces and a digit or a number word (patterns that open with a literal: a scan
# that opens with the nouns' alternation tries every position, ten times slower)
_OF_AGE_GATE = re.compile(rf"\sof\s+\d| of (?i:{_AGE_WORDS})\b")
#: a person's age after "of", as British and wire English write it: "a boy of 9 was killed", "a girl of 12"
_NOUN_OF_AGE = re.compile(
    r"\b(?P<noun>boy|girl|child|baby|toddler|son|daughter|schoolboy|schoolgirl|teenager|youth|man|woman)\s+of\s+"
    rf"(?P<age>\d{{1,2}}|{_AGE_WORDS})\b(?=\s*[,.;:)]|\s+(?:was|is|were|has|had|who|died|dies|and)\b)", re.I)


def _year_old(s: str) -> re.Match | None:
    """``_YEAR_OLD.search(s)``: every match ends with "old" (found in ``scan.scan_lower(s)`` when there is one)."""
    if _YEAR_OLD_GATED:
        low = scan_lower(s)
        if low is not None and "old" not in low:
            return None
    return _YEAR_OLD.search(s)


def _age_value(am: re.Match) -> int | None:
    """Age in whole years of a "N-year-old" / "N-month-old" match: a 9-month-old is 0, an 18-month-old 1."""
    n = parse_number(am.group("age"))
    return None if n is None else _in_years(n, am.group("unit"))


def _in_years(n: int, unit: str | None) -> int:
    """An age of ``n`` units ("year(s)", "month(s)", "week(s)", "day(s)"; none: years) in whole years."""
    unit = (unit or "year").lower()
    return n if unit.startswith("year") else n // 12 if unit.startswith("month") else 0
_AGE_PAREN = re.compile(r"\A,?\s*(?:\(|,\s*)(?:aged\s+)?(?P<age>\d{1,3})\b")
_NON_PERSON_NP = re.compile(
    r"\b(?:attacks?|bomb(?:s|ings?)?|blasts?|explosions?|strikes?|airstrikes?|raids?|shells?|rockets?|missiles?|"
    r"incidents?|clashes|days|weeks|months|years|hours|villages?|towns?|houses?|homes?|buildings?|vehicles?|cars?|"
    r"garages?|trucks?|vans?|windows?|doors?|walls?|apartments?|residences?|businesses|stores|"
    r"mortars?|grenades?|shots|rounds|bullets|cases|times|places|locations|sites|areas|regions|provinces|states|"
    r"districts|countries|cities|camps|churches|mosques|schools|hospitals|percent|cattle|cows|animals|"
    r"killings|deaths|murders|shootings|suicide\s+bombers?|bombers?|gunmen|assailants|attackers|pigs|dogs|birds|"
    r"horses|donkeys|chickens|fish|elephants|lions|rhinos?|goats|sheep|camels|livestock|families|households|tribes|"
    r"communities|clans|groups|factions|parties|drones?|UAVs?|aircraft|planes?|jets?|helicopters?|tanks?|"
    # a distance after the verb: "was shot and wounded a block from Fremont High School"
    r"blocks?|miles?|yards?|feet|foot|met(?:er|re)s?|kilomet(?:er|re)s?)\b", re.I)
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


#: after a figure, the whole it is a part of, with its own number: "(13) of the 17 Iranian-made Shahed drones"
_OF_THE_NUMBERED = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                              r"(?P<np>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)


def _head(np: str) -> str:
    """The noun phrase up to its first preposition: "people in an attack" -> "people"."""
    return _PREP_CUT.sub("", " " + (np or "")).strip()

_ATTACKER_NP = re.compile(r"\b(?:suicide\s+bombers?|bombers?|gunm[ae]n|assailants?|attackers?|shooters?)\b", re.I)


def _attackers_hit(np: str, md: re.Match) -> bool:
    """Attackers who died or were hurt ("Eleven of the attackers also died", "five of the gunmen were wounded"): a
    noun phrase that is a person's but for its attacker noun (which ``_non_person`` leaves out, as a subject that
    kills), before a verb that is not their act."""
    head = _head(np)
    return bool(_ATTACKER_NP.search(head)) and not _non_person(_ATTACKER_NP.sub("people", head))


_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|being|got|get|left)\b", re.I)
_ACTIVE_KILL_VERB = re.compile(r"(?i)killed|kill\b|slain|murdered|massacred|executed|beheaded|lynched|assassinated|"
                               r"slaughtered|shot dead|gunned down")
_ACTIVE_KILL_PHRASE = re.compile(r"(?i)fatally\s+(?:shot|stabbed)|(?:shot|stabbed)\s+and\s+killed")
_TIME_AFTER_VERB = re.compile(r"\A\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                              r"May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|"
                              r"Christmas|Thanksgiving|Easter|New\s+Year)\b")
#: A victim after an active killing verb: a determiner, a figure or a name (not a headline's capitalized "In", "After").
_VICTIM_OBJECT_AFTER = re.compile(
    rf"\A\s+(?:(?:the|a|an|his|her|their|its)\s|\d|(?:{G.NUMBER_PATTERN})\b|(?-i:(?!{G.TITLE_CASE_PREPOSITION}\b)[A-Z][a-z]))",
    re.I)
_OBJECT_AFTER = re.compile(
    rf"\A\s+(?:(?:{G._QUAL_ALT})\s+)?(?:\d|(?-i:[A-Z][a-z])|(?:{G.NUMBER_PATTERN})\b|(?:a|an|the|his|her|their|its|him|them|us|me|"
    rf"dozens|scores|hundreds|several|many|people|civilians|soldiers|two|three)\b)", re.I)
_FOLLOW_NP = re.compile(rf"(?P<np>(?:\s+{G._NP_WORD}){{0,4}})", re.I)
_COORD_FWD = re.compile(rf"\A{G.NOUN_PHRASE}\s*(?:,\s*(?:and\s+)?|\s+and\s+(?P<own>(?:his|her|their)\s+)?|\s+as\s+well\s+as\s+|\s+plus\s+)\Z", re.I)
_COORD_BACK = re.compile(rf"\A{G.NOUN_PHRASE}(?:\s*\([^)]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:(?:wounded|injured|wounding|injuring|killed|killing)\s+)?|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+|\s+alongside\s+|\s+and\s+(?:their|his|her)\s+)\Z", re.I)
_RELATIVE = re.compile(r"\b(?:who|that|which|whom)\b", re.I)
_ATTRIB_AFTER = re.compile(r"\A\s*(?:[\w'’-]+\s+){0,3}?(?:said|says|say|told|tells|reported|reports|stated|confirmed|added|announced|according)\b", re.I)
_SPEAKER_AFTER = re.compile(r"\s*(?:[\w'’.-]+\s+){0,6}?(?:[\w'’.-]*\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*,\s*)?"
                            r"(?:said|says|told|reported|stated|confirmed|added|announced)(?:\s+(?:on\s+)?\w+day)?\s*[.,;]", re.I)
"""After a figure set off by a comma: the rest of a speaker's noun phrase, then the speech verb that ends the sentence or
its clause ("wounding 28, a spokesman for the Nangarhar governor said."; "..., the health minister, Firass Abiad, said on
Wednesday."): the figure names who spoke."""
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
    r"(?:(?:(?:serious|minor|critical|severe|life-threatening|non-?life-threatening|non-?fatal|multiple|various|other|"
    r"moderate|significant|light|slight)\s+)*?injuries\b"
    r"|(?:non-?fatal|non-?life-threatening)\s+(?:gunshot\s+)?wounds\b)", re.I)
"""After a figure, the people it leaves hurt: "the blast of gunfire left a guard dead and four others with minor injuries" (not gunshot
wounds, which include the dead: see grammar.HURT_AFTER; but "non-fatal wounds" are only the hurt)."""
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


_WENT_BEFORE = re.compile(r"\b(?:went|goes|gone|go|going)\s+\Z", re.I)
_AGE_OF_COUNTED = re.compile(r"[- ]years?[- ]olds?\b", re.I)
_AGE_ADJECTIVE = re.compile(r"\b\d{1,2}-(?:year|month|week)-olds?\b", re.I)


#: one person's act on another of the same noun: "the man who shot and killed another man", "A woman stabbed another
#: woman": someone other than the one who acted, not one more victim than those counted ("he shot another person"
#: after a spree's victims stays one more)
_ONE_ON_ANOTHER_BEFORE = re.compile(
    r"\b(?P<subj>man|woman|teen|teenager|boy|girl|person|driver|inmate|student)\s+(?:who\s+)?"
    r"(?:(?:allegedly|reportedly|fatally|then|later)\s+)?(?:shot|killed|stabbed|wounded|murdered|shot\s+and\s+"
    r"(?:killed|wounded|injured))\s+\Z", re.I)


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
        if q == "exact" and raw.lower().split() == ["a", "dozen"]:
            # "A dozen people were killed": the table's vague dozen (10-14, point 12), as "a dozen or so"
            ms.append(_Mention(m.start(), m.end(), "vague", qualifier="vague", vague="a dozen"))
            continue
        v = _num_value(raw)
        if v is None:
            continue
        if _YEAR_NUMBER.fullmatch(raw) and q == "exact":
            continue  # a year
        start = m.start()
        if q == "up_to" and _WENT_BEFORE.search(sent, max(0, start - 8), start):
            start, q = m.start("num"), "exact"  # "the death toll went up to 160": a toll that rose, not a ceiling
        if q == "exact" and sent[max(0, start - 2):start].rstrip().endswith(","):
            cq = _COMMA_QUALIFIER.search(sent, max(0, start - 30), start)
            if cq:  # "leading to the death of, at least, seven people": the qualifier set off by commas
                start, q = cq.start(), G.qualifier_of(cq.group("q"))
        if (ms and ms[-1].kind == "number" and ms[-1].value == v and re.fullmatch(r"\s*\(\s*", sent[ms[-1].end:start])
                and sent[m.end():m.end() + 2].lstrip().startswith(")")):
            ms[-1].end = sent.index(")", m.end()) + 1
            continue  # the figure again in digits: "eighty-one (81) persons" (one figure, its words read after it)
        if (ms and ms[-1].kind == "number" and sent[ms[-1].end:start].isspace()
                and _AGE_OF_COUNTED.match(sent, m.end())):
            continue  # the age of the figure just before it: "three 9-year-old children" (one figure, three)
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
        mm.additive = bool(m.group("art") and m.group("art").lower() == "another"
                           and not ((om := _ONE_ON_ANOTHER_BEFORE.search(sent, max(0, s - 60), s))
                                    and om.group("subj").lower() == noun.lower()))
        mm.extra["noun"] = noun
        ms.append(mm)
    if " both " in sent and all(x.kind == "singular" for x in ms):
        for pm in _BOTH_PAIR.finditer(sent):  # "The victims, a man and his son, both died": a figure of two
            ms = [x for x in ms if not pm.start() <= x.start < pm.end()]  # the two named are its members
            mm = _Mention(pm.start("both"), pm.end("both"), "number", value=2)
            mm.extra["pair_np"], mm.extra["pair_start"] = pm.group("np"), pm.start()
            ms.append(mm)
    ms.sort(key=lambda x: x.start)
    return ms


#: A plural noun phrase, two people in apposition to it, then "both" and a verb: "The bombers, a man and a teenage
#: girl, both died" (a figure of two, only in a sentence with no other figure).
_BOTH_PAIR = re.compile(
    r"\b(?P<np>(?:the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s),\s+(?:an?|the|his|her|their)\s+[^,.;:()]{1,50}?"
    r"\s+and\s+(?:an?|the|his|her|their)\s+[^,.;:()]{1,50}?,\s+(?P<both>both)\b", re.I)


_GUNSHOT_WOUNDS = re.compile(r"\b(?:gun\s*shot|bullet)\s+wounds?\b", re.I)
"""'Suffered / sustained gunshot wounds' says people were shot, not how it ended: injured unless they died."""


_SURVIVED_AFTER = re.compile(
    r"\A(?:\s+\w+){0,4}?\s+(?:and\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)|but\s+(?:\w+\s+)?survived|and\s+survived)\b", re.I)
"""After "shot": the people shot lived ("was shot and wounded", "were shot and wounded", "was shot in the chest but survived")."""


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

#: people in care, not a date: "surgical teams operated on 57 people wounded in the shelling"
_OPERATED_ON = re.compile(r"(?i)\boperat(?:ed|ing|es?)\s+on\s+\Z")
_RESULTED_IN = re.compile(r"\bresult(?:ed|ing|s)?\s+in\s+\Z", re.I)
"""Before a figure, "in" that is no date when a casualty word follows the figure: "the clashes resulted in 14
fatalities" (not "resulted in at least 18 casualties and 20 injured": the casualties are no figure of their own)."""


_LIVES_NOT_LOST = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|touch(?:es|ed|ing)?|chang(?:e|es|ed|ing)|impact(?:s|ed|ing)?|affect(?:s|ed|ing)?|"
    r"enrich(?:es|ed|ing)?|transform(?:s|ed|ing)?|improv(?:e|es|ed|ing)|(?:put|putting|puts)|endanger(?:s|ed|ing)?|"
    r"risk(?:s|ed|ing)?|protect(?:s|ed|ing)?|spar(?:e|es|ed|ing)|bless(?:es|ed|ing)?)\s+(?:\w+\s+){0,2}\Z", re.I)
"""Before "N lives" that were not lost: "saved multiple lives", "touched many lives", "put 20 lives at risk"."""


_SAID_END = re.compile(r"\b(?:said|says|say|added)\s+(?:that\s+)?\Z", re.I)
_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither|no\s+one)\s+of\s+(?:the|these|those|their|its|his|her)\s+(?:other\s+)?\Z", re.I)


# every alternative: "(death|casualty|fatality|the) (toll|count|figure)", "toll", "number of ...", "... toll|number of"
_TOLL_NEEDS = _needs(G.TOLL_BEFORE, "06b1bae6a3c3a3a2", "toll", "count", "figure", "number", "total")
# "number of (injured|...)", "injur(y|ed) (toll|count)"
_INJURY_TOLL_NEEDS = _needs(G.INJURY_TOLL_BEFORE, "9f40dd4962c556eb", "number", "injur")
# the casualty verb of grammar.KILL_WORDS, INJURE_WORDS and SHOT_WORDS, one word each alternative must hold
_VERB_WORDS = (
    "fatally", "mortally", "shot", "stabbed", "death", "kill", "dead", "die", "dying", "slain", "slaughtered", "murdered",
    "massacred", "assassinated", "executed", "beheaded", "lynched", "gunned", "perished", "pronounced", "declared",
    "lost", "found", "confirmed", "drowned", "succumbed", "left", "hanged", "hung", "strangled", "decapitated", "burn",
    "buried", "tortured", "stoned", "crucified", "hacked", "cut", "mow", "blown", "set", "martyred", "embraced",
    "electrocuted", "brought", "paid", "made", "fell", "attained", "laid", "throat",  # KILL_WORDS ("... to death", "burn(ed|t) alive", "mowed/mown down")
    "wound", "injur", "hurt", "maimed", "suffocat", "grazed", "burns", "hospitali", "broken", "fractured",  # INJURE_WORDS
    "hit", "struck")  # SHOT_WORDS (and "shot", "grazed", "wounded", "stabbed")
_PASSIVE_AFTER_NEEDS = _needs(G.PASSIVE_AFTER, "46ec3ceecfbe8516", *_VERB_WORDS, "treated")  # and grammar._BEING_TREATED
# "including", "among ...", "of whom/them", "most(ly)", "many of them", "the dead were", "which included", "the
# majority", "wounded:"
_SUBSET_NEEDS = _needs(G.SUBSET_BEFORE, "5a4714509a87b039", "includ", "among", "whom", "them", "most", "were", "majority",
                       ":")
# the number word of "a double shooting", "a triple homicide"
_TUPLE_NEEDS = _needs(G.TUPLE_SHOOTING, "e5649c2b88560684", "double", "triple", "quadruple", "quintuple")
# the words before a shooter's age ("shot by", "the suspect", "police arrested")
_AGENT_AGE_NEEDS = _needs(G.AGENT_AGE_CONTEXT, "28f6db9c96d03ec4", "by", "suspect", "shooter", "gunman", "assailant",
                          "attacker", "killer", "robber", "carjacker", "arrest", "charged", "accused", "booked",
                          "identified")


# patterns of _classify read for most figures, compiled once (the same patterns and flags as written inline before)
# a figure of shots fired, not of people shot ("fired one shot", "heard one shot", "One shot was fired"); "shots"
# is never people (NOT_CASUALTY_AFTER), "one shot" is people in a headline's "2 dead, one shot in the leg"
_SHOT_FIRED_SUFFIX = re.compile(r"\A\s*shot\s+(?:was\s+fired|rang\s+out|hit|struck|went)\b", re.I)
_SHOT_FIRED_PREFIX = re.compile(
    r"\b(?:fired?|fires|firing|heard|hears|hearing|(?:let|squeezed|got)\s+off|discharged)\s+(?:only\s+|just\s+)?\Z", re.I)
_SHOT_AFTER = re.compile(r"\A\s*shot\b", re.I)
_AGE_APPOS_BEFORE = re.compile(r"(?<!\d)(?<!\d[snrt][tdh])[A-Za-z]\s*,\s*\Z")
_CASUALTY_WORD_COMMA = re.compile(r"\b(?:shot|killed|dead|wounded|injured|hurt|died|people|persons|others|civilians|victims)\s*,\s*\Z", re.I)
_AGE_APPOS_AFTER = re.compile(r"\A\s*(?:,|\)|of\s+(?!them|whom|those)|from\b|and\s+\d|(?-i:[A-Z][a-z]))", re.I)
_OF_THEM_AFTER = re.compile(r"\A\s+of\s+(?:them|whom)\b", re.I)
_THEM_AFTER = re.compile(r"\A\s+(?:them|whom)\b", re.I)
_COMMA_END = re.compile(r",\s*\Z")
_MORE_AFTER = re.compile(r"\A\s+more\b", re.I)
# the cause of a running toll's rise: "the death toll has risen to nine after two more bodies were found" (the two
# are among the nine, not added to them)
_TOLL_ROSE_AFTER = re.compile(
    r"(?i)\b(?:risen|rose|climbed|increased|jumped|reached)\s+to\s+[^.;:]{1,60}?\b(?:after|as|when|with)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+|further\s+)?\Z")
_SENT_VERB_BEFORE = re.compile(r"(?i)\bsen(?:t|ds|ding)\s+\Z")
#: the hurt who died since, before a toll: "Two of the injured died on Monday, raising the toll to 11"
_HURT_WHO_DIED = re.compile(r"(?i)(?:injur|wound)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:died|succumbed|passed\s+away)\b")


# a cumulative count's scope: a month, a year, "so far", "to date", a city's homicides (besides grammar.SUMMARY's
# "since January", "since the war began"); a week or less ("since Thursday", "this week") is one incident's
_CUMULATIVE_SCOPE = re.compile(
    r"\b(?:this|the|last)\s+(?:month|year)\b|\bso\s+far\b|\bto\s+date\b|\bfor\s+(?:the\s+year|(?:19|20)\d\d)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bhomicides?\b|\bmurders?\b|\bnationwide\b|\bin\s+the\s+(?:country|state|region|province)\b"
    # a toll of a span of fighting that one event raises, however short: "raising the death toll from two days of
    # fighting to 26" (the event's own figure is beside it)
    r"|\b(?:days?|weeks?|months?|years?)\s+of\s+(?:fighting|violence|conflict|clashes|unrest|bombardment|bombing|strikes|"
    r"air\s*strikes|shelling|raids|protests|escalation)\b|\bescalation\b",
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
    _classify_one(sent, m)
    if m.ctype and "pair_np" in m.extra:
        m.np = m.extra["pair_np"]  # "The bombers, a man and a teenage girl, both died": two bombers
        m.span_start = min(m.span_start, m.extra["pair_start"])


#: before a number: another figure's plural noun and "of" ("Two relatives of | one of its staff members"): the number is
#: inside that figure's noun phrase, not a figure of its own
_INSIDE_A_FIGURES_NOUN = re.compile(
    rf"(?i)\b(?:\d{{1,3}}|{G.NUMBER_PATTERN})\s+(?:[\w'’-]+\s+)?(?:relatives|members|friends|employees|staff|workers|"
    r"colleagues|children|sons|daughters|siblings|cousins)\s+of\s+\Z")


#: a verb of speech right after a single person's noun phrase: the person spoke ("the governor said")
_SPEAKER_VERB_AFTER = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:said|says|told|added|stated|explained)\b", re.I)


def _classify_one(sent: str, m: _Mention) -> None:
    prefix = sent[max(0, m.start - 90):m.start]
    suffix = sent[m.end:m.end + 220]
    if m.kind != "singular" and G.NOT_CASUALTY_AFTER.match(suffix):
        m.rule = "not_casualty"
        return
    if m.kind == "singular" and _SPEAKER_VERB_AFTER.match(suffix):
        m.rule = "not_casualty"  # "..., four children were among the wounded, the governor said": who spoke
        return
    if m.kind != "singular" and _SHOT_AFTER.match(suffix) and (
            _SHOT_FIRED_PREFIX.search(prefix) or _SHOT_FIRED_SUFFIX.match(suffix)):
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
    if m.kind == "number" and prefix.endswith(" of ") and _INSIDE_A_FIGURES_NOUN.search(prefix[-60:]):
        m.rule = "not_casualty"  # "Two relatives of one of its staff members", "Three members of one family": its noun's
        return
    if (m.kind == "number" and m.value == 1 and re.search(r"(?i)\b(?:this|that)\s+\Z", prefix[-8:])
            and re.match(r"\s+hurts?\b", suffix)):
        m.rule = "not_casualty"  # "This one hurt, a lot" (the case hurt its teller): no one hurt
        return
    if m.kind == "vague" and prefix[-4:].lower() == "how " and sent[m.start:m.end].lower() == "many":
        m.rule = "not_casualty"  # a question, not a figure: "How many more children must die?", "unclear how many were hurt"
        return
    if m.kind != "singular" and _NONE_OF_BEFORE.search(prefix[-40:]):
        m.rule = "not_casualty"  # "None of the other six clerks in the shop were hurt"
        return
    m.subset = _search_if(G.SUBSET_BEFORE, _SUBSET_NEEDS, prefix[-50:]) is not None or (
        m.kind != "singular" and (_OF_THEM_AFTER.match(suffix) is not None
                                  # a vague word read with its "of": "..., many of them burned to death"
                                  or (m.kind == "vague" and sent[m.end - 3:m.end].lower() == " of"
                                      and _THEM_AFTER.match(suffix) is not None))
        # (or after a speaker: "... were taken to hospitals, and police said two of them were in serious condition")
        and (_COMMA_END.search(prefix) is not None or _SAID_END.search(prefix[-40:]) is not None))
    if (not m.subset and m.kind == "number" and _GROUP_APPOSED_LIST.search(prefix[-60:]) is not None
            and _APPOSED_LIST_CLOSES.match(suffix)):
        m.subset = True  # "The wounded, four men and a 17-year-old girl, were taken to ...": part of the wounded
    if m.subset:
        gm = (_SUBSET_OF_GROUP.search(prefix[-50:]) or _GROUP_APPOSED_SUBSET.search(prefix[-50:])
              or _GROUP_APPOSED_LIST.search(prefix[-60:]))
        if gm:  # "Among the dead were two children", "The victims included two children": whose subset it is
            m.extra["among"] = gm.group("t").lower()
    if m.kind != "singular" and (G.ANOTHER_BEFORE.search(prefix[-25:]) or _MORE_AFTER.match(suffix)):
        m.additive = not ("to " in prefix and _TOLL_ROSE_AFTER.search(prefix))
    elif m.kind == "number" and "also" in suffix[:120] and G.ADULTS_ALSO_HURT.match(sent, m.start):
        m.additive = True  # adults "also" hurt: kept apart only beside children hurt (article_totals._another_in_group)
    if m.kind != "singular":
        tm = _search_if(G.TOLL_BEFORE, _TOLL_NEEDS, prefix)
        toll_from = max(0, m.start - 90)
        if tm is None and m.start > 90 and "toll" in (wide := sent[max(0, m.start - 170):m.start]):
            # the event named at length: "The death toll from a Russian drone strike that hit an apartment block in
            # the Black Sea port of Odesa rose to 10"
            tm, toll_from = G.TOLL_BEFORE.search(wide), max(0, m.start - 170)
            if tm and not tm.group(0).lower().startswith(("death", "the", "casualty", "fatality")):
                tm = None
            prefix = wide if tm else prefix
        if tm and not re.search(r"(?i)\bdeath\s+(?:toll|total)", tm.group(0)) and (hm := re.search(
                r"injur|wound|casualt", (clause := _CONTRAST_CLAUSE.split(prefix[max(0, tm.start() - 40):])[-1]),
                re.I)) and not (
                hm.group(0).lower() == "casualt" and _BARE_FIGURE_END.match(suffix)
                and not re.search(r"(?i)injur|wound|hurt", sent)) and not _HURT_WHO_DIED.match(clause, hm.start()):
            # (not the hurt who died since: "Two of the injured died on Monday, raising the toll to 11")
            # a toll of the injured (not across "..., while activists put the toll at"); a bare "casualty figure"
            # in a sentence that tells no one hurt is the dead: "The casualty figure later increased to nine."
            m.rule = "not_casualty"
            return
        if tm and _HAS_CUMULATIVE_VERB(prefix[max(0, tm.start() - 40):tm.end()].lower()) and _cumulative_count(
                sent, m, prefix, suffix):
            return  # a toll an event raises: "raising the Palestinian death toll from two days of fighting to 26"
        if tm:
            m.ctype, m.rule = "killed", "toll"
            m.span_start, m.span_end = m.start, m.end
            # "The death toll from Tuesday's bombing rose to": its day is the event's (offset in the sentence)
            m.extra["toll_start"] = toll_from + tm.start()
            return
        if _cumulative_count(sent, m, prefix, suffix):
            return
        if _search_if(G.INJURY_TOLL_BEFORE, _INJURY_TOLL_NEEDS, prefix[-110:]):
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
                (_RESULTED_IN.search(prefix[-30:]) or _OPERATED_ON.search(prefix[-30:])) and G.NOMINAL_AFTER.match(suffix)))
                or _LABEL_BEFORE.search(prefix[-40:])
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
    if m.kind != "singular" and "of" in prefix[-80:].lower() and _HURT_STATE_AFTER.match(suffix):
        pm = _OF_THE_GROUP_BEFORE.search(prefix[-80:]) or _OF_THOSE_WHO_WERE_BEFORE.search(prefix[-80:])
        if pm and _AMONG_TYPE.get(pm.group("t").lower()) == "injured":
            # "Of the seven people who were wounded, two remain hospitalized": some of the hurt, not more of them
            m.subset, m.ctype, m.rule = True, "injured", "among"
            m.np, m.extra["among"] = "people", pm.group("t").lower()
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
    if m.kind != "singular" and prefix[-6:].lower().endswith("and ") and " of " in prefix[-100:].lower():
        pm = _OF_THE_DEAD_AND_BEFORE.search(prefix[-100:])
        gm = _GROUP_PRED_AFTER.match(suffix) if pm else None
        if gm and _named_group(gm.group("pred")):
            # "Seven of the victims were women and three were children": the second figure is a subset of the same group
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(pm.group("t").lower()), "among"
            m.np, m.extra["among"], m.extra["pred"] = gm.group("pred"), pm.group("t").lower(), gm.group("pred")
            m.span_start, m.span_end = m.start, m.end + gm.end()
            return
    if m.kind != "singular" and ("among" in suffix[:80].lower() or suffix[:10].lower().lstrip().startswith("of th")):
        om = _OF_THE_DEAD.match(suffix)
        if om and _named_group(om.group("pred")):
            # "Three of the dead were children": a subset of the dead, of the predicate's group
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get(om.group("t").lower()), "among"
            m.np, m.extra["among"], m.extra["pred"] = om.group("pred"), om.group("t").lower(), om.group("pred")
            m.span_start, m.span_end = m.start, m.end + om.end()
            return
        am = _AMONG_DEAD_AFTER.match(suffix)
        if am and am.group("more") and _NOT_A_GROUP_NOUN.search(am.group("np") or ""):
            am = None  # "(killed) 9 in the city on Monday, four children among the injured": a place, not a group noun
        if am and not _non_person(_head(am.group("np") or "")):
            # "Two children were among the dead": a subset of the dead
            m.subset, m.ctype, m.rule = True, _AMONG_TYPE.get((am.group("t") or am.group("bare")).lower()), "among"
            m.np, m.extra["among"] = (am.group("np") or "").strip(), (am.group("t") or am.group("bare")).lower()
            # (a group coordinated before others' figures spans its own words: the others' spans are theirs)
            m.span_start, m.span_end = m.start, m.end + (am.start("more") if am.group("more") else am.end())
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
        active = (not passive and md.group("kill") and _OBJECT_AFTER.match(suffix[verb_end:]) and (
            _ACTIVE_KILL_VERB.match(md.group("kill")) or (  # "Two gunmen fatally shot a clerk", not "... Friday"
                _ACTIVE_KILL_PHRASE.match(md.group("kill")) and not _TIME_AFTER_VERB.match(suffix[verb_end:]))))
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
        if not active and (not _non_person(_head(np)) or _attackers_hit(np, md)):
            m.ctype = _type_of(md)
            if m.ctype == "shot" and md.group("inj") and re.search(r"\band\s+\Z", prefix):
                m.ctype = "injured"  # "one deceased man and one woman who suffered gunshot wounds": someone else
            elif m.ctype == "shot" and md.group("shot") and _SURVIVED_AFTER.match(suffix[verb_end:verb_end + 60]):
                m.ctype = "injured"  # "Two passengers who tried to run were shot and wounded": hurt, not the dead told again
            m.rule = "passive_after"
            m.np = np.strip()
            m.verb_is_passive = True
            m.span_start, m.span_end = m.start, m.end + verb_end
            return
        if active and (_ATTACKER_NP.search(np) or (md.group("kill") and _VICTIM_OBJECT_AFTER.match(suffix[verb_end:])
                                                    and not _TIME_AFTER_VERB.match(suffix[verb_end:]))):
            # the figure is the subject of an active verb with an object: the killers, not the dead ("Police say two men
            # killed the clerk"; not "Two men killed Sunday in a crash", a headline's day)
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
    if (m.kind != "singular" and (prefix.endswith(("struck ", "hit ", "least ", "of ")))
            and _STRUCK_BEFORE.search(prefix[-30:]) and _PEOPLE_AFTER.match(suffix)
            and _GUNFIRE_SUBJECT.search(sent, 0, m.start)):
        m.ctype, m.rule = "shot", "active_before"
        m.span_start, m.span_end = m.start - len(_STRUCK_BEFORE.search(prefix[-30:]).group(0)), m.end
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
    if m.kind != "singular" and ("victim" in suffix[:40] or "hospital" in suffix or "Hospital" in suffix or "gunshot" in suffix
                                 or "condition" in suffix[:60] or "injuries" in suffix[:100] or "wounds" in suffix[:100]
                                 or "Medical Cent" in suffix or "Trauma Cent" in suffix
                                 or "medical cent" in suffix or "trauma cent" in suffix or "edical Coll" in suffix
                                 or "edical coll" in suffix):
        md = G.HURT_AFTER.match(suffix)
        if md and md.group("cut") and not (md.group("np") or "").strip():
            md = None  # "one with a stab wound to the chest, the other with ...": each of a group told before
        if md and not _non_person(_head(md.group("np") or "")):
            m.ctype = ("hospital" if md.group("hosp") or md.group("hosp_in") or (
                           md.group("wound") and _CARED_FOR_AFTER.match(suffix, md.end()))
                       else "injured" if md.group("have_inj") else "shot")
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
    if m.kind != "singular" and ("death" in suffix[:90].lower() or "alive" in suffix[:90].lower()):
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
            whole = _OF_THE_NUMBERED.match(suffix)  # "shot down 13 of the 17 drones": the noun after the second number
            if ((_non_person(_head(m.np)) and not _ATTACKER_NP.search(m.np))
                    or whole and _non_person(_head(whole.group("np"))) and not _ATTACKER_NP.search(whole.group("np"))):
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
_STRUCK_BEFORE = re.compile(r"\b(?:struck|hit)\s+(?:at\s+least\s+|a\s+total\s+of\s+)?\Z", re.I)
_GUNFIRE_SUBJECT = re.compile(r"\b(?:gunfire|shots|bullets?|rounds?|shrapnel|pellets|gunman|gunmen|shooter)\b", re.I)
_PEOPLE_AFTER = re.compile(r"\A\s+(?:more\s+|other\s+)?(?:people|persons|men|women|children|kids|teens|teenagers|"
                           r"victims|others|bystanders|boys|girls|officers|students|adults)\b", re.I)
"""Active "struck" or "hit" before a figure of people, with a shot, a bullet or the gunman before it: "Gunfire hit six
people outside the club", "the bullet ricocheted and struck six people" (people shot; not "the storm hit 3 towns")."""


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
    _shares_verb_forward(sent, ms)
    _shares_verb_rest(sent, ms)


def _shares_verb_forward(sent: str, ms: list[_Mention], aged: bool = False) -> None:
    """Forward coordination: "three soldiers and two civilians were killed", "a man and his three sons were found
    shot" (right to left). ``aged``: run again once the ages after a figure have typed it ("her two daughters, 4 and
    13, were found"); only such a figure gives its verb then."""
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        if a.ctype or a.rule in ("not_casualty", "attacker_subject") or not b.ctype:
            continue
        if aged and b.age is None and "age_bands" not in b.extra:
            continue
        if b.rule not in ("passive_after", "coordinated", "nominal_after", "hurt_after"):
            continue
        if _OF_THEM_AFTER.match(sent[b.end:b.end + 20]):
            continue  # "Two men exchanged gunfire ..., and one of them was wounded": a part of the two, not more
        if i > 0 and ms[i - 1].subset and not ms[i - 1].ctype and _SUBSET_LIST_GAP.match(sent[ms[i - 1].end:a.start]):
            continue  # "including four women and three children, and 20 were wounded": the last item of a subset
        gm = _COORD_FWD.match(sent[a.end:b.start])
        if gm and gm.group("own") and _RELATIVE.search(sent, b.end, b.span_end):
            continue  # "the deaths of a pastor, his wife and their three children who were shot": the verb is theirs
        if gm and not _non_person(_head(gm.group("np") or "")):
            a.ctype, a.rule, a.np = b.ctype, "coordinated", (a.np + " " + (gm.group("np") or "")).strip()
            if _DEAD_NP.search(gm.group("np") or ""):
                a.ctype = "killed"  # "one deceased man and two injured victims", "one homicide, two injured"
            a.span_start, a.span_end = a.start, b.span_end
            a.subset = a.subset or False


def _shares_verb_rest(sent: str, ms: list[_Mention]) -> None:
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
        if "," in gap and not re.search(r"(?i)\band\b", gap) and _SPEAKER_AFTER.match(sent, b.end, b.end + 80):
            continue  # "wounding 28, a spokesman for the governor said": who gave the figures, not one more victim
        # an age before the first figure's noun is one of its words: "killed three 9-year-old children and three adults"
        gm = _COORD_BACK.match(_AGE_ADJECTIVE.sub(lambda am: "aged" + "-" * (len(am.group(0)) - 4), gap) if "old" in gap else gap)
        if gm and not _non_person(_head(gm.group("np") or "")):
            b.ctype, b.rule = a.ctype, "coordinated"
            fm = _FOLLOW_NP.match(sent[b.end:b.end + 120]) if b.kind != "singular" else None
            b.np = (fm.group("np") if fm else b.np).strip()
            if b.kind != "singular" and fm and _non_person(_head(b.np)):
                b.ctype, b.rule = None, "not_casualty"
                continue
            b.span_start, b.span_end = b.start, b.end
            b.subset = b.subset or a.subset
_INTENT_BEFORE = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|tr(?:y|ied|ies|ying)|attempt(?:ed|ing|s)?|plan(?:ned|s|ning)?|plot(?:ted|ting|s)?|vow(?:ed|s|ing)?|"
    r"want(?:ed|s)?|intend(?:ed|s)?|going|sought|seek(?:ing|s)?|conspir(?:ed|ing|acy)|promis(?:ed|es)|wish(?:ed|es)?|"
    r"(?:hired|paid|asked|ordered)(?:\s+\w+){1,3}?)\s+to\s+\Z", re.I)
"""Before a base-form verb: an intention or threat, not an act ("threatened to kill his wife", "tried to kill 2")."""


#: "the dead", "those killed", "the victims", "the wounded": a group of an earlier figure (group "t")
# "the dead", "those killed", "the 20 people killed", and a headline's "8 killed" (no article)
#: the size of a group of victims named before its noun: "(the) 20 (people) killed"
_GROUP_SIZE = r"(?:\d[\d,]*|" + G.NUMBER_PATTERN + r")\s+(?:(?:people|persons|civilians)\s+)?"
# (with its qualifier: "among at least 28 people killed")
_GROUP_QUALIFIER = r"(?:(?:at\s+least|more\s+than|nearly|almost|about|around|some|over)\s+)?"
_AMONG_GROUP = (r"(?:(?:the|those)\s+(?:" + _GROUP_QUALIFIER + _GROUP_SIZE + r")?|" + _GROUP_QUALIFIER
                + r"(?:\d[\d,]*\s+(?:(?:people|persons|civilians|(?-i:[A-Z][a-z]+s))\s+)?"
                # a number in words names its people: "among three people hurt" (not "among three hurt")
                + r"|" + G.NUMBER_PATTERN + r"\s+(?:people|persons|civilians)\s+))"
                r"(?P<t>dead|deceased|martyrs|killed|victims|wounded|injured|hurt|shot|casualties|fatalities)\b")
_AMONG_TYPE = {"dead": "killed", "deceased": "killed", "martyrs": "killed", "killed": "killed", "fatalities": "killed",
               "deaths": "killed", "wounded": "injured", "injured": "injured", "hurt": "injured"}  # (among "those shot" or "the victims": the figure's own type)
#: Before a subset's figure, the group it is part of: "among the dead were ", "the victims included ".
_SUBSET_OF_GROUP = re.compile(
    rf"\b(?:among\s+)?{_AMONG_GROUP}"
    r"(?:\s+(?:were|are|was|is|include|included|includes))?\s*,?\s*(?:at\s+least\s+|the\s+)?\Z", re.I)
#: a group's list in apposition, before one of its figures: "The wounded, (four men and a 17-year-old girl, were ...)"
_GROUP_APPOSED_LIST = re.compile(
    r"\b(?:the|those)\s+(?P<t>wounded|injured)\s*,\s*(?:[^.;:(),]{1,80}?(?:,\s*|\s+and\s+))?\Z", re.I)
#: ... and the rest of the list up to the comma that closes it before the group's verb
_APPOSED_LIST_CLOSES = re.compile(r"[^.;:(),]{1,100}?,\s*(?:were|are|have|had|remain|remained)\b", re.I)
#: words that make a figure's following words no group noun of a list ("9 in the city on Monday, four children ...")
_NOT_A_GROUP_NOUN = re.compile(r"\b(?:in|at|on|of|from|near|to|by|for|with|after|during|when)\b", re.I)
#: Before a subset's figure, in apposition to the group it is part of: "The injured, including five children, (were
#: taken to ...)", "the injured, among them two boys aged 10 and 13, (were shifted to ...)"
_GROUP_APPOSED_SUBSET = re.compile(
    r"\b(?:the|those)\s+(?P<t>dead|deceased|killed|victims|wounded|injured|hurt|casualties)\s*,\s*"
    r"(?:including|among\s+(?:them|whom))\s+(?:at\s+least\s+)?\Z", re.I)
#: After a figure: "(Two) of the wounded later died", "of those injured have since died".
_HURT_LATER_DIED = re.compile(
    r"\A\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\s+(?:(?:have|has|had|later|since|subsequently|also)\s+){0,3}"
    r"(?:died|succumbed|passed\s+away)\b", re.I)
#: After a figure: "(Three) of the dead were children": the figure is a subset; its group is the predicate.
_GROUP_PRED = (r"(?P<pred>(?!(?:\w+ed|\w+ing|in|at|on|from|to|with|by|still|not|being|listed|taken|shot|hit|among)\b)"
               r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*(?:[,.;:()]|\Z|\s(?:and|who|from|aged|between|under)\b"
               # "Four of the dead were rebels killed in a long clash with the army"
               r"|\s(?:killed|slain|shot|executed)\s+(?:in|at|on|during|by|when|while)\b))")
#: "(Nine) of the 19 people killed when a bomb went off in the town on Friday were children": the group may hold a
#: clause or phrase of its own (no comma) before "were".
_OF_THE_DEAD = re.compile(rf"\A\s+of\s+{_AMONG_GROUP}(?:\s+(?:in|at|on|when|during|after|by|while|as)\s[^,;.:()\"“”]{{0,140}}?)?"
                          rf"\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: Before a figure: "Seven of the victims were women and (three) ...": a subset of the same group follows.
_OF_THE_DEAD_AND_BEFORE = re.compile(
    rf"\b(?:\d[\d,]*|{G.NUMBER_PATTERN})\s+of\s+{_AMONG_GROUP}\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*,?\s+and\s+\Z", re.I)
#: Before a figure: "Of the 30 dead, (14) ...": the group the figure is part of.
_OF_THE_GROUP_BEFORE = re.compile(rf"\bof\s+{_AMONG_GROUP}\s*,\s*\Z", re.I)
#: Before a figure: "Of the seven people who were wounded, (two) ...": the group told by a relative clause.
_OF_THOSE_WHO_WERE_BEFORE = re.compile(
    rf"\bof\s+(?:the|those)\s+(?:{_GROUP_SIZE})?(?:(?:people|persons|victims|others)\s+)?(?:who|that)\s+(?:were|had\s+been)\s+"
    r"(?P<t>wounded|injured|hurt)\s*,\s*\Z", re.I)
#: After a figure: "(two) remain hospitalized", "(three) were in critical condition": how some of the hurt are now.
_HURT_STATE_AFTER = re.compile(
    r"\A\s+(?:remain|remained|are|were|was|is)\s+(?:still\s+)?(?:hospitali[sz]ed|in\s+(?:the\s+)?(?:hospital|intensive\s+care)"
    r"|in\s+(?:critical|serious|grave|stable|fair|good)(?:\s+but\s+stable)?\s+condition)\b", re.I)
#: After a figure: "(14) were children": the predicate naming the subset's group.
_GROUP_PRED_AFTER = re.compile(rf"\A\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: Before a figure: "Children accounted for (nine) ...", "Women made up (half) ...": the subset's group.
_GROUP_ACCOUNTED_BEFORE = re.compile(
    r"(?P<grp>\b[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:accounted|account|accounts|made\s+up|make\s+up)\s+(?:for\s+)?\Z", re.I)
#: After a figure: " of the 25 deaths", " of the dead": the group that holds it.
_OF_THE_GROUP_AFTER = re.compile(
    rf"\A\s+of\s+(?:the|those)\s+(?:{_GROUP_SIZE})?(?P<t>dead|deaths|killed|victims|wounded|injured|casualties|fatalities)\b",
    re.I)
#: A sentence's first figure: "(Three) of them were children": a subset of the figure of the sentence before.
_OF_THEM_GROUP = re.compile(rf"\A\s+of\s+them\s+(?:were|are)\s+(?:also\s+|all\s+)?{_GROUP_PRED}", re.I)
#: After a figure: "(Two) children were among the dead": the figure is a subset of an earlier one.
_AMONG_DEAD_AFTER = re.compile(
    # (up to six words: "Four children under the age of ten are among the dead")
    rf"\A\s+(?P<np>(?:(?!(?:were|are|was|is|among|and)\b)[\w'’-]+\s+){{0,6}}?"
    # a subset or their ages inside: "Five children, including a four-month-old baby, were among the dead",
    # "Two boys, aged 4 and 6, were among the dead"
    rf"(?:[\w'’-]+(?=,\s*(?:including\s|among\s+them\s|aged\s+\d|the\s+(?:youngest|oldest)\s|{NUMBER_PATTERN}\s)))?)"
    # other numbered groups coordinated after it: "seven children and five women were among the dead"
    rf"(?P<more>(?:(?:,\s*|(?:,\s*)?and\s+){NUMBER_PATTERN}\s+(?:(?!(?:were|are|was|is|among|and)\b)[\w'’-]+\s+){{1,4}}?)+)?"
    # ... or its youngest named: "13 children, the youngest a 4-month-old baby, were among"
    r"(?:,\s*(?:(?:including|among\s+them|the\s+(?:youngest|oldest))\s+[^,.;]{1,60}"
    r"|aged\s+\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*),\s+"
    # ages without commas: "Two boys aged 14 and 15 are among the dead"
    r"|aged\s+\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s+)?"
    # a headline leaves the verb out: "Three soldiers among 8 killed in ..."
    rf"(?:(?:were|are|was|is)\s+(?:also\s+|reportedly\s+|among\s+)?)?"
    # a headline's bare "among injured"
    rf"among\s+(?:{_AMONG_GROUP}|(?P<bare>dead|injured|wounded)\b)", re.I)


def _named_group(np: str) -> bool:
    """A noun phrase that names who the victims were ("children", "two policemen"), not just "people"."""
    return G.victim_group_of(np) != ("people", False)


# a violent verb, its object, then "to death": "beat a man to death", "stoned the woman to death", "hacking Ali Musa
# to death" (the object between verb and "to death", which KILL_WORDS' "hacked to death" does not hold)
_TO_DEATH_VERBS = (r"beat|beats|beating|hack(?:ed|s|ing)|stab(?:bed|s|bing)|ston(?:ed|es|ing)|burn(?:ed|t|s|ing)|"
                   r"club(?:bed|s|bing)|bludgeon(?:ed|s|ing)|chop(?:ped|s|ping)|slash(?:ed|es|ing)|tortur(?:ed|es|ing)|"
                   r"crush(?:ed|es|ing)|starv(?:ed|es|ing)|strangl(?:ed|es|ing)|kick(?:ed|s|ing)|trampl(?:ed|es|ing)|"
                   r"batter(?:ed|s|ing)|shot|shoot(?:s|ing)|hammer(?:ed|s|ing)|whip(?:ped|s|ping)|flog(?:ged|s|ging)|"
                   r"chok(?:ed|es|ing)|knif(?:ed|es|ing)|machet(?:ed|es|ing)")
#: Before a figure: a violent verb whose object the figure is, "to death" following it ("hacked three villagers to
#: death", "burning five people to death").
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|murdered|murdering|massacred|massacring|slaughtered|slaughtering)\b"
                            r"[^.;]{0,120},\s*\Z", re.I)
_TO_DEATH_VERB_BEFORE = re.compile(
    rf"\b(?:{_TO_DEATH_VERBS})\s+(?:(?:at\s+least|more\s+than|about|some|nearly|another|the|all)\s+)?\Z", re.I)
_TO_DEATH_AFTER = re.compile(rf"\A{G.NOUN_PHRASE}\s+(?:to\s+death|alive)\b", re.I)  # "burning five people alive"


_OWN_PREDICATE = re.compile(r"\s*,?\s+(?:(?:also\s+)?(?:was|were|is|are|has|have|had)\b|(?:later\s+)?(?:died|suffered|survived|escaped|fled)\b)",
                            re.I)
"""After a person coordinated with a victim: a verb of that person's own ("killed his wife and a neighbor was
wounded", "... and her son escaped"): another clause, not one more object of the killing verb."""


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
#: After "(nine people) with gunshot wounds": their care ("were taken to hospital"), which tells them alive, as "nine
#: people were taken to hospital with gunshot wounds" does (not "found with gunshot wounds", the dead among them).
_CARED_FOR_AFTER = re.compile(r"\s+(?:were|are|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:taken|transported|rushed|brought|"
                              r"admitted|airlifted|flown|hospitali[sz]ed|treated)\b", re.I)
_TO_HOSPITAL = re.compile(
    r"\A(?P<np>(?:\s+(?!to\b)[\w'’-]+){0,4}?)\s+to\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|two\s+|three\s+|several\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?|emergency\s+rooms?)\b(?!\s+to\s+\w)", re.I)
"""After "sent" and its object: "... (four people) to the hospital", "(a teenage girl) to an area hospital"."""


def _span(c: Claim) -> str:
    return c.evidence_text[c.char_start - c.sentence_start:c.char_end - c.sentence_start]


# --------------------------------------------------------------------------- headline and lead forms
# (grammar.py, "headline and lead forms"): read in every sentence, after the other passes, and only where no
# figure of the sentence is already read; a victim without a determiner ("shoots neighbor") only in a title.
_NOUN_SHOT_BEFORE = re.compile(r"\b(?:a|an|the|one|that|this|fatal|single|warning|gun|first|second|last|another)\s+\Z", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?\Z", re.I)


_HURT = ("injured", "shot", "hospital")
_SUBSET_LIST_GAP = re.compile(rf"\A{G.NOUN_PHRASE_ACRONYM}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?\Z", re.I)
#: Where a sentence turns to another party's account: "Medics said 3 were killed, while activists put the toll at
#: 5", "The army said 30 militants died; residents said most were civilians".
_BARE_FIGURE_END = re.compile(r"\s*(?:[.;]|\Z)")
_CONTRAST_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|although|though)\b|\s(?:while|whereas|but)\s+(?=\S+(?:\s+\S+){0,4}\s+"
                              r"(?:said|says|say|told|reported|put|gave|claimed|counted|insisted)\b)", re.I)
