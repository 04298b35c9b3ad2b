"""``python -m extraction analyze``: article files in, contract JSON out.

One FILE prints one JSON object; several FILEs, or ``--lines FILE`` (each non-blank line its own
document), print JSON Lines in order. ``-`` reads standard input. Any input that cannot be analysed
ends the run, before anything is analysed, with exit status 2 and one line on stderr naming the file
and the reason. (Keeping articles in the library is ``python -m library add``: the library is above
this package, which imports nothing of it.)

An http(s) address in place of a FILE opens the article on that web page (``web_fetch``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import batch_cli
from .analyzer import analyze_many
from .documents import Document, DocumentError, read_document, title_of
from .web_fetch import fetch_document, is_url

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """An input that cannot be analysed; the message names it."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "batch":
        return batch_cli.main(args)
    try:
        documents = list(_documents(args))
        results = analyze_many((d.text for d in documents), language=args.language)
        single = len(args.files) == 1 and not args.lines
        for result in results:
            indent = 2 if single else None
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=indent))
    except InputError as error:
        print(f"newslens: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. piped into head
        return 0
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extraction", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse articles and print the contract JSON")
    analyze.add_argument("files", nargs="+", metavar="FILE",
                         help="article file (TXT, MD, HTML, PDF, DOCX), - for standard input, or an http(s) address")
    analyze.add_argument("--lines", action="store_true", help="each non-blank line of FILE is its own document")
    analyze.add_argument("--language", metavar="CODE", help="ISO 639-1 code to use instead of detection, e.g. de")
    batch_cli.add_parser(commands)
    return parser


def _documents(args: argparse.Namespace) -> Iterator[Document]:
    for name in args.files:
        document = _read(name)
        if args.lines:
            yield from (Document(name, line, title_of(line)) for line in document.text.splitlines() if line.strip())
        elif not document.text.strip():
            raise InputError(f"{name}: empty input")
        else:
            yield document


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
