"""Spending timeline: R&D and investment by year per organisation, actual against planned, in the
article's currency or converted; chart images and the figures table to download. The chart is made once
per article and options (``views``): coming back to the page recomputes nothing."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components import layout, resources, state, views
from components.charts import show_chart
from components.correcting import correct_button, corrections_panel, open_dialog, show_notice
from components.currency import ORIGINAL, conversion
from components.exports import MIME, chart_stem, csv_bytes, file_stem
from components.figure_controls import figure_controls
from components.tables import figures_table, readable

PAGE = "pages/timeline.py"
result = layout.analysis_page(PAGE)
analysis = result.analysis
show_notice()
open_dialog(PAGE)

if not analysis.figures:
    st.info("No money figures in this article. The timeline shows amounts tied to a year, such as "
            "“R&D spending of 24 billion yuan in 2024” or “€1.5 billion by 2030”.", icon=":material/timeline:")
    correct_button("Add a missing figure", "figure", page=PAGE, key="newslens.timeline.add")
    corrections_panel(analysis, targets=("figure",), key="newslens.timeline.corrections")
    st.stop()

available = list(dict.fromkeys(f.kind for f in analysis.figures))
target, kinds = figure_controls(*st.columns([1, 2]), kinds=available, key="newslens.timeline")
rates = conversion({f.currency for f in analysis.figures}, target=target, converter=resources.converter())
organizations = list(dict.fromkeys(f.organization for f in analysis.figures if f.organization and f.kind in kinds))
colors = state.organization_colors_for(organizations)
chart = views.article_timeline(views.article_key(analysis), analysis, target=target, kinds=tuple(kinds),
                               source=f"Source: {result.article.title} ({result.article.name}) · NewsLens",
                               colors=tuple((o, colors[o]) for o in organizations))

if chart is None:
    st.info("None of the chosen figures names a year, so there is nothing to draw; they are listed in the "
            "table below. Choose other kinds of figures above.", icon=":material/info:")
else:
    if target == ORIGINAL and len(chart.currencies) > 1:
        st.caption(f"The article mixes {', '.join(chart.currencies)}: a panel per currency. "
                   "Choose EUR or USD to compare them on one axis.")
    day = analysis.published or date.today()
    stem = chart_stem("timeline", organizations=chart.organizations, currencies=chart.currencies, day=day)
    show_chart(chart, stem=stem, key="newslens.timeline")
    left_out = [f"{chart.yearless} figure{'s' if chart.yearless != 1 else ''} without a year"] \
        if chart.yearless else []
    left_out += [f"{chart.unconvertible} in a currency without an ECB rate"] if chart.unconvertible else []
    if rates.target or left_out:
        st.caption(rates.caption() + (f" Not plotted: {' and '.join(left_out)} (see the table)." if left_out else ""))

st.subheader("Money figures")
table = figures_table(analysis, conversion=rates)
st.dataframe(readable(table), hide_index=True, column_config={
    "Sentence": st.column_config.TextColumn(width="large")})
csv_name = f"{file_stem(result.article.title)}-figures.csv"
with st.container(horizontal=True):
    st.download_button("Figures as CSV", lambda: csv_bytes(table), file_name=csv_name,
                       mime=MIME["csv"], icon=":material/table:", on_click="ignore", key="newslens.timeline.csv")
    correct_button("Correct a figure", "figure", page=PAGE, key="newslens.timeline.correct")
corrections_panel(analysis, targets=("figure",), key="newslens.timeline.corrections")
