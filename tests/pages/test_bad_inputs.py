"""Every kind of input the start page may get, through AppTest: five megabytes, control characters,
200,000 characters without a space, files of every type it refuses. None is a traceback; each gets a
message next to the box it came from, and nothing typed or uploaded is lost."""

from __future__ import annotations

import pytest
import sample_files
from app_session import ANALYSE, FILES, TEXT, messages, paste_and_analyse, start_app, upload_and_analyse
from streamlit.testing.v1 import AppTest

from components.inputs import ACCEPTED_SUFFIXES, MAX_CHARS
from extraction.size_limit import first_part
from tests.conftest import ARTICLES

ARTICLE = (ARTICLES / "en_02_alibaba_cloud.txt").read_text("utf-8")
# Prose that names nobody, so that a long text's first part analyses in seconds.
FILLER = "The market kept growing and prices went on rising through the year. "


def results(at: AppTest) -> list:
    return at.session_state.get("newslens.results", [])


def five_megabytes() -> bytes:
    return (ARTICLE + "\n\n" + FILLER * (5_000_000 // len(FILLER))).encode("utf-8")


def test_a_five_megabyte_upload_is_offered_in_part_and_then_analysed() -> None:
    data = five_megabytes()
    at = upload_and_analyse([("report.txt", data, "text/plain")])
    assert not at.exception and not results(at)
    (warning,) = messages(at, "warning")
    assert warning.startswith(f"“report.txt” has {len(data.decode()):,} characters, more than the {MAX_CHARS:,}")
    at.button(key="newslens.start.first_parts").click().run()
    assert not at.exception
    (result,) = results(at)
    assert result.article.text == first_part(data.decode()) and len(result.article.text) <= MAX_CHARS
    assert "Eddie Wu" in [p.name for p in result.analysis.people]  # the article at its start is read
    assert at.file_uploader(key=FILES).value[0].name == "report.txt"  # the upload is still there


def test_control_characters_are_removed_not_refused() -> None:
    at = paste_and_analyse(ARTICLE.replace(" ", " \x00", 3).replace(".", ".\x07\x1b", 2) + "\x0c")
    assert not at.exception and not messages(at)
    (result,) = results(at)
    assert not any(c in result.analysis.text for c in "\x00\x07\x1b\x0c")
    assert "Eddie Wu" in [p.name for p in result.analysis.people]


def test_two_hundred_thousand_characters_without_a_space() -> None:
    at = paste_and_analyse("Xiaomi" + "abcdefghij" * 20_000)
    assert not at.exception and not messages(at)
    (result,) = results(at)
    assert len(result.analysis.text) == 200_006


def test_the_upload_box_declares_only_the_listed_types() -> None:
    uploader = start_app().file_uploader(key=FILES)
    assert sorted(uploader.proto.type) == sorted(f".{suffix}" for suffix in ACCEPTED_SUFFIXES)


@pytest.mark.parametrize("name", ["setup.exe", "photo.png", "archive.zip", "table.xlsx", "notes.rtf"])
def test_a_file_of_another_type_never_gets_into_the_upload_list(name: str) -> None:
    at = start_app()
    at.file_uploader(key=FILES).set_value([(name, b"MZ\x90\x00", "application/octet-stream")])
    at.run()  # a browser refuses it at the box; AppTest bypasses the box, and Streamlit's own check refuses it
    (refusal,) = at.exception
    assert refusal.message.startswith(f"Invalid file extension: `{name[name.index('.'):]}`")
    assert not results(at)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    ("noise.txt", bytes(range(256)) * 40, "binary file"),
    ("bells.txt", b"\x07\x07\x07\x1b\x1b", "binary file, not text"),
    ("empty.txt", b"", "the file is empty"),
    ("blank.md", b"   \n\n", "the file is empty"),
    ("scripts.html", b"<html><body><script>alert(1)</script></body></html>", "the file holds no text"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj", "corrupt or unreadable PDF"),
    ("broken.docx", b"PK\x03\x04 not a zip", "corrupt or password-protected DOCX"),
    ("scan.pdf", sample_files.pdf([]), "PDF without a text layer"),
])
def test_a_bad_file_of_a_listed_type_is_named_beside_the_upload_box(name: str, content: bytes, reason: str) -> None:
    at = start_app()
    at.text_area(key=TEXT).input(ARTICLE)
    at.file_uploader(key=FILES).set_value([(name, content, "application/octet-stream")])
    at.button(key=ANALYSE).click().run()
    assert not at.exception
    (message,) = messages(at)
    assert message.startswith(f"“{name}” could not be read: {reason}")
    assert [r.article.name for r in results(at)] == ["Pasted text"]  # the text box's article, analysed all the same
    assert at.text_area(key=TEXT).value == ARTICLE and at.file_uploader(key=FILES).value[0].name == name
