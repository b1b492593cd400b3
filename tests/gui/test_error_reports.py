"""A failure in the window: known causes as one line, our bugs as a report with "Copy details", never a console."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from klimamoeder import __version__
from klimamoeder.gui import errors
from klimamoeder.gui.errors import ErrorDialog, error_text

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("KLIMAMOEDER_SHOTS")  # a folder to save screenshots in, when looking at them


class _Button(QObject):
    clicked = Signal()


def _raise_with_personal_data() -> None:
    raise KeyError("zoe.hartley@perth.example")


def open_error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_opens_the_report_and_logs_no_personal_data(qtbot, caplog, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    button = _Button()
    button.clicked.connect(_raise_with_personal_data)
    with caplog.at_level(logging.ERROR):
        button.clicked.emit()
    qtbot.waitUntil(lambda: bool(open_error_dialogs()), timeout=5000)
    dialog = open_error_dialogs()[0]
    qtbot.addWidget(dialog)
    assert "a fault in Klimamøder, not in what you did" in dialog.message.text()
    assert f"Klimamøder {__version__}" in dialog.details and "builtins.KeyError" in dialog.details
    assert "test_error_reports.py" in dialog.details
    assert "zoe.hartley" not in dialog.details and "zoe.hartley" not in caplog.text
    assert "builtins.KeyError" in caplog.text

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "error-report.png"))
    dialog.close()


def test_frames_never_show_the_folders_above_the_program() -> None:
    assert errors._short_path("C:\\Users\\anne\\AppData\\klimamoeder\\gui\\app.py") == "klimamoeder/gui/app.py"
    assert errors._short_path("/home/anne/.venv/lib/site-packages/sqlalchemy/engine/base.py") == \
        "sqlalchemy/engine/base.py"
    assert errors._short_path("/home/anne/script.py") == "script.py"


def test_a_known_failure_is_one_line_not_a_report(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    errors.show_error(None, "Export", OSError(28, "No space left on device", "/media/usb/list.pdf"))
    assert shown == ["The disk is full: /media/usb/list.pdf could not be written. Nothing was changed; free some "
                     "space and try again."]
    assert not open_error_dialogs()


def test_a_busy_database_is_not_an_unexpected_error() -> None:
    import sqlite3

    import sqlalchemy.exc

    busy = sqlalchemy.exc.OperationalError("UPDATE …", {}, sqlite3.OperationalError("database is locked"))
    assert error_text(busy).startswith("The database is busy: another program")
