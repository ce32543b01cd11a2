"""What this machine gives the tests, found out by trying to load it.

Each probe returns None when its part loads, or the reason it does not, naming the
library and its Debian/Ubuntu package where it can. The package manager is not asked:
it cannot see a library hidden, broken or never installed through it. A test says what
it needs with ``@pytest.mark.requires("xcb_plugin", ...)`` (the root conftest checks
the marker before the test's fixtures); without it, the test skips with the reason.
With ``CI=true`` it fails instead: CI installs everything (``.ci/run``), so a skip
there would hide a broken set-up.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NoReturn

import pytest

from acupress_gui.bootstrap.system_packages import package_for_library

SONAME = re.compile(r"([\w.+-]+\.so(?:\.\d+)*)")


def with_package(error: str) -> str:
    """A loader's error, with the package of the library it names."""
    for soname in SONAME.findall(error):
        package = package_for_library(soname)
        if package is not None:
            return f"{error} (Debian/Ubuntu package {package.name})"
    return error


@cache
def qt_widgets() -> str | None:
    """Qt's widgets (PySide6.QtWidgets: libEGL, libGL, fontconfig, ...)."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        return with_package(f"Qt's widgets cannot load: {error}")
    return None


@cache
def qt_multimedia() -> str | None:
    """QtMultimedia, which plays the cues (needs libpulse)."""
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError as error:
        return with_package(f"QtMultimedia cannot load: {error}")
    return None


AUDIO_OUTPUTS = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
app.setLibraryPaths([])  # no media backend: the audio devices alone, as the cues use
from PySide6.QtMultimedia import QMediaDevices
print(len(QMediaDevices.audioOutputs()))
"""


@cache
def audio_output() -> str | None:
    """A device to play on: a sound server with an output (CI's is a silent one).

    Asked in a fresh process (0.1 s), which needs its own Qt application: this one has
    none before the test's fixtures make it.
    """
    if (reason := qt_multimedia()) is not None:
        return reason
    asked = subprocess.run(
        [sys.executable, "-c", AUDIO_OUTPUTS],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if asked.returncode != 0:
        return f"could not list the audio devices: {_last_line(asked.stderr)}"
    if asked.stdout.split()[-1:] == ["0"]:
        return "no audio output device (.ci/run starts PulseAudio with a silent sink)"
    return None


def _last_line(output: str) -> str:
    """Where a Python process that failed says why."""
    return (output.strip().splitlines() or ["it ended without a word"])[-1]


LOAD_LIBRARY = "import ctypes, sys; ctypes.CDLL(sys.argv[1])"


@cache
def xcb_plugin() -> str | None:
    """Qt's X11 platform plugin and every library it links (the libxcb-* family).

    Loaded in a fresh process: a library loaded here stays loaded (it cannot be
    unloaded), and the offscreen tests must not run with the X11 stack in them.
    """
    # The app's own check (bootstrap/preflight.py) loads the plugin into its process,
    # which the test process must not do; the names it gives are the same.
    if (reason := qt_widgets()) is not None:
        return reason
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return f"no xcb platform plugin in {plugins} (X11 is for Linux)"
    loaded = subprocess.run(
        [sys.executable, "-c", LOAD_LIBRARY, str(plugin)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if loaded.returncode != 0:
        error = _last_line(loaded.stderr).removeprefix("OSError: ")
        return with_package(f"Qt's xcb platform plugin cannot load: {error}")
    return None


@cache
def display_server() -> str | None:
    """An X server of the tests' own: the Xvfb that pytest-xvfb starts at configure."""
    import pytest_xvfb

    if pytest_xvfb.xvfb_instance is not None:
        return None
    if shutil.which("Xvfb") is None:
        return "no Xvfb to open real windows on (Debian/Ubuntu package xvfb)"
    return "pytest-xvfb did not start Xvfb (--no-xvfb?)"


@cache
def window_manager() -> str | None:
    """Xvfb and openbox: an X server of a test's own with a window manager on it, which
    sends close requests, makes windows full screen and has keys of its own (the kiosk's
    real-window test)."""
    lacking = [
        f"{tool} (Debian/Ubuntu package {package})"
        for tool, package in (("Xvfb", "xvfb"), ("openbox", "openbox"))
        if shutil.which(tool) is None
    ]
    if lacking:
        return f"no {' or '.join(lacking)} for a desktop with a window manager"
    return None


@cache
def xdotool() -> str | None:
    """xdotool, which finds the real window and types into it."""
    if shutil.which("xdotool") is None:
        return "no xdotool to drive the real window (Debian/Ubuntu package xdotool)"
    return None


SPEECH_ENGINE = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtTextToSpeech import QTextToSpeech
app = QCoreApplication([])
engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
if not engines:
    sys.exit("no speech engine plugin loads")
speech = QTextToSpeech(engines[0])
if speech.state() is QTextToSpeech.State.Error:
    sys.exit(f"the {engines[0]} speech engine does not work: {speech.errorString()}")
if not speech.availableVoices():
    sys.exit(f"the {engines[0]} speech engine has no voices")
"""
SPEECH_PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng"


@cache
def speech_engine() -> str | None:
    """A speech engine for QtTextToSpeech with at least one voice (speech-dispatcher with
    eSpeak NG on Debian and Ubuntu).

    Asked in a fresh process: making the engine holds Python's lock for seconds, and a
    speech-dispatcher that cannot play never answers (hence the timeout).
    """
    try:
        asked = subprocess.run(
            [sys.executable, "-c", SPEECH_ENGINE],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "the speech engine did not answer within a minute (no sound server?)"
    if asked.returncode != 0:
        return f"{_last_line(asked.stderr)} (Debian/Ubuntu packages {SPEECH_PACKAGES})"
    return None


@cache
def poppler() -> str | None:
    """pdftoppm and pdftotext, which read a handout's PDF back as pages and as text."""
    lacking = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    if lacking:
        return (
            f"no {' or '.join(lacking)} to read the handout's PDF back "
            "(Debian/Ubuntu package poppler-utils)"
        )
    return None


@cache
def systemd_analyze() -> str | None:
    """systemd-analyze, which checks a unit file without systemd running (the kiosk's)."""
    if shutil.which("systemd-analyze") is None:
        return "no systemd-analyze to check the kiosk's unit (Debian/Ubuntu package systemd)"
    return None


CJK_FONT_PACKAGE = "fonts-noto-cjk"
"""The font package of debian-packages.txt for Chinese (its "run" group: the point names'
characters show in every language)."""
CJK_FONT = """
import sys
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication(["probe", "-platform", "offscreen"])
if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
    sys.exit("no font with Chinese characters is installed")
"""


@cache
def cjk_font() -> str | None:
    """A font that writes simplified Chinese, as Qt's font database sees them.

    Asked in a fresh process: the font database needs a Qt application, which this
    process has only once a test's fixtures have made it.
    """
    if (reason := qt_widgets()) is not None:
        return reason
    asked = subprocess.run(
        [sys.executable, "-c", CJK_FONT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if asked.returncode != 0:
        return f"{_last_line(asked.stderr)} (Debian/Ubuntu package {CJK_FONT_PACKAGE})"
    return None


PROBES: dict[str, Callable[[], str | None]] = {
    probe.__name__: probe
    for probe in (
        qt_widgets,
        qt_multimedia,
        audio_output,
        speech_engine,
        xcb_plugin,
        display_server,
        window_manager,
        xdotool,
        poppler,
        systemd_analyze,
        cjk_font,
    )
}


def missing(reason: str) -> NoReturn:
    """Skip for a part this machine lacks, or fail when ``CI=true``."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true, so this may not be skipped", pytrace=False)
    pytest.skip(reason)


def require(*names: str) -> None:
    """Go on only where every named part loads; otherwise skip (or fail) naming each
    that does not."""
    unknown = [name for name in names if name not in PROBES]
    if unknown:
        raise ValueError(f"no probe named {unknown}; there are {sorted(PROBES)}")
    reasons = [reason for name in names if (reason := PROBES[name]()) is not None]
    if reasons:
        missing("; ".join(dict.fromkeys(reasons)))  # xcb_plugin may repeat qt_widgets


class UnloadableModule(pytest.Module):
    """A test module that cannot even be imported here (it imports Qt at its top):
    reported as skipped with the reason, or failed with ``CI=true``, instead of as a
    collection error."""

    reason = ""

    def collect(self) -> NoReturn:
        missing(self.reason)


def module_needing(name: str, module_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    """For ``pytest_pycollect_makemodule``: None (collect as usual) where ``name`` loads."""
    reason = PROBES[name]()
    if reason is None:
        return None
    module = UnloadableModule.from_parent(parent, path=module_path)
    module.reason = reason
    return module
