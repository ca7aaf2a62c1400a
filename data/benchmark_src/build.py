#!/usr/bin/env python3
"""Build the mlmatch cross-border e-commerce benchmark (BEIR layout).

    python3 data/benchmark_src/build.py [--out DIR] [--strict]

Writes DIR/benchmark/{corpus,queries,products,intents}.jsonl,
DIR/benchmark/qrels/{train,dev,test}.tsv, DIR/benchmark/stats.json and
DIR/catalog.jsonl (DIR defaults to the repository's data/ folder).
Deterministic: rerunning produces byte-identical files.
Standard library only.  Written by the mlmatch authors, Apache-2.0.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from categories import load_all  # noqa: E402
from schema import KINDS, LANGS, TRAP_KINDS, BenchmarkError, grade, validate_intent, validate_product  # noqa: E402

SPLITS = ("train", "dev", "test")
SPLIT_FRACTIONS = (0.50, 0.15)          # train, dev; the rest is test
SPLIT_SEED = 20240611


def assign_splits(intents: list[dict]) -> dict[str, str]:
    """Split by intent, stratified by kind, deterministic."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for it in intents:
        by_kind[it["kind"]].append(it["id"])
    out: dict[str, str] = {}
    for kind in KINDS:
        ids = sorted(by_kind.get(kind, []))
        random.Random(f"{SPLIT_SEED}:{kind}").shuffle(ids)
        n = len(ids)
        n_train = int(n * SPLIT_FRACTIONS[0] + 0.5)
        n_dev = int(n * SPLIT_FRACTIONS[1] + 0.5)
        if n >= 3 and n_dev == 0:
            n_dev = 1
        if n >= 2 and n - n_train - n_dev <= 0:
            n_train -= 1
        for i, iid in enumerate(ids):
            out[iid] = "train" if i < n_train else ("dev" if i < n_train + n_dev else "test")
    return out


def validate(products: list[dict], intents: list[dict]) -> dict[str, dict[str, int]]:
    """Fail loudly on any schema problem; return {intent_id: {product_id: grade>0}}."""
    seen = set()
    for p in products:
        validate_product(p)
        if p["id"] in seen:
            raise BenchmarkError(f"duplicate product id {p['id']}")
        seen.add(p["id"])
    seen_i = set()
    for it in intents:
        validate_intent(it)
        if it["id"] in seen_i:
            raise BenchmarkError(f"duplicate intent id {it['id']}")
        seen_i.add(it["id"])
        for pid in it.get("overrides") or {}:
            if pid not in seen:
                raise BenchmarkError(f"intent {it['id']}: override for unknown product {pid}")
    judgments: dict[str, dict[str, int]] = {}
    for it in intents:
        g = {}
        for p in products:
            s = grade(it, p)
            if s not in (0, 1, 2, 3):
                raise BenchmarkError(f"grade {s!r} for {it['id']} / {p['id']}")
            if s > 0:
                g[p["id"]] = s
        if not any(s == 3 for s in g.values()):
            raise BenchmarkError(f"intent {it['id']} ({it['queries']['en']!r}) has no Exact product")
        judgments[it["id"]] = g
    return judgments


def dump_jsonl(path: str, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def build(out_dir: str, strict: bool = False) -> dict:
    loaded: list[str] = []
    products, intents = load_all(strict=strict, loaded=loaded)
    if not products or not intents:
        raise BenchmarkError("no category module produced data")
    judgments = validate(products, intents)
    split_of = assign_splits(intents)

    bdir = os.path.join(out_dir, "benchmark")
    os.makedirs(os.path.join(bdir, "qrels"), exist_ok=True)

    dump_jsonl(os.path.join(bdir, "corpus.jsonl"), (
        {"_id": f"{p['id']}:{lang}", "title": p["titles"][lang], "text": "", "lang": lang,
         "product_id": p["id"], "category": p["category"], "type": p["type"],
         "brand": p["brand"], "home": lang == p["home_lang"]}
        for p in products for lang in LANGS))
    dump_jsonl(os.path.join(bdir, "queries.jsonl"), (
        {"_id": f"{it['id']}:{lang}", "text": it["queries"][lang], "lang": lang,
         "intent": it["id"], "kind": it["kind"], "split": split_of[it["id"]]}
        for it in intents for lang in LANGS))
    dump_jsonl(os.path.join(bdir, "products.jsonl"), products)
    dump_jsonl(os.path.join(bdir, "intents.jsonl"),
               ({**it, "split": split_of[it["id"]]} for it in intents))
    dump_jsonl(os.path.join(out_dir, "catalog.jsonl"), (
        {"id": p["id"], "title": p["titles"][p["home_lang"]], "lang": p["home_lang"],
         "brand": p["brand"], "category": p["category"], "attributes": p["attributes"],
         "price": p["price"], "currency": p["currency"]}
        for p in products))

    qrel_rows: dict[str, int] = {}
    grade_counts: dict[str, Counter] = {}
    for split in SPLITS:
        rows = []
        gc: Counter = Counter()
        for it in intents:
            if split_of[it["id"]] != split:
                continue
            for pid, s in judgments[it["id"]].items():
                gc[s] += 1
                for qlang in LANGS:
                    for dlang in LANGS:
                        rows.append((f"{it['id']}:{qlang}", f"{pid}:{dlang}", s))
        rows.sort()
        with open(os.path.join(bdir, "qrels", f"{split}.tsv"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("query-id\tcorpus-id\tscore\n")
            for q, d, s in rows:
                fh.write(f"{q}\t{d}\t{s}\n")
        qrel_rows[split] = len(rows)
        grade_counts[split] = gc

    split_intents = Counter(split_of.values())
    stats = {
        "modules": loaded,
        "products": len(products),
        "categories": len({p["category"] for p in products}),
        "product_types": len({p["type"] for p in products}),
        "docs": len(products) * len(LANGS),
        "home_docs": len(products),
        "home_lang": dict(sorted(Counter(p["home_lang"] for p in products).items())),
        "intents": len(intents),
        "queries": len(intents) * len(LANGS),
        "kinds": {k: sum(1 for it in intents if it["kind"] == k) for k in KINDS},
        "trap_intents": sum(1 for it in intents if it["kind"] in TRAP_KINDS),
        "splits": {s: {"intents": split_intents.get(s, 0),
                       "queries": split_intents.get(s, 0) * len(LANGS),
                       "qrels_rows": qrel_rows[s],
                       "judged_pairs_by_grade": {str(g): grade_counts[s].get(g, 0) for g in (3, 2, 1)}}
                   for s in SPLITS},
        "per_category": {c: {"products": sum(1 for p in products if p["category"] == c),
                             "intents": sum(1 for it in intents if it["id"].rsplit("-i", 1)[0] == c)}
                         for c in sorted({p["category"] for p in products})},
    }
    with open(os.path.join(bdir, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    return stats


def main(argv=None) -> int:
    default_out = os.path.dirname(HERE)          # <repo>/data
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=default_out, help="output folder (default: the repo's data/)")
    ap.add_argument("--strict", action="store_true", help="fail if any category module fails")
    args = ap.parse_args(argv)
    stats = build(args.out, strict=args.strict)
    print(json.dumps({k: stats[k] for k in ("modules", "products", "categories", "docs", "intents",
                                             "queries", "trap_intents", "kinds", "splits")},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
