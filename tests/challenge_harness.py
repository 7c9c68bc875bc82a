"""What the challenge sets (tests/test_challenge_*.py) share: their known failures as strict xfail marks,
the values read back from the warehouse, and the claim a case checks."""
from __future__ import annotations

import pandas
import pytest

MINOR_FIELDS = ("children_killed", "children_injured", "teens_killed", "teens_injured")


def xfail_params(known: dict[tuple[str, str], str], field: str, names, name_first: bool = False) -> list:
    """``names`` as pytest parameters, those that ``known`` lists for ``field`` (keyed (field, name), or
    (name, field) with ``name_first``) marked strict xfail with the class of their failure as the reason."""
    def key(name):
        return (name, field) if name_first else (field, name)
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=known[key(name)]))
            if key(name) in known else name for name in names]


def none(value):
    return None if pandas.isna(value) else value  # NA / NaN / NaT / None -> None


def day(value):
    value = none(value)
    return None if value is None else (value.date() if hasattr(value, "date") else value)


def holds(value, words) -> bool:
    """The text ``value`` holds the word (or one of the words) given, lower-case."""
    value = (none(value) or "").lower()
    return any(word in value for word in ((words,) if isinstance(words, str) else words))


def claim_by_point(claims: pandas.DataFrame, case: str, spec: dict):
    """The case's claim of the type and point ``spec`` gives (a party's figure set aside comes last)."""
    rows = claims[(claims.article_id == case) & (claims.casualty_type == spec["kind"])
                  & (claims.count_point == spec["point"])]
    assert len(rows), f"no {spec['kind']} claim of {spec['point']} in {case}"
    kept = rows[~rows.rule.str.endswith("/disputed")]
    return (kept if len(kept) else rows).iloc[0]


def toll_value(tolls: pandas.DataFrame, name: str, field: str):
    """An article's killed or injured total, or its (killed, injured) pair of children or of teens."""
    row = tolls.loc[name]
    if field in ("killed", "injured"):
        return int(row[field])
    if field == "children":
        return int(row.children_killed), int(row.children_injured)
    return int(row.teens_killed), int(row.teens_injured)
