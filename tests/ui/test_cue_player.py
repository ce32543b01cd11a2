"""Sound cues: QtMultimedia where it can play, else the system beep; nothing when muted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.core.catalog import Catalog
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch, qapp) -> list[bool]:
    heard: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(True)))
    return heard


@pytest.mark.requires("audio_output")
def test_cues_play_through_qtmultimedia(qtbot: QtBot, beeps: list[bool]) -> None:
    from PySide6.QtMultimedia import QSoundEffect

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


@pytest.mark.requires("qt_multimedia")
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


SOUND_CHECK = """
import json, sys
from PySide6.QtWidgets import QApplication
from acupress_gui.core.catalog import load_catalog
from acupress_gui.core.preferences import MemoryStore, Preferences
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
from acupress_gui.ui.timer.timer_card import TimerCard
from tests.core.fake_clock import FakeClock

muted = sys.argv[1] == "muted"
app = QApplication([])
clock = FakeClock()
settings = Preferences(MemoryStore(), lambda problem: None)
settings.update(muted=muted, hold_seconds=10)
driver = HoldTimerDriver(clock, clock.wall)
card = TimerCard(driver, CuePlayer(muted), settings, LIGHT, clock)
card.show()
app.processEvents()
seen = {"at_start_up": "PySide6.QtMultimedia" in sys.modules}
card.set_entry(load_catalog().entries[0])
card.start()
seen["inside_start"] = "PySide6.QtMultimedia" in sys.modules
app.processEvents()
seen["after_start"] = "PySide6.QtMultimedia" in sys.modules
clock.advance(10)
driver.poll()  # the hold ends: the done cue plays (or the beep)
app.processEvents()
seen["after_the_cue"] = "PySide6.QtMultimedia" in sys.modules
with open("/proc/self/maps") as maps:
    libraries = maps.read()
seen["ffmpeg_backend"] = "libffmpegmediaplugin.so" in libraries
seen["qt_quick"] = "libQt6Quick.so" in libraries
print(json.dumps(seen))
"""


def sound_check(muted: bool) -> dict[str, bool]:
    """What a timer card loads in a fresh process, through a whole hold and its cue."""
    done = subprocess.run(
        [sys.executable, "-c", SOUND_CHECK, "muted" if muted else "sound"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_muted_never_loads_qtmultimedia() -> None:
    seen = sound_check(muted=True)
    assert not any(seen.values()), seen


@pytest.mark.requires("qt_multimedia")
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)")
def test_sound_loads_after_start_without_the_ffmpeg_backend_or_qt_quick() -> None:
    seen = sound_check(muted=False)
    assert not seen["at_start_up"] and not seen["inside_start"]  # Start is not held up
    assert seen["after_start"]  # loaded on the next turn of the event loop, before a cue
    assert not seen["ffmpeg_backend"] and not seen["qt_quick"]


def test_turning_the_sound_on_mid_hold_loads_the_cues_ahead(qtbot: QtBot, catalog: Catalog) -> None:
    from acupress_gui.core.preferences import MemoryStore, Preferences
    from acupress_gui.ui.common.theme import LIGHT
    from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
    from acupress_gui.ui.timer.timer_card import TimerCard
    from tests.core.fake_clock import FakeClock

    clock = FakeClock()
    player = CuePlayer(muted=True)
    muted = Preferences(MemoryStore(), lambda problem: None)
    muted.update(muted=True)
    card = TimerCard(HoldTimerDriver(clock, clock.wall), player, muted, LIGHT, clock)
    qtbot.addWidget(card)
    card.set_entry(catalog.entries[0])
    card.start()
    loaded: list[bool] = []
    player.preload = lambda: loaded.append(True)
    card.sound_button.setChecked(True)
    qtbot.waitUntil(lambda: loaded == [True])
