"""Document embeddings cached on disk per model fingerprint, keyed by the text itself.

A second run over a changed catalog only encodes the texts it has not seen.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np

from mlmatch.config import home
from mlmatch.models.encoder import BiEncoder

_CHUNK = 512


class EmbeddingCache:
    def __init__(self, encoder: BiEncoder, root: Path | None = None):
        self.encoder = encoder
        folder = (root or home() / "embeddings")
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{encoder.fingerprint}.sqlite"
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=60)

    def documents(self, texts: list[str], progress: bool = False, batch_size: int = 64) -> np.ndarray:
        """Embeddings of `texts` as documents, encoding only those not cached yet."""
        keys = [hashlib.sha256(("document\0" + text).encode()).hexdigest() for text in texts]
        found = self._lookup(set(keys))
        missing = sorted({key: text for key, text in zip(keys, texts) if key not in found}.items())
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start : start + _CHUNK]
            vectors = self.encoder.encode_documents([text for _, text in chunk], batch_size, progress)
            with self._connect() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [(key, vector.tobytes()) for (key, _), vector in zip(chunk, vectors)],
                )
            found.update({key: vector for (key, _), vector in zip(chunk, vectors)})
        if not texts:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        return np.stack([found[key] for key in keys]).astype(np.float32, copy=False)

    def _lookup(self, keys: set[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        wanted = list(keys)
        with self._connect() as db:
            for start in range(0, len(wanted), 900):  # SQLite's bound-parameter limit
                part = wanted[start : start + 900]
                rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part)
                found.update({key: np.frombuffer(blob, dtype=np.float32) for key, blob in rows})
        return found
