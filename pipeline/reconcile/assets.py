"""Asset ``incidents``: claims grouped into incidents, in DuckDB SQL (``sql/``)."""

from pathlib import Path

import dagster as dg

from pipeline.resources import OverridesFile, Warehouse
from pipeline.sql import load_sql, markdown_table

# Order matters: each model reads the ones before it.
RECONCILE_MODELS = (
    "claims_reviewed", "stg_article_terms", "stg_article_places", "story_membership", "stg_claim_events", "incident_membership", "stg_incident_claims",
    "summary_claims", "toll_totals", "incident_reports", "incidents", "claims_incident_ids", "article_incidents", "article_tolls",
    "marts/v_incidents", "marts/v_incident_timeline", "marts/v_source_disagreements", "marts/v_summary_tolls",
    "marts/v_daily_tolls", "marts/v_override_audit",
)


def load_overrides(connection, overrides_file: Path | None) -> int:
    """Mirror the overrides file in the ``overrides`` table; returns its row count."""
    connection.execute("delete from overrides")
    if overrides_file is not None:
        connection.execute(load_sql("overrides_load"), [str(overrides_file)])
    return connection.execute("select count(*) from overrides").fetchall()[0][0]


def reconcile(connection) -> None:
    """Rebuild incidents, claim-incident links and the analyst views from the claims."""
    for model in RECONCILE_MODELS:
        connection.execute(load_sql(model))


@dg.asset(deps=["claims"], group_name="reconcile", kinds={"duckdb", "sql"})
def incidents(
    context: dg.AssetExecutionContext, warehouse: Warehouse, overrides: OverridesFile
) -> dg.MaterializeResult:
    """One row per incident: killed and injured low / best / high, children, dates,
    place, sources and grade, after the analysts' overrides. Also sets
    ``claims.incident_id`` and rebuilds the analyst views (``article_tolls``,
    ``v_incidents``, ``v_incident_timeline``, ``v_source_disagreements``,
    ``v_summary_tolls``, ``v_daily_tolls``, ``v_override_audit``)."""
    with warehouse.connect() as connection:
        n_overrides = load_overrides(connection, overrides.file)
        reconcile(connection)
        n_incidents = connection.execute("select count(*) from incidents").fetchall()[0][0]
        preview = connection.execute(
            "select location, date_start, killed_best, injured_best, n_articles from incidents "
            "order by killed_best desc, incident_id limit 5"
        ).df()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": n_incidents,
            "overrides": n_overrides,
            "preview": dg.MetadataValue.md(markdown_table(preview)),
        }
    )


@dg.asset(deps=["incidents"], group_name="serve", kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """The warehouse analysts read: the run's staging file renamed over the published
    file once every blocking check upstream has passed."""
    warehouse.publish()
    return dg.MaterializeResult(metadata={"path": str(warehouse.published_path)})
