"""The README matches the app: it names the examples the start page offers, and the screenshots it shows
exist (``docs/screenshots.py`` takes them from the running app)."""

from __future__ import annotations

import re

from components.inputs import examples
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_every_example_is_named_by_its_headline() -> None:
    listed = " ".join(README.split())  # headlines may be wrapped over lines
    for example in examples():
        assert f"*{example.title}*" in listed, example.title
    assert "“Example: de_01_siemens_sap.txt”" in listed


def test_the_screenshots_shown_exist() -> None:
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert shown and all((ROOT / path).is_file() for path in shown)
    assert {"docs/screenshot-timeline.png", "docs/screenshot-people.png", "docs/screenshot-across.png"} <= set(shown)
