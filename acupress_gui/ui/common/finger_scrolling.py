"""A finger dragged across a scroll area scrolls it, as on a phone: a kiosk's visitor has
no mouse wheel, and a scroll bar, however wide, is not where the eye is.

Qt makes mouse events of a touch that no widget takes as touch. ``FingerScrolling``
watches those (an ``EventWatcher`` of the kiosk's one application filter): a finger put
down in an area marked by ``scroll_by_finger`` is held back until it either lifts
(a tap: the press is handed on, then the release, so the row or button under it acts as
for a click) or moves far enough to be a drag (the area follows the finger, and nothing
under it is pressed, chosen or selected).

Not Qt's ``QScroller``: each one registers a gesture type of its own, which PySide 6.11
turns into a new Python enum class it keeps for good, some 2.7 KB for every scroll area
of every visitor's view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QMouseEvent, QPointingDevice
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QScrollBar,
    QWidget,
)

FINGER_SCROLLED = "fingerScrolled"
"""The property of a viewport a finger's drag scrolls."""


def scroll_by_finger(area: QAbstractScrollArea) -> None:
    """Let a finger's drag on ``area`` scroll it (touch only: a mouse's drag still
    selects text or rows as before)."""
    if isinstance(area, QAbstractItemView):
        # By pixels, under the finger; by rows it would jump a whole row at a time.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    area.viewport().setProperty(FINGER_SCROLLED, True)


def finger_scrolled_bar(widget: QWidget) -> QScrollBar | None:
    """The scroll bar of the marked area ``widget`` is in (the nearest), if any."""
    part: QWidget | None = widget
    while part is not None:
        area = part.parentWidget()
        if part.property(FINGER_SCROLLED) and isinstance(area, QAbstractScrollArea):
            return area.verticalScrollBar()
        part = area
    return None


@dataclass
class _Finger:
    target: QWidget
    press: QMouseEvent
    bar: QScrollBar
    scrolled_from: int
    dragging: bool = False


class FingerScrolling(QObject):
    """Turns a finger's drag in a marked area into scrolling, and its tap into a click."""

    EVENT_TYPES = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finger: _Finger | None = None
        self._handing_on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._handing_on or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QMouseEvent) or (
            event.pointingDevice().type() is not QPointingDevice.DeviceType.TouchScreen
        ):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            bar = finger_scrolled_bar(watched)
            if bar is None:
                return False
            self._finger = _Finger(watched, event.clone(), bar, bar.value())
            return True
        finger = self._finger
        if finger is None or watched is not finger.target:
            return False
        moved = event.globalPosition().y() - finger.press.globalPosition().y()
        if kind is QEvent.Type.MouseMove:
            if finger.dragging or abs(moved) >= QApplication.startDragDistance():
                finger.dragging = True
                finger.bar.setValue(finger.scrolled_from - round(moved))
            return True
        self._finger = None
        if finger.dragging:
            return True
        self._handing_on = True  # a tap: the press goes where it was meant to, then this
        try:
            QApplication.sendEvent(finger.target, finger.press)
        finally:
            self._handing_on = False
        return False
