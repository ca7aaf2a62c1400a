"""The pipeline with the real packaged model on a small multilingual catalog."""

from __future__ import annotations

import pytest

from mlmatch.embedding_cache import EmbeddingCache
from mlmatch.index.store import current_generation
from mlmatch.search import SearchEngine, default_index_dir


def ids(results):
    return [r.product.id for r in results]


def test_chinese_query_finds_the_english_apple_phone_case(engine):
    ranking = ids(engine.search("苹果15手机壳", mode="dense", k=10, langs=["en"]))
    assert ranking[0] == "case-ip15-en"
    assert ranking.index("case-ip15-en") < ranking.index("case-s24-en") < ranking.index("apples-en")


def test_german_false_friend_beamer_finds_projectors_before_bmw(engine):
    ranking = ids(engine.search("Beamer 4K", mode="dense", k=10))
    assert ranking[0] == "projector-en"
    assert ranking.index("projector-fr") < ranking.index("bmw-en")


def test_language_restriction(engine):
    results = engine.search("ratón inalámbrico", mode="hybrid", k=5, langs={"es", "ja"})
    assert results and {r.product.lang for r in results} <= {"es", "ja"}
    assert results[0].product.id == "mouse-es"


def test_language_without_products_is_a_clear_error(engine):
    with pytest.raises(ValueError, match="no products in language"):
        engine.search("x", langs=["ko"])


def test_hybrid_records_the_rank_each_stage_gave(engine):
    results = engine.search("Sony WH-1000XM5 Kopfhörer", mode="hybrid", k=5)
    top = results[0]
    assert top.product.id == "headphones-de"
    assert set(top.stage_ranks) == {"dense", "bm25"}
    assert set(top.stage_scores) == {"dense", "bm25"} and -1 <= top.stage_scores["dense"] <= 1
    assert top.to_dict()["stage_scores"].keys() == {"dense", "bm25"}
    assert [r.rank for r in results] == [1, 2, 3, 4, 5]
    assert all(a.score >= b.score for a, b in zip(results, results[1:]))


def test_modes_and_bad_arguments(engine):
    assert ids(engine.search("Epson projector", mode="bm25", k=3))[0] == "projector-en"
    with pytest.raises(ValueError, match="unknown mode"):
        engine.search("x", mode="sparse")
    with pytest.raises(ValueError, match="k must be"):
        engine.search("x", k=0)
    with pytest.raises(ValueError, match="the limit is 500"):  # the engine's own limit, whoever calls it
        engine.search("x" * 501, mode="bm25")
    with pytest.raises(ValueError, match="the query is empty"):
        engine.search_batch(["Beamer", "  "], mode="bm25")
    with pytest.raises(ValueError, match="bm25 results are not reranked"):
        engine.search("x", mode="bm25", rerank_depth=5)


def test_a_system_is_its_stages_built_once(engine):
    from mlmatch.results import Fusion
    from mlmatch.retrieval import DenseRetriever, LexicalRetriever
    from mlmatch.systems import SystemSpec

    hybrid = engine.pipeline(SystemSpec("hybrid"))
    assert engine.pipeline(SystemSpec("hybrid")) is hybrid  # built once, run by every hybrid search after
    assert list(hybrid.retrievers) == ["dense", "bm25"]
    assert isinstance(hybrid.retrievers["dense"], DenseRetriever) and isinstance(hybrid.retrievers["bm25"], LexicalRetriever)
    assert isinstance(hybrid.ranking, Fusion) and hybrid.ranking.fused and hybrid.reranking is None
    assert list(engine.pipeline(SystemSpec("bm25")).retrievers) == ["bm25"]
    query = "Sony WH-1000XM5 Kopfhörer"
    assert ids(hybrid.search([query], k=5)[0]) == ids(engine.search(query, mode="hybrid", k=5))
    with pytest.raises(ValueError, match="reranking needs a reranker"):  # this engine was opened without one
        engine.pipeline(SystemSpec("dense", rerank=True))
    with pytest.raises(ValueError, match="its own bi-encoder"):
        engine.pipeline(SystemSpec("dense", model="packaged"))


def test_batch_equals_single(engine):
    queries = ["Beamer 4K", "新鲜苹果", "carpeta azul"]
    assert [ids(r) for r in engine.search_batch(queries, mode="dense", k=3)] == [ids(engine.search(q, mode="dense", k=3)) for q in queries]


def test_bm25_only_engine_needs_no_model(small_catalog, tmp_path):
    engine = SearchEngine.open(small_catalog, None, tmp_path / "idx")
    assert ids(engine.search("LEGO Polizeistation", mode="bm25", k=1)) == ["lego-de"]
    with pytest.raises(ValueError, match="needs a bi-encoder"):
        engine.search("x", mode="dense")


def test_index_is_reused_and_a_stale_one_rebuilt(small_catalog, fake_encoder, tmp_path, monkeypatch):
    encoder = fake_encoder
    folder = tmp_path / "idx"
    SearchEngine.open(small_catalog, encoder, folder)
    built = current_generation(folder)

    monkeypatch.setattr(EmbeddingCache, "documents", lambda *a, **k: pytest.fail("re-embedded a fresh index"))
    SearchEngine.open(small_catalog, encoder, folder)
    assert current_generation(folder) == built
    monkeypatch.undo()

    smaller = type(small_catalog)(small_catalog.products[:5], "subset", "other-checksum")
    engine = SearchEngine.open(smaller, encoder, folder)
    assert engine.dense.meta.count == 5 and engine.dense.meta.catalog_checksum == "other-checksum"


def test_embedding_cache_only_encodes_new_texts(fake_encoder, tmp_path, monkeypatch):
    encoder = fake_encoder
    cache = EmbeddingCache(encoder, tmp_path)
    first = cache.documents(["Apple iPhone 15 case", "Beamer 4K"])
    seen: list[list[str]] = []
    original = encoder.encode_documents
    monkeypatch.setattr(encoder, "encode_documents", lambda texts, *a, **k: seen.append(texts) or original(texts, *a, **k))
    again = cache.documents(["Beamer 4K", "fresh apples", "Apple iPhone 15 case"])
    assert seen == [["fresh apples"]]
    assert again[0] == pytest.approx(first[1]) and again[2] == pytest.approx(first[0])


def test_default_index_dir_depends_on_model_and_catalog(small_catalog, fake_encoder):
    assert default_index_dir(small_catalog, fake_encoder) != default_index_dir(small_catalog, None)
    assert small_catalog.checksum[:16] in default_index_dir(small_catalog, fake_encoder).name


@pytest.mark.slow
def test_shipped_models_load_by_default_and_rerank_the_right_case_first(small_catalog, mlmatch_home):
    from mlmatch.models import load_bi_encoder
    from mlmatch.models.artifacts import SHIPPED_ARTIFACTS, SHIPPED_RERANKER, read_manifest
    from mlmatch.models.reranker import load_reranker

    assert sum(f.stat().st_size for f in SHIPPED_ARTIFACTS.rglob("*") if f.is_file()) < 50 * 10**6
    reranker = load_reranker(device="cpu")
    assert reranker.name == str(SHIPPED_RERANKER) and reranker.retrieval_weight == read_manifest(SHIPPED_RERANKER)["retrieval_weight"] > 0
    engine = SearchEngine.build(small_catalog, load_bi_encoder(device="cpu"), reranker=reranker)
    results = engine.search("苹果15手机壳", mode="dense", k=3, langs=["en"], rerank_depth=3)
    assert results[0].product.id == "case-ip15-en"
    assert sorted(r.stage_ranks["rerank"] for r in results) == [1, 2, 3]
    assert all({"dense", "rerank"} <= set(r.stage_scores) for r in results)  # the reranker's own score beside the fused one
