"""What naming the entries on the map costs: a region's zoom, and a zoom by hand.

A tap on a region works out its frame (trying a few zooms until each of its entries
has a place for its name) before the glide starts. A zoom step by hand is cheap; the
names are laid out once the steps stop (``SETTLE_MS`` later), which is measured as the
time from the step to the names, less that wait. Offscreen, with throw-away settings,
at the default window size and at 1100 px. Prints ``name=value`` lines (median of
RUNS, in ms); the last is ``region_zoom_max_ms``, the slowest region at either size.

Usage: python benchmarks/map_labels.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from acupress_gui.bootstrap.composition import build_desktop_window, build_services
from acupress_gui.core.catalog import Region
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.common.theme import LIGHT, apply_theme
from acupress_gui.ui.map.body_map_view import SETTLE_MS, BodyMapView

SIZES = ((1280, 860), (1100, 760))


def median_ms(runs: int, action: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(app: QApplication, body_map: BodyMapView, width: int, runs: int) -> float:
    """Print one size's figures; return its slowest region zoom."""
    print(f"map_width_{width}={body_map.viewport().width()}")
    slowest = 0.0
    for label in body_map.region_labels():

        def tap(region: Region = label.region) -> None:
            body_map.fit_whole_body()
            body_map.zoom_to_region(region, animated=False)

        took = median_ms(runs, tap)
        slowest = max(slowest, took)
        print(f"region_zoom_{label.region}_{width}_ms={took:.1f}")
    body_map.fit_whole_body()
    print(f"zoom_step_{width}_ms={median_ms(runs, body_map.zoom_in):.1f}")
    body_map.fit_whole_body()
    body_map.zoom_in()

    def step_and_names() -> None:
        body_map.zoom_in()
        body_map.zoom_out()
        while body_map.labels_pending():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)

    print(f"names_after_zoom_{width}_ms={median_ms(runs, step_and_names) - SETTLE_MS:.1f}")
    return slowest


def main(runs: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app, LIGHT)
    slowest = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        services = build_services(AppPaths(root, root, root / "logs"), LIGHT)
        services.preferences.update(notice_acknowledged=True, reduced_motion=True)
        window = build_desktop_window(services)
        window.resize(*SIZES[0])
        window.start_first_session()
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            app.processEvents()
            slowest = max(slowest, measure(app, window.view.body_map, width, runs))
        window.close()
        services.close()
    print(f"region_zoom_max_ms={slowest:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
