"""The posterior figure drawn from the core's body geometry, in B-cun scene units."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core import body
from acupress_gui.ui.common.theme import Theme

OUTLINE_WIDTH_PX = 1.75
HINT_WIDTH_PX = 1.2


def shape_path(shape: body.Shape) -> QPainterPath:
    """A smooth painter path through the shape's anchors, both halves."""
    path = QPainterPath()
    corners = body.full_corners(shape)
    for anchors in body.full_anchors(shape):
        path.moveTo(*anchors[0])
        for c1, c2, end in body.smooth_path(anchors, shape.closed, corners):
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        if shape.closed:
            path.closeSubpath()
    return path


def _union(paths: Iterable[QPainterPath]) -> QPainterPath:
    combined = QPainterPath()
    for path in paths:
        combined.addPath(path)
    return combined


class BodyFigureItem(QGraphicsItem):
    """Silhouette with soft fill and a clean outline, and lighter landmark hints.

    Pens are cosmetic, so lines keep their pixel width at every zoom and the figure
    stays crisp: it is vector all the way down. Drawn, it is kept as a picture at the
    view's scale, so a repaint for anything else (a marker's ring, a layer over the
    kiosk's window, a pan) copies it rather than filling and stroking the outline
    again, more than half of a repaint of the map; a zoom draws it afresh.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._outline = shape_path(body.SILHOUETTE)
        self._hints = _union(shape_path(shape) for shape in body.LANDMARK_HINTS)
        for x, y in body.DIMPLES:
            self._hints.addEllipse(QPointF(x, y), 0.28, 0.28)
        for x, y in body.SPINOUS_BUMPS:
            self._hints.addEllipse(QPointF(x, y), 0.35, 0.35)
        self._bounds = self._outline.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def figure_rect(self) -> QRectF:
        """The silhouette's extent, without margins."""
        return self._outline.boundingRect()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_figure(painter, self._theme, self._outline, self._hints)


def paint_figure(
    painter: QPainter, theme: Theme, outline: QPainterPath, hints: QPainterPath
) -> None:
    """A filled outline and its landmark lines at a constant width on screen, however far
    the map zooms: the figure's way, shared by the insets' limbs."""
    outline_pen = QPen(theme.color("figure_outline"), OUTLINE_WIDTH_PX)
    outline_pen.setCosmetic(True)
    outline_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline_pen)
    painter.setBrush(theme.color("figure_fill"))
    painter.drawPath(outline)

    hint_pen = QPen(theme.color("figure_hint"), HINT_WIDTH_PX)
    hint_pen.setCosmetic(True)
    hint_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(hint_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(hints)
