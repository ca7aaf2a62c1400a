"""Pseudo-queries from a catalog's own text, for a shop with no search log yet (catalog-only adaptation).

Shoppers type a few of a listing's words, in any order, often in another language than the listing's. So
each product gets, deterministically from its id:
- a crop: two to four consecutive words of its title, lower-cased, sometimes reordered (in Chinese and
  Japanese, two to six characters of one of its runs);
- its brand and category, where it has them ("Bosch Akkuschrauber");
- the crop carried word by word into another of the catalog's languages by the query-understanding
  dictionaries (`QueryTranslator`), where they translate at least half of its words.
Each pseudo-query's one relevant product is the product it came from. Words that are only numbers, sizes
or punctuation are not picked to start a crop: nobody searches "18V 2.0Ah" alone.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mlmatch.atomic import atomic_dir
from mlmatch.catalog import Catalog, Product
from mlmatch.query.translation import QueryTranslator
from mlmatch.train.logs import write_corpus

DEV_SHARE = 0.1  # of the products: their pseudo-queries make the dev split (early stopping)
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_UNSPACED = frozenset({"ja", "zh"})  # titles whose words run together: cropped by characters
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class PseudoQuery:
    text: str
    lang: str
    product: str
    kind: str  # crop, brand+category or translated


def pseudo_queries(catalog: Catalog, translator: QueryTranslator | None) -> Iterator[PseudoQuery]:
    languages = sorted(catalog.languages())
    for product in catalog:
        rng = random.Random(hashlib.sha256(product.id.encode()).digest())
        crop = _crop(product, rng)
        if crop:
            yield PseudoQuery(crop, product.lang, product.id, "crop")
        named = " ".join(part for part in (product.brand, product.category) if part)
        if named and named.lower() != crop:
            yield PseudoQuery(named, product.lang, product.id, "brand+category")
        others = [lang for lang in languages if lang != product.lang]
        if crop and translator is not None and others:
            target = rng.choice(others)
            translated = _translated(crop, target, translator)
            if translated:
                yield PseudoQuery(translated, target, product.id, "translated")


def _crop(product: Product, rng: random.Random) -> str:
    """Two to four consecutive words of the title (in Chinese and Japanese, two to six characters of one of
    its runs), starting at a word that is not a number or size."""
    words = _WORD.findall(product.title)
    if product.lang in _UNSPACED:
        runs = [w for w in words if _CJK.search(w) and len(w) >= 2]
        if not runs:
            return ""
        run = rng.choice(runs)
        size = min(len(run), rng.randint(2, 6))
        start = rng.randrange(len(run) - size + 1)
        return run[start:start + size]
    starts = [i for i, word in enumerate(words[:-1]) if not any(c.isdigit() for c in word)]
    if not starts:
        return ""
    start = rng.choice(starts)
    picked = [w.lower() for w in words[start:start + rng.randint(2, 4)]]
    if rng.random() < 0.3:
        rng.shuffle(picked)
    return " ".join(picked)


def _translated(crop: str, target: str, translator: QueryTranslator) -> str:
    """The crop with each word the dictionaries carry into `target` replaced by its heaviest translation;
    empty when fewer than half of its words translate."""
    best: dict[str, tuple[float, str]] = {}
    for expansion in translator.expand(crop):
        if expansion.lang == target and expansion.weight > best.get(expansion.word, (0.0, ""))[0]:
            best[expansion.word] = (expansion.weight, expansion.term)
    words = crop.split()
    if len([w for w in words if w in best]) * 2 < len(words):
        return ""
    return " ".join(best[w][1] if w in best else w for w in words)


def write_pseudo_beir(catalog: Catalog, translator: QueryTranslator | None, out: Path, source: str) -> dict:
    """The pseudo-queries as a BEIR set (corpus: the catalog, read from `source`; `train` and `dev` splits by
    product); its summary, also `summary.json` in it."""
    queries = list(pseudo_queries(catalog, translator))
    kinds: dict[str, int] = {}
    with atomic_dir(Path(out)) as scratch:
        write_corpus(catalog, scratch / "corpus.jsonl")
        (scratch / "qrels").mkdir()
        rows = {"train": [], "dev": []}
        with (scratch / "queries.jsonl").open("w", encoding="utf-8") as written:
            for n, query in enumerate(queries, start=1):
                qid = f"pseudo-{n}:{query.lang}"
                written.write(json.dumps({"_id": qid, "text": query.text, "lang": query.lang, "kind": query.kind}, ensure_ascii=False) + "\n")
                rows[_split(query.product)].append(f"{qid}\t{query.product}\t3")
                kinds[query.kind] = kinds.get(query.kind, 0) + 1
        for split, lines in rows.items():
            (scratch / "qrels" / f"{split}.tsv").write_text("query-id\tcorpus-id\tscore\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
        summary = {"catalog": source, "products": len(catalog), "queries": len(queries), "kinds": kinds, "splits": {s: len(r) for s, r in rows.items()}}
        (scratch / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def _split(product_id: str) -> str:
    """A product's pseudo-queries stay in one split: dev must not hold another wording of a train query."""
    return "dev" if hashlib.sha256(product_id.encode()).digest()[0] < 256 * DEV_SHARE else "train"
