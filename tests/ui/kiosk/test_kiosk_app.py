"""``acupress-gui --kiosk`` as a process (offscreen): it runs from its kiosk folder with
its log and its one-copy lock in the state folder, and a second launch hands over."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from acupress_gui.ui.common.theme import DESIGN_BODY_PX

READY = "Kiosk: ready for the next visitor"

TEXT_SIZE_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from acupress_gui.bootstrap.cli import parse_args
from acupress_gui.bootstrap.kiosk_app import run_kiosk
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow

app = QApplication(sys.argv[:1])  # run_kiosk runs in it, as it would in its own

def look_then_exit() -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, KioskWindow)]
    if not windows:
        QTimer.singleShot(10, look_then_exit)
        return
    print("body", app.font().pixelSize(), windows[0].font().pixelSize(), flush=True)
    windows[0].exit_kiosk()

QTimer.singleShot(0, look_then_exit)
options = parse_args(["--kiosk", "--data-dir", sys.argv[1]])
sys.exit(run_kiosk(options, options.data_dir))
"""


def launch(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "acupress_gui", "--kiosk", "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def running(kiosk_folder: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    (kiosk_folder / "kiosk.toml").write_text('state_dir = "../state"\n', encoding="utf-8")
    state = kiosk_folder.parent / "state"
    state.mkdir()
    process = launch(kiosk_folder)
    log = state / "logs" / "acupress.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and READY in log.read_text(encoding="utf-8")):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            _, errors = process.communicate()
            pytest.fail(f"the kiosk did not start (code {process.returncode}): {errors}")
        time.sleep(0.1)
    yield process, state
    process.kill()
    process.communicate()


def test_the_kiosk_shows_its_text_at_its_text_scale(
    kiosk_folder: Path, kiosk_toml: Callable[[str], None]
) -> None:
    """``text_scale`` sizes every word the kiosk shows: the application's font, from which
    the visitor's view and the kiosk's own screens take theirs."""

    def body_pixels(scale: int) -> int:
        kiosk_toml(f"text_scale = {scale}\n")
        done = subprocess.run(
            [sys.executable, "-c", TEXT_SIZE_PROBE, str(kiosk_folder)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        [line] = [line for line in done.stdout.splitlines() if line.startswith("body ")]
        application, window = (int(word) for word in line.split()[1:])
        assert application == window
        return application

    normal, doubled = body_pixels(100), body_pixels(200)
    assert normal >= DESIGN_BODY_PX
    assert abs(doubled - 2 * normal) <= 1


def test_the_kiosk_keeps_its_log_and_lock_in_the_state_folder_and_hands_over(
    running: tuple[subprocess.Popen[str], Path], kiosk_folder: Path
) -> None:
    process, state = running
    second = launch(kiosk_folder)
    _, errors = second.communicate(timeout=60)
    assert second.returncode == 0, errors
    log = (state / "logs" / "acupress.log").read_text(encoding="utf-8")
    assert "The kiosk is running already" in log
    assert process.poll() is None  # the first one runs on
    written = {path.relative_to(kiosk_folder) for path in kiosk_folder.rglob("*")}
    assert written == {Path("kiosk.toml"), Path("kiosk-pin.json")}  # the kiosk folder is read
    assert not list(state.rglob("history.sqlite3")) and not list(state.rglob("settings.json"))
