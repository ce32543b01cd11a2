"""Launch-to-window time of AcuPress, first start and returning user's, next to a bare window.

Each run starts a process on an X server and polls with xdotool until a window with the
expected title is mapped; the time from spawn to that moment is the figure. Two kinds of
AcuPress start are timed, each in a data folder of its own made afresh for every launch:

- ``first_start``: an empty folder, so no settings file: the first-run notice opens as a
  modal over the window (the window titled "AcuPress" is mapped all the same), and a new
  history file is created;
- ``returning_start``: a folder whose settings acknowledge the notice, with a history of
  ``HISTORY_HOLDS`` holds in the store's own format, closed cleanly (no marker file, so no
  integrity check): what a person sees every day.

The bare PySide6 window is the floor (interpreter + Qt start-up), so each ratio is what
AcuPress adds, comparable across noisy machines. The headline, printed last as
``startup_ratio``, is the returning user's start over the bare window: it is the start
people meet every day, while a first start happens once per machine.

The app runs as ``python -m acupress_gui`` in the repository this script belongs to, so
that tree's code runs whatever the environment's editable install points at. Bytecode is
compiled first: with PYTHONDONTWRITEBYTECODE set (as on these machines) every launch would
otherwise compile every module from source, which an installed app never does. Needs Xvfb
and xdotool; starts its own Xvfb when DISPLAY is not set. When a launch fails or no window
appears, the error names the command and shows what the process wrote to stderr.

``--against REF`` also times both kinds with the app as it was at the git commit REF
(checked out into a temporary worktree, run with this environment's dependencies),
interleaved with the others, so "did start-up get slower?" is answered within one run on
one machine.

Prints ``name=value`` lines. Usage: python benchmarks/startup_time.py [RUNS] [--against REF]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from history_scale import seed_history

REPOSITORY = Path(__file__).resolve().parent.parent
HISTORY_HOLDS = 200
WINDOW_TIMEOUT_S = 30
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.setWindowTitle('BareWindow'); w.resize(800, 600); w.show()\n"
    "app.exec()\n"
)


class LaunchFailedError(RuntimeError):
    """The process ended, or showed no window in time; the message carries its stderr."""


def time_to_window(
    command: list[str], title: str, env: dict[str, str], cwd: Path | None = None
) -> float:
    """Seconds from spawning ``command`` until a visible window titled ``title`` exists."""
    # A file rather than a pipe: a chatty process can never block on a full pipe.
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors
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
                    problem = f"exited with {process.returncode}"
                    break
                if time.perf_counter() - started > WINDOW_TIMEOUT_S:
                    problem = f"showed no window titled {title!r} after {WINDOW_TIMEOUT_S} s"
                    break
                time.sleep(0.01)
        finally:
            process.kill()
            process.wait()
        errors.seek(0)
        written = errors.read().decode(errors="replace").strip() or "(nothing on stderr)"
    raise LaunchFailedError(
        f"{shlex.join(command)} (in {cwd or os.getcwd()}) {problem}:\n{written}"
    )


@dataclass
class Launcher:
    """One kind of launch: how to prepare its data folder, and the times measured so far."""

    name: str
    title: str
    command: Callable[[Path], list[str]]
    """The command line, given a fresh data folder."""
    prepare: Callable[[Path], None]
    """Fills the fresh data folder before the launch (not timed)."""
    cwd: Path | None = None
    times: list[float] = field(default_factory=list)

    def launch(self, scratch: Path, env: dict[str, str]) -> float:
        data_dir = Path(tempfile.mkdtemp(dir=scratch, prefix=f"{self.name}-"))
        self.prepare(data_dir)
        return time_to_window(self.command(data_dir), self.title, env, self.cwd)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000


def returning_user_folder(template: Path) -> None:
    """Settings acknowledging the notice, and a history closed cleanly by its store."""
    template.joinpath("settings.json").write_text(json.dumps({"notice_acknowledged": True}))
    seed_history(template / "history.sqlite3", HISTORY_HOLDS)


@contextlib.contextmanager
def worktree(ref: str) -> Iterator[Path]:
    """The repository at ``ref``, checked out in a temporary folder for the duration."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "baseline"
        subprocess.run(
            ["git", "-C", str(REPOSITORY), "worktree", "add", "--detach", str(folder), ref],
            check=True,
            capture_output=True,
        )
        try:
            yield folder
        finally:
            subprocess.run(
                ["git", "-C", str(REPOSITORY), "worktree", "remove", "--force", str(folder)],
                check=True,
                capture_output=True,
            )


@contextlib.contextmanager
def x_display() -> Iterator[dict[str, str]]:
    """The environment to launch real (xcb) windows in, on our own Xvfb if there is no display."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    if "DISPLAY" in os.environ:
        yield env
        return
    # -noreset: by default the server resets when its last client leaves, and a launch
    # that connects during the reset fails. -displayfd picks a free display.
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert xvfb.stdout is not None  # piped above
        env["DISPLAY"] = f":{xvfb.stdout.readline().strip()}"
        yield env
    finally:
        xvfb.kill()
        xvfb.wait()


def main(runs: int, against: str | None) -> None:
    for tool in ("xdotool", "Xvfb"):
        if shutil.which(tool) is None:
            sys.exit(f"needs {tool} (apt-get install xvfb xdotool)")
    with contextlib.ExitStack() as stack:
        baseline = stack.enter_context(worktree(against)) if against else None
        env = stack.enter_context(x_display())
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        template = scratch / "returning-template"
        template.mkdir()
        returning_user_folder(template)

        def returning(data_dir: Path) -> None:
            shutil.copytree(template, data_dir, dirs_exist_ok=True)

        def first(data_dir: Path) -> None:
            """The folder stays empty: no settings, no history."""

        def app_command(data_dir: Path) -> list[str]:
            # "python -m" puts its working folder first on sys.path: run it in the tree.
            return [sys.executable, "-m", "acupress_gui", "--data-dir", str(data_dir)]

        trees = {"": REPOSITORY} | ({"baseline_": baseline} if baseline else {})
        launchers = [
            Launcher("bare", "BareWindow", lambda _: [sys.executable, "-c", BARE_WINDOW], first)
        ]
        for prefix, tree in trees.items():
            compileall.compile_dir(tree / "acupress_gui", quiet=1)
            launchers += [
                Launcher(f"{prefix}first_start", "AcuPress", app_command, first, tree),
                Launcher(f"{prefix}returning_start", "AcuPress", app_command, returning, tree),
            ]
        for launcher in launchers:  # one unmeasured launch of each warms the page cache
            launcher.launch(scratch, env)
        for _ in range(runs):  # interleaved, so drift affects all alike
            for launcher in launchers:
                launcher.times.append(launcher.launch(scratch, env))
    report(runs, against, {launcher.name: launcher for launcher in launchers})


def report(runs: int, against: str | None, launched: dict[str, Launcher]) -> None:
    bare_ms = launched["bare"].median_ms
    print(f"runs={runs}")
    print(f"history_holds={HISTORY_HOLDS}")
    print(f"bare_pyside6_window_median_ms={bare_ms:.0f}")
    for kind in ("first_start", "returning_start"):
        app = launched[kind]
        print(f"{kind}_median_ms={app.median_ms:.0f}")
        print(f"{kind}_max_ms={max(app.times) * 1000:.0f}")
        print(f"{kind}_ratio_vs_bare={app.median_ms / bare_ms:.2f}")
        if against:
            old = launched[f"baseline_{kind}"]
            print(f"baseline_{against}_{kind}_median_ms={old.median_ms:.0f}")
            print(f"{kind}_ratio_vs_baseline={app.median_ms / old.median_ms:.2f}")
    print(f"startup_ratio={launched['returning_start'].median_ms / bare_ms:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int, nargs="?", default=9)
    parser.add_argument("--against", metavar="REF", help="also time the app at this commit")
    options = parser.parse_args()
    main(options.runs, options.against)
