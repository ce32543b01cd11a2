"""One visitor's view: the body map and list on the left, banners, timer and panel on the right.

Everything here belongs to the person at the screen and goes when their session is
closed; the window around it (menus, tray, geometry) is the shell's.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.history import HoldOutcome, HoldRecord, Recordable
from acupress_gui.core.history_recorder import Recorder
from acupress_gui.core.preferences import Preferences
from acupress_gui.core.routine import NamedRoutine, offered, plan_for
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.banner import Banner
from acupress_gui.ui.common.core_text import translated
from acupress_gui.ui.common.finger_scrolling import scroll_by_finger
from acupress_gui.ui.common.flow_layout import FlowLayout
from acupress_gui.ui.common.margins import set_reading_margins
from acupress_gui.ui.common.theme import Theme, em
from acupress_gui.ui.common.vertical_scroll_area import (
    LeastHeightPane,
    LeftoverPane,
    VerticalScrollArea,
)
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.map.entry_finder import EntryFinder
from acupress_gui.ui.map.entry_list_model import EntryListModel, choose, selected_entry
from acupress_gui.ui.map.entry_list_view import EntryListView
from acupress_gui.ui.map.point_panel import PointPanel
from acupress_gui.ui.map.row_sizes import RowSizes
from acupress_gui.ui.sitting.routine_bar import RoutineBar
from acupress_gui.ui.sitting.session_flow import SessionFlow, Stage
from acupress_gui.ui.sitting.session_summary import SessionSummary
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
from acupress_gui.ui.timer.speech_engine import SpeechEngine
from acupress_gui.ui.timer.spoken_guide import SpokenGuide
from acupress_gui.ui.timer.timer_card import TimerCard
from acupress_gui.ui.visitor.visitor_mode import DESKTOP, SheetRoute, VisitorMode

if TYPE_CHECKING:
    # Windows opened on request are imported when first needed: every module imported
    # at start-up is time before the window shows.
    from acupress_gui.ui.history.history_panel import HistoryPanel
    from acupress_gui.ui.insights.insights_view import InsightsView
    from acupress_gui.ui.sitting.pain_check_in import PainCheckIn

log = logging.getLogger(__name__)

MAP_MIN_WIDTH = 300
ENTRY_LIST_WIDTH = 14.27
ENTRY_LIST_MAX_PX = 240
"""The list of points' width, in body sizes (``theme.em``): 214 px at 15 px; with very
large text its titles wrap onto more lines instead, leaving the map its room."""
TOUCH_ROW_MAX = 16.0
"""On a touch screen, the widest a row of the list may ask for, in body sizes: 360 px
at a kiosk's 150 %, room for nearly every title on one line (the longest wrap)."""
MIN_HEIGHT_BELOW_TIMER = 8.67
"""The least the window keeps under the timer, in body sizes: the routine row and the
panel's first lines, as when they set the window's minimum height themselves."""
HISTORY_RETRY_MS = 30_000
"""How often unsaved holds are retried while the history file cannot be written."""


MAP_SHARE = 0.59
"""The map pane's share of the window: beside the list of points the map gets about
530 px of a 1280 px window (420 of 1100), room for a region's dots and their names;
the side pane keeps about 520 px (it needs 420). On a kiosk's 1920 px, with its wider
list, the map gets about 740 px and the side pane 790."""


class VisitorView(QWidget):
    """Builds the views around one shared selection; a fresh one per visitor.

    ``mode`` says what it offers besides (``VisitorMode``): a kiosk's visitor gets no
    history, insights or reminders, and the take-home sheet goes where the clinic says.

    Signals:
        routine_startable(bool): whether a routine can start now (none is running);
            the shell's routine action follows it.
        zoom_changed(): the map's zoom changed (the shell's zoom actions follow it).
    """

    routine_startable = Signal(bool)

    def __init__(
        self,
        catalog: Catalog,
        preferences: Preferences,
        theme: Theme,
        recorder: Recorder,
        driver: HoldTimerDriver,
        cues: CuePlayer,
        clock: Callable[[], float],
        wall_clock: Callable[[], datetime],
        speech: SpeechEngine,
        row_sizes: RowSizes,
        parent: QWidget | None = None,
        *,
        mode: VisitorMode = DESKTOP,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._catalog = catalog
        self._speech = speech
        self._theme = theme
        self._preferences = preferences
        self._recorder = recorder
        self._wall_clock = wall_clock
        self._reverting_selection = False
        self._history_panel: HistoryPanel | None = None
        self._insights_view: InsightsView | None = None

        self.entry_model = EntryListModel(catalog, self)
        self.selection = QItemSelectionModel(self.entry_model, self)
        self.body_map = BodyMapView(
            catalog,
            self.entry_model,
            self.selection,
            theme,
            lambda: preferences.person.reduced_motion,
            touch=mode.touch,
        )
        self.entry_list = self._build_entry_list(row_sizes)
        self.finder = EntryFinder(
            self.entry_model, self.selection, self.entry_list, self.body_map, self
        )
        self.finder.activated.connect(self._on_activated)
        self.point_panel = PointPanel(catalog, theme, touch=mode.touch, help_menu=mode.menus)
        self.driver = driver
        driver.setParent(self)  # the visitor's: it goes with the view
        self.cues = cues
        self.timer_card = TimerCard(driver, cues, preferences, theme, clock, touch=mode.touch)
        self.timer_card.keep_room_for(catalog.entries)
        self.spoken_guide = SpokenGuide(speech, preferences, clock, self._timed_title, self)
        self.spoken_guide.follow(driver)
        self.session_summary = SessionSummary()
        self.routine_bar = RoutineBar()
        self.session_stack = QStackedWidget()  # its cards go in once it is in place
        # Never less than the timer needs: squeezed, its rows would give way and Start,
        # Pause and Stop move as the side pane's other parts come and go. What it needs
        # changes with its width and the room its words keep (large text).
        self.timer_card.installEventFilter(self)  # measured once laid out, not before
        self.flow = SessionFlow(
            lambda: preferences.person.ask_pain,
            self.timer_card,
            driver,
            self.session_stack,
            self,
            self.session_summary,
            self.routine_bar,
            self._go_to_entry,
            self.record,
            wall_clock,
            self,
        )
        self.history_banner = self._build_history_banner()
        self.red_flag_banner = self._build_red_flag_banner()
        self.reminder_banner = self._build_reminder_banner()
        self.settings_banner = Banner("cautionCard")
        self.settings_banner.hide()
        self._history_retry = QTimer(self)
        self._history_retry.setInterval(HISTORY_RETRY_MS)
        self._history_retry.timeout.connect(self.retry_history)
        self._build_zoom_actions()

        # The frame first, the panes into it: a part that has been styled is styled
        # again each time it moves under another parent.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_map_pane())
        # With large text on a short screen the side pane scrolls rather than squeezing
        # the timer or making the window taller than the screen.
        side = VerticalScrollArea(self._build_side_pane(), self.splitter)
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        for card in (self.timer_card, self.session_summary):
            self.session_stack.addWidget(card)
        self._set_tab_order()
        if mode.touch:
            self._fit_list_to_titles()
            for area in (self.entry_list, self.point_panel, side):
                scroll_by_finger(area)

        self.selection.selectionChanged.connect(self._on_selection_changed)
        self.timer_card.spots_shown.connect(self.body_map.highlight)
        self.body_map.zoom_changed.connect(self._update_zoom_actions)
        self.flow.stage_changed.connect(self._on_stage_changed)
        self.flow.high_pain_rated.connect(self.red_flag_banner.appear)
        self.session_summary.red_flags_requested.connect(self.show_notice)
        if mode.own_records:
            self.session_summary.insights_requested.connect(self.show_insights)
        else:
            self.session_summary.insights_button.hide()
        self._update_zoom_actions()

    # --- layout --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timer_card and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            self._keep_timer_whole()
        return super().eventFilter(watched, event)

    def _keep_timer_whole(self) -> None:
        card = self.timer_card
        needed = card.sizeHint().height()
        if card.width() > 0 and card.hasHeightForWidth():
            needed = max(needed, card.heightForWidth(card.width()))
        self.session_stack.setMinimumHeight(needed)

    def _build_entry_list(self, row_sizes: RowSizes) -> EntryListView:
        view = EntryListView(self.entry_model, self._theme, row_sizes)
        view.setObjectName("entryList")
        view.setAccessibleName(self.tr("Points"))
        view.setSelectionModel(self.selection)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.setFixedWidth(self._list_width())
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(True)
        view.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        # Enter (or a double click; on a touch screen, a tap) selects and frames the
        # entry on the map.
        view.activated.connect(self._on_activated)
        if self.mode.touch:
            view.clicked.connect(self._on_activated)
        # Pointing at a row shows its dots, pointing at a dot marks its row, and going to
        # a region brings its part of the list into sight.
        view.entry_pointed.connect(self.body_map.point_at_entry)
        self.body_map.entry_pointed.connect(view.point_at_entry)
        self.body_map.region_framed.connect(view.show_region)
        return view

    @staticmethod
    def _list_width() -> int:
        return min(round(em(ENTRY_LIST_WIDTH)), ENTRY_LIST_MAX_PX)

    def _fit_list_to_titles(self) -> None:
        """On a touch screen no tooltip can show a name cut short, and a name broken
        after each word is hard to read from a step away: the list (and the search
        field over it) is as wide as its widest title on one line, to a limit. Measured
        in place, where the kiosk's style sheet gives the rows and scroll bar their size."""
        view = self.entry_list
        view.ensurePolished()
        row = min(view.widest_row(), round(em(TOUCH_ROW_MAX)))
        width = row + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        for part in (view, self.finder.search_field, self.finder.status):
            part.setFixedWidth(max(width, self._list_width()))

    def _build_zoom_actions(self) -> None:
        """The map's actions: in its toolbar here, and in the shell's View menu."""
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.body_map.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.body_map.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.fit_action = self._action(
            self.tr("Whole body"), self.body_map.fit_whole_body, QKeySequence("Ctrl+0")
        )
        self.zoom_to_selected_action = self._action(
            self.tr("Zoom to point"), self.body_map.zoom_to_selected, QKeySequence("Ctrl+1")
        )

    def zoom_actions(self) -> tuple[QAction, ...]:
        return (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_to_selected_action,
        )

    def _build_map_pane(self) -> QWidget:
        toolbar = self._map_buttons() if self.mode.touch else self._map_toolbar()

        # The list of points runs down beside the figure: the keyboard and screen-reader
        # way to every point, in the space the narrow figure leaves free. The search
        # field above it narrows the list and the map together.
        index = QVBoxLayout()
        set_reading_margins(index, 12, 4, 0, 12)
        index.setSpacing(6)
        heading = QLabel(self.tr("POINTS"))
        heading.setObjectName("listHeading")
        heading.setBuddy(self.entry_list)
        self.finder.search_field.setFixedWidth(self._list_width())
        self.finder.status.setFixedWidth(self._list_width())
        index.addWidget(heading)
        index.addWidget(self.finder.search_field)
        index.addWidget(self.finder.status)
        index.addWidget(self.entry_list)
        index.addStretch(1)
        self.body_map.setMinimumWidth(MAP_MIN_WIDTH)
        below_toolbar = QHBoxLayout()
        below_toolbar.setSpacing(0)
        below_toolbar.addLayout(index)
        below_toolbar.addWidget(self.body_map, 1)

        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        chips = QHBoxLayout()
        chips.setContentsMargins(12, 0, 12, 6)
        chips.addWidget(self.finder.chips)
        layout.addLayout(chips)
        layout.addLayout(below_toolbar, 1)
        return pane

    def _map_toolbar(self) -> QToolBar:
        """The zoom buttons in a toolbar: where text is large those left over go behind
        its extension button's menu."""
        toolbar = QToolBar(self.tr("Zoom"))
        toolbar.setObjectName("mapToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.zoom_actions():
            toolbar.addAction(action)
        return toolbar

    def _map_buttons(self) -> QWidget:
        """The zoom buttons for a finger: all in sight, on a second line where they need
        it, as a menu would open in a window of its own."""
        buttons = QWidget()
        buttons.setObjectName("mapButtons")
        buttons.setAccessibleName(self.tr("Zoom"))
        row = FlowLayout(buttons, spacing=8, one_line_preferred=True)
        row.setContentsMargins(8, 6, 8, 6)
        for action in self.zoom_actions():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in a toolbar: the keys zoom
            row.addWidget(button)
        return buttons

    def _build_side_pane(self) -> LeastHeightPane:
        pane = LeastHeightPane()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        self.start_routine_button = QPushButton(self.tr("Start routine"))
        self.start_routine_button.setObjectName("primaryButton")
        self.start_routine_button.clicked.connect(self.start_routine)
        self.choose_routine_button = QPushButton(self.tr("Choose points\u2026"))
        self.choose_routine_button.clicked.connect(self.choose_routine)
        # Its editor's lists are combo boxes, whose drop-downs are windows of their own:
        # a kiosk's visitor walks through the points it offers.
        self.choose_routine_button.setHidden(self.mode.touch)
        self.routine_row = QWidget()
        row = FlowLayout(self.routine_row, spacing=8)  # two lines where text is large
        row.addWidget(self.start_routine_button)
        row.addWidget(self.choose_routine_button)
        # The timer comes first and nothing ever appears above it, so Start, Pause and
        # Stop stay under the hand while a hold runs, a check-in opens or a banner
        # comes. What comes and goes (the routine strip, the banners, the routine row
        # hidden during a sitting) takes its room below, from the point panel; and
        # however much of it there is, it never squeezes the timer: the part below asks
        # for no height of its own (Ignored), so it gets only what the timer leaves.
        below = LeftoverPane(round(em(MIN_HEIGHT_BELOW_TIMER)))
        below.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        below_layout = QVBoxLayout(below)
        below_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.setSpacing(10)
        below_layout.addWidget(self.routine_bar)
        below_layout.addWidget(self.reminder_banner)  # just above the Start routine it means
        below_layout.addWidget(self.routine_row)
        below_layout.addWidget(self.red_flag_banner)
        below_layout.addWidget(self.history_banner)
        below_layout.addWidget(self.settings_banner)
        below_layout.addWidget(self.point_panel, 1)
        layout.addWidget(self.session_stack)
        layout.addWidget(below, 1)
        return pane

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: in the map pane what hurts, the search field,
        the list it narrows and the map; then the side pane from the top, the timer (or
        the summary in its place), the routine's strip, the banners and buttons between,
        and the point's details last."""
        chain: list[QWidget] = [
            *self.finder.chips.buttons(),
            self.finder.search_field,
            self.entry_list,
            self.body_map,
            *self.timer_card.tab_order(),
            *self.session_summary.tab_order(),
            *self.routine_bar.tab_order(),
            *self.reminder_banner.buttons(),
            self.start_routine_button,
            self.choose_routine_button,
            *self.red_flag_banner.buttons(),
            *self.history_banner.buttons(),
            self.point_panel,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _build_red_flag_banner(self) -> Banner:
        banner = Banner(
            "cautionCard",
            self.tr(
                "That is a lot of pain. Press gently or not at all today, and check the "
                "signs that mean you should see a doctor."
            ),
        )
        banner.add_button(self.tr("When to see a doctor"), self.show_notice)
        banner.add_button(self.tr("Dismiss"), banner.dismiss, "quietButton")
        return banner

    def _build_history_banner(self) -> Banner:
        banner = Banner("cautionCard")
        self.history_banner_text = banner.text
        banner.add_button(self.tr("Try again"), self.retry_history)
        return banner

    def _build_reminder_banner(self) -> Banner:
        """An invitation that points at the Start routine button just below it; a
        second such button beside the first would only ask which one to press."""
        banner = Banner(
            "correctionCard",
            self.tr("It is one of your reminder times. Start a routine below when you are ready."),
        )
        banner.add_button(self.tr("Not now"), banner.dismiss, "quietButton")
        return banner

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: QKeySequence | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def check_in(self) -> PainCheckIn:
        return self.flow.check_in

    # --- behaviour -----------------------------------------------------------------

    def show_notice(self) -> None:
        """Show the first-run notice; acknowledging it is remembered."""
        from acupress_gui.ui.common.first_run_notice import FirstRunNotice

        FirstRunNotice.ask(self, self._notice_acknowledged)

    def _notice_acknowledged(self) -> None:
        self._preferences.update(notice_acknowledged=True)

    def select_entry(self, entry_id: str) -> bool:
        """Select an entry by id (as a click or the list would); False if there is none."""
        index = self.entry_model.index_of(entry_id)
        if not index.isValid():
            return False
        choose(self.selection, index)
        return True

    def share_width(self, width: int) -> None:
        """Split ``width`` between the map pane and the side pane (``MAP_SHARE``): by
        their size hints the side pane would take what its longest line asks for."""
        self.splitter.setSizes([int(width * MAP_SHARE), int(width * (1 - MAP_SHARE))])

    def selected_entry_id(self) -> str | None:
        entry = selected_entry(self.selection)
        return entry.id if entry else None

    def show_history(self) -> None:
        if not self._has_own_records("history"):
            return
        if self._history_panel is None:
            from acupress_gui.ui.history.history_panel import HistoryPanel

            self._history_panel = HistoryPanel(
                self._recorder, self._catalog, self._wall_clock, self
            )
        self._history_panel.refresh()
        _bring_up(self._history_panel)

    def history_panel(self) -> HistoryPanel | None:
        return self._history_panel

    def show_insights(self) -> None:
        """Open the charts; pyqtgraph is imported only now, never at start-up."""
        if not self._has_own_records("insights"):
            return
        if self._insights_view is None:
            from acupress_gui.ui.insights.insights_view import InsightsView

            view = InsightsView(self._recorder, self._catalog, self._theme, self._wall_clock, self)
            # Closed is gone: its charts and their memory go with it, and the next
            # showing builds them afresh from the history anyway.
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.destroyed.connect(self._forget_insights)
            self._insights_view = view
        _bring_up(self._insights_view)

    def _has_own_records(self, window: str) -> bool:
        if not self.mode.own_records:
            log.warning("The %s window was asked for in a view without records", window)
        return self.mode.own_records

    def _forget_insights(self) -> None:
        self._insights_view = None

    def insights_view(self) -> InsightsView | None:
        return self._insights_view

    def print_handout(self, protected: Callable[[], frozenset[Path]]) -> None:
        """Ask what to put on a sheet to take home (the selected point first), then save
        or print it; ``protected`` gives the app's own files, which it must not replace.

        At a kiosk the sheet of the selected point (else of the routine Start runs) goes
        to the default printer without a dialog, or the visitor is told to ask at the
        desk, as the clinic chose.
        """
        if self.mode.sheet is SheetRoute.DIALOG:
            from acupress_gui.ui.handout.handout_dialog import HandoutDialog

            entry = selected_entry(self.selection)
            dialog = HandoutDialog(self._catalog, self._preferences.person, entry, protected, self)
            questions.run_dialog(dialog, lambda: None)
        elif self.mode.sheet is SheetRoute.DEFAULT_PRINTER:
            self._print_on_default_printer()
        else:
            self._ask_at_the_desk()

    def _print_on_default_printer(self) -> None:
        from acupress_gui.core.handout import HandoutError, handout_for
        from acupress_gui.ui.handout.handout_pages import HandoutTooLongError, default_paper
        from acupress_gui.ui.handout.handout_printer import print_on_default_printer

        entry = selected_entry(self.selection)
        try:
            sheet = handout_for(
                self._catalog,
                self._preferences.person,
                entry_ids=[entry.id] if entry is not None else (),
            )
            printed_on = print_on_default_printer(sheet, default_paper())
        except (HandoutError, HandoutTooLongError, OSError) as error:
            log.warning("The take-home sheet was not printed: %s", error)
            printed_on = None
        if printed_on is None:
            self._ask_at_the_desk()
            return
        log.info("Take-home sheet sent to the printer %r", printed_on)
        questions.tell(
            self,
            self.tr("Your sheet is printing"),
            self.tr("Collect your printed sheet at the desk."),
        )

    def _ask_at_the_desk(self) -> None:
        questions.tell(
            self,
            self.tr("A sheet to take home"),
            self.tr("Ask at the desk for a printed sheet of these points."),
        )

    def choose_routine(self, then: Callable[[], None] | None = None) -> None:
        """Let the person choose and shape the routine and answer the pregnancy question.

        ``then`` runs after they confirm (the routine starts that way the first time).
        """
        # Imported on first use, like the other dialogs opened from menus: start-up time.
        from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog

        accept_text = self.tr("Use this routine") if then is None else self.tr("Start routine")
        dialog = RoutineEditorDialog(self._catalog, self._preferences, accept_text, self)

        def accepted() -> None:
            self._preferences.update(**dialog.choices())
            if then is not None:
                then()

        questions.run_dialog(dialog, accepted)

    def edit_sound(self) -> None:
        """The Sound and speech dialog; its choices apply on OK."""
        from acupress_gui.ui.timer.sound_speech_dialog import SoundSpeechDialog

        dialog = SoundSpeechDialog(self._preferences.person, self._speech, self)

        def accepted() -> None:
            self._preferences.update(**dialog.choices())
            if self._preferences.person.spoken_guidance:
                self._speech.start()

        questions.run_dialog(dialog, accepted)

    def _timed_title(self) -> str | None:
        entry = self.timer_card.timed_entry()
        return entry.title if entry is not None else None

    def start_routine(self) -> None:
        """Walk through the chosen entries; ask the pregnancy question first if unanswered."""
        if self.flow.is_active():
            return
        person = self._preferences.person
        if person.may_be_pregnant is None:
            self.choose_routine(then=self.start_routine)
            return
        plan = plan_for(person, self._catalog)
        if not plan.entries:
            questions.tell(
                self,
                self.tr("No points to press"),
                self.tr(
                    "Every point chosen for your routine is one to avoid in pregnancy. "
                    "Choose other points under Routine, Choose points."
                ),
            )
            return
        self.reminder_banner.hide()
        self.flow.begin_routine(plan)

    def offered_routines(self) -> tuple[NamedRoutine, ...]:
        """The catalog's routines and the person's own, for the Routine menu."""
        return offered(self._catalog, self._preferences.person.saved_routines)

    def current_routine(self) -> str | None:
        """The id or name of the routine Start routine runs; None for the points chosen
        without a name."""
        return self._preferences.person.current_routine

    def start_named_routine(self, name_or_id: str) -> None:
        """Make the routine of that id or name the current one, and start it."""
        if self.flow.is_active():
            return
        self._preferences.update(current_routine=name_or_id)
        self.start_routine()

    def offer_routine(self) -> None:
        """A reminder time came: an invitation, never an interruption of a sitting."""
        if self.mode.own_records and not self.flow.is_active():
            self.reminder_banner.show()

    def record(self, record: Recordable) -> None:
        """Save a hold or sitting at once; if the file cannot take it, keep it and say so."""
        self._recorder.record(record)
        self._show_history_state()

    def retry_history(self) -> None:
        self._recorder.retry()
        self._show_history_state()

    def _show_history_state(self) -> None:
        pending = len(self._recorder.pending)
        # A sitting's record goes with its holds: count what the person did, the holds.
        holds = sum(isinstance(record, HoldRecord) for record in self._recorder.pending)
        store = self._recorder.store
        if pending:
            problem = self._recorder.last_error
            self.history_banner_text.setText(
                self.tr(
                    "Holds not saved yet: %n. Kept while AcuPress is open and saved "
                    "as soon as possible. ({problem})",
                    "",
                    holds,
                ).format(problem=translated(problem or ""))
                if holds
                else self.tr(
                    "Your pain ratings are not saved yet. They are kept while AcuPress is "
                    "open and saved as soon as possible. ({problem})"
                ).format(problem=translated(problem or ""))
            )
            self._history_retry.start()
        else:
            self._history_retry.stop()
            if store is not None and store.read_only:
                self.history_banner_text.setText(
                    self.tr(
                        "Your history can be read, but new holds cannot be saved to it. ({problem})"
                    ).format(problem=translated(store.read_only_reason or ""))
                )
        self.history_banner.setVisible(
            self.mode.own_records and (bool(pending) or (store is not None and store.read_only))
        )
        if store is not None and store.file_lost is not None:
            lost, store.file_lost = store.file_lost, None
            questions.tell(self, self.tr("Your history file went missing"), translated(lost.reason))
        if self._history_panel is not None and self._history_panel.isVisible():
            self._history_panel.refresh()
        if self._insights_view is not None:
            self._insights_view.refresh()  # reads only while it is on screen

    def stop_on_close(self) -> None:
        """The window closes or the session ends: a running hold is saved as stopped by
        quitting, so the history tells it from one the person stopped."""
        self.driver.stop(HoldOutcome.QUIT)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.timer_card.set_reduced_motion(reduced)

    def show_save_problem(self, problem: str | None) -> None:
        """Say that settings are kept only until AcuPress closes, or stop saying so."""
        if problem is not None:
            self.settings_banner.text.setText(
                self.tr(
                    "Your choices are kept until AcuPress closes, but they could not be "
                    "saved for next time. ({problem})"
                ).format(problem=translated(problem or ""))
            )
        self.settings_banner.setVisible(problem is not None)

    def _go_to_entry(self, entry: Entry) -> None:
        self.select_entry(entry.id)
        self.body_map.zoom_to_selected()

    def _on_stage_changed(self, stage: Stage) -> None:
        startable = stage in (Stage.IDLE, Stage.SUMMARY)
        self.routine_row.setVisible(startable)
        self.routine_startable.emit(startable)

    def _running_entry(self) -> Entry | None:
        return self.timer_card.timed_entry() if self.driver.is_running() else None

    def _on_selection_changed(self) -> None:
        if self._reverting_selection:
            return
        entry = selected_entry(self.selection)
        running = self._running_entry()
        if running is not None and entry is not running:
            # The running hold's entry stays selected until the person says otherwise,
            # with the spot being pressed picked out again.
            self._select_quietly(running)
            self.body_map.highlight(self.timer_card.shown_spots())
            questions.confirm(
                self,
                self.tr("Stop the hold?"),
                self.tr("A hold of {title} is still running. Stop it?").format(title=running.title),
                yes=self.tr("Stop the hold"),
                no=self.tr("Keep holding"),
                answered=lambda stop: self._switch_if(stop, entry),
            )
            return
        self.point_panel.show_entry(entry)
        self.timer_card.set_entry(entry)
        self._update_zoom_actions()

    def _switch_if(self, stop: bool, entry: Entry | None) -> None:
        if not stop:
            return
        self.driver.stop()
        if entry is None:
            self.selection.clearSelection()
        else:
            self.select_entry(entry.id)

    def _select_quietly(self, entry: Entry) -> None:
        self._reverting_selection = True
        try:
            self.select_entry(entry.id)
        finally:
            self._reverting_selection = False

    def _on_activated(self, index: QModelIndex) -> None:
        if self.entry_model.entry_at(index) is None:
            return  # a region's heading
        choose(self.selection, index)
        self.body_map.zoom_to_selected()

    def _update_zoom_actions(self) -> None:
        self.zoom_in_action.setEnabled(self.body_map.can_zoom_in())
        self.zoom_out_action.setEnabled(self.body_map.can_zoom_out())
        self.zoom_to_selected_action.setEnabled(self.selection.hasSelection())


def _bring_up(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
