"""The extractor on single sentences: one test per grammar phenomenon (positive and negative)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import EXTRACTOR_VERSION, extract_claims
from pipeline.extract.sentences import split_sentences


def figures(text, **kw):
    """(casualty_type, count_point) of top-level claims, in order."""
    return [(c.casualty_type, c.count_point) for c in extract_claims(text, **kw) if c.parent_key is None]


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


@pytest.mark.parametrize("text,expected", [
    # digits and number words, passive
    ("Five people were killed in the attack.", [("killed", 5)]),
    ("Sixteen miners have been killed in a mortar attack.", [("killed", 16)]),
    ("Twenty-nine herders have been killed in four days of clashes.", [("killed", 29)]),
    ("1,200 people died in the floods of violence.", [("killed", 1200)]),
    # qualifiers
    ("At least 13 people were killed.", [("killed", 13)]),
    ("More than 20 people were killed.", [("killed", 20)]),
    ("Over 20 herders were killed in ethnic clashes.", [("killed", 20)]),
    ("Nearly 40 civilians died in the air strikes.", [("killed", 40)]),
    ("Some 40 people were killed.", [("killed", 40)]),
    ("Up to 50 people were killed.", [("killed", 50)]),
    ("Between 10 and 15 people were killed.", [("killed", 10)]),
    # vague words
    ("Several others sustained injuries during the riot.", [("injured", 3)]),
    ("Dozens of villagers were killed on Friday.", [("killed", 24)]),
    ("Scores were wounded.", [("injured", 40)]),
    ("Hundreds of people were injured.", [("injured", 200)]),
    ("A handful of people were hurt.", [("injured", 3)]),
    # active and nominal forms
    ("Air strikes killed six people in the village.", [("killed", 6)]),
    ("The blast left 12 dead.", [("killed", 12)]),
    ("The death toll rose to 30.", [("killed", 30)]),
    ("Police found 20 bodies.", [("killed", 20)]),
    ("Nine persons were on Saturday killed and at least 17 injured.", [("killed", 9), ("injured", 17)]),
    ("Six people were hanged by the group.", [("killed", 6)]),
    ("The clashes have claimed 17 lives.", [("killed", 17)]),
    # coordinated figures
    ("At least five people were killed and 12 injured.", [("killed", 5), ("injured", 12)]),
    ("A bomb killed 15 people and wounded 50 others.", [("killed", 15), ("injured", 50)]),
    ("Three soldiers and two civilians were killed.", [("killed", 3), ("killed", 2)]),
    ("A pastor and three customs officers were killed.", [("killed", 1), ("killed", 3)]),
    ("Nine men and a woman were killed on Wednesday.", [("killed", 9), ("killed", 1)]),
    # singular victims
    ("A woman was fatally shot on Sunday.", [("killed", 1)]),
    ("The head of a village was killed by gunmen.", [("killed", 1)]),
    ("Gunmen have killed Nelson Garcia, an activist.", [("killed", 1)]),
    ("A TV presenter and an editor have been fatally shot.", [("killed", 2)]),
    ("Unknown gunmen killed a family of four.", [("killed", 4)]),
])
def test_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The 34 year old head of a farmers' union spoke.",         # age
    "The fighting lasted 40 days.",                                # duration
    "292 Syrians went back to their homes.",                       # not a casualty
    "The convoy drove along a 90km stretch of road.",              # distance
    "The attack happened at around 7pm on Tuesday.",               # time
    "He paid $500 for the car.",                                   # money
    "In 2016 the town was calm.",                                  # year
    "Many were seen carrying the injured to awaiting cars.",       # footage / 'the injured'
    "A baby with cuts and burns is seen crying.",                  # footage
    "There were casualties among the villagers.",                  # 'casualties' alone
    "Nobody was killed in the attack.",                            # negated
    "About 30 houses were torched.",                               # things, not people
])
def test_not_casualty_figures(text):
    assert figures(text) == []


def test_subset_including_children():
    cs = extract_claims("At least 31 people, including 8 tourists, were killed in the raid.")
    top = [c for c in cs if c.parent_key is None]
    sub = [c for c in cs if c.parent_key is not None]
    assert [(c.casualty_type, c.count_point) for c in top] == [("killed", 31)]
    assert [(c.casualty_type, c.count_point, c.parent_key) for c in sub] == [("killed", 8, top[0].claim_key)]


def test_subset_among_them_is_child():
    cs = extract_claims("The strike killed 12 civilians, among them five children.")
    sub = [c for c in cs if c.parent_key is not None]
    assert len(sub) == 1 and sub[0].is_child and sub[0].victim_group == "children" and sub[0].count_point == 5


def test_coordinated_subsets_stay_subsets():
    cs = extract_claims("At least eleven people including three women and four children were killed.")
    assert [(c.count_point, c.parent_key is None) for c in cs] == [(11, True), (3, False), (4, False)]


def test_another_is_additional():
    cs = extract_claims("The bomb killed seven people. Another 12 were wounded.")
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 7), ("injured", 12)]
    assert cs[1].rule.endswith("/another")


def test_shot_minus_killed():
    cs = extract_claims("Four people were shot, one of them fatally, police said.")
    assert sorted((c.casualty_type, c.count_point) for c in cs) == [("injured", 3), ("killed", 1)]


def test_shot_then_later_died():
    cs = extract_claims("A man was shot on Friday night. He later died in hospital.")
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 1)]


def test_suicide_bomber_not_counted_as_victim():
    cs = extract_claims("A suicide bomber killed 13 people at a market.")
    assert [(c.casualty_type, c.count_point, c.victim_group) for c in cs] == [("killed", 13, "people")]


def test_child_age():
    cs = extract_claims("A 10-year-old boy was shot and killed on Sunday.")
    assert len(cs) == 1 and cs[0].is_child and cs[0].victim_age == 10


def test_teen_age_over_17_is_not_child():
    cs = extract_claims("An 18-year-old man was shot dead.")
    assert len(cs) == 1 and not cs[0].is_child and cs[0].victim_age == 18


def test_summary_flag():
    cs = extract_claims("The conflict has killed more than 400,000 people since 2011.")
    assert cs and all(c.is_summary for c in cs)
    cs = extract_claims("Five people were killed on Tuesday.")
    assert cs and not any(c.is_summary for c in cs)


def test_qualifier_bounds_on_claim():
    (c,) = extract_claims("Nearly 700 civilians were killed.")
    assert (c.reported_value, c.qualifier, c.count_low, c.count_high, c.count_point) == (700, "nearly", 630, 700, 700)
    (c,) = extract_claims("Dozens were wounded.")
    assert (c.reported_value, c.qualifier, c.count_point) == (None, "vague", 24)


def test_spans_are_inside_sentence():
    text = "Officials said on Monday. At least 11 villagers were killed and 16 others wounded when a gunman opened fire."
    for c in extract_claims(text, published_at=date(2016, 1, 18)):
        assert c.evidence_text == text[c.sentence_start:c.sentence_end]
        assert c.sentence_start <= c.char_start < c.char_end <= c.sentence_end


def test_split_sentences_keeps_abbreviations():
    text = "Capt. Abdel-Razzak said so. Maj. Ahmed Ibrahim of the U.S. Army agreed.\nNew line here"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Capt. Abdel-Razzak said so.", "Maj. Ahmed Ibrahim of the U.S. Army agreed.", "New line here"]


@pytest.mark.parametrize("text,expected", [
    ("The victim was rushed to a clinic where she was pronounced dead.", [("killed", 1)]),
    ("The shooting left 18-year-old Dequan Barnett dead.", [("killed", 1)]),
    ("Detectives are looking into the shooting death of Marlo Vance.", [("killed", 1)]),
    ("A 13-year-old hunter accidentally shot himself on Saturday.", [("injured", 1)]),
    ("The victim was flown to a trauma center in critical condition.", [("injured", 1)]),
    ("Both brothers were driven to the clinic, where they were later declared dead.", []),
    ("A farmer was killed Sunday with three others including his brother.", [("killed", 1), ("killed", 3)]),
    ("No one else was injured.", []),
    ("A jailed lawmaker killed himself on Monday.", [("killed", 1)]),
    ("She stands accused of fatally shooting two men outside a diner.", [("killed", 2)]),
    ("Deputies named the woman found shot and killed Tuesday.", [("killed", 1)]),
    # a list with ages gives one claim per victim, each with its age (total still 2)
    ("Show Caption A 2-year-old girl and an adult female were shot and killed in a van.", [("killed", 1), ("killed", 1)]),
    ("Both passengers were injured.", [("injured", 2)]),
])
def test_local_news_forms(text, expected):
    assert [(c.casualty_type, c.count_point) for c in extract_claims(text) if c.parent_key is None] == expected


def test_title_used_when_body_has_no_figure():
    cs = extract_claims("Police are investigating. More details to come.", title="Woman killed, two others wounded in shooting")
    assert sorted((c.casualty_type, c.count_point) for c in cs) == [("injured", 2), ("killed", 1)]
    assert all(c.rule.startswith("title/") and c.evidence_text.startswith("Woman killed") for c in cs)


def test_title_read_as_one_more_sentence_when_body_has_figures():
    cs = extract_claims("Two people were killed on Sunday.", title="Three killed in shooting")
    assert [(c.casualty_type, c.count_point, c.evidence_field) for c in cs] == [("killed", 2, "text"), ("killed", 3, "title")]


def test_round_up_title_ignored_when_body_has_figures():
    cs = extract_claims("Two people were killed on Sunday.", title="Three killed in weekend shootings")
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 2)]


def test_round_up_of_dated_incidents_is_marked_additional():
    text = "On the 6th, five villagers were killed by stray shells. On the 19th, militants shot dead two nurses."
    cs = extract_claims(text)
    assert [(c.count_point, c.rule.endswith("/another")) for c in cs] == [(5, True), (2, True)]


def test_number_agreement_rejects_plural_figure_with_singular_verb():
    cs = extract_claims("Hundreds of mourners buried a pastor who officials said was killed near his church.")
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 1)]


def test_only_killed_and_injured_types_leave_the_extractor():
    text = "Four people were shot. A man was taken to the hospital. Another was in stable condition."
    assert {c.casualty_type for c in extract_claims(text)} <= {"killed", "injured"}


def test_context_inherited_by_following_figure():
    pytest.importorskip("pipeline.extract.timewindow")
    cs = extract_claims("Five people were killed on Sunday. Another 12 were wounded.", published_at=date(2016, 1, 19))
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 5), ("injured", 12)]
    assert cs[0].period_start == date(2016, 1, 17)
    assert (cs[1].period_start, cs[1].period_end) == (cs[0].period_start, cs[0].period_end)


def test_every_fast_scan_gate_is_active():
    """A gate is derived from its pattern's first words and switched off when the pattern's
    fingerprint changes; an edited pattern must get its gate re-derived (else the extractor
    silently loses its fast path)."""
    from pipeline.extract import ages, sentences, victims

    gates = {sentences: ("_QUANTITY_GATE", "_SINGULAR_GATE", "_ACTIVE_BEFORE_GATE"),
             victims: ("_SING_VERB_GATE", "_ACTIVE_SING_GATE")}
    assert all(getattr(module, name) is not None for module, names in gates.items() for name in names)
    assert sentences._NOT_CASUALTY_BEFORE_OK and ages._AGE_PATTERN_OK
