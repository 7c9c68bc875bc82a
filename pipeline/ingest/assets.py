"""Asset ``articles``: every raw record ends up in ``articles`` or in ``quarantine``.

Runs are incremental: a file whose content hash is already recorded in ``raw_files``
is not read again, so a second run over the same folder changes nothing. A file whose
content changed replaces what it contributed before (delete, then insert), so re-runs
never duplicate rows.
"""


import hashlib
import re
from datetime import datetime
from pathlib import Path

import dagster as dg
import pandas as pd

from pipeline.ingest.readers import QuarantinedRecord, RawArticle, list_raw_files, read_raw_file
from pipeline.resources import RawFolder, Warehouse
from pipeline.sql import insert_rows, load_sql, markdown_table

_WHITESPACE = re.compile(r"\s+")

ARTICLE_COLUMNS = [
    "article_id", "external_id", "title", "text", "published_at", "published_date", "publisher",
    "url", "language", "source_path", "record_number", "content_hash", "duplicate_of",
    "ingest_warnings", "ingested_at",
]
QUARANTINE_COLUMNS = ["source_path", "record_number", "reason", "excerpt", "quarantined_at"]


def content_hash(text: str) -> str:
    """Hash of the text with case and white space folded: reprints that differ only in
    layout get the same hash."""
    normalized = _WHITESPACE.sub(" ", text).strip().casefold()
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()


def make_article_id(external_id: str | None, text_hash: str) -> str:
    """Stable id: from the input's own id when it has one, else from the text."""
    basis = f"id:{external_id}" if external_id else f"text:{text_hash}"
    return "art_" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _article_row(record: RawArticle, source_path: str, now: datetime) -> dict:
    text_hash = content_hash(record.text)
    published = record.published_at
    return {
        "article_id": make_article_id(record.external_id, text_hash),
        "external_id": record.external_id,
        "title": record.title,
        "text": record.text,
        "published_at": published,
        "published_date": published.date() if published else None,
        "publisher": record.publisher,
        "url": record.url,
        "language": record.language,
        "source_path": source_path,
        "record_number": record.record_number,
        "content_hash": text_hash,
        "duplicate_of": None,
        "ingest_warnings": "; ".join(record.warnings) or None,
        "ingested_at": now,
    }


def _quarantine_row(source_path: str, record_number: int | None, reason: str, excerpt: str | None, now: datetime) -> dict:
    return {
        "source_path": source_path,
        "record_number": record_number,
        "reason": reason,
        "excerpt": excerpt,
        "quarantined_at": now,
    }


def ingest_folder(connection, root: Path, log=None) -> dict[str, int]:
    """Read new or changed files under ``root`` into ``articles`` and ``quarantine``.

    Returns counts for the run's metadata. Records whose id is already taken by the
    same text are already ingested and are skipped; an id taken by a different text is
    quarantined, so no record silently disappears.
    """
    connection.execute(load_sql("schema"))
    now = datetime.now().replace(microsecond=0)
    files = list_raw_files(root)
    known_hashes = dict(connection.execute("select source_path, content_sha256 from raw_files").fetchall())
    existing = dict(connection.execute("select article_id, content_hash from articles").fetchall())

    article_rows: list[dict] = []
    quarantine_rows: list[dict] = []
    file_rows: list[dict] = []
    for path in files:
        source_path = str(path.resolve())
        try:
            sha = file_sha256(path)
        except OSError as error:
            connection.execute("delete from quarantine where source_path = ?", [source_path])
            quarantine_rows.append(_quarantine_row(source_path, None, f"unreadable file: {error}", None, now))
            continue
        if known_hashes.get(source_path) == sha:
            continue
        if source_path in known_hashes:
            # A changed file replaces what it gave before.
            replaced = connection.execute(
                "delete from articles where source_path = ? returning article_id", [source_path]
            ).fetchall()
            for (article_id,) in replaced:
                existing.pop(article_id, None)
            connection.execute("delete from quarantine where source_path = ?", [source_path])
            connection.execute("delete from raw_files where source_path = ?", [source_path])
        n_articles = n_quarantined = 0
        for record in read_raw_file(path, root):
            if isinstance(record, QuarantinedRecord):
                quarantine_rows.append(_quarantine_row(source_path, record.record_number, record.reason, record.excerpt, now))
                n_quarantined += 1
                continue
            row = _article_row(record, source_path, now)
            seen_hash = existing.get(row["article_id"])
            if seen_hash is None:
                existing[row["article_id"]] = row["content_hash"]
                article_rows.append(row)
                n_articles += 1
            elif seen_hash == row["content_hash"]:
                n_articles += 1  # the same article again: already ingested
            else:
                reason = f"id {record.external_id!r} is already used by an article with a different text"
                quarantine_rows.append(_quarantine_row(source_path, record.record_number, reason, record.text[:200], now))
                n_quarantined += 1
        file_rows.append({
            "source_path": source_path, "raw_root": str(root), "content_sha256": sha,
            "size_bytes": path.stat().st_size, "n_articles": n_articles,
            "n_quarantined": n_quarantined, "read_at": now,
        })

    insert_rows(connection, "articles", article_rows, ARTICLE_COLUMNS)
    insert_rows(connection, "quarantine", quarantine_rows, QUARANTINE_COLUMNS)
    insert_rows(connection, "raw_files", file_rows, None)
    connection.execute(load_sql("article_duplicates"))
    return {
        "files_seen": len(files),
        "files_read": len(file_rows),
        "new_articles": len(article_rows),
        "new_quarantined": len(quarantine_rows),
    }



@dg.asset(group_name="ingest", kinds={"duckdb", "python"})
def articles(context: dg.AssetExecutionContext, raw_folder: RawFolder, warehouse: Warehouse) -> dg.MaterializeResult:
    """Articles read from the raw folder (.txt with optional front matter, .json, .jsonl,
    .html), one row per article id; wire copies point at their original through
    ``duplicate_of``. Records that cannot be read go to ``quarantine`` with the reason."""
    root = raw_folder.root
    if not root.is_dir():
        raise dg.Failure(f"raw folder {root} does not exist or is not a folder")
    warehouse.begin_run()
    with warehouse.connect() as connection:
        counts = ingest_folder(connection, root)
        n_articles, n_copies = connection.execute(
            "select count(*), count(duplicate_of) from articles"
        ).fetchall()[0]
        n_quarantined = connection.execute("select count(*) from quarantine").fetchall()[0][0]
        preview = connection.execute(
            "select article_id, published_date, left(title, 60) as title from articles order by ingested_at desc, article_id limit 5"
        ).df()
    context.log.info(f"ingest: {counts}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": n_articles,
            "wire_copies": n_copies,
            "quarantined_total": n_quarantined,
            **counts,
            "preview": dg.MetadataValue.md(markdown_table(preview)),
        }
    )
