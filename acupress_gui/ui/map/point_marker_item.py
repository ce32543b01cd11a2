"""One marker on the body map: a dot for one side of one point."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core.catalog import Entry, Point
from acupress_gui.ui.common.theme import Theme


class PointMarkerItem(QGraphicsItem):
    """A filled dot with a ring so it reads on any fill; hover enlarges it, selection
    gives it the accent colour and a soft halo.

    The dot keeps its pixel size while the figure zooms (the view sets ``radius``
    from the zoom so dense groups do not merge when zoomed out). Hit-testing is the
    view's job: it needs the nearest marker, not the topmost.
    """

    MAX_RADIUS = 7.5
    HOVER_GROWTH = 1.5
    HALO_FACTOR = 2.3

    def __init__(self, entry: Entry, point: Point, position: QPointF, theme: Theme) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(position)
        self.entry = entry
        self.point = point
        self._theme = theme
        self._radius = 6.0
        self._hovered = False
        self._selected = False
        self.setZValue(1)

    @property
    def is_persons_right(self) -> bool:
        """Seen from behind, the person's right is on the viewer's right (x > 0)."""
        return self.pos().x() > 0

    @property
    def hovered(self) -> bool:
        return self._hovered

    @property
    def highlighted(self) -> bool:
        return self._selected

    @property
    def radius(self) -> float:
        return self._radius

    def set_radius(self, radius: float) -> None:
        if radius != self._radius:
            self._radius = radius
            self.update()

    def set_hovered(self, hovered: bool) -> None:
        if hovered != self._hovered:
            self._hovered = hovered
            self.setZValue(3 if hovered else 2 if self._selected else 1)
            self.update()

    def set_highlighted(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setZValue(3 if self._hovered else 2 if selected else 1)
            self.update()

    def boundingRect(self) -> QRectF:
        extent = (self.MAX_RADIUS + self.HOVER_GROWTH) * self.HALO_FACTOR + 2
        return QRectF(-extent, -extent, 2 * extent, 2 * extent)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self._radius + (self.HOVER_GROWTH if self._hovered else 0.0)
        fill = self._theme.color("accent" if self._selected else "marker")
        if self._selected:
            halo = QColor(fill)
            halo.setAlphaF(0.22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(QPointF(), radius * self.HALO_FACTOR, radius * self.HALO_FACTOR)
        painter.setPen(QPen(self._theme.color("marker_ring"), 2.0))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(), radius, radius)
