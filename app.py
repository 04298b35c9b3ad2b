"""NewsLens start page: paste, upload or pick an example article, then Analyse.

Run with ``streamlit run app.py``; the other pages are in ``pages/``.
"""

from __future__ import annotations

from contextlib import nullcontext

import pandas as pd
import streamlit as st

from components import layout, library_store, state
from components.highlight import escape_markdown
from components.inputs import MAX_CHARS, UPLOAD_TYPES, InputError, examples, pasted_article, uploaded_articles
from components.runner import analyse_all
from components.vocabulary import language_name
from extraction.language import detect_language
from extraction.result import SUPPORTED_LANGUAGES
from extraction.web_fetch import is_url

TEXT = "newslens.start.text"
LANGUAGE = "newslens.start.language"
FILES = "newslens.start.files"
EXAMPLE = "newslens.start.example"
RUN_EXAMPLE = "newslens.start.run_example"
KEEP = "newslens.start.keep"
AUTO = "auto"


def start_page() -> None:
    """Inputs on the left, files and examples on the right, Analyse below, then what came out."""
    layout.page("Analyse", layout.START[2])
    st.title("NewsLens")
    st.caption("Paste a technology or business news article in German, English or French, or upload several: "
               "see who is who, who moved where, and what is spent on R&D and investment, year by year.")
    left, right = st.columns([3, 2], gap="large")
    with left:
        text = st.text_area("Article text", key=TEXT, height=320, persist_state="session",
                            placeholder="Paste the article here, headline first, or its web address (https://…)")
        if is_url(text):
            st.caption("A web address: Analyse opens the page and analyses its article (navigation, "
                       "related links and footer left out); the address is kept with it.")
        language = language_choice("" if is_url(text) else text)
    with right:
        # No ``type=`` filter: a file of another type gets NewsLens's own message naming it and the reason.
        files = st.file_uploader(
            f"Or upload articles ({', '.join(t.upper() for t in UPLOAD_TYPES)})", accept_multiple_files=True,
            key=FILES, help="Each file is analysed as its own article; its language is detected and can be "
                            "changed in the sidebar afterwards.")
        example_picker()
    with st.container(horizontal=True, vertical_alignment="center"):
        clicked = st.button("Analyse", type="primary", icon=":material/play_arrow:", key="newslens.start.analyse")
        keep = st.toggle("Keep in the library", value=True, key=KEEP, persist_state="session",
                         help="Save each analysed article in the library, so the Library and Across articles "
                              "pages can find and combine it later. Off: analyse without saving.")
    st.caption(f"Analyse reads the text box and each uploaded file as its own article. Articles of up to "
               f"{MAX_CHARS:,} characters are analysed in full.")
    if clicked:
        analyse(text=text, language=language, files=files or [], keep=keep)
    elif st.session_state.pop(RUN_EXAMPLE, False):
        analyse(text=text, language=None, files=[], keep=keep)
    for message in state.messages():
        st.error(escape_markdown(message), icon=":material/error:")
    for note in state.notes():
        st.success(escape_markdown(note), icon=":material/local_library:")
    results_summary()


def language_choice(text: str) -> str | None:
    """The detected language of the pasted text, and a choice to override it (None: detect)."""
    detection = detect_language(text) if text.strip() else None
    detected = f" ({language_name(detection.language)} detected)" if detection else ""
    choice = st.selectbox("Language", [AUTO, *SUPPORTED_LANGUAGES], key=LANGUAGE, persist_state="session",
                          format_func=lambda code: f"Detect automatically{detected}" if code == AUTO
                          else language_name(code))
    if detection and choice == AUTO:
        st.caption(f"Detected: **{language_name(detection.language)}** ({detection.confidence:.0%} confidence)")
        if detection.language not in SUPPORTED_LANGUAGES:
            st.warning(f"{language_name(detection.language)} is not one of NewsLens's languages (German, English, "
                       "French): only money and dates will be found. Choose a language above if the detection "
                       "is wrong.", icon=":material/translate:")
    return None if choice == AUTO else choice


def example_picker() -> None:
    """Pick one of the bundled articles; the button puts it in the text box and analyses it."""
    options = examples()
    st.selectbox("Try an example", range(len(options)), key=EXAMPLE,
                 format_func=lambda i: f"{options[i].language.upper()} · {options[i].title}")
    st.button("Analyse this example", icon=":material/science:", key="newslens.start.example_button",
              on_click=load_example)


def load_example() -> None:
    """Callback: the chosen example replaces the text box's content and is analysed in this run."""
    st.session_state[TEXT] = examples()[st.session_state[EXAMPLE]].path.read_text("utf-8")
    st.session_state[LANGUAGE] = AUTO
    st.session_state[RUN_EXAMPLE] = True


def analyse(*, text: str, language: str | None, files: list, keep: bool) -> None:
    """Check every input, analyse what can be analysed, save it in the library if ``keep``, keep
    results and messages in the session, show them."""
    articles, problems = [], []
    if text.strip() or not files:
        try:
            with st.spinner("Opening the page…") if is_url(text) else nullcontext():
                articles.append(pasted_article(text, language=language))
        except InputError as error:
            problems.append(str(error))
    uploaded, unreadable = uploaded_articles((f.name, f.getvalue()) for f in files)
    articles += uploaded
    problems += unreadable
    results, failed = analyse_all(articles) if articles else ([], [])
    notes = []
    if keep and results:
        results, notes, unsaved = library_store.keep(results)
        failed += unsaved
    state.store(results, messages=problems + failed, notes=notes)
    st.rerun()


def results_summary() -> None:
    """The analysed articles at a glance, and links to the pages that show them."""
    results = state.results()
    if not results:
        return
    st.subheader(f"Analysed: {len(results)} article{'s' if len(results) != 1 else ''}")
    st.dataframe(pd.DataFrame([{
        "Article": r.article.name, "Title": r.article.title,
        "Language": f"{language_name(r.analysis.language)} ({r.language_source})",
        "People": len(r.analysis.people), "Organisations": len(r.analysis.organizations),
        "Money figures": len(r.analysis.figures), "Mentions": len(r.analysis.entities),
    } for r in results]), hide_index=True)
    with st.container(horizontal=True):
        layout.page_links(with_start=False)


start_page()
