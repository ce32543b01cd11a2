"""Launch-to-window time of the one-folder app against ``python -m acupress_gui``.

Both start as a returning user (``startup_time.returning_user_folder``: the notice
acknowledged, a history of 200 holds), each in a data folder made afresh for every
launch, interleaved, with one unmeasured launch of each first to warm the page cache.
The time is measured as ``startup_time.py`` does: from spawn until a visible window
titled "AcuPress" is mapped. The source runs in this repository with this interpreter
(a venv's, from ``make bundle-check``), its bytecode compiled first: with
PYTHONDONTWRITEBYTECODE set every launch would otherwise compile the app from source,
while the bundle carries compiled bytecode.

Prints ``name=value`` lines, ``bundle_start_ratio`` (bundle / source median) last.
Usage: python benchmarks/bundle_start.py [BUNDLE_FOLDER] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

from startup_time import REPOSITORY, Launcher, returning_user_folder, x_display


def main(bundle: Path, runs: int) -> None:
    executable = bundle.resolve() / "acupress-gui"
    if not executable.is_file():
        sys.exit(f"no {executable}: build it with make bundle")
    for tool in ("xdotool", "Xvfb"):
        if shutil.which(tool) is None:
            sys.exit(f"needs {tool} (apt-get install xvfb xdotool)")
    compileall.compile_dir(REPOSITORY / "acupress_gui", quiet=1)
    with contextlib.ExitStack() as stack:
        env = stack.enter_context(x_display())
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        template = scratch / "returning-template"
        template.mkdir()
        returning_user_folder(template)

        def returning(data_dir: Path) -> None:
            shutil.copytree(template, data_dir, dirs_exist_ok=True)

        source = Launcher(
            "source",
            "AcuPress",
            lambda data_dir: [sys.executable, "-m", "acupress_gui", "--data-dir", str(data_dir)],
            returning,
            REPOSITORY,  # "python -m" puts its working folder first on sys.path
        )
        bundled = Launcher(
            "bundle",
            "AcuPress",
            lambda data_dir: [str(executable), "--data-dir", str(data_dir)],
            returning,
        )
        launchers = (source, bundled)
        for launcher in launchers:
            launcher.launch(scratch, env)
        for _ in range(runs):
            for launcher in launchers:
                launcher.times.append(launcher.launch(scratch, env))
    print(f"runs={runs}")
    for launcher in launchers:
        print(f"{launcher.name}_start_median_ms={launcher.median_ms:.0f}")
        print(f"{launcher.name}_start_max_ms={max(launcher.times) * 1000:.0f}")
    print(f"bundle_start_ratio={bundled.median_ms / source.median_ms:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=REPOSITORY / "dist" / "AcuPress")
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    main(options.bundle, options.runs)
