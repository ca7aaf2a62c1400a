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
