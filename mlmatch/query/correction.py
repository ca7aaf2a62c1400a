"""Query correction (did-you-mean) from the catalog's own vocabulary, and pinyin read as Chinese.

A shopper's word the catalog does not have is looked up among the words it has (SymSpell's
symmetric-delete lookup over the BM25 index's tokens, weighted by how many listings use them), so a
correction always lands on a word that can match a listing: brands and model names are known words
because the catalog spells them. Three rules keep it conservative:
- never touch a word the catalog knows, a token with a digit (model numbers, sizes), a word of three
  letters or fewer, a common word of a catalog language (`wordfreq`, Zipf frequency >= 3), or the start of
  a catalog word longer by two letters or more (`thermom` is a cut-short `thermometer`, not a misspelt `thermos`);
- rewrite only when one candidate is clearly best: the same letters without accents (`inalambrico`), a
  split into known words (`exteriorpaint`; never a compound the language's word list has, `Holzeisenbahn`),
  or one edit away where no other candidate is as close and as common;
- a rare word that a language's list still has (Zipf above 2: `vidage`, `teflon`, but also the misspelling
  `posey`) is rewritten only when a listing holds the corrected query's other words too (`la roche posay
  anthelios`, not `station de visage`);
- anything weaker (two edits, a tie) is only offered as a suggestion.
A query of Latin letters none of whose words the catalog or a dictionary knows, and that spells Chinese
phrases of the catalog in pinyin, is read as those phrases (`mlmatch.query.pinyin`); input-method slips in
Chinese and Japanese (same-sound characters, kana) are corrected by `mlmatch.query.cjk`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from mlmatch.errors import BadArgument
from mlmatch.index.analyzer import normalize
from mlmatch.index.lexical import BM25Index
from mlmatch.query.cjk import CJKSpeller
from mlmatch.query.pinyin import PinyinReader
from mlmatch.query.word_frequency import has_list, zipf_frequency

MODES = ("on", "suggest", "off")
COMMON_ZIPF = 3.0  # wordfreq's Zipf scale: 3 = once per million words; commoner words are never "typos"
RARE_ZIPF = 2.0  # a word this common in some language is rewritten only when the listings back the correction
CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
MIN_LENGTH = 4  # shorter words have too many neighbours one edit away
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"^[a-zà-öø-ÿœ]+$")


@dataclass(frozen=True)
class Correction:
    query: str  # as typed
    corrected: str | None  # the query searched instead (None: searched as typed)
    suggestion: str | None  # a possible correction not applied ("did you mean")

    @property
    def searched(self) -> str:
        return self.corrected or self.query

    def to_dict(self) -> dict:
        return {"query": self.query, "corrected_query": self.corrected, "suggestion": self.suggestion}


@dataclass(frozen=True)
class Fix:
    word: str
    replacement: str
    confident: bool
    whole_word: bool = True  # False: a run of CJK text, replaced wherever it stands (a Chinese title has no spaces)


def fold_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


class QueryCorrector:
    """Corrections for one catalog, built from its BM25 index's vocabulary (word -> listings that use it)."""

    def __init__(self, counts: dict[str, int], languages: list[str], pinyin: PinyinReader | None = None,
                 cjk: CJKSpeller | None = None, listings: BM25Index | None = None):
        from symspellpy import SymSpell

        self.counts = counts
        self.listings = listings
        self.pinyin = pinyin
        self.cjk = cjk
        self.catalog_languages = languages
        # looked up without accents, so a dropped accent costs no edit (`inprimacion` is one from `imprimación`)
        self.symspell = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        self.sorted_words = sorted(counts)
        self.spelled: dict[str, str] = {}  # a word without its accents -> the catalog's commonest spelling of it
        for word, count in counts.items():
            folded = fold_accents(word)
            self.symspell.create_dictionary_entry(folded, count)
            if count > self.counts.get(self.spelled.get(folded, ""), 0):
                self.spelled[folded] = word

    @cached_property
    def languages(self) -> list[str]:
        """The catalog's languages whose words are checked against wordfreq: Latin-script ones only, as
        wordfreq's CJK lists need tokenizers (MeCab, jieba) we do not ship."""
        return [lang for lang in self.catalog_languages if lang not in CJK_LANGUAGES and has_list(lang)]

    def warm(self) -> None:
        """Map the word lists and read the catalog's Chinese as pinyin now, not on a shopper's first
        query (a server calls this; a one-query process needs neither for words the catalog knows)."""
        self._common("qzxjv")
        if self.pinyin is not None:
            self.pinyin.phrases  # noqa: B018 -- worked out on first use

    @classmethod
    def for_index(cls, bm25: BM25Index, languages: list[str], titles: Iterable[str] = ()) -> QueryCorrector:
        """The Latin-script words of the index's vocabulary with their document frequencies; pinyin is read
        as the Chinese phrases of `titles`, and Chinese and Japanese slips are corrected from their text."""
        vocabulary = bm25.retriever.vocab_dict
        counts = {token: int(bm25.document_frequency[i]) for token, i in vocabulary.items() if len(token) >= 3 and _LATIN.match(token)}
        titles = list(titles)
        pinyin = PinyinReader.for_titles(titles)
        return cls(counts, languages, pinyin, CJKSpeller.for_titles(titles, pinyin, vocabulary), bm25)

    def correct(self, query: str, mode: str = "on") -> Correction:
        if mode not in MODES:
            raise BadArgument(f"unknown correction mode {mode!r} (use one of {', '.join(MODES)})")
        if mode == "off":
            return Correction(query, None, None)
        chinese = self._read_pinyin(query)
        if chinese is not None:
            return Correction(query, chinese, None) if mode == "on" else Correction(query, None, chinese)
        fixes = [fix for fix in map(self._fix, _words(query)) if fix is not None]
        if self.cjk is not None:
            fixes += [Fix(f.typed, f.replacement, f.confident, whole_word=False) for f in self.cjk.fixes(query, self._unknown)]
        confidently_fixed = _apply(query, [f for f in fixes if f.confident])
        fixes = [self._backed(fix, confidently_fixed) for fix in fixes]
        confident = [f for f in fixes if f.confident] if mode == "on" else []
        corrected = _apply(query, confident) if confident else None
        suggestion = _apply(corrected or query, [f for f in fixes if f not in confident]) if len(confident) < len(fixes) else None
        return Correction(query, corrected, suggestion)

    def _read_pinyin(self, query: str) -> str | None:
        """The Chinese the query spells in pinyin, unless one of its words is a word the catalog or a dictionary knows."""
        words = [normalize(w) for w in _words(query)]
        if self.pinyin is None or not words or not all(map(self._unknown, words)):
            return None
        return self.pinyin.read(query)

    def _unknown(self, word: str) -> bool:
        """Neither a word of the catalog nor a common word of its languages."""
        return word not in self.counts and not self._common(word)

    def _fix(self, word: str) -> Fix | None:
        lowered = normalize(word)
        if lowered in self.counts or len(lowered) < MIN_LENGTH or not _LATIN.match(lowered) or self._common(lowered):
            return None
        folded = fold_accents(lowered)
        accented = self.spelled.get(folded)
        if accented is not None:
            return Fix(word, accented, True)
        from symspellpy import Verbosity

        candidates = self.symspell.lookup(folded, Verbosity.CLOSEST, max_edit_distance=2 if len(lowered) >= 6 else 1)
        best = candidates[0] if candidates else None
        alone = len(candidates) == 1 or (best is not None and candidates[1].count * 4 <= best.count)
        if best is not None and best.distance == 1 and alone and best.term.startswith(folded):
            return Fix(word, self.spelled[best.term], True)  # its last letter dropped (`wireles`)
        if self._starts_a_word(lowered):
            return None
        if best is not None:
            return Fix(word, self.spelled[best.term], best.distance == 1 and alone)
        if self._listed(lowered):
            return None  # a compound its language lists (Holzeisenbahn), not two words run together
        parts = [self.spelled.get(part, "") for part in self.symspell.word_segmentation(folded, max_edit_distance=0).corrected_string.split()]
        if len(parts) > 1 and all(len(part) >= 3 for part in parts):
            return Fix(word, " ".join(parts), True)
        return None

    def _backed(self, fix: Fix, corrected: str) -> Fix:
        """The fix, made a suggestion when its word is a real word (if rare) and no listing holds the corrected
        query's words together: `station de vidage` means emptying, however close `visage` is."""
        if not fix.confident or self.listings is None or not self._listed(normalize(fix.word), RARE_ZIPF):
            return fix
        known = [w for w in _words(corrected) if self.listings.listings_using(w) > 0]
        if len(known) > 1 and self.listings.one_listing_holds(corrected):
            return fix
        return replace(fix, confident=False)

    def _starts_a_word(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.sorted_words, prefix)
        return i < len(self.sorted_words) and self.sorted_words[i].startswith(prefix)

    def _common(self, word: str) -> bool:
        return any(zipf_frequency(word, lang) >= COMMON_ZIPF for lang in self.languages)

    def _listed(self, word: str, at_least: float = 0.0) -> bool:
        """In the word list of a catalog language (by default at all, however rare)."""
        return any(zipf_frequency(word, lang) > at_least for lang in self.languages)


def _words(query: str) -> list[str]:
    return list(dict.fromkeys(_WORD.findall(query)))


def _apply(query: str, fixes: list[Fix]) -> str:
    """The query with each fixed word replaced where it stands as a whole word (a CJK run wherever it stands)."""
    for fix in fixes:
        if fix.whole_word:
            query = re.sub(rf"(?<!\w){re.escape(fix.word)}(?!\w)", _cased_as(fix.word, fix.replacement), query)
        else:  # found in the normalized query: as typed, when NFKC and case folding changed nothing there
            query = (query if fix.word in query else normalize(query)).replace(fix.word, fix.replacement)
    return query


def _cased_as(typed: str, replacement: str) -> str:
    """The catalog's (lower-case) word, capitalised as the shopper typed theirs: `Brenbo` -> `Brembo`."""
    if len(typed) > 1 and typed.isupper():
        return replacement.upper()
    return replacement[:1].upper() + replacement[1:] if typed[:1].isupper() else replacement
