"""Spoken guidance through the window, with a fake speech engine on the fake clock: the
phrases asked for at each moment of a hold, and the chimes wherever nothing is said."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.composition import Services, build_services
from acupress_gui.core.history import HistoryRecorder, Side
from acupress_gui.core.hold_choices import PressOrder
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.theme import LIGHT
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer
from acupress_gui.ui.timer.sound_speech_dialog import SoundSpeechDialog
from acupress_gui.ui.timer.speech_engine import Availability
from acupress_gui.ui.timer.spoken_guide import SpokenGuide
from acupress_gui.ui.timer.timer_card import CUSTOM
from tests.core.fake_clock import FakeClock
from tests.ui.conftest import StoredSettings
from tests.ui.fake_speech import FakeSpeechEngine


class Chime:
    """A loaded cue sound that notes when it plays."""

    class Status:
        Error = "error"

    def __init__(self, cue: Cue, played: list[Cue]) -> None:
        self._cue = cue
        self._played = played

    def status(self) -> str:
        return "ready"

    def play(self) -> None:
        self._played.append(self._cue)


@pytest.fixture
def chimes(monkeypatch: pytest.MonkeyPatch) -> list[Cue]:
    """The cues that reach the speakers: the player's own choice whether to play is kept."""
    played: list[Cue] = []
    monkeypatch.setattr(CuePlayer, "_effect", lambda self, cue: Chime(cue, played))
    return played


@pytest.fixture
def engine_works() -> bool:
    return True


@pytest.fixture
def speech(clock: FakeClock, engine_works: bool) -> FakeSpeechEngine:
    return FakeSpeechEngine(clock, works=engine_works)


@pytest.fixture
def make_services(
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
    speech: FakeSpeechEngine,
) -> Callable[[], Services]:
    def make() -> Services:
        return build_services(paths, LIGHT, clock=clock, recorder=recorder, speech=speech)  # type: ignore[arg-type]

    return make


@pytest.fixture
def guided(stored_settings: StoredSettings) -> None:
    """Spoken guidance chosen before the window opens."""
    stored_settings.change(spoken_guidance=True, speech_volume=60, speech_voice="Bert")


def step(window: DesktopWindow, clock: FakeClock, seconds: int) -> None:
    """Let time pass a second at a time, each waking the driver as the event loop would."""
    for _ in range(seconds):
        clock.advance(1)
        window.view.driver.poll()


def one_side_then_the_other(window: DesktopWindow, hold: int) -> None:
    card = window.view.timer_card
    window.view.select_entry("commanding-middle")
    card.sides.setCurrentIndex(card.sides.findText("One side, then the other"))
    card.duration.setCurrentIndex(card.duration.findData(CUSTOM))
    card.custom_seconds.setValue(hold)


@pytest.mark.usefixtures("guided")
def test_each_step_and_breath_is_said_on_time_and_no_chime_sounds(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine, chimes: list[Cue]
) -> None:
    assert speech.starts == 1  # started with the window's first visitor, as it was chosen
    one_side_then_the_other(window, hold=20)
    start = clock()
    window.view.timer_card.request_start()
    step(window, clock, 46)  # right 20 s, switch 5 s, left 20 s, and a second to spare

    # Breathing runs 4 s in, 6 s out from the start of the run, as the circle does.
    assert speech.timeline(start) == [
        (0, "Press now. Breathe in."),
        (4, "Breathe out."),
        (10, "Breathe in."),
        (14, "Breathe out."),
        (20, "Switch to your left side."),
        (25, "Press now. Breathe out."),  # in mid-breath: the pacer never restarts
        (30, "Breathe in."),
        (34, "Breathe out."),
        (40, "Breathe in."),
        (44, "Breathe out."),
        (45, "Release slowly."),
    ]
    assert {(volume, voice) for _at, _text, volume, voice in speech.said} == {(0.6, "Bert")}
    assert chimes == []  # the words are the cues


@pytest.mark.usefixtures("guided")
@pytest.mark.parametrize("engine_works", [False])
def test_without_a_speech_engine_nothing_is_said_and_the_chimes_play(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine, chimes: list[Cue]
) -> None:
    assert speech.availability is Availability.UNAVAILABLE
    one_side_then_the_other(window, hold=10)
    window.view.timer_card.request_start()
    step(window, clock, 26)
    assert speech.said == []
    assert chimes == [Cue.SWITCH, Cue.DONE]


def test_guidance_is_off_by_default_and_the_engine_never_starts(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine, chimes: list[Cue]
) -> None:
    one_side_then_the_other(window, hold=10)
    window.view.timer_card.request_start()
    step(window, clock, 26)
    assert speech.starts == 0
    assert speech.said == []
    assert chimes == [Cue.SWITCH, Cue.DONE]


@pytest.mark.usefixtures("guided")
def test_sound_off_silences_the_words_and_the_chimes(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine, chimes: list[Cue]
) -> None:
    window.view.timer_card.sound_button.setChecked(False)
    one_side_then_the_other(window, hold=10)
    window.view.timer_card.request_start()
    step(window, clock, 26)
    assert (speech.said, chimes) == ([], [])


@pytest.mark.usefixtures("guided")
def test_an_engine_that_stops_answering_hands_the_cues_back_to_the_chimes(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine, chimes: list[Cue]
) -> None:
    one_side_then_the_other(window, hold=10)
    window.view.timer_card.request_start()
    step(window, clock, 10)
    assert speech.texts()[-1] == "Switch to your left side."
    assert chimes == []
    speech.fail()
    step(window, clock, 16)
    assert chimes == [Cue.DONE]


@pytest.mark.usefixtures("guided")
def test_a_pause_cuts_the_words_short_and_no_breath_is_said_until_resumed(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine
) -> None:
    card = window.view.timer_card
    window.view.select_entry("wind-pool")
    start = clock()
    card.request_start()
    step(window, clock, 2)
    card.toggle_pause()
    assert speech.stops == [start + 2]
    step(window, clock, 30)
    assert speech.texts(since=start + 1) == []
    card.toggle_pause()
    step(window, clock, 9)  # to 41 s; the breathing pacer kept its pace through the pause
    assert speech.timeline(start)[1:] == [(34, "Breathe out."), (40, "Breathe in.")]


@pytest.mark.usefixtures("guided")
def test_stopping_cuts_the_words_short(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    step(window, clock, 3)
    window.view.timer_card.stop_button.click()
    assert speech.stops == [clock()]
    step(window, clock, 20)
    assert speech.texts() == ["Press now. Breathe in."]


@pytest.mark.usefixtures("guided", "sentences_run_on")
def test_a_step_and_its_breath_are_said_as_the_language_joins_sentences(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine
) -> None:
    window.view.select_entry("wind-pool")
    window.view.timer_card.request_start()
    step(window, clock, 3)
    assert speech.texts() == ["Press now.Breathe in."]


@pytest.fixture
def short_routine(stored_settings: StoredSettings) -> None:
    stored_settings.change(
        spoken_guidance=True,
        speak_breathing=False,
        hold_seconds=10,
        may_be_pregnant=False,
        routine_entries=["wind-pool", "heavenly-pillar"],
    )


@pytest.mark.usefixtures("short_routine")
def test_in_a_routine_the_lead_in_names_the_next_entry(
    qtbot: QtBot, window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine
) -> None:
    start = clock()
    window.view.start_routine()
    step(window, clock, 10)
    qtbot.wait(1)  # the routine starts its next entry from the event loop
    step(window, clock, 20)
    assert speech.timeline(start) == [
        (0, "Press now."),
        (10, "Release slowly."),
        (10, "Heavenly Pillar. Find the spot."),
        (20, "Press now."),
        (30, "Release slowly."),
    ]


def test_moving_on_to_another_spot_is_said_and_the_first_is_not(
    clock: FakeClock, settings_with_guidance: Preferences
) -> None:
    speech = FakeSpeechEngine(clock)
    speech.start()
    owner = QObject()
    guide = SpokenGuide(speech, settings_with_guidance, clock, lambda: None, owner)
    guide.spot_started("Upper pair", Side.BOTH)
    guide.spot_started("Upper pair", Side.LEFT)  # the same spot's other side
    clock.advance(30)
    guide.spot_started("Lower pair", Side.BOTH)
    assert speech.timeline(1000) == [(30, "Move to the next spot: Lower pair.")]
    owner.deleteLater()


@pytest.fixture
def settings_with_guidance() -> Preferences:
    from acupress_gui.core.preferences import MemoryStore

    preferences = Preferences(MemoryStore(), lambda problem: None)
    preferences.update(spoken_guidance=True)
    return preferences


# --- the Sound and speech dialog ------------------------------------------------------


@pytest.fixture
def answer_dialog(monkeypatch: pytest.MonkeyPatch) -> list[SoundSpeechDialog]:
    """Dialogs run through questions.run_dialog are kept for the test to answer."""
    shown: list[SoundSpeechDialog] = []

    def run(dialog: SoundSpeechDialog, accepted: Callable[[], None]) -> None:
        shown.append(dialog)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    monkeypatch.setattr(questions, "run_dialog", run)
    return shown


def test_the_dialog_lists_the_voices_tries_them_and_saves_the_choices(
    qtbot: QtBot,
    window: DesktopWindow,
    speech: FakeSpeechEngine,
    stored_settings: StoredSettings,
    answer_dialog: list[SoundSpeechDialog],
) -> None:
    window.sound_action.trigger()
    [dialog] = answer_dialog
    assert speech.is_ready()  # opening it looked for the engine
    assert not dialog.spoken.isChecked() and not dialog.details.isEnabled()
    names = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert names == ["Default voice", "anna", "Bert", "Lena"]  # not each variant again

    dialog.spoken.setChecked(True)
    dialog.voice.setCurrentIndex(dialog.voice.findData("Lena"))
    dialog.volume.setValue(35)
    assert dialog.volume_label.text() == "35 %"
    dialog.try_button.click()
    assert speech.said[-1][1:] == ("Press now. Breathe in.", 0.35, "Lena")

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    person = stored_settings.person
    assert (person.spoken_guidance, person.speech_voice, person.speech_volume) == (
        True,
        "Lena",
        35,
    )
    qtbot.wait(1)


@pytest.mark.parametrize("engine_works", [False])
def test_without_an_engine_the_dialog_says_what_to_install(
    window: DesktopWindow, answer_dialog: list[SoundSpeechDialog]
) -> None:
    window.sound_action.trigger()
    [dialog] = answer_dialog
    dialog.spoken.setChecked(True)
    assert "speech-dispatcher-espeak-ng" in dialog.status.text()
    assert "chimes play instead" in dialog.status.text()
    assert not dialog.try_button.isEnabled()
    dialog.reject()


def test_a_chosen_voice_the_engine_lacks_is_kept(
    window: DesktopWindow, answer_dialog: list[SoundSpeechDialog]
) -> None:
    window.preferences.update(speech_voice="Gone")
    window.sound_action.trigger()
    [dialog] = answer_dialog
    assert dialog.voice.currentText() == "Gone"
    assert dialog.choices()["speech_voice"] == "Gone"
    dialog.reject()


@pytest.mark.usefixtures("guided")
def test_spot_by_spot_the_move_to_each_next_pair_is_said_as_the_move_begins(
    window: DesktopWindow, clock: FakeClock, speech: FakeSpeechEngine
) -> None:
    card = window.view.timer_card
    window.view.select_entry("sea-of-vitality")  # two pairs: BL23, then BL52
    card.press_order.setCurrentIndex(card.press_order.findData(PressOrder.SPOT_BY_SPOT.value))
    card.duration.setCurrentIndex(card.duration.findData(CUSTOM))
    card.custom_seconds.setValue(20)
    plan = card.plan()
    labels = plan.spot_labels
    start = clock()
    card.request_start()
    step(window, clock, int(2 * plan.hold_seconds + plan.move_seconds) + 1)
    said = [(at, text) for at, text in speech.timeline(start) if not text.startswith("Breathe")]
    assert said[0] == (0, "Press now. Breathe in.")
    assert (20, f"Move to the next spot: {labels[1]}.") in said
    assert said[-1][1] == "Release slowly."
    assert not any(labels[0] in text for _at, text in said)  # the first spot is not "next"
