from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = PROJECT_ROOT / "data" / "raw" / "000_82b491c720f0e559.txt"
EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"


@pytest.fixture
def seed_raw_dir(tmp_path: Path) -> Path:
    """A raw folder holding only the seed article (with its front matter)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_FILE, raw / SEED_FILE.name)
    return raw


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "casualties.duckdb"


@pytest.fixture
def broken_extractor(monkeypatch):
    """An extractor release whose spans all point backwards: every claim breaks a row
    rule, as after a systemic fault."""
    import pipeline.extract.assets as extract_assets

    real_extract = extract_assets.extract_claims

    def reversed_spans(text, published_at=None, title=None):
        claims = real_extract(text, published_at, title)
        for claim in claims:
            claim.char_start, claim.char_end = claim.char_end, claim.char_start
        return claims

    monkeypatch.setattr(extract_assets, "extract_claims", reversed_spans)


def require_eval(name: str) -> Path:
    path = EVAL_DIR / name
    if not path.is_dir():
        pytest.skip(f"evaluation data {path} is absent (it lives outside the repo)")
    return path


def build_in_memory_warehouse(texts: dict[str, str | dict], published=None):
    """An in-memory warehouse holding these articles, extracted and reconciled by the pipeline's own
    steps. Each article is its text, or a dict with ``text`` and optionally ``title`` and ``published``
    (a date: the article's own publication date, taken at noon); ``published`` (a datetime) is the
    publication time of the articles given as plain text."""
    from datetime import datetime

    import duckdb

    from pipeline.extract.assets import extract_articles
    from pipeline.ingest.assets import content_hash
    from pipeline.reconcile.assets import reconcile
    from pipeline.sql import insert_rows, load_sql

    def row(article_id: str, article: str | dict) -> dict:
        if isinstance(article, str):
            article = {"text": article}
        at = published
        if article.get("published") is not None:
            at = datetime.combine(article["published"], datetime.min.time()).replace(hour=12)
        return {"article_id": article_id, "title": article.get("title"), "text": article["text"],
                "source_path": "memory", "content_hash": content_hash(article["text"]),
                "published_at": at, "published_date": at.date() if at else None,
                "ingested_at": datetime(2020, 1, 1)}

    connection = duckdb.connect()
    connection.execute(load_sql("schema"))
    insert_rows(connection, "articles", [row(article_id, article) for article_id, article in texts.items()])
    extract_articles(connection, show_progress=False)
    reconcile(connection)
    return connection


def article_total(text: str, kind: str = "injured", title: str | None = None, published=None) -> int:
    """An article's total of one casualty type, read from its claims the way ``sql/toll_totals.sql``
    does without the database: figures of one sentence are added (running tolls: the largest), the
    largest sentence total is taken, and figures marked '/another' are added to it; subsets, summaries
    and another party's figure set aside ('/disputed') are not counted."""
    from collections import defaultdict

    from pipeline.extract.extractor import extract_claims

    sentences: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    additional = 0
    for c in extract_claims(text, published, title):
        if c.casualty_type != kind or not c.counts:
            continue
        if c.rule.endswith("/another"):
            additional += c.count_point or 0
        elif c.rule.startswith(("toll", "injury_toll")):
            s = sentences[(c.evidence_field, c.sentence_start)]
            s[1] = max(s[1], c.count_point or 0)
        else:
            sentences[(c.evidence_field, c.sentence_start)][0] += c.count_point or 0
    return max((max(a, b) for a, b in sentences.values()), default=0) + additional
