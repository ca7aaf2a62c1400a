"""Dense search on Milvus: a Milvus Lite file for tests and one machine, a Milvus server or cluster
for catalogs past one machine, with the same code, chosen by the URI.

A collection holds one row per product: `id` (the product id, primary key, so upserts and deletes
go by it), `lang`, `category` and the L2-normalised `vector`. The metric is inner product, which on
unit vectors is the cosine: the scores FAISS gives, with none of the re-normalising that Milvus'
COSINE does. `flat` is an exact FLAT index; `hnsw` an HNSW graph with the FAISS backend's parameters
(`HNSWParams`: M, efConstruction, and ef = max(ef_search, k) at search), which recalls nearly all of an
exact top 10 at a small fraction of its cost. `lang` and `category` carry INVERTED scalar indexes: a language or category
filter is a Milvus expression, evaluated inside the vector search rather than on its results.

The collection property `mlmatch.meta` records the model fingerprint, catalog checksum, size and
index kind, written once a load is complete: opening a collection for another model or catalog,
or one whose load never finished, raises `StaleIndex`, as a FAISS index on disk does.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

import numpy as np
from tqdm import tqdm

from mlmatch.catalog import Catalog, Product
from mlmatch.errors import BadArgument
from mlmatch.index.backend import RowFilter
from mlmatch.index.dense import DenseMeta, HNSWParams
from mlmatch.index.milvus_connection import (
    MilvusError,
    MilvusTarget,
    calls,
    check_written_files,
    close,
    connect,
    local_database,
    set_aside_if_damaged,
)
from mlmatch.index.stale import StaleIndex, Wanted

if TYPE_CHECKING:  # imported where used: pymilvus takes most of a second to import
    from pymilvus import MilvusClient

log = logging.getLogger(__name__)

META = "mlmatch.meta"
INDEX_TYPES = {"flat": "FLAT", "hnsw": "HNSW"}
BATCH = 2000  # rows per insert, upsert or delete request: ~3 MB of 384-d vectors, far under gRPC's message limit
MAX_BYTES = {"id": 1024, "lang": 16, "category": 2048}  # VARCHAR bounds, in UTF-8 bytes


class _NoCollection(StaleIndex):
    """No collection of that name yet: built without a warning."""


def check_index_kind(kind: str) -> None:
    if kind not in INDEX_TYPES:
        raise BadArgument(f"the Milvus backend has no {kind!r} index (use {' or '.join(INDEX_TYPES)})")


class MilvusIndex:
    """A dense index in one Milvus collection (the module notes say what it holds)."""

    def __init__(self, client: MilvusClient, target: MilvusTarget, name: str, meta: DenseMeta, rows: Mapping[str, int]):
        self.client = client
        self.target = target
        self.name = name
        self.meta = meta
        self.rows = rows  # product id -> catalog row
        self._open = True

    @classmethod
    def open(cls, target: MilvusTarget, catalog: Catalog, model_fingerprint: str, kind: str = "flat") -> MilvusIndex:
        """The collection of `catalog`'s vectors from this model; `StaleIndex` if there is none, or it
        was built from another model, catalog or index kind, or its load never finished."""
        check_index_kind(kind)
        client = connect(target)
        try:
            name = target.collection_for(model_fingerprint, kind)
            meta = _read_meta(client, target, name)
            Wanted(catalog.checksum, len(catalog), model_fingerprint, kind).check(
                {"model": meta.model_fingerprint, "catalog": meta.catalog_checksum, "kind": meta.kind, "vectors": meta.count},
                f"Milvus collection {name}")
            path = local_database(target)
            if path is not None:
                check_written_files(path, name)
            with calls(target, f"loading collection {name}"):
                client.load_collection(name)
        except BaseException:
            close(client, target)
            raise
        return cls(client, target, name, meta, catalog.positions)

    @classmethod
    def open_or_create(cls, target: MilvusTarget, catalog: Catalog, model_fingerprint: str, vectors: Callable[[], Iterable[np.ndarray]],
                       kind: str = "flat", hnsw: HNSWParams | None = None, progress: bool = False) -> MilvusIndex:
        """The collection when it matches (see `open`), else a new one loaded from `vectors()`. A Milvus
        Lite database that cannot be read at all is moved aside (kept, not deleted) and a new one built."""
        try:
            return cls.open(target, catalog, model_fingerprint, kind)
        except _NoCollection:
            pass
        except StaleIndex as reason:
            log.warning("%s cannot be used, rebuilding: %s", target.uri, reason)
        except MilvusError as error:
            set_aside_if_damaged(target, error)
        return cls.create(target, catalog, model_fingerprint, vectors(), kind, hnsw, progress)

    @classmethod
    def create(cls, target: MilvusTarget, catalog: Catalog, model_fingerprint: str, batches: Iterable[np.ndarray],
               kind: str = "flat", hnsw: HNSWParams | None = None, progress: bool = False) -> MilvusIndex:
        """A new collection (replacing one of the same name) holding `batches`: the vectors of the
        catalog's products, in catalog order, in arrays of any length (chunks stream from disk)."""
        check_index_kind(kind)
        _check_fields(catalog.products)
        hnsw = (hnsw or HNSWParams()) if kind == "hnsw" else None
        name = target.collection_for(model_fingerprint, kind)
        client = connect(target)
        try:
            loaded, dim = 0, 0
            with tqdm(total=len(catalog), unit="product", desc="loading into Milvus", disable=not progress) as bar:
                for batch in batches:
                    batch = np.asarray(batch, dtype=np.float32)
                    if not dim:
                        dim = batch.shape[1]
                        _create_collection(client, target, name, dim, hnsw)
                    for start in range(0, len(batch), BATCH):
                        part = batch[start : start + BATCH]
                        with calls(target, f"inserting into {name}"):
                            client.insert(name, _records(catalog.products[loaded : loaded + len(part)], part))
                        loaded += len(part)
                        bar.update(len(part))
            if loaded != len(catalog):
                raise ValueError(f"{loaded} vectors for a catalog of {len(catalog)} products")
            meta = DenseMeta(model_fingerprint, catalog.checksum, dim, loaded, kind, hnsw)
            with calls(target, f"completing {name}"):
                client.flush(name)
                client.alter_collection_properties(name, {META: json.dumps(asdict(meta))})
            path = local_database(target)
            if path is not None:
                check_written_files(path, name, fresh=True)
        except BaseException:
            close(client, target)
            raise
        return cls(client, target, name, meta, catalog.positions)

    def search(self, queries: np.ndarray, k: int, allowed: RowFilter | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, catalog rows) per query; `allowed` becomes a Milvus filter expression on
        language and category. Rows of -1 pad a query that has fewer than k."""
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        k = max(1, min(k, self.meta.count))
        scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        rows = np.full((len(queries), k), -1, dtype=np.int64)
        if not len(queries):
            return scores, rows
        params = {"metric_type": "IP", "params": {"ef": max(self.meta.hnsw.ef_search, k)} if self.meta.hnsw else {}}
        with calls(self.target, f"searching {self.name}"):
            hits = self.client.search(self.name, data=queries, limit=k, filter=filter_expression(allowed),
                                      search_params=params, output_fields=["id"])
        for i, per_query in enumerate(hits):
            for j, hit in enumerate(per_query):
                if hit["id"] not in self.rows:
                    raise StaleIndex(f"Milvus collection {self.name} holds product {hit['id']!r}, which the catalog has not: "
                                     "another process changed it")
                scores[i, j], rows[i, j] = hit["distance"], self.rows[hit["id"]]
        return scores, rows

    def upsert(self, products: Sequence[Product], vectors: np.ndarray, catalog: Catalog) -> None:
        """Add `products`, or replace those whose id is there already; `catalog` is the catalog the
        collection matches afterwards (it holds them)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.shape != (len(products), self.meta.dim):
            raise BadArgument(f"{vectors.shape[0]} vectors of {vectors.shape[-1]} dimensions for {len(products)} products "
                              f"(the collection holds {self.meta.dim})")
        absent = [product.id for product in products if product.id not in catalog.positions]
        if absent:
            raise BadArgument(f"{len(absent)} upserted product(s) are not in the catalog given: {', '.join(absent[:5])}")
        _check_fields(products)
        for start in range(0, len(products), BATCH):
            with calls(self.target, f"upserting into {self.name}"):
                self.client.upsert(self.name, _records(products[start : start + BATCH], vectors[start : start + BATCH]))
        self._record(catalog)

    def delete(self, ids: Sequence[str], catalog: Catalog) -> None:
        """Remove the products with these ids; `catalog` is the catalog the collection matches afterwards."""
        kept = [product_id for product_id in ids if product_id in catalog.positions]
        if kept:
            raise BadArgument(f"{len(kept)} deleted product(s) are still in the catalog given: {', '.join(kept[:5])}")
        for start in range(0, len(ids), BATCH):
            with calls(self.target, f"deleting from {self.name}"):
                self.client.delete(self.name, ids=list(ids[start : start + BATCH]))
        self._record(catalog)

    def close(self) -> None:
        """Disconnect; the last index open on a Milvus Lite file frees it for another process."""
        if self._open:
            self._open = False
            close(self.client, self.target)

    def _record(self, catalog: Catalog) -> None:
        meta = replace(self.meta, catalog_checksum=catalog.checksum, count=len(catalog))
        with calls(self.target, f"updating {self.name}"):
            self.client.alter_collection_properties(self.name, {META: json.dumps(asdict(meta))})
        self.meta, self.rows = meta, catalog.positions


def filter_expression(allowed: RowFilter | None) -> str:
    """`lang in ["en", "de"] and category in ["phone case"]`; "" for no filter."""
    if allowed is None:
        return ""
    clauses = [f"{field} in [{', '.join(_quote(value) for value in sorted(values))}]"
               for field, values in (("lang", allowed.langs), ("category", allowed.categories)) if values]
    if not clauses:
        raise BadArgument("the Milvus backend filters by language and category; this filter names neither")
    return " and ".join(clauses)


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def _records(products: Sequence[Product], vectors: np.ndarray) -> list[dict]:
    return [{"id": p.id, "lang": p.lang, "category": p.category, "vector": vector} for p, vector in zip(products, vectors)]


def _check_fields(products: Iterable[Product]) -> None:
    """Milvus refuses a whole batch for one over-long string: name the products first."""
    too_long = [p.id[:40] for p in products
                if any(len(getattr(p, field).encode()) > limit for field, limit in MAX_BYTES.items())]
    if too_long:
        bounds = ", ".join(f"{field} {limit}" for field, limit in MAX_BYTES.items())
        raise BadArgument(f"{len(too_long)} product(s) have a field longer than Milvus stores (bytes: {bounds}): "
                          f"{', '.join(too_long[:5])}")


def _create_collection(client: MilvusClient, target: MilvusTarget, name: str, dim: int, hnsw: HNSWParams | None) -> None:
    from pymilvus import DataType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=MAX_BYTES["id"])
    schema.add_field("lang", DataType.VARCHAR, max_length=MAX_BYTES["lang"])
    schema.add_field("category", DataType.VARCHAR, max_length=MAX_BYTES["category"])
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    indexes = client.prepare_index_params()
    params = {"M": hnsw.m, "efConstruction": hnsw.ef_construction} if hnsw else {}
    indexes.add_index("vector", index_type="HNSW" if hnsw else "FLAT", metric_type="IP", params=params)
    indexes.add_index("lang", index_type="INVERTED")
    indexes.add_index("category", index_type="INVERTED")
    with calls(target, f"creating collection {name}"):
        if client.has_collection(name):
            client.drop_collection(name)
        # Strong: a search right after an upsert or delete sees it (a server's default, Bounded, may not).
        client.create_collection(name, schema=schema, consistency_level="Strong")
        client.create_index(name, indexes, sync=False)  # on an empty collection there is nothing to wait for (pymilvus polls 0.5 s per index)
        client.load_collection(name)


def _read_meta(client: MilvusClient, target: MilvusTarget, name: str) -> DenseMeta:
    with calls(target, f"reading collection {name}"):
        if not client.has_collection(name):
            raise _NoCollection(f"no collection {name} in Milvus at {target.uri}")
        raw = client.describe_collection(name).get("properties", {}).get(META)
    if raw is None:
        raise StaleIndex(f"Milvus collection {name} has no {META} record: its load never finished, or mlmatch did not make it")
    try:
        return DenseMeta.from_dict(json.loads(raw))
    except (ValueError, TypeError, KeyError) as error:
        raise StaleIndex(f"Milvus collection {name} has an unreadable {META} record ({error})") from None
