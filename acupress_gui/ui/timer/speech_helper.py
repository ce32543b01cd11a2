"""The speech helper: a process of its own that speaks through QtTextToSpeech.

Making a ``QTextToSpeech`` with speech-dispatcher takes 1.3 to 2.5 s (it lists every
voice of every module) and holds Python's lock all that while, so no thread of the app
could do it without freezing the window; and a speech-dispatcher that cannot reach a
sound server never answers at all, leaving any call into it hanging. So the engine lives
here, in ``acupress-gui --speech-helper``, which the app starts only when spoken guidance
is wanted (``speech_engine.SpeechEngine`` is the app's side) and can always end.

One JSON object a line each way::

    in:  {"do": "open", "engine": "", "language": "en"}   ("" asks for the default)
         {"do": "say", "text": "...", "volume": 0.8, "voice": "", "rate": -0.2}
         {"do": "stop"}
    out: {"event": "ready", "engine": "speechd", "voices": ["...", ...]}
         {"event": "unavailable", "reason": "none" | "error", "detail": "..."}
         {"event": "said", "text": "..."}       (queued: the helper is answering)
         {"event": "failed", "detail": "..."}   (the engine failed while speaking)

It ends when its input closes: the app quit, or died.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

TEST_ENGINE = "mock"
"""Qt's engine for its own tests: it says nothing, so it is used only when asked for."""


def serve(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """Answer the app's requests until its end of the pipe closes; returns the exit code."""
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    if stdin is None or stdout is None:  # a windowed process started without pipes
        return 2
    app = QCoreApplication([sys.argv[0]])
    helper = _Helper(stdout)
    helper.input_closed.connect(app.quit)
    threading.Thread(target=_read, args=(stdin, helper), daemon=True).start()
    return app.exec()


def _read(stdin: IO[str], helper: _Helper) -> None:
    """On a thread of its own: each line becomes a signal, handled on Qt's thread."""
    for line in stdin:
        helper.received.emit(line)
    helper.input_closed.emit()


class _Helper(QObject):
    received = Signal(str)
    input_closed = Signal()

    def __init__(self, stdout: IO[str]) -> None:
        super().__init__()
        self._stdout = stdout
        self._speech: QTextToSpeech | None = None
        self.received.connect(self._handle)

    def _send(self, event: str, **fields: Any) -> None:
        self._stdout.write(json.dumps({"event": event, **fields}) + "\n")
        self._stdout.flush()

    def _handle(self, line: str) -> None:
        try:
            request = json.loads(line)
            action = request["do"]
        except (ValueError, KeyError, TypeError):
            print(f"speech helper: not a request: {line!r}", file=sys.stderr)
            return
        if action == "open":
            self._open(str(request.get("engine", "")), str(request.get("language", "en")))
        elif action == "say":
            self._say(request)
        elif action == "stop" and self._speech is not None:
            self._speech.stop()

    def _open(self, engine: str, language: str) -> None:
        if self._speech is not None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        usable = [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]
        if not engine and not usable:
            self._send("unavailable", reason="none", detail="no speech engine plugin loads")
            return
        speech = QTextToSpeech(engine or usable[0], self)
        if speech.state() is QTextToSpeech.State.Error:
            self._send("unavailable", reason="error", detail=speech.errorString())
            return
        self._speech = speech
        _choose_language(speech, language)
        speech.errorOccurred.connect(self._on_error)
        self._send(
            "ready", engine=speech.engine(), voices=[v.name() for v in speech.availableVoices()]
        )

    def _say(self, request: dict[str, Any]) -> None:
        speech = self._speech
        if speech is None:
            return
        wanted = str(request.get("voice", ""))
        for voice in speech.availableVoices() if wanted else ():
            if voice.name() == wanted:
                speech.setVoice(voice)
                break
        speech.setVolume(float(request.get("volume", 1.0)))
        speech.setRate(float(request.get("rate", 0.0)))
        text = str(request.get("text", ""))
        speech.enqueue(text)  # after what is still being said: a step's words in order
        self._send("said", text=text)

    def _on_error(self, _reason: object, detail: str) -> None:
        self._send("failed", detail=detail)


def _choose_language(speech: QTextToSpeech, language: str) -> None:
    """Speak the phrases' language: the system's own variant of it when the engine has
    one (en_GB on a British system), else the engine's first."""
    system = QLocale.system()
    matching = [
        locale for locale in speech.availableLocales() if locale.name().split("_")[0] == language
    ]
    if not matching:
        return
    preferred = [locale for locale in matching if locale.name() == system.name()]
    speech.setLocale((preferred or matching)[0])
