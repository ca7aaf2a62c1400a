"""Trained deltas (LoRA adapters, heads) that ship in the repository and load on top of a base.

An artifact folder holds the adapter files and `mlmatch_artifact.json` naming its kind and base
model, so it stays a few MB and never contains base weights.
"""

from __future__ import annotations

import json
from pathlib import Path

from mlmatch.errors import ModelNotAvailable

SHIPPED_ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
SHIPPED_BIENCODER = SHIPPED_ARTIFACTS / "biencoder"
SHIPPED_RERANKER = SHIPPED_ARTIFACTS / "reranker"
SHIPPED_RANKER = SHIPPED_ARTIFACTS / "ranker"
MANIFEST = "mlmatch_artifact.json"
DEFAULT = "default"  # the shipped fine-tuned model where one exists, else the packaged base
# The kinds of artifact, as their manifests name them (the loaders refuse a folder of another kind).
BIENCODER_ARTIFACT, RERANKER_ARTIFACT, RANKER_ARTIFACT = "biencoder-lora", "reranker-lora", "ranker-lambdamart"


def read_manifest(folder: Path) -> dict | None:
    path = Path(folder) / MANIFEST
    return json.loads(path.read_text()) if path.is_file() else None


def write_manifest(folder: Path, kind: str, base: str, **details) -> None:
    (Path(folder) / MANIFEST).write_text(json.dumps({"kind": kind, "base": base, **details}, indent=2, ensure_ascii=False))


def check_artifact_kind(folder: Path, manifest: dict, kind: str) -> None:
    """Raise if `folder` holds another kind of artifact than the loader asking for it."""

    if manifest.get("kind") != kind:
        raise ModelNotAvailable(f"{folder} holds a {manifest.get('kind')!r} artifact, not a {kind} artifact")
