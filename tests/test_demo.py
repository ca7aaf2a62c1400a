"""The demo's logic (mlmatch.demo) and the Gradio callbacks in app.py, called without a server."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
import plotly.graph_objects as go
import pytest

import app
from mlmatch import demo
from mlmatch.catalog import Product
from mlmatch.search import SearchResult

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
    assert demo.rank_movement(["a", "b", "c", "d"], ["c", "b", "a"]) == ["▲2", "=", "▼2", "new"]
    assert demo.rank_movement([], ["a"]) == []


def test_compare_runs_both_registered_systems():
    registry = {"one": lambda q, k, langs: [result("a", 1), result("b", 2)],
                "two": lambda q, k, langs: [result("b", 1), result("c", 2)]}
    comparison = demo.compare(registry, "one", "two", "q", 2, None)
    assert comparison.movements() == (["new", "▼1"], ["▲1", "new"])
    assert demo.table_rows(comparison.left, ["new", "▼1"])[0] == [1, "title a", "en", 1.0, "c", "new"]


@pytest.mark.parametrize("query, system, message", [("  ", "dense", "type a query"), ("q", "magic", "unknown system")])
def test_run_system_rejects_bad_input(engine, query, system, message):
    with pytest.raises(ValueError, match=message):
        demo.run_system(demo.systems(engine), system, query, 5, None)


def test_engine_systems_rank_the_iphone_case_first(engine):
    registry = demo.systems(engine)
    assert set(registry) >= {"bm25", "dense", "hybrid"}
    comparison = demo.compare(registry, "bm25", "dense", "iPhone 15 case", 5, ["en"])
    assert comparison.left[0].product.id == comparison.right[0].product.id == "case-ip15-en"


# ---- query language ---------------------------------------------------------------------------

def test_query_language_detects_unless_overridden():
    assert demo.query_language("苹果15手机壳") == "zh"
    assert demo.query_language("Beamer 4K", "DE") == "de"
    assert demo.query_language("   ") == ""
    with pytest.raises(ValueError, match="unknown language code"):
        demo.query_language("x", "xx")


def test_search_languages():
    catalog = ["de", "en", "zh"]
    assert demo.search_languages([], catalog, "zh", False) is None
    assert demo.search_languages(["en"], catalog, "zh", False) == ["en"]
    assert demo.search_languages([], catalog, "zh", True) == ["de", "en"]
    with pytest.raises(ValueError, match="besides the query's own"):
        demo.search_languages(["zh"], catalog, "zh", True)


# ---- uploads ----------------------------------------------------------------------------------

def test_upload_jsonl_and_csv(tmp_path):
    assert len(demo.load_upload(write_jsonl(tmp_path / "mine.jsonl", ROWS))) == 3
    csv = tmp_path / "mine.csv"
    csv.write_text("id,title\nk1,Stainless Steel Chef Knife 8 inch\n", encoding="utf-8")
    catalog = demo.load_upload(csv)
    assert catalog.products[0].lang == "en" and catalog.products[0].lang_detected


@pytest.mark.parametrize("name, content, limits, message", [
    ("mine.parquet", "x", {}, "unsupported format '.parquet'"),
    ("mine.txt", "x", {}, "upload a .jsonl or .csv"),
    ("mine.jsonl", "x" * 2000, {"max_bytes": 1000}, "2.0 kB is over the 1.0 kB limit"),
    ("mine.jsonl", "{}\n" * 11, {"max_rows": 10}, "11 rows is over the 10 row limit"),
    ("mine.csv", "id,title\n" + "a,b\n" * 11, {"max_rows": 10}, "11 rows is over"),
    ("mine.jsonl", '{"id": "a"}\nnot json\n', {}, "rejected, 3 problem"),
])
def test_upload_errors_are_clear(tmp_path, name, content, limits, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(demo.UploadError, match=message) as error:
        demo.load_upload(path, **limits)
    assert str(error.value).startswith(name) and str(tmp_path) not in str(error.value)


def test_index_catalog_reports_progress_and_searches(encoder, tmp_path):
    calls = []
    engine = demo.index_catalog(demo.load_upload(write_jsonl(tmp_path / "m.jsonl", ROWS)), encoder,
                                lambda fraction, desc: calls.append(fraction), batch=2)
    assert calls == [0.0, 2 / 3, 1.0]
    assert engine.search("yoga mat", mode="dense", k=1)[0].product.id == "y1"


def test_engine_cache_keeps_the_latest(engine):
    cache = demo.EngineCache(size=1)
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


RESULTS = {"data": "benchmark", "split": "test",
           "pairs": {"zh-en": {"dense": {"recall@10": 0.9, "ndcg@10": 0.71, "mrr@10": 0.6, "qps": 20.0,
                                         "p_value": {"ndcg@10": 0.01}},
                               "bm25": {"ndcg@10": 0.1}}},
           "macro": {"dense": {"ndcg@10": 0.7}}}


def test_latest_results_picks_the_newest_folder(tmp_path):
    assert demo.latest_results(tmp_path / "missing") is None
    write_results(tmp_path, "20240101-000000", {"pairs": {}})
    write_results(tmp_path, "20250101-000000", RESULTS)
    results = demo.latest_results(tmp_path)
    assert results.path.parent.name == "20250101-000000"
    headers, rows = results.rows()
    assert headers == ["pair", "system", "ndcg@10", "mrr@10", "recall@10", "qps"]
    assert rows == [["zh-en", "dense", 0.71, 0.6, 0.9, 20.0], ["zh-en", "bm25", 0.1, None, None, None],
                    ["macro", "dense", 0.7, None, None, None]]
    assert results.metrics() == ["ndcg@10", "mrr@10", "recall@10"]


def test_unreadable_results_are_named(tmp_path):
    write_results(tmp_path, "20250101-000000", "{not json")
    with pytest.raises(ValueError, match="20250101-000000.*unreadable"):
        demo.latest_results(tmp_path)


def test_catalog_path_prefers_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv(demo.CATALOG_ENV, str(tmp_path / "c.jsonl"))
    assert demo.catalog_path() == tmp_path / "c.jsonl"
    monkeypatch.delenv(demo.CATALOG_ENV)
    monkeypatch.setattr(demo, "SHIPPED_CATALOG", tmp_path / "absent.jsonl")
    assert demo.catalog_path() == demo.FALLBACK_CATALOG


# ---- app.py callbacks -------------------------------------------------------------------------

@pytest.fixture
def served(engine):
    return app.use_engine(engine)


def test_run_search_fills_every_output(served):
    note, left, right, left_fig, right_fig, product, tokens = app.run_search("苹果15手机壳", "auto", "bm25", "dense", ["en"], False, 5)
    assert note == "zh (detected)"
    assert left[0][1].startswith("Spigen") and right[0][1].startswith("Spigen")
    assert len(right) == 5 and all(row[5] == "new" or row[5][0] in "=▲▼" for row in left + right)
    assert isinstance(left_fig, go.Figure) and isinstance(tokens, go.Figure)
    assert right_fig.data[0].z.shape == (6, 5)
    assert product.value == "case-ip15-en" and len(product.choices) >= 5
    json.loads(right_fig.to_json())  # the blanked diagonal serialises (NaN -> null)


def test_run_search_cross_lingual_and_override(served):
    note, left, right, *_ = app.run_search("苹果15手机壳", "zh", "dense", "hybrid", [], True, 10)
    assert note == "zh (set by you)"
    assert all(row[2] != "zh" for row in left + right)


def test_run_search_errors_become_gradio_errors(served):
    with pytest.raises(gr.Error, match="type a query"):
        app.run_search("", "auto", "bm25", "dense", [], False, 5)


def test_explain_tokens_for_a_chosen_product(served):
    figure = app.explain_tokens("Beamer 4K", "projector-en")
    assert list(figure.layout.xaxis.ticktext[:2]) == ["Ep", "son"]
    assert app.explain_tokens("Beamer 4K", None) is None
    with pytest.raises(gr.Error, match="not in the catalog"):
        app.explain_tokens("Beamer 4K", "nope")


def test_upload_index_and_search(served, tmp_path):
    fractions = []
    status, key = app.index_upload(str(write_jsonl(tmp_path / "mine.jsonl", ROWS)),
                                   progress=lambda fraction, desc=None: fractions.append(fraction))
    assert status.startswith("Indexed 3 products in en, fr, zh") and fractions[-1] == 1.0
    assert app.search_upload(key, "yoga mat", "hybrid", 3)[0][1].startswith("Tapis de yoga")
    with pytest.raises(gr.Error, match="upload and index"):
        app.search_upload(None, "yoga mat", "hybrid", 3)
    with pytest.raises(gr.Error, match="unsupported format"):
        app.index_upload(str(tmp_path / "evil.sh"), progress=lambda *a, **k: None)


def test_evaluation_view(served, monkeypatch, tmp_path):
    monkeypatch.setattr(demo, "RESULTS_DIR", tmp_path)
    status, figure, *_ = app.evaluation_view()
    assert "No results yet: run `python -m eval.run`" in status and figure is None
    write_results(tmp_path, "20250101-000000", RESULTS)
    status, figure, table, metric = app.evaluation_view("mrr@10")
    assert "20250101-000000" in status and "split test" in status
    assert metric.value == "mrr@10" and {bar.name for bar in figure.data} == {"dense", "bm25"}
    assert app.evaluation_view("bogus")[3].value == "ndcg@10"


def test_ui_builds_without_launching(served):
    assert isinstance(app.build_ui(served), gr.Blocks)
