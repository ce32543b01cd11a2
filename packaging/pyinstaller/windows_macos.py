"""What the Windows and the macOS specs share: the app's names and what goes into it.

The specs are built only on those systems (in hosted CI, `.github/workflows/build.yml`);
here they are checked by `tests/packaging`, which runs them against stand-ins for
PyInstaller's classes. The modules left out are the Linux bundle's
(``bundle_contents.EXCLUDED_MODULES``): the app imports the same modules everywhere.
Qt's plugins are not pruned here as they are for Linux: what each system can do without
has not been measured on it yet, and a missing plugin fails only at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

APP_NAME = "AcuPress"
"""The folder, the ``.app``, the Start-menu entry and the name a person sees."""
APP_ID = "io.github.acupress.AcuPress"
"""The reverse-DNS id, also the macOS bundle identifier."""
GUI_EXECUTABLE = "acupress-gui"
"""The windowed program (no console on Windows)."""
CLI_EXECUTABLE = "acupress-cli"
"""Windows only: the same program with a console, so its output can be read."""
COPYRIGHT = "Copyright (c) 2026 AcuPress developers. MIT License."

PACKAGING = Path(__file__).resolve().parent.parent
REPOSITORY = PACKAGING.parent
LAUNCHER = PACKAGING / "pyinstaller" / "acupress_launcher.py"


def app_version() -> str:
    """``acupress_gui.__version__`` of this tree, read without importing the package.

    The build's venv may have another tree's ``acupress_gui`` installed.
    """
    source = (REPOSITORY / "acupress_gui" / "__init__.py").read_text(encoding="utf-8")
    for statement in ast.parse(source).body:
        if (
            isinstance(statement, ast.Assign)
            and [getattr(target, "id", None) for target in statement.targets] == ["__version__"]
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            return statement.value.value
    raise LookupError("acupress_gui/__init__.py has no __version__ = '...' line")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` as ``(0, 1, 0, 0)``: Windows' version resource takes four numbers.

    Refuses anything else (``0.2.0rc1``): Windows and macOS read versions as numbers.
    """
    parts = version.split(".")
    if not 1 <= len(parts) <= 4 or not all(part.isdigit() for part in parts):
        raise ValueError(f"{version!r} is not up to four numbers separated by dots")
    numbers = [int(part) for part in parts] + [0] * (4 - len(parts))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def analysis_arguments() -> dict[str, Any]:
    """The arguments of ``Analysis``: the same entry point and contents as on Linux."""
    import bundle_contents  # beside this file; the spec puts the folder on sys.path
    from PyInstaller.utils.hooks import collect_data_files, collect_submodules

    return {
        "scripts": [str(LAUNCHER)],
        "pathex": [str(REPOSITORY)],  # this tree's acupress_gui, whatever the venv has
        # Read with importlib.resources from a name in a string, which PyInstaller
        # cannot follow: the catalog, the cue sounds, the stylesheet.
        "datas": collect_data_files("acupress_gui.resources"),
        # Many modules are imported inside functions; pyqtgraph loads QtOpenGL through
        # importlib, which PyInstaller cannot see.
        "hiddenimports": [
            *collect_submodules("acupress_gui"),
            "PySide6.QtOpenGL",
            "PySide6.QtOpenGLWidgets",
        ],
        "excludes": list(bundle_contents.EXCLUDED_MODULES),
    }
