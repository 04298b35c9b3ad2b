"""Words per second of ``analyze()``, of the bare spaCy pipeline of the same language and of that pipeline as
``analyze()`` runs it, measured in one run on the same texts, and the ratios per language.

    python bench/throughput.py [--repeat 5] [FILE ...]

Texts default to the project's example articles (tests/data/articles) and, when ``../shared``
is beside the repository, the seed article. "Bare" is the installed pipeline exactly as
``spacy.load`` gives it (all components, thinc's default backend); "parse" is the same pipeline
as ``extraction.pipelines.parse`` runs it (numpy's BLAS on one thread, the tokenizer's added
cases); ``analyze()`` adds language detection, the rules, name grouping, relations and figures.
"ratio" is analyze against bare (what a user gains or pays against spaCy alone), "rules" analyze
against parse (what the steps after the pipeline cost). Models are loaded before timing starts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction import analyze  # noqa: E402
from extraction.language import detect_language  # noqa: E402
from extraction.pipelines import choose_pipeline, load_pipeline, parse  # noqa: E402


def default_files() -> list[Path]:
    files = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
    seed = ROOT.parent / "shared" / "seed" / "000_a352dd7eff70d686.txt"
    return files + ([seed] if seed.exists() else [])


def bare_pipeline(language: str) -> spacy.language.Language:
    info = choose_pipeline(language)
    if info.path is not None:
        load_pipeline(language)  # registers the bundled model's layers
        return spacy.load(info.path)
    return spacy.load(info.name)


def parse_one(text: str, *, language: str) -> None:
    parse([text], language=language)


def words_per_second(texts: list[str], run, *, repeat: int) -> float:
    words = sum(len(t.split()) for t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            run(text)
    return words / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts (default 5)")
    args = parser.parse_args()
    by_language: dict[str, list[str]] = defaultdict(list)
    for path in args.files or default_files():
        text = path.read_text("utf-8")
        by_language[detect_language(text).language].append(text)
    print(f"{'language':8} {'pipeline':24} {'words':>7} {'bare w/s':>9} {'parse w/s':>9} {'analyze w/s':>11} "
          f"{'ratio':>6} {'rules':>6}")
    for language, texts in sorted(by_language.items()):
        bare = bare_pipeline(language)
        analyze(texts[0])  # warm-up: loads the pipeline and the detector
        bare(texts[0])
        bare_speed = words_per_second(texts, bare, repeat=args.repeat)
        parse_speed = words_per_second(texts, partial(parse_one, language=language), repeat=args.repeat)
        ours = words_per_second(texts, analyze, repeat=args.repeat)
        words = sum(len(t.split()) for t in texts)
        print(f"{language:8} {choose_pipeline(language).name:24} {words:7d} {bare_speed:9.0f} {parse_speed:9.0f} "
              f"{ours:11.0f} {ours / bare_speed:6.2f} {ours / parse_speed:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
