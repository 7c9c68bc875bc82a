"""The raw-folder sensor starts one run per batch of new files, each file once."""

from __future__ import annotations

import dagster as dg

from pipeline.resources import RawFolder
from pipeline.serve.automation import new_raw_files, raw_folder_sensor


def evaluate(raw_dir, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"raw_folder": RawFolder(path=str(raw_dir))})
    return raw_folder_sensor(context), context.cursor


def test_new_raw_files_compares_stamps():
    assert new_raw_files({"a": "1:1"}, {"a": "1:1", "b": "2:2"}) == {"b": "2:2"}
    assert new_raw_files({"a": "1:1"}, {"a": "1:2"}) == {"a": "1:2"}


def test_each_file_triggers_once(tmp_path):
    (tmp_path / "one.txt").write_text("Two people were killed.", encoding="utf-8")
    first, cursor = evaluate(tmp_path)
    assert isinstance(first, dg.RunRequest)
    again, cursor = evaluate(tmp_path, cursor)
    assert isinstance(again, dg.SkipReason)
    (tmp_path / "two.jsonl").write_text('{"text": "A man was shot dead."}\n', encoding="utf-8")
    second, _ = evaluate(tmp_path, cursor)
    assert isinstance(second, dg.RunRequest)
    assert second.run_key != first.run_key
    assert second.tags["new_raw_files"] == "1"


def test_missing_folder_skips(tmp_path):
    result, _ = evaluate(tmp_path / "absent")
    assert isinstance(result, dg.SkipReason)
