"""What a claim's sentence says around its figure: the place it names (most specific first), the
time windows it gives (memoized per sentence of an article).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from pipeline.extract.places import (DATED_DATELINE, TextPlaces, state_code as _state_code, distance_km,
                                     named_as_home, named_as_scene)
from pipeline.extract.timewindow import find_time_windows
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _same


_PLACE_RANK = {"neighbourhood": 0, "village": 1, "town": 2, "city": 3, "admin": 4, "other": 5, "country": 6}
#: how specific a place is, settlements of any size alike
# a town's possessive names a part of it ("Lansing's Old Town", "Chicago's South Side"): within this distance
_TOWN_KINDS = ("city", "town", "village")
_PART_OF_TOWN_KM = 40
_PLACE_LEVEL = {"neighbourhood": 0, "village": 1, "town": 1, "city": 1, "admin": 2, "other": 2, "country": 3}


_PLACE_MARGIN = 150  # > the 120 characters within which places._fill_countries looks for a neighbour


# where a victim was treated, not where he was shot: "taken to Mercy Hospital in Smithville",
# "Smithville Regional Medical Center", "St. Luke's Hospital", "rushed to Mount Sinai", "flown to a Smithville
# hospital", "medics took the boy to Smithville General"
_TREATED_BEFORE = re.compile(
    r"(?:\b(?:[Hh]ospital|[Mm]edical [Cc]ent(?:er|re)|[Tt]rauma [Cc]ent(?:er|re)|[Cc]linic|[Ii]nfirmary|(?-i:Health))"
    r",?\s+(?:in|at|of)\s+(?:the\s+)?(?:city\s+of\s+)?"
    r"|\b(?:[Hh]ospitali[sz]ed|[Bb]eing\s+treated)\s+in\s+"
    # "treated at Erlanger and released", "admitted to St. Vincent", "released from Regional One"
    r"|\b(?:treated|admitted|released|discharged)\s+(?:at|to|from)\s+"
    r"|\b(?:taken|took|transported|rushed|flown|airlifted|driven|brought|carried|sent|transferred)\s+"
    r"(?:(?:him|her|them|the\s+\w+|an?\s+\w+|his\s+\w+|their\s+\w+)\s+)?to\s+"
    r"(?:the\s+|an?\s+)?(?:nearby\s+|local\s+|area\s+)?)$")
_TREATED_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?:Hospital|Medical(?!\s+[Ee]xaminer)|Memorial Hospital|"
    r"Health\s+(?:System|Cent(?:er|re)|Sciences|Care)|Clinic|Infirmary|Trauma|Children's|Children’s)\b")


def _treatment_place(text: str, p) -> bool:
    """``p`` names where a victim was treated ("taken to Mercy Hospital in Smithville"), not an event's place."""
    return bool(_TREATED_BEFORE.search(text[max(0, p.start - 60):p.start]) or
                _TREATED_AFTER.match(text, p.end, p.end + 50))


# every match of _TREATED_BEFORE ends the window before the place ($) with whitespace after one of these words (the
# last word of each of its forms: "taken (the boy) to (the|a|an) (nearby|local|area)", "Hospital in (the) (city of)", "released from"):
# a literal gate
_TREATED_BEFORE_LAST = ("in", "at", "of", "the", "to", "from", "nearby", "a", "an", "local", "area") \
    if _same(_TREATED_BEFORE, "520945b92901eac8") else None


#: a court's seat, not a scene: "is on trial in Richland County", "sending the case to Lehigh County Court", "appeared in
#: Cook County Circuit Court", "held in the Shelby County Jail"
_COURT_BEFORE = re.compile(r"\b(?:on\s+trial|tried|arraigned|sentenced|indicted)\s+in\s+(?:the\s+)?\Z", re.I)
_COURT_AFTER = re.compile(
    r"(?:\s+County)?\s+(?:(?:Circuit|District|Superior|Municipal|Criminal|Magistrates?'?|Common\s+Pleas|Crown|Juvenile|"
    r"Justice)\s+)?(?:Court|Courthouse|Jail|Detention)\b")


def _court_place(text: str, p) -> bool:
    """``p`` names the court or jail of a case ("on trial in Richland County", "Lehigh County Court"), not a scene."""
    return _COURT_AFTER.match(text, p.end, p.end + 40) is not None or (
        _COURT_BEFORE.search(text, max(0, p.start - 30), p.start) is not None)


def _treated(text: str, p) -> bool:
    """``_treatment_place(text, p)``, with _TREATED_BEFORE searched only in a window that ends with whitespace after
    one of the words its matches end with; a court's seat (``_court_place``) is no scene either."""
    if _court_place(text, p):
        return True
    if _TREATED_BEFORE_LAST is None:
        return _treatment_place(text, p)
    before = text[max(0, p.start - 60):p.start]
    last = before.rstrip()
    if len(last) < len(before) and last.endswith(_TREATED_BEFORE_LAST) and _TREATED_BEFORE.search(before):
        return True
    return _TREATED_AFTER.match(text, p.end, p.end + 50) is not None


_DATELINE_REACH = 200  # a dateline opens the text: only the first sentences can hold it


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
            d = self.dateline() if s0 <= _DATELINE_REACH else None
            if d is not None and s0 <= d.start < s1 and (
                    not any(p.start == d.start and p.name == d.name for p in got)):
                # a sentence that holds the dateline ("MT. JULIET, Tenn. (WKRN) – A boy was shot"): its place is the
                # dateline's, as the dateline reader found it (the scan of the capitals alone gave Joliet)
                got = sorted([p for p in got if p.end <= d.start or p.start >= d.end] + [d], key=lambda p: p.start)
            self._sentences[(s0, s1)] = got
        return got

    def dateline(self):
        """The article's dateline place (``places.dateline_place``, read once by the text's finder); a headline has
        none."""
        return self._places().filed_at

    def __iter__(self):
        if self._items is None:
            self._items = [p for p in self._places().within() if not _treated(self.text, p)]
        return iter(self._items)


#: Before a person's home town: "a woman from Smithville", "John Doe, 34, of Smithville", "Joe Roe Jr., of Smithville"
_FROM_HOME = re.compile(
    r"(?:\b(?:man|woman|men|women|teen|teens|teenager|boy|girl|mother|father|mom|dad|resident|residents|native|couple|"
    r"family|student|child|toddler|infant|baby|son|daughter|grandmother|grandfather|husband|wife),?\s+from"
    r"|(?:\b[A-Z][\w.'’-]+|\b\d{1,3}),\s+of)\s+\Z")


def _home(text: str, p) -> bool:
    """``p`` names a person's home: "a Smithville man" (``named_as_home``), "a woman from Smithville"."""
    return named_as_home(text, p.end) or _FROM_HOME.search(text, max(0, p.start - 40), p.start) is not None


#: After a home town: its owner is arrested or charged ("Jo Roe, 22, of Tulsa, Oklahoma, was arrested"): a suspect's
#: home, not the scene
_SUSPECT_HOME_AFTER = re.compile(
    r"(?:,\s*(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))?,?\s+(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:charged|arrested|booked|jailed|indicted|convicted|sentenced)\b", re.I)


_HOME_TOWN_BEFORE = re.compile(r"\b(?:of|from)\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}),\s*\Z")


def _suspect_home(text: str, p) -> bool:
    """``p`` is the home town, or its state ("of Tulsa, Oklahoma"), of someone arrested or charged."""
    return _SUSPECT_HOME_AFTER.match(text, p.end) is not None and (
        _home(text, p) or _HOME_TOWN_BEFORE.search(text, max(0, p.start - 40), p.start) is not None)


#: Between a place and a part of it named in its possessive: "Helmand's (Nad Ali district)", "Nangarhar province's".
_POSSESSIVE_OF_PLACE = re.compile(r"(?:\s+(?:province|state|region|district|county|governorate))?['’]s\s+"
                                  # "Yemen's central province of Marib"
                                  r"(?:(?:[a-z]+\s+)?(?:province|state|region|district|governorate)\s+of\s+)?\Z", re.I)
_PART_OF_PLACE = re.compile(r"\s+(?P<kind>area|village|town|neighbou?rhood|suburb|locality|district|province|region)\s+"
                            r"of\s+(?:the\s+)?\Z", re.I)
# the kinds of place a kind word names ("the Nad Ali district of ..."; not "the Kabul neighbourhood of X", "the
# Central African Republic town of Bria", where the place before the word is the larger one)
_PART_KINDS = {"area": ("other", "neighbourhood", "village", "town"), "village": ("village", "other"),
               "town": ("town", "village", "other"), "neighbourhood": ("neighbourhood", "village", "other"),
               "neighborhood": ("neighbourhood", "village", "other"), "suburb": ("neighbourhood", "village", "other"),
               "locality": ("neighbourhood", "village", "other"), "district": ("admin", "other"),
               "province": ("admin", "other"), "region": ("admin", "other")}


# a county named by its agency ("the Smith County Sheriff's Office said", "Smith County coroner", "Smith County
# deputies"): whose officials speak, not where it happened (which may be a town of the county named elsewhere); a
# medical examiner's county stays (the county where the death happened, docs/conventions.md)
_AGENCY_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[Ss]heriff|[Cc]oroner|[Dd]eput(?:y|ies)|[Pp]rosecutor|"
                           r"District Attorney|[Pp]olice|[Ss]chool|[Cc]ommissioner|[Jj]ail|[Cc]ourt|EMS\b|[Ee]mergency [Mm]edical|"
                           r"[Ff]ire [Dd]epartment|[Ff]ire[- ][Rr]escue)")


def _county_agency(text: str, p) -> bool:
    return p.kind == "admin" and p.name.endswith(("County", "Parish")) and \
        _AGENCY_AFTER.match(text, p.end, p.end + 40) is not None


#: after a place the gazetteer does not know: the rest of a name ("Bull Creek Apartments", "Line of Duty")
_NAME_GOES_ON = re.compile(r"\s*(?:of\b|(?-i:[A-Z]))")


def _scene_beside_agency(text: str, p) -> bool:
    """``p`` is a scene that a town's agency gives way to: a town or a part of one (not its county or state: "in
    Harris County, Houston police said" is as likely Houston), not a person's home ("Jo Roe, 32, of Dunbar"); a place
    the gazetteer does not know only when named as the scene and not the head of a longer name."""
    if p.kind in ("admin", "country") or _home(text, p) or _suspect_home(text, p):
        return False
    if p.latitude is not None or p.kind == "neighbourhood":
        return True
    return named_as_scene(text, p.start) and not _NAME_GOES_ON.match(text, p.end)


def _town_agency(text: str, p) -> bool:
    """``p`` names a town's agency ("Birmingham police said", "the Tulsa Fire Department"): whose officers speak.
    Another place the sentence names is the scene ("outside a business in Woodlawn, Birmingham police said")."""
    return p.kind in ("city", "town", "village") and _AGENCY_AFTER.match(text, p.end, p.end + 40) is not None


# a place in the name of an office or a see that speaks ("the Archdiocese of Morelia said", "the Governor of Kano
# State", "the Mayor of Aleppo"): whose officials speak, like a county named by its agency
_OFFICE_OF = re.compile(r"\b(?:(?:Arch)?[Dd]iocese|(?:Arch)?[Bb]ishop|Governor|Mayor|Prefect|Emir|University|"
                        r"Archdiocese)\s+of\s+(?:the\s+)?\Z")


#: after a place, the rest of a school's name: "North Side High School", "Lincoln Elementary", "Decatur Academy"
#: words that end a school's, a mall's, a hotel's or an arena's name after a place's ("North Side High School", "Four
#: Seasons Town Centre")
_BUILDING_NAME_AFTER = re.compile(
    r"\s+(?:(?:Senior|Junior|Sr\.|Jr\.)\s+)?(?:High|Middle|Elementary|Intermediate|Primary)\b"
    r"|\s+(?:Academy|Preparatory|Prep)\b"
    r"|\s+(?:Town\s+Cent(?:er|re)|(?:Shopping\s+)?Mall|Shopping\s+Cent(?:er|re)|Plaza|Galleria|"
    r"Marketplace|Outlets|Arena|Stadium|Hotel|Motel|Casino)\b")


def _office_of(text: str, p) -> bool:
    return " of " in text[max(0, p.start - 5):p.start] and _OFFICE_OF.search(text, max(0, p.start - 30), p.start) is not None


# a place that a distance is measured from ("about 50 kilometers (30 miles) from the city of Popayan", "80 km
# northwest of Maiduguri", "15 miles south of Dallas"): a landmark near the scene, not the scene
_DISTANCE_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|a\s+few|several|some|a\s+dozen)\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+)?(?:of|from)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:city|town|village|capital|provincial\s+capital)\s+of\s+|downtown\s+)?\Z", re.I)


# a direction alone ("the town of Tuz Khurmatu, north of Baghdad", "on their positions south of Kirkuk"): the same,
# but not "in the north of Baghdad" (a part of it)
_DIRECTION_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bfar\s)\b(?:just\s+|about\s+|some\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))?"
    r"\s+of\s+"
    r"(?:the\s+(?:\w+\s+)?(?:city|town|capital|provincial\s+capital)(?:\s+of)?\s+)?\Z", re.I)


def _distance_landmark(text: str, p) -> bool:
    before = text[max(0, p.start - 70):p.start]
    return ("km" in before.lower() or "kilomet" in before or "mile" in before) and \
        _DISTANCE_BEFORE.search(text, max(0, p.start - 90), p.start) is not None


# a journey's end or start ("Shi'ite pilgrims walking to Kerbala", "a bus travelling from Quetta to Taftan", "on
# their way to Kabul", "bound for Mosul"): where the victims came from or were going, not the scene
_ROUTE_BEFORE = re.compile(
    r"\b(?:walking|travel+ing|heading|driving|going|marching|returning|flying|fleeing|en\s+route|"
    r"on\s+(?:their|its|his|her|the)\s+way|bound)\b[^.;]{0,60}?\b(?:to|towards?|for|from)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:city|town|village|shrine|capital)(?:\s+of)?\s+)?\Z", re.I)


def _route_end(text: str, p) -> bool:
    return _ROUTE_BEFORE.search(text, max(0, p.start - 80), p.start) is not None


def _direction_landmark(text: str, p) -> bool:
    return " of " in text[max(0, p.start - 60):p.start] and \
        _DIRECTION_BEFORE.search(text, max(0, p.start - 60), p.start) is not None


def _pick_place(places: _LazyPlaces, s0, s1, pos):
    inside = places.within(s0, s1)
    if not inside:
        return None
    scene = [p for p in inside if not _county_agency(places.text, p) and not _office_of(places.text, p)
             and not _suspect_home(places.text, p)]
    if len(scene) < len(inside):
        if not scene:
            return None
        inside = scene
    # a landmark gives way to a place named as the scene, and stands for the scene when it is the only one
    inside = [p for p in inside if not _distance_landmark(places.text, p)] or inside
    # so does a journey's end or start ("pilgrims walking to Kerbala ... in the city of Hilla")
    # (to a place below a country: "traders travelling from Gamboru, on the border with Cameroon, to ...")
    routes = [p for p in inside if _route_end(places.text, p)]
    if routes and any(q.kind != "country" for q in inside if q not in routes):
        inside = [p for p in inside if p not in routes]
    # one told only by a direction ("the town of Tuz Khurmatu, north of Baghdad") gives way to a place as specific or
    # more; not to a province or a country ("a house northeast of the capital Sanaa", "just north of Keenesburg" in
    # Weld County: the landmark says more)
    inside = [p for p in inside if not (_direction_landmark(places.text, p) and any(
        q is not p and _PLACE_RANK.get(q.kind, 5) <= _PLACE_RANK.get(p.kind, 5) for q in inside))] or inside
    # a town named by its agency gives way to a scene named beside it
    agencies = [p for p in inside if _town_agency(places.text, p)]
    if agencies and any(_scene_beside_agency(places.text, p) for p in inside if p not in agencies):
        inside = [p for p in inside if p not in agencies]
    else:
        agencies = []
    # so does a place that begins a school's, a mall's or a hotel's name ("at North Side High School" in a Fort Wayne
    # story, "inside Four Seasons Town Centre" in a Greensboro one)
    inside = [p for p in inside if not _BUILDING_NAME_AFTER.match(places.text, p.end)] or inside

    def part_of(p, q) -> bool:  # "the Marjah area of Nad Ali district", "the Nad Ali district of Helmand"
        if not p.end <= q.start <= p.end + 30:
            return False
        m = _PART_OF_PLACE.match(places.text, p.end, q.start)
        return m is not None and p.kind in _PART_KINDS[m.group("kind").lower()]

    # a part named of a place in another country is a namesake the gazetteer knows abroad ("the Terminus area of Jos"
    # read as Atlanta, once called Terminus): not the scene
    inside = [p for p in inside if not any(
        q is not p and q.country and p.country and q.country != p.country and p.end <= q.start <= p.end + 30
        and _PART_OF_PLACE.match(places.text, p.end, q.start) for q in inside)] or inside

    def held_by(q, p) -> bool:  # "Helmand's Nad Ali district": Helmand holds the more specific Nad Ali
        if p.kind == "country":
            return False
        if q.end <= p.start <= q.end + 30:
            return _POSSESSIVE_OF_PLACE.match(places.text, q.end, p.start) is not None
        return part_of(p, q)

    if len(inside) > 1 and s0 < 200:
        # the dateline says where the story was filed ("KABUL (Reuters) - A suicide bomber killed 12 people in
        # eastern Nangarhar province"): the place the sentence itself names is the scene
        dateline = places.dateline()
        if dateline is not None:
            # when it names one as the scene ("in", "near", "across northern ..."; not a home: "a northern Ohio man");
            # the dateline's state or country goes with it ("BAY VILLAGE, Ohio"); a country says less than its city
            # (nor the dateline's region, "BAY VILLAGE, Ohio", nor its second city, "DAMASCUS/GENEVA (ICRC) -")
            rest = [p for p in inside if p.start != dateline.start and not (
                dateline.end <= p.start <= dateline.end + 3 and places.text[dateline.end:p.start].strip() in (",", "/"))]
            if any(not _home(places.text, p) and (
                    (p.kind != "country" and (named_as_scene(places.text, p.start) or any(held_by(q, p) for q in rest)))
                    # a country other than the dateline's ("BEIRUT (Reuters) - Air strikes killed 12 in Syria")
                    or (p.kind == "country" and p.country != dateline.country and p.name != dateline.name
                        and named_as_scene(places.text, p.start)))
                   for p in rest):
                inside = rest

    def holds_another(q) -> bool:
        return any(held_by(q, p) for p in inside if p is not q)

    def rank(p) -> float:  # a part named of a place ("the Marjah area of Nad Ali district") is more specific than it
        return min([_PLACE_RANK.get(p.kind, 5)] + [_PLACE_RANK.get(q.kind, 5) - 0.5 for q in inside
                                                    if q is not p and part_of(p, q)])
    # a place holding another is never the more specific, whatever their kinds ("Mogadishu's Hodan district")
    best = min(inside, key=lambda p: (holds_another(p), rank(p), abs(p.start - pos)))
    if _home(places.text, best):
        # a person's home ("a Shawnee teenager shot to death in Oklahoma City") gives way to another place as
        # specific that is not one ("a Houston man was killed in Mexico" stays in Houston: a country is less so)
        level = _PLACE_LEVEL.get(best.kind, 2)
        other = [p for p in inside if p is not best and not holds_another(p) and _PLACE_LEVEL.get(p.kind, 2) <= level
                 and not _home(places.text, p) and not _state_code(p.name)]
        if other:
            best = min(other, key=lambda p: (_PLACE_RANK.get(p.kind, 5), abs(p.start - pos)))
    holder = next((q for q in inside if q is not best and held_by(q, best)), None)
    if (holder is not None and holder.kind in _TOWN_KINDS and None not in (best.latitude, holder.latitude)
            and distance_km(best.latitude, best.longitude, holder.latitude, holder.longitude) > _PART_OF_TOWN_KM):
        # a part of a town named in its possessive that the gazetteer takes for a far-off place ("Lansing's Old
        # Town" is not Las Vegas, one of whose other names is Old Town): the town itself is the scene
        return holder
    if best.latitude is None:
        # a place the gazetteer cannot locate takes the coordinates of the one that holds it
        holder = next((q for q in inside if q is not best and q.latitude is not None and held_by(q, best)), None)
        if holder is None and best.kind == "other":
            # or of the town whose agency reports it ("outside a business in Woodlawn, Birmingham police said")
            holder = next((q for q in agencies if q.latitude is not None and q.country == best.country), None)
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
        # a day after the toll's figure is the day the count rose, stood or was given ("rose to 40 on Monday", "rose to
        # 27 ..., a provincial official said on Thursday"), and one before its phrase the dateline's ("Zahedan, Feb 14,
        # IRNA -- The death toll ..."), not the event's: the toll takes the article's day of the event, like a figure
        # without one
        windows = [w for w in windows if not ((0 <= w.span[0] - pos or w.span[1] <= toll_start) and w.precision == "day")]
        if not windows:
            return None

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


def _set_place(c: Claim, place, basis: str) -> None:
    """The claim placed at ``place`` (a PlaceMention), ``location_basis`` saying where it came from."""
    c.location, c.country, c.latitude, c.longitude = place.name, place.country, place.latitude, place.longitude
    c.location_basis, c.location_kind = basis, place.kind


def _sentence_windows(sent: str, published_at: date | None):
    """find_time_windows(sent, published_at) without a dateline's date when the sentence names another day (not a
    statement's, "reported Saturday", nor a span, "overnight"): the dateline's is the day the story was filed ("LAHAD DATU, Dec 2 (Bernama) -- Two fishermen were shot dead ... on
    Thursday night" is Thursday's)."""
    windows = find_time_windows(sent, published_at)
    if windows and (dl := DATED_DATELINE.match(sent)) and any(
            w.span[0] >= dl.end() and not w.dates_other_event and w.precision == "day" for w in windows):
        windows = [w for w in windows if w.span[0] >= dl.end()]
    return windows


def _time_windows(sent: str, published_at: date | None, memo: dict | None):
    """_sentence_windows(sent, published_at), computed once per sentence of an article (``memo``)."""
    if memo is None:
        return _sentence_windows(sent, published_at)
    w = memo.get(sent)
    if w is None:
        w = memo[sent] = _sentence_windows(sent, published_at)
    return w
