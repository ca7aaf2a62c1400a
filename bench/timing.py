"""Latency summaries shared by the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50, p95, p99 and the maximum, in milliseconds."""
    ms = np.array(seconds) * 1000
    return {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95)),
            "p99_ms": float(np.percentile(ms, 99)), "max_ms": float(ms.max())}


def timed(run: Callable[..., object], *args: object, **kwargs: object) -> float:
    """Seconds `run(*args, **kwargs)` took."""
    started = time.perf_counter()
    run(*args, **kwargs)
    return time.perf_counter() - started
