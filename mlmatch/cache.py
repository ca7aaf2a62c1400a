"""Where mlmatch keeps what it computes: converted models, indexes, embedding caches."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def cache_dir() -> Path:
    """The cache root: `MLMATCH_HOME` when set, else the user cache directory."""
    root = os.environ.get("MLMATCH_HOME") or platformdirs.user_cache_dir("mlmatch")
    path = Path(root).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path
