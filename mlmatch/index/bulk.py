"""Index a large catalog into Milvus: encode it in chunks saved on disk, so that a run stopped half-way
resumes where it stopped, then load the chunks into Milvus in batches.

Chunk n holds the vectors of products n*size to (n+1)*size-1 as `chunk-<n>.npy`, written under a
scratch name and renamed, so a chunk on disk is always whole; `manifest.json` names the catalog,
model, precision and chunk size the chunks belong to, and a run for anything else starts afresh.
On a CPU, `workers` > 1 encodes through sentence-transformers' own process pool; on a GPU, one
process encodes in bf16 autocast at a large batch. The chunks are removed once the collection is
complete: they are a way to resume, not a cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from mlmatch.atomic import atomic_file, fsync_file, sweep_scratch
from mlmatch.cache import cache_dir
from mlmatch.catalog import Catalog, embedding_text
from mlmatch.errors import BadArgument
from mlmatch.index.dense import HNSWParams
from mlmatch.index.milvus import MilvusIndex
from mlmatch.index.milvus_connection import MilvusTarget
from mlmatch.models.encoder import BiEncoder

log = logging.getLogger(__name__)

CHUNK_SIZE = 10_000  # products per chunk: a few minutes of CPU encoding, 15 MB of 384-d vectors
CPU_BATCH, GPU_BATCH = 64, 512  # texts per forward pass
MANIFEST = "manifest.json"

Encode = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Chunks:
    """The chunk files of one catalog and model: `count` products, `size` to a chunk."""

    folder: Path
    count: int
    size: int

    @property
    def total(self) -> int:
        return math.ceil(self.count / self.size)

    def path(self, n: int) -> Path:
        return self.folder / f"chunk-{n:06d}.npy"

    def missing(self) -> list[int]:
        return [n for n in range(self.total) if not self.path(n).is_file()]

    def vectors(self) -> Iterator[np.ndarray]:
        """Each chunk's vectors in catalog order, read one at a time (memory-mapped)."""
        for n in range(self.total):
            yield np.load(self.path(n), mmap_mode="r")

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def index_catalog(catalog: Catalog, encoder: BiEncoder, target: MilvusTarget, kind: str = "flat", hnsw: HNSWParams | None = None,
                  chunk_size: int = CHUNK_SIZE, workers: int = 1, progress: bool = False, chunk_root: Path | None = None) -> MilvusIndex:
    """The catalog's collection at `target`: the existing one when it matches, else encoded (resuming
    any chunks a stopped run left) and loaded anew."""
    encoded: list[Chunks] = []

    def vectors() -> Iterator[np.ndarray]:
        encoded.append(encode_chunks(catalog, encoder, chunk_size, workers, progress, chunk_root))
        return encoded[-1].vectors()

    index = MilvusIndex.open_or_create(target, catalog, encoder.fingerprint, vectors, kind, hnsw, progress)
    for chunks in encoded:
        chunks.remove()
    return index


def encode_chunks(catalog: Catalog, encoder: BiEncoder, chunk_size: int = CHUNK_SIZE, workers: int = 1, progress: bool = False,
                  root: Path | None = None) -> Chunks:
    """Every chunk of the catalog's document vectors on disk, encoding only those not there yet."""
    if chunk_size < 1:
        raise BadArgument(f"the chunk size must be at least 1, not {chunk_size}")
    if workers < 1:
        raise BadArgument(f"the number of workers must be at least 1, not {workers}")
    on_gpu = encoder.device.startswith("cuda")
    if on_gpu and workers > 1:
        raise BadArgument("--workers is for encoding on a CPU; on a GPU one process encodes in bf16")
    precision = "bf16" if on_gpu else "fp32"
    model = hashlib.sha256(encoder.fingerprint.encode()).hexdigest()[:16]
    folder = (root or cache_dir() / "bulk") / f"{catalog.checksum[:16]}-{model}-{precision}"
    chunks = Chunks(folder, len(catalog), chunk_size)
    _prepare(chunks, {"catalog_checksum": catalog.checksum, "model_fingerprint": encoder.fingerprint,
                      "precision": precision, "chunk_size": chunk_size, "count": len(catalog)})
    todo = chunks.missing()
    if not todo:
        return chunks
    with documents_encoder(encoder, workers, precision) as encode:
        for n in tqdm(todo, total=chunks.total, initial=chunks.total - len(todo), unit="chunk", desc="encoding", disable=not progress):
            products = catalog.products[n * chunk_size : (n + 1) * chunk_size]
            _save(chunks.path(n), encode([embedding_text(p) for p in products]))
    return chunks


@contextmanager
def documents_encoder(encoder: BiEncoder, workers: int = 1, precision: str = "fp32") -> Iterator[Encode]:
    """A function from texts to document vectors: in bf16 autocast, through a pool of `workers`
    processes, or plainly; the pool lives as long as the block."""
    if precision == "bf16":
        import torch

        device_type = encoder.device.split(":")[0]

        def in_bf16(texts: list[str]) -> np.ndarray:
            with torch.autocast(device_type, dtype=torch.bfloat16):
                return encoder.encode_documents(texts, batch_size=GPU_BATCH)

        yield in_bf16
    elif workers > 1:
        if not hasattr(encoder.model, "start_multi_process_pool"):
            raise BadArgument("--workers encodes through sentence-transformers' process pool: use --runtime torch "
                              "(an ONNX runtime's one process already uses every core)")
        pool = _start_pool(encoder, workers)
        try:
            yield lambda texts: encoder.encode_documents(texts, CPU_BATCH, pool=pool)
        finally:
            encoder.model.stop_multi_process_pool(pool)
    else:
        yield lambda texts: encoder.encode_documents(texts, batch_size=CPU_BATCH)


def _start_pool(encoder: BiEncoder, workers: int) -> dict:
    """sentence-transformers' pool of CPU processes, each with its share of the cores (torch reads
    OMP_NUM_THREADS as a process starts; unset, every worker would use them all)."""
    previous = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))
    try:
        return encoder.model.start_multi_process_pool(["cpu"] * workers)
    finally:
        if previous is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = previous


def _prepare(chunks: Chunks, manifest: dict) -> None:
    """A chunk folder for `manifest`: chunks left by a run for anything else (another chunk size) go."""
    chunks.folder.mkdir(parents=True, exist_ok=True)
    sweep_scratch(chunks.folder)
    path = chunks.folder / MANIFEST
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError):
        found = None
    if found == manifest:
        return
    stale = sorted(chunks.folder.glob("chunk-*.npy"))
    if stale:
        log.warning("%s holds %d chunks of another run (%s), encoding afresh", chunks.folder, len(stale), found)
    for old in stale:
        old.unlink()
    with atomic_file(path) as scratch:
        scratch.write_text(json.dumps(manifest, indent=1))


def _save(path: Path, vectors: np.ndarray) -> None:
    """Write under a scratch name, then rename: a chunk on disk is whole even if the run is killed."""
    with atomic_file(path) as scratch:
        with open(scratch, "wb") as handle:
            np.save(handle, np.ascontiguousarray(vectors, dtype=np.float32))
        fsync_file(scratch)
