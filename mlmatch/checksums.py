"""SHA-256 of files read in blocks: the one way mlmatch checks that bytes on disk are the bytes it wrote."""

from __future__ import annotations

import hashlib
from pathlib import Path

BLOCK = 1 << 20


def update_from_file(digest, path: Path) -> None:
    """Feed `path`'s bytes into `digest`, a block at a time (model weights and indexes run to gigabytes)."""
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(BLOCK), b""):
            digest.update(block)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    update_from_file(digest, path)
    return digest.hexdigest()


def file_record(path: Path) -> list:
    """[size, modification time in ns, SHA-256]: what `changed` checks the file against later."""
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, file_sha256(path)]


def changed(path: Path, recorded: list | str) -> bool:
    """Whether `path` no longer holds the bytes of its `file_record`. The file is read again only when its
    size or modification time moved: a cold start need not hash gigabytes of model and index it wrote
    itself, while a file written over (a bad copy, a flipped byte) has a new time and is hashed. A bare
    SHA-256 (records written before the size and time were kept) is always compared by reading."""
    try:
        stat = path.stat()
    except OSError:
        return True
    if isinstance(recorded, str):
        return file_sha256(path) != recorded
    size, mtime, digest = recorded
    if stat.st_size != size:
        return True
    return stat.st_mtime_ns != mtime and file_sha256(path) != digest
