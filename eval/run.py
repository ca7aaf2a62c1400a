"""`python -m eval.run`: per-language-pair retrieval quality of every system, with significance.

    python -m eval.run --pairs zh-en,en-de
    python -m eval.run --pairs all --systems bm25,dense,hybrid --data DIR --split test --out results/
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from datetime import datetime
from pathlib import Path

from eval.datasets import BENCHMARK, REPOSITORY
from eval.metrics import METRICS, evaluate, own_language_share, relevant_own_language_share
from eval.report import console_table, write_outputs
from eval.systems import engine_for, needs_encoder, needs_ranker, needs_reranker, parse_systems, rank
from mlmatch.beir import DataError, Dataset, as_catalog, load_beir, scorable_qrels
from mlmatch.cli import add_backend_options, add_runtime_options
from mlmatch.errors import run_cli
from mlmatch.index.milvus_connection import MilvusTarget, backend_target
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.artifacts import SHIPPED_RERANKER, read_manifest
from mlmatch.models.reranker import load_reranker
from mlmatch.pairs import Pair, parse_pairs
from mlmatch.query.correction import MODES as CORRECTION_MODES
from mlmatch.query.translation import QueryTranslator
from mlmatch.rank.ltr import SHIPPED_RANKER
from mlmatch.rank.stage import load_ranking_models
from mlmatch.search import RERANK_DEPTH, SearchEngine
from mlmatch.systems import SystemSpec, known_names
from mlmatch.threads import configure_threads


def default_systems() -> list[str]:
    shipped = {"+rerank": read_manifest(SHIPPED_RERANKER), "ltr": read_manifest(SHIPPED_RANKER)}
    return [s for s in known_names() if all(value or not s.endswith(suffix) for suffix, value in shipped.items())]


def shown_path(name: str | Path) -> str:
    """A data set or model as results may show it: relative to the working directory (or the
    repository) when inside it, else its own name; never the machine's absolute path."""
    path = Path(name)
    if not path.is_absolute():
        return str(name)
    for root in (Path.cwd(), REPOSITORY):
        if path.resolve().is_relative_to(root.resolve()):
            return str(path.resolve().relative_to(root.resolve()))
    return path.name


def recorded_command(argv: list[str]) -> str:
    """The command line that produced a result, as results record it: `--out` left out (it names a
    folder on this machine and does not change a number)."""
    kept, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--out":
            skip = True
        elif not arg.startswith("--out="):
            kept.append(arg)
    return shlex.join(["python", "-m", "eval.run", *kept])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m eval.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", default="all", help="e.g. zh-en,en-de | all | en-en | zh-mixed | zh-* | *-*")
    parser.add_argument("--systems", default=",".join(default_systems()),
                        help=f"comma list of {', '.join(known_names())}, a dense one optionally @MODEL (e.g. dense@packaged); "
                             "the first is the baseline (default: all whose models ship)")
    parser.add_argument("--model", default=DEFAULT, help="bi-encoder: default (shipped fine-tuned, else packaged), packaged (zero-shot), a folder or hub id")
    parser.add_argument("--reranker", default=DEFAULT, help="cross-encoder for the +rerank systems: default (shipped), a folder or hub id")
    parser.add_argument("--ranker", default=DEFAULT, help="learned ranker for the ltr system: default (shipped) or a folder")
    parser.add_argument("--data", type=Path, default=BENCHMARK, help="BEIR directory with `lang` fields (default: the shipped benchmark)")
    parser.add_argument("--split", default="test")
    parser.add_argument("--rerank-depth", type=int, default=RERANK_DEPTH, help="results the cross-encoder re-scores (+rerank systems)")
    parser.add_argument("--limit", type=int, help="at most N queries per pair (a quick run)")
    parser.add_argument("--out", type=Path, help="output folder (default: results/<timestamp>/)")
    parser.add_argument("--correct", choices=CORRECTION_MODES, default="off",
                        help="correct the queries' spelling from the corpus' own words before every system searches (off: as typed)")
    parser.add_argument("--expand", choices=("on", "off"), default="on",
                        help="dictionary translation of the queries, as the CLI does by default: bm25 searches them beside "
                             "the query, ltr ranks the listings they match (off: as typed)")
    parser.add_argument("--stat-test", choices=("student", "fisher", "tukey"), default="student")
    add_runtime_options(parser, query_runtime=True)
    add_backend_options(parser, collection=False)  # each pair's corpus gets its own collection
    return parser


def evaluate_pair(pair: Pair, data: Dataset, systems: list[SystemSpec], encoders: dict, reranker, limit: int | None, stat_test: str,
                  rerank_depth: int = RERANK_DEPTH, milvus: MilvusTarget | None = None, ranking=None,
                  corrections: dict[str, str] | None = None, translator: QueryTranslator | None = None,
                  query_encoders: dict | None = None) -> tuple[dict, dict, dict]:
    """Metrics per system for one pair, the runs they came from, and the qrels they were judged by; with
    `milvus`, the dense indexes live there."""
    doc_ids = pair.doc_ids(data)
    if not doc_ids:
        raise DataError(f"pair {pair.name}: no documents")
    level = data.exact_level
    qrels = scorable_qrels(data, pair.query_ids(data), doc_ids)
    if not qrels:
        raise DataError(f"pair {pair.name}: no queries with a relevant document among this pair's documents")
    query_ids = sorted(qrels)[:limit] if limit else sorted(qrels)
    qrels = {qid: qrels[qid] for qid in query_ids}
    texts = [(corrections or {}).get(qid, data.queries[qid].text) for qid in query_ids]

    documents = [data.corpus[d] for d in doc_ids]
    engines = {model: engine_for(documents, encoder, reranker, milvus, ranking, translator, (query_encoders or {}).get(model))
               for model, encoder in encoders.items()}
    rankings = {s.name: rank(engines[s.model if s.mode != "bm25" else next(iter(engines))], s, query_ids, texts, rerank_depth,
                             translator is not None) for s in systems}
    comparison = evaluate(qrels, {s: r.runs for s, r in rankings.items()}, level, stat_test)

    query_lang = {qid: data.queries[qid].lang for qid in query_ids}
    doc_lang = {d: data.corpus[d].lang for d in doc_ids}
    relevant_share = relevant_own_language_share(qrels, query_lang, doc_lang, level)
    metrics = {}
    for system, ranking in rankings.items():
        entry = {**comparison.scores[system], "n_queries": len(query_ids), "qps": len(query_ids) / max(ranking.seconds, 1e-9)}
        if system in comparison.p_values:
            entry["p_value"] = comparison.p_values[system]
        if pair.multilingual_docs:
            entry["language_bias"] = {"top10_own_language": own_language_share(ranking.runs, query_lang, doc_lang),
                                      "relevant_own_language": relevant_share}
        metrics[system] = entry
    return metrics, {s: r.runs for s, r in rankings.items()}, qrels


def macro_average(pairs: dict[str, dict], runs: dict[str, dict], qrels: dict[str, dict], systems: list[str],
                  exact_level: int, stat_test: str) -> dict:
    """Mean over pairs; its significance pools every (pair, query) as one paired observation."""
    macro = {}
    for system in systems:
        values = [pairs[p][system] for p in pairs]
        macro[system] = {key: sum(v[key] for v in values) / len(values) for key in METRICS}
        macro[system]["n_queries"] = sum(v["n_queries"] for v in values)
        macro[system]["qps"] = sum(v["qps"] for v in values) / len(values)
    if len(systems) > 1:
        pooled_qrels = {f"{p}|{q}": judged for p in pairs for q, judged in qrels[p].items()}
        pooled_runs = {s: {f"{p}|{q}": docs for p in pairs for q, docs in runs[p][s].items()} for s in systems}
        for system, p_values in evaluate(pooled_qrels, pooled_runs, exact_level, stat_test).p_values.items():
            macro[system]["p_value"] = p_values
    return macro


def macro_by_kind(pairs: list[Pair], per_pair: dict[str, dict], runs: dict[str, dict], qrels: dict[str, dict],
                  systems: list[str], exact_level: int, stat_test: str) -> dict[str, dict]:
    """Macro averages of the monolingual and the cross-lingual pairs apart, when a run has both kinds:
    a model must not win the overall average by losing one kind of search. Pairs against several document
    languages (`zh-mixed`, `zh-*`) count in the overall macro only."""
    kinds = {"monolingual": [p.name for p in pairs if p.monolingual],
             "cross-lingual": [p.name for p in pairs if not p.monolingual and not p.multilingual_docs]}
    if not all(kinds.values()):
        return {}
    return {kind: macro_average({p: per_pair[p] for p in names}, runs, qrels, systems, exact_level, stat_test)
            for kind, names in kinds.items()}


def corrected_queries(data: Dataset, corpus: SearchEngine, mode: str) -> dict[str, str]:
    """Query id -> the text searched instead, for the queries correction rewrites."""
    if mode == "off":
        return {}
    fixed = {qid: corpus.corrector.correct(query.text, mode).corrected for qid, query in data.queries.items()}
    return {qid: text for qid, text in fixed.items() if text}


def corpus_translator(corpus: SearchEngine, expand: str) -> QueryTranslator | None:
    """Dictionary translation into the whole corpus' words, shared by every pair's engine."""
    if expand == "off":
        return None
    if corpus.translator is None:
        raise DataError("--expand on: no bilingual dictionary is installed (see docs/query.md)")
    return corpus.translator


def run(args: argparse.Namespace, command: str | None = None) -> dict:
    """Evaluate, print and write everything; `command` (the command line) is recorded with the results."""
    configure_threads()
    systems = parse_systems([s.strip() for s in args.systems.split(",") if s.strip()])
    if args.rerank_depth < 1:
        raise DataError("--rerank-depth must be at least 1")
    if args.limit is not None and args.limit < 1:
        raise DataError("--limit must be at least 1")
    if not args.data.is_dir():
        raise DataError(f"{args.data}: no such data directory")
    data = load_beir(args.data, args.split)
    pairs = parse_pairs(args.pairs, data)
    encoder = load_bi_encoder(args.model, args.device, runtime=args.runtime) if needs_encoder(systems) else None
    encoders = {None: encoder, **{s.model: load_bi_encoder(s.model, args.device, runtime=args.runtime) for s in systems if s.model}}
    query_encoders = ({model: load_bi_encoder(model or args.model, args.device, runtime=args.query_runtime) for model in encoders}
                      if args.query_runtime and encoder is not None else {})
    reranker_runtime = args.reranker_runtime or args.runtime
    reranker = load_reranker(args.reranker, args.device, runtime=reranker_runtime) if needs_reranker(systems) else None
    ranking = load_ranking_models(args.ranker) if needs_ranker(systems) else None
    milvus = backend_target(args.backend, args.milvus_uri, args.milvus_token)
    # BM25 over the whole corpus: its corrector and translator know every word, as they would a whole catalog's
    corpus = SearchEngine.build(as_catalog(list(data.corpus.values())))
    corrections = corrected_queries(data, corpus, args.correct)
    translator = corpus_translator(corpus, args.expand)
    names = [s.name for s in systems]

    per_pair, runs, qrels = {}, {}, {}
    for pair in pairs:
        print(f"[{pair.name}] evaluating {', '.join(names)}", file=sys.stderr)
        per_pair[pair.name], runs[pair.name], qrels[pair.name] = evaluate_pair(
            pair, data, systems, encoders, reranker, args.limit, args.stat_test, args.rerank_depth, milvus, ranking, corrections, translator,
            query_encoders)
    results = {
        "command": command, "data": shown_path(args.data), "split": args.split, "systems": names,
        "model": shown_path(encoder.name) if encoder else None, "reranker": shown_path(reranker.name) if reranker else None,
        "ranker": shown_path(ranking.ranker.name) if ranking else None,
        "runtime": args.runtime, "query_runtime": args.query_runtime, "reranker_runtime": reranker_runtime if reranker else None,
        "correct": args.correct, "corrected_queries": len(corrections), "expand": args.expand,
        "exact_level": data.exact_level, "rerank_depth": args.rerank_depth if reranker else None, "stat_test": args.stat_test,
        "limit": args.limit,
        "pairs": per_pair, "macro": macro_average(per_pair, runs, qrels, names, data.exact_level, args.stat_test),
        "macro_by_kind": macro_by_kind(pairs, per_pair, runs, qrels, names, data.exact_level, args.stat_test),
    }
    out = args.out or Path("results") / datetime.now().strftime("%Y%m%d-%H%M%S")
    print(console_table(results))
    write_outputs(results, runs, out)
    print(f"\nwrote {out}/results.json, results.md, results.csv, ndcg.png and runs/*.trec")
    return results


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    return run_cli(lambda: run(args, recorded_command(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    sys.exit(main())
