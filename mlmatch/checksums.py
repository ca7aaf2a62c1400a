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
