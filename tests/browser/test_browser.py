"""NewsLens in a real browser: paste, analyse, every page at two widths, chart downloads, a reload that
keeps the article, page times, the first French article after a warm start, a thousand articles across;
an article that tries to inject HTML is shown as text and runs nothing.

Times are measured and written to ``tests/artifacts/timing.txt``; they are asserted only against ceilings
far above what they should be (the machine may be shared), so a regression to the old behaviour fails."""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import replace
from itertools import cycle
from pathlib import Path

import pytest

from tests.browser.server import WARMED_UP, screenshot, serve, settle, wait_for_log
from tests.browser.tab import ARTIFACTS, LOG, analyse, new_tab, open_page, shots
from tests.conftest import ARTICLES, LIBRARY_ARTICLES

pytestmark = pytest.mark.browser

PAGES = ["Entities", "Spending timeline", "People & organisations", "Export"]
TIMING = ARTIFACTS / "timing.txt"
INJECTION = ("<script>window.__pwned = 'script'</script> Siemens holt KI-Chefin von SAP\n\n"
             "MÜNCHEN – Siemens hat Katrin Albers von SAP abgeworben. <img src=x onerror=\"window.__pwned='img'\"> "
             "Die Entwicklerin leitet ab April die KI-Forschung. </div><div id=\"injected\">Fake</div> "
             "Siemens investiert 2025 rund 2 Milliarden Euro in Forschung und Entwicklung.")


def note(line: str) -> None:
    """A measured time, kept in the artifacts and printed."""
    TIMING.parent.mkdir(parents=True, exist_ok=True)
    with TIMING.open("a") as out:
        out.write(line + "\n")
    print("\n" + line)


def download(page, button: str) -> tuple[str, bytes]:
    with page.expect_download() as started:
        page.get_by_role("button", name=button).click()
    return started.value.suggested_filename, Path(started.value.path()).read_bytes()


def test_seed_from_paste_to_every_page_with_chart_downloads(page, seed_text: str) -> None:
    seconds = analyse(page, seed_text)
    note(f"seed ({len(seed_text.split())} words) from paste to results: {seconds:.2f} s")
    settle(page)
    shots(page, "1-start")
    for number, name in enumerate(PAGES, start=2):
        open_page(page, name)
        if name == "People & organisations":
            for person in ("Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing"):
                assert page.locator(".nl-card h4", has_text=person).count() == 1
        shots(page, f"{number}-{name.split()[0].lower()}")
    open_page(page, "Spending timeline")
    name, png = download(page, "PNG (2×)")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and name.startswith("newslens-timeline-xiaomi-cny-")
    (ARTIFACTS / "timeline-download.png").write_bytes(png)
    svg_name, svg = download(page, "SVG")
    assert svg_name == name.replace(".png", ".svg") and b"<svg" in svg[:200]
    page.locator('[data-testid="stButtonGroup"]').first.get_by_text("USD", exact=True).click()
    settle(page)
    usd_name, usd = download(page, "PNG (2×)")
    assert usd_name == name.replace("-cny-", "-usd-")  # never overwrites the original-currency image
    (ARTIFACTS / "timeline-download-usd.png").write_bytes(usd)
    shots(page, "3-spending-usd")
    page.locator(".js-plotly-plot").first.hover()
    with page.expect_download() as modebar:
        page.locator('.modebar-btn[data-title^="Download plot"]').first.click()
    assert modebar.value.suggested_filename == usd_name


def test_a_reload_keeps_the_article_on_every_analysis_page(page) -> None:
    text = (ARTICLES / "fr_02_dassault_systemes.txt").read_text("utf-8")
    analyse(page, text)
    for name in PAGES:
        open_page(page, name)
        assert "article=" in page.url
        page.reload()
        page.get_by_role("heading", name=name, exact=True).wait_for()
        settle(page)
        assert page.get_by_text("No article analysed yet.").count() == 0
        caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
        assert caption.startswith(text.splitlines()[0][:40])


def test_the_timeline_opens_as_fast_as_the_entities_page(page, seed_text: str) -> None:
    analyse(page, seed_text)
    for name in ("Entities", "Spending timeline"):  # the first visits load plotly and such
        open_page(page, name)
    times: dict[str, list[float]] = {"Entities": [], "Spending timeline": []}
    for _ in range(4):
        for name in times:
            times[name].append(open_page(page, name))
    entities, timeline = (statistics.median(times[name]) for name in times)
    note(f"page opened (median of 4, in turn): Entities {entities:.2f} s, Spending timeline {timeline:.2f} s "
         f"(ratio {timeline / entities:.2f})")
    assert timeline < 2 * entities + 1.0  # was 1.6-6 s against 0.3 s: the chart is no longer made on every visit


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
    shots(page, "7-library")
    name, data = download(page, "Export the library")
    titles = [json.loads(line)["newslens_article"]["title"] for line in data.decode("utf-8").splitlines()]
    assert sum(title.startswith("Alibaba") for title in titles) == 2 and name.endswith(".jsonl")
    (ARTIFACTS / "library-export.jsonl").write_bytes(data)
    open_page(page, "Across articles")
    page.get_by_role("heading", name="Conflicting figures").wait_for()
    page.locator(".nl-card h4", has_text="Eddie Wu").first.wait_for()  # the page is drawn top to bottom
    settle(page)
    assert page.locator(".nl-card h4", has_text="Eddie Wu").count() == 1
    legends = page.locator('[data-testid="stPlotlyChart"]').first.locator("g.infolayer > g[class^='legend']")
    sources = next(text for text in legends.all_text_contents() if "Source articles" in text)
    assert "(2 Apr 2025)" in sources and "(5 May 2025)" in sources
    shots(page, "8-across-articles")


def test_a_file_of_another_type_is_refused_at_the_upload_box(page, tmp_path: Path) -> None:
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(200))
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(program))
    page.get_by_text("setup.exe", exact=False).first.wait_for()
    uploader = page.locator('[data-testid="stFileUploader"]').inner_text()
    assert "not allowed" in uploader or "not supported" in uploader  # Streamlit's refusal, at the box
    page.get_by_label("Article text").fill("Microsoft hired Jane Doe in 2024.")
    page.get_by_role("button", name="Analyse", exact=True).click()
    page.get_by_text("Analysed: 1 article").wait_for()
    assert page.get_by_text("unsupported file type").count() == 0  # it never reached the analysis


def test_kept_articles_are_in_the_library_after_a_restart(browser, tmp_path: Path) -> None:
    """Two articles analysed on one server are both listed by a new server on the same library folder."""
    log = tmp_path / "streamlit.log"
    with serve(tmp_path / "library", log=log) as url:
        tab = new_tab(browser, url)
        for name in ("alibaba_april.txt", "alibaba_may.txt"):
            tab.goto(url)
            analyse(tab, (LIBRARY_ARTICLES / name).read_text("utf-8"))
            tab.get_by_text("Kept in the library: 1 new article.").wait_for()
    with serve(tmp_path / "library", log=log) as url:  # a new process: only the file remembers
        tab.goto(url)
        tab.get_by_label("Article text").wait_for()
        open_page(tab, "Library")
        tab.get_by_text("2 articles", exact=False).first.wait_for()
        rows = tab.locator('[data-testid="stDataFrame"]').first
        for title in ("Alibaba lifts cloud budget", "Alibaba to pour 380 billion yuan"):
            rows.get_by_text(title, exact=False).first.wait_for(state="attached")
    tab.context.close()


def test_the_first_french_article_after_a_warm_start(browser, tmp_path: Path) -> None:
    log = tmp_path / "streamlit.log"
    with serve(tmp_path / "library", log=log) as url:
        tab = new_tab(browser, url)  # the first visit starts the warm-up
        wait_for_log(log, WARMED_UP)
        text = (ARTICLES / "fr_01_mistral_recrutement.txt").read_text("utf-8")
        seconds = analyse(tab, text)
        tab.context.close()
    note(f"first French article ({len(text.split())} words) after a warm start, click to results: {seconds:.2f} s")
    assert seconds < 6  # loading the French pipeline used to take 6-10 s on its own


def test_across_articles_with_a_thousand_articles_reruns_quickly(browser, tmp_path: Path) -> None:
    """A rerun that needs nothing new (back to a currency already drawn), timed from the click until the
    chart says the currency it is in."""
    folder = tmp_path / "library"
    thousand_articles(folder, count=1000)
    with serve(folder, log=tmp_path / "streamlit.log") as url:
        tab = new_tab(browser, url)
        first = open_page(tab, "Across articles")
        tab.get_by_text("All 1,000 in the library").wait_for()
        currency = tab.locator('[data-testid="stButtonGroup"]').filter(has_text="EUR")
        currency.get_by_text("EUR", exact=True).click()  # drawn once, now kept
        chart_says(tab, "Converted to EUR")
        reruns = []
        for target, says in (("Original", "Amounts in the currency"), ("EUR", "Converted to EUR")) * 2:
            started = time.perf_counter()
            currency.get_by_text(target, exact=True).click()
            chart_says(tab, says)
            reruns.append(time.perf_counter() - started)
        metrics = tab.locator('[data-testid="stMetricValue"]').all_inner_texts()
        shots(tab, "9-across-1000-articles")
        tab.context.close()
    assert metrics[0] == "1000"
    note(f"Across articles with 1,000 articles: first open {first:.2f} s, rerun median "
         f"{statistics.median(reruns):.2f} s (runs {', '.join(f'{r:.2f}' for r in reruns)})")
    assert statistics.median(reruns) < 3  # recombining a library of 300 took 2 s and grew with it


def chart_says(page, text: str) -> None:
    """Wait until the first chart on the page is drawn with ``text`` in its notes below the plot."""
    page.wait_for_function("""text => {
        const plot = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
        return Boolean(plot && plot.layout && (plot.layout.annotations || [])
            .some(note => note.text.replace(/<br>/g, ' ').includes(text)));
    }""", arg=text)


def thousand_articles(folder: Path, *, count: int) -> None:
    """``count`` distinct articles in the library at ``folder``: the project's articles analysed once,
    then copied, each copy numbered at the end of its text (so every mention keeps its place)."""
    from extraction import analyze
    from extraction.text import sha256
    from library import Library
    from library.store import ARTICLE_KEY

    originals = [(path, analyze(path.read_text("utf-8"))) for path in sorted(ARTICLES.glob("*.txt"))]
    lines = []
    for number, (path, analysis) in zip(range(1, count + 1), cycle(originals), strict=False):
        text = f"{analysis.text}\n\n({number})"
        copy = replace(analysis, text=text, text_sha256=sha256(text))
        lines.append(json.dumps({**copy.to_dict(), ARTICLE_KEY: {
            "title": f"{analysis.text.splitlines()[0]} ({number})", "source": path.name, "text": text}}))
    folder.mkdir(parents=True)
    with Library.open(folder / "library.sqlite3") as library:
        assert library.import_jsonl(lines).added == count


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
    note(f"paste to results, {words} words: median {times[1]:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})")


def test_injected_html_is_shown_as_text_and_runs_nothing(page) -> None:
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    analyse(page, INJECTION)
    open_page(page, "Entities")
    screenshot(page, ARTIFACTS / "6-injection-entities-1440.png", width=1440)
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


@pytest.fixture(scope="module", autouse=True)
def fresh_timings() -> None:
    TIMING.unlink(missing_ok=True)
    LOG.parent.mkdir(parents=True, exist_ok=True)
