"""One run of the benchmark: its settings (full or --quick), the models, every measurement, the targets."""

from __future__ import annotations

import argparse
import random
import sys

from bench.catalogs import shipped_listings, shipped_queries
from bench.encoding import encoding_rows
from bench.latency import WARMUP, Ranking, Workload, measure_size
from bench.machine import CpuSnapshot, cpu_snapshot, machine_summary
from bench.targets import check_targets
from bench.vectors import cached_query_vectors, shipped_vectors
from mlmatch.errors import BadArgument
from mlmatch.index.dense import HNSWParams, IVFParams
from mlmatch.models import BiEncoder, load_bi_encoder
from mlmatch.models.reranker import Reranker, load_reranker
from mlmatch.rank.stage import load_ranking_models
from mlmatch.threads import configure_threads

FULL = {"sizes": "10000,100000,1000000", "queries": 200, "rerank_queries": 50, "encode_texts": 512, "repeats": 3}
QUICK = {"sizes": "10000", "queries": 20, "rerank_queries": 5, "encode_texts": 64, "repeats": 2}


def settings(args: argparse.Namespace, available_queries: int, available_titles: int) -> dict:
    """The run's settings: the preset (full or --quick) with any option given on the command line over it."""
    preset = QUICK if args.quick else FULL
    chosen = {name: preset[name] if getattr(args, name) is None else getattr(args, name) for name in preset}
    try:
        chosen["sizes"] = sorted(int(size) for size in str(chosen["sizes"]).split(","))
    except ValueError:
        raise BadArgument(f"--sizes takes whole numbers separated by commas, not {chosen['sizes']!r}") from None
    limits = {"queries": available_queries - WARMUP, "rerank_queries": chosen["queries"], "encode_texts": available_titles,
              "repeats": 100}
    for name, most in limits.items():
        if not 1 <= chosen[name] <= most:
            raise BadArgument(f"--{name.replace('_', '-')} must be between 1 and {most}, not {chosen[name]}")
    if min(chosen["sizes"]) < 1:
        raise BadArgument("--sizes must be positive")
    return chosen


def run(args: argparse.Namespace, chosen: dict) -> dict:
    threads = configure_threads(1)  # one search at a time: every core for it
    start = cpu_snapshot()
    encoder = load_bi_encoder(args.model, "cpu")
    reranker = load_reranker(args.reranker, "cpu")
    models = load_ranking_models(args.ranker)
    ranking = Ranking(models.ranker, models.universal, shipped_vectors(models.universal), args.ltr_max_size)
    return measure(encoder, reranker, chosen, args.hnsw_max_size, args.quick, threads, start, ranking)


def measure(encoder: BiEncoder, reranker: Reranker, chosen: dict, hnsw_max_size: int, quick: bool, threads: int,
            start: CpuSnapshot, ranking: Ranking | None = None) -> dict:
    """Every measurement of a run, with the models loaded; the results as written to JSON."""
    rng = random.Random(0)
    pool = rng.sample(shipped_queries(), k=chosen["queries"] + WARMUP)
    queries, warmup = pool[: chosen["queries"]], pool[chosen["queries"] :]
    titles = rng.sample([title for title, _ in shipped_listings()], k=chosen["encode_texts"])
    _progress("encoding throughput")
    encoding = encoding_rows(encoder, titles, queries, chosen["repeats"])
    work = Workload(encoder, reranker, shipped_vectors(encoder), queries, warmup, encoder.encode_queries(queries),
                    cached_query_vectors(encoder, shipped_queries()), chosen["rerank_queries"], {"ivf": IVFParams(), "hnsw": HNSWParams()},
                    hnsw_max_size, ranking)
    sizes = []
    for size in chosen["sizes"]:
        _progress(f"{size:,} products")
        sizes.append(measure_size(size, work))
    results = {"quick": quick, "settings": chosen, "model": encoder.fingerprint, "reranker": reranker.fingerprint,
               "recall_queries": len(work.recall_vectors), "threads": threads, "machine": machine_summary(start, cpu_snapshot()), "encoding": encoding, "sizes": sizes}
    results["targets"] = check_targets(results)
    return results


def _progress(step: str) -> None:
    print(f"bench: {step} ...", file=sys.stderr, flush=True)
