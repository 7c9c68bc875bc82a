"""Score the pipeline against human-coded data (``casualties evaluate wad|gva``).

The pipeline runs for real on the dataset folder (ingest, extract, reconcile, checks,
publish); the figures are read back from the published warehouse and compared with
the coders'. Misses are returned for the error report (CSV: id, field, gold, predicted,
evidence, rule).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.extract.places import distance_km, lookup_place
from pipeline.resources import Warehouse

MISS_COLUMNS = ["id", "field", "gold", "predicted", "evidence", "rule"]


def load_wad_gold(data_dir: str | Path) -> pd.DataFrame:
    """WAD gold: id, country, start_date, end_date, deaths, injured, deaths_ambiguity."""
    return pd.read_csv(Path(data_dir) / "gold.csv", dtype={"injured": str}, keep_default_na=False)


def load_gva_gold(data_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """GVA gold: (article_incident, incidents)."""
    data_dir = Path(data_dir)
    return pd.read_csv(data_dir / "article_incident.csv"), pd.read_csv(data_dir / "gold.csv")


def read_results(warehouse: Warehouse) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(tolls, claims) from the published warehouse, keyed by the input's own ids."""
    with warehouse.read_published() as connection:
        tolls = connection.execute(
            "select articles.external_id as article_id, killed, injured, children_killed, children_injured, "
            "teens_killed, teens_injured "
            "from article_tolls join articles using (article_id)"
        ).df()
        claims = connection.execute(
            "select articles.external_id as article_id, claims.* exclude (article_id) "
            "from claims join articles using (article_id) "
            "where claims.passes_row_rules order by claims.article_id, claims.claim_key"
        ).df()
    return tolls, claims


def _evidence(claims: pd.DataFrame, article_id: str, casualty_type: str) -> tuple[str, str]:
    rows = claims[(claims.article_id == article_id) & (claims.casualty_type == casualty_type)]
    evidence = " || ".join(
        f"[{row.count_point}] {row.evidence_text[row.char_start - row.sentence_start:row.char_end - row.sentence_start]}"
        for row in rows.itertuples()
    )
    return evidence[:1000], ";".join(rows.rule.astype(str))


def _miss(claims: pd.DataFrame, article_id: str, field: str, gold, predicted) -> dict:
    evidence, rule = _evidence(claims, article_id, field)
    return {"id": article_id, "field": field, "gold": gold, "predicted": predicted, "evidence": evidence, "rule": rule}


def score_wad(tolls: pd.DataFrame, gold: pd.DataFrame, claims: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Exact match of article_tolls with the coders' deaths and injured.

    ``injured`` gold is a number, empty (no injury figure in the text: we should say 0),
    or a vague word ("several"), which is left out of the injured figures.
    """
    merged = gold.rename(columns={"injured": "gold_injured"}).merge(
        tolls, left_on="id", right_on="article_id", how="left"
    )
    merged[["killed", "injured"]] = merged[["killed", "injured"]].fillna(0).astype(int)
    merged["gold_injured"] = merged["gold_injured"].astype(str).str.strip()
    numeric = merged["gold_injured"].str.fullmatch(r"\d+")
    empty = merged["gold_injured"] == ""
    gold_injured = pd.to_numeric(merged["gold_injured"].where(numeric), errors="coerce")
    killed_ok = merged["killed"] == merged["deaths"]
    injured_ok = merged["injured"] == gold_injured
    zero_ok = merged["injured"] == 0
    metrics = {
        "texts": len(merged),
        "killed_exact": float(killed_ok.mean()),
        "injured_exact_numeric": float(injured_ok[numeric].mean()),
        "texts_injured_numeric": int(numeric.sum()),
        "injured_zero_when_none": float(zero_ok[empty].mean()),
        "texts_injured_none": int(empty.sum()),
    }
    misses = [_miss(claims, r.id, "killed", r.deaths, r.killed) for r in merged[~killed_ok].itertuples()]
    misses += [
        _miss(claims, r.id, "injured", r.gold_injured or 0, r.injured)
        for r in merged[(numeric & ~injured_ok) | (empty & ~zero_ok)].itertuples()
    ]
    return metrics, pd.DataFrame(misses, columns=MISS_COLUMNS)


def score_gva(
    tolls: pd.DataFrame, article_incident: pd.DataFrame, gold: pd.DataFrame, claims: pd.DataFrame
) -> tuple[dict, pd.DataFrame]:
    """Each article alone against the archive's figures for the incident it reports.

    Children are 0-11 and teens 12-17 on both sides (``claims_reviewed.age_group``).
    """
    merged = article_incident.merge(gold, on="incident_id").merge(
        tolls, on="article_id", how="left", suffixes=("_gold", "")
    )
    for column in ("killed", "injured", "children_killed", "children_injured", "teens_killed", "teens_injured"):
        merged[column] = merged[column].fillna(0).astype(int)
    metrics = {
        "articles": len(merged),
        "killed_exact": float((merged.killed == merged.killed_gold).mean()),
        "injured_exact": float((merged.injured == merged.injured_gold).mean()),
        "children_killed_exact": float((merged.children_killed == merged.children_killed_gold).mean()),
        "children_injured_exact": float((merged.children_injured == merged.children_injured_gold).mean()),
        "teens_killed_exact": float((merged.teens_killed == merged.teens_killed_gold).mean()),
        "teens_injured_exact": float((merged.teens_injured == merged.teens_injured_gold).mean()),
    }
    misses = [
        _miss(claims, r.article_id, field, getattr(r, f"{field}_gold"), getattr(r, field))
        for field in ("killed", "injured")
        for r in merged[merged[field] != merged[f"{field}_gold"]].itertuples()
    ]

    # children (0-11): found when a claim about a child victim carries an age under 12
    young = claims[claims.is_child.fillna(False).astype(bool) & (claims.victim_age < 12)]
    with_child = merged[(merged.children_killed_gold + merged.children_injured_gold) > 0]
    child_found = with_child.article_id.isin(young.article_id)
    metrics["articles_with_child_victim"] = len(with_child)
    metrics["child_found_with_age"] = float(child_found.mean()) if len(with_child) else float("nan")
    misses += [_miss(claims, r.article_id, "child", "child 0-11", "not found") for r in with_child[~child_found].itertuples()]

    # date: the day of the article's main event against the archive's incident date
    dates = article_dates(claims)
    dated = merged.merge(dates, on="article_id", how="left")
    date_ok = pd.to_datetime(dated.event_date).dt.date == pd.to_datetime(dated.date).dt.date
    metrics["date_exact"] = float(date_ok.mean())
    misses += [
        _miss(claims, r.article_id, "date", r.date, r.event_date) for r in dated[~date_ok].itertuples()
    ]
    # looser: the archive's date lies inside the window of the article's first dated claim,
    # whatever its precision (a week, or the publication window when the text names no day)
    windows = article_windows(claims)
    windowed = merged.merge(windows, on="article_id", how="left")
    gold_day = pd.to_datetime(windowed.date).dt.date
    metrics["date_in_window"] = float(((pd.to_datetime(windowed.period_start).dt.date <= gold_day)
                                       & (gold_day <= pd.to_datetime(windowed.period_end).dt.date)).mean())

    # place: the article's first located claim names the archive's city or lies within 25 km of it
    located = first_claims(claims, claims.location.notna())
    placed = merged.merge(located[["location", "latitude", "longitude"]].reset_index(), on="article_id", how="left")
    place_ok = placed.apply(lambda r: place_matches(r.location, r.latitude, r.longitude, r.city, r.state), axis=1)
    metrics["place_in_city"] = float(place_ok.mean())
    misses += [
        _miss(claims, r.article_id, "place", f"{r.city}, {r.state}", r.location) for r in placed[~place_ok].itertuples()
    ]
    return metrics, pd.DataFrame(misses, columns=MISS_COLUMNS)


CITY_RADIUS_KM = 25.0


def place_matches(location, latitude, longitude, city: str, state: str) -> bool:
    """True when an extracted place is the archive's city: the same name (the archive writes
    "Chicago (Englewood)": either name counts; "Miller (county)" is Miller County), or a place within CITY_RADIUS_KM of the city
    as our gazetteer locates it in that state (a neighbourhood or suburb of it)."""
    if not isinstance(location, str) or not isinstance(city, str):
        return False
    names = {part.strip().lower() for part in city.replace(")", "").split("(") if part.strip()}
    counties = set()
    if "county" in names and len(names) == 2:
        # the archive codes a county as "Miller (county)": our "Miller County" (or "... Parish") is that place
        base = next(n for n in names if n != "county")
        counties = {f"{base} county", f"{base} parish"}
    if location.lower() in names | counties:
        return True
    if pd.isna(latitude) or pd.isna(longitude):
        return False
    for name in names:
        centre = lookup_place(name, us_state=state)
        if centre is not None and centre.latitude is not None and \
                distance_km(centre.latitude, centre.longitude, latitude, longitude) <= CITY_RADIUS_KM:
            return True
    return False


def first_claims(claims: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    """Per article, the first claim in text order among those ``keep`` marks (indexed by article_id): the whole
    row (``groupby().first()`` would take each column's first non-null value, mixing claims: a county with no
    coordinates would borrow a later claim's)."""
    return claims[keep].sort_values(["article_id", "claim_key"]).groupby("article_id").head(1).set_index("article_id")


def article_dates(claims: pd.DataFrame) -> pd.DataFrame:
    """Per article, the day of its main event: the first single-incident claim (in text
    order) whose window is one day."""
    first = first_claims(claims, ~claims.is_summary.astype(bool) & (claims.date_precision == "day")).reset_index()
    return first[["article_id", "period_start"]].rename(columns={"period_start": "event_date"})


def article_windows(claims: pd.DataFrame) -> pd.DataFrame:
    """Per article, the time window of its first single-incident claim that has one."""
    first = first_claims(claims, ~claims.is_summary.astype(bool) & claims.period_start.notna()).reset_index()
    return first[["article_id", "period_start", "period_end"]]


def b_cubed(predicted: pd.Series, gold: pd.Series) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (both Series indexed by item)."""
    frame = pd.DataFrame({"pred": predicted, "gold": gold})
    overlap = frame.groupby(["pred", "gold"]).size().rename("overlap").reset_index()
    frame = frame.merge(overlap, on=["pred", "gold"])
    frame["pred_size"] = frame.groupby("pred")["gold"].transform("size")
    frame["gold_size"] = frame.groupby("gold")["pred"].transform("size")
    precision = float((frame.overlap / frame.pred_size).mean())
    recall = float((frame.overlap / frame.gold_size).mean())
    return precision, recall, 2 * precision * recall / (precision + recall)


def read_incidents(warehouse: Warehouse) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(article -> incident assignment, incidents) from the published warehouse.

    An article's incident is the one most of its claims belong to (ties: the first in text
    order). An article without claims takes the incident ``article_incidents`` gives it (the
    report it shares rare names with, see sql/article_incidents.sql), else it is an incident
    of its own.
    """
    with warehouse.read_published() as connection:
        assignment = connection.execute(
            """
            with counts as (
                select article_id, incident_id, count(*) as n, min(claim_key) as first_key
                from claims where incident_id is not null group by all
            )
            select articles.external_id as article_id,
                   coalesce(arg_max(counts.incident_id, (counts.n, -counts.first_key)),
                            any_value(article_incidents.incident_id),
                            'alone:' || articles.article_id) as predicted_incident
            from articles
            left join counts using (article_id)
            left join article_incidents using (article_id)
            group by articles.external_id, articles.article_id
            """
        ).df()
        incidents = connection.execute("select * from incidents").df()
    return assignment, incidents


def score_gva_incidents(
    assignment: pd.DataFrame, incidents: pd.DataFrame, article_incident: pd.DataFrame, gold: pd.DataFrame
) -> tuple[dict, pd.DataFrame]:
    """All articles together: grouping (B-cubed) and each archive incident's figures.

    Each archive incident is matched with the predicted incident most of its articles
    were put in; an incident whose articles all lack figures has no match (counts as a miss).
    """
    merged = article_incident.merge(assignment, on="article_id", how="left")
    merged["predicted_incident"] = merged["predicted_incident"].fillna("alone:" + merged.article_id)
    precision, recall, f1 = b_cubed(
        merged.set_index("article_id").predicted_incident, merged.set_index("article_id").incident_id
    )
    matched = (
        merged[~merged.predicted_incident.str.startswith("alone:")]
        .groupby("incident_id").predicted_incident.agg(lambda s: s.value_counts().index[0])
        .rename("incident_match").reset_index()
    )
    compared = gold.merge(matched, on="incident_id", how="left").merge(
        incidents.add_prefix("pred_"), left_on="incident_match", right_on="pred_incident_id", how="left"
    )
    pairs = {
        "killed": ("killed", "pred_killed_best"),
        "injured": ("injured", "pred_injured_best"),
        "children_killed": ("children_killed", "pred_children_killed_best"),
        "children_injured": ("children_injured", "pred_children_injured_best"),
        "teens_killed": ("teens_killed", "pred_teens_killed_best"),
        "teens_injured": ("teens_injured", "pred_teens_injured_best"),
    }
    metrics = {
        "incidents": len(gold),
        # incidents no article of the split reports: a miss on every incident figure, whatever we do
        "incidents_without_articles": int((~gold.incident_id.isin(article_incident.incident_id)).sum()),
        "bcubed_precision": precision, "bcubed_recall": recall, "bcubed_f1": f1,
    }
    misses = []
    for name, (gold_column, predicted_column) in pairs.items():
        ok = compared[gold_column] == compared[predicted_column].fillna(-1)
        metrics[f"incident_{name}_exact"] = float(ok.mean())
        misses += [
            {"id": r.incident_id, "field": f"incident_{name}", "gold": getattr(r, gold_column),
             "predicted": getattr(r, predicted_column), "evidence": r.incident_match, "rule": ""}
            for r in compared[~ok].itertuples()
        ]
    date_ok = pd.to_datetime(compared.pred_date_start).dt.date == pd.to_datetime(compared.date).dt.date
    metrics["incident_date_exact"] = float(date_ok.mean())
    misses += [
        {"id": r.incident_id, "field": "incident_date", "gold": r.date, "predicted": r.pred_date_start,
         "evidence": r.incident_match, "rule": ""}
        for r in compared[~date_ok].itertuples()
    ]
    return metrics, pd.DataFrame(misses, columns=MISS_COLUMNS)


def score_dataset(dataset: str, source: Path, warehouse: Warehouse) -> tuple[dict, pd.DataFrame]:
    """Score a published warehouse built from ``source`` (a wad/ or gva/ folder)."""
    tolls, claims = read_results(warehouse)
    if dataset == "wad":
        return score_wad(tolls, load_wad_gold(source), claims)
    article_incident, gold = load_gva_gold(source)
    metrics, misses = score_gva(tolls, article_incident, gold, claims)
    incident_metrics, incident_misses = score_gva_incidents(*read_incidents(warehouse), article_incident, gold)
    return {**metrics, **incident_metrics}, pd.concat([misses, incident_misses], ignore_index=True)
