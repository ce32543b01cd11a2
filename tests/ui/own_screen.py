"""Running some of a module's tests again on a screen of another size or dpi: the
offscreen platform reads its one screen from a file when it starts, so they need a
process of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def run_on_screen(
    folder: Path,
    size: tuple[int, int],
    dpi: int,
    tests: Sequence[str],
    marker: tuple[str, str],
    passed: int,
) -> None:
    """Run ``tests`` (pytest node ids) offscreen on a ``size`` screen of ``dpi``, with
    ``marker`` (a name and a value) in their environment so they know where they run;
    all must pass, ``passed`` of them (a parametrized test counts once a case)."""
    width, height = size
    screen = folder / "screen.json"
    geometry = {"x": 0, "y": 0, "width": width, "height": height}
    density = {"logicalDpi": dpi, "logicalBaseDpi": dpi, "dpr": 1}
    screen.write_text(json.dumps({"screens": [{"name": "own", **geometry, **density}]}))
    name, value = marker
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", name: value}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert f"{passed} passed" in run.stdout, run.stdout[-2000:]
