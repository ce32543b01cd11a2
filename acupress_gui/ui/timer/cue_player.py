"""The timer's sounds, with a system beep where QtMultimedia cannot load.

QtMultimedia is imported on first use, not at start-up: it is slow to load, and on a
machine without the PulseAudio client library the import fails. Then, or when there is
no audio device to play on, the app beeps instead, and the timer card's visual cue
still works.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from enum import StrEnum
from importlib import resources

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class Cue(StrEnum):
    SWITCH = "cue-switch.wav"
    DONE = "cue-done.wav"


class CuePlayer(QObject):
    """Plays a cue unless muted; remembers nothing itself (the window saves ``muted``)."""

    def __init__(self, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self._files = ExitStack()
        self._effects: dict[Cue, object] = {}
        self._multimedia_failed = False
        self.destroyed.connect(self._files.close)

    @property
    def backend(self) -> str:
        """ "QtMultimedia" once it has loaded, "system beep" if it could not."""
        return "system beep" if self._multimedia_failed else "QtMultimedia"

    def preload(self) -> None:
        """Load every cue now, so the first one plays on time."""
        for cue in Cue:
            self._effect(cue)

    def play(self, cue: Cue) -> None:
        if self.muted:
            return
        effect = self._effect(cue)
        if effect is None or effect.status() == effect.Status.Error:
            QApplication.beep()
        else:
            effect.play()

    def _effect(self, cue: Cue):
        if cue in self._effects:
            return self._effects[cue]
        if self._multimedia_failed:
            return None
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:
            log.warning("Sound cues unavailable, using the system beep: %s", error)
            self._multimedia_failed = True
            return None
        path = self._files.enter_context(
            resources.as_file(resources.files("acupress_gui.resources").joinpath(cue.value))
        )
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.8)
        self._effects[cue] = effect
        return effect

    def effect(self, cue: Cue):
        """The loaded sound effect for ``cue`` (None with the beep fallback); for checks."""
        return self._effect(cue)
