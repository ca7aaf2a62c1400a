"""Checks of the committed mlmatch benchmark files (stdlib + pytest only)."""
import csv
import filecmp
import json
import os
import subprocess
import sys
from collections import defaultdict

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
BENCH = os.path.join(DATA, "benchmark")
LANGS = {"en", "zh", "de", "es", "fr", "ja"}
SPLITS = ("train", "dev", "test")
TRAP_KINDS = {"ambiguity", "false_friend", "near_miss"}
ALL_KINDS = {"head", "longtail", "brand_model", "typo", "mixed_script"} | TRAP_KINDS


def _jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def data():
    products = _jsonl(os.path.join(BENCH, "products.jsonl"))
    corpus = _jsonl(os.path.join(BENCH, "corpus.jsonl"))
    queries = _jsonl(os.path.join(BENCH, "queries.jsonl"))
    intents = _jsonl(os.path.join(BENCH, "intents.jsonl"))
    qrels = {}
    for split in SPLITS:
        with open(os.path.join(BENCH, "qrels", f"{split}.tsv"), encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
        assert rows[0] == ["query-id", "corpus-id", "score"]
        qrels[split] = [(q, d, int(s)) for q, d, s in rows[1:]]
    return products, corpus, queries, intents, qrels


def test_ids_unique(data):
    products, corpus, queries, intents, _ = data
    for rows, key in ((products, "id"), (corpus, "_id"), (queries, "_id"), (intents, "id")):
        ids = [r[key] for r in rows]
        assert len(ids) == len(set(ids))


def test_languages_exactly_six(data):
    products, corpus, queries, intents, _ = data
    assert {d["lang"] for d in corpus} == LANGS
    assert {q["lang"] for q in queries} == LANGS
    for p in products:
        assert set(p["titles"]) == LANGS and all(t.strip() for t in p["titles"].values())
        assert p["home_lang"] in LANGS
    for it in intents:
        assert set(it["queries"]) == LANGS and all(q.strip() for q in it["queries"].values())


def test_corpus_matches_products(data):
    products, corpus, _, _, _ = data
    assert len(corpus) == 6 * len(products)
    home = [d for d in corpus if d["home"]]
    assert len(home) == len(products)
    by_id = {p["id"]: p for p in products}
    for d in corpus:
        assert d["title"] == by_id[d["product_id"]]["titles"][d["lang"]]


def test_sizes(data):
    products, _, _, intents, _ = data
    assert len(products) >= 1000
    assert len({p["category"] for p in products}) >= 12
    assert len(intents) >= 150
    kinds = {it["kind"] for it in intents}
    assert kinds <= ALL_KINDS
    assert TRAP_KINDS <= kinds
    assert ALL_KINDS <= kinds


def test_splits_disjoint(data):
    _, _, queries, intents, qrels = data
    split_of = {}
    for q in queries:
        assert q["split"] in SPLITS
        assert split_of.setdefault(q["intent"], q["split"]) == q["split"]
    assert {it["id"]: it["split"] for it in intents} == split_of
    for split in SPLITS:
        for qid, _, _ in qrels[split]:
            assert split_of[qid.rsplit(":", 1)[0]] == split


def test_qrels_valid_and_every_query_has_exact(data):
    _, corpus, queries, _, qrels = data
    doc_ids = {d["_id"] for d in corpus}
    q_split = {q["_id"]: q["split"] for q in queries}
    exact_langs = defaultdict(set)
    for split in SPLITS:
        assert qrels[split] == sorted(qrels[split], key=lambda r: (r[0], r[1], r[2]))
        for qid, did, s in qrels[split]:
            assert qid in q_split and did in doc_ids
            assert 1 <= s <= 3
            if s == 3:
                exact_langs[qid].add(did.rsplit(":", 1)[1])
    for qid in q_split:
        assert exact_langs[qid] == LANGS, f"{qid} lacks a grade-3 doc in some language"


def test_rebuild_is_byte_identical(tmp_path):
    build = os.path.join(DATA, "benchmark_src", "build.py")
    subprocess.run([sys.executable, build, "--out", str(tmp_path)], check=True, capture_output=True)
    names = ["corpus.jsonl", "queries.jsonl", "products.jsonl", "intents.jsonl", "stats.json",
             "qrels/train.tsv", "qrels/dev.tsv", "qrels/test.tsv"]
    for name in names:
        assert filecmp.cmp(os.path.join(BENCH, name), os.path.join(tmp_path, "benchmark", name), shallow=False), name
    assert filecmp.cmp(os.path.join(DATA, "catalog.jsonl"), os.path.join(tmp_path, "catalog.jsonl"), shallow=False)
