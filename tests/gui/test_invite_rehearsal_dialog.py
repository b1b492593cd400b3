"""Rehearsing invitations in the window: Send waits for a complete setup and says why, a preview per reader
language, a test to yourself through a real SMTP server, and a way to the mail settings and the details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from klimamoeder.gui.invites_dialog import SendInvitesDialog
from klimamoeder.gui.mail_settings import MailSettingsDialog
from klimamoeder.model import Meeting
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.invite_data import make_meeting
from tests.smtp_server import Handler, MemoryKeyring, configured, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name
pytestmark = pytest.mark.gui




def opened(qtbot: QtBot, db: Database, meeting: int) -> SendInvitesDialog:
    dialog = SendInvitesDialog(db, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.blockers is not None, timeout=20000)
    return dialog


def test_without_a_mail_server_send_is_disabled_with_the_reason_and_a_way_to_the_settings(
        qtbot: QtBot, sqlite_db: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_meeting(sqlite_db)
    dialog = opened(qtbot, sqlite_db, ids.meeting)
    assert not dialog.send_button.isEnabled() and not dialog.send_button.isDefault()
    assert dialog.send_button.toolTip() == "Enter the SMTP server's host name."
    assert dialog.blocker_label.isVisible()
    assert "Enter the SMTP server's host name." in dialog.blocker_label.text()
    assert "href='mail'" in dialog.blocker_label.text()
    assert dialog.drafts_button.isEnabled()  # drafts need no server
    assert not dialog.test_button.isEnabled()
    shot(dialog, "rehearse-no-server")

    def fill_in(settings: MailSettingsDialog) -> int:
        settings.smtp.host.setText("127.0.0.1")
        settings.smtp.security.setCurrentIndex(settings.smtp.security.findData("none"))
        settings.accept()
        return 1

    monkeypatch.setattr(MailSettingsDialog, "exec", fill_in)
    dialog.blocker_label.linkActivated.emit("mail")  # the link in the banner
    qtbot.waitUntil(lambda: dialog.blockers == [], timeout=20000)
    assert dialog.send_button.isEnabled() and not dialog.blocker_label.isVisible()


def test_without_an_organiser_address_the_dialog_leads_to_the_details(
        qtbot: QtBot, sqlite_db: Database, configured: MailSettings) -> None:
    ids = make_meeting(sqlite_db)
    with sqlite_db.session() as s:
        meeting = s.get(Meeting, ids.meeting)
        assert meeting is not None
        meeting.organiser_email = ""
    dialog = opened(qtbot, sqlite_db, ids.meeting)
    assert not dialog.send_button.isEnabled() and not dialog.drafts_button.isEnabled()
    assert "no organiser e-mail address" in dialog.send_button.toolTip()
    assert "href='organiser'" in dialog.blocker_label.text()
    dialog.blocker_label.linkActivated.emit("organiser")
    assert dialog.fix == "organiser" and not dialog.isVisible()


def test_the_preview_shows_each_readers_letter_and_the_calendar_entry(
        qtbot: QtBot, sqlite_db: Database, memory_keyring: MemoryKeyring) -> None:
    ids = make_meeting(sqlite_db)
    dialog = opened(qtbot, sqlite_db, ids.meeting)
    with qtbot.waitSignal(dialog.preview.loaded, timeout=20000):
        dialog.tabs.setCurrentWidget(dialog.preview)
    tabs = [dialog.preview.tabs.tabText(i) for i in range(dialog.preview.tabs.count())]
    assert tabs == ["English: 3 people", "Dansk: 1 person"]
    english = dialog.preview.tabs.widget(0)
    assert "Dear Zoë," in english.letter.toPlainText()
    entry = english.entry.toPlainText()
    assert "22 October 2026 09:00 – 23 October 2026 16:00" in entry and "Tema: Varme & vand" in entry
    dialog.resize(1000, 620)
    shot(dialog, "rehearse-preview")
    with qtbot.waitSignal(dialog.preview.loaded, timeout=20000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "Theme: Varme & vand" in dialog.preview.tabs.widget(0).entry.toPlainText()
    dialog.preview.tabs.widget(0).show_raw.setChecked(True)
    assert "BEGIN:VCALENDAR" in dialog.preview.tabs.widget(0).raw.toPlainText()


def test_a_test_to_me_reaches_the_server_and_nobody_else(
        qtbot: QtBot, sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    handler = smtp_server[0]
    ids = make_meeting(sqlite_db)
    dialog = opened(qtbot, sqlite_db, ids.meeting)
    assert dialog.test_button.isEnabled() and dialog.send_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("me@kl.example", True))
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert "A test went to me@kl.example" in dialog.result.text()
    assert [rcpt for rcpt, _raw in handler.messages] == [["me@kl.example"]]
    assert dialog.plan is not None and len(dialog.plan.to_send) == 4  # nobody marked as sent


def test_the_test_is_in_the_language_of_the_preview_tab_shown(
        qtbot: QtBot, sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    ids = make_meeting(sqlite_db)
    dialog = opened(qtbot, sqlite_db, ids.meeting)
    assert dialog.test_language() == "da"  # the meeting's
    with qtbot.waitSignal(dialog.preview.loaded, timeout=20000):
        dialog.tabs.setCurrentWidget(dialog.preview)
    dialog.preview.tabs.setCurrentIndex(0)
    assert dialog.test_language() == "en"


def test_an_empty_meeting_says_what_to_do_first(qtbot: QtBot, sqlite_db: Database,
                                                memory_keyring: MemoryKeyring) -> None:
    from datetime import datetime

    from klimamoeder.model import MeetingKind
    from klimamoeder.services import meetings
    from tests.unit.test_registrations import make_network

    meeting = meetings.create_meeting(sqlite_db, meetings.MeetingInput(
        network_id=make_network(sqlite_db), title="Tomt møde", kind=MeetingKind.NETWORK_MEETING,
        start=datetime(2035, 3, 1, 10), end=datetime(2035, 3, 1, 12), organiser_email="sek@kl.example"))
    dialog = opened(qtbot, sqlite_db, meeting.id)
    assert "Nobody is on the list yet" in dialog.heading.text() and "0 of 0" not in dialog.heading.text()
    assert not dialog.send_button.isEnabled() and not dialog.drafts_button.isEnabled()
