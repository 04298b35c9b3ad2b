"""What the user gives us, checked before any analysis: pasted text, a pasted web address, uploaded
files, examples.

Each problem becomes a message that names the file and the reason, never a traceback; nothing
is ever cut: an article over ``MAX_CHARS`` is refused with the limit stated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extraction.documents import Document, DocumentError, read_document, title_of
from extraction.web_fetch import fetch_document, is_url

MAX_CHARS = 300_000
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
UPLOAD_TYPES = ("txt", "md", "html", "pdf", "docx")  # as named to users; SUPPORTED_SUFFIXES adds variants
PASTED = "Pasted text"  # the name of the text box's article


class InputError(ValueError):
    """Input that cannot be analysed; the message says why in words a user can act on."""


@dataclass(frozen=True)
class Article:
    """One article to analyse: where it came from, its headline and text, and a chosen language
    (None: detect it); a web article's address, byline and date."""

    name: str
    title: str
    text: str
    language: str | None = None
    url: str = ""
    author: str = ""
    published: date | None = None

    @classmethod
    def of(cls, document: Document, *, language: str | None = None) -> Article:
        return cls(name=document.name, title=document.title, text=document.text, language=language,
                   url=document.url, author=document.author, published=document.published)


def pasted_article(text: str, *, language: str | None = None, name: str = PASTED) -> Article:
    """The text area's content as an article (a web address: the article on that page); empty,
    whitespace-only or too long text is refused."""
    if not text.strip():
        raise InputError("The text box is empty. Paste an article, upload files or try an example.")
    if is_url(text):
        return fetched_article(text.strip(), language=language)
    check_length(text, name=name)
    return Article(name=name, title=title_of(text), text=text, language=language)


def fetched_article(url: str, *, language: str | None = None) -> Article:
    """The article on the web page at ``url``; a page that cannot be opened or read is refused,
    saying why."""
    try:
        document = fetch_document(url)
    except DocumentError as error:
        raise InputError(f"“{url}” could not be opened: {error}.") from None
    check_length(document.text, name=url)
    return Article.of(document, language=language)


def check_length(text: str, *, name: str) -> None:
    """Refuse articles over the limit rather than analysing a silently shortened text."""
    if len(text) > MAX_CHARS:
        raise InputError(f"“{name}” has {len(text):,} characters; NewsLens analyses articles of up to "
                         f"{MAX_CHARS:,} characters. Split it into parts and analyse those.")


def uploaded_articles(files: Iterable[tuple[str, bytes]]) -> tuple[list[Article], list[str]]:
    """Articles from (file name, bytes) pairs, and a message for each file that cannot be read."""
    articles, problems = [], []
    for name, data in files:
        try:
            document = read_document(data, name=name)
            check_length(document.text, name=name)
        except DocumentError as error:
            problems.append(f"“{name}” could not be read: {error}.")
        except InputError as error:
            problems.append(str(error))
        else:
            articles.append(Article.of(document))
    return articles, problems


@dataclass(frozen=True)
class Example:
    """One of the bundled example articles."""

    path: Path
    language: str
    title: str


def examples(directory: Path = EXAMPLES_DIR) -> list[Example]:
    """The example articles, German, English and French, headline as the title."""
    return [Example(path, path.name.split("_")[0], title_of(path.read_text("utf-8")))
            for path in sorted(directory.glob("*_*.txt"))]
