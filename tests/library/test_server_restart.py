"""A real PostgreSQL server of the test's own (Debian's initdb and pg_ctl), restarted under the library:
articles kept through the CLI survive it and export whole, and an open library carries on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from library import Library
from tests.conftest import ARTICLES, ROOT
from tests.postgres_server import Server, bin_dir, scratch_database


@pytest.fixture
def server() -> Iterator[Server]:
    if bin_dir() is None:
        pytest.skip("PostgreSQL's server programs are not installed (Debian: apt-get install postgresql)")
    # a folder of its own under the system's temporary folder, which the postgres user can reach
    folder = Path(tempfile.mkdtemp(prefix="newslens-postgres-"))
    own = Server(folder)
    try:
        own.start()
        yield own
    finally:
        if (folder / "data" / "postmaster.pid").exists():
            own.stop()
        shutil.rmtree(folder, ignore_errors=True)


def library_cli(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "library", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NEWSLENS_DATABASE_URL": url}, timeout=600)


def test_articles_kept_through_the_cli_survive_a_server_restart_and_export_whole(server: Server, tmp_path: Path):
    articles = [ARTICLES / name for name in ("de_01_siemens_sap.txt", "en_02_alibaba_cloud.txt",
                                             "fr_01_mistral_recrutement.txt")]
    with scratch_database(server.url) as url:
        kept = library_cli(url, "add", *map(str, articles))
        assert kept.returncode == 0, kept.stderr
        assert library_cli(url, "export", str(tmp_path / "before.jsonl")).returncode == 0
        with Library.open(url) as library:  # open across the restart, as the dashboard's is
            titles = [a.title for a in library.articles()]
            server.restart()
            assert [a.title for a in library.articles()] == titles
            assert len(library.articles(search="Katrin Albers")) == 1
        exported = library_cli(url, "export", str(tmp_path / "after.jsonl"))
        assert exported.returncode == 0 and exported.stdout.startswith("3 articles written"), exported.stderr
    lines = (tmp_path / "after.jsonl").read_text("utf-8").splitlines()
    assert lines == (tmp_path / "before.jsonl").read_text("utf-8").splitlines()
    texts = {json.loads(line)["newslens_article"]["text"] for line in lines}
    assert texts == {path.read_text("utf-8").strip() for path in articles}
    assert all(json.loads(line)["people"] for line in lines)
