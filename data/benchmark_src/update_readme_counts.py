"""Refresh the "## Counts" section of data/README.md from data/benchmark/stats.json (stdlib only)."""
import json
import os

os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
README = "data/README.md"

d = json.load(open("data/benchmark/stats.json"))
s = d["splits"]
lines = [f"- products: {d['products']} in {d['categories']} categories ({d['product_types']} product types); "
         f"home languages {d['home_lang']}",
         f"- corpus docs: {d['docs']} ({d['home_docs']} in the mixed/home view)",
         f"- intents: {d['intents']} ({d['trap_intents']} trap intents); queries: {d['queries']}",
         "- intents by kind: " + ", ".join(f"{k} {v}" for k, v in d["kinds"].items()),
         "", "| split | intents | queries | qrels rows | judged products (3 / 2 / 1) |", "|---|---|---|---|---|"]
for k in ("train", "dev", "test"):
    g = s[k]["judged_pairs_by_grade"]
    lines.append(f"| {k} | {s[k]['intents']} | {s[k]['queries']} | {s[k]['qrels_rows']} | {g['3']} / {g['2']} / {g['1']} |")
txt = open(README).read()
start = txt.index("## Counts")
end = txt.index("## Rebuild")
head = "## Counts\n\nCounts of the committed build (from `benchmark/stats.json`; refresh this section with\n`python3 data/benchmark_src/update_readme_counts.py` after a rebuild):\n\n"
open(README, "w").write(txt[:start] + head + "\n".join(lines) + "\n\n" + txt[end:])
