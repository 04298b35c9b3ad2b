"""Value labels on a chart panel that never overlap: each label takes the first of its candidate places
that is free of the labels placed before it, of markers and of lines; a label without a free place is
left out (its value stays in the hover). Geometry in pixels of the narrowest plot NewsLens draws, so
what fits there fits wherever the chart is wider.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Text of the chart's value labels (12 px): a generous average character width, and the line height.
CHAR_WIDTH = 7.2
LINE_HEIGHT = 16.0
MARKER_RADIUS = 9.0  # half the largest marker (a span's end cap), plus a little air
# Where plotly puts text relative to its point: horizontal and vertical direction of the text box.
_DIRECTIONS = {
    "top center": (0, 1), "bottom center": (0, -1), "top left": (-1, 1), "top right": (1, 1),
    "bottom left": (-1, -1), "bottom right": (1, -1), "middle left": (-1, 0), "middle right": (1, 0),
}


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels, y upwards."""

    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.bottom < other.top and other.bottom < self.top)

    def inside(self, other: Box) -> bool:
        return other.left <= self.left and self.right <= other.right and other.bottom <= self.bottom \
            and self.top <= other.top

    def crosses(self, start: tuple[float, float], end: tuple[float, float]) -> bool:
        """Whether the segment from ``start`` to ``end`` passes through the box (Liang–Barsky clipping)."""
        (x0, y0), (x1, y1) = start, end
        dx, dy = x1 - x0, y1 - y0
        low, high = 0.0, 1.0
        for p, q in ((-dx, x0 - self.left), (dx, self.right - x0), (-dy, y0 - self.bottom), (dy, self.top - y0)):
            if p == 0:
                if q < 0:
                    return False
                continue
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
            if low > high:
                return False
        return True


@dataclass(frozen=True)
class Spot:
    """One place a label may go: the data point it is written next to, and plotly's ``textposition``."""

    x: float
    y: float
    position: str


@dataclass(frozen=True)
class Label:
    """A label's text and the places it may go, best first; the first ``preferred`` of them are where a
    reader looks for it, the others are tried only once every label has had its preferred places."""

    text: str
    spots: tuple[Spot, ...]
    preferred: int = 2


@dataclass(frozen=True)
class Canvas:
    """A panel's plot area: data ranges and their size in pixels."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    width: float
    height: float

    def pixel(self, x: float, y: float) -> tuple[float, float]:
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return (x - x0) / (x1 - x0) * self.width, (y - y0) / (y1 - y0) * self.height

    def text_box(self, spot: Spot, text: str) -> Box:
        """Where plotly draws ``text`` at ``spot``."""
        px, py = self.pixel(spot.x, spot.y)
        width, height = CHAR_WIDTH * len(text), LINE_HEIGHT
        across, up = _DIRECTIONS[spot.position]
        left = px - width / 2 if across == 0 else (px + MARKER_RADIUS if across > 0 else px - MARKER_RADIUS - width)
        bottom = py - height / 2 if up == 0 else (py + MARKER_RADIUS if up > 0 else py - MARKER_RADIUS - height)
        return Box(left, bottom, left + width, bottom + height)

    def marker_box(self, x: float, y: float) -> Box:
        px, py = self.pixel(x, y)
        return Box(px - MARKER_RADIUS + 2, py - MARKER_RADIUS + 2, px + MARKER_RADIUS - 2, py + MARKER_RADIUS - 2)


def place(labels: Sequence[Label], *, canvas: Canvas, markers: Iterable[tuple[float, float]] = (),
          lines: Iterable[tuple[tuple[float, float], tuple[float, float]]] = ()) -> list[Spot | None]:
    """The spot each label gets, or None where none is free: first every label in turn at its preferred
    spots (earlier labels win), then the ones left out at their other spots."""
    area = Box(0, 0, canvas.width, canvas.height)
    taken = [canvas.marker_box(x, y) for x, y in markers]
    segments = [(canvas.pixel(*start), canvas.pixel(*end)) for start, end in lines]
    chosen: list[Spot | None] = [None] * len(labels)
    for first_pass in (True, False):
        for index, label in enumerate(labels):
            if chosen[index] is not None:
                continue
            spots = label.spots[:label.preferred] if first_pass else label.spots[label.preferred:]
            chosen[index] = next((spot for spot in spots if _free(canvas.text_box(spot, label.text), area=area,
                                                                   taken=taken, segments=segments)), None)
            if chosen[index] is not None:
                taken.append(canvas.text_box(chosen[index], label.text))
    return chosen


def _free(box: Box, *, area: Box, taken: list[Box], segments: list) -> bool:
    return box.inside(area) and not any(box.overlaps(other) for other in taken) \
        and not any(box.crosses(start, end) for start, end in segments)


def point_spots(x: float, y: float, *, before: float | None, after: float | None,
                lean: int = 0) -> tuple[Spot, ...]:
    """Places around a point, best first: off the lines to its neighbours (``before`` and ``after``
    are their values, None where there is none), or to the side of ``lean`` (-1 left, 1 right) when
    another point stands beside it."""
    if lean:
        side = "left" if lean < 0 else "right"
        order = [f"top {side}", f"bottom {side}", f"middle {side}"]
    else:
        order = _free_sides(_slope(before, y), _slope(y, after))
    return tuple(Spot(x, y, position) for position in [*order, *(p for p in _DIRECTIONS if p not in order)])


def _slope(left: float | None, right: float | None) -> int:
    """-1, 0 or 1: whether the line between two values falls, is flat (or absent) or climbs."""
    if left is None or right is None or left == right:
        return 0
    return 1 if right > left else -1


def _free_sides(into: int, out_of: int) -> list[str]:
    """Where a point's label is off its lines, given how the line comes in and goes out."""
    if into >= 0 and out_of <= 0 and (into, out_of) != (0, 0):  # a peak
        return ["top center", "top left", "top right"]
    if into <= 0 and out_of >= 0 and (into, out_of) != (0, 0):  # a valley
        return ["bottom center", "bottom left", "bottom right"]
    if into > 0 or out_of > 0:  # the line climbs through it: up-left and down-right are free
        return ["top left", "bottom right"]
    if into < 0 or out_of < 0:
        return ["top right", "bottom left"]
    return ["top center", "bottom center"]  # alone, or on a flat line


def span_spots(xs: Sequence[float], y: float) -> tuple[Spot, ...]:
    """Places along a horizontal span, above then below: the middle first, then outwards, then
    reaching in from either end."""
    middle = len(xs) // 2
    order = sorted(range(len(xs)), key=lambda i: (abs(i - middle), i))
    along = [Spot(xs[i], y, position) for i in order for position in ("top center", "bottom center")]
    ends = [Spot(xs[-1], y, "top left"), Spot(xs[0], y, "top right"), Spot(xs[-1], y, "bottom left"),
            Spot(xs[0], y, "bottom right"), Spot(xs[-1], y, "middle right"), Spot(xs[0], y, "middle left")]
    return tuple(along + ends)
