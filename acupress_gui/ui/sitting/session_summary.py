"""What a finished routine or hold amounted to: what was done, for how long, the pain change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_gui.core.catalog import Entry
from acupress_gui.core.history import HoldOutcome, HoldTotals
from acupress_gui.core.pain import calls_for_red_flags, pain_change
from acupress_gui.core.routine import Outcome, RoutineSummary
from acupress_gui.ui.common.durations import format_duration


class SessionSummary(QFrame):
    """The card shown after a routine, or after a hold whose pain was rated.

    Signals:
        closed(): the person is done reading.
        red_flags_requested(): show when to stop and see a doctor.
        insights_requested(): show the trend over the weeks.
    """

    closed = Signal()
    red_flags_requested = Signal()
    insights_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.title = QLabel()
        self.title.setObjectName("timerPhase")
        self.details = QLabel()
        self.details.setObjectName("body")
        self.details.setWordWrap(True)
        self.pain = QLabel()
        self.pain.setObjectName("summaryPain")
        self.pain.setWordWrap(True)
        self.red_flags = QFrame()
        self.red_flags.setObjectName("cautionCard")
        self.red_flags_text = QLabel()
        self.red_flags_text.setWordWrap(True)
        self.see_doctor_button = QPushButton(self.tr("When to see a doctor"))
        self.see_doctor_button.clicked.connect(self.red_flags_requested)
        caution = QHBoxLayout(self.red_flags)
        caution.setContentsMargins(12, 8, 12, 8)
        caution.addWidget(self.red_flags_text, 1)
        caution.addWidget(self.see_doctor_button)
        self.close_button = QPushButton(self.tr("Done"))
        self.close_button.setObjectName("primaryButton")
        self.close_button.clicked.connect(self.closed)

        self.insights_button = QPushButton(self.tr("Your progress over the weeks"))
        self.insights_button.clicked.connect(self.insights_requested)

        footer = QHBoxLayout()
        footer.addWidget(self.insights_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.pain)
        layout.addWidget(self.red_flags)
        layout.addStretch(1)
        layout.addLayout(footer)

    def tab_order(self) -> list[QWidget]:
        """Top to bottom: the doctor's signs (when shown), then the footer's buttons."""
        return [self.see_doctor_button, self.insights_button, self.close_button]

    def show_routine(
        self, summary: RoutineSummary, before: int | None, after: int | None, holds: HoldTotals
    ) -> None:
        self.title.setText(
            self.tr("Routine stopped") if summary.stopped_early else self.tr("Routine complete")
        )
        lines = []
        for outcome, label in (
            (Outcome.DONE, self.tr("Done: {titles}")),
            (Outcome.SKIPPED, self.tr("Skipped: {titles}")),
            (Outcome.NOT_REACHED, self.tr("Not reached: {titles}")),
        ):
            entries = summary.entries(outcome)
            if entries:
                lines.append(label.format(titles=self._listed([e.title for e in entries])))
        lines.append(
            self.tr("Time pressing: {time}").format(time=format_duration(summary.held_seconds))
        )
        lines.append(self._holds_line(holds))
        self.details.setText("\n".join(lines))
        self._show_pain(before, after)

    def show_hold(
        self, entry: Entry, holds: HoldTotals, before: int | None, after: int | None
    ) -> None:
        stopped = holds.count(HoldOutcome.COMPLETED) < holds.total
        self.title.setText(self.tr("Hold stopped early") if stopped else self.tr("Hold done"))
        lines = [
            self.tr("{title}: {time} of pressing").format(
                title=entry.title, time=format_duration(holds.pressed_seconds)
            )
        ]
        if holds.total > 1 or stopped:
            lines.append(self._holds_line(holds))
        self.details.setText("\n".join(lines))
        self._show_pain(before, after)

    def _holds_line(self, holds: HoldTotals) -> str:
        """How many holds (each set, side and spot) ended each way; skipped time is not
        counted as time pressing."""
        words = {
            HoldOutcome.COMPLETED: self.tr("%n completed", "", holds.count(HoldOutcome.COMPLETED)),
            HoldOutcome.STOPPED: self.tr("%n stopped early", "", holds.count(HoldOutcome.STOPPED)),
            HoldOutcome.SKIPPED: self.tr(
                "%n skipped (not counted as time pressing)", "", holds.count(HoldOutcome.SKIPPED)
            ),
            HoldOutcome.QUIT: self.tr("%n stopped by quitting", "", holds.count(HoldOutcome.QUIT)),
        }
        parts = [text for outcome, text in words.items() if holds.count(outcome)]
        return self.tr("Holds: {parts}").format(parts=self._listed(parts) or self.tr("none"))

    def _listed(self, items: list[str]) -> str:
        """ "A, B and C" as the person's language joins a list (Chinese with 、and 和)."""
        return self.locale().createSeparatedList(items)

    def _show_pain(self, before: int | None, after: int | None) -> None:
        change = pain_change(before, after)
        if change is None:
            self.pain.setText(
                self.tr("Pain before: {before}").format(before=before)
                if before is not None
                else self.tr("Pain not rated this time.")
            )
        elif change < 0:
            self.pain.setText(
                self.tr("Pain {before} \u2192 {after}: %n point(s) lower.", "", -change).format(
                    before=before, after=after
                )
            )
        elif change > 0:
            self.pain.setText(
                self.tr("Pain {before} \u2192 {after}: %n point(s) higher.", "", change).format(
                    before=before, after=after
                )
            )
        else:
            self.pain.setText(
                self.tr("Pain {before} \u2192 {after}: no change.").format(
                    before=before, after=after
                )
            )
        rose = change is not None and change > 0
        self.red_flags_text.setText(
            self.tr(
                "Your pain went up. Pressing should never make it worse: stop, and if it "
                "stays worse, talk to a doctor."
            )
            if rose
            else self.tr(
                "Your pain is high. Be gentle with yourself, and check the signs that "
                "mean you should see a doctor soon."
            )
        )
        self.red_flags.setVisible(calls_for_red_flags(before, after))
