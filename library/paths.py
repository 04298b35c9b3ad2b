"""Where the library lives: the folder in ``NEWSLENS_DATA_DIR``, else the user's data folder
(platformdirs), never the repository."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENVIRONMENT_VARIABLE = "NEWSLENS_DATA_DIR"
DATABASE_NAME = "library.sqlite3"


def data_dir() -> Path:
    """The library's folder (created when missing)."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    folder = Path(configured).expanduser() if configured else Path(user_data_dir("newslens", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path() -> Path:
    return data_dir() / DATABASE_NAME
