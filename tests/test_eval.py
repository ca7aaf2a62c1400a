"""The evaluation suite on the small BEIR+lang set in tests/data/beir_small."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from eval import run as eval_run
from eval.metrics import evaluate, own_language_share, relevant_own_language_share
from mlmatch.beir import DataError, load_beir
from mlmatch.embedding_cache import EmbeddingCache
from mlmatch.pairs import parse_pairs

from conftest import DATA, FakeEncoder, trec

BEIR = DATA / "beir_small"


@pytest.fixture(scope="module")
def data():
    return load_beir(BEIR, "test")


@pytest.fixture()
def shared_encoder(encoder, monkeypatch):
    """eval.run uses the session's model instead of loading its own."""
    monkeypatch.setattr(eval_run, "load_bi_encoder", lambda name, device, runtime="torch": encoder)
    return encoder


@pytest.fixture()
def shared_fake_encoder(fake_encoder, monkeypatch):
    """eval.run uses a fake encoder: for checks of the pipeline, not of the model's quality."""
    monkeypatch.setattr(eval_run, "load_bi_encoder", lambda name, device, runtime="torch": fake_encoder)
    return fake_encoder


def names(spec, data):
    return [p.name for p in parse_pairs(spec, data)]


def test_loader_keeps_the_split_and_grades(data):
    assert len(data.corpus) == 32 and len(data.queries) == 24
    assert data.qrels["i1:zh"]["p1:en"] == 3 and data.qrels["i1:zh"]["p3:de"] == 1
    assert data.exact_level == 3
    assert set(load_beir(BEIR, "train").queries) == {f"i{i}:{lang}" for i in (7, 8) for lang in ("en", "zh", "de", "ja")}


def test_pair_selection(data):
    assert names("zh-en,en-de", data) == ["zh-en", "en-de"]
    assert len(names("all", data)) == 16
    zh_en = parse_pairs("zh-en", data)[0]
    assert {data.queries[q].lang for q in zh_en.query_ids(data)} == {"zh"}
    assert {data.corpus[d].lang for d in zh_en.doc_ids(data)} == {"en"}


def test_all_skips_pairs_without_a_relevant_judgment(tmp_path):
    sparse = tmp_path / "sparse"
    shutil.copytree(BEIR, sparse)
    qrels = sparse / "qrels" / "test.tsv"
    lines = qrels.read_text().splitlines()
    qrels.write_text("\n".join([lines[0], *(line for line in lines[1:] if not (line.split("\t")[0].endswith(":ja") and not line.split("\t")[1].endswith(":ja")))]) + "\n")
    pairs = names("all", load_beir(sparse, "test"))
    assert "ja-ja" in pairs and not any(p.startswith("ja-") and p != "ja-ja" for p in pairs) and len(pairs) == 13


def test_monolingual_and_cross_lingual_macros_apart(tmp_path):
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-zh,en-en,zh-en,zh-mixed", "--systems", "bm25", "--out", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    pairs, kinds = results["pairs"], results["macro_by_kind"]
    assert kinds["monolingual"]["bm25"]["ndcg@10"] == pytest.approx((pairs["zh-zh"]["bm25"]["ndcg@10"] + pairs["en-en"]["bm25"]["ndcg@10"]) / 2)
    assert kinds["cross-lingual"]["bm25"]["ndcg@10"] == pytest.approx(pairs["zh-en"]["bm25"]["ndcg@10"])  # zh-mixed: overall macro only
    table = (tmp_path / "results.md").read_text()
    assert "| macro monolingual | bm25 |" in table and "| macro cross-lingual | bm25 |" in table
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-en", "--systems", "bm25", "--out", str(tmp_path / "one")]) == 0
    assert json.loads((tmp_path / "one" / "results.json").read_text())["macro_by_kind"] == {}


def test_wildcards_and_mixed_view(data):
    zh_any, any_any, mixed = parse_pairs("zh-*,*-*,zh-mixed", data)
    assert len(zh_any.doc_ids(data)) == 32 and len(zh_any.query_ids(data)) == 6
    assert len(any_any.query_ids(data)) == 24
    assert len(mixed.doc_ids(data)) == 8  # each product once, in its home language
    assert all(data.corpus[d].home for d in mixed.doc_ids(data))


@pytest.mark.parametrize("spec, message", [("zh", "write QUERYLANG-DOCLANG"), ("fr-en", "no 'fr' queries"), ("zh-ko", "no 'ko' documents"), ("", "no language pairs")])
def test_bad_pairs(data, spec, message):
    with pytest.raises(DataError, match=message):
        parse_pairs(spec, data)


def test_mixed_view_needs_home_flags(tmp_path):
    copy = shutil.copytree(BEIR, tmp_path / "beir")
    rows = [json.loads(line) for line in (copy / "corpus.jsonl").read_text().splitlines()]
    (copy / "corpus.jsonl").write_text("\n".join(json.dumps({k: v for k, v in r.items() if k != "home"}) for r in rows))
    data = load_beir(copy)
    with pytest.raises(DataError, match="no mixed view"):
        parse_pairs("zh-mixed", data)[0].doc_ids(data)


def test_metrics_match_hand_computed_values():
    qrels = {"q1": {"d1": 3, "d2": 1}, "q2": {"d3": 3}}
    runs = {"a": {"q1": {"d1": 2.0, "d9": 1.0}, "q2": {"d9": 1.0, "d3": 0.5}}, "b": {"q1": {}, "q2": {"d3": 1.0}}}
    result = evaluate(qrels, runs, exact_level=3)
    # q1: DCG 3/log2(2) = 3, ideal 3 + 1/log2(3); q2: DCG 3/log2(3), ideal 3.
    ndcg_a = (3 / (3 + 1 / 1.5849625007) + (3 / 1.5849625007) / 3) / 2
    assert result.scores["a"]["ndcg@10"] == pytest.approx(ndcg_a, abs=1e-6)
    assert result.scores["a"]["mrr@10"] == pytest.approx((1 + 1 / 2) / 2)
    assert result.scores["a"]["recall@10"] == 1.0
    assert result.scores["b"]["mrr@10"] == pytest.approx(0.5)  # an empty ranking scores zero
    assert result.scores["b"]["ndcg@10"] == pytest.approx(0.5)
    assert set(result.p_values) == {"b"} and 0 < result.p_values["b"]["ndcg@10"] <= 1


def test_binary_labels_use_grade_one():
    result = evaluate({"q": {"d1": 1}}, {"a": {"q": {"d0": 2.0, "d1": 1.0}}}, exact_level=1)
    assert result.scores["a"]["mrr@10"] == pytest.approx(0.5)


def test_language_bias_shares():
    run = {"q": {"a": 3.0, "b": 2.0, "c": 1.0, "d": 0.5}}
    doc_lang = {"a": "zh", "b": "zh", "c": "en", "d": "en"}
    assert own_language_share(run, {"q": "zh"}, doc_lang, k=2) == 1.0
    assert own_language_share(run, {"q": "zh"}, doc_lang, k=4) == 0.5
    assert relevant_own_language_share({"q": {"c": 3, "a": 1}}, {"q": "zh"}, doc_lang, exact_level=3) == 0.0


def test_bm25_run_writes_every_output(tmp_path, capsys):
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-zh,zh-*", "--systems", "bm25", "--out", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    assert set(results) >= {"data", "split", "pairs", "macro"}
    assert set(results["pairs"]) == {"zh-zh", "zh-*"}
    metrics = results["pairs"]["zh-zh"]["bm25"]
    assert set(metrics) >= {"ndcg@10", "mrr@10", "recall@10", "recall@100", "map@100", "n_queries", "qps"}
    assert metrics["n_queries"] == 6 and metrics["ndcg@10"] > 0.5
    assert "language_bias" in results["pairs"]["zh-*"]["bm25"] and "language_bias" not in metrics
    assert (tmp_path / "results.md").read_text().count("| zh-zh | bm25 |") == 1
    assert (tmp_path / "results.csv").read_text().splitlines()[0].startswith("pair,system,ndcg@10")
    assert (tmp_path / "runs" / "zh-zh.bm25.trec").read_text().split()[:3] == ["i1:zh", "Q0", "p1:zh"]
    assert (tmp_path / "ndcg.png").read_bytes()[:4] == b"\x89PNG"
    assert "zh-zh" in capsys.readouterr().out


def test_dense_beats_bm25_across_languages_with_significance(tmp_path, shared_encoder):
    """As typed, BM25 cannot cross languages; the dictionary translations (the default) let it."""
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-en,*-*", "--expand", "off", "--out", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    zh_en = results["pairs"]["zh-en"]
    assert results["expand"] == "off" and zh_en["dense"]["ndcg@10"] > zh_en["bm25"]["ndcg@10"] + 0.5
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-en", "--systems", "bm25", "--out", str(tmp_path / "on")]) == 0
    translated = json.loads((tmp_path / "on" / "results.json").read_text())
    assert translated["expand"] == "on" and translated["pairs"]["zh-en"]["bm25"]["ndcg@10"] > zh_en["bm25"]["ndcg@10"] + 0.3
    assert zh_en["dense"]["p_value"]["ndcg@10"] < 0.05 and "p_value" not in zh_en["bm25"]
    assert results["macro"]["dense"]["p_value"]["ndcg@10"] < 0.05
    bias = results["pairs"]["*-*"]["dense"]["language_bias"]
    assert 0 <= bias["relevant_own_language"] <= bias["top10_own_language"] <= 1


def test_reproducible_and_embeddings_cached(tmp_path, shared_fake_encoder, monkeypatch):
    argv = ["--data", str(BEIR), "--pairs", "ja-de", "--systems", "dense,hybrid", "--limit", "3"]
    eval_run.main([*argv, "--out", str(tmp_path / "one")])
    monkeypatch.setattr(EmbeddingCache, "_lookup", _fail_on_misses(EmbeddingCache._lookup))
    eval_run.main([*argv, "--out", str(tmp_path / "two")])
    one, two = (json.loads((tmp_path / n / "results.json").read_text())["pairs"]["ja-de"] for n in ("one", "two"))
    assert one["dense"]["n_queries"] == 3
    for system in ("dense", "hybrid"):
        assert {k: v for k, v in one[system].items() if k != "qps"} == {k: v for k, v in two[system].items() if k != "qps"}


def _fail_on_misses(lookup):
    def checked(self, keys):
        found = lookup(self, keys)
        assert len(found) == len(keys), "a second run re-encoded documents"
        return found
    return checked


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--systems", "bm25,splade"], "unknown system 'splade'"),
        (["--systems", "bm25@packaged"], "unknown system 'bm25@packaged'"),
        (["--pairs", "fr-en", "--systems", "bm25"], "no 'fr' queries"),
        (["--split", "dev", "--systems", "bm25"], "no such split (available: test, train)"),
        (["--limit", "0", "--systems", "bm25"], "--limit must be at least 1"),
    ],
)
def test_user_errors(capsys, argv, message):
    assert eval_run.main(["--data", str(BEIR), *argv]) == 2
    assert message in capsys.readouterr().err


def test_qrels_id_missing_from_corpus(tmp_path, capsys):
    copy = shutil.copytree(BEIR, tmp_path / "beir")
    with (copy / "qrels" / "test.tsv").open("a") as handle:
        handle.write("i1:en\tp99:en\t3\n")
    assert eval_run.main(["--data", str(copy), "--systems", "bm25"]) == 2
    assert "corpus id 'p99:en' is not in corpus.jsonl" in capsys.readouterr().err


def test_pair_without_queries(tmp_path, capsys):
    copy = shutil.copytree(BEIR, tmp_path / "beir")
    kept = [line for line in (copy / "qrels" / "test.tsv").read_text().splitlines() if "p8:" not in line and "p5:" not in line]
    (copy / "qrels" / "test.tsv").write_text("\n".join(kept) + "\n")
    corpus = [line for line in (copy / "corpus.jsonl").read_text().splitlines()]
    (copy / "corpus.jsonl").write_text("\n".join(corpus + ['{"_id": "x:fr", "title": "Coque", "lang": "fr"}']) + "\n")
    assert eval_run.main(["--data", str(copy), "--pairs", "zh-fr", "--systems", "bm25"]) == 2
    assert "pair zh-fr: no queries with a relevant document" in capsys.readouterr().err


def test_shipped_benchmark_is_the_default(tmp_path):
    assert eval_run.main(["--pairs", "zh-en,en-de", "--systems", "bm25", "--limit", "5", "--out", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["data"].endswith("data/benchmark")
    assert results["pairs"]["en-de"]["bm25"]["n_queries"] == 5


def test_translation_pairs_of_held_out_products(shared_encoder, tmp_path, capsys, monkeypatch):
    from eval import translation

    monkeypatch.setattr(translation, "load_bi_encoder", lambda name, device, runtime="torch": shared_encoder)
    train = load_beir(BEIR, "train")
    listings = translation.held_out_listings(train)
    assert set(listings) == {"p2", "p4", "p5", "p6", "p8"}  # p1, p3, p7 are judged by training queries
    accuracy = translation.translation_accuracy(shared_encoder, train, listings)
    assert len(accuracy) == 12 and all(0 <= v <= 1 for v in accuracy.values())
    assert np.mean(list(accuracy.values())) > 0.8
    assert translation.main(["--data", str(BEIR), "--out", str(tmp_path / "t.json")]) == 0
    assert json.loads((tmp_path / "t.json").read_text())["held_out_products"] == 5


def test_a_system_can_name_its_own_model(tmp_path, monkeypatch):
    encoders = {"packaged": FakeEncoder("packaged", seed=1), "other": FakeEncoder("other", seed=2)}
    loaded = []
    monkeypatch.setattr(eval_run, "load_bi_encoder", lambda name, device, runtime="torch": loaded.append(name) or encoders[name])
    common = ["--data", str(BEIR), "--pairs", "zh-en"]
    assert eval_run.main([*common, "--systems", "dense@packaged,dense", "--model", "other", "--out", str(tmp_path / "both")]) == 0
    assert sorted(loaded) == ["other", "packaged"]
    for model in encoders:  # each model alone, as the run's --model
        assert eval_run.main([*common, "--systems", "dense", "--model", model, "--out", str(tmp_path / model)]) == 0
    alone = {model: trec(tmp_path / model / "runs" / "zh-en.dense.trec") for model in encoders}
    assert alone["packaged"] != alone["other"]  # the two models rank differently, so a mix-up would show
    assert trec(tmp_path / "both" / "runs" / "zh-en.dense@packaged.trec") == alone["packaged"]
    assert trec(tmp_path / "both" / "runs" / "zh-en.dense.trec") == alone["other"]


def test_slices_report_top1_accuracy_of_the_chosen_queries(tmp_path, shared_fake_encoder, data, capsys):
    from eval import slices

    out = tmp_path / "run"
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-en,en-en", "--systems", "bm25,dense", "--out", str(out)]) == 0
    scores = slices.slice_accuracy(out, "lang", {"zh"})
    results = json.loads((out / "results.json").read_text())
    expected = {}
    for system in ("bm25", "dense"):
        ranked = trec(out / "runs" / f"zh-en.{system}.trec")
        zh = [q for q in data.queries if data.queries[q].lang == "zh"]
        judged = [q for q in zh if any(data.corpus[d].lang == "en" and g >= data.exact_level for d, g in data.qrels[q].items())]
        expected[system] = sum(bool(ranked.get(q)) and data.qrels[q].get(ranked[q][0], 0) >= data.exact_level for q in judged) / len(judged)
    assert {s: round(v["top1"], 6) for s, v in scores.items()} == {s: round(v, 6) for s, v in expected.items()}
    assert scores["bm25"]["n_queries"] == results["pairs"]["zh-en"]["bm25"]["n_queries"]  # en-en has no zh query
    assert "p_value" in scores["dense"] and "p_value" not in scores["bm25"]
    assert slices.main([str(out), "--field", "lang", "--values", "ko"]) == 2
    assert "no query" in capsys.readouterr().err


def test_slices_compare_two_runs_pair_by_pair(tmp_path, shared_fake_encoder, capsys):
    from eval import slices

    out = tmp_path / "run"
    assert eval_run.main(["--data", str(BEIR), "--pairs", "zh-en,en-en", "--systems", "bm25,dense", "--out", str(out)]) == 0
    results = json.loads((out / "results.json").read_text())
    # the slice of every query (no query is Korean): each pair's nDCG@10 as eval.run reported it
    changes = slices.pair_changes(out, out, "lang", {"ko"}, exclude=True)
    for system in ("bm25", "dense"):
        for pair, (before, after, count) in changes[system].items():
            assert before == after == pytest.approx(results["pairs"][pair][system]["ndcg@10"], abs=1e-4)
            assert count == results["pairs"][pair][system]["n_queries"]
    zh_only = slices.pair_changes(out, out, "lang", {"zh"})
    assert set(zh_only["bm25"]) == {"zh-en"}  # en-en has no Chinese query
    assert slices.main([str(out), "--versus", str(out), "--field", "lang", "--values", "zh"]) == 0
    assert "zh-en" in capsys.readouterr().out
