"""Colour-blind safe colours (Okabe & Ito 2008, then Tol's muted scheme) for entity labels and for the
organisations in charts, one colour per organisation wherever it is drawn."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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

# Chart lines on white: yellow is left out (too faint for a line); after Okabe & Ito's seven, the
# darker colours of Paul Tol's muted scheme.
SERIES_COLORS = (BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK,
                 "#332288", "#882255", "#117733", "#AA4499", "#44AA99")
UNATTRIBUTED_COLOR = "#8C959F"  # figures no organisation is named for: grey, never an organisation's colour


def organization_colors(names: Iterable[str], *, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """``known`` with a colour for each new name: the palette's first colour that no other name drawn
    with it has, nor (if possible) any known name, so an organisation keeps its colour from chart to
    chart and page to page."""
    colors = dict(known or {})
    names = list(dict.fromkeys(names))
    for name in names:
        if name not in colors:
            here = [colors[other] for other in names if other in colors]
            everywhere = list(colors.values())
            colors[name] = min(SERIES_COLORS, key=lambda color: (here.count(color), everywhere.count(color),
                                                                 SERIES_COLORS.index(color)))
    return colors


def tint(color: str, *, alpha: float) -> str:
    """``#RRGGBB`` as an ``rgba()`` with the given opacity, for highlight backgrounds."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha})"
