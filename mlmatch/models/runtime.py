"""The runtimes a model can run on, named in one place: the command lines, the evaluation suite and the
demo need the names without the export and inference code (`mlmatch.models.onnx`)."""

from __future__ import annotations

import os

from mlmatch.errors import BadArgument

TORCH, ONNX, ONNX_INT8 = "torch", "onnx", "onnx-int8"
RUNTIMES = (TORCH, ONNX, ONNX_INT8)
RUNTIME_ENV = "MLMATCH_RUNTIME"  # the runtime of the demo app
RERANKER_RUNTIME_ENV = "MLMATCH_RERANKER_RUNTIME"  # the demo's reranker runtime, when not the same


def check_runtime(runtime: str) -> str:
    if runtime not in RUNTIMES:
        raise BadArgument(f"unknown runtime {runtime!r} (use {', '.join(RUNTIMES)})")
    return runtime


def runtime_from_env() -> str:
    """$MLMATCH_RUNTIME, else torch."""
    return check_runtime(os.environ.get(RUNTIME_ENV) or TORCH)


def reranker_runtime_from_env() -> str:
    """$MLMATCH_RERANKER_RUNTIME, else the models' runtime (`runtime_from_env`)."""
    return check_runtime(os.environ.get(RERANKER_RUNTIME_ENV) or runtime_from_env())


def export_device(runtime: str, device: str) -> str:
    """Where to load the torch model that an ONNX runtime exports: the CPU, where onnxruntime runs here."""
    if device not in ("auto", "cpu"):
        raise BadArgument(f"runtime {runtime} runs on the CPU: use device cpu or auto, not {device!r}")
    return "cpu"
