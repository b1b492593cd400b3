"""Start a new meeting from an earlier one: its details and its agenda's shape on new dates.

Networks like KL's meet several times a year with the same programme shape. Every time
is moved by whole calendar days in the meeting's zone, so 10:00 stays 10:00 on the
wall clock even when the new date lies on the other side of a daylight-saving change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..i18n import translate
from ..model import AgendaItem, AgendaPerson, Meeting, MeetingStatus
from ..storage import Database
from .errors import DomainError, NotFound
from .meetings import new_calendar_uid
from .timeutil import to_instant, to_local


@dataclass(frozen=True)
class CopyResult:
    meeting_id: int
    items_copied: int


def suggested_start(old: date, today: date) -> date:
    """The next occurrence: the same weekday 52 weeks on (a Thursday meeting stays on a Thursday), again
    until it lies after today."""
    new = old + timedelta(weeks=52)
    while new <= today:
        new += timedelta(weeks=52)
    return new


def suggested_title(title: str, old: date, new: date) -> str:
    """The old title with its year moved along ('… Assembly 2022' → '… Assembly 2023')."""
    return re.sub(rf"\b{old.year}\b", str(new.year), title) if new.year != old.year else title


def _shift(instant: datetime, days: int, zone: str) -> datetime:
    """The same wall-clock time `days` calendar days later, as an instant."""
    local = to_local(instant, zone).replace(tzinfo=None) + timedelta(days=days)
    return to_instant(local, zone)


def copy_meeting(
    db: Database, meeting_id: int, new_start: date, copy_speakers: bool = True, title: str | None = None
) -> CopyResult:
    """A new draft meeting starting on `new_start`, in one transaction.

    Registrations, invitations and the online link are not copied: they belong to one
    occurrence (a reused video-meeting link would send people to the old meeting).
    """
    with db.session() as s:
        old = s.get(Meeting, meeting_id)
        if old is None:
            raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
        zone = old.time_zone
        days = (new_start - to_local(old.start, zone).date()).days
        new_title = (title if title is not None else old.title).strip()
        if not new_title:
            raise DomainError(translate("Errors", "The meeting needs a title."), field="title")
        meeting = Meeting(
            network_id=old.network_id, title=new_title, kind=old.kind, theme=old.theme,
            description=old.description, start=_shift(old.start, days, zone), end=_shift(old.end, days, zone),
            time_zone=zone, all_day=old.all_day, venue_id=old.venue_id, online_link="", capacity=old.capacity,
            registration_deadline=(
                _shift(old.registration_deadline, days, zone) if old.registration_deadline else None
            ),
            status=MeetingStatus.DRAFT, organiser_name=old.organiser_name, organiser_email=old.organiser_email,
            host_id=old.host_id, calendar_uid=new_calendar_uid(), calendar_sequence=0,
            photo_credit=old.photo_credit, language=old.language,
        )
        for item in old.agenda:
            copy = AgendaItem(
                start=_shift(item.start, days, zone), end=_shift(item.end, days, zone), title=item.title,
                description=item.description, kind=item.kind, room_id=item.room_id,
                expected_audience=item.expected_audience, notes=item.notes, position=item.position,
            )
            if copy_speakers:
                copy.people = [AgendaPerson(person_id=p.person_id, role=p.role, position=p.position)
                               for p in item.people]
            meeting.agenda.append(copy)
        s.add(meeting)
        s.flush()
        return CopyResult(meeting.id, len(meeting.agenda))
