"""A real NewsLens server (``streamlit run app.py``) and Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from server import CHROMIUM_ARGS, ROOT, serve

ARTIFACTS = ROOT / "tests" / "artifacts"
LOG = ARTIFACTS / "streamlit.log"


@pytest.fixture(scope="session")
def app_url(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server all page tests share, with a library of its own that starts empty."""
    LOG.unlink(missing_ok=True)
    with serve(tmp_path_factory.mktemp("browser-library"), log=LOG) as url:
        yield url


@pytest.fixture(scope="session")
def browser(chromium: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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


@pytest.fixture
def page(browser, app_url: str):
    """A fresh browser tab (own session) on the start page."""
    tab = new_tab(browser, app_url)
    yield tab
    tab.context.close()
