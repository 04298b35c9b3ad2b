"""The pieces of the correction dialogs that need no browser: where a missing figure's sentence can be."""

from __future__ import annotations

from components.correcting import sentences

TEXT = "Acme hires Ada.\nShe starts in May. Acme will spend €2 billion!  Really?"


def test_sentences_split_after_stops_and_line_breaks_with_offsets_into_the_text():
    spans = sentences(TEXT)
    assert [TEXT[a:b] for a, b in spans] == ["Acme hires Ada.", "She starts in May.", "Acme will spend €2 billion!",
                                            "Really?"]
    assert sentences("") == [] and sentences("no stop at all") == [(0, 14)]
