"""Language codes (ISO 639-1) and language identification."""

from __future__ import annotations

from functools import lru_cache

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
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Best guess and its probability, from langid.py's bundled model (97 languages, offline)."""
    code, probability = _identifier().classify(text)
    return code, float(probability)
