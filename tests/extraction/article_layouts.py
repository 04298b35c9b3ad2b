"""One article (its TXT: headline, blank line, paragraphs) laid out as the other formats users bring,
built in the test with real layout engines (no binary fixtures in the repository):

- a two-column PDF set by reportlab, hyphenated at line ends, with a running header and page numbers
  (it breaks words at their hyphenation points only, never at a compound's own hyphen: its PDFs print
  both with the same character, which no reader can tell apart without a dictionary);
- a two-column PDF printed by Chromium from HTML (``column-count: 2``), with Chromium's header and
  footer (date, title, address, "1/2");
- a Word document, the headline styled as the title;
- a news web page with navigation, a cookie banner, a byline, related links naming other companies
  and people, and a footer with more names.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import pytest

FONTS = Path("/usr/share/fonts/truetype/dejavu")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# What a news site prints around an article, per language: none of these people or companies is in
# the articles.
FURNITURE = {
    "de": {"site": "Wirtschaftsdienst", "nav": ["Startseite", "Technik", "Wirtschaft", "Apple", "Nvidia", "Börse"],
           "cookie": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren oder "
                     "Einstellungen verwalten.",
           "byline": "Von Jana Pfeiffer", "related": "Das könnte Sie auch interessieren",
           "links": ["Apple holt Tim Walker von Nvidia für die Chipentwicklung",
                     "Amazon-Chef Andy Jassy verdoppelt Investition in Anthropic",
                     "Bosch-Aufsichtsrat Frank Meyer tritt zurück"],
           "footer": "© 2025 Wirtschaftsdienst Verlag GmbH · Chefredakteur: Robert Brandt · Ein Angebot der "
                     "Vogel Holding AG · Impressum · Datenschutz", "page": "Seite"},
    "en": {"site": "TechDaily", "nav": ["Home", "Tech", "Business", "Apple", "Nvidia", "Markets"],
           "cookie": "We use cookies to give you the best experience. Accept all cookies or manage your "
                     "preferences.",
           "byline": "By Jane Whitfield", "related": "Related stories",
           "links": ["Apple hires Tim Walker from Nvidia to lead chip design",
                     "Amazon CEO Andy Jassy doubles down on Anthropic",
                     "Oracle names Sarah Cole as chief financial officer"],
           "footer": "© 2025 TechDaily Media Group. Editor-in-chief: Robert Brandt. Part of Vogel Holdings Inc. "
                     "Privacy · Terms", "page": "Page"},
    "fr": {"site": "Le Quotidien Tech", "nav": ["Accueil", "Tech", "Économie", "Apple", "Nvidia", "Bourse"],
           "cookie": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ou gérer vos "
                     "préférences.",
           "byline": "Par Julie Marchand", "related": "À lire aussi",
           "links": ["Apple recrute Tim Walker chez Nvidia pour ses puces",
                     "Le patron d'Amazon, Andy Jassy, double la mise sur Anthropic",
                     "Orange nomme Sarah Colin directrice financière"],
           "footer": "© 2025 Le Quotidien Tech, groupe Vogel Holding SA. Directeur de la publication : "
                     "Robert Brandt. Mentions légales · Confidentialité", "page": "Page"},
}
PEOPLE_AROUND = {"Jana Pfeiffer", "Jane Whitfield", "Julie Marchand", "Tim Walker", "Andy Jassy", "Frank Meyer",
                 "Sarah Cole", "Sarah Colin", "Robert Brandt"}
COMPANIES_AROUND = {"Apple", "Nvidia", "Amazon", "Anthropic", "Bosch", "Oracle", "Orange", "Vogel Holding AG",
                    "Vogel Holdings Inc.", "Vogel Holding SA", "TechDaily Media Group"}


def parts(text: str) -> tuple[str, list[str]]:
    """(headline, paragraphs) of an article file."""
    headline, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return headline, paragraphs


def hyphenable(paragraph: str, *, marker: str) -> str:
    """Long words given a hyphenation point (``marker``, a soft hyphen) after their fifth letter, so
    that a layout engine may break them at a line end as a hyphenating typesetter would."""
    return re.sub(r"\b([^\W\d_]{5})(?=[^\W\d_]{5,}\b)", lambda m: m.group(1) + marker, paragraph)


def news_page(text: str, *, language: str) -> str:
    """The article on a news site's page, with everything such a page has around it."""
    headline, paragraphs = parts(text)
    site = FURNITURE[language]
    nav = "".join(f'<li><a href="/{html.escape(item.lower())}">{html.escape(item)}</a></li>' for item in site["nav"])
    links = "".join(f'<li><a href="/story/{n}">{html.escape(link)}</a></li>' for n, link in enumerate(site["links"]))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8">
<title>{html.escape(headline)} | {html.escape(site["site"])}</title>
<meta property="og:site_name" content="{html.escape(site["site"])}">
<meta property="article:published_time" content="2025-03-14T08:30:00+01:00">
<meta name="author" content="{html.escape(site["byline"].split(" ", 1)[1])}">
<style>body{{font-family:sans-serif}} .cookie{{position:fixed;bottom:0}}</style>
<script>window.dataLayer = [{{"event": "pageview", "company": "Nvidia"}}];</script>
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>{html.escape(site["cookie"])}</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">{html.escape(site["site"])}</a>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<main><article class="article">
<h1 class="article-title">{html.escape(headline)}</h1>
<div class="byline"><span class="author">{html.escape(site["byline"])}</span> ·
<time datetime="2025-03-14T08:30:00+01:00">14.03.2025</time></div>
<div class="article-body">{body}</div>
</article>
<aside class="related"><h2>{html.escape(site["related"])}</h2><ul>{links}</ul></aside></main>
<footer class="site-footer"><p>{html.escape(site["footer"])}</p></footer>
</body></html>"""


def word_document(text: str) -> bytes:
    """The article as a Word document: the headline in the Title style, a paragraph per paragraph."""
    from docx import Document

    headline, paragraphs = parts(text)
    document = Document()
    document.add_heading(headline, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reportlab_pdf(text: str, *, language: str) -> bytes:
    """The article set by reportlab on A5 pages: the headline across the top, the text justified in two
    columns and hyphenated, a running header with the publication's name and page numbers below."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph

    if not (FONTS / "DejaVuSans.ttf").exists():
        pytest.skip("the DejaVu fonts are not installed (Debian: apt-get install fonts-dejavu-core)")
    for name, file in (("Sans-Bold", "DejaVuSans-Bold.ttf"), ("Sans", "DejaVuSans.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    headline, paragraphs = parts(text)
    site = FURNITURE[language]
    width, height = A5
    margin, gutter, title_height = 36, 14, 70
    column = (width - 2 * margin - gutter) / 2

    def running(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Sans", 7)
        canvas.drawString(margin, height - 22, f"{site['site']} · 14. März 2025")
        canvas.drawRightString(width - margin, 18, f"{site['page']} {document.page}")
        canvas.restoreState()

    def columns(top: float) -> list[Frame]:
        return [Frame(margin + n * (column + gutter), margin, column, top - margin, id=f"c{n}") for n in (0, 1)]

    first = PageTemplate("first", [Frame(margin, height - margin - title_height, width - 2 * margin, title_height,
                                         id="title"), *columns(height - margin - title_height)], onPage=running)
    later = PageTemplate("later", columns(height - margin), onPage=running)
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A5, title=f"{site['site']} - Ausgabe 12", author=site["site"])
    document.addPageTemplates([first, later])
    heading = ParagraphStyle("h", fontName="Sans-Bold", fontSize=15, leading=18)
    body = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12, spaceAfter=6, alignment=4,
                          embeddedHyphenation=0)
    story = [Paragraph(html.escape(headline), heading), NextPageTemplate("later")]
    # reportlab's markup needs &lt; &gt; &amp; only; it loses the space before a &quot;
    story += [Paragraph(html.escape(hyphenable(p, marker="\u00ad"), quote=False), body) for p in paragraphs]
    document.build(story)
    return buffer.getvalue()


def browser_pdf(text: str, *, language: str, chromium: str, folder: Path) -> bytes:
    """The article printed to PDF by Chromium (``--print-to-pdf``): two CSS columns, justified and
    hyphenated, with Chromium's own header (date, title) and footer (address, "1/2") on every page."""
    headline, paragraphs = parts(text)
    site = FURNITURE[language]
    body = "".join(f"<p>{hyphenable(html.escape(p), marker='&shy;')}</p>" for p in paragraphs)
    page = folder / "article.html"
    page.write_text(f"""<!doctype html><html lang="{language}"><head><meta charset="utf-8">
<title>{html.escape(headline)} | {html.escape(site["site"])}</title>
<style>@page{{size:A5;margin:18mm 14mm}} body{{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.3;margin:0}}
h1{{font-family:'DejaVu Sans';font-size:17pt;line-height:1.2;margin:0 0 10pt}}
.columns{{column-count:2;column-gap:1.3em;text-align:justify}} p{{margin:0 0 .5em}}</style></head>
<body><h1>{html.escape(headline)}</h1><div class="columns">{body}</div></body></html>""", "utf-8")
    out = folder / "article.pdf"
    subprocess.run([chromium, *CHROMIUM_ARGS, f"--print-to-pdf={out}", page.as_uri()], check=True,
                   capture_output=True, timeout=60)
    return out.read_bytes()
