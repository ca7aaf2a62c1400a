"""`python -m bench ann`: HNSW and IVF parameters chosen by measurement.

    python -m bench ann --sizes 100000,1000000 --markdown docs/bench-ann.md

Every setting of a grid is built on the real embeddings of the shipped catalog, on a synthetic catalog
of the same size (so the table shows whether bench/vectors.py's vectors are as hard as real ones) and
on synthetic catalogs of `--sizes` (HNSW only up to `--hnsw-max-size`: its build takes minutes on a few
cores). Recall@10 is measured against exact search over every shipped query, search time one query at
a time. The chosen setting of a kind is the cheapest with recall@10 >= 0.95 on every catalog it was
built on: the least p50 search time on its largest catalog, and among settings within 10 % of that
time, the quickest build there. The chosen settings are mlmatch.index.dense's defaults.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from bench.catalogs import shipped_queries, synthetic_catalog
from bench.recall import recall_at_k
from bench.storage import as_markdown as storage_markdown
from bench.storage import storage_rows
from bench.timing import percentiles, timed
from bench.vectors import cached_query_vectors, cached_synthetic_vectors, shipped_vectors, synthetic_vectors
from mlmatch.index.dense import DenseIndex, HNSWParams, IVFParams
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.threads import configure_threads

K = 10
RECALL = 0.95
TIE = 0.10  # search times within 10 % of the fastest count as equal; the quicker build wins
HNSW_GRID = {"builds": [{"m": m, "ef_construction": ef} for m in (8, 16, 32) for ef in (40, 80)], "search": [16, 32, 64, 128]}
IVF_GRID = {"builds": [{"nlist": nlist} for nlist in (256, 1024)], "search": [4, 8, 16, 32, 64]}


@dataclass(frozen=True)
class VectorSet:
    name: str
    vectors: np.ndarray
    exact: np.ndarray  # exact top-K rows per query


def sweep(sets: list[VectorSet], queries: np.ndarray, timed_rows: np.ndarray, hnsw_max_size: int) -> list[dict]:
    """One row per (kind, build, search) setting: recall over all `queries` (those the sets' exact top-K
    answer), search time over the `timed_rows` of them, and build time, on each set."""
    rows = []
    for kind, grid in (("hnsw", HNSW_GRID), ("ivf", IVF_GRID)):
        for build in grid["builds"]:
            by_search: dict[int, dict] = {value: {"kind": kind, "build": build, "search": value, "sets": {}} for value in grid["search"]}
            for vector_set in sets:
                if kind == "hnsw" and len(vector_set.vectors) > hnsw_max_size:
                    continue
                index, build_s = _built(kind, build, vector_set.vectors)
                print(f"bench ann: {kind} {build} on {vector_set.name}: built in {build_s:.1f} s", file=sys.stderr, flush=True)
                for value, row in by_search.items():
                    searching = _with_search(index, value)
                    found = searching.search(queries, K)[1]
                    times = [timed(searching.search, queries[i : i + 1], K) for i in timed_rows]
                    meta = searching.meta
                    row["sets"][vector_set.name] = {"size": len(vector_set.vectors), "recall_at_10": recall_at_k(vector_set.exact, found),
                                                    "build_s": build_s, "as_built": asdict(meta.hnsw or meta.ivf), **percentiles(times)}
            rows += by_search.values()
    return rows


def choose(rows: list[dict], kind: str) -> dict | None:
    """The cheapest row of `kind` that reaches RECALL on every set it was measured on (see the module docstring)."""
    rows = [row for row in rows if row["kind"] == kind]
    largest = max((s for row in rows for s in row["sets"]), key=lambda name: rows[0]["sets"][name]["size"])
    good = [row for row in rows if all(s["recall_at_10"] >= RECALL for s in row["sets"].values())]
    if not good:
        return None
    fastest = min(row["sets"][largest]["p50_ms"] for row in good)
    ties = [row for row in good if row["sets"][largest]["p50_ms"] <= fastest * (1 + TIE)]
    return min(ties, key=lambda row: (row["sets"][largest]["build_s"], row["sets"][largest]["p50_ms"]))


def as_markdown(rows: list[dict], chosen: dict[str, dict | None], command: str, queries: int, timed_queries: int) -> str:
    lines = ["# Approximate dense index parameters, chosen by measurement", "", f"`{command}`", "",
             f"Recall@10 against exact search over {queries} shipped queries (bold: ≥ {RECALL}); search time (p50, ms) one query "
             f"at a time over {timed_queries} of them, index search alone; build time in s. Chosen: the cheapest setting with recall@10 ≥ {RECALL} "
             f"on every catalog (least p50 search time on the largest catalog, ties within {TIE:.0%} broken by the quicker build). "
             "Synthetic catalogs: bench/catalogs.py and bench/vectors.py.", ""]
    for kind, params in (("hnsw", ("M", "efConstruction", "efSearch")), ("ivf", ("nlist", "nprobe"))):
        kind_rows = [row for row in rows if row["kind"] == kind]
        names = list(kind_rows[0]["sets"])
        headers = [*params, *names, "chosen"]
        lines += [f"## {kind.upper()}: recall@10 / p50 search ms / build s", "", "| " + " | ".join(headers) + " |",
                  "|" + "---|" * len(headers)]
        for row in kind_rows:
            cells = [*(str(value) for value in row["build"].values()), str(row["search"])]
            if kind == "ivf":  # a small catalog gets fewer cells than asked for
                cells[0] += " (built: " + ", ".join(str(row["sets"][name]["as_built"]["nlist"]) for name in names) + ")"
            cells += [_cell(row["sets"][name]) for name in names]
            cells.append("**chosen**" if row is chosen[kind] else "")
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _cell(measured: dict) -> str:
    recall = f"{measured['recall_at_10']:.3f}"
    recall = f"**{recall}**" if measured["recall_at_10"] >= RECALL else recall
    return f"{recall} / {measured['p50_ms']:.3f} / {measured['build_s']:.1f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench ann", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000", help="synthetic catalog sizes besides the shipped size (default 100000)")
    parser.add_argument("--hnsw-max-size", type=int, default=100_000, help="build HNSW only up to this size (default 100000)")
    parser.add_argument("--timed-queries", type=int, default=200, help="queries timed one at a time per setting (default 200)")
    parser.add_argument("--model", default=DEFAULT, help="the bi-encoder (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=Path("results/bench-ann.json"))
    parser.add_argument("--markdown", type=Path, default=Path("results/bench-ann.md"))
    args = parser.parse_args(argv)
    queries_text = shipped_queries()
    if not 1 <= args.timed_queries <= len(queries_text):
        parser.error(f"--timed-queries must be between 1 and {len(queries_text)}")
    sizes = sorted(int(size) for size in args.sizes.split(","))
    configure_threads(1)
    encoder = load_bi_encoder(args.model, "cpu")
    real = shipped_vectors(encoder)
    queries = cached_query_vectors(encoder, queries_text)
    timed_rows = np.array(random.Random(0).sample(range(len(queries)), k=args.timed_queries))
    sets = [_vector_set(f"shipped {len(real):,} (real)", real, queries),
            _vector_set(f"synthetic {len(real):,}", synthetic_vectors(real, synthetic_catalog(len(real))), queries)]
    sets += [_vector_set(f"synthetic {size:,}", cached_synthetic_vectors(real, synthetic_catalog(size)), queries) for size in sizes]
    started = time.perf_counter()
    rows = sweep(sets, queries, timed_rows, args.hnsw_max_size)
    chosen = {kind: choose(rows, kind) for kind in ("hnsw", "ivf")}
    command = shlex.join(["python", "-m", "bench", "ann", *argv])
    markdown = as_markdown(rows, chosen, command, len(queries), args.timed_queries)
    storage = []
    if chosen["ivf"] is not None:
        params = IVFParams(chosen["ivf"]["build"]["nlist"], chosen["ivf"]["search"])
        for vector_set in (sets[0], sets[-1]):
            storage += storage_rows(vector_set.name, vector_set.vectors, vector_set.exact, queries, timed_rows, params)
        markdown += "\n" + "\n".join(storage_markdown(storage))
    print(markdown)
    for kind, row in chosen.items():
        print(f"chosen {kind}:", f"{row['build']}, search {row['search']}" if row else f"none reached recall@10 {RECALL}")
    print(f"sweep took {time.perf_counter() - started:.0f} s")
    for path, text in ((args.out, json.dumps({"rows": rows, "chosen": chosen, "storage": storage}, indent=1)), (args.markdown, markdown)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    return 0


def _vector_set(name: str, vectors: np.ndarray, queries: np.ndarray) -> VectorSet:
    return VectorSet(name, vectors, DenseIndex.build(vectors, "sweep", name, "flat").search(queries, K)[1])


def _built(kind: str, build: dict, vectors: np.ndarray) -> tuple[DenseIndex, float]:
    params = HNSWParams(**build) if kind == "hnsw" else IVFParams(**build, nprobe=1)
    started = time.perf_counter()
    index = DenseIndex.build(vectors, "sweep", "sweep", kind, params)
    return index, time.perf_counter() - started


def _with_search(index: DenseIndex, value: int) -> DenseIndex:
    """The same built index searched with efSearch / nprobe = `value` (nprobe at most the cells it has)."""
    meta = index.meta
    if meta.kind == "hnsw":
        return DenseIndex(index.index, replace(meta, hnsw=replace(meta.hnsw, ef_search=value)))
    return DenseIndex(index.index, replace(meta, ivf=replace(meta.ivf, nprobe=min(value, meta.ivf.nlist))))


