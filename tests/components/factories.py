"""Hand-made extraction results for tests that need exact figures (no NLP involved)."""

from __future__ import annotations

from extraction import Figure


def figure(amount: float, *, start: int | None, end: int | None, status: str = "actual", currency: str = "EUR",
           kind: str = "rd_spending", organization: str | None = "Acme", text: str = "") -> Figure:
    """A figure as the core would give it, the sentence saying what it is."""
    written = text or f"{amount:g} {currency}"
    sentence = f"Acme spends {written} ({start}-{end})."
    return Figure(text=written, amount=amount, currency=currency, qualifier="exact", period_start=start,
                  period_end=end, kind=kind, status=status, organization=organization, sentence=sentence,
                  start=0, end=len(written))
