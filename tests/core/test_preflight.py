"""The check before Qt: it names what keeps a window from opening, and is otherwise silent.

The app runs as ``python -m acupress_gui`` from this tree, in an environment without a
session bus, so no test can put a notification on the desktop of whoever runs it.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from acupress_gui import app
from acupress_gui.bootstrap import preflight
from acupress_gui.bootstrap.preflight import (
    WindowProblem,
    check_window,
    import_problem,
    missing_libraries,
    platforms_to_try,
    plugin_files,
    plugin_folders,
    report_window_problem,
)
from acupress_gui.bootstrap.system_packages import parse_packages

REPOSITORY = Path(__file__).resolve().parents[2]
PROMPTLY_S = 10
"""Far longer than a start that fails takes (under a second): only a hang exceeds it."""
QT_PLATFORMS = plugin_folders({})[-1]
"""The platform plugins of the installed PySide6."""
SESSION_VARIABLES = (
    "QT_QPA_PLATFORM",
    "QT_PLUGIN_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "WAYLAND_SOCKET",
    "XDG_SESSION_TYPE",
    "DBUS_SESSION_BUS_ADDRESS",
)


class LoadSpy:
    """Stands in for loading a plugin: records each path and loads nothing."""

    def __init__(self, error: str | None = None) -> None:
        self.loaded: list[str] = []
        self.error = error

    def __call__(self, path: Path) -> str | None:
        self.loaded.append(path.name)
        return self.error


@pytest.fixture
def stub_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty files named as Qt's X11 and Wayland plugins, and the only ones to be found.

    They sit where a PyInstaller bundle has its plugins, and the process passes for
    that bundle, so no test here can load the real plugin or reach a real display.
    """
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    folder = tmp_path / "bundle" / "PySide6" / "Qt" / "plugins" / "platforms"
    folder.mkdir(parents=True)
    for name in ("libqxcb.so", "libqwayland.so"):
        (folder / name).touch()
    return folder


def plugin_path_stubs(tmp_path: Path) -> Path:
    """A folder for -platformpluginpath with an empty file named as Qt's X11 plugin."""
    folder = tmp_path / "plugin-path"
    folder.mkdir()
    (folder / "libqxcb.so").touch()
    return folder


def bundle_needing(tmp_path: Path, instead_of: str, library: str) -> Path:
    """A bundle's folder whose Qt X11 plugin needs ``library`` where it needed ``instead_of``.

    The plugin is a copy of the real one in which only a name in its string table
    changes (the new one as long as the old, so the file stays valid ELF); when
    ``library`` cannot be found, the plugin cannot load, as on a machine without that
    library's package. It sits where PyInstaller puts it, and finds Qt's own libraries
    as the original does (``$ORIGIN/../../lib``).
    """
    old = instead_of.encode() + b"\0"
    new = library.encode() + b"\0"
    assert len(new) == len(old), "the new name must be as long as the old"
    original = (QT_PLATFORMS / "libqxcb.so").read_bytes()
    assert original.count(old) == 1, f"Qt's X11 plugin no longer needs {instead_of}"
    bundle = tmp_path / "bundle"
    qt = bundle / "PySide6" / "Qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (qt / "lib").symlink_to(QT_PLATFORMS.parent.parent / "lib")
    (platforms / "libqxcb.so").write_bytes(original.replace(old, new))
    return bundle


FROZEN_APP = """
import sys
sys.frozen, sys._MEIPASS = True, sys.argv[1]  # as PyInstaller's bootloader sets them
from acupress_gui.app import main
sys.exit(main(sys.argv[2:]))
"""


def run_bundle(
    tmp_path: Path, bundle: Path, *arguments: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """The app as a bundle in ``bundle`` would run it, with this tree's code."""
    data = ["--data-dir", str(tmp_path / "data")]
    return subprocess.run(
        [sys.executable, "-c", FROZEN_APP, str(bundle), *data, *arguments],
        cwd=REPOSITORY,  # "python -c" imports this tree's acupress_gui
        env=env,
        capture_output=True,
        text=True,
        timeout=PROMPTLY_S,
    )


def in_missing_folder(library: str, length: int) -> str:
    """``library`` in a folder that does not exist, the path ``length`` characters long.

    A name with a slash is looked for only at that path, so the library is missing
    whatever the machine has installed.
    """
    padding = length - len(library) - 2
    assert padding >= 1
    return f"/{'x' * padding}/{library}"


def app_environment(tmp_path: Path, **variables: str) -> dict[str, str]:
    """This environment without any display, Qt or session settings, plus ``variables``."""
    environment = {k: v for k, v in os.environ.items() if k not in SESSION_VARIABLES}
    runtime = tmp_path / "runtime"
    runtime.mkdir(exist_ok=True)
    environment["XDG_RUNTIME_DIR"] = str(runtime)  # no session bus socket in it
    return environment | variables


def run_app(
    tmp_path: Path, *arguments: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--data-dir", str(tmp_path / "data"), *arguments],
        cwd=REPOSITORY,  # "python -m" runs this tree's acupress_gui
        env=env,
        capture_output=True,
        text=True,
        timeout=PROMPTLY_S,
    )


def logged(tmp_path: Path) -> str:
    return (tmp_path / "data" / "logs" / "acupress.log").read_text()


def unserved_x_displays() -> Iterator[str]:
    """Local X displays nobody serves (never one that another test's app could appear on)."""
    for number in range(900, 1000):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            yield f":{number}"


def unserved_x_display() -> str:
    return next(unserved_x_displays())


# --- Which platform Qt will use ---------------------------------------------------------


@pytest.mark.parametrize(
    ("qt_arguments", "environ", "expected"),
    [
        ((), {"DISPLAY": ":0"}, ("xcb",)),
        ((), {}, ("xcb",)),  # Qt's default, even with nothing to show it on
        ((), {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, ("wayland", "xcb")),
        ((), {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, ("wayland", "xcb")),
        ((), {"WAYLAND_DISPLAY": "wayland-0"}, ("wayland", "xcb")),
        ((), {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, ("xcb",)),
        ((), {"QT_QPA_PLATFORM": "offscreen:configfile=/x.json"}, ("offscreen",)),
        ((), {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, ("wayland", "xcb")),
        ((), {"QT_QPA_PLATFORM": "Wayland-EGL"}, ("wayland-egl",)),
        ((), {"QT_QPA_PLATFORM": "", "DISPLAY": ":0"}, ("xcb",)),  # empty means unset
        (("-platform", "offscreen"), {"QT_QPA_PLATFORM": "xcb"}, ("offscreen",)),
        (("-platform", "vnc:size=800x600", "-reverse"), {"DISPLAY": ":0"}, ("vnc",)),
        (("-platform", "xcb", "-platform", "minimal"), {}, ("minimal",)),  # the last wins
        (("-title", "-platform"), {"DISPLAY": ":0"}, ("xcb",)),  # a title, not an option
    ],
)
def test_the_platforms_are_those_qt_will_try_in_its_order(
    qt_arguments: tuple[str, ...], environ: dict[str, str], expected: tuple[str, ...]
) -> None:
    assert platforms_to_try(qt_arguments, environ) == expected


def test_plugins_are_looked_for_where_qt_looks_first(tmp_path: Path) -> None:
    stub_plugins = plugin_path_stubs(tmp_path)
    environ = {"QT_PLUGIN_PATH": os.pathsep.join(["/one", "", "/two"])}
    assert plugin_folders(environ) == (Path("/one/platforms"), Path("/two/platforms"), QT_PLATFORMS)
    assert (QT_PLATFORMS / "libqxcb.so").is_file()
    option = ("-platformpluginpath", str(stub_plugins))
    stub, real = stub_plugins / "libqxcb.so", QT_PLATFORMS / "libqxcb.so"
    assert plugin_files("xcb", option, environ) == (stub, real)
    environ["QT_QPA_PLATFORM_PLUGIN_PATH"] = str(stub_plugins)
    assert plugin_files("xcb", (), environ) == (stub, real)
    assert plugin_files("xcb", ("-platformpluginpath", "/nowhere"), environ) == (real,)


def test_a_broken_plugin_in_the_plugin_path_is_passed_over_as_qt_does(tmp_path: Path) -> None:
    """Qt tries its own copy when the one in -platformpluginpath does not load."""
    stub_plugins = plugin_path_stubs(tmp_path)
    broken = str(stub_plugins / "libqxcb.so")
    loaded: list[str] = []

    def load(path: Path) -> str | None:
        loaded.append(str(path))
        return "libxcb-shm.so.0: cannot open shared object file" if str(path) == broken else None

    arguments = ("-platformpluginpath", str(stub_plugins), "-display", unserved_x_display())
    check = check_window(arguments, {}, load=load)
    assert loaded == [broken, str(QT_PLATFORMS / "libqxcb.so")]
    assert check.problem is not None
    assert "libxcb-shm" not in check.problem.message()  # only the display is missing


def test_in_a_bundle_the_plugins_are_those_pyinstaller_collected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert plugin_folders({}) == (tmp_path / "PySide6" / "Qt" / "plugins" / "platforms",)


# --- Out of the way ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qt_arguments", "environ"),
    [
        ((), {"QT_QPA_PLATFORM": "offscreen"}),
        ((), {"QT_QPA_PLATFORM": "offscreen:configfile=/tmp/screen.json"}),
        (("-platform", "offscreen"), {"QT_QPA_PLATFORM": "xcb"}),
        (("-platform", "minimal"), {}),
        ((), {"QT_QPA_PLATFORM": "vnc"}),
    ],
)
def test_platforms_without_a_display_are_not_checked(
    qt_arguments: tuple[str, ...], environ: dict[str, str]
) -> None:
    load = LoadSpy(error="must not be loaded")
    check = check_window(qt_arguments, environ, load=load)
    assert check.problem is None
    assert load.loaded == []


@pytest.mark.parametrize(
    "arguments",
    [
        ["--version"],
        ["--help"],
        ["--export-history", "EXPORT"],
        ["--handout", "HANDOUT", "--entry", "wind-pool"],
        ["--install-desktop-entry"],
        ["--uninstall-desktop-entry"],
    ],
)
def test_options_without_a_window_run_no_check(
    arguments: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[object] = []
    monkeypatch.setattr(app, "check_window", lambda *args, **kwargs: checks.append(args))
    files = {"EXPORT": str(tmp_path / "out.csv"), "HANDOUT": str(tmp_path / "out.pdf")}
    arguments = [files.get(argument, argument) for argument in arguments]
    try:
        code = app.main(["--data-dir", str(tmp_path / "data"), *arguments])
    except SystemExit as exit_:  # how argparse ends --help and --version
        code = exit_.code
    assert code == 0
    assert checks == []


def test_a_fallback_that_needs_no_display_is_left_to_qt(stub_plugins: Path) -> None:
    load = LoadSpy(error="libxcb.so.1: cannot open shared object file: No such file")
    assert check_window(("-platform", "xcb;offscreen"), {}, load=load).problem is None
    assert load.loaded == ["libqxcb.so"]


# --- A library is missing ---------------------------------------------------------------


@pytest.mark.requires("xcb_plugin")
def test_the_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    """Qt itself would abort (134) blaming libxcb-cursor0, whatever was missing."""
    needed = "libxcb-render-util.so.0"
    bundle = bundle_needing(tmp_path, needed, in_missing_folder("libxcb-icccm.so.4", len(needed)))
    environment = app_environment(tmp_path, DISPLAY=unserved_x_display())
    result = run_bundle(tmp_path, bundle, env=environment)
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert result.stderr == (
        "AcuPress cannot open its window: "
        "Qt's X11 plugin needs libxcb-icccm.so.4, which is not installed.\n"
        "Install it with:\n"
        "  sudo apt-get install libxcb-icccm4\n"
    )
    assert "sudo apt-get install libxcb-icccm4" in logged(tmp_path)


@pytest.mark.requires("xcb_plugin")
def test_a_library_nobody_listed_is_named_with_a_way_to_find_its_package(
    tmp_path: Path,
) -> None:
    bundle = bundle_needing(tmp_path, "libxcb-icccm.so.4", "libacupressX.so.4")
    result = run_bundle(
        tmp_path, bundle, env=app_environment(tmp_path, DISPLAY=unserved_x_display())
    )
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert "Qt's X11 plugin needs libacupressX.so.4, which is not installed." in result.stderr
    assert "`apt-file search libacupressX.so.4`" in result.stderr
    assert "sudo apt-get" not in result.stderr


def test_a_plugin_that_is_no_library_is_reported_with_the_loaders_words(
    stub_plugins: Path,
) -> None:
    check = check_window((), {"DISPLAY": unserved_x_display()})
    assert check.problem is not None
    assert check.problem.missing_libraries == ()
    assert f"Qt's X11 plugin {stub_plugins / 'libqxcb.so'} cannot be loaded" in (
        check.problem.message()
    )


def test_a_plugin_left_out_of_a_bundle_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    check = check_window((), {"DISPLAY": unserved_x_display()})
    assert check.problem is not None
    assert check.problem.message() == (
        "AcuPress cannot open its window: Qt's X11 plugin (libqxcb.so) is not in "
        f"{tmp_path / 'PySide6' / 'Qt' / 'plugins' / 'platforms'}."
    )


def test_a_renamed_package_is_given_with_its_other_name() -> None:
    problem = WindowProblem(("Qt needs libglib-2.0.so.0.",), ("libglib-2.0.so.0",))
    assert problem.message().splitlines()[-2:] == [
        "  sudo apt-get install libglib2.0-0",
        "  (on Ubuntu 24.04 and later: sudo apt-get install libglib2.0-0t64)",
    ]


def test_the_loaders_words_give_the_libraries_without_their_folder() -> None:
    error = (
        "/opt/x/libqxcb.so: /nowhere/libxcb-image.so.0: cannot open shared object file: "
        "No such file or directory"
    )
    assert missing_libraries(error) == ("libxcb-image.so.0",)
    assert missing_libraries("libqxcb.so: undefined symbol: xcb_foo") == ()


WIDGETS_WITHOUT_EGL = """
import sys

class WithoutEgl:
    \"\"\"Fails the import of Qt's widgets as Python does on a machine without libEGL.\"\"\"

    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtWidgets":
            raise ImportError(
                "libEGL.so.1: cannot open shared object file: No such file or directory"
            )

sys.meta_path.insert(0, WithoutEgl())
from acupress_gui.app import main
sys.exit(main(sys.argv[1:]))
"""


def test_when_qt_itself_cannot_load_the_library_is_named(tmp_path: Path) -> None:
    """Offscreen nothing is checked before Qt, so the import is where it shows."""
    result = subprocess.run(
        [sys.executable, "-c", WIDGETS_WITHOUT_EGL, "--data-dir", str(tmp_path / "data")],
        cwd=REPOSITORY,
        env=app_environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=PROMPTLY_S,
    )
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert result.stderr == (
        "AcuPress cannot open its window: Qt needs libEGL.so.1, which is not installed.\n"
        "Install it with:\n"
        "  sudo apt-get install libegl1\n"
    )
    assert "sudo apt-get install libegl1" in logged(tmp_path)


def test_a_failed_import_of_qt_names_the_library_and_its_package() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert import_problem(error).message() == (
        "AcuPress cannot open its window: Qt needs libEGL.so.1, which is not installed.\n"
        "Install it with:\n"
        "  sudo apt-get install libegl1"
    )


def test_packages_are_named_once_in_the_order_found() -> None:
    packages = parse_packages("libfoo1 run libfoo.so.1 libfoo-extra.so.1\nlibbar2 run libbar.so.2")
    problem = WindowProblem(("x",), ("libbar.so.2", "libfoo.so.1", "libfoo-extra.so.1"))
    assert "  sudo apt-get install libbar2 libfoo1" in problem.message(packages).splitlines()


# --- No display -------------------------------------------------------------------------


def test_without_a_display_the_app_says_so_and_ends(tmp_path: Path) -> None:
    result = run_app(tmp_path, env=app_environment(tmp_path))
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert "there is no X display to show it on (DISPLAY is not set)." in result.stderr
    assert "DISPLAY is not set" in logged(tmp_path)


def test_a_display_nobody_serves_is_named(stub_plugins: Path) -> None:
    display = unserved_x_display()
    check = check_window((), {"DISPLAY": display}, load=LoadSpy())
    assert check.problem is not None
    assert check.problem.message() == (
        f"AcuPress cannot open its window: there is no X display at {display}: "
        "nothing answers there."
    )


def test_the_display_option_wins_over_the_environment(stub_plugins: Path) -> None:
    in_environment, in_option = islice(unserved_x_displays(), 2)
    check = check_window(("-display", in_option), {"DISPLAY": in_environment}, load=LoadSpy())
    assert check.problem is not None
    assert f"no X display at {in_option}:" in check.problem.message()


def test_a_display_that_refuses_is_told_apart_from_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preflight, "X11_SOCKETS", tmp_path)
    (tmp_path / "X7").touch()
    assert "refused the connection" in preflight._x_refusal(":7.0")
    assert "nothing answers there" in preflight._x_refusal(":8")
    assert "nothing answers there" in preflight._x_refusal("remote.example:7")


@pytest.fixture
def wayland_socket(tmp_path: Path) -> Iterator[Path]:
    """A listening socket where a Wayland compositor's would be."""
    path = tmp_path / "runtime" / "wayland-test"
    path.parent.mkdir(exist_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen()
        yield path


def test_a_wayland_session_is_checked_before_x11(stub_plugins: Path, wayland_socket: Path) -> None:
    load = LoadSpy()
    environ = {
        "WAYLAND_DISPLAY": wayland_socket.name,
        "XDG_RUNTIME_DIR": str(wayland_socket.parent),
    }
    check = check_window((), environ, load=load)
    assert check.problem is None
    assert load.loaded == ["libqwayland.so"]  # it works, so Qt never tries xcb


def test_without_a_compositor_both_platforms_are_explained(
    stub_plugins: Path, tmp_path: Path
) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    check = check_window((), environ, load=LoadSpy())
    assert check.problem is not None
    assert check.problem.message().splitlines() == [
        "AcuPress cannot open its window:",
        f"- there is no Wayland display at {tmp_path / 'wayland-9'}: nothing answers there.",
        "- there is no X display to show it on (DISPLAY is not set).",
    ]


def test_wayland_without_a_runtime_folder_is_explained(stub_plugins: Path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-0"}
    check = check_window(("-platform", "wayland"), environ, load=LoadSpy())
    assert check.problem is not None
    assert "XDG_RUNTIME_DIR is not set" in check.problem.message()


# --- Telling a person who has no terminal -----------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def fake_tool(folder: Path, name: str, script: str) -> Path:
    """An executable ``name`` in ``folder`` that runs the shell ``script``.

    PATH in these tests holds only ``folder``: the script uses shell builtins.
    """
    folder.mkdir(exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{script}\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return tool


PROBLEM = WindowProblem(("there is no X display to show it on (DISPLAY is not set).",))


def test_from_a_menu_a_desktop_notification_says_why(tmp_path: Path) -> None:
    calls = tmp_path / "calls.txt"
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", f'printf "%s\\0" "$@" > {calls}')
    environ = {"PATH": str(tools), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus"}
    stderr = io.StringIO()
    report_window_problem(PROBLEM, stderr=stderr, environ=environ)
    assert stderr.getvalue().startswith("AcuPress cannot open its window: there is no X display")
    arguments = calls.read_text().split("\0")[:-1]
    assert arguments[-2:] == [
        "AcuPress cannot open its window",
        "there is no X display to show it on (DISPLAY is not set).",
    ]


def test_the_notification_carries_every_reason_and_the_install_line(tmp_path: Path) -> None:
    calls = tmp_path / "calls.txt"
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", f'printf "%s\\0" "$@" > {calls}')
    environ = {"PATH": str(tools), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus"}
    problem = WindowProblem(
        (
            "there is no Wayland display at /run/user/7/wayland-0: nothing answers there.",
            "Qt's X11 plugin needs libxcb-icccm.so.4, which is not installed.",
        ),
        ("libxcb-icccm.so.4",),
    )
    report_window_problem(problem, stderr=io.StringIO(), environ=environ)
    *_, summary, body = calls.read_text().split("\0")[:-1]
    assert summary == "AcuPress cannot open its window"
    assert body.splitlines() == [
        "- there is no Wayland display at /run/user/7/wayland-0: nothing answers there.",
        "- Qt's X11 plugin needs libxcb-icccm.so.4, which is not installed.",
        "Install it with:",
        "  sudo apt-get install libxcb-icccm4",
    ]


def test_without_notify_send_gdbus_sends_the_notification(tmp_path: Path) -> None:
    calls = tmp_path / "calls.txt"
    tools = tmp_path / "bin"
    fake_tool(tools, "gdbus", f'printf "%s\\0" "$@" > {calls}')
    environ = {"PATH": str(tools), "XDG_RUNTIME_DIR": str(tmp_path)}
    (tmp_path / "bus").touch()  # the session bus's usual place
    assert preflight.notify_desktop("Summary", "a < b & c", environ)
    arguments = calls.read_text().split("\0")[:-1]
    assert "--method=org.freedesktop.Notifications.Notify" in arguments
    assert "a &lt; b &amp; c" in arguments  # the body is markup to the server


def test_from_a_terminal_there_is_no_notification(tmp_path: Path) -> None:
    calls = tmp_path / "calls.txt"
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", f": > {calls}")
    environ = {"PATH": str(tools), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus"}
    terminal = Terminal()
    report_window_problem(PROBLEM, stderr=terminal, environ=environ)
    assert "DISPLAY is not set" in terminal.getvalue()
    assert not calls.exists()


def test_without_a_session_bus_nothing_is_sent(tmp_path: Path) -> None:
    calls = tmp_path / "calls.txt"
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", f": > {calls}")
    assert not preflight.notify_desktop("Summary", "Body", {"PATH": str(tools)})
    assert not calls.exists()


def test_a_notifier_that_hangs_or_fails_does_not_hold_up_the_exit(tmp_path: Path) -> None:
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", f"exec {shutil.which('sleep')} 30")
    fake_tool(tools, "gdbus", "exit 1")
    environ = {"PATH": str(tools), "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/bus"}
    assert not preflight.notify_desktop("Summary", "Body", environ)  # after its timeout


def test_the_app_ends_with_its_code_when_no_notifier_works(tmp_path: Path) -> None:
    tools = tmp_path / "bin"
    fake_tool(tools, "notify-send", "exit 3")
    environment = app_environment(
        tmp_path, PATH=str(tools), DBUS_SESSION_BUS_ADDRESS="unix:path=/nowhere"
    )
    result = run_app(tmp_path, env=environment)
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert "No desktop notification with" in logged(tmp_path)


def test_qt_core_that_cannot_load_is_said_plainly_not_as_a_traceback(tmp_path: Path) -> None:
    """Offscreen there is no plugin to check first: the failed import itself is the news."""
    blocked = (
        "import sys; sys.modules['PySide6.QtCore'] = None\n"
        "from acupress_gui.app import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", blocked],
        env=app_environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == app.EXIT_CANNOT_OPEN_WINDOW, result.stderr
    assert "Traceback" not in result.stderr
    assert "Qt's libraries cannot be loaded" in result.stderr
    assert "Qt's libraries cannot be loaded" in logged(tmp_path)
