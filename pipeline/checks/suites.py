"""Great Expectations suites for the warehouse tables, built in code.

Each suite validates a pandas DataFrame read from the run's warehouse (GX's SQL
datasource does not work with DuckDB). The suites guard what flows downstream:
single bad claims are set aside earlier by the row rules (``sql/claim_row_rules.sql``);
a failure here means something systemic (a broken schema, a faulty extractor release).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402

from pipeline.config import MAX_REJECTED_CLAIM_SHARE  # noqa: E402

QUALIFIERS = ["exact", "at_least", "more_than", "nearly", "about", "up_to", "range", "vague"]
CASUALTY_TYPES = ["killed", "injured", "missing", "kidnapped"]
GRADES = ["single-source", "corroborated", "contested"]
#: claims.date_precision: the size of the resolved window, or 'publication' for the window
#: [publication - 1 day, publication] given to a claim whose article names no day (docs/conventions.md, "Dates")
DATE_PRECISIONS = ["day", "week", "month", "year", "range", "publication"]
#: claims.location_basis: where a claim's location comes from (docs/conventions.md, "Places")
LOCATION_BASES = ["sentence", "dateline", "before", "after", "title"]
#: claims.location_kind: the gazetteer's kind of the claim's place (docs/warehouse.md)
LOCATION_KINDS = ["country", "admin", "city", "town", "village", "neighbourhood", "other"]


def articles_expectations() -> list:
    """Articles: ids present and unique, text present, copies point elsewhere."""
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
        gxe.ExpectColumnValuesToBeUnique(column="article_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="text"),
        gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=1),
        gxe.ExpectColumnValuesToNotBeNull(column="content_hash"),
        gxe.ExpectColumnValuesToNotBeNull(column="source_path"),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="duplicate_hash", column_B="content_hash", ignore_row_if="either_value_is_missing"
        ),
    ]


def claims_expectations() -> list:
    """Claims that passed the row rules: every invariant holds on each of them."""
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="claim_id"),
        gxe.ExpectColumnValuesToBeUnique(column="claim_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="article_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="evidence_text"),
        gxe.ExpectColumnValuesToNotBeNull(column="rule"),
        gxe.ExpectColumnValuesToBeInSet(column="casualty_type", value_set=CASUALTY_TYPES),
        gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=QUALIFIERS),
        gxe.ExpectColumnValuesToBeInSet(column="date_precision", value_set=DATE_PRECISIONS),
        gxe.ExpectColumnValuesToBeInSet(column="location_basis", value_set=LOCATION_BASES),
        gxe.ExpectColumnValuesToBeInSet(column="location_kind", value_set=LOCATION_KINDS),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="count_high", column_B="count_low", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="count_high", column_B="reported_value", or_equal=True,
            ignore_row_if="either_value_is_missing",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="reported_value", column_B="count_low", or_equal=True,
            ignore_row_if="either_value_is_missing",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="parent_point", column_B="count_point", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="period_end", column_B="period_start", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="published_date", column_B="period_end", or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start"),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="text_length", column_B="char_end", or_equal=True
        ),
        gxe.ExpectColumnPairValuesToBeEqual(column_A="evidence_text", column_B="text_at_offsets"),
    ]


def claim_share_expectations() -> list:
    """All claims: the share set aside by row rules stays under the threshold."""
    return [
        gxe.ExpectColumnMeanToBeBetween(column="set_aside", min_value=0, max_value=MAX_REJECTED_CLAIM_SHARE),
    ]


def incidents_expectations() -> list:
    """Incidents: ids unique, low <= best <= high, children within the total."""
    pairs = []
    for kind in ("killed", "injured"):
        pairs += [
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A=f"{kind}_best", column_B=f"{kind}_low", or_equal=True),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=f"{kind}_high", column_B=f"{kind}_best", or_equal=True, ignore_row_if="either_value_is_missing"
            ),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=f"{kind}_best", column_B=f"children_{kind}_best", or_equal=True
            ),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=f"{kind}_best", column_B=f"teens_{kind}_best", or_equal=True
            ),
            gxe.ExpectColumnValuesToBeBetween(column=f"{kind}_low", min_value=0),
        ]
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="incident_id"),
        gxe.ExpectColumnValuesToBeUnique(column="incident_id"),
        gxe.ExpectColumnValuesToBeBetween(column="n_articles", min_value=1),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="n_sources", column_B="n_independent_sources", or_equal=True
        ),
        gxe.ExpectColumnValuesToBeBetween(column="n_independent_sources", min_value=1),
        gxe.ExpectColumnValuesToBeInSet(column="grade", value_set=GRADES),
        *pairs,
    ]


def claim_assignment_expectations() -> list:
    """Every claim that flows on belongs to exactly one incident or one summary."""
    return [
        gxe.ExpectColumnValuesToBeUnique(column="claim_id"),
        gxe.ExpectColumnValuesToBeInSet(column="n_homes", value_set=[1]),
    ]


def overrides_expectations() -> list:
    """Analyst overrides name an action we know and claims that exist."""
    return [
        gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["applied"]),
        gxe.ExpectColumnValuesToBeUnique(column="override_id"),
    ]


SUITES = {
    "articles": articles_expectations,
    "claims": claims_expectations,
    "claims_set_aside_share": claim_share_expectations,
    "incidents": incidents_expectations,
    "claim_assignment": claim_assignment_expectations,
    "overrides": overrides_expectations,
}


@dataclass
class SuiteOutcome:
    """What a validation found, in the form the asset checks and the warehouse store."""

    suite: str
    passed: bool
    n_rows: int
    n_expectations: int
    n_failed_expectations: int
    n_unexpected_rows: int
    failures: list[dict] = field(default_factory=list)

    def details_json(self) -> str:
        return json.dumps(self.failures, default=str)


@cache
def _context():
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


@cache
def _data_source():
    return _context().data_sources.add_pandas(name="warehouse")


@cache
def _validation_definition(suite_name: str):
    context = _context()
    asset = _data_source().add_dataframe_asset(name=suite_name)
    batch = asset.add_batch_definition_whole_dataframe(name=f"{suite_name}_all_rows")
    suite = context.suites.add(gx.ExpectationSuite(name=suite_name, expectations=SUITES[suite_name]()))
    return context.validation_definitions.add(
        gx.ValidationDefinition(name=f"validate_{suite_name}", data=batch, suite=suite)
    )


def validate(suite_name: str, frame: pd.DataFrame) -> SuiteOutcome:
    """Run a suite on a DataFrame and summarize the result."""
    result = _validation_definition(suite_name).run(
        batch_parameters={"dataframe": frame}, result_format="SUMMARY"
    )
    failures = []
    unexpected = 0
    for item in result.results:
        if item.success:
            continue
        config = item.expectation_config
        count = item.result.get("unexpected_count")
        unexpected += count or 0
        failures.append({
            "expectation": config.type,
            "kwargs": {k: v for k, v in config.kwargs.items() if k != "batch_id"},
            "unexpected_count": count,
            "observed_value": item.result.get("observed_value"),
            "partial_unexpected_list": item.result.get("partial_unexpected_list", [])[:5],
        })
    return SuiteOutcome(
        suite=suite_name,
        passed=bool(result.success),
        n_rows=len(frame),
        n_expectations=len(result.results),
        n_failed_expectations=len(failures),
        n_unexpected_rows=unexpected,
        failures=failures,
    )
