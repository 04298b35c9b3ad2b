"""The words of money, years and figures (``extraction/lexicon/*.money|periods|figures.toml``): every
language has them, each word is listed once, and every pattern compiles."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from extraction.lexicon import LANGUAGES, raw
from extraction.lexicon.amounts import cue_regex, figure_words, money_words, period_words
from extraction.periods import _expand


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_money_period_and_figure_words(language):
    money, periods, figures = money_words(language), period_words(language), figure_words(language)
    assert money.scales and money.qualifiers and money.number_words
    assert len(set(periods.months.values())) == 12
    assert {rule.kind for rule in periods.rules} >= {"year", "range", "open", "ref_-1"}
    assert {cue.kind for cue in figures.kinds} >= {"rd_spending", "investment", "funding", "revenue", "profit"}
    assert set(figures.status) == {"planned", "actual"}


def test_a_language_without_a_lexicon_reads_english_words_and_other_scales():
    words = money_words("it")
    assert words.qualifiers == money_words("en").qualifiers
    assert words.scales["miliardi"] == 1e9
    assert "miliardi" not in money_words("en").scales


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_says_one_kind_and_one_status(language):
    figures = figure_words(language)
    kinds = Counter(w.lower() for cue in figures.kinds for w in cue.words)
    status = Counter(w.lower() for words in figures.status.values() for w in words)
    assert [w for w, n in (kinds + status).items() if n > 1 and (kinds[w] > 1 or status[w] > 1)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_words_are_listed_once(language):
    data = raw(f"{language}.money")
    qualifiers = [w for words in data["qualifiers"].values() for w in words]
    assert len(qualifiers) == len(set(qualifiers))
    shared = set(raw("common.money")["abbreviations"])
    assert shared.isdisjoint(data["scales"]), "a shared abbreviation is listed again"


@pytest.mark.parametrize("language", LANGUAGES)
def test_period_rules_have_unique_ids_and_compile(language):
    ids = [rule.id for rule in period_words(language).rules]
    assert len(ids) == len(set(ids))
    for rule in period_words(language).rules:
        for pattern in rule.patterns:
            assert "@" not in _expand(pattern, language=language), (rule.id, pattern)
            re.compile(_expand(pattern, language=language))


@pytest.mark.parametrize(("words", "text", "matches"), [
    (["Umsatz*"], "der Umsatzes", True),
    (["*gewinn"], "der Nettogewinn", True),
    (["*gewinn"], "Gewinnung", False),
    (["chiffre d'affaires"], "chiffre d’affaires", True),
    (["is to"], "is  to", True),
    (["R&D"], "R&D", True),
])
def test_cue_words_match_whole_words(words, text, matches):
    found = re.search(rf"(?<!\w)(?:{cue_regex(words)})(?!\w)", text, re.IGNORECASE)
    assert bool(found) == matches
