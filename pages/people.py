"""People & organisations: a card per person (role now, moves, former roles, evidence), each
organisation with its people, and the person–organisation network."""

from __future__ import annotations

import streamlit as st

from components import layout
from components.exports import file_stem
from components.highlight import escape_markdown
from components.network import network_figure
from components.people import organizations_html, person_cards_html, unlinked_organizations
from components.tables import moves_table

result = layout.analysis_page("pages/people.py")
analysis = result.analysis

if not analysis.people and not analysis.organizations:
    st.info("NewsLens found no people or organisations in this article.", icon=":material/groups:")
    st.stop()

moves = moves_table(analysis)
if not moves.empty:
    st.subheader("Moves")
    st.dataframe(moves, hide_index=True, column_config={"Evidence": st.column_config.TextColumn(width="large")})

st.subheader(f"People ({len(analysis.people)})")
if analysis.people:
    st.html(person_cards_html(analysis))
else:
    st.caption("No people named in this article.")

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
