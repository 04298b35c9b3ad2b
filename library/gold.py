"""An article's facts, as corrected, in the shared gold format that ``score_articles.py`` reads:
``{file name: {language, people: [{name, affiliations: [{org, status, role}]}], organizations: [[name,
alias, ...]], figures: [{amount, currency, start, end, kind, status}]}}``. A corrected article becomes
test data for the extractor.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extraction.result import Analysis

from .corrections import name_key
from .store import StoredArticle


def gold_facts(analysis: Analysis) -> dict[str, Any]:
    """One article's gold entry. Every organisation a tie names is among the organisations (under the
    article's name for it), so that the scorer matches each tie to a group."""
    groups = [[o.name, *o.aliases] for o in analysis.organizations]
    known = {name_key(name) for group in groups for name in group}
    for person in analysis.people:
        for tie in person.affiliations:
            if name_key(tie.organization) not in known:
                groups.append([tie.organization])
                known.add(name_key(tie.organization))
    return {
        "language": analysis.language,
        "people": [{"name": p.name, "affiliations": [{"org": a.organization, "status": a.status, "role": a.role}
                                                     for a in p.affiliations]} for p in analysis.people],
        "organizations": groups,
        "figures": [{"amount": f.amount, "currency": f.currency, "start": f.period_start, "end": f.period_end,
                     "kind": f.kind, "status": f.status} for f in analysis.figures],
    }


def file_names(articles: Sequence[StoredArticle]) -> list[str]:
    """The file name each article's text goes by in a gold file: its source's name as plain text (the
    analysed text, whatever the file was), else 'article-ID.txt'; unique."""
    names: list[str] = []
    for article in articles:
        stem = Path(article.source).stem if article.source else f"article-{article.id}"
        name = f"{stem}.txt" if f"{stem}.txt" not in names else f"{stem}-{article.id}.txt"
        names.append(name)
    return names


def gold_file(articles: Sequence[StoredArticle]) -> dict[str, dict[str, Any]]:
    """The gold entries of ``articles``, keyed by file name."""
    return {name: gold_facts(article.analysis) for name, article in zip(file_names(articles), articles, strict=True)}


def write_gold(articles: Sequence[StoredArticle], *, out: Path) -> list[Path]:
    """Write the gold file and, beside it, each article's text under its file name (so that
    ``score_articles.py --gold OUT --texts OUT's folder`` measures the extractor on them). Returns the
    texts written."""

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(gold_file(articles), ensure_ascii=False, indent=2) + "\n", "utf-8")
    texts = []
    for name, article in zip(file_names(articles), articles, strict=True):
        path = out.parent / name
        path.write_text(article.analysis.text, "utf-8")
        texts.append(path)
    return texts
