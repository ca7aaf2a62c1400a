"""`python -m mlmatch`: build an index for a catalog, and search it from the terminal."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import unicodedata
from pathlib import Path

from mlmatch.catalog import load_catalog
from mlmatch.errors import MlmatchError, run_cli
from mlmatch.index.backend import BACKENDS
from mlmatch.index.bulk import CHUNK_SIZE, index_catalog
from mlmatch.index.dense import KINDS, DenseParams, HNSWParams, IVFParams
from mlmatch.index.milvus_connection import TOKEN_ENV, URI_ENV, MilvusTarget, backend_target, check_target
from mlmatch.languages import check_language, parse_languages
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.reranker import Reranker, load_reranker
from mlmatch.models.runtime import RUNTIMES, TORCH
from mlmatch.query.correction import MODES as CORRECTION_MODES
from mlmatch.query.translation import searched_also
from mlmatch.rank.stage import RankingModels, load_ranking_models
from mlmatch.results import SearchResult
from mlmatch.search import SearchEngine
from mlmatch.speech import read_audio, speech_recognizer
from mlmatch.systems import MODES, check_query, check_request
from mlmatch.threads import configure_threads

EXPLAINED = 4  # feature contributions shown per result with --explain


class UserError(MlmatchError):
    """A mistake in the command line or its inputs: reported in one line, no traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m mlmatch", description="Multilingual product search.")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", help="embed a catalog and save its dense and BM25 indexes")
    index.add_argument("catalog", type=Path, help="catalog file (.jsonl, .csv or .parquet)")
    index.add_argument("--out", type=Path, help="index folder (default: in the mlmatch cache)")
    index.add_argument("--chunk-size", type=int, help=f"--backend milvus: products encoded per chunk saved on disk (default {CHUNK_SIZE})")
    index.add_argument("--workers", type=int, help="--backend milvus: CPU processes encoding (default 1)")
    _common(index, reranker=False)

    search = commands.add_parser("search", help="search a catalog")
    search.add_argument("query", nargs="?", help="what to search for (or --audio)")
    search.add_argument("--audio", type=Path, help="a spoken query instead (WAV, MP3, FLAC, OGG; at most 30 s): transcribed, then searched")
    search.add_argument("--query-lang", help="the language the query is spoken in, e.g. de (--audio: skips the recogniser's guess, "
                        "often wrong on short clips)")
    search.add_argument("--catalog", type=Path, required=True)
    search.add_argument("--index", type=Path, help="index folder made by `index --out` (rebuilt if stale)")
    search.add_argument("--mode", choices=MODES, default="ltr", help="ltr (default): the learned ranker over the bi-encoder's and BM25's candidates")
    search.add_argument("--k", type=int, default=10, help="number of results (default 10)")
    search.add_argument("--lang", help="only products in these languages, e.g. en,de")
    search.add_argument("--category", help="only products in these categories, comma-separated as written in the catalog")
    search.add_argument("--rerank", type=int, default=0, metavar="N", help="re-score the top N with the cross-encoder (--mode dense or hybrid; 0: off)")
    search.add_argument("--reranker", default=DEFAULT, help="default (the shipped reranker), a folder or a hub id")
    search.add_argument("--ranker", default=DEFAULT, help="--mode ltr: default (the shipped learned ranker) or a folder")
    search.add_argument("--explain", action="store_true", help="--mode ltr: show why each result ranks where it does (feature contributions)")
    search.add_argument("--correct", choices=CORRECTION_MODES, default="on",
                        help="spelling correction from the catalog's own words: on (rewrite when confident, else suggest), suggest, off")
    search.add_argument("--expand", choices=("on", "off"), default="on",
                        help="dictionary translation of the query into the catalog's languages, searched beside it (default on)")
    search.add_argument("--json", action="store_true", help="print one JSON object")
    _common(search, reranker=True)
    return parser


def _common(parser: argparse.ArgumentParser, reranker: bool) -> None:
    parser.add_argument("--model", default=DEFAULT, help="default (shipped fine-tuned model, else packaged), packaged (zero-shot), a folder or a hub id")
    parser.add_argument("--kind", choices=KINDS, default="flat", help="dense index: exact (flat), HNSW or IVF")
    parser.add_argument("--hnsw-m", type=int, default=HNSWParams.m, help="HNSW links per node")
    parser.add_argument("--hnsw-ef-construction", type=int, default=HNSWParams.ef_construction)
    parser.add_argument("--hnsw-ef-search", type=int, default=HNSWParams.ef_search)
    parser.add_argument("--ivf-nlist", type=int, default=IVFParams.nlist, help="IVF cells (fewer for small catalogs)")
    parser.add_argument("--ivf-nprobe", type=int, default=IVFParams.nprobe, help="IVF cells scanned per query")
    add_backend_options(parser)
    parser.add_argument("--detect-lang", action="store_true", help="detect missing `lang` values (langid.py)")
    add_runtime_options(parser, reranker)
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")


def add_backend_options(parser: argparse.ArgumentParser, collection: bool = True) -> None:
    """Where the dense index lives (the CLI and the evaluation suite); `collection`: a Milvus collection may be named."""
    parser.add_argument("--backend", choices=BACKENDS, default="faiss", help="where the dense index lives: faiss (embedded) or milvus")
    parser.add_argument("--milvus-uri", help=f"a Milvus Lite file (*.db) or http(s)://host:port (default ${URI_ENV}, else milvus.db in the cache)")
    parser.add_argument("--milvus-token", help=f"token of a Milvus server that asks for one (default ${TOKEN_ENV})")
    if collection:
        parser.add_argument("--milvus-collection", help="collection name (default: one per model and index kind)")


def add_runtime_options(parser: argparse.ArgumentParser, reranker: bool = True, query_runtime: bool = False) -> None:
    """Where and how the models run (the CLI and the evaluation suite); `reranker`: a reranker may be used;
    `query_runtime`: the queries may be encoded by another runtime than the documents."""
    parser.add_argument("--device", default="auto", help="auto, cpu or cuda")
    parser.add_argument("--runtime", choices=RUNTIMES, default=TORCH, help="run the models with torch, or exported to ONNX Runtime (CPU; int8: faster, less exact)")
    if query_runtime:
        parser.add_argument("--query-runtime", choices=RUNTIMES, help="encode the queries with this runtime of the bi-encoder, the "
                            "documents with --runtime's (the asymmetric option: documents torch, queries onnx-int8)")
    if reranker:
        parser.add_argument("--reranker-runtime", choices=RUNTIMES, help="the reranker's runtime, when not --runtime's (onnx-int8 reranks a top 20 fastest)")


def open_engine(args: argparse.Namespace, index_dir: Path | None, need_model: bool, reranker: Reranker | None = None,
                bulk: bool = False, ranking: RankingModels | None = None) -> SearchEngine:
    """The engine over `--catalog`; with `bulk` and --backend milvus, first encoded in resumable chunks and loaded."""
    milvus = milvus_target(args)
    catalog = load_catalog(args.catalog, detect_missing_lang=args.detect_lang)
    detected = sum(product.lang_detected for product in catalog)
    if detected:
        print(f"note: detected the language of {detected} product(s) without `lang`", file=sys.stderr)
    params = dense_params(args)
    pooled = bulk and milvus is not None and (args.workers or 1) > 1  # sentence-transformers' process pool runs its own model
    encoder = load_bi_encoder(args.model, args.device, runtime=args.runtime, traced=not pooled) if need_model else None
    if bulk and milvus is not None:
        index_catalog(catalog, encoder, milvus, args.kind, params, args.chunk_size or CHUNK_SIZE, args.workers or 1,
                      progress=sys.stderr.isatty()).close()
    return SearchEngine.open(catalog, encoder, index_dir, args.kind, params, progress=sys.stderr.isatty(), reranker=reranker,
                             milvus=milvus, ranking=ranking)


def milvus_target(args: argparse.Namespace) -> MilvusTarget | None:
    """Where --backend milvus keeps the dense index; None for faiss, which takes no --milvus-* or bulk options."""
    if args.backend == "faiss" and (getattr(args, "chunk_size", None) or getattr(args, "workers", None)):
        raise UserError("--chunk-size and --workers apply to --backend milvus")
    target = backend_target(args.backend, args.milvus_uri, args.milvus_token, args.milvus_collection)
    if target is not None:
        check_target(target)  # a bad Milvus Lite path or an unreachable server: said before the model's ~10 s load, not after
    return target


def dense_params(args: argparse.Namespace) -> DenseParams | None:
    """The parameters of the chosen dense index kind (flat has none)."""
    if args.kind == "hnsw":
        return HNSWParams(args.hnsw_m, args.hnsw_ef_construction, args.hnsw_ef_search)
    if args.kind == "ivf":
        return IVFParams(args.ivf_nlist, args.ivf_nprobe)
    return None


def run_index(args: argparse.Namespace) -> None:
    engine = open_engine(args, args.out, need_model=True, bulk=True)
    where = args.out or "the mlmatch cache"
    if args.backend == "milvus":
        where = f"Milvus collection {engine.dense.name} at {engine.dense.target.uri} (BM25 into {where})"
    print(f"indexed {len(engine.catalog)} products ({', '.join(engine.catalog.languages())}) into {where}")


def run_search(args: argparse.Namespace) -> None:
    if (args.query is None) == (args.audio is None):
        raise UserError("give a query or --audio FILE (one of them)")
    hint = check_language(args.query_lang) if args.query_lang else None
    if hint and not args.audio:
        raise UserError("--query-lang is the spoken language of --audio")
    clip = read_audio(args.audio) if args.audio else None  # a bad clip is said before the models load
    if clip is None:
        check_query(args.query)  # before the models load, as the engine would after
    check_request(args.mode, args.rerank)
    if args.k < 1:
        raise UserError("--k must be at least 1")
    if args.explain and args.mode != "ltr":
        raise UserError("--explain shows the learned ranker's reasons: use it with --mode ltr")
    langs = parse_languages(args.lang)
    categories = [part.strip() for part in (args.category or "").split(",") if part.strip()]
    started = time.perf_counter()
    reranker = load_reranker(args.reranker, args.device, runtime=args.reranker_runtime or args.runtime, traced=True) if args.rerank else None
    ranking = load_ranking_models(args.ranker) if args.mode == "ltr" else None
    engine = open_engine(args, args.index, need_model=args.mode != "bm25", reranker=reranker, ranking=ranking)
    transcript = speech_recognizer().transcribe_samples(clip, Path(args.audio).name, hint, engine.titles_like) if clip is not None else None
    if transcript is not None:
        args.query = transcript.text
    loaded = time.perf_counter()
    correction = engine.corrector.correct(args.query, args.correct) if args.correct != "off" else None
    query = correction.searched if correction else args.query
    expand = args.expand == "on"
    results = engine.search(query, mode=args.mode, k=args.k, langs=langs, rerank_depth=args.rerank, categories=categories,
                            explain=args.explain, expand=expand)
    expansions = engine.expansions(query) if expand and args.mode != "dense" else []
    weak = engine.weak_match(results, args.mode)
    searched = time.perf_counter() - loaded
    if args.json:
        said = correction.to_dict() if correction else {"query": args.query, "corrected_query": None, "suggestion": None}
        heard = {"transcript": transcript.to_dict()} if transcript else {}
        print(json.dumps({**heard, **said, "expansions": [e.to_dict() for e in expansions], "mode": args.mode, "weak_match": weak,
                          "results": [r.to_dict() for r in results]}, ensure_ascii=False))
    else:
        if transcript is not None:
            sure = "given" if hint else f"p={transcript.language_probability:.2f}"
            print(f"heard: {printable(transcript.text)} ({transcript.language}, {sure}; {transcript.seconds:.1f} s to transcribe)")
        if correction and correction.corrected:
            print(f"showing results for: {printable(correction.corrected)} (search as typed: --correct off)")
        if correction and correction.suggestion:
            print(f"did you mean: {printable(correction.suggestion)}")
        if expansions:
            print(f"searched also: {printable(searched_also(expansions))} (--expand off: only as typed)")
        if weak:
            print(f"no good match: nothing scores {engine.ranker.weak_below:g}, which 98% of real queries' best results reach")
        print(format_table(results, explain=args.explain))
    print(f"load {(loaded - started) * 1000:.0f} ms (models, catalog, indexes), search {searched * 1000:.0f} ms", file=sys.stderr)


def format_table(results: list[SearchResult], width: int = 70, explain: bool = False) -> str:
    if not results:
        return "no results"
    lines = [f"{'rank':>4}  {'score':>7}  {'lang':4}  {'id':<18}  title"]
    for result in results:
        p = result.product
        lines.append(f"{result.rank:>4}  {result.score:>7.4f}  {p.lang:4}  {printable(p.id):<18}  {_clip(printable(p.title), width)}")
        if explain and result.contributions:
            reasons = ", ".join(f"{name} {value:+.3f}" for name, value in list(result.contributions.items())[:EXPLAINED])
            lines.append(f"{'':>4}  {'':>7}  why: {reasons}")
    return "\n".join(lines)


def printable(text: str) -> str:
    """Control characters shown as escapes: catalog text must not recolour, retitle or garble the user's terminal."""
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def _clip(text: str, width: int) -> str:
    """Cut to `width` terminal columns, counting East Asian wide characters as two."""
    used, out = 0, []
    for char in text:
        used += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used > width - 1:
            return "".join(out) + "…"
        out.append(char)
    return text


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    return run_cli(lambda: run_command(args), args.debug)


def run_command(args: argparse.Namespace) -> None:
    configure_threads()
    {"index": run_index, "search": run_search}[args.command](args)
