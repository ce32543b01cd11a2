"""``--install-desktop-entry``: AcuPress in the desktop's menu, for one person.

pip and pipx install a command but no menu entry. This writes the package's desktop entry
and icons into the user's XDG data folder, with an ``Exec=`` line that starts this very
installation by its absolute path: a menu knows neither the shell's ``PATH`` nor the
virtual environment. No Qt and nothing beyond the standard library, like the rest of
the command line, so it works where no window can open.

The entry's text has one source, ``packaging/linux/``, of which the package carries a
byte-for-byte copy (a wheel holds nothing outside the package; a test keeps them equal);
only the lines that say how to start the app are written here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from acupress_gui import APP_ID
from acupress_gui.resources import icon_files

RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that oblige an ``Exec=`` argument to be quoted (Desktop Entry spec 1.5)."""
ESCAPED_IN_QUOTES = frozenset('"`$\\')
"""Characters preceded by a backslash inside a quoted argument."""


class DesktopEntryError(Exception):
    """The entry cannot be written: said to the person in one sentence."""


@dataclass(frozen=True, slots=True)
class Launcher:
    """How a menu starts the running installation of AcuPress."""

    command: tuple[str, ...]
    """The program, by absolute path, and its arguments."""
    working_dir: Path | None = None
    """Where to start it, when only that folder makes the package importable."""


def find_launcher(
    argv0: str, executable: str, frozen: bool, package_dir: Path, environment: dict[str, str]
) -> Launcher:
    """The command that started this process, made absolute, as a menu can run it.

    A PyInstaller bundle (``frozen``) is its own executable. A pip or pipx install runs
    a launcher script, ``argv0``, kept by the path it was found at rather than resolved:
    pipx links ``~/.local/bin/acupress-gui`` into its venv, and the link survives an
    upgrade. ``python -m acupress_gui`` runs ``__main__.py``, which no menu can start,
    so the entry runs the same interpreter with ``-m``; when the package was found only
    through the working folder or ``PYTHONPATH`` (a source checkout), the entry starts
    in that folder too.
    """
    if frozen:
        return Launcher((os.path.abspath(executable),))
    script = Path(os.path.abspath(argv0))
    if script.name != "__main__.py" and script.is_file() and os.access(script, os.X_OK):
        return Launcher((str(script),))
    source = package_dir.parent
    search_path = environment.get("PYTHONPATH", "").split(os.pathsep)
    places = [Path.cwd(), *(Path(place) for place in search_path if place)]
    found_outside = any(_same(source, place) for place in places)
    return Launcher(
        (os.path.abspath(executable), "-m", package_dir.name),
        source if found_outside else None,
    )


def running_launcher() -> Launcher:
    """``find_launcher`` for this process."""
    package_dir = Path(__file__).resolve().parent.parent
    return find_launcher(
        sys.argv[0], sys.executable, getattr(sys, "frozen", False), package_dir, dict(os.environ)
    )


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec=`` value, quoted and escaped as the spec asks.

    Quoting comes first; then, as for every string value, each backslash is doubled (a
    reader undoes that before it unquotes), and a literal ``%`` is written ``%%``.
    """
    _refuse_control_characters(argument)
    text = argument
    if not text or any(character in RESERVED for character in text):
        escaped = "".join(f"\\{c}" if c in ESCAPED_IN_QUOTES else c for c in text)
        text = f'"{escaped}"'
    return text.replace("\\", "\\\\").replace("%", "%%")


def entry_text(template: str, launcher: Launcher) -> str:
    """The packaged entry with its ``Exec=`` line starting ``launcher``.

    ``TryExec=`` names the program too, so a menu hides the entry by itself once the
    program is gone (``pip uninstall`` does not remove the entry).
    """
    program = launcher.command[0]
    start = [
        f"TryExec={_string_value(program)}",
        "Exec=" + " ".join(exec_argument(argument) for argument in launcher.command),
    ]
    if launcher.working_dir is not None:
        start.append(f"Path={_string_value(str(launcher.working_dir))}")
    lines = template.splitlines()
    if sum(line.startswith("Exec=") for line in lines) != 1:
        raise ValueError("the packaged desktop entry must have exactly one Exec= line")
    written: list[str] = []
    for line in lines:
        if line.startswith("Exec="):
            written.extend(start)
        elif not line.startswith(("TryExec=", "Path=")):
            written.append(line)
    return "\n".join(written) + "\n"


def data_home(environment: dict[str, str]) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (the
    XDG Base Directory spec says to ignore a relative one)."""
    configured = environment.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, Path | None]:
    """Each file the install writes, with the packaged file it copies (None for the
    entry, which is written from the template)."""
    files: dict[Path, Path | None] = {home / "applications" / f"{APP_ID}.desktop": None}
    for folder, source in icon_files().items():
        files[home / "icons" / "hicolor" / folder / "apps" / source.name] = source
    return files


def install(home: Path, launcher: Launcher) -> list[Path]:
    """Write the entry and the icons under ``home``; returns what was written.

    Writing again replaces the same files, so installing twice, or from another
    installation, leaves one entry pointing at the latest.
    """
    template = resources.files("acupress_gui.resources").joinpath(f"{APP_ID}.desktop")
    entry = entry_text(template.read_text("utf-8"), launcher)
    written = []
    for target, source in installed_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            _write_atomically(target, entry.encode("utf-8"))
        else:
            _write_atomically(target, source.read_bytes())
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the files ``install`` writes, and nothing else; returns what was removed."""
    removed = []
    for target in installed_files(home):
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    if removed:
        _refresh_caches(home)
    return removed


def run(action: str, extra_arguments: Sequence[str] = ()) -> int:
    """The command line's ``--install-desktop-entry`` / ``--uninstall-desktop-entry``.

    ``extra_arguments`` (the ``--data-dir`` and ``--catalog`` given with the install)
    are passed on by the entry. Prints each file written or removed; a failure is one
    sentence on stderr and exit code 1.
    """
    if sys.platform in ("win32", "darwin"):
        print("Desktop entries are for Linux and other freedesktop.org desktops.", file=sys.stderr)
        return 1
    home = data_home(dict(os.environ))
    try:
        if action == "uninstall":
            removed = uninstall(home)
            for path in removed:
                print(f"Removed {path}")
            if not removed:
                print(f"No desktop entry of AcuPress was installed in {home}")
            return 0
        found = running_launcher()
        launcher = Launcher((*found.command, *extra_arguments), found.working_dir)
        for path in install(home, launcher):
            print(f"Wrote {path}")
    except (OSError, DesktopEntryError) as error:
        print(f"AcuPress could not {action} its desktop entry. {error}", file=sys.stderr)
        return 1
    print(f"AcuPress is in your applications menu; it runs {shlex.join(launcher.command)}")
    return 0


def _same(path: Path, other: Path) -> bool:
    try:
        return path.samefile(other)
    except OSError:
        return False


def _refuse_control_characters(text: str) -> None:
    """A line break would end the value early; no other control character belongs in a
    path either."""
    if any(unicodedata.category(character) == "Cc" for character in text):
        raise DesktopEntryError(f"A desktop entry cannot hold the path {text!r}.")


def _string_value(text: str) -> str:
    """A value of type string: backslashes doubled, no control characters."""
    _refuse_control_characters(text)
    return text.replace("\\", "\\\\")


def _write_atomically(target: Path, data: bytes) -> None:
    """A menu watching the folder never reads half a file."""
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    partial.replace(target)


def _refresh_caches(home: Path) -> None:
    """Let menus and icon lookups see the change now, with the desktop's own tools where
    they are installed; neither is needed, so a missing or failing one is only noted.

    The icon cache is updated only where one already exists: without one, lookups read
    the folders, and a cache made here would be a file nobody removes.
    """
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # the spec's signal that the theme changed
    commands = [["update-desktop-database", "-q", str(home / "applications")]]
    if (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError) as error:
            print(f"Note: {command[0]} did not run ({error}); menus may update later.")
