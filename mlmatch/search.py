"""The search pipeline: catalog -> indexes -> retrieve (dense | bm25 | hybrid) -> rank (ltr) or rerank -> results.

`SearchEngine` is the one entry point the CLI, the evaluation suite and the app share;
every hit comes back as a `SearchResult` carrying the rank each stage gave it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from mlmatch.cache import cache_dir
from mlmatch.catalog import Catalog, Product, embedding_text
from mlmatch.embedding_cache import document_cache, query_vectors
from mlmatch.errors import BadArgument
from mlmatch.fusion import LEXICAL_WEIGHT, rerank_order, score_fusion
from mlmatch.index.backend import DenseBackend, RowFilter
from mlmatch.index.dense import DenseIndex, DenseParams
from mlmatch.index.lexical import BM25Index, Wording
from mlmatch.index.milvus import MilvusIndex
from mlmatch.index.milvus_connection import MilvusTarget
from mlmatch.index.stale import Wanted
from mlmatch.index.store import Generation, open_indexes
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.query.correction import QueryCorrector
from mlmatch.query.translation import Expansion, QueryTranslator
from mlmatch.rank.stage import LearnedRankingStage, RankingModels
from mlmatch.rerank_scores import rerank_scores
from mlmatch.threads import limit_this_thread

MODES = ("dense", "bm25", "hybrid", "ltr")
RERANK_DEPTH = 20  # default number of retrieved results the cross-encoder re-scores
FUSION_DEPTH = 100  # hits each stage contributes to `hybrid`
ELSEWHERE = 0.5  # what a translation's match counts in a listing of another language, in `ltr`'s dictionary list (docs/query.md)
MAX_QUERY_CHARS = 500  # far beyond any real product query; the encoders truncate long before
RETRIEVERS = {"dense": ("dense",), "bm25": ("bm25",), "hybrid": ("dense", "bm25")}  # what each retrieval mode fuses
RERANKABLE = ("dense", "hybrid")  # `ltr` orders by its own model; `bm25` alone is the lexical baseline


@dataclass(frozen=True)
class SearchResult:
    product: Product
    score: float
    rank: int
    stage_ranks: dict[str, int] = field(default_factory=dict)  # e.g. {"dense": 2, "bm25": 9}
    contributions: dict[str, float] = field(default_factory=dict)  # `ltr` with explain: why it ranks here (`mlmatch.rank.stage`)
    # Each stage's own score, where the stage scored the product: "dense" (cosine), "bm25" (share of the
    # query's best), "rerank" (the cross-encoder's logit). `score` is the one the list is ordered by.
    stage_scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        p = self.product
        out = {"id": p.id, "title": p.title, "lang": p.lang, "score": round(self.score, 6), "rank": self.rank,
               "category": p.category, "stage_ranks": self.stage_ranks,
               "stage_scores": {name: round(value, 6) for name, value in self.stage_scores.items()}}
        return {**out, "contributions": self.contributions} if self.contributions else out


def default_index_dir(catalog: Catalog, encoder: BiEncoder | None, kind: str = "flat") -> Path:
    model = encoder.fingerprint if encoder else "lexical"
    return cache_dir() / "indexes" / f"{catalog.checksum[:16]}-{model}-{kind}"


def check_query(query: str) -> None:
    """A query the engine searches: text, not blank, at most `MAX_QUERY_CHARS` (callers choose how to show
    the error, or cut a query before it comes here)."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError:
        raise BadArgument("the query is not valid UTF-8 text") from None
    if not query.strip():
        raise BadArgument("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise BadArgument(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")


def check_request(mode: str, rerank_depth: int = 0) -> None:
    """A mode the engine has, and a rerank depth it can apply to it."""
    if mode not in MODES:
        raise BadArgument(f"unknown mode {mode!r} (use one of {', '.join(MODES)})")
    if rerank_depth < 0:
        raise BadArgument("the rerank depth must be 0 (off) or a positive number of results")
    if rerank_depth and mode not in RERANKABLE:
        raise BadArgument(f"{mode} results are not reranked (rerank {' or '.join(RERANKABLE)})")


class SearchEngine:
    def __init__(self, catalog: Catalog, bm25: BM25Index, encoder: BiEncoder | None = None, dense: DenseBackend | None = None,
                 reranker: Reranker | None = None, ranking: RankingModels | None = None, progress: bool = False,
                 translator: QueryTranslator | None = None):
        """`translator`: dictionary translation shared with other engines (the evaluation's, built over a
        whole corpus); by default this catalog's own, built on first use."""
        self.catalog = catalog
        if translator is not None:
            self.translator = translator
        self.bm25 = bm25
        self.encoder = encoder
        self.dense = dense
        self.reranker = reranker
        self.ranker = ranking.ranker if ranking and encoder else None
        self.ranking = LearnedRankingStage.over(ranking.universal, ranking.ranker.depth, catalog, encoder, bm25, progress) if self.ranker else None
        self.progress = progress
        self._langs = np.array([product.lang for product in catalog])
        self._categories = np.array([product.category for product in catalog])

    @classmethod
    def build(cls, catalog: Catalog, encoder: BiEncoder | None = None, kind: str = "flat",
              params: DenseParams | None = None, progress: bool = False, reranker: Reranker | None = None,
              milvus: MilvusTarget | None = None, ranking: RankingModels | None = None,
              translator: QueryTranslator | None = None) -> SearchEngine:
        """Indexes in memory only (the embeddings still come from the on-disk cache); with `milvus`, the
        dense index in that Milvus instead, reused when it matches."""
        if milvus is not None and encoder is not None:
            return cls(catalog, build_bm25(catalog), encoder, open_milvus(catalog, encoder, milvus, kind, params, progress), reranker,
                       ranking, progress, translator)
        indexes = build_indexes(catalog, encoder, kind, params, progress)
        return cls(catalog, indexes.bm25, encoder, indexes.dense, reranker, ranking, progress, translator)

    @classmethod
    def open(
        cls,
        catalog: Catalog,
        encoder: BiEncoder | None = None,
        index_dir: Path | None = None,
        kind: str = "flat",
        params: DenseParams | None = None,
        progress: bool = False,
        reranker: Reranker | None = None,
        milvus: MilvusTarget | None = None,
        ranking: RankingModels | None = None,
    ) -> SearchEngine:
        """Load the indexes from `index_dir` when they verify and match catalog and model, else build and publish them.

        With `milvus`, the dense index lives in that Milvus (built there when missing or stale) and `index_dir` holds BM25."""
        if milvus is not None and encoder is not None:
            folder = Path(index_dir) if index_dir else default_index_dir(catalog, None)
            bm25 = open_indexes(folder, Wanted(catalog.checksum, len(catalog)), lambda: build_indexes(catalog, None)).bm25
            return cls(catalog, bm25, encoder, open_milvus(catalog, encoder, milvus, kind, params, progress), reranker, ranking, progress)
        folder = Path(index_dir) if index_dir else default_index_dir(catalog, encoder, kind)
        wanted = Wanted(catalog.checksum, len(catalog), encoder.fingerprint if encoder else None, kind)
        indexes = open_indexes(folder, wanted, lambda: build_indexes(catalog, encoder, kind, params, progress))
        return cls(catalog, indexes.bm25, encoder, indexes.dense, reranker, ranking, progress)

    def allowed_rows(self, langs: Iterable[str] | None, categories: Iterable[str] | None = None) -> RowFilter | None:
        """The rows in any of `langs` and any of `categories` (None or empty: any)."""
        langs, categories = sorted(set(langs or ())), sorted(set(categories or ()))
        if not langs and not categories:
            return None
        keep = np.ones(len(self.catalog), dtype=bool)
        if langs:
            keep &= np.isin(self._langs, langs)
            if not keep.any():
                raise BadArgument(f"no products in language(s) {', '.join(langs)}; the catalog has {', '.join(self.catalog.languages())}")
        if categories:
            keep &= np.isin(self._categories, categories)
            if not keep.any():
                where = f" in language(s) {', '.join(langs)}" if langs else ""
                raise BadArgument(f"no products in category(ies) {', '.join(categories)}{where}")
        return RowFilter(np.flatnonzero(keep), frozenset(langs), frozenset(categories))

    @cached_property
    def corrector(self) -> QueryCorrector:
        """Spelling correction from this catalog's own words, built on first use (a second for 10,000 products)."""
        return QueryCorrector.for_index(self.bm25, self.catalog.languages(), (p.title for p in self.catalog))

    @cached_property
    def translator(self) -> QueryTranslator | None:
        """Dictionary translation into this catalog's languages (the dictionaries are stored on a machine's
        first use); None when no dictionary is installed."""
        return QueryTranslator.for_catalog(self.catalog.languages(), self.bm25.listings_using, self.progress)

    def expansions(self, query: str) -> list[Expansion]:
        return self.translator.expand(query) if self.translator is not None else []

    @cached_property
    def language_weights(self) -> dict[str, np.ndarray]:
        """Per language the translator writes in, what a translation into it counts in each listing: in full
        in listings written in it, `ELSEWHERE` in others. A Spanish listing's own words say more than the
        English it carries: "Lodge Sartén Hierro Fundido Cast Iron Skillet" holds "iron", the English for
        Bügeleisen, and is no iron."""
        langs = np.array([p.lang for p in self.catalog])
        targets = self.translator.languages if self.translator is not None else []
        return {lang: np.where(langs == lang, 1.0, ELSEWHERE) for lang in {*self.catalog.languages(), *targets}}

    def weak_match(self, results: list[SearchResult], mode: str | None = None) -> bool | None:
        """Whether `mode`'s best result is too weak to be a good match for its query (the learned ranker's
        score under the level its manifest records); None where that cannot be told (another mode, a
        ranker without the level)."""
        if (mode or self.default_mode) != "ltr" or self.ranker is None or self.ranker.weak_below is None:
            return None
        return not results or results[0].score < self.ranker.weak_below

    @property
    def default_mode(self) -> str:
        """The learned ranker where the engine has one (it won on every benchmark and style-shift kind of search), else dense."""
        return "ltr" if self.ranker is not None else "dense"

    def search(self, query: str, mode: str | None = None, k: int = 10, langs: Iterable[str] | None = None,
               fusion_depth: int = FUSION_DEPTH, lexical_weight: float = LEXICAL_WEIGHT, rerank_depth: int = 0,
               categories: Iterable[str] | None = None, explain: bool = False, expand: bool = False) -> list[SearchResult]:
        return self.search_batch([query], mode, k, langs, fusion_depth, lexical_weight, rerank_depth, categories, explain, expand)[0]

    def search_batch(self, queries: list[str], mode: str | None = None, k: int = 10, langs: Iterable[str] | None = None,
                     fusion_depth: int = FUSION_DEPTH, lexical_weight: float = LEXICAL_WEIGHT,
                     rerank_depth: int = 0, categories: Iterable[str] | None = None,
                     explain: bool = False, expand: bool = False) -> list[list[SearchResult]]:
        """Ranked results per query, by `mode` (None: `default_mode`); `fusion_depth` is how many hits each stage contributes to `hybrid`,
        `lexical_weight` the BM25 share in it, `rerank_depth` how many of the top results the
        cross-encoder re-scores (0: none); `langs` and `categories` limit the products searched;
        `explain` adds each `ltr` result's feature contributions; `expand` lets `bm25` match the query's
        dictionary translations too (`mlmatch.query.translation`) and gives `ltr` the listings that match them."""
        mode = mode or self.default_mode
        check_request(mode, rerank_depth)
        for query in queries:
            check_query(query)
        if k < 1:
            raise BadArgument("k must be at least 1")
        if not 0 <= lexical_weight <= 1:
            raise BadArgument("lexical_weight must be between 0 and 1")
        if rerank_depth and self.reranker is None:
            raise BadArgument("reranking needs a reranker; open the engine with one")
        if mode == "ltr" and self.ranking is None:
            raise BadArgument("ltr needs the learned ranker and a bi-encoder; open the engine with both")
        limit_this_thread()
        if mode == "ltr":
            return self._learned(queries, k, langs, categories, explain, expand)
        k_retrieved = max(k, rerank_depth)
        retrievers = RETRIEVERS[mode]
        fused = len(retrievers) > 1
        # the hybrid searches as typed: on dev, translations in its BM25 half moved nothing cross-lingual
        # (+0.001 nDCG@10) and cost same-language search 0.005 (docs/query.md)
        stages = self.retrieve(queries, retrievers, max(k_retrieved, fusion_depth) if fused else k_retrieved, langs, categories,
                               expand and not fused)
        retrieved = [self._results(per_query, k_retrieved, lexical_weight) for per_query in stages]
        if rerank_depth:
            retrieved = self._rerank(queries, retrieved, rerank_depth)
        return [results[:k] for results in retrieved]

    def retrieve(self, queries: list[str], stages: Iterable[str], depth: int, langs: Iterable[str] | None = None,
                 categories: Iterable[str] | None = None, expand: bool = False) -> list[dict[str, tuple[np.ndarray, np.ndarray]]]:
        """Each stage's own top-`depth` (scores, rows) per query, before fusion: `dense`, `bm25` (with `expand`,
        the query together with its dictionary translations) or `dictionary` (BM25 of the translations alone)."""
        allowed = self.allowed_rows(langs, categories)
        hits: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        if "dense" in stages:
            hits["dense"] = self._dense(queries, depth, allowed)
        if "bm25" in stages:
            hits["bm25"] = self._lexical(queries, depth, allowed, expand)
        if "dictionary" in stages:
            hits["dictionary"] = self._translated(queries, depth, allowed)
        return [{stage: per_stage[i] for stage, per_stage in hits.items()} for i in range(len(queries))]

    def _learned(self, queries: list[str], k: int, langs: Iterable[str] | None, categories: Iterable[str] | None,
                 explain: bool, expand: bool) -> list[list[SearchResult]]:
        """The learned ranker's order of the candidates, then the rest of the dense list below them."""
        depth = self.ranking.depth
        names = ("dense", "bm25", "dictionary") if expand and self.translator is not None else ("dense", "bm25")
        stages = self.retrieve(queries, names, max(k, depth), langs, categories)
        ranked = self.ranking.rank(self.ranker, queries, stages, explain)
        out = []
        for per_query, hits in zip(ranked, stages):
            seen = {r.row for r in per_query}
            results = [SearchResult(self.catalog.products[r.row], r.score, rank, {**r.stage_ranks, "ltr": rank}, r.contributions,
                                    r.stage_scores)
                       for rank, r in enumerate(per_query[:k], start=1)]
            tail = [(dense_rank, int(row), float(score)) for dense_rank, (score, row) in enumerate(zip(*hits["dense"]), start=1)
                    if int(row) not in seen]
            floor = results[-1].score if results else 0.0
            results += [SearchResult(self.catalog.products[row], floor, len(results) + i, {"dense": dense_rank}, stage_scores={"dense": cosine})
                        for i, (dense_rank, row, cosine) in enumerate(tail[: k - len(results)], start=1)]
            out.append(results)
        return out

    def _rerank(self, queries: list[str], retrieved: list[list[SearchResult]], depth: int) -> list[list[SearchResult]]:
        """Each query's results re-ordered by `_reorder`; the pairs of all queries are scored in one batch."""
        heads = [results[:depth] for results in retrieved]
        pairs = [(query, embedding_text(r.product)) for query, head in zip(queries, heads) for r in head]
        scores = np.split(rerank_scores(self.reranker, pairs), np.cumsum([len(head) for head in heads])[:-1])
        return [self._reorder(results, depth, head_scores) for results, head_scores in zip(retrieved, scores)]

    def _reorder(self, results: list[SearchResult], depth: int, scores: np.ndarray) -> list[SearchResult]:
        """Re-order the top `depth` by the cross-encoder's `scores` (fused with their retrieval order where
        the reranker says so); the rest keep their retrieval order below."""
        head, tail = results[:depth], results[depth:]
        reranker_rank = {int(i): rank for rank, i in enumerate(np.argsort(-scores, kind="stable"), start=1)}
        reranked = [
            replace(head[i], score=score, stage_ranks={**head[i].stage_ranks, "retrieval": head[i].rank, "rerank": reranker_rank[i]},
                    stage_scores={**head[i].stage_scores, "rerank": float(scores[i])})
            for i, score in rerank_order(scores, self.reranker.retrieval_weight)
        ]
        return [replace(r, rank=rank) for rank, r in enumerate([*reranked, *tail], start=1)]

    def _lexical(self, queries: list[str], depth: int, allowed: RowFilter | None, expand: bool) -> list[tuple[np.ndarray, np.ndarray]]:
        if not expand or self.translator is None:
            return self.bm25.search(queries, depth, allowed)
        return self.bm25.search_weighted([[Wording({q: 1.0}), *wordings(self.expansions(q), query=q)] for q in queries],
                                         depth, allowed)

    def _translated(self, queries: list[str], depth: int, allowed: RowFilter | None) -> list[tuple[np.ndarray, np.ndarray]]:
        return self.bm25.search_weighted([wordings(self.expansions(q), self.language_weights) for q in queries], depth, allowed)

    def _dense(self, queries: list[str], depth: int, allowed: RowFilter | None) -> list[tuple[np.ndarray, np.ndarray]]:
        if self.dense is None or self.encoder is None:
            raise BadArgument("dense search needs a bi-encoder; open the engine with a model")
        scores, rows = self.dense.search(query_vectors(self.encoder, queries), depth, allowed)
        return [(s[r >= 0], r[r >= 0]) for s, r in zip(scores, rows)]

    def _results(self, stages: dict[str, tuple[np.ndarray, np.ndarray]], k: int, lexical_weight: float) -> list[SearchResult]:
        """The top `k` of one retriever's hits, or of the dense and BM25 hits fused."""
        # per stage, each row it returned -> (its rank there, its score there)
        placed = {name: {row: (rank, score) for rank, (row, score) in enumerate(zip(rows.tolist(), scores.tolist()), start=1)}
                  for name, (scores, rows) in stages.items()}
        if len(stages) > 1:
            fused = score_fusion(stages["dense"], stages["bm25"], lexical_weight)[:k]
        else:
            (scores, rows), = stages.values()
            fused = [(int(row), float(score)) for row, score in zip(rows[:k], scores[:k])]
        return [
            SearchResult(
                product=self.catalog.products[row],
                score=float(score),
                rank=rank,
                stage_ranks={name: by_row[row][0] for name, by_row in placed.items() if row in by_row},
                stage_scores={name: by_row[row][1] for name, by_row in placed.items() if row in by_row},
            )
            for rank, (row, score) in enumerate(fused, start=1)
        ]


def wordings(expansions: list[Expansion], language_weights: dict[str, np.ndarray] | None = None,
             query: str | None = None) -> list[Wording]:
    """Per language, the translations into it (term -> weight), each beside the `query` as typed when given:
    BM25's alternative wordings of one query; `language_weights` (`SearchEngine.language_weights`) weighs
    each listing's match by its language."""
    by_language: dict[str, dict[str, float]] = {}
    for expansion in expansions:
        by_language.setdefault(expansion.lang, {query: 1.0} if query else {})[expansion.term] = expansion.weight
    weights = language_weights or {}
    return [Wording(terms, weights.get(lang)) for lang, terms in by_language.items()]


def build_indexes(catalog: Catalog, encoder: BiEncoder | None, kind: str = "flat", params: DenseParams | None = None,
                  progress: bool = False) -> Generation:
    """BM25 and, given an encoder, the dense index over `catalog`."""
    dense = build_dense(catalog, encoder, kind, params, progress) if encoder is not None else None
    return Generation(build_bm25(catalog), dense)


def build_bm25(catalog: Catalog) -> BM25Index:
    return BM25Index.build([embedding_text(p) for p in catalog], catalog.checksum)


def build_dense(catalog: Catalog, encoder: BiEncoder, kind: str = "flat", params: DenseParams | None = None,
                progress: bool = False) -> DenseIndex:
    vectors = document_cache(encoder).documents([embedding_text(p) for p in catalog], progress=progress)
    return DenseIndex.build(vectors, encoder.fingerprint, catalog.checksum, kind, params)


def open_milvus(catalog: Catalog, encoder: BiEncoder, target: MilvusTarget, kind: str = "flat", params: DenseParams | None = None,
                progress: bool = False) -> MilvusIndex:
    """The catalog's collection in Milvus, loaded from the embedding cache when it is missing or stale."""
    def vectors() -> list[np.ndarray]:
        return [document_cache(encoder).documents([embedding_text(p) for p in catalog], progress=progress)]

    return MilvusIndex.open_or_create(target, catalog, encoder.fingerprint, vectors, kind, params, progress)
