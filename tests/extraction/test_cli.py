"""``python -m extraction analyze``: JSON out, JSON Lines for several documents, one-line errors."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction.result import SCHEMA_VERSION
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


def test_the_core_imports_nothing_above_it():
    """extraction/ is the bottom layer: no module of it imports the library, the app or Streamlit (keeping
    articles is ``python -m library add``)."""
    above = {"library", "components", "pages", "app", "streamlit"}
    for module in (ROOT / "extraction").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            assert not {name.split(".")[0] for name in names} & above, f"{module.relative_to(ROOT)} imports {names}"


def test_an_address_is_fetched_and_analysed(local_site):
    from article_layouts import PEOPLE_AROUND, news_page

    text = (ROOT / "tests" / "data" / "articles" / "en_01_microsoft_robotics.txt").read_text("utf-8")
    url = local_site.page("/2025/ms-robotics", news_page(text, language="en"))
    done = run(url)
    assert done.returncode == 0, done.stderr
    people = {p["name"] for p in json.loads(done.stdout)["people"]}
    assert "Priya Raman" in people and not people & PEOPLE_AROUND


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
