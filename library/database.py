"""The library's database: an SQLite file, or a PostgreSQL server named by a URL, through SQLAlchemy Core;
what the two back ends do differently is here and nowhere else (``Dialect``).

SQLite runs in write-ahead-log mode with full synchronisation, and a write takes the file's write lock at
its start (``BEGIN IMMEDIATE``), so that writers queue instead of failing half-way. PostgreSQL connections
are pooled and checked before use, so an open library carries on after the server restarts. Search uses
each database's own index of every article's title and names: SQLite's FTS5 with its trigram tokenizer,
PostgreSQL's pg_trgm; both find any part of a name, ignoring case.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from .paths import DATABASE_URL_VARIABLE, configured_location

_WRITE = "newslens_write"  # execution option: this connection's transaction writes
_SQLITE_BUSY_SECONDS = 60  # a writer waits this long for another's transaction (a batch's) to end
_CONNECT_SECONDS = 10


class LibraryError(ValueError):
    """A library that cannot be opened, read or written, or an import line that cannot be used; the
    message says why."""


class Dialect:
    """What one back end does its own way: the schema's version number, locks, the search index."""

    name: str

    def version(self, connection: Connection) -> int:
        raise NotImplementedError

    def set_version(self, connection: Connection, number: int) -> None:
        raise NotImplementedError

    def lock_schema(self, connection: Connection) -> None:
        """Let one process at a time migrate (inside the migration's transaction)."""

    def lock_article(self) -> str:
        """SQL selecting article ``:id``, locking it against other writers until the transaction ends."""
        raise NotImplementedError

    def lock_texts(self, connection: Connection, hashes: Iterable[str]) -> None:
        """Hold the articles of these texts (their SHA-256) against other writers until the transaction ends,
        whether they are in the library yet or not; taken in one global order, so that two writers of
        the same articles wait for each other instead of deadlocking."""

    def index_article(self) -> list[str]:
        """SQL putting article ``:id``'s search text ``:content`` in the search index, replacing the old."""
        raise NotImplementedError

    def matching(self, query: str) -> tuple[str, dict[str, Any]]:
        """SQL selecting the ids of the articles whose search text holds ``query`` (any case), and its
        parameters."""
        raise NotImplementedError


def like_pattern(query: str) -> str:
    """``%query%`` with the wildcards of ``query`` taken literally (escaped by a backslash)."""
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SQLite(Dialect):
    name = "sqlite"

    def version(self, connection: Connection) -> int:
        return connection.exec_driver_sql("PRAGMA user_version").scalar_one()

    def set_version(self, connection: Connection, number: int) -> None:
        connection.exec_driver_sql(f"PRAGMA user_version = {int(number)}")

    # A writing transaction holds the file's write lock already: no article needs a lock of its own.
    def lock_article(self) -> str:
        return "SELECT id FROM articles WHERE id = :id"

    def index_article(self) -> list[str]:
        return ["DELETE FROM article_search WHERE rowid = :id",
                "INSERT INTO article_search (rowid, content) VALUES (:id, :content)"]

    def matching(self, query: str) -> tuple[str, dict[str, Any]]:
        if len(query) >= 3:  # the trigram index finds a phrase of three characters or more
            return ("SELECT rowid FROM article_search WHERE article_search MATCH :phrase",
                    {"phrase": '"' + query.replace('"', '""') + '"'})
        return ("SELECT rowid FROM article_search WHERE content LIKE :pattern ESCAPE '\\'",
                {"pattern": like_pattern(query)})


class PostgreSQL(Dialect):
    name = "postgresql"
    _SCHEMA_LOCK = 0x6E6C_7363  # any number the library's processes agree on: advisory lock of migrations

    def version(self, connection: Connection) -> int:
        if connection.exec_driver_sql("SELECT to_regclass('newslens_schema')").scalar_one() is None:
            return 0
        return connection.exec_driver_sql("SELECT version FROM newslens_schema").scalar_one()

    def set_version(self, connection: Connection, number: int) -> None:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS newslens_schema (version INTEGER NOT NULL)")
        connection.exec_driver_sql("DELETE FROM newslens_schema")
        connection.execute(text("INSERT INTO newslens_schema (version) VALUES (:number)"), {"number": number})

    def lock_schema(self, connection: Connection) -> None:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": self._SCHEMA_LOCK})

    def lock_article(self) -> str:
        return "SELECT id FROM articles WHERE id = :id FOR UPDATE"

    def lock_texts(self, connection: Connection, hashes: Iterable[str]) -> None:
        for digest in sorted(set(hashes)):
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:sha256, 0))"), {"sha256": digest})

    def index_article(self) -> list[str]:
        return ["INSERT INTO article_search (article_id, content) VALUES (:id, :content) "
                "ON CONFLICT (article_id) DO UPDATE SET content = excluded.content"]

    def matching(self, query: str) -> tuple[str, dict[str, Any]]:
        return ("SELECT article_id FROM article_search WHERE content ILIKE :pattern ESCAPE '\\'",
                {"pattern": like_pattern(query)})


class Database:
    """An open library database: connections for reading and for writing, errors as ``LibraryError``."""

    def __init__(self, engine: Engine, dialect: Dialect, *, location: str) -> None:
        self.engine = engine
        self.dialect = dialect
        self.location = location  # what messages name: the file, or the server's URL without its password

    @classmethod
    def open(cls, where: Path | str | None = None) -> Database:
        """The library at ``where``: a PostgreSQL URL or an SQLite file's path (default: as configured,
        ``NEWSLENS_DATABASE_URL`` else the file in ``NEWSLENS_DATA_DIR``). Nothing is connected yet."""
        where = configured_location() if where is None else where
        if isinstance(where, str) and "://" in where:
            return cls._postgresql(where)
        return cls._sqlite(Path(where))

    @classmethod
    def _sqlite(cls, path: Path) -> Database:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"{path}: the folder cannot be created ({error.strerror or error})") from None
        engine = create_engine(URL.create("sqlite", database=str(path)),
                               connect_args={"timeout": _SQLITE_BUSY_SECONDS})

        @event.listens_for(engine, "connect")
        def configure(connection: Any, _record: Any) -> None:
            connection.isolation_level = None  # transactions begin as ``begin`` below says, not as pysqlite guesses
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
                connection.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(_WRITE)
                                       else "BEGIN")

        return cls(engine, SQLite(), location=str(path))

    @classmethod
    def _postgresql(cls, address: str) -> Database:
        try:
            url = make_url(address)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise LibraryError(f"{DATABASE_URL_VARIABLE}: not a database URL (postgresql://user:password@host/"
                               "database)") from None
        shown = url.render_as_string(hide_password=True)
        if url.get_backend_name() not in ("postgresql", "postgres"):
            raise LibraryError(f"{shown}: the library keeps to PostgreSQL servers (postgresql://...) or, without "
                               f"{DATABASE_URL_VARIABLE}, to an SQLite file")
        engine = create_engine(url.set(drivername="postgresql+psycopg"), pool_pre_ping=True,
                               connect_args={"connect_timeout": _CONNECT_SECONDS, "application_name": "newslens"})
        return cls(engine, PostgreSQL(), location=shown)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection in a transaction that sees one state of the library."""
        try:
            with self._connect() as connection, connection.begin():
                yield connection
        except SQLAlchemyError as error:
            raise LibraryError(f"{self.location}: cannot read ({_reason(error)})") from None

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection in a transaction that writes: committed at the end, rolled back on any exception."""
        try:
            with self._connect() as connection:
                connection.execution_options(**{_WRITE: True})
                with connection.begin():
                    yield connection
        except SQLAlchemyError as error:
            raise LibraryError(f"{self.location}: cannot write ({_reason(error)})") from None

    def close(self) -> None:
        self.engine.dispose()

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as error:
            raise LibraryError(f"{self.location}: cannot connect ({_reason(error)})") from None


def _reason(error: SQLAlchemyError) -> str:
    """The database's own words, on one line."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    return " ".join(str(cause).split()) or type(cause).__name__
