"""Reciprocal-rank fusion: combine rankings by rank alone, so scores on different scales mix."""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping, Sequence


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[int]],
    weights: Mapping[str, float] | None = None,
    k: int = 60,
) -> list[tuple[int, float]]:
    """Items by descending sum of `weight / (k + rank)` over the rankings that contain them."""
    scores: dict[int, float] = defaultdict(float)
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            scores[item] += weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


RERANK_RRF_K = 60


def rerank_order(reranker_scores: Sequence[float], retrieval_weight: float, k: int = RERANK_RRF_K) -> list[tuple[int, float]]:
    """A retrieval-ordered list re-ordered after reranking: (position in the list, score), best first.

    With `retrieval_weight` 0 the reranker's scores decide alone; otherwise its ranking is fused
    (weight 1) with the retrieval order (weight `retrieval_weight`), which keeps a reranker trained
    on few queries from overruling a strong retriever where it is unsure.
    """
    by_reranker = sorted(range(len(reranker_scores)), key=lambda i: (-reranker_scores[i], i))
    if retrieval_weight == 0:
        return [(i, float(reranker_scores[i])) for i in by_reranker]
    return reciprocal_rank_fusion({"reranker": by_reranker, "retrieval": list(range(len(reranker_scores)))},
                                  {"reranker": 1.0, "retrieval": retrieval_weight}, k)
