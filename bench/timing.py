"""Latency summaries shared by the benchmarks."""

from __future__ import annotations

import numpy as np


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50, p95, p99 and the maximum, in milliseconds."""
    ms = np.array(seconds) * 1000
    return {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95)),
            "p99_ms": float(np.percentile(ms, 99)), "max_ms": float(ms.max())}
