"""Tokens for BM25, one rule set for every language so a query matches whatever language it is in.

NFKC folds full-width forms (ＩＰＨＯＮＥ, ４Ｋ) and half-width katakana; case folding does the rest.
CJK runs (Han, kana) become character unigrams and bigrams, as Lucene's CJK bigram filter with
unigrams does: a dictionary segmenter cuts a short query and a long keyword-stuffed title
differently, while characters and bigrams match however the text is written. Other runs of
letters and digits are words.
"""

from __future__ import annotations

import re
import unicodedata

ANALYZER = "cjk-unigram-bigram/1"  # stored with each BM25 index: another analyzer makes it stale

_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_LETTERS_DIGITS = re.compile(r"\d+|[^\W\d_]+")


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def analyze(text: str) -> list[str]:
    tokens: list[str] = []
    for cjk, word in _RUNS.findall(normalize(text)):
        tokens.extend(_cjk_tokens(cjk) if cjk else _word_tokens(word))
    return tokens


def _cjk_tokens(run: str) -> list[str]:
    return [*run, *(run[i : i + 2] for i in range(len(run) - 1))]


def _word_tokens(word: str) -> list[str]:
    """`iphone15` -> iphone15, iphone, 15: model numbers match written joined or apart.

    Parts of one character (`4k`, `s24`) stay joined: alone they would match everything.
    """
    parts = _LETTERS_DIGITS.findall(word)
    if len(parts) == 1 or min(map(len, parts)) < 2:
        return [word]
    return [word, *parts]
