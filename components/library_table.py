"""The library's articles as a table (a pandas DataFrame), and the words that name an article in a
picker, a chart legend or a table column."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from library import StoredArticle
from library.combine import Source

from .vocabulary import language_name

ARTICLE_COLUMNS = ["Title", "Date", "Language", "People", "Organisations", "Source", "Added"]
_NAMES_SHOWN = 4


def articles_table(articles: Sequence[StoredArticle]) -> pd.DataFrame:
    """One row per article, in the given order: its date (the text's, else the day it was added), the
    people and organisations it names (the first few), where it came from (its web address, file name
    or 'pasted')."""
    rows = [{
        "Title": a.title, "Date": a.date, "Language": language_name(a.language),
        "People": names([p.name for p in a.analysis.people]),
        "Organisations": names([o.name for o in a.analysis.organizations]),
        "Source": a.url or a.source or "pasted", "Added": a.added.strftime("%Y-%m-%d %H:%M"),
    } for a in articles]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def names(items: Sequence[str]) -> str:
    """'Lei Jun, Luo Fuli, Zhang Duo, Lu Weibing +2 more'."""
    shown = ", ".join(items[:_NAMES_SHOWN])
    return f"{shown} +{len(items) - _NAMES_SHOWN} more" if len(items) > _NAMES_SHOWN else shown


def article_label(article: StoredArticle, *, width: int = 80) -> str:
    """'2025-04-02 · Alibaba to pour 380 billion yuan… (English) · #3': how pickers name an article. The
    library number (the one ``python -m library`` takes) keeps labels apart: a picker tells its options
    by their labels, and two shortened titles of one day can be the same."""
    title = article.title if len(article.title) <= width else article.title[:width - 1] + "…"
    return f"{article.date.isoformat()} · {title} ({language_name(article.language)}) · #{article.id}"


def source_label(source: Source, *, width: int = 40) -> str:
    """'Alibaba to pour 380 billion… (2 Apr 2025)': a source article in a chart legend or a table."""
    title = source.title if len(source.title) <= width else source.title[:width - 1] + "…"
    return f"{title} ({day_words(source.date)})"


def day_words(day: date) -> str:
    """'2 Apr 2025'."""
    return f"{day.day} {day:%b %Y}"
