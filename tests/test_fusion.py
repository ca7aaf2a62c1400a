import numpy as np
import pytest

from mlmatch.fusion import reciprocal_rank_fusion, rerank_order, score_fusion


def test_rrf_matches_hand_computed_scores():
    fused = dict(reciprocal_rank_fusion({"dense": [7, 3], "bm25": [3, 9]}, k=60))
    assert fused[3] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[7] == pytest.approx(1 / 61)
    assert fused[9] == pytest.approx(1 / 62)


def test_weights_shift_the_order():
    rankings = {"dense": [1, 2], "bm25": [2, 1]}
    assert reciprocal_rank_fusion(rankings, {"dense": 2.0, "bm25": 1.0})[0][0] == 1
    assert reciprocal_rank_fusion(rankings, {"dense": 1.0, "bm25": 2.0})[0][0] == 2


def test_rerank_order_alone_follows_the_reranker():
    assert rerank_order([0.1, 0.9, 0.5], 0.0) == [(1, 0.9), (2, 0.5), (0, 0.1)]


def test_rerank_order_fused_with_the_retrieval_order():
    scores = [0.5, 0.1, 0.9]  # reranker ranks items 2, 0, 1; the retrieval order is 0, 1, 2
    fused = dict(rerank_order(scores, retrieval_weight=1.0, k=60))
    assert fused[0] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[1] == pytest.approx(1 / 63 + 1 / 62)
    assert fused[2] == pytest.approx(1 / 61 + 1 / 63)
    assert [i for i, _ in rerank_order(scores, 1.0)] == [0, 2, 1]  # neither input order
    assert [i for i, _ in rerank_order(scores, 1e6)] == [0, 1, 2]  # a heavy retrieval weight keeps the retrieval order


def hits(pairs: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    return np.array(list(pairs.values()), dtype=np.float32), np.array(list(pairs), dtype=np.int64)


def test_score_fusion_matches_hand_computed_scores():
    fused = dict(score_fusion(hits({1: 0.8, 2: 0.7}), hits({2: 0.5, 3: 0.9}), lexical_weight=0.2))
    assert fused[1] == pytest.approx(0.8 * 0.8)
    assert fused[2] == pytest.approx(0.8 * 0.7 + 0.2 * 0.5)
    assert fused[3] == pytest.approx(0.8 * 0.7 + 0.2 * 0.9)  # not in the dense list: its lowest cosine


def test_score_fusion_keeps_the_dense_order_without_lexical_evidence():
    dense = hits({4: 0.9, 5: 0.85, 6: 0.6})
    assert [row for row, _ in score_fusion(dense, hits({}), 0.3)] == [4, 5, 6]
    assert [row for row, _ in score_fusion(dense, hits({5: 0.9}), 0.3)][0] == 5  # a strong exact match moves up
