"""The insights window: how pain before and after sessions changed, and what was practised.

The main window imports this module only when the person opens the view, since the
charts bring pyqtgraph and numpy with them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog
from acupress_gui.core.free_memory import RETURN_AFTER_MS, return_free_memory
from acupress_gui.core.history import HistoryError
from acupress_gui.core.history_recorder import Recorder
from acupress_gui.core.insights import Insights, PainTrend, Span
from acupress_gui.ui.common.core_text import error_text, translated
from acupress_gui.ui.common.section_heading import section_heading
from acupress_gui.ui.common.sentences import joined
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.insights.insights_charts import (
    Charted,
    EntriesChart,
    MinutesChart,
    PainChart,
    Series,
    amount_text,
    charted,
)
from acupress_gui.ui.insights.insights_loader import InsightsLoader
from acupress_gui.ui.insights.insights_numbers import InsightsNumbers

_SPANS = (Span.WEEK, Span.MONTH, Span.ALL)
"""The range buttons' spans, left to right (their ids in the button group)."""


class InsightsView(QDialog):
    """Non-modal, like the history: a person can keep it open beside the map.

    Reading a big history takes a moment, so it happens in a worker thread
    (``InsightsLoader``) and the window stays responsive. Each showing reads the history
    afresh; hiding or closing the window stops a read still running and lets go of what
    the charts plotted. ``shutdown()`` stops it for good (a visitor session that ends);
    deleting the window, or its parent, while it reads is safe too.

    Signals:
        loaded(): a read finished and the window shows its outcome: the charts, the
            empty state, or why the history cannot be read. Always from the event loop,
            never from within the constructor or ``refresh()``.
    """

    loaded = Signal()

    def __init__(
        self,
        recorder: Recorder,
        catalog: Catalog,
        theme: Theme,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.setWindowTitle(self.tr("Insights"))
        self._recorder = recorder
        self._now = now
        self._span = Span.MONTH
        self._stale = True
        """Whether to read the history when the window is next shown."""
        self._shut_down = False
        self.loader = InsightsLoader(charted, self)
        self.loader.finished.connect(self._show_outcome)

        title = QLabel(self.tr("Your practice and your pain"))
        title.setObjectName("entryTitle")
        self.range_buttons = QButtonGroup(self)
        range_bar = QWidget()
        range_bar.setObjectName("rangeBar")  # one segmented control (style.qss)
        ranges = QHBoxLayout(range_bar)
        ranges.setContentsMargins(0, 0, 0, 0)
        ranges.setSpacing(0)
        labels = (self.tr("Week"), self.tr("Month"), self.tr("All time"))
        for index, (span, label) in enumerate(zip(_SPANS, labels, strict=True)):
            button = QPushButton(label)
            button.setObjectName(f"range-{span.value}")
            button.setCheckable(True)
            button.setChecked(span is self._span)
            button.setAutoDefault(False)
            self.range_buttons.addButton(button, index)
            ranges.addWidget(button)
        self.range_buttons.idClicked.connect(self._range_clicked)
        self.status = QLabel()
        self.status.setObjectName("insightsStatus")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.status)
        header.addSpacing(8)
        header.addWidget(range_bar)

        self.summary = QLabel()
        self.summary.setObjectName("body")
        self.summary.setWordWrap(True)
        self.pain_chart = PainChart(theme)
        self.pain_chart.setAccessibleName(self.tr("Pain before and after sessions"))
        self.minutes_chart = MinutesChart(theme)
        self.minutes_chart.setAccessibleName(self.tr("Minutes pressed each day"))
        self.minutes_chart.setXLink(self.pain_chart)
        self.entries_chart = EntriesChart(theme, catalog)
        self.entries_chart.setAccessibleName(self.tr("Entries you pressed longest"))

        self.charts = _Charts()
        self.charts.hide()  # until there is something to draw: no empty axes meanwhile
        charts = QVBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(4)
        for heading, chart, stretch in (
            (self.tr("Pain before and after sessions (0 no pain, 10 worst)"), self.pain_chart, 5),
            (self.tr("Minutes pressed each day"), self.minutes_chart, 3),
            (self.tr("Entries you pressed longest, in minutes"), self.entries_chart, 3),
        ):
            charts.addSpacing(8)
            charts.addWidget(section_heading(heading))
            charts.addWidget(chart, stretch)

        # The same figures as tables, for a screen reader or whoever prefers numbers.
        self.numbers = InsightsNumbers(catalog)
        self.numbers.hide()
        self._shown: Insights | None = None
        """What the charts show, for the tables when asked for."""
        self.numbers_button = QPushButton(self.tr("Show the numbers"))
        self.numbers_button.setCheckable(True)
        self.numbers_button.setAutoDefault(False)
        self.numbers_button.setEnabled(False)
        self.numbers_button.toggled.connect(self._show_charts_or_numbers)

        close_button = QPushButton(self.tr("Close"))
        close_button.setDefault(True)
        close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.numbers_button)
        footer.addStretch(1)
        footer.addWidget(close_button)

        # The summary and the charts scroll together when the window is too short for
        # them (a longer language, larger text), rather than squeezing the charts.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.charts, 1)
        body_layout.addWidget(self.numbers, 1)
        body_layout.addStretch()  # takes the room when there are no charts to show
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        self.resize(760, 820)

    @property
    def span(self) -> Span:
        return self._span

    def show_span(self, span: Span) -> None:
        """Switch to ``span`` and read it; a read of the previous span still running is
        dropped."""
        self._span = span
        self.range_buttons.button(_SPANS.index(span)).setChecked(True)
        self.refresh()

    def _range_clicked(self, index: int) -> None:
        self.show_span(_SPANS[index])

    def refresh(self) -> None:
        """Read the current span again, now if the window is shown, else when it is next
        shown (which also reads it: each opening shows the history as it is then)."""
        self._stale = not self.isVisible()
        self.loader.cancel()
        if self._stale or self._shut_down:
            return
        if self._recorder.store is None:
            self._recorder.retry()
        store = self._recorder.store
        if store is None:
            self._show_problem(translated(self._recorder.last_error or ""))
            return
        try:
            connection = store.connect_reader()
        except HistoryError as error:
            self._show_problem(error_text(error))
            return
        # The summary stays until the new one is ready: the charts do not jump meanwhile.
        self.status.setText(self.tr("Loading\u2026"))
        self.loader.start(connection, self._span, self._now())

    def is_loading(self) -> bool:
        return self.loader.is_loading()

    def pain_series(self) -> dict[str, Series]:
        """The plotted pain: "before" and "after" daily means and "before_ratings" and
        "after_ratings", each as x (POSIX seconds; days at ``day_x``) and y lists."""
        return self.pain_chart.series()

    def minutes_series(self) -> Series:
        """The minutes bars: each day (at ``day_x``) and its minutes."""
        return self.minutes_chart.series()

    def entry_bars(self) -> list[tuple[str, float]]:
        """The "pressed longest" bars, top to bottom: (entry title, minutes)."""
        return self.entries_chart.bars_shown()

    def summary_text(self, insights: Insights) -> str:
        """The plain-language summary above the charts."""
        if not _has_data(insights):
            if insights.first_day is None or insights.span is Span.ALL:
                return self.tr(
                    "Nothing here yet. After your first session, this page shows how your "
                    "pain and your practice change over the weeks."
                )
            return self.tr(
                "Nothing recorded in the last {days} days. Your pain ratings and your "
                "practice will show here after your next session."
            ).format(days=(insights.today - insights.first_day).days + 1)
        paragraphs = [
            self.tr(
                "Sessions this week: {sessions}  \u00b7  Days in a row with a routine: {days}"
            ).format(sessions=insights.sittings_this_week, days=insights.routine_streak_days),
            self._trend_text(insights.trend),
            self.tr(
                "These charts only show what you recorded. They are not a diagnosis and do not "
                "replace advice from a doctor."
            ),
        ]
        return "\n\n".join(paragraphs)

    def _trend_text(self, trend: PainTrend | None) -> str:
        if trend is None:
            return self.tr("Rate your pain before sessions for two weeks to see a trend.")
        first, latest = self._rating(trend.first_typical), self._rating(trend.latest_typical)
        start = trend.first_week_start
        since = self.locale().toString(
            QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat
        )
        if trend.change == 0:
            text = self.tr(
                "Your typical pain before a session is {latest}, the same as in your first "
                "week of ratings (from {since})."
            )
        else:
            text = self.tr(
                "Your typical pain before a session went from {first} in your first week of "
                "ratings (from {since}) to {latest} in the last 7 days."
            )
        text = text.format(first=first, latest=latest, since=since)
        if trend.change < 0 and trend.meaningful:
            verdict = self.tr(
                "That is a meaningful change: a drop of at least 2 points or 30% is about "
                "what matched people with lasting pain feeling much better (Farrar et al. "
                "2001; Ostelo et al. 2008)."
            )
        elif trend.change < 0 and trend.meaningful is False:
            verdict = self.tr(
                "That is not yet a meaningful change, which takes a drop of at least 2 points "
                "or 30% (Farrar et al. 2001; Ostelo et al. 2008)."
            )
        elif trend.change > 0:
            verdict = self.tr(
                "Pain that keeps rising deserves a closer look: Help \u25b8 When to see a "
                "doctor lists the signs not to wait on."
            )
        else:
            return text  # the same as in the first week: nothing more to say
        return joined(text, verdict)

    def _rating(self, value: float) -> str:
        """A typical rating as a person would say it: "4", or "4.5" for a median between."""
        return amount_text(self.locale(), value)

    def _show_outcome(self, outcome: Charted | Exception) -> None:
        if isinstance(outcome, sqlite3.Error):
            self._show_problem(str(outcome))
            return
        if isinstance(outcome, Exception):
            raise outcome  # a bug, not the file: let the app's error reporting show it
        insights = outcome.insights
        self.status.clear()
        self.summary.setText(self.summary_text(insights))
        first = insights.first_day
        self._shown = insights if first is not None and _has_data(insights) else None
        if first is not None and self._shown is not None:
            self.pain_chart.show_charted(outcome, first)
            self.minutes_chart.show_insights(insights, first)
            self.entries_chart.show_insights(insights)
        self._show_charts_or_numbers()
        self.loaded.emit()

    def _show_charts_or_numbers(self) -> None:
        """The charts, or their numbers as tables while the button is down; neither
        while there is nothing to show."""
        shown = self._shown
        self.numbers_button.setEnabled(shown is not None)
        numbers = shown is not None and self.numbers_button.isChecked()
        self.numbers_button.setText(
            self.tr("Show the charts")
            if self.numbers_button.isChecked()
            else self.tr("Show the numbers")
        )
        if numbers and shown is not None:
            self.numbers.show_insights(shown)
        else:
            self.numbers.release()
        self.charts.setVisible(shown is not None and not numbers)
        self.numbers.setVisible(numbers)

    def _show_problem(self, problem: str) -> None:
        self.status.clear()
        self.summary.setText(
            self.tr("Your history cannot be read right now: {problem}").format(problem=problem)
        )
        self._shown = None
        self._show_charts_or_numbers()
        # From the event loop, as after a read: a caller connects after calling refresh().
        QTimer.singleShot(0, self, self.loaded.emit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Holds saved while hidden would go unseen, so read again on showing. No read runs
        while hidden (waiting for it takes a moment, as SQLite stops at its next check), and
        the charts let go of their points, which the next showing reads afresh anyway."""
        self._stale = True
        self.loader.stop()
        self._release_charts()
        # What the read and the charts freed, and the window itself when it closes for good.
        QTimer.singleShot(RETURN_AFTER_MS, return_free_memory)
        super().hideEvent(event)

    def shutdown(self) -> None:
        """Stop reading for good and let go of the charts' points: for an owner about to
        delete the window (a visitor session that ends). The window reads nothing after."""
        self._shut_down = True
        self.loader.shutdown()
        self._release_charts()

    def _release_charts(self) -> None:
        # No empty axes or tables when shown again, until the new read arrives.
        self._shown = None
        self._show_charts_or_numbers()
        for chart in (self.pain_chart, self.minutes_chart, self.entries_chart):
            chart.release()


class _Charts(QWidget):
    """The charts' box, asking for no more than their least height: the room left in the
    window is theirs, but the plots' own wish for height would make the page scroll when
    nothing needs to."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


def _has_data(insights: Insights) -> bool:
    """Whether the span has anything to chart: a hold or a rating."""
    return bool(insights.daily_minutes or insights.daily_pain)
