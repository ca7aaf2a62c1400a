"""The ONNX Runtime path: same interfaces and (fp32) the same numbers as torch, int8 close, exports cached and checked."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from mlmatch.errors import BadArgument, ModelNotAvailable
from mlmatch.models import load_bi_encoder, onnx, onnx_export
from mlmatch.models import runtime as runtimes
from mlmatch.models.encoder import on_onnx
from mlmatch.models.reranker import load_reranker
from mlmatch.models.reranker import on_onnx as reranker_on_onnx

from conftest import SMALL_CATALOG, cold_search

TEXTS = ["iPhone 15 Hülle aus Silikon", "苹果15手机壳 透明", "ワイヤレスイヤホン ノイズキャンセリング", "wireless mouse, 2.4 GHz"]
QUERIES = ["Handyhülle iPhone 15", "蓝牙耳机", "パーカー メンズ", "fresh apples", "laptop stand", "ratón inalámbrico"]
INT8_TOP5_AGREEMENT = 0.8  # int8 vs fp32: mean share of each query's top 5 products kept (measured: see README)


@pytest.fixture(scope="module")
def onnx_encoder(encoder):
    return on_onnx(encoder, runtimes.ONNX)


@pytest.fixture(scope="module")
def titles() -> list[str]:
    return [json.loads(line)["title"] for line in SMALL_CATALOG.read_text().splitlines()]


def test_fp32_embeddings_match_torch_in_four_languages(encoder, onnx_encoder):
    assert onnx_encoder.fingerprint == f"{encoder.fingerprint}+{onnx_export.runtime_tag(runtimes.ONNX)}"
    assert onnx_encoder.dim == encoder.dim
    for encode in ("encode_queries", "encode_documents"):
        cosines = np.sum(getattr(onnx_encoder, encode)(TEXTS) * getattr(encoder, encode)(TEXTS), axis=1)
        assert cosines.min() >= 0.999, (encode, cosines)


def test_token_heatmap_runs_on_onnx_as_on_torch(encoder, onnx_encoder):
    from mlmatch.explain import token_similarity

    on_torch, on_onnx = token_similarity(encoder, "iPhone Hülle", TEXTS[1]), token_similarity(onnx_encoder, "iPhone Hülle", TEXTS[1])
    assert (on_onnx.rows, on_onnx.cols) == (on_torch.rows, on_torch.cols)
    assert on_onnx.values == pytest.approx(on_torch.values, abs=1e-3)


def test_int8_keeps_most_of_each_top_5(encoder, onnx_encoder, titles):
    int8 = on_onnx(encoder, runtimes.ONNX_INT8)  # quantized from the cached fp32 export
    assert int8.fingerprint == f"{encoder.fingerprint}+{onnx_export.runtime_tag(runtimes.ONNX_INT8)}"
    top = {}
    for name, model in (("fp32", onnx_encoder), ("int8", int8)):
        scores = model.encode_queries(QUERIES) @ model.encode_documents(titles).T
        top[name] = np.argsort(-scores, axis=1)[:, :5]
    agreement = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(top["fp32"], top["int8"])])
    assert agreement >= INT8_TOP5_AGREEMENT


def test_second_load_reuses_the_export(encoder, onnx_encoder, monkeypatch):
    def export_again(*_):
        raise AssertionError("exported a second time")

    monkeypatch.setattr(onnx, "export_sentence_model", export_again)
    again = on_onnx(encoder, runtimes.ONNX)
    assert again.encode_queries(TEXTS[:1]) == pytest.approx(onnx_encoder.encode_queries(TEXTS[:1]), abs=1e-6)


@pytest.mark.slow
def test_reranker_scores_match_torch(mlmatch_home):
    torch_reranker = load_reranker(device="cpu")
    onnx_reranker = reranker_on_onnx(torch_reranker, runtimes.ONNX)
    pairs = [(query, text) for query in QUERIES[:3] for text in TEXTS]
    assert onnx_reranker.fingerprint == f"{torch_reranker.fingerprint}+{onnx_export.runtime_tag(runtimes.ONNX)}"
    assert onnx_reranker.retrieval_weight == torch_reranker.retrieval_weight
    assert onnx_reranker.score_pairs(pairs) == pytest.approx(torch_reranker.score_pairs(pairs), abs=1e-3)


def test_unknown_runtime_is_a_clear_error():
    with pytest.raises(BadArgument, match="unknown runtime 'tensorrt'.*torch, onnx, onnx-int8"):
        load_bi_encoder("packaged", runtime="tensorrt")
    with pytest.raises(BadArgument, match="unknown runtime"):
        load_reranker(runtime="int8")
    with pytest.raises(BadArgument, match="runs on the CPU"):
        load_bi_encoder("packaged", device="cuda", runtime="onnx")


def test_runtime_env_is_checked(monkeypatch):
    monkeypatch.setenv(runtimes.RUNTIME_ENV, "onnx-int8")
    assert runtimes.runtime_from_env() == "onnx-int8"
    monkeypatch.setenv(runtimes.RUNTIME_ENV, "onnx-fp16")
    with pytest.raises(BadArgument, match="onnx-fp16"):
        runtimes.runtime_from_env()


def test_the_reranker_runtime_defaults_to_the_models_runtime(monkeypatch):
    monkeypatch.setenv(runtimes.RUNTIME_ENV, "onnx")
    monkeypatch.delenv(runtimes.RERANKER_RUNTIME_ENV, raising=False)
    assert runtimes.reranker_runtime_from_env() == "onnx"
    monkeypatch.setenv(runtimes.RERANKER_RUNTIME_ENV, "onnx-int8")
    assert runtimes.reranker_runtime_from_env() == "onnx-int8"


def _fake_export(calls: list):
    def export(out):
        calls.append(out)
        (out / onnx_export.MODEL_FILE).write_bytes(b"graph" * 100)
        (out / onnx_export.SETTINGS_FILE).write_text("{}")
    return export


def test_export_written_once_and_rebuilt_when_corrupt(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    calls: list = []
    folder = onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls))
    assert onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls)) == folder
    assert len(calls) == 1

    model = folder / onnx_export.MODEL_FILE
    model.write_bytes(model.read_bytes()[:-1] + b"X")  # one byte changed: a bad disk, same size
    assert "differ from the checksums" in onnx_export.check_export(folder, "model-a", runtimes.ONNX)
    with caplog.at_level(logging.WARNING, logger=onnx_export.__name__):
        assert onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls)) == folder
    assert len(calls) == 2 and "rebuilding" in caplog.text
    assert onnx_export.check_export(folder, "model-a", runtimes.ONNX) is None


def test_export_of_another_model_or_recipe_is_not_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    calls: list = []
    folder = onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls))
    assert onnx_export.check_export(folder, "model-b", runtimes.ONNX) == "made for another model or runtime"
    assert onnx_export.export_folder("model-b", runtimes.ONNX) != folder
    monkeypatch.setattr(onnx_export, "EXPORT_VERSION", onnx_export.EXPORT_VERSION + 1)
    assert onnx_export.check_export(folder, "model-a", runtimes.ONNX) == "made by another export recipe"
    onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls))
    assert len(calls) == 2


def _identity_graph(path) -> None:
    """A real ONNX file onnxruntime loads: y = x."""
    import onnx as onnx_library
    from onnx import TensorProto, helper

    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "identity",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    onnx_library.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", onnx_export.OPSET)]), str(path))


def _open(folder):
    return onnx._session(folder / onnx_export.MODEL_FILE, 1)


def test_an_export_that_passes_its_checksums_but_does_not_load_is_exported_again(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    calls: list = []
    onnx_export.exported("model-a", runtimes.ONNX, _fake_export(calls))  # cached: checksums fine, not a graph onnxruntime reads

    def export(out):
        calls.append(out)
        _identity_graph(out / onnx_export.MODEL_FILE)
    with caplog.at_level(logging.WARNING, logger=onnx_export.__name__):
        session = onnx_export.loaded_export("model-a", runtimes.ONNX, export, _open)
    assert [output.name for output in session.get_outputs()] == ["y"]
    assert len(calls) == 2 and caplog.text.count("exporting again") == 1


def test_an_export_that_never_loads_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    calls: list = []
    with pytest.raises(ModelNotAvailable, match="does not load, even just exported .*use --runtime torch") as error:
        onnx_export.loaded_export("model-a", runtimes.ONNX, _fake_export(calls), _open)
    assert len(calls) == 2 and "\n" not in str(error.value)


def test_a_cold_onnx_search_imports_neither_torch_nor_sentence_transformers(onnx_encoder, mlmatch_home, tmp_path):
    """With the export cached, the model is known from its files and run by onnxruntime and sentencepiece alone
    (`tokenizers` loads only for a text sentencepiece might split otherwise)."""
    from mlmatch.models.encoder import known_fingerprint

    assert known_fingerprint("packaged") == (onnx_encoder.name, onnx_encoder.fingerprint.rsplit("+", 1)[0])
    results, heavy = cold_search(mlmatch_home, tmp_path / "index", "onnx", ("torch", "sentence_transformers", "transformers", "tokenizers"))
    assert heavy == []
    assert results["results"][0]["id"] == "case-ip15-en"


@pytest.mark.slow
def test_a_cold_onnx_rerank_imports_neither_torch_nor_sentence_transformers(mlmatch_home, tmp_path):
    reranker_on_onnx(load_reranker(device="cpu"), runtimes.ONNX)  # exported: the cold process below only loads it
    results, heavy = cold_search(mlmatch_home, tmp_path / "index", "onnx", ("torch", "sentence_transformers", "transformers", "tokenizers"),
                                 ("--mode", "hybrid", "--rerank", "10"))
    assert heavy == []
    assert results["results"][0]["id"] == "case-ip15-en"


def test_a_vocabulary_table_is_packed_into_int8_rows_and_looks_up_the_same_vectors(tmp_path):
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    vocabulary, positions = rng.normal(size=(12, 4)).astype(np.float32), rng.normal(size=(3, 4)).astype(np.float32)
    vocabulary[5] = 0.0  # an all-zero row (a padding token's) must not divide by a zero scale
    graph = helper.make_graph(
        [helper.make_node("Gather", ["vocabulary", "ids"], ["words"], axis=0), helper.make_node("Gather", ["positions", "at"], ["places"]),
         helper.make_node("Add", ["words", "places"], ["out"])],
        "lookup", [helper.make_tensor_value_info("ids", TensorProto.INT64, [2]), helper.make_tensor_value_info("at", TensorProto.INT64, [2])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, [2, 4])],
        [numpy_helper.from_array(vocabulary, "vocabulary"), numpy_helper.from_array(positions, "positions")])
    path = tmp_path / "model.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    feed = {"ids": np.array([3, 5]), "at": np.array([0, 2])}

    def run() -> np.ndarray:
        return onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, feed)[0]

    before = run()
    onnx_export.pack_embeddings(path, min_rows=10)
    tables = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(path)).graph.initializer}
    assert tables["vocabulary.int8"].dtype == np.int8 and "vocabulary" not in tables
    assert tables["positions"].dtype == np.float32  # 3 rows: no vocabulary, left as it was
    after = run()
    assert np.abs(after - before).max() <= np.abs(vocabulary[3]).max() / 254 + 1e-6  # half an int8 step of the row
    assert np.array_equal(after[1], positions[2])  # the zero row stays exactly zero
