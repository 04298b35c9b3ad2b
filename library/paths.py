"""Where the library lives: the PostgreSQL server ``NEWSLENS_DATABASE_URL`` names, else an SQLite file in
the folder ``NEWSLENS_DATA_DIR`` names, else in the user's data folder (platformdirs), never the repository."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENVIRONMENT_VARIABLE = "NEWSLENS_DATA_DIR"
DATABASE_URL_VARIABLE = "NEWSLENS_DATABASE_URL"
DATABASE_NAME = "library.sqlite3"


def data_dir() -> Path:
    """The library's folder (created when missing)."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    folder = Path(configured).expanduser() if configured else Path(user_data_dir("newslens", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path() -> Path:
    """The SQLite file of the library when no server is configured."""
    return data_dir() / DATABASE_NAME


def database_url() -> str | None:
    """The library's server (``postgresql://user:password@host:port/database``), if one is configured."""
    return os.environ.get(DATABASE_URL_VARIABLE, "").strip() or None


def configured_location() -> str:
    """The library this environment names: the server's URL, else the SQLite file's path."""
    return database_url() or str(database_path())
