"""Inference for the bi-encoder and the reranker on the exports `mlmatch.models.onnx_export` makes, behind
the interfaces sentence-transformers gives them: ONNX Runtime for the ONNX runtimes, TorchScript for the
torch runtime's copy."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import numpy as np

from mlmatch.errors import BadArgument
from mlmatch.models import sentencepiece_tokenizer
from mlmatch.models.onnx_export import (
    INPUTS,
    MODEL_FILE,
    OUTPUTS_FILE,
    SETTINGS_FILE,
    TOKENIZER_DIR,
    TRACED_FILE,
    T,
    check_export,
    export_cross_encoder,
    export_folder,
    export_sentence_model,
    loaded_export,
)
from mlmatch.models.runtime import check_runtime
from mlmatch.threads import configured_threads, threads_per_request

if TYPE_CHECKING:
    import onnxruntime
    from sentence_transformers import CrossEncoder, SentenceTransformer


def thread_count(threads: int | None = None) -> int:
    """`threads`, else the count `mlmatch.threads` configured for this process, else its default."""
    if threads is None:
        return configured_threads() or threads_per_request()
    if threads < 1:
        raise BadArgument(f"onnxruntime needs at least 1 thread, not {threads}")
    return threads


def sentence_model(model: SentenceTransformer, fingerprint: str, runtime: str, threads: int | None = None) -> ExportedSentenceModel:
    """`model` (whose fingerprint is `fingerprint`) exported once for `runtime` and run from the export."""
    return loaded_export(fingerprint, check_runtime(runtime), lambda out: export_sentence_model(model, out, runtime),
                         lambda folder: ExportedSentenceModel(folder, thread_count(threads)))


def cross_encoder(model: CrossEncoder, fingerprint: str, runtime: str, threads: int | None = None) -> ExportedCrossEncoder:
    """`model` (whose fingerprint is `fingerprint`) exported once for `runtime` and run from the export."""
    return loaded_export(fingerprint, check_runtime(runtime), lambda out: export_cross_encoder(model, out, runtime),
                         lambda folder: ExportedCrossEncoder(folder, thread_count(threads)))


def cached_sentence_model(fingerprint: str, runtime: str, threads: int | None = None) -> ExportedSentenceModel | None:
    """The cached export of `fingerprint` for `runtime` when it verifies and loads, with no sentence-transformers
    model to load first (a cold start); None otherwise, and `sentence_model` makes it from that model."""
    return _cached(fingerprint, runtime, lambda folder: ExportedSentenceModel(folder, thread_count(threads)))


def cached_cross_encoder(fingerprint: str, runtime: str, threads: int | None = None) -> ExportedCrossEncoder | None:
    """As `cached_sentence_model`, for a reranker."""
    return _cached(fingerprint, runtime, lambda folder: ExportedCrossEncoder(folder, thread_count(threads)))


def _cached(fingerprint: str, runtime: str, load: Callable[[Path], T]) -> T | None:
    folder = export_folder(fingerprint, check_runtime(runtime))
    if check_export(folder, fingerprint, runtime) is not None:
        return None
    try:
        return load(folder)
    except Exception:  # noqa: BLE001 -- whatever it is, the full path exports again and reports it once
        return None


def _session(path: Path, threads: int) -> onnxruntime.InferenceSession:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1  # the graph is one chain: parallelism lives inside each operator
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _encoder_tokenizer(folder: Path, max_length: int):
    """The export's tokenizer, truncated to `max_length` and padded to the longest in a batch, without
    transformers and torch to import: sentencepiece where the export has its model (a bi-encoder's,
    `mlmatch.models.sentencepiece_tokenizer`), else the `tokenizers` library (the Rust core of transformers'
    fast tokenizers)."""
    pad = json.loads((folder / TOKENIZER_DIR / "tokenizer_config.json").read_text()).get("pad_token", "<pad>")
    if (folder / TOKENIZER_DIR / sentencepiece_tokenizer.MODEL_FILE).is_file() and find_spec("sentencepiece") is not None:
        return sentencepiece_tokenizer.SentencePieceTokenizer(folder / TOKENIZER_DIR, max_length, pad,
                                                              lambda: _tokenizers_tokenizer(folder, max_length, pad))
    return _tokenizers_tokenizer(folder, max_length, pad)


def _tokenizers_tokenizer(folder: Path, max_length: int, pad: str):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_DIR / "tokenizer.json"))
    tokenizer.enable_truncation(max_length, strategy="longest_first")
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id(pad), pad_token=pad)
    return tokenizer


class _TracedSession:
    """A TorchScript copy behind the two calls of an onnxruntime session that `_Runner` makes. torch keeps
    its own thread count (`mlmatch.threads`); the profiling executor is off, as it re-optimises the graph on
    the first calls of each new shape (a one-query search took 18 instead of 11 ms)."""

    def __init__(self, folder: Path):
        import torch

        self.torch = torch
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # TorchScript's: torch.export's programs load 3x slower (onnx_export)
            self.module = torch.jit.load(str(folder / TRACED_FILE), map_location="cpu")
        self.names = json.loads((folder / OUTPUTS_FILE).read_text())

    def get_outputs(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(name=name) for name in self.names]

    def run(self, output_names: list[str], feed: dict[str, np.ndarray]) -> list[np.ndarray]:
        torch = self.torch
        with torch.inference_mode(), torch.jit.optimized_execution(False):
            outputs = self.module(*(torch.from_numpy(feed[name]) for name in INPUTS))
        by_name = dict(zip(self.names, outputs if isinstance(outputs, tuple) else (outputs,)))
        return [by_name[name].numpy() for name in output_names]


def _open_model(folder: Path, threads: int):
    """The export's model as a session: TorchScript where the export is the torch runtime's, else onnxruntime."""
    return _TracedSession(folder) if (folder / TRACED_FILE).is_file() else _session(folder / MODEL_FILE, threads)


class _OffsetTokenizer:
    """The one call `mlmatch.explain` makes of a transformers tokenizer, answered by the export's own
    (sentencepiece, else `tokenizers`, whose Rust core transformers' fast tokenizers wrap): importing
    transformers for it took 2-3 s of the demo's first search, and loading `tokenizers` 0.7 s."""

    def __init__(self, tokenizer, max_length: int):
        self._tokenizer, self._max_length = tokenizer, max_length  # the tokenizer truncates at `max_length`

    def __call__(self, text: str, *, return_offsets_mapping: bool, return_special_tokens_mask: bool, truncation: bool,
                 max_length: int) -> dict[str, list]:
        if not (return_offsets_mapping and return_special_tokens_mask and truncation) or max_length != self._max_length:
            raise BadArgument("the export's tokenizer gives ids, offsets and the special-token mask, cut at the model's length")
        encoded = self._tokenizer.encode(text)
        return {"input_ids": encoded.ids, "offset_mapping": encoded.offsets, "special_tokens_mask": encoded.special_tokens_mask}


class _Runner:
    """Tokenize, batch (longest texts first, as sentence-transformers does, so padding stays short) and run."""

    def __init__(self, folder: Path, threads: int):
        self.folder = folder
        self.settings = json.loads((folder / SETTINGS_FILE).read_text())
        self.max_length = int(self.settings["max_length"])
        # Side by side: sentencepiece, onnxruntime and torch all let go of the GIL while they load (0.78 -> 0.46 s).
        with ThreadPoolExecutor(1) as pool:
            tokenizer = pool.submit(_encoder_tokenizer, folder, self.max_length)
            self.session = _open_model(folder, threads)
            self.encoder_tokenizer = tokenizer.result()
        self.output_names = [output.name for output in self.session.get_outputs()]

    @property
    def tokenizer(self) -> _OffsetTokenizer:
        """The token heatmap's tokenizer (it needs each token's characters)."""
        return _OffsetTokenizer(self.encoder_tokenizer, self.max_length)

    def batches(self, items: list, batch_size: int, progress: bool = False) -> Iterator[tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]]:
        """(indices into `items`, attention mask, outputs by name) per batch; `items` are texts or (query, text) pairs."""
        from tqdm.auto import tqdm

        if batch_size < 1:
            raise BadArgument(f"batch_size must be at least 1, not {batch_size}")
        order = np.argsort([-sum(len(part) for part in _parts(item)) for item in items], kind="stable")
        for start in tqdm(range(0, len(items), batch_size), desc="Batches", disable=not progress):
            indices = order[start:start + batch_size]
            encodings = self.encoder_tokenizer.encode_batch([items[i] if isinstance(items[i], str) else tuple(items[i]) for i in indices])
            feed = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64)}
            yield indices, feed["attention_mask"], dict(zip(self.output_names, self.session.run(self.output_names, feed)))


def _parts(item: str | Sequence[str]) -> tuple[str, ...]:
    return (item,) if isinstance(item, str) else tuple(item)


class ExportedSentenceModel:
    """The part of `SentenceTransformer` that `BiEncoder` and `mlmatch.explain` use, run from an export."""

    device = "cpu"

    def __init__(self, folder: Path, threads: int):
        self._runner = _Runner(folder, threads)
        self.prompts: dict[str, str] = self._runner.settings["prompts"]
        self.max_seq_length = self._runner.max_length

    @property
    def tokenizer(self):
        return self._runner.tokenizer

    def get_embedding_dimension(self) -> int:
        return int(self._runner.settings["dim"])

    def encode(self, sentences: str | list[str], prompt_name: str | None = None, batch_size: int = 32,
               output_value: str | None = "sentence_embedding", normalize_embeddings: bool = False,
               convert_to_numpy: bool = True, show_progress_bar: bool = False) -> np.ndarray | list | dict:
        """As `SentenceTransformer.encode`: sentence embeddings as one (n, dim) numpy array, whatever
        `convert_to_numpy` says; each text's `token_embeddings`, or (`output_value=None`) a dict of both per
        text, as torch tensors, which is how sentence-transformers returns them."""
        if output_value not in ("sentence_embedding", "token_embeddings", None):
            raise BadArgument(f"unknown output_value {output_value!r} (use sentence_embedding, token_embeddings or None)")
        single = isinstance(sentences, str)
        prefix = self.prompts[prompt_name] if prompt_name else ""
        texts = [prefix + text for text in ([sentences] if single else sentences)]
        per_text: list[dict[str, np.ndarray]] = [{} for _ in texts]
        for indices, mask, outputs in self._runner.batches(texts, batch_size, show_progress_bar):
            for row, index in enumerate(indices):
                per_text[index] = {"sentence_embedding": outputs["sentence_embedding"][row],
                                   "token_embeddings": outputs["token_embeddings"][row, : int(mask[row].sum())]}
        if output_value == "sentence_embedding":
            dim = self.get_embedding_dimension()
            vectors = np.stack([entry[output_value] for entry in per_text]) if texts else np.zeros((0, dim), np.float32)
            if normalize_embeddings:
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            return vectors[0] if single else vectors
        import torch

        results = [{name: torch.from_numpy(value) for name, value in entry.items()} for entry in per_text]
        chosen = [entry[output_value] for entry in results] if output_value else results
        return chosen[0] if single else chosen


class ExportedCrossEncoder:
    """The part of `CrossEncoder` that `Reranker` uses, run from an export."""

    def __init__(self, folder: Path, threads: int):
        self._runner = _Runner(folder, threads)
        self.num_labels = int(self._runner.settings["num_labels"])
        self.max_seq_length = self._runner.max_length

    def predict(self, inputs: list[tuple[str, str]], batch_size: int = 32, activation_fn: Callable | None = None,
                apply_softmax: bool = False, convert_to_numpy: bool = True, show_progress_bar: bool = False) -> np.ndarray:
        """Scores of (query, text) pairs as numpy: the logits, then `activation_fn` (none by default, unlike
        CrossEncoder's sigmoid) and, for several labels, softmax if asked."""
        scores = np.zeros((len(inputs), self.num_labels), dtype=np.float32)
        for indices, _, outputs in self._runner.batches(list(inputs), batch_size, show_progress_bar):
            scores[indices] = outputs["scores"]
        if activation_fn is not None:
            scores = np.asarray(activation_fn(scores), dtype=np.float32)
        if self.num_labels == 1:
            return scores[:, 0]
        if apply_softmax:
            shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
            scores = shifted / shifted.sum(axis=1, keepdims=True)
        return scores
