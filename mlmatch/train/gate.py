"""The do-no-harm gate of a model retrained from a search log: promoted only when no language pair loses.

Two kinds of evidence, each with its reasons written into the report:
- the log itself (`check_log`), before anything is trained on it: a bot (one product takes most actions
  across many queries), random clicks (actions do not fall with rank, as every real shopper's do), or
  too little traffic to judge;
- the candidate against the current model (`compare`): nDCG@10 per language pair on each evaluation set
  (the log's held-out newest searches, the shipped style-shift dev split). A pair that falls by more than
  `tolerance` rejects the candidate, whatever the macro says; where its queries are scored one by one
  (`from-logs`), only when a paired test finds the fall significant, and pairs too small to test are
  pooled. `gate` compares `python -m eval.run`
  results.json files, which hold each pair's mean only: there every fall beyond the tolerance rejects.
`write_report` writes the decision and every number as Markdown and JSON; `python -m mlmatch.train gate`
runs it all and, when the candidate passes and `--models` is given, promotes it as the next generation
(`mlmatch.models.generations`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_file
from mlmatch.errors import BadArgument
from mlmatch.feedback import MIN_SEARCHES, QueryKey, RankCounts
from mlmatch.models.generations import promote
from mlmatch.search_log import Search, iter_search_log, scan_search_log

TOLERANCE = 0.01  # nDCG@10 a language pair may lose
SIGNIFICANCE = 0.05  # a fall beyond the tolerance rejects a candidate when a paired test over the pair's queries is this sure
MIN_TESTED = 3  # queries a pair needs to be tested alone; smaller pairs are pooled
BOT_SHARE = 0.3  # one product taking this share of all actions, across `BOT_QUERIES` queries or more, is a bot
BOT_QUERIES = 5
MIN_RANK_FALL = 0.25  # the lower half of the ranks acted on at this share of rank 1's or more: no position bias, no real shoppers
MIN_JUDGED_QUERIES = 10
METRIC = "ndcg@10"
REPORT_TITLE = "Retraining from the search log"
_PAIR = re.compile(r"^([a-z]{2})-([a-z]{2}|mixed)$")  # a language pair's row (`zh-en`, `zh-mixed`), not a pooled one


@dataclass
class Decision:
    promote: bool
    reasons: list[str] = field(default_factory=list)  # why not, or what held
    log: dict = field(default_factory=dict)  # check_log's numbers
    pairs: list[dict] = field(default_factory=list)  # set, pair, current, candidate, change, verdict


def check_log(searches: Iterable[Search], min_judged_queries: int = MIN_JUDGED_QUERIES) -> tuple[list[str], dict]:
    """What makes a log unfit to train on (empty: fit), and the numbers behind each check; the log is read
    once, a search at a time."""
    ranks, searches_per_query, actions = RankCounts(), Counter[QueryKey](), Counter[str]()
    acted_for: set[tuple[str, QueryKey]] = set()  # (product, query) of every action
    languages: set[str] = set()
    for search in searches:
        key = QueryKey.of(search)
        ranks.add(search)
        searches_per_query[key] += 1
        actions.update(search.acted_on)
        acted_for.update((product, key) for product in search.acted_on)
        if search.lang:
            languages.add(search.lang)
    total = sum(actions.values())
    top, top_actions = actions.most_common(1)[0] if actions else (None, 0)
    propensities = ranks.propensities() if total else np.ones(1)
    tail = float(np.mean(propensities[len(propensities) // 2:])) if len(propensities) >= 4 else 0.0
    judged = sum(count >= MIN_SEARCHES for count in searches_per_query.values())
    numbers = {"searches": searches_per_query.total(), "actions": total, "queries": len(searches_per_query), "judgeable_queries": judged,
               "top_product": top, "top_product_share": top_actions / total if total else 0.0,
               "top_product_queries": sum(product == top for product, _ in acted_for), "lower_ranks_over_rank_1": tail,
               "languages": sorted(languages)}
    problems = []
    if numbers["top_product_share"] >= BOT_SHARE and numbers["top_product_queries"] >= BOT_QUERIES:
        problems.append(f"a bot: product {top!r} takes {numbers['top_product_share']:.0%} of all actions, across "
                        f"{numbers['top_product_queries']} different queries")
    if total and tail >= MIN_RANK_FALL:
        problems.append(f"random clicks: the lower half of the results is acted on {tail:.0%} as often as the first; real "
                        "shoppers act on the top far more")
    if judged < min_judged_queries:
        problems.append(f"too little traffic: {judged} queries have {MIN_SEARCHES}+ searches; at least {min_judged_queries} are needed")
    return problems, numbers


def compare(current: dict[str, dict[str, dict[str, float] | float]], candidate: dict[str, dict[str, dict[str, float] | float]],
            tolerance: float = TOLERANCE, significance: float = SIGNIFICANCE) -> list[dict]:
    """Per evaluation set and pair: both models' nDCG@10, the change and its verdict. A pair given per query
    (query -> nDCG@10) loses only when it falls by more than `tolerance` and a paired t-test over its queries
    finds the fall significant at `significance`: one query that moves in a pair of five is no verdict on the
    model. Pairs of fewer than `MIN_TESTED` queries are too small to test alone: they are pooled into one
    row per set ("pooled small pairs"), judged the same way when it has `MIN_TESTED` queries; and every query
    of the set together makes one more row ("all pairs"), so that many small falls no single pair's test can
    see still count. A pair given as one number (a mean) loses as soon as it falls by more than `tolerance`."""
    rows = []
    for name, before in current.items():
        after = candidate[name]
        small = [pair for pair, scores in before.items() if isinstance(scores, dict) and len(scores) < MIN_TESTED]
        for pair in sorted(before):
            rows.append(_row(name, pair, before[pair], after[pair], tolerance, significance, pooled=pair in small))
        if small:  # a pool still too small to test is judged only with all the set's queries
            pooled = [{f"{pair}|{q}": v for pair in small for q, v in scores[pair].items()} for scores in (before, after)]
            rows.append(_row(name, f"pooled small pairs ({len(small)})", *pooled, tolerance, significance,
                             pooled=len(pooled[0]) < MIN_TESTED))
        scored = [pair for pair, scores in before.items() if isinstance(scores, dict)]
        if len(scored) > 1:  # many small falls that no pair's test can see still add up over the set's queries
            every = [{f"{pair}|{q}": v for pair in scored for q, v in scores[pair].items()} for scores in (before, after)]
            rows.append(_row(name, f"all pairs ({len(scored)})", *every, tolerance, significance))
    return rows


def _row(name: str, pair: str, before: dict[str, float] | float, after: dict[str, float] | float, tolerance: float,
         significance: float, pooled: bool = False) -> dict:
    p_value = _paired_p_value(before, after) if isinstance(before, dict) and not pooled else None
    queries = len(before) if isinstance(before, dict) else None
    old, new = (float(np.mean(list(v.values()))) if isinstance(v, dict) else float(v) for v in (before, after))
    fell = new - old < -tolerance
    verdict = "pooled" if pooled else "loses" if fell and (p_value is None or p_value < significance) else "holds"
    return {"set": name, "pair": pair, "queries": queries, "current": old, "candidate": new, "change": new - old,
            "p_value": p_value, "verdict": verdict}


def _paired_p_value(before: dict[str, float], after: dict[str, float]) -> float | None:
    """Two-sided paired t-test over the queries both scored; None when there are too few to test."""
    from scipy.stats import ttest_rel

    queries = sorted(before.keys() & after.keys())
    if len(queries) < MIN_TESTED:
        return None
    old, new = np.array([before[q] for q in queries]), np.array([after[q] for q in queries])
    if np.allclose(old, new):
        return 1.0
    if len(queries) < 2:
        return None
    return float(ttest_rel(new, old).pvalue)


def decide(log_problems: list[str], log_numbers: dict, rows: list[dict], tolerance: float = TOLERANCE) -> Decision:
    losing = [row for row in rows if row["verdict"] == "loses"]
    reasons = list(log_problems) + [_loss(row, tolerance) for row in losing]
    unmeasured = unmeasured_languages(rows)
    if unmeasured:
        reasons.append(f"unmeasured: no evaluation set has queries in {', '.join(unmeasured)}, although its documents are "
                       "searched; a log of some languages' shoppers can hurt the others' search: add a set that has "
                       "them (from-logs --check DATA:SPLIT, or gate --current/--candidate SET=RESULTS_DIR)")
    if not rows and not log_problems:
        reasons.append("nothing was compared")
    promote = not reasons
    if promote:
        judged = [row for row in rows if row["verdict"] != "pooled"]
        gains = sum(row["change"] > 0 for row in judged)
        reasons.append(f"no pair loses more than {tolerance} significantly; {gains} of {len(judged)} gain")
    return Decision(promote, reasons, log_numbers, rows)


def unmeasured_languages(rows: list[dict]) -> list[str]:
    """Languages the compared pairs search in (`zh-en`: en) but whose own shoppers' queries no pair holds: a
    log of Chinese shoppers, held out, tests only Chinese queries, and English search must not go unseen."""
    searched, queried = set(), set()
    for row in rows:
        match = _PAIR.match(row["pair"])
        if match:
            queried.add(match.group(1))
            searched.update(lang for lang in match.groups() if lang != "mixed")
    return sorted(searched - queried)


def _loss(row: dict, tolerance: float) -> str:
    tested = "" if row["p_value"] is None else f", p = {row['p_value']:.3f} over {row['queries']} queries"
    return (f"{row['set']} {row['pair']}: nDCG@10 {row['current']:.4f} -> {row['candidate']:.4f} "
            f"({row['change']:+.4f}, more than {tolerance} lost{tested})")


def _shown_p(row: dict) -> str:
    return "–" if row["p_value"] is None else f"{row['p_value']:.3f}"


def write_report(decision: Decision, folder: Path, title: str = REPORT_TITLE) -> tuple[Path, Path]:
    """`report.json` (everything) and `report.md` (for a person, headed `title`) in `folder`."""
    folder = Path(folder)
    with atomic_file(folder / "report.json") as scratch:
        scratch.write_text(json.dumps(asdict(decision), indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    lines = [f"# {title}: {'PROMOTED' if decision.promote else 'NOT PROMOTED'}", "", *[f"- {reason}" for reason in decision.reasons]]
    if decision.log:
        lines += ["", "## The log", "", *[f"- {name.replace('_', ' ')}: {f'{value:.4g}' if isinstance(value, float) else value}"
                                          for name, value in decision.log.items()]]
    if decision.pairs:
        lines += ["", "## nDCG@10 per language pair", "", "| set | pair | queries | current | candidate | change | p | verdict |",
                  "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {r['set']} | {r['pair']} | {r['queries'] or '–'} | {r['current']:.4f} | {r['candidate']:.4f} | {r['change']:+.4f} | "
                  f"{_shown_p(r)} | {r['verdict']} |"
                  for r in decision.pairs]
    with atomic_file(folder / "report.md") as scratch:
        scratch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "report.md", folder / "report.json"


@dataclass
class GateConfig:
    log: Path  # the search log the candidate was trained from
    current: list[str]  # SET=RESULTS_DIR: `python -m eval.run` of the current model on each evaluation set
    candidate: list[str]  # SET=RESULTS_DIR of the candidate on the same sets
    out: Path  # where report.md and report.json go
    system: str = "dense"
    tolerance: float = TOLERANCE
    min_judged_queries: int = MIN_JUDGED_QUERIES
    models: Path | None = None  # a folder of generations: the candidate model is promoted into it when it passes
    candidate_model: Path | None = None


def run_gate(config: GateConfig) -> dict:
    """Check the log, compare the results, decide, report, and promote a passing candidate."""
    if (config.models is None) != (config.candidate_model is None):
        raise BadArgument("--models and --candidate-model go together: the folder of generations and the model to promote")
    current, candidate = _result_sets(config.current, config.system), _result_sets(config.candidate, config.system)
    if set(current) != set(candidate) or any(set(current[name]) != set(candidate[name]) for name in current):
        raise BadArgument("the current and candidate results must cover the same sets and, in each, the same pairs")
    scan_search_log(config.log)  # the whole log is valid before any of it counts
    problems, numbers = check_log(iter_search_log(config.log), config.min_judged_queries)
    decision = decide(problems, numbers, compare(current, candidate, config.tolerance), config.tolerance)
    if decision.promote and config.models is not None:
        decision.reasons.append(f"promoted as {promote(config.models, config.candidate_model)}")
    write_report(decision, config.out)
    return {"promote": decision.promote, "reasons": decision.reasons, "report": str(Path(config.out) / "report.md")}


def _result_sets(specs: list[str], system: str) -> dict[str, dict[str, float]]:
    """SET=RESULTS_DIR -> set -> pair -> `system`'s nDCG@10 in that `python -m eval.run` results.json."""
    sets = {}
    for spec in specs:
        name, _, folder = spec.partition("=")
        if not name or not folder:
            raise BadArgument(f"{spec!r}: expected SET=RESULTS_DIR (a folder written by python -m eval.run --out)")
        try:
            results = json.loads((Path(folder) / "results.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise BadArgument(f"{folder}: no readable results.json ({error})") from None
        if system not in results.get("systems", ()):
            raise BadArgument(f"{folder}: no results of the system {system!r}")
        sets[name] = {pair: scores[system][METRIC] for pair, scores in results["pairs"].items()}
    return sets
