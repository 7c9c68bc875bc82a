"""Casualty figures from article text: one :class:`Claim` per figure.

Pure Python and regex based (see :mod:`pipeline.extract.grammar` for the named
patterns and :mod:`pipeline.extract.conventions` for the qualifier table). This module
runs the passes; they live beside it in the order a sentence is read: ``sentences``
(splitting, literal gates), ``mentions`` (figures and their casualty words), ``victims``
(victims without a numeral), ``summaries`` (period figures), ``ages``, ``context``
(place and time of a figure), then per article ``article_totals`` and ``article_dates``.
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
  (``_named_victims``: "Jo Roe died at the scene. ... Al Poe, 22, was also killed" -> 2; people told by an age
  alone too: "A 7-year-old boy was shot ... A 24-year-old man was struck in the back" -> 2);
* ``roster_minor`` – a minor of a list of a figure's people by name and age, a subset of that figure ("The ministry
  identified them as ..., and their daughters Hala, 14, and Nour, 9");
* ``age_band``       – the minors of a group whose ages span age groups, one subset per group;
* ``singular_active`` also covers "left a man and woman dead", "leaving the teen in critical condition",
  "the shooting of a 7-year-old girl" (shot) and "the fatal shooting of ..." (killed);
* ``singular_reduced`` – a victim named by a reduced relative ("a grandmother killed by a stray bullet", "the family
  of a man shot and killed by police");
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

import bisect
import copy
import re
from dataclasses import replace
from datetime import date

from pipeline.extract import grammar as G
from pipeline.extract.conventions import bounds
from pipeline.extract.numbers import parse_number, vague_key
from pipeline.extract.places import (
    _DEMONYMS, county_states, lookup_place, named_as_scene, resolve_anaphor, state_after, state_code as _state_code,
)
from pipeline.extract.scan import scan_lower
from pipeline.extract.sources import PARTY_NOUNS, find_attributions, normalize_source, source_kind, speaker_kind
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _CASUALTY_RX, _finditer, _gate, _lacks, _needs, _same, split_sentences
from pipeline.extract.summaries import _ONE_INCIDENT_DAYS, _is_summary
from pipeline.extract.mentions import (_AGE_PAREN, _AMONG_TYPE, _ATTACKER_NP, _CONTRAST_CLAUSE, _COORD_FWD, _HURT,
                                       _INTENT_BEFORE, _Mention, _NEW_SUBJECT_CLAUSE, _NON_PERSON_NP, _NOT_BEFORE,
                                       _NOUN_SHOT_BEFORE, _SUBSET_LIST_GAP, _age_value, _classify, _find_mentions,
                                       _head, _non_person, _shares_verb, _shares_verb_forward, _span, _year_old)
from pipeline.extract.victims import (_MODAL_BEFORE, _OF_THEM_OPENS, _active_singular_pass, _among_pass,
                                      _attacker_among_pass,
                                      _and_companion_pass, _dead_and_took_pass, _another_hurt_pass, _article_parent,
                                      _attacker_death_apart, _deaths_by_sentence, _gapped_singular_pass, _gunfire_hit_pass,
                                      _ordinal_death_pass, _pair_then_they_pass, _type_them_objects, _police_after_pass, _victim_line_pass,
                                      _self_after_pass, _self_and_pass, _self_death_apart, _singular_pass,
                                      _take_following_np, _tuple_shooting_pass)
from pipeline.extract.context import (
    _PLACE_RANK, _direction_landmark, _distance_landmark, _home, _LazyPlaces, _office_of, _pick_place, _pick_time, _set_place, _time_windows, _to_date,
    _treated,
)
from pipeline.extract.ages import (_AGES_LIST, _AGE_REACH, _Age, _FEMALE, _IDENTIFIED_LIST, _MALE, _age_band_subsets,
                                   _age_of_the_one_dead, _named_ages_apart,
                                   _age_mentions, _bare_ages_not_figures, _group_ages, _inherited_age, _loose_group_ages,
                                   _loose_victims_ages, _minor_victim_pass, _pronoun_death_not_the_hurt,
                                   _SCHOOL_CHILDREN)
from pipeline.extract.article_dates import _another_incident_apart, _background, _date_from_article
from pipeline.extract.article_totals import (_NEW_VICTIM, _ROUND_UP_WORDS, _also_killed, _another_beside_the_dead, _another_in_group,
                                             _breakdown_restated, _fatal_body, _fatal_title, _named_victims,
                                             _roster_minors, _round_up, _shot_to_injured, _title_minors_as_the_body)


EXTRACTOR_VERSION = "0.28.0"


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
    title_places = None
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
        _shot_to_injured(context, claims, published_at, tw_memo)
        _another_beside_the_dead(claims)
        if context is not text:
            _fatal_title(title, claims, title_places)
        _fatal_body(text, sentences, claims, body_places)
        also = _also_killed(claims)
        _round_up(context, claims)
        _breakdown_restated(claims, also)
        _region_to_town(text, claims, body_places)
        _country_to_scene(text, sentences, claims, body_places)
        _place_from_context(text, claims, body_places, title_places)
        _another_incident_apart(claims)
        _date_from_article(text, claims, published_at, sentences, tw_memo, title=title if context is not text else None)
        before = {c.claim_key for c in claims if c.is_summary}
        _background(claims, published_at, tw_memo)
        newly = {c.claim_key for c in claims if c.is_summary and c.claim_key not in before
                 and c.casualty_type == "killed" and c.parent_key is None}
        if claims is found or not newly:
            break
        past |= newly
    _title_restates_background(claims)
    _title_minors_as_the_body(claims)
    _self_death_apart(context, claims)
    _attacker_death_apart(claims)
    _perpetrators_claim_apart(claims)
    _party_figure_apart(claims)
    _initial_figure_apart(claims)
    _attackers_among(claims)
    _militants_of_the_attack(claims)
    _attackers_apart(claims)
    _attacker_hurt_apart(claims)
    _ordinal_after_the_dead(claims)
    _named_victims(claims, text)
    _roster_minors(text, sentences, claims)
    _pronoun_death_not_the_hurt(claims)
    _age_of_the_one_dead(claims)
    _named_ages_apart(text, claims)
    _rekey(claims)
    return claims


#: the attackers' own side speaking of what its fighters did ("Al Shabaab said its fighters had killed 15", "its fighter
#: had killed 60", "claimed
#: the attack in a statement, saying it had killed 15 policemen", "the Taliban claimed to have killed 50 soldiers")
_PERPETRATORS_CLAIM = re.compile(
    r"\b(?:its|their|the\s+group's|the\s+militants'|the\s+insurgents'|the\s+rebels')\s+(?:own\s+)?"
    r"(?:fighters?|militants?|mujahideen|gunm[ae]n|attackers?|(?:suicide\s+)?bombers?)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:killed|wounded|shot|slain)\b"
    r"|\bclaimed\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:attack|bombing|assault|raid|ambush|killings?)\b"
    r"[^.;]{0,80}?\bsaying\s+(?:that\s+)?it\s+(?:had\s+)?(?:killed|wounded)\b"
    r"|\bclaimed\s+to\s+have\s+(?:killed|wounded)\b", re.I)


def _perpetrators_claim_apart(claims: list[Claim]) -> None:
    """A figure the attackers' own side gives, in a sentence of its own ("Al Shabaab said on its radio station that its
    fighters had killed 15 soldiers"), is that party's claim, not the report's toll, when another sentence of the
    article gives a figure of that type: it is set aside like a party's figure disputed in one sentence (rule suffix
    '/disputed': not added, the high bound holds it; docs/conventions.md, "Article totals" 2a). Alone, it is the
    article's only figure and stays."""
    theirs = [c for c in claims if c.counts and c.evidence_field == "text" and c.casualty_type in ("killed", "injured")
              and (m := _PERPETRATORS_CLAIM.search(c.evidence_text)) is not None
              and m.start() < c.char_start - c.sentence_start]
    if not theirs:
        return
    _apart_beside_other_figures(claims, theirs, summaries_count=True)


#: the kinds of source (sources.speaker_kind) that speak for a party, not the authorities: witnesses and residents,
#: rights groups, and one side or its people ('party')
_PARTY_KINDS = frozenset({"witness", "ngo", "party"})


#: a party opening the sentence as the subject of its speech verb: "Residents who fled to Maiduguri ... said",
#: "A civil society leader in Masisi, Jean-Pierre Kabuya, said"
_PARTY_SUBJECT = re.compile(
    rf"\W*(?:However,\s+)?(?:(?:the|a|an|some|local|many|other|several)\s+)?(?:[\w-]+\s+){{0,3}}?{PARTY_NOUNS}\b(?!-)"
    r"[^.;]{0,120}?\b(?:said|says|told|reported|put|counted|spoke\s+of)\b", re.I)


def _party_figure_apart(claims: list[Claim]) -> None:
    """A party's larger figure told in a sentence of its own ("The pro-rebel TamilNet website put the death toll at
    112", "Residents said 42 people were killed") beside the authorities' figure of that type in another sentence
    ("52 ..., a doctor at the hospital said"; police, officials, a ministry, the army, hospitals, the UN) is that
    party's claim, not the report's toll, when the authorities' figure is the article's first of that type: set aside
    like a party's figure disputed in one sentence (rule suffix '/disputed': not added, the high bound holds it;
    docs/conventions.md, "Article totals" 2a)."""
    def party(c: Claim) -> bool:
        src = c.attributed_source or ""
        kind = speaker_kind(src)
        if kind is None and (sm := _PARTY_SUBJECT.match(c.evidence_text)) is not None \
                and sm.end() <= c.char_start - c.sentence_start:
            return True  # "Villagers who brought some of the bodies to Lashkar Gah said 23 people had died"
        return kind in _PARTY_KINDS
    # the authorities' figure is the article's first of its type, told before the party's (the lead's toll, then the
    # dispute; not another incident's figure later in a round-up)
    first: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.sentence_start, c.char_start)):
        if c.counts and c.evidence_field == "text":
            first.setdefault(c.casualty_type, c)
    for c in [c for c in claims if c.counts and c.evidence_field == "text" and c.casualty_type in ("killed", "injured")
              and party(c)]:
        lead = first[c.casualty_type]
        if (lead.sentence_start < c.sentence_start and lead.attributed_source
                and speaker_kind(lead.attributed_source) in _AUTHORITY_KINDS
                and (c.count_point or 0) > (lead.count_point or 0)):
            _set_sentence_aside(claims, c)


def _apart_beside_other_figures(claims: list[Claim], chosen: list[Claim], summaries_count: bool) -> None:
    """Each chosen figure, with its sentence's figures of its type and their subsets, is set aside (rule suffix
    '/disputed') when another sentence gives a figure of that type (a summary too, with ``summaries_count``)."""
    for c in chosen:
        if any(d.counts and d.casualty_type == c.casualty_type and (d.count_point or 0) > 0
               and (summaries_count or not d.is_summary)
               and (d.evidence_field, d.sentence_start) != (c.evidence_field, c.sentence_start)
               and d not in chosen for d in claims):
            _set_sentence_aside(claims, c)


def _set_sentence_aside(claims: list[Claim], c: Claim) -> None:
    """``c``'s sentence's figures of its type and their subsets are another party's (rule suffix '/disputed')."""
    for d in claims:
        if d.sentence_start == c.sentence_start and d.evidence_field == c.evidence_field \
                and d.casualty_type == c.casualty_type and not d.rule.endswith("/disputed"):
            d.rule += "/disputed"


#: a figure the source gave first and the article corrects: "Police initially said three people had died",
#: "Authorities had originally reported four wounded", "Police at first said two people were killed" (not what
#: someone "originally told" police: his account, not a figure given and taken back)
_INITIAL_FIGURE = re.compile(
    r"\b(?:initially|originally|at\s+first|(?<=had\s)first)\s+(?:had\s+)?(?:said|reported|put|gave|estimated|announced)\b"
    r"|\b(?:had\s+)?(?:said|reported)\s+(?:initially|originally|at\s+first)\b", re.I)
#: the correction told after the cue, in the same sentence: "was initially reported as a triple shooting, but police
#: sources have confirmed that four people were shot" (the four are the corrected figure)
_INITIAL_THEN_CORRECTED = re.compile(r"\b(?:but|however|later|now|since|confirmed|corrected|revised)\b", re.I)


def _initial_figure_apart(claims: list[Claim]) -> None:
    """A figure its source gave first, told as such before it ("Police initially said three people had died. Early
    Monday they said one of the three was alive"), is the earlier word, not the report's toll, when another sentence
    of the article gives a figure of that type: set aside like another party's figure (rule suffix '/disputed': not
    added, the high bound holds it). Alone, it is the article's only figure of its type and stays ("Police initially
    said the man had died" with nothing after it)."""
    first = [c for c in claims if c.counts and c.evidence_field == "text" and c.casualty_type in ("killed", "injured")
             and not c.is_summary and (m := _INITIAL_FIGURE.search(c.evidence_text)) is not None
             and m.start() < c.char_start - c.sentence_start
             and not _INITIAL_THEN_CORRECTED.search(c.evidence_text, m.end(), max(m.end(), c.char_start - c.sentence_start))]
    _apart_beside_other_figures(claims, first, summaries_count=False)


_ATTACKERS_AMONG = re.compile(r"\b(?:including|among\s+(?:them|those|the\s+dead|the\s+victims))\b[^.;]{0,40}?"
                              r"\b(?:attackers?|gunm[ae]n|assailants?|bombers?|shooters?)\b", re.I)


#: attackers inside a figure, right after it: "killing at least 15 people including the bomber", "nine people were
#: killed, among them two of the gunmen", "including the three attackers" (not "the attackers": no count)
_ATTACKERS_INSIDE_AFTER = re.compile(
    r"[^.;]{0,30}?(?P<phrase>\b(?:including|among\s+(?:them|whom|those\s+killed|the\s+dead))\s+"
    r"(?:the\s+(?:suicide\s+|car\s+|lone\s+)?(?P<sing>bomber|attacker|gunman|assailant|shooter)\b(?!['’]s)"
    r"|(?P<one>one)\s+of\s+the\s+(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants|shooters)\b"
    r"|(?:the\s+|all\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:of\s+the\s+)?"
    r"(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants|shooters)\b))", re.I)


#: an armed group's nouns, as the subject of its attack: its fighters' words and the groups' own names
_ARMED_GROUP = (r"(?:militants|jihadists|insurgents|fighters|rebels|bandits|(?-i:Taliban|al-Shabaab|al-Shabab|Shabaab|"
                r"Boko\s+Haram|ISWAP|Islamic\s+State|al\s+Qaeda|AQAP))")


#: an armed group as the subject of its attack in the sentence: "Taliban militants attacked two posts ..., sparking
#: clashes in which 30 militants and three soldiers were killed"
_GROUP_ATTACKS = re.compile(
    rf"\b{_ARMED_GROUP}\b[^.;]{{0,60}}?\b(?:attacked|stormed|raided|ambushed|assaulted|overran|"
    r"launched\s+(?:an?\s+)?(?:attack|assault|raid))\b", re.I)
_VICTIMS_OF_AN_ATTACK = frozenset({"soldiers", "police", "civilians", "people"})
_MILITIA = re.compile(r"\bmilitia", re.I)


def _militants_of_the_attack(claims: list[Claim]) -> None:
    """Militants killed in the sentence that tells their group's attack, beside its victims ("Taliban militants
    attacked two posts ..., sparking clashes in which 30 militants and three soldiers were killed") are the attackers
    (victim group 'attackers', so that ``attackers_killed`` holds them); the sentence's figure is unchanged."""
    for c in claims:
        if (c.evidence_field != "text" or c.parent_key is not None or c.victim_group != "militants"
                or c.casualty_type != "killed" or c.is_summary):
            continue
        am = _GROUP_ATTACKS.search(c.evidence_text, 0, c.char_start - c.sentence_start)
        if am is None or _MILITIA.search(c.evidence_text, c.char_start - c.sentence_start,
                                         c.char_end - c.sentence_start + 20):
            continue  # (not "killing nine militiamen": the pro-government militia the group attacked)
        if any(d is not c and d.sentence_start == c.sentence_start and d.evidence_field == "text"
               and d.casualty_type == "killed" and d.parent_key is None and d.victim_group in _VICTIMS_OF_AN_ATTACK
               for d in claims):
            c.victim_group = "attackers"


def _attackers_among(claims: list[Claim]) -> None:
    """Attackers counted inside a figure of the dead or hurt ("killing at least 15 people including the bomber",
    "including two of the gunmen") are its subset of attackers (rule 'attackers_among'), so that the article's
    attackers are totalled apart as when they are told in a sentence of their own (docs/conventions.md, "Who is
    counted"); the figure stays as it is."""
    for c in list(claims):
        if (c.evidence_field != "text" or c.parent_key is not None or c.victim_group == "attackers"
                or c.casualty_type not in ("killed", "injured") or (c.count_point or 0) < 2
                or any(d.parent_key == c.claim_key and d.victim_group == "attackers" for d in claims)):
            continue
        at = c.char_end - c.sentence_start
        m = _ATTACKERS_INSIDE_AFTER.match(c.evidence_text, at)
        if m is None:
            continue
        n = 1 if m.group("sing") or m.group("one") else parse_number(m.group("n"))
        if not n or n >= (c.count_point or 0):
            continue
        claims.append(replace(c, claim_key=max(d.claim_key for d in claims) + 1, parent_key=c.claim_key,
                              victim_group="attackers", is_child=False, victim_age=None, reported_value=n,
                              qualifier="exact", count_low=n, count_high=n, count_point=n,
                              char_start=c.sentence_start + m.start("phrase"), char_end=c.sentence_start + m.end(),
                              rule="attackers_among"))


#: one of a group of attackers: "One of the gunmen was shot dead by security forces" (a member, not the attacker told again)
_ONE_OF_THE_GROUP = re.compile(r"(?:one|1)\s+of\s+(?:the|its|their)\s+", re.I)


def _attackers_apart(claims: list[Claim]) -> None:
    """Attackers who died, told in a sentence of their own after their victims ("Gunmen killed two guests. Four of
    the assailants were killed when troops retook the hotel"): they are not among the people they killed, so they
    are added to the largest sentence total (rule suffix '/another'; docs/conventions.md, "Who is counted"). Only a
    group of two or more, or one of them ("One of the gunmen was shot dead"), told by a verb they suffered (not "two
    gunmen killed ...") or as an active verb's object
    ("Soldiers killed 17 of the attackers", beside victims of a group that cannot hold them), once, and not when the
    article counts attackers inside a figure ("11 killed, including the three attackers") or adds figures already."""
    if any(c.rule.endswith("/another") or (c.victim_group == "attackers" and c.parent_key is not None)
           for c in claims):
        return
    by_sent = _deaths_by_sentence(claims)
    # victims that the one attacker's own active verb killed ("a man killed his neighbor"): he is not among them
    by_him = any(k[0] == "text" and all(c.victim_group != "attackers" and _by_the_attackers(c, _ATTACKER_SUBJECT)
                                        for c in cs) for k, cs in by_sent.items())
    # an armed group's attack on forces or civilians ("Taliban fighters attacked two army checkpoints, killing 14
    # soldiers"): the militants killed apart ("Eight Taliban fighters were killed in the fighting") are its attackers
    group_attack = any(k[0] == "text" and all(c.victim_group not in ("militants", "attackers")
                                              and _by_the_attackers(c) for c in cs) for k, cs in by_sent.items())
    theirs = [k for k, cs in by_sent.items()
              if k[0] == "text" and all((c.victim_group == "attackers" or group_attack and c.victim_group == "militants")
                                        and c.rule in ("passive_after", "coordinated", "active_before",
                                                       "singular_passive")
                                        for c in cs) and (sum(c.count_point or 0 for c in cs) >= 2 or (
                                            len(cs) == 1 and (_ONE_OF_THE_GROUP.match(_span(cs[0])) or (
                                                by_him and cs[0].rule == "singular_passive"))))]
    if len(theirs) != 1 or not any(k[0] == "text" and k not in theirs and k < theirs[0] for k in by_sent):
        # (after their victims: a lead that tells the attackers' deaths is the article's figure, told again later)
        return
    if any(_ATTACKERS_AMONG.search(cs[0].evidence_text) for k, cs in by_sent.items() if k not in theirs):
        return  # "killing nine people, including two of the gunmen": a figure that holds them
    if any(c.victim_group == "attackers" for k, cs in by_sent.items() if k not in theirs and k[0] == "text" for c in cs):
        return  # "A security guard and two suspected robbers were killed ...": their deaths are counted already
    if any(c.rule == "active_before" for c in by_sent[theirs[0]]):
        # "Soldiers killed 17 of the attackers": beside a group of victims that cannot hold them (24 soldiers, nine
        # civilians), not beside one death or "two men killed" (the robbers a guard shot, told twice)
        victims = max((cs for k, cs in by_sent.items() if k[0] == "text" and k not in theirs),
                      key=lambda cs: sum(c.count_point or 0 for c in cs))
        if sum(c.count_point or 0 for c in victims) < 2 or any(
                c.victim_group in ("people", "men", None) and not _by_the_attackers(c) for c in victims):
            return
    for c in by_sent[theirs[0]]:
        c.rule += "/another"
        c.victim_group = "attackers"  # (the militants of a group's attack are its attackers)


#: the attacker as the subject of the clause that tells his victims: "A man slashed passengers ..., injuring seven
#: people", "a terrorist armed with a knife stabbed two people"
_ATTACKER_SUBJECT = re.compile(r"(?:\A|[—–:]\s|\)\s|--\s|\b(?:where|when|after|as)\s)\W*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|gunman|"
                               r"attacker|assailant|suspect|terrorist|shooter|intruder|robber|bomber)\b(?:[^.;]|(?-i:(?<=[A-Z]))\.)*\Z", re.I)
#: a relative clause's subject: "a weekend shooting that injured 5 people"
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:that|which)\s+\Z", re.I)


#: attackers as the subject of the clause that tells the victims: "Boko Haram jihadists killed 18 people", "A suicide
#: car bomber and three gunmen attacked a hotel ..., killing nine people"
_ATTACKERS_SUBJECT = re.compile(
    rf"\b(?:gunmen|attackers|assailants|bombers?|raiders|terrorists|{_ARMED_GROUP})\b(?:[^.;]|(?-i:(?<=[A-Z]))\.)*\Z", re.I)


def _by_the_attackers(c: Claim, subject: re.Pattern = _ATTACKERS_SUBJECT) -> bool:
    """The claim's victims are the object of an active verb whose subject is the attackers (``subject``: by default a
    group, "Boko Haram jihadists killed 18 people"; ``_ATTACKER_SUBJECT`` for one, "a man killed his neighbor"), not
    "a shooting that killed 9 people", whose figure may hold them."""
    at = c.char_start - c.sentence_start
    # (a coordinated figure shares the verb of the figure before it: "killing three soldiers and two interpreters")
    return (c.rule.split("/")[-1] in ("active_before", "singular_active", "coordinated")
            and subject.search(c.evidence_text, 0, at) is not None
            and _RELATIVE_PRONOUN_BEFORE.search(c.evidence_text, 0, at) is None)


def _attacker_hurt_apart(claims: list[Claim]) -> None:
    """An attacker hurt, told in a sentence of its own after the people he hurt ("A man slashed passengers ...,
    injuring seven people. The suspect ... suffered a cut to his hand in the struggle"): he is not one of them, so he
    is added to the largest sentence total (rule suffix '/another'), as attackers who died are (``_attackers_apart``;
    docs/conventions.md, "Who is counted"). Only when the people hurt are told as the object of the attacker's own
    active verb ("a man ... stabbed two people", "injuring seven") or as a group he cannot be one of (police,
    soldiers, civilians), once, not when a figure holds the attackers ("four wounded, including the gunman"), when an
    attacker died, or on a page of separate incidents. One more of a group of attackers told without a noun after the
    group's deaths in its own sentence ("Two suspects were fatally wounded and a third was wounded and arrested") is
    added whatever the other conditions: the sentence tells him apart from the dead and from the people hurt."""
    if any(c.rule.endswith("/another") and c.casualty_type == "injured" for c in claims):
        return
    hurt: dict[int, list[Claim]] = {}
    for c in claims:
        if c.casualty_type == "injured" and c.counts and c.evidence_field == "text" and (c.count_point or 0) > 0:
            hurt.setdefault(c.sentence_start, []).append(c)
    theirs = [k for k, cs in hurt.items() if all(c.victim_group == "attackers" for c in cs)]
    if len(theirs) != 1 or len(hurt[theirs[0]]) != 1:
        return
    victims = [cs for k, cs in hurt.items() if k < theirs[0]]
    if not victims or any(_ATTACKERS_AMONG.search(cs[0].evidence_text) for cs in hurt.values()):
        return
    if any(_ROUND_UP_WORDS.search(c.evidence_text) for c in claims if c.evidence_field == "text"):
        return  # "shot a student and tried to rob another in separate incidents": the attacker may be another story's
    attacker = hurt[theirs[0]][0]
    if _ELLIPTIC_ONE_MORE.match(_span(attacker)) and any(
            c.casualty_type == "killed" and c.victim_group == "attackers" and c.sentence_start == attacker.sentence_start
            and c.char_start < attacker.char_start for c in claims):
        # "Two suspects were fatally wounded and a third was wounded and arrested": one more of the attackers, told
        # as such, is neither one of the dead nor one of the people hurt before
        attacker.rule += "/another"
        return
    if any(c.rule.endswith("/another") for c in claims):
        return
    if any(c.casualty_type == "killed" and c.victim_group == "attackers" and c.counts for c in claims):
        return  # "striking the suspect several times. The suspect ... died": the attacker hurt is the one who died
    largest = max(victims, key=lambda cs: sum(c.count_point or 0 for c in cs))
    if not all(c.victim_group in ("police", "civilians", "soldiers") or _by_the_attackers(c, _ATTACKER_SUBJECT)
               for c in largest):
        # "A man was shot by deputies ... The suspect was hospitalized": the man may be the suspect; "a shooting
        # that injured 5 people": a figure the reporter may have counted the gunman in
        return
    attacker.rule += "/another"


_WHO_WAS_HURT = re.compile(r"\s+[\w'’-]+\s+who\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:shot|wounded|injured|hurt|"
                           r"stabbed|hit|struck)\b", re.I)
#: between an opening ordinal and its figure's verb: its noun and an apposition ("A fifth [victim, a man,] was airlifted")
_ORDINAL_NOUN_APPOSED = re.compile(r"\s+[\w'’-]+(?:\s*,[^,.;]{1,40},)?\s*")
_ORDINAL_OPENS = re.compile(r"\A(?:an?)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                            re.I)


def _ordinal_after_the_dead(claims: list[Claim]) -> None:
    """A death numbered after the dead of an earlier sentence ("Three soldiers were killed ... A fourth soldier was
    killed by a sniper later that day"): the running toll (rule ``toll``, the ordinal's count), as "a fourth soldier
    has died" is (grammar.ORDINAL_DEATH), when an earlier sentence's deaths are one fewer; otherwise ("Two were hurt.
    A third man was killed") the ordinal numbers the victims and stays one death. Only a victim "killed" or one who
    "died" ("Four women had been killed at Macy's. A fifth victim, a man, was airlifted ... and succumbed"; "has died"
    is grammar.ORDINAL_DEATH's), opening "a / an" ("The third victim ..." numbers them)."""
    for c in claims:
        if (c.casualty_type != "killed" or c.count_point != 1 or not c.counts or c.evidence_field != "text"
                or c.rule not in ("singular_passive", "singular_died")):
            continue
        m = _ORDINAL_OPENS.match(c.evidence_text)
        if m is None or (c.char_start - c.sentence_start > m.end() and not _ORDINAL_NOUN_APPOSED.fullmatch(
                c.evidence_text, m.end(), c.char_start - c.sentence_start)):
            continue  # the figure is the ordinal's victim, opening its sentence ("A fifth victim, a man, was ...")
        if c.rule == "singular_died" and _WHO_WAS_HURT.match(c.evidence_text, m.end()):
            continue  # "A second officer who was shot has died", under a video of the officer wounded: one of those shot
        n = G.ORDINAL_COUNT[m.group("ord").lower()]
        totals: dict[int, int] = {}
        for d in claims:
            if (d.casualty_type == "killed" and d.counts and d.evidence_field == "text"
                    and d.sentence_start < c.sentence_start):
                totals[d.sentence_start] = totals.get(d.sentence_start, 0) + (d.count_point or 0)
        if n - 1 in totals.values() and not any(d is not c and d.casualty_type == "killed" and d.counts
                                                 and d.sentence_start == c.sentence_start for d in claims):
            c.reported_value = c.count_low = c.count_high = c.count_point = n
            c.rule = "toll"


def _own_clause_names_year(c: Claim) -> bool:
    """The claim's own clause of its sentence (from its figure to the next ';' or the end) names its period's year."""
    rest = c.evidence_text[c.char_start - c.sentence_start:]
    return str(c.period_start.year) in rest.split(";", 1)[0]


def _title_restates_background(claims: list[Claim]) -> None:
    """A headline's clause that names its own year and restates a figure the body sets apart as background of that
    year ("Woman shot dead in east Charlotte; her brother was killed in 2016" over "Her brother, Curtis Boyd, was shot
    and killed in 2016") is that background, not the article's incident."""
    for c in claims:
        if (c.evidence_field != "title" or c.parent_key is not None or c.is_summary or c.period_start is None
                or not _own_clause_names_year(c)):
            continue
        if any(d.evidence_field == "text" and d.is_summary and d.casualty_type == c.casualty_type
               and d.count_point == c.count_point and (d.period_start, d.period_end) == (c.period_start, c.period_end)
               for d in claims):
            c.is_summary = True


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
#: Necessary words of grammar.FOOTAGE (every alternative holds one); for ASCII text, where
#: lowercasing matches re.I exactly.
_FOOTAGE_WORDS = ("seen", "show", "pictured", "filmed", "depicted", "heard")


def _may_be_footage(sent: str, low: str) -> bool:
    """False only when grammar.FOOTAGE cannot match ``sent`` (``low`` = ``sent.lower()``)."""
    return (not sent.isascii() and scan_lower(sent) is None) or any(w in low for w in _FOOTAGE_WORDS)

_HEADLINE = re.compile(
    rf"(?:\A|[,;:]\s*|\band\s+)(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’.-]+\s+){{0,3}}?"
    rf"(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|motorist|man's|one|(?<![\d,.])1(?![\d,.])|"
    # an attacker after another clause: "Security guard wounded, gunman killed", "Two injured, shooter dead"
    rf"(?<=[,;:]\s)(?:gunman|shooter|attacker|assailant|intruder|robber|carjacker|burglar)|"
    rf"(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old))"
    rf"(?:,\s*(?P<age>\d{{1,2}}),)?"  # a headline's apposed age: "Woman, 34, dies after shooting"
    rf"(?:\s+(?:in|of)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:shooting|gunfire|attack|accident|crash)(?=\s+(?:dies|died)\b))?"
    rf"\s+(?:(?:is|was|has\s+been|found|left)\s+)?"
    rf"(?:(?:(?!fatally|mortally)\w+ly\s+)?(?:(?:beaten|stabbed|shot|wounded|robbed|kidnapped),?\s+(?:and\s+)?)?"
    rf"(?P<kill>killed|dies|died|dead|fatally\s+(?:shot|wounded|injured|struck|hit)|shot\s+(?:and\s+killed|dead|to\s+death)"
    rf"|slain|murdered|(?:\w+ed|beaten|burnt)\s+to\s+death|lynched|gunned\s+down|martyred|beheaded|electrocuted|drowned)"
    rf"|(?:(?!fatally|mortally)\w+ly\s+)?(?P<inj>shot|wounded|injured|hurt|hospitalized|hospitalised|critical|in\s+critical\s+condition))\b", re.I)
"""Headline subjects and verbs: "Woman killed on birthday", "Juvenile shot in arm", "One dead, one
hospitalized", "3 shot; 1 dies", "10-year-old boy critical after shooting", "Man seriously injured", "Farmer hacked to
death", "Cop martyred", "Victim in Elm Street shooting dies", "Victim of Saturday shooting dies", "Teen accidentally
shot and killed" (an adverb before the death as before the hurt), "Guard wounded, gunman killed" (an attacker as the
subject of a later clause)."""


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


_TITLE_KILL_DEMONYM = re.compile(
    rf"\b(?:kills|(?<!\bto\s)kill|killing|fatally\s+shoots?|shoots?\s+dead)\s+(?:an?\s+)?"
    rf"(?P<subj>{'|'.join(sorted((k for k in _DEMONYMS if ' ' not in k and not k.endswith('s')), key=len, reverse=True))})"
    r"(?=\s*(?:\Z|[,;:|(–—]|-\s|\s(?:in|at|on|near|outside|inside|during|after|before|over|as|amid|for)\b))", re.I)
"""A title's one victim named by a nationality after a killing verb: "Israeli troops kill Palestinian at West Bank
checkpoint", "Gunmen kill Afghan in Kabul" (one killed); not an adjective ("kill Palestinian militants": a figure
of its own, or none)."""


#: after a title's victim hurt: the same victim's death later in its clause ("Teen wounded in Elm Park shooting dies",
#: "Man shot Saturday has died"): a death, not one hurt
_TITLE_THEN_DIES = re.compile(r"[^,;:|(–—]{0,60}?\s(?:dies|died|has\s+died|succumbs|passes\s+away)\b", re.I)


#: a conjunction inside a headline's subject words opens another clause ("Preschooler recovering after mother shot
#: dead"): the verb's subject is what follows it
_HEADLINE_CLAUSE_WORD = re.compile(r"\b(?:after|before|while|when|as|since|until|because)\s+", re.I)


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
        if re.search(r"(?i)\bno[\s-]*\Z", title[:m.start("subj")]) or re.match(r"(?i)no[\s-]*one\b", m.group("subj")):
            continue  # "Shots fired at home; no one hurt": nobody
        if (m.group("inj") or "").lower().endswith("shot") and re.match(
                r"\s+(?:(?:his|her|their|an?)\s|(?:\d{1,3}|[a-z]+)-(?:year|month)-old\b)", title[m.end():], re.I):
            continue  # "Cousin accidentally shot 9-year-old": the subject is the shooter, the victim follows
        subj, subj_start = m.group("subj"), m.start("subj")
        cut = [x.end() for x in _HEADLINE_CLAUSE_WORD.finditer(subj)]
        if cut:  # "Preschooler recovering after mother shot dead": the mother is who was killed, not the preschooler
            subj, subj_start = subj[cut[-1]:], subj_start + cut[-1]
        mm = _Mention(subj_start, m.end(), "singular", value=1, np=subj)
        inj = (m.group("inj") or "").lower()
        # "shot" and "critical" follow the body's rules: shot minus killed; hospital only without other injuries
        mm.ctype = ("killed" if m.group("kill") or _TITLE_THEN_DIES.match(title, m.end()) else "shot" if inj == "shot"
                    else "hospital" if inj.startswith(("critical", "in critical", "hospitali")) else "injured")
        mm.rule = "headline_singular"
        am = _year_old(subj)
        if am:
            mm.age = _age_value(am)
        elif m.group("age"):
            mm.age = int(m.group("age"))
        mm.extra["noun"] = subj
        mm.span_start, mm.span_end = mm.start, mm.end
        out.append(mm)
    objects = list(_HEADLINE_OBJECT.finditer(title))
    objects += [m for m in _TITLE_KILL_DEMONYM.finditer(title) if not any(
        o.start() < m.end() and m.start() < o.end() for o in objects)] if "kill" in title.lower() or "shoot" in title.lower() else []
    for m in objects:
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
             rf"(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|mom|dad|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old)")
#: a figure among a title's listed victims: "2 children", "4 militants", "3 teenage daughters" (a plural head)
_TITLE_FIGURE = rf"{G.NUMBER_PATTERN}\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]*(?:s|men|ren|ple)"
_TITLE_ITEM = rf"(?:{_TITLE_NP}|{_TITLE_FIGURE})"
_HEADLINE_PAIR = re.compile(
    rf"(?:\A|[:;|]\s*)(?P<a>{_TITLE_ITEM})(?:,\s*(?P<aage>\d{{1,2}}))?(?:\s*,\s*(?P<m>{_TITLE_ITEM})(?:,\s*(?P<mage>\d{{1,2}}))?)?"
    rf"\s*(?:,|\s+and|\s*&)\s+(?P<b>{_TITLE_ITEM})(?:,\s*(?P<bage>\d{{1,2}}),?)?\s+"
    rf"(?:(?:are|were|was|is|both|found)\s+)?(?:(?!fatally|mortally)\w+ly\s+)?"
    rf"(?:(?P<kill>killed|dead|die|slain|murdered|fatally\s+(?:shot|wounded|stabbed)|shot\s+(?:and\s+killed|dead|to\s+death))"
    rf"|shot|wounded|injured|hurt|hospitali[sz]ed|critical|in\s+critical\s+condition|walk\s+into|grazed)\b", re.I)
"""Two or three people hurt or killed in a title: "Man, teen critically injured", "Boy, girl walk into hospital with
gunshot wounds", "Woman and 8-year-old boy hurt in shooting", "Man, woman and boy wounded"; "Deputy, suspect killed in
shootout", "Mom, daughter, 9, killed", "Girl, mother fatally shot" (the title's grammar reads one of them); a figure
among them: "Woman, 2 children wounded", "4 militants, soldier killed"."""
_FIGURE_ITEM = re.compile(rf"(?P<n>{G.NUMBER_PATTERN})\s+(?P<np>.+)\Z", re.I | re.S)


#: a person's noun: two of them in one side of a pair are a clause, not one person ("Friend, neighbor mourn teen")
_PAIR_PERSON = re.compile(rf"\b(?:{G.PERSON_SINGULAR}|juvenile|teen|teenager|mom|dad)\b", re.I)


def _headline_pair(title: str, offset: int, ms: list[_Mention], outside: list[_Mention] = ()) -> list[_Mention]:
    """The others of two or three victims coordinated in a title, when the title's grammar read only one of them:
    the one the verb's subject reading ends in ("Man, teen critically injured", "Deputy, suspect killed", "Husband
    and wife dead"), or the first when its own age read it ("16-year-old girl, man shot to death"). ``outside``: the
    figures of a sentence the title runs into (a caption after it tells the same people: nothing added)."""
    out = []
    for m in _HEADLINE_PAIR.finditer(title):
        items = [g for g in ("a", "m", "b") if m.group(g)]
        if any(len(_PAIR_PERSON.findall(m.group(g))) > 1 for g in items):
            continue  # "Friend, neighbor mourn teen killed": the pair is the subject of another verb
        a0, b1 = m.start("a") + offset, m.end("b") + offset
        family = "killed" if m.group("kill") else "hurt"
        if any(_family(x.ctype) == family for x in outside if x.ctype):
            continue
        figures = {g: _FIGURE_ITEM.match(m.group(g)) for g in items}
        if any(f and (not parse_number(f.group("n")) or _non_person(_head(f.group("np")))) for f in figures.values()):
            continue  # "3 rounds, man hit": not people
        read = [x for x in ms if x.ctype and min(x.start, x.span_start) < b1 + 2 and a0 < max(x.end, x.span_end)]
        if len(read) != 1 or _family(read[0].ctype) != family or read[0].kind not in ("singular", "number") or (
                read[0].kind == "singular" and read[0].value != 1):
            continue  # all read already, or another verb's
        x = read[0]
        # the one read: the last item its reading reaches ("Husband and wife dead": the wife; "16-Year-Old": the girl)
        own = [g for g in items if m.start(g) + offset < max(x.end, x.start + 1)] or items[:1]
        if x.rule == "headline_singular" and x.start < m.start(own[-1]) + offset:
            # its subject was the list ("woman and boy wounded"): the reading is the item it ends in, the boy
            x.start, x.np = m.start(own[-1]) + offset, m.group(own[-1])
            x.extra["noun"] = x.np
        aged = any(_year_old(m.group(g)) or m.group(g + "age") for g in items)
        if aged:  # the list's ages are its items' own: none is another item's ("12-year-old boy, uncle")
            x.extra["own_age_only"] = True
        for g in items:
            if g == own[-1]:
                continue
            s, e = m.start(g) + offset, m.end(g) + offset
            f = figures[g]
            if f:  # "Woman, 2 children wounded": the figure, typed where the grammar left it untyped
                n = parse_number(f.group("n"))
                mm = next((y for y in ms if y.start == s and y.kind == "number" and not y.ctype), None)
                if mm is None:
                    mm = _Mention(s, s + len(f.group("n")), "number", value=n)
                    out.append(mm)
                mm.ctype, mm.rule, mm.np = x.ctype, "coordinated", f.group("np")
                mm.span_start, mm.span_end = s, e
                continue
            mm = _Mention(s, e, "singular", value=1, np=m.group(g))
            mm.ctype, mm.rule = x.ctype, "headline_singular"
            am = _year_old(m.group(g))
            mm.age = _age_value(am) if am else int(m.group(g + "age")) if m.group(g + "age") else None
            mm.extra["noun"] = m.group(g)
            mm.extra["own_age_only"] = aged
            mm.span_start, mm.span_end = s, e
            out.append(mm)
    return out


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?\Z", re.I)
_GERUND_BEFORE = re.compile(r"(?<![\w-])(?:after|for|of|while|with|by|from|before|in|admits|admitted|denies|denied|since)\s+(?:\w+ly\s+)?\Z", re.I)
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


#: a title's deadly event of a number of people: "Suspect arrested in fatal shooting of 2" (2 killed; a body's "the fatal
#: shooting of a 1-year-old" is read by the singular passes, and a figure told so in a body is left to its grammar)
_TITLE_FATAL_OF = re.compile(rf"\b(?:fatal|deadly)\s+(?:shootings?|stabbings?)\s+of\s+(?P<n>{G.NUMBER_PATTERN})\b(?![-‐–])",
                             re.I)


#: a title's subject whose second verb, after a comma, is "shoots self" ("Toddler finds gun, shoots self": one shot)
_TITLE_THEN_SELF = re.compile(
    rf"(?:\A|[:|]\s*)(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’.-]+\s+){{0,2}}?{G.VICTIM_NOUN})"
    rf"(?:,\s*\d{{1,2}},)?\s+(?:\w+ly\s+)?[a-z][\w'’-]*[^s\W]s\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+(?:and\s+)?"
    rf"(?:(?P<fatal>fatally\s+|mortally\s+)|\w+ly\s+)?shoots\s+(?:him|her)?self\b", re.I)


def _title_shot_at(sent: str, ms: list[_Mention], title: tuple[int, int]) -> None:
    """A title's figure "shot at" a place ("4 shot at Aurora house party"): the passive of "4 shot outside club" with
    its auxiliary dropped, which the body grammar reads as fired upon (grammar.TITLE_SHOT_AT). Types the figure's
    mention in place (rule ``passive_after``, as "4 shot outside club")."""
    if "shot at" not in sent[title[0]:title[1]].lower():
        return
    for v in G.TITLE_SHOT_AT.finditer(sent, title[0], title[1]):
        m = next((x for x in ms if x.start == v.start("n") and x.kind == "number" and not x.ctype), None)
        np = v.group("np").strip()
        if m is None or m.value is None or (np and _non_person(_head(np))):
            continue  # "3 rounds shot at house": no people
        m.ctype, m.rule, m.np, m.verb_is_passive = "shot", "passive_after", np, True
        m.span_start, m.span_end = m.start, v.end() - 1


def _headline_forms_pass(sent: str, ms: list[_Mention], title: tuple[int, int] | None) -> list[_Mention]:
    """Headline forms the body grammar misses (``title``: the span of a title in ``sent``, else None):
    "Retiree shoots neighbor" / "who shot a man" (1 shot), "Teen's shooting" (1 shot), "his brother's death"
    (1 killed), "student victim of accidental gunshot" (1 shot), "Woman airlifted after shooting" (hospital),
    "Shooting lands four men in hospital" (4, hospital), "becomes fourth to die" (toll 4), "police shot and
    killed the gunman" (1 killed, attackers)."""
    low = sent.lower()
    if not any(w in low for w in ("shoot", "shot", "wound", "injur", "hospital", "death", "killing", "murder",
                                  "slaying", "victim", "airlift", "flown", "grazed", "to die", "trauma", "emergency",
                                  "leav", "left", "fatal", "deadly")):
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
    if title is not None and "self" in low:
        for v in _TITLE_THEN_SELF.finditer(sent, title[0], title[1]):  # "Toddler finds gun, shoots self"
            if free(v.start("subj"), v.end()):
                add(v.start("subj"), v.end(), v.group("subj"), "killed" if v.group("fatal") else "shot", "singular_self_shot")
    if title is not None and ("fatal" in low or "deadly" in low):
        for v in _TITLE_FATAL_OF.finditer(sent, title[0], title[1]):  # "Suspect arrested in fatal shooting of 2"
            n = parse_number(v.group("n"))
            if n and n > 1 and free(v.start("n"), v.end()):
                add(v.start("n"), v.end(), "", "killed", "active_before", value=n, kind="number")
    if title is not None and ("leav" in low or "left" in low):
        for v in G.TITLE_LEFT.finditer(sent, title[0], title[1]):  # "Shooting leaves man dead"
            s, e, vv = v.start("subj"), v.end(), v.group("v").lower()
            if free(s, e):
                add(s, e, v.group("subj"), "killed" if vv == "dead" else "hospital" if "critical" in vv else "injured",
                    "headline_singular")
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
    if not any(w in sent for w in ("could", "would", "might", "’ve", "'ve", "'d ", "’d ")):
        return
    for cm in G.COUNTERFACTUAL.finditer(sent):
        cut = _CLAUSE_CUT.search(sent, cm.end())
        end = cut.start() if cut else len(sent)
        for m in ms:
            if m.ctype and cm.start() <= max(m.span_end, m.end) and min(m.span_start, m.start) < end and max(
                    m.span_end, m.end) > cm.start():
                m.ctype, m.rule = None, "not_casualty"
_SUPERSEDED = re.compile(
    r"\b(?:initially|originally|at\s+first)\s+(?:said|reported|put|gave|told|announced|estimated|stated|counted|"
    r"listed|reported\s+as)\b(?P<old>[^;]*?)(?:,\s*|\s+)but\b", re.I)


#: "Earlier reports that five people were killed were incorrect": a report the sentence says was wrong
_REPORTS_WRONG = re.compile(
    r"\breports?\s+(?:that|of)\b(?P<old>[^;]*?)\s+(?:were|was|are|is|had\s+been|have\s+been|proved|turned\s+out\s+to\s+be)"
    r"\s+(?:(?:all|also)\s+)?(?:incorrect|wrong|false|inaccurate|erroneous|mistaken|untrue|unfounded"
    r"|not\s+(?:accurate|true|correct))\b", re.I)
_WRONG_WORDS = ("incorrect", "wrong", "false", "inaccurate", "erroneous", "mistaken", "untrue", "unfounded", "not ")


#: a statement the sentence corrects, after its figures: "..., correcting an earlier statement that both men had been
#: killed", "revising an initial report of three dead" (the figures after it are the earlier word)
_CORRECTED_STATEMENT = re.compile(
    r"\b(?:correct(?:ing|ed|s)?|revis(?:ing|ed|es)|contradict(?:ing|ed|s)?|retract(?:ing|ed|s)?|walk(?:ing|ed)\s+back)\s+"
    r"(?:an?|the|its|their|his|her)\s+(?:(?:earlier|initial|previous|first|original)\s+)"
    r"(?:statement|report|account|announcement|information|claim)s?\s+(?:that|of)\b", re.I)
_CORRECTED_WORDS = ("correct", "revis", "contradict", "retract", "walk")


#: a correction note: "An earlier version of this story said two teens were killed" (the page's figures follow)
_EARLIER_VERSION = re.compile(r"\b(?:earlier|previous|prior|original)\s+(?:version|edition)\s+of\s+this\s+(?:story|article|report|"
                              r"post)\b[^.;]*?\b(?:said|stated|reported|misstated|incorrectly|misidentified)\b", re.I)


#: after a death, a gunfight with the police: "A man died after exchanging gunfire with officers" (the attacker)
_SHOOTOUT_WITH_POLICE = re.compile(
    r"\s+(?:[\w,]+\s+){0,3}?(?:after|while|during|in)\s+(?:an?\s+)?(?:exchang(?:e|ing)\s+(?:of\s+)?(?:gun)?fire|exchanging\s+shots|"
    r"shoot-?out|gun\s*fight|gun\s+battle)\s+with\s+(?:[\w.'’-]+\s+){0,5}?(?:police|officers?|deput(?:y|ies)|troopers?|agents?)\b",
    re.I)
#: after a person shot by the police, the threat that made them shoot: "A man was shot and killed by Las Vegas police
#: officers Thursday after he pointed a handgun at them", "wounded by deputies after he fired at them"
#: the police, as the agents who shot someone or as those he fired at
_POLICE_WORD = r"(?:police|officers?|troopers?|deput(?:y|ies)|agents?)"
_SHOT_BY_POLICE_AFTER_THREAT = re.compile(
    rf"\s+(?:and\s+(?:killed|wounded)\s+)?by\s+(?:[\w.'’-]+\s+){{0,5}}?{_POLICE_WORD}\b"
    r"[^.;]{0,80}?\b(?:after|when)\s+(?:he|she)\s+(?:had\s+|allegedly\s+|reportedly\s+)?(?:pointed|aimed|fired|shot|"
    r"opened\s+fire|charged|lunged|brandished|raised|drew|pulled\s+(?:out\s+)?(?:a|an|his|her)|attacked|stabbed|rammed|"
    r"refused\s+to\s+drop|threatened)\b", re.I)
#: ... or without the police as the agent, when he fired at them: "(A man who led state troopers on a chase) was shot and
#: wounded after he fired at them", "was shot after he opened fire on officers" ("them": police named before it)
_SHOT_AFTER_FIRING_AT_POLICE = re.compile(
    r"\s+(?:(?:and|but)\s+(?:killed|wounded|survived)\s+)?(?:[^.;]{0,40}?\s)?(?:after|when)\s+(?:he|she)\s+"
    r"(?:had\s+|allegedly\s+|reportedly\s+)?(?:fired|shot|opened\s+fire|pointed\s+(?:a|an|his|her)\s+[\w-]+)\s+"
    rf"(?:at|on)\s+(?:(?P<them>them)|(?:the\s+)?{_POLICE_WORD})\b", re.I)
_POLICE_NOUN = re.compile(rf"\b{_POLICE_WORD}\b", re.I)
#: before a pronoun's death: the sentence's subject and his attack, then the clause of his death ("A man opened fire
#: inside a bar, wounding two people, before he was shot and killed by police": he is the attacker)
_ATTACK_THEN_PRONOUN = re.compile(
    r"\A(?:[^—–\n]{1,60}?(?:[—–]|\s--)\s*)?\W*(?:[\w.'’-]+\s+){0,3}?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"  # a dateline
    r"(?:man|woman|gunman|gunmen|shooter|suspect|teen|"
    r"teenager|person|attacker|assailant|robber|intruder|terrorist|militant|stabber|knifeman|bomber)\s+"
    r"(?:(?:allegedly|reportedly|then|had)\s+)?"
    r"(?:opened\s+fire|fired\s+(?:shots\s+)?(?:at|into|on)|shot\s+and\s+(?:killed|wounded)|stabbed|wounded|killed|attacked|"
    r"went\s+on\s+a\s+(?:shooting\s+|stabbing\s+)?rampage)\b[^.;]*?,?\s+(?:before|until|when|and\s+then|then)\s+\Z",
    re.I)
#: a sentence whose subject is the attacker: "The suspect was struck and taken to a hospital, where he later succumbed"
_ATTACKER_OPENS = re.compile(
    r"\A\W*(?:the|a)\s+(?:[\w'’-]+\s+)?(?:suspect|gunman|shooter|attacker|assailant|robber|intruder|carjacker|accused|"
    r"killer|terrorist|stabber|knifeman|bomber)\b", re.I)
_PERSON_WORD = re.compile(rf"\b(?:{G.PERSON_SINGULAR}|{G.KIN}|victims?|people|persons?)\b", re.I)


def _attacker_opens(sent: str, pronoun_at: int) -> bool:
    """The "he" of a death is the attacker the sentence opens with, when no other person is named before it."""
    om = _ATTACKER_OPENS.match(sent, 0, pronoun_at)
    return om is not None and not _PERSON_WORD.search(sent, om.end(), pronoun_at)


#: an organization's statement told by its pronoun: "It said 2,771 others were injured", "..., it added."
_IT_SAID = re.compile(r"(?:\A|[,;]\s+|\s)(?-i:It)\s+(?:also\s+)?(?:said|says|added|reported|stated)\b")
#: a sentence's subject, then its apposition, then the verb: "The gunman, a 25-year-old employee who ..., was"
_APPOSED_SUBJECT = re.compile(r"\A\W*(?:[^—\n]{0,60}?(?:—|--)\s*)?(?:the|a|an)\s+(?:[\w-]+\s+)?(?P<head>[A-Za-z]+)\s*,"
                              r"[^,;]{3,120},\s*(?:(?:was|were|is|had\s+been|has\s+been)\s+)?\Z", re.I)


#: one more of a group just told, without a noun of its own: "(Two suspects were killed) and a third was wounded"
_ELLIPTIC_ONE_MORE = re.compile(r"(?:(?:and|but|while)\s+)?(?:a\s+(?:second|third|fourth|fifth|sixth)|another|one\s+more|the\s+other)\s+"
                                r"(?:was|were|is|had|has|got|died)\b", re.I)


#: a figure another is compared with, before it: "put the toll at 28, well below the figure of at least 40 given by
#: a police officer", "28 dead, against an earlier estimate of 40", "revising an earlier toll of 40"
_COMPARED_FIGURE = re.compile(
    r"(?:\b(?:below|above|under|over|than|from|against|with|to|revising|revised|correcting|corrected|lowering|raising)"
    r"\s+(?:(?:down|up|downward|upward)\s+)?(?:the|an?|its|their|his|her)\s+(?:(?:earlier|previous|initial|original|first|preliminary|official|"
    r"government|police|[\w'’-]+'s)\s+){0,2}"
    r"|\b(?:an?|the)\s+(?:earlier|previous|initial|original|preliminary)\s+(?:death\s+)?)"
    r"(?:toll|figure|estimate|count|tally)\s+of\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?\Z",
    re.I)


def _drop_compared_figures(sent: str, ms: list[_Mention]) -> None:
    """A figure the sentence gives as the one its own figure departs from ("The government put the toll at 28, well
    below the figure of at least 40 given by a police officer", "Officials said 19 died, up from an earlier toll of
    12") is the earlier word, not the report's: dropped when the sentence gives another figure of that type."""
    if " of " not in sent:
        return
    for m in ms:
        if m.ctype and m.start >= 12 and _COMPARED_FIGURE.search(sent, max(0, m.start - 90), m.start) and any(
                o.ctype == m.ctype for o in ms if o is not m):
            m.ctype, m.rule = None, "not_casualty"


def _drop_superseded(sent: str, ms: list[_Mention]) -> None:
    """A figure the sentence itself corrects is not a figure: "Officials had initially put the death toll at 15, but
    Bugti said two bodies had been counted twice", "The call was first logged as a triple shooting, but officers
    found four people shot". Only when the clause after "but" gives a figure of its own (the correction):
    "originally said a man was hit in the chest, but later said the bullet struck his arm" keeps the man.
    Nor is a figure of reports the sentence calls wrong ("Earlier reports that five people were killed were
    incorrect, he said"), nor what a correction note says the page had said ("An earlier version of this story said
    two teens were killed")."""
    if "version of this" in sent and (vm := _EARLIER_VERSION.search(sent)):
        for m in ms:
            if m.ctype and m.start >= vm.end():
                m.ctype, m.rule = None, "not_casualty"  # what the page had said before its correction
    if any(w in sent for w in _CORRECTED_WORDS) and (cm := _CORRECTED_STATEMENT.search(sent)):
        for m in ms:
            if m.ctype and m.start >= cm.end() and any(o.ctype == m.ctype and o.start < cm.start() for o in ms):
                m.ctype, m.rule = None, "not_casualty"  # the statement corrected, after the correction's own figures
    if "eport" in sent and any(w in sent for w in _WRONG_WORDS):
        for rm in _REPORTS_WRONG.finditer(sent):
            for m in ms:
                if m.ctype and rm.start("old") <= m.start < rm.end("old"):
                    m.ctype, m.rule = None, "not_casualty"
    if "initially" not in sent and "originally" not in sent and "at first" not in sent:
        return
    for sm in _SUPERSEDED.finditer(sent):
        if not any(m.ctype and m.start >= sm.end() for m in ms):
            continue
        for m in ms:
            if m.ctype and sm.start() <= m.start < sm.end("old"):
                m.ctype, m.rule = None, "not_casualty"


#: "1,530 soldiers killed or wounded", "Five people were killed and wounded": one figure of the dead and the hurt together
_COMBINED = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt)\s+(?:and/or|or|and)\s+(?:killed|dead|wounded|injured|hurt|maimed)\b"
                       # not a figure of its own after it: "left two men dead and injured seven others"
                       rf"(?!\s+(?:an(?:other)?\s|at\s+least\s|more\s+than\s|{G.NUMBER_PATTERN}\b|several\b|others\b))", re.I)


def _drop_combined_figures(sent: str, ms: list[_Mention]) -> None:
    """A figure of the dead and the hurt together ("Russia lost 1,530 soldiers killed or wounded", "Ten civilians were
    killed and wounded") is no figure of either: the text does not say how many died (ACLED codes no fatality from
    it). A figure of its own after the second verb stays ("40 were killed and wounded 12 others" is not this form)."""
    low = sent.lower()
    # (one of the two words is always of the hurt; most sentences hold neither "or" with it nor one)
    if (" or " not in low and " and" not in low) or not any(w in low for w in ("wound", "injur", "hurt", "maim")):
        return
    for cm in _COMBINED.finditer(sent):
        if cm.group(0).split()[0].lower() == cm.group(0).split()[-1].lower():
            continue
        for m in ms:
            if m.ctype and m.start < cm.start() and m.span_start <= cm.start() < m.span_end + 1 and cm.start() - m.start < 80:
                m.ctype, m.rule = None, "not_casualty"


#: a death from illness or age: "his child fell ill and died", "died of cancer", "died of natural causes"
_NATURAL_DEATH = re.compile(
    r"\bfell\s+ill\s+and\s+(?P<d1>died)\b|\b(?P<d2>died)\s+(?:[\w'’-]+\s+){0,2}?(?:of|from|after)\s+(?:an?\s+|his\s+|her\s+"
    r"|complications\s+(?:of|from)\s+|a\s+long\s+|a\s+short\s+)*(?:cancer|illness|disease|natural\s+causes|heart\s+attack|stroke"
    r"|covid(?:-19)?|old\s+age|pneumonia|overdose|long\s+illness)\b", re.I)


def _drop_natural_deaths(sent: str, ms: list[_Mention]) -> None:
    """A death from illness or age is no casualty: "after his child fell ill and died", "His son died of cancer last
    year", "died of natural causes" (the "died" of a figure that names it)."""
    if "died" not in sent:
        return
    for nm in _NATURAL_DEATH.finditer(sent):
        at = nm.start("d1") if nm.group("d1") else nm.start("d2")
        for m in ms:
            if m.ctype == "killed" and min(m.span_start, m.start) <= at < max(m.span_end, m.end):
                m.ctype, m.rule = None, "not_casualty"


_ANYONE_NP = re.compile(r"\A\s*(?:and\s+)?(?:someone|somebody|anyone|anybody)\s*\Z", re.I)
_UNREAL_BEFORE = re.compile(r"(?:\b(?:not|never|no|if|unless|until|before|whether)\b|n['’]t\b)[^.;:]{0,80}\Z", re.I)


def _drop_unreal_anyone(sent: str, ms: list[_Mention]) -> None:
    """"Someone" / "anyone" hurt or killed after a negation, a condition or "until / before" is no victim: "it didn't
    rise to a level where someone was killed", "before somebody gets hurt", "if anyone is injured"."""
    low = sent.lower()
    if "someone" not in low and "somebody" not in low and "anyone" not in low and "anybody" not in low:
        return
    for m in ms:
        if (m.ctype and m.kind == "singular" and _ANYONE_NP.match(m.np or "")
                and _UNREAL_BEFORE.search(sent, max(0, min(m.start, m.span_start) - 90), min(m.start, m.span_start))):
            m.ctype, m.rule = None, "not_casualty"


_ONE_OF_A_GROUP = re.compile(
    r"\b(?:one|the\s+first)(?:\s+of\s+(?:them|whom|those|the\s+\w+))?(?:\s+(?:was|had|has|is|died|got|drowned)\b|\s*,)", re.I)


_AND_AN_OPENS = re.compile(r"\s*,?\s+and\s+\Z", re.I)
_A_NOUN = re.compile(r"(?i)an?\s+(?!(?:man|woman|person|victim|other|one)\b)(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)\Z")


def _and_one_of_another_group(sent: str, m: _Mention, x: _Mention) -> bool:
    """Is the single victim ``x`` one more beside the group ``m``, in a clause of its own after "and" that names a
    victim of another kind: "Three militants were killed and an Army jawan was martyred" (4), not a restatement of one
    of them ("Two people were killed and a man was shot dead" tells one of the two)."""
    if m.kind == "singular" or m.subset or m.end > x.start or (m.value or 0) < 2 or not _AND_AN_OPENS.search(
            sent, m.end, x.start):
        return False
    return _of_another_kind((x.np or "").strip(), m)


def _of_another_kind(single_np: str, m: _Mention, generic_group_too: bool = True) -> bool:
    """A single victim named by a noun (``single_np``: "an Army jawan") that is not the head of the group ``m``; a
    group of people, victims or others may hold him unless ``generic_group_too``."""
    a = _A_NOUN.match(single_np)
    head = _head(m.np or "").split()
    return (a is not None and bool(head) and (generic_group_too or not _GENERIC_GROUP.search(head[-1]))
            and a.group("head").lower().rstrip("s") != head[-1].lower().rstrip("s"))


_GENERIC_GROUP = re.compile(r"(?i)(?:people|persons|individuals|victims|others|men|women)\Z")


def _and_then_a_group_of_another_kind(sent: str, m: _Mention, x: _Mention) -> bool:
    """Is the single victim ``x`` one more beside the group ``m`` told after it in a clause of its own after "and",
    the group of another kind: "A 10-year-old boy was seriously wounded and three rangers suffered minor injuries" (4);
    not beside people, victims or others, whom the one may be among."""
    if m.kind == "singular" or m.subset or m.start < x.end or (m.value or 0) < 2 or not _AND_AN_OPENS.search(
            sent, x.end, m.start):
        return False
    # (the noun before an apposition: "A 10-year-old boy, her son,")
    return _of_another_kind((x.np or "").split(",")[0].strip(), m, generic_group_too=False)


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


#: A killer who died after killing someone: "He died of a self-inflicted gunshot wound after allegedly shooting and
#: killing ...", "The suspect was found dead after fatally shooting his wife".
_DIED_AFTER_KILLING = re.compile(
    r"\b(?:died|dead|killed\s+(?:himself|herself))\b[^.;]{0,80}?\b(?:after|before)\s+(?:allegedly\s+|apparently\s+|"
    r"reportedly\s+)?(?:(?:shooting|stabbing)\s+and\s+)?(?:killing|murdering|fatally\s+(?:shooting|stabbing))\b", re.I)


def _killer_died_after_killing(sent: str, x: _Mention, m: _Mention) -> bool:
    """Are the single death ``x`` and the death ``m`` a killer who died and the victim he killed before, two people
    and not one told twice ("He died ... after shooting and killing his wife": 2)?"""
    rules = {x.rule, m.rule}
    if "singular_died" not in rules or not rules & {"singular_active", "active_before"}:
        return False
    died, active = (x, m) if x.rule == "singular_died" else (m, x)
    k = _DIED_AFTER_KILLING.search(sent, died.start)
    return k is not None and k.end() <= max(active.end, active.span_end)


#: the killer's own death told after his victim's by a clause of its own: "... was shot to death ..., before the
#: husband killed himself", "... before he shot himself"
_BEFORE_HIS_OWN = re.compile(r"\bbefore\s+(?:he|she|the\s+(?:[a-z]+\s+)?[a-z]+|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
                             r"(?:\s+(?:then\s+)?\w+)?\s*\Z", re.I)


def _killer_died_before(sent: str, x: _Mention, m: _Mention) -> bool:
    """Is the single death ``x`` ("killed himself") a killer's own after the death ``m`` of his victim, told by a
    clause of its own ("A woman was shot to death ..., before the husband killed himself": 2)?"""
    return ((x.np or "").strip().lower() in ("himself", "herself") and m.end <= x.start
            and not re.search(r"\b(?:him|her)self\b", m.np or "", re.I)
            and _BEFORE_HIS_OWN.search(sent, m.end, x.start) is not None)


def _is_attacker(sent: str, m: _Mention) -> bool:
    """The single person ``m`` is named as an attacker ("the gunman", "the man who shot him")."""
    np_ = (m.extra.get("noun") or "") + " " + (m.np or "")
    return G.victim_group_of(np_)[0] == "attackers" or G.ATTACKER_DEED_AFTER.match(sent[m.end:m.end + 80]) is not None


_APPOSED_AGE_BEFORE_VERB = re.compile(
    r"(?i:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s*,\s*(?P<age>\d{1,2})-year-old\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,\s*")
"""A sentence's subject before its verb: a victim's noun, then the apposition that gives his age and name ("The bouncer,
29-year-old Derrick Miles, died at the scene")."""
#: a figure told as its subject's relative clause ("The woman who was killed"), and the apposition after it that gives
#: the subject's age (", a 43-year-old local radio DJ,")
_RELATIVE_SUBJECT = re.compile(r"(?i:the|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+who\s+(?:was|had\s+been)\s+[^,;.]{1,40}\Z")
_RELATIVE_THEN_AGE = re.compile(r"\s*,\s+(?:an?\s+)?(?P<age>\d{1,2})-year-old\b")

_VERB_FIRST = re.compile(r"(?:was|were|is|are|has|have|had)\s", re.I)
"""A noun phrase that opens with an auxiliary is the predicate of an earlier subject, not someone new."""


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
    if _VERB_FIRST.match(np):
        return True  # no subject of its own: "The officer was taken to a hospital and is expected to recover"
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
    r"|Related(?:\s+(?:[Aa]rticles?|[Ss]tory|[Ss]tories|[Ll]inks|[Cc]ontent|[Cc]overage))?|Read\s+[Mm]ore|See\s+[Aa]lso"
    # a page's list of other headlines on the line of its label: "Trending Stories: 3 dead in crash | ..."
    r"|(?:TRENDING|TOP|POPULAR|Trending|Top|Popular)\s+(?:STORIES|NEWS|NOW|[Ss]tories|[Nn]ews|[Nn]ow)|(?:MOST|Most)\s+(?:READ|[Rr]ead)"
    # "Trending:", "Trending on WAVY.com:", "Latest News:", "Related stories from Lexington Herald Leader:" (not a
    # live page's "LATEST:", the story's own update)
    r"|(?:TRENDING|Trending)(?:\s+(?:on|at|from)\s+[\w.&'’ -]{1,40}?)?|(?:LATEST|Latest)\s+(?:NEWS|STORIES|HEADLINES|[Nn]ews|[Ss]tories|[Hh]eadlines)"
    r"|(?:RELATED|Related)\s+(?:ARTICLES?|STOR(?:Y|IES)|[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]overage|[Ll]inks)\s+(?:from|on|at)\s+[\w.&'’ -]{1,40}?)\s*:"
    r"|(?:RELATED|Related)\s+(?:ARTICLES?|STOR(?:Y|IES)|[Aa]rticles?|[Ss]tor(?:y|ies))\s*(?:[-–—]\s*|\s(?=[A-Z\d]))"
    r"|\d{1,2}:\d\d\s+(?![ap]\.?m\b|[AP]\.?M\b)(?:[A-Z]|\d+\s)"
    r"|[^\n]{10,160}?\s\|\s*\d{1,2}:\d\d\s*$"
    # "VIDEO: Two hurt in crash on I-465 (1:12)": a video's headline, then its running time in brackets
    r"|[^\n]{10,160}?\s\(\d{1,2}:\d\d\)\s*$")
"""A line that links to another story: "RELATED: Two killed in crash", "Related: ...", "LIVE: 25 hurt in blast",
"Trending Stories: 3 dead in crash | ...", "Trending on WAVY.com: 2 dead after crash | ...", "Latest News: ...",
"RELATED ARTICLE - Two hurt in crash", "Related stories Two hurt in crash", a video list entry "2:14 Man charged in
double murder" (its running time, then a headline) or "Man charged in double murder | 2:14" / "VIDEO: Man charged in
double murder (2:14)" (the headline, then its running time)."""
# (case-sensitive) every match holds ":" or "RELATED" / "Related": a sentence without them is not tried
_OTHER_STORY_GATED = _same(_OTHER_STORY, "b093ece803e68e71")
_LINKS_LABEL = re.compile(
    r"[ \t]*(?:related(?:\s+(?:articles?|story|stories|links|content|coverage|videos?))?|previous\s+stories|more\s+from\s+[\w.\- ]{1,40}"
    r"|(?:more|other|top|trending|popular)"
    r"\s+(?:stories|headlines|news|videos)(?:\s+[\w ]{0,40})?|trending(?:\s+now)?"
    r"|most\s+(?:popular|read|viewed|shared)(?:\s+(?:on|at|from)\s+[\w.\- ]{1,40})?"  # "Most read on NJ.com"
    r"|suggested(?:\s+(?:stories|videos|articles|for\s+you))?"
    r"|you\s+may\s+also\s+like|recommended(?:\s+(?:stories|for\s+you))?|read\s+more|see\s+also|also\s+read)[ \t]*:?[ \t]*\Z",
    re.I)
_SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]]*[ \t]*\Z")


def _links_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a block of links to other stories: after a line that is only a label ("Related
    Stories:", "More stories you may like", "TRENDING STORIES:", "PREVIOUS STORIES", "MORE FROM KXYZ.COM", "Most Read",
    "Most read on NJ.com", "SUGGESTED STORIES"), each following line that is a headline or a
    cut-off teaser (no full stop at its end, or an ellipsis) or a labelled link ("LIVE: ...") belongs to the
    block; the first line that ends as a sentence ends it (the article goes on)."""
    low = text.lower()
    if not text or (":" not in text and "tories" not in low and "more from" not in low and "most " not in low
                    and "suggested" not in low):
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
                loose += [m.extra["loose_ages"] for m in gms if "loose_ages" in m.extra] + _loose_victims_ages(sent)
            elif not headline and ("old " in low or ", and " in low):  # "the children, 10-year-old Myles and 13-year-old Chris,"
                loose += _loose_victims_ages(sent)
            continue
        if not headline and ((not _OTHER_STORY_GATED or ":" in sent or "RELATED" in sent or "Related" in sent)
                             and _OTHER_STORY.match(sent) or any(a <= s0 < b for a, b in links)):
            continue
        ms = _find_mentions(sent)
        for m in ms:
            _classify(sent, m)
        _bare_ages_not_figures(sent, ms)  # "her two daughters, 4 and 13, were": ages, not figures
        _shares_verb(sent, ms)
        if "self and" in low:
            ms = sorted(ms + _self_and_pass(sent, ms), key=lambda x: x.start)
        ordinal = _ordinal_death_pass(sent, low)
        if ordinal:
            ms = sorted(ms + ordinal, key=lambda x: x.start)
        sing = _singular_pass(sent, ms)
        sing += _gapped_singular_pass(sent, ms + sing)
        sing += _dead_and_took_pass(sent, ms + sing)
        sing += _active_singular_pass(sent, ms + sing)
        sing += _pair_then_they_pass(sent, ms + sing)
        _type_them_objects(sent, ms + sing)  # (types a number already found: "dragged eight passengers off and shot them")
        sing += _and_companion_pass(sent, ms + sing)
        sing += _gunfire_hit_pass(sent, ms + sing)
        sing += _another_hurt_pass(sent, ms + sing)
        sing += _tuple_shooting_pass(sent, ms + sing)
        sing += _minor_victim_pass(sent, ms + sing, text[max(0, s0 - 300):s0])
        _shares_verb_forward(sent, ms, aged=True)  # again, for a figure its ages typed: "A woman and her two daughters, 4 and 13, were"
        sing += _among_pass(sent, ms + sing)
        sing += _attacker_among_pass(sent, ms + sing)
        loose += [m.extra["loose_ages"] for m in ms if not m.ctype and "loose_ages" in m.extra]
        if not headline:
            loose += _loose_victims_ages(sent)  # "The victims, aged 15 and 17, had been sitting outside a bakery"
        if headline or (title_span and s0 <= title_span[0] < s1):
            hs, he = (0, len(sent)) if headline else (title_span[0] - s0, min(title_span[1], s1) - s0)
            _title_shot_at(sent, ms, (hs, he))
            cov = [(m.span_start, m.span_end) for m in ms + sing if m.ctype]
            for h in _headline_claims(sent[hs:he]):
                h.start, h.end, h.span_start, h.span_end = h.start + hs, h.end + hs, h.span_start + hs, h.span_end + hs
                if h.rule == "headline_object" and any(x.ctype == "killed" and not (h.extra.get("pair") and x.extra.get("pair"))
                                                       for x in ms + sing):
                    continue  # a victim after an active verb only when the title gives no other death (but its pair's)
                if not any(a < h.end and h.start < b for a, b in cov):
                    sing.append(h)
            sing += _headline_pair(sent[hs:he], hs, ms + sing, [x for x in ms + sing if x.ctype and not hs <= x.start < he])
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
        sing += _victim_line_pass(sent, ms + sing)
        for x in sing:
            if x.ctype == "killed" and x.rule == "singular_active" and any(_killer_died_before(sent, x, m) for m in ms):
                x.rule = "self_after"  # the killer's own death beside his victim's, one more (not her told again)
            hurt_one = x.value == 1 and x.ctype in _HURT
            dead_another = x.ctype == "killed" and x.value == 1 and re.match(r"(?i)(?:and\s+)?another\b", (x.np or "").strip())
            if x.rule.startswith("singular_") and x.value == 1 and any(
                    m.ctype == x.ctype and m.rule != "along_with" and m is not x.extra.get("and_figure") and not re.search(
                        r"(?:along\s+with|together\s+with|alongside)\s*\Z", sent[m.span_start:m.start], re.I)
                    and not (hurt_one and m.kind == "singular" and m.value == 1 and m in sing)
                    and not (dead_another and m.kind == "singular" and m.value == 1 and m.start < x.start)
                    # "A woman was shot and killed ..., and her estranged husband was found dead": someone else
                    and not (x.ctype == "killed" and m.kind == "singular" and m.value == 1 and m in sing
                             and m.span_end <= x.start and _new_person(sent, m, x))
                    and not (dead_another and m.end <= x.start and _another_more(sent, m, x))
                    and not (m.rule == "fatally" and m.start > x.end and any(  # "a man was killed and three others
                        g.ctype in _HURT and x.end <= g.start < m.start for g in ms))  # were shot, one of them fatally"
                    and not (x.ctype == "killed" and m.rule == "active_before" and m.span_start > x.span_end
                             and _NEW_SUBJECT_CLAUSE.search(sent, x.span_end, m.start))
                    and not (x.ctype == "killed" and _killer_died_after_killing(sent, x, m))
                    and not _and_one_of_another_group(sent, m, x)
                    and not _and_then_a_group_of_another_kind(sent, m, x) for m in ms):
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
                    and any(m.ctype in _HURT and m.value == 1 and m.start < x.start for m in ms + sing if m is not x)):
                # "A clerk was badly hurt after she was shot", "A 16-year-old boy was among the wounded; he was grazed
                # on the arm" (the later passes' figures too): the same person
                continue
            ms.append(x)
        ms.sort(key=lambda x: x.start)
        _drop_counterfactuals(sent, ms)
        _drop_superseded(sent, ms)
        _drop_compared_figures(sent, ms)
        _drop_unreal_anyone(sent, ms)
        _drop_combined_figures(sent, ms)
        _drop_natural_deaths(sent, ms)
        typed = [m for m in ms if m.ctype]
        if not typed and not any(m.subset and "among" in m.extra for m in ms):
            continue
        for x in typed:
            # "A mother was killed and her 9-year-old son was shot": a single victim shot who is someone other
            # than the single victim killed in the sentence lived (injured, not one of the dead)
            if (x.ctype == "shot" and x.kind == "singular" and x.value == 1 and x.rule.startswith("singular_")
                    and any(y is not x and y.ctype == "killed" and y.kind == "singular" and y.value == 1
                            and (y.start <= x.start and _new_person(sent, y, x)
                                 # "An officer was shot ... and the man who shot him was killed": the attacker died
                                 or y.start > x.start and _is_attacker(sent, y) and not _is_attacker(sent, x))
                            for y in typed)):
                x.ctype = "injured"
        for m in typed:
            if m.additive and m.ctype in _HURT and any(d.ctype == "killed" and d.start < m.start for d in typed):
                m.additive = False  # "killed one man and wounded six more": more than the dead, not more hurt
            if m.additive and m.ctype == "killed" and any(d.rule == "toll" and d is not m for d in typed):
                # "Two more bodies were found, raising the toll to 27", "The toll has risen to 31 ... after rescuers
                # pulled 12 more bodies from the rubble": the toll holds them
                m.additive = False
        # subsets: parent = the last earlier non-subset figure of the same sentence (else of the article)
        last_top = None
        prev_typed = None
        for m in ms:
            # after a single victim, its age ("a woman, 30, and her son, 6") is no item of the list
            ap = (_AGE_PAREN.match(sent[prev_typed.end:prev_typed.end + 12])
                  if prev_typed is not None and prev_typed.kind == "singular" else None)
            if (not m.ctype and not m.subset and prev_typed is not None and prev_typed.subset
                    and m.rule not in ("not_casualty", "attacker_subject")
                    and (m.kind != "singular" or _SINGLE_ITEM_END.match(sent, m.end))
                    and (ap is None or m.start >= prev_typed.end + ap.end())
                    and _SUBSET_LIST_GAP.match(sent[prev_typed.end + (ap.end() if ap else 0):m.start])):
                # "including four women and three children", "a woman and her two children"; single victims too
                # ("including a 9-year-old girl and her 6-year-old brother", "including two women and a 6-year-old
                # boy"), when no verb of their own follows
                m.subset = True
                m.extra.update({k: v for k, v in prev_typed.extra.items() if k in ("among", "article_parent")})
                m.extra["listed"] = True  # the list's next item, however long the one before ("... Army (LNA) and")
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
                    # near its figure, or near the list's item before it ("killed Thursday in the Hedingham
                    # neighborhood, including an off-duty police officer, 29, and a 16-year-old boy")
                    and (m.start - last_top.end <= 90 or (prev_typed is not None and prev_typed.subset
                                                          and prev_typed.ctype == last_top.ctype
                                                          and (m.start - prev_typed.end <= 40
                                                               or m.extra.get("listed"))))):
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
                    minor = [x for x in ms if x is not m and x.ctype and m.start <= x.start < item_end]
                    if (m.ctype and parent is not None and len(minor) == 1 and minor[0].rule == "minor_victim"
                            and minor[0].kind == "singular" and minor[0].value == 1 and minor[0].age == m.age
                            and not _non_person(_head(m.np or ""))):
                        # "Among the wounded were a 16-year-old girl and a 17-year-old boy": a later item of the
                        # list, read on its own as a minor, is the list's item, a subset of the figure like the first
                        minor[0].ctype, minor[0].subset = m.ctype, True
                        minor[0].extra.update({k: v for k, v in m.extra.items() if k in ("among", "pred")})
                        m.ctype = None
                        continue
                    if (not m.ctype or _non_person(_head(m.np or ""))
                            or any(x is not m and x.ctype and (m.start <= x.start < item_end or (
                                x.start >= item_end and re.search(r"\b(?:who|when|she|he)\b", sent[item_end:x.start], re.I)))
                                   for x in ms)):
                        # a victim inside it is read already ("two 15-year-old boys"), or in its own clause ("a girl,
                        # 5, who ... when she was hit")
                        m.ctype = None
                        continue
                    # the predicate that names the group stays in the span ("one of the victims is a minor": a teen)
                    m.span_start, m.span_end = m.start, max(m.end + taken, m.span_end if "pred" in m.extra else 0)
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
            elif (m.subset and last_top is not None and m.rule == "among" and last_top.ctype != m.ctype
                  and _AMONG_TYPE.get(m.extra.get("among", "")) == m.ctype):
                # "kill 13 in Zaporizhzhia, eleven children among injured": a subset of the hurt, not of the dead
                # before it; with no figure of the hurt in the sentence, a figure of its own (people shot are the hurt:
                # "Five shot at gathering; two teens among wounded" is two of the five)
                m.parent = next((x for x in reversed(ms[:ms.index(m)]) if x.ctype and _family(x.ctype) == _family(m.ctype)
                                 and not x.subset), None)
                m.subset = m.parent is not None
                if m.subset:
                    m.rule = "subset"
            elif m.subset and last_top is not None:
                m.parent = last_top
                if m.rule in ("active_before", "coordinated") or m.ctype != last_top.ctype:
                    m.ctype = last_top.ctype if m.rule != "passive_after" else m.ctype
                m.rule = "subset"
            elif not m.subset:
                last_top = m
        inherited = []
        for m in ms:
            if m.ctype and m.kind == "singular" and m.value == 1 and m.age is None and not m.extra.get("own_age_only"):
                own = [a for a in ages if s0 + m.start <= a.pos < s0 + m.end]
                if own:  # named with an age inside the figure ("injured Jo Roe, 65, a guard"): that one, not an earlier
                    m.age = own[-1].age if own[-1].age < 18 else None
                    continue
                pool = ages
                if m.rule in ("self_after", "self_own"):  # the killer's own death: not the age of a victim told beside it
                    pool = [a for a in ages if not any(x is not m and x.ctype and s0 + x.start <= a.pos < s0 + x.end
                                                       for x in ms)]
                am = _APPOSED_AGE_BEFORE_VERB.fullmatch(sent, 0, m.start) if not (m.extra.get("noun") or m.np) else None
                if am is None and m.rule == "singular_passive" and _RELATIVE_SUBJECT.match(sent, m.span_start, m.end):
                    # "The woman who was killed, a 43-year-old local radio DJ, was": the subject's apposition
                    am = _RELATIVE_THEN_AGE.match(sent, m.end)
                m.age = int(am.group("age")) if am else _inherited_age(m.extra.get("noun") or m.np or "", s0 + m.start, pool)
                if m.age is not None:
                    inherited.append(m)
        if len(inherited) > 1 and any(m.rule == "coordinated" for m in inherited):
            # "the murders of Jo Roe and Al Roe", both finding the one age told before ("her 4-year-old daughter"):
            # two people listed side by side are not one person, so the age is neither's for sure
            for age in {m.age for m in inherited}:
                same = [m for m in inherited if m.age == age]
                if len(same) > 1:
                    for m in same:
                        m.age = None
        for m in ms:
            if m.ctype and m.subset and m.kind == "number" and m.age is None and (
                    og := _OF_THEM_ONE_AGE.match(sent, m.end)):
                m.age = int(og.group("age") or og.group("aged"))  # "two of them 16-year-old boys": both 16
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


#: before a killer's own death in its sentence: someone else he shot or stabbed ("shot his ex-wife ... and then")
_HARMED_ANOTHER_BEFORE = re.compile(r"\b(?:shot|stabbed|wounded|attacked|shooting|stabbing|wounding)\s+(?:and\s+\w+\s+)?"
                                    r"(?:his|her|a|an|the|their|two|three|four|\d)\s", re.I)
#: before "N of them": the attackers pursued, the object of the clause before ("chased the attackers and killed")
_THE_ATTACKERS_THEN_OF_THEM = re.compile(
    r"\b(?:the|those)\s+(?:[\w-]+\s+)?(?:attackers|raiders|gunmen|assailants|militants|insurgents|bandits|terrorists|"
    r"jihadists|fighters)\b[^.;]{0,60}?\band\s+(?:later\s+)?(?:killed|shot\s+dead|shot|wounded|injured|captured)\s+\Z",
    re.I)
#: after a subset's figure: the one age its group shares ("two of them 16-year-old boys", "three of whom were aged 15")
_OF_THEM_ONE_AGE = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?:(?P<age>\d{1,2})[- ]years?[- ]old\b"
                              r"|aged\s+(?P<aged>\d{1,2})\b(?!\s*(?:,|and|to|-)\s*\d))", re.I)
_CONTEXT_PLACE_KINDS = ("city", "town", "village", "neighbourhood", "other", "admin")
#: A place named only after the figure is taken when it is a settlement: a state or county named
#: later is as often another place of the story (a suspect's home, a school) as the event's region.
_LATER_PLACE_KINDS = ("city", "town", "village", "neighbourhood")
#: A court's town is where the case is heard, not the scene: "arraigned in 34th District Court in Romulus",
#: "appeared in court in Smithville".
_COURT_IN = re.compile(r"\bcourt(?:house)?\s+(?:in|at)\s+(?:the\s+)?\Z", re.I)


def _court_town(text: str, p) -> bool:
    return "ourt" in text[max(0, p.start - 30):p.start] and _COURT_IN.search(text, max(0, p.start - 30), p.start) is not None


def _place_from_context(text: str, claims: list[Claim], places: "_LazyPlaces",
                        title_places: "_LazyPlaces | None" = None) -> None:
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
    in_title = None
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
                later = [p for p in places.within(0, len(text)) if p.kind in _LATER_PLACE_KINDS
                         and not _court_town(text, p)]
            after = [p for p in later if p.start >= (c.sentence_start if c.evidence_field == "text" else 0)]
            place, basis = (after[0], "after") if after else (None, None)
        if place is None and title_places is not None:
            # a body that names no place at all: the headline's ("Two hurt in Smithville bar shooting")
            if in_title is None:
                in_title = [p for p in title_places.within(0, len(title_places.text)) if p.kind in _CONTEXT_PLACE_KINDS
                            and not _treated(title_places.text, p) and not _distance_landmark(title_places.text, p)]
            place, basis = (in_title[0], "title") if in_title else (None, None)
        if place is not None:
            _set_place(c, place, basis)


#: settlements: the places a state-level figure may be refined to
_TOWN_KINDS = ("city", "town", "village")


def _named_scene(text: str, p) -> bool:
    """``p`` is named as a scene ("in Conyers"), not as a home, an office's, where a victim was treated or a landmark a
    distance is measured from (the places a figure of a state or a country may take: _region_to_town,
    _country_to_scene)."""
    return (named_as_scene(text, p.start) and not _home(text, p) and not _treated(text, p)
            and not _distance_landmark(text, p) and not _office_of(text, p))


def _region_to_town(text: str, claims: list[Claim], places: "_LazyPlaces") -> None:
    """A figure placed only in a US state or county takes a town of it, the more specific place:
    - a state's figure, the dateline's town when the figure's sentence names the state only in passing (a home, an
      agency: "A Florida woman was killed", "Kentucky State Police say two people died"; "PUNTA GORDA, Fla. (WBBH) -");
    - else the first town the body names as a scene in that state ("A gunman killed a customer inside a Georgia liquor
      store ... the liquor store in Conyers", "in western Iowa ... Police in Garner say"), or, for a county, in a state
      that has a county of that name ("in Floyd County ... at a home in Prestonsburg"), as a reader does.
    A town named as a home, an office's, where a victim was treated or a landmark a distance is measured from is no
    scene; a town of another state ("in Anderson, S.C." beside "a Georgia woman"), or a name the gazetteer has in no
    town of the state, is left. ("Georgia" may have been read as the country: a town of the state says which.) The
    gazetteer has no county borders: a county's town is one of a state that has that county."""
    by_state = [c for c in claims if c.location_basis == "sentence" and c.country in ("United States", c.location)
                and (c.latitude is None or c.country != "United States") and _state_code(c.location)]
    by_county = [c for c in claims if c.location_basis in ("sentence", "before", "after") and c.country == "United States"
                 and c.latitude is None and c.location and c.location.endswith((" County", " Parish"))]
    if not by_state and not by_county:
        return
    dateline = places.dateline()
    if dateline is not None and dateline.kind not in _TOWN_KINDS + ("other",):
        dateline = None
    scenes = None  # read only when a figure needs them

    def town_of(p, state: str):
        if state_after(text, p.end) not in (None, state):
            return None  # the town is in another state ("KANSAS CITY, Kan." beside "a Missouri man")
        town = lookup_place(p.name, us_state=state)
        return None if town is None else replace(town, name=p.name, country="United States")

    for c, states, is_state in [(c, (_state_code(c.location),), True) for c in by_state] + [
            (c, sorted(county_states(c.location)), False) for c in by_county]:
        if dateline is not None and is_state and c.evidence_field == "text" and c.country == "United States":
            mention = next((p for p in places.within(c.sentence_start, c.sentence_end) if p.name == c.location), None)
            town = town_of(dateline, states[0]) if mention is not None and not named_as_scene(text, mention.start) else None
            if town is not None:
                _set_place(c, town, "dateline")
                continue
        if scenes is None:
            scenes = [p for p in places.within(0, len(text)) if p.kind in _TOWN_KINDS and p.country == "United States"
                      and _named_scene(text, p)]
        town, p = next(((t, p) for p in scenes for t in (town_of(p, st) for st in states) if t is not None), (None, None))
        if town is not None:
            _set_place(c, town, "after" if c.evidence_field != "text" or p.start >= c.sentence_end else "before")


def _country_to_scene(text: str, sentences: list[tuple[int, int]], claims: list[Claim], places: "_LazyPlaces") -> None:
    """A figure placed only in a country ("Suspected jihadists killed 15 civilians in an attack on a cattle market in
    northern Burkina Faso"), at its dateline's city when its sentence names the country as the scene, or at a landmark
    only a direction or a distance tells ("attacked their positions north of Baghdad": a place as specific or more),
    takes the scene the next sentence names in that country ("The gunmen arrived on motorbikes at the market in
    Pobe-Mengao, in Soum province, ..."), as wire copy tells the lead's place: a place below country level named as a
    scene (not a home, an office's, where a victim was treated or a landmark a distance is measured from), the most
    specific the sentence holds. Only the next sentence: later ones may tell another incident."""
    starts = [s for s, _ in sentences]
    dateline = places.dateline()
    for c in claims:
        if c.evidence_field != "text" or c.location_basis != "sentence" or c.is_summary or c.parent_key is not None:
            continue
        own = [p for p in places.within(c.sentence_start, c.sentence_end) if p.name == c.location]
        # a landmark that only a direction or a distance tells ("attacked their positions north of Baghdad")
        landmark = bool(own) and c.location_kind != "country" and all(
            _distance_landmark(text, p) or _direction_landmark(text, p) for p in own)
        if c.location_kind != "country" and not landmark and not (
                # the dateline's city, where the sentence says the country ("ADEN (Reuters) - An air strike ... hit a
                # wedding party in northwest Yemen"): the bureau's city, not the scene
                dateline is not None and c.location == dateline.name and c.sentence_start <= dateline.start
                and any(p.kind == "country" and p.country == c.country and named_as_scene(text, p.start)
                        for p in places.within(c.sentence_start, c.sentence_end))):
            continue
        i = bisect.bisect_left(starts, c.sentence_end)
        if i >= len(sentences):
            continue
        s0, s1 = sentences[i]
        scenes = [p for p in places.within(s0, s1) if p.kind != "country" and p.country == c.country
                  and _named_scene(text, p)
                  and (not landmark or _PLACE_RANK.get(p.kind, 5) <= _PLACE_RANK.get(c.location_kind, 5))]
        if scenes:
            _set_place(c, min(scenes, key=lambda p: (_PLACE_RANK.get(p.kind, 5), p.start)), "after")


def _rekey(claims: list[Claim]) -> None:
    """Number claims 0..n-1 in order; parent keys follow, or become None when the parent was dropped."""
    new = {c.claim_key: i for i, c in enumerate(claims)}
    for i, c in enumerate(claims):
        c.claim_key = i
    for c in claims:
        c.parent_key = new.get(c.parent_key) if c.parent_key is not None else None


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
    elif claims and "It " in sent and _IT_SAID.search(sent):
        # "It said 2,771 others were injured": the body that gave the figure before (an organization: "it")
        source = next((c.attributed_source for c in reversed(claims) if c.attributed_source
                       and c.evidence_field == "text" and 0 <= s0 - c.sentence_end <= 400), None)
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
        np_ = m.np if m.kind != "singular" else (m.extra.get("noun", "") + " " + m.np)
        group, child = G.victim_group_of(np_)
        if (m.kind == "singular" and group == "people" and not (m.np or "").strip()
                and (hm := _APPOSED_SUBJECT.match(sent, 0, m.span_start))):
            # "The gunman, a 25-year-old employee who livestreamed the attack, was killed": the subject before its
            # apposition names who died (not a child's noun: its age decides, as before)
            head_group, head_child = G.victim_group_of(hm.group("head"))
            group = group if head_child else head_group
        if m.kind == "singular" and group == "people" and (
                G.ATTACKER_DEED_AFTER.match(sent[m.end:m.end + 80]) or m.rule == "self_after"
                # "A man shot his ex-wife outside her workplace and then turned the gun on himself": her attacker
                or (m.rule == "self_own" and _HARMED_ANOTHER_BEFORE.search(sent, 0, m.span_start))
                or _SHOOTOUT_WITH_POLICE.match(sent, m.end, m.end + 140)
                or _SHOT_BY_POLICE_AFTER_THREAT.match(sent, max(m.end, m.span_end), max(m.end, m.span_end) + 200)
                or ((fa := _SHOT_AFTER_FIRING_AT_POLICE.match(sent, max(m.end, m.span_end), max(m.end, m.span_end) + 140))
                    and (not fa.group("them") or _POLICE_NOUN.search(sent, 0, max(m.end, m.span_end))))
                or m.ctype == "killed" and re.match(r"(?i)(?:he|she)\b", sent[m.span_start:m.span_start + 4])
                and (_ATTACK_THEN_PRONOUN.search(sent[:m.span_start]) or _attacker_opens(sent, m.span_start))):
            # "police shot and killed an armed man who had wounded a clerk"; "killed his wife before turning the gun
            # on himself" (the killer's own death after his victims'): the attacker
            group = "attackers"
        elif m.kind == "number" and m.value == 1 and group == "people" and (
                og := G.ONE_OF_GROUP.match(sent[m.end:m.end + 60])) and G.ATTACKER_DEED_AFTER.match(
                    sent[m.end + og.end():m.end + og.end() + 80]):
            group = "attackers"  # "shot and killed one of three men who broke into his house"
        elif m.kind == "number" and group == "people" and sent.startswith(" of them", m.end) and \
                _THE_ATTACKERS_THEN_OF_THEM.search(sent, 0, m.start):
            group = "attackers"  # "Soldiers pursued the raiders and killed two of them": the raiders
        if m.kind == "singular" and group == "people" and _ELLIPTIC_ONE_MORE.match(sent, m.span_start) and any(
                p.kind == "number" and p.end <= m.span_start and G.victim_group_of(p.np)[0] == "attackers" for p in ms):
            group = "attackers"  # "Two suspects were fatally wounded and a third was wounded and arrested": of the suspects
        if not child and _SCHOOL_CHILDREN.search(np_):
            child = True  # "two Lincoln Elementary School students": school children
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
        if m.subset and m.np and re.match(r"(?i)of\s+(?:them|whom)\s", m.np):
            k = sent.find(m.np, m.end, m.end + 3 + len(m.np))
            if 0 <= k <= m.end + 2:  # "seven people, two of them teenagers": the figure's span holds its noun (teens, by it)
                ce = max(ce, k + len(m.np))
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
            location_basis="sentence" if place else None, location_kind=place.kind if place else None,
        )
        if parent_key is not None:
            p = claims[parent_key]
            c.is_summary = p.is_summary
            if tw is None:
                c.period_start, c.period_end, c.date_precision = p.period_start, p.period_end, p.date_precision
            if place is None:
                c.take_place_of(p)
        elif tw is None and claims and not c.is_summary:
            # no time expression in the sentence: the figure belongs to the incident just reported
            p = claims[-1]
            if not p.is_summary:
                c.period_start, c.period_end, c.date_precision = p.period_start, p.period_end, p.date_precision
        if m.parent is None and place is None and claims and not c.is_summary and not claims[-1].is_summary:
            c.take_place_of(claims[-1])
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
    for a, b in _one_toll_pairs(new, lambda c: bool(c.attributed_source)):
        if (a.attributed_source.lower() == b.attributed_source.lower()
                or not _CONTRAST_CLAUSE.search(sent, a.char_end - a.sentence_start, b.char_start - b.sentence_start)):
            continue
        official_a = source_kind(a.attributed_source) in _AUTHORITY_KINDS
        official_b = source_kind(b.attributed_source) in _AUTHORITY_KINDS
        _keep_one_toll(a, b, (a if official_a else b) if official_a != official_b else None)


def _one_toll_pairs(new: list[Claim], admits) -> list[tuple[Claim, Claim]]:
    """The two figures of one casualty type a sentence gives (top level, not summaries, ``admits``), in text order,
    when they may count the same victims: the same group, or one of them people / civilians, children or not alike."""
    by_type: dict[str, list[Claim]] = {}
    for c in new:
        if c.parent_key is None and not c.is_summary and admits(c):
            by_type.setdefault(c.casualty_type, []).append(c)
    pairs = []
    for pair in by_type.values():
        if len(pair) != 2:
            continue
        a, b = sorted(pair, key=lambda c: c.char_start)
        if a.is_child == b.is_child and (a.victim_group == b.victim_group
                                         or {a.victim_group, b.victim_group} & _GENERIC_GROUPS):
            pairs.append((a, b))
    return pairs


def _keep_one_toll(a: Claim, b: Claim, kept: Claim | None) -> None:
    """Of one toll told twice, ``kept`` (None: the smaller) is the sentence's figure; the other, when it differs, is
    marked '/disputed'."""
    kept = kept or min((a, b), key=lambda c: (c.count_point or 0, c.char_start))
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
    for a, b in _one_toll_pairs(new, lambda c: not c.rule.endswith(("/disputed", "/another"))):
        a0, a1, b0 = (a.char_start - a.sentence_start, a.char_end - a.sentence_start, b.char_start - b.sentence_start)
        if (any(c.attributed_source and source_kind(c.attributed_source) in _AUTHORITY_KINDS for c in (a, b))
                or not _ONE_REPORT.search(sent, 0, a0) or not _ANOTHER_REPORT.search(sent, a1, b0)):
            continue
        _keep_one_toll(a, b, None)
