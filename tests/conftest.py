"""Shared fixtures: paths to the project's test data and to ``../shared`` (absent on a user's clone), and
the PostgreSQL server the library's tests use where there is one."""

from __future__ import annotations

import http.server
import importlib.util
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.postgres_server import scratch_database

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_a352dd7eff70d686.txt"
LIBRARY_ARTICLES = ROOT / "tests" / "data" / "library"
TEST_DATABASE_URL = "NEWSLENS_TEST_DATABASE_URL"


def own_articles() -> list[Path]:
    """The project's own test articles, German, English and French."""
    return sorted(ARTICLES.glob("*.txt"))


def gold_for(path: Path) -> dict:
    """Gold facts of one of the project's own articles."""
    language = path.name.split("_")[0]
    return json.loads((ARTICLES / f"{language}.gold.json").read_text("utf-8"))[path.name]


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the repository; tests that need it skip on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository (it is on CI and developer machines only)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session", autouse=True)
def library_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The article library of every test lives in a temporary folder, never the user's data folder nor a
    server the user's environment names: the start page keeps what it analyses. Tests that need an empty
    library set their own folder (or server)."""
    folder = tmp_path_factory.mktemp("newslens-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_DATA_DIR", str(folder))
        patch.delenv("NEWSLENS_DATABASE_URL", raising=False)
        yield folder


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of a PostgreSQL server on which the tests may create and drop databases, from
    ``NEWSLENS_TEST_DATABASE_URL`` (``.ci/run`` starts one: ``tests/postgres_server.py``)."""
    url = os.environ.get(TEST_DATABASE_URL, "").strip()
    if not url:
        pytest.skip(f"no PostgreSQL server for the tests: {TEST_DATABASE_URL} is not set (start one with "
                    "python tests/postgres_server.py start DIR, as .ci/run does, and export its URL)")
    return url


@pytest.fixture
def postgres_database(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    with scratch_database(postgres_server) as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """What makes pipelines load fast is cached in a temporary folder, never the user's cache folder
    (the first French load of a test run builds it)."""
    folder = tmp_path_factory.mktemp("newslens-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_CACHE_DIR", str(folder))
        yield folder


class LocalSite:
    """A web server on this machine's loopback address, serving what a test puts on it: pages, files,
    redirects, errors, a slow answer."""

    def __init__(self) -> None:
        routes: dict[str, tuple[int, dict[str, str], bytes, float]] = {}
        self.routes = routes

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, headers, body, delay = routes.get(self.path, (404, {}, b"not here", 0.0))
                time.sleep(delay)
                try:
                    self.send_response(status)
                    for name, value in {"Content-Length": str(len(body)), **headers}.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up, as a test wanted
                    pass

            def log_message(self, *args: object) -> None:  # keep the test output quiet
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def page(self, path: str, body: bytes | str, *, content_type: str = "text/html; charset=utf-8",
             status: int = 200, delay: float = 0.0, headers: dict[str, str] | None = None) -> str:
        """Serve ``body`` at ``path``; returns its address."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, data, delay)
        return self.url(path)

    def redirect(self, path: str, *, to: str, status: int = 302) -> str:
        self.routes[path] = (status, {"Location": to}, b"", 0.0)
        return self.url(path)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """A web server on 127.0.0.1, started for the test and stopped after it."""
    site = LocalSite()
    yield site
    site.close()


@pytest.fixture(scope="session")
def scorer(shared: Path) -> ModuleType:
    """``score_articles.py`` of ../shared, imported as a module."""
    spec = importlib.util.spec_from_file_location("score_articles", shared / "tools" / "score_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium for the browser tests and for printing PDFs; skips where it is not installed."""
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return path
