"""The demo's figures: Plotly heatmaps of similarities, scores and the learned ranker's reasons, and the
evaluation chart. Each takes plain data (`mlmatch.explain.Matrix`, products, rows) and returns a figure."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from mlmatch import explain

COLORSCALE = "Viridis"  # perceptually uniform, readable for colour-blind users
MAX_TOKEN_ROWS, MAX_TOKEN_COLUMNS = 24, 48  # the token heatmap's readable size


def reasons_figure(matrix: explain.Matrix) -> go.Figure:
    """Results × features, each cell the feature's part of the score against the average candidate."""
    if not len(matrix.rows):
        return empty_figure("no results to explain")
    labels = [f"{rank}. {clip(title, 28)}" for rank, title in enumerate(matrix.rows, start=1)]
    limit = float(np.abs(matrix.values).max()) or 1.0
    trace = go.Heatmap(z=matrix.values, x=matrix.cols, y=labels, zmin=-limit, zmax=limit, colorscale="RdBu",
                       text=np.round(matrix.values, 2), texttemplate="%{text}", colorbar={"title": "part of score"},
                       customdata=[[title] * len(matrix.cols) for title in matrix.rows],
                       hovertemplate="%{customdata}<br>%{x}: %{z:+.3f}<extra></extra>")
    figure = go.Figure(trace)
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickangle=-30)
    figure.update_layout(title="Why this rank: the learned ranker's reasons (blue lifts, red lowers)",
                         height=120 + 28 * len(labels), margin={"l": 200, "r": 20, "t": 60, "b": 90}, font={"size": 12})
    return figure


def cell_text(values: np.ndarray) -> list[list[str]]:
    """Cosines as `.81`: two digits fit a narrow cell (a phone, or ten results side by side) without overlapping."""
    return [["" if np.isnan(v) else f"{v:.2f}".replace("0.", ".", 1) for v in row] for row in values]


def short_label(rank: int, product) -> str:
    return f"{rank}. [{product.lang}] {clip(product.title, 24)}"


def empty_figure(text: str) -> go.Figure:
    """A valid figure without data (a heatmap with no columns makes Plotly fail in the browser)."""
    figure = go.Figure()
    figure.add_annotation(text=text, showarrow=False, font={"size": 16})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    figure.update_layout(height=140, margin={"l": 20, "r": 20, "t": 20, "b": 20})
    return figure


def results_figure(matrix: explain.Matrix, products: list, system: str) -> go.Figure:
    """Top: the query's cosine to each result, on its own colour scale. Below: result × result, the
    diagonal (each product against itself) left blank so the colours spread over real differences."""
    if not products:
        return empty_figure(f"{system}: no results")
    labels = [short_label(i, p) for i, p in enumerate(products, start=1)]
    values = matrix.values.astype(float)
    pairwise = values[1:].copy()
    np.fill_diagonal(pairwise, np.nan)
    n = len(labels)
    figure = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[1, n], vertical_spacing=0.03)
    ticks = list(range(n))
    figure.add_trace(go.Heatmap(z=values[:1], x=ticks, y=["query"], coloraxis="coloraxis", text=cell_text(values[:1]),
                                texttemplate="%{text}", textfont={"size": 10},
                                customdata=[labels], hovertemplate="query × %{customdata}<br>cosine %{z:.3f}<extra></extra>"),
                     row=1, col=1)
    figure.add_trace(go.Heatmap(z=pairwise, x=ticks, y=ticks, coloraxis="coloraxis2", text=cell_text(pairwise),
                                texttemplate="%{text}" if n <= 12 else None, textfont={"size": 10},
                                customdata=[[f"{row}<br>× {col}" for col in labels] for row in labels],
                                hovertemplate="%{customdata}<br>cosine %{z:.3f}<extra></extra>"), row=2, col=1)
    figure.update_layout(
        coloraxis={"colorscale": COLORSCALE, "showscale": False},
        coloraxis2={"colorscale": COLORSCALE, "colorbar": {"title": "cosine", "len": 0.7, "y": 0.35}},
        title={"text": f"{system}: the query × each result (top row), results × results", "y": 0.005, "yanchor": "bottom",
               "font": {"size": 13}},  # at the foot: the top holds the products' names, the plot's label and its tools
        height=230 + 30 * n, margin={"l": 190, "r": 20, "t": 180, "b": 50}, font={"size": 12})
    # shared x axes label only the bottom row by default: the products' names go on top, the numbers nowhere
    figure.update_xaxes(tickvals=ticks, ticktext=labels, side="top", tickangle=-90, showticklabels=True, row=1, col=1)
    figure.update_xaxes(showticklabels=False, row=2, col=1)
    figure.update_yaxes(tickvals=ticks, ticktext=labels, autorange="reversed", row=2, col=1)
    return figure


def token_figure(matrix: explain.Matrix, product) -> go.Figure:
    """The first `MAX_TOKEN_ROWS` query tokens × the first `MAX_TOKEN_COLUMNS` title tokens: a 500-character
    query would otherwise draw a figure thousands of pixels tall."""
    shown = explain.Matrix(matrix.rows[:MAX_TOKEN_ROWS], matrix.cols[:MAX_TOKEN_COLUMNS],
                           matrix.values[:MAX_TOKEN_ROWS, :MAX_TOKEN_COLUMNS])
    cut = [f"first {len(part)} of {len(whole)} {what} tokens" for part, whole, what in
           ((shown.rows, matrix.rows, "query"), (shown.cols, matrix.cols, "title")) if len(part) < len(whole)]
    figure = heatmap(shown, shown.rows, shown.cols, show_values=len(shown.cols) <= 16)
    figure.update_layout(title=f"query tokens × title tokens: [{product.lang}] {clip(product.title, 70)}"
                               + (f"<br>({', '.join(cut)})" if cut else ""),
                         height=180 + 34 * len(shown.rows))
    return figure


def scores_figure(matrix: explain.Matrix, labels: list[str], system: str) -> go.Figure:
    """Each row coloured on its own scale (cosines and reranker scores differ); raw values shown."""
    values = matrix.values.astype(float)
    low, high = values.min(axis=1, keepdims=True), values.max(axis=1, keepdims=True)
    scaled = (values - low) / np.maximum(high - low, 1e-9)
    hover = [[f"{row}<br>{col}<br>score {value:.3f}" for col, value in zip(matrix.cols, line)] for row, line in zip(matrix.rows, values)]
    trace = go.Heatmap(z=scaled, x=labels, y=matrix.rows, text=np.round(values, 2), texttemplate="%{text}",
                       customdata=hover, hovertemplate="%{customdata}<extra></extra>", colorscale=COLORSCALE,
                       colorbar={"title": "within row"})
    figure = go.Figure(trace)
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickangle=-40)
    figure.update_layout(title=f"reranker vs bi-encoder on the right list ({system})",
                         height=330, margin={"l": 90, "r": 20, "t": 60, "b": 120}, font={"size": 12})
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
