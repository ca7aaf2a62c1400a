"""Shared fixtures: one cache folder and one loaded model per test session, and a fake encoder for the fast tier.

A test that uses the real model (the `encoder` fixture, directly or through another fixture) is marked
`slow`, and one that drives the browser `browser`, so `pytest -m "not slow and not browser"` runs
without loading a model; tests that train or load a model by themselves carry the mark in their file.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

os.environ["HF_HUB_OFFLINE"] = "1"  # tests never reach for the network
DATA = Path(__file__).parent / "data"
SMALL_CATALOG = DATA / "catalog_small.jsonl"


def cold_search(home: Path, index: Path, runtime: str, watched: tuple[str, ...], options: tuple[str, ...] = ("--mode", "dense")
                ) -> tuple[dict, list[str]]:
    """`search iphone 15 case --json` over the small catalog in a new process on the packaged model: its
    results, and which `watched` modules it imported."""
    code = ("import json, sys\nfrom mlmatch.cli import main\n"
            f"code = main(['search', 'iphone 15 case', '--catalog', {str(SMALL_CATALOG)!r}, '--index', {str(index)!r}, "
            f"'--model', 'packaged', '--runtime', {runtime!r}, '--device', 'cpu', '--json', *{options!r}])\n"
            f"print(json.dumps([code, sorted(m for m in {watched!r} if m in sys.modules)]))")
    child = subprocess.run([sys.executable, "-c", code], env={**os.environ, "MLMATCH_HOME": str(home)}, capture_output=True, text=True, timeout=300)
    assert child.returncode == 0 and child.stdout.strip(), child.stderr[-2000:]
    (code, imported) = json.loads(child.stdout.splitlines()[-1])
    assert code == 0, child.stderr[-2000:]
    return json.loads(child.stdout.splitlines()[0]), imported
BEIR_SMALL = DATA / "beir_small"  # six intents in four languages, BEIR layout with `lang`


def trec(path: Path) -> dict[str, list[str]]:
    """A TREC run file as query -> document ids, best first."""
    ranked: dict[str, list[tuple[float, str]]] = {}
    for line in path.read_text().splitlines():
        qid, _, doc, _, score, _ = line.split()
        ranked.setdefault(qid, []).append((-float(score), doc))
    return {qid: [doc for _, doc in sorted(rows)] for qid, rows in ranked.items()}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "encoder" in fixtures:
            item.add_marker(pytest.mark.slow)
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _fast_tests_start_no_model_load(request):
    """The fast tier loads no model: the demo's background loader, started by a handler that only had
    input to validate, kept loading as the tests ended, and the process aborted at exit."""
    yield
    if not any(request.node.get_closest_marker(mark) for mark in ("slow", "browser")):
        loaders = [thread.name for thread in threading.enumerate() if thread.name == "mlmatch-loader"]
        assert not loaders, "a fast-tier test started the demo's model load: mark it slow, or keep the handler from loading"


class FakeEncoder:
    """A stand-in for `mlmatch.models.encoder.BiEncoder` where a test needs some encoder, not a good one:
    hashed character trigrams, so texts that share characters score higher; deterministic per `seed`."""

    def __init__(self, name: str = "fake", dim: int = 64, seed: int = 0):
        self.name, self.dim, self.seed = name, dim, seed
        self.fingerprint = f"fake-{seed}-{dim}"
        self.device = "cpu"

    def encode_queries(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._encode(texts)

    def encode_documents(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.casefold()} "
            for i in range(len(padded) - 2):
                digest = hashlib.blake2b(f"{self.seed}:{padded[i:i + 3]}".encode(), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


@pytest.fixture()
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(scope="session", autouse=True)
def mlmatch_home(tmp_path_factory) -> Path:
    """A fresh cache for the session (or the one in MLMATCH_TEST_HOME, to reuse a converted model)."""
    home = Path(os.environ.get("MLMATCH_TEST_HOME") or tmp_path_factory.mktemp("mlmatch-home"))
    os.environ["MLMATCH_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def encoder(mlmatch_home):
    from mlmatch.models import load_bi_encoder

    return load_bi_encoder("packaged", device="cpu")


@pytest.fixture(scope="session")
def small_catalog():
    from mlmatch.catalog import load_catalog

    return load_catalog(SMALL_CATALOG)


@pytest.fixture(scope="session")
def engine(small_catalog, encoder):
    from mlmatch.search import SearchEngine

    return SearchEngine.open(small_catalog, encoder)
