"""Many articles analysed and kept in the library, one transaction per chunk of articles: analysed in this
process, or on a Dask cluster through the batch engine (``extraction.batch``), whose results stream back
here to be written into whichever library is configured (an SQLite file or a PostgreSQL server).

The inputs are those of ``python -m extraction batch`` (files, folders, JSON Lines with a ``text`` per
line) and web addresses. An article that cannot be analysed is reported and the others are kept; a chunk
is kept whole or not at all, so an interrupted run keeps every chunk it finished.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extraction.analyzer import EmptyTextError, analyze
from extraction.batch import Outcome, analyze_chunk
from extraction.batch import _read as read_chunk  # the engine's own reading of a chunk's sources
from extraction.batch_inputs import Source
from extraction.documents import DocumentError
from extraction.web_fetch import fetch_document

from .store import Library, NewArticle, StoredArticle

if TYPE_CHECKING:
    from distributed import Client

@dataclass(frozen=True)
class Failure:
    """An input that was not kept, and why."""

    name: str
    reason: str


OnKept = Callable[[list[StoredArticle], list[Failure]], None]


def add_sources(library: Library, sources: Sequence[Source], *, language: str | None = None,
                client: Client | None = None, chunk_size: int, on_kept: OnKept) -> None:
    """Analyse ``sources`` (on ``client``'s cluster, else here) and keep them, a transaction per chunk;
    ``on_kept`` hears of every chunk once it is committed: what was kept, and what failed."""
    chunks = [(start, sources[start:start + chunk_size]) for start in range(0, len(sources), chunk_size)]
    if client is None:
        analysed = _analysed_here(chunks, language=language)
    else:
        from extraction.batch import analyze_chunks  # Dask's client side loads only for a cluster

        analysed = analyze_chunks(client, chunks, language=language)
    for _, outcomes in analysed:
        failed = [Failure(outcome.id, _refusal(outcome)) for outcome in outcomes if _refusal(outcome)]
        kept = [_new_article(outcome) for outcome in outcomes if not _refusal(outcome)]
        on_kept(library.save_many(kept), failed)


def add_addresses(library: Library, urls: Sequence[str], *, language: str | None = None, on_kept: OnKept) -> None:
    """Fetch each web page's article, analyse it here and keep it (its address, byline and date with it)."""
    for url in urls:
        try:
            document = fetch_document(url)
            analysis = analyze(document.text, language=language)
        except (DocumentError, EmptyTextError) as error:
            on_kept([], [Failure(url, str(error))])
            continue
        on_kept([library.save(analysis, title=document.title, url=document.url, author=document.author,
                              published=document.published)], [])


def _analysed_here(chunks: Iterable[tuple[Hashable, Sequence[Source]]], *, language: str | None
                   ) -> Iterator[tuple[Hashable, list[Outcome]]]:
    """Each chunk's outcomes, read and analysed in this process as the batch engine and a worker would."""
    for key, sources in chunks:
        items, unreadable = read_chunk(sources)
        yield key, unreadable + analyze_chunk(items, language=language)


def _refusal(outcome: Outcome) -> str:
    """Why an outcome is not kept ('' when it is): it could not be analysed. (A NUL, which PostgreSQL's text
    cannot hold, is no reason: the analysed text is without control characters.)"""
    return "" if outcome.analysis is not None else outcome.error or "not analysed"


def _new_article(outcome: Outcome) -> NewArticle:
    """What the library keeps of an analysed article: its title; as its source the file's name or the JSON
    Lines record's id (else ``feed.jsonl:LINE``); a record's ``url``, ``author`` and ``published`` date."""
    metadata = outcome.metadata
    source = Path(outcome.source).name if outcome.id == outcome.source else outcome.id
    return NewArticle(outcome.analysis, title=outcome.title, source=source, url=_string(metadata, "url"),
                      author=_string(metadata, "author"), published=_date(metadata.get("published")))


def _string(metadata: dict[str, Any], key: str) -> str:
    value = metadata.get(key)
    return value.strip() if isinstance(value, str) else ""


def _date(value: Any) -> date | None:
    """An ISO date (or the date of an ISO timestamp); None for anything else."""
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None
