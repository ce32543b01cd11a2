"""How the rows of the list of points are drawn: region headings, and the row of the
entry pointed at on the map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.entry_list_model import RegionRole

HEADING_PX = 13
HEADING_TOP = 14
HEADING_BOTTOM = 6
HEADING_INDENT = 10


class EntryListDelegate(QStyledItemDelegate):
    """Entry rows as the stylesheet has them; a heading as a quiet title over a rule.

    The row whose entry is pointed at on the map (``is_pointed``) is drawn as if the
    mouse were over it, so the map and the list show the same entry.
    """

    def __init__(
        self,
        theme: Theme,
        is_pointed: Callable[[QModelIndex | QPersistentModelIndex], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._is_pointed = is_pointed
        self._font = QFont()
        self._font.setPixelSize(HEADING_PX)
        self._font.setWeight(QFont.Weight.DemiBold)

    @property
    def heading_font(self) -> QFont:
        return QFont(self._font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(RegionRole) is None:
            return super().sizeHint(option, index)
        # A long name (or a longer language) wraps under itself rather than being cut.
        width = max(option.rect.width() - 2 * HEADING_INDENT, 1)
        text = QFontMetrics(self._font).boundingRect(
            0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, str(index.data())
        )
        return QSize(option.rect.width(), text.height() + HEADING_TOP + HEADING_BOTTOM)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(RegionRole) is None:
            if self._is_pointed(index):
                option = QStyleOptionViewItem(option)
                option.state |= QStyle.StateFlag.State_MouseOver
            super().paint(painter, option, index)
            return
        painter.save()
        rect = QRectF(option.rect).adjusted(HEADING_INDENT, HEADING_TOP, -HEADING_INDENT, 0)
        painter.setFont(self._font)
        painter.setPen(self._theme.color("muted"))
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            str(index.data()),
        )
        rule = QPen(self._theme.color("border"), 1.0)
        painter.setPen(rule)
        bottom = option.rect.bottom() - 1.5
        painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))
        painter.restore()
