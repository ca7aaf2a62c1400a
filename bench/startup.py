"""`python -m bench startup`: how long a search takes from a cold process, and how much memory it holds,
per runtime and mode, each as a ratio of the import floor measured in the same run; and how long the
demo takes from start to its first answered search.

    python -m bench startup                                    # 3 runs each after a warm-up, medians
    python -m bench startup --runtimes onnx-int8 --modes dense,ltr --runs 5 --no-demo

"Cold" is a new Python process with a warm cache: the models converted or exported, the catalog's
vectors embedded and its index built (the warm-up run does that). The floor is a process that imports
what a search needs at the least (`onnxruntime`, `tokenizers`, `faiss`, `numpy`) and nothing else.
Peak memory is each process's own maximum resident set (Linux's VmHWM), reported by the process itself.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import show_and_write
from eval.datasets import REPOSITORY
from mlmatch.models.runtime import RUNTIMES
from mlmatch.systems import MODES

CATALOG = REPOSITORY / "tests" / "data" / "catalog_small.jsonl"
QUERY = "phone"
FLOOR = "import onnxruntime, tokenizers, faiss, numpy"
MARK = "bench-startup-peak-kb"
# Runs `code` in this process and reports its peak resident memory on stderr, whatever the code's exit: Linux's
# VmHWM, the process's own (`ru_maxrss` starts from the parent's size at the fork: it read 290 MB for the floor).
REPORTING = ("import atexit, resource, sys\n"
             "def _peak_kb():\n"
             "    try:\n"
             "        return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
             "    except (OSError, StopIteration):\n"
             "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
             f"atexit.register(lambda: print('{MARK}', _peak_kb(), file=sys.stderr))\n")
DEMO_WAIT = 600  # seconds for the demo to answer its first search


def cold_process(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of `python -c code` in a new process; its failure is an error."""
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-c", REPORTING + code], cwd=REPOSITORY, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"the measured process failed ({child.returncode}): {child.stderr[-1000:]}")
    peak_kb = next(int(line.split()[1]) for line in reversed(child.stderr.splitlines()) if line.startswith(MARK))
    return wall, peak_kb / 1024


def search_code(runtime: str, mode: str, index: Path) -> str:
    argv = ["search", QUERY, "--catalog", str(CATALOG), "--index", str(index), "--runtime", runtime, "--mode", mode]
    return f"import sys\nfrom mlmatch.cli import main\nsys.exit(main({argv!r}))"


def medians(code: str, env: dict[str, str], runs: int) -> dict:
    """The median wall time and peak memory of `runs` cold processes, after one not counted."""
    cold_process(code, env)
    measured = [cold_process(code, env) for _ in range(runs)]
    return {"wall_s": round(statistics.median(m[0] for m in measured), 3), "peak_mb": round(statistics.median(m[1] for m in measured), 1)}


def demo_seconds(env: dict[str, str]) -> dict[str, float]:
    """Seconds from `python app.py` to its first answered search on the small catalog, with a warm cache:
    `bm25` beside `dense` (the issue's measure), then the page's default comparison (zero-shot beside the
    shipped default system), which needs more models loaded."""
    from gradio_client import Client

    from app import default_pair
    from showcase.state import offered_names

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    demo_env = {**env, "GRADIO_SERVER_PORT": str(port), "MLMATCH_DEMO_CATALOG": str(CATALOG), "GRADIO_ANALYTICS_ENABLED": "False"}
    pairs = {"bm25_dense_s": ("bm25", "dense"), "default_pair_s": default_pair(offered_names())}
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "app.py"], cwd=REPOSITORY, env=demo_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client, answered = None, {}
        while len(answered) < len(pairs) and time.perf_counter() - started < DEMO_WAIT:
            if server.poll() is not None:
                raise RuntimeError(f"app.py exited with {server.returncode}")
            name, (left, right) = next((name, pair) for name, pair in pairs.items() if name not in answered)
            try:
                client = client or Client(f"http://127.0.0.1:{port}/", verbose=False)
                tables = client.predict(QUERY, "auto", left, right, [], False, 5, api_name="/search")[2:4]
                if all(str(table["value"]["data"][0][0]) == "1" for table in tables):  # results, not "still loading" rows
                    answered[name] = round(time.perf_counter() - started, 1)
                    continue
            except Exception:  # noqa: BLE001 -- not up yet: ask again
                pass
            time.sleep(0.5)
        if len(answered) < len(pairs):
            raise RuntimeError(f"the demo answered no search in {DEMO_WAIT} s")
        return answered
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure(runtimes: list[str], modes: list[str], runs: int, demo: bool) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    floor = medians(FLOOR, env, runs)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for runtime in runtimes:
            for mode in modes:
                measured = medians(search_code(runtime, mode, Path(scratch) / f"index-{runtime}"), env, runs)
                rows.append({"runtime": runtime, "mode": mode, **measured,
                             "wall_x_floor": round(measured["wall_s"] / floor["wall_s"], 1),
                             "peak_x_floor": round(measured["peak_mb"] / floor["peak_mb"], 1)})
    return {"catalog": str(CATALOG.relative_to(REPOSITORY)), "query": QUERY, "runs": runs, "floor": {"code": FLOOR, **floor},
            "searches": rows, "demo_first_search_s": demo_medians(env, runs) if demo else None}


def demo_medians(env: dict[str, str], runs: int) -> dict[str, float]:
    """`demo_seconds`' medians over `runs` starts."""
    measured = [demo_seconds(env) for _ in range(runs)]
    return {name: statistics.median(m[name] for m in measured) for name in measured[0]}


def as_text(results: dict) -> str:
    floor = results["floor"]
    lines = [f"floor ({floor['code']}): {floor['wall_s']} s, {floor['peak_mb']} MB",
             f"{'runtime':<10} {'mode':<7} {'wall s':>7} {'x floor':>8} {'peak MB':>8} {'x floor':>8}"]
    lines += [f"{r['runtime']:<10} {r['mode']:<7} {r['wall_s']:>7} {r['wall_x_floor']:>8} {r['peak_mb']:>8} {r['peak_x_floor']:>8}"
              for r in results["searches"]]
    demo = results["demo_first_search_s"]
    if demo is not None:
        lines.append(f"demo: first answered search {demo['bm25_dense_s']} s after start (bm25 beside dense), "
                     f"{demo['default_pair_s']} s for its default comparison")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench startup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runtimes", default=",".join(RUNTIMES), help=f"comma-separated, from {', '.join(RUNTIMES)}")
    parser.add_argument("--modes", default="dense,ltr", help=f"comma-separated, from {', '.join(MODES)}")
    parser.add_argument("--runs", type=int, default=3, help="cold processes measured per row, after one warm-up, and demo starts (default 3)")
    parser.add_argument("--no-demo", action="store_true", help="leave out the demo's start-up")
    parser.add_argument("--out", type=Path, default=Path("results/bench-startup.json"))
    args = parser.parse_args(argv)
    runtimes, modes = args.runtimes.split(","), args.modes.split(",")
    unknown = [name for name in runtimes if name not in RUNTIMES] + [name for name in modes if name not in MODES]
    if unknown or args.runs < 1:
        parser.error(f"unknown runtime or mode: {', '.join(unknown)}" if unknown else "--runs must be at least 1")
    results = measure(runtimes, modes, args.runs, not args.no_demo)
    show_and_write(as_text(results), results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
