"""Start-up: read the options, set up logging and error handling, build objects, show.

Every object is built here and handed down; nothing is computed at import time, so
tests and a kiosk reset can build a fresh set at will.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from acupress_gui import __version__
from acupress_gui.core.catalog import CatalogError
from acupress_gui.core.history import HistoryRecorder, HistoryStore
from acupress_gui.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from acupress_gui.bootstrap.composition import Services
    from acupress_gui.ui.shell.desktop_window import DesktopWindow

log = logging.getLogger("acupress_gui")

EXIT_BAD_CATALOG = 2
EXIT_OTHER_COPY_UNRESPONSIVE = 3


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="acupress-gui",
        description="AcuPress: guided self-acupressure for back and neck pain.",
    )
    parser.add_argument("--version", action="version", version=f"AcuPress {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every user file (settings, history, logs) in DIR instead of the "
        "platform's user folders; for portable and kiosk installs",
    )
    parser.add_argument(
        "--catalog",
        type=Path,
        metavar="FILE",
        help="use this point catalog (TOML) instead of the built-in one",
    )
    parser.add_argument(
        "--export-history",
        type=Path,
        metavar="FILE",
        help="write the session history to FILE as CSV and exit, without opening a window",
    )
    # Qt's own options (-platform, -style ...) pass through to QApplication.
    return parser.parse_known_args(argv)[0]


def configure_logging(paths: AppPaths) -> tuple[logging.Handler, Path | None]:
    """Log to a rotating file in the user log folder (stderr if it cannot be written).

    Returns the handler, for ``main()`` to remove on the way out, and the log file.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        log_file: Path | None = paths.log_file
    except OSError as error:
        handler = logging.StreamHandler()
        log_file = None
        print(f"AcuPress: cannot write logs to {paths.log_dir}: {error}", file=sys.stderr)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return handler, log_file


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(report: Callable[[str], None]) -> ExceptHook:
    """An excepthook that logs the traceback and tells the person in plain words.

    The app keeps running: Qt calls Python slots from its event loop, so an error in one
    click does not have to end the session.
    """
    reporting = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal reporting
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if reporting:  # an error while showing the dialog: logged, not shown again
            return
        reporting = True
        try:
            report(f"{kind.__name__}: {error}")
        finally:
            reporting = False

    return hook


def export_history(history_file: Path, target: Path) -> int:
    """The command-line export: CSV of every hold, a line on stdout, an exit code."""
    from acupress_gui.core.export import export_csv
    from acupress_gui.core.history import HistoryError

    try:
        if history_file.exists():
            with HistoryStore.open(history_file) as store:
                count = export_csv(store.oldest_first(), target)
        else:
            count = export_csv((), target)  # no holds yet: a header row only
    except (HistoryError, OSError) as error:
        print(f"AcuPress: could not export the history: {error}", file=sys.stderr)
        return 1
    print(f"Exported {count} holds to {target}")
    return 0


def open_main_window(
    args: argparse.Namespace, paths: AppPaths, log_file: Path | None
) -> tuple[DesktopWindow, Services] | None:
    """Build the services and the window through the composition root, and show it.

    A refused catalog is reported in a dialog and gives None: the app cannot work
    without one, and the person's files have not been touched. A history file that had
    to be set aside is reported once the window is up.
    """
    from PySide6.QtCore import QTimer

    from acupress_gui.bootstrap.composition import build_desktop_window, build_services
    from acupress_gui.ui.common.error_dialog import ErrorDialog
    from acupress_gui.ui.common.theme import current_theme

    try:
        services = build_services(paths, current_theme(), catalog_file=args.catalog)
    except CatalogError as error:
        log.error("Catalog refused: %s", error)
        ErrorDialog.report(
            None,
            _tr("The point catalog cannot be used"),
            _tr(
                "AcuPress could not open its point catalog, so it will close. Nothing "
                "of yours was changed.\n\n{error}"
            ).format(error=error),
            log_file,
        )
        return None

    window = build_desktop_window(services)
    window.show()
    if not services.settings.notice_acknowledged:
        window.view.show_notice()
    # The history is opened once the window is up: a big file's integrity check takes
    # a while, and the person should see the window meanwhile.
    QTimer.singleShot(0, lambda: _open_history(window, services.recorder, log_file))
    return window, services


def _open_history(window: DesktopWindow, recorder: HistoryRecorder, log_file: Path | None) -> None:
    """Open the history file now, so any problem with it shows at once."""
    from acupress_gui.ui.common.error_dialog import ErrorDialog

    window.view.retry_history()
    quarantined = recorder.store.quarantined if recorder.store else None
    if quarantined is not None:
        log.warning(
            "History file set aside: %s -> %s (%s)",
            quarantined.original,
            quarantined.moved_to,
            quarantined.reason,
        )
        ErrorDialog.report(
            window,
            _tr("Your history file could not be read"),
            _tr(
                "The history file {original} {reason}, so AcuPress started a new one. "
                "The old file was kept, unchanged, as {moved_to}."
            ).format(
                original=quarantined.original,
                reason=quarantined.reason,
                moved_to=quarantined.moved_to,
            ),
            log_file,
        )


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text)


def _log_qt_message(kind: object, context: object, message: str) -> None:
    """Qt's own warnings go to the log file: a double-clicked app has no terminal."""
    from PySide6.QtCore import QtMsgType

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    logging.getLogger("qt").log(levels.get(kind, logging.WARNING), "%s", message)


@contextmanager
def _process_hooks(paths: AppPaths) -> Iterator[Path | None]:
    """Install the log file, Qt's message handler and the excepthook; undo them after.

    Yields the log file's path (None when the log folder is not writable).
    """
    from PySide6.QtCore import qInstallMessageHandler

    from acupress_gui.ui.common.error_dialog import ErrorDialog

    handler, log_file = configure_logging(paths)
    previous_qt_handler = qInstallMessageHandler(_log_qt_message)
    previous_hook = sys.excepthook

    def report(message: str) -> None:
        from PySide6.QtWidgets import QApplication

        ErrorDialog.report(
            QApplication.activeWindow(),
            _tr("Something went wrong"),
            _tr(
                "AcuPress hit an unexpected problem and carried on. If something looks "
                "wrong, restart the app.\n\n{message}"
            ).format(message=message),
            log_file,
        )

    sys.excepthook = make_excepthook(report)
    try:
        yield log_file
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_qt_handler)
        logging.getLogger().removeHandler(handler)
        handler.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run AcuPress; returns the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    if args.export_history is not None:
        return export_history(paths.history_file, args.export_history)
    # Qt is imported only now, so --help and --version work without a display.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from acupress_gui.ui.common.error_dialog import ErrorDialog
    from acupress_gui.ui.common.theme import apply_theme, current_theme
    from acupress_gui.ui.shell.single_instance import Claim, SingleInstance
    from acupress_gui.ui.shell.tray_icon import app_icon

    with _process_hooks(paths) as log_file:
        log.info("AcuPress %s starting; data in %s", __version__, paths.data_dir)
        app = QApplication.instance() or QApplication([sys.argv[0], *arguments])
        app.setApplicationName("AcuPress")
        app.setApplicationVersion(__version__)
        app.setDesktopFileName("acupress-gui")
        apply_theme(app, current_theme())
        app.setWindowIcon(app_icon(current_theme()))

        instance = SingleInstance(paths.data_dir)
        claim = instance.claim()
        if claim is Claim.HANDED_OVER:
            log.info("Another copy is running; asked it to come to the front")
            return 0
        if claim is Claim.UNREACHABLE:
            ErrorDialog.report(
                None,
                _tr("AcuPress is already running"),
                _tr(
                    "Another copy of AcuPress is using {folder} but does not respond. "
                    "Close it (or wait a moment) and try again."
                ).format(folder=paths.data_dir),
                log_file,
            )
            return EXIT_OTHER_COPY_UNRESPONSIVE

        opened = None
        try:
            opened = open_main_window(args, paths, log_file)
            if opened is None:
                return EXIT_BAD_CATALOG
            window, _services = opened
            instance.activation_requested.connect(window.bring_to_front)
            # The window may live on hidden in the tray, and a dialog closing then must
            # not end the app: only the window's real close quits.
            app.setQuitOnLastWindowClosed(False)
            window.closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)
            code = app.exec()
        finally:
            if opened is not None:
                opened[1].close()
            instance.release()
        log.info("AcuPress exiting with code %s", code)
        return code
