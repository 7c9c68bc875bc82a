"""Dates, third round: quotations carried over from a sentence before, the day a claim borrows from the
sentences before it, a death's day and the attack's, a few cue words, and the headline's day when the body
names none. Invented sentences."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows

PUB = date(2019, 5, 14)  # a Tuesday


def cue_of(text, expression, pub=PUB):
    """(cue, named_event) of the window whose expression is ``expression``."""
    w = next(w for w in find_time_windows(text, pub) if w.expression == expression)
    return w.cue, w.named_event


def days(claims):
    return sorted({(c.period_start, c.date_precision) for c in claims if not c.is_summary})


# -- quotations opened in a sentence before
@pytest.mark.parametrize("sentence", [
    'We got him off the road before anybody else was hurt this morning," the sheriff said.',
    "We got him off the road before anybody else was hurt this morning,\u201d the sheriff said.",
])
def test_a_relative_day_before_the_closing_mark_of_an_open_quotation_is_the_speakers(sentence):
    assert cue_of(sentence, "this morning") == ("report", False)


@pytest.mark.parametrize("sentence", [
    "Two men were hurt this morning on Alder Road, the sheriff said.",
    # a quotation that opens and closes before the day does not cover it
    '"It was loud," a neighbor said of the gunfire this morning.',
    # a quotation that opens after the day does not cover it either
    'Two men were hurt this morning, and a neighbor said: "It was loud."',
])
def test_a_relative_day_outside_a_quotation_still_dates_the_event(sentence):
    assert cue_of(sentence, "this morning")[0] == ""


def test_the_article_day_is_not_taken_from_a_carried_over_quotation():
    text = ("Deputies arrested a man on Monday morning, hours after his neighbor was killed on Birch Lane. "
            '"This was a senseless act. We got him off the road before he could shoot anyone else this morning," '
            "the sheriff said. Detectives are still piecing together Monday's shooting.")
    claims = extract_claims(text, PUB)
    assert [c.casualty_type for c in claims] == ["killed"]
    assert days(claims) == [(date(2019, 5, 13), "day")]


# -- the nearest day before a claim's sentence
def test_a_claim_borrows_the_nearest_day_that_dates_the_attack_not_an_unrelated_one():
    text = ("Deputies say a murder-suicide took place at a farm in Harlan County on Thursday night. "
            "The father had been handed divorce papers by a process server on Wednesday. "
            "Searching the barn, deputies found the father dead with a rifle beside him.")
    claims = extract_claims(text, date(2019, 5, 17))
    assert claims and days(claims) == [(date(2019, 5, 16), "day")]


def test_without_an_attack_day_before_it_a_claim_still_borrows_the_nearest_day():
    # nothing before the claim dates the attack: the nearest day named is still taken
    text = ("The store owner had quarreled with a customer over a refund on Wednesday. "
            "Officers later found the customer dead behind the store.")
    claims = extract_claims(text, date(2019, 5, 17))
    assert claims and days(claims) == [(date(2019, 5, 15), "day")]


# -- a death's day and the attack's
def test_a_death_day_does_not_give_way_to_a_day_that_dates_no_attack():
    text = ("A retired boxer died at a friend's house early Saturday during a dare with a revolver. "
            "He had celebrated his birthday throughout Friday.")
    claims = extract_claims(text, date(2019, 5, 18))
    assert days(claims) == [(date(2019, 5, 18), "day")]


def test_a_death_day_gives_way_to_an_attack_day_marked_by_a_clock_time():
    text = ("Deputies were sent to a farmhouse on County Road 12, just north of the old river bridge, "
            "at about 11 p.m. Friday. A retired boxer died at a hospital early Saturday after he was shot there.")
    claims = extract_claims(text, date(2019, 5, 18))
    assert days(claims) == [(date(2019, 5, 17), "day")]


@pytest.mark.parametrize("sentence,named", [
    ("The deer hunting season opened Friday across the state.", False),
    ("A gunman opened fire Friday outside a bowling alley.", True),
])
def test_opened_is_an_attack_word_only_in_opened_fire(sentence, named):
    assert cue_of(sentence, "Friday", date(2019, 5, 18))[1] is named


# -- cue words
@pytest.mark.parametrize("sentence,expression,expected", [
    # 'over night' written in two words is 'overnight'
    ("Two men were shot in a parking lot over night.", "over night", ("range", date(2019, 5, 13), PUB)),
])
def test_over_night_is_overnight(sentence, expression, expected):
    w = next(w for w in find_time_windows(sentence, PUB) if w.expression == expression)
    assert (w.precision, w.start, w.end) == expected


@pytest.mark.parametrize("sentence,expression,expected", [
    ("Detectives combed the levee a day after Wednesday's gun battle there.", "Wednesday's", ("", True)),
    ("Vendors packed up a day after Wednesday's gun show there.", "Wednesday's", ("", False)),
    ("The city recorded 40 shootings this week as of 12 a.m. Sunday, police data show.", "Sunday",
     ("report", False)),
    ("The city recorded 40 shootings this week as of Sunday, police data show.", "Sunday", ("report", False)),
    ("The mayor acknowledged Monday that the shooting was a warning to the city.", "Monday", ("report", False)),
    ("The chief admitted Monday that officers arrived late.", "Monday", ("report", False)),
    # 'a report of' is the call about the attack, not a statement
    ("Two deputies came out Thursday for a report of shots at a trailer park.", "Thursday", ("", True)),
    ("Thursday, the county reported a third death from the flu.", "Thursday", ("report", False)),
])
def test_cue_words(sentence, expression, expected):
    assert cue_of(sentence, expression) == expected


# -- the headline's day
def test_a_headline_day_dates_a_body_that_names_none():
    body = "Two people were wounded, and one of them remains in serious condition at a county hospital."
    claims = extract_claims(body, date(2019, 5, 17), title="Gang feud suspected in Thursday night gunfire near Elmwood park")
    assert [c.evidence_field for c in claims] == ["text"]
    assert claims and days(claims) == [(date(2019, 5, 16), "day")]


@pytest.mark.parametrize("title", [
    "Gang feud suspected in gunfire near Elmwood park",
    # a day that no attack word dates, or a court day, is no event day
    "Suspect due in court Thursday after gunfire near Elmwood park",
])
def test_without_a_headline_attack_day_the_body_keeps_the_publication_window(title):
    body = "Two people were wounded, and one of them remains in serious condition at a county hospital."
    claims = extract_claims(body, date(2019, 5, 17), title=title)
    assert claims and days(claims) == [(date(2019, 5, 16), "publication")]
