"""Fixtures of the component tests: the real analyses of the seed article and of two library articles."""

from __future__ import annotations

import pytest

from extraction import Analysis, analyze
from library import Library, StoredArticle
from tests.conftest import LIBRARY_ARTICLES


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str) -> Analysis:
    """The Xiaomi article analysed by the real core (skips where ../shared is absent)."""
    return analyze(seed_text)


@pytest.fixture(scope="session")
def alibaba_articles(tmp_path_factory: pytest.TempPathFactory) -> list[StoredArticle]:
    """The two Alibaba articles (they disagree on 2025's investment) analysed by the real core and kept
    in a real library file, oldest first."""
    with Library.open(tmp_path_factory.mktemp("alibaba") / "library.sqlite3") as library:
        for name in ("alibaba_april.txt", "alibaba_may.txt"):
            text = (LIBRARY_ARTICLES / name).read_text("utf-8")
            library.save(analyze(text, language="en"), title=text.splitlines()[0], source=name)
        return sorted(library.articles(), key=lambda a: a.date)
