"""Money figures across library articles: one spending timeline, every figure with its source, and
the conflicting ones, from ``library.combine``.

Figures that agree (one organisation, kind, period, status and amount) are one point naming every
source; an amount restated in another currency is not drawn (its original's hover names it).
Amounts that differ for one organisation, kind and period are conflicts: each keeps its own point,
side by side, with its sources, and is listed; nothing is averaged. Figures without an organisation
never conflict: two articles' unattributed figures may be about different companies, and a
restatement never does: it is its original's money.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import pandas as pd

from library.combine import Combined, SourcedFigure

from .currency import Conversion
from .library_table import day_words, source_label
from .tables import figure_row, figures_frame
from .timeline import TimelineData, plotted, related_figures
from .units import format_amount
from .vocabulary import KIND_NAMES, STATUS_NAMES, period_words

SIDE_BY_SIDE = 0.16  # years between the points of one conflict
SOURCE_COLUMNS = ["Source article", "Article date"]
CONFLICT_COLUMNS = ["Conflict", "Organisation", "Kind", "Period", "Amount", "Status", "As written",
                    "Source article", "Article date", "Sentence"]


def combined_timeline_data(combined: Combined, *, kinds: Collection[str], conversion: Conversion) -> TimelineData:
    """The figures of ``kinds`` across the articles: agreeing figures merged into one point with all their
    sources, conflicting ones side by side and marked disputed, the rest listed as not plotted."""
    chosen = [item for item in combined.figures if item.figure.kind in kinds and not item.figure.derived]
    related = {(source, start): figures for source, figures in _by_article(combined.figures).items()
               for start, figures in related_figures(figures).items()}
    offsets, disputed = _offsets(combined.conflicts())
    groups: dict[tuple, list[SourcedFigure]] = {}
    for item in chosen:
        groups.setdefault(_agreeing(item), []).append(item)
    markers: dict[int, int] = {}
    labels: list[str] = []
    points, yearless, unconvertible = [], [], []
    for items in groups.values():
        first = items[0]
        figure = replace(first.figure, organization=first.organization)  # the name used across articles
        point = plotted(figure, conversion=conversion)
        if point is None:
            (yearless if figure.period_start is None and figure.period_end is None else unconvertible).append(figure)
            continue
        marker = markers.setdefault(first.source.article_id, len(markers))
        if marker == len(labels):
            labels.append(source_label(first.source))
        points.append(replace(point, sources=tuple(dict.fromkeys(source_label(i.source) for i in items)),
                              marker=marker, offset=offsets.get(_agreeing(first), 0.0),
                              disputed=_agreeing(first) in disputed,
                              related=related.get((first.source.article_id, first.figure.start), ())))
    return TimelineData(tuple(points), tuple(yearless), tuple(unconvertible), sources=tuple(labels))


def _by_article(items: Sequence[SourcedFigure]) -> dict[object, list]:
    by_article: dict[object, list] = {}
    for item in items:
        by_article.setdefault(item.source.article_id, []).append(item.figure)
    return by_article


def _agreeing(item: SourcedFigure) -> tuple:
    """Figures with the same key say the same thing and are drawn as one point."""
    f = item.figure
    return item.organization, f.kind, f.period_start, f.period_end, f.currency, f.status, round(f.amount, 2)


def _offsets(groups: Sequence[tuple[SourcedFigure, ...]]) -> tuple[dict[tuple, float], set[tuple]]:
    """For each conflict, its different points spread around their year (smallest amount first), and
    the keys of every disputed point."""
    offsets, disputed = {}, set()
    for group in groups:
        keys = sorted(dict.fromkeys(_agreeing(item) for item in group), key=lambda k: (k[-1], k[-2]))
        for index, key in enumerate(keys):
            offsets[key] = (index - (len(keys) - 1) / 2) * SIDE_BY_SIDE
            disputed.add(key)
    return offsets, disputed


def sourced_figures_table(combined: Combined, *, conversion: Conversion | None = None) -> pd.DataFrame:
    """Every figure of every article, its source first and whether another article contradicts it."""
    disputed = {id(item) for group in combined.conflicts() for item in group}
    rows = [{"Source article": item.source.title, "Article date": item.source.date,
             **figure_row(replace(item.figure, organization=item.organization), conversion=conversion,
                          corrections=combined.corrections),
             "Conflicting": "yes" if id(item) in disputed else ""} for item in combined.figures]
    return figures_frame(rows, conversion=conversion, before=SOURCE_COLUMNS, after=["Conflicting"])


def conflicts_table(combined: Combined) -> pd.DataFrame:
    """Each conflict's figures, numbered by conflict, each with the article that gives it."""
    rows = [{"Conflict": number, "Organisation": item.organization, "Kind": KIND_NAMES.get(f.kind, f.kind),
             "Period": period_words(f.period_start, f.period_end), "Amount": format_amount(f.amount, f.currency),
             "Status": STATUS_NAMES.get(f.status, f.status), "As written": f.text,
             "Source article": item.source.title, "Article date": item.source.date, "Sentence": f.sentence}
            for number, group in enumerate(combined.conflicts(), start=1)
            for item in sorted(group, key=lambda i: (i.figure.amount, i.source.date))
            for f in [item.figure]]
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def sources_caption(data: TimelineData, combined: Combined) -> str:
    """'Sources: 3 articles of the NewsLens library, 2 Apr 2025 – 5 May 2025': what the chart draws from."""
    shown = {source for p in data.points for source in p.sources}
    days = sorted({i.source.date for i in combined.figures if source_label(i.source) in shown})
    if not days:
        return "Source: the NewsLens library"
    span = day_words(days[0]) if days[0] == days[-1] else f"{day_words(days[0])} – {day_words(days[-1])}"
    return f"Sources: {len(data.sources)} article{'s' if len(data.sources) != 1 else ''} of the NewsLens " \
           f"library, {span}"
