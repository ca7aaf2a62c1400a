"""Read what `eval.run` wrote, for the demo's Evaluation tab and anything else that shows results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mlmatch.errors import MlmatchError


class ResultsError(MlmatchError, ValueError):
    """A results file that cannot be shown; the message names it."""


@dataclass(frozen=True)
class EvalResults:
    name: str  # how to name the results to a user (a folder name, never a server path)
    data: dict

    def rows(self) -> tuple[list[str], list[list]]:
        """Headers and rows (pair, system, ranking metrics, then counts like n_queries and qps), macro last.

        Non-numeric entries (e.g. the per-metric p-value mappings) are left out.
        """
        columns = sorted({name for systems in self._blocks().values() for scores in systems.values()
                          for name, value in scores.items() if _is_number(value)}, key=_metric_order)
        rows = [[pair, system, *(_round(scores.get(name)) for name in columns)]
                for pair, systems in self._blocks().items() for system, scores in systems.items()]
        return ["pair", "system", *columns], rows

    def metrics(self) -> list[str]:
        """The ranking metrics (name@depth) a chart can show."""
        return [name for name in self.rows()[0][2:] if "@" in name]

    def macro(self, system: str, kind: str | None = None, metric: str = "ndcg@10") -> float | None:
        """A system's macro average, over all pairs or one kind ("monolingual", "cross-lingual")."""
        block = self.data.get("macro") if kind is None else self.data.get("macro_by_kind", {}).get(kind)
        value = (block or {}).get(system, {}).get(metric)
        return float(value) if _is_number(value) else None

    def _blocks(self) -> dict[str, dict[str, dict[str, float]]]:
        blocks = dict(self.data.get("pairs", {}))
        for kind, systems in self.data.get("macro_by_kind", {}).items():
            blocks[f"macro {kind}"] = systems
        macro = self.data.get("macro")
        if isinstance(macro, dict) and macro:  # per system like a pair, or one flat set of metrics
            blocks["macro"] = macro if all(isinstance(v, dict) for v in macro.values()) else {"all": macro}
        return blocks


def read_results(path: Path, name: str) -> EvalResults:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ResultsError(f"{name}: unreadable results ({type(error).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), dict):
        raise ResultsError(f"{name}: no 'pairs' mapping; not an eval results file")
    return EvalResults(name, data)


def newest_results(root: Path) -> EvalResults | None:
    """The newest `<root>/<timestamp>/results.json` (by folder name), or None when there is none."""
    candidates = sorted(Path(root).glob("*/results.json"), key=lambda p: p.parent.name) if Path(root).is_dir() else []
    if not candidates:
        return None
    return read_results(candidates[-1], f"{Path(root).name}/{candidates[-1].parent.name}")


def _metric_order(name: str) -> tuple[int, int, str]:
    order = ("ndcg", "mrr", "recall", "map", "precision")
    prefix = name.split("@")[0]
    return ("@" not in name, order.index(prefix) if prefix in order else len(order), name)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _round(value) -> float | None:
    return round(float(value), 4) if _is_number(value) else None
