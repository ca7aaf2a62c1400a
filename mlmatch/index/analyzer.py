"""Language-aware tokens for BM25: NFKC + case folding for all, jieba words for Chinese,
character bigrams for Japanese (no dictionary needed, robust to unsegmented titles)."""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_LETTERS_DIGITS = re.compile(r"\d+|[^\W\d_]+")
_RUNS = re.compile(r"([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([^\W_]+)")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def analyze(text: str, lang: str | None = None) -> list[str]:
    """Tokens of `text`; `lang` picks the CJK strategy, else kana in the text implies Japanese."""
    text = normalize(text)
    japanese = lang == "ja" or (lang is None and _KANA.search(text) is not None)
    tokens: list[str] = []
    for cjk, word in _RUNS.findall(text):
        if word:
            tokens.extend(_word_tokens(word))
        elif japanese:
            tokens.extend(_bigrams(cjk))
        else:
            tokens.extend(t for t in _jieba().lcut_for_search(cjk) if t.strip())
    return tokens


def _word_tokens(word: str) -> list[str]:
    """`iphone15` -> iphone15, iphone, 15: model numbers match written joined or apart.

    Parts of one character (`4k`, `s24`) stay joined: alone they would match everything.
    """
    parts = _LETTERS_DIGITS.findall(word)
    if len(parts) == 1 or min(map(len, parts)) < 2:
        return [word]
    return [word, *parts]


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]
