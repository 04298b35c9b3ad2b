"""The database schema and its migrations: each step upgrades by one version, in a transaction.

A new schema version appends a step to ``MIGRATIONS``; existing files are upgraded on open. A step is
SQL (statements apart by ';', in the dialect SQLite and PostgreSQL share) or a function of the open
connection for what SQL cannot do (rewriting stored JSON).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from extraction.result import upgrade

Step = str | Callable[[sqlite3.Connection], None]


def _analyses_to_current_contract(connection: sqlite3.Connection) -> None:
    """Stored analyses of an earlier contract version rewritten in the current one (``upgrade``)."""
    rows = connection.execute("SELECT id, analysis FROM articles").fetchall()
    for article_id, analysis in rows:
        data = json.loads(analysis)
        current = upgrade(data)
        if current is not data:
            connection.execute("UPDATE articles SET analysis = ? WHERE id = ?",
                               (json.dumps(current, ensure_ascii=False), article_id))


MIGRATIONS: list[Step] = [
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
    # 3: an analyst's corrections, kept beside the machine's analysis (never merged into it)
    """
    CREATE TABLE corrections (
        id TEXT PRIMARY KEY,                  -- Correction.id (a UUID): the same correction on every machine
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        target TEXT NOT NULL,                 -- affiliation | figure | entity | person | organization
        action TEXT NOT NULL,                 -- change | remove | add | merge | rename
        fact TEXT NOT NULL,                   -- JSON: the machine's fact, by content
        new_values TEXT NOT NULL,             -- JSON: the fields as corrected
        author TEXT NOT NULL,
        created TEXT NOT NULL,                -- ISO timestamp (UTC), corrections apply oldest first
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX corrections_by_article ON corrections(article_id, created)
    """,
    # 4: stored analyses in contract schema version 2 (version 1 plus the corrections list)
    _analyses_to_current_contract,
    # 5: a number every write raises, so that a reader knows cheaply whether what it read before is current
    """
    CREATE TABLE revision (number INTEGER NOT NULL);
    INSERT INTO revision (number) VALUES (0)
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
            if callable(script):
                script(connection)
            else:
                for statement in filter(str.strip, script.split(";")):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return version(connection)
