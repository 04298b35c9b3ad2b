"""Library: every article kept, searchable by title, person or organisation; open one on the analysis
pages, delete one (after confirming), move the whole library between machines as JSON Lines. What an
action did is said under the button that did it."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components import layout, library_store, state
from components.exports import MIME
from components.highlight import escape_markdown
from components.library_table import article_label, articles_table
from library import LibraryError

NOTICE = "newslens.library.notice"
# Where a notice is shown: under the Open and Delete buttons, or under Import.
ARTICLE_ACTIONS, IMPORT = "article", "import"
SEARCH = "newslens.library.search"
ARTICLE = "newslens.library.article"
CONFIRM = "newslens.library.confirm_delete"
UPLOAD = "newslens.library.import"


def notify(kind: str, text: str, *, place: str = ARTICLE_ACTIONS, links: bool = False) -> None:
    """Say what the last action did, on the next run, at ``place`` (``kind``: success, info or error)."""
    st.session_state[NOTICE] = (place, kind, text, links)


def open_article(article_id: int) -> None:
    """Callback: put a library article into the session, where the analysis pages show it."""
    try:
        stored = library_store.article(article_id)
    except LibraryError as error:
        return notify("error", f"The article could not be opened: {error}.")
    if stored is None:
        return notify("error", "That article is no longer in the library.")
    state.add(library_store.result_of(stored))
    return notify("success", f"Opened “{stored.title}”: the analysis pages show it now.", links=True)


def ask_delete(article_id: int) -> None:
    """Callback: ask before deleting."""
    st.session_state[CONFIRM] = article_id


def delete_article(article_id: int, title: str) -> None:
    """Callback: the user confirmed; delete the article."""
    st.session_state.pop(CONFIRM, None)
    try:
        deleted = library_store.delete(article_id)
    except LibraryError as error:
        return notify("error", f"“{title}” could not be deleted: {error}.")
    return notify("success" if deleted else "info", f"Deleted “{title}” from the library." if deleted
                  else f"“{title}” was no longer in the library.")


def import_upload() -> None:
    """Callback: add the articles of the uploaded export."""
    upload = st.session_state.get(UPLOAD)
    if upload is None:
        return notify("error", "Choose a library export (.jsonl) to import first.", place=IMPORT)
    try:
        report = library_store.import_bytes(upload.getvalue(), name=upload.name)
    except LibraryError as error:
        return notify("error", str(error), place=IMPORT)
    added = f"{report.added} article{'s' if report.added != 1 else ''} added"
    return notify("success", f"Imported “{upload.name}”: {added}, {report.already_there} already in the library.",
                  place=IMPORT)


def show_notice(place: str) -> None:
    """The last action's outcome, once, if it belongs at ``place``."""
    if st.session_state.get(NOTICE, ("",))[0] != place:
        return
    _, kind, text, links = st.session_state.pop(NOTICE)
    icons = {"success": ":material/check_circle:", "info": ":material/info:", "error": ":material/error:"}
    getattr(st, kind)(escape_markdown(text), icon=icons[kind])
    if links:
        with st.container(horizontal=True):
            layout.page_links(with_start=False)


def move_library(count: int) -> None:
    """Export the whole library, import another's."""
    st.subheader("Move the library")
    st.caption("One article a line (JSON Lines): its analysis in NewsLens's contract and the article itself. "
               "Import it on another machine; articles already there are left as they are.")
    left, right = st.columns(2, gap="large")
    with left:
        st.download_button(f"Export the library ({count} article{'s' if count != 1 else ''}, .jsonl)",
                           data=library_store.export_bytes, file_name=f"newslens-library-{date.today()}.jsonl",
                           mime=MIME["jsonl"], icon=":material/download:", on_click="ignore", disabled=not count,
                           key="newslens.library.export")
    with right:
        st.file_uploader("Import a library export (.jsonl)", key=UPLOAD, type=["jsonl"],
                         help="A file written by Export the library, here or on another machine.")
        st.button("Import", icon=":material/upload:", on_click=import_upload, key="newslens.library.import_button")
        show_notice(IMPORT)


def confirm_delete(article_id: int, title: str) -> None:
    """The confirmation step before a delete."""
    st.warning(f"Delete “{escape_markdown(title)}” from the library? Its analysis is removed from this "
               "machine's library for good (the session keeps it if it is open).", icon=":material/delete:")
    with st.container(horizontal=True):
        st.button("Delete for good", type="primary", icon=":material/delete_forever:", on_click=delete_article,
                  args=(article_id, title), key="newslens.library.confirm")
        st.button("Cancel", on_click=st.session_state.pop, args=(CONFIRM, None), key="newslens.library.cancel")


layout.library_page("pages/library.py")
everything = library_store.articles_or_stop()

if not everything:
    st.info("The library is empty. Every article analysed on the start page with “Keep in the library” on is "
            "kept here; or import a library exported on another machine below.", icon=":material/local_library:")
    st.page_link(layout.START[0], label="Paste, upload or pick an example article", icon=layout.START[2])
    show_notice(ARTICLE_ACTIONS)  # "Deleted ...", when that was the last article
    move_library(0)
    st.stop()

st.caption(escape_markdown(f"{len(everything)} article{'s' if len(everything) != 1 else ''} in "
                           f"{library_store.location()}"))
search = st.text_input("Search", key=SEARCH, persist_state="session", icon=":material/search:",
                       placeholder="Part of a title, a person's or an organisation's name")
found = library_store.articles(search=search) if search.strip() else everything
if not found:
    st.info(escape_markdown(f"No article's title, people or organisations match “{search.strip()}”."),
            icon=":material/search_off:")
else:
    st.dataframe(articles_table(found), hide_index=True, column_config={
        "Title": st.column_config.TextColumn(width="large"),
        "Date": st.column_config.DateColumn(help="The date the article gives, else the day it was kept"),
    })
    by_id = {a.id: a for a in found}
    chosen = st.selectbox(f"Article ({len(found)} shown)", list(by_id), key=ARTICLE,
                          format_func=lambda i: article_label(by_id[i]))
    with st.container(horizontal=True):
        st.button("Open on the analysis pages", type="primary", icon=":material/open_in_new:",
                  on_click=open_article, args=(chosen,), key="newslens.library.open")
        st.button("Delete…", icon=":material/delete:", on_click=ask_delete, args=(chosen,),
                  key="newslens.library.delete")
    if st.session_state.get(CONFIRM) == chosen:
        confirm_delete(chosen, by_id[chosen].title)
show_notice(ARTICLE_ACTIONS)  # also after deleting the last article the search shows

move_library(len(everything))
