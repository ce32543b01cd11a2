"""A kiosk's weeks in one process: 10,000 visitors, offscreen, on a fake clock.

Each cycle is one visitor as the kiosk sees them. A tap on a language of the start
screen (each offered one in turn), a tap on an answer of the welcome, a tap on a point
in the list, a tap on the shortest hold (30 s), one on Start and one on the pain
check-in's Skip, and the hold after its 10 s to get into position, driven to its end by
moving the clock; then nobody: the idle time and the countdown pass, and the kiosk
closes the session, as it does for a real visitor. The kiosk is built through
the composition root, as ``--kiosk`` builds it (its own kiosk folder with a PIN set).

Every 500 cycles it prints ``name=value`` lines: the resident memory, the objects the
garbage collector tracks and the types that grew most since the baseline, and the Qt
widgets and objects alive. The baseline is taken after a warm-up that has shown every
offered language (100 cycles); the last line is ``kiosk_rss_growth_mb``, the growth of
resident memory since then, which must be 5 or less.

The offscreen screen is 1280x800 by default, where a cycle paints a third of what it
paints at 1920x1080 (``--screen 1920x1080`` for a clinic's screen): the soak is about
what a reset leaves behind, and the reset builds and deletes the same widgets at any
size.

Usage: python benchmarks/kiosk_soak.py [--cycles N] [--screen WxH]
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
WARM_UP_CYCLES = 100
REPORT_EVERY = 500
GROWERS_SHOWN = 5


class FakeClock:
    """The kiosk's monotonic and wall clocks, moved only by the soak."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return datetime(2026, 11, 24, 9, 0, tzinfo=UTC) + timedelta(seconds=self.now)


def use_offscreen_screen(width: int, height: int) -> None:
    """Qt's offscreen platform with one screen of this size (before Qt is imported)."""
    screen = Path(tempfile.mkdtemp(prefix="acupress-soak-")) / "screen.json"
    screen.write_text(
        f'{{"screens": [{{"name": "soak", "x": 0, "y": 0, "width": {width}, '
        f'"height": {height}, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}}]}}'
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="acupress-runtime-"))


def rss_mb() -> float:
    """Resident memory, read as the kiosk stands between visitors: with the memory a
    closed view freed handed back to the system (as the kiosk does a second after each
    reset), so the figure is what stays, not where in its trimming the allocator was."""
    from acupress_gui.core.free_memory import return_free_memory

    return_free_memory()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def object_counts() -> collections.Counter[str]:
    return collections.Counter(type(item).__qualname__ for item in gc.get_objects())


def main(cycles: int, screen: tuple[int, int]) -> None:
    use_offscreen_screen(*screen)
    sys.path.insert(0, str(REPOSITORY))  # this tree's acupress_gui, whatever is installed

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from acupress_gui.bootstrap.composition import build_kiosk_services, build_kiosk_window
    from acupress_gui.bootstrap.kiosk_setup import prepare_kiosk
    from acupress_gui.core.kiosk.staff_pin import hash_pin, save_pin_hash
    from acupress_gui.ui.common.theme import LIGHT, apply_theme

    app = QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="acupress-kiosk-"))
    save_pin_hash(folder, hash_pin("2468"))
    setup = prepare_kiosk(folder, None)
    apply_theme(app, LIGHT, setup.config.text_scale)
    clock = FakeClock()
    services = build_kiosk_services(setup, LIGHT, clock=clock)
    window = build_kiosk_window(services)
    window.showFullScreen()
    if not QTest.qWaitForWindowExposed(window):
        raise RuntimeError("the kiosk window was never exposed")
    config = setup.config
    languages = config.languages
    entries = [entry.id for entry in services.shown.entries]
    answers = ("no", "yes", "not sure")

    def tap(widget: QWidget, position: object = None) -> None:
        centre = widget.rect().center() if position is None else position
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

    def settle() -> None:
        """The event loop's turn, and the deletions the reset asked for."""
        app.processEvents()
        for _ in range(3):  # a deletion can post another
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def advance(seconds: float) -> None:
        clock.now += seconds
        window.idle.poll()
        window.gesture.poll()
        if window.session is not None:
            window.session.view.driver.poll()
        settle()

    def visit(cycle: int) -> None:
        session = window.session
        attract = window.attract
        if attract is None or window.pages.currentWidget() is not attract:
            raise RuntimeError(f"cycle {cycle}: the start screen is not showing")
        tap(attract.language_buttons[languages[cycle % len(languages)]])
        if window.session is None or window.session is session:
            raise RuntimeError(f"cycle {cycle}: no new session for the visitor")
        welcome = window.welcome
        if welcome is None:
            raise RuntimeError(f"cycle {cycle}: no welcome")
        tap(welcome.answer_buttons[answers[cycle % len(answers)]])
        assert window.session is not None
        view = window.session.view
        entry_list = view.entry_list
        index = view.entry_model.index_of(entries[cycle % len(entries)])
        entry_list.scrollTo(index)
        tap(entry_list.viewport(), entry_list.visualRect(index).center())
        card = view.timer_card
        tap(card.duration.button(0))  # the shortest hold a kiosk offers
        hold_seconds = card.duration.currentData()
        tap(card.start_button)
        tap(view.check_in.skip_button)
        if not view.driver.is_running():
            raise RuntimeError(f"cycle {cycle}: the hold did not start")
        for step in (card.position_seconds_choice(), hold_seconds / 2, hold_seconds / 2):
            advance(step)
        if view.driver.is_running():
            raise RuntimeError(f"cycle {cycle}: the hold did not end")
        # The visitor walks away: the countdown, and the next visitor's fresh session.
        advance(config.idle_seconds)
        if window.counting_down() is None:
            raise RuntimeError(f"cycle {cycle}: no countdown after the idle time")
        advance(config.warning_seconds)
        settle()
        if window.session is not None:
            raise RuntimeError(f"cycle {cycle}: the visitor's session was not closed")

    def tree_size(item: QObject) -> int:
        return 1 + sum(tree_size(child) for child in item.children())

    def report(cycle: int, baseline: collections.Counter[str] | None) -> None:
        gc.collect()
        counts = object_counts()
        widgets = QApplication.allWidgets()
        # Walked by children(): PySide keeps a wrapper of every object findChildren()
        # returns, for good, and the soak would measure its own counting.
        qobjects = tree_size(app) + sum(map(tree_size, QApplication.topLevelWidgets()))
        print(f"cycle={cycle}")
        print(f"rss_mb={rss_mb():.1f}")
        print(f"gc_objects={sum(counts.values())}")
        print(f"widgets={len(widgets)}")
        print(f"qobjects={qobjects}")
        if baseline is not None:
            growers = (counts - baseline).most_common(GROWERS_SHOWN)
            for name, grown in growers:
                print(f"grown_{name}={grown}")
        sys.stdout.flush()

    started = time.perf_counter()
    warm_up = min(WARM_UP_CYCLES, cycles)
    for cycle in range(warm_up):
        visit(cycle)
    gc.collect()
    baseline_rss = rss_mb()
    baseline = object_counts()
    report(warm_up, None)
    measured = time.perf_counter()
    for cycle in range(warm_up, cycles):
        visit(cycle)
        if (cycle + 1) % REPORT_EVERY == 0:
            report(cycle + 1, baseline)
    finished = time.perf_counter()
    gc.collect()
    growth = rss_mb() - baseline_rss
    soaked = cycles - warm_up
    print(f"cycles={cycles}")
    print(f"screen={screen[0]}x{screen[1]}")
    print(f"warm_up_s={measured - started:.1f}")
    if soaked:
        print(f"cycle_ms={(finished - measured) / soaked * 1000:.1f}")
    print(f"total_s={finished - started:.1f}")
    window.exit_kiosk()
    services.close()
    print(f"kiosk_rss_growth_mb={growth:.2f}")


def screen_size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=10_000)
    parser.add_argument("--screen", type=screen_size, default=(1280, 800))
    arguments = parser.parse_args()
    main(arguments.cycles, arguments.screen)
