"""End to end: `python app.py` driven by a real headless Chromium (Selenium + the Debian chromedriver)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import app
from mlmatch.catalog import load_catalog
from mlmatch.query import dictionaries
from mlmatch.query.dictionaries import DictionaryStore
from showcase import state as demo_state

from conftest import SMALL_CATALOG

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parents[1]
WAIT = 60  # seconds for one step; CPU model inference on a busy CI machine
LOAD_WAIT = 400  # seconds for the first start on the shipped catalog: three models embed 1,024 products

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium chromium-driver)", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(mlmatch_home, tmp_path_factory):
    """The app on the small test catalog."""
    yield from serve(mlmatch_home, tmp_path_factory, SMALL_CATALOG)


@pytest.fixture(scope="module")
def shipped_server(mlmatch_home, tmp_path_factory):
    """The app on the catalog it ships with, whose example buttons it offers."""
    yield from serve(mlmatch_home, tmp_path_factory, demo_state.SHIPPED_CATALOG)


def serve(mlmatch_home: Path, tmp_path_factory, catalog: Path):
    """The app on a free port, reusing the session's converted model and stored dictionaries (stored here
    first: on a fresh machine that takes the app's loader about 40 s); its log is printed on failure."""
    DictionaryStore.open(dictionaries.sources())
    port = free_port()
    log = tmp_path_factory.mktemp("app") / "app.log"
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "MLMATCH_HOME": str(mlmatch_home), "HF_HUB_OFFLINE": "1",
           "GRADIO_ANALYTICS_ENABLED": "False", "MLMATCH_DEMO_CATALOG": str(catalog)}
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                pytest.fail(f"app.py exited with {process.returncode}:\n{log.read_text()}")
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"app.py did not answer on {url} in 180 s:\n{log.read_text()}")
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1500,2200", "--lang=en-US",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def wait_for(driver, condition, what: str, seconds: float = WAIT):
    return WebDriverWait(driver, seconds, poll_frequency=0.2, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: condition(d), message=f"waiting for {what}")  # a figure or table redrawn while read: read it again


def first_row(driver, table_id: str) -> list[str]:
    """Cells of the first row of a Gradio Dataframe's grid ([] while empty)."""
    cells = driver.find_elements(By.CSS_SELECTOR, f"#{table_id} [role=gridcell][data-row='0']")
    return [cell.text.strip() for cell in sorted(cells, key=lambda c: int(c.get_attribute("data-col")))]


def has_plot(driver, plot_id: str) -> bool:
    return bool(driver.find_elements(By.CSS_SELECTOR, f"#{plot_id} .js-plotly-plot .heatmaplayer"))


def choose(driver, dropdown_id: str, option: str) -> None:
    box = driver.find_element(By.CSS_SELECTOR, f"#{dropdown_id} input")
    box.click()
    item = wait_for(driver, lambda d: next((li for li in d.find_elements(By.CSS_SELECTOR, "[role=option]")
                                            if li.get_attribute("aria-label") == option), None), f"option {option}")
    item.click()


def value(driver, element_id: str) -> str:
    field = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, f"#{element_id} textarea, #{element_id} input"), element_id)
    return field.get_attribute("value")


def open_page(driver, server: str):
    """The page, once the background loader has both models ready."""
    driver.get(server)
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#query textarea, #query input"), "the query box")
    wait_for(driver, lambda d: "⏳" not in d.find_element(By.ID, "status").text, "the models to load", LOAD_WAIT)
    return driver.find_element(By.CSS_SELECTOR, "#query textarea, #query input")


def no_error_badges(driver) -> bool:
    return not driver.find_elements(By.XPATH, "//*[normalize-space(text())='Error']")


def test_the_default_view_compares_zero_shot_with_the_learned_ranker(server, browser):
    open_page(browser, server)
    assert (value(browser, "left-system"), value(browser, "right-system")) == ("dense@packaged", "ltr")
    assert "cross-lingual" in browser.find_element(By.ID, "comparison-note").text


def test_search_compare_explain_and_upload(server, browser, tmp_path):
    query = open_page(browser, server)
    query.send_keys("苹果15手机壳", Keys.ENTER)

    expected = "适用苹果15手机壳"
    wait_for(browser, lambda d: expected in " ".join(first_row(d, "right-table")), "the learned ranker's list topped by the Chinese iPhone 15 case")
    wait_for(browser, lambda d: all(has_plot(d, p) for p in ("left-heatmap", "right-heatmap", "token-heatmap")),
             "the three heatmaps, drawn after the lists")
    assert value(browser, "detected").startswith("zh")
    browser.save_screenshot(str(tmp_path / "search.png"))

    choose(browser, "right-system", "dense")
    wait_for(browser, lambda d: "cosine" in d.find_element(By.ID, "right-table").text and expected in first_row(d, "right-table")[1],
             "the right list ranked by the fine-tuned bi-encoder")
    dense_score = first_row(browser, "right-table")[3]
    assert first_row(browser, "right-table")[4] == ""  # a cosine list: no other stage scored it
    wait_for(browser, lambda d: "dense@packaged vs dense " in d.find_element(By.ID, "comparison-note").text,
             "the comparison note following the switch")
    choose(browser, "right-system", "hybrid")
    wait_for(browser, lambda d: (row := first_row(d, "right-table")) and row[3] != dense_score and expected in row[1],
             "the right list re-ranked by hybrid")
    headers = [cell.text.strip() for cell in browser.find_elements(By.CSS_SELECTOR, "#right-table th")]
    assert "hybrid score" in headers and "stage scores" in headers
    assert first_row(browser, "right-table")[4].startswith("cos ")  # what each stage gave it, beside the fused score
    wait_for(browser, lambda d: "dense@packaged vs hybrid " in d.find_element(By.ID, "comparison-note").text,
             "the comparison note following the second switch")  # its own event: it may land after the list
    assert abs(float(first_row(browser, "right-table")[3]) - float(dense_score)) < 0.1  # mostly the cosine, plus w × the BM25 share
    browser.save_screenshot(str(tmp_path / "switched.png"))

    catalog = tmp_path / "my_catalog.jsonl"
    catalog.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "y1", "title": "Tapis de yoga antidérapant 6 mm, violet", "lang": "fr"},
        {"id": "s1", "title": "无线蓝牙音箱 防水 便携", "lang": "zh"},
        {"id": "k1", "title": "Stainless Steel Chef Knife 8 inch", "lang": "en"},
        {"id": "h1", "title": "Kabellose Kopfhörer mit Geräuschunterdrückung", "lang": "de"},
    ]) + "\n", encoding="utf-8")
    browser.find_element(By.XPATH, "//button[@role='tab' and contains(., 'Your catalog')]").click()
    wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#upload input[type=file]"), "upload field").send_keys(str(catalog))
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#upload td[aria-label='my_catalog.jsonl']"),
             "the uploaded file")
    browser.find_element(By.ID, "index").click()
    wait_for(browser, lambda d: "Indexed 4 products" in d.find_element(By.ID, "upload-status").text, "indexing")
    upload_query = browser.find_element(By.CSS_SELECTOR, "#upload-query textarea, #upload-query input")
    upload_query.send_keys("yoga mat", Keys.ENTER)
    wait_for(browser, lambda d: "Tapis de yoga" in " ".join(first_row(d, "upload-table")), "the yoga mat on top")
    browser.save_screenshot(str(tmp_path / "upload.png"))


def test_a_search_without_results_then_a_normal_one_both_complete(server, browser):
    query = open_page(browser, server)
    choose(browser, "left-system", "bm25")
    query.send_keys("qwzxv", Keys.ENTER)
    wait_for(browser, lambda d: first_row(d, "left-table")[1:2] == ["no results"], "a 'no results' row for bm25")
    wait_for(browser, lambda d: "Weak match" in d.find_element(By.ID, "search-note").text, "the learned ranker's 'weak match' note")
    wait_for(browser, lambda d: has_plot(d, "right-heatmap") and "no results" in d.find_element(By.ID, "left-heatmap").text,
             "an empty figure that says so beside a drawn heatmap")
    query.clear()
    query.send_keys("Beamer 4K", Keys.ENTER)
    wait_for(browser, lambda d: first_row(d, "left-table")[:1] == ["1"] and first_row(d, "right-table")[:1] == ["1"],
             "both lists filled by the next search")
    wait_for(browser, lambda d: has_plot(d, "left-heatmap"), "the left heatmap drawn again")
    assert no_error_badges(browser)


def test_an_empty_query_is_a_note_not_an_error(server, browser):
    open_page(browser, server)
    browser.find_element(By.ID, "search").click()
    wait_for(browser, lambda d: "Type a query" in d.find_element(By.ID, "search-note").text, "the note")
    time.sleep(1)
    assert no_error_badges(browser)


def test_on_a_phone_the_search_button_is_in_view_and_the_lists_stack(server, browser):
    browser.set_window_size(390, 844)
    try:
        query = open_page(browser, server)
        button = browser.find_element(By.ID, "search")
        viewport = browser.execute_script("return window.innerHeight")
        assert button.rect["y"] + button.rect["height"] <= viewport, "the search button is below the fold"
        query.send_keys("Beamer 4K", Keys.ENTER)
        wait_for(browser, lambda d: first_row(d, "right-table")[:1] == ["1"], "the results")
        left, right = (browser.find_element(By.ID, name).rect for name in ("left-table", "right-table"))
        assert right["y"] >= left["y"] + left["height"] - 1, "the two lists should stack on a phone"
        heights = [th.rect["height"] for th in browser.find_elements(By.CSS_SELECTOR, "#right-table th") if th.text.strip()]
        assert heights and max(heights) < 60, f"table headers broken over several lines: {heights}"
    finally:
        browser.set_window_size(1500, 2200)


def cut_headers(driver, table_id: str) -> list[str]:
    """The table's headers not shown whole (each should show all of its text, wrapped at spaces, never mid-word)."""
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].filter(th => [th, ...th.querySelectorAll('*')]"
        ".some(part => part.scrollWidth > part.clientWidth + 1)).map(th => th.innerText + ' ' + th.outerHTML.slice(0, 300))",
        f"#{table_id} th")


def labelled_ticks(driver, plot_id: str) -> list[str]:
    """The heatmap's axis labels that are text, not bare numbers."""
    ticks = driver.find_elements(By.CSS_SELECTOR, f"#{plot_id} g[class$='tick'] text")  # xtick, ytick, y2tick, ...
    return [tick.text for tick in ticks if tick.text.strip() and not tick.text.strip().replace(".", "").isdigit()]


def test_every_example_button_shows_its_product_first(shipped_server, browser):
    titles = {product.id: product.title for product in load_catalog(demo_state.SHIPPED_CATALOG)}
    open_page(browser, shipped_server)
    top = ""
    for example in app.EXAMPLES:
        button = next(b for b in browser.find_elements(By.CSS_SELECTOR, "button.example") if b.text.startswith(example.query))
        button.click()
        before = top
        wait_for(browser, lambda d, before=before: (row := first_row(d, "right-table"))[:1] == ["1"] and row[1] != before,
                 f"the results of {example.query}")
        top = first_row(browser, "right-table")[1]
        right = any(titles[i] == top for i in example.right)
        assert right != example.known_miss, f"{example.query}: {top}"
        assert ("Weak match" in browser.find_element(By.ID, "search-note").text) == ("weak match" in example.shows)
        wait_for(browser, lambda d, top=top: any(top[:12] in tick for tick in labelled_ticks(d, "right-heatmap")),
                 f"the heatmap of {example.query}, its axes naming the products")
        assert [th.text.strip() for th in browser.find_elements(By.CSS_SELECTOR, "#right-table th")][3] in ("ranker score", "ranker\nscore")
        assert not cut_headers(browser, "right-table") + cut_headers(browser, "left-table")
    assert no_error_badges(browser)


def test_on_a_phone_the_heatmaps_are_labelled_and_full_width(shipped_server, browser):
    browser.set_window_size(390, 844)
    try:
        query = open_page(browser, shipped_server)
        query.send_keys("Beamer 4K", Keys.ENTER)
        wait_for(browser, lambda d: has_plot(d, "left-heatmap") and len(labelled_ticks(d, "right-heatmap")) >= 10,
                 "both heatmaps, the products named on their axes")
        assert not cut_headers(browser, "right-table") + cut_headers(browser, "left-table")
        left, right = (browser.find_element(By.ID, name).rect for name in ("left-heatmap", "right-heatmap"))
        assert right["y"] >= left["y"] + left["height"] - 1 and right["width"] >= 300, "one figure per row, full width"
    finally:
        browser.set_window_size(1500, 2200)


def test_an_upload_that_fails_after_one_that_succeeded_lets_it_go(server, browser, tmp_path):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps({"id": "y1", "title": "Tapis de yoga 6 mm", "lang": "fr"}) + "\n", encoding="utf-8")
    bad.write_text(json.dumps({"id": "y1", "lang": "fr"}) + "\n", encoding="utf-8")
    open_page(browser, server)
    browser.find_element(By.XPATH, "//button[@role='tab' and contains(., 'Your catalog')]").click()
    for path, expected in ((good, "Indexed 1 products"), (bad, "Not indexed")):
        field = wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#upload input[type=file]"), "upload field")
        field.send_keys(str(path))
        wait_for(browser, lambda d, name=path.name: d.find_elements(By.CSS_SELECTOR, f"#upload td[aria-label='{name}']"), path.name)
        browser.find_element(By.ID, "index").click()
        wait_for(browser, lambda d, text=expected: text in d.find_element(By.ID, "upload-status").text, expected)
        clear = browser.find_elements(By.CSS_SELECTOR, "#upload button[aria-label='Clear']")
        if clear:
            clear[0].click()
    assert "press Index again" in browser.find_element(By.ID, "upload-status").text
    upload_query = browser.find_element(By.CSS_SELECTOR, "#upload-query textarea, #upload-query input")
    upload_query.send_keys("yoga", Keys.ENTER)
    wait_for(browser, lambda d: "upload and index a catalog first" in d.page_source, "the previous catalog is not searched")


def test_a_spoken_query_lands_in_the_box_and_is_searched(server, browser, tmp_path):
    """An uploaded clip (espeak-ng's voice, which Whisper reads right in English) becomes the query, editable,
    with what was heard, and both lists show its results; silence is an error that leaves the box alone."""
    from eval.speech import speak

    clip = speak("wireless mouse", "en", tmp_path / "mouse.wav")
    open_page(browser, server)
    field = wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#voice input[type=file]"), "the audio upload field")
    field.send_keys(str(clip))
    wait_for(browser, lambda d: value(d, "query").lower() == "wireless mouse", "the transcript in the query box", LOAD_WAIT)
    wait_for(browser, lambda d: "heard: wireless mouse (en" in d.find_element(By.ID, "heard").text.lower(), "what was heard")
    wait_for(browser, lambda d: "mouse" in " ".join(first_row(d, "right-table")).lower(), "a mouse first on the right")
    assert no_error_badges(browser)
    clear = browser.find_elements(By.CSS_SELECTOR, "#voice button[aria-label='Clear'], #voice button[title='Clear']")
    assert clear, "the clip's clear button"
    clear[0].click()  # taking the clip away is no new query: no error, the box and the lists stay
    wait_for(browser, lambda d: not d.find_element(By.ID, "heard").text.strip(), "what was heard, cleared with the clip")
    time.sleep(1)
    assert no_error_badges(browser) and value(browser, "query").lower() == "wireless mouse"
