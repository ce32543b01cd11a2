"""What a screen reader and a keyboard find in a window: the controls a person can use,
the name a reader gets for each, where Tab goes, and whether Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QGraphicsView,
)

TAB_LIMIT = 200
"""More Tab presses than any window here has controls: a chain that has not come back by
then does not cycle."""


def _part_of_another(widget: QWidget) -> bool:
    """Whether ``widget`` is a piece Qt builds inside another control (a spin box's or a
    combo box's editor, a table's headers, a scroll area's bars), which a reader reaches
    through that control's own interface (a table's headers are its header cells)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True
    if isinstance(widget, QScrollBar):
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                return True
            parent = parent.parentWidget()
    return False


def _in_use(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and not _part_of_another(widget)


def reader_name(widget: QWidget) -> str:
    """The name a screen reader gets for ``widget`` (a button's text counts)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def reader_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Description).strip()


def controls(window: QWidget) -> list[QWidget]:
    """The visible, enabled controls of ``window`` (its own, not other windows')."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROLS) and widget.window() is window and _in_use(widget)
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    """Each control a screen reader would announce without a name, described for a report."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
        for widget in controls(window)
        if not reader_name(widget)
    ]


def tab_stops(window: QWidget) -> list[set[QWidget]]:
    """Where Tab should stop in ``window``: each visible, enabled widget taking focus by
    Tab (one whose focus goes to a proxy counts as its proxy), as a set of one; and each
    group of exclusive buttons as one set, of which Tab visits one (the arrows the rest,
    as Qt does for radio buttons and chips)."""
    stops: list[set[QWidget]] = []
    groups: dict[int, set[QWidget]] = {}
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not _in_use(widget) or widget.focusProxy():
            continue
        group = _exclusive_group(widget)
        if group is not None:
            groups.setdefault(id(group), set()).add(widget)
        elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append({widget})
    return stops + list(groups.values())


def _exclusive_group(widget: QWidget) -> object | None:
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return None
    group = widget.group()
    if group is not None and group.exclusive():
        return group
    return widget.parentWidget() if widget.autoExclusive() else None


def missed_stops(window: QWidget, visited: list[QWidget]) -> list[str]:
    """The stops of ``window`` that Tab never reached, described for a report."""
    reached = set(visited)
    return [
        ", ".join(f"{type(w).__name__} {reader_name(w)!r}" for w in stop)
        for stop in tab_stops(window)
        if not stop & reached
    ]


def tab_cycle(window: QWidget, first: QWidget) -> tuple[list[QWidget], bool]:
    """The widgets Tab visits from ``first``, in order, and whether it came back to it."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(TAB_LIMIT):
        focused = QApplication.focusWidget()
        assert focused is not None, f"Tab left {type(visited[-1]).__name__} without focus"
        focused.focusNextChild()  # as Tab does: a widget's own focusNextPrevChild first
        focused = QApplication.focusWidget()
        if focused is first:
            return visited, True
        if focused is None or focused.window() is not window:
            return visited, False
        visited.append(focused)
    return visited, False


def usable(qtbot: QtBot, window: QWidget, first: QWidget | None = None) -> list[QWidget]:
    """Assert that every control of ``window`` has a name for a screen reader, and that
    Tab from ``first`` (the window's focus as it opened) reaches every control and comes
    back round; the controls in the order Tab visits them."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    unnamed = unnamed_controls(window)
    assert not unnamed, f"no name for a screen reader: {unnamed}"
    start = first or window.focusWidget()
    assert start is not None, f"{type(window).__name__} opens with nothing focused"
    visited, cycles = tab_cycle(window, start)
    assert cycles, f"Tab never came back to where it started: {visited}"
    missed = missed_stops(window, visited)
    assert not missed, f"Tab never reaches: {missed}"
    return visited


def closes_on_escape(qtbot: QtBot, dialog: QDialog) -> bool:
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused if focused is not None else dialog, Qt.Key.Key_Escape)
    return not dialog.isVisible()
