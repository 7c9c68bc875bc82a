"""Asset ``incidents``: claims grouped into incidents, in DuckDB SQL (``sql/``)."""


import dagster as dg

from pipeline.resources import Warehouse
from pipeline.sql import load_sql

# Order matters: each model reads the ones before it.
RECONCILE_MODELS = (
    "stg_claim_events", "stg_article_terms", "incident_membership", "stg_incident_claims",
    "summary_claims", "toll_totals", "incidents", "claims_incident_ids", "article_tolls",
)


def reconcile(connection) -> None:
    """Rebuild incidents, claim-incident links and the analyst views from the claims."""
    for model in RECONCILE_MODELS:
        connection.execute(load_sql(model))


@dg.asset(deps=["claims"], group_name="reconcile", kinds={"duckdb", "sql"})
def incidents(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """One row per incident: killed and injured low / best / high, children, dates,
    place, number of articles and sources. Also sets ``claims.incident_id`` and
    rebuilds the views ``article_tolls`` and ``summary_claims``."""
    with warehouse.connect() as connection:
        reconcile(connection)
        n_incidents = connection.execute("select count(*) from incidents").fetchone()[0]
        preview = connection.execute(
            "select location, date_start, killed_best, injured_best, n_articles from incidents "
            "order by killed_best desc, incident_id limit 5"
        ).df()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": n_incidents,
            "preview": dg.MetadataValue.md(preview.to_markdown(index=False)) if len(preview) else "no incidents",
        }
    )


@dg.asset(deps=["incidents"], group_name="serve", kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """The warehouse analysts read: the run's staging file renamed over the published
    file once every blocking check upstream has passed."""
    warehouse.publish()
    return dg.MaterializeResult(metadata={"path": str(warehouse.published_path)})
