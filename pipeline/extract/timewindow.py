"""Resolve time expressions in news text to date windows.

Everything is resolved relative to the article's publication date
(``published_at``).  The resolver is rule based (compiled regexes, no
dateparser): dateparser misreads same-day weekdays and turns durations into
dates, so weekdays, relative days and durations are computed here directly.

Conventions (documented choices):

* A weekday ("on Sunday", "Sunday night", "early Saturday", "late Friday")
  is the most recent such day on or before publication, so "on Thursday" in
  an article published on a Thursday is the publication day itself.
  "last Sunday" is the most recent Sunday strictly before publication.
  "next Sunday" / "this coming Sunday" produce nothing (future).
* "today", "tonight", "this morning/afternoon/evening" -> publication day.
* "yesterday", "last night" -> the day before publication (overnight reports
  written the next morning); "overnight" -> the range [day before, day of].
* "earlier this week"/"this week" -> Monday of the publication week ..
  publication; "last week" -> previous Monday..Sunday.
* "this month" -> first of month .. publication; "last month" -> previous
  calendar month; "this year" -> 1 January .. publication; "last year" -> the
  previous calendar year.
* A date without a year ("September 3", "3 January") is the latest such date
  on or before publication, unless it falls up to a month after publication: then it is
  the coming one ("his arraignment is set for March 21" in an article of March 4) and
  gives no window, with the weekday it carries ("on Saturday, March 25").  A bare month ("in March") is the latest such
  month not after publication (clipped to publication when it is the current
  month).
* Durations ("40 days of fighting", "the past two weeks", "in the last 24
  hours", "since March") are kind='duration' windows ending at publication.
* "over the weekend"/"last weekend"/"this weekend" -> the most recent
  Saturday..Sunday on or before publication (kind 'point', precision 'range').
* A holiday ("on Christmas Eve", "a Father's Day shooting", "Thanksgiving night", "Memorial Day
  weekend") is its most recent date on or before publication, or its date in the year it gives
  ("Thanksgiving 2015"); dates come from ``dateutil`` (Easter, nth weekdays). Names that are also
  a season or a trade ("Christmas", "Easter", "New Year's" alone) count only after "on" or before
  a time of day ("Christmas night"). "<holiday> weekend" is the weekend the holiday closes or
  opens (Saturday-Monday for a Monday holiday, Thursday-Sunday for Thanksgiving).
* With ``published_at=None`` only absolute dates carrying a year resolve.
* Each window carries a ``cue``: what the expression dates, read from the words around it
  ('' the event, 'death', 'after' the aftermath, 'report', 'procedure', 'other', 'stamp'; see ``_cue``), so that a figure is
  not dated by "police said Tuesday", "was charged Thursday" or "Updated: Feb 6, 2017".
"""
from __future__ import annotations

import calendar
from bisect import bisect_left
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, relativedelta

from pipeline.extract.scan import any_in, any_literal, finditer_at, matches_at, same, scan_lower

__all__ = ["CLOCK_TIME", "TimeWindow", "find_time_windows"]


@dataclass(frozen=True)
class TimeWindow:
    start: date
    end: date
    precision: str  # 'day', 'week', 'month', 'year', 'range'
    span: tuple[int, int]
    kind: str  # 'point' or 'duration'
    expression: str
    cue: str = ""  # what the expression dates, from the words around it (see ``_cue``)
    #: cue '' from an attack word or noun next to the expression ("shot Monday", "Monday's shooting"),
    #: not only because no other cue word is there ("Officials on Monday met ..."; ``_cue``)
    named_event: bool = False

    @property
    def dates_other_event(self) -> bool:
        """True when the expression dates a statement, a later step (arrest, court, funeral), another event
        named by a possessive ("last year's coup") or the page itself, not the event: "police said Tuesday",
        "was charged Thursday", "Updated: Feb 6, 2017"."""
        return self.cue in ("report", "procedure", "stamp", "other")


# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "couple of": 2, "a couple of": 2,
}

_MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_FULL_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_W = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_NUM_RE = (
    rf"(?:\d{{1,4}}|{_TENS}(?:[- ]{_UNITS_W})?|{_UNITS_W}|a\s+couple\s+of|"
    r"couple\s+of|a|an|(?:one\s+|a\s+)?hundred)"
)
_UNIT_RE = r"(?:hours?|days?|nights?|weeks?|months?|years?)"
_TOD_RE = (
    r"(?:\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|"
    r"overnight))?"
)

_F = re.IGNORECASE

# weekday + explicit date, e.g. "Sunday, September 4, 2016" / "Sunday 4 September"
_RX_DATE_MDY = re.compile(
    rf"\b(?:(?:on\s+)?{_WD_RE},?\s+)?(?:on\s+)?(?P<mon>{_MONTH_RE})\s+"
    rf"(?P<day>{_DAY_RE})(?!\d|:\d)(?:\s*(?:-|–|to|and)\s*(?P<day2>{_DAY_RE}))?"
    rf"(?:,?\s+(?P<year>{_YEAR_RE}))?(?!\d)",
    _F,
)
_RX_DATE_DMY = re.compile(
    rf"\b(?:(?:on\s+)?{_WD_RE},?\s+)?(?:on\s+)?(?:the\s+)?"
    rf"(?P<day>{_DAY_RE})(?:\s*(?:-|–|to|and)\s*(?P<day2>{_DAY_RE}))?"
    rf"(?:\s+of)?\s+(?P<mon>{_MONTH_RE})(?![a-z])(?:,?\s+(?P<year>{_YEAR_RE}))?(?!\d)",
    _F,
)
_RX_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")
_RX_US_NUM = re.compile(
    r"(?<![\d/])(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])"
)
# "25/12/2018": a first number above 12 is the day (the British, Irish, Australian and New Zealand order);
# "5/3/2018" is read month first unless that day falls after publication (below)
_RX_DAY_FIRST_NUM = re.compile(
    r"(?<![\d/])(?P<day>1[3-9]|2\d|3[01])/(?P<mon>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])"
)
# "4/9" without a year only after a cue ("on 4/9", "UPDATE (4/9):", "Posted 4/9"): bare
# "1/2" or "(3/4)" is a fraction or a score
_RX_US_NUM_CUE = re.compile(
    r"\b(?:on|(?i:update[ds]?|posted|previous|published|edited|reported))\s*:?\s*\(?"
    r"(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?![\d/])(?!\s*(?:of|years?|inch|miles?|cups?)\b)"
)
_RX_MONTH_YEAR = re.compile(
    rf"\b(?:(?P<mod>early|late|mid|mid-|the\s+end\s+of|the\s+beginning\s+of|"
    rf"the\s+start\s+of|the\s+middle\s+of)\s*)?(?P<mon>{_FULL_MONTH_RE}|{_MONTH_RE})"
    rf"(?:\s+of)?,?\s+(?P<year>{_YEAR_RE})(?!\d)",
    _F,
)
_RX_MONTH_CUE = re.compile(
    rf"\b(?P<cue>in|during|since|until|till|by|from|throughout|through|"
    rf"early|late|mid|mid-|last|this\s+past|this|end\s+of|the\s+end\s+of|beginning\s+of|"
    rf"the\s+beginning\s+of|start\s+of|the\s+start\s+of|middle\s+of|"
    rf"the\s+middle\s+of|since\s+early|since\s+late|since\s+mid-?|"
    rf"in\s+early|in\s+late|in\s+mid-?|earlier\s+in)[ -]?\s*(?:the\s+month\s+of\s+)?(?P<mon>{_FULL_MONTH_RE})\b"
    rf"(?!\s*\d)",
    _F,
)
_RX_YEAR_CUE = re.compile(
    rf"\b(?P<cue>in|during|since|throughout|(?:the\s+)?(?:start|beginning|end)\s+of)\s+(?P<year>{_YEAR_RE})\b"
    r"(?![\d,.]\d)(?!\s*(?:people|persons|men|women|children|of\b|%|percent))",
    _F,
)
# a year before an event's noun: "the 1998 bombing of the U.S. embassy", "al Qaeda's 1998 bombing", "the 2009 attack
# that killed 13" (the year of that event: a background incident, article_dates._background)
_RX_YEAR_EVENT = re.compile(
    rf"(?:\b[Tt]he|[A-Z][\w.-]*['’]s)\s+(?P<year>{_YEAR_RE})\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:attacks?|bombings?|shootings?|massacres?|killings?|blasts?|explosions?|war|siege|raids?|ambush|riots?|"
    r"uprising|genocide|insurgency|rampage|hijackings?)\b")
_RX_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>last|this\s+past|this|early\s+on|late\s+on|early|late|"
    rf"on|since\s+early|since\s+late|since|until|next|this\s+coming|coming)\s+)?"
    rf"(?P<wd>{_WD_RE})(?:'s)?(?P<tod>{_TOD_RE})\b",
    _F,
)
_RX_WD_AFTER = re.compile(rf"\s+(?:(?:on|into|from|to)\s+)?{_WD_RE}\b")
_RX_WD_EXCLUDE_BEFORE = re.compile(
    r"\b(?:good|black|ash|super|holy|maundy|cyber|palm|easter|bloody|giving|"
    r"shrove|fat|clean|great|spy|orange)\s+$",
    _F,
)
_RX_RELDAY = re.compile(
    r"\b(?P<e>the\s+day\s+before\s+yesterday|(?:earlier\s+|late\s+|early\s+)?today|"
    r"tonight|this\s+(?:morning|afternoon|evening)|earlier\s+this\s+(?:morning|afternoon|evening)|"
    r"yesterday(?:\s+(?:morning|afternoon|evening))?|late\s+yesterday|early\s+yesterday|"
    r"last\s+night|late\s+last\s+night|early\s+last\s+night|over\s?night)\b",
    _F,
)
#: a word right before a capitalized "Today" makes it part of a title ("USA Today", "told the Today show")
_RX_WORD_BEFORE = re.compile(r"[A-Za-z]\s+\Z")
_RX_PERIOD = re.compile(
    r"\b(?P<e>(?:since\s+)?(?:earlier|later|late|early)\s+this\s+(?:week|month|year)|"
    r"(?:since\s+)?(?:the\s+)?(?:start|beginning)\s+of\s+(?:this|the)\s+(?:week|month|year)|"
    r"(?:since\s+)?(?:late\s+|early\s+)?last\s+(?:week|month|year)|"
    r"this\s+(?:week|month|year)|"
    r"(?:over|during|at|on|for|through|throughout)?\s*(?:the\s+)?(?:past\s+|last\s+|this\s+|holiday\s+)?(?:holiday\s+)?weekend|"
    r"(?:the\s+)?previous\s+(?:week|month|year))\b",
    _F,
)
_RX_DURATION = re.compile(
    rf"\b(?P<lead>(?:in|over|during|for|within|throughout)\s+)?(?P<the>the\s+)?"
    rf"(?P<which>past|last|previous|preceding)\s+(?:(?P<num>{_NUM_RE})\s+)?"
    rf"(?P<unit>{_UNIT_RE})\b",
    _F,
)
_RX_NUM_UNIT_OF = re.compile(
    rf"\b(?P<num>{_NUM_RE})[ -](?P<unit>{_UNIT_RE})\s+of\s+(?!age\b)(?P<what>[a-z][a-z-]+)",
    _F,
)
_RX_AGO = re.compile(
    rf"\b(?P<num>{_NUM_RE})\s+(?P<unit>{_UNIT_RE})\s+ago\b", _F
)
_RX_ON_THE_NTH = re.compile(r"\bon\s+the\s+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?\w*(?:floor|anniversary|day|century|time|street|avenue|precinct|district|round|minute|birthday))", _F)

# a part of a year: "the first quarter of the year", "the first half of 2018", "the first six months of last year"
# (the year named: "the first quarter" alone is as often a game's)
_RX_YEAR_PART = re.compile(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<part>quarter|half|(?P<n>two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|\d{1,2})\s+months)\s+of\s+(?P<which>(?:the|this)\s+year|last\s+year|(?P<year>" + _YEAR_RE + r"))\b",
    re.I)
_ORDINAL_PART = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _year_part(m: re.Match, pub: date | None) -> tuple[date, date] | None:
    """'the first quarter of the year' (the publication's year, or the year before when that part has not begun),
    'the second half of 2018', 'the first six months of last year'."""
    which = (m.group("which") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    elif pub is None:
        return None
    else:
        year = pub.year - 1 if which.startswith("last") else pub.year
    ord_ = m.group("ord").lower()
    part = m.group("part").lower()
    if part == "quarter":
        k = 4 if ord_ in ("last", "final") else _ORDINAL_PART[ord_]
        first, last = 3 * k - 2, 3 * k
    elif part == "half":
        k = 2 if ord_ in ("last", "final", "second") else 1
        first, last = 6 * k - 5, 6 * k
    else:
        n = _num(m.group("n"))
        if n is None or not 1 <= n <= 12 or ord_ not in ("first", "last", "final"):
            return None
        first, last = (1, n) if ord_ == "first" else (13 - n, 12)
    if pub is not None and not m.group("year") and not which.startswith(("this", "last")) and date(year, first, 1) > pub:
        year -= 1
    start, end = _month_range(year, first)[0], _month_range(year, last)[1]
    if pub is not None and start > pub:
        return None
    return start, min(end, pub) if pub is not None else end


# a span of whole months: "between January and March", "from June to August 2018"
_RX_MONTH_SPAN = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<m1>{_FULL_MONTH_RE})(?:\s+(?P<y1>{_YEAR_RE}))?\s*(?:and|to|through|thru|until|till|[-–])\s*"
    rf"(?P<m2>{_FULL_MONTH_RE})(?:\s*,?\s+(?P<y2>{_YEAR_RE}))?\b(?!\s*\d)")


# "between 2016 and 2020", "from 2014 to 2018": the years from the first to the end of the last (a statistic's span)
_RX_YEAR_SPAN = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<y1>{_YEAR_RE})\s*(?:and|to|through|until|till|[-–])\s*(?P<y2>{_YEAR_RE})\b(?!\s*\d)")


def _nth(month: int, weekday, n: int):
    """The n-th (negative: from the end) given weekday of ``month`` in a year."""
    return lambda y: (date(y, month, 1) if n > 0 else date(y, month, 1) + relativedelta(months=1, days=-1)) \
        + relativedelta(weekday=weekday(n))


#: holiday -> its date in a year (US holidays, as local US news names them, and the Christian
#: feasts international wires name); keys are the lower-cased names with spaces collapsed
_HOLIDAYS = {
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's": lambda y: date(y, 1, 1),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "thanksgiving day": _nth(11, TH, 4),
    "thanksgiving": _nth(11, TH, 4),
    "black friday": lambda y: _nth(11, TH, 4)(y) + timedelta(days=1),
    "fourth of july": lambda y: date(y, 7, 4),
    "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "memorial day": _nth(5, MO, -1),
    "labor day": _nth(9, MO, 1),
    "martin luther king day": _nth(1, MO, 3),
    "martin luther king jr. day": _nth(1, MO, 3),
    "mlk day": _nth(1, MO, 3),
    "mother's day": _nth(5, SU, 2),
    "father's day": _nth(6, SU, 3),
    "easter sunday": easter,
    "easter": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
}
#: names that are also a season or a trade ("Christmas shopping", "Easter eggs"): a day only
#: after "on" or before a time of day
_HOLIDAY_SEASONS = {"christmas", "easter", "new year's", "halloween"}
#: "a Halloween party", "the Christmas parade": an occasion held around the day, not on it
_RX_HOLIDAY_OCCASION = re.compile(r"\s+(?:part(?:y|ies)|celebrations?|bash|dances?|festivals?|events?|shopping|season|break)\b",
                                  re.I)
_APOS = r"['’]?"
_RX_HOLIDAY = re.compile(
    rf"\b(?:(?P<mod>(?i:last|this\s+past|next|this\s+coming|coming|on|early|late|early\s+on|late\s+on))\s+)?"
    rf"(?:(?i:the)\s+)?"
    rf"(?P<h>New\s+Year{_APOS}s(?:\s+(?:Eve|Day))?|Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|"
    rf"Black\s+Friday|Good\s+Friday|Fourth\s+of\s+July|Independence\s+Day|Halloween|Valentine{_APOS}s\s+Day|"
    rf"Memorial\s+Day|Labor\s+Day|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Mother{_APOS}s\s+Day|"
    rf"Father{_APOS}s\s+Day|Easter(?:\s+Sunday)?)"
    rf"(?:,?\s+(?P<year>{_YEAR_RE})(?!\d))?"
    rf"(?P<tod>(?i:\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|eve)))?"
    rf"(?P<weekend>(?i:\s+(?:holiday\s+)?weekend))?\b"
)
_G_HOLIDAY = ("new year", "christmas", "thanksgiving", "black friday", "good friday", "fourth of july", "independence day",
              "halloween", "valentine", "memorial day", "labor day", "king day", "king jr", "mlk", "mother's day",
              "mother’s day", "mothers day", "father's day", "father’s day", "fathers day", "easter")


def _holiday_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower()).replace("’", "'").replace("years", "year's").replace(
        "mothers", "mother's").replace("fathers", "father's").replace("valentines", "valentine's")


def _holiday_window(m: re.Match, pub: date | None) -> tuple[date, date, str] | None:
    """The day (or weekend) a holiday expression names; None when it is not a day here."""
    key = _holiday_key(m.group("h"))
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if mod in ("next", "this coming", "coming"):
        return None
    tod = (m.group("tod") or "").strip().lower()
    if tod == "eve":  # "Christmas eve", "Thanksgiving eve"
        key = key + " eve" if key in ("christmas", "new year's") else key
        if key not in ("christmas eve", "new year's eve"):
            return None
    if key in _HOLIDAY_SEASONS and not (mod.endswith("on") or tod or m.group("weekend")):
        return None
    if not tod and not m.group("weekend") and _RX_HOLIDAY_OCCASION.match(m.string, m.end()):
        return None
    when = _HOLIDAYS.get(key)
    if when is None:
        return None
    if m.group("year"):
        d = when(int(m.group("year")))
        if pub is not None and d > pub:
            return None
    else:
        if pub is None:
            return None
        if 0 < (when(pub.year) - pub).days <= 31:
            return None  # the coming holiday ("plans for Halloween"), not last year's
        d = next((when(y) for y in (pub.year, pub.year - 1, pub.year - 2)
                  if when(y) <= pub and not (mod in ("last", "this past") and when(y) == pub)), None)
        if d is None:
            return None
    if m.group("weekend"):
        wd = d.weekday()
        if wd == 0:  # Monday holiday: the long weekend before it
            s, e = d - timedelta(days=2), d
        elif wd == 3:  # Thanksgiving: Thursday to Sunday
            s, e = d, d + timedelta(days=3)
        elif wd == 6:
            s, e = d - timedelta(days=1), d
        else:
            return None
        return s, min(e, pub) if pub is not None else e, "range"
    return d, d, "day"


# Gates: cheap necessary conditions of each regex above (plain substring tests on the
# lowercased text, and a few small regexes whose first character is a literal class).
# Month and weekday names are kept only when capitalized, so their gates ask for the capital.
_G_MON = re.compile(r"(?:J(?i:an(?:uary)?|une?|uly?)|F(?i:eb(?:ruary)?)|M(?i:ar(?:ch)?|ay)|A(?i:pr(?:il)?|ug(?:ust)?)|"
                    r"S(?i:ep(?:t|tember)?)|O(?i:ct(?:ober)?)|N(?i:ov(?:ember)?)|D(?i:ec(?:ember)?))(?![a-zA-Z])")
_G_WD = re.compile(r"[MTWFS][a-zA-Z]{2,5}[dD][aA][yY]")
_G_OF = re.compile(r"(?:[hH][oO][uU][rR]|[dD][aA][yY]|[nN][iI][gG][hH][tT]|[wW][eE][eE][kK]|[mM][oO][nN][tT][hH]|"
                   r"[yY][eE][aA][rR])[sS]?\s+[oO][fF]\s+(?![aA][gG][eE]\b)[a-zA-Z]")
_G_YR = re.compile(r"(?:[iI][nN]|[gG]|[eE]|[tT]|[oO][fF])\s+(?:1[89]|20)\d\d")
_G_YR_EVENT = re.compile(r"(?:[eE]|['’]s)\s+(?:19|20)\d\d\s+[a-z]")
_G_NTH = re.compile(r"[oO][nN]\s+[tT][hH][eE]\s+\d")
# _G_NTH for the lowercased text (no character but "o"/"O", ... lowercases to one of its letters, and whitespace and
# digits keep theirs): the same answer, and a pattern that opens with a literal is scanned for it, far faster
_G_NTH_LOW = re.compile(r"on\s+the\s+\d") if same(_G_NTH, "bb26ccf770920d77") else None
_REL_KEYS = ("today", "tonight", "yesterday", "night", "morning", "afternoon", "evening")
_DUR_KEYS = ("past", "last", "previous", "preceding")
_UNIT_KEYS = ("week", "month", "year")
# the substring tests below as `or` chains (scan.any_in)
_HAS_REL, _HAS_DUR, _HAS_UNIT = (any_in(k) for k in (_REL_KEYS, _DUR_KEYS, _UNIT_KEYS))
# the holiday names holding "day" are looked for only in a text that holds "day"
_HAS_HOLIDAY_DAY = any_in(k for k in _G_HOLIDAY if "day" in k)
_HAS_HOLIDAY_OTHER = any_in(k for k in _G_HOLIDAY if "day" not in k)


def _has_holiday(low: str) -> bool:
    """``any(k in low for k in _G_HOLIDAY)``."""
    return _HAS_HOLIDAY_OTHER(low) or ("day" in low and _HAS_HOLIDAY_DAY(low))


# the keys of _REL_KEYS without "day" (a text without "day" holds neither "today" nor "yesterday")
_HAS_REL_NO_DAY = any_in(k for k in _REL_KEYS if "day" not in k)


def _gates(text: str) -> set[str]:
    low = text.lower()
    g = set()
    # "day" and "of" are read once: "today" and "yesterday" hold "day" (_HAS_REL), so do the holiday names of
    # _HAS_HOLIDAY_DAY (_has_holiday)
    day = "day" in low
    of = "of" in low
    if _G_MON.search(text):
        g.add("mon")
    if day and _G_WD.search(text):
        g.add("wd")
    if (day and ("today" in low or "yesterday" in low)) or _HAS_REL_NO_DAY(low):
        g.add("rel")
    if _HAS_DUR(low):
        g.add("dur")
        g.add("per")  # "last week", "previous month"
    elif "weekend" in low or (("this" in low or of) and _HAS_UNIT(low)):
        g.add("per")
    # _G_OF opens with six words: the engine would try it at every position; one of them must be in the text
    if of and (day or "year" in low or "week" in low or "month" in low or "hour" in low
               or "night" in low) and _G_OF.search(text):
        g.add("of")
    if "ago" in low:
        g.add("ago")
    if "quarter" in low or "half" in low or "months" in low:
        g.add("part")  # "the first quarter", "the first half of 2018"
    if "20" in text or "19" in text or "18" in text:
        if _G_YR.search(text):
            g.add("yr")  # in / during / since / throughout / ... of YEAR
        if _G_YR_EVENT.search(text):
            g.add("yrev")  # the / X's YEAR <event noun>
        if "-" in text:
            g.add("iso")
    if "/" in text:
        g.add("slash")
    if "the" in low and (_G_NTH.search(text) if _G_NTH_LOW is None else _G_NTH_LOW.search(low)):
        g.add("nth")
    if _HAS_HOLIDAY_OTHER(low) or (day and _HAS_HOLIDAY_DAY(low)):  # _has_holiday(low)
        g.add("holiday")
    return g


# nouns after "N days of" that indicate a non-time sense
_NOT_DURATION_OF = {"age", "the", "a", "an", "his", "her", "their", "its"}



def _num(s: str) -> int | None:
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s.isdigit():
        return int(s)
    if s in _NUMWORDS:
        return _NUMWORDS[s]
    if s.endswith("hundred"):
        return 100
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _NUMWORDS and parts[1] in _NUMWORDS:
        return _NUMWORDS[parts[0]] + _NUMWORDS[parts[1]]
    return None


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _latest_on_or_before(m: int, d: int, pub: date) -> date | None:
    for y in range(pub.year, pub.year - 8, -1):
        dt = _safe_date(y, m, d)
        if dt is not None and dt <= pub:
            return dt
    return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _latest_month(m: int, pub: date) -> tuple[date, date]:
    y = pub.year if m <= pub.month else pub.year - 1
    s, e = _month_range(y, m)
    return s, min(e, pub)


def _month_span(m: re.Match, pub: date | None) -> tuple[date, date] | None:
    """'between January and March': the first day of the first month to the last of the second (clipped at
    publication); the second month is the latest one by publication unless a year is given, the first the latest
    one before it."""
    m1, m2 = _month_num(m.group("m1")), _month_num(m.group("m2"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
    elif pub is not None:
        y2 = _latest_month(m2, pub)[0].year
    else:
        return None
    y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
    start, end = _month_range(y1, m1)[0], _month_range(y2, m2)[1]
    if start > end or (pub is not None and start > pub):
        return None
    return start, min(end, pub) if pub is not None else end


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _last_weekday(wd: int, pub: date, strict: bool = False) -> date:
    delta = (pub.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def _unit_days(unit: str) -> str:
    u = unit.lower()
    for k in ("hour", "day", "night", "week", "month", "year"):
        if u.startswith(k):
            return k
    return u


def _sub_units(pub: date, n: int, unit: str) -> date:
    u = _unit_days(unit)
    if u == "hour":
        return pub - timedelta(days=max(1, -(-n // 24)))
    if u in ("day", "night"):
        return pub - timedelta(days=n)
    if u == "week":
        return pub - timedelta(days=7 * n)
    if u == "month":
        return _add_months(pub, -n)
    if u == "year":
        try:
            return pub.replace(year=pub.year - n)
        except ValueError:
            return pub.replace(year=pub.year - n, day=28)
    return pub


class _Cand:
    __slots__ = ("s", "e", "start", "end", "prec", "kind", "prio")

    def __init__(self, s, e, start, end, prec, kind, prio=0):
        self.s, self.e = s, e
        self.start, self.end = start, end
        self.prec, self.kind, self.prio = prec, kind, prio


_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:the|its|their|his|her|this|that)\s+)?(?:(?:[\w-]+\s+){1,3}?(?:began|started|erupted|broke\s+out|was\s+launched|took\s+effect)"
    r"\s+(?:on\s+|in\s+)?)?$"
    r"|\b(?:that|which)\s+(?:began|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def _since_prefix(text: str, s: int) -> int | None:
    """If the expression at s is preceded by 'since' ("since March", "since the offensive began on March 3",
    "clashes that began on Saturday"), return its offset: the window runs from it to publication."""
    before = text[max(0, s - 60):s]
    low = before.lower()
    if "since" not in low and not any(w in low[-20:] for w in ("began", "started", "erupted", "broke out")):
        return None
    m = _SINCE_BEFORE.search(before)
    if m:
        return max(0, s - 60) + m.start()
    return None


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


#: A date without a year up to this many days after publication is the coming one (no window).
_COMING_DAYS = 31


def _explicit_date(m: re.Match, pub: date | None, out: list[_Cand]) -> None:
    mon_s = m.group("mon")
    if not _is_cap(mon_s):
        return
    mon = _month_num(mon_s)
    day = _day_num(m.group("day"))
    day2 = m.group("day2")
    year = m.group("year")
    # abbreviations like "Mar"/"Jan" without a period need a year or a
    # clear day; "May" must be capitalized (done) and followed by a day.
    if year:
        d1 = _safe_date(int(year), mon, day)
        if d1 is None:
            return
    else:
        if pub is None:
            return
        coming = next((d for d in (_safe_date(y, mon, day) for y in (pub.year, pub.year + 1))
                       if d is not None and 0 < (d - pub).days <= _COMING_DAYS), None)
        if coming is not None:
            # "a hearing set for March 3" in an article of March 1: the coming date, not last year's; the span
            # is kept (kind 'coming', never output) so that its weekday ("Saturday, March 25") is not read alone
            out.append(_Cand(m.start(), m.end(), coming, coming, "day", "coming", 3))
            return
        d1 = _latest_on_or_before(mon, day, pub)
        if d1 is None:
            return
    if day2:
        d2 = _safe_date(d1.year, mon, _day_num(day2))
        if d2 is None or d2 < d1:
            return
        out.append(_Cand(m.start(), m.end(), d1, d2, "range", "point", 3))
    else:
        out.append(_Cand(m.start(), m.end(), d1, d1, "day", "point", 3))


# The words every match of a pattern below starts with (each pattern opens with \b and a word): the pattern is tried
# only where one of them is found in the lowercased text (scan.finditer_at; fingerprinted, None: the plain scan)
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _starts(rx: re.Pattern, sha: str, *words: str) -> re.Pattern | None:
    return any_literal(words) if same(rx, sha) else None


_MDY_STARTS = _starts(_RX_DATE_MDY, "6615ee3d5ef5f150", "on", *_WEEKDAY_WORDS, *_MONTH_WORDS)
_DMY_STARTS = _starts(_RX_DATE_DMY, "c51f9162f6d5fa77", "on", *_WEEKDAY_WORDS, "the", *"0123456789")
_MONTH_YEAR_STARTS = _starts(_RX_MONTH_YEAR, "0cc51d9296264200", "early", "late", "mid", "the", *_MONTH_WORDS)
_MONTH_CUE_STARTS = _starts(_RX_MONTH_CUE, "e9028afdc497d9c1", "in", "during", "since", "until", "till", "by", "from",
                            "throughout", "through", "early", "late", "mid", "last", "this", "end", "the", "beginning",
                            "start", "middle", "earlier")
_WEEKDAY_STARTS = _starts(_RX_WEEKDAY, "881f9afcaa432e8b", "last", "this", "early", "late", "on", "since", "until", "next",
                          "coming", *_WEEKDAY_WORDS)
_RELDAY_STARTS = _starts(_RX_RELDAY, "96cc86a8b56b319d", "the", "earlier", "late", "early", "today", "tonight", "this",
                         "yesterday", "last", "over")
_DURATION_STARTS = _starts(_RX_DURATION, "fc7b0ec6187aeb66", "in", "over", "during", "for", "within", "throughout", "the",
                           "past", "last", "previous", "preceding")


# _RX_PERIOD starts at one of these words, or (its weekend form: "(over) (the) (past) weekend") at the whitespace
# after a word, before one of _PERIOD_AFTER_SPACE
_PERIOD_WORDS = ("since", "earlier", "later", "late", "early", "the", "start", "beginning", "last", "this", "over",
                 "during", "at", "on", "for", "through", "throughout", "past", "holiday", "weekend", "previous") \
    if same(_RX_PERIOD, "8833b3030d169f91") else None
_PERIOD_AFTER_SPACE = ("the", "past", "last", "this", "holiday", "weekend")


def _period_matches(text: str, low: str | None) -> list[re.Match]:
    """``list(_RX_PERIOD.finditer(text))``, tried only where a match can start (``low``: scan_lower(text); None:
    the plain scan): every place one of its first words is found (str.find, in the lowercased text) and the start
    of the whitespace before each of _PERIOD_AFTER_SPACE; maybe more places, where no match starts."""
    if low is None or _PERIOD_WORDS is None:
        return list(_RX_PERIOD.finditer(text))
    found = set()
    find = low.find
    for w in _PERIOD_WORDS:
        i = find(w)
        while i >= 0:
            found.add(i)
            i = find(w, i + 1)
    for w in _PERIOD_AFTER_SPACE:
        i = find(w)
        while i >= 0:
            q = i
            while q > 0 and low[q - 1].isspace():
                q -= 1
            if q < i:
                found.add(q)
            i = find(w, i + 1)
    return matches_at(_RX_PERIOD, text, sorted(found))


_BORN_BEFORE = re.compile(r"\b(?:born|turned\s+\d{1,2})\s+(?:(?:on|in|just|only)\s+)?(?:the\s+)?\Z", re.I)


def _collect(text: str, pub: date | None) -> list[_Cand]:
    out: list[_Cand] = []
    g = _gates(text)
    if not g:
        return out
    low = scan_lower(text)
    has_month = "mon" in g

    for m in (_RX_HOLIDAY.finditer(text) if "holiday" in g else ()):
        w = _holiday_window(m, pub)
        if w is not None:
            s0 = m.start() if (m.group("mod") or "").lower().startswith(("early", "late")) else m.start("h")
            out.append(_Cand(s0, m.end(), w[0], w[1], w[2], "point", 2))

    for rx, starts in (((_RX_DATE_MDY, _MDY_STARTS), (_RX_DATE_DMY, _DMY_STARTS)) if has_month else ()):
        for m in finditer_at(rx, starts, text, low):
            _explicit_date(m, pub, out)
    for m in (_RX_ISO.finditer(text) if "iso" in g else ()):
        d = _safe_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        if d:
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 3))
    for rx, day_first in (((_RX_US_NUM, False), (_RX_DAY_FIRST_NUM, True)) if "slash" in g else ()):
        for m in rx.finditer(text):
            y = int(m.group("year"))
            if y < 100:  # "4/9/17": not after publication's year; without one, 00-68 -> 2000s (POSIX)
                y += 2000 if (y <= 68 if pub is None else 2000 + y <= pub.year) else 1900
            d = _safe_date(y, int(m.group("mon")), int(m.group("day")))
            if d and pub is not None and d > pub and not day_first:
                # "on 5/3/2018" in an article of 7 March 2018: May 3 has not happened yet, so the day comes first
                swapped = _safe_date(y, int(m.group("day")), int(m.group("mon")))
                d = swapped if swapped and swapped <= pub else d
            if d:
                out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 3))
    if pub is not None:
        for m in (_RX_US_NUM_CUE.finditer(text) if "slash" in g else ()):
            d = _latest_on_or_before(int(m.group("mon")), int(m.group("day")), pub)
            if d:
                out.append(_Cand(m.start("mon"), m.end(), d, d, "day", "point", 2))

    for m in (finditer_at(_RX_MONTH_YEAR, _MONTH_YEAR_STARTS, text, low) if has_month else ()):
        if not _is_cap(m.group("mon")):
            continue
        mon = _month_num(m.group("mon"))
        y = int(m.group("year"))
        s, e = _month_range(y, mon)
        s, e = _month_part(m.group("mod"), s, e)
        out.append(_Cand(m.start(), m.end(), s, e, "month", "point", 2))

    for m in (_RX_YEAR_EVENT.finditer(text) if "yrev" in g else ()):
        y = int(m.group("year"))
        if pub is None or y < pub.year:
            out.append(_Cand(m.start("year"), m.end("year"), date(y, 1, 1), date(y, 12, 31), "year", "point", 1))
    for m in (_RX_YEAR_CUE.finditer(text) if "yr" in g else ()):
        y = int(m.group("year"))
        cue = m.group("cue").lower()
        s, e = date(y, 1, 1), date(y, 12, 31)
        if pub is not None and s > pub:
            continue
        if cue == "since":
            if pub is None:
                continue
            out.append(_Cand(m.start(), m.end(), s, pub, "range", "duration", 2))
        else:
            out.append(_Cand(m.start(), m.end(), s, e, "year", "point", 1))

    if pub is None:
        return out

    lw = low if low is not None else text.lower()
    for m in (_RX_YEAR_PART.finditer(text) if "part" in g else ()):
        w = _year_part(m, pub)
        if w is not None:
            out.append(_Cand(m.start(), m.end(), w[0], w[1], "range", "duration", 3))
    for m in (_RX_YEAR_SPAN.finditer(text) if ("between" in lw or "from" in lw) and ("19" in text or "20" in text)
              else ()):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2 <= pub.year:
            out.append(_Cand(m.start(), m.end(), date(y1, 1, 1), min(date(y2, 12, 31), pub), "range", "duration", 3))
    for m in (_RX_MONTH_SPAN.finditer(text) if has_month and ("between" in lw or "from" in lw) else ()):
        w = _month_span(m, pub)
        if w is not None:
            out.append(_Cand(m.start(), m.end(), w[0], w[1], "range", "duration", 3))

    for m in (finditer_at(_RX_MONTH_CUE, _MONTH_CUE_STARTS, text, low) if has_month else ()):
        mon_s = m.group("mon")
        if not _is_cap(mon_s):
            continue
        cue = re.sub(r"\s+", " ", m.group("cue").lower())
        mon = _month_num(mon_s)
        s, e = _latest_month(mon, pub)
        mod = None
        for k in ("early", "late", "mid", "end of", "beginning of", "start of", "middle of"):
            if k in cue:
                mod = k
        s2, e2 = _month_part(mod, s, _month_range(s.year, s.month)[1])
        e2 = min(e2, pub)
        if s2 > pub:
            s2 = s
        if cue.startswith("since"):
            out.append(_Cand(m.start(), m.end(), s2, pub, "range", "duration", 2))
        elif cue in ("in", "during", "throughout", "through", "until", "till", "by", "from", "this", "last", "earlier in"):
            out.append(_Cand(m.start(), m.end(), s2, e2, "month", "point", 1))
        else:
            out.append(_Cand(m.start(), m.end(), s2, e2, "month", "point", 1))

    for m in (finditer_at(_RX_WEEKDAY, _WEEKDAY_STARTS, text, low) if "wd" in g else ()):
        wd_s = m.group("wd")
        if not _is_cap(wd_s):
            continue
        if _RX_WD_EXCLUDE_BEFORE.search(text[max(0, m.start("wd") - 20):m.start("wd")]):
            continue
        mod = (m.group("mod") or "").lower()
        mod = re.sub(r"\s+", " ", mod)
        if mod in ("next", "this coming", "coming"):
            continue
        if mod == "until":
            continue
        if re.search(r"\b(?:next|coming|upcoming|every|each)\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        wd = _WEEKDAYS[wd_s.lower()]
        d = _last_weekday(wd, pub, strict=(mod in ("last", "this past")))
        if mod.startswith("since"):
            out.append(_Cand(m.start(), m.end(), d, pub, "range", "duration", 2))
        else:
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 2))

    for m in (finditer_at(_RX_RELDAY, _RELDAY_STARTS, text, low) if "rel" in g else ()):
        e = re.sub(r"\s+", " ", m.group("e").lower())
        if "day before yesterday" in e:
            d = pub - timedelta(days=2)
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 2))
        elif "today" in e or e.startswith("tonight") or e.startswith("this ") or e.startswith("earlier this"):
            if e == "today" and m.group("e") == "Today" and _RX_WORD_BEFORE.search(text, 0, m.start()):
                continue  # "USA Today", "the Today show": a title inside the sentence, not a day
            out.append(_Cand(m.start(), m.end(), pub, pub, "day", "point", 2))
        elif e in ("overnight", "over night"):  # "shot ... in Pompano Beach over night"
            if _RX_WD_AFTER.match(text, m.end()):
                continue  # "overnight Sunday": the weekday says which night
            out.append(_Cand(m.start(), m.end(), pub - timedelta(days=1), pub, "range", "point", 1))
        else:  # yesterday / last night
            d = pub - timedelta(days=1)
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 2))

    for m in (_period_matches(text, low) if "per" in g else ()):
        raw = m.group("e")
        e = re.sub(r"\s+", " ", raw.lower()).strip()
        s0 = m.start("e") + (len(raw) - len(raw.lstrip()))
        since = e.startswith("since ")
        if "weekend" in e:
            sat = _last_weekday(5, pub)
            if "last weekend" in e or "past weekend" in e:
                pass
            if sat == pub:  # published on Saturday: "this weekend" -> today
                out.append(_Cand(s0, m.end(), sat, pub, "range", "point", 1))
            else:
                out.append(_Cand(s0, m.end(), sat, min(sat + timedelta(days=1), pub), "range", "point", 1))
            continue
        unit = "week" if "week" in e else "month" if "month" in e else "year"
        mon0 = pub - timedelta(days=pub.weekday())
        if "last " in e or "previous " in e:
            if unit == "week":
                s, en = mon0 - timedelta(days=7), mon0 - timedelta(days=1)
            elif unit == "month":
                pm = _add_months(pub.replace(day=1), -1)
                s, en = _month_range(pm.year, pm.month)
            else:
                s, en = date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
            if e.startswith("late ") or " late " in e:
                s = s + (en - s) / 2
            elif e.startswith("early ") or " early " in e:
                en = s + (en - s) / 2
        else:  # this / earlier this / start of this
            if unit == "week":
                s = mon0
            elif unit == "month":
                s = pub.replace(day=1)
            else:
                s = date(pub.year, 1, 1)
            en = pub
            if "start of" in e or "beginning of" in e:
                en = s if unit == "week" else min(pub, s + timedelta(days=9 if unit == "month" else 60))
                if since:
                    en = pub
        if since:
            out.append(_Cand(s0, m.end(), s, pub, "range", "duration", 2))
        else:
            out.append(_Cand(s0, m.end(), s, en, unit, "point", 1))

    for m in (finditer_at(_RX_DURATION, _DURATION_STARTS, text, low) if "dur" in g else ()):
        unit = m.group("unit")
        if not m.group("num"):
            # "last week" is a calendar period (handled above); a bare
            # duration needs "the past/last week"; "the previous day" is
            # relative to another event, not to publication.
            if not m.group("the") or m.group("which").lower() in ("previous", "preceding"):
                continue
            if unit.lower().endswith("s"):
                continue
        n = _num(m.group("num")) if m.group("num") else 1
        if n is None or n <= 0:
            continue
        if n > 1 and not unit.lower().endswith("s") and not m.group("num"):
            continue
        s = _sub_units(pub, n, unit)
        st = m.start("lead") if m.group("lead") else m.start()
        out.append(_Cand(st, m.end(), s, pub, "range", "duration", 2))

    for m in (_RX_NUM_UNIT_OF.finditer(text) if "of" in g else ()):
        what = m.group("what").lower()
        if what in _NOT_DURATION_OF:
            continue
        n = _num(m.group("num"))
        if n is None or n <= 0:
            continue
        # reject ages / sentences: "a 27-year-old", "10 years of prison" etc.
        pre = text[max(0, m.start() - 20):m.start()].lower()
        if re.search(r"\b(?:sentenced|jailed|imprisoned|face|faces|facing|serve|serving)\s+(?:to\s+)?$", pre):
            continue
        s = _sub_units(pub, n, m.group("unit"))
        out.append(_Cand(m.start(), m.end(), s, pub, "range", "duration", 2))

    for m in (_RX_AGO.finditer(text) if "ago" in g else ()):
        n = _num(m.group("num"))
        if n is None or n <= 0:
            continue
        u = _unit_days(m.group("unit"))
        d = _sub_units(pub, n, m.group("unit"))
        if u in ("day", "night", "hour"):
            if u == "hour":
                d = pub if n < 24 else pub - timedelta(days=n // 24)
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 2))
        elif u == "week":
            out.append(_Cand(m.start(), m.end(), d - timedelta(days=3), min(pub, d + timedelta(days=3)), "week", "point", 2))
        elif u == "month":
            s, e = _month_range(d.year, d.month)
            out.append(_Cand(m.start(), m.end(), s, min(e, pub), "month", "point", 2))
        else:
            out.append(_Cand(m.start(), m.end(), date(d.year, 1, 1), min(date(d.year, 12, 31), pub), "year", "point", 2))

    for m in (_RX_ON_THE_NTH.finditer(text) if "nth" in g else ()):
        day = int(m.group("day"))
        d = None
        y, mo = pub.year, pub.month
        for _ in range(3):
            d = _safe_date(y, mo, day)
            if d is not None and d <= pub:
                break
            mo -= 1
            if mo == 0:
                y, mo = y - 1, 12
            d = None
        if d:
            out.append(_Cand(m.start(), m.end(), d, d, "day", "point", 1))
    return out


def _month_part(mod: str | None, s: date, e: date) -> tuple[date, date]:
    if not mod:
        return s, e
    mod = mod.lower().strip()
    if mod.startswith("early") or "beginning" in mod or "start" in mod:
        return s, s + timedelta(days=9)
    if mod.startswith("mid") or "middle" in mod:
        return s + timedelta(days=9), s + timedelta(days=20)
    if mod.startswith("late") or "end" in mod:
        return s + timedelta(days=20), e
    return s, e


def _apply_since(text: str, c: _Cand, pub: date | None) -> _Cand | None:
    if c.kind == "duration":
        return c
    sp = _since_prefix(text, c.s)
    if sp is None:
        return c
    if pub is None:
        return None
    return _Cand(sp, c.e, c.start, pub, "range", "duration", c.prio + 1)


# --------------------------------------------------------------------------
# what an expression dates (``TimeWindow.cue``)
# --------------------------------------------------------------------------
#: A page stamp: "Published: Sunday, 2/22/2015", "Updated: Feb 6, 2017", "(Posted Friday ...)",
#: "UPDATE (4:15 a.m. Sunday)", an embedded post's "— Jane Doe (@jdoe) February 5, 2017".
_STAMP_BEFORE = re.compile(
    r"(?:\b(?:published|updated?|posted|created|modified|copyright|filed)\b|//|\||\(@\w+\)|©)"
    r"\W{0,4}(?:(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s*(?:[A-Z]{2,4}\b,?\s*)?)?(?:on\s+)?\Z",
    re.I)
#: A broadcast byline: "Jane Roe reports for the KXYZ 4 News at Noon on Wednesday, Feb. 10, 2016", "John Doe reports
#: for Channel 9 Eyewitness News at 5 and 6 p.m. on July 31": the day of the broadcast, not of the event.
_BYLINE_BEFORE = re.compile(r"\breports\s+for\s+(?:the\s+)?[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4}"
                            r"(?:\s+at\s+(?:[Nn]oon|\d{1,2}(?::\d\d)?(?:\s*(?:and|&)\s*\d{1,2}(?::\d\d)?)?(?:\s*[ap]\.?m\.?)?))?"
                            r",?\s+(?:on\s+)?\Z")
#: A date alone on its line, perhaps with a clock time: a dateline ("December 30, 2014 11:50 AM").
_STAMP_LINE = re.compile(r"[ \t]*[-–—|,]?[ \t]*(?:\d{1,2}:\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*)?(?:\n|\Z)")
_YEAR_END = re.compile(r"(?:1[89]|20)\d\d\Z")
#: A live blog's entry stamp opening its line: "8:27 AM THURSDAY: Police now say ...", "UPDATE, 9 a.m. Friday: ..."
#: (the day of the update, not of the event; the words before the expression, then a colon after it)
_ENTRY_STAMP_BEFORE = re.compile(r"[ \t]*(?:update[ \t]*[-–—:,]?[ \t]*)?\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m\.?[ \t]*,?[ \t]*(?:on[ \t]+)?\Z", re.I)
#: Clause boundary for the words before an expression: ; ! ? a line break, or a full stop
#: after a lowercase word (not "a.m." or "St.").
# (and a dateline's dash after its credit: "BIRMINGHAM, Ala. (WIAT) -- The coroner's office on Monday identified ...")
_CLAUSE_BREAK = re.compile(r"[;!?\n]|(?<=[a-z]{3})\.(?=\s)|(?<=\))\s*(?:--|[-—–])(?=\s)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CLOCK = re.compile(r"\d(?::\d\d)?\s*[ap]\.?m\b|\d:\d\d|\bnoon\b|\bmidnight\b", re.I)
#: A clock time ("5 p.m.", "12:30", "noon"), also read by the article's date rules (extractor).
CLOCK_TIME = _CLOCK
#: Words that date the attack itself ("shot Monday", "the shooting happened Sunday",
#: "police were called Friday night", "found dead Tuesday"). Not the attacker ("gunman", "shooter"): a person, whose
#: later steps a day as often dates ("a preliminary exam for the accused shooter was held Wednesday").
_EVENT_WORDS = frozenset("""
shot shoot shoots shooting shootings shootout fired fire firing gunfire gunshot gunshots gunned
killed kill kills killing killings slain slaying slayings murdered stabbed stabbing wounded wounding
injured injuring hurt struck hit found discovered
responded respond responding called call calls dispatched summoned happened occurred erupted broke began
started attack attacked attacks ambushed robbed robbery incident crash crashed opened rang exchanged
confrontation argument fight dispute altercation standoff struggle received suffered sustained
""".split())


def _attack_word(word: str, following: list[str]) -> bool:
    """An attack word from ``_EVENT_WORDS``, given the word after it: "opened" only as "opened fire" (the
    hunting season, a store or an investigation "opened Friday" is no attack)."""
    return word != "opened" or following == ["fire"]


#: A death after the attack ("died Wednesday after being shot Monday"): the attack's day is preferred.
_DEATH_WORDS = frozenset("died dies die dying pronounced succumbed passed perished".split())
#: The aftermath, a later day than the attack's ("hospitalized today with wounds received late Friday",
#: "detectives went to the hospital Sunday to interview the victims", "neighbors were at a loss
#: Monday"): like a death's day, used only when no attack day is named.
_AFTER_WORDS = frozenset("""
hospitalized hospitalised recovering recuperating recovered
described struggled struggling grieving grieve grieved loss counselors counseling reeling shaken
reopened condition support available notified learned
""".split())
#: The time of a statement, not of the event ("police said Tuesday", "authorities Saturday announced",
#: "said in a news release Wednesday"), when nothing but these fillers stands between verb and day.
_REPORT_WORDS = frozenset("""
said says say saying told tells tell announced announce announces announcing confirmed confirm confirms
stated states added explained noted wrote tweeted revealed disclosed indicated commented comment spoke
speaking testified released release identified identify named statement conference briefing interview
investigating investigate investigated searching search seeking sought asked asking urged urging
reported reports report acknowledged acknowledges admitted admits insisted insists recalled recalls
""".split())
_REPORT_FILLERS = frozenset("""
on in at during a an the late early earlier later news press written release statement conference briefing
interview email e-mail post update media reporters to of their his her its by phone telephone
""".split())
#: Later steps: justice, hospital, mourning ("was charged Thursday", "an autopsy is scheduled for
#: Monday", "funeral services on Saturday"); in lower case or opening the clause ("Gunbow Court"
#: is a street, "Sentencing was delayed Thursday" is not).
_PROCEDURE_WORDS = frozenset("""
charged charge charges charging arrested arrest arrests arraigned arraignment indicted indictment
sentenced sentencing convicted conviction pleaded pled plea booked jailed court courtroom hearing trial
verdict jury judge bond bail appeared appearance appear funeral funerals services vigil vigils memorial
burial buried autopsy scheduled discharged surrendered custody rally meeting mourn mourned goodbye farewell
honored remembered closed expected ruled remained remains apprehended meet gather investigation underway
bars jail prison delayed postponed will extradited guilty testimony filed revised exam examination
""".split())
#: who "heard" a case on a day (its hearing's day, not the event's): "the court heard on Monday", "an inquest heard"
_HEARERS = frozenset("court inquest jury jurors tribunal hearing judge coroner magistrates".split())
#: Later steps that are also places an attack may strike ("attacked a funeral tent on Thursday", "shelled a prison")
_TARGETS = frozenset("funeral funerals vigil vigils memorial rally meeting prison jail".split())
#: Gatherings named after their day that an attack may strike ("during Sunday services", "at Friday prayers")
_GATHERINGS = frozenset("funeral funerals vigil vigils memorial rally meeting services service prayers mass".split())


def _attack_before(text: str, s: int) -> bool:
    """An attack word among the ten words before ``s`` in its clause ("bombers attacked three churches during")."""
    left = text[max(0, s - 100):s]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(left):
        pass
    words = [w.lower() for w in _WORD.findall(left[cut.end():] if cut is not None else left)][-10:]
    return any(w in _EVENT_WORDS and _attack_word(w, words[i + 1:i + 2]) for i, w in enumerate(words))


#: A later step still going on the day named right after the verb ("the search continued Wednesday", "interviews were
#: continuing Friday"), unless what goes on is the attack ("fighting erupted Sunday and continued on Monday").
_ONGOING = frozenset("continued continues continuing resumed".split())
_FIGHTING = frozenset("fighting clashes clash violence bombing bombings shelling airstrikes strikes".split())
_PASSIVE = frozenset("was were is are been being be".split())
#: "was first reported Sunday": the event's report, like "was reported Sunday"
_REPORT_ADVERBS = frozenset("first initially originally".split())
#: "a June 21 shooting", "Thursday's hearing": the noun after the expression says what it dates.
_NOUN_AFTER = re.compile(r"\A(?:['’]s)?\s+(?:(?:early|late|morning|afternoon|evening|night|[a-z]+ly|fatal|deadly|gun|"
                         r"double|triple|quadruple|mass|drive-by|gang-related|apparent|alleged|officer)\s+){0,3}"
                         r"(?P<noun>[a-z]+)")
_EVENT_NOUNS = frozenset("""
shooting shootings slaying slayings killing killings homicide homicides attack attacks incident incidents
murder murders gunfire crash robbery stabbing standoff ambush massacre rampage gunfight shootout
fight violence melee spree wounding battle gunbattle
""".split())


#: A statement's occasion right after the expression: "... the shooting Thursday at a news conference", "Monday in a
#: written statement", "Friday during a press briefing": the day the statement was made.
_STATEMENT_AFTER = re.compile(r"\A,?\s+(?:at|during|in)\s+(?:a|an|the|his|her|their|its)\s+(?:(?:brief|short|written|joint|"
                              r"late|early|afternoon|morning|evening|televised)\s+)?(?:(?:news|press|media)\s+)?"
                              r"(?:conference|briefing|release|statement)s?\b")
#: A gathering of mourning right after the expression: "filled a church on Saturday for the funeral of the three
#: children", "gathered Monday night for a candlelight vigil", "gathered Thursday evening to remember the victims": the
#: day of the mourning, a later step (unless an attack word before it makes the gathering "at" or "during" it its
#: target: "opened fire Sunday at a vigil").
_MOURNING_AFTER = re.compile(r"\A(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?P<at>for|at|during)\s+(?:a|an|the|his|her|"
                             r"their)\s+(?:[\w'’-]+\s+){0,3}?(?:funeral|vigil|memorial|wake|burial|homegoing|celebration\s+of\s+"
                             r"life)s?\b|to\s+(?:remember|honor|honour|mourn|pray\s+for)\b)")
#: "As of Friday, 34 officers had died", "as of 12 a.m. Sunday": a count at that time, not the event's day.
_AS_OF = re.compile(r"\bas\s+of\s+(?:(?:about|around)\s+)?"
                    r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+)?\Z", re.I)
#: A day named relative to the moment of writing or speaking.
_RELATIVE_DAY = re.compile(r"(?i)(?:earlier\s+|late\s+|early\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)|"
                           r"yesterday|last\s+night)\b")


def _in_quotation(text: str, s: int) -> bool:
    """True when text[s] lies inside a quotation opened earlier in ``text`` (straight or curly marks), or
    inside one that a sentence before ``text`` opened and that closes after ``s`` (``text`` is one sentence:
    "... and we got him off the street this morning," the chief said)."""
    pre = text[:s]
    if pre.count("\u201c") > pre.count("\u201d") or pre.count('"') % 2 == 1:
        return True
    rest = text[s:]
    close, opening = rest.find("\u201d"), rest.find("\u201c")
    if close >= 0 and (opening < 0 or close < opening) and "\u201c" not in pre:
        return True
    return '"' not in pre and rest.count('"') % 2 == 1


#: ``_cue``'s answer for an expression an attack word or noun dates: cue '' with ``TimeWindow.named_event``.
_NAMED_EVENT = "event"


#: what a possessive time expression may date that is no attack, maybe after one word that qualifies it ("last year's
#: military coup", "last month's elections", "Sunday's presidential vote"): another event than the figure's
_OTHER_EVENT_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:coups?|elections?|vote|referendum|revolution|uprising|agreement|deal|ceasefire|truce|"
    r"summit|visit|decision|ruling|inauguration|takeover|junta)\b")


#: a court that is a place, not a court of law ("the food court", "a basketball court")
_PLACE_COURTS = frozenset(("food", "basketball", "tennis", "volleyball", "handball", "squash"))


def _cue(text: str, s: int, e: int) -> str:
    """What the expression at text[s:e] dates, from the words around it: '' the event itself (or
    nothing says otherwise; ``_NAMED_EVENT`` when an attack word or noun says so), 'death' a later death, 'after' the aftermath ("hospitalized Tuesday",
    "grieving Monday"), 'report' a statement, 'procedure' a later step
    (arrest, court, funeral), 'other' another event a possessive names ("last year's coup"),
    'stamp' the page's own date.

    The nearest cue word before the expression in its clause decides ("was charged Thursday in
    the shooting" -> procedure; "said Tuesday" -> report; "shot Monday" -> event); a noun right
    after it overrides ("Thursday's shooting", "a June 21 shooting"); a statement cue needs the
    expression right after the verb ("police said Tuesday", not "police said a man was shot Tuesday")
    and yields to a clock time, which dates what was reported ("said around 9 p.m. Sunday")."""
    after = text[e:e + 60]
    if _STAMP_BEFORE.search(text[max(0, s - 40):s]) or (
            not text[text.rfind("\n", 0, s) + 1:s].strip() and _STAMP_LINE.match(after)) or (
            text[max(0, s - 1):s] == "(" and after[:1] == ")" and _YEAR_END.search(text[s:e])) or (
            _BYLINE_BEFORE.search(text, max(0, s - 80), s)) or (
            after[:1] == ":" and _ENTRY_STAMP_BEFORE.match(text, text.rfind("\n", 0, s) + 1, s)):
        return "stamp"
    m = _NOUN_AFTER.match(after)
    if m is None and after[:1] == "," and _YEAR_END.search(text[s:e]):
        # a full date set off by commas before its noun (AP style): "in the June 14, 2014, shooting death of ..."
        m = _NOUN_AFTER.match(after[1:])
    if m and m.group("noun") in _EVENT_NOUNS:
        return _NAMED_EVENT
    if after[:1] in "'’" and _OTHER_EVENT_AFTER.match(after):
        return "other"  # "protests against last year's military coup": the coup's year, not the figure's
    if m and m.group("noun") in _PROCEDURE_WORDS:
        if m.group("noun") in _GATHERINGS and _attack_before(text, s):
            return _NAMED_EVENT  # "attacked three churches during Sunday morning services": the attack's target
        return "procedure"
    if m and m.group("noun") in ("death", "deaths"):
        return "death"  # "charged in the Feb. 19 deaths of ...", "Monday's death": the day of a death
    if m and m.group("noun") in ("press", "news", "conference", "briefing"):
        return "report"  # "at a Monday press conference"
    if _STATEMENT_AFTER.match(after):
        return "report"  # "revealed new details about the shooting Thursday at a news conference"
    if (mourning := _MOURNING_AFTER.match(after)) and not (mourning.group("at") in ("at", "during")
                                                           and _attack_before(text, s)):
        return "procedure"  # "gathered Monday night for a candlelight vigil": the mourning's day
    if _RELATIVE_DAY.match(text, s) and _in_quotation(text, s):
        return "report"  # "I didn't get to see him today," his aunt said: the day the speaker spoke
    left = text[max(0, s - 100):s]
    if _AS_OF.search(left):
        return "report"  # "As of Friday, 34 officers had died": a count at that time
    cut = None
    for cut in _CLAUSE_BREAK.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    tokens = _WORD.findall(left)
    words = [w.lower() for w in tokens]
    clock = _CLOCK.search(left[-25:]) is not None or _CLOCK.search(after[:25]) is not None
    for i in range(len(words) - 1, max(-1, len(words) - 11), -1):
        w = words[i]
        if w in _EVENT_WORDS and _attack_word(w, words[i + 1:i + 2]):
            if w in ("gunshot", "gunshots") and any(x in _DEATH_WORDS for x in words[max(0, i - 4):i]):
                return "death"  # "died from a gunshot wound to his head on June 5": the death's cause, not the attack
            return _NAMED_EVENT
        if w in _DEATH_WORDS:
            return "death"
        if (w == "fighting" and words[i + 1:i + 2] == ["for"] and words[i + 3:i + 4] in (["life"], ["lives"])) or (
                w == "clinging" and words[i + 1:i + 2] == ["to"] and words[i + 2:i + 3] == ["life"]):
            return "after"  # "A 6-year-old girl was fighting for her life Saturday": her condition's day, not the attack's
        if w in _AFTER_WORDS or (w == "still" and tokens[i][0].islower()):
            return "after"  # "were still alive Tuesday evening" (not "Still, on Friday ...": a concession)
        if w == "released" and words[i + 1:i + 2] == ["from"]:
            return "after"  # "was released from County General on Friday"
        if (w == "turned" and words[i + 1:i + 2] in (["himself"], ["herself"], ["themselves"])) or (
                w == "locked" and words[i + 1:i + 2] == ["up"]):
            return "procedure"  # "turned himself in to detectives Wednesday", "was still locked up on Monday"
        if w in _ONGOING and all(x in _REPORT_FILLERS for x in words[i + 1:]) and not any(
                x in _EVENT_WORDS or x in _EVENT_NOUNS or x in _FIGHTING for x in words[:i]):
            return "procedure"  # "The search for the gunman continued Wednesday", "police continued Saturday to ..."
        if w in ("heard", "hears") and any(x in _HEARERS for x in words[max(0, i - 3):i]):
            return "procedure"  # "Swansea Coroner's Court heard on Monday that ...": the hearing's day
        if w in _REPORT_WORDS:
            if w in ("reported", "report") and i > 0 and (words[i - 1] in _PASSIVE or (
                    i > 1 and words[i - 2] in _PASSIVE and words[i - 1] in _REPORT_ADVERBS)):
                return ""  # "gunfire was reported near 3 a.m. Friday"
            told = w in ("told", "tell", "tells")  # "told The Daily Courier on Saturday": a name is the listener
            if clock or not all(x in _REPORT_FILLERS or (told and tokens[j][0].isupper())
                                for j, x in enumerate(words[i + 1:], i + 1)):
                return ""  # "police said a man was shot Tuesday", "said around 9 p.m. Sunday"
            return "report"
        if w in _PROCEDURE_WORDS and (tokens[i][0].islower() or i == 0):
            if w == "court" and words[i - 1:i] and words[i - 1] in _PLACE_COURTS:
                continue  # "opened fire in the food court of a mall on Sunday": a place, not a court's hearing
            if w in _TARGETS and i > 1 and words[i - 1] in ("a", "an", "the") and any(
                    x in _EVENT_WORDS and _attack_word(x, words[j + 1:j + 2])
                    for j, x in enumerate(words[max(0, i - 4):i - 1], max(0, i - 4))):
                continue  # "attacked a funeral tent on Thursday", "shelled a prison Monday": the attack's target
            return "procedure"
    if len(words) <= 8 and not clock:
        return _cue_after(text[e:e + 90])  # the clause up to 80 characters (``_AFTER_CLAUSE``)
    return ""


#: How many lower-case words after an expression that opens its clause are read for its cue ("On Tuesday, East
#: Smithville County sheriff's deputies arrested ...").
_AFTER_REACH = 9
#: The words after an expression that opens its clause, up to the clause's end (an initial's full stop, "U.S.", is none).
_AFTER_CLAUSE = re.compile(r"\A(?:['’]s)?\s*,?(?:[^;:!?.\n]|(?<=\b[A-Z])\.){0,80}")


def _cue_after(after: str) -> str:
    """The cue of an expression that opens its clause, from the first cue word among the next nine
    words ("Authorities Saturday said", "On Sunday, police announced", "On Tuesday, the county sheriff's
    deputies arrested a man" -> 'report', 'report', 'procedure'; "On Sunday, two men were shot" -> '').
    Capitalized words are names ("Sentencing Court"), not cues."""
    tokens = _WORD.findall(_AFTER_CLAUSE.match(after).group(0))
    lower = 0
    for i, t in enumerate(tokens):
        if not t[0].islower():
            continue  # a name ("the U.S. Attorney's Office in Miami") is not counted in the reach
        lower += 1
        if lower > _AFTER_REACH or (t == "according" and tokens[i + 1:i + 2] == ["to"]):
            break  # "..., according to the memorial fund": what follows names the source, not what the day dates
        if t in _EVENT_WORDS and _attack_word(t, [x.lower() for x in tokens[i + 1:i + 2]]):
            return _NAMED_EVENT
        if t in _REPORT_WORDS:
            if i > 0 and tokens[i - 1] in _PASSIVE:
                return ""  # "On Sunday, gunfire was reported", "Tuesday morning, the officer was told"
            if t in ("report", "reports") and (
                    (i > 0 and tokens[i - 1] in ("a", "an", "the")) or tokens[i + 1:i + 2] == ["of"]):
                return _NAMED_EVENT  # "came out Thursday for a report of shots": the call, not a statement
            return "report"
        if t in ("continued", "continues", "remained", "remains"):
            return "report"
        if t in _PROCEDURE_WORDS:
            return "procedure"
        if t in _AFTER_WORDS or t == "still":
            return "after"  # "The family on Monday struggled to understand", "Saturday, she was still shaken"
    return ""


def find_time_windows(text: str, published_at: date | None) -> list[TimeWindow]:
    """All time expressions in ``text`` resolved to windows, in text order.

    Overlapping matches are resolved longest-first (ties: higher priority).
    """
    if not text:
        return []
    pub = published_at
    if isinstance(pub, datetime):
        pub = pub.date()
    elif isinstance(pub, str) and pub:
        pub = date.fromisoformat(pub[:10])
    found = _collect(text, pub)
    if found and ("born" in text or "turned" in text):
        # a birth date is no time of the event: "among them a child born in 2013", "born on 3 May 2010", "a boy who had
        # turned 11 just two weeks ago"
        found = [c for c in found if not _BORN_BEFORE.search(text, max(0, c.s - 20), c.s)]
    if not found:
        return []  # what the steps below make of no candidate
    cands = []
    for c in found:
        c2 = _apply_since(text, c, pub)
        if c2 is not None and c2.start <= c2.end:
            cands.append(c2)
    cands.sort(key=lambda c: (-(c.e - c.s), -c.prio, c.s))
    # taken spans are disjoint: keep them sorted and test the neighbours only
    t_starts: list[int] = []
    t_ends: list[int] = []
    chosen: list[_Cand] = []
    for c in cands:
        k = bisect_left(t_starts, c.s)
        if (k < len(t_starts) and t_starts[k] < c.e) or (k > 0 and t_ends[k - 1] > c.s):
            continue
        t_starts.insert(k, c.s)
        t_ends.insert(k, c.e)
        chosen.append(c)
    chosen.sort(key=lambda c: c.s)
    chosen = _join_spans(text, chosen)
    chosen = [c for c in chosen if c.kind != "coming"]
    windows = [
        # a report covers nothing after its publication: "in 2013" in an article of
        # July 2013 ends at publication, not on 31 December
        TimeWindow(c.start, _clip_to_publication(c.start, c.end, pub), c.prec, (c.s, c.e), c.kind, text[c.s:c.e],
                   "" if cue == _NAMED_EVENT else cue, cue == _NAMED_EVENT)
        for c, cue in ((c, _cue(text, c.s, c.e)) for c in chosen)
    ]
    if " after " in text:
        windows = _with_days_after(text, windows)
    return windows


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
#: A later day followed by how long after the attack it came: "died Tuesday, four days after he was shot", "was taken
#: off life support Thursday, a week after she was shot", "arrested Monday, a day after a woman was shot dead".
_DAYS_AFTER_ATTACK = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\s+(?P<what>(?:(?:he|she|they|(?:a|an|the|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:was|were|had\s+been)\s+|being\s+)(?:fatally\s+|critically\s+)?"
    r"(?:shot|stabbed|wounded|injured)|the\s+(?:shooting|stabbing|attack))\b", re.I)


def _with_days_after(text: str, windows: list[TimeWindow]) -> list[TimeWindow]:
    """A day of a later step or death told with how long after the attack it came gives the attack's day too, a
    window of its own on the attack's words ("died Tuesday, four days after he was shot": the Friday before)."""
    out = list(windows)
    for w in windows:
        if w.precision != "day" or w.start != w.end or w.cue == "stamp":
            continue
        m = _DAYS_AFTER_ATTACK.match(text, w.span[1])
        if m is None:
            continue
        n = _NUMWORDS.get(m.group("n").lower()) if not m.group("n").isdigit() else int(m.group("n"))
        day = w.start - timedelta(days=n * _UNIT_DAYS[m.group("unit").lower()])
        out.append(TimeWindow(day, day, "day", (m.start("what"), m.end()), "point", m.group(0).strip(" ,"), "", True))
    return sorted(out, key=lambda w: w.span)


_SPAN_FROM = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SPAN_TO = re.compile(r"\s*(?:and|to|through|thru|until|till|[-–])\s*(?:the\s+)?", re.IGNORECASE)


def _join_spans(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'between Friday and Sunday', 'from March 3 to March 5': one window from the first day to the last."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen):
            d = chosen[i + 1]
            fm = _SPAN_FROM.search(text[max(0, c.s - 12):c.s])
            if (fm and _SPAN_TO.fullmatch(text, c.e, d.s) and c.start <= d.end
                    and c.kind not in ("duration", "coming") and d.kind not in ("duration", "coming")):
                out.append(_Cand(max(0, c.s - 12) + fm.start(), d.e, c.start, d.end, "range", c.kind, c.prio))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _clip_to_publication(start: date, end: date, pub: date | None) -> date:
    if pub is not None and start <= pub < end:
        return pub
    return end
