"""The one size limit of an analysis: a longer text is cut at the last sentence end before it."""

from __future__ import annotations

from extraction.size_limit import MAX_CHARS, first_part, over_limit


def test_a_text_within_the_limit_is_kept_whole():
    text = "Short. Text."
    assert first_part(text, limit=len(text)) is text


def test_a_longer_text_ends_at_the_last_sentence_end_before_the_limit():
    text = "First sentence here. Second sentence is here! Third one runs past the limit."
    assert first_part(text, limit=50) == "First sentence here. Second sentence is here!"


def test_a_sentence_end_with_closing_quotes_or_a_paragraph_break_counts():
    assert first_part("He said “go.” And then he left the room.", limit=16) == "He said “go.”"
    assert first_part("A headline without a stop\n\nThe body goes on and on", limit=30) == "A headline without a stop"


def test_a_sentence_end_far_back_is_not_worth_losing_the_rest_for():
    text = "One sentence. " + "then words without any end " * 10
    assert first_part(text, limit=200).startswith("One sentence. then words")


def test_without_a_sentence_end_the_cut_is_at_a_space_then_anywhere():
    assert first_part("word " * 10, limit=22) == "word word word word"
    assert first_part("x" * 200_000, limit=MAX_CHARS) == "x" * 200_000
    assert first_part("x" * 500, limit=100) == "x" * 100


def test_the_message_names_the_input_the_length_and_the_limit():
    assert over_limit("big.txt", length=5_242_880) == (
        "“big.txt” has 5,242,880 characters, more than the 300,000 NewsLens analyses at once.")
