"""Write the README's screenshots into a folder (default docs/screenshots).

Runs the real window with throw-away settings and history, and a scripted clock so a
hold can be pictured mid-way without waiting. Never touches a person's own files.
Usage: python scripts/make_screenshots.py [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from acupress_gui.core.catalog import load_catalog
from acupress_gui.core.history import (
    HistoryRecorder,
    HistoryStore,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
)
from acupress_gui.core.settings import Settings, SettingsStore
from acupress_gui.ui.common.theme import LIGHT, apply_theme
from acupress_gui.ui.shell.main_window import MainWindow

SIZE = (1280, 860)
NOW = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)


class ScriptedClock:
    """Monotonic and wall time that move only when the script says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
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


def main(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, LIGHT)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = SettingsStore(Path(scratch) / "settings.json")
        recorder = HistoryRecorder(lambda: HistoryStore.open(Path(scratch) / "history.sqlite3"))
        seed(recorder)
        clock = ScriptedClock()
        window = MainWindow(
            load_catalog(),
            Settings(
                notice_acknowledged=True,
                may_be_pregnant=False,
                routine_entries=["wind-pool", "sea-of-vitality", "heavenly-pillar"],
            ),
            store,
            LIGHT,
            recorder,
            clock,
            clock.wall,
        )
        window.resize(*SIZE)
        window.show()

        def shoot(name: str, widget: QWidget = window, dialog: QWidget | None = None) -> None:
            app.processEvents()
            path = folder / f"{name}.png"
            (widget.grab() if dialog is None else over(widget, dialog)).save(str(path))
            print(path)

        shoot("main-window")
        window.select_entry("sea-of-vitality")
        shoot("entry-selected")
        window.select_entry("wind-pool")
        window.body_map.zoom_to_selected()
        shoot("zoomed-to-neck")
        window.select_entry("sacral-points")
        window.body_map.zoom_to_selected()
        shoot("zoomed-to-sacrum")

        window.select_entry("sea-of-vitality")
        window.body_map.fit_whole_body()
        window.timer_card.request_start()
        window.check_in.skip_button.click()  # no rating for this picture
        clock.now = 23.0  # mid in-breath, 37 s to go
        window.driver.poll()
        shoot("timer-mid-hold")
        clock.now = 60.0
        window.driver.poll()

        window.show_history()
        panel = window.history_panel()
        panel.resize(720, 540)
        shoot("history-panel", panel)
        panel.close()

        window.flow.lead_in_seconds = 10
        window.start_routine()
        window.check_in.adjustSize()
        shoot("pain-check-in", window, window.check_in)
        window.check_in.button(6).click()
        clock.now += 60.0
        window.driver.poll()
        app.processEvents()
        clock.now += 14.0  # the second entry: lead-in over, 56 s to go
        window.driver.poll()
        shoot("routine-in-progress")
        for _ in range(2):
            clock.now += 70.0
            window.driver.poll()
            app.processEvents()
        window.check_in.button(4).click()
        shoot("routine-summary")

        window.show_insights()
        insights = window.insights_view()
        waiting = QEventLoop()
        insights.loaded.connect(waiting.quit)  # loaded always comes from the event loop
        waiting.exec()
        shoot("insights", insights)
        insights.close()
        window.close()
        recorder.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
