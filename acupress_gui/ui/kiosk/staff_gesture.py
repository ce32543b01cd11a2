"""How staff ask for the PIN pad without a visible button: a long press (about 5 s) in the
window's top-left corner, by finger or mouse, or the key chord Ctrl+Alt+Shift+K.

A visitor is unlikely to hold one spot of an empty corner for five seconds, and a
visible button would invite them to try. Presses are read from the application's event
filter, so whatever is drawn in the corner (the start screen, the visitor's view, a
layer) the gesture works the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QWidget

from acupress_gui.ui.timer.hold_timer_driver import milliseconds_until

HOLD_SECONDS = 5.0
CORNER_MM = 15.0
"""The side of the square in the top-left corner where the press must stay."""
CHORD_KEY = Qt.Key.Key_K
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
_MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TouchUpdate})
_ENDS = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


class StaffGesture(QObject):
    """Signals ``requested`` for the long corner press or the key chord.

    Signals:
        requested(): staff asked for the PIN pad.
    """

    requested = Signal()
    EVENT_TYPES = _PRESSES | _MOVES | _ENDS | {QEvent.Type.KeyPress}

    def __init__(self, window: QWidget, clock: Callable[[], float]) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._pressed_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)

    def pressing(self) -> bool:
        """Whether a press in the corner is being held now."""
        return self._pressed_at is not None

    def poll(self) -> None:
        """Look at the clock: a press held long enough asks for the pad (tests call this
        after moving a fake clock)."""
        if self._pressed_at is None:
            return
        left = self._pressed_at + HOLD_SECONDS - self._clock()
        if left > 0:
            self._timer.start(milliseconds_until(left))
            return
        self._pressed_at = None
        self.requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # A key is seen once, at the widget with focus. A press may be seen several times
        # (at the window, then at the widget and its parents): each sighting is the same.
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            if isinstance(event, QKeyEvent) and _is_chord(event):
                self.requested.emit()
                return True
            return False
        if not self._in_window(watched):
            return False
        if kind in _PRESSES:
            position = _global_position(event)
            if position is None or not self._in_corner(position):
                self._cancel()
            elif self._pressed_at is None:
                self._pressed_at = self._clock()
                self._timer.start(milliseconds_until(HOLD_SECONDS))
        elif kind in _MOVES:
            position = _global_position(event)
            if position is not None and not self._in_corner(position):
                self._cancel()
        elif kind in _ENDS:
            self._cancel()
        return False

    def _in_window(self, watched: QObject) -> bool:
        if isinstance(watched, QWindow):
            return watched is self._window.windowHandle()
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _cancel(self) -> None:
        self._pressed_at = None
        self._timer.stop()

    def _in_corner(self, global_position: QPointF) -> bool:
        local = self._window.mapFromGlobal(global_position)
        screen = self._window.screen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        side = CORNER_MM / 25.4 * dpi
        return 0 <= local.x() < side and 0 <= local.y() < side


def _is_chord(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return Qt.Key(event.key()) == CHORD_KEY and modifiers == CHORD_MODIFIERS


def _global_position(event: QEvent) -> QPointF | None:
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition()
    return None
