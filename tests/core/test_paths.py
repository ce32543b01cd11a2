"""One function decides where user files live; --data-dir puts every one under one folder."""

from __future__ import annotations

from pathlib import Path

from acupress_gui.core.paths import resolve_paths


def test_data_dir_holds_settings_data_and_logs(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "portable")
    root = (tmp_path / "portable").resolve()
    for path in (paths.settings_file, paths.data_dir, paths.log_file):
        assert path.is_relative_to(root)


def test_default_follows_the_platform_user_folders(user_dirs: Path) -> None:
    paths = resolve_paths()
    assert paths.settings_file == user_dirs / ".config" / "AcuPress" / "settings.json"
    assert paths.data_dir == user_dirs / ".local" / "share" / "AcuPress"
    assert paths.log_file.is_relative_to(user_dirs / ".local" / "state" / "AcuPress")


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    resolve_paths(tmp_path / "portable")
    assert not (tmp_path / "portable").exists()
