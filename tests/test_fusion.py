import pytest

from mlmatch.fusion import reciprocal_rank_fusion


def test_rrf_matches_hand_computed_scores():
    fused = dict(reciprocal_rank_fusion({"dense": [7, 3], "bm25": [3, 9]}, k=60))
    assert fused[3] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[7] == pytest.approx(1 / 61)
    assert fused[9] == pytest.approx(1 / 62)


def test_weights_shift_the_order():
    rankings = {"dense": [1, 2], "bm25": [2, 1]}
    assert reciprocal_rank_fusion(rankings, {"dense": 2.0, "bm25": 1.0})[0][0] == 1
    assert reciprocal_rank_fusion(rankings, {"dense": 1.0, "bm25": 2.0})[0][0] == 2
