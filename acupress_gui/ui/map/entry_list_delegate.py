"""How the rows of the list of points are drawn: region headings, and the row of the
entry pointed at on the map."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from acupress_gui.ui.common.theme import Theme, em, text_font
from acupress_gui.ui.map.entry_list_model import RegionRole
from acupress_gui.ui.map.row_sizes import RowKey, RowSizes

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
        sizes: RowSizes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._is_pointed = is_pointed
        self._font = text_font(HEADING_SIZE, QFont.Weight.DemiBold)
        self._top = em(HEADING_TOP)
        self._bottom = em(HEADING_BOTTOM)
        self._indent = em(HEADING_INDENT)
        # A row's size, by its text, kind, width and font, kept for every list of the
        # app: the list asks for each row's size again at every layout of its pane
        # (hundreds of times while a view is built), a kiosk builds a list for each
        # visitor, and measuring wrapped text is the costly part.
        self._row_sizes = sizes
        self._sizes = self._sizes_under_sheets_of(parent)

    @property
    def heading_font(self) -> QFont:
        return QFont(self._font)

    def style_changed(self, view: QWidget | None) -> None:
        """The ``view``'s style changed (a style sheet set on it, on a widget it is in or on
        the application, or the view moved into other widgets): its rows are measured
        afresh, unless they were measured before under the style sheets that reach it
        now. (The font is part of each size's key.)"""
        self._sizes = self._sizes_under_sheets_of(view)

    def _sizes_under_sheets_of(self, view: QWidget | None) -> dict[RowKey, tuple[int, int]]:
        sheets = []
        widget = view
        while widget is not None:
            sheets.append(widget.styleSheet())
            widget = widget.parentWidget()
        app = QApplication.instance()
        sheets.append(app.styleSheet() if isinstance(app, QApplication) else "")
        return self._row_sizes.under("\0".join(sheets))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        heading = index.data(RegionRole) is not None
        key = (str(index.data()), heading, option.rect.width(), option.font.key())
        known = self._sizes.get(key)
        if known is not None:
            return QSize(*known)
        size = self._heading_size(option, index) if heading else self._entry_size(option, index)
        self._sizes[key] = (size.width(), size.height())
        return size

    def _heading_size(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
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
        """An entry's row as tall as Qt needs to paint its lines whole, which Qt's own hint
        is not: it wraps the words at the row's width, not at what the stylesheet's padding
        leaves them; and Qt paints a line only if one as tall as the line before would
        still fit, so a Chinese title's line, taller than its code's below, needs that
        much more room or the title is cut short with "…"."""
        hint = super().sizeHint(option, index)
        if option.rect.width() <= 0:
            return hint
        probe = QStyleOptionViewItem(option)
        self.initStyleOption(probe, index)
        probe.rect = QRect(0, 0, option.rect.width(), hint.height())
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        lines = _line_heights(probe.text, probe.font, room.width() - 2 * margin)
        painted = max(
            [sum(lines)] + [sum(lines[: last + 1]) + lines[last] for last in range(len(lines) - 1)]
        )
        box = hint.height() - room.height()  # the padding and margins above and below
        height = max(hint.height(), box + math.ceil(painted))  # never below a min-height
        return QSize(min(hint.width(), option.rect.width()), height)

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


def _line_heights(text: str, font: QFont, width: int) -> list[float]:
    """The height of each line of ``text`` wrapped at ``width`` as an item view lays it out
    (its line breaks are line separators there)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrapping)
    heights: list[float] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, sum(heights)))
        heights.append(line.height())
    layout.endLayout()
    return heights or [0.0]
