"""AcuPress: guided self-acupressure for back and neck pain."""

# The one place the version is written: pyproject.toml reads it from here. Asking
# importlib.metadata instead cost about a tenth of the start-up time.
__version__ = "0.1.0"
