"""Training in CI size: tiny runs of both trainers on tests/data/beir_small, and their building blocks."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import replace

import numpy as np
import pytest

from mlmatch.beir import document_text, judged_products, load_beir
from mlmatch.catalog import load_catalog
from mlmatch.fusion import rerank_order
from mlmatch.models import load_bi_encoder
from mlmatch.models.reranker import load_reranker
from mlmatch.search import RERANK_DEPTH, SearchEngine
from mlmatch.train import augment, examples
from mlmatch.train.biencoder import BiEncoderConfig, train_biencoder
from mlmatch.train.candidates import retrieval_candidates
from mlmatch.train.cli import main as train_main
from mlmatch.train.reranker import RETRIEVAL_WEIGHTS, RerankerConfig, train_reranker

from conftest import DATA, SMALL_CATALOG, trec

BEIR = DATA / "beir_small"


@pytest.fixture(scope="module")
def train_data():
    return load_beir(BEIR, "train")


def test_typo_changes_one_word_by_one_edit():
    rng = random.Random(0)
    for _ in range(20):
        noisy = augment.typo("wireless mouse grey", rng)
        assert noisy != "wireless mouse grey" and abs(len(noisy) - len("wireless mouse grey")) <= 1
    assert augment.typo("苹果 15", rng) == "苹果 15"  # nothing to misspell


def test_code_switch_mixes_two_languages():
    mixed = augment.code_switch("iphone 15 case", "苹果15手机壳", random.Random(1))
    assert any(ch.isascii() and ch.isalpha() for ch in mixed) and any("\u4e00" <= ch <= "\u9fff" for ch in mixed)


def test_drop_attribute_keeps_the_head_of_the_title():
    title = "Spigen case for iPhone 15, clear, shockproof, 2 pack"
    dropped = augment.drop_attribute(title, random.Random(2))
    assert dropped.startswith("Spigen case for iPhone 15") and len(dropped) < len(title)
    assert augment.drop_attribute("short title", random.Random(2)) == "short title"


def test_positive_pairs_are_exact_and_span_languages(train_data):
    pairs = examples.query_positive_pairs(train_data, per_query=3, seed=0)
    assert len(pairs) == 8 * 3
    for row in pairs:
        exact = {document_text(train_data, d) for d, g in train_data.qrels[row["qid"]].items() if g == 3}
        assert row["positive"] in exact
    langs_per_query = {}
    for row in pairs:
        doc = next(d for d in train_data.corpus.values() if d.title == row["positive"])
        langs_per_query.setdefault(row["qid"], set()).add(doc.lang)
    assert all(len(langs) == 3 for langs in langs_per_query.values())
    assert pairs == examples.query_positive_pairs(train_data, per_query=3, seed=0)


def test_own_language_puts_a_same_language_positive_first(train_data):
    pairs = examples.query_positive_pairs(train_data, per_query=2, seed=0, own_language=True)
    lang_of = {document_text(train_data, d.id): d.lang for d in train_data.corpus.values()}
    first = {}
    for row in pairs:
        first.setdefault(row["qid"], lang_of[row["positive"]])
    assert all(first[qid] == train_data.queries[qid].lang for qid in first)
    default = examples.query_positive_pairs(train_data, per_query=2, seed=0)
    assert any(lang_of[row["positive"]] != train_data.queries[row["qid"]].lang for row in default[::2])


def test_parallel_pairs_join_listings_of_one_product(train_data):
    products = judged_products(train_data)
    assert products == {"p1", "p3", "p7"}
    pairs = examples.parallel_title_pairs(train_data, products, per_product=2, seed=0)
    owner = {document_text(train_data, d.id): d.product_id for d in train_data.corpus.values()}
    assert len(pairs) == 6 and all(owner[p["anchor"]] == owner[p["positive"]] and p["anchor"] != p["positive"] for p in pairs)


def test_graded_lists_and_pairs_carry_the_qrels(train_data):
    candidates = {("i8:en", "mixed"): ["p3:de", "p1:ja", "p4:en"]}
    assert examples.graded_lists(train_data, candidates)[0]["labels"] == [3.0, 1.0, 0.0]
    assert [row["label"] for row in examples.graded_pairs(train_data, candidates)] == [3, 1, 0]


def test_candidates_are_the_retrievers_top_k_per_document_language(train_data, fake_encoder):
    encoder = fake_encoder
    lists = retrieval_candidates(train_data, encoder, depth=3, seed=0, langs_per_query=4)
    langs = sorted({doc.lang for doc in train_data.corpus.values()})
    assert sorted(lists) == sorted((qid, lang) for qid in train_data.queries for lang in langs)
    for (qid, lang), docs in lists.items():
        assert len(docs) == 3 and {train_data.corpus[d].lang for d in docs} == {lang}
        exact_here = {d for d, g in train_data.qrels[qid].items() if g == 3 and train_data.corpus[d].lang == lang}
        assert not exact_here or exact_here & set(docs)  # an Exact listing is swapped in where retrieval missed it
    one_each = retrieval_candidates(train_data, encoder, depth=3, seed=0)
    assert len(one_each) == len(train_data.queries) and one_each == retrieval_candidates(train_data, encoder, depth=3, seed=0)


@pytest.fixture(scope="module")
def trained_biencoder(tmp_path_factory, encoder):
    out = tmp_path_factory.mktemp("biencoder")
    run = train_biencoder(BiEncoderConfig(train=BEIR, out=out, dev_split="test", device="cpu", batch_size=8,
                                          max_steps=2, eval_steps=2, dev_docs=32, distill=0.5, own_language=True,
                                          scale_on=[BEIR]))
    return out, run


def test_biencoder_run_ships_a_small_adapter(trained_biencoder, encoder):
    out, run = trained_biencoder
    assert run.steps == 2 and run.pairs_per_second > 0 and run.peak_memory_mib > 0
    assert run.dev_metric == "selection" and run.best_dev_score <= 1
    assert "no monolingual pair falls behind the base model" in (out / "README.md").read_text()
    manifest = json.loads((out / "mlmatch_artifact.json").read_text())
    scale = manifest.pop("lora_scale")  # chosen on --scale-on's dev split after training
    assert manifest == {"kind": "biencoder-lora", "base": "packaged", "lora_r": 16} and 0 <= scale <= 1
    assert (out / "interpolation.json").is_file()
    assert sum(f.stat().st_size for f in out.iterdir()) < 10 * 2**20
    assert "LoRA r=16" in (out / "README.md").read_text()
    tuned = load_bi_encoder(str(out), device="cpu")
    assert tuned.fingerprint.startswith(encoder.fingerprint + "+")
    before, after = encoder.encode_queries(["iphone 15 case"]), tuned.encode_queries(["iphone 15 case"])
    assert scale == 0 or float((before @ after.T).item()) < 1 - 1e-6  # the adapter changed the model


@pytest.fixture(scope="module")
def trained_reranker(tmp_path_factory, encoder):
    out = tmp_path_factory.mktemp("reranker")
    run = train_reranker(RerankerConfig(train=BEIR, out=out, dev_split="test", device="cpu", batch_size=2,
                                        candidates=4, max_steps=2, eval_steps=2, dev_queries=6))
    return out, run


def test_reranker_run_loads_and_reranks(trained_reranker, encoder):
    out, run = trained_reranker
    assert run.steps == 2 and run.examples == 2 * 2 * 4
    manifest = json.loads((out / "mlmatch_artifact.json").read_text())
    assert manifest["kind"] == "reranker-lora" and manifest["retrieval_weight"] in RETRIEVAL_WEIGHTS
    assert "Fusion with the retrieval order" in (out / "README.md").read_text()
    reranker = load_reranker(str(out), device="cpu")
    assert reranker.retrieval_weight == manifest["retrieval_weight"]
    scores = reranker.score("iphone 15 case", ["Spigen clear case for iPhone 15", "fresh apples"])
    assert scores.shape == (2,) and np.isfinite(scores).all()
    engine = SearchEngine.build(load_catalog(SMALL_CATALOG), encoder, reranker=reranker)
    results = engine.search("iphone 15 case", mode="dense", k=5, rerank_depth=5)
    assert [r.rank for r in results] == [1, 2, 3, 4, 5]
    assert sorted(r.stage_ranks["rerank"] for r in results) == [1, 2, 3, 4, 5]
    assert all("retrieval" in r.stage_ranks for r in results)
    kept = replace(reranker, retrieval_weight=1e6)  # the retrieval order outweighs the reranker's
    results = SearchEngine.build(load_catalog(SMALL_CATALOG), encoder, reranker=kept).search("iphone 15 case", mode="dense", k=5, rerank_depth=5)
    assert [r.stage_ranks["retrieval"] for r in results] == [1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="needs a reranker"):
        SearchEngine.build(load_catalog(SMALL_CATALOG), encoder).search("x", mode="dense", rerank_depth=5)


def test_esci_head_run_stops_at_its_time_limit_and_scores_like_esci(tmp_path, encoder, caplog):
    out = tmp_path / "esci"
    run = train_reranker(RerankerConfig(train=BEIR, out=out, dev_split="test", device="cpu", loss="esci", batch_size=4,
                                        candidates=3, max_steps=4, eval_steps=2, dev_queries=4, time_limit_minutes=0))
    assert run.steps == 1 and 0 <= run.best_dev_score <= 1  # stopped after its first step, then evaluated
    assert "Could not load the best model" not in caplog.text  # the 4-class head came back from its checkpoint
    manifest = json.loads((out / "mlmatch_artifact.json").read_text())
    assert manifest["num_labels"] == 4 and manifest["loss"] == "esci"
    scores = load_reranker(str(out), device="cpu").score("iphone 15 case", ["Spigen clear case for iPhone 15", "fresh apples"])
    assert scores.shape == (2,) and ((scores >= 0) & (scores <= 1)).all()  # P(E) + 0.1 P(S) + 0.01 P(C)


def test_esci_head_needs_esci_grades(tmp_path, capsys):
    binary = tmp_path / "binary"
    shutil.copytree(BEIR, binary)
    for path in (binary / "qrels").glob("*.tsv"):
        lines = path.read_text().splitlines()
        path.write_text("\n".join([lines[0], *("\t".join([*line.split("\t")[:2], "1"]) for line in lines[1:])]) + "\n")
    argv = ["reranker", "--train", str(binary), "--out", str(tmp_path / "out"), "--loss", "esci", "--device", "cpu"]
    assert train_main(argv) == 2
    assert "--loss esci needs ESCI grades 0-3" in capsys.readouterr().err
    assert train_main([*argv[:-4], "--loss", "softmax"]) == 2
    assert "unknown --loss 'softmax'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_train_cli_reports_bad_data(tmp_path, capsys):
    assert train_main(["biencoder", "--train", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "corpus.jsonl: file not found" in capsys.readouterr().err


def test_eval_reranks_the_retrieved_head_with_the_named_reranker(trained_biencoder, trained_reranker, tmp_path):
    from eval import run as eval_run

    argv = ["--data", str(BEIR), "--pairs", "zh-en", "--systems", "dense,hybrid,dense+rerank,hybrid+rerank", "--limit", "3",
            "--model", str(trained_biencoder[0]), "--reranker", str(trained_reranker[0]), "--out", str(tmp_path)]
    assert eval_run.main(argv) == 0
    reranker, data = load_reranker(str(trained_reranker[0]), device="cpu"), load_beir(BEIR, "test")
    for mode in ("dense", "hybrid"):
        retrieved, reranked = (trec(tmp_path / "runs" / f"zh-en.{name}.trec") for name in (mode, f"{mode}_rerank"))
        assert len(retrieved) == 3 and set(reranked) == set(retrieved)
        for qid, docs in retrieved.items():  # the head re-ordered as the search pipeline fuses it, the tail kept
            head = docs[:RERANK_DEPTH]
            scores = reranker.score(data.queries[qid].text, [document_text(data, d) for d in head]).tolist()
            assert reranked[qid] == [head[i] for i, _ in rerank_order(scores, reranker.retrieval_weight)] + docs[RERANK_DEPTH:]


def test_cli_search_reranks_the_top(trained_reranker, capsys):
    from mlmatch.cli import main as cli_main

    argv = ["search", "iphone 15 case", "--catalog", str(SMALL_CATALOG), "--mode", "dense", "--model", "packaged",
            "--k", "3", "--rerank", "5", "--reranker", str(trained_reranker[0]), "--json"]
    assert cli_main(argv) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["rank"] for r in results] == [1, 2, 3] and all({"retrieval", "rerank"} <= set(r["stage_ranks"]) for r in results)
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)  # the fused order


def test_reranker_vs_biencoder_view(trained_reranker, encoder):
    import app
    from mlmatch import explain
    from showcase import figures
    from showcase import state as demo_state

    reranker = load_reranker(str(trained_reranker[0]), device="cpu")
    products = list(load_catalog(SMALL_CATALOG))[:4]
    matrix = explain.reranker_vs_biencoder(encoder, reranker, "iphone 15 case", products)
    assert matrix.rows == ["bi-encoder", "reranker"] and matrix.values.shape == (2, 4)
    assert matrix.values[1].tolist() == pytest.approx(reranker.score("iphone 15 case", [explain.embedding_text(p) for p in products]).tolist(), abs=1e-5)

    demo_state.use_engine(SearchEngine.build(load_catalog(SMALL_CATALOG), encoder, reranker=reranker))
    *_, view = app.run_search("iphone 15 case", "auto", "dense", "dense+rerank", [], False, 5)
    figure = app.draw_figures(view, None)[3]
    assert figure.data[0].z.shape == (2, 5) and list(figure.data[0].x)[0] == "1. [en] " + figures.clip(products_of(view)[0].title, 24)
    demo_state.use_engine(SearchEngine.build(load_catalog(SMALL_CATALOG), encoder))
    *_, view = app.run_search("iphone 15 case", "auto", "bm25", "dense", [], False, 5)
    assert app.draw_figures(view, None)[3] is None


def products_of(view):
    from showcase import state as demo_state

    catalog = demo_state.shared().catalog
    return [catalog.products[catalog.positions[i]] for i in view.right[1]]
