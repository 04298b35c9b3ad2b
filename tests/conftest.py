"""Shared fixtures: paths to the project's test data and to ``../shared`` (absent on a user's clone)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_a352dd7eff70d686.txt"
LIBRARY_ARTICLES = ROOT / "tests" / "data" / "library"


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
    """The article library of every test lives in a temporary folder, never the user's data folder: the
    start page keeps what it analyses. Tests that need an empty library set their own folder."""
    folder = tmp_path_factory.mktemp("newslens-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(scope="session", autouse=True)
def cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """What makes pipelines load fast is cached in a temporary folder, never the user's cache folder
    (the first French load of a test run builds it)."""
    folder = tmp_path_factory.mktemp("newslens-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_CACHE_DIR", str(folder))
        yield folder
