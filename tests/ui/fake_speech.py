"""A speech engine that records what it is asked to say, on the test's clock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from acupress_gui.ui.timer.speech_engine import Availability, Problem
from tests.core.fake_clock import FakeClock

VOICES = ("Lena", "Bert", "Bert+whisper", "anna")
"""As speech-dispatcher lists them: a voice again with each of its variants."""


class FakeSpeechEngine(QObject):
    """``SpeechEngine``'s interface without a helper process.

    ``works=False`` is a machine without an engine: starting finds none. ``said`` holds
    (seconds on the clock, text, volume, voice) for each phrase, ``stops`` the clock
    readings at which speaking was cut short.
    """

    changed = Signal()

    def __init__(self, clock: FakeClock, works: bool = True) -> None:
        super().__init__()
        self._clock = clock
        self._works = works
        self.availability = Availability.NOT_STARTED
        self.problem: Problem | None = None
        self.voices: tuple[str, ...] = ()
        self.engine_name = ""
        self.starts = 0
        self.said: list[tuple[float, str, float, str]] = []
        self.stops: list[float] = []

    def is_ready(self) -> bool:
        return self.availability is Availability.READY

    def start(self) -> None:
        self.starts += 1
        if self.availability is not Availability.NOT_STARTED:
            return
        if self._works:
            self.availability, self.voices, self.engine_name = Availability.READY, VOICES, "fake"
        else:
            self.availability, self.problem = Availability.UNAVAILABLE, Problem.NO_ENGINE
        self.changed.emit()

    def fail(self) -> None:
        """The engine stops answering, as a stuck speech-dispatcher does."""
        self.availability, self.problem, self.voices = (
            Availability.UNAVAILABLE,
            Problem.NO_ANSWER,
            (),
        )
        self.changed.emit()

    def say(self, text: str, volume: float, voice: str) -> None:
        if self.is_ready():
            self.said.append((self._clock(), text, volume, voice))

    def stop_speaking(self) -> None:
        if self.is_ready():
            self.stops.append(self._clock())

    def close(self) -> None:
        pass

    def texts(self, since: float = 0.0) -> list[str]:
        return [text for at, text, _volume, _voice in self.said if at >= since]

    def timeline(self, start: float) -> list[tuple[float, str]]:
        """(seconds after ``start``, text) of everything said."""
        return [(round(at - start, 3), text) for at, text, _volume, _voice in self.said]
