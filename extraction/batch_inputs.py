"""What a batch reads: files, folders and JSON Lines files listed as article sources.

The client only lists sources (cheap: paths, and the line offsets of JSON Lines files) and reads their
bytes when a chunk is sent; a worker turns the bytes into an ``Article`` (``parse_article``), so decoding,
HTML and PDF extraction run in parallel too. A JSON Lines record has a ``text``, an optional ``id`` and
any other fields, which travel along as metadata.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .documents import SUPPORTED_SUFFIXES, DocumentError, read_document, title_of

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")


class BatchInputError(Exception):
    """An input the batch cannot start with (missing, unsupported); the message names it."""


class ArticleError(Exception):
    """One article that cannot be analysed; the batch records ``reason`` under ``id`` and goes on."""

    def __init__(self, reason: str, *, id: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.id = id


@dataclass(frozen=True)
class Source:
    """Where one article is: a document file, or one line of a JSON Lines file."""

    path: str
    line: int | None = None  # 1-based line number in a JSON Lines file
    offset: int = 0  # byte offset of that line
    stamp: str = ""  # changes when the content does; resuming compares it

    @property
    def name(self) -> str:
        """How records and messages name it: the path, with ``:line`` for a JSON Lines record."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def read(self) -> bytes:
        """The file's bytes, or the line's (raises ``OSError``)."""
        if self.line is None:
            return Path(self.path).read_bytes()
        with open(self.path, "rb") as lines:
            lines.seek(self.offset)
            return lines.readline()


@dataclass(frozen=True)
class Article:
    """One article ready to analyse."""

    id: str
    source: str
    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)


def find_sources(inputs: Sequence[str]) -> list[Source]:
    """Every article in ``inputs`` (files, folders searched recursively, JSON Lines files), in order,
    each once. Raises ``BatchInputError`` for a missing input or a file type the batch cannot read."""
    sources: dict[tuple[str, int | None], Source] = {}
    for name in inputs:
        for source in _sources_of(name):
            sources.setdefault((os.path.realpath(source.path), source.line), source)
    if not sources:
        raise BatchInputError(f"no articles in {', '.join(inputs)} (supported: {', '.join(_SUFFIXES)})")
    return list(sources.values())


_SUFFIXES = (*SUPPORTED_SUFFIXES, *JSON_LINES_SUFFIXES)


def _sources_of(name: str) -> Iterator[Source]:
    path = Path(name)
    if path.is_dir():
        for found in _walk(path):
            yield from _file_sources(str(found))
    elif path.is_file():
        if path.suffix.lower() not in _SUFFIXES:
            raise BatchInputError(f"{name}: unsupported file type '{path.suffix}' (use {', '.join(_SUFFIXES)})")
        yield from _file_sources(name)
    else:
        raise BatchInputError(f"{name}: no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder`` in name order; hidden files and folders are skipped."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and Path(file).suffix.lower() in _SUFFIXES:
                yield Path(root) / file


def _file_sources(name: str) -> Iterator[Source]:
    try:
        if Path(name).suffix.lower() in JSON_LINES_SUFFIXES:
            yield from _line_sources(name)
        else:
            status = os.stat(name)
            yield Source(name, stamp=f"{status.st_size}:{status.st_mtime_ns}")
    except OSError as error:
        raise BatchInputError(f"{name}: cannot read ({error.strerror or error})") from None


def _line_sources(name: str) -> Iterator[Source]:
    """One source per non-blank line."""
    offset = 0
    with open(name, "rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield Source(name, line=number, offset=offset, stamp=hashlib.sha256(line).hexdigest()[:16])
            offset += len(line)


def parse_article(source: Source, data: bytes) -> Article:
    """The article in a source's bytes; raises ``ArticleError`` with the reason it cannot be analysed."""
    if source.line is None:
        try:
            document = read_document(data, name=source.path)
        except DocumentError as error:
            raise ArticleError(str(error), id=source.name) from None
        return Article(source.name, source.name, document.title, document.text)
    return _json_article(source, data)


def _json_article(source: Source, data: bytes) -> Article:
    try:
        record = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(f"not valid JSON ({error})", id=source.name) from None
    if not isinstance(record, dict):
        raise ArticleError("not a JSON object", id=source.name)
    id_ = str(record["id"]) if record.get("id") not in (None, "") else source.name
    text = record.get("text")
    if not isinstance(text, str):
        raise ArticleError("no 'text' field with a string", id=id_)
    if not text.strip():
        raise ArticleError("the text is empty", id=id_)
    metadata = {key: value for key, value in record.items() if key not in ("id", "text")}
    title = metadata.get("title")
    return Article(id_, source.name, title if isinstance(title, str) and title else title_of(text), text, metadata)
