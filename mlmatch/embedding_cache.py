"""Embeddings computed once: documents on disk per model fingerprint, queries in memory.

Documents: keyed by the text itself, so a second run over a changed catalog only encodes the texts it
has not seen. The file is bounded by size: past `MLMATCH_EMBEDDING_CACHE_MB` the least recently used
vectors are dropped. A file SQLite cannot read (a crash, a bad disk, garbage) is set aside and the
cache starts empty, since every vector in it can be computed again. `document_cache` gives each
process one cache (one open connection) per model.

Queries: `query_vectors` keeps the last `QUERY_CACHE_ENTRIES` query vectors per process, so a search
shown by several systems and views encodes its query once.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from mlmatch.cache import cache_dir
from mlmatch.errors import MlmatchError
from mlmatch.lru import LRU
from mlmatch.models.encoder import BiEncoder

SIZE_ENV = "MLMATCH_EMBEDDING_CACHE_MB"
QUERY_CACHE_ENTRIES = 10_000  # about 15 MB of 384-dimensional vectors
QUERY = "query"  # the prompt a query vector is encoded with, part of its key
DEFAULT_MB = 1024.0
MB = 1024 * 1024
_CHUNK = 512
_PARAMETERS = 900  # under SQLite's bound-parameter limit
_UNREADABLE = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

log = logging.getLogger(__name__)
T = TypeVar("T")

_queries: LRU[tuple[str, str, str], np.ndarray] = LRU(QUERY_CACHE_ENTRIES)
_documents: dict[Path, EmbeddingCache] = {}
_documents_lock = threading.Lock()


def query_vectors(encoder: BiEncoder, texts: list[str]) -> np.ndarray:
    """`encoder.encode_queries(texts)`, encoding only the texts not among the last `QUERY_CACHE_ENTRIES`
    seen (keyed by model fingerprint, prompt and text)."""
    keys = [(encoder.fingerprint, QUERY, text) for text in texts]
    found = _queries.get_many(keys)
    missing = list(dict.fromkeys(text for key, text in zip(keys, texts) if key not in found))
    if missing:
        vectors = encoder.encode_queries(missing)
        remember_queries(encoder, missing, vectors)
        found.update({(encoder.fingerprint, QUERY, text): vector for text, vector in zip(missing, vectors)})
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack([found[key] for key in keys])


def remember_queries(encoder: BiEncoder, texts: list[str], vectors: np.ndarray) -> None:
    """Put query vectors computed elsewhere (with the query prompt, normalised) into the query cache."""
    _queries.put_many(((encoder.fingerprint, QUERY, text), np.asarray(vector, dtype=np.float32)) for text, vector in zip(texts, vectors))


def document_cache(encoder: BiEncoder) -> EmbeddingCache:
    """The process's one `EmbeddingCache` for `encoder` under the current cache root, opened on first use."""
    path = (cache_dir() / "embeddings" / f"{encoder.fingerprint}.sqlite").resolve()
    with _documents_lock:
        cache = _documents.get(path)
        if cache is None or cache.encoder is not encoder:
            cache = _documents[path] = EmbeddingCache(encoder)
        return cache


def max_cache_bytes() -> int:
    """The size bound for one cache file: $MLMATCH_EMBEDDING_CACHE_MB (1 MB = 1024 * 1024 bytes), default 1024 MB."""
    value = os.environ.get(SIZE_ENV, "").strip() or str(DEFAULT_MB)
    try:
        megabytes = float(value)
        if not 0 < megabytes < math.inf:
            raise ValueError
    except ValueError:
        raise MlmatchError(f"{SIZE_ENV}={value!r}: expected a positive number of megabytes") from None
    return int(megabytes * MB)


class EmbeddingCache:
    """One model's document vectors in one SQLite file, through one connection that a lock lets
    one thread at a time use (the app's request threads share it)."""

    def __init__(self, encoder: BiEncoder, root: Path | None = None, max_bytes: int | None = None):
        self.encoder = encoder
        folder = (root or cache_dir() / "embeddings")
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{encoder.fingerprint}.sqlite"
        self.max_bytes = max_cache_bytes() if max_bytes is None else max_bytes
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._transaction(_create)

    def documents(self, texts: list[str], progress: bool = False, batch_size: int = 64) -> np.ndarray:
        """Embeddings of `texts` as documents, encoding only those not cached yet."""
        keys = [hashlib.sha256(("document\0" + text).encode()).hexdigest() for text in texts]
        found = self._lookup(set(keys))
        missing = sorted({key: text for key, text in zip(keys, texts) if key not in found}.items())
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start : start + _CHUNK]
            vectors = self.encoder.encode_documents([text for _, text in chunk], batch_size, progress)
            self._store([(key, vector.tobytes()) for (key, _), vector in zip(chunk, vectors)])
            found.update({key: vector for (key, _), vector in zip(chunk, vectors)})
        if not texts:
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        return np.stack([found[key] for key in keys]).astype(np.float32, copy=False)

    def _lookup(self, keys: set[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `keys`, marked as just used."""
        def read(db: sqlite3.Connection) -> dict[str, np.ndarray]:
            found: dict[str, np.ndarray] = {}
            wanted, now = list(keys), _clock(db)
            for start in range(0, len(wanted), _PARAMETERS):
                part = wanted[start : start + _PARAMETERS]
                marks = ",".join("?" * len(part))
                rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part)
                found.update({key: np.frombuffer(blob, dtype=np.float32) for key, blob in rows})
                db.execute(f"UPDATE vectors SET used = ? WHERE key IN ({marks})", [now, *part])
            return found

        return self._transaction(read)

    def _store(self, rows: list[tuple[str, bytes]]) -> None:
        """Add vectors, then drop the least recently used ones while the file is over its bound."""
        def write(db: sqlite3.Connection) -> None:
            now = _clock(db)
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", [(key, blob, now) for key, blob in rows])
            self._evict(db)

        self._transaction(write)

    def _evict(self, db: sqlite3.Connection) -> None:
        """Delete oldest-used rows until the pages in use fit `max_bytes` (freed pages are reused, so the file stays near it)."""
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        while True:
            pages = db.execute("PRAGMA page_count").fetchone()[0] - db.execute("PRAGMA freelist_count").fetchone()[0]
            used = pages * page_size
            count = db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] if used > self.max_bytes else 0
            if not count:
                return
            drop = max(1, count * (used - self.max_bytes) // used)
            db.execute("DELETE FROM vectors WHERE key IN (SELECT key FROM vectors ORDER BY used LIMIT ?)", (drop,))

    def _transaction(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run `operation` in one transaction (committed on success, rolled back on error); an unreadable
        file is moved aside and `operation` runs on a new, empty cache."""
        with self._lock:
            try:
                with self._connection() as db:
                    return operation(db)
            except sqlite3.DatabaseError as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF not in _UNREADABLE:
                    raise  # locked, read-only, disk full: not the file's fault
                aside = self.path.with_name(self.path.name + ".corrupt")
                log.warning("embedding cache %s is unreadable (%s); moved to %s, starting an empty one", self.path, error, aside)
                broken, self._db = self._db, None
                if broken is not None:
                    broken.close()
                with contextlib.suppress(FileNotFoundError):  # another process moved it first
                    os.replace(self.path, aside)
                with self._connection() as db:
                    _create(db)
                    return operation(db)

    def _connection(self) -> sqlite3.Connection:
        """The open connection, opened on first use; used by one thread at a time (under `_lock`)."""
        if self._db is None:
            self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        return self._db


def _create(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL, used INTEGER NOT NULL DEFAULT 0)")
    if "used" not in {column[1] for column in db.execute("PRAGMA table_info(vectors)")}:  # a cache from before the size bound
        db.execute("ALTER TABLE vectors ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX IF NOT EXISTS vectors_by_use ON vectors (used)")


def _clock(db: sqlite3.Connection) -> int:
    """The next tick of the file's use clock (a counter, so the order holds across processes and clock changes)."""
    return db.execute("SELECT COALESCE(MAX(used), 0) + 1 FROM vectors").fetchone()[0]
