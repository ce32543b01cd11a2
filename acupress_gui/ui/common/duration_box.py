"""A box for a length of time in minutes and seconds that says what it did with the typing."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QHideEvent, QValidator
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from acupress_gui.ui.common.durations import format_duration, parse_duration
from acupress_gui.ui.common.sentences import joined


class DurationBox(QSpinBox):
    """Seconds, shown as "1 min 30 s"; typed as "90", "1:30", "2 min" or "1 min 30".

    A length outside the range becomes the nearest allowed one, and ``note`` (a label
    for the caller to place) says so in words, with the length as it was read: "5" read
    as 5 seconds becomes 10 s, and the note says how to type minutes. Text that is no
    length at all goes back to the last value, also with a note. The note goes when the
    value is next changed.

    Signals:
        noted(str): the note changed ("" when it went).
    """

    noted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setObjectName("durationNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self._pending_note = ""
        self.setSingleStep(5)
        self.setAccelerated(True)
        self.setToolTip(self.tr("Type the length as 90, 1:30 or 2 min"))
        self.editingFinished.connect(self._show_pending_note)
        self.lineEdit().textEdited.connect(self._clear_note)

    # --- text and value --------------------------------------------------------------

    def textFromValue(self, value: int) -> str:
        return format_duration(value)

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        seconds = parse_duration(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        # Anything typed may still become a length; fixup() decides when typing ends.
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        """Called when typing ends on a text that is not an allowed length."""
        seconds = parse_duration(text)
        if seconds is None:
            self._pending_note = self.tr(
                "\u201c{text}\u201d is not a length of time. Type it as 90, 1:30 or 2 min."
            ).format(text=text.strip())
            return self.textFromValue(self.value())
        nearest = min(max(seconds, self.minimum()), self.maximum())
        if nearest == self.minimum():
            note = self.tr("The shortest hold is {limit}, so {typed} became {limit}.")
        else:
            note = self.tr("The longest hold is {limit}, so {typed} became {limit}.")
        note = note.format(limit=format_duration(nearest), typed=format_duration(seconds))
        if nearest == self.minimum() and text.strip().isdigit():
            minutes = self.tr("For minutes, type \u201c{n} min\u201d.").format(n=text.strip())
            note = joined(note, minutes)
        self._pending_note = note
        return self.textFromValue(nearest)

    def hideEvent(self, event: QHideEvent) -> None:
        """A length no longer chosen (another one was) needs no note about it."""
        self._clear_note()
        super().hideEvent(event)

    def stepBy(self, steps: int) -> None:
        self._clear_note()
        super().stepBy(steps)

    def sizeHint(self) -> QSize:
        return self._widened(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._widened(super().minimumSizeHint())

    # --- the note ------------------------------------------------------------------

    def _widened(self, hint: QSize) -> QSize:
        """Qt sizes a spin box for the texts of its minimum and maximum, but "9 min 55 s"
        is wider than "10 min": make room for the widest of each minute."""
        metrics = self.fontMetrics()
        lowest, highest = self.minimum(), self.maximum()
        samples = {lowest, highest}
        samples.update(
            min(max(minute * 60 + 55, lowest), highest) for minute in range(highest // 60 + 1)
        )
        widest = max(metrics.horizontalAdvance(self.textFromValue(value)) for value in samples)
        extra = widest - max(
            metrics.horizontalAdvance(self.textFromValue(lowest)),
            metrics.horizontalAdvance(self.textFromValue(highest)),
        )
        return QSize(hint.width() + max(extra, 0), hint.height())

    def _show_pending_note(self) -> None:
        note, self._pending_note = self._pending_note, ""
        if note:
            self._set_note(note)

    def _clear_note(self) -> None:
        self._set_note("")

    def _set_note(self, text: str) -> None:
        if text != self.note.text():
            self.note.setText(text)
            self.note.setVisible(bool(text))
            self.noted.emit(text)
