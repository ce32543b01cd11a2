"""AcuPress's icon, for the window, the tray and the About box."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from acupress_gui import APP_ID
from acupress_gui.resources import icon_files


def app_icon() -> QIcon:
    """The icon theme's AcuPress icon if it has one, else the drawing in the package.

    The theme comes first so that a desktop whose icon theme restyles application icons,
    or a distribution that installs its own sizes, is followed, as in its menus. The
    packaged SVG is drawn crisp at whatever size a tray or a taskbar asks for; where
    Qt's SVG icon plugin is missing (a trimmed bundle), the PNGs stand in, scaled.
    """
    themed = QIcon.fromTheme(APP_ID)
    if not themed.isNull():
        return themed
    files = icon_files()
    icon = QIcon(str(files.pop("scalable")))
    if icon.isNull():
        for png in files.values():
            icon.addFile(str(png))
    return icon
