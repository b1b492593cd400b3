"""Bilateral meetings' invitations through a real SMTP server (aiosmtpd on 127.0.0.1).

Every calendar file that arrives is read back by ical.js (Thunderbird's parser, using only the
VTIMEZONE we embed) and by vobject (with the zone renamed, so it must use ours too).
"""

from __future__ import annotations

import email
import email.policy
import json
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from klimamoeder.model import B2BDelivery, B2BDeliveryStatus, Language, Person
from klimamoeder.services import b2b, b2b_edit, b2b_invites, mailer
from klimamoeder.services.b2b_documents import event_uid
from klimamoeder.services.b2b_schedule import Mode, schedule
from klimamoeder.services.errors import DomainError
from klimamoeder.services.mail_settings import MailSettings
from klimamoeder.services.progress import Cancelled, Progress
from klimamoeder.storage import Database, open_database
from tests.b2b_data import Setup, at, make_session, request
from tests.integration.test_ical_independent_parsers import NODE_DIR, node_available, read_vobject, renamed
from tests.smtp_server import Handler, configured, memory_keyring, smtp_server

__all__ = ["configured", "memory_keyring", "smtp_server"]  # fixtures used by name

PEOPLE = [
    ("Anne <b>&</b> Søren", "anne@esbjerg.example", "Esbjerg Kommune"),
    ("Jesper", "jesper@esbjerg.example", "Esbjerg Kommune"),
    ("Zoë", "zoe@aberdeen.example", "Aberdeen City Council"),
    ("Łucja", "lucja@gdansk.example", "Gdańsk"),
    ("陈刚", "chen@beijing.example", "Beijing"),
]
ESBJERG = ["anne@esbjerg.example", "jesper@esbjerg.example"]


@dataclass(frozen=True)
class Received:
    to: str
    method: str
    subject: str
    text: str
    ics: bytes
    message_id: str


def received(handler: Handler, since: int = 0) -> list[Received]:
    found = []
    for rcpt, raw in handler.messages[since:]:
        assert len(rcpt) == 1  # one message per recipient
        message: Any = email.message_from_bytes(raw, policy=email.policy.default)
        calendar = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        plain = next(p for p in message.walk() if p.get_content_type() == "text/plain")
        found.append(Received(rcpt[0], calendar.get_param("method"), str(message["Subject"]), plain.get_content(),
                              calendar.get_payload(decode=True), str(message["Message-ID"])))
    return found


def parsed(items: list[Received], tmp_path: Path) -> list[dict[str, Any]]:
    """Each message's one event as ical.js and vobject compute it (they must agree), with its METHOD."""
    paths = []
    for number, item in enumerate(items):
        paths.append(tmp_path / f"message-{len(list(tmp_path.glob('message-*')))}-{number}.ics")
        paths[-1].write_bytes(item.ics)
    done = subprocess.run(["node", str(NODE_DIR / "parse_ics.mjs"), *map(str, paths)], capture_output=True,
                          text=True, check=True, timeout=60, cwd=NODE_DIR)
    read = json.loads(done.stdout)
    found = []
    for item, js in zip(items, read if len(items) > 1 else [read], strict=True):
        [event] = js["events"]
        zone = f"Klimamoeder/B2B-{len(found)}-{event['sequence']}-{item.to}"  # vobject caches zones by name
        [(uid, sequence, start, end, attendees)] = read_vobject(renamed(item.ics, "Europe/Copenhagen", zone))
        assert (event["uid"], event["sequence"], event["attendees"]) == (uid, sequence, attendees)
        assert event["start"].replace(".000Z", "Z") == start and event["end"].replace(".000Z", "Z") == end
        assert js["method"] == item.method and attendees == [item.to]  # the recipient only
        found.append({**event, "method": js["method"]})
    return found


def session_with_meetings(db: Database) -> tuple[Setup, dict[str, int]]:
    """Esbjerg (two people) meets Aberdeen at 14:00 and Beijing at 14:20; Gdańsk meets Beijing at 14:00."""
    setup = make_session(db, PEOPLE)
    with db.session() as s:
        s.scalars(select(Person).where(Person.email == "anne@esbjerg.example")).one().language = Language.DANISH
    d = setup.delegations
    request(db, setup, "anne@esbjerg.example", "zoe@aberdeen.example", "must")
    request(db, setup, "jesper@esbjerg.example", "chen@beijing.example")
    ids = {
        "esbjerg-aberdeen": b2b_edit.add_meeting(db, setup.meeting, d["Esbjerg Kommune"], d["Aberdeen City Council"],
                                                 at("14:00"), 1),
        "gdansk-beijing": b2b_edit.add_meeting(db, setup.meeting, d["Gdańsk"], d["Beijing"], at("14:00"), 2),
        "esbjerg-beijing": b2b_edit.add_meeting(db, setup.meeting, d["Esbjerg Kommune"], d["Beijing"], at("14:20"), 1),
    }
    return setup, ids


def send(db: Database, setup: Setup, config: MailSettings, **kwargs: Any) -> b2b_invites.B2BSendResult:
    with mailer.SmtpTransport(config) as transport:
        return b2b_invites.send_b2b_invitations(db, setup.meeting, transport, **kwargs)


requires_node = pytest.mark.skipif(not node_available(), reason="node and ical.js needed (npm ci in tests/node)")


@requires_node
def test_each_delegate_gets_one_invitation_per_bilateral_meeting_with_the_table_in_location(
        sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings, tmp_path: Path) -> None:
    handler, _port = smtp_server
    setup, _ids = session_with_meetings(sqlite_db)
    result = send(sqlite_db, setup, configured)
    assert len(result.delivered) == 8 and not result.failed  # 3 at each Esbjerg meeting, 2 at Gdańsk–Beijing
    messages = received(handler)
    by_person: dict[str, list[dict[str, Any]]] = {}
    for item, event in zip(messages, parsed(messages, tmp_path), strict=True):
        assert item.method == "REQUEST" and event["sequence"] == 0 and event["tzid"] == "Europe/Copenhagen"
        by_person.setdefault(item.to, []).append(event)
    assert sorted(len(v) for v in by_person.values()) == [1, 1, 2, 2, 2]
    anne = sorted(by_person["anne@esbjerg.example"], key=lambda e: e["start"])
    assert [e["start"] for e in anne] == ["2026-10-22T12:00:00.000Z", "2026-10-22T12:20:00.000Z"]  # 14:00 CEST
    assert anne[0]["location"].startswith("Bord 1, Mødelokale 1")  # Danish reader, table first
    assert by_person["zoe@aberdeen.example"][0]["location"].startswith("Table 1, Mødelokale 1")
    assert by_person["chen@beijing.example"][0]["summary"] in ("B2B: Gdańsk – Beijing", "B2B: Esbjerg Kommune – "
                                                                                         "Beijing")
    data = b2b.load_session(sqlite_db, setup.meeting)
    uids = {event_uid(data.session_id, m.a, m.b) for m in data.meetings}
    assert {e["uid"] for events in by_person.values() for e in events} == uids  # one UID per pair
    zoe = next(i for i in messages if i.to == "zoe@aberdeen.example")
    assert "Esbjerg Kommune" in zoe.subject and "Anne <b>&</b> Søren, Esbjerg Kommune; Jesper" in zoe.text
    assert "Table 1" in zoe.text
    danish = next(i for i in messages if i.to == "anne@esbjerg.example")
    assert "Hvornår: 22. oktober 2026 14.00–14.20" in danish.text and "Din delegation: Jesper" in danish.text


def test_the_same_version_is_never_sent_twice(db: Database, smtp_server: tuple[Handler, int],
                                              configured: MailSettings) -> None:
    handler, _port = smtp_server
    setup, _ids = session_with_meetings(db)
    send(db, setup, configured)
    again = send(db, setup, configured)
    assert again.outcomes == () and len(handler.messages) == 8
    plan = b2b_invites.plan_b2b_invitations(db, setup.meeting)
    assert plan.to_send == () and {r.reason for r in plan.recipients} == {"up to date"}
    # moved away and back before anything was sent: the copies people hold still match
    data = b2b.load_session(db, setup.meeting)
    meeting = data.meetings[0]
    b2b_edit.move_meeting(db, setup.meeting, meeting.id, at("15:00"), 3)
    b2b_edit.move_meeting(db, setup.meeting, meeting.id, meeting.start, meeting.table)
    assert b2b_invites.plan_b2b_invitations(db, setup.meeting).to_send == ()


@requires_node
def test_a_moved_meeting_is_an_update_and_a_pair_dropped_by_planning_is_cancelled_for_both(
        db: Database, smtp_server: tuple[Handler, int], configured: MailSettings, tmp_path: Path) -> None:
    handler, _port = smtp_server
    setup, ids = session_with_meetings(db)
    send(db, setup, configured)
    sent = len(handler.messages)
    b2b_edit.move_meeting(db, setup.meeting, ids["esbjerg-beijing"], at("14:40"), 2)  # the one SEQUENCE rule: 1
    b2b_edit.set_locked(db, setup.meeting, [ids["esbjerg-aberdeen"], ids["esbjerg-beijing"]], True)
    schedule(db, setup.meeting, Mode.ALL, time_limit=2)  # nobody asked for Gdańsk–Beijing: planning drops it
    assert {m.id for m in b2b.load_session(db, setup.meeting).meetings} == {ids["esbjerg-aberdeen"],
                                                                            ids["esbjerg-beijing"]}
    plan = b2b_invites.plan_b2b_invitations(db, setup.meeting)
    assert sorted((r.event, r.action) for r in plan.to_send) == [
        ("Esbjerg Kommune – Beijing", "update")] * 3 + [("Gdańsk – Beijing", "cancel")] * 2
    result = send(db, setup, configured)
    assert len(result.delivered) == 5
    later = received(handler, sent)
    events = {(item.to, item.method): event for item, event in zip(later, parsed(later, tmp_path), strict=True)}
    update = events[("chen@beijing.example", "REQUEST")]
    assert update["sequence"] == 1 and update["start"] == "2026-10-22T12:40:00.000Z"
    assert update["location"].startswith("Table 2, ")
    for person in ("lucja@gdansk.example", "chen@beijing.example"):
        cancel = events[(person, "CANCEL")]
        assert cancel["status"] == "CANCELLED" and cancel["sequence"] == 1  # above the 0 they hold
        assert cancel["summary"] == "B2B: Gdańsk – Beijing" and cancel["start"] == "2026-10-22T12:00:00.000Z"
    texts = {item.to: item for item in received(handler, sent) if item.method == "CANCEL"}
    assert texts["lucja@gdansk.example"].subject.startswith("Cancelled: B2B: Gdańsk – Beijing")
    # the exported calendar shows the version people got
    exported = b2b.load_session(db, setup.meeting)
    assert next(m for m in exported.meetings if m.id == ids["esbjerg-beijing"]).sequence == 1
    assert send(db, setup, configured).outcomes == ()  # both told: no second cancellation


def test_someone_who_leaves_a_delegation_is_uninvited_alone_and_the_newcomer_invited(
        sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    setup, _ids = session_with_meetings(sqlite_db)
    send(sqlite_db, setup, configured)
    sent = len(handler.messages)
    b2b.move_to_delegation(sqlite_db, setup.meeting, setup.participants["jesper@esbjerg.example"],
                           setup.delegations["Aberdeen City Council"])
    result = send(sqlite_db, setup, configured)
    got = sorted((item.to, item.method, item.ics.count(b"STATUS:CANCELLED")) for item in received(handler, sent))
    # Jesper leaves Esbjerg's meeting with Beijing (a CANCEL naming only him, no STATUS) and stays in the one
    # with Aberdeen, now on the other side; nobody else hears anything.
    assert got == [("jesper@esbjerg.example", "CANCEL", 0)]
    assert len(result.delivered) == 1


def test_messages_leave_only_after_the_claim_in_the_log_is_committed(
        tmp_path: Path, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    """The server looks in the database file (its own connection) as each message arrives."""
    handler, _port = smtp_server
    path = tmp_path / "claims.sqlite3"
    db = open_database(path)
    setup, _ids = session_with_meetings(db)
    seen: list[tuple[str, str]] = []
    original = handler.handle_DATA

    async def look_first(server: Any, session: Any, envelope: Any) -> str:
        message_id = email.message_from_bytes(envelope.content)["Message-ID"]
        with closing(sqlite3.connect(path)) as con:
            seen.extend(con.execute("SELECT status, method FROM b2b_delivery WHERE message_id = ?",
                                    (message_id,)).fetchall())
        return await original(server, session, envelope)

    handler.handle_DATA = look_first  # type: ignore[method-assign]
    send(db, setup, configured)
    assert seen == [("sending", "REQUEST")] * 8
    with db.read() as s:
        assert set(s.scalars(select(B2BDelivery.status))) == {B2BDeliveryStatus.SENT}
    db.dispose()


def test_a_claim_that_cannot_be_saved_sends_nothing(
        tmp_path: Path, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    path = tmp_path / "refuses.sqlite3"
    db = open_database(path)
    setup, _ids = session_with_meetings(db)
    with closing(sqlite3.connect(path)) as con:  # the database refuses the log: the claiming transaction fails
        con.execute("CREATE TRIGGER refuse BEFORE INSERT ON b2b_delivery BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(Exception, match="disk full"):
        send(db, setup, configured)
    assert handler.messages == []
    with closing(sqlite3.connect(path)) as con:
        con.execute("DROP TRIGGER refuse")
    assert len(b2b_invites.plan_b2b_invitations(db, setup.meeting).to_send) == 8
    db.dispose()


def test_no_organiser_address_refuses_before_anything_leaves(sqlite_db: Database, smtp_server: tuple[Handler, int],
                                                             configured: MailSettings) -> None:
    from klimamoeder.model import Meeting

    handler, _port = smtp_server
    setup, _ids = session_with_meetings(sqlite_db)
    with sqlite_db.session() as s:
        s.get(Meeting, setup.meeting).organiser_email = ""  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="organiser"):
        send(sqlite_db, setup, configured)
    assert handler.messages == [] and b2b_invites.rehearsal(sqlite_db, setup.meeting).problem


def test_cancel_midway_and_a_crash_after_handing_over_are_both_accounted_for(
        sqlite_db: Database, smtp_server: tuple[Handler, int], configured: MailSettings) -> None:
    handler, _port = smtp_server
    setup, _ids = session_with_meetings(sqlite_db)

    def stop_after_three(done: int, total: int, text: str) -> None:
        if done == 3:
            progress.cancel()

    progress = Progress(stop_after_three)
    with pytest.raises(Cancelled):
        send(sqlite_db, setup, configured, progress=progress)
    assert len(handler.messages) == 4  # the message under way is finished, no further one is started
    assert len(b2b_invites.plan_b2b_invitations(sqlite_db, setup.meeting).to_send) == 4  # the rest were released

    class DiesAfterHandingOver(mailer.SmtpTransport):
        def send(self, message: Any, sender: str, recipient: str) -> None:
            super().send(message, sender, recipient)
            raise RuntimeError("the program died here")  # the server has it; our log never heard

    with DiesAfterHandingOver(configured) as transport, pytest.raises(RuntimeError):
        b2b_invites.send_b2b_invitations(sqlite_db, setup.meeting, transport)
    assert len(handler.messages) == 5
    plan = b2b_invites.plan_b2b_invitations(sqlite_db, setup.meeting)
    [held] = [r for r in plan.recipients if r.interrupted]
    assert held.action == "request" and held not in plan.to_send and held in plan.failed
    with mailer.SmtpTransport(configured) as transport:
        b2b_invites.send_b2b_invitations(sqlite_db, setup.meeting, transport)  # the three others, not the held one
    assert len(handler.messages) == 8
    assert [(r.to, held.uid.encode() in r.ics) for r in received(handler)].count((held.email, True)) == 1
    with mailer.SmtpTransport(configured) as transport:
        retried = b2b_invites.retry_failed(sqlite_db, setup.meeting, transport)  # the user decides: send it again
    assert [o.person_id for o in retried.delivered] == [held.person_id]
    assert b2b_invites.plan_b2b_invitations(sqlite_db, setup.meeting).failed == ()


def test_cli_dry_run_sends_nothing_and_send_delivers_once(tmp_path: Path, smtp_server: tuple[Handler, int],
                                                          configured: MailSettings,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from klimamoeder import cli

    handler, _port = smtp_server
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    setup, _ids = session_with_meetings(database)
    database.dispose()
    assert cli.run(["--db", str(path), "send", "b2b", str(setup.meeting), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "zoe@aberdeen.example" in out and "request" in out and "Dry run: nothing was sent." in out
    assert "8 message(s) for 3 bilateral meeting(s)." in out and handler.messages == []
    assert cli.run(["--db", str(path), "send", "b2b", str(setup.meeting)]) == 0
    assert "8 sent, 0 failed." in capsys.readouterr().out and len(handler.messages) == 8
    assert cli.run(["--db", str(path), "send", "b2b", str(setup.meeting)]) == 0
    assert "0 message(s)" in capsys.readouterr().out and len(handler.messages) == 8


def test_without_mail_settings_drafts_can_be_saved_and_each_language_is_previewed(
        sqlite_db: Database, memory_keyring: object) -> None:
    setup, _ids = session_with_meetings(sqlite_db)
    check = b2b_invites.rehearsal(sqlite_db, setup.meeting)
    assert check.problem is None and check.mail_problem  # drafts can be saved, e-mail cannot be sent yet
    assert [(p.language, p.people) for p in check.previews] == [("en", 4), ("da", 1)]
    danish = check.previews[1]
    assert danish.subject == "Invitation: B2B: Esbjerg Kommune – Aberdeen City Council"
    assert danish.event.where.startswith("Bord 1, Mødelokale 1") and "Kære Anne <b>&</b> Søren" in danish.text
