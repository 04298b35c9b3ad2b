"""Where a sentence quotes someone, by its double quotation marks."""

from __future__ import annotations

import pytest

from extraction.quotations import quotations, within


@pytest.mark.parametrize(("sentence", "quoted_words", "plain_words"), [
    ("« Les commandes de Vinci sont là », assure Baptiste Morel.", ["Vinci"], ["Baptiste"]),
    ('He said "Kestrel will grow" and left Orvane.', ["Kestrel"], ["Orvane"]),
    # an odd mark closes a quotation an earlier sentence opened ...
    ("Vinci will grow,” said Baptiste Morel.", ["Vinci"], ["Baptiste"]),
    # ... unless the sentence opens with it: then it opens one the next sentence goes on with
    ("“Vinci will grow. Baptiste Morel", ["Vinci", "Baptiste"], []),
])
def test_a_word_between_double_quotation_marks_is_quoted(sentence, quoted_words, plain_words):
    offset = 100  # where the sentence starts in its article
    spans = quotations(sentence, offset=offset)
    assert all(within(offset + sentence.index(w), spans) for w in quoted_words)
    assert not any(within(offset + sentence.index(w), spans) for w in plain_words)
