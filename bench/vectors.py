"""Embeddings for the benchmark: real ones for the shipped catalog, synthetic ones derived from them at scale.

Encoding a million titles on 2 cores takes hours, so a synthetic listing's vector is made from the real
vectors of the two shipped listings its title is made from (`bench.catalogs`):

    v = normalise(w · base + (1 − w) · donor + NOISE · (other − mean)),   w ~ U(MIX),

with `donor` a listing of the same language, `other` any shipped listing and `mean` the mean shipped
vector. The noise is drawn from the real vectors' own spread, not from an isotropic Gaussian, so the
vectors stay as anisotropic as e5's. MIX and NOISE were chosen so that a synthetic catalog of the
shipped size is as hard for HNSW and IVF as the real one (`python -m bench ann` prints both).
Synthetic vectors are cached per size, seed, generator and real vectors (so per model and shipped catalog).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.catalogs import SHIPPED_CORPUS, SyntheticCatalog
from mlmatch.beir import document_text, load_beir
from mlmatch.cache import cache_dir
from mlmatch.embedding_cache import document_cache
from mlmatch.models.encoder import BiEncoder

MIX = (0.6, 0.9)  # weight of the base listing's vector
NOISE = 0.2  # weight of a random listing's deviation from the mean vector
GENERATOR = f"mix{MIX[0]}-{MIX[1]}-noise{NOISE}"
_CHUNK = 65_536


def shipped_vectors(encoder: BiEncoder, corpus: Path = SHIPPED_CORPUS) -> np.ndarray:
    """Document embeddings of every shipped listing, in corpus order (encoded once, then from the cache)."""
    data = load_beir(corpus.parent)
    return document_cache(encoder).documents([document_text(data, doc_id) for doc_id in data.corpus])


def cached_query_vectors(encoder: BiEncoder, queries: list[str]) -> np.ndarray:
    """`encoder.encode_queries(queries)`, kept in the bench cache: the sweep needs all shipped queries each run."""
    digest = hashlib.sha256("\0".join([encoder.fingerprint, *queries]).encode()).hexdigest()[:16]
    return _cached(cache_dir() / "bench" / f"queries-{len(queries)}-{digest}.npy", lambda: encoder.encode_queries(queries))


def synthetic_vectors(real: np.ndarray, catalog: SyntheticCatalog, seed: int = 0) -> np.ndarray:
    """One unit vector per synthetic listing, the same for the same inputs (see the module docstring)."""
    rng = np.random.default_rng(seed)
    bases, donors = np.asarray(catalog.bases), np.asarray(catalog.donors)
    mean = real.mean(axis=0)
    vectors = np.empty((len(bases), real.shape[1]), dtype=np.float32)
    for start in range(0, len(bases), _CHUNK):
        stop = min(start + _CHUNK, len(bases))
        weight = rng.uniform(*MIX, size=(stop - start, 1)).astype(np.float32)
        other = rng.integers(0, len(real), size=stop - start)
        mixed = weight * real[bases[start:stop]] + (1 - weight) * real[donors[start:stop]] + NOISE * (real[other] - mean)
        vectors[start:stop] = mixed / np.linalg.norm(mixed, axis=1, keepdims=True)
    return vectors


def cached_synthetic_vectors(real: np.ndarray, catalog: SyntheticCatalog, seed: int = 0) -> np.ndarray:
    """`synthetic_vectors`, read from the bench cache when an earlier run made them."""
    source = hashlib.sha256(np.ascontiguousarray(real).tobytes()).hexdigest()[:16]
    path = cache_dir() / "bench" / f"vectors-{len(catalog.bases)}-seed{seed}-{GENERATOR}-{source}.npy"
    return _cached(path, lambda: synthetic_vectors(real, catalog, seed))


def _cached(path: Path, compute: Callable[[], np.ndarray]) -> np.ndarray:
    """The array saved at `path`, else `compute()` saved there (whole or not at all: written aside, then renamed)."""
    if path.is_file():
        return np.load(path)
    vectors = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with scratch.open("wb") as handle:
        np.save(handle, vectors)
    os.replace(scratch, path)
    return vectors
