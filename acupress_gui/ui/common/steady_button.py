"""A push button that keeps one width whichever of its texts it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


class SteadyButton(QPushButton):
    """Asks for the width of its widest text, so turning "Pause" into "Resume" never
    moves the buttons beside it; where room is short it may take that of its narrowest,
    so it never makes the window's minimum wider than its first text would."""

    def __init__(self, texts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(texts[0], parent)
        self._texts = tuple(texts)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return self._hint(max)

    def minimumSizeHint(self) -> QSize:
        return self._hint(min)

    def _hint(self, pick: Callable[[Iterable[int]], int]) -> QSize:
        """The style's hint for the text shown, with the text's width swapped for
        ``pick``'s of all the texts."""
        shown = super().sizeHint()
        metrics = self.fontMetrics()
        width = pick(metrics.horizontalAdvance(text) for text in self._texts)
        return QSize(shown.width() - metrics.horizontalAdvance(self.text()) + width, shown.height())
