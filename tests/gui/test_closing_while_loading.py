"""Closing a window while it is still loading: the background work stops quietly, nothing is left running and
nothing reports "Signal source has been deleted"."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from klimamoeder.gui import tasks
from klimamoeder.services.meetings import list_meetings
from klimamoeder.storage import Database

pytestmark = pytest.mark.gui


def build(name: str, db: Database, meeting: int) -> QWidget:
    if name == "print":
        from klimamoeder.gui.print_preview import PrintDialog

        return PrintDialog(db, meeting)
    if name == "check-in":
        from klimamoeder.gui.checkin_view import CheckInDialog

        return CheckInDialog(db, meeting)
    if name == "invitations":
        from klimamoeder.gui.invites_dialog import SendInvitesDialog

        return SendInvitesDialog(db, meeting)
    from klimamoeder.gui.main_window import MainWindow

    window = MainWindow(db)
    window.select_meeting(meeting)
    return window


@pytest.mark.parametrize("name", ["print", "check-in", "invitations", "window"])
def test_closing_while_loading_stops_the_work_quietly(qtbot: QtBot, demo_db: Database,
                                                      capfd: pytest.CaptureFixture[str], name: str) -> None:
    meeting = next(m.id for m in list_meetings(demo_db) if m.network == "WECP")
    for _attempt in range(3):
        widget = build(name, demo_db, meeting)
        widget.show()
        QApplication.processEvents()
        widget.close()
        shiboken6.delete(widget)  # gone, as a dialog closed by its owner is
        del widget
        gc.collect()
    assert QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not tasks._running, timeout=5000)  # every task let go of, none leaked
    output = capfd.readouterr()
    assert "Signal source has been deleted" not in output.err + output.out
    assert "Traceback" not in output.err
