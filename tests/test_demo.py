"""The demo's logic (showcase.rules) and the Gradio callbacks in app.py, called without a server."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
import plotly.graph_objects as go
import pytest

import app
from eval.results import ResultsError, newest_results
from mlmatch.catalog import Product, load_catalog
from mlmatch.results import SearchResult
from mlmatch.search import SearchEngine
from showcase import figures, rules
from showcase import state as demo_state

ROWS = [
    {"id": "y1", "title": "Tapis de yoga antidérapant 6 mm, violet", "lang": "fr"},
    {"id": "s1", "title": "无线蓝牙音箱 防水 便携", "lang": "zh"},
    {"id": "k1", "title": "Stainless Steel Chef Knife 8 inch", "lang": "en"},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def result(product_id: str, rank: int, score: float = 1.0) -> SearchResult:
    return SearchResult(Product(product_id, f"title {product_id}", "en", category="c"), score, rank)


# ---- comparing systems ------------------------------------------------------------------------

def test_rank_movement_marks_up_down_same_and_new():
    assert rules.rank_movement(["a", "b", "c", "d"], ["c", "b", "a"]) == ["▲2", "=", "▼2", "new"]
    assert rules.rank_movement([], ["a"]) == []


def test_compare_runs_both_registered_systems():
    registry = {"one": lambda q, k, langs: [result("a", 1), result("b", 2)],
                "two": lambda q, k, langs: [result("b", 1), result("c", 2)]}
    comparison = rules.compare(registry, "one", "two", "q", 2, None)
    assert comparison.movements() == (["new", "▼1"], ["▲1", "new"])
    assert rules.table_rows(comparison.left, ["new", "▼1"])[0] == [1, "title a", "en", 1.0, "", "c", "new"]


def test_stage_scores_stand_beside_the_score_the_list_is_ordered_by():
    fused = SearchResult(Product("a", "title a", "en"), 0.0476, 1, stage_scores={"dense": 0.81234, "rerank": 3.2})
    assert rules.stage_scores_text(fused) == "cos\u00a00.812\u00a0· rerank\u00a03.200"
    dense = SearchResult(Product("a", "title a", "en"), 0.81234, 1, stage_scores={"dense": 0.81234})
    assert rules.stage_scores_text(dense) == ""  # the score column holds it already


@pytest.mark.parametrize("query, system, message", [("  ", "dense", "type a query"), ("q", "magic", "unknown system")])
def test_run_system_rejects_bad_input(engine, query, system, message):
    with pytest.raises(ValueError, match=message):
        rules.run_system(rules.systems(engine), system, query, 5, None)


def test_engine_systems_rank_the_iphone_case_first(engine):
    registry = rules.systems(engine)
    assert set(registry) >= {"bm25", "dense", "hybrid"}
    comparison = rules.compare(registry, "bm25", "dense", "iPhone 15 case", 5, ["en"])
    assert comparison.left[0].product.id == comparison.right[0].product.id == "case-ip15-en"


# ---- query language ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped_detector():
    return demo_state.detector_for(load_catalog(demo_state.SHIPPED_CATALOG))


@pytest.mark.parametrize("query, lang", [
    ("Beamer 4K", "de"), ("Handy", "de"), ("pomme", "fr"), ("Bügeleisen", "de"), ("casque sans fil", "fr"),
    ("ratón inalámbrico", "es"), ("苹果15手机壳", "zh"), ("パーカー メンズ", "ja"), ("wireless mouse", "en"),
])
def test_short_product_queries_get_their_language(shipped_detector, query, lang):
    """langid alone calls the first three English; the catalog's own words say otherwise."""
    assert rules.query_language(query, shipped_detector) == lang


def test_query_language_override_and_empty(shipped_detector):
    assert rules.query_language("Beamer 4K", shipped_detector, "DE") == "de"
    assert rules.query_language("   ", shipped_detector) == ""
    with pytest.raises(ValueError, match="unknown language code"):
        rules.query_language("x", shipped_detector, "xx")


def test_search_languages():
    catalog = ["de", "en", "zh"]
    assert rules.search_languages([], catalog, "zh", False) is None
    assert rules.search_languages(["en"], catalog, "zh", False) == ["en"]
    assert rules.search_languages([], catalog, "zh", True) == ["de", "en"]
    with pytest.raises(ValueError, match="besides the query's own"):
        rules.search_languages(["zh"], catalog, "zh", True)


# ---- uploads ----------------------------------------------------------------------------------

def test_upload_jsonl_and_csv(tmp_path):
    assert len(rules.load_upload(write_jsonl(tmp_path / "mine.jsonl", ROWS))) == 3
    csv = tmp_path / "mine.csv"
    csv.write_text("id,title\nk1,Stainless Steel Chef Knife 8 inch\n", encoding="utf-8")
    catalog = rules.load_upload(csv)
    assert catalog.products[0].lang == "en" and catalog.products[0].lang_detected


@pytest.mark.parametrize("name, content, limits, message", [
    ("mine.parquet", "x", {}, "unsupported format '.parquet'"),
    ("mine.txt", "x", {}, "upload a .jsonl or .csv"),
    ("mine.jsonl", "x" * 2000, {"max_bytes": 1000}, "2.0 kB is over the 1.0 kB limit"),
    ("mine.jsonl", "{}\n" * 11, {"max_rows": 10}, "11 rows is over the 10 row limit"),
    ("mine.csv", "id,title\n" + "a,b\n" * 11, {"max_rows": 10}, "11 rows is over"),
    ("mine.jsonl", '{"id": "a"}\nnot json\n', {}, "rejected, 3 problems:"),
])
def test_upload_errors_are_clear(tmp_path, name, content, limits, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(rules.UploadError, match=message) as error:
        rules.load_upload(path, **limits)
    assert str(error.value).startswith(name) and str(tmp_path) not in str(error.value)


def test_embed_catalog_reports_progress_and_an_engine_reads_the_cache(encoder, tmp_path):
    calls = []
    catalog = rules.load_upload(write_jsonl(tmp_path / "m.jsonl", ROWS))
    rules.embed_catalog(catalog, encoder, lambda fraction, desc: calls.append(fraction), batch=2)
    assert calls == [0.0, 2 / 3]
    engine = SearchEngine.build(catalog, encoder)
    assert engine.search("yoga mat", mode="dense", k=1)[0].product.id == "y1"


def test_indexing_stops_when_its_consumer_stops(encoder, tmp_path, monkeypatch):
    """The app iterates the steps; a client that leaves ends the iteration, and no more batches are embedded."""
    embedded: list[list[str]] = []
    original = encoder.encode_documents
    monkeypatch.setattr(encoder, "encode_documents", lambda texts, *a, **k: embedded.append(texts) or original(texts, *a, **k))
    monkeypatch.setenv("MLMATCH_HOME", str(tmp_path))  # an empty embedding cache: every batch is encoded
    catalog = rules.load_upload(write_jsonl(tmp_path / "m.jsonl", ROWS))
    steps = rules.embedding_steps(catalog, encoder, batch=1)
    next(steps), next(steps)  # the client leaves after the second progress message
    steps.close()
    assert len(embedded) == 1


def test_engine_cache_keeps_the_latest(engine):
    cache = rules.EngineCache(size=1)
    key = cache.put(engine)
    assert cache.get(key) is engine
    with pytest.raises(ValueError, match="upload and index a catalog first"):
        cache.get("other")
    with pytest.raises(ValueError):
        cache.get(None)


# ---- eval results and catalog choice ----------------------------------------------------------

def write_results(root: Path, stamp: str, data) -> None:
    (root / stamp).mkdir(parents=True)
    (root / stamp / "results.json").write_text(json.dumps(data) if not isinstance(data, str) else data)


RESULTS = {"data": "benchmark", "split": "test", "command": "python -m eval.run --pairs zh-en",
           "pairs": {"zh-en": {"dense": {"recall@10": 0.9, "ndcg@10": 0.71, "mrr@10": 0.6, "qps": 20.0,
                                         "p_value": {"ndcg@10": 0.01}},
                               "bm25": {"ndcg@10": 0.1}}},
           "macro": {"dense": {"ndcg@10": 0.7}}}


def test_newest_results_picks_the_newest_folder(tmp_path):
    assert newest_results(tmp_path / "missing") is None
    write_results(tmp_path, "20240101-000000", {"pairs": {}})
    write_results(tmp_path, "20250101-000000", RESULTS)
    results = newest_results(tmp_path)
    assert results.name == f"{tmp_path.name}/20250101-000000"
    headers, rows = results.rows()
    assert headers == ["pair", "system", "ndcg@10", "mrr@10", "recall@10", "qps"]
    assert rows == [["zh-en", "dense", 0.71, 0.6, 0.9, 20.0], ["zh-en", "bm25", 0.1, None, None, None],
                    ["macro", "dense", 0.7, None, None, None]]
    assert results.metrics() == ["ndcg@10", "mrr@10", "recall@10"]
    assert results.macro("dense") == 0.7 and results.macro("bm25") is None


def test_unreadable_results_are_named_without_their_path(tmp_path):
    write_results(tmp_path, "20250101-000000", "{not json")
    with pytest.raises(ResultsError, match="20250101-000000: unreadable") as error:
        newest_results(tmp_path)
    assert str(tmp_path.parent) not in str(error.value)


def test_the_shipped_snapshot_is_an_eval_run_of_the_benchmark():
    snapshot = app.shipped_results()
    assert snapshot.data["command"].startswith("python -m eval.run --pairs all")
    assert snapshot.data["split"] == "test" and len(snapshot.data["pairs"]) == 36
    assert snapshot.data["data"] == "data/benchmark" and snapshot.data["model"] == "mlmatch/artifacts/biencoder"
    assert snapshot.macro("dense", "cross-lingual") > snapshot.macro("dense@packaged", "cross-lingual")


def test_catalog_path_prefers_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv(demo_state.CATALOG_ENV, str(tmp_path / "c.jsonl"))
    assert demo_state.catalog_path() == tmp_path / "c.jsonl"
    monkeypatch.delenv(demo_state.CATALOG_ENV)
    monkeypatch.setattr(demo_state, "SHIPPED_CATALOG", tmp_path / "absent.jsonl")
    assert demo_state.catalog_path() == demo_state.FALLBACK_CATALOG


# ---- app.py callbacks -------------------------------------------------------------------------

@pytest.fixture
def served(engine):
    return demo_state.use_engine(engine)


def search(query: str, left: str = "bm25", right: str = "dense", langs=(), cross: bool = False, k: int = 5, override: str = "auto"):
    detected, note, left_table, right_table, product, view = app.run_search(query, override, left, right, list(langs), cross, k)
    return detected, note, left_table.value, right_table.value, product, view


def test_run_search_gives_the_tables_then_draw_figures_the_figures(served):
    detected, note, left, right, product, view = search("苹果15手机壳", langs=["en"])
    assert (detected, note) == ("zh (detected)", "Searched also: handy.")  # 手机, a mobile phone, is German "Handy"
    assert left["data"][0][1].startswith("Spigen") and right["data"][0][1].startswith("Spigen")
    assert len(right["data"]) == 5 and all(row[6] == "new" or row[6][0] in "=▲▼" for row in left["data"] + right["data"])
    assert product.value == "case-ip15-en" and len(product.choices) >= 5
    left_fig, right_fig, tokens, rerank, reasons = app.draw_figures(view, product.value)
    query_row, pairwise = right_fig.data
    assert query_row.z.shape == (1, 5) and pairwise.z.shape == (5, 5)
    assert query_row.coloraxis != pairwise.coloraxis  # the query row has its own colour scale
    assert list(right_fig.layout.yaxis2.ticktext)[0].startswith("1. [en] Spigen")
    assert isinstance(tokens, go.Figure) and rerank is None
    json.loads(right_fig.to_json())  # the blanked diagonal serialises (NaN -> null)


def test_the_learned_rankers_reasons_are_drawn_for_its_list(small_catalog, encoder):
    from mlmatch.rank.stage import load_ranking_models
    from mlmatch.search import SearchEngine

    demo_state.use_engine(SearchEngine.open(small_catalog, encoder, ranking=load_ranking_models()))
    _, _, left, right, product, view = search("Beamer 4K", left="dense", right="ltr", k=6)
    assert right["data"][0][0] == 1 and len(right["data"]) == 6
    assert view.reasons is not None and view.reasons.rows == [row[1] for row in right["data"]]
    assert len(view.reasons.cols) == 6 and "cos_universal" in view.reasons.cols
    *_, reasons = app.draw_figures(view, product.value)
    assert list(reasons.data[0].x) == view.reasons.cols and reasons.data[0].y[0].startswith("1. ")
    json.loads(reasons.to_json())


@pytest.mark.slow
def test_every_example_is_right_at_top_1_or_labelled_a_known_miss(mlmatch_home):
    from mlmatch.models import DEFAULT, load_bi_encoder
    from mlmatch.rank.stage import load_ranking_models

    catalog = load_catalog(demo_state.SHIPPED_CATALOG)
    engine = SearchEngine.open(catalog, load_bi_encoder(DEFAULT, device="cpu"), ranking=load_ranking_models())
    system = rules.systems(engine)[engine.default_mode]  # as the demo searches: translated too
    for example in app.EXAMPLES:
        assert example.right <= set(catalog.positions), example
        results = system(example.query, 10, None)
        assert (results[0].product.id in example.right) != example.known_miss, (example, results[0].product.title)
        assert ("known miss" in example.shows) == example.known_miss
        assert engine.weak_match(results) == ("weak match" in example.shows), example
    assert engine.weak_match(system("zzqxj", 10, None)) and engine.weak_match(system("diamond engagement ring", 10, None))


def test_score_columns_say_what_kind_of_score_they_hold(served):
    assert [app.table(None, system).headers[3] for system in ("dense", "bm25", "hybrid", "dense+rerank", rules.ZERO_SHOT)] == [
        "cosine", "BM25 share", "hybrid score", "reranker score", "cosine"]
    assert rules.score_label("dense+rerank", rerank_fused=True) == "rank fusion score"  # what the shipped reranker's lists hold
    assert rules.score_label("ltr") == "ranker score"


def test_a_list_without_results_shows_a_row_and_a_valid_figure(served):
    _, note, left, right, _, view = search("Bügeleisen", left="bm25", right="dense")
    assert note == "" and left["data"] == [["", "no results", "", "", "", "", ""]] and len(right["data"]) == 5
    left_fig, right_fig, *_ = app.draw_figures(view, None)
    assert not left_fig.data and left_fig.layout.annotations[0].text == "bm25: no results"
    json.loads(left_fig.to_json())


def test_empty_and_overlong_queries_are_notes_not_errors(served):
    detected, note, left, right, product, view = search("   ")
    assert note.startswith("Type a query") and view is None and app.draw_figures(view, None) == (None, None, None, None, None)
    _, note, _, right, _, view = search("Beamer 4K " * 100)
    assert note.startswith("The query was cut to its first 500 characters.") and len(view.query) == 500
    assert right["data"][0][0] == 1


def test_run_search_cross_lingual_and_override(served):
    detected, _, left, right, product, _ = search("苹果15手机壳", "dense", "hybrid", cross=True, k=10, override="zh")
    assert detected == "zh (set by you)"
    assert all(row[2] != "zh" for row in left["data"] + right["data"])


def test_a_filter_without_languages_is_a_note(served):
    _, note, *_ = search("苹果15手机壳", langs=["zh"], cross=True)
    assert note == "⚠️ no catalog language left besides the query's own (zh)"


def test_the_token_view_defaults_to_the_best_match_in_another_language(served):
    _, _, _, right, product, view = search("苹果15手机壳", k=10)
    assert right["data"][0][2] == "zh"  # the Chinese case tops the list
    first_other = next(i for i, row in enumerate(right["data"]) if row[2] != "zh")
    assert product.value == view.right[1][first_other]


def test_systems_still_loading_say_so(served):
    state = demo_state.Shared(served.catalog, served.detector, [*served.names, rules.ZERO_SHOT], served.engine, served.systems,
                       status="indexing the catalog: embedding products 65-128 of 1024")
    demo_state.serve(state)
    _, _, left, right, _, _ = search("Beamer 4K", left=rules.ZERO_SHOT, right="dense")
    assert left["data"][0][1] == "dense@packaged is still loading: indexing the catalog: embedding products 65-128 of 1024"
    assert right["data"][0][0] == 1


def test_a_table_that_waited_for_loading_shows_results_once_it_ends(served):
    inputs = ("Beamer 4K", "auto", "bm25", "dense", [], False, 5)
    waiting = {"headers": app.COLUMNS, "data": [rules.message_row(f"dense {app.LOADING}: loading the fine-tuned model")]}
    detected, note, left, right, product, view, *figures = app.refresh_when_loaded(waiting, waiting, *inputs)
    assert right.value["data"][0][0] == 1 and view.query == "Beamer 4K" and figures[1] is not None
    shown = {"headers": app.COLUMNS, "data": right.value["data"]}
    assert all(isinstance(output, type(gr.skip())) for output in app.refresh_when_loaded(shown, shown, *inputs))


def test_default_view_is_zero_shot_beside_the_fine_tuned_model():
    assert app.default_pair(["dense", "hybrid", "bm25", rules.ZERO_SHOT]) == (rules.ZERO_SHOT, "dense")
    assert app.default_pair(["dense", "hybrid", "bm25"]) == ("bm25", "dense")
    assert app.default_pair(["ltr", "dense", "hybrid", "bm25", rules.ZERO_SHOT]) == (rules.ZERO_SHOT, "ltr")
    note = app.comparison_note(rules.ZERO_SHOT, "dense")
    snapshot = app.shipped_results()
    assert f"cross-lingual {snapshot.macro('dense@packaged', 'cross-lingual'):.3f} vs {snapshot.macro('dense', 'cross-lingual'):.3f}" in note
    assert app.comparison_note("dense", "dense") == ""


def test_a_long_query_draws_a_token_heatmap_of_readable_size(served):
    figure = app.explain_tokens("wireless " * 60, "projector-en")
    assert len(figure.data[0].y) == figures.MAX_TOKEN_ROWS and figure.layout.height < 1100
    assert f"first {figures.MAX_TOKEN_ROWS} of" in figure.layout.title.text


def test_explain_tokens_for_a_chosen_product(served):
    figure = app.explain_tokens("Beamer 4K", "projector-en")
    assert list(figure.layout.xaxis.ticktext[:2]) == ["Ep", "son"]
    assert app.explain_tokens("Beamer 4K", None) is None
    with pytest.raises(gr.Error, match="not in the catalog"):
        app.explain_tokens("Beamer 4K", "nope")


def test_upload_index_and_search(served, tmp_path):
    fractions = []
    *steps, (status, key) = app.index_upload(str(write_jsonl(tmp_path / "mine.jsonl", ROWS)),
                                             progress=lambda fraction, desc=None: fractions.append(fraction))
    assert steps == [("Indexing: embedding products 1-3 of 3 …", None)]
    assert status.startswith("Indexed 3 products in en, fr, zh") and fractions[-1] == 1.0
    assert app.search_upload(key, "yoga mat", "hybrid", 3)[0][1].startswith("Tapis de yoga")
    with pytest.raises(gr.Error, match="upload and index") as refused:
        app.search_upload(None, "yoga mat", "hybrid", 3)
    assert not refused.value.print_exception  # a user's mistake: one log line, no traceback


def test_a_failed_upload_says_so_and_lets_the_previous_one_go(served, tmp_path):
    *_, (status, key) = app.index_upload(str(write_jsonl(tmp_path / "mine.jsonl", ROWS)), progress=lambda *a, **k: None)
    assert key is not None
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "a", "title": "t"}, {"id": "a", "title": "t", "lang": "en"}])
    (status, key), = app.index_upload(str(bad), progress=lambda *a, **k: None)
    assert key is None  # the earlier catalog is no longer what "Search my catalog" searches
    assert status.startswith("⚠️ **Not indexed**: bad.jsonl: rejected: line 2: field 'id': duplicate id 'a'") and "<br>• " not in status
    assert "press **Index** again" in status
    (status, key), = app.index_upload(str(tmp_path / "evil.sh"), progress=lambda *a, **k: None)
    assert "unsupported format" in status and key is None


def test_evaluation_view_shows_local_results_else_the_snapshot(served, monkeypatch, tmp_path):
    monkeypatch.setattr(app, "RESULTS_DIR", tmp_path)
    status, figure, *_ = app.evaluation_view()
    assert status.startswith("Results: the shipped benchmark snapshot (data data/benchmark, split test")
    assert "Made by `python -m eval.run --pairs all" in status and str(app.REPO) not in status
    monkeypatch.setattr(app, "SNAPSHOT", tmp_path / "absent.json")
    status, figure, *_ = app.evaluation_view()
    assert "No results yet: run `python -m eval.run`" in status and figure is None
    write_results(tmp_path, "20250101-000000", RESULTS)
    status, figure, table, metric = app.evaluation_view("mrr@10")
    assert status == f"Results: {tmp_path.name}/20250101-000000 (data benchmark, split test). Made by `python -m eval.run --pairs zh-en`."
    assert metric.value == "mrr@10" and {bar.name for bar in figure.data} == {"dense", "bm25"}
    assert app.evaluation_view("bogus")[3].value == "ndcg@10"


def test_the_page_offers_the_default_comparison(served):
    state = demo_state.Shared(served.catalog, served.detector, [*served.names, rules.ZERO_SHOT], served.engine, served.systems)
    ui = app.build_ui(state)
    values = {block.elem_id: block.value for block in ui.blocks.values() if getattr(block, "elem_id", None)}
    assert (values["left-system"], values["right-system"]) == (rules.ZERO_SHOT, "dense")


def test_the_note_says_what_the_query_was_searched_as_besides(served):
    _, note, left, *_ = search("Beamer", langs=["en"])  # bm25 beside dense
    assert "Searched also:" in note and "projector" in note
    assert left["data"][0][1].startswith("Epson Home Cinema 4K Projector")
    _, note, *_ = search("Beamer", left="dense", right="dense", langs=["en"])
    assert "Searched also" not in note  # dense searches the query as typed: nothing to say


def test_a_misspelt_query_is_searched_corrected_and_says_so(served):
    _, note, left, right, _, _ = search("wireles mouse", langs=["en"])
    assert "Showing results for **wireless mouse**" in note and "you typed *wireles mouse*" in note
    assert right["data"][0][1].startswith("Logitech M185")
    _, note, *_ = app.run_search("wireles mouse", "auto", "bm25", "dense", ["en"], False, 5, True)
    assert "Showing results" not in note
