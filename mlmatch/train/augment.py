"""Training-data augmentation that needs no network: typos, code-switching, attribute dropping."""

from __future__ import annotations

import random
import re

_WORD = re.compile(r"[^\W\d_]{4,}")
_SEGMENT = re.compile(r"\s*(?:[,，、|/]|\s-\s|【|】|\(|\)|（|）)\s*")


def typo(text: str, rng: random.Random) -> str:
    """One keyboard slip (swap, drop or double a letter) in one word of four or more letters."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    match = rng.choice(words)
    word, i = match.group(), rng.randrange(len(match.group()) - 1)
    edit = rng.choice(("swap", "drop", "double"))
    if edit == "swap":
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif edit == "drop":
        word = word[:i] + word[i + 1 :]
    else:
        word = word[: i + 1] + word[i] + word[i + 1 :]
    return text[: match.start()] + word + text[match.end() :]


def code_switch(query: str, other: str, rng: random.Random) -> str:
    """Half of one query followed by half of the same intent in another language ("iphone 15 手机壳")."""
    def halves(text: str) -> tuple[str, str]:
        parts = text.split()
        if len(parts) > 1:
            cut = len(parts) // 2
            return " ".join(parts[:cut]), " ".join(parts[cut:])
        cut = len(text) // 2
        return text[:cut], text[cut:]

    first, _ = halves(query)
    _, second = halves(other)
    return f"{first} {second}".strip() if rng.random() < 0.5 else f"{second} {first}".strip()


def drop_attribute(title: str, rng: random.Random) -> str:
    """The title without one of its later segments (a colour, a size, a selling point)."""
    segments = [s for s in _SEGMENT.split(title) if s.strip()]
    if len(segments) < 3:
        return title
    del segments[rng.randrange(1, len(segments))]
    return ", ".join(segments)
