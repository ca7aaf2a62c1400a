"""What the search engine asks of a dense index, whichever engine holds the vectors.

Two backends satisfy `DenseBackend`: `DenseIndex` (FAISS in this process, the default) and
`MilvusIndex` (a Milvus Lite file, or a Milvus server or cluster). A search limited to some
products gets a `RowFilter`, which says which ones in the two ways a backend may need: as catalog
rows (FAISS and BM25 select ids; NumPy reads the filter as that array) and as the languages and
categories that chose them (Milvus filters on its own fields inside the index, with no list of
millions of ids to send).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

BACKENDS = ("faiss", "milvus")
BACKEND_ENV = "MLMATCH_BACKEND"  # the demo app's choice (the CLI and eval take --backend)


@dataclass(frozen=True, eq=False)
class RowFilter:
    """The catalog rows a search may return: those in any of `langs` and any of `categories`
    (an empty set does not limit)."""

    rows: np.ndarray
    langs: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()

    def __array__(self, dtype: np.dtype | None = None, copy: bool | None = None) -> np.ndarray:
        return np.asarray(self.rows, dtype=dtype)

    def __len__(self) -> int:
        return len(self.rows)


@runtime_checkable
class DenseBackend(Protocol):
    def search(self, queries: np.ndarray, k: int, allowed: RowFilter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, catalog rows) per query, best first, only rows `allowed` lets through;
        rows of -1 pad a query that has fewer than k."""
        ...
