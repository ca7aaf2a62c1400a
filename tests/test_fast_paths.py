"""Thread counts set in one place, light imports on the light path, and the CLI's timing line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlmatch.cli import main as cli_main
from mlmatch.errors import BadArgument
from mlmatch.threads import THREADS_ENV, threads_per_request

from conftest import SMALL_CATALOG

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "sentence_transformers", "sklearn", "transformers", "lightgbm")


def python(code: str, **env: str) -> str:
    """Run `code` in a fresh interpreter at the repository root; its stdout."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_each_request_gets_its_share_of_the_cores(monkeypatch):
    monkeypatch.delenv(THREADS_ENV, raising=False)
    assert [threads_per_request(concurrency, cores=2) for concurrency in (1, 2, 3)] == [2, 1, 1]
    assert threads_per_request(2, cores=16) == 8
    monkeypatch.setenv(THREADS_ENV, "3")
    assert threads_per_request(2, cores=2) == 3
    for bad in ("0", "two", "-1", "1.5"):
        monkeypatch.setenv(THREADS_ENV, bad)
        with pytest.raises(BadArgument, match=THREADS_ENV):
            threads_per_request()


def test_torch_and_faiss_in_every_thread_get_the_count():
    """torch keeps one count per process, FAISS's OpenMP one per thread: a request thread sets its own."""
    out = python(
        "import threading, faiss\n"
        "from mlmatch.threads import configure_threads, limit_this_thread\n"
        "count = configure_threads(2)\n"
        "import torch\n"
        "seen = []\n"
        "def request():\n"
        "    limit_this_thread()\n"
        "    seen.extend([torch.get_num_threads(), faiss.omp_get_max_threads()])\n"
        "thread = threading.Thread(target=request); thread.start(); thread.join()\n"
        "print(count, *seen)\n",
        **{THREADS_ENV: "1"},
    )
    assert out.split() == ["1", "1", "1"]


@pytest.mark.parametrize("code", [
    "import mlmatch.search",
    "import runpy, sys\nsys.argv = ['mlmatch', '--help']\ntry:\n    runpy.run_module('mlmatch', run_name='__main__')\nexcept SystemExit:\n    pass",
    # the learned ranker scores in numpy: LightGBM (and the scikit-learn and pandas it imports) only explains and trains
    "import numpy as np\nfrom mlmatch.rank.ltr import load_ranker\nranker = load_ranker()\nranker.score(np.zeros((3, len(ranker.features)), np.float32))",
])
def test_the_light_path_imports_no_model_library(code):
    out = python(f"{code}\nimport sys\nprint('loaded:', *sorted(name for name in {HEAVY!r} if name in sys.modules))")
    assert out.splitlines()[-1] == "loaded:"


def test_cli_search_reports_its_timing_on_stderr_only(capsys):
    code = cli_main(["search", "Epson projector", "--catalog", str(SMALL_CATALOG), "--mode", "bm25", "--k", "2", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["results"][0]["id"] == "projector-en"
    last = err.strip().splitlines()[-1]
    assert last.startswith("load ") and " ms (models, catalog, indexes), search " in last and last.endswith(" ms")


def test_a_bad_thread_count_is_a_one_line_error(capsys, monkeypatch):
    monkeypatch.setenv(THREADS_ENV, "many")
    code = cli_main(["search", "x", "--catalog", str(SMALL_CATALOG), "--mode", "bm25"])
    assert code == 2 and capsys.readouterr().err.startswith(f"error: {THREADS_ENV}='many'")
