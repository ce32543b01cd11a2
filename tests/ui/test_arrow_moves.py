"""Where an arrow key leads on the map, on points laid out by hand."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from acupress_gui.ui.map.arrow_moves import nearest_in_direction

DOWN, RIGHT, LEFT = (0.0, 1.0), (1.0, 0.0), (-1.0, 0.0)
ORIGIN = QPointF(0, 0)


def places(**points: tuple[float, float]) -> list[tuple[QPointF, str]]:
    return [(QPointF(x, y), name) for name, (x, y) in points.items()]


def test_straight_ahead_wins_over_nearer_but_far_to_the_side() -> None:
    # Down a line of points: the next one on the line, not the one beside the start.
    line = places(on_the_line=(0.0, 3.0), beside=(1.5, 0.2))
    assert nearest_in_direction(ORIGIN, DOWN, line) == "on_the_line"


def test_among_points_ahead_the_nearest_counting_its_offset() -> None:
    ahead = places(near=(2.0, 0.4), far=(5.0, 0.0), behind=(-1.0, 0.0))
    assert nearest_in_direction(ORIGIN, RIGHT, ahead) == "near"
    assert nearest_in_direction(ORIGIN, LEFT, ahead) == "behind"


def test_a_point_only_off_to_the_side_is_still_reached_when_nothing_else_is_ahead() -> None:
    assert nearest_in_direction(ORIGIN, DOWN, places(aside=(5.0, 0.5))) == "aside"


def test_nothing_ahead_leads_nowhere() -> None:
    level = places(same_place=(0.0, 0.0), above=(0.0, -2.0), beside=(3.0, 0.0))
    assert nearest_in_direction(ORIGIN, DOWN, level) is None
