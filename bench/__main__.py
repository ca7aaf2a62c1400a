"""`python -m bench bm25`: BM25 build time, memory and query latency on synthetic catalogs.

    python -m bench bm25 --sizes 10000,100000,1000000 --out results/bench-bm25.json

Queries are the shipped benchmark's (all six languages), searched one at a time at the hybrid's
fusion depth (100), without and with a one-language filter, then all at once in one batch.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import resource
import sys
import time
from pathlib import Path

import numpy as np

from bench.catalogs import SHIPPED_CORPUS, synthetic_titles
from bench.timing import percentiles
from mlmatch.index.lexical import BM25Index

DEPTH = 100


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_bm25(size: int, queries: list[str], filter_lang: str) -> dict:
    titles, langs = synthetic_titles(size)
    started = time.perf_counter()
    index = BM25Index.build(titles, catalog_checksum="synthetic")
    build_s = time.perf_counter() - started
    allowed = np.flatnonzero(np.array(langs) == filter_lang)
    del titles, langs
    index.search(queries[:5], DEPTH)  # warm-up
    single = [_timed(index, [q], None) for q in queries]
    filtered = [_timed(index, [q], allowed) for q in queries]
    batch_s = _timed(index, queries, None)
    return {"size": size, "build_s": build_s, "peak_rss_mb": peak_rss_mb(), "single": percentiles(single),
            f"single_{filter_lang}_only": percentiles(filtered), "batch_qps": len(queries) / batch_s}


def _timed(index: BM25Index, queries: list[str], allowed: np.ndarray | None) -> float:
    started = time.perf_counter()
    index.search(queries, DEPTH, allowed)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    bm25 = commands.add_parser("bm25", help="BM25 build time, memory and latency")
    bm25.add_argument("--sizes", default="10000,100000,1000000", help="catalog sizes, ascending (peak memory only grows)")
    bm25.add_argument("--queries", type=int, default=200, help="benchmark queries to time")
    bm25.add_argument("--filter-lang", default="en", help="the language of the filtered searches")
    bm25.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    with (SHIPPED_CORPUS.parent / "queries.jsonl").open(encoding="utf-8") as lines:
        queries = [row["text"] for row in map(json.loads, lines)]
    queries = random.Random(0).sample(queries, k=min(args.queries, len(queries)))
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
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"depth": DEPTH, "queries": len(queries), "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
