"""The kiosk's watchers of every event in the application, behind one event filter.

An application-wide event filter is called for each event Qt sends to any object: some
six thousand while a visitor's view is built, and every repaint of a hold. Written in
Python, each call costs about 2 µs here whatever it does, so the guard, the staff
gesture and the idle watch share one filter, which reads an event's type once and hands
each watcher only the kinds of event it looks at.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject


class EventWatcher(Protocol):
    """An event filter that says which kinds of event it looks at."""

    EVENT_TYPES: frozenset[QEvent.Type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool: ...


class EventWatchers(QObject):
    """Hands each event to the ``watchers`` that look at its kind, in their order, until
    one stops it (as filters installed one after another would, the last first)."""

    def __init__(self, watchers: Sequence[EventWatcher], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watchers = tuple(watchers)
        self._wanted = frozenset().union(*(watcher.EVENT_TYPES for watcher in self._watchers))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._wanted:
            return False
        return any(
            kind in watcher.EVENT_TYPES and watcher.eventFilter(watched, event)
            for watcher in self._watchers
        )
