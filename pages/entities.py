"""Entities: the article with people, organisations, places, products, money and dates highlighted,
filterable by label, and a table of the entities with their counts."""

from __future__ import annotations

import streamlit as st

from components import layout
from components.correcting import correct_button, corrections_panel, open_dialog, show_notice
from components.highlight import article_html, label_counts, legend_html
from components.tables import entities_table
from components.vocabulary import LABEL_NAMES

PAGE = "pages/entities.py"
result = layout.analysis_page(PAGE)
analysis = result.analysis
show_notice()
open_dialog(PAGE)

counts = label_counts(analysis)
if not counts:
    st.info("NewsLens found no names, money or dates in this article.", icon=":material/info:")
    st.stop()

controls, tags = st.columns([5, 1], vertical_alignment="bottom")
labels = controls.pills("Show", list(counts), selection_mode="multi", default=list(counts),
                        format_func=lambda label: f"{LABEL_NAMES[label]} ({counts[label]})",
                        key="newslens.entities.labels")
show_tags = tags.toggle("Label tags", value=True, key="newslens.entities.tags", persist_state="session",
                        help="Show each mention's label after it, not only its colour.")
st.html(legend_html(counts))

text, table = st.columns([3, 2], gap="large")
with text:
    st.html(article_html(analysis, labels=set(labels), show_tags=show_tags))
    st.caption("Hover a highlighted name for its label and the person or organisation it refers to. "
               "A dashed outline marks a label an analyst corrected.")
    correct_button("Correct a label", "label", page=PAGE, key="newslens.entities.correct")
    corrections_panel(analysis, targets=("entity",), key="newslens.entities.corrections")
with table:
    entities = entities_table(analysis)
    shown = entities[entities["Label"].isin([LABEL_NAMES[label] for label in labels])]
    st.dataframe(shown, hide_index=True, height=min(35 * (len(shown) + 1) + 3, 720), column_config={
        "Entity": st.column_config.TextColumn(width="medium"),
        "Label": st.column_config.TextColumn(width="small"),
        "Mentions": st.column_config.NumberColumn(width="small"),
        "Written as": st.column_config.TextColumn(width="medium"),
    })
