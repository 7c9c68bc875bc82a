"""The `casualties` command: a real run through Dagster, its summary and exit codes."""

from __future__ import annotations

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_run_publishes_and_summarizes(seed_raw_dir, warehouse_path):
    result = runner.invoke(app, ["run", "--raw-dir", str(seed_raw_dir), "--warehouse", str(warehouse_path)])
    assert result.exit_code == 0, result.output
    assert "incidents" in result.output and "checks" in result.output
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        assert connection.execute("select count(*) from claims").fetchall()[0][0] == 5


def test_missing_raw_folder_is_a_clear_error(tmp_path, warehouse_path):
    result = runner.invoke(app, ["run", "--raw-dir", str(tmp_path / "absent"), "--warehouse", str(warehouse_path)])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_failed_blocking_check_exits_non_zero(seed_raw_dir, warehouse_path, broken_extractor):
    result = runner.invoke(app, ["run", "--raw-dir", str(seed_raw_dir), "--warehouse", str(warehouse_path)])
    assert result.exit_code == 1
    assert "NOT published" in result.output
    assert not warehouse_path.exists()


def test_evaluate_refuses_an_existing_warehouse(tmp_path):
    # claims already extracted by this extractor version would be reused, not measured again
    (tmp_path / "gva").mkdir()
    existing = tmp_path / "old.duckdb"
    existing.write_bytes(b"")
    result = runner.invoke(app, ["evaluate", "gva", "--data", str(tmp_path), "--warehouse", str(existing)])
    assert result.exit_code == 2
    assert "exists" in result.output
