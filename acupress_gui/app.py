"""The entry point: read the options, set up diagnostics, build through the composition
root, show the window and run.

Qt is imported only once a window will open, so ``--help``, ``--version`` and
``--export-history`` work without a display; ``--handout`` draws with Qt offscreen.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from acupress_gui import APP_ID, __version__
from acupress_gui.bootstrap.cli import (
    Options,
    desktop_entry,
    export_history,
    handout,
    parse_args,
)
from acupress_gui.bootstrap.diagnostics import process_diagnostics
from acupress_gui.bootstrap.preflight import check_window, import_problem, report_window_problem
from acupress_gui.core.paths import AppPaths, resolve_paths, unwritable_reason

if TYPE_CHECKING:
    from acupress_gui.bootstrap.composition import Services
    from acupress_gui.ui.history.history_opener import HistoryOpener
    from acupress_gui.ui.shell.desktop_window import DesktopWindow

log = logging.getLogger("acupress_gui")

EXIT_BAD_CATALOG = 2
EXIT_OTHER_COPY_UNRESPONSIVE = 3
EXIT_CANNOT_OPEN_WINDOW = 4


class Opened(NamedTuple):
    """What ``open_main_window`` built, for ``main()`` to run and then close."""

    window: DesktopWindow
    services: Services
    history: HistoryOpener


def open_main_window(options: Options, paths: AppPaths, log_file: Path | None) -> Opened:
    """Build the services and the window through the composition root, and show it.

    The window is on screen first; the visitor's view fills it on the next turn of the
    event loop (``_fill_window``), then the history opens on a worker thread.
    """
    from PySide6.QtCore import QTimer

    from acupress_gui.bootstrap.composition import build_desktop_window, build_services
    from acupress_gui.ui.common.theme import current_theme
    from acupress_gui.ui.history.history_opener import HistoryOpener

    services = build_services(
        paths, current_theme(), catalog_file=options.catalog, language=options.language
    )
    person = services.preferences.person
    services.appearance.apply(person.theme, person.text_scale)
    window = build_desktop_window(services)
    window.show()
    history = HistoryOpener(services.recorder, window)
    QTimer.singleShot(0, window, lambda: _fill_window(window, services, history, log_file))
    return Opened(window, services, history)


def _fill_window(
    window: DesktopWindow, services: Services, history: HistoryOpener, log_file: Path | None
) -> None:
    """The first visitor's view, what was set aside at start, the notice, the history.

    A refused catalog is said in a dialog and on stderr, and the app then ends with
    ``EXIT_BAD_CATALOG``: it cannot work without one, and nothing of the person's was
    touched.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from acupress_gui.core.catalog import CatalogError
    from acupress_gui.ui.common.app_icon import app_icon
    from acupress_gui.ui.common.core_text import translated
    from acupress_gui.ui.common.error_dialog import ErrorDialog

    QApplication.setWindowIcon(app_icon())  # after showing: it loads Qt's SVG plugin
    try:
        window.start_first_session()
    except CatalogError as error:
        log.error("Catalog refused: %s", error)
        print(f"AcuPress cannot start: {error}", file=sys.stderr)
        ErrorDialog.report(
            window,
            QCoreApplication.translate("app", "The point catalog cannot be used"),
            QCoreApplication.translate(
                "app",
                "AcuPress could not open its point catalog, so it will close. Nothing "
                "of yours was changed.\n\n{error}",
            ).format(error=error),
            log_file,
            closed=lambda: QCoreApplication.exit(EXIT_BAD_CATALOG),
        )
        return
    set_aside = services.preferences.set_aside
    if set_aside is not None:
        log.warning(
            "Settings set aside: %s -> %s (%s; %s)",
            set_aside.original,
            set_aside.moved_to,
            set_aside.reason,
            "; ".join(set_aside.rejected),
        )
        ErrorDialog.report(
            window,
            QCoreApplication.translate("app", "Your settings could not be read"),
            QCoreApplication.translate(
                "app",
                "Your settings file {path} could not be used as it was: {reason}. AcuPress "
                "started from its usual settings.",
            ).format(path=set_aside.original, reason=translated(set_aside.reason)),
            log_file,
        )
    if not services.preferences.device.notice_acknowledged:
        window.view.show_notice()
    history.opened.connect(lambda: _history_opened(window, services, log_file))
    history.start()


def _history_opened(window: DesktopWindow, services: Services, log_file: Path | None) -> None:
    """Say at once what the opening of the history found: a file set aside, a journal kept."""
    from PySide6.QtCore import QCoreApplication

    from acupress_gui.ui.common.core_text import translated
    from acupress_gui.ui.common.error_dialog import ErrorDialog

    window.view.retry_history()
    store = services.recorder.store
    if store is None:
        return  # the banner says why, and the holds are kept until it works
    quarantined = store.quarantined
    if quarantined is not None:
        log.warning(
            "History file set aside: %s -> %s (%s)",
            quarantined.original,
            quarantined.moved_to,
            quarantined.reason,
        )
        ErrorDialog.report(
            window,
            QCoreApplication.translate("app", "Your history file could not be read"),
            QCoreApplication.translate(
                "app",
                "The history file {original} could not be used. {reason} AcuPress started "
                "a new one; the old file was kept, unchanged, as {moved_to}.",
            ).format(
                original=quarantined.original,
                reason=translated(quarantined.reason),
                moved_to=quarantined.moved_to,
            ),
            log_file,
        )
    if store.journal_kept is not None:
        ErrorDialog.report(
            window,
            QCoreApplication.translate("app", "Some saved holds could not be read back"),
            translated(store.journal_kept.reason),
            log_file,
        )


def _tell_if_portable_folder_is_read_only(
    window: DesktopWindow, paths: AppPaths, log_file: Path | None
) -> None:
    """A portable copy whose folder cannot be written (a write-protected stick) keeps to
    it, read-only: its history can be read, and nothing is left on the machine it was
    carried to. Said on stderr, in the log and, once the window is up, in a dialog."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from acupress_gui.ui.common.error_dialog import ErrorDialog

    reason = unwritable_reason(paths.data_dir) if paths.portable else None
    if reason is None:
        return
    log.warning("Portable folder %s cannot be written: %s", paths.data_dir, reason)
    print(
        f"AcuPress is in portable mode but cannot write to {paths.data_dir} ({reason}): "
        "nothing new will be saved.",
        file=sys.stderr,
    )
    message = QCoreApplication.translate(
        "app",
        "AcuPress keeps its files beside it, in {folder} (portable.txt), but that folder "
        "cannot be written: {reason}. Your history can be read, but nothing new will be "
        "saved. To save, copy AcuPress to a drive that can be written, or remove "
        "portable.txt to keep your files in your user folders.",
    ).format(folder=paths.data_dir, reason=reason)
    title = QCoreApplication.translate("app", "Nothing new will be saved")
    QTimer.singleShot(0, window, lambda: ErrorDialog.report(window, title, message, log_file))


def main(argv: Sequence[str] | None = None) -> int:
    """Run AcuPress; returns the process exit code."""
    options = parse_args(sys.argv[1:] if argv is None else argv)
    if options.desktop_entry is not None:
        return desktop_entry(options.desktop_entry, options)
    if options.speech_helper:
        from acupress_gui.ui.timer.speech_helper import serve

        return serve()
    if options.set_kiosk_pin and options.data_dir is not None:
        from acupress_gui.bootstrap.kiosk_pin_command import set_kiosk_pin

        return set_kiosk_pin(options.data_dir)
    if options.kiosk and options.data_dir is not None:
        from acupress_gui.bootstrap.kiosk_app import run_kiosk

        return run_kiosk(options, options.data_dir)
    paths = resolve_paths(options.data_dir)
    if options.export_history is not None:
        return export_history(paths, options.export_history)
    if options.handout is not None:
        return handout(paths, options.handout, options)

    # Before any Qt: where Qt cannot open a window it aborts, saying why only in the log.
    window_check = check_window(options.qt_arguments)
    if window_check.problem is not None:
        with process_diagnostics(paths, qt_messages=False):
            report_window_problem(window_check.problem)
        return EXIT_CANNOT_OPEN_WINDOW

    with process_diagnostics(paths) as log_file:
        # Qt is imported only now, so --help and --version work without a display.
        try:
            from PySide6.QtCore import QCoreApplication, QTimer
            from PySide6.QtWidgets import QApplication
        except ImportError as error:  # a library of Qt's widgets, such as libEGL, is missing
            report_window_problem(import_problem(error))
            return EXIT_CANNOT_OPEN_WINDOW

        from acupress_gui.ui.shell.single_instance import Claim, SingleInstance

        log.info("AcuPress %s starting; data in %s", __version__, paths.data_dir)
        existing = QApplication.instance()
        app = (
            existing
            if isinstance(existing, QApplication)
            else QApplication([sys.argv[0], *options.qt_arguments])
        )
        window_check.close()  # Qt has its own connection to the display now
        # The application name is the class in the X11 window's WM_CLASS, by which
        # desktops match the window to its desktop entry (StartupWMClass); the desktop
        # file name is the Wayland app id. People see the display name.
        app.setApplicationName(APP_ID)
        app.setApplicationDisplayName("AcuPress")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName(APP_ID)
        # The person's theme is applied with the window (open_main_window): the system's
        # palette is read first, before the app's own replaces it.

        instance = SingleInstance(paths.data_dir)
        claim = instance.claim()
        if claim is Claim.HANDED_OVER:
            log.info("Another copy is running; asked it to come to the front")
            return 0
        if claim is Claim.UNREACHABLE:
            from acupress_gui.ui.common.error_dialog import ErrorDialog
            from acupress_gui.ui.common.theme import apply_theme, current_theme

            apply_theme(app, current_theme())

            ErrorDialog.report(
                None,
                QCoreApplication.translate("app", "AcuPress is already running"),
                QCoreApplication.translate(
                    "app",
                    "Another copy of AcuPress is using {folder} but does not respond. "
                    "Close it (or wait a moment) and try again.",
                ).format(folder=paths.data_dir),
                log_file,
            )
            return EXIT_OTHER_COPY_UNRESPONSIVE

        opened = None
        try:
            opened = open_main_window(options, paths, log_file)
            window = opened.window
            _tell_if_portable_folder_is_read_only(window, paths, log_file)
            instance.activation_requested.connect(window.bring_to_front)
            QTimer.singleShot(0, instance.listen)  # once the window is on screen
            # The window may live on hidden in the tray, and a dialog closing then must
            # not end the app: only the window's real close quits.
            app.setQuitOnLastWindowClosed(False)
            from PySide6.QtCore import Qt  # only now: its first use costs 15 ms

            window.closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            code = app.exec()
        finally:
            if opened is not None:
                opened.history.wait()
                opened.services.close()
                opened.window.deleteLater()  # also when it never closed: a refused catalog
            instance.release()
        log.info("AcuPress exiting with code %s", code)
        return code
