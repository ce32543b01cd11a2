"""AcuPress: guided self-acupressure for back and neck pain."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("acupress-gui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
