"""The mlmatch web demo (Gradio): two search systems side by side, heatmaps, eval results, your own catalog.

The page serves at once; `showcase.state` loads the models and indexes the catalog in a background
thread, once for every session, while a status line shows how far it got. A search answers with the two
ranked lists first and draws the figures after. Callbacks call the library (search, `mlmatch.explain`),
`showcase.rules` for the lists and uploads and `showcase.figures` for the Plotly figures.
Run: `python app.py` (port from GRADIO_SERVER_PORT, default 7860; MLMATCH_RUNTIME=onnx or onnx-int8 runs the
models with ONNX Runtime, MLMATCH_RERANKER_RUNTIME the reranker alone).
"""

from __future__ import annotations

import html
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import gradio as gr
import plotly.graph_objects as go

from eval.results import EvalResults, ResultsError, newest_results, read_results
from mlmatch import explain
from mlmatch.errors import MlmatchError
from mlmatch.languages import ISO_639_1
from mlmatch.query.translation import searched_also
from mlmatch.results import SearchResult
from mlmatch.search import SearchEngine
from mlmatch.speech import MAX_SECONDS as MAX_SPOKEN_SECONDS
from mlmatch.speech import speech_recognizer
from mlmatch.systems import MAX_QUERY_CHARS, SystemSpec
from mlmatch.threads import configure_threads
from showcase import figures, rules
from showcase.state import Shared, shared, start

REPO = Path(__file__).resolve().parent
RESULTS_DIR = REPO / "results"  # where `python -m eval.run` writes by default
SNAPSHOT = REPO / "data" / "results" / "benchmark-test.json"  # the shipped eval.run output
CONCURRENT_REQUESTS = 2  # requests served at once; each gets its share of the cores (mlmatch.threads)

@dataclass(frozen=True)
class Example:
    """An example button: its query, what it shows, and the shipped catalog's products that are right at
    top-1 under the default system (tests/test_demo.py checks each; a known miss is labelled as one)."""

    query: str
    shows: str
    right: frozenset[str]
    known_miss: bool = False


def _ids(prefix: str, numbers: str) -> frozenset[str]:
    return frozenset(f"{prefix}-{int(n):04d}" for n in numbers.split())


EXAMPLES = [
    Example("苹果15手机壳", "zh: an iPhone 15 case, not apples", _ids("phone_accessories", "1 6 10 13 17 21 22 23")),
    Example("新鲜苹果", "zh: fresh apples, not iPhones", _ids("food_grocery", "1 2 3 4 5 6 7 8 9")),
    Example("Beamer 4K", "de false friend: a 4K projector, not a BMW", _ids("electronics", "1 4 6 9")),
    Example("iPhone 14 Hülle", "de: the iPhone 14 case, not the 15", _ids("phone_accessories", "3 11 15")),
    Example("ratón inalámbrico", "es: a wireless computer mouse, not a cat toy", _ids("computers", "17 18 19 24 25 26 27")),
    Example("Bügeleisen", "de: an iron, listed only in other languages (found by the dictionary alone: a weak match)",
            _ids("home_appliances", "52 53 54")),
    Example("パーカー メンズ", "ja: a known miss: パーカー is a hoodie; the dictionary and the encoders read parka",
            _ids("apparel", "9 11 12 14 16 57"), known_miss=True),
]
COLUMNS = ["rank", "title", "lang", "score", "stage scores", "category"]
MOVE = "move"
SEARCH_OUTPUTS, FIGURE_OUTPUTS = 6, 5  # what `run_search` and `draw_figures` return
LOADING = "is still loading"  # a table's message while its system loads, replaced by results when loading ends
MAX_K = 20
# "rank" and "lang" whole, "rank fusion score" in three lines, "electronics" and "cos 0.809" on one line each
WIDTHS = ["8%", "27%", "9%", "12%", "17%", "18%", "9%"]
UPLOAD_HELP = (f"Upload a catalog (.jsonl or .csv with `id`, `title`, `lang`; at most {rules.size_text(rules.MAX_UPLOAD_BYTES)} "
               f"and {rules.MAX_UPLOAD_ROWS} rows). It is searched on its own; the shipped catalog is untouched.")
CSS = """
.gradio-container table th, .gradio-container table th * { white-space: normal !important; word-break: keep-all !important;
  overflow-wrap: normal !important; }
.gradio-container table td * { word-break: normal !important; overflow-wrap: anywhere; }
.results-table [role=gridcell], .results-table th { font-size: 0.85em; }  /* seven columns beside a second table */
@media (max-width: 640px) {
  .stack-on-phone { flex-direction: column !important; }
  .stack-on-phone > * { min-width: 100% !important; }
  /* room for the title: the stage scores and category are left out on a phone, the short ones fit their content */
  .results-table th[data-heading="4"], .results-table [role=gridcell][data-col="4"],
  .results-table th[data-heading="5"], .results-table [role=gridcell][data-col="5"] { display: none; }
  .results-table th:not([data-heading="1"]), .results-table [role=gridcell]:not([data-col="1"]) {
    width: 4.2em !important; min-width: 4.2em !important; max-width: 4.2em !important; }
  .results-table th[data-heading="1"], .results-table [role=gridcell][data-col="1"] {
    width: auto !important; min-width: 9em !important; max-width: none !important; }
  .results-table th[data-heading="3"], .results-table [role=gridcell][data-col="3"] {
    width: 5.2em !important; min-width: 5.2em !important; max-width: 5.2em !important; }
}
"""
log = logging.getLogger("mlmatch.app")


def status_view():
    """The status line while loading; the timer that polls it stops once loading ends."""
    state = shared()
    text = "" if state.status == "ready" else f"⏳ {state.status}" if state.loading else f"⚠️ {state.status}"
    return text, gr.Timer(active=state.loading)


# ---- Search tab -------------------------------------------------------------------------------

@dataclass(frozen=True)
class View:
    """One search's results, handed from the fast table step to the figure step."""

    query: str
    query_lang: str
    left: tuple[str, list[str]]  # (system, product ids)
    right: tuple[str, list[str]]
    reasons: explain.Matrix | None = None  # why the learned ranker ordered its list (the right one when both are `ltr`)


def run_search(query: str, lang_override: str, left: str, right: str, langs: list[str], cross_lingual: bool, k: float,
               as_typed: bool = False):
    """Query language, a note, the two ranked lists and what the figures need (drawn after, by
    `draw_figures`). Problems show as the note, never as errors: an error badge on every output
    would hide what went wrong."""
    state = shared()
    query, note = (query or "").strip(), ""

    def nothing(message: str):
        return "", message, table(None, left), table(None, right), gr.Dropdown(choices=[], value=None), None

    if not query:
        return nothing("Type a query in any language, or pick an example.")
    if len(query) > MAX_QUERY_CHARS:
        query, note = query[:MAX_QUERY_CHARS], f"The query was cut to its first {MAX_QUERY_CHARS} characters."
    try:
        if state.engine is not None:
            correction = state.engine.corrector.correct(query, "off" if as_typed else "on")
            query, note = correction.searched, " ".join(filter(None, [note, correction_note(correction)]))
            if {SystemSpec.parse(left).mode, SystemSpec.parse(right).mode} - {"dense"}:
                note = " ".join(filter(None, [note, expansion_note(state.engine.expansions(query))]))
        query_lang = rules.query_language(query, state.detector, lang_override)
        allowed = rules.search_languages(langs, state.catalog.languages(), query_lang, cross_lingual)
        if state.engine is not None:  # one forward pass serves every list and figure of this search
            explain.encode_query(state.engine.encoder, query)
        results = {side: side_results(state, system, query, int(k), allowed) for side, system in (("L", left), ("R", right))}
    except (MlmatchError, ValueError) as error:
        return nothing(f"⚠️ {error}")
    left_results, right_results = results["L"], results["R"]
    note = " ".join(filter(None, [note, weak_match_note(state, ((right, right_results), (left, left_results)))]))
    comparison = rules.Comparison(left_results or [], right_results or [])
    left_moves, right_moves = comparison.movements()
    choices = product_choices(comparison)
    best = rules.best_cross_lingual(right_results or left_results or [], query_lang)
    explained = next((r for r in (right_results, left_results) if r and r[0].contributions), None)
    view = View(query, query_lang, (left, rules.ids(left_results or [])), (right, rules.ids(right_results or [])),
                explain.ranking_reasons(explained) if explained else None)
    return (language_note(query, lang_override, query_lang), note,
            table(left_results, left, left_moves), table(right_results, right, right_moves),
            gr.Dropdown(choices=choices, value=best.product.id if best else None), view)


def transcribe_query(audio: str | None, lang_override: str):
    """A spoken query into the query box, editable, with what was heard and in which language; a clip that
    cannot be a query (silence, noise, too long, unreadable) is an error and leaves the box as it was."""
    if not audio:
        raise user_error("no recording: record with the microphone or upload a clip")
    hint = None if lang_override == "auto" else lang_override
    state = shared()
    try:  # while the models load, one pass without the catalog's words
        spoken = speech_recognizer().transcribe(audio, hint, state.engine.titles_like if state.engine else None)
    except MlmatchError as error:
        raise user_error(str(error)) from None
    return spoken.text, rules.heard_note(spoken, hint, state.detector)


def refresh_when_loaded(left_rows, right_rows, *search_inputs):
    """Search again once loading has ended, when a table still says a system is loading (else change
    nothing): the tables and figures of `run_search` and `draw_figures`."""
    waiting = any(LOADING in str(rows) for rows in (left_rows, right_rows))
    if shared().loading or not waiting:
        return [gr.skip()] * (SEARCH_OUTPUTS + FIGURE_OUTPUTS)
    tables = run_search(*search_inputs)
    return [*tables, *draw_figures(tables[-1], tables[-2].value)]


def correction_note(correction) -> str:
    """What the spelling correction did, in one line (empty when it did nothing)."""
    if correction.corrected:
        return (f"Showing results for **{html.escape(correction.corrected)}** · you typed *{html.escape(correction.query)}* "
                "(tick *Search as typed* under Filters to search it unchanged).")
    if correction.suggestion:
        return f"Did you mean **{html.escape(correction.suggestion)}**?"
    return ""


def weak_match_note(state: Shared, lists) -> str:
    """A warning when the learned ranker's best result is weak for the query (empty when no list is the
    ranker's, or it is strong): a search always returns its best products, even for "zzqxj"."""
    for system, results in lists:
        if results is not None and state.engine is not None and SystemSpec.parse(system) == SystemSpec("ltr"):
            if state.engine.weak_match(results, "ltr"):
                return (f"⚠️ **Weak match**: the best result scores under {state.engine.ranker.weak_below:g}, which the best "
                        "results of 98% of real shoppers' queries reach; it may not be what was asked for.")
            return ""
    return ""


def expansion_note(expansions) -> str:
    """The dictionary translations searched beside the query (empty when there are none)."""
    return f"Searched also: {html.escape(searched_also(expansions))}." if expansions else ""


def side_results(state: Shared, system: str, query: str, k: int, allowed) -> list[SearchResult] | None:
    """One system's results, or None while its model is still loading."""
    if system not in state.systems:
        if system in state.names and state.loading:
            return None
        raise ValueError(f"unknown system {system!r} (available: {', '.join(state.names)})")
    return rules.run_system(state.systems, system, query, k, allowed)


def table(results: list[SearchResult] | None, system: str, moves: list[str] | None = None) -> gr.Dataframe:
    """A ranked table whose score column says what kind of score it holds."""
    state = shared()
    fused = state.engine is not None and state.engine.reranker is not None and state.engine.reranker.retrieval_weight > 0
    headers = [*COLUMNS[:3], rules.score_label(system, fused), *COLUMNS[4:], MOVE]
    if results is None:
        rows = [rules.message_row(f"{system} {LOADING}: {state.status}" if state.loading and system not in state.systems else "")]
    else:
        rows = rules.table_rows(results, moves if moves is not None else [""] * len(results))
    return gr.Dataframe(value=rows, headers=headers)


def draw_figures(view: View | None, product_id: str | None):
    """The heatmaps of both lists, the token heatmap of the chosen product, the reranker view and the learned ranker's reasons."""
    state = shared()
    if view is None or state.engine is None:
        return None, None, None, None, None
    catalog = state.catalog
    products = {side: [catalog.products[catalog.positions[i]] for i in ids] for side, (_, ids) in (("L", view.left), ("R", view.right))}
    encoder = state.engine.encoder
    return (figures.results_figure(explain.result_similarity(encoder, view.query, products["L"]), products["L"], view.left[0]),
            figures.results_figure(explain.result_similarity(encoder, view.query, products["R"]), products["R"], view.right[0]),
            explain_tokens(view.query, product_id),
            rerank_view(view, products["R"]),
            figures.reasons_figure(view.reasons) if view.reasons is not None else None)


def language_note(query: str, override: str, code: str) -> str:
    if not query.strip():
        return ""
    return f"{code} (set by you)" if override and override != rules.AUTO else f"{code} (detected)"


def product_choices(comparison: rules.Comparison) -> list[tuple[str, str]]:
    """Dropdown entries for every product shown in either list, left list first."""
    seen: dict[str, str] = {}
    for side, results in (("L", comparison.left), ("R", comparison.right)):
        for result in results:
            seen.setdefault(result.product.id, f"{side}{result.rank} · [{result.product.lang}] {result.product.title}")
    return [(label, product_id) for product_id, label in seen.items()]


def explain_tokens(query: str, product_id: str | None):
    """Token heatmap: the query against the chosen product's title."""
    state = shared()
    if not product_id or not query.strip() or state.engine is None:
        return None
    position = state.catalog.positions.get(product_id)
    if position is None:
        raise user_error(f"product {product_id!r} is not in the catalog")
    product = state.catalog.products[position]
    return figures.token_figure(explain.token_similarity(state.engine.encoder, query, product.title), product)


def rerank_view(view: View, products: list) -> go.Figure | None:
    """Reranker vs bi-encoder scores for the right list (only when the app has a reranker)."""
    engine = shared().engine
    if engine is None or engine.reranker is None or not products:
        return None
    matrix = explain.reranker_vs_biencoder(engine.encoder, engine.reranker, view.query, products)
    return figures.scores_figure(matrix, [figures.short_label(i, p) for i, p in enumerate(products, start=1)], view.right[0])


SYSTEM_NOTES = {
    rules.ZERO_SHOT: f"`{rules.ZERO_SHOT}` is multilingual-e5-small as packaged (zero-shot).",
    "dense": "`dense` is the same model with the shipped fine-tuned adapter.",
    "ltr": "`ltr` is the learned ranker: LambdaMART over the fine-tuned model's and BM25's candidates, with USE multilingual as a second opinion.",
}


def comparison_note(left: str, right: str) -> str:
    """One line on what separates the two systems, with the shipped benchmark's numbers where it has them."""
    results = shipped_results()
    scores = {}
    for system in (left, right):
        if results is not None and results.macro(system) is not None:
            scores[system] = (results.macro(system, "cross-lingual"), results.macro(system, "monolingual"))
    if len(scores) < 2 or left == right:
        return ""
    (left_cross, left_mono), (right_cross, right_mono) = scores[left], scores[right]
    return (f"**{left}** vs **{right}** on the shipped benchmark's test split (nDCG@10, 36 language pairs): cross-lingual "
            f"{left_cross:.3f} vs {right_cross:.3f}, same-language {left_mono:.3f} vs {right_mono:.3f}. "
            + " ".join(SYSTEM_NOTES[s] for s in dict.fromkeys((left, right)) if s in SYSTEM_NOTES))


# ---- Evaluation tab ---------------------------------------------------------------------------

def shipped_results() -> EvalResults | None:
    try:
        return read_results(SNAPSHOT, "the shipped benchmark snapshot") if SNAPSHOT.is_file() else None
    except ResultsError:
        return None


def evaluation_view(metric: str | None = None):
    """Status line, bar chart and table of the newest local eval results, else the shipped snapshot."""
    try:
        results = newest_results(RESULTS_DIR) or shipped_results()
    except ResultsError as error:
        return f"⚠️ {error}", None, gr.Dataframe(value=None), gr.Dropdown(choices=[], value=None)
    if results is None:
        message = "No results yet: run `python -m eval.run`, then press Refresh."
        return message, None, gr.Dataframe(value=None), gr.Dropdown(choices=[], value=None)
    headers, rows = results.rows()
    metrics = results.metrics()
    metric = metric if metric in metrics else ("ndcg@10" if "ndcg@10" in metrics else metrics[0] if metrics else None)
    details = ", ".join(f"{key} {results.data[key]}" for key in ("data", "split", "model") if results.data.get(key))
    command = f" Made by `{results.data['command']}`." if results.data.get("command") else ""
    status = f"Results: {results.name}" + (f" ({details})." if details else ".") + command
    return (status, figures.evaluation_figure(headers, rows, metric), gr.Dataframe(value=rows, headers=headers),
            gr.Dropdown(choices=metrics, value=metric))


# ---- Your catalog tab -------------------------------------------------------------------------

def index_upload(path: str | None, progress=gr.Progress()):
    """Validate and index an uploaded catalog, yielding a status line (and at the end the session's key to it).

    A generator: Gradio stops iterating when the client who uploaded leaves, and the indexing stops
    with it (the work is done between yields); a time limit bounds it otherwise.
    """
    if not path:
        raise user_error("choose a .jsonl or .csv file first")
    try:
        catalog = rules.load_upload(path)  # before `shared()`: a rejected file must not start the models loading
        state = shared()
        if state.engine is None:
            raise rules.UploadError(f"the demo is still starting ({state.status}); try again in a moment")
        encoder = state.engine.encoder
        for fraction, description in rules.embedding_steps(catalog, encoder, max_seconds=rules.MAX_INDEX_SECONDS):
            progress(fraction, desc=description)
            yield f"Indexing: {description} …", None
    except rules.UploadError as error:
        log.info("upload refused: %s", str(error).splitlines()[0])
        yield rejected_upload_note(str(error)), None  # the session's previous upload is let go: it is not searched silently
        return
    progress(1.0, desc="building indexes")
    engine = SearchEngine.build(catalog, encoder)  # every embedding now comes from the cache
    detected = sum(product.lang_detected for product in catalog)
    note = f" (language detected for {detected})" if detected else ""
    yield f"Indexed {len(catalog)} products in {', '.join(catalog.languages())}{note}. Search it below.", state.uploads.put(engine)


def rejected_upload_note(error: str) -> str:
    """The upload tab's status for a file that was not indexed: each problem on its own line (they echo the
    file's name and values: escaped), and what to do next."""
    headline, *problems = error.splitlines()
    lines = "".join(f"<br>• {html.escape(problem.strip(), quote=False)}" for problem in problems)
    return (f"⚠️ **Not indexed**: {html.escape(headline, quote=False)}{lines}<br><br>Fix the file and press **Index** "
            "again. Until a file is indexed, *Search my catalog* has no catalog to search.")


def search_upload(key: str | None, query: str, system: str, k: float):
    """Search the session's uploaded catalog with one system."""
    try:
        engine = shared().uploads.get(key)
        results = rules.run_system(rules.systems(engine), system, query[:MAX_QUERY_CHARS], int(k), None)
    except (MlmatchError, ValueError) as error:
        raise user_error(str(error)) from None
    return rules.table_rows(results)


def user_error(message: str) -> gr.Error:
    """A user's mistake as a message in the page: one line in the server log, no traceback (real faults keep
    theirs). Messages may echo what the user typed, and toasts render HTML: escaped."""
    log.info("refused: %s", message.splitlines()[0])
    return gr.Error(html.escape(message, quote=False).replace("\n", "<br>"), print_exception=False)


# ---- Layout -----------------------------------------------------------------------------------

def default_pair(names: list[str]) -> tuple[str, str]:
    """Zero-shot beside the shipped default (the learned ranker, else the fine-tuned bi-encoder), when both are there."""
    best = "ltr" if "ltr" in names else "dense"
    return (rules.ZERO_SHOT, best) if rules.ZERO_SHOT in names else ("bm25", best)


def build_ui(state: Shared) -> gr.Blocks:
    catalog = state.catalog
    names = state.names
    left_default, right_default = default_pair(names)
    languages = ["auto", *sorted(ISO_639_1)]
    with gr.Blocks(title="mlmatch demo", analytics_enabled=False) as ui:
        gr.Markdown(f"# mlmatch: multilingual product search\nCatalog: {len(catalog)} products in "
                    f"{', '.join(catalog.languages())}. Type a query in any language; compare two systems.")
        status = gr.Markdown(lambda: status_view()[0], elem_id="status")  # evaluated on each page load
        timer = gr.Timer(1.0, active=True)
        timer.tick(status_view, None, [status, timer])
        ui.load(status_view, None, [status, timer])
        with gr.Tab("Search"):
            with gr.Row(elem_classes="stack-on-phone"):
                query = gr.Textbox(label="Query", placeholder="苹果15手机壳, Beamer 4K, パーカー メンズ …", scale=4,
                                   max_length=MAX_QUERY_CHARS, elem_id="query")
                button = gr.Button("Search", variant="primary", scale=1, min_width=100, elem_id="search")
            with gr.Row(elem_classes="stack-on-phone"):
                voice = gr.Audio(sources=["upload", "microphone"], type="filepath", label=f"Or say it (at most {MAX_SPOKEN_SECONDS:.0f} s)",
                                 elem_id="voice", scale=4)
                heard = gr.Markdown(elem_id="heard")
            note = gr.Markdown(elem_id="search-note")
            with gr.Row():
                detected = gr.Textbox(label="Query language", interactive=False, elem_id="detected", min_width=160)
                override = gr.Dropdown(languages, value="auto", label="Override language", min_width=160)
            with gr.Row(elem_classes="stack-on-phone"):
                example_buttons = [(gr.Button(f"{example.query} · {example.shows}", size="sm", elem_classes="example"), example.query)
                                   for example in EXAMPLES]
            with gr.Row(elem_classes="stack-on-phone"):
                left = gr.Dropdown(names, value=left_default, label="Left system", elem_id="left-system")
                right = gr.Dropdown(names, value=right_default, label="Right system", elem_id="right-system")
            comparison = gr.Markdown(comparison_note(left_default, right_default), elem_id="comparison-note")
            with gr.Accordion("Filters", open=False):
                with gr.Row(elem_classes="stack-on-phone"):
                    langs = gr.Dropdown(catalog.languages(), value=[], multiselect=True,
                                        label="Catalog languages (empty = all)")
                    cross = gr.Checkbox(label="Cross-lingual only (skip the query's language)")
                    k = gr.Slider(1, MAX_K, value=10, step=1, label="k")
                    as_typed = gr.Checkbox(label="Search as typed (no spelling correction)")
            with gr.Row(elem_classes="stack-on-phone"):
                left_table = gr.Dataframe(headers=COLUMNS + [MOVE], label="Left system", wrap=True,
                                          column_widths=WIDTHS, elem_id="left-table", elem_classes="results-table")
                right_table = gr.Dataframe(headers=COLUMNS + [MOVE], label="Right system", wrap=True,
                                           column_widths=WIDTHS, elem_id="right-table", elem_classes="results-table")
            gr.Markdown("**stage scores**: what each stage gave the product where it is not the list's own score: cos = the "
                        "fine-tuned bi-encoder's cosine, BM25 = share of the query's best BM25 score, rerank = the cross-encoder's score. "
                        "**move**: ▲n / ▼n = n places higher / lower than in the other list; new = not in the other list. "
                        "The heatmaps use the fine-tuned bi-encoder's cosines, whatever system ranked the list.")
            with gr.Row(elem_classes="stack-on-phone"):
                left_heat = gr.Plot(label="Left: query × results", elem_id="left-heatmap")
                right_heat = gr.Plot(label="Right: query × results", elem_id="right-heatmap")
            product = gr.Dropdown([], label="Product for the token heatmap (default: the right list's best "
                                            "match in another language)", elem_id="product")
            token_heat = gr.Plot(label="Which words matched", elem_id="token-heatmap")
            rerank_heat = gr.Plot(label="Reranker vs bi-encoder", elem_id="rerank-heatmap",
                                  visible=any(name.endswith("+rerank") for name in names))
            reasons_heat = gr.Plot(label="Why this rank (ltr)", elem_id="reasons-heatmap", visible="ltr" in names)
            view = gr.State(None)

            inputs = [query, override, left, right, langs, cross, k, as_typed]
            tables = [detected, note, left_table, right_table, product, view]
            figures = [left_heat, right_heat, token_heat, rerank_heat, reasons_heat]
            button.click(run_search, inputs, tables, api_name="search").then(draw_figures, [view, product], figures,
                                                                             api_visibility="private")
            for trigger in (query.submit, left.input, right.input):
                trigger(run_search, inputs, tables, api_visibility="private").then(
                    draw_figures, [view, product], figures, api_visibility="private")
            for example, text in example_buttons:
                example.click(lambda text=text: text, None, query, api_visibility="private").then(
                    run_search, inputs, tables, api_visibility="private").then(
                    draw_figures, [view, product], figures, api_visibility="private")
            for heard_clip in (voice.upload, voice.stop_recording):  # not `change`: clearing the clip is no new query
                heard_clip(transcribe_query, [voice, override], [query, heard], api_visibility="private").success(
                    run_search, inputs, tables, api_visibility="private").then(
                    draw_figures, [view, product], figures, api_visibility="private")
            voice.clear(lambda: "", None, heard, api_visibility="private")
            status.change(refresh_when_loaded, [left_table, right_table, *inputs], tables + figures, api_visibility="private")
            product.input(explain_tokens, [query, product], token_heat)
            for selector in (left, right):
                selector.input(comparison_note, [left, right], comparison)

        with gr.Tab("Evaluation"):
            eval_status = gr.Markdown(elem_id="eval-status")
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
            upload = gr.File(label="Catalog file", file_types=list(rules.UPLOAD_FORMATS), elem_id="upload")
            index_button = gr.Button("Index", variant="primary", elem_id="index")
            upload_status = gr.Markdown(elem_id="upload-status")
            upload_key = gr.State(None)
            with gr.Row(elem_classes="stack-on-phone"):
                upload_query = gr.Textbox(label="Query", scale=4, max_length=MAX_QUERY_CHARS, elem_id="upload-query")
                upload_system = gr.Dropdown([n for n in names if n != rules.ZERO_SHOT], value="dense", label="System")
                upload_k = gr.Slider(1, MAX_K, value=10, step=1, label="k")
            upload_button = gr.Button("Search my catalog", elem_id="upload-search")
            upload_table = gr.Dataframe(headers=COLUMNS, label="Results", wrap=True, elem_id="upload-table", elem_classes="results-table")
            index_button.click(index_upload, upload, [upload_status, upload_key])
            for event in (upload_button.click, upload_query.submit):
                event(search_upload, [upload_key, upload_query, upload_system, upload_k], upload_table)
    return ui


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    for noisy in ("httpx", "bm25s", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    log.info("%d thread(s) per request", configure_threads(CONCURRENT_REQUESTS))
    ui = build_ui(start())
    ui.queue(default_concurrency_limit=CONCURRENT_REQUESTS).launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
        max_file_size=rules.MAX_UPLOAD_BYTES,
        ssr_mode=False,
        css=CSS,
    )


if __name__ == "__main__":
    main()
