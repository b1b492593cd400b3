"""What the PDF builders print: plain values, no ORM, no database.

Times are aware datetimes already in the meeting's own zone, so a builder never has to
know about time zones and a test can build a document from literals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class MeetingHeader:
    """What every document of a meeting shows about it."""

    network: str
    network_short: str
    title: str
    start: datetime
    end: datetime
    theme: str = ""
    description: str = ""
    venue_name: str = ""
    venue_address: str = ""  # street, postcode and city in one line
    host: str = ""
    organiser_name: str = ""
    organiser_email: str = ""
    online_link: str = ""
    photo_credit: str = ""


@dataclass(frozen=True)
class AgendaPersonEntry:
    name: str
    job_title: str = ""
    organisation: str = ""
    role: str = "speaker"  # speaker | moderator


@dataclass(frozen=True)
class AgendaEntry:
    start: datetime
    end: datetime
    title: str
    description: str = ""
    kind: str = "session"
    room: str = ""
    people: tuple[AgendaPersonEntry, ...] = ()


@dataclass(frozen=True)
class ProgrammeData:
    meeting: MeetingHeader
    agenda: tuple[AgendaEntry, ...] = ()


COLUMNS = ("name", "title", "organisation", "email", "days", "role")


@dataclass(frozen=True)
class ParticipantEntry:
    name: str
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    days: tuple[date, ...] = ()  # empty: every day of the meeting
    role: str = "participant"


@dataclass(frozen=True)
class ParticipantListOptions:
    """How the list looks; which people are on it is the service's business."""

    columns: tuple[str, ...] = ("name", "title", "organisation")
    group_by_organisation: bool = False
    sign_in: bool = False


@dataclass(frozen=True)
class ParticipantListData:
    meeting: MeetingHeader
    participants: tuple[ParticipantEntry, ...] = ()
    options: ParticipantListOptions = field(default_factory=ParticipantListOptions)


@dataclass(frozen=True)
class BadgeEntry:
    name: str
    organisation: str = ""
    role: str = "participant"


@dataclass(frozen=True)
class BadgeData:
    meeting: MeetingHeader
    badges: tuple[BadgeEntry, ...] = ()
