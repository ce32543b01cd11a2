"""The icon files in the repository are what scripts/make_icons.py makes from the master.

Changing the master drawing without running the script fails here. Pixels are compared
with a small tolerance (``tests.ui.images``), not bytes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from acupress_gui.resources import ICON_PNG_SIZES, icon_files
from tests.ui.images import SAME_DRAWING, mean_difference

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def svg(make_icons: ModuleType) -> str:
    return make_icons.shipped_svg(make_icons.MASTER.read_text("utf-8"))


def frames(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    images = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        images.append(reader.read())
    return images


def test_the_shipped_svg_is_the_master_without_its_comments(
    make_icons: ModuleType, svg: str
) -> None:
    shipped = make_icons.SHIPPED_SVG.read_text("utf-8")
    assert shipped == svg
    assert "<!--" not in shipped and "<title>AcuPress</title>" in shipped


@pytest.mark.parametrize("size", [48, 128, 256])
def test_each_png_is_drawn_from_the_master(
    qapp: QApplication, make_icons: ModuleType, svg: str, size: int
) -> None:
    committed = QImage(str(make_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    assert mean_difference(committed, make_icons.render(svg, size)) <= SAME_DRAWING


@pytest.mark.parametrize(
    ("path", "sizes"),
    [("WINDOWS_ICO", "ICO_SIZES"), ("MACOS_ICNS", "ICNS_TYPES")],
    ids=["ico", "icns"],
)
def test_windows_and_macos_icons_hold_every_size_drawn_from_the_master(
    qapp: QApplication, make_icons: ModuleType, svg: str, path: str, sizes: str
) -> None:
    wanted = getattr(make_icons, sizes)
    wanted = [size for _kind, size in wanted] if path == "MACOS_ICNS" else list(wanted)
    images = frames(getattr(make_icons, path))
    assert [image.width() for image in images] == wanted
    for image, size in zip(images, wanted, strict=True):
        assert image.height() == size
        assert mean_difference(image, make_icons.render(svg, size)) <= SAME_DRAWING


def test_a_changed_drawing_is_noticed(make_icons: ModuleType, svg: str) -> None:
    """The tolerance is small enough to see a point in another colour."""
    recoloured = svg.replace("#f2b35a", "#d08a1e")
    assert recoloured != svg
    difference = mean_difference(make_icons.render(svg, 48), make_icons.render(recoloured, 48))
    assert difference > SAME_DRAWING


def test_the_app_loads_the_files_the_script_writes(make_icons: ModuleType) -> None:
    sizes = {f"{size}x{size}": make_icons.png_path(size) for size in ICON_PNG_SIZES}
    assert icon_files() == {"scalable": make_icons.SHIPPED_SVG, **sizes}
