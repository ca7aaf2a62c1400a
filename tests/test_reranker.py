"""The shipped reranker: it loads without warnings about untrained weights, and it scores as recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads the real reranker

ROOT = Path(__file__).resolve().parent.parent

# (query, product text) across three language pairs, and the shipped reranker's scores for them,
# recorded from `load_reranker().score_pairs(FIXED_PAIRS)` on CPU when the adapter was shipped.
FIXED_PAIRS = [
    ("苹果手机壳", "Apple iPhone 15 Silicone Case with MagSafe - Blue"),
    ("Beamer 4K", "XGIMI Projector - 4K UHD 2200 Lumen Horizon Pro, Auto Keystone, Wi-Fi & Bluetooth (Grey)"),
    ("ワイヤレスイヤホン", "Sony WF-1000XM5 完全ワイヤレスイヤホン ノイズキャンセリング ブラック"),
]
RECORDED = [-2.4233, -0.4663, 3.3666]

SCRIPT = f"""
import json
from mlmatch.models.reranker import load_reranker
print(json.dumps(load_reranker(device="cpu").score_pairs({FIXED_PAIRS!r}).tolist()))
"""


def test_shipped_reranker_loads_silently_and_scores_as_recorded(mlmatch_home):
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "MLMATCH_HOME": str(mlmatch_home)})
    assert done.returncode == 0, done.stderr
    for noise in ("MISSING", "newly initialized", "Consider training", "Converting"):
        assert noise not in done.stderr, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == pytest.approx(RECORDED, abs=1e-3)
