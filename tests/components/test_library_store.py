"""The library as the dashboard uses it: what a session's article takes into the library with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from components import library_store
from components.inputs import Article
from components.state import Result
from extraction import analyze
from library.corrections import correction, mention_fact

TEXT = "Microsoft hires Jane Doe from Google. Microsoft will invest $80 billion in 2025."
URL = "https://news.example/2025/microsoft-hires"


def test_a_web_article_corrected_before_it_was_kept_keeps_its_address_byline_and_date(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    monkeypatch.setenv("NEWSLENS_DATA_DIR", str(tmp_path))
    analysis = analyze(TEXT, language="en")
    article = Article(name=URL, title="Microsoft hires Jane Doe", text=TEXT, language="en", url=URL,
                      author="Jane Whitfield", published=date(2025, 3, 14))
    mention = analysis.entities[0]
    fix = correction(target="entity", action="change", fact=mention_fact(mention),
                     values={"label": "PRODUCT" if mention.label != "PRODUCT" else "ORG"}, author="ana")
    corrected, note = library_store.correct(Result(article, analysis, detection=None), fix)
    assert note and corrected.library_id is not None
    kept = library_store.article(corrected.library_id)
    assert (kept.url, kept.author, kept.source, kept.published) == (URL, "Jane Whitfield", "", date(2025, 3, 14))
    assert [c.id for c in kept.corrections] == [fix.id]
