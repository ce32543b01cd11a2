"""``--install-desktop-entry`` / ``--uninstall-desktop-entry``: files in the XDG data
folder (tests/conftest.py points it at tmp_path), an ``Exec=`` line a menu can run."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui import APP_ID, __version__, app
from acupress_gui.bootstrap.desktop_entry import (
    DesktopEntryError,
    Launcher,
    data_home,
    entry_text,
    exec_argument,
    find_launcher,
    install,
)
from tests.core.validators import validate

PACKAGE_DIR = Path(app.__file__).resolve().parent
TEMPLATE = (PACKAGE_DIR / "resources" / f"{APP_ID}.desktop").read_text("utf-8")
ICON_FOLDERS = ("scalable", "48x48", "128x128", "256x256")


@pytest.fixture(autouse=True)
def started_with_dash_m(monkeypatch: pytest.MonkeyPatch) -> None:
    """As ``python -m acupress_gui`` starts, whichever way pytest was started."""
    monkeypatch.setattr(sys, "argv", [str(PACKAGE_DIR / "__main__.py")])


# --- reading an entry back, as a desktop does (the Desktop Entry spec, independently) ---


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text("utf-8").split("\n")
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def unescape_string(value: str) -> str:
    """The spec's escapes of a string value: \\s \\n \\t \\r \\\\."""
    out, characters = [], iter(value)
    for character in characters:
        if character == "\\":
            following = next(characters)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[following])
        else:
            out.append(character)
    return "".join(out)


def exec_command(value: str) -> list[str]:
    """An ``Exec=`` value as the argument list it starts."""
    arguments: list[str] = []
    current: list[str] | None = None
    characters = iter(unescape_string(value).replace("%%", "\0"))
    for character in characters:
        if character == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
            continue
        current = [] if current is None else current
        if character != '"':
            current.append(character)
            continue
        for quoted in characters:
            if quoted == '"':
                break
            current.append(next(characters) if quoted == "\\" else quoted)
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("\0", "%") for argument in arguments]


def installed(user_dirs: Path) -> dict[str, Path]:
    share = user_dirs / ".local" / "share"
    files = {"entry": share / "applications" / f"{APP_ID}.desktop"}
    for folder in ICON_FOLDERS:
        suffix = "svg" if folder == "scalable" else "png"
        files[folder] = share / "icons" / "hicolor" / folder / "apps" / f"{APP_ID}.{suffix}"
    return files


def launcher_script(folder: Path) -> Path:
    """A stand-in for pip's ``acupress-gui`` script: runs this interpreter's package."""
    folder.mkdir(parents=True)
    script = folder / "acupress-gui"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(PACKAGE_DIR.parent)!r})\n"
        "from acupress_gui.app import main\nsys.exit(main())\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


# --- installing through the command line --------------------------------------------


def test_install_puts_the_entry_and_icons_in_the_xdg_data_folder(
    user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--install-desktop-entry"]) == 0
    files = installed(user_dirs)
    assert all(path.is_file() for path in files.values())
    out = capsys.readouterr().out
    assert all(f"Wrote {path}" in out for path in files.values())
    values = entry_values(files["entry"])
    assert values["Icon"] == APP_ID and values["StartupWMClass"] == APP_ID
    program = Path(exec_command(values["Exec"])[0])
    assert program.is_absolute() and os.access(program, os.X_OK)
    assert values["TryExec"] == str(program)
    icon = (PACKAGE_DIR / "resources" / "icons" / f"{APP_ID}.svg").read_bytes()
    assert files["scalable"].read_bytes() == icon


def test_the_installed_exec_line_starts_this_app(user_dirs: Path) -> None:
    """Run as a menu would: from the home folder, with no PYTHONPATH."""
    assert app.main(["--install-desktop-entry"]) == 0
    values = entry_values(installed(user_dirs)["entry"])
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    user_dirs.mkdir(exist_ok=True)
    started = subprocess.run(
        [*exec_command(values["Exec"]), "--version"],
        cwd=unescape_string(values.get("Path", str(user_dirs))),
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.stdout.strip() == f"AcuPress {__version__}", started.stderr


def test_the_installed_entry_passes_desktop_file_validate(user_dirs: Path, tmp_path: Path) -> None:
    script = launcher_script(tmp_path / "my apps" / "bin $HOME")
    launcher = find_launcher(str(script), sys.executable, False, PACKAGE_DIR, {})
    install(data_home(dict(os.environ)), launcher)
    entry = installed(user_dirs)["entry"]
    assert validate("desktop-file-validate", entry) == ""
    assert exec_command(entry_values(entry)["Exec"]) == [str(script)]


def test_install_passes_on_data_dir_and_catalog_by_absolute_path(
    user_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    options = ["--data-dir", "kiosk", "--catalog", "points.toml", "--install-desktop-entry"]
    assert app.main(options) == 0
    command = exec_command(entry_values(installed(user_dirs)["entry"])["Exec"])
    assert command[-4:] == [
        "--data-dir",
        str(tmp_path / "kiosk"),
        "--catalog",
        str(tmp_path / "points.toml"),
    ]


def test_installing_again_leaves_the_same_files(user_dirs: Path) -> None:
    assert app.main(["--install-desktop-entry"]) == 0
    share = user_dirs / ".local" / "share"
    first = {path: path.read_bytes() for path in share.rglob("*") if path.is_file()}
    assert app.main(["--install-desktop-entry"]) == 0
    assert {path: path.read_bytes() for path in share.rglob("*") if path.is_file()} == first


def test_uninstall_removes_only_what_install_wrote(
    user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--install-desktop-entry"]) == 0
    files = installed(user_dirs)
    neighbours = [
        files["entry"].with_name("org.example.Other.desktop"),
        files["48x48"].with_name("org.example.Other.png"),
    ]
    for path in neighbours:
        path.write_text("someone else's")
    capsys.readouterr()
    assert app.main(["--uninstall-desktop-entry"]) == 0
    assert not any(path.exists() for path in files.values())
    assert all(path.read_text() == "someone else's" for path in neighbours)
    out = capsys.readouterr().out
    assert all(f"Removed {path}" in out for path in files.values())
    assert app.main(["--uninstall-desktop-entry"]) == 0
    assert "No desktop entry of AcuPress was installed" in capsys.readouterr().out


def test_install_and_uninstall_are_one_command_at_a_time() -> None:
    with pytest.raises(SystemExit) as exited:
        app.parse_args(["--install-desktop-entry", "--export-history", "out.csv"])
    assert exited.value.code == 2


def test_the_command_needs_no_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "for blocked in ('PySide6', 'shiboken6'):\n"
        "    sys.modules[blocked] = None  # importing it now fails\n"
        "from acupress_gui.app import main\n"
        "sys.exit(main(['--install-desktop-entry']))\n"
    )
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").is_file()


def test_a_folder_that_cannot_be_written_is_said_in_one_sentence(
    user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = user_dirs / ".local" / "share"
    share.mkdir(parents=True)
    (share / "applications").write_text("a file where the folder should be")
    assert app.main(["--install-desktop-entry"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("AcuPress could not install its desktop entry.")
    assert "Traceback" not in error


# --- the desktops' own tools ---------------------------------------------------------


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stand-ins for update-desktop-database and gtk-update-icon-cache that note each run
    in ``ran.txt`` (the last one fails, as a broken tool would)."""
    folder = tmp_path / "tools"
    folder.mkdir()
    for name, code in (("update-desktop-database", 0), ("gtk-update-icon-cache", 1)):
        tool = folder / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{folder}/ran.txt"\nexit {code}\n')
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


def test_the_menu_cache_is_refreshed_and_an_icon_cache_only_where_one_exists(
    user_dirs: Path, tools: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--install-desktop-entry"]) == 0
    share = user_dirs / ".local" / "share"
    assert (tools / "ran.txt").read_text().splitlines() == [
        f"update-desktop-database -q {share / 'applications'}"
    ]
    (share / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"")
    assert app.main(["--install-desktop-entry"]) == 0  # the icon cache tool fails: a note
    assert (tools / "ran.txt").read_text().splitlines()[-1].startswith("gtk-update-icon-cache")
    assert "Note: gtk-update-icon-cache did not run" in capsys.readouterr().out


def test_without_the_tools_the_install_works(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert app.main(["--install-desktop-entry"]) == 0
    assert installed(user_dirs)["entry"].is_file()


# --- which command the entry runs ------------------------------------------------------


def test_a_launcher_script_is_run_by_its_absolute_path_unresolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = launcher_script(tmp_path / "venv" / "bin")
    link = tmp_path / "bin" / "acupress-gui"  # as pipx links it
    link.parent.mkdir()
    link.symlink_to(script)
    monkeypatch.chdir(tmp_path)
    found = find_launcher("bin/acupress-gui", "/usr/bin/python3", False, PACKAGE_DIR, {})
    assert found == Launcher((str(link),))


def test_a_bundle_runs_its_own_executable(tmp_path: Path) -> None:
    bundle = tmp_path / "AcuPress" / "acupress-gui"
    found = find_launcher(str(bundle), str(bundle), True, PACKAGE_DIR, {})
    assert found == Launcher((str(bundle),))


def test_python_dash_m_runs_the_interpreter_with_dash_m(tmp_path: Path) -> None:
    installed_package = tmp_path / "site-packages" / "acupress_gui"
    main_py = str(installed_package / "__main__.py")
    found = find_launcher(main_py, "/venv/bin/python", False, installed_package, {})
    assert found == Launcher(("/venv/bin/python", "-m", "acupress_gui"))


@pytest.mark.parametrize("how", ["working folder", "PYTHONPATH"])
def test_a_source_checkout_is_started_in_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "acupress_gui").mkdir(parents=True)
    main_py = str(checkout / "acupress_gui" / "__main__.py")
    monkeypatch.chdir(checkout if how == "working folder" else tmp_path)
    environment = {"PYTHONPATH": str(checkout)} if how == "PYTHONPATH" else {}
    found = find_launcher(
        main_py, "/venv/bin/python", False, checkout / "acupress_gui", environment
    )
    assert found == Launcher(("/venv/bin/python", "-m", "acupress_gui"), checkout)


# --- writing the Exec= line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/acupress-gui", "/usr/bin/acupress-gui"),
        ("/home/a b/acupress-gui", '"/home/a b/acupress-gui"'),
        ('/opt/say "hi"/x', '"/opt/say \\\\"hi\\\\"/x"'),
        ("/opt/$HOME/x", '"/opt/\\\\$HOME/x"'),
        ("/opt/back\\slash", '"/opt/back\\\\\\\\slash"'),
        ("/opt/100%/x", "/opt/100%%/x"),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, written: str) -> None:
    assert exec_argument(argument) == written


@pytest.mark.generated
@given(st.lists(st.text(st.characters(exclude_categories=("Cc", "Cs"))), min_size=1))
def test_any_command_reads_back_as_written(command: list[str]) -> None:
    lines = entry_text(TEMPLATE, Launcher(tuple(command))).split("\n")  # as desktops split
    [exec_line] = [line for line in lines if line.startswith("Exec=")]
    assert exec_command(exec_line.removeprefix("Exec=")) == command


def test_a_path_with_a_control_character_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DesktopEntryError):
        install(tmp_path / "share", Launcher(("/opt/new\nline/acupress-gui",)))
    assert not (tmp_path / "share").exists()  # refused before anything was written


def test_only_the_lines_that_start_the_app_change() -> None:
    written = entry_text(TEMPLATE, Launcher(("/opt/acupress-gui",), Path("/src")))
    removed = set(TEMPLATE.splitlines()) - set(written.splitlines())
    added = set(written.splitlines()) - set(TEMPLATE.splitlines())
    assert removed == {"Exec=acupress-gui"}
    assert added == {"TryExec=/opt/acupress-gui", "Exec=/opt/acupress-gui", "Path=/src"}
