"""How a large library loads and opens: N articles kept through ``python -m extraction analyze
--save`` in one run, M corrections made on them (an analyst's: roles, figures, organisation names,
labels), then the Library and Across articles pages opened on them (Streamlit's AppTest, no
browser), all in a temporary NEWSLENS_DATA_DIR.

    python bench/library_load.py --count 1000 --corrections 1000

The articles are the project's own test articles, each copy with a numbered headline (a distinct
text, so a distinct library article). Prints seconds and articles per second, and per page its first
run, the median of five reruns and their ratio, measured in one run (the machine may be shared: the
ratios move less than the seconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the library package, for making corrections
SOURCES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to keep (default 1000)")
    parser.add_argument("--corrections", type=int, default=1000, help="corrections to make (default 1000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NEWSLENS_DATA_DIR"] = str(Path(folder) / "data")
        files = _articles(Path(folder) / "articles", count=args.count)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extraction", "analyze", "--save", *map(str, files)], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kept = time.perf_counter() - started
        print(f"kept {len(files)} articles through the CLI in {kept:.0f} s ({len(files) / kept:.1f} articles/s)")
        started = time.perf_counter()
        made = _correct(args.corrections)
        print(f"made {made} corrections in {time.perf_counter() - started:.1f} s")
        _listed(len(files))
        for page in ("pages/library.py", "pages/combined.py"):
            first, again = _open(page)
            print(f"{page}: first run {first:.2f} s, rerun {again:.2f} s (median of 5; {again / first:.2f} of the "
                  f"first) with {len(files)} articles")


def _articles(folder: Path, *, count: int) -> list[Path]:
    """``count`` distinct article files: the test articles in turn, each headline numbered."""
    folder.mkdir(parents=True)
    files = []
    for number, source in enumerate(islice(cycle(SOURCES), count), 1):
        headline, _, body = source.read_text("utf-8").partition("\n")
        path = folder / f"{number:05d}_{source.name}"
        path.write_text(f"{headline} ({number})\n{body}", "utf-8")
        files.append(path)
    return files


def _correct(count: int) -> int:
    """``count`` corrections spread over the library's articles, of the kinds an analyst makes most."""
    from library import Library
    from library.corrections import affiliation_fact, correction, figure_fact, mention_fact

    made = 0
    with Library.open() as library:
        articles = library.articles()
        for number in range(count):
            analysis = articles[number % len(articles)].analysis
            people = [p for p in analysis.people if p.affiliations]
            choices = [
                *(correction(target="affiliation", action="change", author="bench", values={"status": "former"},
                             fact=affiliation_fact(p, p.affiliations[0])) for p in people[:1]),
                *(correction(target="figure", action="change", author="bench", values={"status": "actual"},
                             fact=figure_fact(f)) for f in analysis.figures[:1]),
                *(correction(target="organization", action="rename", author="bench", fact={"name": o.name},
                             values={"name": f"{o.name} ({number})"}) for o in analysis.organizations[:1]),
                *(correction(target="entity", action="change", author="bench", values={"label": "MISC"},
                             fact=mention_fact(m)) for m in analysis.entities[:1]),
            ]
            if choices:
                library.correct(articles[number % len(articles)].id, choices[number % len(choices)])
                made += 1
    return made


def _open(page: str) -> tuple[float, float]:
    """Seconds for a fresh session to open ``page`` (start page first), and the median of five reruns."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
    started = time.perf_counter()
    at.switch_page(page).run()
    first = time.perf_counter() - started
    reruns = []
    for _ in range(5):
        started = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - started)
    if at.exception:
        raise SystemExit(f"{page} failed: {at.exception[0].message}")
    return first, statistics.median(reruns)


def _listed(count: int) -> None:
    """Stop unless the Library page says it holds ``count`` articles (the pages read the right file)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run().switch_page("pages/library.py").run()
    if not any(caption.value.startswith(f"{count} articles") for caption in at.caption):
        raise SystemExit(f"the Library page does not list {count} articles")


if __name__ == "__main__":
    main()
