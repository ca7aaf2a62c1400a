"""`python -m eval.slices`: the systems of an `eval.run` output folder on a slice of its queries.

    python -m eval.slices results/bench-test --field kind --values ambiguity,false_friend,near_miss
    python -m eval.slices results/correct-on --versus results/correct-off --field kind --values typo --exclude

The slice is the queries whose `queries.jsonl` row has `FIELD` in `VALUES` (with `--exclude`: not in
them; the shipped benchmark tags every query with its intent's `kind`; the traps are `ambiguity`,
`false_friend` and `near_miss`, and `typo` marks the queries written misspelt). By default it reports
top-1 accuracy: ranx's precision@1 at the set's exact grade, pooled over every (pair, query) of the
run, with a paired test of each system against the first. With `--versus OTHER`, another run of the
same systems on the same data (e.g. with query correction off), it reports nDCG@10 per language pair
in both and the change: what a setting does to the queries it should leave alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ranx import Qrels, Run, compare, evaluate

from eval.datasets import REPOSITORY
from eval.report import run_path
from eval.results import ResultsError
from mlmatch.beir import Dataset, filled_run, load_beir, scorable_qrels
from mlmatch.errors import run_cli
from mlmatch.pairs import parse_pairs


def slice_accuracy(out: Path, field: str, values: set[str], exclude: bool = False) -> dict[str, dict[str, float]]:
    """System -> {"top1": accuracy, "p_value": against the first system, "n_queries": slice size}."""
    results, data, chosen = _load(out, field, values, exclude)
    qrels, runs = {}, {system: {} for system in results["systems"]}
    for pair in parse_pairs(",".join(results["pairs"]), data):
        judged = _judged(data, pair, chosen)
        ranked = _saved_runs(out, results["systems"], pair.name, judged)
        qrels.update({f"{pair.name}|{q}": grades for q, grades in judged.items()})
        for system, run in ranked.items():
            runs[system].update({f"{pair.name}|{q}": ranking for q, ranking in run.items()})
    metric = f"precision@1-l{data.exact_level}"
    report = compare(Qrels(qrels), [Run(filled_run(qrels, run), name=s) for s, run in runs.items()], [metric],
                     stat_test="student", make_comparable=True).to_dict()
    first = results["systems"][0]
    return {s: {"top1": float(report[s]["scores"][metric]), "n_queries": len(qrels),
                **({"p_value": float(report[s]["comparisons"][first][metric])} if s != first else {})} for s in runs}


def pair_changes(out: Path, versus: Path, field: str, values: set[str], exclude: bool = False,
                 metric: str = "ndcg@10") -> dict[str, dict[str, tuple[float, float, int]]]:
    """System -> pair -> (metric in `versus`, metric in `out`, queries) over the slice's queries of each pair."""
    results, data, chosen = _load(out, field, values, exclude)
    other = _read_results(versus)
    if (other["data"], other["split"]) != (results["data"], results["split"]):
        raise ResultsError(f"{versus} ran on {other['data']} {other['split']}, {out} on {results['data']} {results['split']}")
    systems = [s for s in results["systems"] if s in other["systems"]]
    changes: dict[str, dict[str, tuple[float, float, int]]] = {s: {} for s in systems}
    for pair in parse_pairs(",".join(p for p in results["pairs"] if p in other["pairs"]), data):
        judged = _judged(data, pair, chosen)
        if not judged:
            continue
        before, after = (_saved_runs(folder, systems, pair.name, judged) for folder in (versus, out))
        for system in systems:
            scores = [float(evaluate(Qrels(judged), Run(filled_run(judged, run[system])), metric)) for run in (before, after)]
            changes[system][pair.name] = (scores[0], scores[1], len(judged))
    return changes


def _read_results(out: Path) -> dict:
    try:
        return json.loads((out / "results.json").read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ResultsError(f"{out}: no readable results.json ({error})") from None


def _load(out: Path, field: str, values: set[str], exclude: bool) -> tuple[dict, Dataset, set[str]]:
    """The run's results.json, its data, and the ids of the slice's queries."""
    results = _read_results(out)
    root = Path(results["data"]) if Path(results["data"]).is_absolute() else REPOSITORY / results["data"]
    data = load_beir(root, results["split"])
    with (root / "queries.jsonl").open(encoding="utf-8") as lines:
        chosen = {row["_id"] for row in map(json.loads, lines) if (str(row.get(field)) in values) != exclude}
    if not chosen:
        raise ResultsError(f"no query of {root} has {field} {'outside' if exclude else 'in'} {', '.join(sorted(values))}")
    return results, data, chosen


def _judged(data: Dataset, pair, chosen: set[str]) -> dict:
    """One pair's judgments of the slice's queries."""
    return scorable_qrels(data, [q for q in pair.query_ids(data) if q in chosen], pair.doc_ids(data))


def _saved_runs(out: Path, systems: list[str], pair_name: str, judged: dict) -> dict[str, dict]:
    """Each system's saved run of one pair, for the judged queries."""
    runs = {}
    for system in systems:
        path = run_path(out, pair_name, system)
        ranked = Run.from_file(str(path), kind="trec").to_dict() if path.is_file() else {}
        runs[system] = {q: ranked.get(q, {}) for q in judged}
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.slices", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=Path, help="a folder written by `python -m eval.run --out`")
    parser.add_argument("--field", default="kind", help="a field of queries.jsonl")
    parser.add_argument("--values", default="ambiguity,false_friend,near_miss", help="comma list of its values")
    parser.add_argument("--exclude", action="store_true", help="the slice is the queries whose FIELD is not in VALUES")
    parser.add_argument("--versus", type=Path, help="another eval.run folder: nDCG@10 per pair in both, and the change")
    args = parser.parse_args(argv)
    values = {v.strip() for v in args.values.split(",") if v.strip()}

    def report() -> None:
        if args.versus is not None:
            for system, pairs in pair_changes(args.results, args.versus, args.field, values, args.exclude).items():
                print(f"{system}: nDCG@10 per pair, {args.versus} -> {args.results}")
                for pair, (before, after, count) in pairs.items():
                    print(f"  {pair:<8} {before:.4f} -> {after:.4f}  {after - before:+.4f}  ({count} queries)")
                worst = min(pairs, key=lambda p: pairs[p][1] - pairs[p][0], default=None)
                moved = sum(abs(after - before) >= 0.002 for before, after, _ in pairs.values())
                if worst is not None:
                    print(f"  worst: {worst} {pairs[worst][1] - pairs[worst][0]:+.4f}; pairs moved by 0.002 or more: {moved} of {len(pairs)}")
            return
        scores = slice_accuracy(args.results, args.field, values, args.exclude)
        print(f"{'system':<20} {'top-1':>6}  {'queries':>7}  p (vs first)")
        for system, entry in scores.items():
            p = f"{entry['p_value']:.3g}" if "p_value" in entry else ""
            print(f"{system:<20} {entry['top1']:>6.3f}  {entry['n_queries']:>7}  {p}")

    return run_cli(report)


if __name__ == "__main__":
    sys.exit(main())
