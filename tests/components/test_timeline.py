"""The spending timeline figure: points, spans, open ends, styles, whole years, conversion."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise

import pytest
from factories import figure

from components import labels
from components.currency import ORIGINAL, conversion, make_converter
from components.palette import SERIES_COLORS
from components.timeline import CAPTION_WRAP, NARROWEST_PLOT, PLOT_HEIGHT, STATUS_STYLE, timeline_data, timeline_figure
from components.vocabulary import SPENDING_KINDS
from extraction import Analysis

ALL_KINDS = {"rd_spending", "investment", "funding", "revenue", "profit", "salary", "valuation", "other"}


@pytest.fixture(scope="module")
def converter():
    return make_converter()


def traces(fig, shape: str) -> list:
    return [t for t in fig.data if (t.meta or {}).get("shape") == shape]


def seed_figure(seed_analysis: Analysis, converter, *, target: str = ORIGINAL):
    rates = conversion({f.currency for f in seed_analysis.figures}, target=target, converter=converter)
    data = timeline_data(seed_analysis.figures, kinds=SPENDING_KINDS, conversion=rates)
    return timeline_figure(data, source="Source: Xiaomi article", note=rates.caption())


def test_seed_has_2024_and_2025_cny_points_and_the_2022_2026_span(seed_analysis: Analysis, converter) -> None:
    fig = seed_figure(seed_analysis, converter)
    (points,) = traces(fig, "points")
    assert list(points.x) == [2024, 2025] and list(points.y) == [24, 30]
    assert points.meta["currency"] == "CNY" and points.meta["status"] == "planned"
    (span,) = traces(fig, "span")
    assert list(span.x) == [2022, 2023, 2024, 2025, 2026] and set(span.y) == {100}
    assert span.meta["period"] == [2022, 2026]
    assert "total for 2022–2026" in span.hovertext[0] and "“100 Milliarden Yuan”" in span.hovertext[0]
    assert fig.layout.yaxis.title.text == "bn CNY"
    assert "Xiaomi" in fig.layout.title.text
    assert any("Source: Xiaomi article" in a.text for a in fig.layout.annotations)
    json.loads(fig.to_json())


def test_year_axis_has_whole_years_only(seed_analysis: Analysis, converter) -> None:
    axis = seed_figure(seed_analysis, converter).layout.xaxis
    assert axis.dtick == 1 and axis.tickformat == "d"
    assert list(axis.range) == [2021.5, 2026.5]


@pytest.mark.parametrize(("link", "currency", "line"), [
    ("conversion_of", "USD", "also given as “$53 billion”"),
    ("part_of", "CNY", "of which “$53 billion” (2025)"),
])
def test_a_conversion_or_part_is_no_second_point_and_its_original_names_it(converter, link, currency, line) -> None:
    yuan = figure(380e9, start=2025, end=2025, currency="CNY", text="380 billion yuan")
    restated = replace(figure(53e9, start=2025, end=2025, currency=currency, text="$53 billion"), start=18, end=29,
                       **{link: yuan.start})
    other = replace(figure(5e9, start=2025, end=2025, currency="USD", text="$5 billion"), start=60, end=70)
    rates = conversion(["CNY", "USD"], target="EUR", converter=converter)
    data = timeline_data([yuan, restated, other], kinds=ALL_KINDS, conversion=rates)
    assert [p.figure.text for p in data.points] == ["380 billion yuan", "$5 billion"]  # other money is drawn
    (points,) = traces(timeline_figure(data, source=""), "points")
    (yuan_hover,) = [h for h in points.hovertext if "“380 billion yuan”" in h]
    assert line in yuan_hover and len(points.x) == 2
    assert not data.yearless and not data.unconvertible


def test_actual_is_filled_and_solid_planned_hollow_and_dashed(converter) -> None:
    figures = [figure(2e9, start=2023, end=2023, status="actual"), figure(2.5e9, start=2024, end=2024),
               figure(3e9, start=2025, end=2025, status="planned"), figure(9e9, start=2025, end=2027, status="planned")]
    data = timeline_data(figures, kinds=ALL_KINDS, conversion=conversion(["EUR"], target=ORIGINAL, converter=converter))
    fig = timeline_figure(data, source="")
    actual, planned = traces(fig, "points")
    assert actual.marker.symbol == "circle" and actual.line.dash == "solid" and "(actual)" in actual.name
    assert planned.marker.symbol == "circle-open" and planned.line.dash == "dash" and "(planned)" in planned.name
    (span,) = traces(fig, "span")
    assert span.line.dash == STATUS_STYLE["planned"]["dash"] and span.legendgroup == planned.legendgroup
    assert [t.showlegend for t in fig.data] == [True, True, False]


@pytest.mark.parametrize(("as_of", "drawn"), [(2025, [2025, 2026, 2027, 2028, 2029, 2030]), (None, [2030]),
                                              (2031, [2030])])
def test_an_open_start_runs_from_the_articles_year_with_an_arrow_never_from_the_axis(converter, as_of, drawn) -> None:
    figures = [figure(1e9, start=2022, end=2022, kind="investment"),  # the axis starts in 2022
               replace(figure(1.5e9, start=None, end=2030, status="planned", kind="investment"), as_of=as_of)]
    data = timeline_data(figures, kinds=ALL_KINDS, conversion=conversion(["EUR"], target=ORIGINAL, converter=converter))
    fig = timeline_figure(data, source="")
    (span,) = traces(fig, "span")
    assert list(span.x) == drawn and list(fig.layout.xaxis.range) == [2021.5, 2030.5]
    assert span.marker.symbol[0] == "triangle-left" and len(span.marker.symbol) == len(drawn)
    assert "by 2030 (start year not stated" in span.hovertext[0]
    assert ("drawn from 2025, the year the article states it in" in span.hovertext[0]) == (as_of == 2025)


def test_figures_without_a_year_are_left_out_and_listed(converter) -> None:
    figures = [figure(1e6, start=None, end=None), figure(2e6, start=2024, end=2024)]
    data = timeline_data(figures, kinds=ALL_KINDS, conversion=conversion(["EUR"], target=ORIGINAL, converter=converter))
    assert [p.figure.amount for p in data.points] == [2e6]
    assert [f.amount for f in data.yearless] == [1e6]


def test_only_chosen_kinds_are_plotted(converter) -> None:
    figures = [figure(1e9, start=2024, end=2024, kind="revenue"), figure(2e9, start=2024, end=2024)]
    data = timeline_data(figures, kinds=SPENDING_KINDS,
                         conversion=conversion(["EUR"], target=ORIGINAL, converter=converter))
    assert [p.figure.kind for p in data.points] == ["rd_spending"]


def test_mixed_currencies_get_a_panel_each_unless_converted(converter) -> None:
    figures = [figure(3e12, start=2023, end=2023, currency="KRW"), figure(16.5e9, start=2023, end=2023, currency="USD")]
    original = timeline_data(figures, kinds=ALL_KINDS,
                             conversion=conversion(["KRW", "USD"], target=ORIGINAL, converter=converter))
    fig = timeline_figure(original, source="")
    assert (fig.layout.yaxis.title.text, fig.layout.yaxis2.title.text) == ("tn KRW", "bn USD")
    converted = timeline_data(figures, kinds=ALL_KINDS,
                              conversion=conversion(["KRW", "USD"], target="EUR", converter=converter))
    assert converted.currencies == ["EUR"]


def test_converted_chart_says_the_rate_and_date(seed_analysis: Analysis, converter) -> None:
    fig = seed_figure(seed_analysis, converter, target="EUR")
    (points,) = traces(fig, "points")
    rate = converter.convert(1, "CNY", "EUR", date=converter.bounds["CNY"].last_date)
    assert points.y[0] == pytest.approx(24 * rate)
    assert fig.layout.yaxis.title.text == "bn EUR"
    day = converter.bounds["CNY"].last_date
    assert any(f"CNY of {day:%d %b %Y}" in a.text.replace("<br>", " ") for a in fig.layout.annotations)
    assert "“24 Milliarden Yuan” · 24 bn CNY" in points.hovertext[0] and "≈ " in points.hovertext[0]


def test_hover_text_escapes_the_article(converter) -> None:
    tricky = figure(1e9, start=2024, end=2024, text="<b>1 bn</b>")
    data = timeline_data([tricky], kinds=ALL_KINDS, conversion=conversion(["EUR"], target=ORIGINAL,
                                                                           converter=converter))
    (points,) = traces(timeline_figure(data, source="<script>"), "points")
    assert "&lt;b&gt;1 bn&lt;/b&gt;" in points.hovertext[0]


def crowded(converter, *, target: str = ORIGINAL):
    """Three organisations, two kinds, two currencies, spans over points: a chart with little room."""
    figures = [
        figure(2e9, start=2023, end=2023, organization="Acme"),
        figure(2.1e9, start=2024, end=2024, organization="Acme"),
        figure(1.9e9, start=2023, end=2023, organization="Bolt"),
        figure(2.4e9, start=2024, end=2024, organization="Bolt"),
        figure(1.95e9, start=2024, end=2024, organization="Core", status="planned"),
        figure(6e9, start=2022, end=2025, organization="Acme", status="planned"),
        figure(5.5e9, start=2023, end=2026, organization="Bolt", status="planned"),
        figure(0.5e9, start=2024, end=2024, organization="Acme", kind="investment", currency="USD"),
        figure(0.3e9, start=2025, end=2025, organization="Core", kind="investment", currency="USD"),
        figure(0.15e9, start=2023, end=2026, organization="Bolt", kind="investment", currency="USD"),
    ]
    rates = conversion(["EUR", "USD"], target=target, converter=converter)
    return timeline_figure(timeline_data(figures, kinds=ALL_KINDS, conversion=rates), source="Source: a test " * 12)


def panel_of(fig, trace) -> str:
    return trace.yaxis or "y"


def test_a_panel_per_kind_and_currency_each_with_its_own_legend(converter) -> None:
    fig = crowded(converter)
    panels = {(t.meta["kind"], t.meta["currency"]): panel_of(fig, t) for t in fig.data}
    assert panels == {("rd_spending", "EUR"): "y", ("investment", "USD"): "y2"}
    for trace in fig.data:  # every entry in the legend of its own panel
        assert (trace.legend or "legend") == ("legend" if panel_of(fig, trace) == "y" else "legend2")
    assert fig.layout.legend.title.text.startswith("<b>R&amp;D spending in EUR")
    assert fig.layout.legend2.title.text.startswith("<b>Investment")
    converted = crowded(converter, target="EUR")
    assert {(t.meta["kind"], t.meta["currency"]) for t in converted.data} == {("rd_spending", "EUR"),
                                                                               ("investment", "EUR")}


def test_an_organisation_has_one_colour_in_every_panel_and_no_two_share_one(converter) -> None:
    fig = crowded(converter)
    colors = {}
    for trace in fig.data:
        colors.setdefault(trace.meta["organization"], set()).add(trace.line.color)
    assert all(len(shades) == 1 for shades in colors.values())
    assert len({shade for shades in colors.values() for shade in shades}) == 3
    known = {"Bolt": SERIES_COLORS[5]}  # the colour Bolt has on another page
    again = timeline_figure(timeline_data([figure(1e9, start=2024, end=2024, organization="Bolt")], kinds=ALL_KINDS,
                                          conversion=conversion(["EUR"], target=ORIGINAL, converter=converter)),
                            source="", colors=known)
    assert again.data[0].line.color == SERIES_COLORS[5]


def test_every_label_has_its_unit_and_none_overlaps_another_or_a_line(converter) -> None:
    fig = crowded(converter)
    for axis in ("y", "y2"):
        drawn = [t for t in fig.data if panel_of(fig, t) == axis]
        layout_axis = fig.layout.yaxis if axis == "y" else fig.layout.yaxis2
        canvas = labels.Canvas(tuple(fig.layout.xaxis.range), tuple(layout_axis.range), NARROWEST_PLOT, PLOT_HEIGHT)
        boxes, segments = [], []
        for trace in drawn:
            points = [(x, y) for x, y in zip(trace.x, trace.y, strict=True) if x is not None]
            positions = trace.textposition if isinstance(trace.textposition, tuple) else [trace.textposition] * len(
                trace.x)
            for x, y, text, position in zip(trace.x, trace.y, trace.text, positions, strict=True):
                if text:
                    assert text.split(" ")[1:3] in (["bn", "EUR"], ["m", "USD"]), text  # the unit, always
                    boxes.append(canvas.text_box(labels.Spot(x, y, position), text))
            segments += [(canvas.pixel(*a), canvas.pixel(*b)) for a, b in pairwise(points)]
        assert boxes
        for index, box in enumerate(boxes):
            assert not any(box.overlaps(other) for other in boxes[index + 1:])
            assert not any(box.crosses(start, end) for start, end in segments)


def test_the_source_line_is_wrapped_inside_the_figure(converter) -> None:
    (caption,) = crowded(converter).layout.annotations
    lines = caption.text.split("<br>")
    assert len(lines) > 1 and all(len(line) <= CAPTION_WRAP for line in lines)


def test_a_point_label_is_never_on_its_own_line(converter) -> None:
    figures = [figure(1e9, start=2022, end=2022), figure(3e9, start=2023, end=2023), figure(2e9, start=2024, end=2024),
               figure(5e9, start=2025, end=2025)]
    data = timeline_data(figures, kinds=ALL_KINDS, conversion=conversion(["EUR"], target=ORIGINAL, converter=converter))
    (points,) = traces(timeline_figure(data, source=""), "points")
    # climbing into a peak: above; a valley: below; the last one, climbing in: above or to the left
    assert list(points.textposition)[:3] == ["bottom center", "top center", "bottom center"]
    assert list(points.textposition)[3] in ("top center", "top left")
