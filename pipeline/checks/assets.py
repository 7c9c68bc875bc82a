"""Asset checks: Great Expectations suites run inside Dagster ``@asset_check``s.

Every check is blocking, so nothing downstream (and no publication of the warehouse)
happens before it has finished; only ERROR results stop the run, WARN results inform.
Each result is also written to the warehouse table ``check_results``.
"""


from datetime import datetime

import dagster as dg

from pipeline.checks.suites import SuiteOutcome, validate
from pipeline.config import MAX_REJECTED_CLAIM_SHARE
from pipeline.resources import Warehouse
from pipeline.sql import insert_rows, load_sql, markdown_table


def record_result(
    connection, run_id: str, asset: str, check_name: str, severity: dg.AssetCheckSeverity,
    passed: bool, n_rows: int | None, n_failed: int | None, details: str | None,
) -> None:
    insert_rows(connection, "check_results", [{
        "run_id": run_id, "checked_at": datetime.now().replace(microsecond=0), "asset": asset,
        "check_name": check_name, "severity": severity.value, "passed": passed,
        "n_rows": n_rows, "n_failed": n_failed, "details": details,
    }])


def run_suite(
    context: dg.AssetCheckExecutionContext, warehouse: Warehouse, asset: str, suite: str,
    severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
) -> dg.AssetCheckResult:
    """Validate the frame ``sql/checks/<suite>.sql`` with the suite of the same name."""
    check_name = context.check_specs[0].name
    with warehouse.connect() as connection:
        frame = connection.execute(load_sql(f"checks/{suite}")).df()
        outcome: SuiteOutcome = validate(suite, frame)
        record_result(
            connection, context.run.run_id, asset, check_name, severity, outcome.passed,
            outcome.n_rows, outcome.n_unexpected_rows, outcome.details_json(),
        )
    return dg.AssetCheckResult(
        passed=outcome.passed,
        severity=severity,
        metadata={
            "rows_validated": outcome.n_rows,
            "expectations": outcome.n_expectations,
            "failed_expectations": outcome.n_failed_expectations,
            "unexpected_values": outcome.n_unexpected_rows,
            "failures": dg.MetadataValue.json(outcome.failures),
        },
    )


@dg.asset_check(asset="articles", blocking=True, description="GX suite: ids unique, text present, copies match their original.")
def articles_suite(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "articles", "articles")


def count_problems(
    context: dg.AssetCheckExecutionContext, warehouse: Warehouse, asset: str, counts_sql: str, examples_sql: str
) -> dg.AssetCheckResult:
    """A WARN check that passes when ``counts_sql`` (rows, problems) finds no problem."""
    check_name = context.check_specs[0].name
    with warehouse.connect() as connection:
        n_rows, n_problems = connection.execute(counts_sql).fetchall()[0]
        examples = connection.execute(examples_sql).df()
        record_result(connection, context.run.run_id, asset, check_name, dg.AssetCheckSeverity.WARN,
                      n_problems == 0, n_rows, n_problems, examples.to_json(orient="records"))
    return dg.AssetCheckResult(
        passed=n_problems == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"rows": n_rows, "problems": n_problems, "examples": dg.MetadataValue.md(markdown_table(examples))},
    )


@dg.asset_check(asset="articles", blocking=True, description="Records quarantined so far (informs; never blocks).")
def quarantined_records(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return count_problems(
        context, warehouse, "articles",
        "select (select count(*) from raw_files), count(*) from quarantine",
        "select reason, count(*) as n from quarantine group by reason order by n desc, reason limit 10",
    )


@dg.asset_check(asset="claims", blocking=True, description="GX suite: every claim that flows on satisfies the claim invariants.")
def claims_suite(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "claims", "claims")


@dg.asset_check(
    asset="claims", blocking=True,
    description=f"GX: at most {MAX_REJECTED_CLAIM_SHARE:.0%} of claims set aside by row rules; more means a systemic fault.",
)
def claims_set_aside_share(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "claims", "claims_set_aside_share")


@dg.asset_check(asset="claims", blocking=True, description="Articles the extractor failed on (informs; never blocks).")
def extraction_errors(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return count_problems(
        context, warehouse, "claims",
        "select count(*), count(error) from extraction_log",
        "select article_id, error from extraction_log where error is not null order by article_id limit 5",
    )


@dg.asset_check(asset="incidents", blocking=True, description="GX suite: ids unique, low <= best <= high, children within totals.")
def incidents_suite(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "incidents", "incidents")


@dg.asset_check(asset="incidents", blocking=True, description="GX: every claim that flows on is in exactly one incident or summary.")
def claim_assignment(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "incidents", "claim_assignment")


@dg.asset_check(
    asset="incidents", blocking=True,
    description="GX: analyst overrides name known actions and existing claims (informs; never blocks).",
)
def overrides_valid(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return run_suite(context, warehouse, "incidents", "overrides", severity=dg.AssetCheckSeverity.WARN)


ASSET_CHECKS = [
    articles_suite, quarantined_records, claims_suite, claims_set_aside_share, extraction_errors, incidents_suite,
    claim_assignment, overrides_valid,
]
