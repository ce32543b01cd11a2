"""Fixtures for the tests of the built one-folder app (``make bundle-check``)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The built app folder, from ``ACUPRESS_BUNDLE``; without it there is nothing to test
    (``make bundle-check`` builds it and sets it), so the test skips, on CI too."""
    folder = os.environ.get("ACUPRESS_BUNDLE")
    if not folder:
        pytest.skip("no bundle given: make bundle-check builds one and runs these")
    path = Path(folder).resolve()
    assert (path / "acupress-gui").is_file(), f"{path} holds no acupress-gui"
    return path


@pytest.fixture
def display(xvfb) -> str:
    """The Xvfb display started by pytest-xvfb; skip without one, but never on CI."""
    if xvfb is None or shutil.which("xdotool") is None:
        reason = "the bundle's window tests need Xvfb and xdotool (apt-get install xvfb xdotool)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true, so they may not be skipped")
        pytest.skip(reason)
    return f":{xvfb.display}"
