"""People & organisations: a card per person (role now, moves, former roles, evidence), each
organisation with its people, and the person–organisation network."""

from __future__ import annotations

import streamlit as st

from components import layout
from components.correcting import correct_button, corrections_panel, open_dialog, show_notice
from components.exports import file_stem
from components.highlight import escape_markdown
from components.network import network_figure
from components.people import organizations_html, person_cards, unlinked_organizations
from components.tables import moves_table
from components.templates import CARDS_STYLE

PAGE = "pages/people.py"
result = layout.analysis_page(PAGE)
analysis = result.analysis
show_notice()
open_dialog(PAGE)

if not analysis.people and not analysis.organizations:
    st.info("NewsLens found no people or organisations in this article.", icon=":material/groups:")
    st.stop()

moves = moves_table(analysis)
if not moves.empty:
    st.subheader("Moves")
    st.dataframe(moves, hide_index=True, column_config={"Evidence": st.column_config.TextColumn(width="large")})

st.subheader(f"People ({len(analysis.people)})")
if analysis.people:
    # a card per column, its Correct button under it
    cards = person_cards(analysis)
    st.html(CARDS_STYLE)
    for row in range(0, len(cards), 3):
        for column, (person, card) in zip(st.columns(3), cards[row:row + 3], strict=False):
            with column:
                st.html(card)
                correct_button("Correct", "person", person.id, page=PAGE, key=f"newslens.people.correct.{person.id}")
else:
    st.caption("No people named in this article.")
with st.container(horizontal=True):
    correct_button("Add a missing affiliation", "person", None, page=PAGE, key="newslens.people.add")
    correct_button("Rename or merge organisations", "organization", page=PAGE,
                   key="newslens.people.organizations")
corrections_panel(analysis, targets=("affiliation", "person", "organization"), key="newslens.people.corrections")

st.subheader("Network")
if any(p.affiliations for p in analysis.people):
    st.plotly_chart(network_figure(analysis), key="newslens.people.network", config={
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": f"{file_stem(result.article.title)}-network"},
    })
    st.caption("Solid line: current role · dashed line: former role. Hover the middle of a line for the role.")
else:
    st.caption("No roles found, so there is no network to draw.")

st.subheader(f"Organisations ({len(analysis.organizations)})")
st.html(organizations_html(analysis))
others = unlinked_organizations(analysis)
if others:
    st.caption("Also mentioned, without anyone's role: " + escape_markdown(", ".join(others)))
