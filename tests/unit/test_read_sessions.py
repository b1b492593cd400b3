"""Looking things up never waits for someone else's save (SQLite): readers take no write lock."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from klimamoeder.services import (
    agenda,
    attendance,
    b2b,
    documents,
    invites,
    meetings,
    people,
    registrations,
    replies,
    venues,
)
from klimamoeder.storage import open_database

from .test_registrations import make_meeting, make_network


def test_reading_while_another_pc_holds_the_write_lock_answers_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    db = open_database(path)
    meeting = make_meeting(db, make_network(db), capacity=3)
    writer = open_database(path)
    try:
        with writer.session() as s:  # BEGIN IMMEDIATE: holds the write lock until the end of the block
            s.execute(text("UPDATE meeting SET theme = 'being edited' WHERE id = :id"), {"id": meeting})
            started = time.monotonic()
            assert registrations.list_registrations(db, meeting) == []
            assert meetings.get_meeting(db, meeting).fields.capacity == 3
            assert [m.id for m in meetings.list_meetings(db)] == [meeting]
            assert replies.review_items(db) == []
            assert invites.plan_invitations(db, meeting).recipients == ()
            # the look-ups behind the people page, the check-in desk, the print and B2B windows
            assert people.find_people(db) == [] and people.find_duplicates(db) == []
            assert [o.name for o in people.list_organisations(db)] == []
            assert agenda.person_choices(db) == [] and venues.list_rooms(db, 1) == []
            start = meetings.get_meeting(db, meeting).fields.start
            assert attendance.check_in_list(db, meeting, start.date()) == []
            assert documents.load_programme(db, meeting).agenda == ()
            assert not b2b.has_session(db, meeting)
            elapsed = time.monotonic() - started
        assert elapsed < 2.0, f"readers waited {elapsed:.1f} s behind the writer"  # the busy timeout is 10 s
    finally:
        writer.dispose()
        db.dispose()
