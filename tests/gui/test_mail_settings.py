"""The mail account dialog and the background reading of replies, against real servers on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from klimamoeder import settings
from klimamoeder.gui.mail_fetch import ReplyFetcher
from klimamoeder.gui.mail_settings import MailSettingsDialog
from klimamoeder.model import Registration
from klimamoeder.services import mail_settings
from klimamoeder.services.mail_settings import MailSettings, Server
from klimamoeder.storage import Database
from tests.gui.shots import shot
from tests.invite_data import make_meeting
from tests.mail_messages import outlook_eml, thunderbird_eml
from tests.mail_servers import (
    CLIENT_ID,
    PASSWORD,
    Certificate,
    Dovecot,
    SignInService,
    SmtpTls,
    certificate,
    dovecot,
    sign_in_service,
    smtp_tls_server,
    trust_test_certificate,
)
from tests.smtp_server import MemoryKeyring, memory_keyring

__all__ = ["certificate", "dovecot", "memory_keyring", "sign_in_service", "trust_test_certificate"]
pytestmark = pytest.mark.gui


def wait(qtbot: QtBot, dialog: MailSettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and (
        dialog.task.result is not None or dialog.task.error is not None), timeout=20000)


@pytest.fixture
def smtp(certificate: Certificate, sign_in_service: SignInService) -> Iterator[SmtpTls]:
    with smtp_tls_server(certificate, sign_in_service.tokens, implicit=False) as server:
        yield server


def test_choosing_microsoft_365_fills_in_its_servers_and_keeps_no_secret_in_the_file(
        qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.auth.setCurrentIndex(dialog.auth.findData("microsoft365"))
    assert (dialog.smtp.server(), dialog.imap.server()) == (
        Server("smtp.office365.com", 587, "starttls"), Server("outlook.office365.com", 993, "ssl"))
    assert not dialog.password.isVisible() and dialog.client_id.isVisible() and dialog.device_button.isVisible()
    qtbot.keyClicks(dialog.username, "sekretariat@kl.dk")
    qtbot.keyClicks(dialog.client_id, CLIENT_ID)
    assert dialog.signed_in.text() == "Not signed in yet."
    shot(dialog, "mail-settings-microsoft365")
    dialog.accept()
    stored = mail_settings.load()
    assert (stored.auth, stored.username, stored.client_id, stored.imap.host) == (
        "microsoft365", "sekretariat@kl.dk", CLIENT_ID, "outlook.office365.com")


def test_a_password_goes_to_the_key_ring_only(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.smtp.host.setText("smtp.kl.example")
    dialog.smtp.security.setCurrentIndex(dialog.smtp.security.findData("ssl"))
    assert dialog.smtp.port.value() == 465
    dialog.imap.host.setText("imap.kl.example")
    dialog.username.setText("secretariat")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.show()
    shot(dialog, "mail-settings-password")
    dialog.accept()
    assert mail_settings.load().smtp == Server("smtp.kl.example", 465, "ssl")
    assert mail_settings.password_for(mail_settings.load()) == PASSWORD
    assert PASSWORD not in json.dumps(settings.load()) and PASSWORD not in settings.settings_path().read_text()


def test_an_unencrypted_remote_server_is_refused(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.smtp.host.setText("smtp.kl.example")
    dialog.smtp.security.setCurrentIndex(dialog.smtp.security.findData("none"))
    dialog.accept()
    assert "only allowed" in dialog.message.text() and mail_settings.load().smtp.host == ""


def test_an_untrusted_certificate_shows_its_fingerprint_and_can_be_trusted(
        qtbot: QtBot, smtp: SmtpTls, dovecot: Dovecot, certificate: Certificate, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    user = dovecot.add_user()
    smtp.handler.user = user
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.smtp.set(Server("127.0.0.1", smtp.port, "starttls"))
    dialog.imap.set(Server("127.0.0.1", dovecot.imaps_port, "ssl"))
    dialog.username.setText(user)
    dialog.password.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(dialog.trust_button.isVisible, timeout=20000)
    assert "not trusted" in dialog.message.text() and "SHA-256: " in dialog.message.text()
    assert smtp.handler.auths == []
    shot(dialog, "mail-settings-untrusted")
    dialog.trust_button.click()
    dialog.test_button.click()  # the IMAP server has the same certificate but is its own server: asks again
    qtbot.waitUntil(dialog.trust_button.isVisible, timeout=20000)
    assert f"127.0.0.1:{dovecot.imaps_port}" in dialog.message.text()
    dialog.trust_button.click()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Reading works" in dialog.message.text(), timeout=20000)
    assert dialog.message.text() == "Sending works. Reading works (folders: INBOX, Deleted Items)."
    shot(dialog, "mail-settings-works")
    dialog.accept()
    assert set(mail_settings.load().trusted_certificates) == {f"127.0.0.1:{smtp.port}",
                                                             f"127.0.0.1:{dovecot.imaps_port}"}


def test_signing_in_to_microsoft_365_with_a_code(qtbot: QtBot, sign_in_service: SignInService,
                                                  trust_test_certificate: Certificate,
                                                  memory_keyring: MemoryKeyring) -> None:
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.auth.setCurrentIndex(dialog.auth.findData("microsoft365"))
    dialog.username.setText("sekretariat@kl.dk")
    dialog.client_id.setText(CLIENT_ID)
    dialog.extra = MailSettings(authority=sign_in_service.authority, timeout=10)
    dialog.device_button.click()
    qtbot.waitUntil(lambda: "KLIMA-42" in dialog.message.text(), timeout=20000)
    shot(dialog, "mail-settings-device-code")
    sign_in_service.approve_next_device_code("sekretariat@kl.dk")
    qtbot.waitUntil(lambda: dialog.signed_in.text() == "Signed in as sekretariat@kl.dk.", timeout=20000)
    dialog.accept()
    again = MailSettingsDialog()
    qtbot.addWidget(again)
    assert again.signed_in.text() == "Signed in as sekretariat@kl.dk."


def test_replies_are_read_in_the_background_on_a_timer_and_on_demand(
        qtbot: QtBot, sqlite_db: Database, dovecot: Dovecot, trust_test_certificate: Certificate,
        memory_keyring: MemoryKeyring) -> None:
    ids = make_meeting(sqlite_db)
    user = dovecot.add_user()
    mail_settings.save(MailSettings(imap=Server("127.0.0.1", dovecot.imaps_port, "ssl"), username=user,
                                    fetch_minutes=5, timeout=10), PASSWORD)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    fetcher = ReplyFetcher(sqlite_db, window)
    assert fetcher.timer.isActive() and fetcher.timer.interval() == 5 * 60_000
    dovecot.deliver(user, thunderbird_eml())
    with qtbot.waitSignal(fetcher.fetched, timeout=20000) as fetched:
        fetcher.timer.timeout.emit()  # five minutes have passed
        assert fetcher.running and fetcher.fetch_now() is None  # one fetch at a time
    assert fetched.args[0].count("reply", "applied") == 1
    assert "1 replies (1 applied, 0 to review)" in window.statusBar().currentMessage()
    dovecot.deliver(user, outlook_eml("anne.soren@kbh.example"))
    with qtbot.waitSignal(fetcher.fetched, timeout=20000) as fetched:
        fetcher.fetch_now(asked=True)
    box = window.findChild(QWidget, "fetch-summary")
    assert box is not None and "Anne <b>&</b> Søren" in box.detailedText()  # as typed, not as markup
    box.close()
    with sqlite_db.session() as s:
        statuses = {r.person.email: r.status.value for r in s.scalars(
            select(Registration).where(Registration.meeting_id == ids.meeting))}
    assert statuses["lucja@gdansk.example"] == "declined" and statuses["anne.soren@kbh.example"] == "registered"
    mail_settings.save(MailSettings(imap=Server("127.0.0.1", dovecot.imaps_port, "ssl"), username=user,
                                    fetch_minutes=0, timeout=10))
    fetcher.reconfigure()
    assert not fetcher.timer.isActive()


def test_an_unreachable_mailbox_is_reported_in_the_status_bar(
        qtbot: QtBot, sqlite_db: Database, memory_keyring: MemoryKeyring) -> None:
    from tests.smtp_server import free_port

    mail_settings.save(MailSettings(imap=Server("127.0.0.1", free_port(), "ssl"), username="x", timeout=5), "pw")
    window = QMainWindow()
    qtbot.addWidget(window)
    fetcher = ReplyFetcher(sqlite_db, window)
    with qtbot.waitSignal(fetcher.failed, timeout=20000) as failed:
        fetcher.fetch_now(asked=False)
    assert "Could not connect to the IMAP server" in failed.args[0]
    assert window.statusBar().currentMessage().startswith("Reading replies failed:")
