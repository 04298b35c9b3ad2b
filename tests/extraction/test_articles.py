"""Article facts measured the way the project is judged: ``../shared/tools/score_articles.py``'s
matching, on the seed and on the project's own articles in each language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import analyze
from tests.conftest import ARTICLES, SEED

CATEGORIES = ("people", "organizations", "affiliations", "figures")


def f1_by_category(scorer, gold_file: Path, texts: Path) -> dict[str, float]:
    totals = {c: [0, 0, 0] for c in CATEGORIES}
    for name, gold in json.loads(gold_file.read_text("utf-8")).items():
        counts = scorer.score_article(analyze((texts / name).read_text("utf-8")).to_dict(), gold)
        for category in CATEGORIES:
            totals[category] = [a + b for a, b in zip(totals[category], counts[category], strict=True)]
    return {c: scorer.prf(*totals[c])[2] for c in CATEGORIES}


def test_seed(scorer):
    scores = f1_by_category(scorer, SEED.with_suffix(".gold.json"), SEED.parent)
    assert scores == dict.fromkeys(CATEGORIES, 1.0)


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_own_articles(scorer, language):
    scores = f1_by_category(scorer, ARTICLES / f"{language}.gold.json", ARTICLES)
    assert min(scores.values()) >= 0.85, scores
