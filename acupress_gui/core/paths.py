"""Where the app keeps a person's files: one function decides, once, in ``main()``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "AcuPress"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders for settings, data (the history) and logs."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

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
    """The platform's user folders, or every file under ``data_dir`` when one is given.

    ``data_dir`` is how portable and kiosk installs keep everything in one place; the
    folders are created on first use, not here.
    """
    if data_dir is not None:
        root = data_dir.expanduser().resolve()
        return AppPaths(config_dir=root, data_dir=root, log_dir=root / "logs")
    import platformdirs  # only here: a kiosk's or a portable start does not need it

    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
