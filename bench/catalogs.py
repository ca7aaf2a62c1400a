"""Synthetic catalogs of any size, grown from the shipped benchmark's listings.

Listing i copies the title of shipped listing i mod n and appends words from another title of the same
language and a unique model code, so term frequencies, title lengths and the mix of scripts stay
those of the shipped catalog while the vocabulary grows with the size, as a real catalog's does.
The texts are synthetic: use them for speed and memory, never for quality.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SHIPPED_CORPUS = Path(__file__).resolve().parent.parent / "data" / "benchmark" / "corpus.jsonl"


def shipped_listings(corpus: Path = SHIPPED_CORPUS) -> list[tuple[str, str]]:
    """(title, lang) of every shipped listing."""
    with corpus.open(encoding="utf-8") as lines:
        return [(row["title"], row["lang"]) for row in map(json.loads, lines)]


def synthetic_titles(size: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """`size` titles and their languages, the same for the same size and seed."""
    listings = shipped_listings()
    by_lang: dict[str, list[str]] = {}
    for title, lang in listings:
        by_lang.setdefault(lang, []).append(title)
    rng = random.Random(seed)
    titles, langs = [], []
    for i in range(size):
        title, lang = listings[i % len(listings)]
        donor = rng.choice(by_lang[lang]).split()
        extra = " ".join(rng.sample(donor, k=min(3, len(donor))))
        titles.append(f"{title} {extra} X{i:07d}")
        langs.append(lang)
    return titles, langs
