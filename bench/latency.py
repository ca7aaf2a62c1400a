"""Search at one catalog size: index builds (time, size), ANN recall@10 against exact search, and
the latency of each system, one query at a time, end to end and for the index search alone.

Every timed query is new to the process: mlmatch keeps query vectors and reranker scores in memory
caches keyed by model fingerprint, so each system at each size searches through its own copy of the
encoder and reranker under a fingerprint of its own, and the end-to-end time includes encoding the
query (and scoring the pairs) as a first search for that text would.
"""

from __future__ import annotations

import copy
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from bench.catalogs import synthetic_catalog
from bench.machine import peak_rss_mb, reset_peak_rss
from bench.recall import recall_at_k
from bench.timing import percentiles, timed
from bench.vectors import cached_synthetic_vectors
from mlmatch.catalog import Catalog, Product
from mlmatch.index.dense import DenseIndex, DenseParams
from mlmatch.index.lexical import BM25Index
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.models.universal import UniversalEncoder
from mlmatch.rank.ltr import LearnedRanker
from mlmatch.rank.stage import CandidateFeatures, RankingModels
from mlmatch.search import SearchEngine

K = 10
RERANK_DEPTH = 20
WARMUP = 3  # searches before timing: the first of a process loads what it needs


@dataclass(frozen=True)
class Workload:
    """What every size is measured with."""

    encoder: BiEncoder
    reranker: Reranker
    real_vectors: np.ndarray  # the shipped listings' embeddings, which the synthetic ones are made from
    queries: list[str]  # timed, one at a time
    warmup: list[str]  # searched before timing, never timed
    query_vectors: np.ndarray  # `queries` encoded, for the index-only timings
    recall_vectors: np.ndarray  # every shipped query encoded: recall@10 is measured over all of them
    rerank_queries: int  # how many of `queries` the reranked system is timed on
    ann: dict[str, DenseParams]  # approximate kinds to build; the first one serves hybrid and rerank
    hnsw_max_size: int  # HNSW is built up to this size (its build time on few cores)
    ranking: Ranking | None = None  # the `ltr` system, measured up to `Ranking.max_size`
    seed: int = 0


@dataclass(frozen=True)
class Ranking:
    """The learned ranker and USE, with USE's real vectors of the shipped listings (the synthetic ones are
    made from them as the bi-encoder's are)."""

    ranker: LearnedRanker
    universal: UniversalEncoder
    universal_vectors: np.ndarray
    max_size: int  # it holds the bi-encoder's and USE's vectors in memory beside the index: not built for 1 M


def measure_size(size: int, work: Workload) -> dict:
    reset_peak_rss()
    synthetic = synthetic_catalog(size, work.seed)
    vectors = cached_synthetic_vectors(work.real_vectors, synthetic, work.seed)
    checksum = f"synthetic-{size}-seed{work.seed}"
    catalog = Catalog(tuple(Product(id=f"s{i}", title=title, lang=lang) for i, (title, lang) in enumerate(zip(synthetic.titles, synthetic.langs))),
                      source=checksum, checksum=checksum)
    fingerprint = work.encoder.fingerprint
    bm25, bm25_build = _build("bm25", BM25Index.build, synthetic.titles, checksum)
    flat, flat_build = _build("flat", DenseIndex.build, vectors, fingerprint, checksum, "flat")
    builds, dense = [bm25_build, flat_build], {"flat": flat}
    exact = flat.search(work.recall_vectors, K)[1]
    for kind, params in work.ann.items():
        if kind == "hnsw" and size > work.hnsw_max_size:
            builds.append({"index": kind, "skipped": f"built only up to {work.hnsw_max_size:,} products (--hnsw-max-size)"})
            continue
        dense[kind], build = _build(kind, DenseIndex.build, vectors, fingerprint, checksum, kind, params)
        meta = dense[kind].meta
        build |= {"params": asdict(meta.hnsw or meta.ivf), "recall_at_10": recall_at_k(exact, dense[kind].search(work.recall_vectors, K)[1])}
        builds.append(build)
    ranked = work.ranking is not None and size <= work.ranking.max_size
    ranking_vectors = vectors if ranked else None  # the ltr stage holds them; nothing else needs them past the builds
    del vectors
    serving = next(iter(work.ann))
    engines = {kind: SearchEngine(catalog, bm25, work.encoder, index, work.reranker) for kind, index in dense.items()}
    plans = [("bm25", engines["flat"], {"mode": "bm25"}, lambda i: bm25.search([work.queries[i]], K))]
    plans += [(f"dense {kind}", engines[kind], {"mode": "dense"}, lambda i, index=index: index.search(work.query_vectors[i : i + 1], K))
              for kind, index in dense.items()]
    plans += [(f"hybrid ({serving})", engines[serving], {"mode": "hybrid"}, None),
              (f"dense ({serving}) + rerank {RERANK_DEPTH}", engines[serving], {"mode": "dense", "rerank_depth": RERANK_DEPTH}, None)]
    if ranked:
        features = CandidateFeatures(work.ranking.universal, work.ranking.ranker.depth, work.encoder, bm25, synthetic.titles, (
            ranking_vectors, cached_synthetic_vectors(work.ranking.universal_vectors, synthetic, work.seed)))
        engine = SearchEngine(catalog, bm25, work.encoder, dense[serving], work.reranker,
                              RankingModels(work.ranking.ranker, work.ranking.universal), features=features)
        plans.append((f"ltr ({serving})", engine, {"mode": "ltr"}, None))
    systems = []
    for name, engine, options, search_alone in plans:
        count = work.rerank_queries if "rerank_depth" in options else len(work.queries)
        row = {"system": name, "queries": count, **_end_to_end(engine, work, options, count, f"{size}-{name}")}
        if search_alone is not None:
            row["search"] = percentiles([timed(search_alone, i) for i in range(count)])
        systems.append(row)
    return {"size": size, "synthetic": True, "peak_rss_mb": peak_rss_mb(), "indexes": builds, "systems": systems}


def _build(name: str, build: Callable, *args: object) -> tuple[object, dict]:
    started = time.perf_counter()
    index = build(*args)
    return index, {"index": name, "build_s": time.perf_counter() - started, "saved_mb": _saved_mb(index)}


def _saved_mb(index: DenseIndex | BM25Index) -> float:
    """The index's size as saved: the FAISS kinds hold the same bytes in memory (resident growth during a
    build is no measure: the allocator reuses memory an earlier size freed)."""
    with tempfile.TemporaryDirectory(prefix="mlmatch-bench-") as scratch:
        folder = Path(scratch) / "index"
        index.save(folder)
        return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20


def _end_to_end(engine: SearchEngine, work: Workload, options: dict, count: int, identity: str) -> dict:
    """`engine.search` timed per query, through encoder and reranker copies whose caches start empty."""
    own = _with_fresh_caches(engine, identity)
    for query in work.warmup:
        own.search(query, k=K, **options)
    return percentiles([timed(own.search, query, k=K, **options) for query in work.queries[:count]])


def _with_fresh_caches(engine: SearchEngine, identity: str) -> SearchEngine:
    """An engine over the same indexes and weights, its models renamed so that no query cache knows them."""
    encoder = _renamed(engine.encoder, identity)
    ranking = features = None
    if engine.features is not None:
        features = copy.copy(engine.features)
        features.encoder = features.query_encoder = encoder
        features.universal = _renamed(engine.features.universal, identity)
        ranking = RankingModels(engine.ranker, features.universal)
    return SearchEngine(engine.catalog, engine.bm25, encoder, engine.dense, _renamed(engine.reranker, identity), ranking,
                        features=features)


def _renamed(model: object, identity: str) -> object:
    """A shallow copy (same weights) under a fingerprint no cache has seen."""
    renamed = copy.copy(model)
    renamed.fingerprint = f"{model.fingerprint}#bench-{identity}"
    return renamed
