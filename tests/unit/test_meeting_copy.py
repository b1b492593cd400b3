"""Starting a new meeting from an earlier one: details and agenda shape on new dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from klimamoeder.model import AgendaRole, MeetingStatus
from klimamoeder.services import agenda, meetings
from klimamoeder.services.agenda import ItemInput, PersonPick
from klimamoeder.services.errors import NotFound
from klimamoeder.services.meeting_copy import copy_meeting
from klimamoeder.storage import Database

from .agenda_setup import make_meeting


def test_copying_a_summer_meeting_to_winter_keeps_every_local_clock_time(db: Database) -> None:
    setup = make_meeting(db, "2021-04-29T10:00", "2021-04-30T15:00")  # CEST (UTC+2)
    for start, end, title in (("2021-04-29T10:00", "2021-04-29T10:15", "Velkomst"),
                              ("2021-04-30T14:30", "2021-04-30T15:00", "Afrunding")):
        agenda.add_item(db, setup.meeting_id, ItemInput(
            start=datetime.fromisoformat(start), end=datetime.fromisoformat(end), title=title,
            room_id=setup.big_room, people=(PersonPick(AgendaRole.SPEAKER, setup.anne),)))
    old = meetings.get_meeting(db, setup.meeting_id)

    result = copy_meeting(db, setup.meeting_id, date(2022, 1, 27), copy_speakers=True)  # CET (UTC+1)

    assert result.items_copied == 2
    new = meetings.get_meeting(db, result.meeting_id)
    assert (new.fields.start, new.fields.end) == (datetime(2022, 1, 27, 10, 0), datetime(2022, 1, 28, 15, 0))
    assert new.fields.status == MeetingStatus.DRAFT and new.calendar_sequence == 0
    assert new.calendar_uid != old.calendar_uid and new.calendar_uid.endswith("@klimamoeder.invalid")
    assert (new.fields.title, new.fields.venue_id, new.fields.network_id) == (
        old.fields.title, old.fields.venue_id, old.fields.network_id)
    rows = agenda.load_agenda(db, result.meeting_id).items
    assert [(r.start.isoformat(), r.end.isoformat(), r.title, r.room) for r in rows] == [
        ("2022-01-27T10:00:00+01:00", "2022-01-27T10:15:00+01:00", "Velkomst", "Salen"),
        ("2022-01-28T14:30:00+01:00", "2022-01-28T15:00:00+01:00", "Afrunding", "Salen"),
    ]
    assert [p.name for r in rows for p in r.speakers] == ["Anne <b>&</b> Søren"] * 2
    assert len(agenda.load_agenda(db, setup.meeting_id).items) == 2  # the original is untouched


def test_copying_without_speakers_keeps_the_shape_only(db: Database) -> None:
    setup = make_meeting(db)
    agenda.add_item(db, setup.meeting_id, ItemInput(
        start=datetime(2021, 4, 29, 10), end=datetime(2021, 4, 29, 11), title="Oplæg",
        people=(PersonPick(AgendaRole.SPEAKER, setup.anne),)))
    result = copy_meeting(db, setup.meeting_id, date(2021, 9, 2), copy_speakers=False, title="Næste møde")
    (row,) = agenda.load_agenda(db, result.meeting_id).items
    assert (row.title, row.people, f"{row.start:%Y-%m-%d %H:%M}") == ("Oplæg", (), "2021-09-02 10:00")
    assert meetings.get_meeting(db, result.meeting_id).fields.title == "Næste møde"


def test_copying_a_missing_meeting_changes_nothing(db: Database) -> None:
    with pytest.raises(NotFound):
        copy_meeting(db, 12345, date(2022, 1, 1))
