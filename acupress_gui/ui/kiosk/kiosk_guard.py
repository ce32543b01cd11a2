"""What a kiosk's visitor must not reach, stopped for the whole application: keys that
close or leave a window, context menus, tooltips (they can show a file's path), What's
This, and anything that would open a browser or another program.

The kiosk window has it see every event of the application (``EventWatchers``), so no
widget of the visitor's view needs to know. A shortcut is reached through a ShortcutOverride event
before its key press: accepting that event and stopping both keeps every shortcut,
Qt's own and the app's, from seeing the key. The window manager's own keys (Alt+Tab,
Ctrl+Alt+Del) never reach the app; the OS kiosk around it has to hold those.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_Key = Qt.Key
_Mod = Qt.KeyboardModifier

BLOCKED_KEYS: frozenset[tuple[Qt.Key, Qt.KeyboardModifier]] = frozenset(
    {
        (_Key.Key_Q, _Mod.ControlModifier),  # quit
        (_Key.Key_W, _Mod.ControlModifier),  # close the window
        (_Key.Key_F4, _Mod.AltModifier),  # close the window (Windows, some desktops)
        (_Key.Key_F4, _Mod.ControlModifier),  # close a document window
        (_Key.Key_F11, _Mod.NoModifier),  # leave full screen
        (_Key.Key_F1, _Mod.ShiftModifier),  # What's This
        (_Key.Key_F1, _Mod.NoModifier),  # help
        (_Key.Key_Menu, _Mod.NoModifier),  # the context menu key
        (_Key.Key_F10, _Mod.ShiftModifier),  # the context menu
    }
)
"""Keys stopped wherever they are pressed, by key and modifiers (keypad aside)."""

ESCAPE = _Key.Key_Escape
"""Stopped when it reaches the kiosk window itself: no widget took it, so only something
of the window's (leaving full screen) could. Inside, it keeps its meaning (Cancel in a
dialog, Stop on the timer, clearing the search)."""

_BLOCKED_EVENTS = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.WhatsThis,
        QEvent.Type.QueryWhatsThis,
        QEvent.Type.EnterWhatsThisMode,
    }
)
_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)
URL_SCHEMES = ("http", "https", "file", "mailto", "ftp", "tel")
"""What ``QDesktopServices.openUrl`` would hand to another program: refused instead."""


class KioskGuard(QObject):
    """Stops the keys, events and hand-offs that lead out of the kiosk ``window``;
    ``close()`` lets the hand-offs through again (when the kiosk ends)."""

    EVENT_TYPES = _BLOCKED_EVENTS | _KEY_EVENTS

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        for scheme in URL_SCHEMES:
            # PySide6 6.11 takes the slot's name only as str, though its stub says bytes.
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]
        self._active = True

    def close(self) -> None:
        if not self._active:
            return
        self._active = False
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        """Where the app would have opened a browser or a file's program."""
        log.warning("Kiosk mode: did not open %s in another program", url.scheme() or "a file")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _BLOCKED_EVENTS:
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and self._blocked(watched, event):
            event.accept()  # a ShortcutOverride accepted is one no shortcut may take
            return True
        return False

    def _blocked(self, watched: QObject, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key == ESCAPE:
            return watched is self._window
        return (key, event.modifiers() & ~_Mod.KeypadModifier) in BLOCKED_KEYS
