"""Indexes over a catalog: dense (FAISS) and lexical (BM25)."""

from mlmatch.index.dense import DenseIndex
from mlmatch.index.lexical import BM25Index
from mlmatch.index.stale import StaleIndex

__all__ = ["BM25Index", "DenseIndex", "StaleIndex"]
