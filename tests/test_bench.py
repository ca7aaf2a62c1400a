"""The benchmark harness on tiny catalogs, with the fake encoder: what it generates and what it writes."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import numpy as np
import pytest

from bench import ann, report
from bench import reranker as bench_reranker
from bench.catalogs import synthetic_catalog
from bench.machine import cpu_snapshot
from bench.run import QUICK, measure, settings
from bench.storage import storage_rows
from bench.targets import check_targets
from bench.vectors import cached_synthetic_vectors, synthetic_vectors
from mlmatch.errors import BadArgument, ModelNotAvailable
from mlmatch.index.dense import DenseIndex, IVFParams

LISTINGS = [("red apple fresh", "en"), ("green apple sour", "en"), ("苹果 新鲜 红色", "zh"), ("苹果 手机壳", "zh"),
            ("Apfel rot frisch", "de"), ("Apfel grün", "de")]


class FakeModel:
    """What the raw-encode row calls on a sentence-transformers model."""

    prompts: dict[str, str] = {}

    def __init__(self, encoder):
        self.encoder = encoder

    def encode(self, texts: list[str], **options) -> np.ndarray:
        return self.encoder.encode_documents(texts)


class FakeReranker:
    fingerprint = "fake-reranker"
    retrieval_weight = 0.0

    def score_pairs(self, pairs: list[tuple[str, str]], batch_size: int = 32) -> np.ndarray:
        return np.array([len(set(query) & set(text)) for query, text in pairs], dtype=np.float32)


def unit_rows(n: int, dim: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_synthetic_listings_copy_a_base_and_borrow_from_a_donor_of_its_language():
    catalog = synthetic_catalog(20, seed=3, listings=LISTINGS)
    assert catalog == synthetic_catalog(20, seed=3, listings=LISTINGS)
    assert len(set(catalog.titles)) == 20
    for i, (title, lang, base, donor) in enumerate(zip(catalog.titles, catalog.langs, catalog.bases, catalog.donors)):
        assert base == i % len(LISTINGS) and title.startswith(LISTINGS[base][0])
        assert LISTINGS[donor][1] == lang == LISTINGS[base][1]


def test_synthetic_vectors_are_unit_length_repeatable_and_nearest_their_base(tmp_path):
    real = unit_rows(len(LISTINGS), 32)
    catalog = synthetic_catalog(60, listings=LISTINGS)
    vectors = synthetic_vectors(real, catalog)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors, synthetic_vectors(real, catalog))
    assert not np.array_equal(vectors, synthetic_vectors(real, catalog, seed=1))
    nearest = np.argmax(vectors @ real.T, axis=1)
    assert np.mean(nearest == np.array(catalog.bases)) > 0.9  # the base weighs 0.6 to 0.9
    cached = cached_synthetic_vectors(real, catalog)
    assert np.array_equal(cached, vectors)
    assert np.array_equal(cached_synthetic_vectors(real, catalog), vectors)  # now read from the bench cache


def test_a_tiny_run_prints_and_writes_every_row_kind(tmp_path, fake_encoder, monkeypatch):
    def no_onnx(encoder, runtime):
        raise ModelNotAvailable("onnxruntime is not part of this test")

    monkeypatch.setattr("bench.encoding.on_onnx", no_onnx)
    fake_encoder.model = FakeModel(fake_encoder)
    chosen = {"sizes": [200, 400], "queries": 6, "rerank_queries": 2, "encode_texts": 12, "repeats": 2}
    results = measure(fake_encoder, FakeReranker(), chosen, hnsw_max_size=300, quick=True, threads=1, start=cpu_snapshot())

    text = report.as_text(results)
    for row in ("raw SentenceTransformer.encode", "pipeline encode_documents", "overhead", "ONNX fp32", "ONNX int8", "one query",
                "bm25", "dense flat", "dense ivf", "dense hnsw", "hybrid (ivf)", "dense (ivf) + rerank 20", "peak RSS"):
        assert row in text
    assert "not available: onnxruntime is not part of this test" in text
    assert "not built: built only up to 300 products" in text  # HNSW at 400
    assert "SYNTHETIC" in text and "load average" in text
    assert {check["row"] for check in results["targets"]} >= {"overhead", "dense ivf", "dense hnsw"}

    report.write_json(results, tmp_path / "bench.json")
    written = json.loads((tmp_path / "bench.json").read_text())
    assert [size["size"] for size in written["sizes"]] == [200, 400]
    ivf = next(build for build in written["sizes"][1]["indexes"] if build["index"] == "ivf")
    assert 0 <= ivf["recall_at_10"] <= 1 and ivf["saved_mb"] > 0
    report.write_chart(results, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    markdown = report.as_markdown(results, "chart.png", "python -m bench --quick")
    assert "| overhead |" in markdown and "![p95 latency against catalog size](chart.png)" in markdown


def results_with(p95_ms: float, recall: float, overhead_pct: float) -> dict:
    latency = {"p50_ms": p95_ms / 2, "p95_ms": p95_ms, "p99_ms": p95_ms, "max_ms": p95_ms}
    return {
        "encoding": [{"row": "overhead", "overhead_pct": overhead_pct, "raw_spread_pct": 3.0, "pipeline_spread_pct": 4.0},
                     {"row": "one query", "queries": 5, **latency}],
        "sizes": [{"size": 100_000, "synthetic": True, "peak_rss_mb": 1.0,
                   "indexes": [{"index": "ivf", "build_s": 1.0, "saved_mb": 1.0, "params": {"nlist": 8, "nprobe": 2}, "recall_at_10": recall}],
                   "systems": [{"system": "dense ivf", "queries": 5, **latency, "search": latency}]}],
    }


def test_targets_say_met_or_by_how_much_and_why():
    met = {(c["row"], c["target"]): c for c in check_targets(results_with(p95_ms=40, recall=0.97, overhead_pct=2.0))}
    assert [c["status"] for c in met.values()] == ["met"] * 3 and all(not c["why"] for c in met.values())
    missed = {c["target"]: c for c in check_targets(results_with(p95_ms=62.5, recall=0.9, overhead_pct=7.25))}
    assert missed["p95 ≤ 50 ms"]["status"] == "missed by 12.5 ms"
    assert "encoding one query alone: p95 62.5 ms" in missed["p95 ≤ 50 ms"]["why"]
    assert missed["recall@10 ≥ 0.95"]["status"] == "missed by 0.050"
    assert missed["≤ 5 %"]["status"] == "missed by 2.2 points" and "varied by 3.0 %" in missed["≤ 5 %"]["why"]


def sweep_row(kind: str, build: dict, search: int, recalls: list[float], p50_ms: float, build_s: float) -> dict:
    sets = {name: {"size": size, "recall_at_10": recall, "p50_ms": p50_ms, "build_s": build_s}
            for (name, size), recall in zip((("real", 6), ("synthetic", 100)), recalls)}
    return {"kind": kind, "build": build, "search": search, "sets": sets}


def test_the_sweep_chooses_the_cheapest_setting_that_reaches_the_recall_everywhere():
    rows = [sweep_row("ivf", {"nlist": 4}, 1, [0.99, 0.90], 0.1, 1.0),  # too low on one set
            sweep_row("ivf", {"nlist": 4}, 2, [0.99, 0.96], 0.5, 1.0),
            sweep_row("ivf", {"nlist": 8}, 2, [0.97, 0.96], 0.3, 4.0),  # fastest search
            sweep_row("ivf", {"nlist": 16}, 2, [0.97, 0.96], 0.32, 2.0)]  # within 10 %, quicker build: chosen
    assert ann.choose(rows, "ivf") is rows[3]
    assert ann.choose(rows[:1], "ivf") is None


def test_settings_are_the_preset_under_the_options_given_and_bad_ones_are_refused():
    args = argparse.Namespace(quick=True, sizes="3000,1000", queries=None, rerank_queries=None, encode_texts=None, repeats=None)
    chosen = settings(args, available_queries=100, available_titles=100)
    assert chosen == {**QUICK, "sizes": [1000, 3000]}
    args.queries = 98
    with pytest.raises(BadArgument, match="--queries must be between 1 and 97, not 98"):
        settings(args, available_queries=100, available_titles=100)
    args.queries, args.sizes = None, "10k"
    with pytest.raises(BadArgument, match="--sizes takes whole numbers"):
        settings(args, available_queries=100, available_titles=100)


def test_storage_variants_report_their_bytes_per_vector_and_recall():
    vectors = unit_rows(1000, 96)
    queries = unit_rows(20, 96, seed=1)
    exact = DenseIndex.build(vectors, "m", "c", "flat").search(queries, 10)[1]
    rows = {row["variant"]: row for row in storage_rows("tiny", vectors, exact, queries, np.arange(5), IVFParams(nlist=4, nprobe=4))}
    assert {name: row["bytes_per_vector"] for name, row in rows.items()} == {"fp32": 392, "fp16": 200, "SQ8": 104, "PQ48": 56}
    assert rows["fp32"]["recall_at_10"] == 1.0  # every cell probed: exact
    assert all(0 <= row["recall_at_10"] <= 1 for row in rows.values())


def test_reranker_bench_refuses_an_unknown_runtime_before_loading_anything(capsys):
    with pytest.raises(SystemExit):
        bench_reranker.main(["--runtimes", "torch,tensorrt"])
    assert "unknown tensorrt" in capsys.readouterr().err


def test_reranker_bench_refuses_more_queries_than_the_test_split_has(capsys):
    with pytest.raises(SystemExit):
        bench_reranker.main(["--queries", "100000"])
    assert "--queries must be between 1 and" in capsys.readouterr().err


def test_startup_measures_a_cold_process_and_names_a_failed_one():
    from bench import startup

    wall, peak_mb = startup.cold_process("import numpy", dict(os.environ))
    assert 0 < wall < 60 and 5 < peak_mb < 2000
    with pytest.raises(RuntimeError, match="the measured process failed"):
        startup.cold_process("raise SystemExit(3)", dict(os.environ))
    assert "search" in startup.search_code("onnx", "dense", Path("/tmp/index")) and "'--runtime', 'onnx'" in startup.search_code("onnx", "dense", Path("/tmp/i"))
    with pytest.raises(SystemExit):
        startup.main(["--runtimes", "tensorflow"])


def test_a_cold_process_reports_its_own_peak_not_its_parents():
    from bench import startup

    held = np.ones(300 * 2**20 // 8)  # 300 MB in this process, the measured one's parent
    assert startup.cold_process("pass", dict(os.environ))[1] < 150
    del held


@pytest.mark.slow
def test_the_log_bench_writes_a_row_per_size(tmp_path, capsys):
    from bench import logs

    assert logs.main(["--sizes", "200,400", "--out", str(tmp_path / "logs.json")]) == 0
    rows = json.loads((tmp_path / "logs.json").read_text())["logs"]
    assert [row["searches"] for row in rows] == [200, 400] and all(row["wall_s"] > 0 and row["peak_mb"] > 0 for row in rows)
    assert "over import" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        logs.main(["--sizes", "many"])
