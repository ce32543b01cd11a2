"""The hold timer card: the dial, what to do now, the controls and the choices.

An entry of several spots or pairs can be pressed together or spot by spot
(``core.spot_steps``): then the card names the spot being pressed, cues each move to
the next, and asks the map, through ``spots_shown``, to pick out that spot (and side).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.breathing import breath_at, next_turn, seconds_until_moved
from acupress_gui.core.catalog import Entry
from acupress_gui.core.catalog import Side as PointSide
from acupress_gui.core.history import Side
from acupress_gui.core.hold_choices import (
    MAX_CHOSEN_SECONDS,
    MAX_POSITION_SECONDS,
    MAX_SETS,
    MIN_CHOSEN_SECONDS,
    PRESET_SECONDS,
    PressOrder,
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
from acupress_gui.core.spot_steps import Place, SpotSteps, has_several_spots
from acupress_gui.ui.common import announcements
from acupress_gui.ui.common.choice_buttons import ChoiceButtons
from acupress_gui.ui.common.duration_box import DurationBox
from acupress_gui.ui.common.flow_layout import FlowLayout
from acupress_gui.ui.common.key_help import KeyHelp, key_name
from acupress_gui.ui.common.steady_button import SteadyButton
from acupress_gui.ui.common.step_number import StepNumber
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.timer.cue_player import Cue, CuePlayer
from acupress_gui.ui.timer.elided_label import ElidedLabel
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
POSITION_STEP = 5
"""Seconds a step of the time to get into position changes it by."""
START_PAUSE_KEY = Qt.Key.Key_Space
STOP_KEY = Qt.Key.Key_Escape
WORDS_SPACING = 4
"""Pixels between the lines of words beside the dial."""


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
        hold_ended(HoldRecord): a hold finished or was stopped; the history keeps it,
            one row per spot and side, with the codes pressed.
        spots_shown(object): the dots of the spot (and side) pressed now, or pressed
            next between holds, as a tuple of ``core.spot_steps.Place``; None when the
            run is over and the whole entry may be shown again.
    """

    start_requested = Signal()
    hold_ended = Signal(object)
    spots_shown = Signal(object)

    def __init__(
        self,
        driver: HoldTimerDriver,
        cues: CuePlayer,
        preferences: Preferences,
        theme: Theme,
        clock: Callable[[], float],
        parent: QWidget | None = None,
        *,
        touch: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerCard")
        self._touch = touch
        # A click here lets Space work; Tab goes straight on to the controls inside.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Hold timer"))
        self._driver = driver
        self._cues = cues
        self._preferences = preferences
        self._clock = clock
        self._entry: Entry | None = None
        self._timed_entry: Entry | None = None
        self._timed_steps: SpotSteps | None = None
        self._shown_spots: tuple[Place, ...] | None = None
        self._room_entries: tuple[Entry, ...] = ()
        self._room_kept_for: tuple[object, ...] | None = None
        """What the words' room was last measured for (``_keep_room_for_words``)."""
        self._after_lead_in = False
        """The step that just ended was the time to find the point: cue the hold."""
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
        self.spot_label = ElidedLabel()
        self.spot_label.setObjectName("timerSpot")
        self.spot_label.installEventFilter(self)
        self.phase_label = self._label("timerPhase")
        self.breath_label = self._label("timerBreath")
        self.start_button = QPushButton(self.tr("Start"))
        self.pause_button = SteadyButton((self.tr("Pause"), self.tr("Resume")))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.start_button.setObjectName("primaryButton")
        self.sound_button = QToolButton()
        self.sound_button.setObjectName("soundToggle")
        self.sound_button.setCheckable(True)
        # The same choices, read the same way: on a touch screen as buttons in the card
        # (a combo box's list is a window of its own, its arrows tiny), no typed length.
        self.duration: QComboBox | ChoiceButtons
        self.sides: QComboBox | ChoiceButtons
        self.press_order: QComboBox | ChoiceButtons
        self.sets: QSpinBox | StepNumber
        self.position_seconds: QSpinBox | StepNumber
        self.custom_seconds: DurationBox | None
        if touch:
            self.duration, self.sides, self.press_order = (ChoiceButtons() for _ in range(3))
            self.sets = StepNumber(1, MAX_SETS)
            self.position_seconds = StepNumber(
                0, MAX_POSITION_SECONDS, POSITION_STEP, self._position_text
            )
            self.custom_seconds = None
        else:
            self.duration, self.sides, self.press_order = (QComboBox() for _ in range(3))
            self.sets, self.position_seconds = QSpinBox(), QSpinBox()
            self.custom_seconds = DurationBox()
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
        self.duration.setAccessibleName(self.tr("Hold for"))
        self.sets.setAccessibleName(self.tr("Sets"))
        self.sides.addItem(self.tr("Both sides at once"), SideMode.BOTH_AT_ONCE.value)
        self.sides.addItem(self.tr("One side, then the other"), SideMode.ONE_THEN_OTHER.value)
        self.sides.setAccessibleName(self.tr("Sides"))
        self.press_order.addItem(self.tr("All spots together"), PressOrder.TOGETHER.value)
        self.press_order.addItem(self.tr("One spot after the other"), PressOrder.SPOT_BY_SPOT.value)
        self.press_order.setAccessibleName(self.tr("Spots"))
        self.position_seconds.setAccessibleName(self.tr("Time to get into position, seconds"))

        # Start, Pause and Stop stay together; the sound toggle keeps apart at the right,
        # or goes below them where large text leaves no room beside them. On a touch
        # screen, where the text is larger still, they may go onto two lines themselves.
        buttons = FlowLayout(spacing=8, last_to_the_right=True)
        if self._touch:
            for button in (self.start_button, self.pause_button, self.stop_button):
                buttons.addWidget(button)
        else:
            controls = QHBoxLayout()
            controls.setContentsMargins(0, 0, 0, 0)
            controls.setSpacing(8)
            for button in (self.start_button, self.pause_button, self.stop_button):
                controls.addWidget(button)
            control_group = QWidget()
            control_group.setLayout(controls)
            buttons.addWidget(control_group)
        buttons.addWidget(self.sound_button)
        choices = self._touch_choices() if self._touch else self._compact_choices()

        words = QVBoxLayout()
        words.setSpacing(WORDS_SPACING)
        words.addStretch(1)
        words.addWidget(self.entry_label)
        words.addWidget(self.phase_label)
        words.addWidget(self.breath_label)
        words.addStretch(1)
        # The words change as a hold goes on; the row keeps room for the longest they can
        # be (``_keep_room_for_words``), never their height now, so Start, Pause and Stop
        # under it stay where they are (words_box ignores its hint).
        self._words_box = QWidget()
        self._words_box.setLayout(words)
        self._words_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        for watched in (self._words_box, self.entry_label, self.phase_label, self.breath_label):
            watched.installEventFilter(self)
        words.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.dial)
        top.addWidget(self._words_box, 1)

        # Controls run the card's full width under the dial, so it stays narrow
        # enough to leave the body map most of a small window.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        # The spot being pressed, on a line of its own that is there even when empty: a
        # label coming and going beside the dial would move the buttons under a finger.
        layout.addWidget(self.spot_label)
        layout.addLayout(buttons)
        layout.addLayout(choices)
        layout.addStretch(1)  # room the stack gives beyond the card's own goes below it

    def _compact_choices(self) -> QGridLayout:
        """For a mouse and a keyboard: drop-down lists and spin boxes, a length typed."""
        assert isinstance(self.duration, QComboBox) and self.custom_seconds is not None
        assert isinstance(self.sets, QSpinBox) and isinstance(self.position_seconds, QSpinBox)
        self.duration.addItem(self.tr("Custom"), CUSTOM)
        self.custom_seconds.setRange(MIN_CHOSEN_SECONDS, MAX_CHOSEN_SECONDS)
        self.custom_seconds.setAccessibleName(self.tr("Custom hold, minutes and seconds"))
        self.sets.setRange(1, MAX_SETS)
        self.position_seconds.setRange(0, MAX_POSITION_SECONDS)
        self.position_seconds.setSingleStep(POSITION_STEP)
        self.position_seconds.setSuffix(self.tr(" s"))
        self.position_seconds.setSpecialValueText(self.tr("None"))

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
        position_label = QLabel(self.tr("Get into position"))
        position_label.setBuddy(self.position_seconds)
        position = QHBoxLayout()
        position.setSpacing(8)
        position.addWidget(position_label)
        position.addWidget(self.position_seconds)
        position.addStretch(1)
        # One below the other: side by side they would widen the card, and the window.
        choices.addWidget(self.sides, 1, 0, 1, 6)
        choices.addWidget(self.custom_seconds.note, 2, 0, 1, 6)  # what a typed length became
        choices.addWidget(self.press_order, 3, 0, 1, 6)
        choices.addLayout(position, 4, 0, 1, 6)
        choices.setColumnStretch(5, 1)
        return choices

    def _touch_choices(self) -> QFormLayout:
        """For a finger: every choice in sight as buttons, a number between minus and plus;
        the presets only, as a length is not typed. Each name stands before its
        buttons, or above them where the row has no room for both."""
        choices = QFormLayout()
        choices.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        choices.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(10)
        for name, choice in (
            (self.tr("Hold"), self.duration),
            (self.tr("Sets"), self.sets),
            (self.tr("Sides"), self.sides),
            (self.tr("Spots"), self.press_order),
            (self.tr("Get into position"), self.position_seconds),
        ):
            label = QLabel(name)
            label.setBuddy(choice)
            # Level with the middle of its buttons, not their top edge.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            choices.addRow(label, choice)
        return choices

    def _position_text(self, seconds: int) -> str:
        return self.tr("None") if seconds == 0 else self.tr("%n s", "", seconds)

    def _load_preferences(self) -> None:
        settings = self._preferences.person
        preset = self.duration.findData(settings.hold_seconds)
        if self.custom_seconds is None:  # the presets only: the nearest of them
            nearest = min(PRESET_SECONDS, key=lambda seconds: abs(seconds - settings.hold_seconds))
            preset = self.duration.findData(nearest)
        else:
            self.custom_seconds.setValue(settings.hold_seconds)
        self.duration.setCurrentIndex(preset if preset >= 0 else self.duration.findData(CUSTOM))
        self.sets.setValue(settings.hold_sets)
        # findData() gives -1 for a value from a newer version: keep the default then.
        self.sides.setCurrentIndex(max(self.sides.findData(settings.side_mode.value), 0))
        self.press_order.setCurrentIndex(
            max(self.press_order.findData(settings.press_order.value), 0)
        )
        self.position_seconds.setValue(settings.position_seconds)
        self.sound_button.setChecked(not settings.muted)
        self._cues.muted = settings.muted
        self._show_sound_state()
        self._show_custom()

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.request_start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.sound_button.toggled.connect(self._on_sound_toggled)
        self.duration.currentIndexChanged.connect(self._on_choice_changed)
        if self.custom_seconds is not None:
            self.custom_seconds.valueChanged.connect(self._on_choice_changed)
        self.sets.valueChanged.connect(self._on_choice_changed)
        self.sides.currentIndexChanged.connect(self._on_choice_changed)
        self.press_order.currentIndexChanged.connect(self._on_choice_changed)
        self.position_seconds.valueChanged.connect(self._on_choice_changed)

        for key, slot in ((START_PAUSE_KEY, self.start_or_pause), (STOP_KEY, self.stop)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        driver = self._driver
        driver.phase_changed.connect(self._on_phase_changed)
        driver.second_ticked.connect(self._on_second)
        driver.sides_switched.connect(self._cue_switch)
        driver.moved_to_spot.connect(self._cue_switch)
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

    @staticmethod
    def keyboard_help() -> list[KeyHelp]:
        """What the card's own keys do, for Help > Keyboard shortcuts."""
        return [
            KeyHelp(
                key_name(START_PAUSE_KEY),
                QCoreApplication.translate("TimerCard", "Start, pause or resume the hold"),
            ),
            KeyHelp(key_name(STOP_KEY), QCoreApplication.translate("TimerCard", "Stop the hold")),
        ]

    def tab_order(self) -> list[QWidget]:
        """The controls in reading order: the buttons under the dial, then the choices
        (each button of those made of buttons)."""
        choices = (
            self.duration,
            self.custom_seconds,
            self.sets,
            self.sides,
            self.press_order,
            self.position_seconds,
        )
        chain: list[QWidget] = [
            self.start_button,
            self.pause_button,
            self.stop_button,
            self.sound_button,
        ]
        for choice in choices:
            if isinstance(choice, ChoiceButtons | StepNumber):
                chain += choice.buttons()
            elif choice is not None:
                chain.append(choice)
        return chain

    def timed_entry(self) -> Entry | None:
        """The entry of the current (or last) hold."""
        return self._timed_entry

    def shown_spots(self) -> tuple[Place, ...] | None:
        """The dots of the spot and side pressed now (or next); None when not running."""
        return self._shown_spots

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
        self._keep_room_for_words()
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
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange) and watched in (
            self._words_box,
            self.spot_label,
            self.entry_label,
            self.phase_label,
            self.breath_label,
        ):
            # Its width, or its font once the stylesheet has reached it.
            self._keep_room_for_words()
        return False

    def keep_room_for(self, entries: Sequence[Entry]) -> None:
        """The entries this card may time: the words keep room for the longest of their
        titles and spots, so going from one to the next (a routine) moves nothing."""
        self._room_entries = tuple(entries)
        self._keep_room_for_words()

    def _keep_room_for_words(self) -> None:
        """Room beside the dial for the longest each line of words can be at this width,
        and under it for the longest spot: with large text or long translations they
        wrap, and keep room for their longest, so nothing below moves as they change."""
        width = self._words_box.width()
        if width <= 0 or not self.isVisible():
            return  # measured once shown: a view being built resizes and restyles it often
        entries = self._room_entries or ((self._entry,) if self._entry is not None else ())
        sets = self.sets.value()
        labels = (self.entry_label, self.phase_label, self.breath_label, self.spot_label)
        measured_for = (
            width,
            self.spot_label.width(),
            *(label.font().key() for label in labels),
            entries,
            sets,
            self.press_order_choice(),
            self.position_seconds_choice(),
        )
        if measured_for == self._room_kept_for:
            return
        self._room_kept_for = measured_for
        titles = [self.tr("Hold timer")]
        titles += [self._set_title(entry.title, sets, sets) for entry in entries]
        phrases = (
            (self.entry_label, titles),
            (self.phase_label, self._phase_phrases()),
            (self.breath_label, self._breath_phrases()),
        )
        room = 2 * WORDS_SPACING
        for label, texts in phrases:
            metrics = label.fontMetrics()
            room += max(
                metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height()
                for text in texts
            )
        self._words_box.setMinimumHeight(room)
        spots = []
        for steps in (self._spot_steps(entry) for entry in entries):
            spots.append(self._spots_summary(steps))
            spots += [self._spot_text(steps, spot) for spot in range(len(steps.labels))]
        spot_width = self.spot_label.width()
        if spot_width > 0:
            self.spot_label.set_lines(
                max((self.spot_label.lines_for(text, spot_width) for text in spots), default=1)
            )

    def _phase_phrases(self) -> list[str]:
        """What the phase line beside the dial can say."""
        return [
            self.tr("Choose a point first"),
            self.tr("Ready when you are"),
            *self._phase_texts().values(),
            *(self._side_phase(side) for side in (Side.LEFT, Side.RIGHT)),
        ]

    def _breath_phrases(self) -> list[str]:
        """What the line under it can say."""
        return [
            self.tr("Breathe in"),
            self.tr("Breathe out"),
            self.tr("Paused"),
            *self._step_words().values(),
            self.tr("Stopped early. The time you held is saved."),
            self.tr("Release slowly. Well done."),
            self._idle_words(),
        ]

    def plan(
        self,
        lead_in_seconds: float = 0.0,
        position_seconds: float = 0.0,
        hold_seconds: int | None = None,
    ) -> HoldPlan:
        """The hold the current choices describe, for the selected entry; ``hold_seconds``
        overrides its length (a routine's own hold for an entry)."""
        return self._spot_steps(self._entry).plan(
            self._hold_seconds() if hold_seconds is None else hold_seconds,
            self.sets.value(),
            self.side_mode() if self._is_paired(self._entry) else SideMode.BOTH_AT_ONCE,
            lead_in_seconds,
            position_seconds,
        )

    def _hold_seconds(self) -> int:
        seconds = self.duration.currentData()
        if seconds == CUSTOM and self.custom_seconds is not None:
            return self.custom_seconds.value()
        return int(seconds)

    def _spot_steps(self, entry: Entry | None) -> SpotSteps:
        """What each hold of ``entry`` presses, with the spots choice (none: one hold)."""
        if entry is None:
            return SpotSteps(())
        return SpotSteps.of(entry, self.press_order_choice())

    def side_mode(self) -> SideMode:
        # The combo box keeps the StrEnum as a plain string; turn it back.
        return SideMode(self.sides.currentData())

    def press_order_choice(self) -> PressOrder:
        return PressOrder(self.press_order.currentData())

    def position_seconds_choice(self) -> int:
        """The time to get into position before a sitting's first hold."""
        return self.position_seconds.value()

    def _is_paired(self, entry: Entry | None) -> bool:
        return entry is not None and any(p.side is PointSide.PAIRED for p in entry.points)

    def _show_idle(self) -> None:
        self._seconds_left = self._hold_seconds()
        steps = self._spot_steps(self._entry)
        self.spot_label.set_full_text(self._spots_summary(steps))
        if self._entry is None:
            self.entry_label.setText(self.tr("Hold timer"))
            self.phase_label.setText(self.tr("Choose a point first"))
            self.breath_label.setText("")
        else:
            self.entry_label.setText(self._entry.title)
            self.phase_label.setText(self.tr("Ready when you are"))
            self.breath_label.setText(self._idle_words())
        self.dial.set_state(self._seconds_left, 1.0, None, highlight=self._cue_active)
        self._keep_room_for_words()

    def _spots_summary(self, steps: SpotSteps) -> str:
        # Stepping needs two spots at least, so the number is never one.
        if not steps.labels:
            return ""
        return self.tr("{n} spots, one after the other").format(n=len(steps.labels))

    def _idle_words(self) -> str:
        position = self.position_seconds_choice()
        return (
            self.tr("After Start: {time} to find the spot.").format(
                time=self.tr("%n s", "", position)
            )
            if position
            else self.tr("Find the spot, then press Start.")
        )

    # --- commands ------------------------------------------------------------------

    def request_start(self) -> None:
        if self._entry is not None and not self._driver.is_running():
            self.start_requested.emit()

    def start(
        self,
        lead_in_seconds: float = 0.0,
        position_seconds: float = 0.0,
        hold_seconds: int | None = None,
    ) -> None:
        """Time the selected entry now, after ``position_seconds`` to get into position
        (a sitting's first hold) or ``lead_in_seconds`` to find the next point, for
        ``hold_seconds`` when the routine gives the entry its own hold.

        Called by the session flow, which opens the sitting each hold is saved under.
        """
        if self._entry is None or self._driver.is_running():
            return
        self._timed_entry = self._entry
        self._timed_steps = self._spot_steps(self._entry)
        self._run_started = self._clock()
        self._follow_screen()
        self._driver.start(self.plan(lead_in_seconds, position_seconds, hold_seconds))
        self._preload_cues()

    def stop(self) -> None:
        """Stop the run (Stop, Esc): a hold in progress is saved as stopped early."""
        self._driver.stop()

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
        steps = self._timed_steps
        text = self._phase_texts().get(event.phase, "")
        if step is not None and step.phase is Phase.HOLDING and step.side is not Side.BOTH:
            text = self._side_phase(step.side)
        if step is not None and step.phase is Phase.HOLDING and self._after_lead_in:
            self._cues.play(Cue.PRESS)  # the time to find the point is over
            self._show_cue()
        self._after_lead_in = step is not None and step.phase in (
            Phase.POSITIONING,
            Phase.PREPARING,
        )
        self.phase_label.setText(text)
        self.entry_label.setText(self._timed_title(step))
        self._show_spot(step)
        self._shown_spots = steps.places(step) if step is not None and steps is not None else None
        self.spots_shown.emit(self._shown_spots)
        if event.phase is Phase.STOPPED:
            self.breath_label.setText(self._stopped_words())
        self._announce_phase(event.phase, text)
        self._redraw()

    def _announce_phase(self, phase: Phase, text: str) -> None:
        """Tell a screen reader what to do now, once per step (never each second): the
        words of the card, with the point to find and the spot, or how it ended."""
        if phase is Phase.STOPPED:
            announcements.announce(self, self._stopped_words())
            return
        parts = [text]
        if phase in (Phase.POSITIONING, Phase.PREPARING) and self._timed_entry is not None:
            parts.append(self._timed_entry.title)
        if self.spot_label.full_text():
            parts.append(self.spot_label.full_text())
        if phase is Phase.DONE:
            parts.append(self._release_words())
        message = parts[0]
        for part in parts[1:]:
            message = self.tr("{first}. {then}", "two sentences, said one after the other").format(
                first=message, then=part
            )
        announcements.announce(self, message)

    def _release_words(self) -> str:
        return self.tr("Release slowly. Well done.")

    def _stopped_words(self) -> str:
        return self.tr("Stopped early. The time you held is saved.")

    def _phase_texts(self) -> dict[Phase, str]:
        return {
            Phase.POSITIONING: self.tr("Find the spot\u2026"),
            Phase.PREPARING: self.tr("Next: find the point"),
            Phase.HOLDING: self.tr("Press and hold"),
            Phase.SWITCHING: self.tr("Switch to your left side"),
            Phase.MOVING: self.tr("Move to the next spot"),
            Phase.RESTING: self.tr("Rest"),
            Phase.DONE: self.tr("Done"),
            Phase.STOPPED: self.tr("Stopped"),
        }

    def _side_phase(self, side: Side) -> str:
        words = self.tr("your right side") if side is Side.RIGHT else self.tr("your left side")
        return self.tr("Press and hold: {side}").format(side=words)

    def _timed_title(self, step: Step | None) -> str:
        """The entry, and which set the run is at."""
        timer = self._driver.timer
        title = self._timed_entry.title if self._timed_entry else ""
        if step is not None and timer is not None:
            return self._set_title(title, step.set_number, timer.plan.sets)
        return title

    def _set_title(self, title: str, set_number: int, sets: int) -> str:
        if sets <= 1:
            return title
        return self.tr("{title} \u00b7 set {n} of {total}").format(
            title=title, n=set_number, total=sets
        )

    def _show_spot(self, step: Step | None) -> None:
        """Which spot is pressed now (or next), its label and codes; spot by spot only."""
        steps = self._timed_steps
        if step is None or step.spot is None or steps is None:
            self.spot_label.set_full_text("")
            return
        self.spot_label.set_full_text(self._spot_text(steps, step.spot))

    def _spot_text(self, steps: SpotSteps, spot: int) -> str:
        target = steps.target(spot)
        return self.tr("Spot {n} of {total}: {label} \u00b7 {codes}").format(
            n=spot + 1, total=len(steps.targets), label=target.label, codes=" + ".join(target.codes)
        )

    def _on_second(self, seconds: int) -> None:
        self._seconds_left = seconds
        self._redraw()

    def _cue_switch(self, *_: object) -> None:
        """To the other side, or on to the next spot: the same chime and flash."""
        self._cues.play(Cue.SWITCH)
        self._show_cue()

    def _on_finished(self) -> None:
        self._cues.play(Cue.DONE)
        self._show_cue()
        self.breath_label.setText(self._release_words())

    def _on_hold_ended(self, event: HoldEnded) -> None:
        entry, steps = self._timed_entry, self._timed_steps
        if entry is None or steps is None:
            return
        self.hold_ended.emit(steps.record(entry.id, event))

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
        elif timer.phase in (step_words := self._step_words()):
            self._say(step_words[timer.phase])
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

    def _step_words(self) -> dict[Phase, str]:
        """What to do in the steps between holds."""
        return {
            Phase.POSITIONING: self.tr("Get into position"),
            Phase.PREPARING: self.tr("Move your hands to the point shown"),
            Phase.RESTING: self.tr("Let your hands rest"),
            Phase.SWITCHING: self.tr("Move your hands to your left side"),
            Phase.MOVING: self.tr("Ease off and move on"),
        }

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
            if choice is not None:
                choice.setEnabled(not running)
        self.sides.setEnabled(not running and self._is_paired(self._entry))
        self.press_order.setEnabled(not running and has_several_spots(self._entry))
        self.position_seconds.setEnabled(not running)
        if not running:
            self._show_custom()

    def _show_custom(self) -> None:
        if self.custom_seconds is not None:
            self.custom_seconds.setVisible(self.duration.currentData() == CUSTOM)

    def _on_choice_changed(self) -> None:
        self._show_custom()
        self._preferences.update(
            hold_seconds=self._hold_seconds(),
            hold_sets=self.sets.value(),
            side_mode=self.side_mode(),
            press_order=self.press_order_choice(),
            position_seconds=self.position_seconds_choice(),
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
