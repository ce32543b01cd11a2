"""The pain check-in: the 0-10 Numeric Rating Scale as eleven large buttons, one tap.

A window-modal dialog opened with ``open()``, not ``exec()``: it is wide enough for the
scale in any window size, and the flow goes on from its signals instead of a nested loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.history import PAIN_SCALE
from acupress_gui.ui.common import questions

BUTTON_SIZE = 46
"""Large enough for a finger on a touch screen (at least 9 mm at 96 dpi)."""


class PainCheckIn(QDialog):
    """Asks how much it hurts now; a tap answers, Skip (or Esc, or closing) declines.

    Signals:
        rated(int): the person tapped a number, 0 (no pain) to 10.
        skipped(): the person chose not to rate this time.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInCard")
        self.setWindowTitle(self.tr("Pain check-in"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.question = QLabel()
        self.question.setObjectName("timerPhase")
        self.question.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("body")
        self.hint.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("quietButton")
        self.skip_button.clicked.connect(self.reject)
        self.skip_button.setDefault(True)

        scale = QGridLayout()
        scale.setHorizontalSpacing(6)
        scale.setVerticalSpacing(4)
        for rating in PAIN_SCALE:
            button = QPushButton(str(rating))
            button.setObjectName("ratingButton")
            button.setFixedSize(BUTTON_SIZE, BUTTON_SIZE)
            button.setAutoDefault(False)  # Enter must never rate by accident
            button.setAccessibleName(self.tr("Pain {n} of 10").format(n=rating))
            self.group.addButton(button, rating)
            scale.addWidget(button, 0, rating)
        self.group.idClicked.connect(self._on_rating)
        low = QLabel(self.tr("No pain"))
        high = QLabel(self.tr("Worst pain\nimaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for anchor in (low, high):
            anchor.setObjectName("scaleAnchor")
        scale.addWidget(low, 1, 0, 1, 4, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scale.addWidget(high, 1, 7, 1, 4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(scale)
        layout.addLayout(footer)

    def reject(self) -> None:
        super().reject()
        self.skipped.emit()

    def _on_rating(self, rating: int) -> None:
        self.accept()
        self.rated.emit(rating)

    def ask_before(self) -> None:
        self.question.setText(self.tr("How much does it hurt right now?"))
        self.hint.setText(self.tr("Tap a number: 0 is no pain, 10 the worst pain you can imagine."))
        self.skip_button.setText(self.tr("Skip, just start"))
        self._open()

    def ask_after(self) -> None:
        self.question.setText(self.tr("And how much does it hurt now?"))
        self.hint.setText(self.tr("Rate it the same way as before, so you can compare."))
        self.skip_button.setText(self.tr("Skip"))
        self._open()

    def _open(self) -> None:
        questions.show_dialog(self)
        # Focus starts on Skip: a highlighted number would look like an answer given.
        self.skip_button.setFocus()

    def button(self, rating: int) -> QAbstractButton:
        return self.group.button(rating)
