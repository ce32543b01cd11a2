"""The notice shown at first start: what the app is, and when to see a doctor instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class FirstRunNotice(QDialog):
    """A short, friendly modal notice; acknowledged once, reachable from the Help menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunNotice")
        self.setWindowTitle(self.tr("Welcome to AcuPress"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)

        title = QLabel(self.tr("Before you start"))
        title.setObjectName("entryTitle")
        layout.addWidget(title)
        text = QLabel(self.notice_html())
        text.setObjectName("body")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMinimumWidth(520)
        layout.addWidget(text)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def notice_html(self) -> str:
        emergency = (
            self.tr("numbness or tingling around your genitals or buttocks"),
            self.tr("trouble passing urine, or losing control of your bladder or bowels"),
            self.tr("weakness or numbness in both legs"),
            self.tr("chest pain"),
            self.tr("pain that started after a serious accident"),
        )
        urgent = (
            self.tr("a fever, or weight loss you cannot explain"),
            self.tr("a lump or a change in the shape of your back"),
            self.tr("pain that is worse at night or does not ease with rest"),
            self.tr("pain high between the shoulder blades"),
            self.tr("a history of cancer"),
        )
        return self.tr(
            "<p>AcuPress shows you how to find and press acupressure points that are "
            "traditionally used for back and neck pain. It is self-care guidance: it does "
            "not diagnose anything and it is not a treatment.</p>"
            "<p><b>Call your local emergency number or go to an emergency department</b> "
            "if back pain comes with:</p>{emergency}"
            "<p><b>See a doctor soon</b> if it comes with:</p>{urgent}"
            "<p>Pain that is severe or lasts for weeks deserves a professional's opinion. "
            "Stop pressing if pain, numbness or dizziness grows.</p>"
        ).format(emergency=_bullets(emergency), urgent=_bullets(urgent))

    @classmethod
    def ask(cls, parent: QWidget, acknowledged: Callable[[], None]) -> None:
        """Open the notice over ``parent``; ``acknowledged`` runs once the person agrees.

        Tests replace this method rather than clicking a modal dialog.
        """
        notice = cls(parent)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.setWindowModality(Qt.WindowModality.WindowModal)
        notice.accepted.connect(acknowledged)
        notice.open()


def _bullets(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
