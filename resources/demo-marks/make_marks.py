"""Render the demo networks' marks (SVG, drawn for the demo) to the PNGs the demo loads.

    QT_QPA_PLATFORM=offscreen python resources/demo-marks/make_marks.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HEIGHT = 240  # pixels: 20 mm at 300 dpi, more than any document draws it


def render(svg: Path) -> bytes:
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    size = renderer.defaultSize()
    size = QSize(round(size.width() * HEIGHT / size.height()), HEIGHT)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> None:
    app = QGuiApplication([])
    for svg in sorted(Path(__file__).parent.glob("*.svg")):
        svg.with_suffix(".png").write_bytes(render(svg))
    del app


if __name__ == "__main__":
    main()
