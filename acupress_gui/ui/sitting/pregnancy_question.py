"""Are you pregnant, or could you be? Asked before a first routine, and changeable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, PregnancyAdvice

NOT_PREGNANT, MAYBE_PREGNANT = 0, 1


class PregnancyQuestion(QWidget):
    """The question, the entries it concerns, and two answers; none is chosen until the
    person answers, so a routine cannot start on a guess.

    Signals:
        answered(bool): True for "Yes, or I might be".
    """

    answered = Signal(bool)

    def __init__(
        self, catalog: Catalog, answer: bool | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        avoided = self.locale().createSeparatedList(
            [e.title for e in catalog.entries if e.pregnancy is PregnancyAdvice.AVOID]
        )
        heading = QLabel(self.tr("Are you pregnant, or could you be?"))
        heading.setObjectName("cautionHeading")
        hint = QLabel(
            self.tr(
                "Some points are traditionally avoided in pregnancy ({titles}). If you "
                "might be pregnant, AcuPress leaves them out of the routine. You can "
                "change this answer at any time."
            ).format(titles=avoided)
        )
        hint.setWordWrap(True)
        self.not_pregnant = QRadioButton(self.tr("No"))
        self.maybe_pregnant = QRadioButton(self.tr("Yes, or I might be"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.not_pregnant, NOT_PREGNANT)
        self._group.addButton(self.maybe_pregnant, MAYBE_PREGNANT)
        if answer is not None:
            (self.maybe_pregnant if answer else self.not_pregnant).setChecked(True)
        self._group.idToggled.connect(self._on_toggled)

        answers = QHBoxLayout()
        answers.setSpacing(28)
        answers.addWidget(self.not_pregnant)
        answers.addWidget(self.maybe_pregnant)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(answers)

    def answer(self) -> bool | None:
        """None until answered."""
        chosen = self._group.checkedId()
        return None if chosen == -1 else chosen == MAYBE_PREGNANT

    def _on_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.answered.emit(button_id == MAYBE_PREGNANT)
