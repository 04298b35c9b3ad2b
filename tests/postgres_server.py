"""A throwaway PostgreSQL server for the tests: Debian's ``initdb`` and ``pg_ctl`` on a folder of its own,
listening on a free port of 127.0.0.1 only, trusting local connections (nothing else can reach it). As
root, the server's programs run as the ``postgres`` user, since PostgreSQL refuses to run as root.

    python tests/postgres_server.py start DIR    # prints the server's URL (superuser, database postgres)
    python tests/postgres_server.py stop DIR

``.ci/run`` starts one and exports its URL as ``NEWSLENS_TEST_DATABASE_URL``; the restart test starts its own.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

USER = "postgres"


class ServerError(RuntimeError):
    """The server's programs are missing, or one of them failed; the message says which and why."""


def bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: on the PATH, else Debian's newest version; None without them."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


class Server:
    """A cluster in ``folder`` (``data/``, ``port``, ``server.log``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        programs = bin_dir()
        if programs is None:
            raise ServerError("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")
        self.programs = programs

    @property
    def port(self) -> int:
        return int((self.folder / "port").read_text())

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/postgres"

    def start(self) -> str:
        """Create the cluster if needed and start it; returns its URL."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.data.exists():
            (self.folder / "port").write_text(str(_free_port()))
            self._give_to_server_user(self.folder)
            self._run("initdb", "--pgdata", str(self.data), "--username", USER, "--auth", "trust",
                      "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync", "--no-instructions")
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories=''"
        self._run("pg_ctl", "start", "--pgdata", str(self.data), "--log", str(self.log), "--wait",
                  "--options", options)
        return self.url

    def stop(self) -> None:
        self._run("pg_ctl", "stop", "--pgdata", str(self.data), "--mode", "fast", "--wait")

    def restart(self) -> None:
        self.stop()
        self.start()

    def _give_to_server_user(self, folder: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(folder, USER, USER)
            for child in folder.iterdir():
                shutil.chown(child, USER, USER)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.programs / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServerError(f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{log}")


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server (whose URL names a user allowed to create databases): its URL,
    and the database dropped on leaving, whoever is still connected to it."""
    name = f"newslens_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    server = Server(args.folder)
    if args.action == "start":
        print(server.start())
    else:
        server.stop()


if __name__ == "__main__":
    main()
