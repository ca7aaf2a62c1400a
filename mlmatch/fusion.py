"""Fusion of rankings: dense with lexical hits (by score), a reranker with the retrieval order (by rank)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

FUSION_DEPTH = 100  # hits each retriever contributes to `hybrid`
LEXICAL_WEIGHT = 0.05  # w of `score_fusion` for `hybrid`, chosen on the dev splits by `python -m eval.tune_fusion`
RRF_K = 60  # the usual reciprocal-rank constant: ranks 1 and 10 differ by a factor of 1.15, not 10


def score_fusion(dense: tuple[np.ndarray, np.ndarray], lexical: tuple[np.ndarray, np.ndarray],
                 lexical_weight: float = LEXICAL_WEIGHT) -> list[tuple[int, float]]:
    """Rows by descending (1 - w) * cosine + w * lexical share, from (scores, rows) hit lists.

    The lexical share (0 for no match, towards 1 for every query token matched strongly) adds
    evidence in proportion to its strength, so a query whose model number or brand matches
    exactly moves those products up, while a query with no lexical match (most cross-lingual
    ones) keeps the dense order. A row missing from the dense list counts with that list's lowest cosine.
    """
    dense_scores, dense_rows = dense
    floor = float(dense_scores.min()) if len(dense_scores) else 0.0
    combined = {int(row): (1 - lexical_weight) * float(score) for row, score in zip(dense_rows, dense_scores)}
    for row, share in zip(lexical[1], lexical[0]):
        combined[int(row)] = combined.get(int(row), (1 - lexical_weight) * floor) + lexical_weight * float(share)
    return sorted(combined.items(), key=lambda pair: (-pair[1], pair[0]))


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[int]],
    weights: Mapping[str, float] | None = None,
    k: int = RRF_K,
) -> list[tuple[int, float]]:
    """Items by descending sum of `weight / (k + rank)` over the rankings that contain them."""
    scores: dict[int, float] = defaultdict(float)
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            scores[item] += weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def rerank_order(reranker_scores: Sequence[float], retrieval_weight: float, k: int = RRF_K) -> list[tuple[int, float]]:
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
