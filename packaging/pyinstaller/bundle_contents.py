"""What goes into the one-folder bundle, for ``acupress.spec``.

PyInstaller's Qt hooks collect every plugin of each Qt module the app imports, and every
library those plugins need. Most of that is never used by a desktop app that shows PNG
and SVG, plays two WAV cues, speaks through speech-dispatcher and opens no network
connection. The rules here say what is left out and why; then every bundled library
that nothing left in the bundle needs is pruned, so leaving out a plugin also leaves out
what only it needed (FFmpeg, Qt Quick, the build machine's GTK stack). ICU's data
library is replaced by a smaller one (``icu_data``), and the interpreter's own binaries
are stripped.

Entries are PyInstaller's TOC tuples ``(destination, source, kind)``. Needs binutils
(``readelf``, ``strip``), as PyInstaller itself does on Linux.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sysconfig
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

import icu_data

TocEntry = tuple[str, str, str]

LEFT_OUT: dict[str, str] = {
    # Qt plugins (the libraries only they need go with them).
    "PySide6/Qt/plugins/multimedia/*": "Qt's FFmpeg media backend: a WAV cue needs only "
    "QSoundEffect, and the backend brings FFmpeg and Qt Quick (about 30 MB)",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": "the GTK 3 theme: the app draws its "
    "own look, and it would copy the build machine's GTK, Cairo and Pango",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so": "Qt's "
    "on-screen keyboard is written in Qt Quick",
    "PySide6/Qt/plugins/imageformats/*": "the app shows PNG (built into Qt) and SVG only; "
    "the PDF plugin alone brings Qt Pdf (4 MB)",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so": "Qt's test speech "
    "engine, which says nothing (the speechd plugin stays, with libspeechd)",
    "PySide6/Qt/plugins/tls/*": "TLS: the app opens no network connection",
    "PySide6/Qt/plugins/networkinformation/*": "network status: not used",
    "PySide6/Qt/plugins/platforms/*": "platforms other than X11, Wayland and offscreen "
    "(framebuffer, EGLFS, VNC): a desktop app",
    "PySide6/Qt/plugins/egldeviceintegrations/*": "EGLFS, with the platform",
    "PySide6/Qt/plugins/generic/*": "evdev and TUIO input, for the framebuffer platforms",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/*-server.so": "server "
    "buffers, for Qt's own Wayland compositors",
    # pyqtgraph's data.
    "pyqtgraph/icons/peegee/*": "pyqtgraph's logo, for a QApplication it makes itself",
    "pyqtgraph/colors/maps/*": "colour maps: the charts use the theme's colours",
    "PySide6/Qt/translations/*": "Qt's own messages in languages the app is not "
    "translated into (QT_LANGUAGES are kept)",
}
"""Glob patterns on the destination path, each with the reason it is left out."""

QT_LANGUAGES = ("es", "zh_CN")
"""The languages whose Qt translations stay: those the app is being translated into."""

KEPT: tuple[str, ...] = (
    "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the app's icon
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # checks and screenshots
    *(
        f"PySide6/Qt/translations/{catalog}_{language}.qm"
        for language in QT_LANGUAGES
        # qt_LANG names the other two: it loads only when they are there
        for catalog in ("qt", "qtbase", "qtmultimedia")
    ),
)
"""Exceptions to ``LEFT_OUT``: these stay even though a pattern above matches them."""

SYSTEM_LIBRARIES: tuple[str, ...] = (
    "libstdc++.so.*",
    "libgcc_s.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libcups.so.*",
    "libcrypto.so.*",
)
"""Taken from the target machine, never bundled.

libstdc++ and libgcc_s are backward compatible, and every system that can run Qt 6.11
(glibc 2.34 or newer) has them; a bundled copy older than the system's breaks the
system's OpenGL driver, which Mesa builds against the system's libstdc++. Fontconfig
must be the version that reads the system's own font configuration (a bundled older
one fails on newer files and finds no fonts), and FreeType goes with it. CUPS's client
library is the print server's own (a copy would bring the build machine's GnuTLS,
Kerberos and Avahi, 9 MB); Qt's print plugin loads it only to print, and where it is
missing the handout's Print opens the PDF in the system's viewer instead. OpenSSL's
libcrypto (5 MB) is the system's too, for hashlib's scrypt, which keeps the kiosk's staff
PIN as a hash: every system with that glibc has OpenSSL 3, and its security fixes
reach the app with the system's updates.
"""

EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "readline",  # the interactive prompt only; brings libreadline and libtinfo
    "ssl",  # no network: no TLS (hashlib's _hashlib stays, on the system's libcrypto)
    "_ssl",
    "PySide6.QtTest",  # pyqtgraph tries it and does without
    "PySide6.QtDBus",  # Qt uses D-Bus itself, from C++; the bindings are not needed
    "PySide6.QtConcurrent",
    "PySide6.QtMultimediaWidgets",  # the QtMultimedia hook adds it; no video here
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "numpy.f2py",
    "numpy.testing",
    "numpy.distutils",
    "numpy.random",  # only pyqtgraph's scatter helpers, which the charts do not use
    # Codecs for legacy East Asian encodings: the app reads and writes UTF-8 only.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",  # 3D plots need PyOpenGL, which the app does not install
)
"""Python modules the app never imports, though something in its dependencies names them."""

_SHARED_LIBRARY = re.compile(r"\.so(\.\d+)*$")


def is_left_out(destination: str) -> bool:
    """True for an entry ``LEFT_OUT`` names and ``KEPT`` does not."""
    if destination in KEPT:
        return False
    patterns = (*LEFT_OUT, *SYSTEM_LIBRARIES)
    name = PurePosixPath(destination).name
    return any(
        fnmatch.fnmatchcase(destination, pattern) or fnmatch.fnmatchcase(name, pattern)
        for pattern in patterns
    )


def needed_libraries(path: str) -> set[str]:
    """The ``DT_NEEDED`` names of an ELF file: what the loader will look for."""
    dynamic = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))


def _is_loaded_by_name(destination: str) -> bool:
    """Loaded by path or by the interpreter, not as another library's dependency: the
    roots from which ``prune_orphans`` walks."""
    path = PurePosixPath(destination)
    return (
        not _SHARED_LIBRARY.search(path.name)  # the executable, data
        or path.name.startswith("libpython")  # the bootloader opens it
        or ".cpython-" in path.name  # extension modules
        or path.name.endswith(".abi3.so")
        or "/plugins/" in destination  # Qt opens its plugins by path
    )


def prune_orphans(binaries: Iterable[TocEntry]) -> list[TocEntry]:
    """The binaries that something loaded by name needs, directly or through others."""
    entries = list(binaries)
    by_name = {PurePosixPath(entry[0]).name: entry for entry in entries}
    reached = {entry[0] for entry in entries if _is_loaded_by_name(entry[0])}
    pending = [entry for entry in entries if entry[0] in reached]
    while pending:
        _destination, source, _kind = pending.pop()
        for name in needed_libraries(source):
            dependency = by_name.get(name)
            if dependency is not None and dependency[0] not in reached:
                reached.add(dependency[0])
                pending.append(dependency)
    return [entry for entry in entries if entry[0] in reached]


def keep_live_symlinks(datas: Iterable[TocEntry], binaries: list[TocEntry]) -> list[TocEntry]:
    """Data entries, without the symbolic links that point at a binary no longer there.

    PyInstaller links top-level names to libraries kept under ``PySide6/Qt/lib``; the
    link's source is its target, relative to the link's folder.
    """
    present = {entry[0] for entry in binaries}
    kept = []
    for entry in datas:
        destination, target, kind = entry
        if kind == "SYMLINK":
            resolved = PurePosixPath(destination).parent / target
            if str(resolved) not in present or is_left_out(destination):
                continue
        kept.append(entry)
    return kept


def is_interpreter_file(destination: str, source: str) -> bool:
    """libpython, or one of the standard library's extension modules (lib-dynload)."""
    standard_extensions = Path(sysconfig.get_config_var("DESTSHARED")).resolve()
    return PurePosixPath(destination).name.startswith("libpython") or Path(
        source
    ).resolve().is_relative_to(standard_extensions)


def strip_interpreter_files(binaries: Iterable[TocEntry], workdir: Path) -> list[TocEntry]:
    """The binaries, with stripped copies of the interpreter's own, which a local build
    (pyenv's) leaves with debug information: libpython is 22 MB, stripped 6.

    Nothing else is stripped: system libraries come stripped, and rewriting a wheel's
    libraries (which auditwheel patched) breaks them, NumPy's OpenBLAS first.
    """
    stripped_dir = workdir / "stripped"
    result = []
    for destination, source, kind in binaries:
        if is_interpreter_file(destination, source):
            copy = stripped_dir / destination
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            subprocess.run(["strip", "--strip-unneeded", str(copy)], check=True)
            source = str(copy)
        result.append((destination, source, kind))
    return result


def smaller_icu_data(binaries: list[TocEntry], workdir: Path) -> list[TocEntry]:
    """The binaries, with ICU's data library replaced by ``icu_data.trim``'s."""
    icu_data.check_icu_callers(source for _destination, source, _kind in binaries)
    result = []
    for destination, source, kind in binaries:
        if fnmatch.fnmatchcase(PurePosixPath(destination).name, "libicudata.so.*"):
            smaller = workdir / "icu" / PurePosixPath(destination).name
            before, after = icu_data.trim(source, smaller)
            print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
            source = str(smaller)
        result.append((destination, source, kind))
    return result


def package_modules(package: Path) -> list[str]:
    """Every module of the package in this tree, named from its files, none imported.

    (PyInstaller's ``collect_submodules`` imports the package, which finds whatever
    copy the environment installed rather than this tree's.)
    """
    names = (
        ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for path in package.rglob("*.py")
    )
    return sorted(name.removesuffix(".__init__") for name in names)


def package_data(folder: Path, root: Path) -> list[tuple[str, str]]:
    """Every file under the package folder ``folder`` but its Python sources, as the
    (source, destination folder) pairs of ``Analysis(datas=...)``, the destination
    relative to ``root``, the folder on ``sys.path``.

    Read from this tree's files: ``collect_data_files`` would import the package and so
    collect whichever copy the environment has installed.
    """
    return sorted(
        (str(path), str(path.parent.relative_to(root)))
        for path in folder.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    )


def select(
    binaries: Iterable[TocEntry], datas: Iterable[TocEntry], workdir: Path
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Everything above, in order: leave out, prune, shrink ICU, strip; then the links
    still valid. Runs in the interpreter that is being bundled."""
    wanted = [entry for entry in binaries if not is_left_out(entry[0])]
    kept = smaller_icu_data(prune_orphans(wanted), workdir)
    kept = strip_interpreter_files(kept, workdir)
    files = [entry for entry in datas if entry[2] == "SYMLINK" or not is_left_out(entry[0])]
    return kept, keep_live_symlinks(files, kept)
