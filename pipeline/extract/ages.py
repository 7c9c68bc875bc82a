"""Ages: the ages an article gives its people ("a 4-year-old boy", "Jo Roe, 15,"), inherited by the
victims they name, and minors named with an age as victims of their own (``minor_victim``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract import grammar as G
from pipeline.extract.numbers import TENS, UNITS, parse_number
from pipeline.extract.scan import scan_lower
from pipeline.extract.claim import Claim
from pipeline.extract.sentences import _WORD_START, _match_if, _needs, _same, _search_if
from pipeline.extract.mentions import (_NOUN_OF_AGE, _OF_AGE_GATE,
    _AGENT_AGE_NEEDS, _Mention, _NON_PERSON_NP, _YEAR_OLD, _age_value, _in_years, _span,
)
from pipeline.extract.victims import _MURDER_BEFORE


@dataclass
class _Age:
    pos: int       # offset in the text; negative for the title
    age: int
    noun: str      # the word after "N-year-old" ("boy"), '' when none
    other: bool = False  # "another 4-year-old": never given to a victim named before it
    definite: bool = False  # "the 30-year-old (victim)": someone named before, which a victim without an age may be
    group: bool = False  # the first of a group's ages ("his three children, ages 2, 4 and 9")
    # "The man, 29," / "the 45-year-old man" beside a wound and no arrest (_victim_like): an adult's age that a victim
    # told before may take (other adult ages are never given)
    adult_ok: bool = False
    listed: tuple[int, ...] = ()  # a group's ages, all of them ("ages 15 and 17" -> (15, 17))
    # a person named with the age who is told as a victim in his own clause (_named_victim): "death", "hurt", "victim"
    named: str = ""
    # the name told with the age ("Jo Roe, 31," / "31-year-old Jo Roe" -> "jo roe"), '' for other forms
    person: str = ""


#: a headline's object without a determiner ("9-year-old found gun, shot brother"): a relative or companion
_BARE_OBJECT = (rf"{G.KIN}s?|friends?|classmates?|neighbou?rs?|playmates?|dad|mom|grandma|grandpa|stepfather|"
                r"stepmother")
_SHOOTER_AFTER = re.compile(
    r"\A(?:,?\s+(?!(?:was|were|is|are|had|has|been|when|while|after|before|as|and|but|because|then|until|where|said|says|"
    r"told|police|officers?|deputies)\b)[\w'’-]+){0,8}?,?\s+(?:allegedly\s+|accidentally\s+|apparently\s+)?"
    r"(?:shot|shoots|fired|killed|kills|wounded|struck)"
    r"\s+(?:and\s+(?:killed|wounded)\s+)?(?:his|her|their|a|an|the|him|them|another|(?-i:(?!(?:By|In|At|On|Near|During|After|"
    r"While|With|From|Into|Over|Outside|Inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Himself|Herself)\b)"
    rf"[A-Z][a-z]+)|\d|{_BARE_OBJECT})\b",
    re.I)
"""After an age mention: the person is the one who shot ("a 10-year-old shot his sister", "the 6-year-old
who found the gun under a bed shot his brother"), up to eight words away within the clause."""
# its verb: "shot", "shoots", "fired", "killed", "kills", "wounded", "struck"
_SHOOTER_AFTER_NEEDS = _needs(_SHOOTER_AFTER, "d83f5f3de5877dca", "shot", "shoots", "fired", "kill", "wounded", "struck")
_MALE = re.compile(r"\b(?:he|him|his|boy|son|man|male|father|brother|husband|grandson|nephew|uncle|stepson)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|girl|daughter|woman|female|mother|sister|wife|granddaughter|niece|aunt|stepdaughter)\b",
                     re.I)
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
        if _SUSPECT_AFTER.match(text, m.start("noun") if m.group("noun") else m.end()):
            shooters.add(_age_word(m))
            continue  # "16-year-old charged in killing of man", "a 17-year-old boy was arrested": a suspect
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
        n = _in_years(n, m.group("unit"))
        if _UNHURT_AFTER.match(text[m.end():m.end() + 80]):
            continue  # "her 3-year-old brother was not hurt"
        other = _OTHER_BEFORE.search(text[max(0, m.start() - 20):m.start()]) is not None
        named = _named_victim(text, m)
        definite = (_DEFINITE_BEFORE.search(text[max(0, m.start() - 5):m.start()]) is not None
                    and (_HURT_AFTER_AGE.match(text[m.end():m.end() + 100]) is not None
                         or (m.group("noun") or "").lower().startswith("victim"))
                    # "A Palestinian was shot dead ... The ministry said he was 16 years old": the one named before
                    or _PRONOUN_WAS.search(text, max(0, m.start() - 12), m.start()) is not None
                    # "The civilian who died was a 13-year-old boy": the victim told before, named by his death
                    or _WHO_DIED_WAS.search(text, max(0, m.start() - 60), m.start()) is not None
                    # "A father of three was shot and killed ... Family members identified him as Al Roe, 29."
                    or m.group("age2") is not None and _IDENTIFIED_AS.search(text, max(0, m.start() - 40), m.start()) is not None
                    # "Mary Roe, 79, was beaten and stabbed" / "The victim, 42-year-old Jo Roe, was": a named person whose
                    # own clause, or the noun before, tells a victim
                    or bool(named))
        ga = _GROUP_AGES_AT.match(text, m.start()) if m.group("age3") else None
        group = ga is not None
        listed = tuple(int(x) for x in re.findall(r"\d{1,2}", ga.group(0))) if ga is not None else ()
        adult_ok = False
        if (not other and m.group("noun") and G.ADULT_NOUN.search(m.group("noun"))
                and _DEFINITE_BEFORE.search(text[max(0, m.start() - 5):m.start()]) is not None):
            # "the 45-year-old man was driving ... when he was shot": a wound or its care within 200 characters, and no
            # arrest there
            adult_ok = _victim_like(text[m.end():m.end() + 200])
            definite = definite or adult_ok
        # (the name only: not a headline's last words run into it across a line break)
        person = re.split(r"\s{2,}|\n", m.group(0)[:m.start("age2") - m.start()].rstrip(" ,"))[-1].lower() \
            if m.group("age2") else ""
        if m.group("noun") and m.group("noun")[:1].isupper():
            # "16-year-old Matthew Kendall": the noun read is the first name; a later "Kendall died" is his surname
            surname = _SURNAME_AFTER.match(text, m.end("noun"))
            person = f"{m.group('noun')} {surname.group(1)}".lower() if surname else person
        out.append(_Age(offset + m.start(), n, (m.group("noun") or "").lower(), other, definite, group, adult_ok,
                        listed, named, person))
    if ", " in text:
        for m in _THE_NOUN_COMMA_AGE.finditer(text):
            # "The man, 29, was standing on a sidewalk ... He was shot in the chest": a person named before, with his
            # age in apposition; one a victim without an age may be when his wound or its care follows, and no arrest
            after = text[m.end():m.end() + 200]
            if any(a.pos == offset + m.start("noun") for a in out) or _ARREST_WORDS.search(after):
                continue
            out.append(_Age(offset + m.start("noun"), int(m.group("age")), m.group("noun").lower(),
                            definite=m.group("noun").lower() == "victim" or _victim_like(after), adult_ok=True))
        out.sort(key=lambda a: a.pos)
    if ")" in text:
        for m in _NOUN_PAREN_AGE.finditer(text):  # a police release's "a juvenile male (15)"
            if not any(a.pos == offset + m.start() for a in out):
                out.append(_Age(offset + m.start(), int(m.group("age")), m.group("noun").lower()))
        out.sort(key=lambda a: a.pos)
    if " who " in text:
        for start, noun, age, _, _ in _who_was_ages(text):  # "The victim, who police said was 7,", "A girl who was 7 was"
            if not any(a.pos == offset + start for a in out):
                out.append(_Age(offset + start, age, noun.lower(), definite=noun.lower() == "victim"))
        out.sort(key=lambda a: a.pos)
    if _OF_AGE_GATE.search(text):  # a plain scan first: few texts write "of" before a number
        for m in _NOUN_OF_AGE.finditer(text):  # "a boy of 9" (not a shooter's: no active verb follows "of 9")
            if not any(a.pos == offset + m.start() for a in out) and not _match_if(
                    _SHOOTER_AFTER, _SHOOTER_AFTER_NEEDS, text[m.end():m.end() + 60]):
                out.append(_Age(offset + m.start(), parse_number(m.group("age")), m.group("noun").lower()))
        out.sort(key=lambda a: a.pos)
    return out


_DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s+\Z")
#: the last word of a name after its first ("Matthew [J.] Kendall"): the surname a later sentence names him by
_SURNAME_AFTER = re.compile(r"(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+))*?\s+([A-Z][a-z'’-]+)(?![\w'’-]|\s+[A-Z][a-z])")
_NAMED_VICTIM_AFTER = re.compile(
    r"\s*,(?:\s+(?:of|from)\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}),)?\s+"
    r"(?:(?:was|is|had\s+been|has\s+been)\s+(?:(?:later|fatally|critically|seriously|badly|allegedly|reportedly)\s+)?"
    r"(?:(?P<death>(?:shot\s+and\s+)?(?:killed|murdered|slain)|found\s+dead|pronounced\s+dead)"
    r"|shot|stabbed|beaten|attacked|assaulted|struck|hit|wounded|injured|hurt|strangled|"
    r"found\s+(?:unconscious|unresponsive|with|lying|suffering)|taken\s+to|rushed\s+to|"
    r"airlifted|flown|hospitali[sz]ed|treated)|(?P<died>(?:later\s+)?died))\b", re.I)
"""After a name's age in apposition ("Mary Roe, 79", "Jo Roe, 24, of Townhill,"): the name is the subject of a
passive victim predicate ("was beaten and stabbed", "was found unconscious", "was pronounced dead", "died"). Not
"was also shot": another person than one told before."""
_VICTIM_NOUN_BEFORE = re.compile(r"(?i)\bthe\s+(?:victim|deceased|dead\s+(?:man|woman))\s*,\s*\Z")
"""Before a person's age and name: the noun of the victim in apposition ("The victim, 42-year-old Jo Roe,")."""


def _named_victim(text: str, m: re.Match) -> str:
    """How the person of an age mention ``m`` is told as a victim by his own clause: "death" or "hurt" for a name with
    its age in apposition, subject of a victim predicate ("Jo Roe, 31, died" / "Mary Roe, 79, was beaten and
    stabbed"), "victim" after a victim's noun ("The victim, 42-year-old Jo Roe, was walking home"); '' otherwise, and
    when his sentence tells an arrest or a charge."""
    if m.group("age2") is not None:
        after = _NAMED_VICTIM_AFTER.match(text, m.end())
        if after is None:
            return ""
        kind = "death" if after.group("death") or after.group("died") else "hurt"
        if kind == "hurt" and _DEATH_WORD.search(text, after.end(), _clause_end(text, after.end())):
            kind = "death"  # "was stabbed in the neck and died at St. John Medical Center"
    elif m.group("age") and _VICTIM_NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        kind = "victim"
    else:
        return ""
    return "" if _NOT_VICTIM_WORDS.search(text, m.end(), _clause_end(text, m.end())) else kind


def _clause_end(text: str, pos: int, reach: int = 200) -> int:
    """Where the sentence that ``pos`` is in ends (its full stop), at most ``reach`` characters on."""
    end = text.find(".", pos, pos + reach)
    return end if end >= 0 else pos + reach


#: a person's age in brackets after the noun, as police releases write it: "a juvenile male (15)", "a female (34)"
_NOUN_PAREN_AGE = re.compile(r"\b(?:an?|the)\s+(?:juvenile\s+|adult\s+)?(?P<noun>male|female|man|woman|boy|girl|juvenile|"
                             r"victim)\s*\((?P<age>\d{1,2})\)")
#: a group's ages, every one of them ("ages 2, 4 and 9"; two at least)
_GROUP_AGES_AT = re.compile(r"(?:ages?|aged)\s+(?:of\s+)?\d{1,2}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,2}\b)+", re.I)
#: students or pupils of a school for children: "two Lincoln Elementary School students", "primary school pupils",
#: "kindergarten students" (students alone may be adults; a middle or high school's span ages 11-18)
_SCHOOL_CHILDREN = re.compile(
    r"\b(?:elementary|primary|grade|kindergarten|preschool|pre-school|nursery)(?:\s+school)?\s+(?:students?|pupils?)\b",
    re.I)
_PRONOUN_WAS = re.compile(r"(?i)\b(?:he|she)\s+(?:was|is)\s+\Z")
_WHO_DIED_WAS = re.compile(r"(?i)\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:who|that)\s+(?:died|was\s+killed|was\s+shot\s+dead)\s+"
                           r"(?:was|is)\s+(?:an?\s+)?\Z")
_IDENTIFIED_AS = re.compile(r"(?i)(?:\b(?:identified|named)\s+(?:him|her|the\s+(?:victim|man|woman|boy|girl|teen|teenager|child))\s+"
                            r"(?:\w+\s+){0,2}?|\b(?:he|she)\s+(?:was|has\s+been)\s+(?:later\s+)?(?:identified|named)\s+"
                            r"(?:by\s+(?:\w+\s+){1,3}?)?)as\s+\Z")
"""Before a name and its age, the victim named before: "identified him as", "named the victim as", "He was later
named by police as"."""
#: "The man, 29," / "the clerk, 22,": a definite noun of a person with the age in apposition
_THE_NOUN_COMMA_AGE = re.compile(
    r"\b(?i:the)\s+(?P<noun>man|woman|boy|girl|teen|teenager|victim|child|toddler|clerk|cashier|employee|passenger|"
    r"customer|student)\s*,\s+(?P<age>\d{1,2})\s*,", re.I)
#: words that name a suspect or his arrest, and words of a wound, its care or a death (the readers below take variants)
_SUSPECT_WORDS = r"suspects?|charged|custody|accused|booked|jailed"
_HURT_WORDS = (r"shot|wounded|injured|hurt|hit|struck|grazed|killed|died|dead|wounds?|hospital|hospitalized|medical\s+center|"
               r"condition|treated|surgery|stabbed|pronounced")
_ARREST_WORDS = re.compile(rf"\b(?:arrest(?:ed)?|indicted|{_SUSPECT_WORDS})\b", re.I)
_HURT_WORD = re.compile(rf"\b(?:{_HURT_WORDS}|survive)\b", re.I)
#: words after a named person that make him no victim, within his sentence
_NOT_VICTIM_WORDS = re.compile(rf"\b(?:arrest(?:ed)?|indicted|guilty|convicted|sentenced|{_SUSPECT_WORDS})\b", re.I)
def _same_kind(subject: str, noun: str) -> bool:
    """May the person named ``subject`` be the one an age's ``noun`` names? Not an attacker, nor someone else than an
    officer for an officer's age ("the suspect in the shooting was killed" is not "the 44-year-old officer")."""
    group = G.victim_group_of(subject)[0]
    return group != "attackers" and (G.victim_group_of(noun)[0] != "police" or group == "police")


def _victim_like(after: str) -> bool:
    """What follows a person named with his age tells a victim: a wound, a casualty word or care, and no arrest."""
    return _HURT_WORD.search(after) is not None and _ARREST_WORDS.search(after) is None


#: right after an age mention (and its noun): the person is a suspect ("16-year-old charged in killing of Toledo man",
#: "a 17-year-old boy was arrested on suspicion of wounding", "the 15-year-old has been charged with murder", "22-year-old
#: Jo Roe, of Tulsa, Oklahoma, was arrested")
_SUSPECT_AFTER = re.compile(
    r"\s*(?:(?:boy|girl|man|woman|teen|teenager|youth|male|female|suspect)\s+)?"
    # his name and home town between: "22-year-old Jo Roe, of Tulsa, Oklahoma, was arrested"
    r"(?:(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:,\s*(?:of|from)\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
    r"(?:,\s*(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))?,)?\s+)?"
    r"(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|gets?|got)\s+)?"
    r"(?:charged|arrested|accused|booked|jailed|indicted|convicted|sentenced|detained)\b", re.I)


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
    subject = G.without_minor_possessor(subject)  # "The girl's mother was also hit": the mother's age, not the girl's
    if not subject.strip():
        return None
    # "Pettway was struck twice and died": the subject of the second verb is the name before the first
    name = _PREDICATE_AFTER_NAME.sub("", subject)
    if _NAME_ONLY.fullmatch(name):  # "Jayden died": the age given with that name ("8-month-old Jayden Roe")
        words = {w.lower() for w in re.findall(r"[\w'’-]+", name)}
        names = words - _TITLES  # "Mr Lewis" is Andre Lewis, 23
        # (a surname alone, in the subject or with the age, is anyone's of that name; two first names must agree: not
        # "Malik Thomas, 21" for "Ta'Niyah Thomas")
        named = [a for a in ages if (a.noun in words or (a.person and names and (names <= set(a.person.split())
                                                                       or set(a.person.split()) <= names)))
                 and not a.other]
        if named:
            return min(named, key=lambda a: (a.pos > pos, abs(a.pos - pos))).age
        # another person of the name ("Malik Ross, 21" for "Ta'Niyah Ross"): his age is none of this one's
        ages = [a for a in ages if not (a.person and names & set(a.person.split()))]
    child, adult = G.CHILD_NOUN.search(subject), G.ADULT_NOUN.search(subject)
    male, female = _MALE.search(subject), _FEMALE.search(subject)

    teen = _TEEN_WORD.search(subject)
    rank = _RANK.search(subject)

    def age_of(a: _Age) -> int:
        """A group's age that the subject names by rank ("the younger boy" of "the boys, ages 15 and 17"), else the age."""
        if not a.group or not rank or not a.listed:
            return a.age
        return min(a.listed) if rank.group(0).lower().startswith("young") else max(a.listed)

    def fits(a: _Age) -> bool:
        if a.group and (not rank or not a.listed or _SELF.search(subject)):
            # a group's ages are not one person's: which of "two juveniles, ages 14 and 16" a lone "He was pronounced
            # dead" is, the text does not say, unless by rank ("the older boy"); nor is "shot his three children,
            # ages 2, 4 and 9, before killing himself" the children's
            return False
        age = age_of(a)
        if (child and not adult and age >= (20 if teen else 18)) or (adult and not child and age < 18) or (teen and age < 12):
            # ("the teen" may be 18 or 19: "An 18-year-old is in critical condition ... The teen was shot in the chest")
            return False
        if G.ADULT_NOUN.search(a.noun) and not G.CHILD_NOUN.search(a.noun) and not (
                a.adult_ok and a.definite and _same_kind(subject, a.noun)):
            return False  # an adult's age only as "the man, 29" for "a man", "a driver" (not the officer's for the suspect)
        return not ((male and not female and _FEMALE.search(a.noun)) or (female and not male and _MALE.search(a.noun)))

    indefinite = _INDEFINITE.match(subject)
    if not indefinite:
        for a in sorted((a for a in ages if a.pos < pos and (a.pos < 0 or pos - a.pos <= _AGE_REACH)),
                        key=lambda a: -a.pos):
            if fits(a):
                return age_of(a)
    if not child and not _NEW_PERSON.match(subject) and not _SELF.search(subject):
        # an adult or a victim by a neutral word ("A man was shot ... The 30-year-old victim was taken to a hospital",
        # "... the 29-year-old was found"): the nearest age named after it with "the", of no other kind of person
        for a in sorted((a for a in ages if pos < a.pos <= pos + _LATER_REACH and a.definite and not a.other),
                        key=lambda a: a.pos):
            if _OTHER_PERSON.search(a.noun):
                break
            if fits(a):
                return age_of(a)
    if not child or adult or _NEW_PERSON.match(subject) or re.search(r"(?i)\bunborn\b", subject):
        return None
    for a in sorted((a for a in ages if a.pos < 0 <= pos), key=lambda a: -a.pos):  # the headline's child
        if fits(a):
            return age_of(a)
    for a in sorted((a for a in ages if pos < a.pos <= pos + _AGE_REACH and not a.other), key=lambda a: a.pos):
        if fits(a):
            return age_of(a)
    # farther away: only when the article names a single age under 18 ("A young boy was shot ... [paragraphs
    # later] ... a 5-year-old boy who should be home in bed")
    minors = {a.age for a in ages if a.age < 18 and not a.other}
    if len(minors) == 1 and any(fits(a) for a in ages if a.age in minors):
        return minors.pop()
    return None


#: titles before a name, which the name told with an age need not hold
_TITLES = frozenset("mr mrs ms miss dr officer deputy trooper sgt sergeant det detective lt cpl pastor rev".split())
#: the first predicate of a subject told with two verbs ("Pettway [was struck twice and] died")
_PREDICATE_AFTER_NAME = re.compile(r"(?<=[a-z])\s+(?:was|were|is|had|has)\s+[^,;]*\band\s*\Z")
#: a member of a group named by its rank in age: "the younger boy", "the youngest victim", "the older of the two"
_RANK = re.compile(r"\b(?:young|old)(?:er|est)\b|\beldest\b", re.I)
#: a subject that is a name and nothing else ("Jayden", "Lee Roe"): not "He", "The boy"
_NAME_ONLY = re.compile(r"\s*(?!(?:The|He|She|His|Her|They|Their|It|A|An|One|Police|Officers?|Authorities)\b)"
                        r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][a-z][\w'’-]*)){0,2}\s*")
#: a teen by word ("a teenage boy", "a juvenile") never takes a child's age (the totals read these words as teens)
_TEEN_WORD = re.compile(rf"\b(?:teen|teens|teenager|teenagers|teenaged|teenage|adolescents?|juveniles?|{G.TEEN_GRADE_WORDS})\b",
                        re.I)
#: what follows a definite age that may be a victim's: his wound or its care ("The 23-year-old was taken to a hospital")
_HURT_AFTER_AGE = re.compile(rf"\A[^.;]{{0,100}}?\b(?:victims?|{_HURT_WORDS})\b", re.I)
_SELF = re.compile(r"\b(?:himself|herself|self)\b", re.I)
#: how far after an adult victim a definite age may be his ("The 30-year-old victim"), and the people it is not
_LATER_REACH = 300
_OTHER_PERSON = re.compile(r"\A(?:suspects?|shooters?|gunm[ae]n|defendants?|accused|driver|owners?|residents?|neighbou?rs?|"
                           r"witness|officers?|deputy|deputies|brother|sister|son|daughter|father|mother|wife|husband)\b")
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
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec|By|In|At|On|Near|Outside|Inside|During|After|While|With|From|Into|Over)\b)[A-Z][a-z]+)|\d"
    rf"|{_BARE_OBJECT})\b",  # a headline's: "9-year-old found gun, shot brother"
    re.I)
#: a list of victims whose members are named with ages: "the victims were identified as ...", "the dead are ...",
#: "the bodies of ...", "The victims: ..." -- and, before the minor, only more members of the list
_ID_WHEN = r"(?:(?:late|early|on|last)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\s+"
_VICTIM_LIST_BEFORE = re.compile(
    r"\b(?:(?:(?P<dead>dead|deceased|bodies|slain|deaths|killings|murders|slayings|(?P<verb>killed|killing|murdered|murdering))"
    r"|victims|(?P<hurt>wounded|injured))"
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
_THEY_SUSPECTS = re.compile(rf"\b(?:arrest(?:ed|s)?|gunm[ae]n|shooters?|{_SUSPECT_WORDS})\b", re.I)
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
#: a figure's noun, then "and" before a minor ("two men and a 7-year-old"; not an apposition: "Two people, a 14-year-old")
_FIGURE_AND = re.compile(r"(?:\s+(?!(?:was|were|is|are|has|had|have|and|who|when|while|after|said|says)\b)[A-Za-z][\w'’-]*){1,3}?"
                         r"\s+and\s+(?:(?:a|an|the|his|her|their)\s+)?", re.I)
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
        start = m.start()
        if not age and m.group("age3") and re.match(r"(?i)aged?\b", m.group(0)) and re.search(
                r"(?:(?-i:[A-Z][\w'’-]+),?|,)\s+\Z", sent[max(0, m.start() - 40):m.start()]) and not _AGES_LIST.match(
                sent, m.start()):  # (not a group's list: "her two daughters, aged 6 and 9", _group_ages)
            age = m.group("age3")  # "Jon Doe, age 6," / "Jon Doe aged 6"
        if not age and m.group("age3") and re.match(r"(?i)aged?\b", m.group(0)):
            kid = _CHILD_BEFORE_AGED.search(sent, max(0, m.start() - 30), m.start())
            if kid:  # "a schoolgirl aged 14 was among three people shot dead"
                age, start = m.group("age3"), kid.start()
        if not age:
            continue
        n = parse_number(age)
        if n is None:
            continue
        n = _in_years(n, m.group("unit"))
        noun = (m.group("noun") or "").lower()
        end = m.start("noun") if m.group("noun") else m.end()
        while end > m.start() and sent[end - 1].isspace():
            end -= 1
        if m.group("age2"):
            noun = m.group(0).split(",")[0].lower()
        if start < m.start():
            noun = sent[start:m.start()].split()[0].lower()
        out.append((start, end, n, noun))
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


#: after a minor "wounded / shot" told as a participle (no auxiliary): the minor's death later in its clause ("A
#: 12-year-old boy wounded in Friday's bombing of a market died of his wounds")
_PARTICIPLE_THEN_DIED = re.compile(r"[^,;.]{0,100}?\s(?:died|has\s+died|later\s+died|succumbed)\b", re.I)


#: a child's noun right before "aged 14" / "age 7": "a schoolgirl aged 14", "a boy age 7"
_CHILD_BEFORE_AGED = re.compile(
    r"\b(?:boy|girl|child|baby|toddler|son|daughter|schoolboy|schoolgirl|teenager|teen|youth|kid)\s*,?\s+\Z", re.I)


_AGES_LIST = re.compile(
    r"\b(?:ages?|aged)\s+(?:of\s+)?(?P<list>\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*(?:to|-|–)\s*)\d{1,2}\b)+)", re.I)
#: a group's ages listed before "years old": "two sons, 5 and 13 years old", "two children, 6 and 12-years-old"
_AGES_YEARS_LIST = re.compile(r"(?:,|\b(?:are|were)\s)\s*(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+\d{1,2})[- ]years?[- ]old\b",
                              re.I)  # (or after the group's copula: "Two of the wounded are 15 and 16 years old")
_GROUP_TO_AGES = re.compile(r"\A(?:\s+[\w'’-]+){0,3}?\s*[,(–—-]?\s*\Z")
#: a group's ages listed bare after its noun: "her two daughters, 4 and 13,", "Two young men, 19 and 20, were"
_BARE_AGES_LIST = re.compile(
    r",\s*(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+\d{1,2})\s*(?=,|\)|\s+(?:were|are|have|had)\b)", re.I)
_BARE_AGES_GROUP = re.compile(
    rf"(?i)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{G.KIN}s|children|kids|boys|girls|men|women|people|persons|teens|teenagers|"
    r"brothers|sisters|friends|victims|students|cousins|siblings|grandchildren)\s*\Z")


def _bare_age_lists(sent: str, ms: list[_Mention]) -> list[tuple[re.Match, _Mention]]:
    """Ages listed bare after a group of people with a numeral, as many as its members ("A woman and her two
    daughters, 4 and 13, were found shot", "Two young men, 19 and 20, were wounded"), with the group's figure: the
    listed numbers are ages, not figures."""
    out = []
    if ", " not in sent or " and " not in sent:
        return out
    for g in _BARE_AGES_LIST.finditer(sent):
        ages = [int(x) for x in re.findall(r"\d{1,2}", g.group("list"))]
        group = next((m for m in reversed(ms) if m.kind == "number" and m.end <= g.start()), None)
        if group is not None and group.value == len(ages) and _BARE_AGES_GROUP.match(sent[group.end:g.start()]):
            out.append((g, group))
    return out


#: a person's age in a relative clause after the noun: "The victim, who police said was 7, ...", "A girl who was 7 was
#: killed", "a boy who had turned 11 just two weeks ago" (a number with no unit or noun after it)
# (scanned from its literal "who", the noun tested before it: a pattern opening with the nouns scans every position)
_WHO_AGE = re.compile(
    r"(?<![\w'’-])who\s+(?:(?:police|officials|authorities|relatives|(?:his|her)\s+family)\s+said\s+)?"
    r"(?:was|is|had\s+(?:just\s+)?turned|(?:just\s+)?turned)\s+(?P<age>\d{1,2})\b"
    r"(?!\s*(?:years?\s+(?!old)|months?|weeks?|days?|%|percent|[-:.,]\d|people|persons|times|shots|of\b|p\.?m|a\.?m))", re.I)
_WHO_NOUN_BEFORE = re.compile(r"\b(?P<noun>victim|boy|girl|child|toddler|baby|son|daughter|teen|teenager|youngster)\s*,?\s+\Z",
                              re.I)


def _who_was_ages(text: str) -> list[tuple[int, str, int, int, int]]:
    """(the noun's offset, the noun, the age, the age's span) of each "The victim, who police said was 7"."""
    out = []
    for m in _WHO_AGE.finditer(text):
        nm = _WHO_NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if nm is not None:
            out.append((nm.start(), nm.group("noun"), int(m.group("age")), m.start("age"), m.end("age")))
    return out


def _bare_ages_not_figures(sent: str, ms: list[_Mention]) -> None:
    """The numbers of a bare list of a group's ages (_bare_age_lists) and of a person "of 9" (_NOUN_OF_AGE) are no
    figures."""
    spans = [(g.start("list"), g.end("list")) for g, _ in _bare_age_lists(sent, ms)]
    if _OF_AGE_GATE.search(sent):
        spans += [(g.start("age"), g.end("age")) for g in _NOUN_OF_AGE.finditer(sent)]
    if " who " in sent:
        spans += [(a, b) for _, _, _, a, b in _who_was_ages(sent)]
    for a, b in spans:
        for m in ms:
            if m.kind == "number" and a <= m.start < b:
                m.ctype, m.rule = None, "not_casualty"
                m.extra.pop("among", None)  # "a boy of eight was among the dead": the boy is, not eight people


#: right after "One (of the victims)", one person's age in apposition: ", a 22-year-old man," (not a kin's: "his son")
_ONE_APPOSED_AGE = re.compile(rf"(?:\s+of\s+(?:the|those)\s+[\w'’-]+|\s+[\w'’-]+)?\s*,\s+(?:an?\s+)?"
                              rf"{_YEAR_OLD.pattern}(?:\s+[\w'’-]+)?\s*,", re.I)
#: right after "One", the one person's age told by a copula: "One of the dead was a 17-year-old boy"
_ONE_OF_WAS_AGE = re.compile(rf"\s+of\s+(?:the|those)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:was|is)\s+(?:an?\s+)?{_YEAR_OLD.pattern}",
                             re.I)
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
        elif m.kind == "number" and m.value == 1 and m.age is None and m.ctype and not m.subset:
            # "One of the victims, a 22-year-old man, died": the one person's age, in apposition
            am = _ONE_APPOSED_AGE.match(sent, m.end)
            if am is not None:
                m.age = _age_value(am)
        elif m.kind == "number" and m.value == 1 and m.age is None and "old" in sent:
            # "One of the dead was a 17-year-old boy": the one person's age, in the predicate
            am = _ONE_OF_WAS_AGE.match(sent, m.end)
            if am is not None:
                m.age = _age_value(am)
    bare = [g for g, _ in _bare_age_lists(sent, ms)]
    if "age" not in sent and "old" not in sent and not bare:
        return new
    for g in [*_AGES_LIST.finditer(sent), *_AGES_YEARS_LIST.finditer(sent), *bare]:
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
        am = None
        if not m.ctype and not m.subset:
            am = _MINOR_ACTIVE_BEFORE.search(sent[max(0, m.start - 80):m.start])
            if am is not None and (am.group("others") or len(ages) != m.value or not re.fullmatch(
                    rf"(?i)(?:[\w'’-]+\s+)?(?:{G.KIN}s?|children|kids|boys|girls|grandchildren)",
                    sent[m.end:g.start()].strip(" ,(–—-"))):
                am = None
        if am is not None:  # "fatally shot his three children, ages 2, 4 and 9": the object of an active verb
            m.ctype = "killed" if am.group("kill") else "injured" if am.group("inj") else "shot"
            m.rule, m.np = "active_before", sent[m.end:g.start()].strip(" ,(–—-")
            m.span_start, m.span_end = max(0, m.start - 80) + am.start(), g.end()
        elif not m.ctype and not m.subset:  # "Two girls, ages 4 and 9, and their father were found dead": its own verb
            pm = _MINOR_AFTER.match(sent[g.end():g.end() + 260])
            if pm is None or pm.group("hosp"):
                np = sent[m.end:g.start()].strip(" ,(–—-")
                if len(ages) == m.value and not _is_age_range(g.group("list")) and re.fullmatch(
                        rf"(?i)(?:[\w'’-]+\s+)?(?:{G.KIN}s?|children|kids|boys|girls)", np):
                    m.extra["loose_ages"] = ages  # "the couple's 4 daughters, ages 3, 7, 11, and 14" (no verb)
                    if _one_minor_band(ages):
                        # and the group's age, should a list make it a figure ("including a woman and her two
                        # daughters, aged 5 and 9")
                        m.age = max(ages)
                continue
            m.ctype = "killed" if pm.group("kill") else "injured" if pm.group("inj") else "shot"
            m.rule, m.np = "passive_after", m.np or sent[m.end:g.start()].strip(" ,(–—-")
            if _NON_PERSON_NP.search(m.np):
                m.ctype = None
                continue
            m.span_start, m.span_end = m.start, g.end() + pm.end()
        np = m.np or sent[m.end:g.start()]
        if _one_minor_band(ages) and (
                G.victim_group_of(np)[1] or re.search(rf"(?i)\b{G.KIN}s?\b", np)
                or (len(ages) == m.value and not _is_age_range(g.group("list")))):  # "two classmates, ages 14 and 15"
            m.age = max(ages)
        elif _mixed_ages(ages) and len(ages) <= (m.value or 0):
            m.extra["age_bands"] = (ages, _is_age_range(g.group("list")))
    return new


def _is_age_range(listed: str) -> bool:
    """Whether listed ages are a range ("11 to 15"), of which only the two ends are known."""
    return re.search(r"\bto\b|[-–]", listed) is not None


def _one_minor_band(ages: list[int]) -> bool:
    """Whether listed ages are all children (0-11) or all teens (12-17)."""
    return max(ages) < 12 or min(ages) >= 12 and max(ages) < 18


def _minor_bands(ages: list[int]) -> list[list[int]]:
    """The minors among listed ages by age group, children (0-11) then teens (12-17); empty groups left out."""
    return [band for band in ([a for a in ages if a < 12], [a for a in ages if 12 <= a < 18]) if band]


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
        bands = _minor_bands(ages)
    out = []
    for band in bands:
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
    if _one_minor_band(ages):
        mm.age = max(ages)
    elif _mixed_ages(ages):
        mm.extra["age_bands"] = (ages, False)  # "Their sons, ages 4 and 13": a child and a teen
    return [mm]


_MINORS_NOUN = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:boys|girls|children|kids|teens|teenagers|juveniles|minors|students|"
                          r"youngsters|sons|daughters|babies|toddlers|infants|siblings|brothers|sisters)\b", re.I)
"""A figure's noun that names minors ("two teenagers"): ages in its apposition tell its members apart, not a subset."""
_APPOSITION_OPEN = re.compile(r"\A(?:\s+[\w'’-]+){0,2}\s*(?:,|—|–|--)(?![^.;:]*\b(?:was|were|is|are|had|has|said|says)\b)"
                              r"(?![\s\d,]*(?:and|or)?\s*\Z)(?:[^.;:]*?(?:,|\band))?\s+(?:an?\s+|one\s+|his\s+|her\s+|their\s+)?\Z",
                              re.I)
"""Between a figure and a minor of the list that tells who its people are: "three others(, two men and a )16-year-old"."""


def _minor_victim_pass(sent: str, ms: list[_Mention], before_sent: str = "") -> list[_Mention]:
    """One victim per minor named with an age in a casualty construction (see _KIN_AGE above) that no figure of
    the sentence covers; a figure that covers it without an age takes it. A minor after "including" is a
    subset of the figure before. ``before_sent``: the text just before the sentence, which tells who "They"
    of "They were identified as ..." are (victims, not suspects)."""
    if not any(w in sent for w in ("old", ", ", "-", "age")):
        return []
    out: list[_Mention] = _group_ages(sent, ms)
    typed = [m for m in ms if m.ctype]
    minors = _minor_mentions(sent)
    for i, (s, e, age, noun) in enumerate(minors):
        prev = minors[i - 1][:2] if i else None  # (start, end) of the minor before
        siblings: list[_Mention] = []  # figures after the minor in the same list
        ctype = None
        released = False
        appos = next((m for m in typed if m.kind == "number" and (m.value or 0) >= 2 and m.ctype and not m.subset
                      and not _MINORS_NOUN.match(sent, m.end)
                      and m.end <= s and e <= max(m.span_end, m.end) and min(m.span_start, m.start) < s and _APPOSITION_OPEN.match(sent[m.end:s])), None)
        if appos is not None and not any(m.kind == "singular" and m.start < e and s < m.end for m in typed + out):
            # "three others, two men and a 16-year-old girl, were taken to hospital": one of the figure told in its
            # apposition, a subset of it (the singular noun phrase read for it, if any, becomes that subset)
            mm = next((m for m in ms if m.kind == "singular" and not m.ctype and m.start < e and s < m.end), None)
            if mm is not None:
                mm.age, mm.value = age, 1
            else:
                mm = _Mention(s, e, "singular", value=1, np=sent[s:e], age=age)
                out.append(mm)
            mm.ctype, mm.rule, mm.subset, mm.parent = appos.ctype, "minor_victim", True, appos
            mm.extra["noun"] = noun if G.CHILD_NOUN.search(noun) else "child"
            mm.span_start, mm.span_end = min(mm.start, s), max(mm.end, e)
            continue
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
            # "The wounded were a 14-year-old girl, ...": people hurt, never the dead among people shot
            ctype = ("killed" if lm.group("dead") or _DEATH_WORD.search(sent)
                     or lm.group("they") and _DEATH_WORD.search(before_sent)
                     else "injured" if lm.group("hurt") else "shot")
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
            later = (_PARTICIPLE_THEN_DIED.match(rest, pm.end())
                     if ctype != "killed" and not pm.group("aux").strip() and not pm.group("hosp") else None)
            if later:  # "A 12-year-old boy wounded in Friday's bombing ... died of his wounds": he died
                ctype, end = "killed", e + later.end()
                toll = next((m for m in typed if m.kind != "singular" and not m.subset and m.ctype == "killed"
                             and (m.rule or "").startswith("toll") and m.start >= end), None)
                if toll is not None:  # "..., bringing the death toll from the attack to 24": one of that toll
                    mm = _Mention(s, e, "singular", value=1, np=sent[s:e], age=age)
                    mm.ctype, mm.rule, mm.subset, mm.parent = "killed", "minor_victim", True, toll
                    mm.extra["noun"] = noun if G.CHILD_NOUN.search(noun) else "child"
                    mm.span_start, mm.span_end = s, end
                    out.append(mm)
                    continue
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
                      or m.end <= s and m.kind != "singular" and _FIGURE_AND.fullmatch(sent[m.end:s]) is not None
                      or e <= m.start and m.kind != "singular" and _LIST_AND.fullmatch(sent[e:m.start]) is not None
                      or prev is not None and m.kind == "singular" and m.start <= prev[0] and m.age is not None
                      and _LIST_NEXT.fullmatch(sent[prev[1]:s]) is not None)
            if listed and (e <= m.start or m.kind != "singular"):
                siblings.append(m)  # a figure of the list before the minor too ("two men and a 7-year-old")
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


def _ages_to_the_dead(claims: list[Claim], drop: list[Claim]) -> None:
    """Minors named with an age among people shot who are taken as the dead (shot - killed, see
    _shot_to_injured) give their age to the death figure without one ("A 4-year-old girl was shot ... The
    child died"): the nearest single child that fits (same gender), or a figure of children whose dropped ages
    are all under 12 (or all teens), which takes the oldest. Counts do not change."""
    _adult_age_to_the_one_dead(claims, drop)
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


def _adult_age_to_the_one_dead(claims: list[Claim], drop: list[Claim]) -> None:
    """In an article of one death, a single adult shot with an age who is taken as the dead ("A man who was shot
    Saturday died Monday. ... Anthony Lee, 31, was shot several times") gives the death its age, as a death told with
    an age does (``_age_of_the_one_dead``): only when nobody hurt is left, the dropped figures agree on one adult age,
    every death figure of the body is one person, none has another age, and no noun is a child's or of the other sex."""
    adults = [d for d in drop if d.count_point == 1 and d.victim_age is not None and d.victim_age >= 18
              and d.evidence_field == "text"  # its own age, told in its sentence (not one it inherited)
              and any(a.age == d.victim_age for a in _age_mentions(d.evidence_text))]
    if not adults or len({d.victim_age for d in adults}) != 1 or any(
            c.casualty_type == "injured" and c not in drop and not c.is_summary for c in claims):
        return  # someone hurt is left: the one taken as the dead may be another person shot
    dead = [c for c in claims if c.casualty_type == "killed" and c.counts and c.evidence_field == "text"
            and c not in drop and not c.is_summary]
    age = adults[0].victim_age
    if not dead or any(c.count_point != 1 or c.rule.endswith("/another") or c.victim_age not in (None, age)
                       for c in dead):
        return
    # not to a death whose sentence names an age ("Damon Sochko, 16, ... died"): not another's to take
    _age_to_the_dead_without_one(claims, age, adults, skip=lambda c: bool(_age_mentions(c.evidence_text)))


#: victims named again by a plural word just before their ages: "The victims, aged 15 and 17, had been sitting outside"
_VICTIMS_BEFORE_AGES = re.compile(
    r"\b(?:the|both)\s+(?:(?:two|three|four|five)\s+)?(?:victims|teens|teenagers|boys|girls|children|kids|youths)\s*,?\s*\Z",
    re.I)


def _pronoun_death_not_the_hurt(claims: list[Claim]) -> None:
    """A death told by a pronoun ("He was shot in the chest and back ... and died") that took the age of a minor the
    article tells only as hurt ("a 16-year-old boy was wounded"), beside a single death told with an adult's age ("A
    27-year-old father of two was killed"), is that death told again: it gives the minor's age back (the one-death
    rule below then gives it the adult's)."""
    dead = [c for c in claims if c.casualty_type == "killed" and c.counts and c.evidence_field == "text"]
    if not dead or any(c.count_point != 1 for c in dead):
        return
    for c in dead:
        if (c.victim_age is None or c.victim_age >= 18 or not re.match(r"(?i)(?:he|she)\b", _span(c))
                or not any(d.casualty_type == "killed" and d is not c and (d.victim_age or 0) >= 18
                           and d.char_start < c.char_start for d in dead)
                or not any(h.casualty_type == "injured" and h.victim_age == c.victim_age for h in claims)
                or any(d is not c and d.victim_age == c.victim_age for d in dead)):
            continue
        c.victim_age, c.is_child = None, False


def _age_of_the_one_dead(claims: list[Claim]) -> None:
    """An article of one death ("A man was stabbed ... has died. ... 45-year-old Jo Roe ... died at the hospital") gives
    the age one of its single deaths holds to the others that have none (the lede's): when every death figure of the
    body that counts is one person and those with an age agree on one adult age, and no noun of the figure is a child's
    or of the other sex. A figure of an age under 18 is left to the child rules (``_inherited_age``)."""
    dead = [c for c in claims if c.casualty_type == "killed" and c.counts and c.evidence_field == "text"]
    if not dead or any(c.count_point != 1 or c.rule.endswith("/another") for c in dead):
        return
    if len({c.victim_group == "attackers" for c in dead}) > 1:
        return  # the attacker's death and his victim's: two people ("Harold Roe, 64, was killed ... Al Poe, who was shot dead")
    aged = [c for c in dead if c.victim_age is not None]
    if not aged or len({c.victim_age for c in aged}) != 1 or aged[0].victim_age < 18:
        return
    _age_to_the_dead_without_one(claims, aged[0].victim_age, aged)


def _named_ages_apart(text: str, claims: list[Claim]) -> None:
    """A single victim's age taken from a person named after it (``_Age.named``: "A man was shot dead ... Jo Roe, 31,
    died at the scene") is taken back when that person may be another victim:

    - his clause is a death figure of its own in an article that tells several dead ("Two men were shot dead. A man
      died at the scene. Earl Tate, 33, died at the hospital": two deaths, two people);
    - he is told only as hurt ("Jo Roe, 31, was shot several times") and the age went to a death while a figure of
      people hurt is left: the one shot may be the one who survived."""
    for c in claims:
        if (c.count_point != 1 or c.victim_age is None or c.is_summary or c.evidence_field != "text"
                or re.search(rf"(?<!\d){c.victim_age}(?!\d)", c.evidence_text)
                or G.CHILD_NOUN.search(_span(c))):
            continue  # an age its own sentence names; a child's word takes the age after it as before (_inherited_age)
        # the ages named after it, as far as _inherited_age looks (with the words around them that tell a victim)
        start = max(0, c.char_start - 40)
        ages = _age_mentions(text[start:c.char_start + _LATER_REACH + 240], start)
        source = next((a for a in ages if a.named and a.age == c.victim_age and a.pos > c.char_start), None)
        if source is None:
            continue
        others = [o for o in claims if o is not c and not o.is_summary]
        if source.named == "death":
            apart = (any(o.casualty_type == c.casualty_type and o.sentence_start <= source.pos < o.sentence_end
                         for o in others)
                     and any(o.casualty_type == c.casualty_type and (o.count_point or 0) > 1 for o in others))
        else:
            apart = source.named == "hurt" and c.casualty_type == "killed" and any(
                o.casualty_type == "injured" and not o.sentence_start <= source.pos < o.sentence_end for o in others)
        if apart:
            if c.victim_age < 18:
                c.is_child = bool(G.victim_group_of(_span(c))[1])
            c.victim_age = None


def _age_to_the_dead_without_one(claims: list[Claim], age: int, sources: list[Claim], skip=None) -> None:
    """Every single adult death without an age (and not ``skip``) takes ``age``, the one the ``sources`` figures
    agree on, unless its noun is a child's or of the other sex than theirs."""
    spans = " ".join(_span(d) for d in sources)
    for c in claims:
        if c.casualty_type != "killed" or c.victim_age is not None or c.is_child or c.is_summary or c.count_point != 1:
            continue
        if skip is not None and skip(c):
            continue
        span = _span(c)
        if (G.CHILD_NOUN.search(span) or (_MALE.search(span) and _FEMALE.search(spans) and not _MALE.search(spans))
                or (_FEMALE.search(span) and _MALE.search(spans) and not _FEMALE.search(spans))):
            continue
        c.victim_age = age


def _loose_victims_ages(sent: str) -> list[list[int]]:
    """The ages of victims named again without a numeral and without a casualty predicate of their own ("Two teenagers
    were shot dead ... The victims, aged 15 and 17, had been sitting outside a bakery"): like a group of children's
    ages told without a verb, they go to the article's figure of that size (_loose_group_ages)."""
    out = []
    for g in (_AGES_LIST.finditer(sent) if "age" in sent or "old" in sent else ()):
        ages = [int(x) for x in re.findall(r"\d{1,2}", g.group("list"))]
        if (len(ages) >= 2 and not _is_age_range(g.group("list"))
                and _VICTIMS_BEFORE_AGES.search(sent, max(0, g.start() - 40), g.start())
                and _MINOR_AFTER.match(sent[g.end():g.end() + 260]) is None):
            out.append(ages)
    if "-year-old" in sent or _COMMA_DIGIT.search(sent):  # every _AGED_NAMES_LIST match holds one or the other
        # each by name and age ("the children, 10-year-old Myles and 13-year-old Chris, underwent surgery"): their
        # ages, with or without a predicate of their own (the group's figure told before holds them)
        for g in _AGED_NAMES_LIST.finditer(sent):
            if _VICTIMS_BEFORE_AGES.search(sent, max(0, g.start() - 40), g.start()):
                out.append([int(x) for x in re.findall(r"(?<![\w-])\d{1,2}(?!\d)", g.group("list"))])
    return out


_AGED_NAME = r"(?:\d{1,2}-year-old\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?,\s+\d{1,2})"
#: victims named again by their names and ages, each a person: "the children, 10-year-old Myles and 13-year-old Chris,",
#: "the victims, Jo Roe, 6, and Al Roe, 3,"
_AGED_NAMES_LIST = re.compile(rf"(?P<list>{_AGED_NAME}(?:\s*,\s*{_AGED_NAME})*\s*,?\s+and\s+{_AGED_NAME})\b", re.I)


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
            if _one_minor_band(ages):
                c.victim_age = max(ages)
                continue
            c.is_child = False  # its minors are its subsets by age group
            for band in _minor_bands(ages):
                claims.append(replace(c, claim_key=len(claims), parent_key=c.claim_key, is_child=True,
                                      victim_age=max(band), reported_value=len(band), count_low=len(band),
                                      count_high=len(band), count_point=len(band), rule="age_band"))
