"""The search engine: a catalog, its indexes and models, and a pipeline of stages per system.

`SearchEngine` is the one entry point the CLI, the evaluation suite and the app share. Each system
(`SystemSpec`: a mode, with or without the cross-encoder) is a `Pipeline` built once from the engine's
models: retrievers (`mlmatch.retrieval`, each `search(queries, k, allowed) -> Hits`), one ranking stage
(fusion in `mlmatch.results`, the learned ranker in `mlmatch.rank.stage`), then optionally the
cross-encoder (`mlmatch.reranking`); every hit comes back as a `SearchResult` carrying the rank and score
each stage gave it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

import numpy as np

from mlmatch.cache import cache_dir
from mlmatch.catalog import Catalog, embedding_text
from mlmatch.embedding_cache import document_cache
from mlmatch.errors import BadArgument
from mlmatch.index.backend import DenseBackend, RowFilter
from mlmatch.index.dense import DenseIndex, DenseParams
from mlmatch.index.lexical import BM25Index
from mlmatch.index.milvus import MilvusIndex
from mlmatch.index.milvus_connection import MilvusTarget
from mlmatch.index.stale import Wanted
from mlmatch.index.store import Generation, open_indexes
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.reranker import Reranker
from mlmatch.pipeline import Pipeline, RankingStage
from mlmatch.query.correction import QueryCorrector
from mlmatch.query.translation import Expansion, QueryTranslator
from mlmatch.rank.stage import CandidateFeatures, LearnedRanking, RankingModels
from mlmatch.reranking import CrossEncoderReranking
from mlmatch.results import Fusion, Hits, SearchResult
from mlmatch.retrieval import DenseRetriever, DictionaryRetriever, LexicalRetriever, Retriever
from mlmatch.systems import MAX_QUERY_CHARS, SystemSpec, check_query, check_request
from mlmatch.threads import limit_this_thread

RERANK_DEPTH = 20  # default number of retrieved results the cross-encoder re-scores
ELSEWHERE = 0.5  # what a translation's match counts in a listing of another language, in `ltr`'s dictionary list (docs/query.md)
SPOKEN_CONTEXT = 5  # listings whose words prompt the recogniser's second hearing of a spoken query (`titles_like`)
RETRIEVERS = {"dense": ("dense",), "bm25": ("bm25",), "hybrid": ("dense", "bm25"), "ltr": ("dense", "bm25")}  # each mode's candidates


def default_index_dir(catalog: Catalog, encoder: BiEncoder | None, kind: str = "flat") -> Path:
    model = encoder.fingerprint if encoder else "lexical"
    return cache_dir() / "indexes" / f"{catalog.checksum[:16]}-{model}-{kind}"


class SearchEngine:
    def __init__(self, catalog: Catalog, bm25: BM25Index, encoder: BiEncoder | None = None, dense: DenseBackend | None = None,
                 reranker: Reranker | None = None, ranking: RankingModels | None = None, progress: bool = False,
                 translator: QueryTranslator | None = None, features: CandidateFeatures | None = None,
                 query_encoder: BiEncoder | None = None):
        """`translator`: dictionary translation shared with other engines (the evaluation's, built over a
        whole corpus); by default this catalog's own, built on first use. `features`: the learned ranker's
        candidate features when made elsewhere (a benchmark's synthetic vectors); by default over this
        catalog from the embedding caches. `query_encoder`: another runtime of `encoder`'s model for the
        queries, the documents staying `encoder`'s (the asymmetric option: documents once by the exact
        model, queries by the fast one; docs/speed.md)."""
        self.catalog = catalog
        if translator is not None:
            self.translator = translator
        self.bm25 = bm25
        self.encoder = encoder
        self.query_encoder = query_encoder or encoder
        self.dense = dense
        self.reranker = reranker
        self.ranker = ranking.ranker if ranking and encoder else None
        self.features = (features or CandidateFeatures.over(ranking.universal, ranking.ranker.depth, catalog, encoder, bm25, progress,
                                                            self.query_encoder) if self.ranker else None)
        self.progress = progress
        self._langs = np.array([product.lang for product in catalog])
        self._categories = np.array([product.category for product in catalog])
        self._pipelines: dict[tuple[SystemSpec, bool], Pipeline] = {}

    @classmethod
    def build(cls, catalog: Catalog, encoder: BiEncoder | None = None, kind: str = "flat",
              params: DenseParams | None = None, progress: bool = False, reranker: Reranker | None = None,
              milvus: MilvusTarget | None = None, ranking: RankingModels | None = None,
              translator: QueryTranslator | None = None, query_encoder: BiEncoder | None = None) -> SearchEngine:
        """Indexes in memory only (the embeddings still come from the on-disk cache); with `milvus`, the
        dense index in that Milvus instead, reused when it matches."""
        if milvus is not None and encoder is not None:
            dense = open_milvus(catalog, encoder, milvus, kind, params, progress)
            return cls(catalog, build_bm25(catalog), encoder, dense, reranker, ranking, progress, translator, query_encoder=query_encoder)
        indexes = build_indexes(catalog, encoder, kind, params, progress)
        return cls(catalog, indexes.bm25, encoder, indexes.dense, reranker, ranking, progress, translator, query_encoder=query_encoder)

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
        return QueryTranslator.for_catalog(self.catalog.languages(), self.bm25, self.progress)

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

    def titles_like(self, text: str, lang: str | None = None, k: int = SPOKEN_CONTEXT) -> list[str]:
        """The titles of the `k` listings most like `text` (dense where the engine has a model, else BM25),
        in `lang` where the catalog has it: the words a spoken query most likely holds (`mlmatch.speech`)."""
        if not text.strip():
            return []
        langs = [lang] if lang in self.catalog.languages() else None
        stage = "dense" if self.dense is not None and self.encoder is not None else "bm25"
        [hits] = self.retrieve([text[:MAX_QUERY_CHARS]], (stage,), k, langs)
        return [self.catalog.products[int(row)].title for row in hits[stage][1]]

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

    def search(self, query: str, mode: str | None = None, k: int = 10, langs: Iterable[str] | None = None, rerank_depth: int = 0,
               categories: Iterable[str] | None = None, explain: bool = False, expand: bool = False) -> list[SearchResult]:
        return self.search_batch([query], mode, k, langs, rerank_depth, categories, explain, expand)[0]

    def search_batch(self, queries: list[str], mode: str | None = None, k: int = 10, langs: Iterable[str] | None = None,
                     rerank_depth: int = 0, categories: Iterable[str] | None = None, explain: bool = False,
                     expand: bool = False) -> list[list[SearchResult]]:
        """Ranked results per query, by `mode` (None: `default_mode`); `rerank_depth` is how many of the top
        results the cross-encoder re-scores (0: none); `langs` and `categories` limit the products searched;
        `explain` adds each `ltr` result's feature contributions; `expand` lets `bm25` match the query's
        dictionary translations too (`mlmatch.query.translation`) and gives `ltr` the listings that match them."""
        mode = mode or self.default_mode
        check_request(mode, rerank_depth)
        for query in queries:
            check_query(query)
        if k < 1:
            raise BadArgument("k must be at least 1")
        pipeline = self.pipeline(SystemSpec(mode, rerank=rerank_depth > 0), expand)
        limit_this_thread()
        return pipeline.search(queries, k, self.allowed_rows(langs, categories), rerank_depth, explain)

    def pipeline(self, system: SystemSpec, expand: bool = False) -> Pipeline:
        """The system's stages over this engine's models, built on first use and kept; with `expand`, the
        lexical stages match the query's dictionary translations too."""
        key = (system, expand and self.translator is not None)
        if key not in self._pipelines:
            self._pipelines[key] = self._build_pipeline(*key)
        return self._pipelines[key]

    def _build_pipeline(self, system: SystemSpec, expand: bool) -> Pipeline:
        if system.model is not None:
            raise BadArgument(f"{system.name}: an engine searches with its own bi-encoder; open one with that model")
        if system.rerank and self.reranker is None:
            raise BadArgument("reranking needs a reranker; open the engine with one")
        names = RETRIEVERS[system.mode]
        if system.mode == "ltr":
            if self.features is None:
                raise BadArgument("ltr needs the learned ranker and a bi-encoder; open the engine with both")
            ranking: RankingStage = LearnedRanking(self.features, self.ranker, self.catalog.products)
            names = (*names, "dictionary") if expand else names
            expand = False  # its BM25 list is the query as typed; the translations are a list of their own
        else:
            ranking = Fusion(self.catalog.products, fused=len(names) > 1)
            # the hybrid searches as typed: on dev, translations in its BM25 half moved nothing cross-lingual
            # (+0.001 nDCG@10) and cost same-language search 0.005 (docs/query.md)
            expand = expand and not ranking.fused
        reranking = CrossEncoderReranking(self.reranker) if system.rerank else None
        return Pipeline(system, {name: self._retriever(name, expand) for name in names}, ranking, reranking)

    def retrieve(self, queries: list[str], stages: Iterable[str], depth: int, langs: Iterable[str] | None = None,
                 categories: Iterable[str] | None = None, expand: bool = False) -> list[dict[str, Hits]]:
        """Each stage's own top-`depth` (scores, rows) per query, before fusion: `dense`, `bm25` (with `expand`,
        the query together with its dictionary translations) or `dictionary` (BM25 of the translations alone)."""
        allowed = self.allowed_rows(langs, categories)
        hits = {name: self._retriever(name, expand).search(queries, depth, allowed) for name in stages}
        return [{name: per_stage[i] for name, per_stage in hits.items()} for i in range(len(queries))]

    def _retriever(self, name: str, expand: bool) -> Retriever:
        if name == "dense":
            if self.dense is None or self.encoder is None:
                raise BadArgument("dense search needs a bi-encoder; open the engine with a model")
            return DenseRetriever(self.query_encoder, self.dense)
        if name == "bm25":
            return LexicalRetriever(self.bm25, self.expansions if expand and self.translator is not None else None)
        if name == "dictionary":
            return DictionaryRetriever(self.bm25, self.expansions, self.language_weights)
        raise BadArgument(f"unknown retriever {name!r} (dense, bm25 or dictionary)")


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
