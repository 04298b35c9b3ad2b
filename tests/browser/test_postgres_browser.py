"""The dashboard with its library on a PostgreSQL server (``NEWSLENS_DATABASE_URL``): articles kept from two
sessions, listed, searched and combined, and still there for a new app server; nothing goes to the SQLite
folder, and the server's password is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.browser.server import serve, settle
from tests.browser.tab import analyse, open_page, shots
from tests.conftest import LIBRARY_ARTICLES

pytestmark = pytest.mark.browser

PASSWORD = "not-for-the-page"  # the test server trusts local connections: any password is accepted


def listed(page, *titles: str) -> None:
    """Wait until the Library page's table (a canvas grid) holds these titles."""
    rows = page.locator('[data-testid="stDataFrame"]').first
    for title in titles:
        rows.get_by_text(title, exact=False).first.wait_for(state="attached")


def test_the_pages_work_on_a_postgresql_library(browser, chromium: str, postgres_database: str, tmp_path: Path):
    url = make_url(postgres_database).set(password=PASSWORD).render_as_string(hide_password=False)
    environment = {"NEWSLENS_DATABASE_URL": url}
    folder, log = tmp_path / "data", tmp_path / "streamlit.log"
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(180_000)
    try:
        with serve(folder, log=log, env=environment) as app:
            for name in ("alibaba_april.txt", "alibaba_may.txt"):
                tab.goto(app)
                analyse(tab, (LIBRARY_ARTICLES / name).read_text("utf-8"))
                tab.get_by_text("Kept in the library: 1 new article.").wait_for()
            open_page(tab, "Library")
            caption = tab.get_by_text("2 articles in postgresql://", exact=False).first
            caption.wait_for()
            assert PASSWORD not in tab.content() and "***@127.0.0.1" in caption.text_content()
            listed(tab, "Alibaba to pour 380 billion yuan", "Alibaba lifts cloud budget")
            tab.get_by_role("textbox", name="Search").fill("joe tsai")
            tab.get_by_role("textbox", name="Search").press("Enter")
            settle(tab)
            listed(tab, "Alibaba lifts cloud budget")
            assert tab.locator('[data-testid="stDataFrame"]').first.get_by_text(
                "Alibaba to pour 380 billion yuan", exact=False).count() == 0
            shots(tab, "postgresql-library")
            open_page(tab, "Across articles")
            tab.get_by_role("heading", name="Conflicting figures").wait_for()
            tab.locator(".nl-card h4", has_text="Eddie Wu").first.wait_for()
        with serve(folder, log=log, env=environment) as app:  # a new app process: only the server remembers
            tab.goto(app)
            tab.get_by_label("Article text").wait_for()
            open_page(tab, "Library")
            tab.get_by_text("2 articles in postgresql://", exact=False).first.wait_for()
            listed(tab, "Alibaba to pour 380 billion yuan", "Alibaba lifts cloud budget")
    finally:
        context.close()
    assert not (folder / "library.sqlite3").exists()
