"""Article files to text: plain text in any encoding, Markdown, HTML, PDF and DOCX.

Every failure is a ``DocumentError`` whose message says what is wrong with the file in words
a user can act on ("password-protected PDF", "no text layer (scanned images?)", "binary file").
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import PurePath

from charset_normalizer import from_bytes

from .text import without_controls

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


class DocumentError(ValueError):
    """A file that cannot be read as an article; the message names the reason."""


@dataclass(frozen=True)
class Document:
    """The text of one article file and its title (a PDF's or DOCX's first heading, a web page's
    headline, else the first line); a web page's byline, date and address are kept beside the text,
    never in it."""

    name: str
    text: str
    title: str
    author: str = ""
    published: date | None = None  # the date a web page's markup gives
    url: str = ""  # where the article was fetched from


def read_document(data: bytes, *, name: str, url: str = "") -> Document:
    """Text of a file's bytes, chosen by its extension (none: sniffed as text or HTML); ``url`` is
    the address a web page came from."""
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported file type '{suffix}' (use {', '.join(SUPPORTED_SUFFIXES)})")
    meta: dict[str, object] = {}
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        text, title = _pdf_text(data)
    elif suffix == ".docx":
        text, title = _docx_text(data)
    else:
        text = decode_text(data)
        if suffix in (".html", ".htm") or (not suffix and re.match(r"\s*<(?:!doctype|html)", text, re.I)):
            text, title, meta = _html_article(text, url=url)
        elif suffix in (".md", ".markdown"):
            text, title = markdown_to_text(text), ""
        else:
            title = ""
    if not without_controls(text).strip():
        raise DocumentError("the file holds no text")
    return Document(name=name, text=text, title=title or title_of(text), url=url, **meta)


def decode_text(data: bytes) -> str:
    """UTF-8 if it is, else the encoding charset-normalizer finds; binary data is refused (a text
    with a few control characters is a text: the analysis drops them)."""
    if not data.strip():
        raise DocumentError("the file is empty")
    if looks_binary(data):
        raise DocumentError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Stray control bytes would make every encoding look wrong; the analysis drops them anyway
    # (ESC stays: ISO-2022 encodings are made of escape sequences).
    guesses = list(from_bytes(data.translate(None, _STRAY_CONTROLS)))
    if not guesses:
        raise DocumentError("binary file or unknown text encoding")
    # Our articles are Western European: among equally clean readings, take Windows-1252.
    least_chaos = min(g.chaos for g in guesses)
    clean = [g for g in guesses if g.chaos == least_chaos]
    return str(next((g for g in clean if g.encoding in ("cp1252", "latin_1", "iso8859_15")), clean[0]))


# Formats whose files begin with these bytes are never articles (images, archives, programs, office
# files); each signature holds a byte no text begins with.
_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"\x7fELF", b"MZ\x90\x00",
               b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!\x1a", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\x00asm",
               b"SQLite format 3\x00", b"\xd0\xcf\x11\xe0", b"\x00\x00\x01\x00")
# Control bytes other than tab, line breaks and form feed.
_CONTROL_BYTES = [bytes([c]) for c in (*range(0x20), 0x7F) if chr(c) not in "\t\n\r\f\v"]
_STRAY_CONTROLS = b"".join(c for c in _CONTROL_BYTES if c != b"\x1b")
_SAMPLE = 8192


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is a binary file rather than a text with some stray control characters: a
    known binary format, or control bytes making up much of its beginning (a third of valid UTF-8;
    more than eight and a twentieth of anything else, where random bytes hold a tenth)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        return False
    head = data[:_SAMPLE]
    if head.startswith(_SIGNATURES):
        return True
    controls = sum(map(head.count, _CONTROL_BYTES))
    if _utf8(head):
        return controls > len(head) * 0.3
    return controls > max(8, len(head) * 0.05)


def _utf8(head: bytes) -> bool:
    """Whether the first bytes of a file are UTF-8 (a character cut at the sample's end aside)."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3 and len(head) == _SAMPLE
    return True


def title_of(text: str) -> str:
    """First non-empty line, shortened to 120 characters."""
    line = next((line.strip() for line in without_controls(text).splitlines() if line.strip()), "")
    return line if len(line) <= 120 else line[:119].rstrip() + "…"


class _TextCollector(HTMLParser):
    """Visible text of an HTML page; scripts, styles and other non-content elements dropped."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "iframe", "form"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "header", "blockquote", "pre", "table", "ul", "ol", "hr", "figcaption"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skipping = 0
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        current = self._in[-1] if self._in else ""
        if current in ("title", "h1") and not self.title and data.strip():
            self.title = data.strip()
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """(visible text, title) of an HTML document."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip(), collector.title


_MARKDOWN = [
    (re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$", re.M), ""),       # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),                        # quotes
    (re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.M), ""),              # list markers
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),                 # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                  # links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),                        # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),                               # code
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),        # rules
]


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: headings, emphasis, links and list markers removed, words kept."""
    for pattern, replacement in _MARKDOWN:
        markdown = pattern.sub(replacement, markdown)
    return markdown


def _html_article(html: str, *, url: str) -> tuple[str, str, dict[str, object]]:
    """A news page's article, headline and byline/date (trafilatura); the whole visible text of a
    page in which it finds no article (a fragment)."""
    from .web_page import web_article

    article = web_article(html, url=url)
    if article is None:
        return *html_to_text(html), {}
    return article.text, article.title, {"author": article.author, "published": article.published}


def _pdf_text(data: bytes) -> tuple[str, str]:
    """(re-flowed text, first heading) of a PDF."""
    from .pdf_layout import PdfError, pdf_text

    try:
        document = pdf_text(data)
    except PdfError as error:
        raise DocumentError(str(error)) from None
    return document.text, document.title


def _docx_text(data: bytes) -> tuple[str, str]:
    """(paragraphs separated by blank lines, title) of a Word document; the title is the first
    paragraph styled as a title or heading, else the document's own title."""
    from docx import Document as DocxDocument

    try:
        document = DocxDocument(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise DocumentError("corrupt or password-protected DOCX") from None
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    heading = next((p.text.strip() for p in paragraphs
                    if p.style is not None and re.match(r"(Title|Heading)\b", p.style.name or "")), "")
    return "\n\n".join(p.text for p in paragraphs), heading or (document.core_properties.title or "").strip()
