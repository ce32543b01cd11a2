"""The kiosk shell: one frameless full-screen window, and everything drawn inside it.

Its pages are the start screen, the visitor's page (a ``VisitorBar`` over the session's
view) and the staff screen; over them come layers (``Overlay``): the welcome, the
visitor's dialogs (it is a ``questions.DialogHost``), the PIN pad and the idle
countdown. Only the topmost layer (or, with none, the page) is enabled, so keys cannot
reach what is beneath either.

Each visitor gets a session of their own, built, never cleared: when they finish or
the countdown runs out, the session is closed (a running hold ends as stopped by
quitting, and is only counted), the clipboard is emptied, the language goes back to the
first offered, and the start screen shows; the next visitor's session is built when they
choose their language. The window can only be closed through the staff screen's Exit.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QVBoxLayout, QWidget

from acupress_gui.core.free_memory import RETURN_AFTER_MS, return_free_memory
from acupress_gui.core.kiosk.idle_policy import IdlePolicy
from acupress_gui.core.preferences import Preferences
from acupress_gui.ui.common.finger_scrolling import FingerScrolling
from acupress_gui.ui.kiosk.attract_screen import AttractScreen
from acupress_gui.ui.kiosk.dialog_layer import DialogLayer
from acupress_gui.ui.kiosk.event_watchers import EventWatchers
from acupress_gui.ui.kiosk.idle_countdown import IdleCountdown
from acupress_gui.ui.kiosk.idle_watch import IdleWatch
from acupress_gui.ui.kiosk.kiosk_guard import KioskGuard
from acupress_gui.ui.kiosk.kiosk_parts import KioskParts
from acupress_gui.ui.kiosk.kiosk_style import body_pixels, kiosk_stylesheet, target_pixels
from acupress_gui.ui.kiosk.overlay import Overlay
from acupress_gui.ui.kiosk.pin_pad import PinPad
from acupress_gui.ui.kiosk.staff_gesture import StaffGesture
from acupress_gui.ui.kiosk.staff_screen import StaffScreen
from acupress_gui.ui.kiosk.visitor_bar import VisitorBar
from acupress_gui.ui.kiosk.welcome_card import WelcomeCard
from acupress_gui.ui.visitor.visitor_session import VisitorSession
from acupress_gui.ui.visitor.visitor_start import VisitorStart

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    """The kiosk's one window.

    Signals:
        closed(): staff chose Exit and the window closed; the app quits on it.
    """

    closed = Signal()

    def __init__(self, parts: KioskParts) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kioskWindow")
        self.setWindowTitle(parts.clinic_name or "AcuPress")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._parts = parts
        self.target_pixels = target_pixels(self.screen())
        """The least size of a control here: 9 mm on this screen."""
        self.setStyleSheet(kiosk_stylesheet(parts.theme, self.target_pixels, body_pixels()))
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.guard = KioskGuard(self)
        config = parts.config
        self.idle = IdleWatch(
            IdlePolicy(parts.monotonic, config.idle_seconds, config.warning_seconds), self
        )
        self.idle.counting.connect(self._count_down)
        self.idle.cancelled.connect(self._end_countdown)
        # Out of the watch's own slot first: the reset deletes what may be on the stack.
        self.idle.expired.connect(lambda: QTimer.singleShot(0, self, self.new_visitor))
        self.gesture = StaffGesture(self, parts.monotonic)
        self.gesture.requested.connect(self.open_pin_pad)
        application = QApplication.instance()
        if application is None:
            raise RuntimeError("the kiosk window needs a QApplication")
        self.fingers = FingerScrolling(self)
        # The watch and the gesture first: they see even the keys the guard then stops
        # (a blocked key still means someone there), and the finger that then scrolls.
        self._watchers = EventWatchers((self.idle, self.gesture, self.guard, self.fingers), self)
        application.installEventFilter(self._watchers)

        self._overlays: list[Overlay] = []
        self._countdown: IdleCountdown | None = None
        self.pin_pad: PinPad | None = None
        self.welcome: WelcomeCard | None = None
        self.attract: AttractScreen | None = None
        self.staff_screen: StaffScreen | None = None
        self._before_staff: QWidget | None = None
        self.visitor_bar: VisitorBar | None = None
        self.visitor_page: QWidget | None = None
        self.session: VisitorSession | None = None
        self.language = config.languages[0]
        self._welcomed = False
        self._exit_allowed = False
        self._ended = False
        self._recovering = False
        self.new_visitor()

    # --- visitors ------------------------------------------------------------------

    def new_visitor(self) -> None:
        """Close everything of the visitor and wait for the next on the start screen.

        The next visitor's session is built when they choose their language: built in
        it once, not built in the first language and again in theirs."""
        self._recovering = False
        self.idle.stop()
        self._close_overlays()
        self._close_staff_screen()
        self._use_language(self._parts.config.languages[0])
        self._show_attract()  # first: then the visitor's page goes from behind it
        self._end_session()
        _empty_clipboard()
        self._preferences = self._parts.new_preferences()
        self._welcomed = False
        self._arrange()
        log.info("Kiosk: ready for the next visitor")

    @property
    def visitor_preferences(self) -> Preferences:
        """The present visitor's preferences (their answers), kept in memory only."""
        return self._preferences

    def recover(self) -> None:
        """After an unexpected error: start afresh on the next turn of the event loop,
        out of whatever slot failed (once, however many errors come before it)."""
        if not self._recovering:
            self._recovering = True
            QTimer.singleShot(0, self, self.new_visitor)

    def _use_language(self, code: str) -> None:
        self.language = code
        self._parts.use_language(code)

    def _open_session(self, start: VisitorStart) -> None:
        # The page in its place first and the view built in it: a styled widget moved
        # under another parent is styled again, and a view is some 200 widgets.
        page = QWidget()
        page.setObjectName("visitorPage")
        self.pages.addWidget(page)
        try:
            session = self._parts.new_session(self.language, self._preferences, start, page)
        except BaseException:
            self.pages.removeWidget(page)
            page.deleteLater()
            raise
        view = session.view
        bar = VisitorBar(self._parts.clinic_name, self._parts.config.languages, self.language)
        bar.language_chosen.connect(self.switch_language)
        # A kiosk saves no file, so there is nothing of its own a sheet could replace.
        bar.sheet_requested.connect(lambda: view.print_handout(frozenset))
        bar.finished.connect(self.new_visitor)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(view, 1)
        view.share_width(self.pages.width())
        view.driver.running_changed.connect(self._follow_sitting)
        view.driver.paused_changed.connect(self._follow_sitting)
        view.flow.stage_changed.connect(self._follow_sitting)
        self.session, self.visitor_page, self.visitor_bar = session, page, bar
        self._follow_sitting()

    def _end_session(self) -> None:
        session, page = self.session, self.visitor_page
        if session is None or page is None:
            return
        self.session = self.visitor_page = self.visitor_bar = None
        session.close()  # the hold ends as quit, its dialogs go unanswered, the view goes
        self.pages.removeWidget(page)
        page.deleteLater()
        self.idle.set_busy(False)
        QTimer.singleShot(RETURN_AFTER_MS, self, return_free_memory)  # once the view is gone

    def _follow_sitting(self, *_changed: object) -> None:
        """A running hold (or lead-in, or pause between points) is not idleness; nor is
        the visitor's language changed under a sitting."""
        if self.session is None or self.visitor_bar is None:
            return
        view = self.session.view
        timer = view.driver.timer
        self.idle.set_busy(view.driver.is_running() and not (timer is not None and timer.paused))
        self.visitor_bar.set_languages_enabled(not view.flow.is_active())

    def switch_language(self, code: str) -> None:
        """The same visitor in another language: a session in it continues this one."""
        if self.session is None or self.session.view.flow.is_active():
            return
        start = self.session.snapshot()
        self._end_session()
        self._use_language(code)
        self._open_session(start)
        self._show(self.visitor_page)

    # --- pages ---------------------------------------------------------------------

    def _show_attract(self) -> None:
        """The start screen, made once: it holds nothing of any visitor, and its words
        are always in the first language offered."""
        if self.attract is None:
            self.attract = AttractScreen(self._parts.clinic_name, self._parts.config.languages)
            self.attract.started.connect(self._visitor_started)
            self.pages.addWidget(self.attract)
        self._show(self.attract)

    def _visitor_started(self, code: str) -> None:
        if self._overlays or self.pages.currentWidget() is not self.attract:
            return  # a press held on the start screen opened the PIN pad
        self._use_language(code)
        self._open_session(VisitorStart())  # the start screen shows only between sessions
        self._show(self.visitor_page)
        if not self._welcomed:
            self._welcome()

    def _welcome(self) -> None:
        card = WelcomeCard(self._parts.catalog(self.language))
        card.answered.connect(self._welcomed_with)
        self.welcome = card
        self._push(Overlay(self, card, fill=True))

    def _welcomed_with(self, may_be_pregnant: bool) -> None:
        self._preferences.update(may_be_pregnant=may_be_pregnant)
        self._welcomed = True
        self._remove_card(self.welcome)
        self.welcome = None

    def _show(self, page: QWidget | None) -> None:
        if page is not None and self.pages.indexOf(page) >= 0:
            self.pages.setCurrentWidget(page)
        self._arrange()

    # --- staff -----------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        if self.pin_pad is not None or self.staff_screen is not None:
            return
        pad = PinPad(self._parts.pin, self._parts.lockout)
        pad.accepted.connect(self._open_staff_screen)
        pad.cancelled.connect(self._close_pin_pad)
        self.pin_pad = pad
        self._push(Overlay(self, pad))
        pad.setFocus()

    def _close_pin_pad(self) -> None:
        self._remove_card(self.pin_pad)
        self.pin_pad = None

    def _open_staff_screen(self) -> None:
        self._close_pin_pad()
        parts = self._parts
        catalog = parts.catalog(self.language)

        def title(entry_id: str) -> str:
            entry = catalog.entry(entry_id)
            return entry.title if entry is not None else entry_id

        screen = StaffScreen(
            parts.counters,
            title,
            parts.kiosk_folder,
            parts.state_dir,
            self.idle.policy.idle_seconds,
        )
        screen.back_requested.connect(self._close_staff_screen)
        screen.restart_requested.connect(self.new_visitor)
        screen.exit_requested.connect(self.exit_kiosk)
        screen.idle_seconds_changed.connect(self.idle.set_idle_seconds)
        self._before_staff = self.pages.currentWidget()
        self.pages.addWidget(screen)
        self.staff_screen = screen
        self._show(screen)
        log.info("Kiosk: staff screen opened")

    def _close_staff_screen(self) -> None:
        screen = self.staff_screen
        if screen is None:
            return
        self.staff_screen = None
        self._show(self._before_staff)
        self.pages.removeWidget(screen)
        screen.deleteLater()

    def exit_kiosk(self) -> None:
        """Staff chose Exit: the one way this window closes."""
        self._exit_allowed = True
        self.close()

    # --- layers --------------------------------------------------------------------

    def host_dialog(self, dialog: QDialog) -> None:
        """``questions.DialogHost``: the dialog on a layer of its own, over the others."""
        for layer in self._dialog_layers():
            if layer.dialog is dialog:  # reopened before its last closing was done
                layer.release()
        layer = DialogLayer(self, dialog)
        layer.released.connect(functools.partial(self._remove, layer))
        self._push(layer)
        dialog.open()

    def dismiss_hosted(self, owner: QWidget) -> None:
        """``questions.DialogHost``: close unanswered what ``owner`` (or anything in it,
        or any dialog it opened) asked."""
        for layer in reversed(self._dialog_layers()):
            asker = self._asker(layer)
            if asker is owner or (asker is not None and owner.isAncestorOf(asker)):
                layer.dismiss()

    def hosted_dialogs(self) -> list[QDialog]:
        return [layer.dialog for layer in self._dialog_layers()]

    def overlays(self) -> list[Overlay]:
        return list(self._overlays)

    def _asker(self, layer: DialogLayer) -> QWidget | None:
        """Who asked, looking through the dialogs a dialog asked over: a question asked
        inside a hosted dialog belongs to whoever opened that dialog."""
        asker = layer.asked_by
        while asker is not None:
            holder = next(
                (other for other in self._dialog_layers() if other.isAncestorOf(asker)), None
            )
            if holder is None:
                return asker
            asker = holder.asked_by
        return None

    def _dialog_layers(self) -> list[DialogLayer]:
        return [layer for layer in self._overlays if isinstance(layer, DialogLayer)]

    def _count_down(self, seconds: int) -> None:
        countdown = self._countdown
        if countdown is None:
            countdown = self._countdown = IdleCountdown()
            self._push(Overlay(self, countdown))
        countdown.show_seconds(seconds)

    def _end_countdown(self) -> None:
        self._remove_card(self._countdown)
        self._countdown = None

    def counting_down(self) -> IdleCountdown | None:
        return self._countdown

    def _push(self, overlay: Overlay) -> None:
        self._overlays.append(overlay)
        overlay.show()
        self._arrange()

    def _remove_card(self, card: QWidget | None) -> None:
        overlay = next((o for o in self._overlays if o.card is card), None)
        if overlay is not None:
            self._remove(overlay)

    def _remove(self, overlay: Overlay) -> None:
        if overlay in self._overlays:
            self._overlays.remove(overlay)
            overlay.hide()
            overlay.deleteLater()
            self._arrange()

    def _close_overlays(self) -> None:
        for overlay in list(reversed(self._overlays)):
            if isinstance(overlay, DialogLayer):
                overlay.dismiss()  # unanswered: its callbacks must not act on a new visitor
            else:
                self._remove(overlay)
        self._countdown = self.pin_pad = self.welcome = None

    def _arrange(self) -> None:
        """The countdown above every other layer, only the top one enabled, and the idle
        watch on whenever something other than the bare start screen shows."""
        countdown = next((o for o in self._overlays if o.card is self._countdown), None)
        order = [o for o in self._overlays if o is not countdown]
        if countdown is not None:
            order.append(countdown)
        for overlay in order:
            overlay.raise_()
        top: QWidget = order[-1] if order else self.pages
        for widget in (self.pages, *order):
            widget.setEnabled(widget is top)
        waiting = self.pages.currentWidget() is self.attract and not (
            self.pin_pad is not None or any(isinstance(o, DialogLayer) for o in order)
        )
        if waiting:
            self.idle.stop()
        else:
            self.idle.start()

    # --- the window ------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """A second launch handed over to this one."""
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in self._overlays:
            overlay.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self._exit_allowed
            and self.isVisible()
            and (self.isMinimized() or not self.isFullScreen())
        ):
            # Something minimised the window or took it out of full screen (a window
            # manager's key or button): back to it, once that change is done.
            QTimer.singleShot(0, self, self.bring_to_front)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._exit_allowed:
            log.info("Kiosk: a request to close the window was refused")
            event.ignore()
            return
        if self._ended:
            return
        self._ended = True
        log.info("Kiosk: staff closed kiosk mode")
        self.idle.stop()
        self._close_overlays()
        self._end_session()
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self._watchers)
        self.guard.close()
        super().closeEvent(event)
        self.closed.emit()


def _empty_clipboard() -> None:
    """Nothing a visitor copied is left for the next one (nor in X11's selection)."""
    clipboard = QApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
