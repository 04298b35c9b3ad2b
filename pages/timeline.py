"""Spending timeline: R&D and investment by year per organisation, actual against planned, in the
article's currency or converted; chart images and the figures table to download."""

from __future__ import annotations

import streamlit as st

from components import layout, resources
from components.correcting import correct_button, corrections_panel, open_dialog, show_notice
from components.currency import ORIGINAL, conversion
from components.exports import MIME, csv_bytes, file_stem, image_bytes
from components.figure_controls import figure_controls
from components.tables import figures_table
from components.timeline import image_size, timeline_data, timeline_figure

PAGE = "pages/timeline.py"
result = layout.analysis_page(PAGE)
analysis = result.analysis
stem = file_stem(result.article.title)
show_notice()
open_dialog(PAGE)

if not analysis.figures:
    st.info("No money figures in this article. The timeline shows amounts tied to a year, such as "
            "“R&D spending of 24 billion yuan in 2024” or “€1.5 billion by 2030”.", icon=":material/timeline:")
    correct_button("Add a missing figure", "figure", page=PAGE, key="newslens.timeline.add")
    corrections_panel(analysis, targets=("figure",), key="newslens.timeline.corrections")
    st.stop()

available = list(dict.fromkeys(f.kind for f in analysis.figures))
target, kinds = figure_controls(*st.columns([2, 3]), kinds=available, key="newslens.timeline")
rates = conversion({f.currency for f in analysis.figures}, target=target, converter=resources.converter())
data = timeline_data(analysis.figures, kinds=set(kinds), conversion=rates)

if not data.points:
    st.info("None of the chosen figures names a year, so there is nothing to draw; they are listed in the "
            "table below. Choose other kinds of figures above.", icon=":material/info:")
else:
    if target == ORIGINAL and len(data.currencies) > 1:
        st.caption(f"The article mixes {', '.join(data.currencies)}: one panel per currency. "
                   "Choose EUR or USD to compare them on one axis.")
    fig = timeline_figure(data, source=f"Source: {result.article.title} ({result.article.name}) · NewsLens",
                          note=rates.caption())
    size = image_size(fig)
    st.plotly_chart(fig, key="newslens.timeline.chart", config={
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": f"{stem}-timeline", **size},
    })
    left_out = [f"{len(data.yearless)} figure{'s' if len(data.yearless) != 1 else ''} without a year"] \
        if data.yearless else []
    left_out += [f"{len(data.unconvertible)} in a currency without an ECB rate"] if data.unconvertible else []
    if rates.target or left_out:
        st.caption(rates.caption() + (f" Not plotted: {' and '.join(left_out)} (see the table)." if left_out else ""))
    resources.image_server()
    with st.container(horizontal=True):
        for fmt, label in (("png", "PNG (2×)"), ("svg", "SVG")):
            st.download_button(label, data=lambda fmt=fmt: image_bytes(fig, fmt=fmt, **size), icon=":material/image:",
                               file_name=f"{stem}-timeline.{fmt}", mime=MIME[fmt], on_click="ignore",
                               key=f"newslens.timeline.{fmt}")

st.subheader("Money figures")
table = figures_table(analysis, conversion=rates)
st.dataframe(table, hide_index=True, column_config={
    "Amount": st.column_config.NumberColumn(format="compact"),
    f"Amount in {target}": st.column_config.NumberColumn(format="compact"),
    "Sentence": st.column_config.TextColumn(width="large"),
})
with st.container(horizontal=True):
    st.download_button("Figures as CSV", csv_bytes(table), file_name=f"{stem}-figures.csv", mime=MIME["csv"],
                       icon=":material/table:", on_click="ignore", key="newslens.timeline.csv")
    correct_button("Correct a figure", "figure", page=PAGE, key="newslens.timeline.correct")
corrections_panel(analysis, targets=("figure",), key="newslens.timeline.corrections")
