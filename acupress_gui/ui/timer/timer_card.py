"""The hold timer card: the dial, what to do now, the controls and the choices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.breathing import breath_at, next_turn, seconds_until_moved
from acupress_gui.core.catalog import Entry
from acupress_gui.core.catalog import Side as PointSide
from acupress_gui.core.history import HoldRecord, Side
from acupress_gui.core.hold_choices import (
    MAX_CHOSEN_SECONDS,
    MAX_SETS,
    MIN_CHOSEN_SECONDS,
    PRESET_SECONDS,
    SideMode,
)
from acupress_gui.core.hold_timer import (
    HoldEnded,
    HoldPlan,
    HoldTimer,
    Phase,
    PhaseChanged,
    Step,
)
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer
from acupress_gui.ui.timer.hold_timer_driver import (
    HoldTimerDriver,
    Refresh,
    milliseconds_until,
)
from acupress_gui.ui.timer.timer_dial import TimerDial

CUE_FLASH_MS = 1500
MOTION_STEP_PX = 1.0
"""The breathing circle and the ring are redrawn each time they have moved a pixel."""
MIN_FRAME_S = 0.04
"""At most 25 frames a second, however large the dial or short the step."""
CUSTOM = -1
"""The duration list's "Custom" item."""


class TimerCard(QFrame):
    """Times holds of the selected entry; choices are locked while a hold runs.

    Space starts, pauses and resumes, Esc stops; both only while focus is in the card,
    so they never fight a focused button or a dialog.

    Start (the button or Space) only asks: whoever leads the session answers with
    ``start()``, after the pain check-in if there is one.

    The driver wakes it at each whole second. In between, the card wakes itself only
    when something drawn would change: when the breathing circle or the ring has moved
    a pixel (often in mid-breath, seldom at the turns), or with reduced motion when the
    words turn from in to out. While nothing of it is on screen (hidden, minimized, its
    window unmapped) it asks the driver for the steps' ends alone, and it catches up
    with the clock the moment it can be seen again, so it never shows a stale time.

    Signals:
        start_requested(): the person pressed Start.
        hold_ended(HoldRecord): a hold finished or was stopped; the history keeps it.
    """

    start_requested = Signal()
    hold_ended = Signal(object)

    def __init__(
        self,
        driver: HoldTimerDriver,
        cues: CuePlayer,
        preferences: Preferences,
        theme: Theme,
        clock: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click here lets Space work
        self._driver = driver
        self._cues = cues
        self._preferences = preferences
        self._clock = clock
        self._entry: Entry | None = None
        self._timed_entry: Entry | None = None
        self._run_started = 0.0
        self._seconds_left = 0
        self._cue_active = False
        self._cue_timer = QTimer(self)
        self._cue_timer.setSingleShot(True)
        self._cue_timer.setInterval(CUE_FLASH_MS)
        self._cue_timer.timeout.connect(self._end_cue)
        self._next_redraw = QTimer(self)
        self._next_redraw.setObjectName("nextRedraw")
        self._next_redraw.setSingleShot(True)
        self._next_redraw.setTimerType(Qt.TimerType.PreciseTimer)
        self._next_redraw.timeout.connect(self._redraw)

        self.dial = TimerDial(theme)
        self.dial.installEventFilter(self)
        self.entry_label = self._label("timerEntry")
        self.phase_label = self._label("timerPhase")
        self.breath_label = self._label("timerBreath")
        self.start_button = QPushButton(self.tr("Start"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.start_button.setObjectName("primaryButton")
        self.sound_button = QToolButton()
        self.sound_button.setObjectName("soundToggle")
        self.sound_button.setCheckable(True)
        self.duration = QComboBox()
        self.custom_seconds = QSpinBox()
        self.sets = QSpinBox()
        self.sides = QComboBox()
        self._build_layout()
        self._load_preferences()
        self._connect()
        self.set_entry(None)

    # --- building ------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_layout(self) -> None:
        for seconds in PRESET_SECONDS:
            text = (
                self.tr("{n} s").format(n=seconds)
                if seconds < 60
                else self.tr("{n} min").format(n=seconds // 60)
            )
            self.duration.addItem(text, seconds)
        self.duration.addItem(self.tr("Custom"), CUSTOM)
        self.duration.setAccessibleName(self.tr("Hold for"))
        self.custom_seconds.setRange(MIN_CHOSEN_SECONDS, MAX_CHOSEN_SECONDS)
        self.custom_seconds.setSingleStep(5)
        self.custom_seconds.setSuffix(self.tr(" s"))
        self.custom_seconds.setAccessibleName(self.tr("Custom hold, seconds"))
        self.sets.setRange(1, MAX_SETS)
        self.sets.setAccessibleName(self.tr("Sets"))
        self.sides.addItem(self.tr("Both sides at once"), SideMode.BOTH_AT_ONCE.value)
        self.sides.addItem(self.tr("One side, then the other"), SideMode.ONE_THEN_OTHER.value)
        self.sides.setAccessibleName(self.tr("Sides"))

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sound_button)

        choices = QGridLayout()
        choices.setHorizontalSpacing(8)
        choices.setVerticalSpacing(6)
        hold_label = QLabel(self.tr("Hold"))
        hold_label.setBuddy(self.duration)
        sets_label = QLabel(self.tr("Sets"))
        sets_label.setBuddy(self.sets)
        choices.addWidget(hold_label, 0, 0)
        choices.addWidget(self.duration, 0, 1)
        choices.addWidget(self.custom_seconds, 0, 2)
        choices.addWidget(sets_label, 0, 3)
        choices.addWidget(self.sets, 0, 4)
        choices.addWidget(self.sides, 1, 0, 1, 6)
        choices.setColumnStretch(5, 1)

        words = QVBoxLayout()
        words.setSpacing(4)
        words.addStretch(1)
        words.addWidget(self.entry_label)
        words.addWidget(self.phase_label)
        words.addWidget(self.breath_label)
        words.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.dial)
        top.addLayout(words, 1)

        # Controls run the card's full width under the dial, so it stays narrow
        # enough to leave the body map most of a small window.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(choices)

    def _load_preferences(self) -> None:
        settings = self._preferences.person
        preset = self.duration.findData(settings.hold_seconds)
        self.duration.setCurrentIndex(preset if preset >= 0 else self.duration.findData(CUSTOM))
        self.custom_seconds.setValue(settings.hold_seconds)
        self.sets.setValue(settings.hold_sets)
        # findData() gives -1 for a value from a newer version: keep the default then.
        self.sides.setCurrentIndex(max(self.sides.findData(settings.side_mode.value), 0))
        self.sound_button.setChecked(not settings.muted)
        self._cues.muted = settings.muted
        self._show_sound_state()
        self._show_custom()

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.request_start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self._driver.stop)
        self.sound_button.toggled.connect(self._on_sound_toggled)
        self.duration.currentIndexChanged.connect(self._on_choice_changed)
        self.custom_seconds.valueChanged.connect(self._on_choice_changed)
        self.sets.valueChanged.connect(self._on_choice_changed)
        self.sides.currentIndexChanged.connect(self._on_choice_changed)

        for key, slot in (
            (Qt.Key.Key_Space, self.start_or_pause),
            (Qt.Key.Key_Escape, self._driver.stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        driver = self._driver
        driver.phase_changed.connect(self._on_phase_changed)
        driver.second_ticked.connect(self._on_second)
        driver.sides_switched.connect(self._on_sides_switched)
        driver.hold_ended.connect(self._on_hold_ended)
        driver.finished.connect(self._on_finished)
        driver.frame.connect(self._redraw)
        driver.running_changed.connect(self._update_controls)
        driver.paused_changed.connect(self._update_controls)

    # --- what the card shows -------------------------------------------------------

    def set_entry(self, entry: Entry | None) -> None:
        """The entry a new hold will time (a running hold keeps its own)."""
        self._entry = entry
        if not self._driver.is_running():
            self._show_idle()
        self._update_controls()

    def timed_entry(self) -> Entry | None:
        """The entry of the current (or last) hold."""
        return self._timed_entry

    def set_reduced_motion(self, reduced: bool) -> None:
        self._preferences.update(reduced_motion=reduced)
        self._redraw()

    # --- how often the timer is looked at ------------------------------------------

    def _on_screen(self) -> bool:
        """Whether anything drawn now can be seen."""
        window = self.window()
        handle = window.windowHandle()
        return (
            self.isVisible()
            and not window.isMinimized()
            and handle is not None
            and handle.isExposed()
        )

    def _follow_screen(self) -> None:
        self._driver.set_refresh(Refresh.SECONDS if self._on_screen() else Refresh.STEPS)

    def _catch_up(self) -> None:
        """If it can be seen again, bring the time and words up to date before they are
        painted, and have the driver refresh them again."""
        if self._driver.refresh is not Refresh.STEPS:
            return
        self._follow_screen()
        if self._driver.refresh is not Refresh.STEPS:
            self._driver.poll()

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden, hidden to the tray, minimized, or put behind the session summary."""
        self._driver.set_refresh(Refresh.STEPS)
        self._next_redraw.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An unmapped window (a window manager minimizing it, another virtual desktop)
        # tells no widget. The next redraw finds it unexposed and stops asking for
        # seconds and frames; the repaint when it is mapped again starts them again.
        if watched is self.dial and event.type() == QEvent.Type.Paint:
            self._catch_up()
        return False

    def plan(self, lead_in_seconds: float = 0.0, hold_seconds: int | None = None) -> HoldPlan:
        """The hold the current choices describe; ``hold_seconds`` overrides its length
        (a routine's own hold for an entry)."""
        seconds = self.duration.currentData() if hold_seconds is None else hold_seconds
        if seconds == CUSTOM:
            seconds = self.custom_seconds.value()
        mode = self.side_mode() if self._is_paired(self._entry) else SideMode.BOTH_AT_ONCE
        return HoldPlan.chosen(seconds, self.sets.value(), mode, lead_in_seconds)

    def side_mode(self) -> SideMode:
        # The combo box keeps the StrEnum as a plain string; turn it back.
        return SideMode(self.sides.currentData())

    def _is_paired(self, entry: Entry | None) -> bool:
        return entry is not None and any(p.side is PointSide.PAIRED for p in entry.points)

    def _show_idle(self) -> None:
        plan = self.plan()
        self._seconds_left = round(plan.hold_seconds)
        if self._entry is None:
            self.entry_label.setText(self.tr("Hold timer"))
            self.phase_label.setText(self.tr("Choose a point first"))
        else:
            self.entry_label.setText(self._entry.title)
            self.phase_label.setText(self.tr("Ready when you are"))
        self.breath_label.setText(
            self.tr("Find the spot, rest your thumbs on it, then press Start.")
            if self._entry
            else ""
        )
        self.dial.set_state(self._seconds_left, 1.0, None, highlight=self._cue_active)

    # --- commands ------------------------------------------------------------------

    def request_start(self) -> None:
        if self._entry is not None and not self._driver.is_running():
            self.start_requested.emit()

    def start(self, lead_in_seconds: float = 0.0, hold_seconds: int | None = None) -> None:
        """Time the selected entry now, after ``lead_in_seconds`` to find the point, for
        ``hold_seconds`` when the routine gives the entry its own hold.

        Called by the session flow, which opens the sitting each hold is saved under.
        """
        if self._entry is None or self._driver.is_running():
            return
        self._timed_entry = self._entry
        self._run_started = self._clock()
        self._follow_screen()
        self._driver.start(self.plan(lead_in_seconds, hold_seconds))
        self._preload_cues()

    def _preload_cues(self) -> None:
        """Load the sounds on the event loop's next turn: Start answers at once, and the
        first cue, seconds later, plays on time. Muted, nothing loads."""
        if not self._cues.muted:
            QTimer.singleShot(0, self._cues, self._cues.preload)

    def toggle_pause(self) -> None:
        timer = self._driver.timer
        if timer is None or not self._driver.is_running():
            return
        if timer.paused:
            self._driver.resume()
        else:
            self._driver.pause()

    def start_or_pause(self) -> None:
        if self._driver.is_running():
            self.toggle_pause()
        else:
            self.request_start()

    # --- timer events --------------------------------------------------------------

    def _on_phase_changed(self, event: PhaseChanged) -> None:
        step = event.step
        sets = self._driver.timer.plan.sets if self._driver.timer else 1
        texts = {
            Phase.PREPARING: self.tr("Next: find the point"),
            Phase.HOLDING: self.tr("Press and hold"),
            Phase.SWITCHING: self.tr("Switch to your left side"),
            Phase.RESTING: self.tr("Rest"),
            Phase.DONE: self.tr("Done"),
            Phase.STOPPED: self.tr("Stopped"),
        }
        text = texts.get(event.phase, "")
        if step is not None and step.phase is Phase.HOLDING and step.side is not Side.BOTH:
            side = (
                self.tr("your right side") if step.side is Side.RIGHT else self.tr("your left side")
            )
            text = self.tr("Press and hold: {side}").format(side=side)
        self.phase_label.setText(text)
        title = self._timed_entry.title if self._timed_entry else ""
        if step is not None and sets > 1:
            title = self.tr("{title} \u00b7 set {n} of {total}").format(
                title=title, n=step.set_number, total=sets
            )
        self.entry_label.setText(title)
        if event.phase is Phase.STOPPED:
            self.breath_label.setText(self.tr("Stopped early. The time you held is saved."))
        self._redraw()

    def _on_second(self, seconds: int) -> None:
        self._seconds_left = seconds
        self._redraw()

    def _on_sides_switched(self, side: Side) -> None:
        self._cues.play(Cue.SWITCH)
        self._show_cue()

    def _on_finished(self) -> None:
        self._cues.play(Cue.DONE)
        self._show_cue()
        self.breath_label.setText(self.tr("Release slowly. Well done."))

    def _on_hold_ended(self, event: HoldEnded) -> None:
        entry = self._timed_entry
        if entry is None:
            return
        self.hold_ended.emit(
            HoldRecord(
                entry_id=entry.id,
                point_codes=entry.codes,
                side=event.side,
                set_number=event.set_number,
                started_at=event.started_at,
                planned_seconds=event.planned_seconds,
                held_seconds=event.held_seconds,
                completed=event.completed,
            )
        )

    def _show_cue(self) -> None:
        """The cue that works with the sound off: the ring and the words turn amber."""
        self._cue_active = True
        self.setProperty("cue", True)
        self._repolish()
        self._cue_timer.start()
        self.dial.set_highlight(True)
        self._redraw()

    def _end_cue(self) -> None:
        self._cue_active = False
        self.setProperty("cue", False)
        self._repolish()
        self.dial.set_highlight(False)
        self._redraw()

    def _repolish(self) -> None:
        for widget in (self, self.phase_label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _redraw(self) -> None:
        timer = self._driver.timer
        step = timer.step if timer is not None else None
        if timer is None or step is None:  # idle, done or stopped
            self._next_redraw.stop()
            if timer is not None and timer.phase in (Phase.DONE, Phase.STOPPED):
                self.dial.set_state(0, 0.0, None, highlight=self._cue_active)
            return
        if self._driver.refresh is not Refresh.STEPS:
            self._follow_screen()  # the window may have been unmapped since the last frame
        breathing = timer.phase is Phase.HOLDING
        elapsed = self._clock() - self._run_started
        breath = breath_at(elapsed)
        if breathing:
            words = self.tr("Breathe in") if breath.inhaling else self.tr("Breathe out")
            self._say(self.tr("Paused") if timer.paused else words)
        elif timer.phase is Phase.PREPARING:
            self._say(self.tr("Move your hands to the point shown"))
        elif timer.phase is Phase.RESTING:
            self._say(self.tr("Let your hands rest"))
        elif timer.phase is Phase.SWITCHING:
            self._say(self.tr("Move your thumbs to your left side"))
        reduced_motion = self._preferences.person.reduced_motion
        self._aim_next_redraw(timer, step, elapsed, reduced_motion)
        # With reduced motion the ring moves with the digits, not between them.
        share_left = self._seconds_left / step.seconds if reduced_motion else 1 - timer.progress()
        animate = breathing and not timer.paused and not reduced_motion
        self.dial.set_state(
            self._seconds_left,
            share_left,
            breath.fullness if animate else (0.5 if breathing else None),
            highlight=self._cue_active,
        )

    def _aim_next_redraw(
        self, timer: HoldTimer, step: Step, elapsed: float, reduced_motion: bool
    ) -> None:
        """Wake when what is drawn next changes between the driver's seconds."""
        if self._driver.refresh is Refresh.STEPS or timer.paused:
            self._next_redraw.stop()
            return
        breathing = step.phase is Phase.HOLDING
        if reduced_motion:
            if not breathing:
                self._next_redraw.stop()
                return
            wait = next_turn(elapsed) - elapsed
        else:
            circle_px, ring_px = self.dial.motion_pixels()
            wait = max(step.seconds * MOTION_STEP_PX / max(ring_px, 1.0), MIN_FRAME_S)
            if breathing:
                moved = seconds_until_moved(elapsed, MOTION_STEP_PX / max(circle_px, 1.0))
                wait = min(wait, max(moved, MIN_FRAME_S))
        second = timer.next_second()
        if second is not None and second - (self._clock() + wait) < MIN_FRAME_S:
            self._next_redraw.stop()  # the driver's next second comes first, or just after
            return
        self._next_redraw.start(milliseconds_until(wait))

    def _say(self, words: str) -> None:
        """Change the words only when they change: new text relays the card out."""
        if self.breath_label.text() != words:
            self.breath_label.setText(words)

    # --- controls and preferences --------------------------------------------------

    def _update_controls(self) -> None:
        running = self._driver.is_running()
        timer = self._driver.timer
        paused = running and timer is not None and timer.paused
        self.start_button.setEnabled(self._entry is not None and not running)
        self.pause_button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.stop_button.setEnabled(running)
        for choice in (self.duration, self.custom_seconds, self.sets):
            choice.setEnabled(not running)
        self.sides.setEnabled(not running and self._is_paired(self._entry))
        if not running:
            self._show_custom()

    def _show_custom(self) -> None:
        self.custom_seconds.setVisible(self.duration.currentData() == CUSTOM)

    def _on_choice_changed(self) -> None:
        self._show_custom()
        plan = self.plan()
        self._preferences.update(
            hold_seconds=round(plan.hold_seconds), hold_sets=plan.sets, side_mode=self.side_mode()
        )
        if not self._driver.is_running():
            self._show_idle()

    def _on_sound_toggled(self, sound_on: bool) -> None:
        self._cues.muted = not sound_on
        self._preferences.update(muted=not sound_on)
        if self._driver.is_running():
            self._preload_cues()
        self._show_sound_state()

    def _show_sound_state(self) -> None:
        on = self.sound_button.isChecked()
        self.sound_button.setText(self.tr("Sound on") if on else self.tr("Sound off"))
        self.sound_button.setAccessibleName(self.tr("Sound cues"))
