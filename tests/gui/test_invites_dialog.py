"""The send dialog against a real SMTP server and reply files dropped on a window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from klimamoeder.gui.invites_dialog import LAST, REGISTRATION, WILL_GET, SendInvitesDialog
from klimamoeder.gui.replies import ReplyDropTarget, ReplyReviewDialog, import_reply_files
from klimamoeder.model import Registration
from klimamoeder.services import replies
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.invite_data import make_meeting
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server
from tests.unit.test_replies import outlook_reply, thunderbird_eml

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name
pytestmark = pytest.mark.gui


def column(dialog: SendInvitesDialog, col: int) -> dict[str, str]:
    return {dialog.table.item(r, 1).text(): dialog.table.item(r, col).text() for r in range(dialog.table.rowCount())}


def wait_for_task(qtbot: QtBot, dialog: SendInvitesDialog) -> None:
    assert dialog.task is not None
    if dialog.task.result is None and dialog.task.error is None and not dialog.task.was_cancelled:
        with qtbot.waitSignal(dialog.task.finished, timeout=20000):
            pass


def test_send_dialog_sends_shows_who_did_not_get_it_and_retries(
        qtbot: QtBot, sqlite_db: Database, smtp_server: tuple[Handler, int],
        configured: MailSettings) -> None:
    handler, _port = smtp_server
    handler.refused = {"zoe@aberdeen.example"}
    ids = make_meeting(sqlite_db)
    dialog = SendInvitesDialog(sqlite_db, ids.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=20000)  # the send's own checks passed
    assert column(dialog, WILL_GET)["zoe@aberdeen.example"] == "Invitation"
    assert column(dialog, REGISTRATION)["zoe@aberdeen.example"] == "Registered"
    assert column(dialog, WILL_GET)["secretariat@kl.example"].startswith("– the organiser")
    shot(dialog, "send-before")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_for_task(qtbot, dialog)
    qtbot.waitUntil(lambda: "Delivered: 3" in dialog.result.text(), timeout=20000)
    assert "Zoë" in dialog.result.text() and "550" in dialog.result.text()
    assert column(dialog, LAST)["zoe@aberdeen.example"].startswith("NOT delivered")
    assert column(dialog, LAST)["lucja@gdansk.example"].startswith("sent")
    assert len(handler.messages) == 3 and dialog.retry_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result.height() >= dialog.result.heightForWidth(dialog.result.width()))
    shot(dialog, "send-after")
    handler.refused = set()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    wait_for_task(qtbot, dialog)
    qtbot.waitUntil(lambda: "Delivered: 1" in dialog.result.text(), timeout=20000)
    assert [rcpt for rcpt, _ in handler.messages][-1] == ["zoe@aberdeen.example"]
    assert not dialog.send_button.isEnabled() and not dialog.retry_button.isEnabled()


def test_all_day_choice_and_drafts_folder(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    ids = make_meeting(sqlite_db)
    dialog = SendInvitesDialog(sqlite_db, ids.meeting)
    qtbot.addWidget(dialog)
    dialog.save_drafts(tmp_path / "drafts")
    wait_for_task(qtbot, dialog)
    qtbot.waitUntil(lambda: "Delivered: 4" in dialog.result.text(), timeout=20000)
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == 4
    assert column(dialog, LAST)["zoe@aberdeen.example"].startswith("draft saved")
    dialog.all_day.click()
    assert set(column(dialog, WILL_GET).values()) >= {"Update (version 1)"}
    assert "changed since the last invitation" in dialog.heading.text()


def drop(widget: QWidget, paths: list[Path]) -> None:
    """Drag the files over the widget and let go, as the user does from Outlook or the file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


# Qt 6 has only the QPoint constructor for QDragEnterEvent, which PySide marks as deprecated.
@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_reply_files_on_the_window_applies_them(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    ids = make_meeting(sqlite_db)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(500, 300)
    window.show()
    refreshed: list[bool] = []
    ReplyDropTarget(window, sqlite_db, lambda: refreshed.append(True))
    (tmp_path / "Accepteret.ics").write_bytes(outlook_reply())
    (tmp_path / "Declined.eml").write_bytes(thunderbird_eml())
    (tmp_path / "notes.txt").write_text("not a reply")
    drop(window, [tmp_path / "Accepteret.ics", tmp_path / "Declined.eml", tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: bool(refreshed), timeout=20000)
    box = window.findChild(QMessageBox, "reply-summary")
    assert box is not None and "2 applied" in box.text()
    shot(box, "reply-summary")
    with sqlite_db.session() as s:
        statuses = {r.person_id: r.status.value for r in s.query(Registration).filter_by(meeting_id=ids.meeting)}
    assert statuses[ids.people["anne.soren@kbh.example"]] == "registered"
    assert statuses[ids.people["lucja@gdansk.example"]] == "declined"
    box.close()


def test_unknown_replies_wait_in_the_review_list(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    make_meeting(sqlite_db)
    (tmp_path / "stranger.ics").write_bytes(outlook_reply(address="STRANGER@ELSEWHERE.EXAMPLE"))
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[bool] = []
    import_reply_files(parent, sqlite_db, [tmp_path / "stranger.ics"], lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    dialog = ReplyReviewDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "stranger@elsewhere.example"
    shot(dialog, "review")
    dialog.table.selectRow(0)
    assert not dialog.apply_button.isEnabled()  # nobody to apply it to yet
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and replies.review_items(sqlite_db) == []


def test_review_entries_are_applied_or_assigned_to_a_person_in_the_window(
        qtbot: QtBot, sqlite_db: Database) -> None:
    from PySide6.QtCore import QTimer

    from klimamoeder.gui.registration_dialogs import PersonPickerDialog

    ids = make_meeting(sqlite_db)
    with sqlite_db.session() as s:  # the time moved after the invitation went out
        from klimamoeder.model import Meeting

        meeting = s.get(Meeting, ids.meeting)
        assert meeting is not None
        meeting.start, meeting.end = meeting.start.replace(hour=8), meeting.end.replace(hour=15)
    replies.import_replies(sqlite_db, [
        ("Accepteret.ics", outlook_reply(sequence=0)),
        ("alias.ics", outlook_reply("DECLINED", address="ZOE.PRIVATE@GMAIL.EXAMPLE", sequence=1)),
    ])
    dialog = ReplyReviewDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert "older version" in dialog.table.item(0, 4).text()
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) < 80)  # rows wrap to the final column widths
    shot(dialog, "review-older-version")
    dialog.table.selectRow(0)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Anne <b>&</b> Søren: now registered"
    assert dialog.table.rowCount() == 1

    def pick_zoe() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, PersonPickerDialog)
        shot(picker, "review-assign-picker")
        qtbot.keyClicks(picker.search, "aberdeen")  # QtTest types ASCII only
        picker.table.selectRow(0)
        picker.accept()

    dialog.table.selectRow(0)
    QTimer.singleShot(0, pick_zoe)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Zoë: now declined"
    assert dialog.table.rowCount() == 0
    shot(dialog, "review-done")
    later = replies.import_replies(sqlite_db, [("again.ics", outlook_reply(
        "ACCEPTED", address="zoe.private@gmail.example", sequence=1, stamp="20261105T000000Z"))])
    assert [o.outcome for o in later.outcomes] == ["applied"]
