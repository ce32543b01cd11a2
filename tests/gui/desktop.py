"""An X server of its own with a window manager on it: Xvfb at a chosen size, and openbox,
as on a desktop machine that has no OS kiosk around the app.

pytest-xvfb's server has no window manager, so nothing there would send a close request
of its own, make a window full screen, or take the keys a window manager binds; the
kiosk's real-window test and its escape checklist need all three.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from Xlib import X
from Xlib.display import Display

START_TIMEOUT_S = 10.0


class DesktopError(RuntimeError):
    """The server or the window manager did not start; the message says which and why."""


def missing_programs() -> list[str]:
    """The programs a desktop needs that are not on PATH."""
    return [name for name in ("Xvfb", "openbox") if shutil.which(name) is None]


@contextmanager
def desktop(width: int, height: int, scratch: Path) -> Iterator[str]:
    """A running Xvfb of ``width`` x ``height`` with openbox managing it; yields its
    display name (``:N``). ``scratch`` is openbox's home, so a person's own openbox
    settings do not change what it does; its output is kept there too."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        # -displayfd: the server picks a free display number and writes it to us.
        # -noreset: an X server resets when its last client leaves, and a client
        # connecting during that reset fails.
        [
            *("Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"),
            *("-nolisten", "tcp", "-noreset"),
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    manager: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise DesktopError(f"Xvfb ended at once (code {server.wait()})")
        display = f":{number}"
        home = scratch / "openbox-home"
        home.mkdir(parents=True, exist_ok=True)
        with (scratch / "openbox-output.txt").open("wb") as output:
            manager = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env={"DISPLAY": display, "HOME": str(home), "PATH": os.environ.get("PATH", "")},
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        _wait_for_window_manager(display, manager)
        yield display
    finally:
        for process in (manager, server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=START_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _wait_for_window_manager(display: str, manager: subprocess.Popen[bytes]) -> None:
    """Until a window manager names itself on the root window (_NET_SUPPORTING_WM_CHECK)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    connection = Display(display)
    try:
        check = connection.intern_atom("_NET_SUPPORTING_WM_CHECK")
        root = connection.screen().root
        while root.get_full_property(check, X.AnyPropertyType) is None:
            if manager.poll() is not None:
                raise DesktopError(f"openbox ended at once (code {manager.returncode})")
            if time.monotonic() > deadline:
                raise DesktopError(f"openbox did not start within {START_TIMEOUT_S:g} s")
            time.sleep(0.05)
    finally:
        connection.close()


def openbox_version() -> str:
    """Such as ``Openbox 3.6.1``, for a result to say what it was tried with."""
    done = subprocess.run(["openbox", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout.splitlines() or ["openbox"])[0].strip()
