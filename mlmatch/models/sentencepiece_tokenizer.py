"""e5's tokenizer (XLM-R's sentencepiece Unigram) run by sentencepiece itself for ONNX searches: it loads in
about 0.4 s and 75 MB, where `tokenizers` takes 0.7 s and about 300 MB, most of a cold search.

A bi-encoder export writes `sentencepiece.model` beside `tokenizer.json` (`write_model`): the same pieces in
the same order (so the same ids), their scores and the same normalisation map. For one text both give the
same ids but in three cases, which go to `tokenizers` (loaded then, once per process): a text ending in
whitespace (tokenizers keeps a last "▁"), one that spells out a special token (`</s>`, which tokenizers
reads as the token), and a tie between two equally scored splits (`PA++++`), found by asking sentencepiece
for its two best. A pair (a reranker's query and title) is `<s> A </s></s> B </s>`, cut to fit as
`tokenizers`' longest-first truncation cuts it; a pair with either side in those three cases goes to
`tokenizers` whole. A text's tokens with their characters (the token heatmap's) come from sentencepiece's
alignment too, except where a character normalises to several (㎡ is "m2") or whitespace is not single
spaces, where the two place them apart. The tests compare both on the benchmark.
"""

from __future__ import annotations

import base64
import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

MODEL_FILE, SPECIALS_FILE = "sentencepiece.model", "sentencepiece.json"
_UNEVEN_SPACE = re.compile(r"^\s|\s\s|[^\S ]")  # leading, repeated or other than " ": aligned apart from tokenizers'


@dataclass(frozen=True)
class Encoded:
    """What a search reads of a tokenized text, as `tokenizers` gives it."""

    ids: list[int]
    attention_mask: list[int]


@dataclass(frozen=True)
class Aligned:
    """A text's tokens with the characters each covers, as `tokenizers` gives them."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    special_tokens_mask: list[int]


def write_model(tokenizer_file: Path, out: Path) -> bool:
    """Write the sentencepiece model of `tokenizer_file` into `out`, when it is XLM-R's kind of tokenizer (a
    Unigram with a precompiled normalisation map, Metaspace words and `<s> A </s>`); False for any other."""
    config = json.loads(Path(tokenizer_file).read_text(encoding="utf-8"))
    model, normalizer, words = config.get("model") or {}, config.get("normalizer") or {}, config.get("pre_tokenizer") or {}
    steps = normalizer.get("normalizers", [normalizer])
    templates = {kind: [next(iter(part.values()))["id"] for part in parts]
                 for kind, parts in (config.get("post_processor") or {}).items() if kind in ("single", "pair")}
    template = templates.get("single", [])
    if (model.get("type") != "Unigram" or model.get("byte_fallback") or not steps or steps[0].get("type") != "Precompiled"
            or any(step.get("type") != "Replace" or step.get("content") != " " for step in steps[1:])
            or words.get("type") != "Metaspace" or words.get("replacement") != "▁" or words.get("prepend_scheme") != "always"
            or len(template) != 3 or template[1] != "A"
            or templates.get("pair") != [template[0], "A", template[2], template[2], "B", template[2]]):
        return False
    try:
        from sentencepiece import sentencepiece_model_pb2 as proto
    except ImportError:
        return False
    specials = {token["content"]: token["id"] for token in config.get("added_tokens", []) if token.get("special")}
    piece_type = proto.ModelProto.SentencePiece
    written = proto.ModelProto()
    for i, (piece, score) in enumerate(model["vocab"]):
        entry = written.pieces.add()
        entry.piece, entry.score = piece, score
        entry.type = piece_type.UNKNOWN if i == model["unk_id"] else piece_type.CONTROL if piece in specials else piece_type.NORMAL
    written.trainer_spec.model_type = proto.TrainerSpec.UNIGRAM
    written.trainer_spec.vocab_size = len(model["vocab"])
    written.trainer_spec.unk_id = model["unk_id"]
    written.trainer_spec.bos_id = written.trainer_spec.eos_id = written.trainer_spec.pad_id = -1  # added here, not by it
    spec = written.normalizer_spec
    spec.name = "precompiled"
    spec.precompiled_charsmap = base64.b64decode(steps[0]["precompiled_charsmap"])
    spec.add_dummy_prefix = spec.remove_extra_whitespaces = spec.escape_whitespaces = True
    (out / MODEL_FILE).write_bytes(written.SerializeToString())
    bos, eos = (specials[template[0]], specials[template[2]])
    (out / SPECIALS_FILE).write_text(json.dumps({"bos": bos, "eos": eos, "specials": specials}), encoding="utf-8")
    return True


class SentencePieceTokenizer:
    """`encode_batch` as `tokenizers` does it for an export (truncated to `max_length`, padded to the longest
    text of the batch with `pad_token`), by sentencepiece, deferring to `reference()` where the two may differ."""

    def __init__(self, folder: Path, max_length: int, pad_token: str, reference: Callable[[], object]):
        import sentencepiece

        self.processor = sentencepiece.SentencePieceProcessor(model_file=str(folder / MODEL_FILE))
        written = json.loads((folder / SPECIALS_FILE).read_text(encoding="utf-8"))
        self.bos, self.eos, self.specials = written["bos"], written["eos"], written["specials"]
        self.max_length, self.pad_id, self._reference = max_length, self.specials[pad_token], reference

    @cached_property
    def reference(self):
        return self._reference()

    def encode_batch(self, items: Sequence[str | tuple[str, str]]) -> list:
        ids = [self.ids(item) if isinstance(item, str) else self.pair_ids(*item) for item in items]
        longest = max(map(len, ids), default=0)
        return [Encoded(row + [self.pad_id] * (longest - len(row)), [1] * len(row) + [0] * (longest - len(row))) for row in ids]

    def ids(self, text: str) -> list[int]:
        pieces = self.pieces(text)
        if pieces is None:
            return self._reference_ids(text)
        return [self.bos, *pieces[: self.max_length - 2], self.eos]

    def pair_ids(self, first: str, second: str) -> list[int]:
        a, b = self.pieces(first), self.pieces(second)
        if a is None or b is None:
            return self._reference_ids((first, second))
        keep_a, keep_b = longest_first(len(a), len(b), self.max_length - 4)
        return [self.bos, *a[:keep_a], self.eos, self.eos, *b[:keep_b], self.eos]

    def encode(self, text: str) -> Aligned:
        """`text`'s ids, each token's character span ((0, 0) for `<s>` and `</s>`) and which are special."""
        best = None if _UNEVEN_SPACE.search(text) or any(len(unicodedata.normalize("NFKC", c)) != 1 for c in text) else self._best(text)
        if best is None:
            return self.reference.encode(text)
        starts = [0]  # each character's first UTF-8 byte: sentencepiece aligns pieces to bytes
        for char in text:
            starts.append(starts[-1] + len(char.encode()))
        kept = best[: self.max_length - 2]
        spans = [(bisect.bisect_left(starts, piece.begin), bisect.bisect_left(starts, piece.end)) for piece in kept]
        return Aligned([self.bos, *(piece.id for piece in kept), self.eos], [(0, 0), *spans, (0, 0)], [1, *[0] * len(kept), 1])

    def pieces(self, text: str) -> list[int] | None:
        """The ids of `text`'s pieces; None where `tokenizers` may split it otherwise."""
        best = self._best(text)
        return None if best is None else [piece.id for piece in best]

    def _best(self, text: str) -> list | None:
        """sentencepiece's pieces of `text` (with their ids and byte spans); None where `tokenizers` may split it otherwise."""
        if text[-1:].isspace() or any(special in text for special in self.specials):
            return None
        best = self.processor.nbest_encode(text, nbest_size=2, return_type="proto").nbests
        if len(best) > 1 and best[0].score == best[1].score:
            return None
        return list(best[0].pieces) if best else []

    def _reference_ids(self, item: str | tuple[str, str]) -> list[int]:
        [encoded] = self.reference.encode_batch([item])
        return list(encoded.ids)


def longest_first(n1: int, n2: int, room: int) -> tuple[int, int]:
    """How many tokens of each side of a pair `tokenizers`' longest-first truncation keeps in `room`: the
    shorter side whole when the longer one can take the rest, else half of `room` each (the odd one to
    the longer side)."""
    if n1 + n2 <= room:
        return n1, n2
    short, long = sorted((n1, n2))
    long = short if short > room else max(short, room - short)
    if short + long > room:
        short, long = room // 2, room // 2 + room % 2
    return (short, long) if n1 <= n2 else (long, short)
