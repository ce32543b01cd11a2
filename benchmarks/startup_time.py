"""Launch-to-window time of AcuPress next to a bare PySide6 window, measured the same way.

Each run starts a process on an X server and polls with xdotool until a window with
the expected title is mapped; the time from spawn to that moment is the figure. The
bare window is the floor (interpreter + Qt start-up), so the ratio is what AcuPress
adds, and it is comparable across noisy machines. Needs Xvfb and xdotool; starts its
own Xvfb when DISPLAY is not set. Prints ``name=value`` lines.

``--against REF`` also times the app as it was at the git commit REF (checked out into
a temporary worktree, run with this environment's dependencies), interleaved with the
others, so "did start-up get slower?" is answered within one run on one machine.

Usage: python benchmarks/startup_time.py [RUNS] [--against REF]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.setWindowTitle('BareWindow'); w.resize(800, 600); w.show()\n"
    "app.exec()\n"
)


def time_to_window(
    command: list[str], title: str, env: dict[str, str], cwd: Path | None = None
) -> float:
    """Seconds from spawning ``command`` until a visible window titled ``title`` exists."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            if process.poll() is not None:
                errors = process.stderr.read().decode(errors="replace")
                raise RuntimeError(f"{command[0]} exited with {process.returncode}:\n{errors}")
            if time.perf_counter() - started > 30:
                raise RuntimeError(f"no window titled {title!r} after 30 s")
            time.sleep(0.01)
    finally:
        process.kill()
        process.wait()


@contextlib.contextmanager
def worktree(ref: str) -> Iterator[Path]:
    """The repository at ``ref``, checked out in a temporary folder for the duration."""
    repository = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "baseline"
        subprocess.run(
            ["git", "-C", str(repository), "worktree", "add", "--detach", str(folder), ref],
            check=True,
            capture_output=True,
        )
        try:
            yield folder
        finally:
            subprocess.run(
                ["git", "-C", str(repository), "worktree", "remove", "--force", str(folder)],
                check=True,
                capture_output=True,
            )


def main(runs: int, against: str | None) -> None:
    with contextlib.ExitStack() as stack:
        baseline = stack.enter_context(worktree(against)) if against else None
        measure(runs, against, baseline)


def measure(runs: int, against: str | None, baseline: Path | None) -> None:
    for tool in ("xdotool", "Xvfb"):
        if shutil.which(tool) is None:
            sys.exit(f"needs {tool} (apt-get install xvfb xdotool)")
    xvfb = None
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    if "DISPLAY" not in os.environ:
        # -noreset: by default the server resets when its last client leaves, and a
        # launch that connects during the reset fails. -displayfd picks a free display.
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                "1",
                "-noreset",
                "-screen",
                "0",
                "1600x1000x24",
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        env["DISPLAY"] = f":{xvfb.stdout.readline().strip()}"
    app = Path(sys.executable).with_name("acupress-gui")
    # An installed app runs from bytecode that pip compiled; with PYTHONDONTWRITEBYTECODE
    # set (as on these machines) every launch would compile every module from source.
    import acupress_gui

    for tree in (Path(acupress_gui.__file__).parent, baseline):
        if tree is not None:
            compileall.compile_dir(tree, quiet=1)
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            Path(data_dir, "settings.json").write_text(json.dumps({"notice_acknowledged": True}))
            app_command = [str(app), "--data-dir", data_dir]
            bare_command = [sys.executable, "-c", BARE_WINDOW]
            # "python -m" puts its working folder first on sys.path: run it in the worktree.
            old_command = [sys.executable, "-m", "acupress_gui", "--data-dir", data_dir]
            # One unmeasured launch of each warms the page cache.
            time_to_window(app_command, "AcuPress", env)
            time_to_window(bare_command, "BareWindow", env)
            if baseline:
                time_to_window(old_command, "AcuPress", env, baseline)
            app_times, bare_times, old_times = [], [], []
            for _ in range(runs):  # interleaved, so drift affects all alike
                app_times.append(time_to_window(app_command, "AcuPress", env))
                bare_times.append(time_to_window(bare_command, "BareWindow", env))
                if baseline:
                    old_times.append(time_to_window(old_command, "AcuPress", env, baseline))
    finally:
        if xvfb is not None:
            xvfb.kill()
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"runs={runs}")
    print(f"bare_pyside6_window_median_ms={bare_ms:.0f}")
    print(f"acupress_window_median_ms={app_ms:.0f}")
    print(f"acupress_window_max_ms={max(app_times) * 1000:.0f}")
    print(f"startup_ratio_vs_bare={app_ms / bare_ms:.2f}")
    if old_times:
        old_ms = statistics.median(old_times) * 1000
        print(f"baseline_{against}_median_ms={old_ms:.0f}")
        print(f"startup_ratio_vs_baseline={app_ms / old_ms:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int, nargs="?", default=9)
    parser.add_argument("--against", metavar="REF", help="also time the app at this commit")
    options = parser.parse_args()
    main(options.runs, options.against)
