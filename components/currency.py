"""Amounts in their original currency or converted to EUR/USD at ECB reference rates.

Rates come from the file bundled with ``currencyconverter`` (no internet). One rate per currency,
the latest both currencies have, so a chart converts every figure the same way and can say how.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from currency_converter import CurrencyConverter

ORIGINAL = "Original"
TARGETS = (ORIGINAL, "EUR", "USD")


def make_converter() -> CurrencyConverter:
    """The converter over the bundled ECB file; weekends and gaps fall back to the nearest rate."""
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@dataclass(frozen=True)
class Conversion:
    """How amounts are shown: ``target`` None keeps each figure's own currency."""

    target: str | None = None
    rates: Mapping[str, float] = field(default_factory=dict)
    dates: Mapping[str, date] = field(default_factory=dict)

    def currency(self, original: str) -> str | None:
        """The currency an amount in ``original`` is shown in; None if it cannot be converted."""
        if self.target is None or original == self.target:
            return original
        return self.target if original in self.rates else None

    def convert(self, amount: float, original: str) -> float | None:
        """The amount in the shown currency; None if there is no rate for ``original``."""
        if self.target is None or original == self.target:
            return amount
        rate = self.rates.get(original)
        return None if rate is None else amount * rate

    def caption(self) -> str:
        """What a reader needs to trust a converted chart: the target and the rate date(s)."""
        if self.target is None:
            return "Amounts in the currency the article gives."
        if not self.dates:
            return f"Amounts in {self.target}."
        by_date: dict[date, list[str]] = {}
        for currency, day in sorted(self.dates.items()):
            by_date.setdefault(day, []).append(currency)
        when = "; ".join(f"{', '.join(cs)} of {day:%d %b %Y}" for day, cs in sorted(by_date.items()))
        return f"Converted to {self.target} at ECB reference rates ({when})."


def conversion(currencies: Iterable[str], *, target: str, converter: CurrencyConverter) -> Conversion:
    """Rates from each of ``currencies`` to ``target`` (``ORIGINAL``: no conversion)."""
    if target == ORIGINAL:
        return Conversion()
    rates, dates = {}, {}
    known = converter.currencies
    for currency in sorted(set(currencies) - {target}):
        if currency not in known or target not in known:
            continue
        day = min(converter.bounds[currency].last_date, converter.bounds[target].last_date)
        rates[currency] = converter.convert(1.0, currency, target, date=day)
        dates[currency] = day
    return Conversion(target=target, rates=rates, dates=dates)
