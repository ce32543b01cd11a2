"""A region's name at the whole-body view: a finger-sized pill that zooms to the region."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core.catalog import Region
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.map_label_item import LEFT, RIGHT


class RegionLabelItem(QGraphicsItem):
    """The region's name and how many of its entries are shown, in a rounded pill.

    The pill's right edge sits at its anchor (beside the figure), and a thin bracket
    runs down the side of the figure over the height the region's points cover, so it
    is clear which part of the back the name means. It keeps its pixel size at every
    zoom, and is never smaller than a fingertip (the view sets that height from the
    screen's dpi).
    """

    PADDING_X = 10.0
    COUNT_GAP = 8.0
    NAME_WIDTH = 92.0
    """Longer names wrap onto a second line, so the pills leave the figure its room."""
    BRACKET_GAP = 6.0
    FONT_PX = 13

    def __init__(self, region: Region, name: str, theme: Theme) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(6)
        self.region = region
        self._name = name
        self._theme = theme
        self._font = QFont()
        self._font.setPixelSize(self.FONT_PX)
        self._font.setWeight(QFont.Weight.DemiBold)
        self._count = 0
        self._min_height = 34.0
        self._offset_y = 0.0
        self._bracket = (0.0, 0.0)
        self._hovered = False
        self._pill = QRectF()
        self._name_size = QSizeF()
        self._count_width = 0.0
        self._layout()

    @property
    def name(self) -> str:
        return self._name

    def text(self) -> str:
        return f"{self._name} {self._count}"

    @property
    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self._layout()

    def set_min_height(self, pixels: float) -> None:
        if pixels != self._min_height:
            self._min_height = pixels
            self._layout()

    def set_offset_y(self, pixels: float) -> None:
        """Move the pill up or down from its anchor (so pills never overlap)."""
        if pixels != self._offset_y:
            self._offset_y = pixels
            self._layout()

    def set_bracket(self, top: float, bottom: float) -> None:
        """The bracket's ends, in pixels above (negative) and below the anchor."""
        if (top, bottom) != self._bracket:
            self._bracket = (top, bottom)
            self._layout()

    def set_hovered(self, hovered: bool) -> None:
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    @property
    def hovered(self) -> bool:
        return self._hovered

    def size(self) -> QSizeF:
        return self._pill.size()

    def pill_rect(self) -> QRectF:
        """The pill in pixels from the anchor: the tap target."""
        return QRectF(self._pill)

    def _layout(self) -> None:
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self._font)
        self._name_size = metrics.boundingRect(
            QRectF(0, 0, self.NAME_WIDTH, 1000), Qt.TextFlag.TextWordWrap, self._name
        ).size()
        self._count_width = metrics.horizontalAdvance(str(self._count))
        width = self._name_size.width() + self.COUNT_GAP + self._count_width + 2 * self.PADDING_X
        height = max(self._name_size.height() + 10, self._min_height)
        self._pill = QRectF(-self.BRACKET_GAP - width, self._offset_y - height / 2, width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        top, bottom = self._bracket
        return self._pill.united(QRectF(-2, top - 2, 6, bottom - top + 4)).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self._theme.color("accent")
        top, bottom = self._bracket
        bracket = QPen(accent, 2.0)
        bracket.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(bracket)
        painter.drawLine(QPointF(0, top), QPointF(0, bottom))
        painter.drawLine(QPointF(0, top), QPointF(3, top))
        painter.drawLine(QPointF(0, bottom), QPointF(3, bottom))
        middle = self._pill.center().y()
        painter.drawLine(QPointF(self._pill.right(), middle), QPointF(0, middle))

        fill = accent if self._hovered else self._theme.color("surface")
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(fill)
        radius = self._pill.height() / 2
        painter.drawRoundedRect(self._pill, radius, radius)

        painter.setFont(self._font)
        name_rect = QRectF(
            self._pill.left() + self.PADDING_X,
            self._pill.top(),
            self._name_size.width(),
            self._pill.height(),
        )
        painter.setPen(self._theme.color("on_accent" if self._hovered else "text"))
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignVCenter | LEFT | Qt.TextFlag.TextWordWrap,
            self._name,
        )
        count_rect = self._pill.adjusted(0, 0, -self.PADDING_X, 0)
        painter.setPen(self._theme.color("on_accent" if self._hovered else "accent"))
        painter.drawText(
            count_rect,
            Qt.AlignmentFlag.AlignVCenter | RIGHT,
            str(self._count),
        )
