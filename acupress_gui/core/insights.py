"""What the history says about practice and pain: the figures behind the insights view.

Everything is aggregated by SQLite, one local calendar day at a time: each day's rows are
the range from its local midnight to the next, found through the ``started_at`` indexes.
That needs no sort of the whole span (sorting a million holds to group them took most of a
second), and a history of a million holds costs Python a few rows per day, never an object
per hold or per sitting. Weeks start on Monday. The pain trend calls a drop of at least 2
points or at least 30% on the 0-10 scale meaningful: in Farrar et al. (2001) a drop of about
that size best matched people with chronic pain rating themselves much improved, and Ostelo
et al. (2008) proposed the same threshold for low back pain.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from fractions import Fraction

from acupress_gui.core.history import _local_midnight, _utc_text, today_and_week_start


class Span(StrEnum):
    """How far back the charts look, counting today."""

    WEEK = "week"
    """The last 7 days."""
    MONTH = "month"
    """The last 30 days."""
    ALL = "all"


@dataclass(frozen=True, slots=True)
class DailyPain:
    """The mean ratings of one local day's rated sittings (None where none was given)."""

    day: date
    mean_before: float | None
    mean_after: float | None


@dataclass(frozen=True, slots=True)
class Rating:
    """One rated sitting; ``at`` is its local start time (timezone-aware)."""

    at: datetime
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class RatingCount:
    """How many sittings of one local day were rated ``value`` (before, or after, them)."""

    day: date
    value: int
    sittings: int


MOST_LISTED_RATINGS = 3000
"""Rated sittings listed one by one in ``Insights.ratings``; past this many only their
counts per day and value are read: that many dots merge into those anyway, and an object
per sitting would cost a long history most of a second and a hundred megabytes."""


@dataclass(frozen=True, slots=True)
class DailyMinutes:
    day: date
    minutes: float
    """Minutes actually held that local day."""


@dataclass(frozen=True, slots=True)
class EntryUse:
    entry_id: str
    holds: int
    minutes: float


@dataclass(frozen=True, slots=True)
class PainTrend:
    """The latest 7 days' typical pain before sittings against the first week's.

    "Typical" is the median of the ratings given before sittings.
    """

    first_week_start: date
    """The Monday of the first week with a rating before a sitting."""
    first_typical: float
    latest_typical: float
    meaningful: bool | None
    """Whether the drop is meaningful (see ``is_meaningful_drop``); None when the first
    week's typical pain was 0, which leaves nothing to reduce."""

    @property
    def change(self) -> float:
        """Latest minus first: negative when the pain went down."""
        return self.latest_typical - self.first_typical


@dataclass(frozen=True, slots=True)
class Insights:
    span: Span
    today: date
    first_day: date | None
    """The first local day the charts cover: the span's start, or the first day in the
    history for ``Span.ALL`` (None when the history is empty)."""
    daily_pain: tuple[DailyPain, ...]
    """Days with at least one rating, oldest first."""
    ratings: tuple[Rating, ...]
    """Every rated sitting in the span, oldest first, when there are at most
    ``MOST_LISTED_RATINGS``; empty when there are more (``before_counts`` and
    ``after_counts`` stand for them)."""
    before_counts: tuple[RatingCount, ...]
    """The ratings given before sittings, counted per local day and value: oldest day
    first, then lowest value."""
    after_counts: tuple[RatingCount, ...]
    """The same for the ratings given after sittings."""
    daily_minutes: tuple[DailyMinutes, ...]
    """Days with at least one hold, oldest first."""
    entry_use: tuple[EntryUse, ...]
    """Entries pressed in the span, most minutes first (then most holds, then id)."""
    sittings_this_week: int
    """Sittings started since Monday (local), whatever the span."""
    routine_streak_days: int
    """Local days in a row, ending today (or yesterday, when today has none yet), with at
    least one routine sitting."""
    trend: PainTrend | None
    """None until there is a first week with ratings and, in the 7 days ending today,
    ratings made after that week ended."""


def is_meaningful_drop(first: float, latest: float) -> bool | None:
    """True when pain dropped by at least 2 points or at least 30% of ``first``.

    That is ``first - latest >= 2`` or ``10 * (first - latest) >= 3 * first``. None when
    ``first`` is 0: there was no pain to reduce, so no label applies.
    """
    if first == 0:
        return None
    # Exact: a float rounding error must not decide a drop of exactly 30%.
    drop = Fraction(first) - Fraction(latest)
    return drop >= 2 or 10 * drop >= 3 * Fraction(first)


def pain_trend(
    first_week_start: date, first_week: list[int], latest_week: list[int]
) -> PainTrend | None:
    """The trend from the ratings before sittings of the two windows (None if either is
    empty)."""
    if not first_week or not latest_week:
        return None
    first_typical = float(statistics.median(first_week))
    latest_typical = float(statistics.median(latest_week))
    return PainTrend(
        first_week_start=first_week_start,
        first_typical=first_typical,
        latest_typical=latest_typical,
        meaningful=is_meaningful_drop(first_typical, latest_typical),
    )


def read_insights(connection: sqlite3.Connection, span: Span, now: datetime) -> Insights:
    """Aggregate the history behind ``connection`` (a reader: ``HistoryStore.connect_reader``)
    for ``span``, as seen at ``now`` (timezone-aware) in the process's local time zone.

    Rows dated after today (a clock set wrong when they were saved) are left out, so every
    figure ends today.
    """
    _, week_start = today_and_week_start(now)
    today = now.astimezone().date()
    end = _midnight_text(today + _ONE_DAY)
    with _one_snapshot(connection):
        if span is Span.ALL:
            first_day = _first_day_in_history(connection, end)
        else:
            first_day = today - timedelta(days=_DAYS_BEFORE_TODAY[span])
        days = [] if first_day is None else _days(first_day, today)
        pain = _tally_pain(connection, days)
        daily_minutes, entry_use = _tally_practice(connection, days)
        return Insights(
            span=span,
            today=today,
            first_day=first_day,
            daily_pain=pain.daily_pain,
            ratings=_ratings(connection, days) if pain.rated <= MOST_LISTED_RATINGS else (),
            before_counts=pain.before_counts,
            after_counts=pain.after_counts,
            daily_minutes=daily_minutes,
            entry_use=entry_use,
            sittings_this_week=_count_sittings(connection, _utc_text(week_start), end),
            routine_streak_days=_routine_streak_days(connection, today),
            trend=_trend(connection, today, end),
        )


_ONE_DAY = timedelta(days=1)
_DAYS_BEFORE_TODAY = {Span.WEEK: 6, Span.MONTH: 29}
_RATED = "(pain_before IS NOT NULL OR pain_after IS NOT NULL)"


@dataclass(frozen=True, slots=True)
class _Day:
    """A local day and the stored text of its first moment and of the next day's."""

    day: date
    start: str
    end: str


@contextmanager
def _one_snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    """Run every query on one read transaction, so a hold saved meanwhile cannot make the
    figures disagree (WAL readers see the file as it was when the transaction began)."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        yield
    finally:
        connection.rollback()


def _midnight_text(day: date) -> str:
    """The stored text of ``day``'s local midnight: rows from that day on compare >= it."""
    return _utc_text(_local_midnight(day))


def _first_day_in_history(connection: sqlite3.Connection, end: str) -> date | None:
    (first,) = connection.execute(
        "SELECT date(min(started_at), 'localtime') FROM ("
        " SELECT min(started_at) AS started_at FROM sessions WHERE started_at < :end"
        " UNION ALL SELECT min(started_at) FROM sittings WHERE started_at < :end)",
        {"end": end},
    ).fetchone()
    return None if first is None else date.fromisoformat(first)


def _days(first: date, last: date) -> list[_Day]:
    """``first`` to ``last``, each with its bounds (one midnight computed per day)."""
    count = (last - first).days + 1
    midnights = [_midnight_text(first + timedelta(days=n)) for n in range(count + 1)]
    return [_Day(first + timedelta(days=n), midnights[n], midnights[n + 1]) for n in range(count)]


@dataclass(frozen=True, slots=True)
class _PainTally:
    daily_pain: tuple[DailyPain, ...]
    before_counts: tuple[RatingCount, ...]
    after_counts: tuple[RatingCount, ...]
    rated: int
    """How many sittings in the days have a rating before or after (or both)."""


def _tally_pain(connection: sqlite3.Connection, days: list[_Day]) -> _PainTally:
    """Count each day's rated sittings per pair of ratings (before, after) in SQL: a day
    has a handful of pairs however many sittings it had, and its means and its counts per
    value follow from them. Folded day by day, so no more than a day's rows are held."""
    query = (
        "SELECT pain_before, pain_after, count(*) FROM sittings"
        f" WHERE started_at >= ? AND started_at < ? AND {_RATED}"
        " GROUP BY pain_before, pain_after"
    )
    daily: list[DailyPain] = []
    before_counts: list[RatingCount] = []
    after_counts: list[RatingCount] = []
    rated = 0
    for day in days:
        before: dict[int, int] = {}
        after: dict[int, int] = {}
        for pain_before, pain_after, sittings in connection.execute(query, (day.start, day.end)):
            rated += sittings
            if pain_before is not None:
                before[pain_before] = before.get(pain_before, 0) + sittings
            if pain_after is not None:
                after[pain_after] = after.get(pain_after, 0) + sittings
        if before or after:
            daily.append(DailyPain(day.day, _mean(before), _mean(after)))
            before_counts.extend(RatingCount(day.day, v, n) for v, n in sorted(before.items()))
            after_counts.extend(RatingCount(day.day, v, n) for v, n in sorted(after.items()))
    return _PainTally(tuple(daily), tuple(before_counts), tuple(after_counts), rated)


def _mean(counts: dict[int, int]) -> float | None:
    """The mean of the ratings in ``counts`` (value: how many sittings gave it)."""
    rated = sum(counts.values())
    return sum(value * n for value, n in counts.items()) / rated if rated else None


def _ratings(connection: sqlite3.Connection, days: list[_Day]) -> tuple[Rating, ...]:
    if not days:
        return ()
    rows = connection.execute(
        "SELECT started_at, pain_before, pain_after"
        f" FROM sittings WHERE started_at >= ? AND started_at < ? AND {_RATED}"
        " ORDER BY started_at, id",
        (days[0].start, days[-1].end),
    )
    return tuple(
        Rating(datetime.fromisoformat(started_at).astimezone(), before, after)
        for started_at, before, after in rows
    )


def _tally_practice(
    connection: sqlite3.Connection, days: list[_Day]
) -> tuple[tuple[DailyMinutes, ...], tuple[EntryUse, ...]]:
    """The minutes of each day and the use of each entry, from each day's holds counted
    and summed per entry in SQL (a few rows per day), folded day by day. A skipped hold
    is not time pressing, as everywhere else."""
    query = (
        "SELECT entry_id, count(*), total(held_seconds) FROM sessions"
        " WHERE started_at >= ? AND started_at < ? AND outcome != 'skipped' GROUP BY entry_id"
    )
    daily: list[DailyMinutes] = []
    holds: dict[str, int] = {}
    seconds: dict[str, float] = {}
    for day in days:
        day_seconds: float | None = None
        for entry_id, entry_holds, entry_seconds in connection.execute(query, (day.start, day.end)):
            day_seconds = (day_seconds or 0.0) + entry_seconds
            holds[entry_id] = holds.get(entry_id, 0) + entry_holds
            seconds[entry_id] = seconds.get(entry_id, 0.0) + entry_seconds
        if day_seconds is not None:
            daily.append(DailyMinutes(day.day, day_seconds / 60))
    used = [EntryUse(entry_id, holds[entry_id], seconds[entry_id] / 60) for entry_id in holds]
    used.sort(key=lambda use: (-use.minutes, -use.holds, use.entry_id))
    return tuple(daily), tuple(used)


def _count_sittings(connection: sqlite3.Connection, start: str, end: str) -> int:
    (count,) = connection.execute(
        "SELECT count(*) FROM sittings WHERE started_at >= ? AND started_at < ?", (start, end)
    ).fetchone()
    return int(count)


def _routine_streak_days(connection: sqlite3.Connection, today: date) -> int:
    """Walk back one day at a time from today, stopping at the first day without a routine
    (a streak rarely lasts long, and each day is one look-up in the index)."""
    query = (
        "SELECT EXISTS (SELECT 1 FROM sittings"
        " WHERE kind = 'routine' AND started_at >= ? AND started_at < ?)"
    )
    day, day_end = today, _midnight_text(today + _ONE_DAY)
    streak = 0
    while True:
        day_start = _midnight_text(day)
        if connection.execute(query, (day_start, day_end)).fetchone()[0]:
            streak += 1
        elif day != today:  # today may simply not have had its routine yet
            return streak
        day, day_end = day - _ONE_DAY, day_start


def _trend(connection: sqlite3.Connection, today: date, end: str) -> PainTrend | None:
    first_rated = connection.execute(
        "SELECT date(started_at, 'localtime') FROM sittings"
        " WHERE pain_before IS NOT NULL AND started_at < ? ORDER BY started_at LIMIT 1",
        (end,),
    ).fetchone()
    if first_rated is None:
        return None
    first_day = date.fromisoformat(first_rated[0])
    monday = first_day - timedelta(days=first_day.weekday())
    next_monday = monday + timedelta(days=7)
    # The latest window starts after the first week, so no rating is counted in both.
    latest_start = max(today - timedelta(days=6), next_monday)
    return pain_trend(
        monday,
        _pains_before(connection, _midnight_text(monday), _midnight_text(next_monday)),
        _pains_before(connection, _midnight_text(latest_start), end),
    )


def _pains_before(connection: sqlite3.Connection, start: str, end: str) -> list[int]:
    rows = connection.execute(
        "SELECT pain_before FROM sittings"
        " WHERE started_at >= ? AND started_at < ? AND pain_before IS NOT NULL",
        (start, end),
    )
    return [pain for (pain,) in rows]
