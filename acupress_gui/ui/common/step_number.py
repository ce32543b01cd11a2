"""A number between large minus and plus buttons: a spin box for a finger.

A spin box's arrows are a few pixels tall and its text waits for a keyboard a kiosk does
not have; here each step is a tap on a button as big as any other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class StepNumber(QWidget):
    """A whole number from ``minimum`` to ``maximum`` in steps of ``step``, shown as
    ``text_for`` says. It answers as much of ``QSpinBox`` as a caller of one uses
    (``value``, ``setValue``, ``valueChanged``). A button held down repeats; at either
    end its button is disabled, so a tap never does nothing unseen.

    Signals:
        valueChanged(int): the number changed, by a tap or by code.
    """

    valueChanged = Signal(int)  # noqa: N815 (QSpinBox's name)

    def __init__(
        self,
        minimum: int,
        maximum: int,
        step: int = 1,
        text_for: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepNumber")
        self._minimum, self._maximum, self._step = minimum, maximum, step
        self._text_for = text_for or (lambda number: QLocale().toString(number))
        self._value = minimum
        #: A screen reader's name for the minus button beside a number (sets, seconds).
        self.less_button = self._button("\u2212", self.tr("Less"), -step)
        #: A screen reader's name for the plus button beside a number (sets, seconds).
        self.more_button = self._button("+", self.tr("More"), step)
        self.shown = _ValueLabel([self._text_for(v) for v in range(minimum, maximum + 1, step)])
        # Its own size, never stretched by a row: the buttons stay beside the number.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.less_button)
        layout.addWidget(self.shown)
        layout.addWidget(self.more_button)
        self._show()

    def _button(self, glyph: str, name: str, change: int) -> QPushButton:
        button = QPushButton(glyph)
        button.setObjectName("stepButton")
        button.setAccessibleName(name)
        button.setAutoRepeat(True)
        button.clicked.connect(lambda: self.setValue(self._value + change))
        return button

    def setAccessibleName(self, name: str) -> None:
        """The number's name, also said with each button: "More", of "Sets"."""
        super().setAccessibleName(name)
        for button in (self.less_button, self.more_button):
            button.setAccessibleDescription(name)

    def value(self) -> int:
        return self._value

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def setValue(self, value: int) -> None:
        value = min(max(value, self._minimum), self._maximum)
        if value != self._value:
            self._value = value
            self._show()
            self.valueChanged.emit(value)

    def buttons(self) -> list[QPushButton]:
        """Less, then more: for the tab chain and for tests."""
        return [self.less_button, self.more_button]

    def _show(self) -> None:
        text = self._text_for(self._value)
        self.shown.setText(text)
        self.less_button.setEnabled(self._value > self._minimum)
        self.more_button.setEnabled(self._value < self._maximum)


class _ValueLabel(QLabel):
    """As wide as the widest text it can show, in whatever font the style gives it, so
    the + button beside it never moves."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self.setObjectName("stepValue")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._texts = texts

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in self._texts)
        margins = self.contentsMargins()
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
