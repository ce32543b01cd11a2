"""Try each row of the in-window escape checklist of docs/kiosk.md on the real kiosk window,
and write what happened into the row's result.

The kiosk runs under an Xvfb of its own (1920 x 1080) with openbox as its window manager,
as on a desktop machine that has no OS kiosk, from a kiosk folder with a PIN set through
``--set-kiosk-pin``. Each row's action is made with xdotool (``tests/gui/kiosk_driver.py``),
then the screen is watched for a moment: does the process run, does its one window still
cover the screen as the active window, has anything else been shown? The rows the app
must hold are tried twice, on the start screen and on a visitor's page (where a visitor
has tapped in and answered the welcome), and say ``stays`` or, starting ``FAILS:``,
what went wrong; the others are tried on the visitor's page, and a row left to the OS
kiosk says what openbox did. Keys that only a real seat acts on (Ctrl+Alt+Del, switching
to a console, ending the X server) are pressed too, and their result says so.

Usage: python scripts/run_escape_checklist.py [--dry-run]
(--dry-run prints the results without writing them). ACUPRESS_GUI names another app
(the bundle's); by default this tree's runs (``python -m acupress_gui``). Ends with 1
when a row the app must hold failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's tests and app, whichever copy is installed
from tests.escape_checklist import (  # noqa: E402
    DOCUMENT,
    Action,
    Attempt,
    read_checklist,
    with_results,
)
from tests.gui.desktop import desktop, openbox_version  # noqa: E402
from tests.gui.kiosk_driver import (  # noqa: E402
    LOG_STAFF_SCREEN,
    PIN,
    SETTLE_S,
    STAFF_CHORD,
    Kiosk,
    Look,
    set_pin,
)
from tests.gui.x11 import shown_windows  # noqa: E402

TABLE = "in-window"
SCREEN = (1920, 1080)
WATCH_S = 2.0
"""After an attempt, how long to wait for a kiosk that went away to come back by itself."""
SAMPLE_S = 0.05
FAILED = "FAILS: "

SEAT_KEYS: dict[re.Pattern[str], str] = {
    re.compile(r"ctrl\+alt\+Delete"): (
        "the kernel and systemd (Linux) or Windows take it before any program, and Xvfb has neither"
    ),
    re.compile(r"ctrl\+alt\+F\d+"): "switching consoles is the kernel's; Xvfb has no consoles",
    re.compile(r"ctrl\+alt\+BackSpace"): (
        "ending the X server is Xorg's, where its DontZap option is off; Xvfb ignores it"
    ),
}
"""Keys that only a machine's own seat acts on, and why a run under Xvfb cannot try them."""


def command() -> list[str]:
    app = os.environ.get("ACUPRESS_GUI")
    return [app] if app else [sys.executable, "-m", "acupress_gui"]


@dataclass
class Outcome:
    """What an attempt did: the looks taken while watching, and the log it wrote."""

    looks: list[Look]
    times: list[float]
    """When each look was taken, in seconds from the attempt's end."""
    log: str

    @property
    def last(self) -> Look:
        return self.looks[-1]

    @property
    def seconds(self) -> float:
        return self.times[-1]

    def first_astray(self) -> Look | None:
        return next((look for look in self.looks if not look.stays()), None)

    def back_after(self) -> float | None:
        """When the kiosk stayed again after it had gone astray, in seconds; None if never."""
        astray = False
        for look, at in zip(self.looks, self.times, strict=True):
            astray = astray or not look.stays()
            if astray and look.stays():
                return at
        return None


class Run:
    """One kiosk, taken through the rows in order; a row may need what an earlier one
    left (the PIN pad open for a PIN, the staff screen for Exit)."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.staff_screen = False

    def attempt(self, row: Attempt) -> str:
        expected = row.cells["expected"]
        judge = JUDGES.get(expected)
        if judge is None:
            raise SystemExit(f"{row.id}: no way to judge the expectation {expected!r}")
        kiosk = self.kiosk
        unmet = self.prepare(row)
        if unmet:
            return f"not tried: {unmet}"
        logged = len(kiosk.log())
        before = shown_windows(kiosk.display)
        layered = kiosk.look(before).dimmed
        kiosk.perform(row.action)
        outcome = self.watch(before, logged, patient=expected == "recorded")
        result = judge(self, row, outcome)
        if kiosk.process.poll() is None:
            if expected == "stays" and outcome.last.dimmed and not layered:
                result += " (a layer opens inside the window)"
                kiosk.keys("Escape")  # its Cancel
            self.restore()
        return result

    def start_visitor(self) -> None:
        """Tap the start screen, and answer the welcome's question from the keyboard (Tab
        to an answer, Space), as a visitor does before their first hold."""
        kiosk = self.kiosk
        kiosk.perform(Action.parse("click 1"))
        time.sleep(SETTLE_S)
        if not kiosk.look({}).dimmed:
            raise SystemExit(f"A tap on the start screen showed no welcome. {kiosk.report()}")
        for _ in range(6):  # the notice's scroll area first, then the answers
            if not kiosk.look({}).dimmed:
                break
            kiosk.keys("Tab", "space")
            time.sleep(SETTLE_S)
        else:
            raise SystemExit(f"The welcome could not be answered. {kiosk.report()}")
        kiosk.brightness = kiosk.corner_brightness()  # a layer dims this page now

    def prepare(self, row: Attempt) -> str | None:
        """Give the row what it starts from; the reason when that cannot be had."""
        kiosk = self.kiosk
        look = kiosk.look(shown_windows(kiosk.display))
        if row.action.verb == "pin" and not look.dimmed:
            kiosk.keys(STAFF_CHORD)
            time.sleep(SETTLE_S)
            if not kiosk.look(shown_windows(kiosk.display)).dimmed:
                return "the PIN pad did not open for it"
        elif row.cells["expected"].startswith("the PIN pad") and look.dimmed:
            kiosk.keys("Escape")  # the pad's Cancel
            time.sleep(SETTLE_S)
            if kiosk.look(shown_windows(kiosk.display)).dimmed:
                return "a layer was open and did not close"
        elif row.action.verb == "staff" and not self.staff_screen:
            kiosk.keys(STAFF_CHORD)
            time.sleep(SETTLE_S)
            kiosk.type_pin(PIN)
            time.sleep(SETTLE_S)
            if LOG_STAFF_SCREEN not in kiosk.log():
                return "the staff screen did not open for it"
        return None

    def watch(self, before: dict[int, tuple[int, int]], logged: int, patient: bool) -> Outcome:
        """Look every SAMPLE_S for SETTLE_S; then, if the kiosk has gone astray, until it
        is back or WATCH_S has passed (for a row only recorded, the whole WATCH_S)."""
        kiosk = self.kiosk
        started = time.monotonic()
        looks: list[Look] = []
        times: list[float] = []
        while True:
            look = kiosk.look(before)
            looks.append(look)
            times.append(time.monotonic() - started)
            if not look.running:
                break
            elapsed = times[-1]
            astray = any(not earlier.stays() for earlier in looks)
            if elapsed >= SETTLE_S and (not astray or (look.stays() and not patient)):
                break
            if elapsed >= WATCH_S:
                break
            time.sleep(SAMPLE_S)
        return Outcome(looks, times, kiosk.log()[logged:])

    def restore(self) -> None:
        """Back to the kiosk full screen and active, for the next row: away with the
        window manager's menus, back to the first desktop, the window activated."""
        kiosk = self.kiosk
        display = kiosk.display
        if shown_windows(display).keys() - {kiosk.window} and not kiosk.look({}).stays():
            subprocess.run(["xdotool", "key", "Escape"], env={"DISPLAY": display}, check=True)
        subprocess.run(["xdotool", "set_desktop", "0"], env={"DISPLAY": display}, check=True)
        kiosk.focus()
        deadline = time.monotonic() + WATCH_S
        while not kiosk.look(shown_windows(display)).stays():
            if time.monotonic() > deadline:
                raise SystemExit(f"The run could not bring the kiosk back. {kiosk.report()}")
            time.sleep(SAMPLE_S)


def seconds(value: float) -> str:
    return f"{max(value, 0.1):.1f} s"


def judge_stays(run: Run, row: Attempt, outcome: Outcome) -> str:
    astray = outcome.first_astray()
    if astray is None:
        return "stays"
    back = outcome.back_after()
    if back is not None:
        return f"stays ({astray.describe()} for a moment; back within {seconds(back)})"
    return f"{FAILED}{outcome.last.describe()}"


def judge_recorded(run: Run, row: Attempt, outcome: Outcome) -> str:
    chords = row.action.arguments if row.action.verb == "key" else ()
    seat = next(
        (why for pattern, why in SEAT_KEYS.items() if any(map(pattern.fullmatch, chords))),
        None,
    )
    astray = outcome.first_astray()
    if astray is None:
        seen = "nothing happens: the kiosk stays"
    else:
        back = outcome.back_after()
        last = outcome.last.describe()
        if back is not None:
            after = f"the kiosk is back by itself within {seconds(back)}"
        elif last == astray.describe():
            after = f"still so after {seconds(outcome.seconds)}"
        else:
            after = f"after {seconds(outcome.seconds)}: {last}"
        seen = f"{astray.describe()}; {after}"
    if seat is not None:
        return f"needs a real seat ({seat}); under Xvfb {seen}"
    return seen


def judge_pad(run: Run, row: Attempt, outcome: Outcome) -> str:
    last = outcome.last
    if last.stays() and last.dimmed:
        return "the PIN pad opens, inside the window (no other window)"
    if last.stays():
        return f"{FAILED}no PIN pad opens"
    return f"{FAILED}{last.describe()}"


def judge_refused(run: Run, row: Attempt, outcome: Outcome) -> str:
    last = outcome.last
    if not last.stays():
        return f"{FAILED}{last.describe()}"
    if LOG_STAFF_SCREEN in outcome.log:
        run.staff_screen = True
        return f"{FAILED}the staff screen opens"
    if not last.dimmed:
        return f"{FAILED}the PIN pad closes"
    return "stays, PIN refused: the pad stays up and no staff screen opens"


def judge_staff_screen(run: Run, row: Attempt, outcome: Outcome) -> str:
    last = outcome.last
    if not last.stays():
        return f"{FAILED}{last.describe()}"
    if LOG_STAFF_SCREEN not in outcome.log or last.dimmed:
        return f"{FAILED}no staff screen opens"
    run.staff_screen = True
    return "the staff screen opens, inside the window (no other window)"


def judge_exit(run: Run, row: Attempt, outcome: Outcome) -> str:
    started = time.monotonic()
    code = run.kiosk.wait_for_exit()
    if code is None:
        return f"{FAILED}the process still runs"
    took = outcome.seconds + time.monotonic() - started
    if code != 0:
        return f"{FAILED}the process ends with code {code}"
    return f"the process ends with 0 (within {seconds(took)})"


JUDGES: dict[str, Callable[[Run, Attempt, Outcome], str]] = {
    "stays": judge_stays,
    "recorded": judge_recorded,
    "the PIN pad, inside the window": judge_pad,
    "stays, PIN refused": judge_refused,
    "the staff screen": judge_staff_screen,
    "the process ends with 0": judge_exit,
}
"""How each expectation of the table is judged, by its words there."""


def run_checklist(rows: list[Attempt], scratch: Path) -> dict[str, str]:
    """Each row's result: the rows the app must hold on both pages, then every row on
    a visitor's page, in the table's order."""
    app = command()
    folder = scratch / "kiosk"
    folder.mkdir()
    set_pin(app, folder, cwd=ROOT)
    holding = [row for row in rows if row.cells["expected"] == "stays"]
    on_page: dict[str, dict[str, str]] = {}
    with desktop(*SCREEN, scratch) as display:
        kiosk = Kiosk.start(app, folder, display, scratch / "kiosk-output.txt", cwd=ROOT)
        try:
            kiosk.wait_until_shown()
            run = Run(kiosk)
            for page, tried in (("the start screen", holding), ("a visitor's page", rows)):
                if page != "the start screen":
                    run.start_visitor()
                results = on_page[page] = {}
                for row in tried:
                    if kiosk.process.poll() is not None:
                        results[row.id] = "not tried: the kiosk had ended"
                    else:
                        results[row.id] = run.attempt(row)
                    print(f"{row.id}, on {page}: {results[row.id]}", flush=True)
        finally:
            kiosk.stop()
    return {row.id: combined(row.id, on_page) for row in rows}


def combined(row_id: str, on_page: dict[str, dict[str, str]]) -> str:
    """One result for a row tried on several pages: the same on each, or each named."""
    results = {page: found[row_id] for page, found in on_page.items() if row_id in found}
    if len(results) == 1:
        return next(iter(results.values()))
    if len(set(results.values())) == 1:
        return f"{next(iter(results.values()))} (on {' and '.join(results)})"
    return "; ".join(f"on {page}: {result}" for page, result in results.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    options = parser.parse_args(argv)
    text = DOCUMENT.read_text(encoding="utf-8")
    rows = read_checklist(text, TABLE)
    print(f"{openbox_version()} on Xvfb, {SCREEN[0]} x {SCREEN[1]}; {' '.join(command())}")
    with tempfile.TemporaryDirectory(prefix="escape-checklist-") as scratch:
        results = run_checklist(rows, Path(scratch))
    if not options.dry_run:
        DOCUMENT.write_text(with_results(text, TABLE, results), encoding="utf-8")
        print(f"written into {DOCUMENT.relative_to(ROOT)}")
    failed = [
        row.id
        for row in rows
        if row.cells["stopped by"] == "app"
        and any(word in results[row.id] for word in (FAILED, "not tried"))
    ]
    if failed:
        print(f"the app did not hold: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
