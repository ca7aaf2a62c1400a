from __future__ import annotations

import json

import numpy as np
import pytest

from mlmatch.index import BM25Index, DenseIndex, StaleIndex
from mlmatch.index.dense import HNSWParams


def unit_vectors(n: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_dense_finds_each_vector_itself(kind):
    vectors = unit_vectors(200)
    index = DenseIndex.build(vectors, "model-a", "catalog-a", kind, HNSWParams(m=16, ef_construction=64, ef_search=64))
    scores, rows = index.search(vectors[:20], k=3)
    assert rows[:, 0].tolist() == list(range(20))
    assert scores[:, 0] == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_dense_filter_returns_only_allowed_rows(kind):
    vectors = unit_vectors(100)
    index = DenseIndex.build(vectors, "m", "c", kind)
    allowed = np.arange(50, 60)
    _, rows = index.search(vectors[:5], k=20, allowed=allowed)
    returned = rows[rows >= 0]
    assert set(returned.tolist()) <= set(allowed.tolist())
    assert (rows >= 0).sum(axis=1).tolist() == [10] * 5  # padded with -1 beyond the 10 allowed


def test_dense_round_trip_and_staleness(tmp_path):
    vectors = unit_vectors(30)
    DenseIndex.build(vectors, "model-a", "catalog-a", "hnsw").save(tmp_path / "dense")
    loaded = DenseIndex.load(tmp_path / "dense", "model-a", "catalog-a")
    assert loaded.meta.kind == "hnsw" and loaded.meta.count == 30
    assert loaded.search(vectors[:1], 1)[1][0, 0] == 0
    with pytest.raises(StaleIndex, match="built with model"):
        DenseIndex.load(tmp_path / "dense", "model-b", "catalog-a")
    with pytest.raises(StaleIndex, match="another catalog"):
        DenseIndex.load(tmp_path / "dense", "model-a", "catalog-b")
    with pytest.raises(StaleIndex, match="is hnsw, not flat"):
        DenseIndex.load(tmp_path / "dense", "model-a", "catalog-a", "flat")
    with pytest.raises(StaleIndex, match="no readable"):
        DenseIndex.load(tmp_path / "missing", "model-a", "catalog-a")


def test_unknown_dense_kind():
    with pytest.raises(ValueError, match="unknown dense index kind"):
        DenseIndex.build(unit_vectors(3), "m", "c", "ivf")


TEXTS = ["Apple iPhone 15 Case clear", "苹果手机壳 透明", "iPhone 15 ケース 手帳型", "Beamer 4K Heimkino", "fresh apples"]


def test_bm25_ranks_matching_documents_and_filters():
    index = BM25Index.build(TEXTS, "c")
    [(_, rows)] = index.search(["iphone 15 case"], k=5)
    assert rows[0] == 0 and set(rows.tolist()) == {0, 2}
    [(_, rows)] = index.search(["iphone 15"], k=5, allowed=np.array([2]))
    assert rows.tolist() == [2]
    [(_, rows)] = index.search(["苹果 手机壳"], k=5)
    assert rows[0] == 1 and 2 in rows  # 手 alone matches 手帳型 too, far below


def test_bm25_answers_a_batch_in_query_order_with_empty_rows_for_no_match():
    index = BM25Index.build(TEXTS, "c")
    hits = index.search(["Beamer", "nothing matches", "", "ケース"], k=5)
    assert [rows.tolist() for _, rows in hits] == [[3], [], [], [2]]


def test_bm25_scores_are_the_matched_share_of_the_query():
    index = BM25Index.build(TEXTS, "c")
    [(full, _), (half, _)] = index.search(["beamer heimkino", "beamer unknownword"], k=1)
    assert 0 < half[0] < full[0] < 1  # an unmatched query token counts as missed evidence
    [(scores, rows)] = index.search(["iphone 15 case"], k=5)
    assert rows[0] == 0 and scores[0] > scores[1]


def test_bm25_round_trip_and_staleness(tmp_path):
    BM25Index.build(TEXTS, "c").save(tmp_path / "bm25")
    loaded = BM25Index.load(tmp_path / "bm25", "c")
    assert loaded.search(["Beamer"], k=1)[0][1].tolist() == [3]
    with pytest.raises(StaleIndex, match="another catalog"):
        BM25Index.load(tmp_path / "bm25", "other")


def test_bm25_index_from_another_analyzer_is_stale(tmp_path):
    BM25Index.build(TEXTS, "c").save(tmp_path / "bm25")
    meta = tmp_path / "bm25" / "bm25.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "analyzer": "jieba/1"}))
    with pytest.raises(StaleIndex, match="analyzer jieba/1"):
        BM25Index.load(tmp_path / "bm25", "c")
