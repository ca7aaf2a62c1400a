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

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tqdm import tqdm

from mlmatch.atomic import atomic_file
from mlmatch.cache import cache_dir
from mlmatch.catalog import Catalog, Product
from mlmatch.checksums import file_sha256
from mlmatch.errors import BadArgument, MlmatchError
from mlmatch.index.backend import BACKENDS, RowFilter
from mlmatch.index.dense import DenseMeta, HNSWParams
from mlmatch.index.stale import StaleIndex

if TYPE_CHECKING:  # imported where used: pymilvus takes most of a second to import
    from pymilvus import MilvusClient

log = logging.getLogger(__name__)

URI_ENV, TOKEN_ENV = "MLMATCH_MILVUS_URI", "MLMATCH_MILVUS_TOKEN"
META = "mlmatch.meta"
INDEX_TYPES = {"flat": "FLAT", "hnsw": "HNSW"}
BATCH = 2000  # rows per insert, upsert or delete request: ~3 MB of 384-d vectors, far under gRPC's message limit
MAX_BYTES = {"id": 1024, "lang": 16, "category": 2048}  # VARCHAR bounds, in UTF-8 bytes
REMOTE_SCHEMES = ("http://", "https://", "tcp://", "unix:")
# pymilvus pings every 10 s, idle or not; the in-process Milvus Lite server answers an idle client's
# pings with GOAWAY ("too_many_pings"), logged on stderr, and would cut a long call (a big flush) short.
LITE_GRPC_OPTIONS = {"grpc.keepalive_time_ms": 2**31 - 1}
LITE_MARKERS = ("LOCK", "collections", "databases")  # what Milvus Lite 3 writes into a database folder
WRITTEN_ONCE = ("data", "delta", "indexes")  # folders of a Milvus Lite collection whose files never change
CHECKSUMS = "mlmatch-checksums"  # mlmatch's record of those files' SHA-256, inside the database folder
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,254}")
_local_users: Counter[str] = Counter()  # open indexes per Milvus Lite file in this process


class MilvusError(MlmatchError):
    """Milvus could not be reached, or refused a request; the message says which and why."""


class _NoCollection(StaleIndex):
    """No collection of that name yet: built without a warning."""


@dataclass(frozen=True)
class MilvusTarget:
    """Where a dense index lives: a URI (a path ending in `.db` is a Milvus Lite file, else
    http(s)://host:port of a server), the token of a server that asks for one, and the collection
    (None: one per model and index kind, `mlmatch_<kind>_<model hash>`)."""

    uri: str
    token: str = ""
    collection: str | None = None

    def __post_init__(self) -> None:
        if not self.uri.startswith(REMOTE_SCHEMES) and not self.uri.endswith(".db"):
            raise BadArgument(f"Milvus URI {self.uri!r}: use a local file ending in .db (Milvus Lite) or "
                              "http(s)://host:port of a Milvus server")
        if self.collection is not None and not _NAME.fullmatch(self.collection):
            raise BadArgument(f"Milvus collection name {self.collection!r}: use letters, digits and _, not starting "
                              "with a digit, at most 255 characters")

    @property
    def local(self) -> bool:
        return not self.uri.startswith(REMOTE_SCHEMES)

    def collection_for(self, model_fingerprint: str, kind: str) -> str:
        return self.collection or f"mlmatch_{kind}_{hashlib.sha256(model_fingerprint.encode()).hexdigest()[:16]}"


def milvus_target(uri: str | None = None, token: str | None = None, collection: str | None = None) -> MilvusTarget:
    """A target from the values given, else $MLMATCH_MILVUS_URI and $MLMATCH_MILVUS_TOKEN, else a
    Milvus Lite file in the mlmatch cache."""
    return MilvusTarget(uri or os.environ.get(URI_ENV) or str(cache_dir() / "milvus.db"),
                        token or os.environ.get(TOKEN_ENV, ""), collection)


def backend_target(backend: str, uri: str | None = None, token: str | None = None, collection: str | None = None) -> MilvusTarget | None:
    """None for the embedded FAISS backend; for Milvus, where (see `milvus_target`)."""
    if backend not in BACKENDS:
        raise BadArgument(f"unknown dense backend {backend!r} (use {' or '.join(BACKENDS)})")
    if backend == "faiss":
        if uri or token or collection:
            raise BadArgument("a Milvus URI, token or collection applies to the milvus backend, not faiss")
        return None
    return milvus_target(uri, token, collection)


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
        client = _connect(target)
        try:
            name = target.collection_for(model_fingerprint, kind)
            meta = _read_meta(client, target, name)
            expected = {"model": model_fingerprint, "catalog": catalog.checksum, "kind": kind, "vectors": len(catalog)}
            found = {"model": meta.model_fingerprint, "catalog": meta.catalog_checksum, "kind": meta.kind, "vectors": meta.count}
            wrong = [f"{key} {found[key]!r} (wanted {expected[key]!r})" for key in expected if found[key] != expected[key]]
            if wrong:
                raise StaleIndex(f"Milvus collection {name} was built for another {wrong[0]}")
            path = local_database(target)
            if path is not None:
                check_written_files(path, name)
            with _calls(target, f"loading collection {name}"):
                client.load_collection(name)
        except BaseException:
            _close(client, target)
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
            _set_aside_if_damaged(target, error)
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
        client = _connect(target)
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
                        with _calls(target, f"inserting into {name}"):
                            client.insert(name, _records(catalog.products[loaded : loaded + len(part)], part))
                        loaded += len(part)
                        bar.update(len(part))
            if loaded != len(catalog):
                raise ValueError(f"{loaded} vectors for a catalog of {len(catalog)} products")
            meta = DenseMeta(model_fingerprint, catalog.checksum, dim, loaded, kind, hnsw)
            with _calls(target, f"completing {name}"):
                client.flush(name)
                client.alter_collection_properties(name, {META: json.dumps(asdict(meta))})
            path = local_database(target)
            if path is not None:
                check_written_files(path, name, fresh=True)
        except BaseException:
            _close(client, target)
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
        with _calls(self.target, f"searching {self.name}"):
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
            with _calls(self.target, f"upserting into {self.name}"):
                self.client.upsert(self.name, _records(products[start : start + BATCH], vectors[start : start + BATCH]))
        self._record(catalog)

    def delete(self, ids: Sequence[str], catalog: Catalog) -> None:
        """Remove the products with these ids; `catalog` is the catalog the collection matches afterwards."""
        kept = [product_id for product_id in ids if product_id in catalog.positions]
        if kept:
            raise BadArgument(f"{len(kept)} deleted product(s) are still in the catalog given: {', '.join(kept[:5])}")
        for start in range(0, len(ids), BATCH):
            with _calls(self.target, f"deleting from {self.name}"):
                self.client.delete(self.name, ids=list(ids[start : start + BATCH]))
        self._record(catalog)

    def close(self) -> None:
        """Disconnect; the last index open on a Milvus Lite file frees it for another process."""
        if self._open:
            self._open = False
            _close(self.client, self.target)

    def _record(self, catalog: Catalog) -> None:
        meta = replace(self.meta, catalog_checksum=catalog.checksum, count=len(catalog))
        with _calls(self.target, f"updating {self.name}"):
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
    with _calls(target, f"creating collection {name}"):
        if client.has_collection(name):
            client.drop_collection(name)
        # Strong: a search right after an upsert or delete sees it (a server's default, Bounded, may not).
        client.create_collection(name, schema=schema, consistency_level="Strong")
        client.create_index(name, indexes, sync=False)  # on an empty collection there is nothing to wait for (pymilvus polls 0.5 s per index)
        client.load_collection(name)


def _read_meta(client: MilvusClient, target: MilvusTarget, name: str) -> DenseMeta:
    with _calls(target, f"reading collection {name}"):
        if not client.has_collection(name):
            raise _NoCollection(f"no collection {name} in Milvus at {target.uri}")
        raw = client.describe_collection(name).get("properties", {}).get(META)
    if raw is None:
        raise StaleIndex(f"Milvus collection {name} has no {META} record: its load never finished, or mlmatch did not make it")
    try:
        return DenseMeta.from_dict(json.loads(raw))
    except (ValueError, TypeError, KeyError) as error:
        raise StaleIndex(f"Milvus collection {name} has an unreadable {META} record ({error})") from None


def _connect(target: MilvusTarget) -> MilvusClient:
    from pymilvus import MilvusClient
    from pymilvus.exceptions import MilvusException

    # pymilvus and Milvus Lite log every failure with its traceback, and the in-process Lite server every
    # call it does not implement (pymilvus asks for timestamps it can do without): mlmatch reports each
    # failure as one clear error instead.
    for library in ("pymilvus", "milvus_lite", "grpc._server"):
        logging.getLogger(library).setLevel(logging.CRITICAL)
    path = local_database(target)
    try:
        client = MilvusClient(uri=str(path) if path else target.uri, token=target.token, grpc_options=LITE_GRPC_OPTIONS if path else {})
    except MilvusException as error:
        if path is not None and _locked_elsewhere(path):
            raise MilvusError(f"another process has the Milvus Lite database {path} open; Milvus Lite allows one process "
                              "per file (serve it with `milvus-lite server --data-dir` and use its http:// URI to share it)") from None
        where = f"open the Milvus Lite database {path}" if path else f"reach Milvus at {target.uri}"
        raise MilvusError(f"cannot {where}: {error.message}") from None
    if path is not None:
        _local_users[str(path)] += 1
    return client


def check_target(target: MilvusTarget) -> None:
    """Refuse a bad Milvus Lite path, or a server that does not answer, before anything slow (a model's
    load) is done for it."""
    if target.local:
        local_database(target)
    else:
        _close(_connect(target), target)


def local_database(target: MilvusTarget) -> Path | None:
    """The Milvus Lite folder of a local target (None: a server), checked before anything is loaded or written:
    a file, or a folder Milvus Lite did not create, is refused; the folder's parent is created."""
    if not target.local:
        return None
    path = Path(target.uri).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise MilvusError(f"{path} is a file, not a Milvus Lite database (Milvus Lite 3 keeps one in a folder; "
                          "a file from milvus-lite 2 must be exported with its own `milvus-lite dump`)")
    if path.is_dir() and any(path.iterdir()) and not any((path / name).exists() for name in LITE_MARKERS):
        raise MilvusError(f"{path} is a folder Milvus Lite did not create (it holds other files); choose another "
                          "--milvus-uri, or empty the folder if it is meant for the index")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MilvusError(f"cannot create the folder of the Milvus Lite database {path}: {error.strerror}") from None
    return path


def check_written_files(path: Path, name: str, fresh: bool = False) -> None:
    """Milvus Lite writes each data, delta and index file once and never changes it (compaction writes new
    ones): `StaleIndex` if a file recorded here has other bytes now (a bad disk, a stray write), which Milvus
    would read without noticing. Files new since the last check are recorded as they are; a file whose size
    and modification time are unchanged is not read again. `fresh`: forget what was recorded (a new collection)."""
    record = path / CHECKSUMS / f"{name}.json"
    try:
        recorded = {} if fresh else json.loads(record.read_text())
    except (OSError, ValueError):
        recorded = {}  # none yet, or unreadable: what is there now is taken as written
    checked = {}
    for file in sorted((path / "collections" / name).rglob("*")):
        if not file.is_file() or file.parent.name not in WRITTEN_ONCE:
            continue
        relative, stat = file.relative_to(path).as_posix(), file.stat()
        stamp = [stat.st_size, stat.st_mtime_ns]
        known = recorded.get(relative)
        if known and known[:2] == stamp:
            checked[relative] = known
            continue
        digest = file_sha256(file)
        if known and known[2] != digest:
            raise StaleIndex(f"Milvus Lite file {relative} in {path} is damaged (its bytes changed after Milvus wrote it)")
        checked[relative] = [*stamp, digest]
    if checked != recorded:
        with atomic_file(record) as scratch:
            scratch.write_text(json.dumps(checked, indent=1))


def _set_aside_if_damaged(target: MilvusTarget, error: MilvusError) -> None:
    """Move a local database Milvus Lite cannot read beside itself (`<name>.damaged-<time>`), so that a new
    one is built in its place; re-raise `error` for a server, or a database another process holds."""
    path = local_database(target)
    if path is None or not path.is_dir() or _locked_elsewhere(path):
        raise error
    from milvus_lite.server_manager import server_manager_instance

    server_manager_instance.release_server(str(path))
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    os.rename(path, aside)
    log.warning("the Milvus Lite database %s cannot be read (%s); it is moved to %s and a new one is built", path, error, aside)


def _close(client: MilvusClient, target: MilvusTarget) -> None:
    client.close()
    if not target.local:
        return
    path = str(Path(target.uri).expanduser().absolute())
    _local_users[path] -= 1
    if _local_users[path] <= 0:
        from milvus_lite.server_manager import server_manager_instance

        del _local_users[path]
        server_manager_instance.release_server(path)


def _locked_elsewhere(path: Path) -> bool:
    """Whether another process holds the lock Milvus Lite takes on its folder."""
    from milvus_lite.db import LOCK_FILENAME

    try:
        fd = os.open(path / LOCK_FILENAME, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases a lock taken here
    return False


@contextlib.contextmanager
def _calls(target: MilvusTarget, doing: str) -> Iterator[None]:
    """Turn what pymilvus raises into a `MilvusError` saying what was being done, and where."""
    from pymilvus.exceptions import MilvusException

    try:
        yield
    except MilvusException as error:
        raise MilvusError(f"Milvus at {target.uri}: {doing} failed: {error.message}") from None
