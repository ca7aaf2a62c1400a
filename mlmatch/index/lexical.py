"""Lexical retrieval: BM25 (bm25s) over language-aware tokens."""

from __future__ import annotations

import json
from pathlib import Path

import bm25s
import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.index.stale import StaleIndex
from mlmatch.index.analyzer import analyze

META_FILE = "bm25.json"


class BM25Index:
    def __init__(self, retriever: bm25s.BM25, catalog_checksum: str, count: int):
        self.retriever = retriever
        self.catalog_checksum = catalog_checksum
        self.count = count

    @classmethod
    def build(cls, texts: list[str], langs: list[str], catalog_checksum: str) -> "BM25Index":
        retriever = bm25s.BM25()
        # bm25s needs a non-empty vocabulary: an empty-token document gets a placeholder.
        retriever.index([analyze(text, lang) or ["\u2400"] for text, lang in zip(texts, langs)], show_progress=False)
        return cls(retriever, catalog_checksum, len(texts))

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, row ids) with a positive score; rows not in `allowed` are excluded."""
        tokens = [t for t in analyze(query) if t in self.retriever.vocab_dict]
        if not tokens:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        mask = None
        if allowed is not None:
            mask = np.zeros(self.count, dtype=np.float32)
            mask[np.asarray(allowed, dtype=np.int64)] = 1.0
        scores = self.retriever.get_scores(tokens, weight_mask=mask)
        positive = np.flatnonzero(scores > 0)
        top = positive[np.argsort(-scores[positive], kind="stable")[:k]]
        return scores[top].astype(np.float32), top.astype(np.int64)

    def save(self, folder: Path) -> None:
        with atomic_dir(Path(folder)) as scratch:
            self.retriever.save(str(scratch))
            (scratch / META_FILE).write_text(json.dumps({"catalog_checksum": self.catalog_checksum, "count": self.count}))

    @classmethod
    def load(cls, folder: Path, catalog_checksum: str) -> "BM25Index":
        folder = Path(folder)
        try:
            meta = json.loads((folder / META_FILE).read_text())
        except (OSError, json.JSONDecodeError) as error:
            raise StaleIndex(f"no readable BM25 index in {folder} ({error})") from None
        if meta["catalog_checksum"] != catalog_checksum:
            raise StaleIndex(f"BM25 index in {folder} was built from another catalog")
        return cls(bm25s.BM25.load(str(folder)), catalog_checksum, meta["count"])
