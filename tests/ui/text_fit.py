"""Finding text that does not fit its widget: what a person would see cut off."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtGui import Qt as GuiQt  # Qt's namespace with QtGui's functions in it
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from acupress_gui.ui.timer.elided_label import ElidedLabel


def clipped_text(top: QWidget) -> list[str]:
    """Each shown label or button under ``top`` (and ``top`` itself) whose text needs
    more room than it has, described with the room it has and the room it needs.

    A wrapped label needs its height for its width; a one-line label the width and
    height of its text; a button its size hint (its words with the padding around them);
    a one-line label that elides, its whole text's width.
    """
    found = []
    for widget in (top, *top.findChildren(QWidget)):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, ElidedLabel):
            problem = _one_line(widget, widget.full_text()) if widget.full_text() else None
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            problem = _button(widget)
        if problem is None and isinstance(widget, QLabel | QAbstractButton):
            problem = _cut_by_ancestor(widget, top)
        if problem is not None:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {problem}")
    return found


def _cut_by_ancestor(widget: QWidget, top: QWidget) -> str | None:
    """Whether a parent shows less of ``widget`` than it is: cut at a side, or, outside a
    scroll area (where the rest is a scroll away), at the top or bottom."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        area = parent.parentWidget()
        scrolls = isinstance(area, QAbstractScrollArea) and area.viewport() is parent
        rect = QRect(child.mapTo(parent, QPoint(0, 0)), child.size())
        shown = parent.rect()
        if rect.left() < shown.left() or rect.right() > shown.right():
            return f"cut at the side by {type(parent).__name__} {parent.objectName()!r}"
        if not scrolls and (rect.top() < shown.top() or rect.bottom() > shown.bottom()):
            return f"cut at the top or bottom by {type(parent).__name__} {parent.objectName()!r}"
        child, parent = parent, parent.parentWidget()
    return None


def _label(label: QLabel) -> str | None:
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"{label.text()!r}: {needed} px tall at {label.width()} px, has {label.height()}"
        return None
    if label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    ):
        hint = label.sizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            return f"{label.text()!r}: asks {hint.width()}x{hint.height()}, has {label.size()}"
        return None
    return _one_line(label, label.text())


def _one_line(label: QLabel, text: str) -> str | None:
    room = label.contentsRect()
    metrics = label.fontMetrics()
    width = metrics.boundingRect(QRect(), Qt.TextFlag.TextExpandTabs, text).width()
    height = metrics.height() + metrics.lineSpacing() * text.count("\n")
    if width > room.width() or height > room.height():
        return f"{text!r}: needs {width}x{height}, has {room.width()}x{room.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    hint = button.sizeHint()
    if button.minimumSize() == button.maximumSize():  # a fixed size: its words must fit
        words = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        if words > button.width() or button.fontMetrics().height() > button.height():
            return f"{button.text()!r}: needs {words} px, fixed at {button.width()}"
        return None
    if hint.width() > button.width() or hint.height() > button.height():
        return (
            f"{button.text()!r}: asks {hint.width()}x{hint.height()}, "
            f"has {button.width()}x{button.height()}"
        )
    return None


def overlapping(top: QWidget) -> list[str]:
    """Pairs of shown widgets laid out side by side under ``top`` that cover each other:
    a layout given less room than its parts need draws one over the next."""
    found = []
    for parent in (top, *top.findChildren(QWidget)):
        if parent.layout() is None or not parent.isVisible():
            continue
        laid_out = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and not child.isWindow() and parent.layout().indexOf(child) >= 0
        ]
        for index, one in enumerate(laid_out):
            for other in laid_out[index + 1 :]:
                if one.geometry().intersects(other.geometry()):
                    found.append(
                        f"{type(one).__name__} {one.objectName()!r} over "
                        f"{type(other).__name__} {other.objectName()!r} in {type(parent).__name__}"
                    )
    return found


def clipped_cells(
    view: QAbstractItemView, indexes: Iterable[QModelIndex] | None = None, *, words: bool = True
) -> list[str]:
    """Each cell of ``view`` (those a person can scroll to, or ``indexes``) that Qt paints
    cut short: a cell past the view's right edge, text that Qt paints differently in the
    cell than given all the height it could want (a line left out, or ended in "…"), or
    (unless ``words`` is False) a word wider than its cell."""
    found = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in _shown_indexes(view) if indexes is None else indexes:
        rect = view.visualRect(index)
        if rect.isEmpty() or rect.right() > view.viewport().width():
            found.append(f"{index.data()!r}: cut by the view's edge at {rect}")
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # type: ignore[attr-defined]  # protected in C++
        option.rect = rect
        shown = QStyleOptionViewItem(option)
        view.itemDelegateForIndex(index).initStyleOption(shown, index)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, view)
        width = room.width() - 2 * margin
        widest = _widest_line(shown.text, shown.font, width)
        if words and widest > width:
            found.append(f"{shown.text!r}: a word {widest:.0f} px wide, in {width} px")
        if _painted(view, option, index, 0) != _painted(view, option, index, ROOM_ABOVE_BELOW):
            found.append(f"{shown.text!r}: painted cut short in {rect.width()}x{rect.height()}")
    return found


ROOM_ABOVE_BELOW = 100
"""How much taller a cell is painted to see all of its text (centred: as much above as
below, so its text lands where it would, that much lower)."""


def _painted(
    view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex, extra: int
) -> QImage:
    """The cell as its delegate paints it, ``extra`` px taller above and below; the part
    where the cell itself is."""
    size = option.rect.size()
    image = QImage(size.width(), size.height() + 2 * extra, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    probe = QStyleOptionViewItem(option)
    probe.rect = QRect(QPoint(0, 0), image.size())
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, probe, index)
    painter.end()
    return image.copy(0, extra, size.width(), size.height())


def _widest_line(text: str, font: QFont, width: int) -> float:
    """The widest line of ``text`` wrapped at ``width`` where the language allows a break
    (between words, or between any two Chinese characters): wider than ``width`` where a
    word has no place to break."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrapping)
    widest = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest


def _shown_indexes(view: QAbstractItemView) -> list[QModelIndex]:
    """Every cell with text in the rows a person can scroll to: not hidden, and in a tree,
    children of expanded rows."""
    model, found = view.model(), []
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            if isinstance(view, QListView) and view.isRowHidden(row):
                continue
            if isinstance(view, QTreeView) and view.isRowHidden(row, parent):
                continue
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                if index.data():
                    found.append(index)
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                parents.append(first)
    return found
