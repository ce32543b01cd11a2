"""An inset beside the figure: a limb seen from where its points can be found."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core import body
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map import map_layout
from acupress_gui.ui.map.body_figure_item import paint_figure, shape_path
from acupress_gui.ui.map.map_label_item import MapLabelItem

CARD_PADDING = 0.9
"""B-cun between the drawing and the card's edge."""

EMPTY_OPACITY = 0.45

CAPTION_GAP = 4.0
"""Pixels between the caption and the card."""


class InsetItem(QGraphicsItem):
    """A card with the inset's drawing (outline and landmark hints), its caption above,
    and a thin line to the place on the figure it shows.

    The drawing is in the inset's own coordinates, mapped into the scene by the
    inset's placement (``map_layout``); the markers on it are the view's.
    """

    def __init__(self, inset_id: str, theme: Theme) -> None:
        super().__init__()
        self.inset_id = inset_id
        self._theme = theme
        self._placement = map_layout.placement(inset_id)
        inset = body.INSETS[inset_id]
        (left, top), _ = inset.bounds
        scale = self._placement.scale
        to_scene = QTransform()
        to_scene.translate(
            self._placement.top_left.x() - left * scale, self._placement.top_left.y() - top * scale
        )
        to_scene.scale(scale, scale)
        self._outline = to_scene.map(shape_path(inset.outline))
        hints = QPainterPath()
        for shape in inset.hints:
            hints.addPath(shape_path(shape))
        self._hints = to_scene.map(hints)
        self._card = self._placement.drawing_rect(inset_id).adjusted(
            -CARD_PADDING, -CARD_PADDING, CARD_PADDING, CARD_PADDING
        )
        self._target = QPointF(*self._placement.points_at)
        self._link_start = QPointF(self._card.left(), self._card.center().y())
        self.caption = MapLabelItem(map_layout.inset_name(inset_id), theme.color("muted"))
        self.caption.setParentItem(self)
        self.setZValue(0.5)

    def set_has_points(self, has_points: bool) -> None:
        """An inset none of whose points the filter shows steps back."""
        self.setOpacity(1.0 if has_points else EMPTY_OPACITY)

    def frame_rect(self) -> QRectF:
        """The card in scene units: what zooming to the inset fits."""
        return QRectF(self._card)

    def outline_path(self) -> QPainterPath:
        """The drawing's outline in the scene (markers of the inset lie inside it)."""
        return QPainterPath(self._outline)

    def caption_height(self) -> float:
        """Pixels the caption takes above the card."""
        return self.caption.size().height() + CAPTION_GAP

    def place_caption(self, pixels_per_cun: float) -> None:
        """Keep the caption just above the card at any zoom (its text has a fixed size)."""
        lift = (self.caption.size().height() / 2 + CAPTION_GAP) / pixels_per_cun
        self.caption.setPos(QPointF(self._card.center().x(), self._card.top() - lift))

    def boundingRect(self) -> QRectF:
        return self._card.united(QRectF(self._target, self._link_start).normalized()).adjusted(
            -0.5, -0.5, 0.5, 0.5
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        link = QPen(self._theme.color("figure_hint"), 1.2, Qt.PenStyle.DashLine)
        link.setCosmetic(True)
        painter.setPen(link)
        painter.drawLine(self._link_start, self._target)

        card = QPen(self._theme.color("figure_hint"), 1.0)
        card.setCosmetic(True)
        painter.setPen(card)
        painter.setBrush(self._theme.color("surface"))
        painter.drawRoundedRect(self._card, 0.8, 0.8)

        paint_figure(painter, self._theme, self._outline, self._hints)
