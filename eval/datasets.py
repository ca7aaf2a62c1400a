"""Where the repository's own data sets are: the evaluation suite's defaults, and the benchmarks' and tools'."""

from __future__ import annotations

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DATA = REPOSITORY / "data"
BENCHMARK = DATA / "benchmark"  # the generated benchmark (BEIR layout, six languages)
SHIPPED_CATALOG = DATA / "catalog.jsonl"  # the demo's catalog
NO_MATCH = DATA / "no_match"  # queries nothing in the catalog answers
