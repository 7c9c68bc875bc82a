"""Steps across the sentences of one article, once every sentence is read: round-ups of several
incidents, deaths told again in later sentences, people shot who did not die (injured = shot -
killed), the title's and the body's fatal events, and a roster of victims named one by one
(docs/conventions.md, "Article totals").
"""
from __future__ import annotations

import copy
import re

from pipeline.extract import grammar as G
from pipeline.extract.scan import scan_lower
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _needs, _same, _search_at, _search_if, split_sentences
from pipeline.extract.mentions import _ANY_CASUALTY_VERB, _LATER_DIED, _YEAR_OLD, _age_value, _span
from pipeline.extract.victims import _ADULT_ALSO_SUBJ, _DEATH_LATER_IN_SENTENCE, _HE_OR_SHE, _LATER_DIED_STARTS
from pipeline.extract.context import _LazyPlaces, _pick_place, _set_place, _time_windows
from pipeline.extract.ages import _DEATH_WORD, _ages_to_the_dead


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE_ANCHOR = re.compile(
    rf"\A(?:[\w,]+\s+){{0,3}}?(?:also\s+)?on\s+(?:the\s+)?(?P<d>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTHS})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.I)


_RELATIVE_ANCHOR = re.compile(
    r"\A(?:(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+(?:prior|earlier|later|before)"
    r"|the\s+(?:next|following|previous)\s+day)\s*,", re.I)
_WEEKDAY_ANCHOR = re.compile(
    r"\A(?:(?:on|early|late|about|around)\s+)?(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+(?P<part>night|morning|afternoon|evening))?\s*,\s", re.I)
_INDEFINITE_VICTIM = re.compile(r"\s*(?:an?|one|two|three|four|five|six|\d{1,2})\s", re.I)
#: an article that tells several incidents ("two people died in separate shootings", "three weekend shootings")
_ROUND_UP_WORDS = re.compile(
    r"\b(?:separate|unrelated|different)\s+(?:shootings|stabbings|incidents|attacks)\b"
    r"|\b(?:two|three|four|five|six|several|multiple)\s+(?:(?:weekend|overnight|separate)\s+)?(?:shootings|stabbings)\b", re.I)
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
        wm = _WEEKDAY_ANCHOR.match(c.evidence_text) if m is None else None
        new = _INDEFINITE_VICTIM.match(_span(c)) or (  # "a woman was shot", "(a bullet) grazed a woman"
            c.rule.split("/")[-1] in ("singular_active", "active_before")
            and _INDEFINITE_VICTIM.match(re.sub(r"\A\s*[\w-]+\s+", "", _span(c))))
        if wm and c.evidence_field == "text" and new and _ROUND_UP_WORDS.search(text):
            # "On Saturday night, a 19-year-old man was killed ... Early Sunday, a woman was fatally shot": a new victim
            anchors[c.sentence_start] = f"{wm.group('d').lower()} {(wm.group('part') or '').lower()}"
            continue
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
                or not (any(k < c.sentence_start for k in at_once) or _one_of_the_wounded(c, claims))
                or _search_if(_AT_ONCE, _AT_ONCE_NEEDS, c.evidence_text)
                or not (_LATER_DIED.search(c.evidence_text) or _DIED_WHERE.search(c.evidence_text))):
            continue
        c.rule += "/another"
        also.add(c.claim_key)
    return also


_ONE_OF_THE_WOUNDED = re.compile(
    r"(?:one|another)\s+of\s+(?:them|the\s+(?:wounded|injured)|those\s+(?:wounded|injured|hurt))\b", re.I)


def _one_of_the_wounded(c: Claim, claims: list[Claim]) -> bool:
    """'A grenade killed a boy and wounded 30 ... Nine of the wounded were in serious condition. Later, one of them
    died of her wounds': a death told of one of the wounded (its figure 'one of the wounded', or 'one of them' right
    after a sentence that tells only the wounded), after an earlier sentence told the dead, is one more death."""
    if c.count_point != 1 or not _ONE_OF_THE_WOUNDED.match(c.evidence_text, c.char_start - c.sentence_start):
        return False
    before = [d for d in claims if d.evidence_field == "text" and d.counts and d.sentence_start < c.sentence_start]
    if not any(d.casualty_type == "killed" for d in before):
        return False
    if re.match(r"(?i)one\s+of\s+them\b", c.evidence_text[c.char_start - c.sentence_start:]):
        last = max(d.sentence_start for d in before)
        told = {d.casualty_type for d in before if d.sentence_start == last}
        return told == {"injured"} and any((d.count_point or 0) >= 2 for d in before if d.sentence_start == last)
    return True


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


_ADULT_ALSO = re.compile(_ADULT_ALSO_SUBJ.pattern + r"\b[^.;]*?\balso\b", re.I)  # its subject, then "also"


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
        if (c.count_point == 1 and _ADULT_ALSO.match(_span(c))) or G.ADULTS_ALSO_HURT.match(c.evidence_text, c.char_start - c.sentence_start):
            # an adult "also" hurt ("A teacher was also hurt") is someone new only after children hurt ("wounding
            # eight other pupils"), whom he cannot be one of; beside anyone else he may be one told already
            earlier = [d for d in claims if kind(d) == "injured" and d.counts and d is not c
                       and (d.evidence_field, d.sentence_start) < where]
            if not earlier or not all(d.is_child for d in earlier):
                c.rule = c.rule[:-len("/another")]
            continue
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
    r"(?<!non-)(?<!non)\b(?:fatal|deadly)\s+(?:[\w'’.-]+\s+){0,3}?(?:shooting|gunfire|stabbing|beating|robbery|home\s+invasion"
    r"|carjacking|assault|attack|shootout|standoff|rampage|bombing|blast|fight|brawl)\b|\bshooting\s+death\b|\bslaying\b"
    r"|(?<!attempted\s)(?<!attempted\scriminal\s)\bhomicide\b|\b(?:in|over|for)\s+(?:the\s+)?death\s+of\b", re.I)


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
#: right after a figure of people taken to hospital, the wound that sent them: "... after they were shot"
_AFTER_THEIR_WOUND = re.compile(r"[^.;]{0,60}?\b(?:after|when|because)\s+(?:they|he|she|both)\s+(?:were|was|had\s+been)\s+"
                                r"(?:shot|stabbed|wounded|injured|hurt|hit|struck|grazed)\b", re.I)
#: a condition that says a person lives ("in stable condition", "non-life-threatening"), shared by the two tests below
_IN_CONDITION = r"in\s+(?:\w+\s+){0,2}?(?:serious|stable|good|fair|satisfactory|guarded)(?:\s+but\s+stable)?\s+condition"
_NON_LIFE_THREATENING = r"non-?\s*life[- ]threatening"
#: after a group's figure, the whole group told alive: "where they were said to be in stable condition", "both are
#: expected to survive" (not "two are in stable condition": some of them)
_THEY_ALIVE = re.compile(
    rf"\b(?:they|both|all\s+(?:of\s+them|two|three|four|five))\s+(?:\w+\s+){{0,4}}?(?:{_IN_CONDITION}|"
    rf"expected\s+to\s+(?:survive|recover)|{_NON_LIFE_THREATENING}|recovering)", re.I)
_ALIVE = re.compile(
    rf"\b(?:{_IN_CONDITION}"
    rf"|expected\s+to\s+(?:survive|recover|live|be\s+(?:ok|okay|fine|all\s+right))|{_NON_LIFE_THREATENING}"
    r"|survived|(?:is|was)\s+(?:(?:home|now|still|at\s+home)\s+)?recovering|treated\s+and\s+released"
    # "has been released from University Hospital"
    r"|released\s+from\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:hospital|medical\s+center)"
    r"|(?:was|were)\s+able\s+to\s+(?:run|flee|escape|walk|drive|get\s+away)|managed\s+to\s+(?:run|flee|escape|walk|drive|get\s+away))\b", re.I)
"""A sentence that says its single victim shot is alive ("is in stable condition", "is expected to survive", "was able
to run to safety")."""
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
_ORDINAL_NOUNS = r"man|woman|victim|person|boy|girl|teen|teenager|male|female"
#: one of several victims named by his rank in the telling: "The second man", "the third victim"
_ORDINAL_ONE = re.compile(rf"(?i)\s*the\s+(?P<ordinal>second|third|fourth|fifth)\s+(?:{_ORDINAL_NOUNS})\b")
_ONE_OF_THEM = re.compile(r"(?i)\s*(?:the\s+other(?:\s+(?:man|woman|victim|person|one))?|he|she)\b(?!\s*,)")
"""One of a group of people shot named again: "The other (man)", "He", "She"."""
_NEW_VICTIM = re.compile(r"\b(?:another|second|third|other|others|also|an?\s+(?:fourth|fifth|sixth|seventh|eighth))\b", re.I)
"""In a figure of people shot after a death is reported: someone other than the dead ("Another teen was shot in
the foot", "A second man was also shot")."""


#: a person shot named by a name, with a rank or title before it ("Sgt. Ryan Roe", "Deputy Jo Roe", "Al Poe")
_NAMED_SUBJECT = re.compile(
    r"(?:\A|[-–—:]\s)\s*(?:(?:Sgt|Lt|Cpl|Capt|Det|Officer|Deputy|Trooper|Sergeant|Lieutenant|Detective|Corporal|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z]\.|[A-Z][a-z]+)){0,2}\s+(?P<last>(?-i:[A-Z][a-z]{2,}))\Z")
_TREATED_RELEASED = re.compile(r"\btreated\b[^.;]{0,80}?\band\s+released\b", re.I)


def _named_lives_later(c: Claim, text: str) -> bool:
    """A person shot, named by a full name, whose surname a later sentence of the text tells alive ("was treated at
    Mercy Hospital and released", "is in stable condition") without a death: not one of the article's dead."""
    if c.evidence_field != "text":
        return False
    m = _NAMED_SUBJECT.search(_span(c).split(" was ")[0].split(" is ")[0])
    if m is None:
        return False
    # ``text`` may open with the title (claims' offsets are the body's): the claim's sentence is found by its words
    end = text.find(c.evidence_text)
    if end < 0:
        return False
    end += len(c.evidence_text)
    surname = re.compile(rf"\b{re.escape(m.group('last'))}\b")
    for s0, e0 in split_sentences(text):
        sent = text[s0:e0]
        if s0 >= end and surname.search(sent) and (_ALIVE.search(sent) or _TREATED_RELEASED.search(sent)) \
                and not _DEATH_WORD.search(sent):
            return True
    return False


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
    sentence. Only a subject that opens the sentence or follows 'said' / 'that', before any other casualty verb, and
    not the subject of an active verb whose object is the victim ("The other man fired several times, striking the
    victim": the shooter)."""
    if c.count_point != 1 or c.rule.split("/")[-1] in ("active_before", "singular_active"):
        return False
    before = c.evidence_text[:max(0, c.char_start - c.sentence_start)]
    return len(before) <= 160 and not _ANY_CASUALTY_VERB.search(before) and _NEW_SUBJECT.search(before) is not None


_MALE_NOUN = re.compile(r"\b(?:man|men|boy|boys|father|son|sons|brother|brothers|husband|grandfather|grandson|nephew|uncle|"
                        r"stepson|stepfather|boyfriend|gentleman|male)\b", re.I)
_FEMALE_NOUN = re.compile(r"\b(?:woman|women|girl|girls|mother|daughter|daughters|sister|sisters|wife|grandmother|"
                          r"granddaughter|niece|aunt|stepdaughter|stepmother|girlfriend|lady|female)\b", re.I)


#: a person told by a pronoun alone: "He died at the scene", "killed himself"
_SEX_PRONOUN = re.compile(r"\A\W*(?:he|she)\b|\b(?:him|her)self\b", re.I)


def _sex_of(span: str, pronouns: bool = False) -> str | None:
    """The sex a figure's own words give its people ("A woman", "Two men", "his wife"), None when none or both; with
    ``pronouns``, also a pronoun alone ("He died", "killed himself")."""
    male, female = _MALE_NOUN.search(span) is not None, _FEMALE_NOUN.search(span) is not None
    if pronouns and not male and not female and (pm := _SEX_PRONOUN.search(span)):
        return "m" if pm.group(0).lower().startswith("h") and pm.group(0).lower() != "herself" else "f"
    return None if male == female else ("m" if male else "f")


_ARMED_SIDES = ({"police", "soldiers"}, {"militants", "attackers"})


def _other_kind_than_the_dead(c: Claim, claims: list[Claim]) -> bool:
    """A single person shot named by a word of one sex ("A woman was shot in the leg") when every death of the body is
    told by words of the other sex ("A man was killed", "Two men were shot dead"), or by a word of one armed side ("A
    CRPF jawan sustained bullet injuries") when every death is of the other ("Five Maoists were gunned down"):
    someone other than the dead. A death told without a sex or a side ("Two people died") leaves the person shot as
    one of them."""
    if _DEATH_WORD.search(c.evidence_text):
        return False
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts and d.evidence_field == "text"]
    if not dead:
        return False
    sex = _sex_of(_span(c))
    # (the dead may be told by a pronoun, "He died at the scene"; the person shot not: "she was struck" may be one of
    # "a student and the son of a police officer" gunned down)
    if sex is not None and all(_sex_of(_span(d), pronouns=True) not in (None, sex) for d in dead):
        return True
    side = next((i for i, groups in enumerate(_ARMED_SIDES) if c.victim_group in groups), None)
    return side is not None and all(d.victim_group in _ARMED_SIDES[1 - side] for d in dead)


def _other_age_than_the_dead(c: Claim, claims: list[Claim], article_killed: int, text: str = "") -> bool:
    """A single person shot whose own subject gives an age ("an 18-year-old was hit", "Her 14-year-old son was
    stabbed") when every one of the dead has a known age and none is that age: someone other than the dead. In an
    article of one incident (not a round-up of "separate shootings"), deaths without an age (a lede's "Two men were
    killed") restate those with one when the known ages are as many as the article's dead."""
    am = _YEAR_OLD.match(re.sub(r"(?i)\A(?:an?|the|one|another|his|her|their)\s+", "", _span(c)))
    if am is None or article_killed < 1 or _DEATH_WORD.search(c.evidence_text) or not c.rule.endswith("singular_passive"):
        return False
    age = _age_value(am)
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts
            and d.evidence_field != "title"]  # a headline often leaves the age out
    known = {d.victim_age for d in dead} - {None}
    if any(d.victim_age is None for d in dead) and _ROUND_UP_WORDS.search(text):
        return False  # a round-up's deaths without an age may be anyone's (searched last: the whole text)
    return age is not None and bool(known) and len(known) >= article_killed and age not in known


def _minor_not_the_dead(c: Claim, claims: list[Claim], drop: list[Claim], article_killed: int) -> bool:
    """A minor with an age counted among a figure of people shot (a subset) when the dead's known ages are as many
    as the article's dead and none is that age, and the figure keeps someone once the dead are taken: one of the
    injured, not the one who died. So is a group of minors ("Five people, including two 16-year-old boys, were
    shot ... One of the men, 22, died") when every one of the dead is a known adult."""
    if (c.parent_key is None or not c.count_point or c.victim_age is None or c.victim_age >= 18
            or article_killed < 1 or _DEATH_WORD.search(_span(c))):
        return False
    parent = next((p for p in claims if p.claim_key == c.parent_key), None)
    if parent is None or parent in drop or parent.casualty_type != "injured":
        return False
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts
            and d.evidence_field != "title"]
    ages = {d.victim_age for d in dead}
    if c.count_point > 1 and (None in ages or min(ages) < 18):
        return False  # a group's age is its oldest member's: a younger member may be one of the dead
    # the dead without an age restate those with one when these are as many as the article's dead ("One person is
    # dead ... One of the victims, a 22-year-old man, died")
    known = ages - {None}
    return bool(dead) and len(known) >= article_killed and c.victim_age not in known


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
        if group and (group[-1].count_point or 0) > (c.count_point or 0) and _dead_in_its_clause(group[-1], c):
            group[-1].casualty_type = "shot"  # the dead are taken from it below, as from people shot


def _dead_in_its_clause(group: Claim, dead: Claim) -> bool:
    """Is ``dead`` ("one of them fatally", "one of whom later died") the dead among ``group``, told after it in the
    group's own clause of the same sentence?"""
    return (dead.casualty_type == "killed" and dead.rule.endswith("fatally") and dead.parent_key is None
            and (dead.evidence_field, dead.sentence_start) == (group.evidence_field, group.sentence_start)
            and group.char_end <= dead.char_start
            and _OWN_CLAUSE_GAP.match(
                dead.evidence_text[group.char_end - dead.sentence_start:dead.char_start - dead.sentence_start]) is not None)


_STABBED = re.compile(r"\bstabbed\b", re.I)


_RECENT_DEATH_DAYS = 14


def _dead_on_another_day(c: Claim, claims: list[Claim], published_at, tw_memo: dict | None) -> bool:
    """Were all the article's dead dealt their wounds on days before the window of ``c``'s own sentence ("A man was
    shot ... overnight" and "a 24-year-old man who was shot Thursday ... has died"): then the people shot in ``c``
    are not among them. Each death's day must be an attack's ("shot Thursday"), not the death's ("died Tuesday",
    which may be a day after the shooting that ``c`` tells)."""
    if published_at is None or c.period_start is None or c.period_end is None or c.evidence_field != "text":
        return False
    dead = [d for d in claims if d.casualty_type == "killed" and d.counts and not d.is_summary]
    if not dead:
        return False
    for d in dead:
        if d.period_start is None or d.period_end is None or d.evidence_field != "text":
            return False
        if not d.period_end < c.period_start or (published_at - d.period_end).days > _RECENT_DEATH_DAYS:
            # (a death dated after it may be a weekday not yet set on a follow-up's calendar date; an older one is
            # background, which article_dates._background sets apart once the article is dated)
            return False
        own = [w for w in _time_windows(d.evidence_text, published_at, tw_memo) if w.start == d.period_start]
        if not own or any(w.cue in ("death", "after") for w in own):
            return False
    return True


def _shot_to_injured(text: str, claims: list[Claim], published_at=None, tw_memo: dict | None = None) -> None:
    """People 'shot' are injured unless they are the ones killed: injured = shot - killed."""
    _hurt_of_whom_died(claims)
    killed_by_sent: dict[tuple[str, int], int] = {}  # (evidence field, sentence start) -> killed
    self_by_sent: dict[tuple[str, int], int] = {}  # of them, people who shot themselves dead ("the gunman fatally shot himself")
    # of a title's, attackers killed in a clause of their own ("2 officers shot, suspect killed"): not the people shot
    attackers_by_sent: dict[tuple[str, int], int] = {}
    for c in claims:
        if (c.casualty_type == "killed" and c.counts
                and not re.search(r"\bself_(?:after|own)\b", c.rule)):  # the killer is not one of the people he shot
            where = (c.evidence_field, c.sentence_start)
            killed_by_sent[where] = killed_by_sent.get(where, 0) + (c.count_point or 0)
            if c.rule.endswith("singular_self_shot"):
                self_by_sent[where] = self_by_sent.get(where, 0) + (c.count_point or 0)
            if c.evidence_field == "title" and c.victim_group == "attackers" and not c.is_summary:
                attackers_by_sent[where] = attackers_by_sent.get(where, 0) + (c.count_point or 0)
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
                return _shot_to_injured(text, claims, published_at, tw_memo)
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
    all_shot_dead = False  # a group of people shot whom the dead use up ("Two men were shot" beside a toll of two)
    for c in _minors_last(claims):
        if c.casualty_type != "shot":
            continue
        k = killed_by_sent.get((c.evidence_field, c.sentence_start))
        if k and not c.rule.endswith("singular_self_shot"):
            # "Three women were found shot, and the gunman fatally shot himself": he is not one of them
            k -= self_by_sent.get((c.evidence_field, c.sentence_start), 0)
        if k and c.evidence_field == "title" and c.victim_group != "attackers":
            k -= attackers_by_sent.get((c.evidence_field, c.sentence_start), 0)
        span = c.evidence_text[max(0, c.char_start - c.sentence_start - 30):c.char_end - c.sentence_start]
        if k and _OTHERS_SHOT.search(span):
            # "one guard died and two other shooting victims went home": apart from the dead, but for the dead
            # told among them in their own clause ("a man was killed and three others were shot, one of them fatally")
            k = sum(d.count_point or 0 for d in claims if _dead_in_its_clause(c, d))
        if k is None and any((f, s) < (c.evidence_field, c.sentence_start) for f, s in killed_by_sent) and (
                _NEW_VICTIM.search(span) or _new_subject(c)):
            k = 0  # "One man died at the scene. Another man was also shot": not the one who died
        if (k is None and not later_died and not _DEATH_WORD.search(c.evidence_text) and (
                (c.count_point == 1 and _ALIVE.search(c.evidence_text))
                or ((c.count_point or 0) >= 2 and c.evidence_field == "text"
                    and _THEY_ALIVE.search(c.evidence_text, c.char_end - c.sentence_start)))):
            # "The clerk who was shot is in good condition": this one lived, whoever else died; a group told alive as
            # a whole after its figure ("Two women ... were taken to hospital, where they were said to be in stable
            # condition")
            k = 0
        if (k is None and not later_died and c.count_point == 1 and c.evidence_field == "text"
                and _KIN_OF_ANOTHER.match(_span(c).strip()) and not _DEATH_WORD.search(c.evidence_text)):
            k = 0  # "Stacy's best friend was shot three times", "the victim's brother was hit": not the one who died
        if (k is None and not later_died and c.evidence_field == "text" and _WEEKDAY_ANCHOR.match(c.evidence_text)
                and _ROUND_UP_WORDS.search(text)):
            k = 0  # a round-up's "Early Sunday, a bullet grazed a woman": another incident than Friday's death
        if k is None and not later_died and c.count_point == 1 and _named_lives_later(c, text):
            k = 0  # "Sgt. Jo Roe was shot in the arm ... Sgt. Roe was treated and released": he lived, whoever died
        if k is None and c.count_point == 1 and _other_age_than_the_dead(c, claims, article_killed, text):
            # "Jo Roe, 15, was killed. ... a 19-year-old was hit in his side": an age none of the dead has, even
            # when a death came later ("has succumbed ... A 19-year-old man who was shot was treated and released")
            k = 0
        if k is None and c.count_point == 1 and _other_kind_than_the_dead(c, claims):
            k = 0  # "A man was killed ... A woman was shot in the leg": not the one who died
        if k is None and not later_died and _minor_not_the_dead(c, claims, drop, article_killed):
            k = 0  # "Four people were shot, including a 6-year-old girl. ... a 30-year-old man was shot to death"
        if k is None and not c.is_summary and _dead_on_another_day(c, claims, published_at, tw_memo):
            k = 0  # "A man was shot overnight ... a man who was shot Thursday has died": another day's death
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
                all_shot_dead = all_shot_dead or (c.count_point or 0) >= 2
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
    # of the body's (a headline's "Man shot in leg" is the body's lead told again, not another injury figure)
    body_injury = any(c.casualty_type == "injured" and c.evidence_field != "title" for c in claims)
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
        parent = next((d for d in claims if d.claim_key == c.parent_key), None) if c.parent_key is not None else None
        if parent is not None and parent.casualty_type == "injured" and parent.rule.endswith("hospitalized"):
            # a subset of people taken to hospital follows its figure ("three others, including a 16-year-old girl,
            # were taken to hospital": the girl is one of the three hurt, whatever the sentence says of the dead)
            c.casualty_type = "injured"
            continue
        span = _span(c)
        where = (c.evidence_field, c.sentence_start)
        alone = hosp_group.get(where, 0) >= 2 and where not in injured_here
        if not killed_by_sent and c.evidence_field == "text" and _AFTER_THEIR_WOUND.match(
                c.evidence_text, c.char_end - c.sentence_start):
            # "A 17-year-old boy and a 24-year-old man were taken to hospital after they were shot": the people
            # taken are the people shot (in an article that tells no death)
            c.casualty_type, c.rule = "injured", _keep_title(c.rule, "hospitalized")
            continue
        if _new_one_beside_the_dead(c, claims, injured_here) or _new_one_beside_the_hurt(c, claims) or (
                # a minor told by his age and his condition only ("Two men and a 15-year-old boy were taken to
                # hospital with stab wounds; the boy is in a critical but stable condition"): the minor hurt, as a
                # minor named in a hurt construction is, when no other figure of the article holds his age
                c.parent_key is None and c.count_point == 1 and c.victim_age is not None and c.victim_age < 18
                and not _DEATH_LATER_IN_SENTENCE.search(c.evidence_text) and not re.match(r"(?i)(?:he|she)\b", _span(c))
                and re.search(rf"\b{c.victim_age}(?:-year-old|\s*\)|\s*,)", c.evidence_text)
                and not any(d is not c and d.victim_age == c.victim_age for d in claims)):
            c.casualty_type, c.rule = "injured", _keep_title(c.rule, "hospitalized")
            continue
        if c.count_point == 1 and (om := _ORDINAL_ONE.match(span)) and any(
                d.casualty_type == "killed" and re.search(
                    rf"(?i)\b{om.group('ordinal')}\s+(?:{_ORDINAL_NOUNS})\b[^.;]*?\b(?:died|dies|has\s+died|succumbed)\b",
                    d.evidence_text) for d in claims):
            # "The second man was taken to a local hospital in critical condition" under an update's "The second
            # victim ... died at the hospital on Monday": the same person, among the dead
            claims.remove(c)
            continue
        if all_shot_dead and c.count_point == 1 and not _ALIVE.search(c.evidence_text) and _ONE_OF_THEM.match(span):
            # "Two men were shot ... The other was taken to a hospital in critical condition" under an update's
            # "A second man shot Friday has died": the one taken to hospital is among the dead
            claims.remove(c)
            continue
        # "Two men are in the hospital": a group, kept beside single victims told elsewhere
        if ((body_injury if c.evidence_field != "title" else has_injury) and not alone) or (
                c.evidence_field, c.sentence_start) in killed_by_sent or re.search(
                r"\b(?:died|dead|succumbed|deceased|passed\s+away|pronounced)\b", c.evidence_text, re.I) or (
                killed_by_sent and not _ALIVE.search(c.evidence_text) and not _NEW_VICTIM.search(span)
                and not (_TAKEN_WITH_WOUNDS.search(c.evidence_text)
                         and not any(d.casualty_type in ("shot", "injured") for d in claims if d is not c)
                         and all(d.sentence_start < c.sentence_start for d in claims
                                 if d.casualty_type == "killed" and d.evidence_field == c.evidence_field))
                and not re.match(r"(?i:an?|one)\b|(?!(?:The|He|She|His|Her|Their|A|An)\b)[A-Z][a-z]+\s+[A-Z][a-z]", span)):
            claims.remove(c)
            same = max((d for d in claims if d.casualty_type == "injured" and d.parent_key is None and d.counts
                        and (d.count_point or 0) >= max(2, c.count_point or 0)
                        and (d.evidence_field, d.sentence_start) != where),
                       key=lambda d: d.count_point or 0, default=None) if c.parent_key is None else None
            for d in claims:
                if same is not None and d.parent_key == c.claim_key and d.casualty_type == "hospital":
                    # the group told again, or a part of it, in another sentence's figure of the hurt ("three other
                    # people were injured ... three others, two men and a 16-year-old girl, were taken to a trauma
                    # centre"; "injuring 15 ... five are in a critical condition, including a 13-year-old girl"): its
                    # members told apart are that figure's
                    d.parent_key, d.casualty_type = same.claim_key, "injured"
        else:
            c.casualty_type, c.rule = "injured", _keep_title(c.rule, "hospitalized")
    _restated_injured(claims)
    _ordinal_victims(claims)


#: people taken to hospital with their wounds, told in a sentence of its own beside the dead of another ("Seven inmates
#: were taken to a hospital in Tegucigalpa with gunshot and knife wounds"): hurt, not the dead taken there, when the
#: article tells no people shot or hurt they may be ("Four people were shot ... four victims were taken to ...") and
#: the dead are told before them (not "... was taken to hospital with serious injuries. He died on Monday.")
_TAKEN_WITH_WOUNDS = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,4}?(?:wounds|injuries)\b", re.I)


_BESIDE_ONE = re.compile(rf"(?i)(?:and\s+)?(?:an?|another|(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{G.KIN})\s*\S")
_BESIDE_OTHERS = re.compile(r"(?i)(?:and\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:others?|(?:other\s+)?"
                            r"(?:men|women|people|persons|victims|boys|girls|teenagers|teens|youths|children))\b")
_BESIDE_GAP = re.compile(r"\A[^.;:()]{0,60}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)\Z", re.I)
_BESIDE_NOT = re.compile(r"\b(?:after|before|when|who|whom|where|until|because|then|later)\b", re.I)
_BESIDE_DEATH = re.compile(r"\b(?:died|dies|dead|succumbed|deceased|passed\s+away|pronounced|killed|fatal(?:ly)?|life\s+support)\b", re.I)


_INDEFINITE_ONE = re.compile(r"(?i)(?:and\s+)?an?\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+")


def _new_one_beside_the_hurt(c: Claim, claims: list[Claim]) -> bool:
    """Two people told apart, each by an indefinite subject, in one sentence: one in hospital or in a condition, the
    other hurt ("A boy aged 17 is in a serious but stable condition and an 18-year-old man suffered injuries"): two
    people hurt, whatever other sentences say (a death told in the sentence keeps the rules above)."""
    where = (c.evidence_field, c.sentence_start)
    if c.parent_key is not None or c.count_point != 1 or not _INDEFINITE_ONE.match(_span(c)) or _BESIDE_DEATH.search(
            c.evidence_text):
        return False
    return any(d is not c and d.casualty_type == "injured" and d.parent_key is None and d.count_point == 1
               and (d.evidence_field, d.sentence_start) == where and _INDEFINITE_ONE.match(_span(d))
               and re.search(r"(?i)\band\s", c.evidence_text[min(c.char_end, d.char_end) - c.sentence_start:
                                                              max(c.char_start, d.char_start) - c.sentence_start])
               for d in claims)


def _new_one_beside_the_dead(c: Claim, claims: list[Claim], injured_here: set[tuple[str, int]]) -> bool:
    """A new person sent to hospital in the clause after a death of the same sentence ("A man died at the scene and a
    15-year-old was flown to a hospital in critical condition", "A boy is dead and his sister is in critical condition",
    "One man is dead and two others are in the hospital"): someone other than the dead, hurt. Only an indefinite
    subject ("a / an / another ..."), a relative ("his sister") or "N others", a clause joined by a comma, "and" or
    "while", no death told after it in the sentence, and no injury figure in another sentence (which may be the same
    person)."""
    where = (c.evidence_field, c.sentence_start)
    if c.parent_key is not None or not (c.count_point == 1 and _BESIDE_ONE.match(_span(c)) or _BESIDE_OTHERS.match(_span(c))):
        return False
    if any((d.evidence_field, d.sentence_start) != where for d in claims if d.casualty_type == "injured") or (
            injured_here - {where}):
        return False
    s0 = c.sentence_start
    if _BESIDE_DEATH.search(c.evidence_text, c.char_start - s0):
        return False
    return any(d.casualty_type == "killed" and d.counts and not d.is_summary and d.parent_key is None
               and (d.evidence_field, d.sentence_start) == where and d.char_end <= c.char_start
               and _BESIDE_GAP.match(c.evidence_text[d.char_end - s0:c.char_start - s0])
               and not _BESIDE_NOT.search(c.evidence_text[d.char_end - s0:c.char_start - s0]) for d in claims)


_ORDINAL_VICTIM = re.compile(
    r"(?:(?:a|the)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?:an?|the)\s+(?P<nth>(?:[2-9]|[1-9]\d)(?:st|nd|rd|th)))\s+"
    r"(?:(?:victim|person|man|woman|teen|teenager|boy|girl|male|female|individual|youth|juvenile)\b"
    r"|(?=(?:was|is|has|had|got|wounded|injured|hurt|shot|hospitali[sz]ed)\b))", re.I)


def _derived_claim(base: Claim, claims: list[Claim], n: int, rule: str, **fields) -> Claim:
    """A claim the article's totals add beside ``base`` (a running toll, a list's minor): a copy of it, with the next
    claim key, the exact figure ``n`` and ``rule``, and ``fields`` changed; appended to ``claims``."""
    new = copy.copy(base)
    new.claim_key = max(c.claim_key for c in claims) + 1
    new.reported_value = new.count_low = new.count_high = new.count_point = n
    new.qualifier, new.rule = "exact", rule
    for name, value in fields.items():
        setattr(new, name, value)
    claims.append(new)
    return new


_CLOCK_LEAD = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)\s*,\s*", re.I)
_ORDINAL_APPOSED = re.compile(
    r"\b(?:a|the)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:victim|person|man|woman|teen|teenager|boy|girl)\s*,\s*\Z", re.I)


def _ordinal_victims(claims: list[Claim]) -> None:
    """'Two men were killed. A third victim was wounded': an ordinal victim numbers everyone hurt so far, so the
    people hurt are at least that number less the dead (rule ``injury_toll``: a running total, never added)."""
    killed = max((sum(c.count_point or 0 for c in claims if c.casualty_type == "killed" and c.parent_key is None
                      and not c.is_summary and (c.evidence_field, c.sentence_start) == k)
                  for k in {(d.evidence_field, d.sentence_start) for d in claims}), default=0)
    for c in list(claims):  # (running tolls are added to the list)
        if c.casualty_type != "injured" or c.count_point != 1 or c.parent_key is not None or c.is_summary:
            continue
        span = _span(c)
        lead = _CLOCK_LEAD.match(span)  # "(At approximately 12:)10 AM, a third victim ...": the clock opens the span
        m = _ORDINAL_VICTIM.match(span, lead.end() if lead else 0)
        if m is None:
            # the ordinal before the victim told in apposition: "police now say a fourth victim, a 15-year-old boy,
            # walked into Arkansas Children's Hospital"
            m = _ORDINAL_APPOSED.search(c.evidence_text, max(0, c.char_start - c.sentence_start - 40),
                                        c.char_start - c.sentence_start)
        if m is None:
            continue
        o = (m.group("ord") or m.groupdict().get("nth")).lower()  # (_ORDINAL_APPOSED names words only)
        # the people hurt named before it in its own sentence are counted there ("Three men shot, a fourth wounded")
        before = sum(d.count_point or 0 for d in claims if d.casualty_type == "injured" and d.parent_key is None
                     and not d.is_summary and d is not c and d.evidence_field == c.evidence_field
                     and d.sentence_start == c.sentence_start and d.char_end <= c.char_start)
        n = (int(o[:-2]) if o[0].isdigit() else G.ORDINAL_COUNT[o]) - killed - before
        if n > 1 and (c.is_child or c.victim_age is not None):
            # the victim keeps his age and stays one; the running toll is a claim of its own ("A third victim, a
            # 16-year-old boy, was grazed": one teen among three hurt, not three teens)
            _derived_claim(c, claims, n, _keep_title(c.rule, "injury_toll"), victim_group="people", is_child=False,
                           victim_age=None, qualifier=c.qualifier)
        elif n > 1:
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
_RN_ALIVE = re.compile(r"\b(?:wounded|injured|injuries|hurt|hospitali[sz]ed|condition|survived?|recovering|expected\s+to|released|treated"
                       r"|(?:gunshot|bullet|graze)\s+wounds?|grazed)\b", re.I)
_RN_DEAD = re.compile(r"\b(?:died|dead|death|killed|fatal(?:ly)?|did\s+not\s+survive|deceased|succumbed)\b", re.I)


#: one person told by an indefinite article and an age, with no name: "A 24-year-old man (in the group) was struck",
#: "An 18-year-old was wounded", "a 7-year-old boy"
_RN_UNNAMED_AGED = re.compile(r"\A\W*(?:also\s+)?an?\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?)[- ]old\b", re.I)
_RN_AGED_NOUN = (r"an?\s+(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?)[- ]old(?:\s+[a-z]+)?"
                 r"|(?:boy|girl|man|woman|teen|teenager|child|toddler|baby|infant|male|female)\s*,\s*\d{1,2}\s*,)")
#: the same person as the subject right before the figure's span: "A boy, 7, (was wounded)", "A 37-year-old woman who
#: was sitting nearby (was grazed)"
_RN_UNNAMED_AGED_BEFORE = re.compile(rf"(?:\A|[—–:]\s*|\.\s+)\W*(?:also\s+)?{_RN_AGED_NOUN}(?:\s+who\s[^,.;]{{1,80}}?)?\s*\Z",
                                     re.I)
#: ... or as the object of the span's active verb: "(officers) located a 31-year-old female", "shot a 6-year-old girl"
_RN_UNNAMED_AGED_OBJECT = re.compile(rf"\A(?:shot|struck|hit|wounded|injured|stabbed|located|found)\s+{_RN_AGED_NOUN}",
                                     re.I)


#: one person told only as a victim's relative, with no name: "Her sister suffered minor burns", "His 6-year-old son
#: was shot" (the relative's age, when told, keeps apart someone of another age)
_RN_KIN_SUBJECT = re.compile(rf"\A(?:also\s+)?(?:his|her|their)\s+(?:(?:older|younger|elder|little|baby|teenage|"
                             rf"(?:\d{{1,2}}|[a-z]+)-(?:years?|months?)-old)\s+){{0,2}}{G.KIN}\s+(?:was|were|is|had|has|suffered|got)\b",
                             re.I)


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
    if m is None and _HE_OR_SHE.match(span):
        lead = _RN_LEAD.match(before)
        if lead and _RN_CLAUSE.search(before) and not _RN_CAPITAL.search(before, lead.end()):
            return _roster_names(lead.group("names"))
        return []
    if m is None:
        m = _RN_SUBJ_BEFORE.search(before)
        if m is None or _RN_ATTACKER.search(before[:m.start()]):
            return []
    return _roster_names(m.group("names"))


#: a page of several stories: a second dateline opening a paragraph ("ALBUQUERQUE (KRQE) – ..." twice)
_PARAGRAPH_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .,'’-]{2,40}(?:\([\w .,-]{1,24}\))?\s*(?:[–—]|--?)\s")


def _unnamed_aged(c: Claim) -> bool:
    """The claim's one victim is told by an indefinite article and an age, with no name: in its span ("A 24-year-old
    man in the group was struck"), as the subject just before it ("A boy, 7, | was wounded") or as the object of its
    active verb ("officers | located a 31-year-old female")."""
    span = _span(c)
    return bool(_RN_UNNAMED_AGED.match(span) or _RN_UNNAMED_AGED_OBJECT.match(span)
                or _RN_UNNAMED_AGED_BEFORE.search(c.evidence_text, 0, c.char_start - c.sentence_start))


def _named_victims(claims: list[Claim], text: str = "") -> None:
    """A roster of named victims (see the block comment above): one running-toll claim per casualty type
    when the distinct named people killed (or hurt and said to live) in two or more sentences, or in one list
    of the dead by name, outnumber the largest sentence total of that type."""
    dead_words: set[str] = set()
    dead_ages: set[int] = set()
    # people shot in an article that tells no death are hurt: their sentence need not say they live
    deaths = any(c.casualty_type == "killed" and c.counts and not c.is_summary for c in claims)
    for ctype, toll in (("killed", "toll_named"), ("injured", "injury_toll_named")):
        people = []
        unnamed = []  # people told by an indefinite article and their age alone: "A 24-year-old man was struck"
        listed = 0  # the longest list of the dead by name
        for c in claims:
            if (c.casualty_type != ctype or not c.count_point or c.parent_key is not None or c.is_summary
                    or c.evidence_field != "text" or c.rule.endswith("/another") or c.victim_group == "attackers"
                    or _search_if(_RN_OTHER_CAUSE, _RN_OTHER_CAUSE_NEEDS, c.evidence_text)):
                continue
            if ctype == "injured" and (_RN_DEAD.search(c.evidence_text) or deaths and not _RN_ALIVE.search(c.evidence_text)):
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
            elif c.count_point == 1 and c.victim_age is not None and _unnamed_aged(c) and not any(
                    d is not c and d.casualty_type == ctype and d.sentence_start == c.sentence_start
                    and d.evidence_field == "text" for d in claims):
                unnamed.append((c.victim_age, c))  # alone in its sentence (a list's members are counted there)
            elif c.count_point == 1 and not names and _RN_KIN_SUBJECT.match(_span(c)) and not any(
                    d is not c and d.casualty_type == ctype and d.sentence_start == c.sentence_start
                    and d.evidence_field == "text" for d in claims):
                unnamed.append((c.victim_age, c))
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
        if unnamed and (len({(c.location, c.period_start) for c in [*(p[2] for p in people), *(u[1] for u in unnamed)]}) > 1
                        or len({c.period_start for c in claims if c.evidence_field == "text" and c.counts
                                and c.period_start is not None}) > 1
                        or _ROUND_UP_WORDS.search(text) or len(_PARAGRAPH_DATELINE.findall(text)) > 1):
            # told at other places or days, or a page of several stories (a figure of the page dated another day, a
            # round-up's words, paragraphs opening with datelines): each may tell one victim
            unnamed = []
        for age, c in unnamed:  # one of the people named or aged so far unless no one has that age or may have it
            g = next((g for g in groups if age in g["ages"] or not g["ages"]), None)
            if g is None:
                groups.append({"words": set(), "claims": [c], "ages": set() if age is None else {age}})
            else:
                g["claims"].append(c)
                if age is not None:
                    g["ages"].add(age)
        if ctype == "killed":
            dead_words = set().union(*(g["words"] for g in groups))
            dead_ages = {a for g in groups if not g["words"] for a in g["ages"]}
        else:
            # hurt, then died: one of the dead (by name, or by the age of someone dead told without a name)
            groups = [g for g in groups if not g["words"] & dead_words and not (not g["words"] and g["ages"] & dead_ages)]
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
        _derived_claim(max((c for g in groups for c in g["claims"]), key=lambda c: (c.sentence_start, c.char_start)),
                       claims, n, toll, victim_group="people", is_child=False, victim_age=None, parent_key=None)


#: Ages a headline may still call a teen or a boy ("Joplin Teen Killed" over "an 18-year-old man was killed").
_YOUNG_ADULT_AGES = (18, 19)


def _title_minors_as_the_body(claims: list[Claim]) -> None:
    """A title's figure of minors without an age ("Two boys stabbed in Tottenham", "Shelling kills four children")
    that the body tells again with their ages, as the one figure of the same type and number ("Two boys aged 16 and
    17 were stabbed"; "killing four children, ages 6, 8, 11 and 14"), is the body's group: it takes the body's age,
    or, when the body's ages span age groups, is no figure of children of its own (the body's subsets by age group
    count them), or, when the body's one figure is a young adult of 18 or 19 (a "teen" to a headline), is that adult.
    Else the title would count teens once more as children 0-11 (a child word without an age)."""
    body = [c for c in claims if c.evidence_field == "text" and c.counts]
    for t in claims:
        if t.evidence_field != "title" or not t.is_child or t.victim_age is not None or not t.counts:
            continue
        same = [b for b in body if b.casualty_type == t.casualty_type and b.count_point == t.count_point and (
            b.is_child and b.victim_age is not None
            or not b.is_child and b.victim_age in _YOUNG_ADULT_AGES
            or not b.is_child and any(s.parent_key == b.claim_key and s.rule.split("/")[-1] == "age_band" for s in claims))]
        if len(same) != 1:  # (other figures of that number without ages, "Both were taken to hospital", say nothing)
            continue
        if same[0].is_child:
            t.victim_age = same[0].victim_age
        else:  # the body's ages span groups, or the title's "teen" is 18 or 19 ("Joplin Teen Killed" ... "an 18-year-old man")
            t.is_child = False
            if same[0].victim_age in _YOUNG_ADULT_AGES:
                t.victim_age = same[0].victim_age


# --------------------------------------------------------------------------- the dead listed by name and age
# A sentence that names a figure's victims with their ages, without a casualty word of its own ("The ministry
# identified them as Mohammed Abu Daqqa, 41, his wife Samira, 37, and their daughters Hala, 14, and Nour, 9", "The
# group named the dead as ...", "The men were named by relatives as ..."), says which of them were minors.
_ROSTER_INTRO = re.compile(
    r"\b(?:identified|identifying|named|naming)\s+(?:by\s+[\w\s'’.-]{1,40}?\s+)?"
    r"(?:(?P<who>them|the\s+(?:dead|deceased|victims|bodies|(?:\w+\s+){0,2}?(?:men|women|children|boys|girls|people|"
    r"family|dead|victims)))\s+)?as\s+", re.I)
#: a list after the group's copula: "The children were Isabella Castillo, 13, and Mateo Castillo, 7", "The dead
#: included Jo Roe, 15, ..." (the people and their ages are the test: "The victims were taken to ..." lists none)
_ROSTER_COPULA = re.compile(
    r"\b(?P<who>the\s+(?:(?:two|three|four|five|six|seven|eight)\s+)?(?:dead|deceased|victims|children|slain))\s+"
    r"(?:were|are|included)\s+(?=(?-i:[A-Z])|\d)", re.I)
_ROSTER_COPULA_GROUPS = ("dead", "deceased", "victims", "children", "slain")  # one of which each copula list names
#: the group a passive roster names before its verb: "The men were named by relatives as", "They were identified as"
_ROSTER_PASSIVE_SUBJECT = re.compile(
    r"\b(?P<who>they|the\s+(?:\w+\s+){0,2}?(?:dead|deceased|victims|men|women|children|boys|girls|people))\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:later\s+)?\Z", re.I)
#: a person of the list and the age after the name ("Hala, 14", "Ibrahim Abdi, 17") or before it ("eight-month-old Yusuf")
_ROSTER_PERSON = re.compile(
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|al|bin|ibn|abu|de|van))*\s*,\s*(?P<age>\d{1,2})(?=\s*(?:[,.;)]|\Z|and\b))"
    r"|\b(?P<young>(?:\d{1,2}|[a-z]+)[- ](?:years?|months?|weeks?|days?)[- ]old)(?:\s+[a-z]+){0,2}?\s+(?-i:[A-Z][\w'’-]+)")
_ROSTER_DEATH_WORDS = ("dead", "deceased", "bodies")


def _roster_minors(text: str, sentences: list[tuple[int, int]], claims: list[Claim]) -> None:
    """The minors of a list of the dead (or of "them", a figure just told) by name and age: each a subset of that
    figure, one child or teen of that age (rule ``roster_minor``), when the sentence reads no figure of its own and
    the list holds no more people with ages than the figure."""
    previous = 0
    for s0, s1 in sentences:
        sent, before, previous = text[s0:s1], previous, s0
        rm = _ROSTER_INTRO.search(sent) if " as " in sent and ("ident" in sent or "nam" in sent) else None
        if rm is None and (" were " in sent or " are " in sent or " included " in sent) and any(
                w in sent.lower() for w in _ROSTER_COPULA_GROUPS):
            rm = _ROSTER_COPULA.search(sent)
        if rm is None:
            continue
        who = rm.group("who") or (pm.group("who") if (pm := _ROSTER_PASSIVE_SUBJECT.search(sent, 0, rm.start())) else None)
        if who is None or any(c.evidence_field == "text" and c.sentence_start == s0 and (
                c.victim_age is not None or c.char_start >= s0 + rm.end()) for c in claims):
            continue  # a list without its group's word, or one whose people the sentence reads already
        deaths_only = who.lower().split()[-1] in _ROSTER_DEATH_WORDS
        figures = [c for c in claims if c.evidence_field == "text" and c.parent_key is None and not c.is_summary
                   and c.counts and c.casualty_type in (("killed",) if deaths_only else ("killed", "injured"))
                   and c.char_start < s0 + rm.start() and c.victim_group != "attackers"]
        if not figures:
            continue
        people = []
        for pm_ in _ROSTER_PERSON.finditer(sent, rm.end()):
            young = pm_.group("young")
            if young:
                ym = _YEAR_OLD.match(young)
                age = _age_value(ym) if ym else None
            else:
                age = int(pm_.group("age"))
            if age is not None:
                people.append((age, pm_))
        # the figure of as many people as the list names (the dead first: "killed two men and left two others
        # injured. The men were identified as ..."), else the last one told
        sized = [c for c in figures if c.count_point == len(people)]
        parent = max(sized or figures, key=lambda c: (c.casualty_type == "killed" and bool(sized), c.char_start))
        if parent.sentence_start < (before if who.lower() in ("them", "they") else s0 - 600):
            continue  # "them" names a figure just told (in this sentence or the one before), the dead one told lately
        if not people or len(people) > (parent.count_point or 0) or len(people) < 2 and parent.count_point == 1:
            continue  # more people aged than the figure holds, or the one victim of a single death (its own age step)
        for age, pm_ in people:
            if age >= 18:
                continue
            _derived_claim(parent, claims, 1, "roster_minor", parent_key=parent.claim_key, is_child=True, victim_age=age,
                           victim_group="children", evidence_text=sent, sentence_start=s0, sentence_end=s1,
                           char_start=s0 + pm_.start(), char_end=s0 + pm_.end())
