"""Bulk inserts through the DB-API read back exactly as rows the ORM wrote, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from klimamoeder.model import ParticipantRole, Registration, RegistrationSource, RegistrationStatus, ReplyStatus
from klimamoeder.services.audit import allocate_ids
from klimamoeder.services.bulk import BulkInsert
from klimamoeder.storage import Database

from .test_registrations import make_meeting, make_network, make_people


def test_bulk_rows_read_back_as_the_orm_writes_them_with_defaults_for_columns_left_out(db: Database) -> None:
    meeting = make_meeting(db, make_network(db), days=2)
    first, second, third = make_people(db, ["Zoë Hartley", "Łucja Nowak", "陈刚"])
    now = datetime(2030, 6, 1, 12, 30, 15, 123456, tzinfo=UTC)
    columns = ("id", "meeting_id", "person_id", "status", "role", "days", "dietary", "source", "created_at",
               "status_changed_at", "notes")
    with db.session() as s:
        ids = allocate_ids(s, Registration, 3)  # the change log names every record a bulk path writes
        written = BulkInsert(s.connection(), Registration.__table__, columns).run([
            (ids[0], meeting, first, RegistrationStatus.REGISTERED, ParticipantRole.SPEAKER, ["2030-10-05"], "Vegetar",
             RegistrationSource.IMPORT, now, now, "Anne <b>&</b> Søren'; --"),
            (ids[1], meeting, second, RegistrationStatus.WAITLISTED, ParticipantRole.PARTICIPANT, [], "",
             RegistrationSource.IMPORT, now, now, ""),
            (ids[2], meeting, third, RegistrationStatus.REGISTERED, ParticipantRole.PARTICIPANT, ["2030-10-05"], "",
             RegistrationSource.IMPORT, now, now, "=1+1"),
        ])
    assert written == 3
    with db.read() as s:
        rows = {r.person_id: r for r in s.scalars(select(Registration).where(Registration.meeting_id == meeting))}
        assert rows[first].status is RegistrationStatus.REGISTERED and rows[first].role is ParticipantRole.SPEAKER
        assert rows[first].days == ["2030-10-05"] and rows[third].days == ["2030-10-05"] and rows[second].days == []
        assert rows[first].notes == "Anne <b>&</b> Søren'; --" and rows[third].notes == "=1+1"
        assert rows[second].status is RegistrationStatus.WAITLISTED
        assert rows[first].created_at == now and rows[first].status_changed_at == now
        # Left out: the ORM's defaults, as a Core insert would have given them.
        assert rows[first].reply_status is ReplyStatus.NEEDS_ACTION and rows[first].reply_comment == ""
        assert rows[first].accessibility == "" and rows[first].version == 1
