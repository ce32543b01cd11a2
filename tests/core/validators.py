"""The freedesktop validators, run when installed: a skip with the reason where they are
missing, a failure instead when ``CI=true`` (CI installs them)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def validate(tool: str, *arguments: str | Path) -> str:
    """Run ``tool`` and return what it printed; the test fails if it finds a problem."""
    if shutil.which(tool) is None:
        reason = f"{tool} is not installed (apt-get install {PACKAGES[tool]})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true, so this check may not be skipped")
        pytest.skip(reason)
    result = subprocess.run(
        [tool, *map(str, arguments)], capture_output=True, text=True, check=False, timeout=60
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output
