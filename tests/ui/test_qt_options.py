"""Qt's own options on the command line reach QApplication and take effect."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from acupress_gui.bootstrap.cli import parse_args

options = parse_args(sys.argv[1:])
app = QApplication([sys.argv[0], *options.qt_arguments])
print(app.platformName(), app.isRightToLeft(), app.style().name(), options.data_dir)
"""


def test_qt_options_from_the_command_line_take_effect() -> None:
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    arguments = ["-platform", "offscreen", "--data-dir", "/srv/kiosk", "-reverse"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments, "-style", "windows"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["offscreen", "True", "windows", "/srv/kiosk"]
