"""The page address names the articles worked on: a new session (a reload, a bookmark, a shared link)
opens them again, from the library or, for articles not kept, from the server that analysed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_session import ANALYSE, TEXT, messages, start_app
from streamlit.testing.v1 import AppTest

from tests.conftest import LIBRARY_ARTICLES

APRIL = (LIBRARY_ARTICLES / "alibaba_april.txt").read_text("utf-8")
MAY = (LIBRARY_ARTICLES / "alibaba_may.txt").read_text("utf-8")


@pytest.fixture(autouse=True)
def library_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path / "data"))


def analysed(*texts: str, keep: bool = True) -> AppTest:
    at = start_app()
    at.toggle(key="newslens.start.keep").set_value(keep)
    at.text_area(key=TEXT).input("\n\n\n".join(texts))
    return at.button(key=ANALYSE).click().run()


def reopened(address: dict[str, str], page: str) -> AppTest:
    """A new session opening ``page`` at ``address``, as a reload does."""
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=120)
    for name, value in address.items():
        at.query_params[name] = value
    return at.switch_page(f"pages/{page}.py").run()


def test_an_analysed_article_is_in_the_address_and_a_reload_shows_it() -> None:
    at = analysed(APRIL)
    (result,) = at.session_state["newslens.results"]
    assert dict(at.query_params) == {"article": str(result.library_id)}
    for page in ("entities", "timeline", "people", "export"):
        again = reopened(dict(at.query_params), page)
        assert not again.exception and not again.info  # not "No article analysed yet."
        assert again.caption[0].value.startswith("Alibaba to pour 380 billion yuan")


def test_the_shown_article_and_the_others_are_all_in_the_address() -> None:
    at = analysed(APRIL)
    at.text_area(key=TEXT).input(MAY)
    (may,) = at.button(key=ANALYSE).click().run().session_state["newslens.results"]
    at.switch_page("pages/library.py").run()
    at.text_input(key="newslens.library.search").input("380 billion").run()
    at.button(key="newslens.library.open").click().run()  # April beside May, and shown
    april = at.session_state["newslens.results"][1]
    assert dict(at.query_params) == {"article": str(april.library_id), "also": str(may.library_id)}
    again = reopened(dict(at.query_params), "people")
    assert [r.library_id for r in again.session_state["newslens.results"]] == [april.library_id, may.library_id]
    assert again.caption[0].value.startswith("Alibaba to pour 380 billion yuan")


def test_an_article_not_kept_is_found_again_while_the_server_runs() -> None:
    at = analysed(MAY, keep=False)
    (result,) = at.session_state["newslens.results"]
    assert result.library_id is None and at.query_params["article"].startswith("t")
    again = reopened(dict(at.query_params), "entities")
    assert not again.exception and again.caption[0].value.startswith("Alibaba lifts cloud budget")


def test_an_address_naming_nothing_known_says_so_and_offers_the_start_page() -> None:
    again = reopened({"article": "4711", "also": "t0000000000000000"}, "timeline")
    assert not again.exception
    (warning,) = messages(again, "warning")
    assert warning.startswith("Article 4711 of the page address is no longer in the library; 1 article of the page "
                              "address was analysed without keeping it in the library")
    assert again.info[0].value == "No article analysed yet."
