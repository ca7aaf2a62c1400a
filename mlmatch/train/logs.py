"""A search log as training data: its judgments in the BEIR layout that every trainer and the evaluation
suite read, split by time.

`python -m mlmatch.train logs --log LOG --catalog CATALOG --out DIR` orders the searches by time: the
newest `held_out` share becomes the `test` split (what a retrained model must do better on: the
shoppers' newest searches), the `dev` share before it `dev` (early stopping, the adapter's do-no-harm
scale), the rest `train`. Each split is judged from its own searches only (`mlmatch.feedback`), so no
click of the held-out time teaches a model. The corpus is the catalog; products the log shows that the
catalog no longer lists are left out and counted, and a query logged without `lang` gets langid's guess.
`summary.json` records the thresholds, what was left out, and each split's searches, queries and time span.
With `ranker_share`, a fixed share of the queries (by a hash of the query) searched before the held-out time
is taken out of `train` and `dev` into a fourth split, `ranker`: the learned ranker must learn from lists the
bi-encoder was never trained on, and a query searched every day would otherwise be in both.
Then, e.g.: `python -m mlmatch.train biencoder --train DIR --out ADAPTER` and `python -m eval.run --data DIR
--split test` per language pair.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.catalog import Catalog, embedding_text, load_catalog
from mlmatch.errors import BadArgument
from mlmatch.feedback import CORRECTIONS, JudgmentCounts, Judgments, QueryKey
from mlmatch.languages import detect_language
from mlmatch.search_log import iter_search_log, scan_search_log

SPLITS = ("train", "dev", "test")  # oldest first
RANKER = "ranker"  # the learned ranker's queries, kept from the bi-encoder (`ranker_share`)


@dataclass
class LogDataConfig:
    log: Path
    catalog: Path
    out: Path
    held_out: float = 0.2  # the newest share of the searches: the `test` split
    dev: float = 0.1  # the share before it: `dev`
    correction: str = "skip-above"
    ranker_share: float = 0.0  # the share of the queries before the held-out time kept for the learned ranker


def log_to_beir(config: LogDataConfig, times: np.ndarray | None = None) -> dict:
    """Write the BEIR folder; return its summary (also `summary.json` in it). The log is read twice, a search at
    a time, never held: to validate it and learn its times (`times`: when the caller has scanned it already),
    then to judge each split."""
    if not (0 < config.held_out < 1 and 0 <= config.dev < 1 and config.held_out + config.dev < 1):
        raise BadArgument("--held-out must be in (0, 1), --dev in [0, 1), and together under 1")
    if not 0 <= config.ranker_share < 1:
        raise BadArgument("the ranker's share of the queries must be in [0, 1)")
    if config.correction not in CORRECTIONS:
        raise BadArgument(f"unknown correction {config.correction!r} (use one of {', '.join(CORRECTIONS)})")
    times = scan_search_log(config.log) if times is None else times
    catalog = load_catalog(config.catalog)
    splits = SPLITS + ((RANKER,) if config.ranker_share else ())
    split_of = split_by_time(times, config.held_out, config.dev)
    counts = [JudgmentCounts(config.correction) for _ in splits]
    test = SPLITS.index("test")
    for i, search in zip(range(len(split_of)), iter_search_log(config.log), strict=True):
        if split_of[i] != test and config.ranker_share and for_ranker(QueryKey.of(search), config.ranker_share):
            split_of[i] = splits.index(RANKER)
        counts[split_of[i]].add(search)
    judged = {split: part.judged() for split, part in zip(splits, counts)}
    listed = {p.id for p in catalog}
    delisted = {p for part in judged.values() for labels in part.labels.values() for p in labels if p not in listed}
    summary = {"log": str(config.log), "catalog": str(config.catalog), "correction": config.correction,
               "held_out": config.held_out, "dev": config.dev, "ranker_share": config.ranker_share, "delisted_products_left_out": len(delisted), "splits": {}}
    with atomic_dir(Path(config.out)) as scratch:
        write_corpus(catalog, scratch / "corpus.jsonl")
        (scratch / "qrels").mkdir()
        with (scratch / "queries.jsonl").open("w", encoding="utf-8") as queries:
            for index, (split, part) in enumerate(judged.items()):
                written = _write_split(split, part, listed, queries, scratch / "qrels" / f"{split}.tsv")
                its = times[split_of == index]
                summary["splits"][split] = {"searches": len(its), "from": _iso(its.min()) if len(its) else None,
                                            "to": _iso(its.max()) if len(its) else None, "queries": written,
                                            **{k: v for k, v in part.summary().items() if k in ("labels", "left_out", "thresholds")}}
        (scratch / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary


def split_by_time(times: np.ndarray, held_out: float, dev: float) -> np.ndarray:
    """Each search's split (an index into `SPLITS`), by the shares of the newest, in the searches' order: the
    oldest are train, the newest `held_out` share test and the `dev` share before it dev (ties in time
    in file order)."""
    order = np.argsort(times, kind="stable")
    test_from = len(order) - round(len(order) * held_out)
    dev_from = test_from - round(len(order) * dev)
    split_of = np.zeros(len(order), dtype=np.int8)
    split_of[order[dev_from:test_from]] = SPLITS.index("dev")
    split_of[order[test_from:]] = SPLITS.index("test")
    return split_of


def for_ranker(key: QueryKey, share: float) -> bool:
    """Whether the query `key` is in the learned ranker's fixed `share` of all queries (a hash of its text and
    language, so every search of it, in any period, goes the same way)."""
    digest = hashlib.sha1(f"{key.lang}|{key.text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") < share * 2**64


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat()


def write_corpus(catalog: Catalog, path: Path) -> None:
    """Each product as a document whose title and text embed as the catalog's product does (`as_product`)."""
    with path.open("w", encoding="utf-8") as out:
        for product in catalog:
            rest = embedding_text(product).removeprefix(product.title).removeprefix(" | ")
            out.write(json.dumps({"_id": product.id, "title": product.title, "text": rest, "lang": product.lang}, ensure_ascii=False) + "\n")


def _write_split(split: str, part: Judgments, listed: set[str], queries, qrels_path: Path) -> int:
    """The split's judged queries (ids `SPLIT-N:LANG`) and their graded labels; the number of queries written."""
    written = 0
    with qrels_path.open("w", encoding="utf-8", newline="") as handle:
        qrels = csv.writer(handle, delimiter="\t", lineterminator="\n")
        qrels.writerow(["query-id", "corpus-id", "score"])
        for key, labels in sorted(part.labels.items(), key=lambda item: (item[0].text, item[0].lang or "")):
            kept = {product: grade for product, grade in labels.items() if product in listed}
            if not any(kept.values()):
                continue
            typed = part.typed[key]
            lang = key.lang or detect_language(typed)[0]
            written += 1
            qid = f"{split}-{written}:{lang}"
            queries.write(json.dumps({"_id": qid, "text": typed, "lang": lang, "searches": part.searches[key]}, ensure_ascii=False) + "\n")
            qrels.writerows([qid, product, grade] for product, grade in sorted(kept.items()))
    return written
