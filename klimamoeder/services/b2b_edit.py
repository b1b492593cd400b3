"""Hand edits of the B2B schedule: move (or swap) a meeting, add, remove, lock, publish.

Each is one transaction. A move onto an occupied table in a slot swaps the two meetings,
so a table never holds two meetings; everything else a move may break (someone double
booked, unavailable, over their limit) is allowed and shown by `b2b_check` as a conflict
for the user to resolve, like the agenda editor does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..model import B2BMeeting, B2BSession, utcnow
from ..storage import Database
from .b2b import session_row
from .errors import DomainError, NotFound, StaleEdit


def _meeting(s: Session, session: B2BSession, meeting_id: int, version: int | None = None) -> B2BMeeting:
    row = s.get(B2BMeeting, meeting_id)
    if row is None or row.session_id != session.id:
        raise NotFound(translate("B2B", "That bilateral meeting no longer exists."))
    if version is not None and row.version != version:
        raise StaleEdit(translate("B2B", "Someone else changed this bilateral meeting; it has been reloaded."))
    return row


def _check_place(session: B2BSession, table: int) -> None:
    if not 1 <= table <= session.table_count:
        raise DomainError(translate("B2B", "There is no table {table}; the session has {count} tables.").format(
            table=table, count=session.table_count))


def move_meeting(db: Database, meeting_id: int, b2b_meeting_id: int, start: datetime, table: int,
                 version: int | None = None) -> tuple[int, ...]:
    """Put a meeting at `start` and `table`; a meeting already there swaps places with it. Returns the ids moved."""
    with db.session() as s:
        session = session_row(s, meeting_id)
        _check_place(session, table)
        row = _meeting(s, session, b2b_meeting_id, version)
        other = s.scalar(select(B2BMeeting).where(B2BMeeting.session_id == session.id, B2BMeeting.start == start,
                                                  B2BMeeting.table == table, B2BMeeting.id != row.id))
        moved = [row.id]
        if other is not None:
            if other.locked:
                raise DomainError(translate("B2B", "Table {table} holds a locked meeting at that time; unlock it "
                                                   "first.").format(table=table))
            other.start, other.table = row.start, row.table
            other.source = "manual"
            moved.append(other.id)
        row.start, row.table, row.source = start, table, "manual"
        return tuple(moved)


def add_meeting(db: Database, meeting_id: int, delegation_a: int, delegation_b: int, start: datetime,
                table: int) -> int:
    a, b = sorted((delegation_a, delegation_b))
    if a == b:
        raise DomainError(translate("B2B", "A bilateral meeting needs two different delegations."))
    with db.session() as s:
        session = session_row(s, meeting_id)
        _check_place(session, table)
        if s.scalar(select(B2BMeeting.id).where(B2BMeeting.session_id == session.id, B2BMeeting.delegation_a_id == a,
                                                B2BMeeting.delegation_b_id == b)) is not None:
            raise DomainError(translate("B2B", "These two delegations already have a meeting."))
        if s.scalar(select(B2BMeeting.id).where(B2BMeeting.session_id == session.id, B2BMeeting.start == start,
                                                B2BMeeting.table == table)) is not None:
            raise DomainError(translate("B2B", "Table {table} is taken at that time.").format(table=table))
        row = B2BMeeting(session_id=session.id, delegation_a_id=a, delegation_b_id=b, start=start, table=table,
                         source="manual")
        s.add(row)
        s.flush()
        return row.id


def remove_meetings(db: Database, meeting_id: int, ids: Sequence[int]) -> None:
    with db.session() as s:
        session = session_row(s, meeting_id)
        for b2b_id in ids:
            s.delete(_meeting(s, session, b2b_id))


def set_locked(db: Database, meeting_id: int, ids: Sequence[int], locked: bool) -> None:
    """Locked meetings stay where they are when the schedule is made again."""
    with db.session() as s:
        session = session_row(s, meeting_id)
        for b2b_id in ids:
            _meeting(s, session, b2b_id).locked = locked


def publish(db: Database, meeting_id: int) -> int:
    """Lock every meeting and note the time: what people were told stays put; returns how many."""
    with db.session() as s:
        session = session_row(s, meeting_id)
        rows = s.scalars(select(B2BMeeting).where(B2BMeeting.session_id == session.id)).all()
        for row in rows:
            row.locked = True
        session.published_at = utcnow()
        return len(rows)
