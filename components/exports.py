"""Files to download: the analysis as the JSON contract, tables as CSV, everything as one XLSX,
charts as PNG or SVG (kaleido, headless Chromium)."""

from __future__ import annotations

import io
import json
import re
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date

import kaleido
import pandas as pd
import plotly.graph_objects as go
from openpyxl.utils import get_column_letter

from extraction import Analysis
from library import StoredArticle
from library.gold import gold_file

from .tables import (
    affiliations_table,
    amount_columns,
    entities_table,
    figures_table,
    moves_table,
    organizations_table,
)
from .units import excel_format
from .vocabulary import language_name

MIME = {
    "json": "application/json",
    "jsonl": "application/jsonl",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_MAX_COLUMN_WIDTH = 80


def analysis_json(analysis: Analysis) -> bytes:
    """The contract's JSON (``Analysis.to_dict()``), UTF-8, indented for reading."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")


def gold_json(articles: Sequence[StoredArticle]) -> bytes:
    """Articles' facts, as corrected, in the shared gold format (``library.gold``), UTF-8."""
    return json.dumps(gold_file(articles), ensure_ascii=False, indent=2).encode("utf-8")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV with a byte-order mark, so spreadsheet programs read umlauts and accents right."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def article_sheet(analysis: Analysis, *, title: str, name: str) -> pd.DataFrame:
    """What was analysed: file, title, language, size, checksum and the core's notes."""
    rows = [("Article", name), ("Title", title), ("Language", language_name(analysis.language)),
            ("Characters", str(len(analysis.text))), ("Text SHA-256", analysis.text_sha256),
            *(("Note", note) for note in analysis.notes)]
    return pd.DataFrame(rows, columns=["Field", "Value"])


def workbook_sheets(articles: Sequence[tuple[str, str, Analysis]]) -> dict[str, pd.DataFrame]:
    """Sheets for (name, title, analysis) articles; with several, each row says its article."""
    tables = {"Entities": entities_table, "Figures": figures_table, "Affiliations": affiliations_table,
              "Moves": moves_table, "Organisations": organizations_table}
    sheets = {"Articles": pd.concat([article_sheet(a, title=t, name=n) for n, t, a in articles], ignore_index=True)}
    for sheet, table in tables.items():
        frames = [table(a).assign(Article=n) if len(articles) > 1 else table(a) for n, _, a in articles]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        sheets[sheet] = frame[["Article", *frame.columns.drop("Article")]] if len(articles) > 1 else frame
    return sheets


def workbook_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """One XLSX, a sheet per table, header frozen, columns sized; text that starts with '=' stays text.
    Amounts stay exact numbers, shown as NewsLens writes them ('24 bn CNY'), their currency in the header."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            amounts = amount_columns(frame)
            frame.rename(columns={c: amount_header(frame, c) for c in amounts}).to_excel(
                writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for position, column in enumerate(sheet.iter_cols()):
                for cell in column:
                    if cell.data_type == "f":  # article text such as "=HYPERLINK(...)" is data, not a formula
                        cell.data_type = "s"
                width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
                if frame.columns[position] in amounts:
                    _format_amounts(column[1:], frame=frame, currency=amounts[frame.columns[position]])
                    width = max(len(str(column[0].value)), 16)
                sheet.column_dimensions[get_column_letter(column[0].column)].width = min(width + 2, _MAX_COLUMN_WIDTH)
    return buffer.getvalue()


def amount_header(frame: pd.DataFrame, column: str) -> str:
    """'Amount (CNY)' when every amount of the sheet is in one currency, 'Amount (as given)' when each
    row's Currency says; 'Amount in EUR' as it is."""
    if column != "Amount":
        return column
    currencies = frame["Currency"].dropna().unique()
    return f"Amount ({currencies[0]})" if len(currencies) == 1 else "Amount (currency as given)"


def _format_amounts(cells: Sequence, *, frame: pd.DataFrame, currency: str | None) -> None:
    """Each amount cell formatted in its currency and at its scale."""
    codes = frame["Currency"].tolist() if currency is None else [currency] * len(frame)
    for cell, code in zip(cells, codes, strict=True):
        if isinstance(cell.value, int | float) and isinstance(code, str):
            cell.number_format = excel_format(cell.value, code)


def image_bytes(fig: go.Figure | Mapping, *, fmt: str, width: int, height: int, scale: float = 2) -> bytes:
    """The chart as PNG (at ``scale``× for sharp reports) or SVG, rendered by kaleido; the first image
    starts kaleido's headless Chromium, which every later one reuses."""
    with _IMAGE_SERVER_START:
        kaleido.start_sync_server(silence_warnings=True)  # once; then it is running
    return kaleido.calc_fig_sync(fig, opts={"format": fmt, "width": width, "height": height, "scale": scale})


_IMAGE_SERVER_START = threading.Lock()  # two first downloads at once start one server


def image_browser() -> str | None:
    """The Chromium kaleido draws images with, if one is installed (nothing is ever downloaded)."""
    from choreographer.browsers.chromium import Chromium

    try:
        return Chromium.find_browser(skip_local=False)
    except (OSError, RuntimeError, ValueError):
        return None


def file_stem(title: str, *, prefix: str = "newslens") -> str:
    """'newslens-xiaomi-wirbt-...' from a title: ASCII, lowercase, hyphens, at most 60 characters."""
    slug = _slug(title)[:60].rstrip("-")
    return f"{prefix}-{slug}" if slug else prefix


def chart_stem(chart: str, *, organizations: Sequence[str], currencies: Sequence[str], day: date) -> str:
    """'newslens-timeline-xiaomi-cny-2025-05-03': what a downloaded chart shows, so that charts of other
    organisations, in another currency or of another day never overwrite each other."""
    names = [_slug(name) for name in organizations[:3]] + ([f"and-{len(organizations) - 3}-more"]
                                                           if len(organizations) > 3 else [])
    parts = [chart, *names, *(c.lower() for c in currencies), day.isoformat()]
    return "-".join(["newslens", *(part for part in parts if part)])


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
