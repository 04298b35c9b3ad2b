"""The analysis pages on the seed article, one AppTest session per page; the guard before analysing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from app_session import on_page, paste_and_analyse, start_app
from streamlit.testing.v1 import AppTest

SEED_PEOPLE = ("Lei Jun", "Luo Fuli", "Zhang Duo", "Lu Weibing")


@pytest.fixture(scope="module")
def analysed(seed_text: str):
    """A factory: a fresh session with the seed analysed (cached, so only the first one analyses)."""
    return lambda: paste_and_analyse(seed_text)


@pytest.fixture(scope="module")
def timeline(analysed) -> AppTest:
    return on_page(analysed(), "timeline")


@pytest.fixture(scope="module")
def people(analysed) -> AppTest:
    return on_page(analysed(), "people")


def chart(at: AppTest, index: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec)


@pytest.mark.parametrize("page", ["entities", "timeline", "people", "export"])
def test_pages_before_any_analysis_point_to_the_start_page(page: str) -> None:
    at = start_app().switch_page(f"pages/{page}.py").run()
    assert not at.exception
    assert [i.value for i in at.info] == ["No article analysed yet."]
    assert at.main.get("page_link")[0].value == "Paste, upload or pick an example article"


def test_entities_page_highlights_and_counts(analysed) -> None:
    at = on_page(analysed(), "entities")
    assert not at.exception and at.title[0].value == "Entities"
    html = at.html[1].value
    assert 'title="Person: Lei Jun"' in html and 'data-label="ORG"' in html
    table = at.dataframe[0].value
    analysis = at.session_state["newslens.results"][0].analysis
    mentions = next(o.mentions for o in analysis.organizations if o.name == "Xiaomi")
    assert table.set_index("Entity").loc["Xiaomi", "Mentions"] == mentions
    at.pills(key="newslens.entities.labels").set_value(["PERSON"]).run()
    assert 'data-label="ORG"' not in at.html[1].value
    assert set(at.dataframe[0].value["Label"]) == {"Person"}


def test_timeline_chart_holds_the_seed_points_and_span(timeline: AppTest) -> None:
    assert not timeline.exception
    data = chart(timeline)["data"]
    (points,) = [t for t in data if t["meta"]["shape"] == "points"]
    assert (points["x"], points["y"], points["meta"]["currency"]) == ([2024, 2025], [24, 30], "CNY")
    (span,) = [t for t in data if t["meta"]["shape"] == "span"]
    assert span["meta"]["period"] == [2022, 2026] and (span["x"][0], span["x"][-1]) == (2022, 2026)
    assert set(span["y"]) == {100}


def test_timeline_has_whole_years_png_export_and_the_figures_table(timeline: AppTest) -> None:
    spec = chart(timeline)
    assert spec["layout"]["xaxis"]["dtick"] == 1 and spec["layout"]["xaxis"]["tickformat"] == "d"
    config = json.loads(timeline.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "png" and config["toImageButtonOptions"]["scale"] == 2
    labels = [b.proto.label for b in timeline.get("download_button")]
    assert labels == ["PNG (2×)", "SVG", "Figures as CSV"]
    assert {"24 Milliarden Yuan", "30 Milliarden Yuan", "100 Milliarden Yuan"} <= set(
        timeline.dataframe[0].value["As written"])


def test_timeline_converts_to_eur_and_states_the_rate_date(analysed) -> None:
    at = on_page(analysed(), "timeline")
    at.segmented_control(key="newslens.timeline.currency").set_value("EUR").run()
    assert chart(at)["layout"]["yaxis"]["title"]["text"] == "bn EUR"
    assert any("Converted to EUR at ECB reference rates (CNY of" in c.value for c in at.caption)
    assert "Amount in EUR" in at.dataframe[0].value.columns


def test_timeline_without_figures_says_so() -> None:
    at = on_page(paste_and_analyse("Siemens hat Katrin Albers von SAP abgeworben. Sie leitet nun die KI."), "timeline")
    assert not at.exception
    assert at.info[0].value.startswith("No money figures in this article.")
    assert not at.get("plotly_chart")


def test_people_page_names_the_four_people(people: AppTest) -> None:
    assert not people.exception
    cards = " ".join(element.value for element in people.html)
    for name in SEED_PEOPLE:
        assert f"<h4>{name}</h4>" in cards
    assert "Luo Fuli" in people.dataframe[0].value["Person"].tolist()  # the moves table


def test_people_page_draws_the_network(people: AppTest) -> None:
    data = chart(people)["data"]
    dashes = {t["meta"]["status"]: t["line"]["dash"] for t in data if "status" in (t.get("meta") or {})}
    assert dashes == {"current": "solid", "former": "dash"}
    organizations = next(h.value for h in people.html if 'class="nl-orgs"' in h.value)
    assert "Xiaomi" in organizations


def test_export_page_offers_json_xlsx_and_csvs(analysed) -> None:
    at = on_page(analysed(), "export")
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels[:2] == ["Everything as XLSX", "Analysis as JSON"]
    assert [label.split(" (")[0] for label in labels[2:7]] == ["Entities", "Figures", "Affiliations", "Moves",
                                                               "Organisations"]
    assert labels[7:] == ["Report as PDF", "Report as DOCX", "Facts as gold (score_articles.py)"]
    analysis = at.session_state["newslens.results"][0].analysis
    assert f"Figures ({len(analysis.figures)})" in labels


def test_moving_between_pages_never_reruns_the_analysis(analysed) -> None:
    at = analysed()
    (result,) = at.session_state["newslens.results"]
    for page in ("entities", "timeline", "people", "export"):
        on_page(at, page)
    assert at.session_state["newslens.results"][0] is result


def test_the_timeline_is_drawn_once_per_article_and_options(analysed, monkeypatch) -> None:
    from components import views

    drawn = []
    real = views.timeline_figure
    monkeypatch.setattr(views, "timeline_figure", lambda *a, **k: drawn.append(k) or real(*a, **k))
    views.article_timeline.clear()
    at = on_page(analysed(), "timeline")
    for page in ("entities", "timeline", "people", "timeline"):  # coming back changes nothing
        on_page(at, page)
    assert len(drawn) == 1 and not at.exception
    at.segmented_control(key="newslens.timeline.currency").set_value("USD").run()
    at.segmented_control(key="newslens.timeline.currency").set_value("Original").run()
    assert len(drawn) == 2  # USD is new; the original currency's chart was kept


def test_chart_images_are_named_for_organisation_currency_and_day(analysed) -> None:
    """The chart's own PNG button; the download buttons use the same name (the browser test reads those)."""
    at = on_page(analysed(), "timeline")
    analysis = at.session_state["newslens.results"][0].analysis
    day = (analysis.published or date.today()).isoformat()
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["filename"] == f"newslens-timeline-xiaomi-cny-{day}"
    at.segmented_control(key="newslens.timeline.currency").set_value("USD").run()
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["filename"] == f"newslens-timeline-xiaomi-usd-{day}"


def test_amounts_in_tables_keep_three_significant_digits(timeline: AppTest) -> None:
    shown = timeline.dataframe[0].value
    assert shown["Amount"].tolist() == ["24 bn CNY", "30 bn CNY", "100 bn CNY"]


def test_entities_filters_are_one_row_and_the_key_counts_what_is_shown(analysed) -> None:
    at = on_page(analysed(), "entities")
    assert len(at.get("button_group")) == 1  # the label pills; the colour key is no second row of pills
    analysis = at.session_state["newslens.results"][0].analysis
    people = sum(1 for m in analysis.entities if m.label == "PERSON")
    at.pills(key="newslens.entities.labels").set_value(["PERSON"]).run()
    key = at.html[0].value
    assert f"Showing {people} of {len(analysis.entities)} mentions" in key and "Organisation" not in key
    assert any(c.value.endswith(" entities shown") for c in at.caption)


def test_without_chromium_the_timeline_offers_no_image_downloads_and_says_why(analysed, monkeypatch) -> None:
    from components import charts, resources

    monkeypatch.setattr(resources, "image_browser", lambda: None)
    resources.chart_browser.clear()
    try:
        at = on_page(analysed(), "timeline")
        assert not at.exception and at.get("plotly_chart")
        assert [b.proto.label for b in at.get("download_button")] == ["Figures as CSV"]
        assert charts.NO_BROWSER in [c.value for c in at.caption]
    finally:
        resources.chart_browser.clear()
