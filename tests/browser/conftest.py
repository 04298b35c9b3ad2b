"""A real NewsLens server (``streamlit run app.py``) and Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.server import CHROMIUM_ARGS, serve
from tests.browser.tab import LOG, new_tab


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


@pytest.fixture
def page(browser, app_url: str):
    """A fresh browser tab (own session) on the start page."""
    tab = new_tab(browser, app_url)
    yield tab
    tab.context.close()
