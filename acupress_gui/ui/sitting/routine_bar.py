"""The routine's progress strip ("3 of 5") and its Back, Skip and Stop controls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_gui.core.routine import Routine


class RoutineBar(QFrame):
    """Shows where the person is in a routine; one segment per entry.

    Signals:
        back_requested(), skip_requested(), stop_requested()
    """

    back_requested = Signal()
    skip_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineBar")
        self.progress = QLabel()
        self.progress.setObjectName("routineProgress")
        # Wrapping, so a long title never widens the pane and moves the splitter.
        self.progress.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("routineNote")
        self.note.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.stop_button = QPushButton(self.tr("Stop routine"))
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self._segments = QHBoxLayout()
        self._segments.setSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.progress, 1)
        for button in (self.back_button, self.skip_button, self.stop_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self._segments)
        layout.addWidget(self.note)

    def tab_order(self) -> list[QWidget]:
        return [self.back_button, self.skip_button, self.stop_button]

    def show_routine(self, routine: Routine, left_out_note: str) -> None:
        """Build one segment per entry and show the note on what was left out, if any."""
        while (item := self._segments.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        for entry in routine.plan.entries:
            segment = QFrame()
            segment.setObjectName("routineSegment")
            segment.setFixedHeight(6)
            segment.setToolTip(entry.title)
            self._segments.addWidget(segment, 1)
        self.note.setText(left_out_note)
        self.note.setVisible(bool(left_out_note))
        self.update_progress(routine)

    def update_progress(self, routine: Routine) -> None:
        current = routine.current
        if current is None:
            self.progress.setText(self.tr("Routine finished"))
        else:
            self.progress.setText(
                self.tr("Routine \u00b7 {n} of {total} \u00b7 {title}").format(
                    n=routine.position, total=routine.total, title=current.title
                )
            )
        outcomes = dict(routine.summary().outcomes)
        for index, entry in enumerate(routine.plan.entries):
            item = self._segments.itemAt(index)
            segment = item.widget() if item is not None else None
            if segment is None:
                continue
            here = current is not None and index == routine.position - 1
            segment.setProperty("state", "current" if here else outcomes[entry].value)
            style = segment.style()
            style.unpolish(segment)
            style.polish(segment)
        self.back_button.setEnabled(current is not None and not routine.is_first)
        self.skip_button.setEnabled(current is not None)
        self.stop_button.setEnabled(current is not None)
