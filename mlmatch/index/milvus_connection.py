"""Reaching Milvus: where a dense index lives (a Milvus Lite folder or a server URI), connections, and the
care of a Milvus Lite database on this machine (one process at a time, checksums of the files it writes
once, a damaged database moved aside).
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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlmatch.atomic import atomic_file
from mlmatch.cache import cache_dir
from mlmatch.checksums import changed, file_record
from mlmatch.errors import BadArgument, MlmatchError
from mlmatch.index.backend import BACKENDS
from mlmatch.index.stale import StaleIndex

if TYPE_CHECKING:  # imported where used: pymilvus takes most of a second to import
    from pymilvus import MilvusClient

log = logging.getLogger(__name__)

URI_ENV, TOKEN_ENV = "MLMATCH_MILVUS_URI", "MLMATCH_MILVUS_TOKEN"
REMOTE_SCHEMES = ("http://", "https://", "tcp://", "unix:")
# pymilvus pings every 10 s, idle or not; the in-process Milvus Lite server answers an idle client's
# pings with GOAWAY ("too_many_pings"), logged on stderr, and would cut a long call (a big flush) short.
LITE_GRPC_OPTIONS = {"grpc.keepalive_time_ms": 2**31 - 1}
LITE_MARKERS = ("LOCK", "collections", "databases")  # what Milvus Lite 3 writes into a database folder
WRITTEN_ONCE = ("data", "delta", "indexes")  # folders of a Milvus Lite collection whose files never change
CHECKSUMS = "mlmatch-checksums"  # mlmatch's record of those files' SHA-256, inside the database folder
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,254}")
_local_users: Counter[str] = Counter()  # open connections per Milvus Lite folder in this process


class MilvusError(MlmatchError):
    """Milvus could not be reached, or refused a request; the message says which and why."""


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


def connect(target: MilvusTarget) -> MilvusClient:
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
        close(connect(target), target)


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
    would read without noticing. Files new since the last check are recorded as they are; a recorded file is
    read again only when its size or modification time moved (`mlmatch.checksums.changed`). `fresh`: forget what was recorded (a new collection)."""
    record = path / CHECKSUMS / f"{name}.json"
    try:
        recorded = {} if fresh else json.loads(record.read_text())
    except (OSError, ValueError):
        recorded = {}  # none yet, or unreadable: what is there now is taken as written
    checked = {}
    for file in sorted((path / "collections" / name).rglob("*")):
        if not file.is_file() or file.parent.name not in WRITTEN_ONCE:
            continue
        relative = file.relative_to(path).as_posix()
        known = recorded.get(relative)
        if known is not None and changed(file, known):
            raise StaleIndex(f"Milvus Lite file {relative} in {path} is damaged (its bytes changed after Milvus wrote it)")
        checked[relative] = known or file_record(file)
    if checked != recorded:
        with atomic_file(record) as scratch:
            scratch.write_text(json.dumps(checked, indent=1))


def set_aside_if_damaged(target: MilvusTarget, error: MilvusError) -> None:
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


def close(client: MilvusClient, target: MilvusTarget) -> None:
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
def calls(target: MilvusTarget, doing: str) -> Iterator[None]:
    """Turn what pymilvus raises into a `MilvusError` saying what was being done, and where."""
    from pymilvus.exceptions import MilvusException

    try:
        yield
    except MilvusException as error:
        raise MilvusError(f"Milvus at {target.uri}: {doing} failed: {error.message}") from None
