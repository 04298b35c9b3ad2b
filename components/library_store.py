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
from datetime import datetime, timezone
from pathlib import Path

import streamlit as st

from extraction.result import Correction
from library import ImportReport, Library, LibraryError, StoredArticle, database_path

from .highlight import escape_markdown
from .inputs import PASTED, Article
from .state import Result


@st.cache_resource(show_spinner=False)
def _shared(path: str) -> Library:
    """The library file at ``path``, opened once per server process (not cached if opening fails)."""
    return Library.open(Path(path))


def revision() -> int:
    """The library's revision: it changes with every write, in any process, so caches of what pages
    make of the library (``views``) are keyed by it."""
    with opened() as library:
        return library.revision()


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
    kept, added, updated, problems, stale = [], 0, 0, [], []
    try:
        with opened() as library:
            for result in results:
                try:
                    known = library.find(result.analysis.text_sha256) is not None
                    stored = _save(library, result)
                except (sqlite3.Error, OSError, LibraryError) as error:
                    problems.append(f"“{result.article.name}” was analysed but not kept in the library ({error}).")
                    kept.append(result)
                    continue
                # as corrected: an article kept before comes back with the analyst's corrections applied
                kept.append(result.kept(stored.id, analysis=stored.analysis))
                updated, added = updated + known, added + (not known)
                stale += [stale_note(stored)] if any(not c.applied for c in stored.corrections) else []
    except LibraryError as error:
        return list(results), [], [f"The analysis was not kept in the library: {error}."]
    return kept, ([kept_note(added=added, updated=updated)] if added or updated else []) + stale, problems


def _save(library: Library, result: Result) -> StoredArticle:
    """Keep a session's article with what the library records of it: title, source, and a web
    article's address, byline and date."""
    return library.save(result.analysis, title=result.article.title, source=source_of(result),
                        url=result.article.url, author=result.article.author, published=result.article.published)


def stale_note(stored: StoredArticle) -> str:
    """'“Title”: 1 of its 3 corrections no longer applies …': what a new analysis left of an analyst's work."""
    count = sum(not c.applied for c in stored.corrections)
    verb = "applies" if count == 1 else "apply"
    return (f"“{stored.title}”: {count} of its {len(stored.corrections)} corrections no longer {verb} (the new "
            "analysis does not hold those facts); they are kept and listed on the pages, the others are applied.")


def source_of(result: Result) -> str:
    """Where an article came from as the library records it: the file's name, '' for pasted text or a
    web page (whose address is kept as its url)."""
    return "" if result.article.name == PASTED or result.article.url else result.article.name


def kept_note(*, added: int, updated: int) -> str:
    """'Kept in the library: 2 new articles, 1 already there (updated).'"""
    parts = [f"{added} new article{'s' if added != 1 else ''}"] if added else []
    parts += [f"{updated} already there (updated)"] if updated else []
    return f"Kept in the library: {', '.join(parts)}."


def articles(*, search: str = "") -> list[StoredArticle]:
    """The library's articles, newest first; ``search`` matches a title, a person or an organisation.
    The shared ``Library`` keeps the articles it has read until a write changes them (its ``revision``)."""
    with opened() as library:
        return library.articles(search=search)


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


def correct(result: Result, correction: Correction) -> tuple[Result, str | None]:
    """Keep a correction of a session's article (kept in the library first, if it was not): the result as
    corrected now, and a note when the article had to be kept to take the correction."""
    note = None
    with opened() as library:
        if result.library_id is None or library.find(result.analysis.text_sha256) is None:
            if result.analysis.corrections:  # its machine analysis went with the library article
                raise LibraryError("the article is no longer in the library; analyse it again to correct it")
            stored = _save(library, result)
            note = f"“{result.article.title}” is now kept in the library, where its corrections live."
            result = result.kept(stored.id, analysis=stored.analysis)
        try:
            stored = library.correct(result.library_id, correction)
        except KeyError:
            raise LibraryError("the article is no longer in the library") from None
    return result.kept(stored.id, analysis=stored.analysis), note


def undo(correction_id: str) -> StoredArticle | None:
    """Take a correction back; the article as corrected now (None if the correction was gone)."""
    with opened() as library:
        return library.undo(correction_id)


def stored_of(result: Result) -> StoredArticle:
    """A session's article as the library keeps it, or (when it is not kept) as a transient one, for a
    report."""
    if result.library_id is not None:
        kept = article(result.library_id)
        if kept is not None:
            return kept
    return StoredArticle(id=0, title=result.article.title, source=source_of(result), language=result.analysis.language,
                         published=result.analysis.published, added=datetime.now(timezone.utc),
                         analysis=result.analysis, machine=result.analysis)


def delete(article_id: int) -> bool:
    """Remove an article from the library; False if it was not there."""
    with opened() as library:
        return library.delete(article_id)


def result_of(stored: StoredArticle) -> Result:
    """A library article as the analysis pages show it."""
    article = Article(name=stored.url or stored.source or PASTED, title=stored.title, text=stored.analysis.text,
                      language=stored.language, url=stored.url, author=stored.author, published=stored.published)
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
