"""`python -m bench bm25`: BM25 build time, memory and query latency on synthetic catalogs.

    python -m bench bm25 --sizes 10000,100000,1000000 --out results/bench-bm25.json

Queries are the shipped benchmark's (all six languages), searched one at a time at the hybrid's
fusion depth (100), without and with a one-language filter, then all at once in one batch.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np

from bench.catalogs import sampled_queries, synthetic_catalog
from bench.machine import peak_rss_mb
from bench.report import write_json
from bench.timing import percentiles, timed
from mlmatch.index.lexical import BM25Index

DEPTH = 100


def bench_bm25(size: int, queries: list[str], filter_lang: str) -> dict:
    catalog = synthetic_catalog(size)
    started = time.perf_counter()
    index = BM25Index.build(catalog.titles, catalog_checksum="synthetic")
    build_s = time.perf_counter() - started
    allowed = np.flatnonzero(np.array(catalog.langs) == filter_lang)
    del catalog
    index.search(queries[:5], DEPTH)  # warm-up
    single = [timed(index.search, [q], DEPTH) for q in queries]
    filtered = [timed(index.search, [q], DEPTH, allowed) for q in queries]
    batch_s = timed(index.search, queries, DEPTH)
    return {"size": size, "build_s": build_s, "peak_rss_mb": peak_rss_mb(), "single": percentiles(single),
            f"single_{filter_lang}_only": percentiles(filtered), "batch_qps": len(queries) / batch_s}


def main(argv: list[str]) -> int:
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="python -m bench bm25", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="catalog sizes, ascending (peak memory only grows)")
    parser.add_argument("--queries", type=int, default=200, help="benchmark queries to time")
    parser.add_argument("--filter-lang", default="en", help="the language of the filtered searches")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    queries = sampled_queries(args.queries)
    rows = []
    print("size       build s  peak RSS MB  p50 ms  p95 ms  p99 ms  filtered p95 ms  batch q/s")
    for size in sorted(int(s) for s in args.sizes.split(",")):
        row = bench_bm25(size, queries, args.filter_lang)
        rows.append(row)
        filtered = row[f"single_{args.filter_lang}_only"]
        print(f"{size:<9}  {row['build_s']:7.1f}  {row['peak_rss_mb']:11.0f}  {row['single']['p50_ms']:6.1f}  "
              f"{row['single']['p95_ms']:6.1f}  {row['single']['p99_ms']:6.1f}  {filtered['p95_ms']:15.1f}  {row['batch_qps']:9.1f}",
              flush=True)
    if args.out:
        write_json({"depth": DEPTH, "queries": len(queries), "rows": rows}, args.out)
    return 0
