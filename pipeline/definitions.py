"""The one Dagster entry point: every asset, check, job, schedule and sensor."""

from __future__ import annotations

import dagster as dg

from pipeline.checks.assets import ASSET_CHECKS
from pipeline.extract.assets import claims
from pipeline.ingest.assets import articles
from pipeline.reconcile.assets import incidents, published_warehouse
from pipeline.resources import build_resources
from pipeline.serve.automation import casualty_pipeline_job, daily_schedule, raw_folder_sensor

ASSETS = [articles, claims, incidents, published_warehouse]


def build_definitions(
    raw_dir: str | None = None, warehouse: str | None = None, overrides: str | None = None
) -> dg.Definitions:
    """Definitions with the given paths (the CLI's) or those of the environment."""
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[casualty_pipeline_job],
        schedules=[daily_schedule],
        sensors=[raw_folder_sensor],
        resources=build_resources(raw_dir, warehouse, overrides),
        # One process, one writer: DuckDB allows a single writer per file.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
