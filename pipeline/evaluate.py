"""Score the extractor against the development splits in ../shared/eval.

    /work/main/.venv/bin/python -m pipeline.evaluate            # WAD (and GVA when present)
    /work/main/.venv/bin/python -m pipeline.evaluate --wad-only

The claims are built exactly as the pipeline builds them (CONTRACTS.md columns),
loaded into an in-memory DuckDB with ``sql/article_tolls.sql`` on top, and the
per-article totals compared with the coders' figures. Misses go to /tmp as CSV.
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.extract.extractor import EXTRACTOR_VERSION, extract_claims

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
TOLLS_SQL = ROOT / "sql" / "article_tolls.sql"

CLAIM_COLUMNS = [
    "claim_id", "article_id", "incident_id", "claim_key", "parent_claim_id", "casualty_type", "victim_group",
    "is_child", "victim_age", "reported_value", "qualifier", "count_low", "count_high", "count_point",
    "is_summary", "period_start", "period_end", "date_precision", "location", "country", "latitude",
    "longitude", "event_type", "attributed_source", "evidence_text", "sentence_start", "sentence_end",
    "char_start", "char_end", "rule", "extractor_version", "passes_row_rules",
]


def _read_jsonl(path: Path) -> pd.DataFrame:
    with open(path, encoding="utf-8") as f:
        return pd.DataFrame([json.loads(line) for line in f if line.strip()])


def load_wad(data_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles_df[id, text], gold_df[id, ..., deaths, injured]) of the WAD split in ``data_dir``."""
    data_dir = Path(data_dir)
    articles = _read_jsonl(data_dir / "articles.jsonl")
    gold = pd.read_csv(data_dir / "gold.csv", dtype={"injured": str}, keep_default_na=False)
    return articles, gold


def claims_frame(articles: pd.DataFrame, id_col: str = "id") -> pd.DataFrame:
    """Run the extractor on every article; rows with the CONTRACTS claim columns."""
    rows = []
    for rec in articles.to_dict("records"):
        pub = rec.get("published_at")
        pub = date.fromisoformat(str(pub)[:10]) if pub else None
        for c in extract_claims(rec["text"], pub, rec.get("title")):
            d = asdict(c)
            aid = rec[id_col]
            d["article_id"] = aid
            d["claim_id"] = f"{aid}-{c.claim_key}"
            d["parent_claim_id"] = f"{aid}-{c.parent_key}" if c.parent_key is not None else None
            d["incident_id"] = None
            d["extractor_version"] = EXTRACTOR_VERSION
            d["passes_row_rules"] = True
            rows.append(d)
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for col in ("period_start", "period_end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def article_tolls(articles: pd.DataFrame, claims: pd.DataFrame, id_col: str = "id") -> pd.DataFrame:
    """Run sql/article_tolls.sql over the given articles and claims in an in-memory DuckDB."""
    con = duckdb.connect()
    try:
        arts = pd.DataFrame({"article_id": articles[id_col].astype(str), "text": articles["text"]})
        con.register("articles_df", arts)
        con.execute("create table articles as select * from articles_df")
        con.register("claims_df", claims)
        con.execute(
            "create table claims as select * replace (cast(period_start as date) as period_start, "
            "cast(period_end as date) as period_end, cast(passes_row_rules as boolean) as passes_row_rules, "
            "cast(is_summary as boolean) as is_summary, cast(is_child as boolean) as is_child, "
            "cast(parent_claim_id as varchar) as parent_claim_id, cast(rule as varchar) as rule, "
            "cast(victim_group as varchar) as victim_group) from claims_df"
        )
        con.execute(TOLLS_SQL.read_text(encoding="utf-8"))
        return con.execute("select * from article_tolls order by article_id").df()
    finally:
        con.close()


def _evidence(claims: pd.DataFrame | None, aid: str, ctype: str) -> tuple[str, str]:
    if claims is None or claims.empty:
        return "", ""
    sub = claims[(claims.article_id == aid) & (claims.casualty_type == ctype)]
    ev = " || ".join(f"[{r.count_point}] {r.evidence_text[r.char_start - r.sentence_start:r.char_end - r.sentence_start]}"
                     for r in sub.itertuples())
    return ev, ";".join(sub.rule.astype(str))


def score_wad(tolls_df: pd.DataFrame, gold_df: pd.DataFrame,
              claims_df: pd.DataFrame | None = None) -> tuple[dict, pd.DataFrame]:
    """Metrics and misses of per-article tolls against WAD gold.

    metrics: killed_exact (share of texts with killed == gold deaths), injured_exact_numeric
    (texts whose gold injured is a number), injured_zero_on_empty (texts with no injured figure
    kept at 0). misses: id, field, gold, predicted, evidence, rule.
    """
    m = gold_df.merge(tolls_df, left_on="id", right_on="article_id", how="left")
    m[["killed", "injured"]] = m[["killed", "injured_y" if "injured_y" in m else "injured"]].fillna(0).astype(int) \
        if "injured_y" not in m else m[["killed", "injured_y"]].fillna(0).astype(int).values
    gold_inj = m["injured_x"] if "injured_x" in m else gold_df["injured"]
    m["gold_injured"] = gold_inj.astype(str).str.strip()
    m["gold_deaths"] = pd.to_numeric(m["deaths"], errors="coerce")
    numeric = m["gold_injured"].str.fullmatch(r"\d+")
    empty = m["gold_injured"] == ""
    killed_ok = m["killed"] == m["gold_deaths"]
    inj_ok_num = m.loc[numeric, "injured"] == m.loc[numeric, "gold_injured"].astype(int)
    inj_ok_empty = m.loc[empty, "injured"] == 0
    metrics = {
        "n_texts": int(len(m)),
        "killed_exact": float(killed_ok.mean()),
        "injured_exact_numeric": float(inj_ok_num.mean()) if len(inj_ok_num) else float("nan"),
        "n_injured_numeric": int(numeric.sum()),
        "injured_zero_on_empty": float(inj_ok_empty.mean()) if len(inj_ok_empty) else float("nan"),
        "n_injured_empty": int(empty.sum()),
    }
    misses = []
    for r in m[~killed_ok].itertuples():
        ev, rule = _evidence(claims_df, r.id, "killed")
        misses.append({"id": r.id, "field": "killed", "gold": r.gold_deaths, "predicted": r.killed, "evidence": ev, "rule": rule})
    bad_inj = m[(numeric & (m["injured"] != pd.to_numeric(m["gold_injured"], errors="coerce"))) | (empty & (m["injured"] != 0))]
    for r in bad_inj.itertuples():
        ev, rule = _evidence(claims_df, r.id, "injured")
        misses.append({"id": r.id, "field": "injured", "gold": r.gold_injured or "0", "predicted": r.injured, "evidence": ev, "rule": rule})
    return metrics, pd.DataFrame(misses, columns=["id", "field", "gold", "predicted", "evidence", "rule"])


def load_gva(data_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(articles_df[id, title, published_at, text], article_incident_df, gold_df) of the GVA split."""
    data_dir = Path(data_dir)
    return (_read_jsonl(data_dir / "articles.jsonl"), pd.read_csv(data_dir / "article_incident.csv"),
            pd.read_csv(data_dir / "gold.csv"))


def score_gva(tolls_df: pd.DataFrame, article_incident: pd.DataFrame, gold_df: pd.DataFrame,
              claims_df: pd.DataFrame | None = None) -> tuple[dict, pd.DataFrame]:
    """Per-article killed/injured/children vs the gold of the incident the article reports.

    Children in the archive are 0-11 and teens 12-17; our ``is_child`` means under 18, so
    children_* is compared with gold children + teens.
    """
    m = article_incident.merge(gold_df, on="incident_id").merge(
        tolls_df, on="article_id", how="left", suffixes=("_gold", ""))
    for col in ("killed", "injured", "children_killed", "children_injured"):
        m[col] = m[col].fillna(0).astype(int)
    m["minors_killed_gold"] = m["children_killed_gold"] + m["teens_killed"]
    m["minors_injured_gold"] = m["children_injured_gold"] + m["teens_injured"]
    metrics = {
        "n_articles": int(len(m)),
        "killed_exact": float((m.killed == m.killed_gold).mean()),
        "injured_exact": float((m.injured == m.injured_gold).mean()),
        "minors_killed_exact": float((m.children_killed == m.minors_killed_gold).mean()),
        "minors_injured_exact": float((m.children_injured == m.minors_injured_gold).mean()),
    }
    misses = []
    for field, gcol in (("killed", "killed_gold"), ("injured", "injured_gold")):
        for r in m[m[field] != m[gcol]].itertuples():
            ev, rule = _evidence(claims_df, r.article_id, field)
            misses.append({"id": r.article_id, "field": field, "gold": getattr(r, gcol),
                           "predicted": getattr(r, field), "evidence": ev[:1000], "rule": rule})
    return metrics, pd.DataFrame(misses, columns=["id", "field", "gold", "predicted", "evidence", "rule"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(EVAL_DIR))
    ap.add_argument("--wad-only", action="store_true")
    ap.add_argument("--out", default="/tmp")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)

    articles, gold = load_wad(eval_dir / "wad")
    t0 = time.perf_counter()
    claims = claims_frame(articles)
    dt = time.perf_counter() - t0
    tolls = article_tolls(articles, claims)
    metrics, misses = score_wad(tolls, gold, claims)
    print(f"WAD ({metrics['n_texts']} texts, {len(claims)} claims, extractor {EXTRACTOR_VERSION}, {dt:.2f}s)")
    print(f"  killed exact-match:            {metrics['killed_exact']:.3f}")
    print(f"  injured exact-match (numeric): {metrics['injured_exact_numeric']:.3f}  (n={metrics['n_injured_numeric']})")
    print(f"  injured 0 on empty gold:       {metrics['injured_zero_on_empty']:.3f}  (n={metrics['n_injured_empty']})")
    out = Path(args.out) / "wad_misses.csv"
    misses.to_csv(out, index=False)
    print(f"  misses: {out} ({len(misses)} rows)")

    if not args.wad_only and (eval_dir / "gva").exists():
        arts, ai, ggold = load_gva(eval_dir / "gva")
        t0 = time.perf_counter()
        gclaims = claims_frame(arts)
        dt = time.perf_counter() - t0
        gt = article_tolls(arts, gclaims)
        gm, gmiss = score_gva(gt, ai, ggold, gclaims)
        print(f"GVA ({gm['n_articles']} article-incident pairs, {len(gclaims)} claims, {dt:.2f}s)")
        for k in ("killed_exact", "injured_exact", "minors_killed_exact", "minors_injured_exact"):
            print(f"  {k:<24} {gm[k]:.3f}")
        out = Path(args.out) / "gva_misses.csv"
        gmiss.to_csv(out, index=False)
        print(f"  misses: {out} ({len(gmiss)} rows)")


if __name__ == "__main__":
    main()
