"""Command line: ``casualties run`` materializes every asset through Dagster in-process,
with the same definitions that scheduled runs use."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dagster as dg
import duckdb
import typer
from rich.console import Console
from rich.table import Table

from pipeline.config import DEFAULT_EVAL_DIR, DEFAULT_OVERRIDES, DEFAULT_RAW_DIR, DEFAULT_WAREHOUSE
from pipeline.resources import Warehouse

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Casualty figures from news articles.")
console = Console(stderr=True)


@app.callback()
def main() -> None:
    """Casualty figures from news articles: run the pipeline, evaluate it."""


def _instance() -> dg.DagsterInstance:
    """The persistent instance when DAGSTER_HOME is set (runs show in the UI), else an ephemeral one."""
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def run_pipeline(
    raw_dir: str, warehouse: str, instance: dg.DagsterInstance | None = None, overrides: str | None = None
) -> dg.ExecuteInProcessResult:
    """Run the whole job once; the result says whether it succeeded."""
    from pipeline.definitions import build_definitions

    definitions = build_definitions(raw_dir=raw_dir, warehouse=warehouse, overrides=overrides)
    job = definitions.resolve_job_def("casualty_pipeline")
    return job.execute_in_process(
        instance=instance or _instance(),
        raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
    )


def _summary_table(result: dg.ExecuteInProcessResult, warehouse: Warehouse, published: bool) -> Table:
    table = Table(title="casualties run", show_header=False)
    path = warehouse.published_path if published else warehouse.staging_path
    if path.exists():
        with duckdb.connect(str(path), read_only=True) as connection:
            for label, sql in [
                ("articles", "select count(*) from articles"),
                ("  wire copies", "select count(duplicate_of) from articles"),
                ("quarantined records", "select count(*) from quarantine"),
                ("claims", "select count(*) from claims"),
                ("  set aside by row rules", "select count(*) from claims where not passes_row_rules"),
                ("incidents", "select count(*) from incidents"),
            ]:
                try:
                    value = connection.execute(sql).fetchall()[0][0]
                except duckdb.Error:
                    value = "-"
                table.add_row(label, str(value))
    evaluations = result.get_asset_check_evaluations()
    passed = sum(e.passed for e in evaluations)
    warned = sum(not e.passed and e.severity == dg.AssetCheckSeverity.WARN for e in evaluations)
    failed = sum(not e.passed and e.severity == dg.AssetCheckSeverity.ERROR for e in evaluations)
    table.add_row("checks", f"{passed} passed, {warned} warnings, {failed} failed")
    for evaluation in evaluations:
        if not evaluation.passed:
            table.add_row(f"  {evaluation.severity.value}", f"{evaluation.asset_key.to_user_string()}.{evaluation.check_name}")
    table.add_row("warehouse", str(path) + ("" if published else "  (NOT published: run failed)"))
    return table


@app.command()
def run(
    raw_dir: Path = typer.Option(Path(DEFAULT_RAW_DIR), "--raw-dir", help="Folder of raw articles (read recursively)."),
    warehouse: Path = typer.Option(Path(DEFAULT_WAREHOUSE), "--warehouse", help="DuckDB file to publish."),
    overrides: Path = typer.Option(Path(DEFAULT_OVERRIDES), "--overrides", help="Analysts' overrides (CSV)."),
) -> None:
    """Ingest, extract, reconcile, check and publish; exits non-zero if the run fails."""
    if not raw_dir.is_dir():
        console.print(f"[red]raw folder {raw_dir} does not exist[/red]")
        raise typer.Exit(2)
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    console.print(f"running on {raw_dir} -> {warehouse}")
    result = run_pipeline(str(raw_dir), str(warehouse), overrides=str(overrides))
    # publication is the last step: a successful run has published
    published = result.success
    console.print(_summary_table(result, Warehouse(path=str(warehouse)), published))
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                console.print(f"[red]{event.step_key}: {event.message}[/red]")
        raise typer.Exit(1)


@app.command()
def evaluate(
    dataset: str = typer.Argument(..., help="wad or gva"),
    data: Path = typer.Option(DEFAULT_EVAL_DIR, "--data", help="Folder holding wad/ and gva/."),
    warehouse: Path | None = typer.Option(None, "--warehouse", help="Warehouse to build (default: a temporary file)."),
    report: Path = typer.Option(Path("reports"), "--report", help="Folder for the misses CSV."),
) -> None:
    """Run the pipeline on a human-coded dataset and score it against the coders."""
    from pipeline.evaluate import score_dataset

    if dataset not in ("wad", "gva"):
        raise typer.BadParameter("dataset must be wad or gva")
    source = data / dataset
    if not source.is_dir():
        console.print(f"[red]{source} does not exist[/red]")
        raise typer.Exit(2)
    if warehouse is not None and warehouse.exists():
        # a warehouse already holding this extractor version's claims would not be re-extracted,
        # so code changed since would not be measured
        console.print(f"[red]{warehouse} exists: the evaluation builds a new warehouse; remove it or pick another path[/red]")
        raise typer.Exit(2)
    with tempfile.TemporaryDirectory(prefix="casualties-eval-") as scratch:
        target = warehouse or Path(scratch) / f"{dataset}.duckdb"
        result = run_pipeline(str(source), str(target))
        if not result.success:
            console.print("[red]the pipeline run failed; see the messages above[/red]")
            raise typer.Exit(1)
        metrics, misses = score_dataset(dataset, source, Warehouse(path=str(target)))
    report.mkdir(parents=True, exist_ok=True)
    misses_path = report / f"{dataset}_misses.csv"
    misses.to_csv(misses_path, index=False)
    table = Table(title=f"evaluation: {dataset}", show_header=False)
    for name, value in metrics.items():
        table.add_row(name, f"{value:.3f}" if isinstance(value, float) else str(value))
    table.add_row("misses", f"{misses_path} ({len(misses)} rows)")
    Console().print(table)


if __name__ == "__main__":
    app()
