"""Metrics and significance from ranx; the language-bias figure for multilingual corpora."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ranx import Qrels, Run, compare

from mlmatch.beir import filled_run

METRICS = ("ndcg@10", "mrr@10", "recall@10", "recall@100", "map@100")  # our keys, in report order


def metric_names(exact_level: int) -> dict[str, str]:
    """Our metric keys -> ranx metric strings. nDCG uses the grades; the rest count grade >= exact_level."""
    return {key: key if key.startswith("ndcg") else f"{key}-l{exact_level}" for key in METRICS}


@dataclass(frozen=True)
class Evaluation:
    """Every system's metrics on the same queries, and each one's paired p-values against the first."""

    scores: dict[str, dict[str, float]]  # system -> metric -> value
    p_values: dict[str, dict[str, float | None]]  # system -> metric -> p against the first system


def evaluate(qrels: dict[str, dict[str, int]], runs: dict[str, dict[str, dict[str, float]]], exact_level: int,
             stat_test: str = "student") -> Evaluation:
    """All systems on the same queries, with a paired test of each against the first system."""
    names = metric_names(exact_level)
    ranx_runs = [Run(filled_run(qrels, run), name=system) for system, run in runs.items()]
    report = compare(Qrels(qrels), ranx_runs, list(names.values()), stat_test=stat_test, max_p=0.05,
                     rounding_digits=6, make_comparable=True).to_dict()
    first = next(iter(runs))
    scores = {s: {key: float(report[s]["scores"][metric]) for key, metric in names.items()} for s in runs}
    p_values = {
        s: {key: _p(report[s]["comparisons"][first][metric]) for key, metric in names.items()}
        for s in runs if s != first
    }
    return Evaluation(scores, p_values)


def _p(value: float) -> float | None:
    """None where the test is undefined (both systems score every query the same)."""
    return None if math.isnan(value) else float(value)


def own_language_share(run: dict[str, dict[str, float]], query_lang: dict[str, str], doc_lang: dict[str, str], k: int = 10) -> float:
    """Mean share of each query's top-k written in the query's own language."""
    shares = []
    for qid, docs in run.items():
        top = sorted(docs.items(), key=lambda item: -item[1])[:k]
        if top:
            shares.append(sum(doc_lang[d] == query_lang[qid] for d, _ in top) / len(top))
    return sum(shares) / len(shares) if shares else 0.0


def relevant_own_language_share(qrels: dict[str, dict[str, int]], query_lang: dict[str, str], doc_lang: dict[str, str],
                                exact_level: int) -> float:
    """The same share among the relevant documents: what an unbiased system would show."""
    shares = []
    for qid, judged in qrels.items():
        relevant = [d for d, grade in judged.items() if grade >= exact_level]
        if relevant:
            shares.append(sum(doc_lang[d] == query_lang[qid] for d in relevant) / len(relevant))
    return sum(shares) / len(shares) if shares else 0.0
