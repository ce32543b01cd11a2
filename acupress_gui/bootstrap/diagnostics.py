"""Where problems go: the log file, the terminal, a crash log, and a dialog for the person.

A double-clicked app has no terminal, so everything is logged to a rotating file; when
the app was started from a terminal (or the file cannot be written) the log is shown
there too, so a person running it by hand sees why Qt could not open a window. A crash
inside Qt or Python's C code leaves a Python stack in ``crash.log``, errors in worker
threads and Qt's own messages reach the log, and an unexpected error in a click is
logged and told to the person while the app carries on.

Only ``process_diagnostics`` (by default) and the Qt message handler use Qt, importing
it when called, so the rest works where Qt cannot be imported.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from acupress_gui.core.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

log = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
CRASH_LOG_NAME = "crash.log"
CRASH_LOG_BYTES = 1_000_000
"""Past this size the crash log starts afresh, so a kiosk crashing in a loop cannot fill
the disk; each stack is a few kilobytes."""

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_log_file(paths: AppPaths) -> Path:
    """Where ``faulthandler`` writes the Python stack of a crash."""
    return paths.log_dir / CRASH_LOG_NAME


@contextmanager
def process_diagnostics(
    paths: AppPaths,
    *,
    report: Callable[[str], None] | None = None,
    qt_messages: bool = True,
    stderr: TextIO | None = None,
) -> Iterator[Path | None]:
    """Install logging, the crash log and every error hook; undo them all on the way out.

    Yields the log file's path, or None when the log folder cannot be written.
    ``report`` tells the person about an unexpected error (by default a Qt dialog naming
    the log file); ``qt_messages`` routes Qt's own messages to the log; ``stderr`` is the
    terminal stream, ``sys.stderr`` when not given. Enter it before importing Qt's
    widgets, so a crash while Qt loads is caught too.
    """
    terminal = sys.stderr if stderr is None else stderr
    with ExitStack() as undo:
        log_file = _install_logging(paths, terminal, undo)
        _install_crash_log(crash_log_file(paths), terminal, undo)
        hook = make_excepthook(report or error_dialog_reporter(log_file))
        _replace(sys, "excepthook", hook, undo)
        _replace(threading, "excepthook", log_thread_exception, undo)
        if qt_messages:
            _install_qt_message_handler(undo)
        yield log_file


def log_to_file(paths: AppPaths, message: str) -> None:
    """Write one error to the log file, for a start that ends before the log is set up.

    Only for a process without stderr: a windowed Windows app (and ``pythonw``) starts
    with ``sys.stderr`` None, so a refused option or a failed export would leave no
    trace. Nothing is said when the log folder cannot be written either.
    """
    with ExitStack() as undo:
        _install_logging(paths, None, undo)
        log.error("%s", message)


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


def log_thread_exception(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: an error in a worker thread is logged, not just printed.

    No dialog: a worker thread must not touch widgets, and the GUI thread learns of the
    failure from the worker's own error path.
    """
    if args.exc_type is SystemExit:  # a thread ending itself, as threading's own hook allows
        return
    name = args.thread.name if args.thread is not None else "(unknown)"
    details = traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    log.error("Unexpected error in thread %s\n%s", name, "".join(details))


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: each message to the log under ``qt.<its category>``."""
    from PySide6.QtCore import QtMsgType

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    category = getattr(context, "category", None) or "default"
    level = levels.get(kind, logging.WARNING)
    logging.getLogger(qt_logger_name(category)).log(level, "%s", message)


def qt_logger_name(category: str) -> str:
    """``qt`` for Qt's default category, else the category itself under ``qt``."""
    if category == "default":
        return "qt"
    if category == "qt" or category.startswith("qt."):
        return category
    return f"qt.{category}"


def error_dialog_reporter(log_file: Path | None) -> Callable[[str], None]:
    """A ``report`` for ``make_excepthook`` that shows a plain dialog naming the log file."""

    def report(message: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from acupress_gui.ui.common.error_dialog import ErrorDialog

        if QApplication.instance() is None:  # no window can be shown yet: the log has it
            return
        ErrorDialog.report(
            QApplication.activeWindow(),
            QCoreApplication.translate("diagnostics", "Something went wrong"),
            QCoreApplication.translate(
                "diagnostics",
                "AcuPress hit an unexpected problem and carried on. If something looks "
                "wrong, restart the app.\n\n{message}",
            ).format(message=message),
            log_file,
        )

    return report


def _install_logging(paths: AppPaths, terminal: TextIO | None, undo: ExitStack) -> Path | None:
    """The rotating log file, plus the terminal when there is one or the file fails."""
    root = logging.getLogger()
    undo.callback(root.setLevel, root.level)
    root.setLevel(logging.INFO)
    handlers: list[logging.Handler] = []
    log_file: Path | None = paths.log_file
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                paths.log_file,
                maxBytes=LOG_FILE_BYTES,
                backupCount=LOG_FILE_BACKUPS,
                encoding="utf-8",
            )
        )
    except OSError as error:
        log_file = None
        if terminal is not None:
            reason = f" ({error.strerror})" if error.strerror else ""
            print(
                f"AcuPress cannot write its log in {paths.log_dir}{reason}, "
                "so it writes it here instead.",
                file=terminal,
            )
    if terminal is not None and (log_file is None or _is_terminal(terminal)):
        handlers.append(logging.StreamHandler(terminal))
    formatter = logging.Formatter(LOG_FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
        undo.callback(handler.close)
        undo.callback(root.removeHandler, handler)
    return log_file


def _install_crash_log(path: Path, terminal: TextIO | None, undo: ExitStack) -> None:
    """Point ``faulthandler`` at the crash log (the terminal if it cannot be written).

    The file stays open for the life of the process: after a crash, nothing can open it.
    """
    was_enabled = faulthandler.is_enabled()
    target: TextIO | None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        too_big = path.exists() and path.stat().st_size > CRASH_LOG_BYTES
        target = undo.enter_context(path.open("w" if too_big else "a", encoding="utf-8"))
    except OSError as error:
        log.warning("Crash reports cannot be written to %s (%s)", path, error.strerror)
        target = terminal if terminal is not None and _has_file_descriptor(terminal) else None
    if target is None:
        return
    faulthandler.enable(file=target, all_threads=True)
    undo.callback(_restore_faulthandler, was_enabled)


def _restore_faulthandler(was_enabled: bool) -> None:
    """Stop writing to the crash log; back to the process's stderr if it was on before.

    ``faulthandler`` cannot say which file it wrote to before, and stderr is where
    ``python -X faulthandler`` and pytest point it.
    """
    faulthandler.disable()
    if was_enabled and sys.__stderr__ is not None and _has_file_descriptor(sys.__stderr__):
        faulthandler.enable(file=sys.__stderr__, all_threads=True)


def _install_qt_message_handler(undo: ExitStack) -> None:
    try:
        from PySide6.QtCore import qInstallMessageHandler
    except ImportError:
        return  # Qt cannot load here: main()'s own import of it names the missing library

    previous = qInstallMessageHandler(log_qt_message)
    undo.callback(qInstallMessageHandler, previous)


def _replace(owner: object, name: str, value: object, undo: ExitStack) -> None:
    """Set ``owner.name`` to ``value`` and have ``undo`` put the previous one back."""
    undo.callback(setattr, owner, name, getattr(owner, name))
    setattr(owner, name, value)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):  # closed, or not a real stream
        return False


def _has_file_descriptor(stream: TextIO) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True
