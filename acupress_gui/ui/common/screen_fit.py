"""A dialog as large as what it holds, within the screen it opens on.

A fixed size is wrong in one language or another, at one text size or another: what it
holds decides, and where the screen is smaller the dialog scrolls or wraps instead of
running off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9
"""Of the screen's free area (without its panels), what a dialog may take: the rest is
for the window's frame and a glimpse of the window beneath."""


def room_for(window: QWidget) -> QSize:
    """The most of its screen ``window`` may take (the screen of the window it opens over)."""
    screen = (window.parentWidget() or window).screen()
    free = screen.availableGeometry().size()
    return QSize(round(free.width() * SCREEN_SHARE), round(free.height() * SCREEN_SHARE))


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Size ``window`` to ``wanted`` (its size hint when None) or as much of it as its
    screen has room for."""
    window.ensurePolished()
    window.resize((wanted or window.sizeHint()).boundedTo(room_for(window)))
