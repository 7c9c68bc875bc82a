"""Benchmarks: extraction speed against spaCy's blank English tokenizer, and a whole
pipeline run over several thousand articles (time and peak memory).

Texts come from ../shared/eval (WAD and GVA) when present, else from data/raw.
Run with ``make bench``; figures are printed, never asserted.
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def load_texts() -> list[str]:
    texts = []
    for name in ("wad", "gva"):
        path = EVAL / name / "articles.jsonl"
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in (ROOT / "data" / "raw").rglob("*.txt")]
    return texts


def best_of(repeats: int, func) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def clear_memo_caches() -> None:
    """Empty the extractor's per-string memo caches (``functools.lru_cache``), so that every timed
    pass starts as cold as a new run; the gazetteer and alias tables (loaded once) stay."""
    import importlib
    import pkgutil

    import pipeline.extract

    for found in pkgutil.iter_modules(pipeline.extract.__path__):
        if found.name == "assets":
            continue  # the Dagster asset, no memo cache
        module = importlib.import_module(f"pipeline.extract.{found.name}")
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize != 1:
                value.cache_clear()


def best_of_cold(repeats: int, func) -> float:
    times = []
    for _ in range(repeats):
        clear_memo_caches()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_extraction(texts: list[str]) -> None:
    import spacy

    from pipeline.extract.extractor import extract_claims

    nlp = spacy.blank("en")
    n_words = sum(len(text.split()) for text in texts)
    # warm up caches (gazetteer index, compiled patterns) outside the timing
    extract_claims(texts[0])
    list(nlp.tokenizer.pipe(texts[:10]))
    # the memo caches are emptied before each pass: repeating the same texts must not flatter us
    extract_seconds = best_of_cold(3, lambda: [extract_claims(text) for text in texts])
    spacy_seconds = best_of(3, lambda: list(nlp.tokenizer.pipe(texts)))
    print(f"texts: {len(texts)}, words: {n_words}")
    print(f"extract_claims:         {n_words / extract_seconds:>12,.0f} words/s ({extract_seconds:.2f} s)")
    print(f"spaCy blank tokenizer:  {n_words / spacy_seconds:>12,.0f} words/s ({spacy_seconds:.2f} s)")
    print(f"ratio extract/spaCy:    {spacy_seconds / extract_seconds:.2f}x")


def bench_pipeline(texts: list[str], n_articles: int) -> None:
    from pipeline.cli import run_pipeline

    import dagster as dg

    workdir = Path(tempfile.mkdtemp(prefix="casualties-bench-"))
    try:
        raw = workdir / "raw"
        raw.mkdir()
        # several thousand distinct articles: the dev texts, repeated under new ids and
        # spread over files of 500 records, the way a daily feed arrives
        records = [
            {"id": f"bench-{i}", "published_at": "2017-04-09", "text": f"{texts[i % len(texts)]}\n(copy {i})"}
            for i in range(n_articles)
        ]
        for start in range(0, n_articles, 500):
            with (raw / f"feed-{start:06d}.jsonl").open("w", encoding="utf-8") as handle:
                for record in records[start:start + 500]:
                    handle.write(json.dumps(record) + "\n")
        warehouse = workdir / "warehouse.duckdb"
        start = time.perf_counter()
        result = run_pipeline(str(raw), str(warehouse), dg.DagsterInstance.ephemeral())
        first = time.perf_counter() - start
        start = time.perf_counter()
        run_pipeline(str(raw), str(warehouse), dg.DagsterInstance.ephemeral())
        second = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size_mb = warehouse.stat().st_size / 1e6 if warehouse.exists() else float("nan")
        print(f"pipeline, {n_articles} articles: first run {first:.1f} s ({n_articles / first:,.0f} articles/s), "
              f"second (nothing new) {second:.1f} s, success={result.success}")
        print(f"peak RSS of the process: {peak_mb:,.0f} MB; warehouse file {size_mb:.1f} MB")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    texts = load_texts()
    # the pipeline first, so that its peak memory is not the extraction benchmark's
    bench_pipeline(texts, n_articles=int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    bench_extraction(texts)


if __name__ == "__main__":
    main()
