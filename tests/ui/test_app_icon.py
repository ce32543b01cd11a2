"""The window's and the tray's icon: the icon theme's first, then the packaged drawing."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from acupress_gui import APP_ID
from acupress_gui.resources import icon_files
from acupress_gui.ui.common.app_icon import app_icon
from acupress_gui.ui.shell.tray_icon import TrayIcon
from tests.ui.images import SAME_DRAWING, mean_difference


def drawn_from_the_svg(size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(icon_files()["scalable"].read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@pytest.fixture
def icon_theme(tmp_path: Path) -> Iterator[Path]:
    """An icon theme on the search path, as a desktop's is; Qt's own afterwards."""
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    root = tmp_path / "icons"
    (root / "hicolor").mkdir(parents=True)
    (root / "hicolor" / "index.theme").write_text(
        "[Icon Theme]\nName=Hicolor\nDirectories=48x48/apps\n\n"
        "[48x48/apps]\nSize=48\nContext=Applications\nType=Threshold\n"
    )
    QIcon.setThemeSearchPaths([str(root)])
    QIcon.setThemeName("hicolor")
    yield root / "hicolor"
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(name)


@pytest.mark.parametrize("size", [16, 22, 32, 48, 128])
def test_the_packaged_drawing_is_drawn_at_every_size_a_tray_or_menu_asks(
    qapp: object, size: int
) -> None:
    shown = app_icon().pixmap(size, size).toImage()
    assert (shown.width(), shown.height()) == (size, size)
    assert mean_difference(shown, drawn_from_the_svg(size)) <= SAME_DRAWING


def test_the_icon_themes_own_icon_comes_first(icon_theme: Path) -> None:
    themed = QImage(48, 48, QImage.Format.Format_ARGB32)
    themed.fill(QColor("#ff0000"))
    folder = icon_theme / "48x48" / "apps"
    folder.mkdir(parents=True)
    assert themed.save(str(folder / f"{APP_ID}.png"))
    shown = app_icon().pixmap(48, 48).toImage()
    assert shown.pixelColor(24, 24) == QColor("#ff0000")


def test_a_theme_without_the_icon_falls_back_to_the_packaged_drawing(icon_theme: Path) -> None:
    shown = app_icon().pixmap(48, 48).toImage()
    assert mean_difference(shown, drawn_from_the_svg(48)) <= SAME_DRAWING


def test_without_qts_svg_plugin_the_pngs_stand_in() -> None:
    """A bundle that left out Qt's SVG icon engine still has an icon."""
    probe = (
        "import json\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "QCoreApplication.setLibraryPaths([])  # no plugins from here on\n"
        "from acupress_gui.ui.common.app_icon import app_icon\n"
        "icon = app_icon()\n"
        "print(json.dumps([icon.isNull(), sorted(s.width() for s in icon.availableSizes())]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == [False, [48, 128, 256]]


def test_the_tray_shows_the_app_icon(qapp: object) -> None:
    tray = TrayIcon()
    try:
        shown = tray.icon().pixmap(22, 22).toImage()
        assert mean_difference(shown, drawn_from_the_svg(22)) <= SAME_DRAWING
    finally:
        tray.deleteLater()
