"""An entry's name on the zoomed map, with a thin leader to one of its dots."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from acupress_gui.core.catalog import Entry
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.map_label_item import LEFT

TITLE_PX = 14
CODE_PX = 13
TEXT_WIDTH = 142.0
"""Longer titles wrap, so a name never takes more of the map than this (less on a
narrow map: ``set_text_width``)."""
PADDING = QPointF(9.0, 5.0)
LINE_GAP = 1.0


class EntryLabelItem(QGraphicsItem):
    """The entry's title and its codes in a quiet rounded box, and a leader line.

    The item sits on the dot its leader starts from and ignores the view's zoom, so the
    text keeps its size; the view lays the box out (``set_layout``) in pixels from that
    dot. The box is a tap target like a dot, never smaller than a fingertip. The chosen
    entry's name takes the accent colour; a name whose entry is pointed at (here or in
    the list) is tinted.
    """

    def __init__(self, entry: Entry, theme: Theme) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1.5)  # over the figure and the insets, under the dots
        self.entry = entry
        self._theme = theme
        self._title_font = QFont()
        self._title_font.setPixelSize(TITLE_PX)
        self._code_font = QFont()
        self._code_font.setPixelSize(CODE_PX)
        self._code_size = QFontMetricsF(self._code_font).size(0, entry.code_summary)
        self._title_size = QSizeF()
        self._text_size = QSizeF()
        self._text_width = 0.0
        self.set_text_width(TEXT_WIDTH)
        self._box = QRectF()
        self._leader_end = QPointF()
        self._joins: list[tuple[QPointF, QPointF]] = []
        self._chosen = False
        self._pointed_at = False

    def set_text_width(self, pixels: float) -> None:
        """Wrap the title at ``pixels`` (the codes stay on one line)."""
        if pixels == self._text_width:
            return
        self._text_width = pixels
        title = QFontMetricsF(self._title_font).boundingRect(
            QRectF(0, 0, pixels, 1000), Qt.TextFlag.TextWordWrap, self.entry.title
        )
        self._title_size = title.size()
        self._text_size = QSizeF(
            max(title.width(), self._code_size.width()),
            title.height() + LINE_GAP + self._code_size.height(),
        )
        self.prepareGeometryChange()
        self.update()

    def size(self, min_height: float) -> QSizeF:
        """The box's size when it must be at least ``min_height`` tall (a fingertip)."""
        return QSizeF(
            self._text_size.width() + 2 * PADDING.x(),
            max(self._text_size.height() + 2 * PADDING.y(), min_height),
        )

    def set_layout(
        self, box: QRectF, leader_end: QPointF, joins: list[tuple[QPointF, QPointF]]
    ) -> None:
        """The box, where the leader from the item's dot meets it, and the lines that
        join the entry's other dots nearby to it: all in pixels from the item's dot."""
        self.prepareGeometryChange()
        self._box = QRectF(box)
        self._leader_end = QPointF(leader_end)
        self._joins = [(QPointF(start), QPointF(end)) for start, end in joins]
        self.update()

    def box(self) -> QRectF:
        """The box in pixels from the dot: the tap target."""
        return QRectF(self._box)

    @property
    def chosen(self) -> bool:
        return self._chosen

    @property
    def pointed_at(self) -> bool:
        return self._pointed_at

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            self.update()

    def set_pointed_at(self, pointed_at: bool) -> None:
        if pointed_at != self._pointed_at:
            self._pointed_at = pointed_at
            self.setZValue(1.6 if pointed_at else 1.5)
            self.update()

    def boundingRect(self) -> QRectF:
        reach = QRectF(QPointF(), self._leader_end).normalized()
        for start, end in self._joins:
            reach = reach.united(QRectF(start, end).normalized())
        return self._box.united(reach).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self._theme.color("accent")
        strong = self._chosen or self._pointed_at
        line = QColor(accent if strong else self._theme.color("muted"))
        if not strong:
            line.setAlphaF(0.75)
        leader = QPen(line, 1.6 if strong else 1.2)
        leader.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(leader)
        # The dots are drawn over the lines, so the leader may start at the dot's centre.
        painter.drawLine(QPointF(), self._leader_end)
        for start, end in self._joins:
            painter.drawLine(start, end)

        fill = self._theme.color("accent_soft" if self._pointed_at else "surface")
        fill.setAlphaF(0.96)
        border = accent if strong else self._theme.color("figure_hint")
        painter.setPen(QPen(border, 1.5 if strong else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._box, 8, 8)

        text_top = self._box.center().y() - self._text_size.height() / 2
        left = self._box.left() + PADDING.x()
        painter.setFont(self._title_font)
        painter.setPen(accent if self._chosen else self._theme.color("text"))
        painter.drawText(
            QRectF(QPointF(left, text_top), self._title_size),
            LEFT | Qt.TextFlag.TextWordWrap,
            self.entry.title,
        )
        painter.setFont(self._code_font)
        painter.setPen(accent if self._chosen else self._theme.color("muted"))
        code_top = text_top + self._title_size.height() + LINE_GAP
        painter.drawText(
            QRectF(QPointF(left, code_top), self._code_size),
            LEFT,
            self.entry.code_summary,
        )
