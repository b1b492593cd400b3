"""What the PDF builders print: plain values, no ORM, no database.

Times are aware datetimes already in the meeting's own zone, so a builder never has to
know about time zones and a test can build a document from literals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


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
    logo: bytes | None = None  # the network's mark (PNG or JPEG), drawn in the header and on badges
    colour: str = ""  # the network's accent colour, `#RRGGBB`; empty: the documents' greys

    @property
    def days(self) -> tuple[date, ...]:
        """Every calendar day the meeting spans, in its own zone (an end at midnight ends the day before)."""
        first, last = self.start.date(), max(self.start, self.end - timedelta(microseconds=1)).date()
        return tuple(date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1))


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
    sort_as: str = ""  # "Family, Full Name": what lists sort by (services/names.py); empty: the name
    registration_id: int = 0

    def attends(self, day: date) -> bool:
        return not self.days or day in self.days


@dataclass(frozen=True)
class ParticipantListOptions:
    """How the list looks; which people are on it is the service's business."""

    columns: tuple[str, ...] = ("name", "title", "organisation")
    group_by_organisation: bool = False
    sign_in: bool = False
    # Everyone registered, consent or not: marked "not for distribution" in every page's footer.
    internal: bool = False
    day: date | None = None  # sign-in sheet of one day; None: one dated sheet per meeting day
    blank_rows: int = 8  # sign-in sheet: empty rows for walk-ins, per sheet
    desks: int = 1  # sign-in sheet split alphabetically for this many check-in desks
    landscape: bool | None = None  # None: landscape when the columns need it


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
    sort_as: str = ""
    code: str = ""  # what the badge's QR code holds: the registration's check-in code


@dataclass(frozen=True)
class BadgeData:
    meeting: MeetingHeader
    badges: tuple[BadgeEntry, ...] = ()
    stock: str = "klimamoeder-90x62"  # a key of `stocks.STOCKS`
    start: int = 1  # first free label on a partly used sheet (1 = top left)
