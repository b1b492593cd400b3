"""Invitations, updates, cancellations and feeds as calendar clients need them."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, date, datetime, timedelta
from email.message import Message
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from klimamoeder.exports.ical import EventData, Party, build_cancel, build_publish, build_request, check_invitation
from klimamoeder.exports.vtimezone import vtimezone_lines
from klimamoeder.model import DeliveryStatus
from klimamoeder.services import invites
from klimamoeder.services.errors import DomainError
from klimamoeder.services.mailer import DeliveryFailed
from klimamoeder.services.meetings import get_meeting, update_meeting
from klimamoeder.storage import Database
from tests.invite_data import ORGANISER, make_meeting

CPH = "Europe/Copenhagen"
STAMP = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def event(start: datetime, end: datetime, zone: str = CPH, **extra: object) -> EventData:
    return EventData(uid="abc@klimamoeder.invalid", sequence=0, summary="Møde", start=start, end=end,
                     time_zone=zone, organiser=Party(*ORGANISER), **extra)  # type: ignore[arg-type]


def local(text: str, zone: str = CPH) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


class Collect:
    """A transport that keeps the messages, refusing the addresses in `refuse`."""

    status = DeliveryStatus.SENT

    def __init__(self, refuse: set[str] | None = None) -> None:
        self.sent: list[tuple[str, Message]] = []
        self.refuse = refuse or set()

    def send(self, message: Message, sender: str, recipient: str) -> None:
        if recipient in self.refuse:
            raise DeliveryFailed("550 mailbox unavailable")
        self.sent.append((recipient, message))


def calendar_of(message: Message) -> Calendar:
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    part = next(p for p in parsed.walk() if p.get_content_type() == "text/calendar")
    return Calendar.from_ical(part.get_payload(decode=True))


def the_event(cal: Calendar):  # type: ignore[no-untyped-def]
    return next(iter(cal.walk("VEVENT")))


# --- VTIMEZONE -------------------------------------------------------------------------

# The zones' published rules, written out by hand (EU directive 2000/84/EC; US Energy Policy Act 2005;
# New South Wales Daylight Saving Act): (component, RRULE, offset from, offset to, local onset time).
PUBLISHED_RULES = {
    CPH: {("DAYLIGHT", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "+0100", "+0200", "020000"),
          ("STANDARD", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "+0200", "+0100", "030000")},
    "America/Chicago": {("DAYLIGHT", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "-0600", "-0500", "020000"),
                        ("STANDARD", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "-0500", "-0600", "020000")},
    "Australia/Sydney": {("DAYLIGHT", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "+1000", "+1100", "020000"),
                         ("STANDARD", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "+1100", "+1000", "030000")},
}


@pytest.mark.parametrize("zone", sorted(PUBLISHED_RULES))
def test_vtimezone_states_each_zones_published_rules_once(zone: str) -> None:
    text = "\r\n".join(vtimezone_lines(zone, 2020, 2030))
    assert "RDATE" not in text
    assert text.count("BEGIN:DAYLIGHT") == 1 and text.count("BEGIN:STANDARD") == 1
    found = set()
    for component in re.findall(r"BEGIN:(DAYLIGHT|STANDARD)\r\n(.*?)END:\1", text, re.S):
        kind, body = component
        fields = dict(line.split(":", 1) for line in body.split("\r\n") if line)
        found.add((kind, fields["RRULE"], fields["TZOFFSETFROM"], fields["TZOFFSETTO"], fields["DTSTART"][-6:]))
    assert found == PUBLISHED_RULES[zone]


@pytest.mark.parametrize("zone", [CPH, "America/Chicago", "Australia/Sydney", "Asia/Shanghai"])
def test_embedded_vtimezone_gives_zoneinfos_offsets_all_year(zone: str) -> None:
    """Read our VTIMEZONE back (as a parser relying on it would) and compare with zoneinfo."""
    from icalendar import Timezone

    definition = Timezone.from_ical("\r\n".join(vtimezone_lines(zone, 2026, 2027)))
    embedded, real = definition.to_tz(), ZoneInfo(zone)  # type: ignore[union-attr]
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        assert moment.astimezone(embedded).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += timedelta(hours=5)


def test_copenhagen_changes_on_the_last_sunday_of_march_and_october() -> None:
    lines = vtimezone_lines(CPH, 2026, 2026)
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" in lines
    assert "DTSTART:20250330T020000" in lines and "DTSTART:20251026T030000" in lines


def test_a_zone_without_daylight_saving_gets_one_fixed_standard() -> None:
    lines = vtimezone_lines("Asia/Shanghai", 2026, 2026)
    assert "BEGIN:DAYLIGHT" not in lines and "RRULE" not in "".join(lines)
    assert "TZOFFSETFROM:+0800" in lines and "TZOFFSETTO:+0800" in lines


# --- builders --------------------------------------------------------------------------

def test_request_names_only_its_attendee_with_rsvp_and_passes_the_check() -> None:
    data = event(local("2026-10-22T09:00"), local("2026-10-23T16:00"), location="Rådhuset, København",
                 description="Tema: varme\nProgram; kort, godt")
    raw = build_request(data, [Party("Anne <b>&</b> Søren", "anne@kbh.example")], STAMP)
    assert check_invitation(raw) == []
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = Calendar.from_ical(raw)
    assert cal["METHOD"] == "REQUEST" and "UID" not in cal
    ev = the_event(cal)
    attendee = ev["ATTENDEE"]
    assert str(attendee) == "mailto:anne@kbh.example"
    assert attendee.params["CN"] == "Anne <b>&</b> Søren" and attendee.params["RSVP"] == "TRUE"
    assert ev["DTSTART"].params["TZID"] == CPH
    assert ev["DTSTART"].dt.astimezone(UTC) == datetime(2026, 10, 22, 7, tzinfo=UTC)
    assert ev["DTSTAMP"].dt == STAMP
    assert str(ev["DESCRIPTION"]) == "Tema: varme\nProgram; kort, godt"
    assert cal.subcomponents[0].name == "VTIMEZONE"


def test_all_day_meeting_ends_the_day_after_its_last_day() -> None:
    data = event(local("2026-10-22T09:00"), local("2026-10-24T16:00"), all_day=True)
    raw = build_request(data, [Party("Zoë", "zoe@a.example")], STAMP)
    assert b"DTSTART;VALUE=DATE:20261022" in raw and b"DTEND;VALUE=DATE:20261025" in raw
    assert b"VTIMEZONE" not in raw
    assert check_invitation(raw) == []


def test_cancel_of_the_whole_meeting_says_cancelled_and_uninviting_does_not() -> None:
    data = event(local("2026-03-10T10:00"), local("2026-03-10T12:00"))
    whole = Calendar.from_ical(build_cancel(data, [Party("Zoë", "zoe@a.example")], STAMP, whole_meeting=True))
    one = Calendar.from_ical(build_cancel(data, [Party("Zoë", "zoe@a.example")], STAMP, whole_meeting=False))
    assert the_event(whole)["STATUS"] == "CANCELLED" and whole["METHOD"] == "CANCEL"
    assert "STATUS" not in the_event(one)


def test_feed_has_organiser_and_no_attendees() -> None:
    events = [event(local("2026-01-10T10:00"), local("2026-01-10T12:00")),
              event(local("2026-06-10T10:00", "America/Chicago"), local("2026-06-10T12:00", "America/Chicago"),
                    zone="America/Chicago")]
    raw = build_publish(events, STAMP, "KL")
    assert check_invitation(raw) == []
    cal = Calendar.from_ical(raw)
    assert cal["METHOD"] == "PUBLISH"
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {CPH, "America/Chicago"}
    assert all("ATTENDEE" not in e and "ORGANIZER" in e for e in cal.walk("VEVENT"))


@pytest.mark.parametrize(("broken", "problem"), [
    (lambda raw: raw.replace(b"DTSTAMP:20261123T120000Z\r\n", b""), "DTSTAMP is missing"),
    (lambda raw: raw.replace(b"\r\n ", b""), "longer than 75 octets"),
    (lambda raw: raw.replace(b"\r\n", b"\n"), "CRLF"),
    (lambda raw: raw.replace(b"TZID=Europe/Copenhagen", b"TZID=Europe/Nowhere"), "has no VTIMEZONE"),
    (lambda raw: raw.replace(b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", b"RDATE:20260329T020000"), "RDATE"),
    (lambda raw: raw.replace(b"METHOD:REQUEST\r\n", b"METHOD:REQUEST\r\nUID:x\r\n"), "must not have a UID"),
    (lambda raw: raw.replace(b"METHOD:REQUEST\r\n", b""), "needs a METHOD"),
    (lambda raw: re.sub(rb"ORGANIZER[^\r]*\r\n", b"", raw), "ORGANIZER is missing"),
    (lambda raw: raw.replace(b";RSVP=TRUE", b""), "RSVP=TRUE"),
])
def test_pre_send_check_names_what_is_broken(broken, problem: str) -> None:  # type: ignore[no-untyped-def]
    raw = build_request(event(local("2026-03-10T10:00"), local("2026-03-10T12:00")),
                        [Party("Łucja", "lucja@a.example")], STAMP)
    assert check_invitation(raw) == []
    problems = check_invitation(broken(raw))
    assert any(problem in p for p in problems), problems


def test_folding_never_splits_a_character() -> None:
    raw = build_request(event(local("2026-03-10T10:00"), local("2026-03-10T12:00"), description="陈刚 æøå " * 40),
                        [Party("陈刚", "chen@a.example")], STAMP)
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")
    assert str(the_event(Calendar.from_ical(raw))["DESCRIPTION"]) == ("陈刚 æøå " * 40)


# --- the invitation use cases on the database --------------------------------------------

def test_each_invitee_gets_one_message_naming_only_them(db: Database) -> None:
    ids = make_meeting(db)
    plan = invites.plan_invitations(db, ids.meeting)
    by_email = {r.email: r for r in plan.recipients}
    assert by_email[ORGANISER[1]].action == "nothing"  # never invite the organiser's own address
    transport = Collect()
    result = invites.send_invitations(db, ids.meeting, transport)
    assert len(result.delivered) == 4 and not result.failed
    assert sorted(r for r, _ in transport.sent) == sorted(e for e in ids.people if e != ORGANISER[1])
    for recipient, message in transport.sent:
        ev = the_event(calendar_of(message))
        assert str(ev["ATTENDEE"]).lower() == f"mailto:{recipient}"
        assert str(ev["ORGANIZER"]) == f"mailto:{ORGANISER[1]}"
        assert ev["UID"] == ids.uid and ev["SEQUENCE"] == 0
    # the same version is never sent twice
    assert invites.send_invitations(db, ids.meeting, Collect()).outcomes == ()


def test_names_come_out_exactly_as_typed(db: Database) -> None:
    ids = make_meeting(db)
    transport = Collect()
    invites.send_invitations(db, ids.meeting, transport)
    names = {str(the_event(calendar_of(m))["ATTENDEE"].params["CN"]) for _, m in transport.sent}
    assert names == {"Anne <b>&</b> Søren", "Zoë", "Łucja", "陈刚"}


def test_a_change_of_time_sends_an_update_with_a_higher_sequence_to_everyone_still_invited(db: Database) -> None:
    ids = make_meeting(db)
    invites.send_invitations(db, ids.meeting, Collect())
    details = get_meeting(db, ids.meeting)
    from dataclasses import replace
    moved = replace(details.fields, start=details.fields.start + timedelta(hours=1))
    update_meeting(db, ids.meeting, moved, details.version)
    plan = invites.plan_invitations(db, ids.meeting)
    assert plan.sequence == 1 and {r.action for r in plan.to_send} == {"update"}
    transport = Collect()
    invites.send_invitations(db, ids.meeting, transport)
    assert len(transport.sent) == 4
    assert {the_event(calendar_of(m))["SEQUENCE"] for _, m in transport.sent} == {1}
    assert get_meeting(db, ids.meeting).calendar_sequence == 1
    assert get_meeting(db, ids.meeting).calendar_uid == ids.uid


def test_uninviting_sends_a_cancel_to_that_person_only(db: Database) -> None:
    ids = make_meeting(db)
    invites.send_invitations(db, ids.meeting, Collect())
    invites.uninvite(db, ids.meeting, ids.people["zoe@aberdeen.example"])
    transport = Collect()
    result = invites.send_invitations(db, ids.meeting, transport)
    assert [r for r, _ in transport.sent] == ["zoe@aberdeen.example"]
    cal = calendar_of(transport.sent[0][1])
    ev = the_event(cal)
    assert cal["METHOD"] == "CANCEL" and "STATUS" not in ev and ev["SEQUENCE"] == 1
    assert result.sequence == 1
    assert invites.plan_invitations(db, ids.meeting).to_send == ()


def test_cancelling_the_meeting_tells_exactly_those_who_had_the_invitation(db: Database) -> None:
    ids = make_meeting(db)
    invites.send_invitations(db, ids.meeting, Collect(refuse={"lucja@gdansk.example"}))
    invites.cancel_meeting(db, ids.meeting)
    transport = Collect()
    invites.send_invitations(db, ids.meeting, transport)
    assert sorted(r for r, _ in transport.sent) == ["anne.soren@kbh.example", "chen.gang@beijing.example",
                                                   "zoe@aberdeen.example"]
    for _, message in transport.sent:
        cal = calendar_of(message)
        assert cal["METHOD"] == "CANCEL" and the_event(cal)["STATUS"] == "CANCELLED"
        assert the_event(cal)["SEQUENCE"] == 1


def test_a_refused_address_is_reported_and_can_be_retried(db: Database) -> None:
    ids = make_meeting(db)
    result = invites.send_invitations(db, ids.meeting, Collect(refuse={"zoe@aberdeen.example"}))
    assert [o.name for o in result.failed] == ["Zoë"] and len(result.delivered) == 3
    plan = invites.plan_invitations(db, ids.meeting)
    assert [r.email for r in plan.failed] == ["zoe@aberdeen.example"]
    assert "550" in plan.failed[0].last_error
    transport = Collect()
    retry = invites.retry_failed(db, ids.meeting, transport)
    assert [r for r, _ in transport.sent] == ["zoe@aberdeen.example"] and len(retry.delivered) == 1
    assert invites.plan_invitations(db, ids.meeting).failed == ()


def test_drafts_are_written_as_eml_and_count_as_delivered(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = make_meeting(db)
    folder = invites.DraftFolder(tmp_path / "drafts")
    invites.send_invitations(db, ids.meeting, folder)
    assert len(folder.written) == 4
    parsed = email.message_from_bytes(folder.written[0].read_bytes(), policy=email.policy.default)
    assert parsed["X-Unsent"] == "1"
    assert {r.last_status for r in invites.plan_invitations(db, ids.meeting).to_send} == set()


def test_export_invites_lists_every_invitee_and_the_feed_none(db: Database) -> None:
    ids = make_meeting(db)
    raw = invites.export_invites(db, ids.meeting)
    assert check_invitation(raw) == []
    attendees = the_event(Calendar.from_ical(raw))["ATTENDEE"]
    assert sorted(str(a) for a in attendees) == sorted(f"mailto:{e}" for e in ids.people if e != ORGANISER[1])
    feed = invites.export_calendar(db, "kl")
    assert check_invitation(feed) == []
    assert b"ATTENDEE" not in feed and b"METHOD:PUBLISH" in feed
    with pytest.raises(DomainError):
        invites.export_calendar(db, "no such network")


def test_a_speaker_gets_their_own_agenda_items(db: Database) -> None:
    ids = make_meeting(db)
    raw = invites.speaker_agenda(db, ids.meeting, ids.people["zoe@aberdeen.example"])
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert [str(e["SUMMARY"]).split(" (")[0] for e in events] == ["Velkomst"]
    with pytest.raises(DomainError):
        invites.speaker_agenda(db, ids.meeting, ids.people["lucja@gdansk.example"])


def test_the_message_is_imip_in_the_recipients_language(db: Database) -> None:
    ids = make_meeting(db)
    transport = Collect()
    invites.send_invitations(db, ids.meeting, transport)
    messages = {r: email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for r, m in transport.sent}
    danish = messages["anne.soren@kbh.example"]
    assert danish.get_content_type() == "multipart/mixed"
    alternative = danish.get_payload()[0]
    assert [p.get_content_type() for p in alternative.get_payload()] == ["text/plain", "text/html", "text/calendar"]
    calendar_part = alternative.get_payload()[2]
    assert calendar_part.get_param("method") == "REQUEST" and calendar_part["Content-Transfer-Encoding"] == "base64"
    assert danish.get_payload()[1].get_filename() == "invite.ics"
    assert "Du er inviteret" in alternative.get_payload()[0].get_content()
    assert "Anne &lt;b&gt;&amp;&lt;/b&gt; Søren" in alternative.get_payload()[1].get_content()
    raw_subject = next(m for r, m in transport.sent if r == "anne.soren@kbh.example").as_bytes()
    assert b"Subject: =?utf-8?" in raw_subject  # RFC 2047
    assert str(danish["Subject"]).startswith("Invitation: Klimamøde")
    english = messages["zoe@aberdeen.example"].get_payload()[0].get_payload()[0].get_content()
    assert "You are invited" in english and "22 October 2026" in english


def test_all_day_choice_makes_the_next_send_an_update(db: Database) -> None:
    ids = make_meeting(db)
    invites.send_invitations(db, ids.meeting, Collect())
    invites.set_all_day(db, ids.meeting, True)
    transport = Collect()
    invites.send_invitations(db, ids.meeting, transport)
    ev = the_event(calendar_of(transport.sent[0][1]))
    assert ev["DTSTART"].dt == date(2026, 10, 22) and ev["DTEND"].dt == date(2026, 10, 24)
    assert ev["SEQUENCE"] == 1


def test_nothing_is_sent_without_an_organiser_address(db: Database) -> None:
    ids = make_meeting(db)
    from klimamoeder.model import Meeting
    with db.session() as s:
        s.get(Meeting, ids.meeting).organiser_email = ""  # type: ignore[union-attr]
    transport = Collect()
    with pytest.raises(DomainError, match="organiser"):
        invites.send_invitations(db, ids.meeting, transport)
    assert transport.sent == []
