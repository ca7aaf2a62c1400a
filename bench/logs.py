"""`python -m bench logs`: a search log turned into judged training data (`mlmatch.train logs`) at growing
sizes, each in a new process: wall time and peak memory. The log is read a search at a time and never held,
so memory should stay about flat as the log grows.

    python -m bench logs                                  # 100,000 and 1,000,000 searches (~1.5 min on 2 cores)
    python -m bench logs --sizes 10000,100000 --out results/bench-logs.json

The log is the click simulator's (`eval.simulate_clicks --system bm25`: cascade shoppers over the benchmark's
train queries), written once at the largest size; each smaller log is its oldest searches.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from bench.report import show_and_write
from bench.startup import cold_process
from eval.datasets import REPOSITORY

FLOOR = "import mlmatch.train.logs"


def convert_code(log: Path, catalog: Path, out: Path) -> str:
    return ("from mlmatch.train.logs import LogDataConfig, log_to_beir\n"
            f"log_to_beir(LogDataConfig({str(log)!r}, {str(catalog)!r}, {str(out)!r}))")


def measure(sizes: list[int], folder: Path) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    largest, catalog = folder / f"log-{max(sizes)}.jsonl", folder / "catalog.jsonl"
    started = time.perf_counter()
    # In its own process: a child's peak memory counts its parent's at the fork, and the simulator holds the log.
    subprocess.run([sys.executable, "-m", "eval.simulate_clicks", "--out", str(largest), "--searches", str(max(sizes)),
                    "--system", "bm25", "--catalog-out", str(catalog)], cwd=REPOSITORY, env=env, check=True, stdout=subprocess.DEVNULL)
    written = time.perf_counter() - started
    floor_wall, floor_mb = cold_process(FLOOR, env)
    rows = []
    for size in sorted(sizes):
        log = largest if size == max(sizes) else folder / f"log-{size}.jsonl"
        if log != largest:
            with largest.open(encoding="utf-8") as source, log.open("w", encoding="utf-8") as target:
                target.writelines(islice(source, size))
        wall, peak = cold_process(convert_code(log, catalog, folder / f"beir-{size}"), env)
        rows.append({"searches": size, "log_mb": round(log.stat().st_size / 2**20, 1), "wall_s": round(wall, 1),
                     "peak_mb": round(peak, 1), "peak_over_import_mb": round(peak - floor_mb, 1)})
    return {"simulated_s": round(written, 1), "floor": {"code": FLOOR, "wall_s": round(floor_wall, 2), "peak_mb": round(floor_mb, 1)},
            "logs": rows}


def as_text(results: dict) -> str:
    floor = results["floor"]
    lines = [f"floor ({floor['code']}): {floor['wall_s']} s, {floor['peak_mb']} MB; simulating the log took {results['simulated_s']} s",
             f"{'searches':>10} {'log MB':>8} {'wall s':>7} {'peak MB':>8} {'over import':>12}"]
    lines += [f"{r['searches']:>10} {r['log_mb']:>8} {r['wall_s']:>7} {r['peak_mb']:>8} {r['peak_over_import_mb']:>12}" for r in results["logs"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench logs", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated numbers of searches")
    parser.add_argument("--out", type=Path, default=Path("results/bench-logs.json"))
    args = parser.parse_args(argv)
    try:
        sizes = [int(size) for size in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes: expected whole numbers, not {args.sizes!r}")
    if min(sizes) < 1:
        parser.error("--sizes must be at least 1")
    with tempfile.TemporaryDirectory() as folder:
        results = measure(sizes, Path(folder))
    show_and_write(as_text(results), results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
