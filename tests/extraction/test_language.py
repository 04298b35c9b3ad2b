"""Language identification."""

from __future__ import annotations

import pytest

from extraction.language import detect_language


@pytest.mark.parametrize(("text", "language"), [
    ("Xiaomi will seine Investitionen in künstliche Intelligenz im kommenden Jahr deutlich erhöhen.", "de"),
    ("Microsoft plans to spend more on artificial intelligence next year.", "en"),
    ("La société prévoit d'investir davantage dans l'intelligence artificielle l'an prochain.", "fr"),
    ("La empresa invertirá más en inteligencia artificial el próximo año.", "es"),
])
def test_detects(text, language):
    assert detect_language(text).language == language


def test_a_bare_name_falls_back_to_a_language_we_cover():
    assert detect_language("Xiaomi").language in ("de", "en", "fr")
