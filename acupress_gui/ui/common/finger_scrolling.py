"""A finger dragged across a scroll area scrolls it, as on a phone: a kiosk's visitor has
no mouse wheel, and a scroll bar, however wide, is not where the eye is.

Qt's scroller takes the touch only once it has moved far enough to be a drag, so a tap
still reaches the row or button under it, and a drag never selects what it began on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller


def scroll_by_finger(area: QAbstractScrollArea) -> None:
    """Let a finger's drag on ``area``'s viewport scroll it (touch only: a mouse's drag
    still selects text or rows as before)."""
    if isinstance(area, QAbstractItemView):
        # By pixels, under the finger; by rows it would jump a whole row at a time.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
