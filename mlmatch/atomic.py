"""Write folders so that a reader never sees a half-written one, and a killed writer leaves nothing behind.

Scratch files and folders are named `.<name>.<random>.pid<N>.tmp`: the next writer in the same
folder removes those whose process N is gone (a conversion or an index build killed half-way).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)
_SCRATCH = re.compile(r"^\..+\.pid(\d+)\.tmp$")


def scratch_name(name: str) -> str:
    return f".{name}.{secrets.token_hex(4)}.pid{os.getpid()}.tmp"


def sweep_scratch(folder: Path) -> None:
    """Remove the scratch entries in `folder` whose writing process no longer runs."""
    for path in Path(folder).glob(".*.tmp"):
        match = _SCRATCH.match(path.name)
        if match and not _running(int(match.group(1))):
            log.info("removing %s, left by a process that was stopped", path)
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield a scratch folder that replaces `target` only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_scratch(target.parent)
    scratch = target.parent / scratch_name(target.name)
    scratch.mkdir()
    try:
        yield scratch
        old = None
        if target.exists():
            old = target.parent / scratch_name(f"{target.name}.old")
            os.replace(target, old)
        os.replace(scratch, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a scratch path to write that replaces `target` only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_scratch(target.parent)
    scratch = target.parent / scratch_name(target.name)
    try:
        yield scratch
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (POSIX: the directory entry is data of the directory)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
