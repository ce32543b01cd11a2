"""Finding text that does not fit its widget: what a person would see cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt  # Qt's namespace with QtGui's functions in it
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
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


def clipped_cells(view: QTreeView) -> list[str]:
    """Each cell of ``view``'s expanded rows whose words, wrapped as the view wraps them
    (or on one line), need more room than their cell has, or that the view's right edge
    cuts: what Qt would end in "…" or cut off."""
    found = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    flags = Qt.TextFlag.TextWordWrap if view.wordWrap() else Qt.TextFlag.TextSingleLine
    for index in _expanded_indexes(view):
        rect = view.visualRect(index)
        if rect.right() > view.viewport().width():
            found.append(f"{index.data()!r}: cut by the view's edge at {rect}")
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.rect = rect
        if view.wordWrap():
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        width = room.width() - 2 * margin
        needed = QFontMetrics(option.font).boundingRect(0, 0, width, 10_000, flags, option.text)
        if needed.width() > width or needed.height() > room.height() + 1:
            found.append(f"{option.text!r} needs {needed.width()}x{needed.height()}, has {room}")
    return found


def _expanded_indexes(view: QTreeView) -> list[QModelIndex]:
    """Every cell with text in the rows a person can scroll to (children of expanded rows)."""
    model, found = view.model(), []
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                if index.data():
                    found.append(index)
            first = model.index(row, 0, parent)
            if view.isExpanded(first):
                parents.append(first)
    return found
