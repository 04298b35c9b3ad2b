"""NewsLens dashboard building blocks.

Most modules are plain renderers: a function of the typed ``extraction`` result that returns
HTML, a plotly figure, a DataFrame or file bytes, testable without Streamlit running
(``highlight``, ``timeline``, ``people``, ``network``, ``tables``, ``exports``). Three modules
are the Streamlit glue the pages share: ``resources`` (cached models and servers), ``state``
(session state) and ``runner`` (analysing a batch with progress shown).
"""
