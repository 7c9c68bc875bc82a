"""Named patterns of the casualty grammar.

Every pattern is a compiled regex with a name, a docstring-style description and
examples: ``examples`` must match (the whole match is shown after ``->`` when it
is shorter than the example), ``counter_examples`` must not. ``tests/test_extract_grammar.py``
checks each one. The extractor (:mod:`pipeline.extract.extractor`) combines them:

1. ``QUANTITY`` finds every figure ("at least five", "dozens", "between 10 and 15");
   ``SINGULAR`` finds victims without a numeral ("a priest", "the head of a village").
2. A figure becomes a casualty figure when a casualty word is attached to it:
   ``PASSIVE_AFTER`` (figure, victim noun, then "were killed" / "died" / "wounded"),
   ``NOMINAL_AFTER`` ("five dead", "12 deaths"), ``ACTIVE_BEFORE`` ("killing 15
   people", "wounded 50"), ``TOLL_BEFORE`` ("the death toll rose to 30").
3. ``SUBSET_BEFORE`` ("including", "among them") makes a figure a subset of the
   previous figure; ``ANOTHER_BEFORE`` ("another 12") makes it additional.
4. ``NOT_CASUALTY_AFTER`` / ``NOT_CASUALTY_BEFORE`` drop ages, distances, times, money.
5. ``FOOTAGE`` marks descriptive clauses ("is seen crying") that never yield tolls.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from pipeline.extract.numbers import NUMBER_PATTERN, VAGUE_PATTERN
from pipeline.extract.scan import any_in, any_literal, group_body, scan_lower, top_alternatives

I = re.IGNORECASE


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    doc: str
    examples: tuple[str, ...] = field(default_factory=tuple)
    counter_examples: tuple[str, ...] = field(default_factory=tuple)
    anchored: str = "search"  # 'search', 'match' (at start) or 'end' (must end the string)

    def test(self, s: str) -> bool:
        if self.anchored == "match":
            return self.regex.match(s) is not None
        if self.anchored == "end":
            return self.regex.search(s) is not None  # regexes anchored with \Z
        return self.regex.search(s) is not None


PATTERNS: dict[str, Pattern] = {}


def _p(name, pattern, doc, examples=(), counter=(), flags=I, anchored="search") -> re.Pattern:
    rx = re.compile(pattern, flags)
    PATTERNS[name] = Pattern(name, rx, doc, tuple(examples), tuple(counter), anchored)
    return rx


# --------------------------------------------------------------------------- qualifiers
QUALIFIER_WORDS = {
    "exact": [],
    "at_least": [r"at\s+least", r"no\s+(?:fewer|less)\s+than", r"not\s+less\s+than", r"a\s+minimum\s+of",
                 r"at\s+a\s+minimum"],
    "more_than": [r"more\s+than", r"over", r"upwards\s+of", r"in\s+excess\s+of", r"well\s+over", r"above"],
    "nearly": [r"nearly", r"almost", r"close\s+to", r"just\s+under", r"just\s+short\s+of", r"less\s+than"],
    "about": [r"about", r"around", r"some", r"approximately", r"roughly", r"an\s+estimated", r"estimated",
              r"up\s+to\s+about", r"circa", r"an\s+approximate"],
    "up_to": [r"up\s+to", r"as\s+many\s+as", r"at\s+most", r"no\s+more\s+than", r"as\s+much\s+as"],
}
_QUAL_ALT = "|".join(w for ws in QUALIFIER_WORDS.values() for w in sorted(ws, key=len, reverse=True))
QUALIFIER = _p(
    "QUALIFIER", rf"\b(?:{_QUAL_ALT})\b",
    "Words that bound a number: at least / more than / over / nearly / almost / about / around / "
    "some / up to / as many as.",
    ["at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to", "as many as"],
    ["exactly", "least"],
)


_QUALIFIER_FULL = [(code, re.compile("|".join(f"(?:{a})" for a in alts))) for code, alts in QUALIFIER_WORDS.items() if alts]


def qualifier_of(words: str | None) -> str:
    """Map qualifier words to a qualifier code: "at least" -> "at_least"; None -> "exact"."""
    if not words:
        return "exact"
    w = " ".join(words.lower().split())
    for code, rx in _QUALIFIER_FULL:  # the words of one code as one compiled alternation, matched in full
        if rx.fullmatch(w):
            return code
    return "exact"


# --------------------------------------------------------------------------- quantities
QUANTITY = _p(
    "QUANTITY",
    rf"(?<![\w$£€.,/:-])(?:(?P<qual>{_QUAL_ALT})\s+)?(?:"
    rf"between\s+(?P<lo>{NUMBER_PATTERN})\s+and\s+(?P<hi>{NUMBER_PATTERN})"
    rf"|(?:(?P<lo2>\d[\d,]*)\s*(?:-|–|to|or)\s*(?P<hi2>\d[\d,]*)|(?P<lo3>{NUMBER_PATTERN})\s+(?:to|or)\s+(?P<hi3>{NUMBER_PATTERN}))(?=\s+(?!year|month|day|week|hour|minute|km|kilomet|mile|am\b|pm\b|per\b|percent)[a-z])"
    rf"|(?P<num>{NUMBER_PATTERN})"
    rf"|(?P<vague>{VAGUE_PATTERN})(?:\s+of)?"
    rf")(?![\w%]|[.,]\d)",
    "A figure with its optional qualifier: digits, number words, ranges, vague words.",
    ["at least five", "more than 1,200", "nearly 700", "between 10 and 15", "10-15 people", "two dozen",
     "dozens of", "a handful of", "forty-two", "scores", "1.2 million"],
    ["no figure here", "$500", "50%"],
)

# --------------------------------------------------------------------------- victim nouns
PERSON_SINGULAR = (
    r"(?:man|woman|boy|girl|child|baby|infant|toddler|teenager|teen|youth|student|pupil|schoolboy|schoolgirl|"
    r"soldier|jawan|policeman|policewoman|police\s+officer|officer|cop|trooper|constable|guard|security\s+guard|"
    r"priest|pastor|imam|cleric|monk|nun|bishop|teacher|lecturer|professor|doctor|nurse|"
    r"farmer|herder|herdsman|fisherman|trader|businessman|businesswoman|shopkeeper|vendor|worker|driver|"
    r"motorcyclist|cyclist|pedestrian|passer-?by|bystander|villager|resident|civilian|person|individual|"
    r"journalist|reporter|photographer|activist|politician|lawmaker|legislator|candidate|councillor|councilor|"
    r"official|chief|leader|head|mayor|governor|judge|lawyer|prosecutor|employee|staffer|volunteer|"
    r"militant|fighter|rebel|member|customs\s+officer|elder|pilgrim|worshipper|refugee|migrant|"
    r"prisoner|inmate|detainee|suspect|victim|husband|wife|mother|father|son|daughter|brother|sister|"
    r"grandmother|grandfather|uncle|aunt|nephew|niece|cousin|relative|neighbor|neighbour|friend|"
    r"girlfriend|boyfriend|tourist|foreigner|national|citizen|commander|general|colonel|captain|sergeant|"
    r"lieutenant|deputy|sheriff|agent|ranger|singer|artist|musician|footballer|player|coach|owner|"
    r"manager|clerk|cashier|customer|patron|guest|bouncer|security\s+agent|administrator|physician|surgeon|producer|"
    r"announcer|presenter|broadcaster|editor|executive|commentator|conservationist|environmentalist|freelancer|"
    r"spokesman|spokeswoman|spokesperson|chairman|chairwoman|commissioner|principal|headmaster|headteacher|"
    r"engineer|contractor|pilot|mechanic|senator|minister|secretary|ambassador|diplomat|envoy|consul|"
    r"landowner|rancher|chieftain|ruler|king|queen|prince|emir|sheikh|cleric|preacher|missionary|catechist|"
    r"deacon|seminarian|rabbi|scholar|writer|blogger|poet|author|filmmaker|actor|actress|model|athlete|"
    r"boxer|fan|supporter|opponent|critic|dissident|defender|campaigner|organizer|organiser|unionist|"
    r"trade\s+unionist|wrestler|vigilante|informant|collaborator|adviser|advisor|aide|assistant|"
    r"bodyguard|escort|chauffeur|porter|labourer|laborer|miner|logger|hunter|shepherd|nomad|"
    r"partner|companion|colleague|associate|fiance|fiancee|spouse|grandson|granddaughter|stepson|stepdaughter|"
    r"newborn|adult|male|female|senior|elderly\s+man|elderly\s+woman|pensioner|retiree|veteran|figure)"
)
KIN = r"(?:wife|husband|son|daughter|mother|father|brother|sister|child|baby|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|girlfriend|boyfriend|fiancee?|partner|stepson|stepdaughter)"


def factored(group: str) -> str:
    """The same alternation of words, ``(?:w1|w2|...)`` (each word opening with lowercase letters), factored on
    those letters: the same matches, preferred in the same order, where the engine, which tries the
    alternatives of a group one by one at every position it reaches, would try a few hundred words.

    Words that part at a letter can never both match at one position (under re.IGNORECASE too, no character
    matches two ASCII letters), so they are grouped by their next letter keeping their order; a word that ends
    (or goes on with something else than a letter) at a point keeps its place among those sharing its letters."""
    body = group_body(group)
    if body is None:
        return group  # not one group of alternatives: left as it is
    items = []
    for alt in top_alternatives(body):
        lead = re.match(r"[a-z]*", alt).group()
        if alt[len(lead):len(lead) + 1] in ("?", "*", "+", "{"):
            lead = lead[:-1]  # the quantifier's letter goes with it: "fiancee?"
        items.append((lead, alt[len(lead):]))

    def build(items: list[tuple[str, str]]) -> str:
        segments: list[tuple[str | None, list | str]] = []
        open_: dict[str, list] = {}  # letter -> its segment's words, while no ending word has come after them
        for lead, tail in items:
            if lead:
                words = open_.get(lead[0])
                if words is None:
                    words = open_[lead[0]] = []
                    segments.append((lead[0], words))
                words.append((lead[1:], tail))
            else:
                segments.append((None, tail))
                open_.clear()
        parts = [rest if c is None else re.escape(c) + build(rest) for c, rest in segments]
        # one part: a letter's words, or the rest of one word (no top-level "|" in it) is taken as it is
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(items)


# the victim nouns and kin as factored alternations (the same matches, much faster to try); the plain forms are
# kept for the tests
_PERSON_SINGULAR_PLAIN, _KIN_PLAIN = PERSON_SINGULAR, KIN
PERSON_SINGULAR, KIN = factored(PERSON_SINGULAR), factored(KIN)

SINGULAR = _p(
    "SINGULAR",
    rf"\b(?:(?P<art>a|an|one|another|the)\s+(?P<adj>(?:(?!(?:a|an|the|killed|kills|killing|wounded|injured|shot|left)\s)[\w'’-]+\s+){{0,3}}?)(?P<noun>{PERSON_SINGULAR})(?!['’]s\b)(?:\s+of\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?)?"
    rf"|(?P<the>the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun2>head|chief|leader|commander|owner|headman|imam|priest|pastor|mayor|governor)\s+of\s+(?:a|an|the)\s+[\w-]+"
    # a companion named by whose he is, like kin: "a town mayor and his driver", "the judge and her bodyguard"
    rf"|(?P<poss>his|her|their)\s+(?:(?:\d+|\w+)[- ]year[- ]old\s+)?(?P<kin>{KIN}|driver|bodyguard|chauffeur|aide|"
    r"assistant|escort|companion|friend|roommate|co-?worker|colleague))\b",
    "A single victim without a numeral: 'a woman', 'a 27-year-old leader of a citizen movement', "
    "'the head of a village', 'his wife'.",
    ["a woman", "a priest", "the head of a village", "his wife", "a local journalist", "an elderly man"],
    ["the women", "two men", "the blast killed"],
)

#: words for a child under 12 besides "child", "boy", "baby" ...: "a toddler", "a first-grader", "two kindergartners",
#: "a preschooler" (grades 6 and up are left out: a sixth- or eighth-grader may be a teen)
_YOUNG_CHILD_WORDS = (r"preschoolers?|pre-schoolers?|kindergartn?ers?|kindergarteners?|tots?|grandchild(?:ren)?|"
                      r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[- ]graders?")
#: grade words of teens (12-17): "a seventh-grader", "two 10th-graders" (a twelfth-grader may be 18, a sixth-grader 11 or
#: 12: neither is one); minors, counted as teens by their word (sql/claims_reviewed.sql)
TEEN_GRADE_WORDS = (r"(?:(?:seventh|eighth|ninth|tenth|eleventh|7th|8th|9th|10th|11th)[- ]graders?"
                    # a high school's freshman, sophomore or junior (not a college's; a senior may be 18)
                    r"|(?<=high\sschool\s)(?:freshm[ae]n|sophomores?|juniors?))")

#: Prepositions a headline capitalizes ("Wounded In Marquette Park", "Killed At Party"): never a name's first word.
TITLE_CASE_PREPOSITION = (r"(?:In|At|On|Near|Inside|Outside|After|Before|During|Over|From|For|With|Into|Across|Along|"
                          r"Behind|By|Since|Following)")

#: A relative clause that makes its person an attacker: "a man who opened fire inside a nightclub", "the woman who
#: started shooting", "an armed man who had wounded a gas station clerk", "a man who shot his wife", "who broke into
#: his house" (not "who killed himself", a suicide, nor "who was shot")
ATTACKER_DEED = (r"who\s+(?:had\s+)?(?:opened\s+fire|started\s+(?:shooting|firing)|began\s+(?:shooting|firing)|"
                 r"fired\s+(?:shots\s+)?(?:on|at|into)|went\s+on\s+a\s+(?:shooting\s+|stabbing\s+)?rampage|"
                 r"(?:shot|wounded|killed|stabbed|shot\s+and\s+(?:killed|wounded))\s+(?!(?:him|her)self\b)|"
                 # a break-in or a robbery: "one of three men who broke into his house", "a man who tried to rob"
                 r"broke\s+into|burglarized|robbed|(?:tried|attempted)\s+to\s+rob|"
                 r"forced\s+(?:their|his|her)\s+way\s+into|"
                 # a threat the police answered: "a man who charged at officers with a knife", "who pointed a gun at"
                 r"(?:charged|lunged|rushed)\s+(?:at|toward|towards)|(?:pointed|aimed)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?"
                 r"(?:gun|handgun|rifle|shotgun|weapon|pistol|firearm)\s+at)\b")
#: "one of three men" before its relative clause ("... who broke into his house"): the one is of that group
ONE_OF_GROUP = re.compile(r"\A\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:men|people|suspects|intruders|robbers|burglars|"
                          r"gunmen|attackers|assailants)\b", I)
ATTACKER_DEED_AFTER = re.compile(r"\A,?\s+" + ATTACKER_DEED, I)

VICTIM_GROUPS: list[tuple[str, str, bool]] = [
    # (regex on the noun phrase, normalized group, is_child)
    # an attacker named by what he did, at the head of the noun phrase: "a man who opened fire inside a nightclub",
    # "the woman who started shooting" (not "a woman who was shot by a man who opened fire": the head is the victim)
    # (two modifiers: "A rural Liberty man who fired shots at deputies"; after a dateline's dash or "and": "(WAFF) - A
    # man who shot his neighbor ... was killed", "and the driver who shot him was killed")
    (r"\A\s*(?:[^,;]{0,25}?\s[-—–]\s+|(?:and|but)\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?"
     r"(?:man|woman|person|someone|driver|customer|patron|employee)\s+" + ATTACKER_DEED, "attackers", False),
    (r"\b(?:children|child|kids?|minors?|boys?|girls?|bab(?:y|ies)|infants?|toddlers?|schoolchildren|schoolboys?|schoolgirls?|pupils?|teen(?:ager)?s?|newborns?|"
     r"juveniles?(?!\s+(?:suspects?|offenders?|court|detention|hall|facility|centers?|justice|probation|records?|charges?|system)\b)|"
     rf"{_YOUNG_CHILD_WORDS}|{TEEN_GRADE_WORDS})\b", "children", True),
    (r"\bwom[ae]n\b|\bmothers?\b|\bwives\b|\bwife\b", "women", False),
    (r"\b(?:suicide\s+)?bombers?\b|\battackers?\b|\bassailants?\b|\bgunm[ae]n\b|\bshooters?\b|\bperpetrators?\b|\bhijackers?\b|\bkidnappers?\b|\bsuspects?\b|\bintruders?\b|\brobbers?\b|\bcarjackers?\b|\braiders?\b", "attackers", False),
    (r"\bmilitants?\b|\binsurgents?\b|\brebels?\b|\bfighters?\b|\bjihadists?\b|\bterrorists?\b|\bextremists?\b|\bmilitiam[ae]n\b|\bmilitia\b|\bcombatants?\b|\bbandits?\b|\bguerrillas?\b|\bmaoists?\b|\bnaxal(?:ite)?s?\b", "militants", False),
    (r"\bsoldiers?\b|\bjawans?\b|\btroops?\b|\bservicem[ae]n\b|\bservice\s+members?\b|\bmilitary\b|\barmy\b|\bmarines?\b|\bpeacekeepers?\b|\bpersonnel\b|\bofficers?\s+of\s+the\s+army\b", "soldiers", False),
    (r"\bpolice(?:m[ae]n|wom[ae]n)?\b|\bofficers?\b|\bcops?\b|\bconstables?\b|\b(?:sub-)?inspectors?\b|\bgendarmes?\b|\btroopers?\b|\bsecurity\s+(?:forces|guards?|agents?|personnel)\b|\bguards?\b", "police", False),
    (r"\bprisoners?\b|\binmates?\b|\bdetainees?\b|\bconvicts?\b", "prisoners", False),
    (r"\bcivilians?\b|\bvillagers?\b|\bresidents?\b|\bworshippers?\b|\bpassengers?\b|\bfarmers?\b|\bstudents?\b|\bpilgrims?\b|\bshoppers?\b|\bbystanders?\b|\bpassers-?by\b|\btraders?\b|\bworkers?\b|\brefugees?\b|\bmigrants?\b|\bprotesters?\b|\bdemonstrators?\b", "civilians", False),
]
_VICTIM_RES = [(re.compile(p, I), g, c) for p, g, c in VICTIM_GROUPS]


#: A child's adult: "the child's mother", "the teen's father" name the adult, not the child they belong to.
_ADULT_OF_A_MINOR = re.compile(
    r"\b(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+)?(?:child|kid|boy|girl|baby|infant|toddler|teen|teenager|youngster|"
    r"juvenile|minor|student)(?:'s|’s)\s+(?=(?:\w+\s+)?(?:mother|father|parents?|mom|dad|grandmother|grandfather|grandparents?|"
    r"uncle|aunt|stepfather|stepmother|babysitter|guardian|caretaker|teacher|coach|boyfriend|girlfriend)\b)", re.I)


def without_minor_possessor(noun_phrase: str) -> str:
    """The noun phrase without the minor who possesses its head: "the child's mother" -> "mother"."""
    if "'s" in noun_phrase or "’s" in noun_phrase:
        return _ADULT_OF_A_MINOR.sub("", noun_phrase)
    return noun_phrase


#: Adults "also" hurt, told as a group ("Two adults who tried to protect the children were also seriously injured"):
#: like one adult, someone new only beside children
ADULTS_ALSO_HURT = re.compile(
    r"(?:two|three|four|five|six|\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?(?:teachers|adults|men|women|parents|staff(?:\s+members)?|"
    r"employees|workers|nurses|guards)\b[^.;]{0,80}?\b(?:were|are)\s+also\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|stabbed|shot)\b",
    re.I)

_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose)\s", re.I)  # a person's relative clause


def victim_group_of(noun_phrase: str) -> tuple[str, bool]:
    """Normalized victim group and child flag of a noun phrase.

    "civilians" -> ("civilians", False); "children" -> ("children", True);
    "policemen" -> ("police", False); "people" -> ("people", False); "the child's mother" -> ("women", False).
    """
    noun_phrase = without_minor_possessor(noun_phrase)
    found = _group_of(noun_phrase)
    if found[0] != "attackers" and len(parts := _RELATIVE_CLAUSE.split(noun_phrase, 1)) == 2 and parts[0].strip():
        # the head, not its relative clause: "Two adults who tried to protect the children" are adults, "A man who
        # led state troopers on a chase" no trooper
        head = _group_of(parts[0])
        if not head[1] or not found[1]:
            return head
    return found


def _group_of(noun_phrase: str) -> tuple[str, bool]:
    for rx, group, child in _VICTIM_RES:
        if rx.search(noun_phrase):
            return group, child
    return "people", False


# --------------------------------------------------------------------------- casualty words
KILL_WORDS = (
    # two ways of killing before one "to death": "were beaten and stabbed to death", "hacked or shot to death"
    r"(?:(?:\w+ed|shot|beaten)\s+(?:or|and)\s+(?:\w+ed|shot|beaten)\s+to\s+death|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|struck|hit|beaten)|shot\s+(?:dead|and\s+killed|to\s+death)|"
    r"shot,\s+killed|shot\s+and\s+fatally\s+wounded|stabbed\s+(?:to\s+death|and\s+killed)|(?:hacked|beaten|burn(?:ed|t)|clubbed|"
    r"crushed|macheted|stoned|tortured|trampled|bludgeoned|starved|frozen)\s+to\s+death|"
    r"killed|kill|dead|died|die|dying|slain|slaughtered|murdered|massacred|assassinated|executed|beheaded|lynched|"
    r"gunned\s+down|perished|pronounced\s+(?:dead|deceased)|declared\s+(?:dead|deceased)|lost\s+(?:their|his|her)\s+li(?:fe|ves)|found\s+dead|confirmed\s+dead|"
    r"drowned|succumbed|left\s+dead|hanged|hung|strangled|decapitated|burn(?:ed|t)\s+alive|buried\s+alive|"
    r"found\s+murdered|tortured\s+and\s+killed|stoned|crucified|shot\s+down|hacked\s+down|cut\s+down|mowed\s+down|mown\s+down|"
    r"blown\s+up|blown\s+to\s+pieces|set\s+ablaze|set\s+alight|set\s+on\s+fire|\w+ed\s+to\s+death|"
    # "Seventeen villagers had their throats slit" (the GIA's and militias' killings)
    r"had\s+(?:their|his|her)\s+throats?\s+(?:slit|slashed|cut)|"
    # South Asian and African English: "a constable was martyred", "three personnel embraced martyrdom", "were
    # electrocuted" (killed by a live wire), "two of them were declared brought dead" (dead on arrival)
    r"martyred|embraced\s+martyrdom|electrocuted|(?:declared\s+|pronounced\s+)?brought\s+dead|"
    # official idiom: "one soldier paid the supreme price", "two soldiers fell on the field of honour", "embraced
    # shahadat", "attained martyrdom", "laid down their lives"
    r"paid\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    r"fell\s+on\s+the\s+field\s+of\s+honou?r|(?:embraced|attained)\s+(?:shahadat|shahadath|shahadah|martyrdom)|"
    r"laid\s+down\s+(?:their|his|her)\s+li(?:ves|fe))"
)
_BODY_PART = (r"(?:(?:left|right|upper|lower)\s+)?(?:head|face|neck|chest|back|arms?|legs?|foot|feet|hands?|shoulders?|"
              r"stomach|abdomen|hip|thighs?|knees?|ankles?|buttocks|groin|side|torso|eyes?|jaw|cheek|wrists?|elbows?|"
              r"calf|shin|body|temple|fingers?|toes?)")
INJURE_WORDS = (
    r"(?:wounded|injured|hurt|maimed|suffocated|suffocate|wound|injure|grazed|"
    # a knife's wound told by the body part: "was cut on the arm", "cut across the face"
    rf"cut\s+(?:on|in|across)\s+(?:the|his|her|their)\s+{_BODY_PART}\b|"
    # (one person's too: "One officer sustained a minor injury to his knee")
    r"(?:sustained|sustaining|suffered|suffering|received)\s+(?:\w+\s+){0,2}?(?:injuries|injury|wounds|burns)|"
    # a knife's or machete's wounds told as cuts: "two other residents sustained deep cuts" (not "budget cuts")
    r"(?:sustained|sustaining|suffered|suffering|received)\s+(?:(?:deep|minor|serious|severe|multiple|several|bad|"
    r"superficial|knife|machete)\s+)?(?:cuts|lacerations)|"
    # a beating's hurt: "One of the men suffered a broken nose", "sustained a fractured skull"
    r"(?:sustained|sustaining|suffered|suffering)\s+(?:an?\s+)?(?:broken\s+(?:nose|jaw|arm|leg|ribs?|wrist|hand|bones?)|"
    r"fractured\s+(?:skull|jaw|arm|leg|ribs?|wrist|hand|nose))|"
    r"hospitali[sz]ed|treated\s+(?:in\s+(?:a\s+|the\s+)?hospital\s+)?for\s+(?:\w+\s+){0,2}?(?:injuries|wounds|burns|smoke\s+inhalation)|"
    r"(?:were|was)\s+left\s+injured)"
)
BODY_PART = _BODY_PART
SHOT_WORDS = (r"(?:shot(?!\s+(?:dead|and\s+killed|to\s+death|at\b|down\b)|,\s+killed)|(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=being\s)|(?<=got\s))shot(?=\s+at\s+(?:a|an|the|his|her|their|this|least|around|about|approximately|\d|(?-i:[A-Z])))"
              r"|(?:hit|struck|grazed|wounded)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:gunfire|bullets?|gunshots?|a\s+round)"
              # people stabbed are hurt unless they died, like people shot: "two men were stabbed"
              r"|stabbed(?!\s+(?:to\s+death|and\s+killed)|,\s+killed)"
              # so are people hacked with machetes or axes ("Two women who were hacked with machetes were taken to ...")
              r"|(?:(?<=was\s)|(?<=were\s)|(?<=been\s))hacked(?=\s+(?:with|using)\s+(?:\w+\s+){0,2}?(?:machetes?|axes?|"
              r"axe|knives|knife|pangas?|cutlass(?:es)?|swords?|hoes?)\b)"
              # hit where a person is hit: "was struck in the neck", "was hit once in the lower body"
              rf"|(?:hit|struck)\s+(?:once\s+|twice\s+|(?:\w+\s+)?times\s+)?(?:in|on)\s+(?:the|his|her|their)\s+{BODY_PART}"
              # hit a number of times, with no weapon after it: "was hit multiple times", "were struck twice"
              r"|(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:hit|struck)\s+(?:twice|(?:multiple|several|numerous|three|four|five|many)\s+times)"
              r"(?!\s+(?:with|by|in\s+the\s+(?:head|face)\s+with)\b))")

_NP_WORD = (
    r"(?!(?:and|or|but|when|after|before|while|as|said|says|because|since|than|where|whom|whose|"
    r"were|was|are|is|have|has|had|been|being|got|killed|dead|died|wounded|injured|hurt|including|among|"
    r"during|by|with|to|from|into|for|at|that|which|who|left|leaving|no|not|charged|arrested|accused|indicted|sentenced|convicted|told)\b)"
    # a number word ends the phrase, unless it counts families after "of": "four members of one family"
    r"(?!(?<!\bof\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|several)\b)"
    r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|several)\b"
    r"(?!\s+(?:famil(?:y|ies)|households?|clans?)\b(?!\s+members?\b)))"
    # an initialism written with stops is one word: "three U.S. soldiers", "two U.N. peacekeepers"
    r"(?:(?-i:(?:[A-Z]\.){2,3})(?=\s)|[A-Za-z][\w'’-]*)"
)
NOUN_PHRASE = rf"(?P<np>(?:\s+{_NP_WORD}){{0,12}}?)"
# a unit or a rank's acronym in brackets inside the phrase, as the South Asian and African press write them:
# "four Frontier Corps (FC) personnel", "three Border Security Force (BSF) jawans"
NOUN_PHRASE_ACRONYM = rf"(?P<np>(?:\s+(?:{_NP_WORD}|\((?-i:[A-Z][A-Z.]{{1,7}})\)(?=\s+[A-Za-z]))){{0,12}}?)"
# "who had been detained", "from the same family"
# "who tried to storm the building after the blast": its prepositions too, not a conjunction (the relative clause of
# "three men who shot and killed a guard" holds a casualty verb of its own); a casualty verb never opens it
_REL = (rf"(?:\s+(?:who|that|which)\s+(?:(?:had|have|has)\s+)?(?:been\s+)?"
        # (a casualty verb there is the figure's own: "four children who died after their father shot them")
        rf"(?!(?:died|killed|dead|wounded|injured|hurt|shot|stabbed)\b)\w+"
        rf"(?:\s+(?:{_NP_WORD}|(?:to|after|at|into|from|for|during|with|in|on|of)\b)){{0,8}}?)?")
#: what opens an item of the people listed in apposition: a determiner or a number ("a man", "two soldiers")
_LIST_ITEM_OPEN = r"(?:an?|his|her|their|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_PAREN = (r"(?:\s*,\s*(?:who|which)\s+(?:were|was|had|have|has)\s+[^,.;()]{1,80},"  # "who were wearing suicide vests,"
          r"|\s*,\s*(?:including|among\s+them|mostly|(?:most|many|half|some|several|nearly\s+all|almost\s+all|the\s+majority|"
          r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:them|whom)|mainly|all|both)[^,.;]{1,150}"
          # a list of ages inside it: "including three children aged 4, 9 and 12,"
          r"(?:(?<=\d),\s*\d{1,2}\b(?:\s+and\s+\d{1,2}\b)?)*,"
          # an apposition naming the victim: "One victim, a 40-year-old cook, died" (an age under 18
          # is left to the readers of minors: "Two victims, a 6- and 10-year-old girl, died")
          r"|\s*,\s*(?:an?|the|his|her|their)\s+(?:1[89]-|[2-9]\d-)?(?:year-old\s+)?[^,.;()\"“”\d]{1,60},"
          # two adults named in apposition: "Two of the men, 23-year-old Jo Roe and Al Poe, 24, died"
          r"|\s*,\s*(?:(?:1[89]|[2-9]\d)[- ]years?[- ]old\s+)?(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*,\s*(?:1[89]|[2-9]\d))?"
          r"\s*,?\s+and\s+(?:(?:1[89]|[2-9]\d)[- ]years?[- ]old\s+)?(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*,\s*(?:1[89]|[2-9]\d))?\s*,"
          # their ages in apposition: "Two of his friends, aged 16 and 18, were also stabbed"
          r"|\s*,\s*aged\s+\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})*\s*,"
          # the people listed in apposition, whatever their ages: "Two people, a man and a 15-year-old boy, were killed"
          # (the minors among them are its subsets: the readers of minors)
          # (items opening with a number too: "Three people, two soldiers and a civilian, were wounded")
          r"|\s*,\s*" + _LIST_ITEM_OPEN + r"\s+[^,.;()\"“”]{1,40}?(?:\s*,\s*" + _LIST_ITEM_OPEN + r"\s+[^,.;()\"“”]{1,40}?)*"
          r"\s*,?\s+and\s+" + _LIST_ITEM_OPEN + r"\s+[^,.;()\"“”]{1,40}?\s*,"
          r"|\s*(?:—|–|--|-)\s*[^—–.;]{1,80}?\s*(?:—|–|--|-)(?=\s)"
          r"|\s*,?\s+(?:including|among\s+them|mostly)\s+[^,.;]{1,80}?(?=\s+(?:were|have|had|are|died|perished)\b))?(?:\s*\([^)]{1,80}\))?")
_AUX = (
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|got|get|reportedly|also|still|all|both|later|allegedly|"
    r"so\s+far|now|confirmed|believed|feared|thought|said|reported|to|have|each|subsequently|eventually|"
    r"already|either|were\s+left|left|been|either|critically|seriously|severely|slightly|badly|"
    r"gravely|lightly|instantly|again|(?:\w+ed\s+and)|immediately|just|then|further|since|apparently|probably|likely|possibly|"
    r"yesterday|today|overnight|reported\s+as|listed\s+as|found|later|initially|who|that|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on\s+\w+\s+(?:night|morning|evening|afternoon)|last\s+(?:night|week))\b){0,5}"
)

# people in care told by the progressive passive: "23 people were still being treated" (a later count of the hurt);
# not "being treated as a homicide", "like suspects", nor a count of the treated for shock or smoke
_BEING_TREATED = r"(?<=being\s)treated(?!\s+(?:as|like)\b|\s+for\s+(?:\w+\s+)?(?:shock|smoke(?!\s+inhalation)|trauma|panic|anxiety)\b)"

PASSIVE_AFTER = _p(
    "PASSIVE_AFTER",
    rf"\A{NOUN_PHRASE_ACRONYM}{_REL}{_PAREN}{_AUX}\s+(?:(?P<kill>{KILL_WORDS})|(?P<inj>{INJURE_WORDS}|{_BEING_TREATED})|(?P<shot>{SHOT_WORDS}))\b",
    "After a figure: victim noun, auxiliaries, casualty verb. 'five people were killed', "
    "'14 others wounded', 'dozens to suffocate', 'three soldiers died'.",
    [" people were killed", " others wounded", " to suffocate", " soldiers died", " civilians, including 10 children, were killed",
     " Malian soldiers who had been captured have been killed", " people were shot", " people sustained injuries",
     " of those men, 23-year-old Jo Roe and Al Poe, 24, died", " Frontier Corps (FC) personnel were martyred",
     " people were still being treated", " of his friends, aged 16 and 18, were also stabbed",
     " people, two soldiers and a civilian, were wounded"],
    [" houses were burned", " km from the site where people were killed"],
    anchored="match",
)
NOMINAL_AFTER = _p(
    "NOMINAL_AFTER",
    rf"\A{NOUN_PHRASE}\s+(?:(?P<kill>dead|deaths|fatalities|bodies|corpses|lives|killed|fatally\s+injured|lifeless)|(?P<inj>injured|wounded|injuries|hurt))\b",
    "After a figure: a casualty noun or adjective. 'five dead', '12 deaths', '20 bodies', '30 injured'.",
    [" dead", " deaths", " bodies", " people dead", " injured"],
    [" casualties", " houses"],
    anchored="match",
)
ACTIVE_BEFORE = _p(
    "ACTIVE_BEFORE",
    rf"(?:(?P<kill>{KILL_WORDS}|kills|killing|slew|slaying|murdering|(?<!\bhave\s)(?<!\bhas\s)(?<!['’]ve\s)buried|burying|fatally\s+(?:shooting|stabbing|wounding)|\w+ing\s+(?:and\s+\w+ing\s+)?to\s+death|massacring|executing|beheading|shooting\s+dead|"
    rf"claim(?:ed|ing|s)?\s+the\s+li(?:ves|fe)\s+of|took\s+the\s+li(?:ves|fe)\s+of|taking\s+the\s+li(?:ves|fe)\s+of|"
    # (not an attempt: "charged with the attempted murder of two people" names no death)
    rf"(?:slit(?:ting)?|slash(?:ed|ing)|cut(?:ting)?)\s+the\s+throats\s+of|deaths?\s+of|martyrdoms?\s+of|(?<!attempted\s)killings?\s+of|(?<!attempted\s)murders?\s+of|(?:killers?|murderers?)\s+of|(?:summary|extrajudicial|extra-judicial|mass)\s+executions?\s+of|(?<!attempted\s)assassinations?\s+of|bodies\s+of|remains\s+of|corpses\s+of)"
    rf"|(?P<inj>wounded|wounding|wounds|injured|injuring|injures|hurt|hurting|injur(?:y|ies)\s+(?:to|of)|maimed|maiming"
    # a headline's present tense as the second verb: "Clashes kill 4, wound 16"
    rf"|(?:(?<=,\s)|(?<=\band\s))(?:wound|injure))"
    # (people stabbed are hurt unless they died, as people shot are: "stabbed three classmates and a teacher")
    rf"|(?P<shot>shot|shooting|shoots|hitting|striking|stabbed|stabbing|stabs)"
    rf"|(?P<left>left|leaving|leaves|claimed|claiming|claims))"
    rf"(?:\s+(?:a\s+total\s+of|an?\s+additional|another|at\s+least|more\s+than|the|a\s+family\s+of|all|along\s+with|together\s+with|alongside|(?:him|her)self\s+and)){{0,2}}\s*\Z",
    "Before a figure: an active casualty verb whose object is the figure. 'killing 15', 'wounded 50', "
    "'claimed the lives of 10', 'bodies of 12', 'leaving 5 (dead)', 'the summary execution of 40' "
    "(not a court's 'execution of'), 'they buried 39 people' (the burials count the dead; not a life's 'I have buried "
    "three sons')",
    ["killed ", "killing ", "wounded ", "claimed the lives of ", "bodies of ", "leaving ", "injuring a total of ", "buried ",
     "opened fire, hitting ", "the summary execution of ", "the assassination of ", "kill 4, wound "],
    ["visited ", "said ", "seeking the executions of ", "charged with the attempted murder of "],
    anchored="end",
)
TOLL_BEFORE = _p(
    "TOLL_BEFORE",
    # an attack's toll: "Odesa drone strike toll rises to 10"; the event may take 120 characters ("The death toll from a
    # Russian drone strike that hit an apartment block in the Black Sea port of Odesa rose to 10")
    r"(?:(?:death|casualty|fatality|the|(?:strike|attack|blast|bombing|explosion|shelling|raid|massacre|shooting)s?)\s+(?:toll|count|figure)"
    r"|death\s+total|(?:\A|(?<=[:;|–—]\s))toll)(?:\s+(?:from|of|in)\s+[\w\s'’-]{1,120}?)?\s+"
    r"(?:(?:has|had|have|was|is|now|further|officially|reportedly|also|later|since|subsequently|eventually|then|climbed|rose|risen|increased|jumped|reached|"
    r"hit|stood|stands|went\s+up|surged|grew|been|raised|revised|up|of|at|to|"
    # a toll revised downward: "revised the death toll down to 28", "The toll was lowered to 28"
    r"down|downward|lowered|reduced|fell|dropped|decreased|cut|"
    # a headline's present tense: "death toll rises to 95", "Toll in Quetta blast climbs to 70"
    r"rises|climbs|reaches|jumps|increases|mounts|mounted|soars|soared|goes\s+up|"
    # after "saw" or "to": "saw the final death total climb to 12"
    r"climb|rise|increase|reach)\s+){1,4}\Z"
    r"|number\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed|fatalities|victims)"
    # with what it counts: "put the number of people killed in Wednesday's car bomb attack in the capital, Mogadishu, at "
    r"(?:\s+(?:from|of|in)\s+[\w\s'’,-]{1,120}?)?\s+(?:(?:has|had|rose|risen|climbed|increased|reached|is|was|stood|stands|at|to|"
    r"later|since|now|further|subsequently|eventually|then)\s+){1,4}\Z"
    r"|(?:bringing|brought|raising|raised|pushing|taking|took)\s+(?:the\s+)?(?:overall\s+|total\s+|final\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths))\s+(?:to|at)\s+\Z",
    "Before a figure: a death toll. 'the death toll rose to ', 'death toll stands at ', 'bringing the toll to ', "
    "a headline's 'Toll in Quetta blast rises to '.",
    ["the death toll rose to ", "death toll has risen to ", "bringing the death toll to ", "The toll stood at ",
     "Kabul blast: death toll rises to ", "Toll in Quetta blast rises to ", "the number of dead later rose to ",
     "Odesa drone strike toll rises to ", "revised the death toll down to ", "The toll was lowered to ",
     "put the number of people killed in the attack in the capital, Mogadishu, at "],
    ["the road to "],
    anchored="end",
)
# the nouns of a running or cumulative count ("the death toll", "the number of people killed", "Louisville's
# homicide total", "the total killed"); group "hurt" when it counts the injured
_COUNT_NOUN = (
    r"(?:(?:death|homicide|murder|killing|fatality|casualty)s?\s+(?:toll|total|count|tally|number)|toll|tally"
    r"|total(?:\s+number)?(?:\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|slain|fatalities|victims|homicides|killings"
    r"|(?P<hurt1>injured|wounded|injuries)))?"
    r"|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|slain|murdered|fatalities|victims|homicides|killings|died"
    r"|(?P<hurt2>injured|wounded|injuries|hurt)))"
)
CUMULATIVE_TOLL_BEFORE = _p(
    "CUMULATIVE_TOLL_BEFORE",
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ing|ed)|push(?:es|ing|ed)?|tak(?:es|ing)|took|lift(?:s|ing|ed)?)\s+"
    r"(?:(?:the|its|this|that|their|[A-Z][\w.-]*(?:'s|’s))\s+){1,2}(?:(?!to\b|at\b)[\w-]+\s+){0,2}?"
    + _COUNT_NOUN +
    r"(?P<scope>\s+(?!to\s|at\s)[^.;:!?]{1,80}?)?\s+(?:to|at)\s+\Z",
    "Before a figure: a running or cumulative count that an event brings up, with what it counts between the noun "
    "and 'to': 'bringing the number of people killed in the state this month to ', 'raise the city's homicide total "
    "to ', 'bringing the death toll since January to '. Whether it is a summary follows its scope words.",
    ["bringing the total killed this month to ", "brings the number of people killed in the state this month to ",
     "bringing the death toll since January to ", "raises the number of journalists killed in the country this year to ",
     "raise Dayton's criminal homicide total to ", "bringing the total number of those killed on the same day to ",
     "bringing the number of people wounded this year to "],
    ["took the bodies of the dead to ", "brought the victim to ", "bring the killer to "],
    anchored="end",
)
CUMULATIVE_TOLL_AFTER = _p(
    "CUMULATIVE_TOLL_AFTER",
    r"\A\s+(?:the|its|their|[A-Z][\w.-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?" + _COUNT_NOUN.replace("hurt1", "hurt3").replace("hurt2", "hurt4")
    + r"(?P<scope>[^.;:!?]{0,80}?)(?=\s*(?:[.;:!?]|,|\Z|\s+(?:according|police|officials|the\s+\w+\s+said|said)\b))",
    "After a figure: what a running or cumulative count that a verb brings 'to' the figure counts: "
    "'raising to 45 the number of troops killed since the operation began'.",
    [" the number of troops killed since the operation began.", " the death toll from the attack,"],
    [" the hospital.", " the victims to safety."],
    flags=I,
    anchored="match",
)
_CUMULATIVE_VERB_TO_BEFORE = r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ing|ed)|push(?:es|ing|ed)?|lift(?:s|ing|ed)?)\s+to\s+\Z"
CUMULATIVE_VERB_TO_BEFORE = _p(
    "CUMULATIVE_VERB_TO_BEFORE", _CUMULATIVE_VERB_TO_BEFORE,
    "Before a figure whose count follows it: 'raising to ' 45 the number of ...", ["raising to ", "brings to "],
    ["talked to ", "brought him to "], anchored="end",
)
INJURY_TOLL_BEFORE = _p(
    "INJURY_TOLL_BEFORE",
    r"(?:number\s+of\s+(?:injured|wounded|injuries|people\s+injured"
    # a running count of the people treated for their injuries: "the number of people treated in hospital for their
    # injuries has now risen to 64" (not those treated for shock)
    r"|(?:people|patients|those|victims)\s+(?:(?:being|who\s+were)\s+)?treated(?:\s+in\s+hospitals?)?(?:\s+for\s+(?:their\s+)?injuries)?)"
    r"|injur(?:y|ed)\s+(?:toll|count))\s+(?:(?:has|had|rose|risen|climbed|increased|reached|is|was|stood|stands|now|at|to)\s+){1,4}\Z",
    "Before a figure: a count of injured. 'the number of injured rose to '.",
    ["number of injured rose to ", "number of people treated in hospital for their injuries has now risen to ",
     "number of people treated had risen to "],
    ["number of cars rose to "],
    anchored="end",
)
SUBSET_BEFORE = _p(
    "SUBSET_BEFORE",
    r"(?:\binclud(?:ing|es|ed)|\bamong\s+(?:them|whom|those|the\s+(?:dead|deceased|martyrs|victims|killed|injured|wounded|casualties))(?:\s+(?:were|are|was))?|"
    r"\bof\s+(?:whom|them)|\bmost(?:ly)?(?:\s+of\s+(?:them|whom))?|\bmany\s+of\s+them|\bthe\s+(?:dead|deceased|victims)\s+(?:include|included|were)|"
    r"\bwhich\s+included|\bthe\s+majority"
    # a breakdown after a colon: "three others were wounded: two boys, ages 15 and 16, and a 19-year-old man"
    r"|\b(?:killed|dead|wounded|injured|hurt)\s*:)\s*(?:,\s*)?(?:at\s+least\s+|the\s+)?\Z",
    "Before a figure: it is a subset of the previous figure. 'including 160 children', 'among them 10 women'.",
    ["including ", "among them ", "of whom ", "among the dead were "],
    ["killing "],
    anchored="end",
)
ANOTHER_BEFORE = _p(
    "ANOTHER_BEFORE",
    r"\b(?:another|an\s+additional|a\s+further|further|(?<!\bthe\s)(?<!\bthe\s\s)other)\s*\Z",
    "Before a figure: people in addition to those already counted. 'Another 12 were wounded'. "
    "'The other two victims' are the rest of a group already counted.",
    ["Another ", "an additional ", "other "],
    ["the ", "the other "],
    anchored="end",
)
OTHERS_AFTER = r"\A\s+(?:others?|more|additional)\b"

NOT_CASUALTY_AFTER = _p(
    "NOT_CASUALTY_AFTER",
    r"\A(?:\s*|-)(?:-?years?[- ]olds?|-?years?\b|-?months?\b|-?weeks?\b|-?days?\b|-?hours?\b|-?minutes?\b|-?seconds?\b|decades?\b|"
    r"%|percent|per\s*cent|km|kilomet(?:er|re)s?|miles?|metres?|meters?|feet|ft|yards?|acres?|hectares?|"
    r"kg|kilograms?|tons?|tonnes?|dollars?|euros?|pounds|naira|rupees?|shillings?|francs?|cents?|"
    r"(?:a\.?m\.?|p\.?m\.?)(?!\w)|o'clock|GMT|local\s+time|hrs|:\d\d|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
    r"houses?|homes?|buildings?|vehicles?|cars?|shops?|cattle|cows?|goats?|sheep|livestock|camels?|"
    # groups, not people: "four members of one family", "two clans" ("five family members" are people)
    r"famil(?:y|ies)(?!\s+members?\b)|households?|clans?|"
    r"rounds?|bullets?|shots|times|counts?|charges?|points?|votes?|seats?|(?:gun\s*shot|bullet|stab)\s+wounds?|"
    r"st|nd|rd|th|[A-Z]?[a-z]+\s+(?:Street|Avenue|Road|Block|Drive)|blocks?|"
    # a phone number or a call ("a 911 call", "received 3 calls"), a date or fraction ("10/16/16"), the first age
    # of a pair sharing one hyphenated word ("6- and 12-year-old children")
    r"calls?|callers?|reports?|dispatch(?:ers?)?|operators?|y/?o|yrs?\.?\s+old|/\d+|(?<=-)\s*(?:and|or|to)\s+\d{1,3}-(?:years?|months?)-old)\b",
    "After a figure: it is an age, duration, distance, time, amount or thing, not people. "
    "'a 27 year old', '40 days', 'a 90km stretch', '1am', '$500', '30 houses', 'a 911 call', '10/16/16', "
    "'6- and 12-year-old'.",
    [" year old", "-year-old", " days", "km", " miles", "am", " percent", " houses", " local time", ":30 Sunday night",
     " in the afternoon", " gunshot wounds", " call that a boy was shot", "/16/16", "- and 9-year-old sons",
     " blocks away"],
    [" people", " civilians"],
    anchored="match",
)
NOT_CASUALTY_BEFORE = _p(
    "NOT_CASUALTY_BEFORE",
    r"(?:[$£€#]|\bUS\$|\bno|\b(?:mother|father|parent|grandmother|grandfather|ages?)\s+of|\baged?|\bages|\bNo\.|\bnumber|\bRoute|\bHighway|\bflight|\bat|\bsince|\bin|\bon|\buntil|\bby|\bfrom|"
    r"\bJanuary|\bFebruary|\bMarch|\bApril|\bMay|\bJune|\bJuly|\bAugust|\bSeptember|\bOctober|\bNovember|\bDecember|"
    r"\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bSept|\bOct|\bNov|\bDec|\bpage|\bcount|\bblock|\bkm|\bversion|"
    # a unit's or a place's designation: "Brigade 93", "Camp 7", "Resolution 2254", "Precinct 5"
    r"\bBrigade|\bDivision|\bBattalion|\bRegiment|\bSquadron|\bPlatoon|\bCorps|\bCamp|\bSector|\bZone|\bResolution|"
    r"\bArticle|\bSection|\bPrecinct|\bWard|\bKilo|\bGate)\.?\s*\Z",
    "Before a figure: a currency, age, date or label ('aged 27', '$5', 'in 2016', 'on 3 January', 'No. 5', "
    "'between the ages of 21 and 58').",
    ["aged ", "$", "in ", "on September ", "between the ages of "],
    ["killing "],
    anchored="end",
)

FOOTAGE = _p(
    "FOOTAGE",
    r"\b(?:is|are|was|were|being)\s+(?:seen|shown|pictured|filmed|depicted|heard)\b|\b(?:footage|video|videos|photos?|images?|pictures?)\s+(?:shows?|showed|showing|appeared\s+to\s+show)\b",
    "A descriptive clause about footage or pictures; figures in it are not tolls. "
    "'a baby with cuts and burns is seen crying', 'Other children are shown'.",
    ["a baby is seen crying", "Other children are shown to have injuries", "Many were seen carrying the injured"],
    ["five people were killed"],
)

SUMMARY = _p(
    "SUMMARY",
    r"\b(?:\d+|\w+)\s+(?:days|weeks|months|years|decades)\s+of\s+(?:fighting|violence|conflict|war|clashes|unrest|bombardment|bombing|siege|protests?|strikes?|airstrikes?)\b"
    r"|\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)|(?:January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid)\b|(?:19|20)\d\d|last\s+(?:year|month)|it\s+(?:began|started|erupted)|(?:fighting|violence|clashes|hostilities|unrest)\s+(?:broke\s+out|erupted|began|started|flared)|(?:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|uprising|crisis|fighting|violence|revolution|revolt|offensive|operation|campaign|siege|protests?|clashes|crackdown|unrest|occupation|invasion|intervention|ceasefire|truce|hostilities|escalation|bombardment|blockade)\s+(?:began|started|erupted|broke\s+out|was\s+launched|took\s+effect)"
    # a campaign named without its verb: "killed in the crackdown since the October coup", "since the invasion"
    r"|(?:the|last\s+year's|its|their)\s+(?:[\w-]+\s+){0,2}?(?:war|insurgency|uprising|revolution|revolt|offensive|coup|"
    r"invasion|occupation|intervention|crackdown|escalation|ceasefire|truce)\b(?!\s+(?:on|in|at)\s+(?:the\s+)?"
    r"(?:morning|night|day|evening)\b)"
    # who began it: "since the Libyan National Army launched its offensive on Tripoli"
    r"|(?:[\w'’-]+\s+){1,5}?(?:launched|began|started|mounted|opened)\s+(?:its|their|his|her|the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offensive|operation|campaign|war|assault|siege|invasion|intervention|bombardment|blockade))"
    r"|\bso\s+far\s+(?:this\s+(?:year|month)|in\s+(?:19|20)\d\d)\b"
    r"|\b(?:in|within|over)\s+(?:about|roughly|nearly|less\s+than|just|under|a\s+span\s+of|the\s+(?:past|last))\s+(?:\d+|[a-z]+)\s+hours\b|\bthis\s+year\b|\bin\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decades?)\b"
    r"|\b(?:war|conflict|insurgency|uprising|civil\s+war|crisis|epidemic|violence)(?:\s*,[^,.;:]{1,60},)?\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left)\b"
    r"|\b(?:war|conflict|insurgency|uprising|crisis)\s+(?:that|which)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed)\b"
    # a war's toll: "More than 62,000 people have been wounded in the war" (not "the war zone", "war crimes")
    r"|\b(?:killed|wounded|injured|dead)\s+(?:[\w'’-]+\s+){0,3}?(?:in|during|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?war\b(?!\s+(?:zone|crimes?)\b)"
    r"|\bsince\s+\d{4}\b|\bannual\s+(?:death\s+)?(?:tolls?|tall(?:y|ies)|counts?|reports?|figures|statistics|data|totals?)\b|\byear's\s+toll\b"
    # a period told before: "12,000 people had been wounded in the same period"
    r"|\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time\s+span|timeframe|time\s+frame)\b"
    # round-ups of several shootings (group "roundup": the cue holds for every figure of its sentence)
    r"|(?P<roundup>\bacross\s+(?:the|this|our)\s+(?:city|town)\b|\bcity-?wide\b"
    r"|\bin\s+(?:\w+\s+)?(?:separate|unrelated)\s+(?:\w+\s+)?shootings\b"
    # a round-up of a named city's shootings: "wounded in shootings across Dayton over the weekend"
    r"|\bshootings\s+(?:across|around|throughout)\s+(?-i:[A-Z])"
    # a city's tally over a span: "At least 55 people were shot, 19 of them fatally, across Chicago over the long Fourth
    # of July weekend" (not "across Main Street on Sunday")
    # or "across Chicago from Friday evening through early Monday"
    r"|\b(?:across|throughout)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:(?:over|during|this|last|since|in\s+the\s+past)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:weekend|holiday|week|days|hours|night)\b|from\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:through|to|until|into)\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z][a-z]+day)\b)"
    # or a country's or a city's on one day: "at least 180 people were killed across Syria on Monday" (a street is
    # crossed: "ran across Main Street on Sunday")
    r"|\b(?:across|throughout)\s+(?-i:[A-Z][a-z]+)(?:\s+(?!(?:Street|Avenue|Road|Boulevard|Drive|Lane|Way|Bridge|Park|"
    r"Highway|Parkway|Place|Court|Square|Plaza)\b)(?-i:[A-Z][a-z]+))?\s+(?:on\s+)?(?-i:[A-Z][a-z]+day)\b"
    # "after several separate shootings", "four separate triple shootings", "in city shootings Tuesday",
    # "in incidents spanning the five boroughs"
    r"|\b(?:several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate|unrelated)\s+(?:\w+\s+)?shootings\b"
    r"|\bin\s+city\s+shootings\b|\bin\s+(?:\w+\s+)?incidents\s+(?:spanning|spread|across|around|throughout)\b"
    # "the two deaths did not appear to be related": a count of separate incidents
    r"|\b(?:two|three|four|five|both)\s+(?:deaths|shootings|killings|homicides|slayings|incidents|attacks)\s+"
    r"(?:\w+\s+){0,3}?(?:not|n't)\s+(?:\w+\s+){0,3}?(?:related|connected|linked)\b)"
    r"|\b(?:months?|years?)\s+(?:earlier|before(?:\s+that)?|ago|prior)\b|\bin\s+an?\s+(?:previous|prior|earlier)\s+(?:shooting|incident|attack)\b"
    r"|\brecent\s+(?:incidents|shootings|ambushes)\b|\bin\s+the\s+wake\s+of\b"
    # statistics: "141 minors die in accidental shootings each year", "19 officers were slain nationwide"
    r"|\b(?:each|every|per)\s+year\b|\bannually\b|\bnationwide\b|\bacross\s+the\s+(?:country|nation|United\s+States)\b"
    # "Crime stats for 2015 show 165 people were murdered", "statistics show 30 children died"
    r"|\b(?:stats|statistics)\s+(?:[\w,'’-]+\s+){0,8}?show(?:s|ed)?\b"
    # an earlier incident the article's is compared with, told after it (only figures after the cue):
    # "the attack came a month after a gunman killed 12", "in retaliation for a shooting that left one dead"
    r"|(?P<fwd>\b(?:shooting|attack|incident|killing|violence|rampage|massacre|tragedy|death|slaying|homicide|clashe|protest|riot"
    r"|strike|airstrike|bombing|raid|blast|explosion|ambush)s?"
    # (not the passive "bombings followed by an armed attack": what came after it)
    r"\s+(?:\w+\s+){0,2}?(?:came|comes|follows|followed)\b(?!\s+by\b)|\b(?:retaliation|retribution|revenge|reprisal)\s+(?:for|to)\b"
    # a death the attackers avenge: "killed nine people while avenging the killing of one of their members"
    r"|\baveng(?:e|es|ed|ing)\b"
    # a protest against an earlier killing: "as they protested against troops shooting dead three militants"
    r"|\bprotest(?:s|ed|ing)?\s+(?:against|over)\b(?=\s+(?:[\w'’-]+\s+){0,4}?(?:kill(?:ing|ings)?|shooting|murders?|deaths?)\b)"
    # whatever the subject: "The executions around the town came almost two weeks after the same group killed 11"
    r"|\b(?:came|comes)\s+(?:(?:almost|nearly|about|just|some|only|barely|roughly|less\s+than|more\s+than|just\s+over)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:weeks?|months?|years?)\s+after\b"
    # an earlier incident the sentence dates by its distance, after a comma: "A man was wounded early Tuesday on Joseph
    # Avenue, police said, a month after two men were shot on the same stretch" (weeks, months or years: "a day
    # after" is not a cue, coders add the day before)
    r"|,\s+(?:(?:about|nearly|almost|just|less\s+than|more\s+than|barely|only)\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+"
    r"(?:weeks?|months?|years?)\s+after\b"
    # another victim just before: "A man was gunned down Sunday night, hours after another man was found slain"
    r"|\b(?:hours|minutes)\s+after(?=\s+(?:another|a\s+second)\b))",
    "A cumulative or period figure rather than one incident: '40 days of fighting has killed', "
    "'since the war began', 'so far this year', 'the conflict has killed', 'in shootings across the city', 'citywide', "
    "'the annual toll' (not an annual event: 'at the annual street fair').",
    ["40 days of fighting in Aleppo has killed", "five decades of conflict that left 260,000 dead", "since the war began in 2011",
     "12,000 people had been wounded in the same period", "so far this year", "the conflict has killed more than",
     "the insurgency, now in its tenth year, has killed",
     "wounded in shootings across the city", "in citywide shootings", "so far in 2015",
     "were shot in the city in about ten hours", "hurt in weekend shootings across Dayton", "after several separate shootings",
     "nine hurt in city shootings Monday", "were shot, 19 of them fatally, across Chicago over the long Fourth of July weekend", "in incidents spread across the county",
     "Crime stats for 2015, in the city of New Orleans, show", "hours after another man was found slain",
     "the two deaths did not appear to be related", "The strike came less than two weeks after",
     "since the Libyan National Army launched its offensive", "in the crackdown since the October coup",
     "police said, a month after two men were shot"],
    ["five people were killed on Tuesday", "two people were shot at the annual street fair", "he died within hours",
     "Pair of bombings followed by armed attack",
     "wounded in a shooting across from the park", "two separate victims were wounded"],
)

EVENT_TYPES: list[tuple[str, str]] = [
    ("gas attack", r"\b(?:chlorine|sarin|nerve\s+agent|toxic\s+gas|poison(?:ous)?\s+gas|chemical\s+(?:attack|weapons?)|gas\s+attack)\b"),
    ("suicide bombing", r"\bsuicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|car\s+bomb|vest|blast)\b|\bblew\s+(?:himself|herself|themselves)\s+up\b"),
    ("airstrike", r"\bair\s*-?\s*strikes?\b|\bair\s+raids?\b|\bwarplanes?\b|\bjets?\b|\bdrone\s+strikes?\b|\bbarrel\s+bombs?\b|\bhelicopters?\b|\baerial\s+bombardment\b"),
    ("shelling", r"\bshell(?:ing|s|ed)\b|\bmortars?\b|\bartillery\b|\brockets?\b|\bmissiles?\b"),
    ("bombing", r"\bbomb(?:s|ing|ings|ed)?\b|\bexplosions?\b|\bblasts?\b|\bIEDs?\b|\bexplosive\b|\bgrenades?\b|\blandmines?\b|\bmines?\b"),
    ("shooting", r"\bshot\b|\bshooting\b|\bgun(?:fire|men|man|shots?)\b|\bopened\s+fire\b|\bfired\s+(?:at|on|into)\b|\bsnipers?\b|\bfatally\s+shot\b|\blive\s+(?:rounds|ammunition|fire|bullets)\b"),
    ("stabbing", r"\bstabb(?:ed|ing)\b|\bknife\b|\bmachetes?\b|\bhacked\b"),
    ("arson", r"\bset\s+(?:ablaze|on\s+fire|fire\s+to)\b|\bburn(?:ed|t)\s+(?:alive|to\s+death)\b|\barson\b"),
    ("beating", r"\bbeat(?:en|ing)?\s+(?:\w+\s+){0,3}?to\s+death\b|\blynch(?:ed|ing|ings)?\b|\bston(?:ed|ing)\s+(?:\w+\s+){0,3}?to\s+death\b|\bclubbed\b|\bbludgeoned\b"),
    ("clashes", r"\bclash(?:es|ed)?\b|\bfighting\b|\bbattles?\b|\bskirmish(?:es)?\b"),
    ("massacre", r"\bmassacre[ds]?\b"),
    ("attack", r"\battack(?:s|ed)?\b|\braid(?:s|ed)?\b|\bambush(?:ed)?\b"),
]
_EVENT_RES = [(t, re.compile(p, I)) for t, p in EVENT_TYPES]
# one literal that every match of a type's pattern holds (lowercased), with the fingerprint of the pattern it
# was read from: a pattern changed since is run without its gate
_EVENT_WORDS = {
    "8901035ba2c117be": ("chlorine", "sarin", "nerve", "toxic", "poison", "chemical", "gas"),
    "17bf9abc47893f29": ("suicide", "blew"),
    "8ca1a2e151075cda": ("air", "warplane", "jet", "drone", "barrel", "helicopter", "aerial"),
    "fdf9affbf01f645a": ("shell", "mortar", "artillery", "rocket", "missile"),
    "034c9643d237ae1f": ("bomb", "explosi", "blast", "ied", "grenade", "mine"),
    "7c6dc93a43ae7a94": ("shot", "shooting", "gun", "opened", "fired", "sniper", "live"),
    "e1e7e9758e06cd8e": ("stabb", "knife", "machete", "hacked"),
    "0eb900d02e03d0ff": ("set", "burn", "arson"),
    "bb1feb1ffd114a86": ("clash", "fighting", "battle", "skirmish"),
    "9de2ef6d516682b8": ("beat", "lynch", "ston", "clubbed", "bludgeoned"),
    "1f6f148855684dac": ("massacre",),
    "0584f90bb294df66": ("attack", "raid", "ambush"),
}


def _event_gate(pattern: str) -> re.Pattern | None:
    words = _EVENT_WORDS.get(hashlib.sha1(pattern.encode()).hexdigest()[:16])
    return any_literal(words) if words else None


_EVENT_GATED = [(t, rx, _event_gate(p)) for (t, p), (_, rx) in zip(EVENT_TYPES, _EVENT_RES)]
# each gate as substring tests (scan.any_in, the same answer): a few ``in`` tests are far cheaper than a regex scan
_EVENT_HAS = [None if gate is None else any_in(_EVENT_WORDS[hashlib.sha1(p.encode()).hexdigest()[:16]])
              for (_, p), (_, _, gate) in zip(EVENT_TYPES, _EVENT_GATED)]


def event_type_of(sentence: str) -> str | None:
    """First event type whose keywords occur in the sentence (the list is ordered by specificity).

    "A suspected chlorine gas attack hit ..." -> "gas attack"; "a suicide bomber struck" -> "suicide bombing".
    """
    low = scan_lower(sentence)  # None: no gate (see scan.scan_lower)
    for (t, rx, _), has in zip(_EVENT_GATED, _EVENT_HAS):
        if (low is None or has is None or has(low)) and rx.search(sentence):
            return t
    return None


ANAPHOR = _p(
    "ANAPHOR",
    r"\bthe\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?P<kind>neighbourhood|neighborhood|district|town|city|village|province|region|area|county|state|country)\b",
    "A place referred to by its kind: 'the same rebel-held neighbourhood', 'the town'.",
    ["the same rebel-held neighbourhood", "the town", "the border town"],
    ["a town"],
)


# --------------------------------------------------------------------------- ages of people
_NOT_A_NAME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
               r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")

AGE_MENTION = _p(
    "AGE_MENTION",
    rf"\b(?:(?P<age>\d{{1,2}}|{NUMBER_PATTERN})[- ](?P<unit>years?|months?|weeks?|days?)[- ]old"
    rf"(?:\s+(?P<noun>[a-z]+))?"
    rf"|(?-i:(?!{_NOT_A_NAME})[A-Z][a-z'’-]+(?:\s+(?!{_NOT_A_NAME})[A-Z][a-z'’-]+){{0,2}}),\s+(?P<age2>\d{{1,2}})\s*(?=,|;|\)|\s+of\b|\s+and\b|\.)"
    rf"|(?:aged?|ages)\s+(?P<age3>\d{{1,2}})\b"
    rf"|(?P<age4>\d{{1,2}}|{NUMBER_PATTERN})\s+years?\s+old\b)",
    "A person's stated age, anywhere in an article: '4-year-old boy', 'nine-month-old', "
    "'Jael Smith, 5,' (a name in apposition), 'aged 6', 'was 7 years old'. The extractor gives a "
    "single victim without an age in its own words the age of the nearest such mention before it.",
    ["a 4-year-old boy", "a nine-month-old", "Jamie Doe, 5, and", "the boy, aged 6", "the girl was 7 years old",
     "Kim Lee, 16.", "Kim Lee, 9; Jo Lee, 4"],
    ["in March, 2015,", "on Sunday, 21, the", "a 4-foot wall", "the 16th street"],
)

CHILD_NOUN = _p(
    "CHILD_NOUN",
    r"\b(?:boy|girl|child|kid|toddler|baby|infant|newborn|son|daughter|grandson|granddaughter|"
    rf"stepson|stepdaughter|nephew|niece|teen|teenager|juvenile|minor|student|youngster|{_YOUNG_CHILD_WORDS}|{TEEN_GRADE_WORDS})\b",
    "A noun that fits a child or teen victim (an age from elsewhere in the article may be given to it).",
    ["the boy", "her son", "a toddler"],
    ["the man", "a woman"],
)

ADULT_NOUN = _p(
    "ADULT_NOUN",
    r"\b(?:man|woman|father|mother|husband|wife|grandfather|grandmother|uncle|aunt|stepfather|stepmother|grandpa|grandma|mom|dad|officer|deputy|trooper|driver|clerk|"
    r"owner|employee|suspect|shooter|gunman|homeowner|resident|neighbor|neighbour|boyfriend|girlfriend|adult|"
    # trades and offices held by adults: "The coach died" is not the 11-year-old player grazed
    r"coach|teacher|principal|pastor|priest|manager|bartender|bouncer|nurse|doctor|landlord|retiree|guard)\b",
    "A noun that fits only an adult: an age below 18 mentioned elsewhere is not theirs.",
    ["the man", "his wife", "a store clerk", "the coach"],
    ["the boy", "a child"],
)

AGENT_AGE_CONTEXT = _p(
    "AGENT_AGE_CONTEXT",
    r"\b(?:by|suspect(?:ed)?|shooter|gunman|assailant|attacker|killer|robber|carjacker|arrest(?:ed|s)?|charged|accused|booked|"
    r"identified\s+the\s+(?:suspect|shooter))\b(?:\s*,)?(?:\s+(?:a|an|the|his|her|their|as))?\s*\Z",
    "Words right before an age mention that make it the age of the shooter or suspect, not of a victim: "
    "'shot by 5-year-old brother', 'police arrested John Doe, 19,', 'The shooter, a 41-year-old man,', a headline's "
    "'police arrest 14-year-old'.",
    ["shot by ", "shot by his ", "Police arrested ", "the suspect ", "The shooter, a ", "the accused shooter, ",
     "police arrest "],
    ["shot a ", "the victim "],
    anchored="end",
)

TUPLE_SHOOTING = _p(
    "TUPLE_SHOOTING",
    r"\b(?P<n>double|triple|quadruple|quintuple)[- ](?:(?P<killed>homicide|murder|fatal\s+shooting|slaying|killing)s?|(?P<shot>shooting))\b"
    r"(?!\s*-?\s*suicide)",
    "A count carried by the event noun: 'a double shooting' (two people shot), 'a triple homicide' (three killed). "
    "A 'double murder-suicide' is left alone (the shooter is among the dead).",
    ["a double shooting", "the triple homicide", "Quadruple shooting leaves one dead", "a double fatal shooting"],
    ["a double murder-suicide", "double-parked", "shooting doubles"],
)
TUPLE_COUNT = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

ORDINAL_COUNT = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
ORDINAL_DEATH = _p(
    "ORDINAL_DEATH",
    r"(?:\ban?\s+|\A|(?<=[:|]\s))(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?!time\b|day\b|week\b)[A-Za-z][\w'’-]*(?:\s*,[^,.;]{{1,60}},)?"
    # the wound told in a reduced relative: "A second man shot Friday on Dayton's west side has died" (not "A second
    # officer who was shot has died", after an officer wounded: it numbers the people shot)
    r"(?:(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bwho)\s+(?:shot|wounded|injured|hurt|stabbed)\b[^,.;]{0,60}?)?"
    r"\s+(?:(?:has|have)\s+(?:(?:also|now|since)\s+)?(?:died|succumbed)|(?:also|now|later|since|subsequently)\s+(?:died|succumbed)"
    r"|dies|succumbs|(?:has|have)\s+been\s+(?:pronounced\s+|confirmed\s+|declared\s+)?dead)\b",
    "A new death told as an ordinal gives the running death toll: 'a third person has died' (3 killed in all), "
    "'Second victim dies in shooting' (2), also after a headline's label ('UPDATE: Second victim dies'). Read as a "
    "running toll (the largest is taken, not added). "
    "'The fourth man died' and 'two were hurt and a third person died' number the victims, not the dead.",
    ["A third person has died", "Second victim dies in drive-by shooting", "a second man, aged 20, has also died",
     "a fourth victim has been pronounced dead", "A second man shot Friday on the west side has died",
     "UPDATE: Second victim dies after shooting", "Police: Third man dies after shooting"],
    ["the second time he died", "a second man was shot", "died a second time", "The fourth man died",
     "a second time, he has died", "A second officer who was shot has died",
     "two were hurt and a third person died"],
)

_APPOS_ITEM = r"(?:an?|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
# a list of the people in apposition: "three others, two men and a 16-year-old girl, were taken to hospital"
_APPOS_LIST = rf"\s*,\s*{_APPOS_ITEM}(?:\s*,\s*{_APPOS_ITEM})*\s*,?\s+and\s+{_APPOS_ITEM}\s*,"

# an "including" clause or ages in apposition (not a dash's apposition, whose minors are read one by one)
_HURT_PAREN = (r"\s*,\s*(?:including|among\s+them)\s+[^,.;]{1,80},"
               r"|\s*,\s*aged\s+\d{1,2}(?:\s*(?:,|and|or)\s*\d{1,2})*\s*,")

HURT_AFTER = _p(
    "HURT_AFTER",
    rf"\A(?:\s+other)?(?:\s+(?P<victims>(?:gunshot|shooting|gunfire)\s+victims)\b"
    # (a list, an "including" clause or ages in apposition: "two men, aged 29 and 63, were taken to hospital",
    # "three others, including a girl, were taken to hospital"; British "trauma centre")
    rf"|{NOUN_PHRASE}(?:{_APPOS_LIST}|{_HURT_PAREN})?\s+(?:who\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+(?:(?:also|later|then|all|both|each)\s+)?"
    # ("were rescued by police and admitted to ...": a rescue before the care; South Asia's "Medical College")
    rf"(?:(?:rescued|evacuated|pulled\s+out)\s+(?:by\s+[\w-]+\s+)?and\s+)?"
    rf"(?P<hosp>(?:taken|transported|rushed|brought|sent|airlifted|driven|admitted)\s+(?:by\s+[\w-]+\s+)?to\s+"
    rf"(?:a\s+|an\s+|the\s+|area\s+|local\s+|two\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?:hospitals?|medical\s+cent(?:er|re)s?"
    rf"|trauma\s+cent(?:er|re)s?|medical\s+colleges?))"
    rf"|(?:are|were|remain|remained)\s+(?:(?:both|all|each|still)\s+)?(?P<hosp_in>in\s+(?:the\s+|a\s+)?hospital(?=\s*(?:[.,;:)]|\Z|(?:after|with|in|for|following|and|since|at|on|but|where|recovering|being|today|tonight)\b))"
    # "five are in a critical condition", "two remain in serious but stable condition"
    rf"|in\s+(?:a\s+)?(?:critical|serious|grave|stable|fair|guarded)(?:\s+but\s+stable)?\s+condition)"
    rf"|(?:(?:were|are)\s+)?(?:found\s+)?(?P<wound>(?:with|suffering(?:\s+from)?|suffered|sustained)\s+(?:[\w-]+\s+){{0,2}}?"
    # (a blade's or a blast's wounds, as a gun's, are people hit, the dead among them: "found three men with stab wounds")
    rf"(?:gunshot|(?P<cut>stab|knife|machete|shrapnel|blade|burn))\s+wounds?)"
    # people who have injuries: "The other four, including a 14-year-old boy, have injuries that are not
    # life-threatening" (not "no injuries")
    rf"|(?:(?:all|both|each|also)\s+)?(?P<have_inj>(?:have|had)\s+(?!no\b)(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds)"
    # people who got away hurt: "three residents escaped with machete wounds"
    rf"|(?:escaped|fled|survived)\s+with\s+(?:[\w-]+\s+){{0,2}}?(?:wounds|injuries|cuts|burns))))\b",
    "After a figure, people shot or taken to hospital without a casualty verb: 'two gunshot victims' (shot), "
    "'two men were taken to the hospital' (hospital: injured only when nothing else gives an injury figure), "
    "'three men were found with gunshot wounds' (shot).",
    [" gunshot victims", " other shooting victims", " men were taken to the hospital", " victims were rushed to two hospitals",
     " companions were rescued by police and admitted to the Government Medical College",
     " men were found with gunshot wounds", " patrons suffering from gunshot wounds", " people with machete wounds were", " men are in the hospital",
     " victims remain in hospital", " men who were suffering from two gunshot wounds",
     " men, aged 29 and 63, were taken to hospital", " others were taken to a trauma centre",
     " others, two men and a 16-year-old girl, were taken to a trauma centre",
     " others, including a 16-year-old girl, were taken to hospital", " are in a critical condition",
     " men remain in serious but stable condition", " others, including a 14-year-old boy, have injuries"],
    [" victims", " men were taken to the police station", " officers were at the hospital", " nurses were in the hospital lobby"],
    anchored="match",
)


# --------------------------------------------------------------------------- headline and lead forms
# Headlines (and the leads that copy them) compress a report into forms the body grammar misses:
# "Retiree shoots neighbor", "Teen's shooting probed", "Shooting lands 3 in hospital".
# The extractor reads them in every sentence; determiner-less victims ("shoots neighbor") only in a title.

#: a victim's head noun in a headline (besides PERSON_SINGULAR and KIN)
VICTIM_NOUN = rf"(?:{PERSON_SINGULAR}|{KIN}|juvenile|teen|teenager|motorist|bride|groom|newlywed|roommate|freshman|sophomore|hiker|camper|jogger|(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old)"
#: a victim noun phrase: optional determiner, up to two modifiers (not a preposition, an article, a verb in -s or
#: -ing: "mother grieves 3-year-old" is no noun phrase), the noun
VICTIM_NP = (rf"(?:(?P<det>his|her|their|a|an|one|the)\s+)?(?:(?!(?:in|at|on|after|with|by|for|and|or|to|the|a|an|of|his|her|shoots|shot|shooting|kills|killed|wounds|injures|hospitali[sz]es)\s)"
             rf"(?![\w-]*(?:ing|[^'’s]s)\s)[\w'’-]+\s+){{0,2}}?{VICTIM_NOUN}")

ACTIVE_SHOT_OBJECT = _p(
    "ACTIVE_SHOT_OBJECT",
    rf"\b(?P<verb>shoots|shot|shooting|wounds|wounding|injures|injuring|hospitali[sz]es|hospitali[sz]ed)\s+(?P<obj>{VICTIM_NP})\b(?!['’]s\b|-)",
    "An active shot, wound or hospitalization with a person as its object: the object was shot (injured unless "
    "a death is told). 'Retiree shoots neighbor', 'who shot a woman', 'after shooting 19-year-old man', "
    "'Stray round hospitalizes teen'. The extractor skips passives ('was shot a block away'), the noun "
    "'a shot', intentions and counterfactuals.",
    ["Retiree shoots neighbor after dispute", "deputies know who shot a woman", "after shooting 19-year-old man in the arm",
     "he shot his wife in the hip", "Stray round hospitalizes teen"],
    ["a man was shot in the leg", "shot at a passing car", "shooting range reopens"],
)
VICTIM_OF_SHOOTING = _p(
    "VICTIM_OF_SHOOTING",
    rf"\b(?P<subj>{VICTIM_NP})\s*,?\s+(?:(?:is|was|became|becomes|has\s+been)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:latest|apparent|intended|unintended|innocent)\s+)?victim\s+of\s+(?:(?:a|an|the)\s+)?(?P<adj>(?:[\w-]+\s+){0,3}?)"
    r"(?:shooting|gunshot|gunfire|shootout|drive-by)\b",
    "A person named the victim of a shooting: 'Area student victim of an accidental shooting', 'The boy was the victim "
    "of a drive-by shooting' (one shot; a death when the words say 'fatal' / 'deadly').",
    ["Area student victim of an accidental shooting", "The boy was the victim of a drive-by shooting"],
    ["the victim of the shooting was identified", "a victim of domestic violence"],
)
POSSESSIVE_EVENT = _p(
    "POSSESSIVE_EVENT",
    rf"\b(?P<subj>{VICTIM_NP})['’]s\s+(?:(?:accidental|fatal|deadly|apparent|alleged|recent)\s+)?"
    r"(?P<what>shooting\s+death|shooting|death|killing|murder|slaying)\b(?!\s+(?:of|at|range)\b|['’]s)",
    "A person's shooting or death told with a possessive: 'Teen's shooting probed' (one shot), "
    "'charged in his brother's death', 'the girl's shooting death' (one killed). Not 'the officer's shooting of "
    "a man' (the officer shot).",
    ["Teen's shooting probed", "charged in his brother's death", "the 6-year-old's shooting death",
     "in a toddler's accidental shooting death"],
    ["the officer's shooting of a man", "the city's shooting range"],
)
TITLE_HURT = _p(
    "TITLE_HURT",
    rf"(?:\A|[:;|]\s*|\b(?:after|as|when|before)\s+)(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?(?:[\w'’.-]+\s+){{0,3}}?{VICTIM_NOUN})"
    r"(?P<part>['’]s\s+(?:[\w-]+\s+)?(?:head|face|neck|chest|back|arm|leg|foot|hand|shoulder|hip|toe|finger|thumb|ear|cheek|knee|ankle|thigh|wrist|elbow|stomach|buttocks?))?"
    r"\s+(?:(?:is|was)\s+)?(?:(?!fatally|mortally)\w+ly\s+)?(?P<v>airlifted|flown|grazed|hospitali[sz]ed|shot|wounded|injured|hurt|hit|struck)\b",
    "A headline victim the title grammar misses: after 'after' / 'as' ('... after teen shot'), hurt in a body part "
    "('Girl's finger grazed by bullet'), or flown to a hospital ('Woman airlifted after shooting').",
    ["Police urge caution after teen shot", "Girl's finger grazed by bullet", "Woman airlifted after shooting"],
    ["after the shooting", "Police shot"],
)
TITLE_SHOT_AT = _p(
    "TITLE_SHOT_AT",
    rf"(?:\A|[:;,|]\s*)(?P<n>{NUMBER_PATTERN})\s+(?P<np>(?:[\w'’-]+\s+){{0,2}}?)shot\s+at\s+"
    r"(?!(?:by|during|while|when|as|in|on|near|after|from|outside|inside|least|him|her|them|us|me|police|officers?|"
    r"deputies|troopers?|cops?|agents?|soldiers?|troops)\b)(?:(?:an?|the)\s+)?[\w'’-]",
    "A title's figure shot at a place or an event, its auxiliary dropped as in '4 shot outside club': '4 shot at "
    "Aurora house party', '13 Shot at Connecticut House Party' (people shot, injured unless killed). Not 'shot at by "
    "police', 'shot at during chase', 'shot at while driving' (fired upon), nor a figure that is not of people.",
    ["4 shot at Aurora house party", "Police: 5 teens shot at Mansfield hotel", "Five People Shot at New Haven Party"],
    ["2 deputies shot at during chase", "3 shot at by police", "Driver shot at while on highway"],
)
TITLE_LEFT = _p(
    "TITLE_LEFT",
    rf"\b(?:leaves|left|leaving)\s+(?P<subj>(?:(?:\d{{1,3}}|[a-z]+)-(?:year|month)-old\s+)?"
    rf"(?:(?!(?:an?|the|one|his|her|their|its)\s)[\w'’-]+\s+){{0,2}}?{VICTIM_NOUN})\s+"
    r"(?P<v>dead|(?:(?:critically|seriously|badly|gravely)\s+)?(?:injured|hurt|wounded)|in\s+critical\s+condition)\b",
    "A title's victim left dead or hurt without a determiner: 'Shooting in Rochester leaves man dead' (one killed), "
    "'Crash leaves teen seriously injured' (one hurt), 'Gunfire Leaves Man Dead & 3 Others Hurt'. With a determiner "
    "('leaves a man dead') the body's grammar reads it.",
    ["Shooting in Rochester leaves man dead", "Crash leaves teen seriously injured", "Gunfire Leaves Man Dead"],
    ["leaves home dead tired", "left scene injured"],
)
SENT_TO_HOSPITAL = _p(
    "SENT_TO_HOSPITAL",
    rf"\b(?:lands|landed|sends|sent|puts|put)\s+(?P<n>{NUMBER_PATTERN}|{VAGUE_PATTERN}|an?)\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?)"
    r"(?:in|to)\s+(?:the\s+|a\s+)?(?:hospitals?|trauma\s+cent(?:er|re)s?|emergency\s+rooms?)\b",
    "A shooting that 'lands' / 'sends' people to hospital: 'Bar shooting lands three men in hospital', 'sends "
    "multiple people to the hospital' (taken to hospital: injured when nothing else gives an injury figure).",
    ["Bar shooting lands three men in hospital", "sends multiple people to the hospital", "sent a woman to the trauma center"],
    ["was sent home from the hospital"],
)
ORDINAL_TO_DIE = _p(
    "ORDINAL_TO_DIE",
    r"\b(?:becomes?|became|is|was|as)\s+(?:the\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th)"
    r"\s+(?:[\w-]+\s+)?to\s+die\b",
    "A death told as the Nth to die is a running toll: 'Infant becomes fourth to die after shooting' (4 killed in all).",
    ["Infant becomes fourth to die after shooting", "was the third victim to die"],
    ["the fourth to be arrested"],
)
ATTACKER_KILLED = _p(
    "ATTACKER_KILLED",
    r"\b(?P<verb>shot\s+and\s+killed|shot\s+dead|fatally\s+shot|fatally\s+wounded|killed|gunned\s+down|shot|wounded)\s+"
    r"(?P<obj>the\s+(?:(?:armed|suspected|alleged|lone|masked|would-be)\s+)?(?:gunman|shooter|suspect|attacker|assailant|intruder|robber|carjacker))\b",
    "A singular attacker shot by police or a bystander: 'police shot and killed the gunman' (one killed, "
    "victim_group 'attackers'), 'an officer shot the suspect' (one shot).",
    ["police shot and killed the gunman", "a deputy fatally shot the suspect", "officers shot the suspect"],
    ["the gunman shot and killed a clerk"],
)
COUNTERFACTUAL = _p(
    "COUNTERFACTUAL",
    r"\b(?:could|would|might)(?:\s+(?:not|easily|very\s+well))?(?:\s+have|['’]ve)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:hit|struck|killed|died|shot|wounded|injured|hurt|maimed|murdered)\b"
    # the toll of what did not happen: "if he wasn't there, we'd be talking about 10 dead", "we would be burying children"
    r"|(?:\b(?:could|would|might)\s+|['’]d\s+)(?:(?:be|have\s+been)\s+)(?:talking\s+about|looking\s+at|counting|burying|mourning)\b",
    "A casualty that did not happen: 'the bullet could have struck him in the chest and killed him', 'he could have "
    "been killed', 'might have died', 'we'd be talking about 10 dead people'. Figures told after it in the same clause "
    "are not figures.",
    ["could have struck him in the chest", "could have been killed", "might have died", "would've killed him",
     "we'd be talking about 20 dead", "we would have been burying children"],
    ["would have turned 21", "could have been worse", "they'd been talking about it"],
)
