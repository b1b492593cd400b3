"""What real mailboxes hold: each reply is judged on its own, the seat rule decides, review can be resolved.

The numbered cases are those of the seats-and-answers issue, with files shaped like Outlook (Exchange),
Gmail and Thunderbird send them.
"""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from klimamoeder import cli
from klimamoeder.exports.ical_check import check_invitation
from klimamoeder.model import DeliveryStatus, InvitationDelivery, Meeting, MessageMethod, Person, utcnow
from klimamoeder.services import invites, replies
from klimamoeder.storage import Database
from tests.invite_data import ORGANISER, make_meeting

from .test_replies import TITLE, UID, move_meeting, outlook_reply, registration

ANNE, ZOE, LUCJA = "anne.soren@kbh.example", "zoe@aberdeen.example", "lucja@gdansk.example"


def gmail_eml(partstat: str = "ACCEPTED", address: str = ZOE, sequence: int = 0,
              stamp: str = "20261102T080000Z") -> bytes:
    """Gmail: base64 text/calendar inline and again as application/ics without method=."""
    calendar = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20261022T070000Z",
        "DTEND:20261023T140000Z", f"DTSTAMP:{stamp}", "ORGANIZER;CN=Nanna Kel:mailto:secretariat@kl.example",
        f"UID:{UID}", f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN=Zoë;"
        f"X-NUM-GUESTS=0:mailto:{address}", f"SEQUENCE:{sequence}", "STATUS:CONFIRMED",
        "SUMMARY:Klimamøde", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", ""]).encode()
    payload = base64.encodebytes(calendar).decode()
    return (
        f"MIME-Version: 1.0\r\nFrom: <{address}>\r\nTo: secretariat@kl.example\r\nSubject: Accepted\r\n"
        'Content-Type: multipart/mixed; boundary="000"\r\n\r\n--000\r\n'
        'Content-Type: text/calendar; charset="UTF-8"; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{payload}\r\n--000\r\nContent-Type: application/ics; name=\"invite.ics\"\r\n"
        'Content-Disposition: attachment; filename="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{payload}\r\n--000--\r\n").encode()


def thunderbird_eml(partstat: str = "DECLINED", address: str = LUCJA, sequence: int = 0,
                    stamp: str = "20261101T090000Z", comment: str = "", charset: str = "UTF-8") -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{UID}", "SUMMARY:Klimamøde",
             "ORGANIZER;CN=Nanna Kel:mailto:secretariat@kl.example",
             f"ATTENDEE;RSVP=TRUE;CN=Łucja;PARTSTAT={partstat};ROLE=REQ-PARTICIPANT:mailto:{address}",
             f"SEQUENCE:{sequence}"]
    if comment:
        lines.append(f"COMMENT:{comment}")
    calendar = "\r\n".join([*lines, "END:VEVENT", "END:VCALENDAR", ""])
    body = calendar.encode("utf-8") if charset == "UTF-8" else calendar.encode(charset, errors="replace")
    return (f"From: <{address}>\r\nSubject: Reply\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/calendar; method=REPLY; charset={charset}\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + body


def outcomes(summary: replies.ImportSummary) -> list[tuple[str, str]]:
    return [(o.source_name, o.outcome) for o in summary.outcomes]


# --- 1. one broken file does not stop the others --------------------------------------------

def test_a_broken_dtstamp_is_one_review_line_naming_the_file_and_the_other_replies_are_applied(db: Database) -> None:
    ids = make_meeting(db)
    broken = outlook_reply(stamp="20261132T101500Z")
    summary = replies.import_replies(db, [("Accepteret.ics", broken), ("gmail.eml", gmail_eml("TENTATIVE")),
                                          ("thunderbird.eml", thunderbird_eml())])
    assert outcomes(summary) == [("Accepteret.ics", "review"), ("gmail.eml", "applied"),
                                 ("thunderbird.eml", "applied")]
    assert "DTSTAMP" in summary.outcomes[0].reason and "20261132T101500Z" in summary.outcomes[0].reason
    assert registration(db, ids, LUCJA).status.value == "declined"
    assert registration(db, ids, ANNE).status.value == "invited"
    # The secretariat looks at it and applies it anyway.
    [item] = replies.review_items(db)
    assert item.source_name == "Accepteret.ics" and item.can_apply
    replies.apply_review(db, item.id)
    assert registration(db, ids, ANNE).status.value == "registered" and replies.review_items(db) == []


def test_the_pre_send_check_names_a_broken_property_instead_of_crashing() -> None:
    bad = outlook_reply(stamp="20261132T101500Z").replace(b"METHOD:REPLY", b"METHOD:REQUEST")
    problems = check_invitation(bad)
    assert any("DTSTAMP" in p and "broken" in p for p in problems)


# --- 2. an attendee cannot raise SEQUENCE -------------------------------------------------------

def test_a_sequence_higher_than_ever_sent_goes_to_review_and_does_not_lock_out_the_genuine_answer(
        db: Database) -> None:
    ids = make_meeting(db)
    summary = replies.import_replies(db, [("future.eml", thunderbird_eml("ACCEPTED", sequence=7))])
    assert outcomes(summary) == [("future.eml", "review")]
    assert "7" in summary.outcomes[0].reason
    assert registration(db, ids, LUCJA).status.value == "invited"
    genuine = replies.import_replies(db, [("genuine.eml", thunderbird_eml("DECLINED", sequence=0,
                                                                          stamp="20261101T080000Z"))])
    assert outcomes(genuine) == [("genuine.eml", "applied")]
    # Applying the odd one by hand does not store its SEQUENCE above ours either.
    [item] = replies.review_items(db)
    replies.apply_review(db, item.id)
    assert registration(db, ids, LUCJA).reply_sequence == 0


# --- 3. review entries come back to life; broken replies are not each other's duplicates -------

def test_a_reply_from_an_unknown_address_is_applied_when_imported_again_after_the_address_was_added(
        db: Database) -> None:
    ids = make_meeting(db)
    private = gmail_eml("ACCEPTED", address="zoe.private@gmail.example")
    assert outcomes(replies.import_replies(db, [("gmail.eml", private)])) == [("gmail.eml", "review")]
    with db.session() as s:
        person = s.get(Person, ids.people[ZOE])
        assert person is not None
        person.other_emails = ["zoe.private@gmail.example"]
    again = replies.import_replies(db, [("gmail.eml", private)])
    assert outcomes(again) == [("gmail.eml", "applied")]
    assert replies.review_items(db) == []
    assert outcomes(replies.import_replies(db, [("gmail.eml", private)])) == [("gmail.eml", "duplicate")]


def test_two_different_broken_replies_are_not_duplicates_of_each_other(db: Database) -> None:
    make_meeting(db)
    attendee = "ATTENDEE;PARTSTAT=ACCEPTED;CN=Anne Søren:MAILTO:ANNE.SOREN@KBH.EXAMPLE\r\n".encode()
    no_attendee = outlook_reply().replace(attendee, b"")
    assert b"ATTENDEE" not in no_attendee
    other = no_attendee.replace(b"CLASS:PUBLIC", b"CLASS:PRIVATE")
    unterminated = b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:" + UID.encode() + b"\r\nEND:VEVENT\r\n"
    summary = replies.import_replies(db, [("one.ics", no_attendee), ("two.ics", other), ("three.ics", unterminated),
                                          ("four.ics", unterminated.replace(b"UID", b"SUMMARY:x\r\nUID"))])
    assert [o.outcome for o in summary.outcomes] == ["review", "review", "not_a_reply", "not_a_reply"]
    assert "names 0" in summary.outcomes[0].reason
    assert len(replies.review_items(db)) == 2
    again = replies.import_replies(db, [("three-again.ics", unterminated)])
    assert [o.outcome for o in again.outcomes] == ["duplicate"]


def test_a_review_entry_can_be_assigned_to_a_person_who_is_then_recognised(db: Database) -> None:
    ids = make_meeting(db)
    alias = outlook_reply(address="A.SOREN@KK.EXAMPLE")
    replies.import_replies(db, [("alias.ics", alias)])
    [item] = replies.review_items(db)
    with pytest.raises(replies.NotFound, match=r"^There is no person with id 999999\.$"):
        replies.assign_review(db, item.id, 999999)
    result = replies.assign_review(db, item.id, ids.people[ANNE])
    assert result.person_name == "Anne <b>&</b> Søren" and result.status == "registered"
    with db.session() as s:
        anne = s.get(Person, ids.people[ANNE])
        assert anne is not None and anne.other_emails == ["a.soren@kk.example"]  # remembered as written to us
    later = outlook_reply("DECLINED", address="A.SOREN@KK.EXAMPLE", stamp="20261105T101500Z")
    assert outcomes(replies.import_replies(db, [("later.ics", later)])) == [("later.ics", "applied")]
    assert registration(db, ids, ANNE).status.value == "declined"


def test_a_dismissed_entry_stays_dismissed_when_the_same_file_comes_again(db: Database) -> None:
    make_meeting(db)
    stranger = outlook_reply(address="STRANGER@ELSEWHERE.EXAMPLE")
    replies.import_replies(db, [("stranger.ics", stranger)])
    [item] = replies.review_items(db)
    replies.dismiss_review(db, item.id, "spam")
    assert outcomes(replies.import_replies(db, [("stranger.ics", stranger)])) == [("stranger.ics", "duplicate")]
    assert replies.review_items(db) == []


# --- 4. an answer to a superseded version ---------------------------------------------------------

@pytest.mark.parametrize("reply", ["outlook", "gmail", "thunderbird"])
def test_an_acceptance_of_the_old_time_waits_for_review_as_an_older_version(db: Database, reply: str) -> None:
    ids = make_meeting(db)
    assert move_meeting(db, ids) == 1
    address, data = {"outlook": (ANNE, outlook_reply("ACCEPTED", sequence=0)),
                     "gmail": (ZOE, gmail_eml("ACCEPTED", sequence=0)),
                     "thunderbird": (LUCJA, thunderbird_eml("ACCEPTED", sequence=0))}[reply]
    before = registration(db, ids, address).status
    summary = replies.import_replies(db, [(f"{reply}.reply", data)])
    assert [o.outcome for o in summary.outcomes] == ["older_version"]
    assert registration(db, ids, address).status == before
    [item] = replies.review_items(db)
    assert item.outcome == "older_version" and "older version" in item.reason
    replies.apply_review(db, item.id)
    assert registration(db, ids, address).status.value == "registered"


# --- 6. the smaller things --------------------------------------------------------------------------

def test_a_comment_folded_inside_a_utf8_character_is_read_whole(db: Database) -> None:
    ids = make_meeting(db)
    comment = "Jeg kommer gerne til Rådhuset og går kl. 15 – hilsen Anne & Søren fra Københavns Kommune".encode()
    line = b"COMMENT;LANGUAGE=da-DK:" + comment
    cut = line.index("å".encode()) + 1  # fold between the two bytes of 'å', as a byte-counting folder does
    folded = line[:cut] + b"\r\n " + line[cut:]
    data = outlook_reply().replace("COMMENT;LANGUAGE=da-DK:Jeg kommer gerne\\, men går kl. 15.".encode(), folded)
    assert outcomes(replies.import_replies(db, [("fold.ics", data)])) == [("fold.ics", "applied")]
    assert registration(db, ids, ANNE).reply_comment == comment.decode()


def test_a_latin1_reply_keeps_its_letters(db: Database) -> None:
    ids = make_meeting(db)
    data = thunderbird_eml(comment="Beklager, jeg er på ferie i Århus", charset="ISO-8859-1")
    replies.import_replies(db, [("latin1.eml", data)])
    assert registration(db, ids, LUCJA).reply_comment == "Beklager, jeg er på ferie i Århus"


def test_the_organisers_own_reply_and_a_forwarded_invitation_go_to_review(db: Database) -> None:
    ids = make_meeting(db)
    with db.session() as s:  # the invitation went out by e-mail to Anne only
        s.add(InvitationDelivery(meeting_id=ids.meeting, person_id=ids.people[ANNE], method=MessageMethod.REQUEST,
                                 sequence=0, status=DeliveryStatus.SENT, at=utcnow()))
    summary = replies.import_replies(db, [
        ("own.ics", outlook_reply(address=ORGANISER[1].upper())),
        ("forwarded.eml", thunderbird_eml("ACCEPTED")),
        ("anne.ics", outlook_reply()),
    ])
    assert outcomes(summary) == [("own.ics", "review"), ("forwarded.eml", "review"), ("anne.ics", "applied")]
    assert "organiser" in summary.outcomes[0].reason and "never sent" in summary.outcomes[1].reason


def test_a_truncated_reply_gets_a_one_line_reason(db: Database) -> None:
    make_meeting(db)
    truncated = outlook_reply()[:300]
    summary = replies.import_replies(db, [("cut.ics", truncated)])
    [outcome] = summary.outcomes
    assert outcome.outcome in ("review", "not_a_reply") and "\n" not in outcome.reason and outcome.reason


def test_an_invitation_sent_back_is_not_a_reply(db: Database) -> None:
    make_meeting(db)
    request = outlook_reply().replace(b"METHOD:REPLY", b"METHOD:REQUEST")
    assert outcomes(replies.import_replies(db, [("request.ics", request)])) == [("request.ics", "not_a_reply")]


# --- the seat rule decides what an answer means ----------------------------------------------------

def test_a_full_meeting_puts_an_accepting_person_on_the_wait_list_and_a_decline_moves_the_first_up(
        db: Database) -> None:
    ids = make_meeting(db, people=[("Anne <b>&</b> Søren", ANNE, "da", "registered"),
                                   ("Zoë", ZOE, "en", "registered"), ("Łucja", LUCJA, "en", "waitlisted")],
                       with_organiser_invited=False)
    with db.session() as s:
        meeting = s.get(Meeting, ids.meeting)
        assert meeting is not None
        meeting.capacity = 2
    accepted = replies.import_replies(db, [("lucja.eml", thunderbird_eml("ACCEPTED"))])
    assert [(o.outcome, o.status) for o in accepted.outcomes] == [("applied", "waitlisted")]
    declined = replies.import_replies(db, [("anne.ics", outlook_reply("DECLINED"))])
    assert declined.outcomes[0].promoted == ("Łucja",)
    assert registration(db, ids, LUCJA).status.value == "registered"
    assert registration(db, ids, ANNE).status.value == "declined"


# --- 5. SEQUENCE belongs to the meeting -----------------------------------------------------------------

def test_cli_prints_one_json_outcome_per_file(db: Database, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    make_meeting(db)
    (tmp_path / "a.ics").write_bytes(outlook_reply())
    (tmp_path / "b.ics").write_bytes(outlook_reply(stamp="20261132T101500Z", address="ZOE@ABERDEEN.EXAMPLE"))
    url = db.url.render_as_string(hide_password=False)
    assert cli.run(["--db", url, "import", "replies", "--json", str(tmp_path / "a.ics"),
                    str(tmp_path / "b.ics")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["file"], d["outcome"]) for d in data] == [("a.ics", "applied"), ("b.ics", "review")]
    assert data[0]["status"] == "registered" and data[0]["answer"] == "accepted"
    with db.read() as s:
        meeting_id = s.query(Meeting.id).scalar()
    assert data[0] == {"file": "a.ics", "outcome": "applied", "reason": "", "attendee": ANNE, "answer": "accepted",
                       "sequence": 0, "meeting_id": meeting_id, "meeting": TITLE, "person": "Anne <b>&</b> Søren",
                       "status": "registered", "promoted": []}


def test_export_move_export_cancel_export_raises_sequence_each_time(db: Database) -> None:
    from icalendar import Calendar

    ids = make_meeting(db)

    def exported() -> tuple[str, int]:
        calendar = Calendar.from_ical(invites.export_invites(db, ids.meeting))
        return str(calendar["METHOD"]), int(calendar.walk("VEVENT")[0]["SEQUENCE"])

    assert exported() == ("REQUEST", 0)
    move_meeting(db, ids)
    assert exported() == ("REQUEST", 1)
    invites.cancel_meeting(db, ids.meeting)
    assert exported() == ("CANCEL", 2)
    assert exported() == ("CANCEL", 2)  # exporting again is the same version


def test_a_moved_agenda_item_gets_a_higher_sequence_of_its_own(db: Database) -> None:
    from icalendar import Calendar

    from klimamoeder.model import AgendaItem

    ids = make_meeting(db)

    def speaker_sequence() -> int:
        raw = invites.speaker_agenda(db, ids.meeting, ids.people[ZOE])
        return int(Calendar.from_ical(raw).walk("VEVENT")[0]["SEQUENCE"])

    assert speaker_sequence() == 0
    with db.session() as s:
        item = s.query(AgendaItem).filter_by(meeting_id=ids.meeting).one()
        item.start += timedelta(minutes=30)
        item.end += timedelta(minutes=30)
    assert speaker_sequence() == 1
    with db.session() as s:  # the meeting itself unchanged in time: its SEQUENCE stays
        assert s.get(Meeting, ids.meeting).calendar_sequence == 0  # type: ignore[union-attr]
