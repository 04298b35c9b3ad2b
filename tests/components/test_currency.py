"""Conversion at ECB rates from the bundled file: one dated rate per currency, stated in the caption."""

from __future__ import annotations

import pytest

from components.currency import ORIGINAL, conversion, make_converter


@pytest.fixture(scope="module")
def converter():
    return make_converter()


def test_original_keeps_amounts_and_says_so(converter) -> None:
    rates = conversion(["CNY"], target=ORIGINAL, converter=converter)
    assert rates.convert(24e9, "CNY") == 24e9 and rates.currency("CNY") == "CNY"
    assert rates.caption() == "Amounts in the currency the article gives."


def test_converts_at_the_latest_common_rate_and_states_its_date(converter) -> None:
    rates = conversion(["CNY", "USD", "EUR"], target="USD", converter=converter)
    day = min(converter.bounds["CNY"].last_date, converter.bounds["USD"].last_date)
    assert rates.convert(1e9, "CNY") == pytest.approx(converter.convert(1e9, "CNY", "USD", date=day))
    assert rates.convert(5.0, "USD") == 5.0
    assert rates.caption() == f"Converted to USD at ECB reference rates (CNY, EUR of {day:%d %b %Y})."


def test_a_currency_without_rates_cannot_be_converted(converter) -> None:
    rates = conversion(["XYZ"], target="EUR", converter=converter)
    assert rates.convert(1.0, "XYZ") is None and rates.currency("XYZ") is None
