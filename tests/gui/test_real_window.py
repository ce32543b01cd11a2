"""The installed ``acupress-gui`` in a real X11 window under Xvfb, driven from outside.

``ACUPRESS_GUI=dist/AcuPress/acupress-gui`` runs the same tests on the one-folder app
(``make bundle-check`` does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.gui.x11 import find_window, icon_sizes, press_keys, request_close, window_class

pytestmark = [
    pytest.mark.real_window,
    pytest.mark.requires("display_server", "xdotool", "xcb_plugin"),
]

SHOW_TIMEOUT_S = 10.0
EXIT_TIMEOUT_S = 10.0


@pytest.fixture
def display(xvfb) -> str:
    """The Xvfb display started by pytest-xvfb (``requires`` has checked there is one)."""
    return f":{xvfb.display}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@dataclass
class LaunchedApp:
    """One started copy of the app, and what it leaves behind to explain a failure."""

    process: subprocess.Popen[bytes]
    data_dir: Path
    output: Path
    """Its stdout and stderr, in a file: a pipe that nobody reads can fill and block it."""

    def report(self) -> str:
        """Its exit code, log and output, for the message of a failed assertion."""
        code = self.process.poll()
        state = "is still running" if code is None else f"exited with code {code}"
        log = self.data_dir / "logs" / "acupress.log"
        return (
            f"The app {state}.\n--- its log ---\n{_contents(log)}"
            f"\n--- its output ---\n{_contents(self.output)}"
        )


def _contents(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else "(none)"


@pytest.fixture
def launch(display: str, data_dir: Path, tmp_path: Path) -> Iterator[Callable[[], LaunchedApp]]:
    """Start the installed entry point on the display; kill it if a test leaves it running."""
    started: list[LaunchedApp] = []

    def start() -> LaunchedApp:
        executable = os.environ.get("ACUPRESS_GUI") or Path(sys.executable).with_name(
            "acupress-gui"
        )
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        output = tmp_path / f"output-{len(started) + 1}.txt"
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [str(executable), "--data-dir", str(data_dir)],
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        app = LaunchedApp(process, data_dir, output)
        started.append(app)
        return app

    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
        app.process.wait(timeout=EXIT_TIMEOUT_S)


def acknowledge_notice(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"notice_acknowledged": True}))


def window_of(display: str, app: LaunchedApp, title: str) -> int:
    """The app's window titled ``title``; fails at once, saying why, if the app has died."""
    window = find_window(display, app.process, title, SHOW_TIMEOUT_S)
    assert window is not None, f"No window titled {title!r} appeared. {app.report()}"
    return window


def wait_for_exit(app: LaunchedApp) -> int:
    try:
        return app.process.wait(timeout=EXIT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"The app did not exit after being asked to. {app.report()}")


def test_window_appears_and_ctrl_q_quits_cleanly(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    started = time.monotonic()
    app = launch()
    window = window_of(display, app, "AcuPress")
    assert time.monotonic() - started < SHOW_TIMEOUT_S

    press_keys(display, window, "ctrl+q")
    assert wait_for_exit(app) == 0, app.report()
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["window_geometry"]  # the close event ran and saved the window


def test_the_window_carries_the_desktop_entrys_class_and_an_icon(
    launch, display: str, data_dir: Path
) -> None:
    """A desktop finds the entry (name, icon) of a running window by its class."""
    acknowledge_notice(data_dir)
    app = launch()
    window = window_of(display, app, "AcuPress")
    entry = (
        Path(__file__).parents[2] / "packaging" / "linux" / "io.github.acupress.AcuPress.desktop"
    )
    [wm_class] = [
        line for line in entry.read_text().splitlines() if line.startswith("StartupWMClass=")
    ]
    assert window_class(display, window) == ("acupress-gui", wm_class.split("=", 1)[1])
    deadline = time.monotonic() + SHOW_TIMEOUT_S  # the icon is set once the window is up
    while not icon_sizes(display, window):
        assert time.monotonic() < deadline, f"The window never got an icon. {app.report()}"
        time.sleep(0.05)
    assert (16, 16) in icon_sizes(display, window) and (128, 128) in icon_sizes(display, window)
    request_close(display, window)
    assert wait_for_exit(app) == 0, app.report()


def test_closing_the_window_quits_cleanly(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    app = launch()
    window = window_of(display, app, "AcuPress")

    request_close(display, window)
    assert wait_for_exit(app) == 0, app.report()
    assert json.loads((data_dir / "settings.json").read_text())["window_geometry"]
    log = (data_dir / "logs" / "acupress.log").read_text()
    assert "exiting with code 0" in log
    assert "Traceback" not in log


def test_first_start_shows_the_notice_and_remembers_it(
    launch, display: str, data_dir: Path
) -> None:
    app = launch()
    notice = window_of(display, app, "Welcome to AcuPress")
    press_keys(display, notice, "Return")  # "I understand" is the default button

    # The app writes the acknowledgement as soon as the notice's modal session ends.
    # Only then may the main window be closed: while a modal dialog is up, Qt rightly
    # ignores a window manager's request to close the window behind it.
    settings = data_dir / "settings.json"
    deadline = time.monotonic() + SHOW_TIMEOUT_S
    while not (settings.exists() and json.loads(settings.read_text())["notice_acknowledged"]):
        assert app.process.poll() is None, app.report()
        assert time.monotonic() < deadline, f"The notice was never acknowledged. {app.report()}"
        time.sleep(0.05)
    assert find_window(display, app.process, "Welcome to AcuPress", 0.2) is None

    window = window_of(display, app, "AcuPress")
    request_close(display, window)
    assert wait_for_exit(app) == 0, app.report()


def test_a_second_launch_hands_over_to_the_first(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    first = launch()
    window = window_of(display, first, "AcuPress")

    second = launch()  # same data folder
    assert wait_for_exit(second) == 0, second.report()
    assert first.process.poll() is None, first.report()  # the first copy keeps running
    log = (data_dir / "logs" / "acupress.log").read_text()
    assert "asked it to come to the front" in log  # said by the second copy
    assert "A second launch asked this copy to come to the front" in log  # by the first

    request_close(display, window)
    assert wait_for_exit(first) == 0, first.report()
