"""Dense retrieval on FAISS: exact inner product by default, HNSW or IVF for large catalogs.

Vectors are L2-normalised by the encoder, so inner product is cosine similarity. An
index on disk records the model fingerprint and catalog checksum it was built from;
loading it for another model or catalog raises `StaleIndex` instead of answering wrongly.
The approximate kinds' default parameters are the cheapest that reached recall@10 >= 0.95
against exact search in `python -m bench ann` (docs/bench-ann.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from mlmatch.errors import BadArgument
from mlmatch.index.stale import StaleIndex, Wanted

INDEX_FILE, META_FILE = "dense.faiss", "dense.json"
KINDS = ("flat", "hnsw", "ivf")
MIN_POINTS_PER_CELL = 39  # FAISS's own floor for training k-means: fewer vectors per cell train poor cells


@dataclass(frozen=True)
class HNSWParams:
    """A graph of `m` links per vector: builds in minutes on a few cores, answers in a fraction of a millisecond."""

    m: int = 8
    ef_construction: int = 80
    ef_search: int = 32

    def __post_init__(self) -> None:
        # FAISS aborts the whole process (no exception) on some of these, so check them first.
        if not 2 <= self.m <= 256:
            raise BadArgument(f"HNSW m must be between 2 and 256, not {self.m}")
        if self.ef_construction < 1 or self.ef_search < 1:
            raise BadArgument("HNSW ef_construction and ef_search must be at least 1")


@dataclass(frozen=True)
class IVFParams:
    """k-means cells with inverted lists: a query scans the vectors of its `nprobe` nearest cells.

    Builds in seconds where HNSW takes minutes on a few cores; FAISS's own default nprobe of 1 has
    poor recall, so it is always set here.
    """

    nlist: int = 1024
    nprobe: int = 16

    def __post_init__(self) -> None:
        if self.nlist < 1:
            raise BadArgument(f"IVF nlist must be at least 1, not {self.nlist}")
        if not 1 <= self.nprobe <= self.nlist:
            raise BadArgument(f"IVF nprobe must be between 1 and nlist ({self.nlist}), not {self.nprobe}")


DenseParams = HNSWParams | IVFParams


@dataclass(frozen=True)
class DenseMeta:
    model_fingerprint: str
    catalog_checksum: str
    dim: int
    count: int
    kind: str  # one of KINDS
    hnsw: HNSWParams | None = None
    ivf: IVFParams | None = None  # as built: nlist is capped for small catalogs

    @classmethod
    def from_dict(cls, raw: dict) -> DenseMeta:
        """The meta written as `asdict(meta)` (FAISS's meta file, Milvus' collection property)."""
        return cls(**{**raw, "hnsw": HNSWParams(**raw["hnsw"]) if raw.get("hnsw") else None,
                      "ivf": IVFParams(**raw["ivf"]) if raw.get("ivf") else None})


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
        params: DenseParams | None = None,
    ) -> DenseIndex:
        """`params` belong to `kind` (HNSWParams for hnsw, IVFParams for ivf; flat has none); None: the defaults."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        hnsw = ivf = None
        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            hnsw = _params_of(kind, params, HNSWParams)
            index = faiss.IndexHNSWFlat(dim, hnsw.m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = hnsw.ef_construction
            index.hnsw.efSearch = hnsw.ef_search
        elif kind == "ivf":
            index, ivf = _trained_ivf(vectors, _params_of(kind, params, IVFParams))
        else:
            raise ValueError(f"unknown dense index kind {kind!r} (use one of {', '.join(KINDS)})")
        index.add(vectors)
        return cls(index, DenseMeta(model_fingerprint, catalog_checksum, dim, len(vectors), kind, hnsw, ivf))

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, row ids) per query; rows not in `allowed` (ids) are never returned.

        Ids of -1 pad the result when fewer than k rows qualify.
        """
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        k = max(1, min(k, self.meta.count))
        selector = None if allowed is None else faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        if self.meta.kind == "hnsw":
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(_widened(self.meta.hnsw.ef_search, allowed, self.meta.count), k))
        elif self.meta.kind == "ivf":
            params = faiss.SearchParametersIVF(sel=selector, nprobe=min(self.meta.ivf.nlist, _widened(self.meta.ivf.nprobe, allowed, self.meta.count)))
        else:
            params = None if selector is None else faiss.SearchParameters(sel=selector)
        return self.index.search(queries, k, params=params)

    def save(self, folder: Path) -> None:
        """Into a new folder; `mlmatch.index.store` makes the publishing atomic."""
        Path(folder).mkdir(parents=True)
        faiss.write_index(self.index, str(Path(folder) / INDEX_FILE))
        (Path(folder) / META_FILE).write_text(json.dumps(asdict(self.meta), indent=2))

    @classmethod
    def load(cls, folder: Path, wanted: Wanted) -> DenseIndex:
        folder = Path(folder)
        try:
            raw = json.loads((folder / META_FILE).read_text())
        except (OSError, json.JSONDecodeError) as error:
            raise StaleIndex(f"no readable dense index in {folder} ({error})") from None
        meta = DenseMeta.from_dict(raw)
        wanted.check({"model": meta.model_fingerprint, "catalog": meta.catalog_checksum, "kind": meta.kind, "vectors": meta.count},
                     f"dense index in {folder}")
        index = faiss.read_index(str(folder / INDEX_FILE))
        wanted.check({"vectors": index.ntotal}, f"dense index file in {folder}")
        return cls(index, meta)


def _widened(breadth: int, allowed: np.ndarray | None, count: int) -> int:
    """A search breadth (HNSW efSearch, IVF nprobe) widened by the share of rows a filter drops: a filter
    that keeps a sixth of the catalog searches six times as wide, so it meets about as many allowed
    candidates as a search without one."""
    if allowed is None or len(allowed) == 0:
        return breadth
    return math.ceil(breadth * count / len(allowed))


def _params_of(kind: str, params: DenseParams | None, wanted: type) -> DenseParams:
    if params is None:
        return wanted()
    if not isinstance(params, wanted):
        raise BadArgument(f"dense index kind {kind!r} takes {wanted.__name__}, not {type(params).__name__}")
    return params


def _trained_ivf(vectors: np.ndarray, params: IVFParams) -> tuple[faiss.Index, IVFParams]:
    """An IVF index with its cells trained on `vectors`; a small catalog gets fewer cells (at least
    MIN_POINTS_PER_CELL vectors each), and the parameters as built."""
    if len(vectors) == 0:
        raise BadArgument("an IVF index needs at least one vector to train its cells; use kind 'flat' for an empty catalog")
    nlist = max(1, min(params.nlist, len(vectors) // MIN_POINTS_PER_CELL))
    built = IVFParams(nlist, min(params.nprobe, nlist))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(vectors.shape[1]), vectors.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(vectors)
    return index, built
