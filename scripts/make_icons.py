"""Make every icon file from the master drawing, resources/icons/io.github.acupress.AcuPress.svg.

    python scripts/make_icons.py

Writes, and the repository keeps (tests/ui/test_icons.py checks they match the master):

- ``acupress_gui/resources/icons/io.github.acupress.AcuPress.svg``: the master without
  its comments, what the app and the desktop entry load;
- ``acupress_gui/resources/icons/hicolor/{48x48,128x128,256x256}/apps/….png``, for
  menus that draw no SVG;
- ``packaging/windows/acupress.ico`` (16 to 256 px) and ``packaging/macos/AcuPress.icns``
  (16 to 1024 px).

Drawn with Qt's own SVG renderer, so nothing beyond PySide6 is needed. Qt's ico and icns
writers put one image in a file; the several sizes that Windows and macOS pick from are
put together here, in those formats' simple containers.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from acupress_gui import APP_ID
from acupress_gui.resources import ICON_PNG_SIZES

ROOT = Path(__file__).resolve().parent.parent
"""The repository this script is in: it writes there, whichever copy of the app is installed."""
MASTER = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
PACKAGE_ICONS = ROOT / "acupress_gui" / "resources" / "icons"
SHIPPED_SVG = PACKAGE_ICONS / f"{APP_ID}.svg"
WINDOWS_ICO = ROOT / "packaging" / "windows" / "acupress.ico"
MACOS_ICNS = ROOT / "packaging" / "macos" / "AcuPress.icns"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
"""What Windows asks for: small icons at 100-250% scaling, Explorer's views, the 256 tile."""

ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 @2x
    (b"ic12", 64),  # 32 @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 @2x
)
"""The icns element types with PNG data that macOS 10.8 and later read, and their sizes."""


def png_path(size: int) -> Path:
    return PACKAGE_ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def shipped_svg(master: str) -> str:
    """The master without its comments and their blank lines: the notes are for people
    editing the drawing, not for every copy of the app."""
    without_comments = re.sub(r"\s*<!--.*?-->", "", master, flags=re.DOTALL)
    return without_comments.strip() + "\n"


def render(svg: str, size: int) -> QImage:
    """The drawing at ``size`` x ``size`` pixels, straight (not premultiplied) alpha."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the icon's SVG cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, image_format: str) -> bytes:
    """``image`` in one of Qt's image formats (png, ico ...), as bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, image_format.encode("ascii"))
    if not writer.write(image):
        raise ValueError(f"Qt could not write {image_format}: {writer.errorString()}")
    return bytes(buffer.data().data())


def ico_bytes(svg: str) -> bytes:
    """A Windows icon with every size of ``ICO_SIZES``.

    Sizes below 256 are 32-bit bitmaps, as Qt writes them and every Windows tool reads
    them; 256 is PNG, as Windows Vista introduced, which keeps the file small.
    """
    entries: list[tuple[int, int, int, bytes]] = []  # size, planes, bits, data
    for size in ICO_SIZES:
        image = render(svg, size)
        if size == 256:
            entries.append((size, 1, 32, encode(image, "png")))
            continue
        single = encode(image, "ico")  # one directory entry, then its bitmap
        _reserved, _kind, count = struct.unpack_from("<HHH", single, 0)
        planes, bits, length, offset = struct.unpack_from("<HHII", single, 6 + 4)
        if count != 1:
            raise ValueError(f"Qt wrote {count} images into a {size} px ico")
        entries.append((size, planes, bits, single[offset : offset + length]))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory = b""
    for size, planes, bits, data in entries:
        side = size % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, planes, bits, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(data for *_, data in entries)


def icns_bytes(svg: str) -> bytes:
    """A macOS icon with every element of ``ICNS_TYPES``, each a PNG."""
    elements = b""
    for kind, size in ICNS_TYPES:
        data = encode(render(svg, size), "png")
        elements += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def outputs(master: str) -> dict[Path, bytes]:
    """Every file this script writes, with its contents."""
    svg = shipped_svg(master)
    files = {SHIPPED_SVG: svg.encode("utf-8")}
    for size in ICON_PNG_SIZES:
        files[png_path(size)] = encode(render(svg, size), "png")
    files[WINDOWS_ICO] = ico_bytes(svg)
    files[MACOS_ICNS] = icns_bytes(svg)
    return files


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])  # Qt's image plugins load through the app
    for path, data in outputs(MASTER.read_text("utf-8")).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
