"""The systems under evaluation, each a way to rank one pair's documents for its queries."""

from __future__ import annotations

import time
from dataclasses import dataclass

from mlmatch.beir import DataError, Document, as_catalog
from mlmatch.index.milvus_connection import MilvusTarget
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.query.translation import QueryTranslator
from mlmatch.rank.stage import RankingModels
from mlmatch.search import RERANK_DEPTH, SearchEngine
from mlmatch.systems import SystemSpec

DEPTH = 100  # enough for recall@100 and map@100


@dataclass(frozen=True)
class Ranking:
    runs: dict[str, dict[str, float]]  # query id -> {doc id: score}
    seconds: float


def parse_systems(names: list[str]) -> list[SystemSpec]:
    if not names:
        raise DataError("no systems given")
    return [SystemSpec.parse(name) for name in names]


def needs_encoder(systems: list[SystemSpec]) -> bool:
    return any(system.mode != "bm25" and system.model is None for system in systems)


def needs_reranker(systems: list[SystemSpec]) -> bool:
    return any(system.rerank for system in systems)


def needs_ranker(systems: list[SystemSpec]) -> bool:
    return any(system.mode == "ltr" for system in systems)


def engine_for(documents: list[Document], encoder: BiEncoder | None, reranker: Reranker | None = None,
               milvus: MilvusTarget | None = None, ranking: RankingModels | None = None,
               translator: QueryTranslator | None = None, query_encoder: BiEncoder | None = None) -> SearchEngine:
    """An in-memory engine over one pair's documents (its dense index in `milvus` when given); embeddings
    come from the on-disk cache; `query_encoder`: the queries' runtime of the model, when not `encoder`'s."""
    return SearchEngine.build(as_catalog(documents), encoder, progress=True, reranker=reranker, milvus=milvus, ranking=ranking,
                              translator=translator, query_encoder=query_encoder)


def rank(engine: SearchEngine, system: SystemSpec, query_ids: list[str], texts: list[str], rerank_depth: int = RERANK_DEPTH,
         expand: bool = False) -> Ranking:
    """Rankings scored by position (DEPTH - rank), so reranked heads and retrieved tails compare."""
    started = time.perf_counter()
    results = engine.search_batch(texts, mode=system.mode, k=DEPTH, rerank_depth=rerank_depth if system.rerank else 0, expand=expand)
    seconds = time.perf_counter() - started
    return Ranking({qid: {r.product.id: float(DEPTH - r.rank) for r in hits} for qid, hits in zip(query_ids, results)}, seconds)
