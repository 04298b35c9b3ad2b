"""The library's articles as a table and the labels that name them."""

from __future__ import annotations

from components.library_table import ARTICLE_COLUMNS, article_label, articles_table, names
from library import StoredArticle


def test_a_row_per_article_with_date_people_organisations_and_source(alibaba_articles: list[StoredArticle]) -> None:
    table = articles_table(alibaba_articles)
    assert list(table.columns) == ARTICLE_COLUMNS and len(table) == 2
    first = table.iloc[0]
    assert first["Date"].isoformat() == "2025-04-02" and first["Language"] == "English"
    assert "Eddie Wu" in first["People"] and "Alibaba Group" in first["Organisations"]
    assert first["Source"] == "alibaba_april.txt"


def test_a_web_article_is_listed_by_its_address(alibaba_articles: list[StoredArticle]) -> None:
    from dataclasses import replace

    web = replace(alibaba_articles[0], source="", url="https://news.example/alibaba")
    pasted = replace(alibaba_articles[1], source="")
    assert list(articles_table([web, pasted])["Source"]) == ["https://news.example/alibaba", "pasted"]


def test_long_lists_and_titles_are_shortened() -> None:
    assert names(["A", "B", "C", "D", "E", "F"]) == "A, B, C, D +2 more"
    assert names(["A"]) == "A"


def test_article_label_names_date_title_and_language(alibaba_articles: list[StoredArticle]) -> None:
    first = alibaba_articles[0]
    assert article_label(first, width=20) == f"2025-04-02 · Alibaba to pour 380… (English) · #{first.id}"
