"""AppTest sessions of the app: started from ``app.py``, an article pasted or files uploaded and analysed."""

from __future__ import annotations

import re
from pathlib import Path

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
    """The page's messages of one kind as a reader sees them (Markdown escapes removed)."""
    return [re.sub(r"\\(.)", r"\1", element.value) for element in getattr(at, kind)]
