"""Runs a PyInstaller spec without PyInstaller: every class a spec calls records its arguments.

The Windows and macOS specs can be built only on those systems; run here they show what
they would ask PyInstaller for. A keyword PyInstaller does not know is refused, since
PyInstaller itself ignores it (a misspelled ``console=False`` would give the Windows app
a console window).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

# The keywords PyInstaller 6 reads (PyInstaller/building/api.py and osx.py).
KNOWN_KEYWORDS = {
    "Analysis": {
        "scripts", "pathex", "binaries", "datas", "hiddenimports", "hookspath", "hooksconfig",
        "excludes", "runtime_hooks", "cipher", "win_no_prefer_redirects",
        "win_private_assemblies", "noarchive", "module_collection_mode", "optimize",
    },
    "PYZ": {"name", "cipher"},
    "EXE": {
        "append_pkg", "argv_emulation", "bootloader_ignore_signals", "codesign_identity",
        "console", "contents_directory", "debug", "disable_windowed_traceback",
        "embed_manifest", "entitlements_file", "exclude_binaries", "hide_console", "icon",
        "manifest", "name", "resources", "runtime_tmpdir", "strip", "target_arch",
        "uac_admin", "uac_uiaccess", "upx", "upx_exclude", "version",
    },
    "COLLECT": {"name", "strip", "upx", "upx_exclude"},
    "BUNDLE": {"name", "icon", "bundle_identifier", "version", "info_plist"},
}  # fmt: skip

COLLECTED_DATA = [("acupress_gui/resources", "catalog.toml")]
APP_MODULES = ["acupress_gui.app"]


@dataclass
class Recorded:
    """One call of a spec class: its positional and keyword arguments."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    kind: ClassVar[str] = ""


@dataclass
class Built:
    """Every call a spec made, by class name."""

    calls: dict[str, list[Recorded]] = field(default_factory=dict)

    def one(self, kind: str) -> Recorded:
        (call,) = self.calls[kind]
        return call


def _recording_class(kind: str, built: Built) -> type[Recorded]:
    def init(self: Recorded, *args: Any, **kwargs: Any) -> None:
        unknown = set(kwargs) - KNOWN_KEYWORDS.get(kind, set(kwargs))
        if unknown:
            raise TypeError(f"PyInstaller's {kind} would ignore {sorted(unknown)}")
        self.args, self.kwargs = args, kwargs
        built.calls.setdefault(kind, []).append(self)
        if kind == "Analysis":  # what the spec reads back from an analysis
            for name in ("pure", "scripts", "binaries", "datas"):
                setattr(self, name, [f"analysis.{name}"])

    return type(kind, (Recorded,), {"__init__": init, "kind": kind})


def _module(name: str, **attributes: Any) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


@contextmanager
def pyinstaller_stand_ins(built: Built) -> Iterator[dict[str, Any]]:
    """The spec's namespace, with PyInstaller's modules replaced while it runs."""

    def version_class(name: str) -> type[Recorded]:
        if name.startswith("_"):
            raise AttributeError(name)
        return _recording_class(name, built)

    versioninfo = _module("PyInstaller.utils.win32.versioninfo", __getattr__=version_class)
    hooks = _module(
        "PyInstaller.utils.hooks",
        collect_data_files=lambda package: list(COLLECTED_DATA),
        collect_submodules=lambda package: list(APP_MODULES),
    )
    stand_ins = {
        "PyInstaller": _module("PyInstaller"),
        "PyInstaller.utils": _module("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": _module("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }
    saved_path, saved_modules = list(sys.path), dict(sys.modules)
    sys.modules.update(stand_ins)
    try:
        yield {kind: _recording_class(kind, built) for kind in KNOWN_KEYWORDS}
    finally:
        sys.path[:] = saved_path
        for name in set(sys.modules) - set(saved_modules):
            del sys.modules[name]
        sys.modules.update(saved_modules)


def run_spec(spec: Path) -> Built:
    """Execute ``spec`` as PyInstaller would, against the stand-ins."""
    built = Built()
    with pyinstaller_stand_ins(built) as classes:
        namespace = {
            **classes,
            "SPEC": str(spec),
            "SPECPATH": str(spec.parent),
            "DISTPATH": "dist",
            "workpath": "build",
            "__name__": "__main__",
        }
        exec(compile(spec.read_bytes(), str(spec), "exec"), namespace)
    return built
