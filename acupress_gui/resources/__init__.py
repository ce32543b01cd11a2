"""Runtime assets, loaded with ``importlib.resources`` so wheels and bundles work alike."""

from __future__ import annotations

from pathlib import Path

from acupress_gui import APP_ID

ICON_PNG_SIZES = (48, 128, 256)
"""The sizes ``scripts/make_icons.py`` draws for menus that cannot draw the SVG."""


def icon_files() -> dict[str, Path]:
    """The app's icon files, each under the name of its folder in an XDG icon theme:
    ``scalable`` (the SVG) first, then ``48x48``, ``128x128`` and ``256x256`` (PNGs).

    Paths, not ``importlib.resources`` handles: Qt and the desktop entry need real files,
    and a package installed by pip or bundled by PyInstaller always has them on disk.
    """
    icons = Path(__file__).with_name("icons")
    files = {"scalable": icons / f"{APP_ID}.svg"}
    for size in ICON_PNG_SIZES:
        folder = f"{size}x{size}"
        files[folder] = icons / "hicolor" / folder / "apps" / f"{APP_ID}.png"
    return files
