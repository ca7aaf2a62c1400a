"""One loader for BEIR-layout data sets with language tags (corpus, queries, qrels)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mlmatch.catalog import Catalog, Product, catalog_from_products, embedding_text
from mlmatch.errors import MlmatchError

NO_RESULT = "__no_result__"  # stands in for an empty ranking: ranx needs one document per query


class DataError(MlmatchError, ValueError):
    """A data set that cannot be evaluated as it is; the message names file and line."""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    text: str
    lang: str
    home: bool | None  # True where this is the product's home-market listing (the "mixed" view)
    product_id: str | None = None  # groups one product's listings in several languages


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    lang: str


@dataclass(frozen=True)
class Dataset:
    root: Path
    split: str
    corpus: dict[str, Document]
    queries: dict[str, Query]  # only the queries judged in this split
    qrels: dict[str, dict[str, int]]

    @property
    def exact_level(self) -> int:
        """Grade that counts as relevant for MRR/Recall/MAP: the top grade (3 for ESCI, 1 if binary)."""
        return max((g for judged in self.qrels.values() for g in judged.values()), default=1)


def load_beir(root: str | Path, split: str = "test", zeros: bool = False) -> Dataset:
    """`zeros`: keep the judgments of grade 0 too (a product looked at and passed over, in a data set made from
    a search log), which scoring leaves out."""
    root = Path(root)
    corpus = {row["_id"]: Document(row["_id"], row.get("title", ""), row.get("text", ""), row["lang"], row.get("home"), row.get("product_id"))
              for row in _jsonl(root / "corpus.jsonl", ("_id", "lang"))}
    all_queries = {row["_id"]: Query(row["_id"], row["text"], row["lang"]) for row in _jsonl(root / "queries.jsonl", ("_id", "text", "lang"))}
    qrels = _qrels(root / "qrels" / f"{split}.tsv", corpus, all_queries, zeros)
    return Dataset(root, split, corpus, {qid: all_queries[qid] for qid in sorted(qrels)}, qrels)


def _jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    if not path.is_file():
        raise DataError(f"{path}: file not found (expected the BEIR layout: corpus.jsonl, queries.jsonl, qrels/SPLIT.tsv)")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{path}:{number}: invalid JSON ({error.msg})") from None
            missing = [name for name in required if not row.get(name)]
            if missing:
                raise DataError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
            rows.append(row)
    return rows


def _qrels(path: Path, corpus: dict, queries: dict, zeros: bool) -> dict[str, dict[str, int]]:
    if not path.is_file():
        available = sorted(p.stem for p in path.parent.glob("*.tsv"))
        raise DataError(f"{path}: no such split (available: {', '.join(available) or 'none'})")
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        for number, row in enumerate(reader, start=1):
            if number == 1 and row[:1] == ["query-id"]:
                continue
            if len(row) != 3:
                raise DataError(f"{path}:{number}: expected query-id, corpus-id, score")
            qid, did, score = row
            if qid not in queries:
                raise DataError(f"{path}:{number}: query id {qid!r} is not in queries.jsonl")
            if did not in corpus:
                raise DataError(f"{path}:{number}: corpus id {did!r} is not in corpus.jsonl")
            try:
                grade = int(score)
            except ValueError:
                raise DataError(f"{path}:{number}: score {score!r} is not an integer") from None
            if grade > 0 or zeros:
                qrels.setdefault(qid, {})[did] = grade
    return qrels


def scorable_qrels(data: Dataset, query_ids: Iterable[str], doc_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """The judgments of `query_ids` among `doc_ids`, kept for the queries with an exact-level relevant
    document there: what one language pair is scored on, in evaluation and in training's dev checks."""
    docs, level = set(doc_ids), data.exact_level
    qrels = {}
    for qid in query_ids:
        judged = {d: g for d, g in data.qrels[qid].items() if d in docs}
        if any(g >= level for g in judged.values()):
            qrels[qid] = judged
    return qrels


def filled_run(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """`run` over every judged query, an empty ranking given as `NO_RESULT`: what ranx can score."""
    return {qid: run.get(qid) or {NO_RESULT: 0.0} for qid in qrels}


def judged_products(data: Dataset) -> set[str]:
    """Products with a listing judged by some query of the split."""
    return {data.corpus[d].product_id for judged in data.qrels.values() for d in judged if data.corpus[d].product_id}


def as_product(document: Document) -> Product:
    """A document as a catalog product, so search, training and evaluation embed the same text."""
    return Product(id=document.id, title=document.title or document.text,
                   description=document.text if document.title else "", lang=document.lang)


def as_catalog(documents: list[Document]) -> Catalog:
    """Documents as catalog products, so the search pipeline indexes them like any catalog."""
    return catalog_from_products([as_product(d) for d in documents], "beir")


def document_text(data: Dataset, doc_id: str) -> str:
    """The text the search pipeline embeds for this document (training and evaluation must see the same)."""
    return embedding_text(as_product(data.corpus[doc_id]))
