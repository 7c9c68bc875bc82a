"""Every SQL example in the README and docs/warehouse.md runs on a real warehouse."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from conftest import PROJECT_ROOT
from test_pipeline_assets import materialize_all

DOCS = [PROJECT_ROOT / "README.md", PROJECT_ROOT / "docs" / "warehouse.md", PROJECT_ROOT / "docs" / "conventions.md"]


def sql_examples() -> list[tuple[str, str]]:
    examples = []
    for doc in DOCS:
        for block in re.findall(r"```sql\n(.*?)```", doc.read_text(encoding="utf-8"), re.S):
            for statement in filter(str.strip, block.split(";")):
                if re.search(r"^\s*(select|with)\b", statement, re.I | re.M):
                    examples.append((doc.name, statement))
    return examples


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    raw = root / "raw"
    raw.mkdir()
    seed = PROJECT_ROOT / "data" / "raw" / "000_82b491c720f0e559.txt"
    (raw / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    warehouse = root / "casualties.duckdb"
    assert materialize_all(raw, warehouse).success
    return warehouse


def test_docs_have_examples():
    assert len(sql_examples()) >= 8


@pytest.mark.parametrize("doc,statement", sql_examples())
def test_example_query_runs(seed_warehouse, doc, statement):
    with duckdb.connect(str(seed_warehouse), read_only=True) as connection:
        connection.execute(statement).fetchall()


def test_the_vague_word_table_in_the_conventions_page_is_the_one_the_code_uses():
    from pipeline.extract.conventions import VAGUE

    page = (PROJECT_ROOT / "docs" / "conventions.md").read_text(encoding="utf-8")
    documented = {}
    for words, low, high, point in re.findall(r"^\| vague \| (.+?) \| (\d+) \| (\w+) \| (\d+) \|$", page, re.M):
        for word in re.findall(r'"([^"]+)"', words):
            # the page writes "a number of" where the code keys the words before the noun
            documented[word.removesuffix(" of")] = (int(low), None if high == "open" else int(high), int(point))
    assert documented == VAGUE
