"""`python -m eval.typos`: a copy of a BEIR data set whose queries carry realistic typing errors, or pinyin.

    python -m eval.typos --data data/benchmark --split test --out results/typos-benchmark
    python -m eval.run --data results/typos-benchmark --pairs all --systems dense,ltr --correct on

Each query gets one error, drawn with a fixed seed per query id: in Japanese (a query with kana) a slip in a
katakana word (its long-vowel mark or a voicing mark dropped or added, or the word left in hiragana); in
Chinese (Han, no kana) one character replaced by a common one of the same sound, as a pinyin input method
offers it; otherwise, in a Latin-script word of five letters or more, a neighbouring key on a QWERTY
keyboard, a dropped or doubled letter, two words joined, or its accents dropped (where it has any). Queries
with no place for an error (short ones, Japanese without a katakana word) are left out, so the typo slice
and its clean twin (`--clean`, the same queries unchanged) compare like with like. With `--pinyin`, the slice is the Chinese queries written only in Han characters (and
spaces), typed instead as toneless pinyin, one run of syllables per word (苹果 手机壳 -> pingguo shoujike).
With `--written FILE`, the slice is the queries a file of hand-written misspellings lists (JSON lines of
`_id`, `text`, `error`, as `data/style_shift/typos.jsonl`: same-sound characters in Chinese, kana slips in
Japanese, spelling by ear everywhere). The corpus and judgments are copied unchanged.

    python -m eval.typos --data data/style_shift --split test --written data/style_shift/typos.jsonl --out results/typos-style
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from mlmatch.beir import DataError, load_beir
from mlmatch.errors import run_cli
from mlmatch.query.correction import fold_accents

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {key: {ROWS[r][c + d] for d in (-1, 1) if 0 <= c + d < len(ROWS[r])} | {ROWS[r2][c] for r2 in (r - 1, r + 1) if 0 <= r2 < 3 and c < len(ROWS[r2])}
              for r, row in enumerate(ROWS) for c, key in enumerate(row)}
_WORD = re.compile(r"[^\W\d_]{5,}")
_HAN_ONLY = re.compile("^[\u3400-\u4dbf\u4e00-\u9fff ]+$")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
_KATAKANA_WORD = re.compile("[\u30a1-\u30fa\u30fc]{3,}")


def misspell(query: str, rng: random.Random, lang: str | None = None) -> str | None:
    """The query with one realistic error, or None when it has none to make: an input-method slip in
    Japanese or Chinese (told by `lang`, else by kana and Han), else a typing error in a Latin-script word of
    five letters or more."""
    if lang == "ja" or (lang is None and _KANA.search(query)):
        return kana_slip(query, rng)
    if lang == "zh" or (lang is None and _HAN.search(query)):
        return same_sound(query, rng)
    words = [m for m in _WORD.finditer(query) if all(c.isascii() or unicodedata.category(c) == "Ll" or c.isupper() for c in m.group())
             and fold_accents(m.group()).isascii()]
    if not words:
        return None
    match = rng.choice(words)
    word, kinds = match.group(), ["neighbour", "drop", "double"]
    if fold_accents(word) != word:
        kinds.append("accents")
    if match.end() < len(query) and query[match.end()] == " ":
        kinds.append("join")
    kind = rng.choice(kinds)
    if kind == "accents":
        return query[: match.start()] + fold_accents(word) + query[match.end() :]
    if kind == "join":
        return query[: match.end()] + query[match.end() + 1 :]
    i = rng.randrange(1, len(word) - 1)  # keep the first and last letters, as most typos do
    if kind == "drop":
        typo = word[:i] + word[i + 1 :]
    elif kind == "double":
        typo = word[:i] + word[i] + word[i:]
    else:
        options = sorted(NEIGHBOURS.get(word[i].lower(), ()))
        typo = word[:i] + (rng.choice(options) if options else word[i] * 2) + word[i + 1 :]
    return query[: match.start()] + typo + query[match.end() :]


def kana_slip(query: str, rng: random.Random) -> str | None:
    """One slip in a katakana word of three or more kana: its long-vowel mark or a voicing mark dropped or
    added, or the word left in hiragana (コード -> コド, バンド -> バント, ケース -> けーす)."""
    runs = list(_KATAKANA_WORD.finditer(query))
    if not runs:
        return None
    match = rng.choice(runs)
    word = match.group()
    slips = [[word.replace("\u30fc", "", 1)] if "\u30fc" in word else [],
             [word[:i] + other + word[i + 1 :] for i, char in enumerate(word) for other in _voiced(char)],
             ["".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in word)]]
    return query[: match.start()] + rng.choice(rng.choice([kind for kind in slips if kind])) + query[match.end() :]


def same_sound(query: str, rng: random.Random) -> str | None:
    """One Han character replaced by a common one of the same toneless pinyin, as an input method offers
    it (花洒 -> 花撒); None when no character has one."""
    options = {i: _same_sound(char) for i, char in enumerate(query) if _HAN.match(char)}
    options = {i: chars for i, chars in options.items() if chars}
    if not options:
        return None
    i = rng.choice(sorted(options))
    return query[:i] + rng.choice(options[i]) + query[i + 1 :]


def _voiced(char: str) -> list[str]:
    """The kana with its voicing mark taken away, or added."""
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 2:
        return [decomposed[0]]
    voiced = unicodedata.normalize("NFC", char + "\u3099")
    return [voiced] if len(voiced) == 1 else []


@lru_cache(maxsize=1)
def _common_han_by_sound() -> dict[str, list[str]]:
    """Toneless pinyin -> the 3,755 commonest characters (GB 2312 level 1) that sound so."""
    from pypinyin import lazy_pinyin

    by_sound: dict[str, list[str]] = {}
    for first in range(0xB0, 0xD8):
        for second in range(0xA1, 0xFF if first < 0xD7 else 0xFA):
            char = bytes([first, second]).decode("gb2312")
            by_sound.setdefault(lazy_pinyin(char)[0], []).append(char)
    return by_sound


def _same_sound(char: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return [other for other in _common_han_by_sound().get(lazy_pinyin(char)[0], []) if other != char]


def as_pinyin(query: str) -> str | None:
    """The query typed as toneless pinyin, or None unless it is Han characters and spaces only."""
    if not _HAN_ONLY.match(query):
        return None
    from pypinyin import lazy_pinyin

    return " ".join("".join(lazy_pinyin(word)) for word in query.split())


def read_written(path: Path) -> dict[str, str]:
    """Query id -> its hand-written misspelling."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return {row["_id"]: row["text"] for row in rows}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataError(f"{path}: not a file of JSON lines with '_id' and 'text' ({error})") from None


def write_slice(data_dir: Path, split: str, out: Path, clean: bool = False, pinyin: bool = False,
                written: dict[str, str] | None = None) -> int:
    """Write the slice (or its clean twin) to `out`; returns how many queries it has. `written`: query id ->
    a hand-written misspelling, used instead of drawn ones."""
    data = load_beir(data_dir, split)
    out.mkdir(parents=True, exist_ok=True)
    (out / "qrels").mkdir(exist_ok=True)
    shutil.copyfile(data_dir / "corpus.jsonl", out / "corpus.jsonl")
    kept = {}
    for qid, query in data.queries.items():
        if written is not None:
            typo = written.get(qid)
        else:
            typo = as_pinyin(query.text) if pinyin else misspell(query.text, random.Random(f"{qid}:typo"), query.lang)
        if typo is not None and typo != query.text:
            kept[qid] = {"_id": qid, "text": query.text if clean else typo, "lang": query.lang}
    if not kept:
        raise DataError(f"{data_dir}: no {split} query has a misspelling" + ("" if written is not None else " (none has a Latin-script word of five letters or more)"))
    (out / "queries.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in kept.values()), encoding="utf-8")
    with (data_dir / "qrels" / f"{split}.tsv").open(encoding="utf-8") as source, (out / "qrels" / f"{split}.tsv").open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number == 0 or line.split("\t", 1)[0] in kept:
                target.write(line)
    return len(kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.typos", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="a BEIR directory")
    parser.add_argument("--split", default="test")
    parser.add_argument("--out", type=Path, required=True, help="where the copy goes")
    parser.add_argument("--clean", action="store_true", help="the same queries without their typos (the slice's clean twin)")
    parser.add_argument("--pinyin", action="store_true", help="the Chinese queries typed as pinyin instead of typos")
    parser.add_argument("--written", type=Path, help="hand-written misspellings (JSON lines of _id, text, error) instead of drawn ones")
    args = parser.parse_args(argv)

    def write() -> None:
        written = read_written(args.written) if args.written else None
        print(f"wrote {write_slice(args.data, args.split, args.out, args.clean, args.pinyin, written)} queries to {args.out}")

    return run_cli(write)


if __name__ == "__main__":
    sys.exit(main())
