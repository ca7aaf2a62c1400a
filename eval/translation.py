"""`python -m eval.translation`: do the languages stay aligned? Translation-pair retrieval of held-out titles.

For every product that no training query judged, its title in language A must find its own title in
language B among all held-out titles in B (accuracy@1, averaged over ordered language pairs). A
fine-tuned model that forgets its zero-shot alignment shows it here first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import permutations
from pathlib import Path

import numpy as np

from eval.datasets import BENCHMARK
from mlmatch.beir import DataError, Dataset, document_text, judged_products, load_beir
from mlmatch.embedding_cache import document_cache
from mlmatch.errors import MlmatchError
from mlmatch.models import DEFAULT, load_bi_encoder
from mlmatch.models.encoder import BiEncoder


def held_out_listings(data: Dataset) -> dict[str, dict[str, str]]:
    """product -> language -> doc id, for products with listings that no query of `data` (the training split) judged."""
    seen = judged_products(data)
    listings: dict[str, dict[str, str]] = defaultdict(dict)
    for doc in data.corpus.values():
        if doc.product_id and doc.product_id not in seen:
            listings[doc.product_id][doc.lang] = doc.id
    return listings


def translation_accuracy(encoder: BiEncoder, data: Dataset, listings: dict[str, dict[str, str]]) -> dict[str, float]:
    """Accuracy@1 per ordered language pair `a->b`, over products listed in both."""
    cache = document_cache(encoder)
    langs = sorted({lang for by_lang in listings.values() for lang in by_lang})
    vectors = {}
    for lang in langs:
        products = sorted(p for p, by_lang in listings.items() if lang in by_lang)
        texts = [document_text(data, listings[p][lang]) for p in products]
        vectors[lang] = (products, cache.documents(texts))
    accuracy = {}
    for a, b in permutations(langs, 2):
        (products_a, va), (products_b, vb) = vectors[a], vectors[b]
        shared = sorted(set(products_a) & set(products_b))
        if not shared:
            continue
        index_a, index_b = {p: i for i, p in enumerate(products_a)}, {p: i for i, p in enumerate(products_b)}
        rows_b = [index_b[p] for p in shared]
        scores = va[[index_a[p] for p in shared]] @ vb[rows_b].T
        accuracy[f"{a}->{b}"] = float(np.mean(np.argmax(scores, axis=1) == np.arange(len(shared))))
    return accuracy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.translation", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=DEFAULT)
    parser.add_argument("--data", type=Path, default=BENCHMARK)
    parser.add_argument("--train-split", default="train", help="products judged in this split are not held out")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--device", default="auto")
    args = parser.parse_args(argv)
    try:
        data = load_beir(args.data, args.train_split)
        listings = held_out_listings(data)
        if not listings:
            raise DataError("no held-out products with listings in several languages (the corpus needs `product_id`)")
        encoder = load_bi_encoder(args.model, args.device)
    except MlmatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    accuracy = translation_accuracy(encoder, data, listings)
    mean = float(np.mean(list(accuracy.values())))
    for pair, value in accuracy.items():
        print(f"{pair:8} {value:.4f}")
    print(f"{'mean':8} {mean:.4f}  ({len(listings)} held-out products, model {encoder.name})")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"model": encoder.name, "held_out_products": len(listings), "mean": mean, "pairs": accuracy}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
