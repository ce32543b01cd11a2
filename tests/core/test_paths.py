"""One function decides where user files live: --data-dir, portable mode, or the
platform's folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from acupress_gui.core.paths import PORTABLE_MARKER, resolve_paths, unwritable_reason


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


@pytest.fixture
def bundled_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-folder app's folder, with this process playing its executable."""
    folder = tmp_path / "stick" / "AcuPress"
    folder.mkdir(parents=True)
    executable = folder / "acupress-gui"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return folder


def test_portable_txt_keeps_every_file_in_data_beside_the_executable(bundled_app: Path) -> None:
    (bundled_app / PORTABLE_MARKER).write_text("")
    paths = resolve_paths()
    data = bundled_app.resolve() / "data"
    assert paths.portable
    assert paths.settings_file == data / "settings.json"
    assert paths.history_file == data / "history.sqlite3"
    assert paths.log_file.is_relative_to(data)
    assert not data.exists()  # created on first use, as any other folder


def test_without_portable_txt_the_bundle_uses_the_platform_folders(
    bundled_app: Path, user_dirs: Path
) -> None:
    paths = resolve_paths()
    assert not paths.portable
    assert paths.data_dir == user_dirs / ".local" / "share" / "AcuPress"


def test_data_dir_wins_over_portable_txt(bundled_app: Path, tmp_path: Path) -> None:
    (bundled_app / PORTABLE_MARKER).write_text("")
    paths = resolve_paths(tmp_path / "kiosk")
    assert not paths.portable
    assert paths.data_dir == (tmp_path / "kiosk").resolve()


def test_portable_txt_beside_a_python_environment_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_dirs: Path
) -> None:
    """Not frozen: the executable's folder is a venv's bin, not something to carry."""
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PORTABLE_MARKER).write_text("")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resolve_paths().data_dir == user_dirs / ".local" / "share" / "AcuPress"


def test_a_portable_folder_that_cannot_be_created_is_named_with_the_reason(
    bundled_app: Path,
) -> None:
    """A write-protected stick: root cannot write there either, so the check must try.

    Here a file stands where the folder would be; on a stick it is the read-only file
    system that refuses, and the same OSError says why.
    """
    (bundled_app / PORTABLE_MARKER).write_text("")
    (bundled_app / "data").write_text("not a folder")
    reason = unwritable_reason(resolve_paths().data_dir)
    assert reason is not None and reason != ""


def test_a_writable_portable_folder_is_created_and_left_clean(bundled_app: Path) -> None:
    (bundled_app / PORTABLE_MARKER).write_text("")
    data = resolve_paths().data_dir
    assert unwritable_reason(data) is None
    assert data.is_dir() and list(data.iterdir()) == []  # the trial file is gone
