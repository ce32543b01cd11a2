"""The "What hurts?" chips: one per complaint, and All, to narrow the map and the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QWidget

from acupress_gui.core.catalog import Complaint
from acupress_gui.ui.common.flow_layout import FlowLayout


def complaint_name(complaint: Complaint) -> str:
    """The complaint as a person would say it, on its own: a chip, a choice in a list."""
    names = {
        Complaint.NECK_PAIN: QCoreApplication.translate("ComplaintChips", "Neck pain"),
        Complaint.STIFF_NECK: QCoreApplication.translate("ComplaintChips", "Stiff neck"),
        Complaint.UPPER_BACK_TENSION: QCoreApplication.translate(
            "ComplaintChips", "Upper-back tension"
        ),
        Complaint.LOW_BACK_PAIN: QCoreApplication.translate("ComplaintChips", "Low back pain"),
        Complaint.SCIATICA: QCoreApplication.translate("ComplaintChips", "Sciatica"),
    }
    return names[complaint]


def complaint_in_sentence(complaint: Complaint) -> str:
    """The complaint as it reads inside a sentence ("No points for neck pain here."): a
    text of its own, as a language may write it otherwise than by lowering a letter."""
    #: The complaint's name inside a sentence, such as "Show points for neck pain".
    names = {
        Complaint.NECK_PAIN: QCoreApplication.translate("ComplaintChips", "neck pain"),
        Complaint.STIFF_NECK: QCoreApplication.translate("ComplaintChips", "stiff neck"),
        Complaint.UPPER_BACK_TENSION: QCoreApplication.translate(
            "ComplaintChips", "upper-back tension"
        ),
        Complaint.LOW_BACK_PAIN: QCoreApplication.translate("ComplaintChips", "low back pain"),
        Complaint.SCIATICA: QCoreApplication.translate("ComplaintChips", "sciatica"),
    }
    return names[complaint]


class ComplaintChips(QWidget):
    """A row of chips, exactly one checked; it wraps onto a second line in a narrow pane.

    The chips are auto-exclusive buttons, so arrow keys move between them and Space
    checks one, as in any group of options.

    Signals:
        chosen(object): the complaint chosen, or None for All.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintChips")
        layout = FlowLayout(self)
        heading = QLabel(self.tr("What hurts?"))
        heading.setObjectName("chipsHeading")
        layout.addWidget(heading)
        self._group = QButtonGroup(self)
        self._buttons: dict[Complaint | None, QPushButton] = {}
        for complaint in (None, *Complaint):
            text = self.tr("All") if complaint is None else complaint_name(complaint)
            button = QPushButton(text)
            button.setObjectName("complaintChip")
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Show all points")
                if complaint is None
                else self.tr("Show points for {complaint}").format(
                    complaint=complaint_in_sentence(complaint)
                )
            )
            button.setAccessibleDescription(
                self.tr(
                    "Narrows the map and the list of points. The arrow keys move between "
                    "the choices."
                )
            )
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[complaint] = button
            button.toggled.connect(
                lambda checked, c=complaint: self.chosen.emit(c) if checked else None
            )
        heading.setBuddy(self._buttons[None])
        self._buttons[None].setChecked(True)

    def complaint(self) -> Complaint | None:
        return next(c for c, button in self._buttons.items() if button.isChecked())

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def button(self, complaint: Complaint | None) -> QPushButton:
        return self._buttons[complaint]

    def choose(self, complaint: Complaint | None) -> None:
        """Check the chip of ``complaint`` (None for All), as a tap would."""
        self._buttons[complaint].setChecked(True)
