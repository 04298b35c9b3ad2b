"""A finished report of one article or a library selection: title and sources, the spending chart, the
figures with their sentences, people and their roles, moves, and which facts an analyst corrected.

``build_report`` gathers it once as plain data (``Report``); ``report_docx`` and ``report_pdf`` lay the
same data out, so both formats always say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from extraction import Analysis
from library import StoredArticle, combine
from library.corrections import described

from .combined_figures import combined_timeline_data, sources_caption
from .currency import Conversion
from .exports import image_bytes
from .links import capitalized, links
from .people import moves
from .timeline import TimelineData, image_size, timeline_data, timeline_figure
from .units import format_amount
from .vocabulary import (
    AFFILIATION_STATUS_NAMES,
    KIND_NAMES,
    SPENDING_KINDS,
    STATUS_NAMES,
    language_name,
    period_words,
    sentence_case,
)

REPORT_FORMATS = ("pdf", "docx")
CORRECTED_MARK = "*"
CORRECTED_NOTE = f"{CORRECTED_MARK} corrected by an analyst (see Corrections for the machine's value)"


@dataclass(frozen=True)
class Table:
    """A titled table: column names, rows of text, and each column's share of the page width."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    note: str = ""


@dataclass(frozen=True)
class Chart:
    png: bytes  # 2x the layout size, for sharp print
    width: int  # layout size in CSS pixels
    height: int


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    sources: Table
    chart: Chart | None
    tables: tuple[Table, ...] = ()
    corrections: Table | None = None
    made: str = field(default_factory=lambda: _day(datetime.now(timezone.utc).date()))


def build_report(articles: Sequence[StoredArticle], *, with_chart: bool = True) -> Report:
    """The report of ``articles`` (one, or a selection), with their corrections applied."""
    if not articles:
        raise ValueError("a report needs at least one article")
    several = len(articles) > 1
    title = f"NewsLens report: {len(articles)} articles" if several else articles[0].title
    when = sorted(a.date for a in articles)
    span = _day(when[0]) if when[0] == when[-1] else f"{_day(when[0])} – {_day(when[-1])}"
    subtitle = f"{'Articles of' if several else 'Article of'} {span}"
    tables = tuple(t for t in (_figures(articles), _people(articles), _moves(articles)) if t.rows)
    return Report(title=title, subtitle=subtitle, sources=_sources(articles),
                  chart=_chart(articles) if with_chart else None, tables=tables, corrections=_corrections(articles))


def write_report(articles: Sequence[StoredArticle], *, out: Path) -> None:
    """Write the report of ``articles`` to ``out`` (.pdf or .docx)."""
    out.write_bytes(report_file(articles, fmt=out.suffix.lower().lstrip(".")))


def report_file(articles: Sequence[StoredArticle], *, fmt: str) -> bytes:
    """The report of ``articles`` as a PDF or DOCX file."""
    return report_bytes(build_report(articles), fmt=fmt)


def report_bytes(report: Report, *, fmt: str) -> bytes:
    """The report as a PDF or DOCX file."""
    if fmt == "pdf":
        from .report_pdf import pdf_bytes

        return pdf_bytes(report)
    if fmt == "docx":
        from .report_docx import docx_bytes

        return docx_bytes(report)
    raise ValueError(f"a report is one of {', '.join(REPORT_FORMATS)}, not {fmt!r}")


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _sources(articles: Sequence[StoredArticle]) -> Table:
    rows = tuple((str(n), a.title, a.source or "pasted text", _day(a.date), language_name(a.language),
                  str(sum(c.applied for c in a.corrections)) if a.corrections else "–")
                 for n, a in enumerate(articles, start=1))
    return Table("Sources", ("#", "Title", "Source", "Date", "Language", "Corrections"), rows,
                 (0.04, 0.34, 0.26, 0.12, 0.11, 0.13))


def _kinds(analyses: Sequence[Analysis]) -> set[str]:
    """Spending kinds if any article gives one, else every kind given."""
    present = {f.kind for a in analyses for f in a.figures}
    return (present & set(SPENDING_KINDS)) or present


def _chart(articles: Sequence[StoredArticle]) -> Chart | None:
    """The spending timeline as the pages draw it, in the articles' own currencies, as a 2x PNG."""
    kinds = _kinds([a.analysis for a in articles])
    data: TimelineData
    if len(articles) == 1:
        data = timeline_data(articles[0].analysis.figures, kinds=kinds, conversion=Conversion())
        source = f"Source: {articles[0].title} · NewsLens"
    else:
        combined = combine(articles)
        data = combined_timeline_data(combined, kinds=kinds, conversion=Conversion())
        source = f"{sources_caption(data, combined)} · NewsLens"
    if not data.points:
        return None
    fig = timeline_figure(data, source=source, note=Conversion().caption())
    size = image_size(fig)
    return Chart(png=image_bytes(fig, fmt="png", **size, scale=2), width=size["width"], height=size["height"])


def _marked(text: str, corrected: bool) -> str:
    return f"{text} {CORRECTED_MARK}" if corrected else text


def _figures(articles: Sequence[StoredArticle]) -> Table:
    several = len(articles) > 1
    rows = []
    for number, article in enumerate(articles, start=1):
        for f in article.analysis.figures:
            row = (_marked(format_amount(f.amount, f.currency), f.correction is not None),
                   sentence_case(KIND_NAMES.get(f.kind, f.kind)), period_words(f.period_start, f.period_end),
                   STATUS_NAMES.get(f.status, f.status), f.organization or "–", f.sentence)
            rows.append(((str(number),) if several else ()) + row)
    columns = ("Amount", "Kind", "Period", "Status", "Organisation", "Sentence")
    widths = (0.12, 0.11, 0.11, 0.08, 0.13, 0.45)
    if several:
        columns, widths = ("#", *columns), (0.04, *widths[:-1], 0.41)
    return Table("Money figures", columns, tuple(rows), widths, note=_note(rows))


def _people(articles: Sequence[StoredArticle]) -> Table:
    several = len(articles) > 1
    rows = []
    for number, article in enumerate(articles, start=1):
        for link in links(article.analysis):
            a = link.affiliation
            corrected = a.correction is not None or link.person.correction is not None
            rows.append(((str(number),) if several else ()) + (
                _marked(link.person.name, corrected), capitalized(a.role), link.organization,
                AFFILIATION_STATUS_NAMES.get(a.status, a.status), a.evidence))
    columns = ("Person", "Role", "Organisation", "Status", "Evidence")
    widths = (0.14, 0.18, 0.17, 0.09, 0.42)
    if several:
        columns, widths = ("#", *columns), (0.04, *widths[:-1], 0.38)
    return Table("People and their roles", columns, tuple(rows), widths, note=_note(rows))


def _moves(articles: Sequence[StoredArticle]) -> Table:
    several = len(articles) > 1
    rows = tuple(((str(number),) if several else ()) + (m.person, ", ".join(m.origins), m.destination,
                                                        capitalized(m.role))
                 for number, article in enumerate(articles, start=1) for m in moves(article.analysis))
    columns = ("Person", "From", "To", "Role")
    widths = (0.2, 0.35, 0.2, 0.25)
    if several:
        columns, widths = ("#", *columns), (0.04, 0.18, 0.34, 0.2, 0.24)
    return Table("Moves", columns, rows, widths)


def _corrections(articles: Sequence[StoredArticle]) -> Table | None:
    rows = tuple((str(number), described(c), c.author, c.created[:16].replace("T", " "), c.note,
                  "yes" if c.applied else "no longer applies")
                 for number, article in enumerate(articles, start=1) for c in article.corrections)
    if not rows:
        return None
    return Table("Corrections", ("#", "Correction (machine's value → analyst's)", "By", "When (UTC)", "Note",
                                 "Applied"), rows, (0.04, 0.48, 0.1, 0.15, 0.13, 0.1),
                 note="Facts an analyst corrected; the machine's analysis is kept beside them. # is the source.")


def _note(rows: Sequence[tuple[str, ...]]) -> str:
    return CORRECTED_NOTE if any(CORRECTED_MARK in " ".join(r[:2]) for r in rows) else ""

