"""One way to write a length of time, shared by the timer, the history and the summary."""

from __future__ import annotations

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
