"""Batch inputs: files, folders and JSON Lines listed as sources, and each source's bytes parsed into an
article or the reason it cannot be analysed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction.batch_inputs import ArticleError, BatchInputError, Source, find_sources, parse_article
from extraction.documents import read_document


def _write_lines(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), "utf-8")
    return path


def test_folders_are_searched_recursively_in_name_order_skipping_hidden_and_unsupported(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.html", "a.txt", "b/1.md", "notes.csv", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text("Siemens hires Jane Doe.", "utf-8")
    names = [source.name for source in find_sources([str(tmp_path)])]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.md"), str(tmp_path / "b" / "2.html")]


def test_json_lines_give_one_source_per_non_blank_line_and_read_back_that_line(tmp_path: Path):
    feed = _write_lines(tmp_path / "feed.jsonl", {"text": "one"}, "", {"text": "drei", "id": 3}, "   ")
    sources = find_sources([str(feed)])
    assert [s.name for s in sources] == [f"{feed}:1", f"{feed}:3"]
    assert [json.loads(s.read())["text"] for s in sources] == ["one", "drei"]


def test_an_input_given_twice_is_read_once(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Siemens hires Jane Doe.", "utf-8")
    assert len(find_sources([str(article), str(tmp_path), f"{tmp_path}/./a.txt"])) == 1


@pytest.mark.parametrize(("make", "message"), [
    (lambda folder: folder / "missing.txt", "no such file or folder"),
    (lambda folder: _write_lines(folder / "table.csv", "a,b"), "unsupported file type '.csv'"),
    (lambda folder: folder, "no articles in"),
])
def test_inputs_the_batch_cannot_start_with_are_named(tmp_path: Path, make, message: str):
    path = make(tmp_path)
    with pytest.raises(BatchInputError, match=message) as raised:
        find_sources([str(path)])
    assert str(path) in str(raised.value)


def test_the_stamp_changes_with_the_content(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Siemens hires Jane Doe.", "utf-8")
    feed = _write_lines(tmp_path / "feed.jsonl", {"text": "one"})
    before = [s.stamp for s in find_sources([str(article), str(feed)])]
    article.write_text("Siemens hires John Roe and Jane Doe.", "utf-8")
    _write_lines(feed, {"text": "two"})
    after = [s.stamp for s in find_sources([str(article), str(feed)])]
    assert before[0] != after[0] and before[1] != after[1]


def test_a_json_record_keeps_its_id_and_other_fields_as_metadata():
    source = Source("feed.jsonl", line=7)
    record = {"id": 42, "text": "Mistral AI lève 600 millions d'euros.", "url": "https://example.org/a",
              "title": "Mistral lève"}
    article = parse_article(source, json.dumps(record).encode())
    assert (article.id, article.source, article.title) == ("42", "feed.jsonl:7", "Mistral lève")
    assert article.metadata == {"url": "https://example.org/a", "title": "Mistral lève"}
    untitled = parse_article(source, json.dumps({"text": "Headline\nBody."}).encode())
    assert (untitled.id, untitled.title, untitled.metadata) == ("feed.jsonl:7", "Headline", {})


@pytest.mark.parametrize(("line", "article_id", "reason"), [
    (b"{not json", "feed.jsonl:2", "not valid JSON"),
    (b'["a list"]', "feed.jsonl:2", "not a JSON object"),
    (b'{"id": "x9", "body": "no text field"}', "x9", "no 'text' field"),
    (b'{"id": "x9", "text": 17}', "x9", "no 'text' field"),
    (b'{"id": "x9", "text": "  \\n "}', "x9", "the text is empty"),
    (b"\xff\xfe{", "feed.jsonl:2", "not valid JSON"),
])
def test_a_bad_json_record_names_its_id_and_reason(line: bytes, article_id: str, reason: str):
    with pytest.raises(ArticleError, match=reason) as raised:
        parse_article(Source("feed.jsonl", line=2), line)
    assert raised.value.id == article_id


def test_a_document_file_is_read_like_the_analyze_command_reads_it():
    html = b"<html><head><title>Page title</title><script>x()</script></head><body><p>Body text.</p></body></html>"
    article = parse_article(Source("news/page.html"), html)
    document = read_document(html, name="news/page.html")
    assert (article.id, article.title, article.text) == ("news/page.html", document.title, document.text)
    assert "Body text." in article.text and "x()" not in article.text
    # a text with a few stray control characters is a text (analysis drops them); control bytes only are not
    assert parse_article(Source("news/b.txt"), b"Stray\x07 bell.").text.startswith("Stray")
    with pytest.raises(ArticleError, match="binary file") as raised:
        parse_article(Source("news/a.txt"), bytes(range(32)) * 4 + b" binary")
    assert raised.value.id == "news/a.txt"
