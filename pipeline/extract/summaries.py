"""Period figures and summaries: cues that a figure covers many incidents or a span longer than one
incident ("since January", "over the past two weeks", "the 40-day siege"), kept apart from
single-incident tolls (docs/conventions.md, "Summaries").
"""
from __future__ import annotations

import re

from pipeline.extract import grammar as G
from pipeline.extract.numbers import parse_number
from pipeline.extract.scan import any_in as _any_in, any_literal as _any_literal, scan_lower, top_alternatives
from pipeline.extract.sentences import _lacks, _needs, _same


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
    ("days", "weeks", "months", "years", "decades"), ("since",), ("far",), ("hours",), ("year",), ("past", "last"),
    ("war", "conflict", "insurgency", "uprising", "crisis", "epidemic", "violence"),
    ("war", "conflict", "insurgency", "uprising", "crisis"), ("war",), ("since",), ("annual",), ("year's",), ("same",),
    ("across", "throughout", "city", "shootings", "incidents", "related", "connected", "linked"), ("month", "year"), ("previous", "prior", "earlier"), ("recent",),
    ("wake",), ("year",), ("annually",), ("nationwide",), ("across",), ("stats", "statistics"), ("came", "comes", "follow", "retaliation", "retribution", "revenge", "reprisal", "aveng", "protest",
                                       "hours", "minutes", "week", "month", "year"),
)


def _summary_alternatives() -> list[tuple[re.Pattern, re.Pattern]] | None:
    """(gate, pattern) for each top-level alternative of grammar.SUMMARY, each pattern holding the named groups
    of all (those of the others never match); None when SUMMARY is no longer the pattern the words were read from."""
    alts = top_alternatives(G.SUMMARY.pattern)
    if not _same(G.SUMMARY, "25f0a7a26117c167") or len(alts) != len(_SUMMARY_ALT_WORDS):
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


#: an ordinal that numbers the incident in a running count, just before the period: "(, the) 50th murder in the capital
#: (this year)", "(is capital's) 50th murder (this year)", "the 30th homicide in Chicago so far (this year)"
_ORDINAL_IN_COUNT = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|\w+tieth)\s+(?:[\w-]+\s+)?(?:murder|homicide|killing|stabbing|shooting|slaying|death|fatality|victim)"
    r"(?:\s+(?:in|of|on|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:so\s+far\s+)?\Z", re.I)

#: the incident ranked among others by a superlative before a summary cue: "(killing 64 ...) in the deadliest attack in
#: the Iraqi capital this year", "the worst bombing since 2017": the cue frames the ranking, not the figure
_SUPERLATIVE_IN_COUNT = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+(?:deadly|lethal|violent))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|attacks|bombing|blast|explosion|incident|shooting|massacre|assault|strike|raid|day|violence|act)"
    r"(?:\s+(?:in|of|on|across|against|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:so\s+far\s+)?\Z", re.I)

#: a statement that goes on with a figure of its own between a figure and a summary cue after it ("..., adding
#: that", "; ", "and said that"): the cue is that later clause's
_LATER_STATEMENT = re.compile(r";|\b(?:adding|added)\b|\band\s+said\s+that\b", re.I)


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
        if (span is not None and not m.group("roundup") and m.start() >= span[1]
                and _LATER_STATEMENT.search(sent, span[1], m.start())):
            continue  # "killed 23 on Friday, the monitor said, adding that six weeks of raids had killed 800": not the 23
        if re.search(r"\bweek\b", m.group(0), re.I):
            continue
        if span is not None and span[1] <= m.start() and _ORDINAL_IN_COUNT.search(sent, max(span[1], m.start() - 90),
                                                                                m.start()):
            continue  # "stabbed to death, the 50th murder in the capital this year": the incident's place in a count
        if span is not None and span[1] <= m.start() and _SUPERLATIVE_IN_COUNT.search(sent, max(span[1], m.start() - 90),
                                                                                       m.start()):
            continue  # "wounding 87 in the deadliest attack in the Iraqi capital this year": its rank, not its period
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
