"""A ``Report`` as a Word document (python-docx): A4, title and sources, the chart at 2x, tables with
a header row repeated on every page, the corrections last."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .report import Report, Table

_MUTED = RGBColor(0x57, 0x60, 0x6A)


def docx_bytes(report: Report) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "DejaVu Sans", Pt(9)
    document.core_properties.title = report.title[:255]  # Word's limit
    document.core_properties.author = "NewsLens"
    document.add_heading(report.title, level=0)
    _muted(document.add_paragraph(f"{report.subtitle} · report made by NewsLens on {report.made}"))
    width = section.page_width - section.left_margin - section.right_margin
    _table(document, report.sources, width=width)
    if report.chart is not None:
        document.add_heading("Spending timeline", level=1)
        document.add_picture(io.BytesIO(report.chart.png), width=width)
    for table in report.tables:
        _table(document, table, width=width)
    if report.corrections is not None:
        _table(document, report.corrections, width=width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _muted(paragraph) -> None:
    for run in paragraph.runs:
        run.font.color.rgb = _MUTED
        run.font.size = Pt(8)


def _table(document, table: Table, *, width: int) -> None:
    document.add_heading(table.title, level=1)
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Light Grid Accent 1"
    grid.autofit = False
    header = grid.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, table.columns, strict=True):
        cell.text = name
    for row in table.rows:
        for cell, value in zip(grid.add_row().cells, row, strict=True):
            cell.text = value
    for column, share in zip(grid.columns, table.widths, strict=True):
        for cell in column.cells:
            cell.width = int(width * share)
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    if table.note:
        _muted(document.add_paragraph(table.note))


def _repeat_as_header(row) -> None:
    """Word repeats this row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
