"""iCalendar builders: invitations (REQUEST), cancellations (CANCEL) and feeds (PUBLISH).

Pure functions from plain data to bytes. The rules come from
`reference/calendar-invites.md`: a METHOD always, one UID per message, times in the
meeting's zone with an RRULE-form VTIMEZONE before the events, all-day events as
dates with an exclusive end, no calendar-level UID, CRLF and 75-octet folding
(icalendar does the folding and escaping).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from .. import __version__
from .ical_check import check_invitation
from .vtimezone import vtimezone_lines

__all__ = ["EventData", "Party", "build_cancel", "build_publish", "build_request", "check_invitation"]

PRODID = f"-//Klimamoeder//Klimamoeder {__version__}//EN"


@dataclass(frozen=True)
class Party:
    """Someone on an invitation: the organiser or an attendee."""

    name: str
    email: str
    partstat: str = "NEEDS-ACTION"
    role: str = "REQ-PARTICIPANT"


@dataclass(frozen=True)
class EventData:
    """One calendar event; `start`/`end` are aware instants, shown in `time_zone`."""

    uid: str
    sequence: int
    summary: str
    start: datetime
    end: datetime
    time_zone: str
    organiser: Party
    all_day: bool = False
    location: str = ""
    description: str = ""
    url: str = ""
    status: str = "CONFIRMED"  # CONFIRMED | TENTATIVE | CANCELLED
    categories: tuple[str, ...] = field(default=())


def clean_name(name: str) -> str:
    """A CN value: no double quotes or line breaks (clients choke on them)."""
    return re.sub(r"\s+", " ", name.replace('"', "")).strip()


def local_dates(start: datetime, end: datetime, zone: ZoneInfo) -> tuple[date, date]:
    """First day and the day after the last (exclusive end) in the meeting's zone."""
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return first, max(last, first) + timedelta(days=1)


def _address(party: Party, *, attendee: bool, rsvp: bool) -> vCalAddress:
    address = vCalAddress(f"mailto:{party.email}")
    if party.name:
        address.params["CN"] = clean_name(party.name)
    if attendee:
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = party.role
        address.params["PARTSTAT"] = party.partstat
        if rsvp:
            address.params["RSVP"] = "TRUE"
    return address


@lru_cache(maxsize=64)
def _timezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    timezone = Timezone.from_ical("\r\n".join(vtimezone_lines(tzid, first_year, last_year)))
    assert isinstance(timezone, Timezone)
    return timezone


def _event(data: EventData, stamp: datetime, attendees: Iterable[Party], *, rsvp: bool,
           status: str | None) -> Event:
    event = Event()
    event.add("uid", data.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", data.sequence)
    zone = ZoneInfo(data.time_zone)
    if data.all_day:
        first, after_last = local_dates(data.start, data.end, zone)
        event.add("dtstart", first)
        event.add("dtend", after_last)
        event.add("x-microsoft-cdo-alldayevent", "TRUE")
    else:
        event.add("dtstart", data.start.astimezone(zone))
        event.add("dtend", data.end.astimezone(zone))
    # Busy, also all day: a 3-day general assembly must not show the invitee as free.
    event.add("transp", "OPAQUE")
    event.add("summary", vText(data.summary))
    if data.location:
        event.add("location", vText(data.location))
    if data.description:
        event.add("description", vText(data.description))
    if data.url:
        event.add("url", data.url)
    if data.categories:
        event.add("categories", list(data.categories))
    if status:
        event.add("status", status)
    event.add("organizer", _address(data.organiser, attendee=False, rsvp=False), encode=False)
    for party in attendees:
        event.add("attendee", _address(party, attendee=True, rsvp=rsvp), encode=False)
    return event


def _calendar(method: str, events: Sequence[Event], data: Sequence[EventData], name: str = "") -> bytes:
    calendar = Calendar()  # not Calendar.new(): that adds a calendar-level UID
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    years: dict[str, tuple[int, int]] = {}
    for item in data:
        if item.all_day:
            continue
        zone = ZoneInfo(item.time_zone)
        low, high = item.start.astimezone(zone).year, item.end.astimezone(zone).year
        old = years.get(item.time_zone, (low, high))
        years[item.time_zone] = (min(old[0], low), max(old[1], high))
    for tzid in sorted(years):
        calendar.add_component(_timezone(tzid, *years[tzid]))
    for event in events:
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()  # untyped in icalendar
    return ical


def build_request(data: EventData, attendees: Sequence[Party], stamp: datetime) -> bytes:
    """METHOD:REQUEST; one attendee for a message, every invitee for the organiser's own copy."""
    status = "TENTATIVE" if data.status == "TENTATIVE" else "CONFIRMED"
    return _calendar("REQUEST", [_event(data, stamp, attendees, rsvp=True, status=status)], [data])


def build_cancel(data: EventData, attendees: Sequence[Party], stamp: datetime, *, whole_meeting: bool) -> bytes:
    """METHOD:CANCEL: STATUS:CANCELLED for the whole meeting, none when one person is uninvited."""
    status = "CANCELLED" if whole_meeting else None
    return _calendar("CANCEL", [_event(data, stamp, attendees, rsvp=False, status=status)], [data])


def build_publish(events: Sequence[EventData], stamp: datetime, name: str = "") -> bytes:
    """METHOD:PUBLISH feed: ORGANIZER, no ATTENDEE, one VEVENT per event."""
    built = [_event(e, stamp, (), rsvp=False, status=e.status) for e in events]
    return _calendar("PUBLISH", built, events, name)
