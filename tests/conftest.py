"""Shared fixtures: one cache folder and one loaded model per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"  # tests never reach for the network
DATA = Path(__file__).parent / "data"
SMALL_CATALOG = DATA / "catalog_small.jsonl"


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
