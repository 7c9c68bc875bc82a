"""Victims told without a numeral, found by their verb: "a woman was fatally shot", "gunmen killed
Nelson Garcia", "He died in hospital", "shot himself", "left a man dead", people hit, sent to hospital
or found hurt, the killer's own death and deaths dealt by the police.
"""
from __future__ import annotations

import re

from pipeline.extract import grammar as G
from pipeline.extract.numbers import parse_number
from pipeline.extract.places import _COMMON_WORDS
from pipeline.extract.scan import (any_in as _any_in, any_literal as _any_literal, matches_at as _matches_at,
                                   scan_lower)
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _finditer, _gate, _lacks, _needs, _same, _search_at, _search_if
from pipeline.extract.mentions import (_NOUN_OF_AGE, _SURVIVED_AFTER, _AMONG_GROUP, _AMONG_TYPE, _ATTACKER_NP, _FOLLOW_NP, _HURT, _INTENT_BEFORE,
                                       _AGE_PAREN, _KILLED_BEFORE, _LATER_DIED, _Mention, _NON_PERSON_NP, _NOT_BEFORE,
                                       _OWN_PREDICATE, _TO_DEATH_VERBS, _TO_HOSPITAL, _TUPLE_NEEDS, _YEAR_OLD,
                                       _age_value, _head, _in_years, _non_person, _span, _year_old)


_SING_VERB = re.compile(
    rf"\b(?P<aux>was|has\s+been|had\s+been|is|got|have\s+been|were|are|found)\s+(?P<neg>not\s+|never\s+)?"
    rf"(?P<adv>(?:(?:(?!fatally|mortally)\w+ly|\w+ed\s+and|found|also|each|both|again|reportedly|later|allegedly|then|yesterday|today|subsequently|on\s+\w+(?:\s+(?:night|morning|evening|afternoon))?)\s+){{0,3}})"
    rf"(?:(?P<kill>{G.KILL_WORDS}|deceased)|(?P<inj>{G.INJURE_WORDS})|(?P<shot>{G.SHOT_WORDS}))\b"
    rf"|\b(?P<died>(?:has\s+|had\s+|later\s+|subsequently\s+|also\s+)?(?:died|succumbed|passed\s+away)"
    # a death told as the end of survival: "the victim did not survive", "didn't survive his injuries"
    rf"|(?:did\s+not|didn[’']t)\s+survive\b"
    # a death told by its last step: "was taken off life support Thursday" (article_totals._FATAL_EVENT reads it too)
    rf"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|then|also|finally)\s+)?(?:taken|removed)\s+off\s+(?:of\s+)?life\s+support)\b"
    rf"|\b(?P<selfshot>(?:(?P<selffatal>fatally\s+|mortally\s+)|accidentally\s+|apparently\s+)?(?:shot|shoots|shooting)\s+(?:himself|herself|themselves|themself|self)\b)"
    rf"|\b(?P<suffered>(?:suffered|sustained|received|(?:escaped|survived)\s+with|(?:is|was|are|were|has\s+been|have\s+been)\s+left\s+with|(?:is|was)\s+(?:\w+\s+)?recovering\s+from)\s+(?!no\b|not\b)(?:[\w-]+\s+){{0,3}}?(?:injuries|injury|wounds?|gunshot\s+wounds?|burns)"
    # a person treated for a wound: "was treated for a knife wound", "was also treated for cuts to her hands", "was
    # treated in hospital for burns", "for smoke inhalation" (not for shock, trauma or "smoke" alone, nor "treated as a
    # homicide")
    rf"|(?:was|is|were|are|has\s+been|had\s+been)\s+(?:(?:also|later|then|being|first)\s+)?treated\s+(?:(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?:hospital|scene)\s+)?for\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|multiple\s+|several\s+)?(?:[\w-]+\s+){{0,2}}?(?:injuries|injury|wounds?|cuts?|lacerations?|burns|stab\s+wounds?|fractures?|broken\s+\w+|smoke\s+inhalation)"
    rf"|(?:suffered|sustained)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:cuts?|lacerations?|grazes?|fractures?|broken\s+(?:nose|jaw|arm|leg|ribs?|wrist|hand|bones?)|fractured\s+(?:skull|jaw|arm|leg|ribs?|wrist|hand|nose))\b(?!\s+wounds?)"
    rf"|had\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:grazed|nicked)\s+by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:bullets?|gunfire|rounds?|shots?|pellets?)"
    rf"|(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)"
    rf"|(?:(?:was|were)\s+(?:found|taken\s+to|transported\s+to|rushed\s+to|brought\s+to|driven\s+to)|arrive[ds]?|show(?:ed|s)?\s+up|walk(?:ed|s)?\s+into|went\s+to"
    # "A third victim drove himself to Memorial Health with a bullet wound", "He took himself to the hospital"
    rf"|(?:drove|drives|took|takes)\s+(?:himself|herself|themselves)\s+to)\s+(?:[\w'’.-]+\s+){{0,8}}?"
    rf"(?:with|for\s+treatment\s+of)\s+(?:a\s+|an\s+|multiple\s+)?(?:[\w-]+\s+){{0,2}}?(?:gunshot|stab|graze|bullet)\s+wounds?)\b"
    # flown to a hospital by its name alone: "was immediately airlifted to The Med-Memphis", "was flown to Harborview"
    rf"|\b(?P<hosp>(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:later|then|also|first|quickly|immediately)\s+)?(?:airlifted|medevaced)\s+to\s+(?-i:(?:the\s+|The\s+)?[A-Z][\w'’.-]*)"
    rf"|(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:later|then|also|first|quickly|immediately)\s+)?(?:taken|transported|rushed|sent|airlifted|flown|driven|brought|admitted)\s+"
    rf"(?:by\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:ambulance|medics|paramedics|car|vehicle|auto|helicopter)\s+)?to\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))"
    # after another participle: "was rescued by police and taken to hospital (with serious injuries)"
    rf"|(?:was|were)\s+(?!(?:not|never|also|later|then|first|quickly)\b)(?:[\w-]+\s+){{1,4}}?and\s+(?:(?:later|then)\s+)?(?:taken|rushed|transported|airlifted|flown)\s+to\s+"
    rf"(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))"
    rf"|(?:is|was|are|were|remains|remained)\s+(?:(?:currently|still|now)\s+)?(?:listed\s+|reported\s+)?in\s+(?:a\s+)?(?:\w+ly\s+)?(?:critical|stable|serious|fair|good|grave|guarded)(?:\s+but\s+stable)?\s+condition"
    rf"|(?:was|is)\s+(?:being\s+)?treated\s+(?:at|in)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){{0,5}}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))"
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
    rf"(?:\A|[;:(]|\s[—–-]\s|,|\b(?:said|that|when|after|while)\b)\s*(?P<np>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*)\s*,\s*\Z",
    re.I)
"""Noun phrases (or names) separated by commas, ending just before a clause cut at a comma:
"An 8-year-old boy, a 9-year-old boy, " / "His 8-year-old son, Sam Doe, " / "Two women, "."""
_LIST_TAIL = re.compile(
    r"\A\s*(?:(?:a|an|the|his|her|their|one|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]))[^,]*\band\b"
    # bare nouns an article before the list serves: "A man, woman and boy were wounded"
    rf"|\A\s*(?:{G.PERSON_SINGULAR})\s+and\s+(?:{G.PERSON_SINGULAR})\s*\Z", re.I)
"""The last part of such a list, before its verb: "a man and a child", "two women and a child", "woman and boy"."""
_CHILD_ONLY = re.compile(r"\b(?:child|boy|girl|kid|toddler|baby|infant|newborn)\b", re.I)


def _child_beside_adult(parts: list[str]) -> bool:
    """The parts of a coordinated subject name a child by his word beside an adult ("a man and a child", "A woman and
    a teenage boy"): one victim each, not a group of children."""
    return any(_CHILD_ONLY.search(p) for p in parts) and any(G.ADULT_NOUN.search(p) for p in parts)
"""Words for a child that never name an adult (unlike "son" or "daughter")."""
_NEGATED_SUBJ = re.compile(r"\b(?:no\s+one|nobody|none|no|neither|nor|not)(?:\s+[\w-]+){0,2}\s*\Z|\b(?:no\s+one|nobody)\s+else(?:\s+[\w-]+){0,4}\s*\Z|\bneither\s[^,.;]{1,60}\Z"
                           r"|\b(?:no\s+one|nobody|none)\s+of\s+(?:them|those|these|us|(?:the|his|her|their|its|our)\s+\w+)"
                           r"(?:\s+[\w-]+){0,3}\s*\Z", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may|should|must)(?:\s+(?:not\s+)?have|n[o’']t\s+have|['’]ve)?(?:\s+\w+ly)?\s+(?:been\s+)?\Z"
                           r"|\b(?:almost|nearly)\s+\Z", re.I)
"""A death or injury that did not happen: "I could have died", "he could've been killed", "she almost died"."""
_SING_START = re.compile(r"\A(?:a|an|one|the|his|her|their|its|another|this|that|mr|mrs|ms|dr|he|she|who|[A-Z])", re.I)
_PLURAL_HEAD = re.compile(r"(?:[^s]s|people|men|women|children|\b(?:police|they|them|those|these|others|many|some|all|both|several|few|militia|personnel))\Z", re.I)


# first words of _SING_VERB (auxiliaries, "died", "shot himself", "suffered", "remains in ... condition", "went to")
_SING_VERB_GATE = None if not _same(_SING_VERB, "c488e8d0be1995eb") else _gate("was", "has", "had", "is", "got", "have", "were", "are", "found", "later", "subsequently", "also",
                        "died", "succumbed", "passed", "did", "didn", "accidentally", "apparently", "fatally", "mortally", "shot", "shoots", "shooting", "suffered", "suffering",
                        "sustained", "sustaining", "received", "remains", "remained", "remain", "arrive*", "show*", "walk*", "went",
                        "drove", "drives", "took", "takes",
                        "escaped", "survived")


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
    r"officers|deputies|passengers|people|persons|students|children|brothers|sisters|sons|daughters|soldiers|policemen|"
    r"guards|civilians|workers|bombers|attackers|gunmen|assailants|suspects|shooters|militants))?"
    r"|both\s+(?:(?-i:[A-Z])[\w'’-]+|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+and\s+(?:(?-i:[A-Z])[\w'’-]+|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.I)
"""A subject naming a hurt group without a numeral: "both", "both victims", "all three of them", "Both Lee and the driver"."""


_APPOS_SUBJ = re.compile(
    r"(?<![\w'’.-])"
    r"(?P<np>(?:a|an|the|his|her|their|one|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,3}))"
    r"(?P<app>\s*,\s*(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s*,\s*\d{1,3})?"
    r"|\s*,\s*(?:aged\s+)?\d{1,3}"
    # an indefinite noun phrase: "The suspect, a 27-year-old unemployed man from Kobe, suffered a cut"
    r"|\s*,\s*(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*,\s*(?:who\s+)?\Z", re.I)
"""A singular subject told with a name or an age in apposition, cut at its commas before an intransitive verb:
"A third victim, Al Burns, 44, suffered ...", "his aunt, 70-year-old Jo Ames, who suffered ...", "Jo Ames, 70, was
taken to a hospital"."""


_NAME_SUBJ = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}"
                        r"(?<!Officers)(?<!Deputies)(?<!Troopers)(?<!Agents)(?<!Victims)(?<!Residents)(?<!Students)(?<!Others)")
"""A person's name as a subject ("Sam Jones", "Mrs. Ada Rhodes"): singular, though it ends in -s."""
_SURNAME_ALONE = re.compile(r"[A-Z][a-z]{2,}s")
#: plural nouns of peoples and followers, capitalised ("Palestinians", "Iraqis", "Shiites", "Congolese")
_PEOPLES_ENDING = re.compile(r"(?:ans|is|ites|ese)\Z")


def _surname_alone(subject: str) -> bool:
    """A surname ending in -s as the whole subject ("Daniels died as a result of his injuries", "Rollins later
    died"): one person, not a plural noun. A capitalised plural ("Officers", "Victims") is a common word without
    its -s; peoples' names ("Palestinians", "Iraqis") are left plural."""
    if not _SURNAME_ALONE.fullmatch(subject) or _PEOPLES_ENDING.search(subject):
        return False
    low = subject.lower()
    stems = {low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else low[:-1]}
    return not stems & _COMMON_WORDS


_EVENT_SUBJ = re.compile(r"\A(?:(?:a|an|the|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:shooting|incident|attack|robbery|fight|altercation|argument|dispute|crash|scene|hospital|"
                         r"center|centre|night|morning|evening|afternoon|weekend)\W*\Z", re.I)
"""A subject that is only an event, a place or a time, not a person: "after the shooting, [who] is expected to recover"."""
#: A sentence that opens so ("Three of them were children.") is read though it holds no casualty word.
_OF_THEM_OPENS = re.compile(r"\s*(?:\d{1,3}|[A-Za-z]+)\s+of\s+them\s+(?:were|are)\b", re.I)
#: One person among the dead: "A local journalist was among the dead", "Among those killed was an 8-year-old girl".
_AMONG_SING = re.compile(
    r"(?P<subj>\b(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|(?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}))"
    r"(?:\s*,\s*(?P<age>\d{1,2})\s*,)?\s+(?:was|is)\s+(?:also\s+|reportedly\s+)?among\s+" + _AMONG_GROUP, re.I)
_AMONG_FRONT = re.compile(
    rf"\bamong\s+{_AMONG_GROUP}\s*(?:,\s*)?(?:was|is|were|are)\s+(?:also\s+)?"
    r"(?P<list>(?:an?|the|his|her|their)\s+[^.;:()]{1,120}?)(?=\s*(?:[.;:()]|\Z|,\s*(?:who|whose|whom|which|where|police|officials|according|said)\b"
    # a speaker after the list: "..., and a 17-year-old girl, the birthday girl's brother told reporters"
    r"|,\s*(?:the|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|told)\b))", re.I)


#: the people hurt told in apposition to their group: "The wounded, four men and a 17-year-old girl, were taken to ..."
#: (only the hurt: with "The victims, seven adults and a 16-year-old boy, were found dead" a boy told again elsewhere
#: was counted twice on GVA dev)
_AMONG_APPOSED = re.compile(
    r"\b(?:the|those)\s+(?P<t>wounded|injured)\s*,\s*"
    r"(?P<list>(?:an?|the|his|her|their|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+[^.;:(),]{1,100}?)"
    r"\s*,\s*(?:were|are|have|had|remain|remained)\b", re.I)


def _take_following_np(sent: str, m: _Mention) -> int:
    """An untyped figure's noun phrase, read after its number ("four (women)"): sets ``m.np`` and returns how many
    characters it runs (0 for a singular victim, whose phrase is itself)."""
    fm = _FOLLOW_NP.match(sent[m.end:m.end + 120]) if m.kind != "singular" else None
    if not fm:
        return 0
    m.np = fm.group("np").strip()
    return fm.end()


def _article_parent(claims: list[Claim], among: str | None, s0: int) -> Claim | None:
    """The figure of an earlier sentence that a subset told apart belongs to ("Among the dead were two
    children"): the last top-level, non-summary figure of the type the words name (any type for "the victims");
    for "them", only a figure of the sentence just before (at ``s0``)."""
    want = _AMONG_TYPE.get(among or "")
    for c in reversed(claims):
        if among == "them" and (c.evidence_field != "text" or s0 - c.sentence_end > 4):
            return None
        if c.parent_key is None and not c.is_summary and c.victim_group != "attackers" and \
                c.casualty_type in ("killed", "injured", "shot") and (
                want is None or c.casualty_type == want or want == "injured" and c.casualty_type == "shot") and not (
                among == "shot" and c.casualty_type == "killed"):  # "those shot" may have lived: not the dead's
            return c
    return None


#: a pronoun and its verb: a clause that ends the list ("Among the dead were a woman and her two young children ...,
#: he said"), no person of it
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|it|they)\s+[a-z]+", re.I)


def _among_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """Named people among an earlier figure's victims, one each: "A local journalist was among the dead",
    "Among those killed were a teacher and her 6-year-old son". Each is a subset of that figure (see the subset
    step of :func:`_extract_body`), or a victim of its own when the article gives no figure of that type."""
    low = sent.lower()
    if "among" not in low:
        return []
    out = []
    taken = [(m.start, m.end) for m in ms if m.kind != "singular" and m.rule != "not_casualty" or m.ctype
             or "among" in m.extra]  # (not the age of "A 3-year-old was among the injured")
    for rx in (_AMONG_SING, _AMONG_FRONT, _AMONG_APPOSED):
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
                if (not _SING_START.match(np) or _PLURAL_HEAD.search(np)
                        or _PRONOUN_CLAUSE.match(np)  # "..., he said": the speaker's clause after the list
                        or _non_person(_head(np)) and not _year_old(np)  # "A 3-year-old was among those hurt": a person
                        or any(x < b and a < y for x, y in taken)):
                    continue
                if any(m.ctype and m.start >= b and re.search(r"\b(?:who|when|she|he)\b", sent[b:m.start], re.I)
                       for m in ms):
                    continue  # "Among the victims, a girl, 5, who ... when she was hit": her clause tells her already
                x = _Mention(a, b, "singular", value=1, np=np)
                x.ctype, x.rule, x.subset = _AMONG_TYPE.get(t), "among", True
                x.extra["noun"], x.extra["among"] = np, t
                am = _year_old(np)
                # "a 3-year-old", "a boy, 8, was among the dead", "a boy of eight was among the dead"
                om = None if am or rx is not _AMONG_SING or v.group("age") else _NOUN_OF_AGE.search(np)
                x.age = (_age_value(am) if am else int(v.group("age")) if rx is _AMONG_SING and v.group("age")
                         else parse_number(om.group("age")) if om else None)
                x.span_start, x.span_end = min(a, v.start()), max(b, v.end())
                out.append(x)
                taken.append((a, b))
    return out


#: the attacker named among a figure's dead: "Two people are dead, including the suspected shooter"
_INCLUDING_ATTACKER = re.compile(r"[^.;:]{0,40}?,\s*including\s+(?P<np>the\s+(?:suspected\s+|alleged\s+|lone\s+)?"
                                 r"(?:gunman|shooter|suspect|attacker|assailant|bomber|killer))\b", re.I)


def _attacker_among_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """The attacker named in a figure's "including" ("Two people are dead, including the suspected shooter", "Three
    people died, including the gunman"): one of that figure, an attacker (a subset, so that ``attackers_killed`` holds
    him and the figure is not raised)."""
    if "including" not in sent:
        return []
    for m in ms:
        if m.ctype in ("killed", "injured") and m.kind == "number" and (m.value or 0) >= 2 and not m.subset:
            im = _INCLUDING_ATTACKER.match(sent, m.end)
            if im:
                x = _Mention(im.start("np"), im.end("np"), "singular", value=1, np=im.group("np"))
                x.ctype, x.rule, x.subset = m.ctype, "subset", True
                x.extra["noun"] = im.group("np")
                x.span_start, x.span_end = x.start, x.end
                return [x]
    return []


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
    r"(?P<v>(?i:injured|wounded|hurt|killed|dead)\b(?!\s+(?i:a|an|the|his|her|their|him|them|himself|herself|one|two|three)\b)"
    # "A boy is dead and his brother in a hospital", "... and her son in critical condition"
    r"|(?i:in\s+(?:the\s+|a\s+)?hospital|in\s+(?:\w+\s+)?(?:critical|serious|grave|stable|fair)\s+condition)\b)")


#: Between a first verb and a later "died" of the same subject: "(was taken to hospital) but (died)"
_DIED_AFTER_OWN_VERB = re.compile(r"[^.;:]{0,80}?\s(?:and|but)\s+(?:(?:later|then|subsequently|soon)\s+)?\Z", re.I)
#: "(was taken to hospital with serious injuries), where he died": the same victim's death
_WHERE_DIED = re.compile(r"[^.;]*?,?\s+where\s+(?:he|she|they|the\s+[\w-]+)\s+(?:(?:later|then|subsequently|soon)\s+)?"
                         r"(?:died|succumbed|was\s+pronounced\s+dead|passed\s+away)\b", re.I)
#: A relative of someone told before ("Her 45-year-old father was also shot"): someone new, hurt besides
_KIN_ALSO_SUBJ = re.compile(rf"(?i:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{G.KIN})")
#: An adult "also" hurt ("A teacher was also hurt"): someone new only beside children (article_totals._another_in_group)
_ADULT_ALSO_SUBJ = re.compile(r"(?i:an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?i:teacher|man|woman|adult|driver|guard|"
                              r"bus\s+driver|headteacher|headmaster|principal|nurse|staff\s+member|parent)")
#: After a person hurt, the same subject's death in the same clause: "(was found with stab wounds in Plaistow, east London,
#: on Tuesday) and died at the scene", "(was taken to hospital with stab wounds) but later died"
_THEN_DIED = re.compile(r"(?:(?!\b(?:and|but|who|while|when|after|as|where|said|says)\b)(?:\d[.:]\d|[^.;:]))*?\s(?:and|but)\s+"
                        r"(?:(?:later|then|subsequently|soon|sadly)\s+)?(?:died|succumbed|passed\s+away|"
                        r"was\s+(?:later\s+|then\s+)?(?:pronounced|declared|confirmed)\s+dead)\b", re.I)
#: After a person taken or left in hospital: a death told later in the sentence ("..., where she died"): not one hurt
_DEATH_LATER_IN_SENTENCE = re.compile(r"\b(?:died|dies|dead|succumbed|pronounced|passed\s+away)\b", re.I)
_AND_TOOK_TO_HOSPITAL = re.compile(
    r"\s*,?\s+and\s+(?:(?:later|then)\s+)?(?i:took|transported|rushed|airlifted|flew|drove|sent)\s+"
    r"(?P<np>(?i:one|another|a\s+(?:second|third|fourth|fifth)|(?P<n>two|three|four|five|\d{1,2}))"
    r"(?:\s+(?i:other|others|more|people|persons|victims?|men|women))?)"
    r"\s+to\s+(?i:a|an|the|area|local|two)\s+(?:[\w'’.-]+\s+){0,4}?(?i:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)\b")
"""After people found dead, others taken to hospital by the same subject: "Officers found two men dead and took a third
to a hospital", "found three people dead and transported one to the hospital" (rule ``coordinated``, injured)."""


def _dead_and_took_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'Deputies found two men dead and took a third to the hospital' -> one injured beside the two dead."""
    out = []
    low = scan_lower(sent)
    if low is not None and " to " not in low:
        return out
    for m in ms:
        if m.ctype != "killed" or not m.span_end:
            continue
        g = _AND_TOOK_TO_HOSPITAL.match(sent, m.span_end)
        if g is None or _DEATH_LATER_IN_SENTENCE.search(sent[g.end():]):
            continue
        x = _Mention(g.start("np"), g.end("np"), "number" if g.group("n") else "singular",
                     value=parse_number(g.group("n")) if g.group("n") else 1, np=g.group("np"))
        x.ctype, x.rule = "injured", "coordinated"
        x.extra["noun"] = x.np
        x.span_start, x.span_end = x.start, g.end()
        out.append(x)
    return out


def _gapped_singular_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'A woman was killed and her husband critically injured' -> the husband, one injured; so is 'A boy is dead and his
    brother in a hospital' (or 'in critical condition')."""
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    for m in ms:
        if not (m.ctype and m.kind == "singular" and m.value == 1 and (m.rule or "").startswith("singular_")):
            continue
        g = _GAPPED_SING.match(sent, m.span_end)
        if g is None or any(a < g.end() and g.start("np") < b for a, b in covered):
            continue
        if g.group("v").lower().startswith("in") and _DEATH_LATER_IN_SENTENCE.search(sent[g.end():]):
            continue  # "... and his sister in the hospital, where she died": not one hurt
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
#: the noun of a killing before its victims ("the slayings of", "the deaths of")
_DEATHS_OF = re.compile(r"\b(?:slayings?|killings?|deaths?|murders?|homicides?)\s+of\b", re.I)
# a singular noun phrase opening its clause
_NP_OPENING_CLAUSE = (r"(?:\A|(?<=[,;:]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\band\s))"
                      r"(?P<np>(?:a|an|the|his|her|their|one|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)")
#: ... then the comma of a non-restrictive relative clause ("The boy, who")
_NP_BEFORE_WHO = re.compile(_NP_OPENING_CLAUSE + r"\s*,\s*\Z", re.I)
#: ... and the whole relative clause before the verb: "The teenager, who was shot twice, died"
_NP_BEFORE_RELATIVE = re.compile(_NP_OPENING_CLAUSE + r"\s*,\s*who\s+[^,;:()]{1,80},\s*\Z", re.I)
#: a numbered group before a non-restrictive relative clause: "hitting the two men, (who died on the spot)"
_NUMBERED_GROUP_BEFORE_WHO = re.compile(
    r"\b(?:the\s+)?(?P<np>(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:men|women|people|persons|boys|girls|teens|teenagers|victims|suspects|gunmen|robbers|attackers|officers|"
    r"children|brothers|sisters|friends|passengers))\s*,\s*\Z", re.I)
_BOTH_THEY_ALL = re.compile(r"\b(?:both|they|all)\b", re.I)
_NP_TOKEN = re.compile(r"[\w'’-]+")
_OF_SPLIT = re.compile(r"\s+of\s+")
_COORD_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_SHARED_ARTICLE = re.compile(r"(?i)(?:an?|the)\s")
_BARE_PERSON = re.compile(rf"(?i:{G.PERSON_SINGULAR})")


#: a singular subject and the opening of its relative clause: "A man who (led troopers ...)"
_SUBJECT_WHO = re.compile(r"\s*(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+who\b", re.I)


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
        if (v.group("aux") or "found").lower() == "found" and _DEATHS_OF.search(region):
            continue  # "the slayings of a teen and her 3-year-old son found shot": a reduced relative of the dead
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
        if ctype == "injured" and (_THEN_DIED.match(sent, ve) or _WHERE_DIED.match(sent, ve)):
            continue  # "was found with stab wounds in Plaistow ... and died at the scene": the dead, told by "died"
        if ctype in ("shot", "injured") and _DECEASED_SUBJ.search(region):
            ctype = "killed"  # "the deceased, a taxi driver, was shot in the head": the dead, whatever the verb says
        intrans = bool(v.group("died") or v.group("selfshot") or v.group("suffered") or v.group("hosp"))
        aux = _WHITESPACE.sub(" ", (v.group("aux") or "").lower())
        plural = aux in ("were", "have been", "are")
        if plural and re.search(r"\bto\s*\Z", region):  # "was reported to have been killed"
            lw = re.findall(r"\b(was|were|is|are)\b", region, re.I)
            plural = bool(lw) and lw[-1].lower() in ("were", "are")
            region = re.sub(r"(?:\s*\b(?:was|were|is|are)\b.*)\Z", "", region, flags=re.I | re.S)
        # (the dead, and people wounded or injured: "Jo Roe, 20, and Al Poe, 19, were wounded"; people only "shot" in
        # such a list are left to the figures of the injured: they may be the dead told in the next sentence)
        nl = (_NAMES_AGES.search(sent, 0, vs) if ctype in ("killed", "injured") and not region.strip()
              and (plural or v.group("died")) else None)
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
        if inner and (rel := _SUBJECT_WHO.match(region)) is not None and aux in ("was", "has been", "is"):
            # "A man who led troopers on a chase through two counties was shot": a number inside the subject's
            # relative clause is not one of a list of victims
            inner = [m for m in inner if m.start < bound + rel.end()]
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
        if not plural and not subj_head and (region.strip().lower() == "who" and not intrans_ or not region.strip()):
            npm = (_NP_BEFORE_WHO if region.strip() else _NP_BEFORE_RELATIVE).search(sent, 0, bound)
            if npm and not _PLURAL_HEAD.search(npm.group("np")):
                # "The boy, who was shot in the leg, was treated", "The teenager, who was shot twice, died": the
                # person of the relative clause and of the verb after it is the noun before the clause's comma
                # (the relative clause of "who suffered" / "who was taken to" is left to the verb after it)
                bound, region = npm.start("np"), sent[npm.start("np"):vs]
                subj = subj_head = npm.group("np").strip()
        if not plural and not subj_head and region.strip().lower() == "who" and (
                gm := _NUMBERED_GROUP_BEFORE_WHO.search(sent, 0, bound)) and (n := parse_number(gm.group("n"))):
            # "Officers returned fire, hitting the two men, who died on the spot": the group of the relative clause
            mm = _Mention(gm.start("np"), ve, "number", value=n)
            mm.ctype, mm.rule, mm.np = ctype, "passive_after", gm.group("np")
            mm.extra["noun"] = gm.group("np")
            mm.span_start, mm.span_end = mm.start, ve
            out.append(mm)
            continue
        bm = _BOTH_SUBJ.fullmatch(subj_head) if ctype in _HURT or ctype == "killed" else None
        if bm:
            # "Both suffered minor injuries", "Both victims were taken to a hospital", "All three are expected to
            # recover": the group hurt, two (or the number said) people; so are "Both died at the scene" dead
            mm = _Mention(bound + (len(region) - len(region.lstrip())), ve, "number",
                          value=parse_number(bm.group("n")) if bm.group("n") else 2)
            mm.ctype, mm.rule, mm.np = ctype, ("singular_hospital" if v.group("hosp") else "singular_passive"), subj
            mm.extra["noun"] = subj
            mm.span_start, mm.span_end = mm.start, ve
            out.append(mm)
            continue
        if intrans and ((not subj_head and not v.group("died")) or (_PLURAL_HEAD.search(subj_head) and not re.search(r"\b(?:he|she)\Z", subj_head, re.I)
                                                                      and not _NAME_SUBJ.fullmatch(subj_head)
                                                                      and not _surname_alone(subj_head)
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
            if parts and all(_non_person(_head(p)) for p in parts):
                continue  # "A parked car and the front door of a home were also hit by bullets": things, not people
            if re.match(r"(?i)both\b", subj) and len(parts) == 1:
                n = 2  # "Both passengers were injured"
            elif len(parts) < 2 or not all((_SING_START.match(p) or (i and _SHARED_ARTICLE.match(parts[0])
                                                                      and _BARE_PERSON.fullmatch(p)))
                                           and not _PLURAL_HEAD.search(p) for i, p in enumerate(parts)):
                continue  # (one article may serve the whole list: "A man, woman and boy were wounded": 3)
            else:
                n = len(parts)
                if any(_year_old(p) for p in parts) or _child_beside_adult(parts):
                    # one victim per part, each with its age: "An 8-year-old boy, a 9-year-old boy and a girl";
                    # a child beside adults is one child, not a group of children: "a man and a child"; each part
                    # keeps its own age or none ("A woman, her 8-year-old son and ...": the woman is not 8)
                    out += _one_victim_per_part(sent, parts, bound, ve, ctype, "coordinated", list_part=True)
                    continue
        else:
            # the head before a relative clause ("A woman who tried to separate them suffered a cut": not "them")
            head_word = (subj_head or subj).split()[-1] if (subj_head or subj).split() else ""
            if head_word and _PLURAL_HEAD.search(head_word) and not re.search(r"(?:ss|us|is)\Z", head_word):
                # "the attackers was"? only plural subjects with a singular verb are odd: skip the obviously plural
                if re.fullmatch(r"(?:they|them|those|these|others|people|men|women|children)", head_word, re.I):
                    continue
            last = [w for w in _NP_TOKEN.findall(_OF_SPLIT.split(_head(subj_head))[0]) if w.lower() not in ("also", "then")
                    and not w.lower().endswith("ly")]
            if (last and _NON_PERSON_NP.fullmatch(last[-1]) and not v.group("died")
                    and not (v.group("kill") and re.fullmatch(r"(?i)bomber", last[-1])
                             and not re.match(r"(?i)shot\s+down", v.group("kill")))):  # "The bomber was also killed"
                continue  # "a nearby garage was struck by gunfire", "the car was hit": not a person
            n = 2 if re.search(r"\bcouple\b", subj, re.I) else 1
            if subj.strip().isdigit() and 1 < int(subj) < 1000:
                n = int(subj)  # a headline's bare figure before a verb without its auxiliary: "2 Found Dead"
            hparts = [p.strip() for p in _COORD_SPLIT.split(subj) if p.strip()]
            if (v.group("hosp") and " and " in subj and subj_head == subj and len(hparts) >= 2
                    and (any((_age_value(a) or 99) < 18 for a in _YEAR_OLD.finditer(subj))
                         # ("A woman and a teenage boy were taken to ...": a minor by his word beside an adult)
                         or _child_beside_adult(hparts))
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
                    if not _YEAR_OLD.search(subj) and _child_beside_adult(parts):
                        # "A woman and a teenage boy were taken to a hospital with gunshot wounds": a minor by his word
                        # beside an adult, one victim each (not two boys)
                        rule = ("singular_died" if v.group("died") else "singular_hospital" if v.group("hosp")
                                else "singular_passive")
                        out += _one_victim_per_part(sent, parts, bound, ve, ctype, rule, list_part=True)
                        continue
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
            pm = re.search(r",\s*(?:aged\s+)?(\d{1,2})\s*,?\s*\Z", sent[:vs]) if not subj.strip().isdigit() else None
            # or "aged" right after the noun: "A boy aged 17 is in a serious but stable condition"
            pm = pm or re.search(r"(?i)\b(?:an?|the|another)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+aged\s+(\d{1,2})\s*\Z", subj)
            if pm:
                mm.age = int(pm.group(1))
            elif v.group("died") and not subj and last_verb_end and (
                    sm := _DIED_AFTER_OWN_VERB.match(sent[last_verb_end:vs])):
                # "The 16-year-old was taken to hospital but died": the subject of the verb before, and its age
                first = next((x for x in _finditer(_SING_VERB, _SING_VERB_GATE, sent)), None)
                ages = list(_YEAR_OLD.finditer(sent, 0, first.start())) if first is not None else []
                if len(ages) == 1 and not _CLAUSE_BOUNDARY.search(sent, ages[0].end(), first.start()):
                    mm.age = _age_value(ages[0])
        mm.additive = bool(re.match(r"(?i)another\b", subj)) or bool(
            ctype in _HURT and (_KIN_ALSO_SUBJ.fullmatch(subj) or _ADULT_ALSO_SUBJ.fullmatch(subj))
            and re.search(r"(?i)\balso\b", v.group(0)))
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
    r"beat\s+to\s+death|(?:shooting|stabbing|beating)\s+to\s+death|strangled|lynched|abducted\s+and\s+killed|kidnapped\s+and\s+killed|"
    r"(?i:(?:shooting\s+|stabbing\s+)?deaths?\s+of|(?:death|homicide)\s+investigation\s+of|(?<!attempted\s)murders?\s+of|"
    r"(?<!attempted\s)killings?\s+of|slayings?\s+of|(?:fatal|deadly)\s+shooting\s+of|"
    # both people of a murder-suicide are dead: "the murder-suicide of a woman and her 6-year-old granddaughter"
    r"murder[- ]suicides?\s+of|"
    r"(?:claimed|claiming|claims|took|taking|takes)\s+the\s+life\s+of)|"
    r"(?P<inj>(?:shooting\s+and\s+)?wounding\s+of|wounded|wounding|injured|injuring|hurt|hurting)|"
    r"(?P<shot>(?i:(?:accidental\s+|non-?fatal\s+)?shooting\s+of|hitting|striking|shoots)))\s+"
    r"(?P<yo>(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\s+)?"
    r"(?P<obj>(?(yo)(?i:" + G.PERSON_SINGULAR + "|" + G.KIN + r")\b|(?!))|(?i:another|himself|herself)\b|(?i:a|an|his|her|their)\s+[\w'’-]+(?:\s+(?!(?i:(?:and|or)\s+(?:his|her|their|a|an|the)\b))[\w'’-]+){0,3}|"
    # a title before a name, without a determiner: "killed activist Jo Roe", "the killing of Kenyan lawyer Jo Roe"
    # a name, not a headline's capitalized preposition ("3 Teen Boys Shot, Wounded In Marquette Park")
    + _TITLE_NAME + r"|(?!" + G.TITLE_CASE_PREPOSITION + r"\s)(?:Mr\.?\s+|Mrs\.?\s+)?[A-Z](?:[a-z]|['’][A-Z])[\w'’.-]*"
    r"(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+){1,3}|him|her)\b")


_LEFT_ONE_NP = r"(?i:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
_LEFT_DEAD = re.compile(
    r"\b(?i:left|leaving|leaves|found|finds|find|discovered|discover|located|pronounced|declared)\s+(?P<obj>"
    # a list of single victims: "left the man, his former boss and a former coworker dead"
    rf"{_LEFT_ONE_NP}(?:,\s+{_LEFT_ONE_NP}){{0,4}},?\s+and\s+{_LEFT_ONE_NP}|"
    r"(?i:an?|one|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+|(?:\d{1,3}|[a-z]+)-year-old\s+[\w'’-]+|(?i:him|her))\s+"
    # police reports write "deceased": "deputies located a 35-year-old female deceased inside the home" (an adjective
    # after its determiner names the next noun: "located a gun near the deceased man")
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?i:(?:brain[- ])?dead|deceased)\b")
"""A victim left, found, pronounced or declared dead: "left a man dead", "found her dead", "doctors declared the boy
brain dead" (a victim declared brain dead is counted among the dead)."""
_TO_DEATH_SING = re.compile(
    rf"\b(?i:{_TO_DEATH_VERBS})\s+(?P<obj>(?i:an?|the|his|her|their|one)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+|(?:(?:\d{{1,3}}|[a-z]+)-year-old\s+)?"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+|(?i:him|her))\s+(?i:to\s+death)\b")
"""A victim a violent verb killed, told with its object before "to death": "beat a man to death"."""
_ANIMAL = re.compile(r"\b(?:dog|puppy|cat|kitten|horse|cow|goat|sheep|pig|animal|snake|bird|chicken|rat)\b", re.I)


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


_REDUCED_RELATIVE = re.compile(
    r"\b(?i:the|a|an)\s+(?P<obj>(?:(?:\d{1,3}|[a-z]+)-(?:year|month)-old\s+)?"
    r"(?:(?!(?i:first|second|third|fourth|fifth|last|latest|only|other|next|\d+(?:st|nd|rd|th))\b)[\w'’-]+\s+){0,2}?"
    r"(?i:" + G.PERSON_SINGULAR + "|" + G.KIN + r"|teen|teenager|juvenile))"
    r"\s+(?i:(?:fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death)|killed|gunned\s+down|stabbed\s+to\s+death))"
    r"\s+(?=(?i:by|during|when|while|outside|inside)\b|(?i:in|at)\s+(?i:a|an|the|his|her|their)\b)")
"""A victim named by a reduced relative clause, a participle of death after the noun and before its agent, scene or
time: "said goodbye to a 72-year-old grandmother killed by a stray bullet", "the family of a man shot and killed by
police", "the woman shot to death in her home" (one killed; not an ordinal's "the first officer killed in the line of
duty since 1988", a statistic; an active "the man killed his wife" has no preposition after the verb)."""


# first words of _ACTIVE_SING ("non" also starts "nonfatal"; "claimed / took the life of")
_ACTIVE_SING_GATE = None if not _same(_ACTIVE_SING, "7e1c86d651b0ca9f") else _gate(
    "killed", "kill", "kills", "killing", "murdered", "murdering", "assassinated", "assassinating", "executed", "executing",
    "beheaded", "beheading", "shot", "gunned", "stabbed", "hacked", "beat", "beating", "strangled", "lynched", "abducted",
    "kidnapped", "shooting", "shoots", "stabbing", "death", "deaths", "homicide", "murder", "murders", "slaying", "slayings",
    "killings", "fatal", "deadly", "wounded", "wounding",
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
    elif ("dead" in low or "deceased" in low) and ("find" in low or "found" in low or "discover" in low
                                                   or "locate" in low or "pronounced" in low or "declared" in low):
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
_OBJ_AND_FIGURE = re.compile(r"\s+and\s+(?=(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten)\b))")
"""Inside a singular object, the start of a figure that shares its verb: "killed his wife| and |two of her friends"."""
_OBJ_NAME_AGE = (r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})),\s*(?P<age>\d{1,2})\b"
                 r"(?!\s*(?:%|-|(?i:percent|years?|months?|weeks?|days?|hours?|minutes?)\b))")
_OBJ_NAMES_AGES = re.compile(
    rf"{(_one := _OBJ_NAME_AGE.replace('?P<name>', '').replace('?P<age>', ''))}(?:\s*,\s*(?:and\s+)?{_one}){{0,5}}"
    r"(?=\s*[,.;]|\s*\Z|\s+(?-i:[a-z]))")
_OBJ_NAME_AGE_ITEM = re.compile(_OBJ_NAME_AGE)
"""A deadly verb's object named with an age after each name: "the deaths of Jo Roe, 22, and Al Poe, 25" (one victim
per name, each with its own age), "the death of Jo Roe, 33." (the age is the victim's)."""
_PLURAL_DEATHS = re.compile(r"(?i)(?:deaths|killings|murders|slayings)\s+of\s")
"""A plural noun of deaths: its object is more than one person ("the deaths of his parents": no count of people)."""
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


#: a later verb whose object "them" is the people of an earlier verb's object: "dragged eight passengers off and shot
#: them dead", "abducted 12 villagers and killed them", "seized five men and executed them"
_VERB_THEM = re.compile(
    r"\b(?P<verb>killed|killing|executed|executing|beheaded|beheading|murdered|murdering|massacred|slaughtered|"
    r"hacked|shot|shooting|wounded|wounding|injured|injuring)\s+(?:all\s+(?:of\s+)?|each\s+of\s+|both\s+of\s+)?them\b"
    r"(?P<fate>\s+(?:dead|to\s+death))?", re.I)
_THEM_KILL_VERBS = ("kill", "execut", "behead", "murder", "massacre", "slaughter")
#: the people such an object names, after its number: "eight passengers", "12 Christian villagers"
_THEM_PEOPLE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|men|women|villagers|passengers|civilians|worshippers|farmers|miners|"
    r"workers|students|pupils|children|boys|girls|teenagers|teens|youths|residents|travell?ers|traders|herders|"
    r"fishermen|soldiers|policemen|officers|guards|hostages|captives|prisoners|detainees|relatives|tourists|motorists|"
    r"drivers|pilgrims|christians|muslims|hindus|members)\b", re.I)


def _type_them_objects(sent: str, ms: list[_Mention]) -> None:
    """The number of people an earlier verb took ("dragged eight passengers off and shot them dead") is the figure of
    the later verb whose object is "them" (rule ``them_after``): killed by a killing verb or "shot them dead", hurt by
    "wounded them", shot by "shot them" (hurt unless killed). Only the nearest untyped number of people before the
    verb, with no figure between them and at most 120 characters apart."""
    if " them" not in sent:
        return
    for v in _VERB_THEM.finditer(sent):
        if any(m.ctype and min(m.start, m.span_start) <= v.start() < max(m.end, m.span_end) for m in ms):
            continue  # read already ("killing five of them" is a figure of its own)
        prior = [m for m in ms if m.kind == "number" and not m.ctype and (m.value or 0) >= 2 and m.end <= v.start()
                 and v.start() - m.end <= 120 and _THEM_PEOPLE.match(sent, m.end)]
        if not prior:
            continue
        m = prior[-1]
        if any(x.ctype and m.end <= x.start < v.start() for x in ms):
            continue  # another figure between them owns "them"
        m.np = m.np or _THEM_PEOPLE.match(sent, m.end).group(0).strip()
        verb = v.group("verb").lower()
        m.ctype = ("killed" if verb.startswith(_THEM_KILL_VERBS) or v.group("fate")
                   else "injured" if verb.startswith(("wound", "injur")) else "shot")
        m.rule, m.span_start, m.span_end = "them_after", m.start, v.end()


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


_CLAUSE_IN_OBJECT = re.compile(r"\b(?:and|but|or)\s+(?:was|were|is|are|had|has|not|never)\b|\b(?:not|never)\b", re.I)


def _left_items(obj: str) -> list[str]:
    """The people of a list left dead: "the man, his former boss and a former coworker" -> three."""
    return [p for p in _COORD_SPLIT.split(obj) if p.strip()]


#: a capitalized name that ends in a street's or a road's word: a place, never a person
_STREET_OBJECT = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Parkway|Highway|"
    r"Expressway|Freeway)"
    # ... followed by no noun it modifies ("struck Main Street resident Jo Roe" is a person)
    r"(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:twice|again|once|on|in|at|near|and|overnight|late|early|during|this|last|for|with|"
    r"from|between|around|several|multiple|two|three|four|homes?|houses?|buildings?|apartments?|businesses|stores?|"
    r"cars?|vehicles?)\b)")


def _active_singular_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """'Gunmen killed Nelson García', 'executed him', 'IS militants kill a fortune-teller' -> 1 killed."""
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    for v in (_finditer(_ACTIVE_SING, _ACTIVE_SING_GATE, sent) + _left_or_body(sent)
              + (list(_RESULT_DEATH.finditer(sent)) if "death of the" in sent else [])
              + (list(_SLAIN_NP.finditer(sent)) if (low := scan_lower(sent)) is None or "slain" in low else [])
              + (list(_REDUCED_RELATIVE.finditer(sent)) if low is None or "killed " in low or "shot " in low
                 or "gunned " in low or "stabbed " in low else [])):
        vend, obj = v.end(), v.group("obj")
        if v.re is _ACTIVE_SING and (cut := _OBJ_THEN_VERB.search(obj)):
            vend, obj = v.start("obj") + cut.start(), obj[:cut.start()]  # "killed a Palestinian and wounded 59"
        more = None
        if v.re is _ACTIVE_SING and (cut := _OBJ_AND_FIGURE.search(obj)):
            # "killed his ex-wife and two of her friends": the object ends before "and", the figure after it shares the verb
            more = next((m for m in ms if m.start == v.start("obj") + cut.end() and m.kind != "singular"), None)
            if more is not None:  # "killed his ex-wife and two neighbors were wounded": the object ends there too
                vend, obj = v.start("obj") + cut.start(), obj[:cut.start()]
                if more.ctype or more.rule in ("not_casualty", "attacker_subject"):
                    more = None
        if any(a <= v.start() < b or a < vend <= b for a, b in covered):
            continue
        if any(m.start >= v.start("obj") and m.start < vend and m.kind != "singular" and m.rule != "not_casualty" for m in ms):
            continue
        if v.re is _LEFT_DEAD and not re.match(r"(?i)lea?[fv]", v.group(0)) and any(m.ctype == "killed" for m in ms):
            continue  # "found a woman dead" beside a death the sentence tells already: the same
        if v.re in (_LEFT_HURT, _LEFT_DEAD) and _CLAUSE_IN_OBJECT.search(obj):
            continue  # "left the scene and was not injured": a clause, not a victim left hurt
        if v.re is _LEFT_WITH_HURT and any(m.ctype in _HURT and m.kind != "singular" for m in ms):
            continue  # "two men were shot; it left the younger man with serious injuries": one of them
        if re.match(r"(?i)an?\s+(?:total|number|dozen|few|handful|family|group|lot|score)\b", obj):
            continue
        if (v.re is _ACTIVE_SING and not obj[0].isupper() and _PLURAL_DEATHS.match(v.group(0))
                and _PLURAL_HEAD.search(re.split(r",|\s+and\s", _head(obj), 1)[0].strip())):
            continue  # "the deaths of his parents": a group, no count of people
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
        if _STREET_OBJECT.match(sent, v.start("obj")):
            continue  # "The weekend gun violence struck Chalmers Street twice": a street, no person
        mm = _Mention(v.start(), vend, "singular", value=1, np=obj)
        mm.ctype, mm.rule = ("injured" if "inj" in v.re.groupindex and v.group("inj")
                             else "shot" if "shot" in v.re.groupindex and v.group("shot") else "killed"), "singular_active"
        if v.re is _REDUCED_RELATIVE:
            mm.rule = "singular_reduced"  # a passive told without its auxiliary, not an act of the sentence's subject
        if mm.ctype != "killed" and re.search(r"(?i)\b(?:fatally|mortally)\s+\Z", sent[max(0, v.start() - 12):v.start()]):
            mm.ctype = "killed"  # "fatally wounding his brother"
        elif mm.ctype == "shot" and _MURDER_BEFORE.search(sent, max(0, v.start() - 160), v.start()):
            mm.ctype = "killed"  # "charged with murder in the shooting of a teen": a murder charge tells a death
        if more is not None:
            fm = _FOLLOW_NP.match(sent[more.end:more.end + 120])
            np2 = (fm.group("np") if fm else "").strip()
            if not (_OWN_PREDICATE.match(sent, more.end) or _non_person(_head(np2))):
                more.ctype, more.rule, more.np = mm.ctype, "coordinated", np2
                more.span_start, more.span_end = more.start, more.end
                mm.extra["and_figure"] = more  # one more victim beside that figure, not a restatement of it
        am = _year_old(v.group(0))
        if am:
            mm.age = _age_value(am)
        mm.extra["noun"] = obj
        if (v.re is _ACTIVE_SING and obj.lower() == "another" and v.group(0).lower().startswith("death")
                and _RESULT_IN_BEFORE.search(sent, max(0, v.start() - 40), v.start())):
            mm.additive = True  # "a second ambulance was hit, resulting in the death of another paramedic": one more
        if v.re is _LEFT_DEAD and "," in obj and any(_PLURAL_HEAD.search(p.split()[-1]) for p in _left_items(obj)):
            continue  # "left a man, his wife and their children dead": a group among them, no count of people
        mm.span_start, mm.span_end = v.start(), vend
        out.append(mm)
        if v.re is _LEFT_DEAD and re.search(r"\s+and\s+(?:an?\s+)?\w", obj):
            # "left a man and woman dead"; a list, one victim per item: "left a woman, her son and a neighbor dead"
            mm.value, mm.kind = max(2, len(_left_items(obj))), "number"
            parts = _left_items(obj)
            if len(parts) > 1 and any(_year_old(p) or G.CHILD_NOUN.search(p) for p in parts):
                # each with its own age or child's word: "located a 35-year-old female and a 12-year-old male
                # deceased", "found the man and the little girl dead" (one child, not two)
                each = _one_victim_per_part(sent, parts, v.start("obj"), vend, mm.ctype, "coordinated",
                                            own_age_only=True)
                mm.value, mm.kind, mm.age, mm.np = 1, "singular", each[0].age, parts[0]
                mm.extra["noun"], mm.extra["own_age_only"] = parts[0], True
                for x in each[1:]:
                    x.span_start, x.span_end = x.start, x.end
                out += each[1:]
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
        if v.re is _ACTIVE_SING and mm.ctype == "killed" and obj[0].isupper() and (
                na := _OBJ_NAMES_AGES.match(sent, v.start("obj"))):
            # "the deaths of Jo Roe, 22, and Al Poe, 25": one victim per name, each with the age after it
            for i, x0 in enumerate(_OBJ_NAME_AGE_ITEM.finditer(sent, na.start(), na.end())):
                x = mm if i == 0 else _Mention(x0.start(), x0.end(), "singular", value=1, np=x0.group("name"))
                x.age = int(x0.group("age"))
                x.np = x.extra["noun"] = x0.group("name")
                x.extra["own_age_only"] = True
                if i:
                    x.ctype, x.rule = mm.ctype, "coordinated"
                    x.span_start, x.span_end = x.start, x.end
                    out.append(x)
            continue
        after = vend
        cut = re.search(r"\s+and\s+", obj) if v.re is _ACTIVE_SING and mm.ctype in ("killed", "injured", "shot") else None
        if cut and _AND_PERSON.match(sent, v.start("obj") + cut.start()) and not _TITLE_NAME_RX.fullmatch(obj):
            # "shot and killed his ex-wife and her boyfriend": the object ends before "and", the next is another
            after = v.start("obj") + cut.start()
            mm.np = mm.extra["noun"] = obj[:cut.start()]
            # the first victim's own span and age, not the next one's ("the slayings of a woman and her 3-year-old son")
            mm.end = mm.span_end = min(mm.end, after)
            am = _year_old(sent[v.start():after])
            mm.age = _age_value(am) if am else None
        chain = _PERSON_LIST.match(sent, after) if v.re is _ACTIVE_SING and mm.ctype in ("killed", "injured", "shot") else None
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
    r"(?:\b(?:before|then|after\s+which\s+(?:he|she))\s+|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?"
    # the killer named as the agent: "was chopped to death by her common-law husband who later took his own life"
    r"|\bwho\s+(?:later|then|subsequently)\s+"
    # the killer named again before his verb: "before he shot himself", "before the husband killed himself"
    r"|\bbefore\s+(?:he|she|the\s+(?:[a-z]+\s+)?[a-z]+|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?:then\s+)?)"
    r"(?:(?:fatally\s+)?(?:killing|killed|kills|kill|shooting|shot|shoots|shoot)\s+(?P<r1>(?:him|her)self)"
    rf"|(?:turning|turned|turns|turn|using|used|uses)\s+(?:the|a|his|her)\s+{_FIREARM}"
    # a headline leaves the possessive out: "before taking own life"
    r"\s+on\s+(?P<r2>(?:him|her)self)|taking\s+(?:(?:his|her)\s+)?own\s+life|took\s+(?:(?:his|her)\s+)?own\s+life"
    # a headline's bare "self" after the victims: "Gunman kills 5, self at Ohio plant"
    r"|(?<=,\s)(?P<r4>self)(?=\s*(?:[,.;:]|$|\s+(?:at|in|on|near|after|inside|outside)\b))"
    r"|(?P<r3>(?:him|her)self)(?=\s*(?:[,.;:]|$|\s+(?:on|in|inside|outside|at|near|behind|during|as|when|while|before|with|after|early|late|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)))",
    re.I)
"""The killer's own death after others he killed: "killed his wife and then himself", "killed his nephew
before turning a rifle on himself", "killed a neighbor, then took his own life", "shot his wife before he shot
himself" (rule ``self_after``)."""
_SELF_NOT_DEAD = re.compile(r"\b(?:survived|critical|serious|stable|hospitali[sz]ed|wounded|injured|hurt|expected\s+to\s+live|"
                            r"(?:tried|attempted|attempting|trying|threatened|threatening)\s+to)\b", re.I)


_OWN_DEATH_WORDS = re.compile(r"self\b|own\s+life", re.I)
_FATAL_SELF = re.compile(r"\b(?:fatally|kill(?:ing|ed|s)?|took|taking)\b", re.I)  # a self-harm told as his death


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
        own = [m for m in ms if m.ctype == "killed" and m.span_start < v.end() and v.start() < m.span_end
               and _OWN_DEATH_WORDS.search(sent[m.span_start:m.span_end])]
        dead = [m for m in ms if m.ctype == "killed" and m.span_start < v.start() and m not in own
                and not _OWN_DEATH_WORDS.search((m.np or "") + " " + str(m.extra.get("noun") or ""))
                and not re.search(r"[.;]|\b(?:but|said|says|after|when|while)\b",
                                  sent[min(m.span_end, v.start()):v.start()], re.I)]
        if own:
            if own[0].kind == "singular" and own[0].rule == "singular_active":
                # "killed four people before killing himself": read as his own, one more; "shot his girlfriend and then
                # killed himself": his own death, not hers (she was shot: hurt unless the text says she died)
                own[0].rule = "self_after" if dead else "self_own"
            continue  # already read as his own death
        if not dead and _FATAL_SELF.search(v.group(0)):
            # "shot and wounded his wife before fatally shooting himself": his death is told, after people he hurt
            dead = [m for m in ms if m.ctype in ("injured", "shot") and m.span_start < v.start()
                    and not re.search(r"[.;]|\b(?:but|said|says|after|when|while)\b",
                                      sent[min(m.span_end, v.start()):v.start()], re.I)]
        if not dead or any(m.ctype == "killed" and m.span_start >= v.end() for m in ms):
            continue
        out.append(_self_mention(v, "self_after"))
        break
    if not out and (km := _KILLER_SUBJECT.search(sent)):
        # the killer named by his deed, then his own death: "The man suspected of killing 18 people at a bowling alley
        # ... was found dead of an apparent self-inflicted gunshot wound"
        v = _SELF_OWN.search(sent, km.end())
        if v and not _SELF_NOT_DEAD.search(sent, v.end(), min(len(sent), v.end() + 60)) and any(
                m.ctype == "killed" and km.end() <= m.start < v.start() and m.kind != "singular" for m in ms):
            out.append(_self_mention(v, "self_after"))
    if not out and not any(m.ctype == "killed" for m in ms):
        v = _SELF_OWN.search(sent)
        if v and not _SELF_NOT_DEAD.search(sent) and not _ACCIDENT.search(sent):
            out.append(_self_mention(v, "self_own"))
    return out


#: the killer named by his deed before his own death: "The man suspected of killing 18 people", "The gunman who killed"
_KILLER_SUBJECT = re.compile(r"(?:\A|[—–]\s*|\s-\s+)\W*(?:\w+\s+){0,3}?(?:man|woman|gunman|shooter|suspect|attacker|killer|teen|person)\s+"
                             r"(?:(?:suspected|accused)\s+of\s+(?:killing|shooting|murdering)|who\s+(?:killed|shot|murdered))\b",
                             re.I)
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
#: a person told by a pronoun alone ("He died at the scene", "he was taken to ..."), matched where its figure starts
_HE_OR_SHE = re.compile(r"(?:he|she)\b", re.I)
#: "Both were pronounced dead" after "shot his wife and then killed himself": the two of them (not "Both boys died")
_BOTH_OF_THEM = re.compile(r"\b(?:both|the\s+two|the\s+couple)\b(?!\s+(?:of\s+(?:the|his|her)\s+)?(?:victims|boys|girls|"
                           r"children|kids|sons|daughters|women|men|brothers|sisters|teens|students|officers)\b)", re.I)


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


def _deaths_by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[Claim]]:
    """The article's counted deaths (figures of their own, not zero), by the field and sentence that tell them."""
    by_sent: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.casualty_type == "killed" and c.counts and (c.count_point or 0) > 0:
            by_sent.setdefault((c.evidence_field, c.sentence_start), []).append(c)
    return by_sent


def _self_death_apart(text: str, claims: list[Claim]) -> None:
    """The killer's own death told in a sentence of its own ("The gunman killed two neighbors. He then
    turned the gun on himself"): he is not one of the people he killed, so his death is added to the
    largest sentence total (rule suffix '/another'), once, when the article's other deaths are of other
    people and no sentence tells his death together with theirs (see docs/conventions.md, "Who is counted")."""
    by_sent = _deaths_by_sentence(claims)
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
    def him_again(k: tuple[str, int]) -> bool:  # "... then turned the gun on himself. He died at the scene"
        cs = by_sent[k]
        return (k > mine[0] and len(cs) == 1 and cs[0].count_point == 1
                and _HE_OR_SHE.match(cs[0].evidence_text, cs[0].char_start - cs[0].sentence_start) is not None)
    others = [k for k, cs in by_sent.items() if k not in mine and not self_only(cs) and not him_again(k)]
    # without a murder-suicide told, "then" alone needs a killing of someone else ("killed two neighbors"), not a
    # death that may be his own ("A man was found dead ... he then shot himself")
    if not told() and not any(_by_active_verb(c) for k in others for c in by_sent[k]):
        return

    def may_hold_him(k: tuple[str, int]) -> bool:  # a figure read from an active verb ("killed five") is his victims'
        cs = by_sent[k]
        sent = cs[0].evidence_text
        return not any(_by_active_verb(c) for c in cs) and (
            _HIM_WITH.search(sent) is not None
            # "Both were pronounced dead" after his death's sentence (not "The children were ... Both died" before it)
            or (k > mine[0] and _BOTH_OF_THEM.search(sent) is not None) or (
            _MURDER_SUICIDE.search(sent) is not None and sum(c.count_point or 0 for c in cs) >= 2))
    if not mine or not others or any(may_hold_him(k) for k in others):
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
    by_sent = _deaths_by_sentence(claims)
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
    rf"\s+by\s+(?:the\s+|an?\s+)?(?:\w+\s+){{0,2}}{_POLICE}|(?:the\s+)?{_POLICE}\s+(?:fatally\s+shot|shot\s+and\s+killed|shot\s+dead|killed|"
    rf"gunned\s+down)\s+(?:him|her)"
    # "before police shot him dead"
    rf"|(?:the\s+)?{_POLICE}\s+shot\s+(?:him|her)\s+dead"
    # with no agent, in a headline or at a clause's end: "Thai soldier kills 26 in mall rampage before being shot dead"
    rf"|being\s+(?:fatally\s+shot|shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down)(?=\s*(?:[.,;:]|\Z)))\b", re.I)
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
            if m.value == 1 and (m.np or "").strip().lower() in ("him", "her", "he", "she"):
                # "... before police killed him", "... before he was shot dead by police": the attacker, not a victim
                m.rule, m.extra["noun"] = "police_after", "the gunman"
        if not here:
            return [_self_victim(v.start(), v.end(), "killed", "police_after", noun="the gunman")]
    return []


#: a police release's headed victim line: "VICTIM 1: 22-year-old male, GSW to the chest, pronounced deceased at the
#: scene"
_VICTIM_LINE = re.compile(
    r"\b(?:VICTIM|Victim)\s*#?\s*\d{1,2}\s*[:–-]\s*(?:(?P<age>\d{1,3})[- ](?P<unit>year|month)s?[- ]old\s+)?"
    r"(?P<noun>(?:adult\s+|juvenile\s+)?(?:male|female)|man|woman|boy|girl|juvenile)\b(?P<rest>[^.;]*)", re.I)
_LINE_DEAD = re.compile(r"\b(?:deceased|dead|died|succumbed|fatal(?:ly)?)\b", re.I)
_LINE_HURT = re.compile(r"\b(?:GSW|gunshot|wounds?|graze[ds]?|injur(?:y|ies|ed)|stab(?:bed)?|shot|lacerations?|hospital|"
                        r"transported|treated)\b", re.I)


def _victim_line_pass(sent: str, ms: list[_Mention]) -> list[_Mention]:
    """Each headed victim line of a police release is one person, killed when the line tells a death, else hurt
    when it tells a wound or its care ("VICTIM 3: 17-year-old male, graze wound to the arm, treated on scene"). The
    lines are not added to one another: a release's other figures (its title's "One dead, two hurt") hold them."""
    if "ictim" not in sent and "ICTIM" not in sent:
        return []
    out = []
    covered = [(m.span_start, m.span_end) for m in ms if m.ctype]
    for v in _VICTIM_LINE.finditer(sent):
        if any(a <= v.start() < b for a, b in covered):
            continue
        rest = v.group("rest")
        ctype = "killed" if _LINE_DEAD.search(rest) else "injured" if _LINE_HURT.search(rest) else None
        if ctype is None:
            continue
        mm = _Mention(v.start("noun"), v.end("noun"), "singular", value=1, np=v.group("noun"))
        mm.ctype, mm.rule = ctype, "victim_line"
        mm.extra["noun"] = v.group("noun")
        if v.group("age"):
            mm.age = _in_years(int(v.group("age")), v.group("unit"))
        mm.extra["own_age_only"] = True
        mm.span_start, mm.span_end = v.start(), v.end()
        out.append(mm)
    return out


_AND_PERSON = re.compile(
    rf"\s+and\s+(?P<obj2>(?:(?i:a|an|his|her|their)\s+)?(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?"
    rf"(?:(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}})|(?i:{G.PERSON_SINGULAR}|{G.KIN}|{_COMPANION})))\b")
"""A second victim sharing an active verb: "killed his wife and a neighbor", "killed Jo Doe and 3-year-old Al Doe",
"shot dead a driver and his passenger"."""


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


#: what a bullet hits that is no person, after a place's name: "Birmingham home", "Elm Street church"
_BUILDING = r"(?i:homes?|houses?|apartments?|residences?|buildings?|cars?|vehicles?|stores?|business(?:es)?|churche?s?|schools?|bus|restaurants?|bars?)"
_GUNFIRE_HIT = re.compile(
    rf"\b(?P<verb>struck|striking|strikes|hit|hitting|hits|grazed|grazing|grazes)\s+(?P<obj>(?i:him|her)(?!\s+(?:{G.KIN}|own)\b)"
    rf"|(?i:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{G.PERSON_SINGULAR}|{G.KIN}|passenger|youngster|juvenile)"
    # one of a group: "A bullet grazed one of the officers"
    r"|(?i:one\s+of\s+the\s+(?:officers|deputies|troopers|agents|passengers|customers|guests|students|workers|employees))"
    # a name, not a place's before a building ("gunfire hits Birmingham home")
    rf"|(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){{0,2}})(?!\s+{_BUILDING}\b))\b"
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


_RANK_BEFORE_NAME = re.compile(r"(?:Sgt|Sergeant|Officer|Deputy|Det|Detective|Lt|Lieutenant|Cpl|Corporal|Trooper|Capt|"
                               r"Captain|Agent|Constable|Patrolman|Patrolwoman)\.?\s+[A-Z][a-z]")


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
    rf"(?:,\s+(?:\d{{1,3}},\s+)|\s+\(\d{{1,3}}\))?(?P<how>\s+(?:who\s+had\s+been\s+shot|(?:lying\s+\w+\s+(?:\w+\s+)?)?(?:suffering\s+(?:from\s+)?|with\s+)"
    rf"(?:a\s+|an\s+|multiple\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){{0,2}}?(?:gunshot|gun\s+shot|bullet|stab|knife)\s+wounds?"
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
                    or ((v.group("obj")[0].isupper() or v.group("obj").lower() in ("him", "her")) and not v.group("where")
                        and not _RANK_BEFORE_NAME.match(sent, v.start("obj")))):
                continue  # (a rank before a name is a person: "Giddings shot Sgt. Lee Jundt")
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
        if _STREET_OBJECT.match(sent, v.start("obj")):
            continue  # "The weekend gun violence struck Chalmers Street twice": a street, no person
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
        elif (v.re is _FOUND_WOUNDED and (pm := _AGE_PAREN.match(after_obj := sent[v.end("obj"):v.end("obj") + 12]))
              and "(" in pm.group(0) and after_obj[pm.end():].startswith(")")):
            mm.age = int(pm.group("age"))  # a police release's "a juvenile male (15)"
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


#: where a match of _LATER_DIED can start (in the lowercased text: scan.scan_lower): see _search_at
_LATER_DIED_STARTS = re.compile("later|died|succumbed") if _same(_LATER_DIED, "51a36313f6f1fa13") else None
