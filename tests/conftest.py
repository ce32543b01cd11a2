"""Shared fixtures: every user folder points at tmp_path, and Qt runs offscreen.

The environment is set before anything imports Qt, so in-process tests never need a
display; the real-window tests start their own process on Xvfb instead.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# Qt warns when XDG_RUNTIME_DIR is missing or shared; give it a private one.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="acupress-runtime-")

import pytest

from acupress_gui.core.catalog import Catalog, load_catalog


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at tmp_path: no test touches a real home."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    return home


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()
