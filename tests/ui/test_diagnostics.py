"""Where problems go: the log file, the terminal when there is one, crash.log, the person."""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import signal
import subprocess
import sys
import threading
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import QLoggingCategory, QtMsgType, qCWarning, qInstallMessageHandler, qWarning
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.diagnostics import (
    CRASH_LOG_BYTES,
    crash_log_file,
    error_dialog_reporter,
    log_qt_message,
    make_excepthook,
    process_diagnostics,
    qt_logger_name,
)
from acupress_gui.core.paths import AppPaths, resolve_paths
from acupress_gui.ui.common.error_dialog import ErrorDialog


class Terminal(io.StringIO):
    """What a person running the app from a shell would see."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "portable")


@pytest.fixture
def reported() -> list[str]:
    return []


def diagnostics(
    paths: AppPaths, reported: list[str], stderr: io.StringIO | None = None
) -> AbstractContextManager[Path | None]:
    """Everything but Qt's message handler, with errors reported into ``reported``."""
    return process_diagnostics(
        paths, report=reported.append, qt_messages=False, stderr=stderr or io.StringIO()
    )


def flushed_log(paths: AppPaths) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return paths.log_file.read_text(encoding="utf-8")


def test_logs_go_to_the_file_and_to_a_terminal(paths: AppPaths, reported: list[str]) -> None:
    terminal = Terminal()
    with diagnostics(paths, reported, terminal) as log_file:
        logging.getLogger("acupress_gui.test").warning("the sound card went away")
        assert log_file == paths.log_dir / "acupress.log"
        assert "WARNING acupress_gui.test: the sound card went away" in flushed_log(paths)
    assert "WARNING acupress_gui.test: the sound card went away" in terminal.getvalue()


def test_without_a_terminal_logs_go_only_to_the_file(paths: AppPaths, reported: list[str]) -> None:
    not_a_terminal = io.StringIO()
    with diagnostics(paths, reported, not_a_terminal):
        logging.getLogger("acupress_gui.test").warning("the sound card went away")
        assert "the sound card went away" in flushed_log(paths)
    assert not_a_terminal.getvalue() == ""


def test_an_unwritable_log_folder_logs_to_stderr_even_without_a_terminal(
    paths: AppPaths, reported: list[str]
) -> None:
    paths.log_dir.parent.mkdir(parents=True)
    paths.log_dir.write_text("a file where the log folder should be")
    stderr = io.StringIO()
    with diagnostics(paths, reported, stderr) as log_file:
        logging.getLogger("acupress_gui.test").info("starting")
    assert log_file is None
    first, *rest = stderr.getvalue().splitlines()
    assert first == (
        f"AcuPress cannot write its log in {paths.log_dir} (File exists), "
        "so it writes it here instead."
    )
    assert any(line.endswith("INFO acupress_gui.test: starting") for line in rest)


def test_undo_restores_every_hook(paths: AppPaths, reported: list[str]) -> None:
    def qt_handler(*message: object) -> None:
        raise AssertionError("replaced while the diagnostics were installed")

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = (sys.excepthook, threading.excepthook)
    faulthandler_was_on = faulthandler.is_enabled()
    before_qt = qInstallMessageHandler(qt_handler)
    try:
        with process_diagnostics(paths, report=reported.append, stderr=Terminal()):
            assert len(root.handlers) == len(handlers) + 2 and root.level == logging.INFO
            assert (sys.excepthook, threading.excepthook) != hooks
            assert faulthandler.is_enabled()
            qWarning("a warning while installed goes to the log")
        assert root.handlers == handlers and root.level == level
        assert (sys.excepthook, threading.excepthook) == hooks
        assert faulthandler.is_enabled() == faulthandler_was_on
    finally:
        assert qInstallMessageHandler(before_qt) is qt_handler


def _open_files() -> set[str]:
    folder = "/proc/self/fd"
    names = set()
    for fd in os.listdir(folder):
        try:
            names.add(os.readlink(f"{folder}/{fd}"))
        except OSError:  # the listing's own descriptor, gone already
            continue
    return names


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files through /proc")
def test_the_crash_log_is_open_for_the_life_of_the_process(
    paths: AppPaths, reported: list[str]
) -> None:
    with diagnostics(paths, reported):
        assert crash_log_file(paths).exists()
        assert str(crash_log_file(paths)) in _open_files()
    assert str(crash_log_file(paths)) not in _open_files()


def test_an_old_crash_is_kept_until_the_crash_log_grows_too_big(
    paths: AppPaths, reported: list[str]
) -> None:
    paths.log_dir.mkdir(parents=True)
    crash_log_file(paths).write_text("Fatal Python error: last week\n")
    with diagnostics(paths, reported):
        pass
    assert crash_log_file(paths).read_text() == "Fatal Python error: last week\n"
    crash_log_file(paths).write_text("x" * (CRASH_LOG_BYTES + 1))
    with diagnostics(paths, reported):
        pass
    assert crash_log_file(paths).read_text() == ""


CRASH = """
import faulthandler, resource, sys
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # the test wants the stack, not a core file
from pathlib import Path
for blocked in ("PySide6", "shiboken6", "pyqtgraph"):
    sys.modules[blocked] = None  # all that is needed here works without Qt
from acupress_gui.bootstrap.diagnostics import process_diagnostics
from acupress_gui.core.paths import resolve_paths

def deep_inside_qt():
    faulthandler._sigsegv()

with process_diagnostics(resolve_paths(Path(sys.argv[1])), report=print, qt_messages=False):
    deep_inside_qt()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal ends the process")
def test_a_crash_leaves_a_python_stack_in_crash_log(paths: AppPaths) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGSEGV
    crash = crash_log_file(paths).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert 'File "<string>", line' in crash and "in deep_inside_qt" in crash
    assert "Segmentation fault" not in result.stderr  # not a terminal: the file has it


def test_an_error_in_a_worker_thread_is_logged(paths: AppPaths, reported: list[str]) -> None:
    def read_insights() -> None:
        raise RuntimeError("Signal source has been deleted")

    with diagnostics(paths, reported):
        worker = threading.Thread(target=read_insights, name="insights-1")
        worker.start()
        worker.join()
        quitting = threading.Thread(target=sys.exit, name="quits-quietly")
        quitting.start()
        quitting.join()
        text = flushed_log(paths)
    assert "ERROR acupress_gui.bootstrap.diagnostics: Unexpected error in thread insights-1" in text
    assert "in read_insights" in text
    assert "RuntimeError: Signal source has been deleted" in text
    assert "quits-quietly" not in text
    assert reported == []  # no dialog from a worker thread


def test_an_unexpected_error_is_logged_and_reported(paths: AppPaths, reported: list[str]) -> None:
    with diagnostics(paths, reported):
        try:
            raise KeyError("zoom")
        except KeyError as error:
            sys.excepthook(KeyError, error, error.__traceback__)
        text = flushed_log(paths)
    assert reported == ["KeyError: 'zoom'"]
    assert "CRITICAL acupress_gui.bootstrap.diagnostics: Unexpected error" in text
    assert "test_an_unexpected_error_is_logged_and_reported" in text


def test_unexpected_errors_are_logged_and_shown_plainly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    hook = make_excepthook(shown.append)
    try:
        raise RuntimeError("the kettle boiled dry")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            hook(RuntimeError, error, error.__traceback__)
    assert shown == ["RuntimeError: the kettle boiled dry"]
    assert "Traceback" in caplog.text
    assert "test_unexpected_errors_are_logged_and_shown_plainly" in caplog.text


def test_an_error_while_reporting_is_logged_not_looped(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def report(message: str) -> None:
        calls.append(message)
        hook(ValueError, ValueError("inside the dialog"), None)

    hook = make_excepthook(report)
    with caplog.at_level(logging.CRITICAL):
        hook(KeyError, KeyError("first"), None)
        hook(KeyError, KeyError("second"), None)  # the guard is reset after each report
    assert calls == ["KeyError: 'first'", "KeyError: 'second'"]
    assert "inside the dialog" in caplog.text


def test_the_default_report_is_a_plain_dialog_naming_the_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, Path | None]] = []

    def record(
        cls, parent, title: str, message: str, log_file: Path | None = None, closed=None
    ) -> None:
        shown.append((title, message, log_file))

    monkeypatch.setattr(ErrorDialog, "report", classmethod(record))
    error_dialog_reporter(tmp_path / "acupress.log")("KeyError: 'zoom'")
    assert shown == [
        (
            "Something went wrong",
            "AcuPress hit an unexpected problem and carried on. If something looks wrong, "
            "restart the app.\n\nKeyError: 'zoom'",
            tmp_path / "acupress.log",
        )
    ]


def test_qt_messages_are_logged_under_their_category(paths: AppPaths, reported: list[str]) -> None:
    # PySide6 6.11's stubs say bytes, but it takes (only) str at run time.
    xcb = QLoggingCategory("qt.qpa.xcb")  # type: ignore[arg-type]
    with process_diagnostics(paths, report=reported.append, stderr=io.StringIO()):
        qCWarning(xcb, "could not connect to display")  # type: ignore[arg-type]
        qWarning("a plain warning")
        text = flushed_log(paths)
    assert "WARNING qt.qpa.xcb: could not connect to display" in text
    assert "WARNING qt: a plain warning" in text


class _Context:
    def __init__(self, category: str | None) -> None:
        self.category = category


@pytest.mark.parametrize(
    ("kind", "category", "logger", "level"),
    [
        (QtMsgType.QtDebugMsg, "qt.qpa.fonts", "qt.qpa.fonts", logging.DEBUG),
        (QtMsgType.QtInfoMsg, "default", "qt", logging.INFO),
        (QtMsgType.QtCriticalMsg, "js", "qt.js", logging.ERROR),
        (QtMsgType.QtFatalMsg, None, "qt", logging.CRITICAL),
    ],
)
def test_qt_message_levels_and_categories(
    kind: QtMsgType,
    category: str | None,
    logger: str,
    level: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        log_qt_message(kind, _Context(category), "a message")  # type: ignore[arg-type]
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        (logger, level, "a message")
    ]
    assert qt_logger_name("qt") == "qt"
