"""How the session history scales: saving a hold, and checking, opening and charting a big history.

Seeds a history of ROWS holds (default 1,000,000, one every two minutes up to now: about
four years of a busy kiosk), grouped three by three into sittings (routines and single
holds by turns) whose pain ratings drift down over the years, most of them rated before
and after, in a temporary folder, then measures on it:

- ``quick_check_1m_ms``: ``PRAGMA quick_check``, which ``HistoryStore.open`` runs at every
  start-up; ``_cold_`` after dropping the file from the page cache (Linux only), as after
  a reboot;
- ``open_store_1m_ms``: what the history panel will do on start-up: ``HistoryStore.open``,
  ``count()``, ``recent(200)`` and the today and this-week totals. ``_peak_kib`` is the
  Python heap's peak (tracemalloc); SQLite's own page cache is outside it and capped by
  its ``cache_size`` (2 MiB by default);
- ``record_median_ms`` and ``record_p99_ms``: ``HistoryRecorder.record`` for 500 holds,
  each committed with synchronous=FULL;
- ``insights_open_1m_ms``: opening the insights window on the file with its default range
  (the last 30 days), from constructing it to its ``loaded`` signal and the charts drawn;
  ``insights_all_time_1m_ms``: switching it to All time, the same way. While both load,
  a 10 ms timer ticks on the event loop: ``insights_max_ui_stall_ms`` (and
  ``insights_all_time_max_ui_stall_ms``) is the longest gap between two ticks, drawing the
  charts included: how long the window could not react;
- ``insights_all_time_rss_mb``: how far the process's resident memory peaked above its level
  before the insights window was built, while it opened and drew All time (Linux: the peak
  is reset through ``/proc/self/clear_refs`` first; elsewhere it is ``ru_maxrss``, a
  lifetime peak). pyqtgraph and numpy are imported before, as their cost is paid once;
- ``insights_rss_after_close_mb``: the resident memory ``AFTER_CLOSE_S`` seconds after the
  window closed (the event loop running meanwhile), less its level before the window was
  built. The window is deleted on closing, as the app's visitor view does.
  ``insights_private_after_close_mb`` is the part of it not backed by files: the first
  drawing of a chart pages in Qt's own library code (shared, clean, reclaimed under
  pressure), which the rest is; ``insights_rss_after_second_close_mb``, after opening and
  closing it again, shows whether anything builds up from one opening to the next;
- ``open_1m_ms`` (last): building and showing the real Qt history panel on the file,
  from a closed file to a drawn window, with ``open_1m_rss_growth_kib``, how much the
  process's peak resident memory grew while doing it. Measured before the insights window
  (whose charts would raise the memory peak first), printed last.

Prints ``name=value`` lines. Usage:
python benchmarks/history_scale.py [ROWS] [--seeded PATH] [--insights-only]

``--seeded PATH`` seeds the history at PATH once (if it is not there yet) and measures a copy
of it, so later runs skip the seeding (about 10-20 s for a million rows) and all measure the
same rows. ``--insights-only`` measures the two windows alone (history panel, insights).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acupress_gui.core.history import (
    _INSERT,  # the store's own row formats, so seeded rows are exactly what the app writes
    _SAVE_SITTING,
    HistoryRecorder,
    HistoryStore,
    HoldRecord,
    Side,
    SittingKind,
    _row_of,
    _utc_text,
    today_and_week_start,
)

RECORDS = 500
TIMED_OPENS = 5
HOLDS_PER_SITTING = 3
TICK_MS = 10
"""The event-loop probe's interval while the insights window loads."""
AFTER_CLOSE_S = 3
"""How long after closing the insights window its memory is measured."""


def seed_history(path: Path, rows: int) -> None:
    """Create a history at ``path`` holding ``rows`` holds, the newest started just now.

    One executemany in one transaction: fine for seeding, unlike the app's one commit per hold.
    """
    HistoryStore.open(path).close()  # the real schema, version and journal mode
    now = datetime.now(UTC)

    def started(n: int) -> datetime:
        return now - timedelta(minutes=2 * (rows - 1 - n))

    sittings = (rows + HOLDS_PER_SITTING - 1) // HOLDS_PER_SITTING
    records = (
        HoldRecord(
            entry_id=("wind-pool", "sacral-points", "kidney-shu")[n % 3],
            point_codes=("BL23", "BL52") if n % 2 else ("GB20",),
            side=(Side.BOTH, Side.RIGHT, Side.LEFT)[n % 3],
            set_number=n % 3 + 1,
            started_at=started(n),
            planned_seconds=60.0,
            held_seconds=60.0 if n % 5 else 37.5,
            completed=bool(n % 5),
            sitting_key=f"s{n // HOLDS_PER_SITTING}",
        )
        for n in range(rows)
    )
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("BEGIN")
        connection.executemany(
            _SAVE_SITTING,
            (sitting_row(s, sittings, started(s * HOLDS_PER_SITTING)) for s in range(sittings)),
        )
        connection.executemany(_INSERT, map(_row_of, records))
        connection.execute("COMMIT")


def sitting_row(s: int, sittings: int, started_at: datetime) -> tuple[object, ...]:
    """Sitting ``s`` of ``sittings``: pain before drifts from about 7 to about 4, after is 1
    or 2 lower; every 7th is not rated before and every 5th not after."""
    before = max(0, min(10, round(7 - 3 * s / sittings) + s % 3 - 1))
    kind = (SittingKind.ROUTINE, SittingKind.SINGLE)[s % 2]
    return (
        f"s{s}",
        kind.value,
        _utc_text(started_at),
        None if s % 7 == 0 else before,
        None if s % 5 == 0 else max(0, before - 1 - s % 2),
    )


def open_like_the_history_panel(path: Path) -> None:
    with HistoryStore.open(path) as store:
        store.count()
        store.recent(200)
        for since in today_and_week_start(datetime.now(UTC)):
            store.totals_since(since)


def quick_check(path: Path) -> None:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def drop_from_page_cache(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main(rows: int, seeded: Path | None, insights_only: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        print(f"rows={rows}")
        if seeded is None:
            print(f"seed_ms={milliseconds(lambda: seed_history(path, rows)):.0f}")
        else:
            if not seeded.exists():
                print(f"seed_ms={milliseconds(lambda: seed_history(seeded, rows)):.0f}")
            shutil.copyfile(seeded, path)
        print(f"history_file_mib={path.stat().st_size / 2**20:.1f}")
        if insights_only:
            print_window_figures(path)
            return

        if hasattr(os, "posix_fadvise"):
            drop_from_page_cache(path)
            print(f"quick_check_1m_cold_ms={milliseconds(lambda: quick_check(path)):.0f}")
            drop_from_page_cache(path)
            cold = milliseconds(lambda: open_like_the_history_panel(path))
            print(f"open_store_1m_cold_ms={cold:.0f}")
        checks = [milliseconds(lambda: quick_check(path)) for _ in range(TIMED_OPENS)]
        print(f"quick_check_1m_ms={statistics.median(checks):.0f}")
        opens = [
            milliseconds(lambda: open_like_the_history_panel(path)) for _ in range(TIMED_OPENS)
        ]
        print(f"open_store_1m_ms={statistics.median(opens):.0f}")
        tracemalloc.start()
        open_like_the_history_panel(path)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"open_store_1m_peak_kib={peak / 1024:.0f}")

        recorder = HistoryRecorder(lambda: HistoryStore.open(path))
        recorder.retry()  # opens the store, so only saving is timed
        hold = HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, datetime.now(UTC), 60.0, 60.0, True)
        times = [milliseconds(lambda: recorder.record(hold)) for _ in range(RECORDS)]
        recorder.close()
        print(f"record_median_ms={statistics.median(times):.2f}")
        print(f"record_p99_ms={statistics.quantiles(times, n=100)[98]:.2f}")

        print_window_figures(path)


def print_window_figures(path: Path) -> None:
    """The history panel first, as in the app the main window is up before the insights."""
    elapsed_ms, growth_kib = open_history_panel(path)
    figures = open_insights(path)
    print(f"insights_open_1m_ms={figures.month_ms:.0f}")
    print(f"insights_all_time_1m_ms={figures.all_ms:.0f}")
    print(f"insights_max_ui_stall_ms={figures.month_stall_ms:.0f}")
    print(f"insights_all_time_max_ui_stall_ms={figures.all_stall_ms:.0f}")
    print(f"insights_all_time_rss_mb={figures.peak_growth_mib:.1f}")
    print(f"insights_rss_after_close_mb={figures.after_close_mib:.1f}")
    print(f"insights_private_after_close_mb={figures.after_close_private_mib:.1f}")
    print(f"insights_rss_after_second_close_mb={figures.after_second_close_mib:.1f}")
    print(f"open_1m_rss_growth_kib={growth_kib:.0f}")
    print(f"open_1m_ms={elapsed_ms:.0f}")


def resident_mib() -> float:
    """The process's resident memory now (Linux's /proc; elsewhere its lifetime peak)."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return peak_resident_mib()
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass(frozen=True)
class Resident:
    total: float
    """Resident MiB, as ``resident_mib``."""
    private: float
    """Of which not backed by a file (heap, stacks): what the process itself holds, while
    the rest is libraries' code and mapped files, shared and given back under pressure."""


def resident_split() -> Resident:
    """Resident memory now, and its part not backed by files (Linux; elsewhere both equal
    the lifetime peak)."""
    try:
        _, resident_pages, shared_pages, *_ = Path("/proc/self/statm").read_text().split()
    except OSError:
        peak = peak_resident_mib()
        return Resident(peak, peak)
    page_mib = os.sysconf("SC_PAGE_SIZE") / 2**20
    return Resident(
        int(resident_pages) * page_mib, (int(resident_pages) - int(shared_pages)) * page_mib
    )


def reset_peak_resident() -> None:
    """Start the peak over from now, where Linux allows it (writing 5 to clear_refs)."""
    # Where it cannot, the peak stays the lifetime peak: an upper bound.
    with suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_resident_mib() -> float:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (line,) = (line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def open_history_panel(path: Path) -> tuple[float, float]:
    """Time and peak-memory growth to open the real history panel, as the menu does."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from acupress_gui.core.catalog import load_catalog
    from acupress_gui.ui.history.history_panel import HistoryPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog()
    app.processEvents()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    recorder = HistoryRecorder(lambda: HistoryStore.open(path))
    panel = HistoryPanel(recorder, catalog)
    panel.show()
    panel.grab()  # drawn, rows and all
    elapsed_ms = (time.perf_counter() - started) * 1000
    growth_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    panel.close()
    recorder.close()
    return elapsed_ms, growth_kib


@dataclass(frozen=True)
class InsightsFigures:
    month_ms: float
    month_stall_ms: float
    all_ms: float
    all_stall_ms: float
    peak_growth_mib: float
    after_close_mib: float
    after_close_private_mib: float
    after_second_close_mib: float


def open_insights(path: Path) -> InsightsFigures:
    """Open the insights window on the file, then switch it to All time: for each, the time
    until its charts are drawn and the longest the event loop went without a tick; then the
    memory it took at its peak and what it still holds after closing."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from acupress_gui.core.catalog import load_catalog
    from acupress_gui.core.insights import Span
    from acupress_gui.ui.common.theme import LIGHT
    from acupress_gui.ui.insights.insights_view import (
        InsightsView,  # pyqtgraph's import is not timed
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog()
    recorder = HistoryRecorder(lambda: HistoryStore.open(path))
    recorder.retry()  # the main window has the store open long before the view opens
    ticks: list[float] = []
    probe = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=TICK_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def until_drawn(view: InsightsView, started: float) -> tuple[float, float]:
        """Wait for the charts; the stall is timed from here, the load being under way."""
        probing = time.perf_counter()
        ticks.clear()
        probe.start()
        waiting = QEventLoop()
        view.loaded.connect(waiting.quit)
        waiting.exec()
        view.loaded.disconnect(waiting.quit)
        view.grab()  # the charts drawn
        finished = time.perf_counter()
        probe.stop()
        moments = [probing, *ticks, finished]
        stall = max(later - earlier for earlier, later in itertools.pairwise(moments))
        return (finished - started) * 1000, stall * 1000

    def open_all_time_and_close() -> tuple[float, float, float, float, float]:
        """The month's and All time's times and stalls, and the peak memory growth."""
        started = time.perf_counter()
        view = InsightsView(recorder, catalog, LIGHT, lambda: datetime.now(UTC))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the visitor's view does
        view.show()
        month_ms, month_stall_ms = until_drawn(view, started)
        app.processEvents()
        started = time.perf_counter()
        view.show_span(Span.ALL)
        all_ms, all_stall_ms = until_drawn(view, started)
        peak_growth = peak_resident_mib() - before.total
        view.close()
        waiting = QEventLoop()
        QTimer.singleShot(AFTER_CLOSE_S * 1000, waiting.quit)
        waiting.exec()
        return month_ms, month_stall_ms, all_ms, all_stall_ms, peak_growth

    app.processEvents()
    before = resident_split()
    reset_peak_resident()
    month_ms, month_stall_ms, all_ms, all_stall_ms, peak_growth = open_all_time_and_close()
    after = resident_split()
    open_all_time_and_close()
    again = resident_split()
    recorder.close()
    return InsightsFigures(
        month_ms,
        month_stall_ms,
        all_ms,
        all_stall_ms,
        peak_growth,
        after_close_mib=after.total - before.total,
        after_close_private_mib=after.private - before.private,
        after_second_close_mib=again.total - after.total,
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--seeded", type=Path, help="seed once here, then measure a copy")
    parser.add_argument("--insights-only", action="store_true")
    arguments = parser.parse_args()
    main(arguments.rows, arguments.seeded, arguments.insights_only)
