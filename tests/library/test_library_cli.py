"""``python -m library``: add, list, show, export, import, delete; errors in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from extraction.result import SCHEMA_VERSION
from tests.conftest import ARTICLES, ROOT


def run(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSLENS_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "library", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_round_trip(tmp_path: Path):
    article = ARTICLES / "en_01_microsoft_robotics.txt"
    assert run(tmp_path / "a", "add", str(article)).returncode == 0
    listing = run(tmp_path / "a", "list", "--search", "Nadella").stdout
    assert "Microsoft hires DeepMind researcher" in listing
    shown = json.loads(run(tmp_path / "a", "show", listing.split()[0]).stdout)
    assert shown["schema_version"] == SCHEMA_VERSION
    assert run(tmp_path / "a", "export", str(tmp_path / "lib.jsonl")).returncode == 0
    imported = run(tmp_path / "b", "import", str(tmp_path / "lib.jsonl"))
    assert imported.stdout.startswith("1 articles added")
    assert run(tmp_path / "b", "delete", listing.split()[0]).returncode == 0


def test_errors_exit_2_with_one_line(tmp_path: Path):
    for args in (("delete", "42"), ("show", "42"), ("add", str(tmp_path / "missing.txt"))):
        done = run(tmp_path, *args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1


def test_the_store_imports_neither_streamlit_nor_spacy():
    code = "import sys, library; library.combine([]); print('spacy' in sys.modules, 'streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "False"]
