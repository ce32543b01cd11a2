"""Write the README's screenshots into a folder (default docs/screenshots).

Runs the real window with throw-away settings and history, and a scripted clock so a
hold can be pictured mid-way without waiting; then the kiosk (``kiosk-*.png``), full
screen on a 1920 x 1080 screen, from a throw-away kiosk folder. Never touches a person's
own files.
Usage: python scripts/make_screenshots.py [FOLDER [PART ...]]   (PART: desktop, kiosk;
both when none is named)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from acupress_gui.bootstrap.composition import Services, build_desktop_window, build_services
from acupress_gui.core.appearance import ThemeChoice
from acupress_gui.core.catalog import Complaint
from acupress_gui.core.history import (
    HistoryRecorder,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.core.hold_choices import PressOrder, SideMode
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import SavedRoutine, SavedStep
from acupress_gui.ui.common.first_run_notice import FirstRunNotice
from acupress_gui.ui.common.theme import LIGHT, apply_theme
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.timer_card import CUE_FLASH_MS

SIZE = (1280, 860)
SMALL_SIZE = (1280, 800)
"""The smallest window the largest text size is laid out for."""
LOOKS = (
    ("text-200", {"text_scale": 200}, SMALL_SIZE),
    ("high-contrast", {"theme": ThemeChoice.HIGH_CONTRAST}, SIZE),
    ("dark", {"theme": ThemeChoice.DARK}, SIZE),
)
"""The main window and a hold, each also in these looks (View > Text size, > Theme)."""
LANGUAGES = ("zh_CN", "es")
"""And in these languages (View > Language), in the default look."""
NOW = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)
PARTS = frozenset({"desktop", "kiosk"})
KIOSK_SCREEN = (1920, 1080)
"""A waiting room's touch screen; the offscreen platform's screen is made this size."""
KIOSK_CLINIC = "Riverside Physiotherapy"
KIOSK_VISITS = (
    (0, "wind-pool", True),
    (0, "sea-of-vitality", True),
    (0, "heavenly-pillar", False),
    (1, "wind-pool", True),
    (1, "wind-pool", True),
    (1, "sacral-points", True),
    (2, "sea-of-vitality", False),
)
"""The kiosk's visitors before the one pictured: the day (from NOW), the entry held, and
whether the hold was held to its end; the staff screen counts them."""


def let_cues_end() -> None:
    """Let a cue's amber flash (a real 1.5 s timer) end, so a picture shows the card calm."""
    waiting = QEventLoop()
    QTimer.singleShot(CUE_FLASH_MS + 100, waiting.quit)
    waiting.exec()


class ScriptedClock:
    """Monotonic and wall time that move only when the script says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return NOW + timedelta(seconds=self.now)


DAYS = 24


def seed(recorder: HistoryRecorder) -> None:
    """A believable three and a half weeks: a rated routine most mornings, pain easing."""
    entries = [
        ("wind-pool", ("GB20",)),
        ("sea-of-vitality", ("BL23", "BL52")),
        ("sacral-points", tuple(f"BL{n}" for n in range(27, 35))),
    ]
    for day in range(DAYS, 0, -1):
        if day % 6 == 4:
            continue  # a day off now and then
        morning = NOW - timedelta(days=day, hours=10)
        before = 4 + (day * 3 // DAYS) + day % 2  # from about 7 down to about 4
        sitting = SittingRecord(
            f"seed-{day}", SittingKind.ROUTINE, morning, before, max(before - 1 - day % 3, 0)
        )
        recorder.record(sitting)
        for slot, (entry_id, codes) in enumerate(entries[: 2 + day % 2]):
            started = morning + timedelta(minutes=2 * slot)
            held = 60.0 if (day + slot) % 4 else 41.0
            recorder.record(
                HoldRecord(
                    entry_id, codes, Side.BOTH, 1, started, 60.0, held, held == 60.0, sitting.key
                )
            )


def over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with a dialog centred on it, as a person sees a window-modal question."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 40))
    inner = dialog.grab()
    painter.drawPixmap((picture.width() - inner.width()) // 2, 150, inner)
    painter.end()
    return picture


def shoot_map(window: DesktopWindow, shoot: Callable[[str, QWidget], None]) -> None:
    """The map for many points: the whole body, each region, each inset, a filter."""
    view = window.view
    body_map = view.body_map
    pane = view.splitter.widget(0)
    view.selection.clearSelection()
    view.entry_list.scrollToTop()
    body_map.fit_whole_body()
    shoot("map-whole-body", window)
    for label in body_map.region_labels():
        body_map.zoom_to_region(label.region, animated=False)
        shoot(f"map-region-{label.region}", pane)
    for inset_id in body_map.insets():
        body_map.zoom_to_inset(inset_id, animated=False)
        shoot(f"map-inset-{inset_id}", pane)
    view.finder.chips.choose(Complaint.SCIATICA)
    body_map.fit_whole_body()
    shoot("map-filtered-sciatica", window)
    view.finder.chips.choose(None)
    view.finder.search_field.setText("neck")
    shoot("map-search-neck", window)
    view.finder.search_field.clear()

    notice = FirstRunNotice(window)
    notice.resize(680, notice.notice_text.heightForWidth(600) + 160)
    shoot("first-run-notice", notice)
    notice.deleteLater()


def shoot_routine_editor(
    services: Services, window: DesktopWindow, shoot: Callable[[str, QWidget], None]
) -> None:
    """The editor on a routine of one's own, made from a preset, with a hold of its own."""
    from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog

    preferences = services.preferences
    before = preferences.person
    mine = SavedRoutine(
        "My low back",
        (
            SavedStep("sea-of-vitality", 120),
            SavedStep("gate-of-life"),
            SavedStep("large-intestine-shu"),
            SavedStep("commanding-middle", 90),
            SavedStep("lumbar-pain-points"),
        ),
    )
    preferences.update(saved_routines=(mine,), current_routine=mine.name)
    dialog = RoutineEditorDialog(services.catalog(), preferences, "Use this routine", window)
    dialog.steps.setCurrentRow(0)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    shoot("routine-editor", dialog)
    dialog.close()
    dialog.deleteLater()
    preferences.update(saved_routines=before.saved_routines, current_routine=before.current_routine)


def shoot_spot_by_spot(
    window: DesktopWindow, clock: ScriptedClock, shoot: Callable[[str, QWidget], None]
) -> None:
    """The sacral entry pressed pair by pair, one side then the other: the sixth pair's
    right side, with the map picking out that one dot of the sixteen."""
    view = window.view
    card = view.timer_card
    card.press_order.setCurrentIndex(card.press_order.findData(PressOrder.SPOT_BY_SPOT.value))
    card.sides.setCurrentIndex(card.sides.findData(SideMode.ONE_THEN_OTHER.value))
    card.position_seconds.setValue(10)
    view.select_entry("sacral-points")
    view.body_map.zoom_to_selected()
    card.request_start()
    view.check_in.skip_button.click()
    plan = card.plan()
    pair = 2 * plan.hold_seconds + plan.switch_seconds + plan.move_seconds
    clock.now += plan.position_seconds + 5 * pair + 0.4 * plan.hold_seconds
    view.driver.poll()
    let_cues_end()
    shoot("timer-spot-by-spot", window)
    card.stop()


def shoot_looks(
    window: DesktopWindow, clock: ScriptedClock, shoot: Callable[[str, QWidget], None]
) -> None:
    """The main window and a hold mid-way at 200 % text, in high contrast and dark."""
    person = window.preferences.person
    before = {"text_scale": person.text_scale, "theme": person.theme}
    for name, look, size in LOOKS:
        window.resize(*size)
        window.choose_look(**{**before, **look})
        shoot_main_and_hold(window, clock, shoot, name)
    window.resize(*SIZE)
    window.choose_look(**before)


def shoot_languages(
    window: DesktopWindow, clock: ScriptedClock, shoot: Callable[[str, QWidget], None]
) -> None:
    """The main window and a hold mid-way in each of LANGUAGES, switched from the View
    menu's way (the view rebuilt in the new language), then the language before again."""
    before = window.preferences.person.language
    for code in LANGUAGES:
        window.choose_language(code)
        shoot_main_and_hold(window, clock, shoot, code)
    window.choose_language(before)


def shoot_main_and_hold(
    window: DesktopWindow, clock: ScriptedClock, shoot: Callable[[str, QWidget], None], name: str
) -> None:
    """The main window on an entry, then its hold mid in-breath, as ``main-window-NAME``
    and ``timer-mid-hold-NAME``; the hold is stopped again."""
    view = window.view
    view.select_entry("sea-of-vitality")
    for _ in range(3):  # the new view is laid out (and its map framed) over a few turns
        QApplication.processEvents()
    view.body_map.fit_whole_body()
    shoot(f"main-window-{name}", window)
    started = clock.now
    view.timer_card.request_start()
    view.check_in.skip_button.click()  # no rating for this picture
    clock.now = started + 23.0  # mid in-breath, 37 s to go
    view.driver.poll()
    let_cues_end()
    shoot(f"timer-mid-hold-{name}", window)
    view.timer_card.stop()
    QApplication.processEvents()  # the sitting ends: a new look or language may come now


def shoot_handouts(services: Services, folder: Path) -> None:
    """The handout's pages as they print: one entry's sheet and one routine's, on A4,
    drawn from the PDF by pdftoppm (poppler-utils) as a reader's viewer would."""
    from acupress_gui.core.handout import Paper, handout_for
    from acupress_gui.ui.handout.handout_pages import pdf_bytes

    if shutil.which("pdftoppm") is None:
        print("no pdftoppm (poppler-utils): the handout's pages are not pictured", file=sys.stderr)
        return
    person = services.preferences.person
    sheets = {
        "entry": handout_for(services.catalog(), person, entry_ids=["sea-of-vitality"]),
        "routine": handout_for(services.catalog(), person, "low-back"),
    }
    with tempfile.TemporaryDirectory() as scratch:
        for name, sheet in sheets.items():
            pdf = Path(scratch) / f"{name}.pdf"
            pdf.write_bytes(pdf_bytes(sheet, Paper.A4)[0])
            for old in folder.glob(f"handout-{name}-*.png"):
                old.unlink()
            stem = folder / f"handout-{name}"
            subprocess.run(["pdftoppm", "-r", "96", "-png", str(pdf), str(stem)], check=True)
            for page in sorted(folder.glob(f"handout-{name}-*.png")):
                print(page)


def tap(widget: QWidget) -> None:
    """A press and release in the middle of ``widget``, as a finger's tap reaches it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QApplication.processEvents()


def shoot_kiosk(folder: Path, shoot: Callable[[str, QWidget], None]) -> None:
    """The kiosk as a waiting room's visitor sees it, full screen: its start screen, the
    welcome, a hold mid-way and the idle countdown; and as staff see it: the PIN pad
    and the staff screen with a few days' counts."""
    from acupress_gui.bootstrap.composition import build_kiosk_services, build_kiosk_window
    from acupress_gui.bootstrap.kiosk_setup import prepare_kiosk
    from acupress_gui.core.kiosk.staff_pin import hash_pin, save_pin_hash

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="acupress-kiosk-") as scratch:
        kiosk_folder = Path(scratch)
        save_pin_hash(kiosk_folder, hash_pin("2468"))
        (kiosk_folder / "kiosk.toml").write_text(f'clinic_name = "{KIOSK_CLINIC}"\n')
        setup = prepare_kiosk(kiosk_folder, None)
        apply_theme(app, LIGHT, setup.config.text_scale)  # as --kiosk does
        clock = ScriptedClock()
        services = build_kiosk_services(setup, LIGHT, clock=clock)
        window = build_kiosk_window(services)
        window.showFullScreen()
        app.processEvents()
        if (window.width(), window.height()) != KIOSK_SCREEN:
            print(f"the kiosk is {window.width()} x {window.height()}", file=sys.stderr)

        def visit(entry_id: str, to_the_end: bool) -> None:
            """One visitor: in, welcomed, a hold (or part of one), and gone."""
            assert window.attract is not None
            tap(window.attract)
            assert window.welcome is not None
            tap(window.welcome.answer_buttons["no"])
            assert window.session is not None
            view = window.session.view
            view.select_entry(entry_id)
            view.timer_card.request_start()
            view.check_in.skip_button.click()
            clock.now += 10.0 + (60.0 if to_the_end else 25.0)  # the lead-in, the hold
            view.driver.poll()
            if not to_the_end:
                view.timer_card.stop()
            window.new_visitor()
            app.processEvents()

        for day, entry_id, to_the_end in KIOSK_VISITS:
            clock.now = max(clock.now, day * 86_400.0)
            visit(entry_id, to_the_end)
        clock.now = max(clock.now, 2 * 86_400.0) + 600.0
        kiosk_visitor(window, clock, shoot)
        pad = window.pin_pad
        assert pad is not None
        for digit in "2468":
            pad.type_digit(digit)
        pad.submit()
        app.processEvents()
        assert window.staff_screen is not None
        shoot("kiosk-staff", window)
        window.exit_kiosk()
        window.deleteLater()
        services.close()
    apply_theme(app, LIGHT)


def kiosk_visitor(
    window: KioskWindow, clock: ScriptedClock, shoot: Callable[[str, QWidget], None]
) -> None:
    """The pictured visitor, from the start screen to the countdown after their hold; then
    the PIN pad, two digits typed, left open."""
    shoot("kiosk-attract", window)
    assert window.attract is not None
    tap(window.attract)
    shoot("kiosk-welcome", window)
    assert window.welcome is not None
    tap(window.welcome.answer_buttons["no"])
    assert window.session is not None
    view = window.session.view
    view.select_entry("sea-of-vitality")
    view.body_map.zoom_to_selected()
    view.timer_card.request_start()
    view.check_in.skip_button.click()
    started = clock.now
    clock.now = started + 10.0 + 23.0  # the lead-in, then mid in-breath, 37 s to go
    view.driver.poll()
    let_cues_end()
    shoot("kiosk-mid-hold", window)
    clock.now = started + 10.0 + 60.0
    view.driver.poll()
    let_cues_end()
    if view.check_in.isVisible():
        view.check_in.skip_button.click()
    clock.now += window.idle.policy.idle_seconds + 6.0
    window.idle.poll()
    QApplication.processEvents()
    assert window.counting_down() is not None
    shoot("kiosk-idle-countdown", window)
    tap(window.overlays()[-1])  # a touch: still there
    window.open_pin_pad()
    pad = window.pin_pad
    assert pad is not None
    for digit in "24":
        pad.type_digit(digit)
    QApplication.processEvents()
    shoot("kiosk-pin-pad", window)
    pad.clear()


def offscreen_screen(size: tuple[int, int], scratch: Path) -> None:
    """Make the offscreen platform's one screen ``size`` (its own is 800 x 800), at 96 dpi,
    when the pictures are taken offscreen (``make screenshots``)."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    width, height = size
    screen = {"name": "screenshots", "x": 0, "y": 0, "width": width, "height": height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = scratch / "offscreen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(folder: Path, parts: frozenset[str] = PARTS) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        offscreen_screen(KIOSK_SCREEN, Path(scratch))
        app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, LIGHT)
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(name: str, widget: QWidget, dialog: QWidget | None = None) -> None:
        app.processEvents()
        path = folder / f"{name}.png"
        (widget.grab() if dialog is None else over(widget, dialog)).save(str(path))
        print(path)

    if "desktop" in parts:
        shoot_desktop(folder, shoot)
    if "kiosk" in parts:
        shoot_kiosk(folder, shoot)


def shoot_desktop(folder: Path, shoot: Callable[..., None]) -> None:
    """The desktop app's main window, its map, holds, routines, history and insights."""
    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = AppPaths(config_dir=root, data_dir=root, log_dir=root / "logs")
        clock = ScriptedClock()
        services = build_services(paths, LIGHT, clock=clock)
        services.preferences.update(
            notice_acknowledged=True,
            may_be_pregnant=False,
            routine_entries=["wind-pool", "sea-of-vitality", "heavenly-pillar"],
            position_seconds=0,  # the pictures below time from the press of Start
            theme=ThemeChoice.LIGHT,  # not the desktop's, whatever it is
        )
        recorder = services.recorder
        seed(recorder)
        window = build_desktop_window(services)
        # Sized first, as on a screen large enough for it, so the split between the map
        # and the panel is the one the app starts with.
        window.resize(*SIZE)
        window.start_first_session()
        window.show()
        shoot("main-window", window)
        window.view.select_entry("sea-of-vitality")
        shoot("entry-selected", window)
        window.view.select_entry("wind-pool")
        window.view.body_map.zoom_to_selected()
        shoot("zoomed-to-neck", window)
        window.view.select_entry("sacral-points")
        window.view.body_map.zoom_to_selected()
        shoot("zoomed-to-sacrum", window)
        shoot_map(window, shoot)

        window.view.select_entry("sea-of-vitality")
        window.view.body_map.fit_whole_body()
        window.view.timer_card.request_start()
        window.view.check_in.skip_button.click()  # no rating for this picture
        clock.now = 23.0  # mid in-breath, 37 s to go
        window.view.driver.poll()
        shoot("timer-mid-hold", window)
        clock.now = 60.0
        window.view.driver.poll()

        window.view.show_history()
        panel = window.view.history_panel()
        panel.resize(720, 540)
        shoot("history-panel", panel)
        panel.close()

        window.view.flow.lead_in_seconds = 10
        window.view.start_routine()
        window.view.check_in.adjustSize()
        shoot("pain-check-in", window, window.view.check_in)
        window.view.check_in.button(6).click()
        clock.now += 60.0
        window.view.driver.poll()
        app.processEvents()
        clock.now += 14.0  # the second entry: lead-in over, 56 s to go
        window.view.driver.poll()
        let_cues_end()
        shoot("routine-in-progress", window)
        for _ in range(2):
            clock.now += 70.0
            window.view.driver.poll()
            app.processEvents()
        window.view.check_in.button(4).click()
        shoot("routine-summary", window)
        window.view.session_summary.close_button.click()
        shoot_spot_by_spot(window, clock, shoot)

        window.view.show_insights()
        insights = window.view.insights_view()
        waiting = QEventLoop()
        insights.loaded.connect(waiting.quit)  # loaded always comes from the event loop
        waiting.exec()
        shoot("insights", insights)
        insights.close()
        shoot_routine_editor(services, window, shoot)
        shoot_looks(window, clock, shoot)
        shoot_languages(window, clock, shoot)
        shoot_handouts(services, folder)
        window.close()
        services.close()


if __name__ == "__main__":
    chosen = frozenset(sys.argv[2:]) or PARTS
    if chosen - PARTS:
        sys.exit(f"no part named {sorted(chosen - PARTS)}; the parts are {sorted(PARTS)}")
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), chosen)
