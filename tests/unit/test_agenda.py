"""Editing an agenda: items in local time, people, rooms, shifting, reordering, exact undo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from klimamoeder.model import AgendaItem, AgendaKind, AgendaRole, Person, Room, Venue
from klimamoeder.services import agenda, venues
from klimamoeder.services.agenda import ItemInput, PersonPick
from klimamoeder.services.errors import DomainError, StaleEdit
from klimamoeder.services.timeutil import to_instant
from klimamoeder.storage import Database

from .agenda_setup import ZONE, Setup, make_meeting


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2021-04-29T{text}")


def add(db: Database, setup: Setup, start: str, end: str, title: str, room: int | None = None,
        people: tuple[PersonPick, ...] = ()) -> int:
    change = agenda.add_item(db, setup.meeting_id, ItemInput(start=at(start), end=at(end), title=title,
                                                             room_id=room, people=people))
    return change.item_ids[0]


def times(db: Database, setup: Setup) -> dict[str, tuple[str, str]]:
    return {r.title: (f"{r.start:%H:%M}", f"{r.end:%H:%M}") for r in agenda.load_agenda(db, setup.meeting_id).items}


def test_an_item_is_listed_in_local_time_with_its_people_room_and_capacity(db: Database) -> None:
    setup = make_meeting(db)
    agenda.add_item(db, setup.meeting_id, ItemInput(
        start=at("10:15"), duration=timedelta(minutes=45), title="Oplæg fra Dansk Industri",
        kind=AgendaKind.TALK, room_id=setup.big_room, description="Sektorkobling",
        people=(PersonPick(AgendaRole.SPEAKER, setup.anne), PersonPick(AgendaRole.MODERATOR, setup.zoe)),
        expected_audience=40, notes="Projector"))
    (row,) = agenda.load_agenda(db, setup.meeting_id).items
    assert (row.start.isoformat(), row.end.isoformat()) == ("2021-04-29T10:15:00+02:00", "2021-04-29T11:00:00+02:00")
    assert (row.title, row.kind, row.room, row.room_capacity) == ("Oplæg fra Dansk Industri", AgendaKind.TALK,
                                                                  "Salen", 120)
    assert [p.name for p in row.speakers] == ["Anne <b>&</b> Søren"]
    assert [p.name for p in row.moderators] == ["Zoë"]
    assert (row.expected_audience, row.notes, row.description) == (40, "Projector", "Sektorkobling")


def test_an_item_must_end_after_it_starts(db: Database) -> None:
    setup = make_meeting(db)
    with pytest.raises(DomainError, match="must end after it starts"):
        add(db, setup, "11:00", "10:30", "Backwards")
    with pytest.raises(DomainError, match="must end after it starts"):
        agenda.add_item(db, setup.meeting_id, ItemInput(start=at("11:00"), duration=timedelta(0), title="Empty"))
    assert agenda.load_agenda(db, setup.meeting_id).items == ()


def test_a_room_must_belong_to_the_meetings_venue(db: Database) -> None:
    setup = make_meeting(db)
    with db.session() as s:
        venue = Venue(name="Elsewhere", city="Aarhus", rooms=[Room(name="Hall", capacity=10)])
        s.add(venue)
        s.flush()
        foreign_room = venue.rooms[0].id
    with pytest.raises(DomainError, match="not at this meeting's venue"):
        add(db, setup, "10:00", "11:00", "Wrong room", room=foreign_room)


def test_a_speaker_typed_in_by_name_becomes_a_person_without_email_and_undo_removes_them(db: Database) -> None:
    setup = make_meeting(db)
    change = agenda.add_item(db, setup.meeting_id, ItemInput(
        start=at("10:00"), end=at("10:30"), title="Velkomst",
        people=(PersonPick(AgendaRole.SPEAKER, name="Zoë Łucja 陈"),)))
    (row,) = agenda.load_agenda(db, setup.meeting_id).items
    assert [p.name for p in row.speakers] == ["Zoë Łucja 陈"]
    with db.session() as s:
        assert s.scalar(select(Person.email).where(Person.name == "Zoë Łucja 陈")) is None
    agenda.apply_change(db, change, forward=False)
    with db.session() as s:
        assert s.scalar(select(Person).where(Person.name == "Zoë Łucja 陈")) is None
    agenda.apply_change(db, change, forward=True)
    (again,) = agenda.load_agenda(db, setup.meeting_id).items
    assert again.id == row.id and [p.person_id for p in again.speakers] == [p.person_id for p in row.speakers]


def test_edit_delete_and_duplicate_are_undone_exactly(db: Database) -> None:
    setup = make_meeting(db)
    item = add(db, setup, "10:00", "10:45", "Velkomst", setup.big_room,
               (PersonPick(AgendaRole.SPEAKER, setup.anne),))
    original = agenda.load_agenda(db, setup.meeting_id).items

    edit = agenda.update_item(db, item, ItemInput(start=at("10:30"), end=at("11:00"), title="Welcome",
                                                  people=(PersonPick(AgendaRole.MODERATOR, setup.zoe),)))
    assert times(db, setup) == {"Welcome": ("10:30", "11:00")}
    agenda.apply_change(db, edit, forward=False)
    restored = agenda.load_agenda(db, setup.meeting_id).items
    assert [(r.id, r.title, r.start, r.end, r.room_id, r.people) for r in restored] == [
        (r.id, r.title, r.start, r.end, r.room_id, r.people) for r in original]

    copy = agenda.duplicate_item(db, item)
    rows = agenda.load_agenda(db, setup.meeting_id).items
    assert [(r.title, f"{r.start:%H:%M}", f"{r.end:%H:%M}") for r in rows] == [
        ("Velkomst", "10:00", "10:45"), ("Velkomst", "10:45", "11:30")]
    assert rows[1].people == rows[0].people
    agenda.apply_change(db, copy, forward=False)
    assert len(agenda.load_agenda(db, setup.meeting_id).items) == 1

    gone = agenda.delete_items(db, [item])
    assert agenda.load_agenda(db, setup.meeting_id).items == ()
    agenda.apply_change(db, gone, forward=False)
    back = agenda.load_agenda(db, setup.meeting_id).items
    assert [(r.id, r.title, r.people) for r in back] == [(r.id, r.title, r.people) for r in original]
    agenda.apply_change(db, gone, forward=True)
    assert agenda.load_agenda(db, setup.meeting_id).items == ()


def test_moving_and_then_shifting_the_following_items_in_the_same_room_and_day(db: Database) -> None:
    setup = make_meeting(db)
    first = add(db, setup, "10:00", "10:30", "A", setup.big_room)
    add(db, setup, "10:30", "11:00", "B", setup.big_room)
    add(db, setup, "11:00", "11:30", "C", setup.big_room)
    add(db, setup, "10:30", "11:00", "Other room", setup.small_room)
    rows = agenda.load_agenda(db, setup.meeting_id).items
    moved = next(r for r in rows if r.id == first)
    assert [r.title for r in agenda.following_items(rows, moved, moved.end)] == ["B", "C"]

    resize = agenda.move_item(db, first, at("10:00"), at("10:45"))
    shift = agenda.shift_following(db, first, moved.end, timedelta(minutes=15))
    assert times(db, setup) == {"A": ("10:00", "10:45"), "B": ("10:45", "11:15"), "C": ("11:15", "11:45"),
                                "Other room": ("10:30", "11:00")}
    agenda.apply_change(db, shift, forward=False)
    agenda.apply_change(db, resize, forward=False)
    assert times(db, setup) == {"A": ("10:00", "10:30"), "B": ("10:30", "11:00"), "C": ("11:00", "11:30"),
                                "Other room": ("10:30", "11:00")}


def test_reorder_swaps_items_that_start_at_the_same_time(db: Database) -> None:
    setup = make_meeting(db)
    a = add(db, setup, "10:00", "11:00", "Room A", setup.big_room)
    b = add(db, setup, "10:00", "11:00", "Room B", setup.small_room)
    change = agenda.reorder_item(db, b, -1)
    assert [r.title for r in agenda.load_agenda(db, setup.meeting_id).items] == ["Room B", "Room A"]
    with pytest.raises(DomainError, match="no other item"):
        agenda.reorder_item(db, b, -1)
    agenda.apply_change(db, change, forward=False)
    assert [r.id for r in agenda.load_agenda(db, setup.meeting_id).items] == [a, b]


def test_the_database_refuses_an_item_that_ends_before_it_starts(db: Database) -> None:
    setup = make_meeting(db)
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(AgendaItem(meeting_id=setup.meeting_id, title="x", start=to_instant(at("11:00"), ZONE),
                         end=to_instant(at("10:00"), ZONE)))


def test_rooms_of_a_venue_are_listed_added_and_renamed(db: Database) -> None:
    setup = make_meeting(db)
    room = venues.add_room(db, setup.venue_id, "  Mødelokale  4 ", 12)
    assert room.name == "Mødelokale 4"
    assert [(r.name, r.capacity) for r in venues.list_rooms(db, setup.venue_id)] == [
        ("Mødelokale 3", 4), ("Mødelokale 4", 12), ("Salen", 120)]
    with pytest.raises(DomainError, match="already has a room"):
        venues.add_room(db, setup.venue_id, "salen", 10)
    venues.update_room(db, room.id, "Lille sal", 30)
    assert {r.name: r.capacity for r in agenda.load_agenda(db, setup.meeting_id).rooms}["Lille sal"] == 30


def test_an_edit_based_on_an_old_version_is_refused(db: Database) -> None:
    setup = make_meeting(db)
    item = add(db, setup, "10:00", "10:30", "Velkomst")
    (row,) = agenda.load_agenda(db, setup.meeting_id).items
    agenda.move_item(db, item, at("10:15"), at("10:45"), row.version)  # another window saves first
    with pytest.raises(StaleEdit, match="Someone else changed 'Velkomst'"):
        agenda.move_item(db, item, at("11:00"), at("11:30"), row.version)
    with pytest.raises(StaleEdit):
        agenda.update_item(db, item, agenda.item_input(row), row.version)
    assert times(db, setup) == {"Velkomst": ("10:15", "10:45")}
