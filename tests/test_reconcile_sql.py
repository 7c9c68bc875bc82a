"""The SQL models on hand-made claims, in an in-memory DuckDB."""

from __future__ import annotations

from datetime import date, datetime

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


def add_article(connection, article_id, text, published=date(2017, 4, 9), duplicate_of=None):
    insert_rows(connection, "articles", [{
        "article_id": article_id, "text": text, "published_at": datetime.combine(published, datetime.min.time()),
        "published_date": published, "source_path": f"/raw/{article_id}.txt", "content_hash": article_id,
        "duplicate_of": duplicate_of, "ingested_at": datetime(2020, 1, 1),
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
        "period_end": date(2017, 4, 9),
    }
    row.update(fields)
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


def test_summary_figures_stay_out_of_incidents(connection):
    text = "Fighting this month has killed 40 people, including 9 children."
    add_article(connection, "a1", text)
    add_claim(connection, "a1", 0, text, "40 people", point=40, is_summary=True)
    add_claim(connection, "a1", 1, text, "9 children", point=9, is_child=True, parent_claim_id="a1-0")
    rebuild(connection)
    assert connection.execute("select count(*) from incidents").fetchall()[0][0] == 0
    assert connection.execute("select count(*) from summary_claims").fetchall()[0][0] == 2
    assert connection.execute("select count(incident_id) from claims").fetchall()[0][0] == 0


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
    row = connection.execute("select grade, contested_types, killed_low, killed_best from incidents").fetchall()[0]
    assert row == ("contested", "killed", 12, 12)
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
