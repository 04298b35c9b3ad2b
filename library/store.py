"""The article store: save, list, search, open and delete analysed articles in an SQLite file,
and move the whole library between machines as JSON Lines.

Every save is one transaction in a write-ahead-logged database with full synchronisation: a
process killed at any moment loses nothing that was saved before. The same text twice is one
article (its SHA-256); saving it again updates title and source, never duplicates it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from extraction.periods import find_dateline
from extraction.result import SCHEMA_VERSION, Analysis
from extraction.text import sha256

from .paths import database_path
from .schema import migrate

# The key that carries the article itself in an exported line; the rest of the line is the contract.
ARTICLE_KEY = "newslens_article"


class LibraryError(ValueError):
    """A library file or an import line that cannot be used; the message says why."""


@dataclass(frozen=True)
class StoredArticle:
    """One saved article: its metadata, and its analysis rebuilt from the stored contract."""

    id: int
    title: str
    source: str
    language: str
    published: date | None
    added: datetime
    analysis: Analysis

    @property
    def date(self) -> date:
        """The date the text gives, else the day it was added."""
        return self.published or self.added.date()


@dataclass(frozen=True)
class ImportReport:
    added: int
    already_there: int


class Library:
    """An open library file. Use as a context manager, or call ``close()``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        # The app's sessions are threads sharing one connection: one statement or transaction at a time.
        self._lock = threading.RLock()
        self._writes = 0  # transactions committed through this object (``revision``)

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

    def save(self, analysis: Analysis, *, title: str, source: str = "") -> StoredArticle:
        """Keep an analysed article; the same text again updates its title and source."""
        published = find_dateline(analysis.text)
        with self._transaction():
            self._db.execute(
                """INSERT INTO articles (sha256, title, source, language, published, added, text, analysis)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(sha256) DO UPDATE SET title = excluded.title,
                       source = CASE WHEN excluded.source != '' THEN excluded.source ELSE source END,
                       language = excluded.language, analysis = excluded.analysis""",
                (analysis.text_sha256, title.strip() or "Untitled", source, analysis.language,
                 published.isoformat() if published else None, _now(), analysis.text,
                 json.dumps(analysis.to_dict(), ensure_ascii=False)),
            )
            article_id = self._id_of(analysis.text_sha256)
            self._index_names(article_id, analysis)
        return self.get(article_id)

    def delete(self, article_id: int) -> bool:
        """Remove an article; False if there was none with that id."""
        with self._transaction():
            return self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    # --- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> StoredArticle:
        row = self._one(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise KeyError(article_id)
        return _article(row)

    def find(self, text_sha256: str) -> StoredArticle | None:
        """The article with this text, if it is in the library."""
        row = self._one(f"SELECT {_COLUMNS} FROM articles WHERE sha256 = ?", (text_sha256,))
        return _article(row) if row else None

    def articles(self, *, search: str = "") -> list[StoredArticle]:
        """All articles, newest first; ``search`` matches the title, a person or an organisation."""
        if not search.strip():
            rows = self._read(f"SELECT {_COLUMNS} FROM articles ORDER BY {_NEWEST_FIRST}", ())
        else:
            rows = self._read(f"SELECT {_COLUMNS} FROM articles WHERE {_MATCHING} ORDER BY {_NEWEST_FIRST}",
                              (_pattern(search),))
        return [_article(row) for row in rows]

    def matching_ids(self, search: str) -> list[int]:
        """Ids of the articles ``articles(search=...)`` finds, newest first, without reading them."""
        rows = self._read(f"SELECT id FROM articles WHERE {_MATCHING} ORDER BY {_NEWEST_FIRST}", (_pattern(search),))
        return [article_id for (article_id,) in rows]

    def __len__(self) -> int:
        return self._one("SELECT COUNT(*) FROM articles", ())[0]

    def revision(self) -> tuple[int, int]:
        """A value that changes whenever the library does, so readers can keep what they made of it
        until then: this object's own writes, and SQLite's count of what other connections (another
        process, e.g. ``python -m extraction analyze --save``) committed."""
        return self._writes, self._one("PRAGMA data_version", ())[0]

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
        added = already = 0
        with self._transaction():
            for _, (analysis, meta) in parsed:
                if self._id_of(analysis.text_sha256) is not None:
                    already += 1
                    continue
                self._insert(analysis, meta)
                added += 1
        return ImportReport(added=added, already_there=already)

    # --- helpers -----------------------------------------------------------------------------

    def _insert(self, analysis: Analysis, meta: dict[str, Any]) -> None:
        self._db.execute(
            """INSERT INTO articles (sha256, title, source, language, published, added, text, analysis)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (analysis.text_sha256, meta.get("title") or "Untitled", meta.get("source") or "", analysis.language,
             meta.get("published"), meta.get("added") or _now(), analysis.text,
             json.dumps(analysis.to_dict(), ensure_ascii=False)),
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
            except sqlite3.Error as error:
                raise LibraryError(f"{self.path}: cannot write ({error})") from None
            try:
                yield
            except sqlite3.Error as error:
                self._db.execute("ROLLBACK")
                raise LibraryError(f"{self.path}: cannot write ({error})") from None
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self._writes += 1


_COLUMNS = "id, title, source, language, published, added, text, analysis"
_MATCHING = "title LIKE ?1 ESCAPE '\\' OR id IN (SELECT article_id FROM names WHERE name LIKE ?1 ESCAPE '\\')"
_NEWEST_FIRST = "COALESCE(published, substr(added, 1, 10)) DESC, id DESC"


def _pattern(search: str) -> str:
    """A LIKE pattern finding ``search`` anywhere, its own % and _ taken literally."""
    escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _article(row: tuple) -> StoredArticle:
    article_id, title, source, language, published, added, text, analysis = row
    return StoredArticle(
        id=article_id, title=title, source=source, language=language,
        published=date.fromisoformat(published) if published else None,
        added=datetime.fromisoformat(added),
        analysis=Analysis.from_dict(json.loads(analysis), text=text),
    )


def export_line(article: StoredArticle) -> dict[str, Any]:
    """One exported line: the contract, and the article (text and metadata) beside it."""
    return {
        **article.analysis.to_dict(),
        ARTICLE_KEY: {
            "title": article.title, "source": article.source, "text": article.analysis.text,
            "published": article.published.isoformat() if article.published else None,
            "added": article.added.isoformat(),
        },
    }


def _parse_line(line: str, number: int) -> tuple[Analysis, dict[str, Any]]:
    """An exported line's analysis and article; a ``LibraryError`` says in plain words what is wrong."""
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
    if data.get("schema_version") != SCHEMA_VERSION:
        raise LibraryError(f"line {number}: schema version {data.get('schema_version')!r}, expected "
                           f"{SCHEMA_VERSION!r}")
    try:
        analysis = Analysis.from_dict(data, text=meta["text"])
    except KeyError as error:
        raise LibraryError(f"line {number}: the analysis is incomplete (no “{error.args[0]}”)") from None
    except (ValueError, TypeError, AttributeError):
        raise LibraryError(f"line {number}: the analysis is damaged (a field has the wrong kind of value)") from None
    if sha256(analysis.text) != analysis.text_sha256:
        raise LibraryError(f"line {number}: the text does not match its text_sha256")
    return analysis, meta


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
