"""`python -m eval.slices`: top-1 accuracy of each system on a slice of the queries, from an `eval.run` output folder.

    python -m eval.slices results/bench-test --field kind --values ambiguity,false_friend,near_miss

The slice is the queries whose `queries.jsonl` row has `FIELD` in `VALUES` (the shipped benchmark tags
every query with its intent's `kind`; the traps are `ambiguity`, `false_friend` and `near_miss`). Top-1
accuracy is ranx's precision@1 at the set's exact grade, pooled over every (pair, query) of the run,
with a paired test of each system against the first.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ranx import Qrels, Run, compare

from eval.datasets import REPOSITORY
from eval.report import run_path
from eval.results import ResultsError
from mlmatch.beir import filled_run, load_beir, scorable_qrels
from mlmatch.errors import run_cli
from mlmatch.pairs import parse_pairs


def slice_accuracy(out: Path, field: str, values: set[str]) -> dict[str, dict[str, float]]:
    """System -> {"top1": accuracy, "p_value": against the first system, "n_queries": slice size}."""
    try:
        results = json.loads((out / "results.json").read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ResultsError(f"{out}: no readable results.json ({error})") from None
    root = Path(results["data"]) if Path(results["data"]).is_absolute() else REPOSITORY / results["data"]
    data = load_beir(root, results["split"])
    with (root / "queries.jsonl").open(encoding="utf-8") as lines:
        chosen = {row["_id"] for row in map(json.loads, lines) if str(row.get(field)) in values}
    if not chosen:
        raise ResultsError(f"no query of {root} has {field} in {', '.join(sorted(values))}")
    qrels, runs = {}, {system: {} for system in results["systems"]}
    for pair in parse_pairs(",".join(results["pairs"]), data):
        judged = scorable_qrels(data, [q for q in pair.query_ids(data) if q in chosen], pair.doc_ids(data))
        qrels.update({f"{pair.name}|{q}": grades for q, grades in judged.items()})
        for system in results["systems"]:
            path = run_path(out, pair.name, system)
            ranked = Run.from_file(str(path), kind="trec").to_dict() if path.is_file() else {}
            runs[system].update({f"{pair.name}|{q}": ranked.get(q, {}) for q in judged})
    metric = f"precision@1-l{data.exact_level}"
    report = compare(Qrels(qrels), [Run(filled_run(qrels, run), name=s) for s, run in runs.items()], [metric],
                     stat_test="student", make_comparable=True).to_dict()
    first = results["systems"][0]
    return {s: {"top1": float(report[s]["scores"][metric]), "n_queries": len(qrels),
                **({"p_value": float(report[s]["comparisons"][first][metric])} if s != first else {})} for s in runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.slices", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=Path, help="a folder written by `python -m eval.run --out`")
    parser.add_argument("--field", default="kind", help="a field of queries.jsonl")
    parser.add_argument("--values", default="ambiguity,false_friend,near_miss", help="comma list of its values")
    args = parser.parse_args(argv)

    def report() -> None:
        scores = slice_accuracy(args.results, args.field, {v.strip() for v in args.values.split(",") if v.strip()})
        print(f"{'system':<20} {'top-1':>6}  {'queries':>7}  p (vs first)")
        for system, entry in scores.items():
            p = f"{entry['p_value']:.3g}" if "p_value" in entry else ""
            print(f"{system:<20} {entry['top1']:>6.3f}  {entry['n_queries']:>7}  {p}")

    return run_cli(report)


if __name__ == "__main__":
    sys.exit(main())
