"""Shared fixtures: every user folder points at tmp_path, and Qt runs offscreen.

The environment is set before anything imports Qt, so in-process tests never need a
display; the real-window tests start their own process on Xvfb instead.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# A 1600 x 1000 offscreen screen (the default is 800 x 800, smaller than the window).
_SCREEN = Path(tempfile.mkdtemp(prefix="acupress-screen-")) / "offscreen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "test", "x": 0, "y": 0, "width": 1600, "height": 1000,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# Qt warns when XDG_RUNTIME_DIR is missing or shared; give it a private one.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="acupress-runtime-")
# The app follows the system's language: the tests read English whatever this machine's is
# (the language tests choose theirs), and the apps they start in real windows too.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"

import pytest  # noqa: E402 (after the environment is set)
from hypothesis import HealthCheck, settings  # noqa: E402

# Generated-input tests run a few hundred cases in `make test` and thousands in
# `make torture` (HYPOTHESIS_PROFILE=torture), which is not part of the normal run.
settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "torture", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

from acupress_gui.core.catalog import Catalog, load_catalog  # noqa: E402
from tests import capabilities  # noqa: E402


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Switch pytest-qt off where Qt's widgets cannot load, before it imports them.

    Its pytest_configure imports QtWidgets, and that ImportError (no libEGL, say) would
    end the whole run with an INTERNALERROR; this way the core tests still run and each
    Qt test module skips with the reason. Its ini options are already declared by now.
    """
    if capabilities.qt_widgets() is not None:
        pluginmanager.unregister(name="pytest-qt")


def pytest_report_header() -> list[str]:
    reason = capabilities.qt_widgets()
    return [] if reason is None else [f"pytest-qt is off: {reason}"]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """``@pytest.mark.requires(...)``: skip (fail with CI=true) before any fixture runs."""
    for marker in item.iter_markers("requires"):
        capabilities.require(*marker.args)


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


CENTRAL_EUROPE = "CET-1CEST,M3.5.0,M10.5.0/3"
"""A POSIX zone (no tz database needed): clocks go forward on 29 March 2026 at 02:00."""


def _local_zone(zone: str) -> Iterator[None]:
    """Make ``zone`` the process's local time (Python's and SQLite's 'localtime'), then
    give the process its own zone back."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset (not on Windows)")
    previous = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


@pytest.fixture
def central_europe() -> Iterator[None]:
    yield from _local_zone(CENTRAL_EUROPE)


@pytest.fixture
def local_utc() -> Iterator[None]:
    """Local days are UTC days, whatever the machine's zone."""
    yield from _local_zone("UTC0")
