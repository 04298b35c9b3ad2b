"""``python -m library`` on both back ends: add (in this process or on a local Dask cluster), list, show,
export, import, delete; errors in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from extraction.result import SCHEMA_VERSION
from library import Library
from tests.conftest import ARTICLES, ROOT
from tests.extraction.article_layouts import PEOPLE_AROUND, news_page


def run(environment: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "library", *args], cwd=ROOT, env={**os.environ, **environment},
                          capture_output=True, text=True, timeout=600)


def test_round_trip(backend, tmp_path: Path):
    here, there = backend.environment(backend.new()), backend.environment(backend.new())
    assert run(here, "add", str(ARTICLES / "en_01_microsoft_robotics.txt")).returncode == 0
    listing = run(here, "list", "--search", "Nadella").stdout
    assert "Microsoft hires DeepMind researcher" in listing
    shown = json.loads(run(here, "show", listing.split()[0]).stdout)
    assert shown["schema_version"] == SCHEMA_VERSION
    assert run(here, "export", str(tmp_path / "lib.jsonl")).returncode == 0
    imported = run(there, "import", str(tmp_path / "lib.jsonl"))
    assert imported.stdout.startswith("1 articles added")
    assert run(there, "delete", listing.split()[0]).returncode == 0


def test_errors_exit_2_with_one_line(backend, tmp_path: Path):
    environment = backend.environment(backend.new())
    for args in (("delete", "42"), ("show", "42"), ("add", str(tmp_path / "missing.txt"))):
        done = run(environment, *args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1


def test_add_keeps_every_article_it_can_and_names_each_it_cannot(backend, tmp_path: Path, monkeypatch):
    """Files in two languages kept with their names; an empty file and a JSON Lines record without text are
    named on stderr (exit status 2), and the others are kept all the same (a text's NUL dropped)."""
    where = backend.configure(monkeypatch)
    (tmp_path / "siemens.txt").write_text("Siemens holt Managerin\n\nSiemens hat Katrin Albers von SAP abgeworben.",
                                          "utf-8")
    (tmp_path / "mistral.txt").write_text("Mistral AI lève des fonds\n\nMistral AI a levé 600 millions d'euros en "
                                          "2024.", "utf-8")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "wire-1", "text": "Microsoft hired Jane Doe from Google.",
                                                     "title": "Microsoft hires", "author": "A. Reporter",
                                                     "url": "https://news.example/1", "published": "2025-02-03"})
                                         + "\n" + json.dumps({"id": "wire-2", "title": "no text"})
                                         + "\n" + json.dumps({"id": "wire-3", "text": "SAP hired Jo Kim.\u0000"})
                                         + "\n", "utf-8")
    done = run(backend.environment(where), "add", str(tmp_path))
    assert done.returncode == 2
    failures = sorted(done.stderr.strip().splitlines())
    assert len(failures) == 2 and "empty.txt" in failures[0]
    assert failures[1].endswith("wire-2: no 'text' field with a string")
    assert len(done.stdout.splitlines()) == 4
    with Library.open() as library:
        kept = {a.source: a for a in library.articles()}
    assert {(a.title, s, a.language) for s, a in kept.items()} == {
        ("Siemens holt Managerin", "siemens.txt", "de"), ("Mistral AI lève des fonds", "mistral.txt", "fr"),
        ("Microsoft hires", "wire-1", "en"), ("SAP hired Jo Kim.", "wire-3", "en")}
    assert kept["wire-3"].analysis.text == "SAP hired Jo Kim."  # its NUL dropped, as every control character
    wire = kept["wire-1"]
    assert (wire.url, wire.author, wire.published.isoformat()) == ("https://news.example/1", "A. Reporter",
                                                                   "2025-02-03")


def test_add_keeps_a_feed_analysed_on_a_local_dask_cluster(backend, tmp_path: Path, monkeypatch):
    """The batch engine with two workers and chunks of 4: every article kept once, one transaction per chunk."""
    where = backend.configure(monkeypatch)
    articles = sorted(ARTICLES.glob("*.txt"))
    with (tmp_path / "feed.jsonl").open("w", encoding="utf-8") as feed:
        for path in articles:
            feed.write(json.dumps({"id": path.stem, "text": path.read_text("utf-8")}, ensure_ascii=False) + "\n")
    done = run(backend.environment(where), "add", str(tmp_path / "feed.jsonl"), "--workers", "2", "--chunk-size", "4")
    assert done.returncode == 0, done.stderr
    assert "Dask scheduler tcp://" in done.stderr and len(done.stdout.splitlines()) == len(articles)
    with Library.open() as library:
        kept = library.articles()
        assert sorted(a.source for a in kept) == sorted(path.stem for path in articles)
        assert {a.language for a in kept} == {"de", "en", "fr"}
        assert [a.source for a in library.articles(search="Katrin Albers")] == ["de_01_siemens_sap"]
        assert library.revision() == -(-len(articles) // 4)  # one write per chunk


def test_add_keeps_a_web_page_with_its_address_and_byline(backend, local_site, monkeypatch):
    where = backend.configure(monkeypatch)
    text = (ARTICLES / "en_01_microsoft_robotics.txt").read_text("utf-8")
    url = local_site.page("/2025/ms-robotics", news_page(text, language="en"))
    done = run(backend.environment(where), "add", url)
    assert done.returncode == 0, done.stderr
    with Library.open() as library:
        (kept,) = library.articles()
    assert (kept.url, kept.source, kept.author) == (url, "", "Jane Whitfield")
    assert kept.title == "Microsoft hires DeepMind researcher to lead new robotics lab"
    assert not {p.name for p in kept.analysis.people} & PEOPLE_AROUND


def test_a_server_that_cannot_be_used_is_one_line_without_its_password(tmp_path: Path):
    for url, reason in (("postgresql://newslens:s3cret@127.0.0.1:1/library", "cannot connect"),
                        ("mysql://newslens:s3cret@127.0.0.1/library", "PostgreSQL"),
                        ("postgresql://newslens:s3cret@127.0.0.1:notaport/library", "not a database URL")):
        done = run({"NEWSLENS_DATABASE_URL": url}, "list")
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert reason in done.stderr and "s3cret" not in done.stderr, done.stderr


def test_the_store_imports_neither_streamlit_nor_spacy():
    code = "import sys, library; library.combine([]); print('spacy' in sys.modules, 'streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "False"]
