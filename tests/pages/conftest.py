"""AppTest helpers: the app started from ``app.py``, an article pasted or files uploaded and analysed."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"
TEXT = "newslens.start.text"
FILES = "newslens.start.files"
ANALYSE = "newslens.start.analyse"
TIMEOUT = 120  # the first analysis of a language loads its model


def start_app() -> AppTest:
    """The app on its start page, run once."""
    return AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()


def paste_and_analyse(text: str) -> AppTest:
    """A fresh session with ``text`` pasted and Analyse clicked."""
    at = start_app()
    at.text_area(key=TEXT).input(text)
    return at.button(key=ANALYSE).click().run()


def upload_and_analyse(files: list[tuple[str, bytes, str]]) -> AppTest:
    """A fresh session with ``files`` (name, bytes, MIME type) uploaded and Analyse clicked."""
    at = start_app()
    at.file_uploader(key=FILES).set_value(files)
    return at.button(key=ANALYSE).click().run()


def on_page(at: AppTest, page: str) -> AppTest:
    """Switch an analysed session to ``pages/<page>.py``."""
    return at.switch_page(f"pages/{page}.py").run()


def messages(at: AppTest, kind: str = "error") -> list[str]:
    return [element.value for element in getattr(at, kind)]


@pytest.fixture(scope="module")
def seed_session(seed_text: str) -> AppTest:
    """The seed article pasted and analysed (one session per test module)."""
    at = paste_and_analyse(seed_text)
    assert not at.exception, at.exception
    return at
