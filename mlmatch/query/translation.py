"""Dictionary translation of a query into the catalog's languages ("searched also: iron, 熨斗, アイロン").

The encoders close most cross-lingual gaps, but a word they have rarely seen ("Bügeleisen") lands on a
look-alike ("Bügelkopfhörer"), and BM25 alone matches nothing across languages. A bilingual dictionary
knows better. The installed dictionaries (`mlmatch.query.dictionaries`) are stored once per machine;
a query's words are carried through their English glosses (the pivot) into every language of the
catalog, keeping only the translations the catalog's BM25 index knows (a translation no listing uses
matches nothing), weighted by sense order (first sense 1, second 1/2, ...) and by how much of the word's
meaning each translation shares; into German also the catalog's compounds headed by a translation
(Holzschrauben for Schrauben). Each word is worked out once per catalog and remembered.

A query is read word by word: runs of Han and kana by the longest headword (Chinese and Japanese
dictionaries; kana means Japanese), Latin words (and phrases of up to three, short words inside: tapis de
bain) in the dictionary of each Latin-script language, weighted by how likely the query is that language
(langid and word frequencies). A phrase of words is read whole only into the languages it reaches.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from mlmatch.index.analyzer import normalize
from mlmatch.languages import language_ranking
from mlmatch.query import dictionaries
from mlmatch.query.dictionaries import DictionaryStore
from mlmatch.query.word_frequency import zipf_frequency

log = logging.getLogger(__name__)

CACHED_WORDS = 65536  # queries, words and glosses remembered per catalog
PIVOT = dictionaries.ENGLISH
MAX_PER_LANGUAGE = 4  # translations kept per word and target language, by weight
MAX_PHRASE_WORDS = 3
MAX_CJK_HEADWORD = 8
LATIN_LANGUAGES = ("en", "de", "fr", "es")
MIN_LANGUAGE_SHARE = 0.05  # below this a Latin-script language is not consulted
RARE_ZIPF = 1.0  # wordfreq's Zipf scale (log10 per billion words): a word a language lacks counts as this rare
LANGID_SMOOTHING = 0.1  # added to langid's probabilities: on two words it is often unsure, or wrong
PLURAL_S = ("fr", "es")  # languages whose plurals mostly add -s (English glosses are looked up as written)
MIN_WORD_LETTERS = 3  # shorter Latin words (à, de, la) are function words: their translations are noise
# "sans fil" is wireless: a negation is translated only with its word, as a phrase the dictionary lists,
# never "without" and "wire" apart
NEGATIONS = frozenset({"without", "ohne", "sans", "sin", "non"})
# languages that write a compound as one word: German listings sell Holzschrauben, which the dictionary's
# Holz and Schrauben never match; the catalog's compounds with a translation as their head are searched too
COMPOUNDING = frozenset({"de"})
MIN_HEAD_LETTERS = 4  # shorter heads end too many words that are no compounds of them
MIN_MODIFIER_ZIPF = 1.5  # what comes before the head is a word of the language (Holz, Bade), not a brand's letters
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_CJK_RUN = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class _Reading:
    """A run of the query's units (Han/kana characters, or Latin words) as one dictionary language reads it."""

    lang: str
    units: tuple[str, ...]
    joiner: str  # "" between characters, " " between words
    longest: int  # units in the longest headword tried
    shortest: int  # and in the shortest: 2 for CJK, where one character is too ambiguous to translate
    share: float  # how likely the run is that language
    written_in: str  # the language its script most likely is: never translated into
    compositional: bool  # Latin words: a phrase means what its words do (tapis de bain), 苹果手机 is not 苹果 + 手机


@dataclass(frozen=True)
class Expansion:
    word: str  # the query's word or phrase, as the dictionary spells it
    lang: str  # the translation's language
    term: str
    weight: float  # sense order times how likely the word is in its language

    def to_dict(self) -> dict:
        return {"word": self.word, "lang": self.lang, "term": self.term, "weight": round(self.weight, 3)}


class CatalogWords(Protocol):
    """What the translator asks of a catalog's words, e.g. its `BM25Index`."""

    def listings_using(self, text: str) -> int:
        """How many listings use the term (0: none)."""

    def words_ending_with(self, ending: str) -> list[str]:
        """The catalog's longer words that end with `ending`, most used first."""


def searched_also(expansions: list[Expansion], limit: int = 8) -> str:
    """The heaviest translations as a shopper reads them: "iron, アイロン, fer"."""
    return ", ".join(dict.fromkeys(e.term for e in expansions[:limit]))


class QueryTranslator:
    """Translations of a query's words into a catalog's languages, the words the catalog knows only."""

    def __init__(self, store: DictionaryStore, target_languages: Iterable[str], catalog_words: CatalogWords):
        self.store = store
        self.languages = sorted(set(target_languages))  # of the catalog: what queries are translated into
        self.sources = store.sources  # language -> the dictionaries read for it
        self._uses = lru_cache(maxsize=CACHED_WORDS)(catalog_words.listings_using)
        self._ending_with = lru_cache(maxsize=CACHED_WORDS)(catalog_words.words_ending_with)
        self._carried = lru_cache(maxsize=CACHED_WORDS)(self._carry)
        self._translations = lru_cache(maxsize=CACHED_WORDS)(self._translate)
        self._expanded = lru_cache(maxsize=CACHED_WORDS)(self._expand)  # a search, its display and ltr's list all ask

    def warm(self) -> None:
        """Load langid's model, map the word lists and sort the catalog's words by their endings now, not on a
        shopper's first query (a server calls this)."""
        language_ranking("warm")
        for lang in LATIN_LANGUAGES:
            zipf_frequency("warm", lang)
        if COMPOUNDING & set(self.languages):
            self._ending_with("warm")

    @classmethod
    def for_catalog(cls, target_languages: Iterable[str], catalog_words: CatalogWords,
                    progress: bool = False) -> QueryTranslator | None:
        """None (with a warning) when no dictionary is installed; the first use on a machine stores them."""
        found = dictionaries.sources()
        if not found:
            log.warning("no bilingual dictionary installed: queries are searched untranslated")
            return None
        return cls(DictionaryStore.open(found, progress), target_languages, catalog_words)

    def expand(self, query: str) -> list[Expansion]:
        """Each translation of the query's words, heaviest first; words without one add nothing."""
        return list(self._expanded(query))

    def _expand(self, query: str) -> tuple[Expansion, ...]:
        best: dict[tuple[str, str], Expansion] = {}
        readings = self._readings(query)
        for target in self.languages:
            for reading in readings:
                if target in (reading.lang, reading.written_in):
                    continue
                for word in self._longest_matches(reading, target):
                    for into, term, weight in self._translations(reading.lang, word):
                        if into != target or term == word:
                            continue
                        expansion = Expansion(word, target, term, weight * reading.share)
                        if (target, term) not in best or expansion.weight > best[(target, term)].weight:
                            best[(target, term)] = expansion
        return tuple(sorted(best.values(), key=lambda e: (-e.weight, e.lang, e.term)))

    def _readings(self, query: str) -> list[_Reading]:
        """The query's runs of one script as each dictionary language may read them, with how likely that
        language is and the language the script most likely is. A word is never translated into the language
        it is most likely written in: read as Japanese, 投影仪 would otherwise bring Chinese synonyms to a
        Chinese search."""
        text = normalize(query)
        found = []
        readings = (("ja", 1.0), ("zh", 0.5)) if _KANA.search(text) else (("zh", 1.0), ("ja", 0.5))
        for run in _CJK_RUN.findall(text):
            # single characters are too ambiguous to translate: a headword has two or more
            found += [_Reading(lang, tuple(run), "", MAX_CJK_HEADWORD, 2, share, readings[0][0], False) for lang, share in readings]
        latin = _latin_words_read(text)
        if latin:
            shares = self._latin_shares(latin)
            likeliest = max(shares, key=shares.get, default=PIVOT)
            words = tuple(_LATIN_WORD.findall(text))  # with the short ones: a phrase may hold them (tapis de bain)
            found += [_Reading(lang, words, " ", MAX_PHRASE_WORDS, 1, share, likeliest, True) for lang, share in shares.items()]
        return found

    def _latin_shares(self, words: list[str]) -> dict[str, float]:
        """How likely the words are each Latin-script language: langid's guess (on two words often unsure)
        times how common each word is in that language (`wordfreq`): "Beamer" is a German word before it is
        English slang, "plancha" Spanish before French."""
        prior = {lang: p + LANGID_SMOOTHING for lang, p in language_ranking(" ".join(words)) if lang in LATIN_LANGUAGES}
        log_odds = {lang: math.log(p) + math.log(10) * sum(max(zipf_frequency(w, lang), RARE_ZIPF) for w in words)
                    for lang, p in prior.items() if lang in self.sources or lang == PIVOT}
        best = max(log_odds.values(), default=0.0)
        odds = {lang: math.exp(value - best) for lang, value in log_odds.items()}
        total = sum(odds.values()) or 1.0
        return {lang: p / total for lang, p in odds.items() if p / total >= MIN_LANGUAGE_SHARE}

    def _longest_matches(self, reading: _Reading, target: str) -> list[str]:
        """Greedy longest-first segmentation of the reading's units (characters or words) into headwords with
        a translation. A phrase of words is read whole only into the languages the dictionaries reach with it
        ("cricket bat" has only a French word), into the others word by word; a CJK word, into every language
        or none (split, 苹果手机 would bring apples). Units no headword starts are skipped, and a headword
        neither starts nor ends with a short word."""
        units, matches, start = reading.units, [], 0
        while start < len(units):
            negated = units[start] in NEGATIONS
            for end in range(min(len(units), start + reading.longest), start + max(reading.shortest, 2 if negated else 1) - 1, -1):
                candidate = reading.joiner.join(units[start:end])
                if _read_alone(units[start]) and _read_alone(units[end - 1]) and self._reaches(reading, candidate, target):
                    matches.append(candidate)
                    start = end
                    break
            else:
                start += 2 if negated else 1
        return matches

    def _reaches(self, reading: _Reading, headword: str, target: str) -> bool:
        translations = self._translations(reading.lang, headword)
        return any(into == target for into, _, _ in translations) if reading.compositional else bool(translations)

    def _translate(self, lang: str, word: str) -> tuple[tuple[str, str, float], ...]:
        """(target language, term, weight) for one headword. A term earns 1/(sense + 1)/(its rank among the
        gloss's words + 1) for every gloss it shares with the word, so the term that shares most of the
        word's meaning leads (Bügeleisen "iron, flat-iron": plancha "iron, flat-iron" before hierro "iron");
        the leader weighs its earnings up to 1, the others in proportion."""
        senses = [(word,)] if lang == PIVOT else self.store.senses(lang, word)
        if not senses and lang in PLURAL_S and word.endswith("s") and len(word) > MIN_WORD_LETTERS + 1:
            senses = self.store.senses(lang, word[:-1])  # chaussures -> chaussure: the dictionaries list singulars
        earned: dict[tuple[str, str], float] = {}
        for i, sense in enumerate(senses):
            for gloss in sense:
                for target, j, term in self._carried(gloss):
                    if target != lang:
                        earned[(target, term)] = earned.get((target, term), 0.0) + 1.0 / (i + 1) / (j + 1)
        out: list[tuple[str, str, float]] = []
        for target in self.languages if earned else ():
            ranked = sorted(((term, value) for (t, term), value in earned.items() if t == target), key=lambda item: -item[1])
            if ranked:
                scale = min(1.0, ranked[0][1]) / ranked[0][1]
                out += [(target, term, round(value * scale, 3)) for term, value in ranked[:MAX_PER_LANGUAGE]]
        return tuple(out)

    def _carry(self, gloss: str) -> tuple[tuple[str, int, str], ...]:
        """An English gloss in every catalog language: (language, rank, term). Per language the words with that
        gloss the catalog knows, those whose earliest sense it is first, then those the catalog uses most
        (アイロン before アイアン for "iron" in a shop)."""
        out: list[tuple[str, int, str]] = []
        glossed = self.store.glossed_as(gloss)
        for target in self.languages:
            if target == PIVOT:
                candidates = [gloss] if self._uses(gloss) else []
            else:
                words = glossed.get(target, [])
                known = sorted((i, -uses, word) for i, word in words if not _one_cjk_character(word) and (uses := self._uses(word)))
                candidates = [word for *_, word in known[:MAX_PER_LANGUAGE]]
                if target in COMPOUNDING:
                    candidates += self._compounds(target, words, candidates)
            out += [(target, j, term) for j, term in enumerate(c for c in candidates if not _has_function_word(c))]
        return tuple(out)

    def _compounds(self, lang: str, words: list[tuple[int, str]], found: list[str]) -> list[str]:
        """The catalog's compounds whose head is one of the words (Holzschrauben, Spanplattenschrauben for
        Schrauben; Badematte for Matte), most used first, after the words themselves. The part before the
        head must be a word of the language: Ferplast is a brand, not a kind of Last."""
        compounds: list[str] = []
        for head in dict.fromkeys(word for _, word in sorted(words) if len(word) >= MIN_HEAD_LETTERS and word.isalpha()):
            for word in self._ending_with(head):
                if len(compounds) == MAX_PER_LANGUAGE:
                    return compounds
                modifier = word[: -len(head)]
                if (_read_alone(modifier) and word not in found and word not in compounds
                        and zipf_frequency(modifier, lang) >= MIN_MODIFIER_ZIPF):
                    compounds.append(word)
        return compounds


def translated_share(query: str, expansions: list[Expansion]) -> dict[str, float]:
    """Per target language, the share of the query's words (CJK characters, Latin words the translator
    reads) that its translations stand for: of 宝宝游戏围栏 only 游戏 reaches French (1/3)."""
    total = _word_units(normalize(query))
    words: dict[str, set[str]] = {}
    for expansion in expansions:
        words.setdefault(expansion.lang, set()).add(expansion.word)
    return {lang: min(1.0, sum(map(_word_units, found)) / total) for lang, found in words.items()} if total else {}


def _word_units(text: str) -> int:
    """Han and kana characters count one each, and each Latin word the translator reads."""
    return sum(map(len, _CJK_RUN.findall(text))) + len(_latin_words_read(text))


def _latin_words_read(text: str) -> list[str]:
    """The Latin words a query is translated by: shorter ones (à, de, la) are function words."""
    return [word for word in _LATIN_WORD.findall(text) if _read_alone(word)]


def _read_alone(unit: str) -> bool:
    """A Han or kana character, or a Latin word of 3+ letters: not a function word (à, de, la), which is
    translated only inside a phrase the dictionary lists."""
    return len(unit) >= MIN_WORD_LETTERS or bool(_CJK_RUN.match(unit))


def _has_function_word(term: str) -> bool:
    """`de hierro`, `next to`: a short word in a translation matches half a catalog on its own."""
    return any(not _read_alone(word) for word in _LATIN_WORD.findall(term))


def _one_cjk_character(word: str) -> bool:
    """A lone Han or kana character (铁, 家): too many listings hold it for it to stand for one word."""
    return len(word) == 1 and bool(_CJK_RUN.match(word))
