"""Render the application icon from klimamoeder.svg into the bitmap files platforms need.

Windows wants an .ico for the executable (build.spec) and shows it from 16 px (Explorer lists)
to 256 px (large tiles); one 256 px bitmap scaled down by Windows looks blurred at 16 px,
so every size is rendered from the SVG itself. Qt's own ICO writer stores only one image,
so the multi-size container is written here with PNG-compressed entries (supported since
Windows Vista). Linux desktops take the SVG directly; the 256 px PNG is for places that
need a bitmap (AppImage, some launchers).

Run from anywhere: `python3 resources/icons/make_icons.py`. The output is committed, so the
build needs neither this script nor a display.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "klimamoeder.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn anti-aliased on a transparent square of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_container(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file (ICONDIR + ICONDIRENTRY per image) holding PNG-encoded images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    ico = ico_container([(size, png_bytes(render(renderer, size))) for size in ICO_SIZES])
    (HERE / "klimamoeder.ico").write_bytes(ico)
    (HERE / f"klimamoeder-{PNG_SIZE}.png").write_bytes(png_bytes(render(renderer, PNG_SIZE)))
    print(f"wrote klimamoeder.ico ({len(ICO_SIZES)} sizes) and klimamoeder-{PNG_SIZE}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
