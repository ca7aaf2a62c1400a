"""Cross-encoder scores computed once per (reranker, query, product text) and kept in memory.

The same pairs are scored again and again otherwise: in the app, the `+rerank` list and the reranker
heatmap of one search; in eval, `dense+rerank` and `hybrid+rerank`, whose top results mostly overlap.
A pair's key is a digest of the three, so the cache holds 16 bytes per key, not the texts.
"""

from __future__ import annotations

import hashlib

import numpy as np

from mlmatch.lru import LRU
from mlmatch.models.reranker import Reranker

MAX_PAIRS = 200_000  # a few MB of keys and scores; an eval run's pairs fit

_scores: LRU[bytes, float] = LRU(MAX_PAIRS)


def rerank_scores(reranker: Reranker, pairs: list[tuple[str, str]]) -> np.ndarray:
    """`reranker.score_pairs(pairs)`, scoring only the pairs not scored before, all of them in one call.
    A reranker without a fingerprint (one being trained) is scored afresh every time."""
    if not reranker.fingerprint:
        return reranker.score_pairs(pairs)
    keys = [_key(reranker.fingerprint, query, text) for query, text in pairs]
    found = _scores.get_many(keys)
    missing = {key: pair for key, pair in zip(keys, pairs) if key not in found}
    if missing:
        scored = dict(zip(missing, reranker.score_pairs(list(missing.values())).tolist()))
        _scores.put_many(scored.items())
        found.update(scored)
    return np.array([found[key] for key in keys], dtype=np.float32)


def _key(fingerprint: str, query: str, text: str) -> bytes:
    return hashlib.blake2b("\0".join((fingerprint, query, text)).encode(), digest_size=16).digest()
