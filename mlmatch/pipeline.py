"""A system as a list of stages: query -> retrieve -> rank -> rerank -> results.

`SearchEngine.pipeline(SystemSpec)` builds one per system from the engine's models, once, and every
search of that system runs it. Retrievers answer `search(queries, k, allowed) -> Hits`; the ranking stage
(fusion or the learned ranker) turns each query's hits into `SearchResult`s; the cross-encoder, when the
system has it, re-orders the head of those results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mlmatch.index.backend import RowFilter
from mlmatch.reranking import CrossEncoderReranking
from mlmatch.results import Hits, SearchResult
from mlmatch.retrieval import Retriever
from mlmatch.systems import SystemSpec


class RankingStage(Protocol):
    def retrieval_depth(self, k: int) -> int:
        """How many hits each retriever must return for the stage's top `k`."""
        ...

    def results(self, queries: list[str], hits: list[dict[str, Hits]], k: int, explain: bool = False) -> list[list[SearchResult]]:
        """Each query's top `k` from its retrievers' hits (by retriever name); `explain`: with the reasons, where the stage has them."""
        ...


@dataclass(frozen=True)
class Pipeline:
    system: SystemSpec
    retrievers: dict[str, Retriever]
    ranking: RankingStage
    reranking: CrossEncoderReranking | None = None

    def search(self, queries: list[str], k: int, allowed: RowFilter | None = None, rerank_depth: int = 0,
               explain: bool = False) -> list[list[SearchResult]]:
        """Each query's top `k`; `rerank_depth`: how many of the ranked results the cross-encoder re-scores."""
        ranked_k = max(k, rerank_depth) if self.reranking is not None else k
        depth = self.ranking.retrieval_depth(ranked_k)
        by_retriever = {name: retriever.search(queries, depth, allowed) for name, retriever in self.retrievers.items()}
        hits = [{name: found[i] for name, found in by_retriever.items()} for i in range(len(queries))]
        results = self.ranking.results(queries, hits, ranked_k, explain)
        if self.reranking is not None:
            results = self.reranking.rerank(queries, results, rerank_depth)
        return [listed[:k] for listed in results]
