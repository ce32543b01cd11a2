"""The installed ``acupress-gui --kiosk`` in a real window, under a window manager, driven
from outside as visitors and staff would: it covers the screen, refuses every way out a
visitor tries, and ends only through the staff PIN.

Its display is an Xvfb of its own at a waiting-room screen's 1920 x 1080, with openbox
(``tests/gui/desktop.py``): without a window manager nothing would send the close
requests of Alt+F4 or a title bar, nor make a window full screen.
``ACUPRESS_GUI=dist/AcuPress/acupress-gui`` runs the same test on the one-folder app.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.escape_checklist import Action
from tests.gui.desktop import desktop
from tests.gui.kiosk_driver import (
    LOG_STAFF_SCREEN,
    SETTLE_S,
    STAFF_CHORD,
    Kiosk,
    installed_command,
    set_pin,
)
from tests.gui.x11 import screen_size, shown_windows

pytestmark = [
    pytest.mark.real_window,
    pytest.mark.requires("window_manager", "xdotool", "xcb_plugin"),
]

SCREEN = (1920, 1080)
EXIT_KIOSK_REFUSED = 78
REFUSED_CLOSE = "Kiosk: a request to close the window was refused"
WAYS_OUT = (
    "key ctrl+q",
    "key ctrl+w",
    "key Escape",
    "key F11",
    "key alt+F4",  # openbox's own binding: it sends the window a close request
    "delete-window",  # a close request sent to the window itself
    "wm-close",  # the window manager asked to close it, as a taskbar's Close does
    "click 3",  # a context menu would be a window of its own
)
CLOSE_REQUESTS = 3
"""Of WAYS_OUT, those that reach the app as a request to close its window."""


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with desktop(*SCREEN, tmp_path_factory.mktemp("desktop")) as name:
        yield name


@pytest.fixture
def kiosk(display: str, tmp_path: Path) -> Iterator[Kiosk]:
    """The kiosk of a folder whose PIN was set through ``--set-kiosk-pin``, shown."""
    folder = tmp_path / "kiosk"
    folder.mkdir()
    set_pin(installed_command(), folder)
    started = Kiosk.start(installed_command(), folder, display, tmp_path / "output.txt")
    try:
        started.wait_until_shown()
        yield started
    finally:
        started.stop()


def test_without_a_pin_the_kiosk_refuses_with_a_message_and_no_window(
    display: str, tmp_path: Path
) -> None:
    before = shown_windows(display)
    process = subprocess.Popen(
        [*installed_command(), "--kiosk", "--data-dir", str(tmp_path)],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shown: list[dict[int, tuple[int, int]]] = []
    while process.poll() is None:
        shown.append(shown_windows(display))
        time.sleep(0.01)
    _, errors = process.communicate()
    assert process.returncode == EXIT_KIOSK_REFUSED, errors
    assert "no staff PIN is set" in errors and "--set-kiosk-pin" in errors
    assert all(windows == before for windows in shown), "a window appeared"
    assert "Traceback" not in errors


def test_the_kiosk_covers_the_screen_and_lets_only_staff_out_with_the_pin(
    kiosk: Kiosk,
) -> None:
    assert screen_size(kiosk.display) == SCREEN
    look = kiosk.look(shown_windows(kiosk.display))
    assert look.state is not None
    assert look.state.geometry == (0, 0, *SCREEN)
    assert "_NET_WM_STATE_FULLSCREEN" in look.state.states
    assert not any(look.state.frame), "the window manager framed the window"
    assert look.stays(), look.describe()

    for attempt in WAYS_OUT:
        before = shown_windows(kiosk.display)
        kiosk.perform(Action.parse(attempt))
        time.sleep(SETTLE_S)
        look = kiosk.look(before)
        assert look.stays(), f"after {attempt}: {look.describe()}. {kiosk.report()}"
    # The close requests did reach the app, which refused each one.
    assert kiosk.log().count(REFUSED_CLOSE) == CLOSE_REQUESTS, kiosk.report()

    kiosk.keys(STAFF_CHORD)
    time.sleep(SETTLE_S)
    look = kiosk.look(shown_windows(kiosk.display))
    assert look.stays() and look.dimmed, f"no PIN pad in the window: {look.describe()}"

    kiosk.perform(Action.parse("pin wrong"))
    time.sleep(SETTLE_S)
    look = kiosk.look(shown_windows(kiosk.display))
    assert look.stays() and look.dimmed, f"after a wrong PIN: {look.describe()}"
    assert LOG_STAFF_SCREEN not in kiosk.log()
    kiosk.click_exit()  # where Exit would be: on the pad's dimmed layer, it does nothing
    time.sleep(SETTLE_S)
    assert kiosk.process.poll() is None, kiosk.report()

    kiosk.perform(Action.parse("pin right"))
    time.sleep(SETTLE_S)
    look = kiosk.look(shown_windows(kiosk.display))
    assert look.stays() and not look.dimmed, f"after the right PIN: {look.describe()}"
    assert LOG_STAFF_SCREEN in kiosk.log(), kiosk.report()

    kiosk.perform(Action.parse("staff exit"))
    assert kiosk.wait_for_exit() == 0, kiosk.report()
    assert "AcuPress kiosk exiting with code 0" in kiosk.log()
