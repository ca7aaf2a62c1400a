"""The torch runtime's TorchScript copy (`traced=True`): the same vectors and scores as the sentence-transformers
model, the same fingerprint, made once into the cache, and a cold search without sentence-transformers."""

from __future__ import annotations

import numpy as np
import pytest

from mlmatch.models import load_bi_encoder, onnx, onnx_export
from mlmatch.models import runtime as runtimes
from mlmatch.models.reranker import load_reranker

from conftest import cold_search

TEXTS = ["iPhone 15 Hülle aus Silikon", "苹果15手机壳 透明", "ワイヤレスイヤホン ノイズキャンセリング", "wireless mouse, 2.4 GHz",
         "Rowenta Fer à repasser " * 120]  # the last is cut at the model's 512 tokens
QUERIES = ["Handyhülle iPhone 15", "蓝牙耳机", "パーカー メンズ", "a"]


@pytest.fixture(scope="module")
def traced_encoder(encoder):
    return load_bi_encoder("packaged", device="cpu", traced=True)


def test_traced_vectors_match_sentence_transformers_in_every_batch_shape(encoder, traced_encoder):
    assert isinstance(traced_encoder.model, onnx.ExportedSentenceModel)
    assert (traced_encoder.name, traced_encoder.fingerprint, traced_encoder.dim) == (encoder.name, encoder.fingerprint, encoder.dim)
    for encode, texts in (("encode_documents", TEXTS), ("encode_queries", QUERIES)):
        expected = getattr(encoder, encode)(texts)
        assert np.abs(getattr(traced_encoder, encode)(texts) - expected).max() < 1e-5, encode
        one_by_one = np.concatenate([getattr(traced_encoder, encode)([text]) for text in texts])
        assert np.abs(one_by_one - expected).max() < 1e-5, encode


def test_the_copy_is_made_once_and_training_still_gets_the_real_model(encoder, traced_encoder, monkeypatch):
    def export_again(*_):
        raise AssertionError("traced a second time")

    monkeypatch.setattr(onnx, "export_sentence_model", export_again)
    again = load_bi_encoder("packaged", device="cpu", traced=True)
    assert again.encode_queries(QUERIES[:1]) == pytest.approx(traced_encoder.encode_queries(QUERIES[:1]), abs=1e-7)
    folder = onnx_export.export_folder(encoder.fingerprint, runtimes.TORCH)
    assert onnx_export.check_export(folder, encoder.fingerprint, runtimes.TORCH) is None
    assert (folder / onnx_export.TRACED_FILE).is_file() and not (folder / onnx_export.MODEL_FILE).exists()
    assert type(load_bi_encoder("packaged", device="cpu").model).__name__ == "SentenceTransformer"  # traced is asked for, never implied


def test_token_heatmap_runs_on_the_traced_copy(encoder, traced_encoder):
    from mlmatch.explain import token_similarity

    on_model, on_copy = token_similarity(encoder, "iPhone Hülle", TEXTS[1]), token_similarity(traced_encoder, "iPhone Hülle", TEXTS[1])
    assert (on_copy.rows, on_copy.cols) == (on_model.rows, on_model.cols)
    assert on_copy.values == pytest.approx(on_model.values, abs=1e-4)


@pytest.mark.slow
def test_traced_reranker_scores_match_sentence_transformers(mlmatch_home):
    reranker, traced = load_reranker(device="cpu"), load_reranker(device="cpu", traced=True)
    assert isinstance(traced.model, onnx.ExportedCrossEncoder)
    assert (traced.fingerprint, traced.retrieval_weight) == (reranker.fingerprint, reranker.retrieval_weight)
    pairs = [(query, text) for query in QUERIES for text in TEXTS]
    assert traced.score_pairs(pairs) == pytest.approx(reranker.score_pairs(pairs), abs=1e-4)


def test_a_cold_torch_search_does_not_import_sentence_transformers(traced_encoder, mlmatch_home, tmp_path):
    results, heavy = cold_search(mlmatch_home, tmp_path / "index", "torch", ("sentence_transformers", "transformers"))
    assert heavy == []
    assert results["results"][0]["id"] == "case-ip15-en"
