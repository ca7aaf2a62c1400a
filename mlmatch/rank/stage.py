"""The `ltr` stage: candidates from two retrievers, their features, and the learned ranker's order.

Candidates are the union of the top `depth` of the engine's bi-encoder, of BM25 and, when the query is
translated, of BM25 over its dictionary translations; every candidate gets both cosines (the
bi-encoder's and USE's) exactly, not only those that retrieved it. The zero-shot e5
model was a third retriever and feature source until dev showed it added nothing (nDCG@10 within 0.002
on every dev set) for a second transformer pass per query (docs/ranker.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mlmatch.catalog import Catalog, Product, embedding_text
from mlmatch.embedding_cache import document_cache, query_vectors
from mlmatch.index.lexical import BM25Index
from mlmatch.models import BiEncoder
from mlmatch.models.universal import UniversalEncoder
from mlmatch.rank.features import NAMES, Candidates, DocumentText, QueryText, feature_matrix
from mlmatch.rank.ltr import LearnedRanker, load_ranker
from mlmatch.results import NO_HITS, Hits, SearchResult


@dataclass
class RankingModels:
    """What the `ltr` mode needs beyond the engine's own bi-encoder and BM25."""

    ranker: LearnedRanker
    universal: UniversalEncoder


def load_ranking_models(name: str = "default") -> RankingModels:
    return RankingModels(load_ranker(name), UniversalEncoder())


@dataclass(frozen=True)
class Ranked:
    row: int
    score: float
    contributions: dict[str, float]  # feature -> its part of `score` against the query's average candidate, largest first
    stage_ranks: dict[str, int]  # rank each retriever gave the product (absent: outside its top `depth`)
    stage_scores: dict[str, float]  # the fine-tuned cosine ("dense") and, within its top `depth`, the BM25 share


@dataclass(frozen=True)
class CandidateList:
    rows: np.ndarray
    features: np.ndarray  # one row per candidate, columns `NAMES`
    stage_ranks: dict[str, dict[int, int]]  # retriever -> {row: rank} within its top `depth`
    stage_scores: list[dict[str, float]]  # per candidate, as `Ranked.stage_scores`


class CandidateFeatures:
    """Candidates and their features over one catalog, with the document vectors of both encoders in memory
    (from the on-disk cache): what a learned ranker orders, at search (`LearnedRanking`) and in training."""

    def __init__(self, universal: UniversalEncoder, depth: int, encoder: BiEncoder, bm25: BM25Index, texts: list[str],
                 vectors: tuple[np.ndarray, np.ndarray], query_encoder: BiEncoder | None = None):
        """`vectors`: the catalog's document vectors of `encoder` and of USE, in catalog order; `query_encoder`:
        another runtime of `encoder`'s model that encodes the queries (`SearchEngine`'s `query_encoder`)."""
        self.universal, self.depth, self.encoder, self.bm25 = universal, depth, encoder, bm25
        self.query_encoder = query_encoder or encoder
        self.finetuned_vectors, self.universal_vectors = vectors
        self.documents = [DocumentText.of(text) for text in texts]

    @classmethod
    def over(cls, universal: UniversalEncoder, depth: int, catalog: Catalog, encoder: BiEncoder, bm25: BM25Index,
             progress: bool = False, query_encoder: BiEncoder | None = None) -> CandidateFeatures:
        """The features over `catalog`, its vectors from the on-disk embedding caches (encoded there once)."""
        texts = [embedding_text(p) for p in catalog]
        vectors = tuple(document_cache(model).documents(texts, progress=progress) for model in (encoder, universal))
        return cls(universal, depth, encoder, bm25, texts, vectors, query_encoder)

    def features(self, queries: list[str], stages: list[dict[str, Hits]]) -> list[CandidateList]:
        """Each query's candidates with their features; `stages`: per query, the hits of `dense`, `bm25` and
        (when the query is translated) `dictionary` (`SearchEngine.retrieve`)."""
        finetuned_q = query_vectors(self.query_encoder, queries)
        universal_q = query_vectors(self.universal, queries)
        vocabulary = self.bm25.retriever.vocab_dict
        out = []
        for i, query in enumerate(queries):
            lists = {name: stages[i].get(name, NO_HITS) for name in ("dense", "bm25", "dictionary")}
            ranks = {name: {int(row): rank for rank, row in enumerate(hits[1][: self.depth], start=1)} for name, hits in lists.items()}
            rows = np.array(sorted(set().union(*ranks.values())), dtype=np.int64)
            candidates = Candidates(
                rows=rows,
                cos_finetuned=self.finetuned_vectors[rows] @ finetuned_q[i],
                cos_universal=self.universal_vectors[rows] @ universal_q[i],
                bm25_share=_shares(lists["bm25"], rows, self.depth), dictionary_share=_shares(lists["dictionary"], rows, self.depth),
                rank_finetuned=_ranks(ranks["dense"], rows, self.depth), rank_bm25=_ranks(ranks["bm25"], rows, self.depth),
                rank_dictionary=_ranks(ranks["dictionary"], rows, self.depth))
            parsed = QueryText.of(query)
            coverage = sum(t in vocabulary for t in parsed.tokens) / len(parsed.tokens) if parsed.tokens else 0.0
            shares, top = lists["bm25"]
            top_script = self.documents[int(top[0])].script if len(top) else None
            matrix = feature_matrix(parsed, candidates, self.documents, coverage, top_script,
                                    float(shares[0]) if len(shares) else 0.0)
            scores = [{"dense": float(cosine), **({"bm25": float(share)} if int(row) in ranks["bm25"] else {})}
                      for row, cosine, share in zip(rows, candidates.cos_finetuned, candidates.bm25_share)]
            out.append(CandidateList(rows, matrix, ranks, scores))
        return out


@dataclass(frozen=True)
class LearnedRanking:
    """The `ltr` ranking stage: the candidates of the bi-encoder, BM25 and (when the query is translated) the
    dictionary list, in `ranker`'s order."""

    features: CandidateFeatures
    ranker: LearnedRanker
    products: Sequence[Product]

    def retrieval_depth(self, k: int) -> int:
        return max(k, self.features.depth)

    def rank(self, queries: list[str], stages: list[dict[str, Hits]], explain: bool = False) -> list[list[Ranked]]:
        """Each query's candidates, best first."""
        lists = self.features.features(queries, stages)
        everything = np.concatenate([c.features for c in lists]) if lists else np.zeros((0, len(NAMES)), np.float32)
        bounds = np.cumsum([len(c.rows) for c in lists])[:-1]
        scores = np.split(self.ranker.score(everything), bounds)
        contributions = [_relative(self.ranker.contributions(c.features)) if explain else None for c in lists]
        results = []
        for candidates, query_scores, query_contributions in zip(lists, scores, contributions):
            order = sorted(range(len(candidates.rows)), key=lambda j: (-query_scores[j], int(candidates.rows[j])))
            results.append([
                Ranked(int(candidates.rows[j]), float(query_scores[j]),
                       _by_magnitude(query_contributions[j]) if query_contributions is not None else {},
                       {name: ranks[int(candidates.rows[j])] for name, ranks in candidates.stage_ranks.items()
                        if int(candidates.rows[j]) in ranks}, candidates.stage_scores[j])
                for j in order])
        return results

    def results(self, queries: list[str], hits: list[dict[str, Hits]], k: int, explain: bool = False) -> list[list[SearchResult]]:
        """Each query's top `k`: the candidates in the ranker's order, then the rest of the dense list below
        them (at the last candidate's score); `explain` adds each result's feature contributions."""
        out = []
        for ranked, per_query in zip(self.rank(queries, hits, explain), hits):
            seen = {r.row for r in ranked}
            results = [SearchResult(self.products[r.row], r.score, rank, {**r.stage_ranks, "ltr": rank}, r.contributions, r.stage_scores)
                       for rank, r in enumerate(ranked[:k], start=1)]
            tail = [(dense_rank, int(row), float(score)) for dense_rank, (score, row) in enumerate(zip(*per_query["dense"]), start=1)
                    if int(row) not in seen]
            floor = results[-1].score if results else 0.0
            results += [SearchResult(self.products[row], floor, len(results) + i, {"dense": dense_rank}, stage_scores={"dense": cosine})
                        for i, (dense_rank, row, cosine) in enumerate(tail[: k - len(results)], start=1)]
            out.append(results)
        return out


def _shares(hits: Hits, rows: np.ndarray, depth: int) -> np.ndarray:
    """Each row's score in the retriever's top `depth` (0 outside it)."""
    by_row = dict(zip(hits[1][:depth].tolist(), hits[0][:depth].tolist()))
    return np.array([by_row.get(int(r), 0.0) for r in rows], dtype=np.float32)


def _ranks(ranks: dict[int, int], rows: np.ndarray, depth: int) -> np.ndarray:
    """Each row's rank in the retriever's top `depth` (`depth + 1` outside it)."""
    return np.array([ranks.get(int(r), depth + 1) for r in rows], dtype=np.float32)


def _relative(contributions: np.ndarray) -> np.ndarray:
    """Each feature's part of a candidate's score minus its mean part over the query's candidates: what
    sets this product above or below the others (a part every candidate shares explains nothing)."""
    return contributions - contributions.mean(axis=0, keepdims=True) if len(contributions) else contributions


def _by_magnitude(values: np.ndarray) -> dict[str, float]:
    """Each feature's contribution (the bias left out), largest magnitude first."""
    pairs = sorted(zip(NAMES, values[:-1]), key=lambda pair: -abs(pair[1]))
    return {name: round(float(value), 4) for name, value in pairs}
