"""Index generations on disk: a reader never sees half a build, and a damaged index heals itself.

An index folder holds
    CURRENT              the name of the published generation (one line, replaced atomically)
    gen-<ns>-<pid>/      one complete build: bm25/, dense/ (optional) and manifest.json
    .lock                held (fcntl) by the one writer at a time
    .gen-*.pid<N>.tmp    a generation being written, swept once process N is gone

A generation is never changed after it is published. Its manifest records what it was built from
(catalog checksum, product count, analyzer, model, index kind) and the SHA-256 of every file; a
load verifies all of it, and any failure or mismatch logs one warning and builds a new generation.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mlmatch.atomic import fsync_dir, fsync_file, scratch_name, sweep_scratch
from mlmatch.checksums import changed, file_record
from mlmatch.errors import MlmatchError
from mlmatch.index.analyzer import ANALYZER
from mlmatch.index.dense import DenseIndex
from mlmatch.index.lexical import BM25Index
from mlmatch.index.stale import StaleIndex, Wanted

log = logging.getLogger(__name__)
POINTER, MANIFEST, LOCK = "CURRENT", "manifest.json", ".lock"
LOAD_ATTEMPTS = 3  # a writer may retire the generation a reader is opening: re-read the pointer


@dataclass(frozen=True)
class Generation:
    bm25: BM25Index
    dense: DenseIndex | None


def open_indexes(folder: Path, wanted: Wanted, build: Callable[[], Generation]) -> Generation:
    """The current generation when it verifies and matches `wanted`, else a new one from `build`."""
    folder = Path(folder)
    _prepare(folder)
    try:
        return load_current(folder, wanted)
    except StaleIndex as reason:
        if (folder / POINTER).exists():
            log.warning("index in %s cannot be used, rebuilding: %s", folder, reason)
    return rebuild(folder, build, unless=wanted)


def rebuild(folder: Path, build: Callable[[], Generation], unless: Wanted | None = None) -> Generation:
    """Build and publish a generation, one writer at a time; with `unless`, first take one that
    another writer published meanwhile if it matches."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with _writer_lock(folder):
        if unless is not None:
            try:
                return load_current(folder, unless)
            except StaleIndex:
                pass
        generation = build()
        publish(folder, generation)
        return generation


def current_generation(folder: Path) -> Path | None:
    try:
        name = (Path(folder) / POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(folder) / name if name.startswith("gen-") and "/" not in name else None


def load_current(folder: Path, wanted: Wanted) -> Generation:
    folder = Path(folder)
    for _ in range(LOAD_ATTEMPTS):
        generation = current_generation(folder)
        if generation is None:
            raise StaleIndex(f"no published index in {folder}")
        try:
            return _load(generation, wanted)
        except StaleIndex:
            if current_generation(folder) == generation:
                raise
    raise StaleIndex(f"the index in {folder} kept changing while it was read")


def publish(folder: Path, generation: Generation) -> Path:
    """Write `generation` beside the current one, flip the pointer to it, retire the old ones."""
    folder = Path(folder)
    name = f"gen-{time.time_ns()}-{os.getpid()}"
    scratch = folder / scratch_name(name)
    try:
        generation.bm25.save(scratch / "bm25")
        if generation.dense is not None:
            generation.dense.save(scratch / "dense")
        manifest = {
            "catalog_checksum": generation.bm25.catalog_checksum, "count": generation.bm25.count, "analyzer": ANALYZER,
            "dense": None if generation.dense is None else {
                "model_fingerprint": generation.dense.meta.model_fingerprint, "kind": generation.dense.meta.kind,
                "count": generation.dense.meta.count, "dim": generation.dense.meta.dim},
            "files": {str(path.relative_to(scratch)): file_record(path) for path in sorted(scratch.rglob("*")) if path.is_file()},
        }
        (scratch / MANIFEST).write_text(json.dumps(manifest, indent=1))
        for path in scratch.rglob("*"):
            fsync_file(path) if path.is_file() else fsync_dir(path)
        fsync_dir(scratch)
        os.rename(scratch, folder / name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    pointer = folder / scratch_name(POINTER)
    pointer.write_text(name + "\n", encoding="utf-8")
    fsync_file(pointer)
    os.replace(pointer, folder / POINTER)
    fsync_dir(folder)
    _remove_generations_except(folder, folder / name)
    for legacy, meta in (("bm25", "bm25.json"), ("dense", "dense.json")):  # the layout before generations
        if (folder / legacy / meta).is_file():
            shutil.rmtree(folder / legacy, ignore_errors=True)
    return folder / name


def _load(generation: Path, wanted: Wanted) -> Generation:
    try:
        manifest = json.loads((generation / MANIFEST).read_text())
        found = {"catalog": manifest.get("catalog_checksum"), "products": manifest.get("count"), "analyzer": manifest.get("analyzer")}
        if wanted.model_fingerprint is not None:
            dense = manifest.get("dense") or {}
            found |= {"model": dense.get("model_fingerprint"), "kind": dense.get("kind"), "vectors": dense.get("count")}
        wanted.check(found, generation.name)
        for relative, record in manifest["files"].items():
            if changed(generation / relative, record):
                raise StaleIndex(f"{relative} is damaged (checksum mismatch)")
        bm25 = BM25Index.load(generation / "bm25", wanted)
        dense = DenseIndex.load(generation / "dense", wanted) if wanted.model_fingerprint is not None else None
    except StaleIndex:
        raise
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as error:  # RuntimeError: FAISS reading a bad file
        raise StaleIndex(f"{generation.name} is unreadable ({type(error).__name__}: {error})") from None
    return Generation(bm25, dense)


def _retire_orphans(folder: Path) -> None:
    """Generations that never became current (a writer killed between publishing and the pointer),
    removed only while no writer is at work."""
    with _writer_lock(folder, wait=False) as held:
        if held:
            _remove_generations_except(folder, current_generation(folder))


def _remove_generations_except(folder: Path, keep: Path | None) -> None:
    for old in folder.glob("gen-*"):
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def _prepare(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise MlmatchError(f"{folder} is a file, not an index folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MlmatchError(f"cannot create the index folder {folder}: {error.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MlmatchError(f"cannot write to the index folder {folder} (permission denied)")
    sweep_scratch(folder)
    _retire_orphans(folder)


@contextmanager
def _writer_lock(folder: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the folder's writer lock; with `wait=False`, yield False at once if another process holds it."""
    with open(folder / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

