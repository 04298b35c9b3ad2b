"""The article store: a real SQLite file in a temporary NEWSLENS_DATA_DIR."""

from __future__ import annotations

import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extraction import analyze
from library import Library, LibraryError, data_dir, database_path
from library.schema import MIGRATIONS
from tests.conftest import ROOT

XIAOMI = "PEKING, 3. Mai 2025 – Xiaomi-Gründer Lei Jun hat Luo Fuli von DeepSeek abgeworben."
MICROSOFT = "Satya Nadella, Microsoft's CEO, said Microsoft will invest $80 billion in 2025."


@pytest.fixture
def library(tmp_path: Path, monkeypatch) -> Library:
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "data"))
    with Library.open() as opened:
        yield opened


@pytest.fixture(scope="module")
def analyses():
    return {"xiaomi": analyze(XIAOMI, language="de"), "microsoft": analyze(MICROSOFT, language="en")}


def test_lives_in_the_configured_folder_never_the_repository(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "somewhere"))
    assert database_path() == tmp_path / "somewhere" / "library.sqlite3"
    monkeypatch.delenv("NEWSLENS_DATA_DIR")
    assert ROOT not in data_dir().parents and data_dir() != ROOT


def test_saved_article_comes_back_whole(library: Library, analyses):
    stored = library.save(analyses["xiaomi"], title="Xiaomi hires", source="xiaomi.txt")
    again = library.get(stored.id)
    assert again.analysis == analyses["xiaomi"]
    assert (again.title, again.source, again.language) == ("Xiaomi hires", "xiaomi.txt", "de")
    assert again.published.isoformat() == "2025-05-03"  # the date the text gives


def test_date_falls_back_to_when_it_was_added(library: Library, analyses):
    stored = library.save(analyses["microsoft"], title="Microsoft")
    assert stored.published is None
    assert stored.date == stored.added.date()


def test_the_same_text_twice_is_one_article(library: Library, analyses):
    first = library.save(analyses["xiaomi"], title="Old title", source="a.txt")
    second = library.save(analyze(XIAOMI + "\n", language="de"), title="New title")
    assert first.id == second.id
    assert len(library) == 1
    assert (second.title, second.source) == ("New title", "a.txt")


def test_search_by_title_person_or_organisation(library: Library, analyses):
    library.save(analyses["xiaomi"], title="Xiaomi hires")
    library.save(analyses["microsoft"], title="Microsoft invests")
    assert [a.title for a in library.articles(search="luo fuli")] == ["Xiaomi hires"]
    assert [a.title for a in library.articles(search="Microsoft")] == ["Microsoft invests"]
    assert [a.title for a in library.articles(search="invests")] == ["Microsoft invests"]
    assert library.articles(search="nobody") == []


def test_delete(library: Library, analyses):
    stored = library.save(analyses["xiaomi"], title="x")
    assert library.delete(stored.id) is True
    assert library.delete(stored.id) is False
    assert len(library) == 0 and library.articles(search="Lei Jun") == []


def test_export_and_import_move_a_library(tmp_path: Path, library: Library, analyses):
    library.save(analyses["xiaomi"], title="Xiaomi hires", source="x.txt")
    library.save(analyses["microsoft"], title="Microsoft invests")
    out = io.StringIO()
    assert library.export_jsonl(out) == 2
    lines = out.getvalue().splitlines()
    assert all(json.loads(line)["schema_version"] == "1" for line in lines)
    with Library.open(tmp_path / "other" / "library.sqlite3") as other:
        assert other.import_jsonl(lines).added == 2
        assert other.import_jsonl(lines).already_there == 2
        moved = {a.title: a for a in other.articles()}
        assert moved["Xiaomi hires"].analysis == analyses["xiaomi"]
        assert moved["Xiaomi hires"].source == "x.txt"


@pytest.mark.parametrize("line", [
    '{"not": "an export"}', "not json", '{"schema_version": "2", "newslens_article": {}}',
])
def test_a_bad_import_line_is_named_and_nothing_is_written(library: Library, analyses, line):
    good = io.StringIO()
    library.save(analyses["microsoft"], title="m")
    library.export_jsonl(good)
    library.delete(library.articles()[0].id)
    with pytest.raises(LibraryError, match="line 2"):
        library.import_jsonl([good.getvalue().strip(), line])
    assert len(library) == 0


def test_a_newer_schema_is_refused_and_an_old_file_is_migrated(tmp_path: Path):
    newer = tmp_path / "newer.sqlite3"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(LibraryError, match="schema version"):
        Library.open(newer)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with Library.open(empty) as migrated:
        assert len(migrated) == 0
    assert sqlite3.connect(empty).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_killed_process_loses_no_saved_article(tmp_path: Path):
    """A writer saving in a loop is killed mid-way; every article it reported saved is there."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from extraction.result import Analysis
from extraction.text import sha256
from library import Library
with Library.open({str(tmp_path / 'lib.sqlite3')!r}) as lib:
    for i in range(100000):
        text = f"Article number {{i}}."
        lib.save(Analysis(text=text, language="en", text_sha256=sha256(text)), title=f"n{{i}}")
        print(i, flush=True)
"""
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    saved = []
    deadline = time.monotonic() + 30
    while len(saved) < 50 and time.monotonic() < deadline:
        saved.append(int(writer.stdout.readline()))
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        titles = {a.title for a in lib.articles()}
        assert {f"n{i}" for i in saved} <= titles
        assert lib._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_takes_percent_and_underscore_literally(library: Library, analyses):
    library.save(analyses["microsoft"], title="Microsoft 100% in")
    assert [a.title for a in library.articles(search="100%")] == ["Microsoft 100% in"]
    assert library.articles(search="_") == []


def test_an_imported_article_is_found_by_an_alias(tmp_path: Path, library: Library):
    text = "Alibaba Group reported results. Alibaba said revenue rose. Alibaba grew."
    library.save(analyze(text, language="en"), title="Cloud results")
    out = io.StringIO()
    library.export_jsonl(out)
    with Library.open(tmp_path / "moved.sqlite3") as moved:
        moved.import_jsonl(out.getvalue().splitlines())
        assert [a.title for a in moved.articles(search="Alibaba Group")] == ["Cloud results"]


def test_a_language_we_do_not_cover_keeps_its_note(library: Library):
    italian = analyze("Il gruppo investirà 2 miliardi di euro nel 2025 nella ricerca, ha detto il presidente.")
    stored = library.save(italian, title="Italian")
    assert library.get(stored.id).analysis.notes == italian.notes != ()


@pytest.mark.parametrize(("line", "says"), [
    ('{"not": "an export"}', "it has no article text"),
    ("not json", "it is not JSON"),
    ("[1, 2]", "it holds no article"),
    ('{"schema_version": "1", "newslens_article": {"text": "x"}}', "the analysis is incomplete (no “language”)"),
])
def test_a_bad_import_line_says_what_is_wrong_in_plain_words(library: Library, line: str, says: str):
    with pytest.raises(LibraryError) as refused:
        library.import_jsonl([line])
    assert says in str(refused.value) and "Error" not in str(refused.value)


def test_the_revision_changes_with_every_write_from_any_connection(library: Library, analyses):
    seen = [library.revision()]
    stored = library.save(analyses["microsoft"], title="m")
    seen.append(library.revision())
    assert library.revision() == seen[-1]  # reading changes nothing
    with Library.open(library.path) as other:  # another process's connection
        other.save(analyses["xiaomi"], title="x")
    seen.append(library.revision())
    library.delete(stored.id)
    seen.append(library.revision())
    assert len(set(seen)) == 4


def test_recent_languages_most_recent_first(library: Library, analyses):
    assert library.recent_languages() == []
    library.save(analyses["xiaomi"], title="x")
    library.save(analyses["microsoft"], title="m")
    assert library.recent_languages() == ["en", "de"]
