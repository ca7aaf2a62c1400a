"""The one result type of every ranking stage, and the hit lists every retriever returns.

Retrievers (`mlmatch.retrieval`) answer `search(queries, k, allowed)` with `Hits` per query: plain
arrays, cheap to fuse and to compute features over. The stages that order a list (fusion here, the
cross-encoder in `mlmatch.reranking`, the learned ranker in `mlmatch.rank.stage`) return `SearchResult`s,
each carrying what every stage said of its product; `mlmatch.pipeline` chains them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from mlmatch.catalog import Product
from mlmatch.fusion import FUSION_DEPTH, LEXICAL_WEIGHT, score_fusion

Hits = tuple[np.ndarray, np.ndarray]  # (scores, catalog rows), best first
NO_HITS: Hits = (np.zeros(0, np.float32), np.zeros(0, np.int64))


@dataclass(frozen=True)
class SearchResult:
    product: Product
    score: float
    rank: int
    stage_ranks: dict[str, int] = field(default_factory=dict)  # e.g. {"dense": 2, "bm25": 9}
    contributions: dict[str, float] = field(default_factory=dict)  # `ltr` with explain: why it ranks here (`mlmatch.rank.stage`)
    # Each stage's own score, where the stage scored the product: "dense" (cosine), "bm25" (share of the
    # query's best), "rerank" (the cross-encoder's logit). `score` is the one the list is ordered by.
    stage_scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        p = self.product
        out = {"id": p.id, "title": p.title, "lang": p.lang, "score": round(self.score, 6), "rank": self.rank,
               "category": p.category, "stage_ranks": self.stage_ranks,
               "stage_scores": {name: round(value, 6) for name, value in self.stage_scores.items()}}
        return {**out, "contributions": self.contributions} if self.contributions else out


@dataclass(frozen=True)
class Fusion:
    """The ranking stage of `dense`, `bm25` and `hybrid`: one retriever's hits as they come, or (`fused`) the
    `dense` and `bm25` hits fused by score."""

    products: Sequence[Product]
    fused: bool
    depth: int = FUSION_DEPTH  # hits each retriever contributes when fused
    lexical_weight: float = LEXICAL_WEIGHT

    def retrieval_depth(self, k: int) -> int:
        return max(k, self.depth) if self.fused else k

    def results(self, queries: list[str], hits: list[dict[str, Hits]], k: int, explain: bool = False) -> list[list[SearchResult]]:
        """Each query's top `k`, each result carrying every retriever's rank and score (`explain`: nothing more to say)."""
        return [self._results(per_query, k) for per_query in hits]

    def _results(self, stages: dict[str, Hits], k: int) -> list[SearchResult]:
        # per retriever, each row it returned -> (its rank there, its score there)
        placed = {name: {row: (rank, score) for rank, (row, score) in enumerate(zip(rows.tolist(), scores.tolist()), start=1)}
                  for name, (scores, rows) in stages.items()}
        if self.fused:
            ordered = score_fusion(stages["dense"], stages["bm25"], self.lexical_weight)[:k]
        else:
            (scores, rows), = stages.values()
            ordered = [(int(row), float(score)) for row, score in zip(rows[:k], scores[:k])]
        return [
            SearchResult(
                product=self.products[row],
                score=float(score),
                rank=rank,
                stage_ranks={name: by_row[row][0] for name, by_row in placed.items() if row in by_row},
                stage_scores={name: by_row[row][1] for name, by_row in placed.items() if row in by_row},
            )
            for rank, (row, score) in enumerate(ordered, start=1)
        ]
