"""Text on the body map that keeps its size at every zoom (side labels, hover names)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
"""Left even right to left: a QPainter takes the application's direction, whatever the
view's, and the map is a picture whose labels keep their places."""
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


class MapLabelItem(QGraphicsItem):
    """Text anchored at a body position; centred on it, or beside it in a bubble.

    A bubble sits at a pixel offset from its anchor (its left edge, vertically
    centred), which the view chooses so the bubble stays inside the map.

    It ignores the view's zoom, so the text stays readable however far in or out.
    """

    PADDING = QPointF(8, 4)

    def __init__(
        self, text: str, color: QColor, *, bubble: QColor | None = None, pixel_size: int = 13
    ) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._color = color
        self._bubble = bubble
        self._font = QFont()
        self._font.setPixelSize(pixel_size)
        if bubble is not None:
            self._font.setWeight(QFont.Weight.DemiBold)
        self._text = ""
        self._offset = QPointF()
        self._rect = QRectF()
        self.set_text(text)

    def text(self) -> str:
        return self._text

    def size(self) -> QSizeF:
        return self._rect.size()

    def set_offset(self, offset: QPointF) -> None:
        """Where the bubble's left edge and vertical centre sit, in pixels from the anchor."""
        if offset != self._offset:
            self._offset = QPointF(offset)
            self._layout()

    def set_text(self, text: str) -> None:
        self._text = text
        self._layout()

    def _layout(self) -> None:
        self.prepareGeometryChange()
        size = QFontMetricsF(self._font).size(0, self._text)
        if self._bubble is None:
            self._rect = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height())
        else:
            width = size.width() + 2 * self.PADDING.x()
            height = size.height() + 2 * self.PADDING.y()
            self._rect = QRectF(self._offset.x(), self._offset.y() - height / 2, width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._bubble is not None:
            painter.setPen(QPen(self._color.lighter(170), 1))
            painter.setBrush(self._bubble)
            painter.drawRoundedRect(self._rect, 6, 6)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)
