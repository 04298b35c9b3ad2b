"""A browser tab on the NewsLens app, as the browser tests drive it: open one, paste and analyse, open a
page from the sidebar, screenshots at every checked width, and where these artifacts are kept.

A regular module (imported as ``tests.browser.tab``), so that these helpers never depend on which
``conftest`` pytest imported last."""

from __future__ import annotations

import time

from tests.browser.server import ROOT, WIDTHS, screenshot, settle

ARTIFACTS = ROOT / "tests" / "artifacts"
LOG = ARTIFACTS / "streamlit.log"
CHARTS = {"Spending timeline": 1, "Across articles": 1}  # pages that always draw a chart (here)


def new_tab(browser, url: str):
    """A fresh browser tab (its own session) at ``url``, once the start page is there."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    # generous: on a loaded two-core CI machine a first analysis has taken over a minute; the tests
    # check what the page shows, not how fast (the times are measured and noted apart)
    tab.set_default_timeout(180_000)
    tab.goto(url)
    tab.get_by_label("Article text").wait_for()
    return tab


def analyse(page, text: str) -> float:
    """Paste ``text``, click Analyse, wait for the results; seconds from click to results."""
    page.get_by_label("Article text").fill(text)
    started = time.perf_counter()
    page.get_by_role("button", name="Analyse", exact=True).click()
    page.get_by_text("Analysed: 1 article").wait_for()
    return time.perf_counter() - started


def open_page(page, name: str) -> float:
    """Open a page from the sidebar; seconds until it is drawn, charts included."""
    started = time.perf_counter()
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name=name).click()
    page.get_by_role("heading", name=name, exact=True).wait_for()
    settle(page, charts=CHARTS.get(name, 0))
    return time.perf_counter() - started


def shots(page, name: str) -> None:
    """The page at every width NewsLens is checked at."""
    for width in WIDTHS:
        screenshot(page, ARTIFACTS / f"{name}-{width}.png", width=width)
