"""The notice shown at first start and under Help: what the app is, and when to see a doctor.

The signs come from ``core.red_flags``, the one list the handout uses too.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core import red_flags
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.core_text import translated
from acupress_gui.ui.common.margins import set_reading_margins
from acupress_gui.ui.common.vertical_scroll_area import VerticalScrollArea


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
        text = QLabel(notice_html())
        text.setObjectName("body")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(560)
        set_reading_margins(text, 0, 0, 14, 0)  # clear of the scroll bar
        # Both areas' lists are longer than a small screen: the text scrolls, the
        # button stays in view. The area is as wide as the text and its scroll bar,
        # which grows with large text.
        scroll = VerticalScrollArea(text)
        scroll.setObjectName("noticeScroll")
        scroll.setMinimumHeight(420)
        layout.addWidget(scroll, 1)
        self.notice_text = text

        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget, acknowledged: Callable[[], None]) -> None:
        """Open the notice over ``parent``; ``acknowledged`` runs once the person agrees.

        Tests replace this method rather than clicking a modal dialog.
        """
        questions.run_dialog(cls(parent), acknowledged)


def notice_html() -> str:
    """What the app is, then when to get help, for the neck and for the back (a kiosk's
    visitor is shown them short: ``ui.kiosk.welcome_card``)."""
    sections = []
    for area in red_flags.AREAS:
        where = (
            QCoreApplication.translate("FirstRunNotice", "neck")
            if area is red_flags.NECK
            else QCoreApplication.translate("FirstRunNotice", "back")
        )
        sections.append(
            QCoreApplication.translate(
                "FirstRunNotice",
                "<p><b>Call your local emergency number</b> (999 in the UK) or go to "
                "an emergency department if your {where} pain comes with:</p>{emergency}"
                "<p><b>See a doctor urgently, the same day</b> (in the UK you can also "
                "call 111) if your {where} pain comes with:</p>{same_day}",
            ).format(
                where=where,
                emergency=_bullets(area.signs(red_flags.Urgency.EMERGENCY)),
                same_day=_bullets(area.signs(red_flags.Urgency.SAME_DAY)),
            )
        )
    return QCoreApplication.translate(
        "FirstRunNotice",
        "<p>AcuPress shows you how to find and press acupressure points that are "
        "traditionally used for back and neck pain. It is self-care guidance: it does "
        "not diagnose anything and it is not a treatment.</p>"
        "<h3>Neck pain</h3>{neck}<h3>Back pain</h3>{back}"
        "<p>Pain that is severe or lasts for weeks deserves a professional's opinion. "
        "Stop pressing if pain, numbness or dizziness grows.</p>",
    ).format(neck=sections[0], back=sections[1])


def _bullets(items: tuple[str, ...]) -> str:
    rows = "".join(f"<li>{escape(translated(item))}</li>" for item in items)
    return f"<ul>{rows}</ul>"
