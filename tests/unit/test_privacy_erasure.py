"""Erasure (art. 17): a person with registrations, replies, deliveries, check-ins and a member organisation is
removed from every table, and neither the SQLite file's bytes nor any table (SQLite or PostgreSQL) still holds
their name or address."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from klimamoeder.model import (
    AgendaItem,
    AgendaPerson,
    AgendaRole,
    DeliveryStatus,
    FollowUpDelivery,
    InvitationDelivery,
    MembershipRole,
    MessageMethod,
    OrganisationKind,
    Person,
)
from klimamoeder.services import attendance, audit, people, registrations, replies
from klimamoeder.services.audit import AuditQuery
from klimamoeder.services.privacy import erasure
from klimamoeder.storage import Database, backup, open_database, sqlite_path
from tests.invite_data import make_meeting

NAME = "Anne <b>&</b> Søren"
EMAIL = "anne.soren@kbh.example"
OTHER = "a.s@privat.example"
UID = "test-meeting@klimamoeder.invalid"


def reply(address: str, partstat: str = "ACCEPTED", uid: str = UID, comment: str = "") -> bytes:
    """A calendar reply whose attendee line names the person (folded, as Outlook folds long lines)."""
    attendee = f"ATTENDEE;PARTSTAT={partstat};CN=\"{NAME}\":mailto:{address}"
    folded = attendee[:60] + "\r\n " + attendee[60:]
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:-//test//reply//EN", "VERSION:2.0", "BEGIN:VEVENT", folded,
             f"COMMENT:{comment or f'Hilsen {NAME}'}", "DTSTART:20261022T070000Z", "DTEND:20261023T140000Z",
             "DTSTAMP:20261101T101500Z", f"UID:{uid}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def person_with_everything(db: Database) -> tuple[int, int]:
    """Anne: registered and checked in, answered by calendar (applied, and one for review), invited and reminded
    (one delivery failed with her address in the server's answer), speaker, works for a member municipality."""
    ids = make_meeting(db)
    person = ids.people[EMAIL]
    org = people.add_organisation(db, "Københavns Kommune", OrganisationKind.MUNICIPALITY, "København")
    with db.read() as s:
        network = s.execute(text("SELECT network_id FROM meeting WHERE id = :m"), {"m": ids.meeting}).scalar()
    people.add_member(db, int(network), org.id, MembershipRole.MEMBER)
    with db.session() as s:
        anne = s.get(Person, person)
        assert anne is not None
        anne.organisation_id, anne.other_emails, anne.phone = org.id, [OTHER], "+45 3366 1234"
        anne.notes = f"Ring til {NAME} før mødet"
        item = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == ids.meeting)).one()
        s.add(AgendaPerson(item_id=item.id, person_id=person, role=AgendaRole.MODERATOR, position=1))
        s.add(InvitationDelivery(meeting_id=ids.meeting, person_id=person, method=MessageMethod.REQUEST, sequence=0,
                                 status=DeliveryStatus.FAILED, error=f"550 5.1.1 <{EMAIL}>: unknown"))
        s.add(FollowUpDelivery(meeting_id=ids.meeting, person_id=person, kind="reminder", status=DeliveryStatus.SENT,
                               message_id="<r1@kl.example>"))
    summary = replies.import_replies(db, [("svar.ics", reply(EMAIL.upper(), comment=f"Hilsen {NAME}")),
                                          ("ukendt.ics", reply(OTHER, uid="unknown@elsewhere.example"))])
    assert len(summary.outcomes) == 2
    reg = next(r.id for r in registrations.list_registrations(db, ids.meeting) if r.person_id == person)
    attendance.check_in(db, reg, date(2026, 10, 22))
    attendance.check_in(db, reg, date(2026, 10, 23))
    return person, ids.meeting


def every_row(db: Database) -> str:
    """Every row of every table the database has (not only the model's), as text."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
            rows = [repr(tuple(r)) for n in names for r in conn.execute(text(f'SELECT * FROM "{n}"'))]
        else:
            names = conn.execute(text("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = current_schema()")).scalars().all()
            rows = [r[0] for n in names for r in conn.execute(text(f'SELECT t::text FROM "{n}" t'))]
    assert len(names) > 20
    return "\n".join(rows)


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def test_erasing_a_person_leaves_neither_name_nor_address_in_any_table(db: Database) -> None:
    person, meeting = person_with_everything(db)
    before = every_row(db)
    assert NAME in before and EMAIL in before and OTHER in before

    result = erasure.erase(db, erasure.person_by_email(db, "Anne.Soren@KBH.example"))

    after = every_row(db)
    for needle in (NAME, EMAIL, OTHER, "Søren"):
        assert needle not in after, needle
    assert result.rows["person"] == 1 and result.rows["registration"] == 1 and result.rows["check_in"] == 2
    assert result.rows["calendar_reply"] == 2  # the applied reply and the review entry from her other address
    assert result.rows["invitation_delivery"] == 1 and result.rows["follow_up_delivery"] == 1
    assert result.rows["agenda_person"] == 1  # she spoke: the agenda item stays, without her
    assert result.mentions == ()
    with db.read() as s:  # the member organisation and the meeting are kept
        assert s.execute(text("SELECT count(*) FROM membership")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM agenda_item WHERE meeting_id = :m"), {"m": meeting}).scalar() == 1
    erased = audit.entries(db, AuditQuery(action="erase"))
    assert [(e.table, e.record_id) for e in erased] == [("person", person)]


def test_the_bytes_are_gone_from_the_sqlite_file_and_its_wal(sqlite_db: Database) -> None:
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    person_with_everything(sqlite_db)
    needles = [n.encode() for n in (NAME, EMAIL, OTHER, "Søren")]
    erasure.checkpoint(sqlite_db)
    assert all(n in file_bytes(path) for n in needles[:3])  # the test would see them

    result = erasure.erase(sqlite_db, erasure.person_by_email(sqlite_db, EMAIL))

    assert result.checkpointed
    data = file_bytes(path)
    assert [n for n in needles if n in data] == []
    assert Path(f"{path}-wal").stat().st_size == 0


def test_the_user_is_told_which_backups_still_hold_the_person(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    database = open_database(old)
    person_with_everything(database)
    database.dispose()
    db = open_database(old)
    kept = tmp_path / "backups" / "før-mødet.sqlite3"
    kept.parent.mkdir()
    backup(db.url, kept)
    audit.log_event(db, "backup", "database", detail=str(kept))
    person = erasure.person_by_email(db, EMAIL)

    shown = erasure.plan(db, person)
    assert [(b.path, b.holds) for b in shown.backups] == [(str(kept), True)]

    result = erasure.erase(db, person)
    assert [(b.path, b.holds) for b in result.backups] == [(str(kept), True)]
    db.dispose()


def test_free_text_that_still_names_the_person_is_listed_not_rewritten(db: Database) -> None:
    person, meeting = person_with_everything(db)
    with db.session() as s:
        s.execute(text("UPDATE agenda_item SET description = :d WHERE meeting_id = :m"),
                  {"d": f"Oplæg ved {NAME}", "m": meeting})
        item = s.execute(text("SELECT id FROM agenda_item WHERE meeting_id = :m"), {"m": meeting}).scalar()

    assert [(m.table, m.column, m.record_id) for m in erasure.plan(db, person).mentions] == [
        ("agenda_item", "description", item)]
    result = erasure.erase(db, person)
    assert [(m.table, m.column, m.record_id) for m in result.mentions] == [("agenda_item", "description", item)]


def test_the_organiser_named_on_meetings_is_blanked_when_erased(db: Database) -> None:
    ids = make_meeting(db)
    organiser = ids.people["secretariat@kl.example"]
    erasure.erase(db, organiser)
    with db.read() as s:
        row = s.execute(text("SELECT organiser_name, organiser_email FROM meeting WHERE id = :m"),
                        {"m": ids.meeting}).one()
    assert tuple(row) == ("", "")
    assert "Nanna Kel" not in every_row(db)


def test_delete_person_is_the_same_complete_erasure(db: Database) -> None:
    person_with_everything(db)
    people.delete_person(db, erasure.person_by_email(db, OTHER))
    assert EMAIL not in every_row(db) and NAME not in every_row(db)


def test_an_unknown_address_is_one_clear_error(db: Database) -> None:
    with pytest.raises(erasure.NotFound, match=r"nobody@kl\.example"):
        erasure.person_by_email(db, "nobody@kl.example")
    with db.read() as s:
        assert s.scalars(select(Person.id)).all() == []
