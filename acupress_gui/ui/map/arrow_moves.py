"""Where an arrow key goes on the map: to the nearest point in that direction.

A point straight ahead wins over a nearer one off to the side, so Down walks down a line
of points (the bladder line beside the spine) instead of zigzagging across the back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QPointF, Qt

T = TypeVar("T")

DIRECTIONS: dict[Qt.Key, tuple[float, float]] = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
"""Each arrow as a unit step in scene coordinates (y grows downwards). The figure is seen
from behind, so Right is towards the person's right too."""

CONE = 2.0
"""A point counts as "in that direction" while it lies at most this many units to the side
for each unit ahead (about 63 degrees either way of straight ahead)."""

SIDEWAYS_COST = 2.0
"""How much a unit to the side counts against a point, compared with a unit ahead."""


def nearest_in_direction(
    origin: QPointF, direction: tuple[float, float], places: Iterable[tuple[QPointF, T]]
) -> T | None:
    """The item of the place that an arrow pressed at ``origin`` leads to: the best placed
    within the cone ahead, else the best placed anywhere ahead; None when nothing is ahead.

    ``places`` pairs each candidate with its position; the best placed is the one whose
    distance ahead plus ``SIDEWAYS_COST`` times its distance aside is least.
    """
    dx, dy = direction
    in_cone: tuple[float, T] | None = None
    ahead: tuple[float, T] | None = None
    for position, item in places:
        x, y = position.x() - origin.x(), position.y() - origin.y()
        along = x * dx + y * dy
        if along <= 1e-9:
            continue
        aside = abs(x * dy - y * dx)
        cost = along + SIDEWAYS_COST * aside
        if aside <= CONE * along and (in_cone is None or cost < in_cone[0]):
            in_cone = (cost, item)
        if ahead is None or cost < ahead[0]:
            ahead = (cost, item)
    best = in_cone or ahead
    return None if best is None else best[1]
