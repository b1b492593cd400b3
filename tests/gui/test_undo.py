"""Undo from the Edit menu when the rules refuse it: the user is told, nothing changes, and nothing waits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from klimamoeder.services import meetings, seats
from tests.gui.shots import shot
from tests.gui.test_main_window import wecp_id


def test_an_undo_the_seat_rule_refuses_is_reported_and_the_saved_capacity_stays(
        qtbot, main_window, demo_db, open_meeting) -> None:
    meeting_id = wecp_id(demo_db)
    details = meetings.get_meeting(demo_db, meeting_id)
    full = details.registered
    meetings.update_meeting(demo_db, meeting_id, replace(details.fields, capacity=full), details.version)
    open_meeting(main_window, meeting_id)
    main_window.page.tabs.setCurrentWidget(main_window.page.form)  # the checklist comes first
    form = main_window.page.form
    form.capacity.setValue(full + 1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    seats.register_email(demo_db, meeting_id, "late@seat.example", "Åse Sent", override_deadline=True)  # takes it

    undo_running = [True]
    waited_for: list[str] = []

    def close_if_undo_waits() -> None:  # runs inside undo() only if a nested event loop waits for the box
        box = QApplication.activeModalWidget()
        if undo_running[0] and isinstance(box, QMessageBox):
            waited_for.append(box.informativeText() or box.text())
            box.reject()

    QTimer.singleShot(0, close_if_undo_waits)
    main_window.undo_group.undo()  # back to `full` seats, but `full + 1` people are registered now
    undo_running[0] = False

    assert not waited_for, f"the undo waited until its message was closed: {waited_for}"
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.isVisible(), "the refused undo was not reported"
    assert box.text() == f"Could not undo: Edit meeting “{details.fields.title}”"
    assert f"so the capacity cannot be {full}" in box.informativeText()
    shot(box, "undo-refused")
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()
    assert meetings.get_meeting(demo_db, meeting_id).fields.capacity == full + 1
    assert form.capacity.value() == full + 1
