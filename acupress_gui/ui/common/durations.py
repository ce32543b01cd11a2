"""One way to write a length of time, shared by the timer, the history and the summary."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def format_clock(seconds: int) -> str:
    """ "1:05" for 65 seconds: minutes and seconds, as a countdown shows them."""
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes}:{rest:02d}"


def format_duration(seconds: float) -> str:
    """ "1 h 5 min", "12 min 30 s", "45 s": a total as a person says it."""
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("durations", "{h} h {m} min").format(h=hours, m=minutes)
    if minutes and secs:
        return QCoreApplication.translate("durations", "{m} min {s} s").format(m=minutes, s=secs)
    if minutes:
        return QCoreApplication.translate("durations", "{m} min").format(m=minutes)
    return QCoreApplication.translate("durations", "{s} s").format(s=secs)


_CLOCK = re.compile(r"^(\d+):([0-5]?\d)$")
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]*)")
_HOUR_WORDS = frozenset({"h", "hr", "hrs", "hour", "hours"})
_MINUTE_WORDS = frozenset({"m", "min", "mins", "minute", "minutes"})
_SECOND_WORDS = frozenset({"s", "sec", "secs", "second", "seconds"})


def parse_duration(text: str) -> int | None:
    """Whole seconds in a length of time as a person types it, or None if it is none.

    "90" and "90 s" are seconds, "2 min" or "1.5 min" minutes, "1:30" and "1 min 30"
    minutes and seconds, "1 h" an hour: a bare number is seconds unless it follows
    minutes. The unit
    words are English and those of ``format_duration`` in the current language, so
    whatever it wrote reads back.
    """
    text = text.strip().casefold()
    clock = _CLOCK.match(text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    hour_words = _HOUR_WORDS | {_unit_word("{h} h {m} min", "h").split()[0]}
    minute_words = _MINUTE_WORDS | {_unit_word("{m} min", "m")}
    second_words = _SECOND_WORDS | {_unit_word("{s} s", "s")}
    total = 0.0
    position = 0
    after_minutes = False
    for match in _AMOUNT.finditer(text):
        if text[position : match.start()].strip():
            return None  # something that is neither a number nor a unit
        amount = float(match.group(1).replace(",", "."))
        unit = match.group(2)
        if unit in hour_words:
            total += amount * 3600
            after_minutes = False
        elif unit in minute_words:
            total += amount * 60
            after_minutes = True
        elif unit in second_words or (not unit and (after_minutes or position == 0)):
            total += amount
            after_minutes = False
        else:
            return None
        position = match.end()
    if position == 0 or text[position:].strip():
        return None
    return round(total)


def _unit_word(template: str, field: str) -> str:
    """The unit of a translated template such as "{m} min", without its number."""
    return (
        QCoreApplication.translate("durations", template).replace("{" + field + "}", "").strip()
    ).casefold()
