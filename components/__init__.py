"""NewsLens dashboard building blocks.

Renderers, plain functions of the typed ``extraction`` result, testable without Streamlit running:
``highlight`` (article HTML, with ``templates``), ``timeline`` (spending chart), ``people`` (cards,
moves), ``network`` (person–organisation graph), ``tables`` (DataFrames), ``exports`` (JSON, CSV,
XLSX, PNG/SVG). Their helpers: ``currency`` (ECB conversion), ``links``, ``units``, ``palette``
(Okabe–Ito colours), ``vocabulary`` (words for the core's codes), ``inputs`` (checking pasted text and
files).

Streamlit glue the pages share: ``resources`` (cached models, analyses and servers), ``state``
(session state), ``runner`` (analysing with progress shown) and ``layout`` (sidebar and page frame).
"""
