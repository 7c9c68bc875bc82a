"""Load the SQL models under ``sql/`` by name, and small helpers around DuckDB tables."""

from __future__ import annotations

from functools import cache

import pandas as pd

from pipeline.config import SQL_DIR


@cache
def load_sql(name: str) -> str:
    """Return the text of ``sql/<name>.sql``."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def insert_rows(connection, table: str, rows: list[dict], columns: list[str] | None = None) -> None:
    """Insert dict rows into ``table``, matching columns by name."""
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=columns)
    connection.register("incoming_rows", frame)
    try:
        connection.execute(f"insert into {table} by name select * from incoming_rows")
    finally:
        connection.unregister("incoming_rows")


def markdown_table(frame: pd.DataFrame, empty: str = "none") -> str:
    """A small table for Dagster metadata (``dg.MetadataValue.md``)."""
    return frame.to_markdown(index=False) if len(frame) else empty
