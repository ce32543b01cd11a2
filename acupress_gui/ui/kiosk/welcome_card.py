"""What every kiosk visitor reads before their first hold: when to get help instead, short
enough to read standing (the first-run notice's signs, gathered into a few lines and
sent to the staff nearby), and the pregnancy question, answered with one tap."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, PregnancyAdvice
from acupress_gui.ui.common.finger_scrolling import scroll_by_finger
from acupress_gui.ui.common.margins import set_reading_margins
from acupress_gui.ui.common.style_caches import forgotten_when_gone
from acupress_gui.ui.kiosk.more_below import MoreBelow

YES, NO, NOT_SURE = "yes", "no", "not sure"


class WelcomeCard(QFrame):
    """The notice beside the question; tapping an answer is the one tap that goes on.

    "Not sure" counts as "might be": the points avoided in pregnancy are left out.

    Signals:
        answered(bool): whether the visitor is or may be pregnant.
    """

    answered = Signal(bool)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCard")
        # The notice's and the question's own texts, in their contexts: the same words,
        # translated once.
        title = QLabel(QCoreApplication.translate("FirstRunNotice", "Before you start"))
        title.setObjectName("kioskCardTitle")
        notice = QLabel(short_red_flags_html())
        notice.setObjectName("body")
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.RichText)
        notice.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        set_reading_margins(notice, 20, 12, 24, 12)  # inside its panel, clear of the bar
        # The notice's own panel, as in the desktop's first-run notice. It fits a clinic's
        # screen; on a smaller one a finger's swipe scrolls it, and a fade at its foot
        # says there is more.
        scroll = QScrollArea()
        scroll.setObjectName("noticeScroll")
        forgotten_when_gone(scroll.viewport())  # a card for each visitor
        scroll.setWidget(notice)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_by_finger(scroll)
        self.more_below = MoreBelow(scroll)
        self.notice_scroll = scroll
        self.notice_text = notice

        question = QLabel(
            QCoreApplication.translate("PregnancyQuestion", "Are you pregnant, or could you be?")
        )
        question.setObjectName("welcomeQuestion")
        question.setWordWrap(True)
        avoided = self.locale().createSeparatedList(
            [entry.title for entry in catalog.entries if entry.pregnancy is PregnancyAdvice.AVOID]
        )
        hint = QLabel(
            QCoreApplication.translate(
                "PregnancyQuestion",
                "Some points are traditionally avoided in pregnancy ({titles}). If you "
                "might be pregnant, AcuPress leaves them out of the routine. You can "
                "change this answer at any time.",
            ).format(titles=avoided)
        )
        hint.setObjectName("body")
        hint.setWordWrap(True)
        hint.setVisible(bool(avoided))
        self.answer_buttons: dict[str, QPushButton] = {}
        answers = QVBoxLayout()
        answers.setSpacing(16)
        for key, text, pregnant in (
            (YES, self.tr("Yes"), True),
            (NO, self.tr("No"), False),
            (NOT_SURE, self.tr("Not sure"), True),
        ):
            button = QPushButton(text)
            button.setObjectName("welcomeAnswer")
            button.clicked.connect(lambda _checked=False, p=pregnant: self.answered.emit(p))
            answers.addWidget(button)
            self.answer_buttons[key] = button
        go_on = QLabel(self.tr("Tap your answer to go on."))
        go_on.setObjectName("body")

        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(question)
        side.addWidget(hint)
        side.addLayout(answers)
        side.addWidget(go_on)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addWidget(scroll, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(columns, 1)


def short_red_flags_html() -> str:
    """The signs of ``core.red_flags`` for the neck and the back together, gathered into
    a few lines a visitor reads standing: when to get help at once, when to see a doctor
    today, and, being in a clinic, to ask the staff when unsure."""
    return "".join(
        (
            QCoreApplication.translate(
                "WelcomeCard",
                "<p>AcuPress shows you how to press acupressure points for neck and back "
                "pain. It is self-care, not a diagnosis or a treatment.</p>",
            ),
            QCoreApplication.translate(
                "WelcomeCard",
                "<h3>Get help now: tell the staff or call your emergency number</h3>"
                "<p>if your pain began after a fall, an accident or a blow, or comes with:</p>"
                "<ul><li>numbness, tingling or weakness in your arms or legs, or unsteady "
                "walking</li>"
                "<li>numb skin between your legs, or trouble passing or holding urine or "
                "stools</li>"
                "<li>chest pain, or trouble speaking, swallowing or seeing</li>"
                "<li>sudden dizziness or fainting</li>"
                "<li>a stiff neck with a fever and a headache</li></ul>",
            ),
            QCoreApplication.translate(
                "WelcomeCard",
                "<h3>See a doctor today</h3>"
                "<p>if you have a fever or feel unwell, if the pain keeps getting worse or "
                "is worse at night, if you are losing weight without knowing why, or if you "
                "have had cancer or have a weakened immune system.</p>",
            ),
            QCoreApplication.translate(
                "WelcomeCard", "<p><b>Not sure? Ask the staff before you press.</b></p>"
            ),
        )
    )
