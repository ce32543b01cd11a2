"""Help ▸ About: the version, the licences, and where this person's files are.

The folders are what a person needs to back up their history or to send a log with a
question, so each path has a Copy button; there is no "Open folder", which a kiosk
could not allow.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui import __version__
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common.app_icon import app_icon
from acupress_gui.ui.common.section_heading import section_heading

ICON_SIZE = 64
COPIED_MS = 1500
"""How long a Copy button says "Copied" before it reads "Copy" again."""


class AboutDialog(QDialog):
    """What AcuPress is, its licences, and its files, each path with a Copy button.

    ``path_fields`` and ``copy_buttons`` are keyed "settings", "history" and "logs".
    """

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About AcuPress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(self._header())

        disclaimer = QLabel(
            self.tr(
                "Self-care guidance, not a diagnosis or a treatment. Point locations follow "
                "the WHO standard (2008); all text is our own. AcuPress never uses the "
                "network: everything it keeps stays in the files below."
            )
        )
        disclaimer.setWordWrap(True)
        layout.addWidget(disclaimer)

        layout.addSpacing(4)
        layout.addWidget(section_heading(self.tr("Your files")))
        files = QGridLayout()
        files.setHorizontalSpacing(10)
        files.setVerticalSpacing(8)
        files.setColumnStretch(1, 1)
        self.path_fields: dict[str, QLineEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for row, (key, name, path) in enumerate(
            (
                ("settings", self.tr("Settings"), paths.settings_file),
                ("history", self.tr("History"), paths.history_file),
                ("logs", self.tr("Logs"), paths.log_dir),
            )
        ):
            self._add_path_row(files, row, key, name, path)
        layout.addLayout(files)

        layout.addSpacing(4)
        layout.addWidget(section_heading(self.tr("Licences")))
        licences = QLabel(self.licences_html())
        licences.setObjectName("licences")
        licences.setTextFormat(Qt.TextFormat.RichText)
        licences.setWordWrap(True)
        layout.addWidget(licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def licences_html(self) -> str:
        rows = (
            (self.tr("AcuPress {version}").format(version=__version__), self.tr("MIT licence")),
            (
                self.tr("Qt {qt} and PySide6 {pyside}").format(
                    qt=qVersion(), pyside=PySide6.__version__
                ),
                self.tr("GNU LGPL version 3"),
            ),
            ("pyqtgraph", self.tr("MIT licence")),
            ("NumPy", self.tr("BSD 3-clause licence")),
            ("platformdirs", self.tr("MIT licence")),
        )
        cells = "".join(
            f"<tr><td style='padding: 1px 16px 1px 0'>{name}</td><td>{licence}</td></tr>"
            for name, licence in rows
        )
        return f"<table>{cells}</table>"

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        title = QLabel(self.tr("AcuPress {version}").format(version=__version__))
        title.setObjectName("entryTitle")
        words.addWidget(title)
        tagline = QLabel(self.tr("Guided self-acupressure for back and neck pain"))
        tagline.setObjectName("guideName")
        words.addWidget(tagline)
        words.addStretch()
        header.addLayout(words, 1)
        return header

    def _add_path_row(self, grid: QGridLayout, row: int, key: str, name: str, path: Path) -> None:
        label = QLabel(name)
        field = QLineEdit(str(path))
        field.setObjectName("pathField")
        field.setReadOnly(True)
        field.setCursorPosition(0)  # the start of a long path, where it differs
        field.setToolTip(str(path))
        label.setBuddy(field)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy the path of: {name}").format(name=name))
        copy.setAutoDefault(False)  # Enter closes the dialog, it does not copy
        copy.clicked.connect(lambda: self._copy(field.text(), copy))
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(copy, row, 2)
        self.path_fields[key] = field
        self.copy_buttons[key] = copy

    def _copy(self, text: str, button: QPushButton) -> None:
        QApplication.clipboard().setText(text)
        button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_MS, button, lambda: button.setText(self.tr("Copy")))
