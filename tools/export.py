"""`python -m tools.export compact --out DIR`: a copy of the model small enough to upload.

A GPU machine we may train on takes uploads of about 60 MB and has no model hub or PyPI,
while the packaged model is ~470 MB, most of it the 250k-row word-embedding matrix. Our
six languages need a small part of that vocabulary, so we keep only the pieces the shipped
texts use plus every single-character piece of their scripts (any text still tokenizes),
and store the weights in fp16, or int8 with a one-file expander when fp16 is too large.
Every export is checked against the full model before it replaces `--out`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from eval.datasets import BENCHMARK, SHIPPED_CATALOG
from mlmatch.atomic import atomic_dir
from mlmatch.errors import MlmatchError
from mlmatch.models import PACKAGED, BiEncoder, load_bi_encoder
from mlmatch.models.packaged import packaged_model_dir

MAX_BYTES = 50_000_000
MIN_COSINE = 0.999
DTYPES = ("auto", "fp16", "int8")
WEIGHTS, INT8_WEIGHTS, EXPANDER = "model.safetensors", "model.int8.safetensors", "expand.py"
_QUANTIZE_MIN_ELEMENTS = 65_536  # matrices; biases and LayerNorms stay fp32
_SCRIPT_NAMES = ("LATIN", "HIRAGANA", "KATAKANA")

# Copied into int8 exports: needs only torch and safetensors, which sentence-transformers brings.
EXPAND_PROGRAM = Path(__file__).with_name("expand.py")


class ExportError(MlmatchError):
    """An export that cannot be made or fails its check: reported in one line."""


@dataclass(frozen=True)
class ExportReport:
    out_dir: Path
    source_vocab: int
    vocab: int
    vocab_texts: int
    dtype: str
    size_bytes: int
    texts_checked: int
    cosine_sample: int
    min_cosine: float
    mean_cosine: float

    def summary(self) -> str:
        return (f"{self.out_dir}: {self.dtype}, vocabulary {self.vocab:,} of {self.source_vocab:,} pieces, "
                f"{self.size_bytes / 1e6:.1f} MB; tokens identical on {self.texts_checked:,} texts, "
                f"cosine vs full model min {self.min_cosine:.5f} / mean {self.mean_cosine:.5f} on {self.cosine_sample} texts")


def shipped_texts() -> list[str]:
    """Everything the shipped catalog and benchmark embed, as the search engine and eval build it."""
    from mlmatch.beir import document_text, load_beir
    from mlmatch.catalog import embedding_text, load_catalog

    texts = []
    for product in load_catalog(SHIPPED_CATALOG):
        texts += [product.title, embedding_text(product)]
    benchmark = load_beir(BENCHMARK)  # every split holds the whole corpus
    for doc in benchmark.corpus.values():
        texts += [doc.title, doc.text, document_text(benchmark, doc.id)]
    texts += [row["text"] for row in _jsonl(BENCHMARK / "queries.jsonl")]
    return _unique(texts)


def read_vocab_files(paths: Iterable[Path]) -> list[str]:
    """Extra texts for the vocabulary: one per non-empty line."""
    texts = []
    for path in paths:
        try:
            texts += path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ExportError(f"--vocab-from {path}: {error}") from None
    return _unique(texts)


def is_common_piece(piece: str) -> bool:
    """A single character (word-initial or not) of en/zh/de/es/fr/ja text: Latin, kana, CJK, digits, punctuation, symbols."""
    body = piece[1:] if piece.startswith("\u2581") and len(piece) > 1 else piece
    if len(body) != 1:
        return False
    if unicodedata.category(body)[0] in "NPSZ" or "\u0300" <= body <= "\u036f":  # incl. combining accents
        return True
    name = unicodedata.name(body, "")
    return any(script in name for script in _SCRIPT_NAMES) or ("CJK" in name and "IDEOGRAPH" in name)


def kept_ids(tokenizer_json: dict, texts: list[str], prefixes: Iterable[str]) -> list[int]:
    """Old ids to keep, ascending: special tokens, the pieces `texts` use (with each prefix), common pieces."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(json.dumps(tokenizer_json))
    keep = {token["id"] for token in tokenizer_json["added_tokens"]}
    keep |= {i for i, (piece, _) in enumerate(tokenizer_json["model"]["vocab"]) if is_common_piece(piece)}
    for prefix in prefixes:
        for encoding in tokenizer.encode_batch([prefix + text for text in texts]):
            keep.update(encoding.ids)
    return sorted(keep)


def trim_tokenizer(tokenizer_json: dict, keep: list[int]) -> dict:
    """The same Unigram tokenizer over the kept pieces only, with ids renumbered in order.

    Viterbi picks the best-scoring segmentation; removing pieces that a text's best
    segmentation does not use leaves that segmentation the best, so those texts tokenize alike.
    """
    model = tokenizer_json["model"]
    if model.get("type") != "Unigram":
        raise ExportError(f"only Unigram tokenizers can be trimmed, this one is {model.get('type')}")
    new_id = {old: new for new, old in enumerate(keep)}
    trimmed = json.loads(json.dumps(tokenizer_json))
    trimmed["model"]["vocab"] = [model["vocab"][old] for old in keep]
    trimmed["model"]["unk_id"] = new_id[model["unk_id"]]
    for token in trimmed["added_tokens"]:
        token["id"] = new_id[token["id"]]
    for special in ((trimmed.get("post_processor") or {}).get("special_tokens") or {}).values():
        special["ids"] = [new_id[i] for i in special["ids"]]
    if trimmed.get("padding"):
        trimmed["padding"]["pad_id"] = new_id[trimmed["padding"]["pad_id"]]
    return trimmed


def quantize_int8(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-row int8: each row keeps its own scale, so small rows lose no precision to large ones."""
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(matrix / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def export_compact(out_dir: Path, texts: list[str], model: str = PACKAGED, dtype: str = "auto",
                   check_sample: int = 256, reference: BiEncoder | None = None) -> ExportReport:
    """Write the trimmed model to `out_dir` (atomically) after checking it against the full one.

    `reference` is the full model already loaded (it is loaded from `model` otherwise).
    """
    if dtype not in DTYPES:
        raise ExportError(f"--dtype must be one of {', '.join(DTYPES)}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"--out {out_dir} is a file; expected a folder to create or replace")
    source = _source_folder(model)
    reference = reference or load_bi_encoder(model, device="cpu")
    tokenizer_json = json.loads((source / "tokenizer.json").read_text(encoding="utf-8"))
    prompts = json.loads((source / "config_sentence_transformers.json").read_text(encoding="utf-8")).get("prompts") or {}
    prefixes = ["", *dict.fromkeys(prompts.values())]
    keep = kept_ids(tokenizer_json, texts, prefixes)

    with atomic_dir(out_dir) as scratch:
        for file in source.iterdir():
            if file.name not in (WEIGHTS, "README.md"):
                (shutil.copytree if file.is_dir() else shutil.copy2)(file, scratch / file.name)
        trimmed = trim_tokenizer(tokenizer_json, keep)
        (scratch / "tokenizer.json").write_text(json.dumps(trimmed, ensure_ascii=False), encoding="utf-8")
        config = json.loads((source / "config.json").read_text(encoding="utf-8"))
        source_vocab = config["vocab_size"]
        config.update(vocab_size=len(keep), dtype="float32")  # loads (and trains) in fp32 whatever the storage
        for key in ("pad_token_id", "bos_token_id", "eos_token_id"):
            if config.get(key) is not None:
                config[key] = keep.index(config[key])
        (scratch / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")

        state = _trimmed_state(source / WEIGHTS, source_vocab, keep)
        chosen = _write_weights(scratch, state, dtype)
        texts_checked = _check_tokens(tokenizer_json, trimmed, texts, prefixes)
        cosines = _check_embeddings(scratch, chosen, reference, texts, check_sample)
        report = ExportReport(out_dir, source_vocab, len(keep), len(texts), chosen, 0, texts_checked,
                              len(cosines), float(cosines.min()), float(cosines.mean()))
        without_readme = _folder_bytes(scratch)
        for _ in range(3):  # the README states the size that includes itself
            report = replace(report, size_bytes=without_readme + len(_readme(report, model).encode()))
        (scratch / "README.md").write_text(_readme(report, model), encoding="utf-8")
        if report.size_bytes > MAX_BYTES and dtype != "fp16":  # an explicit fp16 request is honoured; main() warns
            raise ExportError(f"export is {report.size_bytes / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit even in int8; "
                              "use fewer --vocab-from texts")
    return report


def _source_folder(model: str) -> Path:
    folder = packaged_model_dir() if model == PACKAGED else Path(model).expanduser()
    needed = ("modules.json", "config.json", "tokenizer.json", WEIGHTS, "config_sentence_transformers.json")
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise ExportError(f"--model {model}: not a sentence-transformers folder with its transformer at the top "
                          f"(missing {', '.join(missing)})")
    return folder


def _trimmed_state(weights: Path, vocab: int, keep: list[int]) -> dict[str, np.ndarray]:
    """All tensors as fp32 arrays, the word-embedding matrix cut to the kept rows in their new order."""
    from safetensors.numpy import load_file

    state = load_file(str(weights))
    embeddings = [name for name, tensor in state.items() if tensor.ndim == 2 and tensor.shape[0] == vocab]
    if len(embeddings) != 1:
        raise ExportError(f"{weights}: expected one word-embedding matrix with {vocab} rows, found {embeddings}")
    state[embeddings[0]] = state[embeddings[0]][np.asarray(keep)]
    return {name: np.ascontiguousarray(tensor, dtype=np.float32) for name, tensor in state.items()}


def _write_weights(folder: Path, state: dict[str, np.ndarray], dtype: str) -> str:
    """fp16 (stock-loadable) unless asked for int8, or `auto` and fp16 would break the size limit."""
    from safetensors.numpy import save_file

    metadata = {"format": "pt"}
    if dtype in ("auto", "fp16"):
        save_file({name: tensor.astype(np.float16) for name, tensor in state.items()}, str(folder / WEIGHTS), metadata)
        if dtype == "fp16" or _folder_bytes(folder) <= MAX_BYTES:
            return "fp16"
        (folder / WEIGHTS).unlink()
    packed = {}
    for name, tensor in state.items():
        if tensor.ndim == 2 and tensor.size >= _QUANTIZE_MIN_ELEMENTS:
            packed[name], packed[name + ".int8_scale"] = quantize_int8(tensor)
        else:
            packed[name] = tensor
    save_file(packed, str(folder / INT8_WEIGHTS), metadata)
    shutil.copyfile(EXPAND_PROGRAM, folder / EXPANDER)
    return "int8"


def _check_tokens(full: dict, trimmed: dict, texts: list[str], prefixes: list[str]) -> int:
    """Every text (with every prefix) must give the same piece sequence; returns how many were compared."""
    from tokenizers import Tokenizer

    before, after = (Tokenizer.from_str(json.dumps(t)) for t in (full, trimmed))
    compared = 0
    for prefix in prefixes:
        batch = [prefix + text for text in texts]
        for text, a, b in zip(batch, before.encode_batch(batch), after.encode_batch(batch)):
            if a.tokens != b.tokens:
                raise ExportError(f"trimmed tokenizer splits {text!r} differently: {b.tokens} vs {a.tokens}")
        compared += len(batch)
    return compared


def _check_embeddings(folder: Path, dtype: str, reference: BiEncoder, texts: list[str], sample: int) -> np.ndarray:
    """Cosine of query and document embeddings, export vs full model, loaded as a user would load it."""
    from sentence_transformers import SentenceTransformer

    picked = texts[:: max(1, len(texts) // max(1, sample))][:sample]
    with tempfile.TemporaryDirectory(prefix="mlmatch-export-check-") as tmp:
        loadable = folder
        if dtype == "int8":
            loadable = Path(tmp) / "expanded"
            shutil.copytree(folder, loadable)
            subprocess.run([sys.executable, str(loadable / EXPANDER)], check=True, capture_output=True)
        compact = BiEncoder(SentenceTransformer(str(loadable), device="cpu"), str(folder), "export-check")
        cosines = np.concatenate([
            np.sum(compact.encode_queries(picked) * reference.encode_queries(picked), axis=1),
            np.sum(compact.encode_documents(picked) * reference.encode_documents(picked), axis=1),
        ])
    if cosines.min() < MIN_COSINE:
        worst = picked[int(np.argmin(cosines)) % len(picked)]
        raise ExportError(f"export drifts from the full model: cosine {cosines.min():.5f} < {MIN_COSINE} on {worst!r}")
    return cosines


def _readme(report: ExportReport, model: str) -> str:
    load = ("from sentence_transformers import SentenceTransformer\nmodel = SentenceTransformer(\"THIS_FOLDER\")"
            if report.dtype == "fp16" else
            "python THIS_FOLDER/expand.py   # once: writes model.safetensors (fp32) from the int8 file\n"
            "from sentence_transformers import SentenceTransformer\nmodel = SentenceTransformer(\"THIS_FOLDER\")")
    storage = ("fp16 safetensors; loads as fp32" if report.dtype == "fp16" else
               "int8 per-row quantised matrices (symmetric, one fp32 scale per row) and fp32 biases/norms in "
               f"`{INT8_WEIGHTS}`; `{EXPANDER}` (torch + safetensors only) turns them into a stock fp32 `{WEIGHTS}`")
    return f"""# Compact export of `{model}`

Made by `python -m tools.export compact` for machines that take small uploads and have no model hub.

- **Vocabulary trimmed** from {report.source_vocab:,} to {report.vocab:,} pieces: the special tokens, every piece
  the {report.vocab_texts:,} vocabulary texts use (with and without the query/passage prefixes; from the CLI these are
  the shipped catalog and benchmark texts plus any `--vocab-from` files), and every single-character piece of
  Latin (with accents), kana, CJK ideographs, digits, punctuation and symbols, so that any en/zh/de/es/fr/ja
  text still tokenizes. Other scripts (Korean, Cyrillic, Arabic, ...) become `<unk>`; text outside the vocabulary
  texts may split into more, shorter pieces than with the full model.
- **Weights**: {storage}.
- **Size on disk**: {report.size_bytes / 1e6:.1f} MB ({report.size_bytes / 2**20:.1f} MiB).
- **Checked against the full model**: identical token sequences on all {report.texts_checked:,} vocabulary texts
  (each with each prefix); embedding cosine min {report.min_cosine:.5f}, mean {report.mean_cosine:.5f} on
  {report.cosine_sample} query/document embeddings.
- Prompts kept: `query: ` for queries, `passage: ` for documents (`prompt_name="query"` / `"document"`).

```
{load}
```
"""


def _folder_bytes(folder: Path) -> int:
    return sum(file.stat().st_size for file in folder.rglob("*") if file.is_file())


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(text for text in texts if text.strip()))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.export", description="Export models for other machines.")
    commands = parser.add_subparsers(dest="command", required=True)
    compact = commands.add_parser("compact", help=f"trimmed-vocabulary copy under {MAX_BYTES // 10**6} MB, for upload")
    compact.add_argument("--out", type=Path, required=True, help="folder to create or replace")
    compact.add_argument("--model", default=PACKAGED, help=f"'{PACKAGED}' (default) or a sentence-transformers folder")
    compact.add_argument("--vocab-from", type=Path, action="append", default=[], metavar="FILE",
                         help="keep the pieces of these texts too (one per line); repeatable")
    compact.add_argument("--dtype", choices=DTYPES, default="auto",
                         help="weight storage: fp16 (loads with stock sentence-transformers), int8 (needs expand.py), "
                              f"auto = fp16 if it fits in {MAX_BYTES // 10**6} MB, else int8 (default)")
    compact.add_argument("--check-sample", type=int, default=256, help="texts whose embeddings are compared (default 256)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.check_sample < 1:
            raise ExportError("--check-sample must be at least 1")
        texts = _unique(shipped_texts() + read_vocab_files(args.vocab_from))
        report = export_compact(args.out, texts, args.model, args.dtype, args.check_sample)
    except MlmatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    if report.size_bytes > MAX_BYTES:
        print(f"warning: over the {MAX_BYTES // 10**6} MB upload target; --dtype auto or int8 would fit", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
