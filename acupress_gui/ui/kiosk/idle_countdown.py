""" "Still there?": the large, friendly countdown before the kiosk starts afresh.

Any touch anywhere answers it (the idle watch sees every touch), so it has no button
to find; it only says how long is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class IdleCountdown(QFrame):
    """The question, the seconds left and what a touch does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCard")
        question = QLabel(self.tr("Still there?"))
        question.setObjectName("countdownQuestion")
        self.seconds = QLabel()
        self.seconds.setObjectName("countdownSeconds")
        hint = QLabel(
            self.tr("Touch to continue. Otherwise the screen starts again for the next person.")
        )
        hint.setObjectName("countdownHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 48, 80, 48)
        layout.setSpacing(20)
        for label in (question, self.seconds, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.setMinimumWidth(720)

    def show_seconds(self, seconds: int) -> None:
        self.seconds.setText(str(seconds))
        self.seconds.setAccessibleName(self.tr("%n seconds left", "", seconds))
