"""The kiosk in a real window, driven from outside as a visitor or staff would, and what
the screen shows after each attempt; for the kiosk's real-window test and the script that
runs the escape checklist of docs/kiosk.md (``Action``s are that checklist's).

Everything is seen as a person or the window manager sees it: the X server's windows and
their states, the pixels on the screen (a layer over the window dims it), the process's
exit code, and the kiosk's log.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.escape_checklist import Action
from tests.gui.x11 import (
    DesktopState,
    WindowState,
    ask_window_manager_to_close,
    desktop_state,
    find_window,
    mean_brightness,
    request_close,
    screen_size,
    shown_windows,
    window_state,
)

PIN = "2468"
WRONG_PIN = "1357"
STAFF_CHORD = "ctrl+alt+shift+k"
TITLE = "AcuPress"
"""The kiosk window's title when kiosk.toml names no clinic."""
SHOW_TIMEOUT_S = 15.0
EXIT_TIMEOUT_S = 10.0
SETTLE_S = 0.6
"""How long an attempt is given to take effect before the screen is looked at."""
DIMMED = 0.8
"""A layer (the PIN pad, the welcome, the countdown) dims the window to well below this
share of its brightness without one."""
EXIT_BUTTON_FROM_TOP_RIGHT = (60, 50)
"""A point inside the staff screen's Exit: the last button of its top row, which ends at
the screen's right margin (48 px) and starts below its top margin (32 px)."""
LOG_STAFF_SCREEN = "Kiosk: staff screen opened"
LOG_READY = "Kiosk: ready for the next visitor"


def installed_command() -> list[str]:
    """The installed entry point (``acupress-gui`` beside this Python), or the bundle's
    when ``ACUPRESS_GUI`` names it."""
    import sys

    return [os.environ.get("ACUPRESS_GUI") or str(Path(sys.executable).with_name("acupress-gui"))]


def set_pin(command: list[str], folder: Path, pin: str = PIN, cwd: Path | None = None) -> None:
    """Set the kiosk's PIN as a provisioning script would: twice on standard input.
    ``cwd``: where to run ``command`` (for ``python -m``, the tree whose app it is)."""
    done = subprocess.run(
        [*command, "--data-dir", str(folder), "--set-kiosk-pin"],
        cwd=cwd,
        input=f"{pin}\n{pin}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"--set-kiosk-pin failed ({done.returncode}): {done.stderr}")


def _xdotool(display: str, *arguments: str) -> None:
    done = subprocess.run(
        ["xdotool", *arguments],
        env={"DISPLAY": display},
        capture_output=True,  # its warnings, such as "no active window" while none is
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(arguments)} failed: {done.stderr.strip()}")


@dataclass
class Kiosk:
    """One started ``--kiosk`` process on ``display``, and its one window."""

    display: str
    folder: Path
    process: subprocess.Popen[bytes]
    output: Path
    window: int = 0
    screen: tuple[int, int] = (0, 0)
    brightness: float = 0.0
    """Of the bare start screen, which a layer dims."""

    @classmethod
    def start(
        cls, command: list[str], folder: Path, display: str, output: Path, cwd: Path | None = None
    ) -> Kiosk:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [*command, "--kiosk", "--data-dir", str(folder)],
                cwd=cwd,
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        return cls(display, folder, process, output)

    def wait_until_shown(self) -> None:
        """Until its window is up, full screen and painted; raises with the report if not."""
        found = find_window(self.display, self.process, TITLE, SHOW_TIMEOUT_S)
        if found is None:
            raise AssertionError(f"The kiosk's window never appeared. {self.report()}")
        self.window = found
        self.screen = screen_size(self.display)
        deadline = time.monotonic() + SHOW_TIMEOUT_S
        while not (self._covers() and LOG_READY in self.log()):
            if time.monotonic() > deadline:
                raise AssertionError(f"The kiosk never covered the screen. {self.report()}")
            time.sleep(0.05)
        time.sleep(SETTLE_S)  # painted
        self.brightness = self.corner_brightness()

    def _covers(self) -> bool:
        state = window_state(self.display, self.window)
        return state is not None and state.covers(self.screen)

    def log(self) -> str:
        path = self.folder / "logs" / "acupress.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def report(self) -> str:
        """Its exit code, log and output, for the message of a failed assertion."""
        code = self.process.poll()
        state = "is still running" if code is None else f"exited with code {code}"
        output = self.output.read_text(errors="replace") if self.output.exists() else ""
        return f"The kiosk {state}.\n--- its log ---\n{self.log()}\n--- its output ---\n{output}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=EXIT_TIMEOUT_S)

    def wait_for_exit(self, timeout: float = EXIT_TIMEOUT_S) -> int | None:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    # --- looking -------------------------------------------------------------------

    def corner_brightness(self) -> float:
        """Of a patch near the bottom-right corner, clear of every card a layer shows."""
        width, height = self.screen
        return mean_brightness(self.display, (width - 30, height - 30, 20, 20))

    def own_windows(self) -> list[int]:
        """The process's windows shown now (its kiosk window, and any other)."""
        found = subprocess.run(
            ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.process.pid)],
            env={"DISPLAY": self.display},
            capture_output=True,
            text=True,
            check=False,
        )
        return [int(word) for word in found.stdout.split()]

    def look(self, before: dict[int, tuple[int, int]]) -> Look:
        """What the screen shows now, against ``before`` (``shown_windows`` then)."""
        running = self.process.poll() is None
        state = window_state(self.display, self.window) if running else None
        now = shown_windows(self.display)
        return Look(
            running=running,
            exit_code=self.process.poll(),
            state=state,
            screen=self.screen,
            window=self.window,
            other_own_windows=[w for w in self.own_windows() if w != self.window],
            new_windows={w: size for w, size in now.items() if w not in before},
            dimmed=running and self.corner_brightness() < DIMMED * self.brightness,
            desktop=desktop_state(self.display),
        )

    # --- acting --------------------------------------------------------------------

    def place(self, name: str) -> tuple[int, int]:
        width, height = self.screen
        return {"centre": (width // 2, height // 2), "top-left": (6, 6)}[name]

    def focus(self) -> None:
        """Make the kiosk's window the active one, as a person's first touch would."""
        _xdotool(self.display, "windowactivate", "--sync", str(self.window))

    def keys(self, *chords: str) -> None:
        """Typed through the X server (not sent to the window), so the window manager's
        own key bindings see them as they would a keyboard's."""
        self.focus()
        _xdotool(self.display, "key", "--clearmodifiers", "--delay", "150", *chords)

    def type_pin(self, pin: str) -> None:
        """On the PIN pad, which has the keyboard's focus; then OK (Return)."""
        _xdotool(self.display, "type", "--delay", "80", pin)
        _xdotool(self.display, "key", "Return")

    def click_exit(self) -> None:
        """Exit on the staff screen."""
        right, down = EXIT_BUTTON_FROM_TOP_RIGHT
        x, y = self.screen[0] - right, down
        _xdotool(self.display, "mousemove", str(x), str(y), "click", "1")

    def perform(self, action: Action) -> None:
        """Make the attempt ``action`` describes (``tests.escape_checklist.Action``)."""
        display, arguments = self.display, action.arguments
        match action.verb:
            case "key":
                self.keys(*arguments)
            case "click":
                x, y = self.place(arguments[1] if len(arguments) > 1 else "centre")
                _xdotool(display, "mousemove", str(x), str(y), "click", arguments[0])
            case "press" | "hover":
                x, y = self.place(arguments[1] if len(arguments) > 1 else "centre")
                _xdotool(display, "mousemove", str(x), str(y))
                if action.verb == "press":
                    _xdotool(display, "mousedown", "1")
                time.sleep(int(arguments[0]))
                if action.verb == "press":
                    _xdotool(display, "mouseup", "1")
            case "drag":
                modifier, button = arguments
                x, y = self.place("centre")
                _xdotool(display, "mousemove", str(x), str(y), "keydown", modifier)
                _xdotool(display, "mousedown", button)
                for step in range(1, 11):
                    _xdotool(display, "mousemove", str(x + 30 * step), str(y + 20 * step))
                _xdotool(display, "mouseup", button, "keyup", modifier)
            case "delete-window":
                request_close(display, self.window)
            case "wm-close":
                ask_window_manager_to_close(display, self.window)
            case "wm-minimize":
                _xdotool(display, "windowminimize", str(self.window))
            case "pin":
                self.type_pin(PIN if arguments[0] == "right" else WRONG_PIN)
            case "staff":
                self.click_exit()
            case _:
                raise ValueError(f"no way to make the attempt {action}")


@dataclass
class Look:
    """The screen after an attempt."""

    running: bool
    exit_code: int | None
    state: WindowState | None
    """The kiosk window's; None once the process or the window is gone."""
    screen: tuple[int, int]
    window: int
    other_own_windows: list[int]
    """Windows of the kiosk's process shown besides its one window: none may be."""
    new_windows: dict[int, tuple[int, int]]
    """Windows shown now that were not before (the window manager's menus, pop-ups ...)."""
    dimmed: bool
    """A layer is over the kiosk's window (the PIN pad, the welcome, the countdown)."""
    desktop: DesktopState

    def stays(self) -> bool:
        """The process runs, its one window covers the screen and is the active window,
        and nothing else is shown."""
        return (
            self.running
            and self.state is not None
            and self.state.covers(self.screen)
            and self.state.active
            and not self.other_own_windows
            and not self.new_windows
        )

    def describe(self) -> str:
        """What differs from a kiosk that stays, in a few words."""
        if not self.running:
            return f"the process ends with code {self.exit_code}"
        state = self.state
        if state is None:
            return "its window is gone"
        found = []
        if not state.viewable:
            if self.desktop.showing_desktop:
                found.append("the kiosk's window is hidden: openbox shows the desktop")
            elif self.desktop.current_desktop != 0:
                desktop = self.desktop.current_desktop + 1
                found.append(f"the kiosk's window is hidden: the screen shows desktop {desktop}")
            else:
                found.append("the kiosk's window is hidden")
        elif state.geometry != (0, 0, *self.screen):
            x, y, width, height = state.geometry
            found.append(f"the kiosk's window is at {x},{y}, {width} x {height}")
        if "_NET_WM_STATE_FULLSCREEN" not in state.states:
            found.append("it is not full screen")
        if any(state.frame):
            found.append("it has a frame")
        if state.viewable and not state.active:
            found.append("it is not the active window")
        if self.other_own_windows:
            found.append(f"{len(self.other_own_windows)} more window(s) of the app are shown")
        else:  # else those are the new windows
            found += [
                f"a window not the app's opens ({width} x {height} px)"
                for width, height in self.new_windows.values()
            ]
        return "; ".join(found) or "the kiosk stays"
