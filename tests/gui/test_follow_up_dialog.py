"""The reminders and practical-information dialog: edit the text, see it as the reader will, send once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from klimamoeder.gui.follow_up_dialog import WILL_GET, FollowUpDialog
from klimamoeder.services import followups, invites, mailer
from klimamoeder.services.followups import PRACTICAL, REMINDER
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.invite_data import make_meeting
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]
pytestmark = pytest.mark.gui


def test_edit_preview_and_send_reminders_then_practical_information(
        qtbot: QtBot, sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = make_meeting(sqlite_db)
    with mailer.SmtpTransport(configured) as transport:
        invites.send_invitations(sqlite_db, ids.meeting, transport)
    handler.messages.clear()
    dialog = FollowUpDialog(sqlite_db, ids.meeting, REMINDER)
    qtbot.addWidget(dialog)
    dialog.show()
    will_get = {dialog.table.item(r, 1).text(): dialog.table.item(r, WILL_GET).text()
                for r in range(dialog.table.rowCount())}
    assert will_get["anne.soren@kbh.example"] == "Reminder" and will_get["zoe@aberdeen.example"] == "– has answered"
    danish = dialog.editors["da"]
    danish.subject.setText("Husk at svare: {meeting}")
    assert dialog.preview.toPlainText().startswith('Husk at svare: Klimamøde: grøn omstilling, fjernvarme; og "mere"')
    assert "Kære Anne <b>&</b> Søren" in dialog.preview.toPlainText()
    assert dialog.preview_label.text() == "As Anne <b>&</b> Søren will read it:"
    assert dialog.preview_label.textFormat() == Qt.TextFormat.PlainText
    shot(dialog, "follow-up-reminder")
    danish.body.setPlainText("Hej {nam}")
    assert "Unknown placeholder {nam}" in dialog.preview.toPlainText()
    dialog.send_button.click()
    assert "Unknown placeholder" in dialog.result.text() and handler.messages == []
    danish.body.setPlainText("Hej {name}, svar senest {deadline}.")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.result.text() == "Delivered: 3.", timeout=20000)
    assert len(handler.messages) == 3
    assert followups.template(sqlite_db, ids.meeting, REMINDER, "da").subject == "Husk at svare: {meeting}"
    qtbot.waitUntil(lambda: not dialog.send_button.isEnabled(), timeout=5000)  # nobody gets it twice
    dialog.kind.setCurrentIndex(dialog.kind.findData(PRACTICAL))
    assert not dialog.answer_by.isVisible()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "Write the practical information first" in dialog.result.text(), timeout=20000)
    assert followups.template(sqlite_db, ids.meeting, PRACTICAL, "en").edited is False  # untouched: not saved
    shot(dialog, "follow-up-practical")
