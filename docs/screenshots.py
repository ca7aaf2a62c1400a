"""Refresh the demo's screenshots in docs/: the desktop view (1400 px) and a phone (390 px).

    python docs/screenshots.py [--query "Beamer 4K"]

Starts `python app.py` on the shipped catalog on a free port, waits until every system is loaded, searches
the query in headless Chromium (the Debian `chromium` and `chromium-driver` the browser tests use) and
saves `docs/demo.png` and `docs/demo-phone.png`. Run it after a change that shows on the page (CJK text
needs the Debian `fonts-noto-cjk` on the machine that takes them; the page itself needs nothing).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

REPOSITORY = Path(__file__).resolve().parent.parent
SIZES = {"demo.png": (1400, 2250), "demo-phone.png": (390, 1500)}
WAIT = 300  # seconds: a first start converts the model and embeds the catalog


def serve() -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("MLMATCH_DEMO_CATALOG", None)
    process = subprocess.Popen([sys.executable, "app.py"], cwd=REPOSITORY, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + WAIT
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit(f"app.py did not answer on {url}") from None
            time.sleep(0.5)


def shoot(url: str, query: str, out: Path, width: int, height: int) -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=en-US",
                     f"--window-size={width},{height}", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
        try:
            wait = WebDriverWait(driver, WAIT, poll_frequency=0.5)
            driver.get(url)
            box = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#query textarea, #query input"))
            wait.until(lambda d: "⏳" not in d.find_element(By.ID, "status").text)
            box.send_keys(query, Keys.ENTER)
            wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#right-heatmap .js-plotly-plot .heatmaplayer")) > 0)
            time.sleep(2)  # the figures' last layout pass
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--query", default="Beamer 4K", help="the search shown")
    args = parser.parse_args(argv)
    process, url = serve()
    try:
        for name, (width, height) in SIZES.items():
            shoot(url, args.query, REPOSITORY / "docs" / name, width, height)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
