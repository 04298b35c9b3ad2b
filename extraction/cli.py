"""``python -m extraction analyze``: article files in, contract JSON out.

One FILE prints one JSON object; several FILEs, or ``--lines FILE`` (each non-blank line its own
document), print JSON Lines in order. ``-`` reads standard input. ``--save`` also keeps every
article in the library (``python -m library``) and reports progress on stderr, so a folder of
articles loads at once. An article over the size limit (``size_limit``, or ``--max-chars``) is
analysed up to the last sentence end before it, with a warning line on stderr. Any input that
cannot be analysed ends the run, before anything is analysed or kept, with exit status 2 and one
line on stderr naming the file and the reason; no input ever ends it with a traceback.

An http(s) address in place of a FILE opens the article on that web page (``web_fetch``).
``python -m extraction batch`` analyses many articles on Dask (``batch_cli``).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from . import batch_cli
from .analyzer import analyze_many
from .documents import Document, DocumentError, read_document, title_of
from .result import Analysis
from .size_limit import HIGHEST_LIMIT, MAX_CHARS, first_part, over_limit
from .text import without_controls
from .web_fetch import fetch_document, is_url

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class InputError(Exception):
    """An input that cannot be analysed; the message names it."""


def main(argv: list[str] | None = None) -> int:
    # Readers log what they repair (pypdf: "EOF marker not found"); stderr carries NewsLens's lines only.
    logging.getLogger().addHandler(logging.NullHandler())
    args = _parser().parse_args(argv)
    if args.command == "batch":
        return batch_cli.main(args)
    documents: list[Document] = []
    done = 0
    try:
        documents = list(_documents(args))
        results = analyze_many((d.text for d in documents), language=args.language)
        if args.save:
            results = _kept(results, documents=documents)
        single = len(args.files) == 1 and not args.lines
        for result in results:
            indent = 2 if single else None
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=indent))
            done += 1
    except InputError as error:
        return _fail(str(error), status=EXIT_BAD_INPUT)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a defect, never the user's fault: one line saying which article, no traceback
        name = documents[done].name if done < len(documents) else "the input"
        return _fail(f"{name or 'standard input'}: could not be analysed ({type(error).__name__}: {error}); "
                     "please report this article to the NewsLens team", status=EXIT_FAILED)
    return 0


def _fail(message: str, *, status: int) -> int:
    """One line on stderr, no newline inside it; the exit status."""
    print(f"newslens: {' '.join(message.split())}", file=sys.stderr)
    return status


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end the run like bad input: exit status 2 and one line on stderr."""

    def error(self, message: str):  # type: ignore[override]
        raise SystemExit(_fail(f"{message} (see python -m extraction analyze --help)", status=EXIT_BAD_INPUT))


def _character_limit(value: str) -> int:
    """``--max-chars``: a whole number of characters from 1 up to spaCy's limit."""
    try:
        limit = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of characters, not '{value}'") from None
    if not 1 <= limit <= HIGHEST_LIMIT:
        raise argparse.ArgumentTypeError(f"expected 1 to {HIGHEST_LIMIT:,} characters, not {limit:,}")
    return limit


def _language_code(value: str) -> str:
    """``--language``: two letters, as ISO 639-1 writes languages ('de', 'EN' is 'en')."""
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise argparse.ArgumentTypeError(f"expected a two-letter ISO 639-1 code such as de, en or fr, "
                                         f"not '{value}'")
    return value.lower()


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m extraction", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and print the contract JSON")
    analyze.add_argument("files", nargs="+", metavar="FILE",
                         help="article file (TXT, MD, HTML, PDF, DOCX), - for standard input, or an http(s) address")
    analyze.add_argument("--lines", action="store_true", help="each non-blank line of FILE is its own document")
    analyze.add_argument("--language", metavar="CODE", type=_language_code,
                         help="ISO 639-1 code to use instead of detection, e.g. de")
    analyze.add_argument("--save", action="store_true",
                         help="also keep every article in the library (NEWSLENS_DATA_DIR); progress on stderr")
    analyze.add_argument("--max-chars", type=_character_limit, default=MAX_CHARS, metavar="N",
                         help=f"analyse at most N characters of an article, up to the last sentence end before "
                              f"them (default {MAX_CHARS:,}; a warning on stderr says when an article is cut)")
    batch_cli.add_parser(commands)
    return parser


def _documents(args: argparse.Namespace) -> Iterator[Document]:
    for name in args.files:
        document = _read(name)
        if args.lines:  # the file holds text (``read_document``), but a line may hold only control characters
            yield from (_within_limit(Document(name, line, title_of(line)), limit=args.max_chars)
                        for line in document.text.splitlines() if without_controls(line).strip())
        else:
            yield _within_limit(document, limit=args.max_chars)


def _within_limit(document: Document, *, limit: int) -> Document:
    """The document, or its first part up to a sentence end if it is over ``limit``; a warning says so."""
    if len(document.text) <= limit:
        return document
    part = first_part(document.text, limit=limit)
    name = document.name or "standard input"
    print(f"newslens: warning: {over_limit(name, length=len(document.text), limit=limit)} Analysing its "
          f"first {len(part):,} characters, up to a sentence end (--max-chars sets the limit).", file=sys.stderr)
    return Document(document.name, part, document.title)


def _kept(results: Iterator[Analysis], *, documents: list[Document]) -> Iterator[Analysis]:
    """Each analysis, once kept in the library; one progress line per article on stderr."""
    from library.store import Library, LibraryError  # only --save needs the library

    try:
        with Library.open() as library:
            for number, (result, document) in enumerate(zip(results, documents, strict=True), 1):
                source = "" if document.url else Path(document.name).name
                stored = library.save(result, title=document.title, source=source, url=document.url,
                                      author=document.author, published=document.published)
                print(f"[{number}/{len(documents)}] kept #{stored.id}: {stored.title}", file=sys.stderr)
                yield result
    except LibraryError as error:
        raise InputError(f"library: {error}") from None


def _read(name: str) -> Document:
    if is_url(name):
        try:
            return fetch_document(name)
        except DocumentError as error:
            raise InputError(f"{name}: {error}") from None
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    try:
        return read_document(data, name="" if name == "-" else name)
    except DocumentError as error:
        raise InputError(f"{name}: {error}") from None
    except Exception as error:  # a file that breaks a reader (a malformed PDF, say) is still the file's fault
        raise InputError(f"{name}: unreadable file ({type(error).__name__})") from None
