"""Synthetic catalogs of any size, grown from the shipped benchmark's listings.

Listing i copies the title of shipped listing i mod n (its *base*) and appends words from the title of
another shipped listing of the same language (its *donor*) and a unique model code, so term frequencies,
title lengths and the mix of scripts stay those of the shipped catalog while the vocabulary grows with
the size, as a real catalog's does. `bench.vectors` mixes the same base and donor listings' embeddings.
The texts are synthetic: use them for speed and memory, never for quality.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from eval.datasets import BENCHMARK

SHIPPED_CORPUS = BENCHMARK / "corpus.jsonl"
SHIPPED_QUERIES = SHIPPED_CORPUS.parent / "queries.jsonl"


@dataclass(frozen=True)
class SyntheticCatalog:
    titles: list[str]
    langs: list[str]
    bases: list[int]  # row of the shipped listing each title copies
    donors: list[int]  # row of the shipped listing (same language) it borrows words from


def shipped_listings(corpus: Path = SHIPPED_CORPUS) -> list[tuple[str, str]]:
    """(title, lang) of every shipped listing."""
    with corpus.open(encoding="utf-8") as lines:
        return [(row["title"], row["lang"]) for row in map(json.loads, lines)]


def shipped_queries(queries: Path = SHIPPED_QUERIES) -> list[str]:
    """The text of every shipped benchmark query (all splits, all six languages)."""
    with queries.open(encoding="utf-8") as lines:
        return [row["text"] for row in map(json.loads, lines)]


def sampled_queries(count: int, seed: int = 0) -> list[str]:
    """`count` of the shipped queries (all when there are fewer), the same ones on every run."""
    queries = shipped_queries()
    return random.Random(seed).sample(queries, k=min(count, len(queries)))


def synthetic_catalog(size: int, seed: int = 0, listings: list[tuple[str, str]] | None = None) -> SyntheticCatalog:
    """`size` synthetic listings, the same for the same size, seed and shipped listings."""
    listings = shipped_listings() if listings is None else listings
    rows_by_lang: dict[str, list[int]] = {}
    for row, (_, lang) in enumerate(listings):
        rows_by_lang.setdefault(lang, []).append(row)
    rng = random.Random(seed)
    titles, langs, bases, donors = [], [], [], []
    for i in range(size):
        base = i % len(listings)
        title, lang = listings[base]
        donor = rng.choice(rows_by_lang[lang])
        words = listings[donor][0].split()
        extra = " ".join(rng.sample(words, k=min(3, len(words))))
        titles.append(f"{title} {extra} X{i:07d}")
        langs.append(lang)
        bases.append(base)
        donors.append(donor)
    return SyntheticCatalog(titles, langs, bases, donors)
