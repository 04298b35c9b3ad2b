"""The session's analyses, the article the pages show, the messages of the last Analyse click (each
shown next to the control it is about) and the colours organisations have been drawn in. Streamlit
glue, keys namespaced 'newslens.'.

Analyses live in session state, so moving between pages never re-runs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import streamlit as st

from extraction import Analysis
from extraction.language import Detection

from .inputs import Article
from .palette import organization_colors
from .vocabulary import language_name

RESULTS = "newslens.results"
MESSAGES = "newslens.messages"
NOTES = "newslens.notes"
ARTICLE = "newslens.article"
COLORS = "newslens.colors"
# Where a message is shown: beside the text box, beside the upload box, or under the Analyse button.
TEXT_BOX, UPLOADS, ANALYSIS = "text", "files", "analysis"


@dataclass(frozen=True)
class Result:
    """An article, its analysis and how its language was found (None: the user chose it); where it is
    kept in the library (``library_id``), and whether it was opened from there rather than analysed."""

    article: Article
    analysis: Analysis
    detection: Detection | None
    library_id: int | None = None
    from_library: bool = False

    @property
    def language_source(self) -> str:
        """'detected, 99 %', 'chosen' or 'as kept in the library'."""
        if self.from_library:
            return "as kept in the library"
        if self.detection is None or self.detection.language != self.analysis.language:
            return "chosen"
        return f"detected, {self.detection.confidence:.0%}"

    def label(self, index: int) -> str:
        """'1 · Xiaomi wirbt … (German)': how the article picker names it."""
        title = self.article.title if len(self.article.title) <= 70 else self.article.title[:69] + "…"
        return f"{index + 1} · {title} ({language_name(self.analysis.language)})"

    def with_analysis(self, analysis: Analysis) -> Result:
        """The same article analysed again (so no longer as the library kept it)."""
        return replace(self, analysis=analysis, from_library=False)

    def kept(self, library_id: int, *, analysis: Analysis | None = None) -> Result:
        """The same result, now saved in the library as article ``library_id`` (with ``analysis``: as
        the library reads it, corrections applied)."""
        return replace(self, library_id=library_id, analysis=analysis or self.analysis)


def results() -> list[Result]:
    """The analysed articles, in the order they were given."""
    return st.session_state.get(RESULTS, [])


def store(new_results: Sequence[Result], *, messages: Iterable[tuple[str, str]] = (),
          notes: Sequence[str] = ()) -> None:
    """Keep the results of an Analyse click (the previous ones if nothing new came out), its problems
    (``messages``: where to show each, and what it says) and what else it did (``notes``, e.g. what was
    kept in the library)."""
    if new_results:
        st.session_state[RESULTS] = list(new_results)
        st.session_state[ARTICLE] = 0
    st.session_state[MESSAGES] = list(messages)
    st.session_state[NOTES] = list(notes)


def add(result: Result) -> int:
    """Show ``result`` on every page beside the session's other articles (in place of the same text
    if it is there already); returns its index."""
    current = results()
    index = next((i for i, r in enumerate(current) if r.analysis.text_sha256 == result.analysis.text_sha256),
                 len(current))
    st.session_state[RESULTS] = [*current[:index], result, *current[index + 1:]]
    select(index)
    return index


def update(index: int, result: Result) -> None:
    """Replace one result, e.g. after its language was changed."""
    current = results()
    st.session_state[RESULTS] = [*current[:index], result, *current[index + 1:]]


def messages(place: str) -> list[str]:
    """Problems the last Analyse click found with what is shown at ``place`` (kept until the next click)."""
    return [text for where, text in st.session_state.get(MESSAGES, []) if where == place]


def notes() -> list[str]:
    """What the last Analyse click did besides analysing (kept until the next one)."""
    return st.session_state.get(NOTES, [])


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


def organization_colors_for(names: Iterable[str]) -> dict[str, str]:
    """A colour for each organisation, the one it had on any chart of this session if it had one."""
    colors = organization_colors(names, known=st.session_state.get(COLORS))
    st.session_state[COLORS] = colors
    return colors
