"""Language codes (ISO 639-1) and language identification."""

from __future__ import annotations

import array
import bisect
import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from mlmatch.atomic import atomic_file
from mlmatch.cache import cache_dir
from mlmatch.errors import BadArgument

ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)


def check_language(code: str) -> str:
    """Return the code normalised to lower case, or raise ValueError naming it."""
    normalised = code.strip().lower()
    if normalised not in ISO_639_1:
        raise BadArgument(f"unknown language code {code!r} (expected ISO 639-1, e.g. en, zh, de, ja)")
    return normalised


def parse_languages(spec: str | None) -> frozenset[str] | None:
    """`"en,de"` -> {"en", "de"}; empty or None means no restriction."""
    if not spec:
        return None
    return frozenset(check_language(part) for part in spec.split(",") if part.strip())


@lru_cache(maxsize=1)
def _identifier():
    """langid.py's model, decoded once per machine into the cache: decoding the compressed string it
    ships takes 1.2 s, reading the arrays back 0.05 s."""
    from langid.langid import LanguageIdentifier, model

    path = cache_dir() / "langid" / f"model-{hashlib.sha256(model).hexdigest()[:16]}.npz"
    try:
        with np.load(path, allow_pickle=False) as arrays:
            identifier = LanguageIdentifier(*_from_arrays(arrays), norm_probs=True)
    except (OSError, ValueError, KeyError):
        identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
        with atomic_file(path) as scratch, scratch.open("wb") as out:
            np.savez(out, **_to_arrays(identifier))
    identifier.nb_classprobs = _sparse_class_scores(identifier.nb_ptc, identifier.nb_pc)
    return identifier


def _sparse_class_scores(ptc: np.ndarray, pc: np.ndarray):
    """langid's `nb_classprobs` over the features a text has. langid multiplies the whole 7,480 x 97 table,
    first copying it to float64 (5.5 MB a call: 0.5 ms, and with it `bench query`'s p50 jumped between 1.3
    and 3.3 ms from run to run); a short query has a handful of features, and the same sums over those
    alone take 0.02 ms."""

    def class_scores(features: np.ndarray) -> np.ndarray:
        present = features.nonzero()[0]
        return features[present] @ ptc[present] + pc

    return class_scores


def _to_arrays(identifier) -> dict[str, np.ndarray]:
    states = sorted(identifier.tk_output)
    outputs = [identifier.tk_output[state] for state in states]
    return {"ptc": identifier.nb_ptc, "pc": identifier.nb_pc, "classes": np.array(identifier.nb_classes),
            "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode)), "nextmove_code": np.array(identifier.tk_nextmove.typecode),
            "states": np.array(states, dtype=np.int64), "output_lengths": np.array([len(o) for o in outputs], dtype=np.int64),
            "outputs": np.array([feature for o in outputs for feature in o], dtype=np.int64)}


def _from_arrays(arrays) -> tuple:
    """LanguageIdentifier's arguments as `from_modelstring` makes them: the state machine as an `array.array`
    and a dict of tuples, which its per-byte loop indexes fastest."""
    ptc, pc = arrays["ptc"], arrays["pc"]
    nextmove = array.array(str(arrays["nextmove_code"]), arrays["nextmove"].tobytes())
    flat, bounds = arrays["outputs"].tolist(), np.cumsum(arrays["output_lengths"]).tolist()
    starts = [0, *bounds[:-1]]
    output = {state: tuple(flat[a:b]) for state, a, b in zip(arrays["states"].tolist(), starts, bounds)}
    return ptc, pc, ptc.shape[0], arrays["classes"].tolist(), nextmove, output


def detect_language(text: str) -> tuple[str, float]:
    """Best guess and its probability, from langid.py's bundled model (97 languages, offline)."""
    code, probability = _identifier().classify(text)
    return code, float(probability)


def language_ranking(text: str) -> list[tuple[str, float]]:
    """Every language langid.py knows with its probability for `text`, likeliest first."""
    return [(code, float(probability)) for code, probability in _identifier().rank(text)]


class QueryLanguageDetector:
    """The language of a short product query, among the languages a catalog is written in.

    langid.py alone calls "Beamer 4K", "Handy" and "pomme" English: two words carry too little of a
    language. Here langid is restricted to the catalog's languages and weighed together with the
    catalog's own titles: character trigrams of their words per language, and whole query words
    that begin a title word (German compounds: "Handy" in "Handyhülle").
    """

    _WORD = re.compile(r"[^\W\d_]+")

    def __init__(self, titles: Iterable[tuple[str, str]]):
        """`titles`: (title, language) pairs, e.g. every product of a catalog."""
        self.trigrams: dict[str, Counter[str]] = defaultdict(Counter)
        self.words: dict[str, Counter[str]] = defaultdict(Counter)
        for title, lang in titles:
            words = self._words(title)
            self.trigrams[lang].update(gram for word in words for gram in _trigrams(word))
            self.words[lang].update(set(words))
        self.languages = sorted(self.trigrams)
        self._totals = {lang: sum(grams.values()) for lang, grams in self.trigrams.items()}
        self._distinct = len(set().union(*self.trigrams.values())) if self.trigrams else 0
        self._sorted_words = {lang: sorted(words) for lang, words in self.words.items()}

    def detect(self, query: str) -> tuple[str, float]:
        """Best guess and its probability among the catalog's languages."""
        ranked = dict(_identifier().rank(query))
        total = sum(ranked.get(lang, 0.0) for lang in self.languages) or 1.0
        scores = {lang: math.log(max(ranked.get(lang, 0.0) / total, 1e-9)) for lang in self.languages}
        words = self._words(query)
        for gram in (gram for word in words for gram in _trigrams(word)):
            if any(self.trigrams[lang][gram] for lang in self.languages):  # unseen everywhere: no evidence
                for lang in self.languages:
                    scores[lang] += math.log((self.trigrams[lang][gram] + 0.5) / (self._totals[lang] + 0.5 * self._distinct))
        for word in (word for word in words if len(word) >= 4):
            starts = {lang: self._words_starting(lang, word) for lang in self.languages}
            if any(starts.values()):
                for lang in self.languages:
                    scores[lang] += math.log((starts[lang] + 0.1) / (len(self.words[lang]) + 0.1))
        best = max(scores, key=scores.get)
        return best, 1.0 / sum(math.exp(value - scores[best]) for value in scores.values())

    def _words(self, text: str) -> list[str]:
        return self._WORD.findall(unicodedata.normalize("NFKC", text).casefold())

    def _words_starting(self, lang: str, prefix: str) -> int:
        words = self._sorted_words[lang]
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff")
        return sum(self.words[lang][word] for word in words[start:end])


def _trigrams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]
