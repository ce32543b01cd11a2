"""How the rows of the list of points are drawn: region headings, and the row of the
entry pointed at on the map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from acupress_gui.ui.common.theme import Theme, em, text_font
from acupress_gui.ui.map.entry_list_model import RegionRole

HEADING_SIZE = 0.87
HEADING_TOP = 0.93
HEADING_BOTTOM = 0.4
HEADING_INDENT = 0.67
"""A region heading's text size and the room around it, in body sizes (``theme.em``)."""


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
        self._font = text_font(HEADING_SIZE, QFont.Weight.DemiBold)
        self._top = em(HEADING_TOP)
        self._bottom = em(HEADING_BOTTOM)
        self._indent = em(HEADING_INDENT)

    @property
    def heading_font(self) -> QFont:
        return QFont(self._font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(RegionRole) is None:
            return self._entry_size(option, index)
        # A long region name wraps (large text in a narrow list) rather than being cut.
        width = max(option.rect.width() - 2 * round(self._indent), 1)
        text = QFontMetrics(self._font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, str(index.data())
        )
        height = text.height() + self._top + self._bottom
        return QSize(option.rect.width(), round(height))

    def _entry_size(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The style's size for an entry's lines, grown by what a fallback font adds: the
        style counts lines of the list's own font, and a title in Chinese characters is
        drawn in a CJK font whose lines are taller, which cut the row to "风池…"."""
        hint = super().sizeHint(option, index)
        text = str(index.data() or "")
        metrics = QFontMetrics(option.font)
        drawn = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, text).height()
        extra = drawn - (text.count("\n") + 1) * metrics.lineSpacing()
        return hint if extra <= 0 else QSize(hint.width(), hint.height() + extra)

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
        rect = QRectF(option.rect).adjusted(self._indent, self._top, -self._indent, 0)
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
