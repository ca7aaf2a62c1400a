"""The web demo's logic as plain functions, so the Gradio file only wires widgets to them.

Systems are a registry (name -> callable) so new ones ("dense+rerank", "fine-tuned")
join the side-by-side comparison by adding one entry.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from mlmatch.catalog import Catalog, CatalogError, count_rows, embedding_text, load_catalog
from mlmatch.embedding_cache import document_cache
from mlmatch.errors import MlmatchError
from mlmatch.languages import QueryLanguageDetector, check_language
from mlmatch.lru import LRU
from mlmatch.models.encoder import BiEncoder
from mlmatch.models.packaged import PACKAGED
from mlmatch.results import SearchResult
from mlmatch.search import RERANK_DEPTH, SearchEngine
from mlmatch.speech import Transcript
from mlmatch.systems import RERANKABLE, SystemSpec

MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # binary MB, as Gradio's max_file_size counts them
MAX_UPLOAD_ROWS = 5_000
MAX_INDEX_SECONDS = 300.0  # a worker stays busy no longer than this on one upload
UPLOAD_FORMATS = (".jsonl", ".csv")
AUTO = "auto"

ZERO_SHOT = SystemSpec("dense", model=PACKAGED).name  # the base model, beside a fine-tuned default
NO_RESULTS = "no results"
SCORE_LABELS = {"dense": "cosine", "hybrid": "hybrid score", "bm25": "BM25 share", "rerank": "reranker score", "ltr": "ranker score"}
STAGE_LABELS = {"dense": "cos", "bm25": "BM25", "rerank": "rerank"}  # `SearchResult.stage_scores` in a narrow table cell

System = Callable[[str, int, Iterable[str] | None], list[SearchResult]]


def system_names(reranker: bool, zero_shot: bool, ranker: bool = False) -> list[str]:
    """The systems `systems` will offer (their `SystemSpec` names), known before any model is loaded."""
    names = [*(["ltr"] if ranker else []), "dense", "hybrid", "bm25"]
    if reranker:
        names += [f"{mode}+rerank" for mode in RERANKABLE]
    return [*names, ZERO_SHOT] if zero_shot else names


def systems(engine: SearchEngine, zero_shot: SearchEngine | None = None) -> dict[str, System]:
    """Every system the demo can compare, by name: the modes of `engine` (with reranking when it has a
    reranker) and, given an engine on the base model, that model's dense ranking."""
    registry: dict[str, System] = {}
    for name in system_names(engine.reranker is not None, zero_shot is not None, engine.ranker is not None):
        spec = SystemSpec.parse(name)
        registry[name] = partial(_mode_search, zero_shot if spec.model else engine, spec.mode, RERANK_DEPTH if spec.rerank else 0)
    return registry


def score_label(system: str, rerank_fused: bool = False) -> str:
    """What the score column holds for `system`: cosines, BM25 shares and reranker scores are not comparable.
    `rerank_fused`: the reranker's order is fused with the retrieval order (`Reranker.retrieval_weight`), so
    a reranked list is ordered by, and shows, a rank-fusion score, not the reranker's own."""
    spec = SystemSpec.parse(system)
    if spec.rerank:
        return "rank fusion score" if rerank_fused else SCORE_LABELS["rerank"]
    return SCORE_LABELS[spec.mode]


def _mode_search(engine: SearchEngine, mode: str, rerank: int, query: str, k: int, langs: Iterable[str] | None) -> list[SearchResult]:
    """The learned ranker's results carry their reasons (feature contributions), which the demo shows; every
    mode searches the query's dictionary translations too, as the CLI does by default."""
    return engine.search(query, mode=mode, k=k, langs=langs, rerank_depth=rerank, explain=mode == "ltr", expand=True)


@dataclass(frozen=True)
class Comparison:
    left: list[SearchResult]
    right: list[SearchResult]

    def movements(self) -> tuple[list[str], list[str]]:
        left, right = ids(self.left), ids(self.right)
        return rank_movement(left, right), rank_movement(right, left)


def run_system(registry: dict[str, System], name: str, query: str, k: int, langs: Iterable[str] | None) -> list[SearchResult]:
    """One system's ranking; unknown names and empty queries are ValueErrors."""
    if not query.strip():
        raise ValueError("type a query")
    if name not in registry:
        raise ValueError(f"unknown system {name!r} (available: {', '.join(registry)})")
    return registry[name](query, k, list(langs) if langs else None)


def compare(registry: dict[str, System], left: str, right: str, query: str, k: int,
            langs: Iterable[str] | None) -> Comparison:
    """Run two systems on one query."""
    return Comparison(run_system(registry, left, query, k, langs), run_system(registry, right, query, k, langs))


def rank_movement(ranking: list[str], other: list[str]) -> list[str]:
    """Per item of `ranking`: "▲n" if it is n places higher here than in `other`, "▼n" lower, "=" same, "new" absent."""
    positions = {item: rank for rank, item in enumerate(other)}
    marks = []
    for rank, item in enumerate(ranking):
        if item not in positions:
            marks.append("new")
        else:
            delta = positions[item] - rank
            marks.append(f"▲{delta}" if delta > 0 else f"▼{-delta}" if delta < 0 else "=")
    return marks


def table_rows(results: list[SearchResult], movements: list[str] | None = None) -> list[list]:
    """Rows for a ranked table: rank, title, lang, score, stage scores, category[, movement]; one "no
    results" row when empty."""
    if not results:
        return [message_row(NO_RESULTS, movements is not None)]
    rows = []
    for i, result in enumerate(results):
        p = result.product
        row = [result.rank, p.title, p.lang, round(result.score, 3), stage_scores_text(result), p.category]
        if movements is not None:
            row.append(movements[i])
        rows.append(row)
    return rows


def stage_scores_text(result: SearchResult) -> str:
    """Each stage's own score where it is not the one the list is ordered by: "cos 0.812 · BM25 0.430"."""
    return "\u00a0· ".join(f"{STAGE_LABELS[stage]}\u00a0{value:.3f}" for stage, value in result.stage_scores.items()  # lines break between stages only
                      if stage in STAGE_LABELS and abs(value - result.score) > 1e-9)


def message_row(text: str, with_movement: bool = True) -> list:
    """A table row that carries a message instead of a result."""
    return ["", text, "", "", "", "", *([""] if with_movement else [])]


def best_cross_lingual(results: list[SearchResult], query_lang: str) -> SearchResult | None:
    """The top result in another language than the query's (the interesting match to explain), else the top one."""
    return next((r for r in results if r.product.lang != query_lang), results[0] if results else None)


def ids(results: list[SearchResult]) -> list[str]:
    return [result.product.id for result in results]


def query_language(query: str, detector: QueryLanguageDetector, override: str = AUTO) -> str:
    """The query's language: the user's override, else the detector's guess ("" for an empty query)."""
    if override and override != AUTO:
        return check_language(override)
    return detector.detect(query)[0] if query.strip() else ""


def heard_note(spoken: Transcript, hint: str | None, detector: QueryLanguageDetector) -> str:
    """What the recogniser heard, in which language and how sure; where the text reads as another of the
    catalog's languages than the one Whisper heard, both are said, so the shopper can set the language
    (Whisper guesses short clips' language poorly; the catalog-trained detector reads short text better)."""
    said = "as you set it" if hint else f"{spoken.language_probability:.0%} sure"
    note = f"🎤 Heard: **{spoken.text}** ({spoken.language}, {said}; {spoken.seconds:.1f} s). Edit it above if it is wrong."
    reads_as = detector.detect(spoken.text)[0]
    if not hint and reads_as and reads_as != spoken.language:
        note += f" The text reads as {reads_as}: set *Override language* and speak again if {spoken.language} was wrong."
    return note


def search_languages(selected: Iterable[str] | None, catalog_langs: Iterable[str], query_lang: str,
                     cross_lingual_only: bool) -> list[str] | None:
    """Catalog languages to search (None = all); cross-lingual mode drops the query's own language."""
    langs = list(selected) if selected else list(catalog_langs)
    if cross_lingual_only:
        langs = [lang for lang in langs if lang != query_lang]
        if not langs:
            raise ValueError(f"no catalog language left besides the query's own ({query_lang})")
    return None if sorted(langs) == sorted(catalog_langs) else langs


class UploadError(MlmatchError, ValueError):
    """An uploaded catalog the demo refuses; the message is shown to the user as is."""


def load_upload(path: str | Path, max_bytes: int = MAX_UPLOAD_BYTES, max_rows: int = MAX_UPLOAD_ROWS) -> Catalog:
    """Validate and load an uploaded catalog file (the temp file Gradio wrote, nothing else).

    Size, format and row count are checked before validating the rows; rows are counted the way
    the reader splits them, so the limit holds whatever line separators the file uses. Errors
    name the file by its base name only, never the server's temp path.
    """
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in UPLOAD_FORMATS:
        raise UploadError(f"{name}: unsupported format {path.suffix or '(none)'!r}; upload a .jsonl or .csv file")
    if not path.is_file():
        raise UploadError(f"{name}: the upload did not arrive; try again")
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(f"{name}: {size_text(size)} is over the {size_text(max_bytes)} limit")
    rows = count_rows(path)
    if rows > max_rows:
        raise UploadError(f"{name}: {rows} rows is over the {max_rows} row limit")
    try:
        return load_catalog(path, detect_missing_lang=True)
    except CatalogError as error:
        raise UploadError(error.describe(name)) from None


def embed_catalog(catalog: Catalog, encoder: BiEncoder, progress: Callable[[float, str], None] = lambda *_: None,
                  batch: int = 64, max_seconds: float | None = None) -> None:
    """Put every product's embedding in the on-disk cache, reporting progress (an index built or
    opened afterwards only reads the cache)."""
    for fraction, description in embedding_steps(catalog, encoder, batch, max_seconds):
        progress(fraction, description)


def embedding_steps(catalog: Catalog, encoder: BiEncoder, batch: int = 64,
                    max_seconds: float | None = None) -> Iterator[tuple[float, str]]:
    """Embed the catalog batch by batch, yielding (fraction done, description) before each batch.

    The work happens between yields, so a consumer that stops iterating (the app, when the client
    who uploaded has left) stops it; past `max_seconds` it stops with an UploadError.
    """
    cache, texts = document_cache(encoder), [embedding_text(p) for p in catalog]
    deadline = None if max_seconds is None else time.monotonic() + max_seconds
    for start in range(0, len(texts), batch):
        if deadline is not None and time.monotonic() >= deadline:
            raise UploadError(f"{Path(catalog.source).name}: indexing stopped after {max_seconds:g} s with {start} of "
                              f"{len(texts)} products embedded; upload fewer products")
        yield start / len(texts), f"embedding products {start + 1}-{min(start + batch, len(texts))} of {len(texts)}"
        cache.documents(texts[start:start + batch])


class EngineCache:
    """The last few uploaded catalogs' engines, by catalog checksum (sessions keep only the key), in the
    library's thread-safe LRU: the app serves requests from several threads at once."""

    def __init__(self, size: int = 4):
        self._engines: LRU[str, SearchEngine] = LRU(size)

    def put(self, engine: SearchEngine) -> str:
        key = engine.catalog.checksum
        self._engines.put_many([(key, engine)])
        return key

    def get(self, key: str | None) -> SearchEngine:
        found = self._engines.get_many([key]) if key else {}
        if key not in found:
            raise ValueError("upload and index a catalog first")
        return found[key]


def size_text(count: int) -> str:
    """A byte count as the demo shows it everywhere: binary MB or kB (1 MB = 1024 kB = 1024 * 1024 bytes),
    one decimal, rounded up so that a file over a limit never reads as equal to it."""
    scale, unit = (1024 * 1024, "MB") if count >= 1024 * 1024 else (1024, "kB")
    return f"{math.ceil(count * 10 / scale) / 10:.1f} {unit}"
