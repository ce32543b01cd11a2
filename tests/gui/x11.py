"""Driving a real app window on an X server, as a person would, and reading what it shows."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass

import Xlib.error
from Xlib import X, Xatom, protocol
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


def ask_window_manager_to_close(display: str, window: int) -> None:
    """Ask the window manager to close the window (_NET_CLOSE_WINDOW, what ``wmctrl -c``
    sends, as a pager or taskbar's Close does); the manager then sends its close request."""
    connection = Display(display)
    try:
        root = connection.screen().root
        message = protocol.event.ClientMessage(
            window=connection.create_resource_object("window", window),
            client_type=connection.intern_atom("_NET_CLOSE_WINDOW"),
            data=(32, [X.CurrentTime, 2, 0, 0, 0]),  # 2: sent on a person's behalf
        )
        root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        connection.sync()
    finally:
        connection.close()


@dataclass(frozen=True)
class WindowState:
    """What the X server and the window manager say of one window."""

    viewable: bool
    geometry: tuple[int, int, int, int]
    """x, y (on the screen), width and height of the window itself, without a frame."""
    frame: tuple[int, ...]
    """The window manager's frame around it (_NET_FRAME_EXTENTS: left, right, top, bottom)."""
    states: frozenset[str]
    """Its _NET_WM_STATE atoms, such as ``_NET_WM_STATE_FULLSCREEN``."""
    active: bool
    """Whether the window manager names it the active window (_NET_ACTIVE_WINDOW)."""

    def covers(self, screen: tuple[int, int]) -> bool:
        """Shown, full screen, frameless and exactly the size of ``screen``."""
        return (
            self.viewable
            and self.geometry == (0, 0, *screen)
            and "_NET_WM_STATE_FULLSCREEN" in self.states
            and not any(self.frame)
        )


def window_state(display: str, window: int) -> WindowState | None:
    """The window's state, or None when it no longer exists."""
    connection = Display(display)
    try:
        root = connection.screen().root
        target = connection.create_resource_object("window", window)
        try:
            viewable = target.get_attributes().map_state == X.IsViewable
            size = target.get_geometry()
            corner = target.translate_coords(root, 0, 0)
        except Xlib.error.BadWindow:
            return None

        def values(name: str, kind: int) -> list[int]:
            found = target.get_full_property(connection.intern_atom(name), kind)
            return list(found.value) if found is not None else []

        states = frozenset(
            connection.get_atom_name(atom) for atom in values("_NET_WM_STATE", Xatom.ATOM)
        )
        active = root.get_full_property(connection.intern_atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW)
        return WindowState(
            viewable=viewable,
            # translate_coords gives the root's origin in the window: the window's corner
            # on the screen, negated.
            geometry=(-corner.x, -corner.y, size.width, size.height),
            frame=tuple(values("_NET_FRAME_EXTENTS", Xatom.CARDINAL)),
            states=states,
            active=active is not None and window in active.value,
        )
    finally:
        connection.close()


@dataclass(frozen=True)
class DesktopState:
    """What the window manager says of the screen as a whole (EWMH root properties)."""

    current_desktop: int
    showing_desktop: bool
    """The manager hides every window to show the desktop (Super+D in openbox)."""


def desktop_state(display: str) -> DesktopState:
    connection = Display(display)
    try:
        root = connection.screen().root

        def value(name: str) -> int:
            found = root.get_full_property(connection.intern_atom(name), Xatom.CARDINAL)
            return int(found.value[0]) if found is not None and len(found.value) else 0

        return DesktopState(value("_NET_CURRENT_DESKTOP"), bool(value("_NET_SHOWING_DESKTOP")))
    finally:
        connection.close()


def screen_size(display: str) -> tuple[int, int]:
    connection = Display(display)
    try:
        screen = connection.screen()
        return screen.width_in_pixels, screen.height_in_pixels
    finally:
        connection.close()


def shown_windows(display: str) -> dict[int, tuple[int, int]]:
    """Every window shown on the screen now, by id, with its width and height: the
    top-level ones (a window manager's frames, its menus and pop-ups, any override-redirect
    window such as a context menu or a tooltip)."""
    connection = Display(display)
    try:
        shown = {}
        for child in connection.screen().root.query_tree().children:
            try:
                if child.get_attributes().map_state != X.IsViewable:
                    continue
                size = child.get_geometry()
            except Xlib.error.BadWindow:
                continue  # gone since the tree was read
            if size.width > 1 or size.height > 1:  # not the 1 x 1 helpers kept off screen
                shown[child.id] = (size.width, size.height)
        return shown
    finally:
        connection.close()


def mean_brightness(display: str, box: tuple[int, int, int, int]) -> float:
    """The mean of the red, green and blue of the screen's pixels in ``box`` (x, y,
    width, height), from 0 to 255: enough to tell a dimmed screen from a bright one."""
    connection = Display(display)
    try:
        x, y, width, height = box
        image = connection.screen().root.get_image(x, y, width, height, X.ZPixmap, 0xFFFFFFFF)
        data = bytes(image.data)  # 32 bits a pixel at depth 24: blue, green, red, unused
        channels = [value for index, value in enumerate(data) if index % 4 != 3]
        return sum(channels) / len(channels)
    finally:
        connection.close()
