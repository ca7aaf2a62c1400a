"""Generations of a retrained model: the served one is never overwritten in place, and one command goes back.

A model folder of generations (given as `--model DIR` or `--ranker DIR` like any model folder):

    CURRENT     the name of the served generation (one line, replaced atomically)
    gen-0001/   one complete model folder each (a bi-encoder adapter, a ranker), never changed once written

`promote` copies a candidate in as the next generation and points CURRENT at it; `rollback` points it back
at the generation before (the newer one stays, so it can be promoted again). The loaders serve a folder's
current generation (`served`); the newest `KEEP` generations are kept.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mlmatch.atomic import atomic_dir, atomic_file
from mlmatch.errors import BadArgument

POINTER = "CURRENT"
KEEP = 5
_NAME = re.compile(r"gen-(\d{4,})")


def served(name: str | Path) -> Path:
    """The folder a loader reads for `name`: the current generation of a folder of generations, else itself."""
    folder = Path(name).expanduser()
    current = current_generation(folder)
    return current if current is not None else folder


def current_generation(folder: Path) -> Path | None:
    try:
        name = (Path(folder) / POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(folder) / name if _NAME.fullmatch(name) and (Path(folder) / name).is_dir() else None


def generations(folder: Path) -> list[Path]:
    """The folder's generations, oldest first."""
    found = [path for path in Path(folder).glob("gen-*") if _NAME.fullmatch(path.name) and path.is_dir()]
    return sorted(found, key=lambda path: int(_NAME.fullmatch(path.name).group(1)))


def promote(folder: Path, candidate: Path) -> Path:
    """`candidate` (a model folder) copied in as the newest generation and served from now on."""
    folder, candidate = Path(folder), Path(candidate)
    if not candidate.is_dir():
        raise BadArgument(f"{candidate}: no model folder to promote")
    existing = generations(folder)
    number = int(_NAME.fullmatch(existing[-1].name).group(1)) + 1 if existing else 1
    target = folder / f"gen-{number:04d}"
    with atomic_dir(target) as scratch:
        shutil.copytree(candidate, scratch, dirs_exist_ok=True)
    _point_at(folder, target)
    for old in generations(folder)[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
    return target


def previous_generation(folder: Path) -> Path:
    """The generation before the current one (a clear error when there is none)."""
    folder = Path(folder)
    current, existing = current_generation(folder), generations(folder)
    if current is None or current not in existing or existing.index(current) == 0:
        raise BadArgument(f"{folder}: no earlier generation to roll back to")
    return existing[existing.index(current) - 1]


def rollback(folder: Path) -> Path:
    """Serve the generation before the current one again; that generation."""
    previous = previous_generation(folder)
    _point_at(Path(folder), previous)
    return previous


def _point_at(folder: Path, generation: Path) -> None:
    with atomic_file(folder / POINTER) as scratch:
        scratch.write_text(generation.name + "\n", encoding="utf-8")
