"""Dates, second round: a calendar date without a year that falls shortly after publication is the
coming one (a hearing, a funeral, a court date), not the same date a year earlier. Invented sentences."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows


def windows(text, pub):
    return [(w.expression, w.start, w.precision) for w in find_time_windows(text, pub)]


@pytest.mark.parametrize("text,pub", [
    ("The judge set the next hearing for March 21.", date(2019, 3, 4)),
    ("Her arraignment is scheduled for Oct. 2 in circuit court.", date(2018, 9, 20)),
    # a weekday opening the coming date is not read alone as last Wednesday
    ("A memorial Mass will be said on Wednesday, July 22, at St. Anne's.", date(2020, 7, 16)),
    # across the year's end: January 5 in an article of December 28 is the coming one
    ("He is due back in court Jan. 5.", date(2019, 12, 28)),
])
def test_a_date_just_after_publication_gives_no_window(text, pub):
    assert windows(text, pub) == []


@pytest.mark.parametrize("text,pub,expected", [
    # on or before publication: that date
    ("A clerk was shot on March 3 during a robbery.", date(2019, 3, 4),
     [("on March 3", date(2019, 3, 3), "day")]),
    ("A clerk was shot on March 4 during a robbery.", date(2019, 3, 4),
     [("on March 4", date(2019, 3, 4), "day")]),
    # more than a month after publication: still the latest such date before it (last year's)
    ("The cold case dates from Aug. 30, when two men were shot.", date(2019, 6, 2),
     [("Aug. 30", date(2018, 8, 30), "day")]),
    # a year given is taken as written
    ("Sentencing is set for March 21, 2019.", date(2019, 3, 4),
     [("March 21, 2019", date(2019, 3, 21), "day")]),
])
def test_dates_on_or_before_publication_are_unchanged(text, pub, expected):
    assert windows(text, pub) == expected


def test_the_shooting_day_is_not_taken_from_a_coming_court_date():
    text = ("A 19-year-old man was wounded in a shooting on Elm Street on Saturday night. "
            "The suspect, 23, is due in court on Friday, March 15.")
    claims = extract_claims(text, date(2019, 3, 4))
    assert [(c.casualty_type, c.period_start, c.date_precision) for c in claims] == [
        ("injured", date(2019, 3, 2), "day")]
    # the coming court date names no day of its own, so nothing dates it a year earlier
    assert all(w.start.year == 2019 for w in find_time_windows(text, date(2019, 3, 4)))


def cues(text, pub):
    return [(w.expression, w.start, w.cue) for w in find_time_windows(text, pub)]


@pytest.mark.parametrize("text,expected", [
    # a death noun after the day: the day of the deaths, not the day of the charge
    ("A neighbor was charged Monday in the Sept. 3 deaths of a couple and their son.",
     [("Monday", date(2019, 9, 16), "procedure"), ("Sept. 3", date(2019, 9, 3), "death")]),
    ("Investigators still call Tuesday's death a homicide.", [("Tuesday's", date(2019, 9, 17), "death")]),
    # "was first reported Sunday" dates the event, as "was reported Sunday" does
    ("The fire that killed two brothers was first reported Sunday.", [("Sunday", date(2019, 9, 15), "")]),
    ("The shooting was initially reported Saturday night.", [("Saturday night", date(2019, 9, 14), "")]),
    # an active report stays a statement's day
    ("The sheriff first reported Sunday that a man had died.", [("Sunday", date(2019, 9, 15), "report")]),
])
def test_cues_of_deaths_and_first_reports(text, expected):
    assert cues(text, date(2019, 9, 18)) == expected


def test_a_follow_up_is_dated_by_the_deaths_it_names():
    text = ("Two roommates were found shot to death in their apartment. "
            "A 24-year-old man was charged Friday in the Aug. 30 deaths.")
    claims = extract_claims(text, date(2019, 9, 18))
    assert [(c.casualty_type, c.count_point, c.period_start, c.date_precision) for c in claims] == [
        ("killed", 2, date(2019, 8, 30), "day")]


def test_a_date_without_a_year_takes_the_year_the_article_gives_it():
    text = ("Two teens were shot and killed at a park on Apr. 9. "
            "A man accused in the killings was released Tuesday. "
            "The pair were gunned down near the lake on April 9, 2017.")
    claims = extract_claims(text, date(2018, 6, 20))
    assert claims and claims[0].period_start == date(2017, 4, 9)


def test_a_date_without_a_year_stays_the_latest_when_no_year_is_given():
    text = "Two teens were shot and killed at a park on Apr. 9. A man was arrested Tuesday."
    claims = extract_claims(text, date(2018, 6, 20))
    assert claims and claims[0].period_start == date(2018, 4, 9)


@pytest.mark.parametrize("text", [
    "According to USA Today, 90 toddlers died in such accidents in 2014.",
    "His mother told the Today show that he was shot twice.",
])
def test_a_capitalized_today_inside_a_title_is_not_a_day(text):
    assert [w.expression for w in find_time_windows(text, date(2016, 5, 1)) if "oday" in w.expression] == []


def test_today_opening_a_sentence_is_still_the_publication_day():
    [w] = find_time_windows("Today, police said two men were shot.", date(2016, 5, 1))
    assert (w.expression, w.start) == ("Today", date(2016, 5, 1))
