"""`python -m bench query`: what query understanding costs: building the spelling corrector for a
catalog and opening the dictionaries (time, resident memory they add), then per query the correction, the expansion
(each word worked out on first use, as a fresh process does) and the BM25 search of the translations
that `ltr` adds.

    python -m bench query --sizes 10000,100000,1000000 --out results/bench-query.json

Catalogs are synthetic (bench/catalogs.py); queries are the shipped benchmark's, one at a time. With an
empty `MLMATCH_HOME` the first size also stores the dictionaries (once per machine).
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from bench.catalogs import sampled_queries, synthetic_catalog
from bench.machine import rss_mb
from bench.report import write_json
from bench.timing import percentiles, timed
from mlmatch.index.lexical import BM25Index
from mlmatch.query.correction import QueryCorrector
from mlmatch.query.translation import QueryTranslator
from mlmatch.retrieval import wordings

DEPTH = 40  # the learned ranker's candidates per retriever


def bench_query(size: int, queries: list[str]) -> dict:
    catalog = synthetic_catalog(size)
    languages = sorted(set(catalog.langs))
    index = BM25Index.build(catalog.titles, catalog_checksum=f"synthetic-{size}")
    before = rss_mb()
    started = time.perf_counter()
    corrector = QueryCorrector.for_index(index, languages, catalog.titles)
    corrector.warm()  # ready as a server has it: per-query timings below include no list loading
    corrector_s = time.perf_counter() - started
    del catalog
    started = time.perf_counter()
    translator = QueryTranslator.for_catalog(languages, index, progress=True)
    translator.warm()
    translator_s = time.perf_counter() - started
    corrected = [timed(corrector.correct, q) for q in queries]
    expanded = [timed(translator.expand, q) for q in queries]
    both = [c + e for c, e in zip(corrected, expanded)]
    searched = [timed(index.search_weighted, [wordings(translator.expand(q))], DEPTH) for q in queries]
    return {"size": size, "corrector_build_s": corrector_s, "translator_open_s": translator_s,
            "dictionaries_mb": translator.store.path.stat().st_size / 2**20, "rss_growth_mb": rss_mb() - before,
            "correction": percentiles(corrected), "expansion": percentiles(expanded),
            "correction_and_expansion": percentiles(both), "dictionary_bm25": percentiles(searched)}


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="python -m bench query", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="catalog sizes")
    parser.add_argument("--queries", type=int, default=300, help="benchmark queries to time")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    queries = sampled_queries(args.queries)
    rows = []
    print("size       corrector s  translator s  dictionaries MB  RSS growth MB  correct+expand p50/p95 ms  dictionary BM25 p50/p95 ms")
    for size in sorted(int(s) for s in args.sizes.split(",")):
        row = bench_query(size, queries)
        rows.append(row)
        both, stage = row["correction_and_expansion"], row["dictionary_bm25"]
        print(f"{size:<9}  {row['corrector_build_s']:11.1f}  {row['translator_open_s']:12.1f}  {row['dictionaries_mb']:15.0f}  "
              f"{row['rss_growth_mb']:13.0f}  {both['p50_ms']:12.2f} / {both['p95_ms']:6.2f}  "
              f"{stage['p50_ms']:15.2f} / {stage['p95_ms']:6.2f}", flush=True)
    if args.out:
        write_json({"depth": DEPTH, "queries": len(queries), "rows": rows}, args.out)
    return 0
