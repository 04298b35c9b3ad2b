"""Across articles: the library's articles (all, those matching a search, or a choice) combined into one
spending timeline, where conflicting amounts are drawn and listed with their sources (never averaged);
every figure with its source; people merged by name with every role and its article; organisations
with their people and articles; the network of the latest ties."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import streamlit as st

from components import layout, library_store, resources
from components.combined_figures import (
    combined_timeline_data,
    conflicts_table,
    sourced_figures_table,
    sources_caption,
)
from components.combined_people import network_analysis, organizations_table, people_table, person_cards_html
from components.currency import conversion
from components.exports import MIME, csv_bytes, image_bytes
from components.figure_controls import figure_controls
from components.highlight import escape_markdown
from components.library_table import article_label
from components.network import network_figure
from components.report import report_file
from components.timeline import image_size, timeline_figure
from library import combine

STEM = "newslens-across-articles"


def digest(values: list) -> str:
    """A short fingerprint of a list of choices: a picker keyed by it starts again from its default
    (everything) whenever the articles or organisations on offer change."""
    return hashlib.sha256(repr(values).encode()).hexdigest()[:10]


layout.library_page("pages/combined.py")
everything = library_store.articles_or_stop()
if not everything:
    st.info("The library is empty. Analyse articles on the start page with “Keep in the library” on, or import "
            "a library on the Library page: this page combines them.", icon=":material/local_library:")
    st.page_link(layout.START[0], label="Paste, upload or pick an example article", icon=layout.START[2])
    library_page, library_title, library_icon = layout.LIBRARY_PAGES[0]
    st.page_link(library_page, label=library_title, icon=library_icon)
    st.stop()

search = st.text_input("Search", key="newslens.combined.search", persist_state="session", icon=":material/search:",
                       placeholder="Part of a title, a person's or an organisation's name: combine those articles")
matching = library_store.articles(search=search) if search.strip() else everything
if not matching:
    st.info(escape_markdown(f"No article's title, people or organisations match “{search.strip()}”."),
            icon=":material/search_off:")
    st.stop()
by_id = {a.id: a for a in matching}
chosen = st.multiselect(f"Articles ({len(matching)} {'match' if search.strip() else 'in the library'})",
                        list(by_id), default=list(by_id), format_func=lambda i: article_label(by_id[i]),
                        key=f"newslens.combined.articles.{digest(list(by_id))}")
if not chosen:
    st.info("Choose at least one article above.", icon=":material/info:")
    st.stop()
# Everything drawn below is made once per library revision and choice, then shared by reruns and sessions.
selection = (library_store.revision(), digest(chosen))  # a short key: hashing 1,000 ids each time is slow
combined = library_store.derived("combined", selection, lambda: combine([by_id[i] for i in chosen]))
disputes = library_store.derived("conflicts", selection, combined.conflicts)
with st.container(horizontal=True):
    for fmt, icon in (("pdf", ":material/picture_as_pdf:"), ("docx", ":material/description:")):
        st.download_button(f"Report of {len(chosen)} article{'s' if len(chosen) != 1 else ''} ({fmt.upper()})",
                           data=lambda fmt=fmt: report_file([by_id[i] for i in chosen], fmt=fmt),
                           file_name=f"{STEM}-report.{fmt}", mime=MIME[fmt], icon=icon, on_click="ignore",
                           key=f"newslens.combined.report.{fmt}")
if combined.corrections:
    st.caption(f"{len(combined.corrections)} fact{'s' if len(combined.corrections) != 1 else ''} of these articles "
               "were corrected by an analyst; every view below uses the corrected facts.")

with st.container(horizontal=True):
    st.metric("Articles", len(chosen), border=True)
    st.metric("People", len(combined.people), border=True)
    st.metric("Organisations", len(combined.organizations), border=True)
    st.metric("Money figures", len(combined.figures), border=True)
    st.metric("Conflicts", len(disputes), border=True,
              help="Organisation, kind and period for which the articles give different amounts")

st.header("Spending timeline", divider="gray")
available = list(dict.fromkeys(item.figure.kind for item in combined.figures))
if not available:
    st.info("None of these articles gives a money figure.", icon=":material/timeline:")
else:
    target, kinds = figure_controls(*st.columns([2, 3]), kinds=available, key="newslens.combined")
    named = list(dict.fromkeys(i.organization for i in combined.figures if i.figure.kind in kinds and i.organization))
    organizations = st.multiselect("Organisations", named, default=named, placeholder="All organisations",
                                   key=f"newslens.combined.organizations.{digest(named)}")
    shown = replace(combined, figures=tuple(i for i in combined.figures
                                            if i.organization in organizations or not named))
    rates = conversion({i.figure.currency for i in shown.figures}, target=target, converter=resources.converter())
    chart_key = (*selection, target, tuple(kinds), tuple(organizations))
    data = library_store.derived("timeline", chart_key,
                                 lambda: combined_timeline_data(shown, kinds=set(kinds), conversion=rates))
    if not data.points:
        st.info("None of the chosen figures names a year, so there is nothing to draw; the table below lists "
                "every figure.", icon=":material/info:")
    else:
        fig = library_store.derived("timeline figure", chart_key, lambda: timeline_figure(
            data, source=f"{sources_caption(data, shown)} · NewsLens", note=rates.caption()))
        size = image_size(fig)
        st.plotly_chart(fig, key="newslens.combined.chart", config={
            "displaylogo": False,
            "toImageButtonOptions": {"format": "png", "scale": 2, "filename": f"{STEM}-timeline", **size},
        })
        left_out = len(data.yearless) + len(data.unconvertible)
        st.caption("Hover a point for its sentence and source articles. " + rates.caption()
                   + (f" Not plotted: {left_out} figure{'s' if left_out != 1 else ''} without a year or "
                      "rate (see the table)." if left_out else ""))
        resources.image_server()
        with st.container(horizontal=True):
            for fmt, label in (("png", "PNG (2×)"), ("svg", "SVG")):
                st.download_button(label, data=lambda fmt=fmt: image_bytes(fig, fmt=fmt, **size),
                                   icon=":material/image:", file_name=f"{STEM}-timeline.{fmt}", mime=MIME[fmt],
                                   on_click="ignore", key=f"newslens.combined.{fmt}")

st.subheader("Conflicting figures")
if disputes:
    st.caption("The articles give different amounts for the same organisation, kind and period. Both are kept "
               "and drawn side by side, each with its source; nothing is averaged.")
    st.dataframe(library_store.derived("conflicts table", selection, lambda: conflicts_table(combined)),
                 hide_index=True, column_config={
        "Sentence": st.column_config.TextColumn(width="large")})
else:
    st.caption("None: where these articles give a figure for the same organisation, kind and period, they agree.")

st.subheader("Money figures")
figures = library_store.derived(  # rates: set with the chart
    "figures table", (*selection, target if available else None),
    lambda: sourced_figures_table(combined, conversion=rates if available else None))
st.dataframe(figures, hide_index=True, column_config={
    "Amount": st.column_config.NumberColumn(format="compact"),
    "Sentence": st.column_config.TextColumn(width="large"),
})
st.download_button("Figures as CSV", lambda: csv_bytes(figures), file_name=f"{STEM}-figures.csv", mime=MIME["csv"],
                   icon=":material/table:", on_click="ignore", key="newslens.combined.figures_csv")

st.header(f"People ({len(combined.people)})", divider="gray")
if combined.people:
    st.caption("One card per person, whichever article names them; the role now is the latest article's.")
    st.html(library_store.derived("person cards", selection, lambda: person_cards_html(combined)))
    people = library_store.derived("people table", selection, lambda: people_table(combined))
    with st.expander("Every role as a table"):
        st.dataframe(people, hide_index=True, column_config={"Evidence": st.column_config.TextColumn(width="large")})
        st.download_button("People as CSV", lambda: csv_bytes(people), file_name=f"{STEM}-people.csv", mime=MIME["csv"],
                           icon=":material/csv:", on_click="ignore", key="newslens.combined.people_csv")
    network = library_store.derived("network", selection, lambda: network_analysis(combined))
    if any(p.affiliations for p in network.people):
        st.subheader("Network")
        st.plotly_chart(library_store.derived("network figure", selection, lambda: network_figure(network)),
                        key="newslens.combined.network", config={"displaylogo": False})
        st.caption("Each tie as the latest article states it. Solid line: current role · dashed line: former role.")
else:
    st.caption("These articles name no people.")

st.header(f"Organisations ({len(combined.organizations)})", divider="gray")
organization_rows = library_store.derived("organisations table", selection, lambda: organizations_table(combined))
st.dataframe(organization_rows, hide_index=True, column_config={
    "Source articles": st.column_config.TextColumn(width="large")})
st.download_button("Organisations as CSV", lambda: csv_bytes(organization_rows), file_name=f"{STEM}-organisations.csv",
                   mime=MIME["csv"], icon=":material/csv:", on_click="ignore",
                   key="newslens.combined.organizations_csv")
