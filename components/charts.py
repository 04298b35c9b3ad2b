"""A chart on a page with its downloads: the chart (its camera button saves a PNG under the same file
name), then PNG (2×) and SVG drawn by kaleido with the Chromium that is installed; without one, a
note says how to get those. Streamlit glue."""

from __future__ import annotations

import streamlit as st

from . import resources
from .exports import MIME, image_bytes
from .timeline import image_size
from .views import Chart

NO_BROWSER = ("PNG and SVG downloads need Chromium (Debian, Ubuntu: apt-get install chromium); the camera "
              "button above the chart saves a PNG meanwhile.")


def show_chart(chart: Chart, *, stem: str, key: str) -> None:
    """Draw ``chart``; its downloads are named ``stem`` ('newslens-timeline-xiaomi-cny-2025-05-03')."""
    size = image_size(chart.figure)
    # Drawn as designed (theme=None), so the page shows what a downloaded image shows.
    st.plotly_chart(chart.figure, key=f"{key}.chart", theme=None, config={
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "scale": 2, "filename": stem, **size},
    })
    if resources.chart_browser() is None:
        st.caption(NO_BROWSER)
        return
    with st.container(horizontal=True):
        for fmt, label in (("png", "PNG (2×)"), ("svg", "SVG")):
            st.download_button(label, data=lambda fmt=fmt: image_bytes(chart.figure, fmt=fmt, **size),
                               icon=":material/image:", file_name=f"{stem}.{fmt}", mime=MIME[fmt],
                               on_click="ignore", key=f"{key}.{fmt}")
