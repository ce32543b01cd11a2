"""What the start-up check (bootstrap/preflight.py) adds to a start on X11.

The check loads Qt's X11 plugin, and with it Qt's own libraries, which the start loads
next anyway; so its own time overstates what it costs. Each run starts two fresh
processes on an X server, interleaved: one imports the check and runs it, then creates
the QApplication; the other only creates the QApplication. Both first import what
``app.py`` imports besides the check.

- ``preflight_ms``: the check alone (median);
- ``preflight_import_ms``: importing the module, with the package list reader (median);
- ``preflight_net_ms``: the checked start minus the unchecked one started just before it,
  up to a QApplication on the display (median of those differences, so drift in the
  machine's load cancels): the headline, how much longer a person waits for the window.

Needs Xvfb (started here when DISPLAY is not set). Usage: python benchmarks/preflight_cost.py [RUNS]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys

from startup_time import REPOSITORY, x_display

PROBE = """
import sys, time
started = time.perf_counter()
import acupress_gui.bootstrap.cli, acupress_gui.bootstrap.diagnostics, acupress_gui.core.paths
imported = checked = 0.0
if sys.argv[1] == "checked":
    before = time.perf_counter()
    from acupress_gui.bootstrap.preflight import check_window
    imported = time.perf_counter() - before
    window = check_window(["-platform", "xcb"])
    assert window.problem is None, window.problem.message()
    checked = time.perf_counter() - before - imported
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-platform", "xcb"])
ready = time.perf_counter()
print(imported, checked, ready - started)
"""


def probe(mode: str, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds: importing the check's module, the check, and the start up to QApplication."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        cwd=REPOSITORY,  # this tree's acupress_gui
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"the {mode} probe failed:\n{result.stderr}")
    imported, checked, total = (float(word) for word in result.stdout.split())
    return imported, checked, total


def main(runs: int) -> None:
    compileall.compile_dir(REPOSITORY / "acupress_gui", quiet=1)
    checked: list[tuple[float, float, float]] = []
    unchecked: list[float] = []
    with x_display() as env:
        probe("checked", env)  # warms the page cache
        probe("unchecked", env)
        for _ in range(runs):
            unchecked.append(probe("unchecked", env)[2])
            checked.append(probe("checked", env))
    print(f"runs={runs}")
    print(f"preflight_import_ms={statistics.median(run[0] for run in checked) * 1000:.1f}")
    print(f"preflight_ms={statistics.median(run[1] for run in checked) * 1000:.1f}")
    checked_ms = statistics.median(run[2] for run in checked) * 1000
    unchecked_ms = statistics.median(unchecked) * 1000
    differences = (run[2] - alone for run, alone in zip(checked, unchecked, strict=True))
    print(f"start_to_qapplication_checked_ms={checked_ms:.1f}")
    print(f"start_to_qapplication_unchecked_ms={unchecked_ms:.1f}")
    print(f"preflight_net_ms={statistics.median(differences) * 1000:.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int, nargs="?", default=41)
    main(parser.parse_args().runs)
