"""Across articles: the library's articles (all, those matching a search, or a choice) combined into one
spending timeline, where conflicting amounts are drawn and listed with their sources (never averaged);
every figure with its source; people merged by name with every role and its article; organisations
with their people and articles; the network of the latest ties. What is combined, drawn and tabled is
made once per library revision, choice of articles and options (``views``): a rerun recomputes nothing."""

from __future__ import annotations

import hashlib
from datetime import date

import streamlit as st

from components import layout, library_store, state, views
from components.charts import show_chart
from components.currency import ORIGINAL
from components.exports import MIME, chart_stem, csv_bytes
from components.figure_controls import figure_controls
from components.highlight import escape_markdown
from components.library_table import article_label
from components.report import report_file

STEM = "newslens-across-articles"
ALL, CHOSEN = "all", "chosen"


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
found = f"{len(matching):,} {'matching' if search.strip() else 'in the library'}"
scope = st.segmented_control("Articles", [ALL, CHOSEN], default=ALL, required=True, persist_state="session",
                             key="newslens.combined.scope",
                             format_func=lambda option: f"All {found}" if option == ALL else "Choose")
if scope == ALL:
    chosen = list(by_id)
else:  # a picker of a thousand articles would list them all; it starts empty instead
    chosen = st.multiselect("Articles to combine", list(by_id), format_func=lambda i: article_label(by_id[i]),
                            placeholder=f"Choose among the {found}",
                            key=f"newslens.combined.articles.{digest(list(by_id))}")
    if not chosen:
        st.info("Choose at least one article above.", icon=":material/info:")
        st.stop()
revision = library_store.revision()
ids = tuple(sorted(chosen))
combined = views.combined_facts(revision, ids)  # the articles as corrected: every view uses corrected facts
disputes = combined.conflicts()
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
target = ORIGINAL
if not available:
    st.info("None of these articles gives a money figure.", icon=":material/timeline:")
else:
    target, kinds = figure_controls(*st.columns([1, 2]), kinds=available, key="newslens.combined")
    named = list(dict.fromkeys(i.organization for i in combined.figures if i.figure.kind in kinds and i.organization))
    organizations = st.multiselect("Organisations", named, default=named, placeholder="All organisations",
                                   key=f"newslens.combined.organizations.{digest(named)}")
    shown = [o for o in named if o in organizations] if organizations else named
    colors = state.organization_colors_for(shown)
    chart = views.combined_timeline(revision, ids, target=target, kinds=tuple(kinds),
                                    organizations=tuple(organizations), colors=tuple((o, colors[o]) for o in shown))
    if chart is None:
        st.info("None of the chosen figures names a year, so there is nothing to draw; the table below lists "
                "every figure.", icon=":material/info:")
    else:
        show_chart(chart, stem=chart_stem("across-articles", organizations=chart.organizations,
                                          currencies=chart.currencies, day=date.today()), key="newslens.combined")
        left_out = chart.yearless + chart.unconvertible
        st.caption("Hover a point for its sentence and source articles."
                   + (f" Not plotted: {left_out} figure{'s' if left_out != 1 else ''} without a year or rate (see "
                      "the table)." if left_out else ""))

tables = views.combined_tables(revision, ids, target=target)
st.subheader("Conflicting figures")
if disputes:
    st.caption("The articles give different amounts for the same organisation, kind and period. Both are kept "
               "and drawn side by side, each with its source; nothing is averaged.")
    st.dataframe(tables.conflicts, hide_index=True, column_config={
        "Sentence": st.column_config.TextColumn(width="large")})
else:
    st.caption("None: where these articles give a figure for the same organisation, kind and period, they agree.")

st.subheader("Money figures")
st.dataframe(tables.shown_figures, hide_index=True, column_config={
    "Sentence": st.column_config.TextColumn(width="large")})
# Files are written when asked for (a callable): a thousand articles' tables take a while to write.
st.download_button("Figures as CSV", lambda: csv_bytes(tables.figures), file_name=f"{STEM}-figures.csv",
                   mime=MIME["csv"], icon=":material/table:", on_click="ignore", key="newslens.combined.figures_csv")

st.header(f"People ({len(combined.people)})", divider="gray")
if combined.people:
    st.caption("One card per person, whichever article names them; the role now is the latest article's.")
    st.html(tables.cards)
    with st.expander("Every role as a table"):
        st.dataframe(tables.people, hide_index=True,
                     column_config={"Evidence": st.column_config.TextColumn(width="large")})
        st.download_button("People as CSV", lambda: csv_bytes(tables.people), file_name=f"{STEM}-people.csv",
                           mime=MIME["csv"], icon=":material/csv:", on_click="ignore",
                           key="newslens.combined.people_csv")
    if tables.network is not None:
        st.subheader("Network")
        st.plotly_chart(tables.network, key="newslens.combined.network", config={"displaylogo": False})
        st.caption("Each tie as the latest article states it. Solid line: current role · dashed line: former role.")
else:
    st.caption("These articles name no people.")

st.header(f"Organisations ({len(combined.organizations)})", divider="gray")
st.dataframe(tables.organizations, hide_index=True, column_config={
    "Source articles": st.column_config.TextColumn(width="large")})
st.download_button("Organisations as CSV", lambda: csv_bytes(tables.organizations),
                   file_name=f"{STEM}-organisations.csv", mime=MIME["csv"], icon=":material/csv:", on_click="ignore",
                   key="newslens.combined.organizations_csv")
