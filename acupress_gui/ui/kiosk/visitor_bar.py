"""The strip above a kiosk visitor's view: the clinic's name, the languages, the sheet to
take home, and "Finish" for a visitor who wants to leave nothing behind at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from acupress_gui.core.languages import language
from acupress_gui.ui.common.margins import set_reading_margins


class VisitorBar(QWidget):
    """Signals:
    language_chosen(str): the visitor asked for another language (its code).
    sheet_requested(): the visitor asked for a sheet to take home.
    finished(): the visitor is done; the next one starts afresh.
    """

    language_chosen = Signal(str)
    sheet_requested = Signal()
    finished = Signal()

    def __init__(
        self,
        clinic_name: str | None,
        languages: Sequence[str],
        current: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorBar")
        clinic = QLabel(clinic_name or "AcuPress")
        clinic.setObjectName("clinicName")
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        set_reading_margins(layout, 24, 10, 16, 6)
        layout.setSpacing(12)
        layout.addWidget(clinic)
        layout.addStretch(1)
        if len(languages) > 1:
            for code in languages:
                button = QPushButton(language(code).native_name)
                button.setObjectName("languageButton")
                button.setCheckable(True)
                button.setChecked(code == current)
                button.clicked.connect(lambda _checked=False, code=code: self._chosen(code))
                group.addButton(button)
                layout.addWidget(button)
                self.language_buttons[code] = button
            layout.addSpacing(24)
        self._current = current
        self.sheet_button = QPushButton(self.tr("Sheet to take home"))
        self.sheet_button.setObjectName("kioskAction")
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setObjectName("kioskAction")
        self.finish_button.clicked.connect(self.finished)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.finish_button)
        # Every button as tall as the tallest: one of a fixed height would hold the bar
        # to it, and a language whose script has taller lines (Chinese) gets cut.
        for button in (*self.language_buttons.values(), self.sheet_button, self.finish_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

    def set_languages_enabled(self, enabled: bool) -> None:
        """A language change rebuilds the view: not while a hold or routine runs."""
        for button in self.language_buttons.values():
            button.setEnabled(enabled)

    def _chosen(self, code: str) -> None:
        if code != self._current:
            self.language_chosen.emit(code)
