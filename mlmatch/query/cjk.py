"""Input-method slips in Chinese and Japanese queries, corrected from the catalog's own text.

An input method turns keystrokes into characters, so its slips are not a keyboard's:
- Chinese: a character of the same sound (增压花撒 for 增压花洒, 兰牙 for 蓝牙), or a word left in pinyin
  (儿童yuxue). A Han run holding a pair of characters no title has is read back through its toneless
  pinyin into the catalog's phrases (`mlmatch.query.pinyin`); a Latin word the catalog does not know,
  inside a Chinese query, is read as pinyin.
- Japanese: kana slips: hiragana where titles write katakana (けーす), a long-vowel mark or a voicing mark
  dropped or added (コド, バント). A kana run that no title's kana holds is tried with one such change; a
  change that some title's kana holds is the correction.
A run the catalog has is never touched, nor a kanji (a wrong kanji of the same reading needs a reading
dictionary, which is not here). Han is pairs of characters because titles run words together; katakana
words are written whole, so kana is checked as a run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from mlmatch.index.analyzer import normalize
from mlmatch.query.pinyin import PinyinReader, spelled

_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KANA_RUN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_LATIN_RUN = re.compile("[a-z]+")
_HIRAGANA = re.compile("[\u3041-\u3096]")
LONG_VOWEL = "\u30fc"  # ー
_VOICING = ("\u3099", "\u309a")  # combining dakuten, handakuten
MIN_LATIN_PINYIN = 4  # shorter Latin words in a Chinese query are units and sizes (cm, led, usb), not pinyin


@dataclass(frozen=True)
class RunFix:
    typed: str  # a run of the normalized query
    replacement: str
    confident: bool


class CJKSpeller:
    def __init__(self, pinyin: PinyinReader, vocabulary: Collection[str], kana_runs: Iterable[str]):
        """`vocabulary`: the BM25 index's tokens (CJK characters and pairs among them); `kana_runs`: the
        titles' runs of kana."""
        self.pinyin = pinyin
        self.vocabulary = vocabulary
        self.kana = "\n".join(sorted(set(kana_runs)))  # one text: "in" finds a run inside any title's run

    @classmethod
    def for_titles(cls, titles: Iterable[str], pinyin: PinyinReader, vocabulary: Collection[str]) -> CJKSpeller:
        return cls(pinyin, vocabulary, (run for title in titles for run in _KANA_RUN.findall(normalize(title))))

    def fixes(self, query: str, unknown: Callable[[str], bool]) -> list[RunFix]:
        """Corrections of the normalized `query`'s CJK runs; `unknown`: whether a Latin word is no word the
        catalog or a dictionary knows (`QueryCorrector`)."""
        text = normalize(query)
        if _KANA_RUN.search(text):  # Japanese: its Han is kanji, which sound-alikes do not correct
            return [fix for fix in map(self._kana_fix, _KANA_RUN.findall(text)) if fix is not None]
        if not _HAN_RUN.search(text):
            return []
        fixes = [fix for fix in map(self._han_fix, _HAN_RUN.findall(text)) if fix is not None]
        for word in _LATIN_RUN.findall(text):
            chinese = self.pinyin.read(word) if len(word) >= MIN_LATIN_PINYIN and unknown(word) else None
            if chinese is not None:
                fixes.append(RunFix(word, chinese, True))
        return fixes

    def _han_fix(self, run: str) -> RunFix | None:
        """The catalog's phrases that sound like `run`, changing only characters that pair with no neighbour
        as any title does (in 烟台红富士 the titles' 烟台 keeps 烟, though 台红 is in none)."""
        known = [run[i : i + 2] in self.vocabulary for i in range(len(run) - 1)]
        if len(run) < 2 or all(known):
            return None
        heard = self.pinyin.read(spelled(run))
        if heard is None or heard == run or len(heard) != len(run):
            return None
        changed = [i for i, (a, b) in enumerate(zip(run, heard)) if a != b]
        if any((i > 0 and known[i - 1]) or (i < len(known) and known[i]) for i in changed):
            return None
        # A two-character word made of characters the titles use may be a word they do not (爬宠, short for
        # 爬行宠物, reptile pets, is no slip for 爬虫): only suggested. A slip mostly brings a character no title has.
        coined = len(run) == 2 and all(char in self.vocabulary for char in run)
        return RunFix(run, heard, confident=len(changed) <= max(1, len(run) // 4) and not coined)

    def _kana_fix(self, run: str) -> RunFix | None:
        """The one-slip variant of `run` that the titles' kana holds, when they do not hold `run` itself."""
        if len(run) < 2 or run in self.kana:
            return None
        found = list(dict.fromkeys(v for v in _kana_variants(run) if v in self.kana))
        return RunFix(run, found[0], confident=len(found) == 1) if found else None


def _kana_variants(run: str) -> list[str]:
    """`run` in katakana, and each with one long-vowel mark or voicing mark added or dropped."""
    katakana = _HIRAGANA.sub(lambda m: chr(ord(m.group()) + 0x60), run)
    variants = [katakana] if katakana != run else []
    for base in dict.fromkeys((katakana, run)):
        for i, char in enumerate(base):
            if char == LONG_VOWEL:
                variants.append(base[:i] + base[i + 1 :])
            elif base[i + 1 : i + 2] != LONG_VOWEL:
                variants.append(base[: i + 1] + LONG_VOWEL + base[i + 1 :])
            variants += [base[:i] + other + base[i + 1 :] for other in _voicings(char)]
    return variants


def _voicings(char: str) -> list[str]:
    """The kana with a voicing mark added or taken away (ト -> ド, ド -> ト, ハ -> バ, パ)."""
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 2 and decomposed[1] in _VOICING:
        return [decomposed[0]]
    return [v for mark in _VOICING if len(v := unicodedata.normalize("NFC", char + mark)) == 1]
