"""Write the evaluation results: console table, results.json/.md/.csv, TREC runs, nDCG chart."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ranx import Run

from eval.metrics import METRICS

HEADER = ["pair", "system", *METRICS, "n_queries", "qps", "p (nDCG vs first)", "own-lang top10 / relevant"]


def summary_blocks(results: dict) -> list[tuple[str, dict]]:
    """Per pair, then macro over the monolingual and the cross-lingual pairs (when both ran), then macro."""
    kinds = [(f"macro {kind}", systems) for kind, systems in results.get("macro_by_kind", {}).items()]
    return [*results["pairs"].items(), *kinds, ("macro", results["macro"])]


def table_rows(results: dict) -> list[list[str]]:
    rows = []
    for pair, systems in summary_blocks(results):
        for system, m in systems.items():
            p = m.get("p_value", {}).get("ndcg@10", "")
            bias = m.get("language_bias")
            rows.append([
                pair, system, *(f"{m[key]:.4f}" for key in METRICS), str(m["n_queries"]), f"{m['qps']:.1f}",
                _format_p(p),
                "" if bias is None else f"{bias['top10_own_language']:.2f} / {bias['relevant_own_language']:.2f}",
            ])
    return rows


def _format_p(p: float | None | str) -> str:
    if p == "":
        return ""  # the baseline itself
    if p is None:
        return "identical"
    return f"{p:.3g}{' *' if p < 0.05 else ''}"


def console_table(results: dict) -> str:
    rows = [HEADER, *table_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(results: dict) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    return "\n".join(lines)


def write_outputs(results: dict, runs: dict[str, dict[str, dict]], out: Path) -> list[Path]:
    """Everything under `out`; `runs` is pair -> system -> {query id: {doc id: score}}."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    note = (f"Data: `{results['data']}`, split `{results['split']}`. `*`: p < 0.05 ({results['stat_test']} paired test "
            f"against the first system; for macro, over all queries of all pairs). Relevant = grade >= {results['exact_level']} for MRR/Recall/MAP; nDCG uses the grades.\n")
    (out / "results.md").write_text(f"# Evaluation results\n\n{note}\n{markdown_table(results)}\n")
    with (out / "results.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pair", "system", *METRICS, "n_queries", "qps", "p_ndcg@10"])
        for pair, systems in summary_blocks(results):
            for system, m in systems.items():
                writer.writerow([pair, system, *(m[k] for k in METRICS), m["n_queries"], m["qps"], m.get("p_value", {}).get("ndcg@10", "")])
    run_dir = out / "runs"
    run_dir.mkdir(exist_ok=True)
    for pair, systems in runs.items():
        for system, run in systems.items():
            non_empty = {qid: docs for qid, docs in run.items() if docs}
            if non_empty:
                Run(non_empty, name=system).save(str(run_path(out, pair, system)), kind="trec")
    chart(results, out / "ndcg.png")
    return [out / name for name in ("results.json", "results.md", "results.csv", "ndcg.png")] + [run_dir]


def chart(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    pairs = list(results["pairs"])
    systems = list(results["macro"])
    width = 0.8 / max(len(systems), 1)
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(pairs) + 2), 4))
    for i, system in enumerate(systems):
        values = [results["pairs"][p][system]["ndcg@10"] for p in pairs]
        ax.bar(np.arange(len(pairs)) + i * width, values, width, label=system)
    ax.set_xticks(np.arange(len(pairs)) + width * (len(systems) - 1) / 2, pairs, rotation=45, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("nDCG@10")
    ax.set_title(f"nDCG@10 per language pair ({results['split']} split)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run_path(out: Path, pair: str, system: str) -> Path:
    """Where one pair's run of one system is saved as a TREC file."""
    return out / "runs" / f"{_safe(pair)}.{_safe(system)}.trec"


def _safe(name: str) -> str:
    return name.replace("*", "all").replace("+", "_").replace("/", "_")
