"""ONNX Runtime inference for the bi-encoder and the reranker, behind the interfaces sentence-transformers
gives them, on the exports `mlmatch.models.onnx_export` makes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mlmatch.errors import BadArgument
from mlmatch.models.onnx_export import (
    INPUTS,
    MODEL_FILE,
    SETTINGS_FILE,
    TOKENIZER_DIR,
    export_cross_encoder,
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


def sentence_model(model: SentenceTransformer, fingerprint: str, runtime: str, threads: int | None = None) -> OnnxSentenceModel:
    """`model` (whose fingerprint is `fingerprint`) exported once for `runtime` and run by onnxruntime."""
    return loaded_export(fingerprint, check_runtime(runtime), lambda out: export_sentence_model(model, out),
                         lambda folder: OnnxSentenceModel(folder, thread_count(threads)))


def cross_encoder(model: CrossEncoder, fingerprint: str, runtime: str, threads: int | None = None) -> OnnxCrossEncoder:
    """`model` (whose fingerprint is `fingerprint`) exported once for `runtime` and run by onnxruntime."""
    return loaded_export(fingerprint, check_runtime(runtime), lambda out: export_cross_encoder(model, out),
                         lambda folder: OnnxCrossEncoder(folder, thread_count(threads)))


def _session(path: Path, threads: int) -> onnxruntime.InferenceSession:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1  # the graph is one chain: parallelism lives inside each operator
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _tokenizer(folder: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(folder / TOKENIZER_DIR))


class _Runner:
    """Tokenize, batch (longest texts first, as sentence-transformers does, so padding stays short) and run."""

    def __init__(self, folder: Path, threads: int):
        self.settings = json.loads((folder / SETTINGS_FILE).read_text())
        self.max_length = int(self.settings["max_length"])
        self.tokenizer = _tokenizer(folder)
        self.session = _session(folder / MODEL_FILE, threads)
        self.output_names = [output.name for output in self.session.get_outputs()]

    def batches(self, items: list, batch_size: int, progress: bool = False) -> Iterator[tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]]:
        """(indices into `items`, attention mask, outputs by name) per batch; `items` are texts or (query, text) pairs."""
        from tqdm.auto import tqdm

        if batch_size < 1:
            raise BadArgument(f"batch_size must be at least 1, not {batch_size}")
        order = np.argsort([-sum(len(part) for part in _parts(item)) for item in items], kind="stable")
        for start in tqdm(range(0, len(items), batch_size), desc="Batches", disable=not progress):
            indices = order[start:start + batch_size]
            parts = [list(column) for column in zip(*(_parts(items[i]) for i in indices))]
            features = self.tokenizer(*parts, padding=True, truncation="longest_first", max_length=self.max_length, return_tensors="np")
            feed = {name: features[name].astype(np.int64) for name in INPUTS}
            yield indices, feed["attention_mask"], dict(zip(self.output_names, self.session.run(self.output_names, feed)))


def _parts(item: str | Sequence[str]) -> tuple[str, ...]:
    return (item,) if isinstance(item, str) else tuple(item)


class OnnxSentenceModel:
    """The part of `SentenceTransformer` that `BiEncoder` and `mlmatch.explain` use, run by onnxruntime."""

    device = "cpu"

    def __init__(self, folder: Path, threads: int):
        self._runner = _Runner(folder, threads)
        self.prompts: dict[str, str] = self._runner.settings["prompts"]
        self.max_seq_length = self._runner.max_length
        self.tokenizer = self._runner.tokenizer

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


class OnnxCrossEncoder:
    """The part of `CrossEncoder` that `Reranker` uses, run by onnxruntime."""

    def __init__(self, folder: Path, threads: int):
        self._runner = _Runner(folder, threads)
        self.num_labels = int(self._runner.settings["num_labels"])
        self.max_length = self._runner.max_length
        self.tokenizer = self._runner.tokenizer

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
