"""Holidays as days (``timewindow._HOLIDAYS``): the most recent one on or before publication, or
the one of the year given; seasons and occasions are not days. Invented sentences."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows


def windows(text, pub):
    return [(w.expression, w.start, w.end, w.precision) for w in find_time_windows(text, pub)]


@pytest.mark.parametrize("text,pub,expected", [
    ("A man was shot on New Year's Eve outside a bar.", date(2018, 1, 2),
     [("New Year's Eve", date(2017, 12, 31), date(2017, 12, 31), "day")]),
    ("Two teens were hurt in a Fourth of July shooting.", date(2018, 7, 6),
     [("Fourth of July", date(2018, 7, 4), date(2018, 7, 4), "day")]),
    # movable days: the fourth Thursday of November, the third Sunday of June, Easter
    ("The Thanksgiving Day shooting left one dead.", date(2018, 12, 1),
     [("Thanksgiving Day", date(2018, 11, 22), date(2018, 11, 22), "day")]),
    ("A woman was wounded in a Father’s Day shooting.", date(2019, 6, 20),
     [("Father’s Day", date(2019, 6, 16), date(2019, 6, 16), "day")]),
    ("Shots were fired early Easter morning near the church.", date(2019, 4, 22),
     [("early Easter morning", date(2019, 4, 21), date(2019, 4, 21), "day")]),
    ("A girl was shot Christmas night.", date(2018, 12, 27),
     [("Christmas night", date(2018, 12, 25), date(2018, 12, 25), "day")]),
    # Good Friday is Easter's Friday, not the latest Friday
    ("A guard was shot on Good Friday.", date(2019, 4, 30),
     [("Good Friday", date(2019, 4, 19), date(2019, 4, 19), "day")]),
    # the year the text gives
    ("The Thanksgiving 2016 shooting is still unsolved.", date(2018, 3, 1),
     [("Thanksgiving 2016", date(2016, 11, 24), date(2016, 11, 24), "day")]),
    # a Monday holiday's weekend: Saturday to Monday
    ("Five people were shot over Memorial Day weekend.", date(2018, 5, 30),
     [("Memorial Day weekend", date(2018, 5, 26), date(2018, 5, 28), "range")]),
])
def test_a_holiday_is_its_most_recent_day(text, pub, expected):
    assert windows(text, pub) == expected


@pytest.mark.parametrize("text,pub", [
    ("Families were out Christmas shopping downtown.", date(2018, 12, 27)),  # a season
    ("It happened just days before Christmas.", date(2018, 12, 20)),
    ("Four people were shot during a Halloween party.", date(2018, 11, 3)),  # an occasion, any day
    ("Police plan extra patrols for Halloween night.", date(2018, 10, 25)),  # the coming one
    ("Next Thanksgiving the family will gather again.", date(2018, 12, 1)),
])
def test_seasons_occasions_and_coming_holidays_are_not_days(text, pub):
    assert windows(text, pub) == []


def test_a_figure_dated_by_a_holiday_takes_its_day():
    [claim] = extract_claims("A 6-year-old boy was shot on Christmas Eve at his grandmother's home.",
                             published_at=date(2018, 12, 27))
    assert (claim.period_start, claim.date_precision) == (date(2018, 12, 24), "day")


@pytest.mark.parametrize("text, cue", [
    ("Swansea Coroner's Court heard on Monday that he was stabbed.", "procedure"),
    ("An inquest heard on Tuesday that he was stabbed.", "procedure"),
    ("Neighbours heard shots on Monday night.", ""),  # gunfire heard: the event's day
])
def test_a_day_a_court_heard_a_case_is_the_hearings(text, cue):
    from pipeline.extract.timewindow import find_time_windows

    assert [w.cue for w in find_time_windows(text, date(2019, 5, 22))][:1] == [cue]
