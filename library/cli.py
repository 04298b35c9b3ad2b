"""``python -m library``: the article library from the command line.

    python -m library list [--search TEXT]
    python -m library add INPUT [INPUT ...] [--language de]  # analyse and keep files, folders, JSON Lines, addresses
    python -m library add feed.jsonl --workers 2             # ... on a local Dask cluster (or --scheduler ADDRESS)
    python -m library show ID                                # the stored analysis (contract JSON)
    python -m library delete ID
    python -m library export FILE.jsonl                      # the whole library, one article per line
    python -m library import FILE.jsonl
    python -m library corrections [ID]                       # an analyst's corrections, oldest first
    python -m library undo CORRECTION_ID                     # take one back
    python -m library gold ID [ID ...] --out FILE.gold.json  # facts as corrected, in the shared gold format
    python -m library report ID [ID ...] --out report.pdf    # a finished report (.pdf or .docx)

The library is on the PostgreSQL server ``NEWSLENS_DATABASE_URL`` names, else an SQLite file in
``NEWSLENS_DATA_DIR`` (else in the user's data folder). Errors end with exit status 2 and one line on
stderr (``add``: one line per input that was not kept; the others are kept).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .corrections import described
from .gold import write_gold
from .store import Library, LibraryError, StoredArticle

if TYPE_CHECKING:
    from distributed import Client

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
DEFAULT_CHUNK = 50  # articles per transaction and per Dask task


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
    add = commands.add_parser("add", help="analyse articles and keep them, a transaction per chunk")
    add.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="article file, folder (searched recursively), JSON Lines file (a 'text' per line) or "
                          "http(s) address")
    add.add_argument("--language", metavar="CODE", help="ISO 639-1 code instead of detection")
    engine = add.add_mutually_exclusive_group()
    engine.add_argument("--workers", type=_positive, metavar="N",
                        help="analyse on a local Dask cluster of N worker processes (default: in this process)")
    engine.add_argument("--scheduler", metavar="ADDRESS", help="analyse on an existing Dask cluster, "
                                                                "e.g. tcp://host:8786")
    add.add_argument("--chunk-size", type=_positive, default=DEFAULT_CHUNK, metavar="N",
                     help=f"articles per transaction and per Dask task (default {DEFAULT_CHUNK})")
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
    listed = commands.add_parser("corrections", help="list the corrections of one article or of all")
    listed.add_argument("id", type=int, nargs="?")
    listed.set_defaults(run=_corrections)
    undo = commands.add_parser("undo", help="take a correction back (its id, as corrections lists it)")
    undo.add_argument("correction")
    undo.set_defaults(run=_undo)
    gold = commands.add_parser("gold", help="write articles' facts (as corrected) as a gold file for "
                                            "score_articles.py, their texts beside it")
    gold.add_argument("ids", type=int, nargs="+", metavar="ID")
    gold.add_argument("--out", type=Path, required=True, metavar="FILE.gold.json")
    gold.set_defaults(run=_gold)
    report = commands.add_parser("report", help="write a report of one article or several (PDF or DOCX)")
    report.add_argument("ids", type=int, nargs="+", metavar="ID")
    report.add_argument("--out", type=Path, required=True, metavar="report.pdf|report.docx")
    report.set_defaults(run=_report)
    return parser


def _list(library: Library, args: argparse.Namespace) -> int:
    for article in library.articles(search=args.search):
        people = ", ".join(p.name for p in article.analysis.people[:4])
        print(f"{article.id:5d}  {article.date.isoformat()}  {article.language}  {article.title}"
              + (f"  [{people}]" if people else ""))
    return 0


def _add(library: Library, args: argparse.Namespace) -> int:
    from extraction.batch_inputs import BatchInputError, find_sources  # the NLP and Dask load for this command only
    from extraction.web_fetch import is_url

    from .adding import Failure, add_addresses, add_sources

    urls = [name for name in args.inputs if is_url(name)]
    names = [name for name in args.inputs if not is_url(name)]
    try:
        sources = find_sources(names) if names else []
    except BatchInputError as error:
        raise LibraryError(str(error)) from None
    failures: list[Failure] = []

    def report(kept: list[StoredArticle], failed: list[Failure]) -> None:
        for article in kept:
            print(f"{article.id:5d}  {article.title}", flush=True)
        for failure in failed:
            print(f"newslens library: {failure.name}: {failure.reason}", file=sys.stderr, flush=True)
        failures.extend(failed)

    try:
        add_addresses(library, urls, language=args.language, on_kept=report)
        if sources:
            with _cluster(args) as client:
                add_sources(library, sources, language=args.language, client=client, chunk_size=args.chunk_size,
                            on_kept=report)
    except KeyboardInterrupt:
        print("newslens library: interrupted; the articles listed above are kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_BAD_INPUT if failures else 0


@contextmanager
def _cluster(args: argparse.Namespace) -> Iterator[Client | None]:
    """The Dask cluster ``--workers`` or ``--scheduler`` asks for, else None (analysis in this process)."""
    if not (args.workers or args.scheduler):
        yield None
        return
    from extraction.batch import ClusterError, open_cluster

    try:
        with open_cluster(workers=args.workers, scheduler=args.scheduler, language=args.language) as client:
            print(f"newslens library: Dask scheduler {client.scheduler.address}"
                  + (f", dashboard {client.dashboard_link}" if client.dashboard_link else ""), file=sys.stderr)
            yield client
    except ClusterError as error:
        raise LibraryError(str(error)) from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


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
    print(f"{report.added} articles added, {report.already_there} already in the library, "
          f"{report.corrections} corrections added")
    return 0


def _chosen(library: Library, ids: list[int]) -> list[StoredArticle]:
    articles = []
    for article_id in ids:
        try:
            articles.append(library.get(article_id))
        except KeyError:
            raise LibraryError(f"no article {article_id}") from None
    return articles


def _corrections(library: Library, args: argparse.Namespace) -> int:
    articles = _chosen(library, [args.id]) if args.id is not None else library.articles()
    for article in articles:
        for item in article.corrections:
            state = "" if item.applied else "  [no longer applies]"
            note = f"  ({item.note})" if item.note else ""
            print(f"{item.id}  {article.id:5d}  {item.created[:16].replace('T', ' ')}  {item.author}  "
                  f"{described(item)}{note}{state}")
    return 0


def _undo(library: Library, args: argparse.Namespace) -> int:
    article = library.undo(args.correction)
    if article is None:
        raise LibraryError(f"no correction {args.correction}")
    print(f"undone; article {article.id} has {len(article.corrections)} corrections left")
    return 0


def _gold(library: Library, args: argparse.Namespace) -> int:
    texts = write_gold(_chosen(library, args.ids), out=args.out)
    print(f"{len(texts)} articles written to {args.out}, their texts beside it")
    return 0


def _report(library: Library, args: argparse.Namespace) -> int:
    from components.report import REPORT_FORMATS, write_report  # charts and layout: only this command needs them

    for chatty in ("kaleido", "choreographer"):  # the chart renderer's progress is not the user's business
        logging.getLogger(chatty).setLevel(logging.WARNING)
    if args.out.suffix.lower().lstrip(".") not in REPORT_FORMATS:
        raise LibraryError(f"{args.out}: a report is .pdf or .docx")
    write_report(_chosen(library, args.ids), out=args.out)
    print(f"report written to {args.out}")
    return 0
