"""The article store on both back ends (``conftest.backend``): an SQLite file in a temporary folder, and a
new database on a real PostgreSQL server."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from extraction import analyze
from extraction.result import SCHEMA_VERSION, Analysis, Organization
from extraction.text import sha256
from library import ImportReport, Library, LibraryError, NewArticle, configured_location, data_dir, database_path
from library.database import Database
from library.schema import MIGRATIONS
from tests.conftest import ROOT
from tests.library.hand_made import numbered

XIAOMI = "PEKING, 3. Mai 2025 – Xiaomi-Gründer Lei Jun hat Luo Fuli von DeepSeek abgeworben."
MICROSOFT = "Satya Nadella, Microsoft's CEO, said Microsoft will invest $80 billion in 2025."


@pytest.fixture(scope="module")
def analyses():
    return {"xiaomi": analyze(XIAOMI, language="de"), "microsoft": analyze(MICROSOFT, language="en")}


def test_lives_in_the_configured_folder_never_the_repository(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "somewhere"))
    assert database_path() == tmp_path / "somewhere" / "library.sqlite3"
    monkeypatch.delenv("NEWSLENS_DATA_DIR")
    assert ROOT not in data_dir().parents and data_dir() != ROOT


def test_a_database_url_puts_the_library_on_that_server(postgres_database: str, monkeypatch, analyses):
    monkeypatch.setenv("NEWSLENS_DATABASE_URL", postgres_database)
    assert configured_location() == postgres_database
    with Library.open() as library:
        assert library.backend == "postgresql"
        library.save(analyses["microsoft"], title="On the server")
    with Library.open(postgres_database) as library:
        assert [a.title for a in library.articles()] == ["On the server"]


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


def test_export_and_import_move_a_library(backend, library: Library, analyses):
    library.save(analyses["xiaomi"], title="Xiaomi hires", source="x.txt")
    library.save(analyses["microsoft"], title="Microsoft invests")
    out = io.StringIO()
    assert library.export_jsonl(out) == 2
    lines = out.getvalue().splitlines()
    assert all(json.loads(line)["schema_version"] == SCHEMA_VERSION for line in lines)
    with Library.open(backend.new()) as other:
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


def _with_nul(line: str, where: str) -> str:
    """An export line with a NUL character put into its article's title or text (the text with its own hash,
    so that the NUL is all that is wrong with it)."""
    data = json.loads(line)
    article = data["newslens_article"]
    if where == "title":
        article["title"] += "\x00"
    else:
        article["text"] += "\x00"
        data["text_sha256"] = sha256(article["text"])
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("where", ["title", "text"])
def test_a_line_with_a_nul_character_is_refused_alike_on_both_back_ends(backend, library: Library, analyses, where):
    """PostgreSQL's text cannot keep a NUL, SQLite's can: both refuse the line, naming it, and import nothing
    of the file, while what the library kept before stays."""
    library.save(analyses["xiaomi"], title="kept before")
    out = io.StringIO()
    with Library.open(backend.new()) as source:
        source.save(analyses["microsoft"], title="m")
        source.export_jsonl(out)
    good = out.getvalue().strip()
    with pytest.raises(LibraryError) as refused:
        library.import_jsonl([good, _with_nul(good, where)])
    assert str(refused.value).startswith("line 2: it holds a NUL character")
    assert [a.title for a in library.articles()] == ["kept before"]
    assert library.import_jsonl([good]) == ImportReport(added=1, already_there=0)  # the same line without it


def test_control_characters_in_what_is_kept_beside_the_text_are_dropped_alike_on_both_back_ends(library: Library,
                                                                                                   analyses):
    """A feed's NUL in a title, source, address or byline: PostgreSQL's text cannot keep it, so neither back
    end does, and the article is kept with the rest of each field."""
    kept = library.save(analyses["xiaomi"], title="Xiaomi\x00 hires", source="feed\x00.jsonl",
                        url="https://example.com/a\x00", author="Jo\x00 Kim")
    assert (kept.title, kept.source, kept.url, kept.author) == ("Xiaomi hires", "feed.jsonl", "https://example.com/a",
                                                                  "Jo Kim")
    assert [a.title for a in library.articles()] == ["Xiaomi hires"]


def test_a_newer_schema_is_refused(backend):
    where = backend.new()
    Library.open(where).close()
    database = Database.open(where)
    with database.writing() as connection:
        database.dialect.set_version(connection, len(MIGRATIONS) + 1)
    database.close()
    with pytest.raises(LibraryError, match=f"schema version {len(MIGRATIONS) + 1}"):
        Library.open(where)


def test_a_killed_process_loses_no_saved_article(backend):
    """A writer saving in a loop is killed mid-way; every article it reported saved is there."""
    where = backend.new()
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from extraction.result import Analysis
from extraction.text import sha256
from library import Library
with Library.open({where!r}) as lib:
    for i in range(100000):
        text = f"Article number {{i}}."
        lib.save(Analysis(text=text, language="en", text_sha256=sha256(text)), title=f"n{{i}}")
        print(i, flush=True)
"""
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    saved = []
    deadline = time.monotonic() + 60
    while len(saved) < 50 and time.monotonic() < deadline:
        saved.append(int(writer.stdout.readline()))
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Library.open(where) as lib:
        titles = {a.title for a in lib.articles()}
        assert {f"n{i}" for i in saved} <= titles
    if backend.name == "sqlite":
        database = Database.open(where)
        with database.reading() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        database.close()


def test_search_takes_percent_and_underscore_literally(library: Library, analyses):
    library.save(analyses["microsoft"], title="Microsoft 100% in")
    assert [a.title for a in library.articles(search="100%")] == ["Microsoft 100% in"]
    assert library.articles(search="_") == []


def test_an_imported_article_is_found_by_an_alias(backend, library: Library):
    text = "Alibaba Group reported results. Alibaba said revenue rose. Alibaba grew."
    library.save(analyze(text, language="en"), title="Cloud results")
    out = io.StringIO()
    library.export_jsonl(out)
    with Library.open(backend.new()) as moved:
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
    with Library.open() as other:  # another process's connection to the same library
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


def test_a_web_article_keeps_its_address_byline_and_date(backend, library: Library, analyses):
    from datetime import date

    stored = library.save(analyses["microsoft"], title="Microsoft invests", url="https://news.example/a",
                          author="Jane Whitfield", published=date(2025, 3, 14))
    assert (stored.url, stored.author, stored.source, stored.published) == (
        "https://news.example/a", "Jane Whitfield", "", date(2025, 3, 14))
    kept = library.save(analyses["xiaomi"], title="Xiaomi", url="https://news.example/x", published=date(2020, 1, 1))
    assert kept.published.isoformat() == "2025-05-03"  # the text's dateline comes first
    out = io.StringIO()
    library.export_jsonl(out)
    with Library.open(backend.new()) as other:
        other.import_jsonl(out.getvalue().splitlines())
        moved = {a.title: a for a in other.articles()}
    assert (moved["Microsoft invests"].url, moved["Microsoft invests"].author) == ("https://news.example/a",
                                                                                   "Jane Whitfield")


def test_a_library_of_the_first_schema_is_brought_to_the_latest_whole(backend, analyses):
    """A library written by the first NewsLens (schema 1, contract version 1, names for search) gains
    addresses, corrections and the text index, and keeps its articles, found by their names."""
    where = backend.new()
    database = Database.open(where)
    old = {**analyses["microsoft"].to_dict(), "schema_version": "1"}
    del old["corrections"]
    with database.writing() as connection:
        for statement in getattr(MIGRATIONS[0], database.dialect.name):
            connection.exec_driver_sql(statement)
        database.dialect.set_version(connection, 1)
        article_id = connection.execute(text(
            "INSERT INTO articles (sha256, title, source, language, published, added, text, analysis) VALUES "
            "(:sha, 'Old article', 'old.txt', 'en', NULL, '2025-01-02T03:04:05+00:00', :text, :analysis) "
            "RETURNING id"), {"sha": analyses["microsoft"].text_sha256, "text": analyses["microsoft"].text,
                              "analysis": json.dumps(old)}).scalar_one()
        for name in ("Satya Nadella", "Microsoft"):
            connection.execute(text("INSERT INTO names (article_id, kind, name) VALUES (:id, 'person', :name)"),
                               {"id": article_id, "name": name})
    with Library.open(where) as library:
        (stored,) = library.articles()
        assert (stored.title, stored.source, stored.url, stored.author) == ("Old article", "old.txt", "", "")
        assert stored.analysis == analyses["microsoft"]
        assert [a.id for a in library.articles(search="nadella")] == [stored.id]
        library.correct(stored.id, _fix_role(stored, role="chairman"))
    with database.reading() as connection:
        assert database.dialect.version(connection) == len(MIGRATIONS)
        raw = connection.execute(text("SELECT analysis FROM articles")).scalar_one()
    database.close()
    assert json.loads(raw)["schema_version"] == SCHEMA_VERSION


def _fix_role(article, *, role: str):
    from library.corrections import affiliation_fact, correction

    person = next(p for p in article.analysis.people if p.affiliations)
    return correction(target="affiliation", action="change", author="ana",
                      fact=affiliation_fact(person, person.affiliations[0]), values={"role": role})


def test_a_correction_is_kept_beside_the_machine_analysis_and_can_be_undone(backend, analyses):
    where = backend.new()
    with Library.open(where) as library:
        stored = library.save(analyses["microsoft"], title="Microsoft invests")
        fix = _fix_role(stored, role="chairman")
        corrected = library.correct(stored.id, fix)
        assert corrected.analysis.people[0].affiliations[0].role == "chairman"
        assert corrected.machine == analyses["microsoft"]
    with Library.open(where) as library:  # another process, later
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


def test_export_and_import_carry_the_corrections(backend, library: Library, analyses):
    stored = library.save(analyses["microsoft"], title="Microsoft invests")
    fix = _fix_role(stored, role="chairman")
    library.correct(stored.id, fix)
    out = io.StringIO()
    library.export_jsonl(out)
    line = json.loads(out.getvalue())
    assert line["people"][0]["affiliations"][0]["role"] == "chairman"  # the contract is as corrected
    assert line["corrections"][0]["id"] == fix.id
    with Library.open(backend.new()) as other:
        report = other.import_jsonl(out.getvalue().splitlines())
        assert (report.added, report.corrections) == (1, 1)
        moved = other.articles()[0]
        assert moved.machine == analyses["microsoft"]
        assert moved.analysis.people[0].affiliations[0].role == "chairman"
        assert other.import_jsonl(out.getvalue().splitlines()).corrections == 0  # nothing twice


def test_a_write_by_another_connection_is_seen_by_a_reader_that_read_before(backend, analyses):
    """An open library keeps what it read; a write elsewhere (another process, the CLI) is read again."""
    where = backend.new()
    with Library.open(where) as reader, Library.open(where) as writer:
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


# A process saving 200 articles: in chunks of 20 (one transaction each), then every 7th again on its own.
WRITER = """
import sys
sys.path.insert(0, {root!r})
from library import Library, NewArticle
from tests.library.hand_made import numbered

articles = [NewArticle(numbered(number), title=f"Article {{number}}") for number in range(200)]
if sys.argv[1] == "backwards":
    articles.reverse()
with Library.open({where!r}) as library:
    print("ready", flush=True)
    sys.stdin.readline()  # go
    for start in range(0, len(articles), 20):
        library.save_many(articles[start:start + 20])
    for article in articles[::7]:
        library.save(article.analysis, title=article.title)
"""


def test_two_processes_saving_the_same_200_articles_at_once_leave_exactly_200(backend):
    where = backend.new()
    Library.open(where).close()
    script = WRITER.format(root=str(ROOT), where=where)
    writers = [subprocess.Popen([sys.executable, "-c", script, order], cwd=ROOT, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for order in ("forwards", "backwards")]
    for writer in writers:
        assert writer.stdout.readline() == "ready\n", writer.stderr.read()
    for writer in writers:  # both start at once, from the two ends of the list, and meet in the middle
        writer.stdin.write("\n")
        writer.stdin.flush()
    for writer in writers:
        _, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0 and not errors, errors
    with Library.open(where) as library:
        articles = library.articles()
        assert len(library) == len(articles) == 200
        assert sorted(a.title for a in articles) == sorted(f"Article {n}" for n in range(200))
        assert {a.analysis.text_sha256 for a in articles} == {numbered(n).text_sha256 for n in range(200)}
        assert all(a.analysis == numbered(int(a.title.split()[1])) for a in articles)
        for number in (0, 99, 199):
            assert [a.title for a in library.articles(search=f"Lovelace-{number:03d}")] == [f"Article {number}"]
        assert library.revision() == 2 * (10 + 29)  # every transaction of both counted, none lost
    database = Database.open(where)
    with database.reading() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM article_search")).scalar_one() == 200
    database.close()


def test_a_batch_is_kept_whole_or_not_at_all(library: Library, monkeypatch):
    articles = [NewArticle(numbered(n), title=f"Article {n}") for n in range(5)]
    index = Library._index
    calls = []

    def failing_on_the_third(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise OSError("disk full")
        return index(self, *args, **kwargs)

    monkeypatch.setattr(Library, "_index", failing_on_the_third)
    with pytest.raises(OSError, match="disk full"):
        library.save_many(articles)
    monkeypatch.setattr(Library, "_index", index)
    assert len(library) == 0 and library.articles(search="Lovelace") == []
    assert [a.title for a in library.save_many(articles)] == [f"Article {n}" for n in range(5)]
    assert [a.title for a in library.articles(search="acme-003")] == ["Article 3"]


def test_search_is_answered_by_the_databases_text_index(backend):
    where = backend.new()
    Library.open(where).close()
    database = Database.open(where)
    query, parameters = database.dialect.matching("Nadella")
    with database.reading() as connection:
        if backend.name == "sqlite":  # FTS5: a full-text query (M) of the virtual table's index
            plan = " ".join(row[-1] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {query}"), parameters))
            assert "VIRTUAL TABLE INDEX" in plan and ":M" in plan
        else:  # pg_trgm's index, wherever the planner may use it (a tiny table is read whole otherwise)
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(row[0] for row in connection.execute(text(f"EXPLAIN {query}"), parameters))
            assert "article_search_trigrams" in plan
    database.close()


def test_search_ignores_case_beyond_ascii_and_finds_any_part_of_a_name(library: Library):
    text_ = "Élysée and Ørsted sign accord. Ørsted will build wind farms."
    library.save(Analysis(text=text_, language="en", text_sha256=sha256(text_),
                          organizations=(Organization("O1", "Ørsted", (), 2),)), title="Élysée accord")
    for query in ("ÉLYSÉE", "élysée", "ørsted", "ØRST", "rst", "accord"):
        assert [a.title for a in library.articles(search=query)] == ["Élysée accord"], query
    assert library.articles(search="Élysée Ørsted") == []  # title and name are apart


def test_a_library_moves_from_a_laptop_file_to_the_server(tmp_path: Path, postgres_database: str, analyses):
    with Library.open(tmp_path / "laptop.sqlite3") as laptop:
        laptop.save(analyses["xiaomi"], title="Xiaomi hires", source="x.txt")
        stored = laptop.save(analyses["microsoft"], title="Microsoft invests")
        laptop.correct(stored.id, _fix_role(stored, role="chairman"))
        out = io.StringIO()
        laptop.export_jsonl(out)
        before = {a.title: a for a in laptop.articles()}
    with Library.open(postgres_database) as server:
        assert server.import_jsonl(out.getvalue().splitlines()) == ImportReport(added=2, already_there=0, corrections=1)
        after = {a.title: a for a in server.articles()}
    assert after.keys() == before.keys()
    for title, article in after.items():
        assert (article.analysis, article.machine, article.source) == (
            before[title].analysis, before[title].machine, before[title].source)


def test_a_text_the_library_cannot_keep_is_refused_with_its_batch(library: Library):
    bad = "SAP hired Jo Kim.\0"
    with pytest.raises(LibraryError, match="“Bad”: its text holds a NUL character"):
        library.save_many([NewArticle(numbered(1), title="Good"),
                           NewArticle(Analysis(text=bad, language="en", text_sha256=sha256(bad)), title="Bad")])
    assert len(library) == 0
