"""Every setting of the pipeline in one place.

Paths come from the environment (``CASUALTIES_RAW_DIR``, ``CASUALTIES_WAREHOUSE``) or
their defaults; the CLI passes its own values as resources instead. Thresholds that
decide whether a run may publish are constants here so that a reviewer sees them together.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"

DEFAULT_RAW_DIR = "data/raw"
DEFAULT_WAREHOUSE = "data/warehouse/casualties.duckdb"
DEFAULT_OVERRIDES = "data/overrides/overrides.csv"
# Human-coded evaluation data lives beside the repo, never inside it.
DEFAULT_EVAL_DIR = PROJECT_ROOT.parent / "shared" / "eval"
RAW_DIR_ENV = "CASUALTIES_RAW_DIR"
WAREHOUSE_ENV = "CASUALTIES_WAREHOUSE"
OVERRIDES_ENV = "CASUALTIES_OVERRIDES"

# Extraction works through articles in batches so memory stays flat on large folders
# and each batch is one insert into DuckDB.
EXTRACT_BATCH_SIZE = 500

# Row-level rules set single bad claims aside; the blocking check fails the run only when
# the share of claims set aside exceeds this, which points at a systemic fault
# (a broken extractor release, a schema change) rather than one odd sentence.
MAX_REJECTED_CLAIM_SHARE = 0.05

# Schedule: one full run a day; the sensor looks at the raw folder this often.
DAILY_SCHEDULE_CRON = "0 6 * * *"
RAW_SENSOR_INTERVAL_SECONDS = 60
