"""The SQL models on hand-made claims, in an in-memory DuckDB."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import duckdb
import pytest

from pipeline.extract.assets import apply_row_rules
from pipeline.reconcile.assets import reconcile
from pipeline.sql import insert_rows, load_sql


@pytest.fixture
def connection():
    connection = duckdb.connect()
    connection.execute(load_sql("schema"))
    yield connection
    connection.close()


def add_article(connection, article_id, text, published=date(2017, 4, 9), duplicate_of=None, **fields):
    insert_rows(connection, "articles", [{
        "article_id": article_id, "text": text, "published_at": datetime.combine(published, datetime.min.time()),
        "published_date": published, "source_path": f"/raw/{article_id}.txt", "content_hash": article_id,
        "duplicate_of": duplicate_of, "ingested_at": datetime(2020, 1, 1), **fields,
    }])


def add_claim(connection, article_id, key, text, figure, casualty_type="killed", point=None, sentence=None, **fields):
    """A claim on ``figure`` in ``text``; ``sentence`` (default: all of ``text``) is its evidence."""
    sentence = sentence or text
    sentence_start = text.index(sentence)
    start = text.index(figure, sentence_start)
    point = fields.pop("reported_value", point)
    row = {
        "claim_id": f"{article_id}-{key}", "article_id": article_id, "claim_key": key,
        "casualty_type": casualty_type, "victim_group": "people", "is_child": False,
        "reported_value": point, "qualifier": "exact", "count_low": point, "count_high": point,
        "count_point": point, "is_summary": False, "evidence_text": sentence,
        "sentence_start": sentence_start, "sentence_end": sentence_start + len(sentence), "char_start": start, "char_end": start + len(figure),
        "rule": "test", "extractor_version": "test", "location": "Dayton", "period_start": date(2017, 4, 9),
        "period_end": date(2017, 4, 9), "date_precision": "day",
    }
    row.update(fields)
    if row["period_start"] is None:
        row["date_precision"] = None
    insert_rows(connection, "claims", [row])


def rebuild(connection):
    apply_row_rules(connection)
    reconcile(connection)


def test_distinct_groups_add_and_subsets_do_not(connection):
    text = "Three soldiers and two civilians were killed, including a child."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Three soldiers", point=3, victim_group="soldiers")
    add_claim(connection, "a1", 1, text, "two civilians", point=2, victim_group="civilians")
    add_claim(connection, "a1", 2, text, "a child", point=1, victim_group="children", is_child=True,
              parent_claim_id="a1-1")
    rebuild(connection)
    killed, children = connection.execute(
        "select killed_best, children_killed_best from incidents"
    ).fetchall()[0]
    assert (killed, children) == (5, 1)


def test_restated_figure_counts_once(connection):
    text = "Four people were killed in Dayton on Sunday. The four people killed were all adults."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Four people", point=4, sentence="Four people were killed in Dayton on Sunday.")
    add_claim(connection, "a1", 1, text, "four people", point=4, sentence="The four people killed were all adults.")
    rebuild(connection)
    assert connection.execute("select killed_best from incidents").fetchall()[0][0] == 4


def test_later_report_revises_best_and_raises_low(connection):
    early, late = "At least five people were killed.", "The toll rose to nine."
    add_article(connection, "early", early, published=date(2017, 4, 9))
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "early", 0, early, "five", point=5, qualifier="at_least", count_high=None)
    add_claim(connection, "late", 0, late, "nine", point=9)
    rebuild(connection)
    row = connection.execute("select killed_low, killed_best, killed_high, n_articles from incidents").fetchall()[0]
    assert row == (9, 9, None, 2)


def test_wire_copy_is_one_story(connection):
    text = "Two people were killed in Dayton on Sunday."
    add_article(connection, "orig", text)
    add_article(connection, "copy", text, duplicate_of="orig")
    add_claim(connection, "orig", 0, text, "Two people", point=2)
    add_claim(connection, "copy", 0, text, "Two people", point=2)
    rebuild(connection)
    row = connection.execute("select n_articles, n_sources, n_independent_sources, killed_best from incidents").fetchall()[0]
    assert row == (2, 2, 1, 2)


@pytest.mark.parametrize(("original", "copy"), [
    # a paper's copy signed at its end instead of credited in its dateline
    ("DAYTON (AFP) - Two people were killed in Dayton on Sunday, police said.",
     "Dayton: Two people were killed in Dayton on Sunday, police said, a paper reported.\n\n- AFP"),
    # a paper's copy of AP's story, its last line the agency's name
    ("DAYTON, Ohio (AP) - Two people were killed in Dayton on Sunday, police said.",
     "DAYTON - Two people were killed in Dayton on Sunday, police said, a paper reported.\n\n— The Associated Press"),
    ("DAYTON, Ohio (AP) - Two people were killed in Dayton on Sunday, police said.",
     "DAYTON - Two people were killed in Dayton on Sunday, police said, a paper reported.\n\nThe Associated Press"),
    # one agency's two stories, credited by its own byline ("(AA)")
    ("DAYTON (AA) - Two people were killed in Dayton on Sunday, police said.",
     "DAYTON (AA) - Police detained a suspect over Sunday's killing of two people in Dayton, officials said."),
])
def test_an_agencys_copies_count_once_however_credited(connection, original, copy):
    add_article(connection, "orig", original, publisher="Agency wire")
    add_article(connection, "copy", copy, publisher="Daily Paper")
    add_claim(connection, "orig", 0, original, "Two people", point=2)
    add_claim(connection, "copy", 0, copy, "Two people" if "Two people" in copy else "two people", point=2)
    rebuild(connection)
    assert connection.execute("select n_articles, n_independent_sources from incidents").fetchall() == [(2, 1)]


def test_summary_figures_stay_out_of_incidents(connection):
    text = "Fighting this month has killed 40 people, including 9 children."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "40 people", point=40, is_summary=True)
    add_claim(connection, "a1", 1, text, "9 children", point=9, is_child=True, parent_claim_id="a1-0")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 0
    assert connection.execute("select count(*) from summary_claims").fetchall()[0][0] == 2
    assert connection.execute("select count(incident_id) from claims").fetchall()[0][0] == 0


def test_a_headline_restating_a_summary_is_listed_once(connection):
    text = "Between January and March, 230 civilians were killed in Dayton."
    title = "230 civilians killed in first quarter"
    add_article(connection, "a1", text, title=title)
    add_claim(connection, "a1", 0, text, "230 civilians", point=230, is_summary=True)
    add_claim(connection, "a1", 1, title, "230 civilians", point=230, is_summary=True, evidence_field="title")
    rebuild(connection)
    assert connection.execute("select count(*) from summary_claims").fetchall()[0][0] == 2
    assert connection.execute("select claim_id from v_summary_tolls").fetchall() == [("a1-0",)]


def test_row_rules_set_bad_claims_aside(connection):
    text = "Seven people were killed in Dayton on Sunday."
    add_article(connection, "a1", text, published=date(2017, 4, 9))
    add_claim(connection, "a1", 0, text, "Seven people", point=7, count_low=9, count_high=8)
    add_claim(connection, "a1", 1, text, "Seven people", point=7, period_end=date(2017, 5, 1))
    add_claim(connection, "a1", 2, text, "Seven people", point=7, evidence_text="something else")
    add_claim(connection, "a1", 3, text, "Seven people", point=7, qualifier="roughly")
    add_claim(connection, "a1", 4, text, "Seven people", point=7)
    rebuild(connection)
    rules = dict(connection.execute("select claim_id, rule from claim_issues").fetchall())
    assert rules["a1-0"] in {"bounds_ordered", "reported_value_in_bounds", "point_in_bounds"}
    assert rules["a1-1"] == "period_not_after_publication"
    assert rules["a1-2"] == "evidence_matches_offsets"
    assert rules["a1-3"] == "qualifier_allowed"
    assert "a1-4" not in rules
    assert connection.execute("select killed_best from incidents").fetchall()[0][0] == 7


def test_same_place_different_days_are_different_incidents(connection):
    text = "Two people were killed."
    add_article(connection, "a1", text)
    add_article(connection, "a2", text + " ", published=date(2017, 4, 12))
    add_claim(connection, "a1", 0, text, "Two people", point=2)
    add_claim(connection, "a2", 0, text, "Two people", point=2, period_start=date(2017, 4, 12),
              period_end=date(2017, 4, 12))
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 2


def test_reports_sharing_rare_names_are_one_incident(connection):
    first = "Jaleel Ostrowski, 23, was killed in a shooting on Kessler Avenue on Sunday."
    second = "Police have charged Marcus Delacroix in the death of Jaleel Ostrowski near Kessler Avenue."
    add_article(connection, "a1", first, published=date(2017, 4, 9))
    add_article(connection, "a2", second, published=date(2017, 4, 11))
    add_claim(connection, "a1", 0, first, "Jaleel Ostrowski", point=1, location="Dayton")
    add_claim(connection, "a2", 0, second, "the death", point=1, location=None,
              period_start=None, period_end=None)
    rebuild(connection)
    assert connection.execute("select count(*), max(n_articles) from incidents").fetchall()[0] == (1, 2)


def test_unrelated_reports_of_the_same_day_stay_apart(connection):
    first = "Jaleel Ostrowski, 23, was killed in a shooting on Kessler Avenue on Sunday."
    second = "A woman was killed in a crash on Briarwood Lane in Toledo on Sunday."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "Jaleel Ostrowski", point=1, location="Dayton")
    add_claim(connection, "a2", 0, second, "A woman", point=1, location="Toledo")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 2


def add_override(connection, action, claim_id, other_claim_id=None, value=None, override_id="o1",
                 decided_at="2020-01-01"):
    insert_rows(connection, "overrides", [{
        "override_id": override_id, "action": action, "claim_id": claim_id, "other_claim_id": other_claim_id,
        "value": value, "analyst": "tester", "reason": "test", "decided_at": decided_at,
    }])


def test_override_corrects_and_rejects_claims(connection):
    text = "Five soldiers and two civilians were killed in Dayton on Sunday."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Five soldiers", point=5, victim_group="soldiers")
    add_claim(connection, "a1", 1, text, "two civilians", point=2, victim_group="civilians")
    add_override(connection, "correct_value", "a1-0", value="6", override_id="o1")
    add_override(connection, "reject_claim", "a1-1", override_id="o2")
    rebuild(connection)
    assert connection.execute("select killed_best from incidents").fetchall()[0][0] == 6
    assert connection.execute("select killed from article_tolls").fetchall()[0][0] == 6
    audit = dict(connection.execute("select override_id, status from v_override_audit").fetchall())
    assert audit == {"o1": "applied", "o2": "applied"}


def test_override_merges_and_splits_incidents(connection):
    first, second = "Two people were killed in Dayton.", "Three people were killed in Toledo."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "Two people", point=2, location="Dayton")
    add_claim(connection, "a2", 0, second, "Three people", point=3, location="Toledo")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 2
    add_override(connection, "same_incident", "a1-0", other_claim_id="a2-0")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 1
    add_override(connection, "separate_incident", "a2-0", override_id="o2", decided_at="2020-02-01")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 2


def test_override_with_unknown_claim_is_reported(connection):
    text = "Two people were killed in Dayton."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Two people", point=2)
    add_override(connection, "reject_claim", "no-such-claim")
    add_override(connection, "delete_everything", "a1-0", override_id="o2")
    rebuild(connection)
    audit = dict(connection.execute("select override_id, status from v_override_audit").fetchall())
    assert audit == {"o1": "claim_id not found", "o2": "unknown action"}
    assert connection.execute("select killed_best from incidents").fetchall()[0][0] == 2


def test_a_later_lower_toll_from_another_source_is_contested(connection):
    early, late = "Twelve people were killed in Dayton on Sunday.", "Police said eight people were killed in Dayton."
    add_article(connection, "early", early, published=date(2017, 4, 9))
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "early", 0, early, "Twelve people", point=12)
    add_claim(connection, "late", 0, late, "eight people", point=8)
    rebuild(connection)
    # best follows the later report; both figures are kept as the bounds
    row = connection.execute(
        "select grade, contested_types, killed_low, killed_best, killed_high from incidents"
    ).fetchall()[0]
    assert row == ("contested", "killed", 8, 8, 12)
    changes = connection.execute(
        "select change from v_incident_timeline where casualty_type = 'killed' order by report_number"
    ).fetchall()
    assert changes == [("first report",), ("revised down",)]
    assert connection.execute("select count(*) from v_source_disagreements").fetchall()[0][0] == 1


def test_a_rising_toll_is_a_revision_not_a_contradiction(connection):
    early, late = "Five people were killed in Dayton on Sunday.", "The toll rose to nine in Dayton."
    add_article(connection, "early", early, published=date(2017, 4, 9))
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "early", 0, early, "Five people", point=5)
    add_claim(connection, "late", 0, late, "nine", point=9)
    rebuild(connection)
    row = connection.execute("select grade, killed_best, n_independent_sources from incidents").fetchall()[0]
    assert row == ("corroborated", 9, 2)


@pytest.mark.parametrize(("late_killed", "expected"), [
    (2, ("corroborated", 2, 2)),  # the second death is the injured man who died: a revision
    (1, ("contested", 1, 2)),  # one hurt fewer with no more deaths: the reports disagree
])
def test_fewer_injured_because_an_injured_victim_died_is_a_revision(connection, late_killed, expected):
    # (inc3 challenge set: "1 dead, 3 wounded" on Saturday, "a second man has died" on Sunday, two wounded
    # recovering on Monday)
    early = "One man was killed and three men were wounded in Dayton on Sunday."
    late = f"{['One man', 'Two men'][late_killed - 1]} died and two men were wounded in Dayton on Sunday."
    add_article(connection, "early", early, published=date(2017, 4, 9))
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "early", 0, early, "One man", point=1)
    add_claim(connection, "early", 1, early, "three men", point=3, casualty_type="injured")
    add_claim(connection, "late", 0, late, late.split(" died")[0], point=late_killed)
    add_claim(connection, "late", 1, late, "two men", point=2, casualty_type="injured")
    rebuild(connection)
    assert connection.execute("select grade, killed_best, injured_best from incidents").fetchone() == expected


# --- grouping reports into incidents -------------------------------------------------

CHICAGO = {"location": "Chicago", "latitude": 41.85, "longitude": -87.65}
ENGLEWOOD = {"location": "Englewood", "latitude": 41.78, "longitude": -87.64}


def n_incidents(connection):
    return connection.execute("select count(*) from incidents").fetchall()[0][0]


def test_a_neighbourhood_and_its_city_in_one_article_are_one_event(connection):
    text = "A man was killed in Englewood on Sunday. Chicago police said a woman was also hurt."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "A man", point=1, sentence="A man was killed in Englewood on Sunday.",
              **ENGLEWOOD)
    add_claim(connection, "a1", 1, text, "a woman", point=1, casualty_type="injured", **CHICAGO,
              sentence="Chicago police said a woman was also hurt.")
    rebuild(connection)
    assert n_incidents(connection) == 1
    assert connection.execute("select killed_best, injured_best from incidents").fetchall()[0] == (1, 1)


def test_a_place_named_only_after_the_figure_does_not_link_reports(connection):
    # the same day, each report with a Chicago neighbourhood; where the place is only a guess
    # from a later sentence (location_basis 'after'), it cannot make the two reports one
    for article_id, basis in (("a1", "sentence"), ("a2", "after")):
        text = "A man was killed on Sunday."
        add_article(connection, article_id, text, title=f"Shooting {article_id}")
        add_claim(connection, article_id, 0, text, "A man", point=1, location_basis=basis, **ENGLEWOOD)
    rebuild(connection)
    assert connection.execute("select count(*) from stg_claim_events where location is null").fetchone()[0] == 1


def test_distant_places_in_one_article_are_two_events(connection):
    text = "A bomb killed four people in Mosul. In Basra, gunmen killed two guards."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "four people", point=4, location="Mosul", latitude=36.34, longitude=43.13)
    add_claim(connection, "a1", 1, text, "two guards", point=2, location="Basra", latitude=30.51, longitude=47.81)
    rebuild(connection)
    assert n_incidents(connection) == 2


@pytest.mark.parametrize(("basis", "expected"), [("sentence", 2), ("before", 1), ("dateline", 1)])
def test_only_a_distant_place_named_in_its_own_sentence_makes_another_event(connection, basis, expected):
    # a place the figure takes from an earlier sentence or the dateline is the reader's context,
    # no evidence that it happened somewhere else
    text = "A bomb killed four people in Mosul. Two guards also died."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "four people", point=4, location="Mosul", latitude=36.34, longitude=43.13)
    add_claim(connection, "a1", 1, text, "Two guards", point=2, location="Basra", latitude=30.51, longitude=47.81,
              location_basis=basis, sentence="Two guards also died.")
    rebuild(connection)
    assert n_incidents(connection) == expected


def test_a_later_day_in_the_same_place_is_a_follow_up_of_the_main_event(connection):
    text = "A man was shot dead in Dayton on Sunday. On Wednesday the wounded woman died."
    add_article(connection, "a1", text, published=date(2017, 4, 13))
    add_claim(connection, "a1", 0, text, "A man", point=1)
    add_claim(connection, "a1", 1, text, "the wounded woman", point=1, sentence="On Wednesday the wounded woman died.",
              period_start=date(2017, 4, 12), period_end=date(2017, 4, 12))
    rebuild(connection)
    assert n_incidents(connection) == 1
    assert connection.execute("select date_start from incidents").fetchall()[0][0] == date(2017, 4, 9)


def test_neighbourhood_and_city_reports_sharing_a_name_are_one_incident(connection):
    first = "Ravindra Kolbeck, 31, was shot dead in Englewood on Sunday."
    second = "Chicago police are looking for the man who shot Kolbeck on Sunday."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "Ravindra Kolbeck", point=1, **ENGLEWOOD)
    add_claim(connection, "a2", 0, second, "Kolbeck", point=1, **CHICAGO)
    rebuild(connection)
    assert n_incidents(connection) == 1


def add_other_city_news(connection, n=9):
    """Articles of other weeks naming the city, as in a real warehouse: the city's name is
    then a common word, not a rare name two reports share."""
    for i in range(n):
        text = f"The Dayton council met about parks, item {i}."
        add_article(connection, f"news{i}", text, published=date(2016, 1, 1 + i))


def test_same_city_same_day_with_victims_of_other_ages_stay_apart(connection):
    first = "A 23-year-old man was shot dead in Dayton on Sunday."
    second = "A 67-year-old woman was wounded in Dayton on Sunday."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A 23-year-old man", point=1, victim_age=23)
    add_claim(connection, "a2", 0, second, "A 67-year-old woman", point=1, casualty_type="injured", victim_age=67)
    rebuild(connection)
    assert n_incidents(connection) == 2


def test_a_day_the_text_does_not_name_is_too_weak_to_link(connection):
    first, second = "A man was shot dead in Dayton.", "A teenager was wounded in Dayton."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A man", point=1, date_precision="publication")
    add_claim(connection, "a2", 0, second, "A teenager", point=1, casualty_type="injured", date_precision="publication")
    rebuild(connection)
    assert n_incidents(connection) == 2


def test_the_dateline_places_an_article_whose_figures_name_no_place(connection):
    first = "DAYTON, Ohio (AP) — A man was killed on Sunday, police said."
    second = "A man was killed in Dayton on Sunday."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A man", point=1, location=None)
    add_claim(connection, "a2", 0, second, "A man", point=1)
    rebuild(connection)
    assert n_incidents(connection) == 1
    places = connection.execute("select place, source from stg_article_places where article_id = 'a1'").fetchall()
    assert places == [("dayton", "dateline")]


def test_the_figure_most_reports_give_outweighs_one_report_out_of_line(connection):
    texts = {
        "r1": ("A man was killed in Dayton on Sunday.", date(2017, 4, 9), 1),
        "r2": ("One man died in the Dayton shooting on Sunday.", date(2017, 4, 10), 1),
        "r3": ("Shootings in Dayton on Sunday killed three people.", date(2017, 4, 11), 3),
    }
    for article_id, (text, published, killed) in texts.items():
        add_article(connection, article_id, text, published=published)
        add_claim(connection, article_id, 0, text, text.split()[0], point=killed)
    rebuild(connection)
    row = connection.execute("select killed_low, killed_best, n_articles from incidents").fetchall()[0]
    assert row == (1, 1, 3)


def test_boilerplate_bodies_under_different_titles_are_not_copies(connection):
    body = "Please sign in to keep reading. Subscribers get unlimited access."
    add_article(connection, "a1", body, title="Man shot on Elm Street")
    add_article(connection, "a2", body, title="Two hurt in crash on the interstate", published=date(2017, 4, 10))
    add_article(connection, "a3", body, title="Man shot on Elm Street", published=date(2017, 4, 10))
    connection.execute("update articles set content_hash = 'same'")
    connection.execute(load_sql("article_duplicates"))
    copies = dict(connection.execute("select article_id, duplicate_of from articles").fetchall())
    assert copies == {"a1": None, "a2": None, "a3": "a1"}


def test_an_article_without_figures_joins_the_incident_it_names(connection):
    first = "Ravindra Kolbeck, 31, was shot dead near Quillfeather Park on Sunday."
    second = "A judge set bail for the man accused of killing Ravindra Kolbeck at Quillfeather Park."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 12))
    add_claim(connection, "a1", 0, first, "Ravindra Kolbeck", point=1)
    rebuild(connection)
    rows = dict(connection.execute(
        "select article_id, matched_by from article_incidents where incident_id is not null"
    ).fetchall())
    assert rows == {"a1": "figures", "a2": "shared names"}
    assert connection.execute("select count(distinct incident_id) from article_incidents").fetchall()[0][0] == 1


def test_a_report_without_deaths_votes_for_none(connection):
    texts = {
        "r1": "Two people were wounded in Dayton on Sunday.",
        "r2": "Two men were hurt in the Dayton shooting on Sunday.",
        "r3": "Weekend violence in Dayton on Sunday left six dead and two wounded.",
    }
    for day, (article_id, text) in enumerate(texts.items()):
        add_article(connection, article_id, text, published=date(2017, 4, 9 + day))
        add_claim(connection, article_id, 0, text, "wounded" if "wounded" in text else "hurt", point=2,
                  casualty_type="injured")
    add_claim(connection, "r3", 1, texts["r3"], "six dead", point=6)
    rebuild(connection)
    row = connection.execute("select killed_low, killed_best, killed_high, injured_best from incidents").fetchall()[0]
    assert row == (0, 0, 6, 2)


@pytest.mark.parametrize(("days_apart", "expected"), [(0, 1), (3, 2)])
def test_one_shared_name_links_a_report_naming_no_day_published_the_same_day(connection, days_apart, expected):
    first = "Tamsin Okafor was shot dead in Dayton on Sunday."
    second = "A woman was killed outside the home of the Okafor family, police said."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 9 + days_apart))
    add_claim(connection, "a1", 0, first, "Tamsin Okafor", point=1)
    add_claim(connection, "a2", 0, second, "A woman", point=1, location=None, period_start=None, period_end=None)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("days_apart", "joins"), [(2, True), (6, False)])
def test_an_article_without_figures_joins_the_report_its_title_names(connection, days_apart, joins):
    first = "A man was shot dead on Sunday on a farm near Brackenridge, Dayton police said."
    second = "Prosecutors filed charges on Tuesday; a hearing is set for next month."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, title="Brackenridge man charged in shooting",
                published=date(2017, 4, 9 + days_apart))
    add_claim(connection, "a1", 0, first, "A man", point=1)
    rebuild(connection)
    incident = dict(connection.execute("select article_id, incident_id from article_incidents").fetchall())
    assert (incident["a2"] == incident["a1"]) is joins


def test_the_incident_date_is_the_day_most_reports_name(connection):
    first = "Two men were shot at the Quimby bar. One died on Saturday. The other was hurt on Saturday."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    for key, sentence in enumerate(first.split(". ")):
        figure = sentence.split()[0]
        add_claim(connection, "a1", key, first, figure, point=2 if key == 0 else 1, sentence=sentence,
                  period_start=date(2017, 4, 8), period_end=date(2017, 4, 8))
    for article_id in ("a2", "a3"):
        text = f"A man was killed at the Quimby bar in Dayton on Sunday ({article_id})."
        add_article(connection, article_id, text)
        add_claim(connection, article_id, 0, text, "A man", point=1)
    rebuild(connection)
    assert connection.execute("select count(*), max(date_start) from incidents").fetchall()[0] == (1, date(2017, 4, 9))


def test_an_incident_no_report_dates_takes_the_first_publication_date(connection):
    text = "A man was shot dead in Dayton, police said."
    add_article(connection, "a1", text, published=date(2017, 4, 11))
    add_claim(connection, "a1", 0, text, "A man", point=1, period_start=None, period_end=None)
    rebuild(connection)
    assert connection.execute("select date_start, date_end from incidents").fetchall()[0] == (date(2017, 4, 11),) * 2


def add_street_news(connection, n=10):
    """Articles of other months naming one street: its name is then a little less rare
    (in more than eight articles, at most thirty)."""
    for i in range(n):
        text = f"Ferncliff Avenue was repaved between two crossings, item {i}."
        add_article(connection, f"street{i}", text, published=date(2016, 2, 1 + i))


@pytest.mark.parametrize(("place", "expected"), [("Dayton", 1), ("Toledo", 2)])
def test_a_sentencing_a_year_later_joins_the_incident_of_its_place(connection, place, expected):
    first = "Ravindra Kolbeck and Oswin Thackeray were shot near the Benedetti bakery on Larkspur Court on Sunday."
    second = "Oswin Thackeray was sentenced for the Larkspur Court killing of Ravindra Kolbeck near Benedetti."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2018, 5, 14))
    add_claim(connection, "a1", 0, first, "Ravindra Kolbeck", point=1)
    add_claim(connection, "a2", 0, second, "killing", point=1, location=place,
              period_start=date(2018, 5, 14), period_end=date(2018, 5, 14))
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("days_apart", "expected"), [(2, 1), (4, 2)])
def test_a_report_naming_no_day_links_by_place_and_victim_age(connection, days_apart, expected):
    first = "A 34-year-old man was shot dead in Dayton on Sunday."
    second = "A 34-year-old man died of gunshot wounds in Dayton, police said."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 9 + days_apart))
    add_claim(connection, "a1", 0, first, "A 34-year-old man", point=1, victim_age=34)
    add_claim(connection, "a2", 0, second, "A 34-year-old man", point=1, victim_age=34,
              period_start=None, period_end=None)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("dateline", "joins"), [("DAYTON, Ohio — ", True), ("", False)])
def test_an_article_without_figures_joins_by_place_and_a_less_rare_name(connection, dateline, joins):
    first = "A man was shot dead on Ferncliff Avenue in Dayton on Sunday."
    second = dateline + "Neighbours on Ferncliff Avenue held a vigil on the corner."
    add_other_city_news(connection)
    add_street_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 10))
    add_claim(connection, "a1", 0, first, "A man", point=1)
    rebuild(connection)
    incident = dict(connection.execute("select article_id, incident_id from article_incidents").fetchall())
    assert (incident["a2"] == incident["a1"]) is joins


def same_incident(connection, left, right):
    return connection.execute(
        "select count(distinct incident_key) = 1 from stg_incident_claims where article_id in (?, ?)", [left, right]
    ).fetchall()[0][0]


@pytest.mark.parametrize(("names_are_towns", "joins"), [(False, True), (True, False)])
def test_a_sentencing_sharing_three_names_that_are_not_places_joins_however_late(connection, names_are_towns, joins):
    names = ("Ashgrove", "Millbrook", "Quenby")
    first = "A 19-year-old man was shot dead in Dayton on Sunday; Ashgrove, Millbrook and Quenby were questioned."
    second = "Ashgrove and Millbrook were sentenced for the Dayton killing of a 19-year-old man near Quenby."
    add_other_city_news(connection)
    if names_are_towns:
        for i, town in enumerate(names):
            text = f"A woman was wounded in {town} last autumn."
            add_article(connection, f"town{i}", text, published=date(2015, 10, 1 + i))
            add_claim(connection, f"town{i}", 0, text, "A woman", point=1, casualty_type="injured", location=town,
                      period_start=date(2015, 10, 1 + i), period_end=date(2015, 10, 1 + i))
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2018, 5, 14))
    add_claim(connection, "a1", 0, first, "A 19-year-old man", point=1, victim_age=19)
    add_claim(connection, "a2", 0, second, "killing", point=1, victim_age=19,
              period_start=date(2018, 5, 14), period_end=date(2018, 5, 14))
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


def test_a_report_links_to_the_main_day_of_an_article_whose_first_figure_is_last_months(connection):
    first = "Last month two men were wounded in Dayton. On Sunday a man was shot dead on Larkspur Court."
    second = "Police named the man killed on Larkspur Court as Tamsin Okafor."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "two men", point=2, casualty_type="injured",
              sentence="Last month two men were wounded in Dayton.", period_start=date(2017, 3, 1),
              period_end=date(2017, 3, 31), date_precision="month")
    add_claim(connection, "a1", 1, first, "a man", point=1, sentence="On Sunday a man was shot dead on Larkspur Court.")
    add_claim(connection, "a2", 0, second, "the man", point=1, location=None, period_start=None, period_end=None)
    rebuild(connection)
    sunday = connection.execute("select incident_key from stg_incident_claims where claim_id = 'a1-1'").fetchall()[0][0]
    assert connection.execute(
        "select incident_key from stg_incident_claims where article_id = 'a2'"
    ).fetchall()[0][0] == sunday


def test_an_attacker_who_died_counts_and_is_totalled_apart(connection):
    # ACLED, UCDP, GTD and the Gun Violence Archive count a perpetrator who died; WAD and IBC
    # count victims only, which is killed - attackers_killed
    text = "The gunman killed four people before police shot him dead."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "four people", point=4)
    add_claim(connection, "a1", 1, text, "shot him dead", point=1, victim_group="attackers")
    rebuild(connection)
    assert connection.execute(
        "select killed, attackers_killed, attackers_injured from article_tolls"
    ).fetchone() == (5, 1, 0)
    assert connection.execute(
        "select killed_best, attackers_killed_best from incidents"
    ).fetchone() == (5, 1)
@pytest.mark.parametrize(("second_killed", "expected"), [(1, 1), (2, 2)])
def test_a_report_naming_no_day_links_by_victim_age_and_the_same_figures_the_next_day(
        connection, second_killed, expected):
    first = "A 34-year-old man was shot dead on Ferncliff Avenue in Dayton on Sunday."
    second = "Police said the 34-year-old was killed on Ferncliff Avenue after an argument."
    add_other_city_news(connection)
    add_street_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 10))
    add_claim(connection, "a1", 0, first, "A 34-year-old man", point=1, victim_age=34)
    add_claim(connection, "a2", 0, second, "the 34-year-old", point=second_killed, victim_age=34, location=None,
              period_start=None, period_end=None)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("days_later", "name", "place", "expected"), [
    (21, "Okafor", "Dayton", 1), (75, "Okafor", "Dayton", 2),
    (21, "Okafor", "Toledo", 2), (21, "Tamsin Okafor", "Toledo", 1),
])
def test_an_arrest_weeks_later_links_by_the_victim_age_and_the_place_or_a_second_name(
        connection, days_later, name, place, expected):
    first = "Tamsin Okafor, 34, was shot dead in Dayton on Sunday."
    second = f"Police arrested a man in the killing of {name}, 34, in {place}."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 9) + timedelta(days=days_later))
    add_claim(connection, "a1", 0, first, "Tamsin Okafor", point=1, victim_age=34)
    add_claim(connection, "a2", 0, second, "the killing", point=1, victim_age=34, location=place,
              period_start=None, period_end=None)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("title", "joins"), [("Quillfeather Park gunman pleads guilty", True),
                                              ("Gunman pleads guilty", False)])
def test_an_article_without_figures_joins_weeks_later_by_a_name_of_its_title_and_another(connection, title, joins):
    first = "Ravindra Kolbeck, 31, was shot dead near Quillfeather Park on Sunday."
    second = "The man who shot Kolbeck near the park pleaded guilty on Monday."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, title=title, published=date(2017, 4, 30))
    add_claim(connection, "a1", 0, first, "Ravindra Kolbeck", point=1)
    rebuild(connection)
    incident = dict(connection.execute("select article_id, incident_id from article_incidents").fetchall())
    assert (incident["a2"] == incident["a1"]) is joins


@pytest.mark.parametrize(("dateline", "joins"), [("DAYTON, Ohio — ", True), ("", False)])
def test_an_article_without_figures_joins_a_year_later_by_three_names_and_a_place(connection, dateline, joins):
    first = "Ravindra Kolbeck and Oswin Thackeray were shot on Sunday in Dayton."
    second = dateline + "Oswin Thackeray was sentenced on Monday for the killing of Ravindra Kolbeck."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2018, 5, 14))
    add_claim(connection, "a1", 0, first, "Ravindra Kolbeck", point=1)
    rebuild(connection)
    incident = dict(connection.execute("select article_id, incident_id from article_incidents").fetchall())
    assert (incident["a2"] == incident["a1"]) is joins


def test_reports_linked_through_a_third_are_one_incident(connection):
    # a1 and a3 share no name; each shares names with a2: one incident (connected components)
    texts = {
        "a1": "Jaleel Ostrowski, 23, was killed in a shooting on Kessler Avenue on Sunday.",
        "a2": "Police charged Marcus Delacroix in the death of Jaleel Ostrowski on Kessler Avenue.",
        "a3": "Marcus Delacroix pleaded not guilty; Delacroix was held at the Brannock jail.",
    }
    for day, (article_id, text) in enumerate(texts.items()):
        add_article(connection, article_id, text, published=date(2017, 4, 9 + day))
        add_claim(connection, article_id, 0, text, text.split()[0], point=1, location=None,
                  period_start=None, period_end=None)
    add_other_city_news(connection)
    rebuild(connection)
    assert connection.execute(
        "select count(distinct incident_key) from incident_membership"
        " where event_key in (select event_key from stg_claim_events where article_id in ('a1', 'a2', 'a3'))"
    ).fetchone() == (1,)


@pytest.mark.parametrize(("shared", "expected"), [("Okafor", 1), ("Thanksgiving", 2), ("Christmas Eve", 2)])
def test_a_holiday_two_reports_name_is_a_date_not_a_shared_name(connection, shared, expected):
    first = f"A man was shot dead in Dayton during the {shared} gathering."
    second = f"A woman was killed outside a store hours after the {shared} meal, police said."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A man", point=1)
    add_claim(connection, "a2", 0, second, "A woman", point=1, location=None, period_start=None, period_end=None)
    rebuild(connection)
    assert n_incidents(connection) == expected


def test_a_teen_called_a_boy_elsewhere_counts_as_a_teen_not_also_as_a_child(connection):
    # one victim: "a 15-year-old" in one sentence, "the boy" in another; children and teens
    # together may not exceed the casualties, and the teen's stated age wins over "boy"
    title = "Teenager wounded on Birchmoor Avenue"
    body = "A 15-year-old was wounded on Birchmoor Avenue in Dayton on Sunday. The boy is expected to recover."
    text = f"{title}\n\n{body}"
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "A 15-year-old", point=1, casualty_type="injured", is_child=True,
              victim_age=15, sentence="A 15-year-old was wounded on Birchmoor Avenue in Dayton on Sunday.")
    add_claim(connection, "a1", 1, text, "The boy", point=1, casualty_type="injured", is_child=True,
              sentence="The boy is expected to recover.")
    rebuild(connection)
    assert connection.execute(
        "select injured_best, children_injured_best, teens_injured_best from incidents"
    ).fetchone() == (1, 0, 1)


def test_when_children_and_teens_overlap_the_group_more_reports_give_stands(connection):
    # one victim killed: three reports give a child of 8, two a teen of 15 (one of them gives
    # both ages, a misread): each group wins its own vote, together they exceed the one death,
    # and the group more reports give stands
    texts = {
        "a1": "An 8-year-old boy was killed in Dayton on Sunday.",
        "a2": "A boy, 8, was fatally shot in Dayton on Sunday, police said.",
        "a3": "A 15-year-old was killed in Dayton on Sunday.",
        "a4": "A boy of 8 died in Dayton on Sunday. The 15-year-old was killed at home.",
    }
    for article_id, text in texts.items():
        add_article(connection, article_id, text)
    add_claim(connection, "a1", 0, texts["a1"], "An 8-year-old boy", point=1, is_child=True, victim_age=8)
    add_claim(connection, "a2", 0, texts["a2"], "A boy, 8,", point=1, is_child=True, victim_age=8)
    add_claim(connection, "a3", 0, texts["a3"], "A 15-year-old", point=1, is_child=True, victim_age=15)
    add_claim(connection, "a4", 0, texts["a4"], "A boy of 8", point=1, is_child=True, victim_age=8,
              sentence="A boy of 8 died in Dayton on Sunday.")
    add_claim(connection, "a4", 1, texts["a4"], "The 15-year-old", point=1, is_child=True, victim_age=15,
              sentence="The 15-year-old was killed at home.")
    rebuild(connection)
    assert connection.execute(
        "select killed_best, children_killed_best, teens_killed_best from incidents"
    ).fetchall() == [(1, 1, 0)]


def test_a_copy_whose_original_is_another_incident_still_reports_its_own(connection):
    original = "Two people were killed in Dayton on Sunday. Separately, a man was hurt in Kettering."
    copy = "Three people were wounded outside a bar in Kettering on Monday."
    add_article(connection, "orig", original)
    add_article(connection, "copy", copy, published=date(2017, 4, 11), duplicate_of="orig")
    add_claim(connection, "orig", 0, original, "Two people", point=2)
    add_claim(connection, "copy", 0, copy, "Three people", point=3, casualty_type="injured",
              location="Kettering", period_start=date(2017, 4, 10), period_end=date(2017, 4, 10))
    rebuild(connection)
    rows = connection.execute(
        "select location, killed_best, injured_best from incidents order by location"
    ).fetchall()
    assert rows == [("Dayton", 2, 0), ("Kettering", 0, 3)]


def test_reports_split_on_children_take_the_one_that_names_a_child(connection):
    # one report gives the victims' ages, a later one does not: a tie, and silence on ages is
    # no evidence that no child was killed
    first = "A woman and her 7-year-old son were shot dead in Dayton on Sunday."
    later = "Two people were killed in the Dayton shooting on Sunday, police said."
    add_article(connection, "r1", first, published=date(2017, 4, 9))
    add_article(connection, "r2", later, published=date(2017, 4, 10))
    add_claim(connection, "r1", 0, first, "A woman", point=1)
    add_claim(connection, "r1", 1, first, "7-year-old son", point=1, is_child=True, victim_age=7)
    add_claim(connection, "r2", 0, later, "Two people", point=2)
    rebuild(connection)
    assert connection.execute("select killed_best, children_killed_best from incidents").fetchone() == (2, 1)


@pytest.mark.parametrize(("later", "later_age", "teens"), [
    # the medical examiner gives the victim his age, 18: a report that ages every victim wins the tie over a teen's word
    ("The medical examiner named the man killed in Dayton on Sunday as Jo Roe, 18.", 18, 0),
    # a later report that gives no age is no evidence against the teen: the tie goes to the larger
    ("A man was killed in the Dayton shooting on Sunday, police said.", None, 1),
])
def test_a_report_that_ages_its_victims_wins_a_tie_over_a_teens_word(connection, later, later_age, teens):
    first = "A teenage boy was shot and killed in Dayton on Sunday."
    add_article(connection, "r1", first, published=date(2017, 4, 9))
    add_claim(connection, "r1", 0, first, "A teenage boy", point=1, is_child=True)
    add_article(connection, "r2", later, published=date(2017, 4, 10))
    add_claim(connection, "r2", 0, later, "Jo Roe" if later_age else "A man", point=1, victim_age=later_age)
    rebuild(connection)
    assert connection.execute("select killed_best, teens_killed_best from incidents").fetchall() == [(1, teens)]


@pytest.mark.parametrize(("later_figure", "teens"), [
    # two later reports that never say who the wounded are do not vote on their ages: the teen named stands
    ("Three people were wounded", 1),
    # two later reports that tell three men wounded do: no teen among them
    ("Three men were wounded", 0),
])
def test_reports_that_never_describe_their_victims_do_not_vote_on_minors(connection, later_figure, teens):
    first = "A 15-year-old boy and two men were wounded in Dayton on Sunday."
    add_article(connection, "r1", first, published=date(2017, 4, 9))
    add_claim(connection, "r1", 0, first, "A 15-year-old boy", point=1, casualty_type="injured", is_child=True,
              victim_age=15)
    add_claim(connection, "r1", 1, first, "two men", point=2, casualty_type="injured")
    for day, article_id in ((10, "r2"), (11, "r3")):
        later = f"{later_figure} in the Dayton shooting on Sunday, police said."
        add_article(connection, article_id, later, published=date(2017, 4, day))
        add_claim(connection, article_id, 0, later, later_figure, point=3, casualty_type="injured")
    rebuild(connection)
    assert connection.execute("select injured_best, teens_injured_best from incidents").fetchall() == [(3, teens)]


@pytest.mark.parametrize(("later_day", "figures"), [
    # the wounded man's death, told by the latest report weeks later, stands over two earlier reports, and the
    # wounded lose him
    (20, (1, 1)),
    # told more than 60 days after the first report (an anniversary piece), it does not revise the toll
    (75, (0, 2)),
])
def test_a_later_death_of_a_wounded_victim_revises_both_figures(connection, later_day, figures):
    first = "Two men were shot outside a store in Dayton on Sunday. Both are expected to survive."
    second = "Police released video of the Sunday shooting in Dayton that wounded two men."
    later = "One of the two men shot outside a Dayton store has died, police said."
    add_article(connection, "r1", first, published=date(2017, 4, 10))
    add_article(connection, "r2", second, published=date(2017, 4, 11))
    add_article(connection, "r3", later, published=date(2017, 4, 10) + timedelta(days=later_day))
    add_claim(connection, "r1", 0, first, "Two men", point=2, casualty_type="injured")
    add_claim(connection, "r2", 0, second, "two men", point=2, casualty_type="injured")
    add_claim(connection, "r3", 0, later, "One of the two men shot outside a Dayton store has died", point=1,
              rule="singular_died")
    rebuild(connection)
    assert connection.execute("select killed_best, injured_best from incidents").fetchall() == [figures]


def test_a_later_death_takes_the_wounded_from_the_most_an_earlier_report_told(connection):
    # the earlier reports disagree on the wounded (2, then 1: a second victim missed) and the death report gives no
    # wounded figure: its silence ties the vote, but the death still comes from the two wounded first told
    first = "Two men were shot outside a store in Dayton on Saturday."
    second = "A man shot outside a Dayton store clings to life."
    later = "A man who was shot outside a Dayton store died Saturday, police said."
    add_article(connection, "r1", first, published=date(2017, 4, 9))
    add_article(connection, "r2", second, published=date(2017, 4, 10))
    add_article(connection, "r3", later, published=date(2017, 4, 17))
    add_claim(connection, "r1", 0, first, "Two men", point=2, casualty_type="injured")
    add_claim(connection, "r2", 0, second, "A man", point=1, casualty_type="injured")
    add_claim(connection, "r3", 0, later, "A man who was shot outside a Dayton store died", point=1,
              rule="singular_died")
    rebuild(connection)
    assert connection.execute("select killed_best, injured_best from incidents").fetchall() == [(1, 1)]


@pytest.mark.parametrize(("speakers", "joins"), [("Ashgrove, Millbrook and Quenby", True),
                                                 ("Mayor Ashgrove, Sheriff Millbrook and Chief Quenby", False)])
def test_officials_who_speak_about_every_incident_do_not_link_two_a_year_apart(connection, speakers, joins):
    # the mayor and the police chief comment on many of a city's shootings: their names are not the incident's
    for i in range(9):  # the titles themselves are common words in a real warehouse
        text = f"The Dayton Mayor, the Sheriff and the Chief met about parks, item {i}."
        add_article(connection, f"news{i}", text, published=date(2016, 1, 1 + i))
    first = f"A 19-year-old man was shot dead in Dayton on Sunday; {speakers} spoke at the scene."
    second = f"A 19-year-old man was killed in Dayton on Friday; {speakers} spoke at the scene."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2018, 5, 14))
    add_claim(connection, "a1", 0, first, "A 19-year-old man", point=1, victim_age=19)
    add_claim(connection, "a2", 0, second, "A 19-year-old man", point=1, victim_age=19,
              period_start=date(2018, 5, 11), period_end=date(2018, 5, 11))
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


@pytest.mark.parametrize(("names", "joins"), [("Ashgrove Tavern near the Quenby mill", True),
                                              ("Millbrook, Ashgrove and Quenby", False)])
def test_three_town_names_do_not_link_shootings_three_weeks_apart(connection, names, joins):
    # three rare names within a month link a follow-up whatever its day, unless all three are places
    for i, town in enumerate(("Millbrook", "Ashgrove", "Quenby")):
        text = f"A woman was wounded in {town} last autumn."
        add_article(connection, f"town{i}", text, published=date(2015, 10, 1 + i))
        add_claim(connection, f"town{i}", 0, text, "A woman", point=1, casualty_type="injured", location=town,
                  period_start=date(2015, 10, 1 + i), period_end=date(2015, 10, 1 + i))
    first = f"A man was shot dead on Sunday, police in {names} said."
    second = f"A woman was shot dead on Saturday, police in {names} said."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 25))
    add_claim(connection, "a1", 0, first, "A man", point=1, location=None)
    add_claim(connection, "a2", 0, second, "A woman", point=1, location=None,
              period_start=date(2017, 4, 22), period_end=date(2017, 4, 22))
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


@pytest.mark.parametrize(("sentence", "figure", "age", "group"), [
    ("Two teenage girls were shot on Sunday.", "Two teenage girls were shot", None, "teen"),
    ("Gunmen killed a man and wounded three other teens.", "wounded three", None, "teen"),
    ("Gunmen killed a man and wounded three boys.", "wounded three", None, "child"),
    ("A 15-year-old boy was shot.", "A 15-year-old boy was shot", 15, "teen"),
    ("A 6-year-old girl was shot.", "A 6-year-old girl was shot", 6, "child"),
])
def test_minors_without_an_age_are_teens_when_a_teen_word_names_them(connection, sentence, figure, age, group):
    add_article(connection, "a1", sentence)
    add_claim(connection, "a1", 0, sentence, figure, point=1, casualty_type="injured", is_child=True, victim_age=age)
    rebuild(connection)
    assert connection.execute("select age_group from claims_reviewed").fetchone()[0] == group


@pytest.mark.parametrize(("sentence", "figure", "group"), [
    ("Deputies said a minor was hurt in the crossfire.", "a minor was hurt", "teen"),
    ("Two juveniles were wounded near the arcade.", "Two juveniles were wounded", "teen"),
    ("Two small kids were wounded near the arcade.", "Two small kids were wounded", "child"),
    # the adjective names no one
    ("An infant suffered a minor wound in the shooting.", "An infant suffered a minor wound", "child"),
])
def test_the_legal_words_minor_and_juvenile_make_teens_without_an_age(connection, sentence, figure, group):
    add_article(connection, "a1", sentence)
    add_claim(connection, "a1", 0, sentence, figure, point=1, casualty_type="injured", is_child=True, victim_age=None)
    rebuild(connection)
    assert connection.execute("select age_group from claims_reviewed").fetchone()[0] == group


def test_a_running_toll_in_the_latest_report_revises_earlier_agreeing_reports(connection):
    # two early reports agree on 23; the next day's report says the toll rose to 31: 31, not the majority's 23
    for i in range(2):
        text = f"A car bomb killed 23 people in Dayton on Sunday, report {i} said."
        add_article(connection, f"early{i}", text, published=date(2017, 4, 9))
        add_claim(connection, f"early{i}", 0, text, "23 people", point=23)
    late = "The death toll from Sunday's car bomb in Dayton rose to 31."
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "late", 0, late, "31", point=31, rule="toll")
    rebuild(connection)
    assert connection.execute("select killed_low, killed_best from incidents").fetchall() == [(31, 31)]


def test_a_later_report_without_a_running_toll_does_not_outvote_agreeing_reports(connection):
    for i in range(2):
        text = f"A car bomb killed 23 people in Dayton on Sunday, report {i} said."
        add_article(connection, f"early{i}", text, published=date(2017, 4, 9))
        add_claim(connection, f"early{i}", 0, text, "23 people", point=23)
    late = "A car bomb killed 31 people in Dayton on Sunday."
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "late", 0, late, "31 people", point=31)
    rebuild(connection)
    assert connection.execute("select killed_best from incidents").fetchall() == [(23,)]


BAGHDAD = {"location": "Baghdad", "country": "Iraq", "latitude": 33.34, "longitude": 44.40}
MOSUL = {"location": "Mosul", "country": "Iraq", "latitude": 36.34, "longitude": 43.12}


def test_a_wire_credit_and_a_country_do_not_link_reports_from_two_cities(connection):
    first = "BAGHDAD, Iraq (Reuters) - A car bomb killed 23 people in a market in Baghdad on Sunday."
    second = "MOSUL, Iraq (Reuters) - Gunmen killed five members of a family in Mosul on Sunday."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "23 people", point=23, **BAGHDAD)
    add_claim(connection, "a2", 0, second, "five members", point=5, **MOSUL)
    rebuild(connection)
    assert n_incidents(connection) == 2


def test_in_a_small_feed_common_words_and_a_monitor_name_do_not_link_two_days(connection):
    # in three articles every capitalized word is "rare"; "The", the monitor's name and the city do not make
    # two shellings four days apart one incident
    texts = {
        "b1": ("BEIRUT (Reuters) - Air strikes killed 12 civilians in Aleppo on Friday, the Syrian Observatory "
               "for Human Rights said. The British-based Observatory said the dead included three children.",
               "12 civilians", 12, date(2017, 4, 7)),
        "b2": ("BEIRUT (Reuters) - Shelling killed five people in Aleppo on Tuesday, the Syrian Observatory for "
               "Human Rights said. The British-based Observatory said the shells came from the east.",
               "five people", 5, date(2017, 4, 11)),
        "b3": ("BEIRUT (AFP) - Rebel shelling killed five people in Aleppo on Tuesday, the Syrian Observatory for "
               "Human Rights said.", "five people", 5, date(2017, 4, 11)),
    }
    for article_id, (text, figure, point, day) in texts.items():
        add_article(connection, article_id, text, published=day)
        add_claim(connection, article_id, 0, text, figure, point=point, location="Aleppo", country="Syria",
                  latitude=36.2, longitude=37.16, period_start=day, period_end=day,
                  attributed_source="Syrian Observatory for Human Rights")
    rebuild(connection)
    assert not same_incident(connection, "b1", "b2")
    assert same_incident(connection, "b2", "b3")


def test_two_parties_disagreeing_inside_one_report_are_a_source_disagreement(connection):
    text = ("The death toll rose to 31 in Dayton, the health ministry said. Residents said at least 40 people were "
            "killed.")
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "31", point=31, rule="toll", attributed_source="health ministry",
              sentence="The death toll rose to 31 in Dayton, the health ministry said.")
    add_claim(connection, "a1", 1, text, "40 people", point=40, attributed_source="residents",
              sentence="Residents said at least 40 people were killed.")
    rebuild(connection)
    row = connection.execute(
        "select n_reports, n_sources, lowest_figure, highest_figure, figures_by_source from v_source_disagreements"
    ).fetchall()
    assert row == [(1, 2, 31, 40, "health ministry: 31 (2017-04-09) | residents: 40 (2017-04-09)")]


@pytest.mark.parametrize(("larger_by", "expected"), [
    # another party's larger claim beside the ministry's running toll: the toll revises, the claim is contested
    ("residents", (31, 31, None, True)),
    # the same party's larger figure is the report's own: no revision by its smaller toll
    ("health ministry", (23, 23, None, False)),
])
def test_another_partys_larger_claim_does_not_hide_a_running_toll(connection, larger_by, expected):
    for i in range(2):
        text = f"A car bomb killed 23 people in Dayton on Sunday, report {i} said."
        add_article(connection, f"early{i}", text, published=date(2017, 4, 9))
        add_claim(connection, f"early{i}", 0, text, "23 people", point=23)
    toll = "The death toll rose to 31 in Dayton, the health ministry said."
    claim = "At least 40 people were killed, they said."
    late = f"{toll} {claim}"
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "late", 0, late, "31", point=31, rule="toll", attributed_source="health ministry",
              sentence=toll)
    add_claim(connection, "late", 1, late, "40 people", point=40, count_low=40, count_high=None,
              qualifier="at_least", attributed_source=larger_by, sentence=claim)
    rebuild(connection)
    assert connection.execute(
        "select killed_low, killed_best, killed_high, is_contested from incidents"
    ).fetchall() == [expected]


def test_another_partys_disputed_figure_is_not_added_but_holds_the_high_bound(connection):
    text = "Five people were killed, police said, but the opposition put the death toll at 11."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Five people", point=5, attributed_source="police")
    add_claim(connection, "a1", 1, text, "11", point=11, rule="toll/disputed", attributed_source="opposition")
    rebuild(connection)
    assert connection.execute("select killed from article_tolls").fetchall() == [(5,)]
    assert connection.execute("select killed_low, killed_best, killed_high from incidents").fetchall() == [(5, 5, 11)]


KABUL = {"location": "Kabul", "country": "Afghanistan", "latitude": 34.53, "longitude": 69.17}


@pytest.mark.parametrize(("second", "joins"), [
    ("KABUL (AP) - Gunmen shot dead three guards outside a bank in western Kabul on Sunday.", False),
    # a name that is not a place's links them whatever the kinds say
    ("KABUL (AP) - Gunmen shot dead three guards near the Wazir Akbar Khan gate on Sunday.", True),
])
def test_a_bombing_and_a_shooting_in_one_city_on_one_day_are_two_incidents(connection, second, joins):
    first = "KABUL (Reuters) - A truck bomb killed 90 people near the Wazir Akbar Khan gate in Kabul on Sunday."
    first = first if joins else first.replace(" near the Wazir Akbar Khan gate", "")
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "90 people", point=90, event_type="bombing", **KABUL)
    add_claim(connection, "a2", 0, second, "three guards", point=3, event_type="shooting", **KABUL)
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


def test_a_short_wire_story_under_its_reprinting_sites_name_is_a_copy(connection):
    body = "LAGOS (Reuters) - A suicide bomber killed at least 12 worshippers at a mosque on Monday, police said."
    add_article(connection, "a1", body, title="Suicide bomber kills 12 at mosque")
    add_article(connection, "a2", body, title="Suicide bomber kills 12 at mosque - Daily Herald",
                published=date(2017, 4, 10))
    add_article(connection, "a3", body, title="Suicide bomber kills 12 at market", published=date(2017, 4, 10))
    connection.execute("update articles set content_hash = 'same'")
    connection.execute(load_sql("article_duplicates"))
    copies = dict(connection.execute("select article_id, duplicate_of from articles").fetchall())
    assert copies == {"a1": None, "a2": "a1", "a3": None}


def test_a_running_toll_revises_only_when_it_is_the_reports_figure(connection):
    # the later report's largest figure is a background figure, not its toll: no revision to it
    for i in range(2):
        text = f"A car bomb killed 23 people in Dayton on Sunday, report {i} said."
        add_article(connection, f"early{i}", text, published=date(2017, 4, 9))
        add_claim(connection, f"early{i}", 0, text, "23 people", point=23)
    toll = "The death toll from Sunday's car bomb in Dayton rose to 31."
    late = toll + " The group has killed 900 people in the region."
    add_article(connection, "late", late, published=date(2017, 4, 10))
    add_claim(connection, "late", 0, late, "31", point=31, rule="toll", sentence=toll)
    add_claim(connection, "late", 1, late, "900 people", point=900,
              sentence="The group has killed 900 people in the region.")
    rebuild(connection)
    assert connection.execute("select killed_best from incidents").fetchall() != [(900,)]


@pytest.mark.parametrize("numeral,expected", [
    (22, (22, 22, None)),  # the numeral the reporter counted, not the vague word's conventional 24
    (1, (24, 24, None)),   # one body is no count of the dead
])
def test_a_vague_word_yields_to_a_numeral_of_another_sentence(connection, numeral, expected):
    first, second = "Dozens of people were killed in the raid.", f"Medics said at least {numeral} bodies were recovered."
    text = first + " " + second
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "Dozens", point=24, sentence=first, qualifier="vague", count_high=99)
    add_claim(connection, "a1", 1, text, str(numeral), point=numeral, sentence=second, qualifier="at_least",
              count_high=None)
    rebuild(connection)
    assert connection.execute("select total_point, total_low, total_high from toll_totals "
                              "where scope = 'article' and casualty_type = 'killed'").fetchall() == [expected]


HESSTON = {"location": "Hesston", "latitude": 38.14, "longitude": -97.43}
NEWTON = {"location": "Newton", "latitude": 38.05, "longitude": -97.35}


@pytest.mark.parametrize(("second_place", "expected"), [({"location": "Kansas"}, 1), (NEWTON, 2)])
def test_a_state_does_not_set_a_report_apart_from_a_town_in_it(connection, second_place, expected):
    # a state (no coordinates) may hold the town: one shared name links the report naming no day;
    # two towns the gazetteer places are two places
    first = "Tamsin Okafor was shot dead in Hesston on Sunday."
    second = "A woman was killed outside the home of the Okafor family, police said."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "Tamsin Okafor", point=1, **HESSTON)
    add_claim(connection, "a2", 0, second, "A woman", point=1, period_start=None, period_end=None, **second_place)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("figure", "expected"), [(5, 1), (4, 2)])
def test_a_later_report_naming_the_day_with_the_same_figures_and_a_place_joins(connection, figure, expected):
    # no rare name in common: the day, a place the two articles name and the figures
    first = "CHICAGO — Five teens were wounded in Englewood on Monday night."
    second = "A man was arrested in the Monday shooting that wounded teens in Chicago."
    add_article(connection, "a0", "CHICAGO — A man was hurt in Chicago.", published=date(2016, 1, 1))
    add_claim(connection, "a0", 0, "CHICAGO — A man was hurt in Chicago.", "A man", point=1,
              casualty_type="injured", period_start=date(2016, 1, 1), period_end=date(2016, 1, 1), **CHICAGO)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 18))
    add_claim(connection, "a1", 0, first, "Five teens", point=5, casualty_type="injured", **ENGLEWOOD)
    add_claim(connection, "a2", 0, second, "teens", point=figure, casualty_type="injured", **CHICAGO)
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is (expected == 1)


@pytest.mark.parametrize(("figure", "expected"), [(1, 1), (2, 2)])
def test_a_later_report_naming_no_day_with_the_same_figures_a_name_and_a_place_joins(connection, figure, expected):
    first = "Tamsin Okafor was shot dead in Dayton on Sunday."
    second = "Police arrested a man weeks after a woman was killed outside the Okafor home in Dayton."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 5, 9))
    add_claim(connection, "a1", 0, first, "Tamsin Okafor", point=1)
    add_claim(connection, "a2", 0, second, "a woman", point=figure, period_start=None, period_end=None)
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is (expected == 1)


@pytest.mark.parametrize(("figure", "joins"), [(1, True), (2, False)])
def test_a_trial_months_later_joins_by_three_names_a_place_and_the_same_figures(connection, figure, joins):
    # no victim age in common: the figures stand for it
    first = "Tamsin Okafor was shot dead on Brackenridge Road in Dayton on Sunday."
    second = "Jurors convicted a man of killing Tamsin Okafor on Brackenridge Road in Dayton."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2018, 2, 1))
    add_claim(connection, "a1", 0, first, "Tamsin Okafor", point=1)
    add_claim(connection, "a2", 0, second, "Tamsin Okafor", point=figure, period_start=None, period_end=None)
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


@pytest.mark.parametrize(("day", "joins"), [(date(2017, 4, 9), True), (date(2017, 4, 11), False)])
def test_a_report_months_later_naming_the_incidents_day_joins_by_a_name_and_a_place(connection, day, joins):
    first = "A woman was shot dead outside the Okafor home in Hesston on Sunday."
    second = "HESSTON, Kan. — Charges were filed in the killing of a woman near the Okafor home in Harvey County."
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 12, 1))
    add_claim(connection, "a1", 0, first, "A woman", point=1, **HESSTON)
    add_claim(connection, "a2", 0, second, "a woman", point=1, location="Harvey County",
              period_start=day, period_end=day)
    rebuild(connection)
    assert same_incident(connection, "a1", "a2") is joins


@pytest.mark.parametrize(("place", "name", "expected"), [
    ("Englewood", "", 2),  # the city's name and the state's abbreviation are all the two share: two shootings
    ("Englewood", " near Kolbeck Park", 1),  # a name that is not a place's links the neighbourhood and its city
    ("Chicago", "", 1),  # the same place and day, no victim ages against it: one incident
])
def test_a_city_and_its_states_abbreviation_do_not_link_a_neighbourhood_to_another_shooting_that_day(
        connection, place, name, expected):
    # (inc3 challenge set: two Memphis shootings of one Saturday, "MEMPHIS, Tenn." in both datelines)
    first = f"CHICAGO, Ill. (WGN) - A man was shot dead in {place}{name} on Sunday, police said."
    second = f"CHICAGO, Ill. - A man was wounded{name} on Sunday while walking home, police said."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A man", point=1, **(ENGLEWOOD if place == "Englewood" else CHICAGO))
    add_claim(connection, "a2", 0, second, "A man", point=1, casualty_type="injured", **CHICAGO)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("Neighbors of Kessler Park", 1),  # people named by where they live: the park stays the incident's name
    ("the family of Darnell Okafor", 1),  # and by whom they belong to: the victim's name stays
    ("Kessler Park Neighborhood Association", 2),  # an organization's name is who spoke, not the incident's
])
def test_the_words_after_of_in_a_group_of_people_giving_the_figure_stay_names(connection, source, expected):
    # (inc3 challenge set: "Neighbors of Watkins Park said ... after two boys, 15 and 16, were shot")
    first = "Darnell Okafor and another boy were wounded near Kessler Park on Thursday."
    second = f"{source[0].upper()}{source[1:]} said Friday that a boy was shot on Thursday."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second, published=date(2017, 4, 10))
    add_claim(connection, "a1", 0, first, "Darnell Okafor and another boy", point=2, casualty_type="injured")
    add_claim(connection, "a2", 0, second, "a boy", point=1, casualty_type="injured", location=None,
              attributed_source=source)
    rebuild(connection)
    assert n_incidents(connection) == expected


# neighbourhoods the gazetteer lacks coordinates for carry their city's (docs/warehouse.md, location_kind)
MEMPHIS = {"location": "Memphis", "latitude": 35.15, "longitude": -90.05, "location_kind": "city"}
ORANGE_MOUND = {**MEMPHIS, "location": "Orange Mound", "location_kind": "neighbourhood"}
WHITEHAVEN = {**MEMPHIS, "location": "Whitehaven", "location_kind": "neighbourhood"}
FRAYSER = {**MEMPHIS, "location": "Frayser", "location_kind": "neighbourhood"}


@pytest.mark.parametrize(("shared", "expected"), [
    ("taken to Regional One Health", 2),  # the city's trauma centre
    ("booked into the Shelby County jail", 2),  # its county
    ("seen near Boulevard", 2),  # a street type
    ("named as Cedric Okonjo", 1),  # a person: the incident's own name
])
def test_a_citys_hospital_county_and_street_types_are_no_names_in_common(connection, shared, expected):
    # (fourth incident set: three Memphis shootings of one weekend, each report naming "Regional One Health")
    first = f"A man was wounded in Orange Mound on Sunday, {shared}."
    second = f"A man was shot dead in Whitehaven on Sunday, {shared}."
    add_other_city_news(connection)
    add_article(connection, "a1", first)
    add_article(connection, "a2", second)
    add_claim(connection, "a1", 0, first, "A man", point=1, casualty_type="injured", **ORANGE_MOUND)
    add_claim(connection, "a2", 0, second, "A man", point=1, **WHITEHAVEN)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("also_shared", "expected"), [("", 2), (" Kendrick Oyelaran was questioned.", 1)])
def test_two_neighbourhoods_share_the_places_of_a_background_sentence_as_no_evidence(connection, also_shared,
                                                                                     expected):
    first = f"A girl and a man were wounded in Orange Mound on Saturday afternoon.{also_shared}"
    second = (f"A man was shot dead outside a Whitehaven nightclub late Saturday.{also_shared} The shooting came hours "
              "after a girl and her uncle were wounded in a drive-by in Orange Mound.")
    add_other_city_news(connection)
    add_article(connection, "a1", first, published=date(2017, 4, 8))
    add_article(connection, "a2", second, published=date(2017, 4, 9))
    for article_id, text, figure, kind, place in (("a1", first, "A girl and a man", "injured", ORANGE_MOUND),
                                                   ("a2", second, "A man", "killed", WHITEHAVEN)):
        add_claim(connection, article_id, 0, text, figure, point=2 if kind == "injured" else 1, casualty_type=kind,
                  period_start=date(2017, 4, 8), period_end=date(2017, 4, 8), **place)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize(("second_names", "expected"), [("in a Frayser apartment", 1), ("in an apartment", 2)])
def test_a_city_holds_a_neighbourhood_its_own_report_names(connection, second_names, expected):
    # one report places the deaths in the neighbourhood, the other at the city (its dateline) though it names the
    # neighbourhood: the two places neither agree nor disagree
    first = "MEMPHIS, Tenn. — A man and a woman were found shot to death in Frayser on Sunday morning."
    second = f"The woman killed {second_names} Sunday morning had sought an order of protection, Frayser court records show."
    add_other_city_news(connection)
    add_article(connection, "a1", first, published=date(2017, 4, 9), title="Two found shot dead in Frayser")
    add_article(connection, "a2", second, published=date(2017, 4, 11),
                title="Victim had sought protective order" + (" in Frayser" if "Frayser" in second_names else ""))
    add_claim(connection, "a1", 0, first, "A man and a woman", point=2, **FRAYSER)
    add_claim(connection, "a2", 0, second, "The woman", point=1, location_basis="dateline", **MEMPHIS)
    rebuild(connection)
    assert n_incidents(connection) == expected


@pytest.mark.parametrize("first_place", ["Englewood", "Chicago"])
def test_an_incidents_place_is_one_place_with_its_own_coordinates(connection, first_place):
    # two reports, one place each: a tie, taken by the earlier report; the coordinates are that place's
    places = {"Englewood": ENGLEWOOD, "Chicago": CHICAGO}
    second_place = "Chicago" if first_place == "Englewood" else "Englewood"
    first = f"Dequan Villasenor, 23, was shot dead in {first_place} on Sunday."
    second = f"Police named Dequan Villasenor, 23, as the man shot dead in {second_place} on Sunday."
    add_other_city_news(connection)
    add_article(connection, "a1", first, published=date(2017, 4, 9))
    add_article(connection, "a2", second, published=date(2017, 4, 10))
    add_claim(connection, "a1", 0, first, "Dequan Villasenor", point=1, victim_age=23, **places[first_place])
    add_claim(connection, "a2", 0, second, "the man", point=1, victim_age=23, **places[second_place])
    rebuild(connection)
    assert connection.execute("select location, latitude, longitude from incidents").fetchall() == [
        (first_place, places[first_place]["latitude"], places[first_place]["longitude"])]


def test_a_stations_copyright_notice_does_not_link_two_shootings(connection):
    # one station's items on two shootings in one city two days apart share only its notice and the city
    first = ("CHARLOTTE, N.C. - A man was shot and killed at an apartment on Farm Pond Lane on Friday, police said."
             "\n\n(© 2019 Cox Media Group)")
    second = ("CHARLOTTE, N.C. - A teenager was wounded at a bus stop on Freedom Drive on Sunday, police said."
              "\n\nCopyright 2019 Cox Media Group. All rights reserved.")
    for article_id, text, figure, day, kind in (("c1", first, "A man", date(2019, 8, 16), "killed"),
                                                ("c2", second, "A teenager", date(2019, 8, 18), "injured")):
        add_article(connection, article_id, text, published=day)
        add_claim(connection, article_id, 0, text, figure, casualty_type=kind, point=1, location="Charlotte",
                  country="United States", latitude=35.23, longitude=-80.84, period_start=day, period_end=day)
    rebuild(connection)
    terms = {t for (t,) in connection.execute("select term from stg_article_terms").fetchall()}
    assert {"cox", "media", "group"}.isdisjoint(terms) and {"farm", "freedom"} <= terms
    assert not same_incident(connection, "c1", "c2")
