"""How many threads torch, FAISS and onnxruntime may use, decided in one place.

Left alone, each library starts one thread per core, and the demo serves two requests at once: on
2 cores that is 4+ busy threads on 2 cores. Measured on a loaded 2-core machine, 1 thread instead of 2
encoded 17.5 instead of 6.6 texts/s and answered a hybrid search in 79 instead of 294 ms. So each
request gets max(1, cores // concurrent requests) threads; `MLMATCH_THREADS` overrides that.

Every entry point (CLI, eval, app) calls `configure_threads` once at start. torch keeps one count
for the whole process; FAISS's OpenMP keeps one per calling thread, so code that searches FAISS
from a pool of request threads calls `limit_this_thread` there.
"""

from __future__ import annotations

import os
import sys

from mlmatch.errors import BadArgument

THREADS_ENV = "MLMATCH_THREADS"
# Read by OpenMP and BLAS when they load: covers the libraries imported after `configure_threads`.
_LIBRARY_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")

_configured: int | None = None


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers and `taskset` narrow)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def threads_per_request(concurrency: int = 1, cores: int | None = None) -> int:
    """$MLMATCH_THREADS when set, else max(1, cores // concurrency)."""
    if concurrency < 1:
        raise BadArgument(f"concurrency must be at least 1, not {concurrency}")
    value = os.environ.get(THREADS_ENV, "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise BadArgument(f"{THREADS_ENV}={value!r}: expected a whole number of threads, at least 1")
        return int(value)
    return max(1, (cores or available_cores()) // concurrency)


def configure_threads(concurrency: int = 1) -> int:
    """Set the thread count of every library for `concurrency` requests at once; returns it."""
    global _configured
    count = threads_per_request(concurrency)
    _configured = count
    for name in _LIBRARY_ENV:
        os.environ[name] = str(count)
    torch = sys.modules.get("torch")
    if torch is not None:  # else torch reads OMP_NUM_THREADS when it is imported
        torch.set_num_threads(count)
    limit_this_thread()
    return count


def limit_this_thread() -> None:
    """Apply the configured count to FAISS in the calling thread (a no-op before `configure_threads`)."""
    faiss = sys.modules.get("faiss")
    if _configured is not None and faiss is not None:
        faiss.omp_set_num_threads(_configured)


def configured_threads() -> int | None:
    """The count `configure_threads` set (None before): for onnxruntime's `intra_op_num_threads`."""
    return _configured
