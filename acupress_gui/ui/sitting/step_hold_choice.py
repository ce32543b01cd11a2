"""How long to hold one point of a routine: the person's usual hold or a length of its own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from acupress_gui.core.hold_choices import PRESET_SECONDS
from acupress_gui.ui.common.durations import format_duration

STEP_SECONDS = (*PRESET_SECONDS, 300)
"""The lengths offered besides the usual hold: the timer's, and five minutes for a point
held while lying on a ball. A length a catalog or a saved routine gives is added to them."""

_USUAL = -1
"""The item's data for the usual hold (None cannot be told apart from no data)."""


class StepHoldChoice(QComboBox):
    """A short list, so a length is one tap and never clamped out of sight.

    Signals:
        chosen(object): seconds, or None for the usual hold, as the person picks them.
    """

    chosen = Signal(object)

    def __init__(self, usual_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Hold this point for"))
        self._usual_seconds = usual_seconds
        self._fill(STEP_SECONDS)
        self.activated.connect(self._on_activated)

    def seconds(self) -> int | None:
        data = self.currentData()
        return None if data == _USUAL else int(data)

    def show_seconds(self, seconds: int | None) -> None:
        """Show ``seconds`` (None: the usual hold) without reporting it as a choice."""
        wanted = _USUAL if seconds is None else seconds
        if self.findData(wanted) < 0:
            self._fill(sorted({*STEP_SECONDS, wanted}))
        self.setCurrentIndex(self.findData(wanted))

    def _fill(self, lengths: Iterable[int]) -> None:
        self.clear()
        self.addItem(
            self.tr("Your usual hold ({time})").format(time=format_duration(self._usual_seconds)),
            _USUAL,
        )
        for seconds in lengths:
            self.addItem(format_duration(seconds), seconds)

    def _on_activated(self, _index: int) -> None:
        self.chosen.emit(self.seconds())
