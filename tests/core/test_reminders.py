"""Reminder times: what counts as a valid time, and when the next reminder falls.

Expected moments are worked out by hand for Central European time in 2026: summer time
starts on Sunday 29 March (02:00 CET becomes 03:00 CEST) and ends on Sunday 25 October
(03:00 CEST becomes 02:00 CET).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from acupress_gui.core.reminders import (
    format_time,
    next_reminder,
    normalise_times,
    parse_time,
    read_typed_time,
    usable_times,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

pytestmark = pytest.mark.usefixtures("central_europe")


def local(*fields: int, zone: timezone) -> datetime:
    return datetime(*fields, tzinfo=zone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("09:30", time(9, 30)), ("9:05", time(9, 5)), ("00:00", time(0, 0)), ("23:59", time(23, 59))],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("24:00", "the hour must be between 00 and 23"),
        ("12:60", "the minutes must be between 00 and 59"),
        ("noon", "is not written as HH:MM"),
        ("12:5", "is not written as HH:MM"),
        ("12:30:00", "is not written as HH:MM"),
        (" 12:30", "is not written as HH:MM"),
        ("", "is not written as HH:MM"),
        ("\u0661\u0662:\u0663\u0660", "is not written as HH:MM"),  # Arabic-Indic digits
    ],
)
def test_parse_time_refuses_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        parse_time(text)
    assert repr(text) in str(caught.value)  # the message names what was typed


def test_format_time_pads_to_hh_mm() -> None:
    assert format_time(time(7, 5)) == "07:05"


def test_normalise_sorts_and_drops_repeats() -> None:
    assert normalise_times(["18:00", "9:00", "13:00", "09:00"]) == ["09:00", "13:00", "18:00"]
    assert normalise_times([]) == []


def test_normalise_names_the_bad_time() -> None:
    with pytest.raises(ValueError, match="'25:00'"):
        normalise_times(["09:00", "25:00"])


def test_usable_times_keeps_the_good_ones() -> None:
    times, problems = usable_times(["13:00", "25:00", "lunch", "9:00"])
    assert times == ["09:00", "13:00"]
    assert len(problems) == 2
    assert "'25:00'" in problems[0] and "'lunch'" in problems[1]


DAY = ["09:00", "13:00", "18:00"]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (local(2026, 2, 10, 7, 0, zone=CET), "2026-02-10T09:00:00+01:00"),
        (local(2026, 2, 10, 10, 15, zone=CET), "2026-02-10T13:00:00+01:00"),
        # Exactly at a reminder: that one is now, the next is the one after.
        (local(2026, 2, 10, 13, 0, zone=CET), "2026-02-10T18:00:00+01:00"),
        (local(2026, 2, 10, 13, 0, 0, 1, zone=CET), "2026-02-10T18:00:00+01:00"),
        # After the last one of the day: tomorrow's first, across a month's end.
        (local(2026, 2, 28, 18, 0, zone=CET), "2026-03-01T09:00:00+01:00"),
        (local(2026, 12, 31, 23, 59, zone=CET), "2027-01-01T09:00:00+01:00"),
    ],
)
def test_next_reminder_today_or_tomorrow(now: datetime, expected: str) -> None:
    assert next_reminder(DAY, now).isoformat() == expected


def test_next_reminder_reads_now_in_local_time() -> None:
    # 11:30 UTC is 12:30 in Paris in winter, so 13:00 local (12:00 UTC) is next.
    now = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)
    result = next_reminder(DAY, now)
    assert result.isoformat() == "2026-11-24T13:00:00+01:00"
    assert result - now == timedelta(minutes=30)


def test_next_reminder_accepts_unsorted_and_unpadded_times() -> None:
    now = local(2026, 2, 10, 8, 0, zone=CET)
    assert next_reminder(["18:00", "9:00"], now).isoformat() == "2026-02-10T09:00:00+01:00"


def test_no_times_no_reminder() -> None:
    assert next_reminder([], local(2026, 2, 10, 8, 0, zone=CET)) is None


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_reminder(DAY, datetime(2026, 2, 10, 8, 0))


def test_a_bad_time_is_refused() -> None:
    with pytest.raises(ValueError, match="'7pm'"):
        next_reminder(["7pm"], local(2026, 2, 10, 8, 0, zone=CET))


def test_same_wall_clock_time_across_the_spring_change() -> None:
    # 09:00 CET on Saturday to 09:00 CEST on Sunday is 23 hours.
    saturday = local(2026, 3, 28, 9, 0, zone=CET)
    sunday = next_reminder(["09:00"], saturday)
    assert sunday.isoformat() == "2026-03-29T09:00:00+02:00"
    assert sunday - saturday == timedelta(hours=23)


def test_a_skipped_time_comes_after_the_gap() -> None:
    # 02:30 does not exist on 29 March: it is taken as 03:30 CEST (01:30 UTC).
    saturday_night = local(2026, 3, 28, 23, 0, zone=CET)
    moment = next_reminder(["02:30"], saturday_night)
    assert moment.isoformat() == "2026-03-29T03:30:00+02:00"
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # The next day it is an ordinary time again.
    assert next_reminder(["02:30"], moment).isoformat() == "2026-03-30T02:30:00+02:00"


def test_moments_around_the_gap_keep_their_order() -> None:
    # 03:15 exists (CEST) and comes before the shifted 02:30 (03:30 CEST).
    times = ["02:30", "03:15"]
    first = next_reminder(times, local(2026, 3, 29, 1, 0, zone=CET))
    assert first.isoformat() == "2026-03-29T03:15:00+02:00"
    second = next_reminder(times, first)
    assert second.isoformat() == "2026-03-29T03:30:00+02:00"
    assert next_reminder(times, second).isoformat() == "2026-03-30T02:30:00+02:00"


def test_a_repeated_time_happens_once() -> None:
    # On 25 October 02:30 happens twice (00:30 UTC in CEST, 01:30 UTC in CET).
    evening = local(2026, 10, 24, 22, 0, zone=CEST)
    first = next_reminder(["02:30"], evening)
    assert first.isoformat() == "2026-10-25T02:30:00+02:00"
    after = next_reminder(["02:30"], first)
    assert after.isoformat() == "2026-10-26T02:30:00+01:00"  # not the repeat an hour later


def test_same_wall_clock_time_across_the_autumn_change() -> None:
    saturday = local(2026, 10, 24, 9, 0, zone=CEST)
    sunday = next_reminder(["09:00"], saturday)
    assert sunday.isoformat() == "2026-10-25T09:00:00+01:00"
    assert sunday - saturday == timedelta(hours=25)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9", time(9, 0)),
        ("21", time(21, 0)),
        ("9:5", time(9, 5)),
        ("09:30", time(9, 30)),
        ("9.30", time(9, 30)),
        ("9h30", time(9, 30)),
        ("9 30", time(9, 30)),
        ("930", time(9, 30)),
        ("0930", time(9, 30)),
        ("2013", time(20, 13)),
        ("9 pm", time(21, 0)),
        ("9:30pm", time(21, 30)),
        ("9:05 P.M.", time(21, 5)),
        ("7a", time(7, 0)),
        ("12 am", time(0, 0)),
        ("12 pm", time(12, 0)),
        ("0", time(0, 0)),
    ],
)
def test_a_typed_time_is_read_as_meant(typed: str, meant: time) -> None:
    assert read_typed_time(typed) == meant


@pytest.mark.parametrize(
    "typed", ["", "noonish", "24", "9:60", "2460", "13 pm", "0 am", "9.", ":30"]
)
def test_what_is_no_time_of_day_is_refused(typed: str) -> None:
    assert read_typed_time(typed) is None


def test_the_locales_own_words_for_morning_and_evening_are_read() -> None:
    assert read_typed_time("7 nachm.", afternoon=["nachm."]) == time(19, 0)
    assert read_typed_time("7 vorm.", morning=["vorm."]) == time(7, 0)
