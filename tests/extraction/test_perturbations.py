"""What NewsLens finds must not hang on the names, the apostrophes or the exact titles of an article: the
project's own articles with every person and company renamed, with curly apostrophes, and with titles and
company nouns swapped within their lexicon class, against the originals (affiliation F1 drops at most 0.05)."""

from __future__ import annotations

import json

import pytest

from extraction import analyze
from tests.conftest import ARTICLES
from tests.extraction.perturb import curly, renamed, swapped_words

MOST_LOST = 0.05


def affiliation_f1(scorer, pairs) -> float:
    totals = [0, 0, 0]
    for text, gold in pairs:
        counts = scorer.score_article(analyze(text, language=gold["language"]).to_dict(), gold)["affiliations"]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    return scorer.prf(*totals)[2]


def originals(language: str) -> list[tuple[str, dict]]:
    gold = json.loads((ARTICLES / f"{language}.gold.json").read_text("utf-8"))
    return [((ARTICLES / name).read_text("utf-8"), facts) for name, facts in gold.items()]


@pytest.mark.parametrize("language", ["de", "en", "fr"])
@pytest.mark.parametrize("change", ["renamed", "curly", "swapped"])
def test_affiliations_hold_under_a_change_of_surface(scorer, language, change):
    pairs = originals(language)
    perturbed = []
    for number, (text, gold) in enumerate(pairs):
        if change == "renamed":
            changed = renamed(text, gold, seed=number)
        elif change == "curly":
            changed = curly(text, gold)
        else:
            changed = swapped_words(text, gold, language=language)
        perturbed.append((changed.text, changed.gold))
    before, after = affiliation_f1(scorer, pairs), affiliation_f1(scorer, perturbed)
    assert after >= before - MOST_LOST, (before, after)


def test_renaming_is_consistent_across_text_and_gold():
    text = "Xiaomi-Präsident Lu Weibing sagte, Xiaomis Umsatz steige. Lu lobte Xiaomi."
    person = {"name": "Lu Weibing", "affiliations": [{"org": "Xiaomi", "status": "current"}]}
    gold = {"language": "de", "people": [person],
            "organizations": [["Xiaomi"]], "figures": []}
    changed = renamed(text, gold, seed=1)
    new_org = changed.gold["organizations"][0][0]
    assert "Xiaomi" not in changed.text and "Weibing" not in changed.text
    assert f"{new_org}-Präsident" in changed.text and f"{new_org}s Umsatz" in changed.text
    assert changed.gold["people"][0]["affiliations"][0]["org"] == new_org
