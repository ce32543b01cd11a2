"""The insights figures, read from real history files in Central European time.

Times are written as local wall-clock text with its offset: CEST (+02:00) until the clocks
went back on Sunday 2026-10-25, CET (+01:00) after. Every expected value is worked out by
hand in the comment beside it.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.core import insights as core_insights
from acupress_gui.core.history import (
    HistoryStore,
    HoldOutcome,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
    new_sitting_key,
)
from acupress_gui.core.insights import (
    DailyMinutes,
    DailyPain,
    EntryUse,
    PainTrend,
    Rating,
    RatingCount,
    Span,
    is_meaningful_drop,
    pain_trend,
    read_insights,
)

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
"""Tuesday 2026-11-24, 13:00 local: the week began on Monday 11-23."""
ROUTINE = SittingKind.ROUTINE
SINGLE = SittingKind.SINGLE

pytestmark = pytest.mark.usefixtures("central_europe")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def reader(store: HistoryStore) -> Iterator[sqlite3.Connection]:
    connection = store.connect_reader()
    yield connection
    connection.close()


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)


def sit(
    store: HistoryStore,
    started: str,
    kind: SittingKind = ROUTINE,
    before: int | None = None,
    after: int | None = None,
    holds: Sequence[tuple[str, float]] = (),
) -> None:
    """Save a sitting and its holds (entry id, seconds held), one minute apart."""
    key = new_sitting_key()
    start = local(started)
    store.save_sitting(SittingRecord(key, kind, start, before, after))
    for number, (entry_id, held) in enumerate(holds):
        hold(store, start + timedelta(minutes=number), entry_id, held, sitting_key=key)


def hold(
    store: HistoryStore,
    started: datetime,
    entry_id: str = "wind-pool",
    held: float = 60.0,
    sitting_key: str | None = None,
) -> None:
    store.add(
        HoldRecord(
            entry_id=entry_id,
            point_codes=("GB20",),
            side=Side.BOTH,
            set_number=1,
            started_at=started,
            planned_seconds=60.0,
            held_seconds=held,
            completed=held >= 60.0,
            sitting_key=sitting_key,
        )
    )


# --- the meaningful change ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "latest", "meaningful"),
    [
        (5, 3, True),  # drop 2: at least 2 points (40%)
        (5, 3.5, True),  # drop 1.5 = 30% of 5: 10 * 1.5 = 15 >= 3 * 5 = 15
        (5, 4, False),  # drop 1 = 20%
        (10, 7, True),  # drop 3 (30%)
        (10, 7.5, True),  # drop 2.5 >= 2 points, though only 25%
        (10, 8.5, False),  # drop 1.5 = 15%
        (6, 4.5, False),  # drop 1.5 = 25%: 15 < 18
        (6.5, 4.5, True),  # drop exactly 2 (30.8%)
        (6.5, 5, False),  # drop 1.5: 15 < 19.5
        (4, 2.5, True),  # drop 1.5 = 37.5%: 15 >= 12
        (4, 3, False),  # drop 1 = 25%: 10 < 12
        (3, 2, True),  # drop 1 = 33%: 10 >= 9
        (1.5, 1, True),  # drop 0.5 = 33%: 5 >= 4.5
        (3, 5, False),  # a rise
        (10, 10, False),  # no change
        (0, 0, None),  # no pain to reduce
        (0, 3, None),
    ],
)
def test_a_drop_is_meaningful_from_2_points_or_30_percent(
    first: float, latest: float, meaningful: bool | None
) -> None:
    assert is_meaningful_drop(first, latest) is meaningful


@pytest.mark.parametrize(
    ("first_week", "latest_week", "first_typical", "latest_typical", "meaningful"),
    [
        ([6, 3, 8, 5], [4, 2, 3], 5.5, 3.0, True),  # (5 + 6) / 2 vs 3: drop 2.5
        ([5], [3, 4], 5.0, 3.5, True),  # (3 + 4) / 2 = 3.5: exactly 30% of 5
        ([5, 6], [4, 5], 5.5, 4.5, False),  # drop 1 = 18%
        ([4, 6], [7, 7, 2], 5.0, 7.0, False),  # a rise of 2
        ([0, 0, 1], [2], 0.0, 2.0, None),  # median 0: nothing to reduce
    ],
)
def test_the_trend_compares_the_medians_of_the_two_windows(
    first_week: list[int],
    latest_week: list[int],
    first_typical: float,
    latest_typical: float,
    meaningful: bool | None,
) -> None:
    monday = date(2026, 9, 28)
    trend = pain_trend(monday, first_week, latest_week)
    assert trend == PainTrend(monday, first_typical, latest_typical, meaningful)
    assert trend is not None
    assert trend.change == latest_typical - first_typical


def test_there_is_no_trend_without_ratings_in_both_windows() -> None:
    monday = date(2026, 9, 28)
    assert pain_trend(monday, [], [3]) is None
    assert pain_trend(monday, [3], []) is None


# --- one practice history, seen through each span -----------------------------------------


@pytest.fixture
def practice(store: HistoryStore) -> None:
    """Two months of practice; the figures below are summed by hand from these rows."""
    # A sitting rated only after does not start the first week (that needs a rating before).
    sit(store, "2026-09-24T09:00+02:00", SINGLE, after=5, holds=[("wind-pool", 30)])
    # The first week, Monday 09-28 to Sunday 10-04, crosses into October.
    sit(
        store,
        "2026-09-30T08:00+02:00",
        before=6,
        after=4,
        holds=[("wind-pool", 60), ("sea-of-qi", 90), ("bright-eyes", 45), ("bright-eyes", 45)],
    )
    sit(store, "2026-10-03T20:00+02:00", SINGLE, before=8, holds=[("wind-pool", 30)])
    sit(store, "2026-10-27T07:00+01:00", holds=[("sea-of-qi", 120)])  # no ratings
    # 23:30 UTC on 11-19 is 00:30 on Friday 11-20 here.
    sit(
        store,
        "2026-11-20T00:30+01:00",
        before=5,
        after=3,
        holds=[("wind-pool", 60), ("gate-of-hope", 45)],
    )
    hold(store, local("2026-11-22T10:00+01:00"), "wind-pool", 30)  # a version 1 hold, no sitting
    sit(store, "2026-11-23T08:00+01:00", before=3, after=1, holds=[("sea-of-qi", 60)])
    sit(store, "2026-11-23T19:00+01:00", SINGLE, after=4, holds=[("gate-of-hope", 45)])
    sit(store, "2026-11-24T07:30+01:00", before=4, holds=[("wind-pool", 90)])


WEEK_MINUTES = (
    DailyMinutes(date(2026, 11, 20), 1.75),  # (60 + 45) s / 60
    DailyMinutes(date(2026, 11, 22), 0.5),  # 30 s, the hold without a sitting
    DailyMinutes(date(2026, 11, 23), 1.75),  # (60 + 45) s / 60
    DailyMinutes(date(2026, 11, 24), 1.5),  # 90 s
)
MONTH_MINUTES = (DailyMinutes(date(2026, 10, 27), 2.0), *WEEK_MINUTES)  # 120 s
ALL_MINUTES = (
    DailyMinutes(date(2026, 9, 24), 0.5),  # 30 s
    DailyMinutes(date(2026, 9, 30), 4.0),  # (60 + 90 + 45 + 45) s = 240 s
    DailyMinutes(date(2026, 10, 3), 0.5),  # 30 s
    *MONTH_MINUTES,
)


@pytest.mark.parametrize(
    ("span", "first_day", "minutes"),
    [
        (Span.WEEK, date(2026, 11, 18), WEEK_MINUTES),  # 11-24 and the 6 days before
        (Span.MONTH, date(2026, 10, 26), MONTH_MINUTES),  # 11-24 and the 29 days before
        (Span.ALL, date(2026, 9, 24), ALL_MINUTES),  # the first sitting's day
    ],
)
def test_minutes_are_summed_per_local_day_of_the_span(
    practice: None,
    reader: sqlite3.Connection,
    span: Span,
    first_day: date,
    minutes: tuple[DailyMinutes, ...],
) -> None:
    insights = read_insights(reader, span, NOW)
    assert insights.span is span
    assert insights.today == date(2026, 11, 24)
    assert insights.first_day == first_day
    assert insights.daily_minutes == minutes


@pytest.mark.parametrize(
    ("span", "use"),
    [
        (
            Span.WEEK,
            (
                EntryUse("wind-pool", 3, 3.0),  # (60 + 30 + 90) s = 180 s
                EntryUse("gate-of-hope", 2, 1.5),  # (45 + 45) s = 90 s
                EntryUse("sea-of-qi", 1, 1.0),  # 60 s
            ),
        ),
        (
            Span.MONTH,
            (
                EntryUse("wind-pool", 3, 3.0),  # 180 s as above: ties on minutes, more holds
                EntryUse("sea-of-qi", 2, 3.0),  # (120 + 60) s = 180 s
                EntryUse("gate-of-hope", 2, 1.5),
            ),
        ),
        (
            Span.ALL,
            (
                EntryUse("wind-pool", 6, 5.0),  # (30 + 60 + 30 + 180) s = 300 s
                EntryUse("sea-of-qi", 3, 4.5),  # (90 + 180) s = 270 s
                EntryUse("bright-eyes", 2, 1.5),  # (45 + 45) s, ties gate-of-hope: by id
                EntryUse("gate-of-hope", 2, 1.5),
            ),
        ),
    ],
)
def test_entries_are_ranked_by_minutes_then_holds_then_id(
    practice: None, reader: sqlite3.Connection, span: Span, use: tuple[EntryUse, ...]
) -> None:
    assert read_insights(reader, span, NOW).entry_use == use


WEEK_PAIN = (
    DailyPain(date(2026, 11, 20), 5.0, 3.0),
    DailyPain(date(2026, 11, 23), 3.0, 2.5),  # before: 3 (the other gave none); after (1 + 4) / 2
    DailyPain(date(2026, 11, 24), 4.0, None),
)
ALL_PAIN = (
    DailyPain(date(2026, 9, 24), None, 5.0),
    DailyPain(date(2026, 9, 30), 6.0, 4.0),
    DailyPain(date(2026, 10, 3), 8.0, None),
    *WEEK_PAIN,
)


@pytest.mark.parametrize(
    ("span", "pain"),
    [(Span.WEEK, WEEK_PAIN), (Span.MONTH, WEEK_PAIN), (Span.ALL, ALL_PAIN)],  # 10-27: unrated
)
def test_pain_is_averaged_per_local_day_over_rated_sittings(
    practice: None, reader: sqlite3.Connection, span: Span, pain: tuple[DailyPain, ...]
) -> None:
    assert read_insights(reader, span, NOW).daily_pain == pain


WEEK_RATINGS = (
    Rating(local("2026-11-20T00:30+01:00"), 5, 3),
    Rating(local("2026-11-23T08:00+01:00"), 3, 1),
    Rating(local("2026-11-23T19:00+01:00"), None, 4),
    Rating(local("2026-11-24T07:30+01:00"), 4, None),
)
ALL_RATINGS = (
    Rating(local("2026-09-24T09:00+02:00"), None, 5),
    Rating(local("2026-09-30T08:00+02:00"), 6, 4),
    Rating(local("2026-10-03T20:00+02:00"), 8, None),
    *WEEK_RATINGS,
)


@pytest.mark.parametrize(
    ("span", "ratings"),
    [(Span.WEEK, WEEK_RATINGS), (Span.MONTH, WEEK_RATINGS), (Span.ALL, ALL_RATINGS)],
)
def test_each_rated_sitting_is_listed_at_its_local_time(
    practice: None, reader: sqlite3.Connection, span: Span, ratings: tuple[Rating, ...]
) -> None:
    listed = read_insights(reader, span, NOW).ratings
    assert listed == ratings
    # Local wall time: the offset of the day, not UTC.
    assert [rating.at.utcoffset() for rating in listed] == [
        rating.at.utcoffset() for rating in ratings
    ]


ALL_BEFORE_COUNTS = (
    RatingCount(date(2026, 9, 30), 6, 1),
    RatingCount(date(2026, 10, 3), 8, 1),
    RatingCount(date(2026, 11, 20), 5, 1),
    RatingCount(date(2026, 11, 23), 3, 1),  # the 19:00 single was rated after only
    RatingCount(date(2026, 11, 24), 4, 1),
)
ALL_AFTER_COUNTS = (
    RatingCount(date(2026, 9, 24), 5, 1),
    RatingCount(date(2026, 9, 30), 4, 1),
    RatingCount(date(2026, 11, 20), 3, 1),
    RatingCount(date(2026, 11, 23), 1, 1),  # lowest value first within a day
    RatingCount(date(2026, 11, 23), 4, 1),
)


def test_ratings_are_counted_per_local_day_and_value(
    practice: None, reader: sqlite3.Connection
) -> None:
    insights = read_insights(reader, Span.ALL, NOW)
    assert insights.before_counts == ALL_BEFORE_COUNTS
    assert insights.after_counts == ALL_AFTER_COUNTS
    week = read_insights(reader, Span.WEEK, NOW)  # from 11-18
    assert week.before_counts == ALL_BEFORE_COUNTS[2:]
    assert week.after_counts == ALL_AFTER_COUNTS[2:]


@pytest.fixture
def busy_days(store: HistoryStore) -> None:
    """Two days with several sittings each; the counts and means below are summed by hand."""
    # Monday 11-23: before 4, 4, 6 and none; after 2, none, 2 and 7; one sitting unrated.
    sit(store, "2026-11-23T07:00+01:00", before=4, after=2)
    sit(store, "2026-11-23T09:00+01:00", SINGLE, before=4)
    sit(store, "2026-11-23T12:00+01:00", before=6, after=2)
    sit(store, "2026-11-23T18:00+01:00", SINGLE, after=7)
    sit(store, "2026-11-23T20:00+01:00", SINGLE)
    # Tuesday 11-24 from 00:00 local (23:00 UTC on 11-23): before 0, 0; after 0, 1.
    sit(store, "2026-11-24T00:00+01:00", before=0, after=0)
    sit(store, "2026-11-24T11:00+01:00", before=0, after=1)


def test_sittings_with_the_same_rating_on_a_day_make_one_count(
    busy_days: None, reader: sqlite3.Connection
) -> None:
    insights = read_insights(reader, Span.WEEK, NOW)
    assert insights.before_counts == (
        RatingCount(date(2026, 11, 23), 4, 2),
        RatingCount(date(2026, 11, 23), 6, 1),
        RatingCount(date(2026, 11, 24), 0, 2),
    )
    assert insights.after_counts == (
        RatingCount(date(2026, 11, 23), 2, 2),
        RatingCount(date(2026, 11, 23), 7, 1),
        RatingCount(date(2026, 11, 24), 0, 1),
        RatingCount(date(2026, 11, 24), 1, 1),
    )
    assert insights.daily_pain == (
        DailyPain(date(2026, 11, 23), 14 / 3, 11 / 3),  # (4 + 4 + 6) / 3, (2 + 2 + 7) / 3
        DailyPain(date(2026, 11, 24), 0.0, 0.5),  # (0 + 0) / 2, (0 + 1) / 2
    )


def test_past_the_limit_ratings_are_only_counted(
    busy_days: None, reader: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Six sittings are rated (the 20:00 single is not): listed up to a limit of 6.
    monkeypatch.setattr(core_insights, "MOST_LISTED_RATINGS", 6)
    listed = read_insights(reader, Span.WEEK, NOW)
    assert [rating.at for rating in listed.ratings] == [
        local("2026-11-23T07:00+01:00"),
        local("2026-11-23T09:00+01:00"),
        local("2026-11-23T12:00+01:00"),
        local("2026-11-23T18:00+01:00"),
        local("2026-11-24T00:00+01:00"),
        local("2026-11-24T11:00+01:00"),
    ]
    monkeypatch.setattr(core_insights, "MOST_LISTED_RATINGS", 5)
    counted = read_insights(reader, Span.WEEK, NOW)
    assert counted.ratings == ()
    # The same counts and means either way.
    assert counted.before_counts == listed.before_counts
    assert counted.after_counts == listed.after_counts
    assert counted.daily_pain == listed.daily_pain


@pytest.mark.parametrize("span", list(Span))
def test_the_week_streak_and_trend_do_not_depend_on_the_span(
    practice: None, reader: sqlite3.Connection, span: Span
) -> None:
    insights = read_insights(reader, span, NOW)
    # Since Monday 11-23: the routine at 08:00, the single at 19:00 and today's routine.
    assert insights.sittings_this_week == 3
    # Routines on 11-24 and 11-23; 11-22 had only a hold without a sitting.
    assert insights.routine_streak_days == 2
    # First week (09-28 to 10-04) before: 6, 8 -> median 7. Latest 7 days (11-18 to 11-24)
    # before: 5, 3, 4 -> median 4. A drop of 3: meaningful.
    assert insights.trend == PainTrend(date(2026, 9, 28), 7.0, 4.0, True)


@pytest.mark.parametrize("span", list(Span))
def test_an_empty_history_has_no_figures(reader: sqlite3.Connection, span: Span) -> None:
    first_days = {Span.WEEK: date(2026, 11, 18), Span.MONTH: date(2026, 10, 26), Span.ALL: None}
    insights = read_insights(reader, span, NOW)
    assert insights.today == date(2026, 11, 24)
    assert insights.first_day == first_days[span]
    assert insights.daily_pain == insights.ratings == ()
    assert insights.before_counts == insights.after_counts == ()
    assert insights.daily_minutes == insights.entry_use == ()
    assert insights.sittings_this_week == insights.routine_streak_days == 0
    assert insights.trend is None


# --- local days and weeks -----------------------------------------------------------------


def test_a_hold_at_2330_utc_counts_on_the_next_local_day(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    hold(store, datetime(2026, 11, 20, 23, 30, tzinfo=UTC))  # 00:30 CET on 11-21
    hold(store, datetime(2026, 7, 10, 23, 30, tzinfo=UTC))  # 01:30 CEST on 07-11
    hold(store, datetime(2026, 7, 10, 21, 30, tzinfo=UTC))  # 23:30 CEST on 07-10
    assert read_insights(reader, Span.ALL, NOW).daily_minutes == (
        DailyMinutes(date(2026, 7, 10), 1.0),
        DailyMinutes(date(2026, 7, 11), 1.0),
        DailyMinutes(date(2026, 11, 21), 1.0),
    )


def test_a_span_starts_at_local_midnight_of_its_first_day(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    # The week of Tuesday 11-24 starts on Wednesday 11-18, at 23:00 UTC on 11-17.
    hold(store, datetime(2026, 11, 17, 22, 59, 59, 999_000, tzinfo=UTC), "before-the-span")
    hold(store, datetime(2026, 11, 17, 23, tzinfo=UTC), "first-moment")
    insights = read_insights(reader, Span.WEEK, NOW)
    assert insights.daily_minutes == (DailyMinutes(date(2026, 11, 18), 1.0),)
    assert insights.entry_use == (EntryUse("first-moment", 1, 1.0),)


def test_a_span_reaching_back_across_the_clock_change_starts_at_that_days_midnight(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    # Today 11-03 is in CET (+01:00); the month's first day 10-05 (11-03 minus 29 days) was
    # in CEST, so it began at 22:00 UTC on 10-04, not 23:00.
    sit(store, "2026-10-04T23:30+02:00", before=7, holds=[("before-the-span", 60)])
    sit(store, "2026-10-05T00:30+02:00", before=6, holds=[("first-hour", 60)])
    insights = read_insights(reader, Span.MONTH, datetime(2026, 11, 3, 12, tzinfo=UTC))
    assert insights.first_day == date(2026, 10, 5)
    assert insights.entry_use == (EntryUse("first-hour", 1, 1.0),)
    assert insights.daily_pain == (DailyPain(date(2026, 10, 5), 6.0, None),)
    assert insights.ratings == (Rating(local("2026-10-05T00:30+02:00"), 6, None),)


def test_the_week_starts_at_local_monday_midnight(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    sit(store, "2026-11-22T23:59:59.999+01:00", SINGLE)  # Sunday: last week
    sit(store, "2026-11-23T00:00+01:00", SINGLE)  # Monday's first moment
    sit(store, "2026-11-29T23:00+01:00")  # Sunday, the week's last day
    sunday_night = datetime(2026, 11, 29, 22, 30, tzinfo=UTC)  # 23:30 on Sunday 11-29
    monday_morning = datetime(2026, 11, 30, 6, tzinfo=UTC)  # 07:00 on Monday 11-30
    assert read_insights(reader, Span.WEEK, sunday_night).sittings_this_week == 2
    assert read_insights(reader, Span.WEEK, monday_morning).sittings_this_week == 0


def test_the_all_span_starts_on_the_first_day_of_any_hold_or_sitting(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    hold(store, datetime(2026, 3, 1, 23, 30, tzinfo=UTC))  # 00:30 CET on 03-02
    assert read_insights(reader, Span.ALL, NOW).first_day == date(2026, 3, 2)
    sit(store, "2026-02-27T10:00+01:00")  # a sitting without holds, earlier still
    assert read_insights(reader, Span.ALL, NOW).first_day == date(2026, 2, 27)


def test_rows_dated_after_today_are_left_out(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    sit(store, "2026-11-24T23:59+01:00", before=4, holds=[("late-tonight", 60)])
    sit(store, "2026-11-25T00:00+01:00", before=2, holds=[("tomorrow", 60)])
    insights = read_insights(reader, Span.ALL, NOW)
    assert insights.first_day == date(2026, 11, 24)
    assert insights.entry_use == (EntryUse("late-tonight", 1, 1.0),)
    assert insights.daily_pain == (DailyPain(date(2026, 11, 24), 4.0, None),)
    assert insights.sittings_this_week == insights.routine_streak_days == 1


def test_a_skipped_hold_is_not_counted_as_time_pressing(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    hold(store, local("2026-11-24T08:00+01:00"), "wind-pool", 60.0)
    store.add(
        HoldRecord(
            entry_id="sea-of-qi",
            point_codes=("BL24",),
            side=Side.BOTH,
            set_number=1,
            started_at=local("2026-11-24T08:05+01:00"),
            planned_seconds=60.0,
            held_seconds=20.0,
            completed=False,
            outcome=HoldOutcome.SKIPPED,
        )
    )
    insights = read_insights(reader, Span.WEEK, NOW)
    assert insights.entry_use == (EntryUse("wind-pool", 1, 1.0),)
    assert insights.daily_minutes == (DailyMinutes(date(2026, 11, 24), 1.0),)


def test_a_reader_used_again_sees_what_was_saved_in_between(
    store: HistoryStore, reader: sqlite3.Connection
) -> None:
    assert read_insights(reader, Span.WEEK, NOW).sittings_this_week == 0
    sit(store, "2026-11-24T08:00+01:00")
    assert read_insights(reader, Span.WEEK, NOW).sittings_this_week == 1
    assert not reader.in_transaction


# --- the routine streak -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sittings", "streak"),
    [
        ([("2026-11-22T08:00+01:00", ROUTINE), ("2026-11-23T08:00+01:00", ROUTINE)], 2),
        ([("2026-11-23T21:00+01:00", ROUTINE), ("2026-11-24T07:00+01:00", ROUTINE)], 2),
        # Ends yesterday: today's routine may still come.
        (
            [
                ("2026-11-21T08:00+01:00", ROUTINE),
                ("2026-11-22T08:00+01:00", ROUTINE),
                ("2026-11-23T08:00+01:00", ROUTINE),
            ],
            3,
        ),
        # A gap on 11-21 ends the streak: 11-22, 11-23, 11-24.
        (
            [
                ("2026-11-19T08:00+01:00", ROUTINE),
                ("2026-11-20T08:00+01:00", ROUTINE),
                ("2026-11-22T08:00+01:00", ROUTINE),
                ("2026-11-23T08:00+01:00", ROUTINE),
                ("2026-11-24T08:00+01:00", ROUTINE),
            ],
            3,
        ),
        # Two routines on one day count once: 11-24 and 11-23.
        (
            [
                ("2026-11-23T08:00+01:00", ROUTINE),
                ("2026-11-24T08:00+01:00", ROUTINE),
                ("2026-11-24T11:00+01:00", ROUTINE),
            ],
            2,
        ),
        # A single on 11-23 is not a routine: only today counts.
        ([("2026-11-23T08:00+01:00", SINGLE), ("2026-11-24T08:00+01:00", ROUTINE)], 1),
        # The last routine was the day before yesterday.
        ([("2026-11-21T08:00+01:00", ROUTINE), ("2026-11-22T08:00+01:00", ROUTINE)], 0),
        ([("2026-11-24T08:00+01:00", SINGLE)], 0),
        # 23:30 UTC on 11-23 is 00:30 today; 23:30 UTC on 11-21 is 00:30 on 11-22: a gap.
        ([("2026-11-22T00:30+01:00", ROUTINE), ("2026-11-24T00:30+01:00", ROUTINE)], 1),
    ],
)
def test_the_routine_streak_counts_local_days_in_a_row(
    store: HistoryStore,
    reader: sqlite3.Connection,
    sittings: list[tuple[str, SittingKind]],
    streak: int,
) -> None:
    for started, kind in sittings:
        sit(store, started, kind)
    assert read_insights(reader, Span.WEEK, NOW).routine_streak_days == streak


# --- the pain trend -----------------------------------------------------------------------


@pytest.fixture
def first_week(store: HistoryStore) -> None:
    """Ratings in the week of Monday 09-28 to Sunday 10-04: before 6 and 8, median 7."""
    sit(store, "2026-09-28T00:30+02:00", before=6)
    sit(store, "2026-10-01T08:00+02:00", after=2)  # no rating before: not counted
    sit(store, "2026-10-04T23:30+02:00", before=8)


def test_ratings_in_the_first_week_never_count_as_latest(
    first_week: None, store: HistoryStore, reader: sqlite3.Connection
) -> None:
    sit(store, "2026-10-05T00:00+02:00", before=5)  # Monday: the first rating after the week
    # Tuesday 10-06: the latest 7 days would reach back to 09-30, but start on 10-05. Were
    # the week's 8 counted, the latest median would be (5 + 8) / 2 = 6.5, a drop of 0.5.
    tuesday = datetime(2026, 10, 6, 10, tzinfo=UTC)
    # 7 -> 5: a drop of 2, meaningful.
    assert read_insights(reader, Span.WEEK, tuesday).trend == PainTrend(
        date(2026, 9, 28), 7.0, 5.0, True
    )


def test_the_latest_window_is_the_7_days_ending_today(
    first_week: None, store: HistoryStore, reader: sqlite3.Connection
) -> None:
    sit(store, "2026-10-13T23:59+02:00", before=1)  # 8 days before 10-21: outside
    sit(store, "2026-10-15T00:00+02:00", before=6)  # 10-21 minus 6 days: inside
    sit(store, "2026-10-20T18:00+02:00", before=5, after=1)
    sit(store, "2026-10-21T07:00+02:00", before=4)
    wednesday = datetime(2026, 10, 21, 10, tzinfo=UTC)
    # 7 -> median(6, 5, 4) = 5: a drop of 2, meaningful; the 1 on 10-13 would make it 4.5.
    assert read_insights(reader, Span.WEEK, wednesday).trend == PainTrend(
        date(2026, 9, 28), 7.0, 5.0, True
    )


def test_a_drop_under_2_points_and_30_percent_is_not_meaningful(
    first_week: None, store: HistoryStore, reader: sqlite3.Connection
) -> None:
    sit(store, "2026-11-20T08:00+01:00", before=6)
    sit(store, "2026-11-23T08:00+01:00", before=5)
    # 7 -> (5 + 6) / 2 = 5.5: a drop of 1.5 = 21%.
    assert read_insights(reader, Span.ALL, NOW).trend == PainTrend(
        date(2026, 9, 28), 7.0, 5.5, False
    )


def test_there_is_no_trend_until_ratings_follow_the_first_week(
    first_week: None, store: HistoryStore, reader: sqlite3.Connection
) -> None:
    week_2_begins = datetime(2026, 10, 4, 23, tzinfo=UTC)  # 01:00 on Monday 10-05
    assert read_insights(reader, Span.WEEK, week_2_begins).trend is None
    sit(store, "2026-10-05T00:30+02:00", after=3)  # rated after only: no trend yet
    assert read_insights(reader, Span.WEEK, week_2_begins).trend is None
    # With a rating after the week but none in the 7 days ending 10-20 (10-14 to 10-20).
    sit(store, "2026-10-13T08:00+02:00", before=3)
    assert read_insights(reader, Span.WEEK, datetime(2026, 10, 20, 10, tzinfo=UTC)).trend is None
    assert read_insights(reader, Span.WEEK, datetime(2026, 10, 19, 10, tzinfo=UTC)).trend == (
        PainTrend(date(2026, 9, 28), 7.0, 3.0, True)  # 7 -> 3
    )


# --- the per-day grouping against a plain count ------------------------------------------

GENERATED_NOW = datetime(2026, 10, 30, 12, tzinfo=UTC)
"""Friday 10-30; the generated sittings start from 10-20 on, across the change to CET."""
GENERATED_START = datetime(2026, 10, 20, tzinfo=UTC)

generated_sittings = st.lists(
    st.tuples(
        st.integers(0, 10 * 24 * 60 + 11 * 60),  # minutes after GENERATED_START, to 10-30
        st.sampled_from([ROUTINE, SINGLE]),
        st.none() | st.integers(0, 10),
        st.none() | st.integers(0, 10),
        # Holds: entry and seconds held (exact in binary, so any order of sums agrees).
        st.lists(
            st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from([30, 37.5, 90])), max_size=3
        ),
    ),
    max_size=25,
)


@pytest.mark.generated
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sittings=generated_sittings)
def test_the_grouped_figures_match_a_count_of_each_sitting_and_hold(
    sittings: list[tuple[int, SittingKind, int | None, int | None, list[tuple[str, float]]]],
) -> None:
    holds: list[tuple[datetime, str, float]] = []
    with (
        tempfile.TemporaryDirectory() as folder,
        HistoryStore.open(Path(folder) / "history.sqlite3") as store,
    ):
        for minutes, kind, before, after, sitting_holds in sittings:
            key = new_sitting_key()
            start = GENERATED_START + timedelta(minutes=minutes)
            store.save_sitting(SittingRecord(key, kind, start, before, after))
            for number, (entry_id, held) in enumerate(sitting_holds):
                moment = start + timedelta(minutes=number)
                hold(store, moment, entry_id, held, sitting_key=key)
                holds.append((moment, entry_id, held))
        reader = store.connect_reader()
        insights = read_insights(reader, Span.ALL, GENERATED_NOW)
        reader.close()

    def day(moment: datetime) -> date:
        return moment.astimezone().date()

    today = date(2026, 10, 30)
    holds = [hold for hold in holds if day(hold[0]) <= today]
    rated = [
        (day(GENERATED_START + timedelta(minutes=minutes)), before, after)
        for minutes, _, before, after, _ in sittings
        if before is not None or after is not None
    ]
    assert [count.day for count in insights.before_counts] == sorted(
        count.day for count in insights.before_counts
    )
    for which, counts in ((1, insights.before_counts), (2, insights.after_counts)):
        expected = Counter((r[0], r[which]) for r in rated if r[which] is not None)
        assert {(c.day, c.value): c.sittings for c in counts} == expected
        assert [(c.day, c.value) for c in counts] == sorted(expected)

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    rated_days = sorted({r[0] for r in rated})
    assert insights.daily_pain == tuple(
        DailyPain(
            rated_day,
            mean([r[1] for r in rated if r[0] == rated_day and r[1] is not None]),
            mean([r[2] for r in rated if r[0] == rated_day and r[2] is not None]),
        )
        for rated_day in rated_days
    )
    held_days = sorted({day(moment) for moment, _, _ in holds})
    assert insights.daily_minutes == tuple(
        DailyMinutes(d, sum(held for moment, _, held in holds if day(moment) == d) / 60)
        for d in held_days
    )
    entries = {entry_id for _, entry_id, _ in holds}
    use = [
        EntryUse(
            entry_id,
            sum(1 for _, e, _ in holds if e == entry_id),
            sum(held for _, e, held in holds if e == entry_id) / 60,
        )
        for entry_id in entries
    ]
    assert insights.entry_use == tuple(
        sorted(use, key=lambda u: (-u.minutes, -u.holds, u.entry_id))
    )
