"""The learned ranker: its features, its model file, the `ltr` mode of the engine, and its training."""

from __future__ import annotations

import json
import math
import shutil
import sys

import numpy as np
import pytest

from mlmatch.errors import BadArgument, ModelNotAvailable
from mlmatch.rank.features import NAMES, Candidates, DocumentText, QueryText, feature_matrix, script
from mlmatch.rank.ltr import MODEL_FILE, SHIPPED_RANKER, LearnedRanker, load_ranker
from mlmatch.rank.stage import RankingModels
from mlmatch.systems import SystemSpec

from conftest import SMALL_CATALOG, FakeEncoder

SHIPPED_MANIFEST = json.loads((SHIPPED_RANKER / "mlmatch_artifact.json").read_text())


def one_candidate(query: str, title: str) -> dict[str, float]:
    candidates = Candidates(rows=np.array([0]), cos_finetuned=np.array([0.8]), cos_universal=np.array([0.5]),
                            bm25_share=np.array([0.3]), dictionary_share=np.array([0.0]), rank_finetuned=np.array([1.0]),
                            rank_bm25=np.array([3.0]), rank_dictionary=np.array([41.0]))
    matrix = feature_matrix(QueryText.of(query), candidates, [DocumentText.of(title)], 0.5, "latin", 0.3)
    return dict(zip(NAMES, matrix[0]))


def test_model_numbers_sizes_and_brands_are_compared_between_query_and_title():
    exact = one_candidate("iphone 15 case", "Spigen Case for iPhone 15, Clear")
    other = one_candidate("iphone 15 case", "Spigen Case for iPhone 14, Clear")
    assert exact["codes_matched"] == 1.0 and exact["codes_missing"] == 0.0
    assert other["codes_matched"] == 0.0 and other["codes_missing"] == 1.0
    joined = one_candidate("iphone15 ケース", "Apple iPhone 15 ケース 耐衝撃")  # `iphone15` found as written apart
    assert joined["codes_matched"] == 1.0
    assert math.isnan(one_candidate("苹果手机壳", "Spigen Case for iPhone 15")["codes_matched"])  # no code: unknown, not 0
    assert exact["latin_matched"] == 1.0 and other["latin_matched"] == 1.0
    assert math.isnan(one_candidate("苹果手机壳", "iPhone case")["latin_matched"])


def test_scripts_stand_for_the_shoppers_language():
    assert [script(t) for t in ("苹果手机壳", "パーカー メンズ", "防水 ケース", "Beamer 4K", "노트북", "42")] == \
        ["han", "kana", "kana", "latin", "hangul", "none"]
    assert one_candidate("苹果手机壳", "苹果15手机壳")["same_script"] == 1.0
    assert one_candidate("苹果手机壳", "iPhone case")["same_script"] == 0.0
    assert QueryText.of("苹果 15 case").units == 4  # two CJK characters, two words


def tiny_ranker(base_weight: float = 0.0, depth: int = 5) -> LearnedRanker:
    """A real LightGBM model over random features where the fine-tuned cosine decides the grade."""
    import lightgbm

    rng = np.random.default_rng(0)
    features = rng.random((400, len(NAMES))).astype(np.float32)
    grades = (features[:, NAMES.index("cos_finetuned")] * 4).astype(int)
    model = lightgbm.LGBMRanker(objective="lambdarank", n_estimators=20, num_leaves=4, min_child_samples=5, verbose=-1)
    model.fit(features, grades, group=[20] * 20)
    return LearnedRanker(model.booster_.model_to_string(), NAMES, depth, base_weight)


def test_a_saved_ranker_loads_and_scores_the_same(tmp_path):
    ranker = tiny_ranker(base_weight=10.0)
    ranker.save(tmp_path / "r", "default", config="tiny")
    loaded = load_ranker(tmp_path / "r")
    features = np.random.default_rng(1).random((7, len(NAMES))).astype(np.float32)
    assert (loaded.depth, loaded.base_weight) == (5, 10.0)
    np.testing.assert_allclose(loaded.score(features), ranker.score(features), rtol=1e-6)


def test_contributions_add_up_to_the_score():
    ranker = tiny_ranker(base_weight=30.0)
    features = np.random.default_rng(2).random((9, len(NAMES))).astype(np.float32)
    np.testing.assert_allclose(ranker.contributions(features).sum(axis=1), ranker.score(features), rtol=1e-5, atol=1e-5)
    assert ranker.score(features[:0]).shape == (0,)


def test_a_ranker_with_other_features_is_refused_with_the_reason(tmp_path):
    folder = tmp_path / "r"
    tiny_ranker().save(folder, "default")
    manifest = json.loads((folder / "mlmatch_artifact.json").read_text())
    manifest["features"] = [*NAMES[:-1], "price_rank"]
    (folder / "mlmatch_artifact.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelNotAvailable, match=r"missing: top_bm25_share; unknown: price_rank"):
        load_ranker(folder)


def test_a_damaged_or_missing_ranker_is_a_clear_error(tmp_path):
    folder = tmp_path / "r"
    tiny_ranker().save(folder, "default")
    (folder / MODEL_FILE).write_text("not a model")
    with pytest.raises(ModelNotAvailable, match="not a readable LightGBM model"):
        load_ranker(folder)
    with pytest.raises(ModelNotAvailable, match="holds no learned ranker"):
        load_ranker(tmp_path / "nothing-here")
    shutil.copytree(SMALL_CATALOG.parent / "beir_small", tmp_path / "beir")
    with pytest.raises(ModelNotAvailable, match="train one with"):
        load_ranker(tmp_path / "beir")


def test_the_shipped_ranker_matches_this_code_and_says_how_it_was_made():
    ranker = load_ranker()
    assert ranker.features == NAMES and ranker.depth == SHIPPED_MANIFEST["depth"]
    assert set(ranker.importances()) == set(NAMES) and math.isclose(sum(ranker.importances().values()), 1.0)
    card = (SHIPPED_RANKER / "README.md").read_text()
    assert "never used to choose" in card and "Feature importances" in card
    assert not any("style_shift" in source for source in SHIPPED_MANIFEST["trained_on"])  # evaluation-only data


@pytest.fixture()
def ltr_engine(small_catalog, tmp_path, monkeypatch):
    """The engine over the small catalog with fake encoders (no real model) and a real LightGBM ranker."""
    from mlmatch.search import SearchEngine

    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    universal = FakeEncoder("universal", dim=48, seed=2)
    return SearchEngine.build(small_catalog, FakeEncoder(), ranking=RankingModels(tiny_ranker(base_weight=10.0), universal))


def test_ltr_orders_the_union_of_two_retrievers_and_says_why(ltr_engine):
    results = ltr_engine.search("iphone 15 case", mode="ltr", k=8, explain=True)
    assert [r.rank for r in results] == list(range(1, 9))
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    ranked = [r for r in results if "ltr" in r.stage_ranks]  # the candidates; the dense list fills up to k
    assert ranked and results[: len(ranked)] == ranked
    assert all(r.stage_ranks["ltr"] == r.rank and set(r.stage_ranks) & {"dense", "bm25"} for r in ranked)
    assert all("dense" in r.stage_scores for r in results)  # the fine-tuned cosine, candidates and dense tail alike
    reasons = results[0].contributions
    assert set(reasons) == set(NAMES) and list(reasons.values()) == sorted(reasons.values(), key=abs, reverse=True)
    assert results[0].to_dict()["contributions"] == reasons
    assert "contributions" not in ltr_engine.search("iphone 15 case", mode="ltr", k=3)[0].to_dict()
    stages = ltr_engine.pipeline(SystemSpec("ltr"))
    assert list(stages.retrievers) == ["dense", "bm25"] and stages.ranking.ranker is ltr_engine.ranker


def test_ltr_keeps_filters_and_fills_k_from_the_dense_list(ltr_engine, small_catalog):
    assert {r.product.lang for r in ltr_engine.search("phone case", mode="ltr", k=5, langs=["de"])} == {"de"}
    everything = ltr_engine.search("phone case", mode="ltr", k=len(small_catalog))
    assert len(everything) == len(small_catalog)  # beyond the candidates, the dense order continues
    assert len({r.product.id for r in everything}) == len(small_catalog)
    batch = ltr_engine.search_batch(["phone case", "Beamer 4K"], mode="ltr", k=4)
    assert [r.product.id for r in batch[1]] == [r.product.id for r in ltr_engine.search("Beamer 4K", mode="ltr", k=4)]


def test_ltr_needs_a_ranker(small_catalog, tmp_path, monkeypatch):
    from mlmatch.search import SearchEngine

    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    engine = SearchEngine.build(small_catalog, FakeEncoder())
    with pytest.raises(BadArgument, match="ltr needs the learned ranker"):
        engine.search("phone", mode="ltr")
    assert SystemSpec.parse("ltr") == SystemSpec("ltr")
    with pytest.raises(BadArgument):
        SystemSpec.parse("ltr+rerank")


@pytest.mark.slow
def test_universal_encoder_is_normalised_and_multilingual():
    from mlmatch.models.universal import UniversalEncoder

    use = UniversalEncoder()
    vectors = use.encode_documents(["cordless drill 18V", "Akkuschrauber 18V", "fresh apples 1 kg"])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert use.encode_queries([]).shape == (0, use.dim)


@pytest.mark.slow
def test_universal_encoder_loads_from_its_unpacked_copy_as_the_package_ships_it(tmp_path, monkeypatch):
    from mlmatch.models.universal import STATE, TABLE, UNIVERSAL, UniversalEncoder

    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    texts = ["cordless drill 18V", "Akkuschrauber 18V", "苹果手机壳", "ソニー ヘッドホン"]
    first = UniversalEncoder()  # as the package ships it, unpacked into the cache
    [folder] = (tmp_path / "models").glob(f"{UNIVERSAL}-*")
    assert (folder / STATE).is_file() and (folder / TABLE).is_file()
    expected = first.encode_queries(texts)
    cached = UniversalEncoder()
    assert isinstance(cached.model._backend.table, np.memmap)  # mapped from the cache, not unpacked again
    np.testing.assert_array_equal(cached.encode_queries(texts), expected)
    (folder / STATE).write_bytes((folder / STATE).read_bytes()[:1000])  # a torn copy is unpacked again
    np.testing.assert_array_equal(UniversalEncoder().encode_queries(texts), expected)
    assert isinstance(UniversalEncoder().model._backend.table, np.memmap)


@pytest.mark.slow
def test_training_writes_a_ranker_that_the_engine_loads(tmp_path):
    from mlmatch.train.cli import main

    beir = SMALL_CATALOG.parent / "beir_small"
    out = tmp_path / "ranker"
    assert main(["ranker", "--train", str(beir), "--split", "train", "--dev", str(beir), "--test", str(beir),
                 "--out", str(out), "--model", "packaged", "--device", "cpu"]) == 0
    ranker = load_ranker(out)
    manifest = json.loads((out / "mlmatch_artifact.json").read_text())
    assert manifest["trained_on"] == [f"{beir}:train"] and manifest["depth"] in (20, 40)
    report = json.loads((out / "training_run.json").read_text())
    assert {"dense", "hybrid", "adaptive fusion", "ltr"} <= set(report["test"])
    assert ranker.importances() and manifest["expand"] == "on"
    assert main(["ranker", "--train", str(beir), "--split", "train", "--out", str(tmp_path / "untranslated"), "--model", "packaged",
                 "--device", "cpu", "--expand", "off"]) == 0  # the ranker a `--expand off` search is compared with
    assert json.loads((tmp_path / "untranslated" / "mlmatch_artifact.json").read_text())["expand"] == "off"


@pytest.mark.slow
def test_lists_without_translations_have_no_dictionary_candidates_or_features():
    from mlmatch.beir import load_beir
    from mlmatch.models.universal import UniversalEncoder
    from mlmatch.train.ltr import column, pair_lists

    from conftest import FakeEncoder

    data = load_beir(SMALL_CATALOG.parent / "beir_small", "train")
    shares = {}
    for expand in (True, False):
        lists = pair_lists(data, FakeEncoder(), UniversalEncoder(), (20,), expand)[20]
        shares[expand] = [float(column(lists, i, "dictionary_share").max(initial=0.0)) for i in range(len(lists.grades))]
    assert max(shares[True]) > 0 and max(shares[False]) == 0.0 and len(shares[True]) == len(shares[False])


def test_a_best_result_under_the_rankers_level_is_a_weak_match(small_catalog):
    from dataclasses import replace

    from mlmatch.results import SearchResult
    from mlmatch.search import SearchEngine, build_bm25

    engine = SearchEngine(small_catalog, build_bm25(small_catalog))
    best = lambda score: [SearchResult(small_catalog.products[0], score, 1)]  # noqa: E731
    assert engine.weak_match(best(0.5), "ltr") is None  # no ranker, no level
    engine.ranker = replace(tiny_ranker(), weak_below=1.0)
    assert engine.weak_match(best(0.5)) and engine.weak_match([]) and not engine.weak_match(best(1.5))
    assert engine.weak_match(best(0.5), "dense") is None  # a cosine is not the ranker's score
    engine.ranker = replace(engine.ranker, weak_below=None)
    assert engine.weak_match(best(0.5)) is None


def test_the_shipped_ranker_carries_its_weak_match_level():
    assert load_ranker().weak_below == SHIPPED_MANIFEST["weak_match_below"] > 0


@pytest.mark.parametrize("params", [{}, {"zero_as_missing": True}, {"use_missing": False}])
def test_the_numpy_trees_score_as_lightgbm_does(params):
    """Scoring walks the trees in numpy (no LightGBM import per search); LightGBM's own predictions are the
    truth, missing values (NaN, and zero under zero_as_missing) included."""
    import lightgbm

    rng = np.random.default_rng(2)
    features = rng.random((600, len(NAMES))).astype(np.float32)
    grades = (features[:, 0] * 2 + features[:, 3] * 2).astype(int)
    features[rng.random(features.shape) < 0.1] = np.nan
    features[rng.random(features.shape) < 0.1] = 0.0
    model = lightgbm.LGBMRanker(objective="lambdarank", n_estimators=30, num_leaves=7, min_child_samples=5, verbose=-1, **params)
    model.fit(features, grades, group=[30] * 20)
    ranker = LearnedRanker(model.booster_.model_to_string(), NAMES, 5)
    unseen = rng.random((300, len(NAMES))).astype(np.float32)
    unseen[rng.random(unseen.shape) < 0.2] = np.nan
    unseen[rng.random(unseen.shape) < 0.2] = 0.0
    np.testing.assert_allclose(ranker.trees.predict(unseen), model.booster_.predict(unseen), rtol=0, atol=1e-12)


def test_the_shipped_ranker_scores_as_lightgbm_does():
    ranker = load_ranker()
    features = np.random.default_rng(3).random((500, len(NAMES))).astype(np.float32) * 2
    np.testing.assert_allclose(ranker.trees.predict(features), ranker.booster.predict(features), rtol=0, atol=1e-12)
    assert "lightgbm" in sys.modules  # the booster above; a search alone never imports it (tests/test_fast_paths.py)


def test_queries_can_be_encoded_by_another_runtime_than_the_documents(small_catalog, tmp_path, monkeypatch):
    """The asymmetric option (docs/speed.md): the index and the ranker's document vectors stay the document
    model's; every query vector, dense and ltr alike, is the query model's."""
    from mlmatch.search import SearchEngine

    class Counting(FakeEncoder):
        def __init__(self, name: str):
            super().__init__(name)
            self.fingerprint = f"{self.fingerprint}-{name}"  # the same vectors under another model's name
            self.queries = self.documents = 0

        def encode_queries(self, texts, batch_size=64, progress=False):
            self.queries += len(texts)
            return super().encode_queries(texts)

        def encode_documents(self, texts, batch_size=64, progress=False):
            self.documents += len(texts)
            return super().encode_documents(texts)

    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))
    documents, queries = Counting("exact"), Counting("fast")
    ranking = RankingModels(tiny_ranker(), FakeEncoder("universal", dim=48, seed=2))
    engine = SearchEngine.build(small_catalog, documents, ranking=ranking, query_encoder=queries)
    asymmetric = [engine.search("iphone 15 case", mode=mode, k=5) for mode in ("dense", "ltr")]
    assert documents.documents == len(small_catalog) and documents.queries == 0
    assert queries.documents == 0 and queries.queries == 1  # one vector, shared by dense and ltr
    symmetric = SearchEngine.build(small_catalog, documents, ranking=ranking)
    assert [[r.product.id for r in results] for results in asymmetric] == \
        [[r.product.id for r in symmetric.search("iphone 15 case", mode=mode, k=5)] for mode in ("dense", "ltr")]


def test_a_folder_of_generations_serves_its_current_ranker(tmp_path):
    from mlmatch.models.generations import promote

    promote(tmp_path / "rankers", SHIPPED_RANKER)
    assert load_ranker(tmp_path / "rankers").name == str(tmp_path / "rankers" / "gen-0001")
