"""A search log as training data: its judgments in the BEIR layout that every trainer and the evaluation
suite read, split by time.

`python -m mlmatch.train logs --log LOG --catalog CATALOG --out DIR` orders the searches by time: the
newest `held_out` share becomes the `test` split (what a retrained model must do better on: the
shoppers' newest searches), the `dev` share before it `dev` (early stopping, the adapter's do-no-harm
scale), the rest `train`. Each split is judged from its own searches only (`mlmatch.feedback`), so no
click of the held-out time teaches a model. The corpus is the catalog; products the log shows that the
catalog no longer lists are left out and counted, and a query logged without `lang` gets langid's guess.
`summary.json` records the thresholds, what was left out, and each split's searches, queries and time span.
Then, e.g.: `python -m mlmatch.train biencoder --train DIR --out ADAPTER` and `python -m eval.run --data DIR
--split test` per language pair.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from mlmatch.atomic import atomic_dir
from mlmatch.catalog import Catalog, embedding_text, load_catalog
from mlmatch.errors import BadArgument
from mlmatch.feedback import CORRECTIONS, Judgments, judgments
from mlmatch.languages import detect_language
from mlmatch.search_log import Search, read_search_log

SPLITS = ("train", "dev", "test")  # oldest first


@dataclass
class LogDataConfig:
    log: Path
    catalog: Path
    out: Path
    held_out: float = 0.2  # the newest share of the searches: the `test` split
    dev: float = 0.1  # the share before it: `dev`
    correction: str = "skip-above"


def log_to_beir(config: LogDataConfig, searches: list[Search] | None = None) -> dict:
    """Write the BEIR folder; return its summary (also `summary.json` in it). `searches`: the log, when the
    caller has read it already."""
    if not (0 < config.held_out < 1 and 0 <= config.dev < 1 and config.held_out + config.dev < 1):
        raise BadArgument("--held-out must be in (0, 1), --dev in [0, 1), and together under 1")
    if config.correction not in CORRECTIONS:
        raise BadArgument(f"unknown correction {config.correction!r} (use one of {', '.join(CORRECTIONS)})")
    searches = read_search_log(config.log) if searches is None else searches
    catalog = load_catalog(config.catalog)
    by_split = split_by_time(searches, config.held_out, config.dev)
    judged = {split: judgments(part, config.correction) for split, part in by_split.items()}
    listed = {p.id for p in catalog}
    delisted = {p for part in judged.values() for labels in part.labels.values() for p in labels if p not in listed}
    summary = {"log": str(config.log), "catalog": str(config.catalog), "correction": config.correction,
               "held_out": config.held_out, "dev": config.dev, "delisted_products_left_out": len(delisted), "splits": {}}
    with atomic_dir(Path(config.out)) as scratch:
        write_corpus(catalog, scratch / "corpus.jsonl")
        (scratch / "qrels").mkdir()
        with (scratch / "queries.jsonl").open("w", encoding="utf-8") as queries:
            for split, part in judged.items():
                written = _write_split(split, part, listed, queries, scratch / "qrels" / f"{split}.tsv")
                its = by_split[split]
                summary["splits"][split] = {"searches": len(its), "from": its[0].time.isoformat() if its else None,
                                            "to": its[-1].time.isoformat() if its else None, "queries": written,
                                            **{k: v for k, v in part.summary().items() if k in ("labels", "left_out", "thresholds")}}
        (scratch / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary


def split_by_time(searches: list[Search], held_out: float, dev: float) -> dict[str, list[Search]]:
    """The searches, oldest first, cut into train, dev and test by the shares of the newest."""
    ordered = sorted(searches, key=lambda s: s.time)
    test_from = len(ordered) - round(len(ordered) * held_out)
    dev_from = test_from - round(len(ordered) * dev)
    return {"train": ordered[:dev_from], "dev": ordered[dev_from:test_from], "test": ordered[test_from:]}


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
