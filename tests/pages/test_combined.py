"""The Across articles page on a real library file: two articles about Alibaba, analysed and kept on the
start page, that disagree on 2025's investment: both amounts are in the chart with their sources and
in the conflicts table; Eddie Wu, in both, is one person with two sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_session import ANALYSE, TEXT, messages, start_app
from streamlit.testing.v1 import AppTest

from tests.conftest import LIBRARY_ARTICLES

SCOPE = "newslens.combined.scope"
APRIL = (LIBRARY_ARTICLES / "alibaba_april.txt").read_text("utf-8")
MAY = (LIBRARY_ARTICLES / "alibaba_may.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def combined(tmp_path_factory: pytest.TempPathFactory) -> AppTest:
    """A session that analysed and kept both articles in a new library, on the Across articles page."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLENS_DATA_DIR", str(tmp_path_factory.mktemp("combined")))
        at = start_app()
        for text in (APRIL, MAY):
            at.text_area(key=TEXT).input(text)
            at.button(key=ANALYSE).click().run()
            assert messages(at, "success") == ["Kept in the library: 1 new article."]
        at.switch_page("pages/combined.py").run()
        yield at


def chart(at: AppTest) -> dict:
    (element,) = [c for c in at.get("plotly_chart") if "newslens.combined.chart" in c.proto.id]
    return json.loads(element.proto.spec)


def test_page_without_any_article_in_the_library(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path))
    at = start_app().switch_page("pages/combined.py").run()
    assert not at.exception and at.title[0].value == "Across articles"
    assert at.info[0].value.startswith("The library is empty.")


def test_both_articles_are_combined_by_default(combined: AppTest) -> None:
    assert not combined.exception
    assert combined.segmented_control(key=SCOPE).value == "all"
    metrics = {m.label: m.value for m in combined.metric}
    assert metrics["Articles"] == "2" and metrics["Conflicts"] == "1"


def test_conflicting_amounts_are_both_in_the_chart_with_their_sources(combined: AppTest) -> None:
    (trace,) = [t for t in chart(combined)["data"] if t["name"] == "Alibaba (planned)"
                and t["meta"]["kind"] == "investment" and t["meta"]["shape"] == "points"]
    drawn = [(y, sources, hover) for y, sources, hover in zip(trace["y"], trace["meta"]["sources"],
                                                               trace["hovertext"], strict=True) if y is not None]
    assert [y for y, _, _ in drawn] == [380, 420]
    (april,), (may,) = (sources for _, sources, _ in drawn)
    assert april.startswith(APRIL.splitlines()[0][:30]) and april.endswith("(2 Apr 2025)")
    assert may.startswith(MAY.splitlines()[0][:30]) and may.endswith("(5 May 2025)")
    assert "Source: " + april.replace("&", "&amp;") in drawn[0][2]
    legend = [t["name"] for t in chart(combined)["data"] if t.get("legendgroup") == "sources"]
    assert legend == [april, may]


def test_conflicts_are_listed_with_their_sources(combined: AppTest) -> None:
    table = next(d.value for d in combined.dataframe if "Conflict" in d.value.columns)
    assert table["Amount"].tolist() == ["380 bn CNY", "420 bn CNY"]
    assert table["Source article"].tolist() == [APRIL.splitlines()[0], MAY.splitlines()[0]]


def test_figures_table_has_a_source_column_and_csv(combined: AppTest) -> None:
    table = next(d.value for d in combined.dataframe if "Conflicting" in d.value.columns)
    assert set(table["Source article"]) == {APRIL.splitlines()[0], MAY.splitlines()[0]}
    labels = [b.proto.label for b in combined.get("download_button")]
    assert {"Figures as CSV", "People as CSV", "Organisations as CSV"} <= set(labels)


def test_a_person_in_both_articles_is_listed_once_with_two_sources(combined: AppTest) -> None:
    cards = next(h.value for h in combined.html if "nl-card" in h.value)
    assert cards.count("<h4>Eddie Wu</h4>") == 1
    wu = cards.split("<h4>Eddie Wu</h4>")[1].split("</article>")[0]
    assert "In 2 articles" in wu and "2 Apr 2025" in wu and "5 May 2025" in wu
    people = next(d.value for d in combined.dataframe if "Now" in d.value.columns)
    assert people[people["Person"] == "Eddie Wu"]["Source article"].tolist() == [APRIL.splitlines()[0],
                                                                                 MAY.splitlines()[0]]


def test_organisations_with_their_people_and_articles(combined: AppTest) -> None:
    table = next(d.value for d in combined.dataframe if "Source articles" in d.value.columns)
    alibaba = table.set_index("Organisation").loc["Alibaba"]
    assert alibaba["Articles"] == 2 and "Eddie Wu" in alibaba["People"]


def test_a_search_combines_only_the_matching_articles(combined: AppTest) -> None:
    combined.text_input(key="newslens.combined.search").input("Zhou Lin").run()
    assert not combined.exception
    assert {m.label: m.value for m in combined.metric}["Articles"] == "1"
    assert {m.label: m.value for m in combined.metric}["Conflicts"] == "0"
    combined.segmented_control(key=SCOPE).set_value("chosen").run()
    assert combined.info[0].value == "Choose at least one article above."
    combined.text_input(key="newslens.combined.search").input("").run()
    combined.multiselect[0].set_value(combined.multiselect[0].options[:1]).run()
    assert {m.label: m.value for m in combined.metric}["Articles"] == "1"
    combined.segmented_control(key=SCOPE).set_value("all").run()
    assert {m.label: m.value for m in combined.metric}["Articles"] == "2"


def test_a_rerun_recombines_nothing_until_the_library_changes(combined: AppTest, monkeypatch) -> None:
    from components import views

    calls = []
    real = views.combine
    monkeypatch.setattr(views, "combine", lambda articles: calls.append(len(articles)) or real(articles))
    combined.run()
    combined.run()
    assert calls == [] and not combined.exception  # combined once, when the page first opened
    combined.segmented_control(key="newslens.combined.currency").set_value("EUR").run()
    assert calls == []  # another currency redraws the chart, from the same combined facts


def test_an_organisation_has_the_same_colour_on_both_timelines(combined: AppTest) -> None:
    def colours(at: AppTest, key: str) -> dict[str, str]:
        (element,) = [c for c in at.get("plotly_chart") if key in c.proto.id]
        return {t["meta"]["organization"]: t["line"]["color"] for t in json.loads(element.proto.spec)["data"]
                if "organization" in (t.get("meta") or {})}

    across = colours(combined, "newslens.combined.chart")
    combined.switch_page("pages/timeline.py").run()  # the session's article: the May one, about Alibaba
    assert colours(combined, "newslens.timeline.chart")["Alibaba"] == across["Alibaba"]
    combined.switch_page("pages/combined.py").run()
