"""The spending timeline: money figures by year, one series per organisation and kind.

Single-year figures are points; multi-year figures (2022–2026) are spans across their years; an
open-ended figure ("bis 2030") is a span from the year the article states it in (``Figure.as_of``: its
date, else its latest actual figure's year), with an arrow at the open start; never from the axis.
Actual figures are filled and solid, planned ones hollow and dashed. Figures without a year are
not plotted (``TimelineData.yearless``) and neither are amounts without a rate to convert them. An
amount restated in another currency is the same money, and a part ("davon", "of which") is inside its
whole: neither is ever drawn, and the original's or whole's hover names them.

Across articles, each point names its source articles (hover) and wears its first source's marker
shape (a legend entry per source); amounts that differ for one organisation, kind and year are drawn
side by side, each with its sources, and never joined by the series' line: nothing is averaged.
"""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from extraction import Figure

from .currency import Conversion
from .highlight import escape
from .palette import series_color
from .units import Scale, format_amount, number, scale_for
from .vocabulary import KIND_NAMES, QUALIFIER_WORDS, STATUS_NAMES, period_words, sentence_case, series_name

STATUS_STYLE = {
    "actual": {"dash": "solid", "symbol": "circle"},
    "planned": {"dash": "dash", "symbol": "circle-open"},
    "unknown": {"dash": "dot", "symbol": "diamond-open"},
}
STATUS_ORDER = ("actual", "planned", "unknown")
# A span ends in a vertical cap, or in an arrow where the article gives no year.
_CAP, _OPEN_START, _OPEN_END = "line-ns-open", "triangle-left", "triangle-right"
_QUALIFIER_SIGNS = {"exact": "", "about": "≈", "over": ">", "under": "<"}
PANEL_HEIGHT = 420
KEY = "● filled, solid: actual · ○ hollow, dashed: planned · ├─┤ multi-year total · ◀ open start"
IMAGE_WIDTH = 1200
# Marker shapes telling source articles apart (hollow variants for planned figures).
SOURCE_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "pentagon", "hexagon", "star", "triangle-down",
                  "hourglass", "bowtie", "cross", "x")
SOURCE_KEY = "Marker shape: source article · side by side: articles disagree"
_SOURCE_LEGEND_COLOR = "#57606a"


@dataclass(frozen=True)
class Point:
    """One figure as the chart draws it: its series and its amount in the shown currency."""

    figure: Figure
    series: str
    value: float
    currency: str
    sources: tuple[str, ...] = ()  # the articles that give it, when the chart spans several
    marker: int | None = None  # the index of its (first) source's shape in ``SOURCE_SYMBOLS``
    offset: float = 0.0  # years to shift it by, beside another article's amount for the same year
    disputed: bool = False  # another article gives another amount for its organisation, kind and period
    related: tuple[Figure, ...] = ()  # the article's restatements and parts of this figure, shown in its hover

    @property
    def x(self) -> float:
        """Where a single-year point is drawn: its year, shifted when articles disagree on it."""
        return self.figure.period_start + self.offset

    @property
    def is_span(self) -> bool:
        """True for figures covering several years or open-ended ones."""
        return self.figure.period_start != self.figure.period_end


@dataclass(frozen=True)
class TimelineData:
    """What the chart plots, and what it leaves out and why."""

    points: tuple[Point, ...]
    yearless: tuple[Figure, ...] = ()
    unconvertible: tuple[Figure, ...] = ()
    sources: tuple[str, ...] = ()  # source articles in marker order (``Point.marker``), across articles


    @property
    def currencies(self) -> list[str]:
        """Shown currencies, in order of first appearance: one chart panel each."""
        return list(dict.fromkeys(p.currency for p in self.points))

    @property
    def series(self) -> list[str]:
        return list(dict.fromkeys(p.series for p in self.points))

    @property
    def years(self) -> tuple[int, int]:
        """First and last year any figure is drawn at (an open start at the year it is drawn from)."""
        known = [y for p in self.points for y in (drawn_start(p.figure), p.figure.period_end) if y is not None]
        return min(known), max(known)


def timeline_data(figures: Iterable[Figure], *, kinds: Collection[str], conversion: Conversion) -> TimelineData:
    """The figures of ``kinds``, split into plottable points, yearless ones and unconvertible ones; a
    restatement is none of them (its original's point names it)."""
    figures = list(figures)
    related = related_figures(figures)
    points, yearless, unconvertible = [], [], []
    for figure in figures:
        if figure.kind not in kinds or figure.derived:
            continue
        point = plotted(figure, conversion=conversion)
        if point is not None:
            points.append(replace(point, related=related.get(figure.start, ())))
        elif figure.period_start is None and figure.period_end is None:
            yearless.append(figure)
        else:
            unconvertible.append(figure)
    return TimelineData(tuple(points), tuple(yearless), tuple(unconvertible))


def related_figures(figures: Iterable[Figure]) -> dict[int, tuple[Figure, ...]]:
    """One article's restatements and parts, by the ``start`` of the figure they restate or are part of."""
    related: dict[int, list[Figure]] = {}
    for figure in figures:
        original = figure.conversion_of if figure.conversion_of is not None else figure.part_of
        if original is not None:
            related.setdefault(original, []).append(figure)
    return {start: tuple(items) for start, items in related.items()}


def plotted(figure: Figure, *, conversion: Conversion) -> Point | None:
    """The figure as a point in the shown currency; None without a year or a rate to convert it."""
    value, currency = conversion.convert(figure.amount, figure.currency), conversion.currency(figure.currency)
    if (figure.period_start is None and figure.period_end is None) or value is None or currency is None:
        return None
    return Point(figure, series_name(figure.organization, figure.kind), value, currency)


def drawn_start(figure: Figure) -> int | None:
    """The year a figure's mark starts at: its first year; for an open-ended plan ("bis 2030") the year the
    article states it in, or its end where that is unknown or later."""
    if figure.period_start is not None or figure.period_end is None:
        return figure.period_start
    return min(figure.as_of, figure.period_end) if figure.as_of is not None else figure.period_end


def chart_title(data: TimelineData) -> str:
    """'R&D spending and investment: Xiaomi', from the kinds and organisations plotted."""
    kinds = list(dict.fromkeys(KIND_NAMES.get(p.figure.kind, p.figure.kind) for p in data.points))
    organizations = list(dict.fromkeys(p.figure.organization or "unattributed" for p in data.points))
    what = " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)
    who = ", ".join(organizations[:3]) + (f" and {len(organizations) - 3} more" if len(organizations) > 3 else "")
    return f"{sentence_case(what)}: {who}"


def timeline_figure(data: TimelineData, *, source: str, note: str = "") -> go.Figure:
    """The chart: a panel per shown currency, shared whole-year x axis, source line at the bottom."""
    currencies = data.currencies
    first, last = data.years
    fig = make_subplots(rows=len(currencies), cols=1, shared_xaxes=True, vertical_spacing=0.1)
    colors = {name: series_color(i) for i, name in enumerate(data.series)}
    in_legend: set[str] = set()
    for row, currency in enumerate(currencies, start=1):
        panel = [p for p in data.points if p.currency == currency]
        scale = scale_for(p.value for p in panel)
        for trace in _panel_traces(panel, scale=scale, colors=colors, last=last):
            trace.showlegend = trace.legendgroup not in in_legend
            in_legend.add(trace.legendgroup)
            fig.add_trace(trace, row=row, col=1)
        fig.update_yaxes(title_text=scale.unit(currency), rangemode="tozero", tickformat=",~g", row=row, col=1)
    for trace in source_legend(data.sources):
        fig.add_trace(trace, row=1, col=1)
    _layout(fig, title=chart_title(data), rows=len(currencies), first=first, last=last,
            source=" · ".join(part for part in (source, note) if part),
            key=f"{KEY}<br>{SOURCE_KEY}" if data.sources else KEY)
    return fig


def source_legend(sources: Sequence[str]) -> list[go.Scatter]:
    """A legend entry per source article, in its marker shape (the entries draw nothing)."""
    return [go.Scatter(x=[None], y=[None], mode="markers", name=escape(label), legendgroup="sources",
                       legendgrouptitle={"text": "Source articles"} if index == 0 else None,
                       marker={"symbol": source_symbol(index, status="actual"), "size": 11,
                               "color": _SOURCE_LEGEND_COLOR}, hoverinfo="skip", meta={"source": index})
            for index, label in enumerate(sources)]


def source_symbol(index: int, *, status: str) -> str:
    """The marker shape of the ``index``-th source article: filled for actual figures, else hollow."""
    symbol = SOURCE_SYMBOLS[index % len(SOURCE_SYMBOLS)]
    return symbol if status == "actual" else f"{symbol}-open"


def _panel_traces(points: Sequence[Point], *, scale: Scale, colors: dict[str, str], last: int) -> list[go.Scatter]:
    """A trace per series and status for single-year points, and one per span."""
    traces = []
    for series in dict.fromkeys(p.series for p in points):
        for status in STATUS_ORDER:
            group = [p for p in points if p.series == series and p.figure.status == status]
            singles = sorted((p for p in group if not p.is_span), key=lambda p: p.x)
            if singles:
                traces.append(_points_trace(singles, scale=scale, color=colors[series]))
            traces += [_span_trace(p, scale=scale, color=colors[series], last=last)
                       for p in group if p.is_span]
    return traces


def _status(point: Point) -> str:
    """The point's status as a key of ``STATUS_STYLE``."""
    return point.figure.status if point.figure.status in STATUS_STYLE else "unknown"


def _style(point: Point, *, color: str) -> dict:
    """Line dash, legend group and name of a point's status: solid for actual, dashed for planned."""
    status = _status(point)
    return {
        "line": {"color": color, "dash": STATUS_STYLE[status]["dash"]},
        "legendgroup": f"{point.series}|{status}",
        "name": f"{point.series} ({STATUS_NAMES[status]})",
    }


def _points_trace(points: Sequence[Point], *, scale: Scale, color: str) -> go.Scatter:
    """Single-year figures of one series and status: filled markers if actual, hollow if planned,
    joined by a line, except where articles disagree (a gap in the line on each side)."""
    style = _style(points[0], color=color)
    style["line"]["width"] = 2.5
    status = _status(points[0])
    drawn = _with_gaps(points)
    symbol = STATUS_STYLE[status]["symbol"] if all(p.marker is None for p in points) else [
        source_symbol(p.marker or 0, status=status) if p else "circle" for p in drawn]
    return go.Scatter(
        x=[p.x if p else None for p in drawn], y=[p.value / scale.factor if p else None for p in drawn],
        mode="lines+markers+text" if len(points) > 1 else "markers+text",
        text=[value_label(p, scale=scale) if p else "" for p in drawn],
        textposition=[_label_position(p) for p in drawn] if any(p.offset for p in points) else "top center",
        textfont={"color": color},
        marker={"size": 12, "color": color, "symbol": symbol, "line": {"color": color, "width": 2.5}},
        hovertext=[hover_text(p, scale=scale) if p else "" for p in drawn],
        hovertemplate="%{hovertext}<extra></extra>",
        meta={"shape": "points", "currency": points[0].currency, "status": points[0].figure.status,
              **({"sources": [list(p.sources) if p else None for p in drawn]} if any(p.sources for p in points)
                 else {})},
        **style,
    )


def _with_gaps(points: Sequence[Point]) -> list[Point | None]:
    """The points in year order, a None (a break in the line) before and after each disputed one."""
    drawn: list[Point | None] = []
    for point in points:
        if drawn and (point.disputed or (drawn[-1] is not None and drawn[-1].disputed)):
            drawn.append(None)
        drawn.append(point)
    return drawn


def _label_position(point: Point | None) -> str:
    """Value labels of side-by-side points lean away from each other."""
    if point is None or not point.offset:
        return "top center"
    return "top left" if point.offset < 0 else "top right"


def _span_trace(point: Point, *, scale: Scale, color: str, last: int) -> go.Scatter:
    """A multi-year figure as a thick segment across the years it covers, capped at both ends; an
    open end runs to the chart's edge and ends in an arrow. Every year on it shows the hover."""
    start, end = point.figure.period_start, point.figure.period_end
    x_start = drawn_start(point.figure)
    x_end = end if end is not None else max(last, start + 1)
    years = list(range(x_start, x_end + 1))
    ends = [_OPEN_START if start is None else _CAP, _OPEN_END if end is None else _CAP]
    symbols = [ends[0]] + [_CAP] * (len(years) - 2) + ends[1:] if len(years) > 1 else ends[:1]
    style = _style(point, color=color)
    style["line"]["width"] = 5
    labels = [""] * len(years)
    labels[len(years) // 2] = f"{value_label(point, scale=scale)} in total"
    return go.Scatter(
        x=years, y=[point.value / scale.factor] * len(years), mode="lines+markers+text",
        text=labels, textposition="top center", textfont={"color": color},
        marker={"symbol": symbols, "size": 18, "color": color, "line": {"color": color, "width": 3},
                "opacity": [1.0] + [0.0] * (len(years) - 2) + [1.0] if len(years) > 1 else [1.0]},
        hovertext=[hover_text(point, scale=scale)] * len(years), hovertemplate="%{hovertext}<extra></extra>",
        meta={"shape": "span", "currency": point.currency, "status": point.figure.status, "period": [start, end]},
        **style,
    )


def value_label(point: Point, *, scale: Scale) -> str:
    """The number printed by a point, in the axis unit: '24', '>100', '≈3.2'."""
    return _QUALIFIER_SIGNS.get(point.figure.qualifier, "") + number(point.value / scale.factor)


def hover_text(point: Point, *, scale: Scale) -> str:
    """The amount as written, what it is, its years and status, and the sentence that says so."""
    figure = point.figure
    written = f"“{escape(figure.text)}”"
    amount = QUALIFIER_WORDS.get(figure.qualifier, "") + format_amount(figure.amount, figure.currency)
    lines = [f"<b>{escape(point.series)}</b>", f"{written} · {escape(amount)}",
             *(_related_line(other) for other in point.related),
             f"{period_hover(figure)} · {STATUS_NAMES.get(figure.status, figure.status)}"]
    if point.currency != figure.currency:
        lines.append(f"≈ {format_amount(point.value, point.currency, scale=scale)}")
    lines += [f"<i>{escape(line)}</i>" for line in textwrap.wrap(figure.sentence, 80)]
    lines += [f"Source: {escape(source)}" for source in point.sources]
    if point.disputed:
        lines.append("<b>⚠ Another article gives a different amount</b> (see Conflicting figures)")
    return "<br>".join(lines)


def _related_line(other: Figure) -> str:
    """A restatement or part of the hovered figure, as the article writes it."""
    if other.conversion_of is not None:
        return f"also given as “{escape(other.text)}”"
    return f"of which “{escape(other.text)}” ({escape(period_words(other.period_start, other.period_end))})"


def period_hover(figure: Figure) -> str:
    """The years a figure covers, in words that say what a span's amount means."""
    start, end = figure.period_start, figure.period_end
    if start is None:
        drawn = drawn_start(figure)
        since = f"drawn from {drawn}, the year the article states it in" if drawn != end else "drawn at its end"
        return f"by {end} (start year not stated; {since})"
    if end is None:
        return f"from {start} (end year not stated; drawn to the chart's last year)"
    return str(start) if start == end else f"total for {start}–{end}"


def _layout(fig: go.Figure, *, title: str, rows: int, first: int, last: int, source: str, key: str) -> None:
    """Title and key above the plot, legend on its right, whole-year axis, source line below it."""
    fig.update_xaxes(dtick=1, tickformat="d", range=[first - 0.5, last + 0.5], showgrid=False,
                     ticks="outside", showticklabels=True)
    fig.update_xaxes(title_text="Year", row=rows, col=1)
    source_lines = "<br>".join(escape(line) for line in textwrap.wrap(source, 160))
    fig.update_layout(
        template="plotly_white",
        height=PANEL_HEIGHT * rows + 150,
        font={"family": "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif", "size": 13},
        title={"text": escape(title), "x": 0.01, "xanchor": "left", "y": 0.98, "yref": "container",
               "yanchor": "top", "subtitle": {"text": key}},
        legend={"orientation": "v", "yanchor": "top", "y": 1, "x": 1.02, "xanchor": "left",
                "title": {"text": "Series (status)"}},
        margin={"t": 100, "b": 110, "l": 70, "r": 30},
        hoverlabel={"align": "left"},
        annotations=[*fig.layout.annotations, go.layout.Annotation(
            text=source_lines, showarrow=False, xref="paper", yref="paper", x=0, y=0, yshift=-60,
            xanchor="left", yanchor="top", align="left", font={"size": 11, "color": "#57606a"})],
    )


def image_size(fig: go.Figure) -> dict[str, int]:
    """Width and height for exported images: the on-screen layout at a report-friendly width."""
    return {"width": IMAGE_WIDTH, "height": int(fig.layout.height or PANEL_HEIGHT)}
