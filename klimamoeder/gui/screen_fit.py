"""Every window fits the screen it opens on: a 1366 × 768 laptop at 100 % or 125 % included.

Watched in one place (`install`), so every dialog (ours and Qt's, now and later) is limited to the
screen's available area, title bar included, when it opens: a dialog asked to be 1140 × 820 becomes as
large as the laptop allows, with its buttons on the screen. What a dialog then cannot
squeeze into (its layout's minimum) is its own bug, and the screenshot test at 1366 × 768 finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

# Room for the window's title bar and frame when the window system does not say (offscreen, before mapping).
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen windows may use (without task bars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    """How much the frame adds around the contents: measured once shown, else a typical title bar."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    measured = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if measured.height() > 0:
        return measured
    return FRAME_ALLOWANCE


def fit(widget: QWidget) -> None:
    """Shrink the window to the available area (frame included) and move it fully onto the screen."""
    area = available_area(widget)
    extra = frame_extra(widget)
    limit = QSize(max(200, area.width() - extra.width()), max(200, area.height() - extra.height()))
    size = widget.size()
    if size.width() > limit.width() or size.height() > limit.height():
        widget.resize(min(size.width(), limit.width()), min(size.height(), limit.height()))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, area.x()), max(y, area.y()))


def _window_focused(window: QWindow | None) -> None:
    """The first time a dialog or main window gets the focus (that is, when it opens), fit it."""
    if window is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window and isinstance(widget, QDialog | QMainWindow):
            if not widget.property(FITTED):
                widget.setProperty(FITTED, True)
                fit(widget)
            return


FITTED = "klimamoeder_fitted"


def install(app: QApplication) -> None:
    """Fit every dialog and main window to its screen when it first gets the focus (idempotent).

    A signal, not an application-wide event filter: a filter would put a Python call into every event
    of every widget; the focus changes a few times a minute.
    """
    if not app.property("klimamoeder_screen_fit"):
        app.setProperty("klimamoeder_screen_fit", True)
        app.focusWindowChanged.connect(_window_focused)
