"""Retrievers: one contract, `search(queries, k, allowed) -> list[Hits]`, for every way of finding candidates.

`SearchEngine` makes them from its models by name (`dense`, `bm25`, `dictionary`), once per system for its
pipelines (`mlmatch.pipeline`); fusion and the ranking stages downstream read only their `Hits`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from mlmatch.embedding_cache import query_vectors
from mlmatch.index.backend import DenseBackend, RowFilter
from mlmatch.index.lexical import BM25Index, Wording
from mlmatch.models.encoder import BiEncoder
from mlmatch.query.translation import Expansion, translated_share
from mlmatch.results import Hits

Expand = Callable[[str], list[Expansion]]  # a query -> its dictionary translations


class Retriever(Protocol):
    def search(self, queries: list[str], k: int, allowed: RowFilter | None = None) -> list[Hits]:
        """Each query's top `k` (scores, rows), best first, only rows `allowed` lets through."""
        ...


class DenseRetriever:
    """The bi-encoder's query vector against a dense index (FAISS or Milvus)."""

    def __init__(self, encoder: BiEncoder, index: DenseBackend):
        self.encoder, self.index = encoder, index

    def search(self, queries: list[str], k: int, allowed: RowFilter | None = None) -> list[Hits]:
        scores, rows = self.index.search(query_vectors(self.encoder, queries), k, allowed)
        return [(s[r >= 0], r[r >= 0]) for s, r in zip(scores, rows)]


class LexicalRetriever:
    """BM25 of the query as typed; with `expand`, of the query or the query with its translations into one
    language, whichever a listing matches best (never the sum over languages: docs/query.md)."""

    def __init__(self, bm25: BM25Index, expand: Expand | None = None):
        self.bm25, self.expand = bm25, expand

    def search(self, queries: list[str], k: int, allowed: RowFilter | None = None) -> list[Hits]:
        if self.expand is None:
            return self.bm25.search(queries, k, allowed)
        return self.bm25.search_weighted([[Wording({q: 1.0}), *wordings(self.expand(q), query=q)] for q in queries], k, allowed)


class DictionaryRetriever:
    """BM25 of the query's translations alone (`ltr`'s third candidate list): each language's match counts
    by `language_weights` in a listing, times the share of the query its translations stand for. Of
    宝宝游戏围栏 (a baby play pen) only 游戏 (game) reaches French: `jeu` alone would match a board game as
    fully as a whole translation matches the pen (on dev this lifted `ltr` 0.8435 -> 0.8458, docs/ranker.md)."""

    def __init__(self, bm25: BM25Index, expand: Expand, language_weights: dict[str, np.ndarray]):
        self.bm25, self.expand, self.language_weights = bm25, expand, language_weights

    def search(self, queries: list[str], k: int, allowed: RowFilter | None = None) -> list[Hits]:
        return self.bm25.search_weighted([self._wordings(q) for q in queries], k, allowed)

    def _wordings(self, query: str) -> list[Wording]:
        expansions = self.expand(query)
        return wordings(expansions, self.language_weights, shares=translated_share(query, expansions))


def wordings(expansions: list[Expansion], language_weights: dict[str, np.ndarray] | None = None,
             query: str | None = None, shares: dict[str, float] | None = None) -> list[Wording]:
    """Per language, the translations into it (term -> weight), each beside the `query` as typed when given:
    BM25's alternative wordings of one query; `language_weights` (`SearchEngine.language_weights`) weighs
    each listing's match by its language, `shares` each language's wording by the part of the query it stands for."""
    by_language: dict[str, dict[str, float]] = {}
    for expansion in expansions:
        by_language.setdefault(expansion.lang, {query: 1.0} if query else {})[expansion.term] = expansion.weight
    weights, parts = language_weights or {}, shares or {}
    return [Wording(terms, weights.get(lang), parts.get(lang, 1.0)) for lang, terms in by_language.items()]
