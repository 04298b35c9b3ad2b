"""The session's analyses and the article the pages show. Streamlit glue, keys namespaced 'newslens.'.

Analyses live in session state, so moving between pages never re-runs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import streamlit as st

from extraction import Analysis
from extraction.language import Detection

from .inputs import Article
from .vocabulary import language_name

RESULTS = "newslens.results"
MESSAGES = "newslens.messages"
ARTICLE = "newslens.article"


@dataclass(frozen=True)
class Result:
    """An article, its analysis and how its language was found (None: the user chose it)."""

    article: Article
    analysis: Analysis
    detection: Detection | None

    @property
    def language_source(self) -> str:
        """'detected, 99 %' or 'chosen'."""
        if self.detection is None or self.detection.language != self.analysis.language:
            return "chosen"
        return f"detected, {self.detection.confidence:.0%}"

    def label(self, index: int) -> str:
        """'1 · Xiaomi wirbt … (German)': how the article picker names it."""
        title = self.article.title if len(self.article.title) <= 70 else self.article.title[:69] + "…"
        return f"{index + 1} · {title} ({language_name(self.analysis.language)})"

    def with_analysis(self, analysis: Analysis) -> Result:
        return replace(self, analysis=analysis)


def results() -> list[Result]:
    """The analysed articles, in the order they were given."""
    return st.session_state.get(RESULTS, [])


def store(new_results: Sequence[Result], *, messages: Sequence[str]) -> None:
    """Keep the results of an Analyse click (the previous ones if nothing new came out) and its messages."""
    if new_results:
        st.session_state[RESULTS] = list(new_results)
        st.session_state[ARTICLE] = 0
    st.session_state[MESSAGES] = list(messages)


def update(index: int, result: Result) -> None:
    """Replace one result, e.g. after its language was changed."""
    current = results()
    st.session_state[RESULTS] = [*current[:index], result, *current[index + 1:]]


def messages() -> list[str]:
    """Problems found by the last Analyse click (kept until the next one)."""
    return st.session_state.get(MESSAGES, [])


def select(index: int) -> None:
    """Show the ``index``-th article on every page."""
    st.session_state[ARTICLE] = index


def selected_index() -> int:
    """Index of the article the pages show (chosen in the sidebar)."""
    index = st.session_state.get(ARTICLE, 0)
    return index if 0 <= index < len(results()) else 0


def selected() -> Result:
    """The article the pages show; the app only runs pages once there is one."""
    return results()[selected_index()]
