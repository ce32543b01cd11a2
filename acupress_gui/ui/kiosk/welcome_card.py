"""What every kiosk visitor reads before their first hold: when to get help instead (the
first-run notice's own words) and the pregnancy question, answered with one tap."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, PregnancyAdvice
from acupress_gui.ui.common.first_run_notice import notice_html
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
        notice = QLabel(notice_html())
        notice.setObjectName("body")
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.RichText)
        set_reading_margins(notice, 20, 12, 24, 12)  # inside its panel, clear of the bar
        # The notice's own panel, as in the desktop's first-run notice; longer than the
        # screen at a kiosk's text size, so a finger's swipe scrolls it, and a fade at
        # its foot says there is more (the back's signs come after the neck's).
        scroll = QScrollArea()
        scroll.setObjectName("noticeScroll")
        forgotten_when_gone(scroll.viewport())  # a card for each visitor
        scroll.setWidget(notice)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
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
