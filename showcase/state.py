"""The demo's shared state: the catalog it serves, its systems, and the background thread that loads them.

The page serves at once; the models load and the catalog is indexed in a thread while `Shared.status`
says how far it got. Every session reads the one `Shared`.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from mlmatch.catalog import Catalog, load_catalog
from mlmatch.errors import MlmatchError
from mlmatch.index.backend import BACKEND_ENV
from mlmatch.index.milvus_connection import backend_target
from mlmatch.languages import QueryLanguageDetector
from mlmatch.models import DEFAULT, PACKAGED, load_bi_encoder
from mlmatch.models.artifacts import SHIPPED_BIENCODER, SHIPPED_RERANKER, read_manifest
from mlmatch.models.reranker import load_reranker
from mlmatch.models.runtime import reranker_runtime_from_env, runtime_from_env
from mlmatch.models.universal import UniversalEncoder
from mlmatch.rank.ltr import SHIPPED_RANKER, load_ranker
from mlmatch.rank.stage import RankingModels
from mlmatch.search import SearchEngine
from showcase import rules

REPO = Path(__file__).resolve().parent.parent
SHIPPED_CATALOG = REPO / "data" / "catalog.jsonl"
FALLBACK_CATALOG = REPO / "tests" / "data" / "catalog_small.jsonl"
CATALOG_ENV = "MLMATCH_DEMO_CATALOG"  # override the shipped catalog (tests, other deployments)
RERANKER_ENV = "MLMATCH_RERANKER"  # the operator's reranker folder, when none ships
log = logging.getLogger("mlmatch.app")


@dataclass
class Shared:
    """What every session reads. The catalog and the names of its systems are known at once;
    `systems` fills in as the background loader finishes each model."""

    catalog: Catalog
    detector: QueryLanguageDetector
    names: list[str]
    engine: SearchEngine | None = None
    systems: dict[str, rules.System] = field(default_factory=dict)
    uploads: rules.EngineCache = field(default_factory=rules.EngineCache)
    status: str = "starting"
    loading: bool = True
    stop: threading.Event = field(default_factory=threading.Event)  # set at exit: the loader ends at its next step


class LoadingStopped(Exception):
    """The process is exiting: the loader leaves the rest of its work undone."""


_shared: Shared | None = None


def catalog_path() -> Path:
    """The catalog the demo serves: $MLMATCH_DEMO_CATALOG, else the shipped one, else the test catalog."""
    override = os.environ.get(CATALOG_ENV)
    if override:
        return Path(override)
    return SHIPPED_CATALOG if SHIPPED_CATALOG.is_file() else FALLBACK_CATALOG


def use_engine(engine: SearchEngine, zero_shot: SearchEngine | None = None) -> Shared:
    """Serve a ready `engine` (a test's fixture); `zero_shot` adds the base model's dense ranking."""
    catalog = engine.catalog
    systems = rules.systems(engine, zero_shot)
    return serve(Shared(catalog, detector_for(catalog), list(systems), engine, systems, status="ready", loading=False))


def detector_for(catalog: Catalog) -> QueryLanguageDetector:
    return QueryLanguageDetector((product.title, product.lang) for product in catalog)


def reranker_source() -> str | None:
    """The reranker the demo loads: $MLMATCH_RERANKER, else the shipped one, else none."""
    return os.environ.get(RERANKER_ENV) or (DEFAULT if read_manifest(SHIPPED_RERANKER) else None)


def offered_names() -> list[str]:
    """The systems the demo offers, known from the shipped artifacts before any model loads."""
    return rules.system_names(reranker_source() is not None, read_manifest(SHIPPED_BIENCODER) is not None,
                              read_manifest(SHIPPED_RANKER) is not None)


def start() -> Shared:
    """The page's state at once, and a thread that loads the models and indexes the catalog into it."""
    catalog = load_catalog(catalog_path())
    state = serve(Shared(catalog, detector_for(catalog), offered_names()))
    loader = threading.Thread(target=_load, args=(state, reranker_source()), daemon=True, name="mlmatch-loader")
    loader.start()
    atexit.register(stop_loading, state, loader)
    return state


def stop_loading(state: Shared, loader: threading.Thread) -> None:
    """At exit, stop the loader at its next step and wait for it: torch or onnxruntime still at work in a
    thread while the interpreter shuts down aborts the process (status 134)."""
    if loader.is_alive():
        log.info("stopping the model loader (it ends at its next step)")
        state.stop.set()
        loader.join()


def _load(state: Shared, reranker_source: str | None) -> None:
    def step(text: str) -> None:
        if state.stop.is_set():
            raise LoadingStopped
        state.status = text
        log.info("%s", text)

    try:
        step("loading the fine-tuned model (the first start converts the packaged base model, about 20 s)")
        runtime = runtime_from_env()
        encoder = load_bi_encoder(DEFAULT, runtime=runtime, traced=True)
        milvus = backend_target(os.environ.get(BACKEND_ENV) or "faiss")  # milvus: at $MLMATCH_MILVUS_URI; uploads stay in memory
        rules.embed_catalog(state.catalog, encoder, lambda fraction, desc: step(f"indexing the catalog: {desc}"))
        ranking = None
        if "ltr" in state.names:
            step("loading the learned ranker (USE multilingual embeds the catalog once, about 10 s per 10,000 products)")
            ranking = RankingModels(load_ranker(), UniversalEncoder())
        state.engine = SearchEngine.open(state.catalog, encoder, milvus=milvus, ranking=ranking)
        state.systems = rules.systems(state.engine)
        corrector = state.engine.corrector  # built and warmed now, not on the first search
        corrector.warm()
        log.info("spelling correction knows %d words of the catalog", len(corrector.counts))
        step("opening the bilingual dictionaries (the first start on a machine stores them, about half a minute)")
        if state.engine.translator is not None:
            state.engine.translator.warm()
        # Then the zero-shot model (the default comparison's left side) and the reranker, each served once loaded.
        zero_shot = None
        if rules.ZERO_SHOT in state.names:
            step("ready; indexing the catalog for the zero-shot model too")
            base = load_bi_encoder(PACKAGED, runtime=runtime, traced=True)
            rules.embed_catalog(state.catalog, base, lambda fraction, desc: step(f"zero-shot model: {desc}"))
            zero_shot = SearchEngine.open(state.catalog, base, milvus=milvus)
            state.systems = rules.systems(state.engine, zero_shot)
        if reranker_source:
            step("ready; loading the reranker")
            state.engine.reranker = load_reranker(reranker_source, runtime=reranker_runtime_from_env(), traced=True)
            state.systems = rules.systems(state.engine, zero_shot)
        if state.engine.ranker is not None:  # last: importing LightGBM (2.7 s) slowed the first searches of every other system
            state.engine.ranker.booster  # noqa: B018 -- the demo explains ltr's order with LightGBM: imported now, not on the first ltr search
        step("ready")
    except LoadingStopped:
        state.status = "stopped"
    except (MlmatchError, OSError) as error:
        step(f"could not load the models: {error}")
        log.exception("loading failed")
    finally:
        state.loading = False


def shared() -> Shared:
    return _shared or start()


def serve(state: Shared) -> Shared:
    """Serve `state` from now on (a test's own)."""
    global _shared
    _shared = state
    return _shared


def current() -> Shared | None:
    """The state served, None before the first page or test asked for one."""
    return _shared
