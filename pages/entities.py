"""Entities: the article with people, organisations, places, products, money and dates highlighted,
one row of filters (which labels, whether to tag each mention), a colour key counting what is shown,
and a table of the shown entities with their mentions."""

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

with st.container(horizontal=True, vertical_alignment="bottom"):
    labels = st.pills("Show", list(counts), selection_mode="multi", default=list(counts),
                      format_func=lambda label: f"{LABEL_NAMES[label]} ({counts[label]})",
                      key="newslens.entities.labels")
    show_tags = st.toggle("Label tags", value=True, key="newslens.entities.tags", persist_state="session",
                          help="Show each mention's label after it, not only its colour.")

# Half and half: at 1440 px the table's four columns fit beside the text.
text, table = st.columns(2, gap="large")
with text:
    st.html(legend_html(counts, shown=set(labels)))
    st.html(article_html(analysis, labels=set(labels), show_tags=show_tags))
    st.caption("Hover a highlighted name for its label and the person or organisation it refers to. "
               "A dashed outline marks a label an analyst corrected.")
    correct_button("Correct a label", "label", page=PAGE, key="newslens.entities.correct")
    corrections_panel(analysis, targets=("entity",), key="newslens.entities.corrections")
with table:
    entities = entities_table(analysis)
    shown = entities[entities["Label"].isin([LABEL_NAMES[label] for label in labels])]
    st.caption(f"{len(shown)} of {len(entities)} entities shown")
    # The count beside the name: at 1024 px what is cut off is the Label column, not the count.
    st.dataframe(shown, hide_index=True, height=min(35 * (len(shown) + 1) + 3, 720),
                 column_order=["Entity", "Mentions", "Label", "Written as"], column_config={
        "Entity": st.column_config.TextColumn(width=140),
        "Label": st.column_config.TextColumn(width=95),
        "Mentions": st.column_config.NumberColumn(width=70),
        "Written as": st.column_config.TextColumn(width=160),
    })
