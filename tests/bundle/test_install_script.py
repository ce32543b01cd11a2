"""install.sh, run as a person runs it from an unpacked download, on a stand-in app.

The stand-in ``acupress-gui`` answers ``--version`` and writes (or removes) a desktop
entry naming the path it was run from, as the real one's ``--install-desktop-entry``
does, so these tests need no bundle; ``test_built_bundle.py`` installs the real one.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

INSTALL_SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "install.sh"
ENTRY = "io.github.acupress.AcuPress.desktop"

STAND_IN_APP = """#!/bin/sh
entry="$XDG_DATA_HOME/applications/{entry}"
case "$1" in
    --version) echo "AcuPress {version}" ;;
    --install-desktop-entry)
        mkdir -p "$(dirname "$entry")"
        printf '[Desktop Entry]\\nExec=%s\\n' "$0" > "$entry" ;;
    --uninstall-desktop-entry) rm -f "$entry" ;;
    *) exit 2 ;;
esac
"""


def unpacked_download(folder: Path, version: str = "1.0", starts: bool = True) -> Path:
    """A folder as the archive unpacks: AcuPress/acupress-gui and install.sh."""
    app = folder / "AcuPress"
    app.mkdir(parents=True)
    executable = app / "acupress-gui"
    script = STAND_IN_APP.format(entry=ENTRY, version=version)
    executable.write_text(script if starts else "#!/bin/sh\nexit 127\n")
    executable.chmod(0o755)
    (app / "_internal").mkdir()
    (app / "_internal" / "version").write_text(version)
    script_copy = folder / "install.sh"
    script_copy.write_bytes(INSTALL_SCRIPT.read_bytes())
    script_copy.chmod(0o755)
    return folder


def run(script: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(script), *options], capture_output=True, text=True, env=dict(os.environ), check=False
    )


@pytest.fixture
def home(user_dirs: Path) -> Path:
    """The person's home (HOME and the XDG folders point into it, see conftest)."""
    return user_dirs


@pytest.fixture
def download(tmp_path: Path) -> Path:
    return unpacked_download(tmp_path / "Downloads" / "AcuPress-1.0-linux-x86_64")


def person_files(home: Path) -> list[Path]:
    """A history, settings and a log where the app keeps them."""
    files = [
        home / ".local" / "share" / "AcuPress" / "history.sqlite3",
        home / ".config" / "AcuPress" / "settings.json",
        home / ".local" / "state" / "AcuPress" / "log" / "acupress.log",
    ]
    for file in files:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("kept")
    return files


def test_install_puts_the_app_the_command_and_the_menu_entry_in_local(
    home: Path, download: Path
) -> None:
    result = run(download / "install.sh")
    assert result.returncode == 0, result.stderr
    app = home / ".local" / "lib" / "AcuPress"
    command = home / ".local" / "bin" / "acupress-gui"
    assert (app / "_internal" / "version").read_text() == "1.0"
    assert command.resolve() == (app / "acupress-gui").resolve()
    # The entry was written by the installed copy, so the menu runs that one, not the
    # download the person may delete.
    entry = home / ".local" / "share" / "applications" / ENTRY
    assert f"Exec={app / 'acupress-gui'}" in entry.read_text()
    assert "AcuPress is installed" in result.stdout
    assert str(app / "install.sh") + " --uninstall" in result.stdout


def test_installing_a_new_version_replaces_the_app_and_keeps_portable_files(
    home: Path, download: Path, tmp_path: Path
) -> None:
    run(download / "install.sh")
    app = home / ".local" / "lib" / "AcuPress"
    (app / "portable.txt").write_text("")
    (app / "data").mkdir()
    (app / "data" / "history.sqlite3").write_text("kept")
    newer = unpacked_download(tmp_path / "AcuPress-2.0", version="2.0")
    result = run(newer / "install.sh")
    assert result.returncode == 0, result.stderr
    assert (app / "_internal" / "version").read_text() == "2.0"
    assert (app / "data" / "history.sqlite3").read_text() == "kept"
    assert (app / "portable.txt").exists()
    assert not list(app.parent.glob("AcuPress.new*"))


def test_a_copy_that_does_not_start_leaves_the_installed_version_alone(
    home: Path, download: Path, tmp_path: Path
) -> None:
    run(download / "install.sh")
    broken = unpacked_download(tmp_path / "AcuPress-2.0", version="2.0", starts=False)
    result = run(broken / "install.sh")
    assert result.returncode == 1
    assert "does not start" in result.stderr
    app = home / ".local" / "lib" / "AcuPress"
    assert (app / "_internal" / "version").read_text() == "1.0"
    assert not list(app.parent.glob("AcuPress.new*"))


def test_uninstall_removes_the_app_and_keeps_the_history(home: Path, download: Path) -> None:
    run(download / "install.sh")
    kept = person_files(home)
    installed_script = home / ".local" / "lib" / "AcuPress" / "install.sh"
    result = run(installed_script, "--uninstall")  # the download may be gone by now
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "lib" / "AcuPress").exists()
    assert not (home / ".local" / "bin" / "acupress-gui").is_symlink()
    assert not (home / ".local" / "share" / "applications" / ENTRY).exists()
    assert all(file.read_text() == "kept" for file in kept)
    assert "--purge" in result.stdout  # says how to remove them too


def test_uninstall_keeps_what_portable_mode_kept_inside_the_app_folder(
    home: Path, download: Path
) -> None:
    run(download / "install.sh")
    data = home / ".local" / "lib" / "AcuPress" / "data"
    data.mkdir()
    (data / "history.sqlite3").write_text("kept")
    run(download / "install.sh", "--uninstall")
    assert (data / "history.sqlite3").read_text() == "kept"
    assert not (home / ".local" / "lib" / "AcuPress" / "acupress-gui").exists()


def test_purge_says_what_it_removes_then_removes_it(home: Path, download: Path) -> None:
    run(download / "install.sh")
    files = person_files(home)
    result = run(download / "install.sh", "--uninstall", "--purge")
    assert result.returncode == 0, result.stderr
    folders = [home / ".config" / "AcuPress", home / ".local" / "share" / "AcuPress"]
    said = result.stdout.splitlines()
    for folder in [*folders, home / ".local" / "state" / "AcuPress"]:
        assert f"  {folder}" in said
    assert not any(file.exists() for file in files)
    assert not (home / ".local" / "lib" / "AcuPress").exists()


def test_unknown_options_print_the_usage_and_change_nothing(home: Path, download: Path) -> None:
    result = run(download / "install.sh", "--purge")
    assert result.returncode == 2
    assert "Usage:" in result.stderr
    assert not (home / ".local" / "lib").exists()


def test_the_installed_copy_will_not_install_over_itself(home: Path, download: Path) -> None:
    run(download / "install.sh")
    result = run(home / ".local" / "lib" / "AcuPress" / "install.sh")
    assert result.returncode == 1
    assert "installed copy" in result.stderr
    assert (home / ".local" / "lib" / "AcuPress" / "acupress-gui").exists()
