"""Screenshots to look at: each test's own folder, or the folder a person names in KLIMAMOEDER_SHOTS.

`tests/gui/conftest.py` points KLIMAMOEDER_SHOTS at the test's temporary folder unless it was set
when the run started, so nothing is written to a shared place (which breaks on Windows and between
parallel runs) and a person who wants to look runs `KLIMAMOEDER_SHOTS=/some/folder bash tests/run`.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def folder() -> Path:
    path = Path(os.environ["KLIMAMOEDER_SHOTS"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def shot(widget: QWidget, name: str) -> Path:
    """Save `widget` as `<name>.png` and return the file, once the layout requests posted a moment ago (a text set,
    a resize) have been handled, as they would be on screen."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    target = folder() / f"{name}.png"
    assert widget.grab().save(str(target)), f"could not save {target}"
    return target


def grey(widget: QWidget) -> np.ndarray:
    """What `widget` shows, as a greyscale array (rows × columns, 0 black … 255 white)."""
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()


def has_text(pixels: np.ndarray, rect: QRect) -> bool:
    """Whether something is drawn in `rect` beyond its background: text has many pixels far from the commonest."""
    area = pixels[max(rect.top(), 0): rect.bottom() + 1, max(rect.left(), 0): rect.right() + 1]
    if area.size == 0:
        return False
    background = np.bincount(area.ravel()).argmax()
    return int((np.abs(area.astype(int) - int(background)) > 60).sum()) >= 10


def background(pixels: np.ndarray, rect: QRect) -> int:
    """The commonest grey in `rect`: a row's fill colour."""
    area = pixels[max(rect.top(), 0): rect.bottom() + 1, max(rect.left(), 0): rect.right() + 1]
    return int(np.bincount(area.ravel()).argmax())
