"""The repository's structure, enforced: lint clean, the import contracts in pyproject.toml kept, and a
fast tier that exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_finds_nothing():
    result = run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_kept():
    """mlmatch imports no eval, tools, bench or app; eval no app, tools or bench; the library's layers only downwards."""
    result = run(str(Path(sys.executable).with_name("lint-imports")), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow  # it runs the fast tier, so it is not in it
def test_the_fast_tier_exits_0():
    """The fast tier as a developer runs it, in its own interpreter: a native thread that outlived the
    interpreter once made it exit non-zero after every test had passed."""
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "not slow and not browser", "-p", "no:cacheprovider"],
                            cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
