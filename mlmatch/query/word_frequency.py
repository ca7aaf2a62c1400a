"""How common a word is in a language, on wordfreq's Zipf scale, without loading wordfreq's lists.

wordfreq reads a language's whole list (300,000 to 630,000 words) on the first lookup in it: 0.15-0.4 s a
language, plus 0.2 s to import, all paid on a shopper's first query, as the translator weighs four
languages. A query needs a handful of words. So each list is written once per machine into the cache as
its words sorted by their UTF-8 bytes (one file), their offsets and their Zipf values (two arrays); a
process maps the files and finds a word by binary search, reading a few pages.

The values are wordfreq's own (`zipf_frequency`) for a word of letters in a language whose wordfreq
preprocessing is Unicode NFC and case folding (`PLAIN`; the tests compare them word by word). Other
languages are looked up in wordfreq itself.
"""

from __future__ import annotations

import math
import mmap
import threading
import unicodedata
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.cache import cache_dir

# Languages wordfreq preprocesses only by NFC and case folding and splits by its regex tokenizer (no
# transliteration, dotless i or comma-below rules): a word of letters is its own key in their lists.
PLAIN = frozenset({"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "hu", "ca", "id", "ms"})
WORDS, OFFSETS, ZIPF = "words.utf8", "offsets.npy", "zipf.npy"
_LOCK = threading.Lock()


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)`: 0 for a word its list lacks."""
    if lang not in PLAIN:
        import wordfreq

        return wordfreq.zipf_frequency(word, lang)
    return _table(lang).zipf(unicodedata.normalize("NFC", word).casefold())


def has_list(lang: str) -> bool:
    """Whether wordfreq has a word list for `lang`."""
    if lang in PLAIN:
        return True
    import wordfreq

    return lang in wordfreq.available_languages()


class _ZipfTable:
    def __init__(self, folder: Path):
        with open(folder / WORDS, "rb") as handle:
            self.words = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self.offsets = np.load(folder / OFFSETS, mmap_mode="r")  # word i is words[offsets[i]:offsets[i + 1]]
        self.values = np.load(folder / ZIPF, mmap_mode="r")  # Zipf x 100
        self.count = len(self.values)

    def zipf(self, key: str) -> float:
        wanted = key.encode("utf-8")
        low, high = 0, self.count
        while low < high:
            middle = (low + high) // 2
            if self._word(middle) < wanted:
                low = middle + 1
            else:
                high = middle
        return int(self.values[low]) / 100 if low < self.count and self._word(low) == wanted else 0.0

    def _word(self, i: int) -> bytes:
        return self.words[int(self.offsets[i]) : int(self.offsets[i + 1])]


@cache
def _table(lang: str) -> _ZipfTable:
    folder = cache_dir() / "wordfreq" / version("wordfreq") / lang
    with _LOCK:
        try:
            return _ZipfTable(folder)
        except (OSError, ValueError):
            _write_table(lang, folder)
            return _ZipfTable(folder)


def _write_table(lang: str, folder: Path) -> None:
    """wordfreq's list for `lang`, rounded as `zipf_frequency` rounds it, sorted by UTF-8 bytes."""
    import wordfreq

    frequencies = wordfreq.get_frequency_dict(lang)
    keys = sorted(word.encode("utf-8") for word in frequencies)
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(key) for key in keys])
    values = np.array([round(_zipf(frequencies[key.decode("utf-8")]) * 100) for key in keys], dtype=np.uint16)
    with atomic_dir(folder) as scratch:
        (scratch / WORDS).write_bytes(b"".join(keys))
        np.save(scratch / OFFSETS, offsets)
        np.save(scratch / ZIPF, values)


def _zipf(frequency: float) -> float:
    """What wordfreq's `zipf_frequency` makes of a listed word's frequency: three significant digits, then
    the Zipf scale to two decimals."""
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
