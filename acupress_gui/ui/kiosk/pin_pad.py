"""The staff PIN pad, drawn inside the kiosk: large digits, a dot for each one typed,
Clear, Cancel and OK (or the keyboard's digits, Backspace, Return and Esc); after five
wrong PINs it waits, longer each time, and says so.

The PIN is checked against its scrypt hash (constant time), and the lockout is kept in
the state folder, so a restart does not give more tries.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_gui.core.kiosk.pin_lockout import PinLockout
from acupress_gui.core.kiosk.staff_pin import MAX_DIGITS, PinHash

DOT = "\u25cf"


class PinPad(QFrame):
    """Takes digits by tap (or key) and says whether they are the staff PIN.

    Signals:
        accepted(): the right PIN was entered.
        cancelled(): staff (or a curious visitor) went back.
    """

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, pin: PinHash, lockout: PinLockout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCard")
        self._pin = pin
        self._lockout = lockout
        self._typed = ""
        title = QLabel(self.tr("Staff PIN"))
        title.setObjectName("kioskCardTitle")
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        for label in (title, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("1234567890"):
            button = QPushButton(digit)
            button.setObjectName("pinDigit")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=digit: self.type_digit(d))
            self.digit_buttons[digit] = button
            row, column = divmod(index, 3) if digit != "0" else (3, 1)
            grid.addWidget(button, row, column)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.cancel_button)

        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self.refresh)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_dots()
        self.refresh()

    def type_digit(self, digit: str) -> None:
        if len(self._typed) < MAX_DIGITS and not self._lockout.seconds_left():
            self._typed += digit
            self.message.clear()
            self._show_dots()

    def clear(self) -> None:
        self._typed = ""
        self._show_dots()

    def submit(self) -> None:
        """Check what was typed (nothing happens while the pad waits)."""
        if not self._typed or self._lockout.seconds_left():
            return
        right = self._pin.matches(self._typed)
        self._lockout.record(right)
        self.clear()
        if right:
            self.accepted.emit()
            return
        self.message.setText(self.tr("That is not the PIN."))
        self.refresh()

    def refresh(self) -> None:
        """Show whether the pad waits, and how long (each second while it does)."""
        left = self._lockout.seconds_left()
        for button in (*self.digit_buttons.values(), self.ok_button):
            button.setEnabled(not left)
        if left:
            self.message.setText(self.tr("Too many wrong PINs. Try again in %n seconds.", "", left))
            self._wait.start()
        elif self._wait.isActive():
            self._wait.stop()
            self.message.clear()

    def typed_length(self) -> int:
        return len(self._typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.type_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
            self._show_dots()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()  # as Esc leaves any question; the chord's way back
        else:
            super().keyPressEvent(event)

    def _show_dots(self) -> None:
        self.dots.setText(" ".join(DOT * len(self._typed)) or " ")
        self.dots.setAccessibleName(self.tr("%n digits typed", "", len(self._typed)))
