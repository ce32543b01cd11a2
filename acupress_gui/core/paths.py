"""Where the app keeps a person's files: one function decides, once, in ``main()``.

Three ways, the first that applies: ``--data-dir DIR``; portable mode, where a
``portable.txt`` beside the bundled app's executable keeps everything in a ``data/``
folder beside it (a USB stick, a kiosk image); the platform's user folders.

Portable mode is for the one-folder app only (``sys.frozen``, as PyInstaller sets it):
an installed or source copy runs from a Python environment that cannot be carried to
another machine, and its executable's folder is the environment's ``bin``, where a
person's files do not belong. There ``--data-dir`` does the same job.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "AcuPress"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "data"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders for settings, data (the history) and logs."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    portable: bool = False
    """Chosen by a ``portable.txt`` beside the app, not by the person's options."""

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "acupress.log"


def resolve_paths(data_dir: Path | None = None) -> AppPaths:
    """Every file under ``data_dir`` when one is given, else under the portable folder
    when there is one, else in the platform's user folders.

    The folders are created on first use, not here.
    """
    if data_dir is not None:
        return _one_folder(data_dir, portable=False)
    portable = portable_data_dir()
    if portable is not None:
        return _one_folder(portable, portable=True)
    import platformdirs  # only here: a kiosk's or a portable start does not need it

    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def portable_data_dir() -> Path | None:
    """``data/`` beside the bundled app's executable when ``portable.txt`` is there."""
    if not getattr(sys, "frozen", False):
        return None
    app_folder = Path(sys.executable).resolve().parent
    if not (app_folder / PORTABLE_MARKER).is_file():
        return None
    return app_folder / PORTABLE_DATA_FOLDER


def unwritable_reason(folder: Path) -> str | None:
    """Why nothing can be saved in ``folder`` (created if missing), or None if it can.

    Tried for real, by creating the folder and a file in it: a write-protected stick
    is read-only even for root, which permission bits would not show.
    """
    import tempfile  # only here: most starts never ask

    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()  # made and removed: writing works
    except OSError as error:
        return error.strerror or str(error)
    return None


def _one_folder(root: Path, *, portable: bool) -> AppPaths:
    root = root.expanduser().resolve()
    return AppPaths(config_dir=root, data_dir=root, log_dir=root / "logs", portable=portable)
