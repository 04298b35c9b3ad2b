"""The page address names the articles being worked on, so that a reload, a bookmark or a shared link
opens them again: ``?article=12`` is the library's article 12, the one the pages show; ``&also=7,9``
the session's other articles. An article not kept in the library goes by its text's fingerprint
(``?article=t3f2a…``) and is found again while the server that analysed it runs (Streamlit keeps no
state across a reload; the server does). Streamlit glue.
"""

from __future__ import annotations

import streamlit as st

from library import LibraryError

from . import library_store, resources, state
from .highlight import escape_markdown

ARTICLE = "article"
OTHERS = "also"
_UNKEPT = "t"  # first letter of the reference of an article not kept in the library


def reference(result: state.Result) -> str:
    """How the address names an article: its library id, else ``t`` and its text's fingerprint."""
    if result.library_id is not None:
        return str(result.library_id)
    return _UNKEPT + result.analysis.text_sha256[:16]


def show(results: list[state.Result], selected: int) -> None:
    """Write the session's articles into the address (the shown one first); remember the ones not in the
    library, so that the address finds them."""
    wanted: dict[str, str] = {}
    if results:
        references = [reference(r) for r in results]
        for result, name in zip(results, references, strict=True):
            if name.startswith(_UNKEPT):
                resources.recent_results().keep(name, result)
        wanted[ARTICLE] = references[selected]
        others = [name for index, name in enumerate(references) if index != selected]
        if others:
            wanted[OTHERS] = ",".join(others)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def restore() -> None:
    """At the start of a session (nothing analysed in it yet), open the articles the address names; say
    which of them cannot be found any more."""
    if state.results() or ARTICLE not in st.query_params:
        return
    named = [st.query_params[ARTICLE], *filter(None, st.query_params.get(OTHERS, "").split(","))]
    found, missing = [], []
    for name in named:
        result = _find(name)
        (found if result is not None else missing).append(result or name)
    if found:
        state.store(found)
        if _find_index(found, named[0]) is not None:
            state.select(_find_index(found, named[0]))
    if missing:
        st.warning(escape_markdown(_missing_message(missing)), icon=":material/link_off:")


def _find(name: str) -> state.Result | None:
    if name.startswith(_UNKEPT):
        result = resources.recent_results().get(name)
        return result if isinstance(result, state.Result) else None
    if not name.isdigit():
        return None
    try:
        stored = library_store.article(int(name))
    except LibraryError:
        return None
    return library_store.result_of(stored) if stored is not None else None


def _find_index(found: list[state.Result], name: str) -> int | None:
    return next((i for i, result in enumerate(found) if reference(result) == name), None)


def _missing_message(missing: list[str]) -> str:
    kept = [name for name in missing if not name.startswith(_UNKEPT)]
    unkept = len(missing) - len(kept)
    parts = [f"article {', '.join(kept)} of the page address is no longer in the library"] if kept else []
    if unkept:
        parts.append(f"{unkept} article{'s' if unkept != 1 else ''} of the page address "
                     f"{'were' if unkept != 1 else 'was'} analysed without keeping "
                     f"{'them' if unkept != 1 else 'it'} in the library, on a server that has restarted since")
    return "; ".join(parts).capitalize() + ". Analyse it again on the start page."
