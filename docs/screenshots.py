"""The README's screenshots, taken from the running app: an example article analysed on the start page
as a user does it, its Spending timeline and People & organisations pages, and Across articles over a
few examples kept in a library of its own.

    python docs/screenshots.py

Needs Debian's Chromium (``apt-get install chromium``) and writes ``docs/screenshot-*.png``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from server import CHROMIUM_ARGS, serve, settle  # noqa: E402

EXAMPLE = "de_01_siemens_sap.txt"  # its headline is what the example picker shows
ACROSS = ("de_02_byd_audi.txt", "en_02_alibaba_cloud.txt", "fr_04_tencent_ia.txt", "de_04_samsung_intel.txt")
VIEWPORT = {"width": 1440, "height": 1150}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the images (default docs/)")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("Chromium is not installed (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        keep_examples(Path(folder) / "data", ACROSS)
        with serve(Path(folder) / "data", log=Path(folder) / "streamlit.log") as url:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.set_default_timeout(180_000)
            page.goto(url)
            analyse_example(page)
            for name, file in (("Spending timeline", "screenshot-timeline.png"),
                               ("People & organisations", "screenshot-people.png")):
                open_page(page, name)
                page.screenshot(path=args.out / file)
            open_page(page, "Across articles")
            page.locator('[data-testid="stButtonGroup"]').filter(has_text="USD").get_by_text("USD", exact=True).click()
            settle(page, charts=1)
            chart = page.locator('[data-testid="stPlotlyChart"]').first
            page.set_viewport_size({"width": VIEWPORT["width"], "height": int(chart.bounding_box()["height"]) + 400})
            settle(page, charts=1)  # a chart taller than the window would be cut where the window ends
            chart.screenshot(path=args.out / "screenshot-across.png")
            browser.close()
    print(f"written: {', '.join(sorted(p.name for p in args.out.glob('screenshot-*.png')))}")


def keep_examples(data: Path, names: tuple[str, ...]) -> None:
    """Some example articles analysed and kept in the library at ``data``, as the start page keeps them."""
    from components.inputs import examples
    from extraction import analyze
    from library import Library

    data.mkdir(parents=True)
    with Library.open(data / "library.sqlite3") as library:
        for example in examples():
            if example.path.name in names:
                library.save(analyze(example.path.read_text("utf-8")), title=example.title, source=example.name)


def analyse_example(page) -> None:
    """Pick the example by its headline and analyse it, as a user does."""
    from components.inputs import examples

    (example,) = [e for e in examples() if e.path.name == EXAMPLE]
    page.get_by_label("Try an example").click()
    page.get_by_role("option", name=f"{example.language.upper()} · {example.title}").click()
    page.get_by_role("button", name="Analyse this example").click()
    page.get_by_text("Analysed: 1 article").wait_for()


def open_page(page, name: str) -> None:
    """Open a page from the sidebar and wait for its chart."""
    page.locator('[data-testid="stSidebar"]').get_by_role("link", name=name).click()
    page.get_by_role("heading", name=name, exact=True).wait_for()
    settle(page, charts=1)


if __name__ == "__main__":
    main()
