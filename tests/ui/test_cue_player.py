"""Sound cues: QtMultimedia where it can play, else the system beep; nothing when muted."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.ui.timer.cue_player import Cue, CuePlayer


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch, qapp) -> list[bool]:
    heard: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(True)))
    return heard


def test_cues_play_through_qtmultimedia(qtbot: QtBot, beeps: list[bool]) -> None:
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    if not QMediaDevices.audioOutputs():
        reason = "no audio output device (CI starts PulseAudio with a null sink)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true, so the sound path may not be skipped")
        pytest.skip(reason)
    player = CuePlayer()
    player.preload()
    for cue in Cue:
        effect = player.effect(cue)
        assert isinstance(effect, QSoundEffect)
        qtbot.waitUntil(lambda e=effect: e.status() != QSoundEffect.Status.Loading, timeout=5000)
        assert effect.status() == QSoundEffect.Status.Ready, cue
    done = player.effect(Cue.DONE)
    with qtbot.waitSignal(done.playingChanged, timeout=3000):
        player.play(Cue.DONE)
    assert player.backend == "QtMultimedia"
    assert beeps == []


@pytest.mark.qt_log_ignore("Error decoding source")  # the file is missing on purpose
def test_a_cue_that_cannot_play_falls_back_to_the_beep(qtbot: QtBot, beeps: list[bool]) -> None:
    from PySide6.QtMultimedia import QSoundEffect

    player = CuePlayer()
    effect = player.effect(Cue.SWITCH)
    effect.setSource(QUrl.fromLocalFile("/nonexistent/cue.wav"))
    qtbot.waitUntil(lambda: effect.status() == QSoundEffect.Status.Error, timeout=5000)
    player.play(Cue.SWITCH)
    assert beeps == [True]


def test_without_qtmultimedia_the_system_beeps(
    monkeypatch: pytest.MonkeyPatch, beeps: list[bool]
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # the import now fails
    player = CuePlayer()
    player.play(Cue.SWITCH)
    player.play(Cue.DONE)
    assert player.backend == "system beep"
    assert beeps == [True, True]


def test_muted_plays_nothing(monkeypatch: pytest.MonkeyPatch, beeps: list[bool]) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    CuePlayer(muted=True).play(Cue.DONE)
    assert beeps == []
