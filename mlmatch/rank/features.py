"""The learned ranker's features for one (query, candidate product): every signal, plus what kind of query it is.

The retrieval signals say how well a product matches; the query-kind signals (how much of the query the
catalog knows lexically, whether the best lexical hit is written in the query's script) say which of them
to trust for this query, so one small model can weigh BM25 up for same-language searches and down for a
cross-lingual one. Scripts stand in for languages: they are read from the text itself, where a query's
language would have to be guessed from two words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from mlmatch.index.analyzer import analyze, normalize

# Name -> monotone constraint: +1 may only ever raise a product, -1 only lower it, 0 free (query kind).
FEATURES: dict[str, int] = {
    "cos_finetuned": 1,  # the engine's bi-encoder (fine-tuned)
    "rank_finetuned": -1,  # its rank; depth + 1 when outside its top `depth`
    "cos_universal": 1,  # USE multilingual v3: trained apart from e5
    "bm25_share": 1,  # share of the query's best possible BM25 score (0: no lexical match)
    "rank_bm25": -1,
    "dictionary_share": 1,  # BM25 share of the query's dictionary translations alone (0: none match, or none)
    "rank_dictionary": -1,
    "codes_matched": 1,  # share of the query's model numbers, sizes and units (15, s24, 4k, 128gb) in the title; NaN: none
    "codes_missing": -1,  # how many of them the title lacks
    "latin_matched": 1,  # share of the query's Latin-script words (brands, models) in the title; NaN: none
    "same_script": 0,  # query and title in one script (Han, kana, Hangul, Latin)
    "query_units": 0,  # query length: words, or CJK characters
    "query_coverage": 0,  # share of the query's tokens the catalog has at all
    "top_bm25_same_script": 0,  # the best lexical hit is in the query's script (a same-language search)
    "top_bm25_share": 0,
}
NAMES = tuple(FEATURES)
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"^[a-z]{2,}$")


def script(text: str) -> str:
    """The text's writing system as a shopper's language shows it: kana marks Japanese even beside kanji."""
    if _KANA.search(text):
        return "kana"
    if _HAN.search(text):
        return "han"
    if _HANGUL.search(text):
        return "hangul"
    return "latin" if any(unicodedata.category(c).startswith("L") for c in text) else "none"


def codes(tokens: list[str]) -> set[str]:
    """Tokens that carry a digit: model numbers, sizes, units."""
    return {token for token in tokens if any(c.isdigit() for c in token)}


def latin_words(tokens: list[str]) -> set[str]:
    return {token for token in tokens if _LATIN_WORD.match(token)}


@dataclass(frozen=True)
class DocumentText:
    """What the features read of one product's text, computed once per catalog."""

    tokens: frozenset[str]
    compact: str  # normalised, without spaces: finds `iphone15` in "iPhone 15"
    script: str

    @classmethod
    def of(cls, text: str) -> DocumentText:
        return cls(frozenset(analyze(text)), re.sub(r"\s+", "", normalize(text)), script(text))


@dataclass(frozen=True)
class QueryText:
    tokens: list[str]
    codes: set[str]
    latin: set[str]
    script: str
    units: int

    @classmethod
    def of(cls, text: str) -> QueryText:
        tokens = analyze(text)
        cjk = sum(1 for c in text if _HAN.match(c) or _KANA.match(c) or _HANGUL.match(c))
        words = len(re.findall(r"[^\W_]+", re.sub("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]", " ", normalize(text))))
        return cls(tokens, codes(tokens), latin_words(tokens), script(text), cjk + words)


@dataclass(frozen=True)
class Candidates:
    """One query's candidate rows and what each retriever said of them; a rank of `depth + 1` = not retrieved."""

    rows: np.ndarray
    cos_finetuned: np.ndarray
    cos_universal: np.ndarray
    bm25_share: np.ndarray
    dictionary_share: np.ndarray
    rank_finetuned: np.ndarray
    rank_bm25: np.ndarray
    rank_dictionary: np.ndarray


def feature_matrix(query: QueryText, candidates: Candidates, documents: list[DocumentText], coverage: float,
                   top_bm25_script: str | None, top_bm25_share: float) -> np.ndarray:
    """Rows = candidates, columns = `NAMES`; `top_bm25_script` None when nothing matched lexically."""
    n = len(candidates.rows)
    docs = [documents[row] for row in candidates.rows]
    codes_matched = np.full(n, np.nan, dtype=np.float32)
    codes_missing = np.zeros(n, dtype=np.float32)
    latin_matched = np.full(n, np.nan, dtype=np.float32)
    for i, doc in enumerate(docs):
        if query.codes:
            found = sum(code in doc.tokens or (not code.isdigit() and code in doc.compact) for code in query.codes)
            codes_matched[i] = found / len(query.codes)
            codes_missing[i] = len(query.codes) - found
        if query.latin:
            latin_matched[i] = sum(word in doc.tokens for word in query.latin) / len(query.latin)
    columns = {
        "cos_finetuned": candidates.cos_finetuned, "rank_finetuned": candidates.rank_finetuned,
        "cos_universal": candidates.cos_universal,
        "bm25_share": candidates.bm25_share, "rank_bm25": candidates.rank_bm25,
        "dictionary_share": candidates.dictionary_share, "rank_dictionary": candidates.rank_dictionary,
        "codes_matched": codes_matched, "codes_missing": codes_missing, "latin_matched": latin_matched,
        "same_script": np.array([doc.script == query.script for doc in docs], dtype=np.float32),
        "query_units": np.full(n, query.units, dtype=np.float32),
        "query_coverage": np.full(n, coverage, dtype=np.float32),
        "top_bm25_same_script": np.full(n, top_bm25_script == query.script, dtype=np.float32),
        "top_bm25_share": np.full(n, top_bm25_share, dtype=np.float32),
    }
    return np.column_stack([np.asarray(columns[name], dtype=np.float32) for name in NAMES]) if n else np.zeros((0, len(NAMES)), np.float32)
