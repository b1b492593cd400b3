"""Invitations through a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import email
import email.policy
import logging
from pathlib import Path

import pytest

from klimamoeder.services import invites, mail_settings, mailer
from klimamoeder.services.errors import DomainError
from klimamoeder.services.mail_settings import MailSettings, Server
from klimamoeder.services.progress import Cancelled, Progress
from klimamoeder.storage import Database
from tests.invite_data import ORGANISER, make_meeting
from tests.smtp_server import PASSWORD, Handler, configured, free_port, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def test_one_message_per_attendee_in_the_imip_shape(db: Database, smtp_server: tuple[Handler, int],
                                                     configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = make_meeting(db)
    with mailer.SmtpTransport(mail_settings.load()) as transport:
        result = invites.send_invitations(db, ids.meeting, transport)
    assert len(result.delivered) == 4 and handler.logins == [("secretariat", PASSWORD)]
    assert sorted(rcpt[0] for rcpt, _ in handler.messages) == sorted(e for e in ids.people if e != ORGANISER[1])
    for rcpt, raw in handler.messages:
        assert len(rcpt) == 1
        message = parsed(raw)
        assert message.get_content_type() == "multipart/mixed"
        assert ORGANISER[1] in message["From"] and rcpt[0] in message["To"]
        alternative, attachment = message.get_payload()  # type: ignore[misc]
        assert alternative.get_content_type() == "multipart/alternative"
        plain, html, calendar = alternative.get_payload()
        assert (plain.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
        assert calendar.get_content_type() == "text/calendar"
        assert calendar.get_param("method") == "REQUEST" and calendar.get_param("charset") == "UTF-8"
        ics = calendar.get_payload(decode=True)
        assert b"METHOD:REQUEST\r\n" in ics and ics.count(b"ATTENDEE") == 1
        assert attachment.get_filename() == "invite.ics" and attachment.get_payload(decode=True) == ics


def test_a_refused_recipient_does_not_stop_the_others_and_can_be_retried(
        db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    handler.refused = {"zoe@aberdeen.example"}
    ids = make_meeting(db)
    with mailer.SmtpTransport(configured) as transport:
        result = invites.send_invitations(db, ids.meeting, transport)
    assert [o.name for o in result.failed] == ["Zoë"] and "550" in result.failed[0].error
    assert len(handler.messages) == 3
    handler.refused = set()
    with mailer.SmtpTransport(configured) as transport:
        retry = invites.retry_failed(db, ids.meeting, transport)
    assert [o.name for o in retry.delivered] == ["Zoë"]
    assert [rcpt for rcpt, _ in handler.messages][-1] == ["zoe@aberdeen.example"]
    assert invites.plan_invitations(db, ids.meeting).to_send == ()


def test_cancel_midway_keeps_track_of_who_got_it(db: Database, smtp_server: tuple[Handler, int],
                                                 configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = make_meeting(db)
    progress = Progress()

    def stop_after_two(done: int, total: int, text: str) -> None:
        if done == 2:  # the user presses Cancel while the third message is on its way
            progress.cancel()

    progress = Progress(stop_after_two)
    with mailer.SmtpTransport(configured) as transport, pytest.raises(Cancelled):
        invites.send_invitations(db, ids.meeting, transport, progress)
    assert len(handler.messages) == 3  # the message under way is finished, no further one is started
    plan = invites.plan_invitations(db, ids.meeting)
    assert len(plan.to_send) == 1
    with mailer.SmtpTransport(configured) as transport:
        invites.send_invitations(db, ids.meeting, transport)
    receivers = [rcpt[0] for rcpt, _ in handler.messages]
    assert len(receivers) == 4 and len(set(receivers)) == 4  # nobody got the same version twice


def test_the_password_is_in_no_file_and_no_log(db: Database, smtp_server: tuple[Handler, int],
                                               configured: MailSettings, tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    ids = make_meeting(db)
    with mailer.SmtpTransport(mail_settings.load()) as transport:
        invites.send_invitations(db, ids.meeting, transport)
    assert mail_settings.password_for(mail_settings.load()) == PASSWORD
    assert (tmp_path / "xdg-config").exists()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    output = capsys.readouterr()
    assert PASSWORD not in caplog.text and PASSWORD not in output.out + output.err


def test_a_wrong_password_or_unreachable_server_is_a_clear_error(
        smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    with pytest.raises(DomainError, match="user name and password"):
        mailer.check_connection(configured, "wrong")
    with pytest.raises(DomainError, match="Could not connect"):
        mailer.check_connection(MailSettings(smtp=Server("127.0.0.1", free_port(), "none"), timeout=5))
    with pytest.raises(DomainError, match="Could not connect"):  # no STARTTLS offered: never falls back to plain
        mailer.check_connection(MailSettings(smtp=Server("127.0.0.1", smtp_server[1], "starttls"), timeout=5))


def test_plain_connections_only_to_this_computer() -> None:
    with pytest.raises(DomainError, match="only allowed"):
        mail_settings.validate(MailSettings(smtp=Server("smtp.example", 25, "none")))


def test_cli_dry_run_sends_nothing_and_send_delivers(tmp_path: Path, smtp_server: tuple[Handler, int],
                                                     configured: MailSettings,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from klimamoeder import cli
    from klimamoeder.storage import open_database

    handler, _port = smtp_server
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    ids = make_meeting(database)
    database.dispose()
    assert cli.run(["--db", str(path), "send", "invites", str(ids.meeting), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "zoe@aberdeen.example" in out and "request" in out and "Dry run: nothing was sent." in out
    assert handler.messages == []
    assert cli.run(["--db", str(path), "send", "invites", str(ids.meeting)]) == 0
    assert "4 sent, 0 failed." in capsys.readouterr().out and len(handler.messages) == 4
    assert cli.run(["--db", str(path), "export", "invites", str(ids.meeting), "-o", str(tmp_path / "i.ics")]) == 0
    assert (tmp_path / "i.ics").read_bytes().count(b"ATTENDEE;") == 4
    assert cli.run(["--db", str(path), "export", "calendar", "--network", "KL", "-o", str(tmp_path / "f.ics")]) == 0
    assert b"METHOD:PUBLISH" in (tmp_path / "f.ics").read_bytes()
