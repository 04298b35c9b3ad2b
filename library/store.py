"""The article store: save, list, search, open and delete analysed articles, keep an analyst's corrections
beside each machine analysis, and move the whole library between machines as JSON Lines; in an SQLite
file or on a PostgreSQL server (``database``), the same on both.

An article is read with its corrections applied (``StoredArticle.analysis``); the machine's analysis
stays as it was saved (``StoredArticle.machine``), and saving a newer analysis of the same text keeps
the corrections, which then apply to it wherever their facts are still there.

The same text is one article: its SHA-256 is unique in the database, and saving is an insert-or-update
on it, so concurrent writers (analysts, batch runs, other machines) never duplicate or lose an article.
Every save is one transaction (``save_many``: many articles in one), committed durably: a process killed
at any moment loses nothing that was saved before. Every write raises the library's revision; an open
``Library`` keeps the articles it has read and reads again only those a write changed (all of them when
another process wrote), so listing a large library again is cheap.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, TextClause, bindparam, text

from extraction.periods import find_dateline
from extraction.result import Analysis, Correction, upgrade
from extraction.text import sha256, without_controls

from .corrections import apply, supported
from .database import Database, LibraryError
from .schema import migrate

__all__ = ["ImportReport", "Library", "LibraryError", "NewArticle", "StoredArticle", "export_line"]

# The key that carries the article itself in an exported line; the rest of the line is the contract.
ARTICLE_KEY = "newslens_article"
# Under ARTICLE_KEY: the machine's analysis of a corrected article (the line's contract is as corrected).
MACHINE_KEY = "machine_analysis"


@dataclass(frozen=True)
class StoredArticle:
    """One saved article: its metadata, its analysis as corrected (``analysis``, which lists the
    corrections) and as the machine made it (``machine``)."""

    id: int
    title: str
    source: str
    language: str
    published: date | None
    added: datetime
    analysis: Analysis
    url: str = ""  # the web address it was opened from
    author: str = ""  # the byline a web page gives
    machine: Analysis | None = field(default=None, compare=False, repr=False)  # None: the analysis as it is

    def __post_init__(self) -> None:
        if self.machine is None:
            object.__setattr__(self, "machine", replace(self.analysis, corrections=()))

    @property
    def corrections(self) -> tuple[Correction, ...]:
        """The analyst's corrections, oldest first; ``applied`` False for those whose fact is gone."""
        return self.analysis.corrections

    @property
    def date(self) -> date:
        """The date the text gives, else the day it was added."""
        return self.published or self.added.date()


@dataclass(frozen=True)
class NewArticle:
    """An analysed article to keep (the machine's analysis) and what the library records with it."""

    analysis: Analysis
    title: str
    source: str = ""  # the file's name, '' when pasted or fetched
    url: str = ""  # the web address it was fetched from
    author: str = ""  # the byline a web page gives
    published: date | None = None  # a web page's date: used when the text gives none


@dataclass(frozen=True)
class ImportReport:
    added: int
    already_there: int
    corrections: int = 0  # corrections added (to new articles or to those already there)


def _tidied(article: NewArticle) -> NewArticle:
    """The article with its title, source, address and byline free of control characters: a feed's NUL
    cannot be kept by PostgreSQL's text, and SQLite keeps what PostgreSQL keeps (the text was normalised)."""
    return replace(article, title=without_controls(article.title), source=without_controls(article.source),
                   url=without_controls(article.url), author=without_controls(article.author))


class Library:
    """An open library. Use as a context manager, or call ``close()``. One ``Library`` may serve many
    threads (the app's sessions): it runs one statement or transaction at a time."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._lock = threading.RLock()
        # Articles read before (immutable, so shared), valid for revision ``_seen``.
        self._parsed: dict[int, StoredArticle] = {}
        self._seen = -1

    @classmethod
    def open(cls, where: Path | str | None = None) -> Library:
        """Open (creating and migrating as needed) the library at ``where``, an SQLite file's path or a
        ``postgresql://`` URL; by default the configured one (``NEWSLENS_DATABASE_URL``, else the file in
        ``NEWSLENS_DATA_DIR``)."""
        database = Database.open(where)
        try:
            migrate(database)
        except BaseException:
            database.close()
            raise
        return cls(database)

    @property
    def location(self) -> str:
        """Where the library is, for people: the file's path, or the server's URL without its password."""
        return self._database.location

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._database.dialect.name

    def close(self) -> None:
        self._database.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------

    def save(self, analysis: Analysis, *, title: str, source: str = "", url: str = "", author: str = "",
             published: date | None = None) -> StoredArticle:
        """Keep an analysed article (the machine's analysis); the same text again updates its title, source,
        address and byline and replaces the analysis, keeping the article's corrections. Its date is the one
        the text gives, else ``published`` (a web page's), else the day it is added."""
        article = NewArticle(analysis, title=title, source=source, url=url, author=author, published=published)
        return self.save_many([article])[0]

    def save_many(self, articles: Sequence[NewArticle]) -> list[StoredArticle]:
        """Keep many articles in one transaction (all or none), as ``save`` keeps one; returns them as
        stored, in the order given."""
        if any(article.analysis.corrections for article in articles):
            raise ValueError("save() keeps the machine's analysis; corrections are added with correct()")
        articles = [_tidied(article) for article in articles]
        for article in articles:
            if refusal := _unkeepable(article.analysis):
                raise LibraryError(f"“{article.title}”: {refusal}")
        if not articles:
            return []
        with self._writing() as connection:
            self._database.dialect.lock_texts(connection, (article.analysis.text_sha256 for article in articles))
            return [self._upsert(connection, article) for article in articles]

    def correct(self, article_id: int, correction: Correction) -> StoredArticle:
        """Keep an analyst's correction of an article; returns the article as corrected now."""
        if not supported(correction.target, correction.action):
            raise LibraryError(f"a {correction.action} of a {correction.target} is not a correction NewsLens knows")
        with self._writing() as connection:
            if connection.execute(_sql(self._database.dialect.lock_article()), {"id": article_id}).first() is None:
                raise KeyError(article_id)
            self._insert_correction(connection, article_id, correction)
            article = self._reindexed(connection, article_id)
        return article

    def undo(self, correction_id: str) -> StoredArticle | None:
        """Take a correction back: the machine's fact (or the previous correction's) shows again.
        Returns the article as corrected now, None if there was no such correction."""
        with self._writing() as connection:
            row = connection.execute(_sql("SELECT article_id FROM corrections WHERE id = :id"),
                                     {"id": correction_id}).first()
            if row is None:
                return None
            connection.execute(_sql(self._database.dialect.lock_article()), {"id": row.article_id})
            connection.execute(_sql("DELETE FROM corrections WHERE id = :id"), {"id": correction_id})
            article = self._reindexed(connection, row.article_id)
        return article

    def delete(self, article_id: int) -> bool:
        """Remove an article (its corrections and search entry go with it); False if there was none."""
        with self._writing() as connection:
            self._touch(article_id)
            return connection.execute(_sql("DELETE FROM articles WHERE id = :id"), {"id": article_id}).rowcount > 0

    # --- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> StoredArticle:
        with self._reading() as connection:
            found = self._read_articles(connection, [article_id])
        if not found:
            raise KeyError(article_id)
        return found[0]

    def find(self, text_sha256: str) -> StoredArticle | None:
        """The article with this text, if it is in the library."""
        with self._reading() as connection:
            article_id = _id_of(connection, text_sha256)
            found = self._read_articles(connection, [article_id]) if article_id is not None else []
        return found[0] if found else None

    def revision(self) -> int:
        """A number every write to the library raises (in any process): equal numbers, same contents."""
        with self._reading() as connection:
            return _revision(connection)

    def articles(self, *, search: str = "") -> list[StoredArticle]:
        """All articles, newest first; ``search`` matches any part of the title, a person's or an
        organisation's name, in any case."""
        query = search.strip()
        with self._reading() as connection:
            if not query:
                rows = connection.execute(_sql(f"SELECT id FROM articles ORDER BY {_NEWEST_FIRST}"))
            else:
                matching, parameters = self._database.dialect.matching(query)
                rows = connection.execute(
                    _sql(f"SELECT id FROM articles WHERE id IN ({matching}) ORDER BY {_NEWEST_FIRST}"), parameters)
            return self._read_articles(connection, [row.id for row in rows])

    def __len__(self) -> int:
        with self._reading() as connection:
            return connection.execute(_sql("SELECT COUNT(*) FROM articles")).scalar_one()

    def recent_languages(self, *, limit: int = 50) -> list[str]:
        """The languages of the ``limit`` articles added last, most recent first, each once."""
        with self._reading() as connection:
            rows = connection.execute(_sql("SELECT language FROM articles ORDER BY added DESC, id DESC LIMIT :limit"),
                                      {"limit": limit})
            return list(dict.fromkeys(row.language for row in rows))

    # --- moving between machines -------------------------------------------------------------

    def export_jsonl(self, out: IO[str]) -> int:
        """Write every article as one line: its contract JSON plus the article itself under
        ``newslens_article``. Returns the number of lines."""
        count = 0
        for article in reversed(self.articles()):
            line = json.dumps(export_line(article), ensure_ascii=False)
            # U+2028/U+2029 end a line for some readers: escape them so that a line is one article
            out.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n")
            count += 1
        return count

    def import_jsonl(self, lines: Iterable[str]) -> ImportReport:
        """Add the articles of an export; those already here are left as they are (their corrections that
        are not here yet are added). A malformed line stops the import before anything is written,
        naming the line; so does a line holding a NUL character anywhere, on every back end alike."""
        parsed = [_parse_line(line, number) for number, line in enumerate(lines, 1) if line.strip()]
        added = already = corrected = 0
        with self._writing() as connection:
            self._database.dialect.lock_texts(connection, (machine.text_sha256 for machine, _, _ in parsed))
            for machine, meta, corrections in parsed:
                article_id = self._insert_new(connection, machine, meta)
                new = [item for item in corrections
                       if article_id is not None and self._insert_correction(connection, article_id, item)]
                if article_id is not None:
                    added += 1
                    self._index(connection, article_id, title=meta.get("title") or "Untitled",
                                analysis=apply(machine, new) if new else machine)
                else:
                    already += 1
                    article_id = _id_of(connection, machine.text_sha256)
                    new = [item for item in corrections if self._insert_correction(connection, article_id, item)]
                    if new:
                        self._reindexed(connection, article_id)
                corrected += len(new)
        return ImportReport(added=added, already_there=already, corrections=corrected)

    # --- helpers -----------------------------------------------------------------------------

    def _upsert(self, connection: Connection, article: NewArticle) -> StoredArticle:
        analysis = article.analysis
        published = find_dateline(analysis.text) or article.published
        row = connection.execute(_sql(_UPSERT), {
            "sha256": analysis.text_sha256, "title": article.title.strip() or "Untitled", "source": article.source,
            "language": analysis.language, "published": published.isoformat() if published else None,
            "added": _now(), "text": analysis.text, "analysis": json.dumps(analysis.to_dict(), ensure_ascii=False),
            "url": article.url, "author": article.author,
        }).one()
        self._touch(row.id)
        corrections = self._corrections_of(connection, [row.id]).get(row.id, [])
        stored = _article(row, machine=analysis, corrections=corrections)
        self._index(connection, row.id, title=stored.title, analysis=stored.analysis)
        return stored

    def _insert_new(self, connection: Connection, machine: Analysis, meta: dict[str, Any]) -> int | None:
        """Insert an imported article unless its text is here already; its id, None if it was here."""
        row = connection.execute(_sql(_INSERT_NEW), {
            "sha256": machine.text_sha256, "title": meta.get("title") or "Untitled", "source": meta.get("source") or "",
            "language": machine.language, "published": meta.get("published"), "added": meta.get("added") or _now(),
            "text": machine.text, "analysis": json.dumps(machine.to_dict(), ensure_ascii=False),
            "url": meta.get("url") or "", "author": meta.get("author") or "",
        }).first()
        return row.id if row else None

    def _insert_correction(self, connection: Connection, article_id: int, item: Correction) -> bool:
        """Keep a correction unless one with its id is kept already; True if it was new."""
        return connection.execute(_sql(_INSERT_CORRECTION), {
            "id": item.id, "article_id": article_id, "target": item.target, "action": item.action,
            "fact": json.dumps(item.fact, ensure_ascii=False),
            "new_values": json.dumps(item.values, ensure_ascii=False), "author": item.author,
            "created": item.created, "note": item.note,
        }).rowcount > 0

    def _reindexed(self, connection: Connection, article_id: int) -> StoredArticle:
        """An article changed in the open transaction, read again and its search entry made anew."""
        self._touch(article_id)
        (article,) = self._read_articles(connection, [article_id], writing=True)
        self._index(connection, article_id, title=article.title, analysis=article.analysis)
        return article

    def _index(self, connection: Connection, article_id: int, *, title: str, analysis: Analysis) -> None:
        """The text search finds an article by: its title and every person's and organisation's name and alias
        (as corrected), one a line, so that a search never runs from one name into the next."""
        names = [n for p in analysis.people for n in (p.name, *p.aliases)]
        names += [n for o in analysis.organizations for n in (o.name, *o.aliases)]
        for statement in self._database.dialect.index_article():
            connection.execute(_sql(statement), {"id": article_id, "content": "\n".join([title, *names])})

    def _corrections_of(self, connection: Connection, ids: Sequence[int]) -> dict[int, list[Correction]]:
        corrections: dict[int, list[Correction]] = defaultdict(list)
        rows = connection.execute(_in(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE article_id IN :ids "
                                      "ORDER BY created, id"), {"ids": list(ids)})
        for row in rows:
            corrections[row.article_id].append(_correction(row))
        return corrections

    def _read_articles(self, connection: Connection, ids: Sequence[int], *, writing: bool = False
                       ) -> list[StoredArticle]:
        """The articles with these ids, in this order (those not there left out): as read before unless a
        write changed them since, the others read in a few queries."""
        if not writing:
            current = _revision(connection)
            if current != self._seen:
                self._parsed.clear()  # another process wrote: what it changed is unknown
                self._seen = current
        missing = [i for i in ids if i not in self._parsed]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start:start + _CHUNK]
            corrections = self._corrections_of(connection, chunk)
            for row in connection.execute(_in(f"SELECT {_COLUMNS} FROM articles WHERE id IN :ids"), {"ids": chunk}):
                machine = Analysis.from_dict(json.loads(row.analysis), text=row.text)
                self._parsed[row.id] = _article(row, machine=machine, corrections=corrections.get(row.id, ()))
        return [self._parsed[i] for i in ids if i in self._parsed]

    def _touch(self, article_id: int) -> None:
        """A write in the open transaction changes this article: read it again from now on."""
        self._parsed.pop(article_id, None)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self._lock, self._database.reading() as connection:
            yield connection

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write, all or nothing, that raises the revision; a database failure (disk full, locked, the
        server gone) becomes a LibraryError."""
        with self._lock:
            try:
                with self._database.writing() as connection:
                    yield connection
                    number = connection.execute(_sql(_RAISE_REVISION)).scalar_one()
            except BaseException:
                self._parsed.clear()  # articles read inside the transaction may hold what was undone
                self._seen = -1
                raise
            if number != self._seen + 1:  # another process wrote since this one last read: forget everything
                self._parsed.clear()
            self._seen = number


# PostgreSQL's text cannot hold a NUL; SQLite's can, but then the library could not move to PostgreSQL.
_NUL = "a NUL character (U+0000), which the library cannot keep"


def _unkeepable(analysis: Analysis) -> str | None:
    """Why an analysed text cannot be kept, if it cannot: a NUL character, which PostgreSQL's text cannot
    hold (refused on SQLite too, so that a library moves between the two)."""
    return f"its text holds {_NUL}" if "\0" in analysis.text else None


@cache
def _sql(statement: str) -> TextClause:
    return text(statement)


@cache
def _in(statement: str) -> TextClause:
    """A statement whose ``:ids`` is a list (``IN :ids``)."""
    return text(statement).bindparams(bindparam("ids", expanding=True))


def _id_of(connection: Connection, text_sha256: str) -> int | None:
    return connection.execute(_sql("SELECT id FROM articles WHERE sha256 = :sha256"),
                              {"sha256": text_sha256}).scalar_one_or_none()


def _revision(connection: Connection) -> int:
    return connection.execute(_sql("SELECT number FROM revision")).scalar_one()


_COLUMNS = "id, title, source, language, published, added, text, analysis, url, author"
_CHUNK = 500  # ids per query: well under SQLite's limit of bound parameters
_CORRECTION_COLUMNS = "id, article_id, target, action, fact, new_values, author, created, note"
_NEWEST_FIRST = "COALESCE(published, substr(added, 1, 10)) DESC, id DESC"
_RAISE_REVISION = "UPDATE revision SET number = number + 1 RETURNING number"
_VALUES = """(sha256, title, source, language, published, added, text, analysis, url, author)
             VALUES (:sha256, :title, :source, :language, :published, :added, :text, :analysis, :url, :author)"""
_UPSERT = f"""
    INSERT INTO articles {_VALUES}
    ON CONFLICT (sha256) DO UPDATE SET title = excluded.title,
        source = CASE WHEN excluded.source <> '' THEN excluded.source ELSE articles.source END,
        url = CASE WHEN excluded.url <> '' THEN excluded.url ELSE articles.url END,
        author = CASE WHEN excluded.author <> '' THEN excluded.author ELSE articles.author END,
        published = COALESCE(articles.published, excluded.published),
        language = excluded.language, analysis = excluded.analysis
    RETURNING id, title, source, language, published, added, url, author"""
_INSERT_NEW = f"INSERT INTO articles {_VALUES} ON CONFLICT (sha256) DO NOTHING RETURNING id"
_INSERT_CORRECTION = f"""
    INSERT INTO corrections ({_CORRECTION_COLUMNS})
    VALUES (:id, :article_id, :target, :action, :fact, :new_values, :author, :created, :note)
    ON CONFLICT (id) DO NOTHING"""


def _article(row: Any, *, machine: Analysis, corrections: Sequence[Correction]) -> StoredArticle:
    return StoredArticle(
        id=row.id, title=row.title, source=row.source, language=row.language,
        published=date.fromisoformat(row.published) if row.published else None,
        added=datetime.fromisoformat(row.added),
        analysis=apply(machine, corrections) if corrections else machine, machine=machine, url=row.url,
        author=row.author,
    )


def _correction(row: Any) -> Correction:
    return Correction(id=row.id, target=row.target, action=row.action, fact=json.loads(row.fact),
                      values=json.loads(row.new_values), author=row.author, created=row.created, note=row.note)


def export_line(article: StoredArticle) -> dict[str, Any]:
    """One exported line: the contract as corrected, and the article (text, metadata and, if it was
    corrected, the machine's analysis) beside it."""
    meta = {
        "title": article.title, "source": article.source, "url": article.url, "author": article.author,
        "text": article.analysis.text,
        "published": article.published.isoformat() if article.published else None,
        "added": article.added.isoformat(),
    }
    if article.corrections:
        meta[MACHINE_KEY] = article.machine.to_dict()
    return {**article.analysis.to_dict(), ARTICLE_KEY: meta}


def _parse_line(line: str, number: int) -> tuple[Analysis, dict[str, Any], tuple[Correction, ...]]:
    """The machine's analysis, the article's metadata and its corrections from one exported line; a
    ``LibraryError`` says in plain words what is wrong."""
    not_an_export = f"line {number}: not a NewsLens export line"
    try:
        data = json.loads(line)
    except ValueError:
        raise LibraryError(f"{not_an_export} (it is not JSON)") from None
    if not isinstance(data, dict):
        raise LibraryError(f"{not_an_export} (it holds no article)")
    if _holds_nul(data):  # refused on every back end alike
        raise LibraryError(f"line {number}: it holds {_NUL}")
    meta = data.pop(ARTICLE_KEY, None)
    if not isinstance(meta, dict) or not isinstance(meta.get("text"), str):
        raise LibraryError(f"{not_an_export} (it has no article text: a file written by Export the library "
                           "keeps each article beside its analysis)")
    try:
        data = upgrade(data)
    except ValueError as error:  # a schema version this NewsLens does not read
        raise LibraryError(f"line {number}: {error}") from None
    try:
        contract = Analysis.from_dict(data, text=meta["text"])
        machine = Analysis.from_dict(meta[MACHINE_KEY], text=meta["text"]) if MACHINE_KEY in meta else contract
    except KeyError as error:
        raise LibraryError(f"line {number}: the analysis is incomplete (no “{error.args[0]}”)") from None
    except (ValueError, TypeError, AttributeError):
        raise LibraryError(f"line {number}: the analysis is damaged (a field has the wrong kind of value)") from None
    if sha256(machine.text) != machine.text_sha256 or machine.text_sha256 != contract.text_sha256:
        raise LibraryError(f"line {number}: the text does not match its text_sha256")
    corrections = tuple(replace(c, applied=True) for c in contract.corrections)
    if any(not supported(c.target, c.action) for c in corrections):
        raise LibraryError(f"line {number}: a correction NewsLens does not know")
    return replace(machine, corrections=()), meta, corrections


def _holds_nul(value: Any) -> bool:
    """Whether a parsed JSON value has a NUL character in any string, keys included."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(key) or _holds_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    return False


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
