"""The database schema and its migrations: each step upgrades by one version, in a transaction.

A new schema version appends a step to ``MIGRATIONS``; existing files are upgraded on open.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: articles with their analysis (the contract JSON) and the names in them, for search
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,          -- of the analysed text: the same text is one article
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',      -- file name, or '' when pasted
        language TEXT NOT NULL,
        published TEXT,                       -- ISO date the text gives, if any
        added TEXT NOT NULL,                  -- ISO timestamp (UTC) of saving
        text TEXT NOT NULL,
        analysis TEXT NOT NULL                -- analysis.schema.json, schema version 1
    );
    CREATE TABLE names (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                   -- person | organization
        name TEXT NOT NULL
    );
    CREATE INDEX names_by_name ON names(name COLLATE NOCASE);
    CREATE INDEX names_by_article ON names(article_id);
    """,
    # 2: where a web article was fetched from, and its byline (metadata, never analysed)
    """
    ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT ''
    """,
]


def version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to the latest version; returns it. Refuses a newer file than this code."""
    current = version(connection)
    if current > len(MIGRATIONS):
        raise RuntimeError(f"the library file has schema version {current}; this NewsLens knows {len(MIGRATIONS)}")
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        # one transaction per step (the connection is in autocommit mode): a failed step leaves the
        # previous version intact
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in filter(str.strip, script.split(";")):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return version(connection)
