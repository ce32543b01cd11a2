"""AcuPress: guided self-acupressure for back and neck pain."""

# The one place the version is written: pyproject.toml reads it from here. Asking
# importlib.metadata instead cost about a tenth of the start-up time.
__version__ = "0.1.0"

APP_ID = "io.github.acupress.AcuPress"
"""The reverse-DNS application id, one name for every place a desktop looks the app up:
the desktop entry's file name, the AppStream id, the icon's name, Qt's desktop file name
(the Wayland app id) and the X11 window class."""
