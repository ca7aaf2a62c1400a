"""Work done once: a query encoded once per search, a (query, product) pair scored once, one cache connection.

The caches are per process, so every test uses texts or fingerprints no other test uses.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid

import numpy as np
import pytest

from eval import run as eval_run
from mlmatch import explain
from mlmatch.beir import load_beir
from mlmatch.embedding_cache import document_cache, query_vectors
from mlmatch.errors import BadArgument
from mlmatch.lru import LRU
from mlmatch.pairs import parse_pairs
from mlmatch.rerank_scores import rerank_scores
from mlmatch.search import SearchEngine

from conftest import DATA, FakeEncoder


class CountingReranker:
    """A stand-in for `mlmatch.models.reranker.Reranker` that scores by shared characters and keeps every batch it scored."""

    def __init__(self):
        self.name, self.fingerprint, self.retrieval_weight = "counting", f"counting-{uuid.uuid4()}", 0.0
        self.batches: list[list[tuple[str, str]]] = []

    def score_pairs(self, pairs: list[tuple[str, str]], batch_size: int = 32) -> np.ndarray:
        self.batches.append(list(pairs))
        return np.array([len(set(query) & set(text)) / (1 + len(set(text))) for query, text in pairs], dtype=np.float32)


def counting(monkeypatch, owner, name: str) -> list:
    """Replace `owner.name` by a wrapper that records the first argument of every call."""
    calls, original = [], getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda first, *a, **k: calls.append(first) or original(first, *a, **k))
    return calls


def test_lru_keeps_the_most_recently_used():
    cache = LRU(2)
    cache.put_many([("a", 1), ("b", 2)])
    assert cache.get_many(["a"]) == {"a": 1}  # now "b" is the oldest
    cache.put_many([("c", 3)])
    assert cache.get_many(["a", "b", "c"]) == {"a": 1, "c": 3} and len(cache) == 2
    with pytest.raises(BadArgument):
        LRU(0)


def test_query_vectors_encode_each_text_once(monkeypatch):
    encoder = FakeEncoder(seed=11)
    calls = counting(monkeypatch, encoder, "encode_queries")
    first, second, third = (f"query {i} {uuid.uuid4()}" for i in range(3))
    vectors = query_vectors(encoder, [first, second, first])
    again = query_vectors(encoder, [second, third])
    assert calls == [[first, second], [third]]
    np.testing.assert_array_equal(vectors[0], vectors[2])
    np.testing.assert_array_equal(again, encoder._encode([second, third]))
    assert query_vectors(encoder, []).shape == (0, encoder.dim)


def test_the_document_cache_opens_one_connection_and_serves_threads(tmp_path, monkeypatch):
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    encoder = FakeEncoder(seed=12)
    connects = counting(monkeypatch, sqlite3, "connect")
    cache = document_cache(encoder)
    assert document_cache(encoder) is cache
    texts = [f"product {i}" for i in range(40)]
    results, errors = {}, []

    def embed(worker: int) -> None:
        try:
            results[worker] = cache.documents(texts[worker::4] + texts[:5])
        except Exception as error:  # a failure in a thread would otherwise go unseen
            errors.append(error)

    threads = [threading.Thread(target=embed, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(connects) == 1
    for worker, vectors in results.items():
        np.testing.assert_allclose(vectors, encoder._encode(texts[worker::4] + texts[:5]), atol=1e-6)


def test_search_batch_scores_every_query_in_one_call(small_catalog, fake_encoder):
    reranker = CountingReranker()
    engine = SearchEngine.build(small_catalog, fake_encoder, reranker=reranker)
    queries = ["Beamer 4K", "新鲜苹果", "carpeta azul"]
    batch = engine.search_batch(queries, mode="hybrid", k=5, rerank_depth=5)
    assert len(reranker.batches) == 1 and len(reranker.batches[0]) == 15
    assert [[r.product.id for r in results] for results in batch] == [
        [r.product.id for r in engine.search(query, mode="hybrid", k=5, rerank_depth=5)] for query in queries]
    assert len(reranker.batches) == 1  # the single searches found every pair scored


def test_the_reranker_heatmap_reuses_the_reranked_list_scores(small_catalog, fake_encoder):
    reranker = CountingReranker()
    engine = SearchEngine.build(small_catalog, fake_encoder, reranker=reranker)
    results = engine.search("iPhone 15 case", mode="dense", k=5, rerank_depth=5)
    matrix = explain.reranker_vs_biencoder(fake_encoder, reranker, "iPhone 15 case", [r.product for r in results])
    assert len(reranker.batches) == 1
    np.testing.assert_allclose(matrix.values[1], [r.score for r in results], atol=1e-6)


def test_a_reranker_without_fingerprint_is_never_cached():
    reranker = CountingReranker()
    reranker.fingerprint = ""  # as the training code builds one around a model it is changing
    rerank_scores(reranker, [("q", "t")])
    rerank_scores(reranker, [("q", "t")])
    assert len(reranker.batches) == 2


def test_eval_reranks_a_pair_shared_by_two_systems_once(tmp_path, monkeypatch):
    reranker = CountingReranker()
    monkeypatch.setattr(eval_run, "load_bi_encoder", lambda name, device, runtime="torch": FakeEncoder(seed=13))
    monkeypatch.setattr(eval_run, "load_reranker", lambda name, device, runtime="torch": reranker)
    argv = ["--data", str(DATA / "beir_small"), "--pairs", "zh-en", "--systems", "dense+rerank,hybrid+rerank", "--out", str(tmp_path)]
    assert eval_run.main(argv) == 0
    data = load_beir(DATA / "beir_small", "test")
    documents = len(parse_pairs("zh-en", data)[0].doc_ids(data))
    assert documents < eval_run.RERANK_DEPTH  # so both systems rerank every document: the very same pairs
    n_queries = json.loads((tmp_path / "results.json").read_text())["pairs"]["zh-en"]["hybrid+rerank"]["n_queries"]
    scored = [pair for batch in reranker.batches for pair in batch]
    assert len(reranker.batches) == 1 and len(scored) == len(set(scored)) == n_queries * documents


def test_the_app_encodes_a_query_once_per_search(engine, encoder, monkeypatch):
    import app
    from showcase import state as demo_state

    demo_state.use_engine(engine)
    query = f"Beamer 4K Heimkino {uuid.uuid4().hex[:6]}"
    inputs = counting(monkeypatch, encoder.model, "encode")
    *_, product, view = app.run_search(query, "auto", "dense", "hybrid", [], False, 5)
    app.draw_figures(view, product.value)
    app.explain_tokens(query, view.left[1][1])  # another product chosen for the token view
    with_query = [texts for texts in inputs if query in ([texts] if isinstance(texts, str) else texts)]
    assert len(with_query) == 1, inputs


def test_the_token_pass_gives_dense_search_its_query_vector(encoder, monkeypatch):
    query = f"苹果15手机壳 {uuid.uuid4().hex[:6]}"
    explain.encode_query(encoder, query)
    calls = counting(monkeypatch, encoder, "encode_queries")
    cached = query_vectors(encoder, [query])
    assert calls == []
    monkeypatch.undo()
    np.testing.assert_allclose(cached, encoder.encode_queries([query]), atol=1e-5)


def test_switching_runtimes_on_one_index_folder_embeds_the_catalog_once_per_runtime(small_catalog, tmp_path):
    """The index folder keeps one generation, so a switch rebuilds the index; the vectors come from the
    embedding cache, where each runtime's are kept beside the other's (its fingerprint names the runtime)."""
    run = uuid.uuid4().hex
    embedded: dict[str, int] = {}
    runtimes = {}
    for runtime in ("torch", "onnx-int8"):
        encoder = FakeEncoder()
        encoder.fingerprint = f"switch-{run}+{runtime}"
        encode = encoder.encode_documents
        encoder.encode_documents = lambda texts, *a, runtime=runtime, encode=encode, **k: (
            embedded.__setitem__(runtime, embedded.get(runtime, 0) + len(texts)) or encode(texts, *a, **k))
        runtimes[runtime] = encoder
    for runtime in ("torch", "onnx-int8", "torch", "onnx-int8"):
        engine = SearchEngine.open(small_catalog, runtimes[runtime], tmp_path / "index")
        assert engine.search("iPhone 15 case", k=1)[0].product.id == "case-ip15-en"
    assert embedded == {"torch": len(small_catalog), "onnx-int8": len(small_catalog)}
