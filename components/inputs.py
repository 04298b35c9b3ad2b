"""What the user gives us, checked before any analysis: pasted text, a pasted web address, uploaded
files, examples.

Each problem becomes a message that names the file and the reason, never a traceback. Nothing is
cut without asking: an article over ``MAX_CHARS`` (the command line's limit too) is set aside with
the same words the command line uses, and analysed from its first part only when the user says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from extraction.documents import SUPPORTED_SUFFIXES, Document, DocumentError, read_document, title_of
from extraction.size_limit import MAX_CHARS, first_part, over_limit
from extraction.web_fetch import fetch_document, is_url

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
UPLOAD_TYPES = ("txt", "md", "html", "pdf", "docx")  # as named to users
ACCEPTED_SUFFIXES = tuple(suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES)  # what upload boxes take
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
    """The text area's content as an article (a web address: the article on that page); empty or
    whitespace-only text is refused."""
    if not text.strip():
        raise InputError("The text box is empty. Paste an article, upload files or try an example.")
    if is_url(text):
        return fetched_article(text.strip(), language=language)
    return Article(name=name, title=title_of(text), text=text, language=language)


def fetched_article(url: str, *, language: str | None = None) -> Article:
    """The article on the web page at ``url``; a page that cannot be opened or read is refused,
    saying why."""
    try:
        document = fetch_document(url)
    except DocumentError as error:
        raise InputError(f"“{url}” could not be opened: {error}.") from None
    return Article.of(document, language=language)


def uploaded_articles(files: Iterable[tuple[str, bytes]]) -> tuple[list[Article], list[str]]:
    """Articles from (file name, bytes) pairs, and a message for each file that cannot be read."""
    articles, problems = [], []
    for name, data in files:
        try:
            document = read_document(data, name=name)
        except DocumentError as error:
            problems.append(f"“{name}” could not be read: {error}.")
        else:
            articles.append(Article.of(document))
    return articles, problems


def within_limit(articles: Iterable[Article]) -> tuple[list[Article], list[Article]]:
    """The articles NewsLens analyses whole, and those over ``MAX_CHARS``."""
    articles = list(articles)
    return [a for a in articles if len(a.text) <= MAX_CHARS], [a for a in articles if len(a.text) > MAX_CHARS]


def too_long(article: Article) -> str:
    """What is said about an article over the limit, in the command line's words."""
    return over_limit(article.name, length=len(article.text))


def first_part_of(article: Article) -> Article:
    """The article up to the last sentence end within the limit."""
    return replace(article, text=first_part(article.text))


@dataclass(frozen=True)
class Example:
    """One of the bundled example articles."""

    path: Path
    language: str
    title: str

    @property
    def name(self) -> str:
        """How an analysed example is named, in the pages and as its source in the library."""
        return f"Example: {self.path.name}"


def examples(directory: Path = EXAMPLES_DIR) -> list[Example]:
    """The example articles, German, English and French, headline as the title."""
    return [Example(path, path.name.split("_")[0], title_of(path.read_text("utf-8")))
            for path in sorted(directory.glob("*_*.txt"))]
