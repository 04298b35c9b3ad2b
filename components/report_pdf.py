"""A ``Report`` as PDF (reportlab, BSD): A4, DejaVu Sans where installed (every Latin, Greek and Cyrillic
letter an article may hold), the chart at 2x, tables that wrap their text and repeat their header on
every page, page numbers in the footer. Every piece of article text is escaped before it becomes a
reportlab paragraph (which reads markup)."""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from .report import Report, Table

_FONT_FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_INK, _MUTED, _RULE, _HEAD = (colors.HexColor(c) for c in ("#1f2328", "#57606a", "#d0d7de", "#eef2f6"))
_MARGIN = 1.8 * cm


def _fonts() -> tuple[str, str]:
    """Regular and bold font names: DejaVu Sans if installed (registered once), else Helvetica."""
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return "DejaVuSans", "DejaVuSans-Bold"
    for folder in _FONT_FOLDERS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def pdf_bytes(report: Report) -> bytes:
    regular, bold = _fonts()
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, textColor=_INK, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=9, leading=12, textColor=_MUTED,
                                   spaceAfter=10),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=12, leading=15, textColor=_INK, spaceBefore=12,
                                  spaceAfter=5),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9.4, textColor=_INK),
        "head": ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9.4, textColor=_INK),
        "note": ParagraphStyle("note", fontName=regular, fontSize=7.5, leading=9.5, textColor=_MUTED, spaceBefore=3),
    }
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                                 bottomMargin=_MARGIN, title=report.title, author="NewsLens")
    width = document.width
    story = [Paragraph(escape(report.title), styles["title"]),
             Paragraph(escape(f"{report.subtitle} · report made by NewsLens on {report.made}"), styles["subtitle"])]
    story += _table(report.sources, width=width, styles=styles)
    if report.chart is not None:
        height = width * report.chart.height / report.chart.width
        story += [KeepTogether([Paragraph("Spending timeline", styles["heading"]),
                                Image(io.BytesIO(report.chart.png), width=width, height=height)])]
    for table in report.tables:
        story += _table(table, width=width, styles=styles)
    if report.corrections is not None:
        story += _table(report.corrections, width=width, styles=styles)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(_MUTED)
        title = report.title if len(report.title) <= 90 else report.title[:89] + "…"
        canvas.drawString(_MARGIN, _MARGIN / 2, f"NewsLens · {title}")
        canvas.drawRightString(A4[0] - _MARGIN, _MARGIN / 2, f"Page {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _table(table: Table, *, width: float, styles: dict[str, ParagraphStyle]) -> list:
    """Heading, the table (its header repeated on each page), its note."""
    rows = [[Paragraph(escape(c), styles["head"]) for c in table.columns]]
    rows += [[Paragraph(escape(v).replace("\n", "<br/>"), styles["cell"]) for v in row] for row in table.rows]
    grid = PdfTable(rows, colWidths=[width * share for share in table.widths], repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    parts = [Paragraph(escape(table.title), styles["heading"]), grid]
    if table.note:
        parts.append(Paragraph(escape(table.note), styles["note"]))
    return [*parts, Spacer(1, 4)]
