"""Dense retrieval on FAISS: exact inner product by default, HNSW for large catalogs.

Vectors are L2-normalised by the encoder, so inner product is cosine similarity. An
index on disk records the model fingerprint and catalog checksum it was built from;
loading it for another model or catalog raises `StaleIndex` instead of answering wrongly.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from mlmatch.errors import BadArgument
from mlmatch.index.stale import StaleIndex

INDEX_FILE, META_FILE = "dense.faiss", "dense.json"


@dataclass(frozen=True)
class HNSWParams:
    m: int = 32
    ef_construction: int = 200
    ef_search: int = 128

    def __post_init__(self) -> None:
        # FAISS aborts the whole process (no exception) on some of these, so check them first.
        if not 2 <= self.m <= 256:
            raise BadArgument(f"HNSW m must be between 2 and 256, not {self.m}")
        if self.ef_construction < 1 or self.ef_search < 1:
            raise BadArgument("HNSW ef_construction and ef_search must be at least 1")


@dataclass(frozen=True)
class DenseMeta:
    model_fingerprint: str
    catalog_checksum: str
    dim: int
    count: int
    kind: str  # "flat" | "hnsw"
    hnsw: HNSWParams | None = None


class DenseIndex:
    def __init__(self, index: faiss.Index, meta: DenseMeta):
        self.index = index
        self.meta = meta

    @classmethod
    def build(
        cls,
        vectors: np.ndarray,
        model_fingerprint: str,
        catalog_checksum: str,
        kind: str = "flat",
        hnsw: HNSWParams | None = None,
    ) -> DenseIndex:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if kind == "flat":
            index, hnsw = faiss.IndexFlatIP(dim), None
        elif kind == "hnsw":
            hnsw = hnsw or HNSWParams()
            index = faiss.IndexHNSWFlat(dim, hnsw.m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = hnsw.ef_construction
            index.hnsw.efSearch = hnsw.ef_search
        else:
            raise ValueError(f"unknown dense index kind {kind!r} (use 'flat' or 'hnsw')")
        index.add(vectors)
        return cls(index, DenseMeta(model_fingerprint, catalog_checksum, dim, len(vectors), kind, hnsw))

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, row ids) per query; rows not in `allowed` (ids) are never returned.

        Ids of -1 pad the result when fewer than k rows qualify.
        """
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        k = max(1, min(k, self.meta.count))
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
            if self.meta.kind == "hnsw":
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(self.meta.hnsw.ef_search, k))
            else:
                params = faiss.SearchParameters(sel=selector)
        elif self.meta.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=max(self.meta.hnsw.ef_search, k))
        return self.index.search(queries, k, params=params)

    def save(self, folder: Path) -> None:
        """Into a new folder; `mlmatch.index.store` makes the publishing atomic."""
        Path(folder).mkdir(parents=True)
        faiss.write_index(self.index, str(Path(folder) / INDEX_FILE))
        (Path(folder) / META_FILE).write_text(json.dumps(asdict(self.meta), indent=2))

    @classmethod
    def load(cls, folder: Path, model_fingerprint: str, catalog_checksum: str, kind: str | None = None) -> DenseIndex:
        folder = Path(folder)
        try:
            raw = json.loads((folder / META_FILE).read_text())
        except (OSError, json.JSONDecodeError) as error:
            raise StaleIndex(f"no readable dense index in {folder} ({error})") from None
        meta = DenseMeta(**{**raw, "hnsw": HNSWParams(**raw["hnsw"]) if raw.get("hnsw") else None})
        if meta.model_fingerprint != model_fingerprint:
            raise StaleIndex(f"index in {folder} was built with model {meta.model_fingerprint}, not {model_fingerprint}")
        if meta.catalog_checksum != catalog_checksum:
            raise StaleIndex(f"index in {folder} was built from another catalog (checksum {meta.catalog_checksum[:12]})")
        if kind is not None and meta.kind != kind:
            raise StaleIndex(f"index in {folder} is {meta.kind}, not {kind}")
        return cls(faiss.read_index(str(folder / INDEX_FILE)), meta)
