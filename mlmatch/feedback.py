"""Judgments from a search log: which products a query's shoppers found relevant, position bias corrected.

Shoppers look at the top of a list first and often at nothing below it, so how often a product is acted
on depends on where it was shown. A product's relevance estimate is its mean action grade (0 none, 1
click, 2 cart, 3 purchase; `mlmatch.search_log`) per look, where `CORRECTIONS` say what counts as a look:
- `skip-above` (Joachims et al., 2005): a search tells only about the results the shopper looked at, taken
  to be those down to the last one acted on: an action there is evidence for its product, a skip above
  it evidence against; below the last action nothing is known, and a search without one tells nothing.
- `propensity`: each rank's chance of being looked at, fitted from the log itself (the action rate at rank
  r over rank 1's, made non-increasing), and a showing counts as that chance of a look: inverse-propensity
  weighting. It counts the system's own ranking as position bias, so it over-corrects where the ranking
  was good.
- `none`: every showing is a look (no correction; the baseline).
`LABEL_LEVELS` turns an estimate into a graded label. A query (its text normalised, and its language) is
judged only with at least `MIN_SEARCHES` searches and `MIN_ACTIONS` actions; the others are counted in
`Judgments.left_out`. `JudgmentCounts` gathers what that takes a search at a time, so a log is judged
without being held: memory grows with its queries and the products they showed, not with its searches.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from mlmatch.errors import BadArgument
from mlmatch.index.analyzer import normalize
from mlmatch.search_log import Search

CORRECTIONS = ("skip-above", "propensity", "none")
MIN_SEARCHES = 3  # fewer searches of a query say too little to judge it
MIN_ACTIONS = 2
LABEL_LEVELS = (0.15, 0.6, 1.5)  # an estimate at or above each -> label 1, 2, 3 (set by hand; docs/logs.md measures them)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class QueryKey:
    """One query as shoppers type it: its text normalised (NFKC, case, spaces) and its language."""

    text: str
    lang: str | None

    @classmethod
    def typed(cls, query: str, lang: str | None) -> QueryKey:
        return cls(_SPACES.sub(" ", normalize(query)).strip(), lang)

    @classmethod
    def of(cls, search: Search) -> QueryKey:
        return cls.typed(search.query, search.lang)


@dataclass
class Judgments:
    correction: str
    labels: dict[QueryKey, dict[str, int]]  # graded, 0-3, for every product looked at
    estimates: dict[QueryKey, dict[str, float]]  # mean action grade per look
    typed: dict[QueryKey, str]  # the commonest spelling shoppers typed
    searches: dict[QueryKey, int]
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> queries
    propensities: list[float] | None = None  # `propensity`: the chance of a look per rank, from rank 1

    def summary(self) -> dict:
        labels = Counter(label for judged in self.labels.values() for label in judged.values())
        return {"correction": self.correction, "queries": len(self.labels), "judged_products": sum(labels.values()),
                "labels": {str(grade): labels.get(grade, 0) for grade in range(4)}, "left_out": self.left_out,
                "thresholds": {"min_searches": MIN_SEARCHES, "min_actions": MIN_ACTIONS, "label_levels": list(LABEL_LEVELS)},
                **({"propensities": [round(p, 4) for p in self.propensities]} if self.propensities else {})}


def judgments(searches: Iterable[Search], correction: str = "skip-above", min_searches: int = MIN_SEARCHES,
              min_actions: int = MIN_ACTIONS) -> Judgments:
    """Graded labels per query and product from `searches` (`CORRECTIONS` says how looks are counted)."""
    counts = JudgmentCounts(correction)
    for search in searches:
        counts.add(search)
    return counts.judged(min_searches, min_actions)


def label(estimate: float) -> int:
    return sum(estimate >= level for level in LABEL_LEVELS)


class RankCounts:
    """Per rank: how many searches showed it and how many acted on it, for the chance of a look there."""

    def __init__(self) -> None:
        self.shown: list[int] = []
        self.acted: list[int] = []

    def add(self, search: Search) -> None:
        while len(self.shown) < len(search.shown):
            self.shown.append(0)
            self.acted.append(0)
        for rank, product in enumerate(search.shown):
            self.shown[rank] += 1
            self.acted[rank] += product in search.acted_on

    def propensities(self) -> np.ndarray:
        """The chance of a look at each rank, relative to rank 1: the share of searches showing a rank that
        acted on it, over rank 1's, fitted non-increasing (pool adjacent violators, weighted by searches)."""
        shown, acted = np.array(self.shown, dtype=float), np.array(self.acted, dtype=float)
        rate = np.divide(acted, shown, out=np.zeros(len(shown)), where=shown > 0)
        if not len(rate) or rate[0] == 0:
            return np.ones(max(len(rate), 1))
        return np.clip(_non_increasing(rate / rate[0], shown), 1e-3, 1.0)


@dataclass
class _QueryCounts:
    searches: int = 0
    actions: int = 0
    typed: Counter[str] = field(default_factory=Counter)  # spellings as typed
    looks: Counter[tuple[str, int]] = field(default_factory=Counter)  # (product, rank) -> searches that looked at it there
    grades: Counter[str] = field(default_factory=Counter)  # product -> action grades summed over those looks


class JudgmentCounts:
    """What `judgments` needs of a log's searches, added one at a time."""

    def __init__(self, correction: str = "skip-above"):
        if correction not in CORRECTIONS:
            raise BadArgument(f"unknown correction {correction!r} (use one of {', '.join(CORRECTIONS)})")
        self.correction = correction
        self.ranks = RankCounts()
        self.queries: dict[QueryKey, _QueryCounts] = defaultdict(_QueryCounts)

    def add(self, search: Search) -> None:
        self.ranks.add(search)
        counts = self.queries[QueryKey.of(search)]
        counts.searches += 1
        counts.actions += len(search.acted_on)
        counts.typed[search.query] += 1
        if self.correction == "skip-above":
            acted = [rank for rank, product in enumerate(search.shown) if product in search.acted_on]
            seen = search.shown[: acted[-1] + 1] if acted else ()
        else:
            seen = search.shown
        for rank, product in enumerate(seen):
            counts.looks[product, rank] += 1
            counts.grades[product] += search.grade(product)

    def judged(self, min_searches: int = MIN_SEARCHES, min_actions: int = MIN_ACTIONS) -> Judgments:
        propensities = self.ranks.propensities() if self.correction == "propensity" else None
        left_out: Counter[str] = Counter()
        out = Judgments(self.correction, {}, {}, {}, {}, propensities=propensities.tolist() if propensities is not None else None)
        for key, counts in self.queries.items():
            if counts.searches < min_searches:
                left_out[f"fewer than {min_searches} searches"] += 1
                continue
            if counts.actions < min_actions:
                left_out[f"fewer than {min_actions} actions"] += 1
                continue
            looks: dict[str, float] = defaultdict(float)
            for (product, rank), times in counts.looks.items():
                looks[product] += times * (propensities[rank] if propensities is not None else 1.0)
            out.estimates[key] = {product: counts.grades[product] / looked for product, looked in looks.items() if looked > 0}
            out.labels[key] = {product: label(estimate) for product, estimate in out.estimates[key].items()}
            out.typed[key] = counts.typed.most_common(1)[0][0]
            out.searches[key] = counts.searches
        out.left_out = dict(left_out)
        return out


def _non_increasing(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The closest non-increasing sequence (weighted least squares): pool adjacent violators."""
    blocks: list[list[float]] = []  # [weighted mean, weight, length]
    for value, weight in zip(values, np.maximum(weights, 1e-9)):
        blocks.append([float(value), float(weight), 1])
        while len(blocks) > 1 and blocks[-2][0] < blocks[-1][0]:
            mean2, weight2, length2 = blocks.pop()
            mean1, weight1, length1 = blocks.pop()
            blocks.append([(mean1 * weight1 + mean2 * weight2) / (weight1 + weight2), weight1 + weight2, length1 + length2])
    return np.concatenate([np.full(length, mean) for mean, _, length in blocks])
