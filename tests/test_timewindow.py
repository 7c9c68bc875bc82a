from datetime import date

import pytest

from pipeline.extract.timewindow import TimeWindow, find_time_windows

PUB = date(2016, 9, 8)  # a Thursday


def one(text, pub=PUB):
    ws = find_time_windows(text, pub)
    assert len(ws) == 1, ws
    return ws[0]


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("killed on Thursday", date(2016, 9, 8), date(2016, 9, 8)),  # same day as publication
        ("killed on Tuesday", date(2016, 9, 6), date(2016, 9, 6)),
        ("killed on Friday", date(2016, 9, 2), date(2016, 9, 2)),
        ("shot Sunday night", date(2016, 9, 4), date(2016, 9, 4)),
        ("early Saturday", date(2016, 9, 3), date(2016, 9, 3)),
        ("late Friday", date(2016, 9, 2), date(2016, 9, 2)),
        ("early Thursday morning", date(2016, 9, 8), date(2016, 9, 8)),
        ("last Sunday", date(2016, 9, 4), date(2016, 9, 4)),
        ("last Thursday", date(2016, 9, 1), date(2016, 9, 1)),  # 'last' = strictly before
    ],
)
def test_weekdays(text, start, end):
    w = one(text)
    assert (w.start, w.end, w.precision, w.kind) == (start, end, "day", "point")


def test_weekday_expression_and_span():
    text = "At least five people were killed in Jarablus on Thursday, sources said."
    w = one(text)
    assert w.expression == "on Thursday"
    assert text[w.span[0]:w.span[1]] == "on Thursday"


@pytest.mark.parametrize(
    "text,delta",
    [("today", 0), ("tonight", 0), ("this morning", 0), ("yesterday", 1), ("last night", 1),
     ("the day before yesterday", 2), ("three days ago", 3)],
)
def test_relative_days(text, delta):
    from datetime import timedelta

    w = one(text)
    assert w.start == w.end == PUB - timedelta(days=delta)
    assert w.kind == "point"


@pytest.mark.parametrize(
    "text,start,end,precision",
    [
        ("earlier this week", date(2016, 9, 5), date(2016, 9, 8), "week"),
        ("last week", date(2016, 8, 29), date(2016, 9, 4), "week"),
        ("last month", date(2016, 8, 1), date(2016, 8, 31), "month"),
        ("this month", date(2016, 9, 1), date(2016, 9, 8), "month"),
        ("earlier this month", date(2016, 9, 1), date(2016, 9, 8), "month"),
        ("this year", date(2016, 1, 1), date(2016, 9, 8), "year"),
        ("last year", date(2015, 1, 1), date(2015, 12, 31), "year"),
        ("in March", date(2016, 3, 1), date(2016, 3, 31), "month"),
        ("in December", date(2015, 12, 1), date(2015, 12, 31), "month"),  # most recent December
        ("in September", date(2016, 9, 1), date(2016, 9, 8), "month"),  # clipped at publication
        ("in March 2014", date(2014, 3, 1), date(2014, 3, 31), "month"),
        ("in 2015", date(2015, 1, 1), date(2015, 12, 31), "year"),
    ],
)
def test_periods(text, start, end, precision):
    w = one(text)
    assert (w.start, w.end, w.precision, w.kind) == (start, end, precision, "point")


def test_weekend_is_most_recent_saturday_sunday():
    w = one("Five people were shot over the weekend.")
    assert (w.start, w.end, w.precision) == (date(2016, 9, 3), date(2016, 9, 4), "range")
    # published on a Sunday: the weekend is the publication weekend
    w = one("over the weekend", date(2016, 9, 4))
    assert (w.start, w.end) == (date(2016, 9, 3), date(2016, 9, 4))


@pytest.mark.parametrize(
    "text,start,day",
    [
        ("September 3", date(2016, 9, 3), True),
        ("Sept. 5, 2016", date(2016, 9, 5), True),
        ("on Sept. 5, 2016", date(2016, 9, 5), True),
        ("3 January", date(2016, 1, 3), True),
        ("3 January 2015", date(2015, 1, 3), True),
        ("December 25", date(2015, 12, 25), True),  # latest on or before publication
        ("Sunday, September 4", date(2016, 9, 4), True),
        ("on the 5th", date(2016, 9, 5), True),
        ("2016-08-30", date(2016, 8, 30), True),
    ],
)
def test_explicit_dates(text, start, day):
    w = one(text)
    assert w.start == w.end == start
    assert w.precision == "day"


def test_bracketed_date_after_yesterday():
    ws = find_time_windows("died yesterday [3 January] after", date(2016, 1, 4))
    assert [(w.expression, w.start) for w in ws] == [
        ("yesterday", date(2016, 1, 3)),
        ("3 January", date(2016, 1, 3)),
    ]


@pytest.mark.parametrize(
    "text,start",
    [
        ("40 days of fighting", date(2016, 7, 30)),
        ("forty days of clashes", date(2016, 7, 30)),
        ("the past two weeks", date(2016, 8, 25)),
        ("in the last 24 hours", date(2016, 9, 7)),
        ("over the past three days", date(2016, 9, 5)),
        ("in the past week", date(2016, 9, 1)),
        ("since March", date(2016, 3, 1)),
        ("since 1 March", date(2016, 3, 1)),
        ("since Friday", date(2016, 9, 2)),
        ("since early Saturday", date(2016, 9, 3)),
    ],
)
def test_durations_end_at_publication(text, start):
    w = one(text)
    assert w.kind == "duration"
    assert (w.start, w.end) == (start, PUB)


def test_observatory_sentence():
    text = ("The Observatory reported that 40 days of fighting in Aleppo has killed nearly "
            "700 civilians, including 160 children.")
    w = one(text)
    assert w.expression.startswith("40 days")
    assert (w.start, w.end, w.kind) == (date(2016, 7, 30), date(2016, 9, 8), "duration")


@pytest.mark.parametrize(
    "text",
    [
        "the 31 year old head of a farmers' union",
        "a 27-year-old man",
        "a 90km stretch of road",
        "he was sentenced to 10 years in prison",
        "killed 2015 people",
        "they will march on the capital",
        "may be killed",
        "next Monday",
        "the previous day",
        "an hour earlier",
    ],
)
def test_negatives(text):
    assert find_time_windows(text, PUB) == []


def test_no_publication_date_only_absolute_dates():
    ws = find_time_windows("On Thursday, Sept. 5, 2016 and September 3 and yesterday, in March 2014", None)
    assert [(w.expression, w.start) for w in ws] == [
        ("On Thursday, Sept. 5, 2016", date(2016, 9, 5)),
        ("March 2014", date(2014, 3, 1)),
    ]


def test_text_order_and_no_overlap():
    ws = find_time_windows("On Sunday, September 4, and again on Tuesday night.", PUB)
    assert [w.start for w in ws] == [date(2016, 9, 4), date(2016, 9, 6)]
    assert all(isinstance(w, TimeWindow) for w in ws)
    for a, b in zip(ws, ws[1:]):
        assert a.span[1] <= b.span[0]


def test_datetime_publication_is_accepted():
    from datetime import datetime

    w = one("on Tuesday", datetime(2016, 9, 8, 23, 30))
    assert w.start == date(2016, 9, 6)


def test_possessive_weekday_and_ap_style():
    ws = find_time_windows("Thursday's attack; a man was shot Monday night.", PUB)
    assert [w.start for w in ws] == [date(2016, 9, 8), date(2016, 9, 5)]


def test_sentence_final_period_not_in_expression():
    w = one("He was killed on 26 June.")
    assert w.expression == "on 26 June"


def test_year_window_ends_at_publication():
    from datetime import date

    from pipeline.extract.timewindow import find_time_windows

    (window,) = find_time_windows("the deaths are homicides 10 and 11 in Rockford in 2013.", date(2013, 7, 11))
    assert (window.start, window.end) == (date(2013, 1, 1), date(2013, 7, 11))


# --- fixes found on local news text (invented examples) ---------------------------------
_PUB = date(2019, 6, 12)  # a Wednesday


def _exprs(text, pub=_PUB):
    return [(w.expression, w.start, w.end) for w in find_time_windows(text, pub)]


@pytest.mark.parametrize("text", [
    "Video 2:30 Marcus Brown talks about the game",
    "Watch 1:29\n\nDecorations go up downtown",
    "Clip 4:15 Augustine Smith speaks",
])
def test_clock_time_before_a_capitalized_word_is_not_a_date(text):
    assert find_time_windows(text, _PUB) == []


def test_numeric_date_with_two_digit_year():
    assert _exprs("The boy was shot on 6/8/19 in his yard.") == [("6/8/19", date(2019, 6, 8), date(2019, 6, 8))]
    assert _exprs("Filed 12/30/98.", None) == [("12/30/98", date(1998, 12, 30), date(1998, 12, 30))]


def test_numeric_month_day_after_a_cue():
    assert _exprs("UPDATE (6/10): The teen has died.") == [("6/10", date(2019, 6, 10), date(2019, 6, 10))]
    assert _exprs("He was arrested on 6/9 at home.") == [("6/9", date(2019, 6, 9), date(2019, 6, 9))]


@pytest.mark.parametrize("text", ["A 3/4 majority voted.", "He ran 1/2 mile.", "Scores (3/4) were low.",
                                  "They won 2/3 of the games."])
def test_fractions_are_not_dates(text):
    assert find_time_windows(text, _PUB) == []


def test_this_past_month():
    assert _exprs("He was released this past March.") == [
        ("this past March", date(2019, 3, 1), date(2019, 3, 31))]


def test_overnight_followed_by_weekday_is_that_day():
    assert _exprs("Two men were shot overnight Sunday.") == [("Sunday", date(2019, 6, 9), date(2019, 6, 9))]
    # alone, "overnight" still spans the night before publication
    assert _exprs("Two men were shot overnight.") == [("overnight", date(2019, 6, 11), date(2019, 6, 12))]


@pytest.mark.parametrize("text,expected", [
    ("The boy was shot Sunday night.", date(2019, 6, 9)),
    ("It happened early Saturday morning.", date(2019, 6, 8)),
    ("Police were called around 2:30 a.m. Tuesday.", date(2019, 6, 11)),
    ("He died Tuesday, June 4, at a hospital.", date(2019, 6, 4)),
    ("It happened on June 4th.", date(2019, 6, 4)),
    ("He was shot last Thursday.", date(2019, 6, 6)),
    ("She was shot this morning.", date(2019, 6, 12)),
    ("Saturday's shooting left one dead.", date(2019, 6, 8)),
    ("Saturday’s shooting left one dead.", date(2019, 6, 8)),
    ("Police said a man died in the early hours of Sunday.", date(2019, 6, 9)),
])
def test_local_news_expressions(text, expected):
    ws = [w for w in find_time_windows(text, _PUB) if w.precision == "day"]
    assert [(w.start, w.end) for w in ws] == [(expected, expected)]


def test_years_before_1900_still_found_in_short_sentences():
    assert _exprs("The mill was built in 1857 by settlers.", None)[0][0] == "in 1857"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Some 300 fighters have been killed since the offensive began on January 15.", "2017-01-15", "2017-03-14"),
        ("More than 40 people have died since the protests started in January.", "2017-01-01", "2017-03-14"),
        ("Five people were killed in clashes that began on Saturday.", "2017-03-11", "2017-03-14"),
        ("Five people were killed between Friday and Sunday.", "2017-03-10", "2017-03-12"),
        ("Five people were killed from March 3 to March 5.", "2017-03-03", "2017-03-05"),
    ],
)
def test_windows_that_run_from_a_start(text, start, end):
    from pipeline.extract.timewindow import find_time_windows

    windows = find_time_windows(text, date(2017, 3, 14))
    assert [(str(w.start), str(w.end)) for w in windows] == [(start, end)]


def test_two_days_not_joined_by_between_stay_apart():
    from pipeline.extract.timewindow import find_time_windows

    windows = find_time_windows("One man was killed on Friday and another on Sunday.", date(2017, 3, 14))
    assert [(str(w.start), str(w.end)) for w in windows] == [("2017-03-10", "2017-03-10"), ("2017-03-12", "2017-03-12")]


@pytest.mark.parametrize("text, start, end", [
    # whole months, the second the latest by publication, the first the latest before it
    ("Between June and August, 40 people were killed.", date(2016, 6, 1), date(2016, 8, 31)),
    ("From November to February, 12 died.", date(2015, 11, 1), date(2016, 2, 29)),
    ("From July to September, 12 died.", date(2016, 7, 1), PUB),
    ("between May and June 2014", date(2014, 5, 1), date(2014, 6, 30)),
    ("during the month of March", date(2016, 3, 1), date(2016, 3, 31)),
])
def test_spans_of_whole_months(text, start, end):
    windows = find_time_windows(text, PUB)
    assert [(w.start, w.end) for w in windows] == [(start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("in the first quarter of the year", date(2016, 1, 1), date(2016, 3, 31)),
    ("in the first half of the year", date(2016, 1, 1), date(2016, 6, 30)),
    ("in the second half of 2015", date(2015, 7, 1), date(2015, 12, 31)),
    ("in the first six months of last year", date(2015, 1, 1), date(2015, 6, 30)),
    # a quarter that has not begun by publication is last year's
    ("in the last quarter of the year", date(2015, 10, 1), date(2015, 12, 31)),
])
def test_parts_of_a_year(text, start, end):
    assert [(w.start, w.end, w.kind) for w in find_time_windows(text, PUB)] == [(start, end, "duration")]


@pytest.mark.parametrize("text", ["He served the first half of his term.", "He was shot in the first quarter."])
def test_a_part_of_something_else_is_no_time(text):
    # "the first quarter" alone is as often a game's as a year's
    assert find_time_windows(text, PUB) == []


# A full date set off by commas before its noun (AP style) dates that noun: "charged Monday in the June 14,
# 2014, shooting death of ..." names the shooting's day, not the arrest's (inc3 challenge set).
@pytest.mark.parametrize("text", [
    "A man was arrested Monday and charged in the June 14, 2014, shooting death of Lamont Whitaker.",
    "He was charged Monday in the Sunday, June 14, 2014, killing of a store clerk.",
])
def test_a_full_date_between_commas_dates_the_event_noun_after_it(text):
    full = [w for w in find_time_windows(text, date(2014, 7, 29)) if w.start == date(2014, 6, 14)]
    assert len(full) == 1 and full[0].named_event and not full[0].dates_other_event


@pytest.mark.parametrize("text", [
    "A man was arrested on June 14, 2014, police said.",  # no event noun after the comma: the arrest's day
    "He was charged on June 14, 2014, in the shooting.",
    "He was charged on June 14, shooting suspects said.",  # no year: the comma closes the clause
])
def test_a_date_before_a_comma_without_an_event_noun_keeps_its_cue(text):
    w = next(w for w in find_time_windows(text, date(2014, 7, 29)) if w.start == date(2014, 6, 14))
    assert w.dates_other_event
