"""Replies as Outlook, Google and Thunderbird send them update the registrations; nothing is guessed."""

from __future__ import annotations

import base64
from datetime import timedelta
from pathlib import Path

import pytest

from klimamoeder import cli
from klimamoeder.exports.reply_parser import parse_reply_file
from klimamoeder.model import Meeting, Person, Registration
from klimamoeder.services import replies
from klimamoeder.storage import Database
from tests.invite_data import MeetingIds, make_meeting

UID = "test-meeting@klimamoeder.invalid"
TITLE = 'Klimamøde: grøn omstilling, fjernvarme; og "mere"'  # tests/invite_data.py's meeting


def outlook_reply(partstat: str = "ACCEPTED", address: str = "ANNE.SOREN@KBH.EXAMPLE", sequence: int = 0,
                  stamp: str = "20261101T101500Z", with_vtimezone: bool = True, uid: str = UID) -> bytes:
    """Danish Outlook / Exchange 2010: Windows TZID from 1601, upper-case MAILTO:, no ORGANIZER."""
    summary = {"ACCEPTED": "Accepteret", "DECLINED": "Afvist", "TENTATIVE": "Foreløbigt"}[partstat]
    vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    ] if with_vtimezone else []
    lines = [
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", *vtimezone,
        "BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN=Anne Søren:MAILTO:{address}",
        "COMMENT;LANGUAGE=da-DK:Jeg kommer gerne\\, men går kl. 15.",
        f"SUMMARY;LANGUAGE=da-DK:{summary}: Klimamøde: grøn omstilling",
        "DTSTART;TZID=Romance Standard Time:20261022T090000", "DTEND;TZID=Romance Standard Time:20261023T160000",
        f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        f"SEQUENCE:{sequence}", "LOCATION;LANGUAGE=da-DK:Rådhuset", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2117472641", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def google_calendar(partstat: str = "TENTATIVE") -> bytes:
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20261022T070000Z", "DTEND:20261023T140000Z",
        "DTSTAMP:20261102T080000Z", "ORGANIZER;CN=Nanna Kel:mailto:secretariat@kl.example", f"UID:{UID}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN=Zoë;X-NUM-GUESTS=0:mailto:zoe@aber",
        " deen.example", "CREATED:20261101T000000Z", "LAST-MODIFIED:20261102T080000Z", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Klimamøde", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def google_eml() -> bytes:
    """Gmail: the reply inline as base64 text/calendar and again as application/ics without method=."""
    payload = base64.encodebytes(google_calendar()).decode()
    return (
        "MIME-Version: 1.0\r\nFrom: =?UTF-8?B?Wm/Dqw==?= <zoe@aberdeen.example>\r\n"
        "To: secretariat@kl.example\r\nSubject: =?UTF-8?Q?Tentatively_accepted=3A_Klimam=C3=B8de?=\r\n"
        'Content-Type: multipart/mixed; boundary="000"\r\n\r\n'
        '--000\r\nContent-Type: multipart/alternative; boundary="001"\r\n\r\n'
        '--001\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        "Zoë has tentatively accepted.\r\n"
        '--001\r\nContent-Type: text/calendar; charset="UTF-8"; method=REPLY\r\nContent-Transfer-Encoding: base64'
        f"\r\n\r\n{payload}\r\n--001--\r\n"
        '--000\r\nContent-Type: application/ics; name="invite.ics"\r\n'
        'Content-Disposition: attachment; filename="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{payload}\r\n--000--\r\n"
    ).encode()


def thunderbird_eml() -> bytes:
    calendar = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REPLY", "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
        "CREATED:20261101T090000Z", "LAST-MODIFIED:20261101T090000Z", "DTSTAMP:20261101T090000Z", f"UID:{UID}",
        "SUMMARY:Klimamøde", "ORGANIZER;CN=Nanna Kel:mailto:secretariat@kl.example",
        "ATTENDEE;RSVP=TRUE;CN=Łucja;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:lucja@gdansk.example",
        "DTSTART;TZID=Europe/Copenhagen:20261022T090000", "DTEND;TZID=Europe/Copenhagen:20261023T160000",
        "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", "",
    ])
    return (
        "From: =?UTF-8?B?xYF1Y2phIDxsdWNqYUBnZGFuc2suZXhhbXBsZT4=?= <lucja@gdansk.example>\r\n"
        "Subject: Declined: Klimamode\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="tb"\r\n\r\n--tb\r\n'
        "Content-Type: text/calendar; method=REPLY; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{calendar}\r\n--tb--\r\n"
    ).encode()


def registration(db: Database, ids: MeetingIds, address: str) -> Registration:
    with db.session() as s:
        reg = s.query(Registration).filter_by(meeting_id=ids.meeting, person_id=ids.people[address]).one()
        s.expunge(reg)
        return reg


def test_outlook_acceptance_registers_the_person_with_their_comment(db: Database) -> None:
    ids = make_meeting(db)
    summary = replies.import_replies(db, [("Accepteret.ics", outlook_reply())])
    assert [o.outcome for o in summary.outcomes] == ["applied"]
    reg = registration(db, ids, "anne.soren@kbh.example")
    assert reg.status.value == "registered" and reg.reply_status.value == "accepted"
    assert reg.reply_comment == "Jeg kommer gerne, men går kl. 15." and reg.reply_sequence == 0


def test_exchange_decline_without_its_vtimezone_is_read(db: Database) -> None:
    ids = make_meeting(db)
    replies.import_replies(db, [("a.ics", outlook_reply("DECLINED", with_vtimezone=False))])
    assert registration(db, ids, "anne.soren@kbh.example").status.value == "declined"


def test_google_message_with_two_copies_counts_once_and_tentative_keeps_the_status(db: Database) -> None:
    ids = make_meeting(db)
    summary = replies.import_replies(db, [("Invitation.eml", google_eml())])
    assert [o.outcome for o in summary.outcomes] == ["applied"]
    reg = registration(db, ids, "zoe@aberdeen.example")
    assert reg.status.value == "registered" and reg.reply_status.value == "tentative"


def test_thunderbird_decline(db: Database) -> None:
    ids = make_meeting(db)
    replies.import_replies(db, [("reply.eml", thunderbird_eml())])
    reg = registration(db, ids, "lucja@gdansk.example")
    assert reg.status.value == "declined" and reg.reply_status.value == "declined"


def test_the_same_reply_twice_changes_nothing(db: Database) -> None:
    ids = make_meeting(db)
    replies.import_replies(db, [("a.ics", outlook_reply())])
    before = registration(db, ids, "anne.soren@kbh.example")
    summary = replies.import_replies(db, [("a.ics", outlook_reply())])
    assert [o.outcome for o in summary.outcomes] == ["duplicate"]
    after = registration(db, ids, "anne.soren@kbh.example")
    assert after.version == before.version and after.status_changed_at == before.status_changed_at


def move_meeting(db: Database, ids: MeetingIds, hours: int = 1) -> int:
    """The secretariat moves the meeting (a significant change): returns the meeting's new SEQUENCE."""
    with db.session() as s:
        meeting = s.get(Meeting, ids.meeting)
        assert meeting is not None
        meeting.start += timedelta(hours=hours)
        meeting.end += timedelta(hours=hours)
    with db.session() as s:
        return s.get(Meeting, ids.meeting).calendar_sequence  # type: ignore[union-attr]


def test_a_reply_to_an_older_version_does_not_override_a_newer_answer(db: Database) -> None:
    ids = make_meeting(db)
    assert move_meeting(db, ids) == 1
    replies.import_replies(db, [("new.ics", outlook_reply("ACCEPTED", sequence=1))])
    summary = replies.import_replies(db, [
        ("old.ics", outlook_reply("DECLINED", sequence=0, stamp="20261201T000000Z")),
        ("older-stamp.ics", outlook_reply("DECLINED", sequence=1, stamp="20261001T000000Z")),
    ])
    assert [o.outcome for o in summary.outcomes] == ["stale", "stale"]
    assert registration(db, ids, "anne.soren@kbh.example").status.value == "registered"
    later = replies.import_replies(db, [("later.ics", outlook_reply("DECLINED", sequence=1,
                                                                   stamp="20261110T000000Z"))])
    assert [o.outcome for o in later.outcomes] == ["applied"]
    assert registration(db, ids, "anne.soren@kbh.example").status.value == "declined"


def test_unknown_meetings_people_delegations_and_counters_go_to_review(db: Database) -> None:
    ids = make_meeting(db)
    delegated = outlook_reply().replace(b"PARTSTAT=ACCEPTED", b"PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:x@y.example\"")
    counter = outlook_reply().replace(b"METHOD:REPLY", b"METHOD:COUNTER")
    winmail = (b"From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
               b"Content-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               b"eJ8+IgAAAA==\r\n--x--\r\n")
    summary = replies.import_replies(db, [
        ("unknown-meeting.ics", outlook_reply(uid="other@example.invalid")),
        ("unknown-person.ics", outlook_reply(address="STRANGER@ELSEWHERE.EXAMPLE")),
        ("delegated.ics", delegated), ("counter.ics", counter), ("winmail.eml", winmail),
    ])
    assert [o.outcome for o in summary.outcomes] == ["review"] * 5
    items = replies.review_items(db)
    assert [i.source_name for i in items] == ["unknown-meeting.ics", "unknown-person.ics", "delegated.ics",
                                              "counter.ics", "winmail.eml"]
    assert "TNEF" in items[-1].reason
    # the review list says why in words the secretariat can act on
    assert [i.reason for i in items[:4]] == [
        "No meeting has this calendar UID.", "The address is not known (an alias or a delegate?).",
        "The invitation was delegated to someone else.", "COUNTER from an attendee: answer it by hand."]
    assert [(i.meeting_title, i.person_name, i.attendee_email, i.partstat, i.method) for i in items[:4]] == [
        ("", "", "anne.soren@kbh.example", "accepted", "REPLY"),
        (TITLE, "", "stranger@elsewhere.example", "accepted", "REPLY"),
        (TITLE, "Anne <b>&</b> Søren", "anne.soren@kbh.example", "delegated", "REPLY"),
        ("", "", "anne.soren@kbh.example", "accepted", "COUNTER")]
    assert registration(db, ids, "anne.soren@kbh.example").status.value == "invited"
    replies.resolve_review(db, items[0].id, "asked the sender")
    assert len(replies.review_items(db)) == 4
    assert [o.outcome for o in replies.import_replies(db, [("again.ics", outlook_reply(
        uid="other@example.invalid"))]).outcomes] == ["duplicate"]


def test_a_known_second_address_is_matched(db: Database) -> None:
    ids = make_meeting(db)
    with db.session() as s:
        person = s.get(Person, ids.people["anne.soren@kbh.example"])
        assert person is not None
        person.other_emails = ["anne@privat.example"]
    replies.import_replies(db, [("a.ics", outlook_reply(address="Anne@Privat.Example"))])
    assert registration(db, ids, "anne.soren@kbh.example").status.value == "registered"


def test_parser_collects_every_calendar_part_once() -> None:
    found = parse_reply_file("x.eml", google_eml())
    assert len(found) == 1 and found[0].attendee_email == "zoe@aberdeen.example" and found[0].method == "REPLY"


def test_cli_imports_reply_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from klimamoeder.storage import open_database

    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    ids = make_meeting(database)
    database.dispose()
    (tmp_path / "a.ics").write_bytes(outlook_reply())
    (tmp_path / "b.eml").write_bytes(thunderbird_eml())
    assert cli.run(["--db", str(path), "import", "replies", str(tmp_path / "a.ics"), str(tmp_path / "b.eml")]) == 0
    out = capsys.readouterr().out
    assert "2 applied, 0 stale, 0 for an older version, 0 duplicate, 0 for review, 0 not a reply." in out
    database = open_database(path)
    assert registration(database, ids, "lucja@gdansk.example").status.value == "declined"
    database.dispose()
