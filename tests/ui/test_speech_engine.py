"""The speech helper process and the app's side of it: real processes, no waiting in the
window's thread; the real speech engine where this machine has one."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from acupress_gui.ui.timer import speech_engine
from acupress_gui.ui.timer.speech_engine import Availability, Problem, SpeechEngine

READY_TIMEOUT_MS = 40_000


@pytest.fixture
def engines() -> Iterator[list[SpeechEngine]]:
    """Engines made by a test, each closed after it (the helper must not outlive it)."""
    made: list[SpeechEngine] = []
    yield made
    for engine in made:
        engine.close()
        engine.deleteLater()


def started(engines: list[SpeechEngine], qtbot: QtBot, **arguments: object) -> SpeechEngine:
    engine = SpeechEngine("en", **arguments)  # type: ignore[arg-type]
    engines.append(engine)
    engine.start()
    assert engine.availability is Availability.STARTING  # at once: nothing was waited for
    qtbot.waitUntil(
        lambda: engine.availability is not Availability.STARTING, timeout=READY_TIMEOUT_MS
    )
    return engine


def helper_process(engine: SpeechEngine) -> QProcess | None:
    return engine.findChild(QProcess)


def test_the_helper_opens_an_engine_lists_its_voices_and_takes_phrases(
    qtbot: QtBot, engines: list[SpeechEngine]
) -> None:
    """Through Qt's own test engine, which every PySide6 carries and which says nothing."""
    engine = started(engines, qtbot, engine="mock")
    assert engine.is_ready() and engine.engine_name == "mock"
    assert engine.voices  # the mock engine's two voices
    engine.say("Press now.", 0.5, engine.voices[-1])
    engine.stop_speaking()
    engine.say("Release slowly.", 0.5, "")
    qtbot.wait(300)
    assert engine.is_ready()  # it answered every phrase in time

    process = helper_process(engine)
    assert process is not None
    engine.close()
    assert process.state() is QProcess.ProcessState.NotRunning  # its input closed: it ended


def test_a_machine_without_an_engine_is_told_apart(
    qtbot: QtBot, engines: list[SpeechEngine]
) -> None:
    answer = '{"event": "unavailable", "reason": "none", "detail": "no plugin"}'
    script = f"import sys; print({answer!r}, flush=True); sys.stdin.read()"
    engine = started(engines, qtbot, command=[sys.executable, "-c", script])
    assert engine.availability is Availability.UNAVAILABLE
    assert engine.problem is Problem.NO_ENGINE
    engine.say("Press now.", 1.0, "")  # nothing to say it: ignored, no error


def test_a_helper_that_never_answers_is_given_up_and_killed(
    qtbot: QtBot, engines: list[SpeechEngine], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As with a speech-dispatcher that cannot reach a sound server: it hangs for good."""
    monkeypatch.setattr(speech_engine, "OPEN_TIMEOUT_MS", 300)
    engine = SpeechEngine("en", command=[sys.executable, "-c", "import time; time.sleep(60)"])
    engines.append(engine)
    engine.start()
    process = helper_process(engine)
    assert process is not None
    with qtbot.waitSignal(process.finished, timeout=5000):  # killed, not waited for
        qtbot.waitUntil(lambda: engine.availability is Availability.UNAVAILABLE, timeout=5000)
    assert engine.problem is Problem.NO_ANSWER


def test_a_helper_that_dies_leaves_the_chimes_to_it(
    qtbot: QtBot, engines: list[SpeechEngine]
) -> None:
    engine = started(engines, qtbot, command=[sys.executable, "-c", "raise SystemExit(3)"])
    assert engine.problem is Problem.ENGINE_FAILED


def test_a_program_that_cannot_start_is_an_unavailable_engine(
    qtbot: QtBot, engines: list[SpeechEngine]
) -> None:
    engine = started(engines, qtbot, command=["/nonexistent/acupress-speech"])
    assert engine.problem is Problem.ENGINE_FAILED


@pytest.mark.requires("speech_engine", "audio_output")
def test_the_real_engine_speaks(qtbot: QtBot, engines: list[SpeechEngine]) -> None:
    """This machine's own engine (speech-dispatcher with eSpeak NG on Debian), as a
    person with spoken guidance on would hear it."""
    engine = started(engines, qtbot)
    assert engine.is_ready(), engine.problem
    assert engine.engine_name != "mock" and engine.voices
    engine.say("Press now. Breathe in.", 0.8, "")
    engine.say("Release slowly.", 0.8, engine.voices[0])
    qtbot.wait(2000)  # time to say both: an engine failing now reports it
    assert engine.is_ready()
