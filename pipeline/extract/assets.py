"""Asset ``claims``: one row per casualty figure an article reports.

Only articles without an extraction by the current extractor version are processed,
so daily runs touch new articles only and a new extractor release re-extracts all.
One article that makes the extractor fail is logged in ``extraction_log.error`` and
the run goes on.
"""


import dataclasses
from datetime import datetime
from itertools import islice

import dagster as dg
import pandas as pd
from tqdm import tqdm

from pipeline.config import EXTRACT_BATCH_SIZE
from pipeline.extract.claim import Claim
from pipeline.extract.extractor import EXTRACTOR_VERSION, extract_claims
from pipeline.resources import Warehouse
from pipeline.sql import insert_rows, load_sql, markdown_table

CLAIM_COLUMNS = [field.name for field in dataclasses.fields(Claim) if field.name != "parent_key"]


def claim_rows(article_id: str, claims: list[Claim]) -> list[dict]:
    """Warehouse rows for one article's claims: ids are the article id plus the claim's
    position, so re-extracting the same text gives the same ids."""
    rows = []
    for claim in claims:
        row = {name: getattr(claim, name) for name in CLAIM_COLUMNS}
        row["claim_id"] = f"{article_id}-{claim.claim_key}"
        row["article_id"] = article_id
        row["parent_claim_id"] = f"{article_id}-{claim.parent_key}" if claim.parent_key is not None else None
        row["extractor_version"] = EXTRACTOR_VERSION
        row["passes_row_rules"] = True
        rows.append(row)
    return rows


def extract_articles(connection, show_progress: bool = True) -> dict[str, int]:
    """Extract claims for every article that needs it; returns counts."""
    # Only ids are held for the whole run; texts are read one batch at a time.
    todo = [row[0] for row in connection.execute(load_sql("articles_to_extract"), [EXTRACTOR_VERSION]).fetchall()]
    # Claims of articles that are gone (a raw file changed) or about to be redone.
    connection.execute("delete from claims where article_id not in (select article_id from articles)")
    connection.execute("delete from extraction_log where article_id not in (select article_id from articles)")
    n_claims = n_failed = 0
    ids_iter = iter(todo)
    with tqdm(total=len(todo), desc="extract", unit="article", disable=not show_progress or None) as progress:
        while batch_ids := list(islice(ids_iter, EXTRACT_BATCH_SIZE)):
            ids = pd.DataFrame({"article_id": batch_ids})
            connection.register("batch_ids", ids)
            batch = connection.execute(
                "select article_id, text, published_date, title from articles "
                "where article_id in (select article_id from batch_ids) order by article_id"
            ).fetchall()
            claim_batch: list[dict] = []
            log_batch: list[dict] = []
            now = datetime.now().replace(microsecond=0)
            for article_id, text, published_date, title in batch:
                try:
                    rows = claim_rows(article_id, extract_claims(text, published_date, title))
                    error = None
                except Exception as exc:  # one article must never stop the run
                    rows, error = [], f"{type(exc).__name__}: {exc}"
                    n_failed += 1
                claim_batch.extend(rows)
                log_batch.append({
                    "article_id": article_id, "extractor_version": EXTRACTOR_VERSION,
                    "n_claims": len(rows), "error": error, "extracted_at": now,
                })
            connection.execute("delete from claims where article_id in (select article_id from batch_ids)")
            connection.execute("delete from extraction_log where article_id in (select article_id from batch_ids)")
            connection.unregister("batch_ids")
            insert_rows(connection, "claims", claim_batch)
            insert_rows(connection, "extraction_log", log_batch)
            n_claims += len(claim_batch)
            progress.update(len(batch))
    apply_row_rules(connection)
    return {"articles_extracted": len(todo), "claims_extracted": n_claims, "articles_failed": n_failed}


def apply_row_rules(connection) -> None:
    """Recompute ``claim_issues`` and ``passes_row_rules`` for every claim."""
    connection.execute(load_sql("claim_facts"))
    connection.execute("delete from claim_issues")
    connection.execute(f"insert into claim_issues by name {load_sql('claim_row_rules')}")
    connection.execute(
        "update claims set passes_row_rules = claim_id not in (select claim_id from claim_issues)"
    )



@dg.asset(deps=["articles"], group_name="extract", kinds={"duckdb", "python"})
def claims(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """Casualty figures extracted from the articles: type, victim group, qualifier and
    bounds, time window, place, event, attributed source, and the evidence span with the
    rule that produced it. Claims that break a row-level rule are kept with
    ``passes_row_rules = false`` and listed in ``claim_issues``."""
    with warehouse.connect() as connection:
        counts = extract_articles(connection)
        n_claims, n_rejected = connection.execute(
            "select count(*), count(*) filter (where not passes_row_rules) from claims"
        ).fetchall()[0]
        preview = connection.execute(
            "select casualty_type, qualifier, reported_value, victim_group, location, left(evidence_text, 60) as evidence "
            "from claims order by article_id, claim_key limit 5"
        ).df()
    context.log.info(f"extract: {counts}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": n_claims,
            "set_aside_by_row_rules": n_rejected,
            "extractor_version": EXTRACTOR_VERSION,
            **counts,
            "preview": dg.MetadataValue.md(markdown_table(preview)),
        }
    )
