"""The insights window: what its charts plot from a real history, its summary, and its thread.

The history is read in UTC (TZ=UTC) so that local days are the UTC days written below.
"""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.core import insights as core_insights
from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import (
    HistoryRecorder,
    HistoryStore,
    HistoryUnavailableError,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.core.insights import DailyMinutes, DailyPain, Insights, PainTrend, Span
from acupress_gui.ui.common.theme import DARK, LIGHT, Theme
from acupress_gui.ui.insights import insights_loader
from acupress_gui.ui.insights.insights_charts import (
    AFTER_SYMBOL,
    BEFORE_SYMBOL,
    DAY_SECONDS,
    day_text,
    day_x,
)
from acupress_gui.ui.insights.insights_view import InsightsView
from tests.ui.accessibility import closes_on_escape, reader_description, usable

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
"""Wednesday: this week began on Monday 11-23; the month (30 days) on 10-27."""
LOAD_MS = 10_000

pytestmark = pytest.mark.usefixtures("local_utc")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


WED, MON, TUE = date(2026, 11, 25), date(2026, 11, 23), date(2026, 11, 24)
EARLY_NOV, SEPTEMBER = date(2026, 11, 10), date(2026, 9, 1)

SITTINGS = [
    # key, kind, start, before, after, [(entry, seconds held)]
    ("a", SittingKind.ROUTINE, at(WED, 9), 6, 3, [("wind-pool", 120), ("sea-of-vitality", 60)]),
    ("b", SittingKind.SINGLE, at(WED, 10), 4, None, [("wind-pool", 60)]),
    ("c", SittingKind.ROUTINE, at(MON, 8), 5, 4, [("heavenly-pillar", 90)]),
    ("d", SittingKind.SINGLE, at(EARLY_NOV, 18), 7, 5, [("sacral-points", 300)]),
    ("e", SittingKind.ROUTINE, at(SEPTEMBER, 8), 8, 6, [("wind-pool", 600)]),
]
"""Sessions this week: a, b, c. Routine days in a row ending today: only Wednesday.
Trend: the first week (from Monday 08-31) had 8; the last 7 days 5, 6, 4 (median 5)."""


def seed(recorder: HistoryRecorder) -> None:
    for key, kind, started, before, after, holds in SITTINGS:
        recorder.record(SittingRecord(key, kind, started, before, after))
        for n, (entry_id, held) in enumerate(holds):
            start = started + timedelta(minutes=3 * n)
            recorder.record(
                HoldRecord(entry_id, ("GB20",), Side.BOTH, 1, start, 60.0, held, True, key)
            )
    # A hold from version 1 (no sitting), of an entry the catalog no longer has.
    recorder.record(
        HoldRecord("retired-entry", ("GB20",), Side.BOTH, 1, at(TUE, 7), 60.0, 30.0, False)
    )


@pytest.fixture
def make_view(
    qtbot: QtBot, recorder: HistoryRecorder, catalog: Catalog
) -> Callable[..., InsightsView]:
    def make(theme: Theme = LIGHT, wait: bool = True) -> InsightsView:
        view = InsightsView(recorder, catalog, theme, lambda: NOW)
        qtbot.addWidget(view)
        if wait:
            with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
                view.show()
        else:
            view.show()
        return view

    return make


@pytest.fixture
def view(recorder: HistoryRecorder, make_view: Callable[..., InsightsView]) -> InsightsView:
    seed(recorder)
    return make_view()


def switch(qtbot: QtBot, view: InsightsView, span: Span) -> None:
    button = view.findChild(QPushButton, f"range-{span.value}")
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def days(*pairs: tuple[date, float]) -> tuple[list[float], list[float]]:
    return [day_x(day) for day, _ in pairs], [float(value) for _, value in pairs]


def moments(*pairs: tuple[datetime, float]) -> tuple[list[float], list[float]]:
    return [moment.timestamp() for moment, _ in pairs], [float(value) for _, value in pairs]


def test_the_month_is_shown_by_default_with_daily_means_and_every_rating(
    view: InsightsView,
) -> None:
    assert view.span is Span.MONTH
    pain = view.pain_series()
    assert pain["before"] == days((EARLY_NOV, 7), (MON, 5), (WED, 5))  # Wed: (6 + 4) / 2
    assert pain["after"] == days((EARLY_NOV, 5), (MON, 4), (WED, 3))  # b was not rated after
    assert pain["before_ratings"] == moments(
        (at(EARLY_NOV, 18), 7), (at(MON, 8), 5), (at(WED, 9), 6), (at(WED, 10), 4)
    )
    assert pain["after_ratings"] == moments(
        (at(EARLY_NOV, 18), 5), (at(MON, 8), 4), (at(WED, 9), 3)
    )


def test_dense_ratings_become_one_dot_per_day_and_value(
    recorder: HistoryRecorder,
    make_view: Callable[..., InsightsView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past MOST_LISTED_RATINGS rated sittings, dots on the same day with the same value are
    # drawn as one.
    monkeypatch.setattr(core_insights, "MOST_LISTED_RATINGS", 3)
    seed(recorder)
    view = make_view()
    assert view.pain_series()["before_ratings"] == days(
        (EARLY_NOV, 7), (MON, 5), (WED, 4), (WED, 6)
    )
    assert view.pain_series()["after_ratings"] == days((EARLY_NOV, 5), (MON, 4), (WED, 3))


def test_single_ratings_are_painted_as_dots(
    qtbot: QtBot, recorder: HistoryRecorder, make_view: Callable[..., InsightsView]
) -> None:
    # Two ratings on one day, 2 and 8: the daily mean (5) lies between the two dots.
    recorder.record(SittingRecord("low", SittingKind.SINGLE, at(MON, 8), 2, None))
    recorder.record(SittingRecord("high", SittingKind.SINGLE, at(MON, 20), 8, None))
    view = make_view()
    chart = view.pain_chart
    image = chart.grab().toImage()
    box = chart.getPlotItem().getViewBox()

    def colour_at(moment: datetime, pain: float) -> str:
        point = chart.mapFromScene(box.mapViewToScene(QPointF(moment.timestamp(), pain)))
        return image.pixelColor(point).name()

    background = LIGHT.surface
    assert colour_at(at(MON, 8), 2) != background
    assert colour_at(at(MON, 20), 8) != background
    assert colour_at(at(MON, 8), 3) == background  # no dot where no rating was given


def test_minutes_per_day_are_bars(view: InsightsView) -> None:
    assert view.minutes_series() == days((EARLY_NOV, 5), (MON, 1.5), (TUE, 0.5), (WED, 4))


def test_entries_used_most_come_first_by_title(view: InsightsView) -> None:
    assert view.entry_bars() == [
        ("Sacral Points", 5.0),
        ("Wind Pool", 3.0),
        ("Heavenly Pillar", 1.5),
        ("Sea of Vitality", 1.0),
        ("retired-entry", 0.5),  # not in the catalog: its id stands in for a title
    ]


def test_switching_the_range_changes_what_is_plotted(qtbot: QtBot, view: InsightsView) -> None:
    switch(qtbot, view, Span.WEEK)
    assert view.span is Span.WEEK
    assert view.pain_series()["before"] == days((MON, 5), (WED, 5))
    assert view.minutes_series() == days((MON, 1.5), (TUE, 0.5), (WED, 4))
    assert view.entry_bars()[0] == ("Wind Pool", 3.0)

    switch(qtbot, view, Span.ALL)
    assert view.pain_series()["before"] == days((SEPTEMBER, 8), (EARLY_NOV, 7), (MON, 5), (WED, 5))
    assert view.minutes_series()[1] == [10.0, 5.0, 1.5, 0.5, 4.0]
    assert view.entry_bars()[0] == ("Wind Pool", 13.0)
    assert [button.isChecked() for button in view.range_buttons.buttons()] == [
        False,
        False,
        True,
    ]


def test_a_long_span_is_drawn_plainer(
    qtbot: QtBot, recorder: HistoryRecorder, view: InsightsView
) -> None:
    assert view.pain_chart.before_line.opts["symbol"] == BEFORE_SYMBOL
    assert view.minutes_chart.bars.opts["width"] == 0.7 * DAY_SECONDS
    long_ago = at(date(2025, 1, 6), 9)
    recorder.record(HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, long_ago, 60.0, 60.0, True))
    switch(qtbot, view, Span.ALL)
    # Over 120 days, rings would make beads and gaps between bars stripes.
    assert view.pain_chart.before_line.opts["symbol"] is None
    assert view.minutes_chart.bars.opts["width"] == DAY_SECONDS


def test_before_and_after_differ_in_more_than_colour(view: InsightsView) -> None:
    """Someone who cannot tell amber from teal still tells the lines apart: one is
    dashed with square marks, the other solid with round ones."""
    before, after = view.pain_chart.before_line.opts, view.pain_chart.after_line.opts
    assert before["pen"].style() != after["pen"].style()
    assert (before["symbol"], after["symbol"]) == (BEFORE_SYMBOL, AFTER_SYMBOL)
    assert BEFORE_SYMBOL != AFTER_SYMBOL


def test_the_summary_counts_the_week_and_describes_the_trend(view: InsightsView) -> None:
    text = view.summary.text()
    assert "Sessions this week: 3" in text
    assert "Days in a row with a routine: 1" in text
    since = QLocale().toString(QDate(2026, 8, 31), QLocale.FormatType.LongFormat)
    assert f"went from 8 in your first week of ratings (from {since}) to 5" in text
    assert "a meaningful change" in text
    assert "Farrar et al. 2001" in text
    assert text.endswith(
        "These charts only show what you recorded. They are not a diagnosis and do not "
        "replace advice from a doctor."
    )


def trend(first: float, latest: float, meaningful: bool | None) -> PainTrend:
    return PainTrend(date(2026, 10, 5), float(first), float(latest), meaningful)


@pytest.mark.parametrize(
    ("pain_trend", "says", "never_says"),
    [
        (None, "Rate your pain before sessions for two weeks to see a trend.", "Farrar"),
        (trend(6, 4, True), "from 6 in your first week", "not yet"),
        (trend(6, 5, False), "not yet a meaningful change", "When to see a doctor"),
        (trend(4.5, 3, False), "from 4.5 in your first week", "is a meaningful"),
        (trend(0, 0, None), "is 0, the same as in your first week", "meaningful"),
        (trend(0, 2, None), "Help \u25b8 When to see a doctor", "meaningful"),
        (trend(4, 6, False), "Help \u25b8 When to see a doctor", "meaningful"),
    ],
)
def test_the_trend_in_plain_words(
    make_view: Callable[..., InsightsView],
    pain_trend: PainTrend | None,
    says: str,
    never_says: str,
) -> None:
    view = make_view()
    first_day = WED - timedelta(days=29)
    minutes = (DailyMinutes(WED, 1.0),)
    insights = Insights(
        span=Span.MONTH,
        today=WED,
        first_day=first_day,
        daily_pain=(),
        ratings=(),
        before_counts=(),
        after_counts=(),
        daily_minutes=minutes,
        entry_use=(),
        sittings_this_week=2,
        routine_streak_days=0,
        trend=pain_trend,
    )
    text = view.summary_text(insights)
    assert says in text
    assert never_says not in text
    assert "not a diagnosis" in text


def test_the_trend_and_the_charts_words_join_sentences_as_the_language_does(
    sentences_run_on: None, make_view: Callable[..., InsightsView]
) -> None:
    view = make_view()
    insights = Insights(
        span=Span.MONTH,
        today=WED,
        first_day=WED - timedelta(days=29),
        daily_pain=(DailyPain(EARLY_NOV, 7.0, 5.0), DailyPain(WED, 5.0, 3.0)),
        ratings=(),
        before_counts=(),
        after_counts=(),
        daily_minutes=(DailyMinutes(WED, 1.0),),
        entry_use=(),
        sittings_this_week=2,
        routine_streak_days=0,
        trend=trend(6, 4, True),
    )
    assert "in the last 7 days.That is a meaningful change" in view.summary_text(insights)
    wed = day_text(view.locale(), WED)
    described = view.pain_chart.describe(insights)
    assert f"to {wed}.Before sessions:" in described
    assert "highest 7.After sessions:" in described


def test_an_empty_history_gets_a_friendly_word_and_no_charts(
    qtbot: QtBot, make_view: Callable[..., InsightsView]
) -> None:
    view = make_view()
    assert view.summary.text() == (
        "Nothing recorded in the last 30 days. Your pain ratings and your practice will show "
        "here after your next session."
    )
    assert not view.charts.isVisible()
    switch(qtbot, view, Span.ALL)
    assert view.summary.text().startswith("Nothing here yet. After your first session")
    assert not view.charts.isVisible()


def test_a_chart_with_nothing_to_show_says_so(
    qtbot: QtBot, recorder: HistoryRecorder, make_view: Callable[..., InsightsView]
) -> None:
    recorder.record(SittingRecord("old", SittingKind.SINGLE, at(SEPTEMBER, 8), 5, None))
    recorder.record(HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, at(TUE, 7), 60.0, 60.0, True))
    view = make_view()
    assert view.charts.isVisible()
    assert view.pain_series()["before"] == ([], [])
    assert view.pain_chart.note.isVisible()
    assert view.pain_chart.note.text() == "No pain ratings in these days yet."
    assert not view.minutes_chart.note.isVisible()
    switch(qtbot, view, Span.ALL)
    assert view.pain_series()["before"] == days((SEPTEMBER, 5))
    assert not view.pain_chart.note.isVisible()


def test_a_history_that_cannot_be_opened_says_why(qtbot: QtBot, catalog: Catalog) -> None:
    def refuse() -> HistoryStore:
        raise HistoryUnavailableError("The session history cannot be opened: the disk is full.")

    recorder = HistoryRecorder(refuse)
    view = InsightsView(recorder, catalog, LIGHT, lambda: NOW)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()  # loaded comes from the event loop, even when nothing could be read
    assert view.summary.text() == (
        "Your history cannot be read right now: "
        "The session history cannot be opened: the disk is full."
    )
    assert not view.charts.isVisible()


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_charts_take_their_colours_from_the_theme(
    make_view: Callable[..., InsightsView], theme: Theme
) -> None:
    view = make_view(theme)
    for chart in (view.pain_chart, view.minutes_chart, view.entries_chart):
        assert chart.backgroundBrush().color().name() == theme.surface
        assert chart.getAxis("bottom").textPen().color().name() == theme.muted
    assert view.pain_chart.before_line.opts["pen"].color().name() == theme.warning
    assert view.pain_chart.after_line.opts["pen"].color().name() == theme.accent


@pytest.fixture
def endless_first_read(monkeypatch: pytest.MonkeyPatch) -> list[Span]:
    """The first read never ends on its own (only cancelling stops it); later ones are real.

    Returns the spans read, in order.
    """
    spans: list[Span] = []

    def read(connection: sqlite3.Connection, span: Span, now: datetime) -> Insights:
        spans.append(span)
        if len(spans) == 1:
            connection.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                " SELECT count(*) FROM n"
            ).fetchone()
        return core_insights.read_insights(connection, span, now)

    monkeypatch.setattr(insights_loader, "read_insights", read)
    return spans


def insights_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("insights-")]


def test_closing_while_loading_stops_the_reader(
    qtbot: QtBot,
    recorder: HistoryRecorder,
    make_view: Callable[..., InsightsView],
    endless_first_read: list[Span],
) -> None:
    seed(recorder)
    view = make_view(wait=False)
    assert view.status.text() == "Loading\u2026"
    assert view.is_loading()
    with qtbot.assertNotEmitted(view.loaded, wait=100):
        view.close()
    assert not insights_threads()
    assert endless_first_read == [Span.MONTH]


def test_a_new_range_supersedes_a_read_still_running(
    qtbot: QtBot,
    recorder: HistoryRecorder,
    make_view: Callable[..., InsightsView],
    endless_first_read: list[Span],
) -> None:
    seed(recorder)
    view = make_view(wait=False)
    shown: list[Span] = []
    view.loaded.connect(lambda: shown.append(view.span))
    switch(qtbot, view, Span.WEEK)
    qtbot.wait(50)  # nothing more arrives from the cancelled read
    assert shown == [Span.WEEK]
    assert view.minutes_series() == days((MON, 1.5), (TUE, 0.5), (WED, 4))
    assert endless_first_read == [Span.MONTH, Span.WEEK]


def test_hidden_while_loading_it_reads_again_when_shown(
    qtbot: QtBot,
    recorder: HistoryRecorder,
    make_view: Callable[..., InsightsView],
    endless_first_read: list[Span],
) -> None:
    seed(recorder)
    view = make_view(wait=False)
    view.hide()
    assert not insights_threads()
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()
    assert view.entry_bars()[0] == ("Sacral Points", 5.0)
    assert view.status.text() == ""


def test_deleting_the_parent_while_loading_stops_the_reader_quietly(
    qtbot: QtBot,
    recorder: HistoryRecorder,
    catalog: Catalog,
    endless_first_read: list[Span],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A reset drops the whole window without hiding the insights first.
    thread_errors: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", thread_errors.append)
    seed(recorder)
    parent = QWidget()
    view = InsightsView(recorder, catalog, LIGHT, lambda: NOW, parent)
    view.show()
    qtbot.waitUntil(lambda: endless_first_read == [Span.MONTH])  # the read is under way
    assert insights_threads()
    with qtbot.waitSignal(view.destroyed, timeout=LOAD_MS):
        parent.deleteLater()
    assert not insights_threads()
    QCoreApplication.processEvents()  # whatever a worker might have queued
    assert thread_errors == []
    assert [record for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_shutdown_stops_the_reader_for_good(
    qtbot: QtBot,
    recorder: HistoryRecorder,
    make_view: Callable[..., InsightsView],
    endless_first_read: list[Span],
) -> None:
    seed(recorder)
    view = make_view(wait=False)
    assert view.is_loading()
    with qtbot.assertNotEmitted(view.loaded, wait=100):
        view.shutdown()
        assert not insights_threads()
        view.refresh()  # a late refresh (the history changed) reads nothing now
        assert not insights_threads()
        assert not view.is_loading()
    view.shutdown()  # twice is harmless
    assert endless_first_read == [Span.MONTH]


def test_hiding_lets_go_of_the_plotted_points(qtbot: QtBot, view: InsightsView) -> None:
    assert view.minutes_series()[0]
    view.hide()
    assert view.pain_series() == dict.fromkeys(
        ("before", "after", "before_ratings", "after_ratings"), ([], [])
    )
    assert view.minutes_series() == ([], [])
    assert view.entry_bars() == []
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()  # read afresh
    assert view.charts.isVisible()
    assert view.minutes_series() == days((EARLY_NOV, 5), (MON, 1.5), (TUE, 0.5), (WED, 4))


def test_refresh_shows_holds_saved_since(
    qtbot: QtBot, recorder: HistoryRecorder, view: InsightsView
) -> None:
    recorder.record(
        HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, at(WED, 11), 60.0, 600.0, True)
    )
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.refresh()
    assert view.entry_bars()[0] == ("Wind Pool", 13.0)


def test_reopening_shows_holds_saved_while_hidden(
    qtbot: QtBot, recorder: HistoryRecorder, view: InsightsView
) -> None:
    view.hide()
    recorder.record(
        HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, at(WED, 11), 60.0, 600.0, True)
    )
    view.refresh()  # hidden: nothing is read until it is shown again
    assert not view.is_loading()
    assert not insights_threads()
    with qtbot.waitSignal(view.loaded, timeout=LOAD_MS):
        view.show()
    assert view.entry_bars()[0] == ("Wind Pool", 13.0)


def test_the_main_window_does_not_load_the_chart_libraries() -> None:
    # The charts cost start-up time; only opening the insights window may import them.
    code = (
        "import sys, acupress_gui.ui.shell.desktop_window; "
        "loaded = sorted({'pyqtgraph', 'numpy', 'acupress_gui.ui.insights.insights_view'} & "
        "set(sys.modules)); print(loaded); assert not loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- for a screen reader ----------------------------------------------------------------


def test_each_chart_says_its_numbers_in_words(view: InsightsView) -> None:
    locale = view.locale()

    def day(which: date) -> str:
        return day_text(locale, which)

    nov, wed = day(EARLY_NOV), day(WED)
    assert reader_description(view.pain_chart) == (
        f"Average pain by day, from 0 (no pain) to 10, on 3 days from {nov} to {wed}. "
        f"Before sessions: from 7 on {nov} to 5 on {wed}; lowest 5, highest 7. "
        f"After sessions: from 5 on {nov} to 3 on {wed}; lowest 3, highest 5."
    )
    assert reader_description(view.minutes_chart) == (
        f"Minutes pressed on 4 days from {nov} to {wed}, 11 in all; the most, 5, on {nov}."
    )
    bars = locale.createSeparatedList(
        [
            "Sacral Points: 5 min",
            "Wind Pool: 3 min",
            "Heavenly Pillar: 1.5 min",
            "Sea of Vitality: 1 min",
            "retired-entry: 0.5 min",
        ]
    )
    assert reader_description(view.entries_chart) == f"Minutes pressed, longest first: {bars}."


def test_the_numbers_show_as_tables_in_place_of_the_charts(
    qtbot: QtBot, view: InsightsView
) -> None:
    assert view.charts.isVisible() and not view.numbers.isVisible()
    usable(qtbot, view)
    view.numbers_button.click()
    assert view.numbers.isVisible() and not view.charts.isVisible()
    assert view.numbers_button.text() == "Show the charts"

    def short(which: date) -> str:
        return day_text(view.locale(), which, QLocale.FormatType.ShortFormat)

    assert view.numbers.day_rows() == [
        [short(EARLY_NOV), "7", "5", "5"],
        [short(MON), "5", "4", "1.5"],
        [short(TUE), "", "", "0.5"],  # the old hold, with no sitting to rate
        [short(WED), "5", "3", "4"],
    ]
    assert view.numbers.entry_rows() == [
        ["Sacral Points", "5"],
        ["Wind Pool", "3"],
        ["Heavenly Pillar", "1.5"],
        ["Sea of Vitality", "1"],
        ["retired-entry", "0.5"],
    ]
    visited = usable(qtbot, view)
    assert view.numbers.days in visited and view.numbers.entries in visited
    view.numbers_button.click()
    assert view.charts.isVisible() and view.numbers.day_rows() == []


def test_with_nothing_recorded_there_are_no_numbers_to_show(
    qtbot: QtBot, make_view: Callable[..., InsightsView]
) -> None:
    view = make_view()
    assert not view.numbers_button.isEnabled()
    assert not view.charts.isVisible() and not view.numbers.isVisible()
    usable(qtbot, view)
    assert closes_on_escape(qtbot, view)


@pytest.fixture
def spanish() -> Iterator[None]:
    """The default locale as the app sets it for a person who chose Spanish."""
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(previous)


def test_dates_and_the_days_under_the_charts_are_in_the_persons_locale(
    spanish: None, recorder: HistoryRecorder, make_view: Callable[..., InsightsView]
) -> None:
    """pyqtgraph's tick labels come from strftime, in the C library's language; these
    are Qt's, in the language the app speaks."""
    seed(recorder)
    view = make_view()
    assert "(from lunes, 31 de agosto de 2026)" in view.summary.text()
    axis = view.pain_chart.getAxis("bottom")
    november = datetime(2026, 11, 1, 12).timestamp()
    view.pain_chart.grab()  # drawn once, the axis knows its font
    axis.setZoomLevelForDensity(DAY_SECONDS / 20)  # 20 px a day: months, then days
    month, day = (spec.spacing for spec in axis.zoomLevel.tickSpecs)
    assert axis.tickStrings([november], 1.0, month) == ["nov"]
    assert axis.tickStrings([november], 1.0, day) == ["1"]
