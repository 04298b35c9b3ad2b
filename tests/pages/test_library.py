"""The Library page on a real library file in a temporary NEWSLENS_DATA_DIR: articles analysed on the
start page are kept (unless the toggle is off), listed, found by person, opened, deleted after a
confirmation, exported and imported into another library; bad files get a message naming the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_session import ANALYSE, TEXT, messages, start_app
from streamlit.testing.v1 import AppTest

from components import library_store
from extraction.result import SCHEMA_VERSION
from tests.conftest import ARTICLES, LIBRARY_ARTICLES

KEEP = "newslens.start.keep"
SEARCH = "newslens.library.search"
UPLOAD = "newslens.library.import"
ALIBABA = (LIBRARY_ARTICLES / "alibaba_april.txt").read_text("utf-8")
MICROSOFT = (ARTICLES / "en_01_microsoft_robotics.txt").read_text("utf-8")
JSONL = "application/jsonl"


@pytest.fixture(autouse=True)
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty library for each test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(folder))
    return folder


def analyse(at: AppTest, text: str, *, keep: bool = True) -> AppTest:
    """Paste ``text`` on the start page and click Analyse, with "Keep in the library" as given."""
    at.switch_page("app.py").run()
    at.toggle(key=KEEP).set_value(keep)
    at.text_area(key=TEXT).input(text)
    return at.button(key=ANALYSE).click().run()


@pytest.fixture
def kept() -> AppTest:
    """A session that analysed (and kept) the Alibaba and Microsoft articles, now on the Library page."""
    at = start_app()
    for text in (ALIBABA, MICROSOFT):
        analyse(at, text)
        assert not at.exception and messages(at, "success") == ["Kept in the library: 1 new article."]
    return at.switch_page("pages/library.py").run()


def titles(at: AppTest) -> list[str]:
    return at.dataframe[0].value["Title"].tolist() if at.dataframe else []


def test_an_empty_library_says_so_and_offers_import() -> None:
    at = start_app().switch_page("pages/library.py").run()
    assert not at.exception and at.title[0].value == "Library"
    assert at.info[0].value.startswith("The library is empty.")
    assert at.get("download_button")[0].proto.disabled
    assert at.file_uploader(key=UPLOAD).label == "Import a library export (.jsonl)"


def test_analysed_articles_are_listed_with_their_people(kept: AppTest) -> None:
    assert not kept.exception
    table = kept.dataframe[0].value.set_index("Title")
    assert set(table.index) == {ALIBABA.splitlines()[0], MICROSOFT.splitlines()[0]}
    assert "Eddie Wu" in table.loc[ALIBABA.splitlines()[0], "People"]
    assert table.loc[ALIBABA.splitlines()[0], "Date"].isoformat() == "2025-04-02"
    assert table.loc[ALIBABA.splitlines()[0], "Source"] == "pasted"
    assert [b.proto.label for b in kept.get("download_button")] == ["Export the library (2 articles, .jsonl)"]


def test_search_finds_an_article_by_person_and_by_organisation(kept: AppTest) -> None:
    kept.text_input(key=SEARCH).input("Satya Nadella").run()
    assert titles(kept) == [MICROSOFT.splitlines()[0]]
    kept.text_input(key=SEARCH).input("alibaba cloud").run()
    assert titles(kept) == [ALIBABA.splitlines()[0]]
    kept.text_input(key=SEARCH).input("Nobody Known").run()
    assert not titles(kept) and "match “Nobody Known”" in messages(kept, "info")[0]


def test_an_opened_article_is_shown_on_the_analysis_pages(kept: AppTest) -> None:
    kept.text_input(key=SEARCH).input("Eddie Wu").run()
    kept.session_state["newslens.results"] = []  # a new session: nothing analysed in it
    kept.button(key="newslens.library.open").click().run()
    assert not kept.exception
    assert messages(kept, "success")[0].startswith(f"Opened “{ALIBABA.splitlines()[0]}”")
    assert [link.value for link in kept.main.get("page_link")][:2] == ["Entities", "Spending timeline"]
    (result,) = kept.session_state["newslens.results"]
    assert result.from_library and result.language_source == "as kept in the library"
    kept.switch_page("pages/people.py").run()
    assert not kept.exception and "<h4>Eddie Wu</h4>" in kept.html[0].value


def test_delete_asks_first_and_cancel_keeps_the_article(kept: AppTest) -> None:
    kept.text_input(key=SEARCH).input("Satya Nadella").run()
    kept.button(key="newslens.library.delete").click().run()
    (warning,) = messages(kept, "warning")
    assert warning.startswith(f"Delete “{MICROSOFT.splitlines()[0]}” from the library?")
    assert len(library_store.articles()) == 2  # nothing deleted before the confirmation
    kept.button(key="newslens.library.cancel").click().run()
    assert not kept.warning and len(library_store.articles()) == 2
    kept.button(key="newslens.library.delete").click().run()
    kept.button(key="newslens.library.confirm").click().run()
    assert not kept.exception
    assert messages(kept, "success") == [f"Deleted “{MICROSOFT.splitlines()[0]}” from the library."]
    assert [a.title for a in library_store.articles()] == [ALIBABA.splitlines()[0]]


def test_export_then_import_into_a_fresh_library(kept: AppTest, tmp_path: Path, monkeypatch) -> None:
    exported = library_store.export_bytes()  # what the export button serves
    lines = exported.decode("utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema_version"] == SCHEMA_VERSION for line in lines)
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "other machine"))
    kept.run()
    assert kept.info[0].value.startswith("The library is empty.")
    kept.file_uploader(key=UPLOAD).set_value([("newslens-library.jsonl", exported, JSONL)])
    kept.button(key="newslens.library.import_button").click().run()
    assert not kept.exception
    assert messages(kept, "success") == ["Imported “newslens-library.jsonl”: 2 articles added, 0 already in the "
                                         "library."]
    assert set(titles(kept)) == {ALIBABA.splitlines()[0], MICROSOFT.splitlines()[0]}
    kept.button(key="newslens.library.import_button").click().run()
    assert messages(kept, "success") == ["Imported “newslens-library.jsonl”: 0 articles added, 2 already in the "
                                         "library."]


@pytest.mark.parametrize(("data", "reason"), [
    (b'{"not": "an export"}\n', "line 2: not a NewsLens export line (it has no article text"),
    (b"\xff\xfe\x00binary", "it is not UTF-8 text"),
    (b"\n  \n", "it holds no articles"),
], ids=["bad-line", "binary", "empty"])
def test_a_bad_import_file_gets_a_message_and_nothing_is_imported(kept: AppTest, data: bytes, reason: str) -> None:
    good = library_store.export_bytes().split(b"\n")[0] + b"\n"
    kept.file_uploader(key=UPLOAD).set_value([("library.jsonl", good + data if "line" in reason else data, JSONL)])
    kept.button(key="newslens.library.import_button").click().run()
    assert not kept.exception
    (message,) = messages(kept)
    assert message.startswith(f"“library.jsonl” could not be imported: {reason}")
    assert message.endswith("Nothing was imported.") and "Error" not in message
    assert [e.value for e in kept.columns[-1].error] == [kept.error[0].value]  # under the Import button
    assert len(library_store.articles()) == 2


def test_with_the_toggle_off_nothing_is_kept() -> None:
    at = analyse(start_app(), ALIBABA, keep=False)
    assert not at.exception and not at.success
    assert len(at.session_state["newslens.results"]) == 1  # analysed all the same
    at.switch_page("pages/library.py").run()
    assert at.info[0].value.startswith("The library is empty.")


def test_a_library_that_cannot_be_written_is_a_message_and_the_text_stays(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(blocker / "data"))
    at = analyse(start_app(), ALIBABA)
    assert not at.exception
    (message,) = messages(at)
    assert message.startswith("The analysis was not kept in the library: the library's folder cannot be created")
    assert at.text_area(key=TEXT).value == ALIBABA and len(at.session_state["newslens.results"]) == 1
    at.switch_page("pages/library.py").run()
    assert not at.exception and messages(at)[0].startswith("The library cannot be read:")


def test_a_language_chosen_after_analysis_replaces_the_kept_analysis() -> None:
    at = analyse(start_app(), ALIBABA)
    next(s for s in at.sidebar.selectbox if s.label == "Language").set_value("fr").run()
    assert not at.exception
    (stored,) = library_store.articles()
    assert stored.language == "fr" and at.session_state["newslens.results"][0].library_id == stored.id
