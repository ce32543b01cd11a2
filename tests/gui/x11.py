"""Driving a real app window on an X server with no window manager, as a person would."""

from __future__ import annotations

import subprocess
import time

from Xlib import X, protocol
from Xlib.display import Display


def find_window(
    display: str, process: subprocess.Popen[bytes], title: str, timeout: float
) -> int | None:
    """The id of ``process``'s visible window titled exactly ``title``, waiting up to
    ``timeout`` s, or None at once if the process has exited: a dead app shows nothing.
    Matching the process matters: the window of an app that has just quit can linger on
    the server for a moment under the same title."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        found = subprocess.run(
            [
                "xdotool",
                "search",
                "--all",
                "--pid",
                str(process.pid),
                "--onlyvisible",
                "--name",
                f"^{title}$",
            ],
            env={"DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        )
        if found.stdout.split():
            return int(found.stdout.split()[0])
        time.sleep(0.05)
    return None


def press_keys(display: str, window: int, keys: str) -> None:
    """Focus the window (there is no window manager to do it) and type ``keys``."""
    env = {"DISPLAY": display}
    subprocess.run(["xdotool", "windowfocus", "--sync", str(window)], env=env, check=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], env=env, check=True)


def request_close(display: str, window: int) -> None:
    """Ask the window to close as a window manager's close button does (WM_DELETE_WINDOW).

    ``xdotool windowclose`` would destroy the window instead, and the app would never
    get its close event.
    """
    connection = Display(display)
    try:
        target = connection.create_resource_object("window", window)
        message = protocol.event.ClientMessage(
            window=target,
            client_type=connection.intern_atom("WM_PROTOCOLS"),
            data=(32, [connection.intern_atom("WM_DELETE_WINDOW"), X.CurrentTime, 0, 0, 0]),
        )
        target.send_event(message, event_mask=X.NoEventMask)
        connection.sync()  # a round trip: the server has handled the request
    finally:
        connection.close()


def window_class(display: str, window: int) -> tuple[str, str] | None:
    """The window's WM_CLASS (instance, class), by which desktops match it to its entry."""
    connection = Display(display)
    try:
        return connection.create_resource_object("window", window).get_wm_class()
    finally:
        connection.close()


def icon_sizes(display: str, window: int) -> list[tuple[int, int]]:
    """The sizes in the window's _NET_WM_ICON, the icon a taskbar or switcher shows."""
    connection = Display(display)
    try:
        target = connection.create_resource_object("window", window)
        icon = target.get_full_property(connection.intern_atom("_NET_WM_ICON"), X.AnyPropertyType)
    finally:
        connection.close()
    values = list(icon.value) if icon is not None else []
    sizes, index = [], 0
    while index + 1 < len(values):  # width, height, then width * height pixels
        width, height = values[index], values[index + 1]
        sizes.append((width, height))
        index += 2 + width * height
    return sizes
