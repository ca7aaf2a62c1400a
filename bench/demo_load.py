"""`python -m bench.demo_load`: search latency of a running demo, for 1 and for N concurrent users.

    python app.py &                       # wait for "ready" in its log
    python -m bench.demo_load --users 1,8 --searches 25

Each user sends its searches one after another through the app's `search` endpoint (the two ranked
lists; the figures are drawn after them and are not timed). Only a server on this machine is accepted:
this is a measurement, not a load generator for other people's servers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

from bench.timing import percentiles

QUERIES = ["苹果15手机壳", "Beamer 4K", "パーカー メンズ", "ratón inalámbrico", "casque sans fil", "新鲜苹果",
           "iPhone 14 Hülle", "wireless earbuds", "保温杯", "Bügeleisen", "yoga mat", "Kaffeemaschine"]
LOCAL = {"127.0.0.1", "localhost", "::1"}
MAX_SEARCHES = 200  # per user: a bounded run


def one_user(url: str, searches: int, offset: int) -> list[float]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    seconds = []
    for i in range(searches):
        query = QUERIES[(offset + i) % len(QUERIES)]
        started = time.perf_counter()
        client.predict(query, "auto", "dense@packaged", "dense", [], False, 10, api_name="/search")
        seconds.append(time.perf_counter() - started)
    return seconds


def measure(url: str, users: int, searches: int) -> dict:
    one_user(url, 2, 0)  # warm-up: the first search of a process loads what it needs
    with ThreadPoolExecutor(users) as pool:
        per_user = list(pool.map(lambda u: one_user(url, searches, u * 3), range(users)))
    seconds = [s for user in per_user for s in user]
    return {"users": users, "searches": len(seconds), **percentiles(seconds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.demo_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", default="1,8", help="concurrent users, one measurement each")
    parser.add_argument("--searches", type=int, default=25, help=f"searches per user (at most {MAX_SEARCHES})")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    if urlparse(args.url).hostname not in LOCAL:
        print(f"error: {args.url} is not this machine; only 127.0.0.1 / localhost are measured", file=sys.stderr)
        return 2
    if not 1 <= args.searches <= MAX_SEARCHES:
        print(f"error: --searches must be between 1 and {MAX_SEARCHES}", file=sys.stderr)
        return 2
    rows = [measure(args.url, int(users), args.searches) for users in args.users.split(",")]
    print("users  searches  p50 ms  p95 ms  max ms")
    for row in rows:
        print(f"{row['users']:<5}  {row['searches']:<8}  {row['p50_ms']:6.0f}  {row['p95_ms']:6.0f}  {row['max_ms']:6.0f}")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
