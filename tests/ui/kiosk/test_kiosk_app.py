"""``acupress-gui --kiosk`` as a process (offscreen): it runs from its kiosk folder with
its log and its one-copy lock in the state folder, and a second launch hands over."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

READY = "Kiosk: ready for the next visitor"


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
