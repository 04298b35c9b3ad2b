"""``python -m extraction analyze``: JSON out, JSON Lines for several documents, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction.result import SCHEMA_VERSION
from extraction.size_limit import MAX_CHARS, first_part
from extraction.text import normalize, sha256
from tests.conftest import ROOT


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extraction", "analyze", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120)


def test_one_file_prints_one_json_object(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Satya Nadella, Microsoft's CEO, said Microsoft will invest $80 billion in 2025.", "utf-8")
    done = run(str(article))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["schema_version"] == SCHEMA_VERSION
    assert [p["name"] for p in data["people"]] == ["Satya Nadella"]


def test_several_files_and_lines_print_json_lines_in_order(tmp_path: Path):
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("Microsoft hired Jane Doe.", "utf-8")
    second.write_text("Mistral AI a levé 600 millions d'euros en 2024.", "utf-8")
    lines = run(str(first), str(second)).stdout.decode().splitlines()
    assert [json.loads(line)["language"] for line in lines] == ["en", "fr"]
    both = tmp_path / "both.txt"
    both.write_text("Microsoft hired Jane Doe.\n\nGoogle hired John Roe.\n", "utf-8")
    lines = run("--lines", str(both), "--language", "en").stdout.decode().splitlines()
    assert len(lines) == 2


def test_stdin_and_language_override():
    done = run("-", "--language", "fr", stdin=b"Xiaomi investit 2 milliards d'euros en 2025.")
    data = json.loads(done.stdout)
    assert data["language"] == "fr"
    assert data["figures"][0]["amount"] == 2e9


def test_other_encodings_and_html_are_read(tmp_path: Path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Die Münchner Siemens AG investiert 5 Mrd. Euro in Forschung und Entwicklung.".encode("cp1252"))
    assert json.loads(run(str(latin)).stdout)["language"] == "de"
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>alert(1)</script><style>p{}</style></head>"
                    "<body><p>Microsoft hired Jane Doe in 2024.</p></body></html>", "utf-8")
    data = json.loads(run(str(page)).stdout)
    assert all("alert" not in e["text"] for e in data["entities"])
    assert any(e["text"] == "Microsoft" for e in data["entities"])


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, content: bytes, reason: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    done = run(str(bad))
    assert done.returncode == 2
    message = done.stderr.decode().strip()
    assert len(message.splitlines()) == 1
    assert "bad.txt" in message and reason in message
    assert done.stdout == b""


def test_missing_file_and_unsupported_type(tmp_path: Path):
    done = run(str(tmp_path / "nowhere.txt"))
    assert (done.returncode, done.stderr.decode().count("\n")) == (2, 1)
    assert "no such file" in done.stderr.decode()
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    done = run(str(odd))
    assert done.returncode == 2 and "unsupported file type" in done.stderr.decode()


def test_save_keeps_every_article_in_the_library_with_progress(tmp_path: Path, monkeypatch):
    from library.store import Library

    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "data"))
    first, second = tmp_path / "siemens.txt", tmp_path / "mistral.txt"
    first.write_text("Siemens holt Managerin\n\nSiemens hat Katrin Albers von SAP abgeworben.", "utf-8")
    second.write_text("Mistral AI lève des fonds\n\nMistral AI a levé 600 millions d'euros en 2024.", "utf-8")
    done = run("--save", str(first), str(second))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.decode().splitlines()) == 2  # the JSON Lines as without --save
    assert done.stderr.decode().splitlines()[-1].startswith("[2/2] kept #")
    with Library.open() as library:
        kept = {(a.title, a.source, a.language) for a in library.articles()}
    assert kept == {("Siemens holt Managerin", "siemens.txt", "de"), ("Mistral AI lève des fonds", "mistral.txt", "fr")}


def test_save_keeps_nothing_when_one_input_is_bad(tmp_path: Path, monkeypatch):
    from library.store import Library

    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "data"))
    good = tmp_path / "good.txt"
    good.write_text("Microsoft hired Jane Doe.", "utf-8")
    done = run("--save", str(good), str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr.decode().strip().endswith("missing.txt: no such file")
    with Library.open() as library:
        assert list(library.articles()) == []


def english_article() -> str:
    return (ROOT / "tests" / "data" / "articles" / "en_02_alibaba_cloud.txt").read_text("utf-8")


def assert_no_traceback(done: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in done.stderr and b"Error:" not in done.stderr.split(b"(")[0], done.stderr


def test_five_megabytes_are_cut_at_a_sentence_end_with_one_warning(tmp_path: Path):
    filler = "The market kept growing and prices went on rising through the year. "  # names nobody: quick
    big = tmp_path / "big.txt"
    big.write_text(english_article() + "\n\n" + filler * (5_000_000 // len(filler)), "utf-8")
    done = run(str(big))
    assert_no_traceback(done)
    assert done.returncode == 0
    (warning,) = done.stderr.decode().splitlines()
    assert warning.startswith(f"newslens: warning: “{big}” has 5,0") and "more than the 300,000" in warning
    analysed = first_part(big.read_text("utf-8"), limit=MAX_CHARS)
    assert 240_000 < len(analysed) <= MAX_CHARS and analysed.endswith(".")
    assert json.loads(done.stdout)["text_sha256"] == sha256(normalize(analysed))


def test_max_chars_sets_the_limit(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(english_article(), "utf-8")
    done = run("--max-chars", "400", str(article))
    assert done.returncode == 0
    assert "more than the 400 NewsLens analyses" in done.stderr.decode()
    analysed = first_part(english_article(), limit=400)
    assert analysed.endswith(".") and json.loads(done.stdout)["text_sha256"] == sha256(normalize(analysed))


def test_control_characters_are_removed_not_refused(tmp_path: Path):
    article = tmp_path / "controls.txt"
    said = "Satya Nadella, Microsoft's CEO, said Microsoft will invest $80 billion in 2025."
    article.write_text(said.replace(",", "\x00,", 1).replace("CEO", "CEO\x07") + "\x1b\x0c", "utf-8")
    done = run(str(article))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["text_sha256"] == sha256(said)
    assert [p["name"] for p in data["people"]] == ["Satya Nadella"]


def test_two_hundred_thousand_characters_without_a_space(tmp_path: Path):
    long_word = tmp_path / "word.txt"
    long_word.write_text("Xiaomi" + "abcdefghij" * 20_000, "utf-8")
    done = run(str(long_word))
    assert_no_traceback(done)
    assert done.returncode == 0
    assert json.loads(done.stdout)["text_sha256"] == sha256(long_word.read_text("utf-8"))


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "unsupported file type '.exe'"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unsupported file type '.png'"),
    ("archive.zip", b"PK\x03\x04\x14\x00", "unsupported file type '.zip'"),
    ("table.xlsx", b"PK\x03\x04\x14\x00", "unsupported file type '.xlsx'"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("noise", bytes(range(256)) * 40, "binary"),
    ("controls.txt", b"\x00\x07\x1b\x0c", "binary"),
    ("nothing.txt", b"\x0c\x0c \n", "empty"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "PDF"),
    ("broken.docx", b"PK\x03\x04 not really", "DOCX"),
    ("tilde.html", b"<html><body><script>x</script></body></html>", "no text"),
])
def test_every_bad_type_exits_2_with_one_line(tmp_path: Path, name: str, content: bytes, reason: str):
    bad = tmp_path / name
    bad.write_bytes(content)
    done = run(str(bad))
    assert_no_traceback(done)
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"newslens: {bad}: ") and reason in line
    assert done.stdout == b""


def test_binary_standard_input_and_a_directory_exit_2(tmp_path: Path):
    done = run("-", stdin=bytes(range(256)) * 10)
    assert done.returncode == 2 and done.stderr.decode().count("\n") == 1 and "binary" in done.stderr.decode()
    done = run(str(tmp_path))
    assert done.returncode == 2 and "is a directory" in done.stderr.decode()


@pytest.mark.parametrize("args", [
    ("--max-chars", "0", "a.txt"), ("--max-chars", "lots", "a.txt"), ("--max-chars", "2000001", "a.txt"),
    ("--language", "German", "a.txt"), ("--bogus", "a.txt"), (),
])
def test_usage_mistakes_exit_2_with_one_line(args: tuple[str, ...]):
    done = run(*args)
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("newslens: ") and "--help" in line


def test_lines_of_only_control_characters_are_no_documents(tmp_path: Path):
    lines = tmp_path / "lines.txt"
    lines.write_text("\x07\n\x1b\n" + " \n" * 10, "utf-8")
    done = run("--lines", str(lines))
    assert done.returncode == 2 and "holds no text" in done.stderr.decode()
    lines.write_text("\x07\nMicrosoft hired Jane Doe.\n\x1b\n" + " \n" * 10, "utf-8")
    assert len(run("--lines", str(lines)).stdout.decode().splitlines()) == 1


def test_an_address_is_fetched_and_analysed(local_site, tmp_path: Path, monkeypatch):
    from article_layouts import PEOPLE_AROUND, news_page

    from library.store import Library

    text = (ROOT / "tests" / "data" / "articles" / "en_01_microsoft_robotics.txt").read_text("utf-8")
    url = local_site.page("/2025/ms-robotics", news_page(text, language="en"))
    done = run(url)
    assert done.returncode == 0, done.stderr
    people = {p["name"] for p in json.loads(done.stdout)["people"]}
    assert "Priya Raman" in people and not people & PEOPLE_AROUND
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "data"))
    assert run("--save", url).returncode == 0
    with Library.open() as library:
        (kept,) = library.articles()
    assert (kept.url, kept.source, kept.author) == (url, "", "Jane Whitfield")
    assert kept.title == "Microsoft hires DeepMind researcher to lead new robotics lab"


@pytest.mark.parametrize(("path", "reason"), [("/gone", "the server answered 404 Not Found"),
                                              ("/logo", "the address serves image/png")])
def test_an_address_that_cannot_be_opened_exits_2_with_one_line(local_site, path: str, reason: str):
    local_site.page("/logo", b"\x89PNG", content_type="image/png")
    done = run(local_site.url(path))
    assert done.returncode == 2 and done.stdout == b""
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"newslens: {local_site.url(path)}: ") and reason in line


def test_a_public_server_refuses_a_local_address(local_site, monkeypatch):
    url = local_site.page("/a", "<p>Microsoft hired Jane Doe.</p>")
    monkeypatch.setenv("NEWSLENS_PUBLIC_URLS_ONLY", "1")
    done = run(url)
    assert done.returncode == 2 and "private network" in done.stderr.decode()
    assert len(done.stderr.decode().splitlines()) == 1
