"""Reminders to invitees who have not answered and practical information to the registered, through a real
SMTP server (aiosmtpd): each person once, in their own language, with the secretariat's text."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

import pytest

from klimamoeder import cli
from klimamoeder.model import DeliveryStatus, FollowUpDelivery
from klimamoeder.services import bounces, followups, invites, mailer, replies
from klimamoeder.services.errors import DomainError
from klimamoeder.services.followups import PRACTICAL, REMINDER
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.storage import Database, open_database
from tests.invite_data import MeetingIds, make_meeting
from tests.mail_messages import bounce_eml, thunderbird_eml
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def invited_and_answered(db: Database, config: MailSettings) -> MeetingIds:
    """Invitations sent to all four; Łucja has declined since."""
    ids = make_meeting(db)
    with mailer.SmtpTransport(config) as transport:
        assert len(invites.send_invitations(db, ids.meeting, transport).delivered) == 4
    assert replies.import_replies(db, [("tb.eml", thunderbird_eml())]).count("applied") == 1
    return ids


def test_a_reminder_goes_once_to_each_invitee_who_has_not_answered_in_their_own_language(
        db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = invited_and_answered(db, configured)
    handler.messages.clear()
    plan = followups.plan_follow_up(db, ids.meeting, REMINDER)
    assert {r.email: (r.will_send, r.reason) for r in plan.recipients} == {
        "anne.soren@kbh.example": (True, ""), "chen.gang@beijing.example": (True, ""),
        "zoe@aberdeen.example": (False, "has answered"), "lucja@gdansk.example": (False, "has answered"),
        "secretariat@kl.example": (False, "the organiser")}
    with mailer.SmtpTransport(configured) as transport:
        result = followups.send_follow_up(db, ids.meeting, REMINDER, transport, answer_by=date(2026, 10, 15))
    assert len(result.delivered) == 2 and len(handler.messages) == 2
    letters = {rcpt[0]: parsed(raw) for rcpt, raw in handler.messages}
    anne = letters["anne.soren@kbh.example"]
    assert str(anne["Subject"]) == 'Påmindelse: Klimamøde: grøn omstilling, fjernvarme; og "mere"'
    assert anne["From"].addresses[0].addr_spec == "secretariat@kl.example"
    plain = anne.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert plain.startswith("Kære Anne <b>&</b> Søren\n") and "senest 15. oktober 2026" in plain
    assert "Online: https://meet.example/klima" in plain and "Sted: Rådhuset" in plain
    html = anne.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Anne &lt;b&gt;&amp;&lt;/b&gt; Søren" in html
    assert not [p for p in anne.walk() if p.get_content_type() == "text/calendar"]
    chen = letters["chen.gang@beijing.example"].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert chen.startswith("Dear 陈刚,\n") and "Please answer by 15 October 2026" in chen
    again = followups.plan_follow_up(db, ids.meeting, REMINDER)
    assert again.to_send == () and {r.reason for r in again.recipients if r.email.startswith(("anne", "chen"))} == {
        "already sent"}
    with mailer.SmtpTransport(configured) as transport:
        assert followups.send_follow_up(db, ids.meeting, REMINDER, transport).outcomes == ()
    assert len(handler.messages) == 2


def test_practical_information_needs_its_text_and_goes_to_the_registered(
        db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = invited_and_answered(db, configured)
    handler.messages.clear()
    with mailer.SmtpTransport(configured) as transport, pytest.raises(DomainError, match="practical information"):
        followups.send_follow_up(db, ids.meeting, PRACTICAL, transport)
    assert handler.messages == []
    followups.save_template(db, ids.meeting, PRACTICAL, "en", "Before {meeting}",
                            "Hello {name},\n\nWe meet at {venue}.\nParking: Rådhuspladsen, gate 2.\n{link}\n")
    followups.save_template(db, ids.meeting, PRACTICAL, "da", "Inden {meeting}", "Hej {name}\n\nVi ses på {venue}.\n")
    assert [r.email for r in followups.plan_follow_up(db, ids.meeting, PRACTICAL).to_send] == ["zoe@aberdeen.example"]
    with mailer.SmtpTransport(configured) as transport:
        assert len(followups.send_follow_up(db, ids.meeting, PRACTICAL, transport).delivered) == 1
    (rcpt, raw), = handler.messages
    letter = parsed(raw)
    assert rcpt == ["zoe@aberdeen.example"] and str(letter["Subject"]).startswith("Before Klimamøde")
    assert letter.get_body(("plain",)).get_content() == (  # type: ignore[union-attr]
        "Hello Zoë,\n\nWe meet at Rådhuset test-m, Rådhuspladsen 1, 1550 København V.\n"
        "Parking: Rådhuspladsen, gate 2.\nhttps://meet.example/klima\n")


def test_texts_refuse_unknown_placeholders_and_fill_names_exactly_as_typed(db: Database) -> None:
    ids = make_meeting(db)
    for broken, complaint in (("Hej {nam}", "Unknown placeholder {nam}"), ("{name.__class__}", "Unknown placeholder"),
                              ("Hej {name", "not closed")):
        with pytest.raises(DomainError, match=complaint):
            followups.save_template(db, ids.meeting, REMINDER, "da", "Emne", broken)
    subject, body = followups.render_text(db, ids.meeting, "en", "{meeting} & <b>", "Hi {name}", "{name}\n{venue}")
    assert subject == "Hi {meeting} & <b>" and body.splitlines()[0] == "{meeting} & <b>"
    assert followups.fill("Venue: {venue}\nOnline: {link}\nBye", {"venue": "", "link": ""}) == "Bye"
    assert followups.template(db, ids.meeting, REMINDER, "da").edited is False


def test_a_refused_reminder_is_logged_sent_again_later_and_a_bounce_marks_it_failed(
        db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    ids = invited_and_answered(db, configured)
    handler.messages.clear()
    handler.refused = {"chen.gang@beijing.example"}
    with mailer.SmtpTransport(configured) as transport:
        result = followups.send_follow_up(db, ids.meeting, REMINDER, transport)
    assert [o.name for o in result.failed] == ["陈刚"] and "550" in result.failed[0].error
    chen = next(r for r in followups.plan_follow_up(db, ids.meeting, REMINDER).recipients if r.name == "陈刚")
    assert chen.will_send and chen.last_status == "failed"
    handler.refused = set()
    with mailer.SmtpTransport(configured) as transport:
        assert [o.name for o in followups.send_follow_up(db, ids.meeting, REMINDER, transport).delivered] == ["陈刚"]
    sent = next(raw for rcpt, raw in handler.messages if rcpt == ["chen.gang@beijing.example"])
    assert bounces.apply_bounce(db, bounce_eml(sent, "chen.gang@beijing.example")) == bounces.MARKED
    with db.session() as s:
        rows = s.query(FollowUpDelivery).filter_by(person_id=ids.people["chen.gang@beijing.example"]).all()
        assert [r.status for r in rows] == [DeliveryStatus.FAILED, DeliveryStatus.FAILED]
        assert rows[-1].error.startswith("Bounced: 5.1.1")


def test_cli_send_reminders_dry_run_then_once(tmp_path: Path, smtp_server: tuple[Handler, int],
                                              configured: MailSettings, capsys: pytest.CaptureFixture[str]) -> None:
    handler, _port = smtp_server
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    ids = invited_and_answered(database, configured)
    database.dispose()
    handler.messages.clear()
    base = ["--db", str(path), "send", "reminders", str(ids.meeting)]
    assert cli.run([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "anne.soren@kbh.example" in out and "has answered" in out and "Dry run: nothing was sent." in out
    assert handler.messages == []
    assert cli.run([*base, "--answer-by", "2026-10-15"]) == 0
    assert "2 sent, 0 failed." in capsys.readouterr().out and len(handler.messages) == 2
    assert cli.run(base) == 0
    assert "0 message(s)" in capsys.readouterr().out and len(handler.messages) == 2
    with pytest.raises(SystemExit):  # argparse: not a date
        cli.run([*base, "--answer-by", "15/10"])
    assert cli.run(["--db", str(path), "send", "practical", str(ids.meeting)]) == 1
    assert "Write the practical information first" in capsys.readouterr().err


def test_an_anonymised_registration_is_left_out_of_the_plan_instead_of_breaking_it(db: Database) -> None:
    from klimamoeder.model import Registration

    ids = make_meeting(db)
    with db.session() as s:  # what retention leaves: the registration without its person
        registration = s.query(Registration).filter_by(meeting_id=ids.meeting).order_by(Registration.id).first()
        assert registration is not None
        gone = registration.person_id
        registration.person_id = None
    for kind in (REMINDER, PRACTICAL):
        plan = followups.plan_follow_up(db, ids.meeting, kind)
        assert gone not in {r.person_id for r in plan.recipients}
        assert len(plan.recipients) == len(ids.people) - 1
