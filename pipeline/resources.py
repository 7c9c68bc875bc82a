"""Resources, built once: the raw folder and the DuckDB warehouse.

The warehouse is published atomically. A run writes into a staging copy
(``<name>.staging.duckdb`` beside the published file) and the last asset of the run
renames it over the published file. DuckDB allows one writer per file and a writer
excludes readers in other processes, so analysts never open the file a run writes:
they open the published file read-only, which only ever changes by an atomic rename
between two complete runs. A reader that already has the old file open keeps
reading the old, complete version until it reconnects.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipeline.config import (
    DEFAULT_OVERRIDES,
    DEFAULT_RAW_DIR,
    DEFAULT_WAREHOUSE,
    OVERRIDES_ENV,
    RAW_DIR_ENV,
    WAREHOUSE_ENV,
)


class RawFolder(dg.ConfigurableResource):
    """Folder of raw articles, read recursively."""

    path: str = DEFAULT_RAW_DIR

    @property
    def root(self) -> Path:
        return Path(self.path).expanduser().resolve()


class OverridesFile(dg.ConfigurableResource):
    """The analysts' overrides (CSV, versioned with the project); absent means none."""

    path: str = DEFAULT_OVERRIDES

    @property
    def file(self) -> Path | None:
        path = Path(self.path).expanduser().resolve()
        return path if path.is_file() else None


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse: a published file for readers and a staging file for the run."""

    path: str = DEFAULT_WAREHOUSE

    @property
    def published_path(self) -> Path:
        return Path(self.path).expanduser().resolve()

    @property
    def staging_path(self) -> Path:
        published = self.published_path
        return published.with_name(published.stem + ".staging" + published.suffix)

    def begin_run(self) -> None:
        """Start a run's staging file from the published warehouse (or from nothing).

        A staging file left by a failed or interrupted run is discarded, so every run
        starts from the last published state.
        """
        staging = self.staging_path
        staging.parent.mkdir(parents=True, exist_ok=True)
        _remove_database_files(staging)
        if self.published_path.exists():
            shutil.copy2(self.published_path, staging)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived read-write connection to the staging file."""
        staging = self.staging_path
        if not staging.exists():
            self.begin_run()
        connection = duckdb.connect(str(staging))
        try:
            yield connection
        finally:
            connection.close()

    def publish(self) -> None:
        """Make the staging file the published warehouse in one atomic rename."""
        with self.connect() as connection:
            connection.execute("CHECKPOINT")
        os.replace(self.staging_path, self.published_path)
        _remove_database_files(self.staging_path)

    @contextmanager
    def read_published(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Read-only connection to the published warehouse, as analysts open it."""
        connection = duckdb.connect(str(self.published_path), read_only=True)
        try:
            yield connection
        finally:
            connection.close()


def _remove_database_files(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def build_resources(
    raw_dir: str | None = None, warehouse: str | None = None, overrides: str | None = None
) -> dict[str, object]:
    """Resources for the definitions; explicit paths (from the CLI) win over the environment."""
    return {
        "raw_folder": RawFolder(path=raw_dir or dg.EnvVar(RAW_DIR_ENV).get_value(DEFAULT_RAW_DIR)),
        "warehouse": Warehouse(path=warehouse or dg.EnvVar(WAREHOUSE_ENV).get_value(DEFAULT_WAREHOUSE)),
        "overrides": OverridesFile(path=overrides or dg.EnvVar(OVERRIDES_ENV).get_value(DEFAULT_OVERRIDES)),
    }
