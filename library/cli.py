"""``python -m library``: the article library from the command line.

    python -m library list [--search TEXT]
    python -m library add FILE [FILE ...] [--language de]   # analyse and keep (a FILE may be an http(s) address)
    python -m library show ID                                # the stored analysis (contract JSON)
    python -m library delete ID
    python -m library export FILE.jsonl                      # the whole library, one article per line
    python -m library import FILE.jsonl
    python -m library corrections [ID]                       # an analyst's corrections, oldest first
    python -m library undo CORRECTION_ID                     # take one back
    python -m library gold ID [ID ...] --out FILE.gold.json  # facts as corrected, in the shared gold format
    python -m library report ID [ID ...] --out report.pdf    # a finished report (.pdf or .docx)

The library file is in ``NEWSLENS_DATA_DIR`` (else the user's data folder). Errors end with exit
status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .corrections import described
from .gold import write_gold
from .store import Library, LibraryError, StoredArticle

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
