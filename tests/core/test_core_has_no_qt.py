"""The core runs where Qt cannot even be imported (a command line, a kiosk admin tool)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
for blocked in ("PySide6", "shiboken6", "pyqtgraph"):
    sys.modules[blocked] = None  # any import of it now raises ImportError
import pkgutil, importlib, acupress_gui.core as core
for module in pkgutil.iter_modules(core.__path__):
    importlib.import_module(f"acupress_gui.core.{module.name}")
from acupress_gui.core.catalog import load_catalog
print(len(load_catalog().entries))
"""


def test_core_imports_and_loads_the_catalog_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 20
