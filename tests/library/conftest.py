"""The library's tests run on both back ends: an SQLite file in a temporary folder, and a new database on
the test PostgreSQL server (skipped with the reason where there is none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from library import Library
from tests.postgres_server import scratch_database


class Backend:
    """Fresh, empty libraries on one back end, and the environment that names one of them."""

    def __init__(self, name: str, *, folder: Path, server: str | None, stack: ExitStack) -> None:
        self.name = name
        self._folder = folder
        self._server = server
        self._stack = stack
        self._count = 0

    def new(self) -> str:
        """Where a new, empty library is: an SQLite file's path or a database's URL."""
        self._count += 1
        if self._server is None:
            return str(self._folder / f"library-{self._count}" / "library.sqlite3")
        return self._stack.enter_context(scratch_database(self._server))

    def environment(self, where: str) -> dict[str, str]:
        """The environment variables that make ``where`` the configured library."""
        if self._server is None:
            return {"NEWSLENS_DATA_DIR": str(Path(where).parent)}
        return {"NEWSLENS_DATABASE_URL": where}

    def configure(self, monkeypatch: pytest.MonkeyPatch) -> str:
        """A new library, made the configured one for this test (``Library.open()``, the CLI)."""
        where = self.new()
        for name, value in self.environment(where).items():
            monkeypatch.setenv(name, value)
        return where


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    with ExitStack() as stack:
        yield Backend(request.param, folder=tmp_path_factory.mktemp(f"libraries-{request.param}"), server=server,
                      stack=stack)


@pytest.fixture
def library(backend: Backend, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    """An empty library, the configured one, open."""
    backend.configure(monkeypatch)
    with Library.open() as opened:
        yield opened
