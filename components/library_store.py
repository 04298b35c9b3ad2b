"""The article library as the dashboard uses it: one open ``library.Library`` per library file, shared
by the sessions of a server, and every use of it with failures turned into ``LibraryError`` messages.
Streamlit glue.

Sessions run in threads and share one ``Library`` (its connection serialises their statements and
transactions).
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

from library import ImportReport, Library, LibraryError, StoredArticle, database_path

from .highlight import escape_markdown
from .inputs import PASTED, Article
from .state import Result


@st.cache_resource(show_spinner=False)
def _shared(path: str) -> Library:
    """The library file at ``path``, opened once per server process (not cached if opening fails)."""
    return Library.open(Path(path))


def location() -> Path:
    """The library file of ``NEWSLENS_DATA_DIR`` (else the user's data folder)."""
    return database_path()


def _open() -> Library:
    """The shared library; ``LibraryError`` saying why when its folder or file cannot be used."""
    try:
        path = location()
    except OSError as error:
        raise LibraryError(f"the library's folder cannot be created ({error})") from None
    try:
        return _shared(str(path))
    except LibraryError as error:  # Library.open names the file first
        raise LibraryError(f"the library file {path} cannot be opened: "
                           f"{str(error).removeprefix(f'{path}: ')}") from None
    except OSError as error:
        raise LibraryError(f"the library file {path} cannot be opened: {error}") from None


@contextmanager
def opened() -> Iterator[Library]:
    """The shared library. A file that cannot be opened, read or written raises ``LibraryError``
    saying why, never a database or OS error."""
    library = _open()
    try:
        yield library
    except (sqlite3.Error, OSError) as error:
        raise LibraryError(f"the library file {library.path} cannot be used: {error}") from None


def keep(results: Sequence[Result]) -> tuple[list[Result], list[str], list[str]]:
    """Save each analysed article in the library: the results with their library id, a note on what
    was kept, and a message per article that could not be (its analysis is shown all the same)."""
    kept, added, updated, problems = [], 0, 0, []
    try:
        with opened() as library:
            for result in results:
                try:
                    known = library.find(result.analysis.text_sha256) is not None
                    stored = library.save(result.analysis, title=result.article.title, source=source_of(result))
                except (sqlite3.Error, OSError, LibraryError) as error:
                    problems.append(f"“{result.article.name}” was analysed but not kept in the library ({error}).")
                    kept.append(result)
                    continue
                kept.append(result.kept(stored.id))
                updated, added = updated + known, added + (not known)
    except LibraryError as error:
        return list(results), [], [f"The analysis was not kept in the library: {error}."]
    return kept, [kept_note(added=added, updated=updated)] if added or updated else [], problems


def source_of(result: Result) -> str:
    """Where an article came from as the library records it: the file's name, '' for pasted text."""
    return "" if result.article.name == PASTED else result.article.name


def kept_note(*, added: int, updated: int) -> str:
    """'Kept in the library: 2 new articles, 1 already there (updated).'"""
    parts = [f"{added} new article{'s' if added != 1 else ''}"] if added else []
    parts += [f"{updated} already there (updated)"] if updated else []
    return f"Kept in the library: {', '.join(parts)}."


def articles(*, search: str = "") -> list[StoredArticle]:
    """The library's articles, newest first; ``search`` matches a title, a person or an organisation.
    Read once per change of the library (``Library.revision``) and shared by the server's sessions."""
    with opened() as library:
        everything = _articles_at(str(library.path), library.revision())
        if not search.strip():
            return everything
        matching = set(library.matching_ids(search))
    return [a for a in everything if a.id in matching]


def revision() -> tuple[int, int]:
    """What changes whenever the library does: caches of what pages make of it are keyed by it."""
    with opened() as library:
        return library.revision()


@st.cache_resource(show_spinner=False, max_entries=4)
def _articles_at(path: str, revision: tuple[int, int]) -> list[StoredArticle]:
    """Every article of the library at ``path`` as it was at ``revision`` (the articles are immutable)."""
    with opened() as library:
        return library.articles()


def recent_languages() -> list[str]:
    """The languages of the articles kept last, most recent first."""
    with opened() as library:
        return library.recent_languages()


def articles_or_stop() -> list[StoredArticle]:
    """Every kept article; where the library cannot be read, the page says why and stops."""
    try:
        return articles()
    except LibraryError as error:
        st.error(escape_markdown(f"The library cannot be read: {error}."), icon=":material/error:")
        st.stop()


def article(article_id: int) -> StoredArticle | None:
    """One article of the library; None if it is not (or no longer) there."""
    with opened() as library:
        try:
            return library.get(article_id)
        except KeyError:
            return None


def delete(article_id: int) -> bool:
    """Remove an article from the library; False if it was not there."""
    with opened() as library:
        return library.delete(article_id)


def result_of(stored: StoredArticle) -> Result:
    """A library article as the analysis pages show it."""
    article = Article(name=stored.source or PASTED, title=stored.title, text=stored.analysis.text,
                      language=stored.language)
    return Result(article, stored.analysis, detection=None, library_id=stored.id, from_library=True)


def export_bytes() -> bytes:
    """The whole library as JSON Lines (UTF-8): one article a line, its contract plus the article."""
    out = io.StringIO()
    with opened() as library:
        library.export_jsonl(out)
    return out.getvalue().encode("utf-8")


def import_bytes(data: bytes, *, name: str) -> ImportReport:
    """Add the articles of an exported library file (those already here stay as they are). A file that
    is not an export raises ``LibraryError`` naming the file and its first bad line; then nothing is
    imported."""
    try:
        lines = export_lines(data)
        with opened() as library:
            return library.import_jsonl(lines)
    except LibraryError as error:
        raise LibraryError(f"“{name}” could not be imported: {error}. Nothing was imported.") from None


def export_lines(data: bytes) -> list[str]:
    """The lines of an exported file; ``LibraryError`` for a file that cannot be one."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LibraryError("it is not UTF-8 text, so not a NewsLens library export (.jsonl)") from None
    # Lines end at "\n" only: ``splitlines`` would also cut at U+2028, which a JSON string may hold.
    lines = text.split("\n")
    if not any(line.strip() for line in lines):
        raise LibraryError("it holds no articles")
    return lines
