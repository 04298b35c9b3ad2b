"""Cold start per language: ``python -m extraction analyze`` on one article in a new process, and the
pipeline load alone, with the load cache warm and with an empty one (the first run on a machine);
every language measured in turn within each round, so the ratios compare like with like.

    python bench/cold_start.py [--rounds 5]

Prints medians in seconds and each language's ratio to English. The machine may be shared: the
seconds move with its load, the ratios much less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {"en": "en_01_microsoft_robotics.txt", "fr": "fr_01_mistral_recrutement.txt",
            "de": "de_01_siemens_sap.txt"}
LOAD = ("import sys, time; started = time.perf_counter(); from extraction.pipelines import load_pipeline; "
        "load_pipeline(sys.argv[1]); print(time.perf_counter() - started)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="processes per language and measure (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm"
        for language in ARTICLES:  # builds the warm cache
            _seconds(_analyse(language), cache=warm)
        times: dict[tuple[str, str], list[float]] = {}
        for round_ in range(args.rounds):
            for language in ARTICLES:
                empty = Path(folder) / f"empty-{language}-{round_}"
                for measure, seconds in (("analyse, empty cache", _seconds(_analyse(language), cache=empty)),
                                         ("analyse, warm cache", _seconds(_analyse(language), cache=warm)),
                                         ("pipeline load, warm", _load_seconds(language, cache=warm))):
                    times.setdefault((language, measure), []).append(seconds)
    _report(times, rounds=args.rounds)


def _analyse(language: str) -> list[str]:
    article = ROOT / "tests" / "data" / "articles" / ARTICLES[language]
    return [sys.executable, "-m", "extraction", "analyze", str(article)]


def _seconds(command: list[str], *, cache: Path) -> float:
    """Wall-clock seconds of a new process running ``command``."""
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env={**os.environ, "NEWSLENS_CACHE_DIR": str(cache)}, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _load_seconds(language: str, *, cache: Path) -> float:
    """Seconds ``load_pipeline`` takes in a new process (imports not counted)."""
    done = subprocess.run([sys.executable, "-c", LOAD, language], cwd=ROOT, check=True, capture_output=True,
                          text=True, env={**os.environ, "NEWSLENS_CACHE_DIR": str(cache)})
    return float(done.stdout)


def _report(times: dict[tuple[str, str], list[float]], *, rounds: int) -> None:
    measures = list(dict.fromkeys(measure for _, measure in times))
    print(f"median of {rounds} new processes per cell, languages in turn; seconds (ratio to English)")
    print(f"{'language':9}" + "".join(f"{m:>30}" for m in measures))
    for language in ARTICLES:
        cells = []
        for measure in measures:
            median = statistics.median(times[language, measure])
            ratio = median / statistics.median(times["en", measure])
            cells.append(f"{median:8.2f} s ({ratio:4.2f}x)")
        print(f"{language:9}" + "".join(f"{cell:>30}" for cell in cells))


if __name__ == "__main__":
    main()
