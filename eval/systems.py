"""The systems under evaluation, each a way to rank one pair's documents for its queries."""

from __future__ import annotations

import time
from dataclasses import dataclass

from mlmatch.beir import DataError, Document, as_catalog
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.search import RERANK_DEPTH, SearchEngine

SYSTEMS = ("bm25", "dense", "hybrid", "dense+rerank", "hybrid+rerank")
DEPTH = 100  # enough for recall@100 and map@100


@dataclass(frozen=True)
class Ranking:
    runs: dict[str, dict[str, float]]  # query id -> {doc id: score}
    seconds: float


def check_systems(names: list[str]) -> list[str]:
    unknown = [name for name in names if name not in SYSTEMS]
    if unknown:
        raise DataError(f"unknown system(s) {', '.join(unknown)} (available: {', '.join(SYSTEMS)})")
    if not names:
        raise DataError("no systems given")
    return names


def needs_encoder(systems: list[str]) -> bool:
    return any(name != "bm25" for name in systems)


def needs_reranker(systems: list[str]) -> bool:
    return any(name.endswith("+rerank") for name in systems)


def engine_for(documents: list[Document], encoder: BiEncoder | None, reranker: Reranker | None = None) -> SearchEngine:
    """An in-memory engine over one pair's documents; embeddings come from the on-disk cache."""
    return SearchEngine.build(as_catalog(documents), encoder, progress=True, reranker=reranker)


def rank(engine: SearchEngine, system: str, query_ids: list[str], texts: list[str], rerank_depth: int = RERANK_DEPTH) -> Ranking:
    """Rankings scored by position (DEPTH - rank), so reranked heads and retrieved tails compare."""
    mode, _, rerank = system.partition("+")
    started = time.perf_counter()
    results = engine.search_batch(texts, mode=mode, k=DEPTH, candidates=DEPTH, rerank=rerank_depth if rerank else 0)
    seconds = time.perf_counter() - started
    return Ranking({qid: {r.product.id: float(DEPTH - r.rank) for r in hits} for qid, hits in zip(query_ids, results)}, seconds)
