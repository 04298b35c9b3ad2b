"""Analysing a batch of articles with progress shown. Streamlit glue: problems become messages."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import streamlit as st

from extraction import EmptyTextError
from extraction.language import detect_language

from . import resources
from .highlight import escape_markdown
from .inputs import Article
from .state import Result
from .vocabulary import language_name

log = logging.getLogger(__name__)


def analyse_all(articles: Sequence[Article]) -> tuple[list[Result], list[str]]:
    """Each article analysed in turn under a status box with a progress bar."""
    results, problems = [], []
    count = len(articles)
    with st.status(f"Analysing {count} article{'s' if count != 1 else ''}…", expanded=True) as status:
        progress = st.progress(0.0)
        for done, article in enumerate(articles):
            detection = None if article.language else detect_language(article.text)
            language = article.language or detection.language
            status.update(label=f"Preparing the {language_name(language)} model (the first time takes a few seconds)…")
            resources.pipeline(language)
            status.update(label=f"Analysing {done + 1} of {count}: {escape_markdown(article.name)}")
            try:
                results.append(Result(article, resources.analysis(article.text, language), detection))
            except EmptyTextError:
                problems.append(f"“{article.name}” holds no text to analyse.")
            except Exception as error:  # an article must never take the page down
                log.exception("analysis of %s failed", article.name)
                problems.append(f"“{article.name}” could not be analysed ({type(error).__name__}). "
                                "Please report this article to the NewsLens team.")
            progress.progress((done + 1) / count, text=f"{done + 1} of {count} done")
        status.update(label=f"Analysed {len(results)} of {count} article{'s' if count != 1 else ''}",
                      state="complete" if results else "error", expanded=False)
    return results, problems


def reanalysed(result: Result, *, language: str) -> Result:
    """The same article analysed as ``language`` (the user corrected the detection)."""
    with st.spinner(f"Analysing as {language_name(language)}…"):
        return result.with_analysis(resources.analysis(result.article.text, language))
