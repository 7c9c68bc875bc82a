"""Dates, second round (docs/conventions.md, "Dates"): weekdays of a follow-up anchored on the calendar
date the article gives, the cue of a day that opens its clause, the aftermath read from a victim's
condition, relative days inside quotations. Invented sentences."""
from datetime import date

import pytest

from pipeline.extract.article_dates import _weekday_on_anchor
from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows

PUB = date(2018, 10, 10)  # a Wednesday
MON, SUN, SAT = date(2018, 10, 8), date(2018, 10, 7), date(2018, 10, 6)


def cues(text, pub=PUB):
    return [(w.expression, w.cue) for w in find_time_windows(text, pub)]


def days(text, title=None, pub=PUB):
    return [(c.casualty_type, c.period_start, c.date_precision) for c in extract_claims(text, pub, title)]


# --- a day that opens its clause
@pytest.mark.parametrize("text,expected", [
    # the first cue word of the clause decides, even after a long subject
    ("On Tuesday, the county sheriff's deputies arrested a neighbor.", [("On Tuesday", "procedure")]),
    ("On Friday, the Smithville Parish sheriff's office deputies arrested a neighbor.", [("On Friday", "procedure")]),
    ("On Monday, two young brothers were shot on Pine Street.", [("On Monday", "")]),
    ("On Saturday, the Smithville police chief announced a reward.", [("On Saturday", "report")]),
    ("Late Monday, the family of the boy told reporters he was recovering.", [("Late Monday", "report")]),
    # a passive statement verb is what happened, not a statement
    ("Tuesday morning, the school officer was told about a gun in a locker.", [("Tuesday morning", "")]),
])
def test_a_day_opening_its_clause_is_read_from_its_first_cue_word(text, expected):
    assert cues(text) == expected


# --- new cue words
@pytest.mark.parametrize("text,expected", [
    # the victim's condition, life support, leaving the hospital: the aftermath
    ("The toddler stayed in critical condition on Sunday, doctors said.", [("on Sunday", "after")]),
    ("The woman remained on life support Monday.", [("Monday", "after")]),
    ("The wounded clerk was released from County General on Friday.", [("on Friday", "after")]),
    # later steps: a future step, an extradition, a verdict
    ("The teens will be arraigned Thursday.", [("Thursday", "procedure")]),
    ("Counselors will be at the middle school Thursday.", [("Thursday", "procedure")]),
    ("The suspect was extradited Monday from Arizona.", [("Monday", "procedure")]),
    ("A jury found the gunman guilty Tuesday afternoon.", [("Tuesday afternoon", "procedure")]),
    # a statement to a named outlet
    ("The victim's sister told The Riverside Ledger on Saturday that he loved music.", [("on Saturday", "report")]),
])
def test_new_cue_words(text, expected):
    assert cues(text) == expected


def test_a_name_after_a_statement_verb_other_than_told_is_still_the_event():
    # "say Smith on Jan. 11 pointed": the name is the subject of what was reported
    assert cues("Deputies say Smith on Oct. 2 pointed a rifle at a constable.") == [("on Oct. 2", "")]


def test_a_relative_day_inside_a_quotation_dates_the_words():
    assert cues("\u201cI talked to him this morning and he was fine,\u201d his cousin said.") == [
        ("this morning", "report")]
    assert cues('"We lost a good man tonight," the chief said.') == [("tonight", "report")]
    # outside a quotation it dates the event
    assert cues("A man was shot this morning outside a store.") == [("this morning", "")]


# --- the article's attack day
def test_a_lead_figure_takes_an_attack_day_outside_a_casualty_sentence_before_a_condition_day():
    text = ("A boy was hurt by a stray bullet. It happened around 4 p.m. Sunday on Elm Street. "
            "Early Monday, the child was in serious condition.")
    assert days(text)[0] == ("injured", SUN, "day")


# --- a weekday of a follow-up
def test_a_weekday_in_a_follow_up_takes_the_calendar_date_of_that_weekday():
    # published weeks later, "Monday" is the Monday the article gives as Sept. 10, not Oct. 8
    text = ("A baby was killed Monday when his brother found a loaded pistol in a closet. "
            "The prosecutor called the Sept. 10 death a tragedy and filed no charges.")
    assert days(text)[0] == ("killed", date(2018, 9, 10), "day")


def test_a_calendar_date_of_an_incident_far_away_is_not_the_weekdays_day():
    # Sept. 10 (a Monday, four weeks back) dates a shooting in another city, not this one's Monday
    text = ("SAN DIEGO — A police officer was shot and killed Monday during a traffic stop, the chief said.\n\n"
            "It came weeks after the Sept. 10 ambush in Dallas that killed five officers.")
    assert days(text)[0] == ("killed", MON, "day")
    # the same date given for the city of the weekday's shooting is its day
    text = ("SAN DIEGO — A police officer was shot and killed Monday during a traffic stop, the chief said.\n\n"
            "The Sept. 10 killing in San Diego shocked the department.")
    assert days(text)[0] == ("killed", date(2018, 9, 10), "day")


def test_an_attribution_after_a_year_is_not_what_the_year_dates():
    # "the memorial fund" names the source; the year dates the statistic, which is a summary
    text = ("A deputy was shot and killed Monday.\n\n"
            "There were 123 officer fatalities in 2015, according to the memorial fund.")
    cues_ = cues("There were 123 officer fatalities in 2015, according to the memorial fund.")
    assert cues_ == [("in 2015", "")]
    claims = extract_claims(text, PUB)
    assert [(c.count_point, c.is_summary) for c in claims] == [(1, False), (123, True)]


def test_a_calendar_date_one_week_before_is_another_incident():
    text = ("A man was shot Monday at the corner of Oak and Fifth. "
            "It was the second shooting at that corner since a teen was wounded there on Oct. 1.")
    assert days(text)[0] == ("injured", MON, "day")


@pytest.mark.parametrize("start,expression,anchors,expected", [
    (MON, "Monday", [date(2018, 9, 10)], date(2018, 9, 10)),
    (MON, "early Monday", [date(2018, 9, 10), date(2018, 9, 17)], date(2018, 9, 17)),  # the latest
    (MON, "Monday", [date(2018, 10, 1)], None),  # one week: left alone
    (MON, "Monday", [date(2018, 8, 6)], None),  # more than eight weeks
    (MON, "Monday", [date(2018, 9, 11)], None),  # another weekday
    (MON, "Monday, Oct. 8", [date(2018, 9, 10)], None),  # a calendar date already
    (SAT, "Saturday night", [], None),
])
def test_weekday_on_anchor(start, expression, anchors, expected):
    assert _weekday_on_anchor(start, expression, anchors) == expected


# --- a day an attack word dates is preferred as the article's day
def test_named_event_marks_a_day_an_attack_word_dates():
    (shot,) = find_time_windows("A man was shot Monday near the river.", PUB)
    (met,) = find_time_windows("Officials on Monday met the mayor.", PUB)
    (noun,) = find_time_windows("Monday's shooting left the block shaken.", PUB)
    assert (shot.cue, shot.named_event) == ("", True)
    assert (met.cue, met.named_event) == ("", False)
    assert noun.named_event


def test_a_lead_figure_takes_the_day_an_attack_word_dates_over_an_earlier_plain_day():
    text = ("Two teens were hurt near a park. On Friday the victims' relatives lit candles at the corner. "
            "The teens were shot late Thursday, police said.")
    assert days(text)[0] == ("injured", date(2018, 10, 4), "day")
