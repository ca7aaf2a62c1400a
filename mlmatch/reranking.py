"""The cross-encoder stage: re-order the top of a result list by the reranker's scores."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from mlmatch.catalog import embedding_text
from mlmatch.fusion import rerank_order
from mlmatch.models.reranker import Reranker
from mlmatch.rerank_scores import rerank_scores
from mlmatch.results import SearchResult


class CrossEncoderReranking:
    def __init__(self, reranker: Reranker):
        self.reranker = reranker

    def rerank(self, queries: list[str], results: list[list[SearchResult]], depth: int) -> list[list[SearchResult]]:
        """Each query's top `depth` re-ordered by the cross-encoder (fused with their retrieval order where the
        reranker says so), the rest below in their retrieval order; the pairs of all queries are scored in one batch."""
        heads = [listed[:depth] for listed in results]
        pairs = [(query, embedding_text(r.product)) for query, head in zip(queries, heads) for r in head]
        scores = np.split(rerank_scores(self.reranker, pairs), np.cumsum([len(head) for head in heads])[:-1])
        return [self._reorder(listed, depth, head_scores) for listed, head_scores in zip(results, scores)]

    def _reorder(self, results: list[SearchResult], depth: int, scores: np.ndarray) -> list[SearchResult]:
        head, tail = results[:depth], results[depth:]
        reranker_rank = {int(i): rank for rank, i in enumerate(np.argsort(-scores, kind="stable"), start=1)}
        reranked = [
            replace(head[i], score=score, stage_ranks={**head[i].stage_ranks, "retrieval": head[i].rank, "rerank": reranker_rank[i]},
                    stage_scores={**head[i].stage_scores, "rerank": float(scores[i])})
            for i, score in rerank_order(scores, self.reranker.retrieval_weight)
        ]
        return [replace(r, rank=rank) for rank, r in enumerate([*reranked, *tail], start=1)]
