"""The Windows build: two programs in one folder, and an installer that keeps the history."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path, PureWindowsPath
from types import ModuleType

import platformdirs
import platformdirs.windows
import pytest

from acupress_gui import __version__
from acupress_gui.core.paths import resolve_paths
from tests.packaging.pyinstaller_stand_ins import Built, Recorded, run_spec

REPOSITORY = Path(__file__).resolve().parents[2]
WINDOWS = REPOSITORY / "packaging" / "windows"
INSTALLER = (WINDOWS / "acupress.iss").read_text(encoding="utf-8")
RELEASED_APP_ID = "{{FDF482EA-F211-46FC-9ED0-7603B34129C6}"
"""What Windows knows AcuPress by: a new id would install a second copy, not upgrade."""


@pytest.fixture(scope="module")
def built() -> Built:
    return run_spec(WINDOWS / "acupress-windows.spec")


def programs(built: Built) -> dict[str, Recorded]:
    return {call.kwargs["name"]: call for call in built.calls["EXE"]}


def defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', INSTALLER, re.MULTILINE))


def setup_value(key: str) -> str:
    (value,) = re.findall(rf"^{key}=(.*)$", INSTALLER, re.MULTILINE)
    return value


def test_a_windowed_program_and_a_console_twin_share_one_folder(built: Built) -> None:
    gui, cli = programs(built)["acupress-gui"], programs(built)["acupress-cli"]
    assert gui.kwargs["console"] is False  # no console window behind the app
    assert gui.kwargs["disable_windowed_traceback"] is True  # no traceback on screen
    assert cli.kwargs["console"] is True  # --help, --version and the export print
    folder = built.one("COLLECT")
    assert folder.kwargs["name"] == "AcuPress"
    assert gui in folder.args and cli in folder.args
    assert gui.kwargs["exclude_binaries"] and cli.kwargs["exclude_binaries"]  # shared, once
    assert gui.kwargs["icon"] == cli.kwargs["icon"] == str(WINDOWS / "acupress.ico")


def test_both_programs_run_the_apps_entry_point(built: Built) -> None:
    analysis = built.one("Analysis")
    assert analysis.kwargs["scripts"] == [
        str(REPOSITORY / "packaging" / "pyinstaller" / "acupress_launcher.py")
    ]
    assert "PySide6.QtOpenGL" in analysis.kwargs["hiddenimports"]
    for program in programs(built).values():
        assert program.args[1] == analysis.scripts


def test_explorer_and_task_manager_show_the_name_and_version(built: Built) -> None:
    strings = {
        call.args[0]: call.args[1] for call in built.calls["StringStruct"] if len(call.args) == 2
    }
    assert strings["ProductName"] == "AcuPress"
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    described = {
        call.args[1] for call in built.calls["StringStruct"] if call.args[0] == "FileDescription"
    }
    assert described == {"AcuPress", "AcuPress (command line)"}
    numbers = (*(int(part) for part in __version__.split(".")), 0)
    assert all(call.kwargs["filevers"] == numbers for call in built.calls["FixedFileInfo"])


def test_the_installer_installs_what_the_spec_builds(built: Built) -> None:
    names = defines()
    assert names["AppName"] == built.one("COLLECT").kwargs["name"]
    (windowed,) = (name for name, call in programs(built).items() if not call.kwargs["console"])
    assert names["GuiExe"] == f"{windowed}.exe"  # what the shortcuts start
    assert PureWindowsPath(names["BuiltFolder"]).parts[-2:] == ("dist", "AcuPress")
    assert setup_value("SetupIconFile") == "acupress.ico"  # beside the script, as in the spec
    assert 'Source: "{#BuiltFolder}\\*"' in INSTALLER and "recursesubdirs" in INSTALLER


def test_the_installer_needs_the_version_from_ci() -> None:
    assert re.search(r"^#ifndef AppVersion\n\s+#error ", INSTALLER, re.MULTILINE)
    assert setup_value("AppVersion") == "{#AppVersion}"


def test_the_app_id_is_the_released_one() -> None:
    assert setup_value("AppId") == RELEASED_APP_ID


def test_the_uninstall_deletes_the_folder_where_the_app_keeps_a_persons_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The folder the uninstall may delete is where the app, on Windows, writes everything."""
    local = r"C:\Users\Ana\AppData\Local"
    known_folders = {"CSIDL_LOCAL_APPDATA": local, "CSIDL_APPDATA": r"C:\Users\Ana\AppData\Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", known_folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    paths = resolve_paths()
    purged = PureWindowsPath(local, defines()["DataFolder"])
    assert "ExpandConstant('{localappdata}\\{#DataFolder}')" in INSTALLER
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert PureWindowsPath(folder).is_relative_to(purged)
    assert not PureWindowsPath(local, "Programs", "AcuPress").is_relative_to(purged)


def load_shared_module() -> ModuleType:
    location = REPOSITORY / "packaging" / "pyinstaller" / "windows_macos.py"
    spec = importlib.util.spec_from_file_location("windows_macos", location)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("version", ["0.2.0rc1", "1.0.0.0.1", "1..0", "v1.0"])
def test_a_version_windows_and_macos_cannot_read_as_numbers_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="not up to four numbers"):
        load_shared_module().version_numbers(version)


def test_every_file_the_build_names_exists(built: Built) -> None:
    """The icon (made by scripts from resources/), the entry script and the licence."""
    named = [
        Path(built.one("Analysis").kwargs["scripts"][0]),
        Path(programs(built)["acupress-gui"].kwargs["icon"]),
        WINDOWS / setup_value("SetupIconFile"),
        WINDOWS / PureWindowsPath(setup_value("LicenseFile")).as_posix(),
    ]
    assert [path for path in named if not path.is_file()] == []
