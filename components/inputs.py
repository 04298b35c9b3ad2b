"""What the user gives us, checked before any analysis: pasted text, uploaded files, examples.

Each problem becomes a message that names the file and the reason, never a traceback; nothing
is ever cut: an article over ``MAX_CHARS`` is refused with the limit stated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extraction.documents import DocumentError, read_document, title_of

MAX_CHARS = 300_000
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"
UPLOAD_TYPES = ("txt", "md", "html", "pdf", "docx")  # as named to users; SUPPORTED_SUFFIXES adds variants
PASTED = "Pasted text"  # the name of the text box's article


class InputError(ValueError):
    """Input that cannot be analysed; the message says why in words a user can act on."""


@dataclass(frozen=True)
class Article:
    """One article to analyse: where it came from, its headline and text, and a chosen language
    (None: detect it)."""

    name: str
    title: str
    text: str
    language: str | None = None


def pasted_article(text: str, *, language: str | None = None, name: str = PASTED) -> Article:
    """The text area's content as an article; empty, whitespace-only or too long text is refused."""
    if not text.strip():
        raise InputError("The text box is empty. Paste an article, upload files or try an example.")
    check_length(text, name=name)
    return Article(name=name, title=title_of(text), text=text, language=language)


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
            articles.append(Article(name=name, title=document.title, text=document.text))
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
