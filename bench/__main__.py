"""`python -m bench`: encoding throughput, then search at 10 k, 100 k and 1 M products: latency per
system one query at a time (bm25, dense flat / IVF / HNSW, hybrid, dense + rerank, ltr up to --ltr-max-size), index build time
and memory, approximate-index recall@10 against exact search, and the targets met or missed.

    python -m bench --quick                   # about a minute once the shipped catalog is embedded: 10 k only
    python -m bench --chart docs/bench-latency.png --markdown docs/bench.md   # the full run (~20 min, 2 cores)
    python -m bench ann                       # HNSW / IVF parameter sweep, see `python -m bench ann -h`
    python -m bench bm25                      # BM25 alone, see `python -m bench bm25 -h`
    python -m bench reranker                  # the reranker's top-20 latency per runtime (torch, ONNX, int8)
    python -m bench logs                      # a search log of 100 k and 1 M searches to judged training data
    python -m bench query                     # spelling correction and dictionary translation: build and per query
    python -m bench startup                   # a search from a cold process per runtime and mode, and the demo's start
    python -m bench voice                     # a 3 s spoken query to text (Whisper base), one pass and as search does it

The catalogs are synthetic (bench/catalogs.py, bench/vectors.py); the queries are the shipped benchmark's.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import sys
from pathlib import Path

from bench import ann, bm25, logs, query, reranker, startup, voice
from bench.catalogs import shipped_listings, shipped_queries
from bench.report import as_markdown, as_text, write_chart, write_json
from bench.run import FULL, QUICK, run, settings
from mlmatch.errors import BadArgument
from mlmatch.models import DEFAULT

SUBCOMMANDS = {"ann": ann.main, "bm25": bm25.main, "logs": logs.main, "query": query.main, "reranker": reranker.main, "startup": startup.main,
               "voice": voice.main}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=f"a short run: {QUICK}")
    parser.add_argument("--sizes", help=f"catalog sizes, comma-separated (full run: {FULL['sizes']})")
    parser.add_argument("--queries", type=int, help=f"queries timed per system and size (full run: {FULL['queries']})")
    parser.add_argument("--rerank-queries", type=int, help=f"of those, timed with the reranker (full run: {FULL['rerank_queries']})")
    parser.add_argument("--encode-texts", type=int, help=f"shipped titles encoded per throughput run (full run: {FULL['encode_texts']})")
    parser.add_argument("--repeats", type=int, help=f"raw / pipeline encoding runs, the fastest kept (full run: {FULL['repeats']})")
    parser.add_argument("--hnsw-max-size", type=int, default=100_000, help="build HNSW only up to this size (default 100000)")
    parser.add_argument("--model", default=DEFAULT, help="the bi-encoder (default: the shipped one)")
    parser.add_argument("--reranker", default=DEFAULT, help="the reranker (default: the shipped one)")
    parser.add_argument("--ranker", default=DEFAULT, help="the learned ranker of the ltr system (default: the shipped one)")
    parser.add_argument("--ltr-max-size", type=int, default=100_000, help="measure ltr up to this catalog size (default 100000)")
    parser.add_argument("--out", type=Path, default=Path("results/bench.json"), help="results as JSON (default results/bench.json)")
    parser.add_argument("--chart", type=Path, default=Path("results/bench-latency.png"), help="the latency chart (PNG)")
    parser.add_argument("--markdown", type=Path, default=Path("results/bench.md"), help="the table as a Markdown page")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        return SUBCOMMANDS[argv[0]](argv[1:])
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        chosen = settings(args, len(shipped_queries()), len(shipped_listings()))
    except BadArgument as error:
        parser.error(str(error))
    results = run(args, chosen)
    print(as_text(results))
    write_json(results, args.out)
    write_chart(results, args.chart)
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    command = shlex.join(["python", "-m", "bench", *argv])
    chart_link = os.path.relpath(args.chart, args.markdown.parent)
    args.markdown.write_text(as_markdown(results, chart_link, command), encoding="utf-8")
    print(f"\nwrote {args.out}, {args.markdown}, {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
