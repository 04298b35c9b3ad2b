"""Export: the analysis as the JSON contract, each table as CSV, everything as one XLSX; for the
article shown and, with several, for all of them."""

from __future__ import annotations

import json

import streamlit as st

from components import layout, library_store, state
from components.correcting import corrections_panel
from components.exports import MIME, analysis_json, csv_bytes, file_stem, gold_json, workbook_bytes, workbook_sheets
from components.report import report_file
from components.tables import readable

result = layout.analysis_page("pages/export.py")
results = state.results()
stem = file_stem(result.article.title)

sheets = workbook_sheets([(result.article.name, result.article.title, result.analysis)])
st.subheader("This article")
with st.container(horizontal=True):
    st.download_button("Everything as XLSX", workbook_bytes(sheets), file_name=f"{stem}.xlsx", mime=MIME["xlsx"],
                       type="primary", icon=":material/table_view:", on_click="ignore", key="newslens.export.xlsx")
    st.download_button("Analysis as JSON", analysis_json(result.analysis), file_name=f"{stem}.json",
                       mime=MIME["json"], icon=":material/data_object:", on_click="ignore",
                       key="newslens.export.json")
st.caption("The JSON follows NewsLens's analysis contract (schema version "
           f"{result.analysis.to_dict()['schema_version']}); offsets index the normalised article text. "
           "Corrected facts are given as corrected, with the list of corrections.")

tables = {name: frame for name, frame in sheets.items() if name != "Articles"}
st.markdown("**Tables as CSV**")
with st.container(horizontal=True):
    for name, frame in tables.items():
        st.download_button(f"{name} ({len(frame)})", csv_bytes(frame), file_name=f"{stem}-{name.lower()}.csv",
                           mime=MIME["csv"], icon=":material/csv:", on_click="ignore",
                           key=f"newslens.export.csv.{name.lower()}")
for tab, frame in zip(st.tabs(list(tables)), tables.values(), strict=True):
    tab.dataframe(readable(frame), hide_index=True)

st.markdown("**Report**")
with st.container(horizontal=True):
    for fmt, icon in (("pdf", ":material/picture_as_pdf:"), ("docx", ":material/description:")):
        st.download_button(f"Report as {fmt.upper()}", data=lambda fmt=fmt: report_file(
            [library_store.stored_of(result)], fmt=fmt), file_name=f"{stem}-report.{fmt}", mime=MIME[fmt],
            icon=icon, on_click="ignore", key=f"newslens.export.report.{fmt}")
    st.download_button("Facts as gold (score_articles.py)", data=lambda: gold_json(
        [library_store.stored_of(result)]), file_name=f"{stem}.gold.json", mime=MIME["json"],
        icon=":material/verified:", on_click="ignore", key="newslens.export.gold",
        help="The article's facts as corrected, in the gold format of the evaluation tools: test data "
             "for the extractor.")
st.caption("The report: title and source, the spending chart, figures with their sentences, people and their "
           "roles, moves, and which facts were corrected.")
corrections_panel(result.analysis, targets=(), key="newslens.export.corrections")

if len(results) > 1:
    st.subheader(f"All {len(results)} articles")
    everything = workbook_sheets([(r.article.name, r.article.title, r.analysis) for r in results])
    contracts = [{"article": r.article.name, "title": r.article.title, "analysis": r.analysis.to_dict()}
                 for r in results]
    with st.container(horizontal=True):
        st.download_button("All articles as XLSX", workbook_bytes(everything), file_name="newslens-articles.xlsx",
                           mime=MIME["xlsx"], icon=":material/table_view:", on_click="ignore",
                           key="newslens.export.all_xlsx")
        st.download_button("All analyses as JSON", json.dumps(contracts, ensure_ascii=False, indent=2),
                           file_name="newslens-articles.json", mime=MIME["json"], icon=":material/data_object:",
                           on_click="ignore", key="newslens.export.all_json")

with st.expander("Preview the JSON"):
    st.json(result.analysis.to_dict(), expanded=1)
