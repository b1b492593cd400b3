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

# The frame a window system draws around a window, when it does not say (offscreen, before mapping): borders
# of 8 px and a title bar of 32 px, as on Windows at 100 %.
DEFAULT_MARGINS = (8, 32, 8, 8)  # left, top, right, bottom


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen windows may use (without task bars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def outer_rect(widget: QWidget) -> QRect:
    """The window with its frame and title bar, as it covers the screen."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if frame.size() != inner.size():
        return frame
    left, top, right, bottom = DEFAULT_MARGINS
    return inner.adjusted(-left, -top, right, bottom)


def fit(widget: QWidget) -> None:
    """Shrink the window to the available area (frame included) and move it fully onto the screen."""
    area = available_area(widget)
    outer, inner = outer_rect(widget), widget.geometry()
    extra_w, extra_h = outer.width() - inner.width(), outer.height() - inner.height()
    limit = QSize(max(200, area.width() - extra_w), max(200, area.height() - extra_h))
    size = widget.size()
    if size.width() > limit.width() or size.height() > limit.height():
        QWidget.resize(widget, min(size.width(), limit.width()), min(size.height(), limit.height()))
    outer = outer_rect(widget)
    dx = max(area.left() - outer.left(), 0) or min(area.right() - outer.right(), 0)
    dy = max(area.top() - outer.top(), 0) or min(area.bottom() - outer.bottom(), 0)
    if dx or dy:
        # QWidget's own, by name: a dialog may define a `move` of its own (the B2B grid moves meetings)
        QWidget.move(widget, widget.pos().x() + dx, widget.pos().y() + dy)


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
