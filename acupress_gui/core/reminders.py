"""Reminder times of day: checking what the person typed, and when the next one falls.

Times are local wall-clock times ("09:00" means nine in the morning wherever the computer
is), so each reminder is built from a local date plus the time, then turned into a real
moment; counting 24 hours from the last one would drift by an hour at every change to or
from summer time.

Summer time, in the two places it matters:

- a time skipped when the clocks go forward (02:30 on a night 02:00 jumps to 03:00) is
  taken as the moment after the gap, shifted by the gap's length (03:30), as calendars
  do, so that day's reminder comes late rather than never;
- a time repeated when the clocks go back happens once, at its first occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

_HH_MM = re.compile(r"([0-9]{1,2}):([0-9]{2})")


def parse_time(text: str) -> time:
    """The time of day in ``text`` ("HH:MM", 24-hour; a one-digit hour is accepted)."""
    match = _HH_MM.fullmatch(text)
    if match is None:
        raise ValueError(f"reminder time {text!r} is not written as HH:MM, for example 09:30")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23:
        raise ValueError(f"reminder time {text!r}: the hour must be between 00 and 23")
    if minute > 59:
        raise ValueError(f"reminder time {text!r}: the minutes must be between 00 and 59")
    return time(hour, minute)


_TYPED = re.compile(r"(?P<hour>\d{1,2})(?:\s*[:.h ]\s*(?P<minute>\d{1,2}))?|(?P<digits>\d{3,4})")
MORNING_WORDS = ("am", "a.m.", "a")
AFTERNOON_WORDS = ("pm", "p.m.", "p")


def read_typed_time(
    text: str, morning: Iterable[str] = (), afternoon: Iterable[str] = ()
) -> time | None:
    """The time of day a person meant, or None: "9" is 09:00, "9:5" 09:05, "0930" and
    "9.30" 09:30, "2013" 20:13, "9 pm" and "9:30pm" in the evening, "12 am" midnight.

    ``morning`` and ``afternoon`` add the locale's own words for AM and PM.
    """
    words = text.strip().casefold()
    halves = [(word, False) for word in (*MORNING_WORDS, *morning)]
    halves += [(word, True) for word in (*AFTERNOON_WORDS, *afternoon)]
    afternoon_half: bool | None = None
    for word, is_afternoon in sorted(halves, key=lambda half: -len(half[0])):  # "pm" before "p"
        word = word.casefold()
        if word and words.endswith(word) and words[: -len(word)].rstrip()[-1:].isdigit():
            afternoon_half = is_afternoon
            words = words[: -len(word)].rstrip()
            break
    match = _TYPED.fullmatch(words)
    if match is None:
        return None
    if match["digits"]:
        hour, minute = int(match["digits"][:-2]), int(match["digits"][-2:])
    else:
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if afternoon_half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if afternoon_half else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_time(moment: time) -> str:
    """The "HH:MM" form the settings keep."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def usable_times(texts: Iterable[str]) -> tuple[list[str], list[str]]:
    """The valid times, sorted and without repeats, and a message for each one left out.

    For saved settings, which may have been edited by hand: one bad entry should not
    silence the others.
    """
    valid: set[time] = set()
    problems: list[str] = []
    for text in texts:
        try:
            valid.add(parse_time(text))
        except ValueError as error:
            problems.append(str(error))
    return [format_time(moment) for moment in sorted(valid)], problems


def normalise_times(texts: Iterable[str]) -> list[str]:
    """Sorted "HH:MM" times without repeats; raises ValueError for the first bad one."""
    times, problems = usable_times(texts)
    if problems:
        raise ValueError(problems[0])
    return times


def next_reminder(times: Iterable[str], now: datetime) -> datetime | None:
    """The first reminder strictly after ``now``, in local time; None without times.

    ``now`` must be timezone-aware. Only today and tomorrow (local dates) are looked at:
    every time of day occurs tomorrow, so the answer is always among them.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    parsed = [parse_time(text) for text in times]
    today = now.astimezone().date()
    upcoming = [
        moment
        for day in (today, today + timedelta(days=1))
        for at in parsed
        if (moment := _local_moment(day, at)) > now
    ]
    return min(upcoming, default=None)


def _local_moment(day: date, at: time) -> datetime:
    """The moment the local clock shows ``at`` on ``day`` (see the module notes on DST)."""
    first = datetime.combine(day, at).astimezone()
    if first.time() == at:  # the time exists; fold=0 is its first occurrence if repeated
        return first
    # In the gap: the two folds give the moments either side of it; take the later.
    return max(first, datetime.combine(day, at).replace(fold=1).astimezone())
