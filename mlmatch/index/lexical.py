"""Lexical retrieval: BM25 (bm25s) over the script-aware tokens of `analyzer`.

Scores come back as a share of the query's best possible BM25 score (the sum of the idf of all its
tokens, those no document has included, which a document approaches as their term frequencies
grow): near 1 when every query token matches strongly, near 0.1 for one common character of a
long query. Raw BM25 grows with query length and catalog, so
only the share can be mixed with cosine similarities in a hybrid.
"""

from __future__ import annotations

import bisect
import json
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType

import numpy as np

from mlmatch.index.analyzer import ANALYZER, analyze
from mlmatch.index.stale import StaleIndex, Wanted


def _bm25s() -> ModuleType:
    """bm25s, imported without numba: it imports numba whenever installed (ranx needs it), though the numpy
    backend used here never calls it, and that import was 0.14 s of every cold search."""
    if "numba" in sys.modules or "bm25s" in sys.modules:
        import bm25s
        return bm25s
    sys.modules["numba"] = None  # type: ignore[assignment]  # `import numba` raises ImportError: bm25s goes without
    try:
        import bm25s
    finally:
        del sys.modules["numba"]
    return bm25s


bm25s = _bm25s()

META_FILE = "bm25.json"
_EMPTY = "\u2400"  # stands in for a document without tokens: bm25s needs a non-empty vocabulary


@dataclass(frozen=True)
class Wording:
    """One way of saying a query to BM25: terms with weights, optionally a weight per document that its
    score is multiplied by (e.g. less for documents in another language than the wording's), and the share
    of the query it stands for (a translation of one word of three: a document matching all of it scores 1/3)."""

    terms: dict[str, float]
    document_weights: np.ndarray | None = None
    share: float = 1.0


class BM25Index:
    def __init__(self, retriever: bm25s.BM25, catalog_checksum: str, count: int):
        self.retriever = retriever
        self.catalog_checksum = catalog_checksum
        self.count = count
        self.document_frequency = np.diff(retriever.scores["indptr"])  # per token id: how many documents hold it
        self._idf = _lucene_idf(self.document_frequency, count)
        self._unseen_idf = _lucene_idf(0, count)  # a query token no document has still counts as missed evidence

    @classmethod
    def build(cls, texts: list[str], catalog_checksum: str) -> BM25Index:
        retriever = bm25s.BM25()
        retriever.index([analyze(text) or [_EMPTY] for text in texts], show_progress=False)
        return cls(retriever, catalog_checksum, len(texts))

    def search(self, queries: list[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """Top-k (score shares, row ids) per query, only rows that match; rows not in `allowed` are excluded."""
        vocabulary = self.retriever.vocab_dict
        tokens = [analyze(query) for query in queries]
        token_ids = [[vocabulary[t] for t in query_tokens if t in vocabulary] for query_tokens in tokens]
        hits: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0, np.float32), np.zeros(0, np.int64))] * len(queries)
        matched = [i for i, ids in enumerate(token_ids) if ids]
        if not matched:
            return hits
        mask = None
        if allowed is not None:
            mask = np.zeros(self.count, dtype=np.float32)
            mask[np.asarray(allowed, dtype=np.int64)] = 1.0
        rows, scores = self.retriever.retrieve([token_ids[i] for i in matched], k=min(k, self.count), weight_mask=mask,
                                               show_progress=False)
        for i, query_rows, query_scores in zip(matched, rows, scores):
            positive = query_scores > 0
            best_possible = self._idf[token_ids[i]].sum() + (len(tokens[i]) - len(token_ids[i])) * self._unseen_idf
            hits[i] = ((query_scores[positive] / best_possible).astype(np.float32), query_rows[positive].astype(np.int64))
        return hits

    def listings_using(self, text: str) -> int:
        """How many documents hold the text's rarest token (0: some token is in none, or it has no tokens)."""
        vocabulary = self.retriever.vocab_dict
        return min((int(self.document_frequency[vocabulary[t]]) if t in vocabulary else 0 for t in analyze(text)), default=0)

    def words_ending_with(self, ending: str) -> list[str]:
        """The index's words of letters longer than `ending` that end with it, most used first: the catalog's
        German compounds with that head (schrauben: Holzschrauben, Spanplattenschrauben)."""
        start = bisect.bisect_left(self._reversed_words, ending[::-1])
        end = bisect.bisect_left(self._reversed_words, ending[::-1] + "\U0010ffff")
        found = [word[::-1] for word in self._reversed_words[start:end] if len(word) > len(ending)]
        vocabulary = self.retriever.vocab_dict
        return sorted(found, key=lambda word: -int(self.document_frequency[vocabulary[word]]))

    @cached_property
    def _reversed_words(self) -> list[str]:
        """Every word of letters spelled backwards, sorted: the words with one ending are one run of it."""
        return sorted(token[::-1] for token in self.retriever.vocab_dict if token.isalpha())

    def one_listing_holds(self, text: str) -> bool:
        """Whether some document holds every token of the text that any document holds (a did-you-mean check:
        the corrected query's words are found together)."""
        vocabulary, indices, indptr = self.retriever.vocab_dict, self.retriever.scores["indices"], self.retriever.scores["indptr"]
        token_ids = sorted({vocabulary[t] for t in analyze(text) if t in vocabulary}, key=lambda t: self.document_frequency[t])
        if not token_ids:
            return False
        together = indices[indptr[token_ids[0]]:indptr[token_ids[0] + 1]]
        for token_id in token_ids[1:]:
            together = np.intersect1d(together, indices[indptr[token_id]:indptr[token_id + 1]], assume_unique=True)
        return len(together) > 0

    def search_weighted(self, queries: list[list[Wording]], k: int,
                        allowed: np.ndarray | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """Like `search`, for queries given as alternative wordings (e.g. the query's translations into each
        language). A document scores its best wording's weighted BM25, as a
        share of that wording's best possible score times the `Wording.share` of the query it stands for: a
        listing is written in one language, so a bilingual title ("Hierro Fundido Cast Iron") must not add up
        the Spanish and the English word for one meaning. (Sharing out of the fullest wording's possible score
        instead lost 0.002 dev nDCG@10 for `ltr`: docs/query.md.)"""
        keep = None
        if allowed is not None:
            keep = np.zeros(self.count, dtype=bool)
            keep[np.asarray(allowed, dtype=np.int64)] = True
        hits = []
        for alternatives in queries:
            best = np.zeros(self.count)
            for alternative in alternatives:
                np.maximum(best, self._weighted_shares(alternative), out=best)
            hits.append(self._top(best, k, keep))
        return hits

    def _weighted_shares(self, wording: Wording) -> np.ndarray:
        """Every document's weighted BM25 for one wording, as a share of the most a document could score."""
        vocabulary, idf = self.retriever.vocab_dict, self._idf
        weights: dict[int, float] = {}
        possible = 0.0
        for text, weight in wording.terms.items():
            for token in analyze(text):
                if token in vocabulary:
                    token_id = vocabulary[token]
                    weights[token_id] = max(weights.get(token_id, 0.0), weight)
                    possible += weight * idf[token_id]
                else:
                    possible += weight * self._unseen_idf
        if not weights:
            return np.zeros(self.count)
        data, indices, indptr = self.retriever.scores["data"], self.retriever.scores["indices"], self.retriever.scores["indptr"]
        columns = [slice(indptr[t], indptr[t + 1]) for t in weights]
        rows = np.concatenate([indices[c] for c in columns])
        values = np.concatenate([data[c] * weight for c, weight in zip(columns, weights.values())])
        shares = np.bincount(rows, weights=values, minlength=self.count) * (wording.share / possible)
        return shares if wording.document_weights is None else shares * wording.document_weights

    def _top(self, scores: np.ndarray, k: int, keep: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        if keep is not None:
            scores = np.where(keep, scores, 0.0)
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > k:
            candidates = np.sort(candidates[np.argpartition(-scores[candidates], k - 1)[:k]])
        top = candidates[np.argsort(-scores[candidates], kind="stable")]
        return scores[top].astype(np.float32), top.astype(np.int64)

    def save(self, folder: Path) -> None:
        """Into a new folder; `mlmatch.index.store` makes the publishing atomic."""
        Path(folder).mkdir(parents=True)
        self.retriever.save(str(folder))
        meta = {"catalog_checksum": self.catalog_checksum, "count": self.count, "analyzer": ANALYZER}
        (Path(folder) / META_FILE).write_text(json.dumps(meta))

    @classmethod
    def load(cls, folder: Path, wanted: Wanted) -> BM25Index:
        folder = Path(folder)
        try:
            meta = json.loads((folder / META_FILE).read_text())
        except (OSError, json.JSONDecodeError) as error:
            raise StaleIndex(f"no readable BM25 index in {folder} ({error})") from None
        wanted.check({"catalog": meta.get("catalog_checksum"), "products": meta.get("count"), "analyzer": meta.get("analyzer", "jieba/1")},
                     f"BM25 index in {folder}")
        return cls(bm25s.BM25.load(str(folder)), wanted.catalog_checksum, wanted.count)


def _lucene_idf(document_frequency, count: int):
    """The idf bm25s scores with (method "lucene"): a token's best possible contribution to a score."""
    return np.log1p((count - document_frequency + 0.5) / (document_frequency + 0.5))
