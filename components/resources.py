"""What is loaded or computed once and shared: spaCy pipelines, analyses, the currency converter,
the image server. Streamlit glue: the only module that caches across sessions."""

from __future__ import annotations

import threading

import kaleido
import streamlit as st
from currency_converter import CurrencyConverter
from spacy.language import Language

from extraction import Analysis, analyze
from extraction.pipelines import load_pipeline

from .currency import make_converter


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
def image_server() -> bool:
    """Start kaleido's headless Chromium once, so every chart image after the first is fast."""
    kaleido.start_sync_server(silence_warnings=True)
    return True
