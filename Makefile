# One-command environments. Everything installs from uv.lock into .venv at the repo root;
# uv itself is bootstrapped with pip into .tools (only Python 3.11+ and make are needed).
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
RAW_DIR ?= data/raw
WAREHOUSE ?= data/warehouse/casualties.duckdb
export DAGSTER_HOME := $(CURDIR)/dagster_home
export UV_PYTHON_DOWNLOADS := never

.PHONY: install install-dev run test test-fast dev bench evaluate clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

install: $(UV)  ## runtime dependencies only
	$(UV) sync --locked --no-dev --inexact --compile-bytecode --python $(PYTHON)

install-dev: $(UV)  ## runtime and test dependencies
	$(UV) sync --locked --compile-bytecode --python $(PYTHON)

run: install  ## the whole pipeline on data/raw into the warehouse
	$(VENV)/bin/casualties run --raw-dir $(RAW_DIR) --warehouse $(WAREHOUSE)

test: install-dev  ## every test (eval-data tests skip when ../shared/eval is absent)
	$(VENV)/bin/pytest -q

test-fast: install-dev  ## without the slow end-to-end tests
	$(VENV)/bin/pytest -q -m "not slow"

dev: install  ## the Dagster UI with the same definitions
	$(VENV)/bin/dagster dev -m pipeline.definitions

bench: install-dev  ## speed and memory benchmarks
	$(VENV)/bin/python benchmarks/run.py

clean:
	rm -rf $(VENV) .tools data/warehouse/*.duckdb* dagster_home/storage dagster_home/history dagster_home/logs dagster_home/schedules
