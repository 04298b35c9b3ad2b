"""What is loaded or computed once and shared by the sessions of a server: spaCy pipelines, analyses,
the currency converter, whether a browser to draw chart images is installed, the articles analysed
lately (so that a page address names them), and the warm-up at start. Streamlit glue.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

import streamlit as st
from currency_converter import CurrencyConverter
from spacy.language import Language
from streamlit.logger import get_logger

from extraction import Analysis, analyze
from extraction.language import detect_language
from extraction.pipelines import load_pipeline
from extraction.result import SUPPORTED_LANGUAGES

from .currency import make_converter
from .exports import image_browser
from .inputs import examples

log = get_logger(__name__)


@st.cache_resource(show_spinner=False)
def pipeline(language: str) -> Language:
    """The spaCy pipeline of a language, loaded once per server process."""
    return load_pipeline(language)


@st.cache_resource(show_spinner=False)
def analysis_lock() -> threading.Lock:
    """One analysis at a time per process: sessions run in threads and share the pipelines."""
    return threading.Lock()


@st.cache_data(show_spinner=False, max_entries=512)
def analysis(text: str, language: str) -> Analysis:
    """The analysis of a text in a language; the same text is never analysed twice."""
    pipeline(language)
    with analysis_lock():
        return analyze(text, language=language)


@st.cache_resource(show_spinner=False)
def converter() -> CurrencyConverter:
    """The ECB rate table bundled with ``currencyconverter``, parsed once."""
    return make_converter()


@st.cache_resource(show_spinner=False)
def chart_browser() -> str | None:
    """The Chromium that draws chart images (PNG, SVG), if one is installed; None: no image downloads."""
    return image_browser()


@st.cache_resource(show_spinner=False)
def warm_up() -> threading.Thread:
    """Once per server: load the pipelines of the languages last used (those of the articles kept last
    in the library, else every language NewsLens covers), run each over a headline and load the language
    detector, in a background thread, so the first analysis does not wait for them. Pages render
    meanwhile; a pipeline asked for while it loads is loaded once. (The chart image server starts with
    the first image asked for: a browser started in the background could still be starting when the
    process ends, and kaleido then waits for it for ever.)"""
    thread = threading.Thread(target=_warm, name="newslens-warm-up", daemon=True)
    thread.start()
    return thread


def _warm() -> None:
    from . import library_store  # the library may be unreadable: then every language is warmed

    started = time.perf_counter()
    try:
        languages = [code for code in library_store.recent_languages() if code in SUPPORTED_LANGUAGES]
    except library_store.LibraryError:
        languages = []
    languages = languages or list(SUPPORTED_LANGUAGES)
    headlines = {example.language: example.title for example in examples()}
    for language in languages:
        try:
            load_pipeline(language)
            with analysis_lock():  # a headline: the language's rules and lexicons are read on first use
                analyze(headlines.get(language, "NewsLens"), language=language)
        except Exception:  # a broken model shows when an article needs it, with its own message
            log.exception("warming the %s pipeline failed", language)
    detect_language("NewsLens")  # the language detector loads its model on first use
    log.info("NewsLens warmed up (%s pipelines) in %.1f s", ", ".join(languages), time.perf_counter() - started)


class RecentResults:
    """The last articles analysed on this server, by the reference the page address uses for them:
    a reload finds the ones not kept in the library while the server runs."""

    def __init__(self, *, size: int) -> None:
        self._size = size
        self._items: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, reference: str, result: object) -> None:
        with self._lock:
            self._items[reference] = result
            self._items.move_to_end(reference)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def get(self, reference: str) -> object | None:
        with self._lock:
            return self._items.get(reference)


@st.cache_resource(show_spinner=False)
def recent_results() -> RecentResults:
    return RecentResults(size=256)
