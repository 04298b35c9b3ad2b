"""Correcting in a real browser: analyse an article, correct an affiliation and a figure in their dialogs,
restart the server; the corrections are applied on every page, in the combined views and in the
JSON, CSV, XLSX and report exports; Undo brings the machine's facts back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from library import Library
from tests.browser.server import screenshot, serve, settle
from tests.browser.tab import ARTIFACTS, analyse, open_page
from tests.conftest import LIBRARY_ARTICLES

pytestmark = pytest.mark.browser

ROLE = "head of cloud infrastructure"


def dialog(page):
    return page.get_by_role("dialog")


def set_field(page, label: str, value: str) -> None:
    """Type into a dialog's field and commit it (Streamlit takes a value on Enter)."""
    field = dialog(page).get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    page.wait_for_timeout(600)


def save(page) -> None:
    """Save the dialog's correction and wait for the page to be drawn again with it."""
    dialog(page).get_by_role("button", name="Save correction").click()
    dialog(page).wait_for(state="detached")
    redrawn(page)


def redrawn(page) -> None:
    """Wait for the run a click started to end (charts are not waited for: only tables and cards are read)."""
    page.wait_for_timeout(500)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden")
    page.wait_for_timeout(1500)


def download(page, name: str) -> bytes:
    with page.expect_download() as item:
        page.get_by_role("button", name=name).click()
    return Path(item.value.path()).read_bytes()


def grid_has(page, text: str) -> None:
    """A dataframe (a canvas) holds ``text`` in one of its cells (its accessible table)."""
    page.locator('[data-testid="stDataFrame"]').get_by_text(text, exact=False).first.wait_for(state="attached")


def test_corrections_survive_a_restart_reach_every_view_and_undo(browser, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(180_000)
    library = tmp_path / "library"
    try:
        with serve(library, log=tmp_path / "streamlit.log") as url:
            page.goto(url)
            analyse(page, (LIBRARY_ARTICLES / "alibaba_april.txt").read_text("utf-8"))
            page.get_by_text("Kept in the library: 1 new article.").wait_for()
            open_page(page, "People & organisations")
            card = page.locator('[data-testid="stColumn"]').filter(has=page.locator(".nl-card h4", has_text="Zhou Lin"))
            card.get_by_role("button", name="Correct").click()
            set_field(page, "Role", ROLE)
            set_field(page, "Note (optional)", "per the company's site")
            save(page)
            page.locator(".nl-card", has_text="Zhou Lin").locator(".nl-corrected").wait_for()
            open_page(page, "Spending timeline")
            page.get_by_role("button", name="Correct a figure").click()
            set_field(page, "To year", "2027")
            save(page)
            screenshot(page, ARTIFACTS / "9-correcting-timeline-1440.png", width=1440)
            with Library.open(library / "library.sqlite3") as kept:
                (article,) = kept.articles()
                assert [c.target for c in article.corrections] == ["affiliation", "figure"]
            grid_has(page, "2025–2027")

        with serve(library, log=tmp_path / "streamlit.log") as url:  # a new process: only the library file remembers
            page.goto(url)
            page.get_by_label("Article text").wait_for()
            open_page(page, "Library")
            page.get_by_role("button", name="Open on the analysis pages").click()
            page.get_by_text("the analysis pages show it now", exact=False).wait_for()

            open_page(page, "People & organisations")
            zhou = page.locator(".nl-card", has_text="Zhou Lin")
            assert "Head of cloud infrastructure" in zhou.inner_text()
            assert "per the company" in zhou.locator(".nl-corrected").get_attribute("title")
            screenshot(page, ARTIFACTS / "10-corrected-people-1440.png", width=1440)
            open_page(page, "Spending timeline")
            grid_has(page, "2025–2027")
            grid_has(page, "Corrected by")
            screenshot(page, ARTIFACTS / "11-corrected-timeline-1440.png", width=1440)
            open_page(page, "Entities")
            # the figure's mention says on hover what the figure is, as corrected
            assert page.locator('mark[data-label="MONEY"][title*="2025–2027"]').count() == 1

            open_page(page, "Export")
            contract = json.loads(download(page, "Analysis as JSON"))
            assert contract["schema_version"] == "2" and len(contract["corrections"]) == 2
            zhou_ties = next(p for p in contract["people"] if p["name"] == "Zhou Lin")["affiliations"]
            assert zhou_ties[0]["role"] == ROLE and zhou_ties[0]["correction"]
            figure = next(f for f in contract["figures"] if f["text"] == "380 billion yuan")
            assert (figure["period_start"], figure["period_end"]) == (2025, 2027)
            figures_csv = download(page, "Figures (3)").decode("utf-8-sig")
            assert "2025–2027" in figures_csv and "Corrected by" in figures_csv
            workbook = openpyxl.load_workbook(io.BytesIO(download(page, "Everything as XLSX")))
            roles = [row[1] for row in workbook["Affiliations"].iter_rows(values_only=True)]
            assert "Head of cloud infrastructure" in roles
            report = download(page, "Report as PDF")
            (ARTIFACTS / "corrected-report.pdf").write_bytes(report)
            document = pypdfium2.PdfDocument(report)
            text = " ".join(" ".join(p.get_textpage().get_text_range() for p in document).split())
            document.close()
            assert "Zhou Lin * Head of cloud infrastructure" in text and "2025–2027" in text and "Corrections" in text
            assert download(page, "Report as DOCX").startswith(b"PK")

            open_page(page, "Across articles")
            page.locator(".nl-card h4", has_text="Zhou Lin").first.wait_for()
            settle(page)
            assert "Head of cloud infrastructure" in page.locator(".nl-card", has_text="Zhou Lin").inner_text()
            grid_has(page, "2025–2027")
            screenshot(page, ARTIFACTS / "12-corrected-across-articles-1440.png", width=1440)

            open_page(page, "People & organisations")
            page.get_by_text("Corrections (1)").click()
            page.get_by_role("button", name="Undo").click()
            redrawn(page)
            assert "CTO" in page.locator(".nl-card", has_text="Zhou Lin").inner_text()
            assert page.locator(".nl-card", has_text="Zhou Lin").locator(".nl-corrected").count() == 0
            open_page(page, "Spending timeline")
            page.get_by_text("Corrections (1)").click()
            page.get_by_role("button", name="Undo").click()
            redrawn(page)
            open_page(page, "Export")
            contract = json.loads(download(page, "Analysis as JSON"))
            figure = next(f for f in contract["figures"] if f["text"] == "380 billion yuan")
            assert contract["corrections"] == [] and figure["period_end"] == 2025
    finally:
        context.close()
