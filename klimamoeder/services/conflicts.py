"""Agenda conflicts: pure checks over plain rows, fast enough to re-run after every drag.

No database access here: `ConflictContext` carries what was loaded with the agenda
(registrations, attendance per day, the meeting's window), so re-checking 400 items is
a few sorted sweeps (per room, per person) instead of comparing every pair.

Conflicts are warnings. Which ones the user accepted is kept by the editor in memory
for its session, keyed by `Conflict.key` (stable while the same items clash for the
same reason), so nothing about acceptance is written to the database.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property, partial

from ..i18n import translate
from ..model import AgendaRole, RegistrationStatus
from .agenda import AgendaData, AgendaPersonRow, AgendaRow, RegistrationRow


class ConflictKind(enum.StrEnum):
    PERSON_TWICE = "person_twice"
    ROOM_DOUBLE_BOOKED = "room_double_booked"
    OUTSIDE_MEETING = "outside_meeting"
    LONGER_THAN_DAY = "longer_than_day"
    SPEAKER_NOT_REGISTERED = "speaker_not_registered"
    ROOM_TOO_SMALL = "room_too_small"


@dataclass(frozen=True)
class Conflict:
    """One clash. The reason in words is rendered on first use: a re-check after a drag
    only finds the clashes, and the panel formats the few rows it actually shows."""

    kind: ConflictKind
    item_ids: tuple[int, ...]
    render: Callable[[], str] = field(compare=False, repr=False)
    subject_id: int | None = None  # the person or room concerned

    @cached_property
    def message(self) -> str:
        return self.render()

    @property
    def key(self) -> tuple[str, tuple[int, ...], int | None]:
        """Identity for 'accepted': the same clash between the same items stays accepted."""
        return (self.kind.value, tuple(sorted(self.item_ids)), self.subject_id)


@dataclass(frozen=True)
class ConflictContext:
    start: datetime  # the meeting's window, aware
    end: datetime
    multi_day: bool
    registrations: dict[int, RegistrationRow] = field(default_factory=dict, compare=False)
    attending: dict[date, int] = field(default_factory=dict, compare=False)

    @classmethod
    def from_agenda(cls, data: AgendaData) -> ConflictContext:
        return cls(data.start, data.end, data.start.date() != data.end.date(), data.registrations, data.attending)


def _when(row: AgendaRow, multi_day: bool) -> str:
    if multi_day:
        return f"{row.start:%d.%m. %H:%M}–{row.end:%H:%M}"
    return f"{row.start:%H:%M}–{row.end:%H:%M}"


def _overlapping(entries: list[tuple[float, float, AgendaRow]]) -> Iterator[tuple[AgendaRow, AgendaRow]]:
    """Pairs whose intervals overlap, by one sweep over the entries sorted by start."""
    if len(entries) < 2:
        return
    entries.sort(key=lambda e: (e[0], e[2].position, e[2].id))
    active: list[tuple[float, AgendaRow]] = []
    for start, end, row in entries:
        if active:
            active = [a for a in active if a[0] > start]
            for _end, earlier in active:
                yield earlier, row
        active.append((end, row))


def _role(role: AgendaRole) -> str:
    if role == AgendaRole.MODERATOR:
        return translate("Conflicts", "moderator")
    return translate("Conflicts", "speaker")


def _registration_text(reg: RegistrationRow | None) -> str:
    if reg is None:
        return translate("Conflicts", "{person} ({role}) of '{title}' is not registered for the meeting.")
    if reg.status == RegistrationStatus.DECLINED:
        return translate("Conflicts", "{person} ({role}) of '{title}' has declined the meeting.")
    if reg.status == RegistrationStatus.CANCELLED:
        return translate("Conflicts", "{person} ({role}) of '{title}' has cancelled the registration.")
    if reg.status == RegistrationStatus.INVITED:
        return translate("Conflicts", "{person} ({role}) of '{title}' is invited but has not registered.")
    if reg.status == RegistrationStatus.WAITLISTED:
        return translate("Conflicts", "{person} ({role}) of '{title}' is on the wait list, not registered.")
    return translate("Conflicts", "{person} ({role}) of '{title}' is not registered for {day}.")


def _not_registered(reg: RegistrationRow | None, person: AgendaPersonRow, row: AgendaRow) -> str:
    return _registration_text(reg).format(
        person=person.name, role=_role(person.role), title=row.title, day=f"{row.day:%d.%m.%Y}")


def _outside(row: AgendaRow, context: ConflictContext) -> str:
    return translate(
        "Conflicts", "'{title}' ({when}) lies outside the meeting's days and times ({meeting})."
    ).format(title=row.title, when=_when(row, True),
             meeting=f"{context.start:%d.%m.%Y %H:%M}–{context.end:%d.%m.%Y %H:%M}")


def _too_long(row: AgendaRow) -> str:
    hours = int((row.end - row.start).total_seconds() // 3600)
    return translate("Conflicts", "'{title}' lasts longer than a day ({hours} hours).").format(
        title=row.title, hours=hours)


def _past_midnight(row: AgendaRow) -> str:
    return translate("Conflicts", "'{title}' ({when}) runs past midnight into the next day.").format(
        title=row.title, when=_when(row, True))


def _too_small(row: AgendaRow, audience: int, default: bool, multi: bool) -> str:
    if default:
        text = translate(
            "Conflicts",
            "'{title}' ({when}): {room} holds {capacity} people, but {audience} participants attend that day.",
        )
    else:
        text = translate(
            "Conflicts", "'{title}' ({when}): {room} holds {capacity} people, but {audience} are expected."
        )
    return text.format(title=row.title, when=_when(row, multi), room=row.room, capacity=row.room_capacity,
                       audience=audience)


def _double_booked(first: AgendaRow, second: AgendaRow, multi: bool) -> str:
    return translate(
        "Conflicts", "{room} is double-booked: '{first}' ({first_when}) and '{second}' ({second_when})."
    ).format(room=first.room, first=first.title, first_when=_when(first, multi), second=second.title,
             second_when=_when(second, multi))


def _two_places(name: str, first: AgendaRow, second: AgendaRow, multi: bool) -> str:
    return translate(
        "Conflicts",
        "{person} is in two places at once: '{first}' ({first_when}) and '{second}' ({second_when}).",
    ).format(person=name, first=first.title, first_when=_when(first, multi), second=second.title,
             second_when=_when(second, multi))


def _registered_that_day(reg: RegistrationRow | None, day: date) -> bool:
    return reg is not None and reg.status == RegistrationStatus.REGISTERED and reg.attends(day)


def check(items: Sequence[AgendaRow], context: ConflictContext) -> list[Conflict]:
    """Every conflict in `items`: one pass over the items, then a sorted sweep per room and per person."""
    multi = context.multi_day
    meeting_start, meeting_end = context.start.timestamp(), context.end.timestamp()
    registrations = context.registrations
    by_room: dict[int, list[tuple[float, float, AgendaRow]]] = defaultdict(list)
    by_person: dict[int, list[tuple[float, float, AgendaRow]]] = defaultdict(list)
    names: dict[int, str] = {}
    found: list[Conflict] = []
    for row in items:
        start, end = row.start.timestamp(), row.end.timestamp()
        entry = (start, end, row)
        if row.room_id is not None:
            by_room[row.room_id].append(entry)
        seen: set[int] = set()
        for person in row.people:
            person_id = person.person_id
            if person_id not in seen:
                seen.add(person_id)
                names[person_id] = person.name
                by_person[person_id].append(entry)
            reg = registrations.get(person_id)
            if not _registered_that_day(reg, row.day):
                found.append(Conflict(ConflictKind.SPEAKER_NOT_REGISTERED, (row.id,),
                                      partial(_not_registered, reg, person, row), person_id))
        if start < meeting_start or end > meeting_end:
            found.append(Conflict(ConflictKind.OUTSIDE_MEETING, (row.id,), partial(_outside, row, context)))
        if end - start > 24 * 3600:
            found.append(Conflict(ConflictKind.LONGER_THAN_DAY, (row.id,), partial(_too_long, row)))
        elif (row.end - timedelta(microseconds=1)).date() != row.start.date():
            found.append(Conflict(ConflictKind.LONGER_THAN_DAY, (row.id,), partial(_past_midnight, row)))
        if row.room_capacity is not None:
            default = row.expected_audience is None
            audience = context.attending.get(row.day, 0) if default else row.expected_audience or 0
            if audience > row.room_capacity:
                found.append(Conflict(ConflictKind.ROOM_TOO_SMALL, (row.id,),
                                      partial(_too_small, row, audience, default, multi), row.room_id))
    for room_id, entries in by_room.items():
        for first, second in _overlapping(entries):
            found.append(Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, (first.id, second.id),
                                  partial(_double_booked, first, second, multi), room_id))
    for person_id, entries in by_person.items():
        for first, second in _overlapping(entries):
            found.append(Conflict(ConflictKind.PERSON_TWICE, (first.id, second.id),
                                  partial(_two_places, names[person_id], first, second, multi), person_id))
    return found


def check_agenda(data: AgendaData) -> list[Conflict]:
    return check(data.items, ConflictContext.from_agenda(data))
