"""Training examples from a BEIR split: cross-lingual (query, product) pairs, parallel titles,
graded candidate lists; all deterministic for a seed."""

from __future__ import annotations

import random
from collections import defaultdict

from mlmatch.beir import Dataset, document_text
from mlmatch.train import augment

CandidateLists = dict[tuple[str, str], list[str]]  # (query id, document language) -> ranked document ids


def query_positive_pairs(data: Dataset, per_query: int, seed: int, own_language: bool = False) -> list[dict]:
    """(query in language A, an Exact product listed in language B), spread over all languages B;
    with `own_language`, B = A is always one of them (same-language search stays trained)."""
    rng = random.Random(seed)
    rows = []
    for qid, query in data.queries.items():
        exact = sorted(d for d, grade in data.qrels[qid].items() if grade >= data.exact_level)
        by_lang: dict[str, list[str]] = defaultdict(list)
        for doc_id in exact:
            by_lang[data.corpus[doc_id].lang].append(doc_id)
        langs = sorted(by_lang)
        rng.shuffle(langs)
        if own_language and query.lang in langs:
            langs.remove(query.lang)
            langs.insert(0, query.lang)
        for lang in langs[:per_query]:
            doc_id = rng.choice(by_lang[lang])
            rows.append({"qid": qid, "anchor": query.text, "positive": document_text(data, doc_id)})
    return rows


def augmented_pairs(data: Dataset, pairs: list[dict], rate: float, seed: int) -> list[dict]:
    """Extra pairs: misspelled queries, code-switched queries, titles missing an attribute."""
    rng = random.Random(seed)
    siblings: dict[str, list[str]] = defaultdict(list)  # same intent, other languages
    for qid, query in data.queries.items():
        siblings[qid.rsplit(":", 1)[0]].append(query.text)
    extra = []
    for row in pairs:
        if rng.random() >= rate:
            continue
        kind = rng.choice(("typo", "code_switch", "drop_attribute"))
        if kind == "typo":
            extra.append({**row, "anchor": augment.typo(row["anchor"], rng)})
        elif kind == "code_switch":
            others = [t for t in siblings[row["qid"].rsplit(":", 1)[0]] if t != row["anchor"]]
            if others:
                extra.append({**row, "anchor": augment.code_switch(row["anchor"], rng.choice(others), rng)})
        else:
            extra.append({**row, "positive": augment.drop_attribute(row["positive"], rng)})
    return [row for row in extra if row["anchor"] and row["positive"]]


def parallel_title_pairs(data: Dataset, product_ids: set[str], per_product: int, seed: int) -> list[dict]:
    """Two listings of the same product in different languages: keeps the languages aligned."""
    rng = random.Random(seed)
    listings: dict[str, list[str]] = defaultdict(list)
    for doc in data.corpus.values():
        if doc.product_id in product_ids:
            listings[doc.product_id].append(doc.id)
    rows = []
    for product_id in sorted(listings):
        docs = sorted(listings[product_id])
        for _ in range(per_product):
            if len(docs) < 2:
                break
            a, b = rng.sample(docs, 2)
            rows.append({"anchor": document_text(data, a), "positive": document_text(data, b)})
    return rows


def graded_lists(data: Dataset, candidates: CandidateLists) -> list[dict]:
    """One row per candidate list: the query, its documents and their grades (0 where unjudged)."""
    return [
        {"query": data.queries[qid].text,
         "docs": [document_text(data, d) for d in docs],
         "labels": [float(data.qrels[qid].get(d, 0)) for d in docs]}
        for (qid, _), docs in candidates.items()
    ]


def graded_pairs(data: Dataset, candidates: CandidateLists) -> list[dict]:
    """One row per (query, candidate): the grade as a class label, for a classification head."""
    return [
        {"query": data.queries[qid].text, "doc": document_text(data, d), "label": int(data.qrels[qid].get(d, 0))}
        for (qid, _), docs in candidates.items() for d in docs
    ]
