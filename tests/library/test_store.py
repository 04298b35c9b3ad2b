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
from extraction.result import SCHEMA_VERSION
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
    assert all(json.loads(line)["schema_version"] == SCHEMA_VERSION for line in lines)
    with Library.open(tmp_path / "other" / "library.sqlite3") as other:
        assert other.import_jsonl(lines).added == 2
        assert other.import_jsonl(lines).already_there == 2
        moved = {a.title: a for a in other.articles()}
        assert moved["Xiaomi hires"].analysis == analyses["xiaomi"]
        assert moved["Xiaomi hires"].source == "x.txt"


@pytest.mark.parametrize("line", [
    '{"not": "an export"}', "not json", '{"schema_version": "3", "newslens_article": {}}',
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


def test_a_web_article_keeps_its_address_byline_and_date(tmp_path: Path, library: Library, analyses):
    from datetime import date

    stored = library.save(analyses["microsoft"], title="Microsoft invests", url="https://news.example/a",
                          author="Jane Whitfield", published=date(2025, 3, 14))
    assert (stored.url, stored.author, stored.source, stored.published) == (
        "https://news.example/a", "Jane Whitfield", "", date(2025, 3, 14))
    kept = library.save(analyses["xiaomi"], title="Xiaomi", url="https://news.example/x", published=date(2020, 1, 1))
    assert kept.published.isoformat() == "2025-05-03"  # the text's dateline comes first
    out = io.StringIO()
    library.export_jsonl(out)
    with Library.open(tmp_path / "other.sqlite3") as other:
        other.import_jsonl(out.getvalue().splitlines())
        moved = {a.title: a for a in other.articles()}
    assert (moved["Microsoft invests"].url, moved["Microsoft invests"].author) == ("https://news.example/a",
                                                                                   "Jane Whitfield")


def test_a_library_of_the_first_schema_gains_addresses_and_keeps_its_articles(tmp_path: Path, analyses):
    path = tmp_path / "v1.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0])
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO articles (sha256, title, source, language, published, added, text, analysis) "
        "VALUES (?, 'Old article', 'old.txt', 'en', NULL, '2025-01-02T03:04:05+00:00', ?, ?)",
        (analyses["microsoft"].text_sha256, analyses["microsoft"].text,
         json.dumps(analyses["microsoft"].to_dict())))
    connection.commit()
    connection.close()
    with Library.open(path) as library:
        (old,) = library.articles()
        assert (old.title, old.source, old.url, old.author) == ("Old article", "old.txt", "", "")
        assert old.analysis == analyses["microsoft"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def _fix_role(article, *, role: str):
    from library.corrections import affiliation_fact, correction

    person = next(p for p in article.analysis.people if p.affiliations)
    return correction(target="affiliation", action="change", author="ana",
                      fact=affiliation_fact(person, person.affiliations[0]), values={"role": role})


def test_a_correction_is_kept_beside_the_machine_analysis_and_can_be_undone(tmp_path: Path, analyses):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        stored = library.save(analyses["microsoft"], title="Microsoft invests")
        fix = _fix_role(stored, role="chairman")
        corrected = library.correct(stored.id, fix)
        assert corrected.analysis.people[0].affiliations[0].role == "chairman"
        assert corrected.machine == analyses["microsoft"]
    with Library.open(path) as library:  # another process, later
        again = library.get(stored.id)
        assert again.analysis.people[0].affiliations[0].role == "chairman"
        assert again.corrections[0].author == "ana" and again.corrections[0].applied
        assert library.undo(fix.id).analysis == analyses["microsoft"]
        assert library.undo(fix.id) is None


def test_saving_a_newer_analysis_keeps_the_corrections(library: Library, analyses):
    stored = library.save(analyses["microsoft"], title="Microsoft invests")
    fix = _fix_role(stored, role="chairman")
    library.correct(stored.id, fix)
    again = library.save(analyses["microsoft"], title="Microsoft invests (again)")
    assert again.analysis.people[0].affiliations[0].role == "chairman"


def test_search_finds_an_article_by_a_corrected_name(library: Library, analyses):
    from library.corrections import correction

    stored = library.save(analyses["microsoft"], title="Microsoft invests")
    library.correct(stored.id, correction(target="organization", action="rename", author="ana",
                                          fact={"name": "Microsoft"}, values={"name": "Microsoft Corporation"}))
    assert [a.id for a in library.articles(search="Microsoft Corporation")] == [stored.id]


def test_export_and_import_carry_the_corrections(tmp_path: Path, library: Library, analyses):
    stored = library.save(analyses["microsoft"], title="Microsoft invests")
    fix = _fix_role(stored, role="chairman")
    library.correct(stored.id, fix)
    out = io.StringIO()
    library.export_jsonl(out)
    line = json.loads(out.getvalue())
    assert line["people"][0]["affiliations"][0]["role"] == "chairman"  # the contract is as corrected
    assert line["corrections"][0]["id"] == fix.id
    with Library.open(tmp_path / "other.sqlite3") as other:
        report = other.import_jsonl(out.getvalue().splitlines())
        assert (report.added, report.corrections) == (1, 1)
        moved = other.articles()[0]
        assert moved.machine == analyses["microsoft"]
        assert moved.analysis.people[0].affiliations[0].role == "chairman"
        assert other.import_jsonl(out.getvalue().splitlines()).corrections == 0  # nothing twice


def test_a_version_1_library_is_migrated(tmp_path: Path, analyses):
    """A library file written before corrections existed: its analyses are upgraded to the contract's
    version 2 and it takes corrections."""
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in filter(str.strip, MIGRATIONS[0].split(";")):
        connection.execute(statement)
    old = {**analyses["microsoft"].to_dict(), "schema_version": "1"}
    del old["corrections"]
    connection.execute("INSERT INTO articles (sha256, title, language, added, text, analysis) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (analyses["microsoft"].text_sha256, "Old", "en", "2025-01-01T00:00:00+00:00",
                        analyses["microsoft"].text, json.dumps(old)))
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    with Library.open(path) as library:
        stored = library.articles()[0]
        assert stored.analysis == analyses["microsoft"]
        library.correct(stored.id, _fix_role(stored, role="chairman"))
    raw = sqlite3.connect(path).execute("SELECT analysis FROM articles").fetchone()[0]
    assert json.loads(raw)["schema_version"] == SCHEMA_VERSION


def test_a_write_by_another_connection_is_seen_by_a_reader_that_read_before(tmp_path: Path, analyses):
    """An open library keeps what it read; a write elsewhere (another process, the CLI) is read again."""
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as reader, Library.open(path) as writer:
        stored = writer.save(analyses["microsoft"], title="Microsoft invests")
        assert [a.title for a in reader.articles()] == ["Microsoft invests"]
        before = reader.revision()
        writer.correct(stored.id, _fix_role(stored, role="chairman"))
        assert reader.revision() > before
        assert reader.articles()[0].analysis.people[0].affiliations[0].role == "chairman"
        writer.save(analyses["microsoft"], title="Renamed")
        assert reader.get(stored.id).title == "Renamed"
        reader.delete(stored.id)
        assert writer.articles() == [] and reader.articles() == []


def test_a_newer_analysis_without_the_fact_keeps_the_correction_and_marks_it(library: Library, analyses):
    from dataclasses import replace

    from library.corrections import correction, figure_fact

    stored = library.save(analyses["microsoft"], title="Microsoft invests")
    fix = correction(target="figure", action="change", author="ana", fact=figure_fact(stored.analysis.figures[0]),
                     values={"status": "actual"})
    library.correct(stored.id, fix)
    newer = library.save(replace(analyses["microsoft"], figures=()), title="Microsoft invests")
    assert [(c.id, c.applied) for c in newer.corrections] == [(fix.id, False)]
    again = library.save(analyses["microsoft"], title="Microsoft invests")  # the fact is back: so is the fix
    assert again.corrections[0].applied and again.analysis.figures[0].status == "actual"
