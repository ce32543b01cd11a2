"""What the kiosk shows between visitors: the clinic's name, "Touch to start" and the
languages offered, each by its own name, so someone who reads only it finds it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from acupress_gui.core.languages import language


class AttractScreen(QWidget):
    """A tap on a language starts in it; a tap anywhere else, in the first one.

    Signals:
        started(str): a visitor began, in this language (its code).
    """

    started = Signal(str)

    def __init__(
        self, clinic_name: str | None, languages: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._first = languages[0]
        clinic = QLabel(clinic_name or "")
        clinic.setObjectName("attractClinic")
        clinic.setVisible(bool(clinic_name))
        headline = QLabel(self.tr("Touch to start"))
        headline.setObjectName("attractHeadline")
        hint = QLabel(
            self.tr(
                "Find acupressure points for your neck and back, and try a guided hold. "
                "Nothing you do here is kept."
            )
        )
        hint.setObjectName("attractHint")
        hint.setWordWrap(True)
        for label in (clinic, headline, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addStretch(1)
        for code in languages:
            button = QPushButton(language(code).native_name)
            button.setObjectName("languageButton")
            # All as tall as the tallest: a language whose script has taller lines (Chinese)
            # would otherwise get the others' height, its padding cut.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, code=code: self.started.emit(code))
            row.addWidget(button)
            self.language_buttons[code] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 64)
        layout.setSpacing(32)
        layout.addWidget(clinic)
        layout.addStretch(2)
        layout.addWidget(headline)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.started.emit(self._first)
        super().mouseReleaseEvent(event)
