"""Figures across library articles: one timeline where conflicting amounts both stay, each with its
source; agreeing ones are one point naming both articles; the tables name every figure's source."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from factories import figure

from components.combined_figures import (
    combined_timeline_data,
    conflicts_table,
    sourced_figures_table,
    sources_caption,
)
from components.currency import ORIGINAL, conversion, make_converter
from components.library_table import source_label
from components.timeline import timeline_figure
from components.vocabulary import SPENDING_KINDS
from extraction import Analysis
from extraction.text import sha256
from library import Library, StoredArticle, combine

APRIL, MAY = "Alibaba to pour 380 billion yuan", "Alibaba lifts cloud budget"


@pytest.fixture(scope="module")
def converter():
    return make_converter()


@pytest.fixture(scope="module")
def combined(alibaba_articles: list[StoredArticle]):
    return combine(alibaba_articles)


def chart(combined, converter, *, kinds=SPENDING_KINDS):
    rates = conversion({"CNY"}, target=ORIGINAL, converter=converter)
    data = combined_timeline_data(combined, kinds=kinds, conversion=rates)
    return data, timeline_figure(data, source=sources_caption(data, combined), note=rates.caption())


def drawn_points(fig) -> list[tuple[str, float, float, list[str], str]]:
    """('organisation · kind (status)', x, y, sources, hover) of every drawn single-year point."""
    return [(f"{meta['organization']} · {meta['kind']} ({meta['status']})", x, y, sources, hover)
            for trace in json.loads(fig.to_json())["data"] if (meta := trace.get("meta") or {}).get("shape") == "points"
            for x, y, sources, hover in zip(trace["x"], trace["y"], trace["meta"]["sources"], trace["hovertext"],
                                            strict=True) if x is not None]


def test_conflicting_amounts_are_both_drawn_with_their_sources(combined, converter) -> None:
    _, fig = chart(combined, converter)
    investment = [p for p in drawn_points(fig) if p[0].startswith("Alibaba · investment")]
    assert [y for _, _, y, _, _ in investment] == [380, 420]  # both, never averaged
    (low, high) = investment
    assert low[3][0].startswith(APRIL) and high[3][0].startswith(MAY)
    assert APRIL in low[4] and MAY in high[4] and "Another article gives a different amount" in high[4]
    assert low[1] < 2025 < high[1]  # side by side around their year


def test_conflicting_points_are_not_joined_and_wear_their_sources_markers(combined, converter) -> None:
    _, fig = chart(combined, converter)
    (trace,) = [t for t in fig.data if (t.meta or {}).get("kind") == "investment" and t.name == "Alibaba (planned)"]
    assert list(trace.x)[1] is None  # a break in the line between the two amounts
    assert trace.marker.symbol[0] != trace.marker.symbol[2]
    legend = [t for t in fig.data if (t.meta or {}).get("source") is not None]
    assert legend[0].name.startswith(APRIL) and legend[1].name.startswith(MAY) and len(legend) == 2
    assert legend[0].legendgrouptitle.text == "Source articles"


def test_agreeing_figures_are_one_point_naming_both_articles(combined, converter) -> None:
    _, fig = chart(combined, converter)
    (rd_2024,) = [p for p in drawn_points(fig) if p[0] == "Alibaba · rd_spending (actual)" and p[1] == 2024]
    assert rd_2024[2] == 57 and len(rd_2024[3]) == 2
    assert "Another article" not in rd_2024[4]


def test_organisation_named_as_the_articles_agree_and_sources_in_the_caption(combined, converter) -> None:
    data, fig = chart(combined, converter)
    assert {p.figure.organization for p in data.points} == {"Alibaba"}  # "Alibaba Group" in April
    assert fig.layout.title.text.endswith(": Alibaba")
    assert [fig.layout.legend.title.text, fig.layout.legend2.title.text] == ["<b>R&amp;D spending</b>  ",
                                                                             "<b>Investment</b>  "]
    assert any("Sources: 2 articles of the NewsLens library, 2 Apr 2025 – 5 May 2025" in a.text
               for a in fig.layout.annotations)


def test_conflicts_table_lists_each_amount_with_its_article(combined) -> None:
    table = conflicts_table(combined)
    assert table["Amount"].tolist() == ["380 bn CNY", "420 bn CNY"]
    low, high = table["Source article"]
    assert low.startswith(APRIL) and high.startswith(MAY)
    assert set(table["Conflict"]) == {1} and set(table["Period"]) == {"2025"}


def test_figures_table_names_every_figures_source(combined, alibaba_articles) -> None:
    table = sourced_figures_table(combined)
    assert list(table.columns[:2]) == ["Source article", "Article date"]
    assert len(table) == sum(len(a.analysis.figures) for a in alibaba_articles)
    disputed = table[table["Conflicting"] == "yes"]
    assert sorted(disputed["Amount"]) == [380e9, 420e9]


def test_figures_without_an_organisation_never_conflict(tmp_path, converter) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        for number, amount in enumerate((1e9, 2e9)):
            text = f"Article {number}: someone spends money."
            library.save(Analysis(text=text, language="en", text_sha256=sha256(text),
                                  figures=(figure(amount, start=2024, end=2024, organization=None),)),
                         title=f"Article {number}")
        combined = combine(library.articles())
    assert not combined.conflicts()
    data, _ = chart(combined, converter)
    assert not any(p.disputed or p.offset for p in data.points)


def test_titles_are_escaped_in_the_legend_and_hover(tmp_path, converter) -> None:
    text = "Acme spends 1 bn EUR on R&D in 2024."
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.save(Analysis(text=text, language="en", text_sha256=sha256(text),
                              figures=(figure(1e9, start=2024, end=2024),)), title="<img src=x onerror=alert(1)>")
        combined = combine(library.articles())
    _, fig = chart(combined, converter)
    shown = json.dumps([[t.name, t.hovertext, t.text] for t in fig.data])  # what plotly renders as HTML
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_source_labels_are_short_and_dated(alibaba_articles) -> None:
    source = replace(combine(alibaba_articles).figures[0].source, title="x" * 100)
    label = source_label(source)
    assert label.endswith("… (2 Apr 2025)") and len(label) < 70
