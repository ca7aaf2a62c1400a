"""The mlmatch web demo (Gradio): two search systems side by side, heatmaps, eval results, your own catalog.

Callbacks only call mlmatch.demo / mlmatch.explain and draw Plotly figures; the model and
the shipped catalog's index are loaded once at start and shared by every session.
Run: `python app.py` (port from GRADIO_SERVER_PORT, default 7860).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

import gradio as gr
import numpy as np
import plotly.graph_objects as go

from mlmatch import demo, explain
from mlmatch.catalog import load_catalog
from mlmatch.languages import ISO_639_1
from mlmatch.models import DEFAULT, PACKAGED, ModelNotAvailable, load_bi_encoder
from mlmatch.models.reranker import load_reranker
from mlmatch.search import SearchEngine

EXAMPLES = [
    ["苹果15手机壳"],       # zh: iPhone 15 case, not apples
    ["新鲜苹果"],           # zh: fresh apples, not iPhones
    ["Beamer 4K"],          # de false friend: a projector, not a BMW
    ["パーカー メンズ"],     # ja: a men's hoodie, not a parka
    ["iPhone 14 Hülle"],    # de: the iPhone 14 case, not the iPhone 15 one
    ["ratón inalámbrico"],  # es: a computer mouse, not a cat toy
    ["casque sans fil"],    # fr: wireless headphones
]
COLUMNS = ["rank", "title", "lang", "score", "category"]
MOVE = "move"
COLORSCALE = "Viridis"  # perceptually uniform, readable for colour-blind users
MAX_K = 20
RERANKER_ENV = "MLMATCH_RERANKER"  # the operator's reranker folder, when none ships
WIDTHS = ["9%", "38%", "9%", "12%", "18%", "14%"]
UPLOAD_HELP = (f"Upload a catalog (.jsonl or .csv with `id`, `title`, `lang`; at most {demo.size_text(demo.MAX_UPLOAD_BYTES)} "
               f"and {demo.MAX_UPLOAD_ROWS} rows). It is searched on its own; the shipped catalog is untouched.")


@dataclass
class Shared:
    """What every session reads: one engine for the shipped catalog, the systems on it, uploads."""

    engine: SearchEngine
    systems: dict[str, demo.System]
    uploads: demo.EngineCache


_shared: Shared | None = None


def use_engine(engine: SearchEngine, zero_shot: SearchEngine | None = None) -> Shared:
    """Serve `engine` (the app's start-up, or a test's fixture); `zero_shot` adds the base model's dense ranking."""
    global _shared
    _shared = Shared(engine, demo.systems(engine, zero_shot), demo.EngineCache())
    return _shared


def shared() -> Shared:
    """The shipped models (fine-tuned bi-encoder and reranker where they exist) on the shipped catalog."""
    if _shared is None:
        catalog = load_catalog(demo.catalog_path())
        encoder = load_bi_encoder(DEFAULT)
        try:
            reranker = load_reranker(os.environ.get(RERANKER_ENV, DEFAULT))
        except ModelNotAvailable:
            reranker = None
        zero_shot = None if encoder.name == PACKAGED else SearchEngine.open(catalog, load_bi_encoder(PACKAGED))
        use_engine(SearchEngine.open(catalog, encoder, reranker=reranker), zero_shot)
    return _shared


# ---- Search tab -------------------------------------------------------------------------------

def run_search(query: str, lang_override: str, left: str, right: str, langs: list[str], cross_lingual: bool, k: float):
    """Both ranked lists, their result heatmaps, the product choices and the top hit's token heatmap."""
    state = shared()
    try:
        query_lang, allowed = search_scope(state, query, lang_override, langs, cross_lingual)
        comparison = demo.compare(state.systems, left, right, query, int(k), allowed)
    except ValueError as error:
        raise gr.Error(str(error)) from None
    left_moves, right_moves = comparison.movements()
    choices = product_choices(comparison)
    first = choices[0][1] if choices else None
    encoder = state.engine.encoder
    return (
        language_note(query, lang_override, query_lang),
        demo.table_rows(comparison.left, left_moves),
        demo.table_rows(comparison.right, right_moves),
        results_figure(explain.result_similarity(encoder, query, [r.product for r in comparison.left]), left),
        results_figure(explain.result_similarity(encoder, query, [r.product for r in comparison.right]), right),
        gr.Dropdown(choices=choices, value=first),
        explain_tokens(query, first),
    )


def search_scope(state: Shared, query: str, lang_override: str, langs: list[str], cross_lingual: bool):
    """The query's language and the catalog languages to search, from the filters."""
    query_lang = demo.query_language(query, lang_override)
    return query_lang, demo.search_languages(langs, state.engine.catalog.languages(), query_lang, cross_lingual)


def explain_tokens(query: str, product_id: str | None):
    """Token heatmap: the query against the chosen product's title."""
    if not product_id or not query.strip():
        return None
    engine = shared().engine
    position = engine.catalog.positions.get(product_id)
    if position is None:
        raise gr.Error(f"product {product_id!r} is not in the catalog")
    product = engine.catalog.products[position]
    return token_figure(explain.token_similarity(engine.encoder, query, product.title), product.title)


def rerank_view(query: str, lang_override: str, langs: list[str], cross_lingual: bool, k: float):
    """Reranker vs bi-encoder scores for the reranked dense top-k (only when the app has a reranker)."""
    state = shared()
    if state.engine.reranker is None or not query.strip():
        return None
    try:
        _, allowed = search_scope(state, query, lang_override, langs, cross_lingual)
        results = state.engine.search(query, mode="dense", k=int(k), langs=allowed, rerank=int(k))
    except ValueError as error:
        raise gr.Error(str(error)) from None
    matrix = explain.reranker_vs_biencoder(state.engine.encoder, state.engine.reranker, query, [r.product for r in results])
    return scores_figure(matrix)


def scores_figure(matrix: explain.Matrix) -> go.Figure:
    """Each row coloured on its own scale (cosine and reranker logits differ); raw values shown."""
    values = matrix.values.astype(float)
    low, high = values.min(axis=1, keepdims=True), values.max(axis=1, keepdims=True)
    scaled = (values - low) / np.maximum(high - low, 1e-9)
    cols = [f"#{i}" for i in range(1, len(matrix.cols) + 1)]
    hover = [[f"{row}<br>{col}<br>score {value:.3f}" for col, value in zip(matrix.cols, line)] for row, line in zip(matrix.rows, values)]
    trace = go.Heatmap(z=scaled, x=cols, y=matrix.rows, text=np.round(values, 2), texttemplate="%{text}",
                       customdata=hover, hovertemplate="%{customdata}<extra></extra>", colorscale=COLORSCALE,
                       colorbar={"title": "within row"})
    figure = go.Figure(trace)
    figure.update_yaxes(autorange="reversed")
    figure.update_layout(title="reranker vs bi-encoder on the reranked dense top-k (columns in reranked order)",
                         height=240, margin={"l": 90, "r": 20, "t": 60, "b": 30}, font={"size": 13})
    return figure


def language_note(query: str, override: str, code: str) -> str:
    if not query.strip():
        return ""
    return f"{code} (set by you)" if override and override != demo.AUTO else f"{code} (detected)"


def product_choices(comparison: demo.Comparison) -> list[tuple[str, str]]:
    """Dropdown entries for every product shown in either list, left list first."""
    seen: dict[str, str] = {}
    for side, results in (("L", comparison.left), ("R", comparison.right)):
        for result in results:
            seen.setdefault(result.product.id, f"{side}{result.rank} · [{result.product.lang}] {result.product.title}")
    return [(label, product_id) for product_id, label in seen.items()]


def results_figure(matrix: explain.Matrix, system: str) -> go.Figure:
    rows = ["query"] + [f"#{i}" for i in range(1, len(matrix.rows))]
    cols = [f"#{i}" for i in range(1, len(matrix.cols) + 1)]
    values = matrix.values.astype(float)  # copy: each product against itself (1.0) is left blank,
    values[np.arange(1, len(rows)), np.arange(len(cols))] = np.nan  # so the colours spread over real differences
    figure = heatmap(explain.Matrix(matrix.rows, matrix.cols, values), rows, cols, show_values=True)
    figure.update_layout(title=f"{system}: cosine similarity of the query and the results it ranked",
                         height=120 + 26 * len(rows))
    return figure


def token_figure(matrix: explain.Matrix, title: str) -> go.Figure:
    figure = heatmap(matrix, matrix.rows, matrix.cols, show_values=len(matrix.cols) <= 16)
    figure.update_layout(title=f"query tokens × title tokens: {clip(title, 70)}", height=180 + 34 * len(matrix.rows))
    return figure


def heatmap(matrix: explain.Matrix, row_ticks: list[str], col_ticks: list[str], show_values: bool) -> go.Figure:
    """Cells are placed by position (labels may repeat); hovering shows the full labels and the cosine."""
    hover = [[f"{row}<br>× {col}" for col in matrix.cols] for row in matrix.rows]
    trace = go.Heatmap(
        z=np.round(matrix.values, 3), x=list(range(len(col_ticks))), y=list(range(len(row_ticks))),
        text=hover, hovertemplate="%{text}<br>cosine %{z:.3f}<extra></extra>",
        colorscale=COLORSCALE, colorbar={"title": "cosine"},
        texttemplate="%{z:.2f}" if show_values else None,
    )
    figure = go.Figure(trace)
    figure.update_xaxes(tickvals=list(range(len(col_ticks))), ticktext=col_ticks, side="top")
    figure.update_yaxes(tickvals=list(range(len(row_ticks))), ticktext=row_ticks, autorange="reversed")
    figure.update_layout(margin={"l": 60, "r": 20, "t": 90, "b": 20}, font={"size": 13})
    return figure


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ---- Evaluation tab ---------------------------------------------------------------------------

def evaluation_view(metric: str | None = None):
    """Status line, bar chart and table of the newest eval results (or how to produce them)."""
    try:
        results = demo.latest_results()
    except ValueError as error:
        return f"⚠️ {error}", None, gr.Dataframe(value=None), gr.Dropdown(choices=[], value=None)
    if results is None:
        message = "No results yet: run `python -m eval.run`, then press Refresh."
        return message, None, gr.Dataframe(value=None), gr.Dropdown(choices=[], value=None)
    headers, rows = results.rows()
    metrics = results.metrics()
    metric = metric if metric in metrics else ("ndcg@10" if "ndcg@10" in metrics else metrics[0] if metrics else None)
    details = ", ".join(f"{key} {results.data[key]}" for key in ("split", "model") if results.data.get(key))
    status = f"Results from `{results.path.parent.name}`" + (f" ({details})." if details else ".")
    return (status, evaluation_figure(headers, rows, metric), gr.Dataframe(value=rows, headers=headers),
            gr.Dropdown(choices=metrics, value=metric))


def evaluation_figure(headers: list[str], rows: list[list], metric: str | None) -> go.Figure | None:
    if metric is None:
        return None
    column = headers.index(metric)
    figure = go.Figure()
    for system in dict.fromkeys(row[1] for row in rows):
        mine = [row for row in rows if row[1] == system]
        figure.add_bar(name=system, x=[row[0] for row in mine], y=[row[column] for row in mine],
                       hovertemplate=f"{system}<br>%{{x}}<br>{metric} %{{y:.3f}}<extra></extra>")
    figure.update_layout(barmode="group", title=f"{metric} by language pair (query-catalog)", yaxis_title=metric,
                         xaxis_title="language pair", height=420, font={"size": 13})
    return figure


# ---- Your catalog tab -------------------------------------------------------------------------

def index_upload(path: str | None, progress=gr.Progress()):
    """Validate and index an uploaded catalog; returns a status line and the session's key to it."""
    if not path:
        raise gr.Error("choose a .jsonl or .csv file first")
    try:
        catalog = demo.load_upload(path)
        state = shared()
        engine = demo.index_catalog(catalog, state.engine.encoder, lambda fraction, desc: progress(fraction, desc=desc))
    except demo.UploadError as error:  # it echoes the file's name and values, and toasts render HTML
        raise gr.Error(html.escape(str(error), quote=False)) from None
    detected = sum(product.lang_detected for product in catalog)
    note = f" (language detected for {detected})" if detected else ""
    status = f"Indexed {len(catalog)} products in {', '.join(catalog.languages())}{note}. Search it below."
    return status, state.uploads.put(engine)


def search_upload(key: str | None, query: str, system: str, k: float):
    """Search the session's uploaded catalog with one system."""
    try:
        engine = shared().uploads.get(key)
        results = demo.run_system(demo.systems(engine), system, query, int(k), None)
    except ValueError as error:
        raise gr.Error(str(error)) from None
    return demo.table_rows(results)


# ---- Layout -----------------------------------------------------------------------------------

def build_ui(state: Shared) -> gr.Blocks:
    catalog = state.engine.catalog
    names = list(state.systems)
    languages = ["auto", *sorted(ISO_639_1)]
    with gr.Blocks(title="mlmatch demo", analytics_enabled=False) as ui:
        gr.Markdown(f"# mlmatch: multilingual product search\nCatalog: {len(catalog)} products in "
                    f"{', '.join(catalog.languages())}. Type a query in any language; compare two systems.")
        with gr.Tab("Search"):
            with gr.Row():
                query = gr.Textbox(label="Query", placeholder="苹果15手机壳, Beamer 4K, パーカー メンズ …", scale=4,
                                   elem_id="query")
                detected = gr.Textbox(label="Query language", interactive=False, scale=1, elem_id="detected")
                override = gr.Dropdown(languages, value="auto", label="Override language", scale=1)
            gr.Examples(EXAMPLES, inputs=query, label="Examples (with traps)")
            with gr.Row():
                left = gr.Dropdown(names, value="bm25" if "bm25" in names else names[0], label="Left system",
                                   elem_id="left-system")
                right = gr.Dropdown(names, value="dense" if "dense" in names else names[-1], label="Right system",
                                    elem_id="right-system")
                langs = gr.Dropdown(catalog.languages(), value=[], multiselect=True,
                                    label="Catalog languages (empty = all)")
                cross = gr.Checkbox(label="Cross-lingual only (skip the query's language)")
                k = gr.Slider(1, MAX_K, value=10, step=1, label="k")
            button = gr.Button("Search", variant="primary", elem_id="search")
            with gr.Row():
                left_table = gr.Dataframe(headers=COLUMNS + [MOVE], label="Left system", wrap=True,
                                          column_widths=WIDTHS, elem_id="left-table")
                right_table = gr.Dataframe(headers=COLUMNS + [MOVE], label="Right system", wrap=True,
                                           column_widths=WIDTHS, elem_id="right-table")
            gr.Markdown("**move**: ▲n / ▼n = n places higher / lower than in the other list; new = not in the other list. "
                        "Heatmap row *query* is the bi-encoder's cosine for each result, whatever system ranked it.")
            with gr.Row():
                left_heat = gr.Plot(label="Left: query × results", elem_id="left-heatmap")
                right_heat = gr.Plot(label="Right: query × results", elem_id="right-heatmap")
            product = gr.Dropdown([], label="Product for the token heatmap", elem_id="product")
            token_heat = gr.Plot(label="Which words matched", elem_id="token-heatmap")
            outputs = [detected, left_table, right_table, left_heat, right_heat, product, token_heat]
            inputs = [query, override, left, right, langs, cross, k]
            for event in (button.click, query.submit, left.input, right.input):
                event(run_search, inputs, outputs)
            product.input(explain_tokens, [query, product], token_heat)
            rerank_heat = gr.Plot(label="Reranker vs bi-encoder", elem_id="rerank-heatmap",
                                  visible=state.engine.reranker is not None)
            for event in (button.click, query.submit):
                event(rerank_view, [query, override, langs, cross, k], rerank_heat)

        with gr.Tab("Evaluation"):
            eval_status = gr.Markdown()
            metric = gr.Dropdown([], label="Metric in the chart")
            eval_chart = gr.Plot(label="Evaluation")
            eval_table = gr.Dataframe(label="All metrics", elem_id="eval-table")
            refresh = gr.Button("Refresh")
            eval_outputs = [eval_status, eval_chart, eval_table, metric]
            ui.load(evaluation_view, None, eval_outputs)
            refresh.click(evaluation_view, metric, eval_outputs)
            metric.input(evaluation_view, metric, eval_outputs)

        with gr.Tab("Your catalog"):
            gr.Markdown(UPLOAD_HELP)
            upload = gr.File(label="Catalog file", file_types=list(demo.UPLOAD_FORMATS), elem_id="upload")
            index_button = gr.Button("Index", variant="primary", elem_id="index")
            upload_status = gr.Markdown(elem_id="upload-status")
            upload_key = gr.State(None)
            with gr.Row():
                upload_query = gr.Textbox(label="Query", scale=4, elem_id="upload-query")
                upload_system = gr.Dropdown(names, value="dense" if "dense" in names else names[0], label="System")
                upload_k = gr.Slider(1, MAX_K, value=10, step=1, label="k")
            upload_button = gr.Button("Search my catalog", elem_id="upload-search")
            upload_table = gr.Dataframe(headers=COLUMNS, label="Results", wrap=True, elem_id="upload-table")
            index_button.click(index_upload, upload, [upload_status, upload_key])
            for event in (upload_button.click, upload_query.submit):
                event(search_upload, [upload_key, upload_query, upload_system, upload_k], upload_table)
    return ui


def main() -> None:
    ui = build_ui(shared())
    ui.queue(default_concurrency_limit=2).launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
        max_file_size=demo.MAX_UPLOAD_BYTES,
        ssr_mode=False,
    )


if __name__ == "__main__":
    main()
