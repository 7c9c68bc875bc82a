"""Which day a figure is dated with: what a time expression dates (``TimeWindow.cue``) and the
article-level rules of ``_date_from_article`` (docs/conventions.md, "Dates"). Invented sentences."""
from datetime import date, datetime

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows

PUB = date(2018, 10, 10)  # a Wednesday
MON, TUE, SUN, SAT, FRI = date(2018, 10, 8), date(2018, 10, 9), date(2018, 10, 7), date(2018, 10, 6), date(2018, 10, 5)


def cues(text, pub=PUB):
    return [(w.expression, w.cue) for w in find_time_windows(text, pub)]


@pytest.mark.parametrize("text,expected", [
    ("A woman was shot Monday near the park.", [("Monday", "")]),
    ("The shooting happened about 9 p.m. Sunday.", [("Sunday", "")]),
    ("Officers were called to the house Saturday night.", [("Saturday night", "")]),
    ("The sheriff said Tuesday that the boy was recovering.", [("Tuesday", "report")]),
    ("Deputies said in a news release Tuesday that nobody was arrested.", [("Tuesday", "report")]),
    ("Investigators on Tuesday said the gun was stolen.", [("on Tuesday", "report")]),
    ("Authorities Tuesday announced a reward.", [("Tuesday", "report")]),
    ("A neighbor was charged Tuesday in the death of the boy.", [("Tuesday", "procedure")]),
    ("Police arrested a suspect on Monday morning.", [("on Monday morning", "procedure")]),
    ("An autopsy is scheduled for Friday.", [("Friday", "procedure")]),
    ("Funeral services will be held on Saturday.", [("on Saturday", "procedure")]),
    ("Sentencing was postponed Monday for the gunman.", [("Monday", "procedure")]),
    ("A suspect was behind bars Tuesday.", [("Tuesday", "procedure")]),
    ("He died Tuesday after being shot Sunday.", [("Tuesday", "death"), ("Sunday", "")]),
    ("She was pronounced dead early Monday.", [("early Monday", "death")]),
    # the aftermath: a later day than the attack's
    ("Three men were hospitalized Tuesday with wounds from the shooting.", [("Tuesday", "after")]),
    ("Classmates were grieving Monday for the girl.", [("Monday", "after")]),
    ("The store reopened Tuesday after the robbery.", [("Tuesday", "after")]),
    ("Classmates on Monday struggled to understand the shooting.", [("on Monday", "after")]),
])
def test_what_an_expression_dates(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a statement verb dates the statement only when the day follows it directly
    ("Police said a man was shot Monday.", [("Monday", "")]),
    # a clock time dates what was reported, not the statement
    ("The chief said around 10 p.m. Sunday officers heard shots.", [("Sunday", "")]),
    # the noun after the expression decides: "a Sunday shooting", "Monday's hearing"
    ("The charges stem from an Oct. 2 shooting on Elm Street.", [("Oct. 2", "")]),
    ("He was charged in connection with Saturday's fatal shooting.", [("Saturday's", "")]),
    ("His lawyer spoke before Monday's hearing.", [("Monday's", "procedure")]),
    # a street named Court is not a court
    ("A teen was found wounded on Maple Court Monday.", [("Monday", "")]),
    ("The shooting was reported shortly after noon Sunday.", [("Sunday", "")]),
    # a statement after a longer subject, or named by its noun
    ("The county medical examiner's office on Tuesday released the names.", [("on Tuesday", "report")]),
    ("The sheriff gave details at a Tuesday afternoon news conference.", [("Tuesday afternoon", "report")]),
    ("As of Tuesday, nine people had been shot in the county.", [("Tuesday", "report")]),
    ("An investigation was underway Tuesday at the scene.", [("Tuesday", "procedure")]),
    ("Two men who suffered wounds late Sunday were in the hospital today.", [("late Sunday", ""), ("today", "")]),
])
def test_what_an_expression_dates_in_context(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize("text", [
    "Updated: Oct 9, 2018 - 4:12 PM",
    "Posted: Tuesday, October 9, 2018 6:05 PM EDT",
    "UPDATE (8:15 a.m. Tuesday): the road is open.",
    "Shots fired on Elm St. — Jane Roe (@jroe_news) October 9, 2018",
    "October 9, 2018 11:50 AM",
    "(Oct. 9, 2018) — A man was shot near the river.",
])
def test_page_stamps(text):
    assert [w.cue for w in find_time_windows(text, PUB)] == ["stamp"]


def test_a_clock_time_alone_is_not_a_stamp():
    assert cues("The call came at 10:45 Tuesday night.") == [("Tuesday night", "")]


def days(text, title=None, pub=PUB):
    return [(c.casualty_type, c.period_start, c.date_precision) for c in extract_claims(text, pub, title)]


def test_a_figure_dated_only_by_a_statement_takes_the_attack_day_named_elsewhere():
    text = ("A man was killed in a shooting, police said Tuesday. "
            "Officers were called to the bar at 1 a.m. Sunday.")
    assert days(text) == [("killed", SUN, "day")]


def test_a_figure_dated_only_by_a_charge_takes_the_attack_day():
    text = "A neighbor was charged Tuesday in the shooting death of a boy. The boy was shot Saturday night."
    assert {d for _, d, _ in days(text)} == {SAT}


def test_a_statement_day_alone_is_not_the_event_day():
    assert days("A man was shot in the arm, police said Tuesday.") == [("injured", TUE, "publication")]


def test_the_attack_day_wins_over_the_death_day():
    assert days("The boy died Tuesday after being shot Sunday in his yard.") == [("killed", SUN, "day")]
    text = "Deputies responded to a shooting Friday night. The woman died at a hospital early Saturday."
    assert days(text) == [("killed", FRI, "day")]


def test_a_death_day_is_kept_when_no_attack_day_is_named():
    assert days("The teen died Monday at a hospital.") == [("killed", MON, "day")]


def test_a_death_before_the_named_attack_day_is_not_moved():
    # the article names a later shooting; the death is not moved forward to it
    text = "A girl died Sunday. Two men were shot Tuesday in another part of town."
    assert days(text)[0] == ("killed", SUN, "day")


def test_a_coarse_window_is_narrowed_to_the_attack_day_inside_it():
    text = "Four people were shot over the weekend. Gunfire broke out Saturday near 11 p.m. outside a bar."
    assert days(text)[0] == ("injured", SAT, "day")


def test_an_aftermath_day_yields_to_the_attack_day():
    # in the figure's own sentence, and from the article when the sentence names only the aftermath
    text = "Two women were hospitalized Tuesday with gunshot wounds received late Sunday on Oak Street."
    assert {d for _, d, _ in days(text)} == {SUN}
    text = "Neighbors were reeling Monday after a man was killed. He was shot about 10 p.m. Saturday."
    assert {d for _, d, _ in days(text)} == {SAT}


def test_an_aftermath_day_is_kept_when_no_attack_day_is_named():
    assert days("A teen was hospitalized Monday with a gunshot wound to the leg.") == [("injured", MON, "day")]


def test_a_coarse_window_takes_the_first_attack_day_inside_it_even_outside_a_casualty_sentence():
    # the day of a later, separate shooting in a casualty sentence does not win over the
    # first day the article gives for the event
    text = ("Two men were shot over the weekend in the north end. It happened around 11 p.m. Saturday "
            "outside a bar. Another man was wounded early Sunday on Elm Street.")
    assert days(text)[0] == ("injured", SAT, "day")


def test_a_coarse_window_keeps_its_range_when_no_day_inside_it_is_named():
    (claim,) = extract_claims("Four people were shot over the weekend.", PUB)
    assert claim.date_precision == "range"


def test_a_lead_figure_takes_the_attack_day_not_the_day_of_a_later_dated_death():
    text = ("A toddler is dead after a gun went off at home. Deputies arrived at 5 p.m. Sunday. "
            "She died Monday at the hospital.")
    assert days(text)[0] == ("killed", SUN, "day")


def test_stamps_and_report_days_are_not_article_days():
    text = "Posted: Tuesday, October 9, 2018\nA man was shot in the leg. Police said Tuesday they had no suspect."
    assert days(text) == [("injured", TUE, "publication")]


def test_an_article_naming_no_day_gets_the_publication_window():
    (claim,) = extract_claims("Two men were wounded outside a bar.", PUB)
    assert (claim.period_start, claim.period_end, claim.date_precision) == (TUE, PUB, "publication")


def test_the_publication_window_is_not_given_when_the_article_names_a_day():
    text = "Two men were wounded outside a bar. Officers were called there Sunday night."
    assert days(text) == [("injured", SUN, "day")]


def test_summaries_get_no_publication_window():
    (claim,) = extract_claims("The violence has killed 30 people so far this year.", PUB)
    assert claim.is_summary and claim.date_precision != "publication"


def test_no_publication_date_no_window():
    (claim,) = extract_claims("Two men were wounded outside a bar.")
    assert claim.period_start is None and claim.date_precision is None


# ---------------------------------------------------------------- the warehouse accepts the precisions
def _claims_with_precisions(precisions):
    import duckdb

    from pipeline.extract.assets import apply_row_rules
    from pipeline.sql import insert_rows, load_sql

    text = "Two men were wounded outside a bar."
    connection = duckdb.connect()
    connection.execute(load_sql("schema"))
    insert_rows(connection, "articles", [{
        "article_id": "a1", "text": text, "published_at": datetime(2018, 10, 10), "published_date": PUB,
        "source_path": "/raw/a1.txt", "content_hash": "a1", "duplicate_of": None, "ingested_at": datetime(2020, 1, 1),
    }])
    for key, precision in enumerate(precisions):
        insert_rows(connection, "claims", [{
            "claim_id": f"a1-{key}", "article_id": "a1", "claim_key": key, "casualty_type": "injured",
            "victim_group": "people", "is_child": False, "reported_value": 2, "qualifier": "exact", "count_low": 2,
            "count_high": 2, "count_point": 2, "is_summary": False, "evidence_text": text, "sentence_start": 0,
            "sentence_end": len(text), "char_start": 0, "char_end": 9, "rule": "test", "extractor_version": "test",
            "period_start": TUE, "period_end": PUB, "date_precision": precision,
        }])
    apply_row_rules(connection)
    return connection


def test_row_rules_accept_the_publication_window_and_set_unknown_precisions_aside():
    connection = _claims_with_precisions(["publication", "day", None, "fortnight"])
    rules = dict(connection.execute("select claim_id, rule from claim_issues").fetchall())
    assert rules == {"a1-3": "date_precision_allowed"}


def test_claims_suite_accepts_the_publication_window():
    from pipeline.checks.suites import validate
    from pipeline.sql import load_sql

    connection = _claims_with_precisions(["publication", "range", None])
    frame = connection.execute(load_sql("checks/claims")).df()
    assert len(frame) == 3 and validate("claims", frame).passed
    frame.loc[0, "date_precision"] = "fortnight"
    assert not validate("claims", frame).passed
