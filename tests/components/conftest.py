"""Fixtures of the component tests: the seed article's real analysis, and hand-made figures."""

from __future__ import annotations

import pytest

from extraction import Analysis, Figure, analyze


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str) -> Analysis:
    """The Xiaomi article analysed by the real core (skips where ../shared is absent)."""
    return analyze(seed_text)


def figure(amount: float, *, start: int | None, end: int | None, status: str = "actual", currency: str = "EUR",
           kind: str = "rd_spending", organization: str | None = "Acme", text: str = "") -> Figure:
    """A figure as the core would give it, the sentence saying what it is."""
    written = text or f"{amount:g} {currency}"
    sentence = f"Acme spends {written} ({start}-{end})."
    return Figure(text=written, amount=amount, currency=currency, qualifier="exact", period_start=start,
                  period_end=end, kind=kind, status=status, organization=organization, sentence=sentence,
                  start=0, end=len(written))
