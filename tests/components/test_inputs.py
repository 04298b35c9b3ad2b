"""Input checks: empty text, unreadable files named with their reason, articles over the limit set aside
(never cut without asking), the examples."""

from __future__ import annotations

import pytest

from components.inputs import (
    MAX_CHARS,
    InputError,
    examples,
    first_part_of,
    pasted_article,
    too_long,
    uploaded_articles,
    within_limit,
)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_or_whitespace_text_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="The text box is empty"):
        pasted_article(text)


def test_articles_over_the_limit_are_set_aside_whole_and_cut_only_when_asked() -> None:
    short, long = pasted_article("a " * (MAX_CHARS // 2)), pasted_article("Word. " * (MAX_CHARS // 5))
    assert within_limit([short, long]) == ([short], [long])
    assert len(long.text) > MAX_CHARS  # nothing cut yet
    assert too_long(long) == f"“Pasted text” has {len(long.text):,} characters, more than the {MAX_CHARS:,} " \
                             "NewsLens analyses at once."
    part = first_part_of(long)
    assert part.text.endswith("Word.") and len(part.text) <= MAX_CHARS and part.name == long.name


def test_pasted_article_is_titled_by_its_first_line() -> None:
    article = pasted_article("Headline here\n\nBody text.", language="en")
    assert (article.title, article.language, article.name) == ("Headline here", "en", "Pasted text")


def test_uploads_are_read_or_named_with_the_reason() -> None:
    html = b"<html><head><title>T</title><script>alert(1)</script></head><body><h1>Title</h1><p>Body</p></body></html>"
    articles, problems = uploaded_articles([
        ("a.txt", "Überschrift\n\nText".encode()), ("b.html", html), ("c.exe", b"MZ"),
        ("d.txt", bytes(range(256))), ("e.docx", b"PK\x03\x04 not a zip"), ("f.txt", b"  \n"),
    ])
    assert [a.name for a in articles] == ["a.txt", "b.html"]
    assert articles[0].title == "Überschrift" and "alert" not in articles[1].text
    assert problems == [
        "“c.exe” could not be read: unsupported file type '.exe' (use .txt, .md, .markdown, .html, .htm, .pdf, .docx).",
        "“d.txt” could not be read: binary file, not text.",
        "“e.docx” could not be read: corrupt or password-protected DOCX.",
        "“f.txt” could not be read: the file is empty.",
    ]


def test_examples_cover_german_english_and_french() -> None:
    found = examples()
    assert len(found) == 15
    assert {e.language for e in found} == {"de", "en", "fr"}
    assert found[0].title == "Siemens wirbt KI-Expertin von SAP ab"
    assert found[0].name == "Example: de_01_siemens_sap.txt"
