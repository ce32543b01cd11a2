"""How long the history keeps the GUI thread busy at start-up, on a 1,000,000-hold file.

Each run is a fresh process (offscreen Qt) on a fresh copy of one seeded history, in a data
folder whose settings acknowledge the first-run notice. It builds the window through
``acupress_gui.app.open_main_window`` as ``main()`` does, and a 10 ms timer ticks on the
event loop from the window's first Show event until the history's opening has been handled
(``HistoryOpener.opened`` and the app's own slot for it). Two figures per run:

- the longest gap between two ticks: how long the window could not react. Whatever else the
  loop runs meanwhile counts too (the rest of ``show()``, the first paint when it comes
  before the opening is handled): ``clean_warm``, with no check to run, is that floor;
- the time from the Show event until the opening was handled: when the history is there.

Cases: after a clean exit (no marker file, so no check) and after an unclean one (the marker
``history.sqlite3.open`` is there, so ``PRAGMA quick_check`` reads the whole file), each warm
(the file in the page cache) and cold (the file dropped from it; only the history file, not
Python or Qt). ``cache_drop`` says how: ``fadvise`` (``POSIX_FADV_DONTNEED`` after an fsync,
checked with util-linux's ``fincore``), ``drop_caches`` (when fadvise left pages and
``/proc/sys/vm/drop_caches`` can be written), or ``none`` (the cold figures are then warm).

``--before REF`` (default 043d0ad, the last commit that opened the history on the GUI thread
with a check at every start) measures that commit's start-up the same way, from a temporary
git worktree: there ``_open_history`` ran from a zero timer on the GUI thread, so the longest
gap is the opening itself. ``--before ''`` skips it.

The headline, printed last, is ``startup_block_1m_cold_ms``: an unclean exit and a cold
disk (after a crash or a power cut, then a reboot) is the worst start a person meets.

Prints ``name=value`` lines (medians over RUNS). Usage:
python benchmarks/startup_block.py [--runs N] [--seeded PATH] [--rows ROWS] [--before REF]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import importlib
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

# Only the standard library and PySide6 at the top: the measuring child imports this file
# with an older acupress_gui first on its path, where history_scale's imports do not exist.

REPOSITORY = Path(__file__).resolve().parent.parent
BEFORE = "043d0ad"
TICK_MS = 10
RESULT = "startup-block-result="
CHILD_TIMEOUT_S = 300
HISTORY_NAME = "history.sqlite3"
MARKER_NAME = f"{HISTORY_NAME}.open"
"""The store writes it on opening and removes it on a clean close."""


@dataclass(frozen=True)
class Case:
    name: str
    unclean: bool
    cold: bool
    tree: str = "new"
    """``new`` for this repository, ``old`` for the ``--before`` commit."""
    figures: list[dict[str, float]] = field(default_factory=list, compare=False)


# ---------------------------------------------------------------------------------------
# The child: one start-up, measured in its own process.


class StartupProbe(QObject):
    """Ticks from the first Show event until ``opened()``, then gives the figures."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._ticks: list[float] = []
        self._shown: float | None = None
        self._opened: float | None = None
        self._timer = QTimer(self, timerType=Qt.TimerType.PreciseTimer, interval=TICK_MS)
        self._timer.timeout.connect(lambda: self._ticks.append(time.perf_counter()))
        self._waiting = QEventLoop()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._shown is None and event.type() == QEvent.Type.Show:
            self._shown = time.perf_counter()
            self._timer.start()
        return False

    def opened(self) -> None:
        """Called once the app has handled the history's opening."""
        self._opened = time.perf_counter()
        self._waiting.quit()

    def figures(self) -> dict[str, float]:
        """Wait for ``opened()``, then the longest gap and the time to it, in ms."""
        self._app.removeEventFilter(self)
        if self._opened is None:
            self._waiting.exec()
        self._timer.stop()
        assert self._shown is not None and self._opened is not None
        moments = [self._shown, *(t for t in self._ticks if t < self._opened), self._opened]
        stall = max(later - earlier for earlier, later in itertools.pairwise(moments))
        return {"stall_ms": stall * 1000, "open_ms": (self._opened - self._shown) * 1000}


def start_new(data_dir: Path, stack: contextlib.ExitStack) -> dict[str, float]:
    """Today's start-up, as ``acupress_gui.app.main`` runs it (without the single-instance
    check, which comes before the window and does not touch the history)."""
    from acupress_gui import app as entry
    from acupress_gui.bootstrap.cli import parse_args
    from acupress_gui.bootstrap.diagnostics import process_diagnostics
    from acupress_gui.core.paths import resolve_paths
    from acupress_gui.ui.common.theme import apply_theme, current_theme
    from acupress_gui.ui.history import history_opener

    options = parse_args(["--data-dir", str(data_dir)])
    paths = resolve_paths(options.data_dir)
    log_file = stack.enter_context(process_diagnostics(paths))
    app = QApplication([sys.argv[0]])
    apply_theme(app, current_theme())
    probe = StartupProbe(app)

    class WatchedOpener(history_opener.HistoryOpener):
        """Connects the probe when started: after the app's own slot, so it runs last."""

        def start(self) -> None:
            self.opened.connect(probe.opened)
            super().start()

    # open_main_window imports the class when called, so it gets the watched one.
    history_opener.HistoryOpener = WatchedOpener  # type: ignore[misc]
    opened = entry.open_main_window(options, paths, log_file)
    figures = probe.figures()
    store = opened.services.recorder.store
    assert store is not None, "the history did not open"
    figures["checked"] = store.checked_integrity
    opened.history.wait()
    opened.services.close()
    return figures


def start_old(data_dir: Path, stack: contextlib.ExitStack) -> dict[str, float]:
    """Start-up at 043d0ad: its ``main`` built the recorder and passed it in, and a zero
    timer ran ``_open_history`` on the GUI thread once the window was shown."""
    from acupress_gui.core.history import HistoryRecorder, HistoryStore
    from acupress_gui.ui.common.theme import apply_theme, current_theme

    # That commit's entry point, whose API a type checker reading today's code cannot know.
    entry: Any = importlib.import_module("acupress_gui.app")
    args = entry.parse_args(["--data-dir", str(data_dir)])
    paths = entry.resolve_paths(args.data_dir)
    log_file = stack.enter_context(entry._process_hooks(paths))
    app = QApplication([sys.argv[0]])
    apply_theme(app, current_theme())
    probe = StartupProbe(app)
    recorder = HistoryRecorder(lambda: HistoryStore.open(paths.history_file))
    stack.callback(recorder.close)
    open_history = entry._open_history

    def watched_open_history(*arguments: object) -> None:
        open_history(*arguments)
        probe.opened()

    entry._open_history = watched_open_history  # the timer's lambda looks it up when it runs
    window = entry.open_main_window(args, paths, recorder, log_file)
    assert window is not None, "the catalog was refused"
    figures = probe.figures()
    assert recorder.store is not None, "the history did not open"
    figures["checked"] = True  # that version checked at every start
    return figures


def child(tree: str, data_dir: Path) -> None:
    start = start_new if tree == "new" else start_old
    with contextlib.ExitStack() as stack:
        figures = start(data_dir, stack)
    print(RESULT + json.dumps(figures), flush=True)


# ---------------------------------------------------------------------------------------
# The parent: prepares each data folder, runs the children, reports.


def resident_bytes(path: Path) -> int | None:
    """How much of the file is in the page cache, when util-linux's fincore can tell."""
    if shutil.which("fincore") is None:
        return None
    found = subprocess.run(
        ["fincore", "--bytes", "--noheadings", "--output", "RES", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return int(found.stdout.strip()) if found.returncode == 0 else None


def drop_from_page_cache(path: Path) -> str:
    """Drop the (already synced) file from the page cache; returns the method that worked."""
    small = path.stat().st_size // 20
    if hasattr(os, "posix_fadvise"):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
        left = resident_bytes(path)
        if left is None:
            return "fadvise-unverified"
        if left <= small:
            return "fadvise"
    with contextlib.suppress(OSError):
        Path("/proc/sys/vm/drop_caches").write_text("1")  # the page cache only, machine-wide
        left = resident_bytes(path)
        if left is not None and left <= small:
            return "drop_caches"
    return "none"


def prepare(seeded: Path, data_dir: Path, case: Case) -> str:
    """A data folder for one run: settings, a synced copy of the history, maybe the marker.

    Returns how the history was dropped from the page cache (``warm`` when it was not).
    """
    data_dir.joinpath("settings.json").write_text(json.dumps({"notice_acknowledged": True}))
    history = data_dir / HISTORY_NAME
    shutil.copyfile(seeded, history)
    with history.open("rb+") as stream:
        os.fsync(stream.fileno())  # fadvise cannot drop dirty pages
    if case.unclean:
        data_dir.joinpath(MARKER_NAME).touch()
    if case.cold:
        return drop_from_page_cache(history)
    with history.open("rb") as stream:  # warm: every page read once
        while stream.read(1 << 20):
            pass
    return "warm"


def run_child(tree: Path, case: Case, data_dir: Path, runtime_dir: Path) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(tree),  # ahead of the environment's editable install
        XDG_RUNTIME_DIR=str(runtime_dir),
    )
    command = [sys.executable, str(Path(__file__).resolve()), "--child", case.tree, str(data_dir)]
    done = subprocess.run(
        command, env=env, cwd=tree, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line.removeprefix(RESULT))
    raise RuntimeError(
        f"{case.name} ({tree}) exited with {done.returncode} without figures:\n{done.stderr}"
    )


def main(runs: int, seeded: Path, rows: int, before: str) -> None:
    if not seeded.exists():
        from history_scale import seed_history  # here only: see the note on the imports

        seeded.parent.mkdir(parents=True, exist_ok=True)
        partial = seeded.with_name(f"{seeded.name}.partial")
        partial.unlink(missing_ok=True)
        seed_history(partial, rows)
        partial.rename(seeded)
    cases = [
        Case("clean_warm", unclean=False, cold=False),
        Case("clean_cold", unclean=False, cold=True),
        Case("unclean_warm", unclean=True, cold=False),
        Case("unclean_cold", unclean=True, cold=True),
    ]
    if before:
        cases += [
            Case("before_warm", unclean=True, cold=False, tree="old"),
            Case("before_cold", unclean=True, cold=True, tree="old"),
        ]
    drops: set[str] = set()
    with contextlib.ExitStack() as stack:
        trees = {"new": REPOSITORY}
        if before:
            from startup_time import worktree  # here only: see the note on the imports

            trees["old"] = stack.enter_context(worktree(before))
        for tree in trees.values():
            compileall.compile_dir(tree / "acupress_gui", quiet=1)
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="startup-block-")))
        runtime_dir = scratch / "runtime"
        runtime_dir.mkdir(mode=0o700)
        for _ in range(runs):  # interleaved, so drift affects all alike
            for case in cases:
                data_dir = Path(tempfile.mkdtemp(dir=scratch, prefix=f"{case.name}-"))
                drop = prepare(seeded, data_dir, case)
                if case.cold:
                    drops.add(drop)
                figures = run_child(trees[case.tree], case, data_dir, runtime_dir)
                if figures["checked"] != case.unclean:
                    raise RuntimeError(f"{case.name}: integrity check ran: {figures['checked']}")
                case.figures.append(figures)
                shutil.rmtree(data_dir)
    report(runs, rows, seeded, before, drops, {case.name: case for case in cases})


def report(
    runs: int, rows: int, seeded: Path, before: str, drops: set[str], cases: dict[str, Case]
) -> None:
    def median(case: str, figure: str) -> str:
        return f"{statistics.median(f[figure] for f in cases[case].figures):.0f}"

    scale = f"{rows // 1_000_000}m" if rows % 1_000_000 == 0 else str(rows)
    print(f"rows={rows}")
    print(f"history_file_mib={seeded.stat().st_size / 2**20:.1f}")
    print(f"cache_drop={'+'.join(sorted(drops))}")
    print(f"runs={runs}")
    print(f"startup_block_{scale}_clean_warm_ms={median('clean_warm', 'stall_ms')}")
    print(f"startup_block_{scale}_clean_cold_ms={median('clean_cold', 'stall_ms')}")
    print(f"startup_block_{scale}_warm_ms={median('unclean_warm', 'stall_ms')}")
    print(f"history_open_{scale}_clean_warm_ms={median('clean_warm', 'open_ms')}")
    print(f"history_open_{scale}_clean_cold_ms={median('clean_cold', 'open_ms')}")
    print(f"history_open_{scale}_unclean_warm_ms={median('unclean_warm', 'open_ms')}")
    if before:
        print(f"before_commit={before}")
        print(f"before_startup_block_{scale}_warm_ms={median('before_warm', 'stall_ms')}")
        print(f"before_history_open_{scale}_warm_ms={median('before_warm', 'open_ms')}")
        print(f"before_history_open_{scale}_cold_ms={median('before_cold', 'open_ms')}")
        print(f"before_startup_block_{scale}_cold_ms={median('before_cold', 'stall_ms')}")
    print(f"history_open_{scale}_unclean_cold_ms={median('unclean_cold', 'open_ms')}")
    worst = max(f["stall_ms"] for f in cases["unclean_cold"].figures)
    print(f"startup_block_{scale}_cold_max_ms={worst:.0f}")
    print(f"startup_block_{scale}_cold_ms={median('unclean_cold', 'stall_ms')}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--seeded",
        type=Path,
        default=Path(tempfile.gettempdir(), "acupress-bench", "seeded-1m.sqlite3"),
        help="the seeded history, made here first if it is not there (each run copies it)",
    )
    parser.add_argument("--rows", type=int, default=1_000_000, help="holds to seed")
    parser.add_argument("--before", default=BEFORE, metavar="REF", help="'' to skip")
    parser.add_argument("--child", nargs=2, metavar=("TREE", "DATA_DIR"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child[0], Path(options.child[1]))
    else:
        main(options.runs, options.seeded, options.rows, options.before)
