"""The pain check-in: the 0-10 Numeric Rating Scale as eleven large buttons, one tap.

A window-modal dialog opened with ``open()``, not ``exec()``: it is wide enough for the
scale in any window size, and the flow goes on from its signals instead of a nested loop.

On the keyboard a digit rates at once, except 1: it waits a moment for a 0, which makes
it 10 (the hint under the scale says so). Enter or Space rates the number that has the
focus; Esc skips.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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
from acupress_gui.ui.common.key_help import KeyHelp, key_name, key_names
from acupress_gui.ui.common.theme import em

BUTTON_SIZE_PX = 46
"""Large enough for a finger on a touch screen (at least 9 mm at 96 dpi)."""
BUTTON_SIZE_EM = 3.07
"""And as large as the text needs: 46 px at the body's 15 px."""

TEN_WAIT_MS = 1200
"""After a 1, how long the check-in waits for the 0 of 10 before it takes the 1."""

_DIGITS = "0123456789"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CONFIRM_KEYS = (*_ENTER_KEYS, Qt.Key.Key_Space)


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
        side = max(BUTTON_SIZE_PX, round(em(BUTTON_SIZE_EM)))
        for rating in PAIN_SCALE:
            button = QPushButton(str(rating))
            button.setObjectName("ratingButton")
            button.setFixedSize(side, side)
            # Never the default: Enter rates a number only while it has the focus.
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Pain {n} of 10").format(n=rating))
            self.group.addButton(button, rating)
            scale.addWidget(button, 0, rating)
        self.group.idClicked.connect(self._on_rating)
        low = QLabel(self.tr("No pain"))
        high = QLabel(self.tr("Worst pain\nimaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for anchor in (low, high):
            anchor.setObjectName("scaleAnchor")
        # The scale's ends, which the eye reads under them, said with their numbers.
        self.button(0).setAccessibleDescription(low.text())
        self.button(10).setAccessibleDescription(high.text().replace("\n", " "))
        scale.addWidget(low, 1, 0, 1, 4, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scale.addWidget(high, 1, 7, 1, 4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("scaleAnchor")
        self.keys_hint.setWordWrap(True)
        self._waiting_one = QTimer(self)
        self._waiting_one.setSingleShot(True)
        self._waiting_one.setInterval(TEN_WAIT_MS)
        self._waiting_one.timeout.connect(lambda: self._on_rating(1))
        self._show_keys_hint()

        footer = QHBoxLayout()
        footer.addWidget(self.keys_hint, 1)
        footer.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(scale)
        layout.addLayout(footer)

    @staticmethod
    def keyboard_help() -> list[KeyHelp]:
        """What the keys do in the check-in, for Help > Keyboard shortcuts."""
        return [
            KeyHelp(
                QCoreApplication.translate("PainCheckIn", "{first} to {last}").format(
                    first=key_name(Qt.Key.Key_0), last=key_name(Qt.Key.Key_9)
                ),
                QCoreApplication.translate("PainCheckIn", "Rate your pain"),
            ),
            KeyHelp(
                QCoreApplication.translate("PainCheckIn", "{one}, then {zero}").format(
                    one=key_name(Qt.Key.Key_1), zero=key_name(Qt.Key.Key_0)
                ),
                QCoreApplication.translate("PainCheckIn", "Rate 10"),
            ),
            KeyHelp(
                key_names(Qt.Key.Key_Return, Qt.Key.Key_Space),
                QCoreApplication.translate("PainCheckIn", "Rate the number with the focus"),
            ),
            KeyHelp(key_name(Qt.Key.Key_Escape), QCoreApplication.translate("PainCheckIn", "Skip")),
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        focused = self.focusWidget()
        if len(text) == 1 and text in _DIGITS:
            self._typed(int(text))
        elif event.key() in _CONFIRM_KEYS and self._waiting_one.isActive():
            self._on_rating(1)
        elif event.key() in _ENTER_KEYS and focused in self.group.buttons():
            # A number's button is not a default button, so Enter would go to Skip.
            self._on_rating(self.group.id(focused))
        else:
            super().keyPressEvent(event)

    def _typed(self, digit: int) -> None:
        """A digit rates at once; a 1 waits for the 0 that would make it 10."""
        if self._waiting_one.isActive() and digit == 0:
            self._on_rating(10)
            return
        if digit == 1:
            self.button(1).setFocus(Qt.FocusReason.OtherFocusReason)
            self._waiting_one.start()
            self._show_keys_hint(waiting=True)
            return
        self._on_rating(digit)

    def _show_keys_hint(self, waiting: bool = False) -> None:
        self.keys_hint.setText(
            self.tr("You typed 1: type 0 now to make it 10.")
            if waiting
            else self.tr("On the keyboard, type the number; for 10, type 1 then 0.")
        )

    def reject(self) -> None:
        self._stop_waiting()
        super().reject()
        self.skipped.emit()

    def _on_rating(self, rating: int) -> None:
        self._stop_waiting()
        self.accept()
        self.rated.emit(rating)

    def _stop_waiting(self) -> None:
        self._waiting_one.stop()
        self._show_keys_hint()

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
        self._stop_waiting()
        questions.show_dialog(self)
        # Focus starts on Skip: a highlighted number would look like an answer given.
        self.skip_button.setFocus()

    def button(self, rating: int) -> QAbstractButton:
        return self.group.button(rating)
