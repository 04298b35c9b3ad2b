"""Downloads parse back: the JSON contract, CSV, XLSX; chart images are real PNG and SVG."""

from __future__ import annotations

import io
import json
import shutil

import pandas as pd
import pytest

from components.currency import conversion, make_converter
from components.exports import (
    analysis_json,
    chart_stem,
    csv_bytes,
    file_stem,
    image_bytes,
    workbook_bytes,
    workbook_sheets,
)
from components.network import network_figure
from components.tables import figures_table
from extraction import Analysis
from extraction.result import SCHEMA_PATH


def test_json_is_the_contract_and_reads_back(seed_analysis: Analysis) -> None:
    data = json.loads(analysis_json(seed_analysis))
    assert data == seed_analysis.to_dict()
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text("utf-8")))
    assert Analysis.from_dict(data, text=seed_analysis.text) == seed_analysis


def test_csv_reads_back_with_umlauts(seed_analysis: Analysis) -> None:
    table = figures_table(seed_analysis)
    back = pd.read_csv(io.BytesIO(csv_bytes(table)), encoding="utf-8-sig")
    assert list(back.columns) == list(table.columns)
    assert back["Sentence"].tolist() == table["Sentence"].tolist()
    assert back["Amount"].tolist() == table["Amount"].tolist()


def test_xlsx_has_a_sheet_per_table_and_reads_back(seed_analysis: Analysis) -> None:
    sheets = workbook_sheets([("seed.txt", "Xiaomi", seed_analysis)])
    back = pd.read_excel(io.BytesIO(workbook_bytes(sheets)), sheet_name=None)
    assert list(back) == ["Articles", "Entities", "Figures", "Affiliations", "Moves", "Organisations"]
    for name, frame in sheets.items():
        assert back[name].shape == frame.shape, name
    assert back["Figures"]["Amount (CNY)"].tolist() == [f.amount for f in seed_analysis.figures]
    assert back["Figures"]["As written"].tolist() == [f.text for f in seed_analysis.figures]
    assert "Xiaomi" in back["Organisations"]["Organisation"].tolist()


def test_xlsx_keeps_formula_like_text_as_text() -> None:
    frame = pd.DataFrame({"Sentence": ['=HYPERLINK("http://x","click")', "plain"]})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(workbook_bytes({"T": frame}))).active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")


def test_several_articles_say_which_row_is_whose(seed_analysis: Analysis) -> None:
    sheets = workbook_sheets([("a.txt", "A", seed_analysis), ("b.txt", "B", seed_analysis)])
    assert sheets["Figures"].columns[0] == "Article"
    count = len(seed_analysis.figures)
    assert sheets["Figures"]["Article"].tolist() == ["a.txt"] * count + ["b.txt"] * count


def test_file_stem_is_ascii_and_short() -> None:
    assert file_stem("Xiaomi wirbt Luo Fuli ab: Großmodell & KI") == "newslens-xiaomi-wirbt-luo-fuli-ab-gromodell-ki"
    assert file_stem("？？") == "newslens"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="kaleido needs Chromium (Debian package chromium)")
def test_chart_images_are_png_and_svg(seed_analysis: Analysis) -> None:
    fig = network_figure(seed_analysis)
    png = image_bytes(fig, fmt="png", width=600, height=400)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(png[16:20], "big") == 1200  # scale 2
    assert image_bytes(fig, fmt="svg", width=600, height=400, scale=1).lstrip().startswith(b"<svg")


def test_xlsx_amounts_are_numbers_formatted_with_unit_and_currency(seed_analysis: Analysis) -> None:
    from openpyxl import load_workbook

    rates = conversion(["CNY"], target="EUR", converter=make_converter())
    frame = figures_table(seed_analysis, conversion=rates)
    sheet = load_workbook(io.BytesIO(workbook_bytes({"Figures": frame})))["Figures"]
    header = [cell.value for cell in sheet[1]]
    amount, converted = header.index("Amount (CNY)") + 1, header.index("Amount in EUR") + 1
    cell = sheet.cell(row=2, column=amount)
    assert cell.value == 24e9 and cell.number_format == '#,##0,,," bn CNY"'
    euros = sheet.cell(row=2, column=converted)
    assert euros.value == rates.convert(24e9, "CNY") and euros.number_format.endswith('" bn EUR"')


def test_mixed_currencies_keep_theirs_in_every_cell() -> None:
    from openpyxl import load_workbook

    frame = pd.DataFrame({"Amount": [1.05e9, 2.5e6], "Currency": ["EUR", "USD"]})
    sheet = load_workbook(io.BytesIO(workbook_bytes({"Figures": frame})))["Figures"]
    assert sheet["A1"].value == "Amount (currency as given)"
    assert (sheet["A2"].number_format, sheet["A3"].number_format) == ('#,##0.00,,," bn EUR"', '#,##0.0,," m USD"')


def test_chart_file_names_say_organisation_currency_and_day() -> None:
    from datetime import date

    day = date(2025, 5, 3)
    assert chart_stem("timeline", organizations=["Xiaomi"], currencies=["CNY"], day=day) == \
        "newslens-timeline-xiaomi-cny-2025-05-03"
    assert chart_stem("timeline", organizations=["Xiaomi"], currencies=["USD"], day=day) != \
        chart_stem("timeline", organizations=["Xiaomi"], currencies=["CNY"], day=day)
    many = chart_stem("across-articles", organizations=["Alibaba Group", "Dassault Systèmes", "SAP", "Siemens"],
                      currencies=["EUR"], day=day)
    assert many == "newslens-across-articles-alibaba-group-dassault-systemes-sap-and-1-more-eur-2025-05-03"
