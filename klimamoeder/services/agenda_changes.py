"""Exact undo and redo for agenda edits: snapshots of items as stored, put back by id.

Every edit in `services/agenda.py` returns a `Change`; `apply_change` replays it either
way in one transaction, so the GUI's undo stack never has to know the rules of editing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..model import AgendaItem, AgendaKind, AgendaPerson, AgendaRole, Person, Registration
from ..storage import Database


@dataclass(frozen=True)
class ItemSnapshot:
    """An item exactly as stored (UTC instants), to put back on undo or redo."""

    id: int
    meeting_id: int
    start: datetime
    end: datetime
    title: str
    description: str
    kind: AgendaKind
    room_id: int | None
    expected_audience: int | None
    notes: str
    position: int
    people: tuple[tuple[int, AgendaRole, int], ...]  # (person_id, role, position)


@dataclass(frozen=True)
class Change:
    """What one edit did: items before (absent if created) and after (absent if deleted).

    `created_people` are (id, name) of people the edit typed in; undo removes them again
    when nothing else refers to them, redo brings them back under the same id.
    """

    meeting_id: int
    before: tuple[ItemSnapshot, ...]
    after: tuple[ItemSnapshot, ...]
    created_people: tuple[tuple[int, str], ...] = ()

    @property
    def item_ids(self) -> tuple[int, ...]:
        return tuple(s.id for s in self.after)



def snapshot(item: AgendaItem) -> ItemSnapshot:
    return ItemSnapshot(
        id=item.id, meeting_id=item.meeting_id, start=item.start, end=item.end, title=item.title,
        description=item.description, kind=item.kind, room_id=item.room_id,
        expected_audience=item.expected_audience, notes=item.notes, position=item.position,
        people=tuple((p.person_id, p.role, p.position) for p in item.people),
    )


def set_people(s: Session, item: AgendaItem, people: Iterable[tuple[int, AgendaRole, int]]) -> None:
    # Old rows go first: the (item, person, role) UNIQUE would trip over a replaced list.
    if item.people:
        item.people = []
        s.flush()
    item.people = [AgendaPerson(person_id=pid, role=role, position=pos) for pid, role, pos in people]


def _restore(s: Session, snap: ItemSnapshot) -> None:
    item = s.get(AgendaItem, snap.id)
    if item is None:
        item = AgendaItem(id=snap.id, meeting_id=snap.meeting_id)
        s.add(item)
    item.start, item.end, item.title = snap.start, snap.end, snap.title
    item.description, item.kind, item.room_id = snap.description, snap.kind, snap.room_id
    item.expected_audience, item.notes, item.position = snap.expected_audience, snap.notes, snap.position
    s.flush()
    set_people(s, item, snap.people)


def _unused_person(s: Session, person_id: int) -> bool:
    used = s.scalar(select(func.count()).select_from(AgendaPerson).where(AgendaPerson.person_id == person_id))
    registered = s.scalar(select(func.count()).select_from(Registration).where(Registration.person_id == person_id))
    return not used and not registered


def apply_change(db: Database, change: Change, forward: bool) -> None:
    """Redo (`forward`) or undo a change exactly, in one transaction."""
    source, target = (change.before, change.after) if forward else (change.after, change.before)
    with db.session() as s:
        if forward:
            for person_id, name in change.created_people:
                if s.get(Person, person_id) is None:
                    s.add(Person(id=person_id, name=name, email=None, other_emails=[]))
            s.flush()
        keep = {snap.id for snap in target}
        gone = [snap.id for snap in source if snap.id not in keep]
        if gone:
            s.execute(delete(AgendaItem).where(AgendaItem.id.in_(gone)))
            s.expire_all()
        for snap in target:
            _restore(s, snap)
        s.flush()
        if not forward:
            for person_id, _name in change.created_people:
                person = s.get(Person, person_id)
                if person is not None and _unused_person(s, person_id):
                    s.delete(person)
