from __future__ import annotations

import json

import numpy as np
import pytest

from mlmatch.cli import build_parser, dense_params
from mlmatch.errors import BadArgument
from mlmatch.index import BM25Index, DenseIndex, StaleIndex
from mlmatch.index.dense import HNSWParams, IVFParams
from mlmatch.index.stale import Wanted


def unit_vectors(n: int, dim: int = 16, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


PARAMS = {"flat": None, "hnsw": HNSWParams(m=16, ef_construction=64, ef_search=64), "ivf": IVFParams(nlist=4, nprobe=4)}


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
def test_dense_finds_each_vector_itself(kind):
    vectors = unit_vectors(200)
    index = DenseIndex.build(vectors, "model-a", "catalog-a", kind, PARAMS[kind])
    scores, rows = index.search(vectors[:20], k=3)
    assert rows[:, 0].tolist() == list(range(20))
    assert scores[:, 0] == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
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
    loaded = DenseIndex.load(tmp_path / "dense", Wanted("catalog-a", 30, "model-a", "hnsw"))
    assert loaded.meta.kind == "hnsw" and loaded.meta.count == 30
    assert loaded.search(vectors[:1], 1)[1][0, 0] == 0
    with pytest.raises(StaleIndex, match="another model 'model-a'"):
        DenseIndex.load(tmp_path / "dense", Wanted("catalog-a", 30, "model-b", "hnsw"))
    with pytest.raises(StaleIndex, match="another catalog"):
        DenseIndex.load(tmp_path / "dense", Wanted("catalog-b", 30, "model-a", "hnsw"))
    with pytest.raises(StaleIndex, match="another kind 'hnsw' \\(wanted 'flat'\\)"):
        DenseIndex.load(tmp_path / "dense", Wanted("catalog-a", 30, "model-a", "flat"))
    with pytest.raises(StaleIndex, match="another vectors 30"):
        DenseIndex.load(tmp_path / "dense", Wanted("catalog-a", 31, "model-a", "hnsw"))
    with pytest.raises(StaleIndex, match="no readable"):
        DenseIndex.load(tmp_path / "missing", Wanted("catalog-a", 30, "model-a", "hnsw"))


def test_unknown_dense_kind():
    with pytest.raises(ValueError, match="unknown dense index kind"):
        DenseIndex.build(unit_vectors(3), "m", "c", "lsh")


@pytest.mark.parametrize(("nlist", "nprobe", "message"), [
    (0, 1, "IVF nlist must be at least 1, not 0"),
    (8, 0, r"IVF nprobe must be between 1 and nlist \(8\), not 0"),
    (8, 9, r"IVF nprobe must be between 1 and nlist \(8\), not 9"),
])
def test_ivf_params_out_of_range_are_refused(nlist, nprobe, message):
    with pytest.raises(BadArgument, match=message):
        IVFParams(nlist, nprobe)


def test_the_cli_builds_the_params_of_its_kind_and_refuses_bad_ones():
    parse = build_parser().parse_args
    assert dense_params(parse(["index", "c.jsonl", "--kind", "ivf", "--ivf-nlist", "64", "--ivf-nprobe", "8"])) == IVFParams(64, 8)
    assert dense_params(parse(["index", "c.jsonl", "--kind", "hnsw", "--hnsw-m", "8"])).m == 8
    assert dense_params(parse(["index", "c.jsonl"])) is None
    with pytest.raises(BadArgument, match="IVF nprobe"):
        dense_params(parse(["index", "c.jsonl", "--kind", "ivf", "--ivf-nlist", "4", "--ivf-nprobe", "8"]))


def test_dense_params_must_belong_to_the_kind():
    with pytest.raises(BadArgument, match="dense index kind 'ivf' takes IVFParams, not HNSWParams"):
        DenseIndex.build(unit_vectors(50), "m", "c", "ivf", HNSWParams())


def test_ivf_gets_fewer_cells_for_a_small_catalog_and_needs_a_vector():
    index = DenseIndex.build(unit_vectors(100), "m", "c", "ivf", IVFParams(nlist=1024, nprobe=16))
    assert index.meta.ivf == IVFParams(nlist=2, nprobe=2)  # at least 39 vectors per cell, as FAISS trains them
    assert index.index.nlist == 2
    with pytest.raises(BadArgument, match="an IVF index needs at least one vector"):
        DenseIndex.build(np.zeros((0, 16), dtype=np.float32), "m", "c", "ivf")


def test_ivf_round_trip_keeps_its_params(tmp_path):
    vectors = unit_vectors(400)
    DenseIndex.build(vectors, "m", "c", "ivf", IVFParams(nlist=8, nprobe=3)).save(tmp_path / "dense")
    loaded = DenseIndex.load(tmp_path / "dense", Wanted("c", len(vectors), "m", "ivf"))
    assert loaded.meta.ivf == IVFParams(nlist=8, nprobe=3)
    assert loaded.search(vectors[:1], 1)[1][0, 0] == 0


def test_ivf_probes_more_cells_the_fewer_rows_a_filter_keeps():
    vectors = unit_vectors(2000, dim=8)
    index = DenseIndex.build(vectors, "m", "c", "ivf", IVFParams(nlist=32, nprobe=2))
    allowed = np.arange(0, 2000, 10)  # a tenth of the catalog: its rows spread over every cell
    _, rows = index.search(vectors[:20], k=10, allowed=allowed)
    _, exact = DenseIndex.build(vectors, "m", "c", "flat").search(vectors[:20], k=10, allowed=allowed)
    assert set(rows[rows >= 0].tolist()) <= set(allowed.tolist())
    assert (rows >= 0).all()  # 2 cells would hold about 12 allowed rows; 20 cells hold plenty
    assert np.mean([len(set(a) & set(e)) / 10 for a, e in zip(rows, exact)]) >= 0.9


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
    loaded = BM25Index.load(tmp_path / "bm25", Wanted("c", len(TEXTS)))
    assert loaded.search(["Beamer"], k=1)[0][1].tolist() == [3]
    with pytest.raises(StaleIndex, match="another catalog"):
        BM25Index.load(tmp_path / "bm25", Wanted("other", len(TEXTS)))


def test_bm25_index_from_another_analyzer_is_stale(tmp_path):
    BM25Index.build(TEXTS, "c").save(tmp_path / "bm25")
    meta = tmp_path / "bm25" / "bm25.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "analyzer": "jieba/1"}))
    with pytest.raises(StaleIndex, match="another analyzer 'jieba/1'"):
        BM25Index.load(tmp_path / "bm25", Wanted("c", len(TEXTS)))
