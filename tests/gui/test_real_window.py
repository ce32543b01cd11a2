"""The installed ``acupress-gui`` in a real X11 window under Xvfb, driven from outside."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.x11 import find_window, press_keys, request_close

pytestmark = pytest.mark.real_window

SHOW_TIMEOUT_S = 10.0
EXIT_TIMEOUT_S = 10.0


@pytest.fixture
def display(xvfb) -> str:
    """The Xvfb display started by pytest-xvfb; skip without one, but never on CI."""
    missing = [tool for tool in ("xdotool",) if shutil.which(tool) is None]
    if xvfb is None or missing:
        reason = "real-window tests need Xvfb and xdotool (apt-get install xvfb xdotool)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true, so they may not be skipped")
        pytest.skip(reason)
    return f":{xvfb.display}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def launch(display: str, data_dir: Path) -> Iterator:
    """Start the installed entry point on the display; kill it if a test leaves it running."""
    started: list[subprocess.Popen[str]] = []

    def start() -> subprocess.Popen[str]:
        executable = Path(sys.executable).with_name("acupress-gui")
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        process = subprocess.Popen(
            [str(executable), "--data-dir", str(data_dir)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=EXIT_TIMEOUT_S)


def acknowledge_notice(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"notice_acknowledged": True}))


def wait_for_exit(process: subprocess.Popen[str], data_dir: Path) -> int:
    try:
        process.wait(timeout=EXIT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        log = data_dir / "logs" / "acupress.log"
        pytest.fail(
            "the app did not exit after being asked to; its log:\n"
            + (log.read_text() if log.exists() else "(none)")
        )
    return process.returncode


def test_window_appears_and_ctrl_q_quits_cleanly(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    started = time.monotonic()
    process = launch()
    window = find_window(display, process.pid, "AcuPress", SHOW_TIMEOUT_S)
    assert window is not None, process.stdout and process.stdout.read()
    assert time.monotonic() - started < SHOW_TIMEOUT_S

    press_keys(display, window, "ctrl+q")
    assert wait_for_exit(process, data_dir) == 0
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["window_geometry"]  # the close event ran and saved the window


def test_closing_the_window_quits_cleanly(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    process = launch()
    window = find_window(display, process.pid, "AcuPress", SHOW_TIMEOUT_S)
    assert window is not None

    request_close(display, window)
    assert wait_for_exit(process, data_dir) == 0
    assert json.loads((data_dir / "settings.json").read_text())["window_geometry"]
    log = (data_dir / "logs" / "acupress.log").read_text()
    assert "exiting with code 0" in log
    assert "Traceback" not in log


def test_first_start_shows_the_notice_and_remembers_it(
    launch, display: str, data_dir: Path
) -> None:
    process = launch()
    notice = find_window(display, process.pid, "Welcome to AcuPress", SHOW_TIMEOUT_S)
    assert notice is not None
    press_keys(display, notice, "Return")  # "I understand" is the default button

    # The app writes the acknowledgement as soon as the notice's modal session ends.
    # Only then may the main window be closed: while a modal dialog is up, Qt rightly
    # ignores a window manager's request to close the window behind it.
    settings = data_dir / "settings.json"
    deadline = time.monotonic() + SHOW_TIMEOUT_S
    while not (settings.exists() and json.loads(settings.read_text())["notice_acknowledged"]):
        assert time.monotonic() < deadline, "the notice was never acknowledged"
        time.sleep(0.05)
    assert find_window(display, process.pid, "Welcome to AcuPress", 0.2) is None

    window = find_window(display, process.pid, "AcuPress", SHOW_TIMEOUT_S)
    assert window is not None
    request_close(display, window)
    assert wait_for_exit(process, data_dir) == 0


def test_a_second_launch_hands_over_to_the_first(launch, display: str, data_dir: Path) -> None:
    acknowledge_notice(data_dir)
    first = launch()
    window = find_window(display, first.pid, "AcuPress", SHOW_TIMEOUT_S)
    assert window is not None

    second = launch()  # same data folder
    assert wait_for_exit(second, data_dir) == 0
    assert first.poll() is None  # the first copy keeps running
    log = (data_dir / "logs" / "acupress.log").read_text()
    assert "asked it to come to the front" in log  # said by the second copy
    assert "A second launch asked this copy to come to the front" in log  # by the first

    request_close(display, window)
    assert wait_for_exit(first, data_dir) == 0
