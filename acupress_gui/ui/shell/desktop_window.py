"""The desktop window around a visitor's view: menus, tray, geometry, close and quit policy.

The view inside is a ``VisitorSession``'s and can be replaced by a fresh one while the
window stays up; a kiosk shell would sit in this one's place around the same view.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from acupress_gui.core.appearance import TEXT_SCALES, ThemeChoice
from acupress_gui.core.history_recorder import HistoryRecorder
from acupress_gui.core.languages import LANGUAGES, language
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.core_text import error_text, translated
from acupress_gui.ui.common.theme import Appearance
from acupress_gui.ui.common.translations import Translations, cjk_font_missing
from acupress_gui.ui.reminders.reminder_scheduler import ReminderScheduler
from acupress_gui.ui.visitor.visitor_start import VisitorStart

if TYPE_CHECKING:
    from datetime import datetime

    from acupress_gui.core.history import HistoryStore

    # The tray is made when reminders are first turned on: start-up time.
    from acupress_gui.ui.shell.tray_icon import TrayIcon

    # The visitor's view is built after the window shows (start_first_session): its
    # modules are imported then, not before the window can appear.
    from acupress_gui.ui.visitor.visitor_session import VisitorSession
    from acupress_gui.ui.visitor.visitor_view import VisitorView

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 860)

SessionFactory = Callable[[VisitorStart], "VisitorSession"]
Text = Callable[[], str]
"""A text as ``self.tr`` gives it, asked again when the language changes."""


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str | None) -> QByteArray | None:
    if not text:
        return None
    try:
        return QByteArray(base64.b64decode(text, validate=True))
    except ValueError:
        return None


class DesktopWindow(QMainWindow):
    """Hosts one visitor session at a time and remembers where the window was.

    The window is built and shown first, with its menus waiting; ``start_first_session``
    then puts the visitor's view in, so the window appears as early as it can.

    Signals:
        closed(): the window really closed (not hidden to the tray); main() quits on it.
    """

    closed = Signal()

    def __init__(
        self,
        new_session: SessionFactory,
        preferences: Preferences,
        recorder: HistoryRecorder,
        paths: AppPaths,
        wall_clock: Callable[[], datetime],
        translations: Translations,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("AcuPress")
        self._new_session = new_session
        self._translations = translations
        self._preferences = preferences
        self._appearance = appearance
        self._restyle_waiting = False
        self._recorder = recorder
        self._paths = paths
        self._wall_clock = wall_clock
        self._quitting = False
        self.tray: TrayIcon | None = None
        """Made when reminders are first turned on; shown only while they are."""
        self.reminders = ReminderScheduler(preferences, wall_clock, self)
        self.reminders.due.connect(self.remind)
        if preferences.device.reminders_enabled:
            self.apply_reminder_settings()
        self.session: VisitorSession | None = None
        self._build_menus()
        self._build_look_menus()
        self._restore_geometry()

    def start_first_session(self) -> None:
        """Show the first visitor's view, at the entry chosen last and the split left."""
        # The window is on screen: the system's scheme can be read, and is followed.
        self._appearance.follow_system()
        self._appearance.system_changed.connect(self._restyle)
        self._restyle()
        start = VisitorStart(self._preferences.person.last_entry)
        self.session = self._show_session(self._new_session(start))
        splitter = _decode(self._preferences.device.splitter_state)
        if splitter is None or not self.view.splitter.restoreState(splitter):
            self.view.share_width(self.width())
        cjk_font_missing()  # logged now if so: the point names show Chinese characters

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    @property
    def view(self) -> VisitorView:
        if self.session is None:
            raise RuntimeError("the window has no visitor session yet")
        return self.session.view

    # --- the visitor inside --------------------------------------------------------

    def replace_session(self, start: VisitorStart | None = None) -> None:
        """Close the visitor's session and show a fresh one, the window staying up.

        ``start`` None continues where the old one was (same entry and zoom).
        """
        old = self.session
        if old is None:
            raise RuntimeError("the window has no visitor session to replace")
        splitter = old.view.splitter.saveState()
        start = old.snapshot() if start is None else start
        self.takeCentralWidget()
        old.close()
        self.session = self._show_session(self._new_session(start))
        self.view.splitter.restoreState(splitter)

    def _show_session(self, session: VisitorSession) -> VisitorSession:
        view = session.view
        self.setCentralWidget(view)
        view.show()  # a widget added to a window already on screen starts hidden
        self._fill_view_menu(view)
        view.routine_startable.connect(self.start_routine_action.setEnabled)
        view.routine_startable.connect(self._restyle_if_waiting)
        for action in self._visitor_actions:
            action.setEnabled(True)
        view.show_save_problem(self._preferences.save_problem)
        self.reduce_motion_action.setChecked(self._preferences.person.reduced_motion)
        return session

    def show_save_problem(self, problem: str | None) -> None:
        """The preferences could not be saved (or can again): the view says so."""
        self.view.show_save_problem(problem)

    # --- menus ---------------------------------------------------------------------

    def _translated(self, show: Callable[[str], None], text: Text) -> None:
        """Show ``text`` now, and again in each new language (``retranslate``)."""
        show(text())
        self._translated_texts.append((show, text))

    def _menu(self, title: Text) -> QMenu:
        menu = self.menuBar().addMenu("")
        self._translated(menu.setTitle, title)
        return menu

    def _action(self, text: Text, slot: Callable[[], None], shortcut: QKeySequence) -> QAction:
        action = QAction(self)
        self._translated(action.setText, text)
        # setShortcuts, not setShortcut: the latter's overloads bring in Qt's namespace,
        # 15 ms before the window can show.
        action.setShortcuts([shortcut])
        action.triggered.connect(slot)
        return action

    def _visitor_action(
        self, text: Text, slot: Callable[[], None], shortcut: QKeySequence
    ) -> QAction:
        """An action on the visitor's view: waits, disabled, until there is one."""
        action = self._action(text, slot, shortcut)
        action.setEnabled(False)
        self._visitor_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._visitor_actions: list[QAction] = []
        self._translated_texts: list[tuple[Callable[[str], None], Text]] = []
        file_menu = self._menu(lambda: self.tr("&File"))
        self.export_action = self._action(
            lambda: self.tr("&Export history\u2026"), self.export_history, QKeySequence("Ctrl+E")
        )
        file_menu.addAction(self.export_action)
        self.handout_action = self._visitor_action(
            lambda: self.tr("&Print / Save as PDF\u2026"),
            self.print_handout,
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        quit_action = self._action(lambda: self.tr("&Quit"), self.quit_app, QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        self._view_menu = self._menu(lambda: self.tr("&View"))
        self.history_action = self._visitor_action(
            lambda: self.tr("&History"), lambda: self.view.show_history(), QKeySequence("Ctrl+H")
        )
        self.insights_action = self._visitor_action(
            lambda: self.tr("&Insights"),
            lambda: self.view.show_insights(),
            QKeySequence("Ctrl+I"),
        )
        self.reduce_motion_action = QAction(self)
        self._translated(self.reduce_motion_action.setText, lambda: self.tr("&Reduce motion"))
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setEnabled(False)
        self._visitor_actions.append(self.reduce_motion_action)
        self.reduce_motion_action.toggled.connect(self._on_reduce_motion)
        self.sound_action = self._visitor_action(
            lambda: self.tr("&Sound and speech\u2026"),
            lambda: self.view.edit_sound(),
            QKeySequence(),
        )
        self.language_menu = self._build_language_menu()

        routine_menu = self._menu(lambda: self.tr("&Routine"))
        self.start_routine_action = self._visitor_action(
            lambda: self.tr("&Start routine"),
            lambda: self.view.start_routine(),
            QKeySequence("Ctrl+R"),
        )
        routine_menu.addAction(self.start_routine_action)
        routine_menu.addAction(
            self._visitor_action(
                lambda: self.tr("&Choose points\u2026"),
                lambda: self.view.choose_routine(),
                QKeySequence(),
            )
        )
        self._routines_start = routine_menu.addSeparator()
        self._routine_actions: list[QAction] = []
        routine_menu.aboutToShow.connect(lambda: self._fill_routines(routine_menu))
        routine_menu.addSeparator()
        routine_menu.addAction(
            self._action(lambda: self.tr("Re&minders\u2026"), self.edit_reminders, QKeySequence())
        )

        help_menu = self._menu(lambda: self.tr("&Help"))
        self.notice_action = self._visitor_action(
            lambda: self.tr("&When to see a doctor"),
            lambda: self.view.show_notice(),
            QKeySequence(),
        )
        help_menu.addAction(self.notice_action)
        help_menu.addAction(
            self._action(
                lambda: self.tr("&Reading your pain trend"), self.show_pain_help, QKeySequence()
            )
        )
        self._add_keyboard_help(help_menu)
        help_menu.addAction(
            self._action(
                lambda: self.tr("What the e&xported history holds"),
                self.show_export_help,
                QKeySequence(),
            )
        )
        about = self.about_action = self._action(
            lambda: self.tr("&About AcuPress"), self._show_about, QKeySequence()
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    def _add_keyboard_help(self, help_menu: QMenu) -> None:
        """Help > Keyboard shortcuts, on the platform's help key (F1; Ctrl+? on macOS)."""
        self.shortcuts_action = self._action(
            lambda: self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        help_menu.addAction(self.shortcuts_action)

    def _fill_routines(self, menu: QMenu) -> None:
        """The catalog's routines and the person's own, the current one checked: one
        click makes it current and starts it. Made as the menu opens, so it is never stale."""
        for action in self._routine_actions:
            menu.removeAction(action)
            action.deleteLater()
        self._routine_actions = []
        if self.session is None:
            return
        view = self.view
        current = view.current_routine()
        anchor = menu.actions()[menu.actions().index(self._routines_start) + 1]
        for routine in view.offered_routines():
            key = routine.preset_id or routine.name
            action = QAction(routine.name, menu)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setEnabled(self.start_routine_action.isEnabled())
            action.triggered.connect(lambda _checked=False, key=key: view.start_named_routine(key))
            menu.insertAction(anchor, action)
            self._routine_actions.append(action)

    def _fill_view_menu(self, view: VisitorView) -> None:
        """The View menu holds the current view's map actions, then the window's own."""
        menu = self._view_menu
        menu.clear()
        menu.addActions(list(view.zoom_actions()))
        menu.addSeparator()
        menu.addActions([self.history_action, self.insights_action])
        menu.addActions([self.reduce_motion_action, self.sound_action])
        menu.addSeparator()
        menu.addMenu(self.language_menu)
        menu.addMenu(self.text_size_menu)
        menu.addMenu(self.theme_menu)

    # --- language ------------------------------------------------------------------

    def _build_language_menu(self) -> QMenu:
        """View, Language: following the system, or one of the languages by its own name,
        the one in effect checked. Disabled during a hold or a routine, saying so: the
        view is rebuilt in the new language, which would end them."""
        menu = QMenu(self)
        self._translated(menu.setTitle, lambda: self.tr("&Language"))
        self._language_busy_note = menu.addAction("")
        self._translated(
            self._language_busy_note.setText,
            lambda: self.tr("The language can be changed once the hold or routine ends"),
        )
        self._language_busy_note.setEnabled(False)
        group = QActionGroup(menu)
        follow = QAction(menu)
        self._translated(
            follow.setText,
            lambda: self.tr("Follow the &system ({language})").format(
                language=language(self._translations.system_code()).native_name
            ),
        )
        # Named by _name_languages as the menu opens: asking for fonts costs a few ms,
        # which this is built too early to spend.
        choices = [
            ("", follow),
            *((each.code, QAction(each.native_name, menu)) for each in LANGUAGES),
        ]
        self._language_actions: dict[str, QAction] = {}
        for chosen, action in choices:
            action.setCheckable(True)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(
                lambda _checked=False, chosen=chosen: self.choose_language(chosen)
            )
            self._language_actions[chosen] = action
        menu.aboutToShow.connect(self._show_language_state)
        return menu

    def _name_languages(self) -> None:
        """Each language by its own name, and what it lacks to be read here."""
        for each in LANGUAGES:
            name = each.native_name
            if each.needs_cjk_font and cjk_font_missing():
                name = self.tr("{language} \u2014 needs a Chinese font").format(language=name)
            self._language_actions[each.code].setText(name)

    def _show_language_state(self) -> None:
        busy = self.session is not None and self.view.flow.is_active()
        self._language_busy_note.setVisible(busy)
        for chosen, action in self._language_actions.items():
            action.setEnabled(not busy)
            action.setChecked(chosen == self._translations.chosen)
        self._name_languages()

    def choose_language(self, chosen: str) -> None:
        """Show AcuPress in ``chosen`` ("" to follow the system) now and at each start:
        the visitor's view is rebuilt where the person was (entry, zoom), and the menus
        and tray are retranslated (``retranslate``, on Qt's ``LanguageChange``). Refused
        during a hold or a routine."""
        if self.session is not None and self.view.flow.is_active():
            log.info("The language is not changed during a hold or routine")
            return
        self._preferences.update(language=chosen)
        before = self._translations.code
        self._translations.use(chosen)
        if self.session is not None and self._translations.code != before:
            self.replace_session()

    def retranslate(self) -> None:
        """Every text of the menus and the tray again, in the language now installed."""
        for show, text in self._translated_texts:
            show(text())
        self._name_languages()
        if self.tray is not None:
            self.tray.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- look ----------------------------------------------------------------------

    def _build_look_menus(self) -> None:
        """View > Text size and View > Theme, each a set of choices with the current one
        checked."""
        self.text_size_menu = QMenu(self)
        self._translated(self.text_size_menu.setTitle, lambda: self.tr("&Text size"))
        self.theme_menu = QMenu(self)
        self._translated(self.theme_menu.setTitle, lambda: self.tr("Th&eme"))
        choices: list[tuple[QMenu, str, object, Text]] = [
            (self.text_size_menu, "text_scale", scale, self._percent_text(scale))
            for scale in TEXT_SCALES
        ]
        choices += [
            (self.theme_menu, "theme", ThemeChoice.SYSTEM, lambda: self.tr("Follow the &system")),
            (self.theme_menu, "theme", ThemeChoice.LIGHT, lambda: self.tr("&Light")),
            (self.theme_menu, "theme", ThemeChoice.DARK, lambda: self.tr("&Dark")),
            (
                self.theme_menu,
                "theme",
                ThemeChoice.HIGH_CONTRAST,
                lambda: self.tr("&High contrast"),
            ),
        ]
        groups = {menu: QActionGroup(menu) for menu in (self.text_size_menu, self.theme_menu)}
        self._look_actions: list[tuple[QAction, str, object]] = []
        for menu, setting, value, text in choices:
            action = QAction(groups[menu])
            self._translated(action.setText, text)
            action.setCheckable(True)
            action.triggered.connect(
                lambda _checked=False, setting=setting, value=value: self.choose_look(
                    **{setting: value}
                )
            )
            menu.addAction(action)
            self._look_actions.append((action, setting, value))
        self._check_look_actions()

    def _percent_text(self, scale: int) -> Text:
        return lambda: self.tr("{n} %").format(n=QLocale().toString(scale))

    def choose_look(self, **change: object) -> None:
        """Change the person's theme or text size (``theme=``, ``text_scale=``) and show it."""
        self._preferences.update(**change)
        self._check_look_actions()
        self._restyle()

    def _check_look_actions(self) -> None:
        person = self._preferences.person
        for action, setting, value in self._look_actions:
            action.setChecked(getattr(person, setting) == value)

    def _restyle(self) -> None:
        """Apply the person's theme and text size now, or once the sitting ends: the
        visitor's view is made again in the new look, and that would end a hold."""
        if self.session is not None and self.view.flow.is_active():
            self._restyle_waiting = True
            return
        self._restyle_waiting = False
        person = self._preferences.person
        if self._appearance.apply(person.theme, person.text_scale) and self.session is not None:
            self.replace_session()

    def _restyle_if_waiting(self, sitting_over: bool) -> None:
        if sitting_over and self._restyle_waiting:
            # On the next turn: the view that says so must not be closed from its own signal.
            QTimer.singleShot(0, self, self._restyle)

    # --- behaviour -----------------------------------------------------------------

    def print_handout(self) -> None:
        """A sheet to take home, of the selected point or a routine."""
        from acupress_gui.core.export import protected_files

        self.view.print_handout(lambda: protected_files(self._paths))

    def export_history(self) -> None:
        """Save the history as CSV where the person chooses."""
        self._recorder.retry()
        store = self._recorder.store
        if store is None:
            questions.tell(
                self,
                self.tr("History not available"),
                self.tr("The history file cannot be read right now: {problem}").format(
                    problem=translated(self._recorder.last_error or "")
                ),
            )
            return
        stamp = self._wall_clock().astimezone().strftime("%Y-%m-%d")
        questions.choose_save_path(
            self,
            self.tr("Export history"),
            Path.home() / f"acupress-history-{stamp}.csv",
            self.tr("CSV files (*.csv)"),
            chosen=lambda target: self._export_to(store, target),
        )

    def _export_to(self, store: HistoryStore, target: Path) -> None:
        from acupress_gui.core.export import ExportError, export_csv, protected_files
        from acupress_gui.core.history import HistoryError

        try:
            # Asked now, not at start: a damaged copy may have been set aside since.
            protected = protected_files(self._paths)
            count = export_csv(store.oldest_first(), target, protected=protected)
        except (HistoryError, ExportError) as error:
            questions.tell(
                self,
                self.tr("Export failed"),
                self.tr("The history was not exported. {reason}").format(reason=error_text(error)),
            )
            return
        questions.tell(
            self,
            self.tr("History exported"),
            self.tr("Saved to {path}. Holds exported: %n.", "", count).format(path=target),
        )

    def edit_reminders(self) -> None:
        from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
        from acupress_gui.ui.shell.tray_icon import tray_available

        dialog = RemindersDialog(self._preferences.device, tray_available(), self)

        def accepted() -> None:
            self._preferences.update(**dialog.choices())
            self.apply_reminder_settings()

        questions.run_dialog(dialog, accepted)

    def apply_reminder_settings(self) -> None:
        """Follow the reminder settings: aim at the next time, show or hide the tray."""
        self.reminders.reschedule()
        wanted = self._preferences.device.reminders_enabled
        if self.tray is None and wanted:
            from acupress_gui.ui.shell.tray_icon import TrayIcon

            self.tray = TrayIcon(self)
            self.tray.open_requested.connect(self.bring_to_front)
            self.tray.routine_requested.connect(self._routine_from_tray)
            self.tray.quit_requested.connect(self.quit_app)
        if self.tray is not None:
            self.tray.set_wanted(wanted)

    def remind(self) -> None:
        """A reminder time came: an invitation, never an interruption of a sitting."""
        if self.session is None or self.view.flow.is_active():
            return
        self.view.offer_routine()
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
        if self.session is not None:
            self.view.start_routine()

    def quit_app(self) -> None:
        """Ctrl+Q and the tray's Quit: close for real, even when closing would hide."""
        self._quitting = True
        if not self.close():
            self._quitting = False

    def bring_to_front(self) -> None:
        """Called when a second launch hands over to this copy."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_reduce_motion(self, reduced: bool) -> None:
        if reduced != self._preferences.person.reduced_motion:
            self.view.set_reduced_motion(reduced)

    def show_pain_help(self) -> None:
        from acupress_gui.ui.common.reading_dialog import ReadingDialog

        title = self.tr("Reading your pain trend")
        text = self.tr(
            "<p>Before and after a routine or a hold you can rate your pain from 0 (no "
            "pain) to 10 (the worst pain you can imagine). One rating moves with sleep, "
            "weather and mood, so the trend compares weeks, not single days.</p>"
            "<p>AcuPress takes the middle value (the median) of the ratings you gave "
            "<i>before</i> sessions in your first week, Monday to Sunday, and in the "
            "last 7 days. It calls the change meaningful when pain dropped by at least "
            "2 points or by at least 30%. In a pooled analysis of 10 trials (2,724 "
            "people with long-lasting pain; Farrar and colleagues, <i>Pain</i>, 2001), "
            "a drop of about that size best matched people saying they felt much "
            "improved, and higher starting pain needed a larger drop in points, so the "
            "30% form is the more general one. For low back pain, an international "
            "consensus proposed the same 2 points or 30% as the smallest change that "
            "matters (Ostelo and colleagues, <i>Spine</i>, 2008). If your first week "
            "was at 0 there was nothing to reduce, so no label is given.</p>"
            "<p>This is a record for you and your doctor, not a diagnosis. Pain that "
            "keeps rising needs a doctor's eyes, not more pressing.</p>"
        )
        questions.run_dialog(ReadingDialog(title, text, parent=self), lambda: None)

    def show_shortcuts(self) -> None:
        """List every key, as the menus and the widgets have them now."""
        from acupress_gui.ui.shell.shortcuts_dialog import ShortcutsDialog, keyboard_sections

        questions.run_dialog(ShortcutsDialog(keyboard_sections(self.menuBar()), self), lambda: None)

    def show_export_help(self) -> None:
        """Each column of the CSV that File \u25b8 Export history writes: its name as the
        file has it (a spreadsheet formula or a script reads those), what it holds in the
        person's language."""
        from acupress_gui.core.export import COLUMN_NOTES
        from acupress_gui.ui.common.core_text import translated
        from acupress_gui.ui.common.reading_dialog import ReadingDialog

        intro = self.tr(
            "<p>File \u25b8 Export history saves every hold in your history to a CSV "
            "file, which a spreadsheet opens: a row for each hold, oldest first, in "
            "these columns. Their names stay in English in every language.</p>{columns}"
        ).format(columns="")  # the columns follow, laid out by the dialog
        columns = {name: translated(note) for name, note in COLUMN_NOTES.items()}
        title = self.tr("What the exported history holds")
        questions.run_dialog(ReadingDialog(title, intro, columns, self), lambda: None)

    def _show_about(self) -> None:
        from acupress_gui.ui.shell.about_dialog import AboutDialog

        questions.run_dialog(AboutDialog(self._paths, self), lambda: None)

    # --- persistence ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        device = self._preferences.device
        geometry = _decode(device.window_geometry)
        if geometry is None or not self.restoreGeometry(geometry):
            self._place_default()

    def _place_default(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(screen.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(screen.height() * 0.9))
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def _save_geometry(self) -> None:
        """Where the window was and the entry chosen, saved once on closing rather than
        on every click; a failure is reported like any other, never stops closing."""
        changes: dict[str, object] = {"window_geometry": _encode(self.saveGeometry())}
        if self.session is not None:
            changes["splitter_state"] = _encode(self.view.splitter.saveState())
            changes["last_entry"] = self.view.selected_entry_id()
        self._preferences.update(**changes)

    def _hides_to_tray(self) -> bool:
        settings = self._preferences.device
        return (
            not self._quitting
            and settings.reminders_enabled
            and settings.keep_in_tray
            and self.tray is not None
            and self.tray.isVisible()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # A hold in progress is saved as stopped by quitting (closing the window).
        if self.session is not None:
            self.view.stop_on_close()
        self._save_geometry()
        if self._hides_to_tray():
            event.ignore()
            self.hide()
            return
        # Quitting never waits on a save failure: it was shown in the window when it
        # happened, and what is still held back is named in the log.
        self._recorder.retry()
        for record in self._recorder.pending:
            log.error("Quitting with a record not saved to the history: %r", record)
        log.info("Main window closing")
        if self.tray is not None:
            self.tray.hide()
        if self.session is not None:
            self.session.close()
        super().closeEvent(event)
        self.closed.emit()
