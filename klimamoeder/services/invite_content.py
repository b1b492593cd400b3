"""From a meeting in the database to the plain data the iCalendar and e-mail builders take.

Shared by the invitation sender, the .ics exports and the feed, so an invitation,
its e-mail text and the exported file always tell the same facts.
"""

from __future__ import annotations

import hashlib
from typing import Protocol
from zoneinfo import ZoneInfo

from ..exports.ical import EventData, Party
from ..exports.mail import Letter, MessageFacts, format_time, format_when
from ..model import AgendaItem, Meeting, MeetingStatus, Person

PROGRAMME_LINES = 12
_LABELS = {
    "en": {"theme": "Theme", "programme": "Programme", "online": "Online"},
    "da": {"theme": "Tema", "programme": "Program", "online": "Online"},
}


def location(meeting: Meeting) -> str:
    return meeting.venue.one_line if meeting.venue else ""


def fingerprint(meeting: Meeting) -> str:
    """What an invitation shows of the meeting's time, place and status.

    A change of any of these means the people invited need an update with a higher
    SEQUENCE; anything else (capacity, notes) does not.
    """
    parts = (meeting.title, meeting.start.isoformat(), meeting.end.isoformat(), meeting.time_zone,
             str(meeting.all_day), location(meeting), meeting.online_link, meeting.status.value)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def programme(meeting: Meeting, language: str) -> tuple[str, ...]:
    zone = ZoneInfo(meeting.time_zone)
    days = sorted({item.start.astimezone(zone).date() for item in meeting.agenda})
    lines: list[str] = []
    for item in meeting.agenda[:PROGRAMME_LINES]:
        start = item.start.astimezone(zone)
        prefix = f"{start:%d.%m.} " if len(days) > 1 else ""
        lines.append(f"{prefix}{format_time(start, language)}–{format_time(item.end.astimezone(zone), language)}"
                     f"  {item.title}")
    if len(meeting.agenda) > PROGRAMME_LINES:
        lines.append("…")
    return tuple(lines)


def description(meeting: Meeting, language: str) -> str:
    labels = _LABELS.get(language, _LABELS["en"])
    blocks: list[str] = []
    if meeting.theme:
        blocks.append(f"{labels['theme']}: {meeting.theme}")
    if meeting.description:
        blocks.append(meeting.description.strip())
    lines = programme(meeting, language)
    if lines:
        blocks.append(f"{labels['programme']}:\n" + "\n".join(lines))
    if meeting.online_link:
        blocks.append(f"{labels['online']}: {meeting.online_link}")
    return "\n\n".join(blocks)


def ical_status(status: MeetingStatus) -> str:
    if status == MeetingStatus.CANCELLED:
        return "CANCELLED"
    return "TENTATIVE" if status in (MeetingStatus.DRAFT, MeetingStatus.PLANNED) else "CONFIRMED"


def event_data(meeting: Meeting, language: str, sequence: int | None = None) -> EventData:
    return EventData(
        uid=meeting.calendar_uid,
        sequence=meeting.calendar_sequence if sequence is None else sequence,
        summary=meeting.title, start=meeting.start, end=meeting.end, time_zone=meeting.time_zone,
        organiser=Party(meeting.organiser_name, meeting.organiser_email), all_day=meeting.all_day,
        location=location(meeting), description=description(meeting, language), url=meeting.online_link,
        status=ical_status(meeting.status),
    )


def agenda_event(meeting: Meeting, item: AgendaItem) -> EventData:
    """A speaker's own agenda item as an event of its own (UID derived, stable)."""
    place = ", ".join(p for p in (item.room.name if item.room else "", location(meeting)) if p)
    return EventData(
        uid=f"agenda-{item.id}-{meeting.calendar_uid}", sequence=item.calendar_sequence,
        summary=f"{item.title} ({meeting.title})", start=item.start, end=item.end, time_zone=meeting.time_zone,
        organiser=Party(meeting.organiser_name, meeting.organiser_email), location=place,
        description=item.description, status=ical_status(meeting.status),
    )


class Addressee(Protocol):
    """A person as an invitation names them: an ORM `Person`, or a plan's column row (`invites._plan`)."""

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str | None: ...


def attendee(person: Addressee) -> Party:
    return Party(person.name, person.email or "")


def letter(meeting: Meeting, person: Person, kind: str) -> Letter:
    language = person.language.value
    facts = MessageFacts(
        title=meeting.title,
        when=format_when(meeting.start, meeting.end, ZoneInfo(meeting.time_zone), meeting.all_day, language),
        where=location(meeting), online_link=meeting.online_link, theme=meeting.theme,
        programme=programme(meeting, language),
    )
    return Letter(kind=kind, language=language, sender_name=meeting.organiser_name,
                  sender_email=meeting.organiser_email, recipient_name=person.name,
                  recipient_email=person.email or "", facts=facts)
