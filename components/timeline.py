"""The spending timeline: money figures by year, a panel per kind of figure and currency, each with
its own legend; an organisation has one colour in every panel (``palette.organization_colors``).

Single-year figures are points; multi-year figures (2022–2026) are spans across their years; an
open-ended figure ("bis 2030") is a span from the year the article states it in (``Figure.as_of``: its
date, else its latest actual figure's year), with an arrow at the open start; never from the axis.
Actual figures are filled and solid, planned ones hollow and dashed. Every point and span is
labelled with its amount and unit where the label has room (``labels``), never on a line or on
another label. Figures without a year are not plotted (``TimelineData.yearless``) and neither are
amounts without a rate to convert them. An amount restated in another currency is the same money, and
a part ("davon", "of which") is inside its whole: neither is ever drawn, and the original's or whole's
hover names them.

Across articles, each point names its source articles (hover) and wears its first source's marker
shape (a legend entry per source); amounts that differ for one organisation, kind and year are drawn
side by side, each with its sources, and never joined by the series' line: nothing is averaged.
"""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import plotly.graph_objects as go

from extraction import Figure

from . import labels
from .currency import Conversion
from .highlight import escape
from .palette import UNATTRIBUTED_COLOR, organization_colors
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
KEY = ("● filled, solid: actual", "○ hollow, dashed: planned", "├─┤ multi-year total", "◀ open start")
IMAGE_WIDTH = 1200
UNATTRIBUTED = "Unattributed"
# Layout in pixels. Labels and legends are laid out for the narrowest plot NewsLens draws (the chart
# beside the sidebar of a 1024 px window); wherever the chart is wider, they fit all the more.
NARROWEST_PLOT = 470
PLOT_HEIGHT = 280
LEGEND_ROW = 22
TICKS, LAST_TICKS = 34, 56  # below each panel: year labels (and, under the last, the axis title)
TITLE_HEIGHT, TITLE_LINE, TITLE_WRAP = 58, 22, 48  # a title line holds 48 characters at the narrowest width
KEY_LINE = 16
CAPTION_WRAP, CAPTION_LINE = 76, 15  # characters a caption line holds at the narrowest width
MARGIN = {"l": 64, "r": 24}
HEADROOM = 1.3  # the y axis reaches this far above the largest amount, for the labels above it
# Marker shapes telling source articles apart (hollow variants for planned figures).
SOURCE_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "pentagon", "hexagon", "star", "triangle-down",
                  "hourglass", "bowtie", "cross", "x")
SOURCE_KEY = ("marker shape: source article", "side by side: articles disagree")
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

    @property
    def organization(self) -> str:
        return self.figure.organization or UNATTRIBUTED


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
    def panels(self) -> list[tuple[str, str]]:
        """(kind, currency) of each panel: kinds in the vocabulary's order, currencies as they come."""
        kinds = list(KIND_NAMES)
        panels = list(dict.fromkeys((p.figure.kind, p.currency) for p in self.points))
        return sorted(panels, key=lambda panel: kinds.index(panel[0]) if panel[0] in kinds else len(kinds))

    @property
    def organizations(self) -> list[str]:
        """The organisations drawn (``UNATTRIBUTED`` for figures without one), in order."""
        return list(dict.fromkeys(p.organization for p in self.points))

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


def timeline_figure(data: TimelineData, *, source: str, note: str = "",
                    colors: Mapping[str, str] | None = None) -> go.Figure:
    """The chart: a panel per kind and currency with its legend, whole years on every x axis, the
    source below. ``colors`` maps organisations to colours they already have elsewhere."""
    colors = organization_colors([o for o in data.organizations if o != UNATTRIBUTED], known=colors)
    colors[UNATTRIBUTED] = UNATTRIBUTED_COLOR
    first, last = data.years
    panels = [_panel(data, kind=kind, currency=currency, colors=colors, first=first, last=last,
                     named=len(data.currencies) > 1) for kind, currency in data.panels]
    sources = source_legend(data.sources)
    caption = textwrap.wrap(" · ".join(part for part in (source, note) if part), CAPTION_WRAP)
    if any(panel.dropped for panel in panels):
        caption.append("Hover a point or a span for every amount; labels that had no room are left out.")
    key = _lines((*KEY, *(SOURCE_KEY if data.sources else ())), width=CAPTION_WRAP)
    title = textwrap.wrap(chart_title(data), TITLE_WRAP)
    geometry = _Geometry.of(panels, sources=[t.name for t in sources], title_lines=len(title),
                            key_lines=len(key), caption_lines=len(caption))
    fig = go.Figure()
    for number_, panel in enumerate(panels, start=1):
        suffix = "" if number_ == 1 else str(number_)
        for trace in panel.traces:
            trace.update(xaxis=f"x{suffix}", yaxis=f"y{suffix}", legend=f"legend{suffix}")
            fig.add_trace(trace)
        bottom, top = geometry.domains[number_ - 1]
        fig.update_layout({
            f"xaxis{suffix}": {"domain": [0, 1], "anchor": f"y{suffix}", "range": [first - 0.5, last + 0.5],
                               "dtick": 1, "tickformat": "d", "showgrid": False, "ticks": "outside",
                               **({"matches": "x"} if suffix else {}),
                               **({"title": {"text": "Year"}} if number_ == len(panels) else {})},
            f"yaxis{suffix}": {"domain": [bottom, top], "anchor": f"x{suffix}", "title": {"text": panel.unit},
                               "range": [0, panel.y_top], "tickformat": ",~g"},
            f"legend{suffix}": {"orientation": "h", "x": 0, "xanchor": "left", "y": top + geometry.gap,
                                "yanchor": "bottom", "title": {"text": f"<b>{escape(panel.title)}</b>  "},
                                "itemclick": "toggle", "font": {"size": 12}},
        })
    if sources:
        legend = f"legend{len(panels) + 1}"
        for trace in sources:
            trace.update(legend=legend, xaxis="x", yaxis="y")
            fig.add_trace(trace)
        fig.update_layout({legend: {"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "top",
                                    "font": {"size": 12}}})  # titled by its group: "Source articles"
    _layout(fig, title=title, key=key, caption=caption, geometry=geometry)
    return fig


@dataclass(frozen=True)
class _Panel:
    """One panel: its traces, legend title, axis unit and top, and whether labels were left out."""

    title: str
    unit: str
    y_top: float
    traces: list[go.Scatter]
    dropped: bool


def _panel(data: TimelineData, *, kind: str, currency: str, colors: Mapping[str, str], first: int,
           last: int, named: bool) -> _Panel:
    """The figures of one kind in one currency: a trace per organisation and status for single years,
    one per span, every amount labelled where there is room; titled by the kind (and, where panels
    differ in it, ``named``, the currency)."""
    points = [p for p in data.points if (p.figure.kind, p.currency) == (kind, currency)]
    scale = scale_for(p.value for p in points)
    y_top = max(p.value for p in points) / scale.factor * HEADROOM
    canvas = labels.Canvas((first - 0.5, last + 0.5), (0, y_top), NARROWEST_PLOT, PLOT_HEIGHT)
    singles, spans = [], []
    for organization in dict.fromkeys(p.organization for p in points):
        for status in STATUS_ORDER:
            group = [p for p in points if p.organization == organization and _status(p) == status]
            if any(not p.is_span for p in group):
                singles.append(_with_gaps(sorted((p for p in group if not p.is_span), key=lambda p: p.x)))
            spans += [_span_years(p, last=last) for p in group if p.is_span]
    spots = _label_spots(singles, spans, scale=scale, canvas=canvas)
    traces, shown = [], set()
    for drawn in singles:
        trace = _points_trace(drawn, scale=scale, color=colors[_first(drawn).organization],
                              spots=[spots.pop(0) if p else None for p in drawn])
        traces.append(trace)
    for point, years in spans:
        traces.append(_span_trace(point, years=years, scale=scale, color=colors[point.organization],
                                  spot=spots.pop(0)))
    for trace in traces:  # one legend entry per organisation and status
        trace.showlegend = trace.legendgroup not in shown
        shown.add(trace.legendgroup)
    labelled = [t for trace in traces for t in trace.text if t]
    expected = sum(1 for drawn in singles for p in drawn if p) + len(spans)
    title = sentence_case(KIND_NAMES.get(kind, kind)) + (f" in {currency}" if named else "")
    return _Panel(title=title, unit=scale.unit(currency), y_top=y_top,
                  traces=traces, dropped=len(labelled) < expected)


def _first(drawn: Sequence[Point | None]) -> Point:
    return next(p for p in drawn if p is not None)


def _span_years(point: Point, *, last: int) -> tuple[Point, list[int]]:
    """A span and the years it is drawn across: an open start from the year the article states it in
    (``drawn_start``), an open end to the chart's edge."""
    start, end = point.figure.period_start, point.figure.period_end
    x_start = drawn_start(point.figure)
    x_end = end if end is not None else max(last, start + 1)
    return point, list(range(x_start, x_end + 1))


def _label_spots(singles: list[list[Point | None]], spans: list[tuple[Point, list[int]]], *, scale: Scale,
                 canvas: labels.Canvas) -> list[labels.Spot | None]:
    """Where each label goes: the points' labels first (in the order drawn), then the spans'."""
    wanted, markers, lines = [], [], []
    for drawn in singles:
        for index, point in enumerate(drawn):
            if point is None:
                continue
            y = point.value / scale.factor
            before, after = (drawn[index + step] if 0 <= index + step < len(drawn) else None for step in (-1, 1))
            lean = (point.offset > 0) - (point.offset < 0)
            wanted.append(labels.Label(amount_label(point, scale=scale), labels.point_spots(
                point.x, y, before=before and before.value / scale.factor, after=after and after.value / scale.factor,
                lean=lean)))
            markers.append((point.x, y))
            if after is not None:
                lines.append(((point.x, y), (after.x, after.value / scale.factor)))
    for point, years in spans:
        y = point.value / scale.factor
        wanted.append(labels.Label(f"{amount_label(point, scale=scale)} in total", labels.span_spots(years, y),
                                   preferred=2 * len(years)))  # anywhere above or below the span
        markers += [(years[0], y), (years[-1], y)]
        lines.append(((years[0], y), (years[-1], y)))
    return labels.place(wanted, canvas=canvas, markers=markers, lines=lines)


def amount_label(point: Point, *, scale: Scale) -> str:
    """'24 bn CNY', '>100 bn CNY', '≈3.2 m EUR': the amount in the panel's unit."""
    return f"{value_label(point, scale=scale)} {scale.unit(point.currency)}"


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


def _status(point: Point) -> str:
    """The point's status as a key of ``STATUS_STYLE``."""
    return point.figure.status if point.figure.status in STATUS_STYLE else "unknown"


def _style(point: Point, *, color: str) -> dict:
    """Line dash, legend group and name of a point's status: solid for actual, dashed for planned."""
    status = _status(point)
    return {
        "line": {"color": color, "dash": STATUS_STYLE[status]["dash"]},
        "legendgroup": f"{point.figure.kind}|{point.currency}|{point.organization}|{status}",
        "name": f"{escape(point.organization)} ({STATUS_NAMES[status]})",
    }


def _meta(point: Point, **more: object) -> dict:
    return {"currency": point.currency, "status": point.figure.status, "kind": point.figure.kind,
            "organization": point.organization, **more}


def _points_trace(drawn: Sequence[Point | None], *, scale: Scale, color: str,
                  spots: Sequence[labels.Spot | None]) -> go.Scatter:
    """Single-year figures of one organisation and status: filled markers if actual, hollow if planned,
    joined by a line, except where articles disagree (a gap in the line on each side)."""
    points = [p for p in drawn if p is not None]
    style = _style(points[0], color=color)
    style["line"]["width"] = 2.5
    status = _status(points[0])
    symbol = STATUS_STYLE[status]["symbol"] if all(p.marker is None for p in points) else [
        source_symbol(p.marker or 0, status=status) if p else "circle" for p in drawn]
    return go.Scatter(
        x=[p.x if p else None for p in drawn], y=[p.value / scale.factor if p else None for p in drawn],
        mode="lines+markers+text" if len(points) > 1 else "markers+text",
        text=[amount_label(p, scale=scale) if p and spot else "" for p, spot in zip(drawn, spots, strict=True)],
        textposition=[spot.position if spot else "top center" for spot in spots],
        textfont={"color": color, "size": 12}, cliponaxis=False,
        marker={"size": 12, "color": color, "symbol": symbol, "line": {"color": color, "width": 2.5}},
        hovertext=[hover_text(p, scale=scale) if p else "" for p in drawn],
        hovertemplate="%{hovertext}<extra></extra>",
        meta=_meta(points[0], shape="points", **({"sources": [list(p.sources) if p else None for p in drawn]}
                                                 if any(p.sources for p in points) else {})),
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


def _span_trace(point: Point, *, years: list[int], scale: Scale, color: str,
                spot: labels.Spot | None) -> go.Scatter:
    """A multi-year figure as a thick segment across the years it covers, capped at both ends; an
    open end runs to the chart's edge and ends in an arrow. Every year on it shows the hover."""
    start, end = point.figure.period_start, point.figure.period_end
    ends = [_OPEN_START if start is None else _CAP, _OPEN_END if end is None else _CAP]
    symbols = [ends[0]] + [_CAP] * (len(years) - 2) + ends[1:] if len(years) > 1 else ends[:1]
    style = _style(point, color=color)
    style["line"]["width"] = 5
    text = [""] * len(years)
    if spot is not None:
        text[years.index(int(spot.x))] = f"{amount_label(point, scale=scale)} in total"
    return go.Scatter(
        x=years, y=[point.value / scale.factor] * len(years), mode="lines+markers+text",
        text=text, textposition=spot.position if spot else "top center", textfont={"color": color, "size": 12},
        cliponaxis=False,
        marker={"symbol": symbols, "size": 18, "color": color, "line": {"color": color, "width": 3},
                "opacity": [1.0] + [0.0] * (len(years) - 2) + [1.0] if len(years) > 1 else [1.0]},
        hovertext=[hover_text(point, scale=scale)] * len(years), hovertemplate="%{hovertext}<extra></extra>",
        meta=_meta(point, shape="span", period=[start, end]),
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


@dataclass(frozen=True)
class _Geometry:
    """Heights in pixels and the panels' places in the plot area (``paper``: 0 at the bottom, 1 at the top)."""

    height: int
    top: int
    bottom: int
    domains: list[tuple[float, float]]
    gap: float  # between a panel and its legend, in paper units

    @classmethod
    def of(cls, panels: Sequence[_Panel], *, sources: Sequence[str], title_lines: int, key_lines: int,
           caption_lines: int) -> _Geometry:
        """Stack, from the top: the source articles' legend (across articles), then each panel's legend,
        plot and year labels."""
        zones = []  # (legend, plot, ticks) per panel
        for index, panel in enumerate(panels):
            entries = [t.name for t in panel.traces if t.showlegend]
            zones.append((_legend_rows([f"{panel.title}  ", *entries]) * LEGEND_ROW + 6, PLOT_HEIGHT,
                          LAST_TICKS if index == len(panels) - 1 else TICKS))
        head = _legend_rows(["Source articles  ", *sources]) * LEGEND_ROW + 6 if sources else 0
        paper = head + sum(map(sum, zones))
        domains, cursor = [], head
        for legend, plot, ticks in zones:
            cursor += legend
            domains.append((1 - (cursor + plot) / paper, 1 - cursor / paper))
            cursor += plot + ticks
        top = TITLE_HEIGHT + TITLE_LINE * (title_lines - 1) + KEY_LINE * key_lines
        bottom = 28 + CAPTION_LINE * caption_lines
        return cls(height=top + paper + bottom, top=top, bottom=bottom, domains=domains, gap=4 / paper)


def _legend_rows(entries: Sequence[str]) -> int:
    """Rows a horizontal legend of these entries (the first its title) takes in the narrowest plot."""
    rows, width = 1, 0.0
    for entry in entries:
        needed = labels.CHAR_WIDTH * len(entry) + 44
        if width and width + needed > NARROWEST_PLOT:
            rows, width = rows + 1, 0.0
        width += needed
    return rows


def _lines(items: Sequence[str], *, width: int) -> list[str]:
    """Items joined by ' · ' into lines of at most ``width`` characters, an item never split."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 3 + len(item) <= width:
            lines[-1] += f" · {item}"
        else:
            lines.append(item)
    return lines


def _layout(fig: go.Figure, *, title: Sequence[str], key: Sequence[str], caption: Sequence[str],
            geometry: _Geometry) -> None:
    """Title and key above the panels, the source and notes below them, wrapped to the chart's width."""
    fig.update_layout(
        template="plotly_white",
        height=geometry.height,
        font={"family": "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif", "size": 13},
        title={"text": "<br>".join(escape(line) for line in title), "x": 0, "xref": "paper", "xanchor": "left",
               # placed in pixels from the top: plotly anchors a title of several lines by its first line
               "y": 1 - (14 + TITLE_LINE * (len(title) - 1)) / geometry.height, "yref": "container",
               "yanchor": "top",
               "subtitle": {"text": "<br>".join(key), "font": {"size": 11}}},
        margin={"t": geometry.top, "b": geometry.bottom, **MARGIN},
        hoverlabel={"align": "left"},
        annotations=[go.layout.Annotation(
            text="<br>".join(escape(line) for line in caption), showarrow=False, xref="paper", yref="paper",
            x=0, y=0, yshift=-8, xanchor="left", yanchor="top", align="left",
            font={"size": 11, "color": "#57606a"})],
    )


def image_size(fig: go.Figure | Mapping) -> dict[str, int]:
    """Width and height for exported images: the on-screen layout at a report-friendly width."""
    layout = fig["layout"] if isinstance(fig, Mapping) else fig.layout
    return {"width": IMAGE_WIDTH, "height": int(layout["height"])}
