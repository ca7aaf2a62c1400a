"""`python -m bench reranker`: the cross-encoder's latency on a top 20, one query at a time, per runtime.

    python -m bench reranker --runtimes torch,onnx,onnx-int8 --queries 60 --out results/bench-reranker.json

Each query is a shipped benchmark test query; its candidates are the shipped bi-encoder's dense top 20
over the shipped catalog (all languages), the lists `dense+rerank` re-scores. Timed is
`Reranker.score(query, top 20)`: tokenizing and one forward pass of the 20 pairs, without the score cache.
Beside the latency, each ONNX runtime's agreement with torch on the same lists: the top-10 overlap of
the orders it gives and the largest score difference.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from bench.machine import cpu_snapshot, machine_summary
from bench.timing import percentiles, timed
from eval.datasets import BENCHMARK
from mlmatch.beir import as_catalog, load_beir
from mlmatch.catalog import embedding_text
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.reranker import BATCH_SIZE, Reranker, load_reranker
from mlmatch.models.runtime import RUNTIMES, TORCH
from mlmatch.search import RERANK_DEPTH, SearchEngine
from mlmatch.threads import configure_threads

WARMUP = 3


def candidate_lists(count: int, seed: int = 0) -> list[tuple[str, list[str]]]:
    """(query, texts of its dense top 20) for `count` shipped test queries."""
    data = load_beir(BENCHMARK, "test")
    engine = SearchEngine.build(as_catalog(list(data.corpus.values())), load_bi_encoder(DEFAULT, "cpu"))
    queries = random.Random(seed).sample([query.text for query in data.queries.values()], k=count + WARMUP)
    results = engine.search_batch(queries, k=RERANK_DEPTH)
    return [(query, [embedding_text(r.product) for r in ranked]) for query, ranked in zip(queries, results)]


def measure(reranker: Reranker, runtime: str, batch_size: int, lists: list[tuple[str, list[str]]],
            reference: list[np.ndarray] | None) -> tuple[dict, list[np.ndarray]]:
    for query, texts in lists[:WARMUP]:
        reranker.score(query, texts, batch_size)
    timed_lists = lists[WARMUP:]
    seconds = [timed(reranker.score, query, texts, batch_size) for query, texts in timed_lists]
    scores = [reranker.score(query, texts, batch_size) for query, texts in timed_lists]
    row = {"runtime": runtime, "batch_size": batch_size, "queries": len(timed_lists), **percentiles(seconds)}
    if reference is not None:
        overlap = [len(set(np.argsort(-a)[:10]) & set(np.argsort(-b)[:10])) / 10 for a, b in zip(scores, reference)]
        row |= {"top10_overlap_with_torch": float(np.mean(overlap)),
                "max_abs_score_diff": float(max(np.abs(a - b).max() for a, b in zip(scores, reference)))}
    return row, scores


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench reranker", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runtimes", default=",".join(RUNTIMES), help=f"comma-separated, from {', '.join(RUNTIMES)}")
    parser.add_argument("--queries", type=int, default=60, help="test queries timed per runtime")
    parser.add_argument("--batch-sizes", default=f"{RERANK_DEPTH},{BATCH_SIZE}",
                        help=f"pairs per forward pass, comma-separated (default {RERANK_DEPTH},{BATCH_SIZE}: the whole list in one, "
                             "and the reranker's default, batches of similar length)")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    runtimes = [name.strip() for name in args.runtimes.split(",") if name.strip()]
    unknown = sorted(set(runtimes) - set(RUNTIMES))
    if unknown or not runtimes:
        parser.error(f"--runtimes: unknown {', '.join(unknown) or 'none given'} (use {', '.join(RUNTIMES)})")
    available = len(load_beir(BENCHMARK, "test").queries) - WARMUP
    if not 1 <= args.queries <= available:
        parser.error(f"--queries must be between 1 and {available} (the shipped test queries, less {WARMUP} for warm-up)")
    try:
        batch_sizes = [int(size) for size in args.batch_sizes.split(",")]
    except ValueError:
        parser.error(f"--batch-sizes takes whole numbers separated by commas, not {args.batch_sizes!r}")
    if min(batch_sizes) < 1:
        parser.error("--batch-sizes must be at least 1")

    threads = configure_threads(1)
    start = cpu_snapshot()
    lists = candidate_lists(args.queries)
    rows, reference = [], None
    if TORCH in runtimes:  # measured first: the others are compared with it
        runtimes.remove(TORCH)
        runtimes.insert(0, TORCH)
    print(f"top {RERANK_DEPTH} per query, one query at a time, {threads} thread(s)")
    print("runtime     batch  p50 ms  p95 ms  p99 ms  top-10 overlap with torch  max |score diff|")
    for runtime in runtimes:
        reranker = load_reranker(DEFAULT, "cpu", runtime=runtime)
        for batch_size in batch_sizes:
            row, scores = measure(reranker, runtime, batch_size, lists, reference if runtime != TORCH else None)
            if runtime == TORCH and reference is None:
                reference = scores
            rows.append(row)
            agreement = (f"{row['top10_overlap_with_torch']:25.3f}  {row['max_abs_score_diff']:16.3f}"
                         if "top10_overlap_with_torch" in row else "")
            print(f"{runtime:<10}  {batch_size:5d}  {row['p50_ms']:6.1f}  {row['p95_ms']:6.1f}  {row['p99_ms']:6.1f}  {agreement}".rstrip(),
                  flush=True)
    machine = machine_summary(start, cpu_snapshot())
    print(f"other processes used {100 * machine['other_processes_cpu_share']:.0f} % of the {machine['cores']} cores during the run")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"depth": RERANK_DEPTH, "threads": threads, "machine": machine, "rows": rows}, indent=1))
    return 0
