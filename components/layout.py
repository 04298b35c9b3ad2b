"""What every page shares: page set-up (the warm-up at a server's start, the articles of the page
address), the navigation, the article picker and its language in the sidebar, and the guard for pages
that need an analysis (the library pages need none). Streamlit glue.

NewsLens uses Streamlit's ``pages/`` folder (``app.py`` is the start page); the sidebar's links are
drawn here so that they carry titles and icons (``client.showSidebarNavigation`` is off).
"""

from __future__ import annotations

import streamlit as st

from extraction.result import SUPPORTED_LANGUAGES

from . import address, library_store, resources, state
from .highlight import escape_markdown
from .runner import reanalysed
from .vocabulary import language_name

START = ("app.py", "Analyse", ":material/edit_note:")
ANALYSIS_PAGES = (
    ("pages/entities.py", "Entities", ":material/format_ink_highlighter:"),
    ("pages/timeline.py", "Spending timeline", ":material/timeline:"),
    ("pages/people.py", "People & organisations", ":material/groups:"),
    ("pages/export.py", "Export", ":material/download:"),
)
# Pages over the article library: they read the library, not the session's analyses.
LIBRARY_PAGES = (
    ("pages/library.py", "Library", ":material/local_library:"),
    ("pages/combined.py", "Across articles", ":material/stacked_line_chart:"),
)


def page(title: str, icon: str) -> None:
    """Browser tab title and icon, wide layout; the articles the address names, the sidebar, and the
    address naming the articles shown."""
    st.set_page_config(page_title=f"{title} · NewsLens", page_icon=icon, layout="wide")
    resources.warm_up()
    address.restore()
    sidebar()
    address.show(state.results(), state.selected_index())


def analysis_page(path: str) -> state.Result:
    """Set up the page at ``path`` (one of ``ANALYSIS_PAGES``) to show the selected analysis: title,
    article, notes; without any analysis, a pointer to the start page instead (and the page stops)."""
    title, icon = next((t, i) for p, t, i in ANALYSIS_PAGES if p == path)
    page(title, icon)
    st.title(title)
    if not state.results():
        st.info("No article analysed yet.", icon=":material/info:")
        st.page_link(START[0], label="Paste, upload or pick an example article", icon=START[2])
        st.stop()
    result = state.selected()
    st.caption(escape_markdown(f"{result.article.title} · {result.article.name}"))
    for note in result.analysis.notes:
        st.warning(note, icon=":material/translate:")
    return result


def library_page(path: str) -> None:
    """Set up the page at ``path`` (one of ``LIBRARY_PAGES``): title and icon, sidebar, heading."""
    title, icon = next((t, i) for p, t, i in LIBRARY_PAGES if p == path)
    page(title, icon)
    st.title(title)


def page_links(*, with_start: bool) -> None:
    """Links to the analysis pages, with their icons."""
    for path, title, icon in ((START, *ANALYSIS_PAGES) if with_start else ANALYSIS_PAGES):
        st.page_link(path, label=title, icon=icon)


def library_links() -> None:
    """Links to the library pages, with their icons."""
    for path, title, icon in LIBRARY_PAGES:
        st.page_link(path, label=title, icon=icon)


def sidebar() -> None:
    """Navigation, then the article the pages show and its language (changing it analyses again)."""
    with st.sidebar:
        st.markdown("### :material/travel_explore: NewsLens")
        page_links(with_start=True)
        st.caption("Over many articles")
        library_links()
        st.divider()
        results = state.results()
        if not results:
            st.caption("No article analysed yet.")
            return
        # No key: the choice lives in session state (a keyed widget would reset on every page switch),
        # and ``index`` makes the picker show it on whichever page is open.
        choice = st.selectbox("Article", range(len(results)), index=state.selected_index(),
                              format_func=lambda i: results[i].label(i))
        state.select(choice)
        language_picker()


def language_picker() -> None:
    """The shown article's language, detected or chosen; a new choice re-runs its analysis."""
    index, result = state.selected_index(), state.selected()
    choices = list(dict.fromkeys([*SUPPORTED_LANGUAGES, result.analysis.language]))
    # Keyed by article and language: a new analysis starts from its own language, never a stale choice.
    key = f"newslens.sidebar.language.{index}.{result.analysis.text_sha256[:12]}.{result.analysis.language}"
    chosen = st.selectbox("Language", choices, index=choices.index(result.analysis.language),
                          format_func=language_name, key=key,
                          help="Change it if the detection was wrong: the article is analysed again.")
    st.caption(f"{language_name(result.analysis.language)}: {result.language_source}")
    if chosen != result.analysis.language:
        state.update(index, kept_again(reanalysed(result, language=chosen)))
        st.rerun()


def kept_again(result: state.Result) -> state.Result:
    """A re-analysed article that is in the library replaces its stored analysis there (a failure to
    save is a warning; the new analysis is shown all the same)."""
    if result.library_id is None:
        return result
    kept, notes, problems = library_store.keep([result])
    for note in notes:  # what was kept, and corrections the new analysis no longer holds the facts of
        st.toast(escape_markdown(note), icon=":material/local_library:")
    for problem in problems:
        st.toast(escape_markdown(problem), icon=":material/warning:")
    return kept[0]
