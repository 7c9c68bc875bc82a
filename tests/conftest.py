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


def require_eval(name: str) -> Path:
    path = EVAL_DIR / name
    if not path.is_dir():
        pytest.skip(f"evaluation data {path} is absent (it lives outside the repo)")
    return path
