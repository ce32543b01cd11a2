"""Before Qt starts: can a window open on the platform Qt will use? If not, say why.

When its platform plugin cannot load, or finds no display, Qt aborts the process (exit
code 134), writes why only to the log, and blames ``libxcb-cursor0`` whichever library is
missing. This check runs first, for the platforms Qt will try and in Qt's order: it loads
the platform plugin with ``ctypes``, so the dynamic loader names the library it could not
find (inside a PyInstaller bundle too), and makes sure a display answers. It imports no
Qt, so it works where Qt's own libraries are what is missing. It costs a few
milliseconds, most of them spent loading libraries that Qt loads next anyway; what only
a failure needs (the package list, subprocesses) is imported only then.

Platforms with nothing to check here (offscreen, minimal, vnc, eglfs ...) pass at once,
and so does every platform on Windows and macOS.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from acupress_gui.bootstrap.cli import QT_OPTIONS_WITH_VALUE

if TYPE_CHECKING:
    from acupress_gui.bootstrap.system_packages import SystemPackage

log = logging.getLogger(__name__)

PLUGIN_FILES = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "wayland-egl": "libqwayland.so",
    "wayland-brcm": "libqwayland.so",
}
"""The platforms checked here, by Qt's plugin key, and the file of each plugin."""

QT_DEFAULT_PLATFORM = "xcb"
"""What Qt's Linux wheels try when nothing else applies (``QT_QPA_DEFAULT_PLATFORM_NAME``)."""

TITLE = "AcuPress cannot open its window"
X11_SOCKETS = Path("/tmp/.X11-unix")
NOTIFICATIONS = "org.freedesktop.Notifications"
HELPER_TIMEOUT_S = 2.0
"""For ``ldd`` and the desktop notification: a start that fails must still end promptly."""

_MISSING_LIBRARY = re.compile(r"(\S+?): cannot open shared object file")
_LOCAL_X_DISPLAY = re.compile(r"(?:unix)?:(\d+)(?:\.\d+)?")

LoadLibrary = Callable[[Path], str | None]


@dataclass(frozen=True, slots=True)
class WindowProblem:
    """Why no window can open: sentences for the person, and the libraries to install."""

    reasons: tuple[str, ...]
    """Each a clause that completes the title: "AcuPress cannot open its window: ..."."""
    missing_libraries: tuple[str, ...] = ()
    """Sonames the dynamic loader could not find, such as ``libxcb-cursor.so.0``."""

    def message(self, packages: tuple[SystemPackage, ...] | None = None) -> str:
        """The whole explanation, for the terminal and the log."""
        separator = " " if len(self.reasons) == 1 else "\n"
        return f"{TITLE}:{separator}{self.explanation(packages)}"

    def explanation(self, packages: tuple[SystemPackage, ...] | None = None) -> str:
        """What follows the title: the reasons, then the ``sudo apt-get install`` line.

        ``packages`` is the list to name packages from, the shipped one when not given.
        """
        from acupress_gui.bootstrap.system_packages import load_packages, package_for_library

        if len(self.reasons) == 1:
            lines = [self.reasons[0]]
        else:
            lines = [f"- {reason}" for reason in self.reasons]
        listed_in = load_packages() if packages is None else packages  # read once
        found = [package_for_library(library, listed_in) for library in self.missing_libraries]
        listed = list(dict.fromkeys(package for package in found if package is not None))
        if listed:
            lines.append(f"Install {'it' if len(listed) == 1 else 'them'} with:")
            lines.append("  sudo apt-get install " + " ".join(p.name for p in listed))
            if any(len(package.names) > 1 for package in listed):
                renamed = " ".join(package.names[-1] for package in listed)
                lines.append(f"  (on Ubuntu 24.04 and later: sudo apt-get install {renamed})")
        for library, package in zip(self.missing_libraries, found, strict=True):
            if package is None:
                lines.append(
                    f"{library} is not in AcuPress's list of packages; "
                    f"`apt-file search {library}` names the package that has it."
                )
        return "\n".join(lines)


@dataclass(slots=True)
class WindowCheck:
    """The outcome: a problem, or None; and the display connection held until Qt has its own.

    A bare X server (Xvfb without ``-noreset``) resets when its last client leaves, and a
    client connecting during the reset fails; so the check's connection stays open until
    ``close()``, called once ``QApplication`` exists.
    """

    problem: WindowProblem | None
    _release: Callable[[], None] | None = field(default=None, repr=False)

    def close(self) -> None:
        if self._release is not None:
            self._release()
            self._release = None


def check_window(
    qt_arguments: Sequence[str],
    environ: Mapping[str, str] | None = None,
    *,
    load: LoadLibrary | None = None,
) -> WindowCheck:
    """Can Qt open a window with these options and this environment?

    Each platform Qt will try is checked in Qt's order, and the first that passes ends
    the check, as Qt uses the first that works. ``load`` loads a plugin and returns the
    loader's error (``load_library`` when not given).
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return WindowCheck(None)
    load_plugin = load_library if load is None else load
    reasons: list[str] = []
    missing: list[str] = []
    for platform in platforms_to_try(qt_arguments, env):
        if platform not in PLUGIN_FILES:
            return WindowCheck(None)  # nothing to check: Qt will manage, or say why itself
        plugin_problem = _plugin_problem(platform, qt_arguments, env, load_plugin)
        if plugin_problem is not None:
            reasons.extend(plugin_problem.reasons)
            missing.extend(plugin_problem.missing_libraries)
        if platform == "xcb":
            display_problem, release = _x_display(qt_arguments, env, connect=plugin_problem is None)
        else:
            display_problem, release = _wayland_display(env), None
        if display_problem is not None:
            reasons.append(display_problem)
        if plugin_problem is None and display_problem is None:
            return WindowCheck(None, release)
    if not reasons:
        return WindowCheck(None)
    return WindowCheck(WindowProblem(tuple(dict.fromkeys(reasons)), tuple(dict.fromkeys(missing))))


def platforms_to_try(qt_arguments: Sequence[str], environ: Mapping[str, str]) -> tuple[str, ...]:
    """The platform plugins Qt will try, in its order, by key (``offscreen``, ``xcb`` ...).

    Qt's ``-platform`` option wins, then ``QT_QPA_PLATFORM`` when not empty, then Qt 6's
    own choice on Linux (``QGuiApplicationPrivate::createPlatformIntegration``, checked
    against 6.11.3): xcb when DISPLAY is set; wayland before it when WAYLAND_DISPLAY is set
    or XDG_SESSION_TYPE is "wayland"; xcb last when neither named it. Each may be a list
    (``wayland;xcb``) with arguments after a colon (``offscreen:configfile=x.json``).
    """
    requested = _last_value(qt_arguments, "-platform")
    if requested is None:
        requested = environ.get("QT_QPA_PLATFORM") or _qt_default_platforms(environ)
    keys = (entry.split(":", 1)[0].strip().lower() for entry in requested.split(";"))
    return tuple(dict.fromkeys(key for key in keys if key))


def _qt_default_platforms(environ: Mapping[str, str]) -> str:
    order = ["xcb"] if "DISPLAY" in environ else []
    if "WAYLAND_DISPLAY" in environ or environ.get("XDG_SESSION_TYPE") == "wayland":
        order.insert(0, "wayland")
    if QT_DEFAULT_PLATFORM not in order:
        order.append(QT_DEFAULT_PLATFORM)
    return ";".join(order)


def plugin_files(
    platform: str, qt_arguments: Sequence[str], environ: Mapping[str, str]
) -> tuple[Path, ...]:
    """The copies of ``platform``'s plugin that Qt will try to load, in its order.

    Qt tries the one in ``-platformpluginpath`` (else ``QT_QPA_PLATFORM_PLUGIN_PATH``)
    first, then the first it finds in its plugin folders (``plugin_folders``).
    """
    name = PLUGIN_FILES[platform]
    direct = _last_value(qt_arguments, "-platformpluginpath")
    direct = direct or environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    files = [Path(direct, name)] if direct and Path(direct, name).is_file() else []
    searched = (folder / name for folder in plugin_folders(environ))
    first = next((candidate for candidate in searched if candidate.is_file()), None)
    if first is not None and first not in files:
        files.append(first)
    return tuple(files)


def plugin_folders(environ: Mapping[str, str]) -> tuple[Path, ...]:
    """Where Qt looks for platform plugins, in its order.

    Each folder of ``QT_PLUGIN_PATH``, then the plugins of the Qt that PySide6 brings:
    in a PyInstaller bundle below ``sys._MEIPASS``, else beside the installed package,
    found without importing it.
    """
    folders = [
        Path(entry, "platforms")
        for entry in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)
        if entry
    ]
    pyside = _pyside_folder()
    if pyside is not None:
        folders.append(pyside / "Qt" / "plugins" / "platforms")
    return tuple(folders)


def _pyside_folder() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle, "PySide6")
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def load_library(path: Path) -> str | None:
    """Load ``path`` and everything it needs; the dynamic loader's error, or None."""
    import ctypes

    try:
        ctypes.CDLL(str(path))
    except OSError as error:
        return str(error)
    return None


def missing_libraries(loader_error: str) -> tuple[str, ...]:
    """The sonames a dynamic loader's error says it could not find (without any folder)."""
    found = (Path(name).name for name in _MISSING_LIBRARY.findall(loader_error))
    return tuple(dict.fromkeys(found))


def _plugin_problem(
    platform: str, qt_arguments: Sequence[str], environ: Mapping[str, str], load: LoadLibrary
) -> WindowProblem | None:
    """None when one of the plugin's copies that Qt tries loads, else why none does."""
    name = _platform_name(platform)
    files = plugin_files(platform, qt_arguments, environ)
    if not files:
        searched = ", ".join(str(folder) for folder in plugin_folders(environ)) or "no folder"
        return WindowProblem(
            (f"Qt's {name} plugin ({PLUGIN_FILES[platform]}) is not in {searched}.",)
        )
    reasons: list[str] = []
    missing: list[str] = []
    for plugin in files:
        error = load(plugin)
        if error is None:
            return None
        found = missing_libraries(error)
        if found:
            missing += [*found, *_unresolved_by_ldd(plugin)]
        else:
            reasons.append(f"Qt's {name} plugin {plugin} cannot be loaded: {error}")
    missing = list(dict.fromkeys(missing))
    if len(missing) == 1:
        reasons.append(f"Qt's {name} plugin needs {missing[0]}, which is not installed.")
    elif missing:
        listed = ", ".join(missing)
        reasons.append(f"Qt's {name} plugin needs libraries that are not installed: {listed}.")
    return WindowProblem(tuple(reasons), tuple(missing))


def _unresolved_by_ldd(plugin: Path) -> tuple[str, ...]:
    """Every library ``plugin`` needs that cannot be found, as ``ldd`` lists them.

    The loader stops at the first missing library; a fresh machine often lacks several,
    and naming them all saves a round of install, start, fail. Empty without ``ldd``.
    """
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return ()
    try:
        listing = subprocess.run(
            [ldd, str(plugin)],
            capture_output=True,
            text=True,
            timeout=HELPER_TIMEOUT_S,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    missing = (
        Path(line.split("=>", 1)[0].strip()).name
        for line in listing.splitlines()
        if line.rstrip().endswith("=> not found")
    )
    return tuple(dict.fromkeys(missing))


def _x_display(
    qt_arguments: Sequence[str], environ: Mapping[str, str], *, connect: bool
) -> tuple[str | None, Callable[[], None] | None]:
    """A problem with the X display, and how to release the connection made to it.

    Without ``connect`` (the plugin, and so perhaps libxcb, did not load) only the
    display's name is checked.
    """
    display = _last_value(qt_arguments, "-display") or environ.get("DISPLAY")
    if not display:
        return "there is no X display to show it on (DISPLAY is not set).", None
    if not connect:
        return None, None
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")  # loaded already, as the plugin needs it
    except OSError:
        return None, None  # a plugin without libxcb: Qt knows better than this check
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(os.fsencode(display), None)
    failed = xcb.xcb_connection_has_error(connection)
    if failed:
        xcb.xcb_disconnect(connection)
        return _x_refusal(display), None
    return None, lambda: xcb.xcb_disconnect(connection)


def _x_refusal(display: str) -> str:
    local = _LOCAL_X_DISPLAY.fullmatch(display)
    if local is not None and (X11_SOCKETS / f"X{local.group(1)}").exists():
        return (
            f"the X display {display} refused the connection (started as another user, "
            "or without that display's XAUTHORITY?)."
        )
    return f"there is no X display at {display}: nothing answers there."


def _wayland_display(environ: Mapping[str, str]) -> str | None:
    """A problem with the Wayland display, found the way libwayland-client looks for it."""
    import socket

    if environ.get("WAYLAND_SOCKET"):
        return None  # a connection handed down by the compositor: nothing to look for
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not os.path.isabs(name) and not runtime:
        return "the Wayland display cannot be found (XDG_RUNTIME_DIR is not set)."
    path = name if os.path.isabs(name) else os.path.join(runtime or "", name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(HELPER_TIMEOUT_S)
        try:
            probe.connect(path)
        except OSError:
            return f"there is no Wayland display at {path}: nothing answers there."
    return None


def import_problem(error: ImportError) -> WindowProblem:
    """What a failed import of Qt's widgets means, such as a missing ``libEGL.so.1``."""
    missing = missing_libraries(str(error))
    if not missing:
        return WindowProblem((f"Qt's libraries cannot be loaded: {error}",))
    names = ", ".join(missing)
    verb = "is" if len(missing) == 1 else "are"
    return WindowProblem((f"Qt needs {names}, which {verb} not installed.",), missing)


def report_window_problem(
    problem: WindowProblem,
    *,
    stderr: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Say why, on stderr and in the log, and in a desktop notification where one helps.

    A person who started the app from a terminal reads it there; one who started it from
    a menu has no terminal, so the notification is sent only when stderr is not one.
    """
    terminal = sys.stderr if stderr is None else stderr
    env = os.environ if environ is None else environ
    message = problem.message()
    log.error("%s", message)
    if terminal is not None:
        print(message, file=terminal)
    if not _is_terminal(terminal):
        notify_desktop(TITLE, problem.explanation(), env)


def notify_desktop(summary: str, body: str, environ: Mapping[str, str]) -> bool:
    """Show a desktop notification with ``notify-send``, else ``gdbus``; True if one took it.

    Tried only where a session bus is known, each with a short timeout; a failure is
    logged and otherwise ignored, since stderr and the log already have the message.
    """
    import shutil
    import subprocess

    runtime = environ.get("XDG_RUNTIME_DIR")
    has_bus = bool(environ.get("DBUS_SESSION_BUS_ADDRESS")) or (
        runtime is not None and os.path.exists(os.path.join(runtime, "bus"))
    )
    if not has_bus:
        return False
    body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # markup
    commands: list[list[str]] = []
    search_path = environ.get("PATH", os.defpath)
    notify_send = shutil.which("notify-send", path=search_path)
    if notify_send is not None:
        # Critical: the notice stays until read, as a start that failed deserves.
        options = ["--app-name=AcuPress", "--urgency=critical", "--icon=dialog-error"]
        commands.append([notify_send, *options, summary, body])
    gdbus = shutil.which("gdbus", path=search_path)
    if gdbus is not None:
        # Notify(app, replaces, icon, summary, body, actions, hints, timeout): the same
        # urgency; the server's own expiry, typed, as gdbus reads a bare "-1" as an option.
        hints = "{'urgency': <byte 2>}"
        call = ["AcuPress", "0", "dialog-error", summary, body, "[]", hints, "int32 -1"]
        method = [
            f"--dest={NOTIFICATIONS}",
            "--object-path=/org/freedesktop/Notifications",
            f"--method={NOTIFICATIONS}.Notify",
        ]
        timeout = f"--timeout={int(HELPER_TIMEOUT_S)}"
        commands.append([gdbus, "call", "--session", timeout, *method, *call])
    for command in commands:
        try:
            done = subprocess.run(
                command,
                env=dict(environ),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                timeout=HELPER_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            log.info("No desktop notification with %s: %s", command[0], error)
            continue
        if done.returncode == 0:
            return True
        log.info("No desktop notification with %s: %s", command[0], done.stderr.strip())
    return False


def _platform_name(platform: str) -> str:
    return "X11" if platform == "xcb" else "Wayland"


def _last_value(qt_arguments: Sequence[str], option: str) -> str | None:
    """The value of Qt's ``option``; the last one wins, as Qt reads them left to right."""
    value = None
    index = 0
    while index < len(qt_arguments):
        if qt_arguments[index] not in QT_OPTIONS_WITH_VALUE:
            index += 1
            continue
        if qt_arguments[index] == option and index + 1 < len(qt_arguments):
            value = qt_arguments[index + 1]
        index += 2
    return value


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False
