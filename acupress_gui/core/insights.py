"""What the history says about practice and pain: the figures behind the insights view.

Everything is aggregated by SQLite (``date(started_at, 'localtime')`` groups by the local
calendar day), so a history of a million holds costs Python a few hundred rows. Weeks start
on Monday. The pain trend follows Farrar et al. (2001): a drop of at least 2 points or at
least 30% on the 0-10 scale is the smallest change people with chronic pain call
meaningful.
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
    """Every rated sitting in the span, oldest first."""
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
        # With no first day there is nothing before `end`, so any lower bound will do.
        start = "" if first_day is None else _midnight_text(first_day)
        return Insights(
            span=span,
            today=today,
            first_day=first_day,
            daily_pain=_daily_pain(connection, start, end),
            ratings=_ratings(connection, start, end),
            daily_minutes=_daily_minutes(connection, start, end),
            entry_use=_entry_use(connection, start, end),
            sittings_this_week=_count_sittings(connection, _utc_text(week_start), end),
            routine_streak_days=_routine_streak_days(connection, today, end),
            trend=_trend(connection, today, end),
        )


_ONE_DAY = timedelta(days=1)
_DAYS_BEFORE_TODAY = {Span.WEEK: 6, Span.MONTH: 29}
_RATED = "(pain_before IS NOT NULL OR pain_after IS NOT NULL)"


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


def _daily_pain(connection: sqlite3.Connection, start: str, end: str) -> tuple[DailyPain, ...]:
    rows = connection.execute(
        "SELECT date(started_at, 'localtime') AS day, avg(pain_before), avg(pain_after)"
        f" FROM sittings WHERE started_at >= ? AND started_at < ? AND {_RATED}"
        " GROUP BY day ORDER BY day",
        (start, end),
    )
    return tuple(DailyPain(date.fromisoformat(day), before, after) for day, before, after in rows)


def _ratings(connection: sqlite3.Connection, start: str, end: str) -> tuple[Rating, ...]:
    rows = connection.execute(
        "SELECT started_at, pain_before, pain_after"
        f" FROM sittings WHERE started_at >= ? AND started_at < ? AND {_RATED}"
        " ORDER BY started_at, id",
        (start, end),
    )
    return tuple(
        Rating(datetime.fromisoformat(started_at).astimezone(), before, after)
        for started_at, before, after in rows
    )


def _daily_minutes(
    connection: sqlite3.Connection, start: str, end: str
) -> tuple[DailyMinutes, ...]:
    rows = connection.execute(
        "SELECT date(started_at, 'localtime') AS day, total(held_seconds) / 60"
        " FROM sessions WHERE started_at >= ? AND started_at < ? GROUP BY day ORDER BY day",
        (start, end),
    )
    return tuple(DailyMinutes(date.fromisoformat(day), minutes) for day, minutes in rows)


def _entry_use(connection: sqlite3.Connection, start: str, end: str) -> tuple[EntryUse, ...]:
    rows = connection.execute(
        "SELECT entry_id, count(*) AS holds, total(held_seconds) / 60 AS minutes"
        " FROM sessions WHERE started_at >= ? AND started_at < ?"
        " GROUP BY entry_id ORDER BY minutes DESC, holds DESC, entry_id",
        (start, end),
    )
    return tuple(EntryUse(entry_id, holds, minutes) for entry_id, holds, minutes in rows)


def _count_sittings(connection: sqlite3.Connection, start: str, end: str) -> int:
    return connection.execute(
        "SELECT count(*) FROM sittings WHERE started_at >= ? AND started_at < ?", (start, end)
    ).fetchone()[0]


def _routine_streak_days(connection: sqlite3.Connection, today: date, end: str) -> int:
    """Walk the routine days from the newest back, stopping at the first missing day."""
    rows = connection.execute(
        "SELECT DISTINCT date(started_at, 'localtime') AS day FROM sittings"
        " WHERE kind = 'routine' AND started_at < ? ORDER BY day DESC",
        (end,),
    )
    days = (date.fromisoformat(day) for (day,) in rows)
    latest = next(days, None)
    # Today may simply not have had its routine yet: a streak up to yesterday still stands.
    if latest is None or latest < today - _ONE_DAY:
        return 0
    streak = 1
    for day in days:
        if day != latest - timedelta(days=streak):
            break
        streak += 1
    return streak


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
