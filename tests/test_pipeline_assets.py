"""Assets materialized for real, through Dagster, into a temporary DuckDB warehouse."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import duckdb

from pipeline.checks.assets import ASSET_CHECKS
from pipeline.definitions import ASSETS
from pipeline.resources import OverridesFile, RawFolder, Warehouse

TABLES = ["articles", "quarantine", "claims", "claim_issues", "incidents", "extraction_log", "raw_files"]


def materialize_all(raw_dir: Path, warehouse_path: Path, overrides: Path | None = None) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [*ASSETS, *ASSET_CHECKS],
        resources={
            "raw_folder": RawFolder(path=str(raw_dir)),
            "warehouse": Warehouse(path=str(warehouse_path)),
            "overrides": OverridesFile(path=str(overrides or raw_dir.parent / "no-overrides.csv")),
        },
        raise_on_error=False,
    )


def read_table(warehouse_path: Path, table: str):
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        return connection.execute(f"select * from {table} order by all").df()


def test_seed_run_publishes_the_warehouse(seed_raw_dir, warehouse_path):
    result = materialize_all(seed_raw_dir, warehouse_path)
    assert result.success
    assert warehouse_path.exists()
    assert not Warehouse(path=str(warehouse_path)).staging_path.exists()
    evaluations = result.get_asset_check_evaluations()
    assert evaluations and all(e.passed for e in evaluations if e.check_name != "quarantined_records")
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        assert connection.execute("select count(*) from articles").fetchall()[0][0] == 1
        published = connection.execute("select published_date from articles").fetchall()[0][0]
        assert str(published) == "2016-09-08"
        assert connection.execute("select count(*) from claims").fetchall()[0][0] == 5
        tolls = connection.execute("select killed, injured from article_tolls").fetchall()[0]
        assert tolls[0] == 5 and tolls[1] >= 12
        # every claim but the summary figures belongs to an incident
        orphans = connection.execute(
            "select count(*) from claims where incident_id is null "
            "and claim_id not in (select claim_id from summary_claims)"
        ).fetchall()[0][0]
        assert orphans == 0
        # the gas attack on al-Sukkari (6 September) and the Jarablus bombing (8 September) are
        # two incidents, although the neighbourhood has no coordinates to measure the distance by
        incidents = connection.execute(
            "select string_agg(distinct location, ',' order by location) from claims "
            "where incident_id is not null group by incident_id order by 1"
        ).fetchall()
        assert [row[0] for row in incidents] == ["Jarablus", "al-Sukkari"]
        results = connection.execute("select count(*), count(*) filter (where passed) from check_results").fetchall()[0]
        assert results[0] == len(evaluations)


def test_second_run_leaves_identical_tables(seed_raw_dir, warehouse_path):
    (seed_raw_dir / "more.jsonl").write_text(
        json.dumps({"id": "x1", "published_at": "2017-04-09", "text": "Three people were killed and four wounded "
                    "in a shooting in Dayton on Sunday, police said."}) + "\n",
        encoding="utf-8",
    )
    assert materialize_all(seed_raw_dir, warehouse_path).success
    first = {table: read_table(warehouse_path, table) for table in TABLES}
    assert materialize_all(seed_raw_dir, warehouse_path).success
    for table in TABLES:
        assert read_table(warehouse_path, table).equals(first[table]), table


def test_bad_files_are_quarantined_and_good_ones_ingested(tmp_path, warehouse_path):
    raw = tmp_path / "raw"
    (raw / "nested").mkdir(parents=True)
    good = {"id": "g1", "published_at": "2016-01-17", "text": "At least 13 people were killed in Jalalabad on Sunday."}
    (raw / "good.json").write_text(json.dumps(good), encoding="utf-8")
    (raw / "nested" / "mixed.jsonl").write_text(
        json.dumps({"id": "g2", "text": "Two soldiers were killed in an ambush."}) + "\n{not json\n"
        + json.dumps({"id": "g3", "text": "Five people were injured when a bus overturned."}) + "\n",
        encoding="utf-8",
    )
    (raw / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (raw / "empty.txt").write_text("", encoding="utf-8")
    (raw / "no_text.json").write_text(json.dumps({"id": "n1", "title": "headline only"}), encoding="utf-8")
    (raw / "numbers.json").write_text(json.dumps([1, 2, 3]), encoding="utf-8")
    (raw / "report.pdf").write_bytes(b"%PDF-1.4")

    result = materialize_all(raw, warehouse_path)
    assert result.success
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        ids = {row[0] for row in connection.execute("select external_id from articles").fetchall()}
        assert ids == {"g1", "g2", "g3"}
        quarantined = connection.execute(
            "select source_path, record_number, reason from quarantine order by source_path, record_number"
        ).fetchall()
    by_file = {}
    for source_path, record_number, reason in quarantined:
        by_file.setdefault(Path(source_path).name, []).append((record_number, reason))
    assert set(by_file) == {"mixed.jsonl", "junk.txt", "empty.txt", "no_text.json", "numbers.json", "report.pdf"}
    assert by_file["mixed.jsonl"][0][0] == 2
    assert len(by_file["numbers.json"]) == 3
    assert all(reason for entries in by_file.values() for _, reason in entries)


def test_blocking_check_stops_publication(seed_raw_dir, warehouse_path, broken_extractor):
    """When most claims break a row rule (a broken extractor release), the set-aside
    share check fails with ERROR: incidents and publication do not run."""
    result = materialize_all(seed_raw_dir, warehouse_path)
    assert not result.success
    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert "claims_set_aside_share" in failed
    assert not warehouse_path.exists()
    staged = Warehouse(path=str(warehouse_path)).staging_path
    with duckdb.connect(str(staged), read_only=True) as connection:
        issues = connection.execute("select distinct rule from claim_issues").fetchall()
    assert ("offsets_inside_text",) in issues


def test_changed_file_replaces_its_articles(tmp_path, warehouse_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    path = raw / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Two people were killed in Mosul on Monday."}) + "\n", encoding="utf-8")
    assert materialize_all(raw, warehouse_path).success
    path.write_text(json.dumps({"id": "b", "text": "Four people were killed in Kirkuk on Monday."}) + "\n", encoding="utf-8")
    assert materialize_all(raw, warehouse_path).success
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        assert connection.execute("select list(external_id) from articles").fetchall()[0][0] == ["b"]
        assert connection.execute("select count(*) from claims where article_id not in (select article_id from articles)").fetchall()[0][0] == 0


def test_reader_keeps_a_complete_warehouse_while_a_run_writes(seed_raw_dir, warehouse_path):
    assert materialize_all(seed_raw_dir, warehouse_path).success
    reader = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        (seed_raw_dir / "extra.jsonl").write_text(
            json.dumps({"id": "z", "text": "Six people were killed in Kabul on Friday."}) + "\n", encoding="utf-8"
        )
        assert materialize_all(seed_raw_dir, warehouse_path).success
        # the open connection still reads the previous, complete version
        assert reader.execute("select count(*) from articles").fetchall()[0][0] == 1
    finally:
        reader.close()
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        assert connection.execute("select count(*) from articles").fetchall()[0][0] == 2


def test_an_article_that_breaks_the_extractor_does_not_stop_the_run(tmp_path, warehouse_path, monkeypatch):
    import pipeline.extract.assets as extract_assets

    real_extract = extract_assets.extract_claims

    def fragile(text, published_at=None, title=None):
        if "unparseable" in text:
            raise ValueError("grammar cannot read this")
        return real_extract(text, published_at, title)

    monkeypatch.setattr(extract_assets, "extract_claims", fragile)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": "Two people were killed in Mosul on Monday."}) + "\n"
        + json.dumps({"id": "bad", "text": "An unparseable report."}) + "\n",
        encoding="utf-8",
    )
    result = materialize_all(raw, warehouse_path)
    assert result.success
    warned = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert warned == {"extraction_errors"}
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        errors = connection.execute(
            "select a.external_id, l.error from extraction_log l join articles a using (article_id) where l.error is not null"
        ).fetchall()
        assert errors == [("bad", "ValueError: grammar cannot read this")]
        assert connection.execute("select killed from article_tolls join articles using (article_id) "
                                  "where external_id = 'ok'").fetchall()[0][0] == 2
