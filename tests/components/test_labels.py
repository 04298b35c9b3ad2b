"""Label placement: labels go to their first free spot, never onto a line or another label, and are left
out when there is no room."""

from __future__ import annotations

from components.labels import Box, Canvas, Label, Spot, place, point_spots, span_spots

CANVAS = Canvas((0, 10), (0, 10), 500, 250)  # 50 px a unit across, 25 px a unit up


def test_a_second_label_for_the_same_spot_moves_to_its_next_one() -> None:
    first = Label("1.05 bn", (Spot(5, 5, "top center"), Spot(5, 5, "bottom center")))
    second = Label("0.98 bn", (Spot(5.2, 5, "top center"), Spot(5.2, 5, "bottom center")))
    assert place([first, second], canvas=CANVAS) == [first.spots[0], second.spots[1]]


def test_a_label_never_lies_on_a_line() -> None:
    label = Label("24 bn CNY", point_spots(4, 5, before=None, after=9))
    (spot,) = place([label], canvas=CANVAS, lines=[((4, 5), (6, 9))])
    assert not CANVAS.text_box(spot, label.text).crosses(CANVAS.pixel(4, 5), CANVAS.pixel(6, 9))


def test_a_label_without_room_is_left_out() -> None:
    crowded = Label("a long label that fits nowhere", (Spot(0.1, 9.9, "top left"),))
    assert place([crowded], canvas=CANVAS) == [None]


def test_preferred_spots_of_every_label_come_before_anyones_fallback() -> None:
    span = Label("15 bn in total", span_spots([2, 3, 4], 2), preferred=6)
    point = Label("3 bn", (Spot(3, 2.9, "top center"), Spot(3, 2.9, "middle left")), preferred=1)
    spots = place([point, span], canvas=CANVAS, lines=[((2, 2), (4, 2))])
    assert spots[1].position in ("top center", "bottom center")


def test_boxes_and_segments() -> None:
    box = Box(0, 0, 10, 10)
    assert box.crosses((-5, 5), (15, 5)) and not box.crosses((-5, 15), (15, 15))
    assert box.overlaps(Box(9, 9, 20, 20)) and not box.overlaps(Box(10, 0, 20, 10))
