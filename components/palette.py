"""Colour-blind safe colours (Okabe & Ito 2008) for entity labels and chart series."""

from __future__ import annotations

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"
GREY = "#999999"

LABEL_COLORS = {
    "PERSON": ORANGE,
    "ORG": BLUE,
    "LOC": BLUISH_GREEN,
    "PRODUCT": REDDISH_PURPLE,
    "EVENT": VERMILLION,
    "MONEY": YELLOW,
    "DATE": SKY_BLUE,
    "PERCENT": GREY,
    "MISC": BLACK,
}

# Chart lines on white: yellow is left out (too faint for a line).
SERIES_COLORS = (BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK)


def series_color(index: int) -> str:
    """The colour of the ``index``-th series, cycling through the palette."""
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def tint(color: str, *, alpha: float) -> str:
    """``#RRGGBB`` as an ``rgba()`` with the given opacity, for highlight backgrounds."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
