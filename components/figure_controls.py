"""The controls above a spending timeline, shared by the one-article and the across-articles page:
the currency amounts are shown in, and which kinds of figure are drawn. Streamlit glue."""

from __future__ import annotations

from collections.abc import Sequence

from streamlit.delta_generator import DeltaGenerator

from .currency import ORIGINAL, TARGETS
from .vocabulary import KIND_NAMES, SPENDING_KINDS, sentence_case


def figure_controls(left: DeltaGenerator, right: DeltaGenerator, *, kinds: Sequence[str],
                    key: str) -> tuple[str, list[str]]:
    """The chosen currency target (in ``left``) and kinds of figure (in ``right``, spending first by
    default); widget keys start with ``key``, e.g. "newslens.timeline"."""
    target = left.segmented_control("Amounts in", TARGETS, default=ORIGINAL, required=True,
                                    key=f"{key}.currency", persist_state="session",
                                    help="EUR and USD use the ECB reference rates bundled with NewsLens (no internet).")
    chosen = right.pills("Figures", kinds, selection_mode="multi", key=f"{key}.kinds",
                         default=[k for k in SPENDING_KINDS if k in kinds] or list(kinds),
                         format_func=lambda kind: sentence_case(KIND_NAMES.get(kind, kind)))
    return target, chosen
