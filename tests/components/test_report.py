"""Reports of the seed and of a three-article selection, as DOCX and PDF: chart, tables, sources and the
corrections; the PDF pages rendered to PNG in tests/artifacts for a person to look at."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pypdfium2
import pytest

from components.report import build_report, report_bytes
from extraction import analyze
from library import Library, StoredArticle
from library.corrections import correction, figure_fact
from tests.conftest import LIBRARY_ARTICLES, ROOT, SEED

ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def kept(seed_text: str, tmp_path_factory: pytest.TempPathFactory) -> list[StoredArticle]:
    """The seed (one figure corrected) and the two Alibaba articles, kept in a real library."""
    with Library.open(tmp_path_factory.mktemp("report") / "library.sqlite3") as library:
        seed = library.save(analyze(seed_text), title="Xiaomi wirbt KI-Forscherin Luo Fuli von DeepSeek ab",
                            source=SEED.name)
        seed = library.correct(seed.id, correction(
            target="figure", action="change", fact=figure_fact(seed.analysis.figures[0]),
            values={"status": "actual"}, author="ana", note="annual report <2024>"))
        others = []
        for name in ("alibaba_april.txt", "alibaba_may.txt"):
            text = (LIBRARY_ARTICLES / name).read_text("utf-8")
            others.append(library.save(analyze(text, language="en"), title=text.splitlines()[0], source=name))
        return [seed, *others]


def pdf_pages(data: bytes, *, stem: str) -> list[str]:
    """The text of each page; each page also saved as tests/artifacts/STEM-pN.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{stem}.pdf").write_bytes(data)
    document = pypdfium2.PdfDocument(data)
    texts = []
    try:
        for number, page in enumerate(document, start=1):
            page.render(scale=1.5).to_pil().save(ARTIFACTS / f"{stem}-p{number}.png")
            texts.append(page.get_textpage().get_text_range())
            page.close()
    finally:
        document.close()
    return texts


def has_image(data: bytes) -> bool:
    document = pypdfium2.PdfDocument(data)
    try:
        return any(obj.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE for page in document for obj in page.get_objects())
    finally:
        document.close()


def test_report_of_the_seed(kept):
    report = build_report(kept[:1])
    assert report.chart is not None and report.chart.png.startswith(b"\x89PNG")
    assert report.corrections is not None and "status “planned” → “actual”" in report.corrections.rows[0][1]
    text = " ".join(pdf_pages(report_bytes(report, fmt="pdf"), stem="report-seed"))
    for words in ("Xiaomi wirbt KI-Forscherin", "Spending timeline", "Money figures", "24 bn CNY *",
                  "Forschungs- und Entwicklungskosten", "People and their roles", "Head of AI large-model team",
                  "Moves", "Corrections", "annual report <2024>", SEED.stem):
        assert words in " ".join(text.split()), words
    assert has_image(report_bytes(report, fmt="pdf"))
    document_bytes = report_bytes(report, fmt="docx")
    (ARTIFACTS / "report-seed.docx").write_bytes(document_bytes)
    document = docx.Document(io.BytesIO(document_bytes))
    assert document.paragraphs[0].text.startswith("Xiaomi wirbt")
    assert [t.rows[0].cells[0].text for t in document.tables] == ["#", "Amount", "Person", "Person", "#"]
    assert any(name.startswith("word/media/") for name in zipfile.ZipFile(io.BytesIO(document_bytes)).namelist())


def test_report_of_a_three_article_selection(kept):
    report = build_report(kept)
    assert report.title == "NewsLens report: 3 articles"
    assert [row[0] for row in report.sources.rows] == ["1", "2", "3"]
    assert {row[0] for row in report.tables[0].rows} == {"1", "2", "3"}  # figures of every article
    pages = pdf_pages(report_bytes(report, fmt="pdf"), stem="report-selection")
    text = " ".join(" ".join(pages).split())
    assert "alibaba_april.txt" in text and "alibaba_may.txt" in text and "Alibaba" in text
    document_bytes = report_bytes(report, fmt="docx")
    (ARTIFACTS / "report-selection.docx").write_bytes(document_bytes)
    cells = {c.text for t in docx.Document(io.BytesIO(document_bytes)).tables for r in t.rows for c in r.cells}
    assert "alibaba_may.txt" in cells


def test_article_text_is_escaped_in_the_pdf(kept):
    """Markup in an article's title or sentence is text, never reportlab markup."""
    hostile = StoredArticle(id=9, title="<b>Bold</b> & <font size=40>big</font>", source="x.txt",
                            language="en", published=None, added=kept[0].added, analysis=kept[0].analysis,
                            machine=kept[0].machine)
    text = " ".join(" ".join(pdf_pages(report_bytes(build_report([hostile], with_chart=False), fmt="pdf"),
                                       stem="report-escaped")).split())
    assert "<b>Bold</b> & <font size=40>big</font>" in text


def test_cli_writes_a_report(kept, tmp_path: Path, monkeypatch):
    from library.cli import main

    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path))
    with Library.open() as library:
        stored = library.save(kept[1].machine, title=kept[1].title, source=kept[1].source)
    assert main(["report", str(stored.id), "--out", str(tmp_path / "r.docx")]) == 0
    assert docx.Document(tmp_path / "r.docx").paragraphs[0].text == kept[1].title
    assert main(["report", str(stored.id), "--out", str(tmp_path / "r.txt")]) == 2
    assert main(["report", "999", "--out", str(tmp_path / "r.pdf")]) == 2
