"""The timer's sounds, with a system beep where QtMultimedia cannot load.

QtMultimedia is imported only when a cue can play (sound on), at the first Start or
the first cue, never at start-up: it is slow to load, and on a machine without the
PulseAudio client library the import fails. Then, or when there is no audio device to
play on, the app beeps instead, and the timer card's visual cue still works.

A short WAV needs only ``QSoundEffect``, which plays through Qt's own audio output.
Qt would also load its FFmpeg media backend the first time any multimedia object is
made (28 more libraries, Qt Quick among them, and about 13 MB), so the cues are made
while Qt's plugin folders are out of sight, and Qt settles for its audio-only
integration, which is all they need.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

EXPECTED_QT_MESSAGES = (
    "No QtMultimedia backends found",
    "Couldn't load pipewire-0.3 library",
    "Couldn't resolve pipewire-0.3 symbols",
)
"""What Qt says when it loads the sound the way this module wants (no media backend,
PulseAudio rather than PipeWire): worth a debug line, not a warning in the log."""


class Cue(StrEnum):
    PRESS = "cue-press.wav"
    """The time to find the point is over: press now."""
    SWITCH = "cue-switch.wav"
    """Move: to the other side, or on to the next spot."""
    DONE = "cue-done.wav"


class CuePlayer(QObject):
    """Plays a cue unless muted; remembers nothing itself (the window saves ``muted``).

    ``spoken_instead`` says whether spoken guidance is saying the cues now
    (``spoken_guide.speaks_now``): then the chimes keep quiet, and they come back as soon
    as it is not (no speech engine, or it stopped answering).
    """

    def __init__(self, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self.spoken_instead: Callable[[], bool] = lambda: False
        self._files = ExitStack()
        self._effects: dict[Cue, QSoundEffect] = {}
        self._multimedia_failed = False
        self.destroyed.connect(self._files.close)

    @property
    def backend(self) -> str:
        """ "QtMultimedia" once it has loaded, "system beep" if it could not."""
        return "system beep" if self._multimedia_failed else "QtMultimedia"

    def preload(self) -> None:
        """Load every cue now, so the first one plays on time; nothing while muted."""
        if self.muted:
            return
        for cue in Cue:
            self._effect(cue)

    def play(self, cue: Cue) -> None:
        if self.muted or self.spoken_instead():
            return
        effect = self._effect(cue)
        if effect is None or effect.status() == effect.Status.Error:
            QApplication.beep()
        else:
            effect.play()  # a cue still loading plays as soon as it is ready

    def _effect(self, cue: Cue) -> QSoundEffect | None:
        if cue in self._effects:
            return self._effects[cue]
        if self._multimedia_failed:
            return None
        with _quiet_qt(EXPECTED_QT_MESSAGES):
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as error:
                log.warning("Sound cues unavailable, using the system beep: %s", error)
                self._multimedia_failed = True
                return None
            with _without_media_backend():
                effect = QSoundEffect(self)
        path = self._files.enter_context(
            resources.as_file(resources.files("acupress_gui.resources").joinpath(cue.value))
        )
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.8)
        self._effects[cue] = effect
        return effect

    def effect(self, cue: Cue) -> QSoundEffect | None:
        """The loaded sound effect for ``cue`` (None with the beep fallback); for checks."""
        return self._effect(cue)


@contextmanager
def _without_media_backend() -> Iterator[None]:
    """Hide Qt's plugin folders while the first multimedia object is made.

    Qt picks its media backend once, at that moment; finding none, it uses audio alone,
    which is all ``QSoundEffect`` needs. Other plugins are already loaded by then (the
    platform, image formats) and are found again as soon as the folders come back.
    """
    folders = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        yield
    finally:
        QCoreApplication.setLibraryPaths(folders)


@contextmanager
def _quiet_qt(expected: tuple[str, ...]) -> Iterator[None]:
    """Log Qt messages that start with one of ``expected`` at debug level; pass the
    others on to the handler in place before (the app's log, or pytest-qt's capture)."""

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(expected):
            log.debug("Qt: %s", message)
        elif previous is not None:
            previous(kind, context, message)
        else:
            log.warning("Qt: %s", message)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
