"""Rooms of a venue, with their capacity: what the agenda editor's room picker offers."""

from __future__ import annotations

from sqlalchemy import select

from ..i18n import translate
from ..model import Room, Venue
from ..storage import Database
from .agenda import RoomRow
from .errors import DomainError, NotFound


def list_rooms(db: Database, venue_id: int) -> list[RoomRow]:
    with db.read() as s:
        rooms = s.scalars(select(Room).where(Room.venue_id == venue_id).order_by(Room.name)).all()
        return [RoomRow(r.id, r.name, r.capacity) for r in rooms]


def _clean(name: str, capacity: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError(translate("Errors", "The room needs a name."), field="name")
    if capacity is not None and capacity < 0:
        raise DomainError(translate("Errors", "The capacity cannot be negative."), field="capacity")
    return name


def _unique(venue: Venue, name: str, room_id: int | None) -> None:
    if any(r.name.casefold() == name.casefold() and r.id != room_id for r in venue.rooms):
        raise DomainError(translate("Errors", "{venue} already has a room called '{name}'.").format(
            venue=venue.name, name=name), field="name")


def add_room(db: Database, venue_id: int, name: str, capacity: int | None) -> RoomRow:
    name = _clean(name, capacity)
    with db.session() as s:
        venue = s.get(Venue, venue_id)
        if venue is None:
            raise NotFound(translate("Errors", "The venue no longer exists."))
        _unique(venue, name, None)
        room = Room(venue_id=venue_id, name=name, capacity=capacity)
        s.add(room)
        s.flush()
        return RoomRow(room.id, room.name, room.capacity)


def update_room(db: Database, room_id: int, name: str, capacity: int | None) -> RoomRow:
    name = _clean(name, capacity)
    with db.session() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFound(translate("Errors", "The room no longer exists."))
        _unique(room.venue, name, room.id)
        room.name, room.capacity = name, capacity
        s.flush()
        return RoomRow(room.id, room.name, room.capacity)
