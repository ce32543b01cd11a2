"""Choosing the routine: which entries, the pregnancy question, and the pain check-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, PregnancyAdvice
from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.core.routine import default_routine

VISIBLE_ROWS = 10
"""Rows the list shows before it scrolls: a long catalog must not push OK off screen."""

NOT_PREGNANT, MAYBE_PREGNANT = 0, 1


class RoutineSetupDialog(QDialog):
    """Edits the routine's settings; nothing changes unless the person accepts.

    The pregnancy question must be answered before a routine can start, so OK stays
    disabled until it is.
    """

    def __init__(
        self,
        catalog: Catalog,
        settings: PersonPreferences,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your routine"))

        entries_label = QLabel(self.tr("Points in your routine, in this order:"))
        self.entries = QListWidget()
        self.entries.setObjectName("entryList")
        self._default_ids = [entry.id for entry in default_routine(catalog.entries)]
        chosen = settings.routine_entries or self._default_ids
        for entry in catalog.entries:
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = entry.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        rows = min(len(catalog.entries), VISIBLE_ROWS)
        self.entries.setFixedHeight(self.entries.sizeHintForRow(0) * rows + 12)

        avoided = ", ".join(
            e.title for e in catalog.entries if e.pregnancy is PregnancyAdvice.AVOID
        )
        pregnancy_label = QLabel(self.tr("Are you pregnant, or could you be?"))
        pregnancy_label.setObjectName("cautionHeading")
        pregnancy_hint = QLabel(
            self.tr(
                "Some points are traditionally avoided in pregnancy ({titles}). If you "
                "might be pregnant, AcuPress leaves them out of the routine. You can "
                "change this answer at any time."
            ).format(titles=avoided)
        )
        pregnancy_hint.setWordWrap(True)
        self.not_pregnant = QRadioButton(self.tr("No"))
        self.maybe_pregnant = QRadioButton(self.tr("Yes, or I might be"))
        self.pregnancy = QButtonGroup(self)
        self.pregnancy.addButton(self.not_pregnant, NOT_PREGNANT)
        self.pregnancy.addButton(self.maybe_pregnant, MAYBE_PREGNANT)
        if settings.may_be_pregnant is not None:
            (self.maybe_pregnant if settings.may_be_pregnant else self.not_pregnant).setChecked(
                True
            )

        self.ask_pain = QCheckBox(self.tr("Ask me to rate my pain before and after"))
        self.ask_pain.setChecked(settings.ask_pain)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(entries_label)
        layout.addWidget(self.entries)
        layout.addSpacing(6)
        layout.addWidget(pregnancy_label)
        layout.addWidget(pregnancy_hint)
        layout.addWidget(self.not_pregnant)
        layout.addWidget(self.maybe_pregnant)
        layout.addSpacing(6)
        layout.addWidget(self.ask_pain)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self.entries.itemChanged.connect(self._update_ok)
        self.pregnancy.idToggled.connect(self._update_ok)
        self._update_ok()

    def chosen_ids(self) -> list[str]:
        return [
            self.entries.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.entries.count())
            if self.entries.item(row).checkState() == Qt.CheckState.Checked
        ]

    def choices(self) -> dict[str, object]:
        """The answers as the person left them, for ``Preferences.update``."""
        chosen = self.chosen_ids()
        default = set(chosen) == set(self._default_ids)
        return {
            "routine_entries": None if default else chosen,
            "may_be_pregnant": self.pregnancy.checkedId() == MAYBE_PREGNANT,
            "ask_pain": self.ask_pain.isChecked(),
        }

    def _update_ok(self) -> None:
        ready = bool(self.chosen_ids()) and self.pregnancy.checkedId() != -1
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
