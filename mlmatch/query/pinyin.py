"""Pinyin input: Latin letters that spell a Chinese phrase of the catalog become that phrase.

Chinese shoppers often type toneless pinyin ("pingguo shoujike" for 苹果手机壳), which neither the
dense models nor BM25 match well against Chinese titles. Every Han phrase of two to four characters in
the catalog's Chinese titles (those without kana) is keyed by its toneless pinyin (`pypinyin`, each character's most common reading);
a query of Latin letters that splits completely into such keys, spaces or not, is read as those phrases
(the longest and most frequent split wins). A query that does not split completely is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KANA = re.compile("[\u3040-\u30ff]")
_LETTERS = re.compile(r"^[a-z ]+$")
PHRASE_CHARS = (2, 3, 4)
MAX_KEY = 6 * max(PHRASE_CHARS)  # the longest pinyin syllable has six letters


class PinyinReader:
    def __init__(self, counts: Counter[str]):
        """`counts`: each Han phrase of the catalog's Chinese titles -> how many titles use it."""
        self.counts = counts

    @classmethod
    def for_titles(cls, titles: Iterable[str]) -> PinyinReader:
        counts: Counter[str] = Counter()
        for title in titles:
            if _KANA.search(title):
                continue  # Japanese: its kanji read as pinyin would turn 木质 into 木製
            for run in _HAN_RUN.findall(title):
                counts.update({run[i : i + n] for n in PHRASE_CHARS for i in range(len(run) - n + 1)})
        return cls(counts)

    @cached_property
    def phrases(self) -> dict[str, tuple[str, int]]:
        """Toneless pinyin -> (the catalog's commonest phrase spelt so, how many titles use it); worked out on
        the first query that needs it, as it imports pypinyin (0.2 s) and reads every phrase."""
        phrases: dict[str, tuple[str, int]] = {}
        for phrase, count in self.counts.items():
            key = spelled(phrase)
            if count > phrases.get(key, ("", 0))[1]:
                phrases[key] = (phrase, count)
        return phrases

    def read(self, query: str) -> str | None:
        """The Chinese phrases `query` spells in pinyin, one per typed word, or None."""
        text = query.strip().casefold()
        if not text or not _LETTERS.match(text) or not self.phrases:
            return None
        words = [self._split(word) for word in text.split()]
        return " ".join(words) if all(words) else None

    def _split(self, letters: str) -> str | None:
        """The best complete split of `letters` into phrase keys: fewest phrases, then most-used ones."""
        best: list[tuple[int, int, str] | None] = [None] * (len(letters) + 1)  # (phrases, -uses, text)
        best[0] = (0, 0, "")
        for end in range(1, len(letters) + 1):
            for start in range(max(0, end - MAX_KEY), end):
                found = self.phrases.get(letters[start:end])
                if best[start] is None or found is None:
                    continue
                phrases, uses, text = best[start]
                candidate = (phrases + 1, uses - found[1], text + found[0])
                if best[end] is None or candidate[:2] < best[end][:2]:
                    best[end] = candidate
        return best[-1][2] if best[-1] is not None else None


def spelled(han: str) -> str:
    """Han characters as toneless pinyin, without spaces: 花洒 -> huasa."""
    return "".join(_syllable(char) for char in han)


@lru_cache(maxsize=65536)
def _syllable(char: str) -> str:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(char)[0]
