"""The app's side of the speech helper process (``speech_helper``): start, speak, end.

Nothing here waits: the helper is started with ``QProcess`` and its answers come in on
the event loop. A helper that cannot find an engine, says so, dies or stops answering
leaves the engine unavailable, and the cues go back to the chimes; the reason is kept
for the Sound and speech dialog and logged once.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from acupress_gui.core.preferences import Preferences

log = logging.getLogger(__name__)

OPEN_TIMEOUT_MS = 30_000
"""An engine is ready in 1.3 to 2.5 s here; a cold speech-dispatcher, first spawned on a
slow machine, may take several times that."""
ANSWER_TIMEOUT_MS = 5_000
"""A helper that has not taken a phrase by then is stuck (a speech-dispatcher that
cannot reach the sound server blocks every call)."""
CLOSE_WAIT_MS = 500
SPEECH_RATE = -0.2
"""A little slower than the engine's normal pace: calm, and clear with eyes closed."""


class Availability(Enum):
    NOT_STARTED = "not started"
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


class Problem(Enum):
    """Why there is no speech, for the dialog to put in words."""

    NO_ENGINE = "no engine"
    ENGINE_FAILED = "engine failed"
    NO_ANSWER = "no answer"


class Speaker(Protocol):
    """Says phrases one after another: ``SpeechEngine``, or a test's fake."""

    def is_ready(self) -> bool: ...

    def start(self) -> None:
        """Get ready to speak (the engine loads lazily); may take seconds."""

    def say(self, text: str, volume: float, voice: str) -> None:
        """Say ``text`` after what is being said."""

    def stop_speaking(self) -> None:
        """Stop now and forget what was queued."""


def speaks_cues(preferences: Preferences, speaker: Speaker) -> bool:
    """Whether spoken guidance says the cues now, so the chimes need not play."""
    person = preferences.person
    return person.spoken_guidance and not person.muted and speaker.is_ready()


def helper_command() -> list[str]:
    """How to start the helper: the bundle's own executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-helper"]
    return [sys.executable, "-m", "acupress_gui", "--speech-helper"]


class SpeechEngine(QObject):
    """Speaks phrases through the helper; shared by every visitor for the whole run.

    Signals:
        changed(): availability or the voices changed.
    """

    changed = Signal()

    def __init__(
        self,
        language: str,
        engine: str = "",
        command: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._engine = engine
        self._command = list(command) if command is not None else helper_command()
        self._process: QProcess | None = None
        self._availability = Availability.NOT_STARTED
        self._problem: Problem | None = None
        self._voices: tuple[str, ...] = ()
        self._engine_name = ""
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.timeout.connect(self._on_no_answer)

    @property
    def availability(self) -> Availability:
        return self._availability

    @property
    def problem(self) -> Problem | None:
        """Why the engine is unavailable; None otherwise."""
        return self._problem

    @property
    def voices(self) -> tuple[str, ...]:
        """The engine's voices for the phrases' language, by name."""
        return self._voices

    @property
    def engine_name(self) -> str:
        return self._engine_name

    def is_ready(self) -> bool:
        return self._availability is Availability.READY

    def start(self) -> None:
        """Start the helper if it has not been started; the answer comes as ``changed``."""
        if self._availability is not Availability.NOT_STARTED:
            return
        process = QProcess(self)
        self._process = process
        process.readyReadStandardOutput.connect(self._on_output)
        process.readyReadStandardError.connect(self._on_errors)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_process_error)
        self._set(Availability.STARTING)
        process.start(self._command[0], self._command[1:])
        if self._availability is Availability.STARTING:  # not refused at once
            self._request({"do": "open", "engine": self._engine, "language": self._language})
            self._waiting.start(OPEN_TIMEOUT_MS)

    def say(self, text: str, volume: float, voice: str) -> None:
        """Queue ``text`` after what is being said; nothing unless ready."""
        if not self.is_ready():
            return
        request = {"do": "say", "text": text, "volume": volume, "voice": voice}
        self._request({**request, "rate": SPEECH_RATE})
        if not self._waiting.isActive():
            self._waiting.start(ANSWER_TIMEOUT_MS)

    def stop_speaking(self) -> None:
        """Stop at once, and forget what was queued."""
        if self.is_ready():
            self._request({"do": "stop"})

    def close(self) -> None:
        """End the helper (at quit): its input closes, and it is killed if it lingers."""
        self._end(wait=True)

    def _end(self, wait: bool) -> None:
        process = self._process
        self._process = None
        self._waiting.stop()
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.errorOccurred.disconnect(self._on_process_error)
        if process.state() is QProcess.ProcessState.NotRunning:
            process.deleteLater()
        elif wait:
            process.closeWriteChannel()
            if not process.waitForFinished(CLOSE_WAIT_MS):
                process.kill()
                process.waitForFinished(CLOSE_WAIT_MS)
            process.deleteLater()
        else:  # a stuck helper: never wait for it on the window's thread
            process.finished.connect(process.deleteLater)
            process.kill()

    # --- the helper's answers --------------------------------------------------------

    def _request(self, request: dict[str, object]) -> None:
        if self._process is not None:
            self._process.write((json.dumps(request) + "\n").encode())

    def _on_output(self) -> None:
        process = self._process
        while process is not None and process.canReadLine():
            line = bytes(process.readLine().data()).decode(errors="replace")
            try:
                answer = json.loads(line)
                event = answer["event"]
            except (ValueError, KeyError, TypeError):
                log.warning("Speech helper said something unexpected: %r", line)
                continue
            self._on_answer(event, answer)
            process = self._process  # an answer may have ended it

    def _on_answer(self, event: str, answer: dict[str, object]) -> None:
        if event == "ready":
            self._waiting.stop()
            voices = answer.get("voices", [])
            self._voices = tuple(str(v) for v in voices) if isinstance(voices, list) else ()
            self._engine_name = str(answer.get("engine", ""))
            log.info("Speech engine %s ready, %d voices", self._engine_name, len(self._voices))
            self._set(Availability.READY)
        elif event == "said":
            self._waiting.stop()
        elif event == "unavailable":
            no_engine = answer.get("reason") == "none"
            self._give_up(
                Problem.NO_ENGINE if no_engine else Problem.ENGINE_FAILED,
                str(answer.get("detail", "")),
            )
        elif event == "failed":
            self._give_up(Problem.ENGINE_FAILED, str(answer.get("detail", "")))

    def _on_errors(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError().data()).decode(errors="replace")
            for line in text.splitlines():
                log.debug("Speech helper: %s", line)

    def _on_no_answer(self) -> None:
        self._give_up(Problem.NO_ANSWER, "the speech helper stopped answering")

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._give_up(Problem.ENGINE_FAILED, f"the speech helper ended (exit code {code})")

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._give_up(Problem.ENGINE_FAILED, f"the speech helper did not start ({error})")

    def _give_up(self, problem: Problem, detail: str) -> None:
        """No speech for the rest of the run: the chimes take over."""
        if self._availability is Availability.UNAVAILABLE:
            return
        log.warning("No spoken guidance, the chimes play instead: %s", detail or problem.value)
        self._problem = problem
        self._voices = ()
        self._end(wait=False)
        self._set(Availability.UNAVAILABLE)

    def _set(self, availability: Availability) -> None:
        self._availability = availability
        self.changed.emit()
