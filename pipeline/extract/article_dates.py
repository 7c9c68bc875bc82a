"""The event's day for claims whose own sentence names none (docs/conventions.md, "Dates"): the
days the article names for the attack, weekdays resolved on the calendar dates a follow-up gives,
yearless dates on the year it writes, and earlier incidents told as background.
"""
from __future__ import annotations

import re
from datetime import date

from pipeline.extract.scan import scan_lower, top_alternatives
from pipeline.extract.timewindow import CLOCK_TIME
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _CASUALTY_RX, _same, split_sentences
from pipeline.extract.context import _pick_time, _time_windows, _to_date
from pipeline.extract.places import distance_km


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


def _calendar_anchors(text: str, published_at: date | None, sentences, tw_memo) -> list[tuple[date, int]]:
    """The calendar dates ("Jan. 19", "March 2, 2013") the article gives for the event itself (cue '',
    'death' or 'after'), the days its bare weekdays may refer to (``_weekday_on_anchor``), each with the
    start of its sentence."""
    if not _has_calendar_date(text):
        return []
    out = []
    for s0, s1 in (split_sentences(text) if sentences is None else sentences):
        for w in _time_windows(text[s0:s1], published_at, tw_memo):
            if w.precision == "day" and w.kind == "point" and w.cue in ("", "death", "after") \
                    and _has_calendar_date(w.expression):
                out.append((w.start, s0))
    return out


#: Two places this far apart (km) are two incidents' scenes, not one.
_OTHER_SCENE_KM = 50.0


def _anchors_of_the_scene(claim: Claim, anchors: list[tuple[date, int]], claims: list[Claim]) -> list[date]:
    """The anchors whose sentence reports no figure placed far from ``claim``'s place, nor only other counts of its
    type: "the July 7 attack in Dallas that killed five officers" dates another incident, not the weekday of a
    shooting in San Diego."""
    # a sentence whose own figures of the claim's type are other counts than the claim's tells another incident:
    # "Three men were wounded Sunday ... On Jan. 11, a 20-year-old man was wounded near a parade"
    counts: dict[int, set] = {}
    for k in claims:
        if k.evidence_field == "text" and k.casualty_type == claim.casualty_type and k.parent_key is None:
            counts.setdefault(k.sentence_start, set()).add(k.count_point)
    other = {s0 for s0, points in counts.items() if s0 != claim.sentence_start and claim.count_point not in points}
    if claim.latitude is None:
        return [a for a, s0 in anchors if s0 not in other]
    elsewhere = {k.sentence_start for k in claims
                 if k.evidence_field == "text" and k.latitude is not None and k.longitude is not None
                 and distance_km(claim.latitude, claim.longitude, k.latitude, k.longitude) > _OTHER_SCENE_KM}
    return [a for a, s0 in anchors if s0 not in elsewhere and s0 not in other]


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
        own = [w for w in _time_windows(c.evidence_text, published_at, tw_memo)
               if w.start == c.period_start and w.cue != "stamp"]  # (not an update line's "UPDATE 3/5/2016 9:40 a.m.:")
        return bool(own) and all(w.cue in ("death", "after") for w in own)

    # a weekday in a follow-up: the calendar date of that weekday the article gives
    weekdays = [(c, w) for c in claims if c.date_precision == "day" and c.period_start is not None
                for w in _time_windows(c.evidence_text, published_at, tw_memo)
                if w.start == c.period_start and w.precision == "day" and _WEEKDAY_ONLY.search(w.expression)]
    anchors = _calendar_anchors(text, published_at, sentences, tw_memo) if weekdays else []
    for c, w in weekdays if anchors else ():
        a = _weekday_on_anchor(w.start, w.expression, _anchors_of_the_scene(c, anchors, claims))
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

#: a sentence that opens on an earlier week or month than the article's incident: "Last week, ...", "Last month, ...",
#: "Earlier this month, ...", "In January (2018), ...", "Two weeks ago, ...", "A year ago this month, ..." (the window
#: of its opening phrase says how early)
_EARLIER_OPEN = re.compile(
    r"\s*(?:Last\s+(?:weekend|week|month|year)|Earlier\s+(?:this|that|last)\s+(?:week|month|year)"
    r"|(?:In|Back\s+in|Earlier\s+in)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:\s+(?:19|20)\d\d)?"
    r"|(?:A|One|Two|Three|a|\d)\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before)(?:\s+(?:this|that)\s+(?:week|month))?"
    # an earlier day: "On Friday, a truck bomb ... killed eight people" after a lead dated Tuesday
    # (not a list entry's full date: "Tuesday, November 12: Six employees ... were killed")
    r"|(?:On\s+|Last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?=\s*,(?!\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))"
    r"\s*,")


def _opened_as_earlier(claims: list[Claim], published_at: date | None, tw_memo: dict | None) -> None:
    """An earlier incident told as background by a sentence that opens on its week or month ("Last week, a bombing
    in a nearby town killed three", "In January, two officers were wounded", "Earlier this month, a girl was
    wounded"), after the article's incident was dated to a day by an earlier sentence: when the opening phrase's
    window ends before that day ("earlier this ...": starts before it), the sentence's figures are not the
    article's incident (``is_summary``), however few days apart."""
    lead = next((c for c in sorted(claims, key=lambda c: (c.sentence_start, c.char_start))
                 if not c.is_summary and c.evidence_field == "text" and c.period_start is not None), None)
    if lead is None or lead.date_precision != "day":
        return
    day = lead.period_start
    for c in claims:
        if c.is_summary or c.evidence_field != "text" or c.sentence_start <= lead.sentence_start:
            continue
        m = _EARLIER_OPEN.match(c.evidence_text)
        if m is None:
            continue
        w = next((w for w in _time_windows(c.evidence_text, published_at, tw_memo)
                  if w.span[0] <= m.end() and w.span[1] > m.start() and w.kind == "point"), None)
        if w is None or w.precision not in ("day", "week", "month", "year"):
            continue
        if w.dates_other_event and not (w.cue == "report" and w.precision != "day"):
            # (a statement a week or more before the incident tells an earlier toll: "Last month, UNAMID said 197
            # people had died in violence in Darfur in July"; a day's statement may be the incident's first count)
            continue
        if w.precision == "day" and c.rule.endswith("/another"):
            continue  # a round-up's own incident ("separate weekend shootings": "On Saturday night, a man was killed")
        earlier = m.group(0).lstrip().lower().startswith("earlier this")
        if (w.start < day) if earlier else (w.end < day):
            c.is_summary = True


#: a sentence that opens by setting what it tells apart from the article's incident: "Separately, a roadside bomb
#: wounded two policemen", "In a separate incident on Tuesday, ...", "In another attack, ...", "Elsewhere, ..."
_ANOTHER_INCIDENT_OPEN = re.compile(
    r"\s*(?:Separately|Elsewhere(?:\s+(?:in|on|near|across)\s+[^,.;]{1,50})?"
    r"|In\s+other\s+(?:violence|incidents|attacks|shootings|news)(?:\s+(?:in|on)\s+[^,.;]{1,50})?"
    r"|In\s+(?:a\s+separate|an\s+unrelated|another)\s+(?:incident|attack|shooting|stabbing|"
    r"bombing|raid|strike)\b(?:[^,.;]|[ap]\.m\.){0,60}"
    # the noun left out after a count of incidents: "... one of at least five shootings in the city over the weekend.
    # In another, a 24-year-old man was shot in the leg"
    r"|In\s+(?:another|a\s+second|a\s+third|the\s+other)),")

#: the same said inside the sentence: "The city also had its sixth homicide Sunday in a separate incident in which ...",
#: "Also this weekend, in an unrelated incident a man was shot", "an 18-year-old was wounded in another shooting a
#: block away" (not "another shooting victim": one more victim of the same shooting)
_ANOTHER_INCIDENT_INSIDE = re.compile(
    r"\b(?:in|during)\s+(?:a\s+separate|an\s+unrelated|another|a\s+different)\s+(?:(?:fatal|deadly|non-?fatal|"
    r"overnight|drive-by)\s+)?(?:incident|attack|shooting|stabbing|bombing|raid|strike)\b(?!\s+(?:victims?|suspects?))"
    # "The shooting was unrelated to one about an hour earlier in neighboring Roosevelt in which two men were wounded"
    r"|\b(?:was|were|is|are|appears?|appeared|seems?|seemed)\s+(?:to\s+be\s+)?(?:unrelated|not\s+(?:related|connected|linked))"
    r"\s+to\s+(?:one|another|an?|the\s+(?:other|earlier|first))\b",
    re.I)


#: a sentence that opens on the same day or hours from the article's incident: "Also on Monday, ...", "Earlier on
#: Tuesday, ...", "The same day as the village attack, ...", "Hours later, ..." (another incident only when it is
#: elsewhere, see _another_incident_apart)
_SAME_DAY_OPEN = re.compile(
    r"\s*(?:(?:Also|Earlier|Later)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|that\s+day)"
    r"|(?:On\s+)?the\s+same\s+day(?:\s+as\s+[^,.;]{1,50})?|Hours\s+(?:later|earlier|after\s+[^,.;]{1,50}))\s*,", re.I)
_ELSEWHERE_KM = 25.0  # as far as reconciliation's events apart (sql/stg_claim_events.sql, max_km)


def _km(a: Claim, b: Claim) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _another_incident_apart(claims: list[Claim]) -> None:
    """Figures of a body sentence that opens with "Separately," / "In a separate incident (on Tuesday)," / "In another
    attack," / "Elsewhere," are another incident than the article's, set apart like a background incident
    (``is_summary``), when an earlier body sentence gave the article's own figures. Without such a sentence the one
    set apart is the article's incident (a report that opens with an unrelated case: GVA dev, gva-4077c324 is coded for
    the child's shooting it then tells "in a separate incident")."""
    own = [c for c in claims if c.evidence_field == "text" and c.counts]
    lead = min(own, key=lambda c: (c.sentence_start, c.char_start), default=None)
    opening = [c for c in claims if c.evidence_field == "text" and not c.is_summary and (
        _ANOTHER_INCIDENT_OPEN.match(c.evidence_text or "")
        or _ANOTHER_INCIDENT_INSIDE.search(c.evidence_text or "") or (
            # "Also on Monday, three militants were killed in a gunfight in Shopian": the same day, elsewhere
            lead is not None and c.sentence_start > lead.sentence_start and c.location_basis == "sentence"
            and c.latitude is not None and lead.latitude is not None and _SAME_DAY_OPEN.match(c.evidence_text or "")
            and _km(lead, c) > _ELSEWHERE_KM))]
    if not opening:
        return
    first = min(c.sentence_start for c in opening)
    if not any(c.evidence_field == "text" and c.counts and not c.is_summary and c.sentence_start < first
               for c in claims):
        return
    apart = {c.claim_key for c in opening}
    for c in claims:
        if c.claim_key in apart or (c.parent_key is not None and c.parent_key in apart):
            c.is_summary = True


def _background(claims: list[Claim], published_at: date | None, tw_memo: dict | None = None) -> None:
    """Figures about an earlier incident told as background ("Last month, a gunman killed three people
    at the base", "the 2009 attack that killed 13") are not the article's incident: a claim whose own
    sentence dates it more than two weeks before the article's incident is marked ``is_summary``.
    The article's incident is dated by its figures that are not that old (their final window, after
    the article's days were read); when every figure is old (a court report on a past shooting),
    nothing changes."""
    _opened_as_earlier(claims, published_at, tw_memo)
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
            # the article's figures dated to a recent day by a neighbouring sentence ("A roadside bomb has killed
            # nine ... The minibus hit the device on Sunday"), beside a statistic of a past year told in its own
            # ("3,804 civilians were killed in 2018"); a past day or month stays (a court report's "the May 25
            # shooting", "the August 2011 shooting death")
            current = [c for c in claims if c.claim_key not in own and not c.is_summary and c.evidence_field == "text"
                       and c.date_precision == "day" and c.period_end is not None
                       and (published_at - c.period_end).days <= _BACKGROUND_GAP]
            own = {k: w for k, w in own.items() if w.precision == "year"}
    if not current:
        return
    ref = min(c.period_start for c in current)
    old = {k for k, w in own.items() if (ref - w.end).days > _BACKGROUND_GAP}
    # one more figure that takes an old statistic's year from the sentence before ("... were killed in 2018. A
    # further 7,189 civilians were injured, the report said") goes on telling it
    old_periods = {(w.start, w.end) for k, w in own.items() if k in old and w.precision == "year"}
    for c in claims:
        if c.claim_key in old or (c.parent_key is not None and c.parent_key in old) or (
                c.claim_key not in own and c.evidence_field == "text" and c.date_precision == "year"
                and c.rule.endswith("/another")
                and (c.period_start, c.period_end) in old_periods):
            c.is_summary = True
