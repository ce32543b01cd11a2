"""The built one-folder app carries what it needs: checked on its files with ``ldd``, and
by starting it with the system's copies of the libraries it bundles hidden.

The system may provide only the base libraries every desktop Linux has, listed in
``BASE_LIBRARIES`` and in docs/packaging.md: glibc, the C++ runtime, the OpenGL driver,
libxcb itself, fontconfig with FreeType, and Wayland's client libraries. Everything else,
Qt's xcb libraries first, must come from the bundle. The tests of the real window in
``tests/gui`` run on the bundle too (``ACUPRESS_GUI``, set by ``make bundle-check``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

import acupress_gui.resources
from acupress_gui.core.languages import CODES, SOURCE_LANGUAGE
from tests.gui.x11 import find_window, press_keys

BASE_LIBRARIES = re.compile(
    r"(linux-vdso|ld-linux-x86-64|libc|libm|libdl|libpthread|librt|libresolv"  # glibc
    r"|libstdc\+\+|libgcc_s"  # the C++ runtime, which the OpenGL driver shares
    r"|libGL|libEGL|libGLX|libOpenGL|libGLdispatch"  # the OpenGL driver (libglvnd)
    r"|libxcb|libXau|libXdmcp|libbsd|libmd"  # libxcb and what it needs
    r"|libfontconfig|libfreetype|libexpat|libpng16"  # fonts, as the system configures them
    r"|libwayland-client|libwayland-cursor|libwayland-egl"  # a Wayland session's own
    r"|libz"  # PyInstaller's launcher links it before the bundle's folder is searched
    r"|libcrypto"  # OpenSSL 3, for the kiosk PIN's scrypt hash (bundle_contents.py)
    r")\.so[.0-9]*"
)
"""Libraries the target machine provides (names, matched whole)."""

GLIBC_NEEDED = (2, 35)
"""The newest glibc the bundle may ask for: Ubuntu 22.04's (docs/packaging.md). The
interpreter and the system libraries copied in are built against the build machine's."""

SHOW_TIMEOUT_S = 10.0
EXIT_TIMEOUT_S = 10.0


def elf_files(bundle: Path) -> list[Path]:
    """The executable and every shared library and extension module in the bundle."""
    libraries = [
        path for path in bundle.rglob("*") if path.is_file() and re.search(r"\.so(\.|$)", path.name)
    ]
    return [bundle / "acupress-gui", *sorted(libraries)]


def ldd(path: Path, bundle: Path) -> list[tuple[str, str]]:
    """(name, where it was found) for each library ``path`` loads, as the bundle runs it:
    PyInstaller's launcher starts with the person's environment, then puts the bundle's
    library folder on LD_LIBRARY_PATH for everything it loads."""
    environment = {key: value for key, value in os.environ.items() if key != "LD_LIBRARY_PATH"}
    if path != bundle / "acupress-gui":
        environment["LD_LIBRARY_PATH"] = str(bundle / "_internal")
    result = subprocess.run(
        ["ldd", str(path)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    found = []
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", line)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def test_the_xcb_platform_plugin_is_where_qt_and_the_preflight_look(bundle: Path) -> None:
    plugin = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.is_file()
    assert ("libxcb-cursor.so.0", str(bundle / "_internal" / "libxcb-cursor.so.0")) in ldd(
        plugin, bundle
    )


PRINT_PLUGIN = Path("_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
"""Qt's CUPS plugin, loaded only to print: it takes the print server's own client
library, libcups, from the system, and with it whatever that library needs."""


def printing_libraries(bundle: Path) -> set[str]:
    """The system's libcups and the libraries it needs (as the plugin loads them)."""
    found = dict(ldd(bundle / PRINT_PLUGIN, bundle))
    cups = found.get("libcups.so.2")
    if cups is None or cups == "not found":
        return set()
    return {"libcups.so.2", *(name for name, _ in ldd(Path(cups), bundle))}


def test_every_library_is_in_the_bundle_or_a_base_library(bundle: Path) -> None:
    problems = []
    printing = printing_libraries(bundle)
    for path in elf_files(bundle):
        for name, where in ldd(path, bundle):
            if where == "not found" and (path.relative_to(bundle), name) == (
                PRINT_PLUGIN,
                "libcups.so.2",
            ):
                continue  # a machine without CUPS: Print opens the PDF viewer instead
            if where == "not found":
                problems.append(f"{path.relative_to(bundle)}: {name} not found")
            elif Path(where).is_relative_to(bundle) or BASE_LIBRARIES.fullmatch(name):
                continue
            elif path.relative_to(bundle) != PRINT_PLUGIN or name not in printing:
                problems.append(f"{path.relative_to(bundle)}: {name} from the system, {where}")
    assert problems == []


def test_the_speech_plugin_comes_with_libspeechd_and_without_qts_test_engine(
    bundle: Path,
) -> None:
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "texttospeech"
    assert [path.name for path in plugins.iterdir()] == ["libqtexttospeech_speechd.so"]
    found = dict(ldd(plugins / "libqtexttospeech_speechd.so", bundle))
    assert found["libspeechd.so.2"] == str(bundle / "_internal" / "libspeechd.so.2")


def test_each_language_brings_the_apps_translation_and_qts(bundle: Path) -> None:
    """Every .qm the package ships, and Qt's own for each language but English (whose
    texts Qt's are written in), where the app looks for them."""
    shipped = Path(acupress_gui.resources.__file__).with_name("i18n")
    in_bundle = bundle / "_internal" / "acupress_gui" / "resources" / "i18n"
    assert sorted(path.name for path in in_bundle.glob("*.qm")) == sorted(
        path.name for path in shipped.glob("*.qm")
    )
    qt = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    for code in CODES:
        if code != SOURCE_LANGUAGE:
            assert (qt / f"qt_{code}.qm").is_file() and (qt / f"qtbase_{code}.qm").is_file()


@pytest.mark.requires("speech_engine", "audio_output")
def test_the_bundled_app_runs_its_own_speech_helper(bundle: Path) -> None:
    """Spoken guidance starts the app's own executable as its helper process."""
    requests = [
        {"do": "open", "engine": "", "language": "en"},
        {"do": "say", "text": "Press now.", "volume": 0.5, "voice": "", "rate": 0},
    ]
    answered = subprocess.run(
        [str(bundle / "acupress-gui"), "--speech-helper"],
        input="".join(json.dumps(request) + "\n" for request in requests),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert answered.returncode == 0, answered.stderr
    ready, said = (json.loads(line) for line in answered.stdout.splitlines())
    assert (ready["event"], ready["engine"], bool(ready["voices"])) == ("ready", "speechd", True)
    assert said == {"event": "said", "text": "Press now."}


def test_the_bundle_needs_no_newer_glibc_than_documented(bundle: Path) -> None:
    needed: dict[tuple[int, ...], str] = {}
    for path in elf_files(bundle):
        symbols = subprocess.run(
            ["readelf", "--dyn-syms", "--wide", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for version in set(re.findall(r"@GLIBC_(\d+(?:\.\d+)+)", symbols)):
            needed.setdefault(tuple(int(part) for part in version.split(".")), path.name)
    newest = max(needed)
    assert newest <= GLIBC_NEEDED, f"{needed[newest]} needs glibc {newest}"


def system_copies(bundle: Path) -> list[str]:
    """The system's files of each library the bundle carries a copy of, but for the base
    libraries (zlib is both)."""
    bundled = {
        path.name
        for path in (bundle / "_internal").rglob("lib*.so*")
        if not BASE_LIBRARIES.fullmatch(path.name)
    }
    known = subprocess.run(
        ["ldconfig", "--print-cache"], capture_output=True, text=True, check=True
    ).stdout
    copies = set()
    for name, path in re.findall(r"^\s*(\S+) \(.*x86-64.*\) => (\S+)$", known, re.MULTILINE):
        if name in bundled:
            copies.add(os.path.realpath(path))
    return sorted(copies)


def test_it_starts_with_the_systems_copies_of_its_libraries_hidden(
    bundle: Path, display: str, tmp_path: Path
) -> None:
    """As on a machine without Qt's xcb libraries: each system file the bundle has its
    own copy of is replaced by an empty one, in a mount namespace of this process only."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        reason = "hiding system libraries needs root and unshare (util-linux)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI=true, so this may not be skipped")
        pytest.skip(reason)
    hidden = system_copies(bundle)
    assert any(Path(path).name.startswith("libxcb-cursor.so") for path in hidden), hidden
    # One mount command for them all: mount itself needs some of them (libpcre2).
    table = tmp_path / "hide.fstab"
    table.write_text("".join(f"/dev/null {path} none bind 0 0\n" for path in hidden))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({"notice_acknowledged": True}))
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [
                "unshare",
                "--mount",
                "sh",
                "-euc",
                'mount --all --fstab "$0"; exec "$@"',
                str(table),
                str(bundle / "acupress-gui"),
                "--data-dir",
                str(data_dir),
            ],
            env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        started = time.monotonic()
        window = find_window(display, process, "AcuPress", SHOW_TIMEOUT_S)
        assert window is not None, f"no window; it wrote:\n{output.read_text()}"
        assert time.monotonic() - started < SHOW_TIMEOUT_S
        press_keys(display, window, "ctrl+i")  # pyqtgraph and NumPy load for the charts
        assert find_window(display, process, "Insights", SHOW_TIMEOUT_S) is not None, (
            output.read_text()
        )
        press_keys(display, window, "ctrl+q")
        assert process.wait(timeout=EXIT_TIMEOUT_S) == 0, output.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = (data_dir / "logs" / "acupress.log").read_text()
    assert "Traceback" not in log and " ERROR " not in log, log


@pytest.fixture(scope="session")
def archive() -> Path:
    """The .tar.gz built by ``make bundle-archive``, from ``ACUPRESS_ARCHIVE``."""
    file = os.environ.get("ACUPRESS_ARCHIVE")
    if not file:
        pytest.skip("no archive given: make bundle-check builds one and runs this")
    return Path(file).resolve()


def test_the_archive_installs_the_app_with_its_menu_entry_and_uninstalls(
    archive: Path, tmp_path: Path, user_dirs: Path
) -> None:
    unpacked = tmp_path / "Downloads"
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(unpacked)], check=True)
    [folder] = unpacked.iterdir()  # one folder, named as the archive
    assert archive.name == f"{folder.name}.tar.gz"
    assert sorted(path.name for path in folder.iterdir()) == ["AcuPress", "install.sh"]

    installed = subprocess.run(
        [str(folder / "install.sh")], capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    command = user_dirs / ".local" / "bin" / "acupress-gui"
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("AcuPress ")
    app = user_dirs / ".local" / "lib" / "AcuPress" / "acupress-gui"
    entry = user_dirs / ".local" / "share" / "applications" / "io.github.acupress.AcuPress.desktop"
    assert f"Exec={app}" in entry.read_text()
    icons = user_dirs / ".local" / "share" / "icons" / "hicolor"
    assert list(icons.glob("*/apps/io.github.acupress.AcuPress.*"))

    removed = subprocess.run(
        [str(app.with_name("install.sh")), "--uninstall"], capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not entry.exists() and not command.is_symlink() and not app.exists()
    assert not list(icons.glob("*/apps/io.github.acupress.AcuPress.*"))
