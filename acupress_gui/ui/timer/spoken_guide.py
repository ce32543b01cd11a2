"""Spoken guidance: each step of a hold said aloud, for a person who cannot watch.

"Press now" as a hold starts, "Switch to your left side", "Move to the next spot",
"Release slowly" at the end, and "Breathe in" and "Breathe out" at the breathing
pacer's turns: the same moments the timer card shows, taken from the same events. The
guide only decides what to say and when; a ``Speaker`` says it (``SpeechEngine`` in the
app, a fake in the tests). Where it cannot (no engine, sound off, guidance off) the
guide stays silent and the cue player's chimes play (``speaks_cues``).

What it listens to is a small set of calls, so any source of steps can drive it:
``follow(driver)`` wires a ``HoldTimerDriver``; a source that steps through the spots of
an entry calls ``spot_started(label, side)`` as each spot begins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from acupress_gui.core.breathing import breath_at, next_turn
from acupress_gui.core.history import Side
from acupress_gui.core.hold_timer import Phase, PhaseChanged, Step
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common.sentences import joined
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver, milliseconds_until
from acupress_gui.ui.timer.speech_engine import Speaker, speaks_cues

BREATH_QUIET_S = 2.5
"""No breathing word this soon after a step's words: they would crowd each other."""
BREATH_LATE_S = 1.0
"""A turn noticed later than this (the window was hidden) is let go unsaid."""
RUNNING_PHASES = frozenset({Phase.PREPARING, Phase.HOLDING, Phase.SWITCHING, Phase.RESTING})


class SpokenGuide(QObject):
    """Turns a hold's events into spoken phrases on time, on the injected clock.

    ``entry_title`` gives the title of the entry being timed, said while finding it.
    """

    def __init__(
        self,
        speaker: Speaker,
        preferences: Preferences,
        clock: Callable[[], float],
        entry_title: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._preferences = preferences
        self._clock = clock
        self._entry_title = entry_title
        self._run_started: float | None = None
        self._holding = False
        self._paused = False
        self._last_words_at = float("-inf")
        self._next_turn: float | None = None
        self._spot: str | None = None
        self._turn_timer = QTimer(self)
        self._turn_timer.setSingleShot(True)
        self._turn_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._turn_timer.timeout.connect(self.poll)
        if preferences.person.spoken_guidance:
            speaker.start()  # the guide is made after the window shows

    def follow(self, driver: HoldTimerDriver) -> None:
        """Listen to a driver's runs, steps and pauses."""
        driver.running_changed.connect(self._on_running)
        driver.phase_changed.connect(self._on_phase)
        driver.paused_changed.connect(self.paused)
        driver.frame.connect(self.poll)  # the driver's wakeups catch a late turn too
        driver.step_started.connect(self._on_step)

    # --- what happens ----------------------------------------------------------------

    def run_started(self) -> None:
        """A run of steps began: the breathing pacer counts from now, as the card's."""
        self._run_started = self._clock()
        self._spot = None
        self._paused = False

    def run_ended(self) -> None:
        self._run_started = None
        self._holding = False
        self._aim()

    def phase_started(self, phase: Phase, side: Side | None = None) -> None:
        if self._run_started is None and phase in RUNNING_PHASES:
            self.run_started()  # a driver reports a run's first step before the run
        self._holding = phase is Phase.HOLDING
        if phase is Phase.PREPARING:
            title = self._entry_title()
            self._say(
                self.tr("{title}. Find the spot.").format(title=title)
                if title
                else self.tr("Find the spot.")
            )
        elif phase is Phase.HOLDING:
            self._say(self.tr("Press now."), with_breath=True)
        elif phase is Phase.SWITCHING:
            self._say(
                self.tr("Switch to your left side.")
                if side is Side.LEFT
                else self.tr("Switch to your right side.")
            )
        elif phase is Phase.RESTING:
            self._say(self.tr("Ease off, and rest."))
        elif phase is Phase.DONE:
            self._say(self.tr("Release slowly."))
        elif phase is Phase.STOPPED:
            self._speaker.stop_speaking()
        self._aim()

    def _on_step(self, step: Step) -> None:
        """Spot by spot, a step between holds already names the next spot: the move to it
        is said as the move begins, not when the pressing does."""
        if step.label is not None:
            self.spot_started(step.label, step.side)

    def spot_started(self, label: str, side: Side) -> None:
        """A source stepping through an entry's spots began one (``side`` for "one side,
        then the other"): moving on to another spot is said; the sides, by their phases."""
        if self._spot is not None and label != self._spot:
            self._say(self.tr("Move to the next spot: {label}.").format(label=label))
        self._spot = label

    def paused(self, paused: bool) -> None:
        self._paused = paused
        if paused:
            self._speaker.stop_speaking()
        self._aim()

    def poll(self) -> None:
        """Say the breathing word of a turn that has come, then wait for the next one."""
        turn = self._next_turn
        if turn is not None and self._run_started is not None:
            now = self._clock()
            if now >= turn:
                if now - turn <= BREATH_LATE_S and now - self._last_words_at >= BREATH_QUIET_S:
                    self._say_breath(self._breath_words(turn - self._run_started), now)
                self._next_turn = None
        self._aim()

    # --- saying ----------------------------------------------------------------------

    def _on_running(self, running: bool) -> None:
        if not running:
            self.run_ended()

    def _on_phase(self, event: PhaseChanged) -> None:
        self.phase_started(event.phase, event.step.side if event.step is not None else None)

    def _speaking(self) -> bool:
        return speaks_cues(self._preferences, self._speaker)

    def _say(self, words: str, with_breath: bool = False) -> None:
        if not self._speaking():
            return
        if with_breath and self._breathing_said() and self._run_started is not None:
            words = joined(words, self._breath_words(self._clock() - self._run_started))
        self._speak(words)
        self._last_words_at = self._clock()

    def _say_breath(self, words: str, now: float) -> None:
        if self._speaking() and self._breathing_said():
            self._speak(words)
            self._last_words_at = now

    def _speak(self, words: str) -> None:
        person = self._preferences.person
        self._speaker.say(words, person.speech_volume / 100, person.speech_voice)

    def _breathing_said(self) -> bool:
        return self._preferences.person.speak_breathing

    def _breath_words(self, elapsed: float) -> str:
        # Just after a turn, so a turn itself counts as the breath it begins.
        inhaling = breath_at(elapsed + 1e-6).inhaling
        return self.tr("Breathe in.") if inhaling else self.tr("Breathe out.")

    def _aim(self) -> None:
        """Wake at the next breathing turn while a hold runs and words are wanted."""
        started = self._run_started
        quiet = not (self._speaking() and self._breathing_said())
        if started is None or not self._holding or self._paused or quiet:
            self._next_turn = None
            self._turn_timer.stop()
            return
        if self._next_turn is None:
            self._next_turn = started + next_turn(self._clock() - started)
        self._turn_timer.start(milliseconds_until(self._next_turn - self._clock()))
