"""`python -m eval.no_match`: when to say "no good match", chosen on dev and reported on test.

    python -m eval.no_match            # choose on dev, report on test
    python -m eval.no_match --write    # and record the level in the ranker's manifest

A search always returns its best products, even for a query the catalog has nothing for ("zzqxj",
"diamond engagement ring" in a shop of phones and kettles); the demo and the CLI should say so. Real
queries (the benchmark's: each has products in the demo catalog) and queries with none there
(`data/no_match`: products it does not sell, gibberish, questions) are searched in the demo catalog
with `ltr`. The level is the best score under which no more than `FALSE_ALARMS` of the real dev
queries fall; the test split reports what share of real queries it flags and of no-match ones it
catches, per kind. The level belongs to one ranker on one kind of catalog: choose it again after
retraining (`--ranker`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from eval.datasets import BENCHMARK, NO_MATCH, SHIPPED_CATALOG
from mlmatch.atomic import atomic_file
from mlmatch.beir import load_beir
from mlmatch.catalog import load_catalog
from mlmatch.errors import run_cli
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.artifacts import MANIFEST
from mlmatch.rank.ltr import SHIPPED_RANKER
from mlmatch.rank.stage import load_ranking_models
from mlmatch.search import SearchEngine

FALSE_ALARMS = 0.02  # real queries a level may call "no good match", on dev


def best_scores(engine: SearchEngine, queries: list[str]) -> np.ndarray:
    """The learned ranker's score of each query's first result (as the CLI and the demo search)."""
    results = engine.search_batch(queries, mode="ltr", k=1, expand=True)
    return np.array([hits[0].score if hits else -np.inf for hits in results])


def measure(engine: SearchEngine, benchmark: Path, no_match: Path) -> dict:
    rows = [json.loads(line) for line in (no_match / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = {}
    for split in ("dev", "test"):
        real = load_beir(benchmark, split)
        scores[split] = {"real": best_scores(engine, [q.text for q in real.queries.values()])}
        for kind in sorted({row["kind"] for row in rows}):
            scores[split][kind] = best_scores(engine, [row["text"] for row in rows if row["split"] == split and row["kind"] == kind])
    level = float(np.quantile(scores["dev"]["real"], FALSE_ALARMS, method="lower"))
    flagged = {split: {kind: float(np.mean(values < level)) for kind, values in by_kind.items()} for split, by_kind in scores.items()}
    counts = {split: {kind: len(values) for kind, values in by_kind.items()} for split, by_kind in scores.items()}
    return {"level": level, "flagged": flagged, "queries": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.no_match", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ranker", type=Path, default=SHIPPED_RANKER, help="the ranker folder (default: the shipped one)")
    parser.add_argument("--catalog", type=Path, default=SHIPPED_CATALOG, help="the catalog searched")
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK, help="real queries (BEIR, dev and test)")
    parser.add_argument("--no-match", type=Path, default=NO_MATCH, help="queries without a match")
    parser.add_argument("--write", action="store_true", help="record the level in the ranker's manifest")
    args = parser.parse_args(argv)

    def run() -> None:
        engine = SearchEngine.open(load_catalog(args.catalog), load_bi_encoder(DEFAULT, device="cpu"),
                                   ranking=load_ranking_models(str(args.ranker)))
        report = measure(engine, args.benchmark, args.no_match)
        print(f"level: best ltr score under {report['level']:.3f} = no good match "
              f"(at most {FALSE_ALARMS:.0%} of the real dev queries fall under it)")
        print(f"{'split':6} {'queries':14} {'n':>5}  flagged")
        for split, by_kind in report["flagged"].items():
            for kind, share in by_kind.items():
                print(f"{split:6} {kind:14} {report['queries'][split][kind]:5}  {share:6.1%}")
        if args.write:
            manifest_path = args.ranker / MANIFEST
            manifest = json.loads(manifest_path.read_text())
            manifest["weak_match_below"] = round(report["level"], 3)
            with atomic_file(manifest_path) as scratch:
                scratch.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
            print(f"wrote weak_match_below = {manifest['weak_match_below']} to {manifest_path}")

    return run_cli(run)


if __name__ == "__main__":
    sys.exit(main())
