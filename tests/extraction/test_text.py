"""Text normalisation: control characters are dropped, not refused; offsets index what is left."""

from __future__ import annotations

import pytest

from extraction import analyze
from extraction.pipelines import load_pipeline
from extraction.text import analysis_view, doc_text, keep_text, normalize, without_controls


def test_control_characters_are_removed_and_page_breaks_end_a_line():
    assert normalize("Siemens\x00 holt\x07 eine\x1b KI-Managerin\x7f.\x0cSeite 2") == \
        "Siemens holt eine KI-Managerin.\nSeite 2"


def test_mis_decoded_windows_quotes_are_kept_as_quotes_other_c1_controls_dropped():
    assert normalize("\x93Hallo\x94 \x81Welt\x85") == "“Hallo” Welt…"


def test_a_text_of_only_control_characters_is_empty():
    assert without_controls("\x00\x07\x1b").strip() == ""


def test_an_article_with_control_characters_is_analysed_without_them():
    result = analyze("Satya Nadella\x00, Microsoft's CEO\x07, said Microsoft will invest $80 billion in 2025.\x1b",
                     language="en")
    assert "\x00" not in result.text and "\x07" not in result.text and "\x1b" not in result.text
    assert [p.name for p in result.people] == ["Satya Nadella"]
    assert all(result.text[m.start:m.end] == m.text for m in result.entities)


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_the_kept_text_is_the_text_the_doc_was_made_from(language):
    """``keep_text`` spares joining the tokens only because spaCy keeps every character; this checks that."""
    view = analysis_view("Sie  sagte:\u00a0 «Ja» –\n\n  l’usine d’Airbus’ ... \t Ende.")
    doc = load_pipeline(language)(view)
    assert doc.text == view
    assert doc_text(keep_text(doc, view)) == view
