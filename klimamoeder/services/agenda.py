"""A meeting's agenda: list it as plain rows, and every edit the timetable editor makes.

Every edit returns a `Change` (snapshots of the touched items before and after), so the
GUI can undo and redo it exactly with `apply_change`, keeping item ids stable.
Times going in are wall-clock times in the meeting's zone; rows coming out carry aware
datetimes in that zone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from ..i18n import translate
from ..model import (
    AgendaItem,
    AgendaKind,
    AgendaPerson,
    AgendaRole,
    Meeting,
    Person,
    Registration,
    RegistrationStatus,
    Room,
)
from ..storage import Database
from .agenda_changes import Change, set_people, snapshot
from .agenda_changes import ItemSnapshot as ItemSnapshot  # re-exported: callers undo through agenda.*
from .agenda_changes import apply_change as apply_change
from .edit_conflicts import (
    AGENDA_ITEM,
    EDIT,
    Conflict,
    EditConflict,
    deletion_conflict,
    field_versions,
    merge_or_raise,
    once_more_if_stale,
)
from .errors import DomainError, NotFound, StaleEdit
from .registrations import DaysDecoder
from .timeutil import days_between, to_instant, to_local
from .timeutil import zone as zone_of


@dataclass(frozen=True)
class AgendaPersonRow:
    person_id: int
    name: str
    role: AgendaRole


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    capacity: int | None


@dataclass(frozen=True)
class AgendaRow:
    """One item as the editor, the CLI and the conflict check see it (times local, aware)."""

    id: int
    start: datetime
    end: datetime
    title: str
    description: str
    kind: AgendaKind
    room_id: int | None
    room: str
    room_capacity: int | None
    expected_audience: int | None
    notes: str
    position: int
    version: int
    people: tuple[AgendaPersonRow, ...] = ()

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def speakers(self) -> tuple[AgendaPersonRow, ...]:
        return tuple(p for p in self.people if p.role == AgendaRole.SPEAKER)

    @property
    def moderators(self) -> tuple[AgendaPersonRow, ...]:
        return tuple(p for p in self.people if p.role == AgendaRole.MODERATOR)


@dataclass(frozen=True)
class RegistrationRow:
    person_id: int
    status: RegistrationStatus
    days: tuple[str, ...]  # ISO dates; empty = every day

    def attends(self, day: date) -> bool:
        return not self.days or day.isoformat() in self.days


@dataclass(frozen=True)
class AgendaData:
    """Everything the editor and the conflict check need, loaded in one transaction."""

    meeting_id: int
    title: str
    time_zone: str
    start: datetime  # meeting start, local aware
    end: datetime
    venue_id: int | None
    venue: str
    rooms: tuple[RoomRow, ...]
    items: tuple[AgendaRow, ...]
    registrations: dict[int, RegistrationRow] = field(default_factory=dict, compare=False)
    # Registered participants attending each local day: the default expected audience.
    attending: dict[date, int] = field(default_factory=dict, compare=False)

    @property
    def days(self) -> list[date]:
        return days_between(self.start, self.end, self.time_zone)


@dataclass(frozen=True)
class PersonPick:
    """A speaker or moderator chosen in the form: an existing person, or a new name typed in."""

    role: AgendaRole
    person_id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class ItemInput:
    """What the item form edits; `start`/`end` are naive wall times in the meeting's zone.

    Give `end` or `duration`; `end` wins when both are given.
    """

    start: datetime
    title: str
    end: datetime | None = None
    duration: timedelta | None = None
    description: str = ""
    kind: AgendaKind = AgendaKind.SESSION
    room_id: int | None = None
    people: tuple[PersonPick, ...] = ()
    expected_audience: int | None = None
    notes: str = ""


# --- reading -----------------------------------------------------------------------

def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(translate("Errors", "This agenda item no longer exists (it may have been deleted)."))
    return item


def load_agenda(db: Database, meeting_id: int, attending: Mapping[date, int] | None = None) -> AgendaData:
    """The agenda in the meeting's local time, ordered by start and position, with what the conflict check
    needs of the registrations: those of the agenda's own people, and how many attend each day.

    Plain column queries instead of ORM objects: the editor reloads after every edit, and
    building 400 items with their people as ORM instances costs several times as much. The cost does not
    grow with the registrations: the per-day counts are the database's (GROUP BY the stored day sets), and
    an editor reloading after its own edit passes the counts it has (`attending`) and skips even that.
    """
    with db.read() as s:
        meeting = _meeting(s, meeting_id)
        zone = meeting.time_zone
        people: dict[int, list[AgendaPersonRow]] = defaultdict(list)
        for item_id, person_id, name, role in s.execute(
            select(AgendaPerson.item_id, AgendaPerson.person_id, Person.name, AgendaPerson.role)
            .join(Person, Person.id == AgendaPerson.person_id)
            .join(AgendaItem, AgendaItem.id == AgendaPerson.item_id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaPerson.item_id, AgendaPerson.position, AgendaPerson.id)
        ):
            people[item_id].append(AgendaPersonRow(person_id, name, role))
        local = zone_of(zone)
        items = tuple(
            AgendaRow(
                id=i.id, start=i.start.astimezone(local), end=i.end.astimezone(local), title=i.title,
                description=i.description, kind=i.kind, room_id=i.room_id, room=i.room or "",
                room_capacity=i.capacity, expected_audience=i.expected_audience, notes=i.notes,
                position=i.position, version=i.version, people=tuple(people.get(i.id, ())),
            )
            for i in s.execute(
                select(AgendaItem.id, AgendaItem.start, AgendaItem.end, AgendaItem.title, AgendaItem.description,
                       AgendaItem.kind, AgendaItem.room_id, Room.name.label("room"), Room.capacity,
                       AgendaItem.expected_audience, AgendaItem.notes, AgendaItem.position, AgendaItem.version)
                .outerjoin(Room, Room.id == AgendaItem.room_id)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.start, AgendaItem.position, AgendaItem.id)
            )
        )
        venue = meeting.venue
        rooms = tuple(RoomRow(r.id, r.name, r.capacity) for r in venue.rooms) if venue else ()
        decode = DaysDecoder()
        on_agenda = (select(AgendaPerson.person_id).join(AgendaItem, AgendaItem.id == AgendaPerson.item_id)
                     .where(AgendaItem.meeting_id == meeting_id))
        registrations = {
            person_id: RegistrationRow(person_id, status, decode(days))
            for person_id, status, days in s.execute(
                select(Registration.person_id, Registration.status, cast(Registration.days, Text))
                .where(Registration.meeting_id == meeting_id, Registration.person_id.in_(on_agenda))
            )
            if person_id is not None  # never, IN does not match NULL: said for the type checker
        }
        if attending is None:
            attending = attending_per_day(s, meeting_id, days_between(meeting.start, meeting.end, zone))
        return AgendaData(
            meeting_id=meeting.id, title=meeting.title, time_zone=zone,
            start=to_local(meeting.start, zone), end=to_local(meeting.end, zone),
            venue_id=meeting.venue_id, venue=venue.name if venue else "", rooms=rooms,
            items=items, registrations=registrations, attending=dict(attending),
        )


def attending_per_day(s: Session, meeting_id: int, days: Sequence[date]) -> dict[date, int]:
    """Registered people attending each day, counted by the database per stored day set."""
    decode = DaysDecoder()
    groups = [(decode(stored), n) for stored, n in s.execute(
        select(cast(Registration.days, Text), func.count())
        .where(Registration.meeting_id == meeting_id, Registration.status == RegistrationStatus.REGISTERED)
        .group_by(cast(Registration.days, Text)))]
    return {day: sum(n for chosen, n in groups if not chosen or day.isoformat() in chosen) for day in days}


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    label: str  # 'Name (Organisation)', tells namesakes apart in the picker


def person_choices(db: Database) -> list[PersonChoice]:
    """Everyone who can speak or moderate."""
    with db.read() as s:
        people = s.scalars(select(Person).options(selectinload(Person.organisation)).order_by(Person.name)).all()
        return [PersonChoice(p.id, p.name, f"{p.name} ({p.organisation.name})" if p.organisation else p.name)
                for p in people]


# --- editing -----------------------------------------------------------------------

def _times(data: ItemInput, zone: str) -> tuple[datetime, datetime]:
    if data.end is not None:
        end = data.end
    elif data.duration is not None:
        end = data.start + data.duration
    else:
        raise DomainError(translate("Errors", "Give the item an end time or a duration."), field="end")
    start_i, end_i = to_instant(data.start, zone), to_instant(end, zone)
    if end_i <= start_i:
        raise DomainError(translate(
            "Errors", "'{title}' must end after it starts (it starts {start} and ends {end})."
        ).format(title=data.title.strip(), start=f"{data.start:%Y-%m-%d %H:%M}", end=f"{end:%Y-%m-%d %H:%M}"),
            field="end")
    return start_i, end_i


def _check_room(s: Session, meeting: Meeting, room_id: int | None) -> None:
    if room_id is None:
        return
    room = s.get(Room, room_id)
    if room is None or room.venue_id != meeting.venue_id:
        raise DomainError(translate("Errors", "The chosen room is not at this meeting's venue."), field="room")


def _people(s: Session, picks: Sequence[PersonPick]) -> tuple[list[tuple[int, AgendaRole, int]], list[Person]]:
    """Resolve picks to person ids, creating people typed in by name (without e-mail)."""
    created: dict[str, Person] = {}
    result: list[tuple[int, AgendaRole, int]] = []
    seen: set[tuple[int, AgendaRole]] = set()
    for pick in picks:
        if pick.person_id is not None:
            if s.get(Person, pick.person_id) is None:
                raise NotFound(translate("Errors", "A chosen speaker or moderator no longer exists."))
            person_id = pick.person_id
        else:
            name = " ".join(pick.name.split())
            if not name:
                continue
            if name not in created:
                created[name] = Person(name=name, email=None, other_emails=[])
                s.add(created[name])
                s.flush()
            person_id = created[name].id
        if (person_id, pick.role) not in seen:
            seen.add((person_id, pick.role))
            result.append((person_id, pick.role, len(result)))
    return result, list(created.values())


def _fill(s: Session, meeting: Meeting, item: AgendaItem, data: ItemInput) -> list[Person]:
    title = data.title.strip()
    if not title:
        raise DomainError(translate("Errors", "The agenda item needs a title."), field="title")
    if data.expected_audience is not None and data.expected_audience < 0:
        raise DomainError(translate("Errors", "The expected audience cannot be negative."), field="audience")
    item.start, item.end = _times(data, meeting.time_zone)
    _check_room(s, meeting, data.room_id)
    item.title, item.description, item.kind = title, data.description.strip(), data.kind
    item.room_id, item.expected_audience, item.notes = data.room_id, data.expected_audience, data.notes
    s.flush()
    people, created = _people(s, data.people)
    set_people(s, item, people)
    return created


def _next_position(s: Session, meeting_id: int) -> int:
    highest = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
    return (highest or 0) + 1


def add_item(db: Database, meeting_id: int, data: ItemInput) -> Change:
    with db.session() as s:
        meeting = _meeting(s, meeting_id)
        item = AgendaItem(meeting_id=meeting_id, position=_next_position(s, meeting_id), title="")
        s.add(item)
        created = _fill(s, meeting, item, data)
        s.flush()
        return Change(meeting_id, (), (snapshot(item),), tuple((p.id, p.name) for p in created))


def item_title(title: str) -> str:
    return translate("Conflicts", "The agenda item “{title}”").format(title=title)


def _input_of(item: AgendaItem) -> ItemInput:
    """The item as its form shows it (wall times in the meeting's zone), to compare with what a user saw."""
    local = zone_of(item.meeting.time_zone)
    people = sorted(item.people, key=lambda p: (p.position, p.id or 0))
    return ItemInput(
        start=item.start.astimezone(local).replace(tzinfo=None), end=item.end.astimezone(local).replace(tzinfo=None),
        title=item.title, description=item.description, kind=item.kind, room_id=item.room_id,
        people=tuple(PersonPick(p.role, p.person_id) for p in people),
        expected_audience=item.expected_audience, notes=item.notes,
    )


def _names(s: Session, meeting_id: int) -> dict[str, dict[int, str]]:
    rooms = dict(s.execute(select(Room.id, Room.name).join(Meeting, Meeting.venue_id == Room.venue_id)
                           .where(Meeting.id == meeting_id)).all())
    people = dict(s.execute(select(Person.id, Person.name).join(AgendaPerson, AgendaPerson.person_id == Person.id)
                            .join(AgendaItem, AgendaItem.id == AgendaPerson.item_id)
                            .where(AgendaItem.meeting_id == meeting_id)).all())
    return {"room_id": rooms, "people": people}


_IGNORED = ("duration",)  # the form gives the end; a duration is only a way of typing it


def _guarded(s: Session, item_id: int, expected_version: int | None, base: ItemInput | None,
             mine: ItemInput | None) -> tuple[AgendaItem, ItemInput | None]:
    """The item to save, and (after a lost race) the merged input; `EditConflict` when the user must decide."""
    item = s.get(AgendaItem, item_id)
    if item is None:
        if mine is None or expected_version is None:
            raise NotFound(translate("Errors", "This agenda item no longer exists (it may have been deleted)."))
        original = base or mine
        raise EditConflict(Conflict(AGENDA_ITEM, item_id, item_title(mine.title), EDIT, original, mine, None, None,
                                    field_versions(original, mine, None, _IGNORED)))
    if expected_version is None or item.version == expected_version:
        return item, None
    if mine is None:
        raise EditConflict(Conflict(
            AGENDA_ITEM, item_id, item_title(item.title), EDIT, _input_of(item), None, _input_of(item),
            item.version))
    merged = merge_or_raise(AGENDA_ITEM, item_id, item_title(item.title), base, mine, _input_of(item), item.version,
                            lambda: _names(s, item.meeting_id), _IGNORED)
    return item, merged


def update_item(db: Database, item_id: int, data: ItemInput, expected_version: int | None = None,
                base: ItemInput | None = None) -> Change:
    """Save the form. With `expected_version`, a save that lost a race is merged field by field against `base`
    (what the form started from), or raises `EditConflict` where both changed the same field."""

    def work() -> Change:
        with db.session() as s:
            item, merged = _guarded(s, item_id, expected_version, base, data)
            before, version = snapshot(item), item.version
            created = _fill(s, item.meeting, item, merged or data)
            if (snapshot(item).people != before.people and item.version == version
                    and not s.is_modified(item, include_collections=False)):
                # A change of speakers alone is a new version of the item too (their rows are another table).
                flag_modified(item, "position")
            s.flush()
            return Change(item.meeting_id, (before,), (snapshot(item),), tuple((p.id, p.name) for p in created))

    return once_more_if_stale(work)


def item_input(row: AgendaRow) -> ItemInput:
    """The form's starting values for an existing row."""
    return ItemInput(
        start=row.start.replace(tzinfo=None), end=row.end.replace(tzinfo=None), title=row.title,
        description=row.description, kind=row.kind, room_id=row.room_id,
        people=tuple(PersonPick(p.role, p.person_id) for p in row.people),
        expected_audience=row.expected_audience, notes=row.notes,
    )


def delete_items(db: Database, item_ids: Sequence[int],
                 seen: Mapping[int, tuple[int, ItemInput]] | None = None) -> Change:
    """Delete items. With `seen` (each item's version and values as the user saw them), an item someone
    changed since raises `EditConflict` showing what they changed; the user deletes anyway or keeps it."""
    with db.session() as s:
        items = [_item(s, i) for i in item_ids]
        if not items:
            raise DomainError(translate("Errors", "Choose the agenda items to delete."))
        for item in items:
            version, original = (seen or {}).get(item.id, (item.version, None))
            if item.version != version and original is not None:
                deletion_conflict(AGENDA_ITEM, item.id, item_title(item.title), original, _input_of(item),
                                  item.version, _names(s, item.meeting_id), _IGNORED)
        before = tuple(snapshot(i) for i in items)
        for item in items:
            s.delete(item)
        return Change(items[0].meeting_id, before, ())


def duplicate_item(db: Database, item_id: int) -> Change:
    """A copy that starts when the original ends (same length, room and people)."""
    with db.session() as s:
        item = _item(s, item_id)
        length = item.end - item.start
        copy = AgendaItem(
            meeting_id=item.meeting_id, start=item.end, end=item.end + length, title=item.title,
            description=item.description, kind=item.kind, room_id=item.room_id,
            expected_audience=item.expected_audience, notes=item.notes,
            position=_next_position(s, item.meeting_id),
        )
        s.add(copy)
        s.flush()
        set_people(s, copy, [(p.person_id, p.role, p.position) for p in item.people])
        s.flush()
        return Change(item.meeting_id, (), (snapshot(copy),))


def move_item(
    db: Database, item_id: int, start: datetime, end: datetime, expected_version: int | None = None,
    base: ItemInput | None = None,
) -> Change:
    """Move or resize: new wall-clock start and end in the meeting's zone (a lost race: see `update_item`)."""
    mine = replace(base, start=start, end=end, duration=None) if base is not None else None

    def work() -> Change:
        with db.session() as s:
            if mine is None:
                item = _item(s, item_id)
                if expected_version is not None and item.version != expected_version:
                    raise StaleEdit(translate(
                        "Errors", "Someone else changed '{title}' meanwhile. The agenda has been reloaded; make "
                                  "your change again.").format(title=item.title))
                merged = None
            else:
                item, merged = _guarded(s, item_id, expected_version, base, mine)
            before = snapshot(item)
            times = merged or ItemInput(start=start, end=end, title=item.title)
            item.start, item.end = _times(times, item.meeting.time_zone)
            s.flush()
            return Change(item.meeting_id, (before,), (snapshot(item),))

    return once_more_if_stale(work)


def following_items(items: Sequence[AgendaRow], moved: AgendaRow, since: datetime) -> list[AgendaRow]:
    """Items after `moved` on its day and in its room that start at or after `since` (its old end)."""
    return [
        row for row in items
        if row.id != moved.id and row.room_id == moved.room_id and row.day == moved.day and row.start >= since
    ]


def shift_following(db: Database, item_id: int, since: datetime, delta: timedelta) -> Change:
    """Shift the items after `item_id` on the same day and room by `delta` (kept in wall-clock time).

    `since` is the moved item's end before the move (aware); the GUI offers this after a move or resize.
    """
    with db.session() as s:
        item = _item(s, item_id)
        meeting = item.meeting
        zone = meeting.time_zone
        day = to_local(item.start, zone).date()
        since_utc = to_instant(since, zone)
        candidates = s.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id, AgendaItem.id != item.id,
            AgendaItem.room_id.is_(None) if item.room_id is None else AgendaItem.room_id == item.room_id,
            AgendaItem.start >= since_utc,
        ).order_by(AgendaItem.start)).all()
        moving = [c for c in candidates if to_local(c.start, zone).date() == day]
        before = tuple(snapshot(c) for c in moving)
        for c in moving:
            start_local = to_local(c.start, zone).replace(tzinfo=None) + delta
            end_local = to_local(c.end, zone).replace(tzinfo=None) + delta
            c.start, c.end = to_instant(start_local, zone), to_instant(end_local, zone)
        s.flush()
        return Change(meeting.id, before, tuple(snapshot(c) for c in moving))


def reorder_item(db: Database, item_id: int, step: int) -> Change:
    """Swap an item with its neighbour among items starting at the same time (step -1 up, +1 down)."""
    with db.session() as s:
        item = _item(s, item_id)
        same = s.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == item.meeting_id, AgendaItem.start == item.start,
        ).order_by(AgendaItem.position, AgendaItem.id)).all()
        index = same.index(item)
        other_index = index + step
        if not 0 <= other_index < len(same):
            raise DomainError(translate(
                "Errors", "There is no other item starting at the same time to swap '{title}' with."
            ).format(title=item.title))
        other = same[other_index]
        before = (snapshot(item), snapshot(other))
        first, second = item.position, other.position
        if first == second:
            second = first + step
        item.position, other.position = second, first
        s.flush()
        return Change(item.meeting_id, before, (snapshot(item), snapshot(other)))
