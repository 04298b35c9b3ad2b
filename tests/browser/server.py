"""A real NewsLens server (``streamlit run app.py``) and what a script needs to drive it in Debian's
Chromium through Playwright: the browser flags, waiting for a page to settle, whole-page screenshots at a
given width. Used by the browser tests and by ``docs/screenshots.py``; needs no pytest."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STARTUP_TIMEOUT = 60
WIDTHS = (1440, 1024)  # the widths every page is checked at
WARMED_UP = "NewsLens warmed up"  # what the server logs once its pipelines are loaded


class ServerError(RuntimeError):
    """The server did not start; the message holds its log."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(data_dir: Path, *, log: Path, env: Mapping[str, str] | None = None) -> Iterator[str]:
    """``streamlit run app.py`` on a free port, in its own process group (kaleido's Chromium included),
    keeping its library in ``data_dir`` and its output in ``log``; its address; stopped on leaving."""
    log.parent.mkdir(parents=True, exist_ok=True)
    port = free_port()
    environment = {**os.environ, **(env or {}), "NEWSLENS_DATA_DIR": str(data_dir)}
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process, log)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise ServerError(f"streamlit did not answer within {STARTUP_TIMEOUT} s:\n{log.read_text(errors='replace')}")


def wait_for_log(log: Path, text: str, *, timeout: float = 180) -> None:
    """Wait until the server's log says ``text`` (e.g. that it has warmed up)."""
    deadline = time.monotonic() + timeout
    while text not in log.read_text(errors="replace"):
        if time.monotonic() > deadline:
            raise ServerError(f"the server never logged “{text}”:\n{log.read_text(errors='replace')}")
        time.sleep(0.3)


def settle(page, *, charts: int = 0) -> None:
    """Wait until Streamlit has finished running the script and plotly has drawn every chart, at least
    ``charts`` of them (while plotly's own code loads, a chart is not on the page yet)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden")
    page.wait_for_function("() => !document.querySelector('[data-testid^=\"stSkeleton\"]')")
    if charts:
        page.locator('[data-testid="stPlotlyChart"] .main-svg').nth(charts - 1).wait_for()
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for index in range(charts.count()):
        if charts.nth(index).is_visible():  # an element of the previous run may linger, hidden
            charts.nth(index).locator(".main-svg").first.wait_for()
    page.wait_for_timeout(700)


def screenshot(page, path: Path, *, width: int) -> Path:
    """The whole page at ``width`` pixels, however long, without browser chrome; the viewport is put
    back as it was."""
    before = page.viewport_size
    page.set_viewport_size({"width": width, "height": 1000})
    settle(page)
    height = page.evaluate("""() => Math.max(document.body.scrollHeight,
        ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]')]
            .map(e => e.scrollHeight))""")
    page.set_viewport_size({"width": width, "height": min(max(height, 1000), 8000)})
    page.wait_for_timeout(500)
    settle(page)  # plotly redraws its charts for the new viewport
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path)
    page.set_viewport_size(before)
    settle(page)
    return path
