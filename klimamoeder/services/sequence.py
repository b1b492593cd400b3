"""SEQUENCE: a property of the meeting and of each agenda item's event, raised on every significant change.

RFC 5546 wants a higher SEQUENCE for every version of an event that changes its time, place or status,
and calendar clients ignore an update (or a cancellation) that does not carry one. It is raised here,
when the change is flushed, whatever path made it (the details form, the CLI, undo, the agenda editor,
a venue's address), so a file exported after the change carries the new number without anything having
been sent by e-mail. It never falls. `invites` may raise it further when a message must outrank the last
one a person got (a re-invitation after a withdrawal).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ..model import AgendaItem, B2BMeeting, Meeting, Room, Venue

# What an invitation shows: a change of any of these is a new version of the event.
MEETING_FIELDS = ("title", "start", "end", "time_zone", "all_day", "venue_id", "online_link", "status")
# Of those, what an agenda item's own event also shows of its meeting.
MEETING_FIELDS_IN_ITEMS = ("title", "time_zone", "venue_id", "status")
ITEM_FIELDS = ("title", "start", "end", "room_id")
VENUE_FIELDS = ("name", "address", "postcode", "city", "country")
# A bilateral meeting's own event shows its slot and table.
B2B_FIELDS = ("start", "table")


def _changed(obj: object, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in fields)


def _raise_meeting(meeting: Meeting, raised: set[int], with_items: bool) -> None:
    if id(meeting) not in raised:
        raised.add(id(meeting))
        meeting.calendar_sequence = (meeting.calendar_sequence or 0) + 1
    if with_items:
        for item in meeting.agenda:
            _raise_item(item, raised)


def _raise_item(item: AgendaItem, raised: set[int]) -> None:
    if id(item) not in raised and item.id is not None:
        raised.add(id(item))
        item.calendar_sequence = (item.calendar_sequence or 0) + 1


def raise_sequences(session: Session, _context: Any, _instances: Any) -> None:
    """Before a flush: every meeting and agenda item whose event changed gets the next SEQUENCE."""
    raised: set[int] = set()
    with session.no_autoflush:
        for obj in list(session.dirty):
            if isinstance(obj, Meeting) and _changed(obj, MEETING_FIELDS):
                _raise_meeting(obj, raised, _changed(obj, MEETING_FIELDS_IN_ITEMS))
            elif isinstance(obj, AgendaItem) and _changed(obj, ITEM_FIELDS):
                _raise_item(obj, raised)
            elif isinstance(obj, B2BMeeting) and _changed(obj, B2B_FIELDS) and id(obj) not in raised:
                raised.add(id(obj))
                obj.calendar_sequence = (obj.calendar_sequence or 0) + 1
            elif isinstance(obj, Venue) and obj.id is not None and _changed(obj, VENUE_FIELDS):
                for meeting in session.scalars(select(Meeting).where(Meeting.venue_id == obj.id)):
                    _raise_meeting(meeting, raised, True)
            elif isinstance(obj, Room) and obj.id is not None and _changed(obj, ("name",)):
                for item in session.scalars(select(AgendaItem).where(AgendaItem.room_id == obj.id)):
                    _raise_item(item, raised)


event.listen(Session, "before_flush", raise_sequences)
