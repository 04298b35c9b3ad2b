"""Fixtures of the component tests: the seed article's real analysis."""

from __future__ import annotations

import pytest

from extraction import Analysis, analyze


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str) -> Analysis:
    """The Xiaomi article analysed by the real core (skips where ../shared is absent)."""
    return analyze(seed_text)
