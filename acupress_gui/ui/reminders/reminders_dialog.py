"""Choosing reminder times, and whether AcuPress stays in the tray when its window closes."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.preferences import DeviceSettings
from acupress_gui.core.reminders import format_time, normalise_times, parse_time, usable_times
from acupress_gui.ui.common.margins import set_reading_margins
from acupress_gui.ui.reminders.time_field import TimeField

PRESETS = ("09:00", "13:00", "18:00")
"""Offered when reminders are first turned on: morning, midday and evening."""
NEW_TIME = time(12, 0)
LIST_WIDTH = 200
LIST_ROWS = 4
"""Rows shown without scrolling: most people choose a few times a day."""


class RemindersDialog(QDialog):
    """Shows the reminder settings to edit; the caller applies ``choices()`` on OK.

    ``tray_available`` is passed in (see ``tray_icon.tray_available``): without a tray,
    the option to stay there is shown but cannot be chosen, and the dialog says why.
    """

    def __init__(
        self, settings: DeviceSettings, tray_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self._tray_available = tray_available

        intro = QLabel(
            self.tr(
                "AcuPress can invite you to do a routine at the times you choose. "
                "Reminders come only while AcuPress is running."
            )
        )
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Remind me to do a routine"))

        self.times_heading = QLabel(self.tr("TIMES"))
        self.times_heading.setObjectName("sectionHeading")
        self.times = QListWidget()
        self.times.setObjectName("entryList")
        self.times.setAccessibleName(self.tr("Reminder times"))
        self.times.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.times_heading.setBuddy(self.times)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.time_edit = TimeField(NEW_TIME)
        self.time_edit.setAccessibleName(self.tr("Time to add"))
        self.time_note = QLabel()
        self.time_note.setObjectName("durationNote")
        self.time_note.setWordWrap(True)
        self.time_note.hide()
        self.add_button = QPushButton(self.tr("Add time"))
        self.add_button.setAutoDefault(False)

        self.keep_in_tray = QCheckBox(
            self.tr("Keep AcuPress in the system tray when the window is closed")
        )
        self.tray_note = QLabel()
        self.tray_note.setObjectName("reminderHint")
        self.tray_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Shown only with reminders on: an empty, greyed list would say nothing.
        self.times_box = QWidget()
        times_block = QGridLayout(self.times_box)
        indent = self._checkbox_text_offset()
        set_reading_margins(times_block, indent, 0, 0, 0)
        times_block.setHorizontalSpacing(8)
        times_block.setVerticalSpacing(6)
        times_block.addWidget(self.times_heading, 0, 0, 1, 2)
        times_block.addWidget(self.times, 1, 0)
        times_block.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        times_block.addWidget(self.time_edit, 2, 0)
        times_block.addWidget(self.add_button, 2, 1)
        times_block.addWidget(self.time_note, 3, 0, 1, 3)
        times_block.setColumnStretch(2, 1)
        self.times.setFixedSize(LIST_WIDTH, self._list_height())
        self.time_edit.setMinimumHeight(self.add_button.sizeHint().height())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addWidget(self.times_box)
        layout.addSpacing(6)
        layout.addWidget(self.keep_in_tray)
        set_reading_margins(self.tray_note, indent, 0, 0, 0)
        layout.addWidget(self.tray_note)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        for text in usable_times(settings.reminder_times)[0]:
            self.add_time(text)
        self.times.clearSelection()
        self.enabled.setChecked(settings.reminders_enabled)
        self.keep_in_tray.setChecked(settings.keep_in_tray)

        self.enabled.toggled.connect(self._on_enabled)
        self.times.itemSelectionChanged.connect(self._update_controls)
        self.add_button.clicked.connect(self._add_chosen_time)
        self.remove_button.clicked.connect(self.remove_selected)
        # Enter in the time box adds the time instead of closing the dialog.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add = QShortcut(QKeySequence(key), self.time_edit)
            add.setContext(Qt.ShortcutContext.WidgetShortcut)
            add.activated.connect(self._add_chosen_time)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.times)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self._update_controls()

    def reminder_times(self) -> list[str]:
        """The times in the list, as "HH:MM", earliest first."""
        return [
            self.times.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.times.count())
        ]

    def add_time(self, text: str) -> None:
        """Add "HH:MM" in its place in the list (once) and select it."""
        at = parse_time(text)
        text = format_time(at)
        existing = self.reminder_times()
        if text in existing:
            row = existing.index(text)
        else:
            row = sum(1 for other in existing if other < text)
            label = self.locale().toString(
                QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.times.insertItem(row, item)
        self.times.setCurrentRow(row)

    def remove_selected(self) -> None:
        """Remove the selected time and select its neighbour, so Delete can be repeated."""
        selected = self.times.selectedItems()
        if not selected:
            return
        row = self.times.row(selected[0])
        self.times.takeItem(row)
        if self.times.count():
            self.times.setCurrentRow(min(row, self.times.count() - 1))
        self._update_controls()

    def choices(self) -> dict[str, object]:
        """The settings as the person left them, for ``Preferences.update``."""
        return {
            "reminders_enabled": self.enabled.isChecked(),
            "reminder_times": normalise_times(self.reminder_times()),
            "keep_in_tray": self.keep_in_tray.isChecked(),
        }

    def _list_height(self) -> int:
        """Room for ``LIST_ROWS`` rows, measured on a sample row (the list may be empty)."""
        self.times.addItem("00:00")
        row = self.times.sizeHintForRow(0)
        self.times.takeItem(0)
        return row * LIST_ROWS + 2 * self.times.frameWidth()

    def _checkbox_text_offset(self) -> int:
        """Where a checkbox's text starts: what depends on a checkbox lines up under it."""
        style = self.enabled.style()
        metric = QStyle.PixelMetric
        return style.pixelMetric(metric.PM_IndicatorWidth, None, self.enabled) + (
            style.pixelMetric(metric.PM_CheckBoxLabelSpacing, None, self.enabled)
        )

    def _add_chosen_time(self) -> None:
        """Add the typed time, or say how to type one and leave the text to mend."""
        at = self.time_edit.typed_time()
        if at is None:
            self.time_note.setText(
                self.tr(
                    "\u201c{text}\u201d is not a time of day. Type it as 9, 9:30, 0930 or 6 pm."
                ).format(text=self.time_edit.text().strip())
            )
        else:
            self.add_time(format_time(at))
            self.time_edit.set_time(at)  # as the list writes it: what was read is plain
            self.time_note.clear()
        self._show_note()

    def _show_note(self) -> None:
        shown = bool(self.time_note.text())
        if shown != self.time_note.isVisibleTo(self):
            self.time_note.setVisible(shown)
            self.adjustSize()

    def _on_enabled(self, enabled: bool) -> None:
        if enabled and self.times.count() == 0:
            for text in PRESETS:
                self.add_time(text)
            self.times.clearSelection()
        self._update_controls()

    def _update_controls(self) -> None:
        enabled = self.enabled.isChecked()
        reshaped = self.times_box.isVisibleTo(self) != enabled
        self.times_box.setVisible(enabled)
        self.remove_button.setEnabled(bool(self.times.selectedItems()))
        self.keep_in_tray.setEnabled(enabled and self._tray_available)
        if not self._tray_available:
            note = self.tr(
                "This desktop shows no system tray, so closing the window quits AcuPress "
                "and reminders stop until you open it again."
            )
        elif not enabled:
            note = self.tr("Available when reminders are on.")
        else:
            quit_keys = QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText)
            note = self.tr(
                "Reminders keep coming while the window is closed. To quit AcuPress, "
                "choose Quit in the tray icon's menu or press {keys}."
            ).format(keys=quit_keys)
        reshaped |= note != self.tray_note.text()
        self.tray_note.setText(note)
        if reshaped:
            # After the words change: wrapped labels need the height of their new text.
            self.adjustSize()
