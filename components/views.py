"""What the pages draw, made once per what it is made from and kept for every later visit: a chart is
keyed by its article's text fingerprint, language and applied corrections (one article, ``article_key``)
or by the library's revision, which every write raises, and the chosen article ids (across articles),
and by its options (currency, kinds, organisations, colours). A page visit that changes none of these
recomputes nothing. Streamlit glue.

Everything here is kept as it was made and shared by the sessions (``st.cache_resource``), not
copied on each read as ``st.cache_data`` would: a chart of a thousand articles costs as much to copy
(and for plotly to check again) as to make. Nothing that reads these objects changes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from extraction import Analysis
from library import Combined, combine

from . import library_store, resources
from .combined_figures import combined_timeline_data, conflicts_table, sourced_figures_table, sources_caption
from .combined_people import network_analysis, organizations_table, people_table, person_cards_html
from .currency import conversion
from .network import network_figure
from .tables import readable
from .timeline import TimelineData, timeline_data, timeline_figure

Colors = tuple[tuple[str, str], ...]  # (organisation, colour) pairs: hashable, for the cache keys


@dataclass(frozen=True)
class Chart:
    """A spending timeline ready to draw, and what it leaves out."""

    figure: go.Figure
    yearless: int
    unconvertible: int
    organizations: tuple[str, ...]
    currencies: tuple[str, ...]


def chart_of(data: TimelineData, *, source: str, note: str, colors: Colors) -> Chart:
    return Chart(figure=timeline_figure(data, source=source, note=note, colors=dict(colors)),
                 yearless=len(data.yearless), unconvertible=len(data.unconvertible),
                 organizations=tuple(data.organizations), currencies=tuple(data.currencies))


def article_key(analysis: Analysis) -> tuple[str, str, tuple[str, ...]]:
    """What one article's views are made from: its text (fingerprint), the language it was read in and the
    analyst's corrections applied to it, so that a correction or its undo draws the view anew."""
    return analysis.text_sha256, analysis.language, tuple(c.id for c in analysis.corrections if c.applied)


@st.cache_resource(show_spinner=False, max_entries=128)
def article_timeline(key: tuple[str, str, tuple[str, ...]], _analysis: Analysis, *, target: str,
                     kinds: tuple[str, ...], source: str, colors: Colors) -> Chart | None:
    """One article's timeline (None: nothing to draw), keyed by ``article_key`` and the options."""
    rates = conversion({f.currency for f in _analysis.figures}, target=target, converter=resources.converter())
    data = timeline_data(_analysis.figures, kinds=set(kinds), conversion=rates)
    return chart_of(data, source=source, note=rates.caption(), colors=colors) if data.points else None


@st.cache_resource(show_spinner=False, max_entries=8)
def combined_facts(revision: int, ids: tuple[int, ...]) -> Combined:
    """The facts of the library's articles ``ids`` combined, as the library was at ``revision``."""
    chosen = set(ids)
    return combine([a for a in library_store.articles() if a.id in chosen])


@st.cache_resource(show_spinner=False, max_entries=32)
def combined_timeline(revision: int, ids: tuple[int, ...], *, target: str, kinds: tuple[str, ...],
                      organizations: tuple[str, ...], colors: Colors) -> Chart | None:
    """The timeline across articles (None: nothing to draw), for the chosen articles, kinds and
    organisations (none chosen: all)."""
    facts = _shown(combined_facts(revision, ids), organizations=organizations)
    rates = conversion({i.figure.currency for i in facts.figures}, target=target, converter=resources.converter())
    data = combined_timeline_data(facts, kinds=set(kinds), conversion=rates)
    if not data.points:
        return None
    return chart_of(data, source=f"{sources_caption(data, facts)} · NewsLens", note=rates.caption(), colors=colors)


def _shown(facts: Combined, *, organizations: Sequence[str]) -> Combined:
    if not organizations:
        return facts
    return replace(facts, figures=tuple(i for i in facts.figures if i.organization in organizations))


@dataclass(frozen=True)
class CombinedTables:
    """The tables, cards and network of the Across articles page (``shown_figures``: amounts in words)."""

    figures: pd.DataFrame
    shown_figures: pd.DataFrame
    conflicts: pd.DataFrame
    people: pd.DataFrame
    cards: str
    organizations: pd.DataFrame
    network: go.Figure | None


@st.cache_resource(show_spinner=False, max_entries=32)
def combined_tables(revision: int, ids: tuple[int, ...], *, target: str) -> CombinedTables:
    """Everything tabular about the chosen articles; amounts also in ``target`` unless it is ``ORIGINAL``."""
    facts = combined_facts(revision, ids)
    rates = conversion({i.figure.currency for i in facts.figures}, target=target, converter=resources.converter())
    network = network_analysis(facts)
    figures = sourced_figures_table(facts, conversion=rates)
    return CombinedTables(
        figures=figures, shown_figures=readable(figures), conflicts=conflicts_table(facts),
        people=people_table(facts), cards=person_cards_html(facts) if facts.people else "",
        organizations=organizations_table(facts),
        network=network_figure(network) if any(p.affiliations for p in network.people) else None)
