"""Article files to text: encodings, HTML without scripts, PDF and DOCX, and the reasons a file fails."""

from __future__ import annotations

import io

import pytest
from docx import Document as DocxDocument

from extraction.documents import DocumentError, html_to_text, looks_binary, read_document, title_of


def test_utf8_and_legacy_encodings():
    assert read_document("Grüße aus Köln".encode(), name="a.txt").text == "Grüße aus Köln"
    text = "Le chiffre d'affaires a augmenté à Bâle et à Zürich, écrit la société."
    assert read_document(text.encode("latin-1"), name="b.txt").text == text


def test_html_keeps_text_and_drops_scripts_and_styles():
    text, title = html_to_text(
        "<html><head><title>Xiaomi hires</title><style>.a{}</style></head>"
        "<body><h1>Xiaomi hires</h1><script>alert('x')</script><p>Lei Jun &amp; Luo Fuli.</p></body></html>"
    )
    assert "alert" not in text and ".a{}" not in text
    assert "Lei Jun & Luo Fuli." in text
    assert title == "Xiaomi hires"


def test_docx():
    document = DocxDocument()
    document.add_paragraph("Siemens holt eine KI-Managerin.")
    document.add_paragraph("Sie kommt von SAP.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = read_document(buffer.getvalue(), name="article.docx")
    assert result.text == "Siemens holt eine KI-Managerin.\n\nSie kommt von SAP."
    assert result.title == "Siemens holt eine KI-Managerin."


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"", "empty.txt", "empty"),
    (b"\x00\x01\x02binary", "x.txt", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image", "binary"),
    (b"\x00\x07\x1b", "controls.txt", "binary"),
    (b"\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07 ", "bells.txt", "binary"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "program", "binary"),
    (b"%PDF-1.4 broken", "x.pdf", "PDF"),
    (b"PK\x03\x04 broken", "x.docx", "DOCX"),
    (b"hello", "x.xlsx", "unsupported file type"),
])
def test_unreadable_files_say_why(data, name, reason):
    with pytest.raises(DocumentError, match=reason):
        read_document(data, name=name)


def test_title_is_the_first_line_shortened():
    assert title_of("\n\n  Headline here \nBody") == "Headline here"
    assert title_of("x" * 200).endswith("…")


def test_a_text_with_a_few_control_characters_is_a_text():
    data = b"Siemens\x00 holt\x07 eine\x1b KI-Managerin\x0c von SAP."
    document = read_document(data, name="controls.txt")
    assert document.text.startswith("Siemens\x00 holt")  # the analysis drops them (extraction.text)
    assert document.title == "Siemens holt eine KI-Managerin"


def test_a_legacy_encoded_text_with_a_stray_nul_is_a_text():
    text = "Grüße aus Köln, schreibt die Zeitung über die Straße."
    assert read_document(text.replace(",", ",\x00", 1).encode("cp1252"), name="a.txt").text.replace("\x00", "") == text


def test_random_bytes_and_known_formats_are_binary():
    import random

    rng = random.Random(11)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    assert looks_binary(noise)
    assert looks_binary(b"PK\x03\x04" + b"a" * 100)
    assert not looks_binary("Ganz normaler Text mit Umlauten: äöü.".encode())
    assert not looks_binary(b"\x1b[31mERROR\x1b[0m: disk full\n" * 20)  # a terminal log is text


@pytest.mark.parametrize(("title", "site", "url", "headline"), [
    ("Microsoft hires a robotics chief | TechDaily", "TechDaily", "", "Microsoft hires a robotics chief"),
    ("TechDaily: Microsoft hires a robotics chief", "TechDaily", "", "Microsoft hires a robotics chief"),
    ("Siemens: neue KI-Chefin – heise online", "", "https://www.heise.de/news/1", "Siemens: neue KI-Chefin"),
    ("Heise kauft c't – heise online", "", "https://www.heise.de/news/2", "Heise kauft c't"),
    ("Le Monde.fr - Mistral lève 600 millions", "Le Monde", "", "Mistral lève 600 millions"),
    ("Apple vs. Samsung - the fight goes on", "", "", "Apple vs. Samsung - the fight goes on"),
])
def test_a_page_title_loses_the_site_name_only(title, site, url, headline):
    from extraction.web_page import without_site_name

    assert without_site_name(title, site=site, url=url) == headline


def test_a_page_fragment_without_an_article_is_read_whole():
    document = read_document(b"<html><body><p>Microsoft hired Jane Doe in 2024.</p></body></html>", name="a.html")
    assert document.text == "Microsoft hired Jane Doe in 2024." and document.published is None
