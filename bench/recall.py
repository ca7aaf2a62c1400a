"""Recall of an approximate top-k against the exact one."""

from __future__ import annotations

import numpy as np


def recall_at_k(exact: np.ndarray, approximate: np.ndarray) -> float:
    """Mean share of each query's exact top-k rows (ids of -1 are padding) that its approximate top-k holds."""
    shares = []
    for truth, found in zip(exact, approximate):
        truth = set(truth[truth >= 0].tolist())
        shares.append(len(truth & set(found[found >= 0].tolist())) / max(1, len(truth)))
    return float(np.mean(shares))
