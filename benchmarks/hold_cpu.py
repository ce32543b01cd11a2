"""CPU used by the app's own process while a hold runs, in a real X11 window.

Starts its own Xvfb (no window manager) on a free display. For each case it launches
the app from ``--app-dir`` (``python -m acupress_gui``, so that folder's code runs) with
a fresh ``--data-dir`` whose settings acknowledge the first-run notice, turn off the
pain check-ins and preselect an entry; focuses the window with xdotool and clicks
Start with a real mouse click; waits a warm-up; then reads utime+stime of the app's
process from /proc over the measured time. Sound is on (the default), so the sound
stack loads as it does for most people.

The cases:
- ``hold_cpu_s_per_min``: the breathing animation;
- ``hold_cpu_reduced_motion``: with Reduce motion on;
- ``hold_cpu_hidden``: the window unmapped with ``xdotool windowunmap`` after Start,
  which is what a window manager does to a minimized window (hiding to the tray with
  ``hide()`` unmaps it the same way).

Each figure is CPU seconds per minute; ``*_switches_per_s`` counts the context switches
of all the app's threads (about its wakeups), and the ``*_libraries_*`` lines say which
of QtMultimedia, its FFmpeg backend and Qt Quick were mapped (/proc/PID/maps) once the
window was up and after Start. The app reports where its Start button is through a few lines
of launcher code (it finds the widget; the click itself is real input).

Usage: python benchmarks/hold_cpu.py [--seconds S] [--warm-up S] [--app-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ENTRY_ID = "wind-pool"
HOLD_SECONDS = 600
"""The longest hold a person can choose: it outlasts the warm-up and the measurement."""
START_TIMEOUT_S = 30.0

LAUNCHER = """
import runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0], *sys.argv[1:]])

def report():
    from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
    from acupress_gui.ui.timer.timer_card import TimerCard
    for window in QApplication.topLevelWidgets():
        cards = [card for card in window.findChildren(TimerCard) if card.isVisible()]
        if window.isVisible() and cards and window.windowHandle().isExposed():
            break
    else:
        QTimer.singleShot(100, report)  # still starting up
        return
    for driver in window.findChildren(HoldTimerDriver):
        driver.running_changed.connect(lambda running: print(f"running={running}", flush=True))
    button = cards[0].start_button
    centre = button.mapToGlobal(button.rect().center())
    print(f"window={int(window.winId())}", flush=True)
    print(f"start_button={centre.x()},{centre.y()}", flush=True)

QTimer.singleShot(0, report)
sys.argv[0] = "acupress-gui"
runpy.run_module("acupress_gui", run_name="__main__")
"""

MULTIMEDIA_LIBRARIES = {
    "qtmultimedia": "libQt6Multimedia.so",
    "ffmpeg_backend": "libffmpegmediaplugin.so",
    "qt_quick": "libQt6Quick.so",
}


def free_display() -> int:
    for number in range(57, 200):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number between :57 and :199")


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    number = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def cpu_seconds(pid: int) -> float:
    """utime + stime of every thread of ``pid`` (children not included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread may end meanwhile
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
    return total


def loaded_libraries(pid: int) -> dict[str, bool]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return {name: library in maps for name, library in MULTIMEDIA_LIBRARIES.items()}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class App:
    """One run of the app on ``display`` with fresh settings; reads what the launcher says."""

    def __init__(self, app_dir: Path, display: str, reduced_motion: bool) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="acupress-hold-cpu-")
        data_dir = Path(self._folder.name)
        settings = {
            "notice_acknowledged": True,
            "ask_pain": False,
            "last_entry": ENTRY_ID,
            "hold_seconds": HOLD_SECONDS,
            "reduced_motion": reduced_motion,
        }
        (data_dir / "settings.json").write_text(json.dumps(settings))
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        if "XDG_RUNTIME_DIR" not in self.env:
            runtime = data_dir / "runtime"
            runtime.mkdir(mode=0o700)
            self.env["XDG_RUNTIME_DIR"] = str(runtime)
        self._errors = (data_dir / "stderr.txt").open("w+")
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, "--data-dir", str(data_dir)],
            cwd=app_dir,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())

    def expect(self, name: str) -> str:
        """The value of the next ``name=value`` line the app prints."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                line = self._lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                self._errors.seek(0)
                errors = self._errors.read()[-2000:]
                state = f"exited with {self.process.poll()}" if self.process.poll() else "running"
                raise RuntimeError(f"the app ({state}) did not report {name}:\n{errors}") from None
            key, _, value = line.partition("=")
            if key == name:
                return value

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()
        self._errors.close()
        self._folder.cleanup()


def measure(
    app_dir: Path, display: str, reduced_motion: bool, hidden: bool, warm_up: float, seconds: float
) -> dict[str, Any]:
    app = App(app_dir, display, reduced_motion)
    try:
        window = app.expect("window")
        x, y = app.expect("start_button").split(",")
        before_start = loaded_libraries(app.process.pid)
        app.xdotool("windowfocus", "--sync", window)
        app.xdotool("mousemove", "--sync", x, y, "click", "1")
        if app.expect("running") != "True":
            raise RuntimeError("the hold did not start")
        if hidden:
            app.xdotool("windowunmap", "--sync", window)
        time.sleep(warm_up)
        pid = app.process.pid
        cpu_before, switches_before = cpu_seconds(pid), context_switches(pid)
        time.sleep(seconds)
        cpu = cpu_seconds(pid) - cpu_before
        # A thread that ends meanwhile takes its count along: never report below zero.
        switches = max(context_switches(pid) - switches_before, 0)
        if app.process.poll() is not None:
            raise RuntimeError("the app ended during the measurement")
        return {
            "cpu_s_per_min": cpu * 60 / seconds,
            "switches_per_s": switches / seconds,
            "rss_mb": rss_mb(pid),
            "before_start": before_start,
            "after_start": loaded_libraries(pid),
        }
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time per case")
    parser.add_argument("--warm-up", type=float, default=10.0, help="seconds before measuring")
    parser.add_argument(
        "--app-dir",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="the checkout whose code runs (default: this one)",
    )
    args = parser.parse_args()
    cases = {
        "hold_cpu_s_per_min": (False, False),
        "hold_cpu_reduced_motion": (True, False),
        "hold_cpu_hidden": (False, True),
    }
    print(f"app_dir={args.app_dir.resolve()}")
    print(f"seconds={args.seconds:g}")
    with xvfb() as display:
        for name, (reduced_motion, hidden) in cases.items():
            result = measure(
                args.app_dir, display, reduced_motion, hidden, args.warm_up, args.seconds
            )
            print(f"{name}={result['cpu_s_per_min']:.3f}", flush=True)
            print(f"{name}_switches_per_s={result['switches_per_s']:.0f}")
            print(f"{name}_rss_mb={result['rss_mb']:.1f}")
            for moment in ("before_start", "after_start"):
                loaded = [key for key, present in result[moment].items() if present]
                print(f"{name}_libraries_{moment}={','.join(loaded) or 'none'}", flush=True)


if __name__ == "__main__":
    main()
