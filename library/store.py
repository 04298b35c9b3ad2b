"""The article store: save, list, search, open and delete analysed articles in an SQLite file,
keep an analyst's corrections beside each machine analysis, and move the whole library between
machines as JSON Lines.

An article is read with its corrections applied (``StoredArticle.analysis``); the machine's analysis
stays as it was saved (``StoredArticle.machine``), and saving a newer analysis of the same text keeps
the corrections, which then apply to it wherever their facts are still there.

Every save is one transaction in a write-ahead-logged database with full synchronisation: a
process killed at any moment loses nothing that was saved before. Every write raises the library's
revision; an open ``Library`` keeps the articles it has read and reads again only those a write
changed (all of them when another process wrote), so listing a large library again is cheap. The same text twice is one
article (its SHA-256); saving it again updates title and source, never duplicates it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from extraction.periods import find_dateline
from extraction.result import Analysis, Correction, upgrade
from extraction.text import sha256

from .corrections import apply, supported
from .paths import database_path
from .schema import migrate

# The key that carries the article itself in an exported line; the rest of the line is the contract.
ARTICLE_KEY = "newslens_article"
# Under ARTICLE_KEY: the machine's analysis of a corrected article (the line's contract is as corrected).
MACHINE_KEY = "machine_analysis"


class LibraryError(ValueError):
    """A library file or an import line that cannot be used; the message says why."""


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
class ImportReport:
    added: int
    already_there: int
    corrections: int = 0  # corrections added (to new articles or to those already there)


class Library:
    """An open library file. Use as a context manager, or call ``close()``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        # The app's sessions are threads sharing one connection: one statement or transaction at a time.
        self._lock = threading.RLock()
        # Articles read before (immutable, so shared), valid for revision ``_seen``.
        self._parsed: dict[int, StoredArticle] = {}
        self._seen = -1

    @classmethod
    def open(cls, path: Path | None = None) -> Library:
        """Open (creating and migrating as needed) the library at ``path`` or at the default place."""
        path = Path(path) if path else database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection)
        except (sqlite3.DatabaseError, RuntimeError) as error:
            raise LibraryError(f"{path}: {error}") from None
        return cls(connection, path)

    def close(self) -> None:
        self._db.close()

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
        if analysis.corrections:
            raise ValueError("save() keeps the machine's analysis; corrections are added with correct()")
        published = find_dateline(analysis.text) or published
        with self._transaction():
            self._db.execute(
                """INSERT INTO articles (sha256, title, source, language, published, added, text, analysis, url,
                                         author)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(sha256) DO UPDATE SET title = excluded.title,
                       source = CASE WHEN excluded.source != '' THEN excluded.source ELSE source END,
                       url = CASE WHEN excluded.url != '' THEN excluded.url ELSE url END,
                       author = CASE WHEN excluded.author != '' THEN excluded.author ELSE author END,
                       published = COALESCE(published, excluded.published),
                       language = excluded.language, analysis = excluded.analysis""",
                (analysis.text_sha256, title.strip() or "Untitled", source, analysis.language,
                 published.isoformat() if published else None, _now(), analysis.text,
                 json.dumps(analysis.to_dict(), ensure_ascii=False), url, author),
            )
            article_id = self._id_of(analysis.text_sha256)
            self._touch(article_id)
            self._index_names(article_id, apply(analysis, self._corrections_of(article_id)))
        return self.get(article_id)

    def correct(self, article_id: int, correction: Correction) -> StoredArticle:
        """Keep an analyst's correction of an article; returns the article as corrected now."""
        if not supported(correction.target, correction.action):
            raise LibraryError(f"a {correction.action} of a {correction.target} is not a correction NewsLens knows")
        with self._transaction():
            if self._one("SELECT id FROM articles WHERE id = ?", (article_id,)) is None:
                raise KeyError(article_id)
            self._insert_correction(article_id, correction)
            self._touch(article_id)
            article = self.get(article_id)
            self._index_names(article_id, article.analysis)
        return article

    def undo(self, correction_id: str) -> StoredArticle | None:
        """Take a correction back: the machine's fact (or the previous correction's) shows again.
        Returns the article as corrected now, None if there was no such correction."""
        with self._transaction():
            row = self._one("SELECT article_id FROM corrections WHERE id = ?", (correction_id,))
            if row is None:
                return None
            self._db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
            self._touch(row[0])
            article = self.get(row[0])
            self._index_names(row[0], article.analysis)
        return article

    def delete(self, article_id: int) -> bool:
        """Remove an article; False if there was none with that id."""
        with self._transaction():
            self._touch(article_id)
            return self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    # --- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> StoredArticle:
        found = self._read_articles([article_id])
        if not found:
            raise KeyError(article_id)
        return found[0]

    def find(self, text_sha256: str) -> StoredArticle | None:
        """The article with this text, if it is in the library."""
        article_id = self._id_of(text_sha256)
        return self.get(article_id) if article_id is not None else None

    def revision(self) -> int:
        """A number every write to the library raises (in any process): equal numbers, same contents."""
        return self._one("SELECT number FROM revision", ())[0]

    def articles(self, *, search: str = "") -> list[StoredArticle]:
        """All articles, newest first; ``search`` matches the title, a person or an organisation."""
        if not search.strip():
            rows = self._read(f"SELECT id FROM articles ORDER BY {_NEWEST_FIRST}", ())
        else:
            rows = self._read(f"SELECT id FROM articles WHERE {_MATCHING} ORDER BY {_NEWEST_FIRST}",
                              (_pattern(search),))
        return self._read_articles([row[0] for row in rows])

    def __len__(self) -> int:
        return self._one("SELECT COUNT(*) FROM articles", ())[0]

    def recent_languages(self, *, limit: int = 50) -> list[str]:
        """The languages of the ``limit`` articles added last, most recent first, each once."""
        rows = self._read("SELECT language FROM articles ORDER BY added DESC, id DESC LIMIT ?", (limit,))
        return list(dict.fromkeys(language for (language,) in rows))

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
        """Add the articles of an export; those already here are left as they are. A malformed
        line stops the import before anything is written, naming the line."""
        parsed = [(number, _parse_line(line, number)) for number, line in enumerate(lines, 1) if line.strip()]
        added = already = corrected = 0
        with self._transaction():
            for _, (analysis, meta, corrections) in parsed:
                article_id = self._id_of(analysis.text_sha256)
                if article_id is None:
                    self._insert(analysis, meta)
                    article_id = self._id_of(analysis.text_sha256)
                    added += 1
                else:
                    already += 1
                self._touch(article_id)
                known = {row[0] for row in self._db.execute(
                    "SELECT id FROM corrections WHERE article_id = ?", (article_id,))}
                new = [c for c in corrections if c.id not in known]
                for item in new:
                    self._insert_correction(article_id, item)
                if new:
                    self._index_names(article_id, self.get(article_id).analysis)
                corrected += len(new)
        return ImportReport(added=added, already_there=already, corrections=corrected)

    # --- helpers -----------------------------------------------------------------------------

    def _insert_correction(self, article_id: int, item: Correction) -> None:
        self._db.execute(
            """INSERT INTO corrections (id, article_id, target, action, fact, new_values, author, created, note)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (item.id, article_id, item.target, item.action, json.dumps(item.fact, ensure_ascii=False),
             json.dumps(item.values, ensure_ascii=False), item.author, item.created, item.note),
        )

    def _corrections_of(self, article_id: int) -> list[Correction]:
        rows = self._read(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE article_id = ? "
                          "ORDER BY created, id", (article_id,))
        return [_correction(row) for row in rows]

    def _read_articles(self, ids: Sequence[int]) -> list[StoredArticle]:
        """The articles with these ids, in this order (those not there left out): as read before unless a
        write changed them since, the others read in a few queries."""
        with self._lock:
            current = self.revision()
            if current != self._seen and not self._db.in_transaction:
                self._parsed.clear()  # another process wrote: what it changed is unknown
                self._seen = current
            missing = [i for i in ids if i not in self._parsed]
            for start in range(0, len(missing), _CHUNK):
                chunk = missing[start:start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                corrections: dict[int, list[Correction]] = defaultdict(list)
                for row in self._read(f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE article_id IN ({marks}) "
                                      "ORDER BY created, id", tuple(chunk)):
                    corrections[row[1]].append(_correction(row))
                for row in self._read(f"SELECT {_COLUMNS} FROM articles WHERE id IN ({marks})", tuple(chunk)):
                    self._parsed[row[0]] = _article(row, corrections.get(row[0], ()))
            return [self._parsed[i] for i in ids if i in self._parsed]

    def _touch(self, article_id: int | None) -> None:
        """A write in the open transaction changes this article: read it again from now on."""
        if article_id is not None:
            self._parsed.pop(article_id, None)

    def _insert(self, analysis: Analysis, meta: dict[str, Any]) -> None:
        self._db.execute(
            """INSERT INTO articles (sha256, title, source, language, published, added, text, analysis, url, author)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (analysis.text_sha256, meta.get("title") or "Untitled", meta.get("source") or "", analysis.language,
             meta.get("published"), meta.get("added") or _now(), analysis.text,
             json.dumps(analysis.to_dict(), ensure_ascii=False), meta.get("url") or "", meta.get("author") or ""),
        )
        self._index_names(self._id_of(analysis.text_sha256), analysis)

    def _index_names(self, article_id: int, analysis: Analysis) -> None:
        """The names search finds an article by: every person's and organisation's name and alias."""
        self._db.execute("DELETE FROM names WHERE article_id = ?", (article_id,))
        self._db.executemany(
            "INSERT INTO names (article_id, kind, name) VALUES (?, ?, ?)",
            [(article_id, "person", n) for p in analysis.people for n in (p.name, *p.aliases)]
            + [(article_id, "organization", n) for o in analysis.organizations for n in (o.name, *o.aliases)],
        )

    def _id_of(self, text_sha256: str) -> int | None:
        row = self._one("SELECT id FROM articles WHERE sha256 = ?", (text_sha256,))
        return row[0] if row else None

    def _one(self, sql: str, parameters: tuple) -> tuple | None:
        rows = self._read(sql, parameters)
        return rows[0] if rows else None

    def _read(self, sql: str, parameters: tuple) -> list[tuple]:
        """Rows of a query; a database failure becomes a LibraryError."""
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise LibraryError(f"{self.path}: cannot read ({error})") from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write, all or nothing; a database failure (disk full, locked) becomes a LibraryError."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                before = self.revision()
            except sqlite3.Error as error:
                raise LibraryError(f"{self.path}: cannot write ({error})") from None
            try:
                yield
                self._db.execute("UPDATE revision SET number = number + 1")
            except sqlite3.Error as error:
                self._rollback()
                raise LibraryError(f"{self.path}: cannot write ({error})") from None
            except BaseException:
                self._rollback()
                raise
            self._db.execute("COMMIT")
            if before != self._seen:  # another process wrote before this write: forget everything read
                self._parsed.clear()
            self._seen = before + 1

    def _rollback(self) -> None:
        """Undo the open transaction, and forget articles read inside it (they may hold what was undone)."""
        self._db.execute("ROLLBACK")
        self._parsed.clear()
        self._seen = -1


_COLUMNS = "id, title, source, language, published, added, text, analysis, url, author"
_CHUNK = 500  # ids per query: well under SQLite's limit of bound parameters
_CORRECTION_COLUMNS = "id, article_id, target, action, fact, new_values, author, created, note"
_MATCHING = "title LIKE ?1 ESCAPE '\\' OR id IN (SELECT article_id FROM names WHERE name LIKE ?1 ESCAPE '\\')"
_NEWEST_FIRST = "COALESCE(published, substr(added, 1, 10)) DESC, id DESC"


def _pattern(search: str) -> str:
    """A LIKE pattern finding ``search`` anywhere, its own % and _ taken literally."""
    escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _article(row: tuple, corrections: Sequence[Correction]) -> StoredArticle:
    article_id, title, source, language, published, added, text, analysis, url, author = row
    machine = Analysis.from_dict(json.loads(analysis), text=text)
    return StoredArticle(
        id=article_id, title=title, source=source, language=language,
        published=date.fromisoformat(published) if published else None,
        added=datetime.fromisoformat(added),
        analysis=apply(machine, corrections) if corrections else machine, machine=machine, url=url,
        author=author,
    )


def _correction(row: tuple) -> Correction:
    correction_id, _, target, action, fact, values, author, created, note = row
    return Correction(id=correction_id, target=target, action=action, fact=json.loads(fact),
                      values=json.loads(values), author=author, created=created, note=note)


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


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
