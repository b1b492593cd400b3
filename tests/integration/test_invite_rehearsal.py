"""Rehearsing invitations against a real SMTP server: the dry run refuses what the send refuses, a test to
yourself, previews per language, and the meeting's checklist counting what was sent."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from icalendar import Calendar

from klimamoeder import cli, settings
from klimamoeder.model import InvitationDelivery, Meeting, Registration, RegistrationStatus
from klimamoeder.services import checklist, invite_rehearsal, invites, mail_settings
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.storage import Database, open_database
from tests.invite_data import make_meeting
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    ids = make_meeting(db)
    db.dispose()
    return path, ids.meeting


def send(path: Path, meeting: int, *extra: str) -> int:
    return cli.run(["--db", str(path), "send", "invites", str(meeting), *extra])


def both(path: Path, meeting: int, capsys: pytest.CaptureFixture[str]) -> tuple[tuple[int, str], tuple[int, str]]:
    """The dry run's and the real send's exit code and error line."""
    dry = send(path, meeting, "--dry-run")
    dry_err = capsys.readouterr().err.strip()
    real = send(path, meeting)
    real_err = capsys.readouterr().err.strip()
    return (dry, dry_err), (real, real_err)


def without_organiser(path: Path, meeting: int) -> None:
    db = open_database(path)
    with db.session() as s:
        found = s.get(Meeting, meeting)
        assert found is not None
        found.organiser_email = ""
    db.dispose()


def test_without_a_mail_server_the_dry_run_refuses_as_the_send_does(
        database: tuple[Path, int], memory_keyring: object, capsys: pytest.CaptureFixture[str]) -> None:
    path, meeting = database
    dry, real = both(path, meeting, capsys)
    assert dry == real == (1, "klimamoeder: Enter the SMTP server's host name.")


def test_without_an_organiser_address_both_refuse_before_connecting(
        database: tuple[Path, int], smtp_server: tuple[Handler, int], configured: MailSettings,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, meeting = database
    without_organiser(path, meeting)
    dry, real = both(path, meeting, capsys)
    assert dry == real and dry[0] == 1 and "no organiser e-mail address" in dry[1]
    assert smtp_server[0].logins == [] and smtp_server[0].messages == []


def test_a_wrong_password_is_found_by_the_dry_run(
        database: tuple[Path, int], smtp_server: tuple[Handler, int], configured: MailSettings,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, meeting = database
    mail_settings.save(configured, "not-the-password")
    dry, real = both(path, meeting, capsys)
    assert dry == real == (1, "klimamoeder: The SMTP server did not accept the user name and password.")
    assert smtp_server[0].messages == []


def test_a_complete_setup_rehearses_with_a_login_and_sends_nothing(
        database: tuple[Path, int], smtp_server: tuple[Handler, int], configured: MailSettings,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, meeting = database
    handler = smtp_server[0]
    assert send(path, meeting, "--dry-run") == 0
    assert "Every message was built and checked, and the mail server accepted the login." in capsys.readouterr().out
    assert len(handler.logins) == 1 and handler.messages == []
    assert send(path, meeting) == 0 and len(handler.messages) == 4


def test_a_test_to_myself_is_the_real_message_marked_and_never_logged(
        database: tuple[Path, int], smtp_server: tuple[Handler, int], configured: MailSettings,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, meeting = database
    handler = smtp_server[0]
    assert send(path, meeting, "--test-to", "Me@KL.example", "--language", "en") == 0
    assert "Test invitation sent to me@kl.example." in capsys.readouterr().out
    [(recipients, raw)] = handler.messages
    assert recipients == ["me@kl.example"]
    message = message_from_bytes(raw)
    assert str(message["Subject"]).startswith("=?utf-8?") or "[TEST]" in str(message["Subject"])
    from email.header import decode_header, make_header

    assert str(make_header(decode_header(str(message["Subject"])))).startswith("[TEST] Invitation: Klimamøde")
    event = next(iter(Calendar.from_ical(next(
        p for p in message.walk() if p.get_content_type() == "text/calendar").get_payload(decode=True)).walk("VEVENT")))
    assert str(event["UID"]).startswith("test-") and str(event["UID"]).endswith("test-meeting@klimamoeder.invalid")
    assert str(event["SUMMARY"]).startswith("[TEST] ")
    assert [str(a) for a in [event["ATTENDEE"]]] == ["mailto:me@kl.example"]
    db = open_database(path)
    try:
        with db.read() as s:
            assert s.query(InvitationDelivery).count() == 0
        assert len(invites.plan_invitations(db, meeting).to_send) == 4
    finally:
        db.dispose()


def test_previews_show_each_readers_letter_and_the_calendar_entry_as_read_back(sqlite_db: Database) -> None:
    ids = make_meeting(sqlite_db)
    previews = {p.language: p for p in invite_rehearsal.previews(sqlite_db, ids.meeting)}
    assert set(previews) == {"da", "en"}
    english, danish = previews["en"], previews["da"]
    assert english.people == 3 and danish.people == 1
    assert english.subject.startswith("Invitation: Klimamøde") and english.text.startswith("Dear Zoë,")
    assert danish.text.startswith("Kære Anne <b>&</b> Søren") and "&lt;b&gt;" in danish.html
    assert english.event_language == danish.event_language == "da"  # the meeting's language
    assert english.event.when == "22 October 2026 09:00 – 23 October 2026 16:00"
    assert danish.event.when == "22. oktober 2026 09.00 – 23. oktober 2026 16.00"
    assert english.event.where.startswith("Rådhuset") and english.event.organiser == \
        "Nanna Kel <secretariat@kl.example>"
    assert "Tema: Varme & vand" in english.event.description
    assert "BEGIN:VCALENDAR" in english.ics
    picked = invite_rehearsal.previews(sqlite_db, ids.meeting, "en")
    assert all("Theme: Varme & vand" in p.event.description for p in picked)


def test_what_blocks_sending_is_named(sqlite_db: Database, memory_keyring: object) -> None:
    ids = make_meeting(sqlite_db)
    kinds = [b.kind for b in invite_rehearsal.send_blockers(sqlite_db, ids.meeting)]
    assert kinds == [invite_rehearsal.MAIL_SETUP]
    assert invite_rehearsal.send_blockers(sqlite_db, ids.meeting, mail=False) == []
    with sqlite_db.session() as s:
        found = s.get(Meeting, ids.meeting)
        assert found is not None
        found.organiser_email = ""
    kinds = [b.kind for b in invite_rehearsal.send_blockers(sqlite_db, ids.meeting, mail=False)]
    assert kinds == [invite_rehearsal.ORGANISER]
    settings.update(smtp={"host": "smtp.example", "port": 587, "security": "starttls", "username": "me"})
    assert invite_rehearsal.mail_setup_problem() is None


def test_the_checklist_counts_invitations_answers_reminders_and_documents(sqlite_db: Database,
                                                                           tmp_path: Path) -> None:
    ids = make_meeting(sqlite_db, start="2035-10-22T09:00", end="2035-10-23T16:00")
    before = checklist.meeting_checklist(sqlite_db, ids.meeting)
    assert (before.invited, before.sent, before.to_send, before.reminders_due) == (4, 0, 4, 0)
    assert before.venue.startswith("Rådhuset") and before.agenda_items == 1 and before.language == "da"
    assert before.missing_documents == ("programme", "participants", "badges")
    assert before.readers == {"da": 2, "en": 3}
    invites.send_invitations(sqlite_db, ids.meeting, invites.DraftFolder(tmp_path / "drafts"))
    with sqlite_db.session() as s:  # a week and a day ago
        for row in s.query(InvitationDelivery):
            row.at = row.at - timedelta(days=8)
        zoe = s.query(Registration).filter_by(person_id=ids.people["zoe@aberdeen.example"]).one()
        assert zoe.status == RegistrationStatus.REGISTERED
    checklist.record_output(sqlite_db, ids.meeting, "programme", "en", checklist.PRINTED)
    after = checklist.meeting_checklist(sqlite_db, ids.meeting)
    assert (after.sent, after.to_send, after.answered, after.reminders_due) == (4, 0, 1, 3)
    assert after.missing_documents == ("participants", "badges")
    assert [(d.document, d.language, d.action) for d in after.documents] == [("programme", "en", "printed")]
