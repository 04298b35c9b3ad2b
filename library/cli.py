"""``python -m library``: the article library from the command line.

    python -m library list [--search TEXT]
    python -m library add FILE [FILE ...] [--language de]   # analyse and keep (a FILE may be an http(s) address)
    python -m library show ID                                # the stored analysis (contract JSON)
    python -m library delete ID
    python -m library export FILE.jsonl                      # the whole library, one article per line
    python -m library import FILE.jsonl

The library file is in ``NEWSLENS_DATA_DIR`` (else the user's data folder). Errors end with exit
status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .store import Library, LibraryError

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with Library.open() as library:
            return args.run(library, args)
    except (LibraryError, OSError) as error:
        print(f"newslens library: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m library", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="articles, newest first")
    listing.add_argument("--search", default="", help="part of a title, a person's or an organisation's name")
    listing.set_defaults(run=_list)
    add = commands.add_parser("add", help="analyse files and keep them")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--language", metavar="CODE", help="ISO 639-1 code instead of detection")
    add.set_defaults(run=_add)
    show = commands.add_parser("show", help="print an article's analysis (contract JSON)")
    show.add_argument("id", type=int)
    show.set_defaults(run=_show)
    delete = commands.add_parser("delete", help="remove an article")
    delete.add_argument("id", type=int)
    delete.set_defaults(run=_delete)
    export = commands.add_parser("export", help="write the whole library as JSON Lines")
    export.add_argument("file", type=Path)
    export.set_defaults(run=_export)
    load = commands.add_parser("import", help="add the articles of an export")
    load.add_argument("file", type=Path)
    load.set_defaults(run=_import)
    return parser


def _list(library: Library, args: argparse.Namespace) -> int:
    for article in library.articles(search=args.search):
        people = ", ".join(p.name for p in article.analysis.people[:4])
        print(f"{article.id:5d}  {article.date.isoformat()}  {article.language}  {article.title}"
              + (f"  [{people}]" if people else ""))
    return 0


def _add(library: Library, args: argparse.Namespace) -> int:
    from extraction.analyzer import analyze  # the only command that needs the NLP pipelines
    from extraction.documents import DocumentError, read_document
    from extraction.web_fetch import fetch_document, is_url

    for name in args.files:
        try:
            document = fetch_document(name) if is_url(name) else read_document(Path(name).read_bytes(), name=name)
        except (DocumentError, OSError) as error:
            raise LibraryError(f"{name}: {error}") from None
        stored = library.save(analyze(document.text, language=args.language), title=document.title,
                              source="" if document.url else Path(name).name, url=document.url,
                              author=document.author, published=document.published)
        print(f"{stored.id:5d}  {stored.title}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    try:
        article = library.get(args.id)
    except KeyError:
        raise LibraryError(f"no article {args.id}") from None
    print(json.dumps(article.analysis.to_dict(), ensure_ascii=False, indent=2))
    return 0


def _delete(library: Library, args: argparse.Namespace) -> int:
    if not library.delete(args.id):
        raise LibraryError(f"no article {args.id}")
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    with args.file.open("w", encoding="utf-8") as out:
        count = library.export_jsonl(out)
    print(f"{count} articles written to {args.file}")
    return 0


def _import(library: Library, args: argparse.Namespace) -> int:
    with args.file.open(encoding="utf-8") as lines:
        report = library.import_jsonl(lines)
    print(f"{report.added} articles added, {report.already_there} already in the library")
    return 0
