"""Start-up as main() does it: the first-run notice, a refused catalog, unexpected errors."""

from __future__ import annotations

import errno
import html
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui import APP_ID, __version__, app
from acupress_gui.bootstrap.composition import open_recorder
from acupress_gui.core import red_flags
from acupress_gui.core import settings as settings_module
from acupress_gui.core.paths import AppPaths, resolve_paths
from acupress_gui.core.settings import SettingsStore
from acupress_gui.resources import icon_files
from acupress_gui.ui.common.error_dialog import ErrorDialog
from acupress_gui.ui.common.first_run_notice import FirstRunNotice, notice_html
from tests.ui.images import SAME_DRAWING, mean_difference


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error dialogs reported, as (title, message), instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(
        cls,
        parent,
        title: str,
        message: str,
        log_file: Path | None = None,
        closed: Callable[[], None] | None = None,
    ) -> None:
        shown.append((title, message))
        if closed is not None:
            closed()  # read at once

    monkeypatch.setattr(ErrorDialog, "report", classmethod(record))
    return shown


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each time the first-run notice is asked, acknowledged at once."""
    asked: list[object] = []

    def acknowledge(cls, parent, acknowledged) -> None:
        asked.append(parent)
        acknowledged()

    monkeypatch.setattr(FirstRunNotice, "ask", classmethod(acknowledge))
    return asked


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable]:
    """open_main_window() as main() calls it, with the services closed afterwards."""
    opened: list[app.Opened] = []

    def open_(data_dir: Path, *options: str, filled: bool = True):
        """``filled``: wait for the visitor's view and the history, as a good start has."""
        args = app.parse_args(["--data-dir", str(data_dir), *options])
        paths = resolve_paths(args.data_dir)
        result = app.open_main_window(args, paths, paths.log_file)
        opened.append(result)
        qtbot.addWidget(result.window)
        if filled:
            with qtbot.waitSignal(result.history.opened, timeout=5000):
                pass
        return result.window, paths

    yield open_
    for result in opened:
        result.history.wait()
        result.services.close()


def test_first_run_notice_is_shown_once_and_remembered(
    open_window: Callable, tmp_path: Path, notices: list[object]
) -> None:
    window, paths = open_window(tmp_path / "data")
    assert len(notices) == 1
    assert SettingsStore(paths.settings_file).read().device.notice_acknowledged
    window.close()

    window, _ = open_window(tmp_path / "data")
    assert len(notices) == 1  # not again
    window.notice_action.trigger()  # but always there in the Help menu
    assert len(notices) == 2


def test_the_notice_says_what_the_app_is_and_when_to_get_help(qtbot: QtBot) -> None:
    notice = FirstRunNotice()
    qtbot.addWidget(notice)
    text = notice_html()
    assert text in notice.notice_text.text()
    assert "not a treatment" in text
    assert notice.windowTitle() == "Welcome to AcuPress"
    # Both areas' lists, neck first, each with its emergency and same-day signs, all of
    # them (content review E1, E2): the notice is also Help > When to see a doctor.
    neck, back = text.index("<h3>Neck pain</h3>"), text.index("<h3>Back pain</h3>")
    assert neck < back
    for area, start, end in ((red_flags.NECK, neck, back), (red_flags.BACK, back, len(text))):
        section = text[start:end]
        assert section.count("emergency number") == 1 and "urgently, the same day" in section
        for sign in (*area.emergency, *area.same_day):
            assert html.escape(sign) in section, sign
        # The emergency signs come before the same-day ones.
        assert section.index(html.escape(area.emergency[-1])) < section.index("same day")


def test_a_broken_catalog_gives_a_dialog_not_a_traceback(
    qtbot: QtBot,
    open_window: Callable,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
    notices: list[object],
) -> None:
    broken = tmp_path / "clinic.toml"
    broken.write_text("format = 1\n[[entries]\nid = 'x'\n", encoding="utf-8")
    window, paths = open_window(tmp_path / "data", "--catalog", str(broken), filled=False)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert window.session is None  # nothing to show: the app ends once it is read
    [(title, message)] = dialogs
    assert title == "The point catalog cannot be used"
    assert str(broken) in message and "not valid TOML" in message
    assert "Traceback" not in message
    assert not paths.settings_file.exists()  # nothing of the person's was touched


def test_main_exits_with_an_error_code_for_a_broken_catalog(
    tmp_path: Path, dialogs: list[tuple[str, str]], qapp
) -> None:
    missing = tmp_path / "missing.toml"
    assert app.main(["--data-dir", str(tmp_path), "--catalog", str(missing)]) == 2
    assert "missing.toml" in dialogs[0][1]
    assert "Catalog refused" in (tmp_path / "logs" / "acupress.log").read_text()


def test_main_names_the_app_by_its_id(
    tmp_path: Path, dialogs: list[tuple[str, str]], qapp: QApplication
) -> None:
    """The id the desktop entry is named by: Wayland's app id, and the class of the X11
    window, by which a desktop finds the entry's icon and name for a running window."""
    app.main(["--data-dir", str(tmp_path), "--catalog", str(tmp_path / "missing.toml")])
    assert QGuiApplication.desktopFileName() == APP_ID
    assert QCoreApplication.applicationName() == APP_ID
    assert QGuiApplication.applicationDisplayName() == "AcuPress"


def test_the_window_shows_the_app_icon_once_filled(
    open_window: Callable, tmp_path: Path, notices: list[object]
) -> None:
    QApplication.setWindowIcon(QIcon())
    window, _paths = open_window(tmp_path / "data")
    shown = window.windowIcon().pixmap(48, 48).toImage()
    assert mean_difference(shown, QImage(str(icon_files()["48x48"]))) <= SAME_DRAWING


def test_version_and_help_need_no_display(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        app.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"AcuPress {__version__}"
    with pytest.raises(SystemExit):
        app.main(["--help"])
    out = capsys.readouterr().out
    assert "--data-dir DIR" in out and "--catalog FILE" in out


def test_a_damaged_history_file_is_set_aside_and_the_person_told(
    qtbot: QtBot,
    open_window: Callable,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
    notices: list[object],
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"this is not a database, " * 400)
    window, paths = open_window(data)
    assert window is not None
    qtbot.waitUntil(lambda: len(dialogs) == 1)  # told once the window is up
    [(title, message)] = dialogs
    assert title == "Your history file could not be read"
    kept = [p for p in data.iterdir() if p.name.startswith("history.sqlite3.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert kept[0].name in message
    assert paths.history_file.exists()  # a fresh one, ready for the next hold


def test_damaged_settings_are_set_aside_and_the_person_told_why_in_a_sentence(
    qtbot: QtBot,
    open_window: Callable,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
    notices: list[object],
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema": 1, "hold_seconds": ', encoding="utf-8")
    _window, paths = open_window(data)
    qtbot.waitUntil(lambda: len(dialogs) >= 1)
    [(title, message)] = [shown for shown in dialogs if "settings" in shown[0]]
    assert title == "Your settings could not be read"
    assert message == (
        f"Your settings file {paths.settings_file} could not be used as it was: it is cut "
        "short or garbled. AcuPress started from its usual settings."
    )


def test_a_first_start_in_a_read_only_folder_carries_on_and_says_so(
    open_window: Callable, tmp_path: Path, notices: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Acknowledging the notice used to end the app with a traceback on a read-only mount."""

    def refuse(path: Path, text: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(settings_module, "_write_atomically", refuse)
    window, paths = open_window(tmp_path / "data")
    assert len(notices) == 1  # acknowledged, and the save of that failed
    assert window.isVisible()
    banner = window.view.settings_banner
    assert banner.isVisibleTo(window) and "read-only" in banner.text.text()
    assert not paths.settings_file.exists()


def test_a_portable_folder_that_cannot_be_written_is_said_in_a_dialog(
    qtbot: QtBot,
    open_window: Callable,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
    notices: list[object],
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, _ = open_window(tmp_path / "data")
    blocked = tmp_path / "stick" / "data"
    blocked.parent.mkdir()
    blocked.write_text("a file where the folder should be")  # what a read-only stick refuses
    portable = AppPaths(blocked, blocked, blocked / "logs", portable=True)
    app._tell_if_portable_folder_is_read_only(window, portable, None)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    [(title, message)] = dialogs
    assert title == "Nothing new will be saved"
    assert str(blocked) in message and "portable.txt" in message
    assert str(blocked) in capsys.readouterr().err


def test_a_writable_portable_folder_needs_no_word(
    qtbot: QtBot,
    open_window: Callable,
    tmp_path: Path,
    dialogs: list[tuple[str, str]],
    notices: list[object],
) -> None:
    window, paths = open_window(tmp_path / "data")
    app._tell_if_portable_folder_is_read_only(window, replace(paths, portable=True), None)
    qtbot.wait(50)  # the dialog would open on the next turn of the event loop
    assert dialogs == []


def test_a_history_folder_that_cannot_be_made_is_said_plainly(tmp_path: Path) -> None:
    """A fresh read-only stick: no data/ yet, and none can be made. The holds wait in
    memory and the reason is a plain sentence, not an error in the opening thread."""
    blocked = tmp_path / "stick" / "data"
    blocked.parent.mkdir()
    blocked.write_text("a file where the folder should be")
    recorder = open_recorder(AppPaths(blocked, blocked, blocked / "logs", portable=True))
    recorder.retry()
    assert recorder.store is None
    assert recorder.last_error is not None and str(blocked) in recorder.last_error
