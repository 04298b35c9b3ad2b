"""Fixtures of the page tests."""

from __future__ import annotations

import pytest
from app_session import paste_and_analyse
from streamlit.testing.v1 import AppTest


@pytest.fixture(scope="module")
def seed_session(seed_text: str) -> AppTest:
    """The seed article pasted and analysed (one session per test module)."""
    at = paste_and_analyse(seed_text)
    assert not at.exception, at.exception
    return at
