"""Words for a screen reader to say now, whatever has the focus: a step of a hold, a move
on the map.

Qt 6.8 and later pass an announcement event to the platform's accessibility bridge
(AT-SPI, UI Automation, NSAccessibility), which hands it to the reader running, if any;
with none running it costs nothing. Tests replace ``announce`` to hear what was said.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, text: str) -> None:
    """Have a screen reader say ``text``, politely: after what it is saying now."""
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
