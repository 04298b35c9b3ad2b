"""Money amounts in words an analyst reads at a glance: '24 bn CNY', 'more than 100 bn CNY'."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    """Divide amounts by ``factor`` and write ``suffix`` after them ('bn' for 10⁹)."""

    factor: float
    suffix: str

    def unit(self, currency: str) -> str:
        """'bn CNY', or just 'CNY' for amounts below a thousand."""
        return f"{self.suffix} {currency}".strip()


_SCALES = (Scale(1e12, "tn"), Scale(1e9, "bn"), Scale(1e6, "m"), Scale(1e3, "k"), Scale(1, ""))


def scale_for(amounts: Iterable[float]) -> Scale:
    """The largest scale the biggest amount reaches, so axis numbers stay short."""
    biggest = max((abs(a) for a in amounts), default=0.0)
    return next((s for s in _SCALES if biggest >= s.factor), _SCALES[-1])


def number(value: float) -> str:
    """Three significant digits, no trailing zeros, thousands separated: '24', '3.23', '1,413'."""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def format_amount(amount: float, currency: str, *, scale: Scale | None = None) -> str:
    """'24 bn CNY' (the scale fits the amount unless one is given, e.g. the chart's)."""
    scale = scale or scale_for([amount])
    return f"{number(amount / scale.factor)} {scale.unit(currency)}"


_EXCEL_THOUSANDS = {"tn": 4, "bn": 3, "m": 2, "k": 1, "": 0}


def excel_format(amount: float, currency: str) -> str:
    """A spreadsheet number format showing ``amount`` as NewsLens writes it ('24 bn CNY', '1.05 bn EUR')
    while the cell keeps the exact number: each comma after the digits divides by a thousand."""
    scale = scale_for([amount])
    shown = number(amount / scale.factor)
    decimals = len(shown.partition(".")[2])
    digits = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f'{digits}{"," * _EXCEL_THOUSANDS[scale.suffix]}" {scale.unit(currency)}"'
