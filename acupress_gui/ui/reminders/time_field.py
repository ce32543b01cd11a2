"""A field for a time of day that takes it as people type it: "9", "0930", "9.30", "6 pm"."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from acupress_gui.core.reminders import read_typed_time

ARROW_STEP_MINUTES = 15
MINUTES_A_DAY = 24 * 60


class TimeField(QLineEdit):
    """Free text read by ``core.reminders.read_typed_time``, with the locale's AM and PM
    words; Up and Down move the time by a quarter of an hour, as a time box's arrows do.

    ``typed_time()`` is None while the text is no time.
    """

    def __init__(self, start: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 9:30 or 6 pm"))
        self.setToolTip(self.tr("Type a time such as 9, 9:30, 0930 or 6 pm"))
        self.set_time(start)

    def typed_time(self) -> time | None:
        locale = self.locale()
        return read_typed_time(self.text(), (locale.amText(),), (locale.pmText(),))

    def set_time(self, at: time) -> None:
        """Show ``at`` as the locale writes a short time."""
        self.setText(
            self.locale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            super().keyPressEvent(event)
            return
        current = self.typed_time()
        if current is not None:
            # To the next quarter of an hour that way: 9:07 goes up to 9:15, down to 9:00.
            minutes = current.hour * 60 + current.minute
            if key == Qt.Key.Key_Up:
                minutes = (minutes // ARROW_STEP_MINUTES + 1) * ARROW_STEP_MINUTES
            else:
                minutes = (minutes - 1) // ARROW_STEP_MINUTES * ARROW_STEP_MINUTES
            minutes %= MINUTES_A_DAY
            self.set_time(time(minutes // 60, minutes % 60))
        event.accept()
