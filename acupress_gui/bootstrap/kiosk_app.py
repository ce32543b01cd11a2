"""``--kiosk``: a clinic's kiosk, from its checks before Qt to staff's Exit.

Everything the kiosk needs is read and checked before Qt is imported
(``prepare_kiosk``): a refusal is a message for staff, on stderr and in the log, and the
exit code ``EXIT_KIOSK_REFUSED``, never a dialog nobody at the screen could answer. The
log, the crash log and the single-instance lock are in the kiosk's state folder. An
unexpected error is logged and the visitor's screen starts afresh; errors that keep
coming end the process with ``EXIT_KIOSK_FAILING``, for the OS kiosk to restart it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_gui import APP_ID, __version__
from acupress_gui.app import EXIT_CANNOT_OPEN_WINDOW, EXIT_OTHER_COPY_UNRESPONSIVE
from acupress_gui.bootstrap.cli import Options
from acupress_gui.bootstrap.diagnostics import process_diagnostics
from acupress_gui.bootstrap.kiosk_setup import KioskSetupError, prepare_kiosk
from acupress_gui.bootstrap.preflight import check_window, import_problem, report_window_problem
from acupress_gui.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from acupress_gui.core.kiosk.kiosk_config import KioskConfig
    from acupress_gui.ui.common.theme import Theme

log = logging.getLogger("acupress_gui")

EXIT_KIOSK_REFUSED = 78
"""The kiosk's settings, PIN, catalog or folder cannot be used; stderr and the log say why.
sysexits.h's EX_CONFIG, as the OS kiosk's launch script ends when the kiosk is not set
up: its systemd unit does not start again what only staff can mend."""
EXIT_KIOSK_FAILING = 6
"""Unexpected errors kept coming (``KioskErrors``); the OS kiosk should start it again."""


class KioskErrors:
    """The kiosk's answer to an unexpected error, after the excepthook has logged it: the
    visitor's screen starts afresh (``recover``), and when ``limit`` errors come within
    ``seconds``, the process ends (``give_up``) rather than reset in a loop."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, limit: int = 5, seconds: float = 60
    ) -> None:
        self.recover: Callable[[], None] | None = None
        self.give_up: Callable[[], None] | None = None
        self._clock = clock
        self._limit = limit
        self._seconds = seconds
        self._times: deque[float] = deque()

    def __call__(self, message: str) -> None:
        now = self._clock()
        self._times.append(now)
        while self._times and self._times[0] < now - self._seconds:
            self._times.popleft()
        if len(self._times) >= self._limit and self.give_up is not None:
            log.critical("Kiosk: %d errors within %g s; ending", len(self._times), self._seconds)
            self.give_up()
        elif self.recover is not None:
            log.error("Kiosk: starting afresh after an unexpected error (%s)", message)
            self.recover()


def refuse(paths: AppPaths, message: str) -> None:
    """Tell staff why the kiosk will not start: on stderr and in the log."""
    with process_diagnostics(paths, qt_messages=False):
        log.error("Kiosk mode cannot start: %s", message)
    if sys.stderr is not None:
        print(f"AcuPress kiosk mode cannot start: {message}", file=sys.stderr)


def apply_kiosk_look(app: QApplication, theme: Theme, config: KioskConfig) -> None:
    """The whole application in ``theme``, its text at the kiosk's size (``text_scale``,
    150 % unless ``kiosk.toml`` says otherwise) for reading at arm's length: the
    visitor's view and the kiosk's own screens, whose type is sized from it."""
    from acupress_gui.ui.common.theme import apply_theme

    apply_theme(app, theme, config.text_scale)


def run_kiosk(options: Options, folder: Path) -> int:
    """Run the kiosk of ``folder``; returns the process exit code."""
    try:
        setup = prepare_kiosk(folder, options.catalog)
    except KioskSetupError as error:
        refuse(resolve_paths(folder), str(error))
        return EXIT_KIOSK_REFUSED
    paths = setup.paths
    window_check = check_window(options.qt_arguments)
    if window_check.problem is not None:
        with process_diagnostics(paths, qt_messages=False):
            report_window_problem(window_check.problem)
        return EXIT_CANNOT_OPEN_WINDOW

    errors = KioskErrors()
    with process_diagnostics(paths, report=errors):
        try:
            from PySide6.QtCore import QCoreApplication, Qt, QTimer
            from PySide6.QtWidgets import QApplication
        except ImportError as error:
            report_window_problem(import_problem(error))
            return EXIT_CANNOT_OPEN_WINDOW

        from acupress_gui.bootstrap.composition import build_kiosk_services, build_kiosk_window
        from acupress_gui.ui.common.theme import current_theme
        from acupress_gui.ui.shell.single_instance import Claim, SingleInstance

        log.info(
            "AcuPress %s starting as the kiosk of %s; its state in %s",
            __version__,
            setup.folder,
            paths.data_dir,
        )
        existing = QApplication.instance()
        app = (
            existing
            if isinstance(existing, QApplication)
            else QApplication([sys.argv[0], *options.qt_arguments])
        )
        window_check.close()
        app.setApplicationName(APP_ID)  # as main() names it: the X11 class, the app id
        app.setApplicationDisplayName("AcuPress")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(APP_ID)
        theme = current_theme()
        apply_kiosk_look(app, theme, setup.config)

        instance = SingleInstance(paths.data_dir)
        claim = instance.claim()
        if claim is Claim.HANDED_OVER:
            log.info("The kiosk is running already; asked it to come to the front")
            return 0
        if claim is Claim.UNREACHABLE:
            refuse(paths, f"another copy is using {paths.data_dir} but does not respond")
            return EXIT_OTHER_COPY_UNRESPONSIVE

        services = build_kiosk_services(setup, theme)
        window = None
        try:
            window = build_kiosk_window(services)
            errors.recover = window.recover
            errors.give_up = lambda: QCoreApplication.exit(EXIT_KIOSK_FAILING)
            window.showFullScreen()
            instance.activation_requested.connect(window.bring_to_front)
            QTimer.singleShot(0, instance.listen)
            # Layers and dialogs live inside the window; only staff's Exit ends the app.
            app.setQuitOnLastWindowClosed(False)
            window.closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            code = app.exec()
        finally:
            errors.recover = errors.give_up = None
            if window is not None:
                window.deleteLater()
            services.close()
            instance.release()
        log.info("AcuPress kiosk exiting with code %s", code)
        return code
