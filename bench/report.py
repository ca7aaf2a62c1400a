"""A benchmark run's results as a printed table, a Markdown page, JSON and a chart of latency against catalog size."""

from __future__ import annotations

import json
from pathlib import Path

SYNTHETIC_NOTE = ("Every catalog in the search table is SYNTHETIC: titles grown from the shipped listings (bench/catalogs.py), "
                  "vectors mixed from the real embeddings of the shipped listings (bench/vectors.py); the queries are the "
                  "shipped benchmark's, encoded by the real model.")
SEARCH_HEADERS = ["system", "catalog", "p50 ms", "p95 ms", "p99 ms", "search alone p95 ms", "recall@10", "build s", "index MB saved",
                  "target", "status"]
ENCODING_HEADERS = ["encoding", "measured", "target", "status"]


def header_lines(results: dict) -> list[str]:
    machine = results["machine"]
    run = "quick run (--quick)" if results["quick"] else "full run"
    return [
        f"mlmatch benchmark, {run}: model {results['model']}, {results['threads']} thread(s) for torch and FAISS, "
        f"{machine['cores']} cores; 1-min load average {machine['load_1min_start']:.2f} at start and {machine['load_1min_end']:.2f} "
        f"at end (the run itself keeps about {results['threads']} busy); other processes used "
        f"{100 * machine['other_processes_cpu_share']:.0f} % of the cores during the run ({machine['wall_s'] / 60:.1f} min).",
        SYNTHETIC_NOTE,
        f"Latency: one query at a time, k=10, each query new to the process's caches; recall@10: approximate against "
        f"exact search over all {results['recall_queries']:,} shipped queries.",
    ]


def encoding_table(results: dict) -> list[list[str]]:
    checks = _checks_by_row(results)
    rows = []
    for row in results["encoding"]:
        if "skipped" in row:
            measured = row["skipped"]
        elif row["row"] == "overhead":
            measured = f"{row['overhead_pct']:+.1f} % time (pipeline over raw)"
        elif row["row"] == "one query":
            measured = f"p50 {row['p50_ms']:.1f}, p95 {row['p95_ms']:.1f}, p99 {row['p99_ms']:.1f} ms ({row['queries']} queries)"
        else:
            measured = f"{row['texts_per_s']:.1f} titles/s ({row['texts']} titles"
            measured += f", {row['vs_raw']:.2f}× raw, ready in {row['load_s']:.1f} s)" if "vs_raw" in row else f", best of {len(row['runs_s'])})"
        target, status = checks.get((row["row"], None), ("", ""))
        rows.append([row["row"], measured, target, status])
    return rows


def search_table(results: dict) -> list[list[str]]:
    checks = _checks_by_row(results)
    rows = []
    for size in results["sizes"]:
        n = size["size"]
        catalog = f"{n:,} synthetic" if size["synthetic"] else f"{n:,}"
        builds = {build["index"]: build for build in size["indexes"]}
        for row in size["systems"]:
            build = builds.get(row["system"].removeprefix("dense "), {})
            target, status = checks.get((row["system"], n), ("", ""))
            rows.append([row["system"], catalog, f"{row['p50_ms']:.1f}", f"{row['p95_ms']:.1f}", f"{row['p99_ms']:.1f}",
                         f"{row['search']['p95_ms']:.2f}" if "search" in row else "",
                         f"{build['recall_at_10']:.3f}" if "recall_at_10" in build else "",
                         f"{build['build_s']:.1f}" if "build_s" in build else "", f"{build['saved_mb']:.1f}" if "saved_mb" in build else "",
                         target, status])
        for build in size["indexes"]:
            if "skipped" in build:
                rows.append([f"dense {build['index']}", catalog, *[""] * 7, "", f"not built: {build['skipped']}"])
        rows.append([f"peak RSS of the process: {size['peak_rss_mb']:,.0f} MB", catalog, *[""] * 9])
    return rows


def misses(results: dict) -> list[str]:
    """One line per missed target: what, by how much, and the measured why."""
    lines = []
    for check in results["targets"]:
        if check["why"]:
            where = f" at {check['size']:,}" if check["size"] else ""
            lines.append(f"{check['row']}{where}: {check['target']} {check['status']}; {check['why']}")
    return lines


def as_text(results: dict) -> str:
    lines = [*header_lines(results), "", _text_table(ENCODING_HEADERS, encoding_table(results)), "",
             _text_table(SEARCH_HEADERS, search_table(results))]
    missed = misses(results)
    if missed:
        lines += ["", "Missed targets:", *(f"  {line}" for line in missed)]
    return "\n".join(lines)


def as_markdown(results: dict, chart_link: str | None = None, command: str = "") -> str:
    lines = ["# Benchmark", ""]
    if command:
        lines += [f"`{command}`", ""]
    lines += [" ".join(header_lines(results)), "", _markdown_table(ENCODING_HEADERS, encoding_table(results)), "",
              _markdown_table(SEARCH_HEADERS, search_table(results)), ""]
    missed = misses(results)
    if missed:
        lines += ["Missed targets:", "", *(f"- {line}" for line in missed), ""]
    if chart_link is not None:
        lines += [f"![p95 latency against catalog size]({chart_link})", ""]
    return "\n".join(lines)


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def show_and_write(text: str, results: dict, path: Path) -> None:
    """A sub-benchmark's table on stdout and its results as JSON at `path`."""
    print(text)
    write_json(results, path)
    print(f"\nwrote {path}")


def write_chart(results: dict, path: Path) -> None:
    """p95 end-to-end latency against catalog size, one line per system, both axes logarithmic."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from bench.targets import DENSE_P95_MS

    series: dict[str, list[tuple[int, float]]] = {}
    for size in results["sizes"]:
        for row in size["systems"]:
            series.setdefault(row["system"], []).append((size["size"], row["p95_ms"]))
    figure, axes = plt.subplots(figsize=(8, 5))
    for system, points in series.items():
        axes.plot(*zip(*points), marker="o", label=system)
    targets = {size["size"]: DENSE_P95_MS[size["size"]] for size in results["sizes"] if size["size"] in DENSE_P95_MS}
    if targets:
        axes.scatter(list(targets), list(targets.values()), marker="x", color="red", s=80, zorder=5,
                     label="dense p95 target (approximate index)")
    axes.set(xscale="log", yscale="log", xlabel="catalog size (products, synthetic)", ylabel="p95 latency per query (ms)",
             title="One query at a time, end to end, " + f"{results['machine']['cores']} CPU cores")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _checks_by_row(results: dict) -> dict[tuple[str, int | None], tuple[str, str]]:
    joined: dict[tuple[str, int | None], tuple[str, str]] = {}
    for check in results["targets"]:
        key = (check["row"], check["size"])
        target, status = joined.get(key, ("", ""))
        joined[key] = (f"{target}; {check['target']}".lstrip("; "), f"{status}; {check['status']}".lstrip("; "))
    return joined


def _text_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip() for line in [headers, *rows])


def _markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    return "\n".join(["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers), *("| " + " | ".join(row) + " |" for row in rows)])
