"""The main window: the body map on the left, the list of points and the panel on the right."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acupress_gui import __version__
from acupress_gui.core.catalog import Catalog, Entry
from acupress_gui.core.history import HistoryError, HistoryRecorder, Recordable
from acupress_gui.core.routine import RoutinePlan
from acupress_gui.core.settings import Settings, SettingsStore
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.banner import Banner
from acupress_gui.ui.common.theme import Theme
from acupress_gui.ui.map.body_map_view import BodyMapView
from acupress_gui.ui.map.entry_list_model import EntryListModel, choose, selected_entry
from acupress_gui.ui.map.point_panel import PointPanel
from acupress_gui.ui.reminders.reminder_scheduler import ReminderScheduler
from acupress_gui.ui.sitting.routine_bar import RoutineBar
from acupress_gui.ui.sitting.session_flow import SessionFlow, Stage
from acupress_gui.ui.sitting.session_summary import SessionSummary
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
from acupress_gui.ui.timer.timer_card import TimerCard

if TYPE_CHECKING:
    # Windows opened from a menu, and the tray, are imported when first needed: every
    # module imported at start-up is time before the window shows.
    from acupress_gui.ui.history.history_panel import HistoryPanel
    from acupress_gui.ui.insights.insights_view import InsightsView
    from acupress_gui.ui.shell.tray_icon import TrayIcon
    from acupress_gui.ui.sitting.pain_check_in import PainCheckIn

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 860)
MAP_SHARE = 0.56
MAP_MIN_WIDTH = 300
ENTRY_LIST_WIDTH = 214
HISTORY_RETRY_MS = 30_000
"""How often unsaved holds are retried while the history file cannot be written."""


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str | None) -> QByteArray | None:
    if not text:
        return None
    try:
        return QByteArray(base64.b64decode(text, validate=True))
    except ValueError:
        return None


class MainWindow(QMainWindow):
    """Builds the views around one shared selection and remembers window and selection.

    Everything it works with is handed in (the clocks too, so tests can move time), so
    a kiosk reset can build a fresh window.

    Signals:
        closed(): the window really closed (not hidden to the tray); main() quits on it.
    """

    closed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        settings_store: SettingsStore,
        theme: Theme,
        recorder: HistoryRecorder,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("AcuPress")
        self._catalog = catalog
        self._theme = theme
        self._settings = settings
        self._settings_store = settings_store
        self._recorder = recorder
        self._wall_clock = wall_clock
        self._reverting_selection = False
        self._history_panel: HistoryPanel | None = None
        self._insights_view: InsightsView | None = None

        self.entry_model = EntryListModel(catalog, self)
        self.selection = QItemSelectionModel(self.entry_model, self)
        self.body_map = BodyMapView(catalog, self.entry_model, self.selection, theme)
        self.entry_list = self._build_entry_list()
        self.point_panel = PointPanel(catalog, theme)
        self.driver = HoldTimerDriver(clock, wall_clock, self)
        self.cues = CuePlayer(settings.muted, self)
        self.timer_card = TimerCard(self.driver, self.cues, settings, theme, clock)
        self.session_summary = SessionSummary()
        self.routine_bar = RoutineBar()
        self.session_stack = QStackedWidget()
        for card in (self.timer_card, self.session_summary):
            self.session_stack.addWidget(card)
        self.flow = SessionFlow(
            settings,
            self.timer_card,
            self.driver,
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
        self._quitting = False
        self.tray: TrayIcon | None = None
        """Made when reminders are first turned on; shown only while they are."""
        self.reminders = ReminderScheduler(settings, wall_clock, self)
        self.reminders.due.connect(self.remind)
        if settings.reminders_enabled:
            self.apply_reminder_settings()
        self._history_retry = QTimer(self)
        self._history_retry.setInterval(HISTORY_RETRY_MS)
        self._history_retry.timeout.connect(self.retry_history)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_map_pane())
        self.splitter.addWidget(self._build_side_pane())
        self.setCentralWidget(self.splitter)
        self._build_menus()

        self.selection.selectionChanged.connect(self._on_selection_changed)
        self.body_map.zoom_changed.connect(self._update_zoom_actions)
        self.timer_card.preferences_changed.connect(self._save_preferences)
        self.flow.stage_changed.connect(self._on_stage_changed)
        self.flow.high_pain_rated.connect(self.red_flag_banner.show)
        self.session_summary.red_flags_requested.connect(self.show_notice)
        self.session_summary.insights_requested.connect(self.show_insights)
        self._restore()

    # --- layout --------------------------------------------------------------------

    def _build_entry_list(self) -> QListView:
        view = QListView()
        view.setObjectName("entryList")
        view.setAccessibleName(self.tr("Points"))
        view.setModel(self.entry_model)
        view.setSelectionModel(self.selection)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.setFixedWidth(ENTRY_LIST_WIDTH)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(True)
        view.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        # Enter (or a double click) selects and frames the entry on the map.
        view.activated.connect(self._on_activated)
        return view

    def _build_map_pane(self) -> QWidget:
        toolbar = QToolBar(self.tr("Zoom"))
        toolbar.setObjectName("mapToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_to_selected_action,
        ):
            toolbar.addAction(action)

        # The list of points runs down beside the figure: the keyboard and screen-reader
        # way to every point, in the space the narrow figure leaves free.
        index = QVBoxLayout()
        index.setContentsMargins(12, 4, 0, 12)
        index.setSpacing(6)
        heading = QLabel(self.tr("POINTS"))
        heading.setObjectName("listHeading")
        heading.setBuddy(self.entry_list)
        index.addWidget(heading)
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
        layout.addLayout(below_toolbar, 1)
        return pane

    def _build_side_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        self.start_routine_button = QPushButton(self.tr("Start routine"))
        self.start_routine_button.setObjectName("primaryButton")
        self.start_routine_button.clicked.connect(self.start_routine)
        choose_routine = QPushButton(self.tr("Choose points\u2026"))
        choose_routine.clicked.connect(self.choose_routine)
        self.routine_row = QWidget()
        row = QHBoxLayout(self.routine_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.start_routine_button)
        row.addWidget(choose_routine)
        row.addStretch(1)
        layout.addWidget(self.reminder_banner)
        layout.addWidget(self.history_banner)
        layout.addWidget(self.red_flag_banner)
        layout.addWidget(self.routine_row)
        layout.addWidget(self.routine_bar)
        layout.addWidget(self.session_stack)
        layout.addWidget(self.point_panel, 1)
        return pane

    def _build_red_flag_banner(self) -> Banner:
        banner = Banner(
            "cautionCard",
            self.tr(
                "That is a lot of pain. Press gently or not at all today, and check the "
                "signs that mean you should see a doctor."
            ),
        )
        banner.add_button(self.tr("When to see a doctor"), self.show_notice)
        banner.add_button(self.tr("Dismiss"), banner.hide, "quietButton")
        return banner

    def _build_history_banner(self) -> Banner:
        banner = Banner("cautionCard")
        self.history_banner_text = banner.text
        banner.add_button(self.tr("Try again"), self.retry_history)
        return banner

    def _build_reminder_banner(self) -> Banner:
        banner = Banner(
            "correctionCard",
            self.tr("It is one of your reminder times. A routine, when you are ready?"),
        )
        self.reminder_start_button = banner.add_button(
            self.tr("Start routine"), self.start_routine, "primaryButton", hides=True
        )
        banner.add_button(self.tr("Not now"), banner.hide, "quietButton")
        return banner

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = self._action(
            self.tr("&Export history\u2026"), self.export_history, QKeySequence("Ctrl+E")
        )
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.quit_app, QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_to_selected_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.history_action = self._action(
            self.tr("&History"), self.show_history, QKeySequence("Ctrl+H")
        )
        view_menu.addAction(self.history_action)
        self.insights_action = self._action(
            self.tr("&Insights"), self.show_insights, QKeySequence("Ctrl+I")
        )
        view_menu.addAction(self.insights_action)
        self.reduce_motion_action = QAction(self.tr("&Reduce motion"), self)
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setChecked(self._settings.reduced_motion)
        self.reduce_motion_action.toggled.connect(self._on_reduce_motion)
        view_menu.addAction(self.reduce_motion_action)

        routine_menu = self.menuBar().addMenu(self.tr("&Routine"))
        self.start_routine_action = self._action(
            self.tr("&Start routine"), self.start_routine, QKeySequence("Ctrl+R")
        )
        routine_menu.addAction(self.start_routine_action)
        routine_menu.addAction(
            self._action(self.tr("&Choose points\u2026"), self.choose_routine, QKeySequence())
        )
        routine_menu.addSeparator()
        routine_menu.addAction(
            self._action(self.tr("Re&minders\u2026"), self.edit_reminders, QKeySequence())
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.notice_action = self._action(
            self.tr("&When to see a doctor"), self.show_notice, QKeySequence()
        )
        help_menu.addAction(self.notice_action)
        help_menu.addAction(
            self._action(self.tr("&Reading your pain trend"), self.show_pain_help, QKeySequence())
        )
        about = self._action(self.tr("&About AcuPress"), self._show_about, QKeySequence())
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    @property
    def check_in(self) -> PainCheckIn:
        return self.flow.check_in

    # --- behaviour -----------------------------------------------------------------

    def show_notice(self) -> None:
        """Show the first-run notice; acknowledging it is remembered."""
        from acupress_gui.ui.common.first_run_notice import FirstRunNotice

        if FirstRunNotice.ask(self) and not self._settings.notice_acknowledged:
            self._settings.notice_acknowledged = True
            self._settings_store.save(self._settings)

    def select_entry(self, entry_id: str) -> bool:
        """Select an entry by id (as a click or the list would); False if there is none."""
        index = self.entry_model.index_of(entry_id)
        if not index.isValid():
            return False
        choose(self.selection, index)
        return True

    def show_history(self) -> None:
        if self._history_panel is None:
            from acupress_gui.ui.history.history_panel import HistoryPanel

            self._history_panel = HistoryPanel(
                self._recorder, self._catalog, self._wall_clock, self
            )
        self._history_panel.refresh()
        self._history_panel.show()
        self._history_panel.raise_()
        self._history_panel.activateWindow()

    def export_history(self) -> None:
        """Save the history as CSV where the person chooses."""
        self.retry_history()
        store = self._recorder.store
        if store is None:
            questions.tell(
                self,
                self.tr("History not available"),
                self.tr("The history file cannot be read right now: {problem}").format(
                    problem=self._recorder.last_error
                ),
            )
            return
        stamp = self._wall_clock().astimezone().strftime("%Y-%m-%d")
        target = questions.choose_save_path(
            self,
            self.tr("Export history"),
            Path.home() / f"acupress-history-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if target is None:
            return
        from acupress_gui.core.export import export_csv

        try:
            count = export_csv(store.oldest_first(), target)
        except (HistoryError, OSError) as error:
            questions.tell(
                self,
                self.tr("Export failed"),
                self.tr("The history could not be saved to {path}: {error}").format(
                    path=target, error=error
                ),
            )
            return
        questions.tell(
            self,
            self.tr("History exported"),
            self.tr("Saved to {path}. Holds exported: %n.", "", count).format(path=target),
        )

    def history_panel(self) -> HistoryPanel | None:
        return self._history_panel

    def show_insights(self) -> None:
        """Open the charts; pyqtgraph is imported only now, never at start-up."""
        if self._insights_view is None:
            from acupress_gui.ui.insights.insights_view import InsightsView

            self._insights_view = InsightsView(
                self._recorder, self._catalog, self._theme, self._wall_clock, self
            )
        self._insights_view.show()  # each showing reads the history afresh
        self._insights_view.raise_()
        self._insights_view.activateWindow()

    def insights_view(self) -> InsightsView | None:
        return self._insights_view

    def choose_routine(self, accept_text: str | None = None) -> bool:
        """Let the person pick the routine's points and answer the pregnancy question."""
        # Imported on first use, like the other dialogs opened from menus: start-up time.
        from acupress_gui.ui.sitting.routine_setup_dialog import RoutineSetupDialog

        dialog = RoutineSetupDialog(
            self._catalog, self._settings, accept_text or self.tr("Save"), self
        )
        if questions.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._save_preferences()
        return True

    def start_routine(self) -> None:
        """Walk through the chosen entries; ask the pregnancy question first if unanswered."""
        if self.flow.is_active():
            return
        if self._settings.may_be_pregnant is None and not self.choose_routine(
            self.tr("Start routine")
        ):
            return
        plan = RoutinePlan.build(
            self._catalog.entries,
            self._settings.routine_entries,
            bool(self._settings.may_be_pregnant),
        )
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
        self.flow.begin_routine(plan)

    def edit_reminders(self) -> None:
        from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
        from acupress_gui.ui.shell.tray_icon import tray_available

        dialog = RemindersDialog(self._settings, tray_available(), self)
        if questions.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._save_preferences()
        self.apply_reminder_settings()

    def apply_reminder_settings(self) -> None:
        """Follow the reminder settings: aim at the next time, show or hide the tray."""
        self.reminders.reschedule()
        if self.tray is None and self._settings.reminders_enabled:
            from acupress_gui.ui.shell.tray_icon import TrayIcon

            self.tray = TrayIcon(self._theme, self)
            self.tray.open_requested.connect(self.bring_to_front)
            self.tray.routine_requested.connect(self._routine_from_tray)
            self.tray.quit_requested.connect(self.quit_app)
        if self.tray is not None:
            self.tray.set_wanted(self._settings.reminders_enabled)

    def remind(self) -> None:
        """A reminder time came: an invitation, never an interruption of a session."""
        if self.flow.is_active():
            return
        self.reminder_banner.show()
        if self.isVisible() and self.isActiveWindow():
            return
        if self.tray is not None and self.tray.notify(
            self.tr("Time for a routine"), self.tr("Open AcuPress whenever you are ready.")
        ):
            return
        if self.isHidden():  # the tray went away after the window was hidden to it
            self.showMinimized()
        QApplication.alert(self)

    def _routine_from_tray(self) -> None:
        self.bring_to_front()
        self.start_routine()

    def quit_app(self) -> None:
        """Ctrl+Q and the tray's Quit: close for real, even when closing would hide."""
        self._quitting = True
        if not self.close():  # the person chose to keep AcuPress open
            self._quitting = False

    def record(self, record: Recordable) -> None:
        """Save a hold or sitting at once; if the file cannot take it, keep it and say so."""
        self._recorder.record(record)
        self._show_history_state()

    def retry_history(self) -> None:
        self._recorder.retry()
        self._show_history_state()

    def _show_history_state(self) -> None:
        pending = len(self._recorder.pending)
        if pending:
            self.history_banner_text.setText(
                self.tr(
                    "Not saved yet: %n. Kept while AcuPress is open and saved "
                    "as soon as possible. ({problem})",
                    "",
                    pending,
                ).format(problem=self._recorder.last_error)
            )
            self._history_retry.start()
        else:
            self._history_retry.stop()
        self.history_banner.setVisible(bool(pending))
        if self._history_panel is not None and self._history_panel.isVisible():
            self._history_panel.refresh()
        if self._insights_view is not None:
            self._insights_view.refresh()  # reads only while it is on screen

    def bring_to_front(self) -> None:
        """Called when a second launch hands over to this copy."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _go_to_entry(self, entry: Entry) -> None:
        self.select_entry(entry.id)
        self.body_map.zoom_to_selected()

    def _on_stage_changed(self, stage: Stage) -> None:
        idle = stage in (Stage.IDLE, Stage.SUMMARY)
        self.routine_row.setVisible(idle)
        self.start_routine_action.setEnabled(idle)

    def _on_reduce_motion(self, reduced: bool) -> None:
        self.timer_card.set_reduced_motion(reduced)
        self._save_preferences()

    def _save_preferences(self) -> None:
        try:
            self._settings_store.save(self._settings)
        except OSError as error:
            log.warning("Could not save settings: %s", error)

    def _running_entry(self) -> Entry | None:
        return self.timer_card.timed_entry() if self.driver.is_running() else None

    def _on_selection_changed(self) -> None:
        if self._reverting_selection:
            return
        entry = selected_entry(self.selection)
        running = self._running_entry()
        if running is not None and entry is not running:
            if questions.confirm(
                self,
                self.tr("Stop the hold?"),
                self.tr("A hold of {title} is still running. Stop it?").format(title=running.title),
                yes=self.tr("Stop the hold"),
                no=self.tr("Keep holding"),
            ):
                self.driver.stop()
            else:
                self._reverting_selection = True
                self.select_entry(running.id)
                self._reverting_selection = False
                return
        self.point_panel.show_entry(entry)
        self.timer_card.set_entry(entry)
        self._settings.last_entry = entry.id if entry else None
        self._update_zoom_actions()

    def _on_activated(self, index: QModelIndex) -> None:
        choose(self.selection, index)
        self.body_map.zoom_to_selected()

    def _update_zoom_actions(self) -> None:
        self.zoom_in_action.setEnabled(self.body_map.can_zoom_in())
        self.zoom_out_action.setEnabled(self.body_map.can_zoom_out())
        self.zoom_to_selected_action.setEnabled(self.selection.hasSelection())

    def show_pain_help(self) -> None:
        questions.tell(
            self,
            self.tr("Reading your pain trend"),
            self.tr(
                "<p>Before and after a routine or a hold you can rate your pain from 0 (no "
                "pain) to 10 (the worst pain you can imagine). One rating moves with sleep, "
                "weather and mood, so the trend compares weeks, not single days.</p>"
                "<p>AcuPress takes the middle value (the median) of the ratings you gave "
                "<i>before</i> sessions in your first week, Monday to Sunday, and in the "
                "last 7 days. It calls the change meaningful when pain dropped by at least "
                "2 points or by at least 30%. That is the smallest change that people with "
                "long-lasting pain, on average, felt as a real improvement in a large study "
                "of this scale (Farrar and colleagues, <i>Pain</i>, 2001). If your first "
                "week was at 0 there was nothing to reduce, so no label is given.</p>"
                "<p>This is a record for you and your doctor, not a diagnosis. Pain that "
                "keeps rising needs a doctor's eyes, not more pressing.</p>"
            ),
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AcuPress"),
            self.tr(
                "<h3>AcuPress {version}</h3><p>Guided self-acupressure for back and neck "
                "pain. Self-care guidance, not a diagnosis or a treatment.</p>"
                "<p>Point locations follow the WHO standard (2008); all text is our "
                "own.</p>"
            ).format(version=__version__),
        )

    # --- persistence ---------------------------------------------------------------

    def _restore(self) -> None:
        geometry = _decode(self._settings.window_geometry)
        if geometry is None or not self.restoreGeometry(geometry):
            self._place_default()
        splitter = _decode(self._settings.splitter_state)
        if splitter is None or not self.splitter.restoreState(splitter):
            width = self.width()
            self.splitter.setSizes([int(width * MAP_SHARE), int(width * (1 - MAP_SHARE))])
        if self._settings.last_entry:
            self.select_entry(self._settings.last_entry)
        self._update_zoom_actions()

    def _place_default(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(screen.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(screen.height() * 0.9))
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def save_settings(self) -> None:
        self._settings.window_geometry = _encode(self.saveGeometry())
        self._settings.splitter_state = _encode(self.splitter.saveState())
        self._settings_store.save(self._settings)

    def _hides_to_tray(self) -> bool:
        settings = self._settings
        return (
            not self._quitting
            and settings.reminders_enabled
            and settings.keep_in_tray
            and self.tray is not None
            and self.tray.isVisible()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # A hold in progress is saved as stopped early, like pressing Stop.
        self.driver.stop()
        if self._hides_to_tray():
            self._save_preferences_and_geometry()
            event.ignore()
            self.hide()
            return
        self._recorder.retry()
        if self._recorder.pending and not questions.confirm(
            self,
            self.tr("Quit without saving?"),
            self.tr(
                "Holds or ratings that could not be saved to the history file: %n. They "
                "will be lost if you quit now.",
                "",
                len(self._recorder.pending),
            ),
            yes=self.tr("Quit anyway"),
            no=self.tr("Keep AcuPress open"),
        ):
            event.ignore()
            return
        log.info("Main window closing")
        if self.tray is not None:
            self.tray.hide()
        try:
            self.save_settings()
        except OSError as error:
            # Losing the window position must never stop the person from quitting.
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("AcuPress could not save its settings:\n{error}").format(error=error),
            )
        super().closeEvent(event)
        self.closed.emit()

    def _save_preferences_and_geometry(self) -> None:
        try:
            self.save_settings()
        except OSError as error:
            log.warning("Could not save settings: %s", error)
