"""Replies read from a real IMAP mailbox (Dovecot on 127.0.0.1, self-signed certificate).

The secretariat's inbox and Deleted Items hold what Outlook, Gmail and Thunderbird send,
a forwarded answer, a bounce, an ordinary question and a broken message. Each is applied
exactly once, however often the mailbox is read, across a restart and a renumbered folder.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from klimamoeder.model import CalendarReply, DeliveryStatus, InvitationDelivery, Registration, ReplyStatus
from klimamoeder.services import mail_settings, mail_tls, mailer, reply_fetch
from klimamoeder.services.invites import send_invitations
from klimamoeder.services.mail_settings import MailSettings, Server
from klimamoeder.services.oauth import MicrosoftTokens
from klimamoeder.storage import Database, open_database
from tests.invite_data import PEOPLE, make_meeting
from tests.mail_messages import (
    bounce_eml,
    forwarded_eml,
    gmail_eml,
    malformed_eml,
    outlook_calendar,
    outlook_eml,
    plain_eml,
    thunderbird_eml,
)
from tests.mail_servers import (
    CLIENT_ID,
    PASSWORD,
    Certificate,
    Dovecot,
    SignInService,
    certificate,
    dovecot,
    sign_in_service,
    trust_test_certificate,
)
from tests.smtp_server import Handler, MemoryKeyring, memory_keyring, smtp_server

__all__ = ["certificate", "dovecot", "memory_keyring", "sign_in_service", "smtp_server", "trust_test_certificate"]

BENT = ("Bent Bounce", "bent@gone.example", "da", "invited")
DELETED = "Deleted Items"


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    return dovecot.add_user()


def imap_account(dovecot: Dovecot, user: str, security: str = "ssl", **changes: object) -> MailSettings:
    port = dovecot.imaps_port if security == "ssl" else dovecot.imap_port
    base = MailSettings(imap=Server("127.0.0.1", port, security), username=user, timeout=10)
    return MailSettings(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def invited(db: Database, smtp_server: tuple[Handler, int]) -> tuple[int, bytes]:
    """The meeting, its invitations sent through a real SMTP server; returns Bent's invitation as sent."""
    ids = make_meeting(db, people=[*PEOPLE, BENT])
    config = MailSettings(smtp=Server("127.0.0.1", smtp_server[1], "none"), timeout=10)
    with mailer.SmtpTransport(config, "") as transport:
        assert len(send_invitations(db, ids.meeting, transport).delivered) == 5
    bent = next(raw for rcpt, raw in smtp_server[0].messages if rcpt == [BENT[1]])
    return ids.meeting, bent


def fill_mailbox(dovecot: Dovecot, user: str, bent_invitation: bytes) -> None:
    anne = outlook_eml("anne.soren@kbh.example")
    dovecot.deliver(user, anne)
    dovecot.deliver(user, anne, DELETED)  # Outlook moved the processed response to Deleted Items too
    dovecot.deliver(user, gmail_eml(), DELETED)
    dovecot.deliver(user, thunderbird_eml())
    chen = outlook_eml("chen.gang@beijing.example", message_id="<chen@beijing.example>")
    dovecot.deliver(user, forwarded_eml(chen))
    dovecot.deliver(user, bounce_eml(bent_invitation, BENT[1]))
    dovecot.deliver(user, plain_eml())
    dovecot.deliver(user, malformed_eml())


def statuses(db: Database, meeting_id: int) -> dict[str, tuple[str, str]]:
    with db.session() as s:
        rows = s.scalars(select(Registration).where(Registration.meeting_id == meeting_id)).all()
        return {r.person.email: (r.status.value, r.reply_status.value if r.reply_status else "") for r in rows}


def reply_rows(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(CalendarReply)) or 0)


@pytest.fixture
def reading(dovecot: Dovecot, user: str, trust_test_certificate: Certificate,
            memory_keyring: MemoryKeyring) -> Iterator[MailSettings]:
    config = imap_account(dovecot, user)
    mail_settings.save(config, PASSWORD)
    yield mail_settings.load()


def test_every_reply_is_applied_exactly_once_across_fetches_and_a_restart(
        db_url: str, dovecot: Dovecot, user: str, smtp_server: tuple[Handler, int], reading: MailSettings) -> None:
    db = open_database(db_url)
    meeting_id, bent_invitation = invited(db, smtp_server)
    fill_mailbox(dovecot, user, bent_invitation)

    first = reply_fetch.fetch_replies(db)
    assert first.folders == ("INBOX", DELETED) and first.new_messages == 8
    by_kind = sorted((m.folder, m.kind, m.outcome) for m in first.messages)
    assert by_kind == sorted([
        ("INBOX", "reply", "applied"), ("INBOX", "reply", "applied"), ("INBOX", "reply", "applied"),
        ("INBOX", "bounce", "marked failed"), ("INBOX", "other", "not_a_reply"),
        (DELETED, "other", "already read"), (DELETED, "reply", "applied"),
    ])  # the plain question was not even downloaded; the broken one is no reply the service can read
    assert statuses(db, meeting_id) == {
        "anne.soren@kbh.example": ("registered", "accepted"), "zoe@aberdeen.example": ("registered", "tentative"),
        "lucja@gdansk.example": ("declined", "declined"), "chen.gang@beijing.example": ("registered", "accepted"),
        "bent@gone.example": ("invited", "needs_action"), "secretariat@kl.example": ("registered", "needs_action"),
    }
    with db.session() as s:
        bent = s.scalars(select(InvitationDelivery).where(InvitationDelivery.status == DeliveryStatus.FAILED)).all()
        assert [row.error for row in bent] == [
            "Bounced: 5.1.1 550 5.1.1 <bent@gone.example>: Recipient address rejected: User unknown"]
    replies_after_first = reply_rows(db)

    second = reply_fetch.fetch_replies(db)
    assert second.new_messages == 0 and second.messages == () and reply_rows(db) == replies_after_first

    db.dispose()  # the window is closed and opened again
    db = open_database(db_url)
    assert reply_fetch.fetch_replies(db).new_messages == 0 and reply_rows(db) == replies_after_first
    dovecot.deliver(user, outlook_eml("anne.soren@kbh.example", "DECLINED", stamp="20261106T080000Z",
                                      message_id="<anne-2@kbh.example>"), DELETED)
    later = reply_fetch.fetch_replies(db)
    assert [(m.folder, m.outcome) for m in later.messages] == [(DELETED, "applied")]
    assert statuses(db, meeting_id)["anne.soren@kbh.example"] == ("declined", "declined")
    assert reply_rows(db) == replies_after_first + 1
    db.dispose()


def rebuild_deleted_items(dovecot: Dovecot, user: str, certificate: Certificate) -> tuple[int, int]:
    """The server renumbers Deleted Items (a restored backup, a migration): same messages, new UIDVALIDITY."""
    import ssl

    with IMAPClient("127.0.0.1", dovecot.imaps_port, ssl_context=ssl.create_default_context(
            cafile=str(certificate.cert))) as client:
        client.login(user, PASSWORD)
        before = int(client.select_folder(DELETED)[b"UIDVALIDITY"])
        client.close_folder()
        client.rename_folder(DELETED, "Old items")
        client.create_folder(DELETED)
        client.select_folder("Old items")
        client.copy(client.search(["ALL"]), DELETED)
        after = int(client.select_folder(DELETED, readonly=True)[b"UIDVALIDITY"])
    return before, after


def test_a_changed_uidvalidity_rescans_the_folder_without_applying_anything_twice(
        sqlite_db: Database, dovecot: Dovecot, user: str, smtp_server: tuple[Handler, int],
        reading: MailSettings, certificate: Certificate) -> None:
    meeting_id, _bent = invited(sqlite_db, smtp_server)
    dovecot.deliver(user, gmail_eml(), DELETED)
    dovecot.deliver(user, thunderbird_eml(), DELETED)
    assert reply_fetch.fetch_replies(sqlite_db).count("reply", "applied") == 2
    before, after = rebuild_deleted_items(dovecot, user, certificate)
    assert before != after
    dovecot.deliver(user, outlook_eml("anne.soren@kbh.example"), DELETED)  # arrives after the renumbering
    again = reply_fetch.fetch_replies(sqlite_db)
    assert sorted((m.kind, m.outcome) for m in again.messages) == [
        ("other", "already read"), ("other", "already read"), ("reply", "applied")]
    assert statuses(sqlite_db, meeting_id)["anne.soren@kbh.example"] == ("registered", "accepted")
    assert reply_fetch.fetch_replies(sqlite_db).messages == ()


def test_a_dry_run_reports_and_changes_nothing(sqlite_db: Database, dovecot: Dovecot, user: str,
                                               smtp_server: tuple[Handler, int], reading: MailSettings) -> None:
    meeting_id, _bent = invited(sqlite_db, smtp_server)
    dovecot.deliver(user, thunderbird_eml())
    preview = reply_fetch.fetch_replies(sqlite_db, dry_run=True)
    assert [(m.kind, m.outcome) for m in preview.messages] == [("reply", "applied")]  # what would happen
    assert preview.messages[0].detail.startswith("Łucja: DECLINED")
    assert reply_rows(sqlite_db) == 0 and statuses(sqlite_db, meeting_id)["lucja@gdansk.example"][0] == "invited"
    assert "Dry run" in reply_fetch.summary_text(preview)
    assert reply_fetch.fetch_replies(sqlite_db).count("reply", "applied") == 1


def test_processed_messages_can_be_moved_to_a_folder_and_nothing_is_deleted(
        sqlite_db: Database, dovecot: Dovecot, user: str, smtp_server: tuple[Handler, int],
        reading: MailSettings, certificate: Certificate) -> None:
    import ssl

    invited(sqlite_db, smtp_server)
    dovecot.deliver(user, thunderbird_eml())
    dovecot.deliver(user, plain_eml())
    config = MailSettings(**{**reading.__dict__, "after_reading": "move", "processed_folder": "Klimamøder/Læst"})
    assert reply_fetch.fetch_replies(sqlite_db, config).count("reply", "applied") == 1
    with IMAPClient("127.0.0.1", dovecot.imaps_port, ssl_context=ssl.create_default_context(
            cafile=str(certificate.cert))) as client:
        client.login(user, PASSWORD)
        assert len(client.select_folder("INBOX", readonly=True) and client.search(["ALL"])) == 1  # the question
        moved = client.select_folder("Klimamøder/Læst", readonly=True)
        assert moved[b"EXISTS"] == 1
        assert b"\\Seen" not in client.get_flags(client.search(["ALL"]))[client.search(["ALL"])[0]]
    flagged = MailSettings(**{**reading.__dict__, "after_reading": "flag"})
    dovecot.deliver(user, gmail_eml())
    assert reply_fetch.fetch_replies(sqlite_db, flagged).count("reply", "applied") == 1


def test_passwords_go_to_dovecot_only_over_tls_and_untrusted_certificates_are_refused(
        sqlite_db: Database, dovecot: Dovecot, user: str, memory_keyring: MemoryKeyring,
        certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    logins_before = len(dovecot.logins())
    for security in ("ssl", "starttls"):
        config = imap_account(dovecot, user, security)
        with pytest.raises(mail_tls.CertificateNotTrusted):
            reply_fetch.fetch_replies(sqlite_db, config, password=PASSWORD)
        shown = mail_tls.presented_certificate(config.imap, "imap")
        assert shown.pem.strip() == certificate.pem.strip()
        trusted = mail_settings.trust_certificate(config, config.imap, shown.pem)
        assert reply_fetch.fetch_replies(sqlite_db, trusted, password=PASSWORD).folders == ("INBOX", DELETED)
    logins = [line for line in dovecot.logins()[logins_before:] if f"user=<{user}>" in line]
    assert len(logins) == 2 and all(", TLS," in line and "method=PLAIN" in line for line in logins), logins


def test_a_wrong_password_is_a_clear_error(sqlite_db: Database, dovecot: Dovecot, user: str,
                                           trust_test_certificate: Certificate) -> None:
    from klimamoeder.services.errors import DomainError

    with pytest.raises(DomainError, match="did not accept the user name and password"):
        reply_fetch.fetch_replies(sqlite_db, imap_account(dovecot, user), password="wrong")


def test_microsoft_365_sign_in_reads_the_mailbox_with_xoauth2_and_refreshes_a_refused_token(
        sqlite_db: Database, dovecot: Dovecot, user: str, sign_in_service: SignInService,
        trust_test_certificate: Certificate, memory_keyring: MemoryKeyring, smtp_server: tuple[Handler, int],
        caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)
    config = imap_account(dovecot, user, "starttls", auth="microsoft365", client_id=CLIENT_ID,
                          authority=sign_in_service.authority)
    mail_settings.save(config)
    tokens = MicrosoftTokens(config)
    device = tokens.start_device_sign_in()
    sign_in_service.approve_next_device_code(user)
    tokens.finish_device_sign_in(device)
    meeting_id, _bent = invited(sqlite_db, smtp_server)
    dovecot.deliver(user, thunderbird_eml())
    assert reply_fetch.fetch_replies(sqlite_db).count("reply", "applied") == 1
    sign_in_service.tokens.expire_all()
    dovecot.deliver(user, gmail_eml(), DELETED)
    assert reply_fetch.fetch_replies(sqlite_db).count("reply", "applied") == 1
    assert sign_in_service.tokens.grants[-1] == "refresh_token"
    logins = [line for line in dovecot.logins() if f"user=<{user}>" in line]
    assert len(logins) == 2 and all("method=XOAUTH2" in line and ", TLS," in line for line in logins)
    # No token and no password in any file the app wrote, nor in the log or the output.
    secrets = [t for t in sign_in_service.tokens.seen_by_servers] + list(sign_in_service.tokens.refresh)
    assert secrets
    output = capsys.readouterr()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(secret.encode() in content for secret in secrets), path
    assert not any(secret in caplog.text + output.out + output.err for secret in secrets)
    assert statuses(sqlite_db, meeting_id)["zoe@aberdeen.example"] == ("registered", "tentative")


def test_a_reply_without_organizer_is_matched_on_uid_and_attendee() -> None:
    from klimamoeder.exports.reply_parser import parse_reply_file

    (reply,) = parse_reply_file("outlook.eml", outlook_eml("anne.soren@kbh.example"))
    assert "ORGANIZER" not in outlook_calendar("anne.soren@kbh.example")
    assert (reply.uid, reply.attendee_email, reply.partstat) == (
        "test-meeting@klimamoeder.invalid", "anne.soren@kbh.example", "ACCEPTED")


def test_only_messages_that_may_hold_a_reply_are_downloaded() -> None:
    plain = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"8bit", 30, 1)
    calendar = ([(b"text", b"plain", None, None, None, b"7bit", 10, 1),
                 (b"text", b"calendar", (b"method", b"REPLY"), None, None, b"base64", 900, 12)], b"alternative")
    assert not reply_fetch.may_matter(plain) and reply_fetch.may_matter(calendar)
    assert reply_fetch.may_matter(None)  # a server that gives no structure: look at the whole message


def test_status_of_a_reply_is_not_written_by_the_fetcher() -> None:
    """The fetcher hands replies to the reply service; it never sets a registration's status itself."""
    source = Path(reply_fetch.__file__).read_text()
    assert "RegistrationStatus" not in source and ".status =" not in source
    assert ReplyStatus  # the statuses live in the reply service and the registration rule


def test_the_command_line_sets_up_the_mailbox_trusts_its_certificate_and_fetches(
        tmp_path: Path, dovecot: Dovecot, user: str, smtp_server: tuple[Handler, int], memory_keyring: MemoryKeyring,
        certificate: Certificate, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    import io
    import json

    from klimamoeder import cli

    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    invited(database, smtp_server)
    database.dispose()
    dovecot.deliver(user, thunderbird_eml())
    base = ["--db", str(path)]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.run([*base, "mail", "configure", "--imap", f"127.0.0.1:{dovecot.imaps_port}", "--security", "ssl",
                    "--user", user, "--password-stdin", "--fetch-minutes", "10"]) == 0
    assert f"IMAP: 127.0.0.1:{dovecot.imaps_port} (ssl)" in capsys.readouterr().out
    assert cli.run([*base, "fetch", "replies"]) == 1
    assert "is not trusted" in capsys.readouterr().err
    assert cli.run([*base, "mail", "trust-certificate", "imap"]) == 0
    fingerprint = next(line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()
                       if line.startswith("SHA-256: "))
    assert cli.run([*base, "mail", "trust-certificate", "imap", "--fingerprint", "00:11"]) == 1
    assert "does not match" in capsys.readouterr().err
    assert cli.run([*base, "mail", "trust-certificate", "imap", "--fingerprint", fingerprint.lower()]) == 0
    assert cli.run([*base, "mail", "test"]) == 0
    assert "replies are read from INBOX, Deleted Items" in capsys.readouterr().out
    assert cli.run([*base, "fetch", "replies", "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] and [m["outcome"] for m in preview["messages"]] == ["applied"]
    assert cli.run([*base, "fetch", "replies"]) == 0
    out = capsys.readouterr().out
    assert "INBOX #1: reply, applied – Łucja: DECLINED" in out and "1 replies (1 applied, 0 to review)" in out
    assert cli.run([*base, "mail", "configure", "--smtp", "smtp.kl.example:port"]) == 1
    assert "is not HOST or HOST:PORT" in capsys.readouterr().err
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file
    assert PASSWORD not in caplog.text
