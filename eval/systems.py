"""The systems under evaluation, each a way to rank one pair's documents for its queries."""

from __future__ import annotations

import time
from dataclasses import dataclass

from eval.beir import DataError, Document
from mlmatch.catalog import Product, catalog_from_products
from mlmatch.models.encoder import BiEncoder
from mlmatch.search import SearchEngine

SYSTEMS = ("bm25", "dense", "hybrid")
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


def engine_for(documents: list[Document], encoder: BiEncoder | None) -> SearchEngine:
    """An in-memory engine over one pair's documents; embeddings come from the on-disk cache."""
    products = [Product(id=d.id, title=d.title or d.text, description=d.text if d.title else "", lang=d.lang) for d in documents]
    return SearchEngine.build(catalog_from_products(products, "eval"), encoder, progress=True)


def rank(engine: SearchEngine, system: str, query_ids: list[str], texts: list[str]) -> Ranking:
    started = time.perf_counter()
    results = engine.search_batch(texts, mode=system, k=DEPTH, candidates=DEPTH)
    seconds = time.perf_counter() - started
    return Ranking({qid: {r.product.id: r.score for r in hits} for qid, hits in zip(query_ids, results)}, seconds)
