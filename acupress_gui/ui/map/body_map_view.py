"""The clickable body map: the posterior figure with a marker at every point position."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget

from acupress_gui.core.body import BACK_VIEW
from acupress_gui.core.catalog import Catalog
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.body_figure_item import BodyFigureItem
from acupress_gui.ui.map.entry_list_model import EntryListModel, choose, selected_entry
from acupress_gui.ui.map.map_label_item import MapLabelItem
from acupress_gui.ui.map.point_marker_item import PointMarkerItem

MIN_HIT_MM = 9.0
"""Smallest target a fingertip hits reliably; the hit area never shrinks below it."""

HOVER_MARGIN = 4.0
"""Pixels kept between a hover name and the edge of the map."""

ZOOM_STEP = 1.25
MAX_ZOOM = 12.0
"""How far in, as a multiple of the whole-body fit."""

SCENE_MARGIN = 75.0
"""B-cun of room around the figure. Qt centres a scene smaller than the view and will
not scroll it, so without room the spot under the pointer would slide while zooming."""

ENTRY_ZOOM_MIN_SPAN = 11.0
"""Zooming to an entry shows at least this many B-cun, so the body around stays in view."""


@dataclass(frozen=True)
class MapFrame:
    """What the map shows: a fitted area (re-fitted on resize), or a zoom and a centre."""

    fitted: QRectF | None
    pixels_per_cun: float
    centre: QPointF


class BodyMapView(QGraphicsView):
    """Shows the figure and lets a person pick an entry by its markers.

    The selection lives in the shared ``QItemSelectionModel``: a click sets its current
    index, and the markers follow its changes, whoever made them.

    Signals:
        zoom_changed: the zoom or the fitted area changed (for enabling zoom actions).
    """

    zoom_changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        model: EntryListModel,
        selection: QItemSelectionModel,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setAccessibleName(self.tr("Body map, seen from behind"))
        self.setAccessibleDescription(
            self.tr(
                "Acupressure points on the back of the body. Use the list of points "
                "to choose one with the keyboard."
            )
        )
        self._model = model
        self._selection = selection
        self._theme = theme

        scene = QGraphicsScene(self)
        self._figure = BodyFigureItem(theme)
        scene.addItem(self._figure)
        self._markers: list[PointMarkerItem] = []
        for entry in catalog.entries:
            for point in entry.points:
                if point.view != BACK_VIEW:
                    continue  # drawn on an inset beside the figure (issue 10, the map)
                for x, y in point.positions:
                    marker = PointMarkerItem(entry, point, QPointF(x, y), theme)
                    scene.addItem(marker)
                    self._markers.append(marker)
        self._add_side_labels(scene)
        self._hover_label = MapLabelItem("", theme.color("text"), bubble=theme.color("surface"))
        self._hover_label.setZValue(10)
        self._hover_label.hide()
        scene.addItem(self._hover_label)
        scene.setSceneRect(
            self.figure_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )
        self.setScene(scene)

        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

        self._fitted_rect: QRectF | None = self.figure_rect()
        self._hovered: PointMarkerItem | None = None
        self._press_pos: QPointF | None = None
        selection.selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    # --- what is shown -------------------------------------------------------------

    def figure_rect(self) -> QRectF:
        """The whole figure in scene units (B-cun)."""
        return self._figure.figure_rect()

    def markers(self) -> list[PointMarkerItem]:
        return list(self._markers)

    def pixels_per_cun(self) -> float:
        return self.transform().m11()

    def hit_radius(self) -> float:
        """Pixels from a marker's centre that still hit it: half of 9 mm on this screen."""
        dpi = max(self.logicalDpiX(), 96)
        return MIN_HIT_MM / 25.4 * dpi / 2

    def marker_at(self, view_pos: QPointF) -> PointMarkerItem | None:
        """The marker nearest to ``view_pos`` within the hit radius, if any."""
        to_view = self.viewportTransform()
        best, best_distance = None, self.hit_radius()
        for marker in self._markers:
            centre = to_view.map(marker.pos())
            distance = math.hypot(centre.x() - view_pos.x(), centre.y() - view_pos.y())
            if distance <= best_distance:
                best, best_distance = marker, distance
        return best

    def hover_text(self) -> str | None:
        """The name shown beside the hovered marker, or None when nothing is hovered."""
        return self._hover_label.text() if self._hover_label.isVisible() else None

    def hover_rect(self) -> QRectF | None:
        """Where that name is drawn, in viewport pixels."""
        if not self._hover_label.isVisible():
            return None
        anchor = self.viewportTransform().map(self._hover_label.pos())
        return self._hover_label.boundingRect().translated(anchor)

    # --- zoom ----------------------------------------------------------------------

    def is_fitted_to_body(self) -> bool:
        return self._fitted_rect == self.figure_rect()

    def can_zoom_in(self) -> bool:
        return self._zoom_factor() < MAX_ZOOM * 0.999

    def can_zoom_out(self) -> bool:
        return self._zoom_factor() > 1.001

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP, self.viewport().rect().center().toPointF())

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP, self.viewport().rect().center().toPointF())

    def fit_whole_body(self) -> None:
        self._fit(self.figure_rect())

    def zoom_to_selected(self) -> None:
        """Frame the selected entry's markers, with the body around them for context."""
        entry = selected_entry(self._selection)
        if entry is None or not entry.positions:
            return
        xs = [x for x, _ in entry.positions]
        ys = [y for _, y in entry.positions]
        centre = QPointF((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        width = max(max(xs) - min(xs) + 4, ENTRY_ZOOM_MIN_SPAN)
        height = max(max(ys) - min(ys) + 4, ENTRY_ZOOM_MIN_SPAN)
        self._fit(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height))

    def frame(self) -> MapFrame:
        """The zoom and position, for a rebuilt view to start where this one is."""
        centre = self.mapToScene(self.viewport().rect().center())
        fitted = None if self._fitted_rect is None else QRectF(self._fitted_rect)
        return MapFrame(fitted, self.pixels_per_cun(), centre)

    def show_frame(self, frame: MapFrame) -> None:
        """Show what ``frame()`` returned, here or in another view of the same catalog."""
        if frame.fitted is not None:
            self._fit(frame.fitted)
            return
        self._fitted_rect = None
        self.setTransform(QTransform.fromScale(frame.pixels_per_cun, frame.pixels_per_cun))
        self.centerOn(frame.centre)
        self._transform_changed()

    def _fit(self, rect: QRectF) -> None:
        self._fitted_rect = QRectF(rect)
        self._refit()

    def _refit(self) -> None:
        if self._fitted_rect is None:
            return
        viewport = self.viewport().rect()
        if viewport.width() < 2 or viewport.height() < 2:
            return
        scale = (
            min(
                viewport.width() / self._fitted_rect.width(),
                viewport.height() / self._fitted_rect.height(),
            )
            * 0.96
        )
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._fitted_rect.center())
        self._transform_changed()

    def _fit_scale(self) -> float:
        viewport = self.viewport().rect()
        figure = self.figure_rect()
        return min(viewport.width() / figure.width(), viewport.height() / figure.height()) * 0.96

    def _zoom_factor(self) -> float:
        """The current zoom as a multiple of the whole-body fit."""
        return self.pixels_per_cun() / self._fit_scale()

    def _zoom_by(self, factor: float, anchor: QPointF) -> None:
        """Zoom keeping the body point under ``anchor`` (view pixels) where it is."""
        fit = self._fit_scale()
        target = min(max(self.pixels_per_cun() * factor, fit), fit * MAX_ZOOM)
        if math.isclose(target, self.pixels_per_cun()):
            return
        scene_anchor = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(target, target))
        moved = self.mapFromScene(scene_anchor) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._fitted_rect = self.figure_rect() if math.isclose(target, fit) else None
        self._transform_changed()

    def _transform_changed(self) -> None:
        # Dots shrink when zoomed far out so the eight sacral points do not merge.
        radius = min(max(0.42 * self.pixels_per_cun(), 3.5), PointMarkerItem.MAX_RADIUS)
        for marker in self._markers:
            marker.set_radius(radius)
        self.zoom_changed.emit()

    # --- events --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted_rect is None:
            # Keep the zoom within its limits for the new size.
            self._zoom_by(1.0, self.viewport().rect().center().toPointF())
        self._refit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).toPointF()
                self._zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._zoom_by(1 + event.value(), event.position())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and marker is not None:
            self._select(marker)
            event.accept()
            return
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None:
            dragged = event.position() - self._press_pos
            if abs(dragged.x()) + abs(dragged.y()) > 4:
                self._fitted_rect = None  # the person panned: stop re-fitting on resize
            super().mouseMoveEvent(event)
            return
        self._set_hovered(self.marker_at(event.position()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press_pos = None
        super().mouseReleaseEvent(event)
        self._update_cursor()

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    # --- selection and hover ------------------------------------------------------

    def _select(self, marker: PointMarkerItem) -> None:
        choose(self._selection, self._model.index_of(marker.entry.id))

    def _on_selection_changed(self) -> None:
        entry = selected_entry(self._selection)
        for marker in self._markers:
            marker.set_highlighted(entry is not None and marker.entry.id == entry.id)

    def _set_hovered(self, marker: PointMarkerItem | None) -> None:
        if marker is self._hovered:
            return
        self._hovered = marker
        # A paired point's two markers act as one: both grow together.
        for item in self._markers:
            item.set_hovered(marker is not None and item.point is marker.point)
        if marker is None:
            self._hover_label.hide()
        else:
            side = self.tr("your right") if marker.is_persons_right else self.tr("your left")
            self._hover_label.set_text(
                self.tr("{code} {name} ({side})").format(
                    code=marker.point.code, name=marker.point.name, side=side
                )
            )
            self._hover_label.setPos(marker.pos())
            self._hover_label.set_offset(self._hover_offset(marker))
            self._hover_label.show()
        self._update_cursor()

    def _hover_offset(self, marker: PointMarkerItem) -> QPointF:
        """Beside the marker, on the side with more room; above (or below) it when neither
        side has enough; always inside the map."""
        size = self._hover_label.size()
        centre = self.viewportTransform().map(marker.pos())
        gap = PointMarkerItem.MAX_RADIUS + 6
        width = self.viewport().width()
        room_right = width - centre.x() - gap
        if room_right >= size.width() or room_right >= centre.x() - gap:
            left = centre.x() + gap
        else:
            left = centre.x() - gap - size.width()
        clamped = min(max(left, HOVER_MARGIN), width - HOVER_MARGIN - size.width())
        if clamped == left:
            return QPointF(left - centre.x(), 0.0)
        shift = gap + size.height() / 2
        above = centre.y() - shift - size.height() / 2 >= HOVER_MARGIN
        return QPointF(clamped - centre.x(), -shift if above else shift)

    def _update_cursor(self) -> None:
        shape = (
            Qt.CursorShape.PointingHandCursor if self._hovered else Qt.CursorShape.OpenHandCursor
        )
        self.viewport().setCursor(shape)

    def _add_side_labels(self, scene: QGraphicsScene) -> None:
        # Seen from behind, the person's right is on the viewer's right.
        color = self._theme.color("muted")
        for text, x in ((self.tr("Your left"), -7.5), (self.tr("Your right"), 7.5)):
            label = MapLabelItem(text, color, pixel_size=14)
            label.setPos(QPointF(x, 3.0))
            scene.addItem(label)
