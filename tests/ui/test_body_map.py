"""The body map: markers select entries, hit areas are finger-sized, zoom behaves."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.ui.map.body_map_view import ENTRY_ZOOM_MIN_SPAN, MAX_ZOOM, ZOOM_STEP
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from tests.ui.conftest import click_view, marker_view_pos, markers_of


@pytest.mark.parametrize(
    ("code", "entry_id", "title"),
    [
        ("GB20", "wind-pool", "Wind Pool"),
        ("BL52", "sea-of-vitality", "Sea of Vitality"),
        ("BL10", "heavenly-pillar", "Heavenly Pillar"),
        ("BL40", "commanding-middle", "Commanding Middle"),
        ("BL33", "sacral-points", "Sacral Points"),
    ],
)
def test_clicking_a_marker_selects_its_entry_and_fills_the_panel(
    qtbot: QtBot, window: DesktopWindow, code: str, entry_id: str, title: str
) -> None:
    view = window.view.body_map
    view.zoom_to_selected()  # nothing selected: must not move anything
    left_marker = markers_of(view, code)[1]
    click_view(qtbot, view, marker_view_pos(view, left_marker))

    entry = window.view.point_panel.entry()
    assert entry is not None and entry.id == entry_id
    assert (
        window.view.entry_list.currentIndex().row()
        == window.view.entry_model.index_of(entry_id).row()
    )
    text = window.view.point_panel.text()
    assert title in text
    assert entry.correction in text
    assert entry.find_steps[0] in text
    # The selected entry's markers stand out; every other marker stays visible.
    for marker in view.markers():
        assert marker.highlighted == (marker.entry.id == entry_id)
        assert marker.isVisible()


def test_hit_area_is_at_least_9_mm_even_when_the_dot_is_smaller(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view.body_map
    assert view.hit_radius() >= 17.0  # 9 mm across at 96 dpi is about 34 px
    marker = markers_of(view, "BL40")[0]
    assert marker.radius < view.hit_radius()
    centre = marker_view_pos(view, marker)
    click_view(qtbot, view, centre + QPointF(0, 16))
    assert window.view.point_panel.entry().id == "commanding-middle"


def test_a_click_away_from_every_marker_selects_nothing(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view.body_map
    upper_arm = view.viewportTransform().map(QPointF(9.8, 24.0))
    click_view(qtbot, view, upper_arm)
    assert window.view.point_panel.entry() is None


def test_where_hit_areas_overlap_the_nearest_marker_wins(
    qtbot: QtBot, window: DesktopWindow
) -> None:
    view = window.view.body_map
    gb20 = marker_view_pos(view, markers_of(view, "GB20")[0])
    bl10 = marker_view_pos(view, markers_of(view, "BL10")[0])
    assert math.dist((gb20.x(), gb20.y()), (bl10.x(), bl10.y())) < 2 * view.hit_radius()

    near_gb20 = gb20 + (bl10 - gb20) * 0.3
    click_view(qtbot, view, near_gb20)
    assert window.view.point_panel.entry().id == "wind-pool"
    near_bl10 = gb20 + (bl10 - gb20) * 0.7
    click_view(qtbot, view, near_bl10)
    assert window.view.point_panel.entry().id == "heavenly-pillar"


def test_hover_highlights_the_pair_and_names_the_side(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view.body_map
    right, left = markers_of(view, "GB20")
    pos = marker_view_pos(view, left)
    qtbot.mouseMove(view.viewport(), QPoint(round(pos.x()), round(pos.y())))
    qtbot.waitUntil(lambda: view.hover_text() is not None)
    assert view.hover_text() == "GB20 Wind Pool (your left)"
    assert left.hovered and right.hovered
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor

    pos = marker_view_pos(view, markers_of(view, "BL23")[0])
    qtbot.mouseMove(view.viewport(), QPoint(round(pos.x()), round(pos.y())))
    qtbot.waitUntil(lambda: "BL23" in (view.hover_text() or ""))
    assert view.hover_text().endswith("(your right)")
    assert not left.hovered


def test_persons_right_is_on_the_viewers_right(window: DesktopWindow) -> None:
    view = window.view.body_map
    right, left = markers_of(view, "BL52")
    assert marker_view_pos(view, right).x() > marker_view_pos(view, left).x()
    assert right.is_persons_right and not left.is_persons_right


def _figure_fill(window: DesktopWindow) -> tuple[float, float]:
    """The share of the view's width and height the whole figure covers."""
    view = window.view.body_map
    shown = view.viewportTransform().mapRect(view.figure_rect())
    viewport = view.viewport().rect()
    return shown.width() / viewport.width(), shown.height() / viewport.height()


def test_fit_fills_the_view_and_stays_fitted_on_resize(qtbot: QtBot, window: DesktopWindow) -> None:
    assert window.view.body_map.is_fitted_to_body()
    for size in ((1100, 760), (950, 640), (1500, 980), (1000, 900)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().toTuple() == s)
        QApplication.processEvents()
        width_share, height_share = _figure_fill(window)
        assert max(width_share, height_share) >= 0.9, size
        assert width_share <= 1.0 and height_share <= 1.0, size


def test_zoom_in_out_and_fit(window: DesktopWindow) -> None:
    view = window.view.body_map
    fit = view.pixels_per_cun()
    assert not window.view.zoom_out_action.isEnabled()  # already showing the whole body

    window.view.zoom_in_action.trigger()
    assert view.pixels_per_cun() == pytest.approx(fit * ZOOM_STEP)
    assert window.view.zoom_out_action.isEnabled()
    window.view.zoom_in_action.trigger()
    window.view.zoom_out_action.trigger()
    assert view.pixels_per_cun() == pytest.approx(fit * ZOOM_STEP)

    window.view.fit_action.trigger()
    assert view.pixels_per_cun() == pytest.approx(fit)
    window.view.zoom_out_action.trigger()
    assert view.pixels_per_cun() == pytest.approx(fit)  # never smaller than the whole body

    for _ in range(40):
        window.view.zoom_in_action.trigger()
    assert view.pixels_per_cun() == pytest.approx(fit * MAX_ZOOM)
    assert not window.view.zoom_in_action.isEnabled()


def test_zoom_to_entry_frames_its_markers_closely(window: DesktopWindow) -> None:
    view = window.view.body_map
    fit = view.pixels_per_cun()
    assert not window.view.zoom_to_selected_action.isEnabled()
    window.view.select_entry("wind-pool")
    window.view.zoom_to_selected_action.trigger()
    # The view now spans about ENTRY_ZOOM_MIN_SPAN B-cun (the neck, not the body).
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert min(shown.width(), shown.height()) <= ENTRY_ZOOM_MIN_SPAN / 0.96 + 0.5
    assert view.pixels_per_cun() > 2 * fit
    viewport = QRectF(view.viewport().rect())
    for code in ("GB20",):
        for marker in markers_of(view, code):
            assert viewport.contains(marker_view_pos(view, marker))
    # The neighbouring BL10 markers are far enough apart to tell from GB20 at a glance.
    gb20 = marker_view_pos(view, markers_of(view, "GB20")[0])
    bl10 = marker_view_pos(view, markers_of(view, "BL10")[0])
    assert math.dist(gb20.toTuple(), bl10.toTuple()) > 3 * markers_of(view, "GB20")[0].radius


def test_wheel_zoom_keeps_the_spot_under_the_pointer(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view.body_map
    target = QPointF(3.0, 27.5)
    under = view.viewportTransform().map(target)
    fit = view.pixels_per_cun()
    event = QWheelEvent(
        under,
        view.viewport().mapToGlobal(under),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.pixels_per_cun() == pytest.approx(fit * ZOOM_STEP**2)
    after = view.viewportTransform().map(target)
    assert math.dist(after.toTuple(), under.toTuple()) <= 1.5


def test_pinch_zooms(window: DesktopWindow) -> None:
    view = window.view.body_map
    fit = view.pixels_per_cun()
    centre = QPointF(view.viewport().rect().center())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        view.viewport().mapToGlobal(centre),
        0.5,
        QPointF(),
        0,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.pixels_per_cun() == pytest.approx(fit * 1.5)


def test_zooming_to_the_sacrum_separates_every_sacral_marker(window: DesktopWindow) -> None:
    view = window.view.body_map
    at_fit = markers_of(view, "BL31")[0].radius
    window.view.select_entry("sacral-points")
    view.zoom_to_selected()
    sacral = [m for m in view.markers() if m.entry.id == "sacral-points"]
    assert sacral[0].radius > at_fit  # dots grow with the zoom, up to a limit
    for i, a in enumerate(sacral):
        for b in sacral[i + 1 :]:
            gap = math.dist(marker_view_pos(view, a).toTuple(), marker_view_pos(view, b).toTuple())
            assert gap > a.radius + b.radius, (a.point.code, b.point.code)


def test_hover_name_stays_inside_the_map(qtbot: QtBot, window: DesktopWindow) -> None:
    view = window.view.body_map
    window.view.select_entry("commanding-middle")
    view.zoom_to_selected()
    viewport = QRectF(view.viewport().rect())
    for marker in markers_of(view, "BL40"):
        pos = marker_view_pos(view, marker)
        qtbot.mouseMove(view.viewport(), QPoint(round(pos.x()), round(pos.y())))
        qtbot.waitUntil(lambda m=marker: m.hovered)
        box = view.hover_rect()
        assert box is not None and viewport.contains(box), (box, viewport)
