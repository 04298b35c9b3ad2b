"""NewsLens in a real browser: paste, analyse, every page, chart download, screenshots; an article
that tries to inject HTML is shown as text and runs nothing."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import ARTIFACTS, serve

pytestmark = pytest.mark.browser

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
LIBRARY_ARTICLES = Path(__file__).resolve().parents[1] / "data" / "library"
PAGES = ["Entities", "Spending timeline", "People & organisations", "Export"]
INJECTION = ("<script>window.__pwned = 'script'</script> Siemens holt KI-Chefin von SAP\n\n"
             "MÜNCHEN – Siemens hat Katrin Albers von SAP abgeworben. <img src=x onerror=\"window.__pwned='img'\"> "
             "Die Entwicklerin leitet ab April die KI-Forschung. </div><div id=\"injected\">Fake</div> "
             "Siemens investiert 2025 rund 2 Milliarden Euro in Forschung und Entwicklung.")


def settle(page) -> None:
    """Wait until Streamlit has finished running the script and plotly has drawn every chart."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden")
    charts = page.locator('[data-testid="stPlotlyChart"]')
    for index in range(charts.count()):
        charts.nth(index).locator(".main-svg").first.wait_for()
    page.wait_for_timeout(700)


def analyse(page, text: str) -> float:
    """Paste ``text``, click Analyse, wait for the results; seconds from click to results."""
    page.get_by_label("Article text").fill(text)
    started = time.perf_counter()
    page.get_by_role("button", name="Analyse", exact=True).click()
    page.get_by_text("Analysed: 1 article").wait_for()
    return time.perf_counter() - started


def open_page(page, name: str) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name=name).click()
    page.get_by_role("heading", name=name, exact=True).wait_for()
    settle(page)


def screenshot(page, name: str) -> Path:
    """The whole page, however long, without browser chrome."""
    height = page.evaluate("""() => Math.max(document.body.scrollHeight,
        ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"]')]
            .map(e => e.scrollHeight))""")
    page.set_viewport_size({"width": 1440, "height": min(max(height, 1000), 8000)})
    page.wait_for_timeout(500)
    settle(page)  # plotly redraws its charts for the new viewport
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=path)
    page.set_viewport_size({"width": 1440, "height": 1000})
    return path


def test_seed_from_paste_to_every_page_with_chart_download(page, seed_text: str) -> None:
    seconds = analyse(page, seed_text)
    print(f"\nseed ({len(seed_text.split())} words, German model loaded on first use): {seconds:.2f} s")
    settle(page)
    screenshot(page, "1-start")
    for number, name in enumerate(PAGES, start=2):
        open_page(page, name)
        if name == "People & organisations":
            for person in ("Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing"):
                assert page.locator(".nl-card h4", has_text=person).count() == 1
        screenshot(page, f"{number}-{name.split()[0].lower()}")
    open_page(page, "Spending timeline")
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    with page.expect_download() as download:
        page.get_by_role("button", name="PNG (2×)").click()
    png = Path(download.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and download.value.suggested_filename.endswith("-timeline.png")
    (ARTIFACTS / "timeline-download.png").write_bytes(png)
    page.locator(".js-plotly-plot").first.hover()
    with page.expect_download() as modebar:
        page.locator('.modebar-btn[data-title^="Download plot"]').first.click()
    assert Path(modebar.value.path()).read_bytes().startswith(b"\x89PNG")


def test_library_and_across_articles_pages(page, app_url: str) -> None:
    """Two articles that disagree on a figure, each kept from its own session (the seed is kept already),
    then the library listed and exported and the articles combined."""
    for name in ("alibaba_april.txt", "alibaba_may.txt"):
        page.goto(app_url)
        analyse(page, (LIBRARY_ARTICLES / name).read_text("utf-8"))
        page.get_by_text("Kept in the library: 1 new article.").wait_for()
    open_page(page, "Library")
    rows = page.locator('[data-testid="stDataFrame"]').first
    rows.get_by_text("Alibaba lifts cloud budget", exact=False).first.wait_for(state="attached")  # a canvas grid
    screenshot(page, "7-library")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export the library").click()
    lines = Path(download.value.path()).read_text("utf-8").splitlines()
    titles = [json.loads(line)["newslens_article"]["title"] for line in lines]
    assert sum(title.startswith("Alibaba") for title in titles) == 2
    assert download.value.suggested_filename.endswith(".jsonl")
    (ARTIFACTS / "library-export.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    open_page(page, "Across articles")
    page.get_by_role("heading", name="Conflicting figures").wait_for()
    page.locator(".nl-card h4", has_text="Eddie Wu").first.wait_for()  # the page is drawn top to bottom
    settle(page)
    assert page.locator(".nl-card h4", has_text="Eddie Wu").count() == 1
    legend = page.locator('[data-testid="stPlotlyChart"] .legend').first.text_content()
    assert "Source articles" in legend and "(2 Apr 2025)" in legend and "(5 May 2025)" in legend
    screenshot(page, "8-across-articles")


def test_kept_articles_are_in_the_library_after_a_restart(browser, tmp_path: Path) -> None:
    """Two articles analysed on one server are both listed by a new server on the same library folder."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(180_000)
    try:
        with serve(tmp_path / "library") as url:
            for name in ("alibaba_april.txt", "alibaba_may.txt"):
                tab.goto(url)
                analyse(tab, (LIBRARY_ARTICLES / name).read_text("utf-8"))
                tab.get_by_text("Kept in the library: 1 new article.").wait_for()
        with serve(tmp_path / "library") as url:  # a new process: only the file remembers
            tab.goto(url)
            tab.get_by_label("Article text").wait_for()
            open_page(tab, "Library")
            tab.get_by_text("2 articles", exact=False).first.wait_for()
            rows = tab.locator('[data-testid="stDataFrame"]').first
            for title in ("Alibaba lifts cloud budget", "Alibaba to pour 380 billion yuan"):
                rows.get_by_text(title, exact=False).first.wait_for(state="attached")
    finally:
        context.close()


def test_paste_to_results_time_for_a_1000_word_article(page, app_url: str) -> None:
    parts = [(ARTICLES / name).read_text("utf-8") for name in (
        "de_01_siemens_sap.txt", "de_02_byd_audi.txt", "de_04_samsung_intel.txt", "de_05_zf_finanzchefin.txt")]
    text = "\n\n".join(parts)
    words = len(text.split())
    assert 900 <= words <= 1100
    times = []
    for run in range(3):  # a new session and a new text each time: nothing shown or cached before
        page.goto(app_url)
        times.append(analyse(page, f"{text}\n\n{run}"))
    times.sort()
    report = f"paste to results, {words} words: median {times[1]:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})"
    (ARTIFACTS / "timing.txt").write_text(report + "\n")
    print("\n" + report)


def test_injected_html_is_shown_as_text_and_runs_nothing(page) -> None:
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    analyse(page, INJECTION)
    open_page(page, "Entities")
    screenshot(page, "6-injection-entities")
    article = page.locator(".nl-article")
    assert article.count() == 1
    shown = article.evaluate("""element => {
        const copy = element.cloneNode(true);
        copy.querySelectorAll('.nl-tag').forEach(tag => tag.remove());
        return copy.textContent;
    }""")
    assert "<script>window.__pwned = 'script'</script>" in shown
    assert "<img src=x onerror=\"window.__pwned='img'\">" in shown
    assert '</div><div id="injected">Fake</div>' in shown
    assert page.locator("#injected").count() == 0
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("script", has_text="__pwned").count() == 0
    title = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
    assert title.startswith("<script>window.__pwned = 'script'</script> Siemens holt KI-Chefin von SAP")
    for name in PAGES[1:]:
        open_page(page, name)
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
