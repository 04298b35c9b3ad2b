"""The same article as TXT, PDF (two columns, wrapped and hyphenated lines, running header and page
numbers; set by reportlab and printed by Chromium), DOCX and a news web page gives the same people,
affiliations, organisations and figures, and the same title."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import article_layouts as layouts
import pytest

from extraction import Analysis, analyze
from extraction.documents import read_document
from extraction.text import normalize
from tests.conftest import own_articles


def facts(analysis: Analysis) -> dict:
    """What an analyst takes from an article: people with their ties, organisations, figures."""
    return {
        "people": {p.name: sorted((a.organization, a.role, a.status) for a in p.affiliations)
                   for p in analysis.people},
        "organizations": sorted(o.name for o in analysis.organizations),
        "figures": sorted((f.amount, f.currency, f.qualifier, f.period_start or 0, f.period_end or 0, f.kind,
                           f.status, f.organization or "") for f in analysis.figures),
    }


@cache
def from_text(path: Path) -> tuple[str, dict]:
    text = path.read_text("utf-8")
    return text, facts(analyze(text))


def built(layout: str, text: str, *, language: str, request: pytest.FixtureRequest) -> tuple[bytes, str]:
    if layout == "pdf-reportlab":
        return layouts.reportlab_pdf(text, language=language), "article.pdf"
    if layout == "pdf-chromium":
        return layouts.browser_pdf(text, language=language, chromium=request.getfixturevalue("chromium"),
                                   folder=request.getfixturevalue("tmp_path")), "article.pdf"
    if layout == "docx":
        return layouts.word_document(text), "article.docx"
    return layouts.news_page(text, language=language).encode("utf-8"), "article.html"


@pytest.mark.parametrize("layout", ["pdf-reportlab", pytest.param("pdf-chromium", marks=pytest.mark.browser),
                                    "docx", "html"])
@pytest.mark.parametrize("path", own_articles(), ids=lambda path: path.stem)
def test_every_format_gives_the_facts_of_the_text(path: Path, layout: str, request: pytest.FixtureRequest):
    text, expected = from_text(path)
    language = path.name.split("_")[0]
    data, name = built(layout, text, language=language, request=request)
    document = read_document(data, name=name)
    headline, _ = layouts.parts(text)
    assert document.title == headline
    # the text itself comes back: at most a hyphen of a compound broken at a line end may differ
    assert SequenceMatcher(None, normalize(document.text), normalize(text), autojunk=False).ratio() > 0.998
    assert facts(analyze(document.text)) == expected


@pytest.mark.parametrize("path", [p for p in own_articles() if p.name[3:5] in ("01", "02", "05")],
                         ids=lambda path: path.stem)
def test_a_news_page_gives_only_the_articles_people_and_organisations(path: Path):
    """Navigation, cookie banner, byline, related links and footer name other people and companies:
    none of them is analysed; the byline and date are kept as the document's metadata."""
    text, expected = from_text(path)
    language = path.name.split("_")[0]
    document = read_document(layouts.news_page(text, language=language).encode("utf-8"), name="page.html",
                             url="https://news.example/2025/03/article")
    analysis = analyze(document.text)
    found = {p.name for p in analysis.people} | {o.name for o in analysis.organizations}
    assert not found & (layouts.PEOPLE_AROUND | layouts.COMPANIES_AROUND)
    assert facts(analysis)["people"] == expected["people"]
    assert facts(analysis)["organizations"] == expected["organizations"]
    site = layouts.FURNITURE[language]
    assert document.author == site["byline"].split(" ", 1)[1] and document.author not in document.text
    assert document.published.isoformat() == "2025-03-14"
    assert document.url == "https://news.example/2025/03/article"
    assert not any(word in document.text for word in (site["cookie"][:20], site["related"], site["footer"][:15]))
