"""NewsLens start page: paste, upload or pick an example article, then Analyse.

Run with ``streamlit run app.py``; the other pages are in ``pages/``.
"""

from __future__ import annotations

from contextlib import nullcontext

import pandas as pd
import streamlit as st

from components import layout, library_store, state
from components.highlight import escape_markdown
from components.inputs import (
    ACCEPTED_SUFFIXES,
    MAX_CHARS,
    PASTED,
    UPLOAD_TYPES,
    Article,
    InputError,
    examples,
    first_part_of,
    pasted_article,
    too_long,
    uploaded_articles,
    within_limit,
)
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
LOADED_EXAMPLE = "newslens.start.loaded_example"  # (text, name) of the example put in the text box
TOO_LONG = "newslens.start.too_long"  # articles over the limit, waiting for "Analyse the first part"
RUN_FIRST_PARTS = "newslens.start.run_first_parts"
KEEP = "newslens.start.keep"
AUTO = "auto"


def start_page() -> None:
    """Inputs on the left, files and examples on the right, Analyse below, then what came out; each
    message next to the box it is about."""
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
        show_messages(state.TEXT_BOX)
        language = language_choice("" if is_url(text) else text)
    with right:
        files = st.file_uploader(
            f"Or upload articles ({', '.join(t.upper() for t in UPLOAD_TYPES)})", accept_multiple_files=True,
            type=list(ACCEPTED_SUFFIXES), key=FILES,
            help="Each file is analysed as its own article; its language is detected and can be changed in the "
                 "sidebar afterwards.")
        show_messages(state.UPLOADS)
        example_picker()
    with st.container(horizontal=True, vertical_alignment="center"):
        clicked = st.button("Analyse", type="primary", icon=":material/play_arrow:", key="newslens.start.analyse")
        keep = st.toggle("Keep in the library", value=True, key=KEEP, persist_state="session",
                         help="Save each analysed article in the library, so the Library and Across articles "
                              "pages can find and combine it later. Off: analyse without saving.")
    st.caption(f"Analyse reads the text box and each uploaded file as its own article. Articles of up to "
               f"{MAX_CHARS:,} characters are analysed in full; of a longer one, NewsLens offers the first part.")
    if clicked:
        analyse(text=text, language=language, files=files or [], keep=keep)
    elif example := st.session_state.pop(RUN_EXAMPLE, None):
        analyse(text=text, language=None, files=[], keep=keep, example=example)
    elif st.session_state.pop(RUN_FIRST_PARTS, False):
        run([first_part_of(a) for a in st.session_state.pop(TOO_LONG, [])], keep=keep)
    show_messages(state.ANALYSIS)
    offer_first_parts()
    for note in state.notes():
        st.success(escape_markdown(note), icon=":material/local_library:")
    results_summary()


def show_messages(place: str) -> None:
    """The last Analyse click's problems with what is shown at ``place``."""
    for message in state.messages(place):
        st.error(escape_markdown(message), icon=":material/error:")


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
    """Pick one of the bundled articles, named by its headline; the button puts it in the text box and
    analyses it."""
    options = examples()
    st.selectbox("Try an example", range(len(options)), key=EXAMPLE,
                 format_func=lambda i: f"{options[i].language.upper()} · {options[i].title}")
    st.button("Analyse this example", icon=":material/science:", key="newslens.start.example_button",
              on_click=load_example)


def load_example() -> None:
    """Callback: the chosen example replaces the text box's content and is analysed in this run."""
    example = examples()[st.session_state[EXAMPLE]]
    text = example.path.read_text("utf-8")
    st.session_state[TEXT] = text
    st.session_state[LANGUAGE] = AUTO
    st.session_state[RUN_EXAMPLE] = example.name
    st.session_state[LOADED_EXAMPLE] = (text, example.name)


def text_name(text: str, *, example: str | None) -> str:
    """What the text box's article is called: the example's name while it holds an example unchanged."""
    loaded_text, loaded_name = st.session_state.get(LOADED_EXAMPLE, ("", ""))
    return example or (loaded_name if text == loaded_text else PASTED)


def analyse(*, text: str, language: str | None, files: list, keep: bool, example: str | None = None) -> None:
    """Check every input; analyse what can be analysed (setting aside articles over the limit, for the
    user to decide), save it in the library if ``keep``, keep results and messages in the session."""
    articles, problems = [], []
    if text.strip() or not files:
        try:
            with st.spinner("Opening the page…") if is_url(text) else nullcontext():
                articles.append(pasted_article(text, language=language, name=text_name(text, example=example)))
        except InputError as error:
            problems.append((state.TEXT_BOX, str(error)))
    uploaded, unreadable = uploaded_articles((f.name, f.getvalue()) for f in files)
    articles += uploaded
    problems += [(state.UPLOADS, message) for message in unreadable]
    whole, over = within_limit(articles)
    st.session_state[TOO_LONG] = over
    run(whole, keep=keep, problems=problems)


def run(articles: list[Article], *, keep: bool, problems: list[tuple[str, str]] | None = None) -> None:
    """Analyse ``articles``, keep them in the library if ``keep``, store it all in the session, show it."""
    results, failed = analyse_all(articles) if articles else ([], [])
    notes = []
    if keep and results:
        results, notes, unsaved = library_store.keep(results)
        failed += unsaved
    state.store(results, messages=[*(problems or []), *((state.ANALYSIS, m) for m in failed)], notes=notes)
    st.rerun()


def offer_first_parts() -> None:
    """For articles over the limit: what the command line would say, and a button to analyse the part
    the command line would analyse. Nothing typed or uploaded is lost meanwhile."""
    waiting = st.session_state.get(TOO_LONG, [])
    if not waiting:
        return
    for article in waiting:
        st.warning(escape_markdown(too_long(article)), icon=":material/content_cut:")
    count = len(waiting)
    st.button(f"Analyse the first part{'s' if count > 1 else ''} (up to {MAX_CHARS:,} characters, to the end of a "
              "sentence)", icon=":material/content_cut:", key="newslens.start.first_parts",
              on_click=st.session_state.__setitem__, args=(RUN_FIRST_PARTS, True))


def results_summary() -> None:
    """The analysed articles at a glance, and links to the pages that show them."""
    results = state.results()
    if not results:
        return
    st.subheader(f"Analysed: {len(results)} article{'s' if len(results) != 1 else ''}")
    st.dataframe(pd.DataFrame([{
        "Article": r.article.name, "Title": r.article.title,
        "Language": f"{language_name(r.analysis.language)} ({r.language_source})",
        "Characters": len(r.article.text),
        "People": len(r.analysis.people), "Organisations": len(r.analysis.organizations),
        "Money figures": len(r.analysis.figures), "Mentions": len(r.analysis.entities),
    } for r in results]), hide_index=True)
    with st.container(horizontal=True):
        layout.page_links(with_start=False)


start_page()
